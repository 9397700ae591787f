import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createEngine, DEFAULT_USD_RATES, t, type DocumentInput, type Lang } from '../engine';
import { renderHtmlReport } from '../report/html';
import { CorpusFilter, decodeSource, listCorpusFiles } from '../io/corpus';
import { buildReport } from '../report/build';
import { reportJsonSchema } from '../report/schema';
import { engineOptionsFrom } from '../settings/engineOptions';
import { formatProblems, parseSettings } from '../settings/parse';
import type { Settings } from '../settings/schema';
import { AnnotationStore, AnnotationStoreError } from '../annotations/store';
import { runAnnotationsCommand } from './annotations';
import { parseCli, USAGE, UsageError, type CliOptions } from './args';
import { entityRows, renderEntities } from './entities';
import { renderClaims, renderSarif, renderText } from './render';

declare const RECOUPE_VERSION: string | undefined;
const VERSION = typeof RECOUPE_VERSION === 'string' ? RECOUPE_VERSION : '0.0.0-dev';

class InputError extends Error {}

async function main(argv: readonly string[]): Promise<number> {
  if (argv[0] === 'annotations') return runAnnotationsCommand(argv.slice(1), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
  let options: CliOptions;
  try {
    options = parseCli(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`recoupe: ${error.message}\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
  switch (options.command) {
    case 'help':
      process.stdout.write(`${USAGE}\n`);
      return 0;
    case 'version':
      process.stdout.write(`${VERSION}\n`);
      return 0;
    case 'schema':
      process.stdout.write(`${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
      return 0;
    case 'entities':
      if (options.format !== 'text' && options.format !== 'json') {
        process.stderr.write(`recoupe: --format: recoupe entities prints text or json\n${USAGE}\n`);
        return 2;
      }
      return readCorpus(options);
    case 'check':
    case 'claims':
      return readCorpus(options);
  }
}

/** check, claims and entities read the same corpus; unreadable input is exit status 2, not a crash. */
async function readCorpus(options: CliOptions): Promise<number> {
  try {
    return await check(options);
  } catch (error) {
    if (error instanceof InputError) {
      process.stderr.write(`recoupe: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

async function check(options: CliOptions): Promise<number> {
  const uiLang: Lang = options.locale ?? (/^fr/i.test(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '') ? 'fr' : 'en');
  const inputs = options.paths.length > 0 ? options.paths : ['.'];
  const stats = await Promise.all(
    inputs.map(async (input) => {
      try {
        return { input, stat: await fs.stat(input) };
      } catch {
        throw new InputError(`${input}: no such file or folder`);
      }
    }),
  );
  const onlyFolder = stats.length === 1 && stats[0]?.stat.isDirectory() ? stats[0].input : null;
  const root = path.resolve(onlyFolder ?? '.');
  const settings = await loadConfig(options.config ?? (await defaultConfigPath(root)));
  const filter = new CorpusFilter(settings.corpus);
  const files: string[] = [];
  for (const { input, stat } of stats) {
    if (stat.isDirectory()) files.push(...(await listCorpusFiles(path.resolve(input), filter)));
    else files.push(path.resolve(input));
  }
  const unique = [...new Set(files)].sort();
  const relative = (file: string): string => path.relative(root, file).split(path.sep).join('/');
  const engine = createEngine(engineOptionsFrom(settings, relative));
  const forcedLanguage = options.lang !== 'auto' ? options.lang : settings.language !== 'auto' ? settings.language : null;
  const documents: DocumentInput[] = [];
  for (const file of unique) {
    let text: string;
    try {
      const stat = await fs.stat(file);
      if (stat.size > settings.corpus.maxFileSize) {
        process.stderr.write(`recoupe: ${relative(file)}: skipped, larger than corpus.maxFileSize (${settings.corpus.maxFileSize} bytes)\n`);
        continue;
      }
      text = decodeSource(await fs.readFile(file));
    } catch (error) {
      throw new InputError(`${relative(file)}: cannot read: ${error instanceof Error ? error.message : String(error)}`);
    }
    const configured = settings.documents[relative(file)];
    documents.push({ doc: file, text, version: 0, overrides: { language: configured?.language ?? forcedLanguage, date: configured?.date ?? null } });
  }
  const store = await loadAnnotationStore(root);
  for (const document of documents) engine.setAnnotations(document.doc, store?.list({ source: relative(document.doc) }) ?? []);
  engine.updateMany(documents);
  if (options.command === 'entities') {
    // The entity table reads the registry, not the report: the report contract carries claims and figures only.
    const rows = entityRows(engine, relative);
    process.stdout.write(options.format === 'json' ? `${JSON.stringify(rows, null, 2)}\n` : renderEntities(rows));
    return 0;
  }
  const report = buildReport(engine, relative, uiLang, VERSION);
  const diagnostics = report.documents.flatMap((document) => document.diagnostics);
  const failing = diagnostics.some((diagnostic) => diagnostic.severity === 'error' || diagnostic.severity === 'warning');
  if (options.command === 'claims') {
    process.stdout.write(renderClaims(report));
    return 0;
  }
  if (options.format === 'json') {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else if (options.format === 'html') {
    process.stdout.write(renderHtmlReport(report, uiLang, { usdRates: { ...DEFAULT_USD_RATES, ...settings.currency.rates } }));
  } else if (options.format === 'sarif') {
    process.stdout.write(renderSarif(report, pathToFileURL(root).href));
  } else {
    const summary = t(uiLang, 'summary.text', {
      documents: report.documents.length,
      figures: report.documents.reduce((sum, document) => sum + document.figures.length, 0),
      claims: report.claims.length,
      conflicts: report.claims.filter((claim) => claim.status === 'conflict').length,
      diagnostics: diagnostics.length,
    });
    process.stdout.write(renderText(report, summary, process.stdout.isTTY === true));
  }
  return failing ? 1 : 0;
}

/** The corpus root's annotation store, if it has one; a corrupt one stops the run like a bad config. */
async function loadAnnotationStore(root: string): Promise<AnnotationStore | null> {
  const store = new AnnotationStore(root);
  try {
    await fs.access(store.file);
  } catch {
    return null;
  }
  try {
    await store.load();
  } catch (error) {
    if (error instanceof AnnotationStoreError) throw new InputError(error.message);
    throw error;
  }
  return store;
}

async function defaultConfigPath(root: string): Promise<string | undefined> {
  const candidate = path.join(root, 'recoupe.json');
  try {
    await fs.access(candidate);
    return candidate;
  } catch {
    return undefined;
  }
}

/** A config file that cannot be read, parsed or validated stops the run: guessing would hide the mistake. */
async function loadConfig(file: string | undefined): Promise<Settings> {
  if (file === undefined) return parseSettings({}).value;
  let raw: string;
  try {
    raw = await fs.readFile(file, 'utf8');
  } catch {
    throw new InputError(`${file}: cannot read the config file`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new InputError(`${file}: not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = parseSettings(json);
  if (parsed.problems.length > 0) throw new InputError(formatProblems(file, parsed.problems));
  return parsed.value;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`recoupe: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
