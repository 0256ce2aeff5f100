/**
 * What an unresolved person reference suggests (a stakeholder by part of their name first), and a
 * reference that names several people.
 */
import assert from 'node:assert/strict';
import { didYouMeanId } from '../../server/src/engine/suggest.js';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_CONFIG, parseConfig } from '../../server/src/engine/config.js';
import { applyEdits } from '../../server/src/engine/fix.js';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { parsePlan } from '../../server/src/engine/parse/index.js';
import {
  partyNames,
  personDisplay,
  readDelegation,
  readSeveral,
  resolveReference,
} from '../../server/src/engine/references.js';
import { personLabel } from '../../server/src/engine/rules/util.js';
import { fixturePath, repoRoot } from '../helpers.js';

const engine = createPlanEngine();

/** A plan of nothing but a Stakeholders table with these columns and rows. */
function stakeholdersPlan(header: readonly string[], rows: readonly (readonly string[])[]) {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return parsePlan(
    'x',
    [
      '---',
      'schema: transition-plan/1',
      '---',
      '### Stakeholders',
      '',
      line(header),
      line(header.map(() => '---')),
      ...rows.map(line),
      '',
    ].join('\n'),
  );
}

/** One test per reference: it names the stakeholder with that ID (and the list has cases). */
function itResolves(plan: ReturnType<typeof stakeholdersPlan>, cases: readonly (readonly [string, string])[]): void {
  it('has cases', () => assert.ok(cases.length > 0));
  for (const [ref, id] of cases) {
    it(`"${ref}" is ${id}`, () => {
      const r = resolveReference(plan, ref);
      assert.equal(r.kind === 'person' ? r.row.value('id') : r.kind, id);
    });
  }
}

const plan = stakeholdersPlan(
  ['ID', 'Name', 'Handle', 'Role'],
  [
    ['S-01', 'Sofia Brandt', '@s.brandt', 'Integration lead'],
    ['S-02', 'Sam Reid', '@s.reid', 'Service desk lead'],
    ['S-03', 'Tomasz Wojcik', '@t.wojcik', 'Transition manager'],
  ],
);

const CASES: readonly [string, string | undefined][] = [
  ['S. Brandt', 'Sofia Brandt'],
  ['S Brandt', 'Sofia Brandt'],
  ['s. reid', 'Sam Reid'],
  ['Brandt', 'Sofia Brandt'],
  ['Tomasz', 'Tomasz Wojcik'],
  // Mentioned as a chat does: a first or last name after an @ that is no handle.
  ['@Tomasz', 'Tomasz Wojcik'],
  ['@Wojcik', 'Tomasz Wojcik'],
  ['T. Brandt', undefined],
  // Initials, as RACI headers write people and roles: a name's, else a role one stakeholder holds.
  ['SB', 'Sofia Brandt'],
  ['TW', 'Tomasz Wojcik'],
  ['TM', 'Transition manager'],
  ['SDL', 'Service desk lead'],
  // A role or note in parentheses after the name: the name before it is what is suggested, with
  // the note kept when the reference resolves with it.
  ['S. Brandt (Integration lead)', 'Sofia Brandt (Integration lead)'],
  ['Tomasz Wojcikk (interim)', 'Tomasz Wojcik (interim)'],
  ['Brandt (Integration lead)', 'Sofia Brandt (Integration lead)'],
];

describe('a stakeholder as messages, fixes, hovers and completions show them', () => {
  const plan = stakeholdersPlan(
    ['ID', 'Name', 'Role'],
    [
      ['S-01', 'Ana Ng', 'Sponsor'],
      ['S-02', 'Project manager name', 'Project manager'],
      ['S-03', 'Jo Park', '-'],
      ['-', 'Sam Lee', 'Service owner'],
      ['S-05', 'Full name', 'Sponsor (SRO)'],
    ],
  );
  const rows = plan.rows('stakeholders');
  it('by name and ID, and by ID and role while the name is still a placeholder', () => {
    assert.deepEqual(rows.map(personDisplay), [
      'Ana Ng (S-01)',
      'S-02 (Project manager)',
      'Jo Park (S-03)',
      'Sam Lee',
      // A role's own note is read as a comma: brackets do not nest.
      'S-05 (Sponsor, SRO)',
    ]);
  });
  it('a reference reads the same once it resolves, and as written when it does not', () => {
    assert.equal(personLabel(plan, 'S-02'), 'S-02 (Project manager)');
    assert.equal(personLabel(plan, 'Ana Ng'), 'Ana Ng (S-01)');
    assert.equal(personLabel(plan, 'Sam Lee'), 'Sam Lee');
    assert.equal(personLabel(plan, 'Nobody'), 'Nobody');
  });
});

describe('initials that could be two people', () => {
  it('suggest neither', () => {
    const two = stakeholdersPlan(
      ['ID', 'Name', 'Role'],
      [
        ['S-01', 'Sofia Brandt', 'Integration lead'],
        ['S-02', 'Sam Burns', 'Service owner'],
      ],
    );
    const r = resolveReference(two, 'SB');
    assert.ok(r.kind === 'unresolved' && r.suggestion === undefined, JSON.stringify(r));
  });
});

describe('person reference suggestions', () => {
  it('has cases', () => assert.ok(CASES.length > 0));
  for (const [ref, name] of CASES) {
    it(`"${ref}" suggests ${name ?? 'no stakeholder by name'}`, () => {
      const r = resolveReference(plan, ref);
      assert.equal(r.kind, 'unresolved');
      if (r.kind !== 'unresolved') return;
      if (name) assert.equal(r.suggestion, name);
      else assert.notEqual(r.suggestion, 'Sofia Brandt');
    });
  }
});

