import {
  dependencyRefs,
  isRowId,
  LEADING_ROW_ID,
  PERSON_ROLE_NAMES,
  raciLetters,
  ROW_ID,
  rowIdKey,
  unhyphenatedRowId,
} from '../domain.js';
import { isEmptyValue } from '../emptyValues.js';
import { clipText } from '../text.js';
import { fmString, yamlScalar } from '../frontMatter.js';
import type { Cell, Plan, Row } from '../model.js';
import type { Rule, RuleContext, WorkspaceContext } from '../rule.js';
import { columnUnread } from '../references.js';
import { REGISTER_SPECS } from '../schema.js';
import { didYouMeanId, suggestionText } from '../suggest.js';
import type { Range } from '../types.js';
import { replace } from './util.js';
import { checkPerson } from './personCheck.js';

const label = (row: Row, fallback: string | undefined): string =>
  row.id ?? (fallback ? `"${fallback}"` : `row ${row.index + 1}`);

/** How the reference in each person column (schema: `holds`) is named in messages: `Risk R-02 owner`. */
const PERSON_LABEL: Readonly<Record<string, (row: Row) => string>> = {
  'risks.owner': (r) => `Risk ${label(r, r.value('risk'))} owner`,
  'assumptions.owner': (r) => `Assumption/constraint ${label(r, r.value('statement'))} owner`,
  'resources.providedBy': (r) => `Resource ${label(r, r.value('resource'))} provider`,
  'milestones.owner': (r) => `Milestone ${label(r, r.value('milestone'))} owner`,
  'processInterfaces.contact': (r) => `Process interface ${label(r, r.value('process'))} contact`,
  'resourceConsumption.owner': (r) => `Budget line ${label(r, r.value('line'))} owner`,
  'issues.owner': (r) => `Issue ${label(r, r.value('issue'))} owner`,
  'correctiveActions.owner': (r) => `Corrective action ${label(r, r.value('action'))} owner`,
  'goLiveReadiness.owner': (r) => `Readiness criterion ${label(r, r.value('criterion'))} owner`,
  'decisions.approvedBy': (r) => `Decision ${label(r, r.value('decision'))} approver`,
  'communicationPlan.owner': (r) => `Communication to ${label(r, r.value('audience'))} owner`,
  'handovers.receivingOwner': (r) => `Handover ${label(r, r.value('process'))} receiving owner`,
  'signOff.stakeholder': (r) => `Sign-off ${label(r, r.value('role'))} stakeholder`,
  'waivers.approvedBy': (r) => `Waiver of ${label(r, r.value('rule'))} approver`,
};

/** What each person column's reference is, in a fix's title: "Set owner to Dee Fox (S-04)". */
const PERSON_FIELD: Readonly<Record<string, string>> = {
  owner: 'owner',
  providedBy: 'provider',
  contact: 'contact',
  approvedBy: 'approver',
  receivingOwner: 'receiving owner',
  stakeholder: 'stakeholder',
};

/** What the person in a column did, said of someone who did it for another: "signed on behalf of …". */
const PERSON_ACTED: Readonly<Record<string, string>> = {
  'signOff.stakeholder': 'signed',
  'decisions.approvedBy': 'approved',
  'waivers.approvedBy': 'approved',
  'handovers.receivingOwner': 'accepted',
};

/** The schema's person columns, each with its label; a person column without one fails at load. */
const PERSON_COLUMNS = REGISTER_SPECS.flatMap((spec) =>
  spec.columns
    .filter((col) => col.holds)
    .map((col) => {
      const what = PERSON_LABEL[`${spec.kind}.${col.key}`];
      if (!what) throw new Error(`unresolved-reference has no label for the person column ${spec.kind}.${col.key}.`);
      return {
        kind: spec.kind,
        column: col.key,
        what,
        check: {
          parties: col.holds === 'personOrParty',
          several: col.several === true,
          field: PERSON_FIELD[col.key],
          acted: PERSON_ACTED[`${spec.kind}.${col.key}`],
        },
      };
    }),
);

