/**
 * One amount at a token position: [currency] number [scale] [currency | % | unit | noun].
 * Hedges, ranges and the figure kind are decided by extract.ts.
 */

import type { Compiled } from './compiled';
import type { DurationUnit } from './tables';
import { CENT_CURRENCIES, CFA, COMPARISON_SIGNS, DIGIT_NOUNS, DOLLAR_COUNTRY, ISO_CODES, NAME_LIKE_CURRENCY_WORDS, STAT_LETTERS } from './tables';
import { parseFraction, parseRatio, parseSlashFraction } from './fractions';
import { numValue, parseDigits, parseNumberWords, roundingBounds } from './numbers';
import { TK, type Token } from './tokens';

/** Units written as a multiple of the unit compared: "118kt" is 118,000 tonnes. */
const UNIT_MULTIPLES: Readonly<Record<string, { readonly unit: string; readonly factor: number }>> = { kt: { unit: 't', factor: 1e3 }, Mt: { unit: 't', factor: 1e6 } };
/** One-letter units are units only glued to their number ("210,000t"); spaced, "t" is a word's elision or a letter. */
const BARE_LETTER_UNITS: ReadonlySet<string> = new Set(['t']);
/** "40C", "22F": a capital glued to its number; "5c" is five cents, "4 C" a letter. */
const TEMPERATURE_LETTERS: ReadonlySet<string> = new Set(['c', 'f']);
const TEMPERATURE_UNITS: ReadonlySet<string> = new Set(['°C', '°F']);
/** "seat 22F", "Flat 4C", "gate 12C": a place's code, not a temperature. */
const LOCATOR_WORDS: ReadonlySet<string> = new Set(['seat', 'row', 'room', 'flat', 'apartment', 'gate', 'platform', 'terminal', 'section', 'unit', 'bay', 'stand', 'block', 'level', 'floor', 'suite', 'box', 'form', 'type', 'class', 'grade', 'vitamin']);
/** "moins 5 degrés", "minus 12C": a sign in words, for temperatures only ("moins de 5" is a hedge, not a sign). */
const MINUS_WORDS: ReadonlySet<string> = new Set(['moins', 'minus']);

export type Suffix = 'percent' | 'pp' | 'times' | 'duration' | 'measure' | null;

export interface Core {
  /** Token range [start, end), currency prefix and suffixes included. */
  readonly start: number;
  readonly end: number;
  /** Token index of the number itself. */
  readonly numStart: number;
  value: number | null;
  lo: number;
  hi: number;
  readonly loInc: boolean;
  readonly hiInc: boolean;
  /** Collective like "une dizaine": approximately. */
  readonly approx: boolean;
  /** Vague like "plusieurs milliards": a range without value. */
  readonly vague: boolean;
  scale: number;
  currency: string | null;
  readonly suffix: Suffix;
  readonly unit: string | null;
  readonly noun: boolean;
  readonly words: boolean;
  readonly yearLike: boolean;
  readonly ageSuffix: boolean;
}

/** Tokens to skip (time of day, ordinal, product code): index of the next token to look at. */
export interface Skip {
  readonly skipTo: number;
}

export interface QtyCtx {
  readonly text: string;
  readonly toks: readonly Token[];
  readonly C: Compiled;
  /** The CFA zone the document names, when the caller knows it. */
  readonly cfaZone?: string | null;
  /** The CFA zone the text itself names most, computed at the first CFA amount (undefined before). */
  textCfaZone?: string | null;
}

const ISO = new Set(ISO_CODES);
const CENTS = new Set(CENT_CURRENCIES);
/** Video resolutions ("1080p") are not pence. */
const VIDEO_LINES = new Set(['240', '360', '480', '576', '720', '1080', '1440', '2160', '4320']);

function tokAt(q: QtyCtx, i: number): Token | undefined {
  return q.toks[i];
}

function isWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === TK.Word;
}

function isoAt(q: QtyCtx, i: number): string | null {
  const t = tokAt(q, i);
  if (!isWord(t) || t.end - t.start !== 3) return null;
  const raw = q.text.slice(t.start, t.end);
  return ISO.has(raw) ? (raw === 'RMB' ? 'CNY' : raw) : null;
}

interface CurrencyAfter {
  readonly cur: string;
  readonly end: number;
  /** True for a sub-unit worth a hundredth ("30 cents"). */
  readonly hundredth: boolean;
}

/**
 * Currency written after an amount: "de dollars", "d'euros", "$", "USD", "dollars américains";
 * after a scale also the ambiguous words ("2 milliards de livres"); without one, sub-units ("30 cents").
 */
