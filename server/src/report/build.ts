import type { DocId, Engine, Lang, LineIndex, Span } from '../engine';
import type { Report } from './schema';

/** Builds the contract's report from an engine that has seen every document of the run. */
export function buildReport(engine: Engine, pathOf: (doc: DocId) => string, uiLang: Lang, version: string): Report {
  const claims = engine.claimSummaries(uiLang);
  const figureId = (doc: DocId, index: number): string => `${pathOf(doc)}#${index + 1}`;
  const documents = engine.documentIds().map((doc) => {
    const analysis = engine.analysis(doc);
    const lines = engine.lines(doc);
    if (!analysis || !lines) throw new Error(`internal: ${doc} has no analysis`);
    return {
      path: pathOf(doc),
      language: analysis.language,
      date: analysis.date?.iso ?? null,
      entities: engine.resolvedMentions(doc).map((mention) => ({
        id: mention.entity.id,
        name: mention.entity.name,
        type: mention.entity.type,
        range: rangeOf(lines, mention.span),
        text: mention.text,
      })),
      figures: analysis.figures.map((figure, index) => ({
        id: figureId(doc, index),
        range: rangeOf(lines, figure.span),
        text: figure.text,
        kind: figure.kind,
        value: finiteOrNull(figure.value),
        low: finiteOrNull(figure.low),
        high: finiteOrNull(figure.high),
        unit: figure.unit,
        qualifier: figure.qualifier,
        claimId: engine.claimOf(doc, index)?.id ?? null,
        unitInferred: figure.unitInferred,
        reported: figure.reported,
        date: figure.date?.iso ?? null,
      })),
      diagnostics: engine.findings(doc, uiLang).map((finding) => ({
        range: rangeOf(lines, finding.span),
        severity: finding.severity,
        code: finding.code,
        message: finding.message,
        related: finding.related.map((related) => {
          const relatedLines = engine.lines(related.doc);
          return {
            path: pathOf(related.doc),
            range: relatedLines ? rangeOf(relatedLines, related.span) : zeroRange(),
            message: related.message,
          };
        }),
      })),
    };
  });
  return {
    schemaVersion: 1,
    tool: { name: 'recoupe', version },
    documents,
    claims: claims.map((claim) => ({
      id: claim.id,
      subject: claim.subject,
      object: claim.object,
      attribute: claim.attribute,
      period: claim.period,
      label: claim.label,
      status: claim.status,
      mentions: claim.mentions.map((mention) => ({ path: pathOf(mention.doc), figureId: figureId(mention.doc, mention.figureIndex), source: mention.source })),
    })),
  };
}

function rangeOf(lines: LineIndex, span: Span): Report['documents'][number]['figures'][number]['range'] {
  return { start: lines.positionAt(span.start), end: lines.positionAt(span.end) };
}

function zeroRange(): Report['documents'][number]['figures'][number]['range'] {
  return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}

/** JSON has no Infinity or NaN; an unbounded end is null in the contract. */
function finiteOrNull(value: number | null): number | null {
  return value !== null && Number.isFinite(value) ? value : null;
}
