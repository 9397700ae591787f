import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type CodeAction,
  type Connection,
  type Hover,
  type InitializeParams,
  type InitializeResult,
  type DocumentSymbol,
  type FoldingRange,
  type Location,
  type SymbolInformation,
  type InlayHint,
  type Range,
  InlayHintKind,
  type SemanticTokens,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createEngine, TOKEN_MODIFIERS, TOKEN_TYPES, type DocId, type DocumentInput, type Engine, type Lang, type LineIndex, type MentionRef } from '../engine';
import { entitySymbolKind, toSymbol } from './symbols';
import { formatProblems, parseSettings } from '../settings/parse';
import { defaultSettings, type Settings } from '../settings/schema';
import { toDiagnostic, toOffset, toRange } from './convert';
import { uriToPath } from '../io/corpus';
import { engineOptionsFrom } from '../settings/engineOptions';
import { Workspace } from './workspace';
import { ANNOTATE_COMMAND, Annotations, type AnnotateArguments } from './annotations';
import { annotateArgumentsSchema } from './commandArguments';
import { claimChart, claimItems, orphanItems } from './claims';
import { CHECK_ALL_COMMAND, CLAIM_CHART_REQUEST, CLAIMS_REQUEST, type ClaimChartParams, type ClaimChartResult, type ClaimsResult } from './protocol';
import { guarded } from './guard';
import { encodeTokens } from './tokens';

/** Client command that reveals a place; the extension registers it. */
export const SHOW_LOCATION_COMMAND = 'recoupe.showLocation';

/** Typing bursts are analysed once they pause; the delay is short enough to feel immediate. */
const CHANGE_DEBOUNCE_MS = 150;

