/** Shared webview settings: narrow resource roots, scripts only with a nonce, fresh per render. */
import * as vscode from 'vscode';
import { createNonce } from './html.js';
import type { PageResources } from './widgets.js';

export function localResourceRoots(extensionUri: vscode.Uri): vscode.Uri[] {
  return [vscode.Uri.joinPath(extensionUri, 'client', 'media'), vscode.Uri.joinPath(extensionUri, 'dist', 'client')];
}

export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return { enableScripts: true, enableCommandUris: false, localResourceRoots: localResourceRoots(extensionUri) };
}

/** Resources for one render of a page: a new nonce every time. */
export function pageResources(webview: vscode.Webview, extensionUri: vscode.Uri): PageResources {
  return {
    cspSource: webview.cspSource,
    nonce: createNonce(),
    styleUri: webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'client', 'media', 'preview.css')).toString(),
    scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'client', 'preview.js')).toString(),
  };
}

export function panelIcon(extensionUri: vscode.Uri): { light: vscode.Uri; dark: vscode.Uri } {
  return {
    light: vscode.Uri.joinPath(extensionUri, 'client', 'media', 'preview-light.svg'),
    dark: vscode.Uri.joinPath(extensionUri, 'client', 'media', 'preview-dark.svg'),
  };
}
