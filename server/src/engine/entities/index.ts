/**
 * Entities: people, organisations, places, products and events, French and English.
 *
 * Per document — `recogniseEntities(text, paragraphs)` → `DocumentEntities`:
 *   - `mentions`: every name as written (span in UTF-16 offsets of `text`, without elided article,
 *     honorific or possessive: "d'OpenAI" → "OpenAI"), its local type, its identity `key` (folded
 *     surface form: "Open AI" and "OpenAI" → "openai"), `boilerplate` when it sits in page furniture,
 *     `confidence` ('weak' = only a capital at the start of a sentence or heading speaks for it), and the
 *     cues it was recognised on. Sorted by offset. Deterministic, linear, never throws.
 *   - `boilerplate`: furniture and teaser blocks (whole paragraphs, merged), for folding and dimming.
 *   - `links`: aliases the text states ("Safe Superintelligence (SSI" → acronym; "Meta (anciennement
 *     Facebook)" → former name), by mention index.
 *
 * Corpus-wide — `new EntityRegistry(overrides?)`:
 *   - `update(doc, entities)`, `remove(doc)`: cheap; identity is recomputed lazily from per-name sums.
 *   - `resolve(doc, mentionIndex)` → `ResolvedEntity | null` (id, canonical name, type, aliases with
 *     their relation, counts). Null for weak mentions the corpus does not confirm, names the user
 *     excluded, and ambiguous short forms ("Daniel" when Daniel Gross and Daniel Levy both exist, unless
 *     only one of them is named in the same document); `candidates(doc, i)` lists the latter's options.
 *   - `mentionsOf(id)`, `firstMention(id)` (document id order, then offset), `entity(id)`, `all()`,
 *     `search(query)` (case- and accent-insensitive substring of names and aliases).
 *   - `setOverrides({ notEntities, same, different, types })`: the user's corrections, by surface name.
 *   - Ids are `type:slug-of-canonical-name` ("org:meta", "person:mark-zuckerberg"): the same in every
 *     document and independent of document order (everything is sorted before it is decided).
 *
 * Views (`views.ts`): `entityHoverMarkdown` and `documentOutline`.
 */
export { recogniseEntities } from './recognise';
export { EntityRegistry } from './registry';
export { documentOutline, entityHoverMarkdown, entityTypeLabel, paragraphLabel, type OutlineNode, type OutlineOptions } from './views';
export { foldKey } from './fold';
export * from './types';
