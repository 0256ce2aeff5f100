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

/**
 * What a stage means, in one line: its section's description, and for `closed` (which has no
 * section) what closing means. For `stage:` completion, its hover and the new-plan wizard.
 */
export function stageDescription(stage: string): string | undefined {
  if (stage === 'closed') return 'The transition is over: handovers accepted, sign-off recorded, nothing left open.';
  return SECTION_SPECS.find((s) => s.kind === stage)?.description;
}
