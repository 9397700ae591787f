import { configurationProperties } from './contribution';

/** package.json text with `contributes.configuration.properties` regenerated from the settings schema. */
export function regeneratedManifest(current: string): string {
  const manifest = JSON.parse(current) as { contributes: { configuration: { properties: unknown } } };
  manifest.contributes.configuration.properties = configurationProperties();
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
