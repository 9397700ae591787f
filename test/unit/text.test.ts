import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LineIndex } from '../../server/src/engine/text/lineIndex';
import { paragraphSpans, sentenceSpans } from '../../server/src/engine/text/segment';
import { detectLanguage, paragraphLanguage } from '../../server/src/engine/text/language';

describe('LineIndex', () => {
  const cases: { name: string; text: string; offset: number; position: { line: number; character: number } }[] = [
    { name: 'LF', text: 'ab\ncd', offset: 4, position: { line: 1, character: 1 } },
    { name: 'CRLF', text: 'ab\r\ncd', offset: 5, position: { line: 1, character: 1 } },
    { name: 'lone CR', text: 'ab\rcd', offset: 4, position: { line: 1, character: 1 } },
    { name: 'BOM counts as a code unit', text: '\ufeffab', offset: 2, position: { line: 0, character: 2 } },
    { name: 'emoji is two code units', text: '🚀x', offset: 2, position: { line: 0, character: 2 } },
    { name: 'end of text', text: 'ab\n', offset: 3, position: { line: 1, character: 0 } },
  ];
  for (const { name, text, offset, position } of cases) {
    it(name, () => {
      const index = new LineIndex(text);
      assert.deepEqual(index.positionAt(offset), position);
      assert.equal(index.offsetAt(position), offset);
    });
  }
  it('clamps positions past the end of a line to the line end, before its break', () => {
    assert.equal(new LineIndex('ab\r\ncd').offsetAt({ line: 0, character: 99 }), 2);
  });
});

describe('segmentation', () => {
  it('splits paragraphs at every line break and trims blanks', () => {
    const text = '  Titre\u00a0\r\n\r\nPremier paragraphe.\nSecond.';
    assert.deepEqual(
      paragraphSpans(text).map((span) => text.slice(span.start, span.end)),
      ['Titre', 'Premier paragraphe.', 'Second.'],
    );
  });
  const sentenceCases: { lang: string; text: string; expected: string[] }[] = [
    { lang: 'fr', text: 'M. Dupont est arrivé. Il a parlé.', expected: ['M. Dupont est arrivé.', 'Il a parlé.'] },
    { lang: 'fr', text: 'Le coût est de 3 M€ env. pour la ville. Fin.', expected: ['Le coût est de 3 M€ env. pour la ville.', 'Fin.'] },
    { lang: 'en', text: 'Dr. Smith met Mr. Jones. They talked.', expected: ['Dr. Smith met Mr. Jones.', 'They talked.'] },
    { lang: 'en', text: 'John F. Kennedy spoke. Then he left.', expected: ['John F. Kennedy spoke.', 'Then he left.'] },
  ];
  for (const { lang, text, expected } of sentenceCases) {
    it(`sentences: ${text}`, () => {
      const spans = sentenceSpans(text, { start: 0, end: text.length }, lang);
      assert.deepEqual(spans.map((span) => text.slice(span.start, span.end)), expected);
    });
  }
  it('stays linear on a huge paragraph by segmenting windows', () => {
    const text = 'Une phrase courte. '.repeat(30000);
    const spans = sentenceSpans(text, { start: 0, end: text.length }, 'fr');
    assert.ok(spans.length >= 29000);
  });
});

describe('language detection', () => {
  const cases: { text: string; expected: 'fr' | 'en' | null }[] = [
    { text: 'Le groupe a investi plus de quatorze milliards de dollars dans la jeune pousse.', expected: 'fr' },
    { text: 'The group invested more than fourteen billion dollars in the young start-up.', expected: 'en' },
    { text: 'Meta', expected: null },
  ];
  for (const { text, expected } of cases) {
    it(text, () => assert.equal(detectLanguage(text), expected));
  }
});

describe('paragraph language on mixed pages', () => {
  const cases: { text: string; document: 'fr' | 'en'; expected: 'fr' | 'en' }[] = [
    { text: 'Le groupe a confirmé son offre pour la start-up, selon les analystes de la place.', document: 'fr', expected: 'fr' },
    { text: 'The group confirmed its offer for the start-up, according to analysts in the city.', document: 'fr', expected: 'en' },
    { text: 'Les investisseurs ont salué la décision du conseil.', document: 'en', expected: 'fr' },
    { text: 'Scale AI, Meta, OpenAI.', document: 'en', expected: 'en' },
  ];
  for (const { text, document, expected } of cases) {
    it(`${document} document: ${text}`, () => assert.equal(paragraphLanguage(text, document), expected));
  }
  it('a short bullet of an English section of a French page stays English', () => {
    assert.equal(paragraphLanguage('- **$14.3 billion**: the deal', 'fr', 'en'), 'en');
  });
});
