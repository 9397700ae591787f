import { z } from 'zod';

/**
 * THE schema of Recoupe's settings: VS Code's `recoupe.*` settings and the
 * CLI's `recoupe.json` are both parsed with it, and package.json's
 * `contributes.configuration` is generated from it (scripts/generate-configuration.ts;
 * a test fails when they drift). Every leaf has a default so a partial or
 * partly invalid input still yields complete settings.
 */
const severity = z.enum(['error', 'warning', 'information', 'hint', 'off']);

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
      scope: z.enum(['open', 'workspace']).default('open').meta({ description: '%config.diagnostics.scope%' }),
      severity: z
        .partialRecord(z.enum(['conflict', 'precision', 'derived-mismatch']), severity)
        .default({})
        .meta({ description: '%config.diagnostics.severity%' }),
    })
    .default({ enabled: true, scope: 'open', severity: {} }),
  currency: z
    .object({
      rates: z.record(z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as EUR'), z.number().positive()).default({}).meta({ description: '%config.currency.rates%' }),
      tolerance: z.number().min(0).max(1).default(0.1).meta({ description: '%config.currency.tolerance%' }),
    })
    .default({ rates: {}, tolerance: 0.1 }),
  attributes: z
    .array(
      z
        .object({
          key: z.string().regex(/^[a-z][a-z0-9-]*$/, 'a lower-case key such as "dividend"'),
          kinds: z.array(z.enum(['money', 'percent', 'count', 'age', 'year', 'date', 'duration', 'multiple', 'quantity'])).min(1),
          triggers: z.object({ fr: z.array(z.string().min(2)).default([]), en: z.array(z.string().min(2)).default([]) }).strict(),
          label: z.object({ fr: z.string().min(1), en: z.string().min(1) }).strict(),
          periodic: z.boolean().default(false),
        })
        .strict(),
    )
    .default([])
    .meta({ description: '%config.attributes%' }),
  inlayHints: z
    .object({
      relativeDates: z.boolean().default(true).meta({ description: '%config.inlayHints.relativeDates%' }),
      scaledValues: z.boolean().default(true).meta({ description: '%config.inlayHints.scaledValues%' }),
    })
    .default({ relativeDates: true, scaledValues: true }),
  entities: z
    .object({
      notEntities: z.array(z.string().min(1)).default([]),
      same: z.array(z.tuple([z.string().min(1), z.string().min(1)])).default([]),
      different: z.array(z.tuple([z.string().min(1), z.string().min(1)])).default([]),
      types: z.record(z.string().min(1), z.enum(['person', 'organization', 'place', 'product', 'event', 'other'])).default({}),
    })
    .strict()
    .default({ notEntities: [], same: [], different: [], types: {} })
    .meta({ description: '%config.entities%' }),
  annotations: z
    .object({
      creator: z.string().default('').meta({ description: '%config.annotations.creator%' }),
    })
    .default({ creator: '' }),
  trace: z
    .object({
      server: z.enum(['off', 'messages', 'verbose']).default('off').meta({ description: '%config.trace.server%' }),
    })
    .default({ server: 'off' }),
});

export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = settingsSchema.parse({});
