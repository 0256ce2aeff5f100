/**
 * The typed plan model: what rules, hovers, the tree view and reports read. Every node carries
 * the exact source range it came from, so a finding can point at a cell, a row or a heading.
 */
import type { RegisterKind, RegisterSpec } from './schema.js';
import type { LineIndex } from './lines.js';
import type { Health, Range, SectionKind, Stage, TransitionType } from './types.js';

export interface Heading {
  readonly depth: number;
  readonly text: string;
  /** Range of the whole heading line. */
  readonly range: Range;
  /** Range of the heading's text (without the `#` marks). */
  readonly textRange: Range;
  readonly offset: number;
}

export interface Cell {
  /** Plain text of the cell, inline Markdown removed, trimmed. */
  readonly text: string;
  /** Range of the cell's content (a point after the pipe when empty). */
  readonly range: Range;
  /** Empty, `-`, `–`, `n/a`, `TBD`. */
  readonly empty: boolean;
  /**
   * The text with its line breaks as `\n` (`Closed<br>Accepted by S-12` is `Closed\nAccepted by
   * S-12`), when it has one between two words; `text` reads each as a space.
   */
  readonly withBreaks?: string;
}

export interface Row {
  /** 0-based index among the data rows. */
  readonly index: number;
  readonly cells: readonly Cell[];
  /** How many cells the row has as written: fewer than `cells` when the model padded a short row. */
  readonly written: number;
  /** Range of the whole row line. */
  readonly range: Range;
  /** The ID cell's text, if the register has an ID column and it is filled. */
  readonly id: string | undefined;
  /**
   * The language the plan's month names are in, for a date whose month's name two languages give
   * to different months (`15 listopada 2027`: values/monthLanguage.ts), when the plan shows one.
   */
  readonly dateLanguage?: string | undefined;
  /** The cell under a column key (see `ColumnSpec.key`), whether empty or not. */
  cell(key: string): Cell | undefined;
  /** The non-empty trimmed text under a column key, or undefined. */
  value(key: string): string | undefined;
  /** The cell under an extra column, by its header (case-insensitive). */
  cellByHeader(header: string): Cell | undefined;
  /** The header, as written, of the column read as `key` (`ROAM` for a risk's Status), if the table has one. */
  header(key: string): string | undefined;
}

export interface Table {
  readonly headers: readonly Cell[];
  /** Column key per header position (undefined for extra columns). */
  readonly columnKeys: readonly (string | undefined)[];
  readonly rows: readonly Row[];
  readonly range: Range;
  readonly headerRange: Range;
  /** Whether the table has a column for this key. */
  has(key: string): boolean;
  /**
   * The tables it joins, when a register is split into several with the same columns (each with
   * its own header and delimiter rows, which an edit adding a column must reach); else undefined.
   */
  readonly parts?: readonly Table[];
}

export interface ListItem {
  readonly text: string;
  /** true / false for task items, undefined for plain items. */
  readonly checked: boolean | undefined;
  readonly range: Range;
}

export interface Checklist {
  readonly id: string;
  readonly heading: Heading;
  readonly items: readonly ListItem[];
}

export interface Register {
  readonly kind: RegisterKind;
  readonly spec: RegisterSpec;
  readonly heading: Heading;
  /** The stage section it stands in (undefined when outside any stage section). */
  readonly section: SectionKind | undefined;
  readonly table: Table | undefined;
  /** A list register's entries: its list items, or the rows of a table kept instead (a Lessons Log). */
  readonly items: readonly ListItem[];
  /** A table register's list items (not its checklists'): entries written as a list, not read as rows. */
  readonly listItemsNotRows: number;
  /**
   * Tables after its first with other columns, which it does not read (a later table with the
   * same columns is read: its rows are the table's).
   */
  readonly tablesNotRead: readonly Table[];
  /** `#### H-01 …` acceptance checklists under Handovers, by `rowIdKey` of their ID. */
  readonly checklists: ReadonlyMap<string, Checklist>;
  /**
   * The first register of its kind, when this is a later one (a second `### Risks`, a
   * `### Decision log (exceptions)` after `### Decisions`): its tables, items and checklists are
   * read as more of that register's, so this one has none of its own. Exit criteria, one per
   * stage section, are never joined.
   */
  readonly joinedTo: Register | undefined;
  /** From the heading to the end of its content. */
  readonly range: Range;
  /** Offset just after the register's last content (for inserting rows). */
  readonly endOffset: number;
}

