/**
 * Real-editor harness for Recoupe: one code-server (VS Code 1.139.1 workbench + server, from the
 * cache that setup.sh fills) and one headless Chromium driven by playwright-core, shared by all
 * scenarios of editor.test.ts.
 *
 * Environment:
 *   RECOUPE_VSIX            the .vsix to test (default: <repo>/recoupe.vsix)
 *   RECOUPE_EXTENSION_ID    its extension id (default: recoupe.recoupe)
 *   RECOUPE_EDITOR_CACHE    setup.sh's cache (default: ~/.cache/recoupe-editor)
 *   RECOUPE_CHROMIUM        browser binary (default: /usr/bin/chromium)
 *   RECOUPE_E2E_ARTEFACTS   screenshots and logs (default: <repo>/test/e2e/artefacts)
 *   RECOUPE_E2E_RUNDIR      if set (run.sh sets it), the ids of the process groups started here are
 *                           written there so that run.sh can stop them if this process is killed
 *   RECOUPE_E2E_KEEP=1      keep the temporary folder;  RECOUPE_E2E_DEBUG=1  progress on stderr
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import {
  pageActiveEditor, pageCount, pageQuickOpenRows, pageReadActionMenu, pageReadHover, pageReadPopups, pageReadProblems,
  pageReadTokenInspector, pageStatusProblems, pageTextPoint, pageTextSpan,
  type ActionMenu, type TokenInspector, type HoverContent, type ProblemsPanel, type StatusProblems, type TextSpan,
} from './page-scripts';

export type { ActionMenu, HoverContent, ProblemRow, ProblemsPanel, StatusProblems, TextSpan, TokenInspector } from './page-scripts';

// ----------------------------------------------------------------------------- options

/** The repository root: the first folder above this file that holds test/e2e/workspace. */
export function repoRoot(): string {
  for (let d = __dirname; ; d = path.dirname(d)) {
    if (fs.existsSync(path.join(d, 'test', 'e2e', 'workspace'))) return d;
    if (path.dirname(d) === d) throw new Error(`no test/e2e/workspace above ${__dirname}`);
  }
}

export interface HarnessOptions {
  vsix: string;
  extensionId: string;
  /** Folder copied into the temporary directory and opened in the workbench. */
  workspace: string;
  artefacts: string;
  cache: string;
  chromiumPath: string;
  keep: boolean;
  debug: boolean;
  /** User settings merged over the harness defaults. */
  settings: Record<string, unknown>;
}

export function optionsFromEnv(): HarnessOptions {
  const root = repoRoot();
  const env = process.env;
  return {
    vsix: path.resolve(env['RECOUPE_VSIX'] || path.join(root, 'recoupe.vsix')),
    extensionId: (env['RECOUPE_EXTENSION_ID'] || 'recoupe.recoupe').toLowerCase(),
    workspace: path.join(root, 'test', 'e2e', 'workspace'),
    artefacts: path.resolve(env['RECOUPE_E2E_ARTEFACTS'] || path.join(root, 'test', 'e2e', 'artefacts')),
    cache: path.resolve(env['RECOUPE_EDITOR_CACHE'] || path.join(os.homedir(), '.cache', 'recoupe-editor')),
    chromiumPath: env['RECOUPE_CHROMIUM'] || '/usr/bin/chromium',
    keep: env['RECOUPE_E2E_KEEP'] === '1',
    debug: env['RECOUPE_E2E_DEBUG'] === '1',
    settings: {},
  };
}

/** Settings for a quiet, deterministic workbench (see docs/real-editor-testing.md). */
const DEFAULT_SETTINGS: Record<string, unknown> = {
  'workbench.colorTheme': 'Default Dark Modern',
  'window.autoDetectColorScheme': false,
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.editor.enablePreview': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'chat.disableAIFeatures': true,
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'editor.minimap.enabled': false,
  'editor.wordWrap': 'off',
  'editor.hover.enabled': true,
  'editor.hover.delay': 300,
  'editor.hover.sticky': true,
  'files.hotExit': 'off',
};

const CHROMIUM_FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage', '--disable-crash-reporter', '--disable-breakpad',
];

