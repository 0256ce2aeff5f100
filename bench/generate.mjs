#!/usr/bin/env node
/**
 * Deterministic benchmark corpus: realistic transition plans (contract format, all stages, a few
 * typical defects) written under bench/corpus/. Same generator version → byte-identical files, so
 * runs on different days compare like with like. Regenerated only when the manifest is missing,
 * a corpus is missing or the generator version changed.
 *
 *   node bench/generate.mjs            # make sure every corpus exists
 *   node bench/generate.mjs --force    # rewrite them all
 *   node bench/generate.mjs --corpus plans-1000 --corpus plan-1mb
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Bump whenever the output changes: it invalidates every generated corpus. */
export const GENERATOR_VERSION = 4;
export const CORPUS_ROOT = join(dirname(fileURLToPath(import.meta.url)), 'corpus');
const SEED = 0x5eed2026;
const AS_OF = '2026-11-25';
const FILES_PER_FOLDER = 100;
const FOLDERS_PER_AREA = 10;

/** name → how to build it. The 1,000 corpus is byte-identical to the first 1,000 files of the 10,000 one. */
export const CORPORA = {
  'plans-1000': { kind: 'many', files: 1000, description: '1,000 plans of 4–10 KB, 100 per folder' },
  'plans-10000': { kind: 'many', files: 10000, description: '10,000 plans of 4–10 KB, 100 per folder' },
  'plan-1mb': { kind: 'large', bytes: 1024 * 1024, description: 'one plan of about 1 MB' },
  'plan-10mb': { kind: 'large', bytes: 10 * 1024 * 1024, description: 'one plan of about 10 MB' },
};

// ---------------------------------------------------------------------------------------------
// Seeded randomness (mulberry32; no Math.random anywhere)

function hashSeed(...parts) {
  let h = 0x811c9dc5;
  for (const p of parts) {
    const s = String(p);
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= 0x2f;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function createRng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (list) => list[Math.floor(next() * list.length)],
    weighted(pairs) {
      const total = pairs.reduce((s, [, w]) => s + w, 0);
      let r = next() * total;
      for (const [value, w] of pairs) {
        if ((r -= w) < 0) return value;
      }
      return pairs[pairs.length - 1][0];
    },
    sample(list, n) {
      const copy = [...list];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy.slice(0, n);
    },
  };
  return rng;
}

// ---------------------------------------------------------------------------------------------
// Vocabulary

