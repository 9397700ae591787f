import type { Engine } from '../../../server/src/engine';

export const input = (doc: string, text: string) => ({ doc, text, version: 0, overrides: { language: null, date: null } });

/** Every figure that has a claim, with the claim's id and its members' documents: what order-independence compares. */
export function claimSnapshot(engine: Engine): string[] {
  const out: string[] = [];
  for (const doc of engine.documentIds().sort()) {
    engine.analysis(doc)?.figures.forEach((figure, index) => {
      const claim = engine.claimOf(doc, index);
      if (claim) out.push(`${doc} ${figure.text} → ${claim.id} [${claim.members.map((m) => m.doc).join(',')}]`);
    });
  }
  return out;
}
