/**
 * Page furniture and unrelated teasers, found paragraph by paragraph: share and subscription prompts,
 * cookie banners, photo credits, reading times, "Lire aussi" / "Read more" lists, and everything after
 * an end-of-article marker (comments, newsletter box, "Ils nous font confiance"…) once the article body
 * is behind us. Blocks are whole paragraphs, merged when adjacent, so an editor can fold and dim them.
 */
import { fold } from './fold';
import type { Paragraph, Span } from '../types';

export interface BoilerplateResult {
  /** One flag per paragraph. */
  readonly flags: readonly boolean[];
  /** Paragraphs that are nothing but furniture ("Vidéo", "Most popular", a URL): no name to look for. */
  readonly bare: readonly boolean[];
  /** Merged blocks, sorted. */
  readonly spans: readonly Span[];
}

const EXACT = new Set(
  [
    'video', 'videos', 'podcast', 'audio', 'photo', 'photos', 'images', 'infographie', 'partager', 'share', 'tweet',
    'imprimer', 'print', 'commentaires', 'commentaire', 'comments', 'redaction', 'la redaction', 'publicite',
    'advertisement', 'sponsored', 'sponsorise', 'newsletter', 'menu', 'accueil', 'home', 'rechercher', 'search',
    'abonnement', 'abonnez-vous', "s'abonner", 'subscribe', 'connexion', 'login', 'log in', 'sign in',
    'se connecter', 'contact', 'nous suivre', 'suivez-nous', 'follow us', 'en direct', 'live', 'a la une',
    'partager cet article', 'partagez cet article', 'share this article', 'share this story', 'sur le meme sujet',
    'lire aussi', 'a lire aussi', 'lire egalement', 'a lire egalement', 'voir aussi', 'a voir aussi', 'read more',
    'read also', 'see also', 'related', 'related articles', 'related stories', 'related coverage', 'more from',
    'you may also like', 'vous aimerez aussi', 'les plus lus', 'most read', 'most popular', 'recommended', 'ils nous font confiance',
    'trouver un consultant', 'top', 'haut de page', 'back to top', 'retour en haut', 'related topics', 'more on this story',
    'top stories', "editor's picks", 'editors picks', 'sujets associes', 'sur le meme theme',
  ].map(fold),
);

const PREFIXES = [
  'lire aussi', 'a lire aussi', 'lire egalement', 'a lire egalement', 'voir aussi', 'a voir aussi', 'read more',
  'read also', 'see also', 'related:', 'sign up', 'inscrivez-vous', 'abonnez-vous', "s'abonner", 'subscribe',
  'partager cet article', 'partager sur', 'share this', 'share on', 'photo by', 'photo :', 'photo:', 'credit photo', 'credits photo', 'credit :', 'credit:', 'credits :', 'credits:',
  'image source', 'image caption', 'copyright', 'photograph:', 'photograph :', 'illustration :',
  '(photo', '©', 'getty images', 'newsletter', 'recevez', 'get our', 'nous utilisons des cookies', 'we use cookies',
  'ce site utilise', 'this site uses', 'this website uses', 'tout accepter', 'accept all', 'publie le', 'mis a jour le',
  'published on', 'updated on', 'par la redaction', 'temps de lecture', 'cliquez', 'click here', 'contactez-nous',
  'suivez-nous', 'follow us', "you've been subscribed", 'abonnement en cours', "quelque chose s'est mal passe",
  'something went wrong', 'laisser un commentaire', 'leave a comment', 'ils nous font confiance', 'nous suivre',
  'trouver un consultant', 'scroll to top', 'en savoir plus', 'learn more', 'telechargez', 'download the app',
  'deja abonne', 'already a subscriber', 'connectez-vous', 'sur le meme sujet', 'more from', 'you may also like',
  'vous aimerez aussi', 'les plus lus', 'most read', 'most popular', 'reporting by', 'additional reporting', 'editing by',
  'writing by', 'avec afp', 'avec reuters', '(avec afp', '(avec reuters', 'tags:', 'tags :', 'mots-cles', 'topics:', 'sujets :',
].map(fold);

const CONTAINS = [
  'utilise des cookies', 'uses cookies', 'accepter les cookies', 'accept cookies', 'cookie policy', 'politique de cookies',
  'notre newsletter', 'our newsletter', 'a la newsletter', 'temps de lecture', 'min read', 'minutes de lecture', 'unsplash', 'getty images',
  'shutterstock', 'scroll to top', 'tous droits reserves', 'all rights reserved', 'abonnez-vous', 'subscribe to',
  'sign up for', 'ils nous font confiance', 'editing by', 'reporting by',
].map(fold);

/** After one of these, once the body is behind us, the rest of the page is furniture. */
const TAIL = [
  'commentaires', 'commentaire', 'comments', 'laisser un commentaire', 'leave a comment', 'partager cet article',
  'partagez cet article', 'share this article', 'share this story', 'ils nous font confiance', 'contactez-nous',
  'nous suivre', 'suivez-nous', 'follow us', "s'abonner", 'abonnez-vous', 'subscribe', 'newsletter', 'sign up',
].map(fold);

/** Headings of related-article lists. */
const RELATED = [
  'lire aussi', 'a lire aussi', 'lire egalement', 'a lire egalement', 'voir aussi', 'a voir aussi', 'read more',
  'read also', 'see also', 'related', 'related articles', 'related stories', 'related coverage', 'more from',
  'you may also like', 'vous aimerez aussi', 'les plus lus', 'most read', 'most popular', 'sur le meme sujet', 'recommended',
  'related topics', 'more on this story', 'top stories', "editor's picks", 'editors picks', 'sujets associes', 'sur le meme theme',
].map(fold);

