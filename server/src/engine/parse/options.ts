import type { ConfigAliases } from '../configVocabulary.js';
import type { Table } from '../model.js';
import type { RegisterKind } from '../schema.js';
import type { RootContent } from 'mdast';

export interface ParseOptions {
  /** Parse every chunk with micromark, never the line scanner (tests compare the two). */
  readonly forceMicromark?: boolean;
  /**
   * Parses the body from `start` into top-level mdast nodes with absolute offsets, instead of
   * chunk by chunk from scratch (incremental.ts reuses unchanged chunks). Must give the same
   * nodes as the default.
   */
  readonly parseBody?: (text: string, start: number) => RootContent[];
  /**
   * Tables built from mdast nodes that `parseBody` reused unchanged. A table whose node is the
   * same object, for the same register, starting on the same line, is the same table: its
   * cells' line/character ranges cannot have changed, so it is reused instead of rebuilt.
   */
  readonly tableMemo?: WeakMap<object, { readonly line: number; readonly kind: RegisterKind; readonly table: Table }>;
  /** The configuration's names for registers and columns (`aliases` in `.handoff.yaml`). */
  readonly aliases?: Pick<ConfigAliases, 'registers' | 'columns'>;
}
