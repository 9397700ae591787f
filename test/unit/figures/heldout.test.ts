/**
 * Held-out corpora of the figures recogniser: test/fixtures/figures/heldout.{fr,en}.jsonl (round 1),
 * heldout2.{fr,en}.jsonl (round 2), heldout3.{fr,en}.jsonl (round 3), heldout4.{fr,en}.jsonl (round 4) and heldout5.{fr,en}.jsonl (round 5). Each was written before looking at how the code handles its sentences,
 * so its first measurement estimates generalisation rather than the golden set's fit. Same line format and the same matching as golden.test.ts
 * (a figure matches an expectation by its exact text; value+unit+interval must agree), but nothing per
 * sentence is asserted: the test prints per-kind precision/recall and value+unit F1 (overall and for
 * money+percent, the figures Recoupe is judged on), lists what it gets wrong, and asserts floors.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadRows, measure, type Measure, type Row } from './measure';

/**
 * First measurement of round 1 (heldout.*.jsonl: 243 expected figures, 143 sentences), taken on the code
 * as it was before any change made for this corpus. Round 1 then drove the fixes, so its later score is
 * no longer a blind estimate.
 */
export const FIRST_MEASURE: Measure = {
  overall: { precision: 0.938, recall: 0.934, f1: 0.936 },
  moneyPercent: { precision: 0.963, recall: 0.875, f1: 0.917 },
};

/**
 * First measurement of round 2 (heldout2.*.jsonl: 158 expected figures, 93 sentences), written after the
 * round-1 fixes and measured before any change made for it: the honest estimate of how those fixes
 * generalise. For reference, the code before any fix scored F1 91.3 % (money+percent 88.3 %) on round 2.
 */
export const FIRST_MEASURE_ROUND2: Measure = {
  overall: { precision: 0.955, recall: 0.937, f1: 0.946 },
  moneyPercent: { precision: 0.946, recall: 0.909, f1: 0.927 },
};

/**
 * First measurement of round 3 (heldout3.*.jsonl: 273 expected figures, 142 sentences, 183 of them money or
 * percentages), written after the round-2 fixes and measured before any change made for it. One labelling
 * slip was corrected after that run, before any code change ("des deux assureurs" is a count, as in the
 * golden set); as first written the set scored F1 96.1 % overall, the same 96.9 % on money+percent.
 */
export const FIRST_MEASURE_ROUND3: Measure = {
  overall: { precision: 0.977, recall: 0.949, f1: 0.963 },
  moneyPercent: { precision: 0.989, recall: 0.951, f1: 0.969 },
};

/**
 * First measurement of round 4 (heldout4.*.jsonl: 333 expected figures, 182 sentences, 245 of them money or
 * percentages), written after the round-3 fixes and measured before any change made for it. It deliberately
 * reaches into forms the earlier rounds barely touched (Nordic crowns, zlotys, rand, naira, pesos, reais, FCFA,
 * G$ and $ CA, lakh crore, k€, bps/pts, signed changes, headline tables, words such as "half a billion") and
 * carries traps (postcodes, phase 3, p-values, times, scores, model names). No label was changed after the run.
 */
export const FIRST_MEASURE_ROUND4: Measure = {
  overall: { precision: 0.916, recall: 0.922, f1: 0.919 },
  moneyPercent: { precision: 0.965, recall: 0.902, f1: 0.932 },
};

/**
 * First measurement of round 5 (heldout5.*.jsonl: 108 expected figures, 50 sentences, 79 of them money or
 * percentages), a smaller spot check written after the round-4 fixes (and the general fixes found by probing
 * since) and measured before any change made for it. No label was changed after the run.
 */
export const FIRST_MEASURE_ROUND5: Measure = {
  overall: { precision: 0.981, recall: 0.981, f1: 0.981 },
  moneyPercent: { precision: 0.988, recall: 0.988, f1: 0.988 },
};

/**
 * First measurement of round 6 (heldout6.*.jsonl: 182 expected figures, 96 sentences, 150 of them money or
 * percentages), written blind after round 5 with traps (model numbers, index levels, exchange rates, scores,
 * phone and section numbers) and labelled by value and unit only (ranges by their bounds, no rounding interval),
 * so only money+percent is scored; other kinds were listed where the writer chose to. Measured before any change
 * made for it: the two errors were exchange rates ("153 yen per dollar") read as sums of money.
 */
