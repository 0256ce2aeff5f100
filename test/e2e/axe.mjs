// Accessibility check of a webview with axe-core: injects axe into a Playwright frame (through
// frame.evaluate, which the webview's Content-Security-Policy does not block), runs it on the whole
// document and formats the violations so a developer can fix them without re-running.
/* global document, axe -- used inside frame.evaluate callbacks, which run in the webview */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let axeSource;

/** The impacts that fail the check (axe's scale: minor, moderate, serious, critical). */
export const BLOCKING_IMPACTS = ['serious', 'critical'];

/** Runs axe-core in `frame`; returns its violations (all impacts). */
export async function axeViolations(frame) {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const loaded = await frame.evaluate(() => typeof globalThis.axe?.run === 'function');
  if (!loaded) await frame.evaluate(axeSource);
  return frame.evaluate(async () => {
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), html: n.html, summary: n.failureSummary })),
    }));
  });
}

/** The violations whose impact is serious or critical. */
export function blocking(violations) {
  return violations.filter((v) => BLOCKING_IMPACTS.includes(v.impact));
}

/** One paragraph per violation: rule id, impact, help (with its link) and every target. */
export function formatViolations(violations) {
  return violations
    .map((v) =>
      [
        `${v.id} (${v.impact}): ${v.help}`,
        `  ${v.helpUrl}`,
        ...v.nodes.map(
          (n) => `  - ${n.target}\n      ${n.html}\n      ${(n.summary ?? '').replace(/\n/g, '\n      ')}`,
        ),
      ].join('\n'),
    )
    .join('\n');
}
