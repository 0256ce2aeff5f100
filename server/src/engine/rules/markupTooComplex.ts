import { complexLines, MAX_BLOCK_NESTING, MAX_INDENT, MAX_INLINE_MARKUP_PER_LINE } from '../markupLimits.js';
import type { Rule } from '../rule.js';

export const markupTooComplex = {
  name: 'markup-too-complex',
  severity: 'warning',
  stage: 'always',
  description: `Fires when a line holds more than ${MAX_INLINE_MARKUP_PER_LINE} inline-markup characters (\`*\`, \`_\`, brackets, backticks…), nests more than ${MAX_BLOCK_NESTING} block quotes and lists, or is indented by more than ${MAX_INDENT} spaces; what is past the limit is read as typed instead of as Markdown.`,
  docs: 'Resolving nested emphasis, links and images costs more than linear time, and so does re-matching every open block quote and list on each line: a single table cell of a few thousand nested `*`, or a line of a few thousand `> `, would stall the linter and the editor. No plan needs that much markup or nesting on one line, so such a line is not parsed as Markdown past the limit: its cells and items are read exactly as typed, markup included, and this finding says so. Split the line, remove the markup or the nesting, and it is read normally again.',
  check(ctx) {
    const { plan } = ctx;
    const from = plan.frontMatter.present ? plan.frontMatter.bodyOffset : 0;
    for (const line of complexLines(plan.text, from, plan.text.length)) {
      const what = [
        line.markup > MAX_INLINE_MARKUP_PER_LINE
          ? `holds ${line.markup} inline-markup characters (more than ${MAX_INLINE_MARKUP_PER_LINE})`
          : '',
        line.nesting > MAX_BLOCK_NESTING
          ? `nests ${line.nesting} block quotes and lists (more than ${MAX_BLOCK_NESTING})`
          : '',
        line.indent > MAX_INDENT ? `is indented by ${line.indent} spaces (more than ${MAX_INDENT})` : '',
      ].filter(Boolean);
      ctx.report({
        range: plan.lines.range(line.start, line.end),
        message: `This line ${what.join(' and ')}: it is read as typed, not as Markdown.`,
      });
    }
  },
} satisfies Rule;
