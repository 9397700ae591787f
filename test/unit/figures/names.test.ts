/**
 * Numbers inside names (models, laws, leagues, helplines) are no figures; counts of named things still are.
 * Sentences written for these rules, French and English; each case lists every figure expected other than dates and
 * years, as "text kind value unit".
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFigures } from '../../../server/src/engine/figures';
import type { Lang } from '../../../server/src/engine/types';

function figs(lang: Lang, text: string): string[] {
  return extractFigures(text, { lang, documentDate: '2025-10-15' })
    .filter((f) => f.kind !== 'date' && f.kind !== 'year')
    .map((f) => `${f.text} ${f.kind} ${f.value === null ? `[${f.low}, ${f.high}]` : Number(f.value.toPrecision(12))} ${f.unit}`);
}

const NAMES: readonly (readonly [Lang, string, readonly string[]])[] = [
  // A number between a singular determiner and a capitalised name is part of the name.
  ['fr', 'Le 787 Dreamliner a de nouveau été immobilisé, comme la Peugeot 208 rappelée en mars.', []],
  ['fr', 'Ce 350 Turbo et son 911 Carrera valent 2 millions d\'euros.', ["2 millions d'euros money 2000000 EUR"]],
  ['en', "The 787 Dreamliner was grounded again, and Boeing's 787 Dreamliner fleet with it.", []],
  ['en', 'A 787 Dreamliner diverted to Shannon; the Boeing 737 MAX and the Airbus A320neo flew on.', []],
  // A bare number after a singular French determiner is a code or a name ("le 3919", "au 115").
  ['fr', 'Les appels au 3919 ont bondi de 23 % ; appelez le 115 ou le 17.', ['23 % percent 23 %']],
  // A lower-case connector inside a capitalised name.
  ['en', "The EU's Fit for 55 package cuts emissions by 55% by 2030.", ['55% percent 55 %']],
  ['fr', 'Le paquet « Fit for 55 » réduit les émissions de 55 % d\'ici 2030.', ['55 % percent 55 %']],
  // Names with the capitalised word before the number (already names; kept so).
  ['fr', "Le club de Ligue 1 a perdu 2 matchs ; le CAC 40 a pris 1,2 % ; l'article 49.3 a été utilisé.", ['2 count 2 null', '1,2 % percent 1.2 %']],
  ['en', 'Formula 1 teams spent $145 million each; Windows 11 and COVID-19 were blamed.', ['$145 million money 145000000 USD']],
  // Counts of named things stay counts: no singular determiner, a plural determiner, or a plural after the name.
  ['fr', "L'armée a commandé 12 Rafale, les 26 Rafale Marine suivront ; Airbus a livré 3 Airbus A350.", ['12 count 12 null', '26 count 26 null', '3 count 3 null']],
  ['en', 'India ordered 26 Rafale jets; the 36 Rafale jets and the 45 Airbus A350s arrive later.', ['26 count 26 null', '36 count 36 null', '45 count 45 null']],
  ['en', 'The fund sold 1,200 Renault shares and 45 Boeing 787 Dreamliner jets.', ['1,200 count 1200 null', '45 count 45 null']],
  // A name connector opening the sentence is not enough: "Sales for 55 stores" is a count.
  ['en', 'Sales for 55 stores rose.', ['55 count 55 null']],
  // A number inside a name opens no range: "Model 3 à 15 000" is 15 000 of a Model 3.
  ['fr', "La Tesla Model 3 s'est vendue à 20 000 exemplaires, la Renault 5 à 15 000 ; Windows 11 à 40 euros.", ['20 000 count 20000 null', '15 000 count 15000 null', '40 euros money 40 EUR']],
  ['en', 'Aged 67, the chairman sold Windows 11 to 15 million users and the Model 3 to 15,000 buyers.', ['67 age 67 year', '15 million count 15000000 null', '15,000 count 15000 null']],
  // Units, dates and durations after a determiner keep their kind.
  ['fr', 'Le 100 mètres a été couru en 9,58 secondes ; au 30 juin, le groupe comptait 1 200 salariés.', ['100 mètres quantity 100 m', '9,58 secondes duration 9.58 second', '1 200 count 1200 null']],
];

test('names: a number inside a name is no figure, a count of named things is', () => {
  for (const [lang, text, want] of NAMES) assert.deepEqual(figs(lang, text), want, text);
});
