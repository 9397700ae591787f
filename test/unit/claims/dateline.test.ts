/** A dateline ("LONDON, Oct 16, 2025 —") says where the reporter is: its place is no actor of the facts that follow. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createEngine } from '../../../server/src/engine';

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
