import { promises as fs } from 'node:fs';
import * as path from 'node:path';
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
  type InlayHint,
  InlayHintKind,
  type SemanticTokens,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createEngine, TOKEN_MODIFIERS, TOKEN_TYPES, type DocId, type Engine, type Lang } from '../engine';
import { formatProblems, parseSettings } from '../settings/parse';
import { defaultSettings, type Settings } from '../settings/schema';
import { toDiagnostic, toOffset, toRange } from './convert';
import { CorpusFilter, decodeSource, listCorpusFiles, pathToUri, uriToPath } from '../io/corpus';
import { guarded } from './guard';
import { encodeTokens } from './tokens';

/** Client command that reveals a place; the extension registers it. */
export const SHOW_LOCATION_COMMAND = 'recoupe.showLocation';

/** Typing bursts are analysed once they pause; the delay is short enough to feel immediate. */
const CHANGE_DEBOUNCE_MS = 150;

interface Folder {
  readonly uri: string;
  readonly path: string;
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let engine: Engine = createEngine({ displayName: (doc) => displayName(doc) });
  let folders: Folder[] = [];
  let uiLang: Lang = 'en';
  let canPullConfiguration = false;
  let canRefreshTokens = false;
  let canRefreshInlayHints = false;
  let settings: Settings = defaultSettings;
  let filter = new CorpusFilter(settings.corpus);
  const pendingChanges = new Map<DocId, NodeJS.Timeout>();
  const log = (message: string): void => connection.console.error(message);

  function displayName(doc: DocId): string {
    const file = uriToPath(doc);
    if (!file) return doc;
    const folder = folders.find((candidate) => file.startsWith(candidate.path + path.sep));
    return folder ? path.relative(folder.path, file).split(path.sep).join('/') : path.basename(file);
  }

  function isSource(doc: DocId): boolean {
    const file = uriToPath(doc);
    if (!file) return false;
    const folder = folders.find((candidate) => file.startsWith(candidate.path + path.sep));
    return filter.matches(folder ? path.relative(folder.path, file) : path.basename(file));
  }

  function overridesFor(doc: DocId): { language: Lang | null; date: string | null } {
    const configured = settings.documents[displayName(doc)];
    return {
      language: configured?.language ?? (settings.language === 'auto' ? null : settings.language),
      date: configured?.date ?? null,
    };
  }

  function analyse(doc: DocId, text: string, version: number): void {
    publish(engine.update(doc, text, version, overridesFor(doc)));
  }

  function publish(docs: Iterable<DocId>): void {
    for (const doc of docs) {
      const lines = engine.lines(doc);
      if (!lines) {
        void connection.sendDiagnostics({ uri: doc, diagnostics: [] });
        continue;
      }
      const findings = settings.diagnostics.enabled ? engine.findings(doc, uiLang) : [];
      void connection.sendDiagnostics({
        uri: doc,
        version: documents.get(doc)?.version,
        diagnostics: findings.map((finding) => toDiagnostic(finding, lines, (other) => engine.lines(other))),
      });
    }
    // Other documents' colours and hints depend on this change too (a conflict appears or goes).
    if (canRefreshTokens) void connection.languages.semanticTokens.refresh();
    if (canRefreshInlayHints) void connection.languages.inlayHint.refresh();
  }

  async function loadSettings(): Promise<void> {
    if (!canPullConfiguration) return;
    const raw: unknown = await connection.workspace.getConfiguration({ section: 'recoupe', scopeUri: folders[0]?.uri });
    const parsed = parseSettings(raw);
    settings = parsed.value;
    filter = new CorpusFilter(settings.corpus);
    if (parsed.problems.length > 0) {
      void connection.window.showWarningMessage(formatProblems('Recoupe settings', parsed.problems.map((p) => ({ ...p, key: `recoupe.${p.key}` }))));
    }
  }

