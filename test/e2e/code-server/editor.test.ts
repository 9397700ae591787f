/**
 * Recoupe in a real VS Code workbench (code-server 4.139.1 = VS Code 1.139.1, headless Chromium).
 * All scenarios share ONE session (startup takes 13-20 s). Run through run.sh:
 *   bash test/e2e/code-server/run.sh      (setup.sh, then node --test out/test/e2e/code-server)
 * Screenshots and logs: test/e2e/artefacts/.
 */
import { after, before, test, type TestContext } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  EditorSession, normaliseSpaces, optionsFromEnv, positionOf, until,
  type HoverContent, type ProblemRow, type TextSpan, type TokenInspector,
} from './harness';

const opts = optionsFromEnv();
const FILE_A = 'fr-source-a.txt';
const FILE_B = 'en-source-b.txt';
/** The conflicting figure (14,3 here, 14.8 in en-source-b.txt). */
const FIGURE = '14,3 milliards de dollars';
const FIGURE_HEAD = '14,3';
const PLAIN_WORD = 'investi';
/** Line 2 of fr-source-a.txt: an emoji (2 UTF-16 units) and a combining accent before the figure. */
const EMOJI_FIGURE = '29 milliards';
const EMOJI_PLAIN_WORD = 'analyste';
const fig = positionOf(path.join(opts.workspace, FILE_A), FIGURE);
const emojiFig = positionOf(path.join(opts.workspace, FILE_A), EMOJI_FIGURE);

let session: EditorSession | undefined;
let startError: unknown;

function need(): EditorSession {
  if (session) return session;
  throw new Error(`the editor session did not start: ${startError instanceof Error ? startError.message : String(startError)}`);
}

/** Each scenario takes a screenshot when it fails (test/e2e/artefacts/failed-<name>.png). */
function scenario(name: string, timeout: number, fn: (s: EditorSession, t: TestContext) => Promise<void>): void {
  test(name, { timeout }, async (t: TestContext) => {
    const s = need();
    try {
      await fn(s, t);
    } catch (e) {
      const slug = name.replace(/^\((\w+)\).*/, '$1');
      const shot = await s.screenshot(`failed-${slug}.png`).catch(() => '');
      if (shot) t.diagnostic(`screenshot: ${path.relative(process.cwd(), shot)}`);
      throw e;
    } finally {
      await s.calm().catch(() => undefined);
    }
  });
}

function show(label: string, text: string): string {
  return `${label}: ${JSON.stringify(text)}`;
}

// ------------------------------------------------------------------------------ session

before(async () => {
  // Artefacts of the previous run (only the files this suite writes).
  for (const f of fs.existsSync(opts.artefacts) ? fs.readdirSync(opts.artefacts) : []) {
    if (/^(hover|problems|quickfix|failed-\w+)\.png$/.test(f)) fs.rmSync(path.join(opts.artefacts, f), { force: true });
  }
  try {
    session = await EditorSession.start(opts);
    // Quick Open with line:column puts the cursor inside the figure.
    await session.openFile(FILE_A, fig.line, fig.column + 1);
  } catch (e) {
    startError = e;
    if (session) {
      await session.screenshot('failed-start.png').catch(() => undefined);
      try { session.collectLogs(); } catch { /* ignore */ }
      await session.stop().catch(() => undefined);
      session = undefined;
    }
    throw e;
  }
}, { timeout: 180_000 });

after(async () => {
  const s = session;
  session = undefined;
  if (!s) return;
  try { s.collectLogs(); } catch { /* ignore */ }
  await s.stop();
}, { timeout: 60_000 });

// Interrupted (Ctrl+C, or the CI's timeout): stop code-server and Chromium before exiting.
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(sig, () => {
    const s = session;
    session = undefined;
    void (s ? s.stop() : Promise.resolve()).catch(() => undefined).finally(() => process.exit(130));
  });
}

// ------------------------------------------------------------------------------ scenarios

