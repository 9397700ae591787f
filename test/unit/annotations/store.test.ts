import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { parseAnnotationsFile, serializeAnnotation } from '../../../server/src/annotations/schema';
import {
  AnnotationLockError,
  AnnotationStore,
  AnnotationStoreError,
  createAnnotation,
  STORE_RELATIVE_PATH,
  targetFor,
  textHash,
  urlReference,
  workspacePath,
} from '../../../server/src/annotations/store';
import { anchorTarget } from '../../../server/src/engine/annotations/anchor';
import type { Annotation } from '../../../server/src/engine/annotations/types';
import { ARTICLE_A } from './articles';

const folders: string[] = [];
after(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function workspace(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'recoupe-annotations-'));
  folders.push(folder);
  return folder;
}

/** A clock the test moves by hand, one second per call unless told otherwise. */
function clock(start = Date.parse('2025-06-12T09:00:00.000Z')): { now: () => Date; set: (iso: string) => void } {
  let time = start;
  return {
    now: () => new Date((time += 1000)),
    set: (iso) => {
      time = Date.parse(iso);
    },
  };
}

const FILE = 'articles/tram.txt';

function annotate(quote: string, verdict: Parameters<typeof createAnnotation>[0]['verdict'], now: Date, note = ''): Annotation {
  const start = ARTICLE_A.indexOf(quote);
  assert.ok(start >= 0, quote);
  return createAnnotation({ file: FILE, text: ARTICLE_A, span: { start, end: start + quote.length }, verdict, note, creator: 'alice', now });
}

function leftovers(root: string): string[] {
  return readdirSync(path.join(root, '.recoupe')).filter((name) => name.endsWith('.tmp') || name.includes('.lock'));
}

describe('createAnnotation', () => {
  it('builds a W3C annotation with quote, 32-unit context, position and hash', () => {
    const annotation = annotate('par 98 voix contre 31', 'verified', new Date('2025-06-12T09:00:00.000Z'), 'Vote count checked against the minutes.');
    assert.match(annotation.id, /^urn:uuid:[0-9a-f-]{36}$/);
    assert.equal(annotation.type, 'Annotation');
    assert.equal(annotation.motivation, 'assessing');
    assert.deepEqual(annotation.body, { type: 'TextualBody', purpose: 'assessing', value: 'Vote count checked against the minutes.', format: 'text/plain', kind: 'verified' });
    const [quote, position] = annotation.target.selector;
    assert.equal(quote?.type, 'TextQuoteSelector');
    if (quote?.type !== 'TextQuoteSelector' || position?.type !== 'TextPositionSelector') throw new Error('selectors');
    assert.equal(quote.exact, 'par 98 voix contre 31');
    assert.equal(quote.prefix.length, 32);
    assert.equal(quote.suffix.length, 32);
    assert.ok(ARTICLE_A.includes(quote.prefix + quote.exact + quote.suffix));
    assert.equal(ARTICLE_A.slice(position.start, position.end), quote.exact);
    assert.equal(annotation.target.hash, textHash(ARTICLE_A));
    assert.match(annotation.target.hash, /^sha256:[0-9a-f]{64}$/);
    assert.deepEqual(anchorTarget(annotation.target, ARTICLE_A), { status: 'exact', span: { start: position.start, end: position.end }, score: 1 });
  });

  it('refuses bad paths, spans and verdicts', () => {
    const base = { file: FILE, text: ARTICLE_A, span: { start: 0, end: 5 }, creator: 'alice' } as const;
    assert.throws(() => createAnnotation({ ...base, file: '../outside.txt', verdict: 'verified' }), /workspace-relative/);
    assert.throws(() => createAnnotation({ ...base, file: 'C:\\a.txt', verdict: 'verified' }), /workspace-relative/);
    assert.throws(() => createAnnotation({ ...base, span: { start: 5, end: 5 }, verdict: 'verified' }), RangeError);
    assert.throws(() => createAnnotation({ ...base, span: { start: 0, end: ARTICLE_A.length + 1 }, verdict: 'verified' }), RangeError);
    assert.throws(() => createAnnotation({ ...base, verdict: { kind: 'ignore-code-in-file', code: 'conflict' } }), /whole file/);
    assert.throws(() => createAnnotation({ ...base, span: null, verdict: 'verified' }), /needs a span/);
    assert.throws(() => createAnnotation({ ...base, verdict: { kind: 'cite', reference: urlReference('ftp://example.org/x') } }), /http\(s\) URL/);
    assert.throws(() => createAnnotation({ ...base, creator: '', verdict: 'verified' }), /creator/);
    const whole = createAnnotation({ ...base, span: null, verdict: { kind: 'ignore-code-in-file', code: 'conflict' } });
    assert.deepEqual(whole.target.selector, []);
    assert.equal(whole.motivation, 'moderating');
    assert.equal(workspacePath('/w', '/w/articles/a.txt'), 'articles/a.txt');
    assert.equal(workspacePath('/w', '/elsewhere/a.txt'), null);
  });
});

