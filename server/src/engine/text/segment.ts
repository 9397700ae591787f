import type { Span } from '../types';

/**
 * Paragraphs are runs of non-empty lines separated by line breaks. News text
 * pasted from the web often has one paragraph per line with no blank line
 * between, so every line break ends a paragraph; a Markdown list item is a
 * paragraph of its own too.
 */
export function paragraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const length = text.length;
  for (let i = 0; i <= length; i++) {
    const code = i < length ? text.charCodeAt(i) : 10;
    if (code === 10 || code === 13) {
      pushTrimmed(text, start, i, spans);
      start = i + 1;
    }
  }
  return spans;
}

function pushTrimmed(text: string, start: number, end: number, into: Span[]): void {
  let s = start;
  let e = end;
  while (s < e && isBlank(text.charCodeAt(s))) s++;
  while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
  if (e > s) into.push({ start: s, end: e });
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x202f || code === 0xfeff || code === 0x2009;
}

/** Abbreviations after which Intl.Segmenter wrongly ends a sentence. */
const ABBREVIATIONS = new Set([
  'm', 'mm', 'mme', 'mmes', 'mlle', 'dr', 'pr', 'me', 'mgr', 'msgr', 'rep', 'sen', 'gov', 'gen', 'col', 'capt', 'lt', 'sgt', 'cllr', 'supt', 'insp', 'cmdr', 'rev', 'st', 'ste', 'env', 'cf', 'etc', 'av', 'apr', 'vol', 'no', 'n°',
  'mr', 'mrs', 'ms', 'prof', 'inc', 'corp', 'ltd', 'co', 'jr', 'sr', 'vs', 'approx', 'est', 'fig', 'p', 'pp',
  'jan', 'janv', 'feb', 'fév', 'févr', 'mar', 'avr', 'jun', 'jul', 'juil', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec', 'déc',
  'u.s', 'e.g', 'i.e', 'a.m', 'p.m',
]);

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(locale: string): Intl.Segmenter {
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
    segmenters.set(locale, segmenter);
  }
  return segmenter;
}

/**
 * Sentences of one paragraph. Intl.Segmenter is quadratic on long strings,
 * so it only ever sees one paragraph; very long "paragraphs" (tables, dumps)
 * are cut into fixed windows first so the cost stays linear.
 */
export function sentenceSpans(text: string, paragraph: Span, locale: string): Span[] {
  const spans: Span[] = [];
  const windowSize = 4000;
  for (let windowStart = paragraph.start; windowStart < paragraph.end; windowStart += windowSize) {
    const windowEnd = Math.min(paragraph.end, windowStart + windowSize);
    segmentWindow(text, windowStart, windowEnd, locale, spans);
  }
  return spans;
}

function segmentWindow(text: string, start: number, end: number, locale: string, into: Span[]): void {
  const slice = text.slice(start, end);
  let pendingStart: number | null = null;
  for (const segment of segmenterFor(locale).segment(slice)) {
    const segStart = start + segment.index;
    const segEnd = segStart + segment.segment.length;
    const sentenceStart: number = pendingStart ?? segStart;
    if (endsWithAbbreviation(segment.segment) && segEnd < end) {
      pendingStart = sentenceStart;
      continue;
    }
    pendingStart = null;
    pushTrimmed(text, sentenceStart, segEnd, into);
  }
  if (pendingStart !== null) pushTrimmed(text, pendingStart, end, into);
}

function endsWithAbbreviation(segment: string): boolean {
  const trimmed = segment.trimEnd();
  if (!trimmed.endsWith('.')) return false;
  let i = trimmed.length - 1;
  while (i > 0 && !/[\s(«"“]/u.test(trimmed.charAt(i - 1))) i--;
  const word = trimmed.slice(i, trimmed.length - 1).toLowerCase();
  if (word.length === 1 && /\p{Lu}/u.test(trimmed.charAt(i))) return true; // an initial: "John F. Kennedy"
  if (/^\p{L}+-\p{Lu}$/u.test(trimmed.slice(i, trimmed.length - 1))) return true; // a compound given name's initial: "Jean-M. Dupont"
  return ABBREVIATIONS.has(word);
}
