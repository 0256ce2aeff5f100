/** `handoff rules`: the rule catalogue, as an aligned table or as JSON. */
import { docsUrl, type Rule } from '../engine/rule.js';
import { colors } from './color.js';

export function formatRulesJson(rules: readonly Rule[]): string {
  const list = rules.map((r) => ({
    name: r.name,
    severity: r.severity,
    stage: r.stage,
    description: r.description,
    docs: docsUrl(r.name),
    options: r.options ?? {},
  }));
  return JSON.stringify(list, null, 2) + '\n';
}

export function formatRulesTable(rules: readonly Rule[], color: boolean): string {
  const c = colors(color);
  const header = { name: 'RULE', severity: 'DEFAULT', stage: 'FROM', description: 'DESCRIPTION' };
  const rows = rules.map((r) => ({ name: r.name, severity: r.severity, stage: r.stage, description: r.description }));
  const nameWidth = Math.max(header.name.length, ...rows.map((r) => r.name.length));
  const severityWidth = Math.max(header.severity.length, ...rows.map((r) => r.severity.length));
  const stageWidth = Math.max(header.stage.length, ...rows.map((r) => r.stage.length));
  const paint = { error: c.red, warning: c.yellow, info: c.blue };
  const lines = [
    c.bold(
      `${header.name.padEnd(nameWidth)}  ${header.severity.padEnd(severityWidth)}  ${header.stage.padEnd(stageWidth)}  ${header.description}`,
    ),
  ];
  for (const r of rows) {
    lines.push(
      `${r.name.padEnd(nameWidth)}  ${paint[r.severity](r.severity.padEnd(severityWidth))}  ${r.stage.padEnd(stageWidth)}  ${r.description}`,
    );
  }
  lines.push('', `${rules.length} rules. Details: ${docsUrl('').replace(/#$/, '')}`);
  return lines.join('\n') + '\n';
}
