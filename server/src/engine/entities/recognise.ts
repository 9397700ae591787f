/**
 * Entity recognition for one document. Two passes: the first tokenises each sentence, finds candidate
 * names, types them from their context and notes the document's vocabulary (words seen in lower case,
 * names seen capitalised mid-sentence); the second decides the candidates a capital at the start of a
 * sentence or heading could explain on its own ("Brillant élève", "Rapidement", "Zuckerberg veut…").
 */
import type { Paragraph, Span } from '../types';
import { escapeRegExp } from '../text/regexp';
import { paragraphSpans, sentenceSpans } from '../text/segment';
import { detectBoilerplate } from './boilerplate';
import { bestType, typeRun, wordsBefore, type Scores, type Typing } from './cues';
import { fold, foldKey } from './fold';
import { isGivenWord, isListedTown, knownEntry } from './gazetteer';
import { AWARD_WORDS, COMMON_ACRONYMS, DEMONYMS, ENGLISH_PRESS_TAILS, FURNITURE_IMPERATIVES, PRESS_HEADS, QUANTITY_OPENERS, EVENT_CONTEXT, EVENT_HEADS_FIRST, EVENT_HEADS_LAST, GEO_MODIFIERS, looksLikeCommonWord, ORG_CONTEXT, ORG_HEADS, ORG_SUFFIXES, PLACE_OPENERS, PLACE_PREPOSITIONS, PLACE_WORDS, STORM_HEADS } from './lexicon';
import { commonNounAcronyms, findLinks } from './links';
import { blocked, findRuns, keyOf, matchPhrase, nameShaped, type Run } from './runs';
import { tokenize, type Token } from './tokens';
import type { Cue, DocumentEntities, EntityMention, MentionLink } from './types';

type Style = 'normal' | 'heading' | 'shouting';

interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly key: string;
  readonly firstWord: string;
  readonly firstKey: string;
  readonly lastKey: string;
  readonly words: readonly string[];
  readonly length: number;
  readonly opening: boolean;
  readonly style: Style;
  readonly boilerplate: boolean;
  readonly typing: Typing;
  readonly known: boolean;
  readonly givenFirst: boolean;
  readonly shaped: 'plain' | 'caps' | 'mixed' | 'digits';
  readonly rest: Candidate | null;
  /** In a title-case heading, each word on its own: "Why Nvidia Keeps Winning" → "Nvidia". */
  readonly parts: readonly Candidate[];
  /**
   * In a title-case heading, the longest runs of its words `keep` accepts: "Prices Rebound at Mombasa Auction" →
   * "Mombasa" when the document writes "prices", "rebound" and "auction" in lower case; the whole run when all are kept.
   */
  readonly pieces: (keep: (word: string) => boolean) => Candidate[];
  /** Holds a lower-case word ("Thomas van der Meersch", "Transat des Alizés"): one name, never cut into pieces. */
  readonly connected: boolean;
  /** Starts with a model number: "737 MAX". */
  readonly numbered: boolean;
  /** In a title-case heading, runs of two to four of its words: "Tarnwick Analytics Raises…" → "Tarnwick Analytics". */
  readonly spans: readonly HeadingSpan[];
  /** "Le Pen", "Von der Leyen" at the start of a sentence: see `openingParticle`. */
  readonly particled: boolean;
  /** Right after an article, maybe across an adjective: "the Edinburgh Fringe", "the new Range Rover". */
  readonly afterArticle: boolean;
  /** Right after "la": "la Suisse" is the country, "le Suisse" or "les Suisses" its people. */
  readonly afterLa: boolean;
  /** After "on", "sur", "via": "posted on Clipwave Live", "publié sur X" name a platform more often than a person. */
  readonly onPlatform: boolean;
  /** A comma right after the candidate. */
  readonly comma: boolean;
  /** The candidate as written. */
  readonly written: string;
  /** In a title-case heading, a given name and the word after it: "Jacob Rees-Mogg Quits…" → "Jacob Rees-Mogg". */
  readonly head: Candidate | null;
  linked: boolean;
}

/** A run of heading words, typed only when the document names it elsewhere. */
interface HeadingSpan {
  readonly key: string;
  readonly start: number;
  readonly end: number;
  readonly length: number;
  /** An acronym and an organisation suffix: "GB News", "KTV Sport", read as one name wherever the heading is. */
  readonly branded: boolean;
  /** Ends with an organisation suffix or an event head, and starts with no common word: "Dunmore Logistics". */
  readonly suffixed: boolean;
  readonly make: () => Candidate;
}

interface Decision {
  readonly candidate: Candidate;
  readonly confidence: 'strong' | 'weak';
  readonly document: boolean;
}

const EMPTY: DocumentEntities = { mentions: [], boilerplate: [], links: [] };

/** Never throws: on any failure, no entities rather than no analysis. */
export function recogniseEntities(text: string, paragraphs: readonly Paragraph[]): DocumentEntities {
  try {
    return recognise(text, paragraphs.length > 0 || text.trim() === '' ? paragraphs : fallbackParagraphs(text));
  } catch {
    return EMPTY;
  }
}

function fallbackParagraphs(text: string): Paragraph[] {
  return paragraphSpans(text).map((span) => ({ span, language: null, sentences: sentenceSpans(text, span, 'fr') }));
}

const keepsApostrophe = (rawKey: string): boolean => knownEntry(rawKey) !== undefined;

