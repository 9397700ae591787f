/**
 * Re-anchoring: where is an annotated span in the current text of its file?
 * Pure (no IO): the store keeps the selectors, the server and the CLI bring
 * the text.
 *
 * Steps, cheapest first:
 *  1. exact: the quote is still at its stored TextPositionSelector;
 *  2. moved: the quote occurs elsewhere — compared after folding whitespace
 *     runs (CRLF, reflowed lines, no-break spaces), typographic quotes and
 *     dashes — and the best occurrence is chosen by prefix/suffix and distance;
 *     it needs evidence: one side of its context, or being the only
 *     occurrence and either long or still next to the stored position;
 *  3. fuzzy: Myers' approximate matcher (fuzzy.ts) allows min(256, quote/2)
 *     errors; each candidate's ends are refined against the context, scored
 *     like Hypothesis (quote 50, prefix 20, suffix 20, position 2) and
 *     accepted only when both sides of the context agree (see ANCHOR_TUNING),
 *     when its digits are the quote's unless the context is intact, and when
 *     it is not the text that used to precede or follow the quote;
 *  4. orphan: span null. Never dropped: the caller shows it as an orphan.
 *
 * A wrong anchor is worse than an orphan: a "verified" mark shown on another
 * figure misleads, an orphan only asks for a look. The thresholds were tuned
 * on the scripted edits of test/unit/annotations/anchor.test.ts, near-identical
 * sibling sentences included.
 */
import type { Span } from '../types';
import { approximateMatches, distancesFromStart, distancesToEnd, distanceToPrefix, distanceToSuffix } from './fuzzy';
import { positionSelectorOf, quoteSelectorOf, type FileTarget, type TextQuoteSelector } from './types';

export type AnchorStatus = 'exact' | 'moved' | 'fuzzy' | 'orphan';

export interface AnchorResult {
  readonly status: AnchorStatus;
  /** Where the annotation is now (UTF-16 offsets into the given text); null for an orphan. */
  readonly span: Span | null;
  /** 0..1: 1 for exact; the weighted quote/prefix/suffix/position score otherwise (the best rejected one for an orphan). */
  readonly score: number;
}

export interface QuoteAndPosition {
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
  /** The stored TextPositionSelector, used first and as the distance hint. */
  readonly start?: number | null;
  readonly end?: number | null;
}

/** Code units of context stored on each side of a quote. */
export const CONTEXT_LENGTH = 32;

const WEIGHT_QUOTE = 50;
const WEIGHT_PREFIX = 20;
const WEIGHT_SUFFIX = 20;
const WEIGHT_POSITION = 2;
const WEIGHT_TOTAL = WEIGHT_QUOTE + WEIGHT_PREFIX + WEIGHT_SUFFIX + WEIGHT_POSITION;

/** Tuned thresholds (see the module comment and the closing notes of the issue). */
export const ANCHOR_TUNING = {
  /** Most occurrences of the quote examined in step 2. */
  maxOccurrences: 1000,
  /** Moved: one side of the context must score at least this... */
  movedContext: 0.8,
  /**
   * ...unless the quote is unique and at least this long (a whole sentence identifies itself), or unique,
   * at least fuzzyMinLength long and within its length + 32 of the stored position.
   */
  movedUniqueLength: 32,
  /** Shortest (folded) quote the fuzzy step tries. */
  fuzzyMinLength: 8,
  /** Fuzzy: quote score (1 − errors / length) at least this with both sides of the context at least fuzzyContext... */
  fuzzyQuote: 0.75,
  fuzzyContext: 0.5,
  /** ...or a weaker quote with both sides at least fuzzyStrongContext (a word inserted in a short quote)... */
  fuzzyWeakQuote: 0.6,
  fuzzyStrongContext: 0.8,
  /** ...or a long, nearly intact quote with one side of the context (an edited paragraph that moved). */
  fuzzyLongQuote: 0.9,
  fuzzyLongLength: 64,
  /** A candidate whose digits differ from the quote's needs both sides of the context at least this. */
  fuzzyDigitsContext: 0.9,
  /** A fuzzy candidate whose own start (end) matches the suffix (prefix) within this of its real context is rejected. */
  neighbourMargin: 0.1,
  /** Fuzzy candidates scored. */
  fuzzyCandidates: 32,
} as const;

