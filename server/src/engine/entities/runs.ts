/**
 * Candidate names in one sentence: known phrases first ("Organisation mondiale de la santé"), then runs
 * of capitalised tokens ("Mark Zuckerberg", "Scale AI"), with the connectors a name admits
 * ("Massachusetts Institute of Technology", "Charles de Gaulle", "Coupe du monde"), version numbers
 * ("Llama 4") and honorifics noted ("M. Zuckerberg"). Descriptors before a name are skipped, so they stay
 * cues and never become part of it: "French DIY retailer X", "Paris-listed", "la Niçoise Hélène Marchetti".
 */
import { isGivenWord, isListedTown, knownEntry, phrasesFrom, type KnownEntry } from './gazetteer';
import {
  COMMON_ACRONYMS,
  EVENT_CONTEXT,
  EVENT_HEADS_FIRST,
  EVENT_HEADS_LAST,
  EVENT_TAILS,
  FOREIGN_PARTICLES,
  FURNITURE,
  GENERIC_BODIES,
  isCompoundDescriptor,
  isDemonym,
  NAME_ADJECTIVES,
  NAME_CONNECTORS,
  SHIP_PREFIXES,
  NAME_PARTICLES,
  KICKER_NOUNS,
  EPONYM_HEADS,
  LEGAL_FORMS,
  LOWER_EPONYM_HEADS,
  LOWER_PORTFOLIO_HEADS,
  CARRIER_SUFFIXES,
  LOWER_EVENT_HEADS,
  NATIONAL_BODY_ADJECTIVES,
  NATIONAL_CHAPTER_BODIES,
  PRESS_ADJECTIVES,
  ENGLISH_PRESS_TAILS,
  PRESS_HEADS,
  STORM_HEADS,
  LOWER_SITE_HEADS,
  LOWER_STREET_HEADS,
  LOWER_FEATURE_HEADS,
  LOWER_BODY_HEADS,
  LOWER_FIXED_BODIES,
  MILITARY_TITLES,
  ORG_CONTEXT,
  ORG_HEADS,
  ORG_SUFFIXES,
  PLACE_WORDS,
  PRODUCT_CONTEXT,
  REGIONAL_DEMONYM,
  ROLE_MODIFIERS,
  ROLES,
  ROLES_AFTER_NAME,
  SCALE_WORDS,
  STOP,
  TIME_WORDS,
  TITLES,
} from './lexicon';
import type { Token } from './tokens';

export interface Run {
  from: number;
  /** Exclusive. */
  to: number;
  known: KnownEntry | undefined;
  /** After an honorific: "M.", "Dr", "Mr". */
  titled: boolean;
  /** Starts with a capitalised particle at the start of a sentence: "Le Pen a refusé…", "Von der Leyen a salué…". */
  particled?: boolean;
  /** Right after a role's complement and its place: "le député du Rhône Nadir X" (see `splitAtPerson`). */
  held?: boolean;
  /** Starts with a lower-case head that types it: "ministère de l'Agriculture", "avenue de Ségur" (see `lowerHead`). */
  head?: 'organization' | 'place' | 'event';
  /** Its first word's elided "d'" is the name's own particle: "Mme d'Ornano". */
  elided?: boolean;
  /** A word of a headline in capitals, where capitals say nothing of an acronym: "…QUITTENT LES VOSGES". */
  shouted?: boolean;
}

/** Capitalised, or a lower-case start with an inner capital: "iPhone", "eBay", "xAI"; or a medicine's common name ("zénotinib"). */
export function nameShaped(t: Token): boolean {
  return t.cap || (t.mixed && t.lower) || (t.lower && ARABIC_PARTICLE.test(t.text)) || isDrugName(t);
}

/**
 * "le zénotinib", "pembrolizumab", "semaglutide": international non-proprietary names of medicines are written in lower
 * case but end in the WHO's stems (-mab monoclonal antibodies, -tinib/-nib kinase inhibitors, -ciclib, -parib, -lisib,
 * -vir antivirals, -gliptin, -gliflozin, -glutide, -sartan, -statin, -prazole, -oxacin, -cillin, -mycin, -vastatin),
 * which no common French or English word does. Nine letters at least: "cabinet" ends in -nib's letters too.
 */
const DRUG_STEM = /^\p{Ll}[\p{Ll}-]{2,}(?:mab|tinib|ciclib|parib|lisib|rafenib|fenib|zomib|previr|asvir|buvir|tegravir|gliptin|gliflozin|glutide|sartan|vastatin|prazole|floxacin|oxacin|cillin|mycin|dronate|lukast|triptan|setron|afil|vudine|navir|ximab|zumab|mumab)$/u;
export function isDrugName(t: Token): boolean {
  return t.lower && !t.digits && t.text.length >= 9 && DRUG_STEM.test(t.text);
}

/** "al-Sharaa", "el-Sissi", "ben-Gvir": an Arabic or Hebrew particle glued to a capitalised name. */
const ARABIC_PARTICLE = /^(?:al|el|ad|ar|as|at|az|an|ash|ben|bin|abu|ibn)-\p{Lu}/u;

const VERB_PRONOUN = /-(?:vous|nous|ils?|elles?|on|moi|toi|les?|la|y|en|t-ils?|t-elles?|t-on|ce|je|tu|lui|leur)$/u;

/** Never part of a name: function words, months, roles, verbs with a pronoun ("Abonnez-vous"), "Mi-juin". */
const ACCENTED_GAELIC_PARTICLES = new Set(['Ní', 'Uí']);

export function blocked(t: Token): boolean {
  if (TIME_WORDS.has(t.word) || ROLES.has(t.word)) return true;
  // "Nick Baird KC", "Jane Doe OBE": post-nominal letters end a name.
  if (t.allCaps && POSTNOMINALS.has(t.word)) return true;
  // "CES", "WHO": known all-capitals names that spell a function word.
  // "Siobhán Ní Bhriain": the accented Irish particle is no French "ni".
  if (STOP.has(t.word) && !(t.allCaps && knownEntry(t.key) !== undefined) && !ACCENTED_GAELIC_PARTICLES.has(t.text)) return true;
  if (t.word.includes('-')) {
    if (VERB_PRONOUN.test(t.word)) return true;
    // "mi-mars", "Mid-January", "fin-juin" are times; "Pieter-Jan" is a given name whose second half spells a month's
    // abbreviation.
    const parts = t.word.split('-');
    for (let k = 0; k < parts.length; k++) {
      const part = parts[k]!;
      if (part === 'mi' || (TIME_WORDS.has(part) && !(k > 0 && part.length <= 3 && (parts[0]?.length ?? 0) >= 4 && !TIME_WORDS.has(parts[0] ?? '')))) return true;
    }
  }
  return false;
}

/** A capitalised word with no inner capital, digit or elision, no function word: a surname's or a given name's shape. */
function plainWord(t: Token): boolean {
  return t.cap && !t.allCaps && !t.mixed && !t.digits && !blocked(t) && !FURNITURE.has(t.word);
}

/** "General Court", "Massachusetts General Hospital": "General" before an institution's head is the name's adjective, no rank. */
function adjectiveBeforeHead(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  return t.cap && !t.allCaps && (t.word === 'general' || t.word === 'generale') && next !== undefined && next.gap === '' && next.cap && !next.allCaps && (ORG_HEADS.has(next.word) || ORG_SUFFIXES.has(next.word));
}

/**
 * After an honorific, the particles of a surname (0 when none): "M. de Montalzac", "Mme van der Berg" → 1 or 2 tokens
 * before the capitalised name.
 */
function titledParticles(tokens: readonly Token[], i: number): number {
  let j = i;
  // The honorific's full stop stands before the first particle: "M. de Montalzac".
  // "M. Le Maire", "Mme De Sutter": one particle with a capital.
  const capital = tokens[i] !== undefined && tokens[i]!.cap && CAPITAL_PARTICLES.has(tokens[i]!.word) && tokens[i]!.elision === null;
  if (capital) j++;
  else while (j < i + 2 && tokens[j] && (tokens[j]!.gap === '' || (j === i && tokens[j]!.gap === '.')) && tokens[j]!.lower && tokens[j]!.elision === null && NAME_PARTICLES.has(tokens[j]!.word)) j++;
  // "Mme de La Tour", "M. de La Varende": a capital article after the lower-case particle, before the surname.
  const article = tokens[j];
  const afterArticle = tokens[j + 1];
  if (!capital && j > i && article !== undefined && article.gap === '' && article.cap && article.elision === null && CAPITAL_PARTICLES.has(article.word) &&
    afterArticle !== undefined && afterArticle.gap === '' && afterArticle.elision === null && surnameAfterParticle(afterArticle)) j++;
  const name = tokens[j];
  return j > i && name !== undefined && name.gap === '' && name.elision === null && surnameAfterParticle(name) ? j - i : 0;
}

/** A capitalised word after a particle is a surname even when it is a role: "Bruno Le Maire", "M. Le Maire". */
function surnameAfterParticle(t: Token): boolean {
  return t.cap && !t.allCaps && !t.digits && (!blocked(t) || (ROLES.has(t.word) && !STOP.has(t.word) && !TIME_WORDS.has(t.word)));
}

function isTitle(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (!t.cap || !TITLES.has(t.word) || !next || !(nameShaped(next) || titledParticles(tokens, i + 1) > 0)) return false;
  // "Mme Le Pen", "M. de Villepin" (lower-case particles follow the honorific only with a capital after them)
  const after = tokens[i + 2];
  const particle = CAPITAL_PARTICLES.has(next.word) && after !== undefined && after.gap === '' && after.cap;
  if (blocked(next) && !particle) return false;
  // "Royal Prince Alfred Hospital", "Queen Elizabeth University Hospital", "King Street": a title before capitalised
  // words that end in a body's or a place's head names the body or place after someone, it introduces no one.
  if (namesBodyAhead(tokens, i + 1) || namesPlaceAhead(tokens, i + 1)) return false;
  // "note Cheikh Oumar Diallo": in French, a capitalised "Cheikh" with no article before it and two names after it is a
  // West African given name, no title ("le cheikh Tamim" writes the title in lower case).
  if (t.word === 'cheikh' && !ARTICLES_BEFORE_RANK.has(tokens[i - 1]?.word ?? '') && after !== undefined && after.gap === '' && after.cap && !after.allCaps && !blocked(after)) return false;
  // "Me de Lestrange": the French lawyer's "Me" is a title only before a particle and a name (English "Me" is a pronoun).
  return next.gap === '.' || (next.gap === '' && t.word !== 'st' && (t.word !== 'me' || titledParticles(tokens, i + 1) > 0));
}

const ENGLISH_WORD_PARTICLES = new Set(['ten', 'bin']);

/**
 * "van Houten", "von der Leyen", "ibn Saud": a foreign particle, lower-case, any further particles, then a capitalised
 * name: the tokens of the surname (0 when none).
 */
function foreignParticleName(tokens: readonly Token[], i: number): number {
  const t = tokens[i]!;
  // Not "ten" or "bin", English words too ("the ten Democrats"): inside a name only, after its given name.
  if (!t.lower || t.elision !== null || !FOREIGN_PARTICLES.has(t.word) || ENGLISH_WORD_PARTICLES.has(t.word)) return 0;
  let j = i + 1;
  while (j < i + 3 && tokens[j] && tokens[j]!.gap === '' && tokens[j]!.lower && tokens[j]!.elision === null && NAME_PARTICLES.has(tokens[j]!.word)) j++;
  const name = tokens[j];
  if (!name || name.gap !== '' || name.elision !== null || !plainWord(name) || ORG_HEADS.has(name.word) || PLACE_WORDS.has(name.word)) return 0;
  return j + 1 - i;
}

/**
 * Whether the capitalised words from `from` (at most four, no punctuation between) end in a word `ends` accepts; `first`
 * says whether that word may be the first of them.
 */
function capitalisedAheadEndIn(tokens: readonly Token[], from: number, ends: (t: Token, first: boolean) => boolean): boolean {
  for (let k = from; k < from + 4; k++) {
    const t = tokens[k];
    if (!t || !t.cap || t.gap !== '') return false;
    if (ends(t, k === from)) return true;
  }
  return false;
}

/** Whether the capitalised words from `from` end in an organisation's head or suffix ("Alfred Hospital"). */
function namesBodyAhead(tokens: readonly Token[], from: number): boolean {
  return capitalisedAheadEndIn(tokens, from, (t, first) => !first && (ORG_SUFFIXES.has(t.word) || ORG_HEADS.has(t.word)));
}

/** Heads whose remit follows "on": "Committee on Foreign Relations", "Commission on Human Rights". */
const REMIT_HEADS = new Set(['committee', 'subcommittee', 'commission', 'council', 'panel', 'taskforce']);
/** English heads of bodies, after which a French "de" is the article's, not the name's. */
const ENGLISH_BODY_HEADS = new Set(['hospital', 'museum', 'university', 'college', 'institute', 'bank', 'company', 'foundation', 'center', 'school', 'clinic', 'gallery', 'library']);

/** Whether the capitalised words from `from` end in a place's head: "King Street", "Queen Elizabeth Park". */
function namesPlaceAhead(tokens: readonly Token[], from: number): boolean {
  return capitalisedAheadEndIn(tokens, from, (t, first) => (!first && PLACE_WORDS.has(t.word)) || STREET_TAILS.has(t.word));
}
/** Street words that may follow a title directly and name a place ("King Street"); "President Park" is a person. */
const STREET_TAILS = new Set(['street', 'road', 'avenue', 'lane', 'square', 'boulevard', 'terrace', 'crescent']);

function streetAfter(next: Token | undefined): boolean {
  return next !== undefined && next.gap === '' && next.cap && !next.allCaps && STREET_TAILS.has(next.word);
}

const HYPHEN_INITIAL = /^\p{Lu}\p{Ll}+-\p{Lu}$/u;
// "Llama 4", "GPT 4.5", "Komatsu 930E", "Damen RoPax 6716": a version, or a model number (four digits that are no year);
// "Boeing 787-9", "ATR 72-600": a variant after a hyphen (not "2024-25", a season).
const VERSION = /^(?:\d{1,3}(?:\.\d{1,2})?|\d{1,4}[a-z]{1,2}|(?!19|20)[1-9]\d{3}|[1-9]\d{1,2}-(?:\d|[1-9]\d?00)[a-z]{0,2})$/u;
const YEAR = /^(?:19|20)\d\d$/u;