describe('a person written as directories write them', () => {
  const withEmail = stakeholdersPlan(
    ['ID', 'Name', 'Role', 'Contact'],
    [
      ['S-01', 'Sofia Brandt', 'Integration lead', 'sofia.brandt@larchmont.example, @s.brandt'],
      ['S-02', 'Sam Reid', 'Service desk lead', 'sam.reid@larchmont.example'],
    ],
  );
  const RESOLVED: readonly [string, string][] = [
    ['Brandt, Sofia', 'S-01'],
    ['reid, sam', 'S-02'],
    ['sam.reid@larchmont.example', 'S-02'],
    ['Sofia.Brandt@larchmont.example', 'S-01'],
    ['@s.brandt', 'S-01'],
    // A mailbox as mail programs copy it: its name, its address, or both naming one person.
    ['Sam Reid <sam.reid@larchmont.example>', 'S-02'],
    ['<sam.reid@larchmont.example>', 'S-02'],
    ['S. Reid <sam.reid@larchmont.example>', 'S-02'],
    ['Sofia Brandt <sofia.b@other.example>', 'S-01'],
    // In a table cell Markdown shows `<address>` as a bare link: the name, then the address.
    ['Sam Reid sam.reid@larchmont.example', 'S-02'],
    // The last name first in capitals, as French registers write it.
    ['BRANDT Sofia', 'S-01'],
    ['REID Sam', 'S-02'],
    // A mention pasted from a chat (a display name after the @) or from Jira (`[~user]`).
    ['@Sofia Brandt', 'S-01'],
    ['[~Sam Reid]', 'S-02'],
    ['[~s.brandt]', 'S-01'],
  ];
  itResolves(withEmail, RESOLVED);
  it('takes no handle from an e-mail address', () => {
    // `@larchmont.example` ends both addresses: it names nobody.
    assert.equal(resolveReference(withEmail, '@larchmont.example').kind, 'unresolved');
    assert.equal(resolveReference(withEmail, 'Reid, Sofia').kind, 'unresolved');
  });
  it('takes no one from a mailbox whose name and address are two people, and says so', () => {
    assert.equal(resolveReference(withEmail, 'Sofia Brandt <sam.reid@larchmont.example>').kind, 'unresolved');
    const text = [
      withEmail.text,
      '### Risks',
      '',
      '| ID | Risk | L | I | Owner | Mitigation | Status |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      '| R-01 | Late data | 2 | 3 | Sofia Brandt <sam.reid@larchmont.example> | Check | Open |',
      '',
    ].join('\n');
    const found = engine
      .lintDocument('x.plan.md', text, { config: DEFAULT_CONFIG, asOf: '2026-12-01', matchesGlob: true })
      .findings.filter((f) => f.rule === 'unresolved-reference');
    assert.deepEqual(
      found.map((f) => f.message),
      [
        'Risk R-01 owner "Sofia Brandt sam.reid@larchmont.example" names Sofia Brandt (S-01) by name and Sam Reid (S-02) by address: write the one who answers for it.',
      ],
    );
    assert.deepEqual(
      found[0]!.fixes?.map((f) => f.title),
      ['Keep only "S-01"', 'Keep only "S-02"'],
    );
  });
});

describe('a name with a title', () => {
  const titled = stakeholdersPlan(
    ['ID', 'Name', 'Role'],
    [
      ['S-01', 'Dr Jonas Feld', 'Security officer'],
      ['S-02', 'Sofia Brandt', 'Integration lead'],
      ['S-03', 'Cllr. Margaret Hughes', 'Sponsor'],
    ],
  );
  const RESOLVED: readonly [string, string][] = [
    ['Jonas Feld', 'S-01'],
    ['Dr. Jonas Feld', 'S-01'],
    ['dr jonas feld', 'S-01'],
    ['Ms Sofia Brandt', 'S-02'],
    ['Prof. Sofia Brandt', 'S-02'],
    // A councillor, as local government plans name their sponsors.
    ['Margaret Hughes', 'S-03'],
    ['Councillor Margaret Hughes', 'S-03'],
  ];
  itResolves(titled, RESOLVED);
  it('takes no one for a title alone or another name after it', () => {
    for (const ref of ['Dr', 'Dr Sofia Feld', 'Mr Jonas']) {
      assert.notEqual(resolveReference(titled, ref).kind, 'person', ref);
    }
  });
});

describe('a name as Malaysian registers write it', () => {
  // As a Malaysian transition manager lists people (practitioner fixture my-telco-billing-support-planning).
  const malaysian = stakeholdersPlan(
    ['ID', 'Name', 'Role'],
    [
      ['S-01', 'Datuk Ir. Ahmad Kamal bin Zainuddin', 'Sponsor'],
      ['S-02', 'Puan Nur Aisyah binti Ahmad', 'Service owner'],
      ['S-03', 'Jason Tan Chee Keong', 'Project manager'],
      ['S-04', 'Encik Mohd Faizal bin Hassan', 'Transition manager'],
      ['S-05', 'Ganesh a/l Subramaniam', 'Test manager'],
      ['S-06', 'Ts. Lim Wei Jie', 'Configuration manager'],
      ['S-07', "Dato' Rosli bin Abdullah", 'Regulatory lead'],
      ['S-08', 'Ahmad Faizal bin Ismail', 'L2 team lead'],
      ['S-09', 'Hj. Zulkifli bin Mat Isa', 'Service level manager'],
    ],
  );
  itResolves(malaysian, [
    // Titles, one or several, written or not, in full or abbreviated.
    ['Ahmad Kamal bin Zainuddin', 'S-01'],
    ['Datuk Ahmad Kamal bin Zainuddin', 'S-01'],
    ['Nur Aisyah binti Ahmad', 'S-02'],
    ['Pn. Nur Aisyah binti Ahmad', 'S-02'],
    ['Mohd Faizal bin Hassan', 'S-04'],
    ['En. Mohd Faizal bin Hassan', 'S-04'],
    ['Lim Wei Jie', 'S-06'],
    ['Rosli bin Abdullah', 'S-07'],
    ['Zulkifli bin Mat Isa', 'S-09'],
    // The patronymic word left out, or abbreviated.
    ['Mohd Faizal Hassan', 'S-04'],
    ['Nur Aisyah Ahmad', 'S-02'],
    ['Nur Aisyah bt Ahmad', 'S-02'],
    ['Ganesh Subramaniam', 'S-05'],
    // The slash of `a/l` is no slash between two people: the role beside the name still reads.
    ['Ganesh a/l Subramaniam - Test manager', 'S-05'],
    ['Ganesh a/l Subramaniam: Test manager', 'S-05'],
  ]);

  it('keeps a given name that is also a title elsewhere, and a middle initial, as part of the name', () => {
    const others = stakeholdersPlan(
      ['ID', 'Name', 'Role'],
      [
        ['S-01', 'Tuan Nguyen', 'Service owner'],
        ['S-02', 'Linh Nguyen', 'Test manager'],
        ['S-03', 'John B. Smith', 'Project manager'],
      ],
    );
    // `Tuan` is no title: `Nguyen` alone is either Nguyen, not Tuan Nguyen.
    assert.notEqual(resolveReference(others, 'Nguyen').kind, 'person');
    // `B.` is a middle initial, not a patronymic: `John Smith` is not read as him unasked.
    assert.notEqual(resolveReference(others, 'John Smith').kind, 'person');
    const smith = resolveReference(others, 'Smith');
    assert.ok(smith.kind === 'unresolved' && smith.suggestion === 'John B. Smith', JSON.stringify(smith));
  });

  it('offers a given name, or an English name with the family name, to the one stakeholder it is part of, never applied', () => {
    for (const [ref, name] of [
      ['Pn. Aisyah', 'Puan Nur Aisyah binti Ahmad'],
      ["Dato' Rosli", "Dato' Rosli bin Abdullah"],
      ['Datuk Ahmad Kamal', 'Datuk Ir. Ahmad Kamal bin Zainuddin'],
      ['Ganesh', 'Ganesh a/l Subramaniam'],
      ['Jason Tan', 'Jason Tan Chee Keong'],
      ['Tan Chee Keong', 'Jason Tan Chee Keong'],
    ] as const) {
      const r = resolveReference(malaysian, ref);
      assert.ok(r.kind === 'unresolved', `${ref}: ${r.kind}`);
      assert.equal(r.suggestion, name, ref);
      assert.equal(r.meant, 'part', ref);
    }
  });

  it('takes a given name two stakeholders share as either of them, and no father’s name as a name', () => {
    for (const ref of ['Faizal', 'En. Faizal']) {
      const r = resolveReference(malaysian, ref);
      assert.ok(r.kind === 'ambiguous', `${ref}: ${r.kind}`);
      assert.deepEqual(
        r.holders.map((h) => h.value('id')),
        ['S-04', 'S-08'],
      );
    }
    for (const ref of ['Hassan', 'Encik Hassan', 'Tan']) {
      const r = resolveReference(malaysian, ref);
      assert.ok(r.kind === 'unresolved' && r.meant !== 'part', `${ref}: ${r.kind}`);
    }
  });

  it('takes no one for a name without its patronymic that two stakeholders have', () => {
    const two = stakeholdersPlan(
      ['ID', 'Name', 'Role'],
      [
        ['S-01', 'Ali bin Abu', 'Analyst'],
        ['S-02', 'Ali a/l Abu', 'Tester'],
      ],
    );
    assert.notEqual(resolveReference(two, 'Ali Abu').kind, 'person');
    assert.equal(resolveReference(two, 'Ali a/l Abu').kind, 'person');
  });
});

