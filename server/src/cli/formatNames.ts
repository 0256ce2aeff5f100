/**
 * Format names shared by every command that takes `--format`: Markdown is `markdown` everywhere
 * (lint, report, diff). `md`, the name report and diff used before 0.3, stays accepted so
 * existing CI keeps working; it is resolved here and never listed as a format of its own.
 */
export const FORMAT_ALIASES: Readonly<Record<string, string>> = Object.freeze({ md: 'markdown' });

/** The format `name` stands for among `names` (an alias resolved), or undefined. */
export function resolveFormatName(name: string, names: readonly string[]): string | undefined {
  if (names.includes(name)) return name;
  const target = Object.hasOwn(FORMAT_ALIASES, name) ? FORMAT_ALIASES[name] : undefined;
  return target !== undefined && names.includes(target) ? target : undefined;
}
