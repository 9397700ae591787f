/** Physical quantities put in one unit before sources are compared, on figures of our own. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractFigures } from '../../../server/src/engine/figures';
import { hoursAsDays } from '../../../server/src/engine/claims/quantities';
import { inCommonUnit } from '../../../server/src/engine/figures/units';

function commonOf(text: string, lang: 'fr' | 'en'): { value: number | null; unit: string | null } {
  const [figure] = extractFigures(text, { lang, documentDate: '2026-01-15' });
  assert.ok(figure, text);
  const common = inCommonUnit(figure);
  return { value: common.value, unit: common.unit };
}

test('a temperature below zero keeps its sign, in figures and in words, and Fahrenheit is compared in Celsius', () => {
  assert.deepEqual(commonOf('Le thermomètre est tombé à -6 °C.', 'fr'), { value: -6, unit: '°C' });
  assert.deepEqual(commonOf('Il a fait moins 6 degrés.', 'fr'), { value: -6, unit: '°C' });
  assert.deepEqual(commonOf('The gauge read 21.2F at dawn.', 'en'), { value: -6, unit: '°C' });
  assert.deepEqual(commonOf('Highs of 104F are forecast.', 'en'), { value: 40, unit: '°C' });
});

test('a day or more written in hours is compared in days; fewer hours stay hours', () => {
  const [long] = extractFigures('La pluie est tombée pendant 48 heures.', { lang: 'fr', documentDate: '2026-01-15' });
  const [short] = extractFigures('The strike lasted 12 hours.', { lang: 'en', documentDate: '2026-01-15' });
  assert.ok(long && short);
  assert.deepEqual([hoursAsDays(long).value, hoursAsDays(long).unit], [2, 'day']);
  assert.deepEqual([hoursAsDays(short).value, hoursAsDays(short).unit], [12, 'hour']);
});

test('square feet and acres are areas compared with square metres and hectares', () => {
  const sqft = commonOf('The lab covers nearly 52,000 sq ft.', 'en');
  const acres = commonOf('The fire burned 35,000 acres.', 'en');
  assert.equal(sqft.unit, 'km²');
  assert.ok(sqft.value !== null && Math.abs(sqft.value - 0.00483) < 0.0001, String(sqft.value));
  assert.equal(acres.unit, 'km²');
  assert.ok(acres.value !== null && Math.abs(acres.value - 141.64) < 0.1, String(acres.value));
});
