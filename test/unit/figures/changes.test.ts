/**
 * "passe de 2,1 à 2,9 milliards", "rose from €2.1bn to €2.9bn": after a verb of change, "de X à Y" / "from X to Y"
 * is the old and the new value, two figures, the old one taking the new one's unit (inferred) and scale; plain
 * ranges stay ranges. Sentences written for these rules; each case lists every figure but dates and years, as
 * "text kind value-or-[low, high] unit", with "*" for an inferred unit.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFigures } from '../../../server/src/engine/figures';
import type { Lang } from '../../../server/src/engine/types';

function figs(lang: Lang, text: string): string[] {
  return extractFigures(text, { lang, documentDate: '2025-10-15' })
    .filter((f) => f.kind !== 'date' && f.kind !== 'year')
    .map((f) => `${f.text} ${f.kind} ${f.value === null ? `[${f.low}, ${f.high}]` : f.value} ${f.unit}${f.unitInferred ? '*' : ''}`);
}

const CHANGES: readonly (readonly [Lang, string, readonly string[]])[] = [
  // Old and new values.
  ['fr', "Le chiffre d'affaires passe de 2,1 à 2,9 milliards d'euros.", ['2,1 money 2100000000 EUR*', "2,9 milliards d'euros money 2900000000 EUR"]],
  ['fr', 'Le taux de chômage est passé de 9,1 % à 7,4 %, puis est repassé de 7 à 7,5 %.', ['9,1 % percent 9.1 %', '7,4 % percent 7.4 %', '7 percent 7 %*', '7,5 % percent 7.5 %']],
  ['fr', "La dette a grimpé de 2,1 à 2,9 milliards d'euros, puis a reculé de 2,9 milliards à 2,5 milliards.", [
    '2,1 money 2100000000 EUR*', "2,9 milliards d'euros money 2900000000 EUR", '2,9 milliards money 2900000000 EUR*', '2,5 milliards money 2500000000 EUR*',
  ]],
  ['en', 'Revenue rises from €2.1bn to €2.9bn; profit grew from 300 to 450 million dollars.', [
    '€2.1bn money 2100000000 EUR', '€2.9bn money 2900000000 EUR', '300 money 300000000 USD*', '450 million dollars money 450000000 USD',
  ]],
  ['en', 'The margin fell sharply from 9.1% to 7.4%, and the bank cut its forecast from 2 to 1.5%.', [
    '9.1% percent 9.1 %', '7.4% percent 7.4 %', '2 percent 2 %*', '1.5% percent 1.5 %',
  ]],
  ['en', 'The group increased its stake from 5% to 10%; sales went from 800 to 1.2 billion pounds.', [
    '5% percent 5 %', '10% percent 10 %', '800 money 800000000 GBP*', '1.2 billion pounds money 1200000000 GBP',
  ]],
  ['fr', "La part est passée de 950 000 à 1,2 million d'euros.", ["950 000 money 950000 EUR*", "1,2 million d'euros money 1200000 EUR"]],
  // Plain ranges stay ranges, and so does the size of a change ("ont reculé de 3 à 4 %").
  ['fr', "Le coût est estimé entre 2 et 3 milliards d'euros, soit 2 à 3 milliards.", [
    "entre 2 et 3 milliards d'euros money [2000000000, 3000000000] EUR", '2 à 3 milliards money [2000000000, 3000000000] EUR*',
  ]],
  ['fr', 'Le groupe vise une marge de 8 % à 8,5 % ; les prix ont reculé de 3 à 4 %.', ['de 8 % à 8,5 % percent [8, 8.5] %', 'de 3 à 4 % percent [3, 4] %']],
  ['en', 'The cost is $2bn-$3bn and the group targets a margin of 8% to 8.5%.', ['$2bn-$3bn money [2000000000, 3000000000] USD', '8% to 8.5% percent [8, 8.5] %']],
  ['en', 'Rates ranging from 3% to 5% apply, and inflation rose by 0.2% to 3.1%.', ['from 3% to 5% percent [3, 5] %', '0.2% percent 0.2 %', '3.1% percent 3.1 %']],
  // Counts keep their kind.
  ['fr', 'Les effectifs ont chuté de 1 200 à 950 salariés.', ['1 200 count 1200 null', '950 count 950 null']],
];

test('changes: "de X à Y" after a verb of change is two figures, a plain range one', () => {
  for (const [lang, text, want] of CHANGES) assert.deepEqual(figs(lang, text), want, text);
});
