/**
 * A folder's `.handoff.yaml` names registers and columns its own way (`aliases`, contract 1.1 §5):
 * the language server reads plans with those names, for files it indexes and for open documents,
 * and reports what the CLI reports.
 */
import assert from 'node:assert/strict';
import { parseConfig } from '../../server/src/engine/config.js';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { fixtureFiles, memUri, startInMemory, type MemoryServer } from './inMemory.js';
import { AS_OF, codes } from './util.js';

/** The folder of test/fixtures/config/aliases, as folder `a` of the workspace. */
const FILES = Object.fromEntries(
  Object.entries(fixtureFiles('config', 'aliases')).map(([rel, text]) => [`a/${rel}`, text]),
);
const CONFIG = FILES['a/.handoff.yaml']!;
const PLAN = FILES['a/own-names.plan.md']!;

const URI = memUri('a/own-names.plan.md');

describe('LSP and configured aliases (in memory)', function () {
  let server: MemoryServer;
  afterEach(async () => server?.client.stop());

  const engine = createPlanEngine();
  const expected = (): string[] => {
    const { config } = parseConfig(CONFIG, engine.rules);
    return engine
      .lintDocument(URI, PLAN, { config, asOf: AS_OF })
      .findings.map((f) => f.rule)
      .sort();
  };

  it('reads an indexed plan with its folder’s register and column names, as the CLI does', async () => {
    const want = expected();
    assert.ok(!want.includes('missing-risks') && want.includes('unreadable-value'), want.join());
    server = await startInMemory(FILES, { folders: ['a'], initializationOptions: { asOf: AS_OF, debounceMs: 0 } });
    const indexed = await server.client.diagnosticsFor(URI, (d) => d.length > 0);
    assert.deepEqual(codes(indexed), want);
  });

  it('reads an open plan with them too', async () => {
    server = await startInMemory(FILES, { folders: ['a'], initializationOptions: { asOf: AS_OF, debounceMs: 0 } });
    await server.client.diagnosticsFor(URI, (d) => d.length > 0);
    const opened = server.client.nextDiagnostics(URI, (_d, p) => p.version === 1);
    server.client.open(URI, PLAN);
    assert.deepEqual(codes((await opened).diagnostics), expected());
  });
});
