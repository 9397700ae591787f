/**
 * Regenerates package.json's `contributes.configuration.properties` from the
 * settings schema. Run by `npm run generate`; test/unit/manifest.test.ts fails
 * when package.json is stale.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { configurationProperties } from '../server/src/settings/contribution';

export function manifestPath(): string {
  return path.resolve(__dirname, '..', '..', 'package.json');
}

export function regenerated(current: string): string {
  const manifest = JSON.parse(current) as { contributes: { configuration: { properties: unknown } } };
  manifest.contributes.configuration.properties = configurationProperties();
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

if (require.main === module) {
  const file = manifestPath();
  const next = regenerated(readFileSync(file, 'utf8'));
  writeFileSync(`${file}.tmp`, next);
  renameSync(`${file}.tmp`, file);
  process.stdout.write(`updated ${file}\n`);
}
