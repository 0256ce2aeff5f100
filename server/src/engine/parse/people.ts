/**
 * The person index of a plan: who a reference in a cell names — a stakeholder's ID, name (with
 * or without a parenthetical, last name first, or as a mailbox `Name <address>`), an @handle, an
 * e-mail address, or a role exactly one stakeholder holds.
 */
import { BOARD_SHORT_FORM, isBoardName } from '../boards.js';
import { EMAIL, HANDLE, isRowId, LEADING_ROW_ID, namedParts, rolesIn } from '../domain.js';
import type { Row, Table } from '../model.js';
import { withoutParentheticals } from '../text.js';
import { articleJoined } from './arabicArticle.js';
import { cantoneseGivenName, cantoneseShortNames } from './cantoneseName.js';
import { givenNameForms, nativeScriptName, withoutListedTitle } from './koreanName.js';
import { spacedInitials } from './initialsWritten.js';
import { withoutPatronymic } from './patronymic.js';
import { normPerson } from './personForm.js';
import { SoleRows } from './soleRows.js';
import { umlautsSpelledOut } from './umlauts.js';
import { CROATIAN_DEGREE, INDONESIAN_DEGREE, withoutHonorific } from './titles.js';
import { AccentedNames } from './accentedNames.js';
import { holdersOfRoles } from './roleHolders.js';

export { holdersOfRoles } from './roleHolders.js';

export { withoutHonorific } from './titles.js';

/**
 * A board with who answered for it in parentheses: `Project Board (Nadia Okafor, Executive)`, also
 * after the board's short form in capitals (`Geschäftsleitung (GL) (Dr. Urs Müller)`: BOARD_SHORT_FORM).
 */
export const BOARD_WITH_NOTE = new RegExp(String.raw`^([^()]+(?:\(${BOARD_SHORT_FORM}\)\s*)?)\(([^()]+)\)$`, 'u');

/** `Osei, Daniel`: a last name, a comma and the other names (no digit: not `S-06, S-02`). */
const LAST_FIRST = /^([^,\d]+), ([^,\d]+)$/;

/** Between a name and a note beside it: a dash with a space each side, or a colon and a space. */
export const NOTE_BESIDE_NAME = /(?<!\s)\s+[-–—]\s+|:\s+/;
/**
 * Someone acting for another: `Frank Dubois for the Project Board`, `… on behalf of the board`,
 * `Eve Sim on behalf of Bob Ray`, `Eve Sim obo Bob Ray`, `Eve Sim pp Bob Ray`, and as Dutch and
 * German signatures write it: `i.o.` (in opdracht), `i.A.` (im Auftrag), `i.V.` (in Vertretung).
 * Groups: who, for whom.
 */
const ON_BEHALF =
  /^(.+?)(?<!\s)(?:\s*,)?\s+(?:for|on behalf of|acting for|deputi[sz]ing for|as (?:a )?delegate (?:of|for)|obo|o\.b\.o\.|pp|p\.p\.|i\.\s?[oav]\.)\s+(?:the\s+)?(.+)$/i;

/**
 * Who acted and for whom, when a reference says one acted for another (`Eve Sim on behalf of Bob
 * Ray`, `Frank Dubois for the Project Board`): a board is answered for by the one who decided for
 * it (the person index reads that one); for a person, contract §2 takes no delegate (references.ts
 * reports both).
 */
export function onBehalfParts(ref: string): { readonly who: string; readonly forWhom: string } | undefined {
  const m = ON_BEHALF.exec(ref.trim());
  return m ? { who: m[1]!.trim(), forWhom: m[2]!.trim() } : undefined;
}

/** A mailbox as mail programs copy it: `Daniel Osei <d.osei@example.org>`, the name optional. */
const MAILBOX = /^([^<>]*?)(?<!\s)\s*<([^<>\s@]+@[^<>\s]+)>$/;

