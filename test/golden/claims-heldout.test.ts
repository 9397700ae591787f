import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { createEngine, type ClaimSummary, type Engine, type Figure, type Span } from '../../server/src/engine';
import { repoRoot } from '../support/paths';

/**
 * Held-out evaluation of claim tying, scored the way Recoupe is scored on real
 * articles. Four invented stories (test/fixtures/claims-heldout/<story>/*.txt,
 * French and English, several outlets each) with a hand-written gold standard
 * (gold.json): every figure that states a fact, the gold claim it belongs to,
 * and which gold claims are planted conflicts. The stories were written
 * without looking at the engine's trigger tables, so this measures the engine
 * on unseen wording, not the cases it was tuned on.
 *
 * Gold format:
 *   { "story": "…", "claims": [ { "id", "about", "conflict": bool,
 *       "mentions": [ { "doc": "a.txt", "text": "1,2 milliard d'euros", "occurrence"?: 2, "optional"?: true } ] } ] }
 * `text` is found in the document (the `occurrence`-th time, 1-based; it must be
 * unique otherwise) and mapped to the engine's figure that overlaps it most.
 * `optional` marks a restatement ("($1.7 billion)"): leaving it out of the claim
 * is not a missed tie, tying it to another claim is still a wrong tie.
 *
 * Measures, over all pairs of gold mentions of a story:
 *   tied     same gold claim, same engine claim
 *   missed   same gold claim, not the same engine claim (figure not recognised, no claim, or split)
 *   wrong    different gold claims, same engine claim; plus every pair of an engine claim in
 *            which at least one figure is not in the gold (a date, a generic amount…)
 * and over gold claims / findings:
 *   caught   a planted conflict whose engine claim has status conflict or whose mentions carry a
 *            `conflict` finding (the brief's definition); `strict`: a conflict finding on one of its
 *            mentions points at another mention of the same gold claim
 *   false    `conflict` findings that are not strict hits: on figures of consistent gold claims,
 *            on figures outside the gold, or on a planted conflict for the wrong reason
 * Targets: tied / (tied + missed) ≥ 95 %, wrong 0, every planted conflict caught, false 0.
 */

interface GoldMention {
  readonly doc: string;
  readonly text: string;
  readonly occurrence?: number;
  readonly optional?: boolean;
}

interface GoldClaim {
  readonly id: string;
  readonly about?: string;
  readonly conflict: boolean;
  readonly mentions: readonly GoldMention[];
}

interface Gold {
  readonly story: string;
  readonly claims: readonly GoldClaim[];
}

interface Scores {
  mentions: number;
  recognised: number;
  claimed: number;
  tied: number;
  missed: number;
  wrongGold: number;
  wrongNonGold: number;
  conflicts: number;
  caught: number;
  caughtStrict: number;
  falseAlarms: number;
  /** Informational: `derived-mismatch` findings (age vs birth year, stake × valuation vs price…). */
  derived: number;
}

/**
 * FIRST measurement, taken when this evaluation was written (engine at commit
 * 66e3dd9 plus the working tree of that moment), before any fix aimed at these
 * stories. Kept as the baseline the lead's fixes are measured against:
 * 141/142 gold figures recognised, 60 in a claim; 14 of 101 pairs tied
 * (13.9 %, target ≥ 95 %); 8 wrong gold pairs + 2 pairs with a non-gold
 * figure (target 0); planted conflicts 6/8 by status or finding but only 2/8
 * for the right pair (target 8/8); 9 false conflict findings (target 0).
 */
const FIRST_MEASUREMENT: Scores = {
  mentions: 142,
  recognised: 141,
  claimed: 60,
  tied: 14,
  missed: 87,
  wrongGold: 8,
  wrongNonGold: 2,
  conflicts: 8,
  caught: 8,
  caughtStrict: 2,
  falseAlarms: 9,
  derived: 0,
};

/**
 * What the engine meets now, after the fixes the first measurement led to
 * (coreference to the previous sentence's subject, single-subject facts,
 * people counts, forecasts, periods; then event and comparison-base years,
 * "last year", parts of a company, object anaphors, value-matched single
 * actors): a change that does worse fails. The gold was corrected once after
 * its first measurement: "un quart" (verrane-kolbeck c.txt) restates the 25 %
 * Solenza stake and had been left out.
 */
const FLOOR = {
  tied: 101,
  caught: 8,
  caughtStrict: 8,
  maxWrong: 0,
  maxFalseAlarms: 0,
};

/**
 * Round 2: four more stories (football transfer, pharma deal, tram budget,
 * carmaker quarter), written by someone who had not seen the engine, its
 * tables or round 1's fixes, and measured once before any change made for
 * them (engine at commit 5987ac9 plus the working tree of that moment, which
 * had not seen them either).
 */
const FIRST_MEASUREMENT_R2: Scores = {
  mentions: 233,
  recognised: 230,
  claimed: 71,
  tied: 16,
  missed: 190,
  wrongGold: 14,
  wrongNonGold: 0,
  conflicts: 8,
  caught: 1,
  caughtStrict: 0,
  falseAlarms: 17,
  derived: 0,
};

/**
 * Round 2 after the fixes its first measurement led to (see ARCHITECTURE.md, claims): a change that does worse fails.
 * 61 → 75 tied with the general rules of 2026-12-05 (same distinctive value in one attribute, the article's subject
 * for a company figure no sentence names), which were not aimed at any one story.
 */
// 2026-12-06: a trigger in an earlier clause no longer names the next clause's value; the transfer story's fee was
// "caught" through two false alarms on wrongly tied figures (strict catches unchanged at 5), so caught 6 → 5, false 2 → 0.
const FLOOR_R2 = {
  tied: 142,
  caught: 5,
  caughtStrict: 5,
  maxWrong: 4,
  maxFalseAlarms: 0,
};

/**
 * Round 3: four more stories (a tech stake in an AI start-up, an airline order, a budget bill, an energy group),
 * written blind by someone who had read neither the engine nor rounds 1–2's fixes, measured once before any
 * change made for them (engine at commit e24dffb): 27 of 222 pairs tied (12.2 %), 18 wrong, planted conflicts 3/8
 * (1/8 on the right pair), 18 false alarms. The honest estimate of the engine on unseen stories.
 */
const FIRST_MEASUREMENT_R3: Scores = {
  mentions: 264,
  recognised: 262,
  claimed: 84,
  tied: 27,
  missed: 195,
  wrongGold: 18,
  wrongNonGold: 0,
  conflicts: 8,
  caught: 3,
  caughtStrict: 1,
  falseAlarms: 18,
  derived: 5,
};

/**
 * Round 3 after fixes: the first measurement's third "caught" conflict came from a wrong tie (a claim in conflict
 * for the wrong pair); with that tie gone, 2 planted conflicts are caught, both on the right pair. On 2026-12-05
 * the entity layer learnt that "Ardelis Énergie" is a company (41 → 55 tied, but 12 wrong, 8 false alarms), and the
 * claim layer then kept a sale apart from an investment plan of the same one actor, read "Of the €60bn, €38bn" as a
 * part, and dated "41 GW aujourd'hui" and "75 GW à la fin de la décennie": 78 tied, 1 wrong, 0 false, 3/8 caught.
 */
// One "wrong" tie since 2026-12-06 is "2028" in a.txt and c.txt, both the year of the same $10bn revenue target,
// which the gold leaves unannotated (a tie of two non-gold figures counts as wrong).
// Stop 17: words meeting across languages lost 3 pairs here ("60 Halcyon Aerospace H-290" left the order's claim when
// the clause words of the two "60" in one article changed), for +52 pairs and 3 planted conflicts over fourteen rounds.
// Then parts of a year near the article's tie by value: "the end of 2027" of two articles, which the gold leaves out, is
// one more "wrong" tie.
const FLOOR_R3 = {
  tied: 165,
  caught: 3,
  caughtStrict: 3,
  maxWrong: 4,
  maxFalseAlarms: 0,
};

/**
 * Round 4: four more stories (an AI start-up's stake sale, a retailer's annual results, a metro cost overrun, a
 * battery recall; 14 articles, 7 French, 7 English), written blind by a helper that had read neither the engine
 * nor rounds 1–3, measured once before any change made for them, on the engine of 2026-12-05 (f25df2a plus the
 * uncommitted "same figure" rule, both written before the round existed): 138 of 380 pairs tied (36.3 %), 73 + 8
 * wrong, planted conflicts 2/6 (2/6 on the right pair), 48 false alarms. The engine of the day before
 * (c40e875) scored 88 tied (23.2 %), 43 + 5 wrong, 2/6, 32 false on the same stories: the day's rules added 50
 * ties but also 30 wrong ties, all from joining by value groups that already disagreed inside; a value now
 * joins two groups only when everything in them agrees (see claimIndex.ts).
 */
const FIRST_MEASUREMENT_R4: Scores = {
  mentions: 262,
  recognised: 258,
  claimed: 162,
  tied: 138,
  missed: 242,
  wrongGold: 73,
  wrongNonGold: 8,
  conflicts: 6,
  caught: 2,
  caughtStrict: 2,
  falseAlarms: 48,
  derived: 1,
};

/**
 * After the general fixes of the same day: comparison bases inherit the compared value's attribute, actors and
 * year; an early-in-the-year article's yearly totals are last year's; a weekday dates no period; "affiché par son
 * concurrent" gives the figure to the rival; recalls and casualties are counts of their own. Then (figures,
 * 2026-12-05) "passe de 2,1 à 2,9 milliards" read as two figures, the old and the new value: 129 → 130 tied, 21 → 20 wrong.
 */
// Then (2026-12-06, round 13's entity rules typed "Bordeaux Métropole" an organisation, which gathered the story's figures
// under one subject and exposed three claim errors, fixed by general rules: "passe de 2,1 à 2,9 milliards", "l'estimation
// initiale de", sums each followed by their giver, a trigger in the next clause): 245 tied, 3 wrong, 3/6, 0.
// 245 → 243 (2026-12-06, stop 16) when counts of a noun outside the concept list became claims of that noun: "31 000
// véhicules" counted by its noun lost the actors that tied it to the article's other "31 000", and "plus de 200 000 SUV"
// now ties only the other "more than 200,000 SUVs", not the "212,000" the gold joins them with. Nine other rounds gained.
const FLOOR_R4 = {
  tied: 288,
  caught: 6,
  caughtStrict: 6,
  maxWrong: 2,
  maxFalseAlarms: 0,
};

/**
 * Round 5: four more stories (a hospital merger, a copper mine, a housing plan, a wine harvest; 14 articles, 7
 * French, 7 English, 297 gold mentions, 8 planted conflicts), written blind by a helper that had read neither the
 * engine nor rounds 1–4, measured once on main at c00c26b before any change: 76 of 244 pairs tied (31.1 %), 10 + 1
 * wrong, planted conflicts 0/8, 14 false alarms. With the figure and entity branches of the same day merged (no
 * rule written for this round): 78 tied, 12 + 1 wrong, 0/8, 16 false.
 */
const FIRST_MEASUREMENT_R5: Scores = {
  mentions: 297,
  recognised: 296,
  claimed: 129,
  tied: 76,
  missed: 168,
  wrongGold: 10,
  wrongNonGold: 1,
  conflicts: 8,
  caught: 0,
  caughtStrict: 0,
  falseAlarms: 14,
  derived: 0,
};