// ---------------------------------------------------------------------------- helpers

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `fn` until it returns a truthy value; throws after `timeout` ms with `what` and the last error. */
export async function until<T>(fn: () => Promise<T> | T, opts: { timeout: number; interval?: number; what: string }): Promise<NonNullable<T>> {
  const end = Date.now() + opts.timeout;
  let lastError: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v as NonNullable<T>;
    } catch (e) { lastError = e; }
    if (Date.now() > end) {
      const why = lastError instanceof Error ? `: ${lastError.message}` : '';
      throw new Error(`timed out after ${opts.timeout} ms waiting for ${opts.what}${why}`);
    }
    await sleep(opts.interval ?? 150);
  }
}

/** Unicode spaces (no-break, narrow no-break, thin...) as plain spaces, runs collapsed. */
export function normaliseSpaces(s: string): string {
  return s.replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g, ' ').trim();
}

/** 1-based line and column of the first occurrence of `needle` in a workspace file. */
export function positionOf(file: string, needle: string): { line: number; column: number } {
  const text = fs.readFileSync(file, 'utf8');
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`${JSON.stringify(needle)} does not occur in ${file}`);
  const before = text.slice(0, at).split(/\r\n|\r|\n/);
  return { line: before.length, column: (before[before.length - 1] ?? '').length + 1 };
}

function procStat(pid: number): { ppid: number; pgrp: number } | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(f[1]), pgrp: Number(f[2]) };
  } catch { return null; }
}
function allPids(): number[] {
  return fs.readdirSync('/proc').filter((e) => /^\d+$/.test(e)).map(Number);
}
function groupPids(pgid: number): number[] {
  return allPids().filter((pid) => procStat(pid)?.pgrp === pgid);
}
function alive(pid: number): boolean {
  try { process.kill(pid, 0); return true; } catch { return false; }
}

// ---------------------------------------------------------------------------- session

const QUICK_INPUT = '.quick-input-widget .quick-input-box input';
const QUICK_ROWS = '.quick-input-widget .quick-input-list .monaco-list-row';

export interface Activation { id: string; event: string; line: string }

/** One code-server + one Chromium page on a copy of the workspace. */
export class EditorSession {
  readonly opts: HarnessOptions;
  readonly tmp: string;
  readonly workspace: string;
  readonly vscodeVersion: string;
  readonly installed: string[] = [];
  readonly notes: string[] = [];
  private readonly userData: string;
  private readonly extensionsDir: string;
  private readonly node24: string;
  private readonly entry: string;
  private readonly env: NodeJS.ProcessEnv;
  private readonly baseArgs: string[];
  private readonly t0 = Date.now();
  private server: ChildProcess | null = null;
  private serverPgid = 0;
  private readonly serverLog: string[] = [];
  private context: BrowserContext | null = null;
  private browserPid = 0;
  private pageRef: Page | null = null;
  url = '';

