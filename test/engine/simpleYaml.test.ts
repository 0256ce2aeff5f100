/**
 * The front matter's fast path (simpleYaml.ts) = the `yaml` package: on every fixture and
 * example, on each of their front-matter lines mutated, and on edge cases, parseFrontMatter gives
 * the same entries, values, ranges and errors with and without it.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseFrontMatter } from '../../server/src/engine/frontMatter.js';
import type { FmValue, FrontMatter } from '../../server/src/engine/model.js';
import { parseSimpleYaml } from '../../server/src/engine/simpleYaml.js';
import { LineIndex } from '../../server/src/engine/lines.js';
import { planFiles, repoRoot } from '../helpers.js';

function plain(v: FmValue): unknown {
  return {
    key: v.key,
    keyRange: v.keyRange,
    range: v.range,
    kind: v.kind,
    value: v.value,
    items: v.items.map(plain),
    entries: [...v.entries.values()].map(plain),
  };
}

function snapshot(fm: FrontMatter): unknown {
  return { ...fm, entries: [...fm.entries.values()].map(plain) };
}

/** Whether the fast path took the text; throws when it differs from `yaml`. */
function same(text: string): boolean {
  const lines = new LineIndex(text);
  const fast = parseFrontMatter(text, lines);
  const slow = parseFrontMatter(text, lines, true);
  assert.deepEqual(snapshot(fast), snapshot(slow), JSON.stringify(text.slice(0, 400)));
  const end = text.indexOf('\n---', 3);
  return end > 0 && parseSimpleYaml(text.slice(text.indexOf('\n') + 1, end + 1)) !== undefined;
}

/** The fast path takes `body` as front matter, with LF and with CRLF, and gives yaml's result. */
function assertFast(body: string): void {
  assert.ok(same(`---\n${body}---\n\n# T\n`), `fast path not taken: ${JSON.stringify(body)}`);
  assert.ok(same(`---\r\n${body.replace(/\n/g, '\r\n')}---\r\n\r\n# T\r\n`), `CRLF: ${JSON.stringify(body)}`);
}

/** `body` is left to yaml (and both paths still agree on it). */
function assertLeftToYaml(body: string): void {
  assert.equal(same(`---\n${body}---\n\n# T\n`), false, `fast path taken: ${JSON.stringify(body)}`);
}

const EDGE = [
  'a: 1\nb: 007\nc: -1\nd: 1.5\ne: 1e3\nf: .inf\ng: 0x1F\nh: 0o17\n',
  'a: true\nb: False\nc: TRUE\nd: yes\ne: null\nf: ~\ng: Null\n',
  'a: 2026-01-31\nb: 2026-1-31\nc: 2026-01-31T10:00:00\nd: 20260131\n',
  'tags: [a, b]\nx: []\ny: [ a ]\nz: [a,b]\nw: [a: b]\nv: [1, 2]\n',
  'dates:\n  start: 2026-01-01\n  go_live: 2026-02-01\nnext: x\n',
  'list:\n  - a\n  - b\nnext: x\n',
  'list:\n  - a\n  -  b\n',
  'list:\n  - a\n  x: b\n',
  'map:\n  a: 1\n    b: 2\n',
  'map:\n   a: 1\n',
  'a: x\na: y\n',
  'map:\n  a: 1\n  a: 2\n',
  'a: b: c\n',
  'a: b:\n',
  'a: http://x.org/a:b\n',
  'a:  two spaces\n',
  'a: trailing \n',
  'a:\n',
  'a:\nb: 1\n',
  'true: 1\nnull: 2\nTrue: 3\n',
  'a: (x) y\nb: /path\nc: _u\nd: S-01 (Ana)\n',
  'a: x, y\nb: [x y, z]\n',
  'key with space: 1\n',
  '- a\n- b\n',
  'a: 1\n\nb: 2\n',
  'a: 1 # c\n',
  'a: ü\nb: 日本\n',
  'a: 1234567890123456\n',
  'a: 123456789012345\n',
  'a: -\nb: ?\nc: :x\n',
  'a: "@x.y"\nb: ""\nc: " sp "\nd: "a: b"\ne: "x"y"\nf: a"b"\ng: ["x", y]\nh: "x" \ni: "\n',
  'a: b@c\nb: @c\n',
  'a: [\n',
  'a: x]\n',
  'a: [x]y\n',
  'a: ' + 'k'.repeat(2000) + '\n',
  'k'.repeat(1100) + ': 1\n',
  '# c\na: 1\n',
  'a: 1\n# c "quoted" & *x {y} \\ \t\nb: 2\n',
  'dates:\n  a: 1\n\nx: 1\n',
  'dates:\n  a: 1\n# c\nx: 1\n',
  'dates:\n  a: 1\n\n  b: 2\n',
  'dates:\n  a: 1\n  # c\n  b: 2\n',
  'list:\n  - a\n\nx: 1\n',
  'list:\n  - a\n# c\n  - b\n',
  '#\n',
  '# only\n\n',
  'a: 1\n   \n',
  ' # c\na: 1\n',
  'a: 1\n\n\n',
  'a:\n\nb: 1\n',
  'a:\n# c\n  x: 1\n',
  "a: 'x'\nb: ''\nc: ' sp '\nd: 'a: b'\ne: 'it''s'\nf: a'b'\ng: ['x', y]\nh: 'x' \ni: '\nj: '\"q\"'\n",
  "title: Finance team's ledger\nb: 'Payroll: phase 2'\nc: x '\nd: 'a' b\n",
  "dates:\n  start: '2026-01-31'\n  x: 'true'\nlist:\n  - 'a'\n  - b's\n",
  'stage: control   # since 3 Nov\nb: x #\nc: C# apps\nd: a#b # c\ne: #x\nf: # c\n  g: 1 # c\n',
  'tags: [a, b] # c\nx: [a#b]\ny: [a, b #c]\nlist: # c\n  - a # c\n  - b#\n',
  'a: "x #1"\nb: \'y #2\'\nc: "x" # c\nd: #\n',
];