  /** Reads every corpus file that is not open, yielding between files so requests are never starved. */
  async function scanWorkspace(): Promise<void> {
    for (const folder of folders) {
      for (const file of await listCorpusFiles(folder.path, filter)) {
        const uri = pathToUri(file);
        if (documents.get(uri)) continue;
        try {
          const stat = await fs.stat(file);
          if (stat.size > settings.corpus.maxFileSize) continue;
          analyse(uri, decodeSource(await fs.readFile(file)), 0);
        } catch (error) {
          log(`recoupe: cannot read ${file}: ${String(error)}`);
        }
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
  }

  async function rebuild(): Promise<void> {
    await loadSettings();
    engine = createEngine({ displayName: (doc) => displayName(doc) });
    const stale = new Set<DocId>();
    for (const document of documents.all()) {
      stale.add(document.uri);
      if (isSource(document.uri)) engine.update(document.uri, document.getText(), document.version, overridesFor(document.uri));
    }
    await scanWorkspace();
    for (const doc of engine.documentIds()) stale.add(doc);
    publish(stale);
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    uiLang = params.locale?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
    canPullConfiguration = params.capabilities.workspace?.configuration === true;
    canRefreshTokens = params.capabilities.workspace?.semanticTokens?.refreshSupport === true;
    canRefreshInlayHints = params.capabilities.workspace?.inlayHint?.refreshSupport === true;
    const workspaceFolders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
    folders = workspaceFolders.flatMap((folder) => {
      const folderPath = uriToPath(folder.uri);
      return folderPath ? [{ uri: folder.uri, path: folderPath }] : [];
    });
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        inlayHintProvider: true,
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
    for (const change of params.changes) {
      if (documents.get(change.uri)) continue;
      if (change.type === 3 /* deleted */ || !isSource(change.uri)) {
        publish(engine.remove(change.uri));
        continue;
      }
      const file = uriToPath(change.uri);
      if (!file) continue;
      fs.readFile(file).then(
        (bytes) => analyse(change.uri, decodeSource(bytes), 0),
        (error: unknown) => log(`recoupe: cannot read ${file}: ${String(error)}`),
      );
    }
  });

  documents.onDidOpen(
    guarded('didOpen', log, undefined, (event) => {
      if (isSource(event.document.uri)) analyse(event.document.uri, event.document.getText(), event.document.version);
    }),
  );

  documents.onDidChangeContent((event) => {
    const uri = event.document.uri;
    if (!isSource(uri)) return;
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
      const file = uriToPath(uri);
      // A closed file is still a source: go back to its saved text.
      if (file && isSource(uri)) {
        fs.readFile(file).then(
          (bytes) => analyse(uri, decodeSource(bytes), 0),
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
      const markdown = engine.hover(uri, offset, uiLang, (doc, at) => {
        const position = engine.lines(doc)?.positionAt(at) ?? { line: 0, character: 0 };
        return `[${engine.placeName(doc, at)}](${doc}#L${position.line + 1},${position.character + 1})`;
      });
      const span = engine.figureSpanAt(uri, offset);
      if (!markdown || !span) return null;
      return { contents: { kind: 'markdown', value: markdown }, range: toRange(lines, span) };
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

  connection.languages.inlayHint.on(
    guarded('inlayHint', log, [], (params): InlayHint[] => {
      const uri = params.textDocument.uri;
      flush(uri);
      const lines = engine.lines(uri);
      if (!lines) return [];
      const start = toOffset(lines, params.range.start);
      const end = toOffset(lines, params.range.end);
      return engine
        .inlayHints(uri, uiLang, settings.inlayHints)
        .filter((hint) => hint.offset >= start && hint.offset <= end)
        .map((hint) => ({ position: lines.positionAt(hint.offset), label: hint.label, paddingLeft: true, kind: InlayHintKind.Type }));
    }),
  );

  connection.onCodeAction(
    guarded('codeAction', log, [], (params): CodeAction[] => {
      const uri = params.textDocument.uri;
      flush(uri);
      const lines = engine.lines(uri);
      if (!lines) return [];
      const start = toOffset(lines, params.range.start);
      const end = toOffset(lines, params.range.end);
      return engine.fixes(uri, start, end, uiLang).map((fix, index) => {
        const targetLines = engine.lines(fix.target.doc);
        const position = targetLines?.positionAt(fix.target.offset) ?? { line: 0, character: 0 };
        return {
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          isPreferred: index === 0,
          diagnostics: params.context.diagnostics.filter((diagnostic) => diagnostic.code === fix.diagnosticCode),
          command: { title: fix.title, command: SHOW_LOCATION_COMMAND, arguments: [fix.target.doc, position.line, position.character] },
        };
      });
    }),
  );

  documents.listen(connection);
  connection.listen();
}

declare const RECOUPE_VERSION: string | undefined;
const VERSION = typeof RECOUPE_VERSION === 'string' ? RECOUPE_VERSION : '0.0.0-dev';
