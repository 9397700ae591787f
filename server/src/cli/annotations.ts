/**
 * `recoupe annotations list|export`: reads `.recoupe/annotations.jsonl`,
 * re-anchors every annotation against the current text of its file, and
 * prints a table, JSON-LD (W3C Web Annotation collection) or CSV.
 * Exit status: 0 done, 2 bad usage, corrupt store or unreadable root.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { TextAnchorer, type AnchorResult } from '../engine/annotations/anchor';
import { isUrlReference, quoteSelectorOf, type Annotation, type Reference } from '../engine/annotations/types';
import { LineIndex } from '../engine/text/lineIndex';
import { serializeAnnotation } from '../annotations/schema';
import { AnnotationStore, AnnotationStoreError, STORE_RELATIVE_PATH } from '../annotations/store';
import { decodeSource } from '../io/corpus';

export interface CommandIO {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  /** Folder the command was run from; --root is resolved against it. */
  readonly cwd: string;
}

export const ANNOTATIONS_USAGE = `Usage:
  recoupe annotations list [--root DIR]                      annotations with their place in the current text
  recoupe annotations export [--format jsonld|csv] [--root DIR]

DIR is the workspace root holding ${STORE_RELATIVE_PATH} (default: the current folder).
Exit status: 0 done, 2 bad usage or a store file that does not parse (the message names the line).`;

/** The W3C context, then Recoupe's own body and target terms. */
export const JSONLD_CONTEXT = [
  'http://www.w3.org/ns/anno.jsonld',
  {
    recoupe: 'urn:recoupe:annotation:',
    kind: 'recoupe:kind',
    code: 'recoupe:code',
    reference: 'recoupe:reference',
    entity: 'recoupe:entity',
    entityType: 'recoupe:entityType',
    acceptedValue: 'recoupe:acceptedValue',
    claimId: 'recoupe:claimId',
    hash: 'recoupe:hash',
  },
] as const;

type Status = AnchorResult['status'] | 'file' | 'missing';

interface Located {
  readonly annotation: Annotation;
  readonly status: Status;
  /** 1-based line and column in the current text, when anchored. */
  readonly line: number | null;
  readonly column: number | null;
  readonly start: number | null;
  readonly end: number | null;
}

class UsageError extends Error {}

/** `args` are the words after "annotations" (a leading "annotations" is skipped too). */
export async function runAnnotationsCommand(args: readonly string[], io: CommandIO): Promise<number> {
  let options: { command: 'list' | 'export' | 'help'; root: string; format: 'jsonld' | 'csv' };
  try {
    options = parseAnnotationArgs(args[0] === 'annotations' ? args.slice(1) : args);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`recoupe annotations: ${error.message}\n${ANNOTATIONS_USAGE}\n`);
      return 2;
    }
    throw error;
  }
  if (options.command === 'help') {
    io.stdout.write(`${ANNOTATIONS_USAGE}\n`);
    return 0;
  }
  const root = path.resolve(io.cwd, options.root);
  try {
    if (!(await fs.stat(root)).isDirectory()) throw new Error('not a folder');
  } catch {
    io.stderr.write(`recoupe: ${root}: no such folder\n`);
    return 2;
  }
  const store = new AnnotationStore(root);
  let annotations: readonly Annotation[];
  try {
    annotations = await store.load();
  } catch (error) {
    if (error instanceof AnnotationStoreError) {
      io.stderr.write(`recoupe: ${error.message}\n`);
      return 2;
    }
    io.stderr.write(`recoupe: ${store.file}: cannot read: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  const located = await locateAll(root, annotations);
  if (options.command === 'list') io.stdout.write(renderTable(located, store.file));
  else if (options.format === 'csv') io.stdout.write(renderCsv(located));
  else io.stdout.write(`${JSON.stringify(toJsonLd(annotations), null, 2)}\n`);
  return 0;
}

function parseAnnotationArgs(args: readonly string[]): { command: 'list' | 'export' | 'help'; root: string; format: 'jsonld' | 'csv' } {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: { root: { type: 'string' }, format: { type: 'string', short: 'f' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const [command, ...extra] = parsed.positionals;
  if (parsed.values.help) return { command: 'help', root: '.', format: 'jsonld' };
  if (command !== 'list' && command !== 'export') throw new UsageError(command === undefined ? 'missing sub-command (list or export)' : `unknown sub-command "${command}"`);
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0] ?? ''}"`);
  const format = parsed.values.format ?? 'jsonld';
  if (format !== 'jsonld' && format !== 'csv') throw new UsageError(`--format: expected jsonld or csv, got "${format}"`);
  if (command === 'list' && parsed.values.format !== undefined) throw new UsageError('--format applies to export only');
  if (parsed.values.root === '') throw new UsageError('--root: expected a folder');
  return { command, root: parsed.values.root ?? '.', format };
}

