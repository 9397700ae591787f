/** Trigger matching of the claim attribute table, on sentences of our own. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AttributeTable } from '../../../server/src/engine/claims';

const table = new AttributeTable();

function attributeOf(sentence: string, figure: string, lang: 'fr' | 'en'): string | null {
  const lower = sentence.toLowerCase();
  const start = lower.indexOf(figure.toLowerCase());
  assert.ok(start >= 0, `${figure} in ${sentence}`);
  return table.attributeFor(lower, start, start + figure.length, 'percent', lang);
}

test('a trigger inside a hyphenated word is no trigger: the "up" of "start-up"', () => {
  assert.equal(attributeOf('Orvane to pay $14.3 billion for 49% of French AI start-up Kelvo.', '49%', 'en'), null);
  assert.equal(attributeOf('Shares in Kelvo were up 4% on Friday.', '4%', 'en'), 'growth');
});
