import assert from 'node:assert/strict';
import { createEngine, type Engine } from '../../../server/src/engine';

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

/** The claims of the documents loaded together; asserts that each given arrival order, one update at a time, gives the same. */
export function sameWhateverOrder(docs: Readonly<Record<string, string>>, orders: readonly (readonly string[])[]): { readonly engine: Engine; readonly expected: string[] } {
  const engine = createEngine({ displayName: (doc) => doc });
  engine.updateMany(Object.entries(docs).map(([doc, text]) => input(doc, text)));
  const expected = claimSnapshot(engine);
  for (const order of orders) {
    const other = createEngine({ displayName: (doc) => doc });
    for (const doc of order) other.update(doc, docs[doc] ?? '', 0, { language: null, date: null });
    assert.deepEqual(claimSnapshot(other), expected, order.join(' '));
  }
  return { engine, expected };
}
