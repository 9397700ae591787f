/**
 * The corpus-wide registry: identity across documents, short forms, aliases, ambiguity, user
 * corrections, determinism, incremental updates and the queries the editor needs.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EntityRegistry, NO_OVERRIDES, recogniseEntities, type EntityOverrides, type ResolvedEntity } from '../../../server/src/engine/entities';
import type { Lang } from '../../../server/src/engine/types';
import { paragraphsOf } from './support';

const CORPUS: Record<string, string> = {
  'a.txt': 'Meta (anciennement Facebook) a investi dans Scale AI. Mark Zuckerberg a validé.',
  'b.txt': 'Selon le PDG de Meta Platforms, Zuckerberg veut recruter. Alexandr Wang, fondateur de Scale AI, arrive.',
  'c.txt': "Safe Superintelligence (SSI) a été fondée par Ilya Sutskever, Daniel Gross et Daniel Levy.",
  'd.txt': 'Daniel a refusé de commenter. Wang a confirmé. Chez Scale, rien ne change.',
  'e.txt': 'Meta a publié Llama 3 puis Llama 4. Open AI et OpenAI répondent.',
};

/** `lang` is every document's language, or each document's by name (a document left out is French). */
type Languages = Lang | Readonly<Record<string, Lang>>;
const languageOf = (lang: Languages, doc: string): Lang => (typeof lang === 'string' ? lang : (lang[doc] ?? 'fr'));

function registryOf(docs: Record<string, string>, order = Object.keys(docs), overrides: EntityOverrides = NO_OVERRIDES, lang: Languages = 'fr'): EntityRegistry {
  const registry = new EntityRegistry(overrides);
  for (const doc of order) registry.update(doc, recogniseEntities(docs[doc]!, paragraphsOf(docs[doc]!, languageOf(lang, doc))));
  return registry;
}

/** What the mention written `text` in `doc` resolves to: canonical name, or null. */
function resolved(registry: EntityRegistry, docs: Record<string, string>, doc: string, text: string, lang: Languages = 'fr'): ResolvedEntity | null {
  const entities = recogniseEntities(docs[doc]!, paragraphsOf(docs[doc]!, languageOf(lang, doc)));
  const index = entities.mentions.findIndex((m) => m.text === text);
  assert.ok(index >= 0, `no mention «${text}» in ${doc}`);
  return registry.resolve(doc, index);
}

describe('registry: identity across documents', () => {
  const registry = registryOf(CORPUS);
  const name = (doc: string, text: string): string | null => resolved(registry, CORPUS, doc, text)?.name ?? null;
  it('short forms attach to the one full name', () => {
    assert.equal(name('b.txt', 'Zuckerberg'), 'Mark Zuckerberg');
    assert.equal(name('d.txt', 'Wang'), 'Alexandr Wang');
    assert.equal(name('d.txt', 'Scale'), 'Scale AI');
  });
  it('legal names, spellings and former names merge', () => {
    assert.equal(name('b.txt', 'Meta Platforms'), 'Meta');
    assert.equal(name('a.txt', 'Facebook'), 'Meta');
    assert.equal(name('e.txt', 'Open AI'), 'OpenAI');
    const meta = registry.entity('org:meta')!;
    assert.deepEqual(meta.aliases.find((a) => a.name === 'Facebook'), { name: 'Facebook', relation: 'former-name' });
    assert.deepEqual(meta.aliases.find((a) => a.name === 'Meta Platforms'), { name: 'Meta Platforms', relation: 'legal-name' });
  });
  it('acronyms defined in one source resolve everywhere', () => {
    assert.equal(name('c.txt', 'SSI'), 'Safe Superintelligence');
  });
  it('an ambiguous short form stays unresolved, with its candidates', () => {
    assert.equal(name('d.txt', 'Daniel'), null);
    const entities = recogniseEntities(CORPUS['d.txt']!, paragraphsOf(CORPUS['d.txt']!));
    const index = entities.mentions.findIndex((m) => m.text === 'Daniel');
    assert.deepEqual(registry.candidates('d.txt', index).map((e) => e.name), ['Daniel Gross', 'Daniel Levy']);
  });
  it('keeps different products and persons apart', () => {
    assert.notEqual(registry.entity('product:llama-3'), null);
    assert.notEqual(registry.entity('product:llama-4'), null);
    assert.notEqual(registry.entity('person:daniel-gross'), registry.entity('person:daniel-levy'));
  });
  it('gives stable, readable ids', () => {
    const ids = registry.all().map((e) => e.id);
    for (const id of ['org:meta', 'person:mark-zuckerberg', 'org:scale-ai', 'person:alexandr-wang', 'org:safe-superintelligence']) assert.ok(ids.includes(id), id);
  });
});

