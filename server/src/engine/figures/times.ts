/**
 * Clock times: "8 h 30", "4h40", "à 14 heures", "6 heures du matin", "8:30 a.m.", "3.40am", "11pm". A time is a
 * quantity in minutes after midnight (unit `time`), so the report contract's kinds stay as they are and two articles'
 * "vers 3 h 40" and "about 3:40 a.m." compare as one value.
 */

import { endsWith, type Compiled } from './compiled';
import { TK, type Token } from './tokens';


export interface ClockTime {
  /** Token range [start, end), the approximating words included. */
  readonly start: number;
  readonly end: number;
  /** Minutes after midnight. */
  readonly minutes: number;
  readonly approx: boolean;
  /** "peu avant 15 heures", "shortly after 2pm": which side of the time the approximation lies. */
  readonly side: 'before' | 'after' | null;
}

function isNum(t: Token | undefined, re: RegExp): t is Token {
  return t !== undefined && t.kind === TK.Num && re.test(t.low);
}

/** "a.m.", "am", "p.m.", "pm" at k: the end token and whether it is the afternoon, or null. */
function meridiem(toks: readonly Token[], k: number): { end: number; pm: boolean } | null {
  const t = toks[k];
  if (t === undefined || t.kind !== TK.Word) return null;
  if (t.low === 'am' || t.low === 'pm') return { end: k + 1, pm: t.low === 'pm' };
  if ((t.low === 'a' || t.low === 'p') && toks[k + 1]?.low === '.' && toks[k + 2]?.low === 'm' && !toks[k + 1]?.sp && !toks[k + 2]?.sp) {
    return { end: toks[k + 3]?.low === '.' && !toks[k + 3]?.sp ? k + 4 : k + 3, pm: t.low === 'p' };
  }
  return null;
}

const BEFORE_WORDS = new Set(['avant', 'before']);
const AFTER_WORDS = new Set(['après', 'apres', 'after']);

