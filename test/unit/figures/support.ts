/** Helpers shared by the figures tests: locating fixtures and the seed articles. */

import * as fs from 'node:fs';
import * as path from 'node:path';

/** Repository root: compiled tests run from out/test/unit/figures, sources from test/unit/figures. */
export function repoRoot(): string {
  const candidates = [
    path.resolve(__dirname, '../../../..'),
    path.resolve(__dirname, '../../..'),
    process.cwd(),
  ];
  for (const c of candidates) {
    if (fs.existsSync(path.join(c, 'test', 'fixtures', 'figures'))) return c;
  }
  return candidates[0] ?? process.cwd();
}

export function fixturesDir(): string {
  return path.join(repoRoot(), 'test', 'fixtures', 'figures');
}

export function seedsDir(): string | null {
  const dir = path.resolve(repoRoot(), '..', 'shared', 'seeds');
  return fs.existsSync(dir) ? dir : null;
}

export function closeTo(a: number | null | undefined, b: number | null | undefined): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return (a ?? null) === (b ?? null);
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
