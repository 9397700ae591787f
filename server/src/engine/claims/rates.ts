/**
 * Approximate exchange rates, in US dollars per unit, mid-2025. Good enough
 * to tell "14 milliards de dollars" from "11,2 milliards de francs" as the
 * same amount, not to convert a balance sheet: comparisons across currencies
 * widen both intervals by a tolerance. Overridable in settings
 * (`currency.rates`, `currency.tolerance`).
 */
export const DEFAULT_USD_RATES: Readonly<Record<string, number>> = {
  USD: 1,
  EUR: 1.14,
  CHF: 1.23,
  GBP: 1.35,
  JPY: 0.0069,
  CNY: 0.139,
  INR: 0.0117,
  CAD: 0.73,
  AUD: 0.65,
  HKD: 0.127,
  SEK: 0.104,
  NOK: 0.098,
  DKK: 0.153,
  KRW: 0.00073,
  BRL: 0.18,
  RUB: 0.0127,
  XOF: 0.00174,
  XAF: 0.00174,
  MAD: 0.11,
};

export const DEFAULT_RATE_TOLERANCE = 0.1;

export interface CurrencyOptions {
  readonly rates: Readonly<Record<string, number>>;
  /** Relative widening applied to both sides of a cross-currency comparison. */
  readonly tolerance: number;
}

export const DEFAULT_CURRENCY_OPTIONS: CurrencyOptions = { rates: DEFAULT_USD_RATES, tolerance: DEFAULT_RATE_TOLERANCE };
