import type { FrontMatterError, Plan } from '../model.js';
import type { Rule } from '../rule.js';
import type { Fix } from '../types.js';
import { duplicateKeyFinding } from './duplicateKeyFixes.js';
import { replace } from './util.js';

/** YAML's error for a plain value opening with `@` or a backtick, which it reserves. */
const RESERVED_START = /reserved character ([@`])/;

/**
 * A value YAML refuses because it opens with a reserved character, as a handle does
 * (`service_owner: @m.nwosu`): the fix quotes it, to the end of its line.
 */
function quoteFix(plan: Plan, error: FrontMatterError): { fix: Fix; quoted: string } | undefined {
  if (!RESERVED_START.test(error.message)) return undefined;
  const start = error.range.start;
  const line = plan.lines.lineText(start.line);
  const value = line
    .slice(start.character)
    .replace(/\s+#.*$/, '')
    .trimEnd();
  if (!value || /^["']/.test(value)) return undefined;
  const quoted = JSON.stringify(value);
  const range = { start, end: { line: start.line, character: start.character + value.length } };
  return {
    quoted,
    fix: { title: `Quote it: ${quoted}`, edits: [replace(range, quoted)], isPreferred: true, safe: true },
  };
}

export const frontMatterSyntax = {
  name: 'front-matter-syntax',
  severity: 'error',
  stage: 'always',
  fixable: 'sometimes',
  description: 'Fires when the front matter is not valid YAML, is not closed, or is not YAML at all.',
  docs: "The front matter holds the plan's typed facts. It is parsed as YAML 1.2 (core schema) with no custom tags, bounded aliases and a size and depth cap; front matter in another language (`---js`) is refused, never run. The finding points at the exact position the parser stopped at. A front matter never closed holds the whole document, so it is the plan's only finding until a `---` line closes it. A value opening with `@` or a backtick, as a handle does (`service_owner: @m.nwosu`), must be quoted in YAML: the quick fix quotes it, and `--fix` applies it. A key written twice gets a fix keeping each value, neither preferred (one deleting an empty one is).",
  check(ctx) {
    for (const error of ctx.plan.frontMatter.errors) {
      const duplicate = duplicateKeyFinding(ctx.plan, error);
      if (duplicate) {
        ctx.report(duplicate);
        continue;
      }
      const quote = quoteFix(ctx.plan, error);
      ctx.report({
        range: error.range,
        message: quote
          ? `${error.message}: YAML reserves it at the start of a value, as a handle writes it. Quote the value: ${quote.quoted}.`
          : error.message,
        fixes: quote ? [quote.fix] : undefined,
      });
    }
  },
} satisfies Rule;
