import { claimCandidates, type AttributeTable } from './claims';
import { documentCfaZone, extractFigures, inferDatelineDay, inferDocumentDate } from './figures';
import { detectLanguage, paragraphLanguage } from './text/language';
import { recogniseEntities } from './entities';
import { paragraphSpans, sentenceSpans } from './text/segment';
import type { DocId, DocumentAnalysis, Figure, FigureDate, Lang, NameMention, Paragraph, Span } from './types';
import type { EntityMention } from './entities/types';

export interface DocumentOverrides {
  /** Forced language; null lets detection decide. */
  readonly language: Lang | null;
  /** Configured publication date (ISO day), wins over the inferred one. */
  readonly date: string | null;
}

/** Used when neither configuration nor detection gives a language: Recoupe is French first. */
const FALLBACK_LANGUAGE: Lang = 'fr';

/**
 * `borrowedDate`: the day an undated article's yearless dateline falls on in the story's year (Engine.borrowedDate),
 * used only when neither configuration nor the header dates the article. `storyDate`: for an article with no date
 * and no dateline, the story's date, which gives its day-and-month dates a year and nothing else.
 */
export function analyseDocument(
  id: DocId,
  text: string,
  version: number,
  overrides: DocumentOverrides,
  attributes: AttributeTable,
  borrowedDate: string | null = null,
  storyDate: string | null = null,
  header: HeaderDating = headerDating(text, overrides),
): DocumentAnalysis {
  const language = overrides.language ?? detectLanguage(text);
  const configured = configuredDate(overrides.date);
  const { inferred, datelineDay } = header;
  const date = configured ?? inferred ?? (datelineDay !== null && borrowedDate?.endsWith(datelineDay) ? { iso: borrowedDate, precision: 'day' as const, relative: true } : null);
  const documentDate = date?.precision === 'day' ? date.iso : date ? padDate(date.iso) : null;
  // An article nothing dates at all reads its day-and-month dates in the story's year (Engine.redateYearless).
  const yearAnchor = date === null && datelineDay === null ? storyDate : null;
  const paragraphs: Paragraph[] = [];
  const figures: Figure[] = [];
  const cfaZone = documentCfaZone(text);
  for (const span of paragraphSpans(text)) {
    const paragraphText = text.slice(span.start, span.end);
    const spoken = overrides.language ?? paragraphLanguage(paragraphText, language, paragraphs[paragraphs.length - 1]?.language ?? language);
    const effective = spoken ?? FALLBACK_LANGUAGE;
    const sentences = sentenceSpans(text, span, effective);
    paragraphs.push({ span, language: spoken, sentences });
    const offset = figures.length;
    for (const figure of extractFigures(paragraphText, { lang: effective, documentDate, cfaZone, yearAnchor })) {
      figures.push(shiftFigure(figure, span.start, offset));
    }
  }
  carryMoneyValues(text, figures);
  const entities = recogniseEntities(text, paragraphs);
  const names: NameMention[] = [];
  entities.mentions.forEach((mention, mentionIndex) => {
    if (!mention.boilerplate) names.push({ span: mention.span, text: mention.text, key: mention.key, mentionIndex });
  });
  return {
    id,
    version,
    text,
    language,
    date,
    datelineDay,
    yearAnchor,
    paragraphs,
    figures,
    names,
    entities,
    candidates: claimCandidates({
      boilerplate: entities.boilerplate,
      personMentions: personMentionIndices(entities.mentions),
      places: scopingPlaces(entities.mentions, paragraphs[0]?.span ?? null),
      text,
      paragraphs,
      figures,
      names,
      documentLanguage: language ?? FALLBACK_LANGUAGE,
      // A borrowed year is a guess: it resolves the dateline's days and weekdays, but a year the article writes is not
      // judged far from the article's on a guess (judged so, horizon years such as "2030" of three articles became
      // claims: rounds 1 and 3 +9 pairs, +12 ties of values the gold leaves out).
      documentYear: date && datelineDay === null ? date.iso.slice(0, 4) : null,
      documentMonth: date && date.precision !== 'year' ? Number(date.iso.slice(5, 7)) : null,
      documentDay: date && date.precision === 'day' ? date.iso : null,
      attributes,
    }),
  };
}