describe('annotation store', () => {
  it('adds, lists, updates and deletes, one sorted line per annotation, and a new store reads the same', async () => {
    const root = workspace();
    const time = clock();
    const store = new AnnotationStore(root, { now: time.now });
    assert.deepEqual(await store.load(), []);
    const verified = annotate('par 98 voix contre 31', 'verified', new Date('2025-06-12T10:00:00.000Z'), 'Checked, minutes p. 4.');
    const cite = annotate("une enveloppe de 412 millions d'euros", { kind: 'cite', reference: urlReference('https://example.org/deliberation-2025-112') }, new Date('2025-06-12T09:30:00.000Z'));
    const other = targetFor('articles/other.txt', 'Le budget atteint 412 millions.', { start: 18, end: 30 });
    const accepted = annotate('412 millions', { kind: 'accepted-value', reference: other, acceptedValue: '412 millions', claimId: 'claim-1' }, new Date('2025-06-12T09:45:00.000Z'));
    const ignored = createAnnotation({ file: FILE, text: ARTICLE_A, span: null, verdict: { kind: 'ignore-code-in-file', code: 'conflict' }, creator: 'bob', now: new Date('2025-06-12T11:00:00.000Z') });
    const entity = annotate('Hélène Marchetti', { kind: 'change-type', entityType: 'person' }, new Date('2025-06-12T11:30:00.000Z'));
    await store.add(verified, cite);
    await store.add(accepted, ignored, entity);
    const file = path.join(root, STORE_RELATIVE_PATH);
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    assert.equal(lines.length, 5);
    assert.deepEqual(
      lines.map((line) => (JSON.parse(line) as { id: string }).id),
      [cite.id, accepted.id, verified.id, ignored.id, entity.id],
      'sorted by creation',
    );
    for (const line of lines) assert.match(line, /^\{"schemaVersion":1,"id":"urn:uuid:[^"]+","type":"Annotation","motivation":"\w+","created":/);
    assert.ok(readFileSync(file, 'utf8').includes('"exact":"Hélène Marchetti"'), 'human-readable: no \\u escapes for accents');
    assert.deepEqual(parseAnnotationsFile(readFileSync(file, 'utf8')).problems, []);
    assert.match(readFileSync(path.join(root, '.recoupe', '.gitattributes'), 'utf8'), /annotations\.jsonl merge=union/);

    await assert.rejects(store.add(verified), /already exists/);
    const updated = await store.update(verified.id, (current) => ({ ...current, body: { ...current.body, value: 'Checked, minutes p. 5.' } }));
    assert.equal(updated.body.value, 'Checked, minutes p. 5.');
    assert.equal(updated.created, verified.created);
    assert.ok(updated.modified > verified.modified);
    const after = readFileSync(file, 'utf8').trimEnd().split('\n');
    assert.deepEqual(
      after.map((line, index) => line === lines[index]),
      [true, true, false, true, true],
      'an update rewrites only its own line',
    );

    await store.delete(cite.id);
    assert.equal(store.list().length, 4);
    assert.equal(store.get(cite.id), undefined);
    const tombstone = store.list({ includeDeleted: true }).find((annotation) => annotation.id === cite.id);
    assert.equal(tombstone?.deleted, true);
    await assert.rejects(store.update(cite.id, (current) => current), /no annotation/);
    const restored = await store.restore(cite.id);
    assert.equal(restored.deleted, undefined);
    assert.equal(store.list().length, 5);
    await store.delete(cite.id);

    const fresh = new AnnotationStore(root);
    const loaded = await fresh.load();
    assert.deepEqual(loaded, store.list());
    assert.deepEqual(fresh.list({ source: 'articles/nope.txt' }), []);
    assert.deepEqual(leftovers(root), []);
  });

  it('merges what another window or a git pull wrote: by id, last modified wins, deletions included', async () => {
    const root = workspace();
    const first = new AnnotationStore(root, { now: clock(Date.parse('2025-06-12T09:00:00.000Z')).now });
    const second = new AnnotationStore(root, { now: clock(Date.parse('2025-06-12T12:00:00.000Z')).now });
    const a = annotate('par 98 voix contre 31', 'verified', new Date('2025-06-12T08:00:00.000Z'));
    const b = annotate('longue de 6,8 kilomètres', 'disputed', new Date('2025-06-12T08:01:00.000Z'));
    const c = annotate('réclame un audit indépendant', 'reviewed', new Date('2025-06-12T08:02:00.000Z'));
    await first.add(a);
    await second.load();
    await first.add(b); // second has not seen b
    await second.add(c); // ...and must not lose it when writing c
    assert.deepEqual(
      (await new AnnotationStore(root).load()).map((annotation) => annotation.id),
      [a.id, b.id, c.id],
    );
    // Both edit a; second's clock is later, so its edit wins wherever it is read.
    await first.update(a.id, (current) => ({ ...current, body: { ...current.body, value: 'first' } }));
    await second.update(a.id, (current) => ({ ...current, body: { ...current.body, value: 'second' } }));
    await first.load();
    assert.equal(first.get(a.id)?.body.value, 'second');
    // second deletes b (later clock); first's older copy of b must not resurrect it when first writes.
    await second.delete(b.id);
    await first.update(c.id, (current) => ({ ...current, body: { ...current.body, value: 'edited by first' } }));
    assert.equal(first.get(b.id), undefined);
    assert.equal(first.get(c.id)?.body.value, 'edited by first');

    // A git pull brings a line written elsewhere, and git's union merge left two versions of c.
    const file = path.join(root, STORE_RELATIVE_PATH);
    const pulled = annotate('Hélène Marchetti', 'verified', new Date('2025-06-13T08:00:00.000Z'));
    const current = first.get(c.id);
    assert.ok(current);
    const older = { ...current, body: { ...current.body, value: 'older version from the other branch' }, modified: '2025-06-12T08:30:00.000Z' };
    writeFileSync(file, `${readFileSync(file, 'utf8')}${serializeAnnotation(pulled)}\n${serializeAnnotation(older)}\n`);
    assert.equal(await second.reload(), true);
    assert.equal(second.get(pulled.id)?.creator, 'alice');
    assert.equal(second.get(c.id)?.body.value, 'edited by first');
    assert.equal(await second.reload(), false);
    await second.add(annotate('18 %', 'verified', new Date('2025-06-13T09:00:00.000Z')));
    const ids = parseAnnotationsFile(readFileSync(file, 'utf8')).annotations.map((annotation) => annotation.id);
    assert.equal(new Set(ids).size, ids.length, 'the duplicate line is gone after the next write');
    assert.equal(ids.length, 5);
  });

  it('never overwrites a corrupt file: the error names the file and line, and writes are refused until it is fixed', async () => {
    const root = workspace();
    const store = new AnnotationStore(root);
    const a = annotate('par 98 voix contre 31', 'verified', new Date('2025-06-12T08:00:00.000Z'));
    const b = annotate('longue de 6,8 kilomètres', 'disputed', new Date('2025-06-12T08:01:00.000Z'));
    await store.add(a, b);
    const file = path.join(root, STORE_RELATIVE_PATH);
    const good = readFileSync(file, 'utf8');
    const cases: { content: string; line: number; message: RegExp }[] = [
      { content: `${good}{"schemaVersion":1,"id":"urn:uuid:broken","type":"Annot\n`, line: 3, message: /not valid JSON/ },
      { content: good.replace('"kind":"disputed"', '"kind":"disputted"'), line: 2, message: /body\.kind/ },
      { content: `<<<<<<< HEAD\n${good}=======\n>>>>>>> theirs\n`, line: 1, message: /not valid JSON/ },
      { content: good.replace('"schemaVersion":1', '"schemaVersion":2'), line: 1, message: /newer Recoupe/ },
      { content: good.replace('"format":"text/plain"', '"format":"text/plain","tags":["x"]'), line: 1, message: /tags/ },
    ];
    for (const { content, line, message } of cases) {
      writeFileSync(file, content);
      const before = readFileSync(file);
      const fresh = new AnnotationStore(root);
      await assert.rejects(fresh.load(), (error: unknown) => {
        assert.ok(error instanceof AnnotationStoreError);
        assert.equal(error.line, line);
        assert.ok(error.message.includes(`${file}:${line}:`), error.message);
        assert.match(error.message, message);
        return true;
      });
      assert.equal(fresh.problem?.line, line);
      const extra = annotate('18 %', 'verified', new Date('2025-06-12T09:00:00.000Z'));
      await assert.rejects(fresh.add(extra), AnnotationStoreError);
      await assert.rejects(store.add(extra), AnnotationStoreError, 'a store loaded before the corruption refuses too');
      await assert.rejects(store.delete(a.id), AnnotationStoreError);
      assert.ok(readFileSync(file).equals(before), 'byte-for-byte untouched');
      assert.deepEqual(leftovers(root), []);
    }
    writeFileSync(file, good);
    await store.add(annotate('18 %', 'verified', new Date('2025-06-12T09:00:00.000Z')));
    assert.equal(store.problem, null);
    assert.equal((await new AnnotationStore(root).load()).length, 3);
  });

  it('breaks a stale lock left by a dead process, and times out on a live one', async () => {
    const root = workspace();
    mkdirSync(path.join(root, '.recoupe'));
    const lockFile = path.join(root, `${STORE_RELATIVE_PATH}.lock`);
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const deadPid = Number(dead.stdout);
    writeFileSync(lockFile, JSON.stringify({ pid: deadPid, hostname: (await import('node:os')).hostname(), token: 'crashed', created: new Date().toISOString() }));
    const store = new AnnotationStore(root, { lock: { timeoutMs: 5000 } });
    await store.add(annotate('par 98 voix contre 31', 'verified', new Date()));
    assert.equal(existsSync(lockFile), false);

    writeFileSync(lockFile, JSON.stringify({ pid: process.pid, hostname: (await import('node:os')).hostname(), token: 'alive', created: new Date().toISOString() }));
    const impatient = new AnnotationStore(root, { lock: { timeoutMs: 150 } });
    await assert.rejects(impatient.add(annotate('18 %', 'verified', new Date())), AnnotationLockError);
    assert.ok(existsSync(lockFile), 'a live lock is left alone');
    rmSync(lockFile);
    await impatient.add(annotate('18 %', 'verified', new Date()));
    assert.equal((await new AnnotationStore(root).load()).length, 2);
  });

  it('serialises concurrent calls on one store object', async () => {
    const root = workspace();
    const store = new AnnotationStore(root, { durable: false });
    const annotations = Array.from({ length: 50 }, (_, index) => annotate('par 98 voix contre 31', 'verified', new Date(Date.UTC(2025, 5, 12, 9, 0, index))));
    await Promise.all(annotations.map((annotation) => store.add(annotation)));
    assert.equal((await new AnnotationStore(root).load()).length, 50);
  });
});
