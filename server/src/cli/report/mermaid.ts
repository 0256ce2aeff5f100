/**
 * Cross-plan dependencies as a Mermaid flowchart (`graph LR`), which GitHub, GitLab and most
 * Markdown viewers render. Node ids are sanitised plan ids (letters, digits, `_`, prefixed so no
 * id is a Mermaid keyword such as `end`); labels are quoted with every character Mermaid or the
 * page around it could read as syntax written as an entity code.
 */
import { clipText } from '../../engine/text.js';
import type { DependencyEdge, ReportRow } from './model.js';

const MERMAID_ENTITIES: Readonly<Record<string, string>> = {
  '#': '#35;',
  '%': '#37;',
  '"': '#quot;',
  '&': '#amp;',
  '<': '#lt;',
  '>': '#gt;',
  '`': '#96;',
  '|': '#124;',
  '[': '#91;',
  ']': '#93;',
  '{': '#123;',
  '}': '#125;',
};

/** Text for inside a quoted Mermaid label (one pass, so an entity is never escaped twice). */
export function mermaidLabel(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[#%"&<>`|[\]{}]/g, (c) => MERMAID_ENTITIES[c]!);
}

/** Sanitised, unique node ids for plan ids. */
export function nodeIds(planIds: Iterable<string>): Map<string, string> {
  const ids = new Map<string, string>();
  const used = new Set<string>();
  for (const planId of planIds) {
    if (ids.has(planId)) continue;
    const base = `plan_${planId.replace(/[^A-Za-z0-9_]/g, '_')}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}_${n}`;
    used.add(id);
    ids.set(planId, id);
  }
  return ids;
}

/**
 * The graph of the plans that depend on others or are depended on: an arrow from a plan to the
 * plan that waits for it. Ids no plan has are drawn dashed. Undefined when there are no edges.
 */
export function dependencyMermaid(rows: readonly ReportRow[], edges: readonly DependencyEdge[]): string | undefined {
  if (edges.length === 0) return undefined;
  const titles = new Map(rows.filter((r) => r.id).map((r) => [r.id!, r.title ?? '']));
  const involved = [...new Set(edges.flatMap((e) => [e.to, e.from]))].sort();
  const ids = nodeIds(involved);
  const lines = ['graph LR'];
  for (const planId of involved) {
    const title = titles.get(planId);
    const label =
      title === undefined ? `${planId} (not in this report)` : title ? `${planId}: ${clipText(title, 40)}` : planId;
    lines.push(`  ${ids.get(planId)}["${mermaidLabel(label)}"]`);
  }
  const seen = new Set<string>();
  for (const e of edges) {
    const line = `  ${ids.get(e.to)} --> ${ids.get(e.from)}`;
    if (seen.has(line)) continue;
    seen.add(line);
    lines.push(line);
  }
  const missing = involved.filter((id) => !titles.has(id));
  if (missing.length > 0) {
    lines.push('  classDef missing stroke-dasharray: 4 4');
    lines.push(`  class ${missing.map((id) => ids.get(id)).join(',')} missing`);
  }
  return lines.join('\n');
}
