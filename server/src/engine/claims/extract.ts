import { plainAttribute, SAME_FIGURE, SAME_FIGURE_KINDS, VARIANT_SEPARATOR, variantOf, type AttributeTable } from './attributes';
import { QUANTITY_ATTRIBUTE, dimensionOf } from './quantities';
import { findAttribution } from './attribution';
import { COUNTED_NOUN_PREFIX, countedNounAfter, unnamedPersonAge, durationTopicAround, isCountedNoun, isOpenNoun, shareOfAfter } from './countedNouns';
import { inHeaderPosition } from '../figures';
import type { ClaimCandidate, Figure, Lang, NameMention, Paragraph, Span } from '../types';

/** Determiners that make a following small count a reference back ("les deux sites", "the three clubs", "both"). */
export const DEFINITE_BEFORE_COUNT = /(?:^|[\s'’(])(?:les|des|ces|ses|leurs|nos|vos|aux|the|these|those|its|their|our|his|her)[\s\u00a0\u202f]+$/u;

const CLAIMABLE = new Set(['money', 'percent', 'count', 'age', 'year', 'date', 'duration', 'quantity']);

/** Vague quantities that describe an order of magnitude, not a fact. */
const VAGUE_OPENERS = /^(?:plusieurs|quelques|des|several|some|a few|tens|dozens|hundreds|thousands|many)\b/iu;
/** "des paris d'un milliard", "bets of a billion": an indefinite amount after a plural noun and "de/of". */
const GENERIC_BEFORE = /\p{L}+[sx]\s+(?:de|d['’]|of)\s*$/iu;
const INDEFINITE = /^(?:un|une|a|an)\s/iu;

/** "11 chercheurs, dont 4 d'OpenAI": what follows such a marker is a part of the figure before it, not the same fact. */
export const PART_MARKERS = /(?:^|[\s,;(])(?:dont|parmi lesquels|parmi lesquelles|including|of which|of whom|among them)(?=[\s:])/iu;

export interface CandidateContext {
  /** Entity mention indexes the recogniser typed as people, for "Jane Doe, 34," appositions. */
  readonly personMentions: ReadonlySet<number>;
  /** Where the recogniser found places, sorted: a figure for one place is part of a total. */
  readonly places: readonly Span[];
  /** Page furniture and teasers: their figures are shown, never compared. */
  readonly boilerplate: readonly Span[];
  readonly text: string;
  readonly paragraphs: readonly Paragraph[];
  readonly figures: readonly Figure[];
  readonly names: readonly NameMention[];
  readonly documentLanguage: Lang;
  /** Year of the article, the default period of periodic values. */
  readonly documentYear: string | null;
  /** Month (1–12) of the article's date when known to the month: annual results come out in its first quarter. */
  readonly documentMonth: number | null;
  /** The article's own date (ISO) when known to the day: it dates the article, not a fact. */
  readonly documentDay?: string | null;
  readonly attributes: AttributeTable;
}

/** One candidate per claimable figure, in figure order. Linear: figures, sentences and names are all sorted. */
export function claimCandidates(context: CandidateContext): ClaimCandidate[] {
  const { text, paragraphs, figures, names } = context;
  const candidates: ClaimCandidate[] = [];
  let paragraphIndex = 0;
  let sentenceIndex = 0;
  let nameIndex = 0;
  let sentences: readonly Span[] = paragraphs[0]?.sentences ?? [];
  const documentPart = headlinePart(text);
  figures.forEach((figure, figureIndex) => {
    if (figure.restates !== null || !CLAIMABLE.has(figure.kind) || inside(context.boilerplate, figure.span)) return;
    while (paragraphIndex < paragraphs.length - 1 && (paragraphs[paragraphIndex]?.span.end ?? 0) <= figure.span.start) {
      paragraphIndex++;
      sentences = paragraphs[paragraphIndex]?.sentences ?? [];
      sentenceIndex = 0;
    }
    while (sentenceIndex < sentences.length - 1 && (sentences[sentenceIndex]?.end ?? 0) <= figure.span.start) sentenceIndex++;
    const sentence: Span = sentences[sentenceIndex] ?? figure.span;
    while (nameIndex < names.length && (names[nameIndex]?.span.start ?? 0) < sentence.start) nameIndex++;
    const sentenceNames: NameMention[] = [];
    for (let i = nameIndex; i < names.length; i++) {
      const name = names[i];
      if (!name || name.span.start >= sentence.end) break;
      sentenceNames.push(name);
    }
    const language = paragraphs[paragraphIndex]?.language ?? context.documentLanguage;
    const attribution = findAttribution(text, sentence, sentenceNames, language);
    const excluded = new Set(attribution?.nameKeys ?? []);
    const actorMentions: number[] = [];
    // The sentence's figures, found from this one outwards (figures are sorted), not by scanning the document.
    let firstInSentence = figureIndex;
    while (firstInSentence > 0 && (figures[firstInSentence - 1]?.span.start ?? -1) >= sentence.start) firstInSentence--;
    let endInSentence = figureIndex + 1;
    while (endInSentence < figures.length && (figures[endInSentence]?.span.start ?? Infinity) < sentence.end) endInSentence++;
    const sentenceFigures = figures.slice(firstInSentence, endInSentence);
    for (const name of sentenceNames) {
      // "US$792 million": a currency's country inside any figure of the sentence is nobody's actor.
      const overlapsFigure = sentenceFigures.some((other) => name.span.end > other.span.start && name.span.start < other.span.end);
      if (!overlapsFigure && !excluded.has(name.key)) actorMentions.push(name.mentionIndex);
    }
    // "its payments subsidiary Kalydo Pay a further €4m", "Investissement Québec": a word inside a name triggers nothing.
    const lower = withoutNames(text.slice(sentence.start, sentence.end).toLowerCase(), sentence.start, sentenceNames);
    // The lower-cased words right after and right before the figure, within its sentence: what most rules below read.
    const tailLower = (length: number): string => text.slice(figure.span.end, Math.min(sentence.end, figure.span.end + length)).toLowerCase();
    const leadLower = (length: number): string => text.slice(Math.max(sentence.start, figure.span.start - length), figure.span.start).toLowerCase();
    let attribute =
      figure.kind === 'age' || isAgeApposition(text, figure, sentenceNames, context.personMentions)
        ? 'age'
        : figure.kind === 'quantity'
          ? quantityAttribute(figure)
          : figure.kind === 'count' && !countsPeople(text, figure.span.end, sentence.end)
          ? // "deux patients sont décédés", "trois décès": the toll, whatever noun counts the victims.
            CASUALTY_AFTER.test(tailLower(50))
            ? casualtyClass(text, figure, sentence)
            : (countedClass(text, figure, sentence, lower) ??
              (CASUALTY_BEFORE.test(leadLower(30))
                ? casualtyBefore(text, figure, sentence)
                : null))
          : figure.kind === 'count' && CASUALTIES.test(lower)
          ? casualtyClass(text, figure, sentence)
          : refined(context.attributes, lower, figure.span.start - sentence.start, figure.span.end - sentence.start, figure.kind, language);
    // "officials put the damage at $85.4 million": an estimate of what the words between name, not money put into something.
    if (attribute === 'investment' && PUT_AT_BEFORE.test(leadLower(80))) attribute = COST_WORD.test(leadLower(80)) ? 'cost' : null;
    // "estime ses pertes à 95 millions d'euros de chiffre d'affaires": sales lost, not sales made.
    if (attribute !== null && attribute.startsWith('revenue') && LOSS_BEFORE.test(text.slice(Math.max(sentence.start, figure.span.start - 30), figure.span.start))) {
      // "the airline lost €47m on revenue of €389m", "a perdu 47 millions d'euros": a company that lost money made a
      // loss; the sales it lost are written as such ("lost €95m in sales", "95 millions de chiffre d'affaires").
      const lostMoney = LOST_VERB_BEFORE.test(leadLower(30));
      const salesAfter = REVENUE_LOST_AFTER.test(tailLower(40));
      attribute = lostMoney && !salesAfter ? 'net-loss' : 'lost-revenue';
    }
    // "a further $500m if annual sales exceed $1bn", "si les ventes franchissent la barre de 1 milliard": a threshold, not the sales.
    if (figure.kind === 'money' && attribute !== null && isConditionThreshold(text, figure, sentence)) attribute = SAME_FIGURE;
    // "un précédent épisode qui avait touché 12 personnes", "12 people fell ill": the sick are cases, not a workforce.
    if (figure.kind === 'count' && attribute === 'headcount' && isIllnessCount(text, figure, sentence)) attribute = `${COUNTED_NOUN_PREFIX}cases`;
    // "5 487 électeurs se sont déplacés, soit une participation de 58,3 %": in a sentence about voting, "participation"
    // is turnout, not a stake.
    if (figure.kind === 'percent' && attribute !== null && plainAttribute(attribute) === 'stake' && PARTICIPATION_BEFORE.test(leadLower(40)) && ELECTION_WORDS.test(lower)) attribute = 'turnout';
    // "sa part de marché est tombée à 6,8 %", "commands 22 per cent of the market": a share of a market, not of a company.
    if (figure.kind === 'percent' && (attribute === null || plainAttribute(attribute) === 'stake') && isMarketShare(lower, figure.span.start - sentence.start, figure.span.end - sentence.start)) {
      attribute = attribute?.includes(VARIANT_SEPARATOR) ? `market-share${attribute.slice(attribute.indexOf(VARIANT_SEPARATOR))}` : 'market-share';
    }
    if (figure.kind === 'percent' && (attribute === null || plainAttribute(attribute) === 'stake')) {
      const mix = considerationMix(text.slice(figure.span.end, Math.min(sentence.end, figure.span.end + 40)));
      if (mix !== null) attribute = mix;
      // "45pc above the 30-day average" in a sentence about an offer: the premium, though no "premium" names it.
      else if (PREMIUM_ABOVE.test(tailLower(50)) && OFFER_WORD.test(lower)) attribute = 'premium';
    }
    // "a 38% premium to the closing price and a 45% premium to its 30-day average": two premiums, two facts.
    if (attribute === 'premium' && AVERAGE_PRICE_AFTER.test(tailLower(70))) attribute = `premium${VARIANT_SEPARATOR}to-average`;
    if (attribute !== null && attribute !== 'age' && !attribute.includes(VARIANT_SEPARATOR)) {
      const plain = attribute;
      const lead = leadLower(70);
      const tail = tailLower(30);
      // "$4.9bn including debt", "the enterprise value comes to $4.9 billion": the deal's value with the debt taken on.
      // "Including debt" alone qualifies the one value a sentence gives; beside another value it names a second one.
      const afterAnotherValue = figures.some((other, index) => index < figureIndex && other.kind === 'money' && other.span.start >= sentence.start);
      if ((plain === 'valuation' || plain === 'acquisition-price') && (ENTERPRISE_VALUE_BEFORE.test(lead) || (afterAnotherValue && ENTERPRISE_VALUE_AFTER.test(tail)))) attribute = `${plain}${VARIANT_SEPARATOR}enterprise-value`;
      // "a reverse termination fee of $320 million": the fee the buyer owes, not the seller's.
      else if (plain === 'break-fee' && /reverse|inversée|inverse/u.test(text.slice(Math.max(sentence.start, figure.span.start - 40), Math.min(sentence.end, figure.span.end + 25)).toLowerCase())) attribute = `${plain}${VARIANT_SEPARATOR}reverse`;
      // "jumped 37% in premarket trading": before the market opened, not the day's close.
      else if (plain.startsWith('share-price') && PREMARKET.test(tail)) attribute = `${plain}${VARIANT_SEPARATOR}premarket`;
      // "had lost nearly 30% of their value over the past 12 months": a move over a year, not the day's.
      // "have lost about a quarter of their value since the attack was disclosed": a move since an event, not the day's.
      else if (plain.startsWith('share-price') && SINCE_EVENT_AFTER.test(tailLower(50))) attribute = `${plain}${VARIANT_SEPARATOR}since-event`;
      // Revenue moves are yearly by default; a share price's is the day's.
      else if (plain.startsWith('share-price') && OVER_A_YEAR.test(tailLower(60))) attribute = `${plain}${VARIANT_SEPARATOR}over-a-year`;
    }
    // "agreed to buy Claritech for $4.3bn in cash": how a price is paid, not the cash a company holds.
    if (attribute === 'cash' && PRICE_FOR_BEFORE.test(leadLower(25)) && PURCHASE.test(lower)) attribute = 'acquisition-price';
    // "still short of the record of 5.1 metres set in 2019", "le record de 5,1 m": the old record, another fact.
    if (attribute !== null && attribute !== 'age' && !attribute.includes(VARIANT_SEPARATOR) && (RECORD_BEFORE.test(leadLower(40)) || PREVIOUS_RECORD_BEFORE.test(leadLower(60)))) {
      attribute = `${attribute}${VARIANT_SEPARATOR}record`;
    }
    // "au sommet, à 2 350 mètres", "1,10 mètre de neige": a height above the sea and a depth of snow are no length.
    if (attribute === 'length') {
      // "En dessous de 1 500 mètres, l'enneigement n'est plus garanti", "snow above 1,800m": a level things are said of,
      // nothing's length or altitude.
      const around = text.slice(Math.max(sentence.start, figure.span.start - 30), Math.min(sentence.end, figure.span.end + 25)).toLowerCase();
      const tail = tailLower(25);
      if (LEVEL_BEFORE.test(leadLower(30) + figure.text.toLowerCase())) attribute = null;
      else if (SNOW_AFTER.test(tail)) attribute = 'snow-depth';
      // Heights above the sea are written in metres; "une altitude de 550 km" is an orbit, whose sources may say "550km" bare.
      else if (figure.unit === 'm' && ALTITUDE.test(around)) attribute = 'altitude';
      // "un cargo de 132 mètres … repose par 50 mètres de fond", "a 40-metre-high dam": a depth or a height is no length.
      else if (DEPTH_AFTER.test(tail) || DEPTH_BEFORE.test(leadLower(30))) attribute = 'depth';
      else if (HEIGHT_AFTER.test(tail) || HEIGHT_BEFORE.test(leadLower(30))) attribute = 'height';
    }
    // "une capacité cible de 200 000 véhicules", "160 000 unités produites au milieu des années 2000": what a site can
    // make, and a decade's output, are not this year's.
    if (attribute !== null && figure.kind === 'count' && !attribute.includes(VARIANT_SEPARATOR) && CAPACITY_BEFORE.test(leadLower(35))) attribute = `${attribute}${VARIANT_SEPARATOR}capacity`;
    if (attribute !== null && !attribute.includes(VARIANT_SEPARATOR) && DECADE_AFTER.test(tailLower(50))) attribute = `${attribute}${VARIANT_SEPARATOR}previous`;
    // "two years left on his contract", "trois ans restant à courir": what remains of a term, not the term.
    if (figure.kind === 'duration' && attribute !== null && !attribute.includes(VARIANT_SEPARATOR) && REMAINING_AFTER.test(tailLower(30))) {
      attribute = `${attribute}${VARIANT_SEPARATOR}remaining`;
    }
    // "30 goals in all competitions", "19 goals in the league", "51 goals in 112 games across three seasons": three tallies.
    if (attribute === 'count-goals') {
      const scope = goalScope(tailLower(80));
      if (scope) attribute = `${attribute}${VARIANT_SEPARATOR}${scope}`;
    }
    // "contingent value rights worth up to $900m", "400 millions en cas d'autorisation": what is paid only if something happens.
    if (figure.kind === 'money') {
      const earnOut = earnOutOf(text, figure, sentence, attribute);
      if (earnOut !== undefined) attribute = earnOut;
    }
    // "a annoncé jeudi", "said on Tuesday": a bare weekday after a verb of saying dates the announcement, not the fact
    // announced ("a inauguré lundi" is the opening's day).
    if (figure.kind === 'date' && BARE_WEEKDAY.test(figure.text.trim()) && SAYING_BEFORE.test(leadLower(30))) attribute = null;
    // "exposed the data of 3.4 million people", "12 000 personnes évacuées": people are a workforce only where the
    // sentence speaks of employing them.
    if (attribute === 'headcount' && !EMPLOYS.test(lower) && !WORKFORCE_NOUN.test(tailLower(30))) attribute = null;
    // "about 300 workers would be offered transfers", "300 salariés se verront proposer une mutation": the staff a
    // measure touches, not the workforce.
    if (attribute === 'headcount' && STAFF_MOVE_AFTER.test(tailLower(70))) attribute = 'count-staff-moved';
    // "cyber insurance would cover up to $25 million of the losses": what insurers pay, not the cost.
    if (figure.kind === 'money' && attribute !== null && COVER_BEFORE.test(leadLower(40)) && /(?:insur|assur)/u.test(lower)) attribute = 'insured-losses';
    // "50 éoliennes de 15 MW chacune", "turbines of 15 MW each": one unit's value.
    if (attribute !== null && attribute !== 'age' && !attribute.includes(VARIANT_SEPARATOR) && EACH_AFTER.test(tailLower(14))) attribute = `${attribute}${VARIANT_SEPARATOR}per-unit`;
    // "A total of 23 staff were on the night shift", "les 40 salariés présents sur le site": who was there, not a workforce.
    if (attribute === 'headcount' && ON_SHIFT_AFTER.test(tailLower(60))) attribute = 'count-on-shift';
    // "La CSN, qui représente quelque 3 100 employés": the people a union speaks for, whatever noun follows.
    if (attribute === 'headcount' && REPRESENTS_BEFORE.test(text.slice(Math.max(sentence.start, figure.span.start - 30), figure.span.start))) attribute = 'members';
    // "a hailstorm damaged more than 2,500 hectares": the area hit, not the area someone owns or covers.
    // …but not the whole a damaged part is counted against: "3 200 hectares touchés sur les 10 500 hectares du vignoble".
    if (attribute === 'area' && DAMAGE.test(clauseAround(text, figure, sentence).toLowerCase()) && !WHOLE_BEFORE.test(leadLower(25))) attribute = 'area-affected';
    // "fusionneront au 1er janvier 2026, donnant naissance à un groupe": to give birth to something is to create it.
    if (attribute === 'birth-year' && GIVE_BIRTH.test(lower)) attribute = null;
    // A founding or birth date is written with its year; "lancées le 28 août", "in January" date something else.
    if ((attribute === 'founding-year' || attribute === 'birth-year') && figure.kind === 'date' && !/\p{N}{4}/u.test(figure.text)) attribute = null;
    // "launched its payments subsidiary in 2021", "a lancé sa filiale en 2021": what was launched is its object, not the actor.
    if (attribute === 'founding-year' && LAUNCHED_OBJECT.test(text.slice(Math.max(sentence.start, figure.span.start - 70), figure.span.start))) attribute = null;
    // Counted classes skip refined(): their variants (trial phase, per day) still apply.
    if (attribute !== null && figure.kind === 'count' && !attribute.includes(VARIANT_SEPARATOR) && attribute !== 'age') {
      const variant = variantOf(lower, figure.span.start - sentence.start, figure.span.end - sentence.start, figure.kind);
      if (variant) attribute = `${attribute}${VARIANT_SEPARATOR}${variant}`;
    }
    // "aux commandes depuis 2016", "has run the group since 2016": only a year right after "since".
    if (
      attribute === 'in-office-since' &&
      (!SINCE_BEFORE.test(text.slice(Math.max(sentence.start, figure.span.start - 12), figure.span.start)) ||
        !ROLE_CUE.test(text.slice(Math.max(sentence.start, figure.span.start - 70), figure.span.start)))
    ) {
      attribute = null;
    }
    // "valorise à 29 milliards, contre 6 milliards lors du tour de table", "fell to 7.4% from 9.1%": the base of a
    // comparison is the same kind of fact as the value it is compared with, whatever word stands nearer to it.
    const compared = comparisonBaseOf(text, figures, figureIndex, sentence, candidates);
    if (compared?.attribute && compared.attribute !== SAME_FIGURE && attribute !== 'age') attribute = plainAttribute(compared.attribute);
    // "valorise à 29 milliards, contre 10,5 milliards lors de sa dernière levée": an earlier value, unless a year dates it.
    if (attribute !== null && !attribute.includes(VARIANT_SEPARATOR) && isEarlierValue(text, figures, figureIndex, sentence, context.attributes.isPeriodic(attribute))) {
      // "contre 2,1 milliards lors de l'adoption du projet": the earlier value is the first estimate.
      const first = variantOf(lower, figure.span.start - sentence.start, figure.span.end - sentence.start, figure.kind) === 'initial';
      attribute = `${attribute}${VARIANT_SEPARATOR}${first ? 'initial' : 'previous'}`;
    }
    // "founded in 2019 … by the end of next year": one founding (or birth) date per sentence, the first after its verb.
    if (attribute !== null && ONE_PER_SENTENCE.has(attribute) && candidates.some((other) => other.sentence.start === sentence.start && other.attribute === attribute)) {
      attribute = null;
    }
    // Nothing names what the figure measures: it can still meet the same value in another source.
    // A year near the article's own dates too many things ("en 2025") to identify one; "depuis 1991", "d'ici 2032" do.
    // "fin 2027", "the second half of 2026", "au printemps 2026": a part of a year dates one thing, even near the article's.
    const partOfYear = figure.kind === 'year' && namesPartOfYear(`${leadLower(30)}${figure.text.toLowerCase()}`);
    const commonYear = figure.kind === 'year' && !partOfYear && (context.documentYear === null || Math.abs((figure.value ?? 0) - Number(context.documentYear)) <= 1);
    // "46 navires attendent au large", "four abstentions": with no trigger, the noun counted still says what is counted.
    // "les deux sites", "des deux établissements", "the three clubs": a small count after a definite determiner
    // points back at things already counted; it states nothing new.
    if (attribute === null && figure.kind === 'count' && figure.value !== null) attribute = countedNounAfter(tailLower(60), language);
    // "the Stade des Tanneurs, which holds 27,000 spectators", "une salle pouvant accueillir 1 200 personnes": what a
    // place holds is its capacity, whoever fills it ("25,600" spectators on average is attendance).
    if (attribute !== null && figure.kind === 'count' && isCountedNoun(attribute) && HELD_NOUNS.test(attribute) && HOLDING_BEFORE.test(leadLower(40))) attribute = CAPACITY_ATTRIBUTE;
    // "42,900 students last fall", "1 100 lits l'an dernier": a count of an earlier season is its own fact, never
    // another version of this year's.
    if (attribute !== null && isCountedNoun(attribute) && !attribute.includes(VARIANT_SEPARATOR) && EARLIER_COUNT_AFTER.test(tailLower(50))) attribute = `${attribute}${VARIANT_SEPARATOR}previous`;
    // (Listed concepts keep such counts: "between the two suitors" still names how many bid.)
    if (attribute !== null && isOpenNoun(attribute) && (figure.value ?? 0) < 10 && DEFINITE_BEFORE_COUNT.test(leadLower(10))) attribute = null;
    // "8,2 % des ventes", "90% of the population": what the percentage is a share of names it.
    if (attribute === null && figure.kind === 'percent' && figure.value !== null) attribute = shareOfAfter(text.slice(figure.span.end, Math.min(sentence.end, figure.span.end + 50)), language);
    // "près de 58 % des électeurs inscrits se sont rendus aux urnes", "58% of voters turned out": the share of voters who
    // voted is turnout.
    // "78% of members who voted backed the strike": the members who voted are the voters.
    if (attribute !== null && attribute.startsWith('share-of-') && !attribute.startsWith('share-of-voter') && VOTERS_WHO_VOTED.test(tailLower(40))) attribute = 'share-of-voter';
    // Not a turnout either: a relative "who voted" names the voters the share is of.
    if (attribute !== null && attribute.startsWith('share-of-voter') && VOTED.test(tailLower(80)) && !VOTERS_WHO_VOTED.test(tailLower(80))) attribute = 'turnout';
    // "Public debt is projected to rise to 112.4% of GDP", "atteindre 45 % des ventes": a move to a share of a whole
    // ends at a level of that share, not a change.
    else if (attribute !== null && figure.kind === 'percent' && CHANGE_ATTRIBUTE.test(attribute) && MOVE_TO_BEFORE.test(leadLower(16))) {
      const share = shareOfAfter(text.slice(figure.span.end, Math.min(sentence.end, figure.span.end + 50)), language);
      if (share !== null && LISTED_WHOLE_SHARE.test(share)) attribute = share;
    }
    // "une grève de cinq jours", "a six-month observation period": the clause says what the duration is of.
    if (attribute === null && figure.kind === 'duration' && figure.value !== null) {
      const clause = clauseAround(text, figure, sentence).toLowerCase();
      const at = clause.indexOf(figure.text.toLowerCase());
      if (at >= 0) attribute = durationTopicAround(clause.slice(Math.max(0, at - 50), at), clause.slice(at + figure.text.length, at + figure.text.length + 40));
    }
    // "between $210m and $240m": a range is a value too (claims compare it by its midpoint, quantities.ts).
    const valued = figure.value !== null || (figure.qualifier === 'range' && figure.low !== null && figure.high !== null);
    if (attribute === null && SAME_FIGURE_KINDS.has(figure.kind) && valued && !commonYear) attribute = SAME_FIGURE;
    // "lundi 13 octobre", "October 13", "1er avril 2026": a day written with its number dates one event; a bare weekday
    // ("jeudi") dates too many. The article's own day dates only the article where a publication date stands (a byline,
    // a dateline: figures/dates.ts inHeaderPosition); in the story's prose it is the day of its news ("a annoncé
    // mercredi 19 mars" in an article of that Wednesday) and ties like any other (blind rounds +7 pairs, no wrong tie).
    if (attribute === null && isEventDay(figure, context.documentDay ?? null, !inHeaderPosition(text, figure.span.start))) attribute = SAME_FIGURE;
    // "dont 1 100 en Allemagne", "1,100 of them in Germany", "its Lyon plant employs 900": a part never competes with
    // the whole, but two sources giving the same part agree, so it ties by value only, like an unnamed figure.
    // An age is nobody's part of anything ("une femme de 34 ans, tombée dans la rivière").
    const isPortion = figure.kind !== 'age' && attribute !== 'age' && (isSubset(text, figure, sentence, attribute) || isPart(text, figures, figureIndex, sentence) || isPlaceScoped(text, figure, sentence, context.places));
    const portionOf = isPortion && attribute !== null && attribute !== SAME_FIGURE && attribute !== 'age' ? attribute : null;
    if (isPortion && attribute !== 'age' && SAME_FIGURE_KINDS.has(figure.kind) && valued) attribute = SAME_FIGURE;
    // "Dana Whitlock, a 47-year-old veteran": the English article before an age adjective is no "à 19 ans".
    // "Tiago arrived here as an unknown 21-year-old": the age he had then.
    // "À 23 ans, Marsal sort de sa meilleure saison", "At 61, Rocheleau has…": an age opening the sentence, the person
    // named right after it, is the age the person has now, not an age at some event.
    const opensOnPerson =
      SENTENCE_OPENING_AGE.test(text.slice(sentence.start, figure.span.start)) &&
      sentenceNames.some((name) => context.personMentions.has(name.mentionIndex) && name.span.start > figure.span.end && /^[\s\u00a0]*,[\s\u00a0]*$/u.test(text.slice(figure.span.end, name.span.start)));
    const ageAtEvent =
      attribute === 'age' &&
      !opensOnPerson &&
      ((!YEAR_OLD.test(figure.text) && AGE_AT_EVENT.test(text.slice(Math.max(sentence.start, figure.span.start - 20), figure.span.start))) ||
        (YEAR_OLD.test(figure.text) && AS_AGE_BEFORE.test(text.slice(Math.max(sentence.start, figure.span.start - 30), figure.span.start))));
    // "un homme de 78 ans", "a 78-year-old man": no name says whose age it is, the noun does, whoever else the sentence names.
    // A person named just before ("Jean-Marc Rouquette, is a 57-year-old sheep farmer") is whose age it is.
    const personNamedBefore = sentenceNames.some((name) => context.personMentions.has(name.mentionIndex) && name.span.end <= figure.span.start && figure.span.start - name.span.end < 60);
    // "les 18-34 ans", "18-34 year-olds": a span of ages is a group of people, no one's age.
    if (attribute === 'age' && figure.qualifier === 'range' && figure.value === null) attribute = null;
    // "The 16-year-old studio", "a 130-year-old bridge", "une entreprise vieille de 40 ans": the age of a thing is no
    // person's, whoever the sentence names.
    if (attribute === 'age' && (THING_AFTER_AGE.test(tailLower(30)) || THING_BEFORE_AGE.test(leadLower(30)))) attribute = null;
    // "gratuite pour les moins de 26 ans", "children under 12", "free for the over-65s": a bound on the ages of a group
    // is who a rule is for, no one's age.
    if (attribute === 'age' && OPEN_AGE_QUALIFIERS.has(figure.qualifier) && AGE_GROUP_BEFORE.test(leadLower(24))) attribute = 'age-limit';
    if (attribute === 'age' && figure.kind === 'age' && !ageAtEvent && !personNamedBefore) {
      const paragraphStart = paragraphs[paragraphIndex]?.span.start ?? 0;
      const nobodyNamedYet = !names.some((name) => context.personMentions.has(name.mentionIndex) && name.span.start >= paragraphStart && name.span.end <= figure.span.start);
      attribute = unnamedPersonAge(leadLower(60), tailLower(40), figure.text.toLowerCase(), nobodyNamedYet) ?? attribute;
    }
    candidates.push({
      figureIndex,
      attribute,
      actorMentions,
      period:
        attribute && context.attributes.isPeriodic(attribute)
          ? periodOf(text, figures, figureIndex, sentence, {
              documentYear: context.documentYear,
              documentMonth: context.documentMonth,
              documentPart,
              isAge: attribute === 'age',
              attribute,
              comparedYear: compared?.period && /^\d{4}/u.test(compared.period) ? compared.period.slice(0, 4) : null,
              attributeAt: (offset) => context.attributes.attributeStartingAt(text.slice(offset, offset + 48).toLowerCase(), language),
            })
          : null,
      sentenceMentions: sentenceNames.map((name) => name.mentionIndex),
      attribution,
      generic:
        isGeneric(text, figure) ||
        (isPortion && attribute !== SAME_FIGURE) ||
        // An age at an event with no year to date it cannot be compared with anything.
        (ageAtEvent && !figures.some((other) => other !== figure && (other.kind === 'year' || other.kind === 'date') && other.span.start >= sentence.start && other.span.end <= figure.span.start)),
      sentence,
      ...(compared ? { baseOf: compared.figureIndex } : {}),
      ...(portionOf !== null && attribute === SAME_FIGURE ? { portionOf } : {}),
      // What the merged whole has (staff, sales, stores), not what it will do ("the combined group would cut 600 jobs").
      ...(attribute !== null && COLLECTIVE_STOCKS.test(attribute) && COLLECTIVE_LEAD.test(text.slice(sentence.start, figure.span.start).toLowerCase()) ? { collective: true as const } : {}),
      ...(attribute?.startsWith('stake') && KEPT_BEFORE.test(text.slice(Math.max(sentence.start, figure.span.start - 40), figure.span.start)) ? { kept: true as const } : {}),
    });
  });
  return candidates;
}


/**
 * The sentence with each name of two words or more blanked out, so that offsets stay those of the sentence. A
 * one-word "name" is often a capitalised sentence opener the recogniser kept ("Revenue rose 6%", "Founded in").
 */
function withoutNames(sentenceLower: string, sentenceStart: number, names: readonly NameMention[]): string {
  let out = '';
  let at = 0;
  for (const name of names) {
    if (!/[\s\u00a0]/u.test(name.text)) continue;
    const start = Math.max(at, name.span.start - sentenceStart);
    const end = Math.min(sentenceLower.length, name.span.end - sentenceStart);
    if (end <= start) continue;
    out += sentenceLower.slice(at, start) + ' '.repeat(end - start);
    at = end;
  }
  return out + sentenceLower.slice(at);
}

/**
 * The candidate a figure is the comparison base of: the nearest value of the same kind before it in the
 * sentence, when a comparison word leads into this one and nothing but its clause stands between.
 */
function comparisonBaseOf(text: string, figures: readonly Figure[], figureIndex: number, sentence: Span, candidates: readonly ClaimCandidate[]): ClaimCandidate | null {
  const figure = figures[figureIndex];
  if (!figure || !COMPARISON_LEAD.test(text.slice(Math.max(sentence.start, figure.span.start - 30), figure.span.start))) return null;
  for (let i = candidates.length - 1; i >= 0; i--) {
    const other = candidates[i];
    const otherFigure = other ? figures[other.figureIndex] : undefined;
    if (!other || !otherFigure || other.sentence.start !== sentence.start) return null;
    if (otherFigure.kind === 'year' || otherFigure.kind === 'date' || otherFigure.kind === 'duration') continue;
    if (otherFigure.kind !== figure.kind || figure.span.start - otherFigure.span.end > COMPARISON_REACH) return null;
    return other;
  }
  return null;
}

/** How far (UTF-16 code units) a comparison base may stand from the value it is compared with. */
const COMPARISON_REACH = 80;

/** The attribute without its variant: "dividend+per-share" is compared with a base that may also be per share. */

function refined(attributes: AttributeTable, lower: string, start: number, end: number, kind: Figure['kind'], language: Lang): string | null {
  const attribute = attributes.attributeFor(lower, start, end, kind, language);
  if (attribute === null) return null;
  const changed = attributes.refineChange(attribute, lower, start, end, language);
  const variant = variantOf(lower, start, end, kind);
  return variant ? `${changed}${VARIANT_SEPARATOR}${variant}` : changed;
}

function quantityAttribute(figure: Figure): string | null {
  const dimension = dimensionOf(figure);
  return dimension ? QUANTITY_ATTRIBUTE[dimension] : null;
}

const ONE_PER_SENTENCE = new Set(['founding-year', 'birth-year']);


/** Words that make the following year the date of another event, not the period of a value. */
const EVENT_YEAR = /(?:fond|créé|cré[ée]|née?|born|found|since|depuis|lancé|launched|rachet|bought|acqui|ouvert|opened)[\p{L}]*\s+(?:en\s+|in\s+)?$/iu;
/** "contre 430 millions en 2023", "up from €7.9bn in 2023": the year of a comparison base, not of the sentence's value. */
const COMPARISON_BASE = /(?:^|[^\p{L}])(?:contre|from|compared|comparé|par rapport|versus|vs\.?|against|than|qu['’]en)(?:[^\p{L}]|$)/iu;
/** "by 2027", "d'ici à 2027", "à l'horizon 2030": the deadline of a goal, not the period of what follows. */
const TARGET_YEAR = /(?:^|[^\p{L}])(?:by|d['’]ici(?: à| a)?|à l['’]horizon|horizon|until|jusqu['’]en)\s+$/iu;
/** Right after a count and its noun, words that place it in an earlier season ("students last fall", "lits l'an dernier"). */
const EARLIER_COUNT_AFTER = /^[\s\u00a0]*(?:[\p{L}'’-]+[\s\u00a0]+){0,3}?(?:last (?:year|fall|autumn|season|spring|summer|winter|month)|a year (?:earlier|ago|before)|the (?:previous|prior) (?:year|season)|l['’]an (?:dernier|passé)|l['’]année (?:dernière|passée|précédente)|un an plus tôt|un an auparavant|la saison (?:dernière|passée|précédente)|l['’]automne dernier|l['’]hiver dernier|l['’]été dernier|le mois dernier)(?![\p{L}])/u;

/** "un an plus tôt", "a year earlier": the value of the year before the sentence's own period. */
const YEAR_EARLIER = /^[^.;]{0,30}?(?:un an plus tôt|un an auparavant|year-ago|même période de l['’]an(?:née)? (?:dernier|dernière|passée?)|same period (?:a year earlier|last year)|l['’]année précédente|l['’]exercice précédent|a year earlier|the previous year|the prior year|the year before)/iu;
/** "l'an dernier", "last year": the year before the article's own. */
const LAST_YEAR = /^[^.;]{0,30}?(?:l['’]an dernier|l['’]an passé|l['’]année dernière|l['’]année passée|il y a un an|last year|a year ago)/iu;

/** "L'an dernier, …", "Last year, …": a sentence that opens on the year before the article's. */
const LAST_YEAR_FRONTED = /^[\s«"“]*(?:l['’]an dernier|l['’]an passé|l['’]année (?:dernière|passée)|il y a un an|last year|a year ago|in the previous year)[\s\u00a0]*,/iu;

/** The end of `text` after the last of the separator characters, or all of it: the clause a figure's lead is in. */
function afterLast(text: string, separators: string): string {
  let at = -1;
  for (const separator of separators) at = Math.max(at, text.lastIndexOf(separator));
  return text.slice(at + 1);
}

/** The sentence before a figure from its clause's start ("La marque récidive : l'an dernier, Vireo avait rappelé…"). */
function clauseLead(text: string, sentence: Span, figure: Figure): string {
  const lead = text.slice(sentence.start, figure.span.start);
  return afterLast(lead, ':;');
}

/** "Un an plus tôt, le groupe avait dégagé 381 millions": a clause opening on the year before dates its values. */
const YEAR_EARLIER_FRONTED = /^[\s«"“]*(?:un an plus tôt|un an auparavant|l['’]année précédente|a year earlier|a year before|the year before|the previous year)[\s\u00a0]*,/iu;
/** "last year's 5,300 hectares", "the previous year's €720m": a possessive naming last year before the value. */
const LAST_YEARS_BEFORE = /(?:last year['’]s|the previous year['’]s|the prior year['’]s|a year earlier['’]s)[\s\u00a0]+(?:(?:about|some|around|roughly|nearly|almost)[\s\u00a0]+)?$/iu;
/** "5 300 hectares de l'an dernier", "5,300 hectares last year": last year's value, said right after it. */
const LAST_YEAR_RIGHT_AFTER = /^[\s ]*(?:[\p{L}-]+[\s ]+){0,2}?(?:de l['’]an dernier|de l['’]année (?:dernière|précédente)|l['’]an dernier|l['’]année dernière|last year|the year before|the previous year)(?![\p{L}])/iu;

/** "last year" in an article with no date: the engine counts it from the year of the rest of the corpus. */
export const LAST_YEAR_OF_UNDATED = '(last year)';
/** Appended to a forecast's period: a forecast is never the figure it forecasts. */
export const FORECAST_SUFFIX = ' (forecast)';

/** What periodOf needs besides the figures: which attribute a year may belong to instead ("2024 profit"). */
export interface PeriodContext {
  readonly documentYear: string | null;
  readonly documentMonth?: number | null;
  /** The quarter or half the article's headline and lede are about ("third quarter"), if exactly one. */
  readonly documentPart: string | null;
  readonly isAge: boolean;
  /** The attribute whose trigger starts right at `offset` (after spaces), if any. */
  readonly attributeAt: (offset: number) => string | null;
  readonly attribute: string;
  /** The year of the value this figure is the comparison base of ("7,4 %, contre 9,1 % un an auparavant"). */
  readonly comparedYear?: string | null;
}

const yearOf = (other: Figure | undefined): string | null =>
  other && (other.kind === 'year' || other.kind === 'date') && other.date ? other.date.iso.slice(0, 4) : null;

/**
 * The year a periodic value refers to: a year right after it ("640 millions en
 * 2024", "€482 million for 2024") or shortly before it in the sentence, unless
 * that year dates another event ("fondé en 1962", "since 2019") or qualifies
 * another value ("2024 profit, €1.1bn capex"); "a year earlier" steps back one
 * year from the sentence's period, "last year" from the article's. For an age
 * only a year before it counts ("fondé en 2016, à 19 ans"): one after it
 * usually belongs to a relative clause ("the 28-year-old Wang, who founded it in 2016").
 */
function periodOf(text: string, figures: readonly Figure[], figureIndex: number, sentence: Span, context: PeriodContext): string | null {
  const { isAge, documentYear } = context;
  const figure = figures[figureIndex];
  if (!figure) return documentYear;
  let explicit: string | null = null;
  if (!isAge) {
    // "500 millions d'euros de bénéfice net en 2024": a year closing the same clause.
    const next = figures[figureIndex + 1];
    const between = next ? text.slice(figure.span.end, next.span.start) : '';
    if (next && next.span.end <= sentence.end && between.length <= 35 && !/[,;:]/u.test(between) && !COMPARISON_BASE.test(between)) explicit = yearOf(next);
  }
  for (let i = figureIndex - 1; explicit === null && i >= 0; i--) {
    const other = figures[i];
    if (!other || other.span.start < sentence.start) break;
    const year = yearOf(other);
    if (!year) continue;
    // "Vautier a annoncé jeudi un recul … tombé à 212 millions": the day a flow is announced is not the period it covers.
    if (other.kind === 'date' && other.date?.precision === 'day' && FLOW_ATTRIBUTES.test(context.attribute)) continue;
    // "En 2023, la société avait levé 45 millions … sur la base d'une valorisation de 300 millions".
    const tooFar = !isAge && figure.span.start - other.span.end > 120 && other.span.start - sentence.start > 12;
    const datesAnEvent = EVENT_YEAR.test(text.slice(Math.max(sentence.start, other.span.start - 25), other.span.start));
    // Only when nothing stands between: "2024 sales came in at €641 million, and its net profit at €52 million" shares the year.
    const qualifiesAnother = i === figureIndex - 1 && !PREPOSITION_BEFORE.test(text.slice(Math.max(sentence.start, other.span.start - 12), other.span.start)) && qualifiesOtherValue(context, other.span.end);
    if (!tooFar && !(datesAnEvent && !isAge) && !qualifiesAnother) explicit = year;
    break;
  }
  // "180 emplois d'ici 2027, a indiqué la présidente, âgée de 51 ans": a year after the article's own is a target, and
  // nobody's age is dated by it.
  if (isAge && explicit !== null && documentYear !== null && Number(explicit) > Number(documentYear)) explicit = null;
  if (!isAge) {
    // "fell to €312 million from €489 million a year earlier": the phrase dates the value it follows, not the one before that.
    let nextValueStart = sentence.end;
    for (let i = figureIndex + 1; i < figures.length && (figures[i]?.span.start ?? Infinity) < sentence.end; i++) {
      const other = figures[i];
      if (other && other.kind === figure.kind && other.restates === null) {
        nextValueStart = other.span.start;
        break;
      }
    }
    const after = text.slice(figure.span.end, Math.min(nextValueStart, figure.span.end + 60));
    const fronted = YEAR_EARLIER_FRONTED.test(clauseLead(text, sentence, figure));
    if (YEAR_EARLIER.test(after) || fronted) {
      const base = (fronted ? null : context.comparedYear ?? yearBefore(text, figures, figureIndex, sentence)) ?? documentYear;
      // "€412m from €381m a year earlier" in a third-quarter story: the same quarter of the year before, not that whole year.
      const part = FLOW_ATTRIBUTES.test(context.attribute) ? subPeriodOf(text, sentence, sentence, figure.span) ?? context.documentPart : null;
      if (!base) return LAST_YEAR_OF_UNDATED;
      const year = String(Number(base) - 1);
      return part && part !== 'YTD' ? `${year}-${part}` : year;
    }
    if (LAST_YEAR.test(after)) return documentYear ? String(Number(documentYear) - 1) : LAST_YEAR_OF_UNDATED;
    if (explicit === null && LAST_YEAR_FRONTED.test(clauseLead(text, sentence, figure))) return documentYear ? String(Number(documentYear) - 1) : LAST_YEAR_OF_UNDATED;
  }
  // "…en 2024, un record. Avec 8,4 milliards d'euros de ventes, l'enseigne…": the paragraph's year carries on.
  // "en hausse de 6 % par rapport à 2023", "up 6% from €7.9bn in 2023": a change over a base year is the next year's.
  if (explicit === null && (context.attribute.endsWith('-change') || context.attribute.endsWith('-change-organic'))) {
    const base = comparisonBaseYear(text, figures, figureIndex, sentence);
    if (base) explicit = String(Number(base) + 1);
  }
  const carried = isAge ? null : previousSentenceYear(text, figures, figureIndex, sentence);
  // A year after the article's own in the sentence before is a target ("vise 10 milliards en 2027"), not this value's period.
  const carriedYear = carried !== null && documentYear !== null && carried > documentYear ? null : carried;
  const period = explicit ?? carriedYear ?? documentYear;
  const undated = explicit === null && carriedYear === null;
  // The figure's own stretch of the sentence: from the figure before it to the figure after it.
  // Dates and durations ("the first nine months") are part of a stretch, not its bounds.
  const isValue = (other: Figure): boolean => other.restates === null && other.kind !== 'year' && other.kind !== 'date' && other.kind !== 'duration';
  const previous = figures.slice(0, figureIndex).reverse().find(isValue);
  const previousEnd = Math.max(sentence.start, previous?.span.end ?? 0);
  const next = figures.slice(figureIndex + 1).find(isValue);
  const nextStart = Math.min(sentence.end, next?.span.start ?? sentence.end);
  const quarter = FLOW_ATTRIBUTES.test(context.attribute)
    ? subPeriodOf(text, sentence, { start: previousEnd, end: Math.min(nextStart, figure.span.end + SUB_PERIOD_REACH_AFTER) }, figure.span)
    : null;
  // "Quillon's stock is up 31% this year": a move since January, not the day's.
  const sinceJanuary = context.attribute.startsWith('share-price-change') && YEAR_TO_DATE.test(text.slice(Math.max(sentence.start, figure.span.start - 40), Math.min(sentence.end, figure.span.end + 40)));
  // A quarterly results article states its quarter once, in its headline or lede; its other flow values are that quarter's.
  const articlePart = FLOW_ATTRIBUTES.test(context.attribute) && (period === null || period === documentYear) ? context.documentPart : null;
  const part = (quarter === 'YTD' ? yearToDatePart(context.documentMonth ?? null) : quarter) ?? (sinceJanuary ? 'YTD' : null) ?? articlePart;
  // In an undated article the engine puts the corpus's year before "-Q3".
  const dated = part ? `${period ?? ''}-${part}` : period;
  // A forecast or a target is not the figure it forecasts: analysts' consensus against the reported profit.
  const lead = text.slice(Math.max(previousEnd, figure.span.start - FORECAST_REACH_BEFORE), figure.span.start);
  const clauseStart = figure.span.start - lead.length + Math.max(0, Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';')) + 1);
  const clause = text.slice(clauseStart, Math.min(nextStart, figure.span.end + FORECAST_REACH_AFTER));
  // "à 75 GW à la fin de la décennie", "75 GW by the end of the decade": a target for the decade's last year.
  const ahead = text.slice(figure.span.end, Math.min(nextStart, figure.span.end + 50));
  if (!isAge && documentYear !== null && DECADE_END_AFTER.test(ahead)) return `${Math.floor(Number(documentYear) / 10) * 10 + 10}${FORECAST_SUFFIX}`;
  // "de 41 GW aujourd'hui à 75 GW", "currently has 41 GW": today's value, even in a sentence about a target.
  const now = NOW_AFTER.test(ahead) || NOW_BEFORE.test(text.slice(Math.max(previousEnd, figure.span.start - 25), figure.span.start));
  if (now && !isAge && explicit === null && documentYear !== null) return documentYear;
  if (isAge || now || !FORECAST.test(clause) || NOT_FORECAST.test(clause)) {
    // "La marge opérationnelle a fondu à 7,4 %" in a February article: a yearly flow with no year is the year just closed.
    if (undated && part === null && documentYear !== null && ANNUAL_FLOWS.test(context.attribute) && (context.documentMonth ?? 13) <= ANNUAL_RESULTS_LAST_MONTH) {
      return String(Number(documentYear) - 1);
    }
    return dated;
  }
  return `${dated ?? ''}${FORECAST_SUFFIX}`.trimStart();
}

/** "en 2024 les ventes", "in 2024 sales": a year after a preposition dates the clause, it does not qualify a noun. */
const PREPOSITION_BEFORE = /(?:^|[^\p{L}])(?:en|in|for|pour|au|à|during|durant|de|of|by|d['’]ici)\s+$/iu;

/** The year right after a comparison word following the figure, within its clause. */
function comparisonBaseYear(text: string, figures: readonly Figure[], figureIndex: number, sentence: Span): string | null {
  const figure = figures[figureIndex];
  if (!figure) return null;
  for (let i = figureIndex + 1; i < figures.length; i++) {
    const other = figures[i];
    if (!other || other.span.start >= sentence.end || other.span.start - figure.span.end > 70) return null;
    const year = yearOf(other);
    if (!year) continue;
    const between = text.slice(figure.span.end, other.span.start);
    return COMPARISON_BASE.test(between) && !/[;:]/u.test(between) ? year : null;
  }
  return null;
}

const YEAR_TO_DATE = /(?:this year|year to date|year-to-date|so far in \d{4}|depuis le début de l['’]année|depuis janvier|since january|cette année)/iu;

/** "€412 million in the third quarter": how far after a figure its quarter may be named. */
const SUB_PERIOD_REACH_AFTER = 60;

/** Values reported per quarter or half-year; a headcount or a valuation is a level, not a flow. */
const FLOW_ATTRIBUTES = /^(?:revenue|profit|operating-profit|net-loss|margin|free-cash-flow|capex|count-vehicles|[a-z-]+-change)(?:-organic)?(?:\+|$)/u;

const QUARTERS: readonly { readonly label: string; readonly pattern: RegExp }[] = [
  { label: 'Q1', pattern: /(?:premier|1er) trimestre|first[- ]quarter|(?:^|[^\p{L}\p{N}])q1(?![\p{L}\p{N}])|janvier[- ](?:à |a )?mars|january[- ](?:to )?march/iu },
  { label: 'Q2', pattern: /(?:deuxième|second|2e) trimestre|second[- ]quarter|(?:^|[^\p{L}\p{N}])q2(?![\p{L}\p{N}])|avril[- ](?:à |a )?juin|april[- ](?:to )?june/iu },
  { label: 'Q3', pattern: /(?:troisième|3e) trimestre|third[- ]quarter|(?:^|[^\p{L}\p{N}])q3(?![\p{L}\p{N}])|juillet[- ](?:à |a )?septembre|july[- ](?:to )?september/iu },
  { label: 'Q4', pattern: /(?:quatrième|dernier|4e) trimestre|fourth[- ]quarter|(?:^|[^\p{L}\p{N}])q4(?![\p{L}\p{N}])|octobre[- ](?:à |a )?décembre|october[- ](?:to )?december/iu },
  { label: 'H1', pattern: /premier semestre|first half|(?:^|[^\p{L}\p{N}])[hs]1(?![\p{L}\p{N}])/iu },
  { label: 'H2', pattern: /(?:second|deuxième) semestre|second half|(?:^|[^\p{L}\p{N}])[hs]2(?![\p{L}\p{N}])/iu },
  { label: 'FY', pattern: /full[- ]year|ensemble de l['’](?:année|exercice)|l['’]année entière|whole year/iu },
  { label: '9M', pattern: /neuf (?:premiers )?mois|nine months|(?:^|[^\p{L}\p{N}])9m(?![\p{L}\p{N}])|janvier[- ](?:à |a )?septembre|january[- ](?:to )?september/iu },
  // "Depuis le début de l'année, les ventes cumulées…", "sales for the year to date": a running total, named by the article's month (yearToDatePart).
  { label: 'YTD', pattern: /year[- ]to[- ]date|depuis le début de (?:l['’]année|l['’]exercice)|depuis janvier|since (?:january|the start of the year)|so far this year|en cumul(?: annuel)?|(?:ventes|chiffre d['’]affaires|revenus?) cumulé(?:e|s|es)?/iu },
];

/**
 * A running total since January covers the quarters published before the article: reported in October or November
 * it is the nine months' figure ("January–September", "neuf mois"), in July or August the half-year's.
 */
function yearToDatePart(month: number | null): string {
  if (month === 10 || month === 11) return '9M';
  if (month === 7 || month === 8) return 'H1';
  return 'YTD';
}

/**
 * The quarter or half a flow value covers, named in its sentence or in the
 * sentence before it in the same paragraph ("In the third quarter, revenue
 * rose 4%. Net profit came in at €412 million."). Only one may be named:
 * a sentence comparing two stays at the year.
 */
function subPeriodOf(text: string, sentence: Span, stretch: Span, figure: Span): string | null {
  const one = (found: string[]): string | null | undefined => (found.length === 1 ? (found[0] ?? null) : found.length > 1 ? null : undefined);
  // Right after the figure, in its clause: "5.5% for the full year".
  const after = text.slice(figure.end, Math.max(figure.end, stretch.end)).split(/[,;]/u)[0] ?? '';
  const byAfter = one(quartersIn(after));
  if (byAfter !== undefined) return byAfter;
  // Before it, in its clause: "bringing the margin for the first nine months to 5.8%".
  const lead = text.slice(stretch.start, figure.start);
  const byLead = one(quartersIn(afterLast(lead, ',;')));
  if (byLead !== undefined) return byLead;
  // An opening adverbial carries over the whole sentence: "Au troisième trimestre, le CA… et le bénéfice…".
  const sentenceText = text.slice(sentence.start, sentence.end);
  const comma = sentenceText.indexOf(',');
  if (comma >= 0 && sentence.start + comma < figure.start) {
    const byOpening = one(quartersIn(sentenceText.slice(0, comma)));
    if (byOpening !== undefined) return byOpening;
  }
  if (quartersIn(sentenceText).length > 0) return null;
  const before = text.slice(Math.max(0, sentence.start - 400), sentence.start);
  if (!/[.!?…]\s$/u.test(before.slice(-2))) return null;
  const previous = before.slice(0, -2).split(/[.!?…]\s|\n/u).pop() ?? '';
  const carried = quartersIn(previous);
  return carried.length === 1 ? (carried[0] ?? null) : null;
}

/** How much of an article counts as its headline and lede. */
const LEDE_LENGTH = 700;

const DECADE_END_AFTER = /^[^.;]{0,15}?(?:(?:à|a|d['’]ici(?: à)?|avant) la fin de la décennie|(?:by|before|at) the end of the decade|by decade['’]s end)/iu;
const NOW_AFTER = /^[\s\u00a0]*(?:\([^)]{0,20}\)[\s\u00a0]*)?(?:aujourd['’]hui|actuellement|à ce jour|today|currently|now|at present)(?![\p{L}])/iu;
const NOW_BEFORE = /(?:actuellement|aujourd['’]hui|currently|now|today)[\s\u00a0]+(?:[\p{L}-]+[\s\u00a0]+){0,2}$/iu;

/** Annual results are published by the end of March; a yearly flow reported until then is the previous year's. */
const ANNUAL_RESULTS_LAST_MONTH = 3;
/** Yearly totals of a company's accounts; a change or a share move is the day's news, not last year's. */
const ANNUAL_FLOWS = /^(?:revenue|profit|operating-profit|net-loss|margin|free-cash-flow|dividend)(?:\+|$)/u;

function headlinePart(text: string): string | null {
  const found = quartersIn(text.slice(0, LEDE_LENGTH)).filter((label) => label !== 'FY' && label !== '9M' && label !== 'YTD');
  return found.length === 1 ? (found[0] ?? null) : null;
}

function quartersIn(sentenceText: string): string[] {
  return QUARTERS.filter(({ pattern }) => pattern.test(sentenceText)).map(({ label }) => label);
}

/** "2024 profit": a year glued before the trigger of another attribute is that value's period, not this one's. */
function qualifiesOtherValue(context: PeriodContext, yearEnd: number): boolean {
  const owner = context.attributeAt(yearEnd);
  return owner !== null && owner !== context.attribute;
}

/** The nearest year before the figure in its sentence that is neither an event's date nor a comparison base. */
function yearBefore(text: string, figures: readonly Figure[], figureIndex: number, sentence: Span): string | null {
  for (let i = figureIndex - 1; i >= 0; i--) {
    const other = figures[i];
    if (!other || other.span.start < sentence.start) return null;
    const year = yearOf(other);
    if (!year) continue;
    const lead = text.slice(Math.max(sentence.start, other.span.start - 25), other.span.start);
    if (!EVENT_YEAR.test(lead)) return year;
  }
  return null;
}

/** How far around a figure a forecast word makes it a forecast: its clause, not the whole sentence. */
const FORECAST_REACH_BEFORE = 90;
const FORECAST_REACH_AFTER = 30;
const FORECAST = /(?:peak sales|potential (?:peak )?sales|à son pic|au pic|pic de ventes|pourrai(?:t|ent) (?:générer|rapporter)|could (?:generate|bring in)|consensus|vise |viser|visait|aims? |aiming|on track|to reach|d['’]atteindre|pour atteindre|analystes? (?:tablai|attendai|prévoy)|analysts? (?:had )?expect|expected|table sur|tablent sur|forecast|prévision|objectif|target|guidance|ambition|espère|espérait|hopes? to|anticip|devrait|should reach|is expected to|projet[ée]s?)/iu;
/** "the target's margins", "la cible": the company being bought, not a goal. */
const NOT_FORECAST = /(?:the|a|its) target(?:['’]s|\s+(?:company|group|firm))/iu;

/** "à 17 ans, il est admis au MIT", "at 19, he dropped out": the age at an event, not how old someone is. */
const AS_AGE_BEFORE = /(?:^|[\s,(])(?:as|comme)[\s\u00a0]+(?:an?|un|une)[\s\u00a0]+(?:[\p{L}-]+[\s\u00a0]+){0,2}$/iu;
const CHANGE_ATTRIBUTE = /(?:^growth$|-change(?:$|\+))/u;
const MOVE_TO_BEFORE = /(?:^|[\s\u00a0])(?:to|à|atteindre|atteint|atteignant|reach(?:ed|ing)?)[\s\u00a0]+$/u;
const LISTED_WHOLE_SHARE = /^share-of-(?:sales|gdp|population)$/u;
const YEAR_OLD = /year[\s\u00a0-]*olds?$/iu;
const SENTENCE_OPENING_AGE = /^[\s\u00a0"«“]*(?:à|at)[\s\u00a0]+$/iu;
const AGE_AT_EVENT = /(?:^|[\s,(])(?:à|a|at|dès|by|since)\s+(?:seulement\s+|only\s+|peine\s+|just\s+|l['’]âge de\s+|the age of\s+|age\s+)?$/iu;

/**
 * The year closing a value in the sentence just before, within the same
 * paragraph (sentences there are separated by ". "), unless that year dates
 * an event or a comparison base ("up from €7.9bn in 2023").
 */
function previousSentenceYear(text: string, figures: readonly Figure[], figureIndex: number, sentence: Span): string | null {
  const before = text.slice(Math.max(0, sentence.start - 2), sentence.start);
  if (!/[.!?…]\s$/u.test(before)) return null;
  for (let i = figureIndex - 1; i >= 0; i--) {
    const other = figures[i];
    if (!other) break;
    if (other.span.end <= sentence.start - 400) break;
    if (other.span.start >= sentence.start) continue;
    if ((other.kind === 'year' || other.kind === 'date') && other.date) {
      // "a clôturé jeudi en baisse": the day of the news, not the period the next sentence reports on.
      if (other.date.relative && other.date.precision === 'day') continue;
      // "compared with €381 million in the same period last year. Revenue rose…": that "last year" dates the value it follows.
      if (other.date.relative && datesValueBefore(text, figures, i)) continue;
      const previousEnd = sentence.start;
      const gap = text.slice(other.span.end, previousEnd);
      if (/\n/u.test(gap) || /[.!?…]\s.*[.!?…]\s/su.test(gap)) return null;
      const lead = text.slice(Math.max(0, other.span.start - 40), other.span.start);
      if (EVENT_YEAR.test(lead.slice(-25)) || TARGET_YEAR.test(lead)) return null;
      // "Revenue grew 9% from 2023. Organic growth was 4%.": that paragraph is about the year after the base.
      const year = other.date.iso.slice(0, 4);
      return COMPARISON_BASE.test(lead) ? String(Number(year) + 1) : year;
    }
  }
  return null;
}

/** A relative year closing the clause of the value right before it: "€381 million in the same period last year". */
function datesValueBefore(text: string, figures: readonly Figure[], yearIndex: number): boolean {
  const year = figures[yearIndex];
  const value = figures[yearIndex - 1];
  if (!year || !value || value.kind === 'year' || value.kind === 'date' || value.kind === 'duration') return false;
  const between = text.slice(value.span.end, year.span.start);
  return between.length <= 40 && !/[.;:!?,\n]/u.test(between);
}

/**
 * Counts Recoupe compares are counts of people (a headcount, hires): the
 * noun right after the number says what is counted ("31 000 personnes",
 * "about 180 employees"); "sept pays" or "two" count something else.
 */
const PEOPLE_NOUNS = /^[\s\u00a0\u202f]*(?:de\s+|d['’]\s*|of\s+|new\s+|nouveaux\s+|more\s+)?(?:personnes?|salariée?s?|employée?s?|collaborat(?:eur|rice)s?|chercheu(?:r|se)s?|ingénieure?s?|agents?|ouvriers?|cadres?|recrues?|talents?|people|persons?|employees?|staff(?:ers)?|workers?|researchers?|engineers?|scientists?|hires?|recruits?)(?![\p{L}])/iu;

/** "dirigé depuis 2019 par", "CEO since 2022", "aux commandes depuis": someone's time in a role. */
const ROLE_CUE = /(?:dirig|dirige|présid|pdg|directeur|directrice|patron|aux commandes|à la tête|en poste|ministre|maire|ceo|chief|president|chair|has led|has run|at the helm|in office|in charge|boss|head)/iu;

/**
 * "contre 10,5 milliards", "up from $16.1bn": a comparison base after a value of
 * the same kind in the sentence. With no year or "a year earlier" to date it,
 * it is the earlier value of the fact, never a rival figure for today's.
 */
// "well below the $2.05 the company reported in the first quarter": the value compared with, also an earlier one.
const BASE_BEFORE = /(?:contre|from|compared with|compared to|versus|vs\.?|par rapport à|(?:well|far|just|bien|nettement|loin) (?:below|above|under|en deçà|en dessous|au-dessus)(?: de| d['’]| du| des)?)[\s\u00a0]+(?:(?:les?|la|the|a|an|some|about|environ|près de|quelque)[\s\u00a0]+)?(?:(?:current|present|existing|actuels?|actuelles?)[\s\u00a0]+)?$/iu;
/** A comparison base's lead: the same words, and French "après 84,9 % l'exercice précédent". */
const COMPARISON_LEAD = new RegExp(`(?:${BASE_BEFORE.source}|après[\\s\\u00a0]+$)`, 'iu');

/** "when it was valued at $10.5 billion in the spring", "lors de sa dernière levée": the value at an earlier round. */
const TIMES_BEFORE = /(?:fois|times)[\s\u00a0]+(?:the|les|le|la|l['’])[\s\u00a0]*$/iu;
const EARLIER_ROUND = /(?:lors de (?:sa|la|leur) (?:dernière|précédente) levée|lors du (?:dernier|précédent) tour|au printemps|l['’]été dernier|at (?:its|the|their) (?:last|previous|prior) (?:funding )?round|in (?:its|the|their) (?:last|previous|prior|earlier) round|in the spring|last (?:spring|summer|autumn|fall|winter)|earlier this year|when it was valued|(?:it|they) (?:was|were) worth when|when it last raised|(?:last|previous|prior) (?:funding|fundraising)|last (?:january|february|march|april|may|june|july|august|september|october|november|december)|(?:en|de) (?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) dernier|lors de sa levée précédente)/iu;

function isEarlierValue(text: string, figures: readonly Figure[], figureIndex: number, sentence: Span, periodic: boolean): boolean {
  const figure = figures[figureIndex];
  if (!figure) return false;
  // Its own stretch of the sentence, between the value figures around it.
  const isValue = (other: Figure | undefined): boolean => other !== undefined && other.restates === null && (other.kind === 'money' || other.kind === 'percent' || other.kind === 'count');
  let from = sentence.start;
  for (let i = figureIndex - 1; i >= 0 && (figures[i]?.span.start ?? 0) >= sentence.start; i--) if (isValue(figures[i])) { from = figures[i]?.span.end ?? from; break; }
  let to = sentence.end;
  for (let i = figureIndex + 1; i < figures.length && (figures[i]?.span.start ?? Infinity) < sentence.end; i++) if (isValue(figures[i])) { to = figures[i]?.span.start ?? to; break; }
  if (figure.kind === 'money' && EARLIER_ROUND.test(text.slice(from, to))) return true;
  // "L'an dernier, le budget total atteignait 720 millions": a sentence opening on last year is about the earlier value.
  if (!periodic && LAST_YEAR_FRONTED.test(clauseLead(text, sentence, figure))) return true;
  // "well above last year's 5,300 hectares", "les 5 300 hectares de l'an dernier": last year's value of the fact.
  if (!periodic && LAST_YEARS_BEFORE.test(text.slice(Math.max(sentence.start, figure.span.start - 30), figure.span.start))) return true;
  const nextFigure = figures.slice(figureIndex + 1).find((other) => other.kind !== 'year' && other.kind !== 'date');
  const ownTail = text.slice(figure.span.end, Math.min(sentence.end, nextFigure?.span.start ?? sentence.end, figure.span.end + 40));
  if (!periodic && LAST_YEAR_RIGHT_AFTER.test(ownTail)) return true;
  // "almost five times the $6bn it was worth", "cinq fois les 6 milliards": what the value is compared with.
  if (figure.kind === 'money' && TIMES_BEFORE.test(text.slice(Math.max(sentence.start, figure.span.start - 25), figure.span.start))) return true;
  // "la puissance passera de 312 mégawatts à 348 MW", "rose from 41,300 to 42,900": the value before the change.
  const toNext = figures[figureIndex + 1];
  if (toNext && toNext.kind === figure.kind && toNext.span.start <= sentence.end && TO_BETWEEN.test(text.slice(figure.span.end, toNext.span.start)) && FROM_BEFORE.test(text.slice(Math.max(sentence.start, figure.span.start - 45), figure.span.start))) return true;
  if (!BASE_BEFORE.test(text.slice(Math.max(sentence.start, figure.span.start - 30), figure.span.start))) return false;
  const after = text.slice(figure.span.end, Math.min(sentence.end, figure.span.end + 60));
  // A year dates a periodic value, whose period then keeps it apart; "contre 2,1 milliards lors de l'adoption du
  // projet, en 2019" is still the earlier estimate of a cost, which has no period.
  if (periodic && (YEAR_EARLIER.test(after) || LAST_YEAR.test(after))) return false;
  const next = figures[figureIndex + 1];
  // "down from $3.4bn at the end of June": a month without a year dates nothing the period keeps apart.
  const datesApart = (other: Figure): boolean => other.kind === 'year' || (other.kind === 'date' && (/\p{N}{4}/u.test(other.text) || QUARTER_WORD.test(other.text.toLowerCase())));
  if (periodic && next && datesApart(next) && next.span.start - figure.span.end <= 35 && next.span.end <= sentence.end) return false;
  return figures.slice(0, figureIndex).some((other) => other.kind === figure.kind && other.restates === null && other.span.start >= sentence.start);
}

const QUARTER_WORD = /(?:quarter|trimestre|semestre|half|q[1-4]|t[1-4]|h[12]|s[12])(?![\p{L}])/u;
const SINCE_BEFORE = /(?:depuis|since)[\s\u00a0]+(?:(?:en|l['’]an|l['’]année|the year)[\s\u00a0]+)?$/iu;

/**
 * Counts of things other than people that news compares across sources: the
 * noun right after the number says what is counted ("312 patients", "22
 * stations", "548 000 véhicules"). Jobs are cuts when the sentence says so.
 */
const STORE_NOUN = /^(?:magasins?|boutiques?|points de vente|agences|restaurants?|supermarchés|hypermarchés|supérettes|stores?|shops?|outlets?|branches|supermarkets|hypermarkets)/u;
const COUNTED_CLASSES: readonly { readonly key: string; readonly noun: RegExp }[] = [
  { key: 'count-patients', noun: /^(?:patients?|malades|participants?|volontaires|subjects|volunteers)/u },
  { key: 'count-stores', noun: STORE_NOUN },
  { key: 'count-countries', noun: /^(?:pays|countries|markets)/u },
  { key: 'count-vehicles', noun: /^(?:véhicules?|voitures?|automobiles|unités|livraisons|vehicles?|cars?|units|deliveries)/u },
  { key: 'count-passengers', noun: /^(?:voyageurs?|passagers?|usagers|voyages|trajets|passengers?|riders?|trips|journeys|visiteurs|visitors)/u },
  { key: 'count-stations', noun: /^(?:stations?|arrêts|gares|stops)/u },
  { key: 'count-users', noun: /^(?:utilisateurs?|abonnés|clients?|users?|subscribers?|customers?)/u },
  { key: 'count-goals', noun: /^(?:buts?|goals?)/u },
  { key: 'count-jobs', noun: /^(?:emplois|postes|jobs|positions|posts|roles|suppressions de postes|suppressions d['’]emplois|job cuts|layoffs)/u },
  // "plus de 50 fermetures", "60 ouvertures", "47 closures": stores shut or opened, named by the noun alone.
  { key: 'count-stores-closed', noun: /^(?:fermetures(?: de magasins)?|store closures|closures)/u },
  { key: 'count-stores-opened', noun: /^(?:ouvertures(?: de magasins)?|store openings|openings)/u },
];
const LAUNCHED_OBJECT = /(?:launched|created|started|set up|lancé|lancée|créé|créée)[\s\u00a0]+(?:its|their|a|an|the|sa|son|ses|leur|leurs|un|une|le|la|les|l['’])(?:[\s\u00a0]+[\p{L}-]+){0,2}?[\s\u00a0]+(?:subsidiary|subsidiaries|unit|arm|division|branch|service|app|platform|brand|product|range|filiale|filiales|division|branche|service|application|appli|plateforme|marque|gamme|offre|produit)s?(?![\p{L}])[^,;.]*$/iu;
// At a word's start: "executive" holds no "cut", "published" no "shed", "taxes" no "axe".
const CUTS = /(?<![\p{L}])(?:suppr|licenci|cut(?:s|ting)?(?![\p{L}])|layoffs?|lay(?:ing)? off|ax(?:e|es|ed|ing)(?![\p{L}])|slash|shed(?:s|ding)?(?![\p{L}])|eliminat|dispara|(?:could|will|would|may|might|to) go(?![\p{L}])|be lost|(?:jobs|posts|roles) going(?! to))/u;
const RECALL = /(?:rappel|recall)/u;
/** A closing verb or noun just before the count ("to shut 47", "la fermeture de 47", "will close 47 of its"). */
const CLOSING_BEFORE = /(?:ferm|clos|shut|shutter)[\p{L}]*[\s\u00a0]+(?:(?:de|d['’]|des|les|some|about|around|environ|près de|quelque|another|encore)[\s\u00a0]+){0,2}$/u;
const VACANT_AFTER = /^[\p{L}'’-]+(?:[\s\u00a0]+[\p{L}'’-]+){0,2}?[\s\u00a0]+(?:restent|resteraient|sont toujours|demeurent|remain|are still|are yet|still)[\s\u00a0]+(?:à[\s\u00a0]+(?:combler|pourvoir)|vacants?|non pourvus|unfilled|vacant|open|to (?:be )?fill(?:ed)?)|^[\p{L}'’-]+[\s\u00a0]+(?:vacants|à pourvoir|non pourvus|unfilled)/u;
/** An opening verb just before the count ("a inauguré 74", "will open 90", "prévoit d'ouvrir 90"). */
const OPENING_BEFORE = /(?:ouvr|ouvert|inaugur|open|launch|lancé|lancer|lancera)[\p{L}]*[\s\u00a0]+(?:(?:de|d['’]|des|les|some|about|around|environ|près de|quelque|another|encore|plus de|more than|up to|jusqu['’]à)[\s\u00a0]+){0,2}$/u;
/** "74 nouveaux points de vente", "90 new stores": stores added, not the network. */
const NEW_AFTER = /^[\s\u00a0]*(?:new|nouveaux|nouvelles)[\s\u00a0]/u;
/** "conserve 13 % des parts", "keeps a 13% stake", "retaining 13%": what the seller keeps. */
const KEPT_BEFORE = /(?:conserve|conservera|conservait|conserver|garde|gardera|gardait|garder|retains?|retained|retaining|keeps?|kept|keeping|holds the remaining|owns the remaining|the remaining|le reste|les? (?:\p{L}+[\s\u00a0]+)?restants?)[\s\u00a0]+(?:(?:encore|toujours|still|only|seulement|environ|about|près de|some|a|the|un|une|sa|son|ses|its|his|her|their|leur|leurs)[\s\u00a0]+){0,2}(?:(?:participation|stake|part|parts|holding)[\s\u00a0]+(?:de|d['’]|of)[\s\u00a0]+)?$/iu;
const LOST_VERB_BEFORE = /(?:lost|loses|losing|a perdu|ont perdu|avait perdu|perd|perdait|perdra)[\s\u00a0]+(?:(?:about|some|nearly|almost|près de|environ|plus de|more than|quelque)[\s\u00a0]+)?$/u;
const REVENUE_LOST_AFTER = /^[\s\u00a0]*(?:in|of|de|d['’]|en)[\s\u00a0]*(?:revenue|sales|turnover|chiffre d['’]affaires|ventes|recettes)/u;
const LOSS_BEFORE = /(?:pertes?|perdus?|manque|lost|loss(?:es)?)(?:[\s\u00a0]+[\p{L}'’]+){0,3}[\s\u00a0]*$/iu;
const REPRESENTS_BEFORE = /(?:représente|représentant|regroupe|fédère|represents|representing)[\s\u00a0]+(?:[\p{L}'’]+[\s\u00a0]+){0,2}$/iu;
const DAMAGE = /(?:endommag|détrui|ravag|brûl|sinistr|dévast|touché|frappé|grêl|inond|en fumée|damag|destroy|ravag|burn|scorch|devastat|flood|hit|affected|struck|in flames)/u;
/** "trois morts", "nine injured", "Two miners were killed": the toll is the words right after the number. */
const CASUALTY_AFTER = /^[\s\u00a0]*(?:[\p{L}'’-]+[\s\u00a0]+){0,3}?(?:to hospital|à l['’]hôpital|tués?|morts?(?![\p{L}])|décédé|décès|blessé|trouvé la mort|perdu la vie|killed|dead(?![\p{L}])|died|injured|wounded|hurt(?![\p{L}])|lost their lives)/u;
/** "killed two contract workers", "a tué deux ouvriers": the toll named by the verb before the number. */
const CASUALTY_BEFORE = /(?:killed|killing|kills|injured|injuring|wounded|wounding|tué|tuant|blessé|blessant)[\s\u00a0]+(?:(?:at least|au moins|some|quelque)[\s\u00a0]+)?$/u;
const DEATH_WORD = /(?:tué|morts?(?![\p{L}])|décès|décéd|killed|dead|died|deaths?|fatalit|perdu la vie|lost their lives)/u;
const INJURY_WORD = /(?:bless|injur|hurt|wounded|hospitalis|to hospital|à l['’]hôpital)/u;

/** The toll a verb right before the number names: "killed two workers" are deaths, "injured 12 people" injuries. */
function casualtyBefore(text: string, figure: Figure, sentence: Span): string {
  const before = text.slice(Math.max(sentence.start, figure.span.start - 30), figure.span.start).toLowerCase();
  return /(?:injur|wound|bless)[\p{L}]*[\s\u00a0]+(?:(?:at least|au moins|some|quelque)[\s\u00a0]+)?$/u.test(before) ? 'count-injured' : 'count-deaths';
}

/**
 * "Two miners were killed and nine injured", "deux morts et neuf blessés": the first casualty word after the
 * number says which toll it is; deaths and injuries are two facts, never one to compare.
 */
function casualtyClass(text: string, figure: Figure, sentence: Span): string {
  // "killing three workers and injuring 17 others": the words after a count describe it up to the next count only.
  const tail = text.slice(figure.span.end, Math.min(sentence.end, figure.span.end + 60)).toLowerCase();
  const nextCount = tail.search(NEXT_COUNT);
  const after = nextCount >= 0 ? tail.slice(0, nextCount) : tail;
  // "cinq personnes disparues", "five people still missing", "unaccounted for": the missing, before any toll word.
  if (MISSING_AFTER.test(after)) return 'count-of-missing';
  // "47 workers were trapped", "47 mineurs bloqués sous terre": the trapped, before any toll word.
  if (TRAPPED_AFTER.test(after)) return 'count-of-trapped';
  // "killing three workers and injuring 17 others", "blessant trois passants": a toll verb right before the number
  // governs it, whatever the rest of the clause goes on to count.
  const lead = text.slice(Math.max(sentence.start, figure.span.start - 30), figure.span.start).toLowerCase();
  if (CASUALTY_BEFORE.test(lead)) return casualtyBefore(text, figure, sentence);
  const death = after.search(DEATH_WORD);
  const injury = after.search(INJURY_WORD);
  if (death >= 0 && (injury < 0 || death < injury)) return 'count-deaths';
  if (injury >= 0) return 'count-injured';
  return 'count-casualties';
}

/** The next number of a clause, in digits or in words. */
const NEXT_COUNT = /\p{N}|(?<![\p{L}])(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douzaines?)(?![\p{L}])/u;

function isEventDay(figure: Figure, documentDay: string | null, body: boolean): boolean {
  if (figure.kind !== 'date' || figure.date === null) return false;
  if (figure.date.precision === 'day') return (body || figure.date.iso !== documentDay) && /\p{N}/u.test(figure.text);
  // "en mars 2024", "in March 2024": a month written with its year dates one event, unless it is the article's month.
  return figure.date.precision === 'month' && /\p{N}{4}/u.test(figure.text) && (documentDay === null || !documentDay.startsWith(figure.date.iso));
}

/** "Three people have suffered injuries", "deux morts": victims, not a workforce. */
const MISSING_AFTER = /^[\s\u00a0]*(?:[\p{L}'’-]+[\s\u00a0]+){0,3}?(?:disparu(?:e|s|es)?|portée?s? disparu|missing|unaccounted)(?![\p{L}])/u;
/** People trapped: within three words after the count ("47 workers were trapped", "57 mineurs bloqués"). */
const TRAPPED_AFTER = /^[\s\u00a0]*(?:[\p{L}'’-]+[\s\u00a0]+){0,3}?(?:trapped|bloqué(?:e|s|es)?|coincé(?:e|s|es)?|piégé(?:e|s|es)?|pris au piège)(?![\p{L}])/u;
const CASUALTIES = /(?:trapped|piégé|coincé|(?<![\p{L}])bloqués (?:sous|au fond|dans)|disparu|missing|unaccounted|bless|injur|hurt|tué|morts?(?![\p{L}])|décès|décéd|(?<![\p{L}])kill(?:ed|ing|s)?(?![\p{L}])|dead|died|deaths?|victim|hospitalis|perdu la vie|trouvé la mort|lost (?:their|his|her) li(?:ves|fe))/u;

const CONDITIONAL_LEAD = /(?:^|[^\p{L}])(?:if|si|once|unless|hinges? on|depends? on|conditional on|à condition que)(?![\p{L}])([^,.;]{0,60})$/u;
const THRESHOLD_WORDS = /(?:exceed|top(?![\p{L}])|tops|reach|pass(?:es)?(?![\p{L}])|surpass|dépass|franchi|atteign|atteindr|barre|seuil|threshold)/u;

/** A sum inside a condition, after a word of crossing ("if sales exceed $1bn"): the bar set, not a value reached. */
function isConditionThreshold(text: string, figure: Figure, sentence: Span): boolean {
  const lead = CONDITIONAL_LEAD.exec(text.slice(Math.max(sentence.start, figure.span.start - 80), figure.span.start).toLowerCase());
  return lead !== null && THRESHOLD_WORDS.test(`${lead[1] ?? ''} ${figure.text.toLowerCase()}`);
}

const ILLNESS = /(?:contamin|intoxi|infect|malades?(?![\p{L}])|tomb[ée]+s? malades?|sickened|fell ill|(?<![\p{L}])ill(?![\p{L}])|hospitali[sz]|épidémie|outbreak|épisode|foyer)/u;
const LEVEL_BEFORE = /(?:en[\s\u00a0]+dessous|au[\s\u00a0-]+dessous|au[\s\u00a0-]+dessus|(?<![\p{L}])(?:below|above))(?:[\s\u00a0]+(?:de|d['’]))?[\s\u00a0]+[^\s\u00a0]*\p{N}/u;
const STAFF_MOVE_AFTER = /^[^.;]*?(?:transfer|mutation|reclass|relocat|redeploy|redéploi|reassign|réaffect|early retirement|préretraite|départs? volontaires?|voluntary (?:redundanc|departure))/u;
const EMPLOYS = /(?:emploi|employ|salarié|effectif|staff|workforce|embauch|hire)/u;

/** The people a count names are patients when its own phrase speaks of illness and not of employment. */
function isIllnessCount(text: string, figure: Figure, sentence: Span): boolean {
  const lead = text.slice(Math.max(sentence.start, figure.span.start - 50), figure.span.start).toLowerCase();
  const after = text.slice(figure.span.end, Math.min(sentence.end, figure.span.end + 50)).toLowerCase();
  const phrase = `${afterLast(lead, ',;')} ${after.split(/[,;.]/u)[0] ?? ''}`;
  return ILLNESS.test(phrase) && !EMPLOYS.test(phrase);
}

const MARKET_SHARE_BEFORE = /(?:parts? de marché|market share|share of the (?:[\p{L}-]+[\s\u00a0]+){0,3}market)[^.;]{0,50}$/u;
const MARKET_SHARE_AFTER = /^[\s\u00a0]*(?:du|des|of the|of its)[\s\u00a0]+(?:[\p{L}-]+[\s\u00a0]+){0,3}?(?:marché|market)(?![\p{L}])/u;

const BARE_WEEKDAY = /^(?:(?:on|le|ce|this|last|next|dernier)[\s\u00a0]+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:[\s\u00a0]+(?:dernier|prochain|soir|matin))?$/iu;
const SAYING_BEFORE = /(?:annoncé|indiqué|déclaré|confirmé|précisé|affirmé|expliqué|fait savoir|dit|said|announced|told|confirmed|stated|reported|disclosed)[\s\u00a0]+(?:(?:on|ce|le)[\s\u00a0]+)?$/u;
const WORKFORCE_NOUN = /^[\s\u00a0]*(?:employees|employés|salariés|staff|workers|agents|collaborateurs)/u;
const COVER_BEFORE = /(?:cover|covers|covering|couvrir|couvrira|couvre|prendre en charge|prendra en charge|rembourser)[^.;\p{N}]{0,20}$/u;
const WHOLE_BEFORE = /(?:sur les|sur un total de|out of|of the|of its)[\s\u00a0]+(?:(?:quelque|some|about|environ)[\s\u00a0]+)?$/u;
const EACH_AFTER = /^[\s\u00a0]*(?:chacune?|each|apiece|par (?:éolienne|turbine|unité|réacteur))(?![\p{L}])/u;
const ON_SHIFT_AFTER = /^[^.;]{0,30}?(?:on (?:the )?(?:night |day |early |late |evening )?shift|on duty|on site at the time|at work at the time|working at the time|de service|de garde|en poste (?:au moment|cette nuit)|présents? (?:sur (?:le )?site|dans (?:le|l['’])[\p{L}]+|au moment))/u;
/** "Together they would have…", "the combined group will employ…", "à eux deux, ils…": the merged whole speaks. */
const COLLECTIVE_LEAD = /(?:^|[^\p{L}])(?:together(?:,)? (?:they|the two|both)|combined (?:group|company|entity|business)|the (?:enlarged|merged) group|le nouvel ensemble|l['’]ensemble combiné|à eux deux|ensemble, (?:les deux|ils))(?![\p{L}])[^.;]*$/u;
const COLLECTIVE_STOCKS = /^(?:headcount|revenue|profit|operating-profit|market-share|count-(?:stores|users|passengers|vehicles|countries))(?:\+|$)/u;
const ENTERPRISE_VALUE_BEFORE = /(?:enterprise value|valeur d['’]entreprise)[^.;\p{N}]{0,40}$/u;
const ENTERPRISE_VALUE_AFTER = /^[\s\u00a0]*(?:\([^)]{0,25}\)[\s\u00a0]*)?(?:including (?:net )?debt|with debt|y compris (?:la )?dette|dette (?:nette )?comprise|in enterprise value)/u;
const SINCE_EVENT_AFTER = /^[^.;\p{N}]{0,35}(?:since|depuis)[\s\u00a0]+(?:the|its|their|le|la|l['’]|les|son|sa|ses)/u;
const OVER_A_YEAR = /^[^.;\p{N}]{0,35}(?:over the (?:past|last) (?:12 months|twelve months|year)|in the (?:past|last) (?:12 months|year)|sur (?:un an|douze mois|12 mois|les (?:douze|12) derniers mois)|en un an|depuis un an)/u;
const PREMARKET = /^[^.;\p{N}]{0,12}(?:in )?(?:premarket|pre-market|early premarket|avant(?:-| )bourse|en préouverture)/u;
const PRICE_FOR_BEFORE = /(?:^|[\s\u00a0])(?:for|pour)[\s\u00a0]+(?:(?:about|some|around|environ|près de)[\s\u00a0]+)?$/u;
const PURCHASE = /(?:buy|acquir|acquisition|takeover|take over|purchase|offer|rachat|rachète|racheter|acquérir|acquiert|offre|reprise)/u;
const DEPTH_AFTER = /^[\s\u00a0]*(?:de fond|de profondeur|d['’]eau|of water|sous (?:la surface|l['’]eau|terre|le niveau de la mer)|deep(?![\p{L}])|below (?:the )?(?:surface|sea level|ground)|under ?water|beneath the)/u;
const DEPTH_BEFORE = /(?:profondeur|depth)(?: de| of)?[\s\u00a0]+(?:environ[\s\u00a0]+|about[\s\u00a0]+|some[\s\u00a0]+|près de[\s\u00a0]+|nearly[\s\u00a0]+)?$/u;
const HEIGHT_AFTER = /^[\s\u00a0]*(?:de haut(?:eur)?(?![\p{L}])|-?high(?![\p{L}])|-?tall(?![\p{L}])|in height)/u;
const HEIGHT_BEFORE = /(?:hauteur|height|haut de|culminant à|culmine à|rising)(?: de| of| to)?[\s\u00a0]+(?:environ[\s\u00a0]+|about[\s\u00a0]+|some[\s\u00a0]+|près de[\s\u00a0]+|nearly[\s\u00a0]+)?$/u;
/** "put the damage at", "puts the total cost at around": an estimate's verb and its object, right before the figure. */
/** "La participation, à 54,1 %", "une participation de 58,3 %": the word just before the figure. */
const PARTICIPATION_BEFORE = /participation[^.;]{0,25}$/u;
/** "se sont rendus aux urnes", "ont voté", "turned out", "cast a ballot": voters who voted. */
/** "of members who voted", "des adhérents ayant voté", "de ceux qui ont voté": the voters, not a turnout. */
const VOTERS_WHO_VOTED = /(?:who|that) (?:had )?voted|(?:qui ont|ayant) voté|(?:qui ont|ayant) vote(?![\p{L}])/u;
const VOTED = /(?:rendus? aux urnes|déplacé|deplace|ont voté|ont vote|votaient|turned out|cast (?:a |their )?ballots?|went to the polls|voted)/u;
/** Words of a vote: with them, "participation" is turnout. */
const ELECTION_WORDS = /(?:électeur|electeur|inscrits|votant|scrutin|premier tour|second tour|abstention|élection|election|suffrages|bureaux de vote|voters|polls|ballot)/u;
const PUT_AT_BEFORE = /(?:^|[^\p{L}])puts?[\s\u00a0]+(?:[\p{L}'’-]+[\s\u00a0]+){1,6}?at[\s\u00a0]+(?:(?:about|around|some|roughly|nearly|almost|more than|over|up to)[\s\u00a0]+)?$/u;
const COST_WORD = /(?:^|[^\p{L}])(?:cost|costs|bill|price tag)(?![\p{L}])/u;
/** Parts of a year, as written right before its digits ("fin", "the end of", "au printemps", "Q3"). */
const YEAR_PARTS: readonly RegExp[] = [
  /(?:^|[^\p{L}])(?:fin|fin d['’]année|end|the end|late|d['’]ici (?:à )?la fin|by the end|au plus tard fin)(?: de| of| d['’])?[\s\u00a0-]*$/u,
  /(?:^|[^\p{L}])(?:début|beginning|the beginning|early|the start|start)(?: de| of| d['’])?[\s\u00a0-]*$/u,
  /(?:^|[^\p{L}])(?:mi|mid|milieu|the middle)(?: de| of)?[\s\u00a0-]*$/u,
  /(?:premier semestre|first half|h1)(?: de| of)?[\s\u00a0]*$/u,
  /(?:second semestre|deuxième semestre|second half|h2)(?: de| of)?[\s\u00a0]*$/u,
  /(?:premier trimestre|first quarter|q1)(?: de| of)?[\s\u00a0]*$/u,
  /(?:deuxième trimestre|second trimestre|second quarter|q2)(?: de| of)?[\s\u00a0]*$/u,
  /(?:troisième trimestre|third quarter|q3)(?: de| of)?[\s\u00a0]*$/u,
  /(?:quatrième trimestre|dernier trimestre|fourth quarter|final quarter|q4)(?: de| of)?[\s\u00a0]*$/u,
  /(?:printemps|spring)(?: de| of)?[\s\u00a0]*$/u,
  /(?:(?:^|[^\p{L}])été|summer)(?: de| of)?[\s\u00a0]*$/u,
  /(?:automne|autumn|fall)(?: de| of)?[\s\u00a0]*$/u,
  /(?:hiver|winter)(?: de| of)?[\s\u00a0]*$/u,
];

/** Whether a part of the year is named right before a year's digits ("fin 2027", "the second half of 2026"). */
function namesPartOfYear(leadAndFigureLower: string): boolean {
  const digits = /\d{4}/u.exec(leadAndFigureLower);
  if (!digits) return false;
  const before = leadAndFigureLower.slice(0, digits.index);
  return YEAR_PARTS.some((pattern) => pattern.test(before));
}

const GIVE_BIRTH = /(?:donn\p{L}*|donner)[\s\u00a0]+naissance|(?:give|gives|gave|giving|given)[\s\u00a0]+birth[\s\u00a0]+to/u;
/** A verb of change, then "de"/"from" right before the first value of "from X to Y". */
const FROM_BEFORE = /(?:pass\p{L}*|port\p{L}*|all(?:er|ait|ant)|ira|grimp\p{L}*|mont\p{L}*|augment\p{L}*|baiss\p{L}*|chut\p{L}*|recul\p{L}*|tomb\p{L}*|rise[sn]?|rose|grow[sn]?|grew|grown|increas\p{L}*|climb\p{L}*|jump\p{L}*|fall(?:s|en)?|fell|drop\p{L}*|go(?:es)?|went|gone|mov\p{L}*|cut|raise[sd]?|expand\p{L}*|boost\p{L}*)[\s\u00a0]+(?:[\p{L}'’-]+[\s\u00a0]+){0,3}?(?:de|d['’]|from)[\s\u00a0]*(?:(?:about|around|some|environ|près de)[\s\u00a0]+)?$/u;
/** Nothing but "à"/"to" between the two values of "from X to Y". */
const TO_BETWEEN = /^[\s\u00a0]*(?:à|a|to)[\s\u00a0]+(?:(?:about|around|some|nearly|almost|more than|environ|près de|plus de)[\s\u00a0]+)?$/u;
const SNOW_AFTER = /^[\s\u00a0]*(?:de neige|of snow|of fresh snow|de poudreuse)/u;
// Not "culminé à 3,9 mètres au-dessus de son niveau": a river's peak is a level, not a height above the sea.
const ALTITUDE = /(?:altitude|au sommet|at the summit|above sea level|sommet à|summit of|s['’]étage)/u;
const CAPACITY_BEFORE = /(?:capacit[éy]|capacity)(?:[\s\u00a0]+[\p{L}'’]+){0,2}[\s\u00a0]+(?:de|d['’]|of|est fixée à|is set at)[\s\u00a0]+(?:(?:about|some|environ|près de)[\s\u00a0]+)?$/u;
const DECADE_AFTER = /^[^.;\p{N}]{0,30}(?:(?:au milieu|au début|à la fin|dans le courant) des années|in the (?:mid|early|late)[- ](?:\d{4}s|nineties|eighties)|dans les années)/u;
const REMAINING_AFTER = /^[\s\u00a0]*(?:left|remaining|to run|still to run|restants?|restantes?|à courir|à effectuer)(?![\p{L}])/u;
const ALL_COMPETITIONS = /(?:in all competitions|across all competitions|toutes compétitions(?: confondues)?|in all)(?![\p{L}])/u;
const LEAGUE = /(?:in the league|in (?:the )?(?:premier league|ligue 1|liga|serie a|bundesliga|championship)|league goals|en championnat|en ligue 1|en liga)/u;
const CAREER = /(?:across (?:\p{L}+ )?seasons|in (?:\p{N}+|\p{L}+) (?:games|matches|appearances|seasons)|en (?:\p{N}+|\p{L}+) (?:matchs|rencontres|saisons)|in his career|in her career|en carrière|over (?:\p{L}+ )?seasons)/u;

function goalScope(after: string): 'all-competitions' | 'league' | 'career' | null {
  const clause = after.split(/[,;.]/u)[0] ?? '';
  if (ALL_COMPETITIONS.test(clause)) return 'all-competitions';
  if (CAREER.test(clause)) return 'career';
  return LEAGUE.test(clause) ? 'league' : null;
}

/** "80 per cent cash and 20 per cent new Corvanta shares", "80 % en numéraire": how a price is paid, not a stake. */
function considerationMix(after: string): 'cash-portion' | 'share-portion' | null {
  if (CASH_AFTER.test(after)) return 'cash-portion';
  return SHARES_AFTER.test(after) ? 'share-portion' : null;
}
const CASH_AFTER = /^[\s\u00a0]*(?:(?:in|en|de|d['’])[\s\u00a0]*)?(?:cash|numéraire|espèces)(?![\p{L}])/iu;
const SHARES_AFTER = /^[\s\u00a0]*(?:(?:in|en)[\s\u00a0]+)?(?:(?:new|nouvelles)[\s\u00a0]+)?(?:\p{Lu}[\p{L}-]*[\s\u00a0]+)?(?:shares|stock|actions|titres)(?![\p{L}])/u;
const PREMIUM_ABOVE = /^[\s\u00a0]*(?:above|over|au-dessus d[eu]s?|au-dessus de la)[\s\u00a0]+(?:[\p{L}\p{N}'’-]+[\s\u00a0]+){0,4}?(?:price|close|closing|average|cours|moyenne|clôture)(?![\p{L}])/u;
const OFFER_WORD = /(?:offer|bid|proposal|approach|offre|proposition|opa(?![\p{L}]))/u;
// Up to the next percentage: "a premium of about 42%, and 51% above the 30-day average" gives the average to the 51%.
const AVERAGE_PRICE_AFTER = /^(?:(?!\p{N}+(?:[.,]\p{N}+)?[\s\u00a0]*(?:%|per cent|pc(?![\p{L}])|pour cent))[^.;]){0,40}?(?:average|moyenne|moyen(?![\p{L}])|vwap|volume-weighted|pondéré)/u;
/** "almost double their previous record, the £23.5 million paid for…", "son ancien record de": a record set before. */
const PREVIOUS_RECORD_BEFORE = /(?:previous|former|old|earlier|précédent|ancien)[\s\u00a0]+record(?:[\s\u00a0]+(?:fee|transfer|sale|signing|purchase|de transfert|d['’]achat))?(?:[\s\u00a0]+précédent)?[\s\u00a0]*(?:,|:|–|—|of|de|d['’]|was|était|stood at|s['’]élevait à)?[\s\u00a0]*(?:the|le|la|les|l['’])?[\s\u00a0]*$/u;
/** "the record of 5.1 metres", "le record de 5,1 m", "its 2019 record of": a record set before, not today's value. */
const RECORD_BEFORE = /(?:^|[\s\u00a0(])(?:the|its|le|du|au|son|l['’]ancien|le précédent|the previous|the old)[\s\u00a0]+(?:[\p{L}\p{N}-]+[\s\u00a0]+)?record[\s\u00a0]+(?:(?:high|absolu|historique)[\s\u00a0]+)?(?:of|de|d['’]|at|à)[\s\u00a0]*$/u;

function isMarketShare(sentenceLower: string, start: number, end: number): boolean {
  const lead = sentenceLower.slice(Math.max(0, start - 60), start);
  return MARKET_SHARE_AFTER.test(sentenceLower.slice(end, end + 50)) || MARKET_SHARE_BEFORE.test(afterLast(lead, ',;'));
}

/** Payments due only if something happens after a deal: earn-outs, milestones, contingent value rights. */
const CONTINGENT = /(?:compléments? de prix|certificats? de valeur conditionnelle|paiements? (?:d['’]étape|conditionnels?|différés?)|versements? (?:conditionnels?|différés?)|earn-?outs?|contingent (?:value rights?|payments?|consideration)|(?:^|[^\p{L}])cvrs?(?![\p{L}])|milestone payments?|milestones?)/u;
/** "$2.1bn plus milestone payments", "hors compléments de prix", "before any milestone payments": the price without them. */
const CONTINGENT_EXCLUDED = /(?:\+|hors|avant (?:tout|tous|les|d['’]éventuels)|before (?:any|the)|excluding|plus|not including|sans compter|en plus des?|au-delà d(?:u|es|e)|on top of)[\s\u00a0]+(?:[\p{L}'’-]+[\s\u00a0]+){0,2}$/u;
/** "deal worth up to $3bn including contingent payments": the whole price, contingent part included. */
const CONTINGENT_INCLUDED = /(?:including|includes|with|y compris|inclus|compris|avec)[\s\u00a0]+(?:[\p{L}'’-]+[\s\u00a0]+){0,2}$/u;
/** "$400m would be paid if", "500 millions si les ventes", "of which $500 million hinges on": a sum due on a condition. */
const CONDITION_AFTER = /^[\s\u00a0]*(?:(?:would|will|could|is to) be (?:paid|due|payable)[\s\u00a0]+)?(?:if|si|en cas d['’]|hinges? on|depends? on|conditional on|subject to|sous réserve|à condition|conditionnée?s? à|payable (?:if|on|upon)|upon|once)(?![\p{L}])/u;
/** How far before a sum's sentence an earn-out named earlier still explains its conditions ("The first $400m would be paid if…"). */
const CONTINGENT_CONTEXT_BEFORE = 300;

/**
 * A sum of a deal that is paid only if something happens: the earn-out's ceiling ("contingent value rights worth up
 * to $900m", "plus d'un milliard de dollars supplémentaires sous forme de compléments de prix") is its own fact; each
 * conditional instalment ("$400m if US regulators approve") ties by value only; the whole price "including contingent
 * payments" is the total. A sum the sentence sets apart from them ("before any milestone payments") keeps its attribute.
 * Undefined when the figure has nothing to do with one.
 */
function earnOutOf(text: string, figure: Figure, sentence: Span, attribute: string | null): string | null | undefined {
  const lower = text.slice(sentence.start, sentence.end).toLowerCase();
  const start = figure.span.start - sentence.start;
  const end = figure.span.end - sentence.start;
  const lead = lower.slice(Math.max(0, start - 80), start);
  const leadClause = afterLast(lead, ';:.');
  const after = lower.slice(end, Math.min(lower.length, end + 60)).split(/[;:.,]/u)[0] ?? '';
  const named = (stretch: string): 'excluded' | 'included' | 'named' | null => {
    const match = CONTINGENT.exec(stretch);
    if (!match) return null;
    const before = stretch.slice(0, match.index + Math.max(0, match[0].search(/\p{L}/u)));
    if (CONTINGENT_EXCLUDED.test(before)) return 'excluded';
    return CONTINGENT_INCLUDED.test(before) ? 'included' : 'named';
  };
  const inAfter = named(after);
  const inLead = named(leadClause);
  if (inAfter === 'excluded' || (inAfter === null && inLead === 'excluded')) return undefined;
  // "up to $6 a share", "jusqu'à 54 dollars par action avec le CVR": a price per share stays one, with its variant.
  const written = variantOf(lower, start, end, figure.kind);
  const variant = written?.startsWith('per-') ? `${VARIANT_SEPARATOR}${written}` : '';
  if (inAfter === 'included' || (inAfter === null && inLead === 'included')) return variant ? undefined : `${plainAttribute(attribute ?? 'investment')}${VARIANT_SEPARATOR}total`;
  const context = text.slice(Math.max(0, sentence.start - CONTINGENT_CONTEXT_BEFORE), sentence.end).toLowerCase();
  if (CONDITION_AFTER.test(after) && CONTINGENT.test(context) && !variant) return SAME_FIGURE;
  if (inAfter === 'named' || inLead === 'named') return `earn-out${variant}`;
  return undefined;
}

/** The figure's clause: from the last ";" or ":" before it to the next one after it, within the sentence. */
function clauseAround(text: string, figure: Figure, sentence: Span): string {
  const before = text.slice(sentence.start, figure.span.start);
  const after = text.slice(figure.span.end, sentence.end);
  const start = before.length - afterLast(before, ';:').length;
  const stop = after.search(/[;:]/u);
  return before.slice(start) + figure.text + (stop < 0 ? after : after.slice(0, stop));
}

function countedClass(text: string, figure: Figure, sentence: Span, sentenceLower: string): string | null {
  const after = text.slice(figure.span.end, Math.min(sentence.end, figure.span.end + 50)).toLowerCase().replace(/^[\s\u00a0\u202f]*(?:(?:de|d['’]|of|new|nouveaux|nouvelles|more|de plus|more than|already)[\s\u00a0]+)*/u, '');
  const closing = (): boolean => CLOSING_BEFORE.test(text.slice(Math.max(sentence.start, figure.span.start - 40), figure.span.start).toLowerCase());
  for (const { key, noun } of COUNTED_CLASSES) {
    if (!noun.test(after)) continue;
    // "environ 120 postes restent à pourvoir", "80 jobs remain unfilled": the vacancies, not the jobs created.
    if (key === 'count-jobs' && VACANT_AFTER.test(after)) return 'count-jobs-vacant';
    if (key === 'count-jobs') return CUTS.test(sentenceLower) || /^(?:suppressions|job cuts|layoffs)/u.test(after) ? 'job-cuts' : key;
    // "rappelle 212 000 véhicules" against "a livré 310 000 véhicules": a recall is not the fleet sold.
    if (key === 'count-vehicles' && RECALL.test(clauseAround(text, figure, sentence).toLowerCase())) return 'count-vehicles-recalled';
    // "ferme 47 magasins" against "un parc de 612 magasins": the stores a plan shuts are not the network.
    // "47 magasins fermés", "47 stores closed": the participle after the noun says the same.
    if (key === 'count-stores' && (closing() || STORE_CLOSED_AFTER.test(after))) return 'count-stores-closed';
    // "a inauguré 74 magasins", "90 nouveaux magasins" against "un parc de 1 846 magasins": openings are a year's flow.
    if (key === 'count-stores' && (NEW_AFTER.test(text.slice(figure.span.end, figure.span.end + 12).toLowerCase()) || OPENING_BEFORE.test(text.slice(Math.max(sentence.start, figure.span.start - 40), figure.span.start).toLowerCase()))) return 'count-stores-opened';
    return key;
  }
  // "will close 47 of its 612 stores", "fermera 47 de ses 612 magasins": the part shut is counted by the whole's noun.
  const whole = OF_ITS_WHOLE.exec(after);
  if (whole && STORE_NOUN.test(after.slice(whole[0].length)) && closing()) return 'count-stores-closed';
  return null;
}

const STORE_CLOSED_AFTER = /^[\p{L}'’ -]{1,25}?[\s\u00a0]+(?:fermés|fermées|closed|shut|shuttered|to close|to shut)(?![\p{L}])/u;
const OF_ITS_WHOLE = /^(?:(?:of|de)[\s\u00a0]+)?(?:its|their|the|ses|leurs|nos)[\s\u00a0]+[\p{N}][\p{N}\s\u00a0\u202f.,]*[\s\u00a0]+(?:\p{L}+[\s\u00a0]+)?/u;

/** "two people familiar with the matter", "des proches du dossier": sources, not a headcount. */
const SOURCES_AFTER = /^[\s\u00a0]*(?:\p{L}+\s+){0,1}(?:familiar|close to|briefed|with knowledge|proches|au fait|informées?)/iu;

function countsPeople(text: string, from: number, sentenceEnd: number): boolean {
  const after = text.slice(from, Math.min(sentenceEnd, from + 60));
  const noun = PEOPLE_NOUNS.exec(after);
  return noun !== null && !SOURCES_AFTER.test(after.slice(noun[0].length));
}

/** "Maëlle Tournier, 34, founded…": a bare number between commas right after a person's name is an age. */
function isAgeApposition(text: string, figure: Figure, names: readonly NameMention[], people: ReadonlySet<number>): boolean {
  if (figure.kind !== 'count' || figure.value === null || figure.value < 14 || figure.value > 110 || !Number.isInteger(figure.value)) return false;
  if (!/^[\s\u00a0]*,/u.test(text.slice(figure.span.end, figure.span.end + 3))) return false;
  const name = names.find((candidate) => /^,[\s\u00a0]*$/u.test(text.slice(candidate.span.end, figure.span.start)));
  return name !== undefined && people.has(name.mentionIndex);
}

/** "une quarantaine de personnes sur son site de Crolles", "at its Lyon plant": part of the company, not all of it. */
const SUBSET_AFTER = /^(?:[\s\u00a0]*(?:de |d['’])?(?:wind farm|solar farm|parc éolien|parc solaire|centrale|power plant|plant|usine|site|réacteur|reactor|mine)(?![\p{L}])|[^.;]{0,70}?(?:sur un (?:\p{L}+ ){0,3}total|out of (?:a|its) (?:\p{L}+ ){0,3}total|of (?:a|its) total)|[^.;]{0,40}?(?:sur (?:son|le|leur) site|dans (?:son|l['’]|leur) usine|dans (?:sa|leur) filiale|au siège|à son siège|at (?:its|the|their) (?:[\p{L}-]+ )?(?:plant|site|factory|headquarters|office|subsidiary|unit)))/iu;

/**
 * Where the clause holding a figure starts: "The plant normally builds 580 cars a day, and the company estimates that
 * about 14,000 cars…": a coordinated clause with a subject of its own is about that subject, not the sentence's part.
 */
function clauseStart(text: string, from: number, to: number): number {
  let start = from;
  for (const match of text.slice(from, to).matchAll(NEW_CLAUSE)) start = from + (match.index ?? 0) + match[0].length;
  return start;
}
const NEW_CLAUSE = /[,;][\s\u00a0]+(?:and|but|while|whereas|et|mais|tandis que|alors que)[\s\u00a0]+(?=(?:the|its|their|le|la|les|son|sa|ses|leur|leurs)[\s\u00a0]|l['’]|\p{Lu})/gu;

/** "L'usine de Grasse emploie 900 personnes", "Its Lyon plant employs 40 people": the sentence is about a part of the company. */
const SUBSET_SUBJECT = /^[\s«"“(]*(?:(?:(?:a|an|un|une) (?:new|nouvel|nouveau|nouvelle|second|seconde|deuxième)(?:[\s\u00a0]+[\p{L}-]+){0,3}[\s\u00a0]*,|another |un autre |une autre )|(?:l['’]|le |la |les |the |its |their |son |sa |ses |leur |leurs )(?:[\p{L}-]+\s+){0,2}?(?:usine|site|filiale|succursale|agence|entrepôt|établissement|magasin|boutique|antenne|unité|division|branche|pôle|plant|factory|subsidiary|branch|warehouse|store|outlet|unit|division|arm|segment)s?(?![\p{L}]))/iu;

/** "l'usine d'assemblage voisine, où travaillent 3 200 salariés", "the plant, which employs 700". */
const SUBSET_RELATIVE = /(?:usine|site|filiale|succursale|entrepôt|établissement|magasin|division|branche|pôle|bureau|plant|factory|subsidiary|branch|warehouse|store|division|unit|arm|segment|office|campus)s?(?:[\s\u00a0]+[\p{L}'’-]+){0,3}[\s\u00a0]*,?[\s\u00a0]+(?:où|qui|that|which|where)(?:[\s\u00a0]+[\p{L}'’-]+){0,3}[\s\u00a0]*$/iu;

/** "sur un effectif total de 14 500", "out of a total workforce of": the whole the figure is a part of. */
const OF_TOTAL_AFTER = /^[^.;]{0,70}?(?:sur un (?:\p{L}+ ){0,3}total|out of (?:a|its) (?:\p{L}+ ){0,3}total|of (?:a|its) total)/iu;

function isSubset(text: string, figure: Figure, sentence: Span, attribute: string | null): boolean {
  if (figure.kind !== 'count' && figure.kind !== 'money' && figure.kind !== 'quantity') return false;
  const after = text.slice(figure.span.end, Math.min(sentence.end, figure.span.end + 80));
  // "900 postes supprimés sur un effectif total de 14 500": cuts are always a part of the staff, and a fact of their own.
  const cutsOfStaff = attribute !== null && plainAttribute(attribute) === 'job-cuts' && OF_TOTAL_AFTER.test(after);
  return (
    (SUBSET_AFTER.test(after) && !cutsOfStaff) ||
    (SUBSET_SUBJECT.test(text.slice(sentence.start, figure.span.start)) && SUBSET_SUBJECT.test(text.slice(clauseStart(text, sentence.start, figure.span.start), figure.span.start))) ||
    SUBSET_RELATIVE.test(text.slice(Math.max(sentence.start, figure.span.start - 70), figure.span.start))
  );
}

/**
 * "7,1 milliards réalisés en Europe", "sales in China fell 9%", "L'Europe reste le
 * premier marché, avec 7,1 milliards": a figure for one place is part of the
 * company's total, never a rival figure for it.
 */
const FACILITY_BETWEEN = /(?:project|plant|factory|facility|mine|refinery|terminal|campus|stadium|smelter|gigafactory|usine|site|projet|raffinerie|mine|stade|campus)(?![\p{L}])/iu;
const VISIT_BEFORE = /(?:déplacement|visite|visiting|visit|trip|tour|speaking|s['’]exprimant|interview|meeting|réunion|rencontre)[\p{L}]*(?:[\s\u00a0]+[\p{L}'’]+){0,2}[\s\u00a0]+$/iu;
const SCOPE_PREPOSITION = /(?:^|[\s\u00a0(])(?:en|in|au|aux|dans|across|outside|hors)[\s\u00a0]+(?:l['’]|le[\s\u00a0]|la[\s\u00a0]|les[\s\u00a0]|the[\s\u00a0])?$/iu;

/** A comma-delimited stretch that opens a relative clause ("which sells abroad", "qui exporte à l'étranger"). */
const RELATIVE_OPENING = /^[\s\u00a0]*(?:which|who|whose|that|qui|dont|où|lequel|laquelle)(?![\p{L}])/iu;
/** "À l'international, les filiales ont généré 3,1 milliards", "Overseas sales rose to $2bn": the business abroad, a part. */
const ABROAD = /(?:^|[\s\u00a0(«"“])(?:l['’](?:international|étranger)|hors (?:de )?(?:france|l['’]hexagone)|abroad|overseas|internationally|international (?:sales|revenue|business|markets?))(?![\p{L}])/iu;

function isPlaceScoped(text: string, figure: Figure, sentence: Span, places: readonly Span[]): boolean {
  if (figure.kind !== 'money' && figure.kind !== 'count' && figure.kind !== 'percent') return false;
  const lead = text.slice(sentence.start, figure.span.start);
  // "The group, which sells much of its output abroad, reported revenue of €1.04bn": a relative clause describes the
  // actor, it does not scope the figure.
  if (afterLast(lead, ';').split(',').some((part) => ABROAD.test(part) && !RELATIVE_OPENING.test(part))) return true;
  for (const place of places) {
    if (place.end <= sentence.start || place.start >= sentence.end) continue;
    const lead = text.slice(Math.max(sentence.start, place.start - 12), place.start);
    if (place.start >= figure.span.end) {
      // After the figure, in its clause: "dont 7,1 milliards réalisés en Europe".
      const between = text.slice(figure.span.end, place.start);
      // Not past another number: "2 100 salariés dont 300 en France" scopes the 300 only.
      // "a C$900m vaccine plant in Sherbrooke": where a facility stands, not a part of a total.
      if (between.length <= 40 && !/[,;:.\p{N}]/u.test(between) && SCOPE_PREPOSITION.test(lead) && !FACILITY_BETWEEN.test(between)) return true;
    } else {
      // Before it: "En Europe, les ventes…"; or the place is what the sentence is about: "L'Europe reste le premier marché".
      const between = text.slice(place.end, figure.span.start);
      // "La ministre, en déplacement dans le Gers, a annoncé 210 millions": where someone spoke, not what the sum is for.
      const visit = VISIT_BEFORE.test(text.slice(Math.max(sentence.start, place.start - 40), place.start));
      if (between.length <= 60 && SCOPE_PREPOSITION.test(lead) && !/[;.]/u.test(between) && !visit) return true;
      const opening = text.slice(sentence.start, place.start);
      if (/^[\s«"“(]*(?:l['’]|le |la |les |the )?$/iu.test(opening) && /^[\s\u00a0]+\p{Ll}/u.test(text.slice(place.end, place.end + 3)) && between.length <= 90) return true;
    }
  }
  return false;
}

/** "Sur cette enveloppe, 64 millions iront aux écoles", "Of that sum, €38bn…": a part of a sum the sentence before gave. */
const PART_OF_PREVIOUS_OPENING = /^[\s«"“]*(?:sur|de|of|out of|from)[\s\u00a0]+(?:cette|ce|cet|this|that)[\s\u00a0]+(?:\p{L}+[\s\u00a0]+)?(?:enveloppe|montant|somme|total|budget|investissement|amount|sum|envelope|pot|investment|fund)[\s\u00a0]*,[^.;]*$/iu;
const PART_OF_OPENING = /^[\s«"“]*(?:of the|of its|out of the|of a|out of a|sur les|sur ses|sur un(?:e)?(?: \p{L}+){0,2} de|parmi les)[\s\u00a0]+$/iu;
/** "La sécurité a coûté à elle seule 3,1 millions", "Spending on performers alone came to €7.8m": one item of a whole. */
const ALONE_BEFORE = /(?:à (?:elle|lui) seule?|à (?:eux|elles) seule?s|(?<![\p{L}])alone)[^.;:,]{0,30}$/iu;

function isPart(text: string, figures: readonly Figure[], figureIndex: number, sentence: Span): boolean {
  const figure = figures[figureIndex];
  if (!figure) return false;
  if (ALONE_BEFORE.test(text.slice(Math.max(sentence.start, figure.span.start - 50), figure.span.start))) return true;
  if (PART_OF_PREVIOUS_OPENING.test(text.slice(sentence.start, figure.span.start))) return true;
  for (let i = figureIndex - 1; i >= 0; i--) {
    const before = figures[i];
    if (!before || before.span.start < sentence.start) return false;
    if (before.kind === figure.kind && PART_MARKERS.test(text.slice(before.span.end, figure.span.start))) return true;
    // "Of the €60bn it will invest, €38bn is earmarked for renewables", "Sur les 60 milliards, 38 iront…".
    if (before.kind === figure.kind && PART_OF_OPENING.test(text.slice(sentence.start, before.span.start)) && /,/u.test(text.slice(before.span.end, figure.span.start))) return true;
  }
  return false;
}

/** "sous la barre des 50 %", "the 50% threshold": a limit someone stays under, not a fact about them. */
const THRESHOLD_BEFORE = /(?:barre|seuil|plafond|plancher|threshold|mark|ceiling|limit)\s+(?:des?|du|de la|d['’]|of|the)?\s*$/iu;
// A whole word: "52 markets", "10 limited editions" name no threshold.
const THRESHOLD_AFTER = /^\s*(?:threshold|mark|ceiling|limit)(?![\p{L}])/iu;

/** "The fee beats the £45m Rovers paid for Okoro", "dépasse les 222 millions versés pour Neymar": the record compared with, another deal. */
const COMPARAND_BEFORE = /(?:beats?|beating|surpass(?:es|ing)?|tops?|eclipses?|exceeds?|dépass(?:e|ant)|bat|battant|pulvéris(?:e|ant)|effac(?:e|ant))[\s\u00a0]+(?:(?:comfortably|easily|largement|aisément)[\s\u00a0]+)?(?:the|les?|la|l['’])[\s\u00a0]*$/iu;

function isGeneric(text: string, figure: Figure): boolean {
  if (figure.value === null && VAGUE_OPENERS.test(figure.text)) return true;
  if (COMPARAND_BEFORE.test(text.slice(Math.max(0, figure.span.start - 40), figure.span.start))) return true;
  if (THRESHOLD_BEFORE.test(text.slice(Math.max(0, figure.span.start - 30), figure.span.start))) return true;
  // The hedge may be part of the figure: "sous la barre des 50 %".
  if (/(?:barre|seuil|plafond|plancher|threshold|ceiling)\s/iu.test(figure.text)) return true;
  if (THRESHOLD_AFTER.test(text.slice(figure.span.end, figure.span.end + 12))) return true;
  if (!INDEFINITE.test(figure.text)) return false;
  return GENERIC_BEFORE.test(text.slice(Math.max(0, figure.span.start - 40), figure.span.start));
}

function inside(blocks: readonly Span[], span: Span): boolean {
  return blocks.some((block) => block.start <= span.start && span.end <= block.end);
}

/** A verb of holding right before a count: "which holds", "can seat", "pouvant accueillir", "une jauge de". */
const HOLDING_BEFORE = /(?:^|[^\p{L}])(?:holds|hold|holding|seats|seat|seating|accommodates|accommodate|pouvant accueillir|peut accueillir|peuvent accueillir|accueillera|jauge de)[\s\u00a0\u202f]+(?:(?:up to|jusqu'à|jusqu’à|some|about|around|près de|environ|plus de|more than|nearly)[\s\u00a0\u202f]+)?$/u;
/** What a venue holds: people and their seats or beds ("holds 27,000 spectators"), not "will hold 12 hearings". */
const HELD_NOUNS = /(?:spectator|fan|supporter|people|person|seat|place|visitor|passenger|guest|bed|student|pupil|delegate)/u;
/** Keyed as the open noun "capacity" is, so "holds 27,000 spectators" meets "a 27,000 capacity". */
const CAPACITY_ATTRIBUTE = `${COUNTED_NOUN_PREFIX}~capacity`;

/**
 * A thing right after an age, ending its noun phrase: "The 16-year-old studio, co-founded by…", "a 130-year-old bridge
 * that…" (not "the 58-year-old contract farmer", "a 47-year-old former club executive": the noun goes on).
 */
const THING_AFTER_AGE = /^[\s\u00a0-]+(?:company|companies|firm|studio|business|group|brand|label|club|building|bridge|church|chapel|plant|factory|mill|festival|institution|museum|restaurant|shop|store|tradition|start-up|startup|charity|hotel|school|stadium|ground|arena|venue|stand|track|circuit|pier|dam|port|airport|station|theatre|theater|cinema|library|hospital|ship|vessel|aircraft|plane|car|law|rule|treaty|agreement|contract|network|line|tower|house|castle|cathedral|monument|tree|forest)s?(?=[\s\u00a0]*[,.;:)]|[\s\u00a0]+(?:that|which|in|on|at|of|has|had|is|was|and|with|whose|where|founded|built|based|now|still|said|would|will|could|can|may|might|must|should|opened|needs)(?![\p{L}]))/u;
/** A thing right before "vieux/vieille de N ans", "âgé de", "qui a N ans" said of it: "une entreprise vieille de 40 ans". */
const OPEN_AGE_QUALIFIERS: ReadonlySet<string> = new Set(['less-than', 'at-most', 'more-than', 'at-least']);
/** Who a bound on ages is for: "pour les moins de 26 ans", "children under 12", "residents aged over 65". */
const AGE_GROUP_BEFORE = /(?:(?:^|[\s\u00a0'’])(?:les|aux|des)|\b(?:the|children|kids|people|those|anyone|everyone|persons|pupils|students|adults|residents|patients|visitors|drivers|players|aged|for))[\s\u00a0]+$/u;
const THING_BEFORE_AGE = /(?:entreprise|société|usine|maison|marque|pont|église|bâtiment|immeuble|festival|club|studio|chapelle|château|arbre|tradition|institution|musée|hôtel|école|navire|bateau|stade|tribune|gare|aéroport|hôpital|théâtre|cinéma|bibliothèque|barrage|port)[\s\u00a0]+(?:vieux|vieille|vieilles|centenaire)?[\s\u00a0]*(?:de[\s\u00a0]+)?$/u;
