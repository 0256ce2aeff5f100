/**
 * ITIL process names in their ITIL 2011 and ITIL 4 forms. A Process cell is recognised when it
 * names any form; `canonical` maps every form to one name so "Change enablement" satisfies a
 * required "Change Management" handover.
 */
import { normalizeWord, TRAILING_NOTE } from './text.js';
import { didYouMean, didYouMeanId } from './suggest.js';

export interface ItilProcess {
  /** Canonical (ITIL 2011) name. */
  readonly name: string;
  /** ITIL 4 practice names and common short forms. */
  readonly aliases: readonly string[];
  readonly stage: 'strategy' | 'design' | 'transition' | 'operation' | 'improvement' | 'general';
  readonly description: string;
}

export const ITIL_PROCESSES: readonly ItilProcess[] = [
  {
    name: 'Strategy Management for IT Services',
    aliases: ['Strategy management'],
    stage: 'strategy',
    description: "Assesses the provider's offerings and capabilities and sets the strategy for IT services.",
  },
  {
    name: 'Service Portfolio Management',
    aliases: ['Portfolio management', 'SPM'],
    stage: 'strategy',
    description: 'Manages the portfolio of services: pipeline, catalogue and retired services.',
  },
  {
    name: 'Financial Management for IT Services',
    aliases: ['Service financial management', 'Financial management'],
    stage: 'strategy',
    description: 'Budgeting, accounting and charging for IT services.',
  },
  {
    name: 'Demand Management',
    aliases: [],
    stage: 'strategy',
    description: 'Understands and influences customer demand for services.',
  },
  {
    name: 'Business Relationship Management',
    aliases: ['Relationship management', 'BRM'],
    stage: 'strategy',
    description: 'Maintains a positive relationship with customers and identifies their needs.',
  },
  {
    name: 'Design Coordination',
    aliases: ['Service design'],
    stage: 'design',
    description: 'Coordinates all service design activities, processes and resources.',
  },
  {
    name: 'Service Catalogue Management',
    aliases: ['Service catalog management', 'Service catalogue'],
    stage: 'design',
    description: 'Keeps a single, accurate source of information on all operational services.',
  },
  {
    name: 'Service Level Management',
    aliases: ['SLM'],
    stage: 'design',
    description: 'Agrees service level targets with the business and monitors delivery against them.',
  },
  {
    name: 'Availability Management',
    aliases: [],
    stage: 'design',
    description: 'Ensures services meet their agreed availability targets.',
  },
  {
    name: 'Capacity Management',
    aliases: ['Capacity and performance management'],
    stage: 'design',
    description: 'Ensures capacity meets current and future business needs cost-effectively.',
  },
  {
    name: 'IT Service Continuity Management',
    aliases: ['Service continuity management', 'ITSCM'],
    stage: 'design',
    description: 'Manages risks that could seriously affect IT services and plans their recovery.',
  },
  {
    name: 'Information Security Management',
    aliases: ['Security management', 'ISM'],
    stage: 'design',
    description: 'Protects the confidentiality, integrity and availability of information.',
  },
  {
    name: 'Supplier Management',
    aliases: [],
    stage: 'design',
    description: 'Manages suppliers and the services they supply.',
  },
  {
    name: 'Transition Planning and Support',
    aliases: ['Project management', 'TPS'],
    stage: 'transition',
    description: 'Plans and coordinates resources to deploy a release into production within cost, time and quality.',
  },
  {
    name: 'Change Management',
    aliases: ['Change enablement', 'Change control', 'Change Advisory Board', 'CAB'],
    stage: 'transition',
    description: 'Controls the lifecycle of all changes with minimum disruption to IT services.',
  },
  {
    name: 'Service Asset and Configuration Management',
    aliases: ['Service configuration management', 'Configuration management', 'Config management', 'SACM'],
    stage: 'transition',
    description: 'Keeps accurate information about configuration items and their relationships.',
  },
  {
    name: 'Release and Deployment Management',
    aliases: ['Release management', 'Deployment management', 'RDM'],
    stage: 'transition',
    description: 'Plans, schedules and controls the build, test and deployment of releases.',
  },
  {
    name: 'Service Validation and Testing',
    aliases: ['Service validation and testing', 'Testing', 'Service testing', 'SVT'],
    stage: 'transition',
    description: 'Ensures a release is fit for purpose and fit for use.',
  },
  {
    name: 'Change Evaluation',
    aliases: ['Evaluation'],
    stage: 'transition',
    description: 'Assesses the performance of a service change against its predicted performance.',
  },
  {
    name: 'Knowledge Management',
    aliases: ['Service knowledge management', 'KM'],
    stage: 'transition',
    description: 'Shares perspectives, ideas, experience and information so decisions use the right knowledge.',
  },
  {
    name: 'Event Management',
    aliases: ['Monitoring and event management', 'Monitoring'],
    stage: 'operation',
    description: 'Monitors events across the infrastructure and decides the right response.',
  },
  {
    name: 'Incident Management',
    aliases: [],
    stage: 'operation',
    description: 'Restores normal service operation as quickly as possible after an interruption.',
  },
  {
    name: 'Request Fulfilment',
    aliases: ['Service request management', 'Request fulfillment'],
    stage: 'operation',
    description: 'Handles service requests from users.',
  },
  {
    name: 'Problem Management',
    aliases: [],
    stage: 'operation',
    description: 'Finds and removes the root causes of incidents.',
  },
  {
    name: 'Access Management',
    aliases: ['Identity and access management'],
    stage: 'operation',
    description: 'Grants authorised users the right to use a service and denies others.',
  },
  {
    name: 'Service Desk',
    aliases: ['Service desk function'],
    stage: 'operation',
    description: 'The single point of contact between the service provider and its users.',
  },
  {
    name: 'Technical Management',
    aliases: ['Infrastructure and platform management'],
    stage: 'operation',
    description: 'Provides technical expertise and support for managing the IT infrastructure.',
  },
  {
    name: 'IT Operations Management',
    aliases: ['IT operations', 'Operations management'],
    stage: 'operation',
    description: 'Day-to-day operation and control of the IT infrastructure.',
  },
  {
    name: 'Application Management',
    aliases: ['Software development and management'],
    stage: 'operation',
    description: 'Manages applications throughout their lifecycle.',
  },
  {
    name: 'Continual Service Improvement',
    aliases: ['Continual improvement', 'CSI'],
    stage: 'improvement',
    description: 'Identifies and implements improvements to services and processes.',
  },
  {
    name: 'Deployment Management',
    aliases: [],
    stage: 'transition',
    description: 'Moves new or changed components into live environments (ITIL 4).',
  },
  {
    name: 'Service Financial Management',
    aliases: [],
    stage: 'general',
    description: 'Supports decisions on investment in services (ITIL 4).',
  },
  {
    name: 'IT Asset Management',
    aliases: ['Asset management'],
    stage: 'general',
    description:
      'Plans and manages the lifecycle of IT assets, their value, cost and risk (ITIL 4); not Service Configuration Management, which keeps the configuration items and their relationships.',
  },
  {
    name: 'Organizational Change Management',
    aliases: ['Organisational change management', 'Organizational change', 'Organisational change'],
    stage: 'general',
    description:
      'Prepares the people affected by a change to adopt it (ITIL 4); not Change Management, which controls changes to services.',
  },
  {
    name: 'Architecture Management',
    aliases: ['Enterprise architecture management'],
    stage: 'general',
    description: "Keeps the organisation's architecture, and the services' place in it, understood (ITIL 4).",
  },
  {
    name: 'Measurement and Reporting',
    aliases: ['Measurement and reporting management'],
    stage: 'general',
    description: 'Collects and reports the measurements decisions are made on (ITIL 4).',
  },
  {
    name: 'Workforce and Talent Management',
    aliases: [],
    stage: 'general',
    description: 'Ensures the organisation has the people and skills it needs (ITIL 4).',
  },
  {
    name: 'Business Analysis',
    aliases: [],
    stage: 'design',
    description: 'Analyses a business and its needs, and recommends solutions (ITIL 4).',
  },
  {
    name: 'Risk Management',
    aliases: [],
    stage: 'general',
    description: 'Identifies, assesses and controls risks (ITIL 4 general practice).',
  },
];

