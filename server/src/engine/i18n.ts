import type { Lang } from './types';

/**
 * Every sentence the engine shows a user, in both UI languages. Keys are
 * stable; placeholders are {name}. The English and French tables must have
 * the same keys (a unit test checks it).
 */
const en = {
  'conflict.message': '{figure} contradicts {count} other source(s) on {claim}: {others}',
  'conflict.related': 'Says {figure} ({verdict})',
  'hover.normalised': 'Normalised',
  'hover.interval': 'Interval',
  'hover.claim': 'Claim:',
  'hover.others': 'Other sources:',
  'hover.noOthers': 'No other source states this fact.',
  'hover.inferredUnit': 'unit inferred from an earlier figure',
  'hover.reported': 'reported (conditional or attributed)',
  'hover.restates': 'restates another figure in another currency',
  'hover.date': 'Refers to',
  'verdict.same': 'same',
  'verdict.compatible': 'differs only in precision or hedging',
  'verdict.conflict': 'conflict',
  'fix.openOther': 'Open the other source: {place}',
  'kind.money': 'amount',
  'kind.percent': 'percentage',
  'kind.count': 'count',
  'kind.age': 'age',
  'kind.year': 'year',
  'kind.date': 'date',
  'kind.duration': 'duration',
  'kind.multiple': 'multiple',
  'kind.quantity': 'quantity',
  'summary.text': '{documents} documents, {figures} figures, {claims} claims, {conflicts} conflicts, {diagnostics} diagnostics',
} as const;

export type MessageKey = keyof typeof en;

const fr: Record<MessageKey, string> = {
  'conflict.message': '{figure} contredit {count} autre(s) source(s) sur {claim} : {others}',
  'conflict.related': 'Indique {figure} ({verdict})',
  'hover.normalised': 'Valeur normalisée',
  'hover.interval': 'Intervalle',
  'hover.claim': 'Fait :',
  'hover.others': 'Autres sources :',
  'hover.noOthers': 'Aucune autre source ne donne ce fait.',
  'hover.inferredUnit': 'unité déduite d’un chiffre précédent',
  'hover.reported': 'rapporté (conditionnel ou attribué)',
  'hover.restates': 'reprend un autre chiffre dans une autre devise',
  'hover.date': 'Se rapporte à',
  'verdict.same': 'identique',
  'verdict.compatible': 'ne diffère que par la précision ou la formulation',
  'verdict.conflict': 'contradiction',
  'fix.openOther': 'Ouvrir l’autre source : {place}',
  'kind.money': 'montant',
  'kind.percent': 'pourcentage',
  'kind.count': 'nombre',
  'kind.age': 'âge',
  'kind.year': 'année',
  'kind.date': 'date',
  'kind.duration': 'durée',
  'kind.multiple': 'multiple',
  'kind.quantity': 'quantité',
  'summary.text': '{documents} documents, {figures} chiffres, {claims} faits, {conflicts} contradictions, {diagnostics} diagnostics',
};

const catalogs: Record<Lang, Record<MessageKey, string>> = { en, fr };

export function messageKeys(lang: Lang): string[] {
  return Object.keys(catalogs[lang]).sort();
}

export function t(lang: Lang, key: MessageKey, args: Readonly<Record<string, string | number>> = {}): string {
  return catalogs[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => String(args[name] ?? `{${name}}`));
}
