/**
 * The Markdown snippets, built from the engine's templates and schema so that a snippet and a
 * quick fix always write the same section. `scripts/gen-snippets.mjs` writes the result to
 * `snippets/handoff.code-snippets`; a test fails when the committed file differs.
 */
import {
  FRONT_MATTER_KEYS,
  REGISTER_SPECS,
  SECTION_SPECS,
  SUBKEYS,
  type RegisterKind,
} from '../../../server/src/engine/schema.js';
import { planTemplate, registerTemplate, rowTemplate, sectionTemplate } from '../../../server/src/engine/templates.js';
import { TRANSITION_TYPES, type TransitionType } from '../../../server/src/engine/types.js';

export interface Snippet {
  readonly prefix: string;
  readonly body: readonly string[];
  readonly description: string;
}

export const SNIPPETS_PATH = 'snippets/handoff.code-snippets';

/** What one row of each table register is called in a snippet name and prefix. */
const ROW_NAMES: Readonly<Partial<Record<RegisterKind, string>>> = {
  stakeholders: 'stakeholder',
  risks: 'risk',
  assumptions: 'assumption or constraint',
  resources: 'resource',
  milestones: 'milestone',
  responsibilities: 'RACI activity',
  processInterfaces: 'process interface',
  resourceConsumption: 'budget line',
  issues: 'issue',
  correctiveActions: 'corrective action',
  goLiveReadiness: 'go-live readiness criterion',
  statusLog: 'status entry',
  communicationPlan: 'communication',
  decisions: 'decision',
  handovers: 'handover',
  earlyLifeSupport: 'early life support criterion',
  postImplementationReview: 'post-implementation review objective',
  signOff: 'sign-off',
  waivers: 'waiver',
};

const SECTION_PREFIX: Readonly<Record<string, string>> = {
  initiation: 'initiation',
  planning: 'planning',
  control: 'control',
  reporting: 'reporting',
  closure: 'closure',
};

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function escapeSnippet(text: string): string {
  return text.replace(/[$}\\]/g, (c) => `\\${c}`);
}

function escapeChoice(text: string): string {
  return text.replace(/[$}\\,|]/g, (c) => `\\${c}`);
}

/** `{ start: 2026-01-05, go_live: 2026-04-01 }` → `{ start: '2026-01-05', go_live: '2026-04-01' }`. */
function flowMapExamples(example: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of example.matchAll(/(\w+)\s*:\s*([^,}]+)/g)) out[m[1]!] = m[2]!.trim();
  return out;
}

/** The front matter with every key a plan needs by the planning stage, as tab stops. */
export function frontMatterSnippet(): Snippet {
  let n = 0;
  const stop = (text: string) => `\${${++n}:${escapeSnippet(text)}}`;
  const choice = (values: readonly string[]) => `\${${++n}|${values.map(escapeChoice).join(',')}|}`;
  const lines = ['---'];
  let titleStop = 0;
  for (const key of FRONT_MATTER_KEYS) {
    if (key.key === 'title') titleStop = n + 1;
    if (!key.requiredFrom) continue;
    if (key.type === 'schema') {
      lines.push(`${key.key}: ${escapeSnippet(key.example)}`);
    } else if (key.type === 'enum' && key.values) {
      lines.push(`${key.key}: ${choice(key.values)}`);
    } else if (SUBKEYS[key.key]) {
      const examples = flowMapExamples(key.example);
      lines.push(`${key.key}:`);
      for (const sub of SUBKEYS[key.key]!) lines.push(`  ${sub}: ${stop(examples[sub] ?? '')}`);
    } else {
      lines.push(`${key.key}: ${stop(key.example)}`);
    }
  }
  // The heading mirrors the title's tab stop.
  lines.push('---', '', titleStop ? `# \${${titleStop}}` : '# Title', '', '$0');
  return {
    prefix: 'handoff-front-matter',
    body: lines,
    description: 'Transition plan front matter (transition-plan/1) with the keys required by the planning stage.',
  };
}

/**
 * A complete plan of one transition type: the same skeleton as "New Transition Plan" and
 * `handoff init` (it lints clean as it is inserted), with the id, title and service as tab stops
 * and this year in the id.
 */
export function fullPlanSnippet(type: TransitionType): Snippet {
  const marks = { id: '@@ID@@', title: '@@TITLE@@', service: '@@SERVICE@@' };
  const text = escapeSnippet(planTemplate({ ...marks, transitionType: type }));
  const body = text
    .replace(JSON.stringify(marks.id), '"${1:TP-${CURRENT_YEAR}-001}"')
    .replace(JSON.stringify(marks.title), '"${2:New service transition}"')
    .replace(JSON.stringify(marks.service), '"${3:New service}"')
    .replace(`# ${marks.title}`, '# ${2}');
  return {
    prefix: `handoff-plan-${type}`,
    body: body.split('\n'),
    description: `A complete transition plan of type "${type}" in initiation: front matter, stakeholders, risks, assumptions, resources and exit criteria that fit together.`,
  };
}

/** Every snippet, keyed by its name (shown in "Insert Snippet"). */
export function buildSnippets(): Record<string, Snippet> {
  const out: Record<string, Snippet> = {};
  for (const type of TRANSITION_TYPES) out[`Handoff: complete ${type} plan`] = fullPlanSnippet(type);
  out['Handoff: plan front matter'] = frontMatterSnippet();
  for (const section of SECTION_SPECS) {
    out[`Handoff: ${section.title} section`] = {
      prefix: `handoff-${SECTION_PREFIX[section.kind] ?? section.kind}`,
      body: sectionTemplate(section.kind, { snippet: true }).split('\n'),
      description: `The "${section.title}" stage section with all its registers. ${section.description}`,
    };
  }
  for (const reg of REGISTER_SPECS) {
    out[`Handoff: ${reg.title} register`] = {
      prefix: `handoff-register-${slug(reg.title)}`,
      body: registerTemplate(reg.kind, { snippet: true }).split('\n'),
      description: `The ${reg.title} register. ${reg.description}`,
    };
  }
  for (const reg of REGISTER_SPECS) {
    const rowName = ROW_NAMES[reg.kind];
    if (reg.shape !== 'table' || !rowName) continue;
    out[`Handoff: ${rowName} row`] = {
      prefix: `handoff-row-${slug(rowName)}`,
      body: [rowTemplate(reg.kind, { snippet: true })],
      description: `One row of the ${reg.title} table (columns in the template's order).`,
    };
  }
  return out;
}

/** The snippets file exactly as committed. */
export function renderSnippetsFile(): string {
  return JSON.stringify(buildSnippets(), null, 2) + '\n';
}
