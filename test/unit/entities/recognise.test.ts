/**
 * Recognition of one document, case by case: each case is a text and the mentions expected from the
 * document alone (text/type, or absence). Data-driven through one `check` helper.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EntityRegistry, recogniseEntities } from '../../../server/src/engine/entities';
import type { Lang } from '../../../server/src/engine/types';
import { paragraphsOf, run, strong, strongCases } from './support';

function check(text: string, expected: string[], lang: Lang = 'fr'): void {
  assert.deepEqual(strong(text, lang), expected);
}

describe('entities: traps a careful reader avoids', () => {
  const cases: [string, string[], Lang?][] = [
    ['Brillant élève, Lina Morel entre à Polytechnique.', ['Lina Morel/person', 'Polytechnique/organization']],
    ['Rapidement, la start-up Orvexa séduit les banques.', ['Orvexa/organization']],
    ['Selon Sam Altman, Meta a débauché des chercheurs d’OpenAI.', ['Sam Altman/person', 'Meta/organization', 'OpenAI/organization']],
    ['Désormais, le groupe vise la Chine.', ['Chine/place']],
    ['Mercredi 2 juillet 2025', []],
    ['Vidéo', []],
    ['Conclusion :', []],
    ['L’IA générative progresse, comme l’AGI selon certains.', []],
    ['Le Président Directeur Général (PDG) a démissionné.', []],
    ['Abonnez-vous pour lire la suite.', []],
    ['Mi-juin, les ventes ont reculé.', []],
    ['Meanwhile, the French startup Orvexa hired twenty engineers.', ['Orvexa/organization'], 'en'],
    ['In June, OpenAI’s board met in San Francisco.', ['OpenAI/organization', 'San Francisco/place'], 'en'],
  ];
  for (const [text, expected, lang] of cases) it(text, () => check(text, expected, lang));
});

describe('entities: cues', () => {
  const cases: [string, string[], Lang?][] = [
    ['M. Zuckerberg a répondu aux analystes.', ['Zuckerberg/person']],
    ['Le PDG de Meta, Mark Zuckerberg, a parlé.', ['Meta/organization', 'Mark Zuckerberg/person']],
    ['Daniel Gross (cofondateur de SSI) a rejoint Meta.', ['Daniel Gross/person', 'SSI/organization', 'Meta/organization']],
    ['Le blogueur Zvi Mowshowitz reste sceptique.', ['Zvi Mowshowitz/person']],
    ['Selon Angelo Zino, analyste de CFRA, le titre monte.', ['Angelo Zino/person', 'CFRA/organization']],
    ['Il a investi dans Scale AI et Thinking Machines Lab.', ['Scale AI/organization', 'Thinking Machines Lab/organization']],
    ['Le groupe Meta Platforms publie ses comptes.', ['Meta Platforms/organization']],
    ['Son modèle Llama 4 a déçu face à Llama 3.', ['Llama 4/product', 'Llama 3/product']],
    ['Meta investit 14 milliards de dollars.', ['Meta/organization']],
    ['Le salon VivaTech ouvre à Paris.', ['VivaTech/event', 'Paris/place']],
    ['Il a étudié au Massachusetts Institute of Technology (MIT).', ['Massachusetts Institute of Technology/organization', 'MIT/organization']],
    ['Il est né dans le Nouveau-Mexique, près de Los Alamos.', ['Nouveau-Mexique/place', 'Los Alamos/place']],
    ['Charles de Gaulle a quitté le pouvoir en 1969.', ['Charles de Gaulle/person']],
    ['Le co-fondateur d’OpenAI Ilya Sutskever a refusé.', ['OpenAI/organization', 'Ilya Sutskever/person']],
    ['Dr. Helen Marsh joined Stanford University.', ['Helen Marsh/person', 'Stanford University/organization'], 'en'],
    ['The iPhone 16 Pro ships with iOS 18.', ['iPhone 16 Pro/product', 'iOS 18/product'], 'en'],
    ['Shares of OpenAI’s rival Anthropic rose, The Verge reported.', ['OpenAI/organization', 'Anthropic/organization', 'The Verge/organization'], 'en'],
  ];
  for (const [text, expected, lang] of cases) it(text, () => check(text, expected, lang));
});

describe('entities: elisions, possessives and written text', () => {
  it('keeps the span of the name only', () => {
    const text = "Les avocats d'OpenAI et l’équipe de Meta's lab.";
    const mentions = run(text).mentions;
    assert.deepEqual(mentions.map((m) => m.text), ['OpenAI', 'Meta']);
    for (const m of mentions) assert.equal(text.slice(m.span.start, m.span.end), m.text);
    assert.ok(mentions[0]!.cues.includes('elision'));
    assert.ok(mentions[1]!.cues.includes('possessive'));
  });
  it('keeps the apostrophe of L’Oréal', () => assert.deepEqual(strong("Il a rejoint L'Oréal en 2020."), ["L'Oréal/organization"]));
  it('folds keys across spellings', () => {
    const [a, b] = run('Open AI et OpenAI.').mentions;
    assert.equal(a!.key, b!.key);
  });
});

describe('entities: acronyms and former names stated by the text', () => {
  const links = (text: string, lang: Lang = 'fr'): string[] => {
    const result = run(text, lang);
    return result.links.map((l) => `${result.mentions[l.alias]!.text} -${l.relation}-> ${result.mentions[l.name]!.text}`);
  };
  const cases: [string, string[], Lang?][] = [
    ['Safe Superintelligence (SSI, fondée en 2024) recrute.', ['SSI -acronym-> Safe Superintelligence']],
    ["L'Organisation mondiale de la santé (OMS) alerte.", ['OMS -acronym-> Organisation mondiale de la santé']],
    ['Meta (anciennement Facebook) publie ses comptes.', ['Facebook -former-name-> Meta']],
    ['Meta (ex-Facebook) publie ses comptes.', ['Facebook -former-name-> Meta']],
    ['Facebook, rebaptisé Meta en 2021, publie ses comptes.', ['Facebook -former-name-> Meta']],
    ['Meta, formerly known as Facebook, reported earnings.', ['Facebook -former-name-> Meta'], 'en'],
    // The former name may follow an apposition: the marker belongs to the apposition's noun, which is the name's.
    ['Analysts at Novaspace, the consultancy formerly known as Brightsat, disagreed.', ['Brightsat -former-name-> Novaspace'], 'en'],
    ['Nexora, le groupe anciennement appelé Delmas, publie ses comptes.', ['Delmas -former-name-> Nexora']],
    ['Nexora, le groupe qui a racheté Delmas, publie ses comptes.', []],
    ['Le Président Directeur Général (PDG) parle.', []],
    // A body named in lower case after its article, and long names whose acronym skips a few words.
    ['Le parquet national financier (PNF) a requis.', ['PNF -acronym-> parquet national financier']],
    [
      "L'enquête a été menée avec l'Office central de lutte contre la corruption et les infractions financières et fiscales (OCLCIFF).",
      ['OCLCIFF -acronym-> Office central de lutte contre la corruption et les infractions financières et fiscales'],
    ],
    [
      "L'Agence nationale de sécurité du médicament et des produits de santé (ANSM) a autorisé l'essai.",
      ['ANSM -acronym-> Agence nationale de sécurité du médicament et des produits de santé'],
    ],
    ['Il a signé un contrat avec la société (SA) en 2024.', []],
  ];
  for (const [text, expected, lang] of cases) it(text, () => assert.deepEqual(links(text, lang), expected));
});

describe('entities: boilerplate', () => {
  it('flags furniture and the teasers after the end of the article', () => {
    const body = 'Le groupe Vexor a racheté la société Lumen pour 40 millions d’euros, selon son directeur général.';
    const text = ['Vidéo', 'Podcast', body, body, body, 'Partager cet article', 'Commentaires', 'Hermès dépasse LVMH en Bourse'].join('\n');
    const result = run(text);
    const spans = result.boilerplate.map((s) => text.slice(s.start, s.end));
    assert.deepEqual(spans, ['Vidéo\nPodcast', 'Partager cet article\nCommentaires\nHermès dépasse LVMH en Bourse']);
    const flagged = result.mentions.filter((m) => m.boilerplate).map((m) => m.text);
    assert.deepEqual(flagged, ['Hermès', 'LVMH']);
  });
  it('flags an inline "Lire aussi" teaser and photo credits only', () => {
    const text = 'Lire aussi : Airbus accélère\nPhoto by Jane Doe / Unsplash\nAirbus a livré 60 avions en juin.';
    const result = run(text);
    assert.deepEqual(result.boilerplate.map((s) => text.slice(s.start, s.end)), ['Lire aussi : Airbus accélère\nPhoto by Jane Doe / Unsplash']);
    assert.deepEqual(result.mentions.filter((m) => !m.boilerplate).map((m) => m.text), ['Airbus']);
  });
  it('does not take a paragraph about cookies or newsletters for a banner', () => {
    const result = run('Les cookies tiers disparaîtront de Chrome en 2025.');
    assert.deepEqual(result.boilerplate, []);
  });
});

describe('entities: robustness', () => {
  it('never throws and stays consistent on odd input', () => {
    const odd = ['', ' ', '\u0000\uffff', 'A'.repeat(10000), "l'''d'''", '((((SSI', '🚀 Meta 🚀', 'É'.repeat(50), 'x\r\ny\rz', '\ud800 Meta'];
    for (const text of odd) {
      const result = recogniseEntities(text, paragraphsOf(text));
      for (const m of result.mentions) assert.equal(text.slice(m.span.start, m.span.end), m.text);
      recogniseEntities(text, []);
    }
  });
  it('works without paragraphs (cuts them itself)', () => {
    assert.deepEqual(recogniseEntities('Selon Sam Altman, OpenAI recrute.', []).mentions.map((m) => m.text), ['Sam Altman', 'OpenAI']);
  });
  it('is deterministic', () => {
    const text = 'Meta (anciennement Facebook) et Scale AI. Zuckerberg veut tout.';
    assert.deepEqual(run(text), run(text));
  });
  it('stays linear on long input', () => {
    const sentence = 'Selon Mark Zuckerberg, Meta Platforms investira 14 milliards de dollars dans Scale AI à Menlo Park. ';
    // Small inputs run mostly out of warm caches (200 sentences: 3 ms against 90 ms for 2,000, 28×, the same before and
    // after the day's rules), so the guard compares 500 and 5,000 sentences, where a linear pass takes some 16×.
    const small = sentence.repeat(500);
    const big = sentence.repeat(5000);
    // The fastest of three runs: a loaded machine (CI runs test files in parallel) only ever adds time; a quadratic
    // pass would take some 100× for 10× the text.
    const time = (text: string): number => {
      const paragraphs = paragraphsOf(text);
      let best = Infinity;
      for (let run = 0; run < 3; run++) {
        const start = performance.now();
        recogniseEntities(text, paragraphs);
        best = Math.min(best, performance.now() - start);
      }
      return best;
    };
    time(small);
    const ratio = time(big) / Math.max(1, time(small));
    assert.ok(ratio < 40, `10× the text took ${ratio.toFixed(1)}× the time`);
  });
});

describe('entities: descriptors before a name are cues, never part of it', () => {
  const cases: [string, string[], Lang?][] = [
    ['French DIY retailer Bricaval said sales rose.', ['Bricaval/organization'], 'en'],
    ['The Paris-listed group cut its guidance.', [], 'en'],
    ['The DIY chain employs 31,000 people.', [], 'en'],
    // The compound is no part of the name after it, but the town it is made on is a place (round ent5).
    ['San Francisco-based Anthropic hired Daniela Amodei.', ['San Francisco/place', 'Anthropic/organization', 'Daniela Amodei/person'], 'en'],
    ['Frankfurt-listed Zalvero fell 12%.', ['Zalvero/organization'], 'en'],
    ['Franco-Italian carmaker Stellantis recalled cars.', ['Stellantis/organization'], 'en'],
    ['British Prime Minister Keir Starmer spoke.', ['Keir Starmer/person'], 'en'],
    ['The European Commission fined Google.', ['European Commission/organization', 'Google/organization'], 'en'],
    ['Norvane, the Oslo-based energy company, grew.', ['Norvane/organization', 'Oslo/place'], 'en'],
    ['La Niçoise Hélène Marchetti dirige Calypsa.', ['Hélène Marchetti/person', 'Calypsa/other']],
    ['Selon le Suisse Nestlé, les ventes progressent.', ['Nestlé/organization']],
    ["L'Américaine Sarah Whitfield dirigera la filiale.", ['Sarah Whitfield/person']],
    ['Le Breton Yann Le Goff a racheté la conserverie.', ['Yann Le Goff/person']],
    ['Selon la revue Fortunes du Sud, elle est riche.', ['Fortunes du Sud/organization']],
  ];
  for (const [text, expected, lang] of cases) it(text, () => check(text, expected, lang));
});

describe('entities: a town with its region in parentheses', () => {
  const cases: [string, string[], Lang?][] = [
    ["L'usine de Crolles (Isère) emploie 1 200 personnes.", ['Crolles/place', 'Isère/place']],
    ['The plant in Rousset (Bouches-du-Rhône) employs 900 people.', ['Rousset/place', 'Bouches-du-Rhône/place'], 'en'],
    ['Le groupe hôtelier Accor (ex-Novotel) a relevé ses objectifs.', ['Accor/organization', 'Novotel/organization']],
    ['La ligne pilote de Crolles coûtera 35 millions.', ['Crolles/other']],
  ];
  for (const [text, expected, lang] of cases) it(text, () => check(text, expected, lang));
});

/** General rules added after held-out batch r4 (see golden.test.ts FIRST_MEASURES); sentences written for these tests. */
describe('entities: rules from batch r4', () => {
  const cases: [string, string[], Lang?][] = [
    ['Le maire de Valbrune, Cédric Alaux, a inauguré la ligne.', ['Valbrune/place', 'Cédric Alaux/person']],
    ['Le tribunal correctionnel de Montbrison a rendu son jugement.', ['tribunal correctionnel de Montbrison/organization']],
    ['Northfield Rovers manager Owen Pike praised his players.', ['Northfield Rovers/organization', 'Owen Pike/person'], 'en'],
    ['Calverton chief executive Amy Rowe resigned.', ['Calverton/organization', 'Amy Rowe/person'], 'en'],
    ['Hospitals in Greater Manchester were full.', ['Greater Manchester/place'], 'en'],
    ['Syrian President Ahmed al-Sharaa visited Ankara.', ['Ahmed al-Sharaa/person', 'Ankara/place'], 'en'],
    ['Saudi Crown Prince Mohammed bin Salman spoke.', ['Mohammed bin Salman/person'], 'en'],
    ['Notably, the bank kept its forecast.', [], 'en'],
    ['Contacté, l’avocat n’a pas répondu.', []],
    ['ALERTE - Incendie dans une usine de Rouen', ['Rouen/place']],
    ['Le Crédit agricole a publié ses comptes.', ['Crédit agricole/organization']],
    ['Selon Ravel, le groupe restera indépendant.', ['Ravel/other']],
    ['Interrogé par La Voix du Nord, le maire a démenti.', ['La Voix du Nord/organization']],
    ['Deutsche Bank and Goldman Sachs led the deal.', ['Deutsche Bank/organization', 'Goldman Sachs/organization'], 'en'],
    ['Le général de Gaulle avait inauguré le pont.', ['de Gaulle/person']],
    ['Le directeur général de Renault a quitté ses fonctions.', ['Renault/organization']],
    ['Shares in Korvath fell after Korvath’s board met.', ['Korvath/organization', 'Korvath/organization'], 'en'],
  ];
  for (const [text, expected, lang] of cases) it(text, () => check(text, expected, lang));

  it('bylines are furniture, their authors people', () => {
    for (const [text, lang] of [['Par Jeanne Marchal', 'fr'], ['By Tom Harker and Ruth Ellis', 'en']] as const) {
      const mentions = run(text, lang).mentions;
      assert.ok(mentions.length > 0 && mentions.every((m) => m.boilerplate && m.type === 'person'), text);
    }
  });

  it('a sentence-opening particle makes one weak surname', () => {
    const mentions = run('Le Pen a refusé de commenter.').mentions;
    assert.deepEqual(mentions.map((m) => [m.text, m.confidence]), [['Le Pen', 'weak']]);
  });
});

