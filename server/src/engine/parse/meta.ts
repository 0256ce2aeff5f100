/** Front matter → plan metadata, and the quick check of whether a file declares the plan schema. */
import { fmNumber, fmString, frontMatterHead } from '../frontMatter.js';
import { currencyMeant } from '../values/currencies.js';
import { commonEraIso } from '../values/buddhistEra.js';
import type { FmValue, FrontMatter, PlanMeta } from '../model.js';
import { stripBom } from '../lines.js';
import { isIsoDate } from '../isoDate.js';
import { isEmptyValue } from '../emptyValues.js';
import { HEALTH_VALUES, STAGES, TRANSITION_TYPES, type Health, type Stage, type TransitionType } from '../types.js';

/** A front matter line that declares the plan schema. */
const DECLARES_SCHEMA = /^schema[ \t]*:[ \t]*["']?transition-plan\/1["']?[ \t]*(?:#.*)?$/m;

/**
 * Reads only the front matter (its first 64 KB when it is never closed): enough to tell whether a
 * file declares the plan schema.
 */
export function declaresPlanSchema(text: string): boolean {
  const t = stripBom(text);
  if (!t.startsWith('---')) return false;
  const head = frontMatterHead(t);
  return DECLARES_SCHEMA.test(head === t ? t.slice(0, 65536) : head);
}

/**
 * A word of a list, in any letter case: `stage: Control` is reported (front-matter-schema, with
 * `control` as its fix) and meanwhile read, so the stage's checks do not go quiet over a capital.
 */
function enumValue<T extends string>(v: FmValue | undefined, values: readonly T[]): T | undefined {
  const s = fmString(v)?.toLowerCase();
  return s && (values as readonly string[]).includes(s) ? (s as T) : undefined;
}

/** An ISO date; not one of a Buddhist Era year (`2570-03-12`), which front-matter-schema asks about. */
function isoValue(v: FmValue | undefined): string | undefined {
  const s = fmString(v);
  return s && isIsoDate(s) && !commonEraIso(s) ? s : undefined;
}

/** The plan's `dates`, each as `read` takes it (undefined when it does not). */
function datesOf(dates: FmValue | undefined, read: (v: FmValue | undefined) => string | undefined) {
  return {
    start: read(dates?.entries.get('start')),
    goLive: read(dates?.entries.get('go_live')),
    close: read(dates?.entries.get('close')),
  };
}

/**
 * The `dates` written but not read as a date (`go_live: 19 Apr 2027`, which front-matter-schema
 * reports), as written: a view says the date was not read rather than that none was set. A value
 * that says it is not known yet (`TBC`) is no date set.
 */
export function unreadDates(fm: FrontMatter): {
  readonly start?: string;
  readonly goLive?: string;
  readonly close?: string;
} {
  return datesOf(fm.entries.get('dates'), (v) => {
    const s = fmString(v);
    return s && (!isIsoDate(s) || commonEraIso(s)) && !isEmptyValue(s) ? s : undefined;
  });
}

/**
 * The `health` written but not read (`health: Green with concerns`, which front-matter-schema
 * reports), as written: a view says the health was not read rather than that none was set. A
 * value that says it is not known yet (`TBC`) is no health set.
 */
export function unreadHealth(fm: FrontMatter): string | undefined {
  const s = fmString(fm.entries.get('health'));
  return s && !isEmptyValue(s) && !enumValue<Health>(fm.entries.get('health'), HEALTH_VALUES) ? s : undefined;
}

function stringList(v: FmValue | undefined): string[] {
  if (!v) return [];
  if (v.kind === 'scalar') {
    const s = fmString(v);
    return s ? [s] : [];
  }
  return v.items.map((i) => fmString(i)).filter((s): s is string => !!s);
}

export function buildMeta(fm: FrontMatter): PlanMeta {
  const e = fm.entries;
  const dates = e.get('dates');
  const budget = e.get('budget');
  const tol = e.get('tolerances');
  const cadence = fmNumber(e.get('reporting_cadence_days'));
  return {
    id: fmString(e.get('id')),
    title: fmString(e.get('title')),
    service: fmString(e.get('service')),
    transitionType: enumValue<TransitionType>(e.get('transition_type'), TRANSITION_TYPES),
    stage: enumValue<Stage>(e.get('stage'), STAGES),
    health: enumValue<Health>(e.get('health'), HEALTH_VALUES),
    sponsor: fmString(e.get('sponsor')),
    serviceOwner: fmString(e.get('service_owner')),
    projectManager: fmString(e.get('project_manager')),
    transitionManager: fmString(e.get('transition_manager')),
    changeRef: fmString(e.get('change_ref')),
    releaseRef: fmString(e.get('release_ref')),
    sdp: fmString(e.get('sdp')),
    dates: datesOf(dates, isoValue),
    budget: {
      currency: currencyCode(fmString(budget?.entries.get('currency'))),
      approved: fmNumber(budget?.entries.get('approved')),
      contingency: fmNumber(budget?.entries.get('contingency')),
    },
    tolerances: {
      costPct: fmNumber(tol?.entries.get('cost_pct')),
      scheduleDays: fmNumber(tol?.entries.get('schedule_days')),
    },
    reportingCadenceDays: cadence !== undefined && Number.isInteger(cadence) && cadence > 0 ? cadence : undefined,
    dependsOn: stringList(e.get('depends_on')),
    tags: stringList(e.get('tags')),
  };
}

/**
 * The budget's currency when written as a code; undefined when it stands for one otherwise
 * (`£`, `Sterling`, `GPB`): front-matter-schema reports it with the code as its fix, and the
 * amounts are not judged against what it is not (contract: the rules that need it stay silent).
 */
function currencyCode(written: string | undefined): string | undefined {
  return written !== undefined && currencyMeant(written) ? undefined : written;
}
