/**
 * The period a value is dated to, as its claim id ends ("@2024-Q2"): a year-earlier comparison in a quarterly story is
 * that quarter of the year before, however the sentence says it. Sentences written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sameWhateverOrder } from './support';

const docs = {
  'a.txt':
    "Caisse Ardenne : bénéfice en hausse au deuxième trimestre\n\nLa Caisse Ardenne a publié mercredi 30 juillet 2025 un bénéfice net de 96 millions d'euros pour le deuxième trimestre. Un an plus tôt, la banque mutualiste avait gagné 88 millions d'euros.",
  'b.txt':
    'Caisse Ardenne posts higher second-quarter profit\n\nCaisse Ardenne said on 30 July 2025 that net profit for the April-June quarter reached €96 million, compared with €88 million in the same period last year. Revenue rose 2 per cent to €610 million.',
  'c.txt':
    "Caisse Ardenne : le résultat du deuxième trimestre progresse\n\nLe 30 juillet 2025, la Caisse Ardenne a annoncé un bénéfice net de plus de 95 millions d'euros au deuxième trimestre, contre 88 millions d'euros un an plus tôt. Son produit net bancaire atteint 610 millions d'euros.",
};

describe('claims: periods of year-earlier values', () => {
  const { engine } = sameWhateverOrder(docs, [['c.txt', 'b.txt', 'a.txt']]);
  const idOf = (doc: string, text: string): string | undefined => {
    const index = engine.analysis(doc)?.figures.findIndex((figure) => figure.text === text) ?? -1;
    return engine.claimOf(doc, index)?.id;
  };

  it("'a year earlier' and 'the same period last year' in a quarterly story are that quarter of the year before", () => {
    assert.match(idOf('b.txt', '€88 million') ?? '', /@2024-Q2$/u);
    assert.match(idOf('c.txt', "88 millions d'euros") ?? '', /@2024-Q2$/u);
    assert.match(idOf('b.txt', '€96 million') ?? '', /@2025-Q2$/u);
  });

  it("a clause opening on 'Un an plus tôt' dates its value to the year before", () => {
    assert.equal(idOf('a.txt', "88 millions d'euros"), idOf('b.txt', '€88 million'));
    assert.equal(idOf('a.txt', "96 millions d'euros"), idOf('c.txt', "plus de 95 millions d'euros"));
    assert.notEqual(idOf('a.txt', "88 millions d'euros"), idOf('a.txt', "96 millions d'euros"));
  });

  it("the 'last year' dating a comparison does not date the next sentence's values", () => {
    assert.doesNotMatch(idOf('b.txt', '€610 million') ?? '', /@2024/u);
    assert.equal(idOf('b.txt', '€610 million'), idOf('c.txt', "610 millions d'euros"));
  });
});