describe('entities: rules from batch r5 (unknown names typed from their context)', () => {
  const cases: [string, string[], Lang?][] = [
    ["L'entraîneuse de l'équipe, Maëlle Vantier, a salué la victoire.", ['Maëlle Vantier/person']],
    ['Fondée par Karine Dussol et Hugo Termel, la société emploie 12 personnes.', ['Karine Dussol/person', 'Hugo Termel/person']],
    ['Le groupe emploie 80 salariés à Quessoy.', ['Quessoy/place']],
    ['Kelvora a levé 8 millions d’euros auprès de ses actionnaires.', ['Kelvora/organization']],
    ['Opposition leader Gavin Tulloch argued against the plan.', ['Gavin Tulloch/person'], 'en'],
    ['Council leader Anne Morrow said the vote was close.', ['Anne Morrow/person'], 'en'],
    ['Striker Jude Ambrose scored twice.', ['Jude Ambrose/person'], 'en'],
    ['Tulloch, the company’s chief operating officer, left in May.', ['Tulloch/person'], 'en'],
    ['Fenlow said on Monday it would close the plant.', ['Fenlow/organization'], 'en'],
    ['Fenlow employs 400 people.', ['Fenlow/organization'], 'en'],
    ['The deal was first reported by the Dunmere Gazette.', ['Dunmere Gazette/organization'], 'en'],
    ['Its flagship product, Parcelo, is sold in ten countries.', ['Parcelo/product'], 'en'],
    ['Le Tour du Limousin partira lundi.', ['Tour du Limousin/event']],
    ['Unite regional officer Mark Telford said staff were shocked.', ['Unite/organization', 'Mark Telford/person'], 'en'],
    ['The club’s new signing, Dan Holt, impressed.', ['Dan Holt/person'], 'en'],
    ['Fizzo, fondée par Léa Marchais, développe des batteries.', ['Fizzo/organization', 'Léa Marchais/person']],
    ['The firm’s Picker-3 robot is already used by Dunnes Stores.', ['Picker-3/product', 'Dunnes Stores/organization'], 'en'],
    ['Le Saint-Raphaël Var Handball (SRVHB) a battu l’US Créteil samedi.', ['Saint-Raphaël Var Handball/organization', 'SRVHB/organization', 'US Créteil/organization']],
    ['The headset was assembled by Foxlite in Vietnam.', ['Foxlite/organization', 'Vietnam/place'], 'en'],
    ['The winger arrived on loan from Ashvale Town last summer.', ['Ashvale Town/organization'], 'en'],
    ['Cllr Priya Nandra, cabinet member for housing, opposed the Tolland Civic Society.', ['Priya Nandra/person', 'Tolland Civic Society/organization'], 'en'],
  ];
  for (const [text, expected, lang] of cases) it(text, () => check(text, expected, lang));

  it('a title-case heading is cut to a name its body writes', () => {
    const text = 'Tarnwick Analytics Raises $40M As Retail Demand Grows\n\nTarnwick Analytics said on Tuesday it had raised $40 million.';
    assert.deepEqual(strong(text, 'en'), ['Tarnwick Analytics/organization', 'Tarnwick Analytics/organization']);
  });

  it('a lower-case start with an inner capital is a product, not also an organisation ("iPhone")', () => {
    const mention = run("Les ventes de l'iPhone ont reculé.", 'fr').mentions.find((m) => m.text === 'iPhone');
    assert.equal(mention?.scores.organization ?? 0, 0);
  });

  it('the English article "A" is no French "à"', () => {
    const mention = run('A Harcastle spokeswoman declined to comment.', 'en').mentions.find((m) => m.text === 'Harcastle');
    assert.equal(mention?.scores.place ?? 0, 0);
  });

  it('in a photo credit, the name after the slash is the agency', () => {
    const mentions = run('Photograph: Tom Ealing/Brenmoor Echo', 'en').mentions.map((m) => `${m.text}/${m.type}`);
    assert.deepEqual(mentions, ['Tom Ealing/person', 'Brenmoor Echo/organization']);
  });
});

