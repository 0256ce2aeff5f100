/**
 * The transition model in `.handoff.yaml` (contract 1.1 §5): required handovers and readiness
 * criteria per transition type, readiness_days and board_roles, read over the defaults type by
 * type, and every mistake reported with its position.
 */
import assert from 'node:assert/strict';
import { DEFAULT_CONFIG, DEFAULT_READINESS, parseConfig } from '../../server/src/engine/config.js';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { RULES } from '../../server/src/engine/rules/index.js';
import { readinessCriteria } from '../../server/src/engine/control.js';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../helpers.js';

describe('transition models in configuration', () => {
  it('a type the configuration lists replaces its defaults; the others keep theirs', () => {
    const { config, errors } = parseConfig(
      [
        'readiness:',
        '  change: [Change authorised by the change authority, Deployment pipeline green]',
        'required_handovers:',
        '  retire: [Service Catalogue Management]',
        'readiness_days: 3',
        'board_roles: [Sponsor, Product owner]',
      ].join('\n'),
      RULES,
    );
    assert.deepEqual(errors, []);
    assert.deepEqual(config.readiness.change, [
      'Change authorised by the change authority',
      'Deployment pipeline green',
    ]);
    assert.deepEqual(config.readiness.new, DEFAULT_READINESS);
    assert.deepEqual(config.requiredHandovers.retire, ['Service Catalogue Management']);
    assert.deepEqual(config.requiredHandovers.new, DEFAULT_CONFIG.requiredHandovers.new);
    assert.equal(config.readinessDays, 3);
    assert.deepEqual(config.boardRoles, ['Sponsor', 'Product owner']);
  });

  it('a readiness row names its criterion with or without "the", "a" or "an"', () => {
    const { config } = parseConfig('readiness:\n  change: [Change authorised by the change authority]\n', RULES);
    const example = readFileSync(path.join(repoRoot, 'examples', 'payroll-cloud.plan.md'), 'utf8');
    const criteria = (row: string) => {
      const text = example.replace(
        '| GR-01 | Change authorised (RFC-2026-0412 at the go/no-go CAB) |',
        `| GR-01 | ${row} |`,
      );
      assert.notEqual(text, example);
      return readinessCriteria(createPlanEngine().parse('p.plan.md', text), config).map((c) => c.row?.id);
    };
    assert.deepEqual(criteria('Change authorised by change authority'), ['GR-01']);
    assert.deepEqual(criteria('Change authorised by a change authority (CAB 2026-12-15)'), ['GR-01']);
    assert.deepEqual(criteria('Change authorised'), [undefined]);
  });

  it('1.1 default required handovers differ by type', () => {
    assert.ok(DEFAULT_CONFIG.requiredHandovers.new.includes('Service Catalogue Management'));
    assert.ok(DEFAULT_CONFIG.requiredHandovers.transfer.includes('Event Management'));
    assert.ok(!DEFAULT_CONFIG.requiredHandovers.change.includes('Event Management'));
    assert.ok(!DEFAULT_CONFIG.requiredHandovers.retire.includes('Incident Management'));
  });

  it('reports an unknown type, a non-list and a bad readiness_days at their positions', () => {
    const text = [
      'readiness:',
      '  chnage: [Change authorised]',
      '  new: Change authorised',
      'readiness_days: -1',
      'board_roles: 3',
    ].join('\n');
    const { errors, config } = parseConfig(text, RULES);
    assert.deepEqual(
      errors.map((e) => `${e.range.start.line + 1}:${e.range.start.character + 1} ${e.message}`),
      [
        '2:3 Unknown transition type "chnage" in readiness: expected one of new, change, retire, transfer. Did you mean "change"?',
        '4:17 "readiness_days" must be an integer of at least 0.',
        '5:14 "board_roles" must be a list of strings.',
      ],
    );
    // A single string is read as a one-item list, as for the other lists of the configuration.
    assert.deepEqual(config.readiness.new, ['Change authorised']);
    assert.equal(config.readinessDays, DEFAULT_CONFIG.readinessDays);
  });
});

describe('required front-matter keys per transition type', () => {
  const engine = createPlanEngine();
  const plan = (type: string) =>
    [
      '---',
      'schema: transition-plan/1',
      'id: TP-2026-801',
      'title: Keys',
      'service: Keys',
      `transition_type: ${type}`,
      'stage: planning',
      '---',
      '# Keys',
      '',
    ].join('\n');
  const sdpFindings = (type: string, configText: string) => {
    const { config, errors } = parseConfig(configText, RULES);
    assert.deepEqual(errors, []);
    return engine
      .lintDocument('keys.plan.md', plan(type), { config, asOf: '2026-06-01' })
      .findings.filter((f) => f.rule === 'front-matter-schema' && /\bsdp\b/.test(f.message));
  };

  it('a map requires the keys of the types it lists, and only of those', () => {
    const configText = 'required_keys:\n  change: [sdp]\n';
    assert.equal(sdpFindings('change', configText).length, 1);
    assert.equal(sdpFindings('new', configText).length, 0);
  });

  it('a list requires the keys of every type; without required_keys sdp is optional', () => {
    assert.equal(sdpFindings('new', 'required_keys: [sdp]\n').length, 1);
    assert.equal(sdpFindings('retire', 'required_keys: [sdp]\n').length, 1);
    assert.equal(sdpFindings('change', '').length, 0);
  });

  it('reports an unknown type and an unknown key at their positions', () => {
    const { errors } = parseConfig('required_keys:\n  chnage: [sdp]\n  new: [sdpp]\n', RULES);
    assert.deepEqual(
      errors.map((e) => `${e.range.start.line + 1}:${e.range.start.character + 1} ${e.message}`),
      [
        '2:3 Unknown transition type "chnage" in required_keys: expected one of new, change, retire, transfer. Did you mean "change"?',
        '3:9 "sdpp" is not a front-matter key. Did you mean "sdp"?',
      ],
    );
  });
});
