/**
 * `FUZZ_SECONDS=N FUZZ_SEED=S FUZZ_EDITS=E npm run fuzz` (or `node out/test/fuzz/run.js --seconds
 * N --seed S --edits E`; npm would hand `npm run fuzz -- …` to the mocha step after it): the
 * fuzzer of fuzz.ts for N seconds (default 600, seed from the date), then E edits typed into the
 * language server (typing.ts, default 5,000). Exits 1 when any case had a problem or was still
 * over 2 s when run again on its own; each problem's whole text is saved under FUZZ_OUT (`--out`,
 * default out/fuzz-failures) to be run again by hand.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describeReport, runFuzz, stillSlow } from './fuzz.js';
import { runTyping } from './typing.js';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : process.env[`FUZZ_${name.toUpperCase()}`] || undefined;
}

function count(name: string, fallback: number): number {
  const value = Number(arg(name) ?? fallback);
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} / FUZZ_${name.toUpperCase()}: not a count`);
  return value;
}

const seconds = count('seconds', 600);
const seed = count('seed', Math.floor(Date.now() / 86_400_000));
const edits = count('edits', 5000);
const report = runFuzz({ seed, seconds });
process.stdout.write(describeReport(report) + '\n');
// Each problem's whole text, to reproduce it: the report above cuts texts short.
if (report.problems.length > 0) {
  const dir = path.resolve(arg('out') ?? 'out/fuzz-failures');
  mkdirSync(dir, { recursive: true });
  report.problems.forEach((p, i) => {
    const file = path.join(dir, `seed-${seed}-${i + 1}.plan.md`);
    writeFileSync(file, p.text);
    process.stdout.write(`  saved ${p.kind} (${p.source}) to ${file}\n`);
  });
}
let failed = report.problems.length > 0 || stillSlow(report).length > 0;
const started = performance.now();
const typing = await runTyping({ seed, edits });
const typingSeconds = Math.round((performance.now() - started) / 100) / 10;
process.stdout.write(
  `typing: seed ${seed}, ${typing.edits} edits in ${typingSeconds} s; ${typing.checked} diagnostics checked; ${typing.problems.length} problems\n` +
    typing.problems
      .slice(0, 10)
      .map((p) => `  ${p}\n`)
      .join(''),
);
failed ||= typing.problems.length > 0;
process.exitCode = failed ? 1 : 0;