describe('a name as Japanese registers write it', () => {
  const japanese = stakeholdersPlan(
    ['ID', 'Name', 'Role'],
    [
      ['S-01', 'TANAKA Hiroshi', 'Transition manager'],
      ['S-02', 'Sato Yuki', 'Service owner'],
      ['S-03', 'Kobayashi Emi', 'Change manager'],
      ['S-04', 'Ito Ken', 'Test manager'],
      ['S-05', 'Ito Mai', 'Senior user'],
    ],
  );

  it('reads the family name in capitals, and the listed name with a hyphenated honorific, as the person', () => {
    for (const [ref, id] of [
      ['Hiroshi Tanaka', 'S-01'],
      ['Sato Yuki-san', 'S-02'],
      ['Hiroshi Tanaka-san', 'S-01'],
    ] as const) {
      const r = resolveReference(japanese, ref);
      assert.ok(r.kind === 'person' && r.row.value('id') === id, `${ref}: ${JSON.stringify(r.kind)}`);
    }
  });

  it('offers the family name with -san, and the given name first, to the one stakeholder, never applied', () => {
    for (const [ref, name, meant] of [
      ['Tanaka-san', 'TANAKA Hiroshi', 'part'],
      ['Sato-san', 'Sato Yuki', 'part'],
      ['Kobayashi-sama', 'Kobayashi Emi', 'part'],
      // Without capitals the table does not say which word is the family name.
      ['Yuki Sato', 'Sato Yuki', 'near'],
      ['Emi Kobayashi', 'Kobayashi Emi', 'near'],
      ['Emi Kobayashi-san', 'Kobayashi Emi', 'near'],
    ] as const) {
      const r = resolveReference(japanese, ref);
      assert.ok(r.kind === 'unresolved', `${ref}: ${r.kind}`);
      assert.equal(r.suggestion, name, ref);
      assert.equal(r.meant, meant, ref);
    }
    // A family name two stakeholders share is either of them.
    const ito = resolveReference(japanese, 'Ito-san');
    assert.ok(ito.kind === 'ambiguous', ito.kind);
    // `San` as a word ends names (`Aung San`): no honorific.
    assert.equal(resolveReference(japanese, 'Tanaka san').kind, 'unresolved');
    assert.equal((resolveReference(japanese, 'Tanaka san') as { suggestion?: string }).suggestion, undefined);
  });
});

describe('a name as Nigerian registers write it', () => {
  // As a Nigerian bank's PMO lists people (practitioner fixture ng-bank-mobile-app-initiation).
  const nigerian = stakeholdersPlan(
    ['ID', 'Name', 'Role'],
    [
      ['S-01', 'Alhaji Musa Abdullahi', 'Sponsor'],
      ['S-02', 'Engr. Chukwuemeka Okafor', 'Transition manager'],
      ['S-03', 'Barr. (Mrs.) Funmilayo Adeyemi', 'Compliance lead'],
      ['S-04', 'Mrs. Halima Bello', 'Contact centre lead'],
      ['S-05', 'Ngozi Eze', 'Risk lead'],
      ['S-06', 'Mallam Sani Garba', 'Facilities lead'],
    ],
  );
  itResolves(nigerian, [
    ['Musa Abdullahi', 'S-01'],
    ['Alh. Musa Abdullahi', 'S-01'],
    ['Chukwuemeka Okafor', 'S-02'],
    ['Funmilayo Adeyemi', 'S-03'],
    ['Barr. Funmilayo Adeyemi', 'S-03'],
    ['Hajiya Halima Bello', 'S-04'],
    ['Dr. (Mrs.) Ngozi Eze', 'S-05'],
    ['Sani Garba', 'S-06'],
  ]);

  it('offers a title and a last name, never applied; keeps Barr without its point, and Chief, as words of a name', () => {
    for (const [ref, name] of [
      ['Engr. Okafor', 'Engr. Chukwuemeka Okafor'],
      ['Alhaji Musa', 'Alhaji Musa Abdullahi'],
      ['Dr. (Mrs.) Eze', 'Ngozi Eze'],
    ] as const) {
      const r = resolveReference(nigerian, ref);
      assert.ok(r.kind === 'unresolved', `${ref}: ${r.kind}`);
      assert.equal(r.suggestion, name, ref);
    }
    const others = stakeholdersPlan(
      ['ID', 'Name', 'Role'],
      [
        ['S-01', 'Barr Ellison', 'Analyst'],
        ['S-02', 'Chief Olabode Adewale', 'Executive'],
      ],
    );
    // `Barr` without its point is a given name: `Ellison` is part of `Barr Ellison`, offered.
    const ellison = resolveReference(others, 'Ellison');
    assert.ok(ellison.kind === 'unresolved' && ellison.suggestion === 'Barr Ellison', JSON.stringify(ellison));
    // `Chief` begins job titles: `Chief Executive` is not the stakeholder whose role is Executive.
    assert.notEqual(resolveReference(others, 'Chief Executive').kind, 'person');
  });
});

describe('an Irish name as registers and keyboards write it', () => {
  // As an Irish agency lists its people (practitioner fixture ie-agency-grants-portal-closed).
  const irish = stakeholdersPlan(
    ['ID', 'Name', 'Role'],
    [
      ['S-01', 'Seán Ó Briain', 'Sponsor'],
      ['S-02', 'Siobhán Ní Mhurchú', 'Service owner'],
      ['S-03', 'Pádraig Mac Giolla Phádraig', 'Project manager'],
      ['S-04', "Niamh O'Sullivan", 'Data Protection Officer'],
      ['S-05', 'Ciarán Ó Dálaigh', 'Service desk manager'],
      ['S-06', 'Eoin Kelly', 'Ceann Seirbhísí'],
    ],
  );
  // The whole name without its fadas, in other capitals, or with a typed apostrophe: the same name.
  itResolves(irish, [
    ['Sean O Briain', 'S-01'],
    ['SEÁN Ó BRIAIN', 'S-01'],
    ['Ciaran O Dalaigh', 'S-05'],
    ['Siobhan Ni Mhurchu', 'S-02'],
    ['Niamh O’Sullivan', 'S-04'],
    ['Mac Giolla Phadraig, Padraig', 'S-03'],
  ]);

  it('offers a part or another form of the name, never applied', () => {
    for (const [ref, name] of [
      ['Sean', 'Seán Ó Briain'],
      ['Ni Mhurchu', 'Siobhán Ní Mhurchú'],
      ['Mac Giolla Phádraig', 'Pádraig Mac Giolla Phádraig'],
    ] as const) {
      const r = resolveReference(irish, ref);
      assert.ok(r.kind === 'unresolved', `${ref}: ${r.kind}`);
      assert.equal(r.suggestion, name, ref);
    }
    // A role's initials offer the role as its cell writes it, accents kept.
    const initials = resolveReference(irish, 'CS');
    assert.ok(initials.kind === 'unresolved' && initials.suggestion === 'Ceann seirbhísí', JSON.stringify(initials));
    // The anglicised form is another name: not resolved (nor guessed).
    assert.equal(resolveReference(irish, 'Siobhán Murphy').kind, 'unresolved');
    assert.equal(resolveReference(irish, 'Niamh O Sullivan').kind, 'unresolved');
  });
});