/** The same in a table cell, where Markdown reads `<address>` as a link and shows the address bare. */
const NAME_THEN_ADDRESS = /^([^<>@]*?\S)\s+([^<>\s@]+@[^<>\s@]+\.[^<>\s@]+)$/;

/** A mailbox's name (perhaps empty) and address, or undefined when the reference is none. */
export function mailboxParts(ref: string): { readonly name: string; readonly address: string } | undefined {
  const t = ref.trim();
  const m = MAILBOX.exec(t) ?? NAME_THEN_ADDRESS.exec(t);
  return m ? { name: m[1]!.trim(), address: m[2]! } : undefined;
}

/** A mention: `@` before a name of several words (`@daniel osei`), or Jira's `[~user]`. */
const MENTION = /^@(\S+(?: \S+)+)$|^\[~([^\]]+)\]$/;

/** `OSEI Daniel`, `VAN DER BERG Anna`: a last name in capitals, then the other names. */
const SURNAME_IN_CAPITALS =
  /^(\p{Lu}[\p{Lu}'’-]+(?: \p{Lu}[\p{Lu}'’-]+)*) (\p{Lu}\p{Ll}[\p{L}'’-]*(?: \p{Lu}\p{Ll}[\p{L}'’-]*)*)$/u;

/**
 * Letters after a name, after a comma, as US registers list people: a degree or a professional
 * credential (`Megan Castillo, PMP`, `Ana Ng, PhD, CISSP`), written as credentials are, in
 * capitals (`PhD`, `MSc` as their holders write them): `Nguyen, Ba` is Ba Nguyen, not a Bachelor
 * of Arts; and the honours Hong Kong writes after a name (`LEUNG Chi-keung, JP`, `Ir CHAN Siu-fai,
 * SBS, JP`: JP, SBS, BBS, GBS, GBM, MH, and the Senior Counsel's SC), and British ones (`OBE`,
 * `MBE`, `CBE`), and Swiss diplomas and degrees (`Marco Bernasconi, dipl. Ing. ETH`, `eidg. dipl.
 * Informatiker`, `lic. iur.`, `MAS`, `EMBA`, `MLaw`), and Indonesian degrees (INDONESIAN_DEGREE:
 * `Budi Santoso, S.Kom., M.T.`) and Croatian ones (CROATIAN_DEGREE: `Marko Babić, mag. ing. el.`). Not a generational suffix (`Jr.`, `III`): that is part of the name.
 */
const POST_NOMINAL = new RegExp(
  String.raw`^(?:Ph\.?\s?D|Ed\.?\s?D|D\.?\s?Phil|M\.?\s?D|J\.?\s?D|MBA|M\.?\s?Ed|M\.?\s?Sc?|M\.?\s?A|B\.?\s?Sc?|B\.?\s?A|CPA|RN|P\.?\s?E|Esq|PMP|PgMP|PGMP|CAPM|PMI-ACP|CSM|CSPO|PSM|CISSP|CISM|CISA|CIPP(?:\/US)?|JP|SBS|BBS|GBS|GBM|MH|SC|OBE|MBE|CBE|MAS|EMBA|MLaw|lic\.\s?(?:iur|oec|phil)|(?:eidg\.\s?)?[dD]ipl\.(?:\s?[A-Za-zÀ-ÿ]+\.?(?:-[A-Za-zÀ-ÿ]+\.?)?){1,3}|${INDONESIAN_DEGREE}|${CROATIAN_DEGREE})\.?$`,
);

/**
 * A name without the letters after it ("Megan Castillo, PMP" → "Megan Castillo") and, in a
 * `listed` name, a job title (koreanName.ts), or undefined without them.
 */
