import { DEFAULT_USD_RATES } from '../engine';

/** The engine's table: charts convert with the very rates the comparison used. */
export { DEFAULT_USD_RATES };

/**
 * How many `to` one `from` is worth, or null when either currency is not in
 * the table (or the table holds a non-positive or non-finite value).
 */
export function conversionRate(from: string, to: string, usdRates: Readonly<Record<string, number>> = DEFAULT_USD_RATES): number | null {
  if (from === to) return 1;
  const usdPerFrom = Object.prototype.hasOwnProperty.call(usdRates, from) ? usdRates[from] : undefined;
  const usdPerTo = Object.prototype.hasOwnProperty.call(usdRates, to) ? usdRates[to] : undefined;
  if (usdPerFrom === undefined || usdPerTo === undefined) return null;
  if (!(Number.isFinite(usdPerFrom) && usdPerFrom > 0 && Number.isFinite(usdPerTo) && usdPerTo > 0)) return null;
  return usdPerFrom / usdPerTo;
}