/** The TextQuoteSelector fields for a span: the quote and up to 32 code units on each side, never splitting a surrogate pair. */
export function describeSpan(text: string, span: Span, contextLength = CONTEXT_LENGTH): Omit<TextQuoteSelector, 'type'> {
  const start = clamp(span.start, 0, text.length);
  const end = clamp(span.end, start, text.length);
  let prefixStart = Math.max(0, start - contextLength);
  if (isLowSurrogate(text.charCodeAt(prefixStart)) && prefixStart > 0) prefixStart++;
  let suffixEnd = Math.min(text.length, end + contextLength);
  if (isLowSurrogate(text.charCodeAt(suffixEnd)) && suffixEnd < text.length) suffixEnd--;
  return { exact: text.slice(start, end), prefix: text.slice(prefixStart, start), suffix: text.slice(end, suffixEnd) };
}

/**
 * Anchors many annotations on one text: the folded text is computed once,
 * on the first annotation that is not found at its stored position.
 */
export class TextAnchorer {
  private folded: Folded | null = null;

  constructor(readonly text: string) {}

  /** A whole-file target (no selector) anchors exactly on the whole text. */
  anchorTarget(target: FileTarget): AnchorResult {
    const quote = quoteSelectorOf(target);
    const position = positionSelectorOf(target);
    if (quote === null) {
      if (position === null) return { status: 'exact', span: { start: 0, end: this.text.length }, score: 1 };
      return position.end <= this.text.length && position.start <= position.end
        ? { status: 'exact', span: { start: position.start, end: position.end }, score: 1 }
        : ORPHAN;
    }
    return this.anchor({ exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix, start: position?.start, end: position?.end });
  }

  anchor(selectors: QuoteAndPosition): AnchorResult {
    const { exact } = selectors;
    if (exact.length === 0) return ORPHAN;
    const { start, end } = selectors;
    if (typeof start === 'number' && typeof end === 'number' && end - start === exact.length && this.text.startsWith(exact, start) && start >= 0) {
      return { status: 'exact', span: { start, end }, score: 1 };
    }
    const folded = (this.folded ??= fold(this.text));
    const quote = fold(exact).text;
    if (quote.trim().length === 0) return ORPHAN;
    const context: Context = {
      folded,
      quote,
      prefix: fold(selectors.prefix).text,
      suffix: fold(selectors.suffix).text,
      hint: typeof start === 'number' ? foldedIndex(folded, start) : null,
    };
    return moved(context) ?? fuzzy(context) ?? { ...ORPHAN, score: round(context.bestRejected ?? 0) };
  }
}

/** Convenience for one annotation; prefer TextAnchorer for many on the same text. */
export function anchorQuote(selectors: QuoteAndPosition, text: string): AnchorResult {
  return new TextAnchorer(text).anchor(selectors);
}

export function anchorTarget(target: FileTarget, text: string): AnchorResult {
  return new TextAnchorer(text).anchorTarget(target);
}

const ORPHAN: AnchorResult = { status: 'orphan', span: null, score: 0 };

interface Context {
  readonly folded: Folded;
  readonly quote: string;
  readonly prefix: string;
  readonly suffix: string;
  readonly hint: number | null;
  bestRejected?: number;
}

interface Scored {
  readonly start: number;
  readonly end: number;
  readonly quoteScore: number;
  readonly prefixScore: number;
  readonly suffixScore: number;
  readonly score: number;
}

function moved(context: Context): AnchorResult | null {
  const { folded, quote, hint } = context;
  const occurrences: number[] = [];
  for (let at = folded.text.indexOf(quote); at >= 0 && occurrences.length < ANCHOR_TUNING.maxOccurrences; at = folded.text.indexOf(quote, at + 1)) {
    occurrences.push(at);
  }
  if (occurrences.length === 0) return null;
  const best = pickBest(occurrences.map((at) => score(context, at, at + quote.length, 0)));
  const unique = occurrences.length === 1;
  // Evidence that this occurrence is the annotated one: its context, or being the only one and either
  // long enough to identify itself or still next to the stored position (both neighbours were rewritten).
  const contextual = Math.max(best.prefixScore, best.suffixScore) >= ANCHOR_TUNING.movedContext;
  const selfIdentifying = unique && quote.length >= ANCHOR_TUNING.movedUniqueLength;
  const nearby =
    unique && quote.length >= ANCHOR_TUNING.fuzzyMinLength && hint !== null && Math.abs(best.start - hint) <= quote.length + CONTEXT_LENGTH;
  if (!contextual && !selfIdentifying && !nearby) {
    context.bestRejected = best.score;
    return null;
  }
  return { status: 'moved', span: toSpan(folded, best.start, best.end), score: round(best.score) };
}

