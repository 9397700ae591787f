import { z } from 'zod';
import { defaultSettings, settingsSchema, type Settings } from './schema';

export interface SettingsProblem {
  /** Dotted key as the user writes it: "corpus.include[1]". */
  readonly key: string;
  readonly message: string;
}

export interface ParsedSettings {
  readonly value: Settings;
  readonly problems: readonly SettingsProblem[];
}

/**
 * Validates untrusted settings. Invalid leaves are reported and replaced by
 * their defaults one by one, so a single typo never disables the rest.
 */
export function parseSettings(input: unknown): ParsedSettings {
  const source = input === undefined || input === null ? {} : input;
  const first = settingsSchema.safeParse(source);
  if (first.success) return { value: first.data, problems: [] };
  const problems = first.error.issues.map(toProblem);
  const repaired = structuredCloneSafe(source);
  for (const issue of first.error.issues) removePath(repaired, issue.path);
  const second = settingsSchema.safeParse(repaired);
  return { value: second.success ? second.data : defaultSettings, problems };
}

function toProblem(issue: z.core.$ZodIssue): SettingsProblem {
  const key = issue.path.reduce<string>(
    (text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${String(part)}` : String(part)),
    '',
  );
  return { key: key || '(root)', message: issue.message };
}

function structuredCloneSafe(value: unknown): unknown {
  try {
    return structuredClone(value);
  } catch {
    return {};
  }
}

function removePath(root: unknown, path: readonly PropertyKey[]): void {
  if (path.length === 0) return;
  let node: unknown = root;
  for (const part of path.slice(0, -1)) {
    if (typeof node !== 'object' || node === null) return;
    node = (node as Record<PropertyKey, unknown>)[part];
  }
  if (typeof node !== 'object' || node === null) return;
  const last = path[path.length - 1];
  if (last === undefined) return;
  if (Array.isArray(node) && typeof last === 'number') {
    // An array with a bad item falls back to its default as a whole: keeping half a list surprises more.
    return removeWholeArray(root, path.slice(0, -1));
  }
  delete (node as Record<PropertyKey, unknown>)[last];
}

function removeWholeArray(root: unknown, path: readonly PropertyKey[]): void {
  removePath(root, path);
}

export function formatProblems(source: string, problems: readonly SettingsProblem[]): string {
  return problems.map((problem) => `${source}: "${problem.key}": ${problem.message}`).join('\n');
}