const BY_FORM = new Map<string, ItilProcess>();
for (const p of ITIL_PROCESSES) {
  for (const form of [p.name, ...p.aliases]) {
    const k = normalizeWord(form);
    if (!BY_FORM.has(k)) BY_FORM.set(k, p);
  }
}
// "Release and Deployment Management" covers its two ITIL 4 halves.
const RDM = ITIL_PROCESSES.find((p) => p.name === 'Release and Deployment Management')!;
BY_FORM.set(normalizeWord('Deployment management'), RDM);

/** Every recognised spelling. */
export const ITIL_PROCESS_FORMS: readonly string[] = ITIL_PROCESSES.flatMap((p) => [p.name, ...p.aliases]);

/** An abbreviation (`SLM`, `ITSCM`): a few capitals, no spaces. */
const ABBREVIATION = /^[A-Z]{2,6}$/;

/** The spellings completion offers and a did-you-mean may propose: the names, not abbreviations. */
export const ITIL_PROCESS_NAMES: readonly string[] = ITIL_PROCESS_FORMS.filter((f) => !ABBREVIATION.test(f));

/**
 * The recognised name closest to one that is none (`Change Mangement`), if one is close. An
 * abbreviation is never guessed: two letters apart, `IM` and `ISM` name different processes.
 */
