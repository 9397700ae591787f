import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderHtmlReport } from '../../../server/src/report/html';
import { DEFAULT_USD_RATES, conversionRate } from '../../../server/src/report/rates';
import { reportSchema } from '../../../server/src/report/schema';
import { assertWellFormedXml, sampleReport } from './fixture';

const count = (text: string, pattern: RegExp): number => (text.match(pattern) ?? []).length;

describe('renderHtmlReport', () => {
  it('renders a valid hand-made report as one self-contained page', () => {
    const report = reportSchema.parse(sampleReport());
    const html = renderHtmlReport(report, 'en');
    assert.match(html, /^<!DOCTYPE html>\n<html lang="en">/);
    assert.match(html, /<meta charset="utf-8">/);
    assert.match(html, /prefers-color-scheme: dark/);
    assert.doesNotMatch(html, /<script|<link\b|\bsrc=|@import|url\((?!#)/i, 'no script, no external resource');
    assert.doesNotMatch(html, /NaN|Infinity|undefined/);
    assert.match(html, /<\/html>\n$/);
    for (const svg of html.match(/<svg[\s\S]*?<\/svg>/g) ?? []) assertWellFormedXml(svg);
  });

  it('summarises and groups the claims, conflicts first, each with a chart and a table', () => {
    const html = renderHtmlReport(reportSchema.parse(sampleReport()), 'en');
    assert.match(html, /<span class="n">3<\/span><span class="k">documents<\/span>/);
    assert.match(html, /<span class="n">7<\/span><span class="k">figures<\/span>/);
    assert.match(html, /<span class="n">3<\/span><span class="k">claims<\/span>/);
    assert.match(html, /<li class="alert"><span class="n">1<\/span><span class="k">conflicts<\/span>/);
    const conflict = html.indexOf('group group-conflict');
    const consistent = html.indexOf('group group-consistent');
    const single = html.indexOf('group group-single');
    assert.ok(conflict > 0 && conflict < consistent && consistent < single, 'conflicts, then consistent, then single');
    assert.equal(count(html, /<details class="claim /g), 3);
    assert.equal(count(html, /<svg [^>]*class="rc-chart rc-status-/g), 3, 'one chart per claim');
    assert.equal(count(html, /<svg [^>]*class="rc-chart rc-legend-only"/g), 1, 'one shared legend');
    assert.equal(count(html, /<g class="rc-legend">/g), 1);
    assert.equal(count(html, /<table class="mentions">/g), 3);
    // The conflict claim: 4 mentions, 4 bars; the two diagnosed figures and the hostile one (disjoint from 14.8) are conflicts.
    const conflictClaim = html.slice(conflict, consistent);
    assert.equal(count(conflictClaim, /<rect class="rc-bar/g), 4);
    assert.equal(count(conflictClaim, /<rect class="rc-bar rc-v-conflict/g), 3);
    assert.equal(count(conflictClaim, /<tr class="v-conflict">/g), 3);
    assert.equal(count(conflictClaim, /<tr class="v-compatible">/g), 1, '"more than $14 billion" overlaps both');
    assert.match(conflictClaim, /vs b-weekly\.txt:3:5/);
    // Filters work without script.
    assert.match(html, /#show-conflict:target ~ \.claims \.group:not\(\.group-conflict\)/);
    assert.match(html, /<a href="#show-conflict">Conflicts \(1\)<\/a>/);
  });

  it('converts the other currency of a claim for its chart, and lets callers override the rates', () => {
    const report = reportSchema.parse(sampleReport());
    const html = renderHtmlReport(report, 'en');
    assert.match(html, /converted from EUR at 1\.14/);
    assert.match(html, /Chart in USD: EUR \(× 1\.14\) converted/);
    assert.match(renderHtmlReport(report, 'en', { usdRates: { EUR: 1.08 } }), /converted from EUR at 1\.08/);
    // The table keeps each figure's own unit.
    assert.match(html, /€22\.5bn – €27\.5bn/);
  });

  it('lists each document’s diagnostics with 1-based line:col', () => {
    const html = renderHtmlReport(reportSchema.parse(sampleReport()), 'en');
    assert.match(html, /<span class="pos">3:5<\/span><span class="sev">warning<\/span>/);
    assert.match(html, /<span class="pos">10:1<\/span><span class="sev">information<\/span>/);
    assert.match(html, /<a href="#doc-1">b-weekly\.txt:3:5<\/a> — Says \$14\.8 billion \(conflict\)/);
    assert.equal(count(html, /<details class="doc"/g), 3);
  });

  it('escapes everything that comes from the report', () => {
    const html = renderHtmlReport(reportSchema.parse(sampleReport()), 'en', { title: 'Test <title> & "more"' });
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /<b>markup/);
    assert.doesNotMatch(html, /<"evil">|<&>/);
    assert.match(html, /&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt;/);
    assert.match(html, /c-blog &lt;&quot;evil&quot;&gt;\.md/);
    assert.match(html, /<title>Test &lt;title&gt; &amp; &quot;more&quot;<\/title>/);
    assert.match(html, /A message with &lt;b&gt;markup&lt;\/b&gt; &amp; &quot;quotes&quot;/);
    assert.match(html, /investment &lt;&amp;&gt;/);
  });

  it('speaks French or English', () => {
    const report = reportSchema.parse(sampleReport());
    const fr = renderHtmlReport(report, 'fr');
    const en = renderHtmlReport(report, 'en');
    assert.match(fr, /<html lang="fr">/);
    assert.match(fr, /Rapport de recoupement/i);
    assert.match(fr, /<span class="k">contradictions<\/span>/);
    assert.match(fr, /Formulation/);
    assert.match(fr, /Intervalle normalisé/);
    assert.match(fr, /avertissement/);
    assert.match(fr, /précision différente/);
    assert.match(fr, /14,25\u00A0Md\u00A0\$ – 14,35\u00A0Md\u00A0\$/);
    assert.match(en, /Cross-check report/i);
    assert.match(en, /Normalised interval/);
    assert.match(en, /\$14\.25bn – \$14\.35bn/);
    assert.doesNotMatch(en, /Formulation|avertissement/);
  });

  it('is deterministic', () => {
    const a = renderHtmlReport(reportSchema.parse(sampleReport()), 'fr');
    const b = renderHtmlReport(reportSchema.parse(sampleReport()), 'fr');
    assert.equal(a, b);
  });

  it('renders an empty report', () => {
    const html = renderHtmlReport(reportSchema.parse({ schemaVersion: 1, tool: { name: 'recoupe', version: '0' }, documents: [], claims: [] }), 'en');
    assert.match(html, /No conflict between sources/);
    assert.match(html, /No claim/);
  });
});

describe('DEFAULT_USD_RATES', () => {
  it('converts with the engine’s positive USD-per-unit rates', () => {
    for (const code of ['AUD', 'CAD', 'CHF', 'CNY', 'EUR', 'GBP', 'INR', 'JPY', 'USD']) assert.ok(code in DEFAULT_USD_RATES, code);
    for (const rate of Object.values(DEFAULT_USD_RATES)) assert.ok(Number.isFinite(rate) && rate > 0);
    assert.equal(DEFAULT_USD_RATES.USD, 1);
    assert.ok((DEFAULT_USD_RATES.EUR as number) > 1 && (DEFAULT_USD_RATES.JPY as number) < 0.01);
    assert.equal(conversionRate('EUR', 'EUR'), 1);
    assert.equal(conversionRate('XYZ', 'USD'), null);
    assert.ok(Math.abs((conversionRate('USD', 'EUR') as number) * (DEFAULT_USD_RATES.EUR as number) - 1) < 1e-12);
  });
});

describe('renderHtmlReport, attribution', () => {
  it('shows who a figure is attributed to, escaped', () => {
    const html = renderHtmlReport(reportSchema.parse(sampleReport()), 'fr');
    assert.match(html, /selon Mark Zuckerberg &lt;CEO&gt;/);
  });
});

describe('renderHtmlReport, unvalidated input', () => {
  it('does not let enum-looking fields inject markup when a caller skips validation', () => {
    const report = sampleReport();
    const hostile = '"><script>x()</script>';
    (report.claims[0] as { status: string }).status = hostile;
    (report.documents[2]?.diagnostics[0] as { severity: string }).severity = hostile;
    const html = renderHtmlReport(report, 'en');
    assert.doesNotMatch(html, /<script/);
    assert.doesNotMatch(html, /NaN|undefined/);
  });
});
