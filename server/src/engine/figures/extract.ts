/** The figures recogniser: one left-to-right pass over the tokens. */

import type { Figure, FigureContext, FigureDate, FigureKind } from '../types';
import { compiled, endsWith, type Compiled } from './compiled';
import { agoAfter, matchDate, parseDocDate, type DateCtx, type DateHit } from './dates';
import { hedgeInterval, type Interval } from './interval';
import { numValue, parseDigits, parseNumberWords, roundingBounds } from './numbers';
import { cfaZone, isSkip, parseCore, type Core, type QtyCtx, type Skip } from './quantity';
import { CFA, type HedgeKind } from './tables';
import { CLOCK_UNIT } from './clock';
import { matchElapsed, matchTimeAt, type ClockTime } from './times';
import { TK, tokenize, type Token } from './tokens';
import { convertsMeasure } from './units';

interface Cand {
  readonly startTok: number;
  readonly endTok: number;
  readonly kind: FigureKind;
  readonly value: number | null;
  readonly iv: Interval;
  readonly unit: string | null;
  readonly unitInferred: boolean;
  readonly date: FigureDate | null;
}

interface Run {
  readonly text: string;
  readonly toks: readonly Token[];
  readonly C: Compiled;
  readonly q: QtyCtx;
  readonly d: DateCtx;
  /** Currency of the figure before, when it is money in the same sentence with nothing but dates between. */
  sentenceMoney: string | null;
  /** Its value (the high end of a range). */
  sentenceMoneyValue: number | null;
}

