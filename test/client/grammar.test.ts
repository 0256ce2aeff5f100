/**
 * The injection grammar. vscode-textmate and vscode-oniguruma are not dependencies of this
 * project, so the grammar is checked here in JavaScript: every regex must compile (the grammar
 * keeps to the common subset of Oniguruma and JS syntax) and match or reject sample text the way
 * the scopes promise. If both packages happen to be installed, the samples are also tokenized for
 * real.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../helpers.js';

interface Rule {
  match?: string;
  name?: string;
  captures?: Record<string, { name?: string; patterns?: Rule[] }>;
  patterns?: Rule[];
  include?: string;
}

interface Grammar {
  scopeName: string;
  injectionSelector: string;
  patterns: Rule[];
  repository: Record<string, Rule>;
}

const GRAMMAR_PATH = path.join(repoRoot, 'syntaxes', 'handoff.injection.tmLanguage.json');
const grammar = JSON.parse(fs.readFileSync(GRAMMAR_PATH, 'utf8')) as Grammar;

function allRegexes(rule: Rule, out: string[] = []): string[] {
  if (rule.match) out.push(rule.match);
  for (const c of Object.values(rule.captures ?? {})) for (const p of c.patterns ?? []) allRegexes(p, out);
  for (const p of rule.patterns ?? []) allRegexes(p, out);
  return out;
}

/** The scopes a repository rule gives to its matches in `text` (whole match or captures). */
function scopesIn(ruleName: string, text: string): { text: string; scope: string }[] {
  const rule = grammar.repository[ruleName]!;
  const re = new RegExp(rule.match!, 'gm');
  const out: { text: string; scope: string }[] = [];
  for (const m of text.matchAll(re)) {
    if (rule.name) out.push({ text: m[0], scope: rule.name });
    for (const [i, cap] of Object.entries(rule.captures ?? {})) {
      const t = m[Number(i)];
      if (t !== undefined && cap.name) out.push({ text: t, scope: cap.name });
    }
  }
  return out;
}

function matched(ruleName: string, text: string): string[] {
  const rule = grammar.repository[ruleName]!;
  return [...text.matchAll(new RegExp(rule.match!, 'gm'))].map((m) => m[0]);
}

