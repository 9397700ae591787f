/**
 * Linear tokenizer. Every token keeps UTF-16 offsets into the original text.
 * URLs, e-mail addresses, domain names and phone numbers become single Skip
 * tokens so no figure can be read inside them. Line breaks become Break tokens.
 */

export const enum TK {
  Word = 1,
  Num = 2,
  Punct = 3,
  Skip = 4,
  Break = 5,
}

export interface Token {
  readonly kind: TK;
  readonly start: number;
  readonly end: number;
  /** Lower-cased, NFC, apostrophes and hyphens normalised. For numbers: digits and separators, spaces as ' '. */
  readonly low: string;
  /** Word contains an upper-case letter. */
  readonly cap: boolean;
  /** Whitespace between the previous token and this one. */
  readonly sp: boolean;
  /** Line (paragraph) index. */
  readonly line: number;
}

const WORD_RE = /[\p{L}\p{M}]/u;
const UPPER_RE = /\p{Lu}/u;
const TLDS = new Set([
  'com', 'fr', 'org', 'net', 'io', 'ai', 'co', 'uk', 'de', 'ch', 'be', 'ca', 'eu', 'info', 'gov', 'edu', 'app',
  'dev', 'tv', 'me', 'ly', 'us', 'es', 'it', 'nl', 'jp', 'cn', 'in',
]);

export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2007 || c === 0x200b ||
    c === 0xfeff || c === 0x2002 || c === 0x2003 || c === 0x200a || c === 0x2008 || c === 0x2006 || c === 0x205f;
}

function isBreakCode(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029 || c === 0x0b || c === 0x0c || c === 0x85;
}

/** Space-like characters allowed between thousands groups. */
function isGroupSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2007;
}

function isWordCode(text: string, i: number, c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if (c >= 0x300 && c <= 0x36f) return true;
  if (c >= 0xd800 && c <= 0xdbff) return WORD_RE.test(text.slice(i, i + 2));
  return WORD_RE.test(text[i] ?? '');
}

function normPunct(ch: string): string {
  switch (ch) {
    case '\u2019': case '\u2018': case '\u02bc': case '`': case '\u00b4': case '\u2032':
      return "'";
    case '\u2010': case '\u2011': case '\u2212': case '\u2043':
      return '-';
    case '\u00ab': case '\u00bb': case '\u201c': case '\u201d': case '\u201e':
      return '"';
    default:
      return ch;
  }
}

/** End of the whitespace-delimited chunk at i, negated when it cannot be a URL, e-mail or domain. */
function chunkEnd(text: string, i: number): number {
  let j = i;
  let maybe = false;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (c < 128) {
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12) break;
      if (c === 64) maybe = true;
      else if (c === 46 || c === 58) {
        const d = text.charCodeAt(j + 1);
        if ((d >= 97 && d <= 122) || (d >= 65 && d <= 90) || d === 47) maybe = true;
      }
    } else if (isSpaceCode(c) || isBreakCode(c)) break;
    j++;
  }
  return maybe ? j : -j - 1;
}

const TRAILING = new Set(['.', ',', ';', ':', ')', ']', '!', '?', '"', "'", '\u00bb', '\u201d', '\u2019', '>']);

/** End of a URL/e-mail/domain starting at i (chunk [i, end)), or -1. */
function skipChunk(text: string, i: number, end: number): number {
  let e = end;
  while (e > i && TRAILING.has(text[e - 1] ?? '')) e--;
  if (e - i < 4) return -1;
  const chunk = text.slice(i, e);
  const lower = chunk.toLowerCase();
  if (lower.includes('://') || lower.startsWith('www.')) return e;
  const at = chunk.indexOf('@');
  if (at > 0 && chunk.indexOf('.', at) > at + 1) return e;
  const dot = lower.lastIndexOf('.');
  if (dot > 0 && dot < lower.length - 1) {
    const slash = lower.indexOf('/');
    const host = slash > 0 ? lower.slice(0, slash) : lower;
    const hd = host.lastIndexOf('.');
    const tld = hd > 0 ? host.slice(hd + 1) : '';
    if (TLDS.has(tld) && /^[a-z0-9][a-z0-9.-]*$/.test(host) && /[a-z]/.test(host.slice(0, hd)) && !host.includes('..')) return e;
  }
  return -1;
}

/**
 * Phone number starting at i: [end or -1, offset scanned to]. `i` is on '+', '(' or a digit.
 */
function phoneEnd(text: string, i: number): [number, number] {
  const r = phoneRun(text, i);
  return [r.ok ? r.end : -1, Math.max(r.end, i + 1)];
}