/** "à cinq ans de prison", "à deux ans ferme", "to five years in prison": a sentence's length, not an age. */
const SENTENCE_AFTER = /^(?:de prison|d ['’]?emprisonnement|d emprisonnement|de réclusion|de détention|ferme|avec sursis|in prison|in jail)/u;

const SENTENCE_END = new Set(['.', '!', '?', ';']);
/** "in 2024 and over 5%": a year before "and" keeps the hedge on the next amount. */
const YEAR_RE = /^(19|20)\d\d$/;

export function extract(text: string, context: FigureContext): Figure[] {
  const C = compiled(context.lang === 'en' ? 'en' : 'fr');
  const toks = splitModelNumbers(tokenize(text), C);
  const doc = parseDocDate(context.documentDate);
  const yearAnchor = doc === null ? parseDocDate(context.yearAnchor ?? null) : null;
  const run: Run = { text, toks, C, q: { text, toks, C, cfaZone: context.cfaZone ?? null }, d: { toks, C, doc, yearAnchor }, sentenceMoney: null, sentenceMoneyValue: null };
  const cands: Cand[] = [];
  let line = -1;
  let carry: string | null = null;
  /** The last currency written in the document: a bare "300 millions" in a later paragraph is most likely in it. */
  let docCarry: string | null = null;
  /** The last figure that is no date, and the last sentence end. */
  let lastFigure: Cand | null = null;
  let lastStop = -1;
  let i = 0;
  while (i < toks.length) {
    const t = toks[i];
    if (t === undefined) break;
    if (t.line !== line) { line = t.line; carry = null; lastStop = i; }
    if (t.kind === TK.Punct && SENTENCE_END.has(t.low)) lastStop = i;
    if (t.kind === TK.Break || t.kind === TK.Skip || (t.kind !== TK.Num && !C.starters.has(t.low))) { i++; continue; }
    if (t.kind === TK.Num && !t.sp && toks[i - 1]?.low === '-' && toks[i - 1]?.sp === false && toks[i - 2]?.kind === TK.Num) {
      i++;
      continue;
    }
    // "long de 2 h 28": a word that opens a hedge ("de", "from") would read the hours alone.
    const elapsed = matchElapsed(toks, i, C) ?? (t.kind === TK.Word ? matchElapsed(toks, i + 1, C) : null);
    if (elapsed !== null) { cands.push(simple(elapsed.start, elapsed.end, 'duration', elapsed.value, elapsed.unit, null)); i = elapsed.end; continue; }
    const clock = matchTimeAt(toks, i, C);
    if (clock !== null) { cands.push(clockCand(clock)); i = Math.max(clock.end, i + 1); continue; }
    const dh = matchDate(run.d, i);
    if (dh !== null) { cands.push(dateCand(dh)); i = Math.max(dh.end, i + 1); continue; }
    const mw = C.multiples.match(toks, i);
    if (mw !== null && !(mw.end === i + 1 && C.multipleNotAfter.has(toks[i - 1]?.low ?? ''))) {
      cands.push(simple(i, mw.end, 'multiple', mw.value, 'times', null));
      i = mw.end;
      continue;
    }
    const mb = multipleBefore(run, i);
    if (mb !== null) { cands.push(mb); i = mb.endTok; continue; }
    const last = cands[cands.length - 1];
    const near = last !== undefined && last.kind === 'money' && last.unit !== null && i - last.endTok <= 3 ? last.unit : null;
    const money = lastFigure !== null && lastFigure.kind === 'money' && lastFigure.startTok > lastStop ? lastFigure : null;
    run.sentenceMoney = money?.unit ?? null;
    run.sentenceMoneyValue = money === null ? null : money.value ?? money.iv.high ?? money.iv.low;
    const r = figureAt(run, i, carry ?? docCarry, near);
    if (r === null) { i++; continue; }
    if ('skipTo' in r) { i = Math.max(r.skipTo, i + 1); continue; }
    cands.push(r);
    if (r.kind !== 'date' && r.kind !== 'year') lastFigure = r;
    if (r.kind === 'money' && !r.unitInferred && r.unit !== null) { carry = r.unit; docCarry = r.unit; }
    i = Math.max(r.endTok, i + 1);
  }
  return cands.map((c, k) => toFigure(run, c, k, cands));
}

/**
 * "45 737 MAX jets": a space-grouped number followed by a model name is a count and a model number.
 * In English, where spaces do not group thousands, any capitalised name splits it; in French only a model suffix.
 */
function splitModelNumbers(toks: Token[], C: Compiled): Token[] {
  let out: Token[] | null = null;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const nx = toks[i + 1];
    const split = t !== undefined && t.kind === TK.Num && /^\d{1,3}( \d{3})+$/.test(t.low) && nx !== undefined &&
      nx.kind === TK.Word && nx.sp && nx.cap && (C.T.lang === 'en' ? !C.lexicon.has(nx.low) : C.productSuffixes.has(nx.low));
    if (!split) { out?.push(t as Token); continue; }
    out ??= toks.slice(0, i);
    const cut = t.low.lastIndexOf(' ');
    out.push({ ...t, end: t.end - 4, low: t.low.slice(0, cut) }, { ...t, start: t.end - 3, low: t.low.slice(cut + 1), sp: true });
  }
  return out ?? toks;
}

/** "multiplié par trois", "multiplied by 2.5", "x2": a multiple announced before its number. */
function multipleBefore(run: Run, i: number): Cand | null {
  const { toks, C } = run;
  const t = toks[i];
  const tb = C.timesBefore.match(toks, i);
  if (tb !== null) {
    const c = parse(run, tb.end);
    if (c === null || isSkip(c) || c.currency !== null || c.suffix !== null || c.value === null || c.yearLike || c.vague) return null;
    return { startTok: i, endTok: c.end, kind: 'multiple', value: c.value, unit: 'times', unitInferred: false, date: null, iv: hedgeInterval(c, null) };
  }
  const n = toks[i + 1];
  const after = toks[i + 2];
  if (t === undefined || !((t.low === 'x' && !t.cap) || t.low === '×') || (i > 0 && !t.sp) || n === undefined || n.kind !== TK.Num || n.sp) return null;
  if (after !== undefined && !after.sp && (after.kind === TK.Word || after.kind === TK.Num || after.low === '-')) return null;
  const num = parseDigits(n.low, C.T, false);
  if (num === null) return null;
  const [lo, hi] = roundingBounds(num);
  const v = numValue(num);
  // "x86", "x64" are architectures; a multiple written so is small.
  if (v <= 1 || v >= 50) return null;
  const iv = hedgeInterval({ value: v, lo, hi, loInc: true, hiInc: false, approx: false, vague: false }, null);
  return { startTok: i, endTok: i + 2, kind: 'multiple', value: v, unit: 'times', unitInferred: false, date: null, iv };
}

/** How far either way "vers 3 h 40" may be from 3:40 and still be it. */
const CLOCK_APPROX_MINUTES = 15;

function clockCand(clock: ClockTime): Cand {
  const slack = clock.approx ? CLOCK_APPROX_MINUTES : 0;
  // "peu avant 15 heures" is the half hour before three, not a quarter either side (2:40 p.m. is shortly before 3).
  const low = clock.side === 'after' ? clock.minutes : clock.minutes - (clock.side === 'before' ? 2 * slack : slack);
  const high = clock.side === 'before' ? clock.minutes : clock.minutes + (clock.side === 'after' ? 2 * slack : slack);
  return {
    startTok: clock.start, endTok: clock.end, kind: 'quantity', value: clock.minutes, unit: CLOCK_UNIT, unitInferred: false, date: null,
    iv: { low, high, lowInclusive: true, highInclusive: true, qualifier: clock.approx ? 'about' : 'exact' },
  };
}

function simple(s: number, e: number, kind: FigureKind, v: number, unit: string | null, date: FigureDate | null): Cand {
  return {
    startTok: s, endTok: e, kind, value: v, unit, unitInferred: false, date,
    iv: { low: v, high: v, lowInclusive: true, highInclusive: true, qualifier: 'exact' },
  };
}

function dateCand(h: DateHit): Cand {
  const y = h.date === null ? null : Number(h.date.iso.slice(0, 4));
  const kind: FigureKind = h.date !== null && h.date.precision === 'year' ? 'year' : 'date';
  return {
    startTok: h.start, endTok: h.end, kind, value: y, unit: null, unitInferred: false, date: h.date,
    iv: { low: y, high: y, lowInclusive: y !== null, highInclusive: y !== null, qualifier: 'exact' },
  };
}

function parse(run: Run, i: number): Core | Skip | null {
  return parseCore(run.q, i);
}

function figureAt(run: Run, i: number, carry: string | null, nearMoney: string | null = null): Cand | Skip | null {
  const { toks, C } = run;
  const hm0 = C.hedges.match(toks, i);
  // "could top $40bn" is a hedge, "the top 10" is not.
  const h0 = toks[i];
  // "5~10 days": a sign glued after a number joins two numbers, it hedges neither.
  const hm = hm0 !== null && hm0.end === i + 1 && ((C.T.modalOnlyHedges.includes(h0?.low ?? '') &&
    !C.T.modals.includes(toks[i - 1]?.low ?? '')) || (h0?.kind === TK.Punct && !h0.sp && toks[i - 1]?.kind === TK.Num) ||
    (C.T.hedgeTailJoiners.includes(toks[i - 1]?.low ?? '') && toks[i - 2]?.kind === TK.Num && !YEAR_RE.test(toks[i - 2]?.low ?? ''))) ? null : hm0;
  let hedge: HedgeKind | null = null;
  let core: Core | null = null;
  // "between 17 June and 29 August", "from 17 June": a day and its month are a date, which the scan reads at the next
  // token; read here, the day was a count of "June".
  if (hm !== null && matchDate(run.d, hm.end)?.date?.precision === 'day') return null;
  if (hm !== null) {
    const c = parse(run, hm.end);
    if (isSkip(c)) return c;
    if (c !== null) { core = c; hedge = hm.value; }
  }
  if (core === null) {
    const c = parse(run, i);
    if (c === null || isSkip(c)) return c;
    core = c;
  }
  if (hedge === 'more' && core.suffix === 'duration' && hm !== null && hm.end === i + 1 && toks[i]?.low === 'over') hedge = null;
  // "la Tesla Model 3 à 15 000": a number inside a name opens no range.
  if (hedge === null && C.T.rangeTo.includes(toks[core.end]?.low ?? '') && namedNumber(run, core, core.start)) return { skipTo: core.end };
  let start = hedge !== null ? i : core.start;
  let second: Core | null = null;
  /** "passé de 2,1 à 2,9 milliards": the new value after the old one, when X and Y are two figures. */
  let next: Core | null = null;
  const ct = toks[core.end];
  {
    const conn = hedge === 'between' ? C.T.rangeAnd : C.T.rangeTo;
    const nt = toks[core.end + 1];
    const dashOk = ct === undefined || ct.low !== '-' || (!ct.sp && nt !== undefined && !nt.sp);
    const glued = ct !== undefined && (ct.low === '-' || ct.low === '–') && !ct.sp && nt !== undefined && !nt.sp;
    // "rose $1.20 to $74.50": a change by X to Y, not a range.
    const change = hedge === null && unitKey(core) !== null && C.changeVerbs.has(toks[core.start - 1]?.low ?? '');
    if (ct !== undefined && conn.includes(ct.low) && dashOk && !core.vague && !change) {
      const c2 = parse(run, core.end + 1);
      // "une fourchette de 4 % à 4,25 %", "a range of 4% to 4.25%".
      const p1 = toks[start - 1];
      const rangeCue = p1 !== undefined && (C.rangeNouns.has(p1.low) || (C.linkers.has(toks, start - 1) && C.rangeNouns.has(toks[start - 2]?.low ?? '')));
      if (c2 !== null && !isSkip(c2)) {
        const moved = hedge === 'from' && !rangeCue && fromTo(run, start, core, c2);
        if (!moved && compatible(core, c2, hedge, glued || rangeCue)) second = c2;
        else if (hedge === 'from') next = c2;
      }
    }
    if (second === null && (hedge === 'between' || hedge === 'from')) { hedge = null; start = core.start; }
  }
  if (second !== null) return rangeCand(run, start, core, second, carry, hedge);
  if (next !== null) {
    const old = inherited(run, core, next, carry);
    if (old !== null) return { startTok: core.start, endTok: core.end, ...old, date: null };
  }
  const end = core.end;
  // "1,79 €, contre 1,85": a bare number compared with the amount just before is in its currency.
  if (hedge === null && nearMoney !== null && core.currency === null && core.suffix === null && !core.noun && !core.words &&
    !core.yearLike && C.comparisonWords.has(toks[start - 1]?.low ?? '')) {
    return { startTok: start, endTok: core.end, kind: 'money', value: core.value, unit: nearMoney, unitInferred: true, date: null, iv: hedgeInterval(core, null) };
  }
  const k = kindOf(run, core, start, hedge !== null, carry);
  if (k === null) return null;
  if ('skipTo' in k) return k;
  if (k.date !== null) {
    return dateCand({ start: k.dateStart ?? start, end: k.dateEnd ?? end, date: k.date });
  }
  return {
    startTok: start, endTok: k.endTok ?? end, kind: k.kind, value: core.value, unit: k.unit, unitInferred: k.inferred,
    date: null, iv: hedgeInterval(core, hedge),
  };
}

/**
 * A verb of change before "de"/"from" in the same clause: "est passé de", "fell sharply from", "increase its stake
 * from", "raise the price of its plan in France from €10.99 to €12.49" (the object may take several words).
 */
const FROM_TO_VERB_REACH = 14;
/** Words that open another clause or item: a verb before them is not the one whose object the range follows. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['which', 'that', 'who', 'and', 'but', 'while', 'where', 'qui', 'que', 'et', 'mais', 'où', 'dont', 'tandis']);
/** "plans ranging from €10 to €20", "des loyers allant de 600 à 900 euros": a span of values, whatever verb came before. */
const SPAN_WORDS: ReadonlySet<string> = new Set(['ranging', 'range', 'ranges', 'varying', 'spanning', 'allant', 'variant', 'vont', 'va', 'oscillant']);
function fromTo(run: Run, start: number, a: Core, b: Core): boolean {
  const { toks, C } = run;
  for (let p = start - 1; p >= 0 && p >= start - FROM_TO_VERB_REACH; p--) {
    const t = toks[p];
    // "the plant's capacity", "d'autres provinces": an apostrophe keeps the clause going.
    if (t !== undefined && t.kind !== TK.Word && (t.low === "'" || t.low === '’')) continue;
    if (t === undefined || t.kind !== TK.Word || (p < start - 4 && CLAUSE_OPENERS.has(t.low)) || SPAN_WORDS.has(t.low)) return false;
    if (C.fromToVerbs.has(t.low)) return true;
    if (C.fromToChangeVerbs.has(t.low)) return unitKey(a) !== null || (b.suffix !== 'percent' && b.suffix !== 'pp');
  }
  return false;
}

/**
 * The old value of "de 2,1 à 2,9 milliards d'euros", "from 300 to 450 million dollars": a bare number takes the
 * new value's unit (inferred) and its scale, or the scale below it ("from 800 to 1.2 billion"), when the two are
 * then of the same order.
 */
function inherited(run: Run, a: Core, b: Core, carry: string | null): Pick<Cand, 'kind' | 'value' | 'unit' | 'unitInferred' | 'iv'> | null {
  if (a.value === null || b.value === null || a.currency !== null || a.suffix !== null || a.noun || a.yearLike || a.vague) return null;
  const k = kindOf(run, b, b.start, false, carry);
  if (k === null || 'skipTo' in k || k.date !== null || (k.kind !== 'money' && k.kind !== 'percent' && k.kind !== 'quantity')) return null;
  const up = a.scale === 1 && b.scale > 1 ? b.scale : 1;
  const near = (s: number): boolean => {
    const ratio = (a.value ?? 0) * s / (b.value ?? 1);
    return ratio > 0.1 && ratio < 10;
  };
  const s = near(up) ? up : up >= 1e6 && near(up / 1000) ? up / 1000 : 1;
  const r = (x: number): number => Number((x * s).toPrecision(15));
  const scaled = { ...a, value: r(a.value), lo: r(a.lo), hi: r(a.hi) };
  return { kind: k.kind, value: scaled.value, unit: k.unit, unitInferred: true, iv: hedgeInterval(scaled, null) };
}

function unitKey(c: Core): string | null {
  return c.currency ?? c.unit;
}

function compatible(a: Core, b: Core, hedge: HedgeKind | null, glued: boolean): boolean {
  if (a.yearLike || b.yearLike || b.vague || a.value === null || b.value === null) return false;
  const ua = unitKey(a);
  // "$64 billion to $72 billion" with no lead-in, "5.25%-5.5%", "a margin of 8% to 8.5%" and "une marge de 8 % à
  // 8,5 %" are ranges; verbs of change were ruled out before ("passée de 11 % à 14 %" is two figures).
  if (ua !== null && hedge !== 'between' && hedge !== 'from' && hedge !== null && !glued) return false;
  // "$3-4 billion": the second end takes the currency of the first.
  const inherits = a.currency !== null && b.currency === null && b.suffix === null && (glued || hedge === 'between');
  if (ua !== null && ua !== unitKey(b) && !inherits) return false;
  const va = a.scale === 1 && b.scale > 1 ? a.value * b.scale : a.value;
  return va < b.value;
}

function rangeCand(run: Run, start: number, a: Core, b: Core, carry: string | null, hedge: HedgeKind | null): Cand | Skip | null {
  const scaleUp = a.scale === 1 && b.scale > 1 ? b.scale : 1;
  const low = (a.value ?? 0) * scaleUp;
  const merged: Core = { ...b, scale: Math.max(a.scale, b.scale), currency: b.currency ?? a.currency };
  const k = kindOf(run, merged, start, true, carry);
  if (k === null || 'skipTo' in k) return k;
  const high = b.value;
  let iv: Interval = { low, high, lowInclusive: true, highInclusive: true, qualifier: 'range' };
  if (hedge === 'more' || hedge === 'atleast') iv = { low, high: null, lowInclusive: hedge === 'atleast', highInclusive: false, qualifier: hedge === 'more' ? 'more-than' : 'at-least' };
  else if (hedge === 'less' || hedge === 'atmost') iv = { low: null, high, lowInclusive: false, highInclusive: hedge === 'atmost', qualifier: hedge === 'less' ? 'less-than' : 'at-most' };
  else if ((hedge === 'about' || hedge === 'near' || hedge === 'brush') && high !== null) iv = { low: low * 0.9, high: hedge === 'about' ? high * 1.1 : high, lowInclusive: true, highInclusive: true, qualifier: 'about' };
  return { startTok: start, endTok: b.end, kind: k.kind, value: null, unit: k.unit, unitInferred: k.inferred, date: null, iv };
}

interface KindOf {
  readonly kind: FigureKind;
  readonly unit: string | null;
  readonly inferred: boolean;
  readonly date: FigureDate | null;
  readonly dateStart?: number;
  readonly dateEnd?: number;
  /** Token index the figure ends at when its unit runs past the amount ("153 yens pour un dollar"). */
  readonly endTok?: number;
}

function word(run: Run, i: number): Token | undefined {
  const t = run.toks[i];
  return t !== undefined && (t.kind === TK.Word || t.kind === TK.Punct) ? t : undefined;
}

function kindOf(run: Run, core: Core, start: number, hedged: boolean, carry: string | null): KindOf | Skip | null {
  const { toks, C } = run;
  if (core.currency !== null) {
    const base = rateBase(run, core.end);
    // "153 yens pour un dollar", "1.08 dollars per euro": the price of one currency in another, a rate.
    if (base !== null && base.currency !== core.currency) return { kind: 'quantity', unit: `${core.currency}/${base.currency}`, inferred: false, date: null, endTok: base.end };
    // "le dollar s'échangeait à 141 yens", "the euro climbed above $1.15": the same rate, its base named as the subject.
    const subject = rateSubject(run, core, start);
    if (subject !== null) return { kind: 'quantity', unit: `${core.currency}/${subject}`, inferred: false, date: null };
    return { kind: 'money', unit: core.currency, inferred: false, date: null };
  }
  switch (core.suffix) {
    case 'percent': return { kind: 'percent', unit: '%', inferred: false, date: null };
    case 'pp': return { kind: 'percent', unit: 'pp', inferred: false, date: null };
    case 'times': return { kind: 'multiple', unit: 'times', inferred: false, date: null };
    case 'measure': return { kind: 'quantity', unit: core.unit, inferred: false, date: null };
    case 'duration': {
      const ago = agoAfter(run.d, core.numStart);
      if (ago !== null && ago.end >= core.end) {
        return { kind: ago.date?.precision === 'year' ? 'year' : 'date', unit: null, inferred: false, date: ago.date, dateStart: ago.start, dateEnd: ago.end };
      }
      const prev = word(run, start - 1);
      if (core.unit === 'hour' && prev !== undefined && C.timeBefore.has(prev.low)) return { skipTo: core.end };
      if (core.unit === 'year' && isAge(run, core, start)) return { kind: 'age', unit: 'year', inferred: false, date: null };
      return { kind: 'duration', unit: core.unit, inferred: false, date: null };
    }
    default:
      break;
  }
  if (!core.words && !core.vague && core.scale === 1 && !hedged && !core.noun) {
    for (const ph of C.ageBefore) if (endsWith(toks, start, ph)) return { kind: 'age', unit: 'year', inferred: false, date: null };
    const filler = toks[start - 1];
    const at = toks[start - 2];
    const v = core.value ?? 0;
    if (filler !== undefined && at !== undefined && C.ageFillers.has(filler.low) && C.ageAt.has(at.low) && v >= 5 && v <= 120) {
      return { kind: 'age', unit: 'year', inferred: false, date: null };
    }
    // "died at 85", "retired at 62": a life event's "at" with a bare whole number.
    if (filler !== undefined && at !== undefined && C.ageAt.has(filler.low) && C.ageVerbsAt.has(at.low) && v >= 5 && v <= 120 &&
      Number.isInteger(v)) return { kind: 'age', unit: 'year', inferred: false, date: null };
    // "The chief executive, 58, will step down": an age in apposition to a person.
    const after = toks[core.end];
    if (filler?.low === ',' && at !== undefined && at.kind === TK.Word && C.agePersons.has(at.low) && after?.low === ',' &&
      v >= 5 && v <= 120 && Number.isInteger(v)) return { kind: 'age', unit: 'year', inferred: false, date: null };
  }
  if (namedNumber(run, core, start)) return { skipTo: core.end };
  if (core.yearLike) {
    const prev = word(run, start - 1);
    const nx = toks[core.end];
    const plural = nx !== undefined && core.noun && (nx.low.endsWith('s') || nx.low.endsWith('x'));
    if ((prev !== undefined && (C.yearCues.has(prev.low) || C.yearDeterminers.has(prev.low))) || !plural) {
      const y = core.value ?? 0;
      return { kind: 'year', unit: null, inferred: false, date: { iso: String(y), precision: 'year', relative: false } };
    }
    return { kind: 'count', unit: null, inferred: false, date: null };
  }
  // "2,4 millions d'entre eux", "2.4 million of those customers": a part of a set of things counted, never money.
  const partOfSet = setPartAfter(run, core.end);
  if (core.scale > 1 && carry !== null && !partOfSet && (!core.noun || moneyNounAfter(run, core.end))) return { kind: 'money', unit: carry, inferred: true, date: null };
  const carried = partOfSet ? null : carriedMoney(run, core, start, hedged);
  if (carried !== null) return { kind: 'money', unit: carried, inferred: true, date: null };
  // "dans le neuf", "au neuf": a number word after a singular determiner is an adjective or a noun.
  if (core.words && core.scale === 1 && (core.value ?? 0) > 1 && C.singularDeterminers.has(toks[start - 1]?.low ?? '')) return null;
  if ((core.words || core.vague) && !core.noun && !hedged && !(core.words && (partOfCountedAfter(run, core.end) || countOfAntecedent(run, start) || placedPartAfter(run, core)))) return null;
  const pointsEnd = indexPointsAfter(run, core);
  if (pointsEnd !== null) return { kind: 'quantity', unit: 'points', inferred: false, date: null, endTok: pointsEnd };
  return { kind: 'count', unit: null, inferred: false, date: null };
}

/** The currency after a rate linker ("per dollar", "pour un euro") and the token after it, or null. */
function rateBase(run: Run, end: number): { readonly currency: string; readonly end: number } | null {
  const { toks, C } = run;
  const link = C.rateLinkers.match(toks, end);
  if (link === null) return null;
  const base = C.currencyWords.match(toks, link.end) ?? C.currencySymbols.match(toks, link.end);
  if (base === null) return null;
  return { currency: base.value === CFA ? cfaZone(run.q, link.end, base.end) : base.value, end: base.end };
}

/** How far before an amount its subject currency may stand ("l'euro a franchi la barre de 1,15 dollar"). */
const RATE_SUBJECT_WINDOW = 8;

/**
 * The currency named as the subject of an unscaled amount in another currency, in the same clause: "le dollar
 * s'échangeait autour de 156 yens", "the pound rose to $1.35", "sterling rose to $1.35". The nearest currency word
 * decides; "le baril s'échangeait à 80 dollars" and "the stock rose to $135" name none, and "la zone euro" or "the
 * dollar value" name a currency that is no subject.
 */
function rateSubject(run: Run, core: Core, start: number): string | null {
  const { toks, C } = run;
  if (core.scale !== 1 || core.currency === null) return null;
  for (let p = start - 1, n = 0; p >= 0 && n < RATE_SUBJECT_WINDOW; p--, n++) {
    const t = toks[p];
    if (t === undefined || t.kind === TK.Break || t.kind === TK.Num || t.kind === TK.Skip) return null;
    if (t.kind === TK.Punct && t.low !== "'" && t.low !== '-') return null;
    if (t.kind !== TK.Word) continue;
    // The longest currency phrase covering p ("the Australian dollar", not "dollar").
    let from = -1;
    let m: { value: string; end: number } | null = null;
    for (let c = Math.max(0, p - 3); c <= p && m === null && C.rateSubjectEnds.has(t.low); c++) {
      const x = C.rateSubjects.match(toks, c);
      if (x !== null && x.end > p && x.end <= start) { from = c; m = x; }
    }
    if (m === null) {
      // Another clause or a name ("as Brent traded at $80", "et l'or vaut 2 400 dollars"): the subject is not the currency's.
      if (C.rateSubjectBreaks.has(t.low) || (t.cap && !C.lexicon.has(t.low))) return null;
      continue;
    }
    if (m.value === core.currency || C.rateSubjectBlockers.has(toks[m.end]?.low ?? '')) return null;
    const bare = m.end === from + 1 && C.bareRateSubjects.has(toks[from]?.low ?? '');
    if (!bare && !C.rateSubjectDeterminers.some((d) => endsWith(toks, from, d))) return null;
    return m.value === CFA ? cfaZone(run.q, from, m.end) : m.value;
  }
  return null;
}

/** "clôturé à 7 512,36 points", "lost 1,200 points": index points are a level, not a number of things. */
function indexPointsAfter(run: Run, core: Core): number | null {
  const next = run.toks[core.end];
  if (next === undefined || !run.C.indexPointWords.has(next.low) || (core.value ?? 0) < INDEX_POINTS_MIN) return null;
  // "1 640 points de vente", "points of sale": shops counted, not an index level.
  const of = run.toks[core.end + 1]?.low;
  const sale = run.toks[core.end + 2]?.low;
  if ((of === 'de' && sale === 'vente') || (of === 'of' && sale === 'sale')) return null;
  return core.end + 1;
}

/** Below this, "points" are percentage points or a score. */
const INDEX_POINTS_MIN = 100;

/**
 * The currency of the sum just written that a bare amount of the same sentence continues: a part of it ("dont
 * 300 000 avec sursis", "dont 1,4 million de part fixe"), or a large round amount added to it or spent ("et 300 000
 * pour la formation", "another two hundred thousand for cycle lanes"). A counted noun after it ("300 000
 * visiteurs") keeps it a count.
 */
function carriedMoney(run: Run, core: Core, start: number, hedged: boolean): string | null {
  const { toks, C } = run;
  const cur = run.sentenceMoney;
  const v = core.value;
  if (cur === null || hedged || v === null || v <= 0 || core.currency !== null || core.suffix !== null || core.yearLike || core.vague) return null;
  if (core.noun && !moneyNounAfter(run, core.end) && !massNounAfter(run, core.end)) return null;
  // "5 millions d'euros, dont 3 en France" leaves the scale out: not read as 3 euros.
  const whole = run.sentenceMoneyValue;
  const part = whole === null || (v < whole && v * 1000 > whole);
  if (part && C.carryPartCues.some((ph) => endsWith(toks, start, ph))) return cur;
  const large = core.scale > 1 || (v >= 1000 && v % 1000 === 0);
  return large && C.carryCues.some((ph) => endsWith(toks, start, ph)) ? cur : null;
}

/** "d'entre eux", "of those", "of them", "of whom" right after an amount: a part of things counted before. */
function setPartAfter(run: Run, end: number): boolean {
  const first = run.toks[end]?.low;
  const second = run.toks[end + 1]?.low ?? '';
  return (first === 'of' && SET_PRONOUNS.has(second)) || ((first === "d'" || first === 'd') && second === 'entre');
}
const SET_PRONOUNS: ReadonlySet<string> = new Set(['those', 'these', 'them', 'whom']);

/**
 * "trois des 48 câbles", "four of the six districts", "Three of the lost containers": a number in words counts the
 * things a partitive names after it (a number, or an English adjective, may stand before the noun).
 */
function partOfCountedAfter(run: Run, end: number): boolean {
  const { toks, C } = run;
  let k = end;
  const first = toks[k]?.low;
  if (first === 'des') k++;
  else if (first === 'of' && PARTITIVE_DETERMINERS.has(toks[k + 1]?.low ?? '')) k += 2;
  else return false;
  // "des 48 câbles", "of the six districts": a number may come before the noun.
  const spelled = parseNumberWords(toks, k, C.T);
  if (spelled !== null) k = spelled.end;
  else if (toks[k]?.kind === TK.Num) k++;
  const noun = toks[k];
  return noun !== undefined && noun.kind === TK.Word && !noun.cap && !C.stop.has(noun.low) && !C.months.has(noun.low);
}
const PARTITIVE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'these', 'those']);

