/** Completion and hover over an in-memory workspace. */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CompletionItem, Hover, Position } from 'vscode-languageserver-protocol';
import { repoRoot } from '../helpers.js';
import { memUri, startInMemory, type MemoryServer } from './inMemory.js';
import { ALPHA, AS_OF, MULTI, posOf, startMulti, startMultiWithAlphaOpen } from './util.js';

describe('LSP completion and hover (in memory)', function () {
  let server: MemoryServer;
  const text = MULTI['a/alpha.plan.md']!;
  beforeEach(async () => {
    server = await startMultiWithAlphaOpen();
  });
  afterEach(async () => server?.client.stop());

  /** A plan at initiation with the keys it needs, and `body` under its title. */
  const planTitled = (title: string, id: string, body: readonly string[]): string =>
    [
      '---',
      'schema: transition-plan/1',
      `id: ${id}`,
      `title: ${title}`,
      `service: ${title}`,
      'transition_type: change',
      'stage: initiation',
      'sponsor: S-01',
      'service_owner: S-01',
      'project_manager: S-01',
      '---',
      `# ${title}`,
      '',
      ...body,
      '',
    ].join('\n');

  /** Restarts the two-folder workspace with `path` (and `extra`) added, and opens `path`. */
  const startWithOpen = async (path: string, text: string, extra: Record<string, string> = {}): Promise<string> => {
    await server.client.stop();
    server = await startMulti({ ...extra, [path]: text });
    const uri = memUri(path);
    const opened = server.client.nextDiagnostics(uri, (_d, p) => p.version === 1);
    server.client.open(uri, text);
    await opened;
    return uri;
  };

  const labels = async (position: Position): Promise<string[]> =>
    (
      await server.client.request<CompletionItem[]>('textDocument/completion', {
        textDocument: { uri: ALPHA },
        position,
      })
    ).map((c) => c.label);

  it('offers teams and configured parties where a team may hold the cell, and nowhere else', async () => {
    await server.client.stop();
    server = await startMulti({ 'a/.handoff.yaml': 'parties: [Procurement, Orbis Software]\n' });
    const opened = server.client.nextDiagnostics(ALPHA, (_d, p) => p.version === 1);
    server.client.open(ALPHA, text);
    await opened;
    const provider = await labels(posOf(text, '| Daniel Osei | 50%', 2));
    assert.deepEqual(provider.slice(-2), ['Procurement', 'Orbis Software']);
    assert.ok(provider.includes('Service owner') && provider.includes('S-02'), provider.join());
    const riskOwner = await labels(posOf(text, 'Zed Unknown', 2));
    assert.ok(!riskOwner.includes('Procurement'), 'a risk owner is one person, not a team');
  });

  it("completes and explains the organisation's own process names", async () => {
    const gamma = planTitled('Gamma', 'TP-G-001', [
      '## Planning and Coordination',
      '',
      '### Handovers',
      '',
      '| ID | Process | Handed over | Receiving owner | Planned | Status |',
      '| --- | --- | --- | --- | --- | --- |',
      '| H-01 | Operational Acceptance | The service | S-01 | 2026-09-01 | Planned |',
    ]);
    const uri = await startWithOpen('a/gamma.plan.md', gamma, {
      'a/.handoff.yaml': 'aliases:\n  processes: { Operational Acceptance: Service Validation and Testing }\n',
    });
    const at = posOf(gamma, 'Operational Acceptance', 3);
    const items = await server.client.request<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri },
      position: at,
    });
    const first = [...items].sort((a, b) => ((a.sortText ?? a.label) < (b.sortText ?? b.label) ? -1 : 1))[0]!;
    assert.equal(first.label, 'Operational Acceptance');
    assert.equal(first.labelDetails?.description, 'Service Validation and Testing');
    const hover = await server.client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri },
      position: at,
    });
    const text = (hover?.contents as { value: string } | undefined)?.value ?? '';
    assert.match(text, /Service Validation and Testing/);
    assert.match(text, /organisation's name for it/);
  });

  it('offers first the handovers the transition type requires and the plan has not written yet', async () => {
    const delta = planTitled('Delta', 'TP-D-001', [
      '## Planning and Coordination',
      '',
      '### Handovers',
      '',
      '| ID | Process | Handed over | Receiving owner | Planned | Status |',
      '| --- | --- | --- | --- | --- | --- |',
      '| H-01 | Incident management | Support of the service | S-01 | 2026-09-01 | Planned |',
      '| H-02 | Change enablement | Changes to the service | S-01 | 2026-09-01 | Planned |',
      '| H-03 | Serv | Service levels | S-01 | 2026-09-01 | Planned |',
    ]);
    const uri = await startWithOpen('a/delta.plan.md', delta);
    const items = await server.client.request<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri },
      position: posOf(delta, '| Serv |', 6),
    });
    const sorted = [...items].sort((a, b) => ((a.sortText ?? a.label) < (b.sortText ?? b.label) ? -1 : 1));
    // A "change" transition requires five (contract 1.1); Incident and Change are written, in ITIL 4 words.
    assert.deepEqual(
      sorted.slice(0, 4).map((c) => [c.label, c.labelDetails?.description]),
      [
        ['Service Asset and Configuration Management', 'required for a change transition, no handover yet'],
        ['Service Level Management', 'required for a change transition, no handover yet'],
        ['Knowledge Management', 'required for a change transition, no handover yet'],
        [sorted[3]!.label, undefined],
      ],
    );
    assert.equal(items.filter((c) => c.label === 'Service Level Management').length, 1, 'offered once');
    assert.ok(
      items.some((c) => c.label === 'Incident Management'),
      'the others are still offered',
    );
  });

  it('says how a value cell reads: a level with its name, a date with its day, another spelling or a word with a note as its word', async () => {
    const delta = planTitled('Delta', 'TP-D-001', [
      '## Project Initiation',
      '',
      '### Risks',
      '',
      '| ID | Risk | L | I | Owner | Response | Mitigation | Status | Review |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      '| R-01 | Cutover overruns | 3 (Medium) | H | S-01 | Treat | Rehearse twice | Open | Fri 20 Nov 2026 |',
      '| R-02 | Data centre outside the UK | 1 | 5 | S-01 | Avoid | UK hosting only | Closed (2026-07-10) | 2026-07-10 |',
      '| R-03 | Payroll data leaves the UK | 1 | 5 | S-01 | Avoid | UK hosting only | Closed<br>Accepted by S-12 | 2026-07-10 |',
      '',
      '### Resource consumption',
      '',
      '| Line | Approved (£k) | Actual (£k) | Owner |',
      '| --- | --- | --- | --- |',
      '| Vendor services | 180 | 132.5 | S-01 |',
    ]);
    const uri = await startWithOpen('a/delta.plan.md', delta);
    const hoverAt = async (needle: string) => {
      const h = await server.client.request<Hover | null>('textDocument/hover', {
        textDocument: { uri },
        position: posOf(delta, needle, 1),
      });
      // Read without Markdown's escapes (`\(`, `\-`), which the hover puts before plan text.
      return ((h?.contents as { value: string } | undefined)?.value ?? '').replace(/\\(?=[^\\])/g, '');
    };
    assert.match(await hoverAt('3 (Medium)'), /reads this as \*\*3 \(Medium\)\*\*/);
    assert.match(await hoverAt('| H |'), /reads this as \*\*4 \(High\)\*\*/);
    assert.match(await hoverAt('Treat'), /reads this as \*\*Reduce\*\*/);
    assert.match(await hoverAt('Fri 20 Nov'), /reads this as \*\*2026-11-20, a Friday\*\*/);
    // A word with a note reads as the word.
    assert.match(await hoverAt('Closed (2026'), /reads this as \*\*Closed\*\*/);
    assert.match(await hoverAt('Closed<br>'), /reads this as \*\*Closed\*\*/);
    // A word written as Handoff writes it says nothing new.
    assert.doesNotMatch(await hoverAt('| Open |'), /reads this as/);
    // An amount in the unit its column's header names.
    assert.match(await hoverAt('132.5'), /reads this as \*\*GBP 132500\*\*/);
  });

  it("reads a risk's status under a ROAM header as SAFe's board says it, as unreadable-value does", async () => {
    const roam = planTitled('Roam', 'TP-R-001', [
      '## Project Initiation',
      '',
      '### Risks',
      '',
      '| Key | Summary | Likelihood | Impact | Assignee | ROAM | Mitigation |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      '| SELF-1310 | BSS team has no capacity | 4 | 5 | S-01 | Owned | Borrow two BSS developers |',
      '| SELF-1312 | Invoice amounts differ | 3 | 3 | S-01 | Resolved | Reconciled in the dark launch |',
    ]);
    const uri = await startWithOpen('a/roam.plan.md', roam);
    const hoverAt = async (needle: string) => {
      const h = await server.client.request<Hover | null>('textDocument/hover', {
        textDocument: { uri },
        position: posOf(roam, needle, 1),
      });
      return (h?.contents as { value: string } | undefined)?.value ?? '';
    };
    assert.match(await hoverAt('| Owned |'), /reads this as \*\*Open\*\*/);
    assert.match(await hoverAt('| Resolved |'), /reads this as \*\*Closed\*\*/);
  });

  it('completes front-matter keys, enum values, people, plan ids, processes, milestones and rule names', async () => {
    server = await startMultiWithAlphaOpen();
    const { client } = server;
    const text = client.document(ALPHA).getText();
    const labels = async (position: Position) =>
      (
        await client.request<CompletionItem[]>('textDocument/completion', {
          textDocument: { uri: ALPHA },
          position,
        })
      ).map((c) => c.label);

    // A new key line in the front matter: keys not yet present.
    const keyLine = posOf(text, 'depends_on:');
    const keys = await labels({ line: keyLine.line, character: 0 });
    assert.ok(keys.includes('health') && keys.includes('transition_manager'), keys.join());
    assert.ok(!keys.includes('sponsor') && !keys.includes('title'), 'present keys are not offered again');

    assert.deepEqual(await labels(posOf(text, 'stage: initiation', 'stage: '.length)), [
      'initiation',
      'planning',
      'control',
      'closure',
      'closed',
    ]);
    assert.deepEqual(await labels(posOf(text, 'transition_type: new', 'transition_type: '.length)), [
      'new',
      'change',
      'retire',
      'transfer',
    ]);
    const people = await client.request<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri: ALPHA },
      position: posOf(text, 'sponsor: S-01', 'sponsor: S-'.length),
    });
    assert.deepEqual(
      people.map((c) => `${c.label} ${c.detail}`),
      ['S-01 Helen Marsh — Sponsor', 'S-02 Daniel Osei — Service owner', 'S-03 Priya Raman — Project manager'],
    );
    // Every row shows the name and role, not only the highlighted one (labelDetails).
    assert.deepEqual(
      people.map((c) => `${c.label}${c.labelDetails?.detail} (${c.labelDetails?.description})`),
      ['S-01 Helen Marsh (Sponsor)', 'S-02 Daniel Osei (Service owner)', 'S-03 Priya Raman (Project manager)'],
    );
    const stages = await client.request<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri: ALPHA },
      position: posOf(text, 'stage: initiation', 'stage: '.length),
    });
    // Lifecycle order even where the editor sorts by sortText, each with a one-line description.
    assert.deepEqual(
      [...stages].sort((x, y) => (x.sortText! < y.sortText! ? -1 : 1)).map((c) => c.label),
      ['initiation', 'planning', 'control', 'closure', 'closed'],
    );
    assert.ok(stages.every((c) => (c.labelDetails?.description ?? '').length > 10));
    assert.deepEqual(await labels(posOf(text, 'TP-B-001', 3)), ['TP-B-001']);
    // The owner cell of a risk.
    assert.deepEqual(await labels(posOf(text, 'Zed Unknown', 2)), [
      'S-01',
      'S-02',
      'S-03',
      'Sponsor',
      'Service owner',
      'Project manager',
    ]);

    // Registers added by edits: Process interfaces, Milestones, Waivers, a disable comment.
    const extra = [
      '',
      '## Project Planning and Coordination',
      '',
      '### Milestones',
      '',
      '| ID | Milestone | Owner | Baseline | Depends on | Status |',
      '| --- | --- | --- | --- | --- | --- |',
      '| M-01 | Design signed off | S-01 | 2026-07-01 | - | Not started |',
      '| M-02 | Go-live | S-02 | 2026-09-01 | M-01, M- | Not started |',
      '',
      '### Process interfaces',
      '',
      '| ID | Process | Contact |',
      '| --- | --- | --- |',
      '| PI-01 | Chan | S-01 |',
      '',
      '<!-- handoff-disable-next-line risk -->',
      '',
      '## Waivers',
      '',
      '| Rule | Target | Reason | Approved by |',
      '| --- | --- | --- | --- |',
      '| risk- | R-01 | Accepted | S-01 |',
      '',
    ].join('\n');
    const end = posOf(text + '\u0000', '\u0000');
    const ready = client.nextDiagnostics(ALPHA);
    const doc = client.edit(ALPHA, [{ range: { start: end, end }, newText: extra }]);
    await ready;
    const t = doc.getText();
    assert.deepEqual(await labels(posOf(t, 'M-01, M-', 'M-01, M-'.length)), ['M-01']);
    // Cells read as a status word or a level: the words and levels they read.
    const statuses = await labels(posOf(t, '| - | Not started |', '| - | Not'.length));
    assert.deepEqual(statuses, ['Not started', 'On track', 'At risk', 'Late', 'Done', 'Descoped']);
    const risk = '| R-01 | Key staff unavailable at cut-over | ';
    assert.deepEqual(await labels(posOf(t, risk, risk.length)), ['1', '2', '3', '4', '5']);
    const riskStatus = await labels(posOf(t, '| Move cut-over | Open |', '| Move cut-over | O'.length));
    assert.ok(riskStatus.includes('Open') && riskStatus.includes('Closed'), riskStatus.join());
    const processes = await labels(posOf(t, '| Chan |', 6));
    assert.ok(processes.includes('Change Management') && processes.includes('Change enablement'), processes.join());
    const rules = await labels(posOf(t, '| risk- |', 7));
    assert.ok(rules.includes('risk-score-mismatch') && rules.includes('waiver-invalid'), rules.join());
    const inComment = await labels(posOf(t, 'next-line risk', 'next-line risk'.length));
    assert.ok(inComment.includes('risk-without-owner'), inComment.join());
  });

  it('completes budget.currency with ISO codes and a RACI cell with its four letters', async () => {
    const text = fs.readFileSync(path.join(repoRoot, 'examples', 'payroll-cloud.plan.md'), 'utf8');
    const uri = memUri('p.plan.md');
    server = await startInMemory({ 'p.plan.md': text }, { initializationOptions: { asOf: AS_OF } });
    server.client.open(uri, text);
    await server.client.diagnosticsFor(uri);
    const complete = (position: Position) =>
      server.client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position });
    const codes = await complete(posOf(text, 'currency: GBP', 'currency: '.length));
    const gbp = codes.find((c) => c.label === 'GBP');
    assert.equal(gbp?.labelDetails?.description, 'British Pound');
    assert.ok(codes.some((c) => c.label === 'EUR') && codes.some((c) => c.label === 'USD'));
    assert.ok(
      codes.every((c) => /^[A-Z]{3}$/.test(c.label)),
      'only ISO 4217 codes',
    );
    const raci = await complete(
      posOf(text, '| Tenant build and integrations | I |', '| Tenant build and integrations | '.length),
    );
    assert.deepEqual(
      raci.map((c) => `${c.label} ${c.labelDetails?.description}`),
      ['R Responsible', 'A Accountable', 'C Consulted', 'I Informed'],
    );
    // The Activity column is no person's: no letters there.
    const activity = await complete(posOf(text, '| Tenant build and integrations |', 3));
    assert.ok(!activity.some((c) => c.label === 'A'), activity.map((c) => c.label).join());
  });

  it('explains findings, people, stages and other plans on hover', async () => {
    server = await startMultiWithAlphaOpen();
    const { client } = server;
    const text = client.document(ALPHA).getText();
    const hoverAt = (position: Position) =>
      client.request<Hover | null>('textDocument/hover', { textDocument: { uri: ALPHA }, position });
    const value = (h: Hover | null) => (h?.contents as { value: string } | undefined)?.value ?? '';

    const onScore = value(await hoverAt(posOf(text, '| 7 |', 2)));
    assert.match(onScore, /risk-score-mismatch/);
    assert.match(onScore, /Likelihood/);

    const onSponsor = value(await hoverAt(posOf(text, 'sponsor: S-01', 10)));
    assert.match(onSponsor, /Helen Marsh/);
    assert.match(onSponsor, /Role: Sponsor/);
    assert.match(onSponsor, /Funds the move/);

    const onSection = value(await hoverAt(posOf(text, '## Project Initiation', 5)));
    assert.match(onSection, /Stakeholders, responsibilities and resources are agreed/);

    // Beta is not open: its title and stage come from the file read through the file access.
    const onDependency = value(await hoverAt(posOf(text, 'TP-B-001', 2)));
    assert.match(onDependency, /Beta bank file format/);
    assert.match(onDependency, /Stage: initiation/);
  });

  it('shows the row a risk or other register ID names elsewhere, but not on the row itself', async () => {
    server = await startMultiWithAlphaOpen();
    const { client } = server;
    const text = client
      .document(ALPHA)
      .getText()
      .replace(
        '### Assumptions and constraints',
        'R-02 is reviewed weekly with the vendor.\n\n### Assumptions and constraints',
      );
    const settled = client.nextDiagnostics(ALPHA, (_d, p) => p.version === 2);
    const doc = client.replaceText(ALPHA, text);
    await settled;
    const hoverAt = async (position: Position) =>
      (
        (await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: ALPHA }, position }))
          ?.contents as { value: string } | undefined
      )?.value ?? '';
    const onReference = await hoverAt(posOf(doc.getText(), 'R-02 is reviewed', 2));
    assert.match(onReference, /\*\*R\\-02\*\* \(Risks\)/);
    assert.match(onReference, /Risk: Vendor late with statutory update/);
    assert.match(onReference, /Contingency: Manual fix/);
    assert.doesNotMatch(onReference, /ID: /);
    // A stakeholder ID in a cell still shows the person.
    assert.match(await hoverAt(posOf(doc.getText(), '| S-01 | Mitigate', 3)), /Helen Marsh/);
    // On the row's own ID there is nothing to add.
    assert.equal(await hoverAt(posOf(doc.getText(), '| R-02 | Vendor', 3)), '');
  });

  it('escapes plan text in hovers: no link, image, HTML or command gets through', async () => {
    server = await startMultiWithAlphaOpen();
    const { client } = server;
    const text = client.document(ALPHA).getText();
    const hostileName =
      '[run](command:workbench.action.terminal.new) ![x](https://evil.example/t.png) <img src=x onerror=alert(1)> **bold**';
    const hostile = text
      .replace(
        '| S-03 | Priya Raman | Project manager | Runs the transition |',
        `| S-03 | Priya Raman | Project manager | Runs the transition |\n| S-04 | ${hostileName} | <script>alert(1)</script> | [a](command:evil) |`,
      )
      .replace('| Zed Unknown |', '| S-04 |');
    const ready = client.nextDiagnostics(ALPHA, (d) => !d.some((x) => x.code === 'unresolved-reference'));
    const doc = client.replaceText(ALPHA, hostile);
    await ready;
    const hover = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri: ALPHA },
      position: posOf(doc.getText(), '| S-04 | Mitigate', 3),
    });
    const value = (hover?.contents as { value: string } | undefined)?.value ?? '';
    assert.ok(value.includes('onerror'), value);
    assert.doesNotMatch(value, /\]\(command:/);
    assert.doesNotMatch(value, /<img|<script/);
    assert.doesNotMatch(value, /(?<!\\)\*\*bold/);
    assert.doesNotMatch(value, /(?<!\\)!\[x/);
  });
});