function continuesAsNumber(tokens: readonly Token[], run: Run, j: number): boolean {
  const t = tokens[j]!;
  if (t.gap !== '' || !t.digits || t.cap) return false;
  const next = tokens[j + 1];
  if (next && (next.gap.startsWith('%') || (next.gap === '' && (SCALE_WORDS.has(next.word) || (next.word === 'pour' && tokens[j + 2]?.word === 'cent'))))) return false;
  if (VERSION.test(t.word)) return !isGivenWord(tokens[run.from]!.word) || run.to - run.from === 1;
  return YEAR.test(t.word) && (run.known?.type === 'event' || hasWord(tokens, run, EVENT_HEADS_FIRST) || hasWord(tokens, run, EVENT_HEADS_LAST));
}

const PORTFOLIO_LINKS = new Set(['for', 'of']);
/** A portfolio in a list inside a name: a capitalised common word, no name a list knows ("…, Ofsted and Ofqual" are bodies). */
function startsNameAfterComma(t: Token): boolean {
  return t.cap && !t.allCaps && nameShaped(t) && !blocked(t) && knownEntry(t.key) === undefined && !isGivenWord(t.word);
}

/** A name of at most three words from `k` whose last word is a body's head or suffix: "Maynooth University". */
function bodyNameAhead(tokens: readonly Token[], k: number): boolean {
  let end = k;
  while (end < k + 3 && startsName(tokens, end)) end++;
  const last = tokens[end - 1];
  return end > k && last !== undefined && (ORG_HEADS.has(last.word) || ORG_SUFFIXES.has(last.word));
}

/** "Argyll and Bute Council": after "and", one or two unknown capitalised words closing on a body's suffix. */
function andBodyAhead(tokens: readonly Token[], j: number): boolean {
  let k = j + 1;
  while (k < j + 3 && startsName(tokens, k) && (knownEntry(tokens[k]!.key) === undefined || knownEntry(tokens[k]!.key)?.type === 'place') && !ORG_SUFFIXES.has(tokens[k]!.word) && !ORG_HEADS.has(tokens[k]!.word)) k++;
  const suffix = tokens[k];
  return k > j + 1 && suffix !== undefined && suffix.gap === '' && suffix.cap && (ORG_SUFFIXES.has(suffix.word) || BODY_TAILS.has(suffix.word)) && !startsName(tokens, k + 1);
}
/** Words a body's name ends on beyond the heads the "the X and Y …" rule knows: "Council", "Trust", "Enterprise". */
const BODY_TAILS = new Set(['enterprise', 'council', 'authority', 'board', 'trust', 'commission', 'police', 'constabulary']);

function hasWord(tokens: readonly Token[], run: Run, set: ReadonlySet<string>): boolean {
  for (let k = run.from; k < run.to; k++) if (set.has(tokens[k]!.word)) return true;
  return false;
}

/**
 * A race's head, which keeps its "de"/"of" and the place after it: "le Tour du Limousin", "the Tour of Britain" (a
 * masculine article makes "Tour" a race: "la tour Eiffel" is a building), "le Grand Prix de Monaco", "l'Open d'Australie",
 * "le Grand Trail des Estives".
 */
export function raceHead(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const previous = tokens[i - 1];
  const next = tokens[i + 1];
  if (!t.cap || !next || next.gap !== '') return false;
  // "le Grand Prix de Monaco", "the Grand Prix of Monaco", "le Grand Trail des Estives": "Grand" before an event's head.
  if (t.word === 'grand') return next.cap && (next.word === 'prix' || EVENT_HEADS_FIRST.has(next.word));
  // "de", "du", "des", or an elided "d'" that comes with the place ("l'Open d'Australie", "le Tour d'Italie").
  const frenchOf = (next.lower && FRENCH_OF.has(next.word)) || (next.elision === 'd' && next.cap);
  // "l'Open d'Australie", "l'Open de Moselle": French names a tournament "Open" before its place.
  if (t.word === 'open') return frenchOf;
  if (t.word !== 'tour' || t.elision !== null || t.gap !== '' || !previous) return false;
  if (previous.word === 'the') return next.lower && next.word === 'of';
  return (previous.word === 'le' || previous.word === 'du' || previous.word === 'au') && frenchOf;
}