export function withoutPostNominals(name: string, listed = false): string | undefined {
  // A listed name's job title after it, as Korean registers write one (`Park Jun-ho, Director`).
  const untitled = listed ? withoutListedTitle(name) : undefined;
  if (untitled !== undefined) return withoutPostNominals(untitled) ?? untitled;
  const [first, ...after] = name.split(',');
  if (after.length === 0 || !after.every((part) => POST_NOMINAL.test(part.trim()))) return undefined;
  // After a family name alone, two capitals may be given names' initials as directories write
  // them (`Smith, JP` is JP Smith): honours only after a whole name (`LEUNG Chi-keung, JP`).
  if (!first!.trim().includes(' ') && after.some((part) => INITIALS_OR_HONOUR.test(part.trim()))) return undefined;
  return first!.trim() || undefined;
}

/** Letters after a name that may be a given name's initials too (`Smith, S.T.` as a directory lists S. T. Smith). */
const INITIALS_OR_HONOUR = /^(?:JP|MH|SC|[SM]\.\s?[A-Z]\.?)$/;

/**
 * A stakeholder's listed name as a part or another form of it is compared (references.ts):
 * without its note, the letters after it and its titles, in the form references are compared in
 * (`Dr. Lisa Feldman (CIO), Ph.D.` is `lisa feldman`).
 */
export function bareListedName(row: Row): string {
  const plain = plainListedName(row); // a title looked for as written too, where its accents say so (`Bà`)
  const bare = normPerson(withoutHonorific(plain) ?? plain);
  return withoutHonorific(bare) ?? bare;
}

/** A stakeholder's listed name as written, without its note, its titles or the letters after it. */
export function untitledListedName(row: Row): string {
  const plain = plainListedName(row);
  return withoutHonorific(plain) ?? plain;
}

/** A stakeholder's listed name as written, without its note in parentheses or the letters after it. */
function plainListedName(row: Row): string {
  const name = row.value('name') ?? '';
  const listed = withoutParentheticals(name) || name;
  return withoutPostNominals(listed, true) ?? listed;
}

/**
 * A stakeholder's listed name as bareListedName gives it, then as people write it when it is
 * listed as a directory writes it (`DUPONT Jean-Pierre` is also `jean-pierre dupont`), and the
 * shorter names of a name listed as Hong Kong writes it (`CHAN Tai-man, Peter` is also `peter
 * chan`, `tai-man chan`: cantoneseName.ts), whose initials and words at either end are offered.
 */
export function bareListedNames(row: Row): string[] {
  const untitled = untitledListedName(row);
  const turned = namesAsReferred(untitled).map(normPerson);
  return [bareListedName(row), ...turned, ...cantoneseShortNames(untitled).map(normPerson)];
}

/**
 * How plans refer to a name listed as a directory or a mail program writes it: `Osei, Daniel` and
 * `OSEI Daniel` are `Daniel Osei`, `Daniel Osei <d.osei@example.org>` (or its address shown bare)
 * is `Daniel Osei`. Nothing for a name listed as people write it.
 */
function namesAsReferred(name: string): string[] {
  const mailbox = mailboxParts(name);
  const plain = mailbox ? mailbox.name : name;
  const lastFirst = LAST_FIRST.exec(plain);
  if (lastFirst) return [`${lastFirst[2]} ${lastFirst[1]}`];
  const capitals = SURNAME_IN_CAPITALS.exec(plain);
  if (capitals) return [`${capitals[2]} ${capitals[1]}`];
  return mailbox && plain ? [plain] : [];
}

export interface PersonIndex {
  readonly person: (ref: string) => Row | undefined;
  readonly personNames: () => string[];
}

