/**
 * Extra benchmark (extras.mjs): the findings check and the engine's CPU per plan, from
 * findings.mjs run in its own process on the compiled engine (out/). The findings of the
 * 1,000-plan corpus must hash to bench/findings.sha256: a speed change that alters any finding
 * shows here as "DIFFER".
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const TARGET_MS_PER_PLAN = 1;

export const engineBenchmark = {
  id: 'engine',
  title: 'Engine (in process)',
  slow: false,
  unavailable(ctx) {
    return existsSync(join(ctx.repoRoot, 'out', 'server', 'src', 'engine', 'index.js'))
      ? undefined
      : 'out/ is missing: run `npm run build` first';
  },
  async run(ctx) {
    const rows = [];
    for (const corpus of ['plans-1000', 'plans-10000']) {
      if (corpus !== 'plans-1000' && !ctx.selectedCorpora.includes(corpus)) continue;
      ctx.log(`findings and CPU per plan on ${corpus}`);
      const m = ctx.measureCommand({
        cmd: process.execPath,
        args: [join(ctx.repoRoot, 'bench', 'findings.mjs'), '--json', '--corpus', corpus, '--passes', '3'],
        cwd: ctx.repoRoot,
        timeoutSeconds: 900,
        tmpDir: join(ctx.tmpDir, corpus),
      });
      const out = m.stdout ?? '';
      const line = out.trim().split('\n').pop();
      let r;
      try {
        r = JSON.parse(line);
      } catch {
        rows.push({ label: corpus, value: 'failed', note: `exit ${m.exitCode}: ${(m.stderr ?? '').slice(0, 200)}` });
        continue;
      }
      const perPlan = r.cpuMsPerPlan;
      rows.push({
        label: `CPU per plan, ${r.files.toLocaleString('en-GB')} plans (lintDocument + cross-plan rules, median of 3 passes)`,
        value: `${perPlan.toFixed(2)} ms`,
        note: `${(r.cpuMs / 1000).toFixed(2)} CPU s in all; peak RSS ${Math.round((m.maxRssKiB ?? 0) / 1024)} MiB`,
        target: `engine CPU per plan ≤ ${TARGET_MS_PER_PLAN} ms (${corpus})`,
        status: perPlan <= TARGET_MS_PER_PLAN ? 'met' : 'missed',
      });
      if (r.identical !== undefined || corpus === 'plans-1000') {
        rows.push({
          label: `findings of ${corpus} against bench/findings.sha256`,
          value: r.identical ? 'identical' : r.identical === false ? 'DIFFER' : 'no committed hash',
          note: `${r.findings.toLocaleString('en-GB')} findings, sha256 ${r.sha256.slice(0, 16)}…`,
          target: `every finding identical (${corpus})`,
          status: r.identical ? 'met' : 'missed',
        });
      }
    }
    // Plans as practitioners write them: inline markup in three registers (findings.mjs --markup).
    ctx.log('CPU per plan on plans-1000 with inline markup in three registers');
    const m = ctx.measureCommand({
      cmd: process.execPath,
      args: [join(ctx.repoRoot, 'bench', 'findings.mjs'), '--json', '--markup', '--passes', '3'],
      cwd: ctx.repoRoot,
      timeoutSeconds: 900,
      tmpDir: join(ctx.tmpDir, 'plans-1000-markup'),
    });
    try {
      const r = JSON.parse((m.stdout ?? '').trim().split('\n').pop());
      rows.push({
        label: 'CPU per plan, 1,000 plans with inline markup in three registers (a bold status, a link, an emphasised process)',
        value: `${r.cpuMsPerPlan.toFixed(2)} ms`,
        note: `${r.findings.toLocaleString('en-GB')} findings, sha256 ${r.sha256.slice(0, 16)}…`,
      });
      rows.push({
        label: 'findings of plans-1000 with markup against bench/findings.sha256',
        value: r.identical ? 'identical' : r.identical === false ? 'DIFFER' : 'no committed hash',
        note: `${r.findings.toLocaleString('en-GB')} findings, sha256 ${r.sha256.slice(0, 16)}…`,
        target: 'every finding identical (plans-1000 with markup)',
        status: r.identical ? 'met' : 'missed',
      });
    } catch {
      rows.push({ label: 'plans-1000 with markup', value: 'failed', note: `exit ${m.exitCode}: ${(m.stderr ?? '').slice(0, 200)}` });
    }
    return rows;
  },
};
