/**
 * Figures recogniser: money, percentages, counts, ages, durations, multiples,
 * dates and years in French and English news text.
 *
 * Pure and synchronous; spans are UTF-16 offsets into the exact input string.
 */

import type { Figure, FigureContext, FigureDate } from '../types';
import { inferDocumentDate as inferDate } from './dates';
import { extract } from './extract';

export { describeFigure, formatNormalised, formatNumber } from './describe';

/** Every figure of a whole document, sorted by span start. Never throws. */
export function extractFigures(text: string, context: FigureContext): Figure[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  try {
    const figures = extract(text, context);
    return figures.sort((a, b) => a.span.start - b.span.start);
  } catch {
    return [];
  }
}

/** The article's publication date from its header or dateline (first ~15 lines), or null. */
export function inferDocumentDate(text: string): FigureDate | null {
  if (typeof text !== 'string' || text.length === 0) return null;
  return inferDate(text);
}
