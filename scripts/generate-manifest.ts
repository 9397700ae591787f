/**
 * `npm run generate`: rewrites package.json's `contributes.configuration`
 * from the settings schema. test/unit/settings.test.ts fails when it is stale.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { regeneratedManifest } from '../server/src/settings/manifest';

const file = path.resolve(__dirname, '..', '..', 'package.json');
const next = regeneratedManifest(readFileSync(file, 'utf8'));
writeFileSync(`${file}.tmp`, next);
renameSync(`${file}.tmp`, file);
process.stdout.write(`updated ${file}\n`);
