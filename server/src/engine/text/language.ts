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
    if (/\p{L}/u.test(text.charAt(i))) letters++;
  }
  if (letters < MIN_LETTERS) return null;
  // Long documents: the first 10 000 characters are plenty and keep this O(1).
  const language = eld.detect(text.length > 10000 ? text.slice(0, 10000) : text).language;
  return language === 'fr' || language === 'en' ? language : null;
}
