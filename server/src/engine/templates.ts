/**
 * Markdown templates for sections, registers and rows, generated from the schema. Quick fixes
 * insert them as plain text; the snippets generator asks for tab stops instead. One source, so
 * a snippet and a quick fix always write the same section.
 */
import { DEFAULT_READINESS, REGISTER_SPECS, registerSpec, SECTION_SPECS, type RegisterKind } from './schema.js';
import type { IsoDate, SectionKind, Stage, TransitionType } from './types.js';
import { PERSON_ROLE_NAMES, rowId } from './domain.js';
import { addDays } from './isoDate.js';
import { ITEM_PROMPTS, roleNamePrompt } from './placeholders.js';

/**
 * Values from the plan a template is inserted into, so that what it writes resolves there:
 * its people instead of `S-01`, its dates instead of fixed ones, whole rows where the plan
 * already says what they must hold (its core roles, its required handovers).
 */
export interface TemplateFill {
  /** Rows to write for a register, by column key; other columns take their example. */
  readonly rows?: Partial<Record<RegisterKind, readonly Readonly<Record<string, string>>[]>>;
  /** The person reference written in person columns (`S-01` in the examples). */
  readonly person?: string;
  /** The date written in date columns. */
  readonly date?: IsoDate;
  /** Registers a section template leaves out (the plan has them elsewhere). */
  readonly skip?: readonly RegisterKind[];
  /**
   * Sections whose exit criteria the plan's stage has already passed: the template writes none
   * there, since it cannot say whether they held and an unticked one would be a finding.
   */
  readonly pastGates?: readonly SectionKind[];
  /**
   * Registers whose new rows, as the template writes them (open, planned, not met), the plan's
   * stage or dates would report: a fix inserting them is offered, but not as the preferred one.
   */
  readonly unsettled?: readonly RegisterKind[];
}

export interface TemplateOptions {
  /** Emit VS Code snippet tab stops (`${1:text}`) instead of plain placeholders. */
  readonly snippet?: boolean;
  readonly eol?: string;
  readonly fill?: TemplateFill;
}

const DATE_EXAMPLE = /^\d{4}-\d{2}-\d{2}$/;

function exampleFor(example: string, fill: TemplateFill | undefined): string {
  if (fill?.date && DATE_EXAMPLE.test(example)) return fill.date;
  if (fill?.person && example === 'S-01') return fill.person;
  return example;
}

class Stops {
  private n = 0;
  constructor(private readonly snippet: boolean) {}
  stop(text: string): string {
    if (!this.snippet) return text;
    const escaped = text.replace(/[$}\\]/g, (c) => `\\${c}`);
    return `\${${++this.n}:${escaped}}`;
  }
}

function escapeSnippetText(text: string, snippet: boolean): string {
  return snippet ? text.replace(/[$}\\]/g, (c) => `\\${c}`) : text;
}

