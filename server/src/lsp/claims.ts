import { figureSymbols, type Engine, type Lang } from '../engine';
import { toRange } from './convert';
import type { ClaimItem, ClaimMentionItem } from './protocol';

/** The Claims view's data: every claim with its mentions, conflicts first, then by subject and label. */
export function claimItems(engine: Engine, uiLang: Lang): ClaimItem[] {
  const order = { conflict: 0, consistent: 1, single: 2 } as const;
  return engine
    .claimSummaries(uiLang)
    .map((summary): ClaimItem => {
      const claim = engine.claimOf(summary.mentions[0]?.doc ?? '', summary.mentions[0]?.figureIndex ?? -1);
      const reference = claim?.members[0]?.figure;
      const mentions = summary.mentions.flatMap((mention): ClaimMentionItem[] => {
        const analysis = engine.analysis(mention.doc);
        const lines = engine.lines(mention.doc);
        const figure = analysis?.figures[mention.figureIndex];
        if (!figure || !lines) return [];
        return [
          {
            uri: mention.doc,
            path: engine.placeName(mention.doc, figure.span.start),
            range: toRange(lines, figure.span),
            text: figure.text,
            interval: figureSymbols(figure, uiLang),
            source: mention.source,
            verdict: reference && reference !== figure ? engine.agreement(reference, figure) : null,
          },
        ];
      });
      const subject = summary.label.split(/ → | : |: /)[0] ?? summary.label;
      return { id: summary.id, label: summary.label, subject, status: summary.status, mentions };
    })
    .sort((a, b) => order[a.status] - order[b.status] || a.subject.localeCompare(b.subject) || a.label.localeCompare(b.label));
}
