/**
 * Unnamed figures adopted by a named claim of the same value (claimIndex.ts, readopt): the result must not depend
 * on the order documents arrive in, and an edit that removes the named value must release what it adopted.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createEngine } from '../../../server/src/engine';
import { claimSnapshot as snapshot, input } from './support';

const docs: Record<string, string> = {
  'a.txt': "Publié le 4 décembre 2026\n\nLe tramway de Sarvelle coûtera 612 millions d'euros, selon la métropole.\n",
  'b.txt': 'Published December 4, 2026\n\nWork on the line starts in March: 612 million euros over four years.\n',
  'c.txt': "Publié le 5 décembre 2026\n\nLes travaux, 612 millions d'euros sur quatre ans, commencent en mars.\n",
};

test('adoption gives the same claims whatever order the documents arrive in', () => {
  const together = createEngine({ displayName: (doc) => doc });
  together.updateMany(Object.entries(docs).map(([doc, text]) => input(doc, text)));
  const expected = snapshot(together);
  assert.deepEqual(expected.length, 3, 'the two unnamed amounts join the named cost');
  for (const order of [['a.txt', 'b.txt', 'c.txt'], ['c.txt', 'b.txt', 'a.txt'], ['b.txt', 'a.txt', 'c.txt']]) {
    const engine = createEngine({ displayName: (doc) => doc });
    for (const doc of order) engine.update(doc, docs[doc] ?? '', 0, { language: null, date: null });
    assert.deepEqual(snapshot(engine), expected, order.join(' '));
  }
});

test('removing the named value releases the adopted figures, and restoring it adopts them again', () => {
  const engine = createEngine({ displayName: (doc) => doc });
  engine.updateMany(Object.entries(docs).map(([doc, text]) => input(doc, text)));
  const before = snapshot(engine);
  engine.update('a.txt', "Publié le 4 décembre 2026\n\nLe tramway de Sarvelle coûtera 700 millions d'euros, selon la métropole.\n", 1, { language: null, date: null });
  const released = snapshot(engine);
  assert.ok(!released.some((line) => line.includes('612') && line.includes('a.txt,')), released.join('\n'));
  assert.ok(released.some((line) => line.startsWith('b.txt') && line.includes('[b.txt,c.txt]')), 'the unnamed amounts still tie to each other');
  engine.update('a.txt', docs['a.txt'] ?? '', 2, { language: null, date: null });
  assert.deepEqual(snapshot(engine), before);
  engine.remove('a.txt');
  assert.ok(!snapshot(engine).some((line) => line.includes('a.txt')));
});
