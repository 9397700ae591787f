import type { EntityType } from '../entities/types';
import type { DocumentAnalysis, Figure, FigureKind, Span } from '../types';

/** Token types and modifiers, in legend order. package.json declares the same names (a test checks it). */
export const TOKEN_TYPES = [
  'money',
  'percent',
  'count',
  'age',
  'year',
  'date',
  'duration',
  'multiple',
  'quantity',
  'person',
  'organization',
  'place',
  'product',
  'event',
] as const satisfies readonly (FigureKind | EntityType)[];
export type TokenType = (typeof TOKEN_TYPES)[number];
export const TOKEN_MODIFIERS = ['hedged', 'inferred', 'reported', 'conflict', 'verified', 'disputed', 'boilerplate'] as const;
export type TokenModifier = (typeof TOKEN_MODIFIERS)[number];

export interface Token {
  readonly span: Span;
  readonly type: TokenType;
  readonly modifiers: readonly TokenModifier[];
}

/** Figure indexes that carry a state beyond the figure itself. */
export interface FigureMarks {
  readonly conflicting: ReadonlySet<number>;
  readonly verified: ReadonlySet<number>;
  readonly disputed: ReadonlySet<number>;
}

export function figureTokens(analysis: DocumentAnalysis, marks: FigureMarks): Token[] {
  const boilerplate = analysis.entities.boilerplate;
  return analysis.figures.map((figure, index) => {
    const modifiers = modifiersOf(figure, index, marks);
    if (within(boilerplate, figure.span)) modifiers.push('boilerplate');
    return { span: figure.span, type: figure.kind, modifiers };
  });
}

/** Entity mentions typed by the corpus-wide registry; unresolved or untyped ones get no colour. */
export function entityTokens(analysis: DocumentAnalysis, typeOf: (mentionIndex: number) => EntityType | null, figures: readonly Token[]): Token[] {
  const tokens: Token[] = [];
  analysis.entities.mentions.forEach((mention, index) => {
    const type = typeOf(index);
    if (!type || type === 'other') return;
    if (figures.some((figure) => figure.span.start < mention.span.end && mention.span.start < figure.span.end)) return;
    tokens.push({ span: mention.span, type, modifiers: mention.boilerplate ? ['boilerplate'] : [] });
  });
  return tokens;
}

function within(blocks: readonly Span[], span: Span): boolean {
  return blocks.some((block) => block.start <= span.start && span.end <= block.end);
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
