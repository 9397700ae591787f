/** Absolute and relative dates, and the article's own date. */

import type { DatePrecision, FigureDate } from '../types';
import { compiled, type Compiled } from './compiled';
import { parseNumberWords } from './numbers';
import { TK, tokenize, type Token } from './tokens';

export interface DocDate {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

export interface DateHit {
  /** Token range [start, end). */
  readonly start: number;
  readonly end: number;
  /** Null when relative and the document date is unknown. */
  readonly date: FigureDate | null;
}

export interface DateCtx {
  readonly toks: readonly Token[];
  readonly C: Compiled;
  readonly doc: DocDate | null;
  /**
   * For an article with no date of its own, the story's date (Engine.redateYearless): it gives "April 7" and "le 24
   * octobre" their year, never a weekday or "hier" their day.
   */
  readonly yearAnchor?: DocDate | null;
}

export function parseDocDate(iso: string | null): DocDate | null {
  if (iso === null) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (m === null) return null;
  return { y: Number(m[1]), m: Number(m[2] ?? '1'), d: Number(m[3] ?? '1') };
}

const pad = (n: number): string => (n < 10 ? '0' : '') + String(n);

function mk(y: number, m: number, d: number, precision: DatePrecision, relative: boolean): FigureDate {
  const iso = precision === 'year' ? String(y) : precision === 'month' ? `${y}-${pad(m)}` : `${y}-${pad(m)}-${pad(d)}`;
  return { iso, precision, relative };
}

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCMonth() === m - 1;
}

function shiftDays(doc: DocDate, days: number): FigureDate {
  const dt = new Date(Date.UTC(doc.y, doc.m - 1, doc.d + days));
  return mk(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate(), 'day', true);
}

function serial(y: number, m: number, d: number): number {
  return Date.UTC(y, m - 1, d) / 86400000;
}

/** Year for a month/day without year: the nearest to the document date, respecting "dernier"/"prochain". */
function pickYear(doc: DocDate, m: number, d: number, dir: -1 | 0 | 1): number {
  const ref = serial(doc.y, doc.m, doc.d);
  let best = doc.y;
  let bestDist = Infinity;
  for (const y of [doc.y - 1, doc.y, doc.y + 1]) {
    const delta = serial(y, m, d) - ref;
    if (dir < 0 && delta > 0) continue;
    if (dir > 0 && delta < 0) continue;
    if (Math.abs(delta) < bestDist) { bestDist = Math.abs(delta); best = y; }
  }
  return best;
}

export function isYearToken(t: Token | undefined): t is Token {
  if (t === undefined || t.kind !== TK.Num || t.low.length !== 4) return false;
  const v = Number(t.low);
  return v >= 1900 && v <= 2100;
}

function dayToken(ctx: DateCtx, i: number): { day: number; end: number } | null {
  const t = ctx.toks[i];
  if (t === undefined) return null;
  if (t.kind === TK.Word && (t.low === 'premier' || t.low === 'first')) return { day: 1, end: i + 1 };
  if (t.kind !== TK.Num || t.low.length > 2) return null;
  const day = Number(t.low);
  if (day < 1 || day > 31) return null;
  const suf = ctx.toks[i + 1];
  if (suf !== undefined && suf.kind === TK.Word && !suf.sp) {
    if (ctx.C.T.dayOrdinalSuffixes.includes(suf.low) || ctx.C.ordinals.has(suf.low)) return { day, end: i + 2 };
    return null;
  }
  return { day, end: i + 1 };
}

function word(ctx: DateCtx, i: number): string | null {
  const t = ctx.toks[i];
  return t !== undefined && t.kind === TK.Word ? t.low : null;
}

function isPunct(ctx: DateCtx, i: number, p: string): boolean {
  const t = ctx.toks[i];
  return t !== undefined && t.kind === TK.Punct && t.low === p;
}

/** Direction marker right after a date ("dernier", "prochain"), with its end. */
function marker(ctx: DateCtx, i: number): { dir: -1 | 0 | 1; end: number } {
  const w = word(ctx, i);
  if (w !== null && ctx.C.past.has(w)) return { dir: -1, end: i + 1 };
  const n = ctx.C.next.match(ctx.toks, i);
  if (n !== null) return { dir: 1, end: n.end };
  return { dir: 0, end: i };
}

