/**
 * Heading → register: the one state machine that decides, heading by heading, which register
 * (or handover checklist) the following tables and lists belong to. The model builder
 * (parse/plan.ts) and the line scanner (parse/scan.ts) both walk headings through it, so they cannot
 * disagree about which text the model reads.
 */
import { LEADING_ROW_ID } from './domain.js';
import { REGISTER_BY_KIND, registerForHeading, sectionForHeading, type RegisterKind } from './schema.js';
import { normalizeHeading } from './text.js';
import type { SectionKind } from './types.js';

/** The configuration's `aliases.registers`, keyed by normalised heading text. */
export type RegisterAliases = ReadonlyMap<string, RegisterKind>;

/** Builds the lookup for `aliases.registers` (heading text → register kind). */
export function registerAliases(entries: Iterable<readonly [string, RegisterKind]>): RegisterAliases {
  const map = new Map<string, RegisterKind>();
  for (const [heading, kind] of entries) map.set(normalizeHeading(heading), kind);
  return map;
}

/** The register a heading names: the contract's names and aliases, then the configuration's. */
export function registerForHeadingWith(text: string, aliases: RegisterAliases | undefined): RegisterKind | undefined {
  return registerForHeading(text) ?? (aliases?.size ? aliases.get(normalizeHeading(text)) : undefined);
}

export type HeadingEvent =
  | { readonly type: 'title' }
  | { readonly type: 'section'; readonly section: SectionKind }
  | { readonly type: 'register'; readonly register: RegisterKind; readonly section: SectionKind | undefined }
  | { readonly type: 'checklist'; readonly id: string }
  /** A heading that names nothing: level 2 closes the section and register, level 3 the register. */
  | { readonly type: 'other'; readonly closesSection: boolean; readonly closesRegister: boolean };

export class HeadingTracker {
  private registerKind: RegisterKind | undefined;
  private sectionKind: SectionKind | undefined;
  private inChecklist = false;

  constructor(private readonly aliases?: RegisterAliases) {}

  get register(): RegisterKind | undefined {
    return this.registerKind;
  }

  get section(): SectionKind | undefined {
    return this.sectionKind;
  }

  get checklist(): boolean {
    return this.inChecklist;
  }

  heading(depth: number, text: string): HeadingEvent {
    if (depth === 1) {
      this.registerKind = undefined;
      this.sectionKind = undefined;
      this.inChecklist = false;
      return { type: 'title' };
    }
    if (depth === 2) {
      this.inChecklist = false;
      const section = sectionForHeading(text);
      if (section) {
        this.sectionKind = section;
        this.registerKind = undefined;
        return { type: 'section', section };
      }
      this.sectionKind = undefined;
      this.registerKind = registerForHeadingWith(text, this.aliases);
      return this.registerKind
        ? { type: 'register', register: this.registerKind, section: undefined }
        : { type: 'other', closesSection: true, closesRegister: true };
    }
    if (depth === 3) {
      this.inChecklist = false;
      this.registerKind = registerForHeadingWith(text, this.aliases);
      return this.registerKind
        ? { type: 'register', register: this.registerKind, section: this.sectionKind }
        : { type: 'other', closesSection: false, closesRegister: true };
    }
    if (depth === 4 && this.registerKind === 'handovers') {
      const m = LEADING_ROW_ID.exec(text);
      if (m) {
        this.inChecklist = true;
        return { type: 'checklist', id: m[1]! };
      }
    }
    return { type: 'other', closesSection: false, closesRegister: false };
  }

  /**
   * Whether a table here is read cell by cell: any register's outside a checklist (a list register
   * kept as a table, exit criteria with a Met column, as well as a table register).
   */
  tableRelevant(): boolean {
    return !this.inChecklist && this.registerKind !== undefined;
  }

  /** Whether list items here are read (a list-shaped register, or a handover checklist). */
  listRelevant(): boolean {
    return (
      this.inChecklist ||
      (this.registerKind !== undefined && REGISTER_BY_KIND.get(this.registerKind)!.shape !== 'table')
    );
  }
}
