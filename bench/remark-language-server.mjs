#!/usr/bin/env node
// remark's language server (unified-language-server), for the side-by-side latency benchmark.
// Same parsing work as Handoff: front matter and GFM tables.
import { remark } from 'remark';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { createUnifiedLanguageServer } from 'unified-language-server';

process.title = 'remark-language-server';
createUnifiedLanguageServer({
  processorName: 'remark',
  processorSpecifier: 'remark',
  configurationSection: 'remark',
  plugins: [remarkFrontmatter, remarkGfm],
  defaultProcessor: remark,
});