function recognise(text: string, paragraphs: readonly Paragraph[]): DocumentEntities {
  const boilerplate = detectBoilerplate(text, paragraphs);
  const lowerSeen = new Set<string>();
  const midCap = new Set<string>();
  const midCapWords = new Set<string>();
  /** Names of several words the body writes with evidence: what a title-case heading may be cut to. */
  const named = new Set<string>();
  /** First and last words of the body's names of several words: what a shouted headline may name alone ("KIPCHUMBA"). */
  const nameEnds = new Set<string>();
  const candidates: Candidate[] = [];
  const runLinks: { alias: Candidate; name: Candidate; relation: MentionLink['relation'] }[] = [];
  /** Acronyms the article defines by common words ("(IPF)" after "idiopathic pulmonary fibrosis"): no entity anywhere in it. */
  const thingAcronyms = new Set<string>();
  const mastheads = new Set<Candidate>();
  paragraphs.forEach((paragraph, index) => {
    if (boilerplate.bare[index] === true) return;
    const sentences = paragraph.sentences.length > 0 ? paragraph.sentences : [paragraph.span];
    const style = styleOf(text, paragraph.span, sentences.length);
    for (const sentence of sentences) {
      const tokens = tokenize(text, sentence, keepsApostrophe, paragraph.language === 'fr' || paragraph.language === 'en' ? paragraph.language : null);
      for (const t of tokens) if (t.lower && !t.mixed) lowerSeen.add(t.word);
      const runs = findRuns(tokens);
      for (const key of commonNounAcronyms(tokens)) thingAcronyms.add(key);
      const links = findLinks(tokens, runs);
      const byRun = new Map<Run, Candidate>();
      const based = basedPlaces(tokens, style, boilerplate.flags[index] === true);
      // Only where a page names its paper, above the story: "Ministers Order Safety Review" is a headline.
      if (style === 'heading' && index < MASTHEAD_LINES && sentences.length === 1 && isMasthead(text.slice(sentence.start, sentence.end), tokens, text)) {
        // "L'Écho du Valais": the elided article is the title's, shown with it (the key, as everywhere, goes without).
        const paper = { ...makeCandidate(tokens, { from: 0, to: tokens.length, known: undefined, titled: false }, style, boilerplate.flags[index] === true, false), start: tokens[0]!.rawStart };
        paper.typing.scores.organization += MASTHEAD_POINTS;
        paper.typing.cues.add('org-suffix');
        mastheads.add(paper);
        candidates.push(paper);
        continue;
      }
      for (const run of runs) {
        const candidate = titleAfterContraction(tokens, run, makeCandidate(tokens, run, style, boilerplate.flags[index] === true));
        byRun.set(run, candidate);
        while (based.length > 0 && based[0]!.start < candidate.start) candidates.push(based.shift()!);
        candidates.push(candidate);
        // "Quarry Lane beat…" under "Quarry Lane Tops Table…": a name of several words opening a body sentence is what a heading may be cut to.
        if (style === 'normal' && candidate.length > 1) {
          named.add(candidate.key);
          nameEnds.add(tokens[run.from]!.key);
          nameEnds.add(tokens[run.to - 1]!.key);
        }
        if (!candidate.opening && style === 'normal') {
          midCap.add(candidate.key);
          for (let k = run.from; k < run.to; k++) midCapWords.add(tokens[k]!.key);
        }
      }
      candidates.push(...based);
      coordinate(tokens, runs, byRun);
      placesInParentheses(tokens, runs, byRun);
      for (const link of links) {
        const alias = byRun.get(link.alias);
        const name = byRun.get(link.name);
        if (!alias || !name) continue;
        alias.linked = name.linked = true;
        shareTyping(alias.typing, name.typing, link.relation === 'acronym' ? 'acronym' : 'former-name');
        runLinks.push({ alias, name, relation: link.relation });
      }
    }
  });
  const demonyms = demonymsOf(candidates, lowerSeen);
  const brands = brandWords(candidates);
  const mentions: EntityMention[] = [];
  const indexOf = new Map<Candidate, number>();
  for (const candidate of candidates) {
    if (demonyms.has(candidate) || (candidate.length === 1 && thingAcronyms.has(candidate.key)) || currencyPrefix(text, candidate)) continue;
    const decisions: Decision[] = mastheads.has(candidate) ? [{ candidate, confidence: 'strong', document: false }] : decide(candidate, lowerSeen, midCap, midCapWords, named, nameEnds);
    for (const decided of decisions) {
      indexOf.set(decided.candidate, mentions.length);
      if (decided.candidate !== candidate && !indexOf.has(candidate)) indexOf.set(candidate, mentions.length);
      mentions.push(toMention(text, decided.candidate, decided.confidence, lowerSeen, decided.document, brands));
    }
  }
  const links: MentionLink[] = [];
  for (const link of runLinks) {
    const alias = indexOf.get(link.alias);
    const name = indexOf.get(link.name);
    if (alias !== undefined && name !== undefined && mentions[alias]!.key !== mentions[name]!.key) links.push({ alias, name, relation: link.relation });
  }
  return { mentions, boilerplate: boilerplate.spans, links };
}

