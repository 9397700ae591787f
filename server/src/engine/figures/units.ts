import type { Figure } from '../types';

/** What a unit conversion reads and writes of a figure. */
type Measure = Pick<Figure, 'kind' | 'unit' | 'value' | 'low' | 'high'>;

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

export function dimensionOf(figure: Measure): Dimension | null {
  return figure.kind === 'quantity' && figure.unit ? (TO_COMMON_UNIT[figure.unit]?.dimension ?? null) : null;
}

/** The figure in another unit: its value and both bounds through one conversion. */
export function converted<T extends Measure>(figure: T, unit: string, convert: (value: number) => number): T {
  const to = (value: number | null): number | null => (value === null ? null : convert(value));
  return { ...figure, unit, value: to(figure.value), low: to(figure.low), high: to(figure.high) };
}

/** "22F" and "-5,5 °C" are one reading: Fahrenheit is compared in Celsius (an offset, so not a factor above). */
const fahrenheitInCelsius = (fahrenheit: number): number => Math.round(((fahrenheit - 32) * 5 / 9) * 100) / 100;

/** The figure in its dimension's common unit (unchanged when it has none). */
export function inCommonUnit<T extends Measure>(figure: T): T {
  if (figure.kind === 'quantity' && figure.unit === '°F') return converted(figure, '°C', fahrenheitInCelsius);
  const common = figure.kind === 'quantity' && figure.unit ? TO_COMMON_UNIT[figure.unit] : undefined;
  if (!common || common.factor === 1) return common ? { ...figure, unit: common.unit } : figure;
  return converted(figure, common.unit, (value) => value * common.factor);
}

/** How far a conversion in brackets may round the value it converts ("217 miles" for 350 km is 349 km). */
const CONVERSION_RATIO = 1.1;
/** Temperatures near zero compare by degrees, not by ratio ("-7 °C (20F)": 20F is -6.7 °C). */
const CONVERSION_DEGREES = 1;

/**
 * Whether a measure converts another into other units: "up to 350 km (217 miles)", "1 840 hectares (some 4,500
 * acres)", "-7 °C (20F)". Both are put in their dimension's common unit and must then be one value, give or take
 * the rounding a conversion does.
 */
export function convertsMeasure(value: number | null, unit: string | null, convertedValue: number | null, convertedUnit: string | null): boolean {
  if (value === null || convertedValue === null || unit === null || convertedUnit === null || unit === convertedUnit) return false;
  const asMeasure = (amount: number, measureUnit: string): Measure => ({ kind: 'quantity', unit: measureUnit, value: amount, low: amount, high: amount });
  const original = inCommonUnit(asMeasure(value, unit));
  const conversion = inCommonUnit(asMeasure(convertedValue, convertedUnit));
  if (original.unit !== conversion.unit || original.value === null || conversion.value === null) return false;
  if (original.unit === '°C') return Math.abs(original.value - conversion.value) <= CONVERSION_DEGREES;
  if (original.value <= 0 || conversion.value <= 0) return false;
  const ratio = original.value / conversion.value;
  return ratio <= CONVERSION_RATIO && ratio >= 1 / CONVERSION_RATIO;
}
