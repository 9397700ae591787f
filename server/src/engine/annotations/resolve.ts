import type { DocId, Finding, Lang, Span } from '../types';
import { t } from '../i18n';
import { TextAnchorer, type AnchorStatus } from './anchor';
import { isUrlReference, type Annotation, type Reference } from './types';

export interface ResolvedAnnotation {
  readonly annotation: Annotation;
  readonly status: AnchorStatus;
  /** Where it sits in the current text; null for an orphan or a whole-file annotation. */
  readonly span: Span | null;
}

/** Re-anchors a document's annotations on its current text; one anchorer per text. */
export function resolveAnnotations(text: string, annotations: readonly Annotation[]): ResolvedAnnotation[] {
  if (annotations.length === 0) return [];
  const anchorer = new TextAnchorer(text);
  return annotations
    .filter((annotation) => !annotation.deleted)
    .map((annotation) => {
      if (annotation.body.kind === 'ignore-code-in-file') return { annotation, status: 'exact' as const, span: null };
      const result = anchorer.anchorTarget(annotation.target);
      return { annotation, status: result.status, span: result.status === 'orphan' ? null : result.span };
    });
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * What the fact-checker recorded changes what Recoupe reports: ignored
 * findings go, a conflict whose value was accepted becomes information, a
 * verified or disputed figure says so, and an annotation that lost its words
 * is reported at the top of its file rather than dropped.
 */
export function applyAnnotations(doc: DocId, findings: readonly Finding[], resolved: readonly ResolvedAnnotation[], uiLang: Lang, describeReference: (reference: Reference) => string): Finding[] {
  const result: Finding[] = [];
  for (const finding of findings) {
    const on = resolved.filter((entry) => entry.span && overlaps(entry.span, finding.span));
    const ignored =
      resolved.some((entry) => entry.annotation.body.kind === 'ignore-code-in-file' && bodyCode(entry.annotation) === finding.code) ||
      on.some((entry) => entry.annotation.body.kind === 'ignore-here' && bodyCode(entry.annotation) === finding.code);
    if (ignored) continue;
    let updated = finding;
    for (const entry of on) {
      const body = entry.annotation.body;
      const who = { creator: entry.annotation.creator || '?', date: entry.annotation.created.slice(0, 10) };
      if (body.kind === 'accepted-value' && finding.code === 'conflict') {
        updated = { ...updated, severity: 'information', message: `${updated.message} ${t(uiLang, 'annotation.resolved', { ...who, reference: describeReference(body.reference) })}` };
      } else if (body.kind === 'verified' || body.kind === 'disputed') {
        updated = { ...updated, message: `${updated.message} ${t(uiLang, body.kind === 'verified' ? 'annotation.verifiedSuffix' : 'annotation.disputedSuffix', who)}` };
      }
    }
    result.push(updated);
  }
  for (const entry of resolved) {
    if (entry.status !== 'orphan') continue;
    const quote = entry.annotation.target.selector.find((selector) => selector.type === 'TextQuoteSelector');
    result.push({
      doc,
      span: { start: 0, end: 0 },
      code: 'orphan-annotation',
      severity: 'information',
      message: t(uiLang, 'annotation.orphan', {
        kind: entry.annotation.body.kind,
        quote: quote && 'exact' in quote ? quote.exact : '?',
        creator: entry.annotation.creator || '?',
        date: entry.annotation.created.slice(0, 10),
      }),
      related: [],
      claimId: null,
    });
  }
  return result;
}

function bodyCode(annotation: Annotation): string | null {
  const body = annotation.body;
  return body.kind === 'ignore-here' || body.kind === 'ignore-code-in-file' ? body.code : null;
}

/** One line per annotation for the hover card: "✓ Verified by Ana, 2026-11-23: note". */
export function annotationLines(resolved: readonly ResolvedAnnotation[], span: Span, uiLang: Lang, describeReference: (reference: Reference) => string): string[] {
  return resolved
    .filter((entry) => entry.span && overlaps(entry.span, span))
    .map((entry) => {
      const body = entry.annotation.body;
      const who = { creator: entry.annotation.creator || '?', date: entry.annotation.created.slice(0, 10) };
      const reference = 'reference' in body && body.reference ? describeReference(body.reference) : '';
      const line = t(uiLang, `annotation.line.${body.kind}` as 'annotation.line.verified', { ...who, reference });
      const fuzzy = entry.status === 'fuzzy' ? ` ${t(uiLang, 'annotation.fuzzy')}` : '';
      return `${line}${body.value ? ` — ${body.value}` : ''}${fuzzy}`;
    });
}

export function describeReferenceWith(placeOf: (source: string, span: Span | null) => string): (reference: Reference) => string {
  return (reference) => {
    if (isUrlReference(reference)) return reference.id;
    const position = reference.selector.find((selector) => selector.type === 'TextPositionSelector');
    return placeOf(reference.source, position && 'start' in position ? { start: position.start, end: position.end } : null);
  };
}
