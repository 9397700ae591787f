import { z } from 'zod';
import { ANNOTATION_KINDS, ENTITY_TYPES } from '../engine/annotations/types';

/**
 * Command arguments come from outside the server (code actions echoed back by
 * the editor, the palette, hover links): validated like any other input.
 */
const span = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) }).strict();
const positionReference = z
  .object({
    source: z.string().min(1),
    hash: z.string(),
    selector: z.array(z.object({ type: z.literal('TextPositionSelector'), start: z.number().int().min(0), end: z.number().int().min(0) }).strict()).min(1),
  })
  .strict();
const reference = z.union([positionReference, z.object({ id: z.string().url() }).strict()]);

const verdict = z.discriminatedUnion('kind', [
  z.object({ kind: z.enum(['verified', 'disputed', 'reviewed', 'not-an-entity']) }).strict(),
  z.object({ kind: z.literal('cite'), reference }).strict(),
  z.object({ kind: z.literal('accepted-value'), reference, acceptedValue: z.string().optional(), claimId: z.string().optional() }).strict(),
  z.object({ kind: z.enum(['ignore-here', 'ignore-code-in-file']), code: z.string().min(1) }).strict(),
  z.object({ kind: z.enum(['same-as', 'not-same-as']), entity: z.string().min(1) }).strict(),
  z.object({ kind: z.literal('change-type'), entityType: z.enum(ENTITY_TYPES) }).strict(),
]);

export const annotateArgumentsSchema = z
  .object({
    uri: z.string().min(1),
    span: span.nullable(),
    verdict,
    note: z.string().max(10_000).optional(),
  })
  .strict();

// Every kind of the store can be sent: a test keeps this list and the schema's in step.
export const ANNOTATE_KINDS = ANNOTATION_KINDS;
