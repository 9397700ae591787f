import type { DocId, Figure, FigureKind, Span } from '../types';

export interface IndexedCandidate {
  readonly doc: DocId;
  readonly figureIndex: number;
  readonly figure: Figure;
  readonly attribute: string;
  readonly names: readonly string[];
  readonly sentence: Span;
}

export interface Claim {
  readonly id: string;
  readonly kind: FigureKind;
  readonly unit: string | null;
  readonly attribute: string;
  /** Folded names, most frequent first. */
  readonly names: readonly string[];
  readonly members: readonly IndexedCandidate[];
}

/**
 * Cross-document index of claim candidates. Candidates are bucketed by
 * (kind, unit, attribute); inside a bucket, candidates whose sentences share
 * a name are the same claim. A document change only dirties the buckets it
 * had or has candidates in, and only those are clustered again.
 */
export class ClaimIndex {
  private readonly byDoc = new Map<DocId, readonly IndexedCandidate[]>();
  private readonly buckets = new Map<string, Map<DocId, readonly IndexedCandidate[]>>();
  private readonly clusters = new Map<string, readonly Claim[]>();
  private readonly claimByFigure = new Map<string, Claim>();

  /** Replaces a document's candidates; returns every document whose claims may have changed. */
  update(doc: DocId, candidates: readonly IndexedCandidate[]): Set<DocId> {
    const touched = this.detach(doc);
    const grouped = new Map<string, IndexedCandidate[]>();
    for (const candidate of candidates) {
      const key = bucketKey(candidate);
      let list = grouped.get(key);
      if (!list) grouped.set(key, (list = []));
      list.push(candidate);
    }
    for (const [key, list] of grouped) {
      let bucket = this.buckets.get(key);
      if (!bucket) this.buckets.set(key, (bucket = new Map()));
      bucket.set(doc, list);
      touched.add(key);
    }
    if (candidates.length > 0) this.byDoc.set(doc, candidates);
    return this.recluster(touched, doc);
  }

  remove(doc: DocId): Set<DocId> {
    return this.recluster(this.detach(doc), doc);
  }

  claimOf(doc: DocId, figureIndex: number): Claim | undefined {
    return this.claimByFigure.get(figureKey(doc, figureIndex));
  }

  /** Every claim, in a deterministic order. */
  all(): Claim[] {
    const claims: Claim[] = [];
    for (const key of [...this.clusters.keys()].sort()) claims.push(...(this.clusters.get(key) ?? []));
    return claims;
  }

  private detach(doc: DocId): Set<string> {
    const touched = new Set<string>();
    for (const candidate of this.byDoc.get(doc) ?? []) {
      const key = bucketKey(candidate);
      touched.add(key);
      this.buckets.get(key)?.delete(doc);
    }
    this.byDoc.delete(doc);
    return touched;
  }

  private recluster(bucketKeys: Set<string>, changedDoc: DocId): Set<DocId> {
    const affected = new Set<DocId>([changedDoc]);
    for (const key of bucketKeys) {
      for (const claim of this.clusters.get(key) ?? []) {
        for (const member of claim.members) {
          affected.add(member.doc);
          this.claimByFigure.delete(figureKey(member.doc, member.figureIndex));
        }
      }
      const bucket = this.buckets.get(key);
      if (!bucket || bucket.size === 0) {
        this.buckets.delete(key);
        this.clusters.delete(key);
        continue;
      }
      const claims = clusterBucket(bucket);
      this.clusters.set(key, claims);
      for (const claim of claims) {
        for (const member of claim.members) {
          affected.add(member.doc);
          this.claimByFigure.set(figureKey(member.doc, member.figureIndex), claim);
        }
      }
    }
    return affected;
  }
}

function bucketKey(candidate: IndexedCandidate): string {
  return `${candidate.figure.kind}|${candidate.figure.unit ?? ''}|${candidate.attribute}`;
}

function figureKey(doc: DocId, figureIndex: number): string {
  return `${figureIndex}@${doc}`;
}

/** Union-find over candidates sharing a name; deterministic because docs are visited in sorted order. */
function clusterBucket(bucket: ReadonlyMap<DocId, readonly IndexedCandidate[]>): Claim[] {
  const members: IndexedCandidate[] = [];
  for (const doc of [...bucket.keys()].sort()) members.push(...(bucket.get(doc) ?? []));
  const parent = members.map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] ?? root;
    while (parent[i] !== root) {
      const next = parent[i] ?? root;
      parent[i] = root;
      i = next;
    }
    return root;
  };
  const withName = new Map<string, number[]>();
  members.forEach((member, i) => {
    for (const name of member.names) {
      const list = withName.get(name);
      if (list) list.push(i);
      else withName.set(name, [i]);
    }
  });
  members.forEach((member, i) => {
    const compared = new Set<number>();
    for (const name of member.names) {
      for (const j of withName.get(name) ?? []) {
        if (j <= i || compared.has(j)) continue;
        compared.add(j);
        const other = members[j];
        if (other && sameActors(member.names, other.names)) parent[find(j)] = find(i);
      }
    }
  });
  const groups = new Map<number, IndexedCandidate[]>();
  members.forEach((member, i) => {
    if (member.names.length === 0) return;
    const root = find(i);
    let group = groups.get(root);
    if (!group) groups.set(root, (group = []));
    group.push(member);
  });
  const claims: Claim[] = [];
  const usedIds = new Set<string>();
  for (const group of groups.values()) {
    const first = group[0];
    if (!first) continue;
    const names = rankNames(group);
    const base = `${first.attribute}:${names.slice(0, 2).join('+') || 'unnamed'}${first.figure.unit ? `:${first.figure.unit}` : ''}`;
    let id = base;
    for (let n = 2; usedIds.has(id); n++) id = `${base}#${n}`;
    usedIds.add(id);
    claims.push({ id, kind: first.figure.kind, unit: first.figure.unit, attribute: first.attribute, names, members: group });
  }
  return claims;
}

function rankNames(group: readonly IndexedCandidate[]): string[] {
  const counts = new Map<string, number>();
  for (const member of group) for (const name of new Set(member.names)) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([name]) => name);
}

/**
 * Two sentences talk about the same actors when they share two names, or the
 * only name one of them has. One shared name is not enough: the main actor of
 * a story ("Meta") appears next to every one of its deals.
 */
function sameActors(a: readonly string[], b: readonly string[]): boolean {
  const shared = a.filter((name) => b.includes(name)).length;
  return shared >= Math.min(2, a.length, b.length) && shared > 0;
}
