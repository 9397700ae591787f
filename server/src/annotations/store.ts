/**
 * The annotation store: `.recoupe/annotations.jsonl` under the workspace root.
 *
 * One file for the whole workspace, not one per source: annotations that
 * link two sources (cite, accepted-value, same-as) have a single home; a
 * renamed or deleted source never strands a side file; one lock and one
 * atomic rename cover every write; and one line per annotation already keeps
 * git diffs and merges line-local. Lines are sorted by creation time then id,
 * keys in a fixed order (schema.ts), so a session's additions show up as a
 * contiguous block in `git diff`. `.recoupe/.gitattributes` (written once if
 * absent) asks git for the union merge driver: concurrent additions on two
 * branches then merge without conflict, and the two versions of an edited
 * line are reconciled by id on the next load (last `modified` wins).
 *
 * Deletions are `deleted: true` flags on the annotation's own line (a
 * tombstone that keeps its content), not separate tombstone records: the
 * merge is then one rule for every change (same id → last `modified` wins,
 * whether the newer version is an edit or a deletion), `git diff` shows which
 * annotation was deleted, and an undo is an ordinary update.
 *
 * Every write: take the lock file (`wx`; retries with jittered exponential
 * backoff; a lock older than `staleMs` or whose process is gone on this host is
 * broken under a second `wx` lock so two breakers cannot both win), re-read
 * the file and merge it into memory (two windows, a git pull), apply the
 * change, write a temp file in the same folder, fsync, rename over the store.
 * A file that does not parse is never overwritten: the error names the file
 * and line, and every write throws until the file is fixed.
 */
import { createHash, randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describeSpan } from '../engine/annotations/anchor';
import {
  KIND_MOTIVATION,
  type Annotation,
  type AnnotationBody,
  type FileTarget,
  type UrlReference,
  type Verdict,
} from '../engine/annotations/types';
import type { Span } from '../engine/types';
import {
  annotationLineSchema,
  formatAnnotationProblems,
  isWorkspacePath,
  parseAnnotationLine,
  parseAnnotationLines,
  serializeAnnotation,
  type AnnotationProblem,
} from './schema';

export const STORE_FOLDER = '.recoupe';
export const STORE_FILE = 'annotations.jsonl';
export const STORE_RELATIVE_PATH = `${STORE_FOLDER}/${STORE_FILE}`;

/** The store file does not parse: nothing is written until it is fixed. */
export class AnnotationStoreError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly AnnotationProblem[],
  ) {
    super(`${formatAnnotationProblems(file, problems)}\n${file}: fix or remove these lines; Recoupe will not write annotations until then.`);
    this.name = 'AnnotationStoreError';
  }

  /** 1-based line of the first problem. */
  get line(): number {
    return this.problems[0]?.line ?? 0;
  }
}

/** The lock could not be taken in time. */
export class AnnotationLockError extends Error {
  override name = 'AnnotationLockError';
}

export interface LockOptions {
  /** A lock file older than this is stale (default 10 s: a write takes milliseconds). */
  readonly staleMs?: number;
  /** Give up after this long (default 30 s). */
  readonly timeoutMs?: number;
  readonly minDelayMs?: number;
  readonly maxDelayMs?: number;
}

export interface StoreOptions {
  readonly now?: () => Date;
  readonly lock?: LockOptions;
  /** fsync the temp file before the rename (default true). */
  readonly durable?: boolean;
  /** Write `.recoupe/.gitattributes` (union merge) when absent (default true). */
  readonly gitAttributes?: boolean;
}

export interface ListOptions {
  /** Only annotations on this workspace-relative file. */
  readonly source?: string;
  readonly includeDeleted?: boolean;
}

