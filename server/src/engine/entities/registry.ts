/**
 * The corpus-wide entity registry. Each document contributes a summary (its mentions grouped by key,
 * per-key counts and type evidence, the aliases it states); the registry keeps the sums. Identity is
 * recomputed lazily from those sums on the next query after a change (see consolidate.ts): updating one
 * document costs its own mentions plus one pass over the distinct names, never a rescan of texts.
 */
import type { DocId } from '../types';
import { emptyScores } from './cues';
import { consolidate, type Cluster, type Clustering, type KeyStats, type LinkStats } from './consolidate';
import { searchForm } from './fold';
import { NO_OVERRIDES, type DocumentEntities, type EntityMention, type EntityOverrides, type EntityType, type MentionRef, type ResolvedEntity } from './types';

interface DocSummary {
  readonly mentions: readonly EntityMention[];
  readonly byKey: ReadonlyMap<string, readonly number[]>;
  readonly keys: ReadonlyMap<string, KeyStats>;
  readonly links: readonly { readonly alias: string; readonly name: string; readonly relation: 'acronym' | 'former-name' }[];
}

const TYPES: readonly EntityType[] = ['person', 'organization', 'place', 'product', 'event', 'other'];

export class EntityRegistry {
  private readonly docs = new Map<DocId, DocSummary>();
  private readonly keys = new Map<string, KeyStats>();
  private readonly links = new Map<string, LinkStats>();
  private clustering: Clustering | null = null;
  private readonly docClusters = new Map<DocId, Set<Cluster>>();

  constructor(private overrides: EntityOverrides = NO_OVERRIDES) {}

  /** The user's corrections (recoupe.json `entities`); identity is recomputed on the next query. */
  setOverrides(overrides: EntityOverrides): void {
    this.overrides = overrides;
    this.invalidate();
  }

  update(doc: DocId, entities: DocumentEntities): void {
    this.subtract(doc);
    const summary = summarise(entities);
    this.docs.set(doc, summary);
    for (const [key, contribution] of summary.keys) {
      let stats = this.keys.get(key);
      if (!stats) this.keys.set(key, (stats = { count: 0, support: 0, scores: emptyScores(), forms: new Map(), docs: new Map() }));
      stats.count += contribution.count;
      stats.support += contribution.support;
      for (const type of TYPES) stats.scores[type] += contribution.scores[type];
      for (const [form, n] of contribution.forms) stats.forms.set(form, (stats.forms.get(form) ?? 0) + n);
      stats.docs.set(doc, contribution.count);
    }
    for (const link of summary.links) {
      const id = `${link.alias}\u0000${link.name}\u0000${link.relation}`;
      const stats = this.links.get(id);
      if (stats) stats.count++;
      else this.links.set(id, { ...link, count: 1 });
    }
    this.invalidate();
  }

  remove(doc: DocId): void {
    if (this.subtract(doc)) this.invalidate();
  }

  /**
   * The entity a mention names, or null: not an entity, too weak, excluded by the user, ambiguous, or a single
   * capitalised word nothing types ("other"). Those are kept out of what users see (highlights, hovers, symbols,
   * tables, reports): on the held-out sets they were fragments of longer names ("Ring", "Fire") or capitalised common
   * words ("Copier", "Réagir") far more often than names, and a user can still type one with a quick fix (see
   * `resolveAny`). Untyped names of several words stay: more often a real name the lists miss ("Ring of Fire").
   */
  resolve(doc: DocId, mentionIndex: number): ResolvedEntity | null {
    const entity = this.resolveAny(doc, mentionIndex);
    return entity?.type === 'other' && !/\s/u.test(entity.name) ? null : entity;
  }

  /** Like `resolve`, untyped names included: who a claim may be about, and what "Change type…" may type. */
  resolveAny(doc: DocId, mentionIndex: number): ResolvedEntity | null {
    return this.clusterOf(doc, mentionIndex)?.entity ?? null;
  }

  /** For an ambiguous short form ("Daniel"), the entities it may name; otherwise empty. */
  candidates(doc: DocId, mentionIndex: number): ResolvedEntity[] {
    const mention = this.docs.get(doc)?.mentions[mentionIndex];
    if (!mention) return [];
    return (this.state().ambiguous.get(mention.key) ?? []).map((cluster) => cluster.entity);
  }

  entity(id: string): ResolvedEntity | null {
    return this.state().byId.get(id)?.entity ?? null;
  }

  /** Every mention of an entity in every document, by document id then offset. */
  mentionsOf(entityId: string): MentionRef[] {
    const state = this.state();
    const cluster = state.byId.get(entityId);
    if (!cluster) return [];
    const keys = [...cluster.keys];
    for (const [key, clusters] of state.ambiguous) if (clusters.includes(cluster)) keys.push(key);
    const refs: MentionRef[] = [];
    for (const key of keys) {
      for (const doc of this.keys.get(key)?.docs.keys() ?? []) {
        const summary = this.docs.get(doc)!;
        for (const mentionIndex of summary.byKey.get(key) ?? []) {
          if (this.clusterOf(doc, mentionIndex) === cluster) refs.push({ doc, mentionIndex, span: summary.mentions[mentionIndex]!.span });
        }
      }
    }
    return refs.sort((a, b) => compare(a.doc, b.doc) || a.span.start - b.span.start || a.mentionIndex - b.mentionIndex);
  }

