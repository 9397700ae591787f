/**
 * Figures recogniser: money, percentages, counts, ages, durations, multiples,
 * dates and years in French and English news text.
 *
 * Pure and synchronous; spans are UTF-16 offsets into the exact input string.
 */

import type { Figure, FigureContext, FigureDate } from '../types';
import { inferDatelineDay as inferYearlessDay, inferDocumentDate as inferDate } from './dates';
import { compiled } from './compiled';
import { extract } from './extract';
import { zoneVote } from './quantity';
import { tokenize } from './tokens';

export { describeFigure, formatNormalised, formatNumber } from './describe';
export { inHeaderPosition } from './dates';

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

/** The month and day ("02-19") of a dateline that gives no year, for a header `inferDocumentDate` found no full date in. */
export function inferDatelineDay(text: string): string | null {
  if (typeof text !== 'string' || text.length === 0) return null;
  return inferYearlessDay(text);
}

/** The article's publication date from its header or dateline (first ~15 lines), or null. */
export function inferDocumentDate(text: string): FigureDate | null {
  if (typeof text !== 'string' || text.length === 0) return null;
  return inferDate(text);
}

/**
 * The CFA zone a whole document names most ("XAF" for a story set in Yaoundé), passed back as `cfaZone` to every
 * paragraph's `extractFigures`; null when the document never writes "CFA" or names neither zone.
 */
export function documentCfaZone(text: string): 'XOF' | 'XAF' | null {
  if (typeof text !== 'string' || !CFA_WORD.test(text)) return null;
  const zone = zoneVote(tokenize(text), compiled('fr').cfaZones);
  return zone === 'XAF' || zone === 'XOF' ? zone : null;
}

const CFA_WORD = /cfa/i;
export { CLOCK_UNIT } from './clock';