export const FIRST_MEASURE_ROUND6_MONEY_PERCENT = { precision: 0.987, recall: 1, f1: 0.993 } as const;

/** Floors: the level finally reached, minus a small margin. Not 100 %: the gaps left are listed in the output. */
const FLOOR = {
  round1: { overall: 0.97, moneyPercent: 0.97 },
  round2: { overall: 0.97, moneyPercent: 0.97 },
  round3: { overall: 0.97, moneyPercent: 0.97 },
  round4: { overall: 0.97, moneyPercent: 0.97 },
  round5: { overall: 0.97, moneyPercent: 0.97 },
} as const;


const round1: Row[] = [...loadRows('heldout.fr.jsonl'), ...loadRows('heldout.en.jsonl')];
const round2: Row[] = [...loadRows('heldout2.fr.jsonl'), ...loadRows('heldout2.en.jsonl')];
const round3: Row[] = [...loadRows('heldout3.fr.jsonl'), ...loadRows('heldout3.en.jsonl')];
const round4: Row[] = [...loadRows('heldout4.fr.jsonl'), ...loadRows('heldout4.en.jsonl')];
const round5: Row[] = [...loadRows('heldout5.fr.jsonl'), ...loadRows('heldout5.en.jsonl')];
const round6: Row[] = [...loadRows('heldout6.fr.jsonl'), ...loadRows('heldout6.en.jsonl')];
test('held-out corpus, round 1: precision/recall per kind and value+unit F1', () => {
  const m = measure('held-out corpus, round 1 (heldout.*.jsonl)', round1, FIRST_MEASURE);
  assert.ok(m.expected >= 150, 'round 1 holds at least 150 figures');
  assert.ok(m.overall.f1 >= FLOOR.round1.overall, `F1 ${m.overall.f1} ≥ ${FLOOR.round1.overall}`);
  assert.ok(m.moneyPercent.f1 >= FLOOR.round1.moneyPercent, `money+percent F1 ${m.moneyPercent.f1} ≥ ${FLOOR.round1.moneyPercent}`);
});

test('held-out corpus, round 2: precision/recall per kind and value+unit F1', () => {
  const m = measure('held-out corpus, round 2 (heldout2.*.jsonl)', round2, FIRST_MEASURE_ROUND2);
  assert.ok(m.expected >= 150, 'round 2 holds at least 150 figures');
  assert.ok(m.overall.f1 >= FLOOR.round2.overall, `F1 ${m.overall.f1} ≥ ${FLOOR.round2.overall}`);
  assert.ok(m.moneyPercent.f1 >= FLOOR.round2.moneyPercent, `money+percent F1 ${m.moneyPercent.f1} ≥ ${FLOOR.round2.moneyPercent}`);
});


test('held-out corpus, round 3: precision/recall per kind and value+unit F1', () => {
  const m = measure('held-out corpus, round 3 (heldout3.*.jsonl)', round3, FIRST_MEASURE_ROUND3);
  assert.ok(m.expected >= 150, 'round 3 holds at least 150 figures');
  assert.ok(m.overall.f1 >= FLOOR.round3.overall, `F1 ${m.overall.f1} ≥ ${FLOOR.round3.overall}`);
  assert.ok(m.moneyPercent.f1 >= FLOOR.round3.moneyPercent, `money+percent F1 ${m.moneyPercent.f1} ≥ ${FLOOR.round3.moneyPercent}`);
});

test('held-out corpus, round 4: precision/recall per kind and value+unit F1', () => {
  const m = measure('held-out corpus, round 4 (heldout4.*.jsonl)', round4, FIRST_MEASURE_ROUND4);
  assert.ok(m.expected >= 250, 'round 4 holds at least 250 figures');
  assert.ok(m.overall.f1 >= FLOOR.round4.overall, `F1 ${m.overall.f1} ≥ ${FLOOR.round4.overall}`);
  assert.ok(m.moneyPercent.f1 >= FLOOR.round4.moneyPercent, `money+percent F1 ${m.moneyPercent.f1} ≥ ${FLOOR.round4.moneyPercent}`);
});

