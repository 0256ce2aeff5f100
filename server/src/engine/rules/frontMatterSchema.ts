import { CORE_ROLES, coreRoleName } from '../domain.js';
import type { FmValue } from '../model.js';
import type { Rule, RuleContext } from '../rule.js';
import {
  FRONT_MATTER_BY_KEY,
  FRONT_MATTER_KEYS,
  SCHEMA_VERSION,
  SUBKEY_SPECS,
  SUBKEYS,
  type FrontMatterKeySpec,
  sectionForHeading,
  stageOfSection,
  type SubkeySpec,
} from '../schema.js';
import { misspeltKeys } from '../misspeltKeys.js';
import { isEmptyValue } from '../emptyValues.js';
import { isPointGrouped } from '../frontMatter.js';
import { didYouMean, suggestionText } from '../suggest.js';
import { currencyMeant, readHealth } from '../values.js';
import { keyRequired } from '../configVocabulary.js';
import { stageIndex, type Fix, type Stage } from '../types.js';
import { frontMatterAnchor, insertAt, replace } from './util.js';
import {
  describeValue,
  isText,
  notIsoDate,
  notYetKnown,
  numberIn,
  TYPE_TEXT,
  TYPOGRAPHIC_QUOTES,
} from './frontMatterValues.js';
import { fillKeyFix, minimalFrontMatter, missingSubkeyFixes, unsetKeyFixes, valueFix } from './frontMatterFixes.js';
import { sourceOf } from '../lines.js';
import { checkLooserTolerance } from './looserTolerance.js';

/** Absent or empty core roles are missing-core-role's to report, so one gap is one finding. */
const CORE_ROLE_KEYS: ReadonlySet<string> = new Set(CORE_ROLES.map((r) => r.key));

function checkSchemaKey(ctx: RuleContext): void {
  const { plan } = ctx;
  const fm = plan.frontMatter;
  const v = fm.entries.get('schema');
  const eol = plan.lines.eol();
  if (!v) {
    ctx.report({
      range: plan.lines.lineRange(0),
      target: 'schema',
      message: `This file is read as a plan because its name matches a plan glob, but its front matter does not declare the format. Add "schema: ${SCHEMA_VERSION}" so every tool recognises it.`,
      fixes: [
        {
          title: `Add schema: ${SCHEMA_VERSION}`,
          edits: [insertAt(plan, fm.contentOffset, `schema: ${SCHEMA_VERSION}${eol}`)],
          isPreferred: true,
          // One line, always the same: what the file already is to Handoff (it matches a plan glob).
          safe: true,
        },
      ],
    });
    return;
  }
  if (v.kind === 'null') {
    ctx.report({
      range: v.keyRange,
      target: 'schema',
      message: `"schema" has no value: set it to "${SCHEMA_VERSION}".`,
      fixes: [{ ...fillKeyFix(plan, v, SCHEMA_VERSION), safe: true }],
    });
    return;
  }
  if (v.kind === 'scalar' && v.value === SCHEMA_VERSION) return;
  ctx.report({
    range: v.range,
    target: 'schema',
    message: `schema is ${describeValue(v)}, but this linter reads the format "${SCHEMA_VERSION}". Declare "${SCHEMA_VERSION}" and follow that format.`,
    fixes: [valueFix(`Set schema to ${SCHEMA_VERSION}`, v.range, SCHEMA_VERSION)],
  });
}

function wrongType(ctx: RuleContext, spec: FrontMatterKeySpec, v: FmValue, fixes?: Fix[]): void {
  ctx.report({
    range: v.range,
    target: spec.key,
    message: `"${spec.key}" must be ${TYPE_TEXT[spec.type] ?? 'a text value'}, not ${describeValue(v)}. ${spec.description}`,
    fixes,
  });
}

