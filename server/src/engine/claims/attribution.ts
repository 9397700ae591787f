import type { Lang, NameMention, Span } from '../types';
import { escapeRegExp } from '../text/regexp';

/**
 * Who says so. Two shapes cover most news prose: a lead-in before the source
 * ("selon Sam Altman", "d'après The Verge", "according to Reuters", "as
 * reported by Bloomberg") and a verb of saying right after it ("Sam Altman a
 * révélé que…", "Altman said"). Matching is on the lower-cased sentence with
 * plain substring search over small tables.
 */
const LEAD_INS: Readonly<Record<Lang, readonly string[]>> = {
  fr: ['selon ', "d'après ", 'd’après ', 'de source ', 'rapporte ', 'rapportent ', 'cité par ', 'citée par '],
  en: ['according to ', 'as reported by ', 'reported by ', 'as first reported by ', 'citing '],
};

const SAYING_VERBS: Readonly<Record<Lang, readonly string[]>> = {
  fr: [
    'a révélé', 'a déclaré', 'a affirmé', 'a indiqué', 'a confirmé', 'a assuré', 'a expliqué', 'a annoncé', 'a précisé', 'a raconté',
    'révèle', 'déclare', 'affirme', 'indique', 'confirme', 'assure', 'explique', 'estime', 'précise', 'raconte', 'rapporte',
  ],
  en: ['said', 'says', 'told', 'reported', 'reports', 'claimed', 'claims', 'stated', 'revealed', 'confirmed', 'wrote', 'has said', 'explained'],
};

/** Generic sources without a name ("plusieurs médias", "several outlets") still make a figure attributed. */
const UNNAMED_SOURCES: Readonly<Record<Lang, readonly string[]>> = {
  fr: ['plusieurs médias', 'des médias', 'la presse', 'des sources', 'une source', 'nos informations', 'des proches'],
  en: ['several outlets', 'people familiar', 'sources', 'a person familiar', 'media reports', 'reports'],
};

export interface Attribution {
  /** The source as a reader would cite it: "Sam Altman", "plusieurs médias". */
  readonly source: string;
  readonly span: Span;
  /** Keys of the names that belong to the attribution, not to the fact. */
  readonly nameKeys: readonly string[];
}

const VERB_WINDOW = 24;

/** A verb of saying right after a name, with at most one word between ("Altman lui-même a déclaré" is not covered). */
const SAYING_AFTER_NAME: Readonly<Record<Lang, RegExp>> = {
  fr: sayingPattern(SAYING_VERBS.fr),
  en: sayingPattern(SAYING_VERBS.en),
};

function sayingPattern(verbs: readonly string[]): RegExp {
  return new RegExp(`^[\\s,]*(?:\\p{L}+[\\s,]+)?(?:${verbs.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'u');
}
const LEAD_IN_WINDOW = 60;

export function findAttribution(text: string, sentence: Span, names: readonly NameMention[], lang: Lang): Attribution | null {
  const lower = text.slice(sentence.start, sentence.end).toLowerCase();
  for (const leadIn of LEAD_INS[lang]) {
    const at = lower.indexOf(leadIn);
    if (at < 0 || (at > 0 && /[\p{L}]/u.test(lower.charAt(at - 1)))) continue;
    const phraseStart = sentence.start + at + leadIn.length;
    const phraseEnd = attributionPhraseEnd(text, phraseStart, sentence.end, names);
    const inPhrase = names.filter((name) => name.span.start >= phraseStart && name.span.end <= phraseEnd && name.span.start - phraseStart <= LEAD_IN_WINDOW);
    const last = inPhrase[inPhrase.length - 1];
    if (last) {
      return { source: last.text, span: { start: sentence.start + at, end: phraseEnd }, nameKeys: inPhrase.map((name) => name.key) };
    }
    const unnamed = UNNAMED_SOURCES[lang].find((phrase) => lower.startsWith(phrase, at + leadIn.length));
    if (unnamed) {
      const end = phraseStart + unnamed.length;
      return { source: text.slice(phraseStart, end), span: { start: sentence.start + at, end }, nameKeys: [] };
    }
  }
  for (const name of names) {
    const after = text.slice(name.span.end, Math.min(sentence.end, name.span.end + VERB_WINDOW)).toLowerCase();
    if (SAYING_AFTER_NAME[lang].test(after)) return { source: name.text, span: { start: name.span.start, end: name.span.end }, nameKeys: [name.key] };
  }
  return null;
}

/**
 * The lead-in phrase ends at the first comma, unless a name follows it in
 * apposition ("selon le patron d'OpenAI, Sam Altman, Meta…").
 */
function attributionPhraseEnd(text: string, from: number, limit: number, names: readonly NameMention[]): number {
  let end = text.indexOf(',', from);
  if (end < 0 || end > limit) return limit;
  const apposition = names.find((name) => name.span.start > end && /^[\s\u00a0]*$/u.test(text.slice(end + 1, name.span.start)));
  if (apposition) {
    const next = text.indexOf(',', apposition.span.end);
    end = next < 0 || next > limit ? apposition.span.end : next;
  }
  return end;
}

