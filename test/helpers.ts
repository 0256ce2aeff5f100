import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (tests run from out/test/…). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export function fixturePath(...parts: string[]): string {
  return path.join(repoRoot, 'test', 'fixtures', ...parts);
}

export function readFixture(...parts: string[]): string {
  return fs.readFileSync(fixturePath(...parts), 'utf8');
}

export interface Expectation {
  line: number;
  column?: number;
  rule: string;
}

export interface FixtureSpec {
  expected: Expectation[];
  asOf: string;
  config?: string;
}

/**
 * Reads the expectation block a rule fixture ends with:
 *
 *     <!-- expect
 *     as-of: 2026-06-01
 *     config: { high_risk_score: 12 }
 *     12 missing-handover-owner
 *     3:5 front-matter-schema
 *     -->
 */
export function readExpectations(text: string): FixtureSpec {
  const m = /<!--\s*expect\b([\s\S]*?)-->/.exec(text);
  const spec: FixtureSpec = { expected: [], asOf: '2026-06-01' };
  if (!m) return spec;
  for (const raw of m[1]!.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const asOf = /^as-of:\s*(\S+)$/.exec(line);
    if (asOf) {
      spec.asOf = asOf[1]!;
      continue;
    }
    const config = /^config:\s*(.+)$/.exec(line);
    if (config) {
      spec.config = config[1]!;
      continue;
    }
    const e = /^(\d+)(?::(\d+))?\s+([a-z-]+)$/.exec(line);
    if (!e) throw new Error(`Bad expectation line: ${line}`);
    spec.expected.push({ line: Number(e[1]), column: e[2] ? Number(e[2]) : undefined, rule: e[3]! });
  }
  return spec;
}

/** Deterministic pseudo-random numbers (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
