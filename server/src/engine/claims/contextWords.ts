import type { Figure, Span } from '../types';
import { DEFINITE_BEFORE_COUNT } from './extract';
import { meaningOf } from './translations';

/**
 * Words that say nothing about which fact a figure states: function words and reporting verbs of French and
 * English, and words every news story uses.
 */
const STOP = new Set([
  'about', 'above', 'after', 'again', 'against', 'also', 'among', 'around', 'because', 'been', 'before', 'being', 'below', 'between',
  'both', 'could', 'does', 'doing', 'down', 'during', 'each', 'from', 'further', 'have', 'having', 'here', 'into', 'itself', 'just',
  'least', 'less', 'more', 'most', 'much', 'nearly', 'once', 'only', 'other', 'over', 'roughly', 'same', 'should', 'since', 'some',
  'such', 'than', 'that', 'their', 'them', 'then', 'there', 'these', 'they', 'this', 'those', 'through', 'under', 'until', 'very',
  'were', 'what', 'when', 'where', 'which', 'while', 'whose', 'will', 'with', 'within', 'would', 'your', 'said', 'says', 'told',
  'according', 'year', 'years', 'month', 'months', 'week', 'weeks', 'days', 'hours', 'percent', 'cent', 'million', 'millions',
  'billion', 'billions', 'dollars', 'euros', 'pounds', 'people',
  'avec', 'avait', 'avaient', 'avoir', 'cette', 'celle', 'celui', 'ceux', 'comme', 'contre', 'dans', 'depuis', 'donc', 'elle', 'elles',
  'encore', 'entre', 'environ', 'était', 'étaient', 'être', 'leur', 'leurs', 'lors', 'mais', 'même', 'moins', 'nous', 'notre', 'pendant',
  'plus', 'pour', 'près', 'quelque', 'quand', 'sans', 'selon', 'sera', 'seront', 'sont', 'sous', 'tous', 'tout', 'toute', 'toutes',
  'très', 'vers', 'aussi', 'déjà', 'ainsi', 'alors', 'après', 'avant', 'dont', 'chez', 'afin', 'peut', 'doit', 'fait', 'faire', 'estime',
  'indique', 'précise', 'affirme', 'explique', 'déclaré', 'annoncé', 'année', 'années', 'mois', 'semaines', 'jours', 'heures', 'euros',
  'dollars', 'milliards', 'milliard', 'million', 'personnes', 'quelques',
]);

/** Characters each side of a figure whose words describe it. */
const REACH = 70;

/**
 * The content words of the clause around a figure, reduced to their first five letters so that "freeze" and
 * "freezes", "gelée" and "gelées" meet: what a figure no trigger names is about, as a bag of stems.
 */
export function contextStems(text: string, figure: Figure, sentence: Span): string[] {
  const before = text.slice(Math.max(sentence.start, figure.span.start - REACH), figure.span.start);
  // "les deux établissements", "the two clubs": a small count after a definite determiner points back, it states nothing.
  if (figure.kind === 'count' && (figure.value ?? 0) < 10 && DEFINITE_BEFORE_COUNT.test(before.slice(-10).toLowerCase())) return [];
  const after = text.slice(figure.span.end, Math.min(sentence.end, figure.span.end + REACH));
  const stems = new Set<string>();
  for (const word of `${before} ${after}`.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? []) {
    const bare = word.replace(/^(?:l|d|qu|n|s|j|c)['’]/u, '');
    const stem = stemOf(bare);
    if (stem !== null) stems.add(stem);
  }
  return [...stems].sort();
}

/** The stem of the word right after a figure ("conteneurs" in "37 conteneurs tombés"): a counted noun, not what the count is about. */
export function nounStemAfter(text: string, figure: Figure, sentence: Span): string | null {
  const word = /^[\s\u00a0\u202f-]*(\p{L}[\p{L}'’-]*)/u.exec(text.slice(figure.span.end, Math.min(sentence.end, figure.span.end + 40)).toLowerCase())?.[1];
  if (!word) return null;
  return stemOf(word.replace(/^(?:l|d|qu|n|s|j|c)['’]/u, ''));
}

/**
 * "tombés à la mer" and "fell into the sea": a word with a known translation stands for its meaning (short ones too,
 * "mer", "sea"); other words of four letters or more for their first five; function words for nothing.
 */
function stemOf(word: string): string | null {
  const meaning = meaningOf(word);
  if (meaning) return meaning;
  return word.length >= 4 && !STOP.has(word) ? word.slice(0, 5) : null;
}
