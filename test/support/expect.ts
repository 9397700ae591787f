import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

/**
 * Compares text with a reviewed snapshot. `UPDATE_EXPECT=1` rewrites the
 * snapshot instead (refused under CI, where a stale snapshot must fail).
 */
export function expectSnapshot(file: string, actual: string): void {
  const update = process.env.UPDATE_EXPECT === '1';
  if (update && process.env.CI === 'true') throw new Error('UPDATE_EXPECT is refused when CI=true');
  if (update || !existsSync(file)) {
    if (process.env.CI === 'true') assert.fail(`missing snapshot ${file}`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(`${file}.tmp`, actual);
    renameSync(`${file}.tmp`, file);
    return;
  }
  assert.equal(actual, readFileSync(file, 'utf8'), `snapshot ${path.basename(file)} differs; review, then UPDATE_EXPECT=1 npm test`);
}
