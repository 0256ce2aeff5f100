/**
 * What a new plan's author writes into its front matter after the wizard (or the front-matter
 * snippet) left it for them: the health, the change reference, the dates and the budget's amounts
 * (and, with `statusHealthWritten`, the first Status log entry's Health).
 * With the placeholders typed over as well (typedOver.ts), a new plan is then written.
 */
import assert from 'node:assert/strict';

/** The keys a new plan past initiation leaves for its author, as written there, and what the author writes. */
export const LEFT_FOR_THE_AUTHOR: readonly (readonly [RegExp, string])[] = [
  [/^health:$/m, 'health: green'],
  [/^change_ref: TBC$/m, 'change_ref: CHG-2027-0042'],
  [/^ {2}start:$/m, '  start: 2027-03-01'],
  [/^ {2}go_live:$/m, '  go_live: 2027-06-01'],
  [/^ {2}close:$/m, '  close: 2027-07-15'],
  // What the Resource consumption register's sample line approves, once its line is written.
  [/^ {2}approved:$/m, '  approved: 10000'],
  [/^ {2}contingency:$/m, '  contingency: 1000'],
];

/**
 * The plan with its first Status log entry's Health written (Green): a new plan's entry leaves it
 * empty while the plan reports no health. Fails when no entry leaves it so.
 */
export function statusHealthWritten(text: string): string {
  const left = /^(\| \d{4}-\d{2}-\d{2} \| ) \|/m;
  assert.match(text, left, "the new plan leaves its first status entry's Health for its author");
  return text.replace(left, '$1Green |');
}

/**
 * The front matter with every key LEFT_FOR_THE_AUTHOR written (dates around an as-of date in
 * March 2027); fails when one of them is not left as the skeleton leaves it.
 */
export function frontMatterWritten(text: string): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  let written = text.replace(/\r\n/g, '\n');
  for (const [left, value] of LEFT_FOR_THE_AUTHOR) {
    assert.match(written, left, `the new plan leaves ${value.trim().split(':')[0]} for its author`);
    written = written.replace(left, value);
  }
  return written.replace(/\n/g, eol);
}
