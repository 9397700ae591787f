import type { Figure } from '../types';
import { converted, dimensionOf, inCommonUnit, type Dimension } from '../figures/units';

export { dimensionOf };

/** The attribute a quantity states, from its dimension: an installed capacity, an output, a length, an area. */
export const QUANTITY_ATTRIBUTE: Readonly<Record<Dimension, string>> = {
  power: 'capacity',
  energy: 'energy-output',
  length: 'length',
  area: 'area',
};

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
