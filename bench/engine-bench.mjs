/**
 * Extra benchmark (extras.mjs): the findings check and the engine's CPU per plan, from
 * findings.mjs run in its own process on the compiled engine (out/). The findings of the
 * 1,000-plan corpus must hash to bench/findings.sha256: a speed change that alters any finding
 * shows here as "DIFFER".
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const TARGET_MS_PER_PLAN = 1;
const PASSES = '(lintDocument + cross-plan rules, median of 3 passes)';

/**
 * What findings.mjs runs on: the corpora (the 10,000 plans when the run selects them), and the
 * 1,000 plans with inline markup where practitioners put it (`--markup`), whose findings have a
 * hash of their own.
 */
const CASES = [
  { name: 'plans-1000', corpus: 'plans-1000', flags: [], tmp: 'plans-1000', cpuTarget: true, describe: PASSES },
  { name: 'plans-10000', corpus: 'plans-10000', flags: [], tmp: 'plans-10000', cpuTarget: true, describe: PASSES },
  {
    name: 'plans-1000 with markup',
    corpus: 'plans-1000',
    flags: ['--markup'],
    tmp: 'plans-1000-markup',
    cpuTarget: false,
    describe: 'with inline markup in three registers (a bold status, a link, an emphasised process)',
  },
];

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
    for (const c of CASES) {
      if (c.corpus !== 'plans-1000' && !ctx.selectedCorpora.includes(c.corpus)) continue;
      ctx.log(`findings and CPU per plan on ${c.name}`);
      const m = ctx.measureCommand({
        cmd: process.execPath,
        args: [
          join(ctx.repoRoot, 'bench', 'findings.mjs'),
          '--json',
          '--corpus',
          c.corpus,
          ...c.flags,
          '--passes',
          '3',
        ],
        cwd: ctx.repoRoot,
        timeoutSeconds: 900,
        tmpDir: join(ctx.tmpDir, c.tmp),
      });
      const out = m.stdout ?? '';
      const line = out.trim().split('\n').pop();
      let r;
      try {
        r = JSON.parse(line);
      } catch {
        rows.push({ label: c.name, value: 'failed', note: `exit ${m.exitCode}: ${(m.stderr ?? '').slice(0, 200)}` });
        continue;
      }
      const perPlan = r.cpuMsPerPlan;
      rows.push({
        label: `CPU per plan, ${r.files.toLocaleString('en-GB')} plans ${c.describe}`,
        value: `${perPlan.toFixed(2)} ms`,
        note: `${(r.cpuMs / 1000).toFixed(2)} CPU s in all; peak RSS ${Math.round((m.maxRssKiB ?? 0) / 1024)} MiB`,
        ...(c.cpuTarget && {
          target: `engine CPU per plan ≤ ${TARGET_MS_PER_PLAN} ms (${c.name})`,
          status: perPlan <= TARGET_MS_PER_PLAN ? 'met' : 'missed',
        }),
      });
      if (r.identical !== undefined || c.corpus === 'plans-1000') {
        rows.push({
          label: `findings of ${c.name} against bench/findings.sha256`,
          value: r.identical ? 'identical' : r.identical === false ? 'DIFFER' : 'no committed hash',
          note: `${r.findings.toLocaleString('en-GB')} findings, sha256 ${r.sha256.slice(0, 16)}…`,
          target: `every finding identical (${c.name})`,
          status: r.identical ? 'met' : 'missed',
        });
      }
    }
    return rows;
  },
};
