import { complexLines, MAX_INLINE_MARKUP_PER_LINE } from '../markupLimits.js';
import type { Rule } from '../rule.js';

export const markupTooComplex = {
  name: 'markup-too-complex',
  severity: 'warning',
  stage: 'always',
  description: `Fires when a line holds more than ${MAX_INLINE_MARKUP_PER_LINE} inline-markup characters (\`*\`, \`_\`, brackets, backticks…), which is read as typed instead of as Markdown.`,
  docs: 'Resolving nested emphasis, links and images costs more than linear time: a single table cell of a few thousand nested `*` would stall the linter and the editor. No plan needs that much markup on one line, so such a line is not parsed as Markdown: its cells and items are read exactly as typed, markup included, and this finding says so. Split the line, or remove the markup, and it is read normally again.',
  check(ctx) {
    const { plan } = ctx;
    const from = plan.frontMatter.present ? plan.frontMatter.bodyOffset : 0;
    for (const line of complexLines(plan.text, from, plan.text.length)) {
      ctx.report({
        range: plan.lines.range(line.start, line.end),
        message: `This line holds ${line.markup} inline-markup characters (more than ${MAX_INLINE_MARKUP_PER_LINE}): it is read as typed, not as Markdown.`,
      });
    }
  },
} satisfies Rule;