scenario('(a) the extension activates when a .txt file is opened', 45_000, async (s, t) => {
  t.diagnostic(`VS Code ${s.vscodeVersion}; installed: ${s.installed.join(', ') || '(none)'}`);
  const ids = s.installed.map((e) => e.replace(/@[^@]*$/, ''));
  assert.ok(ids.includes(opts.extensionId),
    `${opts.extensionId} is not among the installed extensions (${s.installed.join(', ') || 'none'}); set RECOUPE_EXTENSION_ID for another .vsix`);
  let activation;
  try {
    activation = await until(() => s.activations().find((a) => a.id === opts.extensionId),
      { timeout: 40_000, interval: 200, what: `ExtensionService#_doActivateExtension ${opts.extensionId}` });
  } catch (e) {
    const errors = s.extensionHostErrors();
    assert.fail(`${(e as Error).message}\nactivated: ${s.activations().map((a) => a.id).join(', ') || 'nothing'}\n`
      + `extension host errors:\n${errors.join('\n') || '(none)'}`);
  }
  t.diagnostic(`activated ${activation.id}, activationEvent: ${activation.event || '?'}`);
});

scenario('(b) hovering "14,3 milliards de dollars" shows the normalised value and the other source', 60_000, async (s, t) => {
  const wanted = ['14,300,000,000', 'USD', FILE_B]; // English UI: English digit grouping
  const complete = (h: HoverContent): boolean => wanted.every((w) => normaliseSpaces(h.content).includes(w));
  const hover = await s.hover(fig.line, FIGURE_HEAD, complete, 40_000);
  const shot = await s.screenshot('hover.png');
  t.diagnostic(`screenshot: ${path.relative(process.cwd(), shot)}`);
  assert.ok(hover, `no hover appeared over "${FIGURE_HEAD}" (line ${fig.line})`);
  t.diagnostic(show('hover', hover.content));
  const text = normaliseSpaces(hover.content);
  const missing = wanted.filter((w) => !text.includes(w));
  assert.deepEqual(missing, [], `the hover lacks ${missing.map((m) => JSON.stringify(m)).join(', ')}. ${show('Hover text', hover.content)}`);
});

const isRecoupeWarning = (r: ProblemRow): boolean => r.kind === 'marker' && r.severity === 'warning' && r.source === 'recoupe';

function showRow(r: ProblemRow): string {
  if (r.kind === 'marker') return `${r.file}: ${r.severity} | ${r.message} | ${r.source} | ${r.code} | ${r.position}`;
  return r.kind === 'related' ? `  related: ${r.text}` : `file ${r.file}`;
}

scenario('(c) the Problems panel lists a "recoupe" warning and the status bar counts it', 60_000, async (s, t) => {
  let status;
  try {
    status = await until(async () => { const st = await s.statusProblems(); return st && st.warnings >= 1 ? st : null; },
      { timeout: 30_000, interval: 200, what: 'a warning count in the status bar' });
  } catch (e) {
    assert.fail(`${(e as Error).message}; status bar: ${JSON.stringify(await s.statusProblems())}`);
  }
  t.diagnostic(`status bar: ${status.label || status.text}`);
  await s.openProblems();
  const panel = await until(async () => { const p = await s.readProblems(); return p && p.rows.some(isRecoupeWarning) ? p : null; },
    { timeout: 15_000, interval: 200, what: 'a "recoupe" warning in the Problems panel' }).catch(() => null);
  const shot = await s.screenshot('problems.png');
  t.diagnostic(`screenshot: ${path.relative(process.cwd(), shot)}`);
  const last = panel ?? await s.readProblems();
  const rows = last?.rows ?? [];
  t.diagnostic(`problems panel: ${last?.label || last?.message || '(no label)'}`);
  for (const r of rows) t.diagnostic(`problems row: ${showRow(r)}`);
  assert.ok(rows.some(isRecoupeWarning), `no warning from source "recoupe" in the Problems panel (${last?.label || last?.message || 'empty'}); rows: ${JSON.stringify(rows)}`);
  assert.ok(status.warnings >= 1);
});

