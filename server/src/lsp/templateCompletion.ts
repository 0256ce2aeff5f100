/**
 * The templates as completion snippets, built for the plan being edited, so that what they
 * insert resolves there: at the start of a body line, the stage sections and registers the plan
 * lacks, filled from the plan (its people, dates from the as-of date, rows its stage would not
 * report), the registers of the stage section the line is in first (another section's would be
 * reported as misplaced there, and say where they belong); in an empty plan file, a complete plan per transition type with the next free plan
 * id. Nothing is offered inside the front matter or an unclosed code fence.
 */
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type Position } from 'vscode-languageserver';
import { DEFAULT_CONFIG, type HandoffConfig } from '../engine/config.js';
import { templateFill } from '../engine/templateFill.js';
import type { Heading, Plan } from '../engine/model.js';
import { chunkBoundaries } from '../engine/parse/index.js';
import { NEW_PLAN_STAGES, planSkeleton, skeletonFrontMatter } from '../engine/planSkeleton.js';
import { REGISTER_SPECS, SECTION_SPECS, sectionSpec } from '../engine/schema.js';
import { nextPlanId, planTemplate, registerTemplate, sectionTemplate } from '../engine/templates.js';
import { TRANSITION_TYPES, type IsoDate, type SectionKind, type Stage, type TransitionType } from '../engine/types.js';
import type { NewPlanTextParams } from '../protocol.js';
import { toLspRange } from './toLsp.js';

export interface TemplateCompletionInput {
  readonly plan: Plan;
  readonly position: Position;
  readonly asOf: IsoDate;
  readonly config?: HandoffConfig;
  /** Plan ids in the workspace, for the next free one. */
  readonly planIds: readonly string[];
}

