import { CHECKS } from '../engine';
import type { Report } from '../report/schema';

const SEVERITY_COLOUR: Record<string, string> = { error: '\x1b[31m', warning: '\x1b[33m', information: '\x1b[36m', hint: '\x1b[2m' };

/** `path:line:col: severity: message [code]`, 1-based like other linters, then a summary line. */
export function renderText(report: Report, summary: string, colour: boolean): string {
  const lines: string[] = [];
  for (const document of report.documents) {
    for (const diagnostic of document.diagnostics) {
      const where = `${document.path}:${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1}`;
      const severity = colour ? `${SEVERITY_COLOUR[diagnostic.severity] ?? ''}${diagnostic.severity}\x1b[0m` : diagnostic.severity;
      lines.push(`${where}: ${severity}: ${diagnostic.message} [${diagnostic.code}]`);
      for (const related of diagnostic.related) {
        lines.push(`    ${related.path}:${related.range.start.line + 1}:${related.range.start.character + 1}: ${related.message}`);
      }
    }
  }
  lines.push(summary);
  return `${lines.join('\n')}\n`;
}

const SARIF_LEVEL: Record<string, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** SARIF 2.1.0: columns are 1-based and, per the spec's default, counted in UTF-16 code units. */
export function renderSarif(report: Report, rootUri: string): string {
  const results = report.documents.flatMap((document) =>
    document.diagnostics.map((diagnostic) => ({
      ruleId: diagnostic.code,
      level: SARIF_LEVEL[diagnostic.severity] ?? 'warning',
      message: { text: diagnostic.message },
      locations: [physicalLocation(document.path, diagnostic.range)],
      relatedLocations: diagnostic.related.map((related, index) => ({
        id: index + 1,
        ...physicalLocation(related.path, related.range),
        message: { text: related.message },
      })),
    })),
  );
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'recoupe',
            version: report.tool.version,
            informationUri: 'https://example.invalid/recoupe',
            rules: CHECKS.map((check) => ({
              id: check.code,
              shortDescription: { text: check.description },
              defaultConfiguration: { level: SARIF_LEVEL[check.severity] ?? 'warning' },
            })),
          },
        },
        originalUriBaseIds: { CORPUSROOT: { uri: rootUri.endsWith('/') ? rootUri : `${rootUri}/` } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

function physicalLocation(path: string, range: Report['documents'][number]['diagnostics'][number]['range']) {
  return {
    physicalLocation: {
      artifactLocation: { uri: path.split('/').map(encodeURIComponent).join('/'), uriBaseId: 'CORPUSROOT' },
      region: {
        startLine: range.start.line + 1,
        startColumn: range.start.character + 1,
        endLine: range.end.line + 1,
        endColumn: range.end.character + 1,
      },
    },
  };
}

/** `recoupe claims`: every claim with its status and each source's wording, conflicts first. */
export function renderClaims(report: Report): string {
  const figures = new Map(report.documents.flatMap((document) => document.figures.map((figure) => [figure.id, figure] as const)));
  const order = { conflict: 0, consistent: 1, single: 2 } as const;
  const claims = [...report.claims].sort((a, b) => order[a.status] - order[b.status] || a.label.localeCompare(b.label));
  const lines: string[] = [];
  for (const claim of claims) {
    lines.push(`${claim.status.toUpperCase().padEnd(10)} ${claim.label}  [${claim.id}]`);
    for (const mention of claim.mentions) {
      const figure = figures.get(mention.figureId);
      const where = figure ? `${mention.path}:${figure.range.start.line + 1}:${figure.range.start.character + 1}` : mention.path;
      const interval = figure ? `${figure.low ?? '-∞'}..${figure.high ?? '+∞'} ${figure.unit ?? ''}`.trim() : '';
      lines.push(`    ${where}  “${figure?.text ?? '?'}”  ${interval}${mention.source ? `  (per ${mention.source})` : ''}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
