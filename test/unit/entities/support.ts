/** Helpers shared by the entity tests: fixtures, seeds, and a document's paragraphs as the engine cuts them. */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import * as path from 'node:path';
import { recogniseEntities, type DocumentEntities } from '../../../server/src/engine/entities';
import { paragraphSpans, sentenceSpans } from '../../../server/src/engine/text/segment';
import type { Lang, Paragraph } from '../../../server/src/engine/types';

/** Tests run bundled from out/test/unit/entities: walk up to the folder that holds package.json. */
export const repoRoot = ((): string => {
  let folder = __dirname;
  while (!existsSync(path.join(folder, 'package.json'))) {
    const parent = path.dirname(folder);
    if (parent === folder) return process.cwd();
    folder = parent;
  }
  return folder;
})();

export const fixturesDir = path.join(repoRoot, 'test', 'fixtures', 'entities');
export const seedsDir = path.resolve(repoRoot, '..', 'shared', 'seeds');

export function paragraphsOf(text: string, lang: Lang = 'fr'): Paragraph[] {
  return paragraphSpans(text).map((span) => ({ span, language: lang, sentences: sentenceSpans(text, span, lang) }));
}

/** One document's entities, its paragraphs cut as the engine cuts them. */
export function run(text: string, lang: Lang = 'fr'): DocumentEntities {
  return recogniseEntities(text, paragraphsOf(text, lang));
}

/** Strong mentions as "text/type", in order. */
export function strong(text: string, lang: Lang = 'fr'): string[] {
  return run(text, lang)
    .mentions.filter((m) => m.confidence === 'strong')
    .map((m) => `${m.text}/${m.type}`);
}

/** A table of sentences and the strong mentions each must give, as one `describe`; a row's language overrides `lang`. */
export function strongCases(title: string, list: readonly (readonly [string, readonly string[], Lang?])[], lang: Lang = 'fr'): void {
  describe(title, () => {
    for (const [text, expected, own] of list) it(text.split('\n')[0]!, () => assert.deepEqual(strong(text, own ?? lang), expected));
  });
}

export interface GoldenExpect {
  readonly text: string;
  readonly type: string;
  readonly canonical?: string;
  readonly boilerplate?: boolean;
}

export interface GoldenRow {
  readonly text: string;
  readonly lang: Lang;
  readonly expect: readonly GoldenExpect[];
  /** Lines sharing a `doc` value are separate documents of one corpus (one registry). */
  readonly doc?: string;
  /** Mentions that must be found but stay unresolved (ambiguous short forms). */
  readonly unresolved?: readonly string[];
  /** Batch of lines written after a round of tuning ("r1" … "r5"): see FIRST_MEASURES in golden.test.ts. */
  readonly heldout?: string;
}

export function loadGolden(name: string): GoldenRow[] {
  return readFileSync(path.join(fixturesDir, name), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as GoldenRow);
}