/** "12 juin 2025", "12 juin dernier", "June 12, 2025", "June 2025", "juin" after a cue. */
function monthDates(ctx: DateCtx, i: number, cue: boolean, since = false): DateHit | null {
  const { toks, C, doc } = ctx;
  const dt = dayToken(ctx, i);
  if (dt !== null) {
    // "du 3 au 9 septembre", "from 3 to 9 September", "les 3 et 4 octobre": the days share the last one's month and year,
    // and the span dates its event from its first day (read alone, the first day was a count and only the last a date).
    // "les nuits du 7 et du 8 avril": the second day may repeat the article.
    const lastAt = spanConnector(ctx, dt.end) ? (word(ctx, dt.end + 1) === 'du' || word(ctx, dt.end + 1) === 'le' ? dt.end + 2 : dt.end + 1) : -1;
    const last = lastAt < 0 ? null : dayToken(ctx, lastAt);
    if (last !== null && last.day > dt.day) {
      const closing = monthDates(ctx, lastAt, false);
      // "la nuit du 7 au 8 avril": a night is dated by its morning, as the outlets that write "April 8" date it.
      if (closing !== null && closing.start === lastAt) return { start: i, end: closing.end, date: overnight(ctx, i) ? closing.date : firstDayOf(closing.date, dt.day) };
    }
    let k = dt.end;
    const mw = word(ctx, k);
    const month = mw === null ? undefined : C.months.get(mw);
    if (month !== undefined) {
      k++;
      if (isPunct(ctx, k, '.') && mw !== null && C.monthAbbr.has(mw)) k++;
      let j = k;
      if (isPunct(ctx, j, ',')) j++;
      const yt = toks[j];
      if (isYearToken(yt)) {
        const y = Number(yt.low);
        if (!validDay(y, month, dt.day)) return null;
        return { start: i, end: j + 1, date: mk(y, month, dt.day, 'day', false) };
      }
      const mk2 = marker(ctx, k);
      const anchor = doc ?? ctx.yearAnchor ?? null;
      const date = anchor === null ? null : mk(pickYear(anchor, month, dt.day, mk2.dir), month, dt.day, 'day', true);
      return { start: i, end: mk2.end, date };
    }
  }
  const mw = word(ctx, i);
  const month = mw === null ? undefined : C.months.get(mw);
  if (month === undefined || mw === null) return null;
  let k = i + 1;
  if (isPunct(ctx, k, '.') && C.monthAbbr.has(mw)) k++;
  const dd = dayToken(ctx, k);
  if (dd !== null && C.T.lang === 'en') {
    // "September 3-9", "October 3 to 5, 2025": a span of days after the month, dated from its first day (a night by its
    // morning); unlike "March 11 workers", the joined second day already makes the span a date, whatever follows it.
    const lastDay = spanConnector(ctx, dd.end) ? dayToken(ctx, dd.end + 1) : null;
    const span = lastDay !== null && lastDay.day > dd.day ? lastDay : null;
    const day = span !== null && overnight(ctx, i) ? span.day : dd.day;
    const dayEnd = span?.end ?? dd.end;
    let j = dayEnd;
    if (isPunct(ctx, j, ',')) j++;
    const yt = toks[j];
    if (isYearToken(yt)) {
      const y = Number(yt.low);
      if (!validDay(y, month, day)) return null;
      return { start: i, end: j + 1, date: mk(y, month, day, 'day', false) };
    }
    const nt = toks[dd.end];
    // "the FDA on March 11 approved…": a past tense after the day closes the date ("March 11 workers" stays a count),
    // and so does a word the figures layer knows as no noun ("on July 29 near a rest area", "close to").
    if (span !== null || nt === undefined || nt.kind !== TK.Word || C.stop.has(nt.low) || C.lexicon.has(nt.low) || /^[a-z]{3,}ed$/u.test(nt.low)) {
      const anchor = doc ?? ctx.yearAnchor ?? null;
      const date = anchor === null ? null : mk(pickYear(anchor, month, day, 0), month, day, 'day', true);
      return { start: i, end: dayEnd, date };
    }
  }
  const yt = toks[k];
  if (isYearToken(yt)) return { start: i, end: k + 1, date: mk(Number(yt.low), month, 1, 'month', false) };
  if (!cue) return null;
  const mark = marker(ctx, k);
  // "depuis janvier", "since April": a month already begun.
  const dir = mark.dir === 0 && since ? -1 : mark.dir;
  const date = doc === null ? null : mk(pickYear(doc, month, 15, dir), month, 1, 'month', true);
  return { start: i, end: mark.end, date };
}

