/**
 * GitHub Actions workflow commands: one `::error` / `::warning` / `::notice` line per finding,
 * which GitHub shows as annotations on the pull request's changed lines. Values are escaped
 * exactly as GitHub's toolkit (@actions/core) escapes them, so a plan's text can never end the
 * command early or start another one: every line of output that starts with `::` is one of ours.
 *
 * GitHub shows at most 10 annotations of each kind per step, so `jobSummary` renders every
 * finding as Markdown for `$GITHUB_STEP_SUMMARY` (the CLI appends it; this module writes nothing).
 */
import path from 'node:path';
import { escapeControls } from '../../engine/sanitize.js';
import type { Severity } from '../../engine/types.js';
import { escapesBase, relativePosix } from '../../node/paths.js';
import { MarkdownReport } from './markdown.js';
import { streamed } from './streamed.js';
import type { FileStream, Formatter, FormatOptions, JobSummary, LintedFile, RunEnd } from './types.js';
import { plural } from '../../engine/text.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * @actions/core `escapeData`: the message after `::`, with control characters (ESC, BEL…) made
 * visible first so that none reaches the log.
 */
export function escapeData(value: string): string {
  return escapeControls(value, true).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** @actions/core `escapeProperty`: a `key=value` property (`:` and `,` delimit properties). */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(name: string, properties: Record<string, string | number | undefined>, message: string): string {
  const props = Object.entries(properties)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${name}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

/**
 * Annotations attach to paths relative to the repository root (`$GITHUB_WORKSPACE`), which is
 * not always the folder `handoff` ran in.
 */
export function workspacePath(file: { path: string; absolutePath: string }, root: string | undefined): string {
  if (!root) return file.path;
  const relative = relativePosix(path.resolve(root), file.absolutePath);
  return escapesBase(relative) ? file.path : relative;
}

function fileAnnotations(file: LintedFile, root: string | undefined): string[] {
  const filePath = workspacePath(file, root);
  return file.diagnostics.map((d) => {
    // GitHub honours columns only on single-line annotations.
    const sameLine = d.line === d.endLine;
    return command(
      COMMAND[d.severity],
      {
        file: filePath,
        line: d.line,
        endLine: d.endLine,
        col: sameLine ? d.column : undefined,
        endColumn: sameLine ? d.endColumn : undefined,
        title: `handoff ${d.rule}`,
      },
      d.message,
    );
  });
}

/** One line per finding, a file at a time, then the files not linted and a closing line. */
const ANNOTATIONS: FileStream = {
  begin: () => '',
  file: (file, _index, options) => {
    const lines = fileAnnotations(file, options.env['GITHUB_WORKSPACE']);
    return lines.length > 0 ? lines.join('\n') + '\n' : '';
  },
  end: (run, _written, options) => {
    const root = options.env['GITHUB_WORKSPACE'];
    let out = '';
    for (const e of run.fileErrors) {
      const where = { file: workspacePath(e, root), line: e.line, col: e.column };
      const title = e.line === undefined ? 'handoff: file not linted' : 'handoff: invalid configuration';
      out += command('error', { ...where, title }, e.message) + '\n';
    }
    const { errors, warnings, infos, plans } = run.summary;
    // A plain closing line (numbers only, so nothing in it can be read as a command).
    return `${out}handoff: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')} in ${plural(plans, 'plan')}.\n`;
  },
};

/**
 * Markdown for `$GITHUB_STEP_SUMMARY`: every finding, not just the ten GitHub annotates (up to the
 * report's row limit). Files are named as the annotations name them: relative to the workspace
 * when handoff runs below it.
 */
export function githubSummary(options: FormatOptions): JobSummary {
  const root = options.env['GITHUB_WORKSPACE'];
  const report = new MarkdownReport({ title: 'Handoff lint' });
  return {
    add: (file) => report.add(root ? { ...file, path: workspacePath(file, root) } : file),
    end: (run) => {
      const named: RunEnd = root
        ? { ...run, fileErrors: run.fileErrors.map((e) => ({ ...e, path: workspacePath(e, root) })) }
        : run;
      return report.render(named) + '\n';
    },
  };
}

export const formatGithub: Formatter = Object.assign(
  streamed(() => ANNOTATIONS),
  { jobSummary: githubSummary },
);
