/**
 * Developer tool: why each figure of a folder is (or is not) in a claim.
 * Prints, per document, every figure with its attribute, actors, period and claim id.
 * Usage: npx esbuild-run … or `node out/scripts/explain-claims.js FOLDER`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { createEngine } from '../server/src/engine';
import { contextStems } from '../server/src/engine/claims/contextWords';

const folder = process.argv[2];
if (!folder) {
  console.error('usage: explain-claims FOLDER');
  process.exit(2);
}
const docs = readdirSync(folder).filter((name) => name.endsWith('.txt')).sort();
const engine = createEngine({ displayName: (doc) => doc });
engine.updateMany(docs.map((doc) => ({ doc, text: readFileSync(path.join(folder, doc), 'utf8'), version: 0, overrides: { language: null, date: null } })));
/** Gold claim of each figure, when the folder has a held-out gold.json: `doc#start` of the mention → claim id. */
const goldAt = new Map<string, string>();
try {
  const gold = JSON.parse(readFileSync(path.join(folder, 'gold.json'), 'utf8')) as { claims: { id: string; mentions: { doc: string; text: string; occurrence?: number }[] }[] };
  for (const claim of gold.claims) {
    for (const mention of claim.mentions) {
      const text = readFileSync(path.join(folder, mention.doc), 'utf8');
      let at = -1;
      for (let n = 0; n < (mention.occurrence ?? 1); n++) at = text.indexOf(mention.text, at + 1);
      if (at >= 0) goldAt.set(`${mention.doc}#${at}#${at + mention.text.length}`, claim.id);
    }
  }
} catch {
  // No gold: plain listing.
}
const goldOf = (doc: string, start: number, end: number): string => {
  for (const [key, id] of goldAt) {
    const [d, s, e] = key.split('#');
    if (d === doc && Number(s) < end && Number(e) > start) return ` GOLD=${id}`;
  }
  return '';
};
for (const doc of docs) {
  const analysis = engine.analysis(doc);
  if (!analysis) continue;
  console.log(`── ${doc} (${analysis.language ?? '?'}, ${analysis.date?.iso ?? 'no date'})`);
  const byFigure = new Map(analysis.candidates.map((candidate) => [candidate.figureIndex, candidate]));
  analysis.figures.forEach((figure, index) => {
    const candidate = byFigure.get(index);
    const claim = engine.claimOf(doc, index);
    const names = candidate ? candidate.actorMentions.map((m) => analysis.entities.mentions[m]?.text ?? '?').join('|') : '';
    const what = !candidate
      ? '(not claimable)'
      : `${candidate.attribute ?? 'NO-ATTR'}${candidate.generic ? ' GENERIC' : ''} period=${candidate.period ?? '-'} names=[${names}] → ${claim ? claim.id : 'no claim'}`;
    const context = process.env.CONTEXT ? `   ‹${analysis.text.slice(Math.max(0, figure.span.start - 60), figure.span.start).replace(/\s+/gu, ' ')}[${figure.text}]${analysis.text.slice(figure.span.end, figure.span.end + 40).replace(/\s+/gu, ' ')}›` : '';
    // STEMS=1: the clause words reconcileOdd and joinByContext compare.
    const stems = process.env.STEMS && candidate ? `   {${contextStems(analysis.text, figure, candidate.sentence).join(' ')}}` : '';
    console.log(`  ${JSON.stringify(figure.text)} ${figure.kind} ${what}${goldOf(doc, figure.span.start, figure.span.end)}${context}${stems}`);
  });
}
