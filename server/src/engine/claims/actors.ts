import { SAME_FIGURE } from './attributes';
import type { EntityRegistry, EntityType, ResolvedEntity } from '../entities';
import type { ClaimCandidate, DocumentAnalysis, Span } from '../types';
import type { AttributeTable } from './attributes';

/** An entity mention resolved over the corpus, where it is written. */
interface Actor {
  readonly entity: ResolvedEntity;
  readonly span: Span;
}

/** Words that introduce a second party or a place of departure, not the subject: "avec Lucy Guo", "depuis le Centre spatial". */
const COMPANION = /(?:avec|with|et|and|aux côtés de|alongside|ainsi que|as well as|by|par|du|des|of|depuis|au départ de)\s+(?:\p{L}+\s+)?$/iu;

/** Between a figure and the name of whoever states or achieves it in the passive: "affichés par son concurrent", "reported by rival". */
const AGENT_AFTER = /^[\s\u00a0]*(?:[\p{Ll}-]+[\s\u00a0]+){1,2}(?:par|by)[\s\u00a0]+(?:(?:son|sa|ses|leur|its|their|the|le|la|l['’])[\s\u00a0]*)?(?:[\p{Ll}-]+[\s\u00a0]+){0,2}$/u;

/** A lead-in of attribution in the same clause before a name: that name is the source. */
const ATTRIBUTION_BEFORE = /(?:selon|d['’]après|cité(?:e)? par|rapporte|according to|reported by|citing|told)[^,.;:]{0,50}$/iu;

/** "BOSTON, Nov 16 (Meridian News) -", "(AFP) —": the agency credited in a dateline. */
function isOutletCredit(text: string, span: Span): boolean {
  return text.charAt(span.start - 1) === '(' && /^\)[\s\u00a0]*[-–—]/u.test(text.slice(span.end, span.end + 4));
}

/** A participle or preposition phrase opening a sentence, up to its comma. */
const FRONTED_PHRASE = /^[\s«"“]*(?:founded|fondée?s?|créée?s?|created|based|basée?s?|installée?s?|launched|lancée?s?|after|après|since|depuis|selon|according to|like|comme|unlike|contrairement|born|née?s?)[^,.;]{0,80},/iu;

/** How far back (UTF-16 code units) "le groupe" may refer to a name: about three paragraphs of news prose. */
const COREFERENCE_WINDOW = 1500;

/**
 * Entity ids of a sentence's actors, kept to the types the attribute is
 * about (organisations for a stake, people for an age): the CEO named in
 * passing is not a party to the deal. A fact about one actor (an age, a
 * revenue) takes the nearest one to the figure. A sentence that names no
 * actor of the right type ("Le groupe emploie 31 000 personnes") is about
 * the subject of the nearest earlier sentence that names one.
 */
/** The article's subject per wanted-type list, computed once per document pass (see documentTopic). */
export type TopicMemo = Map<string, { readonly entityId: string } | null>;

/** "SANTIAGO/LONDON, Oct 16, 2025 — …": an all-capitals name opening its line before a dash says where the reporter is. */
function isDateline(text: string, span: { readonly start: number; readonly end: number }): boolean {
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  // "MONTCLAIR, 14 nov 2025 (Agence Presse Régions) - …", "COLUMBUS, Ohio (HITW) — …": the agency in brackets too.
  const wire = WIRE_DATELINE.exec(text.slice(lineStart, lineStart + 120));
  if (wire && span.end <= lineStart + wire[0].length) return true;
  if (span.start - lineStart > 40) return false;
  const opening = text.slice(lineStart, span.end);
  // "TOULON, France —", "GATINEAU, Quebec —": the town in capitals may be followed by its country or state.
  if (!/^[\s\p{Lu}/.,'’-]*\p{Lu}{2}[\s\p{Lu}/.'’-]*(?:,[\s\u00a0]*[\p{L}.'’ -]{0,30})?$/u.test(opening)) return false;
  return /^[^.\n]{0,40}?(?:—|–|\s-\s)/u.test(text.slice(span.end, span.end + 45));
}

/** A wire dateline opening a line: a place in capitals, an optional region or date, an agency in brackets, a dash. */
const WIRE_DATELINE = /^[\s\u00a0]*\p{Lu}[\p{Lu}'’. -]{1,30}\p{Lu}(?:,[^—–()\n]{1,40})?[\s\u00a0]*\([^()\n]{1,60}\)[\s\u00a0]*[—–-]{1,2}[\s\u00a0]/u;

/**
 * "Le Quotidien de l'Éco — 5 mars 2026", "Northern Ledger | March 18, 2026": the masthead line under a headline names
 * the outlet, never what a figure is about.
 */
const MASTHEAD_LINE = /^[^\n.!?]{1,70}?[\s\u00a0]+[—–|·-][\s\u00a0]+[^\n]{0,40}?\b(?:19|20)\d\d\b[^\n]{0,30}$/u;

function isMasthead(text: string, span: { readonly start: number; readonly end: number }): boolean {
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  const lineEnd = text.indexOf('\n', span.end);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  // "L'Écho des Vallées" alone on its line: the paper a page opens with is who writes, not what the story is about.
  if (line.trim() === text.slice(span.start, span.end)) return true;
  if (line.length > 110 || !MASTHEAD_LINE.test(line)) return false;
  const dash = line.search(/[\s\u00a0][—–|·-][\s\u00a0]/u);
  return dash >= 0 && span.end - lineStart <= dash;
}

/**
 * "TECHWEEKLY DISPATCH" above "Inside Meta's $14.8 billion bet": a line in capitals is a masthead or a headline of its
 * own, never part of the sentence of a figure on another line, though no full stop ends it.
 */
function onOtherCapitalsLine(text: string, span: { readonly start: number; readonly end: number }, figureStart: number): boolean {
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  const lineEnd = text.indexOf('\n', span.end);
  const end = lineEnd < 0 ? text.length : lineEnd;
  if (figureStart >= lineStart && figureStart < end) return false;
  const words = text.slice(lineStart, end).split(/[\s\u00a0]+/u).filter((word) => /\p{L}{3}/u.test(word));
  const capitals = words.filter((word) => word === word.toUpperCase()).length;
  return capitals >= 2 && capitals >= 0.8 * words.length;
}

const POSSESSIVE_AFTER = /^['’]s?[\s\u00a0]/u;
const YEAR_OLD_NOUN = /year[\s\u00a0-]*old$/iu;
const INDEFINITE_BEFORE = /(?:^|[\s(,])an?[\s\u00a0]+$/iu;
const DEFINITE_BEFORE = /(?:^|[\s(])(?:the|this|that)[\s\u00a0]+$/iu;
/** "23-year-old Callum Reid", "the 31-year-old former captain Reid": at most two lower-case words between an age and its person. */
const PERSON_AFTER_AGE = /^[\s\u00a0]+(?:\p{Ll}[\p{Ll}'’-]*[\s\u00a0]+){0,2}$/u;

export function actorsOf(
  analysis: DocumentAnalysis,
  candidate: ClaimCandidate,
  attribute: string,
  attributes: AttributeTable,
  registry: EntityRegistry,
  topics: TopicMemo = new Map(),
): string[] {
  const doc = analysis.id;
  const figure = analysis.figures[candidate.figureIndex];
  if (!figure || candidate.collective) return [];
  const wanted = attributes.actorTypes(attribute);
  const single = attributes.isSingleSubject(attribute);
  const resolve = (index: number): Actor | null => {
    // Untyped names too: "other" is the last resort of an actor-less figure (see below).
    const entity = registry.resolveAny(doc, index);
    const mention = analysis.entities.mentions[index];
    if (!entity || !mention || mention.boilerplate || isOutletCredit(analysis.text, mention.span) || isDateline(analysis.text, mention.span) || isMasthead(analysis.text, mention.span) || onOtherCapitalsLine(analysis.text, mention.span, figure.span.start)) return null;
    return { entity, span: mention.span };
  };
  // "Selon l'AFP, le bénéfice…": the source a lead-in names is not what the figure is about (a name followed by "said" may be both).
  // An age is often given in apposition to the source itself ("Selon Claire Manson, la PDG, âgée de 49 ans").
  const aboutPeople = wanted.length === 1 && wanted[0] === 'person';
  const leadIn = !aboutPeople && candidate.attribution && candidate.attribution.span.start < candidate.attribution.span.end - 1 ? candidate.attribution.span : null;
  const outsideLeadIn = (actor: Actor): boolean =>
    !leadIn || actor.span.start <= leadIn.start || actor.span.end > leadIn.end || (actor.span.start === leadIn.start && actor.span.end === leadIn.end);
  // "près de 58 % des électeurs… place du Marché": a turnout is the election's, held in the place the story is about,
  // not whichever square or street its sentence names (attributes.ts aboutTopic).
  if (attributes.isAboutTopic(attribute)) {
    const topicId = memoTopic(topics, wanted.join(','), () => documentTopic(analysis, wanted, resolve)?.entity.id ?? null);
    if (topicId !== null) return [topicId];
  }
  const window = actorWindow(analysis, candidate, figure.span);
  const pool = (single ? candidate.sentenceMentions : candidate.actorMentions)
    .flatMap((index) => resolve(index) ?? [])
    .filter((actor) => actor.span.start >= window.start && actor.span.end <= window.end && outsideLeadIn(actor));
  let chosen = pool.filter((actor) => wanted.includes(actor.entity.type));
  // A place named beside an organisation or a product is where things happen ("entre la gare de Lussac et le campus"), not whom they are about.
  if (chosen.some((actor) => actor.entity.type !== 'place')) chosen = chosen.filter((actor) => actor.entity.type !== 'place');
  // "making the 26-year-old the most expensive signing": an age used as a noun stands for the person named before,
  // not for an untyped name beside it.
  const ageAsNoun = aboutPeople && YEAR_OLD_NOUN.test(figure.text) && DEFINITE_BEFORE.test(analysis.text.slice(Math.max(0, figure.span.start - 6), figure.span.start));
  if (chosen.length === 0 && !ageAsNoun) chosen = pool.filter((actor) => actor.entity.type === 'other');
  // "The second victim, a 29-year-old agency worker": an age with an indefinite article and no person in its sentence
  // introduces someone new, not the person named before.
  if (chosen.length === 0 && aboutPeople && YEAR_OLD_NOUN.test(figure.text) && INDEFINITE_BEFORE.test(analysis.text.slice(Math.max(0, figure.span.start - 4), figure.span.start))) return [];
  if (single && chosen.length > 0) {
    // The nearest actor before the figure; else one right after it ("À 52 ans, Hélène Marchetti…"),
    // but not a companion ("…à 19 ans, avec Lucy Guo"): then the previous sentence's subject.
    const before = chosen.filter((actor) => actor.span.end <= figure.span.start);
    // "14,200 hectares in France's Var département": a possessor right before another actor contains it, the other is the subject.
    const possessorOfNext = (actor: Actor): boolean =>
      POSSESSIVE_AFTER.test(analysis.text.slice(actor.span.end, actor.span.end + 3)) && chosen.some((other) => other.span.start > actor.span.end && other.span.start <= actor.span.end + 3);
    const after = chosen.find(
      (actor) =>
        actor.span.start >= figure.span.end &&
        !possessorOfNext(actor) &&
        actor.span.start - figure.span.end <= 40 &&
        !COMPANION.test(analysis.text.slice(Math.max(figure.span.end, actor.span.start - 14), actor.span.start)),
    );
    // "loin des 11,2 % affichés par son concurrent allemand Dornach", "the 11.2% reported by rival Dornach": the agent owns the figure.
    const agent = chosen.find((actor) => actor.span.start >= figure.span.end && AGENT_AFTER.test(analysis.text.slice(figure.span.end, actor.span.start)));
    // "signing 23-year-old Callum Reid" after McAllan was named: an age written as an adjective describes the name it precedes.
    const described = YEAR_OLD_NOUN.test(figure.text) ? chosen.find((actor) => actor.span.start >= figure.span.end && PERSON_AFTER_AGE.test(analysis.text.slice(figure.span.end, actor.span.start))) : undefined;
    const subject = described ?? agent ?? before[before.length - 1] ?? after;
    chosen = subject ? [subject] : [];
  }
  if (chosen.length === 0 && single) {
    // "Orvane posted revenue of €410 million last year, up from €380 million": the same subject as the value before.
    const earlier = candidate.sentenceMentions
      .flatMap((index) => resolve(index) ?? [])
      .filter((actor) => actor.span.end <= window.start && wanted.includes(actor.entity.type));
    const nearest = earlier[earlier.length - 1];
    if (nearest) chosen = [nearest];
  }
  if (chosen.length === 0 && wanted[0] === 'event') {
    // "Insurers put losses at C$640m": a disaster's figures with no name beside them are the story's disaster's, not
    // whichever town or province the previous sentence named.
    const topicId = memoTopic(topics, 'event', () => {
      // A story names its disaster once as often as twice: the one event the article names, or its most named one.
      const events = new Set(analysis.entities.mentions.flatMap((_, index) => {
        const actor = resolve(index);
        return actor && actor.entity.type === 'event' ? [actor.entity.id] : [];
      }));
      return events.size === 1 ? [...events][0]! : (documentTopic(analysis, ['event'], resolve)?.entity.id ?? null);
    });
    if (topicId !== null) return [topicId];
  }
  // A value nothing names ties by value, not by who is about: the previous sentence's person ("…, lance Sandrine
  // Mougel. L'usine emploie quelque 1 850 salariés") would only keep it from the named claim holding that value.
  if (chosen.length === 0 && attribute === SAME_FIGURE) return [];
  if (chosen.length === 0) {
    const previous = previousActor(analysis, candidate.sentence.start, wanted, resolve, new Set());
    if (previous) chosen = [previous];
    // "Net profit fell to 4.8 billion euros." far from any name: a company's figures are the article's subject's.
    else if (wanted.includes('organization')) {
      const topicId = memoTopic(topics, wanted.join(','), () => documentTopic(analysis, wanted, resolve)?.entity.id ?? null);
      if (topicId !== null) return [topicId];
    }
  } else if (!single && chosen.length === 1) {
    // "Verrane débourse 1,2 milliard pour prendre 60 % de l'entreprise": the other party is the one the previous sentences named.
    const anaphor = definiteAnaphor(analysis.text, window, analysis.entities.mentions);
    const named = chosen[0];
    if (anaphor && named) {
      const previous = previousActor(analysis, candidate.sentence.start, wanted, resolve, new Set([named.entity.id]));
      if (previous) chosen = anaphor.start < named.span.start ? [previous, named] : [named, previous];
    }
  }
  return [...new Set(chosen.map((actor) => actor.entity.id))];
}

/** A document's topic entity for one key, computed once per document pass. */
function memoTopic(topics: TopicMemo, key: string, compute: () => string | null): string | null {
  if (!topics.has(key)) {
    const entityId = compute();
    topics.set(key, entityId !== null ? { entityId } : null);
  }
  return topics.get(key)?.entityId ?? null;
}

/**
 * "l'entreprise", "la société", "the company", "the Danish group": a noun phrase
 * standing for an organisation named before. Not when a name follows it in
 * apposition ("le groupe Verrane", "la société américaine Meta").
 */
const DEFINITE_ANAPHOR =
  /(?:^|[^\p{L}])(?:l['’](?:entreprise|enseigne|éditeur|équipementier)|(?:la|cette) (?:société|start-?up|firme|jeune pousse|marque|cible)|(?:le|ce) (?:groupe|fabricant|constructeur|distributeur|laboratoire|club|spécialiste)|the (?:[\p{Ll}-]+ )?(?:company|firm|group|start-?up|business|maker|manufacturer|retailer|carmaker|lab|club|brand|target|outfit))(?![\p{L}])/giu;

function definiteAnaphor(text: string, window: Span, mentions: readonly { readonly span: Span; readonly type: EntityType }[]): Span | null {
  DEFINITE_ANAPHOR.lastIndex = 0;
  const slice = text.slice(window.start, window.end);
  for (let match = DEFINITE_ANAPHOR.exec(slice); match; match = DEFINITE_ANAPHOR.exec(slice)) {
    const lead = /^[^\p{L}]?/u.exec(match[0])?.[0].length ?? 0;
    const start = window.start + match.index + lead;
    const end = window.start + match.index + match[0].length;
    // Part of a recognised name ("The Boring Company") is not an anaphor.
    if (mentions.some((mention) => mention.span.start < end && mention.span.end > start)) continue;
    // "le groupe Verrane", "la société américaine Meta" name it; "le groupe de Seattle" only says where it is.
    const next = mentions.find((mention) => mention.span.start >= end && mention.span.start - end <= 24);
    const between = next ? text.slice(end, next.span.start) : '';
    const apposition = next !== undefined && next.type !== 'place' && /^[\s\u00a0]+(?:\p{Ll}+[\s\u00a0]+)?$/u.test(between);
    if (!apposition) return { start, end };
  }
  return null;
}

/**
 * Where a figure's actors are named. When a sentence states the same kind
 * of fact twice ("Marchetti détient 38 % et Paul Vasseur 12 %"), each
 * figure only looks back to the one before it, and forward only when it
 * is the last one.
 */
function actorWindow(analysis: DocumentAnalysis, candidate: ClaimCandidate, span: Span): Span {
  let start = candidate.sentence.start;
  let end = candidate.sentence.end;
  for (const other of analysis.candidates) {
    if (other === candidate || other.sentence.start !== candidate.sentence.start || other.attribute !== candidate.attribute) continue;
    const otherSpan = analysis.figures[other.figureIndex]?.span;
    if (!otherSpan) continue;
    if (otherSpan.end <= span.start) start = Math.max(start, ownSource(analysis, otherSpan.end, span.start));
    else if (otherSpan.start >= span.end) end = Math.min(end, ownSource(analysis, span.end, otherSpan.start));
  }
  return { start, end };
}

/** "a C$150m loan from Investissement Québec and a C$95m contribution from…": the name right after a figure is that figure's. */
const SOURCE_AFTER = /^[^,;.\p{N}]{0,30}?[\s\u00a0](?:from|by|de la part d['’]?(?:e|u)?|par|auprès d['’]?(?:e|u)?)[\s\u00a0]+(?:(?:the|le|la|les|l['’])[\s\u00a0]*)?(?:[\p{Ll}-]+[\s\u00a0]+){0,2}$/u;

/** "620 millions d'euros de l'État, 310 millions d'euros de la région": in French a list of sums names each giver right after it. */
const SOURCE_RIGHT_AFTER = /^[\s\u00a0]+(?:de[\s\u00a0]+(?:la[\s\u00a0]+|l['’])|du[\s\u00a0]+|des[\s\u00a0]+|d['’])$/u;

/** Where the next figure's window starts: past the name a "from"/"par" phrase gives the previous figure, if any. */
function ownSource(analysis: DocumentAnalysis, previousEnd: number, nextStart: number): number {
  // Mentions are in text order: the first one at or after the previous figure decides.
  for (const mention of analysis.entities.mentions) {
    if (mention.span.start < previousEnd) continue;
    if (mention.span.end > nextStart) return previousEnd;
    const between = analysis.text.slice(previousEnd, mention.span.start);
    return SOURCE_AFTER.test(between) || SOURCE_RIGHT_AFTER.test(between) ? mention.span.end : previousEnd;
  }
  return previousEnd;
}

/**
 * Who "le groupe" or "cette ancienne pharmacienne" is: the first entity of
 * a wanted type in the nearest earlier sentence that names one, within a
 * few paragraphs. The first-named entity of a sentence is usually its
 * subject, which the next sentence keeps talking about.
 */
function previousActor(
  analysis: DocumentAnalysis,
  before: number,
  wanted: readonly EntityType[],
  resolve: (index: number) => Actor | null,
  excluded: ReadonlySet<string>,
): Actor | null {
  const mentions = analysis.entities.mentions;
  const sentences = analysis.paragraphs.flatMap((paragraph) => paragraph.sentences).filter((sentence) => sentence.end <= before);
  let mentionIndex = mentions.length - 1;
  for (let s = sentences.length - 1; s >= 0; s--) {
    const sentence = sentences[s];
    if (!sentence || before - sentence.end > COREFERENCE_WINDOW) break;
    while (mentionIndex >= 0 && (mentions[mentionIndex]?.span.start ?? 0) >= sentence.end) mentionIndex--;
    let first: Actor | null = null;
    // "Founded in 2011 by two MIT scientists, Nuvexa has…": the subject comes after the fronted phrase.
    const fronted = FRONTED_PHRASE.exec(analysis.text.slice(sentence.start, sentence.end));
    const subjectFrom = fronted ? sentence.start + fronted[0].length : sentence.start;
    let fallback: Actor | null = null;
    let placeOnly: Actor | null = null;
    for (let i = mentionIndex; i >= 0 && (mentions[i]?.span.start ?? -1) >= sentence.start; i--) {
      const actor = resolve(i);
      if (!actor || !wanted.includes(actor.entity.type) || excluded.has(actor.entity.id)) continue;
      // "…, selon la revue Fortunes du Sud": the source of the previous sentence is not what it was about.
      if (ATTRIBUTION_BEFORE.test(analysis.text.slice(Math.max(sentence.start, actor.span.start - 60), actor.span.start))) continue;
      // Iterating backwards, the last assignment is the first-named; a place only when the sentence names nothing else.
      if (actor.entity.type === 'place') placeOnly = actor;
      else if (actor.span.start >= subjectFrom) first = actor;
      else fallback = actor;
    }
    if (first ?? fallback ?? placeOnly) return first ?? fallback ?? placeOnly;
  }
  return null;
}

/** Fewest mentions for an entity to count as what the whole article is about. */
const TOPIC_MIN_MENTIONS = 2;

/**
 * The organisation (or other wanted actor) an article is about: the one it names
 * most often, the earliest on a tie. Used only when neither the sentence nor the
 * sentences before it name an actor, as a reader would assume; places count only
 * when a place is all that is wanted (a turnout's town), not beside organisations.
 */
function documentTopic(analysis: DocumentAnalysis, wanted: readonly EntityType[], resolve: (index: number) => Actor | null): Actor | null {
  const counts = new Map<string, { count: number; first: Actor }>();
  analysis.entities.mentions.forEach((_, index) => {
    const actor = resolve(index);
    if (!actor || !wanted.includes(actor.entity.type) || (actor.entity.type === 'place' && wanted.some((type) => type !== 'place'))) return;
    const entry = counts.get(actor.entity.id);
    if (entry) entry.count++;
    else counts.set(actor.entity.id, { count: 1, first: actor });
  });
  let best: { count: number; first: Actor } | null = null;
  for (const entry of counts.values()) {
    if (!best || entry.count > best.count || (entry.count === best.count && entry.first.span.start < best.first.span.start)) best = entry;
  }
  return best && best.count >= TOPIC_MIN_MENTIONS ? best.first : null;
}
