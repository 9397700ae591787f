import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { regeneratedManifest } from '../../server/src/settings/manifest';
import { parseSettings } from '../../server/src/settings/parse';
import { defaultSettings } from '../../server/src/settings/schema';
import { repoRoot } from '../support/paths';

describe('settings', () => {
  it('gives complete defaults for empty input', () => {
    assert.deepEqual(parseSettings(undefined), { value: defaultSettings, problems: [] });
    assert.deepEqual(defaultSettings.corpus.include, ['**/*.txt', '**/*.md']);
  });

  const invalid: { input: unknown; key: string; message: RegExp }[] = [
    { input: { language: 'de' }, key: 'language', message: /expected one of "auto"\|"fr"\|"en"/ },
    { input: { corpus: { include: 'a/*.txt' } }, key: 'corpus.include', message: /expected array/ },
    { input: { corpus: { include: ['ok', 3] } }, key: 'corpus.include[1]', message: /expected string/ },
    { input: { documents: { 'a.txt': { date: 'juin' } } }, key: 'documents.a.txt.date', message: /a date like 2025-06-13/ },
  ];
  for (const { input, key, message } of invalid) {
    it(`names "${key}" and falls back to its default alone`, () => {
      const parsed = parseSettings(input);
      assert.equal(parsed.problems[0]?.key, key);
      assert.match(parsed.problems[0]?.message ?? '', message);
      assert.deepEqual(parsed.value.corpus.include, defaultSettings.corpus.include);
    });
  }

  it('keeps the valid settings next to an invalid one', () => {
    const parsed = parseSettings({ language: 'klingon', diagnostics: { enabled: false } });
    assert.equal(parsed.value.language, 'auto');
    assert.equal(parsed.value.diagnostics.enabled, false);
  });

  it('package.json contributes.configuration is generated from the schema (run `npm run generate` when this fails)', () => {
    const current = readFileSync(path.join(repoRoot, 'package.json'), 'utf8');
    assert.equal(current, regeneratedManifest(current));
  });

  it('every %key% of package.json exists in both NLS files', () => {
    const manifest = readFileSync(path.join(repoRoot, 'package.json'), 'utf8');
    const keys = [...manifest.matchAll(/"%([\w.]+)%"/g)].map((match) => match[1] ?? '');
    assert.ok(keys.length > 10);
    for (const file of ['package.nls.json', 'package.nls.fr.json']) {
      const nls = JSON.parse(readFileSync(path.join(repoRoot, file), 'utf8')) as Record<string, string>;
      for (const key of keys) assert.ok(nls[key], `${file} lacks ${key}`);
    }
  });
});