const URL_ONLY = /^(?:(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)+(?:\/\S*)?\s*)+$/u;
const SEPARATOR = /^[-*_=~•·\s]{3,}$/u;

type Kind = 'content' | 'furniture' | 'bare' | 'tail' | 'related-heading';

function normalise(raw: string): string {
  return fold(raw.length > 400 ? raw.slice(0, 400) : raw)
    .replace(/[\s\u00a0\u202f]+/gu, ' ')
    .replace(/^[\s\-–—•*#>|"«“]+/u, '')
    .replace(/[\s.:!…»”"]+$/u, '')
    .replace(/^\d+\s+(?=commentaires?|comments?)/u, '');
}

function classify(raw: string): Kind {
  const norm = normalise(raw);
  if (norm.length === 0 || SEPARATOR.test(raw.trim())) return 'bare';
  if (isByline(raw)) return 'furniture';
  const words = norm.split(' ').length;
  if (EXACT.has(norm)) {
    if (RELATED.includes(norm)) return 'related-heading';
    return TAIL.includes(norm) ? 'tail' : 'bare';
  }
  if (words <= 6 && norm.includes(' | ')) return 'bare';
  if (words <= 12 && URL_ONLY.test(norm)) return 'bare';
  if (words <= 45) {
    for (const prefix of PREFIXES) {
      if (startsWithWord(norm, prefix)) return TAIL.some((tail) => prefix.startsWith(tail)) && words <= 12 ? 'tail' : 'furniture';
    }
  }
  if (words <= 30) for (const needle of CONTAINS) if (norm.includes(needle)) return 'furniture';
  return 'content';
}

export function detectBoilerplate(text: string, paragraphs: readonly Paragraph[]): BoilerplateResult {
  const flags = paragraphs.map(() => false);
  const bare = paragraphs.map(() => false);
  const total = paragraphs.length > 0 ? paragraphs[paragraphs.length - 1]!.span.end : text.length;
  let substantial = 0;
  let relatedRun = 0;
  let cut = false;
  paragraphs.forEach((paragraph, index) => {
    if (cut) {
      flags[index] = true;
      return;
    }
    const raw = text.slice(paragraph.span.start, paragraph.span.end);
    const kind = classify(raw);
    if (kind !== 'content' && kind !== 'furniture' && (kind !== 'tail' || EXACT.has(normalise(raw)))) bare[index] = true;
    const position = total > 0 ? paragraph.span.start / total : 0;
    if (kind === 'content') {
      const words = countWords(raw);
      if (relatedRun > 0 && words <= 20 && !/[.;]\s*$/u.test(raw)) {
        flags[index] = true;
        relatedRun--;
        return;
      }
      relatedRun = 0;
      if (words >= 25) substantial++;
      return;
    }
    flags[index] = true;
    if (kind === 'tail' && (substantial >= 3 || position >= 0.5)) cut = true;
    if (kind === 'related-heading') {
      if (position >= 0.6 && substantial >= 2) cut = true;
      else relatedRun = 8;
    }
  });
  const spans: Span[] = [];
  paragraphs.forEach((paragraph, index) => {
    if (!flags[index]) return;
    const last = spans[spans.length - 1];
    const previous = paragraphs[index - 1];
    if (last && previous && flags[index - 1] && last.end === previous.span.end) spans[spans.length - 1] = { start: last.start, end: paragraph.span.end };
    else spans.push({ start: paragraph.span.start, end: paragraph.span.end });
  });
  return { flags, bare, spans };
}

function startsWithWord(norm: string, prefix: string): boolean {
  if (!norm.startsWith(prefix)) return false;
  const next = norm.charCodeAt(prefix.length);
  return Number.isNaN(next) || !((next >= 97 && next <= 122) || (next >= 48 && next <= 57)) || !/[a-z0-9]$/u.test(prefix);
}

function countWords(raw: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < raw.length; i++) {
    const blank = raw.charCodeAt(i) <= 32 || raw.charCodeAt(i) === 0xa0;
    if (!blank && !inWord) count++;
    inWord = !blank;
  }
  return count;
}

const BYLINE_OPENERS = new Set(['par', 'by']);
const BYLINE_JOINERS = new Set(['et', 'and', '&', 'de', 'du', 'van', 'von', 'der', 'da', 'di', 'le', 'la', 'al', 'bin', 'ben', 'in', 'a', 'à', 'avec', 'with']);

/**
 * A byline: "Par Jeanne Martin", "By Sarah Whitcombe and Daniel Okafor", "Par Jeanne Martin, à Lyon". The
 * opener, then only capitalised words and joiners, no sentence end: the author is named, not quoted.
 */
function isByline(raw: string): boolean {
  const text = raw.trim();
  if (text.length > 120 || /[.!?…;]$/u.test(text) || text.includes('\n')) return false;
  const words = text.split(/[\s,]+/u).filter((w) => w !== '');
  if (words.length < 3 || words.length > 14) return false;
  let k = 0;
  const lowered = words.map((w) => w.toLowerCase());
  if (lowered[0] === 'propos' && lowered[1] === 'recueillis' && lowered[2] === 'par') k = 3;
  else if (lowered[0] === 'reporting' && lowered[1] === 'by') k = 2;
  else if (BYLINE_OPENERS.has(lowered[0]!) && /^\p{Lu}/u.test(words[0]!)) k = 1;
  else return false;
  let names = 0;
  for (; k < words.length; k++) {
    const w = words[k]!;
    if (/^\p{Lu}[\p{L}\p{M}'’.-]*$/u.test(w)) names++;
    else if (!BYLINE_JOINERS.has(lowered[k]!)) return false;
  }
  return names >= 2;
}
