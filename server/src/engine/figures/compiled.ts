/** Tables compiled once per language into phrase tries and sets. */

import type { Lang } from '../types';
import { PhraseSet, mapOf, phraseTokens, setOf } from './phrases';
import {
  APPROX_SIGNS, CFA_ZONE_CUES, CURRENCY_SYMBOLS, ISO_CODES, SCALED_SYMBOLS, VULGAR_FRACTIONS, SHARED_SCALES, type AmbiguousCurrency, type Collective, type DurationUnit, type HedgeKind, type LangTables,
  type RelativePeriod,
} from './tables';
import { EN } from './tables.en';
import { FR } from './tables.fr';
import type { Token } from './tokens';

export interface Compiled {
  readonly T: LangTables;
  readonly hedges: PhraseSet<HedgeKind>;
  readonly currencyWords: PhraseSet<string>;
  readonly currencySymbols: PhraseSet<string>;
  readonly scales: ReadonlyMap<string, number>;
  readonly weakScales: ReadonlySet<string>;
  readonly linkers: PhraseSet<true>;
  readonly rateLinkers: PhraseSet<true>;
  readonly indexPointWords: ReadonlySet<string>;
  /** Currency names as the subject of a price (currency words and the singular subjects). */
  readonly rateSubjects: PhraseSet<string>;
  /** Last token of every rate subject ("dollar" of "the Australian dollar"): the only words worth matching from. */
  readonly rateSubjectEnds: ReadonlySet<string>;
  /** Places and institutions of the two CFA zones. */
  readonly cfaZones: PhraseSet<string>;
  readonly rateSubjectDeterminers: readonly (readonly string[])[];
  readonly bareRateSubjects: ReadonlySet<string>;
  readonly rateSubjectBlockers: ReadonlySet<string>;
  readonly rateSubjectBreaks: ReadonlySet<string>;
  readonly collectives: ReadonlyMap<string, Collective>;
  readonly vague: PhraseSet<true>;
  readonly articles: ReadonlySet<string>;
  readonly percent: PhraseSet<true>;
  readonly points: PhraseSet<true>;
  readonly times: PhraseSet<true>;
  readonly timesBefore: PhraseSet<true>;
  readonly contextPoints: PhraseSet<true>;
  readonly ratioConnectors: PhraseSet<true>;
  readonly ratioEvery: ReadonlySet<string>;
  readonly multiples: PhraseSet<number>;
  readonly durations: PhraseSet<DurationUnit>;
  readonly durationAdjectives: ReadonlySet<string>;
  readonly ageBefore: readonly (readonly string[])[];
  readonly ageAfter: PhraseSet<true>;
  readonly ageAt: ReadonlySet<string>;
  readonly ageVerbsAt: ReadonlySet<string>;
  readonly ageFillers: ReadonlySet<string>;
  readonly months: ReadonlyMap<string, number>;
  /** Abbreviated month names ("janv", "sept", "jun"), which may take a dot. */
  readonly monthAbbr: ReadonlySet<string>;
  readonly weekdays: ReadonlyMap<string, number>;
  readonly relativeDays: PhraseSet<number>;
  readonly relativePeriods: PhraseSet<RelativePeriod>;
  readonly past: ReadonlySet<string>;
  readonly next: PhraseSet<true>;
  readonly agoBefore: PhraseSet<true>;
  readonly agoAfter: ReadonlySet<string>;
  readonly modifiers: PhraseSet<true>;
  readonly yearCues: ReadonlySet<string>;
  readonly references: ReadonlySet<string>;
  readonly timeAfter: PhraseSet<true>;
  readonly timeBefore: ReadonlySet<string>;
  readonly timeApprox: readonly (readonly string[])[];
  readonly timeOfDay: PhraseSet<boolean>;
  readonly timeDurationBefore: ReadonlySet<string>;
  readonly timeDurationAfter: ReadonlySet<string>;
  readonly timeRangeOpeners: ReadonlySet<string>;
  readonly timeRangeJoiners: ReadonlySet<string>;
  readonly timeZoneWords: ReadonlySet<string>;
  readonly stop: ReadonlySet<string>;
  readonly measures: PhraseSet<string>;
  readonly zero: ReadonlySet<string>;
  readonly reported: PhraseSet<true>;
  readonly ordinals: ReadonlySet<string>;
  /** Lower-cased words and symbols that may start a figure; other words are skipped at once. */
  readonly starters: ReadonlySet<string>;
  readonly basisPoints: PhraseSet<true>;
  readonly subunits: PhraseSet<string>;
  readonly scaledCurrency: PhraseSet<string>;
  readonly streets: ReadonlySet<string>;
  readonly nounModifiers: ReadonlySet<string>;
  readonly agePersons: ReadonlySet<string>;
  readonly ageHave: ReadonlySet<string>;
  readonly ageGroupBefore: ReadonlySet<string>;
  readonly durationBeforeAt: ReadonlySet<string>;
  readonly fractionPoints: PhraseSet<true>;
  readonly fractionOf: PhraseSet<true>;
  readonly fractionCues: readonly (readonly string[])[];
  readonly changeVerbs: ReadonlySet<string>;
  readonly fromToVerbs: ReadonlySet<string>;
  readonly fromToChangeVerbs: ReadonlySet<string>;
  readonly productSuffixes: ReadonlySet<string>;
  readonly nameDeterminers: ReadonlySet<string>;
  readonly nameDeterminersUnlessPlural: ReadonlySet<string>;
  readonly codeDeterminers: ReadonlySet<string>;
  readonly nameConnectors: ReadonlySet<string>;
  readonly yearDeterminers: ReadonlySet<string>;
  readonly multipleNotAfter: ReadonlySet<string>;
  readonly ambiguousCurrency: PhraseSet<AmbiguousCurrency>;
  readonly symbolScales: PhraseSet<{ readonly scale: number; readonly currency: string }>;
  readonly scaledSymbols: PhraseSet<string>;
  readonly halfScale: PhraseSet<true>;
  readonly andHalf: PhraseSet<true>;
  readonly rangeNouns: ReadonlySet<string>;
  readonly comparisonWords: ReadonlySet<string>;
  readonly moneyNouns: ReadonlySet<string>;
  readonly carryPartCues: readonly (readonly string[])[];
  readonly carryCues: readonly (readonly string[])[];
  readonly singularDeterminers: ReadonlySet<string>;
  readonly sinceWords: ReadonlySet<string>;
  /** Every word of the tables: a capitalised one of these is never a product name. */
  readonly lexicon: ReadonlySet<string>;
}