/** A word or dash joining two days of one month: "au", "à", "to", "et", "and", "-", "–". */
function spanConnector(ctx: DateCtx, i: number): boolean {
  const t = ctx.toks[i];
  if (t === undefined) return false;
  if (t.kind === TK.Punct) return t.low === '-' || t.low === '–';
  return t.kind === TK.Word && (t.low === 'au' || ctx.C.T.rangeTo.includes(t.low) || ctx.C.T.rangeAnd.includes(t.low));
}

/** "la nuit du 7 au 8", "the night of April 7-8", "overnight April 7-8": a span of days that is one night. */
function overnight(ctx: DateCtx, i: number): boolean {
  const before = word(ctx, i - 1);
  if (before === 'overnight') return true;
  const night = word(ctx, i - 2);
  return (before === 'du' || before === 'of') && (night === 'nuit' || night === 'night');
}

/** The span's first day, in the month and year its last day was read in. */
function firstDayOf(closing: FigureDate | null, day: number): FigureDate | null {
  if (closing === null || closing.precision !== 'day') return null;
  const y = Number(closing.iso.slice(0, 4));
  const m = Number(closing.iso.slice(5, 7));
  return validDay(y, m, day) ? mk(y, m, day, 'day', closing.relative) : null;
}

function isoDate(ctx: DateCtx, i: number): DateHit | null {
  const { toks } = ctx;
  const a = toks[i];
  if (a === undefined || a.kind !== TK.Num) return null;
  const glued = (k: number): boolean => {
    const t = toks[k];
    return t !== undefined && !t.sp;
  };
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(a.low);
  if (dotted !== null) {
    const d = Number(dotted[1]);
    const m = Number(dotted[2]);
    const y = Number(dotted[3]);
    return validDay(y, m, d) ? { start: i, end: i + 1, date: mk(y, m, d, 'day', false) } : null;
  }
  const sep = toks[i + 1];
  const b = toks[i + 2];
  if (sep === undefined || b === undefined || b.kind !== TK.Num || !glued(i + 1) || !glued(i + 2)) return null;
  if (sep.low !== '-' && sep.low !== '/') return null;
  const sep2 = toks[i + 3];
  const c = toks[i + 4];
  const three = sep2 !== undefined && sep2.low === sep.low && c !== undefined && c.kind === TK.Num && glued(i + 3) && glued(i + 4);
  if (isYearToken(a) && b.low.length === 2 && sep.low === '-') {
    const y = Number(a.low);
    const m = Number(b.low);
    if (m < 1 || m > 12) return null;
    if (three && c !== undefined && c.low.length === 2) {
      const d = Number(c.low);
      return validDay(y, m, d) ? { start: i, end: i + 5, date: mk(y, m, d, 'day', false) } : null;
    }
    return { start: i, end: i + 3, date: mk(y, m, 1, 'month', false) };
  }
  if (sep.low === '/' && three && c !== undefined && isYearToken(c) && a.low.length <= 2 && b.low.length <= 2) {
    let d = Number(a.low);
    let m = Number(b.low);
    if (ctx.C.T.lang === 'en' && d <= 12) { const x = d; d = m; m = x; }
    const y = Number(c.low);
    return validDay(y, m, d) ? { start: i, end: i + 5, date: mk(y, m, d, 'day', false) } : null;
  }
  // "le 17/4", "jusqu'au 24/04": French writes a day and month so after the article of a date; a score or ratio
  // ("un score de 17/4", "4/5 des sondés") has none.
  const prev = toks[i - 1];
  if (sep.low === '/' && !three && ctx.C.T.lang === 'fr' && prev !== undefined && DAY_ARTICLES.has(prev.low) && a.low.length <= 2 && b.low.length <= 2) {
    const d = Number(a.low);
    const m = Number(b.low);
    const after = toks[i + 3];
    if (after !== undefined && !after.sp && (after.kind === TK.Num || after.low === '/')) return null;
    if (m < 1 || m > 12 || !validDay(2024, m, d)) return null;
    const anchor = ctx.doc ?? ctx.yearAnchor ?? null;
    return { start: i, end: i + 3, date: anchor === null ? null : mk(pickYear(anchor, m, d, 0), m, d, 'day', true) };
  }
  return null;
}

