/**
 * The report's charts as inline SVG strings: no script, no external font or image, fixed sizes
 * and rounded coordinates so the same data always gives the same bytes. Every text goes through
 * `escapeHtml` (SVG inside HTML is parsed as HTML).
 */
import { riskBand, type RiskBand } from '../../engine/domain.js';
import { escapeHtml } from '../../engine/sanitize.js';
import { addDays, daysBetween } from '../../engine/isoDate.js';
import type { Health, IsoDate } from '../../engine/types.js';
import type { PortfolioTotals, ReportRow } from './model.js';
import { STAGE_KEYS } from './model.js';
import { clipText, plural } from '../../engine/text.js';
import { planLabels } from './planLabel.js';

export const HEALTH_COLOR: Record<Health | 'none', string> = {
  green: '#2e7d32',
  amber: '#f2a900',
  red: '#c62828',
  none: '#9e9e9e',
};

const round = (n: number): string => String(Math.round(n * 10) / 10);

function svg(width: number, height: number, label: string, body: string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(label)}">`,
    `<title>${escapeHtml(label)}</title>`,
    ...body,
    '</svg>',
  ].join('\n');
}

function textAt(x: number, y: number, content: string, attrs = ''): string {
  return `<text x="${round(x)}" y="${round(y)}"${attrs ? ` ${attrs}` : ''}>${escapeHtml(content)}</text>`;
}

/** Plans per stage, as horizontal bars. */
export function stageChart(totals: PortfolioTotals): string {
  const width = 360;
  const rowHeight = 24;
  const labelWidth = 90;
  const barMax = width - labelWidth - 50;
  const keys = STAGE_KEYS.filter((k) => k !== 'unknown' || totals.byStage.unknown > 0);
  const max = Math.max(1, ...keys.map((k) => totals.byStage[k]));
  const body = keys.flatMap((k, i) => {
    const y = 10 + i * rowHeight;
    const w = (totals.byStage[k] / max) * barMax;
    return [
      textAt(labelWidth - 8, y + 15, k, 'text-anchor="end" class="axis"'),
      `<rect x="${labelWidth}" y="${y + 3}" width="${round(w)}" height="${rowHeight - 8}" class="bar"/>`,
      textAt(labelWidth + w + 6, y + 15, String(totals.byStage[k]), 'class="value"'),
    ];
  });
  const label = `Plans by stage: ${keys.map((k) => `${k} ${totals.byStage[k]}`).join(', ')}`;
  return svg(width, 20 + keys.length * rowHeight, label, body);
}

/** Reported and derived health as two stacked bars. */
export function healthChart(totals: PortfolioTotals): string {
  const width = 360;
  const labelWidth = 90;
  const barWidth = width - labelWidth - 10;
  const bars: { label: string; counts: Record<Health | 'none', number> }[] = [
    // Both bars count the plans whose stage has a health; the headline gives the others.
    { label: 'reported', counts: totals.byHealth },
    { label: 'derived', counts: { ...totals.byDerivedHealth, none: 0 } },
  ];
  const keys: (Health | 'none')[] = ['green', 'amber', 'red', 'none'];
  const body: string[] = [];
  bars.forEach((bar, i) => {
    const y = 10 + i * 34;
    const total = keys.reduce((n, k) => n + bar.counts[k], 0);
    body.push(textAt(labelWidth - 8, y + 17, bar.label, 'text-anchor="end" class="axis"'));
    let x = labelWidth;
    for (const k of keys) {
      const n = bar.counts[k];
      if (n === 0 || total === 0) continue;
      const w = (n / total) * barWidth;
      body.push(
        `<rect x="${round(x)}" y="${y}" width="${round(w)}" height="24" fill="${HEALTH_COLOR[k]}"><title>${escapeHtml(`${bar.label} ${k}: ${n}`)}</title></rect>`,
      );
      if (w >= 18) body.push(textAt(x + w / 2, y + 17, String(n), 'text-anchor="middle" class="on-color"'));
      x += w;
    }
  });
  const legendY = 90;
  keys.forEach((k, i) => {
    const x = labelWidth + i * 64;
    body.push(`<rect x="${x}" y="${legendY - 10}" width="10" height="10" fill="${HEALTH_COLOR[k]}"/>`);
    body.push(textAt(x + 14, legendY, k === 'none' ? 'none' : k, 'class="axis"'));
  });
  // The text alternative says what the bars show, and which plans they leave out.
  const h = totals.byHealth;
  const d = totals.byDerivedHealth;
  const label =
    `Health of the plans that are rated: reported ${h.green} green, ${h.amber} amber, ${h.red} red, ${h.none} not reported; ` +
    `derived ${d.green} green, ${d.amber} amber, ${d.red} red; ${h.notRated} not rated, not shown`;
  return svg(width, 100, label, body);
}

