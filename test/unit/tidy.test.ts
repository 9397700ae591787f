import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { messageKeys } from '../../server/src/engine/i18n';
import { TOKEN_MODIFIERS, TOKEN_TYPES } from '../../server/src/engine/views/tokens';
import { repoRoot } from '../support/paths';

function sourcesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe('architecture invariants', () => {
  it('the engine imports no IO, protocol, editor or validation module', () => {
    const forbidden = /from ['"](?:vscode[^'"]*|node:fs|node:path|fs|path|zod|\.\.\/(?:\.\.\/)*(?:lsp|cli|io|settings)\/?[^'"]*)['"]/;
    const offenders = sourcesUnder(path.join(repoRoot, 'server/src/engine')).filter((file) => forbidden.test(readFileSync(file, 'utf8')));
    assert.deepEqual(offenders, []);
  });

  it('only server/src/lsp imports vscode-languageserver', () => {
    const offenders = sourcesUnder(path.join(repoRoot, 'server/src'))
      .filter((file) => !file.includes(`${path.sep}lsp${path.sep}`) && !file.endsWith('main.ts'))
      .filter((file) => /from ['"]vscode-languageserver/.test(readFileSync(file, 'utf8')));
    assert.deepEqual(offenders, []);
  });

  it('French and English UI messages have the same keys', () => {
    assert.deepEqual(messageKeys('fr'), messageKeys('en'));
  });

  it('package.json declares the semantic token types and modifiers of the legend, with fallback scopes', () => {
    const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
      contributes: {
        semanticTokenTypes: { id: string }[];
        semanticTokenModifiers: { id: string }[];
        semanticTokenScopes: { scopes: Record<string, string[]> }[];
      };
    };
    assert.deepEqual(manifest.contributes.semanticTokenTypes.map((type) => type.id), [...TOKEN_TYPES]);
    assert.deepEqual(manifest.contributes.semanticTokenModifiers.map((modifier) => modifier.id), [...TOKEN_MODIFIERS]);
    for (const type of TOKEN_TYPES) assert.ok(manifest.contributes.semanticTokenScopes[0]?.scopes[type]?.length, `no fallback scope for ${type}`);
  });
});
