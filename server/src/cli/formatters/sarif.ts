/**
 * SARIF 2.1.0, the format GitHub code scanning (and many other viewers) ingests. One run: the
 * tool with every rule's metadata, one result per finding with a repository-relative location
 * (`%SRCROOT%`), 1-based regions in UTF-16 code units, a fingerprint that survives lines moving,
 * and the finding's fixes as SARIF replacements. Files that could not be linted become tool
 * execution notifications. No timestamps: the log depends on the plans and the as-of date alone.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type * as Sarif from 'sarif';
import { DOCS_BASE, docsUrl, type Rule } from '../../engine/rule.js';
import { RULES } from '../../engine/rules/index.js';
import type { Fix, Range, Severity } from '../../engine/types.js';
import { VERSION } from '../version.js';
import { workspacePath } from './github.js';
import { JsonArrayWriter, nested } from './jsonLayout.js';
import { streamed } from './streamed.js';
import type { FileStream, LintMessage } from './types.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const SRCROOT = '%SRCROOT%';
/** The `partialFingerprints` key; bump the version if the hashed fields ever change. */
export const FINGERPRINT_KEY = 'handoffFindingHash/v2';
const INFORMATION_URI = DOCS_BASE.replace(/\/blob\/.*$/, '');

const LEVEL: Record<Severity, Sarif.ReportingConfiguration.level> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

/** `missing-handover-owner` → `MissingHandoverOwner` (SARIF's recommended rule name form). */
function pascalCase(name: string): string {
  return name.replace(/(^|-)([a-z0-9])/g, (_m, _dash: string, c: string) => c.toUpperCase());
}

/** Markdown to plain text for `text` fields: links to their text, code and emphasis marks dropped. */
function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*_]/g, '')
    .replace(/\s*\n\s*\n\s*/g, '\n\n')
    .trim();
}

function ruleDescriptor(rule: Rule): Sarif.ReportingDescriptor {
  const fullText = [rule.description, rule.docs].filter(Boolean).join('\n\n');
  return {
    id: rule.name,
    name: pascalCase(rule.name),
    shortDescription: { text: rule.description },
    fullDescription: { text: plainText(fullText), markdown: fullText },
    help: {
      text: `${plainText(fullText)}\n\n${docsUrl(rule.name)}`,
      markdown: `${fullText}\n\n[Documentation](${docsUrl(rule.name)})`,
    },
    helpUri: docsUrl(rule.name),
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { tags: ['itil', 'transition-plan'], stage: rule.stage },
  };
}

/** A relative path as a URI reference: each segment percent-encoded, `/` kept. */
export function pathToUri(relativePath: string): string {
  return relativePath.split('/').map(encodeURIComponent).join('/');
}

/**
 * What identifies a finding across commits: the rule, the file, what it is about (the row ID,
 * key or plan id it targets, else its message) and the text it points at (on its first line) with
 * white space collapsed. Line numbers are left out, so adding a row above does not make it a
 * "new" alert; so is the rest of the row, so editing another cell of it (a risk's Review date)
 * does not close the alert and open another, which would lose a reviewer's dismissal.
 */
export function findingHash(rule: string, filePath: string, subject: string, pointedText: string): string {
  return createHash('sha256')
    .update([rule, filePath, subject, pointedText.trim().replace(/\s+/g, ' ')].join('\u0000'))
    .digest('hex');
}

/** The text a finding's range covers on its first line (to that line's end when it goes on). */
function pointedText(d: LintMessage, lines: readonly string[] | undefined): string {
  const { start, end } = d.finding.range;
  const line = lines?.[start.line] ?? '';
  return line.slice(start.character, end.line === start.line ? end.character : undefined);
}

/** Fingerprints for a file's findings; identical ones get `:2`, `:3` … in order, so each is unique. */
export function fingerprints(
  filePath: string,
  diagnostics: readonly LintMessage[],
  lines: readonly string[] | undefined,
): string[] {
  const seen = new Map<string, number>();
  return diagnostics.map((d) => {
    const hash = findingHash(d.rule, filePath, d.finding.target ?? d.message, pointedText(d, lines));
    const count = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, count);
    return count === 1 ? hash : `${hash}:${count}`;
  });
}

