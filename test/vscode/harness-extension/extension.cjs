// Test-harness extension: installed beside the packaged Handoff extension in code-server by
// test/e2e/vscode-suites.e2e.mjs, which writes harness-config.json next to this file:
//   { "suitesEntry": "/abs/out/test-vscode/suite/index.cjs", "resultFile": "/abs/result.json" }
// On startup it runs the extension-host suites (the same ones @vscode/test-electron runs) and
// writes their outcome to resultFile, so the launcher can read it.
/* global __dirname */
'use strict';
const fs = require('node:fs');
const path = require('node:path');

function writeResult(file, result) {
  // Write then rename, so the launcher never reads half a file.
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(result, null, 2));
  fs.renameSync(`${file}.tmp`, file);
}

exports.activate = function activate() {
  const config = JSON.parse(fs.readFileSync(path.join(__dirname, 'harness-config.json'), 'utf8'));
  const started = Date.now();
  // Not awaited: activation returns at once and the suites run in the background.
  Promise.resolve()
    .then(() => require(config.suitesEntry).runSuites({ grep: config.grep }))
    .then(
      (result) => writeResult(config.resultFile, { ...result, durationMs: Date.now() - started }),
      (err) =>
        writeResult(config.resultFile, {
          passes: 0,
          failures: 1,
          pending: 0,
          tests: [],
          error: err && err.stack ? err.stack : String(err),
        }),
    );
};

exports.deactivate = function deactivate() {};