describe('a name with letters that have no base letter and accent', () => {
  // Systems and keyboards without them write the nearest plain letter: mail addresses, accounts,
  // a plan typed on another keyboard. `ł`, `ø`, `ı` and `đ` decompose into no letter and a mark.
  const european = stakeholdersPlan(
    ['ID', 'Name', 'Role'],
    [
      ['S-01', 'Łukasz Wróbel', 'Sponsor'],
      ['S-02', 'Søren Kjær', 'Service owner'],
      ['S-03', 'Ayşe Yılmaz', 'Project manager'],
      ['S-04', 'Đorđe Marić', 'Change manager'],
      ['S-05', 'Paweł Michałowski', 'Test manager'],
    ],
  );
  itResolves(european, [
    ['Lukasz Wrobel', 'S-01'],
    ['LUKASZ WROBEL', 'S-01'],
    ['Soren Kjaer', 'S-02'],
    ['Ayse Yilmaz', 'S-03'],
    ['AYŞE YILMAZ', 'S-03'],
    ['Dorde Maric', 'S-04'],
    ['Pawel Michalowski', 'S-05'],
    ['Łukasz Wróbel', 'S-01'],
  ]);

  it('reads the other way too, and keeps other names apart', () => {
    const plain = stakeholdersPlan(
      ['ID', 'Name', 'Role'],
      [
        ['S-01', 'Lukasz Wrobel', 'Sponsor'],
        ['S-02', 'Bjorn Olsen', 'Service owner'],
      ],
    );
    assert.equal(resolveReference(plain, 'Łukasz Wróbel').kind, 'person');
    assert.equal(resolveReference(plain, 'Bjørn Olsen').kind, 'person');
    // Another letter is another name: `Bjarn Olsen` is not resolved.
    assert.equal(resolveReference(plain, 'Bjarn Olsen').kind, 'unresolved');
  });
});

describe('a name in a script whose marks are letters', () => {
  // Only Latin letters' accents are left out when names are compared: Devanagari's vowel signs
  // are combining marks too, and `राम` (Ram) and `रमा` (Rama) are two people.
  const devanagari = stakeholdersPlan(
    ['ID', 'Name', 'Role'],
    [
      ['S-01', 'राम', 'Sponsor'],
      ['S-02', 'रमा', 'Service owner'],
    ],
  );
  itResolves(devanagari, [
    ['राम', 'S-01'],
    ['रमा', 'S-02'],
  ]);
});

describe('a name with letters after it', () => {
  // As a US PMO lists its people (practitioner fixture us-university-lms-replace-reporting).
  const credentialed = stakeholdersPlan(
    ['ID', 'Name', 'Role'],
    [
      ['S-01', 'Megan Castillo, PMP', 'Project manager'],
      ['S-02', 'Dr. Lisa Feldman, Ph.D.', 'CIO'],
      ['S-03', 'Osei, Daniel', 'Change manager'],
      ['S-04', 'Sofia Brandt', 'Service owner'],
      ['S-05', 'Nguyen, Ba', 'Test manager'],
    ],
  );
  itResolves(credentialed, [
    // Credentials are written in capitals: a given name after a comma is no degree.
    ['Ba Nguyen', 'S-05'],
    ['Megan Castillo', 'S-01'],
    ['megan castillo, pmp', 'S-01'],
    ['Lisa Feldman', 'S-02'],
    ['Dr. Lisa Feldman', 'S-02'],
    // A directory's last name first is still that, not letters after a name.
    ['Daniel Osei', 'S-03'],
    // Named with letters after it, listed without them.
    ['Sofia Brandt, MBA, CISSP', 'S-04'],
  ]);
  it('suggests the listed name for a last name alone, not the letters', () => {
    const r = resolveReference(credentialed, 'Castillo');
    assert.ok(r.kind === 'unresolved' && r.suggestion === 'Megan Castillo, PMP', JSON.stringify(r));
  });
  it('takes no one for the letters alone or another name before them', () => {
    for (const ref of ['PMP', 'Megan Castro, PMP', 'Megan Castillo, Finance']) {
      assert.notEqual(resolveReference(credentialed, ref).kind, 'person', ref);
    }
  });
});

describe('a stakeholder who holds several roles', () => {
  const roles = stakeholdersPlan(
    ['ID', 'Name', 'Role'],
    [
      ['S-01', 'Helen Marsh', 'Sponsor / Finance director'],
      ['S-02', 'Daniel Osei', 'Service owner (interim); Payroll lead'],
      ['S-03', 'Priya Raman', 'Project manager & Transition manager'],
      ['S-04', 'Marcus Bell', 'Change manager'],
      ['S-05', 'Aisha Karim', 'Configuration manager, Change manager'],
      ['S-06', 'Ana Ng', 'Head of IT, Finance'],
    ],
  );
  const RESOLVED: readonly [string, string][] = [
    ['Sponsor', 'S-01'],
    ['Finance director', 'S-01'],
    ['Service owner', 'S-02'],
    ['Service owner (interim)', 'S-02'],
    ['Payroll lead', 'S-02'],
    ['Transition manager', 'S-03'],
    ['Sponsor / Finance director', 'S-01'],
    // Change manager alone is S-04's; a comma does not separate roles.
    ['Change manager', 'S-04'],
    ['Head of IT, Finance', 'S-06'],
  ];
  itResolves(roles, RESOLVED);
  it('names a role two stakeholders hold as ambiguous, as the table writes it', () => {
    const both = stakeholdersPlan(
      ['ID', 'Name', 'Role'],
      [
        ['S-01', 'Marcus Bell', 'Change manager'],
        ['S-02', 'Daniel Osei', 'Service owner / change manager'],
      ],
    );
    const r = resolveReference(both, 'change manager');
    assert.ok(r.kind === 'ambiguous', r.kind);
    assert.equal(r.written, 'Change manager');
    assert.equal(r.by, 'role');
    assert.deepEqual(
      r.holders.map((h) => h.value('id')),
      ['S-01', 'S-02'],
    );
    assert.equal(resolveReference(roles, 'Finance').kind !== 'person', true, 'no role of its own');
  });
});