/**
 * "neuf en Belgique", "nine in Belgium": a number in words, mid-sentence, before the place a part of the things counted
 * is in. (Before a maker's name, "eight Embraer jets", was tried: +8 pairs, but a fleet's part met another airline's
 * fleet as a conflict, four false alarms on round 6.)
 */
function placedPartAfter(run: Run, core: Core): boolean {
  const { toks } = run;
  const next = toks[core.end];
  if (next === undefined || (next.low !== 'en' && next.low !== 'in')) return false;
  // "four in the Netherlands", "deux en l'Italie" rarely, but "in the" often: one article may come before the place.
  const article = toks[core.end + 1]?.low === 'the' ? 1 : 0;
  const place = toks[core.end + 1 + article];
  return place !== undefined && place.kind === TK.Word && place.cap && !run.C.months.has(place.low);
}

/** "dont onze ont été hospitalisés", "of whom two": a number in words counting the things named just before. */
function countOfAntecedent(run: Run, start: number): boolean {
  const { toks, C } = run;
  const before = toks[start - 1]?.low;
  const opener = before === 'dont' ? start - 1 : before === 'whom' && toks[start - 2]?.low === 'of' ? start - 2 : -1;
  if (opener < 0) return false;
  // "quatre ans de prison, dont deux avec sursis", "5 millions d'euros, dont trois": a part of a duration or a sum.
  for (let p = opener - 1; p >= 0 && p >= opener - ANTECEDENT_WINDOW; p--) {
    const t = toks[p];
    if (t === undefined || t.kind === TK.Break || (t.kind === TK.Punct && SENTENCE_END.has(t.low))) break;
    if (C.durations.has(toks, p) || C.currencyWords.has(toks, p) || C.currencySymbols.has(toks, p) || C.percent.has(toks, p) || C.scales.has(t.low)) return false;
  }
  return true;
}
/** How far back a "dont"'s antecedent is looked for. */
const ANTECEDENT_WINDOW = 12;

