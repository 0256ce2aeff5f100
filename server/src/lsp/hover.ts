/**
 * Hovers: what a finding's rule checks and why; who a person reference is; what a row named by
 * its ID elsewhere says (`R-02` in a Link, `M-02` in a Covers, `#### H-01` over a checklist); what
 * a stage, a register or an ITIL process means; what a front-matter key or sub-key holds, and how
 * a stage, a baseline date or a budget amount there reads; what another plan named in
 * `depends_on` is; what a rule named in a waiver or a disable comment checks; how a value cell
 * reads (`Treat` as Reduce, a date with its day). Ranges are on the token (a quoted value without
 * its quotes). Every piece of plan text is escaped (see markdown.ts): a plan cannot put links,
 * HTML or commands in a hover.
 */
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { HandoffConfig } from '../engine/config.js';
import { formatAmount } from '../engine/control.js';
import { findItilProcess } from '../engine/itil.js';
import { isIsoDate } from '../engine/isoDate.js';
import type { FmValue, Plan, Row } from '../engine/model.js';
import { contains, locate, PERSON_COLUMNS, PERSON_KEYS, PROCESS_COLUMNS } from '../engine/positions.js';
import { namedParty, personDisplay } from '../engine/references.js';
import { docsUrl, type Rule } from '../engine/rule.js';
import {
  FRONT_MATTER_BY_KEY,
  registerSpec,
  sectionSpec,
  stageDescription,
  SUBKEY_SPECS,
  takesParties,
  type RegisterKind,
} from '../engine/schema.js';
import type { PlanSummary } from '../engine/summary.js';
import type { Finding, Range } from '../engine/types.js';
import { readingOf, VALUE_COLUMNS, wordsUnder } from '../engine/valueCells.js';
import { columnUnit } from '../engine/values.js';
import { code, escapeMarkdown } from './markdown.js';
import { symbolAt, unquoted } from './navigation.js';
import { toLspRange } from './toLsp.js';

export interface HoverInput {
  readonly plan: Plan;
  readonly position: Position;
  readonly findings: readonly Finding[];
  readonly rules: readonly Rule[];
  readonly summaries: readonly PlanSummary[];
  /** The plan's configuration: local process names (aliases.processes) are explained too. */
  readonly config?: HandoffConfig;
}

function ruleText(finding: Pick<Finding, 'rule' | 'severity'>, rule: Rule | undefined): string {
  const parts = [`**${code(finding.rule)}** (${finding.severity})`];
  if (rule) {
    // The rule catalogue is the project's own Markdown, not plan text: shown as written.
    parts.push(rule.description);
    if (rule.docs) parts.push(rule.docs);
    parts.push(`[Rule documentation](${docsUrl(rule.name)})`);
  }
  return parts.join('\n\n');
}

function stakeholderText(row: Row): string {
  const id = row.id ?? '';
  const name = row.value('name') ?? '';
  const lines = [`**${escapeMarkdown(name || id)}**${id && name ? ` (${escapeMarkdown(id)})` : ''}`];
  const role = row.value('role');
  const responsibility = row.value('responsibility');
  const team = row.value('team');
  if (role) lines.push(`Role: ${escapeMarkdown(role)}`);
  if (responsibility) lines.push(`Responsibility: ${escapeMarkdown(responsibility)}`);
  if (team) lines.push(`Team: ${escapeMarkdown(team)}`);
  return lines.join('  \n');
}

/**
 * A team (the Stakeholders Team column) or a configured party where a group may hold the cell
 * (Provided by, a Contact, a RACI column): who in the Stakeholders table belongs to it.
 */
function partyText(plan: Plan, text: string, config: HandoffConfig | undefined): string | undefined {
  const party = namedParty(plan, text, config?.parties);
  if (!party) return undefined;
  const lines = [`**${escapeMarkdown(party.name)}** (team or organisation)`];
  lines.push(
    party.members.length
      ? `Stakeholders: ${party.members.map((r) => escapeMarkdown(personDisplay(r))).join(', ')}`
      : 'Listed under `parties` in the configuration; no stakeholder is in it.',
  );
  return lines.join('  \n');
}

/**
 * The most of a row a hover shows: every column the register reads (a risk's owner and status
 * among them), and its other filled cells up to this many in all, each cut short. A practitioner's
 * extra columns (`Date raised`, `Proximity`, `Risk actionee`) never push out the ones it reads.
 */
const ROW_CELLS = 8;
const ROW_CELL_LENGTH = 120;

/** A row another part of the plan refers to by its ID (`R-02` in a Link or a paragraph): what it says. */
function rowText(plan: Plan, register: RegisterKind, row: Row): string {
  const table = plan.register(register)?.table;
  const headers = table?.headers ?? [];
  const known = (i: number): boolean => table?.columnKeys[i] !== undefined;
  const id = row.cell('id');
  const shown = row.cells.map((cell, i) => !cell.empty && cell !== id && Boolean(headers[i]?.text.trim()));
  let extras = ROW_CELLS - shown.filter((s, i) => s && known(i)).length;
  const lines = [`**${escapeMarkdown(row.id ?? '')}** (${escapeMarkdown(registerSpec(register).title)})`];
  row.cells.forEach((cell, i) => {
    if (!shown[i] || (!known(i) && extras-- <= 0)) return;
    lines.push(`${escapeMarkdown(headers[i]!.text.trim(), 40)}: ${escapeMarkdown(cell.text, ROW_CELL_LENGTH)}`);
  });
  return lines.join('  \n');
}

