/**
 * Folding of surface forms. `fold` keeps word boundaries (for word lists),
 * `foldKey` drops them (for identity: "Open AI" and "OpenAI" share a key),
 * `slug` makes the readable part of an entity id.
 */

const MARKS = /\p{M}/gu;
const APOSTROPHES = /[’ʼ`´]/gu;

/** Lower case, no accents, typographic apostrophes made straight: "Société" → "societe". */
export function fold(text: string): string {
  let ascii = true;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 127) {
      ascii = false;
      break;
    }
  }
  if (ascii) return text.toLowerCase();
  return text.normalize('NFD').replace(MARKS, '').replace(APOSTROPHES, "'").toLowerCase();
}

const NOT_ALNUM = /[^\p{L}\p{N}]+/gu;

const cache = new Map<string, readonly [string, string]>();

/**
 * `fold` and `foldKey` of one word, memoised: words repeat (Zipf), and folding is most of the cost of
 * tokenising. The cache is bounded and simply cleared when full.
 */
export function foldWord(word: string): readonly [string, string] {
  let hit = cache.get(word);
  if (hit === undefined) {
    if (cache.size > 50000) cache.clear();
    const folded = fold(word);
    hit = [folded, plainKey(folded) ? folded : foldKey(word)];
    cache.set(word, hit);
  }
  return hit;
}

function plainKey(folded: string): boolean {
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return false;
  }
  return true;
}

/** Identity key: folded, letters and digits only. "Open AI" → "openai", "Llama 4" → "llama4". */
export function foldKey(text: string): string {
  const folded = fold(text).replace(NOT_ALNUM, '');
  return folded.startsWith('the') && /^the\s+\S/iu.test(text.trim()) ? folded.slice(3) : folded;
}

/** Folded words of a name, for surname and prefix matching: "Mark Zuckerberg" → ["mark", "zuckerberg"]. */
export function foldWords(text: string): string[] {
  const parts = fold(text).split(/\s+/u);
  const out: string[] = [];
  for (const part of parts) {
    const key = part.replace(NOT_ALNUM, '');
    if (key) out.push(key);
  }
  if (out.length > 1 && out[0] === 'the') out.shift();
  return out;
}

/** Readable id part: "Mark Zuckerberg" → "mark-zuckerberg", "Scale AI" → "scale-ai". */
export function slug(text: string): string {
  const s = fold(text).replace(NOT_ALNUM, '-').replace(/^-+|-+$/gu, '');
  return s.length > 0 ? s.slice(0, 80) : 'x';
}

/** Accent- and case-insensitive form that keeps spaces, for search: "Société Générale" → "societe generale". */
export function searchForm(text: string): string {
  return fold(text).replace(/\s+/gu, ' ').trim();
}
