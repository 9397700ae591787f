import type { DocumentAnalysis, Figure, FigureKind, Span } from '../types';

/** Token types and modifiers, in legend order. package.json declares the same names (a test checks it). */
export const TOKEN_TYPES: readonly FigureKind[] = ['money', 'percent', 'count', 'age', 'year', 'date', 'duration', 'multiple', 'quantity'];
export const TOKEN_MODIFIERS = ['hedged', 'inferred', 'reported', 'conflict', 'verified', 'disputed'] as const;
export type TokenModifier = (typeof TOKEN_MODIFIERS)[number];

export interface Token {
  readonly span: Span;
  readonly type: FigureKind;
  readonly modifiers: readonly TokenModifier[];
}

/** Figure indexes that carry a state beyond the figure itself. */
export interface FigureMarks {
  readonly conflicting: ReadonlySet<number>;
  readonly verified: ReadonlySet<number>;
  readonly disputed: ReadonlySet<number>;
}

export function figureTokens(analysis: DocumentAnalysis, marks: FigureMarks): Token[] {
  return analysis.figures.map((figure, index) => ({
    span: figure.span,
    type: figure.kind,
    modifiers: modifiersOf(figure, index, marks),
  }));
}

function modifiersOf(figure: Figure, index: number, marks: FigureMarks): TokenModifier[] {
  const modifiers: TokenModifier[] = [];
  if (figure.qualifier !== 'exact') modifiers.push('hedged');
  if (figure.unitInferred) modifiers.push('inferred');
  if (figure.reported) modifiers.push('reported');
  if (marks.conflicting.has(index)) modifiers.push('conflict');
  if (marks.verified.has(index)) modifiers.push('verified');
  if (marks.disputed.has(index)) modifiers.push('disputed');
  return modifiers;
}
