/**
 * Shape of the per-language data tables and the language-neutral tables
 * (currency symbols, ISO codes). Every rule of the recogniser that depends on
 * wording lives in data like this, not in regular expressions.
 */

import type { Lang } from '../types';

/**
 * "near" is below the value ("nearly", "près de", "presque"); "brush" is next to it either side within its rounding
 * ("frôle les 86 millions" for 86.4 million, "close to", "avoisine"): a verb of approach says where the figure lands,
 * not that it stops short.
 */
export type HedgeKind = 'more' | 'atleast' | 'less' | 'atmost' | 'about' | 'near' | 'brush' | 'between' | 'from';

export type DurationUnit = 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute' | 'second';

/** Collective or vague amounts: "une dizaine" (≈10), "des centaines" ([200, 1000)). */
export interface Collective {
  readonly value: number | null;
  readonly low: number;
  readonly high: number;
  /** True when it may multiply a following scale: "des dizaines de milliards". */
  readonly multiplies: boolean;
}

export interface RelativeDay {
  /** Offset in days from the document date. */
  readonly days: number;
}

export type RelativePeriod = { readonly unit: 'week' | 'month' | 'year'; readonly offset: number };

export interface LangTables {
  readonly lang: Lang;
  /** Decimal separator of the language; the other one groups thousands. */
  readonly decimal: ',' | '.';
  /** Cardinal number words below 100 (no ordinals). Articles are listed separately. */
  readonly units: Readonly<Record<string, number>>;
  /** Multiplicative number words inside a number ("cent", "hundred", "mille", "thousand"). */
  readonly multipliers: Readonly<Record<string, number>>;
  /** Words joining parts of a number ("et" in "vingt et un", "and" in "two hundred and five"). */
  readonly numberJoiners: readonly string[];
  /** Indefinite articles, a number only before a scale ("un milliard", "a billion"). */
  readonly articles: readonly string[];
  /** Scale words and abbreviations, lower-cased ("milliards", "md", "bn"). */
  readonly scales: Readonly<Record<string, number>>;
  /** Abbreviated scales accepted only glued to a number or before a currency ("m", "k"). */
  readonly weakScales: readonly string[];
  /** Words linking a scale or number to a currency/noun ("de", "d'", "of"). */
  readonly linkers: readonly string[];
  /** Between the two currencies of an exchange rate ("153 yens pour un dollar"): the amount is a rate, not a sum. */
  readonly rateLinkers: readonly string[];
  /**
   * Singular names of a currency as the subject of a price ("le dollar s'échangeait à 141 yens", "the pound rose to
   * $1.35"), besides the currency words; an amount in another currency is then an exchange rate.
   */
  readonly rateSubjectWords: Readonly<Record<string, string>>;
  /** Determiners before such a subject ("le", "l'", "the"). */
  readonly rateSubjectDeterminers: readonly string[];
  /** Subjects written without a determiner ("sterling rose to $1.35"). */
  readonly bareRateSubjects: readonly string[];
  /** Words after the currency making it a modifier, not the subject ("la zone euro", "the dollar value"). */
  readonly rateSubjectBlockers: readonly string[];
  /** Words between the subject and the amount opening another clause ("the euro fell as Brent traded at $80"). */
  readonly rateSubjectBreaks: readonly string[];
  /** Index points ("7 512 points"), single words. */
  readonly indexPointWords: readonly string[];
  readonly collectives: Readonly<Record<string, Collective>>;
  /** Words before a collective or scale making it vague ("plusieurs", "des", "several"). */
  readonly vagueQuantifiers: readonly string[];
  /** Currency words, multiword allowed ("francs suisses", "dollars américains"). */
  readonly currencyWords: Readonly<Record<string, string>>;
  /** Hedge phrases before a number. */
  readonly hedges: Readonly<Record<string, HedgeKind>>;
  /** Connectors of the second end of a range ("à", "to", "et"/"and" after "entre"/"between"). */
  readonly rangeTo: readonly string[];
  readonly rangeAnd: readonly string[];
  readonly percentWords: readonly string[];
  readonly pointWords: readonly string[];
  readonly timesWords: readonly string[];
  /** Phrases before a number making it a multiple ("multiplié par trois", "multiplied by 2.5"). */
  readonly timesBefore: readonly string[];
  /** Point words read as percentage points only when a percentage is near ("23%, two points behind"). */
  readonly contextPointWords: readonly string[];
  /** Shares written as "N [noun] sur M" / "N in M": "un Français sur cinq", "one in five adults". */
  readonly ratio: RatioTables;
  /** Standalone multiples ("le double", "twice"). */
  readonly multipleWords: Readonly<Record<string, number>>;
  readonly durationWords: Readonly<Record<string, DurationUnit>>;
  /** Duration words worth several of their unit: "three decades" are 30 years. */
  readonly durationFactors: Readonly<Record<string, number>>;
  /** Words allowed between a number and its duration unit ("12 derniers mois"). */
  readonly durationAdjectives: readonly string[];
  /** Phrases before a number announcing an age ("âgé de", "aged", "à l'âge de"). */
  readonly ageBefore: readonly string[];
  /** Phrases after the unit confirming an age ("old" in "28 years old"). */
  readonly ageAfter: readonly string[];
  /** "à", "at": an age when followed by N years, optionally with "seulement". */
  readonly ageAt: readonly string[];
  /** Verbs of a life event before "at N" with no unit making N an age ("died at 85", "retired at 62"). */
  readonly ageVerbsAt: readonly string[];
  readonly ageFillers: readonly string[];
  readonly months: Readonly<Record<string, number>>;
  readonly weekdays: Readonly<Record<string, number>>;
  /** Ordinal day words ("premier", "1er" is handled from digits). */
  readonly dayOrdinalSuffixes: readonly string[];
  /** Ordinal suffixes glued to digits ("er", "e", "ème", "st", "nd"). */
  readonly ordinalSuffixes: readonly string[];
  readonly relativeDays: Readonly<Record<string, number>>;
  readonly relativePeriods: Readonly<Record<string, RelativePeriod>>;
  /** "dernier"/"last" after or before a date. */
  readonly pastMarkers: readonly string[];
  readonly nextMarkers: readonly string[];
  /** "il y a" before, "ago" after. */
  readonly agoBefore: readonly string[];
  readonly agoAfter: readonly string[];
  /** Period modifiers kept in the figure: "mi-", "début", "fin", "early", "mid-", "late". */
  readonly periodModifiers: readonly string[];
  /** Singular determiners before a number and a capitalised name making the number part of the name ("le 787 Dreamliner", "a 787 Dreamliner"). */
  readonly nameDeterminers: readonly string[];
  /** Determiners that may be plural: the number is part of the name unless a plural follows ("the 787 Dreamliner", not "the 12 Rafale jets"). */
  readonly nameDeterminersUnlessPlural: readonly string[];
  /** Singular determiners making a bare number (no unit, no scale) a name or a code ("le 3919", "au 115"). */
  readonly codeDeterminers: readonly string[];
  /** Lower-case words inside a capitalised name before its number ("Fit for 55"). */
  readonly nameConnectors: readonly string[];
  /** Words before a 4-digit number making it a year ("en", "since", "depuis"). */
  readonly yearCues: readonly string[];
  /** Nouns before a number making it a reference, not a figure ("article 3", "chapitre 4"). */
  readonly referenceNouns: readonly string[];
  /** Phrases after a number making it a time of day ("p.m.", "heures" after "à"). */
  readonly timeAfter: readonly string[];
  readonly timeBefore: readonly string[];
  /** Words before a clock time that make it approximate ("vers 3 h 40", "at about 3.40am"). */
  readonly timeApprox: readonly string[];
  /** Words before a number that make "2 h 30" a length of time, not a clock ("en 2 h 30", "in 2:14"). */
  readonly timeDurationBefore: readonly string[];
  /** Words after "N heures" that make it a length of time ("à 14 heures de route", "35 heures par semaine"). */
  readonly timeDurationAfter: readonly string[];
  /** A clock range's opener and joiner ("de 9h à 18h", "from 9 a.m. to 5 p.m."). */
  readonly timeRangeOpeners: readonly string[];
  readonly timeRangeJoiners: readonly string[];
  /** Words after a bare "8:30" that make it a clock ("8:30 GMT", "8:30 heure locale"). */
  readonly timeZoneWords: readonly string[];
  /** Words after an hour that give the half of the day ("6 heures du matin", "8 o'clock in the evening"): true for the afternoon and evening. */
  readonly timeOfDay: Readonly<Record<string, boolean>>;
  /** Function words that never are the counted noun, and are not product names when capitalised. */
  readonly stopwords: readonly string[];
  /** Quantity units (measures). */
  readonly measureUnits: Readonly<Record<string, string>>;
  /** Count-zero words ("aucun", "none"). */
  readonly zeroWords: readonly string[];
  /** Hearsay phrases marking the sentence as reported. */
  readonly reportedPhrases: readonly string[];
  /** Conditional verb endings ("rait", "raient") and the words ending so that are not verbs. */
  readonly conditionalEndings: readonly string[];
  readonly conditionalExceptions: readonly string[];
  readonly conditionalWords: readonly string[];
  /** Fractions read as percentages ("deux tiers des salariés", "a quarter of voters"). */
  readonly fractions: FractionTables;
  /** Basis points: a hundredth of a percentage point ("25 points de base", "50 bps"). */
  readonly basisPointWords: readonly string[];
  /** Currency sub-units worth a hundredth ("30 cents", "50 centimes"). */
  readonly subunitWords: Readonly<Record<string, string>>;
  /**
   * Sub-unit words shared by every currency divided into cents ("cents", "centimes"): the currency named nearest in
   * the sentence decides ("20 cents to €6.20" is in euros), the table's one otherwise.
   */
  readonly sharedSubunitWords: readonly string[];
  /** Currency words that are ambiguous alone, money only after a scale ("2 milliards de livres"). */
  readonly scaledCurrencyWords: Readonly<Record<string, string>>;
  /** Street words making a number an address ("12 rue de Rivoli", "10 Downing Street"). */
  readonly streetWords: readonly string[];
  /** Words allowed between a number and its noun ("two more cuts", "three other banks"). */
  readonly nounModifiers: readonly string[];
  /** Nouns of persons: "l'attaquant de 24 ans" is an age. */
  readonly agePersonNouns: readonly string[];
  /** Forms of "to have" before N years ("il a 20 ans", "dont un quart a moins de 25 ans"). */
  readonly ageHave: readonly string[];
  /** Before a hedged N years, an age group ("les moins de 25 ans"). */
  readonly ageGroupBefore: readonly string[];
  /** Words before "à N ans" making it a maturity or horizon, not an age ("taux à 20 ans"). */
  readonly durationBeforeAt: readonly string[];
  /** Verbs of change before "X to Y": "rose $1.20 to $74.50" is a change by X to Y, not a range. */
  readonly changeVerbs: readonly string[];
  /**
   * Words shortly before "de X à Y" / "from X to Y" making X and Y the old and the new value, two figures
   * ("est passé de 9,1 % à 7,4 %", "rose from €2.1bn to €2.9bn"), not a range.
   */
  readonly fromToVerbs: readonly string[];
  /**
   * Verbs of change after which "de X à Y" is the old and the new value too, unless X is bare and Y a percentage:
   * "a grimpé de 2,1 à 2,9 milliards" is two figures, "ont reculé de 3 à 4 %" the size of the fall, a range.
   */
  readonly fromToChangeVerbs: readonly string[];
  /** Capitalised words after a number making it a model name ("the 737 MAX"). */
  readonly productSuffixes: readonly string[];
  /** Words before a 4-digit number making it a year even before a plural noun ("its 2024 results"). */
  readonly yearDeterminers: readonly string[];
  /** Words before a one-word multiple making it a noun ("un doublé" in sport). */
  readonly multipleNotAfter: readonly string[];
  /** Currency words naming several currencies ("couronnes", "pesos"), resolved by a country word in the sentence. */
  readonly ambiguousCurrencyWords: Readonly<Record<string, AmbiguousCurrency>>;
  /** Scale-and-symbol pairs glued after a number with their own currency ("2,4 G$" in Québec is CAD). */
  readonly symbolScales: Readonly<Record<string, { readonly scale: number; readonly currency: string }>>;
  /** Phrases before a scale word meaning half of it ("un demi-milliard", "half a billion"). */
  readonly halfScale: readonly string[];
  /** Nouns announcing a range: "une fourchette de 4 % à 4,25 %", "a range of 4% to 4.25%". */
  readonly rangeNouns: readonly string[];
  /** Words before a bare number comparing it with the amount just before ("1,79 €, contre 1,85"). */
  readonly comparisonWords: readonly string[];
  /** Country words making a "$" written after the number a Canadian dollar ("16,10 $ l'heure au Québec"). */
  readonly suffixDollarCues: Readonly<Record<string, string>>;
  /** Words between a number and a one-word hedge making it that number's tail ("aged 21 and above S$600"), not the next one's. */
  readonly hedgeTailJoiners: readonly string[];
  /** Hedge words that are hedges only after a modal or "to" ("could top $40bn", not "the top 10"). */
  readonly modalOnlyHedges: readonly string[];
  readonly modals: readonly string[];
  /** "and a half" after a number or a scale: "two and a half billion", "trois milliards et demi". */
  readonly andHalf: readonly string[];
  /**
   * Words right before a bare amount making it a part of the sum just written, in its currency, whatever its size:
   * "une amende de 500 000 dollars, dont 300 000 avec sursis", "fined $2m, of which 500,000 was suspended".
   */
  readonly carryPartCues: readonly string[];
  /**
   * Words right before a large round bare amount adding it to the sum just written, in its currency: "3 millions de
   * dollars dans l'usine et 300 000 pour la formation", "and another two hundred thousand for cycle lanes", and
   * verbs of spending ("paid 300,000 for legal fees").
   */
  readonly carryCues: readonly string[];
  /** French: a singular noun after "de" is a mass ("dont 1,4 million de part fixe"), a plural one counts things. */
  readonly massNounAfterLinker: boolean;
  /** Nouns of money: "3 millions de bonus" after an amount in euros is money too. */
  readonly moneyNouns: readonly string[];
  /** Singular determiners before which a number word is an adjective or a noun ("dans le neuf"). */
  readonly singularDeterminers: readonly string[];
  /** Words before a month without year placing it in the past ("depuis janvier", "since April"). */
  readonly sinceWords: readonly string[];
  /** Words of describeFigure. */
  readonly words: DescribeWords;
}