describe('a board written as a sign-off', () => {
  it('means the stakeholder who holds the row’s role, offered first and preferred', () => {
    const fax = readFileSync(path.join(repoRoot, 'examples/legacy-fax-retire.plan.md'), 'utf8');
    const text = fax.replace(
      '| Service owner | Megan Doyle | Approved |',
      '| Service owner | Project Board | Approved |',
    );
    assert.notEqual(text, fax);
    const finding = engine
      .lintDocument('fax.plan.md', text, { asOf: '2026-11-25', matchesGlob: true })
      .findings.find((f) => f.rule === 'unresolved-reference' && /"Project Board" is a board/.test(f.message));
    assert.ok(finding);
    assert.match(
      finding.message,
      /name the one person who answers for it, Megan Doyle \(S-02\), who holds the row's role\.$/,
    );
    const first = finding.fixes?.[0];
    assert.equal(first?.isPreferred, true);
    assert.match(applyEdits(text, first!.edits), /\| Service owner \| S-02 \| Approved \|/);
  });
});

describe('a name listed as a directory or a mail program writes it', () => {
  const listed = stakeholdersPlan(
    ['ID', 'Name', 'Role'],
    [
      ['S-01', 'Osei, Daniel', 'Service owner'],
      ['S-02', 'Sofia Brandt <s.brandt@example.org>', 'Integration lead'],
      ['S-03', 'WOJCIK Tomasz', 'Transition manager'],
      ['S-04', 'Dr Marsh, Helen', 'Sponsor'],
    ],
  );
  // Referred to as people write names: first name first, no address.
  itResolves(listed, [
    ['Daniel Osei', 'S-01'],
    ['Osei, Daniel', 'S-01'],
    ['Sofia Brandt', 'S-02'],
    ['s.brandt@example.org', 'S-02'],
    ['Tomasz Wojcik', 'S-03'],
    ['Helen Marsh', 'S-04'],
    ['Dr Helen Marsh', 'S-04'],
  ]);
});

describe('a note beside a name after a dash or a colon', () => {
  const team = stakeholdersPlan(
    ['ID', 'Name', 'Role', 'Team'],
    [
      ['S-01', 'Sofia Brandt', 'Integration lead', 'Cloud Platform'],
      ['S-02', 'Daniel Osei', 'Service owner', 'Payroll'],
      ['S-03', 'Grace Lindqvist', 'Service desk manager', 'IT Service Desk'],
    ],
  );
  // As registers write a role or a team with the name: read as a parenthetical is.
  itResolves(team, [
    ['Integration lead – Sofia Brandt', 'S-01'],
    ['Sofia Brandt — Integration lead', 'S-01'],
    ['Service desk manager - Grace Lindqvist', 'S-03'],
    ['Sofia Brandt - Cloud Platform', 'S-01'],
    ['Integration lead: Sofia Brandt', 'S-01'],
    ['S-02 – Daniel Osei', 'S-02'],
  ]);
  it('takes no one when the sides name two people, or nobody', () => {
    for (const ref of [
      'Service owner – Sofia Brandt',
      'Sofia Brandt – Daniel Osei',
      'Cloud Platform – Payroll',
      // Another person after the colon is not a note: the owner is not picked from it.
      'Daniel Osei; escalate to: Sofia Brandt',
      'Daniel Osei, deputy: Sofia Brandt',
      'Primary – Daniel Osei, backup – Sofia Brandt',
      'S-01 - S-03',
      // A note that is neither their role nor their team.
      'Sofia Brandt – escalation point',
    ]) {
      assert.notEqual(resolveReference(team, ref).kind, 'person', ref);
    }
    // A hyphen inside a name is no dash beside it.
    assert.notEqual(resolveReference(team, 'Sofia Brandt-Osei').kind, 'person');
  });
});

describe('someone who answered for the board', () => {
  const board = stakeholdersPlan(
    ['ID', 'Name', 'Role'],
    [
      ['S-01', 'Frank Dubois', 'Executive'],
      ['S-02', 'Sarah Lindgren', 'Project manager'],
    ],
  );
  // As PRINCE2 registers record a board's decision: the person who answered for it.
  itResolves(board, [
    ['Project Board: Frank Dubois', 'S-01'],
    ['Project Board – Frank Dubois', 'S-01'],
    ['Steering committee - S-01', 'S-01'],
    ['Frank Dubois (Executive) for the Project Board', 'S-01'],
    ['Frank Dubois on behalf of the board', 'S-01'],
    ['S-02 for the Project Board', 'S-02'],
  ]);
  it('takes no one for the board alone, or for someone on behalf of a person', () => {
    for (const ref of ['Project Board', 'Frank Dubois for Sarah Lindgren', 'Project Board: Nobody Known']) {
      assert.notEqual(resolveReference(board, ref).kind, 'person', ref);
    }
  });
});

describe('a reference that names several people', () => {
  const SEVERAL: readonly [string, readonly string[] | undefined][] = [
    ['Sofia Brandt / Sam Reid', ['Sofia Brandt', 'Sam Reid']],
    ['Sofia Brandt & S-02', ['Sofia Brandt', 'S-02']],
    ['@s.brandt and Transition manager', ['@s.brandt', 'Transition manager']],
    ['Sofia Brandt + Sam Reid; Tomasz Wojcik', ['Sofia Brandt', 'Sam Reid', 'Tomasz Wojcik']],
    // Not several: one of them is nobody, or both name one person.
    ['Sofia Brandt / Nobody', undefined],
    ['Sofia Brandt / @s.brandt', undefined],
    ['Brandtand Reid', undefined],
    // IDs: listed, or one after the other as a line break in a cell reads; an ID with a note is one.
    ['S-01, S-02', ['S-01', 'S-02']],
    ['S-01 S-03', ['S-01', 'S-03']],
    ['S-01 (deputy S-02)', undefined],
    ['S-01, Sofia Brandt', undefined],
  ];
  for (const [ref, parts] of SEVERAL) {
    it(`"${ref}" names ${parts ? parts.length : 'not several'}`, () => {
      const r = readSeveral(plan, ref);
      assert.deepEqual(r?.kind === 'several' ? r.parts : undefined, parts);
    });
  }

  it('is reported where one person answers for the row, with a fix that keeps each, and accepted for a joint approval', () => {
    const file = fixturePath('rules/unresolved-reference/fires-several-owners.plan.md');
    const text = readFileSync(file, 'utf8');
    const lint = (t: string) =>
      engine
        .lintDocument('x.plan.md', t, { config: DEFAULT_CONFIG, asOf: '2026-12-01', matchesGlob: true })
        .findings.filter((f) => f.rule === 'unresolved-reference');
    const found = lint(text);
    // Two risk owners by ID, two by name, one unknown ID beside a known one, the milestone owner,
    // and a misspelt name among a decision's approvers; not the decision approved by two people,
    // nor an ID with a note or the same person twice.
    assert.deepEqual(
      found.map((f) => f.range.start.line + 1),
      [61, 63, 64, 96, 206],
    );
    const byName = found[1]!;
    assert.deepEqual(
      byName.fixes?.map((f) => f.title),
      ['Keep only "Daniel Osei"', 'Keep only "Sofia Brandt"'],
    );
    for (const fix of byName.fixes!) {
      const after = lint(applyEdits(text, fix.edits));
      assert.deepEqual(
        after.map((f) => f.range.start.line + 1),
        [61, 64, 96, 206],
        fix.title,
      );
    }
    const unknown = found[2]!;
    assert.match(
      unknown.message,
      /names "S-99", who is not in the Stakeholders table\. Did you mean S-09\? One person answers/,
    );
    assert.deepEqual(
      unknown.fixes?.map((f) => f.title),
      ['Keep only "S-12"', 'Keep only "S-09"'],
    );
    const approver = found[4]!;
    assert.deepEqual(
      approver.fixes?.map((f) => [f.title, f.isPreferred]),
      [['Replace "Daniel Osey" with "Daniel Osei"', true]],
    );
    assert.deepEqual(
      lint(applyEdits(text, approver.fixes![0]!.edits)).map((f) => f.range.start.line + 1),
      [61, 63, 64, 96],
    );
    for (const fix of unknown.fixes!) {
      const after = lint(applyEdits(text, fix.edits));
      assert.deepEqual(
        after.map((f) => f.range.start.line + 1),
        [61, 63, 96, 206],
        fix.title,
      );
    }
  });
});