/**
 * After the day's general rules (deaths and injuries are two tolls, a union's represented workers are not its
 * staff, lost revenue and aid are their own facts, "A new X, budgeted at" is another thing's cost, land damaged is
 * not land held, a founding date needs its year, a parenthesised amount restates the one before it).
 */
const FLOOR_R5 = {
  tied: 218,
  caught: 6,
  caughtStrict: 6,
  // 1 -> 3 at stop 26: "Aldermoor Minerals" became an organisation (names ending in a metal's or "Minerals"), so the
  // "$120 million" it invested in safety became a named claim; the lost revenue of that same value, named in one other
  // article, ties with it (one article each, adopterOf keeps the first in order) and brings the two unnamed French
  // versions along. Tried and dropped: no adoption on such ties (-159 pairs over the rounds), the unnamed clauses'
  // words deciding the tie (-28 pairs, round 5 unchanged). 3 -> 4 at stop 27: a conversion now carries the claim of
  // the amount it converts (the report's claimId), so "environ 120 millions de dollars (environ 103 millions d'euros)"
  // brings its euros into that same wrong tie.
  maxWrong: 4,
  maxFalseAlarms: 0,
};

/**
 * Round 6: four more stories (a regional airline in receivership, a boil-water crisis in Quebec, a football club
 * takeover, a drug recall; 14 articles, 7 French, 7 English, 294 gold mentions, 8 planted conflicts; years that
 * only date a figure's period are not gold), written blind on 2026-12-06 by a helper that read no code, measured
 * once on main at c2d7865 (after the day's rules written for round 5) before any change made for it.
 */
const FIRST_MEASUREMENT_R6: Scores = {
  mentions: 294,
  recognised: 285,
  claimed: 147,
  tied: 94,
  missed: 170,
  wrongGold: 10,
  wrongNonGold: 3,
  conflicts: 8,
  caught: 1,
  caughtStrict: 0,
  falseAlarms: 12,
  derived: 0,
};

/**
 * After the fixes it led to (a wage bill is its own fact; a seller's stake "conserve 13 %" stated alone does not
 * join the buyer's stake in which it is only the second party): 6 wrong, 4 false alarms. The one conflict caught
 * at first was caught through a wrong tie (87 % bought and 13 % kept in one group).
 */
// 190 → 189 (stop 16): "33 800 spectateurs en moyenne la saison dernière" is now last season's count, apart from
// another outlet's undated "près de 34 000 spectateurs" (round 17: 2 fewer wrong ties, 3 fewer false alarms).
// 207 → 206 (stop 18): "une octogénaire de 81 ans" is an age now, keyed by its own noun; as a duration it had tied by
// value with another article's "résidente de 81 ans".
const FLOOR_R6 = {
  tied: 230,
  caught: 7,
  caughtStrict: 7,
  maxWrong: 3,
  maxFalseAlarms: 0,
};

/**
 * Round 7: four more stories (a port strike, a steel plant closure, a wildfire season, a luxury group's results and
 * succession; 14 articles, 7 French, 7 English, 209 gold mentions, 8 planted conflicts), written blind on
 * 2026-12-06 by a helper that read no code, measured once on main at e6ec48b, after every claim rule of the day
 * (adoption across buckets, parts, durations, years and days by value…), before any change made for it: 79 of 159
 * pairs tied (49.7 %, against 35.6 % for round 6 measured before most of those rules), 6 wrong, 3/8 planted
 * conflicts caught (2 on the right pair), 7 false alarms.
 */
const FIRST_MEASUREMENT_R7: Scores = {
  mentions: 209,
  recognised: 207,
  claimed: 135,
  tied: 79,
  missed: 80,
  wrongGold: 6,
  wrongNonGold: 0,
  conflicts: 8,
  caught: 3,
  caughtStrict: 2,
  falseAlarms: 7,
  derived: 0,
};

// 98 → 100 when the place a story's headline names stopped scoping its figures to a part (2026-12-06, stop 15); → 101
// with a dateline "TOULON, France —", "France's Var" naming the Var, and "partis en fumée" as area burned.
const FLOOR_R7 = {
  tied: 129,
  caught: 5,
  caughtStrict: 5,
  maxWrong: 2,
  maxFalseAlarms: 0,
};

/**
 * Round 8: four more stories (an airline merger, a data-protection fine after a breach, a stadium project, a drought
 * and crop insurance; 15 articles, French and English in each story, 157 gold mentions, 8 planted conflicts), written
 * blind on 2026-12-06 by a helper that read no code, and listing only facts two articles share. Measured once on main
 * at 79d56de before any change made for it: 68 of 151 pairs tied (45.0 %), 2 + 9 wrong, 0/8 planted conflicts
 * caught, 12 false alarms. With counts tied by their noun (written before round 8 was read): 71 tied, 1/8 caught.
 */
const FIRST_MEASUREMENT_R8: Scores = {
  mentions: 157,
  recognised: 155,
  claimed: 99,
  tied: 68,
  missed: 83,
  wrongGold: 2,
  wrongNonGold: 9,
  conflicts: 8,
  caught: 0,
  caughtStrict: 0,
  falseAlarms: 12,
  derived: 0,
};

const FLOOR_R8 = {
  tied: 123,
  caught: 7,
  caughtStrict: 7,
  maxWrong: 5,
  maxFalseAlarms: 0,
};

/**
 * Round 9: four more stories (a drug maker buying a biotech with earn-outs, a city budget vote, a supermarket chain's
 * quarter and store closures, a listeria outbreak; 14 articles, French and English in each story, 221 gold mentions,
 * 8 planted conflicts), written blind on 2026-12-06 by a helper that read no code. Measured once on main at 944a367
 * before any change made for it: 136 of 252 pairs tied (54.0 %), 68 + 0 wrong, 4/8 planted conflicts caught
 * (2 strict), 38 false alarms.
 */
const FIRST_MEASUREMENT_R9: Scores = {
  mentions: 221,
  recognised: 221,
  claimed: 167,
  tied: 136,
  missed: 116,
  wrongGold: 68,
  wrongNonGold: 0,
  conflicts: 8,
  caught: 4,
  caughtStrict: 2,
  falseAlarms: 38,
  derived: 5,
};

/**
 * Round 9 after the rules it led to (running totals, earn-outs, market shares, the sick as cases, peak sales and sales
 * bars, stores closed, sentences opening on last year, tolls by their verb): 166 tied, 9 wrong, 6/8 caught, 3 false.
 */
// 166 since a trigger in the next clause no longer names a figure (a "22 %" of market share had been tied as a stake).
const FLOOR_R9 = {
  tied: 211,
  caught: 7,
  caughtStrict: 7,
  maxWrong: 6,
  maxFalseAlarms: 0,
};

/**
 * Round 10: four more stories (an offshore wind tender, a tuition reform, a festival's losses, a satellite launch
 * contract; 13 articles, French and English in each story, 8 planted conflicts), written blind on 2026-12-06 by a helper
 * that read no code, after the day's rules for round 9. Measured once on main at 1c9176d before any change made for it.
 */
const FIRST_MEASUREMENT_R10: Scores = {
  mentions: 189,
  recognised: 187,
  claimed: 138,
  tied: 93,
  missed: 84,
  wrongGold: 14,
  wrongNonGold: 0,
  conflicts: 8,
  caught: 1,
  caughtStrict: 1,
  falseAlarms: 10,
  derived: 0,
};

/**
 * Round 10 after the rules it led to (dollars of no country, one item alone, the remaining stake, artists, commissioning,
 * 'bring in', start dates): 101 tied, 3 wrong, 5/8, 3 false; then, with round 11's masthead and one-item price rules
 * (the outlet "Le Journal de Bellerive" had been the university's figures' subject; "a day pass costing €89" the
 * festival's budget): 108, 1, 6/8, 0.
 */
// caught 6 → 5 (stop 18): "La direction espère tirer 48 millions de dollars de revenus" is a hope now, a forecast, and
// leaves the conflict with "will bring in an extra C$68 million" (the gold reads both as the expected revenue).
// 140 → 138 (stop 24): "consacrer 5 millions de dollars à un fonds de bourses" is an investment now ("consacr"
// triggers it), and article c's same words, with nothing naming them, no longer meet it by value alone.
const FLOOR_R10 = {
  tied: 138,
  caught: 6,
  caughtStrict: 6,
  maxWrong: 0,
  maxFalseAlarms: 0,
};

/**
 * Round 11: four more stories (a Perpignan tramway line, a retailer's annual results, a Nevada wildfire, a drug plant in
 * Sherbrooke told in French and English; 15 articles, 8 planted conflicts), written blind on 2026-12-06 by a helper that
 * read no code. Measured once on main at 6534927 before any change made for it.
 */
const FIRST_MEASUREMENT_R11: Scores = {
  mentions: 148,
  recognised: 147,
  claimed: 110,
  tied: 57,
  missed: 84,
  wrongGold: 5,
  wrongNonGold: 9,
  conflicts: 8,
  caught: 1,
  caughtStrict: 0,
  falseAlarms: 7,
  derived: 1,
};

/**
 * Round 11 after the rules it led to (a counted role is no apposition, stores opened apart from the network, sales abroad
 * a part of the total, a budget "annoncé lors de la présentation initiale" or "first unveiled" the initial estimate):
 * 66 tied, 12 wrong, 3/8 caught, 7 false alarms; then the masthead, one-item prices, a year after a counted object and
 * vacancies ("120 postes restent à combler"): 66, 8, 2/8 (the third had been caught for the wrong reason), 2 false;
 * then each of two sums in one sentence keeps the body named right after it ("a C$150m loan from X and a C$95m
 * contribution from Y"): 65, 8, 2/8, 0 false alarms; then insured losses as an attribute, a name before "wildfire" an
 * event, and a disaster's figures with no name beside them the article's one event: 66, 8, 2/8, 0.
 */
// Then an English age adjective after a name ("Dana Whitlock, a 47-year-old veteran" had been read as an age at an
// event) and the sum a facility is built for ("a C$1.2bn project"): 70 tied, 7 wrong.
// Stop 19: small values each article writes once join (claimIndex.ts joinLoneValues): one more tie the gold leaves out
// ("three months" of a quarter in two articles), 6 → 7.
// Stop 21: square feet and acres convert to km², and measures round like amounts: three more "wrong" pairs are the
// articles' own conversions in brackets ("41,000 hectares (roughly 101,000 acres)", "38,000 square metres (409,000 sq
// ft)"), which the gold leaves out.
const FLOOR_R11 = {
  tied: 114,
  caught: 7,
  caughtStrict: 7,
  maxWrong: 7,
  maxFalseAlarms: 0,
};

/**
 * Round 12: four more stories (a stadium renovation, a city budget, a mining takeover bid, a flood told in French and
 * English; 14 articles, 8 planted conflicts), written blind on 2026-12-06 by a helper that read no code, after the day's
 * round-11 rules. Measured once on main at 8b9571f before any change made for it.
 */
const FIRST_MEASUREMENT_R12: Scores = {
  mentions: 144,
  recognised: 142,
  claimed: 100,
  tied: 57,
  missed: 71,
  wrongGold: 14,
  wrongNonGold: 7,
  conflicts: 8,
  caught: 4,
  caughtStrict: 4,
  falseAlarms: 11,
  derived: 0,
};

