import type { DocumentAnalysis, Figure, FigureKind, Span } from '../types';

/** Token types and modifiers, in legend order. package.json declares the same names (a test checks it). */
export const TOKEN_TYPES: readonly FigureKind[] = ['money', 'percent', 'count', 'age', 'year', 'date', 'duration', 'multiple', 'quantity'];
export const TOKEN_MODIFIERS = ['hedged', 'inferred', 'reported', 'conflict'] as const;
export type TokenModifier = (typeof TOKEN_MODIFIERS)[number];

export interface Token {
  readonly span: Span;
  readonly type: FigureKind;
  readonly modifiers: readonly TokenModifier[];
}

export function figureTokens(analysis: DocumentAnalysis, conflicting: ReadonlySet<number>): Token[] {
  return analysis.figures.map((figure, index) => ({
    span: figure.span,
    type: figure.kind,
    modifiers: modifiersOf(figure, conflicting.has(index)),
  }));
}

function modifiersOf(figure: Figure, conflict: boolean): TokenModifier[] {
  const modifiers: TokenModifier[] = [];
  if (figure.qualifier !== 'exact') modifiers.push('hedged');
  if (figure.unitInferred) modifiers.push('inferred');
  if (figure.reported) modifiers.push('reported');
  if (conflict) modifiers.push('conflict');
  return modifiers;
}
