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
import type { FormatOptions, LintRun } from './types.js';

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

export function buildCodeQuality(run: LintRun, options: FormatOptions): CodeQualityIssue[] {
  const root = options.env['CI_PROJECT_DIR'];
  const issues: CodeQualityIssue[] = [];
  for (const file of run.files) {
    if (file.diagnostics.length === 0) continue;
    const filePath = workspacePath(file, root);
    const prints = fingerprints(filePath, file.diagnostics, options.sourceLines?.(file.path));
    file.diagnostics.forEach((d, i) => {
      issues.push({
        type: 'issue',
        check_name: d.rule,
        description: `${d.message} (${d.rule})`,
        categories: ['Bug Risk'],
        // GitLab compares fingerprints as opaque strings; MD5 length is customary but not required.
        fingerprint: prints[i]!,
        severity: SEVERITY[d.severity],
        location: { path: filePath, lines: { begin: d.line, end: d.endLine } },
      });
    });
  }
  return issues;
}

export function formatGitlab(run: LintRun, options: FormatOptions): string {
  return JSON.stringify(buildCodeQuality(run, options), null, 2) + '\n';
}