export class AnnotationStore {
  readonly file: string;
  readonly lockFile: string;
  private readonly folder: string;
  private readonly now: () => Date;
  private readonly durable: boolean;
  private readonly gitAttributes: boolean;
  private readonly lockOptions: Required<LockOptions>;
  private readonly state = new Map<string, Annotation>();
  /** Bytes last read or written: an unchanged file is not parsed again. */
  private lastBytes: Buffer | null = null;
  /** Lines of the last parsed file → annotation, so a re-read parses only changed lines. */
  private lineCache = new Map<string, Annotation>();
  private readonly lines = new WeakMap<Annotation, string>();
  private problemState: AnnotationStoreError | null = null;
  private gitAttributesChecked = false;
  private folderReady = false;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly root: string,
    options: StoreOptions = {},
  ) {
    this.folder = path.join(root, STORE_FOLDER);
    this.file = path.join(this.folder, STORE_FILE);
    this.lockFile = `${this.file}.lock`;
    this.now = options.now ?? (() => new Date());
    this.durable = options.durable ?? true;
    this.gitAttributes = options.gitAttributes ?? true;
    this.lockOptions = { staleMs: 10_000, timeoutMs: 30_000, minDelayMs: 1, maxDelayMs: 40, ...options.lock };
  }

  /** The current parse error, if the file on disk is corrupt (as of the last load or write attempt). */
  get problem(): AnnotationStoreError | null {
    return this.problemState;
  }

  /** Reads the file (merging with what is in memory). Throws AnnotationStoreError when it does not parse. */
  async load(): Promise<readonly Annotation[]> {
    await this.serial(() => this.syncFromDisk());
    return this.list();
  }

  /** Same as load, for file watchers: returns whether anything visible changed. */
  async reload(): Promise<boolean> {
    const before = this.snapshot();
    await this.load();
    return this.snapshot() !== before;
  }

  /** Annotations in memory (as of the last load or write), sorted like the file. */
  list(options: ListOptions = {}): Annotation[] {
    return [...this.state.values()]
      .filter((annotation) => (options.includeDeleted || annotation.deleted !== true) && (options.source === undefined || annotation.target.source === options.source))
      .sort(byCreation);
  }

  get(id: string): Annotation | undefined {
    const annotation = this.state.get(id);
    return annotation?.deleted ? undefined : annotation;
  }

  /** Adds annotations built by createAnnotation; an id already in the store is an error. */
  async add(...annotations: readonly Annotation[]): Promise<void> {
    for (const annotation of annotations) validate(annotation);
    await this.mutate(() => {
      for (const annotation of annotations) {
        if (this.state.has(annotation.id)) throw new Error(`annotation ${annotation.id} already exists`);
      }
      for (const annotation of annotations) this.state.set(annotation.id, annotation);
    });
  }

  /**
   * Replaces an annotation by `edit(current)`; id, type and created are kept,
   * motivation follows the body's kind, modified is set to now.
   */
  async update(id: string, edit: (current: Annotation) => Annotation): Promise<Annotation> {
    return this.mutate(() => {
      const current = this.state.get(id);
      if (current === undefined || current.deleted) throw new Error(`no annotation ${id}`);
      const edited = edit(current);
      const next: Annotation = {
        ...edited,
        id: current.id,
        type: 'Annotation',
        created: current.created,
        motivation: KIND_MOTIVATION[edited.body.kind],
        body: { ...edited.body, purpose: KIND_MOTIVATION[edited.body.kind] } as AnnotationBody,
        modified: this.nextInstant(current.modified),
      };
      validate(next);
      this.state.set(id, next);
      return next;
    });
  }

  /** Marks an annotation deleted (a tombstone that merges like any edit). */
  async delete(id: string): Promise<void> {
    await this.mutate(() => {
      const current = this.state.get(id);
      if (current === undefined) throw new Error(`no annotation ${id}`);
      if (current.deleted) return;
      this.state.set(id, { ...current, deleted: true, modified: this.nextInstant(current.modified) });
    });
  }

  /** Undoes a delete: the tombstone becomes a live annotation again, with a newer `modified`. */
  async restore(id: string): Promise<Annotation> {
    return this.mutate(() => {
      const current = this.state.get(id);
      if (current === undefined) throw new Error(`no annotation ${id}`);
      if (!current.deleted) return current;
      const { deleted: _deleted, ...rest } = current;
      const restored: Annotation = { ...rest, modified: this.nextInstant(current.modified) };
      this.state.set(id, restored);
      return restored;
    });
  }

  private async mutate<T>(change: () => T): Promise<T> {
    return this.serial(async () => {
      if (!this.folderReady) {
        await fs.mkdir(this.folder, { recursive: true });
        this.folderReady = true;
      }
      const lock = await acquireLock(this.lockFile, this.lockOptions);
      try {
        await this.syncFromDisk();
        const result = change();
        await this.writeState();
        return result;
      } finally {
        await lock.release();
      }
    });
  }

  /** One operation at a time per store object; the lock file orders processes. */
  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async syncFromDisk(): Promise<void> {
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(this.file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      bytes = Buffer.alloc(0);
    }
    if (this.lastBytes !== null && bytes.equals(this.lastBytes)) {
      this.problemState = null;
      return;
    }
    const { annotations, problems } = this.parse(bytes.toString('utf8'));
    if (problems.length > 0) {
      this.problemState = new AnnotationStoreError(this.file, problems);
      throw this.problemState;
    }
    this.problemState = null;
    for (const annotation of annotations) this.merge(annotation);
    this.lastBytes = bytes;
  }

  private parse(content: string): { annotations: Annotation[]; problems: AnnotationProblem[] } {
    const cache = new Map<string, Annotation>();
    const parsed = parseAnnotationLines(content, (line, number) => {
      const known = this.lineCache.get(line);
      const result = known ? { annotation: known, problems: [] } : parseAnnotationLine(line, number);
      if (result.annotation) {
        if (!known) this.lines.set(result.annotation, serializeAnnotation(result.annotation));
        cache.set(line, result.annotation);
      }
      return result;
    });
    if (parsed.problems.length === 0) this.lineCache = cache;
    return { annotations: [...parsed.annotations], problems: [...parsed.problems] };
  }

  /** Same id: the later `modified` wins; a tie is broken by the line text so every process picks the same. */
  private merge(incoming: Annotation): void {
    const current = this.state.get(incoming.id);
    if (current === undefined || current === incoming) {
      this.state.set(incoming.id, incoming);
      return;
    }
    const order = Date.parse(incoming.modified) - Date.parse(current.modified);
    if (order > 0 || (order === 0 && this.lineOf(incoming) > this.lineOf(current))) this.state.set(incoming.id, incoming);
  }

  private lineOf(annotation: Annotation): string {
    let line = this.lines.get(annotation);
    if (line === undefined) {
      line = serializeAnnotation(annotation);
      this.lines.set(annotation, line);
    }
    return line;
  }

  private async writeState(): Promise<void> {
    const sorted = [...this.state.values()].sort(byCreation);
    const rows = sorted.map((annotation) => this.lineOf(annotation));
    const bytes = Buffer.from(rows.length > 0 ? `${rows.join('\n')}\n` : '', 'utf8');
    if (this.lastBytes !== null && bytes.equals(this.lastBytes)) return;
    await atomicWrite(this.file, bytes, this.durable);
    this.lastBytes = bytes;
    this.lineCache = new Map(rows.map((row, index) => [row, sorted[index] as Annotation]));
    if (this.gitAttributes && !this.gitAttributesChecked) {
      this.gitAttributesChecked = true;
      await writeGitAttributesOnce(this.folder);
    }
  }

  private nextInstant(previous: string): string {
    const now = this.now().getTime();
    const after = Date.parse(previous) + 1;
    return new Date(Math.max(now, Number.isNaN(after) ? now : after)).toISOString();
  }

  private snapshot(): string {
    return this.list({ includeDeleted: true })
      .map((annotation) => this.lineOf(annotation))
      .join('\n');
  }
}