/** Words before a French day written "17/4". */
const DAY_ARTICLES = new Set(['le', 'au', 'du', 'dès', 'depuis']);

function weekdayBack(doc: DocDate, wd: number, dir: -1 | 0 | 1): FigureDate {
  const cur = new Date(Date.UTC(doc.y, doc.m - 1, doc.d)).getUTCDay();
  let delta: number;
  if (dir > 0) delta = ((wd - cur + 7) % 7) || 7;
  else if (dir < 0) delta = -(((cur - wd + 7) % 7) || 7);
  else delta = -((cur - wd + 7) % 7);
  return shiftDays(doc, delta);
}

/** Words before a weekday that make it habitual or part of a name ("le lundi", "every Monday"). */
const BARE_WEEKDAY_BLOCK = new Set(['le', 'les', 'chaque', 'tous', 'du', 'au', 'un', 'une', 'every', 'each', 'the', 'a', 'of', 'de', 'des']);

/** A date starting at token i, or null. */
export function matchDate(ctx: DateCtx, i: number): DateHit | null {
  const { toks, C, doc } = ctx;
  const t = toks[i];
  if (t === undefined) return null;
  if (C.agoAfter.size > 0 && (t.kind === TK.Num || C.articles.has(t.low) || C.T.units[t.low] !== undefined)) {
    const ago = agoAfter(ctx, i);
    if (ago !== null) return ago;
  }
  if (t.kind === TK.Num) return isoDate(ctx, i) ?? monthDates(ctx, i, false);
  if (t.kind !== TK.Word) return null;
  const rd = C.relativeDays.match(toks, i);
  if (rd !== null) return { start: i, end: rd.end, date: doc === null ? null : shiftDays(doc, rd.value) };
  const rp = C.relativePeriods.match(toks, i);
  if (rp !== null) {
    let date: FigureDate | null = null;
    if (doc !== null) {
      const { unit, offset } = rp.value;
      if (unit === 'week') date = shiftDays(doc, 7 * offset);
      else if (unit === 'month') {
        const dt = new Date(Date.UTC(doc.y, doc.m - 1 + offset, 1));
        date = mk(dt.getUTCFullYear(), dt.getUTCMonth() + 1, 1, 'month', true);
      } else date = mk(doc.y + offset, 1, 1, 'year', true);
    }
    return { start: i, end: rp.end, date };
  }
  const ago = C.agoBefore.match(toks, i);
  if (ago !== null) {
    const hit = agoAmount(ctx, ago.end);
    if (hit !== null) return { start: i, end: hit.end, date: hit.resolve() };
  }
  const wd = C.weekdays.get(t.low);
  if (wd !== undefined) {
    let k = i + 1;
    if (isPunct(ctx, k, ',')) k++;
    if (word(ctx, k) === 'the') k++;
    const abs = monthDates(ctx, k, false);
    if (abs !== null && abs.date !== null && !abs.date.relative) return { start: i, end: abs.end, date: abs.date };
    if (abs !== null && abs.date?.precision === 'day') return { start: i, end: abs.end, date: abs.date };
    const mark = marker(ctx, i + 1);
    const prev = word(ctx, i - 1);
    const lastBefore = prev !== null && (C.past.has(prev) || C.next.has(toks, i - 1));
    const prevTok = toks[i - 1];
    const bare = prev === null ? prevTok === undefined || prevTok.kind !== TK.Word : !BARE_WEEKDAY_BLOCK.has(prev) && prevTok?.cap !== true;
    if (mark.dir !== 0 || prev === 'on' || prev === 'ce' || lastBefore || bare) {
      const dir = mark.dir !== 0 ? mark.dir : prev !== null && C.past.has(prev) ? -1 : prev === 'next' ? 1 : 0;
      return { start: lastBefore ? i - 1 : i, end: mark.end > i + 1 ? mark.end : i + 1, date: doc === null ? null : weekdayBack(doc, wd, dir) };
    }
    return null;
  }
  const mod = C.modifiers.match(toks, i);
  if (mod !== null) {
    let k = mod.end;
    if (isPunct(ctx, k, '-')) k++;
    const yt = toks[k];
    if (isYearToken(yt)) return { start: i, end: k + 1, date: mk(Number(yt.low), 1, 1, 'year', false) };
    const md = monthDates(ctx, k, true);
    if (md !== null) return { start: i, end: md.end, date: md.date };
    return null;
  }
  if (C.months.has(t.low)) {
    const prev = word(ctx, i - 1);
    const cue = prev !== null && (C.yearCues.has(prev) || prev === 'mois' || prev === 'month');
    return monthDates(ctx, i, cue && prev !== 'et' && prev !== 'and', prev !== null && C.sinceWords.has(prev));
  }
  return null;
}

