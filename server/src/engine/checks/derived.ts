import type { Claim, CurrencyOptions, IndexedCandidate } from '../claims';
import { PART_MARKERS } from '../claims/extract';
import { t } from '../i18n';
import type { DocId, DocumentAnalysis, Figure, Finding, Lang } from '../types';
import { compactNumber, figureSymbols } from '../views/format';

export interface DerivedContext {
  readonly uiLang: Lang;
  readonly currency: CurrencyOptions;
  readonly placeName: (doc: DocId, offset: number) => string;
  readonly displayName: (actor: string) => string;
}

/** How far an implied exchange rate may stray from the table before it is worth a look. */
const RATE_SLACK = 0.2;
/** Stake × valuation is the price only roughly (pre- vs post-money, rounding). */
const PRICE_SLACK = 0.25;

/**
 * Checks that tie figures together by arithmetic, which no single claim can:
 * an amount restated in another currency at an implausible rate, an age that
 * does not fit a birth year, a price that is not stake × valuation.
 */
export function derivedFindings(analysis: DocumentAnalysis, claimsOfDoc: readonly Claim[], allClaims: readonly Claim[], context: DerivedContext): Finding[] {
  return [
    ...rateFindings(analysis, context),
    ...ageFindings(analysis.id, claimsOfDoc, allClaims, context),
    ...priceFindings(analysis.id, claimsOfDoc, context),
    ...weekdayFindings(analysis, context),
    ...partsFindings(analysis, context),
  ];
}

const WEEKDAYS: readonly (readonly string[])[] = [
  ['dimanche', 'sunday'],
  ['lundi', 'monday'],
  ['mardi', 'tuesday'],
  ['mercredi', 'wednesday'],
  ['jeudi', 'thursday'],
  ['vendredi', 'friday'],
  ['samedi', 'saturday'],
];

/**
 * A date written with its weekday ("mardi 12 juin", "Tuesday, June 12") must
 * fall on that weekday in the year the article's date gives it: a mismatch is
 * a wrong day, a wrong month or a date copied from another year's story.
 */
function weekdayFindings(analysis: DocumentAnalysis, context: DerivedContext): Finding[] {
  const findings: Finding[] = [];
  for (const figure of analysis.figures) {
    if (figure.kind !== 'date' || figure.date?.precision !== 'day') continue;
    const before = analysis.text.slice(Math.max(0, figure.span.start - 12), figure.span.start).toLowerCase();
    const written = `${before} ${figure.text.toLowerCase()}`;
    const named = WEEKDAYS.findIndex((names) => names.some((name) => new RegExp(`(^|[^\\p{L}])${name}([^\\p{L}]|$)`, 'u').test(written)));
    if (named < 0) continue;
    const actual = new Date(`${figure.date.iso}T12:00:00Z`).getUTCDay();
    if (Number.isNaN(actual) || actual === named) continue;
    findings.push({
      doc: analysis.id,
      span: figure.span,
      code: 'derived-mismatch',
      severity: 'warning',
      message: t(context.uiLang, 'derived.weekday', { date: figure.date.iso, written: WEEKDAYS[named]?.[context.uiLang === 'fr' ? 0 : 1] ?? '?', actual: WEEKDAYS[actual]?.[context.uiLang === 'fr' ? 0 : 1] ?? '?' }),
      related: [],
      claimId: null,
    });
  }
  return findings;
}

/** "11 chercheurs, dont 4 d'OpenAI et 9 de Google": the parts an article lists cannot add up to more than the total. */
function partsFindings(analysis: DocumentAnalysis, context: DerivedContext): Finding[] {
  const findings: Finding[] = [];
  const figures = analysis.figures;
  for (const paragraph of analysis.paragraphs) {
    for (const sentence of paragraph.sentences) {
      const inSentence = figures.filter((figure) => figure.span.start >= sentence.start && figure.span.end <= sentence.end);
      for (let i = 0; i < inSentence.length; i++) {
        const total = inSentence[i];
        if (!total || (total.kind !== 'count' && total.kind !== 'money') || total.high === null) continue;
        const next = inSentence[i + 1];
        if (!next) continue;
        const between = analysis.text.slice(total.span.end, next.span.start);
        const marker = PART_MARKERS.exec(between);
        if (!marker) continue;
        const parts = inSentence.slice(i + 1).filter((part) => part.kind === total.kind && part.unit === total.unit && part.low !== null);
        const sum = parts.reduce((accumulated, part) => accumulated + (part.low ?? 0), 0);
        if (parts.length === 0 || sum <= total.high) continue;
        findings.push({
          doc: analysis.id,
          span: total.span,
          code: 'derived-mismatch',
          severity: 'warning',
          message: t(context.uiLang, 'derived.parts', { total: total.text, parts: parts.map((part) => part.text).join(' + '), sum: compactNumber(sum, context.uiLang) }),
          related: parts.map((part) => ({ doc: analysis.id, span: part.span, message: part.text })),
          claimId: null,
        });
      }
    }
  }
  return findings;
}

