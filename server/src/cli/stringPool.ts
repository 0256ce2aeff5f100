/**
 * One copy of each repeated string a run keeps. Every outcome copied out of a worker (or cloned
 * on the main thread) brings its own copies of the rule names, severities and messages, and most
 * messages repeat from plan to plan ("No Go-live readiness register: …"): on 10,000 plans the
 * findings kept until formatting held about 6 million characters of messages, 1 million of
 * them distinct.
 */
import { copyRange } from '../engine/text.js';
import type { Finding } from '../engine/types.js';

export class StringPool {
  private readonly strings = new Map<string, string>();

  /** The pool's copy of `s` (the first one seen). */
  get(s: string): string {
    const known = this.strings.get(s);
    if (known !== undefined) return known;
    this.strings.set(s, s);
    return s;
  }

  /**
   * The findings rebuilt as fresh objects, their strings taken from the pool. Objects that arrive
   * by structured clone take several times the memory of the same objects built in place (see
   * `attachSummary`); a run keeps every finding until it formats them.
   */
  findings<T extends Finding>(findings: readonly T[]): T[] {
    return findings.map((f) => {
      const out: { -readonly [K in keyof Finding]: Finding[K] } = {
        rule: this.get(f.rule),
        severity: this.get(f.severity) as Finding['severity'],
        message: this.get(f.message),
        range: copyRange(f.range),
      };
      if (f.target !== undefined) out.target = this.get(f.target);
      if (f.fixes !== undefined) out.fixes = f.fixes;
      if (f.related !== undefined) out.related = f.related;
      return out as T;
    });
  }
}
