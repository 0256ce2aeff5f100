import assert from 'node:assert/strict';
import { contentSecurityPolicy, createNonce, markup } from '../../client/src/preview/html.js';
import { escapeHtml } from '../../server/src/engine/sanitize.js';
import { planOverview } from '../../server/src/engine/overview.js';
import { renderPortfolioPage } from '../../client/src/preview/portfolioPage.js';
import { renderStatusBody, renderStatusPage } from '../../client/src/preview/statusPage.js';
import type { PageResources } from '../../client/src/preview/widgets.js';
import { AS_OF, examplePlan, examplePortfolio, exampleText, planResult } from './planData.js';

const CSP_SOURCE = 'https://webview.test';

function resources(nonce = createNonce()): PageResources {
  return {
    cspSource: CSP_SOURCE,
    nonce,
    styleUri: 'https://webview.test/client/media/preview.css',
    scriptUri: 'https://webview.test/dist/client/preview.js',
  };
}

/** Every tag name the markup opens. */
function tagNames(markup: string): Set<string> {
  return new Set([...markup.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)/g)].map((m) => m[1]!.toLowerCase()));
}

const HOSTILE_TITLE = `<img src=x onerror="alert('title')"><script>alert(1)</script>`;
const HOSTILE_RISK = `Vendor </td></tr><script>alert('risk')</script> & "quotes"`;

/** The payroll example with a hostile title, service, risk text and stakeholder name. */
function hostilePlanText(): string {
  return exampleText('payroll-cloud.plan.md')
    .replace('title: Payroll to PeopleLine Cloud', `title: ${JSON.stringify(HOSTILE_TITLE)}`)
    .replace('service: Payroll', `service: "<iframe src='https://evil.example'></iframe>"`)
    .replace('Parallel run 2 net pay variance above 0.5%', HOSTILE_RISK.replace(/\|/g, '\\|'))
    .replace('| S-02 | Daniel Osei |', '| S-02 | Daniel <b onmouseover=alert(2)>Osei</b> |');
}

