/**
 * Golden corpus of the figures recogniser: test/fixtures/figures/golden.{fr,en}.jsonl.
 * Each line: {text, lang, documentDate, expect: [{text, kind, value, unit, qualifier, low, high, ...}]}.
 * Every expected figure must be found (matched by its text) with the expected fields, and no other
 * figure may be found in the line. A summary table of precision/recall per kind is printed, and
 * value+unit F1 over the whole corpus must stay ≥ 0.95.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFigures } from '../../../server/src/engine/figures';
import type { Figure } from '../../../server/src/engine/types';
import { loadRows, measure, type Expect, type Row } from './measure';
import { closeTo } from './support';

const rows: Row[] = [...loadRows('golden.fr.jsonl'), ...loadRows('golden.en.jsonl')];

function run(row: Row): Figure[] {
  return extractFigures(row.text, { lang: row.lang, documentDate: row.documentDate });
}

function mismatch(e: Expect, f: Figure): string[] {
  const bad: string[] = [];
  if (f.kind !== e.kind) bad.push(`kind ${f.kind} ≠ ${e.kind}`);
  if (!closeTo(f.value, e.value)) bad.push(`value ${f.value} ≠ ${e.value}`);
  if (f.unit !== e.unit) bad.push(`unit ${f.unit} ≠ ${e.unit}`);
  if (f.qualifier !== e.qualifier) bad.push(`qualifier ${f.qualifier} ≠ ${e.qualifier}`);
  if (!closeTo(f.low, e.low)) bad.push(`low ${f.low} ≠ ${e.low}`);
  if (!closeTo(f.high, e.high)) bad.push(`high ${f.high} ≠ ${e.high}`);
  if (e.unitInferred !== undefined && f.unitInferred !== e.unitInferred) bad.push(`unitInferred ${f.unitInferred}`);
  if (f.reported !== (e.reported ?? false)) bad.push(`reported ${f.reported}`);
  if (e.restates !== undefined && f.restates !== e.restates) bad.push(`restates ${f.restates} ≠ ${e.restates}`);
  if (e.date !== undefined) {
    const d = f.date;
    if (d === null || e.date === null ? d !== e.date : d.iso !== e.date.iso || d.precision !== e.date.precision || d.relative !== e.date.relative) {
      bad.push(`date ${JSON.stringify(d)} ≠ ${JSON.stringify(e.date)}`);
    }
  }
  return bad;
}

rows.forEach((row, n) => {
  test(`golden ${row.lang} #${n}: ${row.text.slice(0, 70)}`, () => {
    const figs = run(row);
    for (const f of figs) assert.equal(row.text.slice(f.span.start, f.span.end), f.text, 'span and text agree');
    for (const e of row.expect) {
      if (e.known === true) continue;
      const f = figs.find((x) => x.text === e.text);
      assert.ok(f, `missing figure "${e.text}"; found ${JSON.stringify(figs.map((x) => x.text))}`);
      assert.deepEqual(mismatch(e, f), [], `figure "${e.text}"`);
    }
    const expected = new Set(row.expect.map((e) => e.text));
    const extra = figs.filter((f) => !expected.has(f.text)).map((f) => `${f.text} (${f.kind})`);
    assert.deepEqual(extra, [], 'unexpected figures');
  });
});

test('golden corpus: precision/recall per kind and value+unit F1', () => {
  const m = measure('golden corpus (golden.*.jsonl)', rows);
  assert.ok(m.expected >= 150, 'the golden corpus holds at least 150 figures');
  assert.ok(m.overall.f1 >= 0.95, `F1 ${m.overall.f1} ≥ 0.95`);
});
