/**
 * Protocol-free views of entities: the hover card of an entity and the document outline (paragraphs with
 * their entities and figures) behind Document Symbols. Text that comes from documents is escaped, so a
 * name cannot inject Markdown, links or commands into a hover.
 */
import { escapeMarkdown } from '../views/format';
import type { DocId, Figure, Lang, Paragraph, Span } from '../types';
import type { AliasRelation, EntityMention, EntityType, MentionRef, ResolvedEntity } from './types';

const TYPE_LABELS: Record<Lang, Record<EntityType, string>> = {
  en: { person: 'Person', organization: 'Organization', place: 'Place', product: 'Product', event: 'Event', other: 'Other name' },
  fr: { person: 'Personne', organization: 'Organisation', place: 'Lieu', product: 'Produit', event: 'Événement', other: 'Autre nom' },
};

const RELATION_LABELS: Record<Lang, Record<AliasRelation, string>> = {
  en: { variant: 'variant', 'legal-name': 'legal name', 'short-form': 'short form', acronym: 'acronym', 'former-name': 'former name', translation: 'other language', user: 'merged by you' },
  fr: { variant: 'variante', 'legal-name': 'raison sociale', 'short-form': 'forme courte', acronym: 'sigle', 'former-name': 'ancien nom', translation: 'autre langue', user: 'fusion manuelle' },
};

const WORDS: Record<Lang, { aliases: string; sources: string; mention: string; mentions: string; more: string }> = {
  en: { aliases: 'Also written', sources: 'Mentions by source', mention: 'mention', mentions: 'mentions', more: 'more sources' },
  fr: { aliases: 'Aussi écrit', sources: 'Mentions par source', mention: 'mention', mentions: 'mentions', more: 'autres sources' },
};

export function entityTypeLabel(type: EntityType, uiLang: Lang): string {
  return TYPE_LABELS[uiLang][type];
}

const MAX_SOURCES = 20;

/**
 * Hover card of an entity: canonical name, type, the spellings seen and, for each source, how many
 * mentions it has, linked to the first one. `mentions` is `registry.mentionsOf(id)`; `link(doc, offset)`
 * returns a Markdown link with its visible text (the adapter knows how documents are addressed).
 */
export function entityHoverMarkdown(
  resolved: ResolvedEntity,
  mentions: readonly MentionRef[],
  uiLang: Lang,
  link: (doc: DocId, offset: number) => string,
): string {
  const words = WORDS[uiLang];
  const lines: string[] = [`**${escapeMarkdown(resolved.name)}** · *${TYPE_LABELS[uiLang][resolved.type]}*`];
  if (resolved.aliases.length > 0) {
    const aliases = resolved.aliases
      .slice(0, 12)
      .map((alias) => `${escapeMarkdown(alias.name, 60)} (${RELATION_LABELS[uiLang][alias.relation]})`)
      .join(', ');
    lines.push('', `${words.aliases}${uiLang === 'fr' ? ' : ' : ': '}${aliases}`);
  }
  const perDoc = new Map<DocId, { count: number; first: number }>();
  for (const ref of mentions) {
    const entry = perDoc.get(ref.doc);
    if (entry) {
      entry.count++;
      entry.first = Math.min(entry.first, ref.span.start);
    } else perDoc.set(ref.doc, { count: 1, first: ref.span.start });
  }
  if (perDoc.size > 0) {
    lines.push('', `${words.sources}${uiLang === 'fr' ? ' :' : ':'}`);
    const docs = [...perDoc.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const doc of docs.slice(0, MAX_SOURCES)) {
      const { count, first } = perDoc.get(doc)!;
      lines.push(`- ${link(doc, first)} — ${count} ${count > 1 ? words.mentions : words.mention}`);
    }
    if (docs.length > MAX_SOURCES) lines.push(`- … ${docs.length - MAX_SOURCES} ${words.more}`);
  }
  return lines.join('\n');
}

export interface OutlineNode {
  readonly name: string;
  readonly kind: 'paragraph' | 'entity' | 'figure';
  /** Entity type or figure kind; empty for paragraphs. */
  readonly detail: string;
  readonly span: Span;
  readonly children: readonly OutlineNode[];
}

export interface OutlineOptions {
  /** Boilerplate blocks: their paragraphs are left out of the outline. */
  readonly boilerplate?: readonly Span[];
  /** Canonical name to show for a mention (from the registry), instead of the text as written. */
  readonly entityName?: (mentionIndex: number) => string | null;
}

/**
 * Document Symbols: one node per paragraph (labelled by its first words), with the entities (first mention
 * of each name in the paragraph) and the figures it holds, in text order.
 */
export function documentOutline(
  text: string,
  paragraphs: readonly Paragraph[],
  mentions: readonly EntityMention[],
  figures: readonly Figure[],
  options: OutlineOptions = {},
): OutlineNode[] {
  const skipped = options.boilerplate ?? [];
  const nodes: OutlineNode[] = [];
  let m = 0;
  let f = 0;
  let b = 0;
  for (const paragraph of paragraphs) {
    const { start, end } = paragraph.span;
    while (b < skipped.length && skipped[b]!.end <= start) b++;
    const inBoilerplate = b < skipped.length && skipped[b]!.start <= start && skipped[b]!.end >= end;
    const children: OutlineNode[] = [];
    const seen = new Set<string>();
    while (m < mentions.length && mentions[m]!.span.start < start) m++;
    for (; m < mentions.length && mentions[m]!.span.start < end; m++) {
      const mention = mentions[m]!;
      if (mention.boilerplate || seen.has(mention.key)) continue;
      const name = options.entityName ? options.entityName(m) : mention.text;
      if (name === null) continue;
      seen.add(mention.key);
      children.push({ name, kind: 'entity', detail: mention.type, span: mention.span, children: [] });
    }
    while (f < figures.length && figures[f]!.span.start < start) f++;
    for (; f < figures.length && figures[f]!.span.start < end; f++) {
      const figure = figures[f]!;
      children.push({ name: figure.text, kind: 'figure', detail: figure.kind, span: figure.span, children: [] });
    }
    if (inBoilerplate) continue;
    children.sort((x, y) => x.span.start - y.span.start);
    nodes.push({ name: paragraphLabel(text.slice(start, Math.min(end, start + 200))), kind: 'paragraph', detail: '', span: paragraph.span, children });
  }
  return nodes;
}

/** The first words of a paragraph, at most about 48 characters. */
export function paragraphLabel(paragraph: string): string {
  const words = paragraph.replace(/\s+/gu, ' ').trim().split(' ');
  let label = '';
  for (const word of words) {
    if (label.length > 0 && label.length + word.length + 1 > 48) return `${label}…`;
    label = label.length > 0 ? `${label} ${word}` : word;
    if (label.length > 48) return `${label.slice(0, 47)}…`;
  }
  return label || '¶';
}
