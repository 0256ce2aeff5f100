/**
 * Quick fixes that fill an empty person cell (a risk's owner, a handover's receiving owner, a
 * process interface's contact) with a stakeholder: preferred only with a basis, so "fix all"
 * writes no guess.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { createPlanEngine } from '../../server/src/engine/index.js';
import type { Finding } from '../../server/src/engine/types.js';
import { fixturePath } from '../helpers.js';

const engine = createPlanEngine();

function findings(rule: string, fixture: string): Finding[] {
  const file = fixturePath('rules', rule, fixture);
  const all = engine.lintDocument(file, fs.readFileSync(file, 'utf8'), { asOf: '2026-06-01' }).findings;
  const mine = all.filter((f) => f.rule === rule);
  assert.ok(mine.length > 0, `no ${rule} finding in ${fixture}`);
  return mine;
}

const fixes = (f: Finding) => (f.fixes ?? []).map((x) => `${x.isPreferred ? '*' : ' '} ${x.title}`);

describe('engine: person fixes are preferred only with a basis', () => {
  it('a contact whose role fits the process is the preferred fix (Change manager for Change Management)', () => {
    const [finding] = findings('process-interface-without-contact', 'fires-contact-fits-a-role.plan.md');
    assert.equal(fixes(finding!)[0], '* Set contact to Dev Ellis (Change manager)');
  });

  it('with nobody in the process, the project manager is offered as the contact but not preferred', () => {
    for (const finding of findings('process-interface-without-contact', 'fires-contact-empty-or-tbd.plan.md')) {
      assert.deepEqual(fixes(finding), ['  Set contact to Cara Dunn (Project manager)'], finding.message);
    }
  });

  it('the project manager stands in as a risk owner when nobody fits: preferred', () => {
    const [finding] = findings('risk-without-owner', 'fires-empty-owner.plan.md');
    assert.equal(fixes(finding!)[0], '* Set risk owner to Cara Dunn (Project manager)');
  });
});

describe('engine: fixes write people the way the plan writes them', () => {
  const practitioner = (name: string) => fs.readFileSync(fixturePath('practitioner', name), 'utf8');
  /** Each fix of `rule` that fills in or replaces a person: its title and what it writes. */
  const written = (text: string, rule: string, asOf: string) =>
    engine
      .lintDocument('p.plan.md', text, { asOf })
      .findings.filter((f) => f.rule === rule)
      .flatMap((f) => (f.fixes ?? []).filter((x) => /^(Set|Replace)/.test(x.title)))
      .map((x) => `${x.title} => ${x.edits.map((e) => e.newText.trim()).join(' ')}`);

  it('a plan that names people by @handle gets handles, by ID where the stakeholder has none written', () => {
    assert.deepEqual(written(practitioner('sspr-new-service.plan.md'), 'missing-handover-owner', '2026-11-25'), [
      'Set receiving owner to S-06 (Change manager) => S-06',
      'Set receiving owner to Jo Smith (Service owner) => @j.smith',
      'Set receiving owner to Lin Chen (PM) => @l.chen',
    ]);
  });

  it('a plan that names people by name gets names; one written by IDs keeps IDs', () => {
    const byId = fs.readFileSync(fixturePath('rules', 'risk-without-owner', 'fires-empty-owner.plan.md'), 'utf8');
    const fixesOf = (text: string) => written(text, 'risk-without-owner', '2026-06-01');
    const ids = fixesOf(byId);
    assert.ok(ids.length > 0 && ids.every((x) => / => S-\d+$/.test(x)), ids.join('\n'));
    // The same plan with every ID written as its stakeholder's name.
    const names = new Map(
      [...byId.matchAll(/^\| (S-\d+) \| ([A-Z][a-z]+ [A-Z][a-z]+) \|/gm)].map((m) => [m[1]!, m[2]!] as const),
    );
    assert.ok(names.size >= 3, 'the fixture lists its stakeholders by ID and name');
    const [head, body] = [
      byId.slice(0, byId.indexOf('### Stakeholders')),
      byId.slice(byId.indexOf('### Stakeholders')),
    ];
    const table = body.slice(0, body.indexOf('\n###'));
    const rest = body.slice(table.length).replace(/\bS-\d+\b/g, (id) => names.get(id) ?? id);
    const byName = `${head.replace(/\bS-\d+\b/g, (id) => names.get(id) ?? id)}${table}${rest}`;
    const named = fixesOf(byName);
    assert.equal(named.length, ids.length);
    assert.ok(
      named.every((x) => !/ => S-\d+$/.test(x)),
      named.join('\n'),
    );
  });
});