/**
 * Round 12 as first measured (57 of 128 pairs, 21 wrong ties, 4/8 caught, 11 false alarms). The engine from before the
 * day's claim rules (cb2bd05) scored 55, 14+10 wrong, 4/8, 13 false alarms on it: those rules carried +2 ties, −3 wrong
 * ties and −2 false alarms to unseen stories.
 */
// Then new loans as borrowing (not the investment they fund), a part of "cette enveloppe" named in the sentence
// before, the cash and share portions of an offer, a premium to the average price apart from the premium to the close,
// and "the record of 5.1 metres" as the old record: 61 tied, 1+3 wrong, 4/8, 0 false alarms; then one counted-noun
// value per source as one fact (round 14): 62, 4, 5/8, 0.
// maxWrong 4 → 5 (stop 16): two "30-day" averages of one article pair tie by their clauses; the gold leaves them out.
// maxWrong 4 → 6 (stop 18): "Deux personnes ont perdu la vie" and "Two dead" tie as the death toll, which the gold leaves out.
const FLOOR_R12 = {
  tied: 100,
  caught: 6,
  caughtStrict: 6,
  maxWrong: 6,
  maxFalseAlarms: 0,
};

/**
 * Round 13: four more stories (a hospital merger, a football transfer, an airline strike told in French and English, a
 * miner's quarterly results; 14 articles, 8 planted conflicts), written blind on 2026-12-06 by a helper that read no
 * code. Measured once on main at 0d19d76 before any change made for it.
 */
const FIRST_MEASUREMENT_R13: Scores = {
  mentions: 225,
  recognised: 221,
  claimed: 153,
  tied: 65,
  missed: 87,
  wrongGold: 16,
  wrongNonGold: 4,
  conflicts: 8,
  caught: 5,
  caughtStrict: 4,
  falseAlarms: 19,
  derived: 0,
};

/**
 * Round 13 as first measured (65 of 152 pairs, 20 wrong ties, 5/8 caught, 19 false alarms). The engine at the start of
 * the day's session (9dd2c0f) scored exactly the same: the round-12 rules made before it carried nothing to it.
 */
// Then an old record ("their previous record, the £23.5 million paid for…"), a wage glued by hyphens ("£120k-a-week"),
// years left on a contract, goals in the league against all competitions against a career, "as an unknown
// 21-year-old" as an age then, "the 26-year-old" standing for the player named before, a base "down from $3.4bn at the
// end of June" and one "well below the $2.05 reported in the first quarter" as earlier values: 68 tied, 3 wrong,
// 5/8 caught (strictly 5; the first measurement's fifth was caught through the misread 21-year-old), 4 false alarms;
// then "118kt" and "210,000t" read as tonnes: 71 tied.
// Stop 19: small values each article writes once join (claimIndex.ts joinLoneValues): two values the gold leaves out
// tied, 0 → 1.
const FLOOR_R13 = {
  tied: 105,
  caught: 6,
  caughtStrict: 6,
  maxWrong: 1,
  maxFalseAlarms: 0,
};

/**
 * Round 14: four more stories (a drug approval, a regional train tender, a start-up's funding round told in French and
 * English, a port warehouse fire; 12 articles, 8 planted conflicts), written blind on 2026-12-06 by a helper that read no
 * code, after the round-12 and round-13 rules. Measured once on main at 94dec2d before any change made for it.
 */
const FIRST_MEASUREMENT_R14: Scores = {
  mentions: 183,
  recognised: 178,
  claimed: 134,
  tied: 76,
  missed: 46,
  wrongGold: 3,
  wrongNonGold: 5,
  conflicts: 8,
  caught: 4,
  caughtStrict: 4,
  falseAlarms: 4,
  derived: 0,
};

/**
 * Round 14 as first measured (76 of 122 pairs, 8 wrong ties, 4/8 caught, 4 false alarms). The engine at the start of
 * the day's session (9dd2c0f) scored 75, 8, 3/8, 4: the round-12 and round-13 rules carried one tie and one conflict.
 */
// Then a counted noun with one value per source and none shared as one fact ("up to 80 firefighters", "more than 100
// firefighters"), people on shift, people sent to hospital, and "a 29-year-old agency worker" as someone new: 78 tied,
// 4 wrong, 5/8 caught, 0 false alarms.
// Stop 17: French and English words of one meaning meet in clause words (claims/data/newsWords.ts): the toll "two"
// of c.txt, which the gold leaves out, now joins the deaths: 4 more "wrong" ties that are right.
// tied 98 → 96 (stop 18): "killing two men and sending nine people to hospital" names the toll now; the headline's
// "£45 million" of the same article no longer joins its value's claim (one article, two mentions of one value).
const FLOOR_R14 = {
  tied: 103,
  caught: 6,
  caughtStrict: 6,
  maxWrong: 5,
  maxFalseAlarms: 0,
};

/**
 * Round 15: four more stories (a supermarket chain's results, an earthquake told over four days in English and French, a
 * pension reform vote, a software takeover; 13 articles, 8 planted conflicts), written blind on 2026-12-06 by a helper
 * that read no code, after the round-12 to round-14 rules. Measured once on main at be67e30 before any change for it.
 */
const FIRST_MEASUREMENT_R15: Scores = {
  mentions: 226,
  recognised: 223,
  claimed: 147,
  tied: 65,
  missed: 71,
  wrongGold: 33,
  wrongNonGold: 2,
  conflicts: 8,
  caught: 3,
  caughtStrict: 3,
  falseAlarms: 22,
  derived: 4,
};

/**
 * Round 15 as first measured (65 of 136 pairs, 35 wrong ties, 3/8 caught, 22 false alarms). The engine at the start of
 * the day (9dd2c0f) scored 66, 32, 3/8, 21: the day's claim rules (rounds 12–14) carried nothing to it, a little less.
 */
// Then equity against enterprise value, break fee against reverse break fee, a price "in cash" no cash position, the
// premium to the average stopping at the next percentage, a merged group's figures ("Together they would have…")
// about no one company, an office's staff as a part, new term loans as borrowing, premarket and twelve-month share
// moves: 67 tied, 11 wrong, 3/8 caught, 2 false alarms.
// Then "fermetures", "ouvertures" and "roles" as counted nouns, "1 640 points de vente" as shops (not index points),
// "47 magasins fermés", and job cuts by a merged group keeping their actors: 75 tied, 11 wrong, 4/8, 2 false alarms
// (round 9 166 → 170, round 11 71 → 73).
// 104 → 102 when a metric after ", and …" stopped naming the change before it: two of its changes had been tied by a
// revenue word that belonged to the sentence's next item (right by luck; round 30 +5 pairs, 3 false alarms fewer).
const FLOOR_R15 = {
  tied: 105,
  caught: 6,
  caughtStrict: 6,
  maxWrong: 6,
  maxFalseAlarms: 0,
};

/**
 * Round 16: four more stories (an offshore wind farm, a ransomware attack, a frost-hit Muscadet harvest told in French
 * and English, an airline's annual results; 14 articles, 8 planted conflicts), written blind on 2026-12-06 by a helper
 * that read no code, after the round-12 to round-15 rules. Measured once on main at 544d4da before any change for it.
 */
const FIRST_MEASUREMENT_R16: Scores = {
  mentions: 211,
  recognised: 210,
  claimed: 155,
  tied: 88,
  missed: 89,
  wrongGold: 19,
  wrongNonGold: 4,
  conflicts: 8,
  caught: 4,
  caughtStrict: 4,
  falseAlarms: 18,
  derived: 0,
};

/**
 * Round 16 as first measured (88 of 177 pairs, 23 wrong ties, 4/8 caught, 18 false alarms). The engine at the start of
 * the day (9dd2c0f) scored 88, 17+6, 4/8 (3 strictly), 20: the day's claim rules carried one strict catch and two fewer
 * false alarms, no tie.
 */
// Then a trigger opening the next figure's phrase ("net profit of €312 million on revenues of almost €4 billion"), one
// unit's value ("15 MW chacune"), people as a workforce only where employing is said, insurance cover, the whole a
// damaged part is counted against, a bare weekday, and a share move since an event: 96 tied, 4 wrong, 3/8 caught, 0
// false alarms. The first measurement's fourth catch (3.4 against 3.6 million people) came through reading those
// people as the firm's headcount, which also tied them with its 2,300 employees; it is not kept. Then a load factor as
// an attribute of its own, aircraft counted past their model name and wind turbines as a counted noun: 101 tied.
// Stop 17: an exact value joining a hedged shared one tied the ransom's "$8.47 million" with "about $8.5 million", a
// restatement the gold leaves out: one more "wrong" tie that is right.
const FLOOR_R16 = {
  tied: 132,
  caught: 4,
  caughtStrict: 4,
  maxWrong: 2,
  maxFalseAlarms: 0,
};

/**
 * Round 17: four more stories (a car plant closure and an electric-vehicle plant, a university tuition rise, a ski
 * resort's season told in French and English, a 5G spectrum auction; 14 articles, 8 planted conflicts), written blind on
 * 2026-12-06 by a helper that read no code, after the round-12 to round-16 rules. Measured once on main at 28ea116.
 */
const FIRST_MEASUREMENT_R17: Scores = {
  mentions: 183,
  recognised: 176,
  claimed: 106,
  tied: 39,
  missed: 94,
  wrongGold: 26,
  wrongNonGold: 14,
  conflicts: 8,
  caught: 1,
  caughtStrict: 1,
  falseAlarms: 20,
  derived: 1,
};

/**
 * Round 17 as first measured (39 of 133 pairs, 40 wrong ties, 1/8 caught, 20 false alarms): the lowest first
 * measurement of any round. The engine at the start of the day (9dd2c0f) scored 39, 29+14, 1/8, 23: the day's claim
 * rules carried three fewer wrong ties and false alarms, no tie.
 */
// Then tuition as an attribute ("$14,820 a year in tuition"), "up $694 from the current $14,126", "a C$3,000 increase",
// altitudes in metres and snow depths apart from lengths, a site's capacity and a decade's output: 39 tied, 22 wrong,
// 1/8, 11 false alarms.
// Stop 17: dollars key by their number, whichever dollar (claimIndex.ts kindUnitKey): +4 pairs, and the trap of Castor's
// "C$2.1 billion" price against Northlane's "$2.1bn" investment now ties by value: 2 more wrong ties.
// Then words meeting across languages tied "nearly 5%" of the tuition rise with a "5% cap": one more wrong tie.
// Stop 20: a bare "m" after a number is metres when no currency or plural noun makes it millions ("rises to 2,350m"):
// +15 pairs over seven rounds; here the summit's "2,350m" now meets the article's "2 350 mètres", and with it the
// one-actor claim it shared with "En dessous de 1 500 mètres" (the snow line): 2 wrong pairs, 3 false alarms.
// Stop 21: a level ("en dessous de 1 500 mètres", "above 1,800m") is no length nor altitude: both gone.
const FLOOR_R17 = {
  tied: 84,
  caught: 2,
  caughtStrict: 2,
  maxWrong: 14,
  maxFalseAlarms: 0,
};

