import type { Severity } from '../types';

/**
 * Every finding code Recoupe emits, with its default severity. Codes are
 * API (the CLI's JSON and SARIF carry them): add, deprecate, never rename.
 */
export const CHECKS = [
  {
    code: 'conflict',
    severity: 'warning',
    description: 'A figure cannot be true together with the figure another source (or the same article, elsewhere) gives for the same fact.',
  },
  {
    code: 'precision',
    severity: 'information',
    description: 'Another source states the same fact more precisely; the two agree.',
  },
  {
    code: 'derived-mismatch',
    severity: 'warning',
    description: 'Figures that should agree by arithmetic do not: an age against a birth year, stake × valuation against the price paid, two currencies against a plausible rate.',
  },
  {
    code: 'orphan-annotation',
    severity: 'information',
    description: 'An annotation whose words are no longer in the text: shown at the top of its file, never dropped.',
  },
] as const satisfies readonly { code: string; severity: Severity; description: string }[];

export type CheckCode = (typeof CHECKS)[number]['code'];

export type SeverityOverrides = Readonly<Partial<Record<string, Severity | 'off'>>>;

export function severityOf(code: string, overrides: SeverityOverrides): Severity | 'off' {
  return overrides[code] ?? CHECKS.find((check) => check.code === code)?.severity ?? 'warning';
}