function checkValue(ctx: RuleContext, spec: FrontMatterKeySpec, v: FmValue): void {
  const { plan } = ctx;
  switch (spec.type) {
    case 'string':
    case 'person': {
      const ok = spec.type === 'person' ? v.kind === 'scalar' && typeof v.value === 'string' : isText(v);
      if (!ok) wrongType(ctx, spec, v);
      return;
    }
    case 'enum': {
      const values = spec.values ?? [];
      if (v.kind === 'scalar' && typeof v.value === 'string' && values.includes(v.value)) return;
      const written = v.kind === 'scalar' ? String(v.value) : '';
      // Typographic quotes, as word processors type them (`stage: “planning”`): YAML keeps them.
      const quoted = TYPOGRAPHIC_QUOTES.test(written);
      const text = quoted ? written.replace(TYPOGRAPHIC_QUOTES, '$1') : written;
      // Health as the Status log writes it (`G`, `Amber`, 🟢) is that health, and a stage as its
      // section's heading reads (`Project Control`, `3 - Control`) is that stage; `Reporting`, control.
      const health = spec.key === 'health' && text ? readHealth(text) : undefined;
      const section = spec.key === 'stage' && text ? sectionForHeading(text) : undefined;
      const { stage, note } = section ? stageOfSection(section) : { stage: undefined, note: '' };
      const suggestion = health?.ok ? health.value : (stage ?? (text ? didYouMean(text, values) : undefined));
      // Read, not guessed: another case (`Planning`), a health as the log writes it, a stage as its heading.
      const safe = !!suggestion && (health?.ok === true || (!!stage && !note) || text.toLowerCase() === suggestion);
      const quotes = quoted
        ? ' It is written in typographic quotes (“…”), as a word processor types them, and YAML keeps them as part of the value: write it without them, or in straight quotes.'
        : '';
      ctx.report({
        range: v.range,
        target: spec.key,
        message: `"${spec.key}" is ${describeValue(v)}, which is not one of ${values.join(', ')}.${quotes}${note}${suggestionText(suggestion)} ${spec.description}`,
        fixes: suggestion
          ? // A stage a section runs alongside is where the author says the plan stands: not preferred.
            [{ ...valueFix(`Replace with "${suggestion}"`, v.range, suggestion, safe), isPreferred: !note }]
          : values.map((value) => ({ title: `Set ${spec.key} to "${value}"`, edits: [replace(v.range, value)] })),
      });
      return;
    }
    case 'integer': {
      if (v.kind === 'scalar' && typeof v.value === 'number' && Number.isInteger(v.value) && v.value > 0) return;
      const n = v.kind === 'scalar' ? numberIn(ctx, spec.key, String(v.value)) : undefined;
      const fix = n !== undefined && Number.isInteger(n) && n > 0 ? String(n) : undefined;
      ctx.report({
        range: v.range,
        target: spec.key,
        message: `"${spec.key}" must be a positive whole number, not ${describeValue(v)}. ${spec.description}`,
        fixes: fix ? [valueFix(`Set ${spec.key} to ${fix}`, v.range, fix)] : undefined,
      });
      return;
    }
    case 'stringList':
    case 'planIdList': {
      if (v.kind === 'scalar' && isText(v)) {
        const text = sourceOf(plan, v.range);
        wrongType(ctx, spec, v, [
          { title: `Make it a list: [${text}]`, edits: [replace(v.range, `[${text}]`)], isPreferred: true },
        ]);
        return;
      }
      if (v.kind !== 'seq') {
        wrongType(ctx, spec, v);
        return;
      }
      for (const item of v.items) {
        if (isText(item) && String(item.value).trim() !== '') continue;
        ctx.report({
          range: item.kind === 'null' ? v.range : item.range,
          target: spec.key,
          message: `Every item of "${spec.key}" must be ${spec.type === 'planIdList' ? 'a plan id' : 'a string'}, not ${describeValue(item)}. ${spec.description}`,
        });
      }
      return;
    }
    case 'dates':
    case 'budget':
    case 'tolerances':
      if (v.kind !== 'map') {
        wrongType(ctx, spec, v);
        return;
      }
      checkMap(ctx, spec, v);
      return;
    default:
      return;
  }
}

/** The stage a key is required from: the contract's, or planning when `required_keys` lists it. */
function requiredFromOf(ctx: RuleContext, spec: FrontMatterKeySpec): Stage | undefined {
  const listed = keyRequired(ctx.config.requiredKeys, spec.key, ctx.plan.meta.transitionType);
  return spec.requiredFrom ?? (listed ? 'planning' : undefined);
}