const FIRST = [
  'Helen',
  'Daniel',
  'Priya',
  'Tomasz',
  'Grace',
  'Sofia',
  'Marcus',
  'Liam',
  'Aisha',
  'Ruth',
  'Owen',
  'Jonas',
  'Megan',
  'Femi',
  'Nina',
  'Sam',
  'Robert',
  'Nadia',
  'Kenji',
  'Lucia',
  'Ahmed',
  'Ingrid',
  'Pavel',
  'Chloe',
  'Mateo',
  'Yuki',
  'Oluwaseun',
  'Freya',
  'Rahul',
  'Elena',
  'Tariq',
  'Brigid',
  'Hugo',
  'Mei',
  'Connor',
  'Zanele',
  'Anders',
  'Fatima',
  'Jakub',
  'Isla',
];
const LAST = [
  'Marsh',
  'Osei',
  'Raman',
  'Wojcik',
  'Lindqvist',
  'Brandt',
  'Bell',
  'Carter',
  'Karim',
  'Adeyemi',
  'Price',
  'Feld',
  'Doyle',
  'Adebayo',
  'Hoffmann',
  'Whitaker',
  'Kaye',
  'Volkova',
  'Tanaka',
  'Ferreira',
  'Haddad',
  'Nilsen',
  'Novak',
  'Dubois',
  'Alvarez',
  'Sato',
  'Okafor',
  'MacLeod',
  'Iyer',
  'Petrova',
  'Aziz',
  'Byrne',
  'Laurent',
  'Chen',
  'Walsh',
  'Dlamini',
  'Berg',
  'Rahman',
  'Kowalski',
  'Fraser',
];
const TEAMS = [
  'Finance',
  'PMO',
  'Service Transition',
  'IT Service Desk',
  'IT Governance',
  'Cloud Platform',
  'Security',
  'Network Services',
  'HR Systems',
  'Claims Operations',
  'Data Platform',
  'Enterprise Architecture',
  'Procurement',
  'Customer Operations',
  'Infrastructure',
];
const EXTRA_ROLES = [
  'Change manager',
  'Service desk manager',
  'Configuration manager',
  'Service level manager',
  'Knowledge manager',
  'Security officer',
  'Vendor delivery lead',
  'Integration lead',
  'Test manager',
  'Operations lead',
  'Release manager',
  'Data protection officer',
  'Business analyst',
  'Capacity manager',
  'Problem manager',
  'Supplier manager',
];
const SERVICES = [
  'Payroll',
  'Broker CRM',
  'IT Service Desk',
  'Claims Portal',
  'Document Management',
  'Email and Calendar',
  'Policy Administration',
  'Data Warehouse',
  'Identity and Access',
  'Telephony',
  'Expenses',
  'Print Services',
  'Customer Self-Service',
  'General Ledger',
  'Backup and Restore',
  'Intranet',
  'Fleet Management',
  'Recruitment',
  'Network Monitoring',
  'Contract Management',
  'Underwriting Workbench',
  'Pensions Administration',
  'Video Conferencing',
  'Field Service Scheduling',
];
const SYSTEMS = [
  'PeopleLine',
  'Beacon ITSM',
  'Northwind CRM',
  'Ledgerly',
  'ArchiveOne',
  'Skyline',
  'Quasar',
  'Harbour',
  'Meridian',
  'Atlas',
  'Fjord',
  'Halcyon',
  'Keystone',
  'Lumen',
  'Orchid',
  'Pylon',
];
const VERBS = {
  new: ['Introduce', 'Launch', 'Roll out', 'Establish'],
  change: ['Move', 'Upgrade', 'Re-platform', 'Consolidate'],
  retire: ['Retire', 'Decommission', 'Switch off', 'Withdraw'],
  transfer: ['Transfer', 'Outsource', 'Insource', 'Hand over'],
};
const ITIL = [
  'Incident Management',
  'Change Management',
  'Service Asset and Configuration Management',
  'Service Level Management',
  'Knowledge Management',
  'Problem Management',
  'Release and Deployment Management',
  'Service Validation and Testing',
  'Information Security Management',
  'Access Management',
  'Request Fulfilment',
  'Event Management',
  'Capacity Management',
  'Availability Management',
  'IT Service Continuity Management',
  'Supplier Management',
  'Financial Management for IT Services',
  'Service Catalogue Management',
];
const ITIL4 = {
  'Change Management': 'Change enablement',
  'Request Fulfilment': 'Service request management',
  'Event Management': 'Monitoring and event management',
  'Service Asset and Configuration Management': 'Service configuration management',
};
const MISSPELLED = {
  'Incident Management': 'Incident Managment',
  'Change Management': 'Change Mangement',
  'Knowledge Management': 'Knowlege Management',
  'Problem Management': 'Problem Managment',
};
const REQUIRED_HANDOVERS = {
  new: [
    'Incident Management',
    'Change Management',
    'Service Asset and Configuration Management',
    'Service Level Management',
    'Knowledge Management',
  ],
  change: [
    'Incident Management',
    'Change Management',
    'Service Asset and Configuration Management',
    'Service Level Management',
    'Knowledge Management',
  ],
  retire: [
    'Incident Management',
    'Change Management',
    'Service Asset and Configuration Management',
    'Knowledge Management',
  ],
  transfer: ['Incident Management', 'Service Level Management', 'Supplier Management'],
};
const RISK_TEXT = [
  'Data migration leaves orphaned records',
  'Vendor misses the go-live window',
  'Key staff unavailable during cutover',
  'Interface to the general ledger fails reconciliation',
  'Security review delays production access',
  'Users not trained before go-live',
  'Licence costs exceed forecast',
  'Performance below SLA at month-end peak',
  'Legacy system cannot be kept read-only',
  'Bank rejects the new file format',
  'Regulator requires notice period longer than planned',
  'Single sign-on groups incomplete at cutover',
  'Backup retention not honoured by the new platform',
  'Test environment not representative of production',
  'Third-party API rate limits hit during batch runs',
  'Knowledge articles not ready for the service desk',
];
const MITIGATIONS = [
  'Two trial migrations with reconciliation reports',
  'Weekly vendor checkpoint; penalty clause agreed',
  'Cutover rota agreed; contractor backfill booked',
  'Parallel run with daily variance triage',
  'Security review booked early; pre-approved architecture pattern',
  'Super-users in every team; e-learning module',
  'Usage reviewed monthly against the licence model',
  'Load test at 150% of the expected peak',
  'Read-only archive licence negotiated',
  'Test submission during parallel run',
];
const CONTINGENCIES = [
  'Keep the legacy system as fallback for one cycle',
  'Move go-live to the next release window',
  'Manual workaround documented and rehearsed',
  'Extend the contract with the incumbent by three months',
  'Roll back using the tested back-out plan',
  'Temporary staff from the framework supplier',
];
const MILESTONES = [
  'Solution design and SDP approved',
  'Environments built and integrated',
  'Data migration trial complete',
  'Service validation and testing complete',
  'Operational acceptance signed',
  'Go/no-go decision at CAB',
  'Cutover complete, service live',
  'Early life support exit',
  'Legacy platform decommissioned',
  'Training delivered to all users',
  'Supplier contract signed',
  'Security accreditation granted',
];
const ACTIVITIES = [
  'Solution design',
  'Environment build',
  'Data migration and reconciliation',
  'Integration testing',
  'Change request and CAB approval',
  'Go/no-go decision',
  'Cutover execution',
  'Training and communications',
  'Early life support and handovers',
  'Supplier onboarding',
  'Decommissioning and disposal',
  'Knowledge transfer',
];
const ISSUES = [
  'Test data refresh late',
  'SSO group missing for approvers',
  'Interface mapping defect in staging',
  'Vendor patch breaks report layout',
  'Firewall change not yet implemented',
  'Licence keys not delivered',
  'Performance test environment unstable',
  'Archive export slower than expected',
];
const CHANNELS = [
  ['Steering group', 'Steering meeting and RAG report', 'Monthly'],
  ['Project team', 'Stand-up on Teams', 'Daily'],
  ['All staff', 'Intranet news and email', 'At go-live'],
  ['CAB', 'Change record update', 'Each CAB'],
  ['Service desk', 'Briefing and KB digest', 'Fortnightly'],
  ['Suppliers', 'Supplier review', 'Monthly'],
  ['Business users', 'Newsletter', 'Fortnightly'],
];
const LESSONS = [
  'Start discovery from the call records, not the CMDB.',
  'Book CAB slots before the baseline is signed.',
  'Parallel runs found more defects than system testing did.',
  'Write knowledge articles before go-live, not after.',
  'Agree acceptance criteria with receiving owners in planning.',
  'A named super-user per shift halved early incidents.',
  'Vendor checkpoints should include their subcontractors.',
  'Keep the legacy system read-only for one extra cycle.',
];
const STATUS_SUMMARIES = [
  'Build on track; integration tests passing',
  'Migration trial reconciled with minor variances',
  'Testing delayed by environment outage; recovery plan in place',
  'Training complete for 80% of users',
  'Go/no-go criteria met; CAB approval obtained',
  'Early life support: incident volume within forecast',
  'Supplier delivery slipped one week',
  'Cutover rehearsal completed successfully',
];
const CURRENCIES = ['GBP', 'EUR', 'USD'];

