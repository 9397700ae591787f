/**
 * Aliases stated by the text itself, within one sentence: acronym definitions ("Safe Superintelligence
 * (SSI", "Organisation mondiale de la santé (OMS)", "SSI (Safe Superintelligence)") and former names
 * ("Meta (anciennement Facebook)", "Meta, formerly Facebook", "Facebook, rebaptisé Meta").
 */
import { COMMON_ACRONYMS, FORMER_MARKERS, FURNITURE, NAME_CONNECTORS, ORG_CONTEXT, ORG_HEADS, RENAMED_MARKERS, ROLES, STOP } from './lexicon';
import { keyOf, nameShaped, type Run } from './runs';
import { isGivenWord, knownEntry } from './gazetteer';
import type { Token } from './tokens';

export interface RunLink {
  readonly alias: Run;
  readonly name: Run;
  readonly relation: 'acronym' | 'former-name';
}

function acronymLetters(t: Token): string | null {
  if (!t.allCaps || t.elision) return null;
  const letters = t.text.replace(/[^\p{Lu}\p{N}]/gu, '');
  if (letters.length < 2 || letters.length > 8 || COMMON_ACRONYMS.has(t.word)) return null;
  return letters.toLowerCase();
}

/** Initials of tokens[from, to), connectors skipped: "Massachusetts Institute of Technology" → "mit". */
function initials(tokens: readonly Token[], from: number, to: number): string {
  let out = '';
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    // "contrat à durée indéterminée (CDI)", "Commissariat à l'énergie atomique (CEA)": "à" spells nothing either.
    if ((NAME_CONNECTORS.has(t.word) || t.word === 'et' || t.word === 'a' || t.word === 'au' || t.word === 'aux') && k > from) continue;
    out += t.key.charAt(0);
  }
  return out;
}

/** "SSI" in "Safe Superintelligence": letters in order, the first one first. */
function subsequence(letters: string, name: string): boolean {
  if (name.charAt(0) !== letters.charAt(0)) return false;
  let i = 0;
  for (let k = 0; k < name.length && i < letters.length; k++) if (name.charAt(k) === letters.charAt(i)) i++;
  return i === letters.length;
}

/** Initials of the capitalised tokens of [from, to), when every lower-case one between is a word (no figure). */
function capitalInitials(tokens: readonly Token[], from: number, to: number): string {
  let out = '';
  let capitals = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.cap) {
      out += t.key.charAt(0);
      capitals++;
    } else if (t.digits) return '';
  }
  return capitals >= 3 ? out : '';
}

/** Letters in order among the initials, each one an initial: "rmt" in "nurmtw". */
function inOrder(letters: string, initialsOfName: string): boolean {
  let i = 0;
  for (let k = 0; k < initialsOfName.length && i < letters.length; k++) if (initialsOfName.charAt(k) === letters.charAt(i)) i++;
  return i === letters.length;
}

function hasHead(tokens: readonly Token[], run: Run): boolean {
  for (let k = run.from; k < run.to; k++) if (ORG_HEADS.has(tokens[k]!.word)) return true;
  return false;
}

function meaningful(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = tokens[k]!.word;
    if (!ROLES.has(w) && !FURNITURE.has(w) && !STOP.has(w)) return true;
  }
  return false;
}

function runAt(runs: readonly Run[], index: number): Run | undefined {
  return runs.find((run) => run.from === index);
}

/**
 * Acronyms a sentence defines by common words ("idiopathic pulmonary fibrosis (IPF)", "contrat à durée indéterminée
 * (CDI)", "gaz à effet de serre (GES)"): lower-case words right before the bracket whose initials spell it, with no
 * article or organisation word before them (those name a body: "le parquet national financier (PNF)"). Such an
 * acronym names a thing, not an organisation, wherever the article uses it.
 */
export function commonNounAcronyms(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  for (let k = 2; k < tokens.length; k++) {
    const t = tokens[k]!;
    const letters = t.gap.endsWith('(') ? acronymLetters(t) : null;
    if (!letters || letters.length < 2 || !(tokens[k + 1]?.gap.startsWith(')') ?? true)) continue;
    for (let m = k - 1; m >= Math.max(0, k - 8); m--) {
      const word = tokens[m]!;
      if (!word.lower || (m + 1 < k && tokens[m + 1]!.gap !== '' && tokens[m + 1]!.gap !== ' ')) break;
      if (initials(tokens, m, k) !== letters) continue;
      const before = tokens[m - 1];
      const named = before !== undefined && (ARTICLES.has(before.word) || before.elision === 'l' || ORG_CONTEXT.has(before.word) || word.elision === 'l');
      if (!named && !NAME_CONNECTORS.has(word.word)) out.push(t.key);
      break;
    }
  }
  return out;
}

/** How many words back from an acronym in brackets its long form may start. */
const LONG_FORM_REACH = 16;
const ARTICLES: ReadonlySet<string> = new Set(['le', 'la', 'les', 'the']);