export interface AmbiguousCurrency {
  /** Currency when no cue is found (null: not read as money). */
  readonly fallback: string | null;
  /** Country words (lower-case) and the currency they select. */
  readonly cues: Readonly<Record<string, string>>;
}

export interface RatioTables {
  /** Words between the two numbers ("sur", "in", "out of"). */
  readonly connectors: readonly string[];
  /** Optional word after the connector ("one in every five"). */
  readonly every: readonly string[];
  /** How many words may (minNoun: must) stand between the numerator and the connector. */
  readonly minNoun: number;
  readonly maxNoun: number;
  /** A plural word after the second number makes it a count, not a share ("une étude sur 500 patients"). */
  readonly pluralAfterBlocks: boolean;
}

export interface FractionTables {
  /** Denominator words and their denominator ("tiers": 3, "quarters": 4). */
  readonly words: Readonly<Record<string, number>>;
  /** Numerator words besides the cardinal units and articles ("la" in "la moitié"). */
  readonly numerators: Readonly<Record<string, number>>;
  /** Fraction words valid without numerator ("half of", "de moitié"). */
  readonly bare: readonly string[];
  /** Words after the fraction introducing what it is a fraction of ("des", "of"). */
  readonly of: readonly string[];
  /** Words after a bare fraction standing for "of the" ("half the staff"). */
  readonly bareDeterminers: readonly string[];
  /** Words before the fraction licensing it without "of" ("dont un tiers", "by a third"). */
  readonly cues: readonly string[];
  /** Words before the numerator making it an ordinal part, not a share ("first half", "one and a half"). */
  readonly blockers: readonly string[];
  /** Nouns after "of" making it a measure, not a share ("un quart d'heure", "a quarter of a century"). */
  readonly excluded: readonly string[];
  /** Point words after a fraction: a fraction of a percentage point ("a quarter point", "un demi-point"). */
  readonly points: readonly string[];
  /** Fraction words valid only before a point word ("demi"). */
  readonly pointOnly: readonly string[];
  /** Comparatives after a fraction making it a share ("a third more than in 2023"). */
  readonly comparatives: readonly string[];
}