/** Files read from disk between two yields to the event loop while loading a workspace. */
const SCAN_BATCH = 50;

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let settings: Settings = defaultSettings;
  let workspace = new Workspace([], settings);
  let annotations = new Annotations([]);
  let engine: Engine = createEngine(engineOptionsFrom(settings, (doc) => workspace.displayName(doc)));
  let uiLang: Lang = 'en';
  let canPullConfiguration = false;
  let canRefreshTokens = false;
  let canRefreshInlayHints = false;
  /** Bumped by every rebuild: a scan still running for an older one stops. */
  let generation = 0;
  /** Set by "Recoupe: Check all sources": problems for every source, not only the open ones. */
  let showAll = false;
  const published = new Set<DocId>();
  const pendingChanges = new Map<DocId, NodeJS.Timeout>();
  const log = (message: string): void => connection.console.error(message);

  function overridesFor(doc: DocId): { language: Lang | null; date: string | null } {
    const configured = settings.documents[workspace.displayName(doc)];
    return {
      language: configured?.language ?? (settings.language === 'auto' ? null : settings.language),
      date: configured?.date ?? null,
    };
  }

  function analyse(doc: DocId, text: string, version: number): void {
    publish(engine.update(doc, text, version, overridesFor(doc)));
  }

  /**
   * The documents whose problems are shown: by default the open ones and the
   * sources that disagree with them, so a large workspace never floods the
   * Problems panel; every source after "Check all sources" or with scope "workspace".
   */
  function visibleDocuments(): Set<DocId> {
    if (showAll || settings.diagnostics.scope === 'workspace') return new Set(engine.documentIds());
    const visible = new Set<DocId>();
    for (const document of documents.all()) {
      if (!engine.has(document.uri)) continue;
      visible.add(document.uri);
      for (const related of engine.relatedDocuments(document.uri, uiLang)) visible.add(related);
    }
    return visible;
  }

  /** Sends the problems of the given documents, and clears those that are no longer visible. */
  function publish(changed: Iterable<DocId>): void {
    const visible = visibleDocuments();
    const targets = new Set<DocId>(changed);
    for (const doc of published) if (!visible.has(doc)) targets.add(doc);
    for (const doc of visible) if (!published.has(doc)) targets.add(doc);
    for (const doc of targets) {
      const lines = engine.lines(doc);
      const findings = lines && visible.has(doc) && settings.diagnostics.enabled ? engine.findings(doc, uiLang) : [];
      if (findings.length === 0 && !published.has(doc) && engine.has(doc)) continue;
      if (findings.length > 0 || visible.has(doc)) published.add(doc);
      else published.delete(doc);
      void connection.sendDiagnostics({
        uri: doc,
        version: documents.get(doc)?.version,
        diagnostics: lines ? findings.map((finding) => toDiagnostic(finding, lines, (other) => engine.lines(other))) : [],
      });
    }
    // Other documents' colours and hints depend on this change too (a conflict appears or goes).
    if (canRefreshTokens) void connection.languages.semanticTokens.refresh();
    if (canRefreshInlayHints) void connection.languages.inlayHint.refresh();
  }

  async function loadSettings(): Promise<void> {
    if (!canPullConfiguration) return;
    const raw: unknown = await connection.workspace.getConfiguration({ section: 'recoupe', scopeUri: workspace.folders[0]?.uri });
    const parsed = parseSettings(raw);
    settings = parsed.value;
    workspace.configure(settings);
    if (parsed.problems.length > 0) {
      void connection.window.showWarningMessage(formatProblems('Recoupe settings', parsed.problems.map((p) => ({ ...p, key: `recoupe.${p.key}` }))));
    }
  }

  /**
   * Loads every source that is not open, in batches, yielding between them so
   * the editor's requests are answered while a large workspace loads; a newer
   * rebuild cancels this one.
   */
  async function scanWorkspace(forGeneration: number): Promise<void> {
    const uris = (await workspace.sourceUris()).filter((uri) => !documents.get(uri));
    for (let start = 0; start < uris.length; start += SCAN_BATCH) {
      if (forGeneration !== generation) return;
      const batch: DocumentInput[] = [];
      for (const uri of uris.slice(start, start + SCAN_BATCH)) {
        try {
          const text = await workspace.read(uri);
          if (text !== null && !documents.get(uri)) {
            engine.setAnnotations(uri, annotations.of(uri));
            batch.push({ doc: uri, text, version: 0, overrides: overridesFor(uri) });
          }
        } catch (error) {
          log(`recoupe: cannot read ${uri}: ${String(error)}`);
        }
      }
      if (forGeneration !== generation) return;
      publish(engine.updateMany(batch));
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /** Hands each document its annotations again; returns the documents to republish. */
  function refreshAnnotations(docs: Iterable<DocId>): Set<DocId> {
    const changed = new Set<DocId>();
    for (const doc of docs) {
      if (!engine.has(doc)) continue;
      for (const affected of engine.setAnnotations(doc, annotations.of(doc))) changed.add(affected);
      for (const related of engine.relatedDocuments(doc, uiLang)) changed.add(related);
    }
    return changed;
  }

  async function loadAnnotations(): Promise<void> {
    const problems = await annotations.load();
    for (const [uri, diagnostics] of problems) {
      void connection.sendDiagnostics({ uri, diagnostics });
      if (diagnostics.length > 0) void connection.window.showErrorMessage(`Recoupe: ${uriToPath(uri) ?? uri}:${(diagnostics[0]?.range.start.line ?? 0) + 1}: ${diagnostics[0]?.message ?? ''} — annotations are read-only until this is fixed.`);
    }
  }

  async function rebuild(): Promise<void> {
    const current = ++generation;
    await loadSettings();
    await loadAnnotations();
    if (current !== generation) return;
    const stale = new Set<DocId>([...engine.documentIds(), ...published]);
    engine = createEngine(engineOptionsFrom(settings, (doc) => workspace.displayName(doc)));
    const open = documents.all().filter((document) => workspace.isSource(document.uri));
    for (const document of open) engine.setAnnotations(document.uri, annotations.of(document.uri));
    engine.updateMany(open.map((document) => ({ doc: document.uri, text: document.getText(), version: document.version, overrides: overridesFor(document.uri) })));
    publish(stale);
    await scanWorkspace(current);
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    uiLang = params.locale?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
    canPullConfiguration = params.capabilities.workspace?.configuration === true;
    canRefreshTokens = params.capabilities.workspace?.semanticTokens?.refreshSupport === true;
    canRefreshInlayHints = params.capabilities.workspace?.inlayHint?.refreshSupport === true;
    const workspaceFolders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
    annotations = new Annotations(
      workspaceFolders.flatMap((folder) => {
        const folderPath = uriToPath(folder.uri);
        return folderPath ? [{ uri: folder.uri, path: folderPath }] : [];
      }),
    );
    workspace = new Workspace(
      workspaceFolders.flatMap((folder) => {
        const folderPath = uriToPath(folder.uri);
        return folderPath ? [{ uri: folder.uri, path: folderPath }] : [];
      }),
      settings,
    );
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentSymbolProvider: true,
        workspaceSymbolProvider: true,
        foldingRangeProvider: true,
        inlayHintProvider: true,
        executeCommandProvider: { commands: [CHECK_ALL_COMMAND, ANNOTATE_COMMAND] },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        semanticTokensProvider: {
          legend: { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] },
          full: true,
        },
      },
      serverInfo: { name: 'recoupe', version: VERSION },
    };
  });

  connection.onInitialized(() => {
    if (canPullConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'recoupe' });
    void rebuild().catch((error: unknown) => log(`recoupe: workspace scan failed: ${String(error)}`));
  });

  connection.onDidChangeConfiguration(() => {
    void rebuild().catch((error: unknown) => log(`recoupe: settings reload failed: ${String(error)}`));
  });

  connection.onDidChangeWatchedFiles((params) => {
    if (params.changes.some((change) => annotations.isStoreFile(change.uri))) {
      loadAnnotations().then(
        () => publish(refreshAnnotations(engine.documentIds())),
        (error: unknown) => log(`recoupe: cannot reload annotations: ${String(error)}`),
      );
    }
    for (const change of params.changes) {
      if (annotations.isStoreFile(change.uri)) continue;
      if (documents.get(change.uri)) continue;
      if (change.type === 3 /* deleted */ || !workspace.isSource(change.uri)) {
        publish(engine.remove(change.uri));
        continue;
      }
      workspace.read(change.uri).then(
        (text) => (text === null ? publish(engine.remove(change.uri)) : analyse(change.uri, text, 0)),
        (error: unknown) => log(`recoupe: cannot read ${change.uri}: ${String(error)}`),
      );
    }
  });

  documents.onDidOpen(
    guarded('didOpen', log, undefined, (event) => {
      if (workspace.isSource(event.document.uri)) analyse(event.document.uri, event.document.getText(), event.document.version);
    }),
  );

  documents.onDidChangeContent((event) => {
    const uri = event.document.uri;
    if (!workspace.isSource(uri)) return;
    clearTimeout(pendingChanges.get(uri));
    pendingChanges.set(
      uri,
      setTimeout(
        guarded('didChange', log, undefined, () => {
          pendingChanges.delete(uri);
          const current = documents.get(uri);
          if (current) analyse(uri, current.getText(), current.version);
        }),
        CHANGE_DEBOUNCE_MS,
      ),
    );
  });

  documents.onDidClose(
    guarded('didClose', log, undefined, (event) => {
      const uri = event.document.uri;
      clearTimeout(pendingChanges.get(uri));
      pendingChanges.delete(uri);
      // A closed file is still a source: go back to its saved text.
      if (workspace.isSource(uri)) {
        workspace.read(uri).then(
          (text) => (text === null ? publish(engine.remove(uri)) : analyse(uri, text, 0)),
          () => publish(engine.remove(uri)),
        );
      } else {
        publish(engine.remove(uri));
      }
    }),
  );

  /** Applies a pending debounced change now, so answers always match the text the editor shows. */
  function flush(uri: DocId): void {
    const timer = pendingChanges.get(uri);
    if (!timer) return;
    clearTimeout(timer);
    pendingChanges.delete(uri);
    const current = documents.get(uri);
    if (current) analyse(uri, current.getText(), current.version);
  }

  connection.onHover(
    guarded('hover', log, null, (params): Hover | null => {
      flush(params.textDocument.uri);
      const uri = params.textDocument.uri;
      const lines = engine.lines(uri);
      if (!lines) return null;
      const offset = toOffset(lines, params.position);
      const link = (doc: DocId, at: number): string => {
        const position = engine.lines(doc)?.positionAt(at) ?? { line: 0, character: 0 };
        return `[${engine.placeName(doc, at)}](${doc}#L${position.line + 1},${position.character + 1})`;
      };
      // Only Recoupe's own command is linked; the client trusts exactly these commands in hovers.
      const actionLink = (fix: { title: string; span: { start: number; end: number } | null; verdict: AnnotateArguments['verdict'] }): string => {
        const args: AnnotateArguments = { uri, span: fix.span, verdict: fix.verdict };
        return `[${fix.title.replace(/[[\]\\]/g, '')}](command:${ANNOTATE_COMMAND}?${encodeURIComponent(JSON.stringify([args]))})`;
      };
      const markdown = engine.hover(uri, offset, uiLang, link, actionLink);
      const span = engine.figureSpanAt(uri, offset);
      if (markdown && span) return { contents: { kind: 'markdown', value: markdown }, range: toRange(lines, span) };
      const entity = engine.entityHover(uri, offset, uiLang, link);
      return entity ? { contents: { kind: 'markdown', value: entity.markdown }, range: toRange(lines, entity.span) } : null;
    }),
  );

  const locationOf = (reference: MentionRef): Location | null => {
    const lines = engine.lines(reference.doc);
    return lines ? { uri: reference.doc, range: toRange(lines, reference.span) } : null;
  };

  connection.onDefinition(
    guarded('definition', log, null, (params): Location | null => {
      const lines = engine.lines(params.textDocument.uri);
      if (!lines) return null;
      const first = engine.entityDefinition(params.textDocument.uri, toOffset(lines, params.position));
      return first ? locationOf(first) : null;
    }),
  );

  connection.onReferences(
    guarded('references', log, [], (params): Location[] => {
      const lines = engine.lines(params.textDocument.uri);
      if (!lines) return [];
      return engine.entityReferences(params.textDocument.uri, toOffset(lines, params.position)).flatMap((reference) => locationOf(reference) ?? []);
    }),
  );

  connection.onDocumentSymbol(
    guarded('documentSymbol', log, [], (params): DocumentSymbol[] => {
      const lines = engine.lines(params.textDocument.uri);
      return lines ? engine.outline(params.textDocument.uri).map((node) => toSymbol(node, lines)) : [];
    }),
  );

  connection.onWorkspaceSymbol(
    guarded('workspaceSymbol', log, [], (params): SymbolInformation[] =>
      engine.searchEntities(params.query).flatMap(({ entity, first }) => {
        const location = locationOf(first);
        return location ? [{ name: entity.name, kind: entitySymbolKind(entity.type), location, containerName: engine.placeName(first.doc, first.span.start) }] : [];
      }),
    ),
  );

  connection.onFoldingRanges(
    guarded('foldingRanges', log, [], (params): FoldingRange[] => {
      const lines = engine.lines(params.textDocument.uri);
      if (!lines) return [];
      return engine.boilerplate(params.textDocument.uri).flatMap((block) => {
        const range = toRange(lines, block);
        return range.end.line > range.start.line ? [{ startLine: range.start.line, endLine: range.end.line, kind: 'region' }] : [];
      });
    }),
  );

  connection.languages.semanticTokens.on(
    guarded('semanticTokens', log, { data: [] }, (params): SemanticTokens => {
      flush(params.textDocument.uri);
      const lines = engine.lines(params.textDocument.uri);
      if (!lines) return { data: [] };
      return { data: encodeTokens(engine.tokens(params.textDocument.uri), lines) };
    }),
  );

  /** A range request on the text the editor shows: pending edits applied, offsets computed. */
  function rangeOf(uri: DocId, range: Range): { lines: LineIndex; start: number; end: number } | null {
    flush(uri);
    const lines = engine.lines(uri);
    return lines ? { lines, start: toOffset(lines, range.start), end: toOffset(lines, range.end) } : null;
  }

  connection.languages.inlayHint.on(
    guarded('inlayHint', log, [], (params): InlayHint[] => {
      const uri = params.textDocument.uri;
      const target = rangeOf(uri, params.range);
      if (!target) return [];
      const { lines, start, end } = target;
      return engine
        .inlayHints(uri, uiLang, settings.inlayHints)
        .filter((hint) => hint.offset >= start && hint.offset <= end)
        .map((hint) => ({ position: lines.positionAt(hint.offset), label: hint.label, paddingLeft: true, kind: InlayHintKind.Type }));
    }),
  );

  connection.onCodeAction(
    guarded('codeAction', log, [], (params): CodeAction[] => {
      const uri = params.textDocument.uri;
      const target = rangeOf(uri, params.range);
      if (!target) return [];
      return engine.fixes(uri, target.start, target.end, uiLang).map((fix): CodeAction => {
        const diagnostics = params.context.diagnostics.filter((diagnostic) => fix.diagnosticCode !== null && diagnostic.code === fix.diagnosticCode);
        if (fix.kind === 'open-related') {
          const position = engine.lines(fix.target.doc)?.positionAt(fix.target.offset) ?? { line: 0, character: 0 };
          return {
            title: fix.title,
            kind: CodeActionKind.QuickFix,
            isPreferred: fix.preferred,
            diagnostics,
            command: { title: fix.title, command: SHOW_LOCATION_COMMAND, arguments: [fix.target.doc, position.line, position.character] },
          };
        }
        const args: AnnotateArguments = { uri, span: fix.span, verdict: fix.verdict };
        return {
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          isPreferred: fix.preferred,
          diagnostics,
          command: { title: fix.title, command: ANNOTATE_COMMAND, arguments: [args] },
        };
      });
    }),
  );

  connection.onExecuteCommand(async (params) => {
    try {
      if (params.command === CHECK_ALL_COMMAND) {
        showAll = true;
        publish(engine.documentIds());
        return { documents: engine.documentIds().length };
      }
      if (params.command === ANNOTATE_COMMAND) {
        const args = annotateArgumentsSchema.safeParse(params.arguments?.[0]);
        if (!args.success) return { error: `recoupe.annotate: ${args.error.issues[0]?.message ?? 'invalid arguments'}` };
        const annotation = await annotations.annotate(engine, args.data as AnnotateArguments, settings.annotations.creator);
        publish(refreshAnnotations([args.data.uri]));
        return { id: annotation.id };
      }
      return null;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      void connection.window.showErrorMessage(`Recoupe: ${message}`);
      return { error: message };
    }
  });

  connection.onRequest(
    CLAIM_CHART_REQUEST,
    guarded('claimChart', log, { svg: null, label: '' }, (params: ClaimChartParams): ClaimChartResult => claimChart(engine, String(params?.id ?? ''), uiLang)),
  );

  connection.onRequest(
    CLAIMS_REQUEST,
    guarded('claims', log, { claims: [], orphans: [] }, (): ClaimsResult => ({ claims: claimItems(engine, uiLang), orphans: orphanItems(engine) })),
  );

  documents.listen(connection);
  connection.listen();
}

declare const RECOUPE_VERSION: string | undefined;
const VERSION = typeof RECOUPE_VERSION === 'string' ? RECOUPE_VERSION : '0.0.0-dev';
