/**
 * `handoff diff` output: JSON for machines, Markdown for a pull request or job summary. Plan
 * text inside messages is escaped like every other Markdown the CLI writes.
 */
import type { ChangeImpact } from '../../engine/semanticDiff.js';
import { singleLine } from '../../engine/sanitize.js';
import { escapeMarkdownText } from '../../engine/sanitize.js';
import type { DiffResult } from './command.js';
import { plural } from '../../engine/text.js';

function counts(result: DiffResult): Record<ChangeImpact, number> & { changes: number } {
  const out = { changes: 0, better: 0, worse: 0, neutral: 0 };
  for (const plan of result.plans) {
    for (const c of plan.changes) {
      out.changes++;
      out[c.impact]++;
    }
  }
  return out;
}

export function renderDiffJson(result: DiffResult): string {
  const output = {
    version: 1,
    base: result.base,
    head: result.head.ref === undefined ? { ref: null, object: null, workingTree: true } : result.head,
    asOf: result.asOf,
    plans: result.plans,
    summary: { plans: result.plans.length, ...counts(result) },
  };
  return JSON.stringify(output, null, 2) + '\n';
}

const IMPACT_MARK: Record<ChangeImpact, string> = { worse: '🔺', better: '✅', neutral: '▫️' };

/** Inline code on one line, control characters as visible escapes (sanitize.ts). */
const code = (text: string): string => `\`${singleLine(text).replace(/`/g, "'")}\``;

/** A full object name reads better abbreviated, as git does. */
const revision = (ref: string): string => code(/^[0-9a-f]{40}$/i.test(ref) ? ref.slice(0, 12) : ref);

export function renderDiffMarkdown(result: DiffResult): string {
  const base = revision(result.base.ref);
  const head = result.head.ref === undefined ? 'the working tree' : revision(result.head.ref);
  const out: string[] = [`## Handoff: plan changes from ${base} to ${head}`, ''];
  if (result.plans.length === 0) {
    out.push('No transition plan changed.', '');
    return out.join('\n');
  }
  const c = counts(result);
  out.push(
    `${plural(result.plans.length, 'plan')} changed: ${plural(c.changes, 'change')} (${c.worse} worse, ${c.better} better, ${c.neutral} neutral), as of ${result.asOf}.`,
    '',
  );
  for (const plan of result.plans) {
    const name = [plan.id, plan.title]
      .filter(Boolean)
      .map((s) => escapeMarkdownText(s!))
      .join(' ');
    const where = plan.previousPath ? `${code(plan.path)}, renamed from ${code(plan.previousPath)}` : code(plan.path);
    const change = plan.change === 'modified' || plan.change === 'renamed' ? '' : ` (${plan.change})`;
    out.push(`### ${name || code(plan.path)}${change}`, '', where, '');
    if (plan.changes.length === 0) out.push("No change to the plan's facts or findings (text only).");
    for (const ch of plan.changes) out.push(`- ${IMPACT_MARK[ch.impact]} ${escapeMarkdownText(ch.message)}`);
    out.push('');
  }
  return out.join('\n');
}

/** The diff's formats by name: a new one is one renderer and one line here. */
export const DIFF_FORMATS: Readonly<Record<string, (result: DiffResult) => string>> = Object.freeze({
  markdown: renderDiffMarkdown,
  json: renderDiffJson,
});