test('held-out corpus, round 5: precision/recall per kind and value+unit F1', () => {
  const m = measure('held-out corpus, round 5 (heldout5.*.jsonl)', round5, FIRST_MEASURE_ROUND5);
  assert.ok(m.expected >= 100, 'round 5 holds at least 100 figures');
  assert.ok(m.overall.f1 >= FLOOR.round5.overall, `F1 ${m.overall.f1} ≥ ${FLOOR.round5.overall}`);
  assert.ok(m.moneyPercent.f1 >= FLOOR.round5.moneyPercent, `money+percent F1 ${m.moneyPercent.f1} ≥ ${FLOOR.round5.moneyPercent}`);
});


/**
 * First measurement of round 7 (heldout7.*.jsonl: 384 money and percentage figures, 223 sentences, written blind
 * by a helper that read no code: public budgets, Swiss/Belgian/Quebec/African French, exchange rates, product-name
 * traps), on main at e26fd3b plus the day's claim rules (no figure rule written for it). Only money and percentages
 * are labelled. The writer's qualifier names (gt, approx…) were mapped to the report contract's before the run.
 * Errors: exchange rates ("le dollar s'échangeait à 141 yens") read as sums, fractions ("deux tiers") read as
 * percentages where the labels say they are not, FCFA always XOF, "120 millions US$" and "4,9 milliards de CHF"
 * with the currency after, "~$54bn", and currencies carried to a bare "300 000" or "1,4 million".
 */
export const FIRST_MEASURE_ROUND7_MONEY_PERCENT = { precision: 0.952, recall: 0.971, f1: 0.961 } as const;


/**
 * First measurement of round 8 (heldout8.*.jsonl: 483 money and percentage figures, 195 sentences, written blind
 * by a helper that read no code: local government, pensions, farming, sport, retail prices per unit, polls; Belgian,
 * Swiss, Quebec, Maghreb, West and Central African French; UK, Irish, Indian, Nigerian, South African, Singapore
 * English), on main after merging the round-7 fixes (branch fig8, written without seeing round 8), before any change
 * made for it: money+percent P 98.1 / R 98.3 / F1 98.2. Errors: fractions ("un tiers", "less than half", "one in
 * three") read as percentages where the labels say they are not (6 of 9 false positives), "730 francs" in a Cameroon
 * sentence read as CHF, "1,689 €" (a price per litre) read as 1 689, "N70,000" (naira) and "R21,000" (rand) missed,
 * euro cents written "52 cent" / "51c" missed, and one carried currency ("312 millions").
 */
export const FIRST_MEASURE_ROUND8_MONEY_PERCENT = { precision: 0.981, recall: 0.983, f1: 0.982 } as const;

/**
 * Rounds 6–8 label money and percentages only (other kinds listed in part or not at all): they are scored on
 * money+percent F1, each against its first measurement and the floor it reached after the rules it led to.
 */
const moneyPercentRounds = [
  { round: 6, rows: round6, first: FIRST_MEASURE_ROUND6_MONEY_PERCENT, minExpected: 150, floor: 0.97 },
  // Round 7 after its rules (exchange rates named by their subject, CFA zones, codes after the amount, "~", carried
  // currencies, cents): 99.5 %, the fractions ("deux tiers") left as percentages by decision.
  { round: 7, rows: [...loadRows('heldout7.fr.jsonl'), ...loadRows('heldout7.en.jsonl')], first: FIRST_MEASURE_ROUND7_MONEY_PERCENT, minExpected: 300, floor: 0.985 },
  { round: 8, rows: [...loadRows('heldout8.fr.jsonl'), ...loadRows('heldout8.en.jsonl')], first: FIRST_MEASURE_ROUND8_MONEY_PERCENT, minExpected: 400, floor: 0.98 },
] as const;

for (const { round, rows, first, minExpected, floor } of moneyPercentRounds) {
  test(`held-out corpus, round ${round} (money and percentages only): money+percent F1`, () => {
    const m = measure(`held-out corpus, round ${round} (heldout${round}.*.jsonl; money+percent only)`, rows);
    console.log(`first measurement of round ${round}: money+percent F1 ${(100 * first.f1).toFixed(1)}%`);
    assert.ok(m.expected >= minExpected, `round ${round} holds at least ${minExpected} figures`);
    assert.ok(m.moneyPercent.f1 >= floor, `money+percent F1 ${m.moneyPercent.f1} ≥ ${floor}`);
  });
}
