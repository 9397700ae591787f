import { parseArgs } from 'node:util';
import { z } from 'zod';

export const cliOptionsSchema = z
  .object({
    command: z.enum(['check', 'claims', 'entities', 'schema', 'help', 'version']),
    paths: z.array(z.string().min(1)),
    format: z.enum(['text', 'json', 'sarif', 'html']).default('text'),
    config: z.string().min(1).optional(),
    lang: z.enum(['fr', 'en', 'auto']).default('auto'),
    locale: z.enum(['fr', 'en']).optional(),
  })
  .strict();

export type CliOptions = z.infer<typeof cliOptionsSchema>;

export class UsageError extends Error {}

/** Parses argv (without node and script); throws UsageError with a message naming the bad flag. */
export function parseCli(argv: readonly string[]): CliOptions {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const [first, ...rest] = parsed.positionals;
  const command = parsed.values.help ? 'help' : parsed.values.version ? 'version' : (first ?? 'help');
  const result = cliOptionsSchema.safeParse({
    command,
    paths: first === undefined ? [] : rest,
    format: parsed.values.format,
    config: parsed.values.config,
    lang: parsed.values.lang,
    locale: parsed.values.locale,
  });
  if (!result.success) {
    const issue = result.error.issues[0];
    const key = issue?.path[0];
    const flag = key === 'command' ? `command "${String(command)}"` : `--${String(key)}`;
    throw new UsageError(`${flag}: ${issue?.message ?? 'invalid'}`);
  }
  return result.data;
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string', short: 'f' },
      config: { type: 'string', short: 'c' },
      lang: { type: 'string' },
      locale: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
}

export const USAGE = `Usage:
  recoupe check [PATH ...] [--format text|json|sarif|html] [--config FILE] [--lang fr|en|auto] [--locale fr|en]
  recoupe claims [PATH ...] [--config FILE] [--lang fr|en|auto] [--locale fr|en]
                            print every claim: status, label, and each source's wording and interval
  recoupe entities [PATH ...] [--format text|json] [--config FILE] [--lang fr|en|auto]
                            every entity of the corpus: type, canonical name, aliases, mentions per source
  recoupe annotations list|export [--format jsonld|csv] [--root DIR]
                            the fact-checkers' annotations (.recoupe/annotations.jsonl), re-anchored on the current text
  recoupe schema            print the JSON Schema of the --format json report
  recoupe --version

Exit status: 0 no warning or error, 1 at least one warning or error, 2 bad usage, unreadable input or invalid config.`;
