/** Trigger matching of the claim attribute table, on sentences of our own. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AttributeTable } from '../../../server/src/engine/claims';
import { variantOf } from '../../../server/src/engine/claims/attributes';
import { durationTopicAround } from '../../../server/src/engine/claims/countedNouns';
import { createEngine } from '../../../server/src/engine';

const table = new AttributeTable();

function attributeOf(sentence: string, figure: string, lang: 'fr' | 'en'): string | null {
  const lower = sentence.toLowerCase();
  const start = lower.indexOf(figure.toLowerCase());
  assert.ok(start >= 0, `${figure} in ${sentence}`);
  return table.attributeFor(lower, start, start + figure.length, 'percent', lang);
}

test('a trigger inside a hyphenated word is no trigger: the "up" of "start-up"', () => {
  assert.equal(attributeOf('Orvane to pay $14.3 billion for 49% of French AI start-up Kelvo.', '49%', 'en'), null);
  assert.equal(attributeOf('Shares in Kelvo were up 4% on Friday.', '4%', 'en'), 'growth');
});

test('figures no trigger names tie by equal distinctive value, and two such claims of one subject keep distinct ids', () => {
  const engine = createEngine({ displayName: (doc: string) => doc });
  engine.updateMany([
    { doc: 'a.txt', text: 'Publié le 3 décembre 2026\n\nLa compagnie Aérelle exploite 142 appareils. Aérelle compte aussi 38 simulateurs.\n', version: 0, overrides: { language: null, date: null } },
    { doc: 'b.txt', text: 'Published December 3, 2026\n\nAérelle operates a fleet of 142 aircraft. Aérelle also has 38 simulators.\n', version: 0, overrides: { language: null, date: null } },
  ]);
  const sameFigure = engine.claimSummaries('en').filter((claim) => claim.id.startsWith('same-figure:'));
  assert.equal(sameFigure.length, 2, 'the 142 aircraft and the 38 simulators are each tied across the two sources');
  const ids = engine.claimSummaries('en').map((claim) => claim.id);
  assert.equal(new Set(ids).size, ids.length, `claim ids are unique: ${ids.join(', ')}`);
});

test('"put the damage at" is an estimate, not money put in: no investment; "put the total cost at" is a cost', () => {
  const attributeIn = (text: string): (string | null)[] => {
    const engine = createEngine({ displayName: (doc: string) => doc });
    engine.updateMany([{ doc: 'a.txt', text: `Published May 3, 2026\n\n${text}\n`, version: 0, overrides: { language: null, date: null } }]);
    return (engine.analysis('a.txt')?.candidates ?? []).filter((candidate) => engine.analysis('a.txt')?.figures[candidate.figureIndex]?.kind === 'money').map((candidate) => candidate.attribute);
  };
  assert.deepEqual(attributeIn('Provincial officials now put the damage from the spring flood at $85.4 million.'), ['same-figure']);
  assert.deepEqual(attributeIn('The ministry puts the total cost of the bridge at about $310 million.'), ['cost']);
  assert.deepEqual(attributeIn('Orvane will put $40 million into the new plant.'), ['investment']);
});

test('a wire agency in a dateline is nobody\'s actor: the budget is Vernay\'s, not "Agence Nord Presse"\'s', () => {
  const engine = createEngine({ displayName: (doc: string) => doc });
  engine.updateMany([
    { doc: 'a.txt', text: 'VERNAY, 3 mars 2026 (Agence Nord Presse) - Les hôpitaux de Vernay et de Cluzel fusionnent.\n\nLe nouvel ensemble disposera d\'un budget de 412 millions d\'euros, selon la direction.\n', version: 0, overrides: { language: null, date: null } },
    { doc: 'b.txt', text: 'Publié le 4 mars 2026\n\nLe groupe hospitalier de Vernay et Cluzel aura un budget de 412 millions d\'euros.\n', version: 0, overrides: { language: null, date: null } },
  ]);
  const labels = engine.claimSummaries('en').map((claim) => claim.label);
  assert.ok(labels.some((label) => label.includes('Vernay')), labels.join(' | '));
  assert.ok(!labels.some((label) => label.includes('Nord Presse')), labels.join(' | '));
});

test('a change names the metric before it, not the next item the sentence goes on to after "et"/"and"', () => {
  const changeOf = (sentence: string, figure: string, lang: 'fr' | 'en'): string => {
    const lower = sentence.toLowerCase();
    const start = lower.indexOf(figure.toLowerCase());
    return table.refineChange('growth', lower, start, start + figure.length, lang);
  };
  assert.equal(changeOf("Le parc a accueilli 2,4 millions de visiteurs, en hausse de 4,1 %, et un chiffre d'affaires de 96 millions d'euros.", '4,1 %', 'fr'), 'growth');
  assert.equal(changeOf('The port handled 3.2m boxes, up 5.5%, and revenue of £410m.', '5.5%', 'en'), 'growth');
  // Without a new item, the metric after the change is still its own.
  assert.equal(changeOf("La hausse de 4,1 % du chiffre d'affaires surprend.", '4,1 %', 'fr'), 'revenue-change');
});

test('the old value of a move is set apart whatever verb governs it, once the figures layer split the move', () => {
  const variantAt = (sentence: string, figure: string, kind: 'money' | 'quantity'): string | null => {
    const lower = sentence.toLowerCase();
    const start = lower.indexOf(figure.toLowerCase());
    return variantOf(lower, start, start + figure.length, kind);
  };
  assert.equal(variantAt("La réforme fera passer la facture des étudiants venant d'autres provinces de 9 000 $ à 12 000 $.", '9 000 $', 'money'), 'previous');
  assert.equal(variantAt("The upgrade will lift the station's output from 410 MW to 455 megawatts.", '410 MW', 'quantity'), 'previous');
  assert.equal(variantAt("The upgrade will lift the station's output from 410 MW to 455 megawatts.", '455 megawatts', 'quantity'), null);
});

test('a sum said to be the whole ("totale", "combined", "cumulé") is the total, not one of its parts', () => {
  const variantAt = (sentence: string, figure: string): string | null => {
    const lower = sentence.toLowerCase();
    const start = lower.indexOf(figure.toLowerCase());
    return variantOf(lower, start, start + figure.length, 'money');
  };
  assert.equal(variantAt("Le régulateur a infligé une amende totale de 12,5 millions d'euros aux deux sociétés.", "12,5 millions d'euros"), 'total');
  assert.equal(variantAt('The regulator fined the two firms a combined €12.5 million.', '€12.5 million'), 'total');
  assert.equal(variantAt("Le montant cumulé de 3 millions d'euros a été versé.", "3 millions d'euros"), 'total');
  assert.equal(variantAt('The firm was fined €9 million.', '€9 million'), null);
});

test('a time a party is given to act is a deadline, whatever else its clause names', () => {
  assert.equal(durationTopicAround("l'entreprise a ", ' pour modifier ses règles.'), 'duration-of-deadline');
  assert.equal(durationTopicAround('nexora now has ', ' to scrap the restrictions.'), 'duration-of-deadline');
  assert.equal(durationTopicAround('la commune dispose désormais de ', ' pour rembourser.'), 'duration-of-deadline');
  // A time spent is no time given: the strike lasted, the works took.
  assert.equal(durationTopicAround('la grève a duré ', ' et a coûté cher.'), 'duration-of-strike');
  assert.equal(durationTopicAround('the works took ', ' to finish.'), 'duration-of-works');
});

test('"own" after a possessive is an adjective, not ownership: a fee taken is no stake', () => {
  assert.equal(attributeOf("Payments go through the platform's own billing system, which takes a 30% cut.", '30%', 'en'), null);
  assert.equal(attributeOf('Developers must use their own servers and pay a 12% fee.', '12%', 'en'), null);
  // Owning is still a stake.
  assert.equal(attributeOf('The founders own 40% of the company.', '40%', 'en'), 'stake');
});

test('the people who invest name no amount invested: "sold to investors at $28" is no investment', () => {
  const moneyAttribute = (sentence: string, figure: string, lang: 'fr' | 'en'): string | null => {
    const lower = sentence.toLowerCase();
    const start = lower.indexOf(figure.toLowerCase());
    return table.attributeFor(lower, start, start + figure.length, 'money', lang);
  };
  assert.notEqual(moneyAttribute('The stock, sold to investors at $28, rose on its first day.', '$28', 'en'), 'investment');
  assert.notEqual(moneyAttribute('Selon les investisseurs, le titre vaut 28 dollars.', '28 dollars', 'fr'), 'investment');
  // Investing is still an investment.
  assert.equal(moneyAttribute('The fund invested $28 million in the start-up.', '$28 million', 'en'), 'investment');
});
