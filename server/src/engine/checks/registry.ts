/**
 * Every finding code Recoupe emits, with its default severity. Codes are
 * API (the CLI's JSON and SARIF carry them): add, deprecate, never rename.
 */
export const CHECKS = [
  {
    code: 'conflict',
    severity: 'warning',
    description: 'A figure cannot be true together with the figure another source gives for the same fact.',
  },
] as const;

export type CheckCode = (typeof CHECKS)[number]['code'];
