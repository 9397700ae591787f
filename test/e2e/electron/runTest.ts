/**
 * Runs the Recoupe extension tests inside desktop VS Code (Electron) with @vscode/test-electron.
 *
 *   npm run test:electron        (= npm run build --silent && node out/test/e2e/electron/runTest.js)
 *
 * VS Code comes from VSCODE_EXECUTABLE when it is set (path to a VS Code binary), otherwise it is
 * downloaded into .vscode-test/ (git-ignored), which needs update.code.visualstudio.com. On a
 * machine without that access use the code-server suite instead: npm run test:editor.
 *
 * The extension under test is the repository itself (package.json, main: dist/client.js), so
 * dist/ must be built. The workspace is a temporary copy of test/e2e/workspace; VS Code's user
 * data and extensions folders are temporary too. RECOUPE_EXTENSION_ID is passed to the suite.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

function repoRoot(): string {
  for (let d = __dirname; ; d = path.dirname(d)) {
    if (fs.existsSync(path.join(d, 'test', 'e2e', 'workspace')) && fs.existsSync(path.join(d, 'package.json'))) return d;
    if (path.dirname(d) === d) throw new Error(`no repository (test/e2e/workspace) above ${__dirname}`);
  }
}

function describe(e: unknown): string {
  if (e instanceof Error) {
    const code = (e as NodeJS.ErrnoException).code;
    return `${e.message}${code && !e.message.includes(code) ? ` (${code})` : ''}`;
  }
  return String(e);
}

async function main(): Promise<number> {
  const root = repoRoot();
  const client = path.join(root, 'dist', 'client.js');
  if (!fs.existsSync(client)) {
    console.error(`runTest: ${client} is missing: build the extension first (npm run build).`);
    return 1;
  }
  const extensionTestsPath = path.join(__dirname, 'suite', 'index.js');
  if (!fs.existsSync(extensionTestsPath)) {
    console.error(`runTest: ${extensionTestsPath} is missing: build the tests first (npm run build).`);
    return 1;
  }

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'recoupe-electron-'));
  const workspace = path.join(tmp, 'workspace');
  fs.cpSync(path.join(root, 'test', 'e2e', 'workspace'), workspace, { recursive: true });
  const userData = path.join(tmp, 'user-data');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({
    'security.workspace.trust.enabled': false,
    'workbench.startupEditor': 'none',
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'git.enabled': false,
    'chat.disableAIFeatures': true,
  }, null, 2));

  const executable = process.env['VSCODE_EXECUTABLE'];
  if (executable && !fs.existsSync(executable)) {
    console.error(`runTest: VSCODE_EXECUTABLE=${executable} does not exist.`);
    return 1;
  }
  try {
    await runTests({
      ...(executable ? { vscodeExecutablePath: executable } : {}),
      extensionDevelopmentPath: root,
      extensionTestsPath,
      extensionTestsEnv: {
        RECOUPE_EXTENSION_ID: process.env['RECOUPE_EXTENSION_ID'] ?? 'recoupe.recoupe',
        RECOUPE_E2E_WORKSPACE: workspace,
      },
      launchArgs: [
        workspace,
        '--disable-extensions', // other installed extensions; the one under development still loads
        '--disable-workspace-trust',
        `--user-data-dir=${userData}`,
        `--extensions-dir=${path.join(tmp, 'extensions')}`,
      ],
    });
    return 0;
  } catch (e) {
    const msg = describe(e);
    const download = !executable && /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|getaddrinfo|update\.code\.visualstudio\.com|download/i.test(msg);
    if (download) {
      console.error([
        `runTest: could not download VS Code: ${msg}`,
        'runTest: this machine cannot reach update.code.visualstudio.com. Either set VSCODE_EXECUTABLE to a',
        'runTest: VS Code binary (e.g. VSCODE_EXECUTABLE=/usr/share/code/code npm run test:electron) or run the',
        'runTest: real-editor suite that works offline: npm run test:editor (code-server + Chromium).',
      ].join('\n'));
    } else {
      console.error(`runTest: the VS Code extension tests failed: ${msg}`);
    }
    return 1;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().then((code) => { process.exitCode = code; }, (e: unknown) => {
  console.error(`runTest: ${describe(e)}`);
  process.exitCode = 1;
});
