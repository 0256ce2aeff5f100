/** File-name slugs, with no VS Code import: the new-plan wizard and the snippets generator share it. */

/** `Payroll to the Cloud!` → `payroll-to-the-cloud` (at most 60 characters; `transition` if nothing is left). */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'transition';
}
