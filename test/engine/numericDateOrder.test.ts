/**
 * Numeric dates written in one order throughout a plan: each is still reported (contract §3.1:
 * `03/04/2026` is ambiguous across locales), but where the plan's own unambiguous dates show its
 * order, the finding offers that reading, and one fix writes every numeric date as ISO.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_CONFIG } from '../../server/src/engine/config.js';
import { applyEdits } from '../../server/src/engine/fix.js';
import { createPlanEngine } from '../../server/src/engine/index.js';
import type { Finding } from '../../server/src/engine/types.js';
import { repoRoot } from '../helpers.js';
import { statusLogPlan } from './planText.js';

const engine = createPlanEngine();
const AS_OF = '2026-11-25';
const EXAMPLES = fs
  .readdirSync(path.join(repoRoot, 'examples'))
  .filter((f) => f.endsWith('.plan.md'))
  .map((f) => ({ name: f, text: fs.readFileSync(path.join(repoRoot, 'examples', f), 'utf8') }));

/** Every ISO date in a table cell rewritten day first (`24/06/2026`) or month first (`06/24/2026`). */
function numeric(text: string, order: 'day' | 'month'): string {
  return text.replace(/(\|\s*)(\d{4})-(\d\d)-(\d\d)(?=\s*\|)/g, (_, pre: string, y: string, m: string, d: string) =>
    order === 'day' ? `${pre}${d}/${m}/${y}` : `${pre}${m}/${d}/${y}`,
  );
}

function unreadable(text: string): Finding[] {
  return engine
    .lintDocument('p.plan.md', text, { asOf: AS_OF, config: DEFAULT_CONFIG })
    .findings.filter((f) => f.rule === 'unreadable-value');
}

/** Every finding as rule, line and message. */
function summary(text: string): string[] {
  return engine
    .lintDocument('p.plan.md', text, { asOf: AS_OF, config: DEFAULT_CONFIG })
    .findings.map((f) => `${f.rule} ${f.range.start.line} ${f.message}`);
}

