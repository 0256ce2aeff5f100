/**
 * Issue 12: hovers show plan text without its control characters. A stakeholder's name in the
 * open plan and the title of another, closed plan (read through the file access) carry a
 * terminal escape, a BEL, a bidi override and a line separator; the hover shows the words, not
 * the controls.
 */
import assert from 'node:assert/strict';
import type { Hover, Position } from 'vscode-languageserver-protocol';
import { startInMemory, memUri, type MemoryServer } from './inMemory.js';
import { AS_OF, MULTI, posOf } from './util.js';

const HOSTILE = '\u001b[2J\u001b]0;owned\u0007\u202e\u2028';
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const ALPHA = memUri('a/alpha.plan.md');

describe('LSP hover on hostile plan text (in memory)', function () {
  let server: MemoryServer | undefined;
  afterEach(async () => server?.client.stop());

  it('a hostile stakeholder name and a hostile title of a closed plan are shown without control characters', async () => {
    const alpha = MULTI['a/alpha.plan.md']!.replace('Helen Marsh', `Helen ${HOSTILE}Marsh`);
    const beta = MULTI['b/beta.plan.md']!.replace('title: Beta bank file format', `title: "Beta \\e[2J\\a bank"`);
    assert.notEqual(alpha, MULTI['a/alpha.plan.md']);
    assert.notEqual(beta, MULTI['b/beta.plan.md']);
    server = await startInMemory(
      { ...MULTI, 'a/alpha.plan.md': alpha, 'b/beta.plan.md': beta },
      { folders: ['a', 'b'], initializationOptions: { asOf: AS_OF, debounceMs: 0 } },
    );
    const opened = server.client.nextDiagnostics(ALPHA, (_d, p) => p.version === 1);
    server.client.open(ALPHA, alpha);
    await opened;
    const hoverAt = async (position: Position): Promise<string> =>
      (
        (await server!.client.request<Hover | null>('textDocument/hover', { textDocument: { uri: ALPHA }, position }))
          ?.contents as { value: string } | undefined
      )?.value ?? '';
    const sponsor = await hoverAt(posOf(alpha, 'sponsor: S-01', 10));
    assert.match(sponsor, /Helen/);
    assert.doesNotMatch(sponsor, CONTROL, JSON.stringify(sponsor));
    const dependency = await server.client.diagnosticsFor(ALPHA).then(() => hoverAt(posOf(alpha, 'TP-B-001', 2)));
    assert.match(dependency, /Beta/);
    assert.doesNotMatch(dependency, CONTROL, JSON.stringify(dependency));
  });
});
