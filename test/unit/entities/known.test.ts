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

describe('known names: well-known organisations with no cue around them', () => {
  check([
    ['La Caisse des dépôts et l’ACPR ont été saisies.', ['Caisse des dépôts/organization', 'ACPR/organization']],
    ['Eiffage, Vinci et Bouygues se disputent le chantier.', ['Eiffage/organization', 'Vinci/organization', 'Bouygues/organization']],
    ['Selon l’Ifop, Lactalis inquiète les éleveurs.', ['Ifop/organization', 'Lactalis/organization']],
    ['La Sécurité sociale et l’Éducation nationale recrutent.', ['Sécurité sociale/organization', 'Éducation nationale/organization']],
    ['Le Stade toulousain a battu l’UBB à Toulouse.', ['Stade toulousain/organization', 'UBB/organization', 'Toulouse/place']],
    ['La Banque populaire de Chine a baissé ses taux.', ['Banque populaire de Chine/organization']],
    // The seats of power are places, as Élysée, Matignon and Bercy already are.
    ['Le Quai d’Orsay a convoqué l’ambassadeur.', ['Quai d’Orsay/place']],
    ['The Justice Department and the FCA opened inquiries.', ['Justice Department/organization', 'FCA/organization'], 'en'],
    ['Moody’s and Fitch cut the rating while Nomura stayed neutral.', ['Moody’s/organization', 'Fitch/organization', 'Nomura/organization'], 'en'],
    ['Boeing, Airbus and Embraer delivered fewer jets.', ['Boeing/organization', 'Airbus/organization', 'Embraer/organization'], 'en'],
    ['Toyota and Hyundai raised prices in Canada.', ['Toyota/organization', 'Hyundai/organization', 'Canada/place'], 'en'],
    ['The House of Representatives passed the bill.', ['House of Representatives/organization'], 'en'],
    ['Red Bull won again in Monaco.', ['Red Bull/organization', 'Monaco/place'], 'en'],
    ['Shares in Marks & Spencer and Ocado rose.', ['Marks & Spencer/organization', 'Ocado/organization'], 'en'],
  ]);
});

describe('known names: traps the lists stay out of', () => {
  check([
    // French abbreviations that spell a listed acronym: the minimum wage is no Chinese chipmaker, AGI no airline group.
    ['Le Smic augmente au 1er janvier.', []],
    ['La course vers l’IAG s’accélère.', []],
    ['Pis encore, le texte est passé.', []],
    ['Le menton levé, il sourit.', []],
    ['Liège attire les touristes, comme le liège des bouchons.', ['Liège/place']],
    ['Léonard de Vinci est mort en 1519.', ['Léonard de Vinci/person']],
    ['L’équipe de France a gagné.', ['France/place']],
    ['Ups and downs marked the year.', [], 'en'],
    ['Cognizant of the risks, the board waited.', [], 'en'],
    ['Fiat money lost value.', [], 'en'],
    ['US steel tariffs rose again.', ['US/place'], 'en'],
    ['China mobile users grew fast.', ['China/place'], 'en'],
    ['After the Paris match, the players rested.', ['Paris/place'], 'en'],
    // A surname that is also a company stays a person with a given name.
    ['Harrison Ford starred in the film.', ['Harrison Ford/person'], 'en'],
    ['Keisuke Honda scored twice.', ['Keisuke Honda/person'], 'en'],
    // "Lévi-Strauss" has the key of "Levi Strauss", "Levi's" is a possessive: the jeans maker stays out of the list.
    ['Lévi-Strauss est mort en 2009.', []],
    // (Levi is a given name of the public US list, so the possessive now reads as a person's.)
    ['Levi’s parents were at the match.', ['Levi/person'], 'en'],
    // A town that names a football club is left to the context.
    ['Arsenal beat Southampton 2-1.', ['Arsenal/organization', 'Southampton/organization'], 'en'],
    ['Ms Reeves met the Treasury team.', ['Reeves/person', 'Treasury/organization'], 'en'],
  ]);
});

describe('known names: outlets, retailers, state bodies and teams a story names with no cue (stop 26)', () => {
  check([
    ['Selon Midi Olympique, le demi de mêlée prolonge. L’Équipe confirme.', ['Midi Olympique/organization', 'L’Équipe/organization']],
    ['Shoppers queued outside John Lewis while Fine Gael and Fianna Fáil traded blame.', ['John Lewis/organization', 'Fine Gael/organization', 'Fianna Fáil/organization'], 'en'],
    ['Fans of Sheffield Wednesday met on Wednesday; the All Blacks trained in Auckland.', ['Sheffield Wednesday/organization', 'All Blacks/organization', 'Auckland/place'], 'en'],
  ]);
});