// ---------------------------------------------------------------------------------------------
// Dates (UTC, ISO strings)

const DAY_MS = 86400000;
function addDays(iso, days) {
  return new Date(Date.parse(iso + 'T00:00:00Z') + days * DAY_MS).toISOString().slice(0, 10);
}
function daysBetween(a, b) {
  return Math.round((Date.parse(b + 'T00:00:00Z') - Date.parse(a + 'T00:00:00Z')) / DAY_MS);
}

// ---------------------------------------------------------------------------------------------
// Markdown building blocks

function tableRow(cells) {
  return '| ' + cells.map((c) => String(c).replace(/\|/g, '\\|')).join(' | ') + ' |\n';
}

/** A register table whose rows can be added one at a time (to reach a target size). */
class RegisterTable {
  constructor(heading, headers, makeRow, { level = 3, growable = true } = {}) {
    this.heading = heading;
    this.headers = headers;
    this.makeRow = makeRow;
    this.growable = growable;
    this.level = level;
    this.before = '';
    this.after = '';
    this.rows = [];
    this.size = this.head().length + 1;
  }
  head() {
    return (
      `${'#'.repeat(this.level)} ${this.heading}\n\n` + tableRow(this.headers) + tableRow(this.headers.map(() => '---'))
    );
  }
  add() {
    const row = tableRow(this.makeRow(this.rows.length));
    this.rows.push(row);
    this.size += row.length;
    return row.length;
  }
  fill(n) {
    while (this.rows.length < n) this.add();
    return this;
  }
  render() {
    return this.before + this.head() + this.rows.join('') + '\n' + this.after;
  }
}

/** A heading with a bullet or task list. */
class ListBlock {
  constructor(heading, makeItem, { growable = false, level = 3 } = {}) {
    this.heading = heading;
    this.makeItem = makeItem;
    this.growable = growable;
    this.level = level;
    this.items = [];
    this.size = heading.length + 6;
  }
  add() {
    const item = `- ${this.makeItem(this.items.length)}\n`;
    this.items.push(item);
    this.size += item.length;
    return item.length;
  }
  fill(n) {
    while (this.items.length < n) this.add();
    return this;
  }
  render() {
    return `${'#'.repeat(this.level)} ${this.heading}\n\n${this.items.join('')}\n`;
  }
}

class Text {
  constructor(text) {
    this.text = text;
    this.size = text.length;
    this.growable = false;
  }
  render() {
    return this.text;
  }
}

const pad2 = (n) => String(n).padStart(2, '0');
const padId = (n, width) => String(n).padStart(width, '0');

// ---------------------------------------------------------------------------------------------
// One plan

const STAGES = ['initiation', 'planning', 'control', 'closure', 'closed'];
const stageAtLeast = (stage, min) => STAGES.indexOf(stage) >= STAGES.indexOf(min);

/** The defects a reviewer typically finds; about a third of the plans get one or two. */
const DEFECTS = [
  ['risk-without-owner', 6],
  ['risk-score-mismatch', 6],
  ['high-risk-without-contingency', 4],
  ['unknown-itil-process', 4],
  ['missing-handover-owner', 4],
  ['raci-two-accountable', 4],
  ['status-stale', 4],
  ['health-mismatch', 3],
  ['table-missing-column', 3],
  ['duplicate-id', 3],
  ['unresolved-reference', 4],
  ['front-matter-enum', 2],
  ['front-matter-missing-key', 2],
  ['front-matter-syntax', 1],
  ['missing-register', 3],
  ['exit-criteria-unmet', 3],
  ['milestone-overdue', 3],
  ['stakeholder-without-role', 3],
  ['expired-waiver', 2],
  ['disable-comment', 2],
];

function personRef(rng, person) {
  return rng.weighted([
    [person.id, 6],
    [person.name, 3],
    [`"${person.handle}"`, 1],
  ]);
}

/**
 * Options: index (corpus position; fixes id and seed), minBytes/maxBytes (target size window),
 * scale (row multiplier for large plans), appendixBytes (extra prose sections).
 */