export function personIndex(stakeholders: Table | undefined): PersonIndex {
  // Stakeholder ID, name (with or without a parenthetical) and any @handle.
  const people = new Map<string, Row>();
  // A name joined by a patronymic, also written without it (`Mohd Faizal Hassan`): the one
  // stakeholder whose name that is, none when two are.
  const unjoined = new SoleRows();
  // A name with umlauts or ß, also as written without them (`Klaus Mueller`): the one stakeholder
  // whose name that is, none when two are; a name listed that way is that one (`people`).
  const spelledOut = new SoleRows();
  // A name with the Arabic article (`Al Mansoori`), also with it hyphenated or joined
  // (`Almansoori`): the one stakeholder whose name that is, none when two are (a name listed
  // joined is that one: `people`).
  const articled = new SoleRows();
  // A Cantonese or Korean given name also with a space for its hyphen or joined (`Chan Tai Man`
  // for `CHAN Tai-man`, `Kim Minsu` for `KIM Min-su`), and first (`Minsu Kim`): koreanName.ts.
  // The one stakeholder whose name that is, none when two are.
  const spaced = new SoleRows();
  const accented = new AccentedNames(); // names told apart by their accents only: accentedNames.ts
  for (const row of stakeholders?.rows ?? []) {
    const keys: string[] = [];
    const id = row.value('id');
    const name = row.value('name');
    if (id) keys.push(id);
    if (name) {
      keys.push(name);
      const bare = withoutParentheticals(name);
      if (bare) keys.push(bare);
      // Listed with a title, named without it: `Dr Jonas Feld` is `Jonas Feld`.
      const untitled = withoutHonorific(bare || name);
      if (untitled) keys.push(untitled);
      // Listed with letters after it, named without them: `Megan Castillo, PMP` is `Megan Castillo`.
      const plain = withoutPostNominals(untitled ?? (bare || name), true);
      if (plain) keys.push(plain);
      const listed = plain ?? untitled ?? (bare || name);
      keys.push(...namesAsReferred(listed));
      const joined = withoutPatronymic(spacedInitials(normPerson(listed)));
      if (joined) unjoined.add(joined, row);
      // Its name in Hangul or Chinese characters in brackets after it (`KIM Min-su (김민수)`).
      const native = nativeScriptName(name);
      if (native) keys.push(native);
      const given = cantoneseGivenName(listed);
      if (given) {
        for (const k of keys.slice(id ? 1 : 0))
          for (const other of givenNameForms(normPerson(k), given)) spaced.add(other, row);
      }
    }
    for (const c of row.cells) {
      if (!c.text.includes('@')) continue;
      for (const m of c.text.matchAll(HANDLE)) keys.push(m[0]);
      for (const m of c.text.matchAll(EMAIL)) keys.push(m[0]);
    }
    for (const k of keys) {
      const key = spacedInitials(normPerson(k));
      if (!people.has(key)) people.set(key, row);
      accented.add(k, key, row);
      const spelled = umlautsSpelledOut(k);
      const other = spelled && spacedInitials(normPerson(spelled));
      if (other) spelledOut.add(other, row);
      const joined = articleJoined(key);
      if (joined) articled.add(joined, row);
    }
  }
  articled.withdrawNamedOtherwise(people);
  spaced.withdrawNamedOtherwise(people);

  const roles = holdersOfRoles(stakeholders?.rows ?? []);

  /** A reference as a whole: an ID, name or handle, a name's parenthetical, a sole holder's role. */
  // Initials however typed (`K.S. Ramesh` is `K. S. Ramesh`); a role is compared as written.
  const whole = (ref: string): Row | undefined => {
    const r = spacedInitials(ref);
    if (accented.clashes(r)) return undefined;
    const direct = people.get(r);
    if (direct) return direct;
    const bare = withoutParentheticals(r);
    if (bare && people.has(bare)) return people.get(bare);
    const paren = /\(([^)]+)\)/.exec(r)?.[1];
    if (paren && people.has(normPerson(paren))) return people.get(normPerson(paren));
    const joined = unjoined.get(withoutPatronymic(r) ?? r);
    if (joined) return joined;
    const spelled = spelledOut.get(r) ?? (bare ? spelledOut.get(bare) : undefined) ?? spaced.get(r);
    if (spelled) return spelled;
    // The article hyphenated, spaced or joined (`Al-Mansoori`, `Almansoori` for `Al Mansoori`).
    const withArticle = articleJoined(r) ?? r;
    if (articled.has(withArticle)) {
      const row = articled.get(withArticle);
      if (row) return row;
    } else if (withArticle !== r && people.has(withArticle)) return people.get(withArticle);
    // A role exactly one stakeholder holds (contract §2); several holders: references.ts reports it.
    const holders = roles.get(ref);
    return holders?.length === 1 ? holders[0] : undefined;
  };
  /** An ID followed by words about it (`S-06 Sofia`, `S-06 (interim)`). */
  const leadingId = (r: string): Row | undefined => {
    const token = r.split(/[\s,;]+/)[0];
    return token && isRowId(token) ? people.get(token) : undefined;
  };

  /** Named with umlauts or ß, listed without them (`Klaus Müller` for `Klaus Mueller`): as spelled out. */
  const lookup = (ref: string): Row | undefined => {
    const row = lookupAsWritten(ref);
    if (row) return row;
    const spelled = umlautsSpelledOut(ref);
    return spelled ? lookupAsWritten(spelled) : undefined;
  };

  const lookupAsWritten = (ref: string): Row | undefined => {
    const r = normPerson(ref);
    if (!r) return undefined;
    const byAccents = accented.any && (accented.get(ref) ?? accented.get(withoutHonorific(ref.trim())));
    if (byAccents) return byAccents;
    const row = whole(r);
    if (row) return row;
    // Named with a title, listed without it: `Dr. Jonas Feld` is `Jonas Feld` (`Bà Phạm Thu Hà` as written).
    const untitledAsWritten = (): string | undefined => {
      const untitled = withoutHonorific(ref.trim());
      return untitled === undefined ? undefined : normPerson(untitled);
    };
    const untitled = withoutHonorific(r) ?? untitledAsWritten();
    const byName = untitled ? whole(untitled) : undefined;
    if (byName) return byName;
    // Named with letters after it, listed without them: `Megan Castillo, PMP` is `Megan Castillo`
    // (read as written: credentials are in capitals).
    const plain = withoutPostNominals(ref);
    const byPlainName = plain ? whole(normPerson(withoutHonorific(plain) ?? plain)) : undefined;
    if (byPlainName) return byPlainName;
    // A mailbox: its name and its address, when they do not name two people.
    const mailbox = mailboxParts(r);
    if (mailbox) {
      const byName = mailbox.name ? whole(mailbox.name) : undefined;
      const byAddress = people.get(mailbox.address);
      return byName && byAddress && byName !== byAddress ? undefined : (byName ?? byAddress);
    }
    // A mention pasted from a chat or a tracker: `@Daniel Osei` (a display name after the @),
    // Jira's `[~Daniel Osei]` or `[~d.osei]` (a user name, the Handle without its @).
    const mention = MENTION.exec(r);
    if (mention) {
      const mentioned = mention[1] ?? mention[2]!;
      const user = mention[2] !== undefined && !mentioned.includes(' ') ? whole(`@${mentioned}`) : undefined;
      const row = whole(mentioned) ?? user;
      if (row) return row;
    }
    // The last name first in capitals, as French and other registers write it: `OSEI Daniel`.
    const capitalsFirst = SURNAME_IN_CAPITALS.exec(ref.trim());
    const byCapitals = capitalsFirst ? whole(normPerson(`${capitalsFirst[2]} ${capitalsFirst[1]}`)) : undefined;
    if (byCapitals) return byCapitals;
    // A name as directories write it, last name first: `Osei, Daniel`.
    const lastFirst = LAST_FIRST.exec(r);
    const turned = lastFirst ? whole(`${lastFirst[2]} ${lastFirst[1]}`) : undefined;
    if (turned) return turned;
    // Someone who decided for the board (`Frank Dubois (Executive) for the Project Board`): that
    // person. Whether they may decide for it is the rules' to judge (control.ts).
    const onBehalf = onBehalfParts(r);
    if (onBehalf && isBoardName(onBehalf.forWhom)) {
      const row = lookup(onBehalf.who);
      if (row) return row;
    }
    // The board with who answered for it in parentheses: `Project Board (Nadia Okafor, Executive)`.
    // As written, where a short form in capitals is told from a name (`Geschäftsleitung (GL) (…)`).
    const boardNote = BOARD_WITH_NOTE.exec(ref.trim()) ?? BOARD_WITH_NOTE.exec(r);
    if (boardNote && isBoardName(boardNote[1]!.trim())) {
      const row = lookup(boardNote[2]!);
      if (row) return row;
    }
    const parts = namedParts(r);
    if (parts.length > 1) {
      // Several references are one person only when they all name the same one (`S-06, Sofia
      // Brandt`); a later one that names someone else, or is an ID, makes them several people
      // (references.ts reports them), not the first one with a note.
      const named = parts.map((p) => whole(p) ?? leadingId(p));
      if (named.every((row) => row !== undefined && row === named[0])) return named[0];
      if (parts.some((p, i) => i > 0 && (named[i] !== undefined || LEADING_ROW_ID.test(p)))) return undefined;
    }
    // A role or a team beside the name after a dash or a colon, as registers write them
    // (`Integration lead – Sofia Brandt`, `Sofia Brandt - Cloud Platform`, `Integration lead: Sofia
    // Brandt`): the person, when the other side is a role they hold or a cell of their row, also
    // named with a title (`Project Board: Dr Frank Dubois`, as in parentheses). Two people (`S-01 -
    // S-03`) are no one; a side that says something else is as without a dash.
    const sides = parts.length === 1 && r.includes(' ') ? r.split(NOTE_BESIDE_NAME) : [];
    if (sides.length === 2) {
      const [a, b] = sides.map((side) => whole(side) ?? wholeUntitled(side) ?? leadingId(side));
      if (a && b) return a === b ? a : undefined;
      const person = a ?? b;
      const other = a ? sides[1]! : sides[0]!;
      // The board beside who answered for it (`Project Board: Frank Dubois`) names that person too.
      if (person && (describes(person, other) || isBoardName(other))) return person;
    }
    // An ID with a note after it is that one (`S-06 (interim)`), but not one acting for someone
    // else listed (`S-05 on behalf of S-02`): references.ts reports both.
    const byId = leadingId(r);
    const forWhom = byId && onBehalf ? (whole(onBehalf.forWhom) ?? leadingId(onBehalf.forWhom)) : undefined;
    return forWhom && forWhom !== byId ? undefined : byId;
  };

  /** The row a name written with a title names, listed without it (`dr Frank Dubois`). */
  const wholeUntitled = (name: string): Row | undefined => {
    const untitled = withoutHonorific(name);
    return untitled ? whole(untitled) : undefined;
  };

  /** Whether `note` is one of the row's roles or the text of another of its cells (its team). */
  const describes = (row: Row, note: string): boolean => {
    const n = normPerson(note);
    if (rolesIn(row.value('role') ?? '').some((role) => normPerson(role) === n)) return true;
    return row.cells.some((c) => c.text !== '' && normPerson(c.text) === n);
  };

  // Rules ask for the same owners row after row: each reference is looked up once.
  const found = new Map<string, Row | undefined>();
  return {
    person(ref: string): Row | undefined {
      if (found.has(ref)) return found.get(ref);
      const row = lookup(ref);
      found.set(ref, row);
      return row;
    },
    personNames(): string[] {
      const out: string[] = [];
      for (const row of stakeholders?.rows ?? []) {
        const id = row.value('id');
        const name = row.value('name');
        if (id) out.push(id);
        if (name) out.push(name);
      }
      return out;
    },
  };
}
