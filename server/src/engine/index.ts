/**
 * The engine's façade: the LSP server and the CLI talk to Recoupe only
 * through this. Pure and deterministic: no IO, no protocol types, never
 * throws on document text.
 */
import { analyseDocument, type DocumentOverrides } from './analyse';
import { attributeLabel, ClaimIndex, type Claim, type IndexedCandidate } from './claims';
import { conflictFindings } from './checks/conflict';
import { LineIndex } from './text/lineIndex';
import type { DocId, DocumentAnalysis, Finding, Lang } from './types';
import { figureAt, figureHover } from './views/hover';
import { t } from './i18n';
import { figureTokens, type Token } from './views/tokens';
import { figureInlayHints, type FigureInlayHint, type InlayHintOptions } from './views/inlayHints';

export type { DocumentOverrides } from './analyse';
export type { Claim } from './claims';
export { LineIndex } from './text/lineIndex';
export type { FigureInlayHint, InlayHintOptions } from './views/inlayHints';
export { TOKEN_MODIFIERS, TOKEN_TYPES, type Token, type TokenModifier } from './views/tokens';
export { CHECKS } from './checks/registry';
export { t, type MessageKey } from './i18n';
export { formatNormalised, describeFigure } from './figures';
export * from './types';

export interface EngineOptions {
  /** How a document is named to users ("samples/fr-a.txt"). */
  readonly displayName: (doc: DocId) => string;
}

export interface QuickFix {
  readonly title: string;
  readonly kind: 'open-related';
  readonly target: { readonly doc: DocId; readonly offset: number };
  readonly diagnosticCode: string;
}

export interface ClaimSummary {
  readonly id: string;
  readonly subject: string | null;
  readonly attribute: string;
  readonly label: string;
  readonly status: 'consistent' | 'conflict' | 'single';
  readonly mentions: readonly { readonly doc: DocId; readonly figureIndex: number }[];
}

export class Engine {
  private readonly documents = new Map<DocId, DocumentAnalysis>();
  private readonly lineIndexes = new Map<DocId, LineIndex>();
  private readonly claims = new ClaimIndex();
  private readonly displayNames = new Map<string, string>();

  constructor(private readonly options: EngineOptions) {}

  /** Analyses one document and returns every document whose findings may have changed. */
  update(doc: DocId, text: string, version: number, overrides: DocumentOverrides): Set<DocId> {
    const analysis = analyseDocument(doc, text, version, overrides);
    this.documents.set(doc, analysis);
    this.lineIndexes.delete(doc);
    for (const name of analysis.names) if (!this.displayNames.has(name.key)) this.displayNames.set(name.key, name.text);
    const candidates: IndexedCandidate[] = [];
    for (const candidate of analysis.candidates) {
      const figure = analysis.figures[candidate.figureIndex];
      if (!figure || candidate.attribute === null) continue;
      candidates.push({ doc, figureIndex: candidate.figureIndex, figure, attribute: candidate.attribute, names: candidate.names, sentence: candidate.sentence });
    }
    return this.claims.update(doc, candidates);
  }

  remove(doc: DocId): Set<DocId> {
    this.documents.delete(doc);
    this.lineIndexes.delete(doc);
    return this.claims.remove(doc);
  }

  has(doc: DocId): boolean {
    return this.documents.has(doc);
  }

  documentIds(): DocId[] {
    return [...this.documents.keys()].sort();
  }

  analysis(doc: DocId): DocumentAnalysis | undefined {
    return this.documents.get(doc);
  }

  lines(doc: DocId): LineIndex | undefined {
    let index = this.lineIndexes.get(doc);
    const analysis = this.documents.get(doc);
    if (!index && analysis) this.lineIndexes.set(doc, (index = new LineIndex(analysis.text)));
    return index;
  }

  claimOf(doc: DocId, figureIndex: number): Claim | undefined {
    return this.claims.claimOf(doc, figureIndex);
  }

