import type { Report } from '../../../server/src/report/schema';

type Figure = Report['documents'][number]['figures'][number];

const range = (line: number, start: number, end: number) => ({ start: { line, character: start }, end: { line, character: end } });

function figure(id: string, line: number, text: string, fields: Partial<Figure>): Figure {
  return {
    id,
    range: range(line, 4, 4 + text.length),
    text,
    kind: 'money',
    value: null,
    low: null,
    high: null,
    unit: 'USD',
    qualifier: 'exact',
    claimId: null,
    unitInferred: false,
    reported: false,
    date: null,
    ...fields,
  };
}

/**
 * A small hand-made report: a conflict (14.3 vs 14.8 bn, plus an open-ended
 * "more than" and a hostile wording), a consistent claim stated in two
 * currencies, and a single-source claim.
 */
export function sampleReport(): Report {
  const investment = 'investment:scaleai+meta:USD';
  const valuation = 'valuation:scaleai:USD';
  const stake = 'stake:meta:%';
  return {
    schemaVersion: 1,
    tool: { name: 'recoupe', version: '0.1.0' },
    documents: [
      {
        path: 'a-wire.txt',
        language: 'en',
        date: '2025-06-20',
        entities: [{ id: 'meta', name: 'Meta', type: 'organization', range: range(0, 0, 4), text: 'Meta' }],
        figures: [
          figure('a-wire.txt#1', 2, '$14.3bn', { value: 14.3e9, low: 14.25e9, high: 14.35e9, claimId: investment }),
          figure('a-wire.txt#2', 3, 'roughly $29 billion', { value: 29e9, low: 26.1e9, high: 31.900000000000004e9, qualifier: 'about', claimId: valuation }),
          figure('a-wire.txt#3', 4, '49%', { kind: 'percent', unit: '%', value: 49, low: 48.5, high: 49.5, claimId: stake }),
        ],
        diagnostics: [
          {
            range: range(2, 4, 11),
            severity: 'warning',
            code: 'conflict',
            message: '« $14.3bn » contradicts 1 other source(s) on Scale AI → Meta: investment: $14.8 billion (b-weekly.txt:3)',
            related: [{ path: 'b-weekly.txt', range: range(2, 4, 17), message: 'Says $14.8 billion (conflict)' }],
          },
        ],
      },
      {
        path: 'b-weekly.txt',
        language: 'en',
        date: '2025-06-27',
        entities: [],
        figures: [
          figure('b-weekly.txt#1', 2, '$14.8 billion', { value: 14.8e9, low: 14.75e9, high: 14.85e9, claimId: investment }),
          figure('b-weekly.txt#2', 5, 'more than $14 billion', { value: 14e9, low: 14e9, high: null, qualifier: 'more-than', claimId: investment }),
        ],
        diagnostics: [
          {
            range: range(2, 4, 17),
            severity: 'warning',
            code: 'conflict',
            message: '« $14.8 billion » contradicts 1 other source(s) on Scale AI → Meta: investment: $14.3bn (a-wire.txt:3)',
            related: [{ path: 'a-wire.txt', range: range(2, 4, 11), message: 'Says $14.3bn (conflict)' }],
          },
        ],
      },
      {
        path: 'c-blog <"evil">.md',
        language: 'fr',
        date: null,
        entities: [],
        figures: [
          figure('c#1', 7, 'environ 25 milliards d’euros', { value: 25e9, low: 22.5e9, high: 27.5e9, unit: 'EUR', qualifier: 'about', claimId: valuation }),
          figure('c#2', 9, '<script>alert("x")</script> 14,3 Md$', { value: 14.3e9, low: 14.25e9, high: 14.35e9, claimId: investment }),
        ],
        diagnostics: [
          {
            range: range(9, 0, 1),
            severity: 'information',
            code: 'test-note',
            message: 'A message with <b>markup</b> & "quotes"',
            related: [],
          },
        ],
      },
    ],
    claims: [
      {
        id: stake,
        subject: 'meta',
        object: 'scaleai',
        attribute: 'stake',
        period: null,
        label: 'Meta → Scale AI: stake',
        status: 'single',
        mentions: [{ path: 'a-wire.txt', figureId: 'a-wire.txt#3', source: null }],
      },
      {
        id: valuation,
        subject: 'scaleai',
        object: null,
        attribute: 'valuation',
        period: null,
        label: 'Scale AI: valuation',
        status: 'consistent',
        mentions: [
          { path: 'a-wire.txt', figureId: 'a-wire.txt#2', source: null },
          { path: 'c-blog <"evil">.md', figureId: 'c#1', source: null },
        ],
      },
      {
        id: investment,
        subject: 'scaleai',
        object: 'meta',
        attribute: 'investment',
        period: null,
        label: 'Scale AI → Meta: investment <&>',
        status: 'conflict',
        mentions: [
          { path: 'a-wire.txt', figureId: 'a-wire.txt#1', source: null },
          { path: 'b-weekly.txt', figureId: 'b-weekly.txt#1', source: null },
          { path: 'b-weekly.txt', figureId: 'b-weekly.txt#2', source: 'Mark Zuckerberg <CEO>' },
          { path: 'c-blog <"evil">.md', figureId: 'c#2', source: null },
        ],
      },
    ],
  };
}

/**
 * A minimal XML well-formedness check (enough for the SVG we emit): tags
 * balance, attributes are quoted, no stray "<" or "&".
 */
export function assertWellFormedXml(xml: string): void {
  const stack: string[] = [];
  const tag = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/y;
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt === -1 ? xml.length : lt);
    if (/&(?!(?:amp|lt|gt|quot|#39|#\d+|#x[0-9a-f]+);)/i.test(text)) throw new Error(`bare & in text near ${JSON.stringify(text.slice(0, 60))}`);
    if (text.includes('>')) throw new Error(`bare > in text near ${JSON.stringify(text.slice(0, 60))}`);
    if (lt === -1) break;
    tag.lastIndex = lt;
    const match = tag.exec(xml);
    if (!match) throw new Error(`malformed tag at ${lt}: ${JSON.stringify(xml.slice(lt, lt + 80))}`);
    const [, closing, name, , selfClosing] = match;
    if (closing) {
      const open = stack.pop();
      if (open !== name) throw new Error(`</${name}> closes <${open}>`);
    } else if (!selfClosing) {
      stack.push(name as string);
    }
    i = tag.lastIndex;
  }
  if (stack.length > 0) throw new Error(`unclosed: ${stack.join(', ')}`);
}
