/**
 * The portfolio page: every transition in one table with its stage, health, go-live, open high
 * risks, handovers and finding counts. The columns sort with header buttons (`aria-sort` on the
 * sorted one) and a filter box narrows the rows; the webview script does both in place, and
 * keeps the choice in the webview state. Copy as Markdown and Export CSV take the same rows.
 */
import { stageLabel } from '../../../server/src/engine/domain.js';
import type { PortfolioResult } from '../../../server/src/protocol.js';
import { countByHealth, HEALTH_GROUP_LABEL, UNRATED_GROUPS } from '../views/health.js';
import { join, markup, type SafeHtml } from './html.js';
import {
  COLUMN_KEYS,
  COLUMNS,
  type ColumnKey,
  filterText,
  portfolioRows,
  type PortfolioRow,
} from './portfolioTable.js';
import {
  empty,
  healthBadge,
  healthGroupBadge,
  noteLine,
  page,
  type PageResources,
  renderHealthReasonsFolded,
} from './widgets.js';

/** The whole portfolio document. */
export function renderPortfolioPage(res: PageResources, portfolio: PortfolioResult | undefined, note?: string): string {
  const root = markup`<main id="root" data-view="portfolio">${renderPortfolioBody(portfolio, note)}</main>`;
  return page(res, 'portfolio', 'Transition portfolio', root);
}

function sortValueAttr(key: ColumnKey, row: PortfolioRow): SafeHtml {
  return markup` data-sort="${COLUMNS[key].sortValue(row)}"`;
}

function count(n: number, cls: string): SafeHtml | number {
  return n ? markup`<span class="count-badge ${cls}">${n}</span>` : 0;
}

function portfolioRow(row: PortfolioRow, index: number, portfolio: PortfolioResult): SafeHtml {
  const status = portfolio.plans.find((p) => p.uri === row.uri)!.overview;
  const next = row.next ? markup`<div class="muted">next <span class="nowrap">${row.next}</span></div>` : '';
  const handovers = row.handoversTotal ? `${row.handoversAccepted}/${row.handoversTotal}` : '–';
  const cell = (key: ColumnKey, cls: string, content: SafeHtml | string | number) =>
    markup`<td class="${cls}"${sortValueAttr(key, row)}>${content}</td>`;
  return markup`<tr data-index="${index}" data-filter="${filterText(row)}">
<th scope="row"${sortValueAttr('id', row)}><button type="button" class="link plan-link" data-action="open" data-uri="${row.uri}" data-key="open:${row.uri}">${row.id}</button><div class="muted title">${row.title}</div></th>
${cell('service', 'service', row.service || '–')}
${cell('stage', 'stage', stageLabel(row.stage))}
${cell('health', 'health', markup`${healthGroupBadge(row.health, row.healthText)}${renderHealthReasonsFolded(status, row.uri)}`)}
${cell('goLive', 'when', markup`${row.goLive || '–'}${next}`)}
${cell('highRisks', 'num', count(row.highRisks, 'sev-warning'))}
${cell('handovers', 'num', handovers)}
${cell('errors', 'num', count(row.errors, 'sev-error'))}
${cell('warnings', 'num', count(row.warnings, 'sev-warning'))}
${cell('infos', 'num', row.infos)}
</tr>`;
}

/** A header cell whose button sorts by its column (the script sets `aria-sort` on the sorted one). */
function headerCell(key: ColumnKey): SafeHtml {
  const c = COLUMNS[key];
  return markup`<th scope="col" class="${c.count ? 'num' : ''}" data-col="${key}" data-sort-type="${c.sort}"><button type="button" class="sort" data-action="sort" data-col="${key}" data-key="sort:${key}">${c.label}<span class="sort-icon" aria-hidden="true"></span></button></th>`;
}

function summary(portfolio: PortfolioResult, rows: readonly PortfolioRow[]): SafeHtml {
  const byHealth = countByHealth(portfolio.plans.map((p) => p.overview));
  const unrated = UNRATED_GROUPS.filter((g) => byHealth[g] > 0).map(
    (g) => markup`<span class="badge health-${g}">${byHealth[g]} ${HEALTH_GROUP_LABEL[g].toLowerCase()}</span>`,
  );
  const total = rows.reduce(
    (t, r) => ({ errors: t.errors + r.errors, warnings: t.warnings + r.warnings, infos: t.infos + r.infos }),
    { errors: 0, warnings: 0, infos: 0 },
  );
  return markup`<p class="summary"><span class="badge">${rows.length} ${rows.length === 1 ? 'transition' : 'transitions'}</span>${healthBadge('green', `${byHealth.green} `)}${healthBadge('amber', `${byHealth.amber} `)}${healthBadge('red', `${byHealth.red} `)}${join(unrated)}
<span class="muted">${total.errors} ${total.errors === 1 ? 'error' : 'errors'}, ${total.warnings} ${total.warnings === 1 ? 'warning' : 'warnings'}, ${total.infos} info</span></p>`;
}

function toolbar(rows: readonly PortfolioRow[]): SafeHtml {
  return markup`<div class="toolbar">
<label for="portfolio-filter">Filter</label>
<input type="search" id="portfolio-filter" data-key="filter" placeholder="id, title, service, stage, health" autocomplete="off" spellcheck="false">
<span id="portfolio-shown" class="muted" role="status">${rows.length} of ${rows.length} shown</span>
<span class="actions">
<button type="button" class="secondary" data-action="copyMarkdown" data-key="copyMarkdown">Copy as Markdown</button>
<button type="button" class="secondary" data-action="exportCsv" data-key="exportCsv">Export CSV…</button>
<button type="button" class="secondary" data-action="refresh" data-key="refresh">Refresh</button>
</span>
</div>`;
}

export function renderPortfolioBody(portfolio: PortfolioResult | undefined, note?: string): SafeHtml {
  if (!portfolio) {
    return markup`<div class="placeholder"><h1>Transition portfolio</h1><p>${note ?? 'Loading…'}</p></div>`;
  }
  const rows = portfolioRows(portfolio);
  const header = markup`<header class="plan-header"><p class="eyebrow">Portfolio · as of ${portfolio.asOf}</p><h1>Transition portfolio</h1>
${summary(portfolio, rows)}</header>`;
  if (!rows.length) {
    return markup`${noteLine(note)}${header}${empty('No transition plans in this workspace. Run "Handoff: New Transition Plan" to create one.')}
<p><button type="button" class="secondary" data-action="refresh" data-key="refresh">Refresh</button></p>`;
  }
  return markup`${noteLine(note)}${header}
${toolbar(rows)}
<div class="table-wrap"><table class="data portfolio" id="portfolio-table">
<caption class="sr-only">Transitions, one per row; the column buttons sort them</caption>
<thead><tr>${join(COLUMN_KEYS.map(headerCell))}</tr></thead>
<tbody>${join(rows.map((r, i) => portfolioRow(r, i, portfolio)))}</tbody></table></div>
<p class="empty" id="portfolio-none" hidden>No transition matches the filter.</p>`;
}
