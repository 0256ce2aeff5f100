/**
 * A transition PM's editing session on a plan at planning, pasted from Confluence: British dates,
 * `TBC` owners, first names and handles for people, `<br>` and long cells, an emoji health,
 * register headings spelt the way teams spell them. Hover, completion and navigation at the
 * places a PM puts the cursor, answered exactly on the token.
 */
import assert from 'node:assert/strict';
import type {
  CompletionItem,
  DocumentSymbol,
  Hover,
  Location,
  Position,
  Range,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { memUri, startInMemory, type MemoryServer } from './inMemory.js';
import { editsFor, posOf } from './util.js';

const HR_PLAN = `---
schema: transition-plan/1
id: TP-2026-040
title: HR self-service portal (Workday)
service: HR Self-Service
transition_type: new
stage: planning
health: amber
sponsor: Harriet
service_owner: S-02
project_manager: "@b.okafor"
change_ref: TBC
dates:
  start: 2026-09-01
  go_live: 2027-02-15
  close: 2027-04-30
budget:
  currency: GBP
  approved: 250000
  contingency: 20000
tags: [hr, saas]
---

# HR self-service portal (Workday)

Pasted from the Confluence page "HR SSP – Transition Plan v0.3" on 23/10/2026. Top risk is R-01.

## 1. Project Initiation

### Stakeholder Register

| ID | Name | Handle | Role | Team |
| --- | --- | --- | --- | --- |
| S-01 | Harriet Lowe | @h.lowe | Sponsor | HR Leadership |
| S-02 | Marco Rossi | @m.rossi | Service owner | HR Operations |
| S-03 | Bola Okafor | @b.okafor | Project manager | PMO |
| S-04 | Chen Wei | @c.wei | Integration lead | Enterprise Apps |
| S-05 | Sam Patel | @s.patel | Change manager | IT Governance |

### Risk Log

| ID | Risk | L | I | Score | Owner | Response | Mitigation | Contingency | Status | Review |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
| R-01 | Payroll interface not ready for the Feb cut-over; vendor has not confirmed the API version and our integration team is also committed to the finance ERP upgrade in the same window | H | H | 16 | Chen | Mitigate | Weekly interface stand-up<br>Escalate to vendor account manager | Manual CSV upload for the first two cycles | Open | 23/10/2026 |
| R-02 | Managers don't use the portal | M | M | 9 | TBC | Mitigate | Manager champions, drop-in clinics | - | Open | 2026-11-06 |
| R-03 | Data protection sign-off late | L | H | 8 | @m.rossi | Reduce | DPIA started early | - | Open | 2026-11-20 |

### Assumptions and constraints

| ID | Type | Statement | Owner | Status |
| --- | --- | --- | --- | --- |
| A-01 | Assumption | Workday tenant provisioned by the vendor | Chen | Open |

## 2. Project Planning & Coordination

### Milestone Plan

| ID | Milestone | Owner | Baseline | Forecast | Depends on | Status |
| --- | --- | --- | --- | --- | --- | --- |
| M-01 | Design signed off | Bola | 30/10/2026 | - | - | On track |
| M-02 | Integrations built | S-04 | 2026-12-11 | 2026-12-18 | M-01 | At risk |
| M-03 | UAT complete | S-03 | 2027-01-29 | 2027-01-29 | M-02 | Not started |

## Project Reporting and Communication

### Status log

| Date | Health | Summary | Risks and challenges | Decisions needed |
| --- | --- | --- | --- | --- |
| 23/10/2026 | 🟡 | Design workshops done; interface **late** (see H-02) | R-01 | Approve CSV fallback |

### Decision log

| ID | Decision | Type | Approved by | Date | Status | Covers |
| --- | --- | --- | --- | --- | --- | --- |
| D-01 | CSV fallback for payroll interface | Scope | Harriet | 2026-10-23 | Approved | M-02 |

## Project Closure

### Hand-offs

| ID | Process | Handed over | Receiving owner | Acceptance criteria | Planned | Status |
| --- | --- | --- | --- | --- | --- | --- |
| H-01 | Incident Management | L1 scripts | TBC | Desk trained | 2027-02-10 | Planned |
| H-02 | Knowledge Management | KB articles | @m.rossi | 10 articles <script>alert(1)</script> | 2027-02-10 | Planned |
`;

const URI = memUri('hr/hr-portal.plan.md');

/** The text a range covers in the plan. */
function textAt(text: string, r: Range): string {
  assert.equal(r.start.line, r.end.line, 'a one-line range');
  return text.split(/\r?\n/)[r.start.line]!.slice(r.start.character, r.end.character);
}

/** A server over `files`, with `uri` open and linted as of 2026-10-26. */
async function openPlan(files: Record<string, string>, uri: string): Promise<MemoryServer> {
  const server = await startInMemory(files, { initializationOptions: { asOf: '2026-10-26', debounceMs: 0 } });
  const rel = uri.slice(memUri('').length);
  const opened = server.client.nextDiagnostics(uri, (_d, p) => p.version === 1);
  server.client.open(uri, files[rel]!);
  await opened;
  return server;
}

describe('editor session: a messy plan at planning', function () {
  let server: MemoryServer;
  beforeEach(async () => {
    server = await openPlan({ 'hr/hr-portal.plan.md': HR_PLAN }, URI);
  });
  afterEach(async () => server?.client.stop());

  const at = (needle: string, delta = 0, occurrence = 0): { textDocument: { uri: string }; position: Position } => ({
    textDocument: { uri: URI },
    position: posOf(HR_PLAN, needle, delta, occurrence),
  });
  const hover = async (needle: string, delta = 0, occurrence = 0): Promise<{ text: string; on: string }> => {
    const h = await server.client.request<Hover | null>('textDocument/hover', at(needle, delta, occurrence));
    assert.ok(h?.range, `a hover with a range at ${needle}`);
    return { text: (h.contents as { value: string }).value, on: textAt(HR_PLAN, h.range) };
  };
  const complete = (needle: string, delta = 0): Promise<CompletionItem[]> =>
    server.client.request<CompletionItem[]>('textDocument/completion', at(needle, delta));

  it('hovers a row ID where another register names it, exactly on the ID', async () => {
    const covers = await hover('Approved | M-02', 12);
    assert.equal(covers.on, 'M-02');
    assert.match(covers.text, /^\*\*M\\-02\*\* \(Milestones\)/);
    assert.match(covers.text, /Milestone: Integrations built/);
    const dependsOn = await hover('| M-02 | Not started', 3);
    assert.equal(dependsOn.on, 'M-02');
    const inLog = await hover('| R-01 | Approve', 3);
    assert.equal(inLog.on, 'R-01');
    assert.match(inLog.text, /Mitigation: Weekly interface stand\\-up Escalate/, 'a <br> is a space');
  });

  it('escapes plan text in a hover: HTML in a cell is shown, never rendered', async () => {
    const h = await hover('see H-02', 5);
    assert.equal(h.on, 'H-02');
    assert.ok(!h.text.includes('<script>'), h.text);
    assert.match(h.text, /&lt;script&gt;alert\\\(1\\\)&lt;\/script&gt;/);
  });

  it('hovers people by handle on the handle itself, not on the quotes around it', async () => {
    const pm = await hover('"@b.okafor"', 3);
    assert.equal(pm.on, '@b.okafor');
    assert.match(pm.text, /\*\*Bola Okafor\*\* \(S\\-03\)/);
    const owner = await hover('| @m.rossi | Reduce', 4);
    assert.equal(owner.on, '@m.rossi');
    assert.match(owner.text, /Marco Rossi/);
    const byId = await hover('| S-04 | 2026-12-11', 3);
    assert.equal(byId.on, 'S-04');
    assert.match(byId.text, /\*\*Chen Wei\*\* \(S\\-04\) {2}\nRole: Integration lead/);
  });

  it('explains front-matter keys, sub-keys and values', async () => {
    assert.deepEqual(await hover('stage: planning', 9), {
      on: 'planning',
      text: 'Stage **planning** (2 of 5)\n\nMilestones are set and the hand\\-off points to Change, Release, Testing, Configuration and other ITIL processes are agreed\\.',
    });
    const goLiveKey = await hover('go_live: 2027', 3);
    assert.equal(goLiveKey.on, 'go_live');
    assert.match(goLiveKey.text, /`dates\.go_live`: the day the service is planned to go live/);
    assert.deepEqual(await hover('go_live: 2027', 12), {
      on: '2027-02-15',
      text: 'Handoff reads this as **2027\\-02\\-15, a Monday**.',
    });
    assert.deepEqual(await hover('approved: 250000', 12), {
      on: '250000',
      text: 'Handoff reads this as **GBP 250,000**.',
    });
    const budgetKey = await hover('approved: 250000', 3);
    assert.match(budgetKey.text, /`budget\.approved`: the approved budget/);
  });

  it("hovers a register heading spelt the team's way, and a rule's finding with its rule", async () => {
    const risks = await hover('### Risk Log', 6);
    assert.equal(risks.on, '### Risk Log');
    assert.match(risks.text, /^\*\*Risks\*\* register/);
    const chen = await hover('| Chen | Mitigate', 3);
    assert.equal(chen.on, 'Chen');
    assert.match(chen.text, /\*\*`unresolved-reference`\*\* \(error\)/);
    const date = await hover('| 23/10/2026 |', 4, 0);
    assert.equal(date.on, '23/10/2026');
    assert.match(date.text, /`unreadable-value`/);
  });

  it('completes the words a cell allows and the people a person cell takes', async () => {
    const owner = await complete('| TBC | Mitigate', 3);
    assert.deepEqual(
      owner.filter((c) => /^S-\d+$/.test(c.label)).map((c) => `${c.label}${c.labelDetails?.detail ?? ''}`),
      ['S-01 Harriet Lowe', 'S-02 Marco Rossi', 'S-03 Bola Okafor', 'S-04 Chen Wei', 'S-05 Sam Patel'],
    );
    assert.deepEqual(owner[0]!.textEdit && textAt(HR_PLAN, (owner[0]!.textEdit as { range: Range }).range), 'TBC');
    const status = await complete('| On track |', 5);
    assert.deepEqual(
      status.map((c) => c.label),
      ['Not started', 'On track', 'At risk', 'Late', 'Done', 'Descoped'],
    );
    const health = await complete('| 🟡 |', 2);
    assert.deepEqual(
      health.map((c) => c.label),
      ['Green', 'Amber', 'Red'],
    );
  });

  it("completes a decision's Covers with the milestones, schedule and cost, writing the item at the cursor", async () => {
    const items = await complete('Approved | M-02', 13);
    assert.deepEqual(
      items.map((c) => c.label),
      ['M-01', 'M-02', 'M-03', 'schedule', 'cost'],
    );
    const m1 = items[0]!;
    assert.equal(m1.labelDetails?.description, 'Design signed off');
    assert.equal(textAt(HR_PLAN, (m1.textEdit as { range: Range }).range), 'M-02');
  });

  it("offers a new row's next free ID, and nothing in a table's `| --- |` row", async () => {
    const lines = HR_PLAN.split('\n');
    const after = posOf(HR_PLAN, '| R-03 |').line;
    const typed = [...lines.slice(0, after + 1), '| ', ...lines.slice(after + 1)].join('\n');
    const changed = server.client.nextDiagnostics(URI, (_d, p) => p.version === 2);
    server.client.replaceText(URI, typed);
    await changed;
    const items = await server.client.request<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri: URI },
      position: { line: after + 1, character: 2 },
    });
    assert.deepEqual(
      items.map((c) => [c.label, (c.textEdit as { newText: string }).newText]),
      [['R-04', ' R-04']],
    );
    // In the ID column of the Stakeholders' `| --- |` row, where a `-` is being typed.
    const delimiter = posOf(HR_PLAN, '| --- |', 3);
    const inDelimiter = await server.client.request<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri: URI },
      position: delimiter,
    });
    assert.deepEqual(inDelimiter, []);
  });

  it('goes to and finds a row ID and a person across the plan, each range on its token', async () => {
    const def = await server.client.request<Location[]>('textDocument/definition', at('Approved | M-02', 12));
    assert.deepEqual(
      def.map((l) => [l.range.start.line, textAt(HR_PLAN, l.range)]),
      [[posOf(HR_PLAN, '| M-02 | Integrations').line, 'M-02']],
    );
    const refs = await server.client.request<Location[]>('textDocument/references', {
      ...at('| @m.rossi | Reduce', 4),
      context: { includeDeclaration: true },
    });
    assert.deepEqual(
      refs.map((l) => textAt(HR_PLAN, l.range)),
      ['S-02', 'S-02', '@m.rossi', '@m.rossi'],
    );
    const pm = await server.client.request<Location[]>('textDocument/references', {
      ...at('"@b.okafor"', 3),
      context: { includeDeclaration: false },
    });
    assert.deepEqual(
      pm.map((l) => textAt(HR_PLAN, l.range)),
      ['@b.okafor', 'S-03'],
    );
  });

  it('renames a milestone ID everywhere tables name it, and says why a mention in prose is not renamed', async () => {
    const edit = await server.client.request<WorkspaceEdit>('textDocument/rename', {
      ...at('| M-02 | Integrations', 3),
      newName: 'M-20',
    });
    assert.deepEqual(
      editsFor(edit, URI).map((e) => [e.range.start.line, textAt(HR_PLAN, e.range), e.newText]),
      [
        [posOf(HR_PLAN, '| M-02 | Integrations').line, 'M-02', 'M-20'],
        [posOf(HR_PLAN, '| M-03 |').line, 'M-02', 'M-20'],
        [posOf(HR_PLAN, '| D-01 |').line, 'M-02', 'M-20'],
      ],
    );
    const prose = at('Top risk is R-01', 13);
    await assert.rejects(server.client.request('textDocument/prepareRename', prose), (err: Error) => {
      assert.match(
        err.message,
        /R-01 is mentioned here in text, which a rename does not change: rename it from its ID cell \(line \d+\)/,
      );
      return true;
    });
    await assert.rejects(server.client.request('textDocument/rename', { ...prose, newName: 'R-10' }), /mentioned here/);
    const fromCell = await server.client.request<{ range: Range } | null>(
      'textDocument/prepareRename',
      at('| R-01 | Approve', 3),
    );
    assert.equal(fromCell && textAt(HR_PLAN, fromCell.range), 'R-01');
  });

  it('outlines stages and registers as written, each row with what it is', async () => {
    const symbols = await server.client.request<DocumentSymbol[]>('textDocument/documentSymbol', {
      textDocument: { uri: URI },
    });
    assert.deepEqual(
      symbols.map((s) => `${s.name}: ${(s.children ?? []).map((c) => c.name).join(', ')}`),
      [
        '1. Project Initiation: Stakeholder Register, Risk Log, Assumptions and constraints',
        '2. Project Planning & Coordination: Milestone Plan',
        'Project Reporting and Communication: Status log, Decision log',
        'Project Closure: Hand-offs',
      ],
    );
    const rows = (section: number, register: number) =>
      symbols[section]!.children![register]!.children!.map((r) => `${r.name} ${r.detail}`);
    assert.deepEqual(rows(0, 2), ['A-01 Workday tenant provisioned by the vendor']);
    assert.deepEqual(rows(2, 0), ['23/10/2026 Design workshops done; interface late (see H-02)']);
    assert.deepEqual(rows(3, 0), ['H-01 Incident Management', 'H-02 Knowledge Management']);
  });
});
