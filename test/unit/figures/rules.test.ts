/**
 * General rules added after the round-4 held-out set, checked on sentences of their own (not the held-out ones):
 * each case lists every figure expected, as "text kind value unit"; traps list none.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEngine } from '../../../server/src/engine';
import { extractFigures } from '../../../server/src/engine/figures';
import type { Lang } from '../../../server/src/engine/types';

function figs(lang: Lang, text: string): string[] {
  return extractFigures(text, { lang, documentDate: '2025-10-15' })
    .filter((f) => f.kind !== 'date' && f.kind !== 'year')
    .map((f) => `${f.text} ${f.kind} ${f.value === null ? `[${f.low}, ${f.high}]` : Number(f.value.toPrecision(12))} ${f.unit}`);
}

const CASES: readonly (readonly [Lang, string, readonly string[]])[] = [
  // Currencies named by a word, and shared words resolved by the nearest country word.
  ['fr', 'Le Sénégal a levé 750 milliards FCFA et 200 milliards de francs CFA.', ['750 milliards FCFA money 750000000000 XOF', '200 milliards de francs CFA money 200000000000 XOF']],
  ['en', 'The Danish firm paid 3 billion crowns and the Swedish group 5 billion kronor.', ['3 billion crowns money 3000000000 DKK', '5 billion kronor money 5000000000 SEK']],
  ['en', 'Three crowns were won.', ['Three count 3 null']],
  ['en', 'Senator Rand Paul said 5 Rand analysts disagreed.', ['5 count 5 null']],
  ['en', 'Eskom owes 254 billion rand; Kenya spends KSh 4.2 trillion and Nigeria N54.9 trillion.', [
    '254 billion rand money 254000000000 ZAR', 'KSh 4.2 trillion money 4200000000000 KES', 'N54.9 trillion money 54900000000000 NGN',
  ]],
  ['en', 'The country raised R1.5bn, but the R5 coin did not change.', ['R1.5bn money 1500000000 ZAR']],
  ['fr', 'Varsovie empruntera 40 milliards de zlotys.', ['40 milliards de zlotys money 40000000000 PLN']],
  ['fr', 'Québec prévoit un déficit de 13,6 G$ et 1,5 milliard $ CA pour le métro.', ['13,6 G$ money 13600000000 CAD', '1,5 milliard $ CA money 1500000000 CAD']],
  ['fr', 'Le groupe a versé 300 M USD.', ['300 M USD money 300000000 USD']],
  ['fr', "À Genève, le loyer atteint 2'150 francs.", ["2'150 francs money 2150 CHF"]],
  // Scales.
  ['en', 'The plan costs ₹1.2 lakh crore; Ottawa projects a C$78.3-billion deficit.', ['₹1.2 lakh crore money 1200000000000 INR', 'C$78.3-billion money 78300000000 CAD']],
  ['en', 'It spent half a billion dollars.', ['half a billion dollars money 500000000 USD']],
  ['fr', "La facture atteint un demi-milliard d'euros.", ["un demi-milliard d'euros money 500000000 EUR"]],
  ['fr', "L'État a prévu trois milliards et demi d'euros.", ["trois milliards et demi d'euros money 3500000000 EUR"]],
  ['en', 'Two and a half billion dollars were pledged.', ['Two and a half billion dollars money 2500000000 USD']],
  // Ranges, signs, rates.
  ['en', 'Costs could reach $3-4 billion, or a loss of $1bn-1.5bn.', ['$3-4 billion money [3000000000, 4000000000] USD', '$1bn-1.5bn money [1000000000, 1500000000] USD']],
  ['en', 'Free cash flow: -$210m.', ['-$210m money -210000000 USD']],
  ['en', 'Gilt yields jumped 20bps and margins fell 1.5pts; a 10-percent rise.', ['20bps percent 0.2 pp', '1.5pts percent 1.5 pp', '10-percent percent 10 %']],
  ['en', 'Core inflation held near 3%.', ['near 3% percent 3 %']],
  // Round 6: index points are a level, exchange rates a ratio of two currencies, neither a count nor a sum.
  ['en', 'The Dow added 300 points; the yen fell to 153 yen per dollar.', ['300 points quantity 300 points', '153 yen per dollar quantity 153 JPY/USD']],
  ['fr', "Le CAC 40 a clôturé à 7 512,36 points ; le yen s'échangeait à 153 yens pour un dollar et gagnait 3 points.", [
    '7 512,36 points quantity 7512.36 points', '153 yens pour un dollar quantity 153 JPY/USD', '3 points percent 3 pp']],
  ['en', 'It paid $5 per share, 1.08 dollars per euro.', ['$5 money 5 USD', '1.08 dollars per euro quantity 1.08 USD/EUR']],
  ['en', 'The dividend is 4.5 euro cents; the Australian dollar fell to 64.5 US cents; revenue was ₹41,764 cr.', [
    '4.5 euro cents money 0.045 EUR', '64.5 US cents quantity 0.645 USD/AUD', '₹41,764 cr money 417640000000 INR',
  ]],
  ['fr', 'La Fed a abaissé ses taux à une fourchette de 4 % à 4,25 %, après être passée de 5 % à 4,5 %.', [
    'de 4 % à 4,25 % percent [4, 4.25] %', '5 % percent 5 %', '4,5 % percent 4.5 %',
  ]],
  ['fr', 'Le salaire minimum passe à 16,10 $ l’heure au Québec.', ['16,10 $ money 16.1 CAD']],
  ['en', 'About 1/3 of users and ½ of the staff left; support is 24/7; rates fell 25 BPS, a 0.5pp drop.', [
    'About 1/3 percent 33.3333333333 %', '½ percent 50 %', '25 BPS percent 0.25 pp', '0.5pp percent 0.5 pp',
  ]],
  ['fr', "La marge a reculé d'un point, à 12 % ; sur un point, il a raison ; une rentabilité à deux chiffres.", [
    'un point percent 1 pp', '12 % percent 12 %',
  ]],
  ['en', 'Losses could top $40 billion; the top 10 firms hold 60%.', ['top $40 billion money 40000000000 USD', '60% percent 60 %']],
  ['fr', "Les pertes pourraient dépasser 40 milliards d'euros ; 2 milliards de mètres cubes de gaz.", [
    "dépasser 40 milliards d'euros money 40000000000 EUR", '2 milliards de mètres cubes quantity 2000000000 m³',
  ]],
  ['en', 'A 50-basis-point cut and a quarter-point hike.', ['50-basis-point percent 0.5 pp', 'a quarter-point percent 0.25 pp']],
  ['fr', 'Bénéfice : CHF 1,2 mia, soit –13 % ; prix de 1 299 €.', ['CHF 1,2 mia money 1200000000 CHF', '–13 % percent -13 %', '1 299 € money 1299 EUR']],
  // Money after a carried currency.
  ['fr', 'Un kilo de riz coûte 600 francs CFA, contre 450 il y a un an ; 3 000 postes, contre 2 500.', [
    '600 francs CFA money 600 XOF', '450 money 450 XOF', '3 000 count 3000 null', '2 500 count 2500 null',
  ]],
  ['fr', "Le club a vendu son gardien 12 millions d'euros plus 3 millions de bonus, et 3 millions de clients l'ont vu.", [
    "12 millions d'euros money 12000000 EUR", '3 millions money 3000000 EUR', '3 millions count 3000000 null',
  ]],
  // Ages and shares.
  ['fr', 'Le milieu anglais de 22 ans a signé.', ['22 ans age 22 year']],
  ['fr', "Un sur quatre s'y oppose ; le film est noté 3 sur 5.", ['Un sur quatre percent 25 %', '3 count 3 null', '5 count 5 null']],
  // Not figures.
  ['fr', "À Lyon, le prix dans le neuf atteint 5 900 €/m² ; écrire au 3, rue Neuve, 75002 Paris ; code postal 13001 Marseille.", ['5 900 € money 5900 EUR']],
  ['fr', "Dans l'essai de phase 3, l'article L. 1233-3 ; appelez le 0 800 123 456 ; un 4x4.", []],
  ['en', 'The drug cut deaths (p<0.001) and r = 0.42; Score: Arsenal 3-1 Chelsea.', []],
  ['en', "Meta's Llama 4, OpenAI's GPT-4o, the iPhone 15, the A320neo and Windows 11.", []],
  ['en', "Llama 3.1 405B, Intel's Core Ultra 9 285K and Boeing's 777X; it trades at 3.5x sales and 20X earnings.", [
    '3.5x multiple 3.5 times', '20X multiple 20 times',
  ]],
];

test('round-4 rules: currencies, scales, ranges, signs and traps', () => {
  for (const [lang, text, want] of CASES) assert.deepEqual(figs(lang, text), want, text);
});

test('round-4 rules: a bare scaled amount in a later paragraph takes the last currency of the document', () => {
  const f = extractFigures("Meta a investi 14 milliards de dollars.\n\nLe groupe a dépensé plusieurs dizaines de milliards, et 300 millions d'habitants l'utilisent.", { lang: 'fr', documentDate: '2025-10-15' });
  assert.deepEqual(f.map((x) => `${x.text} ${x.kind} ${x.unit} ${x.unitInferred}`), [
    '14 milliards de dollars money USD false', 'plusieurs dizaines de milliards money USD true', '300 millions count null false',
  ]);
});

test('round-4 rules: "depuis janvier" and "since April" are months already begun', () => {
  const fr = extractFigures('Les ventes reculent depuis janvier.', { lang: 'fr', documentDate: '2025-10-15' });
  const en = extractFigures('Prices have risen since April.', { lang: 'en', documentDate: '2025-10-15' });
  assert.equal(fr[0]?.date?.iso, '2025-01');
  assert.equal(en[0]?.date?.iso, '2025-04');
});

test('a money amount in brackets right after another restates it, even in the same currency sign', () => {
  const figures = extractFigures('It will have an annual operating budget of $1.1-billion (US$792 million) next year.', { lang: 'en', documentDate: '2025-10-15' });
  const money = figures.filter((f) => f.kind === 'money');
  assert.equal(money.length, 2);
  assert.equal(money[1]?.restates, figures.indexOf(money[0] as (typeof figures)[number]));
  const apart = extractFigures('Revenue was $5 million, and costs ($3 million) fell.', { lang: 'en', documentDate: '2025-10-15' }).filter((f) => f.kind === 'money');
  assert.equal(apart[1]?.restates, null, 'a bracket not right after an amount restates nothing');
  const bounded = extractFigures("Valeur des titres : $4.1bn (jusqu'à $4.6bn avec le CVR).", { lang: 'fr', documentDate: '2025-10-15' }).filter((f) => f.kind === 'money');
  assert.equal(bounded[1]?.restates, null, 'a bound on a second amount in the same currency converts nothing');
  const converted = extractFigures("Le groupe a levé 40 millions d'euros (plus de 43 millions de dollars).", { lang: 'fr', documentDate: '2025-10-15' }).filter((f) => f.kind === 'money');
  assert.equal(converted[1]?.restates, 0, 'a bound in another currency still converts');
});

test('a measure in brackets that is the one before it in other units restates it (stop 28)', () => {
  const restatedBy = (text: string, lang: Lang): (number | null)[] => extractFigures(text, { lang, documentDate: '2025-10-15' }).filter((f) => f.kind === 'quantity').map((f) => f.restates);
  assert.deepEqual(restatedBy('The new trams run up to 240 km (149 miles) between charges.', 'en'), [null, 0]);
  assert.deepEqual(restatedBy('Le gel a touché 2 300 hectares (environ 5 700 acres) de vignes.', 'fr'), [null, 0]);
  assert.deepEqual(restatedBy('Overnight it fell to -12C (10F) in the valley.', 'en'), [null, 0]);
  // Traps: a second measure in the same unit, or one too far from the first, is another value.
  assert.deepEqual(restatedBy('The route is 12 km (15 km with the detour).', 'en'), [null, null]);
  assert.deepEqual(restatedBy('Its range is 350 km (250 miles in winter).', 'en'), [null, null]);
});

/** Round 7 rules, on sentences of our own. */
const CASES7: readonly (readonly [Lang, string, readonly string[]])[] = [
  // A currency named as the subject, priced in another currency: an exchange rate, not a sum.
  ['fr', "Vendredi, la livre cotait 1,17 euro et le yen remontait à 0,0061 euro, tandis que le baril s'échangeait à 74 dollars.", [
    '1,17 euro quantity 1.17 EUR/GBP', '0,0061 euro quantity 0.0061 EUR/JPY', '74 dollars money 74 USD',
  ]],
  ['fr', "Le dollar canadien est tombé à 0,70 dollar américain ; l'euro a terminé autour de 162 yens.", [
    '0,70 dollar quantity 0.7 USD/CAD', 'autour de 162 yens quantity 162 JPY/EUR',
  ]],
  ['en', 'Sterling slipped below $1.24 and the greenback bought 7.3 yuan, while the shares rose to $88 and gold hit $2,400.', [
    'below $1.24 quantity 1.24 USD/GBP', '7.3 yuan quantity 7.3 CNY/USD', '$88 money 88 USD', '$2,400 money 2400 USD',
  ]],
  ['en', "The euro zone lent €5 to each bank; the dollar's rise cost exporters $40; the euro gained to 0.86 pounds.", [
    '€5 money 5 EUR', '$40 money 40 USD', '0.86 pounds quantity 0.86 GBP/EUR',
  ]],
  ['fr', "L'euro numérique coûtera 2 euros ; le dollar a permis de lever 3 milliards de yens.", ['2 euros money 2 EUR', '3 milliards de yens money 3000000000 JPY']],
  ['fr', "L'euro recule et l'once d'or vaut 2 400 dollars.", ['2 400 dollars money 2400 USD']],
  ['en', 'The euro fell as Brent traded at $80; the euro-denominated bond paid $5.', ['$80 money 80 USD', '$5 money 5 USD']],
  // The CFA franc of the zone named nearby: West African (XOF) by default, Central African (XAF) for the CEMAC.
  ['fr', 'À Libreville, le ticket de bus passe à 250 FCFA ; la BEAC prête 80 milliards de francs CFA.', [
    '250 FCFA money 250 XAF', '80 milliards de francs CFA money 80000000000 XAF',
  ]],
  ['fr', 'À Bamako, le kilo de mil vaut 400 FCFA. À Bangui, il en coûte 520 francs CFA.', ['400 FCFA money 400 XOF', '520 francs CFA money 520 XAF']],
  ['fr', 'Le pain coûte 150 FCFA.', ['150 FCFA money 150 XOF']],
  ['en', 'Chad will borrow 90 billion CFA francs. The form reads XOF 10,000 and FCFA 7,500.', [
    '90 billion CFA francs money 90000000000 XAF', 'XOF 10,000 money 10000 XOF', 'FCFA 7,500 money 7500 XAF',
  ]],
  // A code or a prefixed dollar written after the amount.
  ['fr', "Le fonds a reçu 85 millions US$ de la Banque mondiale et 2,3 milliards d'USD du Golfe ; la banque zurichoise a perdu 600 millions de CHF.", [
    '85 millions US$ money 85000000 USD', "2,3 milliards d'USD money 2300000000 USD", '600 millions de CHF money 600000000 CHF',
  ]],
  ['en', 'The port cost 450 million HK$; a further 80 million, US$60 million of it in bonds, came later.', [
    '450 million HK$ money 450000000 HKD', '80 million money 80000000 HKD', 'US$60 million money 60000000 USD',
  ]],
  // Signs of approximation.
  ['en', 'Capex should reach ~£7bn and margins ≈ 12%.', ['~£7bn money 7000000000 GBP', '≈ 12% percent 12 %']],
  ['fr', "Le chantier coûtera ≈ 2,5 milliards d'euros, soit ~8 % du budget.", ["≈ 2,5 milliards d'euros money 2500000000 EUR", '~8 % percent 8 %']],
  // A currency written once carries to a bare part of the sum, or to a large round amount added to it or spent.
  ['fr', 'La mairie a reçu une subvention de 800 000 euros, dont 250 000 pour la voirie.', ['800 000 euros money 800000 EUR', '250 000 money 250000 EUR']],
  ['fr', "Le patron a touché 4,2 millions d'euros en 2024, dont 900 000 de salaire fixe et 1,1 million de bonus.", [
    "4,2 millions d'euros money 4200000 EUR", '900 000 money 900000 EUR', '1,1 million money 1100000 EUR',
  ]],
  ['fr', "L'école a investi 2 millions de francs dans le bâtiment et 150 000 pour les ordinateurs.", [
    '2 millions de francs money 2000000 CHF', '150 000 money 150000 CHF',
  ]],
  ['en', 'The club spent five million pounds on the stand and another three hundred thousand on the pitch.', [
    'five million pounds money 5000000 GBP', 'three hundred thousand money 300000 GBP',
  ]],
  ['en', 'The firm was fined $2 million, of which 500,000 was suspended, and it paid 300,000 in legal fees.', [
    '$2 million money 2000000 USD', '500,000 money 500000 USD', '300,000 money 300000 USD',
  ]],
  // Head-counts stay counts: a counted noun, no cue, another figure between, a scale left out, another sentence.
  ['fr', "Le festival a coûté 2 millions d'euros et attiré 300 000 visiteurs, dont 40 000 enfants ; il a coûté 2 millions d'euros et 300 000 personnes sont venues.", [
    "2 millions d'euros money 2000000 EUR", '300 000 count 300000 null', '40 000 count 40000 null', "2 millions d'euros money 2000000 EUR", '300 000 count 300000 null',
  ]],
  ['fr', "Il a investi 3 millions d'euros pour 1 200 salariés et 2 000 en Espagne, puis 5 millions d'euros, dont 3 en France.", [
    "3 millions d'euros money 3000000 EUR", '1 200 count 1200 null', '2 000 count 2000 null', "5 millions d'euros money 5000000 EUR", '3 count 3 null',
  ]],
  ['en', 'The museum cost $3 million. It drew 400,000 last year and 20,000 in May.', ['$3 million money 3000000 USD', '400,000 count 400000 null', '20,000 count 20000 null']],
  // Cents and centimes are in the currency named nearest in the sentence.
  ['en', 'A coffee in Rome went up 15 cents to €1.35. A stamp costs 73 cents.', ['15 cents money 0.15 EUR', '€1.35 money 1.35 EUR', '73 cents money 0.73 USD']],
  ['fr', 'À Genève, le billet passe à 3,50 francs, soit 50 centimes de plus.', ['3,50 francs money 3.5 CHF', '50 centimes money 0.5 CHF']],
  // "N and above" closes the figure before: the hedge is not the next amount's.
  ['en', 'Residents aged 65 and over get £300 a year; sales rose in 2024 and over $2bn came from Asia.', [
    '65 age 65 year', '£300 money 300 GBP', 'over $2bn money 2000000000 USD',
  ]],
];