/** Adds the long forms of acronyms the capitalised runs missed, and returns the links. */
export function findLinks(tokens: readonly Token[], runs: Run[]): RunLink[] {
  const links: RunLink[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!t.gap.endsWith('(')) continue;
    const letters = acronymLetters(t);
    const alias = runAt(runs, k);
    if (letters && alias && alias.to === k + 1) {
      const name = longForm(tokens, runs, k, letters);
      if (name) links.push({ alias, name, relation: 'acronym' });
      continue;
    }
    // "(Usdaw)": an acronym written as a word, only when the initials of the name before it spell it exactly.
    const closing = tokens[k + 1];
    if (alias && alias.to === k + 1 && t.cap && !t.allCaps && !t.mixed && t.elision === null && t.key.length >= 3 && t.key.length <= 8 && (!closing || closing.gap.startsWith(')'))) {
      const previous = runs.find((run) => run.to === k);
      if (previous && previous.to - previous.from >= 3 && initials(tokens, previous.from, previous.to) === t.key) {
        links.push({ alias, name: previous, relation: 'acronym' });
        continue;
      }
      // "l'Office anti-stupéfiants (Ofast)", "Parquet national anticriminalité organisée (Pnaco)": syllables of a name that
      // keeps lower-case words.
      const syllabic = knownEntry(t.key) === undefined ? syllabicLongForm(tokens, runs, k, t.key) : null;
      if (syllabic) {
        links.push({ alias, name: syllabic, relation: 'acronym' });
        continue;
      }
    }
    // "SSI (Safe Superintelligence)"
    const inner = runAt(runs, k);
    const previous = runs.find((run) => run.to === k);
    const previousLetters = previous && previous.to - previous.from === 1 ? acronymLetters(tokens[previous.from]!) : null;
    if (inner && previous && previousLetters && inner.to - inner.from > 1) {
      const name = keyOf(tokens, inner);
      if (initials(tokens, inner.from, inner.to) === previousLetters || subsequence(previousLetters, name)) {
        links.push({ alias: previous, name: inner, relation: 'acronym' });
      }
    }
  }
  for (const run of runs) {
    const marker = tokens[run.to];
    if (!marker || !(marker.gap.startsWith('(') || marker.gap.startsWith(','))) continue;
    // "the National Institute for Health and Care Excellence, known as NICE": an acronym given by name.
    const knownAs = tokens[run.to + 1];
    if (marker.word === 'known' && knownAs && knownAs.word === 'as' && knownAs.gap === '' && run.to - run.from > 1) {
      const acronym = runAt(runs, run.to + 2);
      const letters = acronym && acronym.to === acronym.from + 1 && tokens[acronym.from]!.gap === '' ? acronymLetters(tokens[acronym.from]!) : null;
      if (acronym && letters && inOrder(letters, initials(tokens, run.from, run.to))) {
        links.push({ alias: acronym, name: run, relation: 'acronym' });
        continue;
      }
    }
    const former = marker.exPrefix ? runAt(runs, run.to) : (formerAfterMarker(tokens, runs, run.to) ?? formerAfterApposition(tokens, runs, run.to));
    if (former && former !== run) links.push({ alias: former, name: run, relation: 'former-name' });
    const renamed = renamedAfterMarker(tokens, runs, run.to);
    if (renamed && renamed !== run) links.push({ alias: run, name: renamed, relation: 'former-name' });
  }
  return links;
}

function longForm(tokens: readonly Token[], runs: Run[], k: number, letters: string): Run | null {
  const previous = runs.find((run) => run.to === k);
  if (previous && meaningful(tokens, previous.from, previous.to)) {
    if (initials(tokens, previous.from, previous.to) === letters) return previous;
    // "l'association Défense des épargnants (ADE)": the acronym may take the organisation noun's initial.
    const noun = tokens[previous.from - 1];
    if (noun && noun.lower && tokens[previous.from]!.gap === '' && ORG_CONTEXT.has(noun.word) && noun.key.charAt(0) + initials(tokens, previous.from, previous.to) === letters) return previous;
    // "the National Union of Rail, Maritime and Transport Workers (RMT)": a long name, acronym letters among its initials.
    if (previous.to - previous.from >= 5 && hasHead(tokens, previous) && inOrder(letters, initials(tokens, previous.from, previous.to))) return previous;
    if (previous.to - previous.from > 1 && subsequence(letters, keyOf(tokens, previous))) return previous;
  }
  // "Jean-Baptiste de La Roche-Aymon (LR)": a person's party after the name, whose last words' initials may spell it.
  if (previous && previous.to - previous.from > 1 && isGivenWord(tokens[previous.from]!.word)) return null;
  // A long form with lower-case words: "Organisation mondiale de la santé (OMS)".
  for (let m = k - 1; m >= Math.max(0, k - LONG_FORM_REACH); m--) {
    if (tokens[m + 1]!.gap !== '' && m + 1 < k) break;
    const t = tokens[m]!;
    // "Le parquet national financier (PNF)": a body named in lower case, right after its article.
    const lowerAfterArticle = t.lower && !STOP.has(t.word) && (t.elision === 'l' || ARTICLES.has(tokens[m - 1]?.word ?? ''));
    if (!nameShaped(t) && !lowerAfterArticle) continue;
    const spelled = initials(tokens, m, k);
    // "Medicines and Healthcare products Regulatory Agency (MHRA)": the initials of its capitalised words.
    // "Office central de lutte contre la corruption et les infractions financières et fiscales (OCLCIFF)", "Agence
    // nationale de sécurité du médicament et des produits de santé (ANSM)": a long name whose acronym skips a few words.
    const skipsFew = k - m >= 6 && spelled.charAt(0) === letters.charAt(0) && spelled.length - letters.length <= 3 && inOrder(letters, spelled);
    if ((spelled !== letters && capitalInitials(tokens, m, k) !== letters && !skipsFew) || !meaningful(tokens, m, k)) continue;
    const run: Run = { from: m, to: k, known: undefined, titled: false };
    run.known = knownEntry(keyOf(tokens, run));
    for (let r = runs.length - 1; r >= 0; r--) if (runs[r]!.from < k && runs[r]!.to > m) runs.splice(r, 1);
    runs.push(run);
    runs.sort((a, b) => a.from - b.from);
    return run;
  }
  return null;
}