describe('entities: organisations named by their sector (round ent3)', () => {
  const cases: [string, string[], Lang?][] = [
    // A name ending in a sector noun is a company, not two plain words read as a person.
    ['Hier, Korvel Mobilités a présenté son plan.', ['Korvel Mobilités/organization']],
    ['Depuis mars, Brendane Énergie vend du biogaz.', ['Brendane Énergie/organization']],
    ['In May, Tarvane Health opened a clinic.', ['Tarvane Health/organization'], 'en'],
    // A sector noun before the name is an organisation cue, like "la société X".
    ['Yesterday, French utility Morlan Energie posted a loss.', ['Morlan Energie/organization'], 'en'],
    ['Selon l’énergéticien Vortal, les prix baissent.', ['Vortal/organization']],
    ['Demain, le pétrolier Norsak dévoilera sa stratégie.', ['Norsak/organization']],
    ['Le groupe gazier Tervane a vendu sa filiale.', ['Tervane/organization']],
    // The predicate of a name says company: results posted, "its" dividend, accounts people do not keep.
    ['Hier, Quentel a publié ses comptes annuels.', ['Quentel/organization']],
    ['Jeudi, Quentel a réalisé un bénéfice record.', ['Quentel/organization']],
    ['On Monday, Brellis posted net profit of 3 million euros.', ['Brellis/organization'], 'en'],
    ['In 2024, Castrell sharply cut its forecast.', ['Castrell/organization'], 'en'],
    ['Asked about his future, Erling Haaland smiled.', ['Erling Haaland/person'], 'en'],
  ];
  for (const [text, expected, lang] of cases) it(text, () => check(text, expected, lang));
});

describe('entities: invented countries typed from what only a state has (round ent3)', () => {
  const cases: [string, string[], Lang?][] = [
    ['The government of Valdoria cut taxes.', ['Valdoria/place'], 'en'],
    ['Hier, le gouvernement de Valdorie a baissé les impôts.', ['Valdorie/place']],
    ['Le PIB de la Valdorie a progressé.', ['Valdorie/place']],
    ['Then Valdoria’s finance minister resigned.', ['Valdoria/place'], 'en'],
    ['Bond yields fell after Valdoria’s government unveiled its budget.', ['Valdoria/place'], 'en'],
    // A person is never a place: the given name wins.
    ['Hier, le gouvernement de Michel Barnier est tombé.', ['Michel Barnier/person']],
    // A demonym made on a name of the document says that name is a place, and names no entity itself.
    ['Valdorian bond yields fell. Investors trust Valdoria again.', ['Valdoria/place'], 'en'],
    ['Les Valdoriens votent dimanche, et la Valdorie attend.', ['Valdorie/place']],
  ];
  for (const [text, expected, lang] of cases) it(text, () => check(text, expected, lang));
});

describe('entities: datelines, time zones and ordinals (round ent3)', () => {
  const cases: [string, string[], Lang?][] = [
    // The agency of a dateline is no pair of plain words read as a person.
    ['OSLO, March 4 (Tidewell Wire) - Marvik said on Friday it would grow.', ['OSLO/place', 'Tidewell Wire/organization', 'Marvik/organization'], 'en'],
    ['The index gained 1% by 1100 GMT on Monday.', [], 'en'],
    ['DAILY BRIEF', [], 'en'],
  ];
  for (const [text, expected, lang] of cases) it(text, () => check(text, expected, lang));

  it('"premier" before a noun is an ordinal, not the English role', () => {
    const mention = run('L’usine de Trélazac, premier employeur du canton, ferme.').mentions.find((m) => m.text === 'Trélazac');
    assert.equal(mention?.scores.person, 0);
  });
});

describe('entities: unlisted names typed from their context (round ent4)', () => {
  const cases: [string, string[], Lang?][] = [
    // A byline names its writer, in a heading-like line where capitals say nothing.
    ['Par Sélène Marvoix-Dutel, à Quimper — Publié le 3 mai 2026', ['Sélène Marvoix-Dutel/person', 'Quimper/place']],
    ['By Tomasz Wyrzykowski-Hale in Geneva', ['Tomasz Wyrzykowski-Hale/person', 'Geneva/place'], 'en'],
    // A capitalised nationality noun before a first name and a surname is a person; a lower-case one, a company.
    ['Elle devance le Norvégien Eskil Brevandt et le chinois Qinoval.', ['Eskil Brevandt/person', 'Qinoval/organization']],
    // Shipyards, sports sides, broadcasters, former employers.
    ['Le voilier a été construit par le chantier Morvaud Composites.', ['Morvaud Composites/organization']],
    ['Santé : la clinique Belvaux ouvre à Niort.', ['Belvaux/organization', 'Niort/place']],
    // "Partenaires" ends a company's name, and a suffixed company is a shareholder, not a person.
    ['Castelmoor Partenaires, actionnaire de Brivaux, cède sa participation.', ['Castelmoor Partenaires/organization', 'Brivaux/organization']],
    ['He joined from the Nigerian side Ebute Comets last year.', ['Ebute Comets/organization'], 'en'],
    ['The final will be streamed by Carrow Sport TV.', ['Carrow Sport TV/organization'], 'en'],
    ['Pellard, who joined from Vantrex in 2019, will lead the unit.', ['Pellard/person', 'Vantrex/organization'], 'en'],
    // "…, X said." is a reporting clause: the role before the comma is not X's.
    ['Ten staff will leave and the chairman stays as chief executive, Dorvane said.', ['Dorvane/other'], 'en'],
    // "operating" is a role word only before a role noun.
    ['The headset runs its own operating system, VexaOS, rather than Android.', ['VexaOS/product', 'Android/product'], 'en'],
    // French institutions keep their complement and nationality in lower case.
    ['Il a saisi le Haut Conseil de la stabilité financière et la Mutualité française.', ['Haut Conseil de la stabilité financière/organization', 'Mutualité française/organization']],
    ['The merger was cleared by the Trade and Tariffs Authority on Monday.', ['Trade and Tariffs Authority/organization'], 'en'],
    ['Shares rose on the Harwick Stock Exchange.', ['Harwick Stock Exchange/organization'], 'en'],
    // Sailing races and boats; the open sea off a place.
    ['Elle mène la Transat des Embruns depuis Brest.', ['Transat des Embruns/event', 'Brest/place']],
    ["Son trimaran, l'Aubépine, file vers le sud.", ['Aubépine/product']],
    ['Le cargo a coulé au large de Tervanie.', ['Tervanie/place']],
    // A pair ending with a known town is no first name and surname, but a body named after it (round ent5).
    ['Le titre a gagné 4 % sur Quorvex Paris.', ['Quorvex Paris/organization']],
  ];
  for (const [text, expected, lang] of cases) it(text, () => check(text, expected, lang));
});

