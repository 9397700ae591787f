/**
 * Recoupe in desktop VS Code, through the extension API (runs in the extension host, mocha TDD).
 * Same scenarios as the code-server suite: activation, hover, conflict diagnostic, code action,
 * semantic tokens (including offsets after an emoji and a combining accent).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const EXTENSION_ID = process.env['RECOUPE_EXTENSION_ID'] ?? 'recoupe.recoupe';
const FILE_A = 'fr-source-a.txt';
const FILE_B = 'en-source-b.txt';
const FIGURE = '14,3 milliards de dollars';
const EMOJI_FIGURE = '29 milliards';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `fn` until it returns a value other than undefined; throws with `what` after `timeout` ms. */
async function poll<T>(what: string, timeout: number, fn: () => Promise<T | undefined> | T | undefined): Promise<T> {
  const end = Date.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v !== undefined) return v;
    } catch (e) { lastError = e; }
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${what}${lastError instanceof Error ? `: ${lastError.message}` : ''}`);
    await sleep(200);
  }
}

/** Unicode spaces as plain spaces; markdown backslash escapes removed. */
function plain(s: string): string {
  return s.replace(/\\([\\`*_{}[\]()#+\-.!|~<>])/g, '$1').replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g, ' ').trim();
}

function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

function codeOf(d: vscode.Diagnostic): string {
  const c = d.code;
  if (c === undefined) return '';
  return typeof c === 'object' ? String(c.value) : String(c);
}

function describeDiagnostics(doc: vscode.TextDocument, all: readonly vscode.Diagnostic[]): string {
  return JSON.stringify(all.map((d) => ({
    source: d.source, code: codeOf(d), severity: vscode.DiagnosticSeverity[d.severity], message: d.message, text: doc.getText(d.range),
  })));
}

function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'VS Code was started without a workspace folder');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** Start offsets (in the document, UTF-16) and token types of the document's semantic tokens. */
async function semanticTokens(doc: vscode.TextDocument): Promise<Array<{ offset: number; length: number; type: string }>> {
  const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend | undefined>('vscode.provideDocumentSemanticTokensLegend', doc.uri);
  const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', doc.uri);
  if (!legend || !tokens) return [];
  const out: Array<{ offset: number; length: number; type: string }> = [];
  let line = 0;
  let char = 0;
  const d = tokens.data;
  for (let i = 0; i + 4 < d.length; i += 5) {
    const dLine = d[i] ?? 0;
    const dChar = d[i + 1] ?? 0;
    line += dLine;
    char = dLine === 0 ? char + dChar : dChar;
    out.push({ offset: doc.offsetAt(new vscode.Position(line, char)), length: d[i + 2] ?? 0, type: legend.tokenTypes[d[i + 3] ?? 0] ?? '?' });
  }
  return out;
}