function makeCandidate(tokens: readonly Token[], run: Run, style: Style, inBoilerplate: boolean, rest = true): Candidate {
  const first = tokens[run.from]!;
  let shaped: Candidate['shaped'] = 'plain';
  const words: string[] = [];
  for (let k = run.from; k < run.to; k++) {
    const t = tokens[k]!;
    words.push(t.word);
    if (t.digits) shaped = 'digits';
    else if (t.mixed && shaped !== 'digits') shaped = 'mixed';
    else if (t.allCaps && shaped === 'plain') shaped = 'caps';
  }
  const opening = first.opening || style !== 'normal';
  const second = tokens[run.from + 1];
  let restCandidate: Candidate | null = null;
  if (rest && opening && run.to - run.from > 1 && second && nameShaped(second) && !blocked(second)) {
    const sub: Run = { from: run.from + 1, to: run.to, known: undefined, titled: false };
    sub.known = knownEntry(keyOf(tokens, sub));
    restCandidate = { ...makeCandidate(tokens, sub, 'normal', inBoilerplate, false), opening: false };
  }
  const parts: Candidate[] = [];
  if (rest && (style === 'heading' || style === 'shouting') && run.to - run.from > 1) {
    for (let k = run.from; k < run.to; k++) {
      // "Arsenal Stun Real Madrid": a known name of several words stays whole.
      // "Turkish Airlines Firms Up Order": at the heading's start too, when the run goes on after it.
      const phrase = matchPhrase(tokens, k);
      if (phrase && k + phrase.length <= run.to && (k > run.from || phrase.length < run.to - run.from)) {
        parts.push(makeCandidate(tokens, { from: k, to: k + phrase.length, known: phrase.entry, titled: false }, style, inBoilerplate, false));
        k += phrase.length - 1;
      } else if (nameShaped(tokens[k]!) && !blocked(tokens[k]!)) parts.push(makeCandidate(tokens, { from: k, to: k + 1, known: knownEntry(tokens[k]!.key), titled: false, shouted: style === 'shouting' }, style, inBoilerplate, false));
    }
  }
  const spans: HeadingSpan[] = [];
  // A headline in capitals ("HELIXA THERAPEUTICS SOARS…") names what the body names: any stretch of its words may be one.
  const shouting = rest && style === 'shouting';
  if ((rest && style === 'heading' && run.to - run.from > 2) || shouting) {
    for (let k = run.from; k < run.to; k++) {
      for (let end = k + (shouting ? 1 : 2); end <= Math.min(run.to, k + 4); end++) {
        if (end - k === run.to - run.from && !shouting) continue;
        let ok = true;
        for (let x = k; x < end && ok; x++) ok = nameShaped(tokens[x]!) && !blocked(tokens[x]!);
        const sub: Run = { from: k, to: end, known: undefined, titled: false, shouted: shouting };
        const branded = ok && end - k === 2 && headingAcronym({ length: 1, shaped: tokens[k]!.allCaps ? 'caps' : 'plain', firstWord: tokens[k]!.word }) && ORG_SUFFIXES.has(tokens[k + 1]!.word);
        const opener = tokens[k]!;
        const closer = tokens[end - 1]!;
        const suffixed = ok && end - k <= 3 && (ORG_SUFFIXES.has(closer.word) || EVENT_HEADS_LAST.has(closer.word)) && !opener.allCaps && !looksLikeCommonWord(opener.word) && !GEO_MODIFIERS.has(opener.word) && !DEMONYMS.has(opener.word) && !ORG_SUFFIXES.has(opener.word) && !ORG_CONTEXT.has(opener.word) && !EVENT_HEADS_LAST.has(opener.word);
        if (ok) spans.push({ key: keyOf(tokens, sub), start: tokens[k]!.start, end: tokens[end - 1]!.end, length: end - k, branded, suffixed, make: () => makeCandidate(tokens, sub, style, inBoilerplate, false) });
      }
    }
  }
  let head: Candidate | null = null;
  if (rest && style === 'heading' && run.to - run.from > 2 && isGivenWord(first.word) && second && nameShaped(second) && !blocked(second)) {
    const sub: Run = { from: run.from, to: run.from + 2, known: undefined, titled: false };
    sub.known = knownEntry(keyOf(tokens, sub));
    head = makeCandidate(tokens, sub, style, inBoilerplate, false);
  }
  const after = tokens[run.to];
  const pieces = !rest || style !== 'heading' || run.to - run.from < 2 ? NO_PIECES : (keep: (word: string) => boolean): Candidate[] => {
    const out: Candidate[] = [];
    let from = -1;
    for (let k = run.from; k <= run.to; k++) {
      const t = tokens[k];
      const kept = k < run.to && t !== undefined && nameShaped(t) && !blocked(t) && keep(t.word);
      if (kept && from < 0) from = k;
      if (!kept && from >= 0) {
        const sub: Run = { from, to: k, known: undefined, titled: false };
        sub.known = knownEntry(keyOf(tokens, sub));
        out.push(makeCandidate(tokens, sub, style, inBoilerplate, false));
        from = -1;
      }
    }
    return out;
  };
  let connected = false;
  for (let k = run.from; k < run.to; k++) if (!nameShaped(tokens[k]!)) connected = true;
  return {
    pieces,
    connected,
    numbered: first.number,
    head,
    particled: run.particled === true,
    afterArticle: articleBefore(tokens, run.from),
    afterLa: tokens[run.from]!.elision === null && tokens[run.from - 1]?.word === 'la' && tokens[run.from]!.gap === '',
    onPlatform: !first.elision && PLATFORM_PREPOSITIONS.has(wordsBefore(tokens, run.from, 1)[0] ?? ''),
    comma: after !== undefined && after.gap.startsWith(','),
    written: tokens.slice(run.from, run.to).map((t) => t.text).join(' '),
    start: run.elided ? first.rawStart : first.start,
    end: tokens[run.to - 1]!.end,
    key: keyOf(tokens, run),
    firstWord: first.word,
    firstKey: first.key,
    lastKey: tokens[run.to - 1]!.key,
    words,
    length: run.to - run.from,
    opening,
    style,
    boilerplate: inBoilerplate,
    typing: typeRun(tokens, run),
    known: run.known !== undefined,
    givenFirst: isGivenWord(first.word),
    shaped,
    rest: restCandidate,
    parts,
    spans,
    linked: false,
  };
}

const NO_PIECES = (): Candidate[] => [];

const BASED_TAILS = new Set(['based', 'headquartered']);
/** Tails of compounds made on whoever leads, owns or backs something: "Fianna Fáil-led", "Google-owned", "Kremlin-backed". */
const PARTY_TAILS = new Set(['led', 'run', 'owned', 'backed', 'controlled', 'funded', 'sponsored', 'dominated']);

/**
 * "the Boston-based company", "the New York-based fund": the town an English compound is made on is a place, though
 * the compound itself is no part of a name (see `isCompoundDescriptor`). One candidate per such town, from the
 * capitalised words before the compound and the part of it before the hyphen. "the Fianna Fáil-led coalition",
 * "a Google-owned app": the name a compound is made on is whoever leads or owns, kept when a list knows it (a person's
 * name there, "Starmer-led", is left to the prose around it).
 */
function basedPlaces(tokens: readonly Token[], style: Style, inBoilerplate: boolean): Candidate[] {
  const out: Candidate[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!t.cap || t.lower) continue;
    const dash = Math.max(t.text.lastIndexOf('-'), t.text.lastIndexOf('\u2011'));
    const tail = t.word.slice(t.word.lastIndexOf('-') + 1);
    const based = BASED_TAILS.has(tail);
    if (dash <= 0 || !(based || PARTY_TAILS.has(tail)) || t.text.slice(0, dash).includes('-')) continue;
    const head = t.text.slice(0, dash);
    if (DEMONYMS.has(foldKey(head)) || COMMON_ACRONYMS.has(head.toLowerCase())) continue;
    let from = k;
    // "San Francisco-based", "New York-based": the words before the compound, when they make a known place or a name.
    while (from > k - 2 && from > 0 && tokens[from]!.gap === '' && tokens[from - 1]!.cap && !tokens[from - 1]!.allCaps && !tokens[from - 1]!.possessive) {
      const wider = foldKey([...tokens.slice(from - 1, k).map((x) => x.text), head].join(' '));
      if (ARTICLE_WORDS.has(tokens[from - 1]!.word) || (blocked(tokens[from - 1]!) && knownEntry(wider) === undefined)) break;
      from--;
    }
    const parts = [...tokens.slice(from, k).map((x) => x.text), head];
    const written = parts.join(' ');
    const key = foldKey(written);
    const synthetic: Token = { ...t, start: tokens[from]!.start, rawStart: tokens[from]!.rawStart, end: t.start + dash, text: written, word: fold(written), key, rawKey: key, possessive: false, pluralPossessive: false, exPrefix: false, allCaps: false, mixed: false, lower: false, digits: false, number: false, initial: false, opening: false, elision: null, gap: '' };
    const known = knownEntry(key);
    if (!based && known === undefined) continue;
    const candidate = makeCandidate([synthetic], { from: 0, to: 1, known, titled: false }, style === 'heading' ? 'normal' : style, inBoilerplate, false);
    if (based) {
      candidate.typing.scores.place += 3;
      candidate.typing.cues.add('place-word');
    }
    out.push({ ...candidate, length: parts.length, words: parts.map((p) => fold(p)) });
  }
  return out;
}

