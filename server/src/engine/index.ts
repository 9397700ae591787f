/**
 * The engine's façade: the LSP server and the CLI talk to Recoupe only
 * through this. Pure and deterministic: no IO, no protocol types, never
 * throws on document text.
 */
import { analyseDocument, headerDating, type DocumentOverrides } from './analyse';
import {
  AttributeTable,
  ClaimIndex,
  compareFigures,
  DEFAULT_CURRENCY_OPTIONS,
  SAME_FIGURE,
  SAME_FIGURE_KINDS,
  type AttributeDefinition,
  type Claim,
  type CurrencyOptions,
  type IndexedCandidate,
} from './claims';
import { actorsOf, type TopicMemo } from './claims/actors';
import { LAST_YEAR_OF_UNDATED } from './claims/extract';
import { comparedFigure } from './claims/quantities';
import { contextStems, nounStemAfter } from './claims/contextWords';
import { isCountedNoun } from './claims/countedNouns';
import { claimFindings, contradicts } from './checks/claims';
import { derivedFindings } from './checks/derived';
import { severityOf, type SeverityOverrides } from './checks/registry';
import { t, type MessageKey } from './i18n';
import { escapeMarkdown } from './views/format';
import { LineIndex } from './text/lineIndex';
import type { ClaimCandidate, DocId, DocumentAnalysis, Figure, Finding, Lang, Span } from './types';
import { annotationLines, applyAnnotations, describeReferenceWith, resolveAnnotations, type ResolvedAnnotation } from './annotations/resolve';
import { ENTITY_TYPES, type Annotation, type Reference, type Verdict } from './annotations/types';
import { documentOutline, EntityRegistry, entityHoverMarkdown, type EntityOverrides, type EntityType, type MentionRef, type OutlineNode, type ResolvedEntity } from './entities';
import { figureAt, figureHover } from './views/hover';
import { figureInlayHints, type FigureInlayHint, type InlayHintOptions } from './views/inlayHints';
import { entityTokens, figureTokens, type Token } from './views/tokens';

export type { DocumentOverrides } from './analyse';
export type { Annotation, AnnotationKind, Reference, Verdict } from './annotations/types';
export type { ResolvedAnnotation } from './annotations/resolve';
export type { EntityOverrides, EntityType, MentionRef, OutlineNode, ResolvedEntity } from './entities';
export type { AttributeDefinition, Claim, CurrencyOptions } from './claims';
export { DEFAULT_USD_RATES, DEFAULT_CURRENCY_OPTIONS, compareFigures, intervalIn } from './claims';
export type { FigureInlayHint, InlayHintOptions } from './views/inlayHints';
export { TOKEN_MODIFIERS, TOKEN_TYPES, type Token, type TokenModifier, type TokenType } from './views/tokens';
export { CHECKS, type SeverityOverrides } from './checks/registry';
export { LineIndex } from './text/lineIndex';
export { t, type MessageKey } from './i18n';
export { formatNormalised, describeFigure } from './figures';
export { figureSymbols, intervalSymbols } from './views/format';
export * from './types';

export interface EngineOptions {
  /** How a document is named to users ("samples/fr-a.txt"). */
  readonly displayName: (doc: DocId) => string;
  /** User attributes (recoupe.json), added to or replacing the built-in ones. */
  readonly attributes?: readonly AttributeDefinition[];
  readonly currency?: CurrencyOptions;
  /** Per-code severity, or "off". */
  readonly severity?: SeverityOverrides;
  /** Entity corrections from recoupe.json; annotations add to them. */
  readonly entities?: EntityOverrides;
}

export interface DocumentInput {
  readonly doc: DocId;
  readonly text: string;
  readonly version: number;
  readonly overrides: DocumentOverrides;
}

/** A quick fix as data; the LSP adapter turns it into a code action and a command. */
export type QuickFix =
  | {
      readonly kind: 'open-related';
      readonly title: string;
      readonly target: { readonly doc: DocId; readonly offset: number };
      readonly diagnosticCode: string;
      readonly preferred: boolean;
    }
  | {
      readonly kind: 'annotate';
      readonly title: string;
      /** The annotated words; null for a whole-file annotation. */
      readonly span: Span | null;
      readonly verdict: Verdict;
      readonly diagnosticCode: string | null;
      readonly preferred: boolean;
    };

export interface ClaimSummary {
  readonly id: string;
  readonly subject: string | null;
  readonly object: string | null;
  readonly attribute: string;
  readonly period: string | null;
  readonly label: string;
  readonly unit: string | null;
  readonly status: 'consistent' | 'conflict' | 'single';
  readonly mentions: readonly { readonly doc: DocId; readonly figureIndex: number; readonly source: string | null }[];
}