/** The heat map's colour of each risk band (domain.ts), from red down to green. */
const BAND_COLOR: Readonly<Record<RiskBand, string>> = {
  high: HEALTH_COLOR.red,
  significant: '#ef6c00',
  moderate: HEALTH_COLOR.amber,
  low: HEALTH_COLOR.green,
};

/** Open risks by likelihood × impact, coloured by the score's risk band (at the plans' high-risk score). */
export function heatMapChart(totals: PortfolioTotals): string {
  const cell = 44;
  const left = 50;
  const top = 10;
  const body: string[] = [];
  for (let l = 5; l >= 1; l--) {
    const y = top + (5 - l) * cell;
    body.push(textAt(left - 8, y + cell / 2 + 5, String(l), 'text-anchor="end" class="axis"'));
    for (let i = 1; i <= 5; i++) {
      const x = left + (i - 1) * cell;
      const n = totals.heatMap[l - 1]![i - 1]!;
      const opacity = n === 0 ? 0.12 : 0.55 + 0.45 * Math.min(1, n / 10);
      body.push(
        `<rect x="${x}" y="${y}" width="${cell - 2}" height="${cell - 2}" fill="${BAND_COLOR[riskBand(l * i, totals.highRiskScore)]}" fill-opacity="${round(opacity)}"><title>${escapeHtml(`likelihood ${l} × impact ${i}: ${plural(n, 'open risk')}`)}</title></rect>`,
      );
      if (n > 0) body.push(textAt(x + cell / 2 - 1, y + cell / 2 + 4, String(n), 'text-anchor="middle" class="cell"'));
    }
  }
  for (let i = 1; i <= 5; i++)
    body.push(
      textAt(left + (i - 1) * cell + cell / 2 - 1, top + 5 * cell + 14, String(i), 'text-anchor="middle" class="axis"'),
    );
  body.push(textAt(left + (5 * cell) / 2, top + 5 * cell + 32, 'impact', 'text-anchor="middle" class="axis"'));
  body.push(
    textAt(
      14,
      top + (5 * cell) / 2,
      'likelihood',
      `text-anchor="middle" class="axis" transform="rotate(-90 14 ${round(top + (5 * cell) / 2)})"`,
    ),
  );
  // The text alternative lists the cells that hold risks, as a sighted reader sees them, worst first.
  const placed: string[] = [];
  for (let l = 5; l >= 1; l--)
    for (let i = 5; i >= 1; i--) {
      const n = totals.heatMap[l - 1]![i - 1]!;
      if (n > 0) placed.push(`likelihood ${l} × impact ${i}: ${n}`);
    }
  const label = `Open risks: likelihood by impact${placed.length ? `; ${placed.join(', ')}` : '; none placed'}`;
  return svg(left + 5 * cell + 10, top + 5 * cell + 40, label, body);
}

/** First days of months between two dates, every `step` months (1, 2, 3, 6 or 12), for axis ticks. */
function ticks(from: IsoDate, to: IsoDate, step: number): IsoDate[] {
  const out: IsoDate[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  for (;;) {
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
    if ((month - 1) % step !== 0) continue;
    const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
    if (date > to) return out;
    out.push(date);
  }
}

/** The smallest month step whose ticks stand at least 60 px apart. */
function tickStep(spanDays: number, plotWidth: number): number {
  const pxPerMonth = (plotWidth / Math.max(1, spanDays)) * 30.44;
  return [1, 2, 3, 6, 12, 24, 60].find((step) => step * pxPerMonth >= 60) ?? 120;
}

export const TIMELINE_MAX_PLANS = 40;

/** A plan's file as short as a timeline label is: its name without `.plan.md` (the whole path in the tooltips). */
function fileLabel(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1).replace(/(?:\.plan)?\.md$/i, '');
  return clipText(name, 20);
}

