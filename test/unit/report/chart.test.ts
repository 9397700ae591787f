import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { claimChartSvg, formatInterval, formatQuantity, type ClaimChartInput } from '../../../server/src/report/chart';
import { assertWellFormedXml } from './fixture';

function input(): ClaimChartInput {
  return {
    label: 'OpenAI → Meta: signing bonus',
    status: 'conflict',
    unit: 'USD',
    kind: 'money',
    rows: [
      { path: 'a.txt', text: 'more than $100 million', low: 100e6, high: null, value: 100e6, lowInclusive: false, verdict: 'conflict' },
      { path: 'b.txt', text: "jusqu'à 100 millions de dollars", low: null, high: 100e6, value: 100e6, highInclusive: true, verdict: 'conflict' },
      { path: 'c.txt', text: 'about $110m', low: 99e6, high: 121e6, value: 110e6, verdict: 'compatible' },
      { path: 'd.txt', text: '€95m', low: 110e6, high: 111e6, value: 110.5e6, verdict: 'same', converted: { from: 'EUR', rate: 1.16 } },
      { path: 'e.txt', text: 'some amount', low: null, high: null, value: null },
    ],
  };
}

const count = (text: string, pattern: RegExp): number => (text.match(pattern) ?? []).length;

describe('claimChartSvg', () => {
  it('draws one bar per row that has an interval, on a well-formed SVG', () => {
    const svg = claimChartSvg(input(), 'en');
    assertWellFormedXml(svg);
    assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.equal(count(svg, /<rect\b/g), 4, 'one <rect> per placed row and no other rect');
    assert.equal(count(svg, /<g class="rc-row /g), 5, 'one group per row');
    assert.equal(count(svg, /<rect class="rc-bar rc-v-conflict/g), 2);
    assert.equal(count(svg, /<g class="rc-row rc-v-conflict">/g), 2);
    assert.equal(count(svg, /<rect class="rc-bar rc-v-compatible/g), 1);
    assert.equal(count(svg, /<rect class="rc-bar rc-v-same/g), 1);
  });

  it('draws open ends as fading bars with arrowheads, and open vs closed bounds as hollow vs filled caps', () => {
    const svg = claimChartSvg(input(), 'en');
    assert.doesNotMatch(svg, /NaN|Infinity|undefined/);
    assert.match(svg, /<linearGradient id="[^"]+-fade-conflict-right"/);
    assert.match(svg, /<linearGradient id="[^"]+-fade-conflict-left"/);
    assert.equal(count(svg, /class="rc-arrow /g), 2, 'one arrow for "more than", one for "up to"');
    // "more than" excludes its bound; "up to" includes it; c, d: closed both ends. Plus the legend's two samples.
    assert.equal(count(svg, /rc-cap-open/g), 1 + 1);
    assert.equal(count(svg, /rc-cap-closed/g), 1 + 2 + 2 + 1);
    const ids = [...svg.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);
    assert.equal(new Set(ids).size, ids.length, 'ids are unique');
    for (const ref of svg.matchAll(/url\(#([^)]+)\)/g)) assert.ok(ids.includes(ref[1]), `url(#${ref[1]}) is defined`);
  });

  it('has axis ticks with compact human units', () => {
    const en = claimChartSvg(input(), 'en');
    const fr = claimChartSvg(input(), 'fr');
    assert.match(en, />\$100m</);
    assert.match(fr, />100\u00A0M\u00A0\$</);
    const billions = claimChartSvg(
      { label: 'x', status: 'consistent', unit: 'USD', rows: [{ path: 'a', text: '$14.3bn', low: 14.25e9, high: 14.35e9, value: 14.3e9 }, { path: 'b', text: '$14.8bn', low: 14.75e9, high: 14.85e9, value: 14.8e9 }] },
      'fr',
    );
    assert.match(billions, />14\u00A0Md\u00A0\$</);
    assert.match(billions, />14,2\u00A0Md\u00A0\$</);
  });

  it('labels rows with the wording and source, truncated, with the full text in a tooltip', () => {
    const long = 'a very long wording that goes on and on about more than one hundred million US dollars';
    const svg = claimChartSvg({ ...input(), rows: [{ path: 'folder/sub/a.txt', text: long, low: 1, high: 2, value: 1.5 }] }, 'en');
    assert.match(svg, /…”<\/text>/);
    assert.ok(svg.includes(`<title>folder/sub/a.txt\n“${long}”`));
  });

  it('notes converted rows and lists rows of another unit without a bar', () => {
    const svg = claimChartSvg(input(), 'en');
    assert.match(svg, /converted from EUR at 1\.16/);
    assert.match(claimChartSvg(input(), 'fr'), /converti de EUR au taux de 1,16/);
    const mixed = claimChartSvg(
      { label: 'x', status: 'consistent', unit: 'USD', rows: [{ path: 'a', text: '$1', low: 1, high: 1, value: 1 }, { path: 'b', text: '1 XOF', low: 1, high: 1, value: 1, unit: 'XOF' }] },
      'en',
    );
    assert.equal(count(mixed, /<rect\b/g), 1);
    assert.match(mixed, /not comparable \(unit: XOF\)/);
  });

  it('escapes document-derived strings', () => {
    const svg = claimChartSvg(
      { label: 'A <b> & "c"', status: 'single', unit: null, rows: [{ path: '<x>.txt', text: '<script>alert("x")</script>', low: 1, high: 2, value: null }] },
      'en',
    );
    assertWellFormedXml(svg);
    assert.doesNotMatch(svg, /<script|<b>|<x>/);
    assert.match(svg, /&lt;script&gt;alert\(&quot;x&quot;\)/);
    assert.match(svg, /A &lt;b&gt; &amp; &quot;c&quot;/);
  });

  it('is deterministic and speaks the UI language', () => {
    assert.equal(claimChartSvg(input(), 'en'), claimChartSvg(input(), 'en'));
    assert.notEqual(claimChartSvg(input(), 'en'), claimChartSvg(input(), 'fr'));
    assert.match(claimChartSvg(input(), 'en'), /differs in precision/);
    assert.match(claimChartSvg(input(), 'fr'), /précision différente/);
    assert.match(claimChartSvg(input(), 'fr'), /contradiction/);
    assert.match(claimChartSvg(input(), 'fr'), /« more than \$100 million »/);
  });

  it('survives degenerate input: no rows, all-null rows, points, years, non-finite numbers', () => {
    const cases: ClaimChartInput[] = [
      { label: 'empty', status: 'single', unit: null, rows: [] },
      { label: 'nulls', status: 'single', unit: 'USD', rows: [{ path: 'a', text: 'x', low: null, high: null, value: null }] },
      { label: 'year', status: 'single', unit: null, kind: 'year', rows: [{ path: 'a', text: '2016', low: 2016, high: 2016, value: 2016 }] },
      { label: 'zero', status: 'single', unit: '%', rows: [{ path: 'a', text: '0 %', low: 0, high: 0, value: 0 }] },
      { label: 'value only', status: 'single', unit: 'USD', rows: [{ path: 'a', text: 'x', low: null, high: null, value: 5 }] },
      { label: 'inf', status: 'single', unit: 'USD', rows: [{ path: 'a', text: 'x', low: Number.NEGATIVE_INFINITY, high: Number.NaN, value: 3 }] },
    ];
    for (const chart of cases) {
      const svg = claimChartSvg(chart, 'en');
      assertWellFormedXml(svg);
      assert.doesNotMatch(svg, /NaN|Infinity|undefined/, chart.label);
    }
    const year = claimChartSvg(cases[2] as ClaimChartInput, 'en');
    assert.match(year, />2016</);
    assert.doesNotMatch(year, /2,016/);
  });
});

describe('number formatting', () => {
  it('writes amounts like a newsroom would', () => {
    assert.equal(formatQuantity(14.3e9, 'USD', 'en'), '$14.3bn');
    // Clock times are minutes after midnight: shown as the clock, never as "510".
    assert.equal(formatQuantity(510, 'time', 'en'), '08:30');
    assert.equal(formatQuantity(1245, 'time', 'fr'), '20 h 45');
    assert.equal(formatQuantity(14.3e9, 'USD', 'fr'), '14,3\u00A0Md\u00A0$');
    assert.equal(formatQuantity(2e12, 'USD', 'en'), '$2tn');
    assert.equal(formatQuantity(2e12, 'USD', 'fr'), '2\u202F000\u00A0Md\u00A0$');
    assert.equal(formatQuantity(500e6, 'EUR', 'en'), '€500m');
    assert.equal(formatQuantity(-3e9, 'GBP', 'en'), '\u2212£3bn');
    assert.equal(formatQuantity(14e9, 'CHF', 'en'), 'CHF\u00A014bn');
    assert.equal(formatQuantity(49, '%', 'fr'), '49\u00A0%');
    assert.equal(formatQuantity(49.5, '%', 'en'), '49.5%');
    assert.equal(formatQuantity(28, 'year', 'fr', { spellUnit: true }), '28\u00A0ans');
    assert.equal(formatQuantity(1, 'year', 'en', { spellUnit: true }), '1\u00A0year');
    assert.equal(formatQuantity(31.900000000000004e9, 'USD', 'en'), '$31.9bn');
  });

  it('writes intervals with their open sides', () => {
    assert.equal(formatInterval({ low: 100e6, high: null, lowInclusive: false }, 'USD', 'en'), '>\u00A0$100m');
    assert.equal(formatInterval({ low: null, high: 100e6, highInclusive: true }, 'USD', 'fr'), '≤\u00A0100\u00A0M\u00A0$');
    assert.equal(formatInterval({ low: 14.25e9, high: 14.35e9 }, 'USD', 'en'), '$14.25bn – $14.35bn');
    assert.equal(formatInterval({ low: 2016, high: 2016 }, null, 'en', 'year'), '2016');
    assert.equal(formatInterval({ low: null, high: null }, null, 'en'), '—');
  });
});
