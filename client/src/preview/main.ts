/**
 * The script of the status preview and portfolio webviews (bundled to `dist/client/preview.js`).
 * It renders nothing itself: the extension sends escaped markup, and this script only swaps it
 * in, keeps focus and scroll across updates, and turns button clicks into typed messages.
 */
import { parseHostMessage } from './messages.js';

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();

function root(): HTMLElement | null {
  return document.getElementById('root');
}

function rememberUri(uri: string | undefined): void {
  if (uri) vscode.setState({ uri });
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
      return;
    }
  }
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const message = parseHostMessage(event.data);
  const target = root();
  if (!message || !target) return;
  const key = focusedKey();
  const scrollY = window.scrollY;
  // The markup was escaped by the extension's renderer; the CSP forbids inline script anyway.
  target.innerHTML = message.html;
  refocus(key);
  window.scrollTo(0, scrollY);
  rememberUri(message.uri);
});

document.addEventListener('click', (event) => {
  const el = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-action]') : null;
  if (!el) return;
  const { action, line, uri } = el.dataset;
  if (action === 'reveal' && line !== undefined) {
    const lineNumber = Number(line);
    if (!Number.isInteger(lineNumber)) return;
    vscode.postMessage(uri ? { type: 'reveal', uri, line: lineNumber } : { type: 'reveal', line: lineNumber });
  } else if (action === 'open' && uri) {
    vscode.postMessage({ type: 'open', uri });
  } else if (action === 'refresh') {
    vscode.postMessage({ type: 'refresh' });
  }
});

rememberUri(root()?.dataset.uri);
vscode.postMessage({ type: 'ready' });
