/**
 * The portfolio as a table of rows: the columns, how each one sorts, what the filter box matches,
 * and the same rows as CSV and Markdown. Pure (no DOM, no VS Code API): the page renders these
 * rows, the webview script sorts and filters them with `compareCells` and `matchesFilter`, and
 * the extension exports the rows the user sees with `visibleRows`.
 */
import { comparePlans, stageLabel, stageRank } from '../../../server/src/engine/domain.js';
import { escapeMarkdownText, singleLine } from '../../../server/src/engine/sanitize.js';
import { dateShown } from '../../../server/src/engine/isoDate.js';
import type { PortfolioEntry, PortfolioResult } from '../../../server/src/protocol.js';
import { HEALTH_GROUPS, healthGroup, healthText, type HealthGroup } from '../views/health.js';
import { fileName } from '../views/treeModel.js';

export interface PortfolioRow {
  readonly uri: string;
  /** The plan id, or the file name when the plan has none. */
  readonly id: string;
  readonly title: string;
  readonly service: string;
  readonly stage: string | undefined;
  readonly health: HealthGroup;
  /** The health in words: the group's label, or a health not read as written (`healthText`). */
  readonly healthText: string;
  readonly goLive: string;
  /** The next open milestone as `M-05 2026-12-04` (forecast, else baseline), or empty. */
  readonly next: string;
  readonly highRisks: number;
  readonly handoversAccepted: number;
  readonly handoversTotal: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

export type SortDirection = 'ascending' | 'descending';

/** What the user chose in the webview: a sort column and direction, and the filter text. */
export interface PortfolioView {
  readonly sort?: ColumnKey | undefined;
  readonly direction: SortDirection;
  readonly filter: string;
}

export const DEFAULT_VIEW: PortfolioView = { direction: 'ascending', filter: '' };

/** A sort value: a number, a string, or empty (always listed last, whatever the direction). */
export type SortValue = number | string;

interface Column {
  /** Header text (also the CSV and Markdown header). */
  readonly label: string;
  /** How the webview compares the cells' `data-sort` text: as numbers or as text. */
  readonly sort: 'number' | 'text';
  /** A right-aligned count column. */
  readonly count: boolean;
  readonly sortValue: (row: PortfolioRow) => SortValue;
}

const COLUMN_DEFS = {
  id: { label: 'Transition', sort: 'text', count: false, sortValue: (r) => r.id },
  service: { label: 'Service', sort: 'text', count: false, sortValue: (r) => r.service },
  stage: { label: 'Stage', sort: 'number', count: false, sortValue: (r) => stageRank(r.stage) },
  health: { label: 'Health', sort: 'number', count: false, sortValue: (r) => HEALTH_GROUPS.indexOf(r.health) },
  goLive: { label: 'Go-live', sort: 'text', count: false, sortValue: (r) => r.goLive },
  highRisks: { label: 'Open high risks', sort: 'number', count: true, sortValue: (r) => r.highRisks },
  handovers: {
    label: 'Handovers accepted',
    sort: 'number',
    count: true,
    sortValue: (r) => (r.handoversTotal ? r.handoversAccepted / r.handoversTotal : ''),
  },
  errors: { label: 'Errors', sort: 'number', count: true, sortValue: (r) => r.errors },
  warnings: { label: 'Warnings', sort: 'number', count: true, sortValue: (r) => r.warnings },
  infos: { label: 'Info', sort: 'number', count: true, sortValue: (r) => r.infos },
} as const satisfies Record<string, Column>;

export type ColumnKey = keyof typeof COLUMN_DEFS;

export const COLUMNS: Readonly<Record<ColumnKey, Column>> = COLUMN_DEFS;
export const COLUMN_KEYS = Object.keys(COLUMN_DEFS) as ColumnKey[];

export function isColumnKey(value: unknown): value is ColumnKey {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(COLUMN_DEFS, value);
}

function rowOf(p: PortfolioEntry): PortfolioRow {
  const s = p.overview;
  const next = s.nextMilestone;
  return {
    uri: p.uri,
    id: s.id ?? fileName(p.uri),
    title: s.title ?? '',
    service: s.service ?? '',
    stage: s.stage,
    health: healthGroup(s),
    healthText: healthText(s),
    goLive: dateShown(s.dates.goLive, s.datesWritten.goLive) ?? '',
    next: next ? `${next.id} ${next.forecast ?? next.baseline ?? ''}`.trim() : '',
    highRisks: s.openHighRisks,
    handoversAccepted: s.handoversAccepted,
    handoversTotal: s.handoversTotal,
    errors: p.counts.errors,
    warnings: p.counts.warnings,
    infos: p.counts.infos,
  };
}

/** One row per plan in the portfolio order (stage, then id). */
export function portfolioRows(portfolio: PortfolioResult | undefined): PortfolioRow[] {
  const plans = [...(portfolio?.plans ?? [])].sort((a, b) =>
    comparePlans(
      { stage: a.overview.stage, id: a.overview.id, key: a.uri },
      { stage: b.overview.stage, id: b.overview.id, key: b.uri },
    ),
  );
  return plans.map(rowOf);
}

/** Orders two sort values in `direction`; empty values come last either way. */
export function compareCells(a: SortValue, b: SortValue, direction: SortDirection): number {
  const aEmpty = a === '';
  const bEmpty = b === '';
  if (aEmpty || bEmpty) return Number(aEmpty) - Number(bEmpty);
  const order =
    typeof a === 'number' && typeof b === 'number'
      ? a - b
      : String(a).localeCompare(String(b), 'en', { numeric: true, sensitivity: 'base' });
  return direction === 'ascending' ? order : 0 - order;
}

/** The text the filter box searches in a row: id, title, service, stage, health and go-live. */
export function filterText(row: PortfolioRow): string {
  return [row.id, row.title, row.service, stageLabel(row.stage), row.healthText, row.goLive].join(' ').toLowerCase();
}

/** Whether every word of `query` occurs in `text` (case-insensitive); an empty query matches all. */
export function matchesFilter(text: string, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const haystack = text.toLowerCase();
  return words.every((w) => haystack.includes(w));
}

/** The rows the user sees: filtered, then sorted (ties keep the portfolio order). */
export function visibleRows(rows: readonly PortfolioRow[], view: PortfolioView): PortfolioRow[] {
  const shown = rows.filter((r) => matchesFilter(filterText(r), view.filter));
  const column = view.sort ? COLUMNS[view.sort] : undefined;
  if (!column) return shown;
  return shown
    .map((row, index) => ({ row, index }))
    .sort((a, b) => compareCells(column.sortValue(a.row), column.sortValue(b.row), view.direction) || a.index - b.index)
    .map((x) => x.row);
}

// ---------------------------------------------------------------------------------------------
// Export: CSV and Markdown from the same cells

const EXPORT_HEADER = [
  'ID',
  'Title',
  'Service',
  'Stage',
  'Health',
  'Go-live',
  'Next milestone',
  'Open high risks',
  'Handovers accepted',
  'Handovers total',
  'Errors',
  'Warnings',
  'Info',
];

function exportCells(r: PortfolioRow): (string | number)[] {
  return [
    r.id,
    r.title,
    r.service,
    r.stage ? stageLabel(r.stage) : '',
    r.healthText,
    r.goLive,
    r.next,
    r.highRisks,
    r.handoversAccepted,
    r.handoversTotal,
    r.errors,
    r.warnings,
    r.infos,
  ];
}

/**
 * One CSV field: a text that a spreadsheet would run as a formula (starting with `=`, `+`, `-`,
 * `@`, tab or CR) gets a leading apostrophe; line breaks become spaces and control characters
 * visible escapes; quoted per RFC 4180 when it holds a quote, comma or semicolon.
 */
export function csvField(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const neutral = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  const text = singleLine(neutral);
  return /[",;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The rows as CSV (RFC 4180: CRLF line ends, a header row). */
export function toCsv(rows: readonly PortfolioRow[]): string {
  return [EXPORT_HEADER, ...rows.map(exportCells)].map((cells) => cells.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** One Markdown table cell that renders as the literal text (see `escapeMarkdownText`). */
export function markdownCell(value: string | number): string {
  return typeof value === 'number' ? String(value) : escapeMarkdownText(value);
}

/** The rows as a GFM table, under a line saying what and when. */
export function toMarkdown(rows: readonly PortfolioRow[], asOf: string): string {
  const line = (cells: readonly (string | number)[]) => `| ${cells.map(markdownCell).join(' | ')} |`;
  const align = EXPORT_HEADER.map((_, i) => (i >= 7 ? '---:' : '---'));
  return [
    `Transition portfolio as of ${markdownCell(asOf)} (${rows.length} ${rows.length === 1 ? 'plan' : 'plans'})`,
    '',
    line(EXPORT_HEADER),
    `| ${align.join(' | ')} |`,
    ...rows.map((r) => line(exportCells(r))),
    '',
  ].join('\n');
}