const createdTimes = new WeakMap<Annotation, number>();

function createdTime(annotation: Annotation): number {
  let time = createdTimes.get(annotation);
  if (time === undefined) {
    time = Date.parse(annotation.created);
    createdTimes.set(annotation, time);
  }
  return time;
}

function byCreation(a: Annotation, b: Annotation): number {
  const order = createdTime(a) - createdTime(b);
  return order !== 0 ? order : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function validate(annotation: Annotation): void {
  const result = annotationLineSchema.safeParse(JSON.parse(serializeAnnotation(annotation)));
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`invalid annotation ${annotation.id}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
}

// ---------------------------------------------------------------------------
// Building annotations

/** "sha256:<hex>" of the text as UTF-8 (the text as the editor has it: BOM stripped, line ends as they are). */
export function textHash(text: string): string {
  return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}

/**
 * A place in a workspace file: quote (with 32 code units of prefix and
 * suffix), position, and the text's hash. `span` null = the whole file.
 */
export function targetFor(file: string, text: string, span: Span | null): FileTarget {
  if (!isWorkspacePath(file)) throw new Error(`"${file}" is not a workspace-relative path ("/" separators, no "..")`);
  if (span === null) return { source: file, hash: textHash(text), selector: [] };
  if (!(Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start < span.end && span.end <= text.length)) {
    throw new RangeError(`span [${span.start}, ${span.end}) is empty or outside the text (length ${text.length})`);
  }
  const quote = describeSpan(text, span);
  return {
    source: file,
    hash: textHash(text),
    selector: [
      { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
      { type: 'TextPositionSelector', start: span.start, end: span.end },
    ],
  };
}

export function urlReference(url: string): UrlReference {
  return { id: url };
}

export type SimpleKind = 'verified' | 'disputed' | 'reviewed' | 'not-an-entity';

export interface NewAnnotation {
  /** Workspace-relative path of the annotated file ("articles/a.txt"). */
  readonly file: string;
  /** Its current text (as the editor has it). */
  readonly text: string;
  /** The annotated span; null only for ignore-code-in-file (the whole file). */
  readonly span: Span | null;
  /** A simple kind, or the kind with its details ({ kind: 'ignore-here', code: 'conflict' }, { kind: 'cite', reference }…). */
  readonly verdict: SimpleKind | Verdict;
  readonly note?: string;
  readonly creator: string;
  readonly now?: Date;
  /** Defaults to a new "urn:uuid:…". */
  readonly id?: string;
}

/** Builds a valid W3C annotation (schemaVersion 1); throws on a bad path, span or verdict. */
export function createAnnotation(input: NewAnnotation): Annotation {
  const verdict: Verdict = typeof input.verdict === 'string' ? { kind: input.verdict } : input.verdict;
  const wholeFile = verdict.kind === 'ignore-code-in-file';
  if (wholeFile !== (input.span === null)) {
    throw new Error(wholeFile ? 'an ignore-code-in-file annotation targets the whole file: pass span null' : `a ${verdict.kind} annotation needs a span`);
  }
  const instant = (input.now ?? new Date()).toISOString();
  const motivation = KIND_MOTIVATION[verdict.kind];
  const annotation: Annotation = {
    id: input.id ?? `urn:uuid:${randomUUID()}`,
    type: 'Annotation',
    motivation,
    created: instant,
    modified: instant,
    creator: input.creator,
    body: { type: 'TextualBody', purpose: motivation, value: input.note ?? '', format: 'text/plain', ...verdict } as AnnotationBody,
    target: targetFor(input.file, input.text, input.span),
  };
  validate(annotation);
  return annotation;
}

/** The workspace-relative form of an absolute path under root, or null when it is outside. */
export function workspacePath(root: string, absolute: string): string | null {
  const relative = path.relative(root, absolute);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  const posix = relative.split(path.sep).join('/');
  return isWorkspacePath(posix) ? posix : null;
}

// ---------------------------------------------------------------------------
// Files: lock, atomic write

interface HeldLock {
  release(): Promise<void>;
}

/** Takes `lockFile` with an exclusive create; see the module comment for staleness. */
export async function acquireLock(lockFile: string, options: Required<LockOptions>): Promise<HeldLock> {
  const token = randomUUID();
  const content = JSON.stringify({ pid: process.pid, hostname: os.hostname(), token, created: new Date().toISOString() });
  const deadline = Date.now() + options.timeoutMs;
  let delay = options.minDelayMs;
  for (;;) {
    try {
      const handle = await fs.open(lockFile, 'wx');
      try {
        await handle.writeFile(content);
      } finally {
        await handle.close();
      }
      return { release: () => releaseLock(lockFile, token) };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') {
        await fs.mkdir(path.dirname(lockFile), { recursive: true });
        continue;
      }
      if (code !== 'EEXIST') throw error;
    }
    if (await breakStaleLock(lockFile, options.staleMs)) continue;
    if (Date.now() > deadline) {
      throw new AnnotationLockError(`${lockFile}: still locked after ${options.timeoutMs} ms (another Recoupe is writing; delete the file if no Recoupe is running)`);
    }
    await sleep(delay * (0.5 + Math.random()));
    delay = Math.min(options.maxDelayMs, delay * 2);
  }
}

async function releaseLock(lockFile: string, token: string): Promise<void> {
  try {
    const info = parseLock(await fs.readFile(lockFile, 'utf8'));
    if (info?.token === token) await fs.unlink(lockFile);
  } catch {
    // Already gone (broken as stale): nothing to release.
  }
}

interface LockInfo {
  readonly pid: number;
  readonly hostname: string;
  readonly token: string;
}

function parseLock(text: string): LockInfo | null {
  try {
    const value = JSON.parse(text) as Partial<LockInfo>;
    return typeof value.pid === 'number' && typeof value.hostname === 'string' && typeof value.token === 'string'
      ? { pid: value.pid, hostname: value.hostname, token: value.token }
      : null;
  } catch {
    return null;
  }
}

async function lockState(lockFile: string, staleMs: number): Promise<{ stale: boolean; text: string } | null> {
  try {
    const [text, stat] = await Promise.all([fs.readFile(lockFile, 'utf8'), fs.stat(lockFile)]);
    const info = parseLock(text);
    const old = Date.now() - stat.mtimeMs > staleMs;
    const dead = info !== null && info.hostname === os.hostname() && !processAlive(info.pid);
    return { stale: old || dead, text };
  } catch {
    return null; // gone meanwhile
  }
}

/** Removes a stale lock under a second exclusive lock, after checking it is still the same stale lock. */
async function breakStaleLock(lockFile: string, staleMs: number): Promise<boolean> {
  const seen = await lockState(lockFile, staleMs);
  if (seen === null) return true;
  if (!seen.stale) return false;
  const breaker = `${lockFile}.break`;
  try {
    await (await fs.open(breaker, 'wx')).close();
  } catch {
    // Someone else is breaking it; a breaker left by a crash is itself removed once old.
    try {
      if (Date.now() - (await fs.stat(breaker)).mtimeMs > staleMs) await fs.unlink(breaker);
    } catch {
      // gone meanwhile
    }
    return false;
  }
  try {
    const again = await lockState(lockFile, staleMs);
    if (again !== null && again.stale && again.text === seen.text) await fs.unlink(lockFile).catch(() => undefined);
    return true;
  } finally {
    await fs.unlink(breaker).catch(() => undefined);
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Temp file in the same folder, fsync, rename over the target: readers see the old or the new file, never half of one. */
export async function atomicWrite(file: string, bytes: Buffer, durable = true): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomUUID().slice(0, 8)}.tmp`);
  try {
    const handle = await fs.open(temp, 'wx');
    try {
      await handle.writeFile(bytes);
      if (durable) await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(temp, file);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
}

/** Windows refuses to replace a file another process has open for a moment: retry briefly. */
async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (attempt >= 10 || (code !== 'EPERM' && code !== 'EBUSY' && code !== 'EACCES')) throw error;
      await sleep(10 * (attempt + 1));
    }
  }
}

async function writeGitAttributesOnce(folder: string): Promise<void> {
  try {
    await fs.writeFile(path.join(folder, '.gitattributes'), `# Written by Recoupe: one annotation per line, merged by id on load.\n${STORE_FILE} merge=union\n`, {
      flag: 'wx',
    });
  } catch {
    // Present already (or not writable): leave it as it is.
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
