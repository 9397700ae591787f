/** Spans are UTF-16 offsets into the exact input: BOM, CRLF, emoji, combining accents, odd spaces. */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeFigure, extractFigures, formatNormalised, inferDocumentDate } from '../../../server/src/engine/figures';
import type { Figure, FigureContext } from '../../../server/src/engine/types';
import { figureSymbols } from '../../../server/src/engine';

const FR: FigureContext = { lang: 'fr', documentDate: '2025-07-02' };
const EN: FigureContext = { lang: 'en', documentDate: '2025-07-02' };

function only(text: string, ctx: FigureContext, wanted: string): Figure {
  const figs = extractFigures(text, ctx);
  const f = figs.find((x) => x.text === wanted);
  assert.ok(f, `"${wanted}" not found in ${JSON.stringify(figs.map((x) => x.text))}`);
  const start = text.indexOf(wanted);
  assert.deepEqual(f.span, { start, end: start + wanted.length });
  assert.equal(text.slice(f.span.start, f.span.end), wanted);
  return f;
}

test('BOM and CRLF keep offsets exact', () => {
  const text = '\uFEFFTitre\r\n\r\nLe groupe a investi 45 millions d\u2019euros.\r\nPuis 12 %.';
  const f = only(text, FR, '45 millions d\u2019euros');
  assert.equal(f.value, 45e6);
  assert.equal(f.unit, 'EUR');
  assert.equal(only(text, FR, '12 %').value, 12);
});

test('emoji (surrogate pairs) before a figure', () => {
  const text = '\u{1F680}\u{1F680} Kestrel raised $120 million \u{1F4B0} and 30% more.';
  assert.equal(only(text, EN, '$120 million').value, 120e6);
  assert.equal(only(text, EN, '30%').unit, '%');
});

test('combining accents in hedge words and before a figure', () => {
  const text = 'Cafe\u0301 : pre\u0300s de 40 % des salarie\u0301s, soit environ 2,5 milliards de dollars.';
  const near = only(text, FR, 'pre\u0300s de 40 %');
  assert.equal(near.qualifier, 'about');
  assert.equal(near.high, 40);
  const about = only(text, FR, 'environ 2,5 milliards de dollars');
  assert.equal(about.value, 2.5e9);
});

test('no-break and narrow no-break spaces as thousands separators and before %', () => {
  const text = 'Il a vers\u00e9 12\u00a0000\u00a0euros puis 3\u202f500 dollars, soit 49\u202f%.';
  assert.equal(only(text, FR, '12\u00a0000\u00a0euros').value, 12000);
  assert.equal(only(text, FR, '3\u202f500 dollars').value, 3500);
  assert.equal(only(text, FR, '49\u202f%').value, 49);
});

test('French vs English separators', () => {
  assert.equal(only('La capitalisation des 2.000 milliards de dollars.', FR, '2.000 milliards de dollars').value, 2e12);
  assert.equal(only('Un contrat de 14,3 milliards de dollars.', FR, '14,3 milliards de dollars').value, 14.3e9);
  assert.equal(only('It employs 1,000 people.', EN, '1,000').value, 1000);
  assert.equal(only('A $2.5 billion deal.', EN, '$2.5 billion').value, 2.5e9);
});

test('never throws and returns [] on odd input', () => {
  for (const s of ['', '\uD800', '\u0301\u0301', '%%%', '$', '1'.repeat(5000), 'de '.repeat(1000), '1 '.repeat(2000), '\r\r\n\n']) {
    assert.doesNotThrow(() => extractFigures(s, FR));
    assert.doesNotThrow(() => extractFigures(s, EN));
  }
  assert.deepEqual(extractFigures('', FR), []);
});

test('results are sorted by span start', () => {
  const figs = extractFigures('En 2014, 49 % et 14 milliards de dollars, puis 3 fois plus.', FR);
  for (let k = 1; k < figs.length; k++) assert.ok((figs[k]?.span.start ?? 0) >= (figs[k - 1]?.span.start ?? 0));
  assert.equal(figs.length, 4);
});

test('relative dates without a document date still yield figures', () => {
  const figs = extractFigures('Le 12 juin dernier, hier et il y a un an.', { lang: 'fr', documentDate: null });
  assert.equal(figs.length, 3);
  for (const f of figs) assert.equal(f.date, null);
});

