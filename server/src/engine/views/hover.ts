import { compareFigures, intervalIn, type Claim, type CurrencyOptions } from '../claims';
import { describeFigure, formatNormalised } from '../figures';
import { t, type MessageKey } from '../i18n';
import type { DocId, DocumentAnalysis, Figure, Lang } from '../types';
import { escapeMarkdown, figureSymbols, intervalSymbols } from './format';

export interface HoverContext {
  readonly uiLang: Lang;
  readonly currency: CurrencyOptions;
  readonly claim: Claim | undefined;
  readonly claimLabel: (claim: Claim) => string;
  /** Markdown link to a place, with its visible text: the adapter knows how to address documents. */
  readonly link: (doc: DocId, offset: number) => string;
  readonly documentDate: (doc: DocId) => string | null;
  /** Lines describing the fact-checker's annotations on this figure. */
  readonly annotations: readonly string[];
  /** Quick actions as Markdown links, already built by the adapter (only Recoupe's own commands). */
  readonly actions: readonly string[];
}

const VERDICT_MARK: Record<string, string> = { same: '✓', compatible: '≈', conflict: '⚠' };

/** Markdown for the hover card of one figure: its value, its interval, and every source that states the same fact. */
export function figureHover(analysis: DocumentAnalysis, figureIndex: number, context: HoverContext): string {
  const figure = analysis.figures[figureIndex];
  if (!figure) return '';
  const { uiLang } = context;
  const lines: string[] = [];
  lines.push(`**${escapeMarkdown(figure.text)}** → \`${formatNormalised(figure, uiLang)}\``);
  lines.push('');
  lines.push(`*${t(uiLang, `kind.${figure.kind}` as MessageKey)}* · ${escapeMarkdown(describeFigure(figure, uiLang))}`);
  const notes: string[] = [];
  if (figure.date) notes.push(`${t(uiLang, 'hover.date')} ${figure.date.iso}`);
  if (figure.unitInferred) notes.push(t(uiLang, 'hover.inferredUnit'));
  if (figure.reported) notes.push(t(uiLang, 'hover.reported'));
  if (figure.restates !== null) {
    const original = analysis.figures[figure.restates];
    notes.push(t(uiLang, figure.kind === 'money' ? 'hover.restates' : 'hover.restatesUnits', { original: original ? escapeMarkdown(original.text) : '?' }));
  }
  if (notes.length > 0) lines.push('', notes.map((note) => `_${note}_`).join(' · '));
  if (context.actions.length > 0) lines.push('', context.actions.join(' · '));
  if (context.annotations.length > 0) {
    lines.push('', `**${t(uiLang, 'hover.annotations')}**`, ...context.annotations.map((line) => `- ${escapeMarkdown(line)}`));
  }
  const { claim } = context;
  lines.push('');
  if (!claim) {
    lines.push(`_${t(uiLang, 'hover.noClaim')}_`);
    return lines.join('\n');
  }
  lines.push(`${t(uiLang, 'hover.claim')} **${escapeMarkdown(context.claimLabel(claim))}**`);
  if (claim.members.length === 1) {
    lines.push('', `_${t(uiLang, 'hover.noOthers')}_`);
    return lines.join('\n');
  }
  lines.push('');
  lines.push(`| | ${t(uiLang, 'hover.source')} | ${t(uiLang, 'hover.published')} | ${t(uiLang, 'hover.wording')} | ${t(uiLang, 'hover.interval')} |`);
  lines.push('|:-:|---|---|---|---|');
  for (const member of claim.members) {
    // Hovering a conversion, the row of the figure it converts is this very statement.
    const self = member.doc === analysis.id && member.figureIndex === (figure.restates ?? figureIndex);
    const comparison = self ? null : compareFigures(figure, member.figure, context.currency);
    const mark = self ? '▸' : VERDICT_MARK[comparison?.agreement ?? 'compatible'];
    const wording = `« ${escapeMarkdown(member.figure.text)} »${member.attribution ? ` — _${escapeMarkdown(t(uiLang, 'hover.per', { source: member.attribution.source }))}_` : ''}`;
    lines.push(
      `| ${mark} | ${context.link(member.doc, member.figure.span.start)} | ${context.documentDate(member.doc) ?? '—'} | ${wording} | ${intervalCell(figure, member.figure, comparison?.conversion ?? null, uiLang)} |`,
    );
  }
  lines.push('', `_${t(uiLang, 'hover.legend')}_`);
  return lines.join('\n');
}

function intervalCell(reference: Figure, other: Figure, conversion: ReturnType<typeof compareFigures>['conversion'], uiLang: Lang): string {
  if (!conversion) return escapeMarkdown(figureSymbols(other, uiLang));
  const converted = intervalSymbols(intervalIn(other, conversion), reference.unit, uiLang);
  const rate = String(Math.round(conversion.rate * 1000) / 1000);
  return escapeMarkdown(`≈ ${converted} (${figureSymbols(other, uiLang)}, 1 ${conversion.from} = ${uiLang === 'fr' ? rate.replace('.', ',') : rate} ${conversion.to})`);
}

export function figureAt(analysis: DocumentAnalysis, offset: number): number {
  const figures: readonly Figure[] = analysis.figures;
  let low = 0;
  let high = figures.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const span = figures[mid]?.span;
    if (!span) break;
    if (offset < span.start) high = mid - 1;
    else if (offset > span.end) low = mid + 1;
    else return mid;
  }
  return -1;
}