function fuzzy(context: Context): AnchorResult | null {
  const { folded, quote } = context;
  if (quote.length < ANCHOR_TUNING.fuzzyMinLength) return null;
  const maxErrors = Math.min(256, Math.floor(quote.length / 2));
  const matches = approximateMatches(folded.text, quote, maxErrors, { maxMatches: ANCHOR_TUNING.fuzzyCandidates });
  if (matches.length === 0) return null;
  const best = pickBest(matches.map((match) => refine(context, match)));
  const weaker = Math.min(best.prefixScore, best.suffixScore);
  const stronger = Math.max(best.prefixScore, best.suffixScore);
  const accepted =
    ((best.quoteScore >= ANCHOR_TUNING.fuzzyQuote && weaker >= ANCHOR_TUNING.fuzzyContext) ||
      (best.quoteScore >= ANCHOR_TUNING.fuzzyWeakQuote && weaker >= ANCHOR_TUNING.fuzzyStrongContext) ||
      (best.quoteScore >= ANCHOR_TUNING.fuzzyLongQuote && quote.length >= ANCHOR_TUNING.fuzzyLongLength && stronger >= ANCHOR_TUNING.fuzzyContext)) &&
    // Other figures: a sibling sentence ("T1 carried 52,000" next to "T2 carried 38,000") is only
    // followed when both sides of the context are intact.
    (sameDigits(quote, folded.text.slice(best.start, best.end)) || weaker >= ANCHOR_TUNING.fuzzyDigitsContext) &&
    // The candidate must not be the text that used to precede or follow the quote.
    !isNeighbour(context, best);
  if (!accepted) {
    context.bestRejected = Math.max(context.bestRejected ?? 0, best.score);
    return null;
  }
  const span = trimSpan(context.folded.source, toSpan(folded, best.start, best.end));
  return span === null ? null : { status: 'fuzzy', span, score: round(best.score) };
}

function score(context: Context, start: number, end: number, errors: number): Scored {
  const { folded, quote, prefix, suffix, hint } = context;
  const text = folded.text;
  const quoteScore = 1 - errors / quote.length;
  const prefixValue = prefixScore(text, prefix, start);
  const suffixValue = suffixScore(text, suffix, end);
  const positionScore = hint === null || text.length === 0 ? 0.5 : Math.max(0, 1 - Math.abs(start - hint) / text.length);
  const total = (WEIGHT_QUOTE * quoteScore + WEIGHT_PREFIX * prefixValue + WEIGHT_SUFFIX * suffixValue + WEIGHT_POSITION * positionScore) / WEIGHT_TOTAL;
  return { start, end, quoteScore, prefixScore: prefixValue, suffixScore: suffixValue, score: total };
}

/**
 * The matcher places a fuzzy match's ends where the quote alone fits best,
 * which can cut a rewritten last word short ("deux ans" → "deux an|nées").
 * Moves each end within a few code units to where quote and context fit best.
 */
function refine(context: Context, match: { start: number; end: number; errors: number }): Scored {
  const { folded, quote, prefix, suffix } = context;
  const text = folded.text;
  const slack = Math.min(32, match.errors + 8);
  const quoteWeight = WEIGHT_QUOTE / quote.length;
  let end = match.end;
  let errors = match.errors;
  let bestValue = -Infinity;
  for (const candidate of distancesFromStart(text.slice(match.start, match.end + slack), quote, match.errors + slack)) {
    const at = match.start + candidate.end;
    if (at < match.end - slack) continue;
    const value = -quoteWeight * candidate.errors + WEIGHT_SUFFIX * suffixScore(text, suffix, at);
    if (value > bestValue) {
      bestValue = value;
      end = at;
      errors = candidate.errors;
    }
  }
  let start = match.start;
  bestValue = -Infinity;
  const from = Math.max(0, match.start - slack);
  for (const candidate of distancesToEnd(text.slice(from, end), quote, errors + slack)) {
    const at = from + candidate.start;
    if (at > match.start + slack) continue;
    const value = -quoteWeight * candidate.errors + WEIGHT_PREFIX * prefixScore(text, prefix, at);
    if (value > bestValue) {
      bestValue = value;
      start = at;
      errors = candidate.errors;
    }
  }
  return score(context, start, end, errors);
}

function prefixScore(text: string, prefix: string, start: number): number {
  if (prefix.length === 0) return start === 0 ? 1 : 0.5;
  const slack = Math.ceil(prefix.length / 4);
  return 1 - distanceToSuffix(text.slice(Math.max(0, start - prefix.length - slack), start), prefix) / prefix.length;
}

function suffixScore(text: string, suffix: string, end: number): number {
  if (suffix.length === 0) return end === text.length ? 1 : 0.5;
  const slack = Math.ceil(suffix.length / 4);
  return 1 - distanceToPrefix(text.slice(end, end + suffix.length + slack), suffix) / suffix.length;
}

function sameDigits(a: string, b: string): boolean {
  return a.replace(/[^0-9]/g, '') === b.replace(/[^0-9]/g, '');
}

