/** Reading numbers written with digits or with words. */

import type { LangTables } from './tables';
import { TK, type Token } from './tokens';

/** A written number: value = mantissa / 10^decimals. */
export interface WrittenNumber {
  readonly mantissa: number;
  readonly decimals: number;
  /** Written with words: an exact integer, no rounding. */
  readonly words: boolean;
}

export function numValue(n: WrittenNumber, scale = 1): number {
  return (n.mantissa * scale) / 10 ** n.decimals;
}

/** Half a unit of the last written digit, times the scale (0 for numbers in words). */
export function halfStep(n: WrittenNumber, scale = 1): number {
  return n.words ? 0 : scale / (2 * 10 ** n.decimals);
}

/** Rounding interval of a written number: "14,3" → [14.25, 14.35]. Exact for words. */
export function roundingBounds(n: WrittenNumber, scale = 1): [number, number] {
  if (n.words) return [numValue(n, scale), numValue(n, scale)];
  const d = 2 * 10 ** n.decimals;
  return [((2 * n.mantissa - 1) * scale) / d, ((2 * n.mantissa + 1) * scale) / d];
}

/**
 * Digits with separators ("14,3", "2.000", "1,000,000", "2 000", "1.234,5").
 * `scaled` tells whether a scale word follows. Returns null for things like "1.2.3".
 */
export function parseDigits(raw: string, lang: LangTables, scaled: boolean): WrittenNumber | null {
  const s = raw.replace(/ /g, '');
  let dots = 0;
  let commas = 0;
  let lastSep = '';
  let lastSepPos = -1;
  for (let k = 0; k < s.length; k++) {
    const ch = s[k];
    if (ch === '.') { dots++; lastSep = '.'; lastSepPos = k; } else if (ch === ',') { commas++; lastSep = ','; lastSepPos = k; }
  }
  if (dots + commas === 0) return integer(s);
  let decimalSep = '';
  if (dots > 0 && commas > 0) {
    decimalSep = lastSep;
    const other = decimalSep === '.' ? commas : dots;
    if ((decimalSep === '.' ? dots : commas) > 1 || other < 1) return null;
  } else {
    const count = dots + commas;
    const after = s.length - lastSepPos - 1;
    const intPart = s.slice(0, s.indexOf(lastSep));
    if (count > 1) {
      if (!groupsOk(s, lastSep)) return null;
      decimalSep = '';
    } else if (after !== 3 || intPart === '0' || intPart.length > 3) {
      decimalSep = lastSep;
    } else if (lastSep === lang.decimal) {
      decimalSep = scaled ? lastSep : '';
    } else {
      decimalSep = '';
    }
  }
  const thousands = decimalSep === '.' ? ',' : '.';
  let cleaned = '';
  for (const ch of s) if (ch !== thousands && ch !== (decimalSep === '' ? lastSep : '')) cleaned += ch;
  if (decimalSep === '') return integer(cleaned);
  const at = cleaned.indexOf(decimalSep);
  const intDigits = cleaned.slice(0, at);
  const frac = cleaned.slice(at + 1);
  const m = Number(intDigits + frac);
  if (!Number.isFinite(m)) return null;
  return { mantissa: m, decimals: frac.length, words: false };
}

function groupsOk(s: string, sep: string): boolean {
  const parts = s.split(sep);
  const first = parts[0] ?? '';
  if (first.length < 1 || first.length > 3) return false;
  for (let k = 1; k < parts.length; k++) if ((parts[k] ?? '').length !== 3) return false;
  return true;
}

function integer(s: string): WrittenNumber | null {
  const m = Number(s);
  if (!Number.isFinite(m) || s.length === 0) return null;
  return { mantissa: m, decimals: 0, words: false };
}

export interface WordsNumber {
  readonly value: number;
  /** Index of the first token after the number. */
  readonly end: number;
  /** Only an article-like unit ("un", "une", "one"). */
  readonly single: boolean;
}

/**
 * Number in words at token i: "quatre-vingt-dix-neuf", "deux cents", "vingt et un",
 * "two hundred and fifty", "twenty-five". Scales (million, milliard) are not read here.
 */
export function parseNumberWords(toks: readonly Token[], i: number, T: LangTables): WordsNumber | null {
  let total = 0;
  let current = 0;
  let lastUnit = Infinity;
  let words = 0;
  let end = i;
  let j = i;
  let prevWord = '';
  let joined = false;
  for (;;) {
    const t = toks[j];
    if (t === undefined || t.kind !== TK.Word) break;
    const w = t.low;
    const unit = T.units[w];
    const mult = T.multipliers[w];
    if (unit !== undefined) {
      if (unit === 1 && words > 0 && !joined) break;
      if ((w === 'vingt' || w === 'vingts') && current % 100 === 4 && lastUnit === 4) {
        current += 76;
        lastUnit = 20;
      } else if (words > 0 && unit >= lastUnit) {
        break;
      } else {
        current += unit;
        lastUnit = unit;
      }
    } else if (mult !== undefined) {
      if (mult === 100) {
        if (current % 100 >= 100) break;
        current = (current === 0 ? 1 : current) * 100;
        lastUnit = 100;
      } else {
        if (words > 0 && current === 0) break;
        total += (current === 0 ? 1 : current) * mult;
        current = 0;
        lastUnit = mult;
      }
    } else break;
    words++;
    prevWord = w;
    j++;
    end = j;
    joined = false;
    const nx = toks[j];
    const nx2 = toks[j + 1];
    if (nx === undefined) break;
    // The word after a hyphen or joiner must be read too ("cent quatre-vingts": "quatre" goes on before its hyphen).
    const joinerTarget = nx2 !== undefined && nx2.kind === TK.Word;
    if (nx.kind === TK.Punct && nx.low === '-' && !nx.sp) {
      if (!joinerTarget || nx2.sp) break;
      j++;
      joined = true;
    } else if (nx.kind === TK.Word && T.numberJoiners.includes(nx.low)) {
      if (!joinerTarget) break;
      const u2 = T.units[nx2.low];
      const okEt = T.lang === 'fr' && current % 10 === 0 && current % 100 >= 20 && current % 100 <= 60 && (u2 === 1 || nx2.low === 'onze');
      const okAnd = T.lang === 'en' && (prevWord === 'hundred' || prevWord === 'thousand') && u2 !== undefined;
      if (!okEt && !okAnd) break;
      j++;
      joined = true;
    }
  }
  if (words === 0) return null;
  const value = total + current;
  const first = toks[i];
  const single = words === 1 && first !== undefined && T.units[first.low] === 1;
  return { value, end, single };
}
