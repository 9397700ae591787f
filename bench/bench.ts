/**
 * `npm run bench`: throughput of each stage of the pipeline on a synthetic
 * corpus of at least 50 MB built from the bundled samples (numbers varied so
 * nothing is trivially cached). Single-threaded; MB = 10^6 UTF-16 code units.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { createEngine } from '../server/src/engine';
import { analyseDocument } from '../server/src/engine/analyse';
import { AttributeTable } from '../server/src/engine/claims';
import { extractFigures } from '../server/src/engine/figures';
import { detectLanguage } from '../server/src/engine/text/language';
import { recogniseEntities } from '../server/src/engine/entities';
import { paragraphSpans, sentenceSpans } from '../server/src/engine/text/segment';
import { repoRoot } from '../test/support/paths';

const TARGET_BYTES = Number(process.env.RECOUPE_BENCH_MB ?? 50) * 1e6;

function corpus(): string[] {
  const folder = path.join(repoRoot, 'samples');
  const samples = readdirSync(folder)
    .filter((name) => /\.(txt|md)$/.test(name) && name !== 'README.md')
    .map((name) => readFileSync(path.join(folder, name), 'utf8'));
  const articles: string[] = [];
  let size = 0;
  for (let round = 0; size < TARGET_BYTES; round++) {
    for (const sample of samples) {
      const varied = sample.replace(/\d+/g, (digits) => String((Number(digits) + round) % 10 ** digits.length).padStart(digits.length, '1'));
      articles.push(varied);
      size += varied.length;
    }
  }
  return articles;
}

function measure(label: string, articles: readonly string[], run: (text: string) => unknown): void {
  const size = articles.reduce((sum, text) => sum + text.length, 0);
  const started = process.hrtime.bigint();
  for (const text of articles) run(text);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rate = size / 1e6 / seconds;
  process.stdout.write(`${label.padEnd(34)} ${(size / 1e6).toFixed(1).padStart(6)} MB  ${seconds.toFixed(2).padStart(7)} s  ${rate.toFixed(2).padStart(8)} MB/s  ${(articles.length / seconds).toFixed(0).padStart(8)} articles/s\n`);
}

const articles = corpus();
process.stdout.write(`corpus: ${articles.length} articles, ${(articles.reduce((sum, text) => sum + text.length, 0) / 1e6).toFixed(1)} MB\n`);
measure('paragraphs + sentences', articles, (text) => {
  for (const paragraph of paragraphSpans(text)) sentenceSpans(text, paragraph, 'fr');
});
measure('language detection (doc)', articles, (text) => detectLanguage(text));
measure('figures (whole document)', articles, (text) => extractFigures(text, { lang: 'fr', documentDate: '2025-06-20' }));
measure('entities (per document)', articles, (text) => {
  const paragraphs = paragraphSpans(text).map((span) => ({ span, language: 'fr' as const, sentences: sentenceSpans(text, span, 'fr') }));
  recogniseEntities(text, paragraphs);
});
const attributes = new AttributeTable();
measure('full document analysis', articles, (text) => analyseDocument('bench', text, 0, { language: null, date: null }, attributes));
// A workspace load: batches of 50 documents, as the server scans them, then one edit of one document.
const workspace = articles.slice(0, 5000);
const engine = createEngine({ displayName: (doc) => doc });
let loaded = 0;
let batch: { doc: string; text: string; version: number; overrides: { language: null; date: null } }[] = [];
measure(`engine load (${workspace.length} docs, batches of 50)`, workspace, (text) => {
  batch.push({ doc: `doc${loaded++}`, text, version: 0, overrides: { language: null, date: null } });
  if (batch.length === 50) {
    engine.updateMany(batch);
    batch = [];
  }
});
const edited = workspace[0] ?? '';
measure('one edit in the loaded workspace', [edited], (text) => engine.update('doc-edited', text, 1, { language: null, date: null }));
