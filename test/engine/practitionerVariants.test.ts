/**
 * The same plan, written the ways practitioners write it, gives the same findings. Each variant
 * rewrites every example plan line by line (so findings keep their lines) in one way the format
 * allows — numbered or upper-case headings, "&" for "and", the registers' common names, tables
 * without outer pipes or with padded cells, bold headers, month-name dates, health as coloured
 * circles, CRLF, trailing spaces — and must give
 * exactly the example's findings: rule, line, severity and message.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseConfig } from '../../server/src/engine/config.js';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { repoRoot } from '../helpers.js';

const engine = createPlanEngine();
const examples = path.join(repoRoot, 'examples');
const config = parseConfig(fs.readFileSync(path.join(examples, '.handoff.yaml'), 'utf8'), engine.rules).config;
const plans = fs
  .readdirSync(examples)
  .filter((f) => f.endsWith('.plan.md'))
  .sort();

/** Which lines are table rows (a header, its delimiter row and the rows under it). */
function tableLines(lines: readonly string[]): boolean[] {
  const inTable = lines.map(() => false);
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!lines[i]!.startsWith('|') || !/^\|[\s:|-]+\|$/.test(lines[i + 1]!)) continue;
    for (let j = i; j < lines.length && lines[j]!.startsWith('|'); j++) inTable[j] = true;
  }
  return inTable;
}

/** A table line's cells, as written between its pipes (escaped pipes stay in their cell). */
function cellsOf(line: string): string[] {
  return line.slice(1, line.trimEnd().endsWith('|') ? line.trimEnd().length - 1 : undefined).split(/(?<!\\)\|/);
}

/** Rewrites each table line; `rewrite` gets the line and the widths of its table's columns. */
function eachTableLine(text: string, rewrite: (line: string, widths: number[]) => string): string {
  const lines = text.split('\n');
  const inTable = tableLines(lines);
  let widths: number[] = [];
  return lines
    .map((line, i) => {
      if (!inTable[i]) return line;
      if (!inTable[i - 1]) {
        widths = [];
        for (let j = i; inTable[j]; j++)
          cellsOf(lines[j]!).forEach((c, k) => (widths[k] = Math.max(widths[k] ?? 0, c.trim().length)));
      }
      return rewrite(line, widths);
    })
    .join('\n');
}

/** Each table's header row with its cells renamed. */
function renameHeaders(text: string, rename: (cells: string[]) => string[]): string {
  const lines = text.split('\n');
  return lines
    .map((line, i) =>
      line.startsWith('|') && /^\|[\s:|-]+\|$/.test(lines[i + 1] ?? '')
        ? `| ${rename(cellsOf(line).map((c) => c.trim())).join(' | ')} |`
        : line,
    )
    .join('\n');
}

const STAGE_ORDER = ['Initiation', 'Planning', 'Control', 'Reporting', 'Closure'];

/**
 * Every stage and register heading numbered: a section by its stage's place in the lifecycle, a
 * register by its place in the section, each written the way `mark` writes it.
 */
function numberHeadings(
  text: string,
  mark: { section: (n: number) => string; register: (section: number, n: number) => string },
): string {
  let section = 0;
  let register = 0;
  return text.replace(/^(##|###) (.+)$/gm, (_, hashes: string, title: string) => {
    if (hashes === '##') {
      register = 0;
      const known = STAGE_ORDER.findIndex((s) => title.includes(s));
      section = known >= 0 ? known + 1 : section + 1;
      return `## ${mark.section(section)} ${title}`;
    }
    return `### ${mark.register(section, ++register)} ${title}`;
  });
}