describe('a front-matter role that names several people', () => {
  const file = fixturePath('rules/missing-core-role/fires-several-people.plan.md');
  const text = readFileSync(file, 'utf8');
  const lint = (t: string) =>
    engine.lintDocument('x.plan.md', t, { config: DEFAULT_CONFIG, asOf: '2026-12-01', matchesGlob: true }).findings;
  const found = lint(text).filter((f) => f.rule === 'missing-core-role' || f.rule === 'unresolved-reference');

  it('is reported on each role key that names several, or someone nobody is', () => {
    assert.deepEqual(
      found.map((f) => `${f.target} ${f.rule}`),
      ['sponsor missing-core-role', 'service_owner missing-core-role', 'transition_manager unresolved-reference'],
    );
  });

  it('has fixes that keep one person, quoted where YAML needs it, and leave nothing else', () => {
    const fixes = found.flatMap((f) => (f.fixes ?? []).map((fix) => ({ finding: f, fix })));
    assert.equal(fixes.length, 6);
    for (const { finding, fix } of fixes) {
      const after = applyEdits(text, fix.edits);
      const left = lint(after).filter((f) => f.severity === 'error' || f.severity === 'warning');
      assert.deepEqual(
        left.filter((f) => f.target === finding.target || f.rule === 'front-matter-syntax').map((f) => f.message),
        [],
        fix.title,
      );
      assert.equal(left.length, found.length - 1, fix.title);
    }
    const handle = fixes.find(({ fix }) => fix.title === 'Keep only "@p.raman"');
    assert.match(applyEdits(text, handle!.fix.edits), /^transition_manager: "@p\.raman"$/m);
  });
});

describe('a team under the header a register gives it', () => {
  const row = ['S-01', 'Ann Lee', 'Sponsor'];
  const CASES: readonly (readonly [string, readonly string[], readonly string[]])[] = [
    ['Team', ['Payroll'], ['Payroll']],
    ['Organisation', ['Workforce Informatics'], ['Workforce Informatics']],
    ['Department', ['Finance'], ['Finance']],
    ['Business unit', ['Retail'], ['Retail']],
    // Two headers for one column: the one under its own header is read, whichever comes first.
    ['Organisation | Team', ['Acme Ltd', 'Payroll'], ['Payroll']],
    ['Team | Directorate', ['Payroll', 'Corporate'], ['Payroll']],
    ['Organisation | Department', ['Acme Ltd', 'Finance'], ['Acme Ltd']],
  ];
  it('has cases', () => assert.ok(CASES.length > 0));
  for (const [headers, cells, teams] of CASES) {
    it(`${headers}: ${teams.join(', ')} ${teams.length === 1 ? 'is a team' : 'are teams'}`, () => {
      const plan = stakeholdersPlan(['ID', 'Name', 'Role', ...headers.split(' | ')], [[...row, ...cells]]);
      assert.deepEqual(partyNames(plan), teams);
    });
  }
});

describe('people named by wiki links, as an Obsidian vault names them', () => {
  const example = readFileSync(fixturePath('../../examples/payroll-cloud.plan.md'), 'utf8');
  const findings = (t: string) =>
    engine
      .lintDocument('x.plan.md', t, { config: DEFAULT_CONFIG, asOf: '2026-12-04', matchesGlob: true })
      .findings.map((f) => `${f.rule}: ${f.message}`);

  it('reads a front-matter property holding a wiki link (quoted, as Obsidian writes it) as the person it links to', () => {
    const lines = [
      ['sponsor: S-01', 'sponsor: "[[Helen Marsh]]"'],
      ['service_owner: Daniel Osei', "service_owner: '[[People/Daniel Osei|Daniel]]'"],
      ['project_manager: "@p.raman"', 'project_manager: "[[Priya Raman#Contact]]"'],
    ];
    let text = example;
    for (const [from, to] of lines) {
      assert.ok(text.includes(from), from);
      text = text.replace(from, to);
    }
    assert.deepEqual(findings(text), findings(example));
    // Not read as anyone else: a link to someone not listed is reported by the name it links to.
    const unknown = findings(text.replace('"[[Helen Marsh]]"', '"[[Helen Marchant]]"'));
    assert.ok(
      unknown.some((f) => f.startsWith('missing-core-role: sponsor "Helen Marchant" is not in the Stakeholders table')),
    );
  });
});

describe('a team where one person answers', () => {
  const example = readFileSync(fixturePath('../../examples/payroll-cloud.plan.md'), 'utf8');
  const ROW = '| H-01 | Incident Management | Support model and L1 scripts | S-05 |';
  const lint = (t: string, config = DEFAULT_CONFIG) =>
    engine
      .lintDocument('x.plan.md', t, { config, asOf: '2026-12-04', matchesGlob: true })
      .findings.filter((f) => f.rule === 'unresolved-reference');

  it('is said to be a team, naming its members, with a fix for each, none preferred', () => {
    assert.ok(example.includes(ROW));
    const text = example.replace(ROW, ROW.replace('| S-05 |', '| it service desk |'));
    const [found, ...more] = lint(text);
    assert.ok(found);
    assert.equal(more.length, 0);
    assert.equal(
      found.message,
      'Handover H-01 receiving owner "IT Service Desk" is a team in the Stakeholders table (its members: Grace Lindqvist (S-05), Owen Price (S-11)), not a person: name the one person who answers for it.',
    );
    assert.deepEqual(
      found.fixes?.map((f) => [f.title, f.isPreferred ?? false]),
      [
        ['Replace with Grace Lindqvist (S-05)', false],
        ['Replace with Owen Price (S-11)', false],
      ],
    );
    for (const fix of found.fixes!) assert.deepEqual(lint(applyEdits(text, fix.edits)), [], fix.title);
  });

  it('and a configured party, which has no members to offer', () => {
    const config = parseConfig('parties: [PeopleLine Ltd support]\n', engine.rules);
    assert.deepEqual(config.errors, []);
    const text = example.replace(ROW, ROW.replace('| S-05 |', '| PeopleLine Ltd support |'));
    const [found] = lint(text, config.config);
    assert.match(
      found?.message ?? '',
      /"PeopleLine Ltd support" is a team or organisation \(a configured party\), not a person/,
    );
    assert.equal(found?.fixes, undefined);
  });
});

