/** The publisher sends an open document's diagnostics only when they or its version changed. */
import assert from 'node:assert/strict';
import type { Connection, PublishDiagnosticsParams } from 'vscode-languageserver';
import type { Finding } from '../../server/src/engine/types.js';
import type { Entry } from '../../server/src/lsp/entries.js';
import { createPublisher } from '../../server/src/lsp/publisher.js';
import { normalizeUri } from '../../server/src/lsp/uri.js';

function recorder(): { connection: Connection; sent: PublishDiagnosticsParams[] } {
  const sent: PublishDiagnosticsParams[] = [];
  const connection = {
    sendDiagnostics: (params: PublishDiagnosticsParams) => {
      sent.push(params);
      return Promise.resolve();
    },
    sendNotification: () => Promise.resolve(),
  } as unknown as Connection;
  return { connection, sent };
}

const finding: Finding = {
  rule: 'risk-score-mismatch',
  severity: 'warning',
  message: 'Score 6 is not Likelihood × Impact (9).',
  range: { start: { line: 3, character: 2 }, end: { line: 3, character: 3 } },
};

describe('publisher', () => {
  // `%3A` and `:` name the same file; the entry is keyed by the normalized form.
  const raw = 'file:///c%3A/plans/a.plan.md';
  const entry = (version: number | undefined, open = true): Entry =>
    ({ key: normalizeUri(raw), uri: raw, open, version }) as unknown as Entry;

  it('does not send the same diagnostics again for the same version of an open document', () => {
    const { connection, sent } = recorder();
    const { publisher } = createPublisher(connection, () => undefined);
    publisher.publish(entry(1), [finding]);
    publisher.publish(entry(1), [finding]);
    assert.equal(sent.length, 1);
    publisher.publish(entry(1), []);
    publisher.publish(entry(2), []);
    assert.deepEqual(
      sent.map((p) => [p.version, p.diagnostics.length]),
      [
        [1, 1],
        [1, 0],
        [2, 0],
      ],
    );
  });

  it('sends them again after the document was cleared, under whichever spelling of its URI', () => {
    const { connection, sent } = recorder();
    const { publisher } = createPublisher(connection, () => undefined);
    publisher.publish(entry(1), [finding]);
    publisher.clear('file:///c:/plans/a.plan.md', 1);
    publisher.publish(entry(1), [finding]);
    assert.deepEqual(
      sent.map((p) => p.diagnostics.length),
      [1, 0, 1],
    );
  });

  it('always sends a closed file, and forgets what it sent while the file was open', () => {
    const { connection, sent } = recorder();
    const { publisher } = createPublisher(connection, () => undefined);
    publisher.publish(entry(1), [finding]);
    publisher.publish(entry(undefined, false), [finding]);
    publisher.publish(entry(undefined, false), [finding]);
    publisher.publish(entry(1), [finding]);
    assert.equal(sent.length, 4);
  });
});