/** Whether a register column may name a team or organisation (contract §2), for completion. */
export { takesParties } from '../schema.js';

const REGISTER_BY_PREFIX = new Map(
  REGISTER_SPECS.flatMap((s) => (s.idPrefix ? [[s.idPrefix.toLowerCase(), s] as const] : [])),
);

interface Token {
  readonly text: string;
  readonly range: Range;
  /** The range covers exactly this word (false: the whole cell), so a fix may replace it. */
  readonly exact: boolean;
}

/**
 * The words of a cell with their own ranges, so a fix replaces one id of `M-01, M-02`. When
 * inline Markdown makes the source differ from the text, every word gets the cell's range.
 */
function wordsOf(plan: Plan, cell: Cell): Token[] {
  const start = plan.lines.offsetAt(cell.range.start);
  const source = plan.text.slice(start, plan.lines.offsetAt(cell.range.end));
  const exact = source === cell.text;
  const out: Token[] = [];
  for (const m of cell.text.matchAll(/[^\s,;&/]+/g)) {
    const range = exact ? plan.lines.range(start + m.index, start + m.index + m[0].length) : cell.range;
    out.push({ text: m[0], range, exact });
  }
  return out;
}

/** The milestones a Depends on cell names (`dependencyRefs`), with their ranges as `wordsOf` gives them. */
function dependencyTokens(plan: Plan, cell: Cell): (Token & { readonly link: boolean })[] {
  const start = plan.lines.offsetAt(cell.range.start);
  const exact = plan.text.slice(start, plan.lines.offsetAt(cell.range.end)) === cell.text;
  return dependencyRefs(cell.text).map((ref) => ({
    text: ref.text,
    range: exact ? plan.lines.range(start + ref.index, start + ref.index + ref.text.length) : cell.range,
    exact,
    link: ref.link,
  }));
}

function checkPeople(ctx: RuleContext): void {
  const { plan } = ctx;
  // Without stakeholders every reference fails; missing-stakeholders says so once instead.
  if (plan.rows('stakeholders').length === 0) return;
  for (const { kind, column, what, check } of PERSON_COLUMNS) {
    for (const row of plan.rows(kind)) {
      const cell = row.cell(column);
      if (!cell || cell.empty) continue;
      // A sign-off is given in the role its row names: a board written there is meant as the one
      // stakeholder who holds that role (the Service owner signs off as Service owner).
      const role = kind === 'signOff' ? row.value('role') : undefined;
      const holder = role ? plan.person(role) : undefined;
      checkPerson(ctx, cell.text, cell.range, () => what(row), row.id ?? kind, holder ? { ...check, holder } : check);
    }
  }
  const raci = plan.register('responsibilities')?.table;
  if (raci) {
    // Who already has a column: a near miss is not taken for them (two columns, one person).
    const taken = new Set(
      raci.headers.flatMap((h, i) => {
        const row = raci.columnKeys[i] === undefined && !h.empty ? plan.person(h.text) : undefined;
        return row ? [row] : [];
      }),
    );
    raci.headers.forEach((header, i) => {
      if (raci.columnKeys[i] !== undefined || header.empty) return;
      // A column of notes or dates beside the people (`Comments`, `Due date`): filled, and no
      // cell of it a mark (RACI letters, RASCI's S, an X, a tick, a letter before a note). A
      // header written as a row ID is a person's, whatever is under it.
      const filled = raci.rows.map((r) => r.cells[i]).filter((c) => c !== undefined && !c.empty);
      if (!isRowId(header.text.trim()) && filled.length > 0 && filled.every((c) => !isRaciMark(c!.text))) return;
      checkPerson(ctx, header.text, header.range, 'Responsibilities column', 'responsibilities', {
        parties: true,
        taken,
      });
    });
  }
  const tm = plan.frontMatter.entries.get('transition_manager');
  const ref = tm?.kind === 'scalar' && typeof tm.value === 'string' ? fmString(tm) : undefined;
  // `TBC` names no one yet, as an empty cell does (§3): an optional key left unset.
  if (tm && ref && !isEmptyValue(ref)) {
    // The stakeholder listed as Transition manager: who a name several have means first.
    const holder = plan.person(PERSON_ROLE_NAMES.transitionManager);
    checkPerson(ctx, ref, tm.range, 'transition_manager', 'transition_manager', {
      write: yamlScalar,
      field: 'transition_manager',
      ...(holder ? { holder, holderIs: `is listed as ${PERSON_ROLE_NAMES.transitionManager}` } : {}),
    });
  }
}