/** "un an", "3 mois", "two years" followed (en) by "ago". */
function agoAmount(ctx: DateCtx, i: number): { end: number; resolve: () => FigureDate | null } | null {
  const { toks, C, doc } = ctx;
  let n: number | null = null;
  let k = i;
  const t = toks[i];
  if (t !== undefined && t.kind === TK.Num && /^\d+$/.test(t.low)) { n = Number(t.low); k = i + 1; } else {
    const w = parseNumberWords(toks, i, C.T);
    if (w !== null) { n = w.value; k = w.end; } else if (t !== undefined && C.articles.has(t.low)) { n = 1; k = i + 1; }
  }
  if (n === null) return null;
  const u = C.durations.match(toks, k);
  if (u === null) return null;
  const count = n;
  const unit = u.value;
  const resolve = (): FigureDate | null => {
    if (doc === null) return null;
    if (unit === 'year') return mk(doc.y - count, 1, 1, 'year', true);
    if (unit === 'month') {
      const dt = new Date(Date.UTC(doc.y, doc.m - 1 - count, 1));
      return mk(dt.getUTCFullYear(), dt.getUTCMonth() + 1, 1, 'month', true);
    }
    if (unit === 'week') return shiftDays(doc, -7 * count);
    if (unit === 'day') return shiftDays(doc, -count);
    return shiftDays(doc, 0);
  };
  return { end: u.end, resolve };
}

/** English "two years ago": the amount was read as a duration; resolve it. */
export function agoAfter(ctx: DateCtx, numStart: number): DateHit | null {
  const hit = agoAmount(ctx, numStart);
  if (hit === null) return null;
  const w = word(ctx, hit.end);
  if (w === null || !ctx.C.agoAfter.has(w)) return null;
  return { start: numStart, end: hit.end + 1, date: hit.resolve() };
}

/** A line this short is a byline, dateline or caption, not a paragraph of the story. */
const HEADER_LINE = 100;
/**
 * How many words may stand before a dateline's date at the head of a paragraph ("PARIS, 3 mars 2026 (AFP) –",
 * "Paris, le 3 mars", "RIVIÈRE-DES-SAULES, Que., March 11, 2025 —", "RIO DE JANEIRO, Brazil, …").
 */
const DATELINE_WORDS = 4;

/**
 * Whether a date at `offset` stands where a publication date does: on a short line, or at the head of a paragraph. A
 * date deep in the first paragraph ("The recall covers vehicles built between June 14, 2022, and…") is a fact of the
 * story; taken as the article's date it had every "on Wednesday" of the article resolved three years back and kept
 * the story's own days from being compared.
 */
