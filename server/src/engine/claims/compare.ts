import type { Figure } from '../types';
import type { CurrencyOptions } from './rates';

export type Agreement = 'same' | 'compatible' | 'conflict';

export interface Interval {
  readonly low: number | null;
  readonly high: number | null;
  readonly lowInclusive: boolean;
  readonly highInclusive: boolean;
}

export interface Conversion {
  readonly from: string;
  readonly to: string;
  /** Units of `to` per unit of `from`. */
  readonly rate: number;
}

export interface Comparison {
  readonly agreement: Agreement;
  /** Set when `b` had to be converted into `a`'s currency. */
  readonly conversion: Conversion | null;
}

/**
 * Two figures agree when the intervals they assert overlap. Equal values and
 * qualifiers are "same"; an overlap with different wording only differs in
 * precision or hedging. Amounts in different currencies are converted with
 * the rate table, and the converted interval widened by its tolerance.
 */
export function compareFigures(a: Figure, b: Figure, currency: CurrencyOptions): Comparison {
  // "3 juin 2025" against "June 17, 2025": a date's interval is its year, so days and months are compared here.
  const days = datesDisagree(a, b);
  if (days !== null) return { agreement: days ? 'conflict' : a.date?.iso === b.date?.iso ? 'same' : 'compatible', conversion: null };
  const conversion = conversionBetween(a, b, currency);
  if (conversion === undefined) return { agreement: 'compatible', conversion: null };
  // "19 millions de dollars" in a Quebec paper and "C$19 million": a bare "dollar" (read as US dollars) names no
  // country, so against another dollar it is compared as that dollar, not converted.
  if (conversion && DOLLARS.has(conversion.from) && DOLLARS.has(conversion.to) && (bareDollar(a) || bareDollar(b))) {
    return compareFigures(a, { ...b, unit: a.unit }, currency);
  }
  // The tolerance covers the rate, so it widens the converted side only (widening both would double it).
  const left = roundedFigure(a);
  const right = conversion ? widen(scale(roundedFigure(b), conversion.rate), currency.tolerance) : roundedFigure(b);
  if (disjoint(left, right) || disjoint(right, left)) return { agreement: 'conflict', conversion };
  if (capsDiffer(a, b, conversion, currency.tolerance)) return { agreement: 'conflict', conversion };
  if (floorAgainstCeiling(a, b, left, right)) return { agreement: 'conflict', conversion };
  const same = !conversion && a.value === b.value && a.qualifier === b.qualifier;
  return { agreement: same ? 'same' : 'compatible', conversion };
}