function reportUnknownId(
  ctx: RuleContext,
  token: Token,
  candidates: readonly string[],
  target: string | undefined,
  message: string,
): void {
  const suggestion = didYouMeanId(token.text, candidates);
  ctx.report({
    range: token.range,
    target,
    message: message.replace('{suggestion}', suggestionText(suggestion)),
    fixes:
      suggestion && token.exact
        ? [{ title: `Replace with ${suggestion}`, edits: [replace(token.range, suggestion)], isPreferred: true }]
        : undefined,
  });
}

function checkMilestoneDependencies(ctx: RuleContext): void {
  const { plan } = ctx;
  const rows = plan.rows('milestones');
  const ids = rows.map((r) => r.id).filter((id): id is string => id !== undefined);
  const known = new Set(ids.map((id) => id.toLowerCase()));
  const numbered = ids.length > 0 && ids.every((id) => /^\d+$/.test(id));
  for (const row of rows) {
    const cell = row.cell('dependsOn');
    if (!cell || cell.empty) continue;
    const words = dependencyTokens(plan, cell);
    // An ID as the table writes its IDs: `M-03`, or MS Project's task numbers (`12`, `22FS+5 days`).
    const refs = words.filter(
      (w) => isRowId(w.text) || w.link || known.has(w.text.toLowerCase()) || (numbered && /^\d+$/.test(w.text)),
    );
    const who = `Milestone ${row.id ?? `on line ${row.range.start.line + 1}`}`;
    // `M03` for M-03: an ID written without its hyphen, said with the one it writes, whether
    // alone or beside IDs written in full (`M01, M-03`).
    const meant = words.flatMap((w) => {
      const id = isRowId(w.text) ? undefined : unhyphenatedRowId(w.text, ids);
      return id ? [{ word: w, id }] : [];
    });
    reportUnhyphenated(ctx, who, row.id, meant);
    if (refs.length === 0) {
      if (meant.length > 0) continue;
      ctx.report({
        range: cell.range,
        target: row.id,
        message: `${who} depends on "${cell.text}", which names no milestone ID. Write the IDs of the milestones it waits for (e.g. ${ids[0] ?? 'M-01'}), separated by commas.`,
      });
      continue;
    }
    // Without an ID column Handoff reads (table-columns' finding), references to rows are not judged.
    if (columnUnread(plan, 'milestones', 'id')) continue;
    for (const ref of refs) {
      if (known.has(ref.text.toLowerCase())) continue;
      reportUnknownId(
        ctx,
        ref,
        ids,
        row.id,
        `${who} depends on ${ref.text}, which is not in the Milestones table.{suggestion} Use the ID of a listed milestone, or add the milestone.`,
      );
    }
  }
}

/** Each dependency written as an ID without its hyphen, with the ID it writes and a safe fix. */
function reportUnhyphenated(
  ctx: RuleContext,
  who: string,
  target: string | undefined,
  meant: readonly { readonly word: Token; readonly id: string }[],
): void {
  for (const { word, id } of meant) {
    ctx.report({
      range: word.range,
      target,
      message: `${who} depends on "${word.text}", which is not an ID as the Milestones table writes them: did you mean ${id}?`,
      fixes: word.exact
        ? [{ title: `Replace with ${id}`, edits: [replace(word.range, id)], isPreferred: true, safe: true }]
        : undefined,
    });
  }
}

