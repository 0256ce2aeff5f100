/**
 * Runs the extension-host suites with mocha. Two launchers load this file: @vscode/test-electron
 * calls `run()` (desktop VS Code, where it can be downloaded), and the test-harness extension
 * inside code-server calls `runSuites()` and writes the result as JSON for the e2e launcher.
 */
import Mocha from 'mocha';
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface TestOutcome {
  readonly title: string;
  readonly state: 'passed' | 'failed' | 'pending';
  readonly durationMs: number;
  readonly error?: string;
}

export interface SuitesResult {
  readonly passes: number;
  readonly failures: number;
  readonly pending: number;
  readonly tests: readonly TestOutcome[];
}

export function runSuites(options: { grep?: string } = {}): Promise<SuitesResult> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'spec' });
  if (options.grep) mocha.grep(options.grep);
  for (const file of fs.readdirSync(__dirname).sort()) {
    if (file.endsWith('.test.cjs')) mocha.addFile(path.join(__dirname, file));
  }
  const tests: TestOutcome[] = [];
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run(() => {
        resolve({
          passes: tests.filter((t) => t.state === 'passed').length,
          failures: tests.filter((t) => t.state === 'failed').length,
          pending: tests.filter((t) => t.state === 'pending').length,
          tests,
        });
      });
      runner.on('pass', (t: Mocha.Test) =>
        tests.push({ title: t.fullTitle(), state: 'passed', durationMs: t.duration ?? 0 }),
      );
      runner.on('pending', (t: Mocha.Test) => tests.push({ title: t.fullTitle(), state: 'pending', durationMs: 0 }));
      runner.on('fail', (t: Mocha.Test, err: Error) =>
        tests.push({
          title: t.fullTitle(),
          state: 'failed',
          durationMs: t.duration ?? 0,
          error: err.stack ?? err.message,
        }),
      );
    } catch (err) {
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}

/** The @vscode/test-electron entry: fails when any test fails. */
export async function run(): Promise<void> {
  const result = await runSuites({ grep: process.env.HANDOFF_VSCODE_GREP });
  if (result.failures > 0) throw new Error(`${result.failures} extension-host tests failed`);
}