describe('entities: an acronym and an organisation suffix in a title-case heading (round ent4)', () => {
  const cases: [string, string[], Lang?][] = [
    ['Read more: Olivia Marchbank Quits ZRT News', ['Olivia Marchbank/person', 'ZRT News/organization'], 'en'],
    ['Why Harlow Backs KTV Sports Over Rivals', ['KTV Sports/organization'], 'en'],
  ];
  for (const [text, expected, lang] of cases) it(text, () => check(text, expected, lang));
});

describe('entities: clubs, fund managers and photographers nobody listed (round ent4)', () => {
  const cases: [string, string[], Lang?][] = [
    // Both sides of a team score are clubs; tennis sets are players'.
    ['Quarry Lane beat Fenmore Athletic 2-1 on Saturday.', ['Quarry Lane/organization', 'Fenmore Athletic/organization'], 'en'],
    ['Olden Town a battu Carrick Mill 3-0 samedi.', ['Olden Town/organization', 'Carrick Mill/organization']],
    ['Calloway beat Herrick 6-4, 6-3 in the final.', ['Herrick/other'], 'en'],
    // "asset manager" is a kind of company, not a person's role.
    ['The club was bought by asset manager Greyhallow last year.', ['Greyhallow/organization'], 'en'],
    // In a photo credit, the name before the slash is the photographer.
    ['Photograph: Jo Penhale/Humber Echo', ['Jo Penhale/person', 'Humber Echo/organization'], 'en'],
  ];
  for (const [text, expected, lang] of cases) it(text, () => check(text, expected, lang));
  it('a title-case heading is cut to the name a body sentence opens with', () => {
    const text = 'Quarry Lane Tops Table After Late Winner\n\nQuarry Lane beat Fenmore Athletic 2-1 on Saturday.';
    const first = run(text, 'en').mentions[0]!;
    assert.equal(first.text, 'Quarry Lane');
    assert.equal(first.confidence, 'strong');
  });
});

describe('entities: kinds, sites and medicines after a name (round ent5)', () => {
  const cases: [string, string[], Lang?][] = [
    // A company's kind after the name, maybe after its trade; a site after the name of its town.
    ['Sales fell at the Tolliver hardware chain last year.', ['Tolliver/organization'], 'en'],
    ['Lorries left the Harrowgate depot before dawn.', ['Harrowgate/place'], 'en'],
    ['Work stopped at its Grimsworth distribution centre.', ['Grimsworth/place'], 'en'],
    ['Ships were held at Felwick docks on Friday.', ['Felwick/place'], 'en'],
    // A plant or a warehouse is as often a company's: no cue.
    ['Workers at the Brenmoor plant walked out.', ['Brenmoor/other'], 'en'],
    // "the Pfizer drug" names the maker: a medicine noun after a name says nothing; before it, it names the medicine.
    ['Le vaccin Ovirel manque dans les pharmacies.', ['Ovirel/product']],
    ['Regulators cleared Dormacil, a weekly injection for migraine.', ['Dormacil/product'], 'en'],
    ['Customers moved to its SwiftKart app.', ['SwiftKart/product'], 'en'],
    ['On Monday, Trelby organisers said tickets had sold out.', ['Trelby/event'], 'en'],
    ['The company is listed on the Brevex exchange board.', ['Brevex/organization'], 'en'],
    // Family firms, clubs by their sport, sector words ending a name; correspondents are roles.
    ['Le chantier est confié à Perrin Frères, a indiqué la mairie.', ['Perrin Frères/organization']],
    ['Samedi, Garonne Rugby reçoit le leader.', ['Garonne Rugby/organization']],
    ['Goods are moved by Pellow Haulage across the region.', ['Pellow Haulage/organization'], 'en'],
    ['Residents said Tiverton, a quiet market town, deserved better.', ['Tiverton/place'], 'en'],
  ];
  for (const [text, expected, lang] of cases) it(text, () => check(text, expected, lang));
});

describe('entities: where a name ends (round ent5)', () => {
  const cases: [string, string[], Lang?][] = [
    // A demonym after a contracted article describes the person after it.
    ['Le carton rouge du Castelroussin Hugo Marty a été confirmé.', ['Hugo Marty/person']],
    // A legal form in capitals ends the name, though "sa" and "se" are French words.
    ['Le repreneur, Vexaline Holding SA, garde le site.', ['Vexaline Holding SA/organization']],
    // A French trade first, then the name; its complement stays in the name.
    ['Les éleveurs livrent la Fromagerie du Pertuis depuis vingt ans.', ['Fromagerie du Pertuis/organization']],
    ['Des sous-traitants comme Usinage Barrot ont fermé.', ['Usinage Barrot/organization']],
    // A body's head and its own lower-case adjective, but not a verb.
    ['Les éleveurs ont répondu à la Fédération bancaire hier.', ['Fédération bancaire/organization']],
    ['Selon lui, la Fédération explique la baisse par la météo.', ['Fédération/other']],
    // After "l'association", the name keeps its lower-case complement, and its acronym may take the noun's initial.
    ['Elle préside l’association Sauvegarde des marais (ASM) depuis 2019.', ['Sauvegarde des marais/organization', 'ASM/organization']],
    // A club: a name and its town's demonym after an article; a national adjective describes an institution.
    ['Ils ont battu la Section montoise dimanche.', ['Section montoise/organization']],
    // French writes a ministry's head in lower case.
    ['Il a écrit au ministère de l’Agriculture et au ministère des Armées.', ['ministère de l’Agriculture/organization', 'ministère des Armées/organization']],
    // A possessive before a head word is inside the name.
    ['Funding came from Parkinson’s Research Wales last year.', ['Parkinson’s Research Wales/organization'], 'en'],
    // A list inside a name that an acronym closes; acronym letters among the initials, or capitals only.
    ['Talks with the National Union of Steel, Quarry and Tunnel Workers (MQT) failed.', ['National Union of Steel, Quarry and Tunnel Workers/organization', 'MQT/organization'], 'en'],
    ['The Seeds and Fertiliser products Safety Board (SFSB) ruled on Monday.', ['Seeds and Fertiliser products Safety Board/organization', 'SFSB/organization'], 'en'],
    ['Staff at the Union of Bakers, Millers and Confectioners (Ubmc) voted.', ['Union of Bakers, Millers and Confectioners/organization', 'Ubmc/organization'], 'en'],
  ];
  for (const [text, expected, lang] of cases) it(text, () => check(text, expected, lang));
  it('an acronym in parentheses links to the long name before it', () => {
    const entities = run('Elle préside l’association Sauvegarde des marais (ASM) depuis 2019.');
    assert.equal(entities.links.length, 1);
    assert.equal(entities.mentions[entities.links[0]!.name]!.text, 'Sauvegarde des marais');
  });
});

describe('entities: typing a name by its shape and its neighbours (round ent5)', () => {
  const cases: [string, string[], Lang?][] = [
    // A word in capitals in prose is an acronym, not the town a list spells in lower case; a dateline still names the town.
    ['The LYON panel will publish its advice in May.', ['LYON/organization'], 'en'],
    // A known head of two words or more keeps its type when the name goes on.
    ['Le club est soutenu par le Crédit Agricole Anjou Maine.', ['Crédit Agricole Anjou Maine/organization']],
    // An acronym of three letters or more, then words; a known town, then more than a place word.
    ['Il a été formé au centre de l’USO Bressuire Nord.', ['USO Bressuire Nord/organization']],
    ['Les élus ont saisi Rennes Métropole Services sur ce point.', ['Rennes Métropole Services/organization']],
    // Between an article and a staff noun, the employer; not before a person's name.
    ['Hollis, a former Brightmoor Freight executive, said the talks had failed.', ['Brightmoor Freight/organization'], 'en'],
    ['She hired a former Tavistock Mills engineer last year.', ['Tavistock Mills/organization'], 'en'],
  ];
  for (const [text, expected, lang] of cases) it(text, () => check(text, expected, lang));
});