export function closestItilProcessForm(text: string): string | undefined {
  if (ABBREVIATION.test(text.trim())) return undefined;
  // Compared as findItilProcess reads it: "&" for "and", "Mgmt" for "Management"; else with the
  // words cut to their first letters written out (`Service config mgmt`).
  const spelt = normalizeWord(text.replace(/&/g, ' and ')).replace(MANAGEMENT_SHORT, 'management');
  const written = unshortened(spelt);
  return closestForm(spelt) ?? (written !== spelt ? closestForm(written) : undefined);
}

/**
 * The recognised name closest to `spelt`: close as a whole, and in the words that tell processes
 * apart: `Service Operations` shares "Service" with Service testing, and is not it. Each of those
 * words of the name proposed must be one of the text's, give or take a typo.
 */
function closestForm(spelt: string): string | undefined {
  const closest = didYouMean(spelt, ITIL_PROCESS_NAMES);
  if (closest === undefined) return undefined;
  const words = spelt.split(' ');
  const near = (w: string): boolean =>
    words.some((t) => t === w || didYouMean(t, [w]) !== undefined || didYouMeanId(t, [w]) !== undefined);
  return distinctive(closest).every(near) ? closest : undefined;
}

/** How registers shorten "Management" (`Incident Mgmt`, `Change Mgt`). */
const MANAGEMENT_SHORT = /\b(?:mgmt|mgt|mngt|mgmnt)\b/g;

/** The fewest letters a word cut to its start keeps and still says which (`info`, `config`). */
const SHORTENED_MIN = 4;

/** The words of the process names, each once. */
const NAME_WORDS: readonly string[] = [...new Set(ITIL_PROCESS_NAMES.flatMap((n) => normalizeWord(n).split(' ')))];

/**
 * Words cut to their first letters, as registers shorten them (`config`, `info`), written out: a
 * word of four letters or more that starts exactly one longer word of a process name.
 */
function unshortened(spelt: string): string {
  return spelt
    .split(' ')
    .map((t) => {
      if (t.length < SHORTENED_MIN) return t;
      const whole = NAME_WORDS.filter((w) => w.length > t.length && w.startsWith(t));
      return whole.length === 1 ? whole[0]! : t;
    })
    .join(' ');
}

/** Words every other process name has too, which tell none apart. */
const COMMON_WORDS = new Set(['service', 'services', 'management', 'practice', 'process', 'and', 'of', 'the', 'it']);

/** The words of a process name that are not COMMON_WORDS: `Service Level Management` → level. */
function distinctive(name: string): string[] {
  return normalizeWord(name)
    .split(' ')
    .filter((w) => w && !COMMON_WORDS.has(w));
}

/**
 * The process a cell names, tolerating "&" for "and", "Mgmt" for "Management", a trailing
 * "process" / "practice" and a trailing parenthetical such as an abbreviation ("Service Level
 * Management (SLM)"), then the configuration's `aliases.processes` (normalised names).
 */
export function findItilProcess(text: string, aliases?: ReadonlyMap<string, ItilProcess>): ItilProcess | undefined {
  // "and" and "&" are the same word in process names (contract §3).
  const lookup = (t: string) => {
    const key = normalizeWord(t.replace(/&/g, ' and '))
      .replace(MANAGEMENT_SHORT, 'management')
      .replace(/\s+(process|practice)$/, '');
    return BY_FORM.get(key) ?? aliases?.get(key) ?? aliases?.get(normalizeWord(t));
  };
  const bare = text.replace(TRAILING_NOTE, '');
  return lookup(text) ?? (bare !== text && bare.trim() ? lookup(bare) : undefined);
}

/** Where a cell joins several processes: `Incident & Problem Management`, `Change / Release`. */
const JOINED = /\s*(?:&|\band\b|\/|,|\+)\s*/i;

/**
 * The processes a cell that names none as a whole joins, each by its ITIL 2011 name,
 * when every part names one: `Incident & Problem Management` is Incident Management and Problem
 * Management (the last part's last word is shared, as it is written once). Undefined for a cell
 * with fewer than two parts or with a part that names no process.
 */
export function joinedItilProcesses(text: string, aliases?: ReadonlyMap<string, ItilProcess>): string[] | undefined {
  const parts = text
    .split(JOINED)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2 || parts.length > 4) return undefined;
  const last = parts[parts.length - 1]!.split(/\s+/);
  const shared = last.length > 1 ? last[last.length - 1]! : '';
  const names: string[] = [];
  for (const part of parts) {
    const process =
      findItilProcess(part, aliases) ?? (shared ? findItilProcess(`${part} ${shared}`, aliases) : undefined);
    if (!process) return undefined;
    if (!names.includes(process.name)) names.push(process.name);
  }
  return names.length > 1 ? names : undefined;
}
