/**
 * The registers of a plan (contract §4) as data, in the contract's order: headings and aliases,
 * columns, the stage section they belong under, the stage they are required from, and the words
 * their columns take. Each stage's registers are described in `registers/<stage>.ts`.
 */
import { CLOSURE_REGISTERS } from './registers/closure.js';
import { CONTROL_REGISTERS } from './registers/control.js';
import { EXIT_CRITERIA_REGISTER, WAIVERS_REGISTER } from './registers/anyStage.js';
import { INITIATION_REGISTERS } from './registers/initiation.js';
import { PLANNING_REGISTERS } from './registers/planning.js';
import { REPORTING_REGISTERS } from './registers/reporting.js';
import type { RegisterSpec } from './registerTypes.js';

export * from './registerValues.js';

export const REGISTER_SPECS: readonly RegisterSpec[] = [
  ...INITIATION_REGISTERS,
  EXIT_CRITERIA_REGISTER,
  ...PLANNING_REGISTERS,
  ...CONTROL_REGISTERS,
  ...REPORTING_REGISTERS,
  ...CLOSURE_REGISTERS,
  WAIVERS_REGISTER,
];
