/** Comparing two figures of one claim (compare.ts): dates are compared by their day or month, not their year. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareFigures } from '../../../server/src/engine/claims/compare';
import { DEFAULT_CURRENCY_OPTIONS } from '../../../server/src/engine/claims';
import type { DatePrecision, Figure } from '../../../server/src/engine/types';
import { createEngine } from '../../../server/src/engine';

function date(iso: string, precision: DatePrecision): Figure {
  const year = Number(iso.slice(0, 4));
  return {
    span: { start: 0, end: iso.length },
    text: iso,
    kind: 'date',
    value: year,
    low: year,
    high: year,
    lowInclusive: true,
    highInclusive: true,
    unit: null,
    qualifier: 'exact',
    unitInferred: false,
    reported: false,
    date: { iso, precision, relative: false },
    restates: null,
  };
}

test('two days of one year disagree; a day agrees with the month it falls in', () => {
  const agreement = (a: Figure, b: Figure): string => compareFigures(a, b, DEFAULT_CURRENCY_OPTIONS).agreement;
  assert.equal(agreement(date('2025-06-03', 'day'), date('2025-06-17', 'day')), 'conflict');
  assert.equal(agreement(date('2025-06-03', 'day'), date('2025-06-03', 'day')), 'same');
  assert.equal(agreement(date('2025-06-03', 'day'), date('2025-06', 'month')), 'compatible');
  assert.equal(agreement(date('2025-03', 'month'), date('2025-05', 'month')), 'conflict');
  // A year alone still compares as an interval: no conflict with a day of that year.
  assert.notEqual(agreement(date('2025-06-03', 'day'), date('2025', 'year')), 'conflict');
});

test('a date conflict quotes days and years as dates, not as amounts ("2.025 k")', () => {
  const engine = createEngine({ displayName: (doc) => doc });
  engine.updateMany([
    { doc: 'a.txt', text: "Publié le 20 mai 2025\n\nL'audience devant le tribunal administratif est fixée au 3 juin.\n", version: 0, overrides: { language: null, date: null } },
    { doc: 'b.txt', text: "Publié le 21 mai 2025\n\nLe tribunal administratif tiendra l'audience le 3 juin.\n", version: 0, overrides: { language: null, date: null } },
    { doc: 'c.txt', text: 'Published May 21, 2025\n\nThe administrative court will hold the hearing on June 17.\n', version: 0, overrides: { language: null, date: null } },
  ]);
  const [finding] = engine.findings('c.txt', 'en').filter((candidate) => candidate.code === 'conflict');
  assert.ok(finding, 'the third source’s day is in conflict');
  assert.match(finding.message, /same date/u);
  assert.match(finding.message, /2025-06-03/u);
  assert.match(finding.message, /this says 2025-06-17/u);
  assert.doesNotMatch(finding.message, /k\b/u);
});

function bound(qualifier: Figure['qualifier'], value: number, low: number | null, high: number | null, lowInclusive = true, highInclusive = true): Figure {
  return { span: { start: 0, end: 1 }, text: String(value), kind: 'money', value, low, high, lowInclusive, highInclusive, unit: 'EUR', qualifier, unitInferred: false, reported: false, date: null, restates: null };
}

test('a floor and a ceiling at one number disagree; a floor under a ceiling does not', () => {
  const agreement = (a: Figure, b: Figure): string => compareFigures(a, b, DEFAULT_CURRENCY_OPTIONS).agreement;
  // "au moins 1,6 milliard" against "up to €1.6bn"
  assert.equal(agreement(bound('at-least', 1.6e9, 1.6e9, null), bound('at-most', 1.6e9, null, 1.6e9)), 'conflict');
  assert.equal(agreement(bound('at-most', 1.6e9, null, 1.6e9), bound('at-least', 1.6e9, 1.6e9, null)), 'conflict');
  // "au moins 100 millions" against "jusqu'à 150 millions": both may hold.
  assert.equal(agreement(bound('at-least', 1e8, 1e8, null), bound('at-most', 1.5e8, null, 1.5e8)), 'compatible');
  // "au moins 1,6 milliard" against "1,6 milliard": the floor holds.
  assert.notEqual(agreement(bound('at-least', 1.6e9, 1.6e9, null), bound('exact', 1.6e9, 1.6e9, 1.6e9)), 'conflict');
});
