/**
 * Corpus-wide identity, computed from per-key statistics only (never from document text), so it stays
 * cheap when one document changes. Keys are merged, in this order: the user's `same` pairs; spellings of
 * one known entity ("États-Unis" / "United States") and legal suffixes ("Meta Platforms" → "Meta");
 * acronyms and former names the texts state; then short forms ("Zuckerberg" → "Mark Zuckerberg",
 * "Scale" → "Scale AI") when exactly one full name fits. The user's `different` pairs are never joined.
 * Everything is sorted, so the result does not depend on the order documents arrived in.
 */
import type { DocId } from '../types';
import { bestType, emptyScores, type Scores } from './cues';
import { fold, foldKey, foldWords, slug } from './fold';
import { isGivenWord, isListedTown, knownEntry } from './gazetteer';
import { CAPITAL_PARTICLES, CLUB_HEADS, EVENT_HEADS_FIRST, LEGAL_FORMS, NAME_CONNECTORS, NAME_PARTICLES, NAME_TRANSLATIONS, ORG_CONTEXT, ORG_HEADS, ORG_SUFFIXES, PLACE_WORDS, STORM_HEADS, TRANSLATION_PARTICLES } from './lexicon';
import type { AliasRelation, EntityAlias, EntityOverrides, EntityType, ResolvedEntity } from './types';

export interface KeyStats {
  count: number;
  /** Strong mentions: they make a name an entity on their own (weak ones need one elsewhere). */
  support: number;
  /** Type evidence, in quarter points (integers, so removing a document restores the sum exactly). */
  readonly scores: Scores;
  readonly forms: Map<string, number>;
  readonly docs: Map<DocId, number>;
}

export interface LinkStats {
  readonly alias: string;
  readonly name: string;
  readonly relation: 'acronym' | 'former-name';
  count: number;
}

export interface Cluster {
  readonly entity: ResolvedEntity;
  readonly keys: readonly string[];
}

export interface Clustering {
  readonly byKey: ReadonlyMap<string, Cluster>;
  /** Short forms that fit several full names ("Daniel": Daniel Gross, Daniel Levy). */
  readonly ambiguous: ReadonlyMap<string, readonly Cluster[]>;
  readonly byId: ReadonlyMap<string, Cluster>;
  readonly clusters: readonly Cluster[];
}

// Club initials are a legal suffix too: "Hollins Bridge FC" is "Hollins Bridge".
const LEGAL = new Set([...LEGAL_FORMS, 'platforms', 'holdings', 'holding', 'group', 'groupe', 'company', 'fc', 'afc', 'cf']);
/** Words that end a club's name and stand for it alone: "Rovers" for "Ashcombe Rovers", "United" for "Leeds United". */
const CLUB_TAILS = new Set(['rovers', 'wanderers', 'athletic', 'united', 'albion', 'hotspur', 'rangers', 'villa']);
const PREFIX: Record<EntityType, string> = { person: 'person', organization: 'org', place: 'place', product: 'product', event: 'event', other: 'other' };

interface Info {
  readonly key: string;
  readonly stats: KeyStats;
  readonly display: string;
  readonly words: readonly string[];
  relation: AliasRelation | null;
}

