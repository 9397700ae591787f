import assert from 'node:assert/strict';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { DocumentSymbol, FoldingRange, Hover, Location, SymbolInformation } from 'vscode-languageserver-protocol';
import { openWorkspace, type TestClient, type TestWorkspace } from '../support/lspClient';

const TEXT_A = [
  'Le patron de Meta, Mark Zuckerberg, a recruté le fondateur de Scale AI.',
  'La société Meta Platforms investit massivement.',
  '',
  'Partager cet article',
  'Abonnez-vous à notre newsletter',
  'Lire aussi : les dix applications de la semaine',
  '',
].join('\n');
const TEXT_B = 'Zuckerberg a confirmé que Meta prendrait 49 % de Scale AI.\n';

describe('entities over stdio', () => {
  let workspace: TestWorkspace;
  let client: TestClient;
  let uriA: string;
  let uriB: string;

  before(async () => {
    workspace = await openWorkspace({ 'a.txt': TEXT_A, 'b.txt': TEXT_B });
    client = workspace.client;
    uriA = workspace.uri('a.txt');
    uriB = workspace.uri('b.txt');
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uriB, languageId: 'plaintext', version: 1, text: TEXT_B } });
  });

  after(() => workspace.dispose());

  const waitForSymbols = (query: string): Promise<SymbolInformation[]> =>
    new Promise((resolve, reject) => {
      const deadline = Date.now() + 10000;
      const poll = (): void => {
        client.connection.sendRequest<SymbolInformation[]>('workspace/symbol', { query }).then((symbols) => {
          if (symbols.length > 0) resolve(symbols);
          else if (Date.now() > deadline) reject(new Error(`no symbol for ${query}`));
          else setTimeout(poll, 50);
        }, reject);
      };
      poll();
    });

  it('finds an entity of any source with workspace symbols', async () => {
    const symbols = await waitForSymbols('zucker');
    assert.equal(symbols[0]?.name, 'Mark Zuckerberg');
    assert.equal(symbols[0]?.location.uri, uriA);
  });

  it('goes from a surname to the first mention of the full name', async () => {
    const location = await client.connection.sendRequest<Location | null>('textDocument/definition', { textDocument: { uri: uriB }, position: { line: 0, character: 3 } });
    assert.equal(location?.uri, uriA);
    assert.deepEqual(location?.range, { start: { line: 0, character: 19 }, end: { line: 0, character: 34 } });
  });

  it('finds every mention of Meta, aliases included, in every source', async () => {
    const references = await client.connection.sendRequest<Location[]>('textDocument/references', {
      textDocument: { uri: uriB },
      position: { line: 0, character: 27 },
      context: { includeDeclaration: true },
    });
    const places = references.map((reference) => `${path.basename(reference.uri)}:${reference.range.start.line}:${reference.range.start.character}`);
    assert.deepEqual(places, ['a.txt:0:13', 'a.txt:1:11', 'b.txt:0:26']);
  });

  it('hovers an entity with its type, aliases and mentions per source', async () => {
    const hover = await client.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: uriB }, position: { line: 0, character: 27 } });
    const value = (hover?.contents as { value: string } | undefined)?.value ?? '';
    assert.match(value, /\*\*Meta\*\*/);
    assert.match(value, /Meta Platforms/);
    assert.match(value, /a\.txt/);
  });

  it('outlines a document by paragraph with its entities and figures', async () => {
    const symbols = await client.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: uriB } });
    assert.equal(symbols.length, 1);
    assert.deepEqual(
      symbols[0]?.children?.map((child) => child.name),
      ['Mark Zuckerberg', 'Meta', '49 %', 'Scale AI'],
    );
  });

  it('folds the page furniture', async () => {
    const ranges = await client.connection.sendRequest<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: uriA } });
    assert.deepEqual(ranges, [{ startLine: 3, endLine: 5, kind: 'region' }]);
  });
});
