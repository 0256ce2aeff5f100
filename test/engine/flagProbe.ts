/**
 * A probe rule for engine tests: it reports every line that carries a `FLAG <target>` marker, so
 * a test controls exactly which lines have findings.
 */
import type { Report, Rule } from '../../server/src/engine/rule.js';
import type { Range } from '../../server/src/engine/types.js';

export function flagProbe(name: string, fixes?: (range: Range, target: string) => Report['fixes']): Rule {
  return {
    name,
    severity: 'warning',
    stage: 'always',
    description: `Fires on every line with a FLAG marker (${name}).`,
    docs: 'A test probe.',
    check(ctx) {
      const { lines } = ctx.plan;
      for (let line = 0; line < lines.lineCount; line++) {
        const m = /FLAG (\S+)/.exec(lines.lineText(line));
        if (!m) continue;
        const range = { start: { line, character: m.index }, end: { line, character: m.index + m[0].length } };
        const target = m[1]!;
        ctx.report({ range, target, message: `${name} flags ${target}`, fixes: fixes?.(range, target) });
      }
    },
  };
}
