/** Text → plan model (see plan.ts); the pieces other rooms and the tests use. */
export { chunkBoundaries, parseChunk, shiftOffsets } from './chunks.js';
export { IncrementalParser } from './incremental.js';
export { buildMeta, declaresPlanSchema } from './meta.js';
export type { ParseOptions } from './options.js';
export { parsePlan } from './plan.js';
export { scanChunk } from './scan.js';
export { stripBom } from '../lines.js';
