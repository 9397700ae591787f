/**
 * Counts named only by their noun (countedNouns.ts, claimIndex.ts renoun): the noun pass must give the same claims
 * whatever order documents arrive in, and an edit must undo what it joined.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createEngine } from '../../../server/src/engine';
import { claimSnapshot as snapshot, input, sameWhateverOrder } from './support';
import { countedNounAfter, shareOfAfter, unnamedPersonAge } from '../../../server/src/engine/claims/countedNouns';

const docs: Record<string, string> = {
  'a.txt': 'Publié le 3 novembre 2026\n\nÀ Saint-Nazaire, 38 navires patientent au large depuis le début du blocage.\n',
  'b.txt': 'Published November 3, 2026\n\nOff Saint-Nazaire, 38 vessels have been waiting at anchor since the blockade began.\n',
  'c.txt': 'Publié le 4 novembre 2026\n\nAu large de Saint-Nazaire, 53 navires attendent toujours de pouvoir accoster.\n',
};

test('the noun a count is named by, in French and English', () => {
  const cases: [string, 'fr' | 'en', string | null][] = [
    [' navires attendent', 'fr', 'count-of-ships'],
    [' container ships waited', 'en', 'count-of-ships'],
    [' administrative jobs', 'en', 'count-of-~job'],
    // A noun spelt alike but for its accents, and a participle before a plural noun (stop 27).
    [' opérations déprogrammées', 'fr', 'count-of-~operation'],
    [' scheduled operations were postponed', 'en', 'count-of-~operation'],
    [' interventions chirurgicales', 'fr', 'count-of-~operation'],
    [' attended the match', 'en', null],
    [' striking dockworkers', 'en', 'count-of-workers'],
    [' ménages en attente', 'fr', 'count-of-homes'],
    [' households', 'en', 'count-of-homes'],
    [' abstentions.', 'fr', 'count-of-abstentions'],
    [' personnes', 'fr', null],
    [' people were evacuated', 'en', null],
    [' of the ships', 'en', null],
    [' naviresque', 'fr', 'count-of-~naviresque'],
    [' bids are taking shape', 'en', 'count-of-bidders'],
    [' candidats à la reprise', 'fr', 'count-of-bidders'],
    [' recrues cet été', 'fr', 'count-of-signings'],
    [' lots distributed', 'en', 'count-of-lots'],
    [' quartiers', 'fr', 'count-of-~district'],
    // Nouns outside the concept list are read from the text: the head of the phrase, singular.
    [' machines across the country', 'en', 'count-of-~machine'],
    [' industrial customers in Ohio', 'en', 'count-of-~customer'],
    [' berths were closed', 'en', 'count-of-~berth'],
    [' sites distants de 42 km', 'fr', 'count-of-~site'],
    [' bateaux', 'fr', 'count-of-ships'],
    // A noun with a known translation is keyed by its English form, so both languages meet.
    [' véhicules sont tombés dans le vide', 'fr', 'count-of-~vehicle'],
    [' vehicles fell into the river', 'en', 'count-of-~vehicle'],
    [' oiseaux mazoutés', 'fr', 'count-of-animals'],
    [' seabirds were found oiled', 'en', 'count-of-animals'],
    [' tableaux vendus', 'fr', 'count-of-~painting'],
    [' seasons', 'en', null],
    [' U.S. SUVs', 'en', null],
    [' newly built homes', 'en', 'count-of-homes'],
    [' recently', 'en', null],
    // English plurals in -ies: "countries" counts "country".
    [' countries took part', 'en', 'count-of-~country'],
    // Trams and "rames" are one rolling stock.
    [' trams, each 44m long', 'en', 'count-of-trains'],
    // An elided "d'" is glued to the noun it leads to: "une trentaine d'enquêteurs" counts investigators.
    [" d'enquêteurs mobilisés", 'fr', 'count-of-~detective'],
    // The bilingual list of counted nouns (data/newsNouns.ts) keys both languages by the English form.
    [' detectives are on the case', 'en', 'count-of-~detective'],
    [' vitrines brisées', 'fr', 'count-of-~showcase'],
    // A word is read in the text's language: English "routes" are air routes, French "routes" roads.
    [' routes with immediate effect', 'en', 'count-of-~route'],
    [' routes départementales', 'fr', 'count-of-~road'],
    [' d’ouvriers en grève', 'fr', 'count-of-workers'],
  ];
  for (const [after, lang, expected] of cases) assert.equal(countedNounAfter(after, lang), expected, after);
});

test('noun claims are the same whatever order the documents arrive in', () => {
  const { expected } = sameWhateverOrder(docs, [['c.txt', 'b.txt', 'a.txt'], ['b.txt', 'c.txt', 'a.txt'], ['c.txt', 'a.txt', 'b.txt']]);
  assert.equal(expected.length, 3, expected.join('\n'));
  assert.ok(expected.every((line) => line.includes('count-of-ships') && line.endsWith('[a.txt,b.txt,c.txt]')), expected.join('\n'));
});

test('an edit that makes the odd source state the shared value elsewhere undoes the join, and restoring it joins again', () => {
  const engine = createEngine({ displayName: (doc) => doc });
  engine.updateMany(Object.entries(docs).map(([doc, text]) => input(doc, text)));
  const before = snapshot(engine);
  engine.update('c.txt', 'Publié le 4 novembre 2026\n\nAu large de Saint-Nazaire, 53 navires attendent, dont 38 porte-conteneurs.\n', 1, { language: null, date: null });
  const after = snapshot(engine);
  assert.ok(!after.some((line) => line.includes('53') && line.includes('a.txt')), after.join('\n'));
  engine.update('c.txt', docs['c.txt'] ?? '', 2, { language: null, date: null });
  assert.deepEqual(snapshot(engine), before);
  engine.remove('a.txt');
  assert.ok(!snapshot(engine).some((line) => line.includes('a.txt')));
});

test('counts of a noun outside the concept list tie across sources and languages, close values included', () => {
  const engine = createEngine({ displayName: (doc) => doc });
  engine.updateMany([
    input('a.txt', 'Publié le 2 mars 2026\n\nLe réseau compte désormais 9 lignes de tramway, plus de 40 000 machines et 1 120 lits de campagne.\n'),
    input('b.txt', 'Publié le 3 mars 2026\n\nAvec neuf lignes de tramway, la ville mise sur le rail.\n'),
    input('c.txt', 'Published March 2, 2026\n\nThe network now runs over 40,000 machines, and nearly 1,100 beds were set up.\n'),
  ]);
  const lines = snapshot(engine);
  for (const [doc, text, docs] of [['a.txt', '9', 'a.txt,b.txt'], ['b.txt', 'neuf', 'a.txt,b.txt'], ['a.txt', 'plus de 40 000', 'a.txt,c.txt'], ['c.txt', 'over 40,000', 'a.txt,c.txt'], ['a.txt', '1 120', 'a.txt,c.txt']]) {
    assert.ok(lines.some((line) => line.startsWith(`${doc} ${text} →`) && line.endsWith(`[${docs}]`)), `${doc} ${text}\n${lines.join('\n')}`);
  }
  const machines = engine.analysis('a.txt')?.figures.findIndex((figure) => figure.text === 'plus de 40 000') ?? -1;
  const claim = engine.claimOf('a.txt', machines);
  assert.ok(claim);
  assert.equal(engine.claimLabel(claim, 'fr'), 'nombre (« machine »)');
});

test('a small count after a definite determiner points back and states nothing; differing values of a noun read from the text raise no conflict', () => {
  const engine = createEngine({ displayName: (doc) => doc });
  engine.updateMany([
    input('a.txt', 'Publié le 2 mars 2026\n\nL’hôpital sera réparti sur trois sites. Le déficit des deux sites historiques se creuse.\n'),
    input('b.txt', 'Publié le 3 mars 2026\n\nLe groupe hospitalier gardera trois sites. Il a déjà fermé deux sites en 2019.\n'),
  ]);
  const lines = snapshot(engine);
  assert.ok(lines.some((line) => line.startsWith('a.txt trois →') && line.endsWith('[a.txt,b.txt]')), lines.join('\n'));
  assert.ok(!lines.some((line) => line.startsWith('a.txt deux →')), lines.join('\n'));
  const conflicts = engine.documentIds().flatMap((doc) => engine.findings(doc, 'fr').filter((finding) => finding.code === 'claim.conflict'));
  assert.equal(conflicts.length, 0, JSON.stringify(conflicts));
});

test('what a percentage is a share of, when the text says it right after', () => {
  const cases: [string, 'fr' | 'en', string | null][] = [
    [' des ventes, contre 6,9 %', 'fr', 'share-of-sales'],
    [" du chiffre d'affaires", 'fr', 'share-of-sales'],
    [' of turnover', 'en', 'share-of-sales'],
    [' du PIB en 2025', 'fr', 'share-of-gdp'],
    [' of the population in each area', 'en', 'share-of-population'],
    [' de ses volumes à l’export', 'fr', 'share-of-volume'],
    [" of the appellation's volumes", 'en', 'share-of-volume'],
    [" de l'enveloppe", 'fr', 'share-of-enveloppe'],
    // A share of a named actor or of its capital is a stake, left to the stake rules.
    [' of Lumenfold', 'en', null],
    [' of French AI start-up Lumenfold', 'en', null],
    [' du capital de Lumenfold', 'fr', null],
    [' of the shares', 'en', null],
    [' en 2025', 'fr', null],
    [' higher', 'en', null],
  ];
  for (const [after, lang, expected] of cases) assert.equal(shareOfAfter(after, lang), expected, after);
});

test('two sources giving the same share of the same whole tie, even a round one', () => {
  const engine = createEngine({ displayName: (doc) => doc });
  engine.updateMany([
    input('a.txt', 'Publié le 2 mars 2026\n\nLe commerce en ligne pèse désormais 8,2 % des ventes de l’enseigne, et les licences doivent couvrir 90 % de la population.\n'),
    input('b.txt', 'Publié le 3 mars 2026\n\nSelon la direction, le numérique représente 8 % des ventes. Chaque opérateur devra desservir 90 % de la population.\n'),
  ]);
  const lines = snapshot(engine);
  for (const [doc, text] of [['a.txt', '8,2 %'], ['b.txt', '8 %'], ['a.txt', '90 %'], ['b.txt', '90 %']]) {
    assert.ok(lines.some((line) => line.startsWith(`${doc} ${text} →`) && line.endsWith('[a.txt,b.txt]')), `${doc} ${text}\n${lines.join('\n')}`);
  }
});

test('the person an age belongs to when only a noun names them', () => {
  // [words before the figure, words after it, the figure's text, expected attribute]
  const cases: [string, string, string, string | null][] = [
    ['les gendarmes ont interpellé un homme de ', ', soupçonné', '34 ans', 'age-of-man'],
    ['parmi les victimes, une fillette âgée de ', '.', '11 ans', 'age-of-girl'],
    ['deux morts, dont un sapeur-pompier volontaire de ', ', piégé', '34 ans', 'age-of-firefighter'],
    ['une jeune femme de ', '', '19 ans', 'age-of-woman'],
    ['police detained a ', ' man on suspicion of arson', '43-year-old', 'age-of-man'],
    ['two people died, including a ', ' volunteer firefighter whose truck', '34-year-old', 'age-of-firefighter'],
    ['rescuers pulled an ', ' girl from the rubble', '11-year-old', 'age-of-girl'],
    // "The" points back to someone already named; no noun, or a noun that names no one, says nothing.
    ['said the ', ' mother of three', '43-year-old', null],
    ['a ', ' building', '60-year-old', null],
    ['le bâtiment de ', '', '60 ans', null],
    ['avec un contrat de ', '', '10 ans', null],
  ];
  for (const [before, after, figureText, expected] of cases) assert.equal(unnamedPersonAge(before, after, figureText), expected, `${before}[${figureText}]${after}`);

  // Nobody named in the paragraph yet: "the" points back to the noun's own person ("Among the dead was the 87-year-old man").
  assert.equal(unnamedPersonAge('among the dead was the ', ' man found in his flooded home', '87-year-old', true), 'age-of-man');
  assert.equal(unnamedPersonAge('said the ', ' mother of three', '43-year-old', false), null);
});

test("members of a group are counted as the group's people: '18 crew members', 'dix-huit membres d'équipage', '16 crew'", () => {
  const cases: readonly (readonly [string, 'fr' | 'en', string | null])[] = [
    [' crew members were rescued', 'en', 'count-of-~crew'],
    [" membres d'équipage ont été hélitreuillés", 'fr', 'count-of-~crew'],
    [' crew were rescued', 'en', 'count-of-~crew'],
    [' membres du personnel', 'fr', 'count-of-~staff'],
  ];
  for (const [after, lang, expected] of cases) assert.equal(countedNounAfter(after, lang), expected, after);
});
