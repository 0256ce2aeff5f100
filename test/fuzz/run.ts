/**
 * `npm run fuzz [-- --seconds N --seed S]`: the fuzzer of fuzz.ts, for as long as asked (default
 * 600 s, seed from the date). Exits 1 when any case had a problem or took more than 2 s.
 */
import { describeReport, runFuzz } from './fuzz.js';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const seconds = Number(arg('seconds') ?? 600);
const seed = Number(arg('seed') ?? Math.floor(Date.now() / 86_400_000));
const report = runFuzz({ seed, seconds });
process.stdout.write(describeReport(report) + '\n');
process.exitCode = report.problems.length > 0 || report.slow.length > 0 ? 1 : 0;