test('inferDocumentDate reads datelines', () => {
  assert.equal(inferDocumentDate('Titre\n\nMercredi 02 Juillet 2025\n\nTexte')?.iso, '2025-07-02');
  assert.equal(inferDocumentDate(' date 2025-06 En état…')?.iso, '2025-06');
  assert.equal(inferDocumentDate('Publié le 13 juin 2025 à 10h\nTexte')?.iso, '2025-06-13');
  assert.equal(inferDocumentDate('By A. Writer\nJune 13, 2025\nBody')?.iso, '2025-06-13');
  assert.equal(inferDocumentDate('Updated: 2025-06-13 09:00\nBody')?.iso, '2025-06-13');
  assert.equal(inferDocumentDate('Né en 1997, il a fondé…'), null);
});

test('inferDocumentDate takes a dateline at the head of a paragraph, not a date inside the story', () => {
  const headline = 'Carmaker recalls 186,000 SUVs\n\nBy A. Writer\n';
  // The dateline gives no year: the body's date of manufacture must not become the article's date.
  const body = 'The recall covers vehicles built between June 14, 2022, and Jan. 9, 2025, the company said on Wednesday in a statement.\n';
  assert.equal(inferDocumentDate(`${headline}PARIS, March 19 (Wire) - The carmaker said on Wednesday it was recalling its SUVs.\n\n${body}`), null);
  assert.equal(inferDocumentDate(`${headline}\nThe recall affects cars built between June 2022 and January 2025, and owners will be contacted by letter this spring.\n`), null);
  assert.equal(inferDocumentDate(`${headline}RIVIÈRE-DES-SAULES, Que., March 11, 2025 — Quebec will fold the two hospitals of the town into one health centre.\n\n${body}`)?.iso, '2025-03-11');
  assert.equal(inferDocumentDate(`Titre\n\nPARIS, 3 mars 2026 (AFP) – Le constructeur rappelle 186 000 véhicules fabriqués depuis le 14 juin 2022.\n`)?.iso, '2026-03-03');
});

test('describeFigure and formatNormalised', () => {
  const [more] = extractFigures('plus de 14 milliards de dollars', FR);
  assert.ok(more);
  assert.equal(describeFigure(more, 'en'), 'strictly more than 14 billion US dollars');
  assert.equal(describeFigure(more, 'fr'), 'strictement plus de 14 milliards de dollars US');
  const [exact] = extractFigures('14 milliards de dollars', FR);
  assert.ok(exact);
  assert.equal(describeFigure(exact, 'en'), 'between 13.5 and 14.5 billion US dollars (rounding)');
  const [x] = extractFigures('14,3 milliards de dollars', FR);
  assert.ok(x);
  assert.equal(formatNormalised(x, 'fr'), '14 300 000 000 USD');
  assert.equal(formatNormalised(x, 'en'), '14,300,000,000 USD');
});

test('clock times read the same across languages and are shown as clocks', () => {
  const french = only('Le départ a été donné vers 8\u202fh\u202f30 dimanche.', FR, 'vers 8\u202fh\u202f30');
  const english = only('The race started at about 8:30 a.m. on Sunday 🏃.', EN, 'about 8:30 a.m.');
  assert.equal(french.value, 510);
  assert.equal(english.value, 510);
  assert.equal(french.unit, 'time');
  assert.equal(describeFigure(french, 'fr'), 'environ 8 h 30');
  assert.equal(describeFigure(english, 'en'), 'about 08:30');
  assert.equal(formatNormalised(only('The alarm sounded at 11.05pm.', EN, '11.05pm'), 'en'), '23:05');
  assert.equal(formatNormalised(only('L’alerte est tombée à 23\u00a0heures du soir.', FR, '23\u00a0heures du soir'), 'fr'), '23 h 00');
  // Diagnostics quote the interval as clocks too.
  assert.equal(figureSymbols(english, 'en'), '08:15–08:45');
  assert.equal(figureSymbols(french, 'fr'), '8 h 15–8 h 45');
});

test('a length of time in parts is read across narrow spaces and shown as race results print it', () => {
  const [race] = extractFigures('Elle a gagné en 2\u202fh\u202f14\u202fmin\u202f37\u202fs 🏃.', FR);
  assert.ok(race);
  assert.equal(race.text, '2\u202fh\u202f14\u202fmin\u202f37\u202fs');
  assert.equal(describeFigure(race, 'fr'), '2 h 14 min 37 s');
  const [flight] = extractFigures('The flight took 1 hour 5 minutes.', EN);
  assert.ok(flight);
  assert.equal(describeFigure(flight, 'en'), '1 h 05 min');
});

test('a hedged interval carries no floating-point noise into the hover, the report and the CLI table', () => {
  const [about] = extractFigures('environ 14 milliards de dollars', FR);
  assert.ok(about);
  assert.equal(about.low, 12_600_000_000);
  assert.equal(about.high, 15_400_000_000);
  const [roughly] = extractFigures('about $29 billion', EN);
  assert.ok(roughly);
  assert.equal(roughly.high, 31_900_000_000);
});