export class Engine {
  private readonly documents = new Map<DocId, DocumentAnalysis>();
  private readonly lineIndexes = new Map<DocId, LineIndex>();
  private readonly claims = new ClaimIndex();
  private readonly registry = new EntityRegistry();
  private readonly attributes: AttributeTable;
  private readonly currency: CurrencyOptions;
  private readonly findingCache = new Map<string, Finding[]>();
  private readonly annotations = new Map<DocId, readonly Annotation[]>();
  private readonly resolvedAnnotations = new Map<DocId, ResolvedAnnotation[]>();

  constructor(private readonly options: EngineOptions) {
    this.attributes = new AttributeTable(options.attributes ?? []);
    this.currency = options.currency ?? DEFAULT_CURRENCY_OPTIONS;
    this.applyEntityOverrides();
  }

  /** Analyses one document and returns every document whose findings may have changed. */
  update(doc: DocId, text: string, version: number, overrides: DocumentOverrides): Set<DocId> {
    return this.updateMany([{ doc, text, version, overrides }]);
  }

  /** Analyses several documents, then re-checks the claims they touch once: the way to load a workspace. */
  updateMany(batch: readonly DocumentInput[]): Set<DocId> {
    this.findingCache.clear();
    this.corpusYearCache = undefined;
    // The story's dates as the workspace will have them, the batch's own headers included, so that an undated article
    // is analysed once, not again by redateYearless (a load in batches re-analysed a third of its articles).
    const headers = batch.map(({ text, overrides }) => headerDating(text, overrides));
    const batchDocs = new Set(batch.map(({ doc }) => doc));
    const anchors = [
      ...this.datedAnalyses().flatMap((analysis) => (batchDocs.has(analysis.id) ? [] : [anchorOf(analysis.date?.iso ?? '')])),
      ...batch.flatMap(({ overrides }, index) => {
        const own = overrides.date ?? headers[index]?.inferred?.iso ?? null;
        return own !== null && own.length >= 7 ? [anchorOf(own)] : [];
      }),
    ];
    const story = storyDate(anchors);
    batch.forEach(({ doc, text, version, overrides }, index) => {
      this.overrides.set(doc, overrides);
      const header = headers[index] ?? headerDating(text, overrides);
      const borrowed = header.datelineDay === null ? null : borrowedDate(header.datelineDay, anchors);
      this.store(analyseDocument(doc, text, version, overrides, this.attributes, borrowed, story, header));
    });
    const touched = new Set([...batch.map(({ doc }) => doc), ...this.redateYearless()]);
    // Identities are resolved after the whole batch is known, so a full name in one document
    // already resolves a surname in another.
    return this.claims.update([...touched].map((doc) => this.indexedCandidates(doc)));
  }

  private readonly overrides = new Map<DocId, DocumentOverrides>();

  /** The days of the articles that date themselves (epoch milliseconds; a month counts as its middle). */
  private datedAnchors(): number[] {
    return this.datedAnalyses().map((analysis) => anchorOf(analysis.date?.iso ?? ''));
  }

  private datedAnalyses(): DocumentAnalysis[] {
    return [...this.documents.values()].filter((analysis) => analysis.datelineDay === null && analysis.date !== null && analysis.date.precision !== 'year');
  }

  private store(analysis: DocumentAnalysis): void {
    this.documents.set(analysis.id, analysis);
    this.lineIndexes.delete(analysis.id);
    this.resolvedAnnotations.delete(analysis.id);
    this.registry.update(analysis.id, analysis.entities);
  }

  /**
   * Wire copy dates itself "PARIS, Feb 19 (Reuters) -" and leaves the year to the reader; without it "on Thursday"
   * and "February 3" resolve to nothing and the story's days are never compared. Such an article takes the year that
   * puts its day nearest the dates of the story's dated articles; re-analysed when that day changes, so the result
   * depends on the set of documents, not on the order they came in. Returns the documents re-analysed.
   */
  private redateYearless(): DocId[] {
    // Undated: a yearless dateline, or no date at all (analysed without one, or with the story's date as year anchor).
    const undated = [...this.documents.values()].filter((analysis) => analysis.datelineDay !== null || analysis.date === null);
    if (undated.length === 0) return [];
    const anchors = this.datedAnchors();
    const story = storyDate(anchors);
    const redated: DocId[] = [];
    for (const analysis of undated.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
      const overrides = this.overrides.get(analysis.id) ?? NO_OVERRIDES;
      if (analysis.datelineDay !== null) {
        const borrowed = borrowedDate(analysis.datelineDay, anchors);
        if ((analysis.date?.iso ?? null) === borrowed) continue;
        this.store(analyseDocument(analysis.id, analysis.text, analysis.version, overrides, this.attributes, borrowed));
      } else {
        // Only day-and-month dates read the anchor: an article without any date figure is left as it is.
        if (analysis.yearAnchor === story || !analysis.figures.some((figure) => figure.kind === 'date')) continue;
        this.store(analyseDocument(analysis.id, analysis.text, analysis.version, overrides, this.attributes, null, story));
      }
      redated.push(analysis.id);
    }
    return redated;
  }

