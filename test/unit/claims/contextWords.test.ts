/** The words around a figure (contextWords.ts): what lets an unnamed value meet its counterpart in another article. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contextStems, nounStemAfter } from '../../../server/src/engine/claims/contextWords';
import type { Figure } from '../../../server/src/engine/types';

function stemsAround(text: string, figureText: string): { context: string[]; noun: string | null } {
  const start = text.indexOf(figureText);
  assert.ok(start >= 0);
  const figure = { span: { start, end: start + figureText.length }, text: figureText, kind: 'count', value: Number(figureText) } as unknown as Figure;
  const sentence = { start: 0, end: text.length };
  return { context: contextStems(text, figure, sentence), noun: nounStemAfter(text, figure, sentence) };
}

test('words with a known translation meet across languages; others by their first five letters', () => {
  const french = stemsAround('Selon la préfecture, 37 conteneurs sont tombés à la mer au large de Penmarch.', '37');
  const english = stemsAround('The coastguard said 41 containers fell into the sea off Penmarch.', '41');
  const shared = french.context.filter((stem) => english.context.includes(stem));
  // "conteneurs"/"containers", "tombés"/"fell", "mer"/"sea" are translations; "Penmarch" is the same word.
  assert.ok(shared.length >= 4, `shared: ${shared.join(' ')}`);
  assert.ok(shared.includes('penma'));
  // The counted noun is known by the same key as in the clause, so passes that must ignore it can.
  assert.equal(french.noun, english.noun);
  assert.ok(french.context.includes(french.noun ?? ''));
});
