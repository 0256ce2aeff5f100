/**
 * One copy of each repeated string a run keeps. Every outcome copied out of a worker (or cloned
 * on the main thread) brings its own copies of the rule names, severities and messages, and most
 * messages repeat from plan to plan ("No Go-live readiness register: …"): on 10,000 plans the
 * findings kept until formatting held about 6 million characters of messages, 1 million of
 * them distinct.
 */
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

  /** The findings with their strings taken from the pool (changed in place: the caller owns them). */
  findings<T extends Finding>(findings: T[]): T[] {
    for (const f of findings) {
      const w = f as { -readonly [K in keyof Finding]: Finding[K] };
      w.rule = this.get(f.rule);
      w.severity = this.get(f.severity) as Finding['severity'];
      w.message = this.get(f.message);
      if (f.target !== undefined) w.target = this.get(f.target);
    }
    return findings;
  }
}
