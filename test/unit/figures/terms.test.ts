/**
 * Ages and terms: "condamné à 2 ans" is a prison term, "mort à 85 ans" an age; "died at 85" and "retired at 62" are
 * ages, "closed at 85" is not. Sentences written for these rules; each case lists every figure but dates and years.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFigures } from '../../../server/src/engine/figures';
import type { Lang } from '../../../server/src/engine/types';

const TERMS: readonly (readonly [Lang, string, readonly string[]])[] = [
  ['fr', "Le tribunal l'a condamné à 2 ans de prison ; sa peine a été ramenée à 18 mois puis limitée à 1 an.", [
    '2 ans duration 2 year', '18 mois duration 18 month', '1 an duration 1 year',
  ]],
  ['fr', 'Il est mort à 85 ans ; elle a pris sa retraite à 62 ans ; le mandat est fixé à 5 ans.', ['85 ans age 85 year', '62 ans age 62 year', '5 ans duration 5 year']],
  ['en', 'He died at 85 and his widow retired at 62; the index closed at 85 and 3 staff left at 6.', [
    '85 age 85 year', '62 age 62 year', '85 count 85 null', '3 count 3 null', '6 count 6 null',
  ]],
  ['en', 'He was sentenced to 2 years in prison, cut to 18 months on appeal.', ['2 years duration 2 year', '18 months duration 18 month']],
];

test('terms: a sentence or a mandate is a duration, a life event at N an age', () => {
  for (const [lang, text, want] of TERMS) {
    const got = extractFigures(text, { lang, documentDate: '2025-10-15' })
      .filter((f) => f.kind !== 'date' && f.kind !== 'year')
      .map((f) => `${f.text} ${f.kind} ${f.value} ${f.unit}`);
    assert.deepEqual(got, want, text);
  }
});
