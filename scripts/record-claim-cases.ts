/**
 * Developer tool: records what the engine does with new multi-document claim cases, in the shape of
 * test/fixtures/claims/cases.json, so a case is written as documents and read back before it is appended.
 * Usage: `node out/scripts/record-claim-cases.js CASES.json` where CASES.json is `[{ "name", "docs": { "a.txt": "…" } }]`;
 * prints the recorded cases as JSON on stdout.
 */
import { readFileSync } from 'node:fs';
import { createEngine } from '../server/src/engine';

interface DraftCase {
  readonly name: string;
  readonly docs: Readonly<Record<string, string>>;
}

const file = process.argv[2];
if (!file) {
  console.error('usage: record-claim-cases CASES.json');
  process.exit(2);
}
const drafts = JSON.parse(readFileSync(file, 'utf8')) as DraftCase[];
const recorded = drafts.map((draft) => {
  const engine = createEngine({ displayName: (doc) => doc });
  engine.updateMany(Object.entries(draft.docs).map(([doc, text]) => ({ doc, text, version: 0, overrides: { language: null, date: null } })));
  const claims = engine.claimSummaries('en').map((claim) => ({ attribute: claim.attribute, status: claim.status, mentions: claim.mentions.map((mention) => mention.doc) }));
  const diagnostics = Object.fromEntries(Object.keys(draft.docs).map((doc) => [doc, engine.findings(doc, 'en').map((finding) => finding.code)]));
  const labels = engine.claimSummaries('en').map((claim) => claim.label);
  return { name: draft.name, docs: draft.docs, claims, diagnostics, labels };
});
console.log(JSON.stringify(recorded, null, 1));
