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
    middleware: {
      // The server links its own quick actions in hovers; trust exactly those commands, nothing a document could carry.
      provideHover: async (document, position, token, next) => {
        const hover = await next(document, position, token);
        if (!hover) return hover;
        const contents = hover.contents.map((content) => {
          if (!(content instanceof vscode.MarkdownString)) return content;
          const trusted = new vscode.MarkdownString(content.value);
          trusted.isTrusted = { enabledCommands: ['recoupe.annotate', 'recoupe.showLocation'] };
          return trusted;
        });
        return new vscode.Hover(contents, hover.range);
      },
    },
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