describe('registry: determinism and incremental updates', () => {
  it('does not depend on document order', () => {
    const forward = registryOf(CORPUS);
    const backward = registryOf(CORPUS, Object.keys(CORPUS).reverse());
    assert.deepEqual(forward.all(), backward.all());
    for (const entity of forward.all()) assert.deepEqual(forward.mentionsOf(entity.id), backward.mentionsOf(entity.id));
  });
  it('update and remove restore exactly the state of a fresh registry', () => {
    const registry = registryOf(CORPUS);
    registry.update('b.txt', recogniseEntities('Rien à signaler.', paragraphsOf('Rien à signaler.')));
    registry.update('b.txt', recogniseEntities(CORPUS['b.txt']!, paragraphsOf(CORPUS['b.txt']!)));
    registry.update('z.txt', recogniseEntities('Zorg Industries recrute.', paragraphsOf('Zorg Industries recrute.')));
    registry.remove('z.txt');
    assert.deepEqual(registry.all(), registryOf(CORPUS).all());
  });
  it('a weak sentence-initial name needs another source', () => {
    const alone = registryOf({ 'x.txt': 'Zorblat annonce un plan.' });
    assert.equal(alone.all().length, 0);
    const confirmed = registryOf({ 'x.txt': 'Zorblat annonce un plan.', 'y.txt': 'La société Zorblat recrute.' });
    assert.equal(resolved(confirmed, { 'x.txt': 'Zorblat annonce un plan.' }, 'x.txt', 'Zorblat')?.id, 'org:zorblat');
  });
});

describe('registry: queries', () => {
  const registry = registryOf(CORPUS);
  it('lists mentions in document order then offset, and the first one for Go to Definition', () => {
    const refs = registry.mentionsOf('org:meta');
    assert.deepEqual([...new Set(refs.map((r) => r.doc))], ['a.txt', 'b.txt', 'e.txt']);
    const sorted = [...refs].sort((x, y) => (x.doc < y.doc ? -1 : x.doc > y.doc ? 1 : x.span.start - y.span.start));
    assert.deepEqual(refs, sorted);
    assert.deepEqual(registry.firstMention('org:meta'), refs[0]);
    assert.equal(registry.mentionsOf('org:nothing').length, 0);
    assert.equal(registry.firstMention('org:nothing'), null);
  });
  it('searches names and aliases without case or accents', () => {
    assert.deepEqual(registry.search('zuck').map((e) => e.id), ['person:mark-zuckerberg']);
    assert.ok(registry.search('FACEBOOK').some((e) => e.id === 'org:meta'));
    assert.ok(registry.search('superintelligence').some((e) => e.id === 'org:safe-superintelligence'));
    assert.equal(registry.search('').length, registry.all().length);
  });
});