/** Whether the plan's stage requires the key (contract §2: "from planning" keys once it is planning or later). */
function requiredNow(ctx: RuleContext, spec: FrontMatterKeySpec): boolean {
  const from = requiredFromOf(ctx, spec);
  return from !== undefined && stageIndex(ctx.stage) >= stageIndex(from);
}

/**
 * A map's keys: each one written checked, a misspelt one renamed. Its required keys are asked
 * for only once the map itself is required: `dates` and `budget` written early, at initiation
 * (a go-live date known before the close), hold what is known so far; a key written as not known
 * yet (`close: TBC`) is as good as missing.
 */
function checkMap(ctx: RuleContext, spec: FrontMatterKeySpec, v: FmValue): void {
  const { plan } = ctx;
  const subs = SUBKEY_SPECS[spec.key] ?? {};
  const known = SUBKEYS[spec.key] ?? Object.keys(subs);
  const absent = known.filter((k) => !v.entries.has(k));
  // A key under another name plans give it (`time` for schedule_days), else a near spelling.
  const meant = (written: string): string | undefined => {
    const name = written
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, '_');
    const aliased = absent.find((k) => subs[k]?.aliases?.includes(name));
    return aliased ?? didYouMean(written, absent);
  };
  const misspelt = misspeltKeys(v.entries, absent, meant);
  const complete = requiredNow(ctx, spec);
  /** Required subkeys written under a near name: reported once, on that name. */
  const needed = new Set<string>();
  for (const [name, sub] of Object.entries(subs)) {
    const item = v.entries.get(name);
    const path = `${spec.key}.${name}`;
    const unknown = item ? notYetKnown(item, sub.type) : undefined;
    if (!item || item.kind === 'null' || unknown !== undefined) {
      if (!sub.required || !complete) continue;
      if (!item && misspelt.has(name)) {
        needed.add(name);
        continue;
      }
      const written = unknown === undefined ? '' : ` it reads "${unknown}", not yet known;`;
      ctx.report({
        range: item ? (unknown === undefined ? item.keyRange : item.range) : v.keyRange,
        target: spec.key,
        message: `"${spec.key}" has no ${name}${item ? ` yet:${written} write it after` : ': add'} "${name}:", ${sub.what}. ${spec.description}`,
        fixes: missingSubkeyFixes(plan, v, item, name, ctx.asOf, ctx.config.currency),
      });
      continue;
    }
    checkSubValue(ctx, spec.key, path, sub, item);
    if (spec.key === 'tolerances') checkLooserTolerance(ctx, name, item);
  }
  for (const [name, item] of v.entries) {
    if (known.includes(name)) continue;
    const suggestion = meant(name);
    const missing = suggestion !== undefined && needed.has(suggestion) && misspelt.get(suggestion) === name;
    ctx.report({
      range: item.keyRange,
      target: spec.key,
      severity: missing ? undefined : 'warning',
      message: missing
        ? `"${spec.key}" has an unknown key "${name}", so it has no ${suggestion}; it takes ${known.join(', ')}.${suggestionText(suggestion)} ${spec.description}`
        : `"${spec.key}" has an unknown key "${name}"; it takes ${known.join(', ')}.${suggestionText(suggestion)}`,
      fixes: suggestion
        ? [{ title: `Rename to "${suggestion}"`, edits: [replace(item.keyRange, suggestion)], isPreferred: true }]
        : undefined,
    });
  }
}

