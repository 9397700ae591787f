/**
 * The real seed articles (../shared/seeds next to the repository), when present: a few
 * hand-checked money and percent figures. Only short figure strings are asserted here.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { extractFigures, inferDocumentDate } from '../../../server/src/engine/figures';
import type { Figure } from '../../../server/src/engine/types';
import { closeTo, seedsDir } from './support';

interface Seed {
  readonly name: string;
  readonly text: string;
  readonly figures: Figure[];
}

function loadSeeds(): Seed[] | null {
  const dir = seedsDir();
  if (dir === null) return null;
  return fs
    .readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((name) => {
      const text = fs.readFileSync(path.join(dir, name), 'utf8');
      const date = inferDocumentDate(text);
      return { name, text, figures: extractFigures(text, { lang: 'fr', documentDate: date?.iso ?? null }) };
    });
}

const seeds = loadSeeds();

/** All figures with this text, over every seed. */
function find(text: string): Figure[] {
  return (seeds ?? []).flatMap((s) => s.figures.filter((f) => f.text === text));
}

function check(text: string, expect: Partial<Figure>): void {
  const found = find(text);
  assert.ok(found.length > 0, `"${text}" is found in a seed`);
  for (const f of found) {
    for (const [k, v] of Object.entries(expect)) {
      const got = (f as unknown as Record<string, unknown>)[k];
      if (typeof v === 'number') assert.ok(closeTo(got as number, v), `${text}: ${k} ${String(got)} ≠ ${v}`);
      else assert.deepEqual(got, v, `${text}: ${k}`);
    }
  }
}

test('seeds: money figures', (t) => {
  if (seeds === null) { t.skip('no ../shared/seeds'); return; }
  check('plus de 14 milliards de dollars', { kind: 'money', unit: 'USD', qualifier: 'more-than', value: 14e9, low: 14e9, high: null });
  check('environ 29 milliards de dollars', { kind: 'money', unit: 'USD', qualifier: 'about', value: 29e9 });
  check('plus de 29 milliards de dollars', { kind: 'money', unit: 'USD', qualifier: 'more-than', value: 29e9 });
  check('environ 14 milliards de dollars', { kind: 'money', unit: 'USD', qualifier: 'about', value: 14e9 });
  check('14,3 milliards de dollars', { kind: 'money', unit: 'USD', qualifier: 'exact', value: 14.3e9, low: 14.25e9, high: 14.35e9 });
  check("jusqu'à 100 millions de dollars", { kind: 'money', unit: 'USD', qualifier: 'at-most', high: 100e6, low: null, reported: true });
  check('2.000 milliards de dollars', { kind: 'money', unit: 'USD', value: 2e12 });
  check('11,2 milliards de francs', { kind: 'money', unit: 'CHF', value: 11.2e9 });
  check('179 milliards', { kind: 'money', unit: 'USD', unitInferred: true, value: 179e9 });
  check('71,5 milliards de dollars', { kind: 'money', unit: 'USD', value: 71.5e9 });
});

test('seeds: the francs restate the dollars', (t) => {
  if (seeds === null) { t.skip('no ../shared/seeds'); return; }
  const seed = seeds.find((s) => s.figures.some((f) => f.text === '11,2 milliards de francs'));
  assert.ok(seed);
  const k = seed.figures.findIndex((f) => f.text === '11,2 milliards de francs');
  const r = seed.figures[k]?.restates;
  assert.equal(typeof r, 'number');
  assert.equal(seed.figures[r ?? -1]?.text, 'plus de 14 milliards de dollars');
});

test('seeds: percentages and multiples', (t) => {
  if (seeds === null) { t.skip('no ../shared/seeds'); return; }
  check('49%', { kind: 'percent', unit: '%', value: 49, low: 48.5, high: 49.5 });
  check('49 %', { kind: 'percent', unit: '%', value: 49 });
  check('plus de quatre fois', { kind: 'multiple', unit: 'times', qualifier: 'more-than', low: 4 });
  for (const s of seeds) for (const f of s.figures) if (f.kind === 'percent') assert.ok(f.unit === '%' || f.unit === 'pp');
});

test('seeds: product names, page furniture and dates', (t) => {
  if (seeds === null) { t.skip('no ../shared/seeds'); return; }
  for (const s of seeds) {
    for (const f of s.figures) {
      const before = s.text.slice(Math.max(0, f.span.start - 6), f.span.start);
      assert.ok(!before.endsWith('Llama '), `"Llama ${f.text}" is not a figure`);
      if (f.kind === 'money' || f.kind === 'percent') assert.ok(!/min\.?$/.test(f.text), 'reading time is not money');
    }
  }
  check('12 juin dernier', { kind: 'date', date: { iso: '2025-06-12', precision: 'day', relative: true } });
  check('à seulement 23 ans'.slice('à seulement '.length), { kind: 'age', unit: 'year', value: 23 });
  const dates = seeds.map((s) => inferDocumentDate(s.text)?.iso ?? null);
  assert.ok(dates.includes('2025-07-02'));
  assert.ok(dates.includes('2025-06'));
});
