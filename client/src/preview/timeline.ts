/**
 * The milestone chart of the status preview: an inline SVG of baseline, forecast and actual dates
 * against the as-of date and go-live, followed by the same facts as a table (what screen readers
 * and narrow panes read).
 */
import type { MilestoneView, PlanStatus } from '../../../server/src/protocol.js';
import { join, markup, type SafeHtml } from './html.js';
import { empty, revealButton } from './widgets.js';

const DAY_MS = 86_400_000;

function dayNumber(iso: string | undefined): number | undefined {
  if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return undefined;
  const t = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return Number.isNaN(t) ? undefined : Math.round(t / DAY_MS);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** First-of-month ticks between two day numbers, thinned to at most ~8 labels. */
function monthTicks(from: number, to: number): { day: number; label: string }[] {
  const start = new Date(from * DAY_MS);
  let y = start.getUTCFullYear();
  let m = start.getUTCMonth() + 1;
  const ticks: { day: number; label: string }[] = [];
  for (;;) {
    if (m > 11) {
      m = 0;
      y++;
    }
    const day = Math.round(Date.UTC(y, m, 1) / DAY_MS);
    if (day > to) break;
    ticks.push({ day, label: `${MONTHS[m]} ${String(y).slice(2)}` });
    m++;
  }
  const step = Math.max(1, Math.ceil(ticks.length / 8));
  return ticks.filter((_, i) => i % step === 0);
}

export function renderTimeline(s: PlanStatus): SafeHtml {
  const ms = s.milestones;
  if (!ms.length) return empty('No milestones yet.');
  const asOf = dayNumber(s.asOf);
  const goLive = dayNumber(s.dates.goLive);
  const days = ms
    .flatMap((m) => [dayNumber(m.baseline), dayNumber(m.forecast), dayNumber(m.actual)])
    .concat([asOf, goLive])
    .filter((d): d is number => d !== undefined);
  const table = renderMilestoneTable(ms);
  if (!days.length) return table;
  let min = Math.min(...days);
  let max = Math.max(...days);
  if (max - min < 30) {
    min -= 15;
    max += 15;
  }
  const pad = Math.round((max - min) * 0.04);
  min -= pad;
  max += pad;

  const width = 680;
  const left = 64;
  const right = 16;
  const top = 28;
  const rowH = 22;
  const height = top + ms.length * rowH + 12;
  const x = (d: number) => (left + ((d - min) / (max - min)) * (width - left - right)).toFixed(1);

  const ticks = monthTicks(min, max).map(
    (t) =>
      markup`<g class="tick"><line x1="${x(t.day)}" x2="${x(t.day)}" y1="${top - 6}" y2="${height - 8}"></line><text x="${x(t.day)}" y="${top - 10}" text-anchor="middle">${t.label}</text></g>`,
  );
  const marker = (d: number | undefined, cls: string, label: string) =>
    d === undefined
      ? ''
      : markup`<g class="${cls}"><line x1="${x(d)}" x2="${x(d)}" y1="${top - 4}" y2="${height - 8}"></line><text x="${x(d)}" y="${height - 1}" text-anchor="middle">${label}</text></g>`;

  const rows = ms.map((m, i) => {
    const y = top + i * rowH + rowH / 2;
    const b = dayNumber(m.baseline);
    const f = dayNumber(m.forecast);
    const a = dayNumber(m.actual);
    const state = m.done ? 'done' : m.overdue ? 'overdue' : (m.slipDays ?? 0) > 0 ? 'late' : 'ontrack';
    const parts: SafeHtml[] = [];
    if (b !== undefined && f !== undefined && b !== f) {
      parts.push(markup`<line class="slip" x1="${x(b)}" x2="${x(f)}" y1="${y}" y2="${y}"></line>`);
    }
    if (b !== undefined) {
      const cx = Number(x(b));
      parts.push(
        markup`<path class="baseline" d="M${cx} ${y - 6} L${cx + 6} ${y} L${cx} ${y + 6} L${cx - 6} ${y} Z"></path>`,
      );
    }
    if (f !== undefined) parts.push(markup`<circle class="forecast" cx="${x(f)}" cy="${y}" r="4.5"></circle>`);
    if (a !== undefined) {
      parts.push(markup`<rect class="actual" x="${Number(x(a)) - 3.5}" y="${y - 3.5}" width="7" height="7"></rect>`);
    }
    const desc = `${m.id} ${m.name}: baseline ${m.baseline ?? '–'}, forecast ${m.forecast ?? '–'}, actual ${m.actual ?? '–'}, ${m.status || 'no status'}${m.overdue ? ', overdue' : ''}`;
    return markup`<g class="ms ms-${state}"><title>${desc}</title><text class="ms-label" x="4" y="${y + 4}">${m.id}</text>${join(parts)}</g>`;
  });

  return markup`<figure class="timeline" tabindex="0">
<svg viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-labelledby="timeline-title">
<title id="timeline-title">Milestone timeline: baseline (diamond), forecast (circle) and actual (square) dates against the as-of date</title>
${join(ticks)}
${marker(goLive, 'golive', 'go-live')}
${marker(asOf, 'asof', 'as of')}
${join(rows)}
</svg>
<figcaption class="legend"><span class="lg"><span class="sym baseline" aria-hidden="true"></span>baseline</span><span class="lg"><span class="sym forecast" aria-hidden="true"></span>forecast</span><span class="lg"><span class="sym actual" aria-hidden="true"></span>actual</span><span class="lg"><span class="sym asof" aria-hidden="true"></span>as of <span class="nowrap">${s.asOf}</span></span></figcaption>
</figure>
${table}`;
}

function milestoneState(m: MilestoneView): SafeHtml {
  if (m.overdue) return markup`<span class="badge sev-error">Overdue</span>`;
  if (m.done) return markup`<span class="badge sev-ok">${m.status || 'Done'}</span>`;
  if ((m.slipDays ?? 0) > 0) return markup`<span class="badge sev-warning">${m.status || 'Late'}</span>`;
  return markup`<span class="badge">${m.status || '–'}</span>`;
}

function slipText(days: number | undefined): string {
  if (days === undefined) return '–';
  return days > 0 ? `+${days}` : String(days);
}

function renderMilestoneTable(ms: readonly MilestoneView[]): SafeHtml {
  const rows = ms.map(
    (m) =>
      markup`<tr class="${m.overdue ? 'overdue' : ''}"><th scope="row">${revealButton(m.line, m.id || '?')}</th><td>${m.name}</td><td class="when">${m.baseline ?? '–'}</td><td class="when">${m.forecast ?? '–'}</td><td class="when">${m.actual ?? '–'}</td><td class="num">${slipText(m.slipDays)}</td><td>${milestoneState(m)}</td></tr>`,
  );
  return markup`<table class="data"><thead><tr><th scope="col">ID</th><th scope="col">Milestone</th><th scope="col">Baseline</th><th scope="col">Forecast</th><th scope="col">Actual</th><th scope="col">Slip (days)</th><th scope="col">Status</th></tr></thead><tbody>${join(rows)}</tbody></table>`;
}
