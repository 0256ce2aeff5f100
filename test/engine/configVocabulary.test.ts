/**
 * `required_keys`, `parties` and `aliases` in `.handoff.yaml` (contract 1.1 §5): read into the
 * configuration, used by the parser and the rules, and every mistake reported at its position.
 */
import assert from 'node:assert/strict';
import { parseConfig } from '../../server/src/engine/config.js';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { chunkBoundaries, scanChunk } from '../../server/src/engine/parse/index.js';
// The scanner's table data (`handoffTexts`), declared where the rows are written.
import type {} from '../../server/src/engine/parse/tableRows.js';
import { readFixture } from '../helpers.js';

const engine = createPlanEngine();

/** A folder whose `.handoff.yaml` names registers, columns and processes its own way. */
const CONFIG = readFixture('config', 'aliases', '.handoff.yaml');
const PLAN = readFixture('config', 'aliases', 'own-names.plan.md');

describe('configuration vocabulary', () => {
  it('reads required_keys, parties and aliases', () => {
    const { config, errors } = parseConfig(CONFIG, engine.rules);
    assert.deepEqual(errors, []);
    assert.deepEqual(config.requiredKeys, { all: ['sdp'], byType: {} });
    assert.deepEqual(config.parties, ['Procurement', 'Orbis Software']);
    assert.equal(config.aliases.registers.size, 2);
    assert.equal(config.aliases.columns.get('risks')?.get('prob'), 'likelihood');
    assert.equal(config.aliases.processes.get('operational acceptance')?.name, 'Service Validation and Testing');
  });

  it('reports each mistake at its position, with a did-you-mean', () => {
    const text = [
      'required_keys: [sdpp]',
      'parties: Procurement',
      'aliases:',
      '  registers: { RAID: Riskz }',
      '  columns: { Risks: { Prob.: Likelyhood }, Nothing: { a: b } }',
      '  processes: { Ops: Change Managment }',
      '  heading: {}',
    ].join('\n');
    const { errors } = parseConfig(text, engine.rules);
    const at = (needle: string) => errors.find((e) => e.message.includes(needle));
    assert.equal(at('"sdpp" is not a front-matter key')?.range.start.line, 0);
    assert.match(at('sdpp')!.message, /Did you mean "sdp"\?/);
    assert.equal(at('"parties" must be a list')?.range.start.line, 1);
    assert.match(at('"Riskz" is not a register')!.message, /Did you mean "Risks"\?/);
    assert.equal(at('"Riskz" is not a register')?.range.start.line, 3);
    assert.match(at('"Likelyhood" is not a column of Risks')!.message, /Did you mean "Likelihood"\?/);
    assert.equal(at('"Likelyhood"')?.range.start.line, 4);
    assert.equal(at('"Nothing" is not a register')?.range.start.line, 4);
    assert.match(at('"Change Managment" is not an ITIL process')!.message, /Did you mean "Change Management"\?/);
    assert.equal(at('Unknown key "aliases.heading"')?.range.start.line, 6);
    assert.equal(errors.length, 7, errors.map((e) => e.message).join('\n'));
  });

  it('reads a register under a configured heading, its columns by their configured names', () => {
    const { config } = parseConfig(CONFIG, engine.rules);
    const result = engine.lintDocument('x.plan.md', PLAN, { config, asOf: '2026-06-01' });
    const risks = result.plan!.register('risks');
    assert.ok(risks, 'the Exposure log is the Risks register');
    assert.equal(risks.table!.rows[0]!.value('likelihood'), 'H');
    const rules = result.findings.map((f) => f.rule);
    assert.ok(!rules.includes('missing-risks'));
    assert.ok(!rules.includes('table-columns'), 'Prob. and Sev are Likelihood and Impact');
    assert.deepEqual(
      result.findings.filter((f) => f.rule === 'unreadable-value').map((f) => f.range.start.line + 1),
      [26],
    );
    // Without the configuration it is no register at all.
    const plain = engine.lintDocument('x.plan.md', PLAN, { asOf: '2026-06-01' });
    assert.ok(plain.findings.some((f) => f.rule === 'missing-risks'));
  });

  it('tells the line scanner which headings name registers (so it reads the markup in their cells)', () => {
    const { config } = parseConfig(CONFIG, engine.rules);
    const start = PLAN.indexOf('---\n', 4) + 4;
    const { cuts } = chunkBoundaries(PLAN, start);
    const chunk = cuts.findIndex((c) => PLAN.slice(c).startsWith('## Project Initiation'));
    const from = cuts[chunk]!;
    const to = cuts[chunk + 1] ?? PLAN.length;
    /** The texts of the cells with markup that the scanner had micromark read. */
    const markedTexts = (aliases?: typeof config.aliases.registers) =>
      (scanChunk(PLAN, from, to, aliases) ?? []).flatMap((node) =>
        node.type === 'table' ? [...(node.data?.handoffTexts?.values() ?? [])] : [],
      );
    assert.deepEqual(markedTexts(), [], 'no register: its cells are not read');
    assert.deepEqual(markedTexts(config.aliases.registers), ['H']);
  });

  it('maps local process names onto ITIL processes', () => {
    const { config } = parseConfig(CONFIG, engine.rules);
    const plan = PLAN.replace('stage: initiation', 'stage: planning').replace(
      '### Exposure log',
      '## Project Planning and Coordination\n\n### Process interfaces\n\n| ID | Process | Contact |\n| --- | --- | --- |\n| PI-01 | Operational Acceptance | S-01 |\n| PI-02 | Service Validation & Testing | S-01 |\n\n### Exposure log',
    );
    const unknown = (cfg?: typeof config) =>
      engine
        .lintDocument('x.plan.md', plan, { config: cfg, asOf: '2026-06-01' })
        .findings.filter((f) => f.rule === 'unknown-itil-process')
        .map((f) => f.message);
    assert.deepEqual(unknown(config), []);
    const without = unknown();
    assert.equal(without.length, 1, without.join('\n'));
    assert.match(without[0]!, /Operational Acceptance/);
  });
});
