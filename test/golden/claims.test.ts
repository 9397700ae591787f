import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { createEngine } from '../../server/src/engine';
import { repoRoot } from '../support/paths';

interface ClaimCase {
  readonly name: string;
  readonly docs: Readonly<Record<string, string>>;
  /** Every claim of the case with at least one mention; an attribute listed twice means two separate claims. */
  readonly claims: readonly { readonly attribute: string; readonly status: string; readonly mentions: readonly string[] }[];
  readonly diagnostics: Readonly<Record<string, readonly string[]>>;
  /** When given, the claims' labels as the hover shows them (who the fact is about), sorted. */
  readonly labels?: readonly string[];
}

/**
 * Multi-document cases of our own, one per verdict, derived check and trap:
 * the claims the engine ties together, their status, and each document's
 * finding codes.
 */
describe('golden: claims across documents', () => {
  const cases = JSON.parse(readFileSync(path.join(repoRoot, 'test/fixtures/claims/cases.json'), 'utf8')) as ClaimCase[];
  for (const testCase of cases) {
    it(testCase.name, () => {
      const engine = createEngine({ displayName: (doc) => doc });
      engine.updateMany(Object.entries(testCase.docs).map(([doc, text]) => ({ doc, text, version: 0, overrides: { language: null, date: null } })));
      const claims = engine
        .claimSummaries('en')
        .map((claim) => ({ attribute: claim.attribute, status: claim.status, mentions: claim.mentions.map((mention) => mention.doc) }));
      const sortKey = (claim: { attribute: string; mentions: readonly string[] }): string => `${claim.attribute}|${claim.mentions.join(',')}`;
      assert.deepEqual(
        [...claims].sort((a, b) => sortKey(a).localeCompare(sortKey(b))),
        [...testCase.claims].map((claim) => ({ ...claim, mentions: [...claim.mentions] })).sort((a, b) => sortKey(a).localeCompare(sortKey(b))),
        JSON.stringify(engine.claimSummaries('en').map((claim) => claim.label)),
      );
      if (testCase.labels) assert.deepEqual(engine.claimSummaries('en').map((claim) => claim.label).sort(), [...testCase.labels].sort());
      for (const [doc, codes] of Object.entries(testCase.diagnostics)) {
        const findings = engine.findings(doc, 'en');
        assert.deepEqual(findings.map((finding) => finding.code), codes, `${doc}: ${findings.map((finding) => finding.message).join(' | ')}`);
      }
    });
  }
});
