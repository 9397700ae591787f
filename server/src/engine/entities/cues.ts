/**
 * Typing one candidate from the words around it, the way a careful reader does: honorifics and roles
 * ("M.", "le PDG Mark Zuckerberg", "Angelo Zino, analyste"), objects of roles ("le PDG de Meta",
 * "cofondateur de SSI"), context nouns ("la société X", "le modèle X"), suffixes ("Scale AI",
 * "Thinking Machines Lab"), version numbers ("Llama 4"), known names and given names.
 */
import { foldKey } from './fold';
import { isGivenWord, isLeague, knownEntry, knownInCapitals } from './gazetteer';
import {
  AMBIGUOUS_GIVEN,
  LEADER_CONTEXT,
  SHARED_ROLES,
  RESULT_VERBS,
  COMPANY_KINDS,
  BYLINE_WORDS,
  LEFT_FROM,
  MEDIA_VERBS,
  ROLE_MODIFIER_WORDS,
  BUSINESS_NOUNS,
  APPOSITION_SKIP,
  CLUB_HEADS,
  COMMON_ACRONYMS,
  COMPANY_OWNED,
  COMPANY_VERBS,
  CONTEXT_ADJECTIVES,
  CREDIT_WORDS,
  EVENT_CONTEXT,
  FOREIGN_PARTICLES,
  EVENT_HEADS_FIRST,
  EVENT_HEADS_LAST,
  GEO_MODIFIERS,
  isCompoundDescriptor,
  isDemonym,
  LINK_WORDS,
  NAME_PARTICLES,
  LOWER_EPONYM_HEADS,
  PLACE_TAIL_WORDS,
  LISTED_TAILS,
  LISTING_WORDS,
  NATIONALITY_NOUNS,
  ORG_CONTEXT,
  ORG_HEADS,
  SHIP_PREFIXES,
  ORG_SUFFIXES,
  ORG_VERBS,
  PLACE_CONTEXT,
  PLACE_HEADS_BEFORE,
  PLACE_HEADS_LOWER,
  PLACE_PREPOSITIONS,
  PLACE_ROLES,
  PLACE_WORDS,
  PRODUCT_CONTEXT,
  VEHICLE_NOUNS,
  PRODUCT_HEADS_LAST,
  MODEL_MAKERS,
  PLACE_OPENERS,
  LEGAL_FORMS,
  MAKER_ARMS,
  REGIONAL_DEMONYM,
  REPORT_VERBS,
  REPORTED_FIGURES,
  RELATION_WORDS,
  ROLES,
  ROLES_AFTER_NAME,
  SEAT_HEADS,
  SEAT_MODIFIERS,
  ROLE_MODIFIERS,
  SPEECH_VERBS,
  STATE_NOUNS,
  STATE_OFFICES,
  STOP,
  TIME_WORDS,
  MINISTER_WORDS,
  NAMING_WORDS,
  QUANTITY_OPENERS,
} from './lexicon';
import { COMPASS, isDrugName, keyOf, raceHead, tradeHead, YEAR_EVENT_HEADS, type Run } from './runs';
import type { Token } from './tokens';
import type { Cue, EntityType } from './types';

/** Verbs right after a name that only a body does: being listed, employing people. */
const COMPANY_VERBS_AFTER: ReadonlySet<string> = new Set(['employs', 'employed', 'emploie', 'employait', 'emploiera', 'listed']);

/** "compte 140 salariés": a number, then employees, right after "compte". */
function employeesAhead(tokens: readonly Token[], k: number): boolean {
  const count = tokens[k];
  const noun = tokens[k + 1];
  return count !== undefined && count.number && noun !== undefined && /^(?:salari|employ|collaborat|agents)/u.test(noun.word);
}

/** Adjectives that open a sentence before a role ("Local councillor X", "Senior minister Y"): no organisation's name. */
const ROLE_ADJECTIVES: ReadonlySet<string> = new Set(['local', 'former', 'senior', 'junior', 'deputy', 'acting', 'interim', 'veteran', 'longtime', 'independent', 'regional', 'national', 'federal', 'provincial', 'municipal', 'ancien', 'ancienne', 'nouveau', 'nouvelle', 'actuel', 'actuelle']);

export type Scores = Record<EntityType, number>;

export function emptyScores(): Scores {
  return { person: 0, organization: 0, place: 0, product: 0, event: 0, other: 0 };
}

export interface Typing {
  readonly scores: Scores;
  readonly cues: Set<Cue>;
}

const ELIDED_WORD: Record<string, string> = { d: 'de', l: 'le', qu: 'que', s: 'se', n: 'ne', j: 'je', m: 'me', t: 'te', c: 'ce' };

/** Words before token `from`, nearest first, up to `max`, not across punctuation; elisions become words. */
export function wordsBefore(tokens: readonly Token[], from: number, max: number): string[] {
  const words: string[] = [];
  let x = from;
  const first = tokens[from];
  if (first?.elision) words.push(ELIDED_WORD[first.elision] ?? first.elision);
  while (words.length < max && x > 0 && tokens[x]!.gap === '') {
    x--;
    const t = tokens[x]!;
    words.push(t.word);
    if (t.elision) words.push(ELIDED_WORD[t.elision] ?? t.elision);
  }
  return words;
}

const MAKER_VERBS = new Set(['assembled', 'designed', 'supplied', 'assemble', 'assemblee', 'concu', 'concue', 'made', 'built', 'produced', 'developed', 'owned', 'operated', 'manufactured', 'acquired', 'bought', 'fabrique', 'fabriquee', 'produit', 'produite', 'developpe', 'developpee', 'detenu', 'detenue', 'exploite', 'exploitee', 'rachete', 'rachetee', 'commercialise', 'commercialisee']);
const FOUNDED = new Set(['fonde', 'fondee', 'fondes', 'fondees', 'cofonde', 'cofondee', 'cree', 'creee', 'crees', 'creees', 'founded', 'cofounded', 'co-founded', 'established', 'incorporated']);
/** Fields of a centre that is a body: "Cancer Center", "Cyber Security Centre", "Law Center". */
const CENTRE_OF_STUDY = new Set(['research', 'cancer', 'medical', 'hurricane', 'operations', 'security', 'oceanography', 'law', 'health', 'policy', 'science', 'sciences', 'studies', 'climate', 'weather', 'prediction', 'forecasting', 'innovation', 'training', 'rescue', 'coordination', 'emergency', 'intelligence', 'disease', 'trauma', 'poison', 'monitoring', 'analysis', 'control']);
/** Uses of a centre that is a building: "Civic Centre", "Conference Center", "Leisure Centre". */
const VENUE_CENTRE = new Set(['civic', 'entertainment', 'leisure', 'sports', 'sport', 'conference', 'convention', 'community', 'shopping', 'exhibition', 'arts', 'aquatic', 'visitor', 'visitors', 'events', 'performing', 'trade', 'garden', 'heritage', 'tennis', 'fitness', 'aquatics']);
/** "Cardiologs, rachetée par Philips", "Fenwick, acquired by Castrell": what is bought by someone is a company. */
const ACQUIRED = new Set(['rachete', 'rachetee', 'rachetes', 'rachetees', 'absorbe', 'absorbee', 'acquired', 'bought', 'purchased']);
const INTERVIEWED = new Set(['interroge', 'interrogee', 'interroges', 'interrogees', 'cite', 'citee', 'cites', 'citees', 'contacte', 'contactee', 'sollicite', 'sollicitee', 'interviewe', 'interviewee', 'consulte']);
const ADJECTIVAL_ROLES = new Set(['pilote', 'general', 'generale', 'associe', 'associee', 'responsable', 'militant', 'militante']);
const DETERMINERS = new Set(['le', 'la', 'l', 'les', 'un', 'une', 'son', 'sa', 'ses', 'leur', 'notre', 'ce', 'cet', 'cette', 'the', 'a', 'an', 'its', 'his', 'her', 'their']);
const COMPLEMENT = new Set(['de', 'du', 'des', 'of', 'at', 'chez', 'for']);
const ADJECTIVE_END = /(?:ain|aine|ais|aise|ois|oise|ien|ienne|ique|al|ale|el|elle|if|ive|eux|euse|ant|ante|ent|ente|iste|ese|an|ane|on|onne|and|ande|ard|arde|ish|ic|ical|ian|ed)s?$/u;

/** "l'ile-rousse", "pont-aven": a hyphenated word, maybe after its article, whose first part is a place word. */
/** Place words that are also common surnames. */
const SURNAME_PLACE_WORDS: ReadonlySet<string> = new Set(['lane', 'park', 'hill', 'bridge', 'street', 'field']);
/** What a street or a sports ground is called by, last: "Golden Gate Avenue", "Tim Hortons Field", "James Street North". */
const STREET_HEADS: ReadonlySet<string> = new Set(['street', 'avenue', 'road', 'boulevard', 'lane', 'drive', 'square', 'field', 'stadium', 'arena']);
/** A street's quarter after its name: "James Street North". */
const STREET_COMPASS: ReadonlySet<string> = new Set(['north', 'south', 'east', 'west']);

function compoundPlace(word: string): boolean {
  const bare = word.startsWith("l'") ? word.slice(2) : word;
  const dash = bare.indexOf('-');
  // "Upton-upon-Severn", "Stoke-on-Trent", "Boulogne-sur-Mer", "Châlons-en-Champagne": a town and what it stands on or in.
  return (dash > 1 && dash < bare.length - 2 && PLACE_WORDS.has(bare.slice(0, dash))) || /^\p{L}{3,}-(?:upon|on|sur|sous|en|les)-\p{L}{3,}/u.test(bare);
}

/** A capitalised organisation head inside the run, right before "of"/"de"/"du"/"des" and more of the name. */
function headBeforeOf(tokens: readonly Token[], run: Run): boolean {
  for (let k = run.from + 1; k < run.to - 2; k++) {
    const head = tokens[k]!;
    const of = tokens[k + 1]!;
    if (head.cap && ORG_HEADS.has(head.word) && of.lower && (of.word === 'of' || of.word === 'de' || of.word === 'du' || of.word === 'des')) return true;
  }
  return false;
}

/** A context noun up to three words back, across adjectives and "de X" complements. */
function contextBefore(before: readonly string[], set: ReadonlySet<string>): boolean {
  if (before.length === 0 || COMPLEMENT.has(before[0]!)) return false;
  for (let p = 0; p < Math.min(4, before.length); p++) {
    const word = before[p]!;
    if (set.has(word)) return true;
    const afterLink = p + 1 < before.length && LINK_WORDS.has(before[p + 1]!);
    // "le groupe belge Solvane", "the Saudi side X": a nationality between the context noun and the name.
    // A word of three letters is no adjective by its ending: "The team won the X" ("won" is no "breton").
    if (!CONTEXT_ADJECTIVES.has(word) && !LINK_WORDS.has(word) && !(word.length > 3 && ADJECTIVE_END.test(word)) && !afterLink && !isDemonym(word)) return false;
  }
  return false;
}

/**
 * Head word of an apposition after the name: "X, l'ancien PDG de Y" → "pdg". Not when a name follows the
 * head ("France Inter, la ministre Clara Duvernoy": the role is Clara Duvernoy's).
 */