/**
 * Round 18: four more stories (a town taking its water service back from a private operator, bird-flu culls and egg
 * prices in Norfolk, a Calais–Dover ferry strike, a speed-skating championship's budget in Sherbrooke; 14 articles, 7
 * French, 7 English, 8 planted conflicts), written blind on 2026-12-06 by a helper that read no code. Measured once on
 * main at 15440b3 (after this session's open-noun and share-of rules, written before it existed).
 */
const FIRST_MEASUREMENT_R18: Scores = {
  mentions: 289,
  recognised: 280,
  claimed: 179,
  tied: 118,
  missed: 99,
  wrongGold: 11,
  wrongNonGold: 3,
  conflicts: 8,
  caught: 4,
  caughtStrict: 3,
  falseAlarms: 4,
  derived: 0,
};

/**
 * Round 18 as first measured: 118 of 217 pairs (54.4 %), 11 + 3 wrong, 4/8 caught (3 on the right pair), 4 false
 * alarms. The engine at the session's start (6fe23fa) scored the same (118, 11+3, 4/8, 4): the open-noun and share-of
 * rules, which gained 37 pairs over the seventeen earlier rounds, gained nothing here.
 */
// caught 4 → 3 (stop 16): the fourth was "caught" only through a false conflict between the $71.5 million budget and
// "environ 340 $" per household; figures ten times from their claim's median now leave it (strict stays 3).
// Stop 20: a value one source alone gives under its own actor offers itself to reconcileOdd (claimIndex.ts lonelyNamed):
// 7 more planted conflicts caught over rounds 6, 10, 11, 25, 27, 28, and here the M20's "some 14 miles" queue in Kent
// taken for the A16's "17 km" on the French side (3 wrong pairs, 4 false alarms), kept as the known cost of the rule.
const FLOOR_R18 = {
  tied: 184,
  caught: 6,
  caughtStrict: 6,
  maxWrong: 6,
  maxFalseAlarms: 4,
};

/**
 * Round 19: four more stories (a gold-mine collapse in Guinea, a hidden surgery waiting list in New Brunswick, a raw-milk
 * cheese held by US customs, a jewel theft at a Nancy museum; 14 articles, 7 French, 7 English, every story mixing both,
 * 8 planted conflicts), written blind on 2026-12-06 by a helper that read no code. Measured once on main at 6a2603e,
 * after this session's general claim rules, before any change made for it.
 */
const FIRST_MEASUREMENT_R19: Scores = {
  mentions: 250,
  recognised: 237,
  claimed: 137,
  tied: 101,
  missed: 108,
  wrongGold: 1,
  wrongNonGold: 1,
  conflicts: 8,
  caught: 3,
  caughtStrict: 3,
  falseAlarms: 0,
  derived: 2,
};

/**
 * Round 19 as first measured: 101 of 209 pairs (48.3 %), 1 + 1 wrong, 3/8 caught, no false alarm. The engine at the
 * session's start (6fe23fa) scored 89, 10 + 1 wrong, 3/8, 1 false alarm: the first round where a session's general
 * rules (open nouns, shares, one value across named claims, lone facts, clause context, orders of magnitude) carried
 * to unseen text: +12 pairs, 9 fewer wrong ties.
 */
// 101 → 105 after rules read from it (stop 16): a value nothing names takes no actor from the sentence before (+1,
// general, written before round 19 was read); people quoted on a repeated value no longer make it ambiguous (+3).
// Stop 19: small values each article writes once join (claimIndex.ts joinLoneValues): a cheese's "au minimum 90 jours"
// of ageing meets another article's "90 jours" to re-export (the brief's same-value trap), 2 → 4.
// Stop 22, 4 → 6: "Hôpital régional de Saint-Anselme" and "Saint-Anselme Regional Hospital" are one body now
// (consolidate.ts translatedBag), and one article's "plus de 2 400 patients" on its hidden list joins the claim of the
// official list (5,900) through the merged hospital: two wrong ties of the claim layer's actor paths, not of the merge.
// Stop 25, 136 → 135: "has been given three weeks to report" is now a deadline (countedNouns.ts GIVEN_BEFORE), while
// the French "attendues sous trois semaines" stays an unnamed value, so the two no longer meet by value; reading "sous"
// and "within" as deadlines too cost more on rounds 6, 14, 21 and 34 than it gave back here.
const FLOOR_R19 = {
  tied: 135,
  caught: 4,
  caughtStrict: 4,
  maxWrong: 4,
  maxFalseAlarms: 0,
};

/**
 * Round 20: four more stories (a cyclone on a French overseas island, a tram line's cost overrun, a Canadian public
 * pension fund's loss, a spring frost on a wine appellation; 14 articles, 7 French, 7 English, every story mixing both,
 * 8 planted conflicts), written blind on 2026-12-06 by a helper that read no code, after every claim rule of the
 * session. Measured once on main before any change made for it.
 */
const FIRST_MEASUREMENT_R20: Scores = {
  mentions: 271,
  recognised: 264,
  claimed: 171,
  tied: 90,
  missed: 116,
  wrongGold: 6,
  wrongNonGold: 9,
  conflicts: 8,
  caught: 2,
  caughtStrict: 1,
  falseAlarms: 7,
  derived: 1,
};

/**
 * Round 20 as first measured at b38da52: 90 of 206 pairs (43.7 %), 6 + 9 wrong, 2/8 caught (1 on the right pair), 7 false
 * alarms. The engine at the session's start (6fe23fa): 78, 9 + 9, 2/8 (1), 13 false alarms. Like round 19 (+12 pairs,
 * 9 fewer wrong ties), the session's rules carried to unseen text: +12 pairs, 3 fewer wrong ties, 6 fewer false alarms.
 */
// Then (stop 16, read from round 20's false alarms) figures three times from their claim's median leave it, money
// compared in one currency: 91 tied, 3 + 9 wrong, 4 false alarms; rounds 4, 6, 8, 12 and 18 lost wrong ties or false
// alarms too, no round lost a tie. Then "is building 26 trams" read as a count (not "building 26"), and trams counted
// with "rames": 93 tied, 3/8 caught (the 24 against 26 trams ordered).
const FLOOR_R20 = {
  tied: 156,
  caught: 5,
  caughtStrict: 4,
  maxWrong: 11,
  maxFalseAlarms: 2,
};

/**
 * Round 21: four more stories (a regional orchestra in receivership, a forest fire in the Var, a listeria recall of
 * frozen pastries, an overcrowded prison; 14 articles, 7 French, 7 English, every story mixing both, 8 planted
 * conflicts), written blind on 2026-12-07 by a helper that read no code, after every rule of the session.
 */
const FIRST_MEASUREMENT_R21: Scores = {
  mentions: 250,
  recognised: 243,
  claimed: 178,
  tied: 134,
  missed: 60,
  wrongGold: 10,
  wrongNonGold: 9,
  conflicts: 8,
  caught: 3,
  caughtStrict: 3,
  falseAlarms: 6,
  derived: 0,
};

/**
 * Round 21 as first measured at ac88f62: 134 of 194 pairs (69.1 %), 10 + 9 wrong, 3/8 caught, 6 false alarms. The
 * engine at the session's start (6fe23fa): 118, 15 + 9, 3/8, 11. The third blind round in a row where the session's
 * rules carried: +16 pairs, 5 fewer wrong ties, 5 fewer false alarms; planted conflicts caught unchanged.
 */
// Then (read from its false alarms) two disagreeing values two sources each give, one giving both, are two facts:
// 6 + 9 wrong, 2 false alarms; no other round moved.
// Stop 23: joining a name's variants ("Contrôleur général", "Contrôleur général des lieux de privation de liberté")
// brought the second article's "166,7 %" occupancy into the claim that already held the national "about 134%" wrongly:
// one more wrong pair and one more false alarm, on +4 pairs here and one more planted conflict caught on round 34.
const FLOOR_R21 = {
  tied: 160,
  caught: 5,
  caughtStrict: 5,
  maxWrong: 16,
  maxFalseAlarms: 3,
};

/**
 * Round 22: four more stories (a Normandy dairy cooperative's milk-price dispute, the salvage of a cargo ship sunk
 * off Brittany, a Dutch data centre's water use, a Swiss chocolate maker squeezed by cocoa prices; 14 articles, 8
 * French, 6 English, every story mixing both, 8 planted conflicts), written blind on 2026-12-07 by a helper that read
 * no code. First measured with the session's first rule (ages of people named by a noun, written before this round
 * was read); the engine at the session's start (a711512) scores the same.
 */
const FIRST_MEASUREMENT_R22: Scores = {
  mentions: 171,
  recognised: 171,
  claimed: 115,
  tied: 78,
  missed: 48,
  wrongGold: 6,
  wrongNonGold: 3,
  conflicts: 8,
  caught: 3,
  caughtStrict: 3,
  falseAlarms: 8,
  derived: 0,
};

// Then (read from round 22's false alarms, each rule general) the weekday a flow is announced on no longer dates it
// ("a annoncé jeudi … tombé à 212 millions" in February is last year's), a change of volumes is not one of revenue
// ("Sales volumes fell 8.2%"), depths and heights are no lengths ("50 mètres de fond"): 83 tied, 0 + 3 wrong, 0 false
// alarms; round 18 lost its 4 wrong ties (volumes), round 7 +2 pairs (a weekday); no round lost a tie.
// Then a listed noun's values paired across articles by their clauses ("37 conteneurs sont tombés à la mer" and "41
// conteneurs tombés à la mer"): 84 tied, 4/8 caught; round 5 +4 pairs and one more caught, round 6 +3.
// Then "abroad" in a relative clause about the actor no longer scopes its figures: 85 tied, 5/8 caught.
// Stop 19: a value of three significant digits is one fact (claimIndex.ts veryDistinctive): three more "wrong" pairs
// that are the base price's own "€418" and "418 euros", whose gold text ("418 euros les 1 000 litres") the scorer maps
// to the "1 000 litres" after it.
const FLOOR_R22 = {
  tied: 104,
  caught: 5,
  caughtStrict: 5,
  maxWrong: 6,
  maxFalseAlarms: 0,
};

/**
 * Round 23: four more stories (a Swiss watchmaker's job cuts, a Quebec hydro plant's refurbishment, a UK water
 * company's fine, a biotech's failed trial; 14 articles, French and English mixed in every story, 8 planted conflicts),
 * written blind on 2026-12-07 by a helper that read no code, kept sealed until every rule of the session had landed.
 */
const FIRST_MEASUREMENT_R23: Scores = {
  mentions: 174,
  recognised: 173,
  claimed: 128,
  tied: 88,
  missed: 40,
  wrongGold: 2,
  wrongNonGold: 0,
  conflicts: 8,
  caught: 2,
  caughtStrict: 2,
  falseAlarms: 2,
  derived: 0,
};

/**
 * Round 23 as first measured at 792a22a, after every rule of stop 17: 88 of 128 pairs (68.8 %), 2 + 0 wrong, 2/8 caught,
 * 2 false alarms. The engine at the session's start (a711512): 74 (57.8 %), 2 + 0, 2/8, 2: the session's rules carried
 * +14 pairs to unseen stories; planted conflicts caught, wrong ties and false alarms unchanged.
 */
