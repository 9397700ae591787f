import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import picomatch from 'picomatch';
import type { Settings } from '../settings/schema';

/** Decides which files are sources, from the include/exclude globs, relative to a root folder. */
export class CorpusFilter {
  private readonly include: picomatch.Matcher;
  private readonly exclude: picomatch.Matcher;

  constructor(settings: Settings['corpus']) {
    this.include = picomatch(settings.include, { dot: false });
    this.exclude = picomatch(settings.exclude, { dot: true });
  }

  matches(relativePath: string): boolean {
    const normalised = relativePath.split(path.sep).join('/');
    return this.include(normalised) && !this.exclude(normalised);
  }
}

const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

/** Every corpus file under a folder, sorted; dot-folders and node_modules are never entered. */
export async function listCorpusFiles(root: string, filter: CorpusFilter): Promise<string[]> {
  const found: string[] = [];
  const pending = [root];
  while (pending.length > 0) {
    const folder = pending.pop();
    if (folder === undefined) break;
    let entries: import('node:fs').Dirent[];
    try {
      entries = await fs.readdir(folder, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && !SKIPPED_FOLDERS.has(entry.name)) pending.push(full);
      } else if (entry.isFile() && filter.matches(path.relative(root, full))) {
        found.push(full);
      }
    }
  }
  return found.sort();
}

export function uriToPath(uri: string): string | null {
  return uri.startsWith('file:') ? fileURLToPath(uri) : null;
}

export function pathToUri(file: string): string {
  return pathToFileURL(file).href;
}

/** Strips a UTF-8 BOM the way editors do, so disk text and editor text give the same offsets. */
export function decodeSource(bytes: Buffer): string {
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
