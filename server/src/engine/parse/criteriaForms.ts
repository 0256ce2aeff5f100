/**
 * Exit criteria written otherwise than as a task list, as Word and Confluence templates leave
 * them: lines that start with a check box (`☐ Business case approved`, Word's content-control
 * boxes pasted without a bullet, one paragraph to Markdown) and a table with a Met column
 * (`| Exit criterion | Met |`). Each is a criterion, ticked when its box or its Met says so,
 * instead of nothing that exit-criteria-unmet could read.
 */
import type { LineIndex } from '../lines.js';
import type { ListItem, Table } from '../model.js';
import { normalizeWord } from '../text.js';
import { readMet } from '../values/words.js';

/** A line starting with a box or a mark, then the criterion. Group 1: the mark; 2: the text. */
const BOXED_LINE = /^[ \t]*([☐☒☑✅❌✓✔✗✘])\uFE0F?[ \t]+(\S.*?)[ \t]*$/u;
const TICKED = new Set(['☒', '☑', '✅', '✓', '✔']);

/** The criteria of a paragraph whose lines start with boxes (`start`…`end`: its offsets). */
export function criteriaFromLines(text: string, start: number, end: number, lines: LineIndex): ListItem[] {
  const out: ListItem[] = [];
  let at = start;
  for (const line of text.slice(start, end).split('\n')) {
    const content = line.replace(/\r$/, '');
    const m = BOXED_LINE.exec(content);
    // The line without the spaces after its text: a paragraph's end at the end of the document
    // is taken before them by the scanner and after them by micromark.
    const length = content.replace(/[ \t]+$/, '').length;
    if (m) out.push({ text: m[2]!, checked: TICKED.has(m[1]!), range: lines.range(at, at + length) });
    at += line.length + 1;
  }
  return out;
}

/** Headers of the column that says whether a criterion holds. */
const MET_HEADERS = new Set(['met', 'done', 'status', 'achieved', 'complete', 'completed', 'met y n', 'met yes no']);

/**
 * The criteria of a table: each row's first filled cell outside the Met column, ticked when its
 * Met reads yes. Without a Met column a row is a plain item (nothing marks it met).
 */
export function criteriaFromTable(table: Table): ListItem[] {
  const met = table.headers.findIndex((h) => MET_HEADERS.has(normalizeWord(h.text)));
  const out: ListItem[] = [];
  for (const row of table.rows) {
    const criterion = row.cells.find((c, i) => i !== met && !c.empty);
    if (!criterion) continue;
    const said = met >= 0 ? row.cells[met] : undefined;
    const reading = said && !said.empty ? readMet(said.text) : undefined;
    const checked = met < 0 ? undefined : reading?.ok === true && reading.value === 'yes';
    out.push({ text: criterion.text, checked, range: row.range });
  }
  return out;
}
