import * as vscode from 'vscode';

/** "recoupe.showLocation" reveals a place in another source: the server's "open the other source" quick fixes call it. */
export function registerCommands(restartServer: () => Promise<void>): vscode.Disposable[] {
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
  ];
}
