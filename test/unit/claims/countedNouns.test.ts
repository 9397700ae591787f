/**
 * Counts named only by their noun (countedNouns.ts, claimIndex.ts renoun): the noun pass must give the same claims
 * whatever order documents arrive in, and an edit must undo what it joined.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createEngine } from '../../../server/src/engine';
import { claimSnapshot as snapshot, input } from './support';
import { countedNounAfter } from '../../../server/src/engine/claims/countedNouns';

const docs: Record<string, string> = {
  'a.txt': 'Publié le 3 novembre 2026\n\nÀ Saint-Nazaire, 38 navires patientent au large depuis le début du blocage.\n',
  'b.txt': 'Published November 3, 2026\n\nOff Saint-Nazaire, 38 vessels have been waiting at anchor since the blockade began.\n',
  'c.txt': 'Publié le 4 novembre 2026\n\nAu large de Saint-Nazaire, 53 navires attendent toujours de pouvoir accoster.\n',
};

test('the noun a count is named by, in French and English', () => {
  const cases: [string, 'fr' | 'en', string | null][] = [
    [' navires attendent', 'fr', 'count-of-ships'],
    [' container ships waited', 'en', 'count-of-ships'],
    [' administrative jobs', 'en', null],
    [' striking dockworkers', 'en', 'count-of-workers'],
    [' ménages en attente', 'fr', 'count-of-homes'],
    [' households', 'en', 'count-of-homes'],
    [' abstentions.', 'fr', 'count-of-abstentions'],
    [' personnes', 'fr', null],
    [' people were evacuated', 'en', null],
    [' of the ships', 'en', null],
    [' naviresque', 'fr', null],
    [' bids are taking shape', 'en', 'count-of-bidders'],
    [' candidats à la reprise', 'fr', 'count-of-bidders'],
    [' recrues cet été', 'fr', 'count-of-signings'],
    [' lots distributed', 'en', 'count-of-lots'],
    [' quartiers', 'fr', null],
  ];
  for (const [after, lang, expected] of cases) assert.equal(countedNounAfter(after, lang), expected, after);
});

test('noun claims are the same whatever order the documents arrive in', () => {
  const together = createEngine({ displayName: (doc) => doc });
  together.updateMany(Object.entries(docs).map(([doc, text]) => input(doc, text)));
  const expected = snapshot(together);
  assert.equal(expected.length, 3, expected.join('\n'));
  assert.ok(expected.every((line) => line.includes('count-of-ships') && line.endsWith('[a.txt,b.txt,c.txt]')), expected.join('\n'));
  for (const order of [['c.txt', 'b.txt', 'a.txt'], ['b.txt', 'c.txt', 'a.txt'], ['c.txt', 'a.txt', 'b.txt']]) {
    const engine = createEngine({ displayName: (doc) => doc });
    for (const doc of order) engine.update(doc, docs[doc] ?? '', 0, { language: null, date: null });
    assert.deepEqual(snapshot(engine), expected, order.join(' '));
  }
});

test('an edit that makes the odd source state the shared value elsewhere undoes the join, and restoring it joins again', () => {
  const engine = createEngine({ displayName: (doc) => doc });
  engine.updateMany(Object.entries(docs).map(([doc, text]) => input(doc, text)));
  const before = snapshot(engine);
  engine.update('c.txt', 'Publié le 4 novembre 2026\n\nAu large de Saint-Nazaire, 53 navires attendent, dont 38 porte-conteneurs.\n', 1, { language: null, date: null });
  const after = snapshot(engine);
  assert.ok(!after.some((line) => line.includes('53') && line.includes('a.txt')), after.join('\n'));
  engine.update('c.txt', docs['c.txt'] ?? '', 2, { language: null, date: null });
  assert.deepEqual(snapshot(engine), before);
  engine.remove('a.txt');
  assert.ok(!snapshot(engine).some((line) => line.includes('a.txt')));
});