export function generatePlan({ index, minBytes = 4200, maxBytes = 9600, large = false }) {
  const rng = createRng(hashSeed(SEED, 'plan', index, large ? 'large' : 'small'));
  const stage = large
    ? 'control'
    : rng.weighted([
        ['initiation', 15],
        ['planning', 25],
        ['control', 35],
        ['closure', 12],
        ['closed', 13],
      ]);
  const type = rng.weighted([
    ['new', 40],
    ['change', 40],
    ['retire', 12],
    ['transfer', 8],
  ]);
  const defects = new Set();
  if (!large && rng.chance(0.35)) {
    defects.add(rng.weighted(DEFECTS));
    if (rng.chance(0.3)) defects.add(rng.weighted(DEFECTS));
  }
  const has = (d) => defects.has(d);
  const crlf = !large && rng.chance(0.02);
  const targetBytes = large ? minBytes : rng.int(minBytes, maxBytes);

  const service = rng.pick(SERVICES);
  const system = rng.pick(SYSTEMS);
  const version = rng.int(2, 12);
  const title = `${rng.pick(VERBS[type])} ${service} ${type === 'retire' ? `(${system} ${version})` : `on ${system} ${version}`}`;
  const id = `TP-${2024 + (index % 3)}-${padId(index + 1, 5)}`;
  const currency = rng.pick(CURRENCIES);

  // Timeline relative to the as-of date, consistent with the stage.
  const startOffset = {
    initiation: rng.int(-60, 20),
    planning: rng.int(-150, -60),
    control: rng.int(-330, -120),
    closure: rng.int(-420, -240),
    closed: rng.int(-520, -300),
  }[stage];
  const start = addDays(AS_OF, startOffset);
  const span = rng.int(180, 360);
  const goLive = {
    initiation: addDays(start, span),
    planning: addDays(start, span),
    control: addDays(AS_OF, rng.int(20, 120)),
    closure: addDays(AS_OF, rng.int(-90, -30)),
    closed: addDays(AS_OF, rng.int(-150, -80)),
  }[stage];
  const close = stage === 'closed' ? addDays(AS_OF, rng.int(-20, -2)) : addDays(goLive, rng.int(60, 100));
  // Closed plans have closed every corrective action, so they report green.
  const health =
    stage === 'initiation'
      ? undefined
      : stage === 'closed'
        ? 'green'
        : rng.weighted([
            ['green', 70],
            ['amber', 22],
            ['red', 8],
          ]);

  // People.
  const peopleCount = large ? 60 : rng.int(6, 12);
  const names = new Set();
  const people = [];
  const roles = [
    'Sponsor',
    'Service owner',
    'Project manager',
    'Transition manager',
    ...rng.sample(EXTRA_ROLES, EXTRA_ROLES.length),
  ];
  while (people.length < peopleCount) {
    const first = rng.pick(FIRST);
    const last = rng.pick(LAST);
    const name = `${first} ${last}`;
    if (names.has(name)) continue;
    names.add(name);
    const n = people.length + 1;
    people.push({
      id: `S-${pad2(n)}`,
      name,
      handle: `@${first[0].toLowerCase()}.${last.toLowerCase()}`,
      role:
        roles[people.length % roles.length] +
        (people.length >= roles.length ? ` ${Math.floor(people.length / roles.length) + 1}` : ''),
      team: rng.pick(TEAMS),
    });
  }
  const [sponsor, owner, pm, tm] = people;
  const anyone = () => rng.pick(people);
  const personCell = (p = anyone()) =>
    rng.weighted([
      [p.id, 8],
      [p.name, 2],
    ]);

  // Front matter.
  let scheduleDays = 10;
  let cadence = 14;
  const fm = [
    'schema: transition-plan/1',
    `id: ${id}`,
    `title: ${title}`,
    `service: ${service}`,
    `transition_type: ${type}`,
  ];
  fm.push(`stage: ${has('front-matter-enum') ? rng.pick(['planing', 'contol', 'closing']) : stage}`);
  if (health) fm.push(`health: ${has('health-mismatch') ? (health === 'green' ? 'amber' : 'green') : health}`);
  fm.push(`sponsor: ${personRef(rng, sponsor)}`);
  if (!has('front-matter-missing-key')) fm.push(`service_owner: ${personRef(rng, owner)}`);
  fm.push(`project_manager: ${has('unresolved-reference') ? 'S-99' : personRef(rng, pm)}`);
  if (rng.chance(0.6)) fm.push(`transition_manager: ${personRef(rng, tm)}`);
  if (stageAtLeast(stage, 'planning') || rng.chance(0.3)) {
    fm.push(`change_ref: RFC-${start.slice(0, 4)}-${padId(rng.int(1, 9999), 4)}`);
    if (rng.chance(0.4))
      fm.push(`release_ref: REL-${goLive.slice(0, 7).replace('-', '.')}-${service.slice(0, 3).toUpperCase()}`);
    fm.push(`sdp: https://wiki.example.org/sdp/${service.toLowerCase().replace(/[^a-z]+/g, '-')}-${index}`);
    fm.push('dates:', `  start: ${start}`, `  go_live: ${goLive}`, `  close: ${close}`);
    const approved = rng.int(4, 120) * 5000;
    fm.push(
      'budget:',
      `  currency: ${currency}`,
      `  approved: ${approved}`,
      `  contingency: ${Math.round(approved * 0.08)}`,
    );
    if (rng.chance(0.5)) {
      scheduleDays = rng.pick([5, 10, 14]);
      fm.push('tolerances:', `  cost_pct: ${rng.pick([5, 10, 15])}`, `  schedule_days: ${scheduleDays}`);
    }
  }
  if (rng.chance(0.3)) {
    cadence = rng.pick([7, 14, 14, 28]);
    fm.push(`reporting_cadence_days: ${cadence}`);
  }
  if (index % FILES_PER_FOLDER > 0 && rng.chance(0.15)) {
    const dep = index - rng.int(1, Math.min(index % FILES_PER_FOLDER, 20));
    fm.push(`depends_on: [TP-${2024 + (dep % 3)}-${padId(dep + 1, 5)}]`);
  }
  fm.push(
    `tags: [${rng.sample(['finance', 'cloud', 'saas', 'infrastructure', 'hr', 'security', 'customer', 'data', 'legacy', 'regulatory'], rng.int(1, 3)).join(', ')}]`,
  );
  if (has('front-matter-syntax')) fm.splice(3, 0, `notes: "unterminated quote`);
  const budgetApproved = Number((fm.find((l) => l.startsWith('  approved:')) ?? '  approved: 100000').split(': ')[1]);

  const blocks = [];
  const text = (s) => blocks.push(new Text(s));
  text(`---\n${fm.join('\n')}\n---\n\n# ${title}\n\n`);
  text(
    `The ${service} service (${rng.int(40, 4000).toLocaleString('en-GB')} users) ${{ new: 'starts on', change: 'moves to', retire: 'is retired from', transfer: 'is transferred with' }[type]} ` +
      `${system} ${version}; go-live is planned for ${goLive}. This plan tracks the transition from design to early life support.\n\n`,
  );

  // --- Initiation
  text('## Project Initiation\n\n');
  blocks.push(
    new RegisterTable(
      'Stakeholders',
      ['ID', 'Name', 'Handle', 'Role', 'Team'],
      (i) => {
        const p = people[i];
        const role = has('stakeholder-without-role') && i === people.length - 1 ? '' : p.role;
        return [p.id, p.name, p.handle, role, p.team];
      },
      { growable: false },
    ).fill(people.length),
  );
  const wordScale = ['Very low', 'Low', 'Medium', 'High', 'Very high'];
  const wordy = rng.chance(0.25);
  const riskHeaders = wordy
    ? [
        'ID',
        'Description',
        'Likelihood',
        'Impact',
        'Score',
        'Owner',
        'Response',
        'Mitigation',
        'Contingency',
        'Status',
        'Review',
      ]
    : ['ID', 'Risk', 'L', 'I', 'Score', 'Owner', 'Response', 'Mitigation', 'Contingency', 'Status', 'Review'];
  if (has('table-missing-column')) riskHeaders.splice(riskHeaders.indexOf('Mitigation'), 1);
  const closedPlan = stage === 'closed';
  const risks = new RegisterTable('Risks', riskHeaders, (i) => {
    const l = rng.int(1, 5);
    const im = rng.int(1, 5);
    let score = l * im;
    if (has('risk-score-mismatch') && i === 1) score += rng.pick([-2, 1, 3]);
    const open = !closedPlan && rng.chance(0.75);
    const response = rng.weighted([
      ['Mitigate', 7],
      ['Accept', 1],
      ['Transfer', 1],
      ['Avoid', 1],
    ]);
    const high = l * im >= 15;
    let contingency = high || rng.chance(0.6) ? rng.pick(CONTINGENCIES) : '-';
    if (has('high-risk-without-contingency') && i === 0) contingency = '';
    const cells = {
      ID: has('duplicate-id') && i === 2 ? 'R-01' : `R-${pad2(i + 1)}`,
      Risk: rng.pick(RISK_TEXT),
      L: wordy ? wordScale[l - 1] : l,
      I: wordy ? wordScale[im - 1] : im,
      Score: score,
      Owner: has('risk-without-owner') && i === 0 ? '' : personCell(),
      Response: response,
      Mitigation: response === 'Accept' ? '-' : rng.pick(MITIGATIONS),
      Contingency: contingency,
      Status: open ? 'Open' : 'Closed',
      Review: open ? addDays(AS_OF, rng.int(3, 60)) : addDays(AS_OF, rng.int(-200, -10)),
    };
    if (has('high-risk-without-contingency') && i === 0)
      Object.assign(cells, {
        L: wordy ? 'High' : 4,
        I: wordy ? 'Very high' : 5,
        Score: 20,
        Status: closedPlan ? 'Closed' : 'Open',
      });
    return riskHeaders.map((h) => cells[{ Description: 'Risk', Likelihood: 'L', Impact: 'I' }[h] ?? h]);
  });
  blocks.push(risks.fill(3));
  const omitRegister = has('missing-register') ? rng.pick(['Resources', 'Communication plan', 'Issues']) : undefined;
  blocks.push(
    new RegisterTable('Assumptions and constraints', ['ID', 'Type', 'Statement', 'Owner', 'Status'], (i) => [
      `A-${pad2(i + 1)}`,
      rng.pick(['Assumption', 'Constraint']),
      rng.pick([
        'No cutover inside the month-end window',
        'Vendor provides a non-production tenant',
        'Data stays in the EU',
        'Existing licences can be extended by one quarter',
        'Budget approved at the current exchange rate',
        'Change freeze applies from 15 December to 5 January',
      ]),
      personCell(),
      rng.pick(['Active', 'Validated', 'Open']),
    ]).fill(2),
  );
  if (omitRegister !== 'Resources') {
    blocks.push(
      new RegisterTable('Resources', ['ID', 'Resource', 'Provided by', 'Allocation', 'Confirmed'], (i) => [
        `RS-${pad2(i + 1)}`,
        rng.pick([
          'Vendor implementation team (3 FTE)',
          'Business analysts (2 FTE)',
          'Integration engineer',
          'Non-production tenant for UAT',
          'Test automation licences',
          'Trainers for go-live week',
        ]),
        personCell(),
        rng.pick(['100%', '60%', '50%', '20%', 'Dedicated']),
        rng.pick(['yes', 'yes', 'no']),
      ]).fill(2),
    );
  }
  const exitCriteria = (section, items) => {
    const past = STAGES.indexOf(stage) > STAGES.indexOf(section);
    const unmet = has('exit-criteria-unmet') && past && section === 'initiation';
    text(
      '### Exit criteria\n\n' +
        items.map((t, i) => `- [${past && !(unmet && i === 0) ? 'x' : rng.chance(0.5) ? 'x' : ' '}] ${t}\n`).join('') +
        '\n',
    );
  };
  exitCriteria('initiation', [
    'Business case approved',
    'Risks and constraints reviewed with the sponsor',
    'Resources confirmed by their providers',
  ]);

  // --- Planning and later
  const raciPeople = people.slice(0, Math.min(people.length, large ? 10 : rng.int(4, 7)));
  if (stageAtLeast(stage, 'planning')) {
    text('## Project Planning and Coordination\n\n');
    const mCount = large ? 40 : rng.int(4, 8);
    const step = Math.max(7, Math.floor(daysBetween(start, close) / (mCount + 1)));
    const milestones = new RegisterTable(
      'Milestones',
      ['ID', 'Milestone', 'Owner', 'Baseline', 'Forecast', 'Actual', 'Depends on', 'Status'],
      (i) => {
        const baseline = addDays(start, step * (i + 1));
        const slip = rng.chance(0.2) ? rng.int(1, scheduleDays - 1) : 0;
        const forecast = addDays(baseline, slip);
        const overdue = has('milestone-overdue') && i === 1;
        const done = !overdue && forecast < AS_OF;
        return [
          `M-${pad2(i + 1)}`,
          MILESTONES[i % MILESTONES.length] +
            (i >= MILESTONES.length ? ` (wave ${Math.floor(i / MILESTONES.length) + 1})` : ''),
          personCell(),
          baseline,
          forecast,
          done ? forecast : '-',
          i === 0 ? '-' : `M-${pad2(i)}`,
          done ? 'Done' : overdue ? 'At risk' : rng.pick(['On track', 'Not started']),
        ];
      },
      { growable: false },
    );
    blocks.push(milestones.fill(mCount));
    blocks.push(
      new RegisterTable('Responsibilities', ['Activity', ...raciPeople.map((p) => p.id)], (i) => {
        const cells = raciPeople.map(() => rng.pick(['C', 'I', 'I', '-', 'R']));
        cells[rng.int(0, cells.length - 1)] = 'R';
        const a = rng.int(0, cells.length - 1);
        cells[a] = cells[a] === 'R' || rng.chance(0.2) ? 'A/R' : 'A';
        for (let k = 0; k < cells.length; k++) if (k !== a && cells[k].includes('A')) cells[k] = 'R';
        if (has('raci-two-accountable') && i === 0) cells[(a + 1) % cells.length] = 'A';
        const act = ACTIVITIES[i % ACTIVITIES.length];
        return [i >= ACTIVITIES.length ? `${act} (${Math.floor(i / ACTIVITIES.length) + 1})` : act, ...cells];
      }).fill(4),
    );
    const interfaces = new RegisterTable(
      'Process interfaces',
      ['ID', 'Process', 'Provides', 'Contact', 'Needed by', 'Status'],
      (i) => {
        let process = ITIL[(i + 1) % ITIL.length];
        if (rng.chance(0.15) && ITIL4[process]) process = ITIL4[process];
        if (has('unknown-itil-process') && i === 0) process = MISSPELLED[ITIL[1]] ?? 'Change Mangement';
        return [
          `PI-${pad2(i + 1)}`,
          process,
          rng.pick([
            'RFC and CAB slot',
            'Release package and runbook',
            'Test plan and exit report',
            'CI model for the new platform',
            'Security assessment',
            'SLA draft',
            'Support model',
          ]),
          rng.chance(0.05) ? 'TBD' : personCell(),
          addDays(goLive, -rng.int(5, 60)),
          rng.pick(['Agreed', 'Draft', 'Complete']),
        ];
      },
    );
    blocks.push(interfaces.fill(3));
    exitCriteria('planning', [
      'Milestones baselined by the steering group',
      'RACI agreed by every named stakeholder',
      'Process interfaces agreed',
    ]);
  }
  if (stageAtLeast(stage, 'control')) {
    text('## Project Control\n\n');
    const lines = [
      'Vendor services',
      'Subscription, year 1',
      'Internal staff and backfill',
      'Integrations',
      'Data migration',
      'Training and communications',
    ];
    const shares = lines.map(() => rng.int(1, 6));
    const total = shares.reduce((a, b) => a + b, 0);
    blocks.push(
      new RegisterTable(
        'Resource consumption',
        ['Line', 'Approved', 'Actual', 'Forecast', 'Owner'],
        (i) => {
          const approved = Math.round((budgetApproved * shares[i]) / total / 100) * 100;
          const forecast = Math.round(approved * (0.93 + rng.next() * 0.1));
          return [lines[i], approved, Math.round(forecast * (stage === 'control' ? 0.6 : 1)), forecast, personCell()];
        },
        { growable: false },
      ).fill(lines.length),
    );
    if (omitRegister !== 'Issues') {
      blocks.push(
        new RegisterTable('Issues', ['ID', 'Issue', 'Priority', 'Owner', 'Raised', 'Due', 'Status'], (i) => {
          const raised = addDays(AS_OF, -rng.int(5, 120));
          return [
            `I-${pad2(i + 1)}`,
            rng.pick(ISSUES),
            rng.pick(['Low', 'Medium', 'High']),
            personCell(),
            raised,
            addDays(raised, rng.int(7, 30)),
            closedPlan || rng.chance(0.5) ? 'Closed' : 'Open',
          ];
        }).fill(2),
      );
    }
    const needsAction = health && health !== 'green';
    blocks.push(
      new RegisterTable('Corrective actions', ['ID', 'Action', 'Owner', 'Due', 'Status', 'Link'], (i) => [
        `CA-${pad2(i + 1)}`,
        rng.pick([
          'Vendor fixes the defect; retest in the next cycle',
          'Weekend testing to recover the slip',
          'Escalate licence delivery to the supplier manager',
          'Add a second migration rehearsal',
        ]),
        personCell(),
        addDays(AS_OF, rng.int(-30, 30)),
        !closedPlan && needsAction && i === 0 ? 'Open' : closedPlan ? 'Closed' : rng.pick(['Open', 'Closed']),
        omitRegister !== 'Issues' && rng.chance(0.5) ? `I-0${rng.int(1, 2)}` : '-',
      ]).fill(needsAction ? 2 : 1),
    );
    exitCriteria('control', [
      'All migration trials reconciled',
      'Go decision recorded at CAB',
      'Forecast spend within approved budget at cutover',
    ]);
  }
  if (stageAtLeast(stage, 'planning')) {
    text('## Project Reporting and Communication\n\n');
    if (stageAtLeast(stage, 'control') || rng.chance(0.6)) {
      const newest = has('status-stale') ? addDays(AS_OF, -rng.int(30, 60)) : addDays(AS_OF, -rng.int(0, cadence - 1));
      blocks.push(
        new RegisterTable(
          'Status log',
          ['Date', 'Health', 'Summary', 'Risks and challenges', 'Decisions needed'],
          (i) => {
            const h =
              i === 0
                ? health
                : rng.weighted([
                    ['green', 6],
                    ['amber', 3],
                    ['red', 1],
                  ]);
            const healthCell = rng.chance(0.1)
              ? { green: '🟢', amber: '🟡', red: '🔴' }[h]
              : h[0].toUpperCase() + h.slice(1);
            return [
              addDays(newest, -14 * i),
              healthCell,
              rng.pick(STATUS_SUMMARIES),
              rng.chance(0.5) ? `R-0${rng.int(1, 3)} remains open` : '-',
              '-',
            ];
          },
        ).fill(2),
      );
    }
    if (omitRegister !== 'Communication plan') {
      blocks.push(
        new RegisterTable('Communication plan', ['Audience', 'Channel', 'Frequency', 'Owner'], (i) => {
          const [audience, channel, frequency] = CHANNELS[i % CHANNELS.length];
          return [
            i >= CHANNELS.length ? `${audience} (${Math.floor(i / CHANNELS.length) + 1})` : audience,
            channel,
            frequency,
            personCell(),
          ];
        }).fill(3),
      );
    }
    text('## Project Closure\n\n');
    const required = REQUIRED_HANDOVERS[type];
    const extra = rng.sample(
      ITIL.filter((p) => !required.includes(p)),
      large ? 0 : rng.int(0, 2),
    );
    const processes = [...required, ...extra];
    const checklistIds = [];
    const handovers = new RegisterTable(
      'Handovers',
      ['ID', 'Process', 'Handed over', 'Receiving owner', 'Acceptance criteria', 'Planned', 'Status', 'Accepted on'],
      (i) => {
        const process = processes[i % processes.length];
        const hid = `H-${pad2(i + 1)}`;
        const planned = addDays(goLive, rng.int(-20, 20));
        const status = closedPlan
          ? 'Accepted'
          : stage === 'closure'
            ? rng.pick(['Accepted', 'Accepted', 'Ready'])
            : rng.pick(['Planned', 'Ready']);
        const withChecklist = rng.chance(large ? 0.5 : 0.1);
        if (withChecklist) checklistIds.push([hid, process, status === 'Accepted']);
        return [
          hid,
          i >= processes.length ? `${process}` : process,
          rng.pick([
            'Support model and L1 scripts',
            'Standard change models',
            'CI records and relationships',
            'SLA and supplier OLA',
            'KB articles and runbooks',
            'Role model and access reviews',
          ]),
          has('missing-handover-owner') && i === 0 ? 'TBD' : personCell(),
          withChecklist
            ? '-'
            : rng.pick([
                'Desk trained; mock incidents resolved',
                'Models approved by CAB',
                'CIs verified in the CMDB',
                'SLA signed by the service owner',
                'Articles reviewed and published',
              ]),
          planned,
          status,
          status === 'Accepted' ? addDays(planned, rng.int(0, 5)) : '-',
        ];
      },
      { growable: false },
    );
    handovers.fill(large ? 300 : processes.length);
    handovers.after = checklistIds
      .map(([hid, process, accepted]) => {
        const box = accepted ? 'x' : ' ';
        return `#### ${hid} ${process} acceptance\n\n- [x] Receiving team briefed\n- [${box}] Runbook walked through with the receiving owner\n- [${box}] Support contacts published\n\n`;
      })
      .join('');
    handovers.size += handovers.after.length;
    blocks.push(handovers);
    if (stageAtLeast(stage, 'closure')) {
      blocks.push(
        new RegisterTable('Early life support', ['ID', 'Exit criterion', 'Target', 'Met', 'Evidence'], (i) => [
          `ELS-${pad2(i + 1)}`,
          rng.pick([
            'No P1/P2 incident caused by the change',
            'Incident volume within forecast',
            'Service desk first-time fix rate',
            'Batch jobs complete inside the window',
            'Users trained',
          ]),
          rng.pick(['0 in 30 days', '< 120 a week', '≥ 70%', '100%']),
          closedPlan ? 'yes' : rng.pick(['yes', 'no']),
          rng.pick(['Incident report', 'Weekly ops review', 'Training records', 'Scheduler log']),
        ]).fill(2),
      );
      blocks.push(
        new ListBlock('Lessons learned', (i) => LESSONS[(i + index) % LESSONS.length], { growable: true }).fill(2),
      );
    }
    if (closedPlan) {
      blocks.push(
        new RegisterTable(
          'Sign-off',
          ['Role', 'Stakeholder', 'Decision', 'Date'],
          (i) => {
            const p = [sponsor, owner, pm][i] ?? anyone();
            return [p.role, personCell(p), 'Approved', addDays(close, -rng.int(0, 3))];
          },
          { growable: false },
        ).fill(3),
      );
    }
  }
  if (has('expired-waiver') || rng.chance(0.04)) {
    const expired = has('expired-waiver');
    blocks.push(
      new RegisterTable(
        'Waivers',
        ['Rule', 'Target', 'Reason', 'Approved by', 'Expires'],
        () => [
          'risk-without-mitigation',
          'R-02',
          'Accepted at steering; revisit after the pilot',
          personCell(sponsor),
          expired ? addDays(AS_OF, -rng.int(5, 90)) : addDays(AS_OF, rng.int(20, 120)),
        ],
        { level: 2, growable: false },
      ).fill(1),
    );
  }
  if (has('disable-comment')) risks.before = '<!-- handoff-disable risk-score-mismatch -->\n\n';
  if (has('disable-comment')) risks.after = '<!-- handoff-enable risk-score-mismatch -->\n\n';

  // Grow registers until the target size is reached.
  const growable = blocks.filter((b) => b.growable);
  let size = blocks.reduce((s, b) => s + b.size, 0);
  while (size < targetBytes && growable.length) size += rng.pick(growable).add();

  let out = blocks
    .map((b) => b.render())
    .join('')
    .replace(/\n{3,}/g, '\n\n');
  if (!out.endsWith('\n')) out += '\n';
  if (crlf) out = out.replace(/\n/g, '\r\n');
  return { text: out, stage, defects: [...defects] };
}

