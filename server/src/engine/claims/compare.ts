import type { Figure } from '../types';

export type Agreement = 'same' | 'compatible' | 'conflict';

/**
 * Two figures agree when the intervals they assert overlap. Equal values and
 * qualifiers are "same"; an overlap with a different wording only differs in
 * precision or hedging.
 */
export function compareFigures(a: Figure, b: Figure): Agreement {
  if (disjoint(a, b) || disjoint(b, a)) return 'conflict';
  if (a.value === b.value && a.qualifier === b.qualifier) return 'same';
  return 'compatible';
}

/** True when every value of `a` lies below every value of `b`. */
function disjoint(a: Figure, b: Figure): boolean {
  if (a.high === null || b.low === null) return false;
  if (a.high < b.low) return true;
  return a.high === b.low && !(a.highInclusive && b.lowInclusive);
}