function phoneRun(text: string, i: number): { ok: boolean; end: number } {
  let p = i;
  const plus = text[p] === '+';
  if (plus || text[p] === '(') p++;
  const groups: number[] = [];
  const seps: string[] = [];
  let end = -1;
  while (p < text.length) {
    const s = p;
    while (p < text.length && isDigitCode(text.charCodeAt(p))) p++;
    if (p === s) break;
    groups.push(p - s);
    end = p;
    let q = p;
    if (text[q] === ')') q++;
    const c = text.charCodeAt(q);
    if (c === 32 || c === 0xa0 || c === 46 || c === 45 || c === 0x202f) {
      seps.push(text[q] ?? '');
      q++;
      if (text[q] === '(') q++;
    } else if (q > p) {
      seps.push(')');
    } else break;
    if (!isDigitCode(text.charCodeAt(q))) break;
    p = q;
  }
  const digits = groups.reduce((a, b) => a + b, 0);
  const no = { ok: false, end };
  if (end < 0 || digits < 8) return no;
  if (plus) return { ok: true, end };
  if (groups.length < 3) return no;
  const first = groups[0] ?? 0;
  const sameSep = seps.slice(0, groups.length - 1).every((s) => s === seps[0]);
  // "0 800 123 456": a grouped number never starts with a zero group.
  const leadingZero = text[plus || text[i] === '(' ? i + 1 : i] === '0';
  const thousands = sameSep && first <= 3 && groups.slice(1).every((g) => g === 3) && !leadingZero;
  if (thousands) return no;
  if (groups.length === 3 && (first === 4 || groups[2] === 4) && seps[0] !== ' ') return no;
  if (first === 4 && (seps[0] === '-' || seps[0] === '/' || seps[0] === '.')) return no;
  if (groups.some((g) => g > 5)) return no;
  return { ok: true, end };
}

export function tokenize(text: string): Token[] {
  const toks: Token[] = [];
  const n = text.length;
  let i = 0;
  let line = 0;
  let sp = false;
  let chunkStart = true;
  let phoneScanned = -1;
  const push = (kind: TK, start: number, end: number, low: string, cap: boolean): void => {
    toks.push({ kind, start, end, low, cap, sp, line });
    sp = false;
    chunkStart = false;
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) { sp = true; chunkStart = true; i++; continue; }
    if (isBreakCode(c)) {
      const last = toks[toks.length - 1];
      if (last === undefined || last.kind !== TK.Break) push(TK.Break, i, i + 1, '\n', false);
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      i++;
      line++;
      sp = true;
      chunkStart = true;
      continue;
    }
    if (chunkStart) {
      const ce = chunkEnd(text, i);
      const se = ce >= 0 ? skipChunk(text, i, ce) : -1;
      if (se > 0) { push(TK.Skip, i, se, '', false); i = se; continue; }
    }
    if ((isDigitCode(c) || c === 43 || c === 40) && i >= phoneScanned) {
      const [pe, scanned] = phoneEnd(text, i);
      if (pe > 0) { push(TK.Skip, i, pe, '', false); i = pe; continue; }
      phoneScanned = scanned;
    }
    if (isDigitCode(c)) {
      i = scanNumber(text, i, push);
      continue;
    }
    if (isWordCode(text, i, c)) {
      const s = i;
      let hasMark = false;
      let upper = false;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (!isWordCode(text, i, d)) break;
        if (d >= 0x100) hasMark = true;
        else if ((d >= 65 && d <= 90) || (d >= 0xc0 && d <= 0xde)) upper = true;
        i += d >= 0xd800 && d <= 0xdbff ? 2 : 1;
      }
      const raw = text.slice(s, i);
      let low = raw.toLowerCase();
      if (hasMark) low = low.normalize('NFC');
      const cap = upper || (hasMark && raw !== low && UPPER_RE.test(raw));
      push(TK.Word, s, i, low, cap);
      continue;
    }
    const w = c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    push(TK.Punct, i, i + w, normPunct(text.slice(i, i + w)), false);
    i += w;
  }
  return toks;
}

function scanNumber(
  text: string,
  s: number,
  push: (kind: TK, start: number, end: number, low: string, cap: boolean) => void,
): number {
  let i = s;
  const n = text.length;
  while (i < n && isDigitCode(text.charCodeAt(i))) i++;
  let raw = text.slice(s, i);
  const firstLen = i - s;
  let spaceOk = firstLen <= 3;
  let punctSeen = false;
  for (;;) {
    const c = text.charCodeAt(i);
    if ((c === 44 || c === 46) && isDigitCode(text.charCodeAt(i + 1))) {
      const g = i + 1;
      let j = g;
      while (j < n && isDigitCode(text.charCodeAt(j))) j++;
      raw += text[i] + text.slice(g, j);
      i = j;
      punctSeen = true;
      continue;
    }
    // "2'150 francs", "1'000'000": Swiss grouping with an apostrophe.
    if (spaceOk && !punctSeen && (c === 39 || c === 0x2019) &&
      isDigitCode(text.charCodeAt(i + 1)) && isDigitCode(text.charCodeAt(i + 2)) &&
      isDigitCode(text.charCodeAt(i + 3)) && !isDigitCode(text.charCodeAt(i + 4))) {
      raw += ' ' + text.slice(i + 1, i + 4);
      i += 4;
      continue;
    }
    if (spaceOk && !punctSeen && isGroupSpace(c) &&
      isDigitCode(text.charCodeAt(i + 1)) && isDigitCode(text.charCodeAt(i + 2)) &&
      isDigitCode(text.charCodeAt(i + 3)) && !isDigitCode(text.charCodeAt(i + 4))) {
      raw += ' ' + text.slice(i + 1, i + 4);
      i += 4;
      continue;
    }
    break;
  }
  spaceOk = false;
  push(TK.Num, s, i, raw, false);
  return i;
}