scenario('(c2) both sources\' conflicting figures carry a "conflict" warning', 30_000, async (s, t) => {
  await s.openProblems();
  const byFile = (file: string, rows: ProblemRow[]): ProblemRow[] => rows.filter((r) => isRecoupeWarning(r) && r.file === file);
  const complete = (rows: ProblemRow[]): boolean => [FILE_A, FILE_B].every((f) => byFile(f, rows).some((r) => r.code === 'conflict'));
  const panel = await until(async () => { const p = await s.readProblems(); return p && complete(p.rows) ? p : null; },
    { timeout: 15_000, interval: 200, what: 'conflict warnings for both files' }).catch(() => null);
  const rows = (panel ?? await s.readProblems())?.rows ?? [];
  for (const file of [FILE_A, FILE_B]) {
    const ours = byFile(file, rows);
    t.diagnostic(`${file}: ${ours.map((r) => `code ${JSON.stringify(r.code)} ${r.position}`).join('; ') || 'no recoupe warning'}`);
    assert.ok(ours.length > 0, `no "recoupe" warning for ${file} in the Problems panel; rows: ${rows.map(showRow).join(' / ')}`);
    assert.ok(ours.some((r) => r.code === 'conflict'),
      `the "recoupe" warning(s) for ${file} have the code ${ours.map((r) => JSON.stringify(r.code)).join(', ')}, expected "conflict"`);
  }
});

scenario('(d) Ctrl+. on the conflicting figure offers to open en-source-b.txt', 60_000, async (s, t) => {
  const menu = await s.quickFixMenu(FILE_A, fig.line, fig.column + 1, (m) => m.rows.some((r) => r.includes(FILE_B)), 20_000);
  const shot = await s.screenshot('quickfix.png');
  t.diagnostic(`screenshot: ${path.relative(process.cwd(), shot)}`);
  for (const r of menu.rows) t.diagnostic(`code action: ${r}`);
  if (menu.message) t.diagnostic(`editor message: ${menu.message}`);
  assert.ok(menu.rows.some((r) => r.includes(FILE_B)),
    `no code action mentions ${FILE_B}; menu ${menu.visible ? 'rows' : 'not shown'}: ${JSON.stringify(menu.rows)}${menu.message ? `; message: ${menu.message}` : ''}`);
});

/** Polls until the figure's span and the plain word's span have different colours. */
async function colours(s: EditorSession, line: number, figure: string, plain: string, timeout: number): Promise<{ figure: TextSpan; plain: TextSpan; differ: boolean }> {
  let last = { figure: await s.textSpan(line, figure), plain: await s.textSpan(line, plain), differ: false };
  await until(async () => {
    last = { figure: await s.textSpan(line, figure), plain: await s.textSpan(line, plain), differ: false };
    last.differ = last.figure.found && last.plain.found && last.figure.colour !== last.plain.colour;
    return last.differ;
  }, { timeout, interval: 250, what: 'a semantic colour on the figure' }).catch(() => undefined);
  return last;
}

const semanticType = (t: TokenInspector): string => t.rows.find((r) => r.key === 'semantic token type')?.value ?? '';
const showInspector = (t: TokenInspector): string =>
  t.visible ? `token ${JSON.stringify(t.token)}; ${t.rows.map((r) => `${r.key}: ${r.value}`).join('; ')}` : 'the inspector did not open';

scenario('(e) semantic tokens colour the figure (Default Dark Modern)', 60_000, async (s, t) => {
  await s.openFile(FILE_A, fig.line, 1);
  const c = await colours(s, fig.line, FIGURE_HEAD, PLAIN_WORD, 20_000);
  t.diagnostic(`"${FIGURE_HEAD}" span ${JSON.stringify(c.figure.spanText)} colour ${c.figure.colour}; "${PLAIN_WORD}" span colour ${c.plain.colour}`);
  assert.ok(c.figure.found && c.plain.found, `could not find the rendered text: ${c.figure.error ?? ''} ${c.plain.error ?? ''} (line: ${JSON.stringify(c.figure.lineText)})`);
  assert.notEqual(c.figure.colour, c.plain.colour,
    `"${FIGURE_HEAD}" has the same colour as "${PLAIN_WORD}" (${c.figure.colour}); span ${JSON.stringify(c.figure.spanText)}`);
  // The extension's TextMate grammar colours figures too: ask the editor whether a semantic
  // token (from the language server) covers the figure.
  const info = await s.inspectTokens(FILE_A, fig.line, fig.column + 1, (i) => semanticType(i) !== '', 15_000);
  t.diagnostic(`token inspector at ${fig.line}:${fig.column + 1}: ${showInspector(info)}`);
  assert.notEqual(semanticType(info), '', `no semantic token on "${FIGURE_HEAD}" (the colour comes from the TextMate grammar only): ${showInspector(info)}`);
});