/** How many tokens after `run.to` extend the run (0 = the run ends). */
function extension(tokens: readonly Token[], run: Run): number {
  const j = run.to;
  const t = tokens[j];
  const last = tokens[j - 1]!;
  if (!t) return 0;
  const length = run.to - run.from;
  const first = tokens[run.from]!;
  // Both depend on the run's first word only: asked once, when the run is one word long, not at every later step.
  if (length === 1) {
    const spelled = spelledByAcronym(tokens, run);
    if (spelled > j) return spelled - j;
  }
  // "Neskantaga First Nation", "Marten Falls First Nation": a Canadian band's government is named by its people and
  // "First Nation" ("First" would otherwise stop the name as an ordinal).
  const nation = tokens[j + 1];
  if (t.word === 'first' && t.cap && t.gap === '' && nation && nation.gap === '' && nation.cap && (nation.word === 'nation' || nation.word === 'nations') && !last.allCaps && length <= 3) return 2;
  // "l'Euro 2028", "Expo 2030": a championship or a fair named by its year.
  if (length === 1 && YEAR_EVENT_HEADS.has(first.word) && first.cap && t.gap === '' && t.number && /^(?:19|20)\d\d$/u.test(t.word)) return 1;
  // "la FDSEA de la Dordogne", "la CCI du Var", "l'ARS d'Occitanie": a body's acronym and the territory it covers.
  if (length === 1 && first.allCaps && first.key.length >= 3 && first.key.length <= 6 && run.known?.type !== 'place') {
    const territory = territoryAfter(tokens, j);
    if (territory > 0) return territory;
  }
  if (last.possessive) {
    // "Alzheimer's Research UK", "Hartley's Trust", "St. Aldric's Hospital": a possessive before an organisation's head word is inside the name.
    const saint = length === 2 && first.word === 'st';
    // "Alföld Workers' Union", "the National Farmers’ Union": a plural possessive before a body's head word, any length.
    if (PLURAL_OWNERS.test(last.word) && t.gap === '' && t.cap && !t.allCaps && BODY_HEADS.has(t.word) && !run.known && length <= 4) return 1;
    return (length === 1 || saint) && t.gap === '' && t.cap && !t.allCaps && POSSESSIVE_HEADS.has(t.word) && !run.known && !isGivenWord(first.word) ? 1 : 0;
  }
  // "the National Union of Rail, Maritime and Transport Workers (RMT)": a list inside a name that an acronym closes.
  if (t.gap === ',' && hasWord(tokens, run, ORG_HEADS) && tokens[j - 2]?.word === 'of' && nameShaped(t) && !blocked(t)) {
    let k = j;
    let joinedAnd = false;
    while (k < j + 8 && tokens[k] && (tokens[k]!.gap === '' || tokens[k]!.gap === ',') && ((nameShaped(tokens[k]!) && !blocked(tokens[k]!)) || ((tokens[k]!.word === 'and' || tokens[k]!.word === 'et') && tokens[k]!.gap === '' && !joinedAnd))) {
      if (tokens[k]!.word === 'and' || tokens[k]!.word === 'et') joinedAnd = true;
      else if (tokens[k]!.gap === ',' && joinedAnd) break;
      k++;
    }
    const close = tokens[k];
    if (joinedAnd && k > j + 2 && close && close.gap.endsWith('(') && startsName(tokens, k - 1) && (close.allCaps || close.cap)) return k - j;
  }
  // "Department for Culture, Media and Sport", "Ministry of Housing, Communities and Local Government": after a head and
  // "for"/"of", a list of portfolios closed by "and" stays in the name, acronym or not.
  if (t.gap === ',' && startsNameAfterComma(t) && !run.known && ORG_HEADS.has(first.word) && PORTFOLIO_LINKS.has(tokens[j - 2]?.word ?? '') && tokens[j - 2]!.lower) {
    let k = j + 1;
    while (k < j + 4 && tokens[k] && tokens[k]!.gap === ',' && startsNameAfterComma(tokens[k]!)) k++;
    const and = tokens[k];
    if (and && and.gap === '' && and.lower && and.word === 'and') {
      let end = k + 1;
      while (end < k + 3 && startsName(tokens, end) && knownEntry(tokens[end]!.key) === undefined) end++;
      if (end > k + 1) return end - j;
    }
  }
  // "Takamura Holdings Co., Ltd.": the comma inside a legal form.
  if (last.word === 'co' && last.cap && t.word === 'ltd' && t.cap && (t.gap === ',' || t.gap === '.,') && length > 1) return 1;
  // "Bank of Baroda (Kenya) Ltd", "Harbour Bank (Ghana) Limited": a country in parentheses before a legal form.
  const closing = tokens[j + 1];
  if (t.gap === '(' && nameShaped(t) && !blocked(t) && closing && closing.gap === ')' && isLegalForm(closing) && !first.allCaps) return 2;
  // "St. Aldric's Hospital", "St. Louis": the abbreviated saint and the name after it.
  if (length === 1 && last.word === 'st' && last.cap && !last.allCaps && t.gap === '.' && t.cap && !t.allCaps && t.elision === null && !blocked(t)) return 1;
  // "Jean-M. Dupont": a compound given name cut to its second initial.
  const joined = t.gap === '' || t.gap === '&' || ((last.initial || (length === 1 && HYPHEN_INITIAL.test(last.text) && isGivenWord(last.word))) && t.gap === '.');
  if (!joined || isCompoundDescriptor(t.text)) return 0;
  // "Marcus J. Pellegrino", "Vikram S. Bhattacharya": a middle initial after a given name, though "j" and "s" are elisions.
  const surname = tokens[j + 1];
  if (t.initial && t.cap && t.word.length === 1 && length <= 2 && first.cap && !first.allCaps && first.elision === null && !run.known && surname && surname.gap === '.' && surname.cap && !surname.allCaps && !blocked(surname)) return 2;
  // "Ifeoma Grace Adeyemi", "Mary June Watts": a middle name spelled like a function word or a month.
  if (length === 1 && isGivenWord(first.word) && plainWord(first) && givenNameInTimeOrStopWord(tokens, j)) return 1;
  // "Greet Van der Linden", "Jan Van den Berg", "Ursula Von der Leyen": a capital particle and a lower-case one.
  const second = tokens[j + 2];
  const lowerParticle = tokens[j + 1];
  if (length === 1 && t.cap && !t.allCaps && (t.word === 'van' || t.word === 'von' || t.word === 'de') && (isGivenWord(first.word) || (!first.opening && !first.allCaps && !first.mixed && run.known === undefined && first.elision === null)) && lowerParticle && lowerParticle.gap === '' && lowerParticle.lower && LOWER_SECOND_PARTICLES.has(lowerParticle.word) && second && second.gap === '' && second.cap && !second.allCaps && !blocked(second)) return 3;
  // "Madeleine King", "Rachel Bishop": after a given name, a role that is also a frequent surname ends the name.
  if (length === 1 && isGivenWord(first.word) && !first.allCaps && t.cap && !t.allCaps && ROLE_SURNAMES.has(t.word) && !(tokens[j + 1]?.cap === true && tokens[j + 1]?.gap === '')) return 1;
  // "la Croix-Rouge française", "the Red Cross" of one country: a known body and its nationality in lower case.
  // A body of a kind ("Fédération", "Académie") or one with national branches, not a firm: "Airbus français" is no name.
  if (t.gap === '' && t.lower && t.elision === null && NATIONAL_BODY_ADJECTIVES.has(t.word) && (ORG_HEADS.has(first.word) || NATIONAL_CHAPTER_BODIES.has(first.word))) return 1;
  // "a Gulfstar Airways A320neo": an airline's name ends before the model it flies.
  if (CARRIER_SUFFIXES.has(last.word) && length > 1 && t.digits) return 0;
  if ((nameShaped(t) && t.elision === null && !blocked(t) && !isTitle(tokens, j)) || adjectiveBeforeHead(tokens, j)) return 1;
  if (innerModifier(tokens, j)) return 1;
  // "Hexaterm Industries SA", "Norvel SE": a legal form in capitals ends a name, though "sa" and "se" are French words.
  // "OHB SE", "SAP SE", "BMW AG": after an acronym too, unless the words around are capitals as well (a heading in
  // capitals, "LE PDG DE MEDIA SA ANNONCE").
  if (t.allCaps && LEGAL_CAPS.has(t.word) && (!first.allCaps || (length === 1 && !tokens[run.from - 1]?.allCaps && !tokens[j + 1]?.allCaps))) return 1;
  // "GSK plc", "Tesco plc": British style writes the legal form in lower case, after any name, acronyms included.
  if (t.lower && t.word === 'plc' && t.gap === '') return 1;
  if (continuesAsNumber(tokens, run, j)) return 1;
  // "Institute of Technology", "Banque de France", "Golfe du Mexique"; "la Laiterie du Causse", "la Fromagerie de l'Ouest".
  // "MV Isle of Rona", "HMS Prince of Wales": a ship's name keeps its connectors.
  if (t.lower && (hasWord(tokens, run, ORG_HEADS) || (first.allCaps && SHIP_PREFIXES.has(first.word)) || (tradeHead(first) && length === 1 && FRENCH_OF.has(t.word)) || PLACE_WORDS.has(first.word) || EVENT_HEADS_FIRST.has(first.word) || raceHead(tokens, run.from) || legalAhead(tokens, run, j))) {
    for (let k = 0; k < 2 && j + k < tokens.length; k++) {
      const c = tokens[j + k]!;
      const before = tokens[j + k - 1];
      // "the Senate Committee on Energy and Natural Resources": "on" joins a committee's remit to its name.
      const remit = c.word === 'on' && before !== undefined && REMIT_HEADS.has(before.word);
      if (c.gap !== '' || (!NAME_CONNECTORS.has(c.word) && !remit)) break;
      // "le Massachusetts General Hospital de Boston": a French "de" after an English name's head gives its town, no more of it.
      if (FRENCH_OF.has(c.word) && before !== undefined && ENGLISH_BODY_HEADS.has(before.word)) break;
      const after = tokens[j + k + 1];
      // "la Semaine de la critique du Festival de Cannes": an event's head after the connector opens another event.
      if (after && after.cap && EVENT_HEADS_FIRST.has(first.word) && EVENT_HEADS_FIRST.has(after.word)) break;
      // "Deutsche Bank and Goldman Sachs" is a list of two names, "Securities and Exchange Commission" one name.
      // "Department of Health and Human Services": a known phrase must stand there, not merely start with the word.
      if (after && (c.word === 'and' || c.word === 'et') && (run.known !== undefined || knownEntry(after.key) !== undefined || matchPhrase(tokens, j + k + 1) !== null)) break;
      // "University College Cork and Maynooth University": a name already closed by its place, then another body's name;
      // "Equity Bank and KCB Group", "Mwangaza Bank and Savanna Commercial Bank": closed by its own suffix (not a remit's
      // words: "the Senate Committee on Energy and Natural Resources").
      const closedBySuffix = ORG_SUFFIXES.has(last.word) && tokens.slice(run.from, j).every((inner) => inner.cap);
      if (after && (c.word === 'and' || c.word === 'et') && length >= 2 && (knownEntry(last.key)?.type === 'place' || closedBySuffix) && bodyNameAhead(tokens, j + k + 1)) break;
      // "the Workers' Union and the Rail Users' Association": an article after "and" starts the next name.
      if (after && (c.word === 'and' || c.word === 'et') && after.gap === '' && ARTICLES_AFTER_AND.has(after.word)) break;
      if (after && after.gap === '' && nameShaped(after) && !blocked(after)) return k + 2;
    }
  }
  const headed = hasWord(tokens, run, ORG_HEADS) || PLACE_WORDS.has(first.word) || EVENT_HEADS_FIRST.has(first.word) || raceHead(tokens, run.from);
  // "Haut Conseil des finances publiques", "Autorité des marchés financiers": a French institution's head keeps its
  // complement in lower case.
  // "Office national des forêts", "Agence régionale de santé": the head's adjective, then the complement.
  // "Fédération nationale et européenne des transports": two adjectives joined by "et", then the complement.
  if (t.lower && !first.opening && !run.known && (length === 2 || (length === 4 && tokens[j - 2]!.word === 'et')) && ORG_HEADS.has(first.word) && tokens[j - 1]!.lower && !tokens[j - 1]!.mixed) {
    const tail = lowerComplement(tokens, j);
    if (tail > 0) return tail;
  }
  if (t.lower && !first.opening && !run.known && length <= 2 && ORG_HEADS.has(tokens[j - 1]!.word)) {
    const tail = lowerComplement(tokens, j);
    if (tail > 0) return tail;
    // "la Mutualité française", "l'Académie française": a nationality adjective, unless a name follows ("Groupe français X").
    const next = tokens[j + 1];
    if (t.elision === null && isDemonym(t.word) && !(next && next.gap === '' && next.cap)) return 1;
    // "la Confédération paysanne", "la Fédération bancaire": the head's own adjective, not a verb ("la Fédération explique").
    if (t.elision === null && length === 1 && HEAD_ADJECTIVE.test(t.word) && !ADJECTIVE_LIKE_VERBS.has(t.word) && !STOP.has(t.word) && !(next && next.gap === '' && (next.word === 'que' || next.elision === 'qu'))) return 1;
  }
  // "l'Union maritime et portuaire": a second adjective of the head, joined by "et".
  const also = tokens[j + 1];
  if (t.word === 'et' && t.lower && length === 2 && !first.opening && !run.known && ORG_HEADS.has(first.word) && tokens[j - 1]!.lower && also && also.gap === '' && also.lower && also.elision === null && (HEAD_ADJECTIVE.test(also.word) || NAME_ADJECTIVES.has(also.word)) && !ADJECTIVE_LIKE_VERBS.has(also.word) && !STOP.has(also.word)) return 2;
  // "…du médicament et des produits de santé (ANSM)": one more complement, right before the acronym of the name.
  if (t.lower && t.elision === null && FRENCH_OF.has(t.word) && !run.known && hasWord(tokens, run, ORG_HEADS)) {
    const tail = lowerComplement(tokens, j, true);
    const acronym = tokens[j + tail];
    if (tail > 0 && acronym && acronym.gap === '(' && acronym.allCaps && acronym.key.charAt(0) === first.key.charAt(0) && tokens[j + tail + 1]?.gap.startsWith(')') !== false) return tail;
  }
  // "l'association Défense des épargnants", "le collectif Sauvons la Loire": after an organisation noun, the name keeps
  // its lower-case complement, as French titles do.
  if (t.lower && !first.opening && !run.known && length <= 2 && orgNounBefore(tokens, run.from)) {
    const tail = lowerComplement(tokens, j);
    if (tail > 0) return tail;
  }
  // "la Section paloise", "le Stade rochelais", "l'Aviron bayonnais": after an article, a name and a town's demonym.
  if (t.lower && t.elision === null && length === 1 && !first.opening && !run.known && !first.allCaps && ARTICLE_BEFORE.has(tokens[run.from - 1]?.word ?? '') && tokens[run.from]!.gap === '' && TOWN_DEMONYM.test(t.word) && !isDemonym(t.word) && !isGivenWord(first.word) && !knownEntry(t.key)) {
    const next = tokens[j + 1];
    if (!(next && next.gap === '' && next.cap)) return 1;
  }

  // "Théâtre national de Bretagne", "Orchestre national de Lyon", "Institut régional d'Auvergne": after "national" or
  // "régional", the territory is part of the body's name, not where it is.
  if (length >= 2 && !run.known && !first.allCaps && TERRITORIAL_ADJECTIVES.has(tokens[j - 1]!.word) && tokens[j - 1]!.lower && t.gap === '' && ((t.lower && t.elision === null && FRENCH_OF.has(t.word)) || (t.elision === 'd' && t.cap))) {
    const span = streetName(tokens, j - 1, false);
    // Only a territory: "Front national de Marine Le Pen" names a leader, not a place.
    const territory = tokens[t.elision === 'd' ? j : tokens[j + 1]?.word === 'la' ? j + 2 : j + 1];
    if (span > 1 && territory && (knownEntry(territory.key)?.type === 'place' || isListedTown(territory.key))) return span - 1;
  }
  // "the Competition and Markets Authority", "the Food and Drug Administration": one name around "and".
  // Without "the" too when the name ends like a body: "on Argyll and Bute Council", "Highlands and Islands Enterprise".
  // After "the", a given name may open it when a body's head closes it: "the Victoria and Albert Museum".
  const articled = tokens[run.from - 1]?.word === 'the';
  // "Devon and Cornwall Police", "Argyll and Bute Council": two places one body serves.
  const placeBody = run.known?.type === 'place' || (run.known === undefined && knownEntry(first.key)?.type === 'place');
  if (t.word === 'and' && length === 1 && (!run.known || (placeBody && andBodyAhead(tokens, j))) && (!isGivenWord(first.word) || articled) && (articled || andBodyAhead(tokens, j))) {
    let k = j + 1;
    while (k < j + 4 && startsName(tokens, k) && (knownEntry(tokens[k]!.key) === undefined || (placeBody && knownEntry(tokens[k]!.key)?.type === 'place'))) k++;
    const closing = tokens[k - 1]!.word;
    if (k > j + 1 && (ORG_HEADS.has(closing) || BODY_TAILS.has(closing) || (articled && ORG_SUFFIXES.has(closing))) && !startsName(tokens, k)) return 2;
  }
  // "Vent d'Ouest Cargo", "Terre d'Avenir Holding": an elided "d'" inside a name that ends like a company.
  if (t.elision !== null && (t.elision === 'd' || t.elision === 'l') && nameShaped(t) && !blocked(t) && (headed || (t.elision === 'd' && t.gap === '' && suffixAhead(tokens, j)))) return 1;
  // "Station spatiale internationale", "Olympique lyonnais": French names keep their adjectives in lower case.
  if (t.lower && NAME_ADJECTIVES.has(t.word) && !first.opening && !run.known && !first.allCaps && !isGivenWord(first.word) && (length === 1 || NAME_ADJECTIVES.has(tokens[j - 1]!.word))) {
    return length <= 2 ? 1 : 0;
  }
  // "Charles de Gaulle", "Ursula von der Leyen"
  // "Luiz Inácio Lula da Silva", "Mohammed bin Salman": after two or three words, only particles that are no French preposition.
  // "Joris van Kampen", "Hendrik ter Horst": a particle no French or English sentence uses between two capitalised words
  // makes a name of them, even when the list does not know the given name.
  const foreign = length === 1 && FOREIGN_PARTICLES.has(t.word) && plainWord(first) && !run.known && !ORG_HEADS.has(first.word) && !PLACE_WORDS.has(first.word);
  if (t.lower && t.elision === null && (((isGivenWord(first.word) || run.titled) && (length === 1 || (length <= 3 && LATE_PARTICLES.has(t.word)))) || foreign)) {
    for (let k = 0; k < 2 && j + k < tokens.length; k++) {
      const c = tokens[j + k]!;
      if (c.gap !== '' || !NAME_PARTICLES.has(c.word) || c.elision !== null) break;
      const after = tokens[j + k + 1];
      if (after && after.gap === '' && after.cap && !after.allCaps && !blocked(after) && after.elision === null) return k + 2;
      // "Jean-Baptiste de La Roche-Aymon", "Marie de La Tour": a capital article between the particle and the surname.
      const surname = tokens[j + k + 2];
      if (after && after.gap === '' && after.cap && after.elision === null && CAPITAL_PARTICLES.has(after.word) && surname && surname.gap === '' && surnameAfterParticle(surname) && surname.elision === null) return k + 3;
    }
  }
  // "Étienne Morvan de Kerdrel", "Valéry Giscard d'Estaing": a given name, a surname, then "de" or "d'" and a second
  // surname that is no known name, given name or head word, with nothing capitalised after it ("Jean Dupont de Renault",
  // "Paul Martin de Lyon" stay two names).
  if (length === 2 && isGivenWord(first.word) && !run.known && plainWord(last) && ((t.word === 'de' && t.lower && t.elision === null) || (t.elision === 'd' && t.cap))) {
    const surname = t.elision === 'd' ? t : tokens[j + 1];
    const more = tokens[t.elision === 'd' ? j + 1 : j + 2];
    if (surname && surname.gap === '' && plainWord(surname) && surname.elision === (t.elision === 'd' ? 'd' : null) && !isGivenWord(surname.word) && knownEntry(surname.key) === undefined && !ORG_HEADS.has(surname.word) && !PLACE_WORDS.has(surname.word) && !ORG_SUFFIXES.has(surname.word) && !(more && more.gap === '' && more.cap)) return t.elision === 'd' ? 1 : 2;
  }
  // "Olivier d'Harcourt", "Jeanne d'Arcangelo": a given name, then "d'" and a surname that is no known name, given name,
  // head word or listed town, with nothing capitalised after it ("Marie d'Orléans" names the town).
  // French surnames are often a town's ("Bérénice d'Orgeval"): only a place the gazetteer knows stays the place.
  if (length === 1 && isGivenWord(first.word) && plainWord(first) && !run.known && t.elision === 'd' && t.cap && plainWord(t) && !isGivenWord(t.word) && knownEntry(t.key) === undefined && !ORG_HEADS.has(t.word) && !PLACE_WORDS.has(t.word) && !ORG_SUFFIXES.has(t.word)) {
    const more = tokens[j + 1];
    if (!(more && more.gap === '' && more.cap)) return 1;
  }
  // "Fortunes du Sud", "La Dépêche du Midi": a compass point after "du" ends many names.
  const after = tokens[j + 1];
  if (t.word === 'du' && t.lower && after && after.gap === '' && after.cap && COMPASS.has(after.word)) return 2;
  // "Afrique de l'Ouest", "Fédération de l'Est": "de l'" before a compass point.
  if (t.word === 'de' && t.lower && t.elision === null && after && after.gap === '' && after.cap && after.elision === 'l' && COMPASS.has(after.word) && !run.titled && !isGivenWord(first.word)) return 2;
  // "Marine Le Pen", "Yann Le Goff", "Paul Da Silva": a capitalised particle between a given name and a name; also after
  // a name the list does not know, in the middle of a sentence ("Erwan Le Roux"), where the article of a name cannot be.
  // "Avril Le Goff" opening a sentence: a month spelled given name counts as one where it stands before a surname.
  if (length === 1 && t.cap && !t.allCaps && CAPITAL_PARTICLES.has(t.word) && (isGivenWord(first.word) || (MONTH_GIVEN_NAMES.has(first.word) && givenNameInTimeOrStopWord(tokens, run.from)) || (!first.opening && !first.allCaps && !first.mixed && run.known === undefined && first.elision === null)) && after && after.gap === '' && surnameAfterParticle(after) && knownEntry(after.key) === undefined) return 2;
  // "Jeux olympiques", "Coupe du monde", "Révolution des balcons"
  if (length === 1 && EVENT_HEADS_FIRST.has(first.word) && !first.opening && t.lower) {
    if (EVENT_TAILS.has(t.word)) return 1;
    if ((t.word === 'de' || t.word === 'du' || t.word === 'des') && after && after.gap === '' && after.lower && !STOP.has(after.word) && !after.digits) return 2;
  }
  // "Rencontres économiques d'Aix", "Conseil économique de Bretagne": a head's adjective before its "de" and a name.
  if (length === 1 && t.lower && !first.opening && !run.known && (ORG_HEADS.has(first.word) || EVENT_HEADS_FIRST.has(first.word)) && complementAdjective(t) && !ADJECTIVE_LIKE_VERBS.has(t.word)) {
    const of = tokens[j + 1];
    if (of && of.gap === '' && ((of.elision === 'd' && of.cap && !blocked(of)) || (FRENCH_OF.has(of.word) && of.elision === null && startsName(tokens, j + 2)))) return 1;
  }
  // "Salon international de l'agriculture", "Fête de la musique": an event's head, maybe its adjective, a lower-case complement.
  if (EVENT_HEADS_FIRST.has(first.word) && !first.opening && !run.known && t.lower && (length === 1 || (length === 2 && tokens[j - 1]!.lower))) {
    const tail = lowerComplement(tokens, j, true);
    if (tail > 0) return tail;
    // "Journées européennes de l'archéologie": the head's adjective, then its complement.
    const of = tokens[j + 1];
    if (length === 1 && (complementAdjective(t) || (t.gap === '' && t.elision === null && isDemonym(t.word))) && of && of.gap === '' && ((FRENCH_OF.has(of.word) && of.elision === null) || of.elision === 'd')) {
      const more = lowerComplement(tokens, j + 1, true);
      if (more > 0) return 1 + more;
    }
  }
  return 0;
}

