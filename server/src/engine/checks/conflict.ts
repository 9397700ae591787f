import type { Claim } from '../claims';
import { compareFigures } from '../claims/compare';
import { t } from '../i18n';
import type { DocId, Finding, Lang } from '../types';

export const CONFLICT_CODE = 'conflict';

export interface ConflictContext {
  readonly uiLang: Lang;
  readonly claimLabel: (claim: Claim) => string;
  readonly placeName: (doc: DocId, offset: number) => string;
}

/**
 * A figure whose interval cannot overlap another source's figure for the
 * same claim. Figures of one document never conflict with each other here:
 * an article that repeats a fact is not a disagreement between sources.
 */
export function conflictFindings(doc: DocId, claims: Iterable<Claim>, context: ConflictContext): Finding[] {
  const findings: Finding[] = [];
  for (const claim of claims) {
    for (const member of claim.members) {
      if (member.doc !== doc) continue;
      const opponents = claim.members.filter(
        (other) => other.doc !== doc && compareFigures(member.figure, other.figure) === 'conflict',
      );
      if (opponents.length === 0) continue;
      const others = opponents.map((other) => `${other.figure.text} (${context.placeName(other.doc, other.figure.span.start)})`);
      findings.push({
        doc,
        span: member.figure.span,
        code: CONFLICT_CODE,
        severity: 'warning',
        message: t(context.uiLang, 'conflict.message', {
          figure: `« ${member.figure.text} »`,
          count: new Set(opponents.map((other) => other.doc)).size,
          claim: context.claimLabel(claim),
          others: others.join('; '),
        }),
        related: opponents.map((other) => ({
          doc: other.doc,
          span: other.figure.span,
          message: t(context.uiLang, 'conflict.related', { figure: other.figure.text, verdict: t(context.uiLang, 'verdict.conflict') }),
        })),
        claimId: claim.id,
      });
    }
  }
  return findings.sort((a, b) => a.span.start - b.span.start);
}
