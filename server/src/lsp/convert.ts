import type { Diagnostic, DiagnosticSeverity, Position, Range } from 'vscode-languageserver';
import type { Finding, LineIndex, Severity, Span } from '../engine';

/** The one place that turns engine offsets (UTF-16 code units) into LSP positions. */
export function toRange(lines: LineIndex, span: Span): Range {
  return { start: lines.positionAt(span.start), end: lines.positionAt(span.end) };
}

export function toOffset(lines: LineIndex, position: Position): number {
  return lines.offsetAt(position);
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = { error: 1, warning: 2, information: 3, hint: 4 };

export function toDiagnostic(
  finding: Finding,
  lines: LineIndex,
  relatedLines: (doc: string) => LineIndex | undefined,
): Diagnostic {
  return {
    range: toRange(lines, finding.span),
    severity: SEVERITY[finding.severity],
    code: finding.code,
    source: 'recoupe',
    message: finding.message,
    relatedInformation: finding.related.flatMap((related) => {
      const other = relatedLines(related.doc);
      return other ? [{ location: { uri: related.doc, range: toRange(other, related.span) }, message: related.message }] : [];
    }),
    data: finding.claimId === null ? undefined : { claimId: finding.claimId },
  };
}
