/** Who holds each role a Stakeholders table's Role cells name (split from people.ts). */
import { rolesIn } from '../domain.js';
import type { Row } from '../model.js';
import { normPerson } from './personForm.js';

/**
 * The stakeholders by each role their Role cell names (`rolesIn`), normalised, in table order: a
 * role one of them holds names that one (contract §2); several holders make it ambiguous.
 */
export function holdersOfRoles(rows: readonly Row[]): Map<string, Row[]> {
  const roles = new Map<string, Row[]>();
  for (const row of rows) {
    const cell = row.value('role');
    if (!cell) continue;
    for (const role of new Set(rolesIn(cell).map(normPerson))) {
      const holders = roles.get(role);
      if (holders) holders.push(row);
      else roles.set(role, [row]);
    }
  }
  return roles;
}