function currencyAfter(q: QtyCtx, k: number, scaled: boolean, digits = true): CurrencyAfter | null {
  const { toks, C } = q;
  let j = k;
  const link = C.linkers.match(toks, j);
  if (link !== null) j = link.end;
  const w = C.currencyWords.match(toks, j) ?? (scaled ? C.scaledCurrency.match(toks, j) : null) ??
    (scaled || digits ? ambiguousCurrency(q, j) : null);
  const wt = tokAt(q, j);
  const nameLike = w !== null && w.end === j + 1 && wt !== undefined && wt.cap && NAME_LIKE_CURRENCY_WORDS.includes(wt.low);
  const longerSub = w !== null && j === k && !scaled ? C.subunits.match(toks, j) : null;
  if (longerSub !== null && w !== null && longerSub.end > w.end) return { cur: longerSub.value, end: longerSub.end, hundredth: true };
  if (w !== null && !nameLike) return { cur: w.value, end: w.end, hundredth: false };
  // "4,9 milliards de CHF", "300 millions d'USD": a code after the linker, once a scale made the amount a sum.
  if (j !== k) {
    const code = scaled ? isoAt(q, j) : null;
    return code === null ? null : { cur: code, end: j + 1, hundredth: false };
  }
  const sub = scaled ? null : C.subunits.match(toks, j);
  const st0 = tokAt(q, j);
  if (sub !== null && st0 !== undefined && (!st0.cap || sub.end - j > 1) && (st0.low.length > 1 || !st0.sp)) {
    const shared = sub.end === j + 1 && C.T.sharedSubunitWords.includes(st0.low);
    return { cur: (shared ? centCurrency(q, j, sub.end) : null) ?? sub.value, end: sub.end, hundredth: true };
  }

  const s = C.currencySymbols.match(toks, j, true);
  const st = tokAt(q, j);
  // "120 millions US$", "40 HK$": a prefixed dollar after the amount, unless it opens the next one ("5, US$3").
  const prefixed = s !== null && st !== undefined && st.kind === TK.Word && s.end - j > 1 && tokAt(q, s.end)?.kind !== TK.Num;
  if (s !== null && st !== undefined && (st.kind === TK.Punct || prefixed)) {
    const cues = C.T.suffixDollarCues;
    const local = s.value === 'USD' && st.low === '$' && Object.keys(cues).length > 0 ? nearestCue(q, j, s.end, byWord(q, cues)) : null;
    return dollarCountry(q, s.end, s.value) ?? { cur: local ?? s.value, end: s.end, hundredth: false };
  }
  const iso = isoAt(q, j);
  if (iso !== null) return { cur: iso, end: j + 1, hundredth: false };
  return null;
}

/** "rose by 20 cents to €6.20": the currency divided into cents named nearest in the sentence, or null. */
function centCurrency(q: QtyCtx, j: number, end: number): string | null {
  const { toks, C } = q;
  return nearestCue(q, j, end, (p) => {
    const t = toks[p];
    const m = t === undefined ? null : t.kind === TK.Punct ? C.currencySymbols.match(toks, p, true) : C.currencyWords.match(toks, p) ?? (isoAt(q, p) !== null ? { value: isoAt(q, p) ?? '', end: p + 1 } : null);
    return m !== null && CENTS.has(m.value) ? m.value : undefined;
  });
}

/** "1,2 milliard $ CA": a country code in capitals after a dollar sign names the dollar. */
function dollarCountry(q: QtyCtx, k: number, cur: string): CurrencyAfter | null {
  const t = tokAt(q, k);
  if (cur !== 'USD' || q.toks[k - 1]?.low !== '$' || !isWord(t) || !t.cap) return null;
  const c = DOLLAR_COUNTRY[t.low];
  if (c === undefined || q.text.slice(t.start, t.end) !== t.low.toUpperCase()) return null;
  return { cur: c, end: k + 1, hundredth: false };
}

const SENTENCE_STOP = new Set(['.', '!', '?']);

/** "20 000 milliards de couronnes" in a sentence about Norway: a currency word shared by several countries. */
function ambiguousCurrency(q: QtyCtx, j: number): { value: string; end: number } | null {
  const m = q.C.ambiguousCurrency.match(q.toks, j);
  if (m === null) return null;
  const c = nearestCue(q, j, m.end, byWord(q, m.value.cues)) ?? m.value.fallback;
  return c === null ? null : { value: c, end: m.end };
}

function byWord(q: QtyCtx, cues: Readonly<Record<string, string>>): (p: number) => string | undefined {
  return (p) => cues[q.toks[p]?.low ?? ''];
}

/**
 * "730 FCFA" is a West African franc (XOF) unless Central Africa is named: nearest in the sentence, else most in the
 * text, else in the document (`cfaZone`).
 */
export function cfaZone(q: QtyCtx, j: number, end: number): string {
  const zones = q.C.cfaZones;
  const near = nearestCue(q, j, end, (p) => zones.match(q.toks, p)?.value);
  if (near !== null) return near;
  if (q.textCfaZone === undefined) q.textCfaZone = zoneVote(q.toks, zones);
  return q.textCfaZone ?? q.cfaZone ?? 'XOF';
}