const FRENCH_OF = new Set(['de', 'des', 'du']);
const PURPOSE_PREPOSITIONS = new Set(['pour', 'contre']);
const CAUSE_ARTICLES = new Set(['le', 'la', 'les']);
const TERRITORIAL_ADJECTIVES = new Set(['national', 'nationale', 'regional', 'regionale', 'departemental', 'departementale', 'municipal', 'municipale', 'metropolitain', 'metropolitaine']);
const ORDINAL = /^\d{1,3}(?:st|nd|rd|th|e|er|re|eme)$/u;
/** Courts and units an ordinal numbers: "the 9th Circuit", "the 101st Airborne Division", "la 3e Chambre". */
const ORDINAL_BODIES = new Set(['court', 'circuit', 'division', 'regiment', 'brigade', 'battalion', 'fleet', 'corps', 'squadron', 'chambre', 'bataillon', 'escadron']);

/** A legal form that ends a company's name: "SA", "SCA", "GmbH" in capitals, "Ltd", "Inc", "Limited" capitalised. */
function isLegalForm(t: Token): boolean {
  return (t.allCaps && LEGAL_CAPS.has(t.word)) || (t.cap && !t.allCaps && LEGAL_WORDS.has(t.word));
}

/**
 * "Fruits de l'Est SCA", "Vergers du Val SARL": "de"/"du"/"des" (maybe "de la"), at most three capitalised words, then a
 * legal form, make one company's name of the run before them (not a person's: "Jean de La Fontaine").
 */
function legalAhead(tokens: readonly Token[], run: Run, j: number): boolean {
  const first = tokens[run.from]!;
  if (run.known || first.allCaps || isGivenWord(first.word) || run.titled) return false;
  let k = j;
  const of = tokens[k];
  if (!of || of.gap !== '' || !of.lower || of.elision !== null || !FRENCH_OF.has(of.word)) return false;
  k++;
  if (tokens[k]?.word === 'la' && tokens[k]!.gap === '' && tokens[k]!.lower) k++;
  const from = k;
  while (k < from + 3 && startsName(tokens, k) && !isLegalForm(tokens[k]!)) k++;
  const legal = tokens[k];
  return k > from && legal !== undefined && legal.gap === '' && isLegalForm(legal);
}

/** Capital forms a company's legal form takes: "SA", "SE", "AG", "NV". */
/** Legal forms written in capitals: "SA", "SE", "AG", "NV" (not "CO", "CORP"). */
const LEGAL_CAPS = new Set([...LEGAL_FORMS].filter((form) => form.length <= 4 && form !== 'co' && form !== 'corp'));
/** Legal forms written capitalised: "Ltd", "Inc", "Limited", "GmbH". */
const LEGAL_WORDS = new Set(['ltd', 'inc', 'limited', 'llc', 'plc', 'gmbh', 'corp', 'pty', 'bhd', 'sarl', 'spa', 'srl']);
/** Head words a possessive may stand before inside a name: "Alzheimer's Research UK", "Hartley's Trust". */
const POSSESSIVE_HEADS = new Set(['research', 'trust', 'fund', 'society', 'foundation', 'hospital', 'college', 'school', 'charity', 'association']);
/** Owners written in the plural ("Workers", "Users", "Women"), and the bodies they name: "Rail Users' Association". */
const PLURAL_OWNERS = /(?:[^s]s|women|men|children|people)$/u;
const BODY_HEADS = new Set(['union', 'unions', 'association', 'federation', 'club', 'council', 'league', 'alliance', 'party', 'trust', 'fund', 'society', 'institute', 'guild', 'cooperative', 'co-operative', 'forum', 'network', 'coalition', 'organisation', 'organization', 'collective', 'group', 'congress', 'confederation', 'board', 'committee', 'commission']);
/** Roles that are frequent English surnames too. */
const ROLE_SURNAMES = new Set(['king', 'bishop', 'judge', 'chancellor', 'marshal', 'sheriff', 'abbott', 'pope']);
/** Offices written capitalised inside a run of names, which ROLES leaves out because they are common nouns too. */
const INNER_OFFICES = new Set(['leader', 'speaker', 'whip']);
const ARTICLES_AFTER_AND = new Set(['the', 'le', 'la', 'les', 'a', 'an', 'un', 'une']);
const OUR = new Set(['our', 'notre', 'nos', 'my', 'ma', 'mon']);
/** Page sections named by a capitalised word: "our Health newsletter", "notre newsletter Économie" is another order. */
const SECTION_NOUNS = new Set(['newsletter', 'newsletters', 'podcast', 'podcasts', 'section', 'page', 'pages', 'team', 'desk', 'edition', 'liveblog', 'live', 'briefing']);
/** Adjectives an organisation's head keeps in lower case: "paysanne", "bancaire", "fédérale", "professionnelle". */
const HEAD_ADJECTIVE = /(?:anne|aire|aires|ale|ales|al|aux|elle|elles|el|ique|iques|ienne|ien|ive|if|iere|ier|euse|eux)$/u;
/** Verbs with those endings that follow an organisation as its predicate: "la Fédération explique". */
const ADJECTIVE_LIKE_VERBS = new Set(['suggere', 'exagere', 'digere', 'arrive', 'derive', 'explique', 'indique', 'critique', 'applique', 'communique', 'revendique', 'replique', 'fabrique', 'pratique', 'implique', 'rappelle', 'appelle', 'interpelle', 'renouvelle', 'signale', 'detaille', 'travaille', 'conseille', 'surveille', 'accueille', 'recueille', 'veille', 'sollicite']);
/** Towns' demonyms: "paloise", "rochelais", "bayonnais", "toulousain". */
const TOWN_DEMONYM = /^\p{L}{3,}(?:ais|aise|ois|oise|ain|aine)s?$/u;
const ARTICLE_BEFORE = new Set(['le', 'la', 'l', 'du', 'au']);
/** "laiterie", "fromagerie", "brasserie": a French trade ending in -erie, or a trade noun of the organisation list. */
export function tradeHead(t: Token): boolean {
  return t.cap && !t.allCaps && !t.opening && ((t.word.length >= 7 && (t.word.endsWith('erie') || t.word.endsWith('eries')) && knownEntry(t.key) === undefined) || TRADE_HEADS.has(t.word));
}
const TRADE_HEADS = new Set(['fromagerie', 'laiterie', 'brasserie', 'distillerie', 'conserverie', 'biscuiterie', 'imprimerie', 'menuiserie', 'cooperative', 'mutuelle', 'transports', 'usinage', 'clinique', 'pharmacie']);
/** An organisation noun right before the run: "l'association X", "le collectif X", "the charity X". */
function orgNounBefore(tokens: readonly Token[], from: number): boolean {
  const before = tokens[from - 1];
  return before !== undefined && tokens[from]!.gap === '' && before.lower && ORG_CONTEXT.has(before.word);
}

/**
 * Tokens of a lower-case complement after an organisation's head word, "des finances publiques", "de la concurrence",
 * "d'orientation des retraites": "de"/"des"/"du" (or "de la", or an elided "d'"), a noun, then at most one adjective;
 * 0 when none. Stops before function words, figures and capitalised words.
 */
function lowerComplement(tokens: readonly Token[], j: number, nested = false): number {
  let k = j;
  const t = tokens[k]!;
  if (FRENCH_OF.has(t.word) && t.elision === null) {
    k++;
    if (tokens[k]?.word === 'la' && tokens[k]!.gap === '' && tokens[k]!.elision === null) k++;
  } else if (PURPOSE_PREPOSITIONS.has(t.word) && t.lower && t.elision === null) {
    // "Ligue contre le cancer", "Fondation pour la recherche médicale", "Institut national de recherche pour
    // l'agriculture": a body named after its cause keeps "pour"/"contre", an article and the cause.
    const article = tokens[k + 1];
    if (!article || article.gap !== '') return 0;
    if (article.elision === 'l') k += 1;
    else if (article.elision === null && CAUSE_ARTICLES.has(article.word)) k += 2;
    else return 0;
    const cause = tokens[k];
    if (!cause || cause.gap !== '' || !cause.lower || cause.digits || STOP.has(cause.word) || ROLES.has(cause.word) || TIME_WORDS.has(cause.word)) return 0;
    k++;
    if (complementAdjective(tokens[k])) k++;
    return k - j;
  }
  const noun = tokens[k];
  if (!noun || noun.gap !== '' || !noun.lower || noun.digits || STOP.has(noun.word) || ROLES.has(noun.word) || TIME_WORDS.has(noun.word)) return 0;
  if (k === j && noun.elision !== 'd') return 0;
  if (k > j && noun.elision !== null && noun.elision !== 'l') return 0;
  k++;
  if (complementAdjective(tokens[k])) k++;
  // "de l'industrie horlogère suisse", "de l'industrie française": a nationality after the noun or its adjective.
  const nationality = tokens[k];
  if (nationality && nationality.gap === '' && nationality.lower && nationality.elision === null && isDemonym(nationality.word)) k++;
  // "de la protection du consommateur": the complement's own complement, once.
  const of = tokens[k];
  if (of && of.gap === '' && of.lower && of.elision === null && (of.word === 'du' || of.word === 'des') && !nested) {
    const more = lowerComplement(tokens, k, true);
    if (more > 0) k += more;
  }
  // "Institut national de recherche pour l'agriculture": the complement, then the cause.
  const cause = tokens[k];
  if (cause && cause.gap === '' && PURPOSE_PREPOSITIONS.has(cause.word) && cause.lower && !nested && k > j) {
    const more = lowerComplement(tokens, k, true);
    if (more > 0) k += more;
  }
  // "des territoires et de la mer": a second complement joined by "et".
  const and = tokens[k];
  if (and && and.gap === '' && and.word === 'et' && and.lower && (FRENCH_OF.has(tokens[k + 1]?.word ?? '') || tokens[k + 1]?.elision === 'd')) {
    // Parallel to the first: "de sécurité du médicament et des produits de santé" keeps the second's own complement too.
    const more = lowerComplement(tokens, k + 1, nested);
    if (more > 0 && !(tokens[k + 1 + more] && tokens[k + 1 + more]!.gap === '' && tokens[k + 1 + more]!.word === 'et')) return k + 1 + more - j;
  }
  return k - j;
}

/** Endings of the French adjectives a complement keeps: "publiques", "financiers", "sociale", "nucléaire", "horlogère". */
const COMPLEMENT_ADJECTIVE = /(?:ique|iques|ier|iers|iere|ieres|.[gc]ere|.[gc]eres|chere|cheres|al|aux|ale|ales|aire|aires|el|els|elle|elles|if|ifs|ive|ives|eux|euse|euses|ien|iens|ienne|iennes)$/u;

/** A lower-case adjective a complement keeps; not a verb with an adjective's ending ("explique", "rappelle", "suggère"). */
function complementAdjective(t: Token | undefined): boolean {
  return t !== undefined && t.gap === '' && t.lower && t.elision === null && !t.digits && !STOP.has(t.word) && COMPLEMENT_ADJECTIVE.test(t.word) && !ADJECTIVE_LIKE_VERBS.has(t.word);
}

const POSTNOMINALS = new Set(['kc', 'qc', 'obe', 'mbe', 'cbe', 'kbe', 'dbe', 'frs', 'phd']);
const BARE_TITLES = new Set(['m', 'mm', 'mme', 'mmes', 'mlle', 'mlles', 'mr', 'mrs', 'ms', 'me', 'dr', 'pr', 'prof']);
const ARTICLES_BEFORE_RANK = new Set(['le', 'la', 'du', 'au', 'ce', 'l']);
const LATE_PARTICLES = new Set(['da', 'das', 'do', 'dos', 'van', 'von', 'bin', 'ibn', 'ben', 'al', 'el', 'ter', 'arap', 'ole']);

const CAPITAL_PARTICLES = new Set(['le', 'la', 'de', 'du', 'van', 'von', 'da', 'di', 'del', 'della']);
const LOWER_SECOND_PARTICLES = new Set(['der', 'den', 'de', 'la', 'le']);
/** Heads of events named by their year: "Euro 2028", "Expo 2030", "Mondial 2026". */
export const YEAR_EVENT_HEADS = new Set(['euro', 'expo', 'mondial']);
/** Capitalised particles that open a name mid-sentence (the French article "De" never stands capitalised there). */
const MID_SENTENCE_PARTICLES = new Set(['de', 'di', 'da', 'del', 'della', 'dei']);
export const COMPASS = new Set(['sud', 'nord', 'est', 'ouest', 'midi']);
const ARTICLES = new Set(['le', 'la', 'les', 'the']);
const CONTRACTED = new Set(['du', 'au', 'des', 'aux']);

/**
 * Tokens at `i` that describe the name after them and are no part of it (0 when none): nationality
 * adjectives and nouns ("French DIY retailer", "le Danois Novo Nordisk", "Franco-Italian"), compound
 * adjectives ("Paris-listed", "London-based"), and, after an article and before a given name, demonyms of
 * towns and regions with their article ("la Niçoise Hélène Marchetti", "le Lyonnais Paul Bocuse").
 */
