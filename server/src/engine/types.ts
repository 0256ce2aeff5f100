/**
 * Plain data types shared by every layer. Nothing here knows about LSP, VS Code or the file
 * system: positions are 0-based lines and UTF-16 columns (what both LSP and JavaScript strings
 * use), and hosts convert them once at their edge.
 */

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

export interface Position {
  /** 0-based line. */
  readonly line: number;
  /** 0-based UTF-16 code unit offset in the line. */
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

export interface TextEdit {
  readonly range: Range;
  readonly newText: string;
}

/** A fix is data: the LSP turns it into a code action, `--fix` style tools apply the edits. */
export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  /** The obvious fix; editors may apply it with one key. */
  readonly isPreferred?: boolean;
  /**
   * Deterministic and complete (no placeholder, no choice among people): `handoff lint --fix`
   * and "Fix all" apply only these.
   */
  readonly safe?: boolean;
  /**
   * Placeholders to fill once the fix is applied, in order (snippet tab stops where the editor
   * has them; the first is selected otherwise). All in one edit.
   */
  readonly stops?: readonly TabStop[];
}

/** `length` characters from `offset` in the newText of `edits[edit]`, optionally one of `choices`. */
export interface TabStop {
  readonly edit: number;
  readonly offset: number;
  readonly length: number;
  readonly choices?: readonly string[];
}

export interface RelatedLocation {
  /** Document id (a path or URI as the host gave it); undefined means the same document. */
  readonly uri?: string;
  readonly range: Range;
  readonly message: string;
}

export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  readonly range: Range;
  readonly fixes?: readonly Fix[];
  readonly related?: readonly RelatedLocation[];
  /** Row ID, front-matter key or plan id the finding is about: what a waiver names. */
  readonly target?: string;
}

/** A finding attached to the document it belongs to (workspace rules span documents). */
export interface DocumentFinding extends Finding {
  readonly uri: string;
}

export const STAGES = ['initiation', 'planning', 'control', 'closure', 'closed'] as const;
export type Stage = (typeof STAGES)[number];

export function stageIndex(stage: Stage): number {
  return STAGES.indexOf(stage);
}

/**
 * Whether a plan at this stage has a health to rate, reported or derived: not before planning
 * (no baseline yet) and not once closed (its health is history); a plan with no stage neither.
 */
export function isRatedStage(stage: Stage | undefined): stage is 'planning' | 'control' | 'closure' {
  return stage === 'planning' || stage === 'control' || stage === 'closure';
}

/** Whether a plan is still in initiation or planning: before control, its baseline still being set. */
export function isBeforeControl(stage: Stage | undefined): stage is 'initiation' | 'planning' {
  return stage === 'initiation' || stage === 'planning';
}

/** The five ITIL stage sections of the body (reporting has no front-matter stage of its own). */
export const SECTIONS = ['initiation', 'planning', 'control', 'reporting', 'closure'] as const;
export type SectionKind = (typeof SECTIONS)[number];

export const TRANSITION_TYPES = ['new', 'change', 'retire', 'transfer'] as const;
export type TransitionType = (typeof TRANSITION_TYPES)[number];

export const HEALTH_VALUES = ['green', 'amber', 'red'] as const;
export type Health = (typeof HEALTH_VALUES)[number];

/** An ISO calendar date `YYYY-MM-DD`; these compare correctly as strings. */
export type IsoDate = string;