export interface DescribeWords {
  readonly exact: string;
  readonly about: string;
  readonly moreThan: string;
  readonly atLeast: string;
  readonly lessThan: string;
  readonly atMost: string;
  readonly between: string;
  readonly and: string;
  readonly rounding: string;
  readonly unknown: string;
  readonly units: Readonly<Record<string, [string, string]>>;
  readonly scaleNames: readonly (readonly [number, string, string])[];
  readonly currencyNames: Readonly<Record<string, string>>;
  readonly thousandsSep: string;
  readonly decimalSep: string;
}

/**
 * The CFA franc as written ("FCFA", "francs CFA", "CFA francs"): not an ISO code but a placeholder the recogniser
 * resolves to XOF (West Africa, UEMOA) or XAF (Central Africa, CEMAC) by the zone named nearby (`CFA_ZONE_CUES`).
 */
export const CFA = 'CFA';

/**
 * Countries, capitals and institutions of the two CFA zones, in French and English (phrases allowed). The nearest one
 * in the sentence decides, else the document's; with none the West African franc (XOF), the more written of the two.
 */
export const CFA_ZONE_CUES: Readonly<Record<string, 'XOF' | 'XAF'>> = {
  cemac: 'XAF', beac: 'XAF', cameroun: 'XAF', cameroon: 'XAF', camerounais: 'XAF', camerounaise: 'XAF',
  cameroonian: 'XAF', gabon: 'XAF', gabonais: 'XAF', gabonaise: 'XAF', gabonese: 'XAF', tchad: 'XAF', chad: 'XAF',
  tchadien: 'XAF', tchadienne: 'XAF', chadian: 'XAF', congo: 'XAF', brazzaville: 'XAF', centrafrique: 'XAF',
  centrafricaine: 'XAF', centrafricain: 'XAF', 'central african': 'XAF', 'guinée équatoriale': 'XAF',
  'equatorial guinea': 'XAF', équatoguinéen: 'XAF', yaoundé: 'XAF', yaounde: 'XAF', douala: 'XAF', libreville: 'XAF',
  "n'djamena": 'XAF', ndjamena: 'XAF', bangui: 'XAF', malabo: 'XAF', 'port-gentil': 'XAF',
  uemoa: 'XOF', waemu: 'XOF', bceao: 'XOF', sénégal: 'XOF', senegal: 'XOF', sénégalais: 'XOF', senegalese: 'XOF',
  ivoire: 'XOF', ivoirien: 'XOF', ivoirienne: 'XOF', ivorian: 'XOF', 'ivory coast': 'XOF', mali: 'XOF',
  malien: 'XOF', malienne: 'XOF', malian: 'XOF', burkina: 'XOF', burkinabè: 'XOF', burkinabe: 'XOF', niger: 'XOF',
  nigérien: 'XOF', nigérienne: 'XOF', nigerien: 'XOF', bénin: 'XOF', benin: 'XOF', béninois: 'XOF', togo: 'XOF',
  togolais: 'XOF', togolese: 'XOF', bissau: 'XOF', dakar: 'XOF', abidjan: 'XOF', bamako: 'XOF',
  ouagadougou: 'XOF', niamey: 'XOF', cotonou: 'XOF', lomé: 'XOF', lome: 'XOF',
};

