import type { Figure } from '../types';

/**
 * Physical quantities compared across sources are first put in one unit per
 * dimension ("750 MW" and "0,75 GW" are one capacity): power in MW, energy in
 * GWh, length in km, area in km². The unit chosen is the one news writes most.
 */
const TO_COMMON_UNIT: Readonly<Record<string, { readonly unit: string; readonly factor: number; readonly dimension: Dimension }>> = {
  kW: { unit: 'MW', factor: 1e-3, dimension: 'power' },
  MW: { unit: 'MW', factor: 1, dimension: 'power' },
  GW: { unit: 'MW', factor: 1e3, dimension: 'power' },
  kWh: { unit: 'GWh', factor: 1e-6, dimension: 'energy' },
  MWh: { unit: 'GWh', factor: 1e-3, dimension: 'energy' },
  GWh: { unit: 'GWh', factor: 1, dimension: 'energy' },
  TWh: { unit: 'GWh', factor: 1e3, dimension: 'energy' },
  // "110 centimètres" of snow and "1,10 mètre": one length. Millimetres measure rain, no length: they keep their unit.
  cm: { unit: 'km', factor: 1e-5, dimension: 'length' },
  m: { unit: 'km', factor: 1e-3, dimension: 'length' },
  km: { unit: 'km', factor: 1, dimension: 'length' },
  mi: { unit: 'km', factor: 1.609344, dimension: 'length' },
  nmi: { unit: 'km', factor: 1.852, dimension: 'length' },
  'm²': { unit: 'km²', factor: 1e-6, dimension: 'area' },
  ha: { unit: 'km²', factor: 1e-2, dimension: 'area' },
  'km²': { unit: 'km²', factor: 1, dimension: 'area' },
  // "nearly 52,000 sq ft" and "4 800 mètres carrés", "a 40-acre site" and "16 hectares".
  'sq ft': { unit: 'km²', factor: 9.290304e-8, dimension: 'area' },
  acre: { unit: 'km²', factor: 4.0468564224e-3, dimension: 'area' },
};

export type Dimension = 'power' | 'energy' | 'length' | 'area';

/** The attribute a quantity states, from its dimension: an installed capacity, an output, a length, an area. */
export const QUANTITY_ATTRIBUTE: Readonly<Record<Dimension, string>> = {
  power: 'capacity',
  energy: 'energy-output',
  length: 'length',
  area: 'area',
};

export function dimensionOf(figure: Figure): Dimension | null {
  return figure.kind === 'quantity' && figure.unit ? (TO_COMMON_UNIT[figure.unit]?.dimension ?? null) : null;
}

/** The figure in another unit: its value and both bounds through one conversion. */
function converted(figure: Figure, unit: string, convert: (value: number) => number): Figure {
  const to = (value: number | null): number | null => (value === null ? null : convert(value));
  return { ...figure, unit, value: to(figure.value), low: to(figure.low), high: to(figure.high) };
}

/** "22F" and "-5,5 °C" are one reading: Fahrenheit is compared in Celsius (an offset, so not a factor above). */
const fahrenheitInCelsius = (fahrenheit: number): number => Math.round(((fahrenheit - 32) * 5 / 9) * 100) / 100;

/** The figure in its dimension's common unit (unchanged when it has none). */
export function inCommonUnit(figure: Figure): Figure {
  if (figure.kind === 'quantity' && figure.unit === '°F') return converted(figure, '°C', fahrenheitInCelsius);
  const common = figure.kind === 'quantity' && figure.unit ? TO_COMMON_UNIT[figure.unit] : undefined;
  if (!common || common.factor === 1) return common ? { ...figure, unit: common.unit } : figure;
  return converted(figure, common.unit, (value) => value * common.factor);
}

/**
 * A duration of a named topic in months or days, so that "30 mois", "an 18-month build" and "two and a half
 * years" of works compare: years become months, weeks days. Hours and minutes stay as written.
 */
const DURATION_FACTORS: Readonly<Record<string, { readonly unit: string; readonly factor: number }>> = {
  year: { unit: 'month', factor: 12 },
  week: { unit: 'day', factor: 7 },
};

export function durationInCommonUnit(figure: Figure): Figure {
  const common = figure.kind === 'duration' && figure.unit ? DURATION_FACTORS[figure.unit] : undefined;
  return common ? converted(figure, common.unit, (value) => value * common.factor) : hoursAsDays(figure);
}

/**
 * "48 heures" and "deux jours", "96 hours" and "four days": a duration of a day or more written in hours is compared
 * in days, wherever it is stated; shorter ones stay hours. (Years stay years outside counted topics: attribute claims
 * and same-figure ones must keep one unit to meet.)
 */
export function hoursAsDays(figure: Figure): Figure {
  if (figure.kind !== 'duration' || figure.unit !== 'hour' || (figure.value ?? 0) < 24) return figure;
  return converted(figure, 'day', (hours) => hours / 24);
}

/**
 * "a three-hour debate" and "plus de trois heures": a duration spelt in words is as rounded as "3 hours" is (the
 * figures layer reads number words as exact, which counts need: "three people" is three). Compared, it spans half a
 * unit either side.
 */
function roundedDuration(figure: Figure): Figure {
  if (figure.kind !== 'duration' || figure.value === null || figure.low !== figure.high || figure.low !== figure.value || !Number.isInteger(figure.value) || figure.qualifier !== 'exact') return figure;
  return { ...figure, low: figure.value - 0.5, high: figure.value + 0.5, lowInclusive: true, highInclusive: false };
}

/**
 * "$210 million to $240 million", "entre 210 et 240 millions de dollars": a range states no single number, but claims
 * need one to tie it by value, place its order of magnitude and meet other sources' ranges; its midpoint stands for
 * it (the interval compared stays the range).
 */
function rangeMidpoint(figure: Figure): Figure {
  if (figure.qualifier !== 'range' || figure.value !== null || figure.low === null || figure.high === null) return figure;
  return { ...figure, value: (figure.low + figure.high) / 2 };
}

/**
 * A figure as claims compare it: a duration spelt in words rounded in the unit it is written in, then put in the
 * unit its kind is compared in: months or days for a counted topic's duration ("30 mois", "two and a half years"),
 * otherwise a dimension's common unit and days for 24 hours or more.
 */
export function comparedFigure(figure: Figure, countedTopic: boolean): Figure {
  const written = roundedDuration(rangeMidpoint(figure));
  return countedTopic ? durationInCommonUnit(written) : yearFractionAsMonths(hoursAsDays(inCommonUnit(written)));
}

/**
 * "a year and a half", "un an et demi", "2.5 years": a duration of years that is no whole number is written in months
 * elsewhere ("18 mois", "30 months"); whole years stay years, the unit they are written in everywhere.
 */
function yearFractionAsMonths(figure: Figure): Figure {
  const value = figure.value;
  if (figure.kind !== 'duration' || figure.unit !== 'year' || value === null || Number.isInteger(value) || !Number.isInteger(value * 12)) return figure;
  return converted(figure, 'month', (years) => years * 12);
}
