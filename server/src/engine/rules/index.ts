/**
 * Every rule, in the contract's order. This list is the single source for the engine, the rule
 * docs (docs/rules.md) and the configuration schema (schemas/handoff.schema.json).
 */
import type { Rule } from '../rule.js';
import { frontMatterSyntax } from './frontMatterSyntax.js';
import { newPlan } from './newPlan.js';
import { frontMatterSchema } from './frontMatterSchema.js';
import { missingStageSection } from './missingStageSection.js';
import { missingRegister } from './missingRegister.js';
import { tableColumns } from './tableColumns.js';
import { duplicateId } from './duplicateId.js';
import { unresolvedReference } from './unresolvedReference.js';
import { missingStakeholders } from './missingStakeholders.js';
import { stakeholderIncomplete } from './stakeholderIncomplete.js';
import { missingCoreRole } from './missingCoreRole.js';
import { missingRisks } from './missingRisks.js';
import { riskWithoutOwner } from './riskWithoutOwner.js';
import { riskWithoutMitigation } from './riskWithoutMitigation.js';
import { highRiskWithoutContingency } from './highRiskWithoutContingency.js';
import { riskScoreMismatch } from './riskScoreMismatch.js';
import { missingAssumptionsConstraints } from './missingAssumptionsConstraints.js';
import { exitCriteriaUnmet } from './exitCriteriaUnmet.js';
import { missingMilestones } from './missingMilestones.js';
import { milestoneOrder } from './milestoneOrder.js';
import { raciAccountability } from './raciAccountability.js';
import { processInterfaceWithoutContact } from './processInterfaceWithoutContact.js';
import { missingHandovers } from './missingHandovers.js';
import { missingHandoverOwner } from './missingHandoverOwner.js';
import { handoverWithoutAcceptanceCriteria } from './handoverWithoutAcceptanceCriteria.js';
import { requiredHandoverMissing } from './requiredHandoverMissing.js';
import { unknownItilProcess } from './unknownItilProcess.js';
import { milestoneOverdue } from './milestoneOverdue.js';
import { scheduleSlip } from './scheduleSlip.js';
import { costOverrun } from './costOverrun.js';
import { missingCorrectiveAction } from './missingCorrectiveAction.js';
import { riskReviewOverdue } from './riskReviewOverdue.js';
import { missingStatusReport } from './missingStatusReport.js';
import { statusStale } from './statusStale.js';
import { healthMismatch } from './healthMismatch.js';
import { missingCommunicationPlan } from './missingCommunicationPlan.js';
import { handoverNotAccepted } from './handoverNotAccepted.js';
import { openItemsAtClosure } from './openItemsAtClosure.js';
import { missingLessonsLearned } from './missingLessonsLearned.js';
import { missingSignOff } from './missingSignOff.js';
import { dependencyCycle } from './dependencyCycle.js';
import { waiverInvalid } from './waiverInvalid.js';
import { unreadableValue } from './unreadableValue.js';
import { elsCriteriaUnmet } from './elsCriteriaUnmet.js';
import { handoverOverdue } from './handoverOverdue.js';
import { goLiveReadiness } from './goLiveReadiness.js';
import { dateOrder } from './dateOrder.js';
import { stageBehindSchedule } from './stageBehindSchedule.js';
import { budgetMismatch } from './budgetMismatch.js';
import { markupTooComplex } from './markupTooComplex.js';

export const RULES: readonly Rule[] = Object.freeze([
  newPlan,
  frontMatterSyntax,
  frontMatterSchema,
  missingStageSection,
  missingRegister,
  tableColumns,
  duplicateId,
  unresolvedReference,
  missingStakeholders,
  stakeholderIncomplete,
  missingCoreRole,
  missingRisks,
  riskWithoutOwner,
  riskWithoutMitigation,
  highRiskWithoutContingency,
  riskScoreMismatch,
  missingAssumptionsConstraints,
  exitCriteriaUnmet,
  missingMilestones,
  milestoneOrder,
  raciAccountability,
  processInterfaceWithoutContact,
  missingHandovers,
  missingHandoverOwner,
  handoverWithoutAcceptanceCriteria,
  requiredHandoverMissing,
  unknownItilProcess,
  milestoneOverdue,
  scheduleSlip,
  costOverrun,
  missingCorrectiveAction,
  riskReviewOverdue,
  missingStatusReport,
  statusStale,
  healthMismatch,
  missingCommunicationPlan,
  handoverNotAccepted,
  openItemsAtClosure,
  missingLessonsLearned,
  unreadableValue,
  elsCriteriaUnmet,
  handoverOverdue,
  goLiveReadiness,
  dateOrder,
  stageBehindSchedule,
  budgetMismatch,
  missingSignOff,
  dependencyCycle,
  waiverInvalid,
  markupTooComplex,
]);