/** The CFA zone named most in the tokens (the first named on a tie), or null. */
export function zoneVote(toks: readonly Token[], zones: Compiled['cfaZones']): string | null {
  let xaf = 0;
  let xof = 0;
  let first: string | null = null;
  for (let p = 0; p < toks.length; p++) {
    const t = toks[p];
    if (t === undefined || t.kind !== TK.Word) continue;
    const m = zones.match(toks, p);
    if (m === null) continue;
    first ??= m.value;
    if (m.value === 'XAF') xaf++;
    else xof++;
    p = m.end - 1;
  }
  return xaf === xof ? first : xaf > xof ? 'XAF' : 'XOF';
}

/** The currency of the country word of the sentence nearest to the amount ending at [j, end), on either side. */
function nearestCue(q: QtyCtx, j: number, end: number, cueAt: (p: number) => string | undefined): string | null {
  const stop = (t: Token | undefined): boolean => t === undefined || t.kind === TK.Break || (t.kind === TK.Punct && SENTENCE_STOP.has(t.low));
  let after = end;
  let before = j - 1;
  // Distances count from the amount, not from the currency word.
  for (let t = q.toks[before]; t !== undefined && (t.kind === TK.Num || q.C.scales.has(t.low) || q.C.linkers.has(q.toks, before)); t = q.toks[before]) before--;
  while (!stop(q.toks[after]) || !stop(q.toks[before])) {
    if (!stop(q.toks[before])) {
      const c = cueAt(before);
      if (c !== undefined) return c;
      before--;
    }
    if (!stop(q.toks[after])) {
      const c = cueAt(after);
      if (c !== undefined) return c;
      after++;
    }
  }
  return null;
}

/** What follows "3-1" makes it a range ("4-6 weeks", "5-7%", "3-4 people"), else it is a score. */
function isScore(q: QtyCtx, a: number, b: number, k: number): boolean {
  const { toks, C } = q;
  if (C.percent.has(toks, k) || C.points.has(toks, k) || C.times.has(toks, k) || C.durations.has(toks, k) ||
    C.measures.has(toks, k) || currencyAfter(q, k, false) !== null) return false;
  const t = tokAt(q, k);
  if (t !== undefined && !t.sp && (t.kind === TK.Num || t.low === '-')) return false;
  if (isWord(t) && C.scales.has(t.low)) return false;
  return !isNoun(q, k) || a >= b;
}

/** "12 rue de Rivoli", "55, rue du Faubourg", "10 Downing Street": a street number. */
function isStreetNumber(q: QtyCtx, k: number): boolean {
  let p = k;
  if (tokAt(q, p)?.low === ',') p++;
  for (let n = 0; n < 3; n++, p++) {
    const w = tokAt(q, p);
    if (!isWord(w)) return false;
    if (q.C.streets.has(w.low) && (n === 0 || w.cap)) return true;
    if (!w.cap) return false;
  }
  return false;
}

function scaleAt(q: QtyCtx, k: number, numTok: number, hasCurrency: boolean): { scale: number; end: number } | null {
  // "a C$78.3-billion deficit", "un plan à 2-milliards": a scale joined by a hyphen.
  const hy = tokAt(q, k);
  const hs = tokAt(q, k + 1);
  if (hy !== undefined && hy.low === '-' && !hy.sp && isWord(hs) && !hs.sp && !q.C.weakScales.has(hs.low) && (q.C.scales.get(hs.low) ?? 0) >= 1e6) {
    return scaleAt(q, k + 1, numTok, hasCurrency);
  }
  const t = tokAt(q, k);
  if (!isWord(t)) return null;
  const glued = !t.sp && k === numTok + 1;
  const sc = q.C.scales.get(t.low);
  if (sc !== undefined && !q.C.weakScales.has(t.low)) {
    // "₹11.2 lakh crore": a larger scale after a scale multiplies it.
    const t2 = tokAt(q, k + 1);
    const sc2 = isWord(t2) && !q.C.weakScales.has(t2.low) ? q.C.scales.get(t2.low) : undefined;
    if (sc2 !== undefined && sc2 > sc) return { scale: sc * sc2, end: k + 2 };
    return { scale: sc, end: k + 1 };
  }
  if (q.C.weakScales.has(t.low)) {
    const value = sc ?? (t.low === 'k' ? 1e3 : t.low === 'b' ? 1e9 : 1e6);
    const nx = tokAt(q, k + 1);
    // "300 M€", "300 M USD".
    const curNext = nx !== undefined && ((!nx.sp && q.C.currencySymbols.match(q.toks, k + 1) !== null) || isoAt(q, k + 1) !== null);
    if (hasCurrency || curNext || (glued && t.low === 'k')) return { scale: value, end: k + 1 };
    // "1.3m birds", "5m tonnes": a glued "m" before a plural noun counts millions of it ("2.5m high" stays metres).
    if (glued && t.low === 'm' && nx !== undefined && nx.sp && isWord(nx) && !nx.cap && (/[^s]s$/u.test(nx.low) || nx.low === 'people') && nx.low.length > 3 && !q.C.stop.has(nx.low)) return { scale: value, end: k + 1 };
    // "1.14m TEU", "2.3m TEUs": a unit written as an acronym is counted in millions too.
    if (glued && t.low === 'm' && nx !== undefined && nx.sp && isWord(nx) && /^\p{Lu}{2,5}s?$/u.test(q.text.slice(nx.start, nx.end))) return { scale: value, end: k + 1 };
  }
  return null;
}

