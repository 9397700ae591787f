/**
 * Plain data shared by every layer. Offsets are UTF-16 code units into the
 * document text exactly as received (BOM and CRLF included); only the LSP
 * adapter turns them into line/character positions.
 */

import type { DocumentEntities } from './entities/types';

export type DocId = string;
export type Lang = 'fr' | 'en';

/** Half-open [start, end) range of UTF-16 code units. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export type FigureKind =
  | 'money'
  | 'percent'
  | 'count'
  | 'age'
  | 'year'
  | 'date'
  | 'duration'
  | 'multiple'
  | 'quantity';

export type Qualifier = 'exact' | 'about' | 'more-than' | 'at-least' | 'less-than' | 'at-most' | 'range';

export type DatePrecision = 'day' | 'month' | 'year';

export interface FigureDate {
  /** ISO 8601 at the given precision: 2025-06-12, 2025-06 or 2025. */
  readonly iso: string;
  readonly precision: DatePrecision;
  /** True when resolved against the article's own date ("le 12 juin dernier"). */
  readonly relative: boolean;
}

export interface Figure {
  readonly span: Span;
  /** The figure as written, hedge words included. */
  readonly text: string;
  readonly kind: FigureKind;
  /** The stated number in base units (14.3e9 for "14,3 milliards"); years for dates: the year. */
  readonly value: number | null;
  /** Interval asserted by the text, hedges and rounding included; null = unbounded. */
  readonly low: number | null;
  readonly high: number | null;
  readonly lowInclusive: boolean;
  readonly highInclusive: boolean;
  /** ISO 4217 for money, "%" for percent, "pp" for percentage points, "year"/"month"/"day"… for durations and ages. */
  readonly unit: string | null;
  readonly qualifier: Qualifier;
  /** The unit was carried over from an earlier figure ("… pour un chiffre d'affaires de 179 milliards"). */
  readonly unitInferred: boolean;
  /** Stated in the conditional or as hearsay ("aurait investi"). */
  readonly reported: boolean;
  /** For kind date/year: the normalised date. */
  readonly date: FigureDate | null;
  /** Index of the figure this one only restates in another currency/unit ("(11,2 milliards de francs)"), if any. */
  readonly restates: number | null;
}

export interface FigureContext {
  readonly lang: Lang;
  /** Publication date of the article (ISO day), used to resolve relative dates. */
  readonly documentDate: string | null;
  /** For an article with no date: the story's date (ISO day), which gives day-and-month dates their year only. */
  readonly yearAnchor?: string | null;
  /**
   * The CFA zone the whole document names ("XAF" for a story about Cameroon), from `documentCfaZone`: paragraphs are
   * recognised one at a time, and "FCFA" alone does not say which of the two francs it is.
   */
  readonly cfaZone?: 'XOF' | 'XAF' | null;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface TextPosition {
  /** 0-based line. */
  readonly line: number;
  /** 0-based column in UTF-16 code units. */
  readonly character: number;
}

export interface Paragraph {
  readonly span: Span;
  readonly language: Lang | null;
  readonly sentences: readonly Span[];
}

/** A name seen in a sentence: one entity mention outside boilerplate; `key` folds case, spacing and elision. */
export interface NameMention {
  readonly span: Span;
  readonly text: string;
  readonly key: string;
  /** Index in the document's entity mentions, for corpus-wide resolution. */
  readonly mentionIndex: number;
}

/** Who says so, when the article attributes a figure ("selon Sam Altman"). */
export interface Attribution {
  readonly source: string;
  readonly span: Span;
  readonly nameKeys: readonly string[];
}

/** What a figure states: the claim layer's reading of one figure in its sentence. */
export interface ClaimCandidate {
  readonly figureIndex: number;
  /** Stable attribute key (investment, stake, valuation…), null when no trigger word was found. */
  readonly attribute: string | null;
  /** Entity mention indexes of the sentence's actors, in order of appearance, the attribution's names left out. */
  readonly actorMentions: readonly number[];
  /** Every entity mention of the sentence, the attribution's included: an age's subject may be the one quoted. */
  readonly sentenceMentions: readonly number[];
  /**
   * The period a periodic value refers to ("2025"), null when not periodic or not stated
   * in an undated article; `LAST_YEAR_OF_UNDATED` when an undated article says "last year".
   */
  readonly period: string | null;
  readonly attribution: Attribution | null;
  /** A generic statement ("des paris d'un milliard de dollars"): shown, never compared. */
  readonly generic: boolean;
  readonly sentence: Span;
  /** "7,4 %, contre 9,1 %": the figure index of the value this one is the comparison base of, whose actors it shares. */
  readonly baseOf?: number;
  /** "la famille conserve 13 %", "keeps a 13% stake": what a party kept, stated by that party alone. */
  readonly kept?: true;
  /** A part ("dont 1 100 en Allemagne", "1,450 jobs in Europe") ties by value only; this is what its sentence called it. */
  readonly portionOf?: string;
  /** "Together they would have 11,000 employees": a figure of several actors at once, about none of them alone. */
  readonly collective?: true;
}

export interface DocumentAnalysis {
  readonly id: DocId;
  readonly version: number;
  readonly text: string;
  readonly language: Lang | null;
  readonly date: FigureDate | null;
  /**
   * "02-19" when the header's dateline gives a day without a year ("PARIS, Feb 19 (Reuters) -") and nothing else
   * dates the article: `date` is then that day in the year the story's other articles give, when they give one.
   */
  readonly datelineDay: string | null;
  /** For an article with no date and no dateline: the story's date its day-and-month dates took their year from. */
  readonly yearAnchor: string | null;
  readonly paragraphs: readonly Paragraph[];
  readonly figures: readonly Figure[];
  readonly names: readonly NameMention[];
  readonly entities: DocumentEntities;
  readonly candidates: readonly ClaimCandidate[];
}

export interface FigureRef {
  readonly doc: DocId;
  readonly figureIndex: number;
}

export interface RelatedPlace {
  readonly doc: DocId;
  readonly span: Span;
  readonly message: string;
}

export interface Finding {
  readonly doc: DocId;
  readonly span: Span;
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly related: readonly RelatedPlace[];
  /** The claim the finding is about, for quick fixes and reports. */
  readonly claimId: string | null;
}
