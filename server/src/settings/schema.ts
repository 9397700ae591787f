import { z } from 'zod';

/**
 * THE schema of Recoupe's settings: VS Code's `recoupe.*` settings and the
 * CLI's `recoupe.json` are both parsed with it, and package.json's
 * `contributes.configuration` is generated from it (scripts/generate-configuration.ts;
 * a test fails when they drift). Every leaf has a default so a partial or
 * partly invalid input still yields complete settings.
 */
const isoDate = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'a date like 2025-06-13, 2025-06 or 2025');

export const settingsSchema = z.object({
  corpus: z
    .object({
      include: z
        .array(z.string().min(1))
        .default(['**/*.txt', '**/*.md'])
        .meta({ description: '%config.corpus.include%' }),
      exclude: z
        .array(z.string().min(1))
        .default(['**/node_modules/**', '**/.git/**', '**/.*/**'])
        .meta({ description: '%config.corpus.exclude%' }),
      maxFileSize: z
        .number()
        .int()
        .positive()
        .default(2_000_000)
        .meta({ description: '%config.corpus.maxFileSize%' }),
    })
    .default({ include: ['**/*.txt', '**/*.md'], exclude: ['**/node_modules/**', '**/.git/**', '**/.*/**'], maxFileSize: 2_000_000 }),
  language: z.enum(['auto', 'fr', 'en']).default('auto').meta({ description: '%config.language%' }),
  documents: z
    .record(z.string(), z.object({ date: isoDate.optional(), language: z.enum(['fr', 'en']).optional() }).strict())
    .default({})
    .meta({ description: '%config.documents%' }),
  diagnostics: z
    .object({
      enabled: z.boolean().default(true).meta({ description: '%config.diagnostics.enabled%' }),
    })
    .default({ enabled: true }),
  inlayHints: z
    .object({
      relativeDates: z.boolean().default(true).meta({ description: '%config.inlayHints.relativeDates%' }),
      scaledValues: z.boolean().default(true).meta({ description: '%config.inlayHints.scaledValues%' }),
    })
    .default({ relativeDates: true, scaledValues: true }),
  trace: z
    .object({
      server: z.enum(['off', 'messages', 'verbose']).default('off').meta({ description: '%config.trace.server%' }),
    })
    .default({ server: 'off' }),
});

export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = settingsSchema.parse({});
