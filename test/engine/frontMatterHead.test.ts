/**
 * `frontMatterHead`: the part of a plan that its front matter's readers need (the cross-plan pass
 * reads no more of a long plan, and `declaresPlanSchema` looks no further). Parsing the head must
 * give exactly what parsing the whole text gives, on every fixture and example and on edge cases.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { frontMatterHead, parseFrontMatter } from '../../server/src/engine/frontMatter.js';
import { LineIndex } from '../../server/src/engine/lines.js';
import type { FmValue, FrontMatter } from '../../server/src/engine/model.js';
import { declaresPlanSchema } from '../../server/src/engine/parse/index.js';
import { planFiles, repoRoot } from '../helpers.js';

function plain(v: FmValue): unknown {
  return { key: v.key, range: v.range, kind: v.kind, value: v.value, items: v.items.map(plain) };
}

function parsed(text: string): unknown {
  const fm: FrontMatter = parseFrontMatter(text, new LineIndex(text));
  return { ...fm, entries: [...fm.entries.values()].map(plain) };
}

/** The head is a prefix of the text, and its front matter is the whole text's. Returns whether it is shorter. */
function sameAsWhole(text: string): boolean {
  const head = frontMatterHead(text);
  assert.ok(text.startsWith(head), JSON.stringify(text.slice(0, 200)));
  assert.deepEqual(parsed(head), parsed(text), JSON.stringify(text.slice(0, 200)));
  assert.equal(declaresPlanSchema(head), declaresPlanSchema(text));
  return head.length < text.length;
}

describe('frontMatterHead', () => {
  it('ends after the closing line and its break, whatever the line ends', () => {
    assert.equal(frontMatterHead('---\na: 1\n---\n# T\nbody\n'), '---\na: 1\n---\n');
    assert.equal(frontMatterHead('---\r\na: 1\r\n---\r\n# T\r\n'), '---\r\na: 1\r\n---\r\n');
    assert.equal(frontMatterHead('---\ra: 1\r---\r# T\r'), '---\ra: 1\r---\r');
    assert.equal(frontMatterHead('---\na: 1\n...  \n# T\n'), '---\na: 1\n...  \n');
    assert.equal(frontMatterHead('---\n---\n# T\n'), '---\n---\n');
  });

  it('is the whole text when the front matter is not closed before the end, or absent', () => {
    for (const text of ['---\na: 1\n', '---\na: 1\n---', '# T\n---\na\n---\n', '', '---', 'a: 1\n---\n# T\n']) {
      assert.equal(frontMatterHead(text), text, JSON.stringify(text));
    }
    // A line that only starts like a closing one does not close it.
    assert.equal(frontMatterHead('---\na: 1\n----\nb: 2\n--- x\n'), '---\na: 1\n----\nb: 2\n--- x\n');
  });

  it('gives the front matter of the whole text on every fixture and example, with LF, CRLF and CR', () => {
    const files = planFiles(path.join(repoRoot, 'examples'), path.join(repoRoot, 'test', 'fixtures'));
    assert.ok(files.length > 20, `only ${files.length} files found`);
    let shorter = 0;
    for (const f of files) {
      const text = fs.readFileSync(f, 'utf8').replace(/^\uFEFF/, '');
      for (const eol of ['\n', '\r\n', '\r']) if (sameAsWhole(text.replace(/\r?\n/g, eol))) shorter++;
    }
    // Most plans have front matter and a body: the head must actually be cut short.
    assert.ok(shorter > files.length, `the head was shorter on ${shorter} of ${files.length * 3} texts`);
  });

  it('gives the front matter of the whole text on edge cases', () => {
    const cases = [
      '---\nschema: transition-plan/1\n---\n# T\n',
      '---\nschema: transition-plan/1\n--- \t\n# T\n',
      '---\nschema: transition-plan/1\n---\u00a0\nschema: transition-plan/1\n',
      '---\nid: A\n...\n---\nschema: transition-plan/1\n---\n',
      '---\nid: A\n',
      '---\nid: A\n---',
      '---\r\nschema: transition-plan/1\r---\r\n# T',
      '---\nid: [\n---\n# T\n',
      '--- yaml\nschema: transition-plan/1\n---\n# T\n',
      '---toml\nschema = 1\n---\n# T\n',
      '# T\n---\nschema: transition-plan/1\n---\n',
    ];
    let shorter = 0;
    for (const text of cases) if (sameAsWhole(text)) shorter++;
    assert.ok(shorter >= 6, `the head was shorter on ${shorter} cases`);
  });

  it('tells a plan by the schema its front matter declares, not by one in the body', () => {
    assert.equal(declaresPlanSchema('---\nschema: transition-plan/1\n---\n# T\n'), true);
    assert.equal(declaresPlanSchema('---\nid: A\n---\nschema: transition-plan/1\n'), false);
    assert.equal(declaresPlanSchema('---\nid: A\nschema: "transition-plan/1" # v1\n'), true);
    assert.equal(declaresPlanSchema('# T\nschema: transition-plan/1\n'), false);
  });
});
