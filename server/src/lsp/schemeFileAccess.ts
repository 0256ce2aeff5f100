/**
 * One file access per URI scheme: the Node server reads `file:` URIs on disk and asks the client
 * for the rest (a virtual workspace opened in desktop VS Code, e.g. a GitHub repository).
 */
import { URI } from 'vscode-uri';
import type { FileAccess, FileStat } from './fileAccess.js';

export class SchemeFileAccess implements FileAccess {
  constructor(
    private readonly byScheme: Readonly<Record<string, FileAccess>>,
    private readonly fallback: FileAccess,
  ) {}

  private for(uri: string): FileAccess {
    let scheme: string;
    try {
      scheme = URI.parse(uri).scheme;
    } catch {
      return this.fallback;
    }
    return this.byScheme[scheme] ?? this.fallback;
  }

  list(folderUri: string): Promise<string[]> {
    return this.for(folderUri).list(folderUri);
  }

  stat(uri: string): Promise<FileStat | undefined> {
    return this.for(uri).stat(uri);
  }

  read(uri: string, maxBytes: number): Promise<string> {
    return this.for(uri).read(uri, maxBytes);
  }
}