/** "de part fixe", "de salaire": in French a singular noun after the linker is a mass, not things counted. */
function massNounAfter(run: Run, end: number): boolean {
  const { toks, C } = run;
  if (!C.T.massNounAfterLinker) return false;
  const l = C.linkers.match(toks, end);
  const n = l === null ? undefined : toks[l.end];
  return n !== undefined && n.kind === TK.Word && !n.cap && !C.stop.has(n.low) && !/[sxz]$/.test(n.low);
}

/** "3 millions de bonus": the noun after the amount is a sum of money. */
function moneyNounAfter(run: Run, end: number): boolean {
  const { toks, C } = run;
  const l = C.linkers.match(toks, end);
  const n = toks[l === null ? end : l.end];
  return n !== undefined && C.moneyNouns.has(n.low);
}

function isAge(run: Run, core: Core, start: number): boolean {
  const { toks, C } = run;
  if (core.ageSuffix) return true;
  let p = start;
  while (p > 0 && C.ageFillers.has(toks[p - 1]?.low ?? '') && !C.ageAt.has(toks[p - 1]?.low ?? '')) p--;
  for (const ph of C.ageBefore) if (endsWith(toks, p, ph)) return true;
  const at = toks[p - 1];
  // "mort à 85 ans" is an age, "l'OAT à 10 ans" a maturity.
  // "condamné jeudi à cinq ans", "condamné hier soir à trois ans": a day or an adverb may come between the verb and
  // "à"; "à cinq ans de prison", "à deux ans ferme" say it whatever came before.
  if (at !== undefined && C.ageAt.has(at.low)) {
    const term = [2, 3, 4].some((back) => C.durationBeforeAt.has(toks[p - back]?.low ?? '') && (back === 2 || toks.slice(p - back + 1, p - 1).every((t) => t.kind === TK.Word && !t.cap)));
    return !term && !SENTENCE_AFTER.test(toks.slice(core.end, core.end + 3).map((t) => t.low).join(' '));
  }
  const before = toks[start - 1];
  const after0 = toks[core.end];
  // "l'attaquant de 24 ans", "il a 20 ans" (not "a 3 ans de retard"), "les moins de 25 ans".
  if (before?.low === 'de' && C.agePersons.has(toks[start - 2]?.low ?? '')) return true;
  // "le milieu anglais de 22 ans": one adjective may stand between the person and "de".
  const adj = toks[start - 2];
  if (before?.low === 'de' && adj !== undefined && adj.kind === TK.Word && !adj.cap && !C.stop.has(adj.low) &&
    C.agePersons.has(toks[start - 3]?.low ?? '') && C.linkers.match(toks, core.end) === null) return true;
  if (before !== undefined && C.ageHave.has(before.low) && (after0 === undefined || C.linkers.match(toks, core.end) === null)) return true;
  if (start < core.start && before !== undefined && C.ageGroupBefore.has(before.low)) return true;
  const name = toks[start - 2];
  const after = toks[core.end];
  if (before !== undefined && (before.low === ',' || before.low === '(') && name !== undefined && name.kind === TK.Word &&
    (name.cap || C.agePersons.has(name.low)) && after !== undefined && (after.low === ',' || after.low === ')')) return true;
  return false;
}