// Then (read from round 23) "passera de 312 mégawatts à 348 MW": the value before the change is the earlier value:
// 0 wrong ties, 0 false alarms. Then strong verbs of share moves ("tumbled 52 per cent"): 89 tied, 3/8 caught.
const FLOOR_R23 = {
  tied: 103,
  caught: 4,
  caughtStrict: 4,
  maxWrong: 0,
  maxFalseAlarms: 0,
};

/**
 * Round 24: four more stories (a bridge collapse inquiry, a museum theft, an offshore wind auction, a toy recall; 15
 * articles, French and English mixed in every story, 8 planted conflicts), written blind on 2026-12-07 by a helper that
 * read no code, after most of the session's rules had landed, and measured before any rule looked at it.
 */
const FIRST_MEASUREMENT_R24: Scores = {
  mentions: 175,
  recognised: 166,
  claimed: 120,
  tied: 82,
  missed: 48,
  wrongGold: 1,
  wrongNonGold: 0,
  conflicts: 8,
  caught: 2,
  caughtStrict: 2,
  falseAlarms: 0,
  derived: 0,
};

/**
 * Round 24 as first measured at e1ff6bf: 82 of 130 pairs (63.1 %), 1 + 0 wrong, 2/8 caught, no false alarm. The engine at
 * the session's start (a711512): 78 (60.0 %), 1 + 0, 2/8, 0: the session's rules carried +4 pairs here.
 */
// Then (read from round 24) counted nouns keyed by their English form ("Trois véhicules" / "three vehicles"): 84; a noun
// read from the text taking a close odd value ("onze pièces" twice, "12 pièces"): 88, 3/8 caught.
const FLOOR_R24 = {
  tied: 100,
  caught: 4,
  caughtStrict: 4,
  maxWrong: 1,
  maxFalseAlarms: 0,
};

/**
 * Rounds 25 and 26: eight more stories (a regional airline's bankruptcy, a wildfire season, a football club takeover, a
 * drug trial; a start-up's funding round, a river flood, a tram line, a car-plant strike; 28 articles, French and English
 * mixed in every story, 16 planted conflicts), written blind on 2026-12-07 (stop 18) by two helpers that read no code.
 */
// First measured at 86032c4 (stop 18's first three rules) and at the session's start (14d5c66): identical. Round 25:
// 174 of 254 pairs (68.5 %), 4 + 4 wrong, 4/8 caught, no false alarm; round 26: 166 of 207 (80.2 %), 6 + 5 wrong, 4/8
// caught, 7 false alarms.
const FIRST_MEASUREMENT_R25: Scores = {
  mentions: 240, recognised: 237, claimed: 209, tied: 174, missed: 80, wrongGold: 4, wrongNonGold: 4, conflicts: 8, caught: 4, caughtStrict: 4, falseAlarms: 0, derived: 0,
};
const FLOOR_R25 = { tied: 199, caught: 6, caughtStrict: 6, maxWrong: 8, maxFalseAlarms: 0 };
const FIRST_MEASUREMENT_R26: Scores = {
  mentions: 211, recognised: 211, claimed: 181, tied: 166, missed: 41, wrongGold: 6, wrongNonGold: 5, conflicts: 8, caught: 4, caughtStrict: 4, falseAlarms: 7, derived: 3,
};
const FLOOR_R26 = { tied: 195, caught: 7, caughtStrict: 7, maxWrong: 5, maxFalseAlarms: 0 };

/**
 * Round 27: four more stories (a supermarket chain's results, a ferry accident, a university's budget cut, a streaming
 * service's price rise; 14 articles, French and English mixed in every story, 8 planted conflicts), written blind on
 * 2026-12-07 (stop 18) by a helper that read no code, and sealed: nobody looked at it until every rule of the session
 * had landed.
 */
// First measured at 98d2142 (every rule of stop 18) and at the session's start (14d5c66): identical, 125 of 208 pairs
// (60.1 %), 0 + 1 wrong, 2/8 caught, no false alarm: the session's rules carried nothing to this round.
const FIRST_MEASUREMENT_R27: Scores = {
  mentions: 210, recognised: 204, claimed: 171, tied: 125, missed: 83, wrongGold: 0, wrongNonGold: 1, conflicts: 8, caught: 2, caughtStrict: 2, falseAlarms: 0, derived: 0,
};
// maxWrong 1 -> 2: clock times are figures now; "shortly after 10pm" and "peu après 22 heures" tie, the same time the gold leaves out.
const FLOOR_R27 = { tied: 163, caught: 7, caughtStrict: 7, maxWrong: 2, maxFalseAlarms: 0 };

/**
 * Rounds 28 and 29: eight more stories (a court's fine for a river spill, a mine rockburst, a football transfer, a
 * port's yearly traffic; a chemical plant explosion, a football league's TV rights, a salmon farm escape, a car
 * recall; 28 articles, French and English mixed in every story, 16 planted conflicts), written blind on 2026-12-07
 * (stop 19) by two helpers that read no code. Round 28 is sealed: nobody reads its articles or its misses until every
 * rule of the session has landed; round 29 may be read once its first measurement is recorded.
 */
// First measured at the session's start (8fa0ccc): round 28 143 of 213 pairs (67.1 %), 6 + 17 wrong, 3/8 caught, no
// false alarm; round 29 103 of 198 (52.0 %), 0 + 4 wrong, 1/8 caught, 2 false alarms. Then joinLoneValues (written
// before either round existed): 144 and 105, nothing else moved.
const FIRST_MEASUREMENT_R28: Scores = {
  mentions: 187, recognised: 185, claimed: 159, tied: 143, missed: 70, wrongGold: 6, wrongNonGold: 17, conflicts: 8, caught: 3, caughtStrict: 3, falseAlarms: 0, derived: 0,
};
// Then the entity layer's lower-case heads of places ("château de X", "refuge du X"; read from entities r26) changed an
// actor its articles name: 144 → 140 tied, wrong ties 23 → 18. Sealed measurement once every rule of stop 19 had landed
// (885650f): 140 of 213 (65.7 %), 1 + 17 wrong, 3/8 caught, no false alarm, against 143 (67.1 %), 6 + 17, 3/8, 0 at
// the session's start: the session's rules carried nothing to this round (three pairs fewer, five wrong ties fewer).
const FLOOR_R28 = { tied: 156, caught: 5, caughtStrict: 5, maxWrong: 18, maxFalseAlarms: 0 };
const FIRST_MEASUREMENT_R29: Scores = {
  mentions: 185, recognised: 178, claimed: 122, tied: 103, missed: 95, wrongGold: 0, wrongNonGold: 4, conflicts: 8, caught: 1, caughtStrict: 1, falseAlarms: 2, derived: 0,
};
// Stop 19: a value of three significant digits is one fact (claimIndex.ts veryDistinctive): 109 → 122 tied; six more
// "wrong" pairs are the deal's own "412 M$", whose gold text ("412 M$ sur cinq ans") the scorer maps to "cinq ans".
const FLOOR_R29 = { tied: 137, caught: 3, caughtStrict: 3, maxWrong: 8, maxFalseAlarms: 0 };

/**
 * Rounds 30 and 31: eight more stories (a fraud trial's verdict, a ski resort's season and a chairlift accident, a
 * city's water price and green bond, a tech company's layoffs; a city marathon in a heatwave, a bridge closed after a
 * structural fault, a university's materials lab, a container ship losing boxes in a storm; 32 articles, French and
 * English mixed in every story, 16 planted conflicts), written blind on 2026-12-07 (stop 20) by two helpers that read no
 * code. Round 31 is sealed until every rule of the session has landed; round 30 may be read once measured.
 */
// First measured at the session's start (e14ac17): round 30 193 of 344 pairs (56.1 %), 9 + 54 wrong, 7/8 caught (6
// strictly), 13 false alarms; round 31 118 of 282 (41.8 %), 2 + 21 wrong, 1/8 caught, 3 false alarms.
const FIRST_MEASUREMENT_R30: Scores = {
  mentions: 257, recognised: 246, claimed: 190, tied: 193, missed: 151, wrongGold: 9, wrongNonGold: 54, conflicts: 8, caught: 7, caughtStrict: 6, falseAlarms: 13, derived: 0,
};
// Stop 21 (read from round 32): a duration spelt in words is as rounded as in digits ("a three-hour debate", "plus de
// trois heures" agree): round 30 loses the February accident's planted conflict (7 → 6 caught; "two months after an
// accident" now meets it; 6 → 5 strictly), rounds 31 and 32 lose 2 false alarms each.
const FLOOR_R30 = { tied: 219, caught: 8, caughtStrict: 7, maxWrong: 49, maxFalseAlarms: 7 };

// Round 31's sealed measurement, once every rule of stops 20 and 21 had landed (stop 21's end): 120 of 282 (42.6 %),
// 1 + 21 wrong, 2/8 caught, 3 false alarms. Stop 20's rules alone carried nothing to it (78ae47d: 118, as at e14ac17).
const FIRST_MEASUREMENT_R31: Scores = {
  mentions: 231, recognised: 200, claimed: 143, tied: 118, missed: 164, wrongGold: 2, wrongNonGold: 21, conflicts: 8, caught: 1, caughtStrict: 1, falseAlarms: 3, derived: 0,
};
// maxWrong 22 -> 26: "trois des 48 câbles" is now read as a count of three, so the gold mention maps to "trois" and the
// right tie of "48" cables in two articles counts as a tie of two non-gold figures; and clock times are figures now:
// "6 heures du matin", "6 heures" and "6 a.m." of one closure tie (three pairs), a time the gold leaves out.
const FLOOR_R31 = { tied: 141, caught: 3, caughtStrict: 3, maxWrong: 23, maxFalseAlarms: 0 };

/**
 * Round 32: four more stories (a hospital cyberattack, a regional airport's expansion, a village buying its gondola, a
 * food-delivery company's quarter; 16 articles, French and English mixed in every story, 8 planted conflicts), written
 * blind on 2026-12-07 (stop 21) by a helper that read no code, sealed until every rule of stop 21 had landed.
 */
// At e14ac17 and 78ae47d alike: 262 of 418 pairs (62.7 %), 17 + 11 wrong, 4/8 caught, 14 false alarms. Sealed
// measurement at stop 21's end: the same, to the pair: none of the session's rules reached it.
const FIRST_MEASUREMENT_R32: Scores = {
  mentions: 239, recognised: 238, claimed: 199, tied: 262, missed: 156, wrongGold: 17, wrongNonGold: 11, conflicts: 8, caught: 4, caughtStrict: 4, falseAlarms: 14, derived: 0,
};
// Stop 25, 272 → 278: a claim adopting another claim's value keeps a hedged figure whose interval holds it ("nearly
// €150m" beside "148 M€", claimIndex.ts hedgedAround) instead of splitting it off as the claim's rest.
const FLOOR_R32 = { tied: 291, caught: 6, caughtStrict: 6, maxWrong: 16, maxFalseAlarms: 4 };

/**
 * Rounds 33 and 34: eight more stories (a forest fire, an English council's budget, a rugby transfer, a drug trial; a
 * train derailment, a retailer's data breach, a town's election, an offshore wind farm; 32 articles, French and English
 * mixed, 16 planted conflicts), written blind on 2026-12-07 (stop 22) by helpers that read no code, measured at the
 * session's start (e6b6190) and sealed until every rule of stop 22 had landed (cc1b986).
 */