scenario('(f) after an emoji and a combining accent, the semantic token starts exactly at the figure', 60_000, async (s, t) => {
  await s.openFile(FILE_A, emojiFig.line, 1);
  const c = await colours(s, emojiFig.line, EMOJI_FIGURE, EMOJI_PLAIN_WORD, 15_000);
  t.diagnostic(`line ${emojiFig.line}: "${EMOJI_FIGURE}" span ${JSON.stringify(c.figure.spanText)} colour ${c.figure.colour}; "${EMOJI_PLAIN_WORD}" colour ${c.plain.colour}`);
  assert.ok(c.figure.found && c.plain.found, `could not find the rendered text: ${c.figure.error ?? ''} ${c.plain.error ?? ''}`);
  assert.notEqual(c.figure.colour, c.plain.colour,
    `"${EMOJI_FIGURE}" is not coloured (same colour as "${EMOJI_PLAIN_WORD}": ${c.figure.colour}); the span holding its first digit is ${JSON.stringify(c.figure.spanText)}`);
  const head = EMOJI_FIGURE.slice(0, 2);
  const info = await s.inspectTokens(FILE_A, emojiFig.line, emojiFig.column + 1, (i) => semanticType(i) !== '' && i.token.startsWith(head), 15_000);
  t.diagnostic(`token inspector at ${emojiFig.line}:${emojiFig.column + 1}: ${showInspector(info)}`);
  assert.notEqual(semanticType(info), '', `no semantic token on "${EMOJI_FIGURE}" after the emoji: ${showInspector(info)}`);
  // With a semantic token, the inspector names the text of the token's range: a range computed
  // in code points, or on NFC-normalised text, would start one or two characters early.
  assert.ok(info.token.startsWith(head),
    `the semantic token under the cursor covers ${JSON.stringify(info.token)}: it should start at "${head}" (UTF-16 offsets shifted by the emoji or the combining accent?)`);
  assert.ok(c.figure.spanText.startsWith(head),
    `the coloured span holding the figure's first digit is ${JSON.stringify(c.figure.spanText)}: it should start at "${head}"`);
});

scenario('(g) choosing "Mark as verified" in the light bulb records an annotation in .recoupe/annotations.jsonl', 60_000, async (s, t) => {
  const title = 'Mark as verified';
  const menu = await s.quickFixMenu(FILE_A, fig.line, fig.column + 1, (m) => m.rows.some((r) => r.includes(title)), 20_000);
  assert.ok(menu.rows.some((r) => r.includes(title)), `no "${title}" action; menu rows: ${JSON.stringify(menu.rows)}`);
  await s.chooseMenuItem(title);
  const store = path.join(s.workspace, '.recoupe', 'annotations.jsonl');
  const written = await until(() => (fs.existsSync(store) && fs.readFileSync(store, 'utf8').includes('"verified"') ? fs.readFileSync(store, 'utf8') : null),
    { timeout: 15_000, interval: 200, what: 'the annotation store' }).catch(() => null);
  t.diagnostic(`store: ${written ?? '(not written)'}`);
  assert.ok(written, `${store} was not written after choosing "${title}"`);
  const line = JSON.parse(written.trim().split('\n')[0] ?? '{}') as { target?: { source?: string; selector?: { exact?: string }[] } };
  assert.equal(line.target?.source, FILE_A);
  assert.ok(line.target?.selector?.some((selector) => selector.exact === FIGURE), `the annotation quotes ${JSON.stringify(line.target?.selector)}`);
});
