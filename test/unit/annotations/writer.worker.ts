/**
 * Child process for the concurrency test (not a test itself: node --test only
 * runs *.test.js). Adds COUNT annotations, one write each, to the store under
 * ROOT, then prints a JSON line with its timing.
 *
 *   node writer.worker.js ROOT CREATOR COUNT [--no-fsync]
 *
 * --no-fsync skips the fsync before each rename: it costs ~2 ms a write on
 * this kind of disk and changes nothing about what other processes see (they
 * share the page cache); the store tests keep it on.
 */
import { AnnotationStore, createAnnotation } from '../../../server/src/annotations/store';
import { ARTICLE_A } from './articles';

async function main(): Promise<void> {
  const [root, creator, countText, flag] = process.argv.slice(2);
  if (root === undefined || creator === undefined || countText === undefined) throw new Error('usage: writer.worker.js ROOT CREATOR COUNT');
  const count = Number(countText);
  const store = new AnnotationStore(root, { durable: flag !== '--no-fsync' });
  const started = performance.now();
  for (let index = 0; index < count; index++) {
    const start = (index * 7) % (ARTICLE_A.length - 40);
    await store.add(
      createAnnotation({ file: 'articles/tram.txt', text: ARTICLE_A, span: { start, end: start + 20 }, verdict: 'reviewed', note: `${creator} #${index}`, creator }),
    );
  }
  process.stdout.write(`${JSON.stringify({ creator, count, ms: Math.round(performance.now() - started) })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