// Round 33 at e6b6190 and at cc1b986 alike: 140 of 283 pairs (49.5 %), 3 + 4 wrong, 2/8 caught, 4 false alarms: none of
// the session's rules reached it.
const FIRST_MEASUREMENT_R33: Scores = {
  mentions: 240, recognised: 226, claimed: 175, tied: 140, missed: 143, wrongGold: 3, wrongNonGold: 4, conflicts: 8, caught: 2, caughtStrict: 2, falseAlarms: 4, derived: 0,
};
const FLOOR_R33 = { tied: 149, caught: 5, caughtStrict: 5, maxWrong: 5, maxFalseAlarms: 2 };
// Round 34 at e6b6190: 238 of 409 pairs (58.2 %), 2 + 3 wrong, 3/8 caught, 2 false alarms; at cc1b986: 246 (60.1 %),
// 281 of 284 mentions recognised (277), the rest unchanged.
const FIRST_MEASUREMENT_R34: Scores = {
  mentions: 284, recognised: 277, claimed: 226, tied: 238, missed: 171, wrongGold: 2, wrongNonGold: 3, conflicts: 8, caught: 3, caughtStrict: 3, falseAlarms: 2, derived: 0,
};
const FLOOR_R34 = { tied: 262, caught: 8, caughtStrict: 8, maxWrong: 5, maxFalseAlarms: 2 };
/**
 * Round 35 (4 stories, 474 gold pairs: a bank's money-laundering fine, an avalanche, a software listing, a summer's
 * heatwave deaths; 16 articles, French and English mixed, 8 planted conflicts), written blind on 2026-12-07 (stop 23) by
 * a helper that read no code, measured at the session's start (420bcec) and sealed until every rule of stop 23 had
 * landed (6bddea6): 276 -> 285 pairs (58.2 -> 60.1 %), wrong 4+12 -> 3+12, caught 2/8 -> 3/8, false alarms 6 -> 4.
 */
const FIRST_MEASUREMENT_R35: Scores = {
  mentions: 323, recognised: 314, claimed: 252, tied: 276, missed: 198, wrongGold: 4, wrongNonGold: 12, conflicts: 8, caught: 2, caughtStrict: 2, falseAlarms: 6, derived: 1,
};
const FLOOR_R35 = { tied: 307, caught: 4, caughtStrict: 4, maxWrong: 12, maxFalseAlarms: 0 };
/**
 * Round 36 (4 stories, 490 gold pairs: a central bank's rate cut, a film's opening weekend, norovirus on a cruise ship,
 * a competition fine on a tech company; 16 articles, French and English mixed, 8 planted conflicts), written blind on
 * 2026-12-07 (stop 24) by a helper that read no code, measured at the session's start (f0524f7) and sealed until
 * every rule of stop 24 had landed (SEALED_R36).
 */
const FIRST_MEASUREMENT_R36: Scores = {
  mentions: 331, recognised: 326, claimed: 291, tied: 392, missed: 98, wrongGold: 1, wrongNonGold: 28, conflicts: 8, caught: 1, caughtStrict: 1, falseAlarms: 6, derived: 0,
};
// Sealed measurement at bc4dee3 (every rule of stop 24 landed): 392 -> 397 pairs (80.0 -> 81.0 %), wrong 1+28,
// caught 1/8 and 6 false alarms unchanged.
// Stop 25: 397 → 406 pairs and 1 → 2 caught, the deadline a party is given ("a 60 jours pour" against "has 90 days to").
const FLOOR_R36 = { tied: 417, caught: 2, caughtStrict: 2, maxWrong: 28, maxFalseAlarms: 0 };

/**
 * Round 37 (4 stories, 341 gold pairs: a wildfire and its evacuations, an airline pilots' strike, a football club's
 * stadium financing, a recall of a blood-pressure medicine; 16 articles, two French and two English per story, 8
 * planted conflicts), written blind on 2026-12-07 (stop 25) by a helper that read no code, measured at the session's
 * start (811ca99) and sealed until every rule of stop 25 had landed.
 */
const FIRST_MEASUREMENT_R37: Scores = {
  mentions: 285, recognised: 280, claimed: 215, tied: 224, missed: 117, wrongGold: 11, wrongNonGold: 4, conflicts: 8, caught: 5, caughtStrict: 4, falseAlarms: 8, derived: 0,
};
// Sealed measurement at 6e8049b (every rule of stop 25 landed): identical to the start, 224 pairs (65.7 %), wrong
// 11+4, caught 5/8 (4 strict), 8 false alarms: none of the session's rules reached it.
const FLOOR_R37 = { tied: 227, caught: 5, caughtStrict: 5, maxWrong: 13, maxFalseAlarms: 0 };

/**
 * Round 38 (4 stories, 484 gold pairs: a video-game studio bought by a publisher, a hailstorm over farmland, record
 * low water on the Rhine stranding barges, a city's transit fare reform; 16 articles, two French and two English per
 * story, 8 planted conflicts), written blind on 2026-12-07 (stop 26) by helpers that read no code, measured at the
 * session's start (9d9d728) and sealed until every rule of stop 26 had landed.
 */
const FIRST_MEASUREMENT_R38: Scores = {
  mentions: 429, recognised: 415, claimed: 300, tied: 250, missed: 234, wrongGold: 11, wrongNonGold: 7, conflicts: 8, caught: 7, caughtStrict: 7, falseAlarms: 5, derived: 1,
};
// Sealed measurement at 868a08c (every rule of stop 26 landed): identical to the start, 250 pairs (51.7 %), wrong
// 11+7, caught 7/8, 5 false alarms: none of the session's rules reached it.
// maxWrong 17 -> 18 at stop 27: "€310m (about $335m)" brings its dollars into the acquisition price's existing wrong
// tie with the "up to €400m" deal value (a conversion carries the claim of the amount it converts).
const FLOOR_R38 = { tied: 267, caught: 8, caughtStrict: 8, maxWrong: 17, maxFalseAlarms: 5 };

/**
 * Round 39 (4 stories, 466 gold pairs: a paper mill's closure, an earthquake in an Alpine valley, a biotech's Series C,
 * a museum's record attendance; 16 articles, two French and two English per story, 8 planted conflicts), written blind
 * on 2026-12-07 (stop 26, a second set) by helpers that read no code, measured at beaab95 (after the stop's first
 * sealed measurement) and sealed until the stop's later rules had landed.
 */
const FIRST_MEASUREMENT_R39: Scores = {
  mentions: 428, recognised: 408, claimed: 307, tied: 274, missed: 192, wrongGold: 10, wrongNonGold: 2, conflicts: 8, caught: 5, caughtStrict: 5, falseAlarms: 6, derived: 3,
};
// Sealed measurement at f4c5b07: identical, 274 pairs (58.8 %), wrong 10+2, caught 5/8, 6 false alarms.
const FLOOR_R39 = { tied: 321, caught: 5, caughtStrict: 5, maxWrong: 9, maxFalseAlarms: 2 };

/**
 * Round 40 (4 stories, 445 gold pairs: a ransomware attack on a hospital group, a fund buying a Ligue 2 football club,
 * a spring frost in Vouvray's vineyards, a Quebec transit authority's electric-bus order; 16 articles, two French and
 * two English per story, 8 planted conflicts), written blind on 2026-12-08 (stop 27) by helpers that read no code,
 * measured at 8918bc5 (stop 27's start) and sealed until the stop's rules had landed.
 */
const FIRST_MEASUREMENT_R40: Scores = {
  mentions: 431, recognised: 419, claimed: 313, tied: 235, missed: 210, wrongGold: 5, wrongNonGold: 17, conflicts: 8, caught: 3, caughtStrict: 3, falseAlarms: 6, derived: 3,
};
// Sealed measurement at 50160f1: 244 pairs (54.8 %, +9: conversions carrying their amount's claim), wrong 5+17, caught
// 3/8, 6 false alarms.
const FLOOR_R40 = { tied: 246, caught: 3, caughtStrict: 3, maxWrong: 16, maxFalseAlarms: 4 };

/**
 * Round 41 (4 stories, 508 gold pairs: a dockers' strike at Marseille-Fos, a wildfire in the Landes de Gascogne, a
 * bank's third-quarter results, a city marathon's course record; 16 articles, two French and two English per story,
 * 8 planted conflicts), written blind on 2026-12-08 (stop 27, a second set) by helpers that read no code, measured at
 * 50160f1 (after the stop's first sealed measurement) and sealed until the stop's later rules had landed.
 */
const FIRST_MEASUREMENT_R41: Scores = {
  mentions: 474, recognised: 453, claimed: 355, tied: 310, missed: 198, wrongGold: 21, wrongNonGold: 4, conflicts: 8, caught: 4, caughtStrict: 4, falseAlarms: 14, derived: 4,
};
// Sealed measurement at ea42ec4: identical, 310 pairs (61.0 %), wrong 21+4, caught 4/8, 14 false alarms.
const FLOOR_R41 = { tied: 315, caught: 4, caughtStrict: 4, maxWrong: 12, maxFalseAlarms: 0 };

/**
 * Round 42 (4 stories, 499 gold pairs: a three-day pilots' strike at a Lyon regional airline, a flash flood in an
 * alpine valley town, a dairy group buying a Comté cooperative, a city council's stadium renovation vote; 16 articles,
 * two French and two English per story, 8 planted conflicts), written blind on 2026-12-08 (stop 28) by helpers that
 * read no code, measured at 8814816 (the stop's start) and sealed until the stop's first rules had landed.
 */
const FIRST_MEASUREMENT_R42: Scores = {
  mentions: 505, recognised: 489, claimed: 347, tied: 287, missed: 212, wrongGold: 24, wrongNonGold: 3, conflicts: 8, caught: 4, caughtStrict: 4, falseAlarms: 15, derived: 1,
};
// Sealed measurement at 30d5530: 290 pairs (58.1 %, +3), wrong 24+3, caught 4/8, 15 false alarms.
const FLOOR_R42 = { tied: 290, caught: 4, caughtStrict: 4, maxWrong: 20, maxFalseAlarms: 7 };

/**
 * Round 43 (4 stories, 482 gold pairs: a drug lab recalling a children's fever syrup, an alpine ski resort's snowless
 * season, a software company's job cuts and office closure, a regional train hitting a lorry at a level crossing; 16
 * articles, two French and two English per story, 8 planted conflicts), written blind on 2026-12-08 (stop 28, a second
 * set) by helpers that read no code, measured at 30d5530 (after the stop's first sealed measurement) and sealed until
 * the stop's later rules had landed.
 */
const FIRST_MEASUREMENT_R43: Scores = {
  mentions: 474, recognised: 453, claimed: 321, tied: 276, missed: 206, wrongGold: 21, wrongNonGold: 3, conflicts: 8, caught: 4, caughtStrict: 4, falseAlarms: 15, derived: 1,
};
// Sealed measurement at 041d45e: identical, 276 pairs (57.3 %), wrong 21+3, caught 4/8, 15 false alarms.
const FLOOR_R43 = { tied: 276, caught: 4, caughtStrict: 4, maxWrong: 24, maxFalseAlarms: 15 };

