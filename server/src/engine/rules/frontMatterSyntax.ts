import type { Rule } from '../rule.js';

export const frontMatterSyntax = {
  name: 'front-matter-syntax',
  severity: 'error',
  stage: 'always',
  description: 'Fires when the front matter is not valid YAML, is not closed, or is not YAML at all.',
  docs: "The front matter holds the plan's typed facts. It is parsed as YAML 1.2 (core schema) with no custom tags, bounded aliases and a size and depth cap; front matter in another language (`---js`) is refused, never run. The finding points at the exact position the parser stopped at.",
  check(ctx) {
    for (const error of ctx.plan.frontMatter.errors) {
      ctx.report({ range: error.range, message: error.message });
    }
  },
} satisfies Rule;
