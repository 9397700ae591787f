/**
 * Values of several orders of magnitude tied by one actor (claimIndex.ts splitOutliers): each side of the median is
 * split again, so a household's yearly bill and a city's works programme, both far above a price per cubic metre,
 * do not end in one claim that reports them as a conflict.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { createEngine } from '../../../server/src/engine';
import { repoRoot } from '../../support/paths';
import { input } from './support';

const story = path.join(repoRoot, 'test/fixtures/claims-heldout-r30/castelmont-prix-eau');

test('a yearly bill and a works programme under one actor are two facts, not one in conflict', () => {
  const engine = createEngine({ displayName: (doc) => doc });
  engine.updateMany(readdirSync(story).filter((name) => name.endsWith('.txt')).sort().map((doc) => input(doc, readFileSync(path.join(story, doc), 'utf8'))));
  const textsOf = (doc: string, index: number): string => engine.analysis(doc)?.figures[index]?.text ?? '';
  for (const summary of engine.claimSummaries('en')) {
    const texts = summary.mentions.map((mention) => textsOf(mention.doc, mention.figureIndex));
    assert.ok(!(texts.includes('quelque 540 euros') && texts.includes('€210 million')), `${summary.id}: ${texts.join(' | ')}`);
  }
});