function appositionAfter(tokens: readonly Token[], to: number): string | null {
  const t = tokens[to];
  // A closing quote may come before the comma: '"…competitive with Leqembi", the Eisai drug'.
  if (!t || !(t.gap.startsWith(',') || t.gap.startsWith('(') || /^["”»’]\s*,/u.test(t.gap))) return null;
  // The head may follow an article and a modifier or two: "X, the electric-truck maker"; not "X, les modèles…".
  // One modifier may be a name, the maker's: "X, the Eisai drug", "X, a Renault hatchback".
  let article = false;
  let modifiers = 0;
  let named = false;
  for (let k = to; k < Math.min(tokens.length, to + 5); k++) {
    const c = tokens[k]!;
    const maker = article && !named && c.cap && !c.allCaps && k > to && c.gap === '' && tokens[k + 1]?.gap === '' && tokens[k + 1]!.lower === true;
    if (maker) named = true;
    // "Veltrima, a GLP-1 drug": a modifier may be a code with digits.
    const coded = article && k > to && c.digits && /\p{L}/u.test(c.text);
    if ((k > to && c.gap !== '') || !(c.lower || maker || coded || isCompoundDescriptor(c.text) || isDemonym(c.word))) return null;
    // "X, a indiqué sa porte-parole": the French auxiliary "a" before a participle is no English article.
    if (c.word === 'a' && tokens[k + 1]?.gap === '' && tokens[k + 1]!.lower && FRENCH_PARTICIPLE.test(tokens[k + 1]!.word)) return null;
    if (APPOSITION_SKIP.has(c.word)) {
      article = true;
      continue;
    }
    // "Raman, the company's chief technology officer": a possessive is a determiner of the head that follows.
    if (article && c.possessive && tokens[k + 1]?.gap === '') {
      article = true;
      continue;
    }
    // "Kerlach, premier employeur de la vallée": before a noun, the French "premier" is an ordinal, not a role.
    if ((c.word === 'premier' || c.word === 'premiere') && tokens[k + 1]?.gap === '' && tokens[k + 1]?.lower === true) {
      article = true;
      continue;
    }
    if (ROLES.has(c.word) || ORG_CONTEXT.has(c.word) || PRODUCT_CONTEXT.has(c.word) || PLACE_CONTEXT.has(c.word)) {
      const next = tokens[k + 1];
      return next && next.gap === '' && next.cap && ROLES.has(c.word) ? null : c.word;
    }
    if (!article || ++modifiers > 2) return null;
  }
  return null;
}

/**
 * Nearest context noun in the clause before "…, X": "le patron d'Open AI, Sam Altman", "son modèle d'IA,
 * Llama 4". A role may have a named complement in between; an organisation or product noun may not
 * ("l'agence Reuters, Patrick Pouyanné": the noun is Reuters').
 */
function appositionBefore(tokens: readonly Token[], from: number): string | null {
  if (!tokens[from]!.gap.startsWith(',')) return null;
  let named = false;
  for (let x = from - 1, seen = 0; x >= 0 && seen < 6; x--, seen++) {
    const t = tokens[x]!;
    // "its own operating system, HaloOS": "operating" is a role only before a role noun ("chief operating officer").
    // "Avec 61 000 salariés, Sérélis reste…": a counted role is a number of people, no apposition to the name after it.
    if (ROLES.has(t.word) && (tokens[x - 1]?.number === true || tokens[x - 1]?.digits === true) && t.gap === '') return null;
    if (ROLES.has(t.word) && !(ROLE_MODIFIER_WORDS.has(t.word) && !ROLES.has(tokens[x + 1]?.word ?? ''))) return t.word;
    if ((PRODUCT_CONTEXT.has(t.word) || ORG_CONTEXT.has(t.word)) && !named) return roleOwning(tokens, x) ?? t.word;
    if (t.cap && !t.allCaps) named = true;
    if (t.gap !== '') return null;
  }
  return null;
}

/** "l'entraîneur de l'équipe, X", "the head of the firm, X": the role whose complement the noun at `x` is. */
function roleOwning(tokens: readonly Token[], x: number): string | null {
  let y = x;
  for (let steps = 0; steps < 3 && y > 0 && tokens[y]!.gap === ''; steps++) {
    const link = tokens[y]!.elision;
    if (link === 'd' || link === 'l') {
      const role = link === 'd' ? tokens[y - 1] : null;
      if (role && ROLES.has(role.word)) return role.word;
    }
    const previous = tokens[y - 1]!;
    if (ROLES.has(previous.word)) return COMPLEMENT.has(tokens[y]!.word) || LINK_WORDS.has(tokens[y]!.word) || link !== null ? previous.word : null;
    if (!LINK_WORDS.has(previous.word) && !COMPLEMENT.has(previous.word)) return null;
    y--;
  }
  return null;
}

/** A capitalised compound with a lower-case particle inside: "Roquefort-sur-Soulzon", "Saint-Martin-d'Hères" (not "Martin-Dauga"). */
const TOWN_COMPOUND = /^\p{Lu}[\p{L}'’]+(?:-[\p{L}'’]+)*-(?:sur|sous|lès|les|lez|en|aux|près)-\p{Lu}/u;
/** Plural kinds before "such as", "comme", "including": what the names listed after them are. */
const LIST_KINDS = new Map<string, EntityType>([
  ...['companies', 'firms', 'groups', 'retailers', 'supermarkets', 'grocers', 'banks', 'lenders', 'insurers', 'rivals', 'competitors', 'suppliers', 'subcontractors', 'carmakers', 'airlines', 'clubs', 'teams', 'unions', 'charities', 'publishers', 'broadcasters', 'operators', 'entreprises', 'societes', 'groupes', 'enseignes', 'banques', 'assureurs', 'concurrents', 'fournisseurs', 'sous-traitants', 'constructeurs', 'distributeurs', 'clubs', 'equipes', 'syndicats', 'associations', 'editeurs', 'operateurs', 'start-up', 'startups', 'start-ups'].map((w): [string, EntityType] => [w, 'organization']),
  ...['brands', 'products', 'apps', 'models', 'drugs', 'vaccines', 'marques', 'produits', 'applications', 'modeles', 'logiciels', 'medicaments', 'vaccins'].map((w): [string, EntityType] => [w, 'product']),
  ...['towns', 'cities', 'villages', 'countries', 'regions', 'villes', 'communes', 'pays', 'regions', 'departements'].map((w): [string, EntityType] => [w, 'place']),
]);
/** French sites of a company, in lower case before its name: "l'usine Bigard", "le magasin Leclerc". */
const FACILITY_FR = new Set(['usine', 'usines', 'site', 'magasin', 'entrepot', 'abattoir', 'atelier', 'hypermarche', 'supermarche', 'agence', 'laboratoire']);

/** "l'usine Bigard de Quimperlé", "l'usine de Quimperlé", "l'hôpital Ambroise-Paré de Boulogne": the town after a site and maybe its name. */
function facilityTown(tokens: readonly Token[], from: number): boolean {
  const de = tokens[from - 1];
  if (!de || de.word !== 'de' || de.elision !== null || tokens[from]!.gap !== '' || de.gap !== '') return false;
  let k = from - 2;
  let named = 0;
  while (k >= 0 && named < 3 && tokens[k]!.cap && tokens[k + 1]!.gap === '') {
    k--;
    named++;
  }
  const noun = tokens[k];
  return noun !== undefined && noun.lower && (FACILITY_FR.has(noun.word) || (LOWER_EPONYM_HEADS.has(noun.word) && named > 0)) && tokens[k + 1]!.gap === '' && (named > 0 || noun.word !== 'agence');
}

/** Transport before "to"/"from": "services to X", "flights from Y", "les vols vers Z". */
const TRANSPORT_NOUNS = new Set(['services', 'service', 'flights', 'flight', 'ferries', 'ferry', 'trains', 'train', 'routes', 'route', 'sailings', 'buses', 'bus', 'coaches', 'links', 'link', 'journeys', 'trips', 'vols', 'vol', 'trains', 'liaisons', 'liaison', 'navettes', 'navette', 'lignes', 'ligne', 'traversees']);
/** Companies "of" a town: "une entreprise de Concarneau". */
const TOWN_COMPANIES = new Set(['entreprise', 'entreprises', 'societe', 'start-up', 'startup', 'pme', 'usine', 'firme', 'artisan', 'cooperative', 'laiterie', 'fromagerie', 'brasserie', 'conserverie']);
/** Markets and fairs named after their town: "au marché de Réquista", "la foire de X". */
const TOWN_MARKETS = new Set(['marche', 'foire', 'port', 'gare', 'hopital', 'lycee', 'college', 'abattoir']);
/** French verbs of a transport line, whose object is a place. */
const LINE_VERBS = new Set(['relie', 'reliera', 'reliait', 'reliant', 'relier', 'dessert', 'desservira', 'desservait', 'desservant', 'desservir']);
/** Staff of a company, after its name: "a former X executive", "an X engineer" (not "a Trump adviser"). */
const STAFF_NOUNS = new Set(['executive', 'executives', 'employee', 'employees', 'engineer', 'engineers', 'banker', 'bankers', 'staffer', 'staffers', 'trader', 'traders', 'manager', 'managers', 'driver', 'drivers', 'worker', 'workers']);
/** Folded French past participles after the auxiliary "a": "indique", "precise", "ajoute", "reconnu". */
const FRENCH_PARTICIPLE = /^\p{L}{3,}(?:e|u|i|is|it|ert)$/u;
/** Medicines: "le vaccin X" names the vaccine, but "the Pfizer vaccine" its maker. */
const MEDICINE_NOUNS = new Set(['vaccin', 'vaccins', 'vaccine', 'vaccines', 'medicament', 'medicaments', 'drug', 'drugs', 'medicine', 'medicines', 'traitement', 'treatment', 'therapie', 'therapy', 'infusion', 'injection', 'injections', 'pilule', 'pill']);
/** Kinds of companies that follow the name: "the Penfold supermarket chain", "the Hale group". */
const KIND_AFTER = new Set(['chain', 'chains', 'brand', 'brands', 'group', 'label', 'franchise', 'retailer', 'company', 'firm', 'enseigne', 'marque', 'union', 'charity', 'bank', 'lender', 'insurer', 'airline', 'carrier', 'broadcaster', 'publisher', 'supermarket', 'grocer']);
/** Sites named after their town: "the Wakefield depot", "Immingham docks", "its Trafford distribution centre". */
// Not "plant", "factory", "warehouse", "campus": "the Tesla plant", "the Amazon warehouse" are a company's.
const FACILITY_NOUNS = new Set(['depot', 'depots', 'docks', 'dock', 'terminal', 'port', 'airport', 'station', 'interchange']);
const DISTRIBUTION_SITES = new Set(['centre', 'center', 'hub', 'park']);
/** Who runs an event: "Glastonbury organisers", "les organisateurs". */
const EVENT_FOLLOWERS = new Set(['organisers', 'organizers', 'organiser', 'organizer', 'attendees', 'festivalgoers']);
const COMPANY_TARGETS = new Set(['forecast', 'forecasts', 'outlook', 'stake', 'workforce', 'plant', 'factory', 'headcount', 'prices', 'margin', 'margins', 'buyback', 'bid']);
const MODEL_CODE = /^(?:\p{Lu}{1,2}\d{3,4}\p{Lu}{0,3}|\p{Lu}{1,2}\d{2}\p{Lu}{1,3})$/u;
/** Legal forms written as dotted initials, by key: "A.Ş." (Turkish), "A.S." (Norwegian, Czech), "S.A.", "N.V.", "S.p.A.". */
const DOTTED_LEGAL_FORMS = new Set(['as', 'sa', 'ag', 'nv', 'bv', 'kk', 'spa', 'se', 'ab', 'oy', 'sl', 'srl']);
/** "deputes", "judges": the plural of a role that ends no organisation's name. */
function pluralRole(word: string): boolean {
  return word.length > 3 && word.endsWith('s') && ROLES.has(word.slice(0, -1)) && !ORG_SUFFIXES.has(word);
}

/** ", 37 ans", ", 52,": an age right after a name, a whole number below 110 and "ans" or a closing comma (not "%", not a noun). */
function ageAfter(tokens: readonly Token[], to: number): boolean {
  const age = tokens[to];
  if (!age || age.gap !== ',' || !age.number || !/^\d{1,3}$/u.test(age.text) || Number(age.text) >= 110 || Number(age.text) < 1) return false;
  const next = tokens[to + 1];
  if (!next) return true;
  // "Overall, 84,119 fans": a comma glued between digits separates thousands, it closes no age.
  if (next.number && next.gap === ',' && next.rawStart === age.end + 1) return false;
  if (next.gap === '' && next.word === 'ans') return true;
  return next.gap === ',' || next.gap === '.' || /^[)—–-]/u.test(next.gap);
}

/** Particles Irish and Scottish surnames keep as a word of their own, as written (a bare "O" is no "Ó"). */
const GAELIC_PARTICLES = new Set(['Mac', 'Ó', 'Ní', 'Nic', 'Ua', 'Mag']);
/** Words after "Mac" that make an Apple product, not a surname. */
const GAELIC_NOT_SURNAMES = new Set(['pro', 'mini', 'studio', 'book', 'os', 'air', 'app']);

/** What a photo credit writes after the slash when a company supplied the picture. */
const SUPPLIED = new Set(['supplied', 'handout', 'courtesy']);
/** Sides named by their kind: "Queen's Club", "the Club", "l'Équipe". */
const TEAM_HEADS = new Set(['club', 'team', 'equipe', 'squad']);
/** Members of a parliament, in capitals and the plural after their party: "Labour MPs", "Progressive Unionist MLAs". */
const PARTY_MEMBERS = new Set(['mps', 'meps', 'msps', 'mlas', 'mpps']);
/** Surname prefixes an inner capital follows: "MacRae", "McTavish", "FitzGerald". */
const SURNAME_PREFIX = /^(?:Mc|Mac|Fitz)\p{Lu}\p{Ll}/u;
const AUXILIARIES = new Set(['a', 'avait', 'aura', 'va', 'has', 'had', 'have', 'will', 'would']);
const OWNER_WORDS = new Set(['son', 'sa', 'ses', 'leur', 'leurs']);
const FIGURE_DETERMINERS = new Set(['un', 'une', 'des', 'de', 'd', 'a', 'an', 'its', 'son', 'sa', 'ses']);
const FIGURE_ADJECTIVES = new Set(['net', 'nets', 'nette', 'nettes', 'pre-tax', 'operating', 'annual', 'annuel', 'annuels', 'annuelle', 'annuelles', 'quarterly', 'record', 'first-half', 'half-year', 'full-year', 'semestriel', 'semestriels', 'trimestriel', 'trimestriels', 'operationnel', 'operationnelle', 'courant', 'adjusted', 'underlying', 'core', 'higher', 'lower', 'bigger', 'smaller', 'first', 'surprise']);

/**
 * Right after a name, a predicate only a company has: its auxiliary and verb, then "its …" ("raised its dividend"),
 * a possessive before what people do not own ("a publié ses comptes"), or a posted result ("posted net profit",
 * "a réalisé un bénéfice"). "his"/"her" right after the verb say person. Returns the type, or null.
 */
/** "X sold its rights", "X a vendu ses droits": a verb, then the subject's own determiner. */
function ownsAfterVerb(tokens: readonly Token[], to: number): boolean {
  let k = to;
  if (tokens[k]?.gap === '' && tokens[k]!.lower && AUXILIARIES.has(tokens[k]!.word)) k++;
  const verb = tokens[k];
  const det = tokens[k + 1];
  return verb !== undefined && verb.gap === '' && verb.lower && !STOP.has(verb.word) && det !== undefined && det.gap === '' && OWN_DETERMINERS.has(det.word);
}

const OWN_DETERMINERS = new Set(['its', 'their', 'ses', 'son', 'sa', 'leurs']);

function companyPredicate(tokens: readonly Token[], to: number): 'organization' | 'person' | null {
  let k = to;
  const at = (n: number): Token | undefined => {
    const t = tokens[n];
    return t && t.gap === '' && t.lower ? t : undefined;
  };
  if (at(k) && AUXILIARIES.has(at(k)!.word)) k++;
  // "X sharply cut its…", "X also posted…": one adverb before the verb.
  if (at(k) && (at(k)!.word.endsWith('ly') || at(k)!.word === 'also') && at(k + 1)) k++;
  const verb = at(k);
  if (!verb || verb.word.length < 3 || AUXILIARIES.has(verb.word) || STOP.has(verb.word) || verb.elision) return null;
  k++;
  // "X cut sharply its…" is rare, "X raised significantly its…" too: one adverb between the verb and "its".
  if (at(k) && at(k)!.word.endsWith('ly') && at(k + 1)?.word === 'its') k++;
  const det = at(k);
  if (!det) return null;
  if ((det.word === 'his' || det.word === 'her') && !det.elision) return 'person';
  const reports = REPORT_VERBS.has(verb.word);
  let n = k;
  if (OWNER_WORDS.has(det.word) || FIGURE_DETERMINERS.has(det.word) || det.elision === 'd') n = det.elision === 'd' ? k : k + 1;
  else if (!reports) return null;
  for (let steps = 0; steps < 2 && at(n) && FIGURE_ADJECTIVES.has(at(n)!.word); steps++) n++;
  const noun = at(n);
  if (!noun) return null;
  if (OWNER_WORDS.has(det.word) && COMPANY_OWNED.has(noun.word)) return 'organization';
  // "Castrell raised its dividend", not "the wind farm proves its worth": "its" before what a company has.
  if (det.word === 'its' && (BUSINESS_NOUNS.has(noun.word) || REPORTED_FIGURES.has(noun.word) || COMPANY_TARGETS.has(noun.word))) return 'organization';
  return reports && REPORTED_FIGURES.has(noun.word) ? 'organization' : null;
}

/** Nouns a disaster's name stands before in English: "the Kettle Ridge wildfire", "the Camp Fire" is capitalised itself. */
const DISASTER_NOUNS = new Set(['wildfire', 'bushfire', 'blaze', 'fire', 'flood', 'hurricane', 'typhoon', 'cyclone', 'earthquake', 'quake', 'landslide', 'landslip', 'eruption', 'spill', 'derailment', 'explosion']);

/**
 * Whether the words right before `from` are a name: two to four capitalised words (particles allowed) in a row,
 * none a body's or a place's word. In brackets after such a name ("Erwan Tanguy (Renaissance)"), a name that is
 * no place is what the named one belongs to.
 */
function personBefore(tokens: readonly Token[], from: number): boolean {
  let capitalised = 0;
  for (let k = from - 1; k >= 0 && from - k <= 4; k--) {
    const token = tokens[k]!;
    if (!token.cap && !NAME_PARTICLES.has(token.word)) break;
    // "l'Ultra-Trail du Mont-Blanc (UTMB)": an event's head says the words before the brackets are no one's names.
    if (token.cap && (token.allCaps || ORG_SUFFIXES.has(token.word) || PLACE_WORDS.has(token.word) || EVENT_HEADS_FIRST.has(token.word) || EVENT_HEADS_LAST.has(token.word) || knownEntry(token.key) !== undefined)) return false;
    if (token.cap) capitalised++;
    if (token.gap !== '' || token.opening) break;
  }
  return capitalised >= 2;
}

export function typeRun(tokens: readonly Token[], run: Run): Typing {
  const scores = emptyScores();
  const cues = new Set<Cue>();
  const add = (type: EntityType, points: number, cue: Cue): void => {
    scores[type] += points;
    cues.add(cue);
  };
  const first = tokens[run.from]!;
  const given = isGivenWord(first.word);
  const last = tokens[run.to - 1]!;
  const length = run.to - run.from;
  const before = wordsBefore(tokens, run.from, 5);
  // "A final NICE appraisal": a word in capitals in prose is an acronym, not the town a list spells "Nice". Not in a
  // dateline ("NICE, 3 mars"), at the start of a sentence before a comma.
  // "la CGT-Culture", "FO-Métaux": a known body's branch, hyphenated to it, is a body too.
  const branchOf = length === 1 && first.text.includes('-') ? knownEntry(foldKey(first.text.slice(0, first.text.indexOf('-')))) : undefined;
  if (branchOf?.type === 'organization' && run.known === undefined) add('organization', 3, 'known');
  const acronymOfPlace = run.known?.type === 'place' && length === 1 && first.allCaps && run.shouted !== true && first.key.length >= 3 && !knownInCapitals(first.key) && !(first.opening && tokens[run.to]?.gap.startsWith(','));
  if (acronymOfPlace) scores.organization += 1;
  else if (run.known) add(run.known.type, 4, 'known');
  else if (length > 1) {
    const head = knownEntry(first.key);
    if (head && head.type !== 'place') scores[head.type] += 1;
  }
  if (first.elision) cues.add('elision');
  // "la FDSEA de la Dordogne", "la CCI du Var": an acronym and the territory it covers name the body.
  const territoryOf = tokens[run.from + 1];
  if (length >= 2 && first.allCaps && first.key.length >= 3 && first.key.length <= 6 && !run.known && territoryOf && (territoryOf.word === 'de' || territoryOf.word === 'du' || (territoryOf.elision === 'd' && territoryOf.cap)) && knownEntry(last.key)?.type === 'place') add('organization', 3, 'org-suffix');
  // "the Kettle Ridge wildfire", "the Palisades fire", "Storm-hit…" aside: a name before a disaster's noun names the disaster.
  const disaster = tokens[run.to];
  // One word ("the Var wildfires", "the Okanagan fire") is mostly the region the fire is in: two words at least, one fire.
  if (length >= 2 && disaster && disaster.gap === '' && disaster.lower && DISASTER_NOUNS.has(disaster.word) && !last.possessive && run.known?.type !== 'place') add('event', 2, 'event-word');
  // "Ocado's shares", "Kroger's chief executive": a possessive before what only companies have.
  if (last.possessive) {
    const owned = tokens[run.to];
    // "Halvorsen's Irish subsidiary", "Halvorsen's chief executive": a nationality or "chief" before the noun.
    const noun = owned && owned.gap === '' && (owned.lower || isDemonym(owned.word)) ? (CONTEXT_ADJECTIVES.has(owned.word) || owned.word === 'chief' || isDemonym(owned.word) ? tokens[run.to + 1] : owned) : undefined;
    // "Halvorsen's chief executive" (not "Trump's executive order").
    const chiefExecutive = owned?.word === 'chief' && noun?.word === 'executive';
    if (noun && noun.gap === '' && (BUSINESS_NOUNS.has(noun.word) || chiefExecutive)) add('organization', 2, 'org-context');
  }
  // "Valdoria's government", "Valdoria's finance minister", "Valdoria's central bank": what only a state has.
  if (last.possessive) {
    const owned = tokens[run.to];
    const then = tokens[run.to + 1];
    if (owned && owned.gap === '' && owned.lower) {
      const office = then !== undefined && then.gap === '' && ((ROLE_MODIFIERS.has(owned.word) && STATE_OFFICES.has(then.word)) || (owned.word === 'central' && then.word === 'bank'));
      if ((STATE_NOUNS.has(owned.word) || office) && !given) add('place', 2.5, 'place-word');
    }
  }
  // "Residents' group…": a plural's apostrophe says nothing of a name.
  if (last.possessive && !last.pluralPossessive) cues.add('possessive');
  if (!first.opening) cues.add('mid-sentence');
  if (run.titled) add('person', 5, 'title');
  if (run.held) add('person', 3, 'role');
  // "la rue de Charonne" after "parti de": the lower-case head types the name whatever precedes it.
  if (run.head === 'place') add('place', 4, 'place-word');
  else if (run.head === 'organization') add('organization', 4, 'org-suffix');
  else if (run.head === 'event') add('event', 4, 'event-word');
  const b0 = before[0] ?? '';
  const b1 = before[1] ?? '';
  const b2 = before[2] ?? '';
  const b3 = before[3] ?? '';
  // "80 salariés à Muret": a role, then a place preposition, names no person.
  // "Opposition leader Gareth Pryce", "Arsenal manager Mikel Arteta": a role after a capitalised body names the person after it.
  const body = tokens[run.from - 2];
  if (!ROLES.has(b0) && ROLES_AFTER_NAME.has(b0) && first.gap === '' && tokens[run.from - 1]!.gap === '' && tokens[run.from - 1]!.lower && body?.cap === true) add('person', 3, 'role');
  // "asset manager Greyhallow": a role noun after a word that makes it a kind of company.
  const corporate = COMPANY_KINDS.has(`${b1} ${b0}`);
  if (corporate) add('organization', 3, 'org-context');
  else if (ROLES.has(b0) || (ROLES.has(b1) && !COMPLEMENT.has(b0) && !LINK_WORDS.has(b0) && b0 !== 'dans' && !PLACE_PREPOSITIONS.has(b0))) add('person', 3, 'role');
  // "les députés Kerbrat et Quéré", "the judges Whitcombe and Farrow": a plural role in lower case before a list of names
  // (the list's other names follow by coordination). Not a plural that ends names ("Harbor Lane Partners").
  else if (tokens[run.from - 1]?.lower === true && first.gap === '' && pluralRole(b0)) add('person', 3, 'role');
  // "Kaboré, 37 ans, vend…", "said Mensah, 52, a farmer": an age in apposition is a person's.
  if (ageAfter(tokens, run.to)) add('person', 2.5, 'age');
  // "Mac Lochlainn", "Ó Murchú", "Ní Bhroin": a Gaelic surname's particle before a capitalised word ("Mac" alone is the
  // computer; "Mac Pro" and "Mac Mini" are listed products).
  if (run.to - run.from >= 2 && GAELIC_PARTICLES.has(first.text) && first.gap !== '-' && tokens[run.from + 1]!.cap && !tokens[run.from + 1]!.allCaps && !GAELIC_NOT_SURNAMES.has(tokens[run.from + 1]!.word)) add('person', 3, 'title');
  // "d'Ambrosio's header", "D'Angelo": in English, a surname's "d'" particle kept on the word (tokens.ts) is a person's.
  if (first.elision === null && /^[dD]['’]\p{Lu}\p{Ll}/u.test(first.text)) add('person', 2, 'title');
  // "la ligne pilote de Crolles": a role word that is also an adjective is a role only after a determiner or a role.
  const roleB1 = ROLES.has(b1) && (!ADJECTIVAL_ROLES.has(b1) || DETERMINERS.has(b2) || ROLES.has(b2));
  // "le maire de Sevran", "the mayor of Leeds": the complement of these roles is a place.
  if ((b0 === 'de' || b0 === 'of') && (PLACE_ROLES.has(b1) || (LINK_WORDS.has(b1) && PLACE_ROLES.has(b2)))) add('place', 3, 'place-word');
  // "le ministre des Transports", "la ministre de la Culture": a minister's portfolio is a title's part, no body.
  else if (COMPLEMENT.has(b0) && !portfolioOf(b1, b2, run.known !== undefined) && (roleB1 || (ROLES.has(b2) && !LINK_WORDS.has(b1)))) add('organization', 3, 'role-of');
  else if (b0 === 'chez' && !given) add('organization', 2, 'role-of');
  if ((COMPLEMENT.has(b0) || b0 === 'dans' || b0 === 'in') && (RELATION_WORDS.has(b1) || RELATION_WORDS.has(b2))) add('organization', 1.5, 'role-of');
  // "the firm's Picker-3 robot": a possessive noun before the name is its owner, not its kind.
  const owned = tokens[run.from - 1]?.possessive === true && first.gap === '';
  if (contextBefore(before, ORG_CONTEXT) && !owned) add('organization', 3, 'org-context');
  // "Interrogé par La Voix du Nord", "cité par Reuters": the one asking is a newspaper or an agency.
  if (b0 === 'par' && INTERVIEWED.has(b1) && !given && !run.titled) add('organization', 2, 'org-context');
  // "le gouvernement Lecornu", "l'administration Trump", "the Starmer government"
  const trailing = tokens[run.to];
  if ((LEADER_CONTEXT.has(b0) && !first.elision) || (trailing && trailing.gap === '' && trailing.lower && LEADER_CONTEXT.has(trailing.word) && b0 === 'the')) add('person', 2.5, 'role');
  if (contextBefore(before, PRODUCT_CONTEXT)) add('product', 3, 'product-context');
  // "une cuvée baptisée Confluence", "ces cargos, baptisés Aval-Class", "a vaccine dubbed X": what a text christens is a
  // product, or an event when the thing named is one ("un exercice baptisé Chlore 2025").
  else if ((NAMING_WORDS.has(b0) || (/[«"“]/u.test(first.gap) && NAMING_WORDS.has(tokens[run.from - 1]?.word ?? ''))) && !first.elision) add(EVENT_CONTEXT.has(b1) || EVENT_CONTEXT.has(b2) ? 'event' : 'product', 2, 'product-context');
  if (contextBefore(before, EVENT_CONTEXT)) add('event', 3, 'event-word');
  // "Selon Ravel, le groupe restera…": after "selon", "according to", the comma ends a clause, not an apposition.
  // "À Arques, le maire, Benoît Roussel…": after a sentence-opening preposition, the apposition is the subject's.
  const scene = PLACE_PREPOSITIONS.has(b0) && (b0 !== 'a' || tokens[run.from - 1]?.text.toLowerCase() !== 'a') && tokens[run.from - 1]?.opening === true && !first.elision;
  const reported = scene || b0 === 'selon' || b0 === 'apres' || (b0 === 'to' && b1 === 'according');
  const after = reported ? null : appositionAfter(tokens, run.to);
  // "Julien Castagné, la société emploie…": a given name and a surname are no company, whatever follows the comma.
  const personShaped = length > 1 && (given || foreignParticle(tokens, run)) && !ORG_SUFFIXES.has(last.word);
  if (after !== null && !(personShaped && !ROLES.has(after) && !PLACE_CONTEXT.has(after))) {
    // "Ostreva Holding, actionnaire minoritaire de…": a suffixed company holds the roles companies hold too.
    if (ROLES.has(after) && SHARED_ROLES.has(after) && ORG_SUFFIXES.has(last.word)) add('organization', 2, 'org-context');
    else if (ROLES.has(after)) add('person', 3, 'role');
    else if (ORG_CONTEXT.has(after)) add('organization', 2, 'org-context');
    else if (PRODUCT_CONTEXT.has(after)) add('product', 2, 'product-context');
    else if (PLACE_CONTEXT.has(after)) add('place', 2, 'place-word');
  }
  // "Kingfisher, which owns B&Q…", "Brennan, who founded…": the relative pronoun says thing or person.
  const relative = tokens[run.to];
  if (relative && relative.gap === ',' && relative.lower && (relative.word === 'which' || relative.word === 'who' || relative.word === 'whose')) {
    if (relative.word === 'which') add('organization', 1.5, 'org-context');
    else if (relative.word === 'who') add('person', 1.5, 'role');
  }
  // "Fondée en 2009 par Ngozi X", "founded by Y": who founds is a person, unless the name says otherwise.
  // Stronger than an apposition after it: "Fondée par X, la laiterie collecte…" starts a clause about the company.
  if ((b0 === 'par' || b0 === 'by') && !run.known && !run.titled && (FOUNDED.has(b1) || (FOUNDED.has(b3) && (b2 === 'en' || b2 === 'in') && /^\d{4}$/u.test(b1)))) add('person', 2.5, 'role');
  // "Fizzo, fondée par Léa Marchais", "Tarnwick, founded in 2019": people are born, companies are founded.
  {
    const participle = tokens[run.to];
    const after = tokens[run.to + 1];
    if (participle && participle.gap === ',' && participle.lower && FOUNDED.has(participle.word) && after && after.gap === '' && (after.word === 'par' || after.word === 'by' || after.word === 'en' || after.word === 'in')) add('organization', 2, 'org-context');
    else if (participle && participle.gap === ',' && participle.lower && ACQUIRED.has(participle.word) && after && after.gap === '' && (after.word === 'par' || after.word === 'by') && !run.titled) add('organization', 2, 'org-context');
  }
  // "The lab in Darmstadt confirmed it", "l'usine de Vexor à Cholet a annoncé…": a name after a place preposition is
  // no subject, so the verb after it says nothing of what it is.
  const afterPlacePreposition = PLACE_PREPOSITIONS.has(b0) && tokens[run.from - 1]?.lower === true && tokens[run.from - 1]!.text.toLowerCase() !== 'a';
  // "Kelvora a levé 8 millions d'euros", "Fenlow employs 400 people": only a company does that.
  if (!afterPlacePreposition) {
    const verb = tokens[run.to];
    const aux = verb && verb.gap === '' && verb.lower && (verb.word === 'a' || verb.word === 'avait') ? tokens[run.to + 1] : verb;
    if (aux && aux.gap === '' && aux.lower && COMPANY_VERBS.has(aux.word) && !(given && length > 1) && !run.titled) add('organization', 1.5, 'org-context');
  }
  // "Quentel a publié ses comptes", "Brellis posted net profit of…", "Castrell raised its dividend": a company's predicate.
  if (!run.titled && !(given && length > 1) && !afterPlacePreposition) {
    const owner = companyPredicate(tokens, run.to);
    if (owner !== null) add(owner, 1.5, owner === 'person' ? 'role' : 'org-context');
  }
  // "Fenlow said on Monday it would…", "Pryce said he would…": the subject pronoun after a verb of speech.
  if (!afterPlacePreposition) {
    const verb = tokens[run.to];
    if (verb && verb.gap === '' && verb.lower && SPEECH_VERBS.has(verb.word)) {
      for (let k = run.to + 1; k < Math.min(tokens.length, run.to + 5); k++) {
        const t = tokens[k]!;
        if (t.gap !== '' || !(t.lower || TIME_WORDS.has(t.word))) break;
        if (t.word === 'it' || t.word === 'its') add('organization', 1.5, 'org-context');
        else if (t.word === 'he' || t.word === 'she' || t.word === 'his' || t.word === 'her') add('person', 1.5, 'role');
        else continue;
        break;
      }
    }
  }
  // "on loan from Carrick Town", "signed from Ashvale", "prêté par l'US Créteil": a player moves between clubs.
  if ((b0 === 'from' && LEFT_FROM.has(b1)) || ((b0 === 'par' || b0 === 'de') && (b1 === 'prete' || b1 === 'transfere'))) add('organization', 2.5, 'org-context');
  // "Quarry Lane beat Fenmore 2-1", "Olden a battu Carrick 3-0": both sides of a team score are clubs.
  if (teamScore(tokens, run)) add('organization', 3.5, 'org-context');
  // "made by Novo Nordisk", "fabriqué par Sanofi": the maker is a company (a given name still wins).
  if ((b0 === 'by' || b0 === 'par') && MAKER_VERBS.has(b1)) add('organization', 1.5, 'role-of');
  // "streamed by Westmoor TV", "diffusé par France 2": who broadcasts or publishes is a company.
  if ((b0 === 'by' || b0 === 'par') && MEDIA_VERBS.has(b1) && !given && !run.titled) add('organization', 2.5, 'org-context');
  // "By Ada Brennan-Holt in Brussels", "Par Léa Morvan, à Rennes", "By X and Y | Brussels", "Propos recueillis par X",
  // "Priyanka Deshmane, Pune | Updated…": a byline names its writers.
  if (byline(tokens, run) || creditLineName(tokens, run)) add('person', 3, 'credit');
  else if (creditLinePlace(tokens, run)) add('place', 3, 'credit');
  // "Par Léa Morvan, à Rennes", "By Ada Brennan, Health Correspondent, Leeds": a byline ends with where it was written.
  else if (bylinePlace(tokens, run)) add('place', 3, 'credit');
  // "…, will remain CEO, Halvard said.": a name and a verb of speech ending the sentence are its reporting clause, no apposition.
  const tag = tokens[run.to];
  const reporting = tag !== undefined && tag.gap === '' && tag.lower && SPEECH_VERBS.has(tag.word) && (tokens[run.to + 1] === undefined || tokens[run.to + 1]!.gap !== '');
  const reverse = reporting ? null : appositionBefore(tokens, run.from);
  if (reverse !== null && !(personShaped && !ROLES.has(reverse))) {
    if (ROLES.has(reverse)) add('person', 2.5, 'role');
    else if (PRODUCT_CONTEXT.has(reverse)) add('product', 2, 'product-context');
    else add('organization', 2, 'org-context');
  }
  // "PARIS, Feb 26 (Harbor Wire) - …": in a dateline, the name in parentheses after the date is the news agency.
  {
    const date = tokens[run.from - 1];
    const dash = tokens[run.to];
    if (first.gap === '(' && date && (date.digits || TIME_WORDS.has(date.word)) && dash && /^\)\s*[-–—]/u.test(dash.gap)) add('organization', 3, 'credit');
  }
  // "© L'Est Quotidien – 2025", "© 2025 The Irish Times", "Copyright 2025 The Associated Press": who holds a page's
  // rights is its publisher.
  {
    const previous = tokens[run.from - 1];
    const yearBefore = previous !== undefined && previous.digits && previous.gap.includes('©');
    const copyrightWord = previous?.word === 'copyright' || (previous !== undefined && previous.digits && tokens[run.from - 2]?.word === 'copyright');
    if (first.gap.includes('©') || yearBefore || copyrightWord) add('organization', 3, 'credit');
  }
  // "Photo : Lionel Bonaventure / AFP": in a credit line, the name after the slash is the agency; "Photo : Reuters / Ibrahima
  // Sow": after an agency of one word, a name of two or three words is the photographer.
  if (first.gap.includes('/') && CREDIT_WORDS.has(tokens[0]!.word)) {
    const agency = tokens[run.from - 1];
    // "Photo: Getty Images / Callum Redfern": a given name opening the name after the slash makes it the photographer
    // too, unless one opens the name before it ("Photo : Thomas van der Meersch / Hans Lucas" credits an agency).
    const givenFirst = isGivenWord(first.word) && !isGivenWord(tokens[1]?.word ?? '');
    const photographer = length >= 2 && length <= 3 && !run.known && !ORG_SUFFIXES.has(last.word) && agency !== undefined && run.from >= 2 && (agency.gap !== '' || givenFirst);
    if (photographer) add('person', 2.5, 'credit');
    else add('organization', 2.5, 'credit');
  }
  // "Photo: Aisha O'Connell", the whole credit: two or three capitalised words after the credit word name the
  // photographer; agencies are known names ("Photo: Reuters") or end with a suffix ("Photo: Getty Images").
  if (run.from === 1 && run.to === tokens.length && first.gap.includes(':') && CREDIT_WORDS.has(tokens[0]!.word) && length >= 2 && length <= 3 && !run.known && !ORG_SUFFIXES.has(last.word) && tokensOf(tokens, run).every((t) => t.cap && !t.allCaps && !t.digits)) add('person', 2.5, 'credit');
  // "Photograph: Jo Penhale/Humber Echo": before the slash, a first name and a surname are the photographer.
  const slash = tokens[run.to];
  // "Photo: Redgum Lithium/Supplied", "/ Handout": who supplied the picture is a company.
  if (slash && slash.gap.includes('/') && CREDIT_WORDS.has(tokens[0]!.word) && SUPPLIED.has(slash.word)) add('organization', 2.5, 'credit');
  else if (slash && slash.gap.includes('/') && CREDIT_WORDS.has(tokens[0]!.word) && length >= 2 && length <= 3 && !run.known && !ORG_SUFFIXES.has(last.word)) {
    // "Photo: PA Images / Lee Hartshorn": when only the name after the slash opens with a given name, it is the
    // photographer and this one the agency.
    if (isGivenWord(first.word) || !isGivenWord(slash.word)) add('person', 2.5, 'credit');
    else add('organization', 2.5, 'credit');
  } else if (slash && slash.gap.includes('/') && CREDIT_WORDS.has(tokens[0]!.word) && length === 1 && run.from === 1 && !run.known && !isGivenWord(first.word) && isGivenWord(slash.word)) {
    // "Photo : Keystone / Georgios Kefalas": one word before a photographer's name is the agency.
    add('organization', 2.5, 'credit');
  }
  if (length > 1 && tokensOf(tokens, run).some((t, k) => k > 0 && t.gap === '&')) add('organization', 3, 'org-suffix');
  // "chez Sotheby's", "a sale at Christie's in 1872": a name that keeps its "'s" with nothing after it to possess is a
  // house's or a shop's (tokens.ts nameOwnsS).
  if (!run.known && /\p{L}['’]s$/u.test(last.text)) add('organization', 2, 'org-suffix');
  if (length > 1 && ORG_SUFFIXES.has(last.word)) add('organization', last.word === 'ai' ? 2.5 : 3, 'org-suffix');
  // "Neskantaga First Nation": a band's government (runs.ts extends the name over "First Nation").
  if (length > 2 && (last.word === 'nation' || last.word === 'nations') && tokens[run.to - 2]!.word === 'first') add('organization', 4, 'org-suffix');
  if (length > 1 && first.allCaps && SHIP_PREFIXES.has(first.word)) add('product', 4, 'product-context');
  // "Erwan Tanguy (Renaissance)", "Femke van Dijk (Team Vandermeer)": a name in brackets right after a person's names
  // is what the person belongs to, a party, a team, an employer. Not a place ("Jean Morel (Lyon)"), which `known` types.
  if (first.gap.endsWith('(') && (tokens[run.to]?.gap.startsWith(')') ?? true) && !run.known && personBefore(tokens, run.from)) add('organization', 3, 'affiliation');
  // "Baltika Yapı A.Ş.", "Norvik S.A.", "Helder N.V.": a legal form written as dotted initials.
  else if (length > 1 && last.initial && last.text.includes('.') && DOTTED_LEGAL_FORMS.has(last.key)) add('organization', 3, 'org-suffix');
  if (/\.(?:ai|com|io|net|fr)$/u.test(last.word)) add('organization', 2, 'org-suffix');
  // "Haut Conseil des finances publiques", "Grand Conseil": the head may come second, after an adjective.
  const second = tokens[run.from + 1];
  // A league the gazetteer knows ("Ligue 1", "Ligue des champions") is a competition whatever its head says.
  if (length > 1 && !isLeague(run.known) && (ORG_HEADS.has(first.word) || (length > 2 && second!.cap && ORG_HEADS.has(second!.word) && !given))) add('organization', 3, 'org-suffix');
  // "Electric Reliability Council of Texas", "Bureau fédéral de la statistique": a head before its "of"/"de" inside the name.
  else if (length > 2 && !given && headBeforeOf(tokens, run)) add('organization', 3, 'org-suffix');
  // A place word ending a lower-case complement ("Direction … de la mer") is the body's subject, not its kind.
  // "Diane Lane", "Harriet Lane", "Jae-won Park": after a given name these place words are surnames.
  const surnamed = SURNAME_PLACE_WORDS.has(last.word) && length >= 2 && isGivenWord(tokens[run.to - 2]!.word);
  if (length > 1 && !surnamed && (((PLACE_WORDS.has(last.word) || PLACE_TAIL_WORDS.has(last.word)) && !last.lower) || PLACE_WORDS.has(first.word))) add('place', 3, 'place-word');
  // A street or a ground ("James Street North", "Tim Hortons Field", "outside the courthouse on Golden Gate Avenue");
  // not after a given name alone ("Diane Lane").
  const streetHead = STREET_COMPASS.has(last.word) && length > 2 ? tokens[run.to - 2]! : last;
  const street = length > 1 && !run.known && !(streetHead === last && surnamed) && STREET_HEADS.has(streetHead.word) && streetHead !== first && tokensOf(tokens, run).every((t) => t.cap);
  if (street && !(streetHead === last && PLACE_WORDS.has(last.word))) add('place', 3, 'place-word');
  if (length > 1 && length <= 3 && !run.known && first.cap && !first.allCaps && PLACE_OPENERS.has(first.word) && tokens[run.from + 1]!.cap) add('place', 3, 'place-word');
  if (length > 1 && GEO_MODIFIERS.has(first.word) && first.cap && !ORG_SUFFIXES.has(last.word)) add('place', 2, 'place-word');
  // "National Hurricane Center", "European Space Operations Centre" are bodies; "Teesbridge Civic Centre",
  // "Shoalhaven Entertainment Centre" are venues: the word before "Centre" says which.
  if (length > 2 && (last.word === 'centre' || last.word === 'center') && !last.lower) {
    const kind = tokens[run.to - 2]!.word;
    if (CENTRE_OF_STUDY.has(kind)) add('organization', 3, 'org-suffix');
    else if (VENUE_CENTRE.has(kind)) add('place', 3, 'place-word');
  }
  // "la Région Occitanie", "le Département du Gers": French writes the authority with a capital, the territory without.
  if (length > 1 && first.cap && !first.allCaps && !first.opening && !first.elision && (first.word === 'region' || first.word === 'departement') && !run.known) add('organization', 4, 'org-suffix');
  // "Afrique de l'Ouest", "Amérique du Sud": a known place and a compass point.
  if (length === 3 && !run.known && knownEntry(first.key)?.type === 'place' && COMPASS.has(last.word) && (tokens[run.to - 2]!.word === 'de' || tokens[run.to - 2]!.word === 'du')) add('place', 4, 'place-word');
  // "Hertfordshire", "Aberdeenshire": the English and Scottish counties' ending ("Yorkshire Water" ends with a suffix).
  if (length === 1 && !run.known && first.cap && !first.allCaps && first.word.length > 7 && first.word.endsWith('shire')) add('place', 2, 'place-word');
  // "L'Île-Rousse", "Pont-Aven", "Port-Vendres": a town whose compound name starts with a place word.
  if (length === 1 && !run.known && first.cap && !first.allCaps && compoundPlace(first.word)) add('place', 2, 'place-word');
  if (length > 1 && CLUB_HEADS.has(first.word)) add('organization', 3, 'org-suffix');
  // "Roquefort-sur-Soulzon", "Châlons-en-Champagne", "Plessis-lès-Tours": a French town's compound name.
  if (length === 1 && TOWN_COMPOUND.test(first.text) && !run.known) add('place', 2, 'place-word');
  // "Alzheimer's Research UK", "Hartley's Trust": a possessive inside a name is an institution's.
  if (length > 1 && first.possessive) add('organization', 3, 'org-suffix');
  // "Laiterie du Causse", "Usinage Perrot", "Transports Kervella": a trade first, then the name.
  if (length > 1 && tradeHead(first)) add('organization', 3, 'org-suffix');
  // "la Section paloise", "le Stade rochelais": a name and a town's demonym in lower case name a club or a body.
  // A capitalised place word there is a club's first word, not a venue ("le stade Francis-Le Blé" writes it in lower case).
  if (length === 2 && last.lower && !last.mixed && REGIONAL_DEMONYM.test(last.word)) add('organization', PLACE_WORDS.has(first.word) ? 3.5 : 1.5, 'org-suffix');
  // "Christian Dior Couture", "NHS England": a known name of several words, extended, keeps its type.
  // "Crédit Agricole Pyrénées Gascogne": the longest known head of two words or more.
  if (!run.known && length > 2) {
    for (let end = run.to - 1; end >= run.from + 2; end--) {
      const head = knownEntry(keyOf(tokens, { from: run.from, to: end, known: undefined, titled: false }));
      if (head && head.type !== 'place') {
        add(head.type, 3, 'known');
        break;
      }
      if (head) break;
    }
  }
  // "ASM Clermont Auvergne", "KTV Sports", "EDF Renouvelables": an acronym of three letters or more, then words, names a body.
  if (length > 1 && first.allCaps && first.key.length >= 3 && first.key.length <= 5 && !first.digits && !run.known && !COMMON_ACRONYMS.has(first.word) && knownEntry(first.key)?.type !== 'place' && tokensOf(tokens, run).every((t, k) => k === 0 || (t.cap && !t.allCaps))) add('organization', 2, 'org-suffix');
  // "Quimper Bretagne Occidentale", "Leeds Building Society": a known place first, and more than a place word after it, names a
  // body (a person's given name is no town).
  if (length > 1 && !run.known && !first.allCaps && knownEntry(first.key)?.type === 'place' && !given && !PLACE_WORDS.has(last.word) && !COMPASS.has(last.word) && !GEO_MODIFIERS.has(first.word) && knownEntry(keyOf(tokens, { from: run.from, to: run.to - 1, known: undefined, titled: false }))?.type !== 'place') add('organization', 1, 'org-suffix');
  // "a former Eddie Stobart executive", "an Ocado engineer": between an article and a staff noun, the employer.
  {
    const staff = tokens[run.to];
    if (staff && staff.gap === '' && staff.lower && STAFF_NOUNS.has(staff.word) && (b0 === 'a' || b0 === 'an' || b0 === 'former' || b0 === 'ex') && !run.known && !(tokens[run.to + 1]?.gap === '' && tokens[run.to + 1]!.cap)) add('organization', 3, 'role-of');
  }
  // "McCain", "O'Brien", "N'Diaye": surname shapes; "Marcus J. Pellegrino": a middle initial; "Greet Van der Linden": two
  // particles inside the name.
  if (length > 1 && tokensOf(tokens, run).some((t, k) => k > 0 && /^(?:Mc|Mac|O['’]|N['’])\p{Lu}/u.test(t.text))) add('person', 2, 'given-name');
  else if (length === 3 && tokens[run.from + 1]!.initial && tokens[run.from + 1]!.word.length === 1 && tokens[run.from + 2]!.gap === '.') add('person', 2, 'given-name');
  else if (length >= 4 && tokensOf(tokens, run).some((t, k) => k > 0 && t.cap && (t.word === 'van' || t.word === 'von' || t.word === 'de') && tokens[run.from + k + 1]!.lower)) add('person', 2, 'given-name');
  // "Joris van Kampen", "Kiprono arap Tanui": a particle no French or English sentence uses, inside the name.
  else if (foreignParticle(tokens, run)) add('person', 2, 'given-name');
  // "Marie de La Tour", "Jean de La Fontaine": a given name, a particle in lower case, then the surname; not an event's
  // or a body's name ending in a head word ("Tour", "Fondation").
  // Not "des" ("Robin des Bois" is an association), nor before a known place ("Vitória de Setúbal" is a club).
  else if (length >= 3 && given && tokensOf(tokens, run).some((t, k) => k === 1 && t.lower && t.word !== 'des' && NAME_PARTICLES.has(t.word)) && knownEntry(last.key)?.type !== 'place') add('person', 2, 'given-name');
  // "why Van der Stappen resigned": a capitalised foreign particle, a lower-case one, then the surname.
  else if (length >= 3 && first.cap && !first.allCaps && FOREIGN_PARTICLES.has(first.word) && tokens[run.from + 1]!.lower && NAME_PARTICLES.has(tokens[run.from + 1]!.word)) add('person', 2, 'given-name');
  // "Arsenal manager Mikel Arteta", "Reform UK leader Nigel Farage": a name before a role and a person's name.
  {
    let k = run.to;
    let roles = 0;
    while (k < tokens.length && roles < 3 && tokens[k]!.gap === '' && tokens[k]!.lower && (ROLES.has(tokens[k]!.word) || ROLES_AFTER_NAME.has(tokens[k]!.word))) {
      k++;
      roles++;
    }
    // "Unite regional officer Mark Telford": one adjective may come before the role.
    const adjective = tokens[k];
    const role = tokens[k + 1];
    if (roles === 0 && adjective && role && adjective.gap === '' && adjective.lower && /(?:al|ic|ive|ior|ern|ian)$/u.test(adjective.word) && role.gap === '' && role.lower && (ROLES.has(role.word) || ROLES_AFTER_NAME.has(role.word))) {
      k += 2;
      roles++;
    }
    const named = tokens[k];
    // "Local councillor Mairi Campbell", "Former minister…": an adjective opening the sentence before a role is no body.
    const roleAdjective = length === 1 && first.opening && ROLE_ADJECTIVES.has(first.word);
    if (roles > 0 && named && named.gap === '' && named.cap && !run.titled && !(given && length > 1) && !roleAdjective) add('organization', 2.5, 'role-of');
    // "Three Progressive Unionist MLAs", "Labour MPs": a name before members of a parliament in capitals is their party.
    const members = tokens[run.to];
    if (roles === 0 && members && members.gap === '' && /^\p{Lu}{2,3}s$/u.test(members.text) && PARTY_MEMBERS.has(members.word) && !run.titled && !given && (length > 1 || !first.opening)) add('organization', 2.5, 'role-of');
  }
  // "à Muret", but not the English article: "A Harcastle spokeswoman said…".
  const preposition = PLACE_PREPOSITIONS.has(b0) && (b0 !== 'a' || tokens[run.from - 1]?.text.toLowerCase() !== 'a');
  // "confident in Redgum's future": a possessive belongs to the noun after it, which the preposition governs.
  if (preposition && !first.elision && !last.possessive) add('place', b0 === 'in' ? 0.4 : 1, 'place-word');
  if (PLACE_HEADS_BEFORE.has(b0) && tokens[run.from - 1]?.lower === true && !first.elision && !run.known) add('place', 2, 'place-word');
  // "une entreprise de Concarneau", "une start-up de Brest": a company "of" a bare name is from a town (not "l'entreprise de
  // X", which may be its owner's); "au marché de Réquista", "le port de X": the market is the town's.
  if (b0 === 'de' && !first.elision && length === 1 && !run.known && !given && !first.allCaps && ((TOWN_COMPANIES.has(b1) && (b2 === 'une' || b2 === 'un' || b2 === 'des')) || (TOWN_MARKETS.has(b1) && (b2 === 'au' || b2 === 'le' || b2 === 'du')))) add('place', 2, 'place-word');
  // "l'usine Bigard de Quimperlé", "le site Stellantis de Rennes": a company's site, then its town.
  if (FACILITY_FR.has(b0) && tokens[run.from - 1]?.lower === true && !first.elision && !run.known && !(given && length > 1)) add('organization', 2, 'org-context');
  if (b0 === 'de' && !first.elision && !run.known && facilityTown(tokens, run.from)) add('place', 2, 'place-word');
  // "le festival des Vieilles Charrues", "le salon des Solidarités": an event's name after "des" (not "festival de Cannes").
  if (b0 === 'des' && EVENT_CONTEXT.has(b1) && !first.elision && !run.known) add('event', 2, 'event-word');
  // "services to Stornoway", "flights from Leeds", "les vols vers Brest": where transport goes or leaves from.
  if ((b0 === 'to' || b0 === 'from' || b0 === 'vers' || b0 === 'pour') && TRANSPORT_NOUNS.has(b1) && !first.elision && !run.known && !run.titled) add('place', 2, 'place-word');
  // "Transport Scotland", "Visit Wales", "Euronext Paris": a word before a known country or region names a body (not
  // "Greater Manchester", not a person's given name, not two places).
  if (length === 2 && !run.known && knownEntry(last.key)?.type === 'place' && !last.allCaps && !given && !GEO_MODIFIERS.has(first.word) && knownEntry(first.key) === undefined && !PLACE_WORDS.has(first.word) && !first.allCaps && !first.possessive) add('organization', 1.5, 'org-suffix');
  // "la navette reliera Ploumaren au centre", "la ligne dessert Kerlouan": what a line links or serves is a place.
  if (LINE_VERBS.has(b0) && !first.elision && !run.known && !run.titled) add('place', 2, 'place-word');
  // "le chinois Leapmotor", "l'américain Nvidia": a nationality used as a noun names a company;
  // "l'Américaine Sarah Whitfield", "la Niçoise Hélène Marchetti": before a given name, a person.
  if ((b1 === 'le' || b1 === 'la' || b1 === 'l') && (NATIONALITY_NOUNS.has(b0) || isDemonym(b0) || (tokens[run.from - 1]?.cap === true && REGIONAL_DEMONYM.test(b0)))) {
    // "le Britannique Oliver Pennick": a capitalised nationality noun is a person, before a first name and a surname.
    const capitalised = tokens[run.from - 1]?.cap === true;
    if (length > 1 && (given || (capitalised && length === 2 && !ORG_SUFFIXES.has(last.word) && !run.known))) add('person', 2, 'role');
    else if (NATIONALITY_NOUNS.has(b0) || isDemonym(b0)) add('organization', 2, 'org-context');
  }
  // "brands such as X and Y", "des sous-traitants comme X", "rivals including X": the kind before the list types its names.
  {
    const kind = b0 === 'as' && b1 === 'such' ? b2 : (b0 === 'comme' || b0 === 'including' || b0 === 'notamment' || b0 === 'dont') ? b1 : (b0 === 'que' && (b1 === 'tels' || b1 === 'telles')) ? b2 : '';
    const listed = LIST_KINDS.get(kind);
    if (listed && !first.elision && !run.known && !(listed !== 'person' && given && length > 1)) add(listed, 2, listed === 'place' ? 'place-word' : listed === 'product' ? 'product-context' : listed === 'person' ? 'role' : 'org-context');
  }
  // "Frankfurt-listed Zalvero"; "a fondé Kerlann"; "cotée sur Euronext Growth"
  const previous = tokens[run.from - 1];
  if (previous && first.gap === '' && !first.elision && isCompoundDescriptor(previous.text) && LISTED_TAILS.has(previous.word.slice(previous.word.lastIndexOf('-') + 1))) add('organization', 2, 'org-context');
  if (ORG_VERBS.has(b0) && !first.elision) add('organization', 2, 'role-of');
  // "listed on Nasdaq", "listed on the Nasdaq", "cotée sur Euronext".
  if (((b0 === 'sur' || b0 === 'on') && LISTING_WORDS.has(b1)) || ((b0 === 'the' || b0 === 'l') && (b1 === 'on' || b1 === 'sur') && LISTING_WORDS.has(b2))) add('organization', 2, 'org-context');
  const next = tokens[run.to];
  if (next && next.gap.startsWith('(') && knownEntry(next.key)?.type === 'place') add('place', 2, 'place-word');
  // "Khanyisa listed on the Johannesburg Stock Exchange", "Kalyx compte 140 salariés", "Norvane employs 900 people":
  // only a body is listed, or counts employees.
  if (next && next.gap === '' && next.lower && !given && (COMPANY_VERBS_AFTER.has(next.word) || (next.word === 'compte' && employeesAhead(tokens, run.to + 1)))) add('organization', 1.5, 'org-context');
  // "Meridale, which employs 2,300 people", "Vorlane, qui emploie 230 salariés".
  else if (next && next.gap === ',' && (next.word === 'which' || next.word === 'qui') && !given && COMPANY_VERBS_AFTER.has(tokens[run.to + 1]?.word ?? '')) add('organization', 1.5, 'org-context');
  if (length > 1 && last.digits && !last.cap && /^(?:19|20)\d\d$/u.test(last.word)) add('event', 1, 'version');
  // "Quelque 2 400 professeurs", "Some 300 workers": a hedge opening a sentence before a number is no model's name.
  else if (length > 1 && !QUANTITY_OPENERS.has(first.word) && tokensOf(tokens, run).some((t, k) => k > 0 && t.number)) add('product', 2.5, 'version');
  if (length > 1 && PRODUCT_HEADS_LAST.has(last.word)) add('product', 2, 'product-context');
  // "Renault Master", "Toyota Hilux", "DJI Mavic 3": a maker's name, then words of the model's own, is that model
  // (not "Renault Trucks", "Toyota Motor", "Airbus Defence and Space": an arm of the maker, or a place, follows it).
  const makerLength = length > 2 && MODEL_MAKERS.has(`${first.word} ${tokens[run.from + 1]!.word}`) ? 2 : MODEL_MAKERS.has(first.word) ? 1 : 0;
  if (makerLength > 0 && length > makerLength && !run.known && tokensOf(tokens, run).slice(makerLength).every(isModelWord)) add('product', 4, 'product-context');
  // "le tribunal de Bobigny", "la préfecture de Rennes", "la mairie de Sevran": a seat is named after its town (a court
  // with its kind, "tribunal correctionnel de Bobigny", is a name of its own: runs.ts `courtName`).
  if (b0 === 'de' && !first.elision) {
    for (let p = 1; p < Math.min(before.length, 5); p++) {
      const word = before[p]!;
      if (SEAT_HEADS.has(word)) {
        add('place', 2.5, 'place-word');
        break;
      }
      if (!SEAT_MODIFIERS.has(word)) break;
    }
  }
  // "le gouvernement de Valdorie", "the economy of Valdoria", "le PIB de la Valdorie": what only a state has.
  // Not "le gouvernement de Michel Barnier": a given name makes it a person's.
  const stateOf = (b0 === 'de' || b0 === 'of' || b0 === 'du') && STATE_NOUNS.has(b1) ? true : (b0 === 'la' || b0 === 'le' || b0 === 'the') && (b1 === 'de' || b1 === 'of') && STATE_NOUNS.has(b2);
  if (stateOf && !given && !run.titled && !run.known) add('place', 2.5, 'place-word');
  // "le stade de Lusail", "the city of Austin"
  if (((b0 === 'de' || b0 === 'of') && PLACE_HEADS_LOWER.has(b1)) || ((b0 === 'le' || b0 === 'la') && b1 === 'de' && PLACE_HEADS_LOWER.has(b2))) add('place', 2, 'place-word');
  // "la route de Durbuy", "the road to X": where a road leads (not "la feuille de route de X", a plan).
  if (((b0 === 'de' && b1 === 'route' && b2 !== 'de') || (b0 === 'to' && b1 === 'road')) && !first.elision && !run.known && !given) add('place', 2, 'place-word');
  // "MILLBROOK, Ohio — …": a dateline, a word in capitals opening a paragraph, then a known state or country.
  if (first.opening && first.allCaps && !run.known && tokens[run.to]?.gap === ',' && knownEntry(tokens[run.to]!.key)?.type === 'place' && first.key.length >= 3) add('place', 3, 'place-word');
  // "the Cannes Lions festival", "the Threadly app"
  const follower = tokens[run.to];
  if (follower && follower.gap === '' && follower.lower) {
    const determined = DETERMINERS.has(b0) && !first.elision;
    if (EVENT_CONTEXT.has(follower.word) || EVENT_FOLLOWERS.has(follower.word)) add('event', 2, 'event-word');
    // "the Pfizer drug" names the maker, "the Threadly app" the app: a medicine noun after a name says nothing.
    // "its PenPay app": a determiner before the name makes the noun its kind.
    else if (PRODUCT_CONTEXT.has(follower.word) && !MEDICINE_NOUNS.has(follower.word) && !VEHICLE_NOUNS.has(follower.word) && !run.known) add('product', determined ? 2 : 1, 'product-context');
    // "the Pfizer vaccine", "the Eisai drug": more often the maker than the medicine, weakly.
    else if (MEDICINE_NOUNS.has(follower.word) && determined && !run.known && !given) add('organization', 1, 'org-context');
    // "the Penfold supermarket chain", "the Hale group": a company's kind after the name, maybe after its trade.
    else if (determined && !run.known && !run.titled) {
      const kind = KIND_AFTER.has(follower.word) ? follower : tokens[run.to + 1]?.gap === '' && tokens[run.to + 1]!.lower && KIND_AFTER.has(tokens[run.to + 1]!.word) ? tokens[run.to + 1] : undefined;
      if (kind && !(given && length > 1)) add('organization', 2, 'org-context');
      // "the Wakefield depot", "its Trafford distribution centre", "at Immingham docks": a site is named after its town.
      else if (FACILITY_NOUNS.has(follower.word) || (follower.word === 'distribution' && DISTRIBUTION_SITES.has(tokens[run.to + 1]?.word ?? ''))) add('place', 1.5, 'place-word');
    } else if (!run.known && (b0 === 'at' || b0 === 'a') && FACILITY_NOUNS.has(follower.word)) add('place', 1.5, 'place-word');
  }
  for (let k = run.from; k < run.to; k++) {
    const t = tokens[k]!;
    if (t.digits && !t.number && /\p{L}/u.test(t.text) && !t.allCaps) add('product', 2, 'version');
    else if (t.digits && t.allCaps && t.text.includes('-')) add('product', 2, 'version');
    // "A400M", "MI308", "A321XLR": a model code, one or two capitals, three or four digits, maybe a capital suffix (not
    // "COP29", "CAC40", nor the roads "A69", "M25").
    else if (t.digits && t.allCaps && MODEL_CODE.test(t.text) && !run.known) add('product', 2, 'version');
  }
  // "737 MAX", "320 NEO": a model number, then the variant in capitals (see `startsRun`).
  if (length > 1 && first.number) add('product', 2.5, 'version');
  if (first.mixed && first.lower) add('product', 2, 'mixed-case');
  // "MacRae", "McTavish", "FitzGerald": an inner capital after these is a surname's, no brand's.
  else if (length === 1 && first.mixed && !SURNAME_PREFIX.test(first.text)) add('organization', 1, 'mixed-case');
  if (length === 1 && isDrugName(first)) add('product', 4, 'product-context');
  if (length === 1 && first.allCaps && first.text.length <= 6 && run.shouted !== true) scores.organization += 1;
  // "COP31", "Cop26": the climate conferences by their number, beyond the ones the list knows.
  if (length === 1 && !run.known && /^cop\d{1,2}$/u.test(first.word)) add('event', 4, 'event-word');
  // "Tropical Storm Nadine": the storm's class before its head word.
  const stormClass = length > 2 && (first.word === 'tropical' || first.word === 'post-tropical') && EVENT_HEADS_FIRST.has(tokens[run.from + 1]!.word);
  if (length > 1 && (EVENT_HEADS_FIRST.has(first.word) || EVENT_HEADS_LAST.has(last.word) || raceHead(tokens, run.from) || stormClass)) add('event', 3, 'event-word');
  if (length === 1 && EVENT_HEADS_FIRST.has(first.word)) add('event', 1, 'event-word');
  if (length === 2 && YEAR_EVENT_HEADS.has(first.word) && /^(?:19|20)\d\d$/u.test(last.word)) add('event', 4, 'event-word');
  if (given && (!first.allCaps || length > 1)) {
    const weak = first.opening && AMBIGUOUS_GIVEN.has(first.key);
    if (length > 1 && !ORG_SUFFIXES.has(last.word) && !last.digits) add('person', weak ? 1 : 2, 'given-name');
    else if (length === 1) add('person', weak ? 0.5 : 1.5, 'given-name');
  }
  // "Forum", "Commission", "Court": an institution's or an event's head word alone names no person, whatever role stands near it.
  if (length === 1 && !run.titled && (ORG_HEADS.has(first.word) || EVENT_CONTEXT.has(first.word) || TEAM_HEADS.has(first.word)) && scores.person > 0) {
    scores.person = 0;
    cues.delete('role');
  }
  // The street outweighs the given name or the role its name honours; a club named after it ("Quarry Lane beat…") is
  // the club still.
  if (street && scores.person >= scores.place) scores.place = scores.person + 0.5;
  // "The Premier League sold its rights", "la Ligue 1 a signé…": a league acting as a company is the body, not the competition.
  // Not an apposition after it: "Relégué en Pro D2, le club perd…" is the club's sentence.
  if (isLeague(run.known) && ((last.possessive && !last.pluralPossessive) || ownsAfterVerb(tokens, run.to) || companyPredicate(tokens, run.to) === 'organization')) add('organization', 5, 'org-context');
  return { scores, cues };
}

/** "Joris van Kampen", "Kiprono arap Tanui": a particle no French or English sentence uses, inside the name. */
function foreignParticle(tokens: readonly Token[], run: Run): boolean {
  for (let k = run.from + 1; k < run.to - 1; k++) if (tokens[k]!.lower && FOREIGN_PARTICLES.has(tokens[k]!.word)) return true;
  return false;
}

/** Credits a byline's "by"/"par" follows: "Reporting by", "Editing by", "Propos recueillis par", "Additional reporting by". */
const CREDIT_VERBS = new Set(['reporting', 'editing', 'writing', 'written', 'reported', 'compiled', 'recueillis', 'recueilli', 'recueillie', 'recueillies', 'texte', 'textes']);

/** The "By"/"Par" of a byline at `b`: the sentence's first word, or right after a credit ("Reporting by", "Propos recueillis par"). */
function bylineWord(tokens: readonly Token[], b: number): boolean {
  const by = tokens[b];
  if (!by || !BYLINE_WORDS.has(by.word)) return false;
  if (b === 0) return by.cap;
  const credit = tokens[b - 1]!;
  return by.lower && by.gap === '' && CREDIT_VERBS.has(credit.word) && (b === 1 || credit.gap !== '' || (b === 2 && tokens[0]!.cap));
}

/**
 * "By X in Brussels", "Par X, à Rennes — Publié le…", "By X and Y | Brussels", "(Reporting by X; Editing by Y)": a name of two
 * to four words after a byline's "By"/"Par", maybe after other names joined by commas and "and"/"et", then the end, a
 * comma, a semicolon, a dash, a bar or a middle dot ("By X · ABC Illawarra"), "and"/"et" and another name, or
 * "in"/"at"/"à" and a place.
 */
function byline(tokens: readonly Token[], run: Run): boolean {
  const length = run.to - run.from;
  if (length < 2 || length > 4 || run.known || ORG_SUFFIXES.has(tokens[run.to - 1]!.word)) return false;
  const after = tokens[run.to];
  const ends = !after || /^[,;)—–|·•-]/u.test(after.gap) || (after.gap === '' && after.lower && (after.word === 'in' || after.word === 'at' || after.word === 'a' || after.word === 'and' || after.word === 'et'));
  if (!ends) return false;
  // Back to the byline word, across the names before this one; a comma joins names only in a list "and"/"et" closes
  // ("By X, Harbor Wire" names an agency).
  let closed = after !== undefined && after.gap === '' && (after.word === 'and' || after.word === 'et');
  let k = run.from;
  for (let names = 0; names < 4; names++) {
    if (tokens[k]!.gap === '' && bylineWord(tokens, k - 1)) return true;
    const link = tokens[k - 1];
    let end = k;
    if (tokens[k]!.gap === '' && link && link.gap === '' && link.lower && (link.word === 'and' || link.word === 'et')) {
      end = k - 1;
      closed = true;
    } else if (!tokens[k]!.gap.startsWith(',') || !closed) return false;
    // The previous name: capitalised words and particles, back to the punctuation or the byline word before it.
    let start = end;
    while (start > 0 && end - start < 4 && !bylineWord(tokens, start - 1)) {
      const t = tokens[start - 1]!;
      if (!(t.cap || (t.lower && NAME_PARTICLES.has(t.word)))) break;
      start--;
      if (t.gap !== '') break;
    }
    if (start === end || end - start < 2) return false;
    k = start;
  }
  return false;
}

/** A line of page furniture cut by bars: "Priyanka Deshmane, Pune | Updated: 10:15 am IST". */
function barredLine(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + 6); k++) if (tokens[k]!.gap.includes('|')) return true;
  return false;
}

/** "Priyanka Deshmane, Pune | Updated…", "Aditi Rao | 4 March": a credit line opens with its writer's name of two or three words. */
function creditLineName(tokens: readonly Token[], run: Run): boolean {
  const length = run.to - run.from;
  const after = tokens[run.to];
  if (run.from !== 0 || length < 2 || length > 3 || run.known || !after || !(after.gap.startsWith(',') || after.gap.includes('|'))) return false;
  for (let k = run.from; k < run.to; k++) if (!tokens[k]!.cap || tokens[k]!.allCaps || tokens[k]!.digits || ORG_SUFFIXES.has(tokens[k]!.word)) return false;
  return barredLine(tokens, run.to);
}

/** "Priyanka Deshmane, Pune | Updated…": the one or two words between the writer's name and the bar are where they write from. */
function creditLinePlace(tokens: readonly Token[], run: Run): boolean {
  const after = tokens[run.to];
  if (run.to - run.from > 2 || !tokens[run.from]!.gap.startsWith(',') || !after || !after.gap.includes('|')) return false;
  const name: Run = { from: 0, to: run.from, known: undefined, titled: false };
  return run.from >= 2 && run.from <= 3 && creditLineName(tokens, name);
}

/**
 * The place that ends a byline: "Par X, à Rennes", "By X in Leeds", "By X, Health Correspondent, London". The sentence opens
 * with "By"/"Par" and a name; the place is its last name, after a comma or a place preposition.
 */
function bylinePlace(tokens: readonly Token[], run: Run): boolean {
  const by = tokens[0];
  const length = run.to - run.from;
  if (!by || !by.cap || !BYLINE_WORDS.has(by.word) || run.from < 3 || length > 3) return false;
  const after = tokens[run.to];
  const first = tokens[run.from]!;
  // "By X | Perth | 11 March", "By X | Coleman, Texas | …": a field between the bars, maybe a town and its state.
  const barred = first.gap === '|' && length <= 2;
  if (after && !/^[—–|-]/u.test(after.gap) && !(barred && after.gap === ',' && knownEntry(after.key)?.type === 'place')) return false;
  const before = tokens[run.from - 1]!;
  // "at the Westfalenstadion": an article may follow the preposition.
  const article = first.gap === '' && before.lower && (before.word === 'the' || before.word === 'le' || before.word === 'la') && tokens[run.from - 2]?.gap === '';
  const place = article ? tokens[run.from - 2]! : before;
  const preposition = first.gap === '' && (place.word === 'a' || place.word === 'in' || place.word === 'at') && place.lower && (!article || run.from >= 4);
  if (!(barred || first.gap.startsWith(',') || (preposition && (place.gap.startsWith(',') || place.gap === '')))) return false;
  // After a bare comma, an agency may stand there too ("By X, Reuters"): one word only, no acronym, no known organisation.
  if (!preposition && ((length > 1 && !barred) || first.allCaps || (run.known !== undefined && run.known.type !== 'place') || ORG_SUFFIXES.has(first.word))) return false;
  // Everything before it is the writer's name, roles and commas: no verb.
  for (let k = 1; k < run.from; k++) if (tokens[k]!.lower && !ROLES.has(tokens[k]!.word) && !ROLE_MODIFIERS.has(tokens[k]!.word) && k < run.from - (article ? 2 : 1)) return false;
  return true;
}

const SCORE = /^\d{1,2}-\d{1,2}$/u;

/** A score token with no other score after it (tennis sets, "6-4, 6-3", are players'). */
function lonelyScore(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.gap !== '' || !SCORE.test(t.text)) return false;
  const next = tokens[k + 1];
  return !(next && SCORE.test(next.text));
}

/**
 * "X beat Y 2-1": the run is the subject (a result verb, a name, a score follow) or the object (after the verb, a score
 * follows) of a team result. French takes its auxiliary: "X a battu Y 3-0".
 */
function teamScore(tokens: readonly Token[], run: Run): boolean {
  const before = tokens[run.from - 1];
  let scored = before !== undefined && before.lower && RESULT_VERBS.has(before.word) && tokens[run.from]!.gap === '' && lonelyScore(tokens, run.to);
  if (!scored) {
    let k = run.to;
    if (tokens[k]?.word === 'a' && tokens[k]!.gap === '') k++;
    const verb = tokens[k];
    if (!verb || verb.gap !== '' || !verb.lower || !RESULT_VERBS.has(verb.word)) return false;
    let end = k + 1;
    while (end < k + 5 && tokens[end] && tokens[end]!.gap === '' && tokens[end]!.cap) end++;
    scored = end > k + 1 && lonelyScore(tokens, end);
  }
  return scored && !(isGivenWord(tokens[run.from]!.word) && run.to - run.from > 1);
}

function tokensOf(tokens: readonly Token[], run: Run): Token[] {
  return tokens.slice(run.from, run.to);
}

/** The best-scored type; "other" when nothing speaks for any. Ties go to the earlier type in the list. */
export function bestType(scores: Scores): EntityType {
  let best: EntityType = 'other';
  let bestScore = 0.49;
  for (const type of ['organization', 'person', 'place', 'product', 'event'] as const) {
    if (scores[type] > bestScore) {
      best = type;
      bestScore = scores[type];
    }
  }
  return best;
}

/** A minister's word right before the complement ("des Transports"), or before its article ("de la Culture"). */
function portfolioOf(b1: string, b2: string, known: boolean): boolean {
  return !known && (MINISTER_WORDS.has(b1) || (LINK_WORDS.has(b1) && MINISTER_WORDS.has(b2)));
}

/** A word that may name a maker's model: none that names the company, one of its arms, or a place. */
function isModelWord(token: Token): boolean {
  const known = knownEntry(token.key)?.type;
  return !ORG_SUFFIXES.has(token.word) && !LEGAL_FORMS.has(token.word) && !MAKER_ARMS.has(token.word) && !PLACE_WORDS.has(token.word) && known !== 'place' && known !== 'organization';
}
