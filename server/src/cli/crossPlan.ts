/**
 * The cross-plan findings of a run (duplicate plan ids, `depends_on`, cycles), worked out before
 * any plan is linted, from the front matter of every plan. With them known first, the pipeline
 * can hand each plan on, whole, as soon as it is linted and forget it: a run's memory then grows
 * with its summaries (a few hundred bytes a plan), not with its findings.
 *
 * The cross-plan rules read only what the front matter says (ids, `depends_on`, the title that
 * names a plan), so these findings are the ones the summaries of the linted plans would give.
 * Two things only the body holds are settled here: the title of a plan whose front matter has
 * none (its first heading; such a plan is parsed whole), and the plan's suppressions, which
 * `forPlan` applies once the plan has been linted.
 */
import type { PlanEngine } from '../engine/index.js';
import { detachSummary, summarizeFrontMatterOnly, type DetachedSummary, type PlanSummary } from '../engine/summary.js';
import { isSuppressed, type Suppressions } from '../engine/suppress.js';
import type { DocumentFinding, IsoDate } from '../engine/types.js';
import type { PlanCandidate } from '../node/findPlanFiles.js';
import { frontMatterHead, MAX_FRONT_MATTER_BYTES } from '../engine/frontMatter.js';
import { readPlanFileSync, readPlanStartSync, type PlanStart, type ReadOptions } from '../node/readPlanFile.js';
import { fileRead } from './v8Flags.js';

/** Bytes of a plan read for its front matter before the whole file is (the front matter's size limit). */
const HEAD_BYTES = MAX_FRONT_MATTER_BYTES;

export interface CrossPlanFindings {
  /** The cross-plan findings about one linted plan, less those its own suppressions silence. */
  forPlan(uri: string, suppressions: Suppressions): DocumentFinding[];
}

/**
 * Reads the front matter of the run's candidates (each read as lintFile reads it, so a file it
 * cannot read, or that is no plan, is left out here too) and of the context (plans under the
 * working folder the run does not lint), and runs the cross-plan rules over them.
 */
export function crossPlanFindings(
  candidates: readonly PlanCandidate[],
  context: readonly PlanCandidate[],
  engine: PlanEngine,
  settings: { readonly asOf: IsoDate; readonly maxFileBytes?: number },
): CrossPlanFindings {
  const summaries: PlanSummary[] = [];
  const read = { maxBytes: settings.maxFileBytes };
  for (const c of candidates) {
    let start: PlanStart;
    try {
      start = readForFrontMatter(c.absolutePath, read);
    } catch {
      continue; // lintFile reads it again and reports why it cannot.
    }
    if (!engine.isPlanText(start.text, c.matchesGlob)) continue;
    summaries.push(keptSummary(candidateSummary(c, start, engine, settings.asOf, read)));
  }
  summaries.push(...contextSummaries(context, engine, settings.maxFileBytes));

  const byUri = new Map<string, DocumentFinding[]>();
  for (const f of engine.lintWorkspace(summaries)) {
    let list = byUri.get(f.uri);
    if (!list) byUri.set(f.uri, (list = []));
    list.push(f);
  }
  return {
    forPlan: (uri, suppressions) => (byUri.get(uri) ?? []).filter((f) => !isSuppressed(f.rule, f, suppressions)),
  };
}

/**
 * A plan's text as far as its front matter, as the cross-plan rules read it: the file is checked
 * all through as a lint reads it, so the same files are refused, but a long plan's front matter
 * is in its first kilobytes and its body is decoded only when it is linted. The whole text when
 * the front matter runs past those (or there is none).
 */
function readForFrontMatter(path: string, read: ReadOptions): PlanStart {
  const start = readPlanStartSync(path, HEAD_BYTES, read);
  fileRead();
  if (start.whole || frontMatterHead(start.text) !== start.text) return start;
  return { text: readPlanFileSync(path, read), whole: true };
}

/**
 * A candidate's summary from its front matter; a plan whose front matter has no title is named by
 * its first heading, as its full summary names it, so it is linted whole for that.
 */
function candidateSummary(
  c: PlanCandidate,
  start: PlanStart,
  engine: PlanEngine,
  asOf: IsoDate,
  read: ReadOptions,
): PlanSummary {
  const summary = summarizeFrontMatterOnly(c.relativePath, start.text, c.config.config);
  if (summary.title !== undefined) return summary;
  const text = start.whole ? start.text : readPlanFileSync(c.absolutePath, read);
  const full = engine.lintDocument(c.relativePath, text, {
    config: c.config.config,
    asOf,
    matchesGlob: c.matchesGlob,
    withFixes: false,
  }).summary;
  return full ?? summary;
}

/**
 * Front-matter summaries of the plans under the working folder that the run does not lint itself
 * (the discovery's `context`: empty unless the run was limited to some paths). Their own
 * findings are never reported. Each is read as a run over it would read it (the size cap, no NUL
 * byte, strict UTF-8, all through the file), so a file that run would refuse is no plan here
 * either: a partial run and a whole one see the same plans.
 */
export function contextSummaries(
  context: readonly PlanCandidate[],
  engine: PlanEngine,
  maxFileBytes?: number,
): PlanSummary[] {
  const out: PlanSummary[] = [];
  for (const c of context) {
    let text: string;
    try {
      text = readForFrontMatter(c.absolutePath, { maxBytes: maxFileBytes }).text;
    } catch {
      continue; // Unreadable files outside the run are not this run's concern.
    }
    if (engine.isPlanText(text, c.matchesGlob)) {
      out.push(keptSummary(summarizeFrontMatterOnly(c.relativePath, text, c.config.config)));
    }
  }
  return out;
}

/**
 * A summary copied out through JSON text. Its strings (id, title, service…) are slices of the
 * file's text and would keep every file's text alive until the run ends. The copy is made through
 * JSON rather than `structuredClone` and `attachSummary`: with those, holding 10,000 summaries
 * before the lint began made V8 promote the lint's short-lived objects in about half the runs
 * (16–18 full collections instead of 2, a peak of 185–190 MB instead of 135 MB).
 */
function keptSummary(summary: PlanSummary): PlanSummary {
  const copy = JSON.parse(JSON.stringify(detachSummary(summary))) as DetachedSummary;
  return { ...copy, config: summary.config };
}