describe('did-you-mean for an ID', () => {
  it('is the one ID a typo away (a character wrong, missing or extra, or two swapped), and none when several are', () => {
    const plans = ['TP-2026-009', 'TP-2026-031', 'TP-2026-100', 'TP-2026-091'];
    assert.equal(didYouMeanId('TP-2026-03l', plans), 'TP-2026-031');
    assert.equal(didYouMeanId('TP-2026-0031', plans), 'TP-2026-031');
    assert.equal(didYouMeanId('TP-2026-013', plans), 'TP-2026-031');
    // Two digits off is another plan, not a typo.
    assert.equal(didYouMeanId('TP-2026-044', plans), undefined);
    // As near one as another: no guess.
    assert.equal(didYouMeanId('M-07', ['M-01', 'M-06']), undefined);
    assert.equal(didYouMeanId('M-7', ['M-01', 'M-07']), 'M-07');
  });
});

describe('a board written as an approver', () => {
  // ITIL's change advisory board, a US university's governing board, and an executive committee
  // written Exco, as South African and UK companies write it.
  const boards = [
    ['CAB', /is a board/],
    ['the CAB', /is a board/],
    ['ECAB', /is a board/],
    ['Change Advisory Board', /is a board/],
    ['Emergency CAB', /is a board/],
    ['Board of Trustees', /is a board, not a person/],
    ['the Board of Regents', /is a board, not a person/],
    ['Board of Governors', /is a board, not a person/],
    ['Exco', /is a board, not a person/],
    ['ExCo', /is a board, not a person/],
    ['EXCO', /is a board, not a person/],
    ['the Exco', /is a board, not a person/],
  ] as const;
  it('is reported as a board, not as a name to add as a stakeholder', () => {
    assert.ok(boards.length > 0);
    const payroll = readFileSync(path.join(repoRoot, 'examples/payroll-cloud.plan.md'), 'utf8');
    for (const [board, said] of boards) {
      const text = payroll.replace(
        '| Go/No-go | Helen Marsh | - | Proposed |',
        `| Go/No-go | ${board} | - | Proposed |`,
      );
      assert.notEqual(text, payroll);
      const messages = engine
        .lintDocument('payroll.plan.md', text, { asOf: '2026-11-25', matchesGlob: true })
        .findings.filter((f) => f.rule === 'unresolved-reference')
        .map((f) => f.message);
      assert.equal(messages.length, 1, board);
      assert.match(messages[0]!, new RegExp(`"${board}" ${said.source}`), board);
      assert.doesNotMatch(messages[0]!, /Add them as a stakeholder/, board);
    }
  });
});

describe('a first or last name several stakeholders have', () => {
  const shared = stakeholdersPlan(
    ['ID', 'Name', 'Role'],
    [
      ['S-01', 'Steve Morgan', 'Transition manager'],
      ['S-02', 'Steve Dalton', 'Network lead'],
      ['S-03', 'Dr Rose Dalton', 'Analyst'],
      ['S-04', 'Tom Hale', 'Sponsor'],
    ],
  );
  const ids = (rows: readonly { value(key: string): string | undefined }[]) => rows.map((r) => r.value('id'));

  it('could be any of them: ambiguous, never unknown and never one at random', () => {
    for (const [ref, holders] of [
      ['Steve', ['S-01', 'S-02']],
      ['steve', ['S-01', 'S-02']],
      ['@Steve', ['S-01', 'S-02']],
      ['Dalton', ['S-02', 'S-03']],
    ] as const) {
      const r = resolveReference(shared, ref);
      assert.ok(r.kind === 'ambiguous', `${ref}: ${r.kind}`);
      assert.equal(r.by, 'name', ref);
      assert.deepEqual(ids(r.holders), holders, ref);
    }
    // One stakeholder's first or last name, or initial and last name: a did-you-mean to them.
    for (const [ref, name] of [
      ['Tom', 'Tom Hale'],
      ['Rose', 'Dr Rose Dalton'],
      ['S. Dalton', 'Steve Dalton'],
    ] as const) {
      const r = resolveReference(shared, ref);
      assert.ok(r.kind === 'unresolved', `${ref}: ${r.kind}`);
      assert.equal(r.suggestion, name, ref);
      assert.equal(r.meant, 'part', ref);
    }
  });

  const file = fixturePath('rules', 'unresolved-reference', 'fires-name-several-share.plan.md');
  const text = readFileSync(file, 'utf8');
  const findings = engine
    .lintDocument(file, text, { asOf: '2026-06-01', matchesGlob: true })
    .findings.filter((f) => f.rule === 'unresolved-reference');
  const on = (target: string) => findings.find((f) => f.target === target)!;
  const fixes = (target: string) => on(target).fixes?.map((f) => `${f.isPreferred ? '*' : ' '} ${f.title}`);

  it('is reported with who they are and a fix for each, none preferred where nothing singles one out', () => {
    assert.equal(
      on('R-01').message,
      'Risk R-01 owner "Steve" could be any of 2 stakeholders (Steve Morgan (S-04), Steve Dalton (S-05)): name one of them.',
    );
    assert.deepEqual(fixes('R-01'), ['  Set owner to Steve Morgan (S-04)', '  Set owner to Steve Dalton (S-05)']);
    assert.match(
      applyEdits(text, on('R-01').fixes![1]!.edits),
      /\| R-01 \| Cutover overruns the weekend \| 2 \| 2 \| S-05 \|/,
    );
    assert.deepEqual(fixes('R-02'), ['  Set owner to Steve Dalton (S-05)', '  Set owner to Rose Dalton (S-06)']);
    assert.doesNotMatch(findings.map((f) => f.message).join('\n'), /not in the Stakeholders table|Add them/);
  });

  it('prefers the one the context names: the stakeholder listed in the front-matter key’s role', () => {
    assert.equal(
      on('transition_manager').message,
      'transition_manager "Steve" could be any of 2 stakeholders (Steve Morgan (S-04), Steve Dalton (S-05)): name one of them. Steve Morgan (S-04) is listed as Transition manager.',
    );
    assert.deepEqual(fixes('transition_manager'), [
      '* Set transition_manager to Steve Morgan (S-04)',
      '  Set transition_manager to Steve Dalton (S-05)',
    ]);
    assert.match(applyEdits(text, on('transition_manager').fixes![0]!.edits), /^transition_manager: S-04$/m);
  });

  it('beside another name, is said to be any of them', () => {
    assert.equal(
      on('R-03').message,
      'Risk R-03 owner "Ann Lee / Steve": "Steve" could be any of 2 stakeholders (Steve Morgan (S-04), Steve Dalton (S-05)). One person answers for it: keep the one who does.',
    );
  });

  it('on a Sign-off row, prefers the stakeholder who holds the row’s role', () => {
    const fax = readFileSync(path.join(repoRoot, 'examples/legacy-fax-retire.plan.md'), 'utf8');
    const megan = '| S-02 | Megan Doyle | @m.doyle | Service owner | Infrastructure Services |';
    // A second Megan, so that "Megan" could be either.
    const text2 = fax
      .replace(megan, `${megan}\n| S-99 | Megan Price | @m.price | Analyst | Infrastructure Services |`)
      .replace('| Service owner | Megan Doyle | Approved |', '| Service owner | Megan | Approved |');
    assert.ok(text2.includes('Megan Price') && text2.includes('| Service owner | Megan |'));
    const found = engine
      .lintDocument('fax.plan.md', text2, { asOf: '2026-11-25', matchesGlob: true })
      .findings.find((f) => f.rule === 'unresolved-reference' && f.message.includes('"Megan"'));
    assert.ok(found);
    assert.match(
      found.message,
      /could be any of 2 stakeholders .*: name one of them\. Megan Doyle \(S-02\) holds the row's role\.$/,
    );
    assert.deepEqual(
      found.fixes?.map((f) => [f.title, f.isPreferred ?? false]),
      [
        ['Set stakeholder to Megan Doyle (S-02)', true],
        ['Set stakeholder to Megan Price (S-99)', false],
      ],
    );
  });
});

