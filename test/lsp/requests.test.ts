/** The custom requests (`handoff/plan`, `handoff/portfolio`) over an in-memory workspace. */
import assert from 'node:assert/strict';
import { planOverview } from '../../server/src/engine/overview.js';
import type { PlanResult, PortfolioResult, ServerStatusParams } from '../../server/src/protocol.js';
import { memUri, type MemoryServer } from './inMemory.js';
import { ALPHA, AS_OF, MULTI, startMulti, startMultiWithAlphaOpen } from './util.js';

describe('LSP custom requests (in memory)', function () {
  let server: MemoryServer;
  afterEach(async () => server?.client.stop());

  it('answers handoff/plan for a plan that is not open, and null for other Markdown', async () => {
    server = await startMulti();
    const plan = await server.client.request<PlanResult | null>('handoff/plan', { uri: ALPHA });
    assert.ok(plan);
    assert.equal(plan.status.id, 'TP-A-001');
    assert.equal(plan.version, undefined);
    assert.deepEqual(plan.counts, { errors: 1, warnings: 1, infos: 0 });
    assert.equal(await server.client.request('handoff/plan', { uri: memUri('a/notes.md') }), null);
  });

  it('answers handoff/portfolio and announces a change of an open plan', async () => {
    server = await startMulti();
    const { client } = server;
    const portfolio = await client.request<PortfolioResult>('handoff/portfolio', {});
    assert.equal(portfolio.asOf, AS_OF);
    assert.deepEqual(
      portfolio.plans.map((p) => [p.overview.id, p.counts.errors]),
      [
        ['TP-A-001', 1],
        ['TP-B-001', 0],
      ],
    );
    const text = MULTI['a/alpha.plan.md']!;
    client.open(ALPHA, text);
    const changed = client.next<{ uris: string[] }>('handoff/planChanged', (p) => p.uris.includes(ALPHA));
    const portfolioChanged = client.next('handoff/portfolioChanged');
    client.replaceText(ALPHA, text.replace('title: Alpha payroll move', 'title: Renamed'));
    await Promise.all([changed, portfolioChanged]);
    const after = await client.request<PlanResult>('handoff/plan', { uri: ALPHA });
    assert.equal(after.status.title, 'Renamed');
  });

  it('gives each plan of the portfolio its overview and counts, not its registers or findings', async () => {
    server = await startMulti();
    const { client } = server;
    const portfolio = await client.request<PortfolioResult>('handoff/portfolio', {});
    const alpha = portfolio.plans.find((p) => p.uri === ALPHA);
    assert.ok(alpha, 'alpha is in the portfolio');
    assert.deepEqual(Object.keys(alpha).sort(), ['counts', 'overview', 'uri']);
    for (const register of ['risks', 'milestones', 'handovers', 'stages', 'decisions', 'statusLog'])
      assert.ok(!(register in alpha.overview), `the overview carries ${register}`);
    // The same facts as the whole status of the plan, which handoff/plan reads from its file.
    const plan = await client.request<PlanResult>('handoff/plan', { uri: ALPHA });
    assert.deepEqual(alpha.overview, JSON.parse(JSON.stringify(planOverview(plan.status))));
    assert.ok(plan.status.risks.length > 0, 'handoff/plan has the registers');
  });

  it('reports indexing progress with handoff/serverStatus, then ready with the files read', async () => {
    server = await startMulti();
    const { client } = server;
    const ready = (s: unknown) => (s as ServerStatusParams).state === 'ready';
    if (!client.serverStatuses.some(ready)) await client.next('handoff/serverStatus', ready);
    const statuses = client.serverStatuses as ServerStatusParams[];
    assert.deepEqual(statuses[0], { state: 'indexing', indexed: 0, total: 0 }, 'the first status says indexing began');
    // Three Markdown files in the two folders: alpha, notes and beta.
    assert.deepEqual(statuses.at(-1), { state: 'ready', indexed: 3, total: 3 });
    for (const s of statuses.filter((x) => x.state === 'indexing')) assert.ok(s.indexed <= s.total || s.total === 0);
  });

  it('answers handoff/plan for an open plan, with the same derived health as the portfolio', async () => {
    server = await startMultiWithAlphaOpen();
    const { client } = server;
    const plan = await client.request<PlanResult | null>('handoff/plan', { uri: ALPHA });
    assert.ok(plan);
    assert.equal(plan.status.id, 'TP-A-001');
    assert.equal(plan.status.stakeholders.length, 3);
    assert.equal(plan.version, client.document(ALPHA).version);
    assert.deepEqual(plan.counts, { errors: 1, warnings: 1, infos: 0 });
    assert.deepEqual(plan.findings.map((f) => f.rule).sort(), ['risk-score-mismatch', 'unresolved-reference']);

    // Derived health and its reasons travel with the status, the same in both responses.
    const portfolio = await client.request<PortfolioResult>('handoff/portfolio', {});
    const alphaEntry = portfolio.plans.find((p) => p.uri === ALPHA)!;
    assert.equal(plan.status.derivedHealth, undefined, 'an initiation plan is not rated');
    assert.deepEqual(plan.status.healthReasons, []);
    assert.deepEqual(alphaEntry.overview.healthReasons, plan.status.healthReasons);
    assert.equal(alphaEntry.overview.derivedHealth, plan.status.derivedHealth);
  });
});
