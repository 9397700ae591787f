/**
 * Claim ids as the report publishes them: one id per claim over the corpus, and a conversion in brackets carrying the
 * claim of the amount it converts. Sentences written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sameWhateverOrder } from './support';

const docs = {
  'a.txt': "Le chantier du tram de Quimperlé dérape. Le surcoût du projet atteint 84 millions d'euros, soit près de 22 % du budget initial, a reconnu mardi la métropole.",
  'b.txt': 'The Quimperlé tram project is over budget: the overrun reached €84 million, almost 22% of the original budget, officials said on Tuesday. The operator, Alvéa Rail, raised €40 million (about $43 million) from investors in 2025.',
  'c.txt': "Alvéa Rail a levé 40 millions d'euros auprès d'investisseurs en 2025, selon la société.",
};

describe('claims: ids over the corpus', () => {
  const { engine } = sameWhateverOrder(docs, [['c.txt', 'b.txt', 'a.txt'], ['b.txt', 'a.txt', 'c.txt']]);
  const idOf = (doc: string, text: string): string | undefined => {
    const index = engine.analysis(doc)?.figures.findIndex((figure) => figure.text === text) ?? -1;
    return engine.claimOf(doc, index)?.id;
  };

  it('an overrun in euros and the same overrun in per cent are two claims with two ids', () => {
    const ids = engine.claimSummaries('en').map((summary) => summary.id);
    assert.equal(new Set(ids).size, ids.length, ids.join(' '));
    assert.equal(idOf('a.txt', "84 millions d'euros"), idOf('b.txt', '€84 million'));
    assert.equal(idOf('a.txt', 'près de 22 %'), idOf('b.txt', 'almost 22%'));
    assert.notEqual(idOf('a.txt', "84 millions d'euros"), idOf('a.txt', 'près de 22 %'));
  });

  it('a conversion in brackets states the claim of the amount it converts', () => {
    const funding = idOf('c.txt', "40 millions d'euros");
    assert.ok(funding);
    assert.equal(idOf('b.txt', '€40 million'), funding);
    assert.equal(idOf('b.txt', 'about $43 million'), funding);
  });
});

describe('claims: hovering a conversion', () => {
  const { engine } = sameWhateverOrder(docs, []);
  it('shows the claim of the amount it converts, that amount marked as this statement', () => {
    const text = docs['b.txt'];
    const hover = engine.hover('b.txt', text.indexOf('about $43 million') + 2, 'en', (doc) => doc) ?? '';
    assert.match(hover, /Alvéa Rail/);
    assert.match(hover, /\| ▸ \| b\.txt \|.*€40 million/);
    assert.match(hover, /\| [^▸|]+ \| c\.txt \|.*40 millions d'euros/);
  });
});
