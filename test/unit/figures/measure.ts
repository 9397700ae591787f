/** Scoring shared by the golden and held-out figure corpora: per-kind P/R and value+unit+interval F1. */
import assert from 'node:assert/strict';
import { extractFigures } from '../../../server/src/engine/figures';
import type { Figure, FigureDate, Lang } from '../../../server/src/engine/types';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { closeTo, fixturesDir } from './support';

export interface Expect {
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
  /** Round 6 labels ranges by their bounds (`value`, `valueMax`) and gives no interval for other figures. */
  readonly valueMax?: number;
  /** A known gap: counted in the metrics, not asserted. */
  readonly known?: boolean;
}

export interface Row {
  readonly text: string;
  readonly lang: Lang;
  readonly documentDate: string | null;
  readonly expect: readonly Expect[];
}

export interface Measure {
  readonly overall: { readonly precision: number; readonly recall: number; readonly f1: number };
  readonly moneyPercent: { readonly precision: number; readonly recall: number; readonly f1: number };
}

/** One JSON line per sentence, from test/fixtures/figures. */
export function loadRows(name: string): Row[] {
  return fs
    .readFileSync(path.join(fixturesDir(), name), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Row);
}

export const MONEY_PERCENT = new Set(['money', 'percent']);

export function valueUnitMatch(e: Expect, f: Figure): boolean {
  // Without a labelled interval only the value (a range's bounds) is scored.
  if (e.low === undefined && e.high === undefined) {
    if (f.unit !== e.unit) return false;
    return e.qualifier === 'range' ? closeTo(f.low, e.value) && closeTo(f.high, e.valueMax) : closeTo(f.value, e.value);
  }
  return closeTo(f.value, e.value) && f.unit === e.unit && closeTo(f.low, e.low) && closeTo(f.high, e.high);
}

/** Fields outside value+unit+interval, reported but not scored. */
export function otherFields(e: Expect, f: Figure): string[] {
  const bad: string[] = [];
  if (f.qualifier !== e.qualifier) bad.push(`qualifier ${f.qualifier} ≠ ${e.qualifier}`);
  if (e.reported !== undefined && f.reported !== e.reported) bad.push(`reported ${f.reported}`);
  if (e.date !== undefined) {
    const d = f.date;
    if (d === null || e.date === null ? d !== e.date : d.iso !== e.date.iso || d.precision !== e.date.precision || d.relative !== e.date.relative) {
      bad.push(`date ${d?.iso ?? null} ≠ ${e.date?.iso ?? null}`);
    }
  }
  return bad;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export function prf(tp: number, found: number, expected: number): Prf {
  const precision = found === 0 ? 0 : tp / found;
  const recall = expected === 0 ? 0 : tp / expected;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function measure(title: string, rows: readonly Row[], first?: Measure): { overall: Prf; moneyPercent: Prf; expected: number } {
  const stats = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (k: string, field: 'tp' | 'fp' | 'fn'): void => {
    const s = stats.get(k) ?? { tp: 0, fp: 0, fn: 0 };
    s[field]++;
    stats.set(k, s);
  };
  let expectedTotal = 0;
  let foundTotal = 0;
  let vuTp = 0;
  let mpExpected = 0;
  let mpFound = 0;
  let mpTp = 0;
  let otherBad = 0;
  const problems: string[] = [];
  for (const row of rows) {
    const figs = extractFigures(row.text, { lang: row.lang, documentDate: row.documentDate });
    for (const f of figs) assert.equal(row.text.slice(f.span.start, f.span.end), f.text, 'span and text agree');
    foundTotal += figs.length;
    expectedTotal += row.expect.length;
    for (const e of row.expect) {
      const f = figs.find((x) => x.text === e.text);
      if (f !== undefined && f.kind === e.kind) bump(e.kind, 'tp');
      else bump(e.kind, 'fn');
      const ok = f !== undefined && valueUnitMatch(e, f);
      if (ok) vuTp++;
      if (MONEY_PERCENT.has(e.kind)) {
        mpExpected++;
        if (ok) mpTp++;
      }
      if (f === undefined) problems.push(`[${row.lang}] missing "${e.text}" (${e.kind})   ← ${row.text}`);
      else if (!ok || f.kind !== e.kind) {
        problems.push(`[${row.lang}] "${e.text}": got ${f.kind} ${f.value} ${f.unit} [${f.low}, ${f.high}], want ${e.kind} ${e.value} ${e.unit} [${e.low}, ${e.high}]`);
      } else {
        const other = otherFields(e, f);
        if (other.length > 0) {
          otherBad++;
          problems.push(`[${row.lang}] "${e.text}" (other fields): ${other.join(', ')}`);
        }
      }
    }
    for (const f of figs) {
      const e = row.expect.find((x) => x.text === f.text);
      if (e === undefined || e.kind !== f.kind) bump(f.kind, 'fp');
      if (MONEY_PERCENT.has(f.kind) || (e !== undefined && MONEY_PERCENT.has(e.kind))) mpFound++;
      if (e === undefined) problems.push(`[${row.lang}] extra "${f.text}" (${f.kind} ${f.value} ${f.unit})   ← ${row.text}`);
    }
  }
  const overall = prf(vuTp, foundTotal, expectedTotal);
  const mp = prf(mpTp, mpFound, mpExpected);
  const pct = (x: number): string => (Number.isFinite(x) ? (100 * x).toFixed(1).padStart(6) : '     -');
  const lines = [title, 'kind        TP   FP   FN  precision  recall'];
  for (const [k, s] of [...stats.entries()].sort()) {
    lines.push(`${k.padEnd(10)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}  ${pct(s.tp / (s.tp + s.fp))}%  ${pct(s.tp / (s.tp + s.fn))}%`);
  }
  lines.push(`value+unit+interval, all kinds:     P ${pct(overall.precision)}%  R ${pct(overall.recall)}%  F1 ${pct(overall.f1)}%  (${expectedTotal} expected, ${rows.length} sentences)`);
  lines.push(`value+unit+interval, money+percent: P ${pct(mp.precision)}%  R ${pct(mp.recall)}%  F1 ${pct(mp.f1)}%  (${mpExpected} expected)`);
  if (first) lines.push(`first measurement: all kinds F1 ${pct(first.overall.f1)}%, money+percent F1 ${pct(first.moneyPercent.f1)}%`);
  lines.push(`other fields (qualifier, reported, date) wrong on otherwise correct figures: ${otherBad}`);
  if (problems.length > 0) lines.push('remaining differences:', ...problems.map((p) => `  ${p}`));
  console.log(lines.join('\n'));
  return { overall, moneyPercent: mp, expected: expectedTotal };
}

