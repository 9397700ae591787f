import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import AjvDraft04 from 'ajv-draft-04';
import { AnnotationStore, createAnnotation } from '../../server/src/annotations/store';
import type { Report } from '../../server/src/report/schema';
import { assertValidReport, runCli, withCorpus } from '../support/cli';
import { haveSeeds, repoRoot, samplesFolder, seedsFolder } from '../support/paths';

describe('recoupe CLI', () => {
  let folder: string;

  before(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'recoupe-cli-'));
    writeFileSync(path.join(folder, 'a.txt'), 'Le groupe Meta a investi 14,3 milliards de dollars dans Scale AI.\n');
    writeFileSync(path.join(folder, 'b.txt'), 'Meta paid $14.8 billion for its stake in Scale AI.\n');
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('prints a JSON report that validates against the published schema, and exits 1 on a conflict', () => {
    const run = runCli(['check', '--format', 'json', folder]);
    assert.equal(run.status, 1, run.stderr);
    const report = JSON.parse(run.stdout) as Report;
    assertValidReport(report);
    assert.deepEqual(
      report.documents.map((document) => document.path),
      ['a.txt', 'b.txt'],
    );
    const [a] = report.documents;
    assert.equal(a?.language, 'fr');
    assert.deepEqual(a?.figures[0]?.range, { start: { line: 0, character: 25 }, end: { line: 0, character: 50 } });
    assert.equal(a?.figures[0]?.unit, 'USD');
    assert.equal(a?.diagnostics[0]?.code, 'conflict');
    assert.equal(a?.diagnostics[0]?.related[0]?.path, 'b.txt');
    assert.deepEqual(
      a?.entities.map((entity) => [entity.id, entity.type, entity.text]),
      [
        ['org:meta', 'organization', 'Meta'],
        ['org:scale-ai', 'organization', 'Scale AI'],
      ],
    );
    assert.equal(report.documents[1]?.entities[0]?.id, 'org:meta', 'one id for Meta in every document');
    const conflict = report.claims.find((claim) => claim.status === 'conflict');
    assert.equal(conflict?.attribute, 'investment');
    assert.deepEqual(conflict?.mentions.map((mention) => mention.path), ['a.txt', 'b.txt']);
    assert.equal(a?.figures[0]?.claimId, conflict?.id);
  });

  it('prints text diagnostics as path:line:col: severity: message [code], then a summary', () => {
    const run = runCli(['check', folder]);
    assert.equal(run.status, 1);
    const lines = run.stdout.trimEnd().split('\n');
    assert.equal(
      lines[0],
      'a.txt:1:26: warning: Sources disagree on Meta → Scale AI: investment: b.txt:1 says “$14.8 billion” (14.75–14.85bn USD); this says 14.25–14.35bn USD. [conflict]',
    );
    assert.match(lines[lines.length - 1] ?? '', /^2 documents, 2 figures, 1 claims, 1 conflicts, 2 diagnostics$/);
  });

  it('speaks French with --locale fr or a French LANG', () => {
    assert.match(runCli(['check', '--locale', 'fr', folder]).stdout, /Les sources divergent sur Meta → Scale AI : investissement : b\.txt:1 indique « \$14\.8 billion » \(14,75–14,85 Md USD\) ; ici : 14,25–14,35 Md USD\./);
    assert.match(runCli(['check', folder], { env: { LANG: 'fr_FR.UTF-8' } }).stdout, /Les sources divergent/);
  });

  it('prints SARIF 2.1.0 that validates against the SARIF schema', () => {
    const run = runCli(['check', '--format', 'sarif', folder]);
    assert.equal(run.status, 1);
    const sarif = JSON.parse(run.stdout) as { runs: { results: { ruleId: string; locations: unknown[] }[] }[] };
    const schemaFile = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json', { paths: [repoRoot] });
    const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as Record<string, unknown>;
    delete schema.id;
    const validate = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false }).compile(schema);
    assert.ok(validate(sarif), JSON.stringify(validate.errors, null, 2));
    assert.equal(sarif.runs[0]?.results.length, 2);
    assert.equal(sarif.runs[0]?.results[0]?.ruleId, 'conflict');
  });

  it('writes a self-contained HTML report with a chart per claim', () => {
    const run = runCli(['check', '--format', 'html', folder]);
    assert.equal(run.status, 1);
    assert.match(run.stdout, /^<!DOCTYPE html>/i);
    assert.match(run.stdout, /Meta → Scale AI: investment/);
    assert.match(run.stdout, /<svg[^>]*>/);
    assert.doesNotMatch(run.stdout, /<script[^>]+src=|<link[^>]+href="http/);
  });

  it('prints the claims table', () => {
    const run = runCli(['claims', folder]);
    assert.equal(run.status, 0);
    assert.equal(
      run.stdout,
      [
        'CONFLICT   Meta → Scale AI: investment  [investment:org:meta>org:scale-ai]',
        '    a.txt:1:26  “14,3 milliards de dollars”  14250000000..14350000000 USD',
        '    b.txt:1:11  “$14.8 billion”  14750000000..14850000000 USD',
        '',
      ].join('\n'),
    );
  });

  it('prints the entity table: type, canonical name, aliases, mentions per source', () => {
    const run = runCli(['entities', folder]);
    assert.equal(run.status, 0);
    assert.match(run.stdout, /^organization +Meta {2}\(2 mentions, 2 sources\) {2}\[org:meta\]\n {4}sources: a\.txt ×1, b\.txt ×1$/m);
    assert.match(run.stdout, /^organization +Scale AI {2}\(2 mentions, 2 sources\)/m);
    const json = runCli(['entities', '--format', 'json', folder]);
    assert.equal(json.status, 0);
    const rows = JSON.parse(json.stdout) as { id: string; documents: { document: string; mentions: number }[] }[];
    assert.deepEqual(rows.find((row) => row.id === 'org:meta')?.documents, [
      { document: 'a.txt', mentions: 1 },
      { document: 'b.txt', mentions: 1 },
    ]);
    const bad = runCli(['entities', '--format', 'sarif', folder]);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /recoupe entities prints text or json/);
  });

  it('honours the annotation store: an ignored finding is not reported, a verified one says so', async () => {
    const textA = 'Le groupe Meta a investi 14,3 milliards de dollars dans Scale AI.\n';
    const textB = 'Meta paid $14.8 billion for its stake in Scale AI.\n';
    await withCorpus({ 'a.txt': textA, 'b.txt': textB }, async (annotated) => {
      const store = new AnnotationStore(annotated);
      const figureA = { start: textA.indexOf('14,3'), end: textA.indexOf(' dans') };
      const figureB = { start: textB.indexOf('$14.8'), end: textB.indexOf(' for') };
      await store.add(
        createAnnotation({ file: 'a.txt', text: textA, span: figureA, verdict: 'verified', note: 'Checked the filing', creator: 'Ana' }),
        createAnnotation({ file: 'b.txt', text: textB, span: figureB, verdict: { kind: 'ignore-here', code: 'conflict' }, creator: 'Ana' }),
      );
      const report = JSON.parse(runCli(['check', '--format', 'json', annotated]).stdout) as Report;
      const [a, b] = report.documents;
      assert.match(a?.diagnostics[0]?.message ?? '', /\(Verified by Ana, \d{4}-\d\d-\d\d\.\)$/);
      assert.deepEqual(b?.diagnostics, []);
      const listed = runCli(['annotations', 'list', '--root', annotated]);
      assert.equal(listed.status, 0, listed.stderr);
      assert.match(listed.stdout, /a\.txt:1/);
    });
  });

  it('exits 2 on a corrupt annotation store, naming the line, and leaves it untouched', async () => {
    const bytes = Buffer.from('{"schemaVersion": 1,\n<<<<<<< HEAD\n', 'utf8');
    await withCorpus({ 'a.txt': 'Meta a investi 14,3 milliards de dollars dans Scale AI.\n', '.recoupe/annotations.jsonl': bytes.toString('utf8') }, (corrupt) => {
      const storeFile = path.join(corrupt, '.recoupe', 'annotations.jsonl');
      const run = runCli(['check', corrupt]);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /annotations\.jsonl:1/);
      assert.ok(readFileSync(storeFile).equals(bytes));
    });
  });

  it('exits 0 when no source contradicts another', async () => {
    await withCorpus(
      { 'a.txt': 'Meta a investi 14,3 milliards de dollars dans Scale AI.\n', 'b.txt': 'Meta invested more than $14 billion in Scale AI.\n' },
      (calm) => {
        const run = runCli(['check', calm]);
        assert.equal(run.status, 0, run.stdout);
      },
    );
  });

  it('exits 2 on bad usage, naming the flag', () => {
    const run = runCli(['check', '--format', 'xml', folder]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /--format: Invalid option: expected one of "text"\|"json"\|"sarif"/);
    assert.equal(runCli(['check', '--colour']).status, 2);
    assert.equal(runCli(['check', path.join(folder, 'missing')]).status, 2);
  });

  it('exits 2 on an invalid config file, naming the file and the key', () => {
    const config = path.join(folder, 'bad.json');
    writeFileSync(config, JSON.stringify({ corpus: { include: 'notes/*.txt' } }));
    const run = runCli(['check', '--config', config, folder]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /bad\.json: "corpus\.include": Invalid input: expected array, received string/);
    assert.equal(run.stdout, '');
    writeFileSync(config, '{ "language": ');
    assert.match(runCli(['check', '--config', config, folder]).stderr, /bad\.json: not valid JSON/);
  });

  it('reads recoupe.json at the corpus root', async () => {
    await withCorpus(
      {
        'a.txt': 'Meta a investi 14,3 milliards de dollars dans Scale AI.\n',
        'b.text': 'Meta paid $14.8 billion for its stake in Scale AI.\n',
        'recoupe.json': JSON.stringify({ corpus: { include: ['**/*.txt', '**/*.text'] } }),
      },
      (configured) => {
        const report = JSON.parse(runCli(['check', '--format', 'json', configured]).stdout) as Report;
        assert.equal(report.documents.length, 2);
      },
    );
  });

  it('checks the bundled samples: valid report with the documented conflicts', () => {
    const run = runCli(['check', '--format', 'json', samplesFolder]);
    const report = JSON.parse(run.stdout) as Report;
    assertValidReport(report);
    assert.equal(run.status, 1);
    assert.ok(report.documents.length >= 6);
    const conflicts = report.claims.filter((claim) => claim.status === 'conflict').map((claim) => claim.attribute);
    assert.ok(conflicts.includes('investment'), `conflicting claims: ${conflicts.join(', ')}`);
  });

  it('checks the real seed articles when ../shared is present', (t) => {
    if (!haveSeeds) return t.skip('../shared/seeds is absent');
    const run = runCli(['check', '--format', 'json', seedsFolder]);
    assert.notEqual(run.status, 2, run.stderr);
    const report = JSON.parse(run.stdout) as Report;
    assertValidReport(report);
    assert.equal(report.documents.length, 5);
    const figures = report.documents.flatMap((document) => document.figures);
    assert.ok(figures.some((figure) => figure.kind === 'money' && figure.unit === 'USD' && figure.value === 14e9));
    assert.ok(figures.every((figure) => !/^Llama/.test(figure.text)));
  });
});
