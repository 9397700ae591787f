/**
 * Organisations, places and products the recogniser reads from naming habits rather than lists: dotted
 * abbreviations, legal forms, names opening with a nationality, model numbers, bylines. Our own sentences, French
 * and English, each with the traps that must stay out.
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

function cases(title: string, list: readonly (readonly [string, readonly string[], Lang?])[]): void {
  describe(title, () => {
    for (const [text, expected, lang] of list) it(text, () => assert.deepEqual(strong(text, lang ?? 'en'), expected));
  });
}

cases('entities: dotted abbreviations keep their last full stop', [
  ['Exports to the U.S. fell in March, the ministry said.', ['U.S./place']],
  ['Selon Désormais, les U.S.A. restent le premier marché.', ['U.S.A./place'], 'fr'],
  ['The order went to Baltika Yapı A.Ş. on Monday.', ['Baltika Yapı A.Ş./organization']],
  // An initial of a person's name is no abbreviation of a place: "John F. Kennedy".
  ['Vidéo : John F. Kennedy Airport reopened on Monday.', ['John F. Kennedy Airport/place']],
]);

cases('entities: legal forms and nationalities that belong to the name', [
  ['Vellmore plc said on Monday it would cut 300 jobs.', ['Vellmore plc/organization']],
  ['Shares of Harcastle plc fell after the CEO left.', ['Harcastle plc/organization']],
  ['British Airways Adds Flights to Lagos as Demand Grows', ['British Airways/organization', 'Lagos/place']],
  // A nationality before a name that is no known one stays a descriptor, months and job titles no name.
  ['Conclusion: the Turkish firm Orvana hired a CEO in June.', ['Orvana/organization']],
]);