/** Currency symbols and prefixes, shared by every language. Keys are token sequences as written. */
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  '$': 'USD',
  'us$': 'USD',
  'c$': 'CAD',
  'ca$': 'CAD',
  'a$': 'AUD',
  'hk$': 'HKD',
  's$': 'SGD',
  'nz$': 'NZD',
  'r$': 'BRL',
  'mx$': 'MXN',
  'nt$': 'TWD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₹': 'INR',
  '₩': 'KRW',
  '₽': 'RUB',
  'rs': 'INR',
  'rs.': 'INR',
  'fr.': 'CHF',
  'fcfa': CFA,
  'ksh': 'KES',
  '₦': 'NGN',
  '₺': 'TRY',
  '₪': 'ILS',
  '₱': 'PHP',
  '₫': 'VND',
  '₴': 'UAH',
  'zł': 'PLN',
};

/** Symbols valid only glued to a number followed by a scale ("R360 billion" in South Africa), not "R2" alone. */
export const SCALED_SYMBOLS: Readonly<Record<string, string>> = {
  r: 'ZAR',
  n: 'NGN',
};

/** Country codes written after "$" ("1,2 milliard $ CA", "5 milliards $ US"), in capitals. */
export const DOLLAR_COUNTRY: Readonly<Record<string, string>> = {
  ca: 'CAD', can: 'CAD', us: 'USD', au: 'AUD', aus: 'AUD', nz: 'NZD', hk: 'HKD', sg: 'SGD',
};

