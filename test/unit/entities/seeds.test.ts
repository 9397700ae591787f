/**
 * The real seed articles (../shared/seeds next to the repository), when present: a few hand-checked
 * facts about the entities of the five French articles, through one registry as the editor would see them.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { EntityRegistry, recogniseEntities, type DocumentEntities } from '../../../server/src/engine/entities';
import { paragraphsOf, seedsDir } from './support';

test('seed articles: people, organisations, short forms, furniture and former names', (t) => {
  if (!existsSync(seedsDir)) {
    t.skip('no ../shared/seeds beside the repository');
    return;
  }
  const registry = new EntityRegistry();
  const docs = new Map<string, { text: string; entities: DocumentEntities }>();
  for (const name of readdirSync(seedsDir).filter((n) => n.endsWith('.txt')).sort()) {
    const text = readFileSync(path.join(seedsDir, name), 'utf8');
    const entities = recogniseEntities(text, paragraphsOf(text));
    docs.set(name, { text, entities });
    registry.update(name, entities);
  }
  assert.equal(docs.size, 5);
  const resolvedTexts = (written: string): (string | null)[] => {
    const out: (string | null)[] = [];
    for (const [doc, { entities }] of docs) {
      entities.mentions.forEach((m, i) => {
        if (m.text === written) out.push(registry.resolve(doc, i)?.id ?? null);
      });
    }
    return out;
  };
  assert.equal(registry.entity('person:mark-zuckerberg')?.type, 'person');
  assert.equal(registry.entity('org:scale-ai')?.type, 'organization');
  assert.equal(registry.entity('person:alexandr-wang')?.type, 'person');
  const zuckerberg = resolvedTexts('Zuckerberg');
  assert.ok(zuckerberg.length >= 2 && zuckerberg.every((id) => id === 'person:mark-zuckerberg'), JSON.stringify(zuckerberg));
  assert.ok(resolvedTexts('Wang').every((id) => id === 'person:alexandr-wang'));
  for (const furniture of ['Vidéo', 'Podcast', 'Conclusion', 'Rapidement', 'Brillant', 'Selon', 'Désormais', 'IA']) {
    assert.ok(resolvedTexts(furniture).every((id) => id === null), furniture);
  }
  const meta = registry.entity('org:meta')!;
  assert.deepEqual(meta.aliases.find((a) => a.name === 'Facebook')?.relation, 'former-name');
  assert.ok(resolvedTexts('Meta Platforms').every((id) => id === 'org:meta'));
  assert.ok(resolvedTexts('Open AI').every((id) => id === 'org:openai'));
  assert.ok(resolvedTexts('SSI').every((id) => id === 'org:safe-superintelligence'));
  assert.notEqual(registry.entity('product:llama-4'), null);
  assert.notEqual(registry.entity('product:llama-3'), null);
  assert.notEqual(registry.entity('person:daniel-gross'), null);
  assert.notEqual(registry.entity('person:daniel-levy'), null);
  // The teasers after "Partager cet article" are boilerplate, with the names they hold.
  const last = [...docs.values()].find(({ text }) => text.includes('Partager cet article'))!;
  assert.ok(last.entities.boilerplate.length >= 2);
  const teaserNames = last.entities.mentions.filter((m) => m.boilerplate).map((m) => m.text);
  assert.ok(teaserNames.length > 5 && !teaserNames.includes('Mark Zuckerberg'));
});