/** The clock time whose hour is the number at i, or null. */
export function matchTime(toks: readonly Token[], i: number, C: Compiled): ClockTime | null {
  const h = toks[i];
  if (h === undefined || h.kind !== TK.Num) return null;
  const approxBefore = C.timeApprox.find((phrase) => endsWith(toks, i, phrase));
  const start = approxBefore === undefined ? i : i - approxBefore.length;
  const before = toks[start - 1]?.low ?? '';
  const cued = approxBefore !== undefined || C.timeBefore.has(before) || C.timeBefore.has(toks[i - 1]?.low ?? '');
  const afterDurationWord = C.timeDurationBefore.has(toks[i - 1]?.low ?? '');
  let hour: number;
  let minute = 0;
  let k: number;
  let explicitHalf: boolean | null = null;
  const dotted = /^(\d{1,2})\.(\d{2})$/.exec(h.low);
  if (dotted !== null && C.T.lang === 'en') {
    // "3.40am": English writes the minutes after a dot only before am/pm.
    const m = meridiem(toks, i + 1);
    if (m === null) return null;
    hour = Number(dotted[1]);
    minute = Number(dotted[2]);
    explicitHalf = m.pm;
    k = m.end;
  } else {
    if (!/^\d{1,2}$/.test(h.low)) return null;
    hour = Number(h.low);
    const sep = toks[i + 1];
    if (sep?.low === ':' && !sep.sp && isNum(toks[i + 2], /^\d{2}$/) && !toks[i + 2]?.sp) {
      // "2:14:37" is a race time, not a clock.
      if (toks[i + 3]?.low === ':' && !toks[i + 3]?.sp) return null;
      minute = Number(toks[i + 2]?.low);
      k = i + 3;
      const m = meridiem(toks, k);
      if (m !== null) { explicitHalf = m.pm; k = m.end; } else if (!cued && !C.timeZoneWords.has(toks[k]?.low ?? '')) return null;
    } else if (sep?.kind === TK.Word && sep.low === 'h') {
      k = i + 2;
      const mm = toks[k];
      if (isNum(mm, /^\d{2}$/) && (!mm.sp || sep.sp)) { minute = Number(mm.low); k++; } else if (!cued && !(afterDurationWord && C.timeRangeJoiners.has(mm?.low ?? ''))) return null;
      // "2 h 14 min": hours and minutes of a length of time.
      const unitAfter = toks[k]?.low ?? '';
      if (unitAfter === 'min' || unitAfter === 'mn' || unitAfter === 'minutes') return null;
    } else if (sep?.kind === TK.Word && (sep.low === 'heures' || sep.low === 'heure')) {
      k = i + 2;
      if (isNum(toks[k], /^\d{2}$/)) { minute = Number(toks[k]?.low); k++; }
      // "23 heures du soir" says the half of the day twice: only an hour before noon takes it.
      const half = C.timeOfDay.match(toks, k);
      if (half !== null) { explicitHalf = hour > 12 ? null : half.value; k = half.end; } else if (!cued || C.timeDurationAfter.has(toks[k]?.low ?? '')) return null;
    } else {
      const m = meridiem(toks, i + 1);
      const oclock = sep?.low === 'o' && toks[i + 2]?.low === "'" && toks[i + 3]?.low === 'clock';
      if (m !== null) { explicitHalf = m.pm; k = m.end; } else if (oclock) k = i + 4;
      else return null;
      const half = C.timeOfDay.match(toks, k);
      if (oclock && half !== null) { explicitHalf = half.value; k = half.end; }
    }
  }
  if (minute > 59 || hour > 23 || (explicitHalf !== null && hour > 12)) return null;
  // "de 9h à 18h", "from 9 a.m. to 5 p.m.": opening hours, whose first end follows a word that otherwise opens a length of time.
  if (afterDurationWord && !(C.timeRangeOpeners.has(toks[i - 1]?.low ?? '') && C.timeRangeJoiners.has(toks[k]?.low ?? ''))) return null;
  if (explicitHalf === true && hour < 12) hour += 12;
  if (explicitHalf === false && hour === 12) hour = 0;
  if (explicitHalf === null) {
    const half = C.timeOfDay.match(toks, k);
    if (half !== null) { if (half.value && hour < 12) hour += 12; k = half.end; }
  }
  const side = approxBefore?.some((word) => BEFORE_WORDS.has(word)) ? 'before' : approxBefore?.some((word) => AFTER_WORDS.has(word)) ? 'after' : null;
  return { start, end: k, minutes: hour * 60 + minute, approx: approxBefore !== undefined, side };
}

/** The clock time starting at token i, its approximating words included ("about 3.40am" from "about"), or null. */
export function matchTimeAt(toks: readonly Token[], i: number, C: Compiled): ClockTime | null {
  if (toks[i]?.kind === TK.Num) return matchTime(toks, i, C);
  // "de 9h à 18h": the range's opener is a hedge to the amounts' reader, which would step over the first time.
  if (C.timeRangeOpeners.has(toks[i]?.low ?? '') && toks[i + 1]?.kind === TK.Num) return matchTime(toks, i + 1, C);
  for (const phrase of C.timeApprox) {
    if (!endsWith(toks, i + phrase.length, phrase)) continue;
    const time = matchTime(toks, i + phrase.length, C);
    if (time !== null && time.start === i) return time;
  }
  return null;
}

/** A length of time written in hours, minutes and seconds: "2 h 14 min 37 s", "2:06:31", "1 hour 45 minutes". */
export interface ElapsedTime {
  readonly start: number;
  readonly end: number;
  readonly value: number;
  /** The finest unit written: `second` or `minute`. */
  readonly unit: 'second' | 'minute';
}

/** Abbreviations race results use that the languages' duration words (tables.*.ts `durationWords`) leave out. */
const ELAPSED_ABBREVIATIONS: Readonly<Record<string, 'hour' | 'minute' | 'second'>> = { h: 'hour', hr: 'hour', mn: 'minute', s: 'second', sec: 'second', secs: 'second' };
const AND_WORDS: ReadonlySet<string> = new Set(['et', 'and']);