const CLAUSE_END = new Set(['.', '!', '?', ';']);

/** "23%, two points behind": points are percentage points when a percentage is close by in the sentence. */
function pointsNearPercent(q: QtyCtx, j: number, k: number): { end: number } | null {
  const { toks, C } = q;
  const m = C.contextPoints.match(toks, k);
  if (m === null) return null;
  const isPct = (p: number): boolean => C.percent.has(toks, p);
  const stop = (t: Token | undefined): boolean => t === undefined || t.kind === TK.Break || (t.kind === TK.Punct && CLAUSE_END.has(t.low));
  for (let p = j - 1, n = 0; n < 30 && !stop(toks[p]); p--, n++) if (isPct(p)) return m;
  for (let p = m.end, n = 0; n < 8 && !stop(toks[p]); p++, n++) if (isPct(p)) return m;
  return null;
}

function isNoun(q: QtyCtx, k: number): boolean {
  const t = tokAt(q, k);
  if (!isWord(t) || t.cap) return false;
  return !q.C.stop.has(t.low) && !q.C.lexicon.has(t.low) && !q.C.months.has(t.low);
}

/** Parse an amount at token j. */
export function parseCore(q: QtyCtx, j: number): Core | Skip | null {
  const { toks, C } = q;
  const ratio = parseRatio(q, j) ?? parseSlashFraction(q, j);
  if (ratio !== null) return ratio;
  let k = j;
  let currency: string | null = null;
  const sym = C.currencySymbols.match(toks, k, true);
  if (sym !== null) {
    const nt = tokAt(q, sym.end);
    if (nt !== undefined && nt.kind === TK.Num) { currency = sym.value; k = sym.end; }
  } else {
    const iso = isoAt(q, k);
    const nt = tokAt(q, k + 1);
    if (iso !== null && nt !== undefined && nt.kind === TK.Num) { currency = iso; k++; }
    const ss = iso === null && tokAt(q, k)?.cap === true ? C.scaledSymbols.match(toks, k, true) : null;
    if (ss !== null) {
      // "R360 billion": glued to the number, and a scale word after it; or a number written with a thousands
      // separator ("R21,000", "N70,000"), which no coin, model or road number is ("the R5 coin", "the N7").
      const n2 = tokAt(q, ss.end);
      const sw = tokAt(q, ss.end + 1);
      if (n2 === undefined || n2.kind !== TK.Num || n2.sp) return null;
      const scaled = isWord(sw) && C.scales.has(sw.low);
      if (!scaled && !/^\d{1,3}(?:[, ]\d{3})+(?:\.\d+)?$/u.test(n2.low)) return null;
      currency = ss.value;
      k = ss.end;
    }
  }
  // "-$210m": a sign before the currency symbol.
  let symSign = -1;
  if (currency !== null && k > j) {
    const sg = tokAt(q, j - 1);
    const p2 = tokAt(q, j - 2);
    if (sg !== undefined && sg.kind === TK.Punct && (sg.low === '-' || sg.low === '–' || sg.low === '+') && !tokAt(q, j)?.sp &&
      (sg.sp || p2 === undefined || p2.kind === TK.Break || p2.low === '(' || p2.low === '[')) symSign = j - 1;
  }
  const numStart = k;
  const t = tokAt(q, k);
  if (t === undefined) return null;
  let value: number | null = null;
  let lo = 0;
  let hi = 0;
  let loInc = true;
  let hiInc = true;
  let approx = false;
  let vague = false;
  let words = false;
  let scale = 1;
  let scaled = false;
  let yearLike = false;
  let zero = false;
  let sign = -1;
  let foreignDecimal = false;
  // "un demi-milliard d'euros", "half a billion dollars".
  const half = currency === null && t.kind === TK.Word ? C.halfScale.match(toks, k) : null;
  const halfTok = half === null ? undefined : tokAt(q, half.end);
  const halfScale = isWord(halfTok) && !C.weakScales.has(halfTok.low) ? C.scales.get(halfTok.low) : undefined;
  if (halfScale !== undefined && halfScale >= 1e6 && half !== null) {
    scale = halfScale;
    scaled = true;
    value = halfScale / 2;
    lo = value;
    hi = value;
    words = true;
    k = half.end + 1;
  } else if (t.kind === TK.Num) {
    const prev = tokAt(q, k - 1);
    if (currency === null && prev !== undefined && !t.sp && (prev.low === '+' || prev.low === '-' || prev.low === '–') && prev.kind === TK.Punct) {
      // "+7,2 %", "(-3,1 %)": a sign, not a hyphen ("COVID-19") nor a range dash ("2020-2025").
      const p2 = tokAt(q, k - 2);
      if (prev.sp || p2 === undefined || p2.kind === TK.Break || p2.low === '(' || p2.low === '[') sign = k - 1;
    }
    // "p<0.001", "r = 0.42": a test statistic.
    if (currency === null && prev !== undefined && COMPARISON_SIGNS.includes(prev.low)) {
      const letter = tokAt(q, k - 2);
      if (isWord(letter) && STAT_LETTERS.includes(letter.low)) return { skipTo: k + 1 };
    }
    // "75002 Paris": five digits with no grouping before a place name are a postcode, not a count.
    if (currency === null && C.T.lang === 'fr' && /^\d{5}$/.test(t.low) && (prev === undefined || prev.kind === TK.Break || prev.low === ',' || prev.low === '(')) {
      const place = tokAt(q, k + 1);
      if (isWord(place) && place.cap && !C.lexicon.has(place.low)) return { skipTo: k + 2 };
    }
    // "l'article L. 1233-3": a legal reference.
    const pl = tokAt(q, k - 2);
    if (currency === null && prev?.low === '.' && isWord(pl) && pl.cap && pl.end - pl.start === 1 && tokAt(q, k + 1)?.low === '-' &&
      tokAt(q, k + 2)?.kind === TK.Num) return { skipTo: k + 3 };
    if (currency === null && prev !== undefined && !t.sp) {
      if (prev.kind === TK.Word) return { skipTo: k + 1 };
      const p2 = tokAt(q, k - 2);
      // "COVID-19" is a name, but "$1bn-1.5bn" the second end of a range.
      if (prev.low === '-' && p2 !== undefined && p2.kind === TK.Word && !prev.sp && !C.scales.has(p2.low)) return { skipTo: k + 1 };
      if (prev.low === '#' || prev.low === '/' || prev.low === ':' || prev.low === '.' || prev.low === '°') return { skipTo: k + 1 };
    }
    {
      const h1 = tokAt(q, k + 1);
      const w1 = tokAt(q, k + 2);
      if (h1 !== undefined && h1.low === '-' && !h1.sp && w1 !== undefined && w1.kind === TK.Word && !w1.sp && w1.cap) return { skipTo: k + 3 };
    }
    const nx = tokAt(q, k + 1);
    const nx2 = tokAt(q, k + 2);
    if (currency === null && nx?.low === '-' && !nx.sp && nx2?.kind === TK.Num && !nx2.sp && /^\d{1,2}$/.test(t.low) &&
      /^\d{1,2}$/.test(nx2.low) && isScore(q, Number(t.low), Number(nx2.low), k + 3)) return { skipTo: k + 3 };
    if (nx !== undefined && !nx.sp) {
      if ((nx.low === ':' || nx.low === '/') && nx2 !== undefined && nx2.kind === TK.Num && !nx2.sp) return { skipTo: k + 3 };
      if (nx.kind === TK.Word) {
        if (C.ordinals.has(nx.low)) return { skipTo: k + 2 };
        const ok = C.scales.has(nx.low) || C.weakScales.has(nx.low) || C.durations.has(toks, k + 1) ||
          C.measures.has(toks, k + 1) || nx.low === 'x' || C.percent.has(toks, k + 1) || C.currencyWords.has(toks, k + 1) || isoAt(q, k + 1) !== null ||
          (C.subunits.has(toks, k + 1) && !VIDEO_LINES.has(t.low)) || C.basisPoints.has(toks, k + 1) ||
          C.points.has(toks, k + 1) || C.symbolScales.has(toks, k + 1);
        if (!ok) return { skipTo: nx2 !== undefined && nx2.kind === TK.Num && !nx2.sp ? k + 3 : k + 2 };
        // "Llama 3.1 405B", "Core Ultra 9 285K", "the 777X": a capital letter glued to a number names a model,
        // unless money is written around it ("$410M", "300M€", "300M USD").
        const moneyNext = nx2 !== undefined && ((!nx2.sp && C.currencySymbols.match(toks, k + 2) !== null) || isoAt(q, k + 2) !== null);
        const modelLetter = nx.cap && nx.end - nx.start === 1 && (C.weakScales.has(nx.low) || nx.low === 'x');
        if (currency === null && modelLetter && !moneyNext && (nx.low !== 'x' || Number(t.low.replace(/\D/g, '')) >= 50)) return { skipTo: k + 2 };
      }
    }
    if (nx !== undefined && nx.kind === TK.Word && nx.low === 'h' && (nx2 === undefined || nx2.kind !== TK.Word || nx2.sp)) {
      return { skipTo: nx2 !== undefined && nx2.kind === TK.Num ? k + 3 : k + 2 };
    }
    if (C.timeAfter.match(toks, k + 1) !== null && nx !== undefined && nx.low !== 'h' && nx.low !== 'heures' && nx.low !== 'heure') {
      return { skipTo: k + 2 };
    }
    const nextScale = nx !== undefined && nx.kind === TK.Word && C.scales.has(nx.low);
    // "4.125%", "3,125 %": before a percent sign a lone separator with three digits is decimal.
    const num = parseDigits(t.low, C.T, nextScale || C.percent.has(toks, k + 1));
    if (num === null) return { skipTo: k + 1 };
    foreignDecimal = num.decimals > 0 && C.T.decimal === ',' && t.low.includes('.');
    k++;
    // "2,4 G$": a scale letter glued to a symbol of its own currency.
    const ssc = currency === null ? C.symbolScales.match(toks, k, true) : null;
    const sc = ssc !== null ? { scale: ssc.value.scale, end: ssc.end } : scaleAt(q, k, numStart, currency !== null);
    if (ssc !== null) currency = ssc.value.currency;
    if (sc !== null) { scale = sc.scale; scaled = true; k = sc.end; }
    value = numValue(num, scale);
    [lo, hi] = roundingBounds(num, scale);
    hiInc = lo === hi;
    yearLike = !scaled && /^\d{4}$/.test(t.low) && value >= 1900 && value <= 2100;
  } else if (t.kind === TK.Word) {
    const fraction = currency === null ? parseFraction(q, k) : null;
    if (fraction !== null) return fraction;
    if (C.zero.has(t.low)) {
      if (!isNoun(q, k + 1) && C.linkers.match(toks, k + 1) === null && tokAt(q, k + 1)?.low !== 'des' && tokAt(q, k + 1)?.low !== 'of') return null;
      zero = true;
      value = 0;
      k++;
    } else {
      let m = k;
      const vq = C.vague.match(toks, m);
      const art = C.articles.has(t.low);
      if (vq !== null) m = vq.end;
      else if (art) m++;
      const ct = tokAt(q, m);
      const coll = ct === undefined ? undefined : C.collectives.get(ct.low);
      const sc0 = ct === undefined ? undefined : C.scales.get(ct.low);
      // "a score of", "une dizaine": a collective with a value needs its article ("Score: 3-1" is not 20).
      if (coll !== undefined && (coll.value === null || art) && !(coll.value !== null && vq !== null)) {
        if (coll.value === null && art) return null;
        m++;
        let mult = 1;
        if (coll.multiplies) {
          const l = C.linkers.match(toks, m);
          const st = l === null ? undefined : tokAt(q, l.end);
          const s2 = st === undefined ? undefined : C.scales.get(st.low);
          if (l !== null && s2 !== undefined && !C.weakScales.has(st?.low ?? '')) { mult = s2; m = l.end + 1; scaled = true; }
        }
        value = coll.value === null ? null : coll.value * mult;
        lo = coll.low * mult;
        hi = coll.high * mult;
        approx = coll.value !== null;
        vague = coll.value === null;
        scale = mult;
        k = m;
      } else if (sc0 !== undefined && (vq !== null || art) && ct !== undefined && !C.weakScales.has(ct.low) && (sc0 >= 1e6 || art)) {
        m++;
        scaled = true;
        scale = sc0;
        if (art) {
          value = sc0; lo = sc0; hi = sc0;
        } else {
          const few = vq !== null && ['plusieurs', 'quelques', 'several', 'a few'].some((x) => tokAt(q, vq.end - 1)?.low === x.split(' ').pop());
          value = null; vague = true; lo = 2 * sc0; hi = (few ? 10 : 1000) * sc0; hiInc = false;
        }
        k = m;
      } else {
        const wn = parseNumberWords(toks, k, C.T);
        let m2 = -1;
        let base = 0;
        if (wn !== null) { m2 = wn.end; base = wn.value; } else if (art) {
          const mt = tokAt(q, k + 1);
          const mul = mt === undefined ? undefined : C.T.multipliers[mt.low];
          if (mul !== undefined) { m2 = k + 2; base = mul; }
          // "a year and a half": the article counts one, and the half comes after the unit.
          else if (halfAfterDuration(q, k + 1)) { m2 = k + 1; base = 1; }
        }
        // "a percentage point".
        if (m2 < 0 && art && onePoint(q, k + 1, true)) { m2 = k + 1; base = 1; }
        if (m2 < 0) return null;
        // "two and a half billion dollars".
        const ah = wn !== null ? C.andHalf.match(toks, m2) : null;
        const ahScale = ah === null ? null : scaleAt(q, ah.end, -10, currency !== null);
        // "two and a half billion dollars", "two and a half years".
        if (ah !== null && (ahScale !== null || C.durations.has(toks, ah.end))) { base += 0.5; m2 = ah.end; }
        const sc = scaleAt(q, m2, -10, currency !== null);
        const single = (wn !== null && wn.single) || (art && wn === null && base === 1);
        // "reculé d'un point", "by one percentage point": one point is a number.
        // "un an et demi", "a year and a half" are one and a half years, not "one year".
        // "de un pour cent", "by one per cent": the numeral the article also spells, before a percent sign in words.
        const onePercent = (t.low === 'un' || t.low === 'one') && C.percent.match(toks, m2) !== null;
        if (single && sc === null && !onePercent && !halfAfterDuration(q, m2) && !onePoint(q, m2, C.T.lang === 'en' || toks[k - 1]?.low === "'" || toks[k - 1]?.low === 'de' || toks[k - 1]?.low === 'by')) return null;
        if (sc !== null) { scale = sc.scale; scaled = true; m2 = sc.end; }
        value = base * scale;
        lo = value; hi = value;
        words = true;
        k = m2;
      }
    }
  } else {
    return null;
  }
  // "trois milliards et demi d'euros", "un milliard et demi".
  const ah2 = scaled && value !== null && Number.isInteger(value / scale) ? C.andHalf.match(toks, k) : null;
  if (ah2 !== null && value !== null) {
    value += scale / 2;
    lo += scale / 2;
    hi += scale / 2;
    k = ah2.end;
  }
  // What follows the number.
  let suffix: Suffix = null;
  let unit: string | null = null;
  let ageSuffix = false;
  let noun = false;
  const cAfter = currencyAfter(q, k, scaled, t.kind === TK.Num);
  if (cAfter !== null && !zero && (currency === null || (cAfter.cur === currency && !cAfter.hundredth))) {
    if (cAfter.cur === 'GBP' && !scaled && tokAt(q, k)?.low === 'pounds' && C.T.lang === 'en' && tokAt(q, k + 1)?.low === 'of') {
      // "5 pounds of flour": a weight
    } else {
      currency = cAfter.cur;
      k = cAfter.end;
      if (cAfter.hundredth && value !== null) { value /= 100; lo /= 100; hi /= 100; }
    }
  }
  if (currency === null && !zero) {
    const bp = tokAt(q, k)?.cap === true && tokAt(q, k)?.low !== 'bps' ? null : C.basisPoints.match(toks, k);
    const pc0 = bp === null ? C.percent.match(toks, k) : null;
    // "3pc" is a percentage, "2 PC" a computer.
    const pc1 = pc0 !== null && tokAt(q, k)?.cap === true && tokAt(q, k)?.low === 'pc' ? null : pc0;
    // "a 10-percent rise", "a 25-per-cent stake".
    const hyP = tokAt(q, k);
    const pc = pc1 ?? (bp === null && hyP?.low === '-' && !hyP.sp && tokAt(q, k + 1)?.sp === false ? C.percent.match(toks, k + 1) : null);
    // "the Dow added 300 points", "8 100 points": index points, not percentage points.
    const pp0 = pc === null ? bp ?? C.points.match(toks, k) ?? pointsNearPercent(q, j, k) : null;
    const pp = pp0 !== null && bp === null && value !== null && Math.abs(value) > 100 ? null : pp0;
    if (bp !== null && value !== null) { value /= 100; lo /= 100; hi /= 100; }
    const tm = C.times.match(toks, k);
    const nt = tokAt(q, k);
    if (pc !== null) { suffix = 'percent'; unit = '%'; k = pc.end; } else if (pp !== null) {
      suffix = 'pp'; unit = 'pp'; k = pp.end;
    } else if (tm !== null) { suffix = 'times'; unit = 'times'; k = tm.end; } else if (nt !== undefined && nt.low === 'x' && !nt.sp && !words) {
      // "un 4x4", "1920x1080": dimensions, not a multiple.
      const dim = tokAt(q, k + 1);
      if (dim !== undefined && dim.kind === TK.Num && !dim.sp) return { skipTo: k + 2 };
      suffix = 'times'; unit = 'times'; k++;
    } else {
      let d = k;
      const hy = tokAt(q, d);
      if (hy !== undefined && hy.low === '-' && !hy.sp) d++;
      const adj = tokAt(q, d);
      if (adj !== undefined && adj.kind === TK.Word && C.durationAdjectives.has(adj.low) && C.durations.has(toks, d + 1)) d++;
      const du = C.durations.match(toks, d);
      // "33 millions de tonnes", "2 billion of kWh": after a scale the unit may follow a linker.
      const lk = du === null && scaled ? C.linkers.match(toks, k) : null;
      // "a 132-metre freighter", "a 5,000-tonne crane", "the 16.5-km line": a unit joined by a hyphen, in the singular.
      const ms = du === null ? C.measures.match(toks, k) ?? (lk !== null ? C.measures.match(toks, lk.end) : null) ?? (d > k ? C.measures.match(toks, d) : null) : null;
      if (du !== null) {
        suffix = 'duration';
        unit = du.value as DurationUnit;
        // "three decades", "deux décennies": counted in the unit they are worth.
        const factor = C.T.durationFactors[tokAt(q, du.end - 1)?.low ?? ''];
        if (factor !== undefined && value !== null) { value *= factor; lo *= factor; hi *= factor; }
        k = du.end;
        const dot = tokAt(q, k);
        if (unit === 'minute' && dot?.low === '.' && tokAt(q, k - 1)?.low === 'min') k++;
        // "deux ans et demi", "trois mois et demi", "a year and a half".
        const half = value !== null ? C.andHalf.match(toks, k) : null;
        if (half !== null && value !== null) { value += 0.5; lo += 0.5; hi += 0.5; k = half.end; }
        const old = C.ageAfter.match(toks, k);
        if (old !== null && unit === 'year') { ageSuffix = true; k = old.end; }
      } else if (ms !== null && !(BARE_LETTER_UNITS.has(tokAt(q, k)?.low ?? '') && (tokAt(q, k)?.sp ?? true)) &&
        !(TEMPERATURE_LETTERS.has(tokAt(q, k)?.low ?? '') && ((tokAt(q, k)?.sp ?? true) || tokAt(q, k)?.cap !== true || LOCATOR_WORDS.has(tokAt(q, numStart - 1)?.low ?? '')))) {
        suffix = 'measure';
        // "38,6 Mt" is millions of tonnes; commodity desks' lower-case "5,000 mt" are metric tonnes.
        unit = ms.value === 'Mt' && tokAt(q, k)?.cap === false ? 't' : ms.value;
        k = ms.end;
        // "118kt", "118 kilotonnes", "38,6 Mt": written in thousands or millions of tonnes, compared in tonnes.
        const scaledUnit = UNIT_MULTIPLES[unit];
        if (scaledUnit !== undefined && value !== null) {
          unit = scaledUnit.unit;
          value *= scaledUnit.factor; lo *= scaledUnit.factor; hi *= scaledUnit.factor;
        }
      }
    }
  }
  if (currency === null && suffix === null) {
    if (!words && !scaled && t.kind === TK.Num && isStreetNumber(q, k)) return { skipTo: k + 1 };
    // "une rentabilité à deux chiffres", "double digits".
    if (!scaled && DIGIT_NOUNS.includes(tokAt(q, k)?.low ?? '')) return { skipTo: k + 1 };
    // "le 49.3" in French: a dotted decimal with no unit is a reference, not an amount.
    if (foreignDecimal && !scaled) return { skipTo: k };
    const model = tokAt(q, k);
    if (!words && !scaled && model !== undefined && model.cap && C.productSuffixes.has(model.low)) return { skipTo: k + 1 };
    const link = C.linkers.match(toks, k);
    const modified = C.nounModifiers.has(tokAt(q, k)?.low ?? '') && isNoun(q, k + 1);
    noun = isNoun(q, k) || modified || (link !== null && (isNoun(q, link.end) || tokAt(q, link.end)?.low === 'entre' || tokAt(q, link.end)?.low === 'them'));
    if (zero && !noun) noun = true;
  }
  if (currency === CFA) currency = cfaZone(q, j, k);
  let start = j;
  if (symSign >= 0 && value !== null) {
    start = symSign;
    if (tokAt(q, symSign)?.low !== '+') { value = -value; [lo, hi] = [-hi, -lo]; }
  }
  const temperature = suffix === 'measure' && unit !== null && TEMPERATURE_UNITS.has(unit);
  if (sign >= 0 && j === numStart && (currency !== null || suffix === 'percent' || suffix === 'pp' || temperature) && value !== null) {
    start = sign;
    if (tokAt(q, sign)?.low === '-' || tokAt(q, sign)?.low === '–') { value = -value; [lo, hi] = [-hi, -lo]; }
  } else if (temperature && sign < 0 && j === numStart && value !== null && MINUS_WORDS.has(tokAt(q, j - 1)?.low ?? '') &&
    !['ou', 'or'].includes(tokAt(q, j - 2)?.low ?? '')) {
    // "plus ou moins 2 degrés" is a margin, not a temperature below zero.
    start = j - 1;
    value = -value; [lo, hi] = [-hi, -lo];
  }
  return {
    start, end: k, numStart, value, lo, hi, loInc, hiInc, approx, vague, scale: scaled ? scale : 1, currency, suffix,
    unit, noun, words, yearLike, ageSuffix,
  };
}

