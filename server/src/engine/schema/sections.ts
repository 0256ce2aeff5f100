/**
 * The stage sections of a plan (contract §3): their canonical headings, the stage each is
 * required from, and what each holds.
 */
import type { SectionKind, Stage } from '../types.js';

export interface SectionSpec {
  readonly kind: SectionKind;
  /** Canonical heading text (without `## `). */
  readonly title: string;
  /** Other names practitioners give the section (its short form is read without 'Project'). */
  readonly aliases?: readonly string[];
  /** First plan stage at which the section is required. */
  readonly requiredFrom: Stage;
  readonly description: string;
  /**
   * For a section that is no stage of its own (contract §2 names five stages), the stage it runs
   * alongside: where a plan stands while that section's work is the current work.
   */
  readonly alongside?: Stage & SectionKind;
}

export const SECTION_SPECS: readonly SectionSpec[] = [
  {
    kind: 'initiation',
    title: 'Project Initiation',
    requiredFrom: 'initiation',
    description:
      'Stakeholders, responsibilities and resources are agreed; risks, constraints and assumptions are recorded.',
  },
  {
    kind: 'planning',
    title: 'Project Planning and Coordination',
    aliases: ['Planning', 'Coordination', 'Transition planning'],
    requiredFrom: 'planning',
    description:
      'Milestones are set and the hand-off points to Change, Release, Testing, Configuration and other ITIL processes are agreed.',
  },
  {
    kind: 'control',
    title: 'Project Control',
    aliases: ['Monitoring and control', 'Monitoring and controlling'],
    requiredFrom: 'control',
    description: 'Progress and resource consumption are tracked against the plan and corrective action is taken.',
  },
  {
    kind: 'reporting',
    title: 'Project Reporting and Communication',
    aliases: [
      'Reporting',
      'Communication',
      'Reporting and communications',
      'Communication and reporting',
      'Communications and reporting',
    ],
    requiredFrom: 'planning',
    description:
      'Status is reported up, down and across: a summary of all transitions with status, risks and challenges.',
    // Status is reported while the work is controlled: the Status log is required from control.
    alongside: 'control',
  },
  {
    kind: 'closure',
    title: 'Project Closure',
    aliases: ['Closure and handover'],
    requiredFrom: 'planning',
    description:
      'The ultimate hand-off: every result is handed to the ITIL process that will own it and accepted by a named owner.',
  },
];

export function sectionSpec(kind: SectionKind): SectionSpec {
  return SECTION_SPECS.find((s) => s.kind === kind)!;
}

/**
 * The stage a section's name stands for as a plan's `stage:` value (`Project Control`, `3 -
 * Control`): its own, or the one it runs alongside, with a note saying so (`Reporting`).
 */
export function stageOfSection(kind: SectionKind): { readonly stage: Stage; readonly note: string } {
  const spec = sectionSpec(kind);
  if (!spec.alongside) return { stage: kind as Stage, note: '' };
  const other = sectionSpec(spec.alongside).title;
  return {
    stage: spec.alongside,
    note: ` The ${spec.title} section is not a stage of its own: it runs alongside ${other}, so a plan at this point stands at "${spec.alongside}" (or a later stage, once it has moved on).`,
  };
}

/**
 * What a stage means, in one line: its section's description, and for `closed` (which has no
 * section) what closing means. For `stage:` completion, its hover and the new-plan wizard.
 */
export function stageDescription(stage: string): string | undefined {
  if (stage === 'closed') return 'The transition is over: handovers accepted, sign-off recorded, nothing left open.';
  return SECTION_SPECS.find((s) => s.kind === stage)?.description;
}
