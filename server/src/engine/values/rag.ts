/**
 * The RAG colours as practitioners write them, words and coloured circles: read as a health by
 * `words.ts`, and recognised where they answer another question (a Met cell) to say so.
 */
import type { Health } from '../types.js';
import { words } from './reading.js';

export const HEALTH_WORDS: ReadonlyMap<string, Health> = new Map([
  ['green', 'green'],
  ['g', 'green'],
  ['amber', 'amber'],
  ['a', 'amber'],
  ['yellow', 'amber'],
  ['y', 'amber'],
  ['red', 'red'],
  ['r', 'red'],
]);

export const HEALTH_EMOJI: ReadonlyMap<string, Health> = new Map([
  ['🟢', 'green'],
  ['🟡', 'amber'],
  ['🟠', 'amber'],
  ['🔴', 'red'],
]);

/** A cell's leading coloured circle (`🟢 Green`, `🟢`) and what follows it. */
export function leadingCircle(text: string): { readonly circle: Health | undefined; readonly rest: string } {
  const t = text.trim();
  for (const [emoji, health] of HEALTH_EMOJI) {
    if (t.startsWith(emoji)) return { circle: health, rest: t.slice(emoji.length).trim() };
  }
  return { circle: undefined, rest: t };
}

/**
 * A cell that is a RAG colour alone (`Green`, `🟢`, `🟢 Green`; a circle and a word must agree):
 * that colour, else undefined.
 */
export function ragColour(text: string): Health | undefined {
  const { circle, rest } = leadingCircle(text);
  const w = words(rest);
  if (!w) return circle;
  const word = HEALTH_WORDS.get(w);
  return word && (!circle || circle === word) ? word : undefined;
}
