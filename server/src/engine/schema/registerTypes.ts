/**
 * The shape of a register's description: its kind, its columns and what the schema says about
 * it (where it belongs, from which stage it is required, which rule reports it missing).
 */
import type { SectionKind, Stage } from '../types.js';

export type RegisterKind =
  | 'stakeholders'
  | 'risks'
  | 'assumptions'
  | 'resources'
  | 'exitCriteria'
  | 'milestones'
  | 'responsibilities'
  | 'processInterfaces'
  | 'resourceConsumption'
  | 'issues'
  | 'correctiveActions'
  | 'goLiveReadiness'
  | 'statusLog'
  | 'communicationPlan'
  | 'decisions'
  | 'handovers'
  | 'earlyLifeSupport'
  | 'postImplementationReview'
  | 'lessonsLearned'
  | 'signOff'
  | 'waivers';

export type RegisterShape = 'table' | 'tasks' | 'list';

export interface ColumnSpec {
  /** Key used by rules: `row.cell('owner')`. */
  readonly key: string;
  /** Canonical header as written by templates. */
  readonly header: string;
  readonly aliases?: readonly string[];
  readonly required?: boolean;
  /** Placeholder for templates. */
  readonly example?: string;
  /** The example is a prompt to type over, not a value (see `prompted` and placeholders.ts). */
  readonly prompt?: boolean;
  /** The words the column accepts, in their canonical form (for completion and docs). */
  readonly values?: readonly string[];
  /**
   * The column that says what an entry is, where it is not the first free-text column the
   * register needs (a Status log's Summary, not its Date): where a list's items go as rows.
   */
  readonly entryText?: boolean;
  /**
   * The column names who answers for the row: a person reference (stakeholder ID, name, @handle
   * or role), or with `personOrParty` also a team or organisation (contract §2).
   */
  readonly holds?: 'person' | 'personOrParty';
  /**
   * Several may be named (`Helen Marsh & Daniel Osei`): an approval can be joint. In every other
   * column that `holds` a reference, one person answers for the row.
   */
  readonly several?: boolean;
  /** The column holds amounts of money: its header may end in a unit note (`Approved (£k)`). */
  readonly amount?: boolean;
  /**
   * Two headers of this column, one of them a category (`Risk response category` and `Risk
   * response`, as PRINCE2's Risk Register has them): the category is this column and the other is
   * read as `readAs`, when the table has no such column.
   */
  readonly beside?: { readonly category: RegExp; readonly readAs: string };
}

export interface RegisterSpec {
  readonly kind: RegisterKind;
  /** Canonical heading text (level 3, or level 2 for waivers). */
  readonly title: string;
  readonly aliases?: readonly string[];
  /**
   * The start of a name that goes on to say for whom the register is (`Handover to` the SIAM team,
   * the service desk, the customer): a heading beginning with it, and more words after it, names
   * the register.
   */
  readonly namePrefixes?: readonly string[];
  readonly shape: RegisterShape;
  /** The stage section it belongs under (waivers: none, exit criteria: any). */
  readonly section?: SectionKind;
  /** First plan stage at which it is required. */
  readonly requiredFrom?: Stage;
  /** The rule reporting it missing (missing-register unless a specific one exists). */
  readonly missingRule?: string;
  readonly columns: readonly ColumnSpec[];
  /** Row ID prefix for new rows (`R` → `R-01`). */
  readonly idPrefix?: string;
  readonly description: string;
}
