/**
 * What the author does after a template or fix wrote placeholders: types over each of them. A fix
 * that writes placeholders repairs only together with that typing (a placeholder left as it is
 * writes nothing), so the "fixes never make things worse" checks apply a fix this way.
 */
import { CELL_PROMPTS, ITEM_PROMPTS, roleNamePrompt } from '../server/src/engine/placeholders.js';
import { PERSON_ROLE_NAMES } from '../server/src/engine/domain.js';
import { REGISTER_SPECS } from '../server/src/engine/schema.js';
import type { Fix } from '../server/src/engine/types.js';

/** Every placeholder a template or fix writes. */
export const PLACEHOLDERS: readonly string[] = [
  ...REGISTER_SPECS.flatMap((r) => r.columns.filter((c) => c.prompt).map((c) => c.example!)),
  ...Object.values(CELL_PROMPTS),
  ...Object.values(ITEM_PROMPTS),
  ...Object.values(PERSON_ROLE_NAMES).map(roleNamePrompt),
];

/**
 * The text with every placeholder typed over with real text, where it stands as a whole table
 * cell (not in a header row), a cell's whole new text or a whole list item.
 */
export function typedOver(text: string): string {
  let n = 0;
  const over = (t: string) => (PLACEHOLDERS.includes(t.trim()) ? ` Written by the author ${++n} ` : t);
  const lines = text.split('\n');
  return lines
    .map((line, i) => {
      if (/^\s*\|?\s*:?-{3}/.test(lines[i + 1] ?? '')) return line; // a header row
      const item = /^(\s*[-*+] (?:\[[ xX]\] )?)(.*?)(\r?)$/.exec(line);
      if (item && !line.trimStart().startsWith('|')) return `${item[1]}${over(item[2]!).trim()}${item[3]}`;
      // A row, or a cell's or a column's text on its own.
      return line.split('|').map(over).join('|');
    })
    .join('\n');
}

/** What a finding about a placeholder says (a register of samples only, a cell still a placeholder). */
export const ABOUT_A_PLACEHOLDER =
  /the template's sample (?:row|item)s? .*not yet written over|still reads? the placeholder/;

/** A fix's edits with the placeholders they write typed over. */
export function typedOverEdits(fix: Fix): Fix['edits'] {
  return fix.edits.map((e) => ({ ...e, newText: typedOver(e.newText) }));
}
