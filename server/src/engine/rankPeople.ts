/**
 * Who to propose for an empty person cell: the plan's stakeholders ranked by how well their role
 * (then team and responsibility) fits the process, register or risk the cell belongs to, then the
 * front-matter people. Worked out once per plan and question.
 */
import type { Plan, Row } from './model.js';
import { normalizeWord, withNote } from './text.js';
import { writtenName } from './placeholders.js';
import { personRef } from './personStyle.js';
import { perPlan } from './perPlan.js';

import type { PersonKey } from './domain.js';

/** Front-matter people a fix may fall back to. */
export type { PersonKey };

/** Words that say nothing about which process or area a role belongs to. */
const GENERIC_WORDS = new Set([
  'and',
  'the',
  'for',
  'of',
  'management',
  'manager',
  'managers',
  'service',
  'services',
  'owner',
  'lead',
  'team',
  'head',
  'process',
  'senior',
]);

/** Word stems for matching a role against a process ("Configuration manager" ~ "Service Asset and Configuration Management"). */
function stems(text: string | undefined): Set<string> {
  const out = new Set<string>();
  if (!text) return out;
  for (const w of normalizeWord(text).split(/[^a-z0-9]+/)) {
    if (w.length < 3 || GENERIC_WORDS.has(w)) continue;
    out.add(w.slice(0, 6));
  }
  return out;
}

/** The stems of texts (process names, risks, roles …) asked about lately; bounded. */
let knownStems = new Map<string, Set<string>>();

function stemsOf(hint: string | undefined): ReadonlySet<string> {
  if (!hint) return NO_STEMS;
  let s = knownStems.get(hint);
  if (!s) {
    s = stems(hint);
    if (knownStems.size >= 1024) knownStems = new Map();
    knownStems.set(hint, s);
  }
  return s;
}

const NO_STEMS: ReadonlySet<string> = new Set();

/** A stakeholder row's role, team and responsibility stems, worked out once per row. */
const rowStems = new WeakMap<Row, readonly [ReadonlySet<string>, ReadonlySet<string>, ReadonlySet<string>]>();

function stemsOfRow(row: Row): readonly [ReadonlySet<string>, ReadonlySet<string>, ReadonlySet<string>] {
  let s = rowStems.get(row);
  if (!s) {
    s = [stemsOf(row.value('role')), stemsOf(row.value('team')), stemsOf(row.value('responsibility'))];
    rowStems.set(row, s);
  }
  return s;
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

export interface PersonCandidate {
  readonly row: Row;
  /** What to write in the cell: the stakeholder as the plan writes people (by ID, name or handle). */
  readonly ref: string;
  /** "Ana Ng (Change manager)". */
  readonly label: string;
  /** Why they are proposed: their role fits the question, or the front matter names them (the fallback's key). */
  readonly by: 'fit' | PersonKey;
}

/**
 * A stakeholder as a fix proposes them, written as the plan writes people (`personRef`); none
 * without an ID or a name written over its placeholder.
 */
function candidate(plan: Plan, row: Row, by: PersonCandidate['by']): Candidate | undefined {
  const written = writtenName(row);
  if (!row.id && !written) return undefined;
  const name = written ?? row.id!;
  const role = row.value('role');
  return new Candidate(plan, row, role ? withNote(name, role) : name, by);
}

/**
 * A candidate handed out. `ref` is a getter of the class, not one written in an object literal:
 * such a getter is a closure of its own for each candidate, holding the plan, and V8's
 * young-generation collections kept every plan so closed over alive until a full collection.
 */
class Candidate implements PersonCandidate {
  constructor(
    private readonly plan: Plan,
    readonly row: Row,
    readonly label: string,
    readonly by: PersonCandidate['by'],
  ) {}
  /** Worked out when a fix writes it: how the plan writes people is read from all its cells. */
  get ref(): string {
    return personRef(this.plan, this.row);
  }
}

/**
 * Stakeholders for a person cell, best first: those whose role (then team and responsibility)
 * shares words with `hint` (a process name, a risk), then the front-matter people named in
 * `fallback` in that order. At most `limit`; none when the plan lists nobody.
 */
export function rankPeople(
  plan: Plan,
  hint: string | undefined,
  fallback: readonly PersonKey[],
  limit = 3,
): readonly PersonCandidate[] {
  // The template fill and several rules rank people for the same process: once per plan.
  const known = rankingsOf(plan);
  const key = `${limit}\u0000${fallback.join(',')}\u0000${hint ?? ''}`;
  let out = known.get(key);
  if (!out) {
    out = rankPeopleOnce(plan, hint, fallback, limit);
    known.set(key, out);
  }
  return out;
}

/** Rankings by plan, kept on the plan (`perPlan`). */
const rankingsOf = perPlan((): Map<string, readonly PersonCandidate[]> => new Map());

function rankPeopleOnce(
  plan: Plan,
  hint: string | undefined,
  fallback: readonly PersonKey[],
  limit: number,
): PersonCandidate[] {
  const want = stemsOf(hint);
  // With no words to match, every score is 0: only the fallback people are proposed.
  const scored: { row: Row; by: PersonCandidate['by'] }[] = [];
  if (want.size > 0) {
    const hits: { row: Row; i: number; score: number }[] = [];
    const rows = plan.rows('stakeholders');
    for (let i = 0; i < rows.length; i++) {
      const [role, team, responsibility] = stemsOfRow(rows[i]!);
      const score = 3 * overlap(want, role) + overlap(want, team) + overlap(want, responsibility);
      if (score > 0) hits.push({ row: rows[i]!, i, score });
    }
    hits.sort((a, b) => b.score - a.score || a.i - b.i);
    for (const h of hits) scored.push({ row: h.row, by: 'fit' });
  }
  for (const key of fallback) {
    const ref = plan.meta[key];
    const row = ref ? plan.person(ref) : undefined;
    if (row) scored.push({ row, by: key });
  }
  const out: PersonCandidate[] = [];
  for (const { row, by } of scored) {
    if (out.some((c) => c.row === row)) continue;
    const c = candidate(plan, row, by);
    if (c) out.push(c);
    if (out.length >= limit) break;
  }
  return out;
}