const cache = new Map<Lang, Compiled>();

export function compiled(lang: Lang): Compiled {
  let c = cache.get(lang);
  if (c === undefined) {
    c = compile(lang === 'en' ? EN : FR);
    cache.set(lang, c);
  }
  return c;
}

function compile(T: LangTables): Compiled {
  const symbols = new PhraseSet<string>(Object.entries(CURRENCY_SYMBOLS));
  const scales = new Map<string, number>([...Object.entries(T.scales), ...Object.entries(SHARED_SCALES)]);
  const lexicon = new Set<string>();
  const addAll = (xs: Iterable<string>): void => {
    for (const x of xs) for (const p of phraseTokens(x)) lexicon.add(p);
  };
  addAll(Object.keys(T.hedges));
  addAll(T.stopwords);
  addAll(Object.keys(T.months));
  addAll(Object.keys(T.weekdays));
  addAll(Object.keys(T.units));
  addAll(Object.keys(T.multipliers));
  addAll(T.yearCues);
  addAll(T.periodModifiers);
  addAll(T.vagueQuantifiers);
  addAll(T.zeroWords);
  addAll(T.ageFillers);
  addAll(T.articles);
  addAll(Object.keys(T.relativePeriods));
  addAll(T.referenceNouns);
  const lastTokens = (xs: readonly string[]): Set<string> => {
    const s = new Set<string>();
    for (const x of xs) {
      const p = phraseTokens(x);
      s.add(p.join(''));
      const last = p[p.length - 1];
      if (p.length === 1 && last !== undefined) s.add(last);
    }
    return s;
  };
  const hedges = mapOf({ ...T.hedges, ...APPROX_SIGNS });
  const relativeDays = mapOf(T.relativeDays);
  const relativePeriods = mapOf(T.relativePeriods);
  const multiples = mapOf(T.multipleWords);
  const modifiers = setOf(T.periodModifiers);
  const agoBefore = setOf(T.agoBefore);
  const vague = setOf(T.vagueQuantifiers);
  const timesBefore = setOf(T.timesBefore);
  const scaledSymbols = mapOf(SCALED_SYMBOLS);
  const halfScale = setOf(T.halfScale);
  const starters = new Set<string>([
    ...hedges.firsts(), ...relativeDays.firsts(), ...relativePeriods.firsts(), ...multiples.firsts(),
    ...modifiers.firsts(), ...agoBefore.firsts(), ...vague.firsts(), ...symbols.firsts(),
    ...ISO_CODES.map((c) => c.toLowerCase()), ...T.articles, ...T.zeroWords, ...Object.keys(T.collectives),
    ...Object.keys(T.units), ...Object.keys(T.multipliers), ...Object.keys(T.months), ...Object.keys(T.weekdays),
    ...T.nextMarkers.flatMap(phraseTokens).slice(0, 1), ...T.pastMarkers, 'premier', 'first',
    ...Object.keys(T.fractions.numerators), ...T.fractions.bare, ...timesBefore.firsts(), 'x', '×',
    ...scaledSymbols.firsts(), ...halfScale.firsts(), ...Object.keys(VULGAR_FRACTIONS),
    ...T.timeApprox.map((phrase) => phraseTokens(phrase)[0] ?? ''),
  ]);
  return {
    T,
    starters,
    hedges,
    currencyWords: mapOf(T.currencyWords),
    currencySymbols: symbols,
    scales,
    weakScales: new Set(T.weakScales),
    linkers: setOf(T.linkers),
    rateLinkers: setOf(T.rateLinkers),
    indexPointWords: new Set(T.indexPointWords),
    cfaZones: mapOf(CFA_ZONE_CUES),
    rateSubjects: new PhraseSet<string>([...Object.entries(T.currencyWords), ...Object.entries(T.rateSubjectWords)]),
    rateSubjectEnds: new Set([...Object.keys(T.currencyWords), ...Object.keys(T.rateSubjectWords)].map((w) => phraseTokens(w).pop() ?? '')),
    rateSubjectDeterminers: T.rateSubjectDeterminers.map(phraseTokens),
    bareRateSubjects: new Set(T.bareRateSubjects),
    rateSubjectBlockers: new Set(T.rateSubjectBlockers),
    rateSubjectBreaks: new Set(T.rateSubjectBreaks),
    collectives: new Map(Object.entries(T.collectives)),
    vague,
    articles: new Set(T.articles),
    percent: setOf(T.percentWords),
    points: setOf(T.pointWords),
    times: setOf(T.timesWords),
    timesBefore,
    contextPoints: setOf(T.contextPointWords),
    ratioConnectors: setOf(T.ratio.connectors),
    ratioEvery: new Set(T.ratio.every),
    multiples,
    durations: mapOf(T.durationWords),
    durationAdjectives: new Set(T.durationAdjectives),
    ageBefore: T.ageBefore.map(phraseTokens),
    ageAfter: setOf(T.ageAfter),
    ageAt: new Set(T.ageAt),
    ageVerbsAt: new Set(T.ageVerbsAt),
    ageFillers: new Set(T.ageFillers.flatMap(phraseTokens)),
    months: new Map(Object.entries(T.months)),
    monthAbbr: new Set(Object.keys(T.months).filter((k) => Object.entries(T.months).some(([o, m]) => m === T.months[k] && o.length > k.length))),
    weekdays: new Map(Object.entries(T.weekdays)),
    relativeDays,
    relativePeriods,
    past: new Set(T.pastMarkers),
    next: setOf(T.nextMarkers),
    agoBefore,
    agoAfter: new Set(T.agoAfter),
    modifiers,
    yearCues: lastTokens(T.yearCues),
    references: lastTokens(T.referenceNouns),
    timeAfter: setOf(T.timeAfter),
    timeBefore: new Set(T.timeBefore),
    timeApprox: T.timeApprox.map(phraseTokens),
    timeOfDay: mapOf(T.timeOfDay),
    timeDurationBefore: new Set(T.timeDurationBefore),
    timeDurationAfter: new Set(T.timeDurationAfter),
    timeRangeOpeners: new Set(T.timeRangeOpeners),
    timeRangeJoiners: new Set(T.timeRangeJoiners),
    timeZoneWords: new Set(T.timeZoneWords),
    stop: new Set(T.stopwords),
    measures: mapOf(T.measureUnits),
    zero: new Set(T.zeroWords),
    reported: setOf(T.reportedPhrases),
    ordinals: new Set(T.ordinalSuffixes),
    basisPoints: setOf(T.basisPointWords),
    subunits: mapOf(T.subunitWords),
    scaledCurrency: mapOf(T.scaledCurrencyWords),
    streets: new Set(T.streetWords),
    nounModifiers: new Set(T.nounModifiers),
    agePersons: new Set(T.agePersonNouns),
    ageHave: new Set(T.ageHave),
    ageGroupBefore: new Set(T.ageGroupBefore),
    durationBeforeAt: new Set(T.durationBeforeAt),
    fractionPoints: setOf(T.fractions.points),
    fractionOf: setOf(T.fractions.of),
    fractionCues: T.fractions.cues.map(phraseTokens),
    changeVerbs: new Set(T.changeVerbs),
    fromToVerbs: new Set(T.fromToVerbs),
    fromToChangeVerbs: new Set(T.fromToChangeVerbs),
    productSuffixes: new Set(T.productSuffixes),
    nameDeterminers: new Set(T.nameDeterminers),
    nameDeterminersUnlessPlural: new Set(T.nameDeterminersUnlessPlural),
    codeDeterminers: new Set(T.codeDeterminers),
    nameConnectors: new Set(T.nameConnectors),
    yearDeterminers: new Set(T.yearDeterminers),
    multipleNotAfter: new Set(T.multipleNotAfter),
    ambiguousCurrency: mapOf(T.ambiguousCurrencyWords),
    symbolScales: mapOf(T.symbolScales),
    scaledSymbols,
    halfScale,
    andHalf: setOf(T.andHalf),
    rangeNouns: new Set(T.rangeNouns),
    comparisonWords: new Set(T.comparisonWords),
    moneyNouns: new Set(T.moneyNouns),
    carryPartCues: T.carryPartCues.map(phraseTokens),
    carryCues: T.carryCues.map(phraseTokens),
    singularDeterminers: new Set(T.singularDeterminers),
    sinceWords: new Set(T.sinceWords),
    lexicon,
  };
}

/** Does the token sequence ending just before `end` spell `phrase`? */
export function endsWith(toks: readonly Token[], end: number, phrase: readonly string[]): boolean {
  if (phrase.length === 0 || end - phrase.length < 0) return false;
  for (let k = 0; k < phrase.length; k++) {
    const t = toks[end - phrase.length + k];
    if (t === undefined || t.low !== phrase[k]) return false;
  }
  return true;
}
