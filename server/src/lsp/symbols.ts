import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { EntityType, LineIndex, OutlineNode } from '../engine';
import { toRange } from './convert';

const ENTITY_KIND: Record<EntityType, SymbolKind> = {
  person: SymbolKind.Object,
  organization: SymbolKind.Class,
  place: SymbolKind.Namespace,
  product: SymbolKind.Package,
  event: SymbolKind.Event,
  other: SymbolKind.Constant,
};

export function entitySymbolKind(type: EntityType): SymbolKind {
  return ENTITY_KIND[type];
}

/** The outline of an article: paragraphs holding their entities (classes, objects…) and figures (numbers). */
export function toSymbol(node: OutlineNode, lines: LineIndex): DocumentSymbol {
  const range = toRange(lines, node.span);
  return {
    name: node.name || '¶',
    detail: node.detail,
    kind: node.kind === 'paragraph' ? SymbolKind.String : node.kind === 'figure' ? SymbolKind.Number : SymbolKind.Object,
    range,
    selectionRange: range,
    children: node.children.map((child) => toSymbol(child, lines)),
  };
}