function rateFindings(analysis: DocumentAnalysis, context: DerivedContext): Finding[] {
  const findings: Finding[] = [];
  analysis.figures.forEach((restated) => {
    const original = restated.restates === null ? undefined : analysis.figures[restated.restates];
    if (!original || original.kind !== 'money' || !original.unit || !restated.unit || !original.value || !restated.value) return;
    const from = context.currency.rates[original.unit];
    const to = context.currency.rates[restated.unit];
    if (!from || !to) return;
    const usual = from / to;
    const implied = restated.value / original.value;
    if (Math.abs(implied / usual - 1) <= RATE_SLACK) return;
    findings.push({
      doc: analysis.id,
      span: restated.span,
      code: 'derived-mismatch',
      severity: 'warning',
      message: t(context.uiLang, 'derived.rate', {
        original: original.text,
        restated: restated.text,
        from: original.unit,
        to: restated.unit,
        implied: round(implied, context.uiLang),
        usual: round(usual, context.uiLang),
      }),
      related: [{ doc: analysis.id, span: original.span, message: original.text }],
      claimId: null,
    });
  });
  return findings;
}

function ageFindings(doc: DocId, claimsOfDoc: readonly Claim[], allClaims: readonly Claim[], context: DerivedContext): Finding[] {
  const births = allClaims.filter((claim) => claim.attribute === 'birth-year');
  const findings: Finding[] = [];
  for (const claim of claimsOfDoc) {
    if (claim.attribute !== 'age' || !claim.subject || !claim.period) continue;
    const year = Number(claim.period);
    const birth = births.find((candidate) => candidate.members.some((member) => member.actors.includes(claim.subject ?? '')));
    const birthMember = birth?.members.find((member) => member.figure.value !== null);
    const born = birthMember?.figure.date ? Number(birthMember.figure.date.iso.slice(0, 4)) : (birthMember?.figure.value ?? null);
    if (!birthMember || born === null) continue;
    const expectedLow = year - born - 1;
    const expectedHigh = year - born;
    for (const member of claim.members) {
      if (member.doc !== doc || !fitsOutside(member.figure, expectedLow, expectedHigh)) continue;
      findings.push({
        doc,
        span: member.figure.span,
        code: 'derived-mismatch',
        severity: 'warning',
        message: t(context.uiLang, 'derived.ageBirth', {
          name: context.displayName(claim.subject),
          age: member.figure.value ?? '?',
          year,
          birth: born,
          place: context.placeName(birthMember.doc, birthMember.figure.span.start),
          expected: `${expectedLow}–${expectedHigh}`,
        }),
        related: [{ doc: birthMember.doc, span: birthMember.figure.span, message: birthMember.figure.text }],
        claimId: claim.id,
      });
    }
  }
  return findings;
}

/** True when the figure's interval misses [low, high] entirely. */
function fitsOutside(figure: Figure, low: number, high: number): boolean {
  return (figure.high !== null && figure.high < low) || (figure.low !== null && figure.low > high + 1 - Number.EPSILON);
}

function priceFindings(doc: DocId, claimsOfDoc: readonly Claim[], context: DerivedContext): Finding[] {
  const findings: Finding[] = [];
  const mine = (claim: Claim): IndexedCandidate | undefined => claim.members.find((member) => member.doc === doc && pointOf(member.figure) !== null);
  for (const price of claimsOfDoc.filter((claim) => claim.attribute === 'investment' || claim.attribute === 'acquisition-price')) {
    const target = price.object ?? price.subject;
    const stake = claimsOfDoc.find((claim) => claim.attribute === 'stake' && target !== null && (claim.subject === target || claim.object === target));
    const valuation = claimsOfDoc.find((claim) => claim.attribute === 'valuation' && target !== null && (claim.subject === target || claim.object === target));
    const priceMember = mine(price);
    const stakeMember = stake && mine(stake);
    const valuationMember = valuation && mine(valuation);
    if (!priceMember || !stakeMember || !valuationMember) continue;
    const paid = pointOf(priceMember.figure) ?? 0;
    const share = (pointOf(stakeMember.figure) ?? 0) / 100;
    const worth = pointOf(valuationMember.figure) ?? 0;
    const expected = share * worth;
    if (expected <= 0 || priceMember.figure.unit !== valuationMember.figure.unit || Math.abs(paid / expected - 1) <= PRICE_SLACK) continue;
    findings.push({
      doc,
      span: priceMember.figure.span,
      code: 'derived-mismatch',
      severity: 'warning',
      message: t(context.uiLang, 'derived.stakeValuation', {
        stake: figureSymbols(stakeMember.figure, context.uiLang),
        valuation: figureSymbols(valuationMember.figure, context.uiLang),
        expected: `${compactNumber(expected, context.uiLang)} ${priceMember.figure.unit ?? ''}`.trim(),
        price: figureSymbols(priceMember.figure, context.uiLang),
      }),
      related: [
        { doc, span: stakeMember.figure.span, message: stakeMember.figure.text },
        { doc, span: valuationMember.figure.span, message: valuationMember.figure.text },
      ],
      claimId: price.id,
    });
  }
  return findings;
}

/** A representative number: the stated value, else the middle of a closed interval. */
function pointOf(figure: Figure): number | null {
  if (figure.value !== null) return figure.value;
  return figure.low !== null && figure.high !== null ? (figure.low + figure.high) / 2 : null;
}

function round(value: number, lang: Lang): string {
  const text = String(Math.round(value * 1000) / 1000);
  return lang === 'fr' ? text.replace('.', ',') : text;
}
