/**
 * The few git plumbing calls `handoff diff` needs, run with `execFile` (never a shell, so refs
 * and paths are arguments, not code), `-z` output (any file name survives), no pager, no external
 * diff or text conversion, and no optional index writes.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';

/** git's well-known empty tree: a base for "everything is new" (a first commit). */
export const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';

export class GitError extends Error {
  constructor(
    message: string,
    /** git's exit status, when it ran and failed. */
    readonly exitCode?: number,
  ) {
    super(message);
    this.name = 'GitError';
  }
}

const MAX_OUTPUT = 256 * 1024 * 1024;

export class Git {
  constructor(
    /** Folder git runs in (pathspecs are relative to it). */
    readonly cwd: string,
    private readonly env: Readonly<Record<string, string | undefined>>,
  ) {}

  run(args: readonly string[]): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      execFile(
        'git',
        ['--no-pager', '-c', 'core.quotepath=off', ...args],
        {
          cwd: this.cwd,
          encoding: 'buffer',
          maxBuffer: MAX_OUTPUT,
          windowsHide: true,
          env: { ...this.env, GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0' },
        },
        (error, stdout, stderr) => {
          if (!error) return resolve(stdout);
          const code = (error as NodeJS.ErrnoException).code;
          if (code === 'ENOENT') return reject(new GitError('git is not installed or not on the PATH'));
          const detail = stderr.toString('utf8').trim().split('\n')[0] || error.message;
          const status = (error as { code?: unknown }).code;
          reject(new GitError(detail, typeof status === 'number' ? status : undefined));
        },
      );
    });
  }

  async text(args: readonly string[]): Promise<string> {
    return (await this.run(args)).toString('utf8');
  }

  /** The repository's top folder, or a GitError saying this is not a repository. */
  async topLevel(): Promise<string> {
    try {
      return path.resolve((await this.text(['rev-parse', '--show-toplevel'])).trim());
    } catch (err) {
      if (err instanceof GitError && /not a git repository/i.test(err.message)) {
        throw new GitError(`${this.cwd} is not in a git repository`);
      }
      throw err;
    }
  }

  /**
   * A revision as an object name: a commit (what a ref, tag or `HEAD~1` names), or a tree (the
   * empty tree). Options-looking names are refused before git sees them.
   */
  async resolve(ref: string): Promise<string> {
    if (ref === '' || ref.startsWith('-')) throw new GitError(`"${ref}" is not a revision`);
    for (const kind of ['commit', 'tree']) {
      try {
        return (await this.text(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{${kind}}`])).trim();
      } catch {
        // Try the next kind; report below.
      }
    }
    const hint = /~\d*$|\^\d*$/.test(ref)
      ? ` (if it is the parent of a first commit, compare with the empty tree: --base ${EMPTY_TREE})`
      : '';
    throw new GitError(`unknown revision "${ref}"${hint}`);
  }

  /**
   * Repository-relative paths of the Markdown files that hold `text`, at a revision, or in the
   * working tree (untracked files too) when `revision` is undefined.
   */
  async filesContaining(revision: string | undefined, text: string): Promise<string[]> {
    const where = revision !== undefined ? [revision] : ['--untracked'];
    const args = [
      'grep',
      '-l',
      '-z',
      '--full-name',
      '-F',
      '-e',
      text,
      ...where,
      '--',
      ':(top)*.md',
      ':(top)*.markdown',
    ];
    let out: string;
    try {
      out = await this.text(args);
    } catch (err) {
      if (err instanceof GitError && err.exitCode === 1) return []; // Nothing holds it.
      throw err;
    }
    const prefix = revision !== undefined ? `${revision}:` : '';
    return out
      .split('\0')
      .filter(Boolean)
      .map((p) => (prefix && p.startsWith(prefix) ? p.slice(prefix.length) : p));
  }

  /** Whether a file or folder (repository-relative) exists at a revision. */
  async exists(revision: string, repoPath: string): Promise<boolean> {
    try {
      await this.run(['cat-file', '-e', `${revision}:${repoPath}`]);
      return true;
    } catch (err) {
      if (err instanceof GitError) return false;
      throw err;
    }
  }

  /** The file's bytes at a revision. */
  show(revision: string, repoPath: string): Promise<Buffer> {
    return this.run(['show', '--no-textconv', `${revision}:${repoPath}`]);
  }
}

export type ChangeStatus = 'added' | 'modified' | 'deleted' | 'renamed' | 'copied' | 'type-changed';

export interface ChangedFile {
  readonly status: ChangeStatus;
  /** Repository-relative, `/`-separated; the new path of a rename. */
  readonly path: string;
  /** The path at the base, for renames and copies. */
  readonly previousPath?: string;
}

const STATUS: Record<string, ChangeStatus> = {
  A: 'added',
  M: 'modified',
  D: 'deleted',
  R: 'renamed',
  C: 'copied',
  T: 'type-changed',
};

/** Parses `git diff --name-status -z`: status, then one path, or two for renames and copies. */
export function parseNameStatus(output: string): ChangedFile[] {
  const tokens = output.split('\0');
  const files: ChangedFile[] = [];
  for (let i = 0; i < tokens.length;) {
    const code = tokens[i++];
    if (!code) continue;
    const status = STATUS[code[0]!];
    if (code[0] === 'R' || code[0] === 'C') {
      const previousPath = tokens[i++]!;
      const newPath = tokens[i++]!;
      files.push({ status: status!, path: newPath, previousPath });
    } else {
      const file = tokens[i++]!;
      // U (unmerged), X (unknown): compare what is there as a modification.
      files.push({ status: status ?? 'modified', path: file });
    }
  }
  return files;
}

/**
 * Files changed between two revisions, or between a revision and the working tree (then
 * untracked files that are not ignored count as added). Renames are detected (`-M`).
 */
export async function changedFiles(
  git: Git,
  base: string,
  head: string | undefined,
  pathspecs: readonly string[],
): Promise<ChangedFile[]> {
  const revisions = head ? [base, head] : [base];
  const specs = ['--', ...(pathspecs.length ? pathspecs : ['.'])];
  const diff = await git.text([
    'diff',
    '--name-status',
    '-z',
    '-M',
    '--no-ext-diff',
    '--no-textconv',
    '--ignore-submodules',
    ...revisions,
    ...specs,
  ]);
  const files = parseNameStatus(diff);
  if (!head) {
    const untracked = await git.text(['ls-files', '--others', '--exclude-standard', '--full-name', '-z', ...specs]);
    for (const file of untracked.split('\0')) if (file) files.push({ status: 'added', path: file });
  }
  return files;
}
