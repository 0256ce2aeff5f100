import type { Rule } from '../rule.js';
import { isSampleItem } from '../placeholders.js';
import { isEmptyValue } from '../emptyValues.js';
import { sourceOf } from '../lines.js';
import { SECTION_SPECS } from '../schema.js';
import { stageIndex, type SectionKind, type Stage } from '../types.js';

/**
 * The plan stage from which a section's exit criteria must all be met. Reporting and
 * Communication runs alongside the other stages, so its criteria (like Closure's) are due only
 * once the plan is closed.
 */
export const DUE_FROM: Readonly<Record<SectionKind, Stage>> = {
  initiation: 'planning',
  planning: 'control',
  control: 'closure',
  reporting: 'closed',
  closure: 'closed',
};

/** A list item's marker and its box: `- [ ] `, `1. `. */
const LIST_MARKER = /^\s*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s*)?/;

/** A box GFM does not read as a task's: `[/]` in progress, `[~]` or `[-]` dropped, `[?]`, `[>]`. */
const OTHER_BOX = /^\s*(\[[^\]xX ]\])\s*/;

export const exitCriteriaUnmet = {
  name: 'exit-criteria-unmet',
  severity: 'error',
  stage: 'always',
  description:
    "Fires for each unchecked `- [ ]` item of a stage's Exit criteria (and each item marked `[/]`, `[~]` or `[-]`, which GFM does not read as ticked, and each plain `-` item of a list written without boxes; beside task items a plain item is a note; a line starting with a box, `☐ …`, and a row of a table whose Met is not yes count too) once the plan has moved past that stage (Initiation's from planning, Planning and Coordination's from control, Control's from closure, Reporting's and Closure's once closed), and for a ticked item that still reads the template's placeholder (`- [x] Criterion`): no criterion was written, so none was met.",
  docs: 'Exit criteria are the gate at the end of an ITIL transition stage: the project leaves a stage only when they hold. A plan whose `stage` is already past an unchecked criterion either moved on too early or forgot to record that the criterion was met. Tick the item once it holds (`- [x]`), or set `stage` back until it does. A criterion struck through (`- [ ] ~~Supplier contracted~~ (descoped)`) still has an open box: the message quotes it as written; if it was dropped, tick it with its note, or remove it.',
  check(ctx) {
    for (const register of ctx.plan.registers) {
      if (register.kind !== 'exitCriteria' || !register.section) continue;
      const dueFrom = DUE_FROM[register.section];
      if (stageIndex(ctx.stage) < stageIndex(dueFrom)) continue;
      const title = SECTION_SPECS.find((s) => s.kind === register.section)!.title;
      // A list written without boxes is a list of criteria; beside task items, a plain item is a note.
      const boxed = register.items.some((i) => i.checked !== undefined);
      for (const item of register.items) {
        // A ticked template sample (`- [x] Criterion`): no criterion was written, so none was met.
        if (item.checked === true && isSampleItem(ctx.plan, item)) {
          ctx.report({
            range: item.range,
            target: register.section,
            message: `${title} exit criterion "${item.text.trim()}" is ticked, but it still reads the template's placeholder: write the criterion that was met, or remove the item.`,
          });
          continue;
        }
        if (item.checked === true) continue;
        // Not a task item: a plain bullet, or a box GFM does not read (`[/]`, `[~]`, `[-]`, as
        // Obsidian and Logseq mark work in progress or dropped). Nothing marks it met.
        const other = item.checked === undefined ? OTHER_BOX.exec(item.text) : null;
        // A plain item beside task items is a note; one saying there are none (`None`, `n/a`) is no criterion.
        if (item.checked === undefined && !other && (boxed || isEmptyValue(item.text))) continue;
        // Struck-through words are no text to GFM, so the item is quoted as written.
        const source = sourceOf(ctx.plan, item.range);
        const struck = source.includes('~~');
        const written = struck ? source.replace(LIST_MARKER, '').trim() : item.text;
        const criterion = other ? written.slice(OTHER_BOX.exec(written)?.[0].length ?? 0).trim() : written.trim();
        const how =
          item.checked === false
            ? 'is not met'
            : other
              ? `is marked "${other[1]}", which is not ticked`
              : 'is a plain list item, not a task (- [ ]), so nothing marks it met';
        ctx.report({
          range: item.range,
          target: register.section,
          message:
            `${title} exit criterion "${item.checked === false ? written : criterion}" ${how}, but the plan is already at stage "${ctx.stage}": tick it${item.checked === false ? '' : ' (- [x])'} once it holds, or set the stage back until it does.` +
            (struck
              ? ' Struck through, it is still not ticked: if it was dropped, tick it with its note or remove it.'
              : ''),
        });
      }
    }
  },
} satisfies Rule;