test('round-7 rules: exchange rates, CFA zones, currencies after the amount, tildes, carried currencies', () => {
  for (const [lang, text, want] of CASES7) assert.deepEqual(figs(lang, text), want, text);
});

test('round-7 rules: a CFA amount takes the zone its paragraph, else its document, names', () => {
  const para = extractFigures('Le gouvernement camerounais a publié ses prix.\n\nLe ciment coûte 5 200 FCFA le sac.', { lang: 'fr', documentDate: '2025-10-15' });
  assert.deepEqual(para.map((f) => f.unit), ['XAF']);
  const told = extractFigures('Le ciment coûte 5 200 FCFA le sac.', { lang: 'fr', documentDate: '2025-10-15', cfaZone: 'XAF' });
  assert.deepEqual(told.map((f) => f.unit), ['XAF']);
  const engine = createEngine({ displayName: (doc) => doc });
  engine.update('/doc/ciment.txt', 'Prix du ciment à Douala\n\nLe sac de ciment coûte désormais 5 200 FCFA.\n', 0, { language: 'fr', date: null });
  assert.deepEqual(engine.analysis('/doc/ciment.txt')?.figures.filter((f) => f.kind === 'money').map((f) => f.unit), ['XAF']);
});

test('round-7 rules: a tilde or ≈ before an amount makes it approximate', () => {
  const f = extractFigures('Sales hit ~$12bn.', { lang: 'en', documentDate: '2025-10-15' });
  assert.deepEqual(f.map((x) => [x.text, x.qualifier]), [['~$12bn', 'about']]);
});

