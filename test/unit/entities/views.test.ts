/** Hover Markdown and document outline: escaping, per-source counts, paragraph labels. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { documentOutline, entityHoverMarkdown, EntityRegistry, recogniseEntities, type ResolvedEntity } from '../../../server/src/engine/entities';
import { extractFigures } from '../../../server/src/engine/figures';
import { paragraphsOf } from './support';

describe('entity hover', () => {
  const entity: ResolvedEntity = {
    id: 'org:evil',
    name: 'Evil](command:workbench.action.quit) <img src=x> *x*',
    type: 'organization',
    aliases: [{ name: '[click](command:rm)', relation: 'former-name' }],
    mentionCount: 3,
    documentCount: 2,
  };
  const refs = [
    { doc: 'b.txt', mentionIndex: 0, span: { start: 5, end: 9 } },
    { doc: 'a.txt', mentionIndex: 2, span: { start: 40, end: 44 } },
    { doc: 'a.txt', mentionIndex: 1, span: { start: 10, end: 14 } },
  ];
  const link = (doc: string, offset: number): string => `[${doc}:${offset}](file:///${doc}#${offset})`;
  it('escapes document text so it cannot inject links, HTML or commands', () => {
    const md = entityHoverMarkdown(entity, refs, 'en', link);
    assert.ok(!/(?<!\\)\]\(command/u.test(md), md);
    assert.ok(!/(?<!\\)<img/u.test(md), md);
    assert.ok(md.includes('\\[click\\]'), md);
  });
  it('counts mentions per source, linked to the first one, sources sorted', () => {
    const md = entityHoverMarkdown(entity, refs, 'fr', link);
    assert.match(md, /\*Organisation\*/u);
    assert.match(md, /ancien nom/u);
    const lines = md.split('\n').filter((l) => l.startsWith('- '));
    assert.deepEqual(lines, ['- [a.txt:10](file:///a.txt#10) — 2 mentions', '- [b.txt:5](file:///b.txt#5) — 1 mention']);
  });
});

describe('document outline', () => {
  it('lists paragraphs with their entities and figures, and leaves boilerplate out', () => {
    const text = 'Vidéo\nMeta a investi 14 milliards de dollars dans Scale AI, selon Meta.\nLe fondateur Alexandr Wang rejoint le groupe.';
    const paragraphs = paragraphsOf(text);
    const entities = recogniseEntities(text, paragraphs);
    const figures = paragraphs.flatMap((p) =>
      extractFigures(text.slice(p.span.start, p.span.end), { lang: 'fr', documentDate: null }).map((f) => ({ ...f, span: { start: f.span.start + p.span.start, end: f.span.end + p.span.start } })),
    );
    const registry = new EntityRegistry();
    registry.update('x', entities);
    const outline = documentOutline(text, paragraphs, entities.mentions, figures, {
      boilerplate: entities.boilerplate,
      entityName: (i) => registry.resolve('x', i)?.name ?? null,
    });
    assert.deepEqual(
      outline.map((node) => [node.name, node.children.map((c) => `${c.kind}:${c.name}`)]),
      [
        ['Meta a investi 14 milliards de dollars dans…', ['entity:Meta', 'figure:14 milliards de dollars', 'entity:Scale AI']],
        ['Le fondateur Alexandr Wang rejoint le groupe.', ['entity:Alexandr Wang']],
      ],
    );
  });
});