/**
 * Whether the stored suffix matches at the candidate's own start (or the
 * prefix at its own end) about as well as around it: the candidate is then
 * the text that used to follow (precede) the quote, or one of a run of
 * sentences built alike ("T1 carried … a day on average. T2 carried … a day
 * on average."), where a deleted sentence and an edited sibling look the same.
 */
function isNeighbour(context: Context, candidate: Scored): boolean {
  const text = context.folded.text;
  const { prefix, suffix } = context;
  if (suffix.length > 0) {
    const slack = Math.ceil(suffix.length / 4);
    const atStart = 1 - distanceToPrefix(text.slice(candidate.start, candidate.start + suffix.length + slack), suffix) / suffix.length;
    if (atStart >= Math.max(candidate.suffixScore - ANCHOR_TUNING.neighbourMargin, ANCHOR_TUNING.movedContext)) return true;
  }
  if (prefix.length > 0) {
    const slack = Math.ceil(prefix.length / 4);
    const atEnd = 1 - distanceToSuffix(text.slice(Math.max(0, candidate.end - prefix.length - slack), candidate.end), prefix) / prefix.length;
    if (atEnd >= Math.max(candidate.prefixScore - ANCHOR_TUNING.neighbourMargin, ANCHOR_TUNING.movedContext)) return true;
  }
  return false;
}

function pickBest(scored: readonly Scored[]): Scored {
  let best = scored[0] as Scored;
  for (const candidate of scored) if (candidate.score > best.score) best = candidate;
  return best;
}

/**
 * The text with every whitespace run folded to one space and typographic
 * variants folded to ASCII; `starts[i]`/`ends[i]` give the original code
 * units that folded character i came from.
 */
interface Folded {
  readonly source: string;
  readonly text: string;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

function fold(source: string): Folded {
  const starts = new Int32Array(source.length);
  const ends = new Int32Array(source.length);
  // Most code units fold to themselves: copy unchanged runs with slice() rather than one string per unit.
  const pieces: string[] = [];
  let runStart = 0;
  let length = 0;
  let inSpace = false;
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    const space = isSpace(code);
    if (space && inSpace) {
      if (runStart < i) pieces.push(source.slice(runStart, i));
      runStart = i + 1;
      ends[length - 1] = i + 1;
      continue;
    }
    if (!space && isInvisible(code)) {
      if (runStart < i) pieces.push(source.slice(runStart, i));
      runStart = i + 1;
      if (length > 0) ends[length - 1] = i + 1;
      continue;
    }
    inSpace = space;
    const folded = space ? (code === 32 ? null : ' ') : foldChar(code);
    if (folded !== null) {
      if (runStart < i) pieces.push(source.slice(runStart, i));
      pieces.push(folded);
      runStart = i + 1;
    }
    starts[length] = i;
    ends[length] = i + 1;
    length++;
  }
  if (runStart < source.length) pieces.push(source.slice(runStart));
  return { source, text: pieces.join(''), starts: starts.subarray(0, length), ends: ends.subarray(0, length) };
}

function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/** Soft hyphen, zero-width spaces and joiners, word joiner, BOM: dropped. */
function isInvisible(code: number): boolean {
  return code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff;
}

/** The ASCII stand-in of a typographic variant, or null when the code unit folds to itself (a plain space: to " "). */
function foldChar(code: number): string | null {
  if (code === 32) return null;
  switch (code) {
    case 0x2018:
    case 0x2019:
    case 0x201b:
    case 0x2032:
    case 0x02bc:
      return "'";
    case 0x201c:
    case 0x201d:
    case 0x201e:
    case 0x201f:
    case 0x2033:
    case 0xab:
    case 0xbb:
      return '"';
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
      return '-';
    default:
      return null;
  }
}

/** Folded index of the first folded character at or after an original offset. */
function foldedIndex(folded: Folded, offset: number): number {
  let low = 0;
  let high = folded.starts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((folded.starts[mid] ?? 0) < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

function toSpan(folded: Folded, start: number, end: number): Span {
  const source = folded.source;
  let from = folded.starts[start] ?? source.length;
  let to = end > start ? (folded.ends[end - 1] ?? source.length) : from;
  if (from > 0 && isLowSurrogate(source.charCodeAt(from)) && isHighSurrogate(source.charCodeAt(from - 1))) from--;
  if (to < source.length && isLowSurrogate(source.charCodeAt(to)) && isHighSurrogate(source.charCodeAt(to - 1))) to++;
  return { start: from, end: to };
}

/** Fuzzy spans may pick up a neighbouring space: trim whitespace at both ends. */
function trimSpan(text: string, span: Span): Span | null {
  let { start, end } = span;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end > start ? { start, end } : null;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(high, value));
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