const VARIANTS: Record<string, (text: string) => string> = {
  'numbered headings': (text) =>
    numberHeadings(text, { section: (n) => `${n}.`, register: (section, n) => `${section}.${n}` }),
  'headings numbered with a dash or a bracket': (text) =>
    numberHeadings(text, { section: (n) => `${n} -`, register: (_, n) => `${String.fromCharCode(96 + n)})` }),
  'headings with an emoji before their number (Notion, Confluence)': (text) =>
    numberHeadings(text, {
      section: (n) => `${['🚀', '🗺️', '🎛️', '📣', '✅'][n - 1] ?? '📎'} ${n}.`,
      register: (section, n) => `📌 ${section}.${n}`,
    }),
  'headers as UK registers name them': (text) => {
    const lines = text.split('\n');
    const renamed: Record<string, string> = {
      ID: 'Ref',
      L: 'P',
      I: 'Consequence',
      Impact: 'Consequence',
      'Receiving owner': 'Accepting owner',
      Baseline: 'Original date',
    };
    return lines
      .map((line, i) => {
        if (!line.startsWith('|') || !/^\|[\s:|-]+\|$/.test(lines[i + 1] ?? '')) return line;
        const cells = cellsOf(line).map((c) => c.trim());
        const risks = cells.includes('Risk');
        const log = cells[0] === 'Date' && cells[1] === 'Health';
        const out = cells.map((c, k) =>
          risks && c === 'Owner' ? 'Risk owner' : log && k < 2 ? ['Week ending', 'Overall RAG'][k]! : (renamed[c] ?? c),
        );
        return `| ${out.join(' | ')} |`;
      })
      .join('\n');
  },
  // Exported from a tracker (Jira): Summary and Assignee; ITIL 4's practices for processes.
  'headers as a tracker and ITIL 4 name them': (text) =>
    renameHeaders(text, (cells) => {
      const logged = cells.includes('Risk') || cells.includes('Issue') || cells.includes('Action');
      return cells.map((c) =>
        logged && ['Risk', 'Issue', 'Action', 'Owner'].includes(c)
          ? { Risk: 'Summary', Issue: 'Summary', Action: 'Summary', Owner: 'Assignee' }[c]!
          : c === 'Process'
            ? 'Practice'
            : c,
      );
    }).replace(/^### Process interfaces$/m, '### Interfaces with ITIL practices'),
  // PRINCE2's Risk Register: a response category beside the response actions.
  "PRINCE2's risk register headers": (text) =>
    renameHeaders(text, (cells) =>
      cells.includes('Risk') && cells.includes('Mitigation')
        ? cells.map((c) => {
            const prince2: Record<string, string> = {
              ID: 'Risk identifier',
              Risk: 'Risk description',
              Owner: 'Risk owner',
              Response: 'Risk response category',
              Mitigation: 'Risk response',
              Status: 'Risk status',
            };
            return prince2[c] ?? c;
          })
        : cells,
    ),
  'upper-case headings': (text) => text.replace(/^(#{2,3} )(.+)$/gm, (_, h: string, t: string) => h + t.toUpperCase()),
  '"&" for "and" in headings': (text) => text.replace(/^(#{2,3} .*) and /gm, '$1 & '),
  "registers' common names": (text) =>
    text
      .replace(/^### Risks$/m, '### Risk log')
      .replace(/^### Risk register$/m, '### Risk log')
      .replace(/^### Assumptions and constraints$/m, '### Assumptions')
      .replace(/^### Responsibilities$/m, '### RACI matrix')
      .replace(/^### Milestones$/m, '### Milestone plan')
      .replace(/^### Early life support$/m, '### Hypercare')
      .replace(/^### Lessons learned$/m, '### Lessons learnt'),
  'tables without outer pipes': (text) =>
    eachTableLine(text, (line) =>
      line
        .replace(/^\|\s?/, '')
        .replace(/\s?\|$/, '')
        .replace(/^(\s*)$/, '$1|'),
    ),
  'padded table cells': (text) =>
    eachTableLine(text, (line, widths) => {
      const cells = cellsOf(line).map((c) => c.trim());
      const delimiter = cells.every((c) => /^:?-+:?$/.test(c));
      return `| ${cells.map((c, k) => (delimiter ? '-'.repeat(widths[k]!) : c.padEnd(widths[k]!))).join(' | ')} |`;
    }),
  'bold header cells': (text) => {
    const lines = text.split('\n');
    return lines
      .map((line, i) =>
        line.startsWith('|') && /^\|[\s:|-]+\|$/.test(lines[i + 1] ?? '')
          ? `|${cellsOf(line)
              .map((c) => (c.trim() ? ` **${c.trim()}** ` : c))
              .join('|')}|`
          : line,
      )
      .join('\n');
  },
  'month-name dates in tables': (text) =>
    eachTableLine(text, (line) =>
      line.replace(/(?<=\| )(\d{4})-(\d\d)-(\d\d)(?= \|)/g, (_, y: string, m: string, d: string) => {
        const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][
          Number(m) - 1
        ];
        return `${Number(d)} ${month} ${y}`;
      }),
    ),
  'health as 🟢 🟡 🔴': (text) =>
    text.replace(
      /^(\| \d{4}-\d\d-\d\d \| )(Green|Amber|Red)(?= \|)/gm,
      (_, head: string, h: string) => head + { Green: '🟢', Amber: '🟡', Red: '🔴' }[h]!,
    ),
  'CRLF line ends': (text) => text.replace(/\n/g, '\r\n'),
  'trailing spaces': (text) => text.replace(/([^\n])\n/g, '$1  \n'),
  // Pasted from a spreadsheet or a web page: a zero-width space after each cell's text, a soft
  // hyphen inside each long word (invisible, and S-05 must still be S-05).
  'invisible characters in cells': (text) =>
    eachTableLine(text, (line) =>
      /^\|[\s:|-]+\|$/.test(line)
        ? line
        : line.replace(/([^\s|])(\s*)(?=\|)/g, '$1\u200B$2').replace(/\b([A-Za-z]{5})([A-Za-z]{5,})\b/g, '$1\u00AD$2'),
    ),
};

function findings(text: string): string[] {
  return engine
    .lintDocument('p.plan.md', text, { asOf: '2026-11-25', config })
    .findings.map((f) => `${f.range.start.line + 1} ${f.rule} ${f.severity}: ${f.message}`)
    .sort();
}

describe('practitioner variants of the example plans', () => {
  it('has plans and variants to try', () => {
    assert.ok(plans.length >= 4, plans.join(', '));
    assert.ok(Object.keys(VARIANTS).length >= 10);
  });

  const texts = new Map(plans.map((f) => [f, fs.readFileSync(path.join(examples, f), 'utf8')]));

  for (const [name, rewrite] of Object.entries(VARIANTS)) {
    it(`${name}: rewrites at least two of the plans`, () => {
      const changed = [...texts.values()].filter((t) => rewrite(t) !== t).length;
      assert.ok(changed >= 2, `${name} changed ${changed} plan(s)`);
    });
  }

  for (const [file, text] of texts) {
    for (const [name, rewrite] of Object.entries(VARIANTS)) {
      const variant = rewrite(text);
      // A plan with nothing the variant rewrites (no Status log for emoji) is not a case.
      if (variant === text) continue;
      it(`${file}: ${name}`, () => {
        assert.equal(variant.split(/\r?\n/).length, text.split('\n').length, 'the variant moved lines');
        assert.deepEqual(findings(variant), findings(text));
      });
    }
  }
});
