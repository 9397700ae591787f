/**
 * Golden corpus of the figures recogniser: test/fixtures/figures/golden.{fr,en}.jsonl.
 * Each line: {text, lang, documentDate, expect: [{text, kind, value, unit, qualifier, low, high, ...}]}.
 * Every expected figure must be found (matched by its text) with the expected fields, and no other
 * figure may be found in the line. A summary table of precision/recall per kind is printed, and
 * value+unit F1 over the whole corpus must stay ≥ 0.95.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { extractFigures } from '../../../server/src/engine/figures';
import type { Figure, FigureDate, Lang } from '../../../server/src/engine/types';
import { closeTo, fixturesDir } from './support';

interface Expect {
  readonly text: string;
  readonly kind: string;
  readonly value: number | null;
  readonly unit: string | null;
  readonly qualifier: string;
  readonly low: number | null;
  readonly high: number | null;
  readonly unitInferred?: boolean;
  readonly reported?: boolean;
  readonly restates?: number | null;
  readonly date?: FigureDate | null;
  /** A known gap: counted in the metrics, not asserted. */
  readonly known?: boolean;
}

interface Row {
  readonly text: string;
  readonly lang: Lang;
  readonly documentDate: string | null;
  readonly expect: readonly Expect[];
}

function load(name: string): Row[] {
  const file = path.join(fixturesDir(), name);
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Row);
}

const rows: Row[] = [...load('golden.fr.jsonl'), ...load('golden.en.jsonl')];

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
  const stats = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (k: string, field: 'tp' | 'fp' | 'fn'): void => {
    const s = stats.get(k) ?? { tp: 0, fp: 0, fn: 0 };
    s[field]++;
    stats.set(k, s);
  };
  let expectedTotal = 0;
  let foundTotal = 0;
  let vuTp = 0;
  for (const row of rows) {
    const figs = run(row);
    foundTotal += figs.length;
    expectedTotal += row.expect.length;
    for (const e of row.expect) {
      const f = figs.find((x) => x.text === e.text);
      if (f !== undefined && f.kind === e.kind) bump(e.kind, 'tp');
      else bump(e.kind, 'fn');
      if (f !== undefined && closeTo(f.value, e.value) && f.unit === e.unit && closeTo(f.low, e.low) && closeTo(f.high, e.high)) vuTp++;
    }
    for (const f of figs) {
      const e = row.expect.find((x) => x.text === f.text);
      if (e === undefined || e.kind !== f.kind) bump(f.kind, 'fp');
    }
  }
  const pct = (x: number): string => (Number.isFinite(x) ? (100 * x).toFixed(1).padStart(6) : '     -');
  const lines = ['kind        TP   FP   FN  precision  recall'];
  for (const [k, s] of [...stats.entries()].sort()) {
    lines.push(`${k.padEnd(10)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}  ${pct(s.tp / (s.tp + s.fp))}%  ${pct(s.tp / (s.tp + s.fn))}%`);
  }
  const p = foundTotal === 0 ? 0 : vuTp / foundTotal;
  const r = expectedTotal === 0 ? 0 : vuTp / expectedTotal;
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  lines.push(`value+unit+interval: P ${pct(p)}%  R ${pct(r)}%  F1 ${pct(f1)}%  (${expectedTotal} expected figures, ${rows.length} sentences)`);
  console.log(lines.join('\n'));
  assert.ok(expectedTotal >= 150, 'the golden corpus holds at least 150 figures');
  assert.ok(f1 >= 0.95, `F1 ${f1} ≥ 0.95`);
});
