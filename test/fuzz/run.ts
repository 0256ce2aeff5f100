/**
 * `npm run fuzz [-- --seconds N --seed S --edits E]`: the fuzzer of fuzz.ts, for as long as asked
 * (default 600 s, seed from the date), then E edits typed into the language server (typing.ts,
 * default 5,000). Exits 1 when any case had a problem or took more than 2 s.
 */
import { describeReport, runFuzz } from './fuzz.js';
import { runTyping } from './typing.js';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const seconds = Number(arg('seconds') ?? 600);
const seed = Number(arg('seed') ?? Math.floor(Date.now() / 86_400_000));
const edits = Number(arg('edits') ?? 5000);
const report = runFuzz({ seed, seconds });
process.stdout.write(describeReport(report) + '\n');
let failed = report.problems.length > 0 || report.slow.length > 0;
const started = performance.now();
const typing = await runTyping({ seed, edits });
const typingSeconds = Math.round((performance.now() - started) / 100) / 10;
process.stdout.write(
  `typing: seed ${seed}, ${typing.edits} edits in ${typingSeconds} s; ${typing.problems.length} problems\n` +
    typing.problems
      .slice(0, 10)
      .map((p) => `  ${p}\n`)
      .join(''),
);
failed ||= typing.problems.length > 0;
process.exitCode = failed ? 1 : 0;
