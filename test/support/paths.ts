import { existsSync } from 'node:fs';
import * as path from 'node:path';

/** Tests run bundled from out/test/<level>/; the repository root is found by walking up to package.json. */
export const repoRoot = ((): string => {
  let folder = __dirname;
  while (!existsSync(path.join(folder, 'package.json'))) {
    const parent = path.dirname(folder);
    if (parent === folder) throw new Error('package.json not found above the tests');
    folder = parent;
  }
  return folder;
})();

export const serverBundle = path.join(repoRoot, 'dist', 'server.js');
export const cliBundle = path.join(repoRoot, 'dist', 'cli.js');
export const samplesFolder = path.join(repoRoot, 'samples');
/** The real seed articles live beside the repository; tests that read them skip when it is absent. */
export const seedsFolder = path.resolve(repoRoot, '..', 'shared', 'seeds');
export const haveSeeds = existsSync(seedsFolder);
