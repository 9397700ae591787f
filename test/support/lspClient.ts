import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import type { ClientCapabilities, InitializeResult, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { serverBundle } from './paths';

/** The capabilities VS Code 1.9x announces for the features Recoupe uses. */
export const vscodeCapabilities: ClientCapabilities = {
  workspace: {
    applyEdit: true,
    workspaceEdit: { documentChanges: true },
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true },
    configuration: true,
    workspaceFolders: true,
    semanticTokens: { refreshSupport: true },
    inlayHint: { refreshSupport: true },
  },
  textDocument: {
    synchronization: { dynamicRegistration: true, willSave: true, willSaveWaitUntil: true, didSave: true },
    hover: { dynamicRegistration: true, contentFormat: ['markdown', 'plaintext'] },
    publishDiagnostics: { relatedInformation: true, versionSupport: false, tagSupport: { valueSet: [1, 2] }, codeDescriptionSupport: true, dataSupport: true },
    codeAction: {
      dynamicRegistration: true,
      isPreferredSupport: true,
      disabledSupport: true,
      dataSupport: true,
      resolveSupport: { properties: ['edit'] },
      codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'refactor', 'source'] } },
    },
    semanticTokens: {
      dynamicRegistration: true,
      tokenTypes: ['number', 'string', 'keyword'],
      tokenModifiers: ['declaration'],
      formats: ['relative'],
      requests: { range: true, full: { delta: true } },
      multilineTokenSupport: false,
      overlappingTokenSupport: false,
    },
    inlayHint: { dynamicRegistration: true, resolveSupport: { properties: ['tooltip', 'label.tooltip'] } },
  },
  window: { workDoneProgress: true, showMessage: {} },
  general: { positionEncodings: ['utf-16'] },
};

export interface TestClient {
  readonly connection: MessageConnection;
  readonly diagnostics: Map<string, PublishDiagnosticsParams>;
  readonly configurationRequests: unknown[];
  readonly messages: string[];
  /** Settings the fake editor answers workspace/configuration with. */
  settings: unknown;
  waitFor<T>(what: string, probe: () => T | undefined, timeoutMs?: number): Promise<T>;
  dispose(): Promise<void>;
}

/** Spawns the shipped server bundle over stdio and plays the editor's side of the protocol. */
export function startServer(): TestClient {
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, [serverBundle, '--stdio'], { stdio: 'pipe' });
  const stderr: string[] = [];
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const diagnostics = new Map<string, PublishDiagnosticsParams>();
  const configurationRequests: unknown[] = [];
  const messages: string[] = [];
  const listeners = new Set<() => void>();
  const notify = (): void => listeners.forEach((listener) => listener());
  const client: TestClient = {
    connection,
    diagnostics,
    configurationRequests,
    messages,
    settings: {},
    waitFor<T>(what: string, probe: () => T | undefined, timeoutMs = 10000): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        const check = (): boolean => {
          const value = probe();
          if (value === undefined) return false;
          cleanup();
          resolve(value);
          return true;
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`timed out waiting for ${what}; server stderr:\n${stderr.join('')}`));
        }, timeoutMs);
        const cleanup = (): void => {
          clearTimeout(timer);
          listeners.delete(listener);
        };
        const listener = (): void => {
          check();
        };
        listeners.add(listener);
        check();
      });
    },
    async dispose(): Promise<void> {
      try {
        await connection.sendRequest('shutdown');
        await connection.sendNotification('exit');
      } catch {
        // the server may already be gone
      }
      connection.dispose();
      if (child.exitCode === null) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(() => {
            child.kill();
            resolve();
          }, 2000);
          child.once('exit', () => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
    },
  };
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    diagnostics.set(params.uri, params);
    notify();
  });
  connection.onNotification('window/showMessage', (params: { message: string }) => {
    messages.push(params.message);
    notify();
  });
  connection.onNotification('window/logMessage', () => undefined);
  connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) => {
    configurationRequests.push(params);
    notify();
    return params.items.map(() => client.settings);
  });
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onRequest('workspace/semanticTokens/refresh', () => null);
  connection.onRequest('workspace/inlayHint/refresh', () => null);
  connection.onRequest('window/showMessageRequest', (params: { message: string }) => {
    messages.push(params.message);
    notify();
    return null;
  });
  connection.listen();
  return client;
}

export interface TestWorkspace {
  readonly client: TestClient;
  readonly folder: string;
  readonly initializeResult: InitializeResult;
  /** The file URI of a workspace file. */
  uri(name: string): string;
  dispose(): Promise<void>;
}

/** Writes files into a fresh folder, starts the server on it as VS Code would, and sends `initialized`. */
export async function openWorkspace(files: Readonly<Record<string, string>>, options: { locale?: string; settings?: unknown } = {}): Promise<TestWorkspace> {
  const folder = mkdtempSync(path.join(tmpdir(), 'recoupe-protocol-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
    writeFileSync(path.join(folder, name), text);
  }
  const client = startServer();
  if (options.settings !== undefined) client.settings = options.settings;
  const initializeResult = await client.connection.sendRequest<InitializeResult>('initialize', {
    processId: process.pid,
    locale: options.locale ?? 'en',
    rootUri: pathToFileURL(folder).href,
    workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'corpus' }],
    capabilities: vscodeCapabilities,
  });
  await client.connection.sendNotification('initialized', {});
  return {
    client,
    folder,
    initializeResult,
    uri: (name) => pathToFileURL(path.join(folder, name)).href,
    async dispose(): Promise<void> {
      await client.dispose();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
