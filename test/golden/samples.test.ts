import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { createEngine, type Engine } from '../../server/src/engine';
import { expectSnapshot } from '../support/expect';
import { repoRoot, samplesFolder } from '../support/paths';

/**
 * The bundled samples, analysed together as the CLI does, rendered like a
 * proofreader's copy: each figure and finding under its line with a caret
 * underline. Reviewing a diff of these snapshots is reviewing behaviour.
 */
function render(engine: Engine, doc: string): string {
  const analysis = engine.analysis(doc);
  const lines = engine.lines(doc);
  if (!analysis || !lines) return '';
  const textLines = analysis.text.split(/\r\n|\r|\n/);
  const notes = new Map<number, string[]>();
  const note = (offset: number, end: number, label: string): void => {
    const start = lines.positionAt(offset);
    const stop = lines.positionAt(end);
    const width = Math.max(1, (stop.line === start.line ? stop.character : (textLines[start.line]?.length ?? 0)) - start.character);
    const list = notes.get(start.line) ?? [];
    list.push(`${' '.repeat(start.character)}${'^'.repeat(width)} ${label}`);
    notes.set(start.line, list);
  };
  analysis.figures.forEach((figure, index) => {
    const claim = engine.claimOf(doc, index);
    const interval = `${figure.lowInclusive ? '[' : '('}${figure.low ?? '-∞'}, ${figure.high ?? '∞'}${figure.highInclusive ? ']' : ')'}`;
    const flags = [figure.unitInferred ? 'inferred-unit' : '', figure.reported ? 'reported' : '', figure.restates !== null ? `restates#${figure.restates + 1}` : '']
      .filter(Boolean)
      .join(' ');
    note(
      figure.span.start,
      figure.span.end,
      `#${index + 1} ${figure.kind} ${figure.value ?? '?'} ${figure.unit ?? ''} ${figure.qualifier} ${interval}${figure.date ? ` ${figure.date.iso}` : ''}${flags ? ` ${flags}` : ''}${claim ? ` claim=${claim.id}` : ''}`,
    );
  });
  for (const finding of engine.findings(doc, 'en')) {
    note(finding.span.start, finding.span.end, `${finding.severity} ${finding.code}: ${finding.related.map((related) => engine.placeName(related.doc, related.span.start)).join(', ')}`);
  }
  const out: string[] = [`# ${path.basename(doc)} language=${analysis.language ?? '?'} date=${analysis.date?.iso ?? '?'}`];
  textLines.forEach((line, index) => {
    const list = notes.get(index);
    if (!list) return;
    out.push(`${String(index + 1).padStart(3)}| ${line}`);
    for (const item of list) out.push(`   | ${item}`);
  });
  return `${out.join('\n')}\n`;
}

describe('golden: the bundled samples', () => {
  const files = readdirSync(samplesFolder).filter((name) => /\.(txt|md)$/.test(name) && name !== 'README.md').sort();
  const engine = createEngine({ displayName: (doc) => path.basename(doc) });
  for (const name of files) engine.update(path.join(samplesFolder, name), readFileSync(path.join(samplesFolder, name), 'utf8'), 0, { language: null, date: null });
  for (const name of files) {
    it(name, () => {
      expectSnapshot(path.join(repoRoot, 'test/golden/snapshots', `${name}.snap`), render(engine, path.join(samplesFolder, name)));
    });
  }
});
