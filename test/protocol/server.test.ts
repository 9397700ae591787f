import assert from 'node:assert/strict';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic, Hover, InitializeResult, InlayHint, SemanticTokens } from 'vscode-languageserver-protocol';
import { openWorkspace, type TestClient, type TestWorkspace } from '../support/lspClient';

const EMOJI_LINE = '🚀 Cafe\u0301 : Meta a pris 49 % du capital de Scale AI.';
const TEXT_A = `Le groupe Meta a investi 14,3 milliards de dollars dans Scale AI.\r\n${EMOJI_LINE}\r\n`;
const TEXT_B = 'Meta paid $14.8 billion for its stake in Scale AI, the data start-up.\n';

describe('language server over stdio', () => {
  let workspace: TestWorkspace;
  let client: TestClient;
  let folder: string;
  let uriA: string;
  let uriB: string;
  let initializeResult: InitializeResult;

  const diagnosticsOf = (uri: string): Diagnostic[] | undefined => client.diagnostics.get(uri)?.diagnostics;
  const withConflicts = (uri: string) => () => {
    const list = diagnosticsOf(uri);
    return list && list.length > 0 ? list : undefined;
  };
  const withoutConflicts = (uri: string) => () => {
    const list = diagnosticsOf(uri);
    return list && list.length === 0 ? list : undefined;
  };

  before(async () => {
    workspace = await openWorkspace({
      'a.txt': TEXT_A,
      'b.txt': TEXT_B,
      'notes.json': '{"not": "a source"}',
      'c.txt': 'La start-up Acme Robotics est valorisée à 5 milliards de dollars.\n',
      'd.txt': 'Acme Robotics is now valued at $9 billion.\n',
    });
    ({ client, folder, initializeResult } = workspace);
    uriA = workspace.uri('a.txt');
    uriB = workspace.uri('b.txt');
  });

  after(() => workspace.dispose());

  it('announces hover, code actions and semantic tokens with the custom legend', () => {
    const capabilities = initializeResult.capabilities;
    assert.equal(capabilities.hoverProvider, true);
    assert.deepEqual(capabilities.semanticTokensProvider?.legend.tokenTypes.slice(0, 2), ['money', 'percent']);
    assert.ok(capabilities.semanticTokensProvider?.legend.tokenModifiers.includes('hedged'));
    assert.deepEqual((capabilities.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds, ['quickfix']);
  });

  it('pulls its settings with workspace/configuration', async () => {
    const request = await client.waitFor('a configuration request', () => client.configurationRequests[0]);
    assert.deepEqual(request, { items: [{ section: 'recoupe', scopeUri: pathToFileURL(folder).href }] });
  });

  it('publishes a conflict on the opened document and on the source that disagrees with it, read from disk', async () => {
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: uriA, languageId: 'plaintext', version: 1, text: TEXT_A },
    });
    const onA = await client.waitFor('diagnostics on a.txt', withConflicts(uriA));
    assert.equal(onA.length, 1);
    const [diagnostic] = onA;
    assert.equal(diagnostic?.code, 'conflict');
    assert.equal(diagnostic?.severity, 2);
    assert.equal(diagnostic?.source, 'recoupe');
    assert.deepEqual(diagnostic?.range, { start: { line: 0, character: 25 }, end: { line: 0, character: 50 } });
    assert.equal(diagnostic?.relatedInformation?.[0]?.location.uri, uriB);
    assert.deepEqual(diagnostic?.relatedInformation?.[0]?.location.range, {
      start: { line: 0, character: 10 },
      end: { line: 0, character: 23 },
    });
    const onB = await client.waitFor('diagnostics on b.txt', withConflicts(uriB));
    assert.equal(onB[0]?.relatedInformation?.[0]?.location.uri, uriA);
    assert.equal(client.diagnostics.has(pathToFileURL(path.join(folder, 'notes.json')).href), false);
  });

  it('keeps unrelated closed sources out of the Problems panel until "Check all sources"', async () => {
    const uriC = pathToFileURL(path.join(folder, 'c.txt')).href;
    assert.equal(client.diagnostics.get(uriC), undefined);
    const result = await client.connection.sendRequest('workspace/executeCommand', { command: 'recoupe.checkAll', arguments: [] });
    assert.deepEqual(result, { documents: 4 });
    const onC = await client.waitFor('diagnostics on c.txt', withConflicts(uriC));
    assert.match(String(onC[0]?.message), /Sources disagree on Acme Robotics: valuation: d\.txt:1 says “\$9 billion”/);
  });

  it('hovers a figure with its normalised value and the other source', async () => {
    const hover = await client.connection.sendRequest<Hover | null>('textDocument/hover', {
      textDocument: { uri: uriA },
      position: { line: 0, character: 27 },
    });
    assert.ok(hover, 'a hover');
    const value = (hover.contents as { value: string }).value;
    assert.match(value, /14,300,000,000 USD/);
    assert.match(value, /Claim: \*\*Meta → Scale AI: investment\*\*/);
    assert.match(value, /\| ⚠ \| \[b\.txt:1\]\(file:\/\/.*b\.txt#L1,11\) \| — \| « \$14\.8 billion » \| 14\.75–14\.85bn USD \|/);
    assert.deepEqual(hover.range, { start: { line: 0, character: 25 }, end: { line: 0, character: 50 } });
  });

  it('counts UTF-16 code units after an emoji and a combining accent', async () => {
    const at = EMOJI_LINE.indexOf('49');
    assert.equal(at, 23, 'the fixture line: 2 units for the emoji, 5 for "Café" with its combining accent');
    const hover = await client.connection.sendRequest<Hover | null>('textDocument/hover', {
      textDocument: { uri: uriA },
      position: { line: 1, character: at + 1 },
    });
    assert.ok(hover, 'a hover on 49 %');
    assert.deepEqual(hover.range, { start: { line: 1, character: 23 }, end: { line: 1, character: 27 } });
  });

  it('returns semantic tokens for figures and entities, in UTF-16 columns', async () => {
    const tokens = await client.connection.sendRequest<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: uriA } });
    const legend = initializeResult.capabilities.semanticTokensProvider?.legend;
    assert.ok(legend);
    const decoded: { line: number; character: number; length: number; type: string; modifiers: string[] }[] = [];
    let line = 0;
    let character = 0;
    for (let i = 0; i < tokens.data.length; i += 5) {
      const [deltaLine = 0, deltaStart = 0, length = 0, type = 0, modifierBits = 0] = tokens.data.slice(i, i + 5);
      line += deltaLine;
      character = deltaLine === 0 ? character + deltaStart : deltaStart;
      const modifiers = legend.tokenModifiers.filter((_, bit) => (modifierBits & (1 << bit)) !== 0);
      decoded.push({ line, character, length, type: legend.tokenTypes[type] ?? '?', modifiers });
    }
    assert.deepEqual(decoded, [
      { line: 0, character: 10, length: 4, type: 'organization', modifiers: [] },
      { line: 0, character: 25, length: 25, type: 'money', modifiers: ['conflict'] },
      { line: 0, character: 56, length: 8, type: 'organization', modifiers: [] },
      { line: 1, character: 11, length: 4, type: 'organization', modifiers: [] },
      { line: 1, character: 23, length: 4, type: 'percent', modifiers: [] },
      { line: 1, character: 42, length: 8, type: 'organization', modifiers: [] },
    ]);
  });

  it('shows inlay hints with the full value of amounts written with a scale word', async () => {
    const hints = await client.connection.sendRequest<InlayHint[]>('textDocument/inlayHint', {
      textDocument: { uri: uriA },
      range: { start: { line: 0, character: 0 }, end: { line: 2, character: 0 } },
    });
    assert.deepEqual(
      hints.map((hint) => ({ position: hint.position, label: hint.label })),
      [{ position: { line: 0, character: 50 }, label: '14,300,000,000 USD' }],
    );
  });

  it('offers quick fixes on a conflicting figure: open the other source first, then record a verdict', async () => {
    const diagnostics = diagnosticsOf(uriA) ?? [];
    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: uriA },
      range: { start: { line: 0, character: 30 }, end: { line: 0, character: 30 } },
      context: { diagnostics, only: ['quickfix'], triggerKind: 1 },
    });
    assert.deepEqual(
      actions.map((action) => action.title),
      [
        'Open the other source: b.txt:1',
        'Accept the value from b.txt:1',
        'Ignore here (conflict)',
        'Ignore “conflict” in this file',
        'Mark as verified',
        'Mark as disputed',
        'Mark as reviewed',
        'Cite b.txt:1 as the source',
      ],
    );
    assert.equal(actions[0]?.isPreferred, true);
    assert.deepEqual(actions[0]?.command?.arguments, [uriB, 0, 10]);
    assert.equal(actions[0]?.diagnostics?.[0]?.code, 'conflict');
    assert.equal(actions[1]?.command?.command, 'recoupe.annotate');
  });

  it('applies a settings change: diagnostics off, then on again', async () => {
    client.settings = { diagnostics: { enabled: false } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.waitFor('diagnostics cleared', withoutConflicts(uriA));
    client.settings = {};
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.waitFor('diagnostics back', withConflicts(uriA));
  });

  it('names the bad key of an invalid setting and keeps working with the defaults', async () => {
    client.settings = { language: 'de' };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const message = await client.waitFor('a settings warning', () => client.messages.find((text) => text.includes('recoupe.language')));
    assert.match(message, /"recoupe\.language": Invalid option: expected one of "auto"\|"fr"\|"en"/);
    await client.waitFor('diagnostics still there', withConflicts(uriA));
    client.settings = {};
  });

  it('re-checks the other source when a document changes, and restores the saved text on close', async () => {
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: uriB, languageId: 'plaintext', version: 1, text: TEXT_B },
    });
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: uriB, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 14 }, end: { line: 0, character: 15 } }, text: '3' }],
    });
    await client.waitFor('the conflict on a.txt to go', withoutConflicts(uriA));
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: uriB } });
    await client.waitFor('the conflict on a.txt to come back from the saved b.txt', withConflicts(uriA));
  });
});

