import { z } from 'zod';
import { settingsSchema } from './schema';

type JsonSchema = { [key: string]: unknown; properties?: Record<string, JsonSchema>; additionalProperties?: unknown };

/**
 * The `contributes.configuration.properties` block of package.json, flattened
 * to VS Code's dotted keys. Nested objects become dotted keys; records (no
 * fixed properties) stay objects.
 */
export function configurationProperties(): Record<string, Record<string, unknown>> {
  const root = z.toJSONSchema(settingsSchema, { io: 'input' }) as JsonSchema;
  const properties: Record<string, Record<string, unknown>> = {};
  flatten(root, 'recoupe', properties);
  return properties;
}

function flatten(node: JsonSchema, prefix: string, into: Record<string, Record<string, unknown>>): void {
  const children = node.properties;
  const isRecord = node.additionalProperties !== undefined && node.additionalProperties !== false;
  if (children && !isRecord && node.description === undefined) {
    for (const key of Object.keys(children)) {
      const child = children[key];
      if (child) flatten(child, `${prefix}.${key}`, into);
    }
    return;
  }
  const { $schema: _schema, ...leaf } = node;
  into[prefix] = { ...leaf, scope: prefix === 'recoupe.trace.server' ? 'window' : 'resource' };
}
