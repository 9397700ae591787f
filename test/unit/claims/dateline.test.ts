/** A dateline ("LONDON, Oct 16, 2025 —") says where the reporter is: its place is no actor of the facts that follow. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { borrowedDate, createEngine } from '../../../server/src/engine';

test('the place of a dateline is not the actor of a toll in the same sentence', () => {
  for (const text of [
    'Published October 16, 2025\n\nLONDON, Oct 16, 2025 — Two miners were killed and nine injured when a tunnel collapsed at a copper mine in northern Chile.\n',
    "Publié le 16 octobre 2025\n\nLONDRES, 16 octobre — Deux mineurs ont été tués et neuf blessés dans l'effondrement d'une galerie au Chili.\n",
  ]) {
    const engine = createEngine({ displayName: (doc) => doc });
    engine.update('a.txt', text, 0, { language: null, date: null });
    const analysis = engine.analysis('a.txt');
    const subjects = (analysis?.figures ?? []).map((_, index) => engine.claimOf('a.txt', index)?.subject ?? null).filter((subject) => subject !== null);
    assert.ok(subjects.every((subject) => !/london|londres/u.test(subject ?? '')), subjects.join(', '));
  }
});

test('a yearless dateline takes the year of the story the other articles date, whatever order they come in', () => {
  const wire = 'Salmon escape\n\nBy A. Writer\nGLASGOW, Feb 5 (Wire) - Some 48,000 salmon escaped from a farm, the operator said on Tuesday.\n\nThe damage was found early on February 3 after the storm.\n';
  const dated = 'Publié le 4 février 2025\n\nLes dégâts ont été constatés le lundi 3 février au matin.\n';
  const dates = (order: readonly string[]): (string | null)[] => {
    const engine = createEngine({ displayName: (doc) => doc });
    for (const doc of order) engine.update(doc, doc === 'wire.txt' ? wire : dated, 0, { language: null, date: null });
    const analysis = engine.analysis('wire.txt');
    return [analysis?.date?.iso ?? null, ...(analysis?.figures ?? []).filter((figure) => figure.kind === 'date').map((figure) => figure.date?.iso ?? null)];
  };
  // The article's date, then its figures: the dateline itself, "on Tuesday", "February 3".
  assert.deepEqual(dates(['wire.txt', 'dated.txt']), ['2025-02-05', '2025-02-05', '2025-02-04', '2025-02-03']);
  assert.deepEqual(dates(['dated.txt', 'wire.txt']), ['2025-02-05', '2025-02-05', '2025-02-04', '2025-02-03']);
  // Alone, nothing gives the year: the days stay unresolved rather than guessed.
  assert.deepEqual(dates(['wire.txt']), [null, null, null, null]);
  // The story's days are then one fact across the two articles.
  const engine = createEngine({ displayName: (doc) => doc });
  engine.updateMany([
    { doc: 'wire.txt', text: wire, version: 0, overrides: { language: null, date: null } },
    { doc: 'dated.txt', text: dated, version: 0, overrides: { language: null, date: null } },
  ]);
  assert.ok(engine.claimSummaries('en').some((claim) => new Set(claim.mentions.map((mention) => mention.doc)).size === 2));
  // Removing the dated article leaves the wire undated again.
  engine.remove('dated.txt');
  assert.equal(engine.analysis('wire.txt')?.date, null);
});

test('borrowedDate picks the year nearest the dated articles, across a new year, and none far from them', () => {
  const at = (iso: string): number => Date.parse(iso);
  assert.equal(borrowedDate('12-30', [at('2026-01-02')]), '2025-12-30');
  assert.equal(borrowedDate('01-03', [at('2025-12-30')]), '2026-01-03');
  assert.equal(borrowedDate('02-29', [at('2024-03-01')]), '2024-02-29');
  assert.equal(borrowedDate('07-14', [at('2025-01-10')]), null);
  assert.equal(borrowedDate('03-19', []), null);
});

test('an article nothing dates reads its day-and-month dates in the story’s year, never its weekdays', () => {
  const undated = 'Tender closes soon\n\nBy A. Writer\n\nBids are due by October 24, the league said on Thursday.\n';
  const dated = 'Publié le 6 novembre 2025\n\nLes offres devaient être déposées avant le 24 octobre.\n';
  const engine = createEngine({ displayName: (doc) => doc });
  engine.updateMany([
    { doc: 'undated.txt', text: undated, version: 0, overrides: { language: null, date: null } },
    { doc: 'dated.txt', text: dated, version: 0, overrides: { language: null, date: null } },
  ]);
  const analysis = engine.analysis('undated.txt');
  assert.equal(analysis?.date, null);
  const days = (analysis?.figures ?? []).filter((figure) => figure.kind === 'date').map((figure) => `${figure.text}=${figure.date?.iso ?? null}`);
  assert.deepEqual(days, ['October 24=2025-10-24', 'Thursday=null']);
  assert.ok(engine.claimSummaries('en').some((claim) => new Set(claim.mentions.map((mention) => mention.doc)).size === 2));
  // The same article alone has no year to read them in.
  const alone = createEngine({ displayName: (doc) => doc });
  alone.update('undated.txt', undated, 0, { language: null, date: null });
  assert.deepEqual((alone.analysis('undated.txt')?.figures ?? []).filter((figure) => figure.kind === 'date').map((figure) => figure.date), [null, null]);
});