describe('language server in a French editor', () => {
  let workspace: TestWorkspace;
  let client: TestClient;
  let folder: string;

  before(async () => {
    workspace = await openWorkspace({ 'a.txt': TEXT_A, 'b.txt': TEXT_B }, { locale: 'fr' });
    ({ client, folder } = workspace);
  });

  after(() => workspace.dispose());

  it('writes diagnostics and hovers in French, with French number formats', async () => {
    const uriA = pathToFileURL(path.join(folder, 'a.txt')).href;
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: uriA, languageId: 'plaintext', version: 1, text: TEXT_A },
    });
    const [diagnostic] = await client.waitFor('diagnostics on a.txt', () => {
      const list = client.diagnostics.get(uriA)?.diagnostics;
      return list && list.length > 0 ? list : undefined;
    });
    assert.match(String(diagnostic?.message), /Les sources divergent sur Meta → Scale AI : investissement : b\.txt:1 indique « \$14\.8 billion »/);
    const hover = await client.connection.sendRequest<Hover | null>('textDocument/hover', {
      textDocument: { uri: uriA },
      position: { line: 0, character: 27 },
    });
    const value = (hover?.contents as { value: string } | undefined)?.value ?? '';
    assert.match(value, /14,3 milliards de dollars\*\* → `14 300 000 000 USD`/);
    assert.ok(value.includes('| | Source | Publié | Formulation | Intervalle |'), value);
    assert.match(value, /contradiction/);
  });
});
