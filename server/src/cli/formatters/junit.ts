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
import type { LintMessage, FormatOptions, LintRun, LintedFile } from './types.js';

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

function planSuite(file: LintedFile, asOf: string): { lines: string[]; counts: Counts } {
  const byRule = new Map<string, LintMessage[]>();
  for (const rule of file.appliedRules ?? []) byRule.set(rule, []);
  // Rules with findings are listed even if the host did not say they ran (e.g. cross-plan rules).
  for (const d of file.diagnostics) {
    const list = byRule.get(d.rule) ?? [];
    list.push(d);
    byRule.set(d.rule, list);
  }
  const counts: Counts = { tests: 0, failures: 0, errors: 0 };
  const cases: string[] = [];
  for (const [rule, diagnostics] of byRule) {
    counts.tests++;
    const errors = diagnostics.filter((d) => d.severity === 'error');
    const others = diagnostics.filter((d) => d.severity !== 'error');
    const children: string[] = [];
    if (errors.length > 0) {
      counts.failures++;
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
  const lines = element(
    'testsuite',
    { name: file.path, tests: counts.tests, failures: counts.failures, errors: 0, skipped: 0, file: file.path },
    [...properties, ...cases],
  );
  return { lines, counts };
}

export function formatJunit(run: LintRun, _options: FormatOptions): string {
  const total: Counts = { tests: 0, failures: 0, errors: 0 };
  const suites: string[] = [];
  for (const file of run.files) {
    const { lines, counts } = planSuite(file, run.asOf);
    total.tests += counts.tests;
    total.failures += counts.failures;
    suites.push(...lines);
  }
  for (const e of run.fileErrors) {
    total.tests++;
    total.errors++;
    const error = `<error message="${xmlAttribute(e.message)}" type="unreadable">${xmlText(`${e.path}: ${e.message}`)}</error>`;
    suites.push(
      ...element('testsuite', { name: e.path, tests: 1, failures: 0, errors: 1, skipped: 0, file: e.path }, [
        ...element('testcase', { name: 'read plan', classname: e.path, file: e.path }, [error]),
      ]),
    );
  }
  const root = element(
    'testsuites',
    { name: 'handoff', tests: total.tests, failures: total.failures, errors: total.errors, skipped: 0 },
    suites,
  );
  return ['<?xml version="1.0" encoding="UTF-8"?>', ...root].join('\n') + '\n';
}
