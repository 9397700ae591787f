/**
 * Names the data lists settle (data/known.ts, data/places.ts): well-known organisations and places typed with no cue
 * around them, and the traps a list must not fall into (common words, given names, surnames, articles). Sentences
 * written for Recoupe.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recogniseEntities } from '../../../server/src/engine/entities';
import type { Lang } from '../../../server/src/engine/types';
import { paragraphsOf } from './support';

/** Strong mentions as "text/type", in order. */
function strong(text: string, lang: Lang): string[] {
  return recogniseEntities(text, paragraphsOf(text, lang))
    .mentions.filter((m) => m.confidence === 'strong')
    .map((m) => `${m.text}/${m.type}`);
}

function check(cases: readonly (readonly [string, readonly string[], Lang?])[]): void {
  for (const [text, expected, lang] of cases) it(text, () => assert.deepEqual(strong(text, lang ?? 'fr'), expected));
}

describe('known names: an elided article or a final "’s" that belongs to the name', () => {
  check([
    ['Selon L’Humanité, le texte passe.', ['L’Humanité/organization']],
    // A common noun after an elided article at the start of a sentence is no newspaper.
    ['L’humanité est en danger, a-t-il dit.', []],
    ['L’express de 8 heures est parti en retard.', []],
    ['Shoppers flocked to Sainsbury’s on Monday.', ['Sainsbury’s/organization'], 'en'],
    ['Sainsbury’s said sales rose.', ['Sainsbury’s/organization'], 'en'],
    // An unknown name keeps its possessive apart.
    ['Ocado’s shares fell after Tesco’s update.', ['Ocado/organization', 'Tesco/organization'], 'en'],
  ]);
});

describe('known names: a known first word is the whole name when a common word follows in lower case', () => {
  check([
    ['Shops in Manchester city centre reopened on Monday.', ['Manchester/place'], 'en'],
    ['Manchester City won again in Liverpool.', ['Manchester City/organization', 'Liverpool/place'], 'en'],
    // French names keep one capital: no known word opens them.
    ['Le Crédit agricole et la Société générale ont publié leurs comptes.', ['Crédit agricole/organization', 'Société générale/organization']],
  ]);
});
