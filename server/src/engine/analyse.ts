import { attributeFor } from './claims/attributes';
import { extractFigures, inferDocumentDate } from './figures';
import { detectLanguage } from './text/language';
import { namesInSentence } from './text/names';
import { paragraphSpans, sentenceSpans } from './text/segment';
import type { ClaimCandidate, DocId, DocumentAnalysis, Figure, FigureDate, Lang, NameMention, Paragraph, Span } from './types';

export interface DocumentOverrides {
  /** Forced language; null lets detection decide. */
  readonly language: Lang | null;
  /** Configured publication date (ISO day), wins over the inferred one. */
  readonly date: string | null;
}

/** Used when neither configuration nor detection gives a language: Recoupe is French first. */
const FALLBACK_LANGUAGE: Lang = 'fr';

export function analyseDocument(id: DocId, text: string, version: number, overrides: DocumentOverrides): DocumentAnalysis {
  const language = overrides.language ?? detectLanguage(text);
  const date = configuredDate(overrides.date) ?? inferDocumentDate(text);
  const documentDate = date?.precision === 'day' ? date.iso : date ? padDate(date.iso) : null;
  const paragraphs: Paragraph[] = [];
  const figures: Figure[] = [];
  const names: NameMention[] = [];
  for (const span of paragraphSpans(text)) {
    const paragraphText = text.slice(span.start, span.end);
    const paragraphLanguage = overrides.language ?? detectLanguage(paragraphText) ?? language;
    const effective = paragraphLanguage ?? FALLBACK_LANGUAGE;
    const sentences = sentenceSpans(text, span, effective);
    paragraphs.push({ span, language: paragraphLanguage, sentences });
    const offset = figures.length;
    for (const figure of extractFigures(paragraphText, { lang: effective, documentDate })) {
      figures.push(shiftFigure(figure, span.start, offset));
    }
    for (const sentence of sentences) names.push(...namesInSentence(text, sentence));
  }
  return {
    id,
    version,
    text,
    language,
    date,
    paragraphs,
    figures,
    names,
    candidates: claimCandidates(text, paragraphs, figures, names, language ?? FALLBACK_LANGUAGE),
  };
}

function configuredDate(iso: string | null): FigureDate | null {
  return iso ? { iso, precision: iso.length === 10 ? 'day' : iso.length === 7 ? 'month' : 'year', relative: false } : null;
}

/** A month or year precision date still anchors relative dates; the first day is the least surprising anchor. */
function padDate(iso: string): string {
  return iso.length === 7 ? `${iso}-01` : `${iso}-01-01`;
}

function shiftFigure(figure: Figure, by: number, indexOffset: number): Figure {
  return {
    ...figure,
    span: { start: figure.span.start + by, end: figure.span.end + by },
    restates: figure.restates === null ? null : figure.restates + indexOffset,
  };
}

const CLAIMABLE = new Set(['money', 'percent', 'count', 'age', 'year']);

function claimCandidates(
  text: string,
  paragraphs: readonly Paragraph[],
  figures: readonly Figure[],
  names: readonly NameMention[],
  documentLanguage: Lang,
): ClaimCandidate[] {
  const sentences = paragraphs.flatMap((paragraph) => paragraph.sentences);
  let paragraphIndex = 0;
  const candidates: ClaimCandidate[] = [];
  let sentenceIndex = 0;
  let nameIndex = 0;
  figures.forEach((figure, figureIndex) => {
    if (figure.restates !== null || !CLAIMABLE.has(figure.kind)) return;
    while (sentenceIndex < sentences.length && (sentences[sentenceIndex]?.end ?? 0) <= figure.span.start) sentenceIndex++;
    const sentence: Span = sentences[sentenceIndex] ?? figure.span;
    while (paragraphIndex < paragraphs.length && (paragraphs[paragraphIndex]?.span.end ?? 0) <= figure.span.start) paragraphIndex++;
    while (nameIndex < names.length && (names[nameIndex]?.span.start ?? 0) < sentence.start) nameIndex++;
    const sentenceNames = new Set<string>();
    for (let i = nameIndex; i < names.length; i++) {
      const name = names[i];
      if (!name || name.span.start >= sentence.end) break;
      if (name.span.end <= figure.span.start || name.span.start >= figure.span.end) sentenceNames.add(name.key);
    }
    const lower = text.slice(sentence.start, sentence.end).toLowerCase();
    const language = paragraphs[paragraphIndex]?.language ?? documentLanguage;
    const attribute =
      figure.kind === 'age'
        ? ageAttribute(figures, sentence)
        : attributeFor(lower, figure.span.start - sentence.start, figure.span.end - sentence.start, figure.kind, language);
    candidates.push({ figureIndex, attribute, names: [...sentenceNames].sort(), sentence });
  });
  return candidates;
}

/**
 * An age is only comparable with an age at the same time: "fondé en 2016, à
 * 19 ans" states the age in 2016, not today. A year in the sentence keys it.
 */
function ageAttribute(figures: readonly Figure[], sentence: Span): string {
  const year = figures.find(
    (other) => (other.kind === 'year' || other.kind === 'date') && other.span.start >= sentence.start && other.span.end <= sentence.end && other.date,
  );
  return year?.date ? `age-in-${year.date.iso.slice(0, 4)}` : 'age';
}