/**
 * A large plan: a complete `control` plan whose registers hold thousands of rows, followed by
 * appendix sections of prose, lists and small tables (many level-2 sections), up to `bytes`.
 */
export function generateLargePlan(bytes, index) {
  const rng = createRng(hashSeed(SEED, 'appendix', bytes));
  // About 60 % of the bytes in register rows, the rest in appendix sections.
  let { text } = generatePlan({ index, minBytes: Math.round(bytes * 0.6), large: true });
  const parts = [text];
  let size = text.length;
  let n = 0;
  while (size < bytes) {
    n++;
    const site = `${rng.pick(['North', 'South', 'East', 'West', 'Central'])} ${rng.pick(['depot', 'office', 'data centre', 'branch', 'hub'])} ${n}`;
    let s = `## Appendix ${n}: rollout notes for ${site}\n\n`;
    s +=
      `The **${site}** cutover follows the standard runbook, with local changes listed here. ` +
      `Contact the site lead before ${addDays(AS_OF, rng.int(1, 90))} and see the [runbook](https://wiki.example.org/runbooks/site-${n}) ` +
      `and \`cutover-${n}.yaml\` for the exact sequence.\n\n`;
    s += `### Site ${n} checklist\n\n`;
    for (let i = 0; i < rng.int(3, 6); i++)
      s += `- ${rng.pick(['Confirm network readiness', 'Brief local super-users', 'Verify printer mappings', 'Check badge access to the comms room', 'Schedule the on-site engineer', 'Collect legacy hardware'])} (*owner*: S-${pad2(rng.int(1, 12))})\n`;
    s += `\n### Site ${n} contacts\n\n| Role | Contact | Hours |\n| --- | --- | --- |\n`;
    for (let i = 0; i < rng.int(2, 4); i++)
      s += `| ${rng.pick(['Site lead', 'Facilities', 'Local IT', 'Security'])} | ${rng.pick(FIRST)} ${rng.pick(LAST)} | ${rng.pick(['08:00–18:00', '24/7', 'Office hours'])} |\n`;
    s += `\n> Note: ${rng.pick(STATUS_SUMMARIES)}.\n\n`;
    parts.push(s);
    size += s.length;
  }
  return parts.join('');
}

