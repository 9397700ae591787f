import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { ClaimItem } from '../../server/src/lsp/protocol';
import type { ClaimsView } from './claimsView';

type PaletteVerdict = 'verified' | 'disputed' | 'reviewed';

/** Commands of the palette, the Claims view and the server's quick fixes. */
export function registerCommands(client: LanguageClient, claims: ClaimsView, restartServer: () => Promise<void>): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('recoupe.showLocation', async (uri: unknown, line: unknown, character: unknown) => {
      if (typeof uri !== 'string' || typeof line !== 'number' || typeof character !== 'number') return;
      const position = new vscode.Position(line, character);
      try {
        await vscode.window.showTextDocument(vscode.Uri.parse(uri), { selection: new vscode.Range(position, position), preview: true });
      } catch (error) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Recoupe: the other source could not be opened: {0}', String(error)));
      }
    }),
    vscode.commands.registerCommand('recoupe.restartServer', async () => {
      await restartServer();
      void vscode.window.showInformationMessage(vscode.l10n.t('Recoupe: the language server was restarted.'));
    }),
    vscode.commands.registerCommand('recoupe.claims.refresh', () => claims.refresh()),
    vscode.commands.registerCommand('recoupe.claims.conflictsOnly', () => claims.setConflictsOnly(true)),
    vscode.commands.registerCommand('recoupe.claims.all', () => claims.setConflictsOnly(false)),
    vscode.commands.registerCommand('recoupe.claims.openChart', (claim: ClaimItem) => claims.openChart(claim)),
    vscode.commands.registerCommand('recoupe.markVerified', () => annotateSelection(client, 'verified')),
    vscode.commands.registerCommand('recoupe.markDisputed', () => annotateSelection(client, 'disputed')),
    vscode.commands.registerCommand('recoupe.markReviewed', () => annotateSelection(client, 'reviewed')),
    vscode.commands.registerCommand('recoupe.citeUrl', () => citeUrl(client)),
  ];
}

/** "Mark as verified…": the selection (or the word under the cursor) with an optional note. */
async function annotateSelection(client: LanguageClient, kind: PaletteVerdict): Promise<void> {
  const target = selectionTarget();
  if (!target) return;
  const note = await vscode.window.showInputBox({ prompt: vscode.l10n.t('Note (optional): what you checked, against what'), ignoreFocusOut: true });
  if (note === undefined) return;
  await run(client, { uri: target.uri, span: target.span, verdict: { kind }, ...(note ? { note } : {}) });
}

/** "Cite a source…": a web address for the selected words. */
async function citeUrl(client: LanguageClient): Promise<void> {
  const target = selectionTarget();
  if (!target) return;
  const url = await vscode.window.showInputBox({
    prompt: vscode.l10n.t('Address of the source to cite'),
    placeHolder: 'https://',
    validateInput: (value) => (/^https?:\/\/\S+$/u.test(value) ? undefined : vscode.l10n.t('A web address starting with http:// or https://')),
  });
  if (!url) return;
  await run(client, { uri: target.uri, span: target.span, verdict: { kind: 'cite', reference: { id: url } } });
}

function selectionTarget(): { uri: string; span: { start: number; end: number } } | null {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return null;
  const document = editor.document;
  const range = editor.selection.isEmpty ? document.getWordRangeAtPosition(editor.selection.active, /[^\s]+(?:[ \u00a0\u202f][^\s]+){0,4}/u) : editor.selection;
  if (!range) return null;
  return { uri: document.uri.toString(), span: { start: document.offsetAt(range.start), end: document.offsetAt(range.end) } };
}

async function run(client: LanguageClient, args: unknown): Promise<void> {
  const result = await client.sendRequest<{ error?: string } | null>('workspace/executeCommand', { command: 'recoupe.annotate', arguments: [args] });
  if (result?.error) void vscode.window.showErrorMessage(`Recoupe: ${result.error}`);
}
