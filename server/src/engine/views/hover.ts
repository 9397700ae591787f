import type { Claim } from '../claims';
import { compareFigures } from '../claims/compare';
import { describeFigure, formatNormalised } from '../figures';
import { t } from '../i18n';
import type { DocId, DocumentAnalysis, Figure, Lang } from '../types';

export interface HoverContext {
  readonly uiLang: Lang;
  readonly claim: Claim | undefined;
  readonly claimLabel: (claim: Claim) => string;
  /** Markdown link to a place, with its visible text: the adapter knows how to address documents. */
  readonly link: (doc: DocId, offset: number) => string;
}

/** Markdown for the hover card of one figure: its value, its interval, and what the other sources say. */
export function figureHover(analysis: DocumentAnalysis, figureIndex: number, context: HoverContext): string {
  const figure = analysis.figures[figureIndex];
  if (!figure) return '';
  const { uiLang } = context;
  const lines: string[] = [];
  lines.push(`**${escapeMarkdown(figure.text)}** → \`${formatNormalised(figure, uiLang)}\``);
  lines.push('');
  lines.push(`*${t(uiLang, `kind.${figure.kind}`)}* · ${describeFigure(figure, uiLang)}`);
  const notes: string[] = [];
  if (figure.date) notes.push(`${t(uiLang, 'hover.date')} ${figure.date.iso}`);
  if (figure.unitInferred) notes.push(t(uiLang, 'hover.inferredUnit'));
  if (figure.reported) notes.push(t(uiLang, 'hover.reported'));
  if (figure.restates !== null) notes.push(t(uiLang, 'hover.restates'));
  if (notes.length > 0) {
    lines.push('');
    lines.push(notes.map((note) => `_${note}_`).join(' · '));
  }
  const { claim } = context;
  lines.push('');
  if (!claim) {
    lines.push(`_${t(uiLang, 'hover.noOthers')}_`);
    return lines.join('\n');
  }
  lines.push(`${t(uiLang, 'hover.claim')} **${escapeMarkdown(context.claimLabel(claim))}**`);
  const others = claim.members.filter((member) => member.doc !== analysis.id);
  if (others.length === 0) {
    lines.push('');
    lines.push(`_${t(uiLang, 'hover.noOthers')}_`);
    return lines.join('\n');
  }
  lines.push('');
  lines.push(t(uiLang, 'hover.others'));
  for (const other of others) {
    const verdict = compareFigures(figure, other.figure);
    const verdictText = t(uiLang, `verdict.${verdict}`);
    lines.push(
      `- ${context.link(other.doc, other.figure.span.start)} — « ${escapeMarkdown(other.figure.text)} » → \`${formatNormalised(other.figure, uiLang)}\` — ${verdict === 'conflict' ? `**${verdictText}**` : verdictText}`,
    );
  }
  return lines.join('\n');
}

export function figureAt(analysis: DocumentAnalysis, offset: number): number {
  const figures: readonly Figure[] = analysis.figures;
  for (let i = 0; i < figures.length; i++) {
    const span = figures[i]?.span;
    if (span && span.start <= offset && offset <= span.end) return i;
  }
  return -1;
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|]/g, (character) => `\\${character}`);
}
