import { compareFigures, figureSymbols, intervalIn, type Engine, type Lang } from '../engine';
import { claimChartSvg, type ClaimChartInput, type ClaimChartRow } from '../report/chart';
import { toRange } from './convert';
import type { ClaimChartResult, ClaimItem, ClaimMentionItem, OrphanItem } from './protocol';

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

/** The chart of one claim for the editor's webview: one row per mention, in the claim's unit. */
export function claimChart(engine: Engine, id: string, uiLang: Lang): ClaimChartResult {
  const summary = engine.claimSummaries(uiLang).find((candidate) => candidate.id === id);
  const first = summary?.mentions[0];
  const claim = first ? engine.claimOf(first.doc, first.figureIndex) : undefined;
  if (!summary || !claim) return { svg: null, label: id };
  const reference = claim.members.find((member) => member.figure.unit === claim.unit)?.figure ?? claim.members[0]?.figure;
  const rows: ClaimChartRow[] = claim.members.map((member) => {
    const comparison = reference ? compareFigures(reference, member.figure, engine.currencyOptions()) : null;
    const conversion = comparison?.conversion ?? null;
    const interval = intervalIn(member.figure, conversion);
    return {
      path: engine.placeName(member.doc, member.figure.span.start),
      text: member.figure.text,
      low: interval.low,
      high: interval.high,
      value: interval.value,
      lowInclusive: member.figure.lowInclusive,
      highInclusive: member.figure.highInclusive,
      ...(reference && member.figure !== reference && comparison ? { verdict: comparison.agreement } : {}),
      ...(conversion ? { converted: { from: conversion.from, rate: conversion.rate } } : {}),
      unit: conversion ? claim.unit : member.figure.unit,
    };
  });
  const input: ClaimChartInput = { label: summary.label, status: summary.status, unit: claim.unit, kind: claim.kind, rows };
  return { svg: claimChartSvg(input, uiLang), label: summary.label };
}

/** Every annotation that lost its words, over the workspace, for the Claims view. */
export function orphanItems(engine: Engine): OrphanItem[] {
  return engine.documentIds().flatMap((doc) =>
    engine
      .annotationsOf(doc)
      .filter((entry) => entry.status === 'orphan')
      .map((entry): OrphanItem => {
        const quote = entry.annotation.target.selector.find((selector) => selector.type === 'TextQuoteSelector');
        return {
          uri: doc,
          path: engine.placeName(doc, 0),
          kind: entry.annotation.body.kind,
          quote: quote && 'exact' in quote ? quote.exact : '',
          creator: entry.annotation.creator,
          created: entry.annotation.created.slice(0, 10),
          note: entry.annotation.body.value,
        };
      }),
  );
}