function checkCorrectiveActionLinks(ctx: RuleContext): void {
  const { plan } = ctx;
  // Every row ID of the plan: listed only once a Link cell is there to check.
  let allIds: string[] | undefined;
  let known: Set<string> | undefined;
  for (const row of plan.rows('correctiveActions')) {
    const cell = row.cell('link');
    if (!cell || cell.empty) continue;
    allIds ??= plan.registers
      .flatMap((r) => r.table?.rows ?? [])
      .map((r) => r.id)
      .filter((id): id is string => id !== undefined);
    known ??= new Set(allIds.map((id) => id.toLowerCase()));
    for (const word of wordsOf(plan, cell)) {
      const prefix = ROW_ID.exec(word.text)?.[1]?.toLowerCase();
      // Only words shaped like a row ID of this format: change numbers and URLs are not links to rows.
      const spec = prefix === undefined ? undefined : REGISTER_BY_PREFIX.get(prefix);
      if (!spec || known.has(word.text.toLowerCase()) || columnUnread(plan, spec.kind, 'id')) continue;
      const register = spec.title;
      reportUnknownId(
        ctx,
        word,
        allIds.filter((id) => id.split('-')[0]!.toLowerCase() === prefix),
        row.id,
        `Corrective action ${row.id ?? `on line ${row.range.start.line + 1}`} links to ${word.text}, but the ${register} table has no such row.{suggestion} Link the risk, issue or milestone the action corrects.`,
      );
    }
  }
}

/** A decision's Covers names milestones by ID (`M-01`): each must be a row of the Milestones table. */
function checkDecisionCovers(ctx: RuleContext): void {
  const { plan } = ctx;
  const decisions = plan.rows('decisions');
  if (!decisions.some((row) => row.cell('covers')?.empty === false)) return;
  if (!plan.register('milestones')?.table || columnUnread(plan, 'milestones', 'id')) return;
  const ids = plan
    .rows('milestones')
    .map((r) => r.id)
    .filter((id): id is string => id !== undefined);
  const known = new Set(ids.map((id) => id.toLowerCase()));
  for (const row of decisions) {
    const cell = row.cell('covers');
    if (!cell || cell.empty) continue;
    for (const word of wordsOf(plan, cell)) {
      if (!isRowId(word.text) || known.has(word.text.toLowerCase())) continue;
      reportUnknownId(
        ctx,
        word,
        ids,
        row.id,
        `Decision ${row.id ?? `on line ${row.range.start.line + 1}`} covers ${word.text}, which is not in the Milestones table.{suggestion} Name the milestone it covers, or schedule or cost: until then it covers no slip of that milestone.`,
      );
    }
  }
}

/** A `#### H-09 …` acceptance checklist must be a handover's: one naming no row checks nothing. */
function checkHandoverChecklists(ctx: RuleContext): void {
  const { plan } = ctx;
  const register = plan.register('handovers');
  if (!register?.table || register.checklists.size === 0 || columnUnread(plan, 'handovers', 'id')) return;
  const ids = plan
    .rows('handovers')
    .map((r) => r.id)
    .filter((id): id is string => id !== undefined);
  const known = new Set(ids.map(rowIdKey));
  for (const [key, checklist] of register.checklists) {
    if (known.has(key)) continue;
    const id = LEADING_ROW_ID.exec(checklist.heading.text)?.[1];
    if (!id) continue;
    const start = checklist.heading.textRange.start;
    const range = { start, end: { line: start.line, character: start.character + id.length } };
    const exact = plan.lines.lineText(start.line).slice(start.character, start.character + id.length) === id;
    reportUnknownId(
      ctx,
      { text: id, range, exact },
      ids,
      id,
      `The checklist "#### ${clipText(checklist.heading.text, 60)}" is for handover ${id}, which is not in the Handovers table.{suggestion} Give it the ID of the handover whose acceptance criteria it holds: until then it is no handover's.`,
    );
  }
}