describe('entities: an acronym given by name (round ent5)', () => {
  it('", known as X" links the acronym to the long name', () => {
    const entities = run('Talks involve the Office for Water Safety and Standards, known as OWSS, since May.', 'en');
    assert.equal(entities.links.length, 1);
    assert.equal(entities.links[0]!.relation, 'acronym');
    assert.equal(entities.mentions[entities.links[0]!.alias]!.text, 'OWSS');
  });
});

describe('entities: places by structure and context (round ent5)', () => {
  const cases: [string, string[], Lang?][] = [
    // A byline ends with where it was written, also when the line reads like a heading.
    ['Par Maëlys Perrot, à Landivisiau', ['Maëlys Perrot/person', 'Landivisiau/place']],
    ['By Owen Treharne, Energy Correspondent, Penzance', ['Owen Treharne/person', 'Penzance/place'], 'en'],
    ['By Owen Treharne, Harbor Wire', ['Owen Treharne/person'], 'en'],
    // The town an English compound is made on.
    ['Shares in the Truro-based brewer fell.', ['Truro/place'], 'en'],
    ['The New York-based fund sold its stake.', ['New York/place'], 'en'],
    // A company "of" a bare name is from a town; a market is the town's; a line links places.
    ['Le contrat revient à une entreprise de Landerneau spécialisée.', ['Landerneau/place']],
    ['Il a vendu ses veaux au marché de Laissac mardi.', ['Laissac/place']],
    ['La nouvelle ligne reliera Plouvien au centre de Brest.', ['Plouvien/place', 'Brest/place']],
  ];
  for (const [text, expected, lang] of cases) it(text, () => check(text, expected, lang));
});

describe('entities: lists and headings (round ent5)', () => {
  const cases: [string, string[], Lang?][] = [
    // The preposition before a list governs each of its names.
    ['Stores will shut near Pontypridd and Merthyr Vale.', ['Pontypridd/place', 'Merthyr Vale/place'], 'en'],
    ['Des agences fermeront à Landerneau et Lesneven.', ['Landerneau/place', 'Lesneven/place']],
  ];
  for (const [text, expected, lang] of cases) it(text, () => check(text, expected, lang));
  it('a title-case heading offers the words up to an organisation suffix, weakly', () => {
    const mentions = run('Talks Fail as Corvane Freight Drivers Walk Out', 'en').mentions;
    assert.ok(mentions.some((m) => m.text === 'Corvane Freight' && m.confidence === 'weak'));
    assert.ok(!mentions.some((m) => m.text.includes('Drivers')));
  });
});

describe('entities: a medicine and its maker in apposition (round ent5)', () => {
  const cases: [string, string[], Lang?][] = [
    // A closing quote before the comma; a name between the article and the head is the maker.
    ['Doctors called it "no better than Zelvane", the Marrick pill approved last year.', ['Zelvane/product', 'Marrick/organization'], 'en'],
    ['Supplies of the Ostrova vaccine ran short in May.', ['Ostrova/organization'], 'en'],
  ];
  for (const [text, expected, lang] of cases) it(text, () => check(text, expected, lang));
});

describe('entities: a body, its adjective and its complement (round ent5)', () => {
  const cases: [string, string[], Lang?][] = [
    ['Un rapport de l’Office national des forêts inquiète les élus.', ['Office national des forêts/organization']],
  ];
  for (const [text, expected, lang] of cases) it(text, () => check(text, expected, lang));
});

describe('entities: compounds, possessives and page sections (round ent5)', () => {
  const cases: [string, string[], Lang?][] = [
    // A French town's compound name with a lower-case particle, but not a double-barrelled surname.
    ['Les bergers de Villefranche-sur-Rance ont défilé.', ['Villefranche-sur-Rance/place']],
    // A role's possessive before an institution's head word starts the name.
    ['A report by the Queen’s Trust found delays.', ['Queen’s Trust/organization'], 'en'],
    // A section of the page is no name.
    ['Sign up to our Money newsletter', [], 'en'],
    // A publisher ending in "House" is no person.
    ['The rights went to Harbour Lane House last year.', ['Harbour Lane House/organization'], 'en'],
  ];
  for (const [text, expected, lang] of cases) it(text, () => check(text, expected, lang));
});

describe('entities: the kind before a list (round ent5)', () => {
  const cases: [string, string[], Lang?][] = [
    ['The group sells brands such as Lumora and Veltane abroad.', ['Lumora/product', 'Veltane/product'], 'en'],
    ['Des enseignes comme Brivanel ou Castorel ont fermé.', ['Brivanel/organization', 'Castorel/organization']],
    ['Rivals including Stellmark cut prices.', ['Stellmark/organization'], 'en'],
    ['By Nora Whitcombe at the Kelderstadion', ['Nora Whitcombe/person', 'Kelderstadion/place'], 'en'],
  ];
  for (const [text, expected, lang] of cases) it(text, () => check(text, expected, lang));
});

describe('entities: French public bodies, clubs and bylines (round ent5)', () => {
  const cases: [string, string[], Lang?][] = [
    // A capitalised particle after an unknown first name, mid-sentence.
    ['Par Tugdual Le Meur, à Morlaix', ['Tugdual Le Meur/person', 'Morlaix/place']],
    // A French "pays" is a territory; a capitalised "Stade" before a demonym is a club.
    ['Le projet concerne le Pays des Landes bretonnes.', ['Pays des Landes/place']],
    ['Le Stade lavallois a battu l’équipe locale.', ['Stade lavallois/organization']],
    // A public body's head, adjective, complements joined by "et", and its acronym.
    ['Selon la Direction régionale des routes et de la mer (DRRM), le pont ferme.', ['Direction régionale des routes et de la mer/organization', 'DRRM/organization']],
    ['Le Comité régional des fêtes de Cornouaille a voté.', ['Comité régional des fêtes de Cornouaille/organization']],
  ];
  for (const [text, expected, lang] of cases) it(text, () => check(text, expected, lang));
});

describe('entities: transport, bodies named after a country, auditors (round ent5)', () => {
  const cases: [string, string[], Lang?][] = [
    ['The firm said sailings to Barra and Coll would stop.', ['Barra/place', 'Coll/place'], 'en'],
    ['Les vols vers Ouessant reprendront lundi.', ['Ouessant/place']],
    ['The grant came from Heritage Scotland in May.', ['Heritage Scotland/organization'], 'en'],
    ['Crew at Dervaig Lines walked out.', ['Dervaig Lines/organization'], 'en'],
  ];
  for (const [text, expected, lang] of cases) it(text, () => check(text, expected, lang));
});

describe('entities: bodies named by their last word, kinds after a name (round ent5)', () => {
  const cases: [string, string[], Lang?][] = [
    ['Forecasters at the Met Office warned of snow.', ['Met Office/organization'], 'en'],
    ['The Scottish Dental Consortium backed the plan.', ['Scottish Dental Consortium/organization'], 'en'],
    ['Members of the Ardent union voted to strike.', ['Ardent/organization'], 'en'],
  ];
  for (const [text, expected, lang] of cases) it(text, () => check(text, expected, lang));
});

describe('entities: French sites, bays, groupings of towns and festivals (round ent5)', () => {
  const cases: [string, string[], Lang?][] = [
    // A company's site, then its town.
    ['Les salariés de l’usine Kervalis de Landivisiau sont en grève.', ['Kervalis/organization', 'Landivisiau/place']],
    ['Ils manifestent devant l’usine de Plouédern.', ['Plouédern/place']],
    // The bay is a place of its own, named whole (as blind batches r12–r15 wrote golfes, massifs and vallées), not the town.
    ['Les phoques reviennent dans la baie de Kerlaz.', ['baie de Kerlaz/place']],
    ['Le festival des Filets Bleus attend 200 000 visiteurs.', ['Filets Bleus/event']],
  ];
  for (const [text, expected, lang] of cases) it(text, () => check(text, expected, lang));
});

describe('entities: Quebec and French institutions (round ent5)', () => {
  const cases: [string, string[], Lang?][] = [
    ['Selon l’Office de la protection du consommateur, les plaintes augmentent.', ['Office de la protection du consommateur/organization']],
    ['L’entente lie la STM et la Ville de Terrebonne, a indiqué sa porte-parole, Julie Caron.', ['STM/organization', 'Ville de Terrebonne/organization', 'Julie Caron/person']],
    ['Selon lui, Hydro-Gaspésie relève ses tarifs de 5 %.', ['Hydro-Gaspésie/organization']],
  ];
  for (const [text, expected, lang] of cases) it(text, () => check(text, expected, lang));
});

