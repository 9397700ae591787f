import { z } from 'zod';

/**
 * The `recoupe check --format json` contract (docs: report-contract.md).
 * Outside tools depend on it: add fields or raise schemaVersion, never
 * rename. `recoupe schema` prints it as JSON Schema.
 */
const position = z.object({ line: z.number().int().min(0), character: z.number().int().min(0) }).strict();
const range = z.object({ start: position, end: position }).strict();

export const entityTypes = ['person', 'organization', 'place', 'product', 'event', 'other'] as const;
export const figureKinds = ['money', 'percent', 'count', 'age', 'year', 'date', 'duration', 'multiple', 'quantity'] as const;
export const qualifiers = ['exact', 'about', 'more-than', 'at-least', 'less-than', 'at-most', 'range'] as const;

export const reportSchema = z
  .object({
    schemaVersion: z.literal(1),
    tool: z.object({ name: z.literal('recoupe'), version: z.string() }).strict(),
    documents: z.array(
      z
        .object({
          path: z.string(),
          language: z.enum(['fr', 'en']).nullable(),
          date: z.string().nullable().describe('publication date, configured or inferred (ISO, day, month or year precision)'),
          entities: z.array(
            z
              .object({
                id: z.string(),
                name: z.string(),
                type: z.enum(entityTypes),
                range,
                text: z.string(),
              })
              .strict(),
          ),
          figures: z.array(
            z
              .object({
                id: z.string(),
                range,
                text: z.string(),
                kind: z.enum(figureKinds),
                value: z.number().nullable(),
                low: z.number().nullable(),
                high: z.number().nullable(),
                unit: z.string().nullable(),
                qualifier: z.enum(qualifiers),
                claimId: z.string().nullable(),
                unitInferred: z.boolean(),
                reported: z.boolean(),
                date: z.string().nullable(),
              })
              .strict(),
          ),
          diagnostics: z.array(
            z
              .object({
                range,
                severity: z.enum(['error', 'warning', 'information', 'hint']),
                code: z.string(),
                message: z.string(),
                related: z.array(z.object({ path: z.string(), range, message: z.string() }).strict()),
              })
              .strict(),
          ),
        })
        .strict(),
    ),
    claims: z.array(
      z
        .object({
          id: z.string(),
          subject: z.string().nullable(),
          object: z.string().nullable().describe('the other party, when the fact is a relation ("Meta → Scale AI")'),
          attribute: z.string(),
          period: z.string().nullable().describe('the year a periodic value refers to'),
          label: z.string(),
          status: z.enum(['consistent', 'conflict', 'single']),
          mentions: z.array(
            z
              .object({
                path: z.string(),
                figureId: z.string(),
                source: z.string().nullable().describe('who the article attributes the figure to ("Sam Altman"), if anyone'),
              })
              .strict(),
          ),
        })
        .strict(),
    ),
  })
  .strict();

export type Report = z.infer<typeof reportSchema>;

export function reportJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(reportSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
}