/** A bare number that is part of a name or a reference ("Windows 11", "l'article 12", "le 787 Dreamliner"). */
function namedNumber(run: Run, core: Core, start: number): boolean {
  return !core.words && !core.vague && !core.approx && core.scale === 1 && core.currency === null && core.suffix === null &&
    (isProduct(run, core) || isReference(run, core.numStart) || inName(run, core, start));
}

function isProduct(run: Run, core: Core): boolean {
  const { toks, C } = run;
  const p = core.numStart - 1;
  const pt = toks[p];
  // "S&P 500", "AT&T 5": a name glued with an ampersand.
  if (pt !== undefined && pt.kind === TK.Word && pt.cap && !pt.sp && toks[p - 1]?.low === '&') return true;
  if (pt === undefined || pt.kind !== TK.Word || !pt.cap || C.lexicon.has(pt.low)) return false;
  if (C.months.has(pt.low) || C.weekdays.has(pt.low)) return false;
  return true;
}

/**
 * "le 787 Dreamliner", "Boeing's 787 Dreamliner", "le 3919", "Fit for 55": a bare whole number that is part of a name.
 * "12 Rafale", "3 Airbus A350" and "the 12 Rafale jets" stay counts: no singular determiner, or a plural after the name.
 */
function inName(run: Run, core: Core, start: number): boolean {
  const { toks, C } = run;
  const v = core.value;
  const prev = toks[start - 1];
  if (v === null || !Number.isInteger(v) || start !== core.numStart || prev === undefined) return false;
  if (C.codeDeterminers.has(prev.low) && !core.yearLike) return true;
  const next = toks[core.end];
  if (next !== undefined && next.sp && isNameWord(C, next)) {
    if (C.nameDeterminers.has(prev.low)) return true;
    if (C.nameDeterminersUnlessPlural.has(prev.low)) {
      let k = core.end;
      while (k < core.end + 4 && isNameWord(C, toks[k])) k++;
      const last = toks[k - 1];
      const after = toks[k];
      const plural = (w: Token | undefined): boolean => w !== undefined && w.kind === TK.Word && /[^s]s$/.test(w.low) && !C.stop.has(w.low);
      return !plural(last) && !(after !== undefined && !after.cap && plural(after));
    }
  }
  // "Fit for 55": a lower-case connector inside a capitalised name that does not open the sentence.
  const name = toks[start - 2];
  const before = toks[start - 3];
  return C.nameConnectors.has(prev.low) && name !== undefined && isNameWord(C, name) && before !== undefined &&
    before.kind !== TK.Break && !(before.kind === TK.Punct && SENTENCE_END.has(before.low));
}

