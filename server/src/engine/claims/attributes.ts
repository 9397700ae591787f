import type { EntityType } from '../entities/types';
import type { FigureKind, Lang } from '../types';
import { COUNTED_NOUN_ATTRIBUTES, openNounDefinition } from './countedNouns';

/**
 * Trigger words per attribute and language. A trigger is a word prefix
 * matched at a word start, lower-cased and NFC. The kinds list which figures
 * an attribute can take, so "49 %" near "investit" is still a stake only if a
 * stake word is near too.
 */
export interface AttributeDefinition {
  readonly key: string;
  readonly kinds: readonly FigureKind[];
  readonly triggers: Readonly<Record<Lang, readonly string[]>>;
  readonly label: Readonly<Record<Lang, string>>;
  /** A value per period (revenue per year, age at a date): the period is part of the claim. */
  readonly periodic?: boolean;
  /** Which entities a fact of this kind is about; organisations unless said otherwise. */
  readonly actorTypes?: readonly EntityType[];
  /** A fact about one actor (an age, a revenue), not a relation between two (an investment). */
  readonly singleSubject?: boolean;
  /** Recognised (so the figure is not misread as another attribute) but never compared: too many kinds of things change. */
  readonly notCompared?: boolean;
  /**
   * About what the whole article is about, of the wanted type, whatever its sentence names (a turnout is the story's
   * town's, not the square its sentence names); actors.ts.
   */
  readonly aboutTopic?: boolean;
}

const CHANGE_LABELS = {
  revenue: { fr: "variation du chiffre d'affaires", en: 'revenue change' },
  profit: { fr: 'variation du bénéfice', en: 'profit change' },
  'share-price': { fr: "variation du cours de l'action", en: 'share price change' },
  volume: { fr: 'variation des volumes', en: 'volume change' },
} as const;

/**
 * Which value a change is of: the nearest metric word in the sentence. A
 * change without one ("en hausse de 4 %") is recognised but not compared.
 */
const CHANGE_METRICS: readonly { readonly metric: keyof typeof CHANGE_LABELS; readonly words: Readonly<Record<Lang, readonly string[]>> }[] = [
  { metric: 'revenue', words: { fr: ["chiffre d'affaires", 'chiffre d’affaires', 'ventes', 'revenus'], en: ['revenue', 'sales', 'turnover'] } },
  { metric: 'profit', words: { fr: ['bénéfice', 'résultat net'], en: ['profit', 'net income', 'earnings'] } },
  { metric: 'share-price', words: { fr: ['action ', 'actions ', 'titre ', 'cours de bourse', "l'action", 'l’action'], en: ['shares', 'stock', 'share price'] } },
  // "Sales volumes fell 8.2%" while revenue rose on prices: the nearer word decides, so "volumes" wins over "sales".
  { metric: 'volume', words: { fr: ['volumes', 'volume des ventes', 'volume de ventes'], en: ['volumes', 'volume', 'tonnages'] } },
];
/** "croissance organique", "like-for-like": a different measure of the same change. */
const ORGANIC = /(?:organique|à périmètre constant|à périmètre et change constants|organic|like-for-like|comparable)/u;
const SHARE_MOVE: Readonly<Record<Lang, RegExp>> = {
  fr: /(?:l['’]action|le titre|le cours)(?:\s+[\p{L}-]+){0,2}\s+(?:a\s+|avait\s+|s['’]est\s+)?(?:pris|gagné|perdu|cédé|grimpé|bondi|chuté|reculé|progressé|lâché|abandonné|plongé|dévissé|effondré|envolé|décroché|flambé)(?:\s+\p{L}+){0,2}\s+$/u,
  en: /(?:shares|stock|share price)(?:\s+[\p{L}-]+){0,2}\s+(?:have\s+|has\s+)?(?:gained|lost|rose|fell|jumped|climbed|dropped|slid|closed|ended|added|shed|tumbled|plunged|plummeted|slumped|sank|soared|surged|dived|dove|tanked|rallied|spiked|crashed|collapsed|sagged|skidded|leapt|leaped)(?:\s+\p{L}+){0,2}\s+$/u,
};
/**
 * Variants of an attribute that state a different quantity of the same fact:
 * a price per share against the deal's total, a weekly wage against a yearly
 * one, the total with add-ons against the fixed part. They never mix.
 */
export const VARIANT_SEPARATOR = '+';

