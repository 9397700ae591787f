import { eld } from 'eld/small';
import type { Lang } from '../types';

/**
 * eld's small static model: measured at 167/168 French/English lines right
 * and about 5,300 articles/s (ARCHITECTURE.md). Limiting it to the two
 * languages Recoupe supports avoids answers like "ca" for short French lines.
 */
eld.setLanguageSubset(['fr', 'en']);

/** Shorter text gives unreliable guesses; the caller falls back to the document's language. */
const MIN_LETTERS = 20;

export function detectLanguage(text: string): Lang | null {
  let letters = 0;
  for (let i = 0; i < text.length && letters < MIN_LETTERS; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code >= 0xc0) letters++;
  }
  if (letters < MIN_LETTERS) return null;
  // Long documents: the first 10 000 characters are plenty and keep this O(1).
  const language = eld.detect(text.length > 10000 ? text.slice(0, 10000) : text).language;
  return language === 'fr' || language === 'en' ? language : null;
}

const FRENCH_WORDS = new Set(['le', 'la', 'les', 'des', 'du', 'de', 'et', 'est', 'une', 'un', 'dans', 'pour', 'que', 'qui', 'sur', 'avec', 'au', 'aux', 'pas', 'par', 'ont', 'été', 'selon', 'mais', 'plus', 'il', 'elle', 'ce', 'cette', 'son', 'sa', 'ses']);
const ENGLISH_WORDS = new Set(['the', 'and', 'of', 'to', 'in', 'is', 'was', 'for', 'that', 'with', 'on', 'as', 'by', 'at', 'from', 'has', 'have', 'its', 'it', 'an', 'are', 'were', 'be', 'this', 'which', 'said', 'but', 'more', 'than', 'he', 'she', 'his', 'her']);

/**
 * The language of one paragraph of a document whose language is known.
 * Counting function words is enough to see that a paragraph speaks the
 * document's language (the common case, and linear); eld decides the
 * paragraphs where the count disagrees or is too thin, as on mixed pages,
 * and a line too short even for eld takes the language of the one before it
 * (a bullet of an English section stays English in a French newsletter).
 */
export function paragraphLanguage(text: string, documentLanguage: Lang | null, previous: Lang | null = documentLanguage): Lang | null {
  if (documentLanguage === null) return detectLanguage(text) ?? previous;
  let french = 0;
  let english = 0;
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 32;
    const isLetter = (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code >= 0xc0;
    if (isLetter) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0 && i - start <= 6) {
      const word = text.slice(start, i).toLowerCase();
      if (FRENCH_WORDS.has(word)) french++;
      else if (ENGLISH_WORDS.has(word)) english++;
    }
    start = -1;
  }
  const own = documentLanguage === 'fr' ? french : english;
  const other = documentLanguage === 'fr' ? english : french;
  if (own >= 3 && own >= 3 * other) return documentLanguage;
  // Too few words to tell (a list item, a heading): eld if it can, else the section it sits in.
  return detectLanguage(text) ?? previous ?? documentLanguage;
}
