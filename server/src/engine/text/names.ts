import type { NameMention, Span } from '../types';

/**
 * Words that start sentences, headings and page furniture with a capital
 * without naming anyone. Precision matters more than recall here: a missed
 * name only weakens a match, a false name creates false matches.
 */
const NOT_NAMES = new Set(
  [
    // French function words and frequent sentence openers
    'le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'au', 'aux', 'ce', 'cet', 'cette', 'ces', 'il', 'elle', 'ils', 'elles',
    'on', 'nous', 'vous', 'je', 'son', 'sa', 'ses', 'leur', 'leurs', 'notre', 'votre', 'mais', 'et', 'ou', 'donc', 'or', 'ni',
    'car', 'si', 'quand', 'lorsque', 'puis', 'ensuite', 'enfin', 'selon', 'pour', 'par', 'avec', 'sans', 'dans', 'sur', 'sous',
    'après', 'avant', 'depuis', 'pendant', 'entre', 'chez', 'vers', 'malgré', 'désormais', 'rapidement', 'aujourd', 'hier',
    'demain', 'alors', 'ainsi', 'aussi', 'déjà', 'encore', 'toutefois', 'cependant', 'pourtant', 'néanmoins', 'outre', 'plus',
    'moins', 'très', 'tout', 'tous', 'toute', 'toutes', 'quatre', 'deux', 'trois', 'cinq', 'dix', 'cent', 'mille', 'né', 'née',
    'à', 'en', 'qui', 'que', 'quoi', 'dont', 'où', 'comment', 'pourquoi', 'c', 'l', 'd', 'qu', 'n', 's', 'j', 'm', 'retour',
    'brillant', 'brillante', 'conclusion', 'vidéo', 'podcast', 'partager', 'abonnez', 'commentaires', 'lire', 'voir', 'publié',
    'mis', 'mise', 'jour', 'temps', 'lecture', 'photo', 'crédit', 'source', 'sources', 'article', 'articles', 'suite', 'pas',
    'mi', 'début', 'fin', 'là', 'ici', 'voici', 'voilà', 'certes', 'surtout', 'notamment', 'face', 'fondé', 'fondée', 'pdg',
    // English
    'the', 'a', 'an', 'this', 'that', 'these', 'those', 'he', 'she', 'it', 'they', 'we', 'you', 'i', 'his', 'her', 'its',
    'their', 'our', 'your', 'but', 'and', 'or', 'so', 'yet', 'if', 'when', 'while', 'then', 'after', 'before', 'since',
    'according', 'for', 'by', 'with', 'without', 'in', 'on', 'at', 'of', 'to', 'from', 'as', 'about', 'over', 'under',
    'meanwhile', 'however', 'still', 'also', 'even', 'last', 'next', 'first', 'earlier', 'later', 'today', 'yesterday',
    'tomorrow', 'some', 'many', 'most', 'more', 'less', 'all', 'both', 'four', 'two', 'three', 'five', 'ten', 'there', 'here',
    'what', 'who', 'which', 'how', 'why', 'where', 'share', 'subscribe', 'comments', 'read', 'watch', 'updated', 'posted',
    'published', 'by', 'photo', 'credit', 'advertisement', 'related', 'mr', 'mrs', 'ms', 'dr', 'ceo', 'is', 'was', 'are',
    // months and weekdays
    'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
    'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'january', 'february', 'march', 'april',
    'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday',
    'thursday', 'friday', 'saturday', 'sunday',
  ].map((word) => word.normalize('NFC')),
);

/** Elided articles and prepositions glued to a name: d'OpenAI, l'IA, qu'Apple. */
const ELISION = /^(?:[dlnjmsc]|qu|jusqu|lorsqu|puisqu)['’]/iu;

const WORD = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’.&-]*/gu;

interface Token {
  start: number;
  end: number;
  text: string;
}

/** Capitalised names in one sentence: runs of capitalised tokens ("Scale AI", "Mark Zuckerberg"). */
export function namesInSentence(text: string, sentence: Span): NameMention[] {
  const slice = text.slice(sentence.start, sentence.end);
  const mentions: NameMention[] = [];
  let run: Token[] = [];
  let previousEnd = -1;
  let first = true;
  const flush = (): void => {
    if (run.length > 0) {
      const start = run[0]!.start;
      const end = run[run.length - 1]!.end;
      const written = text.slice(start, end);
      mentions.push({ span: { start, end }, text: written, key: foldName(written) });
    }
    run = [];
  };
  WORD.lastIndex = 0;
  for (let match = WORD.exec(slice); match; match = WORD.exec(slice)) {
    let start = sentence.start + match.index;
    let word = match[0];
    const elision = ELISION.exec(word);
    if (elision) {
      start += elision[0].length;
      word = word.slice(elision[0].length);
    }
    word = word.replace(/['’]s$/u, '').replace(/[.'’-]+$/u, '');
    const end = start + word.length;
    const isSentenceStart = first;
    first = false;
    const gap = text.slice(previousEnd, start);
    previousEnd = end;
    if (!isName(word, isSentenceStart)) {
      flush();
      continue;
    }
    if (run.length > 0 && !/^[ \u00a0]$/u.test(gap)) flush();
    run.push({ start, end, text: word });
  }
  flush();
  return mentions;
}

function isName(word: string, sentenceStart: boolean): boolean {
  if (word.length === 0) return false;
  const initial = word.charAt(0);
  if (!/\p{Lu}/u.test(initial)) {
    // iPhone, eBay: a lower-case letter followed by a capital is a name too.
    return word.length > 2 && /^\p{Ll}\p{Lu}/u.test(word);
  }
  const lower = word.toLowerCase().normalize('NFC');
  if (NOT_NAMES.has(lower)) return false;
  if (sentenceStart && word.length > 1 && word.slice(1) === word.slice(1).toLowerCase() && COMMON_OPENERS.test(lower)) {
    return false;
  }
  return true;
}

/** Sentence openers that look like adverbs or participles rather than names. */
const COMMON_OPENERS = /(?:ment|ly|ing|ée|é|és|ées|ant|ait|aient)$/u;

/** Folds case, accents, spacing and hyphens: "Open AI" and "OpenAI" share a key. */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}