export function consolidate(stats: ReadonlyMap<string, KeyStats>, linkStats: Iterable<LinkStats>, overrides: EntityOverrides): Clustering {
  const excluded = new Set(overrides.notEntities.map(foldKey));
  const keys = [...stats.keys()].filter((key) => !excluded.has(key) && stats.get(key)!.count > 0).sort();
  const info = new Map<string, Info>();
  for (const key of keys) {
    const s = stats.get(key)!;
    const display = withTownArticle(key, knownInCapitalsOnly(key, s.forms, withAbbreviationStop(mostFrequent(s.forms), s.forms)));
    info.set(key, { key, stats: s, display, words: foldWords(display), relation: null });
  }
  const uf = new UnionFind(keys);
  for (const [a, b] of overrides.different) uf.forbid(foldKey(a), foldKey(b));
  const userTouched = new Set<string>();
  for (const [a, b] of overrides.same) {
    const ka = foldKey(a);
    const kb = foldKey(b);
    if (info.has(ka) && info.has(kb) && uf.union(ka, kb)) {
      userTouched.add(ka).add(kb);
      setRelation(info, kb, 'user');
    }
  }
  // Spellings of one known entity, and legal suffixes.
  const firstOfGroup = new Map<string, string>();
  const firstOfBase = new Map<string, string>();
  for (const key of keys) {
    const group = knownEntry(key)?.group;
    if (group !== undefined) {
      const first = firstOfGroup.get(group);
      if (first === undefined) firstOfGroup.set(group, key);
      else if (uf.union(first, key)) setRelation(info, key, isAcronym(info.get(key)!) ? 'acronym' : 'translation');
    }
    const words = info.get(key)!.words;
    let n = words.length;
    while (n > 1 && LEGAL.has(words[n - 1]!)) n--;
    const base = words.slice(0, n).join('');
    if (base !== key && info.has(base)) {
      if (uf.union(base, key)) setRelation(info, key, 'legal-name');
    } else if (base !== key) {
      const first = firstOfBase.get(base);
      if (first === undefined) firstOfBase.set(base, key);
      else uf.union(first, key);
    }
  }
  // Acronyms and former names stated by the texts; an acronym defined two ways joins nothing.
  const links = [...linkStats].filter((l) => l.count > 0 && info.has(l.alias) && info.has(l.name)).sort((a, b) => cmp(a.alias + a.name, b.alias + b.name));
  const acronymTargets = new Map<string, Set<string>>();
  for (const link of links) if (link.relation === 'acronym') (acronymTargets.get(link.alias) ?? acronymTargets.set(link.alias, new Set()).get(link.alias)!).add(uf.find(link.name));
  for (const link of links) {
    if (link.relation === 'acronym' && acronymTargets.get(link.alias)!.size > 1) continue;
    uf.union(link.name, link.alias);
    if (uf.find(link.name) === uf.find(link.alias)) setRelation(info, link.alias, link.relation);
  }
  const scoresOf = (root: string): Scores => sumScores(uf.members(root).map((k) => info.get(k)!.stats.scores));
  // "hôpital régional de Saint-Anselme" in one source, "Saint-Anselme Regional Hospital" in another: the same words once
  // the institutional ones are translated, and at least one proper name between them, are one body in two languages.
  const byTranslation = new Map<string, string>();
  for (const key of keys) {
    const bag = translatedBag(info.get(key)!.words);
    if (bag === null || bestType(info.get(key)!.stats.scores) === 'person') continue;
    const first = byTranslation.get(bag);
    if (first === undefined) byTranslation.set(bag, key);
    else if (uf.find(first) !== uf.find(key) && uf.union(first, key)) setRelation(info, key, 'translation');
  }
  // Acronyms a text uses without defining them: "AMF" where the corpus names the "Autorité des marchés financiers", "ARS"
  // where it names the "Agence régionale de santé Occitanie" (a place may end the long name). Only when one name fits.
  const byInitials = new Map<string, Set<string>>();
  for (const key of keys) {
    const me = info.get(key)!;
    if (me.words.length < 2 || isAcronym(me)) continue;
    const type = bestType(scoresOf(uf.find(key)));
    if (type === 'person' || type === 'place') continue;
    for (const letters of initialsOf(me.display)) addTo(byInitials, letters, uf.find(key));
  }
  for (const key of keys) {
    const me = info.get(key)!;
    if (!isAcronym(me) || me.words.length !== 1 || key.length < 2 || uf.members(uf.find(key)).length > 1 || userTouched.has(key)) continue;
    const roots = byInitials.get(key);
    if (roots?.size === 1 && uf.union([...roots][0]!, key)) setRelation(info, key, 'acronym');
  }
  // "Elias Boit" next to "Elias Kiprono Boit": a given name and a surname are the one person named with them and a middle
  // name in between, when only one such person is named (else "Boit" alone was ambiguous between the two).
  const byEnds = new Map<string, Set<string>>();
  for (const key of keys) {
    const words = info.get(key)!.words;
    if (words.length >= 3 && isGivenWord(words[0]!) && bestType(scoresOf(uf.find(key))) === 'person') addTo(byEnds, `${words[0]} ${words[words.length - 1]}`, uf.find(key));
  }
  for (const key of keys) {
    const words = info.get(key)!.words;
    if (words.length !== 2 || !isGivenWord(words[0]!) || bestType(scoresOf(uf.find(key))) !== 'person') continue;
    const roots = byEnds.get(words.join(' '));
    if (roots?.size === 1 && uf.union([...roots][0]!, key)) setRelation(info, key, 'short-form');
  }
  // Short forms, decided against the state before any of them joins, so their order does not matter.
  const countOf = (root: string): number => uf.members(root).reduce((sum, k) => sum + info.get(k)!.stats.count, 0);
  const firm = (root: string): EntityType => {
    const scores = scoresOf(root);
    const type = bestType(scores);
    return scores[type] >= 8 ? type : 'other';
  };
  const suffixes = new Map<string, Set<string>>();
  const prefixes = new Map<string, Set<string>>();
  for (const key of keys) {
    const words = info.get(key)!.words;
    if (words.length < 2) continue;
    const root = uf.find(key);
    const type = bestType(scoresOf(root));
    if (type === 'person') {
      for (let s = 1; s < words.length; s++) addTo(suffixes, words.slice(s).join(' '), root);
      addTo(suffixes, `^${words[0]}`, root);
    } else if (type !== 'place') {
      // "Voltra Mobility Pty Ltd" is called "Voltra": legal forms do not count among the words a short name leaves out.
      let core = words.length;
      while (core > 1 && LEGAL_FORMS.has(words[core - 1]!)) core--;
      for (let p = Math.max(1, Math.min(words.length, core) - 2); p < words.length; p++) {
        if (words.slice(p).some((w) => /^\d/u.test(w))) continue;
        // "Bétons" cut from "Bétons du Léman SA": a name stopping before its connector is a mention cut short.
        if (p < core && p < words.length - 2 && NAME_CONNECTORS.has(words[p]!)) continue;
        // "Banque" is no short name of "Banque de France", nor "Tour" of "Tour du Limousin": a head word alone names nothing.
        if (p === 1 && (ORG_HEADS.has(words[0]!) || EVENT_HEADS_FIRST.has(words[0]!) || PLACE_WORDS.has(words[0]!) || words[0] === 'tour')) continue;
        addTo(prefixes, words.slice(0, p).join(' '), root);
      }
      // "Dortmund" for "Borussia Dortmund", "Rovers" for "Ashcombe Rovers": a club is also called by its other word;
      // "Vaubrun" for "Fromagerie Vaubrun": a company named by its kind and a name is called by the name.
      if (words.length === 2 && (kindFirst(words) || CLUB_TAILS.has(words[1]!))) addTo(prefixes, words[1]!, root);
      // "Cyrnos" for "Compagnie maritime Cyrnos SAS": after the kind and its lower-case adjectives, the name.
      const named = nameAfterKind(info.get(key)!);
      if (named !== null) addTo(prefixes, named, root);
    }
  }
  // "Hurricane Delphine" then "Delphine weakened…": a storm is called by its given name alone.
  const storms = new Map<string, Set<string>>();
  for (const key of keys) {
    const words = info.get(key)!.words;
    if (isStormName(words)) addTo(storms, words[words.length - 1]!, uf.find(key));
  }
  const ambiguousRoots = new Map<string, string[]>();
  const joins: [string, string][] = [];
  const placeSurnames = new Set<string>();
  for (const key of keys) {
    const root = uf.find(key);
    const me = info.get(key)!;
    // "Houston, a former judge, said…" next to "Dana Houston": a town only the list knows, which a person cue types too.
    // Not a country: "France" next to "France Assureurs" stays France, whatever given name it also is.
    const known = knownEntry(key);
    const townName = known?.type === 'place' && !known.group.startsWith('country:') && me.words.length === 1 && knownOnlyPlace(me.stats) && me.stats.scores.person > 0;
    // A name already joined only by what the text links to it ("Karrinup, formerly Pilbara Lithium Holdings") may still
    // be the short form of a longer name.
    const joined = uf.members(root).filter((k) => k !== key && info.get(k)!.relation !== 'former-name' && info.get(k)!.relation !== 'acronym');
    if (joined.length > 0 || (knownEntry(key) && !townName) || userTouched.has(key)) continue;
    const storm = me.words.length === 1 ? storms.get(me.words[0]!) : undefined;
    if (storm?.size === 1) {
      joins.push([[...storm][0]!, key]);
      continue;
    }
    const type = townName ? 'other' : firm(root);
    const text = me.words.join(' ');
    let found: Set<string> | undefined;
    // "Zuckerberg", and surnames with their particles: "Le Pen", "von der Leyen".
    const surname = me.words.length === 1 || (me.words.length <= 4 && (NAME_PARTICLES.has(me.words[0]!) || CAPITAL_PARTICLES.has(me.words[0]!)));
    if (surname && (type === 'person' || type === 'other')) {
      const bySurname = suffixes.get(text);
      found = bySurname && bySurname.size > 0 ? bySurname : suffixes.get(`^${text}`);
    }
    // "Councillors in Ashcombe" next to "the Ashcombe Gazette": a name with place evidence of its own is no short form of a company.
    if (!found && type !== 'person' && type !== 'place' && bestType(me.stats.scores) !== 'place') found = prefixes.get(text);
    // "Jua Nuru" next to "Jua Nuru Energy Ltd": two capitalised words with no given name are a person by their shape
    // alone; the one company whose legal name they open is what they name.
    const shapedPerson = type === 'person' && me.words.length > 1 && !me.words.some(isGivenWord);
    if (!found && shapedPerson) {
      const companies = [...(prefixes.get(text) ?? [])].filter((r) => r !== root && legallyNamed(r));
      if (companies.length === 1) found = new Set(companies);
    }
    let roots = [...(found ?? [])].filter((r) => r !== root).sort();
    // "Voltra" opens "Voltra Mobility Pty Ltd" and its products' names ("Voltra Cargo", "Voltra Connect"): of several
    // longer names, the one company named with its legal form is the one a bare company name is short for.
    if (roots.length > 1 && type !== 'person' && type !== 'place') {
      const legal = roots.filter(legallyNamed);
      if (legal.length === 1) roots = legal;
    }
    if (townName && (roots.length !== 1 || bestType(scoresOf(roots[0]!)) !== 'person')) continue;
    if (roots.length === 1) {
      const target = roots[0]!;
      // "Brightwater said…" next to "Brightwater Analytics": a name with no firm type of its own, or a company's, the
      // company's name without its suffix word, is its short name, however often the short name is used.
      // "Vale said…" next to "Idris Vale", whom only a list of founders types: a surname is the person's, however weakly.
      // Not one typed by its shape alone (two capitalised words, 0.75 a mention): "Aster" is no short form of "Vireo Aster".
      const personal = surname && (type === 'person' || type === 'other') && bestType(scoresOf(target)) === 'person' && scoresOf(target).person > 3 * countOf(target);
      // "Jua Nuru Energy Ltd", named once: a legal form makes it a company however few its mentions.
      const company = firm(target) === 'organization' || (bestType(scoresOf(target)) === 'organization' && legallyNamed(target));
      // "made by Zipto", "Zipto said" next to "the Zipto Flex": a name a body's cue types, before a longer name nothing
      // types as a body, is the maker of what that longer name names, not its short form.
      const maker = me.words.length === 1 && me.stats.scores.organization > 0 && !isGivenWord(key) && scoresOf(target).organization === 0 && !suffixed(target) && !legallyNamed(target) &&
        uf.members(target).some((k) => info.get(k)!.words.length > 1 && info.get(k)!.words[0] === me.words[0]);
      if (maker) continue;
      if (firm(target) === 'person' || personal || countOf(root) <= countOf(target) || ((type === 'other' || type === 'organization' || shapedPerson) && company && suffixed(target))) {
        joins.push([target, key]);
        if (townName) placeSurnames.add(key);
      }
    } else if (roots.length > 1 && surname && roots.every((r) => firm(r) === 'person')) ambiguousRoots.set(key, roots);
  }
  for (const [target, key] of joins) if (uf.union(target, key)) setRelation(info, key, 'short-form');
  function legallyNamed(root: string): boolean {
    return uf.members(root).some((k) => {
      const words = info.get(k)!.words;
      return words.length > 1 && LEGAL_FORMS.has(words[words.length - 1]!);
    });
  }
  function suffixed(root: string): boolean {
    return uf.members(root).some((k) => {
      const words = info.get(k)!.words;
      return words.length > 1 && (ORG_SUFFIXES.has(words[words.length - 1]!) || kindFirst(words));
    });
  }
  return build(keys, info, uf, ambiguousRoots, overrides, placeSurnames);
}

