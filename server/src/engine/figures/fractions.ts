/**
 * Fractions of a whole read as percentages: "deux tiers des Français", "la moitié des entreprises",
 * "dont un quart", "réduit de moitié", "a quarter of the workforce", "two-thirds of voters",
 * "half the staff", "fell by a third". Ordinal parts ("first half", "un quart d'heure") are not shares.
 */

import { endsWith } from './compiled';
import { parseNumberWords } from './numbers';
import type { Core, QtyCtx } from './quantity';
import { TK, type Token } from './tokens';
import { VULGAR_FRACTIONS } from './tables';

const DETERMINERS = new Set(['the', 'l', "'", 'la', 'le', 'les']);

function isNounLike(q: QtyCtx, t: Token | undefined): boolean {
  return t !== undefined && t.kind === TK.Word && !t.cap && !q.C.stop.has(t.low) && !q.C.lexicon.has(t.low);
}

/** A fraction starting at token j (its numerator, or a bare "half"/"moitié"), as a percent Core. */
export function parseFraction(q: QtyCtx, j: number): Core | null {
  const { toks, C } = q;
  const F = C.T.fractions;
  const t = toks[j];
  if (t === undefined || t.kind !== TK.Word) return null;
  let num = 1;
  let k = j;
  let den = F.words[t.low];
  const bare = den !== undefined && F.bare.includes(t.low);
  if (!bare) {
    const n = C.articles.has(t.low) ? 1 : (C.T.units[t.low] ?? F.numerators[t.low]);
    if (n === undefined) return null;
    num = n;
    k = j + 1;
    const h = toks[k];
    if (h !== undefined && h.low === '-' && !h.sp) k++;
    const d = toks[k];
    if (d === undefined || d.kind !== TK.Word) return null;
    den = F.words[d.low];
  }
  if (den === undefined || num > den) return null;
  const end = k + 1;
  const before = toks[j - 1];
  // "first half", "one and a half" (but "and half of them" is a share).
  // "and"/"et" block only after a number: "one and a half", not "a cut and a quarter-point hike".
  const b2 = toks[j - 2];
  const afterNumber = b2 !== undefined && (b2.kind === TK.Num || C.T.units[b2.low] !== undefined);
  const joiner = before !== undefined && (before.low === 'and' || before.low === 'et');
  if (before !== undefined && F.blockers.includes(before.low) && !(bare && joiner) && !(joiner && !afterNumber)) return null;
  const pts = C.fractionPoints.match(toks, end);
  if (pts !== null) return core(j, pts.end, num / den, 'pp');
  if (F.pointOnly.includes(toks[k]?.low ?? '')) return null;
  const after = toks[end];
  if (after !== undefined && after.low === '-' && !after.sp) return null;
  let ok = false;
  const of = C.fractionOf.match(toks, end);
  if (of !== null) {
    let n = of.end;
    while (C.articles.has(toks[n]?.low ?? '') || DETERMINERS.has(toks[n]?.low ?? '')) n++;
    const what = toks[n];
    if (what === undefined || F.excluded.includes(what.low) || (what.kind === TK.Num && /^\d{4}$/.test(what.low))) return null;
    ok = true;
  } else if (bare && after !== undefined && F.bareDeterminers.includes(after.low)) {
    ok = true;
  } else if (C.fractionCues.some((cue) => endsWith(toks, j, cue)) && !isNounLike(q, after)) {
    ok = true;
  } else if (after !== undefined && F.comparatives.includes(after.low)) {
    ok = true;
  }
  return ok ? core(j, end, (100 * num) / den, '%') : null;
}

/** A small whole number at token i, in digits or words (an article is one): [value, end]. */
function smallWhole(q: QtyCtx, i: number): [number, number] | null {
  const t = q.toks[i];
  if (t === undefined) return null;
  if (t.kind === TK.Num) return /^\d{1,3}$/.test(t.low) ? [Number(t.low), i + 1] : null;
  if (t.kind !== TK.Word) return null;
  if (q.C.articles.has(t.low)) return [1, i + 1];
  const w = parseNumberWords(q.toks, i, q.C.T);
  return w === null ? null : [w.value, w.end];
}