function checkSubValue(ctx: RuleContext, key: string, path: string, sub: SubkeySpec, item: FmValue): void {
  const report = (message: string, fixed?: string): void =>
    ctx.report({
      range: item.range,
      target: key,
      message,
      fixes: fixed !== undefined ? [valueFix(`Set ${path} to ${fixed}`, item.range, fixed)] : undefined,
    });
  const text = item.kind === 'scalar' ? String(item.value) : undefined;
  switch (sub.type) {
    case 'date': {
      const wrong = notIsoDate(item, path, sub.example);
      if (wrong) ctx.report({ range: item.range, target: key, ...wrong });
      return;
    }
    case 'string': {
      if (!isText(item)) {
        report(`${path} must be a text value (e.g. ${sub.example}), not ${describeValue(item)}.`);
        return;
      }
      const meant = path === 'budget.currency' && text !== undefined ? currencyMeant(text) : undefined;
      if (meant) {
        const code = meant.code;
        ctx.report({
          range: item.range,
          target: key,
          message: `${path} is ${describeValue(item)}, ${meant.what}: write the ISO 4217 code${code ? `, ${code}${meant.safe ? '' : ' or the one you mean'}` : " of the budget's currency (GBP, EUR, USD …)"}. The amounts in the tables are read against it, and an amount in another currency is reported.`,
          fixes: code ? [valueFix(`Set ${path} to ${code}`, item.range, code, meant.safe)] : undefined,
        });
      }
      return;
    }
    case 'number':
    case 'integer': {
      const whole = sub.type === 'integer';
      if (
        item.kind === 'scalar' &&
        typeof item.value === 'number' &&
        item.value >= 0 &&
        (!whole || Number.isInteger(item.value))
      )
        return;
      // `480.000`: a point before each group of three digits groups thousands; no budget is
      // written to a thousandth.
      if (path.startsWith('budget') && text !== undefined && isPointGrouped(text)) {
        const grouped = text.replace(/\./g, '');
        report(
          `${path} is ${text}, which YAML reads as ${Number(text)}: a point before each group of three digits separates thousands, so it is ${grouped}. Write it without the points.`,
          grouped,
        );
        return;
      }
      const n = text !== undefined ? numberIn(ctx, path, text) : undefined;
      const fixed = n !== undefined && n >= 0 && (!whole || Number.isInteger(n)) ? String(n) : undefined;
      report(
        `${path} must be ${whole ? 'a whole number' : 'a number'} of at least 0 (e.g. ${sub.example}), not ${describeValue(item)}.`,
        fixed,
      );
      return;
    }
  }
}