suite('Recoupe in desktop VS Code', () => {
  let doc: vscode.TextDocument;
  let figureAt: vscode.Position;

  suiteSetup(async () => {
    doc = await vscode.workspace.openTextDocument(workspaceFile(FILE_A));
    await vscode.window.showTextDocument(doc);
    const at = doc.getText().indexOf(FIGURE);
    assert.ok(at >= 0, `${FILE_A} does not contain ${FIGURE}`);
    figureAt = doc.positionAt(at + 1); // inside "14,3"
  });

  test('(a) the extension activates when a .txt file is opened', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is not loaded (extensionDevelopmentPath?)`);
    assert.equal(doc.languageId, 'plaintext');
    await poll(`${EXTENSION_ID} to activate`, 30_000, () => (ext.isActive ? true : undefined));
  });

  test('(b) the hover on "14,3 milliards de dollars" shows the normalised value and the other source', async () => {
    const wanted = ['14,300,000,000', 'USD', FILE_B]; // English UI: English digit grouping
    let last = '';
    try {
      await poll('a complete hover', 30_000, async () => {
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, figureAt);
        last = plain(hoverText(hovers ?? []));
        return wanted.every((w) => last.includes(w)) ? last : undefined;
      });
    } catch {
      const missing = wanted.filter((w) => !last.includes(w));
      assert.fail(`the hover lacks ${missing.map((m) => JSON.stringify(m)).join(', ')}; hover text: ${JSON.stringify(last)}`);
    }
  });

  test('(c) a warning from "recoupe" covers the conflicting figure', async () => {
    let all: vscode.Diagnostic[] = [];
    const ours = await poll('a recoupe diagnostic', 30_000, () => {
      all = vscode.languages.getDiagnostics(doc.uri);
      const found = all.filter((d) => d.source === 'recoupe' && d.severity === vscode.DiagnosticSeverity.Warning);
      return found.length ? found : undefined;
    }).catch(() => assert.fail(`no warning from "recoupe" on ${FILE_A}; diagnostics: ${describeDiagnostics(doc, all)}`));
    const onFigure = ours.find((d) => d.range.contains(figureAt));
    assert.ok(onFigure, `no "recoupe" warning covers ${FIGURE}; it covers: ${ours.map((d) => JSON.stringify(doc.getText(d.range))).join(', ')}`);
    assert.ok(doc.getText(onFigure.range).startsWith('14,3'), `the diagnostic covers ${JSON.stringify(doc.getText(onFigure.range))}`);
  });

  test('(c2) both sources\' conflicting figures carry a "conflict" warning', async () => {
    const docB = await vscode.workspace.openTextDocument(workspaceFile(FILE_B));
    for (const d of [doc, docB]) {
      let all: vscode.Diagnostic[] = [];
      await poll(`a conflict warning on ${d.uri.path}`, 30_000, () => {
        all = vscode.languages.getDiagnostics(d.uri);
        return all.some((x) => x.source === 'recoupe' && x.severity === vscode.DiagnosticSeverity.Warning && codeOf(x) === 'conflict') ? true : undefined;
      }).catch(() => assert.fail(`no "recoupe" warning with code conflict on ${d.uri.path}; diagnostics: ${describeDiagnostics(d, all)}`));
    }
  });

  test('(d) a code action on the conflicting figure opens en-source-b.txt', async () => {
    const range = new vscode.Range(figureAt, figureAt);
    let titles: string[] = [];
    await poll('a code action naming the other source', 30_000, async () => {
      const actions = await vscode.commands.executeCommand<Array<vscode.CodeAction | vscode.Command>>('vscode.executeCodeActionProvider', doc.uri, range);
      titles = (actions ?? []).map((a) => a.title);
      return titles.some((t) => t.includes(FILE_B)) ? true : undefined;
    }).catch(() => assert.fail(`no code action mentions ${FILE_B}; titles: ${JSON.stringify(titles)}`));
  });

  test('(e) semantic tokens cover the figure', async () => {
    const start = doc.offsetAt(figureAt) - 1;
    let tokens: Array<{ offset: number; length: number; type: string }> = [];
    await poll('a semantic token on the figure', 30_000, async () => {
      tokens = await semanticTokens(doc);
      return tokens.some((t) => t.offset === start) ? true : undefined;
    }).catch(() => assert.fail(`no semantic token starts at "14,3" (offset ${start}); tokens: ${JSON.stringify(tokens.map((t) => ({ text: doc.getText().slice(t.offset, t.offset + t.length), type: t.type })))}`));
  });

  test('(f) after an emoji and a combining accent, the semantic token starts exactly at the figure', async () => {
    const start = doc.getText().indexOf(EMOJI_FIGURE);
    assert.ok(start > 0);
    let tokens: Array<{ offset: number; length: number; type: string }> = [];
    await poll('a semantic token on the figure after the emoji', 30_000, async () => {
      tokens = await semanticTokens(doc);
      return tokens.some((t) => t.offset === start) ? true : undefined;
    }).catch(() => {
      const line = doc.positionAt(start).line;
      const near = tokens.filter((t) => doc.positionAt(t.offset).line === line).map((t) => JSON.stringify(doc.getText().slice(t.offset, t.offset + t.length)));
      assert.fail(`no semantic token starts at "${EMOJI_FIGURE}" (UTF-16 offset ${start}); tokens on that line cover: ${near.join(', ') || 'nothing'}`);
    });
  });
});
