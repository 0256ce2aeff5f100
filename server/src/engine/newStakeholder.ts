/**
 * Whether a person reference nobody matched may be someone to add to the Stakeholders table (the
 * editor's "Add X as a stakeholder"): only what may be a person's name. Not a role a stakeholder
 * holds or a misspelling of one (`Sponser`), a team the plan knows or a configured party, a board,
 * several people or one acting for another, part of a listed name (`Dave` for Dave Pritchard, or
 * `Steve` when two are listed), a value written as not known yet (`TBC`) or a fill-in
 * (`[Sponsor name]`), a group (`Depot managers`, `Orbis Software`, one word where a party may be
 * named: `Procurement`), or plainly no person at all — a value of another column (a Response word
 * `Reduce`, a status word, a level, a date). A row added for any of those would be a fake person
 * named after it. (A row whose cells sit under the wrong headers has no finding past its first
 * cell to offer it on: the engine keeps only table-columns' there.)
 */
import { isBoardName } from './boards.js';
import { isEmptyValue } from './emptyValues.js';
import type { Plan } from './model.js';
import { locate } from './positions.js';
import { MAX_REFERENCE_CHARS, readDelegation, readSeveral, resolveReference } from './references.js';
import { takesParties } from './schema.js';
import { readerFor, VALUE_COLUMNS } from './valueCells.js';
import type { Range } from './types.js';

/** Values any column may hold that no person is: levels, dates, RAG ratings, yes/no. */
const NOT_NAMES = (['level', 'date', 'health', 'met'] as const).map((kind) => readerFor(kind, undefined));

/** A fill-in a template or a person left to type over: `[Sponsor name]`, `<owner>`, `Full name`. */
const FILL_IN = /^\[.*\]$|^<.*>$|^\{.*\}$|^(?:\S+ )?name$/i;

/** Words between the names of one person, written in small letters: `Anna van der Berg`, `Luis de la Cruz`. */
const NAME_PARTICLES = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'della',
  'di',
  'da',
  'das',
  'dos',
  'du',
  'la',
  'le',
  'ter',
  'ten',
  'bin',
  'bint',
  'ibn',
  'al',
  'el',
  'y',
]);

/**
 * Last words that make a name a group's, not a person's: `IT Service Desk`, `Fleet Services`,
 * `Telematix Ltd`, `Orbis Software`, `Depot Managers`, and the functions of an organisation
 * (`Procurement`, `Group Finance`, `Head of IT`).
 */
const GROUP_WORDS = new Set([
  'procurement',
  'purchasing',
  'finance',
  'accounts',
  'payroll',
  'legal',
  'hr',
  'it',
  'ict',
  'pmo',
  'facilities',
  'estates',
  'security',
  'compliance',
  'audit',
  'marketing',
  'communications',
  'comms',
  'infrastructure',
  'networks',
  'helpdesk',
  'team',
  'teams',
  'desk',
  'office',
  'department',
  'dept',
  'unit',
  'group',
  'division',
  'directorate',
  'function',
  'services',
  'operations',
  'support',
  'staff',
  'managers',
  'leads',
  'owners',
  'users',
  'engineers',
  'ltd',
  'limited',
  'inc',
  'llc',
  'llp',
  'plc',
  'gmbh',
  'ag',
  'bv',
  'corp',
  'corporation',
  'company',
  'partners',
  'consulting',
  'solutions',
  'software',
  'systems',
  'council',
  'committee',
  'vendor',
  'vendors',
  'supplier',
  'suppliers',
]);

/** Whether a reference reads as one person's name: no group's last word, no word of a sentence (`Depot managers`). */
function nameShaped(ref: string): boolean {
  const words = ref.split(/\s+/).filter((w) => /^\p{L}[\p{L}.'’-]*$/u.test(w));
  const last = words[words.length - 1];
  if (last && GROUP_WORDS.has(last.toLowerCase().replace(/\.$/, ''))) return false;
  // A later word in small letters that joins no name: a phrase (`Field service team`, `on behalf of`).
  return !words.some((w, i) => i > 0 && /^\p{Ll}/u.test(w) && !NAME_PARTICLES.has(w));
}

export function mayBeNewStakeholder(
  plan: Plan,
  name: string,
  range: Range,
  configuredParties: readonly string[] = [],
): boolean {
  const ref = name.trim();
  if (ref.length > MAX_REFERENCE_CHARS) return false;
  if (!/\p{L}/u.test(ref) || isBoardName(ref) || isEmptyValue(ref) || FILL_IN.test(ref)) return false;
  const opts = { parties: true, configuredParties };
  // A role one or several hold, a name several have, a team or party, someone with a note.
  const r = resolveReference(plan, ref, opts);
  if (r.kind !== 'unresolved') return false;
  // Part of one stakeholder's name, their initials, a misspelt role or team: that one is meant.
  if (r.meant !== undefined && r.meant !== 'near') return false;
  // Several names, some of them known (`Sofia Brandt / Nobody`), or one for another: no one person to add.
  if (readSeveral(plan, ref, opts) || readDelegation(plan, ref)) return false;
  if (!nameShaped(ref)) return false;
  const loc = locate(plan, range.start);
  if (loc.kind === 'cell') {
    const { register, row, columnKey } = loc;
    // Where a team or organisation may be named (a Resources provider, a RACI column), one word is
    // one (`Procurement`, `Finance`).
    const partyColumn = loc.isHeader
      ? register.kind === 'responsibilities' && columnKey === undefined
      : columnKey !== undefined && takesParties(register.kind, columnKey);
    if (partyColumn && !/\s/.test(ref)) return false;
    // A word of another column of the register that landed in this one (`Reduce`, `Open`).
    const columns = row ? (VALUE_COLUMNS[register.kind] ?? {}) : {};
    for (const kind of Object.values(columns)) {
      if (typeof kind === 'object' && readerFor(kind, undefined)(ref).ok) return false;
    }
  }
  return !NOT_NAMES.some((read) => read(ref).ok);
}