function rowOf(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function registerLines(kind: RegisterKind, stops: Stops, snippet: boolean, fill?: TemplateFill): string[] {
  const spec = registerSpec(kind);
  const level = kind === 'waivers' ? '##' : '###';
  const lines = [`${level} ${spec.title}`, ''];
  if (spec.shape === 'table') {
    // Optional columns the fill's rows write (a Handle for a person the front matter names by handle).
    const filled = new Set((fill?.rows?.[kind] ?? []).flatMap((r) => Object.keys(r)));
    // A RACI's Activity, then a column per person: the plan's, or two examples.
    const activity = spec.columns[0]!;
    const cols =
      kind === 'responsibilities' && fill?.person
        ? [activity, { key: '', header: fill.person, example: 'A/R' }]
        : kind === 'responsibilities'
          ? [activity, { key: '', header: 'S-01', example: 'A/R' }, { key: '', header: 'S-02', example: 'C' }]
          : spec.columns.filter(
              (c) =>
                c.required ||
                filled.has(c.key) ||
                // A new decision is proposed until someone approves it: the template says so.
                (kind === 'decisions' && c.key === 'status') ||
                [
                  'contingency',
                  'forecast',
                  'score',
                  'response',
                  'acceptedOn',
                  'expires',
                  'evidence',
                  'target',
                  'review',
                  'handedOver',
                  // What makes the row a sample until it is written over (placeholders.ts).
                  'provides',
                ].includes(c.key),
            );
    lines.push(rowOf(cols.map((c) => escapeSnippetText(c.header, snippet))));
    lines.push(rowOf(cols.map(() => '---')));
    // Go-live readiness without a plan to fill from (a snippet): the default criteria (a fill
    // gives those of the plan's transition type, `readinessRows`).
    const rows: readonly Readonly<Record<string, string>>[] =
      fill?.rows?.[kind] ?? (kind === 'goLiveReadiness' ? readinessRows(DEFAULT_READINESS) : [{}]);
    for (const values of rows) {
      lines.push(
        rowOf(
          cols.map((c) => {
            const given = values[c.key];
            if (given !== undefined) return stops.stop(given.replace(/\|/g, '\\|'));
            if (filled.has(c.key)) return stops.stop('-');
            return stops.stop(exampleFor(c.example ?? '', fill));
          }),
        ),
      );
    }
  } else if (spec.shape === 'tasks') {
    lines.push(`- [ ] ${stops.stop(ITEM_PROMPTS.tasks)}`);
  } else {
    lines.push(`- ${stops.stop(ITEM_PROMPTS.list)}`);
  }
  return lines;
}

/**
 * Go-live readiness rows for the criteria go-live-readiness requires, one each: Met left for the
 * author and Evidence a prompt, so the rows are samples until written over. No criterion
 * required: the register's one sample row.
 */
export function readinessRows(criteria: readonly string[]): Record<string, string>[] {
  const prefix = registerSpec('goLiveReadiness').idPrefix ?? 'GR';
  if (criteria.length === 0) return [{}];
  return criteria.map((criterion, i) => ({ id: rowId(prefix, i + 1), criterion }));
}

/** The date new rows get: the go-live date while it is ahead, else two weeks after the as-of date. */
export function newRowDate(goLive: IsoDate | undefined, asOf: IsoDate): IsoDate {
  return goLive && goLive >= asOf ? goLive : addDays(asOf, 14);
}

/** A register: heading, table header and one example row (or a task list / list). */
export function registerTemplate(kind: RegisterKind, opts: TemplateOptions = {}): string {
  const stops = new Stops(!!opts.snippet);
  return registerLines(kind, stops, !!opts.snippet, opts.fill).join(opts.eol ?? '\n');
}

/** Registers that belong under a stage section, in the contract's order. */
export function sectionRegisters(section: SectionKind): RegisterKind[] {
  const kinds = REGISTER_SPECS.filter((r) => r.section === section).map((r) => r.kind);
  if (section !== 'reporting' && section !== 'closure') kinds.push('exitCriteria');
  return kinds;
}

/** A whole stage section with all its registers. */
export function sectionTemplate(section: SectionKind, opts: TemplateOptions = {}): string {
  const stops = new Stops(!!opts.snippet);
  const spec = SECTION_SPECS.find((s) => s.kind === section)!;
  const lines = [`## ${spec.title}`, ''];
  for (const kind of sectionRegisters(section)) {
    if (opts.fill?.skip?.includes(kind)) continue;
    if (kind === 'exitCriteria' && opts.fill?.pastGates?.includes(section)) continue;
    lines.push(...registerLines(kind, stops, !!opts.snippet, opts.fill), '');
  }
  return lines.join(opts.eol ?? '\n').trimEnd();
}

/** The rows a template writes for a register, by column key (fill values, else examples). */
export function templateRowValues(kind: RegisterKind, fill?: TemplateFill): Record<string, string>[] {
  const spec = registerSpec(kind);
  return (fill?.rows?.[kind] ?? [{}]).map((given) =>
    Object.fromEntries(spec.columns.map((c) => [c.key, given[c.key] ?? exampleFor(c.example ?? '', fill)])),
  );
}

/** One example row for a register's table (columns in the template's order). */
export function rowTemplate(kind: RegisterKind, opts: TemplateOptions = {}): string {
  const stops = new Stops(!!opts.snippet);
  return registerLines(kind, stops, !!opts.snippet).filter((l) => l.startsWith('|'))[2] ?? '';
}

/** The stages a new plan may start in: later ones describe work already done. */
export const NEW_PLAN_STAGES: readonly Stage[] = ['initiation', 'planning', 'control'];

export interface NewPlanFields {
  readonly id: string;
  readonly title: string;
  readonly service: string;
  /** Default `new`. */
  readonly transitionType?: TransitionType;
}

/**
 * The opening of a new plan's front matter: schema, identity, type and stage, then `extra`
 * lines (health, change, dates, budget past initiation) and the core people S-01 to S-03.
 */
export function newPlanFrontMatter(fields: NewPlanFields, stage: Stage, extra: readonly string[] = []): string[] {
  const q = (s: string) => JSON.stringify(s);
  return [
    '---',
    'schema: transition-plan/1',
    `id: ${q(fields.id)}`,
    `title: ${q(fields.title)}`,
    `service: ${q(fields.service)}`,
    `transition_type: ${fields.transitionType ?? 'new'}`,
    `stage: ${stage}`,
    'sponsor: S-01',
    'service_owner: S-02',
    'project_manager: S-03',
    ...extra,
    '---',
  ];
}

export interface PlanTemplateOptions extends TemplateOptions {
  /** The day the plan is written: its sample rows' dates follow from it, as a quick fix's do. */
  readonly asOf?: IsoDate;
}

/**
 * A complete plan skeleton in initiation, as `handoff init` and "New Transition Plan" write it:
 * the core people with their names to write, then the other registers of Project Initiation as
 * their templates write them (`registerTemplate`), one sample row each for the author to write
 * over. Nothing in it is a fact nobody gave: a fresh plan is reported for what is still to write.
 */
export function planTemplate(fields: NewPlanFields, opts: PlanTemplateOptions = {}): string {
  const eol = opts.eol ?? '\n';
  // Owned by the project manager, dated as a quick fix dates them in a plan with no go-live yet.
  const fill: TemplateFill = { person: 'S-03', ...(opts.asOf ? { date: newRowDate(undefined, opts.asOf) } : {}) };
  const stops = new Stops(false);
  const samples = sectionRegisters('initiation')
    .filter((kind) => kind !== 'stakeholders' && kind !== 'exitCriteria')
    .flatMap((kind) => [...registerLines(kind, stops, false, fill), '']);
  const lines = [
    ...newPlanFrontMatter(fields, 'initiation'),
    '',
    `# ${fields.title}`,
    '',
    '## Project Initiation',
    '',
    '### Stakeholders',
    '',
    '| ID | Name | Role | Responsibility |',
    '| --- | --- | --- | --- |',
    ...(
      [
        ['S-01', 'sponsor', 'Funds the transition and approves closure'],
        ['S-02', 'serviceOwner', 'Owns the service after handover'],
        ['S-03', 'projectManager', 'Runs the transition'],
      ] as const
    ).map(([id, key, does]) => {
      const role = PERSON_ROLE_NAMES[key];
      return `| ${id} | ${roleNamePrompt(role)} | ${role} | ${does} |`;
    }),
    '',
    ...samples,
    '### Exit criteria',
    '',
    '- [ ] Stakeholders, risks, assumptions and resources agreed with the sponsor',
    '',
  ];
  return lines.join(eol);
}

/**
 * The next free plan id of the year in the workspace's style: `TP-2026-004` after `TP-2026-003`
 * (the highest number used with this year's `TP-YYYY-` prefix, plus one).
 */
export function nextPlanId(existing: Iterable<string>, year: number): string {
  const prefix = `TP-${year}-`;
  let max = 0;
  let width = 3;
  for (const id of existing) {
    if (!id.toUpperCase().startsWith(prefix)) continue;
    const digits = id.slice(prefix.length);
    if (!/^\d+$/.test(digits)) continue;
    max = Math.max(max, Number(digits));
    width = Math.max(width, digits.length);
  }
  return `${prefix}${String(max + 1).padStart(width, '0')}`;
}
