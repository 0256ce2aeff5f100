/**
 * Re-parsing an edited plan. Placeholder: a full parse each time.
 */
import type { Plan } from './model.js';
import { parsePlan } from './parse.js';

export class IncrementalParser {
  parse(uri: string, text: string): Plan {
    return parsePlan(uri, text);
  }
}
