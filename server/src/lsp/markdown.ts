/**
 * Plan text shown in hovers is untrusted: it is escaped so it renders as the literal text it is,
 * never as a link, an image, HTML or a command. Hovers are also sent as untrusted Markdown, but
 * escaping does not rely on the client honouring that.
 */

import { stripControls } from '../engine/sanitize.js';

const MAX_LENGTH = 500;

/** Escapes text for literal display inside Markdown (one line, length-capped). */
export function escapeMarkdown(text: string, maxLength = MAX_LENGTH): string {
  // Control characters (including NUL and bidi overrides) have no business in a hover.
  let t = stripControls(text.replace(/\r\n?|\n|\t|\u2028|\u2029/g, ' '));
  if (t.length > maxLength) t = `${t.slice(0, maxLength)}…`;
  return t
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#+\-.!|~:"'=^$%@]/g, '\\$&');
}

/** Inline code for trusted identifiers we produce (rule names, keys): backticks are stripped. */
export function code(text: string): string {
  return `\`${text.replace(/`/g, '')}\``;
}
