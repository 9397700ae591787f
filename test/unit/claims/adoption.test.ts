/**
 * Unnamed figures adopted by a named claim of the same value (claimIndex.ts, readopt): the result must not depend
 * on the order documents arrive in, and an edit that removes the named value must release what it adopted.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createEngine } from '../../../server/src/engine';
import { claimSnapshot as snapshot, input, sameWhateverOrder } from './support';

const docs: Record<string, string> = {
  'a.txt': "Publié le 4 décembre 2026\n\nLe tramway de Sarvelle coûtera 612 millions d'euros, selon la métropole.\n",
  'b.txt': 'Published December 4, 2026\n\nWork on the line starts in March: 612 million euros over four years.\n',
  'c.txt': "Publié le 5 décembre 2026\n\nLes travaux, 612 millions d'euros sur quatre ans, commencent en mars.\n",
};

test('adoption gives the same claims whatever order the documents arrive in', () => {
  const { expected } = sameWhateverOrder(docs, [['a.txt', 'b.txt', 'c.txt'], ['c.txt', 'b.txt', 'a.txt'], ['b.txt', 'a.txt', 'c.txt']]);
  assert.deepEqual(expected.length, 3, 'the two unnamed amounts join the named cost');
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

/** One sum three outlets named three ways (claimIndex.ts adopterOf with several named holders). */
const renamed: Record<string, string> = {
  'a.txt': "Publié le 4 mars 2026\n\nLe syndicat des eaux de la Brenne investira 210 millions d'euros sur dix ans dans son réseau, a annoncé son président, Paul Ferrand.\n",
  'b.txt': "Publié le 4 mars 2026\n\nDans la Brenne, les dépenses d'équipement du syndicat des eaux atteindront 210 millions d'euros d'ici 2036, selon le plan adopté mardi.\n",
  'c.txt': 'Published March 5, 2026\n\nThe overhaul of the Brenne water network will cost €210 million over a decade, the water board said on Tuesday.\n',
};

test('named claims taking one value over from each other give the same claims whatever order the documents arrive in', () => {
  const { expected } = sameWhateverOrder(renamed, [['c.txt', 'b.txt', 'a.txt'], ['b.txt', 'a.txt', 'c.txt'], ['a.txt', 'c.txt', 'b.txt']]);
  assert.ok(expected.filter((line) => line.endsWith('[a.txt,b.txt,c.txt]')).length === 3, expected.join('\n'));
});

test('an article giving the value to a second fact undoes the taking over, and restoring it takes over again', () => {
  const engine = createEngine({ displayName: (doc) => doc });
  engine.updateMany(Object.entries(renamed).map(([doc, text]) => input(doc, text)));
  const before = snapshot(engine);
  engine.update('b.txt', "Publié le 4 mars 2026\n\nDans la Brenne, les dépenses d'équipement du syndicat des eaux atteindront 210 millions d'euros d'ici 2036. Le syndicat a investi 210 millions d'euros dans une usine.\n", 1, { language: null, date: null });
  const after = snapshot(engine);
  assert.ok(!after.some((line) => line.endsWith('[a.txt,b.txt,c.txt]')), after.join('\n'));
  engine.update('b.txt', renamed['b.txt'] ?? '', 2, { language: null, date: null });
  assert.deepEqual(snapshot(engine), before);
  engine.remove('c.txt');
  assert.ok(!snapshot(engine).some((line) => line.includes('c.txt')));
});

/** A shared unnamed value meeting a third source's differing value in a clause of the same words (claimIndex.ts reconcileOdd). */
const eggs: Record<string, string> = {
  'a.txt': 'Published November 20, 2025\n\nWholesale egg prices in Norfolk rose 18% in the four weeks to mid-November, according to the Poultry Market Index.\n',
  'b.txt': 'Published November 21, 2025\n\nAccording to the Poultry Market Index, wholesale egg prices in Norfolk climbed 18% over the four weeks to mid-November.\n',
  'c.txt': 'Published November 21, 2025\n\nWholesale egg prices in Norfolk jumped 27% in the four weeks to mid-November, the Poultry Market Index showed.\n',
};

test('a differing value joining a shared one is independent of document order and leaves when its source changes', () => {
  const { engine: together, expected } = sameWhateverOrder(eggs, [['c.txt', 'b.txt', 'a.txt'], ['b.txt', 'c.txt', 'a.txt']]);
  assert.ok(expected.some((line) => line.startsWith('c.txt 27% →') && line.endsWith('[a.txt,b.txt,c.txt]')), expected.join('\n'));
  together.update('c.txt', 'Published November 21, 2025\n\nThe council approved a 27% rise in parking fees on Monday.\n', 1, { language: null, date: null });
  assert.ok(!snapshot(together).some((line) => line.startsWith('c.txt')), snapshot(together).join('\n'));
});
