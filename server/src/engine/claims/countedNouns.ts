import type { AttributeDefinition } from './attributes';
import type { Lang } from '../types';
import { englishOf } from './translations';
import { fold } from '../entities/fold';

/**
 * Things news counts without any trigger word naming the fact ("46 navires attendent au large",
 * "Some 64 ships", "6 800 ménages", "four abstentions"). The counted noun is the only thing that
 * says what such a figure measures; one concept per line, French and English spellings together
 * so that "46 navires" and "46 vessels" are one fact. Concepts are deliberately coarse where
 * outlets swap words for one thing ("foyers", "households", "homes"; "mineurs", "workers"), and
 * generic nouns ("personnes", "people", "fois") are left out: they name no particular fact.
 */
const CONCEPTS: readonly { readonly key: string; readonly label: Readonly<Record<Lang, string>>; readonly nouns: RegExp }[] = [
  { key: 'workers', label: { fr: 'ouvriers', en: 'workers' }, nouns: /^(?:ouvri(?:er|ère)s?|mineurs?|dockers?|travailleu(?:r|se)s|workers?|miners?|dock ?workers?|labou?rers?|longshoremen)/u },
  { key: 'residents', label: { fr: 'habitants', en: 'residents' }, nouns: /^(?:habitants?|résidents?|riverains?|inhabitants?|residents?)/u },
  { key: 'homes', label: { fr: 'foyers', en: 'households' }, nouns: /^(?:ménages|foyers|logements?|maisons|habitations|appartements|households?|homes|houses|dwellings|flats|apartments)/u },
  { key: 'ships', label: { fr: 'navires', en: 'ships' }, nouns: /^(?:navires?|bateaux|cargos|porte-conteneurs|paquebots|pétroliers|chalutiers|ships?|vessels?|boats?|tankers?|freighters?|trawlers?)/u },
  { key: 'turbines', label: { fr: 'éoliennes', en: 'wind turbines' }, nouns: /^(?:éoliennes|aérogénérateurs|wind turbines|turbines)/u },
  { key: 'aircraft', label: { fr: 'avions', en: 'aircraft' }, nouns: /^(?:avions?|aéronefs?|hélicoptères|aircraft|planes?|jets?|airliners?|helicopters?)/u },
  { key: 'flights', label: { fr: 'vols', en: 'flights' }, nouns: /^(?:vols|flights?)/u },
  { key: 'trains', label: { fr: 'trains', en: 'trains' }, nouns: /^(?:trains?|rames|trams?|tramways)/u },
  { key: 'containers', label: { fr: 'conteneurs', en: 'containers' }, nouns: /^(?:conteneurs?|containers?)/u },
  { key: 'trucks', label: { fr: 'camions', en: 'trucks' }, nouns: /^(?:camions?|poids lourds|trucks?|lorries)/u },
  { key: 'beds', label: { fr: 'lits', en: 'beds' }, nouns: /^(?:lits|beds)/u },
  { key: 'schools', label: { fr: 'écoles', en: 'schools' }, nouns: /^(?:écoles|collèges|lycées|établissements scolaires|schools)/u },
  { key: 'hospitals', label: { fr: 'hôpitaux', en: 'hospitals' }, nouns: /^(?:hôpitaux|cliniques|hospitals|clinics)/u },
  { key: 'factories', label: { fr: 'usines', en: 'factories' }, nouns: /^(?:usines|factories|plants)/u },
  { key: 'municipalities', label: { fr: 'communes', en: 'municipalities' }, nouns: /^(?:communes|municipalités|villages|municipalities|towns)/u },
  { key: 'farms', label: { fr: 'exploitations', en: 'farms' }, nouns: /^(?:exploitations|fermes|farms)/u },
  { key: 'farmers', label: { fr: 'agriculteurs', en: 'farmers' }, nouns: /^(?:agriculteurs|agricultrices|éleveurs|viticulteurs|vignerons|paysans|farmers|growers|winegrowers|ranchers)/u },
  { key: 'companies', label: { fr: 'entreprises', en: 'companies' }, nouns: /^(?:entreprises|sociétés|pme|firms|companies|businesses)/u },
  { key: 'doctors', label: { fr: 'médecins', en: 'doctors' }, nouns: /^(?:médecins|praticiens|doctors|physicians|surgeons|chirurgiens)/u },
  { key: 'nurses', label: { fr: 'infirmiers', en: 'nurses' }, nouns: /^(?:infirmi(?:er|ère)s|soignants|nurses|caregivers|health ?care workers|health workers)/u },
  { key: 'firefighters', label: { fr: 'pompiers', en: 'firefighters' }, nouns: /^(?:pompiers|sapeurs-pompiers|soldats du feu|firefighters|firemen|fire ?fighters)/u },
  { key: 'police', label: { fr: 'policiers et gendarmes', en: 'police officers' }, nouns: /^(?:policiers|gendarmes|membres des forces de l['’]ordre|police officers|policemen)/u },
  { key: 'soldiers', label: { fr: 'soldats', en: 'soldiers' }, nouns: /^(?:soldats|militaires|troupes|soldiers|troops|servicemen)/u },
  { key: 'teachers', label: { fr: 'enseignants', en: 'teachers' }, nouns: /^(?:enseignants|professeurs|teachers)/u },
  { key: 'students', label: { fr: 'élèves', en: 'students' }, nouns: /^(?:élèves|étudiants|étudiantes|lycéens|collégiens|pupils|students|schoolchildren)/u },
  { key: 'protesters', label: { fr: 'manifestants', en: 'protesters' }, nouns: /^(?:manifestants|protestataires|protesters|demonstrators|marchers)/u },
  { key: 'strikers', label: { fr: 'grévistes', en: 'strikers' }, nouns: /^(?:grévistes|strikers)/u },
  { key: 'migrants', label: { fr: 'migrants', en: 'migrants' }, nouns: /^(?:migrants|réfugiés|demandeurs d['’]asile|refugees|asylum seekers)/u },
  { key: 'prisoners', label: { fr: 'détenus', en: 'prisoners' }, nouns: /^(?:détenus|prisonniers|prisoners|inmates|detainees)/u },
  { key: 'hostages', label: { fr: 'otages', en: 'hostages' }, nouns: /^(?:otages|hostages)/u },
  { key: 'evacuees', label: { fr: 'personnes évacuées', en: 'evacuees' }, nouns: /^(?:évacués|évacuées|evacuees)/u },
  { key: 'missing', label: { fr: 'disparus', en: 'missing' }, nouns: /^(?:disparus|missing)/u },
  { key: 'trapped', label: { fr: 'personnes bloquées', en: 'people trapped' }, nouns: /^(?:bloqués|piégés|trapped)/u },
  { key: 'spectators', label: { fr: 'spectateurs', en: 'spectators' }, nouns: /^(?:spectateurs|supporters|supporteurs|festivaliers|fans|spectators|festivalgoers|festival-goers)/u },
  { key: 'votes', label: { fr: 'voix', en: 'votes' }, nouns: /^(?:voix|suffrages|votes)/u },
  { key: 'seats', label: { fr: 'sièges', en: 'seats' }, nouns: /^(?:sièges|seats)/u },
  { key: 'abstentions', label: { fr: 'abstentions', en: 'abstentions' }, nouns: /^(?:abstentions?)/u },
  { key: 'lawmakers', label: { fr: 'élus', en: 'lawmakers' }, nouns: /^(?:députés|députées|sénateurs|sénatrices|eurodéputés|parlementaires|élus|mps|lawmakers|legislators|senators|congressmen|meps)/u },
  { key: 'signatures', label: { fr: 'signatures', en: 'signatures' }, nouns: /^(?:signatures|signataires|signatories)/u },
  { key: 'complaints', label: { fr: 'plaintes', en: 'complaints' }, nouns: /^(?:plaintes|complaints)/u },
  { key: 'cases', label: { fr: 'cas', en: 'cases' }, nouns: /^(?:cas|infections|cases)/u },
  { key: 'animals', label: { fr: 'animaux', en: 'animals' }, nouns: /^(?:têtes de bétail|bêtes|animaux|bovins|vaches|moutons|brebis|porcs|volailles|cattle|cows|sheep|pigs|animals|poultry|hens|chickens|oiseaux|birds|seabirds|volatiles|canards|ducks|dindes|turkeys)/u },
  { key: 'trees', label: { fr: 'arbres', en: 'trees' }, nouns: /^(?:arbres|trees)/u },
  { key: 'fires', label: { fr: 'incendies', en: 'fires' }, nouns: /^(?:incendies|départs de feux?|feux|fires|blazes|wildfires)/u },
  { key: 'doses', label: { fr: 'doses', en: 'doses' }, nouns: /^(?:doses)/u },
  { key: 'bidders', label: { fr: 'candidats à la reprise', en: 'bidders' }, nouns: /^(?:candidats à la reprise|repreneurs|offres de reprise|offres|bidders|bids|suitors|offers)/u },
  { key: 'signings', label: { fr: 'recrues', en: 'signings' }, nouns: /^(?:recrues|nouvelles recrues|signings|new signings|new players)/u },
  { key: 'lots', label: { fr: 'lots', en: 'lots' }, nouns: /^(?:lots|batches)/u },
  { key: 'stretchers', label: { fr: 'civières', en: 'stretchers' }, nouns: /^(?:civières|brancards|stretchers|trolleys)/u },
  { key: 'applications', label: { fr: 'candidatures', en: 'applications' }, nouns: /^(?:candidatures|applications)/u },
  { key: 'artists', label: { fr: 'artistes', en: 'artists' }, nouns: /^(?:artistes|groupes|musiciens|artists|acts|performers|bands|musicians)/u },
];

/**
 * What a duration no trigger names is the duration of, from a word of its clause ("une grève de cinq jours",
 * "a five-day strike", "a six-month observation period", "the fire burned for four days"). One-digit durations
 * ("six mois") are shared by too many things to tie by value alone; with the thing they measure they can.
 */
const DURATION_TOPICS: readonly { readonly key: string; readonly label: Readonly<Record<Lang, string>>; readonly words: RegExp }[] = [
  { key: 'strike', label: { fr: 'grève', en: 'strike' }, words: /(?:grève|débrayage|strike|walkout|stoppage)/u },
  { key: 'observation', label: { fr: "période d'observation", en: 'observation period' }, words: /(?:observation)/u },
  { key: 'works', label: { fr: 'travaux', en: 'works' }, words: /(?:chantier|travaux|construction|build(?:ing)? works?|(?<![\p{L}])build(?![\p{L}])|works(?![\p{L}]))/u },
  { key: 'closure', label: { fr: 'fermeture', en: 'closure' }, words: /(?:fermeture|fermé|closure|closed|shutdown|shut(?![\p{L}]))/u },
  { key: 'suspension', label: { fr: 'suspension', en: 'suspension' }, words: /(?:suspension|suspendu|suspended|halt|arrêt de (?:la |l['’])?(?:production|activité|exploitation))/u },
  { key: 'sentence', label: { fr: 'peine', en: 'sentence' }, words: /(?:prison|peine|emprisonnement|sentence|jail)/u },
  { key: 'delay', label: { fr: 'délai', en: 'delay' }, words: /(?:délai|retard|attente|delay|wait(?:ing)?(?![\p{L}])|late)/u },
  { key: 'fire', label: { fr: 'incendie', en: 'fire' }, words: /(?:incendie|feu(?![\p{L}])|blaze|fire(?![\p{L}])|burn)/u },
  { key: 'debate', label: { fr: 'débat', en: 'debate' }, words: /(?:débat|séance|discussions?(?![\p{L}])|debate|session|hearing|audience|talks(?![\p{L}]))/u },
  { key: 'contract', label: { fr: 'contrat', en: 'contract' }, words: /(?:contrat|bail|contract|lease|deal(?![\p{L}]))/u },
  { key: 'term', label: { fr: 'mandat', en: 'term' }, words: /(?:mandat|term(?![\p{L}])|tenure)/u },
  { key: 'trapped', label: { fr: 'temps bloqués', en: 'time trapped' }, words: /(?:coincés|bloqués|piégés|trapped|stranded)/u },
  { key: 'deadline', label: { fr: 'délai imparti', en: 'deadline' }, words: /(?:deadline|ultimatum|mise en demeure|pour se (?:mettre en conformité|conformer)|to comply)/u },
];

/** Attribute keys of the counted-noun concepts ("count-of-ships") and of the duration topics ("duration-of-strike"). */
export const COUNTED_NOUN_PREFIX = 'count-of-';
export const DURATION_TOPIC_PREFIX = 'duration-of-';

/** The attribute definitions of the concepts, added to the built-in table: never periodic, any actor. */
export const COUNTED_NOUN_ATTRIBUTES: readonly AttributeDefinition[] = [
  ...CONCEPTS.map(({ key, label }) => nounAttribute(`${COUNTED_NOUN_PREFIX}${key}`, { fr: `nombre de ${label.fr}`, en: `number of ${label.en}` }, 'count')),
  ...DURATION_TOPICS.map(({ key, label }) => nounAttribute(`${DURATION_TOPIC_PREFIX}${key}`, { fr: `durée (${label.fr})`, en: `duration (${label.en})` }, 'duration')),
];

function nounAttribute(key: string, label: Readonly<Record<Lang, string>>, kind: 'count' | 'duration' | 'percent'): AttributeDefinition {
  return { key, label, kinds: [kind], triggers: { fr: [], en: [] }, actorTypes: ['organization', 'place', 'person', 'product', 'event'], singleSubject: true, periodic: false };
}

/** Global copies of the topic patterns, compiled once (matchAll and exec need the flag). */
const TOPIC_PATTERNS: readonly RegExp[] = DURATION_TOPICS.map((topic) => new RegExp(topic.words.source, 'gu'));

/** "L'entreprise a 60 jours pour…", "Nexora now has 90 days to…", "dispose de deux mois pour": the time a party is given. */
const GIVEN_BEFORE = /(?:^|[^\p{L}])(?:a|ont|avait|avaient|aura|auront|(?:dispose|disposent|disposera)(?:[\s\u00a0]+(?:désormais|maintenant|encore|seulement))?[\s\u00a0]+de|laisse|laissent|accorde|accordent|has|have|had|gets?|got|given|will have|leaves?|grants?)[\s\u00a0]+(?:(?:désormais|maintenant|encore|seulement|now|still|only|just)[\s\u00a0]+)?(?:(?:un délai de|a further|another|encore)[\s\u00a0]+)?$/u;
const TO_DO_AFTER = /^[\s\u00a0]+(?:pour|to)[\s\u00a0]+\p{L}/u;

/** The topic of a duration from the words of its clause around it (lower-cased), or null; the nearest topic word wins. */
export function durationTopicAround(beforeLower: string, afterLower: string): string | null {
  // A time given to act is a deadline whatever else the clause names ("a 60 jours pour modifier ses règles").
  if (GIVEN_BEFORE.test(beforeLower) && TO_DO_AFTER.test(afterLower)) return `${DURATION_TOPIC_PREFIX}deadline`;
  let best: { key: string; distance: number } | null = null;
  for (const [index, topic] of DURATION_TOPICS.entries()) {
    const pattern = TOPIC_PATTERNS[index] ?? topic.words;
    pattern.lastIndex = 0;
    for (const match of beforeLower.matchAll(pattern)) {
      const distance = beforeLower.length - (match.index ?? 0);
      if (!best || distance < best.distance) best = { key: topic.key, distance };
    }
    pattern.lastIndex = 0;
    const after = pattern.exec(afterLower);
    if (after && (!best || (after.index ?? 0) < best.distance)) best = { key: topic.key, distance: after.index ?? 0 };
  }
  return best ? `${DURATION_TOPIC_PREFIX}${best.key}` : null;
}

/** Words a counted noun may stand behind (an elided "d'" is glued to it: "une trentaine d'enquêteurs"): "46 gros navires", "300 administrative jobs" takes only English adjectives. */
const LEAD_WORDS = /^(?:(?:de|of|more|de plus|nouveaux|nouvelles|new|additional|autres|other)[\s\u00a0\u202f]+|d['’])*/u;
/** A word that ends the noun phrase: a preposition, article, verb or conjunction after the number is no adjective. */
const NOT_ADJECTIVE = /^(?:of|in|at|on|to|for|and|or|the|a|an|were|was|are|is|have|has|had|be|been|by|from|with|who|which|that|per|than|more|less|people|times|years?|days?|months?|weeks?|hours?)$/u;

/**
 * The concept counted right after a count ("46 navires", "Some 64 container ships"), or null. French
 * puts adjectives after the noun, so the noun is the first word; English may put up to two words
 * before it ("300 administrative jobs", "46 container ships").
 */
export function countedNounAfter(afterLower: string, lang: Lang): string | null {
  let rest = afterLower.replace(/^[\s\u00a0\u202f]+/u, '').replace(LEAD_WORDS, '');
  // English compounds end in their head: "46 container ships" counts ships, so the last noun found wins.
  let found: string | null = null;
  let open: string | null = null;
  for (let skipped = 0; skipped <= (lang === 'en' ? 2 : 0); skipped++) {
    for (const concept of CONCEPTS) {
      const match = concept.nouns.exec(rest);
      if (match && !/^[\p{L}\p{N}]/u.test(rest.slice(match[0].length))) {
        found = `${COUNTED_NOUN_PREFIX}${concept.key}`;
        break;
      }
    }
    if (found !== null && lang !== 'en') return found;
    if (skipped === 0 && found === null) open = openNounAt(rest, lang);
    // "30 Airbus A321neo aircraft": a model name may stand between the number and the noun.
    const word = /^([\p{L}\p{N}-]+)[\s\u00a0\u202f]+/u.exec(rest);
    if (!word?.[1] || NOT_ADJECTIVE.test(word[1])) return found ?? open;
    rest = rest.slice(word[0].length);
  }
  return found ?? open;
}

/**
 * People news names only by a noun and an age ("un homme de 78 ans", "a 78-year-old man", "une fillette de 11 ans",
 * "an 8-year-old girl"): the noun is all that says whose age it is, so it keys the fact the way a counted noun does.
 * French and English nouns of one person share a key; nouns of different people (a woman and a man, a victim and
 * a suspect) stay apart even when one person could be both.
 */
const PERSON_NOUN_LISTS: Readonly<Record<string, readonly string[]>> = {
    man: ['homme', 'man', 'monsieur'],
    woman: ['femme', 'woman', 'dame', 'lady'],
    girl: ['fillette', 'fille', 'girl', 'schoolgirl'],
    boy: ['garçon', 'garçonnet', 'boy', 'schoolboy'],
    child: ['enfant', 'child', 'bébé', 'baby', 'nourrisson', 'infant', 'toddler'],
    teenager: ['adolescent', 'adolescente', 'ado', 'teenager', 'teen', 'lycéen', 'lycéenne', 'collégien', 'collégienne'],
    victim: ['victime', 'victim'],
    suspect: ['suspect', 'suspecte', 'prévenu', 'prévenue', 'accusé', 'accusée', 'defendant', 'accused'],
    attacker: ['agresseur', 'assaillant', 'tireur', 'attacker', 'assailant', 'gunman'],
    driver: ['conducteur', 'conductrice', 'chauffeur', 'automobiliste', 'driver', 'motorist'],
    motorcyclist: ['motard', 'motarde', 'motocycliste', 'motorcyclist', 'biker'],
    cyclist: ['cycliste', 'cyclist'],
    pedestrian: ['piéton', 'piétonne', 'pedestrian'],
    fisherman: ['pêcheur', 'pêcheuse', 'fisherman', 'fisher'],
    firefighter: ['pompier', 'sapeur-pompier', 'soldat du feu', 'firefighter', 'fireman'],
    worker: ['ouvrier', 'ouvrière', 'salarié', 'salariée', 'employé', 'employée', 'worker', 'employee', 'labourer', 'laborer'],
    resident: ['habitant', 'habitante', 'résident', 'résidente', 'riverain', 'riveraine', 'resident'],
    patient: ['patient', 'patiente'],
    hiker: ['randonneur', 'randonneuse', 'hiker'],
    climber: ['alpiniste', 'grimpeur', 'grimpeuse', 'climber', 'mountaineer'],
    skier: ['skieur', 'skieuse', 'skier'],
    swimmer: ['baigneur', 'baigneuse', 'nageur', 'nageuse', 'swimmer', 'bather'],
    farmer: ['agriculteur', 'agricultrice', 'éleveur', 'éleveuse', 'farmer'],
    student: ['étudiant', 'étudiante', 'élève', 'student', 'pupil'],
    nurse: ['infirmier', 'infirmière', 'nurse'],
    doctor: ['médecin', 'docteur', 'doctor', 'physician'],
    officer: ['policier', 'policière', 'gendarme', 'policeman', 'policewoman', 'officer'],
    soldier: ['soldat', 'soldate', 'militaire', 'soldier'],
    tourist: ['touriste', 'vacancier', 'vacancière', 'tourist', 'holidaymaker'],
    pilot: ['pilote', 'pilot'],
    passenger: ['passager', 'passagère', 'passenger'],
    sailor: ['marin', 'navigateur', 'navigatrice', 'sailor', 'seaman'],
    retiree: ['retraité', 'retraitée', 'retiree', 'pensioner'],
    prisoner: ['détenu', 'détenue', 'prisonnier', 'prisonnière', 'prisoner', 'inmate'],
    mother: ['mère', 'mother'],
    father: ['père', 'father'],
    shepherd: ['berger', 'bergère', 'shepherd', 'herder'],
    partner: ['associé', 'associée', 'partner', 'co-founder', 'cofounder', 'cofondateur', 'cofondatrice'],
    guard: ['gardien', 'gardienne', 'vigile', 'guard', 'watchman', 'caretaker'],
    captain: ['capitaine', 'commandant', 'skipper', 'captain'],
    crew: ['matelot', 'crewman', 'deckhand'],
    teacher: ['enseignant', 'enseignante', 'professeur', 'professeure', 'instituteur', 'institutrice', 'teacher'],
    volunteer: ['bénévole', 'volunteer'],
    mechanic: ['mécanicien', 'mécanicienne', 'mechanic'],
    technician: ['technicien', 'technicienne', 'technician'],
    electrician: ['électricien', 'électricienne', 'electrician'],
    hunter: ['chasseur', 'chasseuse', 'hunter'],
    walker: ['promeneur', 'promeneuse', 'walker', 'rambler'],
    jogger: ['joggeur', 'joggeuse', 'jogger', 'runner', 'coureur', 'coureuse'],
    surfer: ['surfeur', 'surfeuse', 'surfer'],
    diver: ['plongeur', 'plongeuse', 'diver'],
    winegrower: ['vigneron', 'vigneronne', 'viticulteur', 'viticultrice', 'winegrower', 'winemaker'],
    shopkeeper: ['commerçant', 'commerçante', 'boutiquier', 'shopkeeper', 'storekeeper'],
    baker: ['boulanger', 'boulangère', 'baker'],
    cashier: ['caissier', 'caissière', 'cashier'],
    courier: ['livreur', 'livreuse', 'courier'],
    builder: ['maçon', 'bricklayer', 'builder'],
    migrant: ['migrant', 'migrante', 'exilé', 'exilée'],
    refugee: ['réfugié', 'réfugiée', 'refugee'],
    homeless: ['sans-abri', 'sdf'],
    grandmother: ['grand-mère', 'grandmother', 'grandma'],
    grandfather: ['grand-père', 'grandfather', 'grandpa'],
    widow: ['veuve', 'widow'],
    widower: ['veuf', 'widower'],
    neighbour: ['voisin', 'voisine', 'neighbour', 'neighbor'],
    witness: ['témoin', 'witness'],
    survivor: ['survivant', 'survivante', 'rescapé', 'rescapée', 'survivor'],
    journalist: ['journaliste', 'reporter', 'journalist'],
    lawyer: ['avocat', 'avocate', 'lawyer', 'attorney', 'solicitor', 'barrister'],
    engineer: ['ingénieur', 'ingénieure', 'engineer'],
    researcher: ['chercheur', 'chercheuse', 'researcher', 'scientist'],
    mayor: ['maire', 'mayor'],
    nanny: ['nounou', 'nourrice', 'nanny', 'childminder'],
    carer: ['aide-soignant', 'aide-soignante', 'auxiliaire', 'carer', 'caregiver'],
    paramedic: ['secouriste', 'ambulancier', 'ambulancière', 'paramedic'],
    rescuer: ['sauveteur', 'sauveteuse', 'rescuer', 'lifeguard'],
    athlete: ['athlète', 'sportif', 'sportive', 'athlete', 'sportsman', 'sportswoman'],
    player: ['joueur', 'joueuse', 'player'],
    jockey: ['jockey'],
};
const PERSON_NOUNS: ReadonlyMap<string, string> = new Map(Object.entries(PERSON_NOUN_LISTS).flatMap(([key, nouns]) => nouns.map((noun) => [noun, key] as const)));

export const AGE_OF_PREFIX = 'age-of-';

/** "un homme de 78 ans", "une fillette âgée de 11 ans", "un sapeur-pompier volontaire de 34 ans": the noun before "de", after an indefinite article. */
const FRENCH_PERSON_BEFORE_AGE = /(?:^|[\s(«"“,;:'’])(?:un|une)[\s\u00a0\u202f]+([\p{L}-]+)(?:[\s\u00a0\u202f]+([\p{L}-]+))?[\s\u00a0\u202f]*,?[\s\u00a0\u202f]+(?:âgée?[\s\u00a0\u202f]+)?(?:de|d['’])[\s\u00a0\u202f]*$/u;
/** Nouns of a person by age or role the lists above leave out ("octogénaire", "quinquagénaire", "retraité"). */
const FRENCH_AGE_NOUN_ENDING = /(?:génaire|tenaire|eur|euse|rice|ier|ière|iste|ien|ienne|ant|ante|é|ée)$/u;
/**
 * "a 78-year-old man", "a 34-year-old volunteer firefighter": the indefinite article introduces someone new, the noun
 * comes within three words. "the 43-year-old mother of three" points back to someone already named, unless the
 * paragraph has named nobody yet.
 */
const ENGLISH_ARTICLE_BEFORE_AGE = /(?:^|[\s(“"])(?:a|an)[\s\u00a0\u202f]+$/u;
const ENGLISH_ARTICLE_OR_THE_BEFORE_AGE = /(?:^|[\s(“"])(?:a|an|the)[\s\u00a0\u202f]+$/u;
const ENGLISH_WORDS_AFTER_AGE = /^[\s\u00a0\u202f]+([\p{L}-]+)(?:[\s\u00a0\u202f]+([\p{L}-]+))?(?:[\s\u00a0\u202f]+([\p{L}-]+))?/u;

/**
 * The attribute of an age the text gives a person only by a noun ("age-of-man"), from the lower-cased words just
 * before and after the figure; null when a name or nothing says whose age it is.
 */
export function unnamedPersonAge(beforeLower: string, afterLower: string, figureText: string, nobodyNamedYet = false): string | null {
  const french = FRENCH_PERSON_BEFORE_AGE.exec(beforeLower);
  if (french) {
    const [, first, second] = french;
    const key = (first && PERSON_NOUNS.get(first)) ?? (first === 'jeune' && second ? PERSON_NOUNS.get(second) : undefined);
    if (key) return `${AGE_OF_PREFIX}${key}`;
    // "une octogénaire de 81 ans": someone the article introduces by a noun of its own is nobody named elsewhere.
    if (first && figureText.endsWith('ans') && FRENCH_AGE_NOUN_ENDING.test(first)) return `${AGE_OF_PREFIX}${OPEN_NOUN_MARK}${first}`;
  }
  // "the 87-year-old man found in his home" points back to someone, but nobody the paragraph has named so far.
  const article = nobodyNamedYet ? ENGLISH_ARTICLE_OR_THE_BEFORE_AGE : ENGLISH_ARTICLE_BEFORE_AGE;
  if (/year[\s-]old$/iu.test(figureText) && article.test(beforeLower)) {
    const words = ENGLISH_WORDS_AFTER_AGE.exec(afterLower)?.slice(1) ?? [];
    // English compounds end in their head: "a 34-year-old volunteer firefighter" is a firefighter.
    let head: string | undefined;
    for (const word of words) {
      if (word === undefined) break;
      const key = PERSON_NOUNS.get(word);
      if (key) head = key;
      else if (head) break;
    }
    if (head) return `${AGE_OF_PREFIX}${head}`;
  }
  return null;
}

/** Marks a counted noun read from the text rather than from the concept list ("count-of-~machine"). */
export const OPEN_NOUN_MARK = '~';

/**
 * Nouns that count too many things to say which ("personnes", "people", "fois"), units the figures layer
 * reads elsewhere, and words that start no noun phrase.
 */
const NOT_A_COUNTED_NOUN = new Set([
  'personnes', 'people', 'persons', 'individus', 'individuals', 'fois', 'times', 'ans', 'années', 'years', 'mois', 'months', 'semaines', 'weeks',
  'jours', 'days', 'heures', 'hours', 'minutes', 'secondes', 'seconds', 'nuits', 'nights', 'euros', 'dollars', 'livres', 'pounds', 'francs',
  'points', 'pour', 'per', 'cent', 'percent', 'millions', 'milliards', 'milliers', 'centaines', 'dizaines', 'mille', 'million', 'billion', 'billions',
  'thousand', 'thousands', 'hundred', 'hundreds', 'dozen', 'dozens', 'autres', 'others', 'mêmes', 'premiers', 'premières', 'derniers', 'dernières',
  'first', 'last', 'next', 'other', 'more', 'less', 'fewer', 'plus', 'moins', 'environ', 'about', 'around', 'some', 'seulement', 'only', 'just',
  'sur', 'dont', 'parmi', 'entre', 'contre', 'avec', 'sans', 'chez', 'dans', 'pendant', 'depuis', 'selon', 'après', 'avant', 'vers', 'sous', 'par',
  'des', 'les', 'aux', 'une', 'ont', 'sont', 'était', 'étaient', 'seront', 'sera', 'the', 'and', 'are', 'were', 'was', 'have', 'had', 'has',
  'will', 'would', 'could', 'can', 'may', 'might', 'should', 'from', 'with', 'into', 'over', 'under', 'since', 'after', 'before', 'across', 'out',
  'who', 'which', 'that', 'than', 'then', 'this', 'these', 'those', 'their', 'its', 'they', 'them', 'each', 'chacun', 'chacune', 'all', 'tous',
  'toutes', 'fin', 'end', 'début', 'mid', 'cas', 'exemplaires', 'unités', 'units', 'items', 'pieces', 'éléments', 'things', 'choses',
  'for', 'nor', 'but', 'yet', 'via', 'off', 'said', 'says', 'say', 'told', 'according', 'like', 'such', 'whose', 'where', 'when', 'while', 'what',
  'been', 'did', 'does', 'not', 'also', 'still', 'now', 'here', 'there', 'around', 'among', 'against', 'through', 'toward', 'towards', 'onto',
  'upon', 'within', 'without', 'until', 'qui', 'que', 'ces', 'cette', 'leurs', 'leur', 'ses', 'son', 'mais', 'donc', 'car', 'ainsi', 'aussi',
  'encore', 'déjà', 'été', 'avaient', 'avait', 'seraient', 'serait', 'aurait', 'auraient', 'pourraient', 'devraient', 'doivent', 'vont',
  'saisons', 'seasons', 'décennies', 'decades', 'trimestres', 'quarters', 'semestres', 'siècles', 'centuries', 'tours', 'rounds',
  'chaque', 'comme', 'lors', 'jusqu', 'puis', 'tandis', 'alors', 'soit', 'fut', 'est',
]);
/**
 * A counted noun the concept list does not know ("9 lignes", "40,000 machines", "Three berths"): the noun itself,
 * singular, names what is counted. French puts it first; English ends a phrase of up to three words in it
 * ("60 industrial customers"). Words of one or two letters, function words, generic nouns, adverbs and
 * participles name nothing.
 */
function openNounAt(restLower: string, lang: Lang): string | null {
  // "18 crew members", "dix-huit membres d'équipage", "16 crew": members of a group are counted as the group's people.
  const group = (lang === 'en' ? GROUP_MEMBERS_EN : GROUP_MEMBERS_FR).exec(restLower)?.[1];
  if (group !== undefined) return `${COUNTED_NOUN_PREFIX}${OPEN_NOUN_MARK}${GROUPS_IN_ENGLISH[group] ?? group}`;
  const words: string[] = [];
  const pattern = /(\p{L}[\p{L}'’-]*)([\s\u00a0\u202f]*)/uy;
  let at = 0;
  while (words.length < (lang === 'en' ? 3 : 1)) {
    pattern.lastIndex = at;
    const match = pattern.exec(restLower);
    const word = match?.[1];
    if (!match || !word || word.length < 3 || NOT_A_COUNTED_NOUN.has(word)) break;
    // "1,300 scheduled operations", "40 registered voters": a participle before a plural noun describes it; alone
    // ("1,300 attended") it is the verb, and the count names no noun.
    if (lang === 'en' && words.length === 0 && /ed$/u.test(word) && match[2]) {
      pattern.lastIndex = at + match[0].length;
      const noun = pattern.exec(restLower)?.[1];
      if (noun !== undefined && /[^s]s$/u.test(noun) && !NOT_A_COUNTED_NOUN.has(noun) && !/(?:ly|ment|ed|ing)$/u.test(noun)) {
        at += match[0].length;
        continue;
      }
    }
    if (/(?:ly|ment|ed|ing)$/u.test(word)) break;
    words.push(word);
    at += match[0].length;
    if (!match[2]) break;
  }
  // English counts are plural: the first plural word is the head, what follows it is the verb ("countries took part").
  const head = (lang === 'en' ? words.find((word) => /[^s]s$/u.test(word)) : undefined) ?? words[words.length - 1];
  // "Trois véhicules" and "three vehicles": a noun with a known translation is keyed by its English form.
  // "opérations" and "operations", "véhicules" and "vehicles" once their plural goes: a noun spelt alike but for its
  // accents is one noun in both languages (the table leaves such pairs out), so the key goes without accents.
  return head === undefined ? null : `${COUNTED_NOUN_PREFIX}${OPEN_NOUN_MARK}${englishOf(head, lang) ?? fold(singular(head))}`;
}

/** Whether a counted-noun attribute was read from the text rather than from the concept list. */
/** The group whose members are counted: "crew members", "staff members", "membres d'équipage", "membres du personnel". */
const GROUP_MEMBERS_EN = /^(crew|staff|family|team|board|jury)[\s\u00a0]+members?(?![\p{L}])/u;
const GROUPS_IN_ENGLISH: Readonly<Record<string, string>> = { équipage: 'crew', personnel: 'staff', famille: 'family', équipe: 'team' };
const GROUP_MEMBERS_FR = /^membres?[\s\u00a0]+(?:d['’]|de[\s\u00a0]+la[\s\u00a0]+|de[\s\u00a0]+l['’]|du[\s\u00a0]+)(équipage|personnel|famille|équipe|jury)(?![\p{L}])/u;

export function isOpenNoun(attribute: string): boolean {
  return attribute.startsWith(`${COUNTED_NOUN_PREFIX}${OPEN_NOUN_MARK}`) || attribute.startsWith(SHARE_OF_PREFIX);
}

/** Attribute keys of a percentage named only by what it is a share of ("share-of-sales"). */
export const SHARE_OF_PREFIX = 'share-of-';

/** Wholes outlets name with different words ("des ventes", "du chiffre d'affaires", "of turnover"). */
const WHOLES: readonly { readonly key: string; readonly words: RegExp }[] = [
  { key: 'sales', words: /^(?:ventes|chiffre d['’]affaires|recettes|revenus|sales|revenues?|turnover|income)$/u },
  { key: 'gdp', words: /^(?:pib|produit intérieur brut|gdp|gross domestic product)$/u },
  { key: 'population', words: /^(?:population|habitants|inhabitants|residents)$/u },
];
/** Wholes whose share is a stake ("49 % du capital", "of the shares"), left to the stake rules. */
const NOT_A_WHOLE = /^(?:capital|actions|parts|titres|droits de vote|shares|stock|equity|voting rights|company|entreprise|société|groupe|group)(?![\p{L}])/u;
/** Determiners between "X %" and the whole: "de l'", "des", "of the", "of its". */
const SHARE_LEAD = /^[\s\u00a0\u202f]*(?:de l['’]|de[\s\u00a0\u202f]+(?:la[\s\u00a0\u202f]+|leurs?[\s\u00a0\u202f]+|ses[\s\u00a0\u202f]+|son[\s\u00a0\u202f]+|sa[\s\u00a0\u202f]+)?|d['’]|des[\s\u00a0\u202f]+|du[\s\u00a0\u202f]+|of[\s\u00a0\u202f]+(?:the[\s\u00a0\u202f]+|its[\s\u00a0\u202f]+|their[\s\u00a0\u202f]+|his[\s\u00a0\u202f]+|her[\s\u00a0\u202f]+|all[\s\u00a0\u202f]+)?)/u;

/**
 * What a percentage is a share of, when the text says so right after it ("8,2 % des ventes", "90% of the
 * population", "38 % de ses volumes", "nearly 40% of the appellation's volumes"), or null. Like a noun read from
 * the text, it ties equal and close values and never makes a conflict: one story may give a share of its sales
 * for two years or two channels.
 */
export function shareOfAfter(after: string, lang: Lang): string | null {
  const lead = SHARE_LEAD.exec(after.toLowerCase());
  if (!lead) return null;
  // "49% of Lumenfold", "49 % de Lumenfold": a share of a named actor is a stake, left to the stake rules.
  const restText = lang === 'en' ? after.slice(lead[0].length).replace(/^(?:[\p{L}-]+['’]s?[\s\u00a0\u202f]+)+/u, (possessives) => (/^\p{Lu}/u.test(possessives) ? possessives : '')) : after.slice(lead[0].length);
  const rest = restText.toLowerCase();
  if (NOT_A_WHOLE.test(rest)) return null;
  for (const whole of WHOLES) {
    const phrase = /^[\p{L}'’ -]{2,30}/u.exec(rest)?.[0] ?? '';
    for (let end = phrase.length; end > 0; end = phrase.lastIndexOf(' ', end - 1)) if (whole.words.test(phrase.slice(0, end))) return `${SHARE_OF_PREFIX}${whole.key}`;
  }
  if (!/^\p{Ll}/u.test(restText)) return null;
  const noun = openNounAt(rest, lang);
  return noun === null ? null : `${SHARE_OF_PREFIX}${noun.slice(COUNTED_NOUN_PREFIX.length + OPEN_NOUN_MARK.length)}`;
}

/** The definition of a noun read from the text: like a listed concept's, labelled with the noun ("nombre (« machine »)"). */
export function openNounDefinition(attribute: string): AttributeDefinition | null {
  if (attribute.startsWith(SHARE_OF_PREFIX)) {
    const whole = attribute.slice(SHARE_OF_PREFIX.length);
    return nounAttribute(attribute, { fr: `part (« ${whole} »)`, en: `share ("${whole}")` }, 'percent');
  }
  if (attribute.startsWith(AGE_OF_PREFIX)) {
    const person = attribute.slice(AGE_OF_PREFIX.length);
    // Each list starts with its French noun.
    const french = PERSON_NOUN_LISTS[person]?.[0] ?? person;
    return { ...nounAttribute(attribute, { fr: `âge (« ${french} »)`, en: `age ("${person}")` }, 'count'), kinds: ['age', 'count'] };
  }
  if (!isOpenNoun(attribute)) return null;
  const noun = attribute.slice(COUNTED_NOUN_PREFIX.length + OPEN_NOUN_MARK.length);
  return nounAttribute(attribute, { fr: `nombre (« ${noun} »)`, en: `number ("${noun}")` }, 'count');
}

/** "machines" and "machine", "bateaux" and "bateau", "berths": one key per noun whatever its number. */
function singular(noun: string): string {
  // "countries", "facilities": the English plural in -ies.
  if (/[^aeiou]ies$/u.test(noun) && noun.length > 4) return `${noun.slice(0, -3)}y`;
  if (/[^s]s$/u.test(noun) && noun.length > 3) return noun.slice(0, -1);
  if (/(?:eau|eu)x$/u.test(noun)) return noun.slice(0, -1);
  return noun;
}

/** An attribute that only a noun names (a counted thing or a duration's topic): it ties by value and noun, never by actors. */
export function isCountedNoun(attribute: string): boolean {
  return attribute.startsWith(COUNTED_NOUN_PREFIX) || attribute.startsWith(AGE_OF_PREFIX) || attribute.startsWith(DURATION_TOPIC_PREFIX) || attribute.startsWith(SHARE_OF_PREFIX) || TOLLS.has(attribute);
}

/**
 * A toll is about an event the entity layer seldom names ("l'effondrement d'une galerie"); the names around it are
 * the mine, the company, the country or where the group has its seat, and split one toll by actor. Like counted
 * nouns, tolls tie by value and a single other value conflicts.
 */
const TOLLS: ReadonlySet<string> = new Set(['count-deaths', 'count-injured', 'count-casualties']);
