/**
 * Globs from `.handoff.yaml` and editor settings are repository data, so they are untrusted:
 * picomatch turns a glob into a backtracking regular expression, and `*a*a*a*a*a*a*b` against a
 * long file name never finishes. A glob is matched only when it is small enough to match in
 * bounded time; `globProblem` says why one is not, and the configuration reports it there.
 */
import picomatch from 'picomatch';

export const MAX_GLOB_LENGTH = 1024;
/** `*` wildcards in one path segment (`*-*.plan.md` has two); `**` as a whole segment is not one. */
export const MAX_STARS_PER_SEGMENT = 3;
/** `**` segments in one glob. */
export const MAX_GLOBSTARS = 3;
/** `{…}` alternations in one glob. */
export const MAX_BRACES = 4;

/** Why a glob is refused, or undefined when it can be matched in bounded time. */
export function globProblem(glob: string): string | undefined {
  if (glob.length > MAX_GLOB_LENGTH) {
    return `The glob is ${glob.length} characters long; the limit is ${MAX_GLOB_LENGTH}.`;
  }
  if (/[@!?*+]\(/.test(glob)) {
    return 'Extended glob patterns such as `+(…)` and `@(…)` are not supported.';
  }
  let globstars = 0;
  for (const segment of glob.split('/')) {
    if (segment === '**') {
      globstars++;
      continue;
    }
    const stars = segment.match(/\*+/g)?.length ?? 0;
    if (stars > MAX_STARS_PER_SEGMENT) {
      return `The path segment "${segment.length > 40 ? segment.slice(0, 40) + '…' : segment}" has ${stars} \`*\` wildcards; the limit is ${MAX_STARS_PER_SEGMENT}.`;
    }
  }
  if (globstars > MAX_GLOBSTARS) return `The glob has ${globstars} \`**\` segments; the limit is ${MAX_GLOBSTARS}.`;
  const braces = glob.match(/\{/g)?.length ?? 0;
  if (braces > MAX_BRACES) return `The glob has ${braces} \`{…}\` alternations; the limit is ${MAX_BRACES}.`;
  return undefined;
}

const matcherCache = new Map<string, (p: string) => boolean>();

/**
 * Whether a `/`-separated path relative to the configuration's folder matches any glob. Globs
 * that `globProblem` refuses never match (the configuration reports them).
 */
export function matchesGlobs(relPath: string, globs: readonly string[]): boolean {
  const key = globs.join('\u0000');
  let m = matcherCache.get(key);
  if (!m) {
    const usable = globs.filter((g) => globProblem(g) === undefined);
    m = usable.length ? picomatch(usable, { dot: true }) : () => false;
    if (matcherCache.size > 64) matcherCache.clear();
    matcherCache.set(key, m);
  }
  return m(relPath);
}