function isNameWord(C: Compiled, t: Token | undefined): boolean {
  return t !== undefined && t.kind === TK.Word && t.cap && !C.lexicon.has(t.low) && !C.months.has(t.low) && !C.weekdays.has(t.low);
}

function isReference(run: Run, numStart: number): boolean {
  const { toks, C } = run;
  const p = toks[numStart - 1];
  if (p === undefined) return false;
  // "is building 26 trams": a verb spelled like a reference noun, before a count of something.
  const counted = toks[numStart + 1];
  if (p.low.endsWith('ing') && !p.cap && counted !== undefined && counted.kind === TK.Word && !counted.cap && counted.low.endsWith('s')) return false;
  if (C.references.has(p.low)) return true;
  const p2 = toks[numStart - 2];
  return p2 !== undefined && C.references.has(p2.low + p.low);
}

function isReported(run: Run, c: Cand): boolean {
  const { toks, C } = run;
  const T = C.T;
  const condWord = (t: Token): boolean => {
    if (t.kind !== TK.Word) return false;
    if (T.conditionalWords.includes(t.low)) return true;
    if (t.low.length < 6 || T.conditionalExceptions.includes(t.low)) return false;
    return T.conditionalEndings.some((e) => t.low.endsWith(e));
  };
  for (let p = c.startTok - 1, n = 0; p >= 0 && n < 40; p--, n++) {
    const t = toks[p];
    if (t === undefined || t.kind === TK.Break || (t.kind === TK.Punct && SENTENCE_END.has(t.low))) break;
    if (condWord(t) || C.reported.has(toks, p)) return true;
  }
  for (let p = c.startTok; p < c.endTok; p++) {
    const t = toks[p];
    if (t !== undefined && condWord(t)) return true;
  }
  for (let p = c.endTok, n = 0; n < 4; p++, n++) {
    const t = toks[p];
    if (t === undefined || t.kind === TK.Break || (t.kind === TK.Punct && SENTENCE_END.has(t.low))) break;
    if (condWord(t) || C.reported.has(toks, p)) return true;
  }
  return false;
}