describe('registry: user corrections', () => {
  it('notEntities, same, different and types', () => {
    const overrides: EntityOverrides = {
      notEntities: ['Llama 3'],
      same: [['Wang', 'Scale AI']],
      different: [['Meta', 'Facebook']],
      types: { 'Llama 4': 'event' },
    };
    const registry = registryOf(CORPUS, Object.keys(CORPUS), overrides);
    assert.equal(registry.entity('product:llama-3'), null);
    assert.equal(resolved(registry, CORPUS, 'a.txt', 'Facebook')?.name, 'Facebook');
    assert.equal(registry.entity('event:llama-4')?.type, 'event');
    assert.equal(resolved(registry, CORPUS, 'd.txt', 'Wang')?.name, 'Scale AI');
    registry.setOverrides(NO_OVERRIDES);
    assert.equal(resolved(registry, CORPUS, 'a.txt', 'Facebook')?.name, 'Meta');
  });
});

describe('registry: a company short name used more often than the full name (batch r5)', () => {
  const docs: Record<string, string> = {
    'a.txt': 'Tarnwick Analytics opens a Leeds office.',
    'b.txt': 'Tarnwick said it had hired forty people. Tarnwick declined to comment on salaries.',
    'c.txt': 'Investors value Tarnwick at $90 million. Councillors in Hexley voted against the Hexley Gazette proposal.',
    'd.txt': 'The Hexley Gazette reported the vote. Hexley residents were split.',
  };
  const registry = registryOf(docs, Object.keys(docs), NO_OVERRIDES, 'en');
  const name = (doc: string, text: string): string | null => {
    const entities = recogniseEntities(docs[doc]!, paragraphsOf(docs[doc]!, 'en'));
    const index = entities.mentions.findIndex((m) => m.text === text);
    assert.ok(index >= 0, `no mention «${text}» in ${doc}`);
    return registry.resolve(doc, index)?.name ?? null;
  };
  it('"Tarnwick" is the short name of "Tarnwick Analytics"', () => {
    assert.equal(name('b.txt', 'Tarnwick'), 'Tarnwick Analytics');
    assert.equal(name('c.txt', 'Tarnwick'), 'Tarnwick Analytics');
  });
  it('a town is no short form of its newspaper', () => {
    assert.notEqual(name('c.txt', 'Hexley'), 'Hexley Gazette');
  });
});

describe('registry: one document types a company everywhere (round ent3)', () => {
  const docs: Record<string, string> = {
    'a.txt': 'Hier, Morvane Énergie a présenté sa stratégie. Selon Morvane, les prix baissent.',
    'b.txt': 'Morvane a réalisé un bénéfice net de 2 milliards. Morvane a relevé son dividende. Morvane reste prudent.',
    'c.txt': 'Shares in Morvane rose. French utility Morvane Energie gained 3%.',
  };
  const registry = registryOf(docs, Object.keys(docs));
  it('a short name with company evidence of its own, used more often, is still the short name of the suffixed company', () => {
    for (const doc of ['a.txt', 'b.txt']) {
      const entity = resolved(registry, docs, doc, 'Morvane');
      assert.match(entity?.name ?? '', /^Morvane [ÉE]nergie$/u);
      assert.equal(entity?.type, 'organization');
    }
  });
});

