/**
 * The Markdown parser plans are read with, where the line scanner is not certain: micromark and
 * mdast-util-from-markdown (what remark-parse wraps), with only the GFM constructs plans use
 * (tables and task lists).
 */
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';

const MICROMARK_EXTENSIONS = [gfmTable(), gfmTaskListItem()];
const MDAST_EXTENSIONS = [gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown()];

export function parseMarkdown(source: string): Root {
  return fromMarkdown(source, { extensions: MICROMARK_EXTENSIONS, mdastExtensions: MDAST_EXTENSIONS });
}
