/**
 * Bounded approximate string matching: Myers' bit-parallel algorithm (1999)
 * in Hyyrö's block form, with Ukkonen's cut-off so that only the blocks that
 * can still hold a cell ≤ maxErrors are computed. Cost: O(n · active blocks),
 * where active blocks ≈ maxErrors / 32 + 1 away from good matches. Measured
 * (anchor.test.ts): a 60-character quote through 2 MB ≈ 50–100 ms, folding of
 * the text included; a 213-character paragraph through 1 MB ≈ 60 ms.
 *
 * Distances are Levenshtein distances over UTF-16 code units. Pure.
 */

const W = 32;

interface Compiled {
  readonly length: number;
  readonly blocks: number;
  /** peq for code units < 128, `blocks` words per code unit. */
  readonly ascii: Int32Array;
  readonly other: Map<number, Int32Array>;
  readonly zero: Int32Array;
  /** Bit of each block's last row. */
  readonly lastBit: Int32Array;
}

function compile(pattern: string): Compiled {
  const length = pattern.length;
  const blocks = Math.max(1, Math.ceil(length / W));
  const ascii = new Int32Array(128 * blocks);
  const other = new Map<number, Int32Array>();
  for (let i = 0; i < length; i++) {
    const code = pattern.charCodeAt(i);
    const bit = 1 << (i & 31);
    const block = i >> 5;
    if (code < 128) {
      ascii[code * blocks + block] = (ascii[code * blocks + block] ?? 0) | bit;
    } else {
      let row = other.get(code);
      if (row === undefined) {
        row = new Int32Array(blocks);
        other.set(code, row);
      }
      row[block] = (row[block] ?? 0) | bit;
    }
  }
  const lastBit = new Int32Array(blocks);
  for (let b = 0; b < blocks; b++) lastBit[b] = b === blocks - 1 ? 1 << ((length - 1) & 31) : 1 << 31;
  return { length, blocks, ascii, other, zero: new Int32Array(blocks), lastBit };
}

/**
 * Calls `onColumn(j, errors)` for every text position j (exclusive end, 1..n)
 * where the edit distance between the pattern and some substring ending at j
 * (free start) — or, when `pinned`, the prefix text[0, j) — is ≤ maxErrors.
 */
function scan(text: string, compiled: Compiled, maxErrors: number, pinned: boolean, onColumn: (end: number, errors: number) => void): void {
  const { length: m, blocks, ascii, other, zero, lastBit } = compiled;
  if (m === 0) return;
  const last = blocks - 1;
  const P = new Int32Array(blocks).fill(-1);
  const M = new Int32Array(blocks);
  const score = new Int32Array(blocks);
  for (let b = 0; b < blocks; b++) score[b] = Math.min((b + 1) * W, m);
  // Rows 1..k may hold cells ≤ k in column 0: blocks 0..floor((k-1)/W).
  let y = Math.min(last, Math.max(0, Math.floor((maxErrors - 1) / W)));
  const n = text.length;
  for (let j = 0; j < n; j++) {
    const code = text.charCodeAt(j);
    let row: Int32Array;
    let offset = 0;
    if (code < 128) {
      row = ascii;
      offset = code * blocks;
    } else {
      row = other.get(code) ?? zero;
    }
    let carry = pinned ? 1 : 0;
    let previousBottom = 0;
    for (let b = 0; b <= y; b++) {
      previousBottom = score[b] ?? 0;
      carry = advance(P, M, b, row[offset + b] ?? 0, carry, lastBit[b] ?? 0);
      score[b] = previousBottom + carry;
    }
    // Open the next blocks while a cell of theirs can be ≤ k (see the module comment).
    let bottom = score[y] ?? 0;
    while (y < last && Math.min(bottom, previousBottom) <= maxErrors) {
      y++;
      P[y] = -1;
      M[y] = 0;
      const rows = y === last ? m - y * W : W;
      previousBottom = bottom - carry + rows; // the assumed previous column: +1 per row below block y-1
      carry = advance(P, M, y, row[offset + y] ?? 0, carry, lastBit[y] ?? 0);
      score[y] = previousBottom + carry;
      bottom = score[y] ?? 0;
      previousBottom = Number.MAX_SAFE_INTEGER; // the opened block was > k before this column
    }
    if (y === last && (score[last] ?? Infinity) <= maxErrors) onColumn(j + 1, score[last] ?? 0);
    while (y > 0 && (score[y] ?? 0) >= maxErrors + W) y--;
  }
}

/** One column step of one block (Myers 1999, Fig. 7; Hyyrö 2001). Returns the horizontal delta at the block's last row. */
function advance(P: Int32Array, M: Int32Array, b: number, eqIn: number, hIn: number, lastBit: number): number {
  let pv = P[b] ?? 0;
  const mv = M[b] ?? 0;
  const xv = eqIn | mv;
  const eq = hIn < 0 ? eqIn | 1 : eqIn;
  const xh = (((eq & pv) + pv) ^ pv) | eq;
  let ph = mv | ~(xh | pv);
  let mh = pv & xh;
  let hOut = 0;
  if (ph & lastBit) hOut = 1;
  else if (mh & lastBit) hOut = -1;
  ph <<= 1;
  mh <<= 1;
  if (hIn < 0) mh |= 1;
  else if (hIn > 0) ph |= 1;
  pv = mh | ~(xv | ph);
  P[b] = pv;
  M[b] = ph & xv;
  return hOut;
}