  private constructor(opts: HarnessOptions) {
    this.opts = opts;
    this.node24 = path.join(opts.cache, 'bin', 'node');
    const csPkg = path.join(opts.cache, 'code-server', 'node_modules', 'code-server');
    this.entry = path.join(csPkg, 'out', 'node', 'entry.js');
    for (const p of [this.node24, this.entry]) {
      if (!fs.existsSync(p)) throw new Error(`missing ${p}: run test/e2e/code-server/setup.sh first`);
    }
    if (!fs.existsSync(opts.vsix)) throw new Error(`no .vsix at ${opts.vsix}: build it with \`npm run package\` or set RECOUPE_VSIX`);
    if (!fs.existsSync(opts.chromiumPath)) throw new Error(`no browser at ${opts.chromiumPath}: run test/e2e/code-server/setup.sh first`);
    this.vscodeVersion = String((JSON.parse(fs.readFileSync(path.join(csPkg, 'lib', 'vscode', 'product.json'), 'utf8')) as { version?: string }).version);

    this.tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'recoupe-e2e-'));
    const dir = (name: string): string => { const d = path.join(this.tmp, name); fs.mkdirSync(d, { recursive: true, mode: 0o700 }); return d; };
    this.userData = dir('user-data');
    this.extensionsDir = dir('extensions');
    const xdg = dir('xdg');
    const home = dir('home');
    const tmpdir = dir('tmp');
    // A copy, so that nothing the editor or the language server writes lands in the repository.
    this.workspace = path.join(this.tmp, 'workspace');
    fs.cpSync(opts.workspace, this.workspace, { recursive: true });

    const env: NodeJS.ProcessEnv = {
      ...process.env,
      HOME: home,
      XDG_CONFIG_HOME: path.join(xdg, 'config'),
      XDG_DATA_HOME: path.join(xdg, 'data'),
      XDG_CACHE_HOME: path.join(xdg, 'cache'),
      XDG_STATE_HOME: path.join(xdg, 'state'),
      XDG_RUNTIME_DIR: path.join(xdg, 'runtime'),
      TMPDIR: tmpdir,
      PATH: `${path.dirname(this.node24)}${path.delimiter}${process.env['PATH'] ?? ''}`,
      LANG: 'C.UTF-8',
    };
    for (const k of ['XDG_CONFIG_HOME', 'XDG_DATA_HOME', 'XDG_CACHE_HOME', 'XDG_STATE_HOME', 'XDG_RUNTIME_DIR']) {
      fs.mkdirSync(String(env[k]), { recursive: true, mode: 0o700 });
    }
    // Variables that would change code-server's behaviour or point it at another instance.
    for (const k of ['PORT', 'PASSWORD', 'HASHED_PASSWORD', 'VSCODE_IPC_HOOK_CLI', 'CODE_SERVER_HOST', 'NODE_OPTIONS', 'ELECTRON_RUN_AS_NODE', 'VSCODE_NLS_CONFIG']) delete env[k];
    this.env = env;
    const config = path.join(this.tmp, 'code-server.yaml');
    fs.writeFileSync(config, 'auth: none\ncert: false\n');
    this.baseArgs = [this.entry, '--config', config, '--user-data-dir', this.userData, '--extensions-dir', this.extensionsDir];
    fs.mkdirSync(path.join(this.userData, 'User'), { recursive: true });
    fs.writeFileSync(path.join(this.userData, 'User', 'settings.json'),
      JSON.stringify({ ...DEFAULT_SETTINGS, ...opts.settings }, null, 2));
  }

  log(msg: string): void {
    if (this.opts.debug) process.stderr.write(`[e2e ${((Date.now() - this.t0) / 1000).toFixed(1)}s] ${msg}\n`);
  }

  get page(): Page {
    if (!this.pageRef) throw new Error('the workbench page is not open');
    return this.pageRef;
  }

  /** Installs the .vsix, starts code-server and Chromium, and waits for the workbench. */
  static async start(opts: HarnessOptions): Promise<EditorSession> {
    const s = new EditorSession(opts);
    try {
      s.installExtension();
      await s.startServer();
      await s.startBrowser();
      await s.openWorkbench();
    } catch (e) {
      await s.stop().catch(() => undefined);
      throw e;
    }
    return s;
  }

  private installExtension(): void {
    const r = spawnSync(this.node24, [...this.baseArgs, '--install-extension', this.opts.vsix, '--force'],
      { env: this.env, encoding: 'utf8', timeout: 120_000, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = `${r.stdout ?? ''}${r.stderr ?? ''}`;
    if (r.status !== 0 || !/successfully installed/i.test(out)) {
      const lines = out.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('at '));
      throw new Error(`code-server --install-extension ${this.opts.vsix} failed (exit ${r.status ?? r.signal}):\n${lines.slice(-8).join('\n')}`);
    }
    try {
      const list = JSON.parse(fs.readFileSync(path.join(this.extensionsDir, 'extensions.json'), 'utf8')) as Array<{ identifier?: { id?: string }; version?: string }>;
      for (const e of list) if (e.identifier?.id) this.installed.push(`${e.identifier.id.toLowerCase()}@${e.version ?? '?'}`);
    } catch { /* checked by the activation scenario */ }
    this.log(`installed ${this.installed.join(', ')}`);
  }

  private recordPid(name: string, pid: number): void {
    const runDir = process.env['RECOUPE_E2E_RUNDIR'];
    if (runDir) { try { fs.writeFileSync(path.join(runDir, name), `${pid}\n`); } catch { /* best effort */ } }
  }

  private async startServer(): Promise<void> {
    // Leader of a new process group: code-server's server, extension host and the language
    // server it spawns all stay in that group, which stop() ends.
    const server = spawn(this.node24, [...this.baseArgs, '--bind-addr', '127.0.0.1:0', '--auth', 'none',
      '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
      '--disable-getting-started-override', '--ignore-last-opened', '--log', 'info'],
    { env: this.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    this.server = server;
    this.serverPgid = server.pid ?? 0;
    if (this.serverPgid) this.recordPid('code-server.pgid', this.serverPgid);
    let url = '';
    let exited = '';
    const onData = (d: Buffer): void => {
      const s = d.toString();
      this.serverLog.push(s);
      const m = /HTTP server listening on (http:\/\/\S+)/.exec(s);
      if (m?.[1] && !url) url = m[1].replace(/\/?$/, '/');
    };
    server.stdout?.on('data', onData);
    server.stderr?.on('data', onData);
    server.once('exit', (code, sig) => { exited = `code-server exited (${code ?? sig})`; });
    await until(() => {
      if (exited) throw new Error(`${exited}: ${this.serverLog.join('').slice(-1500)}`);
      return url;
    }, { timeout: 30_000, what: 'code-server to listen' });
    await until(async () => (await fetch(new URL('healthz', url))).ok, { timeout: 15_000, what: 'code-server /healthz' });
    this.url = url;
    this.log(`code-server (VS Code ${this.vscodeVersion}) at ${url}, pgid ${this.serverPgid}`);
  }

  private async startBrowser(): Promise<void> {
    const profile = path.join(this.tmp, 'chromium-profile');
    this.context = await chromium.launchPersistentContext(profile, {
      executablePath: this.opts.chromiumPath,
      headless: true,
      args: CHROMIUM_FLAGS,
      env: this.env as Record<string, string>,
      // stop() shuts down in order; Playwright's own handlers would exit before code-server stops.
      handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false,
      viewport: { width: 1400, height: 900 }, deviceScaleFactor: 1, locale: 'en-US', timezoneId: 'UTC',
    });
    // A persistent context has no browser().process(): find our child Chromium by its profile.
    for (const pid of allPids()) {
      try {
        if (procStat(pid)?.ppid === process.pid && fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(profile)) this.browserPid = pid;
      } catch { /* gone */ }
    }
    if (this.browserPid) this.recordPid('chromium.pid', this.browserPid);
    this.pageRef = this.context.pages()[0] ?? await this.context.newPage();
    this.pageRef.on('pageerror', (e) => this.note(`page error: ${String(e.message).slice(0, 300)}`));
  }

  private async openWorkbench(): Promise<void> {
    const page = this.page;
    await page.goto(`${this.url}?folder=${encodeURIComponent(this.workspace)}`, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('.monaco-workbench .part.statusbar', { timeout: 60_000 });
    await until(async () => (await page.evaluate(pageCount, '.explorer-folders-view .monaco-list-row')) > 0,
      { timeout: 30_000, what: 'the explorer to list the workspace' });
    await this.dismissPopups();
    this.log('workbench ready');
  }

  note(msg: string): void {
    if (!this.notes.includes(msg)) { this.notes.push(msg); this.log(msg); }
  }

  /** Closes modal dialogs (Escape) and clears notification toasts, recording their text. */
  async dismissPopups(): Promise<void> {
    const page = this.page;
    for (let i = 0; i < 5; i++) {
      const p = await page.evaluate(pageReadPopups);
      if (p.dialog) { this.note(`dialog: ${p.dialog}`); await page.keyboard.press('Escape'); await sleep(150); continue; }
      if (!p.toasts.length) return;
      for (const t of p.toasts) this.note(`notification: ${t}`);
      await this.runCommand('Notifications: Clear All Notifications').catch((e: Error) => this.note(`clearing notifications: ${e.message}`));
      await until(async () => (await page.evaluate(pageReadPopups)).toasts.length === 0, { timeout: 3000, what: 'toasts to clear' }).catch(() => undefined);
    }
  }

  /** Runs a command by its exact Command Palette label (F1). */
  async runCommand(label: string): Promise<void> {
    const page = this.page;
    await page.keyboard.press('Escape');
    await page.keyboard.press('F1');
    await page.waitForSelector(QUICK_INPUT, { state: 'visible', timeout: 5000 });
    await page.keyboard.insertText(label);
    // Enter only when the first row is exactly that command.
    await until(async () => (await page.evaluate(pageQuickOpenRows))[0]?.label.startsWith(label),
      { timeout: 5000, what: `command "${label}" in the Command Palette` });
    await page.keyboard.press('Enter');
  }

  /** Opens a workspace file with Quick Open (Ctrl+P) and puts the cursor at line:column (1-based). */
  async openFile(rel: string, line: number, column: number): Promise<void> {
    const page = this.page;
    const base = path.posix.basename(rel);
    const dir = path.posix.dirname(rel) === '.' ? '' : path.posix.dirname(rel);
    let lastError = '';
    for (let attempt = 1; attempt <= 3; attempt++) {
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+P');
      try { await page.waitForSelector(QUICK_INPUT, { state: 'visible', timeout: 5000 }); } catch { lastError = 'Quick Open did not open'; continue; }
      // One input event: typed key by key, the picker of this build can stay empty.
      await page.keyboard.insertText(`${rel}:${line}:${column}`);
      let index: string;
      try {
        index = await until(async () => {
          const rows = await page.evaluate(pageQuickOpenRows);
          const row = rows.find((r) => r.name === base && r.description === dir) ?? rows.find((r) => r.label.includes(base));
          return row?.index;
        }, { timeout: 8000, what: `Quick Open to list ${rel}` });
      } catch (e) { lastError = (e as Error).message; continue; }
      if (index === '0') await page.keyboard.press('Enter');
      else await page.click(`${QUICK_ROWS}[data-index="${index}"]`);
      try {
        await until(async () => { const a = await page.evaluate(pageActiveEditor); return a.rendered && a.tab.includes(base); },
          { timeout: 8000, what: `an editor tab for ${base}` });
        return;
      } catch (e) { lastError = (e as Error).message; }
    }
    throw new Error(`could not open ${rel} with Quick Open: ${lastError}`);
  }

  // ------------------------------------------------------------------ server-side logs

  private logFiles(name?: string): string[] {
    const found: string[] = [];
    const walk = (d: string): void => {
      let entries: fs.Dirent[];
      try { entries = fs.readdirSync(d, { withFileTypes: true }); } catch { return; }
      for (const e of entries) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) walk(p); else if (!name || e.name === name) found.push(p);
      }
    };
    walk(path.join(this.userData, 'logs'));
    return found;
  }

  /** Extension host log text (code-server's extension host is the "remote" one). */
  extensionHostLog(): string {
    return this.logFiles('remoteexthost.log').map((f) => fs.readFileSync(f, 'utf8')).join('\n');
  }

  /** Activations recorded in the extension host log. */
  activations(): Activation[] {
    const out: Activation[] = [];
    for (const line of this.extensionHostLog().split('\n')) {
      const m = /ExtensionService#_doActivateExtension ([^\s,]+)(?:.*?activationEvent: '([^']*)')?/.exec(line);
      if (m?.[1]) out.push({ id: m[1].toLowerCase(), event: m[2] ?? '', line: line.trim() });
    }
    return out;
  }

  /** Error lines of the extension host log that mention the extension (activation failures...). */
  extensionHostErrors(): string[] {
    return this.extensionHostLog().split('\n').filter((l) => /\[error\]/i.test(l)).map((l) => l.slice(0, 500));
  }

  // ------------------------------------------------------------------------ editor probes

  statusProblems(): Promise<StatusProblems | null> { return this.page.evaluate(pageStatusProblems); }

  readHover(): Promise<HoverContent | null> { return this.page.evaluate(pageReadHover); }

  textSpan(line: number, text: string): Promise<TextSpan> { return this.page.evaluate(pageTextSpan, { line, text }); }

  readActionMenu(): Promise<ActionMenu> { return this.page.evaluate(pageReadActionMenu); }

  readProblems(): Promise<ProblemsPanel | null> { return this.page.evaluate(pageReadProblems); }

  /** Waits until a hover with real content has been stable for 400 ms; null if none appears. */
  private async stableHover(timeout: number): Promise<HoverContent | null> {
    let prev: HoverContent | null = null;
    let since = 0;
    const end = Date.now() + timeout;
    while (Date.now() < end) {
      const h = await this.readHover().catch(() => null);
      if (h && h.content && !/^Loading\.\.\.$/m.test(h.content)) {
        if (prev && prev.content === h.content) { if (Date.now() - since >= 400) return h; } else { prev = h; since = Date.now(); }
      }
      await sleep(100);
    }
    return prev;
  }

  /**
   * Moves the real mouse onto `text` on 1-based `line` of the active editor and reads the hover,
   * again and again until `accept(content)` holds or `timeout` ms pass (the language server may
   * still be reading the workspace). Returns the last hover seen (null if none ever appeared).
   */
  async hover(line: number, text: string, accept: (h: HoverContent) => boolean, timeout: number): Promise<HoverContent | null> {
    const page = this.page;
    const end = Date.now() + timeout;
    let last: HoverContent | null = null;
    for (let attempt = 1; Date.now() < end; attempt++) {
      let pt = await page.evaluate(pageTextPoint, { line, text });
      if (pt.kind === 'scroll') {
        await page.mouse.move(pt.wheelX, pt.wheelY);
        await page.mouse.wheel(pt.dx, 0);
        await sleep(300);
        pt = await page.evaluate(pageTextPoint, { line, text });
      }
      if (pt.kind !== 'point') { this.log(`hover target: ${pt.kind === 'error' ? pt.error : 'out of view'}`); await sleep(300); continue; }
      // Come from elsewhere so that a real mousemove lands on the characters.
      await page.mouse.move(5, 5);
      await sleep(50);
      await page.mouse.move(pt.x - 40, pt.y + 60);
      await page.mouse.move(pt.x, pt.y, { steps: 4 });
      const h = await this.stableHover(Math.max(500, Math.min(2000 + attempt * 1000, end - Date.now())));
      if (h) {
        last = h;
        if (accept(h)) return h;
        this.log(`hover attempt ${attempt}: ${JSON.stringify(h.content).slice(0, 200)}`);
      }
    }
    if (!last) {
      // Fallback: "Show or Focus Hover" at the cursor (Ctrl+K Ctrl+I).
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+K');
      await page.keyboard.press('Control+I');
      last = await this.stableHover(3000);
      if (last) this.note('hover: the mouse hover never appeared, read it with Ctrl+K Ctrl+I');
    }
    return last;
  }

  /** Hides hovers and menus. */
  async calm(): Promise<void> {
    await this.page.mouse.move(5, 5);
    await this.page.keyboard.press('Escape');
    await this.page.keyboard.press('Escape');
  }

  /** Opens the Problems panel (Ctrl+Shift+M, or the Command Palette). */
  async openProblems(): Promise<void> {
    const page = this.page;
    await this.calm();
    // Ctrl+Shift+M toggles the panel when it is already focused: only press it when hidden.
    if (await page.isVisible('.markers-panel')) return;
    await page.keyboard.press('Control+Shift+M');
    try {
      await page.waitForSelector('.markers-panel', { state: 'visible', timeout: 4000 });
    } catch {
      await this.runCommand('View: Focus on Problems View');
      await page.waitForSelector('.markers-panel', { state: 'visible', timeout: 8000 });
    }
  }

  /** Focuses the active editor (e.g. after the Problems panel took focus). */
  async focusEditor(): Promise<void> {
    await this.runCommand('View: Focus Active Editor Group');
  }

  /**
   * Puts the cursor at line:column of `rel`, presses Ctrl+. and reads the code action menu until
   * `accept(menu)` holds or `timeout` ms pass; returns the last menu seen.
   */
  async quickFixMenu(rel: string, line: number, column: number, accept: (m: ActionMenu) => boolean, timeout: number): Promise<ActionMenu> {
    const page = this.page;
    const end = Date.now() + timeout;
    let last: ActionMenu = { visible: false, rows: [], message: '' };
    await this.openFile(rel, line, column);
    while (Date.now() < end) {
      await page.mouse.move(5, 5);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+.');
      try {
        last = await until(async () => {
          const m = await this.readActionMenu();
          return (m.visible && m.rows.length > 0) || m.message ? m : null;
        }, { timeout: Math.max(500, Math.min(4000, end - Date.now())), what: 'the code action menu' });
      } catch { /* nothing shown yet: try again */ }
      if (accept(last)) return last;
      await sleep(300);
    }
    return last;
  }

  /** Clicks the item of the open code action menu whose label contains `title`, as a user would. */
  async chooseMenuItem(title: string): Promise<void> {
    const row = this.page.locator('.action-widget .monaco-list-row', { hasText: title }).first();
    await row.hover();
    await row.click();
  }

  /**
   * Puts the cursor at line:column of `rel` and opens "Developer: Inspect Editor Tokens and
   * Scopes"; reads the widget until `accept` holds or `timeout` ms pass (semantic tokens may
   * arrive late), then closes it. Returns the last reading.
   */
  async inspectTokens(rel: string, line: number, column: number, accept: (t: TokenInspector) => boolean, timeout: number): Promise<TokenInspector> {
    const page = this.page;
    const end = Date.now() + timeout;
    let last: TokenInspector = { visible: false, token: '', rows: [] };
    while (Date.now() < end) {
      await this.openFile(rel, line, column);
      await this.runCommand('Developer: Inspect Editor Tokens and Scopes');
      try {
        last = await until(async () => {
          const t = await page.evaluate(pageReadTokenInspector);
          return t.visible && t.rows.length > 0 ? t : null;
        }, { timeout: Math.max(500, Math.min(5000, end - Date.now())), what: 'the token inspector' });
        // The widget fills in as tokens arrive: give it a moment to settle on `accept`.
        last = await until(async () => { const t = await page.evaluate(pageReadTokenInspector); last = t; return accept(t) ? t : null; },
          { timeout: Math.max(300, Math.min(2000, end - Date.now())), what: 'semantic token information' }).catch(() => last);
      } catch { /* not shown yet */ }
      await this.closeTokenInspector();
      if (accept(last)) return last;
      await sleep(300);
    }
    return last;
  }

  private async closeTokenInspector(): Promise<void> {
    const page = this.page;
    await page.keyboard.press('Escape');
    const closed = await until(async () => !(await page.evaluate(pageReadTokenInspector)).visible, { timeout: 1500, what: 'inspector to close' })
      .then(() => true, () => false);
    // The command toggles the widget.
    if (!closed) await this.runCommand('Developer: Inspect Editor Tokens and Scopes').catch(() => undefined);
  }

  async screenshot(name: string): Promise<string> {
    fs.mkdirSync(this.opts.artefacts, { recursive: true });
    const file = path.join(this.opts.artefacts, name);
    await this.page.screenshot({ path: file });
    return file;
  }

  /** Copies code-server's logs (extension host, output channels) into the artefacts folder. */
  collectLogs(): string {
    const dest = path.join(this.opts.artefacts, 'logs');
    fs.rmSync(dest, { recursive: true, force: true });
    const root = path.join(this.userData, 'logs');
    for (const f of this.logFiles()) {
      const to = path.join(dest, path.relative(root, f));
      fs.mkdirSync(path.dirname(to), { recursive: true });
      fs.copyFileSync(f, to);
    }
    fs.mkdirSync(dest, { recursive: true });
    fs.writeFileSync(path.join(dest, 'code-server.log'), this.serverLog.join(''));
    if (this.notes.length) fs.writeFileSync(path.join(dest, 'workbench-notes.txt'), `${this.notes.join('\n')}\n`);
    return dest;
  }

  /** Closes Chromium through Playwright, stops code-server's process group, removes the temp folder. */
  async stop(): Promise<void> {
    if (this.context) {
      const c = this.context;
      this.context = null;
      this.pageRef = null;
      await Promise.race([c.close().catch(() => undefined), sleep(5000)]);
    }
    if (this.browserPid && alive(this.browserPid) && procStat(this.browserPid)?.ppid === process.pid) {
      try { process.kill(this.browserPid, 'SIGKILL'); } catch { /* gone */ }
      this.log(`killed Chromium (pid ${this.browserPid})`);
    }
    this.browserPid = 0;
    if (this.server && this.serverPgid) {
      const pgid = this.serverPgid;
      this.server = null;
      try { process.kill(-pgid, 'SIGTERM'); } catch { /* gone */ }
      const end = Date.now() + 5000;
      while (Date.now() < end && groupPids(pgid).length) await sleep(100);
      const left = groupPids(pgid);
      for (const pid of left) { try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ } }
      if (left.length) this.log(`killed ${left.length} leftover process(es) of code-server's group`);
    }
    if (!this.opts.keep) fs.rmSync(this.tmp, { recursive: true, force: true });
    else process.stderr.write(`kept ${this.tmp}\n`);
  }
}