function descriptorAt(tokens: readonly Token[], i: number): number {
  const t = tokens[i]!;
  if (plainDescriptor(tokens, i)) return 1;
  const article = ARTICLES.has(t.word) && t.elision === null;
  if (article && tokens[i + 1]?.gap === '' && plainDescriptor(tokens, i + 1)) return 1;
  // "du Valméracois Kévin Lesage", "au Lyonnais Paul Bocuse": a contracted article before a demonym.
  if (CONTRACTED.has(t.word) && t.elision === null && t.lower) {
    const demonym = tokens[i + 1];
    const person = tokens[i + 2];
    if (demonym && demonym.gap === '' && demonym.cap && !demonym.allCaps && REGIONAL_DEMONYM.test(demonym.word) && !knownEntry(demonym.key) && person && person.gap === '' && isGivenWord(person.word)) return 2;
  }
  const at = article ? i + 1 : i;
  const demonym = tokens[at];
  // French demonyms only ("the International Energy Agency" is no "la Niçoise Hélène Marchetti").
  if (article && t.word === 'the') return 0;
  if (!demonym || !demonym.cap || (article ? demonym.gap !== '' : t.elision !== 'l') || !REGIONAL_DEMONYM.test(demonym.word) || knownEntry(demonym.key)) return 0;
  // "la Fondation Hélène Dorval", "la Maison Paul Brun": a head word that only looks like a demonym.
  if (ORG_HEADS.has(demonym.word) || EPONYM_HEADS.has(demonym.word)) return 0;
  // Before a person's name: a given name, or two plain capitalised words ("la Bretonne Maëlys Quéré").
  const person = tokens[at + 1];
  const fullName = startsName(tokens, at + 1) && startsName(tokens, at + 2) && !startsName(tokens, at + 3) && !tokens[at + 1]!.allCaps && !tokens[at + 2]!.allCaps;
  if (!person || person.gap !== '' || !person.cap || !(isGivenWord(person.word) || fullName)) return 0;
  if (fullName && !isGivenWord(person.word) && (ORG_SUFFIXES.has(tokens[at + 2]!.word) || ORG_HEADS.has(person.word))) return 0;
  return article ? 2 : 1;
}

function plainDescriptor(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!t.cap) return false;
  if (isCompoundDescriptor(t.text)) return true;
  if (!isDemonym(t.word) || !startsName(tokens, i + 1)) return false;
  // "Turkish Airlines Firms Up Order…": a known name that opens with a nationality keeps it, in a title-case heading too.
  if (matchPhrase(tokens, i) !== null) return false;
  // "European Commission", "British Airways", "French Open": the nationality belongs to the name.
  let j = i + 1;
  let headed = false;
  // No `headed ||= …tokens[j++]…`: once true it would skip the increment and never end ("Japanese Group Takamura").
  for (; j < i + 8 && startsName(tokens, j); j++) if (ORG_HEADS.has(tokens[j]!.word)) headed = true;
  const last = tokens[j - 1]!;
  const named = headed || ORG_SUFFIXES.has(last.word) || EVENT_HEADS_LAST.has(last.word) || PLACE_WORDS.has(last.word);
  return !named || COMMON_ACRONYMS.has(last.word);
}

/** A capitalised token that can go on a name. */
function startsName(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  return t !== undefined && t.gap === '' && nameShaped(t) && !blocked(t);
}

export function matchPhrase(tokens: readonly Token[], i: number): { length: number; entry: KnownEntry } | null {
  const t = tokens[i]!;
  if (!nameShaped(t)) return null;
  // "after the Paris match", "US treasury yields", "China mobile users": a known name first is itself the name, and a
  // common word after it in lower case is no part of a longer one ("Paris Match", "US Treasury", "China Mobile").
  const firstKnown = knownEntry(t.key) !== undefined;
  for (const phrase of phrasesFrom(t.elision ? t.key : t.rawKey)) {
    const n = phrase.words.length;
    if (i + n > tokens.length) continue;
    let ok = true;
    for (let k = 1; k < n && ok; k++) {
      const c = tokens[i + k]!;
      // "Crédit agricole", "Société générale": French spelling keeps one capital in organisation names.
      const lowered = c.lower && !c.mixed && (phrase.entry.type === 'organization' || phrase.entry.type === 'event') && !ARTICLES.has(t.word) && t.elision === null && !firstKnown;
      ok = c.gap === '' && (c.rawKey === phrase.words[k] || c.key === phrase.words[k]) && (!phrase.caps[k] || c.cap || lowered);
    }
    if (ok) return { length: n, entry: phrase.entry };
  }
  return null;
}

function startsRun(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (t.number) return modelNumber(t, next);
  if (!nameShaped(t)) return false;
  // "Prime Minister", "Foreign Secretary": part of a role, not a name.
  // Not a known name: "Labour MP Diane Abbott" names the party.
  if (ROLE_MODIFIERS.has(t.word) && next && next.gap === '' && ROLES.has(next.word) && knownEntry(t.key) === undefined) return false;
  // "Startup Quillmate…", "L'ONG Greenpeace": a context word or a common acronym is no part of the name.
  if ((t.opening && (ORG_CONTEXT.has(t.word) || PRODUCT_CONTEXT.has(t.word) || EVENT_CONTEXT.has(t.word) || KICKER_NOUNS.has(t.word))) || (t.allCaps && COMMON_ACRONYMS.has(t.word))) {
    if (next && next.gap === '' && nameShaped(next)) return false;
  }
  // "Council leader Margaret Doyle", "Opposition leader Gareth Pryce": a generic body opening the sentence before
  // a role and a capitalised name is a common noun, not the name of the body.
  if (t.opening && !t.allCaps && GENERIC_BODIES.has(t.word) && knownEntry(t.key) === undefined && next && next.gap === '' && next.lower && (ROLES.has(next.word) || ROLES_AFTER_NAME.has(next.word))) {
    const named = tokens[i + 2];
    if (named && named.gap === '' && named.cap) return false;
  }
  // "Sign up to our Health newsletter": a section of the page, between "our" and a furniture noun.
  if (t.cap && !t.allCaps && next && next.gap === '' && next.lower && SECTION_NOUNS.has(next.word) && OUR.has(tokens[i - 1]?.word ?? '') && tokens[i]!.gap === '') return false;
  // "the King's Fund", "King's College": a role's possessive before an institution's head word starts its name.
  if (t.possessive && ROLES.has(t.word) && next && next.gap === '' && next.cap && POSSESSIVE_HEADS.has(next.word)) return true;
  // An honorific that names nobody ("condamné Mme…" with no name after) is no name either.
  if (t.cap && !t.allCaps && BARE_TITLES.has(t.word)) return false;
  // "imposed by De Nederlandsche Bank", "shares in De Beers", "cité De Gaulle": mid-sentence, a capitalised "De" or "Di"
  // before a capitalised word opens a name (never an article written so in running text).
  if (t.cap && !t.allCaps && !t.opening && t.elision === null && MID_SENTENCE_PARTICLES.has(t.word) && next && next.gap === '' && next.cap && !next.allCaps && !blocked(next) && tokens[i - 1]?.lower === true) return true;
  // "SIX Swiss Exchange": a function word in capitals, mid-sentence, before capitalised words that end like a company.
  if (t.allCaps && !t.opening && t.elision === null && STOP.has(t.word) && next && next.gap === '' && next.cap && !next.allCaps && suffixAhead(tokens, i + 1)) return true;
  // "the General Court", "General Assembly": "General" before a body's head word starts the body's name.
  if ((t.word === 'general' || TITLES.has(t.word) || ROLES.has(t.word)) && innerModifier(tokens, i)) return true;
  // "J. K. Rowling": an initial before another, though "j", "l" or "d" are elisions.
  if (t.initial && t.cap && t.text.length === 1 && next && next.gap === '.' && next.cap && !next.allCaps) return true;
  // "Chairwoman Grace Wambui Njoroge", ", Grace Mwangi said": a given name that is also a function word ("grâce"), after a
  // role or a comma and before a name.
  if (!t.opening && t.cap && !t.allCaps && STOP.has(t.word) && isGivenWord(t.word) && !AUXILIARY_NAMES.has(t.word) && next && next.gap === '' && next.cap && !blocked(next) && (t.gap === ',' || ROLES.has(tokens[i - 1]?.word ?? '') || tokens[i - 1]?.lower === true)) return true;
  if (givenNameInTimeOrStopWord(tokens, i)) return true;
  if (adjectiveBeforeHead(tokens, i)) return true;
  // "Crédit Brabançon", "Credit Suisse": a bank's first word, not a photo credit, when a name follows it with nothing between.
  if (t.word === 'credit' && t.cap && !t.allCaps && next && next.gap === '' && next.cap && !next.allCaps && !blocked(next) && !FURNITURE.has(next.word)) return true;
  // "l'association Défense des épargnants": after an organisation noun, a capitalised common noun starts its name.
  // "Government Street", "History Road": a common noun capitalised before a street's tail names the street.
  if (!blocked(t)) return !FURNITURE.has(t.word) || (!t.opening && t.elision === null && (orgNounBefore(tokens, i) || streetAfter(next)));
  // "The Verge", "Le Monde" in the middle of a sentence: the article belongs to the name.
  if ((t.word === 'the' || t.word === 'le' || t.word === 'la' || t.word === 'les') && !t.opening && t.elision === null && next !== undefined && next.gap === '' && next.cap && !blocked(next)) return true;
  // "The Irish Times reported…", "– The Humber Gazette –": opening a sentence or a line too, a newspaper's "The" is its own.
  return t.word === 'the' && t.cap && !t.allCaps && t.elision === null && englishPaperAhead(tokens, i + 1);
}

/** Capitalised words from `k`, at most four, the last an English newspaper's noun ("Irish Times", "Pennine Herald"). */
function englishPaperAhead(tokens: readonly Token[], k: number): boolean {
  for (let n = k; n < k + 4; n++) {
    const word = tokens[n];
    if (!word || word.gap !== '' || !word.cap || word.allCaps || word.elision !== null) return false;
    if (ENGLISH_PRESS_TAILS.has(word.word) && n > k) {
      const after = tokens[n + 1];
      return !(after && after.gap === '' && after.cap);
    }
  }
  return false;
}

/**
 * "Zhenhai New Energy", "Massachusetts General Hospital", "the General Court": "New" and "General", capitalised before more
 * of a name, are the name's words, not the function word and the role they also are ("Attorney General Pam Bondi" is a
 * role: "General" belongs to a name only before a body's head or suffix).
 */
function innerModifier(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  // "Royal Prince Alfred Hospital", "Queen Elizabeth University Hospital": a title in a body named after someone.
  if (t.cap && !t.allCaps && t.elision === null && (TITLES.has(t.word) || ROLES.has(t.word)) && !STOP.has(t.word) && (namesBodyAhead(tokens, j + 1) || namesPlaceAhead(tokens, j + 1))) return true;
  if (!t.cap || t.allCaps || t.elision !== null || (t.word !== 'new' && t.word !== 'general')) return false;
  const next = tokens[j + 1];
  if (!next || !startsName(tokens, j + 1) || next.allCaps) return false;
  return t.word === 'new' ? !t.opening : ORG_HEADS.has(next.word) || ORG_SUFFIXES.has(next.word);
}

/**
 * "the 737 MAX", "its 320 NEO": a three-digit model number, then a variant in capitals that is no common acronym, unit
 * or known name ("50 MW", "200 PME", "300 TGV" count things).
 */
function modelNumber(t: Token, next: Token | undefined): boolean {
  return /^[1-9]\d\d$/u.test(t.text) && next !== undefined && next.gap === '' && next.allCaps && !next.digits && next.key.length >= 2 && next.key.length <= 5 && !COMMON_ACRONYMS.has(next.word) && !TIME_WORDS.has(next.word) && knownEntry(next.key) === undefined;
}
const CREDIT_OPENERS = new Set(['photo', 'photograph', 'photos', 'credit', 'image', 'picture', 'video']);
/** Months that are also given names, which the given-name list leaves out for that reason. */
const MONTH_GIVEN_NAMES = new Set(['april', 'june', 'august', 'avril', 'jan', 'will']);
/** Words after which a month is a date, not a given name: "in May Labour won", "depuis Avril". */
const BEFORE_DATE = new Set(['in', 'on', 'since', 'by', 'until', 'till', 'last', 'next', 'early', 'late', 'mid', 'from', 'of', 'this', 'each', 'every', 'en', 'depuis', 'fin', 'debut', 'de', 'du', 'mi', 'des', 'jusqu', 'le', 'au', 'courant']);

/**
 * "By Jan Kowalczyk", "April Nguyen said", "Grace Metcalfe, who keeps sheep": a given name spelled like a month or a
 * function word ("grâce"), written without the accent the word would carry, right before a surname (a capitalised word no
 * list knows, no date, no number after it), and not after a word that introduces a date.
 */
function givenNameInTimeOrStopWord(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!t.cap || t.allCaps || t.elision !== null || t.possessive || t.text.toLowerCase() !== t.word) return false;
  const before = tokens[i - 1];
  // "said Will Patterson", "Photograph: Will Forsyth": mid-sentence, or opening a credit, "Will" is no auxiliary.
  const credited = before !== undefined && CREDIT_OPENERS.has(before.word) && t.gap.includes(':');
  const auxiliaryName = AUXILIARY_NAMES.has(t.word) && t.word === 'will' && (!t.opening || credited);
  if (!(TIME_WORDS.has(t.word) || STOP.has(t.word) || auxiliaryName) || !(isGivenWord(t.word) || MONTH_GIVEN_NAMES.has(t.word)) || (AUXILIARY_NAMES.has(t.word) && !auxiliaryName)) return false;
  // A byline's "By" opens its line: "By April Nguyen" is no "by April".
  const byline = before !== undefined && before.opening && before.cap && (before.word === 'by' || before.word === 'par');
  if (!t.opening && before && !byline && (BEFORE_DATE.has(before.word) || before.number)) return false;
  let k = i + 1;
  // "Jan de Vries", "Avril Le Gall": particles may open the surname.
  while (k < i + 3 && tokens[k] && tokens[k]!.gap === '' && NAME_PARTICLES.has(tokens[k]!.word) && !tokens[k]!.allCaps) k++;
  const surname = tokens[k];
  if (!surname || surname.gap !== '' || !surname.cap || surname.allCaps || surname.digits || surname.elision !== null || blocked(surname) || FURNITURE.has(surname.word)) return false;
  if (knownEntry(surname.key) !== undefined || TIME_WORDS.has(surname.word)) return false;
  const after = tokens[k + 1];
  return !(after && after.gap === '' && (after.number || after.digits));
}

