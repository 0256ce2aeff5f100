/**
 * GitLab Code Quality report: a JSON array of issues that GitLab shows in merge requests
 * (`artifacts: reports: codequality`). Paths are relative to the project root
 * (`$CI_PROJECT_DIR` when set); the fingerprint is the same content hash SARIF uses, so an
 * issue keeps its identity when lines above it move, and GitLab can tell new issues from fixed
 * ones between the source and target branches.
 */
import type { Severity } from '../../engine/types.js';
import { workspacePath } from './github.js';
import { fingerprints } from './sarif.js';
import { JsonArrayWriter } from './jsonLayout.js';
import { streamed } from './streamed.js';
import type { FileStream, FormatOptions, LintedFile } from './types.js';

export type CodeQualitySeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

/** Errors block a transition; as in ESLint's and other linters' GitLab reports they are "major". */
const SEVERITY: Record<Severity, CodeQualitySeverity> = { error: 'major', warning: 'minor', info: 'info' };

export interface CodeQualityIssue {
  type: 'issue';
  check_name: string;
  description: string;
  categories: string[];
  fingerprint: string;
  severity: CodeQualitySeverity;
  location: { path: string; lines: { begin: number; end: number } };
}

/** A file's issues (none for a clean file). */
function fileIssues(file: LintedFile, options: FormatOptions): CodeQualityIssue[] {
  if (file.diagnostics.length === 0) return [];
  const filePath = workspacePath(file, options.env['CI_PROJECT_DIR']);
  const prints = fingerprints(filePath, file.diagnostics, options.sourceLines?.(file.path));
  return file.diagnostics.map((d, i) => ({
    type: 'issue',
    check_name: d.rule,
    description: `${d.message} (${d.rule})`,
    categories: ['Bug Risk'],
    // GitLab compares fingerprints as opaque strings; MD5 length is customary but not required.
    fingerprint: prints[i]!,
    severity: SEVERITY[d.severity],
    location: { path: filePath, lines: { begin: d.line, end: d.endLine } },
  }));
}

/** One array, written a plan's issues at a time. */
export const formatGitlab = streamed((): FileStream => {
  const issues = new JsonArrayWriter(0);
  return {
    begin: () => '[',
    file: (file, _index, options) =>
      fileIssues(file, options)
        .map((issue) => issues.item(issue))
        .join(''),
    end: () => `${issues.close()}\n`,
  };
});
