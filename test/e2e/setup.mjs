// Mocha global setup for the end-to-end suites: installs (or finds in the cache) the e2e tools
// once per run, before any suite starts. A failure stops the whole run here with one message,
// instead of every suite trying the same download again.
import { readTools } from './harness.mjs';

export async function mochaGlobalSetup() {
  const started = Date.now();
  try {
    await readTools();
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new Error(
      `The end-to-end tools could not be installed, so no end-to-end suite can run.\n${reason}\n` +
        'See scripts/e2e-tools.sh (cache folder: $HANDOFF_TOOLS, else $XDG_CACHE_HOME/handoff-e2e-tools).',
    );
  }
  console.log(`[e2e] tools ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