/** Given names that are also English auxiliaries: "Will", "May" before a capital are verbs in a question. */
const AUXILIARY_NAMES = new Set(['will', 'may', 'can']);

/** Capitalised words from `j` (at most four) whose last is an organisation suffix: "Swiss Exchange". */
function suffixAhead(tokens: readonly Token[], j: number): boolean {
  let k = j;
  while (k < j + 4 && startsName(tokens, k)) k++;
  return k > j && ORG_SUFFIXES.has(tokens[k - 1]!.word);
}

/** A country's initials written before a body's name: "US", "U.S.", "UK", "EU". */
const NATIONAL_INITIALS = /^(?:U\.?S\.?|U\.?K\.?|EU)$/u;

export function findRuns(tokens: readonly Token[]): Run[] {
  const runs: Run[] = [];
  let titled = false;
  let i = 0;
  while (i < tokens.length) {
    if (isTitle(tokens, i)) {
      titled = true;
      i++;
      continue;
    }
    const skip = descriptorAt(tokens, i);
    if (skip > 0) {
      titled = false;
      i += skip;
      continue;
    }
    // "le général de Gaulle": after a military rank, the particle is part of the name.
    const rank = tokens[i - 1];
    const named = tokens[i + 1];
    if (rank && named && tokens[i]!.gap === '' && named.gap === '' && (tokens[i]!.word === 'de' || tokens[i]!.word === 'du') && MILITARY_TITLES.has(rank.word) && ARTICLES_BEFORE_RANK.has(tokens[i - 2]?.word ?? '') && named.cap && !blocked(named)) {
      const particleRun: Run = { from: i, to: i + 2, known: undefined, titled: true };
      for (let step = extension(tokens, particleRun); step > 0; step = extension(tokens, particleRun)) particleRun.to += step;
      particleRun.known = knownEntry(keyOf(tokens, particleRun));
      runs.push(particleRun);
      i = particleRun.to;
      continue;
    }
    // "led by van Houten", "MM. de Villemorin et von Reitzenstein": a particle no French or English sentence uses, then
    // a capitalised name, is a surname with its particle, as telling as an honorific.
    const foreign = foreignParticleName(tokens, i);
    if (foreign > 0) {
      const particleRun: Run = { from: i, to: i + foreign, known: undefined, titled: true };
      particleRun.known = knownEntry(keyOf(tokens, particleRun));
      runs.push(particleRun);
      titled = false;
      i = particleRun.to;
      continue;
    }
    // Names whose extent their head decides whole: storms, newspapers, French bodies and streets with a lower-case head.
    const whole = wholeRun(tokens, i);
    if (whole) {
      whole.known = knownEntry(keyOf(tokens, whole));
      runs.push(whole);
      titled = false;
      i = whole.to;
      continue;
    }
    // "the U.S. Food and Drug Administration", "the UK Competition and Markets Authority": a country's initials before a
    // body a list knows are that body's, not a name of their own with the body's first words.
    const national = NATIONAL_INITIALS.test(tokens[i]!.text) && (tokens[i + 1]?.gap === '' || tokens[i + 1]?.gap === '.') ? matchPhrase(tokens, i + 1) : null;
    if (national && national.entry.type === 'organization') {
      runs.push({ from: i, to: i + 1 + national.length, known: national.entry, titled: false });
      titled = false;
      i += 1 + national.length;
      continue;
    }
    const phrase = matchPhrase(tokens, i);
    let run: Run | null = null;
    const particle = phrase ? 0 : openingParticle(tokens, i);
    // "M. de Montalzac": after an honorific, the surname keeps its particles.
    const titledParticle = titled && !phrase ? titledParticles(tokens, i) : 0;
    if (titledParticle > 0) run = { from: i, to: i + titledParticle + 1, known: undefined, titled };
    else if (phrase) run = { from: i, to: i + phrase.length, known: phrase.entry, titled };
    else if (particle > 0) run = { from: i, to: i + particle, known: undefined, titled, particled: true };
    else if (startsRun(tokens, i)) run = { from: i, to: i + 1, known: undefined, titled };
    // "Mme d'Ornano", "M. d'Estaing": after an honorific, an elided "d'" is the surname's particle, not the article's.
    if (run && titled && run.from === i && tokens[i]!.elision === 'd' && tokens[i]!.cap) run.elided = true;
    titled = false;
    if (!run) {
      i++;
      continue;
    }
    const phraseEnd = run.to;
    for (let step = extension(tokens, run); step > 0; step = extension(tokens, run)) run.to += step;
    // "San Francisco-based Anthropic": the place is part of the adjective. Only a capitalised compound continues the
    // name: "Kestrel Pictures Ltd co-financed two films" is a name and a verb.
    const follower = tokens[run.to];
    if (!run.known && follower && follower.gap === '' && follower.cap && isCompoundDescriptor(follower.text)) {
      i = run.to;
      continue;
    }
    // "the 42nd District Court", "la 3e Chambre civile": an ordinal numbers the court or the unit it stands before.
    const ordinal = tokens[run.from - 1];
    if (ordinal && !run.known && tokens[run.from]!.gap === '' && ORDINAL.test(ordinal.word) && (ORDINAL_BODIES.has(tokens[run.to - 1]!.word) || ORDINAL_BODIES.has(tokens[run.from]!.word))) run.from--;
    if (run.to !== phraseEnd || !run.known) run.known = knownEntry(keyOf(tokens, run));
    for (const part of splitAtPerson(tokens, run)) runs.push(part);
    i = run.to;
  }
  return dashedNames(tokens, runs);
}

/** A run its head decides whole, not extended word by word (`known` still to set), or null. */
function wholeRun(tokens: readonly Token[], i: number): Run | null {
  const storm = stormName(tokens, i);
  if (storm > 0) return { from: i, to: i + storm, known: undefined, titled: false };
  const press = pressTitle(tokens, i);
  // "L'Est Quotidien": a title's article is its own.
  if (press !== null) return { from: press.from, to: press.to, known: undefined, titled: false, head: 'organization', ...(tokens[press.from]!.elision === 'l' ? { elided: true } : {}) };
  // "le ministère de l'Agriculture", "l'avenue de Ségur", "l'hôpital Avicenne": French writes the head in lower case.
  const ministry = lowerHead(tokens, i);
  if (ministry === 0) return null;
  const placeHead = LOWER_STREET_HEADS.has(tokens[i]!.word) || LOWER_FEATURE_HEADS.has(tokens[i]!.word) || LOWER_SITE_HEADS.has(tokens[i]!.word);
  return { from: i, to: i + ministry, known: undefined, titled: false, head: LOWER_EVENT_HEADS.has(tokens[i]!.word) ? 'event' : placeHead ? 'place' : 'organization' };
}

/**
 * "Hurricane Delphine", "Storm Bert", "Typhoon Kalmaegi": an English storm word, capitalised, is part of the storm's
 * name (in lower case, "la tempête Ciarán", it is the sentence's noun before the name). French capitalises its storm
 * nouns only where a sentence opens ("Cyclone Tsiory : La Réunion…"): no name part.
 */
function stormName(tokens: readonly Token[], i: number): number {
  // "Tropical Storm Nadine", "Post-Tropical Cyclone Ida": the storm's class opens its name.
  const tropical = tokens[i]!.cap && !tokens[i]!.allCaps && (tokens[i]!.word === 'tropical' || tokens[i]!.word === 'post-tropical') && tokens[i + 1]?.gap === '' ? 1 : 0;
  const storm = tokens[i + tropical]!;
  const name = tokens[i + tropical + 1];
  if (!storm || !storm.cap || storm.allCaps || storm.elision !== null || !(STORM_HEADS.has(storm.word) || (storm.word === 'cyclone' && (!storm.opening || tropical === 1)))) return 0;
  return name && name.gap === '' && name.cap && !name.allCaps && !blocked(name) && !name.digits ? tropical + 2 : 0;
}


/**
 * A French newspaper's title, its article kept as the title's own ("Le Courrier du Ponant", "La Tribune lyonnaise",
 * "L'Est Quotidien"; after "au"/"du" the article is the sentence's: "au Journal de l'Estuaire"). Only a capitalised
 * press noun after the article opens one; alone ("Le Journal") it must stand mid-sentence.
 */
function pressTitle(tokens: readonly Token[], i: number): { from: number; to: number } | null {
  const article = tokens[i];
  if (!article) return null;
  let from = i;
  let head = i + 1;
  // "L'Écho du Causse": the tokeniser keeps the apostrophe of a capitalised "L'" it takes for a name's own ("L'Oréal").
  const keptArticle = article.elision === null && article.cap && article.word.startsWith("l'") && PRESS_HEADS.has(article.word.slice(2));
  if ((article.elision === 'l' && article.cap) || keptArticle) {
    // "L'Est Quotidien", "L'Écho républicain": the elided word is the head or comes before it.
    head = keptArticle || PRESS_HEADS.has(article.word) ? i : i + 1;
    if (head === i + 1 && !(tokens[head]?.cap && PRESS_HEADS.has(tokens[head]!.word) && tokens[head]!.gap === '')) return null;
  } else if ((article.word === 'le' || article.word === 'la') && article.cap && article.elision === null) {
    // a title's article
  } else if ((article.word === 'au' || article.word === 'du') && article.lower && article.elision === null) {
    from = i + 1;
  } else return null;
  const noun = tokens[head];
  if (!noun || !noun.cap || noun.allCaps || !(PRESS_HEADS.has(noun.word) || (keptArticle && head === i)) || (head > i && noun.gap !== '')) return null;
  // "Le Petit Journal": one adjective before the press noun.
  if (noun.word === 'petit' && tokens[head + 1]?.cap && PRESS_HEADS.has(tokens[head + 1]!.word)) head++;
  let to = head + 1;
  const next = tokens[to];
  if (next && next.gap === '' && next.lower && next.elision === null && (isDemonym(next.word) || REGIONAL_DEMONYM.test(next.word) || PRESS_ADJECTIVES.has(next.word))) to++;
  else {
    const complement = streetName(tokens, head, false);
    if (complement > 0) to = head + complement;
  }
  if (to === head + 1 && head === i + 1 && from === i && article.elision === null && article.opening) return null;
  // A title the gazetteer knows whole ("Le Républicain lorrain") is left to it.
  const known = matchPhrase(tokens, from);
  if (known !== null && from + known.length >= to) return null;
  return { from, to };
}

/**
 * "l'Assistance publique – Hôpitaux de Paris (AP-HP)": two halves of one name around a dash, proved by the hyphenated
 * acronym after them, whose parts are the initials of each half (connectors skipped). The runs inside become one.
 */
function dashedNames(tokens: readonly Token[], runs: Run[]): Run[] {
  let out = runs;
  for (let a = 2; a < tokens.length; a++) {
    const acronym = tokens[a]!;
    if (!acronym.allCaps || !acronym.gap.endsWith('(') || acronym.word.indexOf('-') < 1) continue;
    const halves = acronym.word.split('-');
    const left = halves[0]!;
    const right = halves[1]!;
    if (halves.length !== 2 || left === '' || right === '') continue;
    // The right half: from the word after the dash to the parenthesis, its content words spelling `right`.
    let dash = a - 1;
    let letters = '';
    while (dash > 0 && a - dash <= 2 * right.length + 1 && tokens[dash]!.gap === '') {
      if (!NAME_CONNECTORS.has(tokens[dash]!.word)) letters = tokens[dash]!.key.charAt(0) + letters;
      dash--;
    }
    const mark = tokens[dash]!.gap;
    if (mark !== '–' && mark !== '—' && mark !== '-') continue;
    if (!NAME_CONNECTORS.has(tokens[dash]!.word)) letters = tokens[dash]!.key.charAt(0) + letters;
    if (letters !== right || !tokens[dash]!.cap) continue;
    // The left half: as many words before the dash as `left` has letters, each starting with its letter.
    const from = dash - left.length;
    if (from < 0) continue;
    let ok = tokens[from]!.cap;
    for (let k = from; k < dash && ok; k++) ok = tokens[k]!.key.charAt(0) === left.charAt(k - from) && (k === from || tokens[k]!.gap === '') && !NAME_CONNECTORS.has(tokens[k]!.word);
    if (!ok) continue;
    const merged: Run = { from, to: a, known: undefined, titled: false };
    merged.known = knownEntry(keyOf(tokens, merged));
    out = [...out.filter((r) => r.to <= from || r.from >= a), merged].sort((x, y) => x.from - y.from);
  }
  return out;
}

/**
 * "Le Pen a refusé…", "Von der Leyen a salué…", "De Gaulle avait…": at the start of a sentence, a capitalised
 * particle, lower-case particles, then a capitalised word that is no known name, head word or given name, are
 * one surname. Returns the tokens it covers (0 when none).
 */
function openingParticle(tokens: readonly Token[], i: number): number {
  const t = tokens[i]!;
  if ((!t.opening && !FOREIGN_PARTICLES.has(t.word)) || !t.cap || t.allCaps || t.elision !== null || !CAPITAL_PARTICLES.has(t.word)) return 0;
  let j = i + 1;
  while (j < i + 3 && tokens[j] && tokens[j]!.gap === '' && tokens[j]!.lower && NAME_PARTICLES.has(tokens[j]!.word)) j++;
  const name = tokens[j];
  if (!name || name.gap !== '' || !name.cap || name.allCaps || name.digits || name.elision !== null || blocked(name) || FURNITURE.has(name.word)) return 0;
  if (knownEntry(name.key) || knownEntry(t.key + name.key) || isGivenWord(name.word) || TITLES.has(name.word) || matchPhrase(tokens, j) !== null) return 0;
  if (EVENT_HEADS_LAST.has(name.word) || ORG_SUFFIXES.has(name.word)) return 0;
  // "Le Saint-Raphaël Var Handball (SRVHB) a battu…": more capitalised words after it make a longer name, whose article the particle is.
  const more = tokens[j + 1];
  if (more && more.gap === '' && more.cap && more.elision === null && !blocked(more)) return 0;
  if (ORG_HEADS.has(name.word) || PLACE_WORDS.has(name.word) || EVENT_HEADS_FIRST.has(name.word) || ORG_CONTEXT.has(name.word) || PRODUCT_CONTEXT.has(name.word)) return 0;
  return j + 1 - i;
}

