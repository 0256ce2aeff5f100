/**
 * Contract §3.1: a plan whose values are written the way practitioners write them (H, Med,
 * 20 Nov 2026, EUR 180k, 🟢, Complete, ✓) gives exactly the findings and the status of its
 * canonical twin. Every rule fixture and bundled example is rewritten value by value into an
 * accepted non-canonical form and linted again.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_CONFIG, parseConfig } from '../../server/src/engine/config.js';
import { createPlanEngine } from '../../server/src/engine/index.js';
import type { Plan } from '../../server/src/engine/model.js';
import type { PlanStatus } from '../../server/src/engine/status.js';
import { readerFor, VALUE_COLUMNS, type ValueKind } from '../../server/src/engine/valueCells.js';
import {
  aliasesOf,
  columnUnit,
  valueText,
  type Amount,
  type Covered,
  type Met,
} from '../../server/src/engine/values.js';
import { inPlanLanguage } from '../../server/src/engine/values/reading.js';
import { fixturePath, planFiles, readExpectations, repoRoot } from '../helpers.js';

const engine = createPlanEngine();
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LEVELS = ['VL', 'Lo', 'Med', 'Hi', 'VH'];
const HEALTH = { green: '🟢', amber: '🟡', red: '🔴' } as const;
const MET: Record<Met, string> = { yes: '✓', no: '✗', partial: 'Partially' };

/** An accepted, non-canonical spelling of a value that reads as `value`. */
function practitionerForm(kind: ValueKind, value: unknown, currency: string | undefined, scaled = false): string {
  if (typeof kind === 'object') {
    const alias = aliasesOf(kind.words, value as string)[0];
    return alias ?? (value as string).toUpperCase();
  }
  switch (kind) {
    case 'level':
      return LEVELS[(value as number) - 1]!;
    case 'date': {
      const [y, m, d] = (value as string).split('-');
      return Number(d) % 2
        ? `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`
        : `${MONTHS[Number(m) - 1]} ${Number(d)}, ${y}`;
    }
    case 'amount': {
      const { value: n } = value as Amount;
      const text =
        // In a column in thousands or more (`Forecast (k€ HT)`), a number without its own scale
        // would be scaled by the column's: `372,5` there is written `372.5k`.
        n !== 0 && (n % 1000 === 0 || scaled)
          ? `${n / 1000}k`
          : n.toFixed(n % 1 ? 2 : 0).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
      return currency ? `${currency} ${text}` : text;
    }
    case 'health':
      return HEALTH[value as keyof typeof HEALTH];
    case 'met':
      return MET[value as Met];
    case 'covers': {
      // PRINCE2's words for the tolerances, IDs in small letters.
      const c = value as Covered;
      return [
        ...(c.schedule ? ['time'] : []),
        ...(c.cost ? ['budget'] : []),
        ...c.milestones.map((m) => m.toLowerCase()),
      ].join(' and ');
    }
  }
}

/** The plan's text with every readable value cell rewritten; how many cells were rewritten. */
function practitionerTwin(plan: Plan): { text: string; rewritten: number } {
  const edits: { start: number; end: number; text: string }[] = [];
  const currency = plan.meta.budget.currency;
  for (const register of plan.registers) {
    const columns = VALUE_COLUMNS[register.kind];
    if (!columns || !register.table) continue;
    for (const row of register.table.rows) {
      for (const [key, kind] of Object.entries(columns)) {
        const text = valueText(row, key);
        const cell = row.cell(key);
        if (text === undefined || !cell) continue;
        const unit = columnUnit(register.table, key);
        // As the plan reads it: a date that reads two ways in the language its month names are in.
        const reading = inPlanLanguage(readerFor(kind, currency, unit)(text), row);
        if (!reading.ok) continue;
        const start = plan.lines.offsetAt(cell.range.start);
        const end = plan.lines.offsetAt(cell.range.end);
        edits.push({ start, end, text: practitionerForm(kind, reading.value, currency, (unit?.scale ?? 1) !== 1) });
      }
    }
  }
  let text = plan.text;
  for (const e of edits.sort((a, b) => b.start - a.start)) text = text.slice(0, e.start) + e.text + text.slice(e.end);
  return { text, rewritten: edits.length };
}

/** What the views show of a plan's values (raw cell texts aside). */
function statusFacts(s: PlanStatus): unknown {
  return {
    derivedHealth: s.derivedHealth,
    risks: s.risks.map((r) => [r.id, r.likelihood, r.impact, r.score, r.open, r.high]),
    milestones: s.milestones.map((m) => [m.id, m.baseline, m.forecast, m.actual, m.done, m.overdue, m.slipDays]),
    handovers: s.handovers.map((h) => [h.id, h.planned, h.acceptedOn, h.accepted]),
    statusLog: s.statusLog.map((e) => [e.date, e.health, e.line]),
    latest: s.latestStatus?.line,
    overdueMilestones: s.overdueMilestones,
    openHighRisks: s.openHighRisks,
    budget: s.budget,
  };
}

describe('practitioner twins (contract §3.1)', () => {
  const files = planFiles(fixturePath('rules'), fixturePath('practitioner'), path.join(repoRoot, 'examples'));
  let rewritten = 0;

  it('finds plans to rewrite', () => {
    assert.ok(files.length > 50, `only ${files.length} plans`);
  });

  for (const file of files) {
    it(path.relative(repoRoot, file), () => {
      const text = fs.readFileSync(file, 'utf8');
      const spec = readExpectations(text);
      const config = spec.config ? parseConfig(spec.config, engine.rules).config : DEFAULT_CONFIG;
      const asOf = file.includes(`${path.sep}examples${path.sep}`) ? '2026-11-25' : spec.asOf;
      const opts = { asOf, config, matchesGlob: true };
      const canonical = engine.lintDocument(file, text, opts);
      if (!canonical.plan) return;
      const twin = practitionerTwin(canonical.plan);
      rewritten += twin.rewritten;
      const practitioner = engine.lintDocument(file, twin.text, opts);
      const key = (r: typeof canonical) => r.findings.map((f) => `${f.range.start.line + 1} ${f.rule}`).sort();
      assert.deepEqual(key(practitioner), key(canonical), twin.text);
      assert.deepEqual(
        statusFacts(engine.status(practitioner.plan!, opts)),
        statusFacts(engine.status(canonical.plan, opts)),
      );
    });
  }

  it('rewrote values in those plans', () => {
    assert.ok(rewritten > 500, `only ${rewritten} cells rewritten`);
  });
});
