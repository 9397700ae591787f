/**
 * Look-ups in the data modules: known places, organisations, products and events (by identity key or
 * by phrase, for names with lower-case words such as "Organisation mondiale de la santé"), and given names.
 * Built once, on first use.
 */
import { COUNTRIES } from './data/countries';
import { GIVEN_NAMES } from './data/givenNames';
import { US_GIVEN_NAMES } from './data/givenNamesUs';
import { EVENTS, LEAGUES, ORGANIZATIONS, PRODUCTS } from './data/known';
import { PLACES } from './data/places';
import { TOWNS } from './data/towns';
import { foldKey } from './fold';
import type { EntityType } from './types';

export interface Phrase {
  readonly words: readonly string[];
  /** Whether each word is capitalised in the list: "Organisation mondiale de la santé" only matches with a capital O. */
  readonly caps: readonly boolean[];
  readonly entry: KnownEntry;
}

export interface KnownEntry {
  readonly type: EntityType;
  /** Every spelling of one entity shares a group ("country:US"), so "États-Unis" and "United States" merge. */
  readonly group: string;
  /** Key of the first spelling of the line: preferred as canonical name when counts tie. */
  readonly preferred: string;
}

interface Tables {
  readonly byKey: Map<string, KnownEntry>;
  /** First word key → phrases (word keys) that start with it, longest first. */
  readonly phrases: Map<string, Phrase[]>;
  readonly givenNames: Set<string>;
  /** Keys some list spells in capitals ("USA", "RDC"): a capitalised "NICE" is no "Nice". */
  readonly capitals: Set<string>;
}

let tables: Tables | null = null;

function build(): Tables {
  const byKey = new Map<string, KnownEntry>();
  const phrases = new Map<string, Phrase[]>();
  const capitals = new Set<string>();
  const add = (line: string, type: EntityType, group: string, skipFirst: boolean): void => {
    const names = line.split('|');
    const entry: KnownEntry = { type, group, preferred: foldKey(names[skipFirst ? 1 : 0] ?? '') };
    for (const name of skipFirst ? names.slice(1) : names) {
      const key = foldKey(name);
      if (/\p{Lu}/u.test(name) && name === name.toUpperCase()) capitals.add(key);
      if (key.length === 0) continue;
      const parts = name.split(/\s+/u).filter((part) => foldKey(part).length > 0);
      const words = parts.map((part) => foldKey(part));
      const caps = parts.map((part) => /^\p{Lu}/u.test(part));
      const listed = byKey.get(key);
      if (listed !== undefined) {
        // "Arabie Saoudite|Arabie saoudite": a second spelling of one name lets its words be written in lower case too.
        const list = phrases.get(words[0] ?? '') ?? [];
        const index = list.findIndex((phrase) => phrase.entry === listed && phrase.words.join(' ') === words.join(' '));
        const phrase = list[index];
        if (phrase) list[index] = { ...phrase, caps: phrase.caps.map((cap, k) => cap && caps[k] === true) };
        continue;
      }
      byKey.set(key, entry);
      if (words.length > 1) {
        const first = words[0]!;
        const list = phrases.get(first) ?? [];
        list.push({ words, caps, entry });
        phrases.set(first, list);
      }
    }
  };
  for (const line of COUNTRIES) add(line, 'place', `country:${line.slice(0, 2)}`, true);
  PLACES.forEach((line, index) => add(line, 'place', `place:${index}`, false));
  ORGANIZATIONS.forEach((line, index) => add(line, 'organization', `org:${index}`, false));
  PRODUCTS.forEach((line, index) => add(line, 'product', `product:${index}`, false));
  EVENTS.forEach((line, index) => add(line, 'event', `event:${index}`, false));
  LEAGUES.forEach((line, index) => add(line, 'event', `${LEAGUE_GROUP}${index}`, false));
  for (const list of phrases.values()) list.sort((a, b) => b.words.length - a.words.length);
  const givenNames = new Set<string>();
  for (const name of `${GIVEN_NAMES} ${process.env.NO_US_NAMES ? '' : US_GIVEN_NAMES}`.split(/\s+/u)) {
    if (!name) continue;
    givenNames.add(foldKey(name));
    // "Marie-France" makes "Marie" a given name, not "France": a part that is a country stays the country
    // ("France Bleu Provence", "France Assureurs" are bodies).
    if (name.includes('-')) for (const part of name.split('-')) if (part.length > 2 && !byKey.get(foldKey(part))?.group.startsWith('country:')) givenNames.add(part);
  }
  return { byKey, phrases, givenNames, capitals };
}

function get(): Tables {
  tables ??= build();
  return tables;
}

const LEAGUE_GROUP = 'league:';

/** A league is a competition and the body that runs it: typed an event unless the text makes it act as a body. */
export function isLeague(entry: KnownEntry | undefined): boolean {
  return entry?.group.startsWith(LEAGUE_GROUP) === true;
}

export function knownEntry(key: string): KnownEntry | undefined {
  return get().byKey.get(key);
}

/** Whether a list spells this key in capitals: "USA" is, "Nice" is not. */
export function knownInCapitals(key: string): boolean {
  return get().capitals.has(key);
}

/** Known phrases starting with this word key, longest first. */
export function phrasesFrom(firstWordKey: string): readonly Phrase[] {
  return get().phrases.get(firstWordKey) ?? [];
}

export function isGivenName(wordKey: string): boolean {
  return get().givenNames.has(wordKey);
}

/** A token that is a given name, or a compound one whose first part is: "François-Henri". */
export function isGivenWord(word: string): boolean {
  // Asked many times per name by the cues: remembered per word (a pure function, so the cache changes no result).
  const cached = givenCache.get(word);
  if (cached !== undefined) return cached;
  const names = get().givenNames;
  const key = foldKey(word);
  const dash = word.indexOf('-');
  const given = names.has(key) || (dash > 1 && names.has(foldKey(word.slice(0, dash))));
  if (givenCache.size >= 20000) givenCache.clear();
  givenCache.set(word, given);
  return given;
}

const givenCache = new Map<string, boolean>();

let towns: Set<string> | null = null;

/**
 * Whether a name is a town of the GeoNames list: weak evidence, for names no hand-written list holds. Built on
 * first use, apart from the other tables, so a document with no unknown capitalised name never pays for it.
 */
export function isListedTown(key: string): boolean {
  towns ??= new Set(TOWNS.split('\n').filter((name) => name.length > 0).map((name) => foldKey(name)));
  return towns.has(key);
}
