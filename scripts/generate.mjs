// Writes the artefacts generated from the rule list: docs/rules.md and schemas/handoff.schema.json.
// Run after `tsc -b` (it reads the compiled engine). `npm run gen`; a test fails when they are stale.
import { writeFileSync } from 'node:fs';
import { configJsonSchema, renderRulesMarkdown } from '../out/server/src/engine/docs.js';
import { RULES } from '../out/server/src/engine/rules/index.js';

const root = new URL('..', import.meta.url);
writeFileSync(new URL('docs/rules.md', root), renderRulesMarkdown(RULES));
writeFileSync(new URL('schemas/handoff.schema.json', root), JSON.stringify(configJsonSchema(RULES), null, 2) + '\n');
console.log(`Generated docs/rules.md and schemas/handoff.schema.json for ${RULES.length} rules.`);