describe('someone who signed on behalf of another stakeholder', () => {
  const file = fixturePath('rules', 'unresolved-reference', 'fires-signed-on-behalf.plan.md');
  const text = readFileSync(file, 'utf8');
  const { plan: signed, findings } = engine.lintDocument(file, text, { asOf: '2026-12-10', matchesGlob: true });

  it('is said to have signed for them, not to be missing from the Stakeholders table', () => {
    const found = findings.find((f) => f.rule === 'unresolved-reference' && f.target === 'signOff')!;
    assert.equal(
      found.message,
      'Sign-off "Service owner" stakeholder "Eve Sim on behalf of Bob Ray": Eve Sim (S-05) signed on behalf of Bob Ray (S-02). Only a board\'s decision is taken from someone who answers for it; a person\'s is their own, and the row\'s role is Bob Ray\'s. Keep the one who signed.',
    );
    // The one fix keeps who signed, not preferred: keeping Bob Ray would record a sign-off he did
    // not give.
    assert.deepEqual(
      found.fixes?.map((f) => [f.title, f.isPreferred ?? false]),
      [['Keep only "Eve Sim"', false]],
    );
    const owner = findings.find((f) => f.rule === 'unresolved-reference' && f.target === 'R-01')!;
    // An owner: either may be the one who answers.
    assert.deepEqual(
      owner.fixes?.map((f) => f.title),
      ['Keep only "Eve Sim"', 'Keep only "Bob Ray"'],
    );
    assert.equal(
      owner.message,
      'Risk R-01 owner "Eve Sim obo Bob Ray" names 2 people: Eve Sim (S-05) on behalf of Bob Ray (S-02). One person answers for it: keep the one who does.',
    );
  });

  it('leaves the role holder’s own sign-off missing', () => {
    assert.ok(
      findings.some(
        (f) => f.rule === 'missing-sign-off' && /Bob Ray \(S-02\) has no Approved sign-off/.test(f.message),
      ),
    );
  });

  it('is read however registers write it, and never as one of them', () => {
    for (const ref of [
      'Eve Sim on behalf of Bob Ray',
      'Eve Sim, on behalf of Bob Ray',
      'Eve Sim obo Bob Ray',
      'Eve Sim pp Bob Ray',
      'Eve Sim for Bob Ray',
      'S-05 on behalf of the Service owner',
      'Eve Sim acting for Bob Ray',
    ]) {
      const d = readDelegation(signed!, ref);
      assert.deepEqual([d?.who.value('id'), d?.forWhom.value('id')], ['S-05', 'S-02'], ref);
      assert.notEqual(resolveReference(signed!, ref).kind, 'person', ref);
    }
    // For a board, the one who answered for it (contract §2); for nobody listed, no delegation.
    assert.equal(readDelegation(signed!, 'Cat Fox for the Project Board'), undefined);
    assert.equal(signed!.person('Cat Fox for the Project Board')?.value('id'), 'S-03');
    assert.equal(readDelegation(signed!, 'Eve Sim for the PMO'), undefined);
  });
});

describe('a front-matter person written as not known yet', () => {
  const file = fixturePath('rules', 'missing-core-role', 'fires-not-named-yet-or-in-part.plan.md');
  const text = readFileSync(file, 'utf8');
  const findings = engine
    .lintDocument(file, text, { asOf: '2026-06-01', matchesGlob: true })
    .findings.filter((f) => f.rule === 'missing-core-role');
  const on = (key: string) => findings.find((f) => f.target === key)!;

  it('names no one yet: said so, with the listed holder of the role as the fix', () => {
    assert.equal(
      on('sponsor').message,
      'sponsor is "TBC": no sponsor is named yet (who funds the transition and approves its closure). Set "sponsor" to a stakeholder\'s ID, name or @handle once confirmed. Helen Marsh (S-01) is listed as sponsor.',
    );
    assert.deepEqual(
      on('sponsor').fixes?.map((f) => [f.title, f.isPreferred]),
      [['Set sponsor to S-01 (Helen Marsh)', true]],
    );
    assert.match(applyEdits(text, on('sponsor').fixes![0]!.edits), /^sponsor: S-01$/m);
  });

  it('a name two have: each of them, the one in the role preferred; part of one name: that one', () => {
    assert.deepEqual(
      on('service_owner').fixes?.map((f) => [f.title, f.isPreferred ?? false]),
      [
        ['Set service_owner to Steve Morgan (S-03)', true],
        ['Set service_owner to Steve Dalton (S-02)', false],
      ],
    );
    assert.match(
      on('project_manager').message,
      /^project_manager "Priya" is only part of a stakeholder's name\. Did you mean "Priya Raman"\?/,
    );
    assert.equal(on('project_manager').fixes?.[0]?.isPreferred, true);
  });
});

describe('practitioner forms of a person reference', () => {
  const titled = stakeholdersPlan(
    ['ID', 'Name', 'Job title', 'Role'],
    [
      ['S-01', 'Nadia Okafor', 'Operations Director', 'Executive'],
      ['S-02', 'Amir Hussain', 'Head of Sales Operations', 'Service owner'],
      ['S-03', 'Rob Ellery', 'Project Manager', 'Project manager'],
    ],
  );
  it('a job title suggests the one stakeholder whose row holds it, saying so', () => {
    const r = resolveReference(titled, 'Head of Sales Operations');
    assert.ok(r.kind === 'unresolved', r.kind);
    assert.equal(r.suggestion, 'Amir Hussain');
    assert.equal(r.suggestionLabel, 'Amir Hussain (S-02), whose Job title it is');
  });
  it('a board with who answered for it in parentheses is that person', () => {
    for (const ref of ['Project Board (Nadia Okafor, Executive)', 'Project Board (Nadia Okafor)']) {
      const r = resolveReference(titled, ref);
      assert.equal(r.kind === 'person' ? r.row.value('id') : r.kind, 'S-01', ref);
    }
  });
});