/**
 * A name French writes after a lower-case head, the head included (0 when none):
 * - a portfolio: "ministère de l'Agriculture", "ministère des Armées", "ministère de la Transition écologique et de la
 *   Cohésion des territoires", "armée de l'Air et de l'Espace". The portfolio alone ("Agriculture") is a common noun.
 * - a street's or a river's own name: "avenue de Ségur", "rivière des Galets", "boulevard Voltaire".
 * - an institution named after someone or something: "hôpital Avicenne", "hôpital européen Georges-Pompidou".
 * "l'hôpital de Bobigny", "le port de Bastia" name the town, and stay the town.
 */
function lowerHead(tokens: readonly Token[], i: number): number {
  const t = tokens[i]!;
  if ((t.lower || (t.opening && t.cap)) && t.elision === null && COURT_HEADS.has(t.word)) {
    const court = courtName(tokens, i);
    if (court > 0) return court;
  }
  if ((t.lower || (t.opening && t.cap)) && (t.elision === null || t.elision === 'l')) {
    const body = bodyName(tokens, i);
    // "l'université Lumière Lyon 2", "l'université Paris 8": a numbered university keeps its number.
    const numbered = tokens[i + body];
    if (body > 0 && t.word === 'universite' && numbered && numbered.number && numbered.gap === '' && /^[1-9]\d?$/u.test(numbered.word)) return body + 1;
    if (body > 0) return body;
  }
  if (!t.lower || t.mixed || (t.elision !== null && t.elision !== 'l')) return 0;
  // "le parc éolien en mer de Yeu-Ouest": at sea, then the farm's name.
  if (t.word === 'mer' && tokens[i - 1]?.word === 'en') return 0;
  if (LOWER_FEATURE_HEADS.has(t.word)) return streetName(tokens, i, false);
  if (LOWER_SITE_HEADS.has(t.word)) return streetName(tokens, i, true);
  // "le procès Isolvert", "au procès Castellan": a trial named after its defendant.
  if (LOWER_EVENT_HEADS.has(t.word)) return streetName(tokens, i, true);
  if (LOWER_PORTFOLIO_HEADS.has(t.word)) return portfolioName(tokens, i, t.word === 'ministere');
  // "la place Vendôme"; not English "in second place Arsenal".
  // "dimanche soir place des Otages": "des" or "du" after "place" names a square; "la place de Bordeaux" may be its trade.
  if (LOWER_STREET_HEADS.has(t.word)) {
    const square = t.word === 'place' && SQUARE_ARTICLES.has(tokens[i + 1]?.word ?? '');
    // "rassemblés place Bellecour", "dimanche soir, place Saint-Corentin": French drops the article before a square's name.
    const bare = t.word === 'place' && !square && !NOT_BEFORE_BARE_SQUARE.has(tokens[i - 1]?.word ?? '') && (tokens[i - 1]?.lower === true || tokens[i]!.gap === ',');
    return t.word === 'place' && !PLACE_BEFORE.has(tokens[i - 1]?.word ?? '') && !square && !bare ? 0 : streetName(tokens, i, t.word === 'place' && !square);
  }
  // Spelt the French way ("collège", "hôpital", "lycée"): "the college Dean said" is English.
  if (LOWER_EPONYM_HEADS.has(t.word) && t.text !== t.word) return eponymName(tokens, i);
  return 0;
}

/** French words before "place" as a square: "la place Vendôme", "sur la place", "de la place" (not "a place Biden visited"). */
const PLACE_BEFORE = new Set(['la', 'sur', 'de']);
const SQUARE_ARTICLES = new Set(['des', 'du']);
/** English words before "place" and a capitalised word that is no square: "in second place Arsenal", "took place Tuesday". */
const NOT_BEFORE_BARE_SQUARE = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'last', 'took', 'take', 'takes', 'taking', 'taken', 'in', 'a', 'the', 'one', 'its', 'their', 'his', 'her', 'your', 'our', 'my', 'this', 'that', 'any', 'no', 'each', 'every', 'same', 'une', 'en', 'sa', 'leur', 'cette', 'notre', 'votre', 'ma', 'ta', 'mise', 'mis', 'remplace', 'remplacer']);
/** The branch of the army named without an article: "armée de Terre". */
const BARE_BRANCHES = new Set(['terre']);

/** Adjectives of a portfolio: a complement's ("écologique", "étrangères", "sociales"), also "publics", "supérieur"; no nationality. */
function portfolioAdjective(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || !((complementAdjective(t) && !isDemonym(t.word)) || (t.gap === '' && t.lower && t.elision === null && !STOP.has(t.word) && /(?:eur|eurs|ic|ics)$/u.test(t.word)))) return false;
  // "le ministère de l'Économie rappelle que…", "…considère la loi": a verb takes its object or "que" right after it.
  const next = tokens[k + 1];
  return !(next && next.gap === '' && (VERB_OBJECTS.has(next.word) || next.elision === 'qu' || next.elision === 'l'));
}
/** Words that follow a verb rather than an adjective: "rappelle que", "considère la loi", "précise les règles". */
const VERB_OBJECTS = new Set(['que', 'le', 'la', 'les', 'un', 'une', 'son', 'sa', 'ses', 'leur', 'leurs', 'cette', 'ce', 'ces', 'se', 'ne', 'pas']);

/**
 * "ministère de la Santé et de l'Accès aux soins", "ministère de l'Enseignement supérieur, de la Recherche et de
 * l'Innovation": up to four portfolios joined by "et" (a comma list must close with "et"); each a capitalised noun after
 * "de"/"du"/"des"/"de la"/"d'", then at most two lower-case adjectives; a lower-case complement ("des territoires",
 * "aux soins") only in a name of two portfolios or more, where it cannot be the sentence's own ("le ministère de
 * l'Intérieur aux préfets"). Elsewhere than a ministry, the portfolio is no known place, person or given name
 * ("l'armée d'Israël" is Israel's).
 */
function portfolioName(tokens: readonly Token[], i: number, ministry: boolean): number {
  let k = i + 1;
  let parts = 0;
  let closed = 0;
  let end = 0;
  for (let part = 0; part < 4; part++) {
    let at = k;
    let comma = false;
    if (part > 0) {
      const and = tokens[at];
      if (and && and.gap === '' && and.word === 'et' && and.lower) at++;
      else if (and && and.gap === ',' && and.lower && (FRENCH_OF.has(and.word) || and.elision === 'd')) comma = true;
      else break;
    }
    const after = portfolioPart(tokens, at, comma, ministry);
    if (after < 0) break;
    parts++;
    // Only an "et" closes a list: "le ministère de la Culture, de son côté…", "…, de la Recherche" with no "et" after.
    if (!comma) {
      closed = parts;
      end = after;
    }
    k = after;
  }
  if (parts === 0) return 0;
  if (closed <= 1) return portfolioPart(tokens, i + 1, false, ministry, false) - i;
  return end - i;
}

/**
 * Index after one portfolio whose "de" is at `k` (-1 when none); `comma`: it follows a comma. With `tail`, a lower-case
 * complement after it ("des territoires", "aux soins", "à l'emploi").
 */
function portfolioPart(tokens: readonly Token[], k: number, comma: boolean, ministry: boolean, tail = true): number {
  const start = tokens[k];
  if (!start || start.gap !== (comma ? ',' : '')) return -1;
  let c: Token | undefined = start;
  // With its article: "de l'Air", "de la Marine", "du Salut"; bare: "d'État", "de Terre", "de Poutine".
  let articled = c.elision === 'l';
  if (c.elision === 'd' || c.elision === 'l') {
    // "d'État", "l'Agriculture" glued to their article; "de l'Agriculture" has "de" first.
  } else if (FRENCH_OF.has(c.word) && c.lower && c.elision === null) {
    articled = c.word !== 'de';
    c = tokens[++k];
    if (c && c.gap === '' && c.word === 'la' && c.lower && c.elision === null) {
      articled = true;
      c = tokens[++k];
    }
    if (!c || c.gap !== '') return -1;
    if (c.elision === 'l') articled = true;
  } else return -1;
  if (!c.cap || c.allCaps || c.digits) return -1;
  // Elsewhere than a ministry, a branch takes its article but "de Terre": "l'armée de Poutine" is his.
  if (!ministry && ((!articled && !BARE_BRANCHES.has(c.word)) || isGivenWord(c.word) || blocked(c) || (knownEntry(c.key) !== undefined && knownEntry(c.key)!.type !== 'organization'))) return -1;
  k++;
  // "Transition écologique", "Affaires étrangères", "Souveraineté industrielle et numérique".
  for (let n = 0; n < 2; n++) {
    if (!portfolioAdjective(tokens, k)) break;
    k++;
    const and = tokens[k];
    if (n === 0 && and && and.gap === '' && and.word === 'et' && portfolioAdjective(tokens, k + 1)) k++;
  }
  if (!tail) return k;
  const of = tokens[k];
  if (!of || of.gap !== '' || !of.lower || of.elision !== null) return k;
  if (FRENCH_OF.has(of.word)) return k + lowerComplement(tokens, k, true);
  if (of.word !== 'aux' && of.word !== 'au' && of.word !== 'a') return k;
  let x = k + 1;
  if (of.word === 'a' && tokens[x]?.word === 'la' && tokens[x]!.gap === '' && tokens[x]!.elision === null) x++;
  const noun = tokens[x];
  // "à" takes an article: "à la formation", "à l'emploi"; "aux" and "au" hold theirs.
  if (!noun || noun.gap !== '' || !noun.lower || noun.digits || STOP.has(noun.word) || ROLES.has(noun.word) || TIME_WORDS.has(noun.word)) return k;
  if (noun.elision !== null && noun.elision !== 'l') return k;
  if (of.word === 'a' && x === k + 1 && noun.elision !== 'l') return k;
  return x + 1;
}

/**
 * "avenue de Ségur", "rue de la Paix", "rivière des Galets", "boulevard Voltaire", "quai d'Orsay": the street's or
 * river's own name, capitalised words and the particles between them, after "de"/"des"/"du"/"de la"/"d'" or right
 * after the head. "place" only right before its name ("place Vendôme"): "la place de Lucien Forgeat" is his place.
 */
function streetName(tokens: readonly Token[], i: number, directOnly: boolean): number {
  let k = i + 1;
  let c = tokens[k];
  if (!c || c.gap !== '') return 0;
  if (c.elision === 'd' || c.elision === 'l') {
    if (directOnly) return 0;
  } else if (FRENCH_OF.has(c.word) && c.lower && c.elision === null) {
    if (directOnly) return 0;
    c = tokens[++k];
    if (c && c.gap === '' && c.word === 'la' && c.lower && c.elision === null) c = tokens[++k];
  }
  if (!c || c.gap !== '' || !nameShaped(c) || blocked(c) || c.digits || c.allCaps) return 0;
  let end = ++k;
  // "rue Jean de La Fontaine", "avenue de la Grande Armée": more capitalised words, a particle between them.
  for (let n = 0; n < 3; n++) {
    const next = tokens[k];
    if (!next || next.gap !== '') break;
    if (next.lower && NAME_PARTICLES.has(next.word) && next.elision === null) {
      // "des Pays de la Loire", "de la Grande Armée": "de la" or "de l'" before the next capitalised word.
      const article = tokens[k + 1];
      const pair = article !== undefined && article.gap === '' && article.lower && (article.word === 'la' || article.word === 'les') && article.elision === null ? 1 : 0;
      const name = tokens[k + 1 + pair];
      if (name && name.gap === '' && name.cap && !blocked(name)) {
        k += 2 + pair;
        end = k;
        continue;
      }
      break;
    }
    if (!startsName(tokens, k) || next.allCaps || next.digits) break;
    end = ++k;
  }
  return end - i;
}

/** Tokens after `j` that name a known territory after "de"/"du"/"de la"/"d'" (0 when none): "de la Dordogne", "du Puy-de-Dôme". */
function territoryAfter(tokens: readonly Token[], j: number): number {
  let k = j;
  const of = tokens[k];
  if (!of || of.gap !== '') return 0;
  if (of.elision === 'd' && of.cap) return knownEntry(of.key)?.type === 'place' && !tokens[k + 1]?.cap ? 1 : 0;
  if (!of.lower || of.elision !== null || (of.word !== 'de' && of.word !== 'du')) return 0;
  k++;
  const article = tokens[k];
  if (of.word === 'de' && article && article.gap === '' && ((article.word === 'la' && article.lower && article.elision === null) || article.elision === 'l')) {
    if (article.elision === 'l') return article.cap && knownEntry(article.key)?.type === 'place' && !tokens[k + 1]?.cap ? 2 : 0;
    k++;
  }
  const place = tokens[k];
  if (!place || place.gap !== '' || !place.cap || place.allCaps || knownEntry(place.key)?.type !== 'place') return 0;
  const next = tokens[k + 1];
  return next && next.gap === '' && next.cap ? 0 : k + 1 - j;
}

/** Small words an acronym skips: "Direction générale de la concurrence" is DGC. */
const ACRONYM_SKIPS = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'et', 'pour', 'sur', 'aux', 'au', 'en', 'a', 'of', 'and', 'the', 'for', 'on', 'in', 'to']);

/**
 * The end (token index) of a long name an organisation's head opens and the acronym in parentheses right after it spells,
 * word by word: "Direction générale de la concurrence, de la consommation et de la répression des fraudes (DGCCRF)",
 * "Conseil international pour l'exploration de la mer (CIEM)", "Union des patrons pêcheurs du Pays bigouden (UPPB)". A
 * last "de Bretagne" the acronym leaves out stays in the name ("…des élevages marins de Bretagne (CRPMEM)"). 0 when the
 * letters do not match exactly: a sentence between a head and an acronym ("la Commission a saisi la Cour (CJUE)") never
 * spells it.
 */
