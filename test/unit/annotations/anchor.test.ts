import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { anchorQuote, describeSpan, TextAnchorer, type AnchorResult } from '../../../server/src/engine/annotations/anchor';
import type { Span } from '../../../server/src/engine/types';
import { ARTICLE_A, ARTICLE_B, SIBLINGS, UNRELATED } from './articles';

interface Where {
  readonly quote: string;
  readonly occurrence?: number;
}
/** Where the annotation must be found; `orOrphan`: losing it is acceptable too (reworded beyond recognition). */
type Expectation = (Where & { readonly orOrphan?: boolean }) | 'orphan';

interface Edit {
  readonly name: string;
  readonly edit: (text: string) => string;
  /** By default each place is expected at the same quote and occurrence in the new text. */
  readonly expect?: Readonly<Record<string, Expectation>>;
}

interface Scenario {
  readonly original: string;
  /** Annotated places in the original: a quote and which of its occurrences. */
  readonly places: Readonly<Record<string, Where>>;
  readonly edits: readonly Edit[];
}

const paragraphs = (text: string): string[] => text.split('\n\n');

const ARTICLE_PLACES = {
  headline: { quote: "Tramway : la métropole vote 412 millions d'euros pour prolonger la ligne T4" },
  votes: { quote: 'par 98 voix contre 31' },
  budget: { quote: "une enveloppe de 412 millions d'euros" },
  line: { quote: 'la ligne T4', occurrence: 1 },
  schedule: { quote: 'Les travaux doivent commencer au printemps 2026 et durer trois ans.' },
  length: { quote: 'longue de 6,8 kilomètres' },
  works: { quote: paragraphs(ARTICLE_A)[2] ?? '' },
  said: { quote: "« C'est le chantier le plus attendu du mandat »" },
  ridership: { quote: 'la fréquentation de la ligne a progressé de 18 % en deux ans' },
  percent: { quote: '18 %' },
  audit: { quote: 'réclame un audit indépendant' },
  opening: { quote: "Le premier tronçon pourrait ouvrir dès la fin de l'année 2028." },
};