describe('registry: full company and club names (round ent4)', () => {
  /** Each case: a corpus, then the mention `text` of `doc` and the entity (name, type) it must resolve to. */
  const cases: [string, Lang, Record<string, string>, string, string, string][] = [
    [
      'an unknown company is named by its legal name, however often its short name is used',
      'fr',
      {
        'a.txt': 'Concurrent direct, Brenvale SAS prépare une levée de fonds.',
        'b.txt': 'Brenvale a refusé de commenter. Le PDG de Brenvale, Odile Marsan, reste confiant. Brenvale recrute.',
      },
      'Brenvale',
      'Brenvale SAS',
      'organization',
    ],
    [
      'a short name the text links to a former name is still the short name of the suffixed company',
      'en',
      {
        'a.txt': 'Tarraway Minerals Ltd has sued the state. Tarraway, formerly Coastal Nickel Holdings, says the royalty is unlawful.',
        'b.txt': 'Tarraway shares fell 4% on Monday. Tarraway will appeal, and Tarraway expects a ruling in May.',
      },
      'Tarraway',
      'Tarraway Minerals Ltd',
      'organization',
    ],
    [
      'a bare company name opening its products names too is short for the one name with a legal form',
      'en',
      {
        'a.txt': 'Calvane Mobility Pty Ltd has recalled 4,000 batteries. The recall covers the Calvane Cargo and the Calvane Connect app.',
        'b.txt': 'Calvane said the fault was rare. Owners of a Calvane Cargo should stop charging it, Calvane added.',
      },
      'Calvane',
      'Calvane Mobility Pty Ltd',
      'organization',
    ],
    [
      'two capitalised words with no given name, typed a person by their shape, name the company whose legal name they open',
      'en',
      {
        'a.txt': 'Kito Mawe Solar Ltd will build the plant near Kisumu.',
        'b.txt': 'Kito Mawe said the panels would arrive in May. Kito Mawe expects 40 jobs, and Kito Mawe will hire locally.',
      },
      'Kito Mawe',
      'Kito Mawe Solar Ltd',
      'organization',
    ],
    [
      'a town whose article went into a contraction ("du Havre", "au Mans") is the town with its article',
      'fr',
      { 'a.txt': 'Les dockers du Havre ont voté la grève.', 'b.txt': 'Au Havre, le port reste bloqué. Le Havre attend un accord.' },
      'Havre',
      'Le Havre',
      'place',
    ],
    [
      'a name ending in an abbreviated legal form keeps its stop when the text writes it so, though sentences end on it',
      'en',
      { 'a.txt': 'Drivers sued Ferlo Inc. in March. They say they work for Ferlo Inc.', 'b.txt': 'The court ruled against Ferlo Inc. Ferlo Inc. will appeal.' },
      'Ferlo Inc.',
      'Ferlo Inc.',
      'organization',
    ],
    [
      'a club written without its FC is the club, even when its name ends with a place word',
      'en',
      { 'a.txt': 'Carrick Bridge FC beat Olden Town 3-0 on Saturday.', 'b.txt': 'The win was a club record for Carrick Bridge. Fans of Carrick Bridge sang until midnight.' },
      'Carrick Bridge',
      'Carrick Bridge FC',
      'organization',
    ],
    [
      'a club is also called by its other word: "Varnholm" for "Sporting Varnholm"',
      'en',
      { 'a.txt': 'Ashby Wanderers beat Sporting Varnholm 2-1 on Thursday.', 'b.txt': 'Despite the defeat, Varnholm remain top of the table. Wanderers manager Ola Brennick said the team had earned it.' },
      'Varnholm',
      'Sporting Varnholm',
      'organization',
    ],
    [
      'a club is also called by its other word: "Wanderers" for "Ashby Wanderers"',
      'en',
      { 'a.txt': 'Ashby Wanderers beat Sporting Varnholm 2-1 on Thursday.', 'b.txt': 'Despite the defeat, Varnholm remain top of the table. Wanderers manager Ola Brennick said the team had earned it.' },
      'Wanderers',
      'Ashby Wanderers',
      'organization',
    ],
    [
      'a company named by its kind and a name is called by the name, however often: "Vaubrun" for "Fromagerie Vaubrun"',
      'fr',
      { 'a.txt': 'Le fabricant jurassien Fromagerie Vaubrun a levé 12 millions.', 'b.txt': 'Vaubrun exporte vers le Japon. Selon Vaubrun, les ventes progressent. Vaubrun recrute.' },
      'Vaubrun',
      'Fromagerie Vaubrun',
      'organization',
    ],
    [
      '"…, X said." after a role does not make the company a person, so it stays the short name of its suffixed name',
      'en',
      { 'a.txt': 'Dunmore Capital bought the stake last year.', 'b.txt': 'The founder will remain chief executive, Dunmore said. Shares in Dunmore fell.' },
      'Dunmore',
      'Dunmore Capital',
      'organization',
    ],
  ];
  for (const [title, lang, docs, text, name, type] of cases) {
    it(title, () => {
      const registry = registryOf(docs, Object.keys(docs), NO_OVERRIDES, lang);
      const entities = recogniseEntities(docs['b.txt']!, paragraphsOf(docs['b.txt']!, lang));
      const index = entities.mentions.findIndex((m) => m.text === text);
      assert.ok(index >= 0, `no mention «${text}»`);
      const entity = registry.resolve('b.txt', index);
      assert.equal(entity?.name, name);
      assert.equal(entity?.type, type);
    });
  }
});