describe('entities: English clubs by their last word (round ent5)', () => {
  const cases: [string, string[], Lang?][] = [
    ['The win lifts them above Brackley Town and Marsden Trinity.', ['Brackley Town/organization', 'Marsden Trinity/organization'], 'en'],
    ['She flew to Cape Town on Monday.', ['Cape Town/place'], 'en'],
  ];
  for (const [text, expected, lang] of cases) it(text, () => check(text, expected, lang));
});

describe('termination', () => {
  // A nationality before a run of names with an organisation head in it looped forever (the loop's increment sat
  // behind a short-circuit `||=`); a title-case headline like this one froze the server. Before the fix this test hung.
  it('a nationality, an organisation head and more names end', () => {
    for (const headline of ['Japanese Drinks Group Takamura Agrees £410m Takeover', 'Japanese Group Takamura', 'French Bank Société Lavoisier Group Holdings Buys Rival', 'German Motor Works Company Boerner Grows']) {
      const started = Date.now();
      run(headline, 'en');
      assert.ok(Date.now() - started < 2000, headline);
    }
  });
});

describe('entities: person names with initials and particles (round ent6)', () => {
  const cases: [string, string[], Lang?][] = [
    // A middle initial joins given name and surname, though "j" and "s" are French elisions.
    ['On Friday the regulator heard from Dorian T. Wexcombe about the audit.', ['Dorian T. Wexcombe/person'], 'en'],
    ['Le comité a entendu Basile J. Trémoulin jeudi soir.', ['Basile J. Trémoulin/person']],
    // A capital particle and a lower-case one inside a surname.
    ['Hier soir, Hanne Van der Brugghe a signé la pétition.', ['Hanne Van der Brugghe/person']],
    // "N'" before a capital is part of a surname, not an elided "ne".
    ['La juge Fatou N’Gessane a rendu sa décision.', ['Fatou N’Gessane/person']],
  ];
  for (const [text, expected, lang] of cases) it(text, () => check(text, expected, lang));
});

describe('entities: abbreviated legal forms (round ent6)', () => {
  const cases: [string, string[], Lang?][] = [
    // An abbreviated legal form keeps its full stop inside a sentence, not at its end.
    ['The operator, Harwick Ferry Lines Inc., declined to comment.', ['Harwick Ferry Lines Inc./organization'], 'en'],
    ['The contract went to Harwick Ferry Lines Inc.', ['Harwick Ferry Lines Inc/organization'], 'en'],
  ];
  for (const [text, expected, lang] of cases) it(text, () => check(text, expected, lang));
});

describe('entities: places read from what surrounds them (round ent6)', () => {
  const cases: [string, string[], Lang?][] = [
    // Where a road leads, a river's flood, what lies around or south of a name.
    ['Les travaux coupent la route de Hastière tout l’été.', ['Hastière/place']],
    ['La feuille de route de Quelvane reste floue.', ['Quelvane/other']],
    ['La crue de la Lesse a surpris les habitants.', ['Lesse/place']],
    ['Le lait est collecté aux environs de Tambacounda et de Kolda.', ['Tambacounda/place', 'Kolda/place']],
    ['The camp lies about 60 kilometres south of Tarrbury.', ['Tarrbury/place'], 'en'],
    // A dateline: a word in capitals opening the text, then a known state.
    ['KELWOOD, Ohio — The board voted on Tuesday.', ['KELWOOD/place', 'Ohio/place'], 'en'],
  ];
  for (const [text, expected, lang] of cases) it(text, () => check(text, expected, lang));
});

describe('entities: a possessive after a preposition (round ent6)', () => {
  const cases: [string, string[], Lang?][] = [
    // "in X's future": the preposition governs the noun after the possessive, not the name.
    ['The minister said she remained confident in Brellow’s plans for the plant.', ['Brellow/other'], 'en'],
  ];
  for (const [text, expected, lang] of cases) it(text, () => check(text, expected, lang));
});

describe('entities: a lower-case head and the name it keeps (round longorg)', () => {
  const cases: [string, string[], Lang?][] = [
    // A portfolio: capitalised nouns after "de", their adjectives, more portfolios joined by "et" and, in a name of two
    // portfolios or more, their lower-case complements; the name stops before the verb and before a complement of the
    // sentence's own.
    ['Le ministère de la Santé a annoncé un plan.', ['ministère de la Santé/organization']],
    ['Le ministère de la Transition écologique et de la Cohésion des territoires publie un décret.', ['ministère de la Transition écologique et de la Cohésion des territoires/organization']],
    ['Elle a rejoint le ministère des Solidarités et de l’Accès aux droits en mai.', ['ministère des Solidarités et de l’Accès aux droits/organization']],
    ['Un courrier du ministère de l’Intérieur aux préfets est parti.', ['ministère de l’Intérieur/organization']],
    ['Le ministère de l’Enseignement supérieur, de la Recherche et de l’Innovation finance le projet.', ['ministère de l’Enseignement supérieur, de la Recherche et de l’Innovation/organization']],
    ['Selon le ministère de la Culture, de son côté, rien ne change.', ['ministère de la Culture/organization']],
    ['Les pilotes de l’armée de l’Air ont décollé, comme ceux de l’armée de Terre.', ['armée de l’Air/organization', 'armée de Terre/organization']],
    // Another army's is the country's or its leader's; a ministry's portfolio is no verb.
    ['Les chars de l’armée d’Espagne ont reculé.', ['Espagne/place']],
    ['L’armée de Poutine a reculé.', ['Poutine/other']],
    ['Le ministère de l’Économie rappelle que la règle existe.', ['ministère de l’Économie/organization']],
    ['Le ministère de l’Intérieur considère la loi suffisante.', ['ministère de l’Intérieur/organization']],
    ['Le ministère des Affaires étrangères du Qatar a réagi.', ['ministère des Affaires étrangères/organization', 'Qatar/place']],
    // A street's or a river's own name; "la place de X" is X's place.
    ['La rivière des Roches a débordé dimanche.', ['rivière des Roches/place']],
    ['Ils ont défilé avenue de Breteuil jusqu’au ministère.', ['avenue de Breteuil/place']],
    ['Le cortège est parti de la rue de Charonne.', ['rue de Charonne/place']],
    ['Il habite boulevard Voltaire depuis 2010.', ['boulevard Voltaire/place']],
    ['Les manifestants se sont retrouvés sur la place Bellecour.', ['place Bellecour/place']],
    ['Il a pris la place de Lucien Forgeat au conseil.', ['Lucien Forgeat/person']],
    ['It is a place Biden visited often.', ['Biden/place'], 'en'],
    // An institution named after someone keeps its head and one adjective; "l'hôpital de X" is the town's.
    ['Il a été opéré à l’hôpital Ambroise-Paré de Boulogne.', ['hôpital Ambroise-Paré/organization', 'Boulogne/place']],
    ['Les urgences de l’hôpital universitaire Saint-Brévin débordent.', ['hôpital universitaire Saint-Brévin/organization']],
    ['L’hôpital de Bobigny, qui manque de lits, ferme une aile.', ['Bobigny/place']],
    ['Les élèves du lycée Joliot-Curie ont manifesté.', ['lycée Joliot-Curie/organization']],
    // A museum named after its founder or its collection, a school after someone; a school's own name after "école" stays alone.
    ['La toile rejoint le musée Cognacq-Jay en mai.', ['musée Cognacq-Jay/organization']],
    ['Les parents de l’école Louise-Michel ont écrit au maire.', ['école Louise-Michel/organization']],
    ['Elle a été incubée par l’école Centrale Lyon.', ['Centrale Lyon/organization']],
    // Spelt the English way, the head is no French institution's.
    ['The college Dean said nothing.', ['Dean/organization'], 'en'],
    ['La Collectivité de Guyane a voté le budget.', ['Collectivité de Guyane/organization']],
    // A court named by its kind and its town is the institution; a bare "tribunal de X" stays the town's.
    ['Le tribunal correctionnel de Vannes a relaxé le maire.', ['tribunal correctionnel de Vannes/organization']],
    ['Elle a fait appel devant la cour administrative d’appel de Douai.', ['cour administrative d’appel de Douai/organization']],
    ['La cour d’appel d’Aix-en-Provence a confirmé la peine.', ['cour d’appel d’Aix-en-Provence/organization']],
    ['Le conseil de prud’hommes de Nanterre a donné raison aux salariés.', ['conseil de prud’hommes de Nanterre/organization']],
    ['Le tribunal de commerce de Lille a ouvert une procédure.', ['tribunal de commerce de Lille/organization']],
    ['Tribunal judiciaire de Créteil : la plateforme condamnée', ['Tribunal judiciaire de Créteil/organization']],
    ['La plainte a été déposée devant le tribunal de Nantes.', ['Nantes/place']],
  ];
  for (const [text, expected, lang] of cases) it(text, () => check(text, expected, lang));
});

