/**
 * JUnit XML, the test-report format every CI shows (GitLab `artifacts: reports: junit`, Jenkins,
 * Azure Pipelines, GitHub test-report actions). One `<testsuite>` per plan and one `<testcase>`
 * per rule that ran on it, so a clean plan shows as passing checks, not as nothing:
 *
 * - a rule with no finding is an empty, passing testcase;
 * - error findings make the testcase fail: one `<failure>` listing them all (JUnit allows one);
 * - warnings and infos do not fail a build (unless `--max-warnings`), so they are listed in the
 *   testcase's `<system-out>` and it passes. Reporting them as `<skipped>` would claim the rule
 *   did not run, which is false.
 *
 * A file that could not be linted is a testsuite with one testcase holding an `<error>`.
 */
import { docsUrl } from '../../engine/rule.js';
import { escapeControls, singleLine } from '../../engine/sanitize.js';
import type { FileError, LintMessage, FormatOptions, LintRun, LintedFile } from './types.js';

/** Characters XML 1.0 forbids (controls other than tab/LF/CR, lone surrogates, U+FFFE/U+FFFF). */
const INVALID_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlText(value: string): string {
  // Carriage returns stay (attributes encode them): every other control character is made visible.
  return escapeControls(value, true)
    .replace(INVALID_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

export function xmlAttribute(value: string): string {
  return xmlText(value)
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

function element(name: string, attributes: Record<string, string | number>, children?: string[]): string[] {
  const attrs = Object.entries(attributes)
    .map(([k, v]) => ` ${k}="${xmlAttribute(String(v))}"`)
    .join('');
  if (!children || children.length === 0) return [`<${name}${attrs}/>`];
  return [`<${name}${attrs}>`, ...children.map((c) => `  ${c}`), `</${name}>`];
}

function findingLine(d: LintMessage): string {
  return `${d.line}:${d.column} ${d.severity} ${singleLine(d.message)}`;
}

interface Counts {
  tests: number;
  failures: number;
  errors: number;
}

/** The rules of a plan's testcases, each with its findings: the rules that ran, and any with findings. */
function findingsByRule(file: LintedFile): Map<string, LintMessage[]> {
  const byRule = new Map<string, LintMessage[]>();
  for (const rule of file.appliedRules ?? []) byRule.set(rule, []);
  // Rules with findings are listed even if the host did not say they ran (e.g. cross-plan rules).
  for (const d of file.diagnostics) {
    const list = byRule.get(d.rule) ?? [];
    list.push(d);
    byRule.set(d.rule, list);
  }
  return byRule;
}

function suiteCounts(byRule: ReadonlyMap<string, readonly LintMessage[]>): Counts {
  let failures = 0;
  for (const diagnostics of byRule.values()) if (diagnostics.some((d) => d.severity === 'error')) failures++;
  return { tests: byRule.size, failures, errors: 0 };
}

function planSuite(file: LintedFile, asOf: string): string[] {
  const byRule = findingsByRule(file);
  const counts = suiteCounts(byRule);
  const cases: string[] = [];
  for (const [rule, diagnostics] of byRule) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    const others = diagnostics.filter((d) => d.severity !== 'error');
    const children: string[] = [];
    if (errors.length > 0) {
      const message =
        errors.length === 1 ? errors[0]!.message : `${errors.length} errors; first: ${errors[0]!.message}`;
      const body = [...errors.map(findingLine), docsUrl(rule)].join('\n');
      children.push(
        `<failure message="${xmlAttribute(message)}" type="${xmlAttribute(rule)}">${xmlText(body)}</failure>`,
      );
    }
    if (others.length > 0) children.push(`<system-out>${xmlText(others.map(findingLine).join('\n'))}</system-out>`);
    cases.push(...element('testcase', { name: rule, classname: file.path, file: file.path }, children));
  }
  const properties = element('properties', {}, [
    ...element('property', { name: 'as-of', value: asOf }),
    ...(file.stage ? element('property', { name: 'stage', value: file.stage }) : []),
  ]);
  return element(
    'testsuite',
    { name: file.path, tests: counts.tests, failures: counts.failures, errors: 0, skipped: 0, file: file.path },
    [...properties, ...cases],
  );
}

function errorSuite(e: FileError): string[] {
  const error = `<error message="${xmlAttribute(e.message)}" type="unreadable">${xmlText(`${e.path}: ${e.message}`)}</error>`;
  return element('testsuite', { name: e.path, tests: 1, failures: 0, errors: 1, skipped: 0, file: e.path }, [
    ...element('testcase', { name: 'read plan', classname: e.path, file: e.path }, [error]),
  ]);
}

/** Indented one level, as `element` indents its children, each line ending in a line break. */
function childLines(lines: readonly string[]): string {
  return lines.map((l) => `  ${l}\n`).join('');
}

/**
 * The whole report: the root element's counts need the whole run, so the run's counts are added
 * up first, and each suite is then made and handed on one at a time, never the whole text at once.
 */
export function* formatJunit(run: LintRun, _options: FormatOptions): Generator<string, void, undefined> {
  const total: Counts = { tests: run.fileErrors.length, failures: 0, errors: run.fileErrors.length };
  for (const file of run.files) {
    const counts = suiteCounts(findingsByRule(file));
    total.tests += counts.tests;
    total.failures += counts.failures;
  }
  const attributes = {
    name: 'handoff',
    tests: total.tests,
    failures: total.failures,
    errors: total.errors,
    skipped: 0,
  };
  const declaration = '<?xml version="1.0" encoding="UTF-8"?>';
  if (run.files.length === 0 && run.fileErrors.length === 0) {
    yield `${declaration}\n${element('testsuites', attributes)[0]}\n`;
    return;
  }
  const wrapper = element('testsuites', attributes, ['']);
  const [open, close] = [wrapper[0], wrapper[wrapper.length - 1]];
  yield `${declaration}\n${open}\n`;
  for (const file of run.files) yield childLines(planSuite(file, run.asOf));
  for (const e of run.fileErrors) yield childLines(errorSuite(e));
  yield `${close}\n`;
}
