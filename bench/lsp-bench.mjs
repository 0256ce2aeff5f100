/**
 * Extra benchmark (extras.mjs): the language server, from lsp-latency.mjs run in its own
 * process (its full tables go to bench/lsp-results.md; the figures the targets name come back
 * here as rows). With --quick (or without the 10,000-plan corpus selected) it runs lsp-latency's
 * --quick: 15 edits and the 1,000-plan workspace only.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ms = (v) => (v === undefined || Number.isNaN(v) ? '–' : v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${v.toFixed(1)} ms`);

export const lspBenchmark = {
  id: 'lsp',
  title: 'Language server',
  slow: false,
  unavailable(ctx) {
    return existsSync(join(ctx.repoRoot, 'dist', 'server', 'server.cjs'))
      ? undefined
      : 'dist/server/server.cjs is missing: run `npm run build` first';
  },
  async run(ctx) {
    const quick = ctx.quick || !ctx.selectedCorpora.includes('plans-10000');
    const jsonFile = join(ctx.tmpDir, 'lsp.json');
    ctx.log(`lsp-latency.mjs${quick ? ' --quick' : ''} (tables in bench/lsp-results.md)`);
    const m = ctx.measureCommand({
      cmd: process.execPath,
      args: [join(ctx.repoRoot, 'bench', 'lsp-latency.mjs'), '--json', jsonFile, ...(quick ? ['--quick'] : [])],
      cwd: ctx.repoRoot,
      timeoutSeconds: 1500,
      tmpDir: ctx.tmpDir,
    });
    if (m.exitCode !== 0 || !existsSync(jsonFile)) {
      return [{ label: 'lsp-latency.mjs', value: 'failed', note: `exit ${m.exitCode}: ${(m.stderr ?? '').slice(-300)}` }];
    }
    const r = JSON.parse(readFileSync(jsonFile, 'utf8'));
    const rows = [];
    for (const k of r.keystroke) {
      rows.push({ label: `keystroke → diagnostics, ${k.plan}, ${k.kind}`, value: `p95 ${ms(k.p95)}`, note: `median ${ms(k.median)}, n=${k.n}` });
    }
    for (const i of r.indexing) {
      const plans = i.plans.toLocaleString('en-GB');
      const big = i.corpus === 'plans-10000';
      rows.push({
        label: `indexing ${plans} plans`,
        value: ms(i.indexedMs),
        note: `RSS then ${Math.round(i.indexedRss)} MB`,
        ...(big ? { target: 'server indexes 10,000 plans < 5 s', status: i.indexedMs < 5000 ? 'met' : 'missed' } : {}),
      });
      rows.push({
        label: `keystroke → diagnostics while indexing ${plans} plans`,
        value: `p95 ${ms(i.typing.p95)}`,
        note: `median ${ms(i.typing.median)}, n=${i.typing.n}`,
        ...(big
          ? { target: 'keystroke p95 while indexing 10,000 plans ≤ 50 ms', status: i.typing.p95 <= 50 ? 'met' : 'missed' }
          : {}),
      });
      rows.push({
        label: `handoff/portfolio on ${plans} plans`,
        value: ms(i.portfolio.ms),
        note: `${i.portfolio.plans ?? '?'} plans returned; a second request ${ms(i.portfolioAgain.ms)}`,
        ...(big ? { target: 'handoff/portfolio on 10,000 plans < 1 s', status: i.portfolio.ms < 1000 ? 'met' : 'missed' } : {}),
      });
    }
    for (const h of r.hostile) {
      const handoff = h.kind === 'handoff';
      rows.push({
        label: `hover/documentSymbol next to a hostile plan (${h.case}), ${h.kind}`,
        value: `p95 ${ms(h.p95)}`,
        note: `median ${ms(h.median)}, n=${h.n}${handoff ? `; the hostile plan's own first diagnostics ${h.hostileDiagnosedMs === undefined ? 'not within the test' : ms(h.hostileDiagnosedMs)}` : ''}`,
        ...(handoff
          ? { target: `requests on another plan next to a hostile one (${h.case}) p95 ≤ 50 ms`, status: h.p95 <= 50 ? 'met' : 'missed' }
          : {}),
      });
    }
    return rows;
  },
};