/** Currency words that are also names ("Rand Paul", "the Rand analysts"): money only in lower case. */
export const NAME_LIKE_CURRENCY_WORDS: readonly string[] = ['rand', 'rands', 'naira', 'nairas', 'won', 'wons'];

/** "à deux chiffres", "double digits": digits of a number, not a count. */
export const DIGIT_NOUNS: readonly string[] = ['chiffres', 'chiffre', 'digits', 'digit'];

/** Vulgar fraction characters read as shares before "of"/"des" ("½ of the staff"). */
export const VULGAR_FRACTIONS: Readonly<Record<string, number>> = {
  '½': 1 / 2, '⅓': 1 / 3, '⅔': 2 / 3, '¼': 1 / 4, '¾': 3 / 4, '⅕': 1 / 5, '⅖': 2 / 5, '⅗': 3 / 5, '⅘': 4 / 5, '⅒': 1 / 10,
};

/** Letters of statistics before a comparison sign ("p<0.001", "r = 0.4"): the number is not a figure. */
export const STAT_LETTERS: readonly string[] = ['p', 'r', 'z', 't', 'f'];
export const COMPARISON_SIGNS: readonly string[] = ['<', '>', '=', '≤', '≥', '⩽', '⩾'];

/** ISO 4217 codes recognised when written in capitals. */
export const ISO_CODES: readonly string[] = [
  'USD', 'EUR', 'CHF', 'GBP', 'JPY', 'CNY', 'INR', 'CAD', 'AUD', 'HKD', 'KRW', 'RUB', 'BRL', 'SEK', 'NOK',
  'DKK', 'SGD', 'MXN', 'ZAR', 'XOF', 'XAF', 'TRY', 'AED', 'SAR', 'ILS', 'PLN', 'NZD', 'RMB', 'NGN', 'CZK',
  'HUF', 'RON', 'KES', 'EGP', 'ARS', 'CLP', 'TWD', 'THB', 'IDR', 'MYR', 'VND', 'QAR', 'KWD',
  'MAD', 'TND', 'DZD', 'GHS', 'UAH', 'ISK', 'PKR', 'BDT',
];

/** Indian scale words, valid in both languages. */
export const SHARED_SCALES: Readonly<Record<string, number>> = {
  crore: 1e7,
  cr: 1e7,
  crores: 1e7,
  lakh: 1e5,
  lakhs: 1e5,
};

/** Currencies whose hundredth is a cent or a centime ("20 cents" in a sentence about euros is in euros). */
export const CENT_CURRENCIES: readonly string[] = ['USD', 'EUR', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'CHF', 'TWD', 'ZAR'];

/** Signs of approximation before an amount, in every language ("~$54bn", "≈ 3 milliards"). */
export const APPROX_SIGNS: Readonly<Record<string, HedgeKind>> = { '~': 'about', '≈': 'about', '≃': 'about', '∼': 'about' };

export const PERCENT_SIGNS: readonly string[] = ['%', '‰'];
