import { z } from 'zod';
import {
  ANNOTATION_KINDS,
  ENTITY_TYPES,
  KIND_MOTIVATION,
  type Annotation,
  type AnnotationBody,
  type FileTarget,
  type Reference,
  type Selector,
} from '../engine/annotations/types';

/**
 * The on-disk form of one annotation: one line of `.recoupe/annotations.jsonl`.
 * A W3C Web Annotation (https://www.w3.org/TR/annotation-model/) plus
 * `schemaVersion` on every line (lines stay self-describing when sorted,
 * merged by git or copied alone) and Recoupe's body fields (kind, code,
 * reference, entity, entityType, acceptedValue, claimId), which the JSON-LD
 * export maps to a Recoupe vocabulary.
 *
 * Objects are strict: an unknown key is an error, not silently dropped,
 * because the store rewrites the whole file and must not lose what it does
 * not understand. A newer schemaVersion is refused for the same reason.
 */
export const ANNOTATIONS_SCHEMA_VERSION = 1;

const iri = z.string().regex(/^[a-z][a-z0-9+.-]*:\S+$/i, 'an IRI such as "urn:uuid:…"');
const instant = z.iso.datetime({ offset: true, error: 'an ISO 8601 date-time such as "2025-06-12T09:30:00.000Z"' });
const workspacePath = z
  .string()
  .min(1)
  .refine(isWorkspacePath, 'a path relative to the workspace root, with "/" separators and no ".." (e.g. "articles/a.txt")');
const hash = z.string().regex(/^sha256:[0-9a-f]{64}$/, 'sha256: followed by 64 lowercase hex digits');
const offset = z.number().int().min(0);

const quoteSelector = z
  .object({ type: z.literal('TextQuoteSelector'), exact: z.string().min(1), prefix: z.string(), suffix: z.string() })
  .strict();
const positionSelector = z
  .object({ type: z.literal('TextPositionSelector'), start: offset, end: offset })
  .strict()
  .refine((selector) => selector.start <= selector.end, { message: 'start must not exceed end', path: ['end'] });
const selectors = z
  .array(z.discriminatedUnion('type', [quoteSelector, positionSelector]))
  .max(2)
  .refine((list) => new Set(list.map((selector) => selector.type)).size === list.length, 'at most one selector of each type');

const fileTarget = z.object({ source: workspacePath, hash, selector: selectors }).strict();
const urlReference = z
  .object({ id: z.url({ protocol: /^https?$/, error: 'an http(s) URL' }) })
  .strict();
const reference = z.union([fileTarget, urlReference]);

const bodyCommon = {
  type: z.literal('TextualBody'),
  purpose: z.enum(['assessing', 'linking', 'moderating', 'classifying', 'identifying']),
  value: z.string(),
  format: z.literal('text/plain'),
};

const body = z.discriminatedUnion('kind', [
  z.object({ ...bodyCommon, kind: z.enum(['verified', 'disputed', 'reviewed', 'not-an-entity']) }).strict(),
  z.object({ ...bodyCommon, kind: z.literal('cite'), reference }).strict(),
  z
    .object({
      ...bodyCommon,
      kind: z.literal('accepted-value'),
      reference,
      acceptedValue: z.string().min(1).optional(),
      claimId: z.string().min(1).optional(),
    })
    .strict(),
  z.object({ ...bodyCommon, kind: z.enum(['ignore-here', 'ignore-code-in-file']), code: z.string().min(1) }).strict(),
  z.object({ ...bodyCommon, kind: z.enum(['same-as', 'not-same-as']), entity: z.string().min(1), reference: reference.optional() }).strict(),
  z.object({ ...bodyCommon, kind: z.literal('change-type'), entityType: z.enum(ENTITY_TYPES) }).strict(),
]);