// Floors of every round raised on 2026-12-06 (stop 16) when named claims holding one distinctive value in different
// articles, no article giving it to two of them, became one fact (claimIndex.ts adopterOf): +109 pairs over seventeen
// rounds (round 18, blind: 118 → 131), wrong ties 3 → 4 (r2) and 1 → 3 (r3) up, down on eight rounds (r17 22 → 16).
// Then groups of one attribute that each article states once, with values within 10 % (claimIndex.ts joinLoneFacts):
// +26 pairs over eleven rounds, no new wrong tie or false alarm. Then small unnamed values whose clauses share two
// content words with their one best counterpart in another article (claimIndex.ts joinByContext): +46 pairs over
// fourteen rounds, one new tie with a non-gold figure (r12: two "30-day" averages the gold leaves out). Then figures
// more than ten times from their claim's median leave it (claimIndex.ts splitOutliers): +7 pairs, 12 fewer wrong ties,
// 6 fewer false alarms over six rounds. Later (reconcileOdd): a value two sources share meets one other source's
// differing value in a clause of four shared words: 4 more planted conflicts caught (r4, r5, r8, r18), +12 pairs, no
// new false alarm; named claims whose sources agree on one value too: 2 more caught (r4, r5), +6 pairs. Then a value nothing names takes no actor from the sentence before
// (actors.ts): +35 pairs over eleven rounds; round 8 ties "il y a deux ans" with a "2023" the gold leaves out (+2).

const heldoutSets = [
  { name: 'round 1', folder: path.join(repoRoot, 'test/fixtures/claims-heldout'), first: FIRST_MEASUREMENT, floor: FLOOR },
  { name: 'round 2', folder: path.join(repoRoot, 'test/fixtures/claims-heldout-r2'), first: FIRST_MEASUREMENT_R2, floor: FLOOR_R2 },
  { name: 'round 3', folder: path.join(repoRoot, 'test/fixtures/claims-heldout-r3'), first: FIRST_MEASUREMENT_R3, floor: FLOOR_R3 },
  { name: 'round 4', folder: path.join(repoRoot, 'test/fixtures/claims-heldout-r4'), first: FIRST_MEASUREMENT_R4, floor: FLOOR_R4 },
  { name: 'round 5', folder: path.join(repoRoot, 'test/fixtures/claims-heldout-r5'), first: FIRST_MEASUREMENT_R5, floor: FLOOR_R5 },
  { name: 'round 6', folder: path.join(repoRoot, 'test/fixtures/claims-heldout-r6'), first: FIRST_MEASUREMENT_R6, floor: FLOOR_R6 },
  { name: 'round 7', folder: path.join(repoRoot, 'test/fixtures/claims-heldout-r7'), first: FIRST_MEASUREMENT_R7, floor: FLOOR_R7 },
  { name: 'round 8', folder: path.join(repoRoot, 'test/fixtures/claims-heldout-r8'), first: FIRST_MEASUREMENT_R8, floor: FLOOR_R8 },
  { name: 'round 9', folder: path.join(repoRoot, 'test/fixtures/claims-heldout-r9'), first: FIRST_MEASUREMENT_R9, floor: FLOOR_R9 },
  { name: 'round 10', folder: path.join(repoRoot, 'test/fixtures/claims-heldout-r10'), first: FIRST_MEASUREMENT_R10, floor: FLOOR_R10 },
  { name: 'round 11', folder: path.join(repoRoot, 'test/fixtures/claims-heldout-r11'), first: FIRST_MEASUREMENT_R11, floor: FLOOR_R11 },
  { name: 'round 12', folder: path.join(repoRoot, 'test/fixtures/claims-heldout-r12'), first: FIRST_MEASUREMENT_R12, floor: FLOOR_R12 },
  { name: 'round 13', folder: path.join(repoRoot, 'test/fixtures/claims-heldout-r13'), first: FIRST_MEASUREMENT_R13, floor: FLOOR_R13 },
  { name: 'round 14', folder: path.join(repoRoot, 'test/fixtures/claims-heldout-r14'), first: FIRST_MEASUREMENT_R14, floor: FLOOR_R14 },
  { name: 'round 15', folder: path.join(repoRoot, 'test/fixtures/claims-heldout-r15'), first: FIRST_MEASUREMENT_R15, floor: FLOOR_R15 },
  { name: 'round 16', folder: path.join(repoRoot, 'test/fixtures/claims-heldout-r16'), first: FIRST_MEASUREMENT_R16, floor: FLOOR_R16 },
  { name: 'round 17', folder: path.join(repoRoot, 'test/fixtures/claims-heldout-r17'), first: FIRST_MEASUREMENT_R17, floor: FLOOR_R17 },
  { name: 'round 18', folder: path.join(repoRoot, 'test/fixtures/claims-heldout-r18'), first: FIRST_MEASUREMENT_R18, floor: FLOOR_R18 },
  { name: 'round 19', folder: path.join(repoRoot, 'test/fixtures/claims-heldout-r19'), first: FIRST_MEASUREMENT_R19, floor: FLOOR_R19 },
  { name: 'round 20', folder: path.join(repoRoot, 'test/fixtures/claims-heldout-r20'), first: FIRST_MEASUREMENT_R20, floor: FLOOR_R20 },
  { name: 'round 21', folder: path.join(repoRoot, 'test/fixtures/claims-heldout-r21'), first: FIRST_MEASUREMENT_R21, floor: FLOOR_R21 },
  { name: 'round 22', folder: path.join(repoRoot, 'test/fixtures/claims-heldout-r22'), first: FIRST_MEASUREMENT_R22, floor: FLOOR_R22 },
  { name: 'round 23', folder: path.join(repoRoot, 'test/fixtures/claims-heldout-r23'), first: FIRST_MEASUREMENT_R23, floor: FLOOR_R23 },
  { name: 'round 24', folder: path.join(repoRoot, 'test/fixtures/claims-heldout-r24'), first: FIRST_MEASUREMENT_R24, floor: FLOOR_R24 },
  { name: 'round 25', folder: path.join(repoRoot, 'test/fixtures/claims-heldout-r25'), first: FIRST_MEASUREMENT_R25, floor: FLOOR_R25 },
  { name: 'round 26', folder: path.join(repoRoot, 'test/fixtures/claims-heldout-r26'), first: FIRST_MEASUREMENT_R26, floor: FLOOR_R26 },
  { name: 'round 27', folder: path.join(repoRoot, 'test/fixtures/claims-heldout-r27'), first: FIRST_MEASUREMENT_R27, floor: FLOOR_R27 },
  { name: 'round 28', folder: path.join(repoRoot, 'test/fixtures/claims-heldout-r28'), first: FIRST_MEASUREMENT_R28, floor: FLOOR_R28 },
  { name: 'round 29', folder: path.join(repoRoot, 'test/fixtures/claims-heldout-r29'), first: FIRST_MEASUREMENT_R29, floor: FLOOR_R29 },
  { name: 'round 30', folder: path.join(repoRoot, 'test/fixtures/claims-heldout-r30'), first: FIRST_MEASUREMENT_R30, floor: FLOOR_R30 },
  { name: 'round 31', folder: path.join(repoRoot, 'test/fixtures/claims-heldout-r31'), first: FIRST_MEASUREMENT_R31, floor: FLOOR_R31 },
  { name: 'round 32', folder: path.join(repoRoot, 'test/fixtures/claims-heldout-r32'), first: FIRST_MEASUREMENT_R32, floor: FLOOR_R32 },
  { name: 'round 33', folder: path.join(repoRoot, 'test/fixtures/claims-heldout-r33'), first: FIRST_MEASUREMENT_R33, floor: FLOOR_R33 },
  { name: 'round 34', folder: path.join(repoRoot, 'test/fixtures/claims-heldout-r34'), first: FIRST_MEASUREMENT_R34, floor: FLOOR_R34 },
  { name: 'round 35', folder: path.join(repoRoot, 'test/fixtures/claims-heldout-r35'), first: FIRST_MEASUREMENT_R35, floor: FLOOR_R35 },
  { name: 'round 36', folder: path.join(repoRoot, 'test/fixtures/claims-heldout-r36'), first: FIRST_MEASUREMENT_R36, floor: FLOOR_R36 },
  { name: 'round 37', folder: path.join(repoRoot, 'test/fixtures/claims-heldout-r37'), first: FIRST_MEASUREMENT_R37, floor: FLOOR_R37 },
  { name: 'round 38', folder: path.join(repoRoot, 'test/fixtures/claims-heldout-r38'), first: FIRST_MEASUREMENT_R38, floor: FLOOR_R38 },
  { name: 'round 39', folder: path.join(repoRoot, 'test/fixtures/claims-heldout-r39'), first: FIRST_MEASUREMENT_R39, floor: FLOOR_R39 },
  { name: 'round 40', folder: path.join(repoRoot, 'test/fixtures/claims-heldout-r40'), first: FIRST_MEASUREMENT_R40, floor: FLOOR_R40 },
  { name: 'round 41', folder: path.join(repoRoot, 'test/fixtures/claims-heldout-r41'), first: FIRST_MEASUREMENT_R41, floor: FLOOR_R41 },
  { name: 'round 42', folder: path.join(repoRoot, 'test/fixtures/claims-heldout-r42'), first: FIRST_MEASUREMENT_R42, floor: FLOOR_R42 },
  { name: 'round 43', folder: path.join(repoRoot, 'test/fixtures/claims-heldout-r43'), first: FIRST_MEASUREMENT_R43, floor: FLOOR_R43 },
];
const verbose = process.env['RECOUPE_HELDOUT_QUIET'] !== '1';

interface Located {
  readonly claim: GoldClaim;
  readonly mention: GoldMention;
  readonly span: Span;
  /** The engine's figure index, or null when no figure overlaps the gold text. */
  readonly figureIndex: number | null;
  readonly figure: Figure | null;
  /** Index into the engine's claim summaries, or null when the figure is in no claim. */
  readonly engineClaim: number | null;
}

function locate(text: string, needle: string, occurrence: number | undefined): Span {
  const starts: number[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) starts.push(at);
  assert.ok(starts.length > 0, `gold text not found: “${needle}”`);
  if (occurrence === undefined) assert.equal(starts.length, 1, `gold text “${needle}” occurs ${starts.length} times: give "occurrence"`);
  const start = starts[(occurrence ?? 1) - 1];
  assert.ok(start !== undefined, `gold text “${needle}” has no occurrence ${occurrence}`);
  return { start, end: start + needle.length };
}

/** The figure overlapping `span` most, if any. */
function figureAtSpan(figures: readonly Figure[], span: Span): number | null {
  let best: number | null = null;
  let bestOverlap = 0;
  figures.forEach((figure, index) => {
    const overlap = Math.min(figure.span.end, span.end) - Math.max(figure.span.start, span.start);
    if (overlap > bestOverlap) {
      bestOverlap = overlap;
      best = index;
    }
  });
  // "€23 million (about $25 million)": a gold mention holding an amount and its conversion means the amount, which the
  // conversion only restates (the longer conversion overlapped more, and the mention was scored as the conversion).
  const restated = best === null ? null : (figures[best]?.restates ?? null);
  const main = restated === null ? undefined : figures[restated];
  if (restated !== null && main && main.span.start < span.end && span.start < main.span.end) return restated;
  return best;
}

