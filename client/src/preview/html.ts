/**
 * Escape-by-default HTML building for the webviews. Every interpolated value is escaped unless it
 * is itself the result of `markup`, so a plan string can never become markup by accident. (The tag
 * is not called `html` so that prettier leaves the templates' whitespace alone.)
 */
import { escapeHtml } from '../../../server/src/engine/sanitize.js';

/** Markup that is already safe: produced by `markup` from escaped parts. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Interpolation = SafeHtml | string | number | boolean | null | undefined | readonly Interpolation[];

function interpolate(value: Interpolation): string {
  if (value instanceof SafeHtml) return value.value;
  if (value === undefined || value === null || value === false) return '';
  if (typeof value === 'object') return value.map(interpolate).join('');
  return escapeHtml(value);
}

/** Tagged template: literal parts are trusted, interpolations are escaped (arrays are joined). */
export function markup(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) out += interpolate(values[i]) + (strings[i + 1] ?? '');
  return new SafeHtml(out);
}

/** Joins parts of markup (e.g. mapped rows). */
export function join(parts: readonly SafeHtml[], separator = ''): SafeHtml {
  return new SafeHtml(parts.map((p) => p.value).join(separator));
}

/** A fresh random nonce for one render's `script-src 'nonce-…'`. */
export function createNonce(): string {
  const bytes = new Uint8Array(18);
  globalThis.crypto.getRandomValues(bytes);
  let text = '';
  for (const b of bytes) text += b.toString(16).padStart(2, '0');
  return text;
}

/** The webviews' Content-Security-Policy: nothing but our stylesheet, our nonce'd script and images. */
export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return `default-src 'none'; style-src ${cspSource}; script-src 'nonce-${nonce}'; img-src ${cspSource} data:;`;
}