test('rand and naira letters before a number with a thousands separator are money; a coin or a road number is not', () => {
  assert.deepEqual(figs('en', 'The average claim was around R21,000, while the minimum wage is N70,000 a month.'), ['around R21,000 money 21000 ZAR', 'N70,000 money 70000 NGN']);
  assert.deepEqual(figs('en', 'The R5 coin stays, and the N7 road reopens.'), []);
});

test('a day and its month after "between" or "from" are a date, not a count of the month', () => {
  const all = (lang: Lang, text: string): string[] => extractFigures(text, { lang, documentDate: '2025-10-15' }).map((f) => `${f.text} ${f.kind}`);
  assert.deepEqual(all('en', 'Three heatwaves struck between 17 June and 29 August.'), ['Three count', '17 June date', '29 August date']);
  assert.deepEqual(all('en', 'The road stays shut from 3 March to 9 April.'), ['3 March date', '9 April date']);
  assert.deepEqual(all('fr', 'Les travaux ont duré entre 17 juin et 29 août.'), ['17 juin date', '29 août date']);
  // A range of numbers after "between" is still one range.
  assert.deepEqual(all('en', 'Between 40 and 45 staff left.'), ['Between 40 and 45 count']);
});

test('a span of days in one month is one date, from its first day; a night is dated by its morning', () => {
  const dated = (lang: Lang, text: string): string[] =>
    extractFigures(text, { lang, documentDate: '2025-10-15' }).map((f) => `${f.text} ${f.kind} ${f.date?.iso ?? f.value}`);
  assert.deepEqual(dated('fr', 'Le salon se tient du 3 au 9 novembre 2025 à Nantes.'), ['3 au 9 novembre 2025 date 2025-11-03']);
  assert.deepEqual(dated('fr', 'Les 3 et 4 octobre, les trains étaient à l’arrêt.'), ['3 et 4 octobre date 2025-10-03']);
  assert.deepEqual(dated('en', 'The fair runs from 3 to 9 November.'), ['3 to 9 November date 2025-11-03']);
  assert.deepEqual(dated('en', 'The summit is on September 12-14, 2025.'), ['September 12-14, 2025 date 2025-09-12']);
  assert.deepEqual(dated('fr', 'La crue a frappé dans la nuit du 7 au 8 septembre.'), ['7 au 8 septembre date 2025-09-08']);
  assert.deepEqual(dated('en', 'The flood struck on the night of September 7-8.'), ['September 7-8 date 2025-09-08']);
  // A score before a date is no span of days.
  assert.deepEqual(dated('fr', 'Ils ont gagné 2 à 0 le 9 septembre.'), ['2 count 2', '0 count 0', '9 septembre date 2025-09-09']);
});