function toFigure(run: Run, c: Cand, k: number, all: readonly Cand[]): Figure {
  const first = run.toks[c.startTok];
  const last = run.toks[c.endTok - 1];
  const start = first?.start ?? 0;
  const end = last?.end ?? start;
  let restates: number | null = null;
  const prev = all[k - 1];
  const paren = run.toks[c.startTok - 1];
  // "$4.1bn (jusqu'à $4.6bn avec le CVR)" bounds a second amount in the same currency; "$1.1-billion (US$792 million)"
  // converts, though both read as dollars.
  const bound = c.iv.qualifier !== 'exact' && c.iv.qualifier !== 'about';
  if (c.kind === 'money' && prev !== undefined && prev.kind === 'money' && paren !== undefined && paren.low === '(' &&
    prev.endTok === c.startTok - 1 && (prev.unit !== c.unit || !bound)) restates = k - 1;
  // "up to 350 km (217 miles)", "1 840 hectares (some 4,500 acres)", "-7 °C (20F)": a measure in brackets that the
  // figures read as the same quantity, in other words, converts the one before it.
  if (c.kind === 'quantity' && prev !== undefined && prev.kind === 'quantity' && paren !== undefined && paren.low === '(' &&
    prev.endTok === c.startTok - 1 && convertsMeasure(prev.value, prev.unit, c.value, c.unit)) restates = k - 1;
  return {
    span: { start, end },
    text: run.text.slice(start, end),
    kind: c.kind,
    value: c.value,
    low: c.iv.low,
    high: c.iv.high,
    lowInclusive: c.iv.lowInclusive,
    highInclusive: c.iv.highInclusive,
    unit: c.unit,
    qualifier: c.iv.qualifier,
    unitInferred: c.unitInferred,
    reported: isReported(run, c),
    date: c.date,
    restates,
  };
}
