/**
 * A finding rebuilt as a fresh object. Objects that arrive by structured clone (from a worker, or
 * cloned to flatten their strings) take several times the memory of the same objects built in
 * place (see `attachSummary`), and a CLI run keeps every finding of every plan until it formats
 * them (`StringPool.findings`).
 */
import { copyRange } from './text.js';
import type { Finding } from './types.js';

/** `f` as a fresh object; `intern` gives each string the copy to keep (a host's string pool). */
export function copyFinding<T extends Finding>(f: T, intern: (s: string) => string = (s) => s): T {
  const out: { -readonly [K in keyof Finding]: Finding[K] } = {
    rule: intern(f.rule),
    severity: intern(f.severity) as Finding['severity'],
    message: intern(f.message),
    range: copyRange(f.range),
  };
  if (f.target !== undefined) out.target = intern(f.target);
  if (f.fixes !== undefined) out.fixes = f.fixes;
  if (f.related !== undefined) out.related = f.related;
  return out as T;
}