/**
 * The long form of an acronym written as a word from syllables ("Ofast" for "Office anti-stupéfiants"): from a
 * capitalised word at most eight words back, a phrase of two words or more whose letters hold the acronym's in order,
 * starting with its first, and whose word initials appear in the acronym in order (so a word in brackets after any
 * name does not qualify). The longest such phrase is taken.
 */
function syllabicLongForm(tokens: readonly Token[], runs: Run[], k: number, letters: string): Run | null {
  let found: Run | null = null;
  for (let m = k - 2; m >= Math.max(0, k - 8); m--) {
    if (tokens[m + 1]!.gap !== '') break;
    const t = tokens[m]!;
    if (!t.cap || !nameShaped(t) || t.key.charAt(0) !== letters.charAt(0)) continue;
    // A phrase with its own acronym made of syllables is a body's name ("Office", "Parquet", "Centre"…), not a place's.
    const span: Run = { from: m, to: k, known: undefined, titled: false, head: 'organization' };
    if (!meaningful(tokens, m, k) || !subsequence(letters, keyOf(tokens, span)) || !inOrder(initials(tokens, m, k), letters)) continue;
    found = span;
  }
  if (!found) return null;
  found.known = knownEntry(keyOf(tokens, found));
  const span = found;
  for (let r = runs.length - 1; r >= 0; r--) if (runs[r]!.from < k && runs[r]!.to > span.from) runs.splice(r, 1);
  runs.push(span);
  runs.sort((a, b) => a.from - b.from);
  return span;
}

/** "(anciennement Facebook)", ", formerly known as Facebook", "(ex-Facebook)". */
function formerAfterMarker(tokens: readonly Token[], runs: readonly Run[], at: number): Run | undefined {
  if (!FORMER_MARKERS.has(tokens[at]!.word)) return undefined;
  for (let k = at + 1; k < Math.min(tokens.length, at + 4); k++) {
    const run = runAt(runs, k);
    if (run) return run;
    const w = tokens[k]!.word;
    if (tokens[k]!.gap !== '' || !['known', 'as', 'called', 'named', 'connu', 'connue', 'sous', 'le', 'nom', 'appele', 'appelee'].includes(w)) return undefined;
  }
  return undefined;
}

/**
 * "Novaspace, the consultancy formerly known as Euroconsult", "Nexora, le groupe autrefois appelé Delmas": the former
 * name after an apposition of an article and a few lower-case words, none of them cut off by punctuation.
 */
function formerAfterApposition(tokens: readonly Token[], runs: readonly Run[], at: number): Run | undefined {
  if (!tokens[at]!.gap.startsWith(',') || !APPOSITION_ARTICLES.has(tokens[at]!.word)) return undefined;
  for (let k = at + 1; k < Math.min(tokens.length, at + 5); k++) {
    const t = tokens[k]!;
    if (t.gap !== '' || !t.lower) return undefined;
    if (FORMER_MARKERS.has(t.word)) return formerAfterMarker(tokens, runs, k);
  }
  return undefined;
}

const APPOSITION_ARTICLES = new Set(['the', 'a', 'an', 'le', 'la', 'l', 'un', 'une']);

/** ", rebaptisé Meta", ", renamed X", ", devenu Meta", ", now called X". */
function renamedAfterMarker(tokens: readonly Token[], runs: readonly Run[], at: number): Run | undefined {
  for (let k = at; k < Math.min(tokens.length, at + 3); k++) {
    const t = tokens[k]!;
    if (k > at && t.gap !== '') return undefined;
    if (RENAMED_MARKERS.has(t.word)) {
      for (let m = k + 1; m < Math.min(tokens.length, k + 3); m++) {
        const run = runAt(runs, m);
        if (run) return run;
        if (!['as', 'en', 'called', 'known', 'named'].includes(tokens[m]!.word)) return undefined;
      }
      return undefined;
    }
    if (!['qui', 'a', 'ete', 'since', 'depuis', 'which', 'was'].includes(t.word)) return undefined;
  }
  return undefined;
}
