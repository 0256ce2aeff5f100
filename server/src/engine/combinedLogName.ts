/**
 * The names of a combined log (a RAID log, risks and issues kept together) on a normalised
 * heading: which headings name one, and what a heading says after the log's name.
 */
/**
 * A combined log's name on a normalised heading: a RAID log (risks, assumptions, issues and
 * dependencies; RAIDD adds decisions), or risks and issues kept together.
 */
const COMBINED_LOG = /(?:^| )raidd?(?: |$)|^risks? (?:and )?issues?(?: log| register)?$/;

/** Whether a normalised heading names a combined log (`raid log`, `programme raid`, `risks issues`). */
export function namesCombinedLog(normalized: string): boolean {
  return COMBINED_LOG.test(normalized);
}

/** A RAID log's name at the start of a normalised heading, with something after it. */
const LOG_NAME_BEFORE = /^raidd?(?: (?:log|register))? (?=\S)/;

/**
 * What a normalised heading says after a RAID log's name (`raid log risks`, from `RAID log –
 * Risks` or `RAID: Risks`): the part of the log that table keeps, when the rest names a register.
 */
export function afterCombinedLogName(normalized: string): string | undefined {
  const m = LOG_NAME_BEFORE.exec(normalized);
  return m ? normalized.slice(m[0].length) : undefined;
}
