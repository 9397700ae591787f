/**
 * Word tokens of one sentence, scanned character by character (linear, no backtracking regex). A token
 * keeps what the recogniser needs: its shape (capital, all capitals, inner capital, digits), the
 * punctuation before it, and the elided article or possessive it was written with ("d'OpenAI" →
 * "OpenAI" with elision "d"; "OpenAI's" → "OpenAI").
 */
import { fold, foldWord } from './fold';
import type { Span } from '../types';

export interface Token {
  /** The part a mention may cover: elision, "ex-" and possessive removed. */
  readonly start: number;
  readonly end: number;
  readonly rawStart: number;
  readonly text: string;
  /** Folded, keeps hyphens and apostrophes: for word lists. */
  readonly word: string;
  /** Folded, letters and digits only. */
  readonly key: string;
  /** Key of the token as written, elision included ("loreal"): for known phrases. */
  readonly rawKey: string;
  readonly elision: string | null;
  readonly possessive: boolean;
  /** The possessive is a plural's bare apostrophe ("Workers' Union"), which no name's own "'s" is. */
  readonly pluralPossessive: boolean;
  readonly exPrefix: boolean;
  readonly cap: boolean;
  readonly allCaps: boolean;
  readonly mixed: boolean;
  readonly lower: boolean;
  readonly digits: boolean;
  readonly number: boolean;
  /** "F." in "John F. Kennedy", "J.R.R." */
  readonly initial: boolean;
  /** Non-blank characters between the previous token (or the sentence start) and this one; '' if none. */
  readonly gap: string;
  /** First word of the sentence, or after an opening quote, a colon, a dash or a bullet. */
  readonly opening: boolean;
}

const OTHER = 0;
const LOWER = 1;
const UPPER = 2;
const DIGIT = 3;
const LETTER = 4; // uncased letter or combining mark

const classes = new Uint8Array(65536);
const known = new Uint8Array(65536);

function classOf(code: number): number {
  if (code < 128) {
    if (code >= 97 && code <= 122) return LOWER;
    if (code >= 65 && code <= 90) return UPPER;
    if (code >= 48 && code <= 57) return DIGIT;
    return OTHER;
  }
  if (code >= 0xd800 && code <= 0xdfff) return OTHER;
  if (known[code] === 0) {
    const ch = String.fromCharCode(code);
    classes[code] = /\p{Lu}|\p{Lt}/u.test(ch) ? UPPER : /\p{Ll}/u.test(ch) ? LOWER : /\p{L}|\p{M}/u.test(ch) ? LETTER : /\p{Nd}/u.test(ch) ? DIGIT : OTHER;
    known[code] = 1;
  }
  return classes[code]!;
}

function isAlnum(cls: number): boolean {
  return cls !== OTHER;
}

