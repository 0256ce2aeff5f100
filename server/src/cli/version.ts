/**
 * The package version. The bundle gets it inlined by esbuild (`HANDOFF_VERSION`); the unbundled
 * tsc output reads it from the repository's package.json.
 */
import { readFileSync } from 'node:fs';

declare const HANDOFF_VERSION: string | undefined;

function readPackageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
      version?: unknown;
    };
    return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}

export const VERSION: string = typeof HANDOFF_VERSION === 'string' ? HANDOFF_VERSION : readPackageVersion();
