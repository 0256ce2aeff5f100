/** `<!-- handoff-disable… -->` comments → the model's disable directives. */
import type { DisableDirective } from '../model.js';
import type { LineIndex } from '../lines.js';

const DIRECTIVE = /<!--\s*handoff-(disable-next-line|disable-line|disable|enable)\b((?:(?!-->)[\s\S])*)-->/g;

export function scanDirectives(text: string, lines: LineIndex): DisableDirective[] {
  if (!text.includes('handoff-')) return [];
  const out: DisableDirective[] = [];
  for (const m of text.matchAll(DIRECTIVE)) {
    const start = m.index;
    const rules = m[2]!
      .split(/[\s,]+/)
      .map((r) => r.trim())
      .filter(Boolean);
    const range = lines.range(start, start + m[0].length);
    // The comment says `disable-next-line`; the model (and suppress.ts) call that kind `next-line`.
    const kind: DisableDirective['kind'] =
      m[1] === 'disable-next-line' ? 'next-line' : m[1] === 'disable-line' ? 'line' : (m[1] as 'disable' | 'enable');
    // A disable-line comment silences the line it starts on.
    out.push({ kind, rules, line: kind === 'line' ? range.start.line : range.end.line, range });
  }
  return out;
}
