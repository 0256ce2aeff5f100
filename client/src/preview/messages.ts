/**
 * The messages between the extension and its webviews, and their validators. A webview is
 * untrusted input: every message is checked against an allow-list of shapes before use, and
 * anything else is dropped.
 */

import { isColumnKey, type PortfolioView } from './portfolioTable.js';

export const MAX_LINE = 10_000_000;
/** The filter box holds a few words; refuse anything longer. */
export const MAX_FILTER_LENGTH = 200;
const MAX_URI_LENGTH = 8192;
/** The rendered body is a few hundred KB at most; refuse anything absurd. */
const MAX_HTML_LENGTH = 8 * 1024 * 1024;

/** From the status preview webview. */
export type StatusWebviewMessage = { readonly type: 'ready' } | { readonly type: 'reveal'; readonly line: number };

/** From the portfolio webview. */
export type PortfolioWebviewMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'refresh' }
  | { readonly type: 'copyMarkdown' }
  | { readonly type: 'exportCsv' }
  | { readonly type: 'view'; readonly view: PortfolioView }
  | { readonly type: 'open'; readonly uri: string }
  | { readonly type: 'reveal'; readonly uri: string; readonly line: number };

/** From the extension to either webview. */
export interface HostUpdateMessage {
  readonly type: 'update';
  /** Body markup rendered (and escaped) by the extension. */
  readonly html: string;
  /** Plan URI the status preview shows (kept in the webview state for the serializer). */
  readonly uri?: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasExactKeys(value: Record<string, unknown>, keys: readonly string[]): boolean {
  const own = Object.keys(value);
  return own.length === keys.length && keys.every((k) => Object.prototype.hasOwnProperty.call(value, k));
}

function isLine(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_LINE;
}

function isUri(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_URI_LENGTH;
}

export function parseStatusMessage(value: unknown): StatusWebviewMessage | undefined {
  if (!isRecord(value)) return undefined;
  if (value.type === 'ready' && hasExactKeys(value, ['type'])) return { type: 'ready' };
  if (value.type === 'reveal' && hasExactKeys(value, ['type', 'line']) && isLine(value.line)) {
    return { type: 'reveal', line: value.line };
  }
  return undefined;
}

/** `knownUris`: the plans the portfolio currently shows; a URI outside it is refused. */
export function parsePortfolioMessage(
  value: unknown,
  knownUris: ReadonlySet<string>,
): PortfolioWebviewMessage | undefined {
  if (!isRecord(value)) return undefined;
  switch (value.type) {
    case 'ready':
    case 'refresh':
    case 'copyMarkdown':
    case 'exportCsv':
      return hasExactKeys(value, ['type']) ? { type: value.type } : undefined;
    case 'view': {
      const view = hasExactKeys(value, ['type', 'view']) ? parsePortfolioView(value.view) : undefined;
      return view ? { type: 'view', view } : undefined;
    }
    case 'open':
      return hasExactKeys(value, ['type', 'uri']) && isUri(value.uri) && knownUris.has(value.uri)
        ? { type: 'open', uri: value.uri }
        : undefined;
    case 'reveal':
      return hasExactKeys(value, ['type', 'uri', 'line']) &&
        isUri(value.uri) &&
        knownUris.has(value.uri) &&
        isLine(value.line)
        ? { type: 'reveal', uri: value.uri, line: value.line }
        : undefined;
    default:
      return undefined;
  }
}

/** The sort and filter a webview reports (or saved in its state); anything malformed is refused. */
export function parsePortfolioView(value: unknown): PortfolioView | undefined {
  if (!isRecord(value)) return undefined;
  const keys = Object.keys(value);
  if (!keys.every((k) => k === 'sort' || k === 'direction' || k === 'filter')) return undefined;
  const { sort, direction, filter } = value;
  if (sort !== undefined && !isColumnKey(sort)) return undefined;
  if (direction !== 'ascending' && direction !== 'descending') return undefined;
  if (typeof filter !== 'string' || filter.length > MAX_FILTER_LENGTH) return undefined;
  return sort === undefined ? { direction, filter } : { sort, direction, filter };
}

export function parseHostMessage(value: unknown): HostUpdateMessage | undefined {
  if (!isRecord(value) || value.type !== 'update') return undefined;
  if (typeof value.html !== 'string' || value.html.length > MAX_HTML_LENGTH) return undefined;
  const keys = Object.keys(value);
  if (!keys.every((k) => k === 'type' || k === 'html' || k === 'uri')) return undefined;
  if (value.uri !== undefined && !isUri(value.uri)) return undefined;
  return value.uri === undefined
    ? { type: 'update', html: value.html }
    : { type: 'update', html: value.html, uri: value.uri };
}