describe('client: preview rendering', () => {
  describe('escaping helpers', () => {
    it('escapeHtml escapes the characters that can end text or an attribute', () => {
      assert.equal(
        escapeHtml(`<a href="x" title='y'>&\`</a>`),
        '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&#96;&lt;/a&gt;',
      );
      assert.equal(escapeHtml(undefined), '');
      assert.equal(escapeHtml(42), '42');
    });

    it('markup`` escapes interpolations, joins arrays and trusts only nested markup``', () => {
      const inner = markup`<b>${'<i>'}</b>`;
      const out = markup`<p title="${'"x"'}">${inner}${['<', markup`<br>`]}${undefined}${false}</p>`;
      assert.equal(out.value, '<p title="&quot;x&quot;"><b>&lt;i&gt;</b>&lt;<br></p>');
    });

    it('nonces are fresh, long and safe in an attribute', () => {
      const a = createNonce();
      const b = createNonce();
      assert.notEqual(a, b);
      assert.match(a, /^[0-9a-f]{32,}$/);
    });

    it('the CSP allows nothing but the webview source and the nonce', () => {
      assert.equal(
        contentSecurityPolicy(CSP_SOURCE, 'abc123'),
        `default-src 'none'; style-src ${CSP_SOURCE}; script-src 'nonce-abc123'; img-src ${CSP_SOURCE} data:;`,
      );
    });
  });

  describe('status page', () => {
    it('carries a strict CSP whose nonce is the one on its only script', () => {
      const nonce = createNonce();
      const page = renderStatusPage(resources(nonce), examplePlan('payroll-cloud.plan.md'));
      const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page);
      assert.ok(meta, 'CSP meta tag missing');
      assert.equal(meta[1], contentSecurityPolicy(CSP_SOURCE, nonce));
      const scripts = [...page.matchAll(/<script\b([^>]*)>/g)];
      assert.equal(scripts.length, 1);
      assert.match(scripts[0]![1]!, new RegExp(`nonce="${nonce}"`));
      assert.match(scripts[0]![1]!, /src="https:\/\/webview\.test\/dist\/client\/preview\.js"/);
      // No inline styles or handlers (the CSP would block them anyway) and no remote resources.
      assert.doesNotMatch(page, /\sstyle="/);
      assert.doesNotMatch(page, /\son[a-z]+=/i);
      assert.doesNotMatch(page, /(src|href)="(?!https:\/\/webview\.test\/)/);
    });

    it('a second render gets a different nonce', () => {
      const r = examplePlan('payroll-cloud.plan.md');
      const nonceOf = (page: string) => /nonce="([^"]+)"/.exec(page)?.[1];
      assert.notEqual(nonceOf(renderStatusPage(resources(), r)), nonceOf(renderStatusPage(resources(), r)));
    });

    it('shows a go-live date written but not read as written', () => {
      const text = exampleText('payroll-cloud.plan.md').replace('go_live: 2027-01-04', 'go_live: 4th January 2027');
      const body = renderStatusBody(planResult('file:///work/examples/payroll-cloud.plan.md', text)).value;
      assert.match(body, /go-live 4th January 2027 \(not read\)/);
      assert.match(renderStatusBody(examplePlan('payroll-cloud.plan.md')).value, /go-live 2027-01-04</);
    });

    it('shows the clean payroll plan: stages, heat map, timeline, handovers, budget', () => {
      const r = examplePlan('payroll-cloud.plan.md');
      assert.equal(r.counts.errors + r.counts.warnings, 0, 'the payroll example is clean');
      const body = renderStatusBody(r).value;
      assert.match(body, /<h1>Payroll to PeopleLine Cloud<\/h1>/);
      assert.match(body, /TP-2026-014 · change · Payroll/);
      assert.match(body, new RegExp(`as of ${AS_OF}`));
      // Pipeline: control is current; initiation and planning are done with their exit criteria.
      assert.match(body, /<li class="stage stage-current" aria-current="step">[\s\S]*?Project Control/);
      assert.match(body, /stage-done[\s\S]*?Project Initiation[\s\S]*?Exit criteria 3\/3/);
      assert.match(
        body,
        /Project Control<\/button><span class="state">Current stage<\/span><span class="exit">Exit criteria 1\/4/,
      );
      // Heat map: R-01 is L3 × I5 (score 15, high); R-05 is closed and not on the map.
      assert.match(body, /aria-label="Likelihood 3, impact 5: 1 open risk">[^]*?R-01<\/button><\/td>/);
      assert.match(body, /open risks by likelihood|Open risks by likelihood/);
      assert.match(body, /4 open of 5/);
      assert.doesNotMatch(body, />R-05<\/button><\/td>/);
      // Timeline: an SVG with one group per milestone and the as-of line.
      assert.equal((body.match(/<g class="ms ms-/g) ?? []).length, 9);
      assert.match(body, /<g class="asof">/);
      assert.match(body, /<title>M-05 Parallel run 2 \(November payroll\) reconciled: baseline 2026-12-04/);
      // Handovers: none accepted of six; budget figures from the consumption table.
      assert.match(body, /0 of 6 accepted/);
      assert.match(body, /GBP 480,000/);
      assert.match(body, /GBP 477,000/);
      assert.match(body, /No findings/);
    });

    it('a handover written Accepted on a date after the as-of date is shown not given yet, not accepted', () => {
      const row = '| 2026-09-11 | Accepted | 2026-09-11 |';
      const text = exampleText('legacy-fax-retire.plan.md');
      assert.equal(text.split(row).length, 2);
      const body = (t: string) => renderStatusBody(planResult('file:///w/fax.plan.md', t)).value;
      const ahead = body(text.replace(row, '| 2026-09-11 | Accepted | 2026-12-11 |'));
      assert.match(body(text), /4 of 5 accepted/);
      assert.match(ahead, /3 of 5 accepted/);
      assert.match(
        ahead,
        /<span class="badge sev-warning">Accepted on 2026-12-11, after the as-of date: not given yet<\/span>/,
      );
    });

    it('bands the heat map by the configured high-risk score, as the rules judge risks', () => {
      const r = examplePlan('payroll-cloud.plan.md');
      const cell = (body: string, l: number, i: number) =>
        new RegExp(`<td class="band-(\\w+)[^"]*" aria-label="Likelihood ${l}, impact ${i}:`).exec(body)?.[1];
      assert.equal(r.status.highRiskScore, 15, 'the example keeps the default');
      assert.equal(cell(renderStatusBody(r).value, 3, 4), 'significant');
      const strict = { ...r, status: { ...r.status, highRiskScore: 12 } };
      assert.equal(cell(renderStatusBody(strict).value, 3, 4), 'high', 'score 12 is high at high_risk_score: 12');
      assert.equal(cell(renderStatusBody(strict).value, 2, 5), 'significant');
    });

    it('lists findings as buttons that reveal their line', () => {
      const r = examplePlan('service-desk-planning.plan.md');
      assert.deepEqual(r.counts, { errors: 3, warnings: 4, infos: 0 });
      const body = renderStatusBody(r).value;
      const reveal = [
        ...body.matchAll(/<button type="button" class="finding" data-action="reveal" data-line="(\d+)"/g),
      ];
      assert.equal(reveal.length, 7);
      const mismatch = r.findings.find((f) => f.rule === 'risk-score-mismatch')!;
      assert.match(body, new RegExp(`data-line="${mismatch.line}"[^>]*><span class="sev sev-warning">Warning</span>`));
      assert.match(body, /3 errors, 4 warnings/);
    });

    it('escapes every plan string (title, service, risks, names, URI)', () => {
      const r = planResult(`file:///work/a"b'<c>.plan.md`, hostilePlanText());
      assert.equal(r.status.title, HOSTILE_TITLE);
      const page = renderStatusPage(resources(), r);
      const tags = tagNames(page);
      for (const bad of ['img', 'iframe', 'b']) assert.ok(!tags.has(bad), `<${bad}> leaked into the page`);
      assert.equal((page.match(/<script\b/g) ?? []).length, 1, 'only our own script tag');
      assert.match(
        page,
        /&lt;img src=x onerror=&quot;alert\(&#39;title&#39;\)&quot;&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;/,
      );
      assert.match(
        page,
        /Vendor &lt;\/td&gt;&lt;\/tr&gt;&lt;script&gt;alert\(&#39;risk&#39;\)&lt;\/script&gt; &amp; &quot;quotes&quot;/,
      );
      assert.match(page, /data-uri="file:\/\/\/work\/a&quot;b&#39;&lt;c&gt;\.plan\.md"/);
    });

    it('has an empty state that says what a plan is', () => {
      const page = renderStatusPage(resources(), null);
      assert.match(page, /schema: transition-plan\/1/);
      assert.doesNotMatch(page, /data-uri=/);
    });
  });

  describe('portfolio page', () => {
    it('lists every transition with stage, health, go-live, high risks, handovers and finding counts', () => {
      const portfolio = examplePortfolio();
      const page = renderPortfolioPage(resources(), portfolio);
      const rows = [
        ...page.matchAll(
          /<button type="button" class="link plan-link" data-action="open" data-uri="([^"]+)"[^>]*>([^<]+)<\/button>/g,
        ),
      ];
      // Sorted by stage: initiation, planning, control, closed.
      assert.deepEqual(
        rows.map((m) => m[2]),
        ['TP-2026-031', 'TP-2026-022', 'TP-2026-014', 'TP-2026-009'],
      );
      assert.match(page, /4 transitions/);
      // Counts, not finding sentences: the planning example's 3 errors and 4 warnings as numbers.
      const planning = page.slice(page.indexOf('TP-2026-022</button>'), page.indexOf('TP-2026-014</button>'));
      assert.match(planning, /<td class="num" data-sort="3"><span class="count-badge sev-error">3<\/span><\/td>/);
      assert.match(planning, /<td class="num" data-sort="4"><span class="count-badge sev-warning">4<\/span><\/td>/);
      assert.doesNotMatch(page, /class="finding"|<span class="sev sev-/);
      for (const f of portfolio.plans.flatMap((p) => examplePlan(p.uri.slice(p.uri.lastIndexOf('/') + 1)).findings)) {
        assert.ok(!page.includes(escapeHtml(f.message)), `a finding sentence is listed: ${f.message}`);
      }
      assert.match(page, /<td class="num" data-sort="0">0\/6<\/td>/);
      const meta = /content="([^"]+)"/.exec(page);
      assert.match(
        meta?.[1] ?? '',
        /^default-src 'none'; style-src https:\/\/webview\.test; script-src 'nonce-[0-9a-f]+'/,
      );
    });

    it('has sort buttons in every column header, a labelled filter box and the export buttons', () => {
      const page = renderPortfolioPage(resources(), examplePortfolio());
      const headers = [
        ...page.matchAll(
          /<th scope="col"[^>]*data-col="(\w+)"[^>]*><button type="button" class="sort" data-action="sort" data-col="(\w+)"[^>]*>([^<]+)</g,
        ),
      ];
      assert.deepEqual(
        headers.map((m) => m[1]),
        ['id', 'service', 'stage', 'health', 'goLive', 'highRisks', 'handovers', 'errors', 'warnings', 'infos'],
      );
      for (const m of headers) assert.equal(m[1], m[2]);
      // No column claims a sort order until the user picks one (the script sets aria-sort).
      assert.doesNotMatch(page, /aria-sort=/);
      assert.match(page, /<label for="portfolio-filter">Filter<\/label>\n<input type="search" id="portfolio-filter"/);
      assert.match(page, /data-action="copyMarkdown"[^>]*>Copy as Markdown<\/button>/);
      assert.match(page, /data-action="exportCsv"[^>]*>Export CSV…<\/button>/);
      // Every row carries its filter text; the closed plan's health is "Not rated", as in the header.
      assert.match(
        page,
        /<tr data-index="3" data-filter="tp-2026-009 retire the faxserve[^"]* closed not rated 2026-09-14">/,
      );
      assert.match(page, /<span class="badge health health-not-rated">Not rated<\/span>/);
    });

    it('escapes plan strings in the portfolio too', () => {
      const portfolio = examplePortfolio();
      const hostile = planResult('file:///work/evil.plan.md', hostilePlanText());
      const page = renderPortfolioPage(resources(), {
        ...portfolio,
        plans: [
          ...portfolio.plans,
          { uri: hostile.uri, overview: planOverview(hostile.status), counts: hostile.counts },
        ],
      });
      const tags = tagNames(page);
      for (const bad of ['img', 'iframe']) assert.ok(!tags.has(bad), `<${bad}> leaked into the portfolio`);
      assert.equal((page.match(/<script\b/g) ?? []).length, 1);
      assert.match(page, /&lt;iframe src=&#39;https:\/\/evil\.example&#39;&gt;&lt;\/iframe&gt;/);
    });
  });
});