export interface Section {
  readonly kind: SectionKind;
  readonly heading: Heading;
  readonly range: Range;
  readonly endOffset: number;
}

/** A front-matter value with its positions. */
export interface FmValue {
  readonly key: string;
  readonly keyRange: Range;
  readonly range: Range;
  readonly kind: 'scalar' | 'seq' | 'map' | 'null' | 'other';
  /** Scalars: the JS value (string, number, boolean, null). */
  readonly value: unknown;
  /** Sequences: their items (keys are the index). */
  readonly items: readonly FmValue[];
  /** Maps: their entries. */
  readonly entries: ReadonlyMap<string, FmValue>;
}

export interface FrontMatterError {
  readonly message: string;
  readonly range: Range;
}

export interface FrontMatter {
  readonly present: boolean;
  /** Range of the block including the `---` lines. */
  readonly range: Range;
  /** Offset of the first character after the closing line (the body's start). */
  readonly bodyOffset: number;
  /** Offset of the first content line (after the opening `---`). */
  readonly contentOffset: number;
  /** Offset of the closing `---` line (where new keys are inserted). */
  readonly closingOffset: number;
  readonly entries: ReadonlyMap<string, FmValue>;
  readonly errors: readonly FrontMatterError[];
}

export interface DisableDirective {
  /** `line`: `handoff-disable-line`, silencing the line it stands on (after a table row's last cell). */
  readonly kind: 'next-line' | 'line' | 'disable' | 'enable';
  /** Empty means every rule. */
  readonly rules: readonly string[];
  readonly line: number;
  readonly range: Range;
}

export interface Plan {
  readonly uri: string;
  /** The text the model was built from (BOM removed). */
  readonly text: string;
  readonly lines: LineIndex;
  readonly frontMatter: FrontMatter;
  /** `schema: transition-plan/1` is declared. */
  readonly declaresSchema: boolean;
  readonly title: Heading | undefined;
  readonly headings: readonly Heading[];
  readonly sections: readonly Section[];
  readonly registers: readonly Register[];
  readonly directives: readonly DisableDirective[];
  /** Typed front-matter facts (undefined when absent or of the wrong type). */
  readonly meta: PlanMeta;
  section(kind: SectionKind): Section | undefined;
  /** The first register of a kind (exit criteria: use `exitCriteria`). */
  register(kind: RegisterKind): Register | undefined;
  /** The rows of the first register of a kind, or none. */
  rows(kind: RegisterKind): readonly Row[];
  /** Exit criteria task lists by stage section. */
  exitCriteria(section: SectionKind): Register | undefined;
  /** Resolves a person reference (ID, name or @handle) to a Stakeholders row. */
  person(ref: string): Row | undefined;
  /** All names a person can be referred to by (for suggestions). */
  personNames(): string[];
}

export interface PlanMeta {
  readonly id: string | undefined;
  readonly title: string | undefined;
  readonly service: string | undefined;
  readonly transitionType: TransitionType | undefined;
  /** The declared stage, if valid. */
  readonly stage: Stage | undefined;
  readonly health: Health | undefined;
  readonly sponsor: string | undefined;
  readonly serviceOwner: string | undefined;
  readonly projectManager: string | undefined;
  readonly transitionManager: string | undefined;
  readonly changeRef: string | undefined;
  readonly releaseRef: string | undefined;
  readonly sdp: string | undefined;
  readonly dates: { start?: string; goLive?: string; close?: string };
  readonly budget: { currency?: string; approved?: number; contingency?: number };
  readonly tolerances: { costPct?: number; scheduleDays?: number };
  readonly reportingCadenceDays: number | undefined;
  readonly dependsOn: readonly string[];
  readonly tags: readonly string[];
}