function spelledByAcronym(tokens: readonly Token[], run: Run): number {
  const first = tokens[run.from]!;
  if (!first.cap || first.allCaps || !ORG_HEADS.has(first.word) || run.known) return 0;
  let close = -1;
  for (let k = run.from + 1; k < run.from + 18 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.gap.startsWith('(')) {
      // French writes acronyms of five letters and more as words: "(Dreal)", "(Dares)".
      if ((t.allCaps || (t.cap && !t.mixed && t.key.length >= 4)) && t.key.length >= 3 && t.key.length <= 8 && /^[a-z]+$/u.test(t.key)) close = k;
      break;
    }
    if (t.gap !== '' && t.gap !== ',') return 0;
  }
  if (close < 0) return 0;
  const letters = tokens[close]!.key;
  let matched = 0;
  let end = 0;
  for (let k = run.from; k < close; k++) {
    const t = tokens[k]!;
    if (t.digits || ACRONYM_SKIPS.has(t.word)) continue;
    if (matched < letters.length && t.key.charAt(0) === letters.charAt(matched)) {
      matched++;
      end = k + 1;
      continue;
    }
    // Every letter spelled: what follows may only be "de"/"du" and one capitalised place ("de Bretagne").
    if (matched === letters.length && t.cap && k === close - 1 && (tokens[k - 1]!.word === 'de' || tokens[k - 1]!.word === 'du' || t.elision === 'd')) return close;
    return 0;
  }
  return matched === letters.length && end === close ? close : 0;
}

/** Heads of French courts, and what may stand between the head and the town: "cour administrative d'appel de". */
const COURT_HEADS = new Set(['tribunal', 'cour', 'conseil']);
const COURT_QUALIFIERS = new Set(['judiciaire', 'correctionnel', 'administratif', 'administrative', 'appel', 'assises', 'criminelle', 'departementale', 'commerce', 'police', 'instance', 'grande', "prud'hommes", 'activites', 'economiques']);

/**
 * "le tribunal correctionnel de Rennes", "la cour administrative d'appel de Nantes", "le conseil de prud'hommes de Lyon":
 * a court named by its kind and its town is an institution, named as a whole (every blind batch so far wrote it so).
 * A bare "tribunal de Paris" has no qualifier and stays the town's, as "l'hôpital de Bobigny" does.
 */
function courtName(tokens: readonly Token[], i: number): number {
  let k = i + 1;
  let qualified = false;
  for (let steps = 0; steps < 4; steps++) {
    const t = tokens[k];
    if (!t || t.gap !== '' || !t.lower) break;
    if (COURT_QUALIFIERS.has(t.word) && (t.elision === null || t.elision === 'd')) {
      qualified = true;
      k++;
      continue;
    }
    // "de commerce", "des prud'hommes", "de grande instance": a qualifier after "de".
    const next = tokens[k + 1];
    if ((t.word === 'de' || t.word === 'des') && t.elision === null && next && next.gap === '' && next.lower && COURT_QUALIFIERS.has(next.word) && next.elision === null) {
      qualified = true;
      k += 2;
      continue;
    }
    break;
  }
  if (!qualified || (tokens[i]!.word === 'conseil' && tokens[k - 1]!.word !== "prud'hommes")) return 0;
  let town = tokens[k];
  if (town && town.gap === '' && town.lower && (town.word === 'de' || town.word === 'du') && town.elision === null) town = tokens[++k];
  else if (!(town && town.elision === 'd')) return 0;
  if (!town || town.gap !== '' || !town.cap || town.allCaps || town.digits || blocked(town)) return 0;
  let end = k + 1;
  // "de Saint-Denis de La Réunion" is rare; two capitalised words ("de Basse-Terre", "de Le Mans" aside) at most.
  if (startsName(tokens, end) && !tokens[end]!.allCaps && !tokens[end]!.digits) end++;
  return end - i;
}

const BODY_HEADS_BY_FIRST_WORD: ReadonlyMap<string, readonly (readonly string[])[]> = (() => {
  const byFirst = new Map<string, (readonly string[])[]>();
  for (const head of [...LOWER_FIXED_BODIES, ...LOWER_BODY_HEADS]) byFirst.set(head[0]!, [...(byFirst.get(head[0]!) ?? []), head]);
  return byFirst;
})();
const FIXED_BODIES: ReadonlySet<readonly string[]> = new Set(LOWER_FIXED_BODIES);

/**
 * "le conseil départemental du Gard", "la préfecture de l'Hérault", "la chambre régionale des comptes de
 * Provence-Alpes-Côte d'Azur": a public body's kind in lower case, then the territory it serves (0 when none).
 * A bare kind ("la préfecture a indiqué") stays a common noun.
 */
function bodyName(tokens: readonly Token[], i: number): number {
  // Asked at every lower-case word: only the heads that start with it are tried.
  const heads = BODY_HEADS_BY_FIRST_WORD.get(tokens[i]!.word);
  if (heads === undefined) return 0;
  for (const head of heads) {
    let k = i;
    let ok = true;
    for (const [n, part] of head.entries()) {
      const t = tokens[k];
      const elided = part.startsWith("d'") || part.startsWith("l'");
      const word = elided ? part.slice(2) : part;
      if (!t || (n > 0 && (t.gap !== '' || !t.lower)) || t.word !== word || (n > 0 && t.elision !== (elided ? part.charAt(0) : null))) {
        ok = false;
        break;
      }
      k++;
    }
    if (!ok) continue;
    // "le musée Mathurin-Méheut de Lamballe": a museum named after someone is that name, the town after it the town.
    // "le musée d'Orsay" is the museum's name: an elided "d'" is its territory's.
    if (head.length === 1 && head[0] === 'musee' && tokens[k]?.cap === true && tokens[k]!.elision === null) continue;
    // "la gendarmerie nationale": the whole name, no territory after it.
    if (FIXED_BODIES.has(head)) return k - i;
    // The territory: "du Gard", "de l'Hérault", "des Hauts-de-Seine", "de la Dordogne", "d'Île-de-France".
    const tail = streetName(tokens, k - 1, false);
    // "l'université de Bretagne occidentale", "l'université de Bretagne-Sud": a compass adjective closes the territory.
    const compass = tokens[k - 1 + tail];
    if (tail > 0 && compass !== undefined && compass.gap === '' && compass.lower && compass.elision === null && TERRITORY_COMPASS.has(compass.word)) return k - i + tail;
    if (tail > 0) return k - 1 - i + tail;
    // "l'agence régionale de santé a annoncé…": a long head with the definite article names the story's own body, whose
    // territory the article gave before (not "une agence régionale de santé", any of them).
    const definite = tokens[i]!.elision === 'l' || DEFINITE_ARTICLES.has(tokens[i - 1]?.word ?? '');
    if (head.length >= 3 && definite) return k - i;
  }
  return 0;
}
const DEFINITE_ARTICLES: ReadonlySet<string> = new Set(['la', 'le']);
/** Lower-case adjectives that name part of a territory in a body's name ("de Bretagne occidentale"). */
const TERRITORY_COMPASS: ReadonlySet<string> = new Set(['occidental', 'occidentale', 'oriental', 'orientale', 'meridional', 'meridionale', 'septentrional', 'septentrionale']);

/**
 * "hôpital Avicenne", "hôpital européen Georges-Pompidou", "lycée Victor-Hugo": an institution's head, at most one
 * adjective, then the name it was given (no known place, no "de": "l'hôpital de Bobigny" is the town's).
 */
function eponymName(tokens: readonly Token[], i: number): number {
  let k = i + 1;
  const adjective = tokens[k];
  if (complementAdjective(adjective) || (adjective && adjective.gap === '' && adjective.lower && adjective.elision === null && (NAME_ADJECTIVES.has(adjective.word) || isDemonym(adjective.word)))) k++;
  const from = k;
  while (k < from + 3 && startsName(tokens, k) && !tokens[k]!.allCaps && !tokens[k]!.digits && tokens[k]!.elision === null) k++;
  if (k === from) return 0;
  // "l'école Jules-Ferry" is named after someone; "l'école Polytech Grenoble" is a school's own name after its kind.
  if (tokens[i]!.word === 'ecole' && !isGivenWord(tokens[from]!.word)) return 0;
  const name = knownEntry(keyOf(tokens, { from, to: k, known: undefined, titled: false }));
  if (name !== undefined && name.type === 'place') return 0;
  return k - i;
}

export function keyOf(tokens: readonly Token[], run: Run): string {
  let key = '';
  for (let k = run.from; k < run.to; k++) key += tokens[k]!.key;
  const first = tokens[run.from]!;
  if (first.word === 'the' && run.to - run.from > 1) return key.slice(3);
  // "du Havre", "au Guilvinec", "aux Sables-d'Olonne": the article a French town's name carries went into the
  // contraction before it; the name is the town the gazetteer lists with its article.
  const before = tokens[run.from - 1];
  const article = CONTRACTED_ARTICLES.get(before !== undefined && before.gap === '' && before.elision === null ? before.word : '');
  if (article !== undefined && first.cap && knownEntry(article + key)?.type === 'place') return article + key;
  return key;
}
/** French contractions of a preposition and an article, and the article they hold. */
const CONTRACTED_ARTICLES: ReadonlyMap<string, string> = new Map([
  ['du', 'le'],
  ['au', 'le'],
  ['aux', 'les'],
  ['des', 'les'],
]);

/** "le député du Rhône X", "the mayor of Leeds X": a role and "de"/"du"/"of" right before `from`. */
function roleComplementBefore(tokens: readonly Token[], from: number): boolean {
  const first = tokens[from]!;
  if (first.elision === 'd') return ROLES.has(tokens[from - 1]?.word ?? '');
  const of = tokens[from - 1];
  return first.gap === '' && of !== undefined && of.lower && of.gap === '' && (of.word === 'de' || of.word === 'du' || of.word === 'des' || of.word === 'of') && ROLES.has(tokens[from - 2]?.word ?? '');
}

/** "d'OpenAI Ilya Sutskever", "Meta Mark Zuckerberg": a known or company name glued to a person's name. */
function splitAtPerson(tokens: readonly Token[], run: Run): Run[] {
  if (run.to - run.from < 3 || run.known) return [run];
  // "Progressive Conservative Leader Obby Khan", "Government House Leader Diane Kowalchuk": a capitalised office that no
  // list of roles holds (a leader is also a market's) between a body and two or three names.
  for (let j = run.from; j <= run.to - 3; j++) {
    const t = tokens[j]!;
    if (!t.cap || t.allCaps || !INNER_OFFICES.has(t.word) || run.to - j - 1 > 3) continue;
    const person: Run = { from: j + 1, to: run.to, known: knownEntry(keyOf(tokens, { from: j + 1, to: run.to, known: undefined, titled: false })), titled: true };
    if (j === run.from) return [person];
    // What the office leads is a body: a party, a house, a group.
    return [{ from: run.from, to: j, known: knownEntry(keyOf(tokens, { from: run.from, to: j, known: undefined, titled: false })), titled: run.titled, head: 'organization' }, person];
  }
  // "Minister for Housing James Browne", "Secretary of State for Health Wes Streeting": after a role and "for"/"of", a
  // portfolio, then a given name and a surname: the portfolio names no one, the rest is the person.
  const of = tokens[run.from - 1];
  if (of && of.lower && (of.word === 'for' || of.word === 'of') && ROLES.has(tokens[run.from - 2]?.word ?? '') && knownEntry(keyOf(tokens, run)) === undefined) {
    for (let j = run.from + 1; j <= run.to - 2; j++) {
      if (!isGivenWord(tokens[j]!.word) || !plainWord(tokens[j]!) || run.to - j > 3) continue;
      const portfolio: Run = { from: run.from, to: j, known: undefined, titled: false };
      portfolio.known = knownEntry(keyOf(tokens, portfolio));
      const person: Run = { from: j, to: run.to, known: knownEntry(keyOf(tokens, { from: j, to: run.to, known: undefined, titled: false })), titled: true };
      return portfolio.known ? [portfolio, person] : [person];
    }
  }
  // "le député du Rhône Nadir X", "la maire de Quimper Anne Y": after a role's complement, a known place and two capitalised
  // words that no list knows are the place and the person holding the role there.
  const cut = run.to - 2;
  if (roleComplementBefore(tokens, run.from) && knownEntry(keyOf(tokens, { from: run.from, to: cut, known: undefined, titled: false }))?.type === 'place') {
    const rest: Run = { from: cut, to: run.to, known: undefined, titled: false, held: true };
    let plain = knownEntry(keyOf(tokens, rest)) === undefined;
    for (let k = cut; k < run.to && plain; k++) plain = plainWord(tokens[k]!) && knownEntry(tokens[k]!.key) === undefined && !ORG_SUFFIXES.has(tokens[k]!.word) && !ORG_HEADS.has(tokens[k]!.word) && !PLACE_WORDS.has(tokens[k]!.word);
    if (plain) return [{ from: run.from, to: cut, known: knownEntry(keyOf(tokens, { from: run.from, to: cut, known: undefined, titled: false })), titled: run.titled }, rest];
  }
  for (let j = run.from + 1; j <= run.to - 2; j++) {
    const t = tokens[j]!;
    if (!isGivenWord(t.word) || !tokens[j + 1]!.cap || tokens[j + 1]!.digits) continue;
    // "Fondation Marcel Gigandet", "Institut Henri Poincaré": an institution named after its founder or patron.
    if (j === run.from + 1 && EPONYM_HEADS.has(tokens[run.from]!.word) && tokens[run.from]!.cap) continue;
    const head: Run = { from: run.from, to: j, known: undefined, titled: run.titled };
    head.known = knownEntry(keyOf(tokens, head));
    const last = tokens[j - 1]!;
    if (head.known || last.allCaps || last.mixed || ORG_SUFFIXES.has(last.word)) {
      return [head, { from: j, to: run.to, known: knownEntry(keyOf(tokens, { from: j, to: run.to, known: undefined, titled: false })), titled: false }];
    }
  }
  return [run];
}