function checkDependsOn(ctx: WorkspaceContext): void {
  const ids = ctx.plans.map((p) => p.id).filter((id): id is string => id !== undefined);
  const known = new Set(ids.map((id) => id.toLowerCase()));
  for (const plan of ctx.plans) {
    for (const dep of plan.dependsOn) {
      if (known.has(dep.id.toLowerCase())) continue;
      const suggestion = didYouMeanId(
        dep.id,
        ids.filter((id) => id !== plan.id),
      );
      ctx.report(plan.uri, {
        range: dep.range,
        target: 'depends_on',
        message: `depends_on names ${dep.id}, but no plan in the workspace has that id.${suggestionText(suggestion)} Use the id of an existing plan, or remove the dependency.`,
        fixes: suggestion
          ? [{ title: `Replace with ${suggestion}`, edits: [replace(dep.range, suggestion)], isPreferred: true }]
          : undefined,
      });
    }
  }
}

/** A RACI cell's mark: its letters, a short mark (`S`, `X`, `✓`, `S/I`), or a letter before a note (`A – approves RFC`). */
function isRaciMark(text: string): boolean {
  const t = text.trim();
  return raciLetters(t).size > 0 || t.length <= 3 || /^[RASCI](?:\/[RASCI])*\s*[-–—:(]/i.test(t);
}

export const unresolvedReference = {
  name: 'unresolved-reference',
  severity: 'error',
  stage: 'always',
  fixable: 'sometimes',
  description:
    'Fires when a person reference (an owner, provider, contact, receiving owner, sign-off stakeholder, waiver approver, RACI column or `transition_manager`) names no stakeholder, a milestone\'s "Depends on", a corrective action\'s "Link", a decision\'s "Covers" or a `#### H-xx` checklist names an unknown row ID, or `depends_on` names a plan id not in the workspace.',
  docs: "Accountability in ITIL is always a named person: an owner who is not in the Stakeholders table cannot be consulted, informed or asked to accept a handover. People are matched by stakeholder ID, name or @handle, case-insensitively. Milestone dependencies, corrective-action links and `depends_on` plan ids must name rows and plans that exist, or the schedule and portfolio checks silently skip them. The quick fix replaces a near miss with the listed name or ID; a milestone ID written without its hyphen (`M03` for M-03) is said to be one, and its fix, which `--fix` applies, writes the ID. A team written where one person answers (`IT Service Desk` as a risk owner) is reported as a team, naming its members, with a fix for each. A board written where one person answers (`Project Board` approving a decision or signing off, `Steering committee`, `CAB`) is reported as a board, with a fix for the sponsor and each stakeholder in a board role (`board_roles`); written with the person who answered for it (`Project Board: Frank Dubois`, `Frank Dubois for the Project Board`), it is that person; on a Sign-off row whose Role one stakeholder holds (`Service owner`), that stakeholder is named and their fix preferred. An owner written as several people (`Daniel Osei / Sofia Brandt`) is reported as such, with a fix that keeps each; only a Decisions or Waivers approval may be joint. So is someone written on behalf of another stakeholder (`Eve Sim on behalf of Bob Ray`): a sign-off or approval is the named person's own, and only a board's is given by someone for it; its fix keeps the one who signed (keeping the other would record a sign-off they did not give). A role several stakeholders hold, or a first or last name several have (`Steve` for Steve Morgan and Steve Dalton), is reported with each of them and a fix for each, none preferred unless the context names one (the Sign-off row's role, the Transition manager for `transition_manager`). A first or last name only one stakeholder has (`Dave`) gets that stakeholder as its fix. `Add … as a stakeholder` is offered in the editor only for what may be a person's name: not for `TBC`, a fill-in, a role or its misspelling, part of a listed name, a team, a configured party or a group (`Procurement`, `Depot managers`). (Sponsor, service owner and project manager are checked by `missing-core-role`.)",
  check(ctx) {
    checkPeople(ctx);
    checkMilestoneDependencies(ctx);
    checkCorrectiveActionLinks(ctx);
    checkDecisionCovers(ctx);
    checkHandoverChecklists(ctx);
  },
  checkWorkspace: checkDependsOn,
} satisfies Rule;
