/**
 * The little of vscode-textmate and vscode-oniguruma that grammar.test.ts uses. Neither is a
 * dependency of the project; the test loads them only if they happen to be installed.
 */
export interface RawGrammar {
  readonly scopeName: string;
}

export interface TokenizeResult {
  readonly tokens: readonly { readonly startIndex: number; readonly endIndex: number; readonly scopes: string[] }[];
  readonly ruleStack: unknown;
}

export interface LoadedGrammar {
  tokenizeLine(line: string, state: unknown): TokenizeResult;
}

export declare const Textmate: {
  readonly INITIAL: unknown;
  parseRawGrammar(content: string, filePath: string): RawGrammar;
  Registry: new (options: {
    onigLib: Promise<{ createOnigScanner(sources: string[]): unknown; createOnigString(text: string): unknown }>;
    loadGrammar(scopeName: string): Promise<RawGrammar | null>;
    getInjections(scopeName: string): string[] | undefined;
  }) => { loadGrammar(scopeName: string): Promise<LoadedGrammar | null> };
};

export declare const Oniguruma: {
  loadWASM(data: ArrayBuffer | ArrayBufferLike): Promise<void>;
  OnigScanner: new (sources: string[]) => unknown;
  OnigString: new (text: string) => unknown;
};
