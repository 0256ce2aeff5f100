/**
 * The transition model in `.handoff.yaml` (contract 1.1 §5): required handovers and readiness
 * criteria per transition type, readiness_days and board_roles, read over the defaults type by
 * type, and every mistake reported with its position.
 */
import assert from 'node:assert/strict';
import { DEFAULT_CONFIG, DEFAULT_READINESS, parseConfig } from '../../server/src/engine/config.js';
import { RULES } from '../../server/src/engine/rules/index.js';

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