const DOLLARS: ReadonlySet<string> = new Set(['USD', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD']);
/** A US dollar amount written without its country ("$19m", "19 millions de dollars"), not "US$", "USD", "dollars américains". */
const US_WRITTEN = /(?:US\s?\$|USD|U\.S\.\s?\$|U\.S\. dollars|US dollars|dollars? (?:am[ée]ricains?|US)|american dollars)/iu;

function bareDollar(figure: Figure): boolean {
  return figure.unit === 'USD' && !US_WRITTEN.test(figure.text);
}

/**
 * "jusqu'à 900 postes" against "jusqu'à 1 900 postes", "up to $100m" against "up to $300m": a ceiling is what
 * the plan or offer says, not a bound on an unknown, so two sources giving it different ceilings disagree even
 * though their intervals overlap. Ceilings within rounding (5 %, or the currency tolerance) are the same one.
 */
const CEILING_ROUNDING = 0.05;

function capsDiffer(a: Figure, b: Figure, conversion: Conversion | null, tolerance: number): boolean {
  if (a.qualifier !== 'at-most' || b.qualifier !== 'at-most' || a.high === null || b.high === null) return false;
  const capB = b.high * (conversion?.rate ?? 1);
  const largest = Math.max(Math.abs(a.high), Math.abs(capB));
  return largest > 0 && Math.abs(a.high - capB) > largest * (CEILING_ROUNDING + (conversion ? tolerance : 0));
}

/**
 * "au moins 1,6 milliard" against "up to €1.6bn": a floor and a ceiling at one number meet only at that number, but
 * one source says the figure is no less, the other no more; as with "jusqu'à 100 millions" against "plus de 100
 * millions", the sources disagree on what the figure is.
 */
function floorAgainstCeiling(a: Figure, b: Figure, left: Interval, right: Interval): boolean {
  const floor = (figure: Figure): boolean => figure.qualifier === 'at-least' || figure.qualifier === 'more-than';
  const ceiling = (figure: Figure): boolean => figure.qualifier === 'at-most' || figure.qualifier === 'less-than';
  if (!((floor(a) && ceiling(b)) || (ceiling(a) && floor(b)))) return false;
  const low = Math.max(left.low ?? -Infinity, right.low ?? -Infinity);
  const high = Math.min(left.high ?? Infinity, right.high ?? Infinity);
  return Number.isFinite(low) && low === high;
}

/** Two ceilings of one unit more than rounding apart ("jusqu'à 80 km/h", "up to 100 km/h"). */
export function ceilingsApart(a: Figure, b: Figure): boolean {
  return a.unit === b.unit && capsDiffer(a, b, null, 0);
}

/** Interval of `b` expressed in `a`'s unit (for display: hover and charts). */
export function intervalIn(b: Figure, conversion: Conversion | null): Interval & { readonly value: number | null } {
  if (!conversion) return b;
  const scaled = scale(b, conversion.rate);
  return { ...scaled, value: b.value === null ? null : b.value * conversion.rate };
}

/** null: same unit; a Conversion: convertible; undefined: incomparable (a currency without a rate). */
function conversionBetween(a: Figure, b: Figure, currency: CurrencyOptions): Conversion | null | undefined {
  if (a.unit === b.unit || a.kind !== 'money' || b.kind !== 'money' || !a.unit || !b.unit) return null;
  const to = currency.rates[a.unit];
  const from = currency.rates[b.unit];
  if (!to || !from) return undefined;
  return { from: b.unit, to: a.unit, rate: from / to };
}

/**
 * A round number may itself be rounded: "640 millions" is how a paper writes
 * 641 million, "2 000 salariés" how it writes 2 050. Trailing zeros of an
 * exact figure widen its interval to the place they stand for, by at most
 * 5 % of the value, so "640" meets "641" but "100" still misses "120".
 */
export function roundedFigure(figure: Figure): Interval {
  // Amounts, headcounts and measures get rounded ("35,000 acres" and "14 200 hectares"); ages and percentages are
  // stated as they are.
  if (figure.kind !== 'money' && figure.kind !== 'count' && figure.kind !== 'quantity') return figure;
  if (figure.qualifier !== 'exact' || figure.value === null || figure.low === null || figure.high === null || figure.value === 0) return figure;
  const step = figure.high - figure.low;
  if (step <= 0) return figure;
  let written = Math.round(Math.abs(figure.value) / step);
  if (written < 10 || written % 10 !== 0) return figure;
  let place = 1;
  while (written % 10 === 0 && written > 0) {
    written /= 10;
    place *= 10;
  }
  const half = Math.min((place * step) / 2, Math.abs(figure.value) * 0.05);
  if (half <= step / 2) return figure;
  return { low: figure.value - half, high: figure.value + half, lowInclusive: true, highInclusive: true };
}

function scale(figure: Interval, rate: number): Interval {
  return {
    low: figure.low === null ? null : figure.low * rate,
    high: figure.high === null ? null : figure.high * rate,
    lowInclusive: figure.lowInclusive,
    highInclusive: figure.highInclusive,
  };
}

function widen(figure: Interval, tolerance: number): Interval {
  return {
    low: figure.low === null ? null : figure.low * (1 - tolerance),
    high: figure.high === null ? null : figure.high * (1 + tolerance),
    lowInclusive: true,
    highInclusive: true,
  };
}

/** True when every value of `a` lies below every value of `b`. */
function disjoint(a: Interval, b: Interval): boolean {
  if (a.high === null || b.low === null) return false;
  if (a.high < b.low) return true;
  return a.high === b.low && !(a.highInclusive && b.lowInclusive);
}

/** Width of an interval, Infinity when open-ended: the narrower, the more precise. */
export function widthOf(figure: Interval): number {
  return figure.low === null || figure.high === null ? Infinity : figure.high - figure.low;
}

/**
 * Whether two dates stated to the day or the month cannot both be right: different days, different months, or a day
 * outside the month the other gives. Null when either is no such date (years compare as intervals).
 */
function datesDisagree(a: Figure, b: Figure): boolean | null {
  if (a.kind !== 'date' || b.kind !== 'date' || !a.date || !b.date) return null;
  if (a.date.precision === 'year' || b.date.precision === 'year') return null;
  const month = (iso: string): string => iso.slice(0, 7);
  if (a.date.precision === 'day' && b.date.precision === 'day') return a.date.iso !== b.date.iso;
  return month(a.date.iso) !== month(b.date.iso);
}
