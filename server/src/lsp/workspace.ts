import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { DocId } from '../engine';
import { CorpusFilter, decodeSource, listCorpusFiles, pathToUri, uriToPath } from '../io/corpus';
import type { Settings } from '../settings/schema';

export interface Folder {
  readonly uri: string;
  readonly path: string;
}

/** Where sources live and which files are sources, for the server's workspace folders. */
export class Workspace {
  private filter: CorpusFilter;

  constructor(
    readonly folders: readonly Folder[],
    private settings: Settings,
  ) {
    this.filter = new CorpusFilter(settings.corpus);
  }

  configure(settings: Settings): void {
    this.settings = settings;
    this.filter = new CorpusFilter(settings.corpus);
  }

  displayName(doc: DocId): string {
    const file = uriToPath(doc);
    if (!file) return doc;
    const folder = this.folderOf(file);
    return folder ? path.relative(folder.path, file).split(path.sep).join('/') : path.basename(file);
  }

  isSource(doc: DocId): boolean {
    const file = uriToPath(doc);
    if (!file) return false;
    const folder = this.folderOf(file);
    return this.filter.matches(folder ? path.relative(folder.path, file) : path.basename(file));
  }

  /** Every source on disk, sorted. */
  async sourceUris(): Promise<DocId[]> {
    const uris: DocId[] = [];
    for (const folder of this.folders) for (const file of await listCorpusFiles(folder.path, this.filter)) uris.push(pathToUri(file));
    return uris;
  }

  /** The saved text of a source, or null when it is unreadable or too large to be a source. */
  async read(doc: DocId): Promise<string | null> {
    const file = uriToPath(doc);
    if (!file) return null;
    const stat = await fs.stat(file);
    if (stat.size > this.settings.corpus.maxFileSize) return null;
    return decodeSource(await fs.readFile(file));
  }

  private folderOf(file: string): Folder | undefined {
    return this.folders.find((candidate) => file.startsWith(candidate.path + path.sep));
  }
}