function region(range: Range): Sarif.Region {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

function validRange(range: Range): boolean {
  const { start, end } = range;
  const whole = [start.line, start.character, end.line, end.character].every((n) => Number.isInteger(n) && n >= 0);
  return whole && (end.line > start.line || (end.line === start.line && end.character >= start.character));
}

function sarifFix(fix: Fix, uri: string): Sarif.Fix | undefined {
  if (fix.edits.length === 0 || !fix.edits.every((e) => validRange(e.range))) return undefined;
  return {
    description: { text: fix.title },
    artifactChanges: [
      {
        artifactLocation: { uri, uriBaseId: SRCROOT },
        replacements: fix.edits.map((e) => ({ deletedRegion: region(e.range), insertedContent: { text: e.newText } })),
      },
    ],
  };
}

/** Each rule's index in the tool's `rules`, as a result's `ruleIndex`. */
const RULE_INDEX: ReadonlyMap<string, number> = new Map(RULES.map((r, i) => [r.name, i]));

/** A finding as a SARIF result; `relatedUri` names another document of the run or the workspace. */
function sarifResult(
  d: LintMessage,
  uri: string,
  fingerprint: string,
  relatedUri: (documentPath: string) => string,
): Sarif.Result {
  const index = RULE_INDEX.get(d.rule);
  const result: Sarif.Result = {
    ruleId: d.rule,
    ...(index !== undefined ? { ruleIndex: index } : {}),
    level: LEVEL[d.severity],
    message: { text: d.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri, uriBaseId: SRCROOT },
          region: region(d.finding.range),
        },
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
  };
  const related = (d.finding.related ?? []).filter((r) => validRange(r.range));
  if (related.length > 0) {
    result.relatedLocations = related.map((r, id) => ({
      id,
      message: { text: r.message },
      physicalLocation: {
        artifactLocation: { uri: r.uri ? relatedUri(r.uri) : uri, uriBaseId: SRCROOT },
        region: region(r.range),
      },
    }));
  }
  const fixes = (d.finding.fixes ?? []).map((f) => sarifFix(f, uri)).filter((f): f is Sarif.Fix => !!f);
  if (fixes.length > 0) result.fixes = fixes;
  return result;
}

function tool(): Sarif.Tool {
  return {
    driver: {
      name: 'handoff',
      version: VERSION,
      semanticVersion: VERSION,
      informationUri: INFORMATION_URI,
      rules: RULES.map(ruleDescriptor),
    },
  };
}

/**
 * One log with one run, written a plan's results at a time: the tool and its rules first, then
 * the results, and last the invocation, whose notifications name the files that could not be
 * linted (known only once the run is over).
 */
export const formatSarif = streamed((): FileStream => {
  const results = new JsonArrayWriter(3);
  return {
    begin: (run) =>
      `{\n  "$schema": ${JSON.stringify(SARIF_SCHEMA)},\n  "version": "2.1.0",\n  "runs": [\n    {\n` +
      `      "tool": ${nested(tool(), 3)},\n      "columnKind": "utf16CodeUnits",\n` +
      `      "properties": ${nested({ asOf: run.asOf }, 3)},\n      "results": [`,
    file: (file, _index, options) => {
      if (file.diagnostics.length === 0) return '';
      const root = options.env['GITHUB_WORKSPACE'];
      const filePath = workspacePath(file, root);
      const uri = pathToUri(filePath);
      // Related locations name documents by their run-relative path, like the files themselves.
      const relatedUri = (documentPath: string): string =>
        pathToUri(workspacePath({ path: documentPath, absolutePath: path.resolve(options.cwd, documentPath) }, root));
      const prints = fingerprints(filePath, file.diagnostics, options.sourceLines?.(file.path));
      return file.diagnostics.map((d, i) => results.item(sarifResult(d, uri, prints[i]!, relatedUri))).join('');
    },
    end: (run, _written, options) => {
      const root = options.env['GITHUB_WORKSPACE'];
      const notifications: Sarif.Notification[] = run.fileErrors.map((e) => ({
        level: 'error',
        message: { text: `${e.path}: ${e.message}` },
        locations: [
          { physicalLocation: { artifactLocation: { uri: pathToUri(workspacePath(e, root)), uriBaseId: SRCROOT } } },
        ],
      }));
      const invocation: Sarif.Invocation = {
        executionSuccessful: run.fileErrors.length === 0,
        ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
      };
      return `${results.close()},\n      "invocations": ${nested([invocation], 3)}\n    }\n  ]\n}\n`;
    },
  };
});