  /**
   * Re-resolves every document's actors against the corpus as it now is and
   * re-checks the claims. An edit can teach the corpus a name ("Mark
   * Zuckerberg") that resolves a short form elsewhere ("Zuckerberg"); the
   * server calls this once a burst of edits or a workspace load is over.
   */
  refreshIdentities(): Set<DocId> {
    this.findingCache.clear();
    return this.claims.update(this.documentIds().map((doc) => this.indexedCandidates(doc)));
  }

  /** The user's entity corrections (recoupe.json `entities`, annotations). */
  setEntityOverrides(overrides: EntityOverrides): Set<DocId> {
    this.registry.setOverrides(overrides);
    return this.refreshIdentities();
  }

  private indexedCandidates(doc: DocId): { doc: DocId; candidates: IndexedCandidate[] } {
    const analysis = this.documents.get(doc);
    const candidates: IndexedCandidate[] = [];
    const actorsByFigure = new Map<number, string[]>();
    const topics: TopicMemo = new Map();
    for (const candidate of analysis?.candidates ?? []) {
      const figure = analysis?.figures[candidate.figureIndex];
      if (!figure || candidate.attribute === null || candidate.generic) continue;
      // "en baisse de 27 %" with no metric named: never compared as a change of something, but two sources giving the
      // same distinctive change still state one fact, so it ties by value like an unnamed figure.
      if (!this.attributes.isCompared(candidate.attribute)) {
        const compared = comparedFigure(figure, false);
        if (SAME_FIGURE_KINDS.has(figure.kind) && compared.value !== null) {
          // "quatre jours" and "96 heures", "18 mois" and "un an et demi": one value, whichever unit it is written in.
          candidates.push({ doc, figureIndex: candidate.figureIndex, figure: compared, attribute: SAME_FIGURE, statedAttribute: candidate.attribute, actors: [], period: null, attribution: candidate.attribution, sentence: candidate.sentence, ...(analysis ? { context: contextStems(analysis.text, figure, candidate.sentence) } : {}) });
        }
        continue;
      }
      // "Jane Doe, 34," is read as a count by the figures layer and as an age by the claim layer.
      const stated =
        candidate.attribute === 'age' && figure.kind === 'count'
          ? { ...figure, kind: 'age' as const, unit: 'year' }
          : comparedFigure(figure, isCountedNoun(candidate.attribute));
      // "7.4% from 9.1%, widening the gap with rival Dornach": a comparison base is about whom the value it is compared with is.
      // A count named only by its noun ("46 navires") is told apart by the noun and the values each source gives
      // (claimIndex joinByCountedNoun): the names around it are whoever the sentence is about, rarely what is counted.
      const actors = isCountedNoun(candidate.attribute)
        ? []
        : ((candidate.baseOf !== undefined ? actorsByFigure.get(candidate.baseOf) : undefined) ?? (analysis ? actorsOf(analysis, candidate, candidate.attribute, this.attributes, this.registry, topics) : []));
      candidates.push({
        doc,
        figureIndex: candidate.figureIndex,
        figure: stated,
        // A fact with nobody it is about ("rose to 86.2%") is only its value: it ties by value like an unnamed figure.
        ...(actors.length === 0 && (SAME_FIGURE_KINDS.has(stated.kind) || isCountedNoun(candidate.attribute)) && stated.value !== null && candidate.attribute !== SAME_FIGURE
          ? { attribute: SAME_FIGURE, statedAttribute: candidate.attribute }
          : { attribute: candidate.attribute }),
        // The words of its clause, for figures nothing names (joinByContext) and for meeting another source's differing value (reconcileOdd).
        ...(analysis ? { context: contextStems(analysis.text, figure, candidate.sentence) } : {}),
        ...(analysis && isCountedNoun(candidate.attribute) ? nounStemOf(analysis.text, figure, candidate.sentence) : {}),
        ...(analysis && figure.kind === 'date' ? spanEndOf(analysis.text, figure) : {}),
        actors,
        period: this.periodOf(candidate),
        attribution: candidate.attribution,
        sentence: candidate.sentence,
        ...(candidate.kept ? { kept: true as const } : {}),
        ...(candidate.portionOf ? { portionOf: candidate.portionOf } : {}),
      });
      actorsByFigure.set(candidate.figureIndex, candidates[candidates.length - 1]?.actors.slice() ?? []);
    }
    return { doc, candidates };
  }

  /** A periodic value's period, the corpus's year standing in for an undated article's. */
  private periodOf(candidate: ClaimCandidate): string | null {
    if (!candidate.attribute || !this.attributes.isPeriodic(candidate.attribute)) return candidate.period;
    if (candidate.period === null) return this.corpusYear();
    if (candidate.period === LAST_YEAR_OF_UNDATED) {
      const year = this.corpusYear();
      return year ? String(Number(year) - 1) : candidate.period;
    }
    if (candidate.period.startsWith('-')) return `${this.corpusYear() ?? ''}${candidate.period}`;
    return candidate.period.startsWith('(') ? `${this.corpusYear() ?? ''} ${candidate.period}`.trim() : candidate.period;
  }