export function inHeaderPosition(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const newline = text.indexOf('\n', offset);
  const lineEnd = newline < 0 ? text.length : newline;
  if (text.slice(lineStart, lineEnd).trim().length <= HEADER_LINE) return true;
  return (text.slice(lineStart, offset).match(/\S*\p{L}\S*/gu) ?? []).length <= DATELINE_WORDS;
}

/** The header an article's date stands in: its first ~15 lines, at most 4,000 characters. */
function headerText(text: string): string {
  let end = 0;
  for (let line = 0; line < 15 && end < text.length; line++) {
    const nl = text.indexOf('\n', end);
    end = nl < 0 ? text.length : nl + 1;
  }
  return text.slice(0, Math.min(end, 4000));
}

/** Lower-case words a dateline may open with before its day ("Publié le 4 mars", "Mis à jour le", "updated on"). */
const DATELINE_LEAD_WORDS = new Set(['le', 'publié', 'publiée', 'mis', 'à', 'jour', 'updated', 'published', 'posted', 'on', 'du']);

/** Any leap year: a dateline's "29 février" must be a valid day while its year is unknown. */
const YEARLESS_ANCHOR: DocDate = { y: 2000, m: 6, d: 30 };

/**
 * The first date of the header, in either language, that stands in a header position and that `accept` takes,
 * read against `anchor` (null: only dates that name their year resolve).
 */
function firstHeaderDate(text: string, anchor: DocDate | null, accept: (date: FigureDate, written: string, start: number) => boolean): FigureDate | null {
  const header = headerText(text);
  const toks = tokenize(header);
  let best: FigureDate | null = null;
  let bestStart = Infinity;
  for (const lang of ['fr', 'en'] as const) {
    const ctx: DateCtx = { toks, C: compiled(lang), doc: anchor };
    for (let i = 0; i < toks.length; i++) {
      const hit = matchDate(ctx, i);
      const first = toks[hit?.start ?? -1];
      const last = toks[(hit?.end ?? 0) - 1];
      if (hit === null || hit.date === null || first === undefined || last === undefined) continue;
      if (!accept(hit.date, header.slice(first.start, last.end), first.start) || !inHeaderPosition(header, first.start)) continue;
      if (first.start < bestStart) {
        best = hit.date;
        bestStart = first.start;
      }
      break;
    }
  }
  return best;
}

/**
 * The month and day ("02-19") of a dateline that gives no year ("PARIS, Feb 19 (Reuters) -", "Vendredi 27
 * février", "Le 04/12 à 06h00"), in a header position, for an article whose header gives no full date: the engine
 * takes the year from the story's other articles (Engine.borrowedDate). Null when the header has none; call it only
 * when `inferDocumentDate` found no full date.
 */
export function inferDatelineDay(text: string): string | null {
  try {
    // (The caller asks only when inferDocumentDate found no full date: scanning the header once more costs a load.)
    // A day number must be written: "hier", "on Thursday" resolve against the anchor, not against the text. And a
    // dateline opens its line with a place or a publishing word only: "Bids are due by October 24." is the story.
    const header = headerText(text);
    const datelineLead = (start: number): boolean => {
      const lead = header.slice(header.lastIndexOf('\n', start - 1) + 1, start);
      return (lead.match(/\S*\p{L}\S*/gu) ?? []).every((word) => /^\p{Lu}/u.test(word) || DATELINE_LEAD_WORDS.has(word.toLowerCase()));
    };
    return firstHeaderDate(text, YEARLESS_ANCHOR, (date, written, start) => date.precision === 'day' && /\p{N}/u.test(written) && datelineLead(start))?.iso.slice(5) ?? null;
  } catch {
    return null;
  }
}

/** Publication date from the first ~15 lines: the earliest absolute day or month date in a header position. */
export function inferDocumentDate(text: string): FigureDate | null {
  try {
    return firstHeaderDate(text, null, (date) => !date.relative && date.precision !== 'year');
  } catch {
    return null;
  }
}
