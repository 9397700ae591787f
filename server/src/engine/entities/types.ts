import type { DocId, Span } from '../types';

export type EntityType = 'person' | 'organization' | 'place' | 'product' | 'event' | 'other';

export const ENTITY_TYPES: readonly EntityType[] = ['person', 'organization', 'place', 'product', 'event', 'other'];

/** Evidence a mention was recognised or typed on, as a careful reader would use it. */
export type Cue =
  | 'known' // in the place/organisation/product/event lists
  | 'given-name' // starts with a common given name
  | 'title' // after an honorific: "M. Zuckerberg", "Dr Smith"
  | 'role' // next to a role word: "le PDG Mark Zuckerberg", "Angelo Zino, analyste"
  | 'role-of' // object of a role word: "le PDG de Meta", "cofondateur de SSI", "analyste chez Baird"
  | 'org-suffix' // "Scale AI", "Meta Platforms", "Thinking Machines Lab"
  | 'org-context' // "la société X", "the startup X", "l'université X"
  | 'affiliation' // in brackets after a person's names: "Erwan Le Bihan (Horizons)"
  | 'product-context' // "le modèle X", "the app X"
  | 'version' // "Llama 4", "GPT-4o", "iPhone 15"
  | 'event-word' // "Coupe du monde", "Web Summit", "le salon X"
  | 'place-word' // "Silicon Valley", "Menlo Park", "à X", "in X"
  | 'acronym' // an acronym defined in the text: "Safe Superintelligence (SSI"
  | 'former-name' // "Meta (anciennement Facebook)"
  | 'coordination' // typed like its neighbours in a list: "OpenAI, Anthropic et Meta"
  | 'mixed-case' // "OpenAI", "iPhone", "DeepMind": common words have no inner capitals
  | 'mid-sentence' // a capital where a sentence does not need one
  | 'document' // capitalised mid-sentence elsewhere in the same document
  | 'elision' // was written with an elided article or preposition: "d'OpenAI", "l'AFP"
  | 'possessive' // "OpenAI's"
  | 'credit' // after the slash of a photo credit: "Photo : Lionel Bonaventure / AFP"
  | 'age'; // an age in apposition: "Kaboré, 37 ans", "Mensah, 52,"

export type TypeScores = Readonly<Record<EntityType, number>>;

/** One name as written in one document. */
export interface EntityMention {
  /** UTF-16 span in the document text, without elided article, honorific or possessive. */
  readonly span: Span;
  readonly text: string;
  /** The type this document alone suggests; the registry's type, over the corpus, is the one to show. */
  readonly type: EntityType;
  /** Folded surface form ("openai" for "Open AI"): the unit of corpus-wide identity. */
  readonly key: string;
  /** Inside page furniture or an unrelated teaser: the claim layer ignores it. */
  readonly boilerplate: boolean;
  /**
   * 'weak' when only a capital at the start of a sentence or heading speaks for it ("Zuckerberg veut…"):
   * the registry keeps it only when the corpus knows the name from a stronger mention.
   */
  readonly confidence: 'strong' | 'weak';
  readonly cues: readonly Cue[];
  /** Evidence for each type, summed over the cues. */
  readonly scores: TypeScores;
}

/** "SSI" is the acronym of "Safe Superintelligence"; "Facebook" is the former name of "Meta". */
export interface MentionLink {
  /** Index of the alias mention (the acronym, the former name). */
  readonly alias: number;
  /** Index of the main name mention. */
  readonly name: number;
  readonly relation: 'acronym' | 'former-name';
}

export interface DocumentEntities {
  /** Sorted by span start. */
  readonly mentions: readonly EntityMention[];
  /** Boilerplate blocks, whole paragraphs merged when adjacent; sorted. */
  readonly boilerplate: readonly Span[];
  readonly links: readonly MentionLink[];
}

export type AliasRelation =
  | 'variant' // another spelling or casing: "Open AI" for "OpenAI"
  | 'legal-name' // with a legal or corporate suffix: "Meta Platforms" for "Meta"
  | 'short-form' // "Zuckerberg" for "Mark Zuckerberg", "Scale" for "Scale AI"
  | 'acronym' // "SSI" for "Safe Superintelligence"
  | 'former-name' // "Facebook" for "Meta"
  | 'translation' // "États-Unis" for "United States"
  | 'user'; // merged by the user's `same` correction

export interface EntityAlias {
  readonly name: string;
  readonly relation: AliasRelation;
}

export interface ResolvedEntity {
  /** Stable over the workspace: type prefix and the canonical name's slug, "org:meta", "person:mark-zuckerberg". */
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly aliases: readonly EntityAlias[];
  readonly mentionCount: number;
  readonly documentCount: number;
}

export interface MentionRef {
  readonly doc: DocId;
  readonly mentionIndex: number;
  readonly span: Span;
}

/** User corrections, by surface name (the `entities` section of recoupe.json). */
export interface EntityOverrides {
  readonly notEntities: readonly string[];
  readonly same: readonly (readonly [string, string])[];
  readonly different: readonly (readonly [string, string])[];
  readonly types: Readonly<Record<string, EntityType>>;
}

export const NO_OVERRIDES: EntityOverrides = { notEntities: [], same: [], different: [], types: {} };