  findings(doc: DocId, uiLang: Lang): Finding[] {
    const analysis = this.documents.get(doc);
    if (!analysis) return [];
    const claims = new Set<Claim>();
    analysis.figures.forEach((_, index) => {
      const claim = this.claims.claimOf(doc, index);
      if (claim) claims.add(claim);
    });
    return conflictFindings(doc, claims, {
      uiLang,
      claimLabel: (claim) => this.claimLabel(claim, uiLang),
      placeName: (other, offset) => this.placeName(other, offset),
    });
  }

  hover(doc: DocId, offset: number, uiLang: Lang, link: (doc: DocId, offset: number) => string): string | null {
    const analysis = this.documents.get(doc);
    if (!analysis) return null;
    const index = figureAt(analysis, offset);
    if (index < 0) return null;
    return figureHover(analysis, index, {
      uiLang,
      claim: this.claims.claimOf(doc, index),
      claimLabel: (claim) => this.claimLabel(claim, uiLang),
      link,
    });
  }

  /** Span of the figure under the offset, for the hover's range. */
  figureSpanAt(doc: DocId, offset: number): { start: number; end: number } | null {
    const analysis = this.documents.get(doc);
    if (!analysis) return null;
    const index = figureAt(analysis, offset);
    return index < 0 ? null : (analysis.figures[index]?.span ?? null);
  }

  tokens(doc: DocId): Token[] {
    const analysis = this.documents.get(doc);
    if (!analysis) return [];
    const conflicting = new Set<number>();
    for (const finding of this.findings(doc, 'en')) {
      const index = figureAt(analysis, finding.span.start);
      if (index >= 0) conflicting.add(index);
    }
    return figureTokens(analysis, conflicting);
  }

  inlayHints(doc: DocId, uiLang: Lang, options: InlayHintOptions): FigureInlayHint[] {
    const analysis = this.documents.get(doc);
    return analysis ? figureInlayHints(analysis, uiLang, options) : [];
  }

  /** Quick fixes for the findings that overlap a span. */
  fixes(doc: DocId, start: number, end: number, uiLang: Lang): QuickFix[] {
    const fixes: QuickFix[] = [];
    for (const finding of this.findings(doc, uiLang)) {
      if (finding.span.end < start || finding.span.start > end) continue;
      for (const related of finding.related) {
        fixes.push({
          title: t(uiLang, 'fix.openOther', { place: this.placeName(related.doc, related.span.start) }),
          kind: 'open-related',
          target: { doc: related.doc, offset: related.span.start },
          diagnosticCode: finding.code,
        });
      }
    }
    return fixes;
  }

  claimSummaries(uiLang: Lang): ClaimSummary[] {
    return this.claims.all().map((claim) => {
      const docs = new Set(claim.members.map((member) => member.doc));
      const conflict = this.documentIds().some((doc) => docs.has(doc) && this.findings(doc, uiLang).some((finding) => finding.claimId === claim.id));
      return {
        id: claim.id,
        subject: claim.names[0] ?? null,
        attribute: claim.attribute,
        label: this.claimLabel(claim, uiLang),
        status: conflict ? 'conflict' : docs.size > 1 ? 'consistent' : 'single',
        mentions: claim.members.map((member) => ({ doc: member.doc, figureIndex: member.figureIndex })),
      };
    });
  }

  claimLabel(claim: Claim, uiLang: Lang): string {
    const names = claim.names.slice(0, 2).map((key) => this.displayNames.get(key) ?? key);
    return `${names.join(' → ')}${uiLang === 'fr' ? ' : ' : ': '}${attributeLabel(claim.attribute, uiLang)}`;
  }

  /** "file.txt:12", 1-based, as people quote places. */
  placeName(doc: DocId, offset: number): string {
    const line = this.lines(doc)?.positionAt(offset).line ?? 0;
    return `${this.options.displayName(doc)}:${line + 1}`;
  }
}


export function createEngine(options: EngineOptions): Engine {
  return new Engine(options);
}
