/**
 * The words some register columns take, and the default readiness criteria (contract 1.1 §3).
 */
/** Met / not met, for Go-live readiness and Early life support criteria. */
export const MET_VALUES = ['yes', 'no', 'partial'] as const;
/** Decision types (contract 1.1 §3). */
export const DECISION_TYPES = ['Go/No-go', 'Exception', 'Scope', 'Other'] as const;
export const DECISION_STATUSES = ['Approved', 'Proposed', 'Rejected'] as const;
export const PIR_RESULTS = ['Achieved', 'Partly', 'Not achieved'] as const;
/** 1.1 default Go-live readiness criteria, for every transition type the configuration does not list. */
export const DEFAULT_READINESS: readonly string[] = [
  'Change authorised',
  'Back-out plan tested',
  'Service acceptance criteria met',
  'Support staff trained',
  'Knowledge articles published',
];
