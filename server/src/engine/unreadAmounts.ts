/**
 * The Resource consumption amounts a budget's totals are made without: each line's Approved,
 * Actual and Forecast that cannot be read (`2 FTE`, another currency). A total is never made up
 * of the lines that can be read, so a view says why it has none.
 */
import type { Row } from './model.js';
import { cellText } from './rowFacts.js';
import type { UnreadAmountView } from './statusTypes.js';
import { UNREADABLE, type Unreadable } from './values.js';

/** The amount columns of a Resource consumption line. */
export const AMOUNT_COLUMNS = ['approved', 'actual', 'forecast'] as const;

/** The lines' unreadable amounts, read by the status's own `amount` reader, row by row. */
export function unreadAmounts(
  lines: readonly Row[],
  amount: (row: Row, key: string) => number | undefined | Unreadable,
): UnreadAmountView[] {
  return lines.flatMap((row) =>
    AMOUNT_COLUMNS.filter((column) => amount(row, column) === UNREADABLE).map((column) => ({
      row: row.index + 1,
      column,
      text: cellText(row, column),
      line: row.range.start.line,
    })),
  );
}