/** A duration unit at k followed by "and a half"/"et demi": "(un) an et demi", "(a) year and a half". */
function halfAfterDuration(q: QtyCtx, k: number): boolean {
  const unit = q.C.durations.match(q.toks, k);
  return unit !== null && q.C.andHalf.match(q.toks, unit.end) !== null;
}

/**
 * A point word after "un"/"one"/"a": always percentage points when it says so ("percentage point",
 * "point de pourcentage"), a bare "point" only after a cue ("d'un point") with a percentage in the sentence.
 */
function onePoint(q: QtyCtx, k: number, cue: boolean): boolean {
  const m = q.C.points.match(q.toks, k);
  if (m === null) return false;
  if (m.end - k > 1) return true;
  return cue && q.C.contextPoints.match(q.toks, k) === null ? percentInSentence(q, k) : cue && pointsNearPercent(q, k, k) !== null;
}

function percentInSentence(q: QtyCtx, k: number): boolean {
  const stop = (t: Token | undefined): boolean => t === undefined || t.kind === TK.Break || (t.kind === TK.Punct && SENTENCE_STOP.has(t.low));
  for (let p = k; !stop(q.toks[p]); p--) if (q.C.percent.has(q.toks, p)) return true;
  for (let p = k; !stop(q.toks[p]); p++) if (q.C.percent.has(q.toks, p)) return true;
  return false;
}

export function isSkip(x: Core | Skip | null): x is Skip {
  return x !== null && 'skipTo' in x;
}
