/**
 * Within one article, two values of one tied fact are a contradiction only when both sentences name both parties
 * (checks/claims.ts contradicts); across articles any disagreement is.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contradicts } from '../../../server/src/engine/checks/claims';
import { DEFAULT_CURRENCY_OPTIONS, type Claim, type IndexedCandidate } from '../../../server/src/engine/claims';
import type { Figure } from '../../../server/src/engine/types';

function percent(value: number, start: number): Figure {
  return {
    span: { start, end: start + 3 },
    text: `${value}%`,
    kind: 'percent',
    value,
    low: value - 0.5,
    high: value + 0.5,
    lowInclusive: true,
    highInclusive: false,
    unit: '%',
    qualifier: 'exact',
    unitInferred: false,
    reported: false,
    date: null,
    restates: null,
  };
}

function member(doc: string, value: number, sentenceStart: number, actors: string[]): IndexedCandidate {
  return { doc, figureIndex: sentenceStart, figure: percent(value, sentenceStart + 10), attribute: 'stake', actors, period: null, attribution: null, sentence: { start: sentenceStart, end: sentenceStart + 50 } };
}

function claimOf(members: IndexedCandidate[], subject: string | null, object: string | null): Claim {
  return { id: 'stake:test', attribute: 'stake', kind: 'percent', unit: '%', period: null, subject, object, members };
}

test('two values in two sentences of one article naming one party are two facts, not a contradiction', () => {
  const a = member('a.txt', 55, 0, ['org:norvia']);
  const b = member('a.txt', 12, 100, ['org:norvia']);
  assert.equal(contradicts(claimOf([a, b], 'org:norvia', null), a, b, DEFAULT_CURRENCY_OPTIONS), false);
});

test('two values in one article whose sentences both name both parties contradict each other', () => {
  const a = member('a.txt', 49, 0, ['org:meta', 'org:scale-ai']);
  const b = member('a.txt', 40, 100, ['org:meta', 'org:scale-ai']);
  assert.equal(contradicts(claimOf([a, b], 'org:meta', 'org:scale-ai'), a, b, DEFAULT_CURRENCY_OPTIONS), true);
});

test('two values from two articles contradict each other, and two figures of one sentence never do', () => {
  const a = member('a.txt', 55, 0, ['org:norvia']);
  const b = member('b.txt', 12, 0, ['org:norvia']);
  assert.equal(contradicts(claimOf([a, b], 'org:norvia', null), a, b, DEFAULT_CURRENCY_OPTIONS), true);
  const c = member('a.txt', 12, 0, ['org:meta', 'org:scale-ai']);
  assert.equal(contradicts(claimOf([a, c], 'org:meta', 'org:scale-ai'), a, c, DEFAULT_CURRENCY_OPTIONS), false);
});
