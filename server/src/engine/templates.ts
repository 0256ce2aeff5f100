/**
 * Markdown templates for sections, registers and rows, generated from the schema. Quick fixes
 * insert them as plain text; the snippets generator asks for tab stops instead. One source, so
 * a snippet and a quick fix always write the same section.
 */
import { REGISTER_SPECS, registerSpec, SECTION_SPECS, type RegisterKind } from './schema.js';
import { addDays, daysBetween, isIsoDate } from './text.js';
import type { IsoDate, SectionKind } from './types.js';

/** The date the schema's example dates are written around (the Status log's example date). */
const EXAMPLE_ANCHOR = '2026-01-31';

export interface TemplateOptions {
  /** Emit VS Code snippet tab stops (`${1:text}`) instead of plain placeholders. */
  readonly snippet?: boolean;
  readonly eol?: string;
  /**
   * The as-of date: example dates move with it (the example Status log entry is dated as of,
   * the others keep their distance to it), so an inserted register is not already stale or
   * overdue.
   */
  readonly asOf?: IsoDate;
}

function exampleValue(example: string, asOf: IsoDate | undefined): string {
  return asOf && isIsoDate(example) ? addDays(asOf, daysBetween(EXAMPLE_ANCHOR, example)) : example;
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

function registerLines(kind: RegisterKind, stops: Stops, snippet: boolean, asOf?: IsoDate): string[] {
  const spec = registerSpec(kind);
  const level = kind === 'waivers' ? '##' : '###';
  const lines = [`${level} ${spec.title}`, ''];
  if (spec.shape === 'table') {
    const cols =
      kind === 'responsibilities'
        ? [
            { header: 'Activity', example: 'Activity' },
            { header: 'S-01', example: 'A/R' },
            { header: 'S-02', example: 'C' },
          ]
        : spec.columns.filter(
            (c) =>
              c.required ||
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
              ].includes(c.key),
          );
    lines.push(rowOf(cols.map((c) => escapeSnippetText(c.header, snippet))));
    lines.push(rowOf(cols.map(() => '---')));
    lines.push(rowOf(cols.map((c) => stops.stop(exampleValue(c.example ?? '', asOf)))));
  } else if (spec.shape === 'tasks') {
    lines.push(`- [ ] ${stops.stop('Criterion')}`);
  } else {
    lines.push(`- ${stops.stop('Lesson')}`);
  }
  return lines;
}

/** A register: heading, table header and one example row (or a task list / list). */
export function registerTemplate(kind: RegisterKind, opts: TemplateOptions = {}): string {
  const stops = new Stops(!!opts.snippet);
  return registerLines(kind, stops, !!opts.snippet, opts.asOf).join(opts.eol ?? '\n');
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
    lines.push(...registerLines(kind, stops, !!opts.snippet, opts.asOf), '');
  }
  return lines.join(opts.eol ?? '\n').trimEnd();
}

/** One example row for a register's table (columns in the template's order). */
export function rowTemplate(kind: RegisterKind, opts: TemplateOptions = {}): string {
  const stops = new Stops(!!opts.snippet);
  return registerLines(kind, stops, !!opts.snippet).filter((l) => l.startsWith('|'))[2] ?? '';
}

export interface NewPlanFields {
  readonly id: string;
  readonly title: string;
  readonly service: string;
}

/** A complete plan skeleton in initiation, as `handoff init` and "New Transition Plan" write it. */
export function planTemplate(fields: NewPlanFields, opts: TemplateOptions = {}): string {
  const eol = opts.eol ?? '\n';
  const q = (s: string) => JSON.stringify(s);
  const lines = [
    '---',
    'schema: transition-plan/1',
    `id: ${q(fields.id)}`,
    `title: ${q(fields.title)}`,
    `service: ${q(fields.service)}`,
    'transition_type: new',
    'stage: initiation',
    'sponsor: S-01',
    'service_owner: S-02',
    'project_manager: S-03',
    '---',
    '',
    `# ${fields.title}`,
    '',
    '## Project Initiation',
    '',
    '### Stakeholders',
    '',
    '| ID | Name | Role | Responsibility |',
    '| --- | --- | --- | --- |',
    '| S-01 | Sponsor name | Sponsor | Funds the transition and approves closure |',
    '| S-02 | Service owner name | Service owner | Owns the service after handover |',
    '| S-03 | Project manager name | Project manager | Runs the transition |',
    '',
    '### Risks',
    '',
    '| ID | Risk | Likelihood | Impact | Score | Owner | Response | Mitigation | Contingency | Status |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    '| R-01 | Key staff are not available for cut-over | 2 | 3 | 6 | S-03 | Mitigate | Book cut-over dates with line managers early | Move cut-over by one week | Open |',
    '',
    '### Assumptions and constraints',
    '',
    '| ID | Type | Statement | Owner |',
    '| --- | --- | --- | --- |',
    '| A-01 | Assumption | The current service stays available until go-live | S-02 |',
    '',
    '### Resources',
    '',
    '| ID | Resource | Provided by | Allocation | Confirmed |',
    '| --- | --- | --- | --- | --- |',
    '| RS-01 | Project manager | S-01 | 50% | yes |',
    '',
    '### Exit criteria',
    '',
    '- [ ] Stakeholders, risks, assumptions and resources agreed with the sponsor',
    '',
  ];
  return lines.join(eol);
}
