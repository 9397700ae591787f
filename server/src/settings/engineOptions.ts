import { DEFAULT_USD_RATES, type DocId, type EngineOptions } from '../engine';
import type { Settings } from './schema';

/** The engine's options from validated settings: one mapping for the server and the CLI. */
export function engineOptionsFrom(settings: Settings, displayName: (doc: DocId) => string): EngineOptions {
  return {
    displayName,
    attributes: settings.attributes.map((attribute) => ({ ...attribute, triggers: { fr: attribute.triggers.fr, en: attribute.triggers.en } })),
    currency: { rates: { ...DEFAULT_USD_RATES, ...settings.currency.rates }, tolerance: settings.currency.tolerance },
    severity: settings.diagnostics.severity,
    entities: settings.entities,
  };
}
