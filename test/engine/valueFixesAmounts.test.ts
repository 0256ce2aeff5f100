/**
 * An amount grouped with one point, as much of Europe writes thousands (`€90.000`): still
 * reported (it may be 90 or 90000, contract §3.1), now with the fix writing the plain number,
 * preferred only when the plan's other amounts or its currency rule the decimal reading out.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyEdits } from '../../server/src/engine/fix.js';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { readAmount } from '../../server/src/engine/values.js';
import { repoRoot } from '../helpers.js';

const engine = createPlanEngine();
const example = fs.readFileSync(path.join(repoRoot, 'examples/payroll-cloud.plan.md'), 'utf8');
const opts = { asOf: '2026-11-25', matchesGlob: true, withFixes: true };
const SUBSCRIPTION = '| Subscription, year 1 | 96000 | 48000 | 96000 | S-01 |';
const VENDOR = '| Vendor implementation services | 180000 | 132000 | 178000 | S-03 |';
const HEADER = '| Line | Approved | Actual | Forecast | Owner |';

interface Variant {
  /** budget.currency, or none. */
  readonly currency?: string;
  /** The Subscription line's Approved. */
  readonly approved: string;
  /** The vendor line's Actual: another amount of the plan. */
  readonly vendorActual?: string;
  /** The Approved column's header. */
  readonly header?: string;
}

function plan(v: Variant): string {
  for (const s of [SUBSCRIPTION, VENDOR, HEADER, '  currency: GBP\n']) assert.ok(example.includes(s), s);
  return example
    .replace('  currency: GBP\n', v.currency ? `  currency: ${v.currency}\n` : '')
    .replace(HEADER, HEADER.replace('| Approved |', `| ${v.header ?? 'Approved'} |`))
    .replace(SUBSCRIPTION, SUBSCRIPTION.replace('| 96000 | 48000 |', `| ${v.approved} | 48000 |`))
    .replace(VENDOR, VENDOR.replace('| 132000 |', `| ${v.vendorActual ?? '132000'} |`));
}

function unreadOnSubscription(text: string) {
  const line = text.split('\n').findIndex((l) => l.startsWith('| Subscription'));
  return engine
    .lintDocument('p.plan.md', text, opts)
    .findings.filter((f) => f.rule === 'unreadable-value' && f.range.start.line === line);
}

/** The fixes of the Subscription line's finding: [title, preferred]. */
function fixesOf(v: Variant): [string, boolean][] {
  const [finding, ...more] = unreadOnSubscription(plan(v));
  assert.ok(finding, `no unreadable-value on ${v.approved}`);
  assert.equal(more.length, 0);
  assert.match(finding.message, /could be a decimal point or a thousands separator/);
  return (finding.fixes ?? []).map((f) => [f.title, f.isPreferred === true]);
}

const THOUSANDS = 'Write 90000 (the point separates thousands)';

describe('an amount grouped with one point: the fix writing the plain number', () => {
  it('in a currency with two decimals, no thousandth is meant: 90000, preferred, clears the finding', () => {
    for (const approved of ['€90.000', '90.000 €', 'EUR 90.000', '90.000']) {
      assert.deepEqual(fixesOf({ currency: 'EUR', approved }), [[THOUSANDS, true]], approved);
    }
    assert.deepEqual(fixesOf({ currency: 'GBP', approved: '£90.000' }), [[THOUSANDS, true]]);
    assert.deepEqual(fixesOf({ currency: 'EUR', approved: '-90.000' }), [
      ['Write -90000 (the point separates thousands)', true],
    ]);
    const text = plan({ currency: 'EUR', approved: '€90.000' });
    const fix = unreadOnSubscription(text)[0]!.fixes![0]!;
    const after = applyEdits(text, fix.edits);
    assert.ok(after.includes('| Subscription, year 1 | 90000 | 48000 |'));
    assert.deepEqual(unreadOnSubscription(after), []);
  });

  it('where the plan groups with commas or writes a decimal point, the fix is offered, not preferred', () => {
    for (const vendorActual of ['132,000', '132000.50', '£132,000']) {
      assert.deepEqual(
        fixesOf({ currency: 'EUR', approved: '90.000', vendorActual }),
        [[THOUSANDS, false]],
        vendorActual,
      );
    }
  });

  it('in a column in thousands, 90.000 may be 90 thousand: both readings, neither preferred', () => {
    assert.deepEqual(fixesOf({ currency: 'EUR', approved: '90.000', header: 'Approved (€k)' }), [
      [THOUSANDS, false],
      ['Write 90 (the point is a decimal point)', false],
    ]);
    // A currency with three decimals, or none at all, leaves a thousandth possible too.
    assert.deepEqual(fixesOf({ currency: 'KWD', approved: '90.000' }), [
      [THOUSANDS, false],
      ['Write 90 (the point is a decimal point)', false],
    ]);
    assert.deepEqual(fixesOf({ approved: '90.000' }), [
      [THOUSANDS, false],
      ['Write 90 (the point is a decimal point)', false],
    ]);
  });

  it('another amount grouped only with points shows how the plan writes them: preferred, even in thousands', () => {
    for (const vendorActual of ['1.250.000', '132.000,50', '132,5']) {
      assert.deepEqual(
        fixesOf({ currency: 'EUR', approved: '90.000', header: 'Approved (€k)', vendorActual }),
        [[THOUSANDS, true]],
        vendorActual,
      );
    }
    assert.deepEqual(fixesOf({ approved: '90.000', vendorActual: '1.250.000' }), [[THOUSANDS, true]]);
    // Both ways in one plan (points here, a budget grouped with commas there): not preferred.
    const both = plan({ currency: 'EUR', approved: '90.000', vendorActual: '1.250.000' }).replace(
      'approved: 480000',
      'approved: "480,000"',
    );
    assert.ok(both.includes('approved: "480,000"'));
    const [finding] = unreadOnSubscription(both);
    assert.deepEqual(
      finding!.fixes!.map((f) => [f.title, f.isPreferred === true]),
      [[THOUSANDS, false]],
    );
  });

  it('keeps the currency the cell names when the plan has no budget.currency to read it against', () => {
    assert.deepEqual(fixesOf({ approved: '€90.000' }), [['Write EUR 90000 (the point separates thousands)', true]]);
  });

  it('an amount in another currency than the budget gets no such fix', () => {
    assert.deepEqual(fixesOf({ currency: 'GBP', approved: '€90.000' }), []);
  });

  it('reads the amounts that read one way only, as before', () => {
    for (const [text, value] of [
      ['90.000,50 €', 90000.5],
      ['€ 1.250.000', 1250000],
      ['€90.000,00', 90000],
    ] as const) {
      const r = readAmount(text, 'EUR');
      assert.ok(r.ok && r.value.value === value, text);
    }
  });
});
