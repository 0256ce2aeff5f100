/**
 * The script of the status preview and portfolio webviews (bundled to `dist/client/preview.js`).
 * It renders nothing itself: the extension sends escaped markup, and this script swaps it in,
 * keeps focus and scroll across updates, turns button clicks into typed messages, and sorts and
 * filters the portfolio table in place (the choice kept in the webview state and reported to the
 * extension, so Copy as Markdown and Export CSV take the rows on show).
 */
import { parseHostMessage, parsePortfolioView } from './messages.js';
import { compareCells, DEFAULT_VIEW, isColumnKey, matchesFilter, type PortfolioView } from './portfolioTable.js';

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();

interface WebviewState {
  readonly uri?: string;
  readonly view?: PortfolioView;
}

function state(): WebviewState {
  const s = vscode.getState();
  return typeof s === 'object' && s !== null ? (s as WebviewState) : {};
}

function root(): HTMLElement | null {
  return document.getElementById('root');
}

function rememberUri(uri: string | undefined): void {
  if (uri) vscode.setState({ ...state(), uri });
}

function focusedKey(): string | undefined {
  const active = document.activeElement;
  return active instanceof HTMLElement ? (active.dataset.key ?? undefined) : undefined;
}

function refocus(key: string | undefined): void {
  if (!key) return;
  for (const el of Array.from(document.querySelectorAll<HTMLElement>('[data-key]'))) {
    if (el.dataset.key === key) {
      el.focus({ preventScroll: true });
      // A re-created filter box keeps the caret where typing continues.
      if (el instanceof HTMLInputElement) el.setSelectionRange(el.value.length, el.value.length);
      return;
    }
  }
}

// ----- portfolio: sort and filter in place ----------------------------------------------------

function currentView(): PortfolioView {
  return parsePortfolioView(state().view) ?? DEFAULT_VIEW;
}

function sortValue(cell: Element | undefined, numeric: boolean): string | number {
  const raw = cell instanceof HTMLElement ? (cell.dataset.sort ?? '') : '';
  return numeric && raw !== '' ? Number(raw) : raw;
}

/** Applies `view` to the portfolio table (if this page has one) and reports it to the extension. */
function applyView(view: PortfolioView, report: boolean): void {
  const table = document.getElementById('portfolio-table');
  if (!(table instanceof HTMLTableElement)) return;
  const body = table.tBodies[0];
  if (!body) return;
  const headers = Array.from(table.tHead?.rows[0]?.cells ?? []);
  const column = headers.findIndex((th) => th.dataset.col === view.sort);
  for (const [i, th] of headers.entries()) {
    if (i === column) th.setAttribute('aria-sort', view.direction);
    else th.removeAttribute('aria-sort');
  }
  const rows = Array.from(body.rows);
  const numeric = headers[column]?.dataset.sortType === 'number';
  const index = (r: HTMLTableRowElement) => Number(r.dataset.index ?? 0);
  rows.sort((a, b) =>
    column < 0
      ? index(a) - index(b)
      : compareCells(sortValue(a.cells[column], numeric), sortValue(b.cells[column], numeric), view.direction) ||
        index(a) - index(b),
  );
  let shown = 0;
  for (const row of rows) {
    row.hidden = !matchesFilter(row.dataset.filter ?? '', view.filter);
    if (!row.hidden) shown++;
    body.appendChild(row);
  }
  const input = document.getElementById('portfolio-filter');
  if (input instanceof HTMLInputElement && input.value !== view.filter) input.value = view.filter;
  const count = document.getElementById('portfolio-shown');
  if (count) count.textContent = `${shown} of ${rows.length} shown`;
  const none = document.getElementById('portfolio-none');
  if (none) none.hidden = shown > 0;
  vscode.setState({ ...state(), view });
  if (report) vscode.postMessage({ type: 'view', view });
}

function sortBy(col: string): void {
  if (!isColumnKey(col)) return;
  const view = currentView();
  const direction = view.sort === col && view.direction === 'ascending' ? 'descending' : 'ascending';
  applyView({ ...view, sort: col, direction }, true);
}

// ----- wiring ---------------------------------------------------------------------------------

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const message = parseHostMessage(event.data);
  const target = root();
  if (!message || !target) return;
  const key = focusedKey();
  const scrollY = window.scrollY;
  // The markup was escaped by the extension's renderer; the CSP forbids inline script anyway.
  target.innerHTML = message.html;
  applyView(currentView(), false);
  refocus(key);
  window.scrollTo(0, scrollY);
  rememberUri(message.uri);
});

document.addEventListener('input', (event) => {
  const el = event.target;
  if (el instanceof HTMLInputElement && el.id === 'portfolio-filter') {
    applyView({ ...currentView(), filter: el.value.slice(0, 200) }, true);
  }
});

document.addEventListener('click', (event) => {
  const el = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-action]') : null;
  if (!el) return;
  const { action, line, uri, col } = el.dataset;
  if (action === 'reveal' && line !== undefined) {
    const lineNumber = Number(line);
    if (!Number.isInteger(lineNumber)) return;
    vscode.postMessage(uri ? { type: 'reveal', uri, line: lineNumber } : { type: 'reveal', line: lineNumber });
  } else if (action === 'open' && uri) {
    vscode.postMessage({ type: 'open', uri });
  } else if (action === 'sort' && col) {
    sortBy(col);
  } else if (action === 'refresh' || action === 'copyMarkdown' || action === 'exportCsv') {
    vscode.postMessage({ type: action });
  }
});

rememberUri(root()?.dataset.uri);
vscode.postMessage({ type: 'ready' });
applyView(currentView(), true);
