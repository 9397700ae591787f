// One esbuild context per shipped entry point: the extension host loads
// dist/client.js (vscode stays external), the client spawns dist/server.js,
// and the `recoupe` bin runs dist/cli.js. Tests, the bench and scripts are
// bundled into out/ too, because some dependencies (eld) ship ESM only and
// tests must run the same code the bundles ship.
import * as esbuild from 'esbuild';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const version = JSON.parse(readFileSync('package.json', 'utf8')).version;

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  define: { RECOUPE_VERSION: JSON.stringify(version) },
};

function filesUnder(folder, accept) {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && accept(entry.name))
    .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name))
    .filter((file) => !file.includes(`${path.sep}workspace${path.sep}`))
    .sort();
}

const shipped = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js' },
];

const development = production
  ? []
  : [
      {
        entryPoints: [
          ...filesUnder('test', (name) => name.endsWith('.ts')),
          ...filesUnder('bench', (name) => name.endsWith('.ts')),
          ...filesUnder('scripts', (name) => name.endsWith('.ts')),
        ],
        outdir: 'out',
        outbase: '.',
        external: ['vscode', 'mocha', 'playwright-core', '@vscode/test-electron', 'ajv', 'ajv/*', 'ajv-formats'],
        sourcemap: true,
      },
    ];

const contexts = await Promise.all([...shipped, ...development].map((entry) => esbuild.context({ ...common, ...entry })));
if (watch) {
  await Promise.all(contexts.map((context) => context.watch()));
} else {
  await Promise.all(contexts.map((context) => context.rebuild()));
  await Promise.all(contexts.map((context) => context.dispose()));
}