export const annotationLineSchema = z
  .object({
    schemaVersion: z.literal(ANNOTATIONS_SCHEMA_VERSION),
    id: iri,
    type: z.literal('Annotation'),
    motivation: bodyCommon.purpose,
    created: instant,
    modified: instant,
    creator: z.string().min(1),
    body,
    target: fileTarget,
    deleted: z.literal(true).optional(),
  })
  .strict()
  .superRefine((line, context) => {
    const expected = KIND_MOTIVATION[line.body.kind];
    if (line.motivation !== expected) context.addIssue({ code: 'custom', path: ['motivation'], message: `"${line.body.kind}" annotations have motivation "${expected}"` });
    if (line.body.purpose !== expected) context.addIssue({ code: 'custom', path: ['body', 'purpose'], message: `"${line.body.kind}" bodies have purpose "${expected}"` });
    const wholeFile = line.body.kind === 'ignore-code-in-file';
    if (wholeFile !== (line.target.selector.length === 0)) {
      context.addIssue({
        code: 'custom',
        path: ['target', 'selector'],
        message: wholeFile ? 'an ignore-code-in-file annotation targets the whole file: no selector' : 'a TextQuoteSelector and a TextPositionSelector are required',
      });
    } else if (!wholeFile && line.target.selector.length !== 2) {
      context.addIssue({ code: 'custom', path: ['target', 'selector'], message: 'a TextQuoteSelector and a TextPositionSelector are required' });
    }
    if (Date.parse(line.modified) < Date.parse(line.created)) context.addIssue({ code: 'custom', path: ['modified'], message: 'modified is before created' });
  });

// Compile-time guarantee that what the schema accepts is what the engine types describe.
type Parsed = z.infer<typeof annotationLineSchema>;
const _fitsEngineTypes = (parsed: Parsed): Annotation & { schemaVersion: number } => parsed;
void _fitsEngineTypes;
void ANNOTATION_KINDS;

export interface AnnotationProblem {
  /** 1-based line in the file. */
  readonly line: number;
  /** Dotted key inside the line's object ("target.selector[0].exact"), "(line)" for the line as a whole. */
  readonly key: string;
  readonly message: string;
}

export interface ParsedAnnotationLine {
  readonly annotation: Annotation | null;
  readonly problems: readonly AnnotationProblem[];
}

