import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { repoRoot } from '../support/paths';

/** Every string the client passes to vscode.l10n.t has a French translation in the bundle. */
describe('client l10n bundle', () => {
  it('translates every vscode.l10n.t string of the client', () => {
    const bundle = JSON.parse(readFileSync(path.join(repoRoot, 'l10n', 'bundle.l10n.fr.json'), 'utf8')) as Record<string, string>;
    const folder = path.join(repoRoot, 'client', 'src');
    const used = readdirSync(folder)
      .filter((name) => name.endsWith('.ts'))
      .flatMap((name) => [...readFileSync(path.join(folder, name), 'utf8').matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)].map((match) => match[1] ?? ''));
    assert.ok(used.length > 10);
    const missing = used.filter((text) => !(text in bundle));
    assert.deepEqual(missing, []);
  });
});
