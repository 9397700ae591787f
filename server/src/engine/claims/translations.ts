import { NEWS_WORD_PAIRS } from './data/newsWords';

/**
 * The bilingual news word list (data/newsWords.ts) indexed once: each French or English form → its meaning's key
 * ("#12", which no five-letter stem can be) and → its meaning's first English form ("véhicules" → "vehicle").
 */
const MEANING_OF_WORD = new Map<string, string>();
const ENGLISH_OF_WORD = new Map<string, string>();
NEWS_WORD_PAIRS.forEach((pair, index) => {
  const english = pair.en[0];
  for (const word of [...pair.en, ...pair.fr]) {
    MEANING_OF_WORD.set(word, `#${index}`);
    if (english !== undefined) ENGLISH_OF_WORD.set(word, english);
  }
});

/** The key of the meaning a French or English word form has in the list, if listed. */
export function meaningOf(word: string): string | undefined {
  return MEANING_OF_WORD.get(word);
}

/** The first English form of a listed word's meaning ("véhicules" → "vehicle"), if listed. */
export function englishOf(word: string): string | undefined {
  return ENGLISH_OF_WORD.get(word);
}