export const frontMatterSchema = {
  name: 'front-matter-schema',
  severity: 'error',
  stage: 'always',
  fixable: 'sometimes',
  description:
    'Fires when the plan does not declare `schema: transition-plan/1`, a key required at its stage is missing, a value has the wrong type, is not in its list of values, or a date is not a real ISO date; an unknown key is a warning, and an error when it stands for a key the plan needs (`Stage`, `service-owner`); a tolerance looser than the configured one is a warning, and the configured one applies.',
  docs: 'The front matter holds the typed facts every other rule, the tree view and the portfolio read, so a misspelt `stage` or a date like `2026-02-30` silently changes what is checked. Keys are required by stage (`health`, `change_ref`, `sdp`, `dates` and `budget` from planning on, each with every key it holds: `dates` or `budget` written earlier, at initiation, may hold only what is known so far), and a required text, date or amount written as not known yet (`change_ref: TBD`, `close: TBC`) is as good as missing, so at initiation it is no finding; the sponsor, service owner and project manager are reported by `missing-core-role`. A key written under a near name (`Stage`, `transition type`, `service-owner`, `go-live` in `dates`) is one finding, on that name: an error when the key it stands for is needed (the plan has no stage until it is renamed), a warning otherwise; the key is not reported missing as well. A tolerance looser than the configured one (`schedule_days: 14` where the board set 10 days, or where none is set and 10 is the default) is a warning on its value: the board sets tolerances, a plan may only tighten them, and `schedule-slip`, `cost-overrun` and derived health measure against the configured one. Quick fixes insert a missing key before the closing `---` (a value that would be a fact about the plan, such as its health, baseline dates, budget amounts or contingency, is offered as the guess it is, said in the title, never preferred; no change number is made up: a missing `change_ref` may be added as `TBC`, which stays reported), replace a value with its did-you-mean (a stage as its section is headed, `Project Control`, is that stage; `stage: reporting` names Reporting and Communication, which is no stage of its own but runs alongside Project Control, so `control` is offered, with that said and not preferred, for you to confirm) or with the number it stands for (`480k`, `10%`, a tolerance written `±10%`, a budget `480.000` grouped with points, which YAML would read as 480; `2 weeks` is 14 days, `fortnightly` a cadence of 14; a month or working days get no fix, as their days vary), and rename a misspelt key; a date that names a month, a week or part of a year (`go_live: June 2027`, as an early draft writes its target month) is told what it names, with a fix for each day it may mean (the last day of the month; the Monday or the Friday of the week), never preferred. `--fix` applies those that read the value rather than guess it: another case (`stage: Planning`), a health as the Status log writes it (`Amber`, `G`), a stage as its section is headed, a date written otherwise (`14 Apr 2027`, or a numeric date with one reading), a currency’s only code; a typo’s did-you-mean is yours to confirm.',
  check(ctx) {
    const { plan } = ctx;
    const fm = plan.frontMatter;
    // front-matter-syntax reports unreadable front matter; its entries would only mislead here.
    if (fm.errors.length) return;
    if (!fm.present) {
      ctx.report({
        range: frontMatterAnchor(plan),
        target: 'schema',
        message: `This file is read as a plan because its name matches a plan glob, but it has no front matter. Add a front matter block that starts with "schema: ${SCHEMA_VERSION}" and the plan's id, title, service, type, stage and core roles.`,
        fixes: [
          {
            title: 'Add a front matter block',
            edits: [insertAt(plan, 0, minimalFrontMatter(plan))],
            isPreferred: true,
          },
        ],
      });
      return;
    }
    checkSchemaKey(ctx);
    const knownKeys = FRONT_MATTER_KEYS.map((k) => k.key);
    const misspelt = misspeltKeys(fm.entries, knownKeys);
    /** Keys required now but written under a near name, with who needs them: reported on that name. */
    const needed = new Map<string, string>();
    for (const { key, person, why } of CORE_ROLES) {
      if (misspelt.has(key)) needed.set(key, `the plan names no ${coreRoleName(person)} (${why})`);
    }
    for (const spec of FRONT_MATTER_KEYS) {
      if (spec.key === 'schema') continue;
      const v = fm.entries.get(spec.key);
      // A reference written as not known yet (`change_ref: TBD`) is no reference: empty, as a cell is (§3).
      const text = spec.type === 'string' && v?.kind === 'scalar' && typeof v.value === 'string' ? v.value : '';
      const notKnown = text !== '' && isEmptyValue(text);
      const unset = !v || v.kind === 'null' || (v.kind === 'scalar' && v.value === '') || notKnown;
      if (unset) {
        const requiredFrom = requiredFromOf(ctx, spec);
        if (!requiredNow(ctx, spec) || CORE_ROLE_KEYS.has(spec.key)) continue;
        const from =
          requiredFrom === 'initiation'
            ? 'every plan'
            : `a plan at stage "${requiredFrom}" or later${spec.requiredFrom ? '' : ' (required_keys in the configuration)'}`;
        if (!v && misspelt.has(spec.key)) {
          needed.set(spec.key, `the plan has no "${spec.key}", which ${from} needs: ${spec.description}`);
          continue;
        }
        ctx.report({
          range: v ? (notKnown ? v.range : v.keyRange) : frontMatterAnchor(plan),
          target: spec.key,
          message: `"${spec.key}" is ${notKnown ? `"${text.trim()}", not yet known` : v ? 'empty' : 'missing'}, and ${from} needs it: ${spec.description}`,
          fixes: unsetKeyFixes(plan, spec, v, ctx.asOf, ctx.config.currency),
        });
        continue;
      }
      checkValue(ctx, spec, v);
    }
    for (const [key, v] of fm.entries) {
      if (FRONT_MATTER_BY_KEY.has(key)) continue;
      const suggestion = didYouMean(key, knownKeys);
      const canRename = suggestion !== undefined && !fm.entries.has(suggestion);
      // The key it stands for is needed: one finding, an error, says both.
      const gap = canRename && misspelt.get(suggestion) === key ? needed.get(suggestion) : undefined;
      ctx.report({
        range: v.keyRange,
        target: key,
        severity: gap ? undefined : 'warning',
        message: gap
          ? `Front-matter key "${key}" is not one Handoff reads, so ${gap}${/[.:!?]$/.test(gap) ? '' : '.'}${suggestionText(suggestion)} Rename the key.`
          : `Unknown front-matter key "${key}": no tool reads it.${suggestionText(suggestion)} Fix the spelling, or move free text into the plan's body.`,
        fixes: canRename
          ? [{ title: `Rename to "${suggestion}"`, edits: [replace(v.keyRange, suggestion)], isPreferred: true }]
          : undefined,
      });
    }
  },
} satisfies Rule;