/** Prepositions that open a sentence before a name ("Inside Karrinup", "Near Newcastle Emlyn", "Derrière Calvet"), folded. */
const OPENING_PREPOSITIONS: ReadonlySet<string> = new Set(['inside', 'outside', 'near', 'beyond', 'across', 'along', 'behind', 'beneath', 'beside', 'throughout', 'within', 'without', 'amid', 'among', 'unlike', 'despite', 'towards', 'toward', 'derriere', 'devant', 'malgre', 'parmi', 'hormis', 'outre', 'durant']);
/**
 * What opens a name before a given name, besides a body's or a place's head word and a saint: "King Charles Hospital",
 * "Sir David Attenborough", "Air Caraïbes", "Radio Jean-Luc", "Villa Marguerite".
 */
const NAME_OPENERS: ReadonlySet<string> = new Set(['king', 'queen', 'prince', 'princess', 'lady', 'lord', 'sir', 'dame', 'air', 'radio', 'club', 'team', 'villa']);

/** Shorter known words in a shouted headline are too often words ("LA", "USA" aside, "MAY", "NICE"). */
const SHOUTED_KNOWN_MIN = 4;

function shortLowered(part: Candidate): boolean {
  return part.length === 1 && part.firstWord.length <= 3 && part.shaped !== 'caps';
}

/** An acronym in a title-case heading names something unless it is a common one: "Labour Vows To Protect NHS…". */
function headingAcronym(part: Pick<Candidate, 'length' | 'shaped' | 'firstWord'>): boolean {
  return part.length === 1 && part.shaped === 'caps' && part.firstWord.length >= 2 && part.firstWord.length <= 5 && !COMMON_ACRONYMS.has(part.firstWord);
}

