/**
 * Label rows: a row that only labels the rows after it, as tables converted from Word or
 * Confluence keep a merged row (`| **Closed risks** | | |`, a month over a Status log's
 * entries). It is no entry of the register (parse/nodes.ts leaves it out on both parse paths).
 */
import { LEADING_ROW_ID } from '../domain.js';
import type { Cell } from '../model.js';

/** Bold or emphasised text alone, perhaps with a colon: `**Closed risks**`, `_December 2026_:`. Group 2: the text. */
const LABEL_TEXT = /^(\*\*|__|\*|_)([^*_]+)\1:?$/;

/**
 * Whether a row is a label: bold or emphasised text in its first cell (`first`, as written),
 * every other cell blank, in a table of three columns or more (`width`). A row ID in bold
 * (`**R-01**`) is an entry.
 */
export function isLabelRow(first: string, cells: readonly Cell[], width: number): boolean {
  if (width < 3) return false;
  const code = first.charCodeAt(0);
  if (code !== 42 /* * */ && code !== 95 /* _ */) return false;
  const label = LABEL_TEXT.exec(first.trim());
  if (!label || LEADING_ROW_ID.test(label[2]!.trim())) return false;
  for (let i = 1; i < cells.length; i++) if (cells[i]!.text.trim() !== '') return false;
  return true;
}