/**
 * "… pour un montant de 128 millions d'euros." and, paragraphs apart, "un chèque de 128 millions": a bare scaled
 * number the document writes elsewhere as money, with nothing counted after it, is that money (a headline's "1,2
 * milliard" too, before the body's "1,2 milliard de dollars"). Paragraphs are
 * recognised one at a time, so the figures layer cannot see the earlier amount; the value must match (a bare
 * "57 millions" of bottles stays a count).
 */
function carryMoneyValues(text: string, figures: Figure[]): void {
  const currencyOfValue = new Map<number, string>();
  for (const figure of figures) {
    if (figure.kind === 'money' && !figure.unitInferred && figure.unit !== null && figure.value !== null && !currencyOfValue.has(figure.value)) currencyOfValue.set(figure.value, figure.unit);
  }
  figures.forEach((figure, index) => {
    if (figure.kind !== 'count' || figure.value === null || figure.value < BARE_MONEY_FLOOR || figure.unit !== null) return;
    const currency = currencyOfValue.get(figure.value);
    if (currency === undefined || COUNTED_AFTER.test(text.slice(figure.span.end, figure.span.end + 12))) return;
    figures[index] = { ...figure, kind: 'money', unit: currency, unitInferred: true };
  });
}
/** Scaled amounts only ("128 millions"): smaller bare numbers are counts far more often than money. */
const BARE_MONEY_FLOOR = 1_000_000;
/** "2,6 millions de clients", "1.4 million of them", "2.6 million people": what follows is counted; a preposition or verb is not. */
const COUNTED_AFTER = /^[\s\u00a0\u202f]*(?:de[\s\u00a0\u202f]|d['’]|of[\s\u00a0\u202f]|(?!(?:to|in|on|for|from|by|and|or|at|over|this|last|a|an|the|per|with|than|was|were|is|are|will|has|have|had|en|à|au|pour|par|sur|sans|et|ou|dans|avec|contre|soit|sera|serait|est|était)(?![\p{L}]))\p{Ll})/u;

/**
 * Mentions of people: those typed so, and a lone surname the document gives a person in full elsewhere ("Théo
 * Marsal" … "À 23 ans, Marsal sort…"), which a sentence-initial position alone may leave untyped.
 */
function personMentionIndices(mentions: readonly EntityMention[]): ReadonlySet<number> {
  const surnames = new Set<string>();
  for (const mention of mentions) {
    const words = mention.text.split(/[\s\u00a0]+/u);
    if (mention.type === 'person' && words.length > 1) surnames.add(words[words.length - 1] ?? '');
  }
  return new Set(mentions.flatMap((mention, index) => (mention.type === 'person' || surnames.has(mention.text) ? [index] : [])));
}

/** A headline short enough to name what the story is about, not a first paragraph of prose. */
const HEADLINE_LENGTH = 160;

/**
 * Places that scope a figure to a part ("dont 300 en France"). The place a story is about (named in its headline)
 * is no part of anything there: "2 340 résidences inondées en Outaouais", in a story about the Outaouais floods,
 * is the whole toll.
 */
function scopingPlaces(mentions: readonly EntityMention[], headline: Span | null): Span[] {
  const storyPlaces = new Set<string>();
  if (headline && headline.end - headline.start <= HEADLINE_LENGTH) {
    for (const mention of mentions) if (mention.type === 'place' && mention.span.start >= headline.start && mention.span.end <= headline.end) storyPlaces.add(mention.key);
  }
  return mentions.flatMap((mention) => (mention.type === 'place' && !mention.boilerplate && !storyPlaces.has(mention.key) ? [mention.span] : []));
}

/** What an article's header says of its date: a full date, or else a dateline's yearless day ("02-19"). */
export interface HeaderDating {
  readonly inferred: FigureDate | null;
  readonly datelineDay: string | null;
}

/** Read once per analysis: the engine reads it before analysing a batch and passes it in (Engine.updateMany). */
export function headerDating(text: string, overrides: DocumentOverrides): HeaderDating {
  if (overrides.date) return { inferred: null, datelineDay: null };
  const inferred = inferDocumentDate(text);
  return { inferred, datelineDay: inferred ? null : inferDatelineDay(text) };
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

