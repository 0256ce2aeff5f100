/**
 * LSP typing fuzz: an example plan typed into the language server (in this process, over the
 * in-memory file access) one character at a time, with random edits mixed in — deletions, pasted
 * Markdown specials, CR/CRLF, jumps of the cursor. After each batch it checks that the server
 * logged no error, that every published diagnostic lies inside the document it was published
 * for, and that the server still answers: a hover on another document comes back.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic, Hover, Position, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { repoRoot, rng } from '../helpers.js';
import { memUri, startInMemory } from '../lsp/inMemory.js';

export interface TypingOptions {
  readonly seed: number;
  /** Edits to send (each one character typed, or one random edit). */
  readonly edits: number;
  /** The example typed (a file name under examples/). */
  readonly example?: string;
}

export interface TypingReport {
  readonly edits: number;
  readonly problems: string[];
  /** Published diagnostics checked against the version they were published for. */
  readonly checked: number;
}

const PASTES = [
  '*',
  '`',
  '|',
  '[',
  '](u)',
  '\n',
  '\r',
  '\r\n',
  '---\n',
  '```\n',
  '<!--',
  '\n### Risks\n',
  '- ',
  '\uD800',
  '😀',
];

function inside(doc: TextDocument, d: Diagnostic): boolean {
  const lines = doc.getText().split(/\r\n|\r|\n/);
  return [d.range.start, d.range.end].every(
    (p: Position) => p.line >= 0 && p.line < lines.length && p.character >= 0 && p.character <= lines[p.line]!.length,
  );
}

export async function runTyping(options: TypingOptions): Promise<TypingReport> {
  const example = options.example ?? 'crm-initiation.plan.md';
  const target = fs.readFileSync(path.join(repoRoot, 'examples', example), 'utf8');
  const other = fs.readFileSync(path.join(repoRoot, 'examples', 'payroll-cloud.plan.md'), 'utf8');
  const server = await startInMemory({}, { initializationOptions: { asOf: '2026-06-01', debounceMs: 0 } });
  const { client } = server;
  const problems: string[] = [];
  const uri = memUri('typed.plan.md');
  const otherUri = memUri('other.plan.md');
  const docs = new Map<number, TextDocument>();
  let checked = 0;
  const seen = client.on<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => {
    if (p.uri !== uri) return;
    const doc = p.version !== undefined ? docs.get(p.version) : undefined;
    if (!doc) return; // a version not kept (older than the window below)
    checked += p.diagnostics.length;
    for (const d of p.diagnostics) {
      if (!inside(doc, d))
        problems.push(`version ${p.version}: ${String(d.code)} ${JSON.stringify(d.range)} outside the document`);
    }
  });
  const logged = client.on<{ type: number; message: string }>('window/logMessage', (p) => {
    if (p.type === 1) problems.push(`server error: ${p.message.split('\n')[0]}`);
  });
  const rnd = rng(options.seed);
  try {
    client.open(otherUri, other);
    let doc = client.open(uri, '');
    docs.set(doc.version, doc);
    let typed = 0; // characters of the example typed so far
    let cursor = 0; // offset the next character goes to
    for (let n = 0; n < options.edits; n++) {
      const text = doc.getText();
      cursor = Math.min(cursor, text.length);
      const r = rnd();
      let start = cursor;
      let end = cursor;
      let insert: string;
      if (r < 0.8 && typed < target.length) {
        insert = target[typed++]!;
      } else if (r < 0.88) {
        start = Math.max(0, cursor - 1 - Math.floor(rnd() * 20)); // backspace (a word)
        insert = '';
      } else if (r < 0.96) {
        insert = PASTES[Math.floor(rnd() * PASTES.length)]!;
      } else {
        cursor = Math.floor(rnd() * (text.length + 1)); // click somewhere else
        start = end = cursor;
        insert = '';
      }
      doc = client.edit(uri, [{ range: { start: doc.positionAt(start), end: doc.positionAt(end) }, newText: insert }]);
      cursor = start + insert.length;
      docs.set(doc.version, doc);
      docs.delete(doc.version - 200);
      if (n % 25 === 24 || n === options.edits - 1) {
        const hover = client.request<Hover | null>('textDocument/hover', {
          textDocument: { uri: otherUri },
          position: { line: 1, character: 2 },
        });
        const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 10_000));
        if ((await Promise.race([hover, timeout])) === 'timeout') {
          problems.push(`edit ${n}: no answer to a hover on another document within 10 s`);
          break;
        }
      }
    }
    // The last version is linted and its diagnostics checked.
    if (client.diagnostics.get(uri)?.version !== doc.version) {
      await client
        .nextDiagnostics(uri, (_d, p) => p.version === doc.version, 30_000)
        .catch(() => {
          problems.push(`no diagnostics for the last version ${doc.version}`);
        });
    }
    return { edits: options.edits, problems, checked };
  } finally {
    seen.dispose();
    logged.dispose();
    await client.stop();
  }
}
