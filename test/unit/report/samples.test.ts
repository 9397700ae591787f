import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { renderHtmlReport } from '../../../server/src/report/html';
import { reportSchema } from '../../../server/src/report/schema';
import { cliBundle, repoRoot, samplesFolder } from '../../support/paths';

const root = repoRoot;
const cli = cliBundle;
const samples = samplesFolder;
const skip = !existsSync(cli) || !existsSync(samples) ? 'needs a build (dist/cli.js) and samples/' : false;

describe('HTML report of the samples', { skip }, () => {
  it('renders every claim of the real pipeline, in both languages', () => {
    const run = spawnSync(process.execPath, [cli, 'check', '--format', 'json', 'samples'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    assert.ok(run.status === 0 || run.status === 1, run.stderr);
    const report = reportSchema.parse(JSON.parse(run.stdout));
    for (const lang of ['en', 'fr'] as const) {
      const html = renderHtmlReport(report, lang);
      for (const claim of report.claims) {
        const label = claim.label.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
        assert.ok(html.includes(`<span class="claim-label">${label}</span>`), `claim ${claim.id} is listed`);
      }
      assert.equal((html.match(/<details class="claim /g) ?? []).length, report.claims.length);
      assert.equal((html.match(/<details class="doc"/g) ?? []).length, report.documents.length);
      const diagnostics = report.documents.reduce((sum, document) => sum + document.diagnostics.length, 0);
      assert.equal((html.match(/<span class="pos">/g) ?? []).length, diagnostics);
      assert.doesNotMatch(html, /NaN|Infinity|undefined|<script/);
      assert.equal(html, renderHtmlReport(report, lang), 'deterministic');
      // RECOUPE_HTML_OUT=/tmp/recoupe-report.html saves the page to look at it.
      const out = process.env.RECOUPE_HTML_OUT;
      if (out) writeFileSync(lang === 'en' ? out : out.replace(/(\.html)?$/, '.fr.html'), html);
    }
  });
});