  private corpusYearCache: string | null | undefined;

  /**
   * The year most of the corpus's dated articles were published: the period
   * of a periodic value in an undated article of the same story.
   */
  private corpusYear(): string | null {
    if (this.corpusYearCache !== undefined) return this.corpusYearCache;
    const counts = new Map<string, number>();
    for (const analysis of this.documents.values()) {
      const year = analysis.date?.iso.slice(0, 4);
      if (year) counts.set(year, (counts.get(year) ?? 0) + 1);
    }
    let best: string | null = null;
    for (const [year, count] of [...counts.entries()].sort()) if (best === null || count > (counts.get(best) ?? 0)) best = year;
    this.corpusYearCache = best;
    return best;
  }

  /** The fact-checker's annotations on one document (from the store); they are re-anchored on every change of its text. */
  setAnnotations(doc: DocId, annotations: readonly Annotation[]): Set<DocId> {
    this.annotations.set(doc, annotations);
    this.resolvedAnnotations.delete(doc);
    this.findingCache.clear();
    const changed = new Set([doc]);
    if (this.applyEntityOverrides()) for (const other of this.refreshIdentities()) changed.add(other);
    return changed;
  }

  private appliedOverrides = '';

  /** Entity corrections: recoupe.json's plus those recorded as annotations. Returns whether they changed. */
  private applyEntityOverrides(): boolean {
    const base = this.options.entities ?? { notEntities: [], same: [], different: [], types: {} };
    const notEntities = [...base.notEntities];
    const same = [...base.same];
    const different = [...base.different];
    const types: Record<string, EntityType> = { ...base.types };
    for (const list of this.annotations.values()) {
      for (const annotation of list) {
        if (annotation.deleted) continue;
        const quote = annotation.target.selector.find((selector) => selector.type === 'TextQuoteSelector');
        const name = quote && 'exact' in quote ? quote.exact : null;
        if (!name) continue;
        const body = annotation.body;
        if (body.kind === 'not-an-entity') notEntities.push(name);
        else if (body.kind === 'change-type') types[name] = body.entityType;
        else if (body.kind === 'same-as') same.push([name, body.entity]);
        else if (body.kind === 'not-same-as') different.push([name, body.entity]);
      }
    }
    const merged = { notEntities, same, different, types };
    const signature = JSON.stringify(merged);
    if (signature === this.appliedOverrides) return false;
    this.appliedOverrides = signature;
    this.registry.setOverrides(merged);
    return true;
  }

  /** The document's annotations where they sit in its current text (orphans included). */
  annotationsOf(doc: DocId): readonly ResolvedAnnotation[] {
    let resolved = this.resolvedAnnotations.get(doc);
    const analysis = this.documents.get(doc);
    if (!resolved) {
      resolved = analysis ? resolveAnnotations(analysis.text, this.annotations.get(doc) ?? []) : [];
      this.resolvedAnnotations.set(doc, resolved);
    }
    return resolved;
  }