/** What may stand before the cursor on a line a section or register snippet replaces. */
const LINE_START = /^ {0,3}(#{0,3})(?: [\w ]*)?$|^ {0,3}[A-Za-z][\w-]*$/;

function snippetItem(
  label: string,
  description: string,
  newText: string,
  range: ReturnType<typeof toLspRange>,
  sortText: string,
  filterText: string,
): CompletionItem {
  return {
    label,
    kind: CompletionItemKind.Snippet,
    labelDetails: { description: 'Handoff template' },
    detail: description,
    insertTextFormat: InsertTextFormat.Snippet,
    textEdit: { range, newText },
    filterText,
    sortText,
  };
}

/** Whether the position is in the body, outside any unclosed fence. */
function inBody(plan: Plan, position: Position): boolean {
  const fm = plan.frontMatter;
  const offset = plan.lines.offsetAt(position);
  if (fm.present && offset < fm.bodyOffset) return false;
  const unclosed = chunkBoundaries(plan.text, fm.present ? fm.bodyOffset : 0).unclosedFence;
  return unclosed === undefined || offset < unclosed;
}

export function templateCompletions(input: TemplateCompletionInput): CompletionItem[] {
  const { plan, position, asOf } = input;
  const config = input.config ?? DEFAULT_CONFIG;
  const line = plan.lines.lineText(position.line);
  const before = line.slice(0, position.character);
  if (line.slice(position.character).trim() !== '' || !LINE_START.test(before)) return [];
  const range = toLspRange({ start: { line: position.line, character: 0 }, end: position });

  // An empty plan file: a whole plan of each transition type, or the front matter alone.
  if (plan.text.trim() === '' || (!plan.frontMatter.present && plan.text.trim() === before.trim())) {
    const id = nextPlanId(input.planIds, Number(asOf.slice(0, 4)));
    const eol = plan.lines.eol();
    const items = TRANSITION_TYPES.map((type, i) =>
      snippetItem(
        `New ${type} transition plan`,
        `A complete plan of type "${type}" in initiation, with ${id} as its id: it reports the names and entries left to write.`,
        withStops(planTemplate({ ...MARKS, transitionType: type }, { eol, asOf }), id),
        range,
        `0${i}`,
        `handoff-plan-${type} ${before}`,
      ),
    );
    const frontMatter = skeletonFrontMatter(MARKS, { asOf, stage: 'planning', currency: config.currency }).join(eol);
    items.push(
      snippetItem(
        '--- Plan front matter',
        `The front matter a plan needs from planning on, the budget in ${config.currency}: its dates and amounts left to write. The stage sections follow with "#".`,
        withStops(frontMatter, id) + eol,
        range,
        '05',
        `--- handoff-front-matter ${before}`,
      ),
    );
    return items;
  }
  if (!inBody(plan, position)) return [];

  const fill = templateFill(plan, config, asOf);
  const eol = plan.lines.eol();
  const items: CompletionItem[] = [];
  SECTION_SPECS.forEach((spec, i) => {
    if (plan.section(spec.kind)) return;
    items.push(
      snippetItem(
        `## ${spec.title}`,
        `The stage section with the registers the plan lacks. ${spec.description}`,
        sectionTemplate(spec.kind, { snippet: true, eol, fill }),
        range,
        `1${i}`,
        `## ${spec.title} handoff-${spec.kind}`,
      ),
    );
  });
  const here = sectionAt(plan, position.line);
  REGISTER_SPECS.forEach((spec, i) => {
    if (plan.register(spec.kind) || spec.kind === 'exitCriteria') return;
    const level = spec.kind === 'waivers' ? '##' : '###';
    const elsewhere = here !== undefined && spec.section !== undefined && spec.section !== here;
    items.push(
      snippetItem(
        `${level} ${spec.title}`,
        elsewhere
          ? `Belongs under ## ${sectionSpec(spec.section!).title}: here it would be reported as misplaced. ${spec.description}`
          : spec.description,
        registerTemplate(spec.kind, { snippet: true, eol, fill }),
        range,
        `${elsewhere ? 3 : 2}${String(i).padStart(2, '0')}`,
        `${level} ${spec.title} handoff-register`,
      ),
    );
  });
  return items;
}

/** The stage section a line is in: the one headed by the last level-1 or level-2 heading above it. */
function sectionAt(plan: Plan, line: number): SectionKind | undefined {
  let last: Heading | undefined;
  for (const h of plan.headings) {
    if (h.range.start.line >= line) break;
    if (h.depth <= 2) last = h;
  }
  return last && plan.sections.find((s) => s.heading === last)?.kind;
}

const MARKS = { id: '@@ID@@', title: '@@TITLE@@', service: '@@SERVICE@@' };

/** A plan text written with MARKS as snippet text: id, title and service become tab stops. */
function withStops(text: string, id: string): string {
  return text
    .replace(/[$}\\]/g, (c) => `\\${c}`)
    .replace(JSON.stringify(MARKS.id), `"\${1:${id}}"`)
    .replace(JSON.stringify(MARKS.title), '"${2:New service transition}"')
    .replace(JSON.stringify(MARKS.service), '"${3:New service}"')
    .replace(`# ${MARKS.title}`, '# ${2}');
}

/**
 * `handoff/newPlanText`: the wizard's plan at its stage, with the configuration of the folder it
 * goes to (currency) and the as-of date; null for a stage or type a new plan cannot have.
 */
export function newPlanText(
  workspace: { asOf(): string; configFor(uri: string | undefined): { config: HandoffConfig } },
  p: NewPlanTextParams,
): string | null {
  const stage = NEW_PLAN_STAGES.find((s) => s === p.stage) as Stage | undefined;
  const transitionType = TRANSITION_TYPES.find((t) => t === p.transitionType) as TransitionType | undefined;
  if (!stage || !transitionType) return null;
  const { config } = workspace.configFor(p.uri);
  return planSkeleton(
    { id: p.id, title: p.title, service: p.service, transitionType },
    { asOf: workspace.asOf(), stage, config },
  );
}
