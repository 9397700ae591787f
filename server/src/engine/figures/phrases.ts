/** Token-level phrase tries compiled from the data tables. */

import { TK, tokenize, type Token } from './tokens';

interface Node<T> {
  next: Map<string, Node<T>>;
  value: T | undefined;
}

export interface PhraseMatch<T> {
  readonly value: T;
  /** Index of the first token after the phrase. */
  readonly end: number;
}

export class PhraseSet<T> {
  private readonly root: Node<T> = { next: new Map(), value: undefined };

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [phrase, value] of entries) this.add(phrase, value);
  }

  add(phrase: string, value: T): void {
    const parts = phraseTokens(phrase);
    if (parts.length === 0) return;
    let node = this.root;
    for (const p of parts) {
      let nx = node.next.get(p);
      if (nx === undefined) {
        nx = { next: new Map(), value: undefined };
        node.next.set(p, nx);
      }
      node = nx;
    }
    if (node.value === undefined) node.value = value;
  }

  /** Longest phrase starting at token i (never crossing a line break). */
  match(toks: readonly Token[], i: number, gluedOnly = false): PhraseMatch<T> | null {
    let node: Node<T> | undefined = this.root;
    let best: PhraseMatch<T> | null = null;
    let j = i;
    while (node !== undefined) {
      const t = toks[j];
      if (t === undefined || t.kind === TK.Break || t.kind === TK.Skip) break;
      if (gluedOnly && j > i && t.sp) break;
      node = node.next.get(t.low);
      if (node === undefined) break;
      j++;
      if (node.value !== undefined) best = { value: node.value, end: j };
    }
    return best;
  }

  /** First tokens of every phrase. */
  firsts(): string[] {
    return [...this.root.next.keys()];
  }

  has(toks: readonly Token[], i: number): boolean {
    return this.match(toks, i) !== null;
  }
}

export function phraseTokens(phrase: string): string[] {
  return tokenize(phrase).filter((t) => t.kind !== TK.Break).map((t) => t.low);
}

export function setOf(list: readonly string[]): PhraseSet<true> {
  return new PhraseSet(list.map((p) => [p, true] as const));
}

export function mapOf<T>(rec: Readonly<Record<string, T>>): PhraseSet<T> {
  return new PhraseSet(Object.entries(rec));
}
