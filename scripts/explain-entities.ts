/**
 * Developer tool: why each name of a golden corpus (or of a sentence) gets its type.
 * Prints every mention with its local type, confidence, cues and scores, and what the registry resolves it to.
 * Usage: `node out/scripts/explain-entities.js DOC-SUBSTRING` (golden rows whose `doc` contains it, one registry
 * per doc), or `node out/scripts/explain-entities.js --text "Une phrase." [fr|en]`.
 * Precision and recall per type and round: `ENTITY_ERRORS=1 node --test out/test/unit/entities/golden.test.js`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { EntityRegistry, recogniseEntities } from '../server/src/engine/entities';
import { paragraphSpans, sentenceSpans } from '../server/src/engine/text/segment';
import type { Lang } from '../server/src/engine/types';

interface Row {
  readonly text: string;
  readonly lang: Lang;
  readonly doc?: string;
}

function paragraphsOf(text: string, lang: Lang): { span: { start: number; end: number }; language: Lang; sentences: { start: number; end: number }[] }[] {
  return paragraphSpans(text).map((span) => ({ span, language: lang, sentences: sentenceSpans(text, span, lang) }));
}

function explain(group: string, rows: readonly Row[]): void {
  const registry = new EntityRegistry();
  const docs = rows.map((row, n) => {
    const entities = recogniseEntities(row.text, paragraphsOf(row.text, row.lang));
    registry.update(`${group}/${n}`, entities);
    return { row, entities, id: `${group}/${n}` };
  });
  console.log(`== ${group}`);
  for (const { row, entities, id } of docs) {
    console.log(`  ${row.text}`);
    entities.mentions.forEach((m, i) => {
      const e = registry.resolve(id, i);
      const scores = Object.entries(m.scores)
        .filter(([, v]) => v !== 0)
        .map(([k, v]) => `${k}=${v}`)
        .join(' ');
      console.log(`    «${m.text}» ${m.type}/${m.confidence} [${m.cues.join(',')}] {${scores}} → ${e ? `${e.type} «${e.name}»` : '∅'}`);
    });
  }
}

const args = process.argv.slice(2);
if (args[0] === '--text') {
  explain('text', [{ text: args[1] ?? '', lang: (args[2] as Lang | undefined) ?? 'fr' }]);
} else if (args[0]) {
  const folder = path.join(process.cwd(), 'test', 'fixtures', 'entities');
  const groups = new Map<string, Row[]>();
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.jsonl')).sort()) {
    readFileSync(path.join(folder, file), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .forEach((line, n) => {
        const row = JSON.parse(line) as Row;
        const group = row.doc ?? `${file}#${n}`;
        if (group.includes(args[0]!)) groups.set(group, [...(groups.get(group) ?? []), row]);
      });
  }
  for (const [group, rows] of groups) explain(group, rows);
} else {
  console.error('usage: explain-entities DOC-SUBSTRING | --text "…" [fr|en]');
  process.exit(2);
}
