import * as os from 'node:os';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver';
import { AnnotationStore, AnnotationStoreError, createAnnotation, STORE_RELATIVE_PATH, targetFor, workspacePath } from '../annotations/store';
import type { Annotation, DocId, Engine, Span, Verdict } from '../engine';
import { pathToUri, uriToPath } from '../io/corpus';
import type { Folder } from './workspace';

/** Arguments of the server command `recoupe.annotate`, as code actions and the palette send them. */
export interface AnnotateArguments {
  readonly uri: string;
  /** UTF-16 offsets of the annotated words; null for a whole-file annotation. */
  readonly span: Span | null;
  readonly verdict: Verdict;
  readonly note?: string;
}

export const ANNOTATE_COMMAND = 'recoupe.annotate';

/**
 * One annotation store per workspace folder (`.recoupe/annotations.jsonl`).
 * A store that does not parse keeps serving its last good state, reports
 * its problems on the file itself, and refuses writes until it is fixed.
 */
export class Annotations {
  private readonly stores: { readonly folder: Folder; readonly store: AnnotationStore }[];

  constructor(folders: readonly Folder[]) {
    this.stores = folders.map((folder) => ({ folder, store: new AnnotationStore(folder.path) }));
  }

  /** Loads (or re-reads) every store; returns the problems to show, keyed by store file URI. */
  async load(): Promise<Map<string, Diagnostic[]>> {
    const problems = new Map<string, Diagnostic[]>();
    for (const { store } of this.stores) {
      const uri = pathToUri(store.file);
      try {
        await store.load();
        problems.set(uri, []);
      } catch (error) {
        if (!(error instanceof AnnotationStoreError)) throw error;
        problems.set(
          uri,
          (error.problems.length > 0 ? error.problems : [{ line: error.line ?? 1, key: '', message: error.message }]).map((problem) => ({
            range: { start: { line: Math.max(0, problem.line - 1), character: 0 }, end: { line: Math.max(0, problem.line - 1), character: Number.MAX_SAFE_INTEGER } },
            severity: 1,
            source: 'recoupe',
            code: 'annotation-store',
            message: `${problem.key ? `"${problem.key}": ` : ''}${problem.message}`,
          })),
        );
      }
    }
    return problems;
  }

  isStoreFile(uri: string): boolean {
    const file = uriToPath(uri);
    return file !== null && this.stores.some(({ store }) => path.resolve(store.file) === path.resolve(file));
  }

  /** The annotations of one source, by its URI. */
  of(doc: DocId): Annotation[] {
    const located = this.locate(doc);
    return located ? located.store.list({ source: located.source }) : [];
  }

  /** Records an annotation; throws AnnotationStoreError / AnnotationLockError when the store refuses. */
  async annotate(engine: Engine, args: AnnotateArguments, creator: string): Promise<Annotation> {
    const located = this.locate(args.uri);
    const text = engine.analysis(args.uri)?.text;
    if (!located || text === undefined) throw new Error(`${args.uri} is not a source of this workspace`);
    const annotation = createAnnotation({
      file: located.source,
      text,
      span: args.span,
      verdict: this.withResolvedReference(engine, args.verdict),
      note: args.note,
      creator: creator || os.userInfo().username,
    });
    await located.store.add(annotation);
    return annotation;
  }

  /** A reference given as {uri, span} by a code action becomes a W3C target on that file. */
  private withResolvedReference(engine: Engine, verdict: Verdict): Verdict {
    if (!('reference' in verdict) || !verdict.reference || !('source' in verdict.reference)) return verdict;
    const reference = verdict.reference;
    if (!reference.source.startsWith('file:')) return verdict;
    const located = this.locate(reference.source);
    const text = engine.analysis(reference.source)?.text;
    const position = reference.selector.find((selector) => selector.type === 'TextPositionSelector');
    if (!located || text === undefined || !position || !('start' in position)) return verdict;
    return { ...verdict, reference: targetFor(located.source, text, { start: position.start, end: position.end }) };
  }

  private locate(doc: DocId): { store: AnnotationStore; source: string } | null {
    const file = uriToPath(doc);
    if (!file) return null;
    for (const { folder, store } of this.stores) {
      const source = workspacePath(folder.path, file);
      if (source && source !== STORE_RELATIVE_PATH) return { store, source };
    }
    return null;
  }
}
