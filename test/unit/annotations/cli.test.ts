import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { AnnotationStore, createAnnotation, STORE_RELATIVE_PATH, urlReference } from '../../../server/src/annotations/store';
import { runAnnotationsCommand } from '../../../server/src/cli/annotations';
import { ARTICLE_A } from './articles';

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function run(args: readonly string[], cwd: string): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runAnnotationsCommand(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    cwd,
  });
  return { code, stdout, stderr };
}

describe('recoupe annotations', () => {
  let root: string;
  const ids: Record<string, string> = {};

  before(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'recoupe-annotations-cli-'));
    mkdirSync(path.join(root, 'articles'));
    const file = 'articles/tram.txt';
    const span = (quote: string): { start: number; end: number } => {
      const start = ARTICLE_A.indexOf(quote);
      return { start, end: start + quote.length };
    };
    let minute = 0;
    const now = (): Date => new Date(Date.UTC(2025, 5, 12, 9, minute++));
    const annotations = [
      createAnnotation({ file, text: ARTICLE_A, span: span('par 98 voix contre 31'), verdict: 'verified', note: 'Minutes, p. 4: "98 pour, 31 contre".', creator: 'alice', now: now() }),
      createAnnotation({
        file,
        text: ARTICLE_A,
        span: span("une enveloppe de 412 millions d'euros"),
        verdict: { kind: 'cite', reference: urlReference('https://example.org/deliberation-2025-112') },
        note: 'Deliberation 2025-112',
        creator: 'alice',
        now: now(),
      }),
      createAnnotation({ file, text: ARTICLE_A, span: span("Le premier tronçon pourrait ouvrir dès la fin de l'année 2028."), verdict: 'disputed', note: 'No date in the minutes.', creator: 'bob', now: now() }),
      createAnnotation({ file, text: ARTICLE_A, span: null, verdict: { kind: 'ignore-code-in-file', code: 'conflict' }, note: 'Opinion piece', creator: 'bob', now: now() }),
      createAnnotation({ file: 'articles/gone.txt', text: 'Texte disparu.', span: { start: 0, end: 5 }, verdict: 'reviewed', creator: 'bob', now: now() }),
    ];
    for (const [index, annotation] of annotations.entries()) ids[['votes', 'cite', 'opening', 'ignore', 'gone'][index] ?? ''] = annotation.id;
    const store = new AnnotationStore(root);
    await store.add(...annotations);
    await store.delete(annotations[1]?.id ?? '');
    await store.add(
      createAnnotation({
        file,
        text: ARTICLE_A,
        span: span("une enveloppe de 412 millions d'euros"),
        verdict: { kind: 'cite', reference: urlReference('https://example.org/deliberation-2025-112') },
        note: 'Deliberation 2025-112, "annexe 3", p. 2',
        creator: 'alice',
        now: now(),
      }),
    );
    // The article was edited since: a paragraph inserted before, the disputed sentence deleted.
    writeFileSync(
      path.join(root, file),
      ARTICLE_A.replace('\n\nLe conseil', '\n\nMise à jour vendredi.\n\nLe conseil').replace(" Le premier tronçon pourrait ouvrir dès la fin de l'année 2028.", ''),
    );
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('lists every live annotation with its current place and status', async () => {
    const result = await run(['list', '--root', root], '/');
    assert.equal(result.code, 0, result.stderr);
    const lines = result.stdout.split('\n');
    assert.match(lines[0] ?? '', /^LOCATION\s+STATUS\s+KIND\s+NOTE$/);
    assert.match(result.stdout, /articles\/tram\.txt:5:47\s+moved\s+verified\s+Minutes, p\. 4: "98 pour, 31 contre"\./);
    assert.match(result.stdout, /articles\/tram\.txt\s+orphan\s+disputed\s+No date in the minutes\./);
    assert.match(result.stdout, /articles\/tram\.txt\s+file\s+ignore-code-in-file \(conflict\)\s+Opinion piece/);
    assert.match(result.stdout, /articles\/gone\.txt\s+missing\s+reviewed/);
    assert.match(result.stdout, /articles\/tram\.txt:5:\d+\s+moved\s+cite \(https:\/\/example\.org\/deliberation-2025-112\)/);
    assert.equal(result.stdout.match(/deliberation-2025-112/g)?.length, 1, 'the deleted annotation is not listed');
    assert.match(result.stdout, /5 annotations: 2 moved, 1 orphan, 1 file, 1 missing\n$/);
  });

  it('runs from the workspace folder by default and accepts a leading "annotations"', async () => {
    const result = await run(['annotations', 'list'], root);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /5 annotations/);
  });

  it('exports a W3C AnnotationCollection as JSON-LD', async () => {
    const result = await run(['export', '--root', root], '/');
    assert.equal(result.code, 0, result.stderr);
    const collection = JSON.parse(result.stdout) as {
      '@context': unknown[];
      type: string;
      total: number;
      first: { type: string; items: Record<string, unknown>[] };
    };
    assert.equal(collection['@context'][0], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(collection.type, 'AnnotationCollection');
    assert.equal(collection.total, 5);
    assert.equal(collection.first.type, 'AnnotationPage');
    const [first] = collection.first.items;
    assert.equal(first?.id, ids.votes);
    assert.equal(first?.type, 'Annotation');
    assert.equal(first?.motivation, 'assessing');
    assert.equal(first?.schemaVersion, undefined);
    assert.deepEqual(Object.keys(first ?? {}), ['id', 'type', 'motivation', 'created', 'modified', 'creator', 'body', 'target']);
    assert.ok(collection.first.items.every((item) => item.deleted === undefined));
  });

  it('exports CSV with a header, quoting commas, quotes and line breaks', async () => {
    const result = await run(['export', '--format', 'csv', '--root', root], '/');
    assert.equal(result.code, 0, result.stderr);
    const rows = result.stdout.split('\r\n');
    assert.equal(rows[0], 'id,file,line,column,start,end,status,kind,detail,exact,note,creator,created,modified');
    assert.equal(rows.length, 1 + 5 + 1);
    assert.ok(rows[1]?.startsWith(`${ids.votes},articles/tram.txt,5,47,`));
    assert.match(rows[1] ?? '', /,moved,verified,,par 98 voix contre 31,"Minutes, p\. 4: ""98 pour, 31 contre""\.",alice,/);
    assert.match(result.stdout, /,orphan,disputed,,/);
    assert.match(result.stdout, /"Deliberation 2025-112, ""annexe 3"", p\. 2"/);
  });

  it('exits 2 with the file and line of a corrupt store, leaving it untouched', async () => {
    const broken = mkdtempSync(path.join(tmpdir(), 'recoupe-annotations-broken-'));
    try {
      mkdirSync(path.join(broken, '.recoupe'));
      const good = readFileSync(path.join(root, STORE_RELATIVE_PATH), 'utf8').split('\n');
      const content = [good[0], good[1], '{"schemaVersion":1,"id":', good[2], ''].join('\n');
      writeFileSync(path.join(broken, STORE_RELATIVE_PATH), content);
      for (const args of [['list'], ['export'], ['export', '--format', 'csv']]) {
        const result = await run([...args, '--root', broken], '/');
        assert.equal(result.code, 2);
        assert.equal(result.stdout, '');
        assert.ok(result.stderr.includes(`${path.join(broken, STORE_RELATIVE_PATH)}:3: not valid JSON`), result.stderr);
      }
      assert.equal(readFileSync(path.join(broken, STORE_RELATIVE_PATH), 'utf8'), content);
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });

  it('prints "No annotations" for a workspace without a store, usage on bad arguments', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'recoupe-annotations-empty-'));
    try {
      const list = await run(['list'], empty);
      assert.equal(list.code, 0);
      assert.match(list.stdout, /^No annotations/);
      const exported = await run(['export'], empty);
      assert.equal((JSON.parse(exported.stdout) as { total: number }).total, 0);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
    for (const args of [[], ['frobnicate'], ['export', '--format', 'xml'], ['list', '--format', 'csv'], ['list', '--bogus'], ['list', 'extra']]) {
      const result = await run(args, root);
      assert.equal(result.code, 2, args.join(' '));
      assert.match(result.stderr, /Usage:/);
    }
    assert.equal((await run(['list', '--root', path.join(root, 'nope')], '/')).code, 2);
    const help = await run(['--help'], root);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /recoupe annotations list/);
  });
});