const ELISIONS = new Set(['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'presqu']);

/** Characters after which the next word starts like a sentence: quotes, colon, dashes, bullets, a hyphen standing alone ("ALERTE - Incendie…"). */
const OPENERS = /[«“"'‘(\[:—–•*#>|]|^-$/u;

const INITIALS = /^(?:\p{Lu}\.)+\p{Lu}$/u;

const BLANK = /^[\s\u00a0\u202f\u2009\ufeff]*$/u;
const BLANK_AFTER = /[\s\u00a0\u202f\u2009]/u;

export function tokenize(text: string, sentence: Span, keepsApostrophe: (rawKey: string) => boolean, language: 'fr' | 'en' | null = null): Token[] {
  const tokens: Token[] = [];
  const end = Math.min(sentence.end, text.length);
  let i = Math.max(0, sentence.start);
  let previousEnd = i;
  while (i < end) {
    const cls = classOf(text.charCodeAt(i));
    if (!isAlnum(cls)) {
      i++;
      continue;
    }
    const rawStart = i;
    let j = i + 1;
    while (j < end) {
      const c = classOf(text.charCodeAt(j));
      if (isAlnum(c)) {
        j++;
        continue;
      }
      const ch = text.charCodeAt(j);
      const nextCls = j + 1 < end ? classOf(text.charCodeAt(j + 1)) : OTHER;
      if (!isAlnum(nextCls)) break;
      const prevCls = classOf(text.charCodeAt(j - 1));
      // - ' ’ & _ join letters and digits; "." joins letters (Character.AI, U.S) or digits (3.5), not "2026.Meta".
      if (ch === 45 || ch === 39 || ch === 0x2019 || ch === 38 || ch === 95 || ch === 0x2010 || ch === 0x2011) {
        j++;
        continue;
      }
      if (ch === 46 && ((prevCls !== DIGIT && nextCls !== DIGIT) || (prevCls === DIGIT && nextCls === DIGIT))) {
        j++;
        continue;
      }
      break;
    }
    if (j < end && text.charCodeAt(j) === 43 && (j + 1 >= end || !isAlnum(classOf(text.charCodeAt(j + 1))))) j++; // Canal+, Disney+
    // "Workers' Union", "the farmers’ cooperative": an apostrophe after a final "s" and before a blank is a plural
    // possessive, not a closing quote, and no opening one for the next word either.
    else if (j + 1 < end && j - rawStart > 1 && text.charCodeAt(j - 1) === 115 && (text.charCodeAt(j) === 39 || text.charCodeAt(j) === 0x2019) && BLANK_AFTER.test(text[j + 1]!)) j++;
    tokens.push(makeToken(text, rawStart, j, end, previousEnd, tokens.length === 0, keepsApostrophe, nameOwnsS(text, j, end, language), language === 'en'));
    previousEnd = j;
    i = j;
  }
  return tokens;
}

/**
 * Whether a word's final "'s" belongs to a name rather than marking a possessive: French has no such possessive ("un
 * spécialiste de Sotheby's", "chez McDonald's"), and an English one with nothing after it to possess is a shop's or a
 * house's name ("a sale at Christie's in 1872", "bought from Sainsbury's.").
 */
function nameOwnsS(text: string, wordEnd: number, end: number, language: 'fr' | 'en' | null): boolean {
  if (language === null) return false;
  const next = text.slice(wordEnd, Math.min(end, wordEnd + 12));
  // An English phrase quoted in French ("l'équipe de Meta's lab") still possesses: French words only follow a name.
  return (language === 'fr' ? NAME_END_FR : NAME_END_EN).test(next);
}

const NAME_END_EN = /^[ \u00a0]*(?:[,.;:)!?»”"]|$|(?:in|at|on|for|to|with|from|since|until)(?![\p{L}\p{N}'’-]))/u;
const NAME_END_FR = /^[ \u00a0\u202f]*(?:[,.;:)!?»”"]|$|(?:à|au|aux|en|et|ou|pour|de|du|des|qui|que|dans|sur|a|est|ont|sont|avait|avec|depuis|chez|lors|par)(?![\p{L}\p{N}'’-]))/u;

const PLURAL_MODEL = /^(?:\p{Lu}{1,3}-?)?\d{2,4}(?:-\d{1,3})?\p{Lu}{0,3}s$/u;
const DECADE = /^(?:1[5-9]|20)\d0s$/u;
const isPluralModel = (written: string): boolean => PLURAL_MODEL.test(written) && !DECADE.test(written);

function makeToken(
  text: string,
  rawStart: number,
  rawEnd: number,
  sentenceEnd: number,
  previousEnd: number,
  first: boolean,
  keepsApostrophe: (rawKey: string) => boolean,
  ownsS = false,
  english = false,
): Token {
  const raw = text.slice(rawStart, rawEnd);
  const rawKey = foldWord(raw)[1];
  let start = rawStart;
  let stop = rawEnd;
  let elision: string | null = null;
  let possessive = false;
  let pluralPossessive = false;
  let exPrefix = false;
  const gapLength = rawStart - previousEnd;
  const single = gapLength === 0 || (gapLength === 1 && text.charCodeAt(previousEnd) === 32);
  const gapText = single ? '' : text.slice(previousEnd, rawStart);
  const gap = single || BLANK.test(gapText) ? '' : gapText.replace(/[\s\u00a0\u202f\u2009]+/gu, ' ').trim();
  const opening = first || OPENERS.test(gap);
  const apostrophe = firstApostrophe(raw);
  let englishParticle = false;
  if (apostrophe > 0 && apostrophe < raw.length - 1 && apostrophe <= 7) {
    const prefix = fold(raw.slice(0, apostrophe));
    // "N'Diaye", "N'Golo": a capital N glued to a capitalised name is part of it, no elided "ne".
    const nameN = apostrophe === 1 && raw.charCodeAt(0) === 78 && classOf(raw.charCodeAt(2)) === UPPER && classOf(raw.charCodeAt(raw.length - 1)) === LOWER;
    // "L'Express", "L’Oréal" keep their article, but only before a capital: "L'humanité est en danger" is no "L'Humanité".
    const named = classOf(raw.charCodeAt(apostrophe + 1)) === UPPER && keepsApostrophe(rawKey);
    // "vers L'Île-Rousse", "à L'Haÿ-les-Roses": a capital article in mid-sentence is the name's own.
    const namedArticle = apostrophe === 1 && raw.charCodeAt(0) === 76 && !opening && classOf(raw.charCodeAt(2)) === UPPER && classOf(raw.charCodeAt(raw.length - 1)) === LOWER;
    // "d'Ambrosio's header", "D'Angelo said": English elides nothing, so "d'" before a capital is the surname's own.
    englishParticle = english && apostrophe === 1 && (raw.charCodeAt(0) === 100 || raw.charCodeAt(0) === 68) && classOf(raw.charCodeAt(2)) === UPPER;
    if (ELISIONS.has(prefix) && !nameN && !named && !namedArticle && !englishParticle) {
      elision = prefix;
      start = rawStart + apostrophe + 1;
    }
  }
  const quote = text.charCodeAt(stop - 2);
  const closing = text.charCodeAt(stop - 1);
  if (stop - start > 2 && (closing === 39 || closing === 0x2019) && quote === 115) {
    possessive = true;
    pluralPossessive = true;
    stop -= 1;
  }
  // "Moody's", "McDonald’s", "Sainsbury's": a known name that ends in "'s" keeps it (no possessive of "Moody").
  else if (stop - start > 2 && text.charCodeAt(stop - 1) === 115 && (quote === 39 || quote === 0x2019) && !(start === rawStart && (ownsS || keepsApostrophe(rawKey)))) {
    possessive = true;
    stop -= 2;
  }
  // "50 Boeing 787s", "older A330s", "F-35s": a model's number takes a plural "s" that is no part of its name ("1990s" is a decade).
  else if (isPluralModel(text.slice(start, stop))) stop -= 1;
  if (stop - start > 3 && text.startsWith('ex-', start) && classOf(text.charCodeAt(start + 3)) === UPPER) {
    exPrefix = true;
    start += 3;
  }
  const written = start === rawStart && stop === rawEnd ? raw : text.slice(start, stop);
  const [word, key] = written === raw ? foldWord(raw) : foldWord(written);
  let uppers = 0;
  let lowers = 0;
  let digitCount = 0;
  let mixed = false;
  let previous = OTHER;
  for (let k = 0; k < written.length; k++) {
    const c = classOf(written.charCodeAt(k));
    // An inner capital right after a lower-case letter ("OpenAI", "iPhone"), not after a hyphen ("Haute-Garonne").
    if (c === UPPER) {
      uppers++;
      if (previous === LOWER) mixed = true;
    } else if (c === LOWER) lowers++;
    else if (c === DIGIT) digitCount++;
    previous = c;
  }
  const firstCls = classOf(written.charCodeAt(0));
  const afterDot = rawEnd < sentenceEnd && text.charCodeAt(rawEnd) === 46;
  const letters = uppers + lowers;
  return {
    start,
    end: stop,
    rawStart,
    text: written,
    word,
    key,
    rawKey,
    elision,
    possessive,
    pluralPossessive,
    exPrefix,
    cap: firstCls === UPPER || englishParticle,
    allCaps: uppers >= 2 && lowers === 0,
    mixed: mixed && firstCls !== DIGIT,
    lower: firstCls === LOWER && !englishParticle,
    digits: digitCount > 0,
    number: digitCount > 0 && letters === 0,
    initial: afterDot && lowers === 0 && digitCount === 0 && (written.length === 1 || INITIALS.test(written)),
    gap,
    opening,
  };
}

function firstApostrophe(raw: string): number {
  for (let k = 0; k < raw.length; k++) {
    const c = raw.charCodeAt(k);
    if (c === 39 || c === 0x2019) return k;
  }
  return -1;
}