function unitOf(word: string | undefined, C: Compiled): string | undefined {
  return word === undefined ? undefined : (ELAPSED_ABBREVIATIONS[word] ?? C.T.durationWords[word]);
}

/** The whole number at k followed by a word of `unit`, with the index after the word, or null. */
function part(toks: readonly Token[], k: number, unit: 'hour' | 'minute' | 'second', max: number, C: Compiled): { value: number; end: number } | null {
  const n = toks[k];
  const u = toks[k + 1];
  if (!isNum(n, /^\d{1,3}$/) || u === undefined || u.kind !== TK.Word || unitOf(u.low, C) !== unit) return null;
  const value = Number(n.low);
  return value <= max ? { value, end: k + 2 } : null;
}

/**
 * A length of time of two or three parts starting at i, or null: a race time or a journey ("en 2 h 14 min 37 s",
 * "in 2:06:31", "1 hour 45 minutes"). The clock reader leaves these alone; read part by part, "2 h 14 min 37 s" was a
 * count of 37 and "1 hour 45 minutes" two durations no other source's "105 minutes" could meet.
 */
export function matchElapsed(toks: readonly Token[], i: number, C: Compiled): ElapsedTime | null {
  const first = toks[i];
  if (first === undefined || first.kind !== TK.Num) return null;
  // "2:06:31", "1:59:40": hours, minutes and seconds between colons.
  if (/^\d{1,2}$/.test(first.low) && toks[i + 1]?.low === ':' && !toks[i + 1]?.sp && isNum(toks[i + 2], /^\d{2}$/) && !toks[i + 2]?.sp &&
    toks[i + 3]?.low === ':' && !toks[i + 3]?.sp && isNum(toks[i + 4], /^\d{2}$/) && !toks[i + 4]?.sp) {
    const minutes = Number(toks[i + 2]?.low);
    const seconds = Number(toks[i + 4]?.low);
    if (minutes > 59 || seconds > 59) return null;
    return { start: i, end: i + 5, value: Number(first.low) * 3600 + minutes * 60 + seconds, unit: 'second' };
  }
  const joined = (k: number): number => (toks[k]?.kind === TK.Word && AND_WORDS.has(toks[k]?.low ?? '') ? k + 1 : k);
  const hours = part(toks, i, 'hour', 999, C);
  // "le trajet dure 1 h 30", "en 2 h 05": after a word of duration, the minutes need no unit of their own.
  const bare = toks[hours?.end ?? -1];
  // "ouverte de 8 h 30 à 12 h": a time that opens a range of hours is a clock, not a length.
  const rangeOfHours = C.timeRangeOpeners.has(toks[i - 1]?.low ?? '') && C.timeRangeJoiners.has(toks[(hours?.end ?? i) + 1]?.low ?? '');
  if (hours !== null && toks[i + 1]?.low === 'h' && isNum(bare, /^\d{2}$/) && C.timeDurationBefore.has(toks[i - 1]?.low ?? '') && unitOf(toks[hours.end + 1]?.low, C) !== 'minute' && !rangeOfHours) {
    const minute = Number(bare.low);
    return minute > 59 ? null : { start: i, end: hours.end + 1, value: hours.value * 60 + minute, unit: 'minute' };
  }
  const minutes = part(toks, hours === null ? i : joined(hours.end), 'minute', hours === null ? 999 : 59, C);
  if (minutes === null) return null;
  const seconds = part(toks, joined(minutes.end), 'second', 59, C);
  if (hours === null && seconds === null) return null;
  const total = (hours?.value ?? 0) * 60 + minutes.value;
  return seconds === null
    ? { start: i, end: minutes.end, value: total, unit: 'minute' }
    : { start: i, end: seconds.end, value: total * 60 + seconds.value, unit: 'second' };
}