describe('numeric dates in a plan’s own order', () => {
  // Plans with at least one date that only reads one way once rewritten (a day after the 12th).
  const cases = EXAMPLES.flatMap((e) => (['day', 'month'] as const).map((order) => ({ ...e, order })));

  it('has cases', () => assert.ok(cases.length >= 8, `${cases.length} cases`));
  let ambiguousChecked = 0;

  for (const { name, text, order } of cases) {
    it(`${name}, ${order} first: each read date reported, one fix reads the plan as before`, () => {
      const rewritten = numeric(text, order);
      assert.notEqual(rewritten, text, 'the plan has dates in tables');
      const before = unreadable(text).length;
      const found = unreadable(rewritten);
      const dates = found.length - before;
      assert.ok(dates > 0, 'dates in read columns are reported');
      const all = found
        .flatMap((f) => f.fixes ?? [])
        .find((f) => /^Write the \d+ numeric dates Handoff checks as ISO dates \(/.test(f.title));
      assert.ok(all, found[0]?.fixes?.map((f) => f.title).join(' / '));
      assert.match(all.title, new RegExp(`\\(${order} first, as this plan writes them\\)$`));
      assert.ok(all.edits.length >= dates, `${all.edits.length} edits for ${dates} findings`);
      // Fixed, the plan is read as the ISO original: the same findings, and no other (a waiver's
      // expiry, which waiver-invalid reads, is rewritten too).
      assert.deepEqual(summary(applyEdits(rewritten, all.edits)), summary(text));
      // An ambiguous date is offered its reading in the plan's order, naming a date that shows it.
      const ambiguous = found.filter((f) => f.message.includes('both readings are dates'));
      for (const f of ambiguous) {
        ambiguousChecked++;
        assert.doesNotMatch(f.message, /Did you mean/, 'the message is as before');
        const one = f.fixes?.find((x) => x.title.includes(`(${order} first, like "`));
        assert.ok(one, f.fixes?.map((x) => x.title).join(' / '));
        assert.match(
          one.title,
          new RegExp(`^Write \\d{4}-\\d\\d-\\d\\d \\(${order} first, like "\\d\\d/\\d\\d/\\d{4}" in .+\\)$`),
        );
        assert.ok(!one.isPreferred, 'a reading inferred from the plan is offered, not preferred');
        // The reading offered is the one the original plan had in that cell.
        const edit = one.edits[0]!;
        const line = text.split('\n')[edit.range.start.line]!;
        assert.ok(line.includes(`| ${edit.newText} |`), `${edit.newText} on line ${edit.range.start.line + 1}`);
      }
    });
  }

  it('checked dates with two readings in the cases above', () =>
    assert.ok(ambiguousChecked >= 8, `${ambiguousChecked}`));

  it("offers a waiver's expiry that reads both ways its reading in the plan's order", () => {
    const text = fs.readFileSync(path.join(repoRoot, 'examples', 'service-desk-planning.plan.md'), 'utf8');
    assert.ok(text.includes('| Robert Kaye | 2027-01-15 |'));
    const iso = text.replace('| Robert Kaye | 2027-01-15 |', '| Robert Kaye | 2027-02-03 |');
    const rewritten = numeric(iso, 'day');
    assert.ok(rewritten.includes('| Robert Kaye | 03/02/2027 |'));
    const waiver = engine
      .lintDocument('p.plan.md', rewritten, { asOf: AS_OF, config: DEFAULT_CONFIG })
      .findings.find((f) => f.rule === 'waiver-invalid' && f.message.includes('"03/02/2027"'));
    assert.ok(waiver);
    const titles = waiver.fixes?.map((f) => f.title) ?? [];
    const one = waiver.fixes?.find((f) =>
      /^Write 2027-02-03 \(day first, like "\d\d\/\d\d\/\d{4}" in .+\)$/.test(f.title),
    );
    assert.ok(one && !one.isPreferred, titles.join(' / '));
    const all = waiver.fixes?.find((f) =>
      /^Write the \d+ numeric dates Handoff checks as ISO dates \(day first/.test(f.title),
    );
    assert.ok(all, titles.join(' / '));
    assert.deepEqual(summary(applyEdits(rewritten, all.edits)), summary(iso));
  });

  it('rewrites only the cells read as dates, not a date written in another column', () => {
    const text = statusLogPlan([
      '| 24/11/2026 | Green | Day first only |',
      '| 03/04/2026 | 05/06/2026 | A date where the health goes |',
    ]);
    const found = unreadable(text);
    assert.equal(found.length, 3, found.map((f) => f.message).join('\n'));
    const health = found.find((f) => f.message.startsWith('Health "05/06/2026"'));
    assert.ok(health);
    assert.equal(health.fixes, undefined, 'no date fix on a health cell');
    const all = found[0]!.fixes?.find((f) => f.title.startsWith('Write the '));
    assert.equal(
      all?.title,
      'Write the 2 numeric dates Handoff checks as ISO dates (day first, as this plan writes them)',
    );
    assert.deepEqual(
      all.edits.map((e) => e.newText),
      ['2026-11-24', '2026-04-03'],
    );
  });

  it("reads a date that reads both ways in the order its column's header gives, over the plan's", () => {
    const rows = (header: string): string =>
      statusLogPlan(['| 11/13/2026 | Green | Month first only |', '| 03/04/2026 | Green | Either |']).replace(
        '| Date | Health | Summary |',
        `| ${header} | Health | Summary |`,
      );
    const titles = (text: string): string[] =>
      unreadable(text)
        .find((f) => f.message.includes('"03/04/2026"'))!
        .fixes!.map((f) => `${f.title}${f.isPreferred ? ' (preferred)' : ''}`);
    // The plan's other date reads month first; the header says day first, and it is the author's word.
    assert.deepEqual(titles(rows('Date (dd/mm/yyyy)')), [
      'Write 2026-04-03 (day first, as the header "Date (dd/mm/yyyy)" says) (preferred)',
      "Write the 2 numeric dates Handoff checks as ISO dates (in the order their column's header gives, else month first, as this plan writes them)",
    ]);
    // The message says it too: the header is the cell's own column, not evidence elsewhere.
    const said = unreadable(rows('Date (dd/mm/yyyy)')).find((f) => f.message.includes('"03/04/2026"'))!;
    assert.match(
      said.message,
      /The column's header "Date \(dd\/mm\/yyyy\)" writes the day first: did you mean 2026-04-03\?/,
    );
    assert.doesNotMatch(
      unreadable(rows('Date')).find((f) => f.message.includes('"03/04/2026"'))!.message,
      /did you mean/,
    );
    const all = unreadable(rows('Date (dd/mm/yyyy)'))[0]!.fixes!.find((f) => f.title.startsWith('Write the '))!;
    assert.deepEqual(
      all.edits.map((e) => e.newText),
      ['2026-11-13', '2026-04-03'],
    );
    assert.match(
      titles(rows('Date [MM-DD-YYYY]'))[0]!,
      /^Write 2026-03-04 \(month first, as the header "Date \[MM-DD-YYYY\]" says\)/,
    );
    // As German, Dutch and French plans write the format: Tag/dag/jour, Monat/maand/mois, Jahr/jaar/année.
    for (const header of ['Date (TT.MM.JJJJ)', 'Date (DD-MM-JJJJ)', 'Date (JJ/MM/AAAA)', 'Date (TT.MM.JJ)']) {
      assert.match(titles(rows(header))[0]!, /^Write 2026-04-03 \(day first, as the header/, header);
    }
    // A format with the year first, or none, leaves the plan's order.
    for (const header of ['Date (yyyy/mm/dd)', 'Date']) {
      assert.match(
        titles(rows(header))[0]!,
        /^Write 2026-03-04 \(month first, like "11\/13\/2026" in Status log row 1\)$/,
        header,
      );
    }
  });

  it('lets --fix write a date with one reading, unless another of the plan’s dates reads two ways', () => {
    const safe = (rows: string[], cell: string) =>
      unreadable(statusLogPlan(rows))
        .find((f) => f.message.includes(`"${cell}"`))!
        .fixes!.filter((f) => f.safe === true)
        .map((f) => f.title);
    assert.deepEqual(
      safe(['| 24/06/2026 | Green | Day first only |', '| 13/04/2026 | Green | Day first only |'], '24/06/2026'),
      ['Write 2026-06-24'],
    );
    // Rewriting it would take away the evidence 03/04/2026 is read by, and leave the plan half converted.
    const mixed = ['| 24/06/2026 | Green | Day first only |', '| 03/04/2026 | Green | Either |'];
    assert.deepEqual(safe(mixed, '24/06/2026'), []);
    assert.deepEqual(safe(mixed, '03/04/2026'), []);
  });

  it('offers no order when the plan writes dates both ways', () => {
    const mixed = statusLogPlan([
      '| 24/11/2026 | Green | Day first only |',
      '| 11/13/2026 | Green | Month first only |',
      '| 03/04/2026 | Green | Either |',
    ]);
    const found = unreadable(mixed);
    assert.equal(found.length, 3);
    const either = found.find((f) => f.message.includes('"03/04/2026"'));
    assert.ok(either);
    assert.equal(either.fixes, undefined, 'no reading to offer, and it is in no rewrite');
    // The two dates with one reading each can still be rewritten together.
    const all = found[0]!.fixes?.find((f) => f.title === 'Write the 2 numeric dates Handoff checks as ISO dates');
    assert.ok(all);
    assert.equal(all.edits.length, 2);
  });
});