/**
 * One line per plan (earliest go-live first, at most TIMELINE_MAX_PLANS): its dated milestones
 * as dots (done grey, overdue red, upcoming blue) and its go-live as a diamond; the as-of date
 * as a vertical line.
 */
export function timelineChart(
  rows: readonly ReportRow[],
  asOf: IsoDate,
): { svg: string; shown: number; total: number } | undefined {
  const dated = rows.filter((r) => r.timeline.length > 0 || r.goLive);
  if (dated.length === 0) return undefined;
  const sorted = [...dated].sort(
    (a, b) =>
      (a.goLive ?? '9999').localeCompare(b.goLive ?? '9999') || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
  );
  const shown = sorted.slice(0, TIMELINE_MAX_PLANS);
  const dates = [
    asOf,
    ...shown.flatMap((r) => [...r.timeline.map((p) => p.due), ...(r.goLive ? [r.goLive] : [])]),
  ].sort();
  const start = addDays(dates[0]!, -7);
  const end = addDays(dates[dates.length - 1]!, 7);
  const span = Math.max(1, daysBetween(start, end));
  const labelWidth = 130;
  const plotWidth = 900;
  // Tall enough for a milestone ID above or below each dot: the IDs stay readable on paper.
  const rowHeight = 34;
  const top = 24;
  const height = top + shown.length * rowHeight + 10;
  const x = (d: IsoDate): number => labelWidth + (daysBetween(start, d) / span) * plotWidth;

  const body: string[] = [];
  for (const t of ticks(start, end, tickStep(span, plotWidth))) {
    body.push(`<line x1="${round(x(t))}" y1="${top - 6}" x2="${round(x(t))}" y2="${height - 6}" class="grid"/>`);
    // A label too close to the right edge would be clipped.
    if (x(t) < labelWidth + plotWidth - 40) body.push(textAt(x(t) + 2, top - 10, t.slice(0, 7), 'class="axis small"'));
  }
  const label = planLabels(rows);
  shown.forEach((r, i) => {
    const y = top + i * rowHeight + rowHeight / 2;
    // A plan whose id another plan shares has its file beneath the id, so the two lines differ.
    const { id, path } = label(r);
    const name = id === undefined ? r.path : path !== undefined ? `${id} ${path}` : id;
    if (id !== undefined && path !== undefined) {
      body.push(textAt(labelWidth - 8, y, id, 'text-anchor="end" class="axis small"'));
      body.push(textAt(labelWidth - 8, y + 11, fileLabel(path), 'text-anchor="end" class="axis small"'));
    } else body.push(textAt(labelWidth - 8, y + 4, id ?? r.path, 'text-anchor="end" class="axis small"'));
    body.push(`<line x1="${labelWidth}" y1="${y}" x2="${labelWidth + plotWidth}" y2="${y}" class="lane"/>`);
    [...r.timeline]
      .sort((a, b) => a.due.localeCompare(b.due))
      .forEach((p, k) => {
        body.push(
          `<circle cx="${round(x(p.due))}" cy="${y}" r="4" class="ms-${p.state}"><title>${escapeHtml(`${name} ${p.id}: ${p.due} (${p.state})`)}</title></circle>`,
        );
        // Alternate above and below, so neighbouring labels do not overlap.
        body.push(textAt(x(p.due), k % 2 === 0 ? y - 7 : y + 14, p.id, 'text-anchor="middle" class="ms-label"'));
      });
    if (r.goLive) {
      const gx = x(r.goLive);
      body.push(
        `<path d="M${round(gx)} ${y - 6} l6 6 l-6 6 l-6 -6 z" class="golive"><title>${escapeHtml(`${name} go-live ${r.goLive}`)}</title></path>`,
      );
    }
  });
  body.push(`<line x1="${round(x(asOf))}" y1="${top - 6}" x2="${round(x(asOf))}" y2="${height - 6}" class="asof"/>`);
  body.push(textAt(x(asOf) + 3, height - 2, `as of ${asOf}`, 'class="axis small asof-label"'));
  return {
    svg: svg(labelWidth + plotWidth + 20, height + 6, 'Milestone timeline', body),
    shown: shown.length,
    total: dated.length,
  };
}