describe('registry: a heading cut to a name the corpus confirms (round ent5)', () => {
  it('the weak heading span resolves once a body sentence names it', () => {
    const docs = { 'h.txt': 'Talks Fail as Corvane Freight Drivers Walk Out', 'b.txt': 'Drivers at Corvane Freight will strike on Monday.' };
    const registry = registryOf(docs, Object.keys(docs), NO_OVERRIDES, 'en');
    const entities = recogniseEntities(docs['h.txt'], paragraphsOf(docs['h.txt'], 'en'));
    const index = entities.mentions.findIndex((m) => m.text === 'Corvane Freight');
    assert.equal(registry.resolve('h.txt', index)?.name, 'Corvane Freight');
    const alone = registryOf({ 'h.txt': docs['h.txt'] }, ['h.txt'], NO_OVERRIDES, 'en');
    assert.equal(alone.resolve('h.txt', index), null);
  });
});

describe('registry: acronyms used without a definition (round ent5)', () => {
  const docs = {
    'a.txt': 'Un rapport de l’Office national des forêts inquiète les élus.',
    'b.txt': 'Selon l’ONF, la sécheresse a tué 300 hectares.',
    'c.txt': 'L’élu a saisi l’Agence départementale de l’eau Bretagne mardi.',
    'd.txt': 'Pour l’ADE, la facture reste trop lourde.',
  };
  const registry = registryOf(docs);
  it('an acronym joins the one long name of the corpus whose initials spell it', () => {
    assert.equal(resolved(registry, docs, 'b.txt', 'ONF')?.name, 'Office national des forêts');
  });
  it('a place may end the long name', () => {
    assert.equal(resolved(registry, docs, 'd.txt', 'ADE')?.name, 'Agence départementale de l’eau Bretagne');
  });
});

describe('registry: legal names (round ent6)', () => {
  it('of two legal names, the one ending in a legal form is the canonical name', () => {
    const docs = {
      'a.txt': 'Selon nos informations, Brolvane Lait Holding SA prépare une offre.',
      'b.txt': 'Le conseil de Brolvane Lait Holding a validé le prix. Brolvane Lait Holding recrute. Chez Brolvane Lait Holding, on se tait.',
    };
    const registry = registryOf(docs);
    assert.equal(resolved(registry, docs, 'b.txt', 'Brolvane Lait Holding')?.name, 'Brolvane Lait Holding SA');
  });
  it('"Pvt Ltd" and "Pty Ltd" are legal forms', () => {
    const docs = {
      'a.txt': 'The regulator fined Qorvita Technologies Pvt Ltd on Monday.',
      'b.txt': 'Qorvita Technologies said it would appeal. Shares of Qorvita Technologies fell.',
    };
    const registry = registryOf(docs, Object.keys(docs), NO_OVERRIDES, 'en');
    assert.equal(resolved(registry, docs, 'b.txt', 'Qorvita Technologies')?.name, 'Qorvita Technologies Pvt Ltd');
  });
});

describe('registry: a kind, its adjectives and a name (round longorg)', () => {
  it('"Orlenne" is the short name of "Compagnie fluviale Orlenne SAS"', () => {
    const docs = {
      'a.txt': 'Aucun bateau de la Compagnie fluviale Orlenne SAS n’a quitté le quai.',
      'b.txt': 'La direction d’Orlenne refuse de commenter. Orlenne a perdu 2 millions.',
    };
    const registry = registryOf(docs);
    assert.equal(resolved(registry, docs, 'b.txt', 'Orlenne')?.name, 'Compagnie fluviale Orlenne SAS');
  });
  it('"France" is no short name of "Banque de France"', () => {
    const docs = { 'a.txt': 'La Banque de France relève sa prévision.', 'b.txt': 'La croissance de la France ralentit, selon la Banque de France.' };
    const registry = registryOf(docs);
    assert.equal(resolved(registry, docs, 'b.txt', 'France')?.name, 'France');
  });
});