/** Parses one line (without its newline). Blank lines are the caller's business. */
export function parseAnnotationLine(text: string, line: number): ParsedAnnotationLine {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { annotation: null, problems: [{ line, key: '(line)', message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` }] };
  }
  if (typeof json === 'object' && json !== null && !Array.isArray(json)) {
    const version = (json as { schemaVersion?: unknown }).schemaVersion;
    if (typeof version === 'number' && version > ANNOTATIONS_SCHEMA_VERSION) {
      return {
        annotation: null,
        problems: [
          {
            line,
            key: 'schemaVersion',
            message: `written by a newer Recoupe (schemaVersion ${version}); this version reads schemaVersion ${ANNOTATIONS_SCHEMA_VERSION} and will not rewrite the file`,
          },
        ],
      };
    }
  }
  const result = annotationLineSchema.safeParse(json);
  if (!result.success) return { annotation: null, problems: result.error.issues.map((issue) => toProblem(issue, line)) };
  const { schemaVersion: _version, ...annotation } = result.data;
  return { annotation: annotation as Annotation, problems: [] };
}

export interface ParsedAnnotationsFile {
  /** Every valid line, in file order (duplicated ids included: the store merges them). */
  readonly annotations: readonly Annotation[];
  readonly problems: readonly AnnotationProblem[];
}

/**
 * Parses a whole JSON Lines file: one annotation per line, blank lines
 * ignored, CRLF tolerated (git's autocrlf), a leading BOM tolerated.
 */
export function parseAnnotationsFile(content: string): ParsedAnnotationsFile {
  return parseAnnotationLines(content, (line, number) => parseAnnotationLine(line, number));
}

/**
 * The lines of a store file that hold annotations (BOM, CR and blank lines
 * tolerated), each parsed by `parseLine`, which the store uses to reuse the
 * lines it parsed before.
 */
export function parseAnnotationLines(content: string, parseLine: (line: string, number: number) => ParsedAnnotationLine): ParsedAnnotationsFile {
  const text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  const annotations: Annotation[] = [];
  const problems: AnnotationProblem[] = [];
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index] ?? '';
    const lineText = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (lineText.trim() === '') continue;
    const parsed = parseLine(lineText, index + 1);
    if (parsed.annotation !== null) annotations.push(parsed.annotation);
    problems.push(...parsed.problems);
  }
  return { annotations, problems };
}

/** "file:LINE: key: message", one problem per line, at most `limit` of them. */
export function formatAnnotationProblems(file: string, problems: readonly AnnotationProblem[], limit = 10): string {
  const shown = problems.slice(0, limit).map((problem) => `${file}:${problem.line}: ${problem.key === '(line)' ? '' : `"${problem.key}": `}${problem.message}`);
  if (problems.length > limit) shown.push(`${file}: … and ${problems.length - limit} more problems`);
  return shown.join('\n');
}

/**
 * The line for an annotation, keys in a fixed order whatever order the object
 * was built in, so that rewriting the file changes only the lines that changed.
 */
export function serializeAnnotation(annotation: Annotation): string {
  const ordered: Record<string, unknown> = {
    schemaVersion: ANNOTATIONS_SCHEMA_VERSION,
    id: annotation.id,
    type: 'Annotation',
    motivation: annotation.motivation,
    created: annotation.created,
    modified: annotation.modified,
    creator: annotation.creator,
    body: orderedBody(annotation.body),
    target: orderedTarget(annotation.target),
  };
  if (annotation.deleted === true) ordered.deleted = true;
  return JSON.stringify(ordered);
}

function orderedBody(body: AnnotationBody): Record<string, unknown> {
  const ordered: Record<string, unknown> = { type: body.type, purpose: body.purpose, kind: body.kind, value: body.value, format: body.format };
  switch (body.kind) {
    case 'cite':
      ordered.reference = orderedReference(body.reference);
      break;
    case 'accepted-value':
      ordered.reference = orderedReference(body.reference);
      if (body.acceptedValue !== undefined) ordered.acceptedValue = body.acceptedValue;
      if (body.claimId !== undefined) ordered.claimId = body.claimId;
      break;
    case 'ignore-here':
    case 'ignore-code-in-file':
      ordered.code = body.code;
      break;
    case 'same-as':
    case 'not-same-as':
      ordered.entity = body.entity;
      if (body.reference !== undefined) ordered.reference = orderedReference(body.reference);
      break;
    case 'change-type':
      ordered.entityType = body.entityType;
      break;
    default:
      break;
  }
  return ordered;
}

function orderedReference(reference: Reference): Record<string, unknown> {
  return 'id' in reference ? { id: reference.id } : orderedTarget(reference);
}

function orderedTarget(target: FileTarget): Record<string, unknown> {
  return { source: target.source, hash: target.hash, selector: [...target.selector].sort(bySelectorType).map(orderedSelector) };
}

function bySelectorType(a: Selector, b: Selector): number {
  return a.type === b.type ? 0 : a.type === 'TextQuoteSelector' ? -1 : 1;
}

function orderedSelector(selector: Selector): Record<string, unknown> {
  return selector.type === 'TextQuoteSelector'
    ? { type: selector.type, exact: selector.exact, prefix: selector.prefix, suffix: selector.suffix }
    : { type: selector.type, start: selector.start, end: selector.end };
}

export function isWorkspacePath(value: string): boolean {
  if (value.length === 0 || value.startsWith('/') || value.includes('\\') || /^[a-z]:/i.test(value)) return false;
  return value.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}

function toProblem(issue: z.core.$ZodIssue, line: number): AnnotationProblem {
  const key = issue.path.reduce<string>(
    (text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${String(part)}` : String(part)),
    '',
  );
  return { line, key: key || '(line)', message: issue.message };
}