describe('client: highlighting grammar', () => {
  it('is an injection into Markdown, outside code', () => {
    assert.equal(grammar.scopeName, 'text.html.markdown.handoff');
    assert.match(grammar.injectionSelector, /^L:text\.html\.markdown\b/);
    assert.match(grammar.injectionSelector, /-markup\.fenced_code/);
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
      contributes: { grammars: { scopeName: string; path: string; injectTo: string[] }[] };
    };
    assert.deepEqual(pkg.contributes.grammars, [
      {
        scopeName: grammar.scopeName,
        path: './syntaxes/handoff.injection.tmLanguage.json',
        injectTo: ['text.html.markdown'],
      },
    ]);
    for (const p of grammar.patterns) assert.ok(p.include && grammar.repository[p.include.slice(1)], p.include);
  });

  it('every regex compiles in JavaScript', () => {
    const regexes = Object.values(grammar.repository).flatMap((r) => allRegexes(r));
    assert.ok(regexes.length >= 6);
    for (const source of regexes) assert.doesNotThrow(() => new RegExp(source), source);
  });

  it('highlights register IDs of every register, and nothing that only looks like one', () => {
    const sample = '| S-01 | R-02 | M-03 | H-04 | PI-01 | CA-01 | I-01 | A-01 | RS-01 | ELS-01 | S-12 |';
    assert.deepEqual(matched('register-id', sample), [
      'S-01',
      'R-02',
      'M-03',
      'H-04',
      'PI-01',
      'CA-01',
      'I-01',
      'A-01',
      'RS-01',
      'ELS-01',
      'S-12',
    ]);
    assert.deepEqual(matched('register-id', 'TP-2026-014 RFC-2026-0412 X-01 COVID-19 S-1 FOOS-01 S-2026-01'), []);
  });

  it('highlights plan ids', () => {
    assert.deepEqual(matched('plan-id', 'depends_on: [TP-2026-009, TP-2026-014] and RFC-2026-0412'), [
      'TP-2026-009',
      'TP-2026-014',
    ]);
  });

  it('colours RAG words and emoji, and the front-matter health value', () => {
    assert.deepEqual(scopesIn('rag-word', '| 2026-11-20 | Green | x | Amber | Red | reduced |'), [
      { text: 'Green', scope: 'markup.inserted.rag.green.handoff' },
      { text: 'Amber', scope: 'markup.changed.rag.amber.handoff' },
      { text: 'Red', scope: 'markup.deleted.rag.red.handoff' },
    ]);
    assert.deepEqual(
      scopesIn('rag-emoji', '🟢 on track, 🟡 watch, 🔴 act').map((s) => s.scope),
      ['markup.inserted.rag.green.handoff', 'markup.changed.rag.amber.handoff', 'markup.deleted.rag.red.handoff'],
    );
    assert.deepEqual(
      scopesIn('health-key', 'stage: control\nhealth: amber\n').map((s) => `${s.text}=${s.scope}`),
      [
        'health=entity.name.tag.yaml',
        ':=punctuation.separator.key-value.mapping.yaml',
        'amber=markup.changed.rag.amber.handoff',
      ],
    );
  });

  it('marks handoff-disable / handoff-enable comments and their rule names', () => {
    for (const c of [
      '<!-- handoff-disable-next-line risk-score-mismatch -->',
      '<!-- handoff-disable risk-without-owner, status-stale -->',
      '<!-- handoff-enable -->',
    ]) {
      const scopes = scopesIn('directive-comment', c);
      assert.equal(scopes[0]?.text, c);
      assert.ok(scopes.some((s) => s.scope === 'keyword.control.directive.handoff'));
    }
    const rules = scopesIn('directive-comment', '<!-- handoff-disable risk-without-owner, status-stale -->').find(
      (s) => s.scope === 'meta.rule-list.handoff',
    )!;
    const nameRule = grammar.repository['directive-comment']!.captures!['3']!.patterns![0]!;
    assert.deepEqual(
      [...rules.text.matchAll(new RegExp(nameRule.match!, 'g'))].map((m) => m[0]),
      ['risk-without-owner', 'status-stale'],
    );
    assert.deepEqual(matched('directive-comment', '<!-- a plain comment --> <!-- handoffdisable x -->'), []);
  });

  it('tokenizes samples with vscode-textmate + vscode-oniguruma when they are installed', async function () {
    const tokens = await tokenizeWithTextmate([
      '| R-01 | Vendor late | S-02 | Green |',
      '<!-- handoff-disable-next-line status-stale -->',
      'Depends on TP-2026-009 🔴',
    ]);
    if (!tokens) return this.skip(); // not dependencies of the project: the checks above cover the regexes
    const scopeOf = (line: number, text: string) => tokens[line]!.find((t) => t.text === text)?.scopes ?? [];
    assert.ok(scopeOf(0, 'R-01').includes('constant.other.reference.register-id.handoff'));
    assert.ok(scopeOf(0, 'Green').includes('markup.inserted.rag.green.handoff'));
    assert.ok(scopeOf(1, 'handoff-disable-next-line').includes('keyword.control.directive.handoff'));
    assert.ok(scopeOf(2, 'TP-2026-009').includes('entity.name.tag.plan-id.handoff'));
  });
});

interface Token {
  readonly text: string;
  readonly scopes: readonly string[];
}

/** Tokenizes lines of a stand-in Markdown grammar with our injection, or undefined if the libraries are missing. */
async function tokenizeWithTextmate(lines: readonly string[]): Promise<Token[][] | undefined> {
  const { createRequire } = await import('node:module');
  const require = createRequire(import.meta.url);
  let textmate: typeof import('./textmate-types.js').Textmate;
  let oniguruma: typeof import('./textmate-types.js').Oniguruma;
  let wasmPath: string;
  try {
    textmate = require('vscode-textmate') as typeof textmate;
    oniguruma = require('vscode-oniguruma') as typeof oniguruma;
    wasmPath = require.resolve('vscode-oniguruma/release/onig.wasm');
  } catch {
    return undefined;
  }
  await oniguruma.loadWASM(fs.readFileSync(wasmPath).buffer);
  const host = { scopeName: 'text.html.markdown', patterns: [] };
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: (scope: string) =>
      Promise.resolve(
        scope === host.scopeName
          ? textmate.parseRawGrammar(JSON.stringify(host), 'markdown.json')
          : scope === grammar.scopeName
            ? textmate.parseRawGrammar(fs.readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH)
            : null,
      ),
    getInjections: (scope: string) => (scope === host.scopeName ? [grammar.scopeName] : undefined),
  });
  const markdown = await registry.loadGrammar(host.scopeName);
  if (!markdown) throw new Error('stand-in Markdown grammar did not load');
  let state = textmate.INITIAL;
  return lines.map((line) => {
    const r = markdown.tokenizeLine(line, state);
    state = r.ruleStack;
    return r.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}
