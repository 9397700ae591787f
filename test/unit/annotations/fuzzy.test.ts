import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { approximateMatches, distanceToPrefix, distanceToSuffix, levenshtein, matchEnds } from '../../../server/src/engine/annotations/fuzzy';

/** The plain dynamic programme Myers' algorithm must agree with: D[i][j] over pattern rows and text columns. */
function referenceEnds(text: string, pattern: string, maxErrors: number, pinned: boolean): { end: number; errors: number }[] {
  let column = Array.from({ length: pattern.length + 1 }, (_, i) => i);
  const found: { end: number; errors: number }[] = [];
  for (let j = 1; j <= text.length; j++) {
    const next = [pinned ? j : 0];
    for (let i = 1; i <= pattern.length; i++) {
      const substitution = (column[i - 1] ?? 0) + (pattern[i - 1] === text[j - 1] ? 0 : 1);
      next.push(Math.min((column[i] ?? 0) + 1, (next[i - 1] ?? 0) + 1, substitution));
    }
    column = next;
    const errors = column[pattern.length] ?? 0;
    if (errors <= maxErrors) found.push({ end: j, errors });
  }
  return found;
}

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

describe('approximate matching (Myers, blocks, cut-off)', () => {
  it('agrees with the dynamic programme on 2,000 random cases, multi-block patterns included', () => {
    const next = random(42);
    for (let round = 0; round < 1000; round++) {
      const alphabet = 'abcd'.slice(0, 2 + Math.floor(next() * 3)) + (next() < 0.3 ? 'é🚋' : '');
      const pick = (): string => alphabet[Math.floor(next() * alphabet.length)] ?? 'a';
      const pattern = Array.from({ length: 1 + Math.floor(next() * 140) }, pick).join('');
      const text = Array.from({ length: Math.floor(next() * 300) }, pick).join('');
      const maxErrors = Math.floor(next() * (pattern.length + 1));
      for (const pinned of [false, true]) {
        assert.deepEqual(matchEnds(text, pattern, maxErrors, pinned), referenceEnds(text, pattern, maxErrors, pinned), JSON.stringify({ pattern, text, maxErrors, pinned }));
      }
    }
  });

  it('finds the start of each match', () => {
    const text = "Le conseil a voté jeudi une enveloppe de 412 millions d'euros pour prolonger la ligne.";
    const [best] = approximateMatches(text, 'une envelope de 421 millions', 10);
    assert.deepEqual(best, { start: 24, end: 53, errors: 3 });
    assert.equal(text.slice(24, 53), 'une enveloppe de 412 millions');
    assert.deepEqual(approximateMatches(text, 'zzzzzzzzzz', 2), []);
  });

  it('scores context on the right side of the quote', () => {
    assert.equal(distanceToSuffix('xxxx hello', 'hello'), 0);
    assert.equal(distanceToSuffix('hello xxxx', 'hello'), 5);
    assert.equal(distanceToPrefix('hello xxxx', 'hello'), 0);
    assert.equal(distanceToPrefix('xxxx hello', 'hallo'), 5);
    assert.equal(levenshtein('kitten', 'sitting'), 3);
  });
});