function planText(summary: PlanSummary): string {
  const lines = [`**${escapeMarkdown(summary.id ?? '')}** — ${escapeMarkdown(summary.title ?? 'untitled plan')}`];
  lines.push(
    `Stage: ${escapeMarkdown(summary.stage ?? 'unknown')} · Health: ${escapeMarkdown(summary.health ?? 'not set')}`,
  );
  if (summary.service) lines.push(`Service: ${escapeMarkdown(summary.service)}`);
  if (summary.goLive) lines.push(`Go-live: ${escapeMarkdown(summary.goLive)}`);
  return lines.join('  \n');
}

/** A front-matter value that says more than it shows: a stage, a baseline date, a budget amount. */
function frontMatterValueHover(
  plan: Plan,
  key: string,
  subKey: string | undefined,
  value: FmValue | undefined,
): { text: string; range: Range } | undefined {
  const v = value?.kind === 'scalar' ? value.value : undefined;
  if (!value || (typeof v !== 'string' && typeof v !== 'number')) return undefined;
  const text = String(v).trim();
  const range = unquoted(plan, value.range);
  if (key === 'stage' && subKey === undefined) {
    const stages = FRONT_MATTER_BY_KEY.get('stage')?.values ?? [];
    const at = stages.indexOf(text);
    const description = at >= 0 ? stageDescription(text) : undefined;
    if (!description) return undefined;
    return {
      text: `Stage **${escapeMarkdown(text)}** (${at + 1} of ${stages.length})\n\n${escapeMarkdown(description)}`,
      range,
    };
  }
  if (subKey === undefined) return undefined;
  // Front matter is strict: only the canonical forms are explained (`20 Nov 2026` is reported there).
  if (key === 'budget' && typeof v === 'number') {
    // Written out with its currency and thousands, a zero too many or too few shows.
    const currency = plan.meta.budget.currency ?? '';
    return {
      text: `Handoff reads this as **${escapeMarkdown(`${currency} ${formatAmount(v)}`.trim())}**.`,
      range,
    };
  }
  const reading = key === 'dates' && isIsoDate(text) ? readingOf('date', text, undefined) : undefined;
  return reading ? { text: `Handoff reads this as **${escapeMarkdown(reading.reads)}**.`, range } : undefined;
}