const ARTICLE: Scenario = {
  original: ARTICLE_A,
  places: ARTICLE_PLACES,
  edits: [
    { name: 'unchanged', edit: (text) => text },
    {
      name: 'insert a paragraph before',
      edit: (text) => text.replace('\n\nLe conseil', "\n\nMise à jour : cet article a été complété vendredi matin avec les réactions des élus.\n\nLe conseil"),
    },
    {
      name: 'delete the headline',
      edit: (text) => text.slice(text.indexOf('\n\n') + 2),
      expect: { headline: 'orphan', line: { quote: 'la ligne T4', occurrence: 0 } },
    },
    {
      name: 'insert and delete right next to the quotes',
      edit: (text) =>
        text
          .replace('par 98 voix contre 31, une', 'par 98 voix contre 31 (et quatre abstentions), une')
          .replace('Le conseil métropolitain a adopté jeudi soir, ', 'Jeudi soir, le conseil a adopté, ')
          .replace('selon les services', 'selon les services techniques'),
      expect: { works: { quote: paragraphs(ARTICLE_A)[2]?.replace('selon les services', 'selon les services techniques') ?? '' } },
    },
    {
      name: 'edit inside the quotes',
      edit: (text) =>
        text.replace('98 voix contre 31', '97 voix contre 32').replace('durer trois ans', 'durer quatre ans').replace('un audit indépendant', 'un audit externe indépendant'),
      expect: {
        votes: { quote: 'par 97 voix contre 32' },
        schedule: { quote: 'Les travaux doivent commencer au printemps 2026 et durer quatre ans.' },
        works: { quote: paragraphs(ARTICLE_A)[2]?.replace('durer trois ans', 'durer quatre ans') ?? '' },
        audit: { quote: 'réclame un audit externe indépendant' },
      },
    },
    {
      name: 'replace the second paragraph',
      edit: (text) => {
        const parts = paragraphs(text);
        parts[2] = "Le calendrier n'est pas arrêté : la métropole attend l'avis de l'autorité environnementale, annoncé pour l'automne, avant de fixer la date des premiers travaux.";
        return parts.join('\n\n');
      },
      expect: { schedule: 'orphan', length: 'orphan', works: 'orphan' },
    },
    {
      name: 'reorder the paragraphs',
      edit: (text) => {
        const [headline, first, second, third, ...rest] = paragraphs(text);
        return [headline, third, second, first, ...rest].join('\n\n');
      },
    },
    {
      name: 'delete sentences',
      edit: (text) =>
        text.replace(" Le premier tronçon pourrait ouvrir dès la fin de l'année 2028.", '').replace('Les travaux doivent commencer au printemps 2026 et durer trois ans. ', ''),
      expect: {
        opening: 'orphan',
        schedule: 'orphan',
        works: { quote: (paragraphs(ARTICLE_A)[2] ?? '').replace('Les travaux doivent commencer au printemps 2026 et durer trois ans. ', ''), orOrphan: true },
      },
    },
    {
      name: "replace the file with another outlet's version",
      edit: () => ARTICLE_B,
      expect: {
        headline: 'orphan',
        votes: { quote: 'Par 98 voix contre 31', orOrphan: true },
        budget: { quote: "un budget de 412 millions d'euros", orOrphan: true },
        line: { quote: 'la ligne T4', orOrphan: true },
        schedule: { quote: "Le chantier, prévu pour démarrer au printemps 2026, doit s'étaler sur trois ans.", orOrphan: true },
        length: { quote: 'sur 6,8 kilomètres', orOrphan: true },
        works: { quote: paragraphs(ARTICLE_B)[2] ?? '', orOrphan: true },
        said: { quote: "« C'est le chantier le plus attendu du mandat »" },
        ridership: { quote: 'La fréquentation de la ligne a bondi de 18 % en deux ans', orOrphan: true },
        percent: { quote: '18 %', orOrphan: true },
        audit: { quote: 'demandent un audit indépendant', orOrphan: true },
        opening: 'orphan',
      },
    },
    { name: 'CRLF line ends', edit: (text) => text.replace(/\n/g, '\r\n') },
    { name: 'hard-wrapped at 60 columns', edit: (text) => paragraphs(text).map(wrap).join('\n\n') },
    { name: 'curly apostrophes', edit: (text) => text.replace(/'/g, '\u2019') },
    { name: 'emoji before the quotes', edit: (text) => `🚋🚋 ${text.replace('jeudi soir,', 'jeudi soir 👍,').replace('« C', '📣 « C')}` },
    {
      name: 'an unrelated article',
      edit: () => UNRELATED,
      expect: Object.fromEntries(Object.keys(ARTICLE_PLACES).map((place) => [place, 'orphan'])),
    },
  ],
};

const NEAR_TWINS: Scenario = {
  original: SIBLINGS,
  places: {
    t2: { quote: 'La ligne T2 a transporté 38 000 voyageurs par jour en moyenne.' },
    t2figure: { quote: '38 000 voyageurs' },
    t4figure: { quote: '41 000 voyageurs' },
    bus: { quote: 'Le réseau de bus a transporté 38 000 voyageurs par jour le week-end' },
  },
  edits: [
    {
      name: 'near twins: delete the T2 sentence',
      edit: (text) => text.replace(' La ligne T2 a transporté 38 000 voyageurs par jour en moyenne.', ''),
      expect: { t2: 'orphan', t2figure: 'orphan' },
    },
    {
      name: 'near twins: change the T2 figure',
      edit: (text) => text.replace('T2 a transporté 38 000', 'T2 a transporté 39 500'),
      expect: {
        // Sentences built alike: an edited T2 looks like a deleted T2 next to its siblings, so losing it is accepted.
        t2: { quote: 'La ligne T2 a transporté 39 500 voyageurs par jour en moyenne.', orOrphan: true },
        t2figure: { quote: '39 500 voyageurs', orOrphan: true },
        bus: { quote: 'Le réseau de bus a transporté 38 000 voyageurs par jour le week-end' },
      },
    },
    {
      name: 'near twins: delete the T2 sentence and the bus paragraph',
      edit: (text) => text.replace(' La ligne T2 a transporté 38 000 voyageurs par jour en moyenne.', '').replace(/\n\nLe réseau de bus[^\n]*/, ''),
      expect: { t2: 'orphan', t2figure: 'orphan', bus: 'orphan' },
    },
    {
      name: 'near twins: swap the T1 and T2 sentences',
      edit: (text) =>
        text.replace(
          'La ligne T1 a transporté 52 000 voyageurs par jour en moyenne. La ligne T2 a transporté 38 000 voyageurs par jour en moyenne.',
          'La ligne T2 a transporté 38 000 voyageurs par jour en moyenne. La ligne T1 a transporté 52 000 voyageurs par jour en moyenne.',
        ),
    },
  ],
};

/** Annotated on Windows (CRLF), one quote across a paragraph break; then the file is normalised to LF. */
const CRLF_ARTICLE: Scenario = {
  original: ARTICLE_A.replace(/\n/g, '\r\n'),
  places: {
    votes: { quote: 'par 98 voix contre 31' },
    across: { quote: 'gare de Vénissieux-Parilly. Les travaux doivent commencer' },
    opening: { quote: "Le premier tronçon pourrait ouvrir dès la fin de l'année 2028." },
  },
  edits: [
    { name: 'CRLF to LF', edit: (text) => text.replace(/\r\n/g, '\n') },
    {
      name: 'CRLF to LF, a sentence inserted',
      edit: (text) => text.replace(/\r\n/g, '\n').replace('Parilly.', 'Parilly. Le vote était attendu depuis deux ans.'),
      expect: { across: 'orphan' },
    },
  ],
};

/**
 * A sweep over every sentence of both test texts: annotate the sentence, then
 * delete it (must become an orphan) or change its middle word (must follow it).
 */
function sentenceSweep(original: string, alike = false): Scenario[] {
  const sentences = [...original.matchAll(/[^.!?\n]+[.!?]/g)].map((match) => match[0].trim()).filter((sentence) => sentence.split(' ').length >= 4);
  return sentences.map((sentence) => {
    const words = sentence.split(' ');
    const middle = Math.floor(words.length / 2);
    const changed = [...words.slice(0, middle), 'autrement', ...words.slice(middle + 1)].join(' ');
    return {
      original,
      places: { sentence: { quote: sentence } },
      edits: [
        { name: `sweep: delete "${sentence.slice(0, 24)}…"`, edit: (text) => text.replace(sentence, ''), expect: { sentence: 'orphan' } },
        {
          name: `sweep: change a word of "${sentence.slice(0, 24)}…"`,
          edit: (text) => text.replace(sentence, changed),
          // Among sentences built alike, an edited sentence looks like a deleted one next to its siblings.
          expect: { sentence: { quote: changed, orOrphan: alike } },
        },
      ],
    } satisfies Scenario;
  });
}

const SCENARIOS: readonly Scenario[] = [ARTICLE, NEAR_TWINS, CRLF_ARTICLE, ...sentenceSweep(ARTICLE_A), ...sentenceSweep(SIBLINGS, true)];

function wrap(paragraph: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    if (line && line.length + word.length + 1 > 60) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines.join('\n');
}

/** Finds a quote the way a reader would: any whitespace run for a space, any apostrophe for an apostrophe. */
function find(text: string, where: Where): Span {
  const pattern = [...where.quote]
    .map((char) => (char === ' ' ? '[\\s\\u00a0\\u202f]+' : char === "'" ? "['\u2019]" : char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  const matches = [...text.matchAll(new RegExp(pattern, 'g'))];
  const match = matches[where.occurrence ?? 0];
  if (match?.index === undefined) throw new Error(`test bug: "${where.quote}" #${where.occurrence ?? 0} not in the text`);
  return { start: match.index, end: match.index + match[0].length };
}

type Verdict = 'correct' | 'accepted orphan' | 'wrong' | 'missed';

function judge(result: AnchorResult, expected: Expectation, text: string): Verdict {
  if (expected === 'orphan') return result.span === null ? 'correct' : 'wrong';
  if (result.span === null) return expected.orOrphan ? 'accepted orphan' : 'missed';
  const want = find(text, expected);
  // Exact and moved anchors must be exact; fuzzy ones may be off by two code units at each end.
  const slack = result.status === 'fuzzy' ? 2 : 0;
  return Math.abs(result.span.start - want.start) <= slack && Math.abs(result.span.end - want.end) <= slack ? 'correct' : 'wrong';
}

describe('re-anchoring', () => {
  it('anchors every scripted edit correctly, never to a wrong place', () => {
    const totals: Record<Verdict, number> = { correct: 0, 'accepted orphan': 0, wrong: 0, missed: 0 };
    const byStatus: Record<string, number> = {};
    const failures: string[] = [];
    const acceptedOrphans: string[] = [];
    const started = performance.now();
    for (const { original, places, edits } of SCENARIOS) {
      const stored = Object.entries(places).map(([place, where]) => {
        const span = find(original, where);
        return { place, selectors: { ...describeSpan(original, span), start: span.start, end: span.end } };
      });
      for (const { name, edit, expect } of edits) {
        const text = edit(original);
        const anchorer = new TextAnchorer(text);
        for (const { place, selectors } of stored) {
          const result = anchorer.anchor(selectors);
          const expected = expect?.[place] ?? places[place] ?? 'orphan';
          const verdict = judge(result, expected, text);
          totals[verdict]++;
          byStatus[result.status] = (byStatus[result.status] ?? 0) + 1;
          if (verdict === 'accepted orphan') acceptedOrphans.push(`${name} / ${place}`);
          if (verdict === 'wrong' || verdict === 'missed') {
            const got = result.span ? JSON.stringify(text.slice(result.span.start, result.span.end)) : 'orphan';
            failures.push(`${name} / ${place}: ${verdict}: ${result.status} ${got} (score ${result.score})`);
          }
        }
      }
    }
    const elapsed = performance.now() - started;
    const total = totals.correct + totals['accepted orphan'] + totals.wrong + totals.missed;
    console.log(
      `re-anchoring: ${totals.correct + totals['accepted orphan']}/${total} correct (${totals['accepted orphan']} of them accepted orphans: ` +
        `reworded beyond recognition), ${totals.wrong} wrong anchors, ${totals.missed} missed ` +
        `(${Object.entries(byStatus)
          .map(([status, count]) => `${count} ${status}`)
          .join(', ')}; ${elapsed.toFixed(1)} ms)`,
    );
    console.log(`  accepted orphans: ${acceptedOrphans.join('; ')}`);
    for (const failure of failures) console.log(`  ${failure}`);
    assert.equal(totals.wrong, 0, failures.join('\n'));
    assert.equal(totals.missed, 0, failures.join('\n'));
  });

  it('reports exact, moved and fuzzy with their spans', () => {
    const text = 'Alpha beta gamma delta.';
    const selectors = { ...describeSpan(text, { start: 6, end: 10 }), start: 6, end: 10 };
    assert.deepEqual(anchorQuote(selectors, text), { status: 'exact', span: { start: 6, end: 10 }, score: 1 });
    const moved = anchorQuote(selectors, `Zeta. ${text}`);
    assert.equal(moved.status, 'moved');
    assert.deepEqual(moved.span, { start: 12, end: 16 });
    const long = { ...describeSpan(text, { start: 0, end: 22 }), start: 0, end: 22 };
    const fuzzy = anchorQuote(long, 'Alpha beta gama delta. And more.');
    assert.equal(fuzzy.status, 'fuzzy');
    assert.deepEqual(fuzzy.span, { start: 0, end: 21 });
    assert.ok(fuzzy.score > 0.8 && fuzzy.score < 1, String(fuzzy.score));
    const orphan = anchorQuote(long, 'Nothing to see here, nothing at all.');
    assert.equal(orphan.status, 'orphan');
    assert.equal(orphan.span, null);
    assert.equal(anchorQuote(long, '').status, 'orphan');
  });

  it('keeps surrogate pairs whole in contexts and spans', () => {
    const text = '🚋abc🚋def🚋';
    const quote = describeSpan(text, { start: 2, end: 5 }, 1);
    assert.equal(quote.prefix, ''); // a lone low surrogate is never stored
    assert.equal(quote.suffix, '');
    const described = describeSpan(text, { start: 2, end: 5 }, 2);
    assert.equal(described.prefix, '🚋');
    assert.equal(described.suffix, '🚋');
  });

  it('scans megabytes within a bounded time', () => {
    const filler = paragraphs(UNRELATED).join(' ');
    let big = '';
    while (big.length < 1_000_000) big += `${filler} `;
    const quote = ARTICLE_PLACES.ridership.quote;
    const selectors = { exact: quote, prefix: 'Marchetti, en rappelant que ', suffix: '.', start: 10, end: 10 + quote.length };
    const edited = `${big}Hélène Marchetti, en rappelant que la fréquentation de la ligne a progressé de 18 % en deux années. ${big}`;
    const timings: string[] = [];
    const time = <T>(label: string, run: () => T): T => {
      const started = performance.now();
      const result = run();
      timings.push(`${label} ${(performance.now() - started).toFixed(0)} ms`);
      return result;
    };
    const fuzzy = time('fuzzy in 2 MB', () => anchorQuote(selectors, edited));
    assert.equal(fuzzy.status, 'fuzzy');
    assert.equal(edited.slice(fuzzy.span?.start, fuzzy.span?.end), 'la fréquentation de la ligne a progressé de 18 % en deux années');
    const orphan = time('orphan in 1 MB', () => anchorQuote({ ...selectors, exact: ARTICLE_PLACES.opening.quote }, big));
    assert.equal(orphan.status, 'orphan');
    const paragraph = paragraphs(ARTICLE_A)[2] ?? '';
    const long = time(`orphan of a ${paragraph.length}-character paragraph in 1 MB`, () => anchorQuote({ exact: paragraph, prefix: '', suffix: '', start: 0, end: paragraph.length }, big));
    assert.equal(long.status, 'orphan');
    const moved = time('moved in 2 MB', () => anchorQuote({ ...selectors, exact: 'Marchetti, en rappelant que la fréquentation' }, edited));
    assert.equal(moved.status, 'moved');
    console.log(`re-anchoring timings: ${timings.join(', ')}`);
    assert.ok(timings.every((timing) => Number(/ (\d+) ms$/.exec(timing)?.[1]) < 3000), timings.join(', '));
  });
});