// ---------------------------------------------------------------------------------------------
// Writing corpora

function manifestPath() {
  return join(CORPUS_ROOT, 'manifest.json');
}

export function readManifest() {
  try {
    return JSON.parse(readFileSync(manifestPath(), 'utf8'));
  } catch {
    return undefined;
  }
}

/** Relative path of plan `index` inside a many-file corpus: area-NN/team-NN/NNNNN-slug.plan.md. */
function planPath(index) {
  const folder = Math.floor(index / FILES_PER_FOLDER);
  const area = Math.floor(folder / FOLDERS_PER_AREA);
  return join(`area-${pad2(area)}`, `team-${pad2(folder % FOLDERS_PER_AREA)}`, `${padId(index + 1, 5)}.plan.md`);
}

const HANDOFF_CONFIG = `# Benchmark corpus configuration (same settings as the bundled examples).
plans: ["**/*.plan.md"]
high_risk_score: 15
tolerances: { cost_pct: 10, schedule_days: 10 }
`;

function writeCorpus(name, spec, log) {
  const dir = join(CORPUS_ROOT, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, '.handoff.yaml'), HANDOFF_CONFIG);
  let bytes = 0;
  let files = 0;
  const stages = {};
  const defects = {};
  const t0 = performance.now();
  if (spec.kind === 'many') {
    let lastDir = '';
    for (let i = 0; i < spec.files; i++) {
      const rel = planPath(i);
      const d = dirname(join(dir, rel));
      if (d !== lastDir) mkdirSync((lastDir = d), { recursive: true });
      const plan = generatePlan({ index: i });
      writeFileSync(join(dir, rel), plan.text);
      bytes += Buffer.byteLength(plan.text);
      files++;
      stages[plan.stage] = (stages[plan.stage] ?? 0) + 1;
      for (const d of plan.defects) defects[d] = (defects[d] ?? 0) + 1;
    }
  } else {
    const text = generateLargePlan(spec.bytes, 900000 + Math.round(spec.bytes / 1024));
    writeFileSync(join(dir, 'large.plan.md'), text);
    bytes = Buffer.byteLength(text);
    files = 1;
  }
  log?.(
    `generated ${name}: ${files} file(s), ${(bytes / 1048576).toFixed(1)} MiB in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  return { description: spec.description, dir: relative(CORPUS_ROOT, dir), files, bytes, stages, defects };
}

function countPlans(dir) {
  let n = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.plan.md')) n++;
  }
  return n;
}

/** Makes sure the named corpora exist at the current generator version; returns the manifest. */
export function ensureCorpora(names = Object.keys(CORPORA), { force = false, log = console.log } = {}) {
  let manifest = readManifest();
  if (!manifest || manifest.generatorVersion !== GENERATOR_VERSION || manifest.seed !== SEED) {
    manifest = { generatorVersion: GENERATOR_VERSION, seed: SEED, asOf: AS_OF, corpora: {} };
  }
  for (const name of names) {
    const spec = CORPORA[name];
    if (!spec) throw new Error(`unknown corpus ${name}; known: ${Object.keys(CORPORA).join(', ')}`);
    const entry = manifest.corpora[name];
    let ok = !force && entry !== undefined;
    if (ok) {
      try {
        ok = statSync(join(CORPUS_ROOT, name)).isDirectory() && countPlans(join(CORPUS_ROOT, name)) === entry.files;
      } catch {
        ok = false;
      }
    }
    if (ok) continue;
    manifest.corpora[name] = writeCorpus(name, spec, log);
    mkdirSync(CORPUS_ROOT, { recursive: true });
    writeFileSync(manifestPath(), JSON.stringify(manifest, null, 2) + '\n');
  }
  return manifest;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const names = [];
  for (let i = 0; i < args.length; i++) if (args[i] === '--corpus') names.push(args[++i]);
  const manifest = ensureCorpora(names.length ? names : undefined, { force: args.includes('--force') });
  for (const [name, c] of Object.entries(manifest.corpora)) {
    console.log(`${name}: ${c.files} file(s), ${(c.bytes / 1048576).toFixed(2)} MiB`);
  }
}
