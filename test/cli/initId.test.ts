/**
 * `handoff init` without `--id` gives the starter plan the next free id of the year among the
 * plans it joins (plan ids are unique across a workspace: `duplicate-id`), against the built binary.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { hashTree, makeTempDir, removeTempDir, runCli, writeTree } from './harness.js';

/** The year `init` dates the plan in (today, UTC). */
const YEAR = new Date().toISOString().slice(0, 4);

/** A plan that declares the schema, with only an id. */
function plan(id: string): string {
  return `---\nschema: transition-plan/1\nid: ${id}\n---\n\n# Plan ${id}\n`;
}

function writtenId(dir: string): string | undefined {
  return /^id: "([^"]+)"$/m.exec(fs.readFileSync(path.join(dir, 'transition.plan.md'), 'utf8'))?.[1];
}

/** Every file under `root`, relative and sorted (symlinks listed, not followed). */
function files(root: string): string[] {
  return (fs.readdirSync(root, { recursive: true }) as string[])
    .filter((f) => !fs.lstatSync(path.join(root, f)).isDirectory())
    .map((f) => f.split(path.sep).join('/'))
    .sort();
}

describe('handoff init: the next free plan id (built binary)', function () {
  this.timeout(60_000);
  let dir: string;
  beforeEach(() => {
    dir = makeTempDir('handoff-init-id-');
  });
  afterEach(() => removeTempDir(dir));

  it('counts the plans under the nearest .handoff.yaml as a lint reads them, and writes nothing else', () => {
    const project = path.join(dir, 'project');
    writeTree(dir, {
      'outside/other.plan.md': plan(`TP-${YEAR}-060`),
    });
    writeTree(project, {
      '.handoff.yaml': 'ignore: ["archive/**"]\n',
      'a/one.plan.md': plan(`TP-${YEAR}-001`),
      'a/deep/three.plan.md': plan(`TP-${YEAR}-003`),
      // Another year's numbers are not this year's.
      'old.plan.md': plan(`TP-${Number(YEAR) - 1}-007`),
      // Not linted, so not counted: ignored, not a plan, unreadable (not UTF-8).
      'archive/gone.plan.md': plan(`TP-${YEAR}-050`),
      'notes.md': `id: TP-${YEAR}-030\n`,
      'bad.plan.md': Buffer.concat([Buffer.from(plan(`TP-${YEAR}-040`)), Buffer.from([0xff, 0xfe])]),
    });
    // A symlink out of the project is not followed, as a lint does not follow it.
    fs.symlinkSync(path.join(dir, 'outside', 'other.plan.md'), path.join(project, 'link.plan.md'));
    const before = files(project);
    const tree = hashTree(project);

    const result = runCli(['init', 'plans/new'], project);
    assert.equal(result.code, 0, result.stderr);
    const target = path.join(project, 'plans', 'new');
    assert.equal(writtenId(target), `TP-${YEAR}-004`);
    assert.match(
      result.stdout,
      new RegExp(
        `^Next: fill in the plan \\(its id, TP-${YEAR}-004, is the next free one of the plans under \\.\\), then run \`handoff lint plans/new\`\\.$`,
        'm',
      ),
    );
    // The project's .handoff.yaml applies to the new plan: no starter one to replace it there.
    assert.match(result.stdout, /^not created plans\/new\/\.handoff\.yaml: \.handoff\.yaml applies here already/m);
    assert.deepEqual(
      files(project),
      [...before, 'plans/new/transition.plan.md'].sort(),
      'only the starter plan is written',
    );
    fs.rmSync(path.join(project, 'plans/new/transition.plan.md'));
    fs.rmSync(path.join(project, 'plans'), { recursive: true });
    assert.equal(hashTree(project), tree, 'nothing else changed');
  });

  it('writes no .handoff.yaml under a project that has one, so the new plan keeps its settings', () => {
    writeTree(dir, { '.handoff.yaml': 'rules: { stakeholder-incomplete: off }\n' });
    const result = runCli(['init', 'plans/new'], dir);
    assert.equal(result.code, 0, result.stderr);
    assert.ok(!fs.existsSync(path.join(dir, 'plans', 'new', '.handoff.yaml')));
    assert.ok(fs.existsSync(path.join(dir, 'plans', 'new', 'transition.plan.md')));
    // The starter plan's placeholder names are reported unless the project turned that rule off.
    const lint = runCli(['lint', 'plans/new', '--format', 'json'], dir);
    const rules = (JSON.parse(lint.stdout) as { files: { diagnostics: { rule: string }[] }[] }).files.flatMap((f) =>
      f.diagnostics.map((d) => d.rule),
    );
    assert.ok(rules.length > 0, lint.stdout);
    assert.ok(!rules.includes('stakeholder-incomplete'), rules.join());
    // A second run has nothing to do.
    const again = runCli(['init', 'plans/new'], dir);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /Nothing to do/);
  });

  it('without a .handoff.yaml above, counts the plans in the folder it writes into and below', () => {
    writeTree(dir, {
      'here.plan.md': plan(`TP-${YEAR}-009`),
      'sub/there.plan.md': plan(`TP-${YEAR}-012`),
    });
    // A new folder beside the plans is a project of its own: they are not under it.
    const beside = runCli(['init', 'beside'], path.join(dir, 'sub'));
    assert.equal(beside.code, 0, beside.stderr);
    assert.equal(writtenId(path.join(dir, 'sub', 'beside')), `TP-${YEAR}-001`);

    // The folder that holds them (and the plan just written, below it).
    const result = runCli(['init'], dir);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(writtenId(dir), `TP-${YEAR}-013`);
    assert.match(result.stdout, new RegExp(`its id, TP-${YEAR}-013, is the next free one of the plans under \\.\\)`));
  });

  it('keeps the width the plans use', () => {
    writeTree(dir, { 'p.plan.md': plan(`TP-${YEAR}-0041`) });
    const result = runCli(['init', '.'], dir);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(writtenId(dir), `TP-${YEAR}-0042`);
  });

  it('keeps an --id as given, and names no id in the message', () => {
    writeTree(dir, { 'p.plan.md': plan(`TP-${YEAR}-001`) });
    const result = runCli(['init', 'x', '--id', `TP-${YEAR}-001`], dir);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(writtenId(path.join(dir, 'x')), `TP-${YEAR}-001`);
    assert.match(result.stdout, /^Next: fill in the plan, then run `handoff lint x`\.$/m);
  });

  it('names no id when the plan already existed and only the configuration was written', () => {
    writeTree(dir, { 'transition.plan.md': plan(`TP-${YEAR}-005`) });
    const result = runCli(['init'], dir);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^skipped transition\.plan\.md: it already exists and was left unchanged$/m);
    assert.match(result.stdout, /^Next: fill in the plan, then run `handoff lint \.`\.$/m);
    assert.equal(fs.readFileSync(path.join(dir, 'transition.plan.md'), 'utf8'), plan(`TP-${YEAR}-005`));
  });
});