describe('entities: a legal form ends the name it closes (round longorg)', () => {
  const cases: [string, string[], Lang?][] = [
    // A legal form a few words on carries the name across "de", "de l'", "de la".
    ['Les producteurs de Légumes de l’Aunis SCA ont voté.', ['Légumes de l’Aunis SCA/organization']],
    ['Les vergers de Primeurs de la Vallée SARL ont gelé.', ['Primeurs de la Vallée SARL/organization']],
    // Not a person's particle.
    ['Jean de La Fontaine a écrit des fables.', ['Jean de La Fontaine/person']],
    // The comma of "Co., Ltd.", a country in parentheses before the form.
    ['Takumi Robotics Co., Ltd. posted a loss.', ['Takumi Robotics Co., Ltd./organization'], 'en'],
    ['The society took a loan from Harbour Bank (Ghana) Ltd last year.', ['Harbour Bank (Ghana) Ltd/organization'], 'en'],
    ['A fine was paid in Orlando (Florida) on Monday.', ['Orlando/place', 'Florida/place'], 'en'],
    ['Shares in Norvel ASA and Kestrel AB fell.', ['Norvel ASA/organization', 'Kestrel AB/organization'], 'en'],
  ];
  for (const [text, expected, lang] of cases) it(text, () => check(text, expected, lang));
});

describe('entities: a capitalised head, its adjectives and its complement (round longorg)', () => {
  const cases: [string, string[], Lang?][] = [
    // A complement keeps its adjective and a nationality; the acronym after it stays its own name.
    ['D’après la Fédération de l’industrie papetière belge (FIPB), la demande chute.', ['Fédération de l’industrie papetière belge/organization', 'FIPB/organization']],
    ['La Fédération de l’industrie horlogère a protesté.', ['Fédération de l’industrie horlogère/organization']],
    // A kind, its adjective, a name and a legal form are one company; a fair, its adjective and its town one event.
    ['La Compagnie fluviale Orlenne SAS a suspendu ses rotations.', ['Compagnie fluviale Orlenne SAS/organization']],
    ['La Foire agricole de Saint-Méen ouvre samedi.', ['Foire agricole de Saint-Méen/event']],
    // A founder's or patron's name after an institution's head is the institution's.
    ['Il a reçu un prêt de la Fondation Hélène Dorval en mars.', ['Fondation Hélène Dorval/organization']],
    ['Le club joue au Stade Pierre Mauroy dimanche.', ['Stade Pierre Mauroy/place']],
    ['Le nouveau patron de Meta Mark Zuckerberg parle.', ['Meta/organization', 'Mark Zuckerberg/person']],
    // A capital article in mid-sentence belongs to the town's name; a compound starting with a place word is a town.
    ['Il a ouvert un magasin à L’Isle-Jourdain.', ['L’Isle-Jourdain/place']],
    ['Les ferries partent vers L’Île-Rousse chaque matin.', ['L’Île-Rousse/place']],
    ['Selon L’Équipe, le club a recruté.', ['L’Équipe/organization']],
  ];
  for (const [text, expected, lang] of cases) it(text, () => check(text, expected, lang));
});

describe('entities: English bodies with "of", numbered courts, capitals (round longorg)', () => {
  const cases: [string, string[], Lang?][] = [
    ['University of Oxford researchers said the trial worked.', ['University of Oxford/organization'], 'en'],
    ['The Bank of England and the ECB held rates.', ['Bank of England/organization', 'ECB/organization'], 'en'],
    ['Ministry of Defence officials said the jets left.', ['Ministry of Defence/organization'], 'en'],
    // A head before "of" inside the name types it, wherever it stands.
    ['The Grid Reliability Council of Ontario approved it.', ['Grid Reliability Council of Ontario/organization'], 'en'],
    // An ordinal numbers a court.
    ['Judge Ann Holt of the 53rd District Court ruled on Monday.', ['Ann Holt/person', '53rd District Court/organization'], 'en'],
    ['Sales in the 3rd quarter rose, Calder Mills Ltd said.', ['Calder Mills Ltd/organization'], 'en'],
    // A function word in capitals starting a company's name.
    ['Listed on the SIX Swiss Exchange, the group fell.', ['SIX Swiss Exchange/organization'], 'en'],
  ];
  for (const [text, expected, lang] of cases) it(text, () => check(text, expected, lang));
});

describe('entities: complements, events and authorities (round longorg)', () => {
  const cases: [string, string[], Lang?][] = [
    // "and" ends a name before a known name only, not before any word a known phrase starts with.
    ['The Department of Health and Human Services said it would review the data.', ['Department of Health and Human Services/organization'], 'en'],
    ['Deutsche Bank and Goldman Sachs cut jobs.', ['Deutsche Bank/organization', 'Goldman Sachs/organization'], 'en'],
    // A known place and a compass point after "de l'".
    ['Les exportations vers l’Afrique de l’Ouest progressent.', ['Afrique de l’Ouest/place']],
    // An event's head, its adjective, its complement in lower case or a town.
    ['Ils ont défilé pendant la Fête de la musique.', ['Fête de la musique/event']],
    ['Lors des Rencontres musicales de Vézelay, le public a applaudi.', ['Rencontres musicales de Vézelay/event']],
    ['Les Journées du patrimoine attirent du monde.', ['Journées du patrimoine/event']],
    // One more complement right before the name's acronym; none before an infinitive.
    ['Selon l’Agence régionale de l’eau et des milieux de montagne (AREMM), la neige manque.', ['Agence régionale de l’eau et des milieux de montagne/organization', 'AREMM/organization']],
    ['Il a demandé à l’Autorité des marchés financiers de vérifier les comptes.', ['Autorité des marchés financiers/organization']],
    // A complement joined by "et" keeps its own complement, like the first.
    ['La Direction régionale de l’environnement et de l’aménagement du territoire a rendu son avis.', ['Direction régionale de l’environnement et de l’aménagement du territoire/organization']],
    // A capital makes the region, the département the authority; "Hôtel de Ville" a place; "Board", "Collectif" bodies.
    ['La Région Bretagne finance la ligne, mais la région manque de trains.', ['Région Bretagne/organization']],
    ['Les élus de l’Hôtel de Ville ont voté.', ['Hôtel de Ville/place']],
    ['The Northern Water Board raised bills.', ['Northern Water Board/organization'], 'en'],
    ['Le Collectif Santé-Montagne a manifesté.', ['Collectif Santé-Montagne/organization']],
    // Two adjectives of a head joined by "et", then its complement.
    ['Le SNTP réclame 6 %, quand l’Union maritime et portuaire (UMEP) refuse.', ['SNTP/organization', 'Union maritime et portuaire/organization', 'UMEP/organization']],
    ['Selon elle, la Fédération nationale et européenne des transports a voté.', ['Fédération nationale et européenne des transports/organization']],
    // "Val" is a place word, a sector word ends a company's name.
    ['La coopérative Val de Lèze Céréales a voté.', ['Val de Lèze Céréales/organization']],
  ];
  for (const [text, expected, lang] of cases) it(text, () => check(text, expected, lang));
});

describe('entities: two halves of a name around a dash (round longorg)', () => {
  const cases: [string, string[], Lang?][] = [
    // The hyphenated acronym after them spells each half.
    ['Elle travaille à l’Assistance publique – Hôpitaux de Marseille (AP-HM) depuis 2010.', ['Assistance publique – Hôpitaux de Marseille/organization', 'AP-HM/organization']],
    ['Le match Lyon – Marseille (OL-OM) a eu lieu.', ['Lyon/place', 'Marseille/place', 'OL-OM/organization']],
  ];
  for (const [text, expected, lang] of cases) it(text, () => check(text, expected, lang));
  it('the acronym links to the whole name', () => {
    const entities = run('Elle travaille à l’Assistance publique – Hôpitaux de Marseille (AP-HM) depuis 2010.');
    assert.equal(entities.links.length, 1);
    assert.equal(entities.mentions[entities.links[0]!.name]!.text, 'Assistance publique – Hôpitaux de Marseille');
  });
});

describe('entities: castles, gates, huts and glaciers after a lower-case head (stop 19, read from r26)', () => {
  const cases: [string, string[], Lang?][] = [
    ['Les visiteurs ont été évacués du château de Montrevel samedi.', ['château de Montrevel/place']],
    ['Le salon se tient porte de Champerret jusqu’à dimanche.', ['porte de Champerret/place']],
    ['Les alpinistes ont passé la nuit au refuge du Goûter.', ['refuge du Goûter/place']],
    ["Le glacier d'Estellette recule de 30 mètres par an.", ["glacier d'Estellette/place"]],
    // Trap: a stadium or a plateau named after its town is written for the town.
    ['La finale aura lieu au stade de Montrevel.', ['Montrevel/place']],
  ];
  for (const [text, expected, lang] of cases) it(text, () => check(text, expected, lang));
});