  /** Where Go to Definition goes: the first mention in document-id order, then by offset. */
  firstMention(entityId: string): MentionRef | null {
    return this.mentionsOf(entityId)[0] ?? null;
  }

  /** Every typed entity, sorted by id (untyped names: see `resolve`). */
  all(): ResolvedEntity[] {
    return this.state().clusters.map((cluster) => cluster.entity).filter((entity) => entity.type !== 'other');
  }

  /** Case- and accent-insensitive substring search over names and aliases (workspace symbols). */
  search(query: string): ResolvedEntity[] {
    const q = searchForm(query);
    const scored: { entity: ResolvedEntity; rank: number }[] = [];
    for (const { entity } of this.state().clusters) {
      if (entity.type === 'other') continue;
      const name = searchForm(entity.name);
      let rank = name.startsWith(q) ? 0 : name.includes(q) ? 1 : -1;
      if (rank < 0 && entity.aliases.some((alias) => searchForm(alias.name).includes(q))) rank = 2;
      if (rank >= 0) scored.push({ entity, rank });
    }
    return scored
      .sort((a, b) => a.rank - b.rank || b.entity.mentionCount - a.entity.mentionCount || compare(a.entity.id, b.entity.id))
      .map((s) => s.entity);
  }

  private clusterOf(doc: DocId, mentionIndex: number): Cluster | null {
    const summary = this.docs.get(doc);
    const mention = summary?.mentions[mentionIndex];
    if (!summary || !mention) return null;
    const state = this.state();
    const ambiguous = state.ambiguous.get(mention.key);
    if (ambiguous) {
      // A short form is resolved when exactly one of its candidates is named in the same document.
      const local = this.clustersIn(doc);
      const here = ambiguous.filter((cluster) => local.has(cluster));
      return here.length === 1 ? here[0]! : null;
    }
    return state.byKey.get(mention.key) ?? null;
  }

  private clustersIn(doc: DocId): Set<Cluster> {
    let set = this.docClusters.get(doc);
    if (!set) {
      set = new Set();
      const state = this.state();
      for (const key of this.docs.get(doc)?.byKey.keys() ?? []) {
        const cluster = state.byKey.get(key);
        if (cluster) set.add(cluster);
      }
      this.docClusters.set(doc, set);
    }
    return set;
  }

  private state(): Clustering {
    this.clustering ??= consolidate(this.keys, this.links.values(), this.overrides);
    return this.clustering;
  }

  private invalidate(): void {
    this.clustering = null;
    this.docClusters.clear();
  }

  private subtract(doc: DocId): boolean {
    const old = this.docs.get(doc);
    if (!old) return false;
    for (const [key, contribution] of old.keys) {
      const stats = this.keys.get(key);
      if (!stats) continue;
      stats.count -= contribution.count;
      stats.support -= contribution.support;
      for (const type of TYPES) stats.scores[type] -= contribution.scores[type];
      for (const [form, n] of contribution.forms) {
        const left = (stats.forms.get(form) ?? 0) - n;
        if (left > 0) stats.forms.set(form, left);
        else stats.forms.delete(form);
      }
      stats.docs.delete(doc);
      if (stats.count <= 0) this.keys.delete(key);
    }
    for (const link of old.links) {
      const id = `${link.alias}\u0000${link.name}\u0000${link.relation}`;
      const stats = this.links.get(id);
      if (stats && --stats.count <= 0) this.links.delete(id);
    }
    this.docs.delete(doc);
    return true;
  }
}

function summarise(entities: DocumentEntities): DocSummary {
  const byKey = new Map<string, number[]>();
  const keys = new Map<string, KeyStats>();
  entities.mentions.forEach((mention, index) => {
    if (!mention.key) return;
    (byKey.get(mention.key) ?? byKey.set(mention.key, []).get(mention.key)!).push(index);
    let stats = keys.get(mention.key);
    if (!stats) keys.set(mention.key, (stats = { count: 0, support: 0, scores: emptyScores(), forms: new Map(), docs: new Map() }));
    stats.count++;
    if (mention.confidence === 'strong') stats.support++;
    // Quarter points, as integers: sums and differences stay exact.
    const weight = mention.confidence === 'weak' ? 0.5 : 1;
    for (const type of TYPES) stats.scores[type] += Math.round(4 * weight * (mention.scores[type] ?? 0));
    stats.forms.set(mention.text, (stats.forms.get(mention.text) ?? 0) + 1);
  });
  const links = entities.links
    .map((link) => ({ alias: entities.mentions[link.alias]?.key ?? '', name: entities.mentions[link.name]?.key ?? '', relation: link.relation }))
    .filter((link) => link.alias !== '' && link.name !== '' && link.alias !== link.name);
  return { mentions: entities.mentions, byKey, keys, links };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
