import { formatNormalised } from '../figures';
import type { DocumentAnalysis, Figure, Lang } from '../types';

export interface InlayHintOptions {
  /** "le 12 juin dernier" → 2025-06-12. */
  readonly relativeDates: boolean;
  /** "14,3 milliards de dollars" → 14 300 000 000 USD. */
  readonly scaledValues: boolean;
}

export interface FigureInlayHint {
  /** Offset right after the figure. */
  readonly offset: number;
  readonly label: string;
  readonly figureIndex: number;
}

/** Hints that spell out what the reader would otherwise compute: relative dates and scale words. */
export function figureInlayHints(analysis: DocumentAnalysis, uiLang: Lang, options: InlayHintOptions): FigureInlayHint[] {
  const hints: FigureInlayHint[] = [];
  analysis.figures.forEach((figure, figureIndex) => {
    const label = hintFor(figure, uiLang, options);
    if (label) hints.push({ offset: figure.span.end, label, figureIndex });
  });
  return hints;
}

function hintFor(figure: Figure, uiLang: Lang, options: InlayHintOptions): string | null {
  if (figure.date) return options.relativeDates && figure.date.relative ? figure.date.iso : null;
  if (!options.scaledValues || figure.value === null || Math.abs(figure.value) < 1000) return null;
  return hasScaleWord(figure) ? formatNormalised(figure, uiLang) : null;
}

/** True when the written digits do not spell the whole number ("14,3 milliards", "$29bn"). */
function hasScaleWord(figure: Figure): boolean {
  const written = figure.text.replace(/\D/g, '').length;
  const full = String(Math.round(Math.abs(figure.value ?? 0))).length;
  return written < full;
}
