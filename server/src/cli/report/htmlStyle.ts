/**
 * The report page's one inline style sheet: screen and print (A4/Letter). No external resource:
 * the page's Content-Security-Policy allows inline styles only.
 */
import { HEALTH_COLOR } from './svg.js';

export const CSS = `
:root { color-scheme: light; --ink: #1d2733; --muted: #5b6773; --line: #d9dee3; --accent: #123e5c; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); margin: 24px auto; max-width: 1280px; padding: 0 16px; }
h1 { font-size: 22px; margin: 0 0 4px; color: var(--accent); }
h2 { font-size: 17px; margin: 28px 0 10px; border-bottom: 2px solid var(--accent); padding-bottom: 4px; }
h3 { font-size: 15px; margin: 16px 0 4px; }
.muted { color: var(--muted); }
.cards { display: flex; flex-wrap: wrap; gap: 10px; margin: 14px 0; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; min-width: 150px; }
.card b { display: block; font-size: 20px; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(370px, 1fr)); gap: 16px; }
figure { margin: 0; border: 1px solid var(--line); border-radius: 6px; padding: 10px; overflow-x: auto; }
figcaption { font-weight: 600; margin-bottom: 6px; }
figure svg { max-width: 100%; height: auto; }
figure.wide { grid-column: 1 / -1; }
svg text { font: 12px system-ui, sans-serif; fill: var(--ink); }
svg .small { font-size: 10px; }
svg .axis { fill: var(--muted); }
svg .value { font-weight: 600; }
svg .on-color, svg .cell { fill: #fff; font-weight: 600; }
svg .bar { fill: var(--accent); }
svg .grid { stroke: var(--line); stroke-width: 1; }
svg .lane { stroke: #eef1f3; stroke-width: 1; }
svg .asof { stroke: #6a1b9a; stroke-width: 1.5; stroke-dasharray: 4 3; }
svg .asof-label { fill: #6a1b9a; }
svg .ms-done { fill: #9e9e9e; }
svg .ms-overdue { fill: ${HEALTH_COLOR.red}; }
svg .ms-upcoming { fill: #1565c0; }
svg .golive { fill: none; stroke: var(--accent); stroke-width: 2; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { border: 1px solid var(--line); padding: 4px 6px; text-align: left; vertical-align: top; }
th { background: #f3f6f8; }
td.num { text-align: right; white-space: nowrap; }
.health { display: inline-block; padding: 0 6px; border-radius: 8px; color: #fff; font-size: 12px; white-space: nowrap; }
.health.green { background: ${HEALTH_COLOR.green}; } .health.amber { background: ${HEALTH_COLOR.amber}; color: #1d2733; }
.health.red { background: ${HEALTH_COLOR.red}; } .health.none { background: ${HEALTH_COLOR.none}; }
.sev-error { color: ${HEALTH_COLOR.red}; font-weight: 600; } .sev-warning { color: #9a6700; }
code { font-size: 12px; }
.highlight { border: 1px solid var(--line); border-radius: 6px; padding: 4px 12px 10px; margin: 12px 0; }
.highlight h3 { margin-top: 8px; }
ul.reasons { margin: 4px 0 8px; padding-left: 18px; }
li.reason.red { color: ${HEALTH_COLOR.red}; } li.reason.amber { color: #7a5200; } li.reason.waived { color: var(--muted); }
dl.facts { display: grid; grid-template-columns: 170px 1fr; gap: 2px 10px; margin: 6px 0; }
dl.facts dt { font-weight: 600; } dl.facts dd { margin: 0; }
table caption { text-align: left; font-weight: 600; padding: 6px 0 2px; }
table.decisions, table.waivers { margin-top: 6px; }
table.decisions td:first-child, table.decisions td:nth-child(5), table.waivers td:last-child { white-space: nowrap; }
table.waivers .why { white-space: normal; }
tr.exception td { background: #fff6e0; }
.person { border-bottom: 1px dotted var(--muted); }
svg .ms-label { font-size: 9px; fill: var(--muted); }
.legend { font-size: 12px; }
.legend .dot { display: inline-block; width: 9px; height: 9px; border-radius: 50%; margin: 0 3px 0 8px; }
.legend .done { background: #9e9e9e; } .legend .overdue { background: ${HEALTH_COLOR.red}; } .legend .upcoming { background: #1565c0; }
@media print { .legend .dot { print-color-adjust: exact; -webkit-print-color-adjust: exact; } }
pre { background: #f6f8fa; padding: 8px; overflow-x: auto; font-size: 12px; }
@media print {
  body { margin: 0; max-width: none; font-size: 11px; }
  h2 { break-after: avoid; }
  figure, tr, .risk, .highlight { break-inside: avoid; }
  .highlight { border-color: #bbb; }
  .person { border-bottom: none; }
  figure { overflow: visible; }
  .charts { grid-template-columns: 1fr 1fr; }
  thead { display: table-header-group; }
  details { display: block; } details > summary { display: none; }
}
`;
