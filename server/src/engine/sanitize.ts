/**
 * Plan text, file names and configuration values are untrusted, and every human-facing output
 * shows them: a terminal, an Actions log, a pull-request comment, an XML report, a hover. A
 * control character there is an instruction to whatever displays it (`ESC[2J` clears a
 * terminal, `ESC]0;…BEL` retitles it, a lone CR overwrites a line, a bidi override reorders
 * what is read). This module is the one place that turns such characters into visible escapes
 * (`\x1B`, `\u202E`), so the text is shown as what it is and nothing in it is executed.
 */

/**
 * C0 controls (tab and line feed are handled by the callers), DEL, C1 controls, the Unicode
 * line and paragraph separators, and the bidirectional embedding, override and isolate marks.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

function visible(c: string): string {
  const code = c.charCodeAt(0);
  return code < 0x100
    ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`
    : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * `text` with every control character as a visible escape; tabs and line feeds stay, and so do
 * carriage returns with `keepCr` (for formats that encode them: XML, GitHub commands).
 */
export function escapeControls(text: string, keepCr = false): string {
  return text.replace(UNSAFE, (c) => (keepCr && c === '\r' ? c : visible(c)));
}

/** `text` without its control characters (for hovers, which show no escapes). */
export function stripControls(text: string): string {
  return text.replace(UNSAFE, '');
}

/**
 * `text` on one line: line breaks (LF, CRLF, lone CR, U+2028/9) and the white space around them
 * become one space, tabs a space, and every other control character a visible escape.
 */
export function singleLine(text: string): string {
  return escapeControls(text.replace(/[ \t]*(?:\r\n|[\r\n\u2028\u2029])\s*/g, ' ').replace(/\t/g, ' '));
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

/**
 * Text for HTML and SVG element content and quoted attribute values: markup characters as
 * entities and control characters as visible escapes. The one HTML escaper of every view (the
 * report, the status preview, the portfolio).
 */
export function escapeHtml(value: string | number | boolean | null | undefined): string {
  return escapeControls(String(value ?? '')).replace(/[&<>"'`]/g, (c) => ENTITIES[c] ?? c);
}

const MARKDOWN_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '@': '&#64;',
  '#': '&#35;',
};

/**
 * Text safe inside a GFM table cell: HTML-significant characters as entities (not `"`: outside a
 * tag it means nothing to HTML, and `&quot;` made raw reports hard to read), Markdown
 * punctuation backslash-escaped, `|` escaped (GFM splits cells on it even inside code), line
 * breaks collapsed, control characters made visible, `@` / `#` as entities so GitHub does not
 * turn them into mentions or issue links, and the `:` of `://` and the `.` of `www.` as entities
 * so no bare URL becomes a link (GFM autolinks those without any markup).
 */
export function escapeMarkdownText(text: string): string {
  // One pass, so an entity written for one character is never escaped again for another.
  return singleLine(text).replace(
    /:(?=\/\/)|(?<=\bwww)\.|[&<>@#\\`*_[\]!~|]/gi,
    (c) => MARKDOWN_ENTITIES[c] ?? (c === ':' ? '&#58;' : c === '.' ? '&#46;' : `\\${c}`),
  );
}