test('the second day of a span may repeat its article, and an English span needs no noun after it', () => {
  const dated = (lang: Lang, text: string): string[] =>
    extractFigures(text, { lang, documentDate: '2025-10-15' }).map((f) => `${f.text} ${f.kind} ${f.date?.iso ?? f.value}`);
  assert.deepEqual(dated('fr', 'Les orages des nuits du 7 et du 8 septembre ont noyé les caves.'), ['7 et du 8 septembre date 2025-09-07']);
  assert.deepEqual(dated('en', 'Storms on September 7 and 8 flooded the cellars.'), ['September 7 and 8 date 2025-09-07']);
});

test('a length of time in hours, minutes and seconds is one duration in its finest unit', () => {
  const all = (lang: Lang, text: string): string[] =>
    extractFigures(text, { lang, documentDate: '2025-10-15' }).map((f) => `${f.text} ${f.kind} ${f.value} ${f.unit}`);
  assert.deepEqual(all('fr', 'Elle a bouclé le semi en 1 h 08 min 12 s, un record.'), ['1 h 08 min 12 s duration 4092 second']);
  assert.deepEqual(all('en', 'She won in 2:21:05 and he in 2 hours 9 minutes.'), ['2:21:05 duration 8465 second', '2 hours 9 minutes duration 129 minute']);
  assert.deepEqual(all('fr', 'La traversée dure 1 h 45 par beau temps.'), ['1 h 45 duration 105 minute']);
  // After a word that opens a hedge ("de" read as "from"), with a no-break space.
  assert.deepEqual(all('fr', 'Long de 2\u00a0h\u00a028, le film sort en salles.'), ['2\u00a0h\u00a028 duration 148 minute']);
  assert.deepEqual(all('en', 'The flight took 1 hour and 50 minutes.'), ['1 hour and 50 minutes duration 110 minute']);
  // A clock time stays a time of day, and so do opening hours after "de".
  assert.deepEqual(all('fr', 'Rendez-vous à 8 h 30 devant la gare.'), ['8 h 30 quantity 510 time']);
  assert.deepEqual(all('fr', 'La mairie est ouverte de 8 h 30 à 12 h.'), ['8 h 30 quantity 510 time', '12 h quantity 720 time']);
});