export interface ApproxMatch {
  readonly start: number;
  readonly end: number;
  readonly errors: number;
}

export interface ApproxOptions {
  /** Keep at most this many matches, fewest errors first (default 64). */
  readonly maxMatches?: number;
}

/**
 * Substrings of `text` within `maxErrors` edits of `pattern`, one per local
 * minimum of the error count, with their start found by a pinned backward
 * scan. Sorted by errors, then position; capped.
 */
export function approximateMatches(text: string, pattern: string, maxErrors: number, options: ApproxOptions = {}): ApproxMatch[] {
  const m = pattern.length;
  if (m === 0 || text.length === 0) return [];
  const k = Math.max(0, Math.min(Math.floor(maxErrors), m));
  const maxMatches = options.maxMatches ?? 64;
  const ends: { end: number; errors: number }[] = [];
  // Keep one end per run of consecutive ends, at its lowest error count; runs are split where they exceed
  // the pattern's length so that two neighbouring matches are not merged.
  let runEnd = -1;
  let best: { end: number; errors: number } | null = null;
  let runStart = -1;
  scan(text, compile(pattern), k, false, (end, errors) => {
    if (best !== null && (end !== runEnd + 1 || end - runStart > m)) {
      ends.push(best);
      best = null;
    }
    if (best === null) runStart = end;
    if (best === null || errors < best.errors) best = { end, errors };
    runEnd = end;
  });
  if (best !== null) ends.push(best);
  ends.sort((a, b) => a.errors - b.errors || a.end - b.end);
  const kept = ends.slice(0, maxMatches);
  const reversedPattern = reverse(pattern);
  const matches: ApproxMatch[] = [];
  for (const { end, errors } of kept) {
    const from = Math.max(0, end - m - errors);
    const window = reverse(text.slice(from, end));
    let bestStart = end - m;
    let bestErrors = Infinity;
    scan(window, compile(reversedPattern), errors, true, (length, distance) => {
      // Fewest errors; among equals the length nearest the pattern's.
      if (distance < bestErrors || (distance === bestErrors && Math.abs(length - m) < Math.abs(end - bestStart - m))) {
        bestErrors = distance;
        bestStart = end - length;
      }
    });
    if (bestErrors === Infinity) continue;
    matches.push({ start: Math.max(0, bestStart), end, errors: bestErrors });
  }
  return matches.sort((a, b) => a.errors - b.errors || a.start - b.start);
}

/** Levenshtein distance between `pattern` and the best-matching suffix of `text` (prefix context). */
export function distanceToSuffix(text: string, pattern: string): number {
  if (pattern.length === 0) return 0;
  let best = pattern.length;
  scan(reverse(text), compile(reverse(pattern)), pattern.length, true, (_end, errors) => {
    if (errors < best) best = errors;
  });
  return best;
}

/** Levenshtein distance between `pattern` and the best-matching prefix of `text` (suffix context). */
export function distanceToPrefix(text: string, pattern: string): number {
  if (pattern.length === 0) return 0;
  let best = pattern.length;
  scan(text, compile(pattern), pattern.length, true, (_end, errors) => {
    if (errors < best) best = errors;
  });
  return best;
}

/** Plain O(n·m) Levenshtein distance; for tests and short strings. */
export function levenshtein(a: string, b: string): number {
  if (a.length === 0) return b.length;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

function reverse(text: string): string {
  let out = '';
  for (let i = text.length - 1; i >= 0; i--) out += text[i];
  return out;
}

/** Edit distances between `pattern` and every prefix text[0, end) within maxErrors: [{ end, errors }]. */
export function distancesFromStart(text: string, pattern: string, maxErrors: number): { end: number; errors: number }[] {
  const found: { end: number; errors: number }[] = [];
  if (pattern.length === 0) return found;
  scan(text, compile(pattern), Math.min(maxErrors, pattern.length), true, (end, errors) => found.push({ end, errors }));
  return found;
}

/** Edit distances between `pattern` and every suffix text[start, n) within maxErrors: [{ start, errors }]. */
export function distancesToEnd(text: string, pattern: string, maxErrors: number): { start: number; errors: number }[] {
  const found: { start: number; errors: number }[] = [];
  if (pattern.length === 0) return found;
  scan(reverse(text), compile(reverse(pattern)), Math.min(maxErrors, pattern.length), true, (length, errors) => found.push({ start: text.length - length, errors }));
  return found;
}

/** Exposed for the property test against a plain dynamic programme. */
export function matchEnds(text: string, pattern: string, maxErrors: number, pinned = false): { end: number; errors: number }[] {
  const found: { end: number; errors: number }[] = [];
  scan(text, compile(pattern), maxErrors, pinned, (end, errors) => found.push({ end, errors }));
  return found;
}
