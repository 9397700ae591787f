import type { AttributeTable } from './attributes';
import { findAttribution } from './attribution';
import type { ClaimCandidate, Figure, Lang, NameMention, Paragraph, Span } from '../types';

const CLAIMABLE = new Set(['money', 'percent', 'count', 'age', 'year', 'date']);

/** Vague quantities that describe an order of magnitude, not a fact. */
const VAGUE_OPENERS = /^(?:plusieurs|quelques|des|several|some|a few|dozens|hundreds|thousands|many)\b/iu;
/** "des paris d'un milliard", "bets of a billion": an indefinite amount after a plural noun and "de/of". */
const GENERIC_BEFORE = /\p{L}+[sx]\s+(?:de|d['’]|of)\s*$/iu;
const INDEFINITE = /^(?:un|une|a|an)\s/iu;

/** "11 chercheurs, dont 4 d'OpenAI": what follows such a marker is a part of the figure before it, not the same fact. */
export const PART_MARKERS = /(?:^|[\s,;(])(?:dont|parmi lesquels|parmi lesquelles|including|of which|of whom|among them)(?=[\s:])/iu;

export interface CandidateContext {
  /** Page furniture and teasers: their figures are shown, never compared. */
  readonly boilerplate: readonly Span[];
  readonly text: string;
  readonly paragraphs: readonly Paragraph[];
  readonly figures: readonly Figure[];
  readonly names: readonly NameMention[];
  readonly documentLanguage: Lang;
  /** Year of the article, the default period of periodic values. */
  readonly documentYear: string | null;
  readonly attributes: AttributeTable;
}

/** One candidate per claimable figure, in figure order. Linear: figures, sentences and names are all sorted. */
export function claimCandidates(context: CandidateContext): ClaimCandidate[] {
  const { text, paragraphs, figures, names } = context;
  const candidates: ClaimCandidate[] = [];
  let paragraphIndex = 0;
  let sentenceIndex = 0;
  let nameIndex = 0;
  let sentences: readonly Span[] = paragraphs[0]?.sentences ?? [];
  figures.forEach((figure, figureIndex) => {
    if (figure.restates !== null || !CLAIMABLE.has(figure.kind) || inside(context.boilerplate, figure.span)) return;
    while (paragraphIndex < paragraphs.length - 1 && (paragraphs[paragraphIndex]?.span.end ?? 0) <= figure.span.start) {
      paragraphIndex++;
      sentences = paragraphs[paragraphIndex]?.sentences ?? [];
      sentenceIndex = 0;
    }
    while (sentenceIndex < sentences.length - 1 && (sentences[sentenceIndex]?.end ?? 0) <= figure.span.start) sentenceIndex++;
    const sentence: Span = sentences[sentenceIndex] ?? figure.span;
    while (nameIndex < names.length && (names[nameIndex]?.span.start ?? 0) < sentence.start) nameIndex++;
    const sentenceNames: NameMention[] = [];
    for (let i = nameIndex; i < names.length; i++) {
      const name = names[i];
      if (!name || name.span.start >= sentence.end) break;
      sentenceNames.push(name);
    }
    const language = paragraphs[paragraphIndex]?.language ?? context.documentLanguage;
    const attribution = findAttribution(text, sentence, sentenceNames, language);
    const excluded = new Set(attribution?.nameKeys ?? []);
    const actorMentions: number[] = [];
    for (const name of sentenceNames) {
      const overlapsFigure = name.span.end > figure.span.start && name.span.start < figure.span.end;
      if (!overlapsFigure && !excluded.has(name.key)) actorMentions.push(name.mentionIndex);
    }
    const lower = text.slice(sentence.start, sentence.end).toLowerCase();
    const attribute =
      figure.kind === 'age'
        ? 'age'
        : context.attributes.attributeFor(lower, figure.span.start - sentence.start, figure.span.end - sentence.start, figure.kind, language);
    candidates.push({
      figureIndex,
      attribute,
      actorMentions,
      period:
        attribute && context.attributes.isPeriodic(attribute)
          ? (yearInSentence(figures, figureIndex, sentence, attribute === 'age') ?? context.documentYear)
          : null,
      attribution,
      generic: isGeneric(text, figure) || isPart(text, figures, figureIndex, sentence),
      sentence,
    });
  });
  return candidates;
}

/**
 * The year another figure of the sentence names ("en 2025", "for 2024"), which a periodic value
 * refers to. For an age only a year before it counts ("fondé en 2016, à 19 ans"): one after it
 * usually belongs to a relative clause ("the 28-year-old Wang, who founded it in 2016").
 */
function yearInSentence(figures: readonly Figure[], figureIndex: number, sentence: Span, beforeOnly: boolean): string | null {
  const isYear = (other: Figure | undefined): string | null =>
    other && (other.kind === 'year' || other.kind === 'date') && other.date ? other.date.iso.slice(0, 4) : null;
  for (let i = figureIndex - 1; i >= 0 && (figures[i]?.span.start ?? -1) >= sentence.start; i--) {
    const year = isYear(figures[i]);
    if (year) return year;
  }
  for (let i = figureIndex + 1; !beforeOnly && i < figures.length && (figures[i]?.span.end ?? Infinity) <= sentence.end; i++) {
    const year = isYear(figures[i]);
    if (year) return year;
  }
  return null;
}

function isPart(text: string, figures: readonly Figure[], figureIndex: number, sentence: Span): boolean {
  const figure = figures[figureIndex];
  if (!figure) return false;
  for (let i = figureIndex - 1; i >= 0; i--) {
    const before = figures[i];
    if (!before || before.span.start < sentence.start) return false;
    if (before.kind === figure.kind && PART_MARKERS.test(text.slice(before.span.end, figure.span.start))) return true;
  }
  return false;
}

function isGeneric(text: string, figure: Figure): boolean {
  if (figure.value === null && VAGUE_OPENERS.test(figure.text)) return true;
  if (!INDEFINITE.test(figure.text)) return false;
  return GENERIC_BEFORE.test(text.slice(Math.max(0, figure.span.start - 40), figure.span.start));
}

function inside(blocks: readonly Span[], span: Span): boolean {
  return blocks.some((block) => block.start <= span.start && span.end <= block.end);
}