/**
 * A share written as a ratio, read as a percentage: "un Français sur cinq", "deux salariés sur trois",
 * "one in five adults", "1 in 4". Not "un prêt sur cinq ans" nor "une étude sur 500 patients".
 */
export function parseRatio(q: QtyCtx, j: number): Core | null {
  const { toks, C } = q;
  const R = C.T.ratio;
  const a = smallWhole(q, j);
  if (a === null) return null;
  let k = a[1];
  let gap = 0;
  for (; gap < R.maxNoun; gap++, k++) {
    const w = toks[k];
    if (w === undefined || w.kind !== TK.Word || C.ratioConnectors.has(toks, k) || C.stop.has(w.low) || C.scales.has(w.low) ||
      C.durations.has(toks, k) || C.currencyWords.has(toks, k)) break;
  }
  const conn = C.ratioConnectors.match(toks, k);
  if (conn === null) return null;
  k = conn.end;
  if (C.ratioEvery.has(toks[k]?.low ?? '')) k++;
  const b = smallWhole(q, k);
  if (b === null || b[0] < 2 || a[0] >= b[0]) return null;
  // Without its noun, only in words: "un sur quatre", not a rating such as "3 sur 5".
  if (gap < R.minNoun && (gap > 0 || toks[j]?.kind !== TK.Word || toks[k]?.kind !== TK.Word)) return null;
  const e = b[1];
  const nt = toks[e];
  if (nt !== undefined && (nt.kind === TK.Word || nt.kind === TK.Num) && !nt.sp) return null;
  if (C.durations.has(toks, e) || C.percent.has(toks, e) || C.points.has(toks, e) || C.currencyWords.has(toks, e) ||
    C.scales.has(nt?.low ?? '')) return null;
  // "deux vols sur trois prévus", "un salarié sur quatre interrogés": a participle after the ratio does not block it.
  if (R.pluralAfterBlocks && nt !== undefined && nt.kind === TK.Word && !nt.cap && nt.low.length > 1 && /[sx]$/.test(nt.low) && !PARTICIPLE_PLURAL.test(nt.low) && !C.stop.has(nt.low)) return null;
  return core(j, e, (100 * a[0]) / b[0], '%');
}

/** French plural past participles ("prévus", "interrogés", "inscrits"): they qualify the whole, they count nothing. */
const PARTICIPLE_PLURAL = /(?:és|ées|is|ies|us|ues|its|ites)$/u;

/** "1/3 of users", "½ of the staff", "les 2/3 des salariés": a written fraction before "of", read as a share. */
export function parseSlashFraction(q: QtyCtx, j: number): Core | null {
  const { toks, C } = q;
  const t = toks[j];
  if (t === undefined) return null;
  let value: number | undefined;
  let end = j + 1;
  if (t.kind === TK.Punct) value = VULGAR_FRACTIONS[t.low];
  else if (t.kind === TK.Num && /^\d$/.test(t.low)) {
    const sl = toks[j + 1];
    const d = toks[j + 2];
    if (sl?.low !== '/' || sl.sp || d === undefined || d.kind !== TK.Num || d.sp || !/^\d{1,2}$/.test(d.low)) return null;
    const a = Number(t.low);
    const b = Number(d.low);
    if (a < 1 || a >= b || b > 10) return null;
    value = a / b;
    end = j + 3;
  }
  if (value === undefined || C.fractionOf.match(toks, end) === null) return null;
  return core(j, end, 100 * value, '%');
}

function core(start: number, end: number, value: number, unit: '%' | 'pp'): Core {
  return {
    start, end, numStart: start, value, lo: value, hi: value, loInc: true, hiInc: true, approx: false, vague: false,
    scale: 1, currency: null, suffix: unit === '%' ? 'percent' : 'pp', unit, noun: false, words: true, yearLike: false,
    ageSuffix: false,
  };
}