/** Re-anchors every annotation on the current text of its file (read once per file). */
async function locateAll(root: string, annotations: readonly Annotation[]): Promise<Located[]> {
  const bySource = new Map<string, Annotation[]>();
  for (const annotation of annotations) {
    const list = bySource.get(annotation.target.source) ?? [];
    list.push(annotation);
    bySource.set(annotation.target.source, list);
  }
  const located = new Map<Annotation, Located>();
  for (const [source, group] of bySource) {
    let text: string | null;
    try {
      text = decodeSource(await fs.readFile(path.join(root, ...source.split('/'))));
    } catch {
      text = null;
    }
    const anchorer = text === null ? null : new TextAnchorer(text);
    const lines = text === null ? null : new LineIndex(text);
    for (const annotation of group) {
      if (anchorer === null || lines === null) {
        located.set(annotation, { annotation, status: 'missing', line: null, column: null, start: null, end: null });
        continue;
      }
      const wholeFile = annotation.target.selector.length === 0;
      const result = anchorer.anchorTarget(annotation.target);
      const position = result.span && !wholeFile ? lines.positionAt(result.span.start) : null;
      located.set(annotation, {
        annotation,
        status: wholeFile ? 'file' : result.status,
        line: position ? position.line + 1 : null,
        column: position ? position.character + 1 : null,
        start: wholeFile ? null : (result.span?.start ?? null),
        end: wholeFile ? null : (result.span?.end ?? null),
      });
    }
  }
  return annotations.map((annotation) => located.get(annotation) as Located);
}

function location(entry: Located): string {
  const source = entry.annotation.target.source;
  return entry.line === null ? source : `${source}:${entry.line}:${entry.column ?? 1}`;
}

function detail(annotation: Annotation): string {
  const body = annotation.body;
  switch (body.kind) {
    case 'cite':
      return describeReference(body.reference);
    case 'accepted-value':
      return [describeReference(body.reference), body.acceptedValue].filter(Boolean).join(' = ');
    case 'ignore-here':
    case 'ignore-code-in-file':
      return body.code;
    case 'same-as':
    case 'not-same-as':
      return body.entity;
    case 'change-type':
      return body.entityType;
    default:
      return '';
  }
}

function describeReference(reference: Reference): string {
  if (isUrlReference(reference)) return reference.id;
  const quote = quoteSelectorOf(reference);
  return quote ? `${reference.source} "${oneLine(quote.exact, 30)}"` : reference.source;
}

function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function renderTable(located: readonly Located[], storeFile: string): string {
  if (located.length === 0) return `No annotations (${storeFile}).\n`;
  const rows = located.map((entry) => {
    const extra = detail(entry.annotation);
    return [
      location(entry),
      entry.status,
      extra ? `${entry.annotation.body.kind} (${oneLine(extra, 60)})` : entry.annotation.body.kind,
      oneLine(entry.annotation.body.value, 60),
    ];
  });
  const header = ['LOCATION', 'STATUS', 'KIND', 'NOTE'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const format = (row: readonly string[]): string =>
    row
      .map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  const counts = new Map<Status, number>();
  for (const entry of located) counts.set(entry.status, (counts.get(entry.status) ?? 0) + 1);
  const order: Status[] = ['exact', 'moved', 'fuzzy', 'orphan', 'file', 'missing'];
  const summary = order
    .filter((status) => counts.has(status))
    .map((status) => `${counts.get(status)} ${status}`)
    .join(', ');
  return `${[format(header), ...rows.map(format)].join('\n')}\n\n${located.length} annotation${located.length === 1 ? '' : 's'}: ${summary}\n`;
}

const CSV_COLUMNS = ['id', 'file', 'line', 'column', 'start', 'end', 'status', 'kind', 'detail', 'exact', 'note', 'creator', 'created', 'modified'] as const;

/** RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line break. */
function renderCsv(located: readonly Located[]): string {
  const rows = located.map((entry) => {
    const annotation = entry.annotation;
    const values: Record<(typeof CSV_COLUMNS)[number], string> = {
      id: annotation.id,
      file: annotation.target.source,
      line: entry.line?.toString() ?? '',
      column: entry.column?.toString() ?? '',
      start: entry.start?.toString() ?? '',
      end: entry.end?.toString() ?? '',
      status: entry.status,
      kind: annotation.body.kind,
      detail: detail(annotation),
      exact: quoteSelectorOf(annotation.target)?.exact ?? '',
      note: annotation.body.value,
      creator: annotation.creator,
      created: annotation.created,
      modified: annotation.modified,
    };
    return CSV_COLUMNS.map((column) => csvField(values[column]));
  });
  return [CSV_COLUMNS.join(','), ...rows.map((row) => row.join(','))].map((line) => `${line}\r\n`).join('');
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A W3C AnnotationCollection with one page holding every live annotation as stored (schemaVersion dropped). */
export function toJsonLd(annotations: readonly Annotation[]): Record<string, unknown> {
  const items = annotations
    .filter((annotation) => annotation.deleted !== true)
    .map((annotation) => {
      // The stored line, keys in their canonical order, without the file-format field.
      const { schemaVersion: _version, ...rest } = JSON.parse(serializeAnnotation(annotation)) as Record<string, unknown>;
      return rest;
    });
  return {
    '@context': JSONLD_CONTEXT,
    type: 'AnnotationCollection',
    label: 'Recoupe annotations',
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}