/** An attribute without its variant: "investment+total" → "investment". */
export function plainAttribute(attribute: string): string {
  const at = attribute.indexOf(VARIANT_SEPARATOR);
  return at < 0 ? attribute : attribute.slice(0, at);
}
export type Variant = 'initial' | 'previous' | 'change' | 'total' | 'phase-1' | 'phase-2' | 'phase-3' | 'per-share' | 'per-week' | 'per-month' | 'per-day' | 'per-unit' | 'to-average' | 'record' | 'remaining' | 'league' | 'all-competitions' | 'career' | 'enterprise-value' | 'reverse' | 'premarket' | 'over-a-year' | 'since-event' | 'capacity';
const VARIANT_LABELS: Readonly<Record<Variant, Readonly<Record<Lang, string>>>> = {
  initial: { fr: 'initial', en: 'initial' },
  previous: { fr: 'valeur antérieure', en: 'earlier value' },
  change: { fr: 'variation', en: 'change' },
  'phase-1': { fr: 'phase 1', en: 'phase 1' },
  'phase-2': { fr: 'phase 2', en: 'phase 2' },
  'phase-3': { fr: 'phase 3', en: 'phase 3' },
  total: { fr: 'total', en: 'total' },
  'per-share': { fr: 'par action', en: 'per share' },
  'per-week': { fr: 'par semaine', en: 'per week' },
  'per-month': { fr: 'par mois', en: 'per month' },
  'per-day': { fr: 'par jour', en: 'per day' },
  'per-unit': { fr: 'unitaire', en: 'per unit' },
  'to-average': { fr: 'par rapport au cours moyen', en: 'to the average price' },
  record: { fr: 'record', en: 'record' },
  remaining: { fr: 'restant', en: 'remaining' },
  league: { fr: 'en championnat', en: 'in the league' },
  'all-competitions': { fr: 'toutes compétitions', en: 'all competitions' },
  career: { fr: 'en carrière', en: 'career' },
  'enterprise-value': { fr: "valeur d'entreprise", en: 'enterprise value' },
  reverse: { fr: 'inversée', en: 'reverse' },
  premarket: { fr: 'avant-Bourse', en: 'premarket' },
  'over-a-year': { fr: 'sur un an', en: 'over a year' },
  'since-event': { fr: "depuis l'événement", en: 'since the event' },
  capacity: { fr: 'capacité', en: 'capacity' },
};
const RATE_AFTER: readonly { readonly variant: Variant; readonly pattern: RegExp }[] = [
  { variant: 'per-share', pattern: /^[\s\u00a0]*(?:\([^)]{0,30}\)[\s\u00a0]*)?(?:par action|l['’]action|par titre|per share|a share|each share|per ads)/u },
  { variant: 'per-week', pattern: /^[\s\u00a0-]*(?:par semaine|hebdomadaires?|a week|per week|weekly)/u },
  { variant: 'per-month', pattern: /^[\s\u00a0-]*(?:par mois|mensuels?|a month|per month|monthly)/u },
  { variant: 'per-day', pattern: /^[\s\u00a0-]*(?:par jour|quotidien(?:ne)?s?|a day|per day|daily)/u },
  { variant: 'per-unit', pattern: /^[\s\u00a0]*(?:par (?:unité|véhicule|tonne|baril|mètre carré|m2|m²|habitant|personne|tête)|(?:per|a) (?:unit|vehicle|car|tonne|ton|barrel|square metre|square meter|sq m|head|person|capita))/u },
];
/** "initialement prévue en 2027", "l'enveloppe avait été fixée à 480 millions lors du lancement": the first estimate, not today's. */
const INITIAL_BEFORE = /(?:initialement|(?:estimation|évaluation|enveloppe|budget|coût) initial(?:e)? (?:de|d['’])|(?:initial|original) (?:estimate|budget|cost) of|à l['’]origine|au départ|lors du lancement|au lancement|avait été (?:fixée?s?|estimée?s?|évaluée?s?|chiffrée?s?)|initially|originally|first estimated|first (?:unveiled|announced|presented|proposed)|had been (?:set|estimated|budgeted))[^.;,\d]*$/u;
const INITIAL_AFTER = /^[^.;,\d]{0,40}(?:estimate adopted|initial estimate|when the project was (?:launched|approved)|when it was (?:launched|approved)|at approval|lors du lancement|lors de (?:l['’]|son |sa )adoption|à l['’]adoption|lors du vote|initialement|at the outset|originally|first (?:unveiled|announced|presented|proposed)|(?:annoncée?s?|prévue?s?|présentée?s?|affichée?s?|évoquée?s?)[^.;,\d]{0,30}(?:présentation|annonce|version|estimation) initiale)/u;
/** Words of the value as it stands, between an "initially" cue and the figure. */
const NOW_AFTER_INITIAL_CUE = /\b(?:final|finale|finally|finalement|désormais|aujourd['’]hui|now|today|actuel|actuelle|current|currently|au final|in the end)\b/u;
/** "soit 80 millions au maximum", "€80m in total": the sum of the figures before, another quantity than each of them. */
const TOTAL_BEFORE = /(?:soit|au total|en tout|pour un total de|un total de|a total of|in total|all told|bringing the total to|totale? de|cumulée? de|a combined|combined total of|cumulative)[\s\u00a0]+(?:\p{L}+[\s\u00a0]+){0,2}$/u;
const TOTAL_AFTER = /^[\s\u00a0]*(?:\p{L}+[\s\u00a0]+){0,3}(?:au total|en tout|in total|all told|bonus compris|add-ons included|including add-ons|avec les bonus|with add-ons|au maximum)/u;

/** The variant a figure's surroundings give its attribute, if any. */
export function variantOf(sentenceLower: string, figureStart: number, figureEnd: number, kind: FigureKind): Variant | null {
  const lead = sentenceLower.slice(Math.max(0, figureStart - 50), figureStart);
  const initialBefore = INITIAL_BEFORE.exec(lead);
  // "later than originally planned and at a final cost of €610m": a word of today's value after the cue closes it.
  if ((initialBefore && !NOW_AFTER_INITIAL_CUE.test(initialBefore[0])) || INITIAL_AFTER.test(sentenceLower.slice(figureEnd, figureEnd + 60))) return 'initial';
  // "le budget passe de 2,1 à 2,9 milliards", "rose from 410 to 486": the first of a move is the value before it.
  // The figures layer keeps "de 9 000 $ à 12 000 $" one range unless a verb of change governs it, so a figure that
  // "de"/"from" opens and "à/to" and a number follow is the old value of a move, whatever the verb ("fera passer la
  // facture des étudiants de 9 000 $ à 12 000 $", "lift the plant's capacity from 312 MW to 348 megawatts").
  const moveFrom = MOVE_FROM_BEFORE.test(sentenceLower.slice(Math.max(0, figureStart - 25), figureStart)) || MOVE_OPENING.test(sentenceLower.slice(Math.max(0, figureStart - 8), figureStart));
  if ((kind === 'money' || kind === 'count' || kind === 'percent' || kind === 'quantity') && moveFrom && MOVE_TO_AFTER.test(sentenceLower.slice(figureEnd, figureEnd + 12))) return 'previous';
  if (kind === 'count' || kind === 'percent') {
    // "l'essai de phase 3 mené sur 312 patients", "the pivotal trial": trials of different phases are different facts.
    const phase = TRIAL_PHASE.exec(sentenceLower.slice(Math.max(0, figureStart - 90), Math.min(sentenceLower.length, figureEnd + 40)));
    if (phase) return phaseOf(phase[1] ?? phase[2] ?? '');
  }
  if (kind !== 'money' && kind !== 'count') return null;
  // "en hausse de 3,4 milliards", "will rise by €3.4 billion to €47.2 billion": the change, not the level.
  if (CHANGE_AMOUNT_BEFORE.test(sentenceLower.slice(Math.max(0, figureStart - 30), figureStart)) || CHANGE_NOUN_AFTER.test(sentenceLower.slice(figureEnd, figureEnd + 20))) return 'change';
  const after = sentenceLower.slice(figureEnd, figureEnd + 50);
  // "£120k-a-week": the rate may be glued to the figure by hyphens.
  const rateAfter = after.replace(/^-/u, ' ').replace(/(?<=\p{L})-(?=\p{L})/gu, ' ');
  for (const { variant, pattern } of RATE_AFTER) if (pattern.test(rateAfter)) return variant;
  // "a day pass costing €89", "le billet à 45 euros": the price of one item, not a budget or a cost of the whole.
  if (kind === 'money' && PRICED_ITEM_BEFORE.test(sentenceLower.slice(Math.max(0, figureStart - 50), figureStart))) return 'per-unit';
  if (kind === 'money' && (TOTAL_BEFORE.test(sentenceLower.slice(Math.max(0, figureStart - 40), figureStart)) || TOTAL_AFTER.test(after))) return 'total';
  return null;
}

const PRICED_ITEM_BEFORE = /(?:^|[\s\u00a0])(?:a|an|one|each|per|the|un|une|chaque|le|la|les|son|sa|its)[\s\u00a0]+(?:[\p{L}-]+[\s\u00a0]+){0,2}?(?:pass|ticket|billet|entrée|abonnement|forfait|seat|subscription|dose|bottle|bouteille|menu|meal|repas|night|nuitée|room|chambre|kilo|litre|liter|gallon|pint|pack|paquet|box|boîte|baguette|pass journée|day pass)s?(?:[\s\u00a0]+[\p{L}-]+){0,1}[\s\u00a0]+(?:costing|costs?|priced at|sold at|sells for|selling for|at|coûte|coûtant|vendue?s? à|à|fixée?s? à|facturée?s? à|affichée?s? à)[\s\u00a0]*(?:(?:about|around|some|près de|environ|plus de|more than)[\s\u00a0]+)?$/u;
const MOVE_FROM_BEFORE = /(?:passe|passer|passera|passant|passé|grimpe|monte|bondit|chute|recule|tombe|augmente|baisse|rises?|rose|risen|jumps?|jumped|climbs?|climbed|falls?|fell|drops?|dropped|goes|went|increased?|decreased?|up|down)[\s\u00a0]+(?:de|d['’]|from)[\s\u00a0]*$/u;
const MOVE_OPENING = /(?:^|[\s\u00a0])(?:de|d['’]|from)[\s\u00a0]*$/u;
const MOVE_TO_AFTER = /^[\s\u00a0]*(?:à|a|to)[\s\u00a0]+(?:plus de |près de |environ |about |nearly |more than )?\p{N}/u;
const CHANGE_AMOUNT_BEFORE = /(?:(?:^|[\s,(])(?:up|down)[\s\u00a0]+(?=$)|en hausse de|en baisse de|hausse de|baisse de|augmentation de|progression de|recul de|réduction de|rise by|rises by|rose by|risen by|up by|down by|fall by|falls by|fell by|increase of|decrease of|increase by|increased by|cut by|grow by|grew by)[\s\u00a0]*(?:(?:près de|plus de|environ|about|nearly|more than|some)[\s\u00a0]+)?$/u;
/** "a C$3,000 increase", "a $694 rise": the amount of a change, named after it. */
const CHANGE_NOUN_AFTER = /^[\s\u00a0]*(?:\([^)]{0,25}\)[\s\u00a0]*)?(?:increase|rise|hike|jump|raise|cut|drop|decrease)(?![\p{L}])/u;
const TRIAL_PHASE = /(?:phase[\s\u00a0-]*(1|2|3|iii|ii|i)(?![\p{L}\p{N}])|(pivot(?:al|ale|ot)|late-stage|mid-stage|early-stage|stade avancé|stade précoce))/u;

function phaseOf(written: string): Variant {
  if (written === '1' || written === 'i' || written === 'early-stage' || written === 'stade précoce') return 'phase-1';
  if (written === '2' || written === 'ii' || written === 'mid-stage') return 'phase-2';
  return 'phase-3';
}

const LIST_PRICE_AFTER = /^[^,;.]{0,12}(?:at list prices?|au prix catalogue|aux prix catalogue|prix catalogue)/u;
const INDEX_MOVE = /(?:index|indice|cac 40|stoxx|nasdaq|dow jones|ftse|dax|nikkei|s&p)[^.;]{0,40}$/u;
const CHANGE_REACH_BEFORE = 120;
const CHANGE_REACH_AFTER = 40;
/** A comma or semicolon, then "et"/"and"/"while": the sentence moves to its next item. */
const NEXT_ITEM = /(?:[,;]\s*(?:et|and|while|tandis|alors)(?![\p{L}])|;)/u;

/** A count of one class of things, about one actor. */
function counted(key: string, label: Readonly<Record<Lang, string>>, actorTypes: readonly EntityType[], options: { readonly periodic: boolean }): AttributeDefinition {
  return { key, label, actorTypes, singleSubject: true, periodic: options.periodic, kinds: ['count'], triggers: { fr: [], en: [] } };
}

/** A physical quantity (capacity, output, length, area) of one actor. */
function measured(key: string, label: Readonly<Record<Lang, string>>, actorTypes: readonly EntityType[], options: { readonly periodic: boolean }): AttributeDefinition {
  return { key, label, actorTypes, singleSubject: true, periodic: options.periodic, kinds: ['quantity'], triggers: { fr: [], en: [] } };
}

/**
 * A figure no trigger names ("commande 60 avions", "a fleet of 142 aircraft"): what it measures
 * is unknown, so it only ties to another source giving the same distinctive value (claimIndex),
 * never by its actors, and so never conflicts with anything.
 */
export const SAME_FIGURE = 'same-figure';
/** Kinds whose equal values are evidence of one fact; a year or an age is shared by too many facts. */
export const SAME_FIGURE_KINDS: ReadonlySet<FigureKind> = new Set<FigureKind>(['money', 'percent', 'count', 'quantity', 'duration', 'year']);

export const ATTRIBUTES: readonly AttributeDefinition[] = [
  {
    key: SAME_FIGURE,
    kinds: [...SAME_FIGURE_KINDS],
    triggers: { fr: [], en: [] },
    actorTypes: ['organization', 'person', 'place', 'product', 'other'],
    label: { fr: 'même chiffre', en: 'same figure' },
  },
  {
    key: 'investment',
    kinds: ['money'],
    triggers: {
      // "consacrer 50 millions d'euros à la construction": money devoted to something is put into it.
      fr: ['invest', 'inject', 'débours', 'lâch', 'mise de', 'apport', 'mettre sur la table', 'met sur la table', 'payé', 'payer', 'paie', 'opération de', 'transaction de', 'accord de', 'consacr'],
      en: ['invest', 'paid', 'pay ', 'paying', 'pour ', 'poured', 'put ', 'shell', 'spent', 'deal worth', 'deal valued', 'transaction worth', 'transaction valued'],
    },
    label: { fr: 'investissement', en: 'investment' },
  },
  {
    key: 'stake',
    kinds: ['percent'],
    // Founders hold stakes too: "Marchetti détient 38 %" and "Vasseur 12 %" are two facts.
    actorTypes: ['organization', 'person', 'product'],
    triggers: {
      // A percentage bought is a stake: "acquiert 35 % de", "buys 49% of" (the price is a money figure, another attribute).
      fr: ['particip', 'capital', 'part ', 'parts ', 'détien', 'prend ', 'prendre ', 'pris ', 'conserve', 'actionnaire', 'acqui', 'rachèt', 'rachet', 'achèt', 'achet'],
      en: ['stake', 'share', 'holding', 'ownership', 'equity', 'owns', 'own ', 'holds', 'hold ', 'controls', 'acquir', 'buys', 'buying', 'bought', 'purchas', 'of the capital', 'of its capital', 'share capital'],
    },
    label: { fr: 'participation', en: 'stake' },
  },
  {
    key: 'valuation',
    periodic: true,
    kinds: ['money'],
    triggers: { fr: ['valoris', 'valeur de', 'vaut ', 'valait', 'évalué', 'évaluée'], en: ['valu', 'worth'] },
    label: { fr: 'valorisation', en: 'valuation' },
  },
  {
    key: 'signing-bonus',
    kinds: ['money'],
    triggers: { fr: ['prime', 'bonus'], en: ['bonus', 'signing'] },
    label: { fr: 'prime à la signature', en: 'signing bonus' },
  },
  {
    key: 'annual-pay',
    periodic: true,
    kinds: ['money'],
    triggers: { fr: ['salaire', 'rémunér', 'paye '], en: ['salar', 'compensation', 'pay package', 'paid annually'] },
    label: { fr: 'rémunération annuelle', en: 'annual pay' },
  },
  {
    key: 'acquisition-price',
    kinds: ['money'],
    triggers: {
      fr: ['rachat', 'rachet', 'rachèt', 'acquisition', 'acqui', 'achat', 'achet', 'achèt', 'cède', 'céder', 'cédé', 'cession', 'vend', 'reprise', 'reprend'],
      en: ['acqui', 'bought', 'buy', 'purchase', 'takeover', 'sell', 'sold', 'sale of', 'divest'],
    },
    label: { fr: "prix d'acquisition", en: 'acquisition price' },
  },
  {
    key: 'revenue',
    actorTypes: ['organization'],
    singleSubject: true,
    periodic: true,
    kinds: ['money'],
    triggers: { fr: ["chiffre d'affaires", 'chiffre d’affaires', 'revenu', 'ventes'], en: ['revenue', 'sales', 'turnover', 'bring in', 'brings in', 'bringing in'] },
    label: { fr: "chiffre d'affaires", en: 'revenue' },
  },
  {
    key: 'profit',
    actorTypes: ['organization'],
    singleSubject: true,
    periodic: true,
    kinds: ['money'],
    triggers: { fr: ['bénéfice', 'profit', 'résultat net'], en: ['profit', 'net income', 'earnings'] },
    label: { fr: 'bénéfice', en: 'profit' },
  },
  {
    key: 'operating-profit',
    actorTypes: ['organization'],
    periodic: true,
    singleSubject: true,
    kinds: ['money'],
    triggers: {
      fr: ['résultat opérationnel', "résultat d'exploitation", 'résultat d’exploitation', 'ebitda', 'ebit ', 'excédent brut'],
      en: ['operating profit', 'operating income', 'ebitda', 'ebit ', 'operating earnings'],
    },
    label: { fr: 'résultat opérationnel', en: 'operating profit' },
  },
  {
    key: 'capex',
    actorTypes: ['organization'],
    singleSubject: true,
    periodic: true,
    kinds: ['money'],
    // French uses the plural "investissements" for capital spending, the singular for a stake purchase.
    triggers: { fr: ['dépenses', "dépenses d'investissement", 'dépenses d’investissement', 'investissements', 'capex', 'infrastructure'], en: ['capex', 'capital expenditure', 'spending', 'infrastructure'] },
    label: { fr: "dépenses d'investissement", en: 'capital expenditure' },
  },
  {
    key: 'market-cap',
    actorTypes: ['organization'],
    singleSubject: true,
    periodic: true,
    kinds: ['money'],
    triggers: { fr: ['capitalisation'], en: ['market cap', 'market value'] },
    label: { fr: 'capitalisation boursière', en: 'market capitalisation' },
  },
  {
    key: 'funding',
    periodic: true,
    // A round is the same fact whichever of its investors a source names.
    singleSubject: true,
    kinds: ['money'],
    triggers: { fr: ['levée', 'lever', 'levé', 'lève', 'tour de table', 'financement'], en: ['raise', 'raising', 'funding', 'round'] },
    label: { fr: 'levée de fonds', en: 'funding round' },
  },
  {
    key: 'growth',
    periodic: true,
    notCompared: true,
    singleSubject: true,
    kinds: ['percent'],
    triggers: {
      fr: ['hausse', 'baisse', 'progress', 'recul', 'croissance', 'augment', 'diminu', 'chute', 'bondi', 'grimp', 'gagn', 'perd', 'plong', 'dévissé', 'effondr', 'envol', 'décroch'],
      en: ['rose', 'rise', 'rising', 'fell', 'fall', 'up ', 'down ', 'growth', 'grew', 'increase', 'decrease', 'jump', 'drop', 'climb', 'gain', 'declin', 'lost', 'tumbl', 'plung', 'plummet', 'slump', 'soar', 'surg', 'sank'],
    },
    label: { fr: 'variation', en: 'change' },
  },
  // What a change measures, found by refineChange: "chiffre d'affaires … en hausse de 6,3 %", "shares rose 2.8%".
  ...(Object.keys(CHANGE_LABELS) as (keyof typeof CHANGE_LABELS)[]).flatMap((metric): AttributeDefinition[] => [
    {
      key: `${metric}-change`,
      periodic: true,
      singleSubject: true,
      actorTypes: ['organization'],
      kinds: ['percent'],
      triggers: { fr: [], en: [] },
      label: CHANGE_LABELS[metric],
    },
    {
      key: `${metric}-change-organic`,
      periodic: true,
      singleSubject: true,
      actorTypes: ['organization'],
      kinds: ['percent'],
      triggers: { fr: [], en: [] },
      label: { fr: `${CHANGE_LABELS[metric].fr} (organique)`, en: `${CHANGE_LABELS[metric].en} (organic)` },
    },
  ]),
  {
    key: 'buyback',
    actorTypes: ['organization'],
    periodic: true,
    singleSubject: true,
    kinds: ['money'],
    triggers: { fr: ["rachat d'actions", 'rachat d’actions', "rachats d'actions", 'rachats d’actions'], en: ['buyback', 'buy-back', 'share repurchase'] },
    label: { fr: "rachat d'actions", en: 'share buyback' },
  },
  {
    key: 'add-ons',
    kinds: ['money'],
    triggers: { fr: ['bonus liés', 'bonus variables', 'part variable'], en: ['add-ons', 'add-on', 'incentives', 'performance-related'] },
    label: { fr: 'bonus variables', en: 'add-ons' },
  },
  {
    key: 'cash',
    actorTypes: ['organization'],
    singleSubject: true,
    periodic: true,
    kinds: ['money'],
    triggers: { fr: ['de trésorerie', 'trésorerie de', 'liquidités'], en: ['in cash', 'cash position', 'cash reserves', 'cash pile'] },
    label: { fr: 'trésorerie', en: 'cash' },
  },
  {
    key: 'list-price',
    kinds: ['money'],
    triggers: { fr: ['prix catalogue', 'prix affiché', 'prix public'], en: ['list price', 'list prices', 'catalogue price', 'catalog price', 'sticker price'] },
    label: { fr: 'prix catalogue', en: 'list price' },
  },
  {
    key: 'fuel-cost',
    actorTypes: ['organization'],
    singleSubject: true,
    periodic: true,
    kinds: ['money'],
    triggers: { fr: ['facture de carburant', 'facture carburant', 'facture énergétique', 'carburant', 'kérosène'], en: ['fuel bill', 'fuel costs', 'fuel cost', 'jet fuel', 'energy bill'] },
    label: { fr: 'facture de carburant', en: 'fuel bill' },
  },
  // Assigned from the quantity's unit (claims/quantities.ts), not from a trigger.
  measured('capacity', { fr: 'capacité installée', en: 'installed capacity' }, ['organization', 'product'], { periodic: true }),
  measured('energy-output', { fr: 'production', en: 'output' }, ['organization', 'product'], { periodic: true }),
  measured('length', { fr: 'longueur', en: 'length' }, ['organization', 'product', 'place', 'event'], { periodic: false }),
  measured('altitude', { fr: 'altitude', en: 'altitude' }, ['organization', 'place'], { periodic: false }),
  measured('depth', { fr: 'profondeur', en: 'depth' }, ['organization', 'product', 'place', 'event'], { periodic: false }),
  measured('height', { fr: 'hauteur', en: 'height' }, ['organization', 'product', 'place', 'event'], { periodic: false }),
  measured('snow-depth', { fr: 'hauteur de neige', en: 'snow depth' }, ['organization', 'place', 'event'], { periodic: true }),
  measured('area', { fr: 'superficie', en: 'area' }, ['organization', 'product', 'place', 'event'], { periodic: false }),
  measured('area-affected', { fr: 'superficie touchée', en: 'area affected' }, ['organization', 'product', 'place', 'event'], { periodic: false }),
  {
    // "insured losses are estimated at C$460m", "les dommages assurés atteignent 300 millions": what insurers pay for a
    // disaster, not a company's loss.
    key: 'insured-losses',
    actorTypes: ['event', 'place', 'organization'],
    singleSubject: true,
    periodic: false,
    kinds: ['money'],
    triggers: {
      fr: ['dommages assurés', 'sinistres assurés', 'pertes assurées', 'coût pour les assureurs', 'coût assuré', 'montant assuré', 'facture pour les assureurs'],
      en: ['insured losses', 'insured loss', 'insured damage', 'insured damages', 'insurance losses', 'insurance claims', 'cost to insurers', 'insurers expect to pay', 'insured costs'],
    },
    label: { fr: 'pertes assurées', en: 'insured losses' },
  },
  {
    key: 'net-loss',
    actorTypes: ['organization'],
    singleSubject: true,
    periodic: true,
    kinds: ['money'],
    triggers: { fr: ['perte nette', 'pertes', 'perte de', 'perte opérationnelle', 'déficit', 'dans le rouge'], en: ['net loss', 'loss of', 'losses', 'lost', 'operating loss', 'deficit', 'shortfall', 'in the red'] },
    label: { fr: 'perte', en: 'loss' },
  },
  {
    // "the wage bill stood at €68m", "une masse salariale de 68 millions": what a club or firm pays its staff.
    key: 'payroll',
    actorTypes: ['organization'],
    singleSubject: true,
    periodic: true,
    kinds: ['money'],
    triggers: { fr: ['masse salariale'], en: ['wage bill', 'payroll', 'salary bill'] },
    label: { fr: 'masse salariale', en: 'wage bill' },
  },
  {
    // "€95 million in lost revenue", "un manque à gagner de 95 millions": what an event cost in sales, not the sales.
    key: 'lost-revenue',
    actorTypes: ['organization', 'place', 'event'],
    singleSubject: true,
    kinds: ['money'],
    triggers: {
      fr: ['manque à gagner', 'perte de chiffre', 'pertes de chiffre', 'perte de revenus', 'pertes de revenus', 'revenus perdus', 'recettes perdues', 'perte de recettes', 'pertes de recettes'],
      en: ['lost revenue', 'revenue loss', 'lost sales', 'lost income', 'loss of revenue', 'lost output'],
    },
    label: { fr: 'manque à gagner', en: 'lost revenue' },
  },
  {
    // "has asked Paris for €30 million in emergency support": help requested or granted, not the actor's own money.
    key: 'aid',
    actorTypes: ['organization', 'place', 'event'],
    kinds: ['money'],
    triggers: {
      fr: ['aide', 'aides', 'subvention', 'soutien', 'indemnisation', "fonds d'urgence", 'fonds d’urgence', 'renflouement'],
      en: ['aid', 'support', 'subsidy', 'subsidies', 'grant', 'relief', 'bailout', 'compensation', 'emergency fund'],
    },
    label: { fr: 'aide', en: 'aid' },
  },
  {
    // "La CSN, qui représente 3 100 employés": the people a union or federation speaks for, not its own staff.
    key: 'members',
    actorTypes: ['organization'],
    singleSubject: true,
    periodic: true,
    kinds: ['count'],
    triggers: { fr: ['représente', 'représentant', 'adhérents', 'syndiqués', 'membres'], en: ['represents', 'representing', 'members', 'membership'] },
    label: { fr: 'membres', en: 'members' },
  },
  {
    key: 'debt',
    actorTypes: ['organization'],
    singleSubject: true,
    periodic: true,
    kinds: ['money'],
    triggers: { fr: ['dette', 'endettement', 'endetté'], en: ['debt', 'borrowings', 'indebted'] },
    label: { fr: 'dette', en: 'debt' },
  },
  {
    // "95 millions d'euros de nouveaux emprunts", "will borrow €95m": the new loans of a year, not the debt they add to.
    key: 'borrowing',
    actorTypes: ['organization', 'place'],
    singleSubject: true,
    periodic: true,
    kinds: ['money'],
    triggers: { fr: ['emprunt', 'nouveaux prêts', 'prêt à terme'], en: ['borrow', 'new loans', 'term loan', 'new term loans', 'bridge loan'] },
    label: { fr: 'emprunt', en: 'borrowing' },
  },
  {
    // "$14,820 a year in tuition", "des frais de scolarité de 3 770 euros": what a student pays a school.
    key: 'tuition',
    actorTypes: ['organization'],
    singleSubject: true,
    periodic: true,
    kinds: ['money'],
    triggers: { fr: ['frais de scolarité', "droits d'inscription", "frais d'inscription"], en: ['tuition', 'tuition fees'] },
    label: { fr: 'frais de scolarité', en: 'tuition' },
  },
  {
    // "une participation de 58,3 %", "turnout was 58.3%": the share of voters who voted (extract.ts tells a stake's
    // "participation" from a vote's by the sentence's election words).
    key: 'turnout',
    actorTypes: ['place'],
    aboutTopic: true,
    kinds: ['percent'],
    triggers: { fr: ['taux de participation', 'participation électorale'], en: ['turnout'] },
    label: { fr: 'participation électorale', en: 'turnout' },
  },
  {
    // "a load factor of 86.4%", "its planes were more than 86% full": how full an airline's seats were.
    key: 'load-factor',
    actorTypes: ['organization'],
    singleSubject: true,
    periodic: true,
    kinds: ['percent'],
    triggers: { fr: ['coefficient de remplissage', 'taux de remplissage', "taux d'occupation", 'remplis'], en: ['load factor', 'full on average', '% full', 'seat occupancy', 'occupancy rate'] },
    label: { fr: 'taux de remplissage', en: 'load factor' },
  },
  {
    key: 'margin',
    actorTypes: ['organization'],
    singleSubject: true,
    periodic: true,
    kinds: ['percent'],
    triggers: { fr: ['marge'], en: ['margin'] },
    label: { fr: 'marge', en: 'margin' },
  },
  {
    key: 'dividend',
    actorTypes: ['organization'],
    singleSubject: true,
    periodic: true,
    kinds: ['money'],
    triggers: { fr: ['dividende'], en: ['dividend'] },
    label: { fr: 'dividende', en: 'dividend' },
  },
  {
    key: 'free-cash-flow',
    actorTypes: ['organization'],
    singleSubject: true,
    periodic: true,
    kinds: ['money'],
    triggers: { fr: ['flux de trésorerie', 'trésorerie disponible', 'cash-flow', 'cash flow'], en: ['free cash flow', 'cash flow', 'cash-flow'] },
    label: { fr: 'flux de trésorerie disponible', en: 'free cash flow' },
  },
  {
    key: 'cost',
    actorTypes: ['organization', 'product', 'event', 'place'],
    singleSubject: true,
    kinds: ['money'],
    triggers: { fr: ['coût', 'coûte', 'coûter', 'budget', 'enveloppe', 'facture', 'chiffré'], en: ['cost', 'budget', 'price tag'] },
    label: { fr: 'coût', en: 'cost' },
  },
  {
    // "250 millions d'euros d'économies par an", "annual cost savings of €250 million": what a plan saves, not what it costs.
    key: 'savings',
    actorTypes: ['organization', 'product', 'event', 'place'],
    singleSubject: true,
    kinds: ['money'],
    triggers: { fr: ['économies', 'économie de', 'synergies'], en: ['savings', 'synergies', 'cost cuts'] },
    label: { fr: 'économies', en: 'savings' },
  },
  {
    key: 'overrun',
    actorTypes: ['organization', 'product', 'event', 'place'],
    singleSubject: true,
    kinds: ['money', 'percent'],
    triggers: { fr: ['surcoût', 'dépassement', 'dérapage'], en: ['overrun', 'over budget', 'cost increase'] },
    label: { fr: 'surcoût', en: 'cost overrun' },
  },
  {
    // "a break fee of $150 million", "une indemnité de rupture de 150 millions": what a party pays if it walks away.
    key: 'break-fee',
    actorTypes: ['organization'],
    kinds: ['money'],
    triggers: { fr: ['indemnité de rupture', 'indemnité de résiliation', 'clause de rupture'], en: ['break fee', 'termination fee', 'break-up fee', 'breakup fee'] },
    label: { fr: 'indemnité de rupture', en: 'break fee' },
  },
  {
    key: 'transfer-fee',
    actorTypes: ['organization', 'person'],
    kinds: ['money'],
    triggers: { fr: ['transfert', 'indemnité'], en: ['transfer', 'fee'] },
    label: { fr: 'indemnité de transfert', en: 'transfer fee' },
  },
  {
    // "a €640m contract", "un contrat de 640 millions d'euros", "an order worth $2bn": what a customer pays a supplier.
    key: 'contract-value',
    kinds: ['money'],
    triggers: { fr: ['contrat', 'commande de', 'commande d’', "commande d'", 'marché de'], en: ['contract', 'order for', 'order worth', 'order valued'] },
    label: { fr: 'montant du contrat', en: 'contract value' },
  },
  {
    key: 'contract-length',
    actorTypes: ['person', 'organization'],
    singleSubject: true,
    kinds: ['duration'],
    triggers: { fr: ['contrat', 'bail', 'engagé', 'prolong', 'mandat'], en: ['contract', 'deal', 'lease', 'extension'] },
    label: { fr: 'durée du contrat', en: 'contract length' },
  },
  {
    // Found by extract.ts (MARKET_SHARE_*): "share" and "part" are stake triggers, and a market is no company.
    key: 'market-share',
    // No person holds a market share: a name read as a person here ("market leader Distrimax") is a company.
    actorTypes: ['organization', 'product', 'person'],
    singleSubject: true,
    periodic: true,
    kinds: ['percent'],
    triggers: { fr: [], en: [] },
    label: { fr: 'part de marché', en: 'market share' },
  },
  {
    // Found by extract.ts (earnOutOf), not by a trigger: "before any milestone payments" names the upfront price.
    key: 'earn-out',
    actorTypes: ['organization'],
    kinds: ['money'],
    triggers: { fr: [], en: [] },
    label: { fr: 'compléments de prix', en: 'earn-out' },
  },
  {
    key: 'premium',
    actorTypes: ['organization'],
    kinds: ['percent'],
    triggers: { fr: ['prime', 'surcote'], en: ['premium'] },
    label: { fr: 'prime', en: 'premium' },
  },
  {
    // Found by extract.ts (considerationMix): "80 per cent cash and 20 per cent new shares" splits the price paid.
    key: 'cash-portion',
    actorTypes: ['organization'],
    kinds: ['percent'],
    triggers: { fr: [], en: [] },
    label: { fr: 'part en numéraire', en: 'cash portion' },
  },
  {
    key: 'share-portion',
    actorTypes: ['organization'],
    kinds: ['percent'],
    triggers: { fr: [], en: [] },
    label: { fr: 'part en actions', en: 'share portion' },
  },
  {
    key: 'efficacy',
    actorTypes: ['product', 'organization'],
    singleSubject: true,
    kinds: ['percent'],
    triggers: {
      fr: ['efficacité', 'efficace', 'taux de réponse', 'réduit le risque', 'réduction du risque', 'diminue le risque'],
      en: ['efficacy', 'effective', 'response rate', 'reduced the risk', 'risk reduction', 'cut the risk', 'lowered the risk'],
    },
    label: { fr: 'efficacité', en: 'efficacy' },
  },
  {
    key: 'in-office-since',
    actorTypes: ['person'],
    singleSubject: true,
    kinds: ['year', 'date'],
    triggers: { fr: ['depuis'], en: ['since'] },
    label: { fr: 'en poste depuis', en: 'in office since' },
  },
  {
    // "The first launch is scheduled for March 2027", "premier vol attendu en mars 2028": when a programme starts.
    key: 'start-date',
    actorTypes: ['organization', 'product', 'place', 'event'],
    singleSubject: true,
    kinds: ['year', 'date'],
    triggers: {
      fr: ['premier lancement', 'premier décollage', 'premier vol', 'premières livraisons', 'première livraison', 'premiers tirs'],
      en: ['first launch', 'first flight', 'first deliveries', 'first delivery', 'maiden flight', 'maiden launch'],
    },
    label: { fr: 'date de début', en: 'start date' },
  },
  {
    key: 'opening-year',
    actorTypes: ['organization', 'product', 'place', 'event'],
    singleSubject: true,
    kinds: ['year', 'date'],
    triggers: {
      fr: ['mise en service', 'mis en service', 'ouverture', 'ouvrir', 'inaugur', 'entrer en service', 'entrera en service', 'démarrage de la production', 'produire à partir', 'livré', 'opérationnel', 'mise en exploitation'],
      en: ['opening', 'open in', 'opens in', 'enter service', 'start production', 'begin production', 'come online', 'completion', 'completed in', 'delivered in', 'commercial operation', 'commissioning', 'operational in', 'fully operational'],
    },
    label: { fr: "date d'ouverture", en: 'opening date' },
  },
  // Assigned from the noun counted (countedClass in extract.ts), not from a trigger.
  counted('count-patients', { fr: 'patients', en: 'patients' }, ['product', 'organization'], { periodic: false }),
  counted('count-stores', { fr: 'magasins', en: 'stores' }, ['organization'], { periodic: true }),
  counted('count-countries', { fr: 'pays', en: 'countries' }, ['organization'], { periodic: true }),
  counted('count-vehicles', { fr: 'véhicules', en: 'vehicles' }, ['organization'], { periodic: true }),
  counted('count-staff-moved', { fr: 'salariés mutés ou reclassés', en: 'staff transferred or redeployed' }, ['organization'], { periodic: false }),
  counted('count-on-shift', { fr: 'personnes présentes', en: 'people on shift' }, ['organization', 'place', 'event'], { periodic: false }),
  counted('count-stores-closed', { fr: 'magasins fermés', en: 'stores closed' }, ['organization'], { periodic: false }),
  counted('count-stores-opened', { fr: 'magasins ouverts', en: 'stores opened' }, ['organization'], { periodic: true }),
  counted('count-jobs-vacant', { fr: 'postes à pourvoir', en: 'vacancies' }, ['organization'], { periodic: true }),
  counted('count-vehicles-recalled', { fr: 'véhicules rappelés', en: 'vehicles recalled' }, ['organization'], { periodic: false }),
  counted('count-casualties', { fr: 'victimes', en: 'casualties' }, ['organization', 'place', 'product', 'event'], { periodic: false }),
  counted('count-deaths', { fr: 'morts', en: 'deaths' }, ['organization', 'place', 'product', 'event'], { periodic: false }),
  counted('count-injured', { fr: 'blessés', en: 'injured' }, ['organization', 'place', 'product', 'event'], { periodic: false }),
  counted('count-passengers', { fr: 'voyageurs', en: 'passengers' }, ['organization', 'product', 'place'], { periodic: true }),
  counted('count-stations', { fr: 'stations', en: 'stations' }, ['product', 'organization', 'place'], { periodic: false }),
  counted('count-users', { fr: 'utilisateurs', en: 'users' }, ['organization', 'product'], { periodic: true }),
  counted('count-goals', { fr: 'buts', en: 'goals' }, ['person'], { periodic: true }),
  counted('count-jobs', { fr: 'emplois', en: 'jobs' }, ['organization', 'product', 'place'], { periodic: false }),
  counted('job-cuts', { fr: 'suppressions de postes', en: 'job cuts' }, ['organization'], { periodic: false }),
  ...COUNTED_NOUN_ATTRIBUTES,
  {
    key: 'headcount',
    actorTypes: ['organization'],
    singleSubject: true,
    periodic: true,
    kinds: ['count'],
    triggers: {
      fr: ['employé', 'salarié', 'effectif', 'emploie', 'employant', 'collaborateurs', 'personnes'],
      en: ['employee', 'staff', 'workforce', 'headcount', 'employs', 'employing', 'people', 'workers'],
    },
    label: { fr: 'effectif', en: 'headcount' },
  },
  {
    key: 'hires',
    kinds: ['count'],
    triggers: { fr: ['recrut', 'embauch', 'débauch', 'rejoint', 'rejoindre', 'craqu'], en: ['hire', 'hiring', 'poach', 'recruit', 'joined', 'lured'] },
    label: { fr: 'recrutements', en: 'hires' },
  },
  {
    key: 'age',
    singleSubject: true,
    actorTypes: ['person'],
    periodic: true,
    kinds: ['age'],
    triggers: { fr: ['âgé', 'ans'], en: ['year-old', 'aged', 'age'] },
    label: { fr: 'âge', en: 'age' },
  },
  {
    // "gratuit pour les moins de 26 ans", "children under 12": who a rule is for, set by extract.ts from the bound and
    // the group before it, never by a trigger word.
    key: 'age-limit',
    kinds: ['age'],
    triggers: { fr: [], en: [] },
    label: { fr: "limite d'âge", en: 'age limit' },
  },
  {
    key: 'founding-year',
    singleSubject: true,
    kinds: ['year', 'date'],
    triggers: { fr: ['fond', 'créé', 'création', 'voit le jour', 'lancé'], en: ['found', 'created', 'launched', 'started'] },
    label: { fr: 'année de fondation', en: 'founding year' },
  },
  {
    key: 'birth-year',
    singleSubject: true,
    actorTypes: ['person'],
    kinds: ['year', 'date'],
    triggers: { fr: ['né ', 'née ', 'naissance'], en: ['born', 'birth'] },
    label: { fr: 'année de naissance', en: 'birth year' },
  },
];

/**
 * Triggers that are another word in some surroundings: "own" after a possessive is an adjective ("Nexora's own billing
 * system", "their own funds"), no ownership; "invest" going on as "investors", "investisseurs" names the people who
 * invest, no amount invested ("sold to investors at $28").
 */
const NOT_THE_TRIGGER: ReadonlyMap<string, { readonly before?: RegExp; readonly after?: RegExp }> = new Map([
  ['own ', { before: /(?:(?:^|[^\p{L}])(?:its|their|his|her|our|my|your)|\p{L}['’]s?)[\s\u00a0]+$/u }],
  ['invest', { after: /^(?:ors?(?![\p{L}])|isseu)/u }],
]);

const MAX_DISTANCE_BEFORE = 90;
const MAX_DISTANCE_AFTER = 25;

/**
 * The built-in attributes plus the user's (recoupe.json `attributes`, which
 * may also replace a built-in one by reusing its key).
 */
export class AttributeTable {
  private readonly byKey: ReadonlyMap<string, AttributeDefinition>;

  constructor(extra: readonly AttributeDefinition[] = []) {
    const byKey = new Map<string, AttributeDefinition>();
    for (const definition of [...ATTRIBUTES, ...extra]) byKey.set(definition.key, definition);
    this.byKey = byKey;
  }

  /** A variant ("investment+total", "acquisition-price+per-share") behaves as its base attribute. */
  private definition(key: string): AttributeDefinition | undefined {
    const base = key.split(VARIANT_SEPARATOR)[0] ?? key;
    return this.byKey.get(base) ?? openNounDefinition(base) ?? undefined;
  }

  label(key: string, lang: Lang): string {
    const [base = key, variant] = key.split(VARIANT_SEPARATOR);
    const label = this.definition(base)?.label[lang] ?? base;
    return variant ? `${label} (${VARIANT_LABELS[variant as Variant]?.[lang] ?? variant})` : label;
  }

  actorTypes(key: string): readonly EntityType[] {
    return this.definition(key)?.actorTypes ?? ['organization', 'product'];
  }

  isSingleSubject(key: string): boolean {
    return this.definition(key)?.singleSubject === true;
  }

  isAboutTopic(key: string): boolean {
    return this.definition(key)?.aboutTopic === true;
  }

  isCompared(key: string): boolean {
    return this.definition(key)?.notCompared !== true;
  }

  isPeriodic(key: string): boolean {
    return this.definition(key)?.periodic === true;
  }

  /** A generic change refined to what it is a change of, when the sentence says ("revenue-change"); else unchanged. */
  refineChange(attribute: string, sentenceLower: string, figureStart: number, figureEnd: number, lang: Lang): string {
    // "l'action Ostral a pris près de 3 %": a share move, not a stake taken.
    // "worth $9.6 billion at list prices": the price basis named right after decides.
    if (attribute !== 'list-price' && LIST_PRICE_AFTER.test(sentenceLower.slice(figureEnd, figureEnd + 30))) return 'list-price';
    const lead = sentenceLower.slice(Math.max(0, figureStart - 60), figureStart);
    if (attribute === 'stake' && SHARE_MOVE[lang].test(lead)) return INDEX_MOVE.test(lead) ? 'growth' : 'share-price-change';
    if (attribute !== 'growth') return attribute;
    // "outperforming the sector index, which gained 0.9%": the market's move, not the company's.
    if (INDEX_MOVE.test(lead)) return attribute;
    let best: { metric: string; distance: number } | null = null;
    for (const { metric, words } of CHANGE_METRICS) {
      for (const word of words[lang]) {
        for (let at = sentenceLower.indexOf(word); at >= 0; at = sentenceLower.indexOf(word, at + 1)) {
          if (at > 0 && /[\p{L}\p{N}]/u.test(sentenceLower.charAt(at - 1))) continue;
          const distance = at < figureStart ? figureStart - (at + word.length) : at - figureEnd;
          if (at >= figureStart && at < figureEnd) continue;
          if (distance > (at < figureStart ? CHANGE_REACH_BEFORE : CHANGE_REACH_AFTER)) continue;
          // "1,12 million de journées-skieur, en hausse de 6,7 %, et un chiffre d'affaires de…": a metric the sentence
          // goes on to after "et"/"and" is the next item's, not this change's.
          if (at > figureEnd && NEXT_ITEM.test(sentenceLower.slice(figureEnd, at))) continue;
          if (!best || distance < best.distance) best = { metric, distance };
        }
      }
    }
    if (!best) return attribute;
    const clause = sentenceLower.slice(Math.max(0, figureStart - 60), Math.min(sentenceLower.length, figureEnd + 40));
    return ORGANIC.test(clause) ? `${best.metric}-change-organic` : `${best.metric}-change`;
  }

  /** The attribute whose trigger opens `lower` after optional spaces ("2024 profit": what "profit" names), preferring the longest trigger. */
  attributeStartingAt(lower: string, lang: Lang): string | null {
    const start = lower.length - lower.replace(/^[\s\u00a0\u202f]+/u, '').length;
    if (start === 0 && lower.length > 0 && !/^[\s\u00a0\u202f]/u.test(lower)) return null;
    let best: { key: string; length: number } | null = null;
    for (const attribute of this.byKey.values()) {
      for (const trigger of attribute.triggers[lang]) {
        if (lower.startsWith(trigger, start) && (!best || trigger.length > best.length)) best = { key: attribute.key, length: trigger.length };
      }
    }
    return best?.key ?? null;
  }

  /**
   * The attribute of the nearest compatible trigger of the sentence's language.
   * A trigger before the figure wins over one after it (news states the verb or
   * noun first: "des primes allant jusqu'à 100 millions et des rémunérations…");
   * a trigger after counts only right behind the figure ("49 % du capital").
   * Substring search per trigger on the lower-cased sentence: the tables are
   * small and sentences short, so this stays linear in practice.
   */
  attributeFor(sentenceLower: string, figureStart: number, figureEnd: number, kind: FigureKind, lang: Lang): string | null {
    let before: Match | null = null;
    let after: Match | null = null;
    for (const attribute of this.byKey.values()) {
      if (!attribute.kinds.includes(kind)) continue;
      for (const trigger of attribute.triggers[lang]) {
        for (let at = sentenceLower.indexOf(trigger); at >= 0; at = sentenceLower.indexOf(trigger, at + 1)) {
          // "start-up" holds no "up": a hyphen joins words as letters do.
          if (at > 0 && /[\p{L}\p{N}-]/u.test(sentenceLower.charAt(at - 1))) continue;
          if (at >= figureStart && at < figureEnd) continue;
          const misread = NOT_THE_TRIGGER.get(trigger);
          if (misread && (misread.before?.test(sentenceLower.slice(Math.max(0, at - 8), at)) || misread.after?.test(sentenceLower.slice(at + trigger.length, at + trigger.length + 6)))) continue;
          if (at < figureStart) {
            // "will receive a €64m subsidy, and the climate plan has been allocated €41m": a trigger that named a value in
            // an earlier clause does not name the next clause's.
            if (CLAUSE_BREAK.test(sentenceLower.slice(at + trigger.length, figureStart)) && /\p{N}/u.test(sentenceLower.slice(Math.max(0, at - 25), figureStart))) continue;
            // "a inauguré 74 magasins en 2025", "will open 90 new stores in 2026": the verb's object is counted, and the
            // year dates those openings, not the opening of the actor itself.
            if ((kind === 'year' || kind === 'date') && COUNTED_OBJECT.test(sentenceLower.slice(at + trigger.length, figureStart))) continue;
            const distance = figureStart - (at + trigger.length);
            if (distance <= MAX_DISTANCE_BEFORE) before = closer(before, { key: attribute.key, distance, length: trigger.length });
          } else {
            // "…estimate approved in 2019, and pushed back the opening date": a trigger in the next clause names its own figure.
            if (CLAUSE_BREAK.test(sentenceLower.slice(figureEnd, at))) continue;
            const distance = at - figureEnd;
            if (distance <= MAX_DISTANCE_AFTER) after = closer(after, { key: attribute.key, distance, length: trigger.length });
          }
        }
      }
    }
    // "a net profit of €312 million on revenues of almost €4 billion": a trigger that opens the next figure's phrase names it.
    if (after && NEXT_FIGURE_PHRASE.test(sentenceLower.slice(figureEnd + after.distance, figureEnd + after.distance + 30))) after = null;
    // A trigger glued after the figure ("$2.6B valuation", "49 % du capital") beats a distant one before it.
    // "spent $26.4bn on capital expenditures", "24,6 milliards de dollars de dépenses": what the amount is spent on names it.
    if (after && after.distance <= 5 && /^[\s\u00a0]*(?:on|in|of|de|d['’]|en)[\s\u00a0]*$/u.test(sentenceLower.slice(figureEnd, figureEnd + after.distance))) return after.key;
    // "will pay $14,820 a year in tuition": a rate, then what it is paid in.
    if (after && after.distance <= 16 && RATE_THEN_IN.test(sentenceLower.slice(figureEnd, figureEnd + after.distance))) return after.key;
    // …but not across a comma: "rose to €620 million from €455 million, on revenue of €8.9 billion".
    const glued = after !== null && !/[,;:]/u.test(sentenceLower.slice(figureEnd, figureEnd + after.distance));
    if (after && glued && after.distance <= 5 && (!before || before.distance > 12)) return after.key;
    // "with up to €15m more in add-ons": a noun a few words after beats a verb far before.
    if (after && glued && after.distance <= 10 && before && before.distance > 24) return after.key;
    // "has asked Paris for €30 million in emergency support", long after "lost revenue": what follows names it.
    if (after && glued && after.distance <= 16 && before && before.distance > 40 && /^[\s\u00a0]*(?:in|of|de|d['’]|en)[\s\u00a0]/u.test(sentenceLower.slice(figureEnd, figureEnd + 5))) return after.key;
    if (after && after.distance <= 1 && (!before || before.distance > 1)) return after.key;
    const found = (before ?? after)?.key ?? null;
    if (found !== null || kind !== 'money') return found;
    // "a C$1.2bn project", "opened a $1.2 billion (US$870 million) vaccine plant": the sum a facility is built for.
    if (/(?:^|[\s(])(?:a|an|its|their|the)[\s\u00a0]+$/u.test(sentenceLower.slice(Math.max(0, figureStart - 8), figureStart)) && FACILITY_AFTER.test(sentenceLower.slice(figureEnd, figureEnd + 70)) && this.byKey.has('investment')) return 'investment';
    // "Verrane cède sa participation de 25 % dans Solenza, pour 300 millions": the price of a sale named earlier in the clause.
    return PRICE_LEAD[lang].test(sentenceLower.slice(Math.max(0, figureStart - 12), figureStart)) && this.saleBefore(sentenceLower, figureStart, lang) ? 'acquisition-price' : null;
  }

  private saleBefore(sentenceLower: string, figureStart: number, lang: Lang): boolean {
    const head = sentenceLower.slice(0, figureStart);
    const sale = this.byKey.get('acquisition-price');
    return sale?.triggers[lang].some((trigger) => {
      for (let at = head.indexOf(trigger); at >= 0; at = head.indexOf(trigger, at + 1)) if (at === 0 || !/[\p{L}\p{N}]/u.test(head.charAt(at - 1))) return true;
      return false;
    }) === true;
  }
}

/** A counted plural between a trigger and a year: "74 magasins", "90 nouveaux magasins", "12 new routes". */
const COUNTED_OBJECT = /(?<![\p{N}.,])\p{N}{1,3}(?:[\s\u00a0\u202f.,]\p{N}{3})*[\s\u00a0]+(?:(?:nouveaux|nouvelles|new|more|additional|autres)[\s\u00a0]+)?[\p{L}-]+[sx](?![\p{L}])/u;

const RATE_THEN_IN = /^[\s\u00a0]*(?:(?:a|per|each) (?:year|month|week|term|semester)|par (?:an|mois|semaine|semestre)|annuels?)[\s\u00a0]+(?:on|in|of|de|d['’]|en)[\s\u00a0]*$/u;
/** A trigger word then "of"/"de" and a number: "revenues of €4 billion" belongs to that number. */
const NEXT_FIGURE_PHRASE = /^[\p{L}'’-]*[\s\u00a0]+(?:of|de|d['’])[\s\u00a0]*(?:(?:about|almost|nearly|some|more than|près de|environ|plus de|quelque)[\s\u00a0]+)?[\p{N}€$£¥]/u;
const FACILITY_AFTER = /^(?:[\s\u00a0]*\([^)]{0,30}\))?(?:[\s\u00a0]+[\p{Ll}-]+){0,3}?[\s\u00a0]+(?:project|plant|factory|facility|mine|refinery|terminal|campus|stadium|smelter|gigafactory|data cent(?:er|re)|expansion|upgrade)(?![\p{L}])/u;

/** A new clause ("…€64m subsidy, and the plan…", "…; la ville…") between a trigger and a figure. */
const CLAUSE_BREAK = /(?:;|,[\s\u00a0]+(?:and|et|while|whereas|but|tandis que|alors que|mais)[\s\u00a0])/u;

/** The price in "X buys Y for $Z", "cède Y pour Z", "in exchange for". */
const PRICE_LEAD: Readonly<Record<Lang, RegExp>> = {
  fr: /(?:^|[^\p{L}])(?:pour|contre|moyennant)(?:\s+(?:environ|près de|plus de|quelque))?\s+$/u,
  en: /(?:^|[^\p{L}])(?:for|in exchange for)(?:\s+(?:about|around|roughly|some|more than|nearly))?\s+$/u,
};
interface Match {
  readonly key: string;
  readonly distance: number;
  readonly length: number;
}

/** At equal distance the longer trigger is the more specific one ("investissements" over "invest"). */
function closer(best: Match | null, candidate: Match): Match {
  if (!best || candidate.distance < best.distance) return candidate;
  return candidate.distance === best.distance && candidate.length > best.length ? candidate : best;
}
