import type { Lang } from '../types';
import { NEWS_NOUN_PAIRS } from './data/newsNouns';
import { NEWS_WORD_PAIRS } from './data/newsWords';

/**
 * The bilingual news word lists (data/newsWords.ts, data/newsNouns.ts) indexed once: each French or English form → its
 * meaning's key ("#w12", which no five-letter stem can be) and → its meaning's first English form ("véhicules" →
 * "vehicle"). Where both lists hold a form, newsWords' meaning wins ("goals" as objectives, not goals scored): it is
 * the list clause words were measured with.
 */
const MEANING_OF_WORD = new Map<string, string>();
/** Per language of the text: English "routes" are air routes, French "routes" are roads ("road"). */
const ENGLISH_OF_WORD: Readonly<Record<Lang, Map<string, string>>> = { en: new Map(), fr: new Map() };
const index = (pairs: readonly { readonly en: readonly string[]; readonly fr: readonly string[] }[], prefix: string, meanings: boolean): void => {
  pairs.forEach((pair, position) => {
    const english = pair.en[0];
    for (const word of [...pair.en, ...pair.fr]) if (meanings) MEANING_OF_WORD.set(word, `#${prefix}${position}`);
    if (english === undefined) return;
    for (const word of pair.en) ENGLISH_OF_WORD.en.set(word, english);
    for (const word of pair.fr) ENGLISH_OF_WORD.fr.set(word, english);
  });
};
index(NEWS_NOUN_PAIRS, 'n', false);
index(NEWS_WORD_PAIRS, 'w', true);

/** The key of the meaning a French or English word form has in the lists, if listed. */
export function meaningOf(word: string): string | undefined {
  return MEANING_OF_WORD.get(word);
}

/**
 * The first English form of a listed word's meaning ("véhicules" → "vehicle"), read as a word of the text's language;
 * a French text may borrow an English word ("start-ups"), an English text's words are English.
 */
export function englishOf(word: string, lang: Lang): string | undefined {
  return ENGLISH_OF_WORD[lang].get(word) ?? (lang === 'fr' ? ENGLISH_OF_WORD.en.get(word) : undefined);
}