describe('front matter fast path = yaml', () => {
  const files = planFiles(path.join(repoRoot, 'examples'), path.join(repoRoot, 'test', 'fixtures'));

  it('gives the same front matter on every fixture and example', () => {
    assert.ok(files.length > 20, `only ${files.length} files found`);
    let fast = 0;
    for (const f of files) if (same(fs.readFileSync(f, 'utf8').replace(/^\uFEFF/, ''))) fast++;
    // The fast path must actually be taken, or this test compares yaml with itself.
    assert.ok(fast > files.length / 4, `fast path taken on ${fast} of ${files.length}`);
  });

  it('gives the same front matter on every fixture and example with CRLF line endings', () => {
    let fast = 0;
    for (const f of files) {
      const text = fs
        .readFileSync(f, 'utf8')
        .replace(/^\uFEFF/, '')
        .replace(/\r?\n/g, '\r\n');
      if (same(text)) fast++;
    }
    assert.ok(fast > files.length / 4, `fast path taken on ${fast} of ${files.length}`);
  });

  it('gives the same front matter on edge cases with CRLF and mixed line endings', () => {
    let fast = 0;
    for (const body of EDGE) {
      if (same(`---\r\n${body.replace(/\n/g, '\r\n')}---\r\n\r\n# T\r\n`)) fast++;
      // Every other line break CRLF, and a CR that ends no line.
      let n = 0;
      same(`---\n${body.replace(/\n/g, () => (n++ % 2 ? '\r\n' : '\n'))}---\n\n# T\n`);
      same(`---\n${body.replace(/: /, ':\r ')}---\n\n# T\n`);
      same(`---\n${body.replace(/\n/, '\r\r\n')}---\n\n# T\n`);
    }
    assert.ok(fast > 5, `fast path taken on ${fast} edge cases`);
  });

  it('gives the same front matter with each front-matter line mutated', () => {
    const MUTATIONS: ((line: string) => string)[] = [
      (l) => l + ' ',
      (l) => ' ' + l,
      (l) => l.replace(': ', ':'),
      (l) => l.replace(/: .*/, ':'),
      (l) => l.replace(/: (.*)/, ': [$1]'),
      (l) => l.replace(/: (.*)/, ': $1, x'),
      (l) => l.replace(/: (.*)/, ': 1$1'),
      (l) => l.replace(/: (.*)/, ': "$1"'),
      (l) => l.replace(/: (.*)/, ': "$1'),
      (l) => l + ': x',
      (l) => l.replace(/^ {2}/, '   '),
      (l) => l.replace(/^ {2}- /, '  -'),
      () => '',
    ];
    let cases = 0;
    for (const f of files.slice(0, 15)) {
      const text = fs.readFileSync(f, 'utf8').replace(/^\uFEFF/, '');
      const end = text.indexOf('\n---', 3);
      if (!text.startsWith('---\n') || end < 0) continue;
      const lines = text.slice(0, end).split('\n');
      for (let i = 1; i < lines.length; i++) {
        for (const m of MUTATIONS) {
          const copy = [...lines];
          copy[i] = m(copy[i]!);
          const mutated = copy.join('\n') + text.slice(end);
          same(mutated);
          same(mutated.replace(/\r?\n/g, '\r\n'));
          cases++;
        }
      }
    }
    assert.ok(cases > 100, `only ${cases} cases`);
  });

  it('takes spaces at the end of lines on the fast path, as yaml reads them', () => {
    // Hand-written front matter often has them; yaml costs about ten times the fast path.
    const bodies = [
      'a: trailing \n',
      'a: x   \nb: 2026-01-31 \nc: 12  \nd: true \n',
      'tags: [a, b]  \nx: []  \n',
      'dates:   \n  start: 2026-01-01  \n  go_live: 2026-02-01 \nnext: x \n',
      'list: \n  - a  \n  - b \n',
    ];
    for (const body of bodies) assertFast(body);
    // A no-break space is no space to YAML: part of the value, and left to yaml.
    assertLeftToYaml('a: x\u00a0\n');
  });

  it('takes blank lines and comment lines between top-level keys on the fast path', () => {
    const bodies = [
      'a: 1\n   \nb: 2\n',
      '# Transition plan\nid: TP-1\n\n# Dates agreed with the board\ndates:\n  start: 2026-01-01\n\nnext: x\n',
      'list:\n  - a\n# what\'s next: "quotes" & {braces}\nb: 2\n',
    ];
    for (const body of bodies) assertFast(body);
    // Inside a block they are left to yaml.
    assertLeftToYaml('dates:\n  a: 1\n\n  b: 2\n');
    assertLeftToYaml('dates:\n  a: 1\n  # c\n  b: 2\n');
  });

  it('takes comments after values (stage: control  # since 3 Nov) on the fast path', () => {
    for (const body of [
      'stage: control  # since 3 Nov\ntitle: Migrate C# apps\n',
      'dates: # agreed\n  start: 2026-01-31 # baseline\n',
    ])
      assertFast(body);
    // On a line with a quote, a # may be inside it: left to yaml.
    assertLeftToYaml('a: "x" # c\n');
  });

  it("takes single-quoted values and apostrophes (Finance team's …) on the fast path", () => {
    assertFast("title: Finance team's ledger\nb: 'Payroll: phase 2'\n");
    assertFast("dates:\n  start: '2026-01-31'\n");
    // '' inside single quotes is an escaped quote: left to yaml.
    assertLeftToYaml("e: 'it''s'\n");
  });

  it('gives the same front matter on 3,000 generated front matters (seeded)', () => {
    // mulberry32: the same cases on every run.
    let state = 20261203;
    const random = (): number => {
      state = (state + 0x6d2b79f5) | 0;
      let t = Math.imul(state ^ (state >>> 15), 1 | state);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
    const VALUES = [
      'x',
      'Two words',
      '12',
      '2026-01-31',
      'true',
      'null',
      '[a, b]',
      '[]',
      '"q"',
      'a # c',
      'x:y',
      '-1',
      "'q'",
      "Bob's plan",
      "'it''s'",
      "'a: b'",
      "'12'",
      'x # note',
      'C# apps',
      '"a #1"',
      '#',
    ];
    const KEYS = ['id', 'title', 'stage', 'dates', 'tags', 'a_b', 'id'];
    const line = (): string => {
      const r = random();
      if (r < 0.45) return `${pick(KEYS)}: ${pick(VALUES)}`;
      if (r < 0.6) return `${pick(KEYS)}:`;
      if (r < 0.72) return `  ${pick(KEYS)}: ${pick(VALUES)}`;
      if (r < 0.8) return `  - ${pick(VALUES)}`;
      if (r < 0.88) return '';
      if (r < 0.94) return pick(['# note', '#', '# "q" & {b}', '  # indented']);
      return pick(['   ', ' x: 1', '\tx: 1', '---x']);
    };
    let fast = 0;
    let fastSkipping = 0;
    for (let n = 0; n < 3000; n++) {
      const lines = Array.from({ length: 1 + Math.floor(random() * 8) }, () => {
        const l = line();
        return random() < 0.2 ? l + ' '.repeat(1 + Math.floor(random() * 3)) : l;
      });
      const eol = random() < 0.2 ? '\r\n' : '\n';
      if (same(`---${eol}${lines.join(eol)}${eol}---${eol}${eol}# T${eol}`)) {
        fast++;
        // The lines YAML skips: a blank or comment line, or spaces at a line's end.
        if (lines.some((l) => l.trim() === '' || l.startsWith('#') || l.endsWith(' '))) fastSkipping++;
      }
    }
    assert.ok(fast > 200, `fast path taken on only ${fast} of 3,000`);
    assert.ok(fastSkipping > 50, `fast path taken on only ${fastSkipping} cases with lines YAML skips`);
  });

  it('gives the same front matter on edge cases', () => {
    let fast = 0;
    for (const body of EDGE) if (same(`---\n${body}---\n\n# T\n`)) fast++;
    assert.ok(fast > 5, `fast path taken on ${fast} edge cases`);
  });
});
