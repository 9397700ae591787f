import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { parseAnnotationsFile } from '../../../server/src/annotations/schema';
import { AnnotationStore, STORE_RELATIVE_PATH } from '../../../server/src/annotations/store';

const PER_WRITER = 1000;
/** Bundled next to this test by esbuild (test/unit/annotations/writer.worker.ts). */
const WORKER = path.join(__dirname, 'writer.worker.js');

interface Exit {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function run(args: readonly string[], timeoutMs: number): Promise<Exit> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WORKER, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`worker ${args.join(' ')} still running after ${timeoutMs} ms\n${stderr}`));
    }, timeoutMs);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe('two processes writing the same store', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'recoupe-concurrency-'));
  after(() => rmSync(root, { recursive: true, force: true }));

  it(`loses none of 2 × ${PER_WRITER} annotations added at once`, async () => {
    const started = performance.now();
    const exits = await Promise.all(['alice', 'bob'].map((creator) => run([root, creator, String(PER_WRITER), '--no-fsync'], 60_000)));
    const elapsed = performance.now() - started;
    for (const exit of exits) assert.equal(exit.code, 0, exit.stderr);
    const content = readFileSync(path.join(root, STORE_RELATIVE_PATH), 'utf8');
    const parsed = parseAnnotationsFile(content);
    assert.deepEqual(parsed.problems, []);
    const ids = new Set(parsed.annotations.map((annotation) => annotation.id));
    assert.equal(ids.size, 2 * PER_WRITER);
    assert.equal(parsed.annotations.length, 2 * PER_WRITER, 'one line per annotation');
    for (const creator of ['alice', 'bob']) {
      const notes = new Set(parsed.annotations.filter((annotation) => annotation.creator === creator).map((annotation) => annotation.body.value));
      assert.equal(notes.size, PER_WRITER, `${creator}'s annotations`);
    }
    assert.equal((await new AnnotationStore(root).load()).length, 2 * PER_WRITER);
    assert.deepEqual(
      readdirSync(path.join(root, '.recoupe')).filter((name) => name.endsWith('.tmp') || name.includes('.lock')),
      [],
      'no temp or lock file left',
    );
    const timings = exits.map((exit) => exit.stdout.trim()).join(', ');
    console.log(`concurrency: 2 processes × ${PER_WRITER} adds, ${ids.size} present, 0 lost, ${content.length} bytes, ${Math.round(elapsed)} ms (${timings})`);
  });
});
