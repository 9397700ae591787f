import type { DocId, Engine, ResolvedEntity } from '../engine';

/** One row of the entity table: an entity of the corpus and where it is named. */
export interface EntityRow {
  readonly id: string;
  readonly name: string;
  readonly type: ResolvedEntity['type'];
  /** Other names the sources give it, with how each relates to the canonical one. */
  readonly aliases: readonly { readonly name: string; readonly relation: string }[];
  readonly mentions: number;
  /** Mentions per source, by the source's path relative to the corpus root. */
  readonly documents: readonly { readonly document: string; readonly mentions: number }[];
}

/**
 * The corpus's entities, most named first (then by name, so the table is stable): what `recoupe entities` prints, for
 * reading the recogniser's work against the articles.
 */
export function entityRows(engine: Engine, relative: (doc: DocId) => string): EntityRow[] {
  const byId = new Map<string, { entity: ResolvedEntity; perDocument: Map<string, number> }>();
  for (const doc of engine.documentIds()) {
    for (const mention of engine.resolvedMentions(doc)) {
      const row = byId.get(mention.entity.id) ?? { entity: mention.entity, perDocument: new Map<string, number>() };
      row.perDocument.set(relative(doc), (row.perDocument.get(relative(doc)) ?? 0) + 1);
      byId.set(mention.entity.id, row);
    }
  }
  return [...byId.values()]
    .map(({ entity, perDocument }) => ({
      id: entity.id,
      name: entity.name,
      type: entity.type,
      aliases: entity.aliases.map((alias) => ({ name: alias.name, relation: alias.relation })),
      mentions: [...perDocument.values()].reduce((sum, count) => sum + count, 0),
      documents: [...perDocument.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([document, mentions]) => ({ document, mentions })),
    }))
    .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

/** The table as text: one entity per line, then its aliases and its sources indented. */
export function renderEntities(rows: readonly EntityRow[]): string {
  const lines: string[] = [];
  for (const row of rows) {
    lines.push(`${row.type.padEnd(12)} ${row.name}  (${row.mentions} mention${row.mentions === 1 ? '' : 's'}, ${row.documents.length} source${row.documents.length === 1 ? '' : 's'})  [${row.id}]`);
    if (row.aliases.length > 0) lines.push(`    aliases: ${row.aliases.map((alias) => (alias.relation === 'variant' ? alias.name : `${alias.name} (${alias.relation})`)).join(', ')}`);
    lines.push(`    sources: ${row.documents.map((entry) => `${entry.document} ×${entry.mentions}`).join(', ')}`);
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
