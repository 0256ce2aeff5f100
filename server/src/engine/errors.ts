/**
 * How a caught value is told, whatever was thrown: `errorMessage` for a user-facing line,
 * `errorDetail` (with the stack when there is one) for logs and internal errors.
 */
export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export function errorDetail(err: unknown): string {
  return err instanceof Error ? (err.stack ?? err.message) : String(err);
}