const PLATFORM_PREPOSITIONS = new Set(['on', 'sur', 'via']);
const ARTICLE_WORDS = new Set(['the', 'a', 'an', 'le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'au', 'aux']);
const ARTICLE_ADJECTIVES = new Set(['new', 'old', 'latest', 'annual', 'nouvelle', 'nouveau', 'nouvel', 'prochain', 'prochaine', 'dernier', 'derniere']);

function articleBefore(tokens: readonly Token[], from: number): boolean {
  // "L'Observateur Économique": a capital article in mid-sentence is the name's own (see `tokenize`).
  if (tokens[from]!.elision === null && tokens[from]!.word.startsWith("l'")) return true;
  const before = wordsBefore(tokens, from, 2);
  return ARTICLE_WORDS.has(before[0] ?? '') || (ARTICLE_ADJECTIVES.has(before[0] ?? '') && ARTICLE_WORDS.has(before[1] ?? ''));
}

/** French past participles: "Contacté", "Interrogée", "Sollicités", "Saisie", "Joint", "Élu". */
const PARTICIPLE = /(?:é|ée|és|ées|ie|ies|u|ue|us|ues|int|inte|ints|intes)$/u;

// A credit ("By X | Perth |", "Photo: X / Agency") says what its fields are, at the start of a line too.
const STRONG_CUES: readonly Cue[] = ['title', 'role', 'role-of', 'org-context', 'affiliation', 'product-context', 'org-suffix', 'version', 'credit', 'age'];

/** Common nouns of names, which alone in a headline name nothing: "Rail", "Bank", "Court", "Festival". */
function GENERIC_HEADLINE_WORD(word: string): boolean {
  return ORG_SUFFIXES.has(word) || ORG_CONTEXT.has(word) || ORG_HEADS.has(word) || PLACE_WORDS.has(word) || EVENT_HEADS_LAST.has(word) || EVENT_HEADS_FIRST.has(word) || DEMONYMS.has(word);
}

/** What to keep of a candidate once the whole document is read: nothing, itself, or a part of it. */
function decide(c: Candidate, lowerSeen: ReadonlySet<string>, midCap: ReadonlySet<string>, midCapWords: ReadonlySet<string>, bodyNames: ReadonlySet<string>, nameEnds: ReadonlySet<string>): Decision[] {
  const strong = (candidate: Candidate, document = false): Decision => ({ candidate, confidence: 'strong', document });
  const weak = (candidate: Candidate): Decision => ({ candidate, confidence: 'weak', document: false });
  // "en Suisse", "la Suisse": a country spelt like its people, where a preposition or a place cue says it is the country.
  const countryLikeItsPeople = c.known && (c.typing.cues.has('place-word') || c.afterLa);
  if (c.length === 1 && ((c.shaped === 'caps' && COMMON_ACRONYMS.has(c.firstWord) && !c.known) || (DEMONYMS.has(c.firstWord) && !countryLikeItsPeople))) return [];
  // "le Grand Prix de Monaco", "the Singapore Grand Prix": a race, not an award; a festival's "Grand Prix" alone is its award.
  if (c.words.some((word, i) => AWARD_WORDS.has(word) && !(word === 'prix' && c.words[i - 1] === 'grand' && c.words.length > 2))) return [];
  // "Quelque 2 400 professeurs", "Some 300 workers": a hedge and its number, no name.
  if (QUANTITY_OPENERS.has(c.firstKey) && /^[\p{L}'’]+(?:[\s\u00a0\u202f]+[\d.,\s\u00a0\u202f]+)$/u.test(c.written)) return [];
  // "sa série B. Celle-ci…", "Plan B", "vitamine D", "groupe A": an early letter alone names a round, a plan, a grade;
  // "X" (formerly Twitter) and the later letters brands take are left to the cues.
  if (c.length === 1 && /^[A-H]$/u.test(c.written) && !c.known) return [];
  // "a Series B round", "Its Series C was led by…": a funding round, capitalised as a title.
  // ("C", "D" and "L" may be cut off as elisions, leaving "Series" alone.)
  if ((c.length === 2 && /^(?:Series|Série|Serie)[\s\u00a0]+[A-H]$/u.test(c.written)) || (c.length === 1 && /^(?:Series|Série|Serie)$/u.test(c.written))) return [];
  // "au IVe siècle", "le XXe arrondissement": a Roman ordinal, no name.
  if (c.length === 1 && /^[IVXLC]+(?:e|er|ème|eme)$/u.test(c.written)) return [];
  if (!c.opening) return [strong(c)];
  if (c.style === 'shouting') {
    if (c.known || (c.givenFirst && c.length > 1)) return [strong(c)];
    // "VAN DER MEULEN SACKED BY CASTLEBRIDGE": the stretches the body writes as names mid-sentence, longest first.
    const named: Candidate[] = [];
    for (const span of c.spans.filter((s) => midCap.has(s.key) || bodyNames.has(s.key)).sort((a, b) => b.length - a.length || a.start - b.start)) {
      if (!named.some((n) => n.start < span.end && span.start < n.end)) named.push(span.make());
    }
    // "…QUITTENT LES VOSGES POUR LE MAROC ET LA ROUMANIE": a word the gazetteer knows, which the body never writes in
    // lower case ("TOURS", "NICE" may be words), is that name even when the body does not repeat it.
    const known = c.parts.filter((part) => part.known && part.firstWord.length >= SHOUTED_KNOWN_MIN && !lowerSeen.has(part.firstWord) && !looksLikeCommonWord(part.firstWord) &&
      !named.some((n) => n.start < part.end && part.start < n.end));
    // "KIPCHUMBA AND ALEMU SMASH…" over "Daniel Kipchumba", "Tigist Alemu"; "…BY CASTLEBRIDGE" over "Castlebridge United":
    // a word that opens or ends one of the body's names, and is no common word of it.
    const overlapsSpan = (span: HeadingSpan) => (n: Candidate): boolean => n.start < span.end && span.start < n.end;
    for (const span of c.spans) {
      if (span.length !== 1 || !nameEnds.has(span.key) || named.some(overlapsSpan(span)) || known.some(overlapsSpan(span))) continue;
      const part = span.make();
      if (!part.known && part.firstWord.length >= SHOUTED_KNOWN_MIN && !lowerSeen.has(part.firstWord) && !looksLikeCommonWord(part.firstWord) && !GENERIC_HEADLINE_WORD(part.firstWord)) named.push(part);
    }
    return [...named.map((part) => strong(part, true)), ...known.map((part) => strong(part))].sort((a, b) => a.candidate.start - b.candidate.start);
  }
  if (midCap.has(c.key)) return [strong(c, true)];
  if (c.style === 'heading') {
    // "…Eyes up to 150 737 MAX Jets": a model number opens no word of the headline's own (see `startsRun`).
    if (c.numbered) return [weak(c)];
    // In a title-case heading every word has a capital: only knowledge speaks for a name.
    if ((c.known && !shortLowered(c)) || c.linked || (c.givenFirst && c.length === 2) || c.typing.cues.has('credit')) return [strong(c)];
    // "Jacob Rees-Mogg Quits GB News": a given name and the next word are a person; the rest is read word by word.
    if (c.givenFirst && c.length > 2 && c.head) {
      const branded = c.spans.filter((s) => s.branded && s.start >= c.head!.end).map((s) => s.make());
      const rest = c.parts.filter((part) => part.start >= c.head!.end && (part.known || midCap.has(part.key) || headingAcronym(part)) && !branded.some((b) => b.start < part.end && part.start < b.end));
      return [strong(c.head), ...[...branded, ...rest].sort((a, b) => a.start - b.start).map((part) => strong(part, midCap.has(part.key)))];
    }
    // "Photo: PA Images": an acronym and an organisation suffix are one name, as in a longer heading's branded spans.
    if (c.length === 2 && ORG_SUFFIXES.has(c.words[1] ?? '') && /^\p{Lu}{2,5}$/u.test(c.written.split(/\s+/u)[0] ?? '')) return [strong(c)];
    const parts = c.parts.filter((part) => (part.known && !shortLowered(part)) || midCap.has(part.key) || headingAcronym(part));
    // "Tarnwick Analytics Raises $40M" over "Tarnwick Analytics said…": words the document writes as one name elsewhere.
    const named: Candidate[] = [];
    for (const span of c.spans.filter((s) => s.branded || midCap.has(s.key) || bodyNames.has(s.key)).sort((a, b) => b.length - a.length || a.start - b.start)) {
      if (!named.some((n) => n.start < span.end && span.start < n.end)) named.push(span.make());
    }
    if (named.length > 0) {
      const kept = [...named, ...parts.filter((part) => !named.some((n) => n.start < part.end && part.start < n.end))];
      return kept.sort((a, b) => a.start - b.start).map((part) => strong(part, midCap.has(part.key)));
    }
    if (parts.length > 0) return parts.map((part) => strong(part, midCap.has(part.key)));
    if (c.length === 1 && lowerSeen.has(c.firstWord)) return [];
    // "Dunmore Logistics Talks Collapse": the words opening the run up to an organisation suffix or an event head are
    // what the corpus may name elsewhere; weak, so they count only then.
    const suffixed = c.spans.filter((s) => s.start === c.start && s.suffixed).sort((a, b) => b.length - a.length)[0];
    if (suffixed) return [weak(suffixed.make())];
    // "Prices Rebound at Mombasa Auction": nothing here tells the name from the headline's other words; each word is
    // offered on its own, weak, for the corpus to confirm (not the document's lower-case words, nor given names, which
    // would join any person of that first name).
    const offered = c.length > 1 && !c.connected ? c.pieces((word) => !lowerSeen.has(word) && !looksLikeCommonWord(word)).filter((piece) => piece.length > 1 || !(piece.givenFirst || GENERIC_HEADLINE_WORD(piece.firstWord))) : [];
    if (offered.length > 0) return offered.map(weak);
    return [weak(c)];
  }
  // "Notably, the bank…", "Contacté, l'avocat…": an adverb or a participle opening the sentence, whose apposition
  // describes the subject that follows; weak unless the corpus names it elsewhere.
  // An age after the comma says person, no participle: "Kaboré, 37 ans, vend…".
  if (c.length === 1 && !c.known && !c.linked && !c.givenFirst && !c.typing.cues.has('age') && !c.typing.cues.has('affiliation') && (looksLikeCommonWord(c.firstWord) || (c.comma && PARTICIPLE.test(c.written)))) return [weak(c)];
  const evidence = c.known || c.linked || STRONG_CUES.some((cue) => c.typing.cues.has(cue));
  // "Le Pen a refusé…" names Marine or Jean-Marie Le Pen, "Le Touquet attire…" a town: the corpus decides.
  if (c.particled && !evidence) return [weak(c)];
  if (c.length > 1) {
    // "Storm Fergal, the sixth named storm…": a storm word opening a storm's name stays, though the text writes it in lower case.
    const stormName = STORM_HEADS.has(c.firstWord) && c.typing.cues.has('event-word');
    if (c.rest && !c.particled && !evidence && !c.givenFirst && !stormName && lowerSeen.has(c.firstWord) && !midCapWords.has(c.firstKey)) return [strong(c.rest)];
    // "Inside Karrinup, …", "Near Newcastle Emlyn, …": a preposition opening the sentence is no part of the name.
    if (c.rest && !c.known && OPENING_PREPOSITIONS.has(c.firstWord)) return [strong(c.rest)];
    // "Treasurer Dana Ruiz-Whitaker said…", "Sophomore Tyler Brandt scored": a capitalised word before a given name
    // and its surname, opening the sentence, is the person's title or a word of the sentence, not a name of theirs.
    if (c.rest && c.length >= 3 && c.rest.givenFirst && !c.givenFirst && !c.known && !c.particled && !evidence && !midCapWords.has(c.firstKey) && !opensNames(c.firstWord)) return [strong(c.rest)];
    // "Soutenez Midi Libre en vous abonnant", "Follow Dunmore Gazette on X": a page's call to action before the name.
    if (c.rest && FURNITURE_IMPERATIVES.has(c.firstKey)) return [strong(c.rest)];
    return [strong(c)];
  }
  if (lowerSeen.has(c.firstWord) && !c.known) return [];
  // "Rapidement", "Découvrez", but also "Fernández", "Kelly", "Fleming": weak, kept only if the corpus names it elsewhere.
  if (looksLikeCommonWord(c.firstWord) && !c.givenFirst && !evidence) return [weak(c)];
  // "Patagonia's founder…": a possessive at the start of a sentence belongs to a name.
  if (evidence || c.shaped !== 'plain' || c.typing.cues.has('possessive')) return [strong(c)];
  return [weak(c)];
}

/** First words no person's name starts with: a capital article, a saint. */
const SAINTS = new Set(['st', 'saint', 'sainte', 'san', 'santa', 'sao']);

/** A word that opens names of its own: "Saint Louis Hospital", "Port Louis", "Fort William", "Hôpital Simone-Veil". */
function opensNames(word: string): boolean {
  return SAINTS.has(word) || PLACE_OPENERS.has(word) || PLACE_WORDS.has(word) || ORG_HEADS.has(word) || NAME_OPENERS.has(word);
}
const NO_PERSON_FIRST = new Set(['le', 'la', 'les', 'the', ...SAINTS]);

/** The first word alone is a known organisation or product: "Facebook Marketplace", "Truth Social" next to "Truth". */
function placeFirst(c: Candidate): boolean {
  return c.length === 2 && !c.givenFirst && knownEntry(foldKey(c.words[0]!))?.type === 'place' && knownEntry(c.lastKey) === undefined;
}

function knownFirst(c: Candidate): boolean {
  const type = knownEntry(foldKey(c.words[0]!))?.type;
  return type === 'organization' || type === 'product';
}

const ABBREVIATED_FORMS = new Set(['inc', 'corp', 'co', 'bros', 'ltd']);
const INSIDE_AFTER_STOP = /^(?:[,;:)]| \p{Ll})/u;
/** Two or more capitals joined by full stops, ending the text: "U.S", "A.Ş" (the last stop follows). */
const DOTTED_INITIALS = /(?:^|[^\p{L}\p{N}.])\p{Lu}(?:\.\p{Lu})+$/u;

/**
 * First words of the document's names of several words that cues type as a company or a product ("Vireo Automotive"): a
 * pair of capitalised words starting with one of them is that company's product ("Vireo Aster"), not a person by its shape
 * alone. Only the first word: a family firm's name ends with its founder's ("Idris Vale" of "Vale Logistics").
 */
function brandWords(candidates: readonly Candidate[]): Set<string> {
  const words = new Set<string>();
  for (const c of candidates) {
    if (c.length < 2 || c.givenFirst) continue;
    const type = bestType(c.typing.scores);
    if ((type === 'organization' || type === 'product') && c.typing.scores[type] >= 1.5) words.add(c.words[0]!);
  }
  return words;
}

/** "NZ$1.2 billion", "A$1 billion", "HK$", "US$": capitals glued to a dollar sign say whose dollar, they name nothing. */
function currencyPrefix(text: string, c: Candidate): boolean {
  // "Sh48 billion", "KSh31.50", "Rs 500": a currency written as letters before its amount ("Sh48 Billion Deal" in a headline).
  if (CURRENCY_LETTERS.test(text.slice(c.start, c.end))) return true;
  return c.length === 1 && c.end - c.start <= 3 && text.charCodeAt(c.end) === 36 && /^\p{Lu}+$/u.test(text.slice(c.start, c.end));
}

const CURRENCY_LETTERS = /^(?:KSh|Ksh|Sh|Rs|Rp|RM|Tk|USh|TSh)\.?[\s\u00a0]?\d/u;

function toMention(text: string, c: Candidate, confidence: 'strong' | 'weak', lowerSeen: ReadonlySet<string>, document: boolean, brands: ReadonlySet<string>): EntityMention {
  const scores: Scores = { ...c.typing.scores };
  const cues = new Set(c.typing.cues);
  if (document) cues.add('document');
  // Two or three plain capitalised words that are no common word of this document: most likely a person.
  // After "à", "in" (a place cue too weak on its own), such a pair is a place: "in Port Sudan", "à Saint-Jean Cap".
  if (bestType(scores) === 'other' && c.length >= 2 && c.length <= 3 && c.shaped === 'plain' && !c.words.some((w) => lowerSeen.has(w))) {
    // After an article ("the Edinburgh Fringe", "les Vieilles Charrues", "the new Range Rover") it is no person.
    // A town GeoNames lists ("Port Ellen", "Fort McMurray") is no person either.
    if (scores.place > 0 || isListedTown(c.key)) scores.place += 0.75;
    // Nor before a known place ("Euronext Paris"): a person's surname is no town.
    // Nor after a capital article ("La Méridionale"), a saint ("St. Aldric"), a known company's or product's name ("Facebook
    // Marketplace") or an event's kind ("Storm Uri"): none starts a person's name.
    // "Manitoba Hydro", "Yorkshire Water": a known place (no given name) opening the pair names a body of that place.
    else if (placeFirst(c)) scores.organization += 0.75;
    else if (!c.afterArticle && !c.onPlatform && knownEntry(c.lastKey)?.type !== 'place' && !NO_PERSON_FIRST.has(c.firstWord) && !EVENT_CONTEXT.has(c.firstWord) && !knownFirst(c) && !brands.has(c.words[0]!)) scores.person += 0.75;
    // "St. Aldric's clinics", "St. Louis": a saint names an institution (with its possessive) or a town.
    if (SAINTS.has(c.firstWord)) {
      if (c.typing.cues.has('possessive')) scores.organization += 0.75;
      else scores.place += 0.75;
    }
  }
  // "Fundy Transit Inc., a subsidiary…": an abbreviated legal form keeps its full stop inside a sentence (at its end, the
  // stop is the sentence's).
  // "U.S.", "U.K.", "Anatolia Kompozit A.Ş.": dotted initials keep their last full stop, which is the abbreviation's own
  // (at a sentence end it is both, and the abbreviation is still written with it).
  const dotted = text.charCodeAt(c.end) === 46 && DOTTED_INITIALS.test(text.slice(Math.max(c.start, c.end - 12), c.end));
  const end = dotted || (text.charCodeAt(c.end) === 46 && c.length > 1 && ABBREVIATED_FORMS.has(c.words[c.length - 1]!) && INSIDE_AFTER_STOP.test(text.slice(c.end + 1, c.end + 3))) ? c.end + 1 : c.end;
  const written = text.slice(c.start, end);
  return {
    span: { start: c.start, end },
    text: written,
    type: bestType(scores),
    key: c.key || foldKey(written),
    boilerplate: c.boilerplate,
    confidence,
    cues: [...cues].sort(),
    scores,
  };
}

/** Endings of demonyms, longest first, and the endings of the place name they replace: "Valdorian" → "Valdoria". */
const DEMONYM_ENDINGS: readonly (readonly [string, readonly string[]])[] = [
  ['iennes', ['ie', 'ia', '']],
  ['ienne', ['ie', 'ia', '']],
  ['iens', ['ie', 'ia', '']],
  ['ien', ['ie', 'ia', '']],
  ['ians', ['ia', 'ie', '']],
  ['ian', ['ia', 'ie', '']],
  ['aises', ['e', '']],
  ['aise', ['e', '']],
  ['ais', ['e', '']],
  ['ans', ['a', '']],
  ['an', ['a', '']],
  ['ese', ['a', 'e', '']],
];

/** The demonyms a place name may make: "valdoria" → valdorian, valdorians, valdorien…; "valdorie" → valdorien… */
function demonymsOfPlace(name: string): string[] {
  const forms: string[] = [];
  for (const [ending, replacements] of DEMONYM_ENDINGS) {
    for (const r of replacements) {
      if (!name.endsWith(r)) continue;
      const stem = name.slice(0, name.length - r.length);
      if (stem.length >= 4) forms.push(stem + ending);
    }
  }
  return forms;
}

/**
 * "Valdorian bond yields…", "les Valdoriens", "le gouvernement valdorien" next to "Valdoria": a demonym the
 * document makes on one of its names says that name is a place. Adds the cue to each such name; returns the
 * demonym candidates themselves, which name no entity ("French", "les Américains" are none either).
 */
function demonymsOf(candidates: readonly Candidate[], lowerSeen: ReadonlySet<string>): Set<Candidate> {
  const names = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (c.length !== 1 || c.known || c.givenFirst || c.shaped !== 'plain' || c.firstWord.length < 5) continue;
    const list = names.get(c.firstWord);
    if (list) list.push(c);
    else names.set(c.firstWord, [c]);
  }
  const demonyms = new Set<Candidate>();
  if (names.size === 0) return demonyms;
  // From the few names to their demonyms, not from every word of the document to its possible stems.
  const places: string[] = [];
  for (const name of names.keys()) {
    let made = false;
    for (const form of demonymsOfPlace(name)) {
      if (form === name || !(lowerSeen.has(form) || names.has(form))) continue;
      made = true;
      for (const c of names.get(form) ?? []) demonyms.add(c);
    }
    if (made) places.push(name);
  }
  for (const place of places) {
    for (const c of names.get(place)!) {
      if (demonyms.has(c)) continue;
      c.typing.scores.place += 2.5;
      c.typing.cues.add('place-word');
    }
  }
  return demonyms;
}

/** Weights given to a neighbour in a list ("OpenAI, Anthropic et Meta") whose own cues are silent. */
function coordinate(tokens: readonly Token[], runs: readonly Run[], byRun: ReadonlyMap<Run, Candidate>): void {
  let group: Candidate[] = [];
  let head: Run | null = null;
  let hasAnd = false;
  const flush = (): void => {
    // A list ends with "et"/"and": "CNBC, Warren Buffett" is an apposition, not a list.
    if (group.length > 1 && hasAnd) {
      // "in Stockport and Bolton", "à Brest et Morlaix": the preposition before the list governs each of its names.
      const before = head && !tokens[head.from]!.elision ? wordsBefore(tokens, head.from, 1)[0] ?? '' : '';
      const preposition = PLACE_PREPOSITIONS.has(before) && (before !== 'a' || tokens[head!.from - 1]?.text.toLowerCase() !== 'a');
      if (preposition) {
        for (const member of group.slice(1)) {
          if (bestType(member.typing.scores) !== 'other' || member.typing.scores.place > 0) continue;
          member.typing.scores.place += before === 'in' ? 0.4 : 1;
          member.typing.cues.add('place-word');
        }
      }
      const votes = new Map<string, number>();
      for (const member of group) {
        const best = bestType(member.typing.scores);
        if (best !== 'other' && member.typing.scores[best] >= 2) votes.set(best, (votes.get(best) ?? 0) + 1);
      }
      const winner = [...votes.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
      if (winner) {
        for (const member of group) {
          const best = bestType(member.typing.scores);
          if (best === 'other' || member.typing.scores[best] < 1) {
            member.typing.scores[winner[0] as keyof Scores] += 1.5;
            member.typing.cues.add('coordination');
          }
        }
      }
    }
    group = [];
    hasAnd = false;
  };
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r]!;
    const previous = runs[r - 1];
    const candidate = byRun.get(run)!;
    const link = previous && group.length > 0 ? coordinated(tokens, previous, run) : null;
    if (link) {
      group.push(candidate);
      if (link === 'and') hasAnd = true;
    } else {
      flush();
      group = [candidate];
      head = run;
    }
  }
  flush();
}

/**
 * "Crolles (Isère)", "Rousset (Bouches-du-Rhône)": a name followed by a one- or two-word name in
 * parentheses, neither of them a person's, an acronym or a known organisation, is a town and its region.
 */
function placesInParentheses(tokens: readonly Token[], runs: readonly Run[], byRun: ReadonlyMap<Run, Candidate>): void {
  const placeLike = (s: Scores): boolean => s.person < 2 && s.organization < 3 && s.product < 2 && s.event < 2;
  for (let r = 1; r < runs.length; r++) {
    const town = runs[r - 1]!;
    const region = runs[r]!;
    const inner = tokens[region.from]!;
    const close = tokens[region.to];
    if (region.from !== town.to || inner.gap !== '(' || region.to - region.from > 2 || (close && !close.gap.startsWith(')'))) continue;
    if (inner.allCaps || inner.digits || inner.exPrefix || isGivenWord(inner.word) || (town.to - town.from > 1 && isGivenWord(tokens[town.from]!.word))) continue;
    const a = byRun.get(town)!;
    const b = byRun.get(region)!;
    if (!placeLike(a.typing.scores) || !placeLike(b.typing.scores)) continue;
    for (const c of [a, b]) {
      c.typing.scores.place += 3;
      c.typing.cues.add('place-word');
      c.linked = true;
    }
  }
}

const COORDINATORS = new Set(['et', 'and', 'ou', 'or']);

/** 'comma' between "OpenAI, Anthropic", 'and' between "Anthropic et Meta", null when not a list. */
const REPEATED_PREPOSITIONS = new Set(['de', 'du', 'a', 'au', 'en', 'in', 'of', 'at', 'from', 'to', 'vers', 'pour']);

function coordinated(tokens: readonly Token[], previous: Run, next: Run): 'comma' | 'and' | null {
  if (next.from === previous.to) return tokens[next.from]!.gap === ',' ? 'comma' : null;
  const t = tokens[previous.to]!;
  // "autour de Kaolack et de Fatick", "in Leeds and in York": the preposition repeated after "et"/"and".
  const repeated = tokens[previous.to + 1];
  const before = tokens[previous.from - 1];
  if (next.from - previous.to === 2 && COORDINATORS.has(t.word) && t.gap === '' && repeated && repeated.gap === '' && repeated.lower && repeated.elision === null && before && before.lower && before.elision === null && before.word === repeated.word && REPEATED_PREPOSITIONS.has(repeated.word) && tokens[next.from]!.gap === '') return 'and';
  if (next.from - previous.to !== 1 || !COORDINATORS.has(t.word) || (t.gap !== '' && t.gap !== ',') || tokens[next.from]!.gap !== '') return null;
  return 'and';
}

function shareTyping(alias: Typing, name: Typing, cue: Cue): void {
  for (const type of Object.keys(name.scores) as (keyof Scores)[]) {
    const total = alias.scores[type] + name.scores[type];
    alias.scores[type] = name.scores[type] = total;
  }
  if (bestType(name.scores) === 'other') name.scores.organization += 1;
  alias.scores.organization = Math.max(alias.scores.organization, name.scores.organization);
  alias.cues.add(cue);
  name.cues.add(cue);
}

/** Title-case headings and all-capitals lines: there, a capital says nothing. */
/** French contractions of "à"/"de" with the article a title opens with. */
const CONTRACTED_ARTICLES: Readonly<Record<string, string>> = { au: 'le', aux: 'les', du: 'le', des: 'les' };

/**
 * "confié au Devoir", "a parlé aux Echos", "révélé du Monde": French fuses the title's own article with "à" or "de",
 * leaving the bare word; a known title ("Le Devoir", "Les Echos") is what it names, under that title's key.
 */
function titleAfterContraction(tokens: readonly Token[], run: Run, candidate: Candidate): Candidate {
  const before = tokens[run.from - 1];
  const article = before && before.lower ? CONTRACTED_ARTICLES[before.word] : undefined;
  if (article === undefined || run.to - run.from !== 1 || candidate.known) return candidate;
  const key = foldKey(`${article} ${tokens[run.from]!.text}`);
  const entry = knownEntry(key);
  if (entry?.type !== 'organization') return candidate;
  candidate.typing.scores.organization += KNOWN_TITLE_POINTS;
  candidate.typing.cues.add('known');
  return { ...candidate, key, known: true };
}

/** What a known title's name weighs, as the gazetteer's own entries do. */
const KNOWN_TITLE_POINTS = 4;

/** A paper's name is an organisation on its own line as in a sentence. */
const MASTHEAD_POINTS = 4;
/** The lines a page opens with (the paper's name, a breadcrumb, the headline). */
const MASTHEAD_LINES = 3;

/**
 * "The Hamilton Courier", "L'Écho du Valais", "La Gazette de Touraine" on a line of their own, as a page opens: a
 * paper's name, whole, with its article (a title-case line is otherwise read word by word, weak). Only names that end
 * on an English paper's noun or open on a French one, of at most six words, with nothing but capitalised words and
 * French connectors.
 */
function isMasthead(line: string, tokens: readonly Token[], text: string): boolean {
  const words = tokens.length;
  if (words < 2 || words > 6 || !/^[\p{Lu}][\p{L}\p{M}'’ -]*$/u.test(line.trim())) return false;
  if (!tokens.every((t, k) => t.cap || (k > 0 && MASTHEAD_CONNECTORS.has(t.word)))) return false;
  const first = tokens[0]!.word;
  const head = first === 'le' || first === 'la' || first === 'les' ? tokens[1]!.word : first;
  if (PRESS_HEADS.has(head)) return true;
  if (!ENGLISH_PRESS_TAILS.has(tokens[words - 1]!.word)) return false;
  // "The Leinster Observer", or words the story never writes in lower case ("Peloton Dispatch"); not "Ministers Order
  // Safety Review", a headline of the story's own words.
  return first === 'the' || tokens.slice(0, -1).every((t) => !new RegExp(`(?<![\\p{L}])${escapeRegExp(t.text.toLowerCase())}(?![\\p{L}])`, 'u').test(text));
}


const MASTHEAD_CONNECTORS = new Set(['de', 'du', 'des', 'la', 'l', 'd', 'et', 'of', 'the']);

function styleOf(text: string, span: Span, sentenceCount: number): Style {
  // Cheap test first: most paragraphs are prose, with far more lower-case letters than capitals.
  const end = Math.min(span.end, span.start + 300);
  let lower = 0;
  let upper = 0;
  for (let i = span.start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) lower++;
    else if (c >= 65 && c <= 90) upper++;
  }
  if (lower > upper * 2 && (sentenceCount > 1 || end - span.start > 160)) return 'normal';
  const slice = text.slice(span.start, end);
  const words = slice.match(/[\p{L}][\p{L}\p{M}'’-]*/gu) ?? [];
  if (words.length === 0) return 'normal';
  let caps = 0;
  let allCaps = 0;
  let long = 0;
  for (const word of words) {
    if (word.length >= 3 && word === word.toUpperCase() && word !== word.toLowerCase()) allCaps++;
    if (word.length >= 4) {
      long++;
      if (/^\p{Lu}/u.test(word)) caps++;
    }
  }
  if (allCaps >= 2 && allCaps >= 0.8 * words.filter((w) => w.length >= 3).length) return 'shouting';
  const ended = /[.!?…»"”]\s*$/u.test(slice);
  // "Top Stories", "Editor's Picks", "Fact Check": a line of a few capitalised words is a heading too.
  if (sentenceCount === 1 && !ended && words.length <= 15 && long > 0 && caps >= Math.min(3, long) && caps >= 0.7 * long) return 'heading';
  return 'normal';
}