const figureKey = (doc: string, index: number): string => `${doc}#${index}`;

function evaluateStory(set: string, story: string): { scores: Scores; details: string[] } {
  const folder = path.join(set, story);
  const gold = JSON.parse(readFileSync(path.join(folder, 'gold.json'), 'utf8')) as Gold;
  const docs = readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort();
  const texts = new Map(docs.map((doc) => [doc, readFileSync(path.join(folder, doc), 'utf8')]));

  const engine: Engine = createEngine({ displayName: (doc) => doc });
  engine.updateMany(docs.map((doc) => ({ doc, text: texts.get(doc) ?? '', version: 0, overrides: { language: null, date: null } })));
  const summaries: ClaimSummary[] = engine.claimSummaries('en');
  const figuresOf = (doc: string): readonly Figure[] => engine.analysis(doc)?.figures ?? [];
  // The report's view: each figure's claimId (a conversion carries the claim of the figure it restates).
  const summaryIndex = new Map(summaries.map((summary, index) => [summary.id, index]));
  const claimOfFigure = new Map<string, number>();
  for (const doc of docs) {
    figuresOf(doc).forEach((_, index) => {
      const claim = engine.claimOf(doc, index);
      const at = claim ? summaryIndex.get(claim.id) : undefined;
      if (at !== undefined) claimOfFigure.set(figureKey(doc, index), at);
    });
  }

  // Gold mentions → engine figures.
  const ids = new Set<string>();
  const located: Located[] = [];
  for (const claim of gold.claims) {
    assert.ok(!ids.has(claim.id), `${story}: duplicate gold claim id ${claim.id}`);
    ids.add(claim.id);
    for (const mention of claim.mentions) {
      const text = texts.get(mention.doc);
      assert.ok(text !== undefined, `${story}/${claim.id}: no document ${mention.doc}`);
      const span = locate(text, mention.text, mention.occurrence);
      const figureIndex = figureAtSpan(figuresOf(mention.doc), span);
      const figure = figureIndex === null ? null : (figuresOf(mention.doc)[figureIndex] ?? null);
      const engineClaim = figureIndex === null ? null : (claimOfFigure.get(figureKey(mention.doc, figureIndex)) ?? null);
      located.push({ claim, mention, span, figureIndex, figure, engineClaim });
    }
  }
  const goldOfFigure = new Map<string, Located>();
  located.forEach((entry, n) => {
    if (entry.figureIndex === null) return;
    const key = figureKey(entry.mention.doc, entry.figureIndex);
    // Two gold figures read as one ("passe de 2,1 à 2,9 milliards" as a range): the second is not recognised.
    if (goldOfFigure.has(key)) located[n] = { ...entry, figureIndex: null, figure: null, engineClaim: null };
    else goldOfFigure.set(key, entry);
  });

  const details: string[] = [];
  const where = (entry: Located): string => `${entry.mention.doc} “${entry.mention.text}”`;
  const engineLabel = (index: number | null): string => (index === null ? '(no claim)' : `[${summaries[index]?.id ?? '?'}]`);
  const describeEngine = (entry: Located): string =>
    entry.figureIndex === null ? 'not recognised as a figure' : `${engineLabel(entry.engineClaim)}${entry.figure && entry.figure.text !== entry.mention.text ? ` figure “${entry.figure.text}”` : ''}`;

  const scores: Scores = {
    mentions: located.length,
    recognised: located.filter((entry) => entry.figureIndex !== null).length,
    claimed: located.filter((entry) => entry.engineClaim !== null).length,
    tied: 0,
    missed: 0,
    wrongGold: 0,
    wrongNonGold: 0,
    conflicts: 0,
    caught: 0,
    caughtStrict: 0,
    falseAlarms: 0,
    derived: docs.reduce((sum, doc) => sum + engine.findings(doc, 'en').filter((finding) => finding.code === 'derived-mismatch').length, 0),
  };

  // Pairs of gold mentions.
  for (let i = 0; i < located.length; i++) {
    for (let j = i + 1; j < located.length; j++) {
      const a = located[i];
      const b = located[j];
      if (!a || !b) continue;
      const sameEngine = a.engineClaim !== null && a.engineClaim === b.engineClaim;
      if (a.claim === b.claim) {
        if (a.mention.optional || b.mention.optional) continue;
        if (sameEngine) scores.tied++;
        else {
          scores.missed++;
          details.push(`  missed  ${a.claim.id}: ${where(a)} → ${describeEngine(a)}  ≠  ${where(b)} → ${describeEngine(b)}`);
        }
      } else if (sameEngine) {
        scores.wrongGold++;
        details.push(`  WRONG   ${engineLabel(a.engineClaim)} ties ${a.claim.id} ${where(a)} with ${b.claim.id} ${where(b)}`);
      }
    }
  }

  // Engine-claim pairs with a figure outside the gold.
  summaries.forEach((summary, index) => {
    const members = summary.mentions.map((member) => ({ member, gold: goldOfFigure.get(figureKey(member.doc, member.figureIndex)) }));
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const a = members[i];
        const b = members[j];
        if (!a || !b || (a.gold && b.gold)) continue;
        scores.wrongNonGold++;
        const name = (entry: typeof a): string =>
          entry.gold ? `${entry.gold.claim.id} ${where(entry.gold)}` : `non-gold ${entry.member.doc} “${figuresOf(entry.member.doc)[entry.member.figureIndex]?.text ?? '?'}”`;
        details.push(`  WRONG   ${engineLabel(index)} ties ${name(a)} with ${name(b)}`);
      }
    }
  });

  // Conflicts: findings mapped to figures.
  const conflictFindings = docs.flatMap((doc) =>
    engine
      .findings(doc, 'en')
      .filter((finding) => finding.code === 'conflict')
      .map((finding) => {
        const index = figureAtSpan(figuresOf(doc), finding.span);
        const related = finding.related.map((place) => {
          const other = figureAtSpan(figuresOf(place.doc), place.span);
          return other === null ? undefined : goldOfFigure.get(figureKey(place.doc, other));
        });
        return { doc, finding, gold: index === null ? undefined : goldOfFigure.get(figureKey(doc, index)), related, index };
      }),
  );
  const strictHit = (entry: (typeof conflictFindings)[number]): boolean =>
    !!entry.gold && entry.gold.claim.conflict && entry.related.some((other) => other?.claim === entry.gold?.claim);
  for (const claim of gold.claims.filter((candidate) => candidate.conflict)) {
    scores.conflicts++;
    const mine = located.filter((entry) => entry.claim === claim);
    const statusConflict = mine.some((entry) => entry.engineClaim !== null && summaries[entry.engineClaim]?.status === 'conflict');
    const flagged = conflictFindings.filter((entry) => entry.gold?.claim === claim);
    const strict = flagged.some(strictHit);
    if (statusConflict || flagged.length > 0) scores.caught++;
    if (strict) scores.caughtStrict++;
    if (!strict)
      details.push(
        `  ${statusConflict || flagged.length > 0 ? 'caught, wrong reason' : 'NOT CAUGHT'}  ${claim.id}: ${mine.map((entry) => `${where(entry)} → ${describeEngine(entry)}`).join('; ')}`,
      );
  }
  for (const entry of conflictFindings) {
    if (strictHit(entry)) continue;
    scores.falseAlarms++;
    const figureText = entry.index === null ? '?' : (figuresOf(entry.doc)[entry.index]?.text ?? '?');
    const against = entry.finding.related
      .map((place, k) => entry.related[k] ? `${entry.related[k]?.claim.id} ${where(entry.related[k] as Located)}` : `non-gold ${place.doc}:${place.span.start}`)
      .join(', ');
    details.push(`  FALSE   conflict on ${entry.gold ? `${entry.gold.claim.id} ${where(entry.gold)}` : `non-gold ${entry.doc} “${figureText}”`} against ${against}`);
  }

  // Where every gold claim went, for the report.
  for (const claim of gold.claims) {
    const mine = located.filter((entry) => entry.claim === claim);
    details.push(`  gold ${claim.id}${claim.conflict ? ' (conflict)' : ''}: ${mine.map((entry) => `${entry.mention.doc} “${entry.mention.text}” → ${describeEngine(entry)}`).join('; ')}`);
  }
  return { scores, details };
}

function add(total: Scores, scores: Scores): void {
  for (const key of Object.keys(total) as (keyof Scores)[]) total[key] += scores[key];
}

const percent = (part: number, whole: number): string => (whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)} %`);

function row(name: string, s: Scores): string {
  const cells = [
    name.padEnd(18),
    `${s.recognised}/${s.mentions}`.padStart(8),
    `${s.claimed}`.padStart(7),
    `${s.tied}/${s.tied + s.missed}`.padStart(8),
    percent(s.tied, s.tied + s.missed).padStart(8),
    `${s.wrongGold}+${s.wrongNonGold}`.padStart(7),
    `${s.caught}/${s.conflicts}`.padStart(7),
    `${s.caughtStrict}/${s.conflicts}`.padStart(7),
    `${s.falseAlarms}`.padStart(6),
    `${s.derived}`.padStart(8),
  ];
  return cells.join(' ');
}

describe('held-out: claim tying on unseen stories', () => {
  for (const set of heldoutSets) {
    it(`${set.name}: scores every story against its gold standard`, () => {
      const stories = readdirSync(set.folder, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort();
      const total: Scores = { ...set.first };
      for (const key of Object.keys(total) as (keyof Scores)[]) total[key] = 0;
      assert.ok(stories.length >= 4, 'four stories expected');
      const lines: string[] = [];
      const header = `${'story'.padEnd(18)} ${'figures'.padStart(8)} ${'claimed'.padStart(7)} ${'tied'.padStart(8)} ${'recall'.padStart(8)} ${'wrong'.padStart(7)} ${'caught'.padStart(7)} ${'strict'.padStart(7)} ${'false'.padStart(6)} ${'derived'.padStart(8)}`;
      const rows: string[] = [];
      for (const story of stories) {
        const { scores, details } = evaluateStory(set.folder, story);
        add(total, scores);
        rows.push(row(story, scores));
        lines.push(`── ${story}`, row(story, scores), ...(verbose ? details : []));
      }
      console.log(
        [
          '',
          `Held-out claim tying, ${set.name} (wrong = gold pairs + pairs with a non-gold figure; caught = brief definition, strict = right pair flagged)`,
          ...lines,
          '',
          header,
          ...rows,
          row('TOTAL', total),
          row('first measurement', set.first),
          '',
        ].join('\n'),
      );
      const floor = set.floor;
      assert.ok(total.tied >= floor.tied, `tied pairs ${total.tied} < floor ${floor.tied}`);
      assert.ok(total.caught >= floor.caught, `planted conflicts caught ${total.caught} < floor ${floor.caught}`);
      assert.ok(total.caughtStrict >= floor.caughtStrict, `planted conflicts flagged on the right pair ${total.caughtStrict} < floor ${floor.caughtStrict}`);
      assert.ok(total.wrongGold + total.wrongNonGold <= floor.maxWrong, `wrong ties ${total.wrongGold + total.wrongNonGold} > ${floor.maxWrong}`);
      assert.ok(total.falseAlarms <= floor.maxFalseAlarms, `false alarms ${total.falseAlarms} > ${floor.maxFalseAlarms}`);
    });
  }
});
