/**
 * Project Initiation's registers (contract §4): who is involved, what could go wrong, what is
 * assumed, and what the transition needs.
 */
import { c, entryText, idColumn, jiraIdColumn, party, person, prompted } from '../columns.js';
import type { RegisterSpec } from '../registerTypes.js';

export const INITIATION_REGISTERS: readonly RegisterSpec[] = [
  {
    kind: 'stakeholders',
    title: 'Stakeholders',
    aliases: ['Stakeholder register', 'Stakeholder map', 'Stakeholder analysis'],
    shape: 'table',
    section: 'initiation',
    requiredFrom: 'initiation',
    missingRule: 'missing-stakeholders',
    idPrefix: 'S',
    description: 'Who is involved, in which role, and how they are kept informed.',
    columns: [
      idColumn('S-01'),
      prompted(c('name', 'Name', true, 'Full name')),
      c('role', 'Role', true, 'Sponsor'),
      prompted(c('responsibility', 'Responsibility', false, 'What they answer for')),
      // Where a party reference (a resource's provider, an interface's contact) finds a team.
      c('team', 'Team', false, 'Team', [
        'Organisation',
        'Organization',
        'Department',
        'Directorate',
        'Business unit',
        'Division',
      ]),
      c('influence', 'Influence', false, 'High'),
      c('interest', 'Interest', false, 'High'),
      c('comms', 'Comms', false, 'Monthly steering'),
      c('handle', 'Handle', false, '@handle'),
    ],
  },
  {
    kind: 'risks',
    title: 'Risks',
    aliases: ['Risk register', 'Risk log', 'Risks register', 'Risks log', 'Risks and mitigations'],
    shape: 'table',
    section: 'initiation',
    requiredFrom: 'initiation',
    missingRule: 'missing-risks',
    idPrefix: 'R',
    description: 'What could go wrong, how likely and how bad, who owns it and what is done about it.',
    columns: [
      jiraIdColumn('R-01'),
      prompted(c('risk', 'Risk', true, 'What could happen', ['Description', 'Summary'])),
      // Also the current rating, as registers that keep an inherent and a residual one beside it head
      // it (those two are extra columns: neither is the risk as it stands).
      c('likelihood', 'Likelihood', true, '3', [
        'L',
        'P',
        'Probability',
        'Likelihood rating',
        'Likelihood score',
        'Current likelihood',
        // Abbreviated, as Word and Excel risk registers head a narrow column.
        'Prob',
        'Prob.',
      ]),
      c('impact', 'Impact', true, '3', [
        'I',
        'Consequence',
        'Impact rating',
        'Impact score',
        'Current impact',
        'Imp',
        'Imp.',
      ]),
      c('score', 'Score', false, '9', ['Risk score']),
      person(c('owner', 'Owner', true, 'S-01', ['Risk owner', 'Assignee'])),
      {
        ...c('response', 'Response', false, 'Mitigate', [
          'Risk response',
          'Response type',
          'Response strategy',
          'Response category',
          'Response categories',
          'Risk response category',
          'Risk response categories',
          // AS/NZS ISO 31000 calls the response the risk's treatment, chosen from its options.
          'Treatment strategy',
          'Treatment option',
          'Treatment options',
          'Treatment type',
          'Risk treatment option',
        ]),
        beside: { category: /\b(?:categor(?:y|ies)|type|strategy)\b/i, readAs: 'mitigation' },
      },
      prompted(
        c('mitigation', 'Mitigation', true, 'What reduces it', [
          'Response action',
          'Action',
          'Actions',
          'Mitigating actions',
          'Mitigation actions',
          'Mitigation plan',
          // AS/NZS ISO 31000: the actions that modify the risk are its treatment.
          'Treatment',
          'Treatments',
          'Treatment action',
          'Treatment actions',
          'Treatment plan',
          'Risk treatment',
          'Risk treatments',
          'Risk treatment plan',
          'Risk treatment actions',
        ]),
      ),
      prompted(
        c('contingency', 'Contingency', false, 'What we do if it happens', [
          'Fallback',
          'Contingency plan',
          'Contingency action',
          'Fallback plan',
          'Contingency / Fallback',
          'Fallback / Contingency',
          // As UK and PRINCE2 registers name it.
          'Contingency plans',
          'Contingency actions',
          'Contingency arrangements',
          'Contingency measures',
          'Contingency / Fallback plan',
          'Fallback plans',
          'Fallback position',
          'Fallback arrangements',
          'Plan B',
        ]),
      ),
      // SAFe's ROAM board: Resolved, Owned, Accepted, Mitigated (statusWords.ts wordListUnder).
      c('status', 'Status', true, 'Open', ['ROAM', 'ROAM status']),
      c('review', 'Review', false, '2026-01-31', ['Review date', 'Next review', 'Next review date', 'Review by']),
    ],
  },
  {
    kind: 'assumptions',
    title: 'Assumptions and constraints',
    // PRINCE2 PIDs and RAID logs keep dependencies with them.
    aliases: [
      'Assumptions',
      'Constraints',
      'Constraints and assumptions',
      'Assumptions, constraints and dependencies',
      'Assumptions and dependencies',
    ],
    shape: 'table',
    section: 'initiation',
    requiredFrom: 'initiation',
    missingRule: 'missing-assumptions-constraints',
    idPrefix: 'A',
    description: 'What the plan takes for granted and what limits it.',
    columns: [
      idColumn('A-01'),
      c('type', 'Type', true, 'Assumption'),
      // A RAID log heads it Description, as its other logs do.
      entryText(prompted(c('statement', 'Statement', true, 'What is assumed or constrained', ['Description']))),
      party(c('owner', 'Owner', false, 'S-01')),
      c('status', 'Status', false, 'Open'),
    ],
  },
  {
    kind: 'resources',
    title: 'Resources',
    // As PRINCE2 PIDs and business cases head it.
    // A PMBOK charter's `Project team and resources` ("project" and "and" are ignored).
    aliases: [
      'Resource requirements',
      'Resourcing',
      'Resourcing requirements',
      'Project resources',
      'Team and resources',
    ],
    shape: 'table',
    section: 'initiation',
    requiredFrom: 'initiation',
    idPrefix: 'RS',
    description: 'People, environments and budget the transition needs, and who provides them.',
    columns: [
      idColumn('RS-01'),
      prompted(c('resource', 'Resource', true, 'What the transition needs')),
      party(c('providedBy', 'Provided by', false, 'S-01')),
      c('allocation', 'Allocation', false, '50%'),
      c('confirmed', 'Confirmed', false, 'yes'),
    ],
  },
];