  remove(doc: DocId): Set<DocId> {
    this.findingCache.clear();
    this.corpusYearCache = undefined;
    this.resolvedAnnotations.delete(doc);
    this.registry.remove(doc);
    this.documents.delete(doc);
    this.overrides.delete(doc);
    this.lineIndexes.delete(doc);
    const changed = this.claims.remove(doc);
    const redated = this.redateYearless();
    if (redated.length > 0) for (const other of this.claims.update(redated.map((id) => this.indexedCandidates(id)))) changed.add(other);
    return changed;
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

  /**
   * The claim a figure states. A figure that only restates another in another currency ("€142 million ($165 million)")
   * states the same fact: it belongs to that figure's claim, though the claim compares the stated figure, not both.
   */
  claimOf(doc: DocId, figureIndex: number): Claim | undefined {
    const restates = this.documents.get(doc)?.figures[figureIndex]?.restates ?? null;
    return this.claims.claimOf(doc, restates ?? figureIndex);
  }

  /** Findings of one document, with the configured severities; "off" codes are left out. */
  findings(doc: DocId, uiLang: Lang): Finding[] {
    const cacheKey = `${uiLang}\u0000${doc}`;
    const cached = this.findingCache.get(cacheKey);
    if (cached) return cached;
    const analysis = this.documents.get(doc);
    if (!analysis) return [];
    const claims = this.claimsOfDocument(analysis);
    const raw = [
      ...claimFindings(doc, claims, {
        uiLang,
        currency: this.currency,
        claimLabel: (claim) => this.claimLabel(claim, uiLang),
        placeName: (other, offset) => this.placeName(other, offset),
      }),
      ...derivedFindings(analysis, claims, this.claims.all(), {
        uiLang,
        currency: this.currency,
        placeName: (other, offset) => this.placeName(other, offset),
        displayName: (actor) => this.entityName(actor),
      }),
    ];
    const configured = raw.flatMap((finding) => {
      const severity = severityOf(finding.code, this.options.severity ?? {});
      return severity === 'off' ? [] : [{ ...finding, severity }];
    });
    // Annotations come last: an accepted value lowers a conflict whatever its configured severity.
    const findings = applyAnnotations(doc, configured, this.annotationsOf(doc), uiLang, this.referenceDescriber()).sort(
      (a, b) => a.span.start - b.span.start || a.code.localeCompare(b.code),
    );
    this.findingCache.set(cacheKey, findings);
    return findings;
  }

  /** Documents whose findings point at `doc` or that `doc`'s findings point at: what to show next to an open document. */
  relatedDocuments(doc: DocId, uiLang: Lang): Set<DocId> {
    const related = new Set<DocId>();
    for (const finding of this.findings(doc, uiLang)) for (const place of finding.related) related.add(place.doc);
    return related;
  }

  hover(
    doc: DocId,
    offset: number,
    uiLang: Lang,
    link: (doc: DocId, offset: number) => string,
    actionLink: (fix: QuickFix & { kind: 'annotate' }) => string = () => '',
  ): string | null {
    const analysis = this.documents.get(doc);
    if (!analysis) return null;
    const index = figureAt(analysis, offset);
    if (index < 0) return null;
    const figure = analysis.figures[index];
    const notes = figure ? annotationLines(this.annotationsOf(doc), figure.span, uiLang, this.referenceDescriber()) : [];
    const actions = figure
      ? this.fixes(doc, figure.span.start, figure.span.start, uiLang)
          .filter((fix): fix is QuickFix & { kind: 'annotate' } => fix.kind === 'annotate' && ['verified', 'disputed', 'accepted-value', 'cite'].includes(fix.verdict.kind))
          .map(actionLink)
          .filter((text) => text !== '')
      : [];
    return figureHover(analysis, index, {
      uiLang,
      annotations: notes,
      actions,
      currency: this.currency,
      claim: this.claimOf(doc, index),
      claimLabel: (claim) => this.claimLabel(claim, uiLang),
      link,
      documentDate: (other) => this.documents.get(other)?.date?.iso ?? null,
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
      if (finding.code !== 'conflict') continue;
      const index = figureAt(analysis, finding.span.start);
      if (index >= 0) conflicting.add(index);
    }
    const verified = new Set<number>();
    const disputed = new Set<number>();
    for (const entry of this.annotationsOf(doc)) {
      if (!entry.span) continue;
      const index = figureAt(analysis, entry.span.start);
      if (index < 0) continue;
      if (entry.annotation.body.kind === 'verified' || entry.annotation.body.kind === 'accepted-value') verified.add(index);
      if (entry.annotation.body.kind === 'disputed') disputed.add(index);
    }
    const figures = figureTokens(analysis, { conflicting, verified, disputed });
    const entities = entityTokens(analysis, (index) => this.registry.resolve(doc, index)?.type ?? null, figures);
    return [...figures, ...entities].sort((a, b) => a.span.start - b.span.start);
  }

  inlayHints(doc: DocId, uiLang: Lang, options: InlayHintOptions): FigureInlayHint[] {
    const analysis = this.documents.get(doc);
    return analysis ? figureInlayHints(analysis, uiLang, options) : [];
  }

  /**
   * Quick fixes for a range: record a verdict on the figure there, cite or
   * accept another source's figure for the same claim, ignore a finding
   * here or in the file, or open the source that disagrees.
   */
  fixes(doc: DocId, start: number, end: number, uiLang: Lang): QuickFix[] {
    const analysis = this.documents.get(doc);
    if (!analysis) return [];
    const fixes: QuickFix[] = [];
    const findings = this.findings(doc, uiLang).filter((finding) => finding.span.end >= start && finding.span.start <= end && finding.code !== 'orphan-annotation');
    const place = (other: DocId, offset: number): string => this.placeName(other, offset);
    for (const finding of findings) {
      const others = finding.related.filter((related) => related.doc !== doc);
      others.forEach((related, index) => {
        fixes.push({ kind: 'open-related', title: t(uiLang, 'fix.openOther', { place: place(related.doc, related.span.start) }), target: { doc: related.doc, offset: related.span.start }, diagnosticCode: finding.code, preferred: index === 0 });
      });
      if (finding.code === 'conflict') {
        for (const related of finding.related) {
          const reference = positionReference(related.doc, related.span);
          const accepted = this.documents.get(related.doc)?.text.slice(related.span.start, related.span.end);
          fixes.push({
            kind: 'annotate',
            title: t(uiLang, 'fix.accept', { place: place(related.doc, related.span.start) }),
            span: finding.span,
            verdict: { kind: 'accepted-value', reference, ...(accepted ? { acceptedValue: accepted } : {}), ...(finding.claimId ? { claimId: finding.claimId } : {}) },
            diagnosticCode: finding.code,
            preferred: false,
          });
        }
      }
      fixes.push({ kind: 'annotate', title: t(uiLang, 'fix.ignoreHere', { code: finding.code }), span: finding.span, verdict: { kind: 'ignore-here', code: finding.code }, diagnosticCode: finding.code, preferred: false });
      fixes.push({ kind: 'annotate', title: t(uiLang, 'fix.ignoreInFile', { code: finding.code }), span: null, verdict: { kind: 'ignore-code-in-file', code: finding.code }, diagnosticCode: finding.code, preferred: false });
    }
    const entity = this.entityAt(doc, start, true);
    if (entity && figureAt(analysis, start) < 0) {
      const span = entity.span;
      fixes.push({ kind: 'annotate', title: t(uiLang, 'fix.notEntity'), span, verdict: { kind: 'not-an-entity' }, diagnosticCode: null, preferred: false });
      for (const type of ENTITY_TYPES) {
        if (type === entity.entity.type || type === 'other') continue;
        fixes.push({ kind: 'annotate', title: t(uiLang, 'fix.changeType', { type: t(uiLang, `entityType.${type}` as MessageKey) }), span, verdict: { kind: 'change-type', entityType: type }, diagnosticCode: null, preferred: false });
      }
      const written = analysis.text.slice(span.start, span.end);
      if (written !== entity.entity.name) {
        fixes.push({ kind: 'annotate', title: t(uiLang, 'fix.notSameAs', { name: entity.entity.name }), span, verdict: { kind: 'not-same-as', entity: entity.entity.name }, diagnosticCode: null, preferred: false });
      }
      for (const other of this.registry.candidates(doc, entity.mentionIndex).length > 0 ? this.registry.candidates(doc, entity.mentionIndex) : this.similarEntities(entity.entity)) {
        fixes.push({ kind: 'annotate', title: t(uiLang, 'fix.sameAs', { name: other.name }), span, verdict: { kind: 'same-as', entity: other.name }, diagnosticCode: null, preferred: false });
      }
    }
    const index = figureAt(analysis, start);
    const figure = index >= 0 ? analysis.figures[index] : undefined;
    if (figure) {
      const noFinding = findings.length === 0;
      fixes.push({ kind: 'annotate', title: t(uiLang, 'fix.verify'), span: figure.span, verdict: { kind: 'verified' }, diagnosticCode: null, preferred: noFinding });
      fixes.push({ kind: 'annotate', title: t(uiLang, 'fix.dispute'), span: figure.span, verdict: { kind: 'disputed' }, diagnosticCode: null, preferred: false });
      fixes.push({ kind: 'annotate', title: t(uiLang, 'fix.review'), span: figure.span, verdict: { kind: 'reviewed' }, diagnosticCode: null, preferred: false });
      for (const member of this.claimOf(doc, index)?.members ?? []) {
        if (member.doc === doc) continue;
        fixes.push({
          kind: 'annotate',
          title: t(uiLang, 'fix.cite', { place: place(member.doc, member.figure.span.start) }),
          span: figure.span,
          verdict: { kind: 'cite', reference: positionReference(member.doc, member.figure.span) },
          diagnosticCode: null,
          preferred: false,
        });
      }
    }
    return fixes;
  }

  claimSummaries(uiLang: Lang): ClaimSummary[] {
    return this.claims.all().map((claim) => ({
      id: claim.id,
      subject: claim.subject,
      object: claim.object,
      attribute: claim.attribute,
      period: claim.period,
      label: this.claimLabel(claim, uiLang),
      unit: claim.unit,
      status: this.statusOf(claim),
      mentions: claim.members.map((member) => ({ doc: member.doc, figureIndex: member.figureIndex, source: member.attribution?.source ?? null })),
    }));
  }

  currencyOptions(): CurrencyOptions {
    return this.currency;
  }

  /** How two figures compare with this engine's currency settings. */
  agreement(a: Figure, b: Figure): 'same' | 'compatible' | 'conflict' {
    return compareFigures(a, b, this.currency).agreement;
  }

  /** "Meta → Scale AI: investment (2025)". */
  claimLabel(claim: Claim, uiLang: Lang): string {
    const actors = [claim.subject, claim.object].flatMap((actor) => (actor ? [this.entityName(actor)] : []));
    // "même chiffre · chiffre d'affaires": a figure tied by value still shows what its sentences called it.
    const stated = claim.attribute === SAME_FIGURE ? mostCommonOf(claim.members.map((member) => member.statedAttribute)) : null;
    // A day several sources give, with nothing naming it, is a date they share, not a "figure".
    const sameDate = claim.attribute === SAME_FIGURE && claim.members[0]?.figure.kind === 'date';
    const plain = sameDate ? t(uiLang, 'label.same-date', {}) : this.attributes.label(claim.attribute, uiLang);
    const attribute = stated ? `${plain} · ${this.attributes.label(stated, uiLang)}` : plain;
    const label = actors.length === 0 ? attribute : `${actors.join(' → ')}${uiLang === 'fr' ? ' : ' : ': '}${attribute}`;
    return claim.period ? t(uiLang, 'label.period', { label, period: claim.period }) : label;
  }

  /** "file.txt:12", 1-based, as people quote places. */
  placeName(doc: DocId, offset: number): string {
    const line = this.lines(doc)?.positionAt(offset).line ?? 0;
    return `${this.options.displayName(doc)}:${line + 1}`;
  }

  entityName(id: string): string {
    return this.registry.entity(id)?.name ?? id;
  }

  /** The entity mentioned at an offset, resolved over the corpus; `untyped` for the quick fixes that may type it. */
  entityAt(doc: DocId, offset: number, untyped = false): { mentionIndex: number; span: Span; entity: ResolvedEntity } | null {
    const mentions = this.documents.get(doc)?.entities.mentions ?? [];
    for (let index = 0; index < mentions.length; index++) {
      const mention = mentions[index];
      if (!mention || mention.span.start > offset) break;
      if (offset > mention.span.end) continue;
      const entity = untyped ? this.registry.resolveAny(doc, index) : this.registry.resolve(doc, index);
      return entity ? { mentionIndex: index, span: mention.span, entity } : null;
    }
    return null;
  }

  entityHover(doc: DocId, offset: number, uiLang: Lang, link: (doc: DocId, offset: number) => string): { markdown: string; span: Span } | null {
    const found = this.entityAt(doc, offset);
    if (!found) return null;
    const facts = this.claims
      .all()
      .filter((claim) => claim.subject === found.entity.id || claim.object === found.entity.id)
      .map((claim) => `- ${escapeMarkdown(this.claimLabel(claim, uiLang))} — ${claim.members.map((member) => escapeMarkdown(member.figure.text)).filter((text, index, all) => all.indexOf(text) === index).slice(0, 4).join(' · ')} (${t(uiLang, `status.${this.statusOf(claim)}` as MessageKey)})`);
    const markdown = entityHoverMarkdown(found.entity, this.registry.mentionsOf(found.entity.id), uiLang, link);
    return { markdown: facts.length > 0 ? `${markdown}\n\n**${t(uiLang, 'hover.facts')}**\n${facts.join('\n')}` : markdown, span: found.span };
  }

  /** Other entities sharing a word with this one's name ("Wang" and "Alexandr Wang"): candidates for "Same as…". */
  private similarEntities(entity: ResolvedEntity): ResolvedEntity[] {
    const words = new Set(entity.name.toLowerCase().split(/\s+/u).filter((word) => word.length > 2));
    return this.registry
      .all()
      .filter((other) => other.id !== entity.id && other.name.toLowerCase().split(/\s+/u).some((word) => words.has(word)))
      .slice(0, 5);
  }

  /** Every mention of a document that resolves to a corpus entity, in text order: the report's entities. */
  resolvedMentions(doc: DocId): { readonly span: Span; readonly text: string; readonly entity: ResolvedEntity }[] {
    const mentions = this.documents.get(doc)?.entities.mentions ?? [];
    return mentions.flatMap((mention, index) => {
      const entity = this.registry.resolve(doc, index);
      return entity ? [{ span: mention.span, text: mention.text, entity }] : [];
    });
  }

  /** Go to Definition: the first mention in the corpus. */
  entityDefinition(doc: DocId, offset: number): MentionRef | null {
    const found = this.entityAt(doc, offset);
    return found ? this.registry.firstMention(found.entity.id) : null;
  }

  /** Find All References: every mention in every source, aliases included. */
  entityReferences(doc: DocId, offset: number): MentionRef[] {
    const found = this.entityAt(doc, offset);
    return found ? this.registry.mentionsOf(found.entity.id) : [];
  }

  /** Workspace symbols: entities whose name or alias contains the query, at their first mention. */
  searchEntities(query: string): { entity: ResolvedEntity; first: MentionRef }[] {
    return this.registry.search(query).flatMap((entity) => {
      const first = this.registry.firstMention(entity.id);
      return first ? [{ entity, first }] : [];
    });
  }

  /** Document symbols: paragraphs with their entities and figures. */
  outline(doc: DocId): OutlineNode[] {
    const analysis = this.documents.get(doc);
    if (!analysis) return [];
    return documentOutline(analysis.text, analysis.paragraphs, analysis.entities.mentions, analysis.figures, {
      boilerplate: analysis.entities.boilerplate,
      entityName: (index) => this.registry.resolve(doc, index)?.name ?? null,
    });
  }

  /** Boilerplate blocks, for folding and dimming. */
  boilerplate(doc: DocId): readonly Span[] {
    return this.documents.get(doc)?.entities.boilerplate ?? [];
  }

  /** "fr-a.txt:3" for a workspace-relative source and offset, the URL for a web reference. */
  private referenceDescriber(): (reference: Reference) => string {
    return describeReferenceWith((source, span) => {
      const doc = this.documentIds().find((candidate) => this.options.displayName(candidate) === source);
      return doc && span ? this.placeName(doc, span.start) : source;
    });
  }

  private claimsOfDocument(analysis: DocumentAnalysis): Claim[] {
    const claims = new Set<Claim>();
    analysis.figures.forEach((_, index) => {
      const claim = this.claims.claimOf(analysis.id, index);
      if (claim) claims.add(claim);
    });
    return [...claims];
  }

  private statusOf(claim: Claim): ClaimSummary['status'] {
    const docs = new Set(claim.members.map((member) => member.doc));
    for (let i = 0; i < claim.members.length; i++) {
      for (let j = i + 1; j < claim.members.length; j++) {
        const a = claim.members[i];
        const b = claim.members[j];
        if (a && b && contradicts(claim, a, b, this.currency)) return 'conflict';
      }
    }
    return docs.size > 1 ? 'consistent' : 'single';
  }
}

/** A place in another document, as the adapter will turn it into a W3C target on that file. */
function positionReference(doc: DocId, span: Span): Reference {
  return { source: doc, hash: '', selector: [{ type: 'TextPositionSelector', start: span.start, end: span.end }] };
}

export function createEngine(options: EngineOptions): Engine {
  return new Engine(options);
}

/** The most frequent defined value, ties to the alphabetically first: labels never depend on order. */
function mostCommonOf(values: readonly (string | undefined)[]): string | null {
  const counts = new Map<string, number>();
  for (const value of values) if (value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))[0]?.[0] ?? null;
}

function nounStemOf(text: string, figure: Figure, sentence: Span): { nounStem?: string } {
  const stem = nounStemAfter(text, figure, sentence);
  return stem === null ? {} : { nounStem: stem };
}

const NO_OVERRIDES: DocumentOverrides = { language: null, date: null };

const DAY_MS = 86_400_000;

/** An ISO day or month as epoch milliseconds, a month by its middle. */
function anchorOf(iso: string): number {
  return Date.parse(iso.length === 7 ? `${iso}-15` : iso);
}

/**
 * The ISO day of a yearless "MM-DD" nearest one of the story's dated articles (`anchors`, epoch milliseconds), trying
 * each anchor's year and the years either side ("Dec 30" among January articles is the year before); the earlier day
 * when two are as near. Null when no article is dated.
 */
export function borrowedDate(monthDay: string, anchors: readonly number[]): string | null {
  let best: { readonly iso: string; readonly distance: number; readonly at: number } | null = null;
  const years = new Set(anchors.flatMap((anchor) => {
    const year = new Date(anchor).getUTCFullYear();
    return [year - 1, year, year + 1];
  }));
  for (const year of [...years].sort((a, b) => a - b)) {
    const iso = `${year}-${monthDay}`;
    const at = Date.parse(iso);
    if (Number.isNaN(at) || new Date(at).toISOString().slice(0, 10) !== iso) continue;
    // A loop, not Math.min(...spread): a workspace of tens of thousands of articles would overflow the call's arguments.
    let distance = Infinity;
    for (const anchor of anchors) distance = Math.min(distance, Math.abs(anchor - at));
    if (best === null || distance < best.distance || (distance === best.distance && at < best.at)) best = { iso, distance, at };
  }
  return best !== null && best.distance <= MAX_BORROW_DISTANCE * DAY_MS ? best.iso : null;
}

/**
 * The story's date for an article nothing dates: the month of the middle one of its dated articles (the earlier of
 * two), as its 15th. Only a year is read from it, so a month is precise enough, and articles loading one after another
 * move it seldom: each move re-analyses the undated articles that write a date.
 */
export function storyDate(anchors: readonly number[]): string | null {
  if (anchors.length === 0) return null;
  const sorted = [...anchors].sort((a, b) => a - b);
  const middle = sorted[Math.floor((sorted.length - 1) / 2)] ?? sorted[0] ?? 0;
  return `${new Date(middle).toISOString().slice(0, 7)}-15`;
}

/** A dateline more than this many days from every dated article of the workspace is another story: no year is borrowed. */
const MAX_BORROW_DISTANCE = 120;

/** "7 et 8 avril", "April 7 and 8", "du 20 au 28 février", "nuits du 7 et du 8 avril": another day number joined to this one. */
const DAY_SPAN_AFTER = /^[\s\u00a0]*(?:and|to|through|et|au|à|-|–|—)[\s\u00a0]+(?:(?:du|le)[\s\u00a0]+)?\p{N}/u;
const DAY_SPAN_BEFORE = /\p{N}(?:er)?[\s\u00a0]*(?:and|to|through|et|au|à|-|–|—)[\s\u00a0]+(?:(?:du|le)[\s\u00a0]+)?$/u;

function spanEndOf(text: string, figure: Figure): { spanEnd?: 'first' | 'last' } {
  if (figure.date?.precision !== 'day') return {};
  if (DAY_SPAN_AFTER.test(text.slice(figure.span.end, figure.span.end + 16))) return { spanEnd: 'first' };
  return DAY_SPAN_BEFORE.test(text.slice(Math.max(0, figure.span.start - 16), figure.span.start)) ? { spanEnd: 'last' } : {};
}