describe('registry: towns of the GeoNames list, when nothing else types a name', () => {
  const docs: Record<string, string> = {
    'a.txt': 'Les éleveurs de Loudéac et de Vierzon ont manifesté mardi devant la préfecture.',
    'b.txt': 'Commuters between Brighouse and Halifax waited two hours on Monday.',
    'c.txt': 'Mark Carney a rencontré les syndicats. Carney a promis une réponse.',
  };
  const registry = registryOf(docs);
  const typeOf = (doc: string, text: string): string | null => resolved(registry, docs, doc, text)?.type ?? null;
  it('an unknown town with no cue is a place', () => {
    assert.equal(typeOf('a.txt', 'Loudéac'), 'place');
    assert.equal(typeOf('a.txt', 'Vierzon'), 'place');
    assert.equal(typeOf('b.txt', 'Brighouse'), 'place');
  });
  it('a surname that is also a town stays the person’s', () => {
    assert.equal(resolved(registry, docs, 'c.txt', 'Carney')?.name, 'Mark Carney');
    assert.equal(typeOf('c.txt', 'Carney'), 'person');
  });
});

describe('registry: a dateline in capitals does not name the town', () => {
  const docs: Record<string, string> = {
    'a.txt': 'LYON, 3 mars 2026 (AFP) – La Métropole a voté le budget.\n\nÀ Lyon, les élus ont débattu trois heures.',
  };
  const registry = registryOf(docs);
  it('"Lyon" written once in the body outweighs "LYON" written once in the dateline', () => {
    assert.equal(resolved(registry, docs, 'a.txt', 'LYON')?.name, 'Lyon');
    assert.equal(resolved(registry, docs, 'a.txt', 'Lyon')?.name, 'Lyon');
  });
  it('an acronym written mostly in capitals stays so', () => {
    const acronyms: Record<string, string> = { 'b.txt': 'La NASA a confirmé. La NASA a publié. La NASA a recruté. La Nasa a démenti.' };
    assert.equal(resolved(registryOf(acronyms), acronyms, 'b.txt', 'Nasa')?.name, 'NASA');
  });
});

describe('registry: a capitalised name nothing types', () => {
  it('is no entity users see, but stays available to claims and to "Change type…"', () => {
    const docs = { 'u.txt': 'Le contrat a été signé avec Vorlandia, selon plusieurs sources.' };
    const registry = registryOf(docs);
    const entities = recogniseEntities(docs['u.txt'], paragraphsOf(docs['u.txt'], 'fr'));
    const index = entities.mentions.findIndex((m) => m.text === 'Vorlandia');
    assert.ok(index >= 0);
    assert.equal(registry.resolveAny('u.txt', index)?.type, 'other');
    assert.equal(registry.resolve('u.txt', index), null);
    assert.ok(!registry.all().some((entity) => entity.name === 'Vorlandia'));
    assert.deepEqual(registry.search('vorl'), []);
  });
});

describe('registry: a known place only ever shouted', () => {
  it('is named as names are written, while a short capitalised word stays as written', () => {
    const docs = { 'h.txt': "LES FILATURES VÉRAN QUITTENT LES VOSGES POUR LE MAROC\n\nLes Filatures Véran emploient 300 salariés à Remiremont, annonce l'USA Rugby.\n" };
    const registry = registryOf(docs);
    const name = (text: string): string | null => resolved(registry, docs, 'h.txt', text)?.name ?? null;
    assert.equal(name('MAROC'), 'Maroc');
    assert.equal(name('VOSGES'), 'Vosges');
    assert.equal(resolved(registry, docs, 'h.txt', 'MAROC')?.type, 'place');
  });
});