/** A name whose place evidence is the list's alone ("known", 4 points a mention, half for weak ones): no cue of the text says place. */
function knownOnlyPlace(stats: KeyStats): boolean {
  return stats.scores.place <= 16 * stats.support + 8 * (stats.count - stats.support);
}

/** Initials of a long name's words, connectors skipped; also without the place names that end it. */
function initialsOf(display: string): string[] {
  // "de l’eau" → "de", "l", "eau": an elided article is a connector of its own.
  const words = fold(display).split(/[\s'’-]+/u).map((w) => w.replace(/[^a-z0-9]/gu, '')).filter((w) => w.length > 0);
  const content = words.filter((w, k) => k === 0 || !NAME_CONNECTORS.has(w));
  if (content.length < 2) return [];
  const out = [content.map((w) => w.charAt(0)).join('')];
  let n = content.length;
  while (n > 2 && knownEntry(content[n - 1]!)?.type === 'place') n--;
  if (n < content.length) out.push(content.slice(0, n).map((w) => w.charAt(0)).join(''));
  return out;
}

/** "Borussia Dortmund", "Fromagerie Vaubrun", "Clinique Belvaux": a club head or a kind of company, then the name. */
function kindFirst(words: readonly string[]): boolean {
  return CLUB_HEADS.has(words[0]!) || ORG_CONTEXT.has(words[0]!) || ORG_HEADS.has(words[0]!);
}

/**
 * "Compagnie maritime Cyrnos SAS" → "cyrnos": a kind, one or two lower-case adjectives (no connector: "Banque de France"
 * is no "France"), then one or two capitalised words and maybe a legal form; null otherwise.
 */
function nameAfterKind(me: Info): string | null {
  const written = me.display.split(/\s+/u);
  if (written.length !== me.words.length || written.length < 3 || !kindFirst(me.words)) return null;
  let k = 1;
  while (k < 3 && k < written.length - 1 && /^\p{Ll}/u.test(written[k]!) && !NAME_CONNECTORS.has(me.words[k]!)) k++;
  if (k === 1 || !/^\p{Lu}/u.test(written[k]!)) return null;
  let end = written.length;
  while (end > k && LEGAL_FORMS.has(me.words[end - 1]!)) end--;
  return end - k >= 1 && end - k <= 2 ? me.words.slice(k, end).join(' ') : null;
}

/** A company's evidence, in quarter points, before a two-word name it opens is taken for its product (two body cues). */
const MAKER_POINTS = 12;
/** The name list's person points for one bare given name, in quarter points (cues.ts gives 1.5). */
const GIVEN_NAME_PRIOR = 6;
/** A body's cue that names a lone given name's cluster an organisation: "le groupe X" (3 points), in quarter points. */
const ORG_CUE_OVER_GIVEN_NAME = 12;

function build(keys: readonly string[], info: Map<string, Info>, uf: UnionFind, ambiguousRoots: Map<string, string[]>, overrides: EntityOverrides, placeSurnames: ReadonlySet<string>): Clustering {
  const forced = new Map<string, EntityType>();
  for (const [name, type] of Object.entries(overrides.types)) forced.set(foldKey(name), type);
  const pending: { root: string; members: readonly string[]; name: string; type: EntityType; canonical: string }[] = [];
  for (const key of keys) {
    if (uf.find(key) !== key) continue;
    const members = uf.members(key);
    const supported = members.some((k) => info.get(k)!.stats.support > 0 || forced.has(k));
    if (!supported) continue;
    // A town's name joined as a person's surname brings the list's place points, not the text's: they do not count.
    const scores = sumScores(members.map((k) => (placeSurnames.has(k) ? { ...info.get(k)!.stats.scores, place: 0 } : info.get(k)!.stats.scores)));
    let type = bestType(scores);
    // "Le groupe Maëlle … Pour Maëlle, qui a réalisé…": a lone given name is a person by the name list's prior alone, which
    // every bare mention repeats; a body's cue, said once, outweighs that repetition.
    if (type === 'person' && scores.organization >= ORG_CUE_OVER_GIVEN_NAME && members.every((k) => info.get(k)!.words.length === 1 && isGivenWord(k))) {
      const count = members.reduce((n, k) => n + info.get(k)!.stats.count, 0);
      if (scores.organization > scores.person - GIVEN_NAME_PRIOR * count) type = 'organization';
    }
    // "Quillon Ledger", "Goss Urbanite" next to "Quillon", "Goss" that the corpus types as companies: a company's name
    // and a word nothing types as a body is what the company makes, however much the pair looks like a person.
    if ((type === 'other' || type === 'person') && scores.organization === 0 && members.every((k) => info.get(k)!.words.length === 2) && madeBy(members.map((k) => info.get(k)!.words[0]!))) type = 'product';
    // "Hollins Bridge" next to "Hollins Bridge FC": a legal suffix says organisation, whatever the bare name suggests.
    if (type !== 'organization' && members.some((k) => info.get(k)!.relation === 'legal-name')) type = 'organization';
    // "Brighouse", "Loudéac", "Röszke": a name nothing in the corpus types, which GeoNames lists as a town. Last, so any cue
    // of the text, and every short-form join ("Dortmund" for "Borussia Dortmund"), comes first.
    if (type === 'other' && members.some((k) => isListedTown(k))) type = 'place';
    // A storm called by its given name more often than by its full name is the storm still.
    if (members.some((k) => isStormName(info.get(k)!.words))) type = 'event';
    for (const k of members) type = forced.get(k) ?? type;
    const canonical = chooseCanonical(members.map((k) => info.get(k)!), type);
    pending.push({ root: key, members, name: standaloneName(info.get(canonical)!.display, type), type, canonical });
  }
  pending.sort((a, b) => cmp(a.canonical, b.canonical));
  function madeBy(firstWords: readonly string[]): boolean {
    const maker = firstWords[0]!;
    if (firstWords.some((word) => word !== maker) || isGivenWord(maker) || !info.has(maker)) return false;
    const makerScores = sumScores(uf.members(uf.find(maker)).map((k) => info.get(k)!.stats.scores));
    return bestType(makerScores) === 'organization' && makerScores.organization >= MAKER_POINTS;
  }
  const used = new Map<string, number>();
  const byRoot = new Map<string, Cluster>();
  for (const p of pending) {
    const base = `${PREFIX[p.type]}:${slug(p.name)}`;
    const seen = used.get(base) ?? 0;
    used.set(base, seen + 1);
    const id = seen === 0 ? base : `${base}-${seen + 1}`;
    const docs = new Set<DocId>();
    let count = 0;
    for (const k of p.members) {
      const s = info.get(k)!.stats;
      count += s.count;
      for (const doc of s.docs.keys()) docs.add(doc);
    }
    const entity: ResolvedEntity = { id, name: p.name, type: p.type, aliases: aliasesOf(p.members, p.canonical, info), mentionCount: count, documentCount: docs.size };
    byRoot.set(p.root, { entity, keys: p.members });
  }
  const byKey = new Map<string, Cluster>();
  for (const key of keys) {
    const cluster = byRoot.get(uf.find(key));
    if (cluster && !ambiguousRoots.has(key)) byKey.set(key, cluster);
  }
  const ambiguous = new Map<string, Cluster[]>();
  for (const [key, roots] of ambiguousRoots) {
    const clusters = roots.map((r) => byRoot.get(r)).filter((c): c is Cluster => c !== undefined);
    if (clusters.length > 0) ambiguous.set(key, clusters);
  }
  const clusters = [...byRoot.values()].sort((a, b) => cmp(a.entity.id, b.entity.id));
  return { byKey, ambiguous, byId: new Map(clusters.map((c) => [c.entity.id, c])), clusters };
}

function chooseCanonical(members: readonly Info[], type: EntityType): string {
  const core = members.filter((m) => m.relation === null || m.relation === 'translation' || m.relation === 'legal-name' || m.relation === 'user');
  const pool = core.length > 0 ? core : members;
  const known = members.some((m) => knownEntry(m.key) !== undefined);
  const sorted = [...pool].sort((a, b) => {
    if (type === 'person' && a.words.length !== b.words.length) return b.words.length - a.words.length;
    const acronym = Number(isAcronym(a)) - Number(isAcronym(b));
    if (acronym !== 0) return acronym;
    // "Norvane SAS" over "Norvane", however often the short name is used: an unknown company is named by its full name.
    if (!known) {
      const legal = Number(b.relation === 'legal-name') - Number(a.relation === 'legal-name');
      if (legal !== 0) return legal;
      // "Atlas Holding SA" over "Atlas Holding": a name ending in a legal form proper ("Holding" and "Group" are no such form).
      if (type !== 'person') {
        const form = Number(LEGAL_FORMS.has(b.words[b.words.length - 1]!)) - Number(LEGAL_FORMS.has(a.words[a.words.length - 1]!));
        if (form !== 0) return form;
      }
    }
    if (a.stats.count !== b.stats.count) return b.stats.count - a.stats.count;
    const preferred = Number(knownEntry(b.key)?.preferred === b.key) - Number(knownEntry(a.key)?.preferred === a.key);
    if (preferred !== 0) return preferred;
    if (a.words.length !== b.words.length) return a.words.length - b.words.length;
    return cmp(a.key, b.key);
  });
  return sorted[0]!.key;
}

function aliasesOf(members: readonly string[], canonical: string, info: Map<string, Info>): EntityAlias[] {
  const aliases: EntityAlias[] = [];
  const seen = new Set<string>([info.get(canonical)!.display]);
  for (const key of members) {
    const me = info.get(key)!;
    const forms = [...me.stats.forms.keys()].sort();
    for (const form of forms) {
      if (seen.has(form)) continue;
      seen.add(form);
      const relation: AliasRelation = key === canonical || me.relation === null ? 'variant' : me.relation;
      aliases.push({ name: form, relation });
    }
  }
  return aliases.sort((a, b) => cmp(a.relation, b.relation) || cmp(a.name, b.name));
}

function isAcronym(me: Info): boolean {
  return me.display.length <= 6 && me.display === me.display.toUpperCase() && me.display !== me.display.toLowerCase();
}

function setRelation(info: Map<string, Info>, key: string, relation: AliasRelation): void {
  const me = info.get(key);
  if (me && me.relation === null) me.relation = relation;
}

/** The English side of NAME_TRANSLATIONS: "Valcourt University" is translated already. */
const ENGLISH_NAME_WORDS: ReadonlySet<string> = new Set(Object.values(NAME_TRANSLATIONS));

/** A name's words with its institutional words in English and its places by their gazetteer group, sorted; null unless it mixes both kinds. */
function translatedBag(words: readonly string[]): string | null {
  if (words.length < 2) return null;
  let translated = 0;
  let proper = 0;
  const out: string[] = [];
  for (const word of words) {
    if (TRANSLATION_PARTICLES.has(word)) continue;
    const english = NAME_TRANSLATIONS[word] ?? (ENGLISH_NAME_WORDS.has(word) ? word : undefined);
    if (english !== undefined) {
      translated++;
      out.push(english);
    } else {
      proper++;
      out.push(knownEntry(word)?.group ?? word);
    }
  }
  return translated === 0 || proper === 0 ? null : out.sort().join(' ');
}

/**
 * "LE MAROC ET LA ROUMANIE" in a headline, and no other spelling in the corpus: a name the gazetteer knows is shown as
 * names are written ("Maroc"), not shouted; a short form in capitals stays as it is ("USA", "RDC").
 */
/** "du Havre", "au Havre" (runs.ts keyOf): a town whose article went into a contraction is shown with it, "Le Havre". */
function withTownArticle(key: string, display: string): string {
  // Consolidation runs over every key on each update: fold the display only for keys that may hold an article.
  if (!key.startsWith('le')) return display;
  const bare = foldKey(display);
  if (bare === key) return display;
  if (key === `le${bare}`) return `Le ${display}`;
  if (key === `les${bare}`) return `Les ${display}`;
  return display;
}

/**
 * "Zipto Inc." ends a sentence as often as not, and the sentence's full stop is then no part of the mention: a name
 * ending in an abbreviated legal form is shown with its stop when the text writes it so anywhere.
 */
function withAbbreviationStop(display: string, forms: ReadonlyMap<string, number>): string {
  const last = display.slice(display.lastIndexOf(' ') + 1).toLowerCase();
  return ABBREVIATED_FORMS.has(last) && forms.has(`${display}.`) ? `${display}.` : display;
}
const ABBREVIATED_FORMS: ReadonlySet<string> = new Set(['inc', 'corp', 'ltd', 'co', 'bhd', 'llc', 'pty']);

function knownInCapitalsOnly(key: string, forms: ReadonlyMap<string, number>, display: string): string {
  // Only places: a known organisation in capitals ("NASA", "UNESCO") is written so.
  if ([...forms.keys()].some((form) => form !== form.toUpperCase()) || display === display.toLowerCase() || knownEntry(key)?.type !== 'place') return display;
  const words = display.split(/([\s'’-]+)/u);
  if (!words.some((word) => word.length >= SHOUTED_NAME_MIN)) return display;
  return words.map((word, index) => (index > 0 && NAME_LINKS.has(word.toLowerCase()) ? word.toLowerCase() : word.charAt(0) + word.slice(1).toLowerCase())).join('');
}
/** Words of fewer letters in capitals may be acronyms ("USA", "RDC"). */
const SHOUTED_NAME_MIN = 4;
const NAME_LINKS: ReadonlySet<string> = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'd', 'l', 'et', 'of', 'the', 'and', 'sur', 'en']);

function mostFrequent(forms: ReadonlyMap<string, number>): string {
  let best = '';
  let bestCount = -1;
  // Ties: the more compact spelling ("OpenAI" before "Open AI"), then the first in code-point order.
  const spaces = (form: string): number => form.split(' ').length;
  // A dateline shouts its town ("LYON, 3 mars (AFP) –"): a form in capitals counts half against one with lower case,
  // so "Lyon" names the town while "NASA", written so three times to one "Nasa", stays an acronym.
  const hasLower = [...forms.keys()].some((form) => form !== form.toUpperCase());
  for (const [form, written] of forms) {
    const count = hasLower && form === form.toUpperCase() ? written / 2 : written;
    const better = count > bestCount || (count === bestCount && (spaces(form) < spaces(best) || (spaces(form) === spaces(best) && cmp(form, best) < 0)));
    if (better) [best, bestCount] = [form, count];
  }
  return best;
}

function sumScores(all: readonly Scores[]): Scores {
  const total = emptyScores();
  for (const scores of all) for (const type of Object.keys(total) as EntityType[]) total[type] += scores[type];
  return total;
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Union-find over keys; the smallest key is the root; forbidden pairs are never joined. */
class UnionFind {
  private readonly parent = new Map<string, string>();
  private readonly memberLists = new Map<string, string[]>();
  private readonly forbidden = new Map<string, Set<string>>();

  constructor(keys: readonly string[]) {
    for (const key of keys) {
      this.parent.set(key, key);
      this.memberLists.set(key, [key]);
    }
  }

  find(key: string): string {
    let root = key;
    while (this.parent.get(root) !== root && this.parent.has(root)) root = this.parent.get(root)!;
    return root;
  }

  members(root: string): readonly string[] {
    return this.memberLists.get(root) ?? [root];
  }

  forbid(a: string, b: string): void {
    if (a === b) return;
    addTo(this.forbidden, a, b);
    addTo(this.forbidden, b, a);
  }

  union(a: string, b: string): boolean {
    if (!this.parent.has(a) || !this.parent.has(b)) return false;
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return false;
    const membersA = this.members(ra);
    const membersB = new Set(this.members(rb));
    for (const m of membersA) for (const f of this.forbidden.get(m) ?? []) if (membersB.has(f)) return false;
    const [root, child] = ra < rb ? [ra, rb] : [rb, ra];
    this.parent.set(child, root);
    this.memberLists.set(root, [...this.members(root), ...this.members(child)].sort());
    this.memberLists.delete(child);
    return true;
  }
}

/**
 * "le ministère de l'Économie", "la préfecture du Finistère": French writes a body's head in lower case inside a
 * sentence, but the body's name standing alone (a hover's title, the entity table) starts with a capital, as its
 * official name does. Only organisations of more than one word whose first word is all lower case: "franceinfo",
 * "eBay" and "bioMérieux" keep their spelling, and so do places ("rue de Rivoli", "lac d'Annecy").
 */
function standaloneName(display: string, type: EntityType): string {
  if (type !== 'organization') return display;
  const first = /^(\p{Ll}+)[\s\u00a0]/u.exec(display);
  if (first === null || LOWER_CASE_STANDALONE.has(first[1] ?? '')) return display;
  return display.charAt(0).toLocaleUpperCase('fr') + display.slice(1);
}

/**
 * Courts and ministries keep their lower-case head standing alone too ("tribunal judiciaire de Paris", "ministère de
 * la Santé"), as French typography writes them; measured on the read batches, capitalising them lost more canonical
 * names than it gained (tribunal 8 against 19, ministère 16 against 20), while museums, councils, universities and
 * prefectures gained (14/2, 14/4, 11/2, 8/2).
 */
const LOWER_CASE_STANDALONE: ReadonlySet<string> = new Set(['tribunal', 'tribunaux', 'cour', 'ministère']);

/** "Hurricane Delphine", "Storm Bert", "Tropical Storm Nadine": a storm's word, then its given name. */
function isStormName(words: readonly string[]): boolean {
  const head = words[0] === 'tropical' || words[0] === 'post-tropical' ? 1 : 0;
  return words.length === head + 2 && (STORM_HEADS.has(words[head]!) || words[head] === 'cyclone');
}