strongCases('entities: a funding round, a plan or a grade named by a letter is no name (stop 27)', [
  ["La société avait levé 58 millions lors de sa série B. Celle-ci était menée par Idinvest Partners.", ['Idinvest Partners/organization']],
  ['Nivaleo closed a Series C round led by Ardent Bay Partners.', ['Ardent Bay Partners/organization'], 'en'],
  ["Le gouvernement n'a pas de plan B, a reconnu Élodie Marchand.", ['Élodie Marchand/person']],
  // Trap: a brand that is a late letter stays for the cues to type.
  ['Twitter, rebaptisé X en 2023, a perdu des annonceurs.', ['Twitter/organization', 'X/organization']],
]);

strongCases("entities: a paper's name on the line a page opens with (stop 27)", [
  ['The Kilmore Observer\n\nBy Aoife Brennan\n\nThe council met on Monday.', ['The Kilmore Observer/organization', 'Aoife Brennan/person'], 'en'],
  ["L'Écho du Vercors\n\nPar Nadine Roux\n\nLe conseil s'est réuni lundi.", ["L'Écho du Vercors/organization", 'Nadine Roux/person']],
  ['La Gazette de Sologne\n\nLe maire a démissionné lundi.', ['La Gazette de Sologne/organization']],
  // Traps: a headline of the story's own words, and a paper's noun further down the page.
  ['Politics\n\nMinisters Order Safety Review\n\nThe minister said safety checks would begin.', [], 'en'],
]);

strongCases('entities: two bodies joined by "and", and a currency written in letters (stop 27)', [
  ['Regulators approved the merger of Tembo Bank and Kilima Commercial Bank on Friday.', ['Tembo Bank/organization', 'Kilima Commercial Bank/organization'], 'en'],
  // Trap: a committee's remit keeps its "and".
  ['She sits on the Senate Committee on Energy and Natural Resources.', ['Senate Committee on Energy and Natural Resources/organization'], 'en'],
  ['The Sh48 billion deal values Tembo Bank at Sh31.50 a share.', ['Tembo Bank/organization'], 'en'],
]);

strongCases('entities: seas, oceans, archipelagos and valleys after a lower-case head (stop 27)', [
  ["Les éoliennes de la mer du Nord produisent plus que celles de l'océan Indien.", ['mer du Nord/place', 'océan Indien/place']],
  ["Les pêcheurs de l'archipel des Glénan et du val de Bagnes ont manifesté.", ['archipel des Glénan/place', 'val de Bagnes/place']],
  // Trap: at sea, then a wind farm's name.
  ['Le parc éolien en mer de Kervadec-Ouest produira en 2028.', ['Kervadec-Ouest/other']],
]);

strongCases("entities: a known title after French fuses its article (stop 27)", [
  ["Le ministre a confié au Devoir qu'il signerait avant l'été.", ['Devoir/organization']],
  ["Le directeur a parlé aux Echos lundi.", ['Echos/organization']],
  // A town whose name opens with its article was already known whole.
  ['Il vit au Mans depuis dix ans.', ['Mans/place']],
]);

describe("entities: a known title after French fuses its article, resolved (stop 27)", () => {
  it('the bare word is the known title', () => {
    const registry = new EntityRegistry();
    const entities = run("Le ministre a confié au Devoir qu'il signerait.", 'fr');
    registry.update('d0', entities);
    assert.equal(registry.resolve('d0', 0)?.name, 'Le Devoir');
  });
});

strongCases('entities: races named by "Grand Prix", "Open", "Tour", "Trail" and their place (stop 28)', [
  ['The team won the Bahrain Grand Prix on Sunday.', ['Bahrain Grand Prix/event'], 'en'],
  ['Il a remporté le Grand Prix de Hongrie en 2024.', ['Grand Prix de Hongrie/event']],
  ["L'Espagnole a été éliminée au deuxième tour de l'Open d'Australie.", ["Open d'Australie/event"]],
  ['Il prépare le Tour d’Espagne avec son équipe.', ['Tour d’Espagne/event']],
  ["Les bénévoles du Trail des Cathares (TDC) étaient 300.", ['Trail des Cathares/event', 'TDC/event']],
  ['Le départ du Grand Trail des Corbières sera donné à Lagrasse.', ['Grand Trail des Corbières/event', 'Lagrasse/place']],
  // Traps: a festival's "Grand Prix" is its award; "la tour d'Auvergne" is a building's; a person's affiliation stays one.
  ['Le film a reçu le Grand Prix du jury samedi soir.', []],
  ["La tour d'Auvergne domine la ville.", ['Auvergne/place']],
  ['Erwan Tanguy (Renaissance) a voté contre.', ['Erwan Tanguy/person', 'Renaissance/organization']],
]);

strongCases('entities: a known name a compound is made on ("Fianna Fáil-led", "Google-owned") (stop 28)', [
  ['Critics of the Fianna Fáil-led government gathered in Galway.', ['Fianna Fáil/organization', 'Galway/place'], 'en'],
  ['The Google-owned video platform was fined on Monday.', ['Google/organization'], 'en'],
  // Traps: an unknown name there is left to the prose; "-led" is no part of a person's name.
  ['The Brennock-led consortium walked away.', [], 'en'],
  ['The Galway-based studio hired twelve people.', ['Galway/place'], 'en'],
]);

strongCases('entities: one word before a photographer in a credit is the agency (stop 28)', [
  ['Photo : Belgaimage / Julien Warnand', ['Belgaimage/organization', 'Julien Warnand/person']],
  // Trap: a photographer's name before the agency keeps its order's reading.
  ['Photo : Julien Warnand / Belgaimage', ['Julien Warnand/person', 'Belgaimage/organization']],
]);

strongCases('entities: a plural "s" after a model number is no part of the model (stop 28)', [
  ['The carrier will lease six Embraer E195s from next year.', ['Embraer E195/product'], 'en'],
  ['Its ageing Boeing 767s will be retired.', ['Boeing 767/product'], 'en'],
  // Trap: a decade is no model.
  ['Airbus sold most of its A340s in the 1990s.', ['Airbus/organization', 'A340/product'], 'en'],
]);

strongCases('entities: "la Suisse" is the country, and country names French writes with lower-case adjectives (stop 28)', [
  ["Accord commercial : la Suisse et le Canada s'entendent sur les tarifs.", ['Suisse/place', 'Canada/place']],
  ["L'offre venait d'Arabie saoudite, selon le club.", ['Arabie saoudite/place']],
  ['Le fonds est basé aux Émirats arabes unis et en République tchèque.', ['Émirats arabes unis/place', 'République tchèque/place']],
  // Traps: "le Suisse" and "les Suisses" are people, no place.
  ['Le Suisse Marco Odermatt a gagné à Wengen.', ['Marco Odermatt/person', 'Wengen/place']],
  ['Les Suisses votent dimanche.', ['Suisses/other']],
]);

strongCases('entities: a storm word opening a storm name stays when the text also writes it in lower case (stop 28)', [
  ['Storm Aldric, the fourth named storm of the winter, reached Cornwall overnight.', ['Storm Aldric/event', 'Cornwall/place'], 'en'],
  // Trap: a common opening word before a name is still cut off.
  ['Shipping Kelvara said shipping would resume.', ['Kelvara/other'], 'en'],
]);

strongCases("entities: an event's head after a connector opens another event (stop 28)", [
  ['Le court métrage avait été montré à la Semaine de la critique du Festival de Cannes.', ['Semaine de la critique/event', 'Festival de Cannes/event']],
  // Trap: one event's own words after its head stay.
  ['La Fête de la musique attire du monde à Lannion.', ['Fête de la musique/event', 'Lannion/place']],
]);

strongCases("entities: a country's initials before a body a list knows are that body's (stop 28)", [
  ['Shares fell after the U.S. Food and Drug Administration delayed its review.', ['U.S. Food and Drug Administration/organization'], 'en'],
  ['The U.S. Securities and Exchange Commission opened an inquiry.', ['U.S. Securities and Exchange Commission/organization'], 'en'],
  // Trap: before a person, the initials stay the country's.
  ['Talks resumed after U.S. President Maria Ortez called for calm.', ['U.S./place', 'Maria Ortez/person'], 'en'],
]);

strongCases('entities: a co-operative named by its own word (stop 28)', [
  ['Members of Tarawera Dairy Co-operative voted on Friday.', ['Tarawera Dairy Co-operative/organization'], 'en'],
  ['Les adhérents de Vallée Verte Coopérative ont voté vendredi.', ['Vallée Verte Coopérative/organization']],
]);