describe('registry: a shouted headline naming someone by one word of the body\'s name', () => {
  it('resolves a surname or a short company name in capitals to the body\'s name, typed as the body types it', () => {
    const docs = {
      'h.txt': 'KORIR AND OKONJO SMASH COURSE RECORDS AS HALBROOK SACKS ITS COACH\n\nKenya\'s Daniel Korir won the men\'s race and Tigist Okonjo the women\'s. Halbrook United sacked its coach the same day.\n',
    };
    const languages = { 'h.txt': 'en' } as const;
    const registry = registryOf(docs, Object.keys(docs), NO_OVERRIDES, languages);
    const entity = (text: string): string => {
      const found = resolved(registry, docs, 'h.txt', text, languages);
      return found ? `${found.name}/${found.type}` : '∅';
    };
    assert.equal(entity('KORIR'), 'Daniel Korir/person');
    assert.equal(entity('OKONJO'), 'Tigist Okonjo/person');
    assert.equal(entity('HALBROOK'), 'Halbrook United/organization');
  });
});

describe('registry: one body named in two languages', () => {
  it('joins its French and English names, and keeps another body of the same town apart', () => {
    const docs = {
      'fr.txt': "Selon l'Hôpital régional de Valcourt, 300 opérations ont été reportées, d'après l'université de Valcourt.",
      'en.txt': 'Valcourt Regional Hospital postponed 300 operations, Valcourt University said.',
    };
    const languages = { 'fr.txt': 'fr', 'en.txt': 'en' } as const;
    const registry = registryOf(docs, Object.keys(docs), NO_OVERRIDES, languages);
    const idOf = (doc: string, text: string): string | undefined => resolved(registry, docs, doc, text, languages)?.id;
    assert.equal(idOf('fr.txt', 'Hôpital régional de Valcourt'), idOf('en.txt', 'Valcourt Regional Hospital'));
    assert.notEqual(idOf('fr.txt', 'Hôpital régional de Valcourt'), idOf('en.txt', 'Valcourt University'));
    assert.equal(idOf('fr.txt', 'université de Valcourt'), idOf('en.txt', 'Valcourt University'));
  });
});

describe('registry: a French body written with a lower-case head is named with a capital standing alone', () => {
  const docs: Record<string, string> = {
    'a.txt': "Le musée des Beaux-Arts de Quimper prête deux toiles. La préfecture du Finistère a donné son accord.",
    'b.txt': "Le tribunal judiciaire de Brest et le ministère de la Culture ont été saisis. Le site franceinfo en parle.",
  };
  const registry = registryOf(docs);
  const name = (doc: string, text: string): string | null => resolved(registry, docs, doc, text)?.name ?? null;
  it('museums and prefectures take a capital', () => {
    assert.equal(name('a.txt', 'musée des Beaux-Arts de Quimper'), 'Musée des Beaux-Arts de Quimper');
    assert.equal(name('a.txt', 'préfecture du Finistère'), 'Préfecture du Finistère');
  });
  it('courts and ministries keep the lower case French typography gives them', () => {
    assert.equal(name('b.txt', 'tribunal judiciaire de Brest'), 'tribunal judiciaire de Brest');
    assert.equal(name('b.txt', 'ministère de la Culture'), 'ministère de la Culture');
  });
});

describe('registry: a storm called by its given name alone', () => {
  const docs = {
    'a.txt': 'Hurricane Odile made landfall near Mobile on Tuesday. As Odile moved inland, power failed across the county.',
    'b.txt': 'Odile is expected to weaken over Alabama, forecasters said.',
  };
  const registry = registryOf(docs, undefined, NO_OVERRIDES, 'en');
  it('is the storm, an event, in every source', () => {
    for (const doc of ['a.txt', 'b.txt']) {
      const storm = resolved(registry, docs, doc, 'Odile', 'en');
      assert.equal(storm?.name, 'Hurricane Odile');
      assert.equal(storm?.type, 'event');
    }
  });
});