test('a verb of approach lands on either side of its figure within rounding; "nearly" stays below it', () => {
  const high = (lang: Lang, text: string): number | null => extractFigures(text, { lang, documentDate: '2025-10-15' }).find((f) => f.kind === 'money')?.high ?? null;
  // "frôle les 86 millions" is said of 86.4 million; "près de 86 millions" is not.
  assert.ok((high('fr', 'Le film frôle les 86 millions de dollars de recettes.') ?? 0) >= 86_400_000);
  assert.ok((high('en', 'Receipts came close to $86 million.') ?? 0) >= 86_400_000);
  assert.equal(high('fr', 'Le film a rapporté près de 86 millions de dollars.'), 86_000_000);
  assert.equal(high('en', 'Receipts reached nearly $86 million.'), 86_000_000);
});

test('a fraction after "by" is a share whatever conjunction follows it: "cut production by a quarter because…"', () => {
  const shares = (text: string): string[] => extractFigures(text, { lang: 'en', documentDate: '2025-10-15' }).filter((f) => f.kind === 'percent').map((f) => `${f.text} ${f.value}`);
  assert.deepEqual(shares('It would cut production at its plant by a quarter because it lacked raw materials.'), ['a quarter 25']);
  assert.deepEqual(shares('Output fell by a third despite the new line, and by half amid the strike.'), ['a third 33.333333333333336', 'half 50']);
  // A fraction before a noun is no share ("by a quarter century"); before "point" it is a quarter of a point.
  assert.deepEqual(shares('The firm has grown by a quarter century of deals.'), []);
  assert.deepEqual(shares('Rates rose by a quarter point.'), ['a quarter point 0.25']);
});

test('"peu avant 15 heures" is the half hour before three, "shortly after 2pm" the half hour after two (stop 27)', () => {
  const [before] = extractFigures('Le feu a démarré peu avant 15 heures, selon les pompiers.', { lang: 'fr', documentDate: '2025-08-12' });
  assert.deepEqual([before?.low, before?.high], [14 * 60 + 30, 15 * 60]);
  const [after] = extractFigures('The fire started shortly after 2pm, officials said.', { lang: 'en', documentDate: '2025-08-12' });
  assert.deepEqual([after?.low, after?.high], [14 * 60, 14 * 60 + 30]);
  const [around] = extractFigures('Le feu a démarré vers 14 h 40.', { lang: 'fr', documentDate: '2025-08-12' });
  assert.deepEqual([around?.low, around?.high], [14 * 60 + 25, 14 * 60 + 55]);
});
