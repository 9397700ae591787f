import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic, Hover, SemanticTokens } from 'vscode-languageserver-protocol';
import { openWorkspace, type TestClient, type TestWorkspace } from '../support/lspClient';

const TEXT_A = 'Le groupe Meta a investi 14,3 milliards de dollars dans Scale AI.\nLa start-up vaut 29 milliards de dollars selon Meta.\n';
const TEXT_B = 'Meta paid $14.8 billion for its stake in Scale AI, the data start-up.\n';

interface StoredLine {
  body: { kind: string; value: string; code?: string };
  creator: string;
  target: { source: string; selector: { type: string; exact?: string }[] };
}

describe('quick-fix annotations over stdio', () => {
  let workspace: TestWorkspace;
  let folder: string;
  let client: TestClient;
  let uriA: string;
  let uriB: string;
  let storeFile: string;
  let versionA = 1;

  const diagnosticsOf = (uri: string): Diagnostic[] => client.diagnostics.get(uri)?.diagnostics ?? [];
  const storeLines = (): StoredLine[] =>
    readFileSync(storeFile, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as StoredLine);
  const actionsAt = (uri: string, line: number, character: number): Promise<CodeAction[]> =>
    client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line, character }, end: { line, character } },
      context: { diagnostics: diagnosticsOf(uri), triggerKind: 1 },
    });
  const run = async (action: CodeAction | undefined): Promise<unknown> => {
    assert.ok(action?.command, 'an action with a command');
    return client.connection.sendRequest('workspace/executeCommand', { command: action.command.command, arguments: action.command.arguments });
  };
  const hoverText = async (line: number, character: number): Promise<string> => {
    const hover = await client.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: uriA }, position: { line, character } });
    return (hover?.contents as { value: string } | undefined)?.value ?? '';
  };

  before(async () => {
    workspace = await openWorkspace({ 'a.txt': TEXT_A, 'b.txt': TEXT_B }, { settings: { annotations: { creator: 'Ana Checker' } } });
    ({ client, folder } = workspace);
    uriA = workspace.uri('a.txt');
    uriB = workspace.uri('b.txt');
    storeFile = path.join(folder, '.recoupe', 'annotations.jsonl');
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uriA, languageId: 'plaintext', version: versionA, text: TEXT_A } });
    await client.waitFor('the conflict on a.txt', () => (diagnosticsOf(uriA).some((d) => d.code === 'conflict') ? true : undefined));
  });

  after(() => workspace.dispose());

  it('"Accept the value from…" records a W3C annotation and turns the conflict into information', async () => {
    const actions = await actionsAt(uriA, 0, 30);
    const result = await run(actions.find((action) => action.title === 'Accept the value from b.txt:1'));
    assert.match(String((result as { id: string }).id), /^urn:uuid:/);
    const [stored] = storeLines();
    assert.equal(stored?.body.kind, 'accepted-value');
    assert.equal(stored?.creator, 'Ana Checker');
    assert.equal(stored?.target.source, 'a.txt');
    assert.equal(stored?.target.selector.find((selector) => selector.type === 'TextQuoteSelector')?.exact, '14,3 milliards de dollars');
    const resolved = await client.waitFor('the conflict to become information', () => diagnosticsOf(uriA).find((d) => d.code === 'conflict' && d.severity === 3)).catch((error: unknown) => { throw new Error(`${String(error)} ${JSON.stringify(diagnosticsOf(uriA))}`); });
    assert.match(String(resolved.message), /Resolved: value from b\.txt:1 accepted by Ana Checker, \d{4}-\d\d-\d\d\./);
  });

  it('"Ignore here" hides that finding on the other side, and only there', async () => {
    await client.waitFor('the conflict on b.txt', () => (diagnosticsOf(uriB).some((d) => d.code === 'conflict') ? true : undefined));
    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: uriB },
      range: { start: { line: 0, character: 12 }, end: { line: 0, character: 12 } },
      context: { diagnostics: diagnosticsOf(uriB), triggerKind: 1 },
    });
    await run(actions.find((action) => action.title === 'Ignore here (conflict)'));
    await client.waitFor('b.txt without its conflict', () => (diagnosticsOf(uriB).some((d) => d.code === 'conflict') ? undefined : true));
    assert.equal(storeLines().length, 2);
    assert.equal(storeLines()[1]?.body.code, 'conflict');
  });

  it('offers the quick actions in the hover card as links to Recoupe’s own command', async () => {
    const text = await hoverText(1, 20);
    const links = [...text.matchAll(/\[([^\]]+)\]\((command:[^)]+)\)/g)].map((match) => ({ title: match[1], target: match[2] ?? '' }));
    assert.deepEqual(links.map((link) => link.title), ['Mark as verified', 'Mark as disputed']);
    assert.ok(links.every((link) => link.target.startsWith('command:recoupe.annotate?')));
    const args = JSON.parse(decodeURIComponent(links[0]?.target.slice('command:recoupe.annotate?'.length) ?? '[]')) as { verdict: { kind: string } }[];
    assert.equal(args[0]?.verdict.kind, 'verified');
  });

  it('"Mark as verified" shows in the hover and as a semantic-token modifier', async () => {
    const actions = await actionsAt(uriA, 1, 20);
    await run(actions.find((action) => action.title === 'Mark as verified'));
    const text = await hoverText(1, 20);
    assert.match(text, /✓ Verified by Ana Checker, \d{4}-\d\d-\d\d/);
    const tokens = await client.connection.sendRequest<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: uriA } });
    const verifiedBit = 1 << 4;
    assert.ok(tokens.data.some((value, index) => index % 5 === 4 && (value & verifiedBit) !== 0), 'a token with the verified modifier');
  });

  it('records every other quick fix: disputed, reviewed, cite a source, ignore a code in the file', async () => {
    for (const title of ['Mark as disputed', 'Mark as reviewed', 'Cite b.txt:1 as the source', 'Ignore “conflict” in this file']) {
      const actions = await actionsAt(uriA, 0, 30);
      const result = (await run(actions.find((action) => action.title === title))) as { id?: string; error?: string };
      assert.ok(result.id, `${title}: ${result.error ?? 'no id'}`);
    }
    const lines = storeLines();
    assert.deepEqual(
      lines.map((line) => line.body.kind),
      ['accepted-value', 'ignore-here', 'verified', 'disputed', 'reviewed', 'cite', 'ignore-code-in-file'],
    );
    const cite = lines[5] as unknown as { body: { reference: { source: string } } };
    assert.equal(cite.body.reference.source, 'b.txt');
    await client.waitFor('the conflict on a.txt ignored in the whole file', () => (diagnosticsOf(uriA).some((d) => d.code === 'conflict') ? undefined : true));
    const hover = await hoverText(0, 30);
    assert.match(hover, /✗ Disputed by Ana Checker/);
    assert.match(hover, /↗ Source cited by Ana Checker, \d{4}-\d\d-\d\d: b\.txt:1/);
  });

  it('keeps annotations on their words when text is inserted before them', async () => {
    versionA++;
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: uriA, version: versionA },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Flash 🚀 : ' }],
    });
    const text = await hoverText(1, 20);
    assert.match(text, /✓ Verified by Ana Checker/);
    const moved = await hoverText(0, 41);
    assert.match(moved, /Value from b\.txt:1 accepted by Ana Checker/);
  });

  it('reports an annotation whose sentence was deleted as an orphan at the top of the file', async () => {
    versionA++;
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: uriA, version: versionA },
      contentChanges: [{ range: { start: { line: 1, character: 0 }, end: { line: 2, character: 0 } }, text: '' }],
    });
    const orphan = await client.waitFor('an orphan', () => diagnosticsOf(uriA).find((d) => d.code === 'orphan-annotation'));
    assert.deepEqual(orphan.range.start, { line: 0, character: 0 });
    assert.match(String(orphan.message), /lost its words “29 milliards de dollars”/);
    const claims = await client.connection.sendRequest<{ orphans: { quote: string; kind: string }[] }>('recoupe/claims');
    assert.deepEqual(claims.orphans.map((entry) => [entry.kind, entry.quote]), [['verified', '29 milliards de dollars']]);
  });

  it('refuses to write into a corrupt store, names the line, and leaves the file untouched', async () => {
    const corrupt = `${readFileSync(storeFile, 'utf8')}{"not json\n`;
    writeFileSync(storeFile, corrupt);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(storeFile).href, type: 2 }] });
    const storeUri = pathToFileURL(storeFile).href;
    const problem = await client.waitFor('a problem on the store', () => client.diagnostics.get(storeUri)?.diagnostics[0]);
    assert.equal(problem.range.start.line, 7);
    const actions = await actionsAt(uriA, 0, 41);
    const result = (await run(actions.find((action) => action.title === 'Mark as disputed'))) as { error?: string };
    assert.match(result.error ?? '', /annotations\.jsonl:8/);
    assert.equal(readFileSync(storeFile, 'utf8'), corrupt);
    assert.ok(existsSync(storeFile));
  });
});
