/** From a stated amount and its hedge to the interval the text asserts. */

import type { Qualifier } from '../types';
import type { HedgeKind } from './tables';

export interface Interval {
  readonly low: number | null;
  readonly high: number | null;
  readonly lowInclusive: boolean;
  readonly highInclusive: boolean;
  readonly qualifier: Qualifier;
}

export interface Base {
  readonly value: number | null;
  /** Rounding interval of an exact statement ("14 milliards" → [13.5e9, 14.5e9)). */
  readonly lo: number;
  readonly hi: number;
  readonly loInc: boolean;
  readonly hiInc: boolean;
  readonly approx: boolean;
  readonly vague: boolean;
}

/** Tolerance of "environ", "about": ±10 %. */
export const ABOUT = 0.1;

export function hedgeInterval(b: Base, hedge: HedgeKind | null): Interval {
  const interval = rawHedgeInterval(b, hedge);
  return { ...interval, low: tidy(interval.low), high: tidy(interval.high) };
}

/**
 * "environ 14 milliards" spans 12.6 to 15.4 billion, not 15400000000.000002: ±10 % in binary floating point leaves
 * noise in the last digits, which the hover, the report and the CLI table would print.
 */
function tidy(n: number | null): number | null {
  // Most ends are whole already; toPrecision showed up in the bench's profile (0.2 s of a 5 MB load).
  return n === null || Number.isInteger(n) || !Number.isFinite(n) ? n : Number(n.toPrecision(12));
}

function rawHedgeInterval(b: Base, hedge: HedgeKind | null): Interval {
  const v = b.value;
  if (b.vague || v === null) {
    if (hedge === 'more' || hedge === 'atleast') {
      return { low: b.lo, high: null, lowInclusive: hedge === 'atleast', highInclusive: false, qualifier: hedge === 'more' ? 'more-than' : 'at-least' };
    }
    if (hedge === 'less' || hedge === 'atmost') {
      return { low: null, high: b.hi, lowInclusive: false, highInclusive: hedge === 'atmost', qualifier: hedge === 'less' ? 'less-than' : 'at-most' };
    }
    return { low: b.lo, high: b.hi, lowInclusive: b.loInc, highInclusive: b.hiInc, qualifier: 'range' };
  }
  switch (hedge) {
    case 'more':
      return { low: v, high: null, lowInclusive: false, highInclusive: false, qualifier: 'more-than' };
    case 'atleast':
      return { low: v, high: null, lowInclusive: true, highInclusive: false, qualifier: 'at-least' };
    case 'less':
      return { low: null, high: v, lowInclusive: false, highInclusive: false, qualifier: 'less-than' };
    case 'atmost':
      return { low: null, high: v, lowInclusive: false, highInclusive: true, qualifier: 'at-most' };
    case 'about':
      return {
        low: Math.min(b.lo, v * (1 - ABOUT), smallWhole(v) ? v - 0.5 : v), high: Math.max(b.hi, v * (1 + ABOUT), smallWhole(v) ? v + 0.5 : v),
        lowInclusive: true, highInclusive: true, qualifier: 'about',
      };
    case 'near':
      return { low: Math.min(b.lo, v * (1 - ABOUT), smallWhole(v) ? v - 0.5 : v), high: v, lowInclusive: true, highInclusive: true, qualifier: 'about' };
    case 'brush':
      return { low: Math.min(b.lo, v * (1 - ABOUT), smallWhole(v) ? v - 0.5 : v), high: Math.max(v, b.hi), lowInclusive: true, highInclusive: true, qualifier: 'about' };
    default:
      return { low: b.lo, high: b.hi, lowInclusive: b.loInc, highInclusive: b.hiInc, qualifier: b.approx ? 'about' : 'exact' };
  }
}

/**
 * "nearly two weeks", "about three months": a hedge on a small whole number of a coarse unit covers at least half a
 * unit (12 days are "près de deux semaines"), however the number is written (words carry no rounding of their own).
 */
function smallWhole(value: number): boolean {
  return Number.isInteger(value) && value > 0 && value <= 10;
}
