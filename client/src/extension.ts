import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions } from 'vscode-languageclient/node';
import { ClaimsView } from './claimsView';
import { registerCommands } from './commands';
import { serverOptions } from './serverOptions';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'plaintext' },
    ],
    synchronize: {
      configurationSection: 'recoupe',
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/*.{txt,md,markdown}'),
        vscode.workspace.createFileSystemWatcher('**/.recoupe/annotations.jsonl'),
      ],
    },
  };
  client = new LanguageClient('recoupe', 'Recoupe', serverOptions(context), clientOptions);
  const claims = new ClaimsView(client);
  context.subscriptions.push(
    ...registerCommands(client, claims, async () => client?.restart()),
    vscode.window.registerTreeDataProvider('recoupe.claims', claims),
    // Claims change whenever findings do: the diagnostics event is the cheapest signal of it.
    vscode.languages.onDidChangeDiagnostics(() => claims.refreshSoon()),
  );
  await client.start();
  claims.refresh();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
