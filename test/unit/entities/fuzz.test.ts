/**
 * Deterministic fuzz of the recognisers on short runs of the words their rules key on (nationalities, organisation
 * heads, legal forms, particles, bylines, amounts): every run must end quickly. Blind batch r9 found a headline that
 * looped forever ("Japanese Group Takamura"); this looks for the next one. A hang fails by hanging, so CI's limit.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { recogniseEntities } from '../../../server/src/engine/entities';
import { extractFigures } from '../../../server/src/engine/figures';
import type { Lang } from '../../../server/src/engine/types';
import { paragraphsOf } from './support';

const vocab = ['Japanese', 'French', 'British', 'Group', 'Bank', 'Holdings', 'SA', 'Inc.', 'Ltd', 'de', 'la', 'Le', 'Van', 'der', 'Saint', 'Jean-Pierre', 'Marie', 'Paris', 'Lyon', 'London-based', 'Université', 'of', 'the', 'and', '&', 'Co', 'Ville', 'Région', 'NICE', 'EDF', 'Cape', 'Town', 'FC', 'United', 'St.', 'Dr', 'M.', 'Mme', "O'Neil", "d'Arc", 'Company', 'Agency', 'Office', 'Festival', 'Cup', 'Ministère', 'Department', 'Health', 'Model', '3', 'X2', 'iPhone', '15', '£410m', '14,3', 'milliards', "d'euros", ',', '.', ':', '—', '|', '(', ')', '«', '»', '"', 'Par', 'By', 'Photo', 'AFP', 'Reuters', 'Takamura', 'Agrees', 'Takeover', 'Speyside', "Speyside's", 'Lake', 'River', 'Mount', 'Rue', 'avenue', 'Tribunal', 'Court', 'Council', 'Union', 'European', 'Commission', 'President', 'CEO', 'said', 'a', 'dit', 'Lundi', 'March', 'mars', '2025'];

test('random runs of rule words all end, each in well under a second', () => {
  let seed = 12345;
  const rand = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  let slowest = 0;
  for (let k = 0; k < 3000; k++) {
    const words: string[] = [];
    for (let w = 0, len = 3 + rand(9); w < len; w++) words.push(vocab[rand(vocab.length)] ?? '');
    const text = words.join(' ');
    const lang: Lang = rand(2) ? 'fr' : 'en';
    const started = Date.now();
    recogniseEntities(text, paragraphsOf(text, lang));
    extractFigures(text, { lang, documentDate: '2025-10-15' });
    slowest = Math.max(slowest, Date.now() - started);
  }
  assert.ok(slowest < 1000, `slowest run ${slowest} ms`);
});
