/**
 * The Markdown parser plans are read with, where the line scanner is not certain: micromark and
 * mdast-util-from-markdown (what remark-parse wraps), with only the GFM constructs plans use
 * (tables, task lists, and `~~struck-through~~` text, which practitioners use for a value that
 * was superseded: `~~Open~~ Closed`). A single `~` strikes nothing (`~3 days` is an estimate).
 */
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';

/** The syntax extensions (exported for the parse profiler, which tokenizes with the same ones). */
export const MICROMARK_EXTENSIONS = [gfmTable(), gfmTaskListItem(), gfmStrikethrough({ singleTilde: false })];
export const MDAST_EXTENSIONS = [gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown(), gfmStrikethroughFromMarkdown()];

export function parseMarkdown(source: string): Root {
  return fromMarkdown(source, { extensions: MICROMARK_EXTENSIONS, mdastExtensions: MDAST_EXTENSIONS });
}
