import { NEWS_NOUN_PAIRS } from './data/newsNouns';
import { NEWS_WORD_PAIRS } from './data/newsWords';

/**
 * The bilingual news word lists (data/newsWords.ts, data/newsNouns.ts) indexed once: each French or English form → its
 * meaning's key ("#w12", which no five-letter stem can be) and → its meaning's first English form ("véhicules" →
 * "vehicle"). Where both lists hold a form, newsWords' meaning wins ("goals" as objectives, not goals scored): it is
 * the list clause words were measured with.
 */
const MEANING_OF_WORD = new Map<string, string>();
const ENGLISH_OF_WORD = new Map<string, string>();
const index = (pairs: readonly { readonly en: readonly string[]; readonly fr: readonly string[] }[], prefix: string, meanings: boolean): void => {
  pairs.forEach((pair, position) => {
    const english = pair.en[0];
    for (const word of [...pair.en, ...pair.fr]) {
      if (meanings) MEANING_OF_WORD.set(word, `#${prefix}${position}`);
      if (english !== undefined) ENGLISH_OF_WORD.set(word, english);
    }
  });
};
index(NEWS_NOUN_PAIRS, 'n', false);
index(NEWS_WORD_PAIRS, 'w', true);

/** The key of the meaning a French or English word form has in the lists, if listed. */
export function meaningOf(word: string): string | undefined {
  return MEANING_OF_WORD.get(word);
}

/** The first English form of a listed word's meaning ("véhicules" → "vehicle"), if listed. */
export function englishOf(word: string): string | undefined {
  return ENGLISH_OF_WORD.get(word);
}
