/**
 * `handoff diff` on the logs a change touches most in control and closure: an issue raised or
 * closed, a corrective action added, done or cancelled (neutral: not done), either's owner
 * changed or taken out, a sign-off given or withdrawn. Rows are followed by
 * their ID (sign-offs, which have none, by their role); a status that cannot be read is no
 * change (`unreadable-value` reports it).
 */
import type { Add } from './semanticDiff.js';
import type { LogItemView, PlanStatus, SignOffView } from './statusTypes.js';
import { rowsById } from './domain.js';
import { normalizeWord } from './text.js';
import { itemLabel } from './diffLabels.js';
import { isEmptyValue } from './emptyValues.js';
import { readStatus } from './values.js';

const label = (item: LogItemView): string => itemLabel(item.id, item.text);

function diffItems(
  before: readonly LogItemView[],
  after: readonly LogItemView[],
  add: Add,
  words: { readonly noun: string; readonly kind: 'issue' | 'action'; readonly added: string; readonly closed: string },
): void {
  const old = rowsById(before);
  const now = rowsById(after);
  const { noun, kind } = words;
  for (const [id, item] of now) {
    const was = old.get(id);
    const owner = item.ownerName ? `, owner ${item.ownerName}` : '';
    const status = item.status ? `, ${item.status}` : '';
    if (!was) {
      // A new open issue is a new problem; a new action is work planned against one.
      const impact = kind === 'issue' && item.state === 'open' ? 'worse' : 'neutral';
      add(`${kind}-${words.added}`, id, `${noun} ${label(item)} ${words.added}${owner}${status}.`, impact);
    } else if (was.state === 'open' && item.state === 'closed') {
      // An action cancelled (`Won't do`) was not done: the problem it was for is not solved by it.
      const read = readStatus('correctiveActions', item.status);
      const cancelled = kind === 'action' && read.ok && read.value === 'Cancelled';
      const verb = cancelled ? 'cancelled' : words.closed;
      // The status said only when it says more than the verb (`Resolved`, `Won't do`, `Transferred`).
      const plain = ['closed', 'done', verb].includes(normalizeWord(item.status));
      const said = plain ? '' : ` (${item.status})`;
      add(`${kind}-${verb}`, id, `${noun} ${label(item)} ${verb}${said}.`, cancelled ? 'neutral' : 'better');
    } else if (was.state === 'closed' && item.state === 'open') {
      add(`${kind}-reopened`, id, `${noun} ${label(item)} reopened${status}.`, 'worse');
    }
    if (was) diffOwner(was, item, add, `${noun} ${id}`, kind);
  }
  for (const [id, item] of old) {
    if (now.has(id)) continue;
    // Taken out while open, the problem is only out of sight: close it (or transfer it) instead.
    if (item.state === 'open')
      add(`${kind}-removed`, id, `${noun} ${label(item)} removed while open: close it instead.`, 'worse');
    else add(`${kind}-removed`, id, `${noun} ${label(item)} removed.`, 'neutral');
  }
}

/** An owner as compared: by name (an ID and the name it resolves to are one owner); `TBC` or a blank is none. */
const ownerKey = (item: LogItemView): string => (isEmptyValue(item.ownerName) ? '' : normalizeWord(item.ownerName));

/**
 * Who answers for an issue or an action, changed: reassigned (neutral), given an owner (better), or
 * left with none while open (worse: nobody answers for it now).
 */
function diffOwner(was: LogItemView, item: LogItemView, add: Add, what: string, kind: 'issue' | 'action'): void {
  const [before, after] = [ownerKey(was), ownerKey(item)];
  if (before === after) return;
  if (!after) {
    const impact = item.state === 'closed' ? 'neutral' : 'worse';
    add(`${kind}-owner-removed`, item.id, `${what} lost its owner, ${was.ownerName}.`, impact);
  } else if (!before) add(`${kind}-owner-added`, item.id, `${what} now owned by ${item.ownerName}.`, 'better');
  else
    add(
      `${kind}-owner-changed`,
      item.id,
      `${what} owner changed from ${was.ownerName} to ${item.ownerName}.`,
      'neutral',
    );
}

const roleKey = (s: SignOffView): string => normalizeWord(s.role);

function diffSignOffs(before: readonly SignOffView[], after: readonly SignOffView[], add: Add): void {
  const approvedBefore = new Set(before.filter((s) => s.approved).map(roleKey));
  const approvedAfter = new Set(after.filter((s) => s.approved).map(roleKey));
  for (const s of after) {
    if (!s.approved || approvedBefore.has(roleKey(s))) continue;
    const who = s.stakeholderName ? ` by ${s.stakeholderName}` : '';
    add('sign-off-given', s.role, `Closure signed off${who} as ${s.role}.`, 'better');
    approvedBefore.add(roleKey(s));
  }
  for (const s of before) {
    if (!s.approved || approvedAfter.has(roleKey(s))) continue;
    const now = after.find((x) => roleKey(x) === roleKey(s));
    const what = now ? `is now "${now.decision || 'empty'}"` : 'was removed';
    add('sign-off-withdrawn', s.role, `The ${s.role} sign-off ${what}; it was Approved.`, 'worse');
    approvedAfter.add(roleKey(s));
  }
}

export function diffLogs(b: PlanStatus, a: PlanStatus, add: Add): void {
  diffItems(b.issues, a.issues, add, { noun: 'Issue', kind: 'issue', added: 'raised', closed: 'closed' });
  diffItems(b.correctiveActions, a.correctiveActions, add, {
    noun: 'Corrective action',
    kind: 'action',
    added: 'added',
    closed: 'done',
  });
  diffSignOffs(b.signOffs, a.signOffs, add);
}