/** The context part of a hover: what the text under the cursor means. */
function contextHover(input: HoverInput): { text: string; range: Range } | undefined {
  const { plan, position } = input;
  const loc = locate(plan, position);
  if (loc.kind === 'heading') {
    if (loc.section && loc.heading.depth === 2) {
      const spec = sectionSpec(loc.section.kind);
      return {
        text: `**${escapeMarkdown(spec.title)}** (ITIL Transition Planning and Support)\n\n${escapeMarkdown(spec.description)}`,
        range: loc.heading.range,
      };
    }
    if (loc.register) {
      return {
        text: `**${escapeMarkdown(loc.register.spec.title)}** register\n\n${escapeMarkdown(loc.register.spec.description)}`,
        range: loc.heading.range,
      };
    }
    // Another heading (a `#### H-01 …` checklist): the row an ID in it names, below.
  }
  if (loc.kind === 'frontMatterKey') {
    if (loc.parent !== undefined) {
      const sub = SUBKEY_SPECS[loc.parent]?.[loc.word.text];
      return sub
        ? { text: `${code(`${loc.parent}.${loc.word.text}`)}: ${escapeMarkdown(sub.what)}.`, range: loc.word.range }
        : undefined;
    }
    const spec = FRONT_MATTER_BY_KEY.get(loc.word.text);
    return spec ? { text: `${code(spec.key)}: ${escapeMarkdown(spec.description)}`, range: loc.word.range } : undefined;
  }
  if (loc.kind === 'frontMatterValue') {
    if (PERSON_KEYS.includes(loc.key) && loc.subKey === undefined) {
      const value = loc.value?.kind === 'scalar' && typeof loc.value.value === 'string' ? loc.value.value : undefined;
      const row = value ? plan.person(value) : undefined;
      return row && loc.value ? { text: stakeholderText(row), range: unquoted(plan, loc.value.range) } : undefined;
    }
    if (loc.key === 'depends_on' && loc.word.text) {
      const id = loc.value?.kind === 'scalar' ? String(loc.value.value) : loc.word.text;
      const other = input.summaries.find((s) => s.id === id && s.uri !== plan.uri);
      const range = loc.value?.kind === 'scalar' ? unquoted(plan, loc.value.range) : loc.word.range;
      return other
        ? { text: planText(other), range }
        : { text: `No plan in the workspace has the id ${escapeMarkdown(id)}.`, range };
    }
    return frontMatterValueHover(plan, loc.key, loc.subKey, loc.value);
  }
  if (loc.kind === 'cell' && !loc.isHeader) {
    const kind = loc.register.kind;
    const key = loc.columnKey;
    const text = (loc.cell?.text ?? loc.word.text).trim();
    if (!text) return undefined;
    if (key && PERSON_COLUMNS[kind]?.includes(key)) {
      const row = plan.person(text);
      if (row) return { text: stakeholderText(row), range: loc.word.range };
      const party = takesParties(kind, key) ? partyText(plan, text, input.config) : undefined;
      return party ? { text: party, range: loc.word.range } : undefined;
    }
    const valueKind = key ? VALUE_COLUMNS[kind]?.[key] : undefined;
    if (valueKind && loc.cell) {
      const unit = columnUnit(loc.register.table, key!);
      // Its words from the list the column's header names (a Risks Status headed ROAM).
      const table = loc.register.table;
      const kindHere = table ? wordsUnder(valueKind, table, key!) : valueKind;
      // With its line breaks: a word on the first line has the lines after it as its note.
      const reading = readingOf(kindHere, loc.cell.withBreaks ?? text, plan.meta.budget.currency, unit, plan.text);
      if (reading?.informative) {
        return { text: `Handoff reads this as **${escapeMarkdown(reading.reads)}**.`, range: loc.cell.range };
      }
      // A value that reads as written (`M-02` in Covers): the row an ID in it names, below.
    }
    if (key && PROCESS_COLUMNS[kind]?.includes(key)) {
      const p = findItilProcess(text, input.config?.aliases.processes);
      if (!p) return undefined;
      const aka = p.aliases.length ? `  \nAlso: ${p.aliases.map((a) => escapeMarkdown(a)).join(', ')}` : '';
      const local =
        findItilProcess(text) === p
          ? ''
          : `  \n${escapeMarkdown(text)} is this organisation's name for it (aliases.processes in .handoff.yaml).`;
      return {
        text: `**${escapeMarkdown(p.name)}** (ITIL, ${p.stage})${aka}${local}\n\n${escapeMarkdown(p.description)}`,
        range: loc.word.range,
      };
    }
  }
  if (loc.kind === 'cell' && loc.isHeader && loc.register.kind === 'responsibilities' && loc.columnKey === undefined) {
    // A RACI column is a party reference (contract §2): a person, else a team or party.
    const row = plan.person(loc.word.text);
    if (row) return { text: stakeholderText(row), range: loc.word.range };
    const party = partyText(plan, loc.word.text, input.config);
    return party ? { text: party, range: loc.word.range } : undefined;
  }
  // A row ID written anywhere else (an approver, a RACI header, a Link, a paragraph): the row it
  // names, but not on the row's own ID cell.
  const target =
    loc.kind === 'cell' || loc.kind === 'other' || loc.kind === 'heading' ? symbolAt(plan, position) : undefined;
  if (target?.kind !== 'row' || !target.isIdText) return undefined;
  const own = target.row.cell('id');
  if (own && contains(own.range, position)) return undefined;
  const text =
    target.register === 'stakeholders' ? stakeholderText(target.row) : rowText(plan, target.register, target.row);
  return { text, range: target.range };
}

/** A rule's name at the position: in a Waivers Rule cell or a `handoff-disable` comment. */
function ruleNameAt(input: HoverInput): { rule: Rule; range: Range } | undefined {
  const { plan, position } = input;
  const byName = (name: string): Rule | undefined => input.rules.find((r) => r.name === name);
  const loc = locate(plan, position);
  if (loc.kind === 'cell' && !loc.isHeader && loc.register.kind === 'waivers' && loc.columnKey === 'rule') {
    const rule = byName((loc.cell?.text ?? '').trim());
    return rule && loc.cell ? { rule, range: loc.cell.range } : undefined;
  }
  // The word after `handoff-disable…` that the position is in, as completion finds it.
  if (loc.kind !== 'directive') return undefined;
  const rule = byName(loc.word.text);
  return rule ? { rule, range: loc.word.range } : undefined;
}

export function hover(input: HoverInput): Hover | null {
  const parts: string[] = [];
  let range: Range | undefined;
  const seen = new Set<string>();
  for (const f of input.findings) {
    if (!contains(f.range, input.position) || seen.has(f.rule)) continue;
    seen.add(f.rule);
    parts.push(
      ruleText(
        f,
        input.rules.find((r) => r.name === f.rule),
      ),
    );
    range ??= f.range;
  }
  // A rule named where no finding of it stands (a waiver, a disable comment): what it checks.
  const named = ruleNameAt(input);
  if (named && !seen.has(named.rule.name)) {
    parts.push(ruleText({ rule: named.rule.name, severity: named.rule.severity }, named.rule));
    range ??= named.range;
  }
  const ctx = contextHover(input);
  if (ctx) {
    parts.push(ctx.text);
    range = ctx.range;
  }
  if (parts.length === 0) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') },
    range: range && toLspRange(range),
  };
}
