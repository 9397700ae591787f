/**
 * Golden corpus of the entity layer: test/fixtures/entities/golden.{fr,en}.jsonl, sentences written for
 * Recoupe (never copied from the seeds). Each line is one document; lines sharing a `doc` value form one
 * corpus (one registry), so aliases and short forms are resolved across them. A mention counts when the
 * registry resolves it. Prints precision and recall per type and alias-merge accuracy, and holds them
 * above thresholds.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EntityRegistry, recogniseEntities, type DocumentEntities, type ResolvedEntity } from '../../../server/src/engine/entities';
import { loadGolden, paragraphsOf, type GoldenRow } from './support';

const rows = [...loadGolden('golden.fr.jsonl'), ...loadGolden('golden.en.jsonl'), ...loadGolden('golden.r3.jsonl'), ...loadGolden('golden.r4.jsonl'), ...loadGolden('golden.r5.jsonl'), ...loadGolden('golden.r6.jsonl'), ...loadGolden('golden.r7.jsonl'), ...loadGolden('golden.r8.jsonl'), ...loadGolden('golden.r9.jsonl'), ...loadGolden('golden.r10.jsonl'), ...loadGolden('golden.r11.jsonl'), ...loadGolden('golden.r12.jsonl'), ...loadGolden('golden.r13.jsonl'), ...loadGolden('golden.r14.jsonl'), ...loadGolden('golden.r15.jsonl'), ...loadGolden('golden.r16.jsonl'), ...loadGolden('golden.r17.jsonl'), ...loadGolden('golden.r18.jsonl'), ...loadGolden('golden.r19.jsonl'), ...loadGolden('golden.r20.jsonl'), ...loadGolden('golden.r21.jsonl'), ...loadGolden('golden.r22.jsonl'), ...loadGolden('golden.r23.jsonl'), ...loadGolden('golden.r24.jsonl'), ...loadGolden('golden.r25.jsonl'), ...loadGolden('golden.r26.jsonl'), ...loadGolden('golden.r27.jsonl'), ...loadGolden('golden.r28.jsonl'), ...loadGolden('golden.r29.jsonl'), ...loadGolden('golden.r30.jsonl'), ...loadGolden('golden.r31.jsonl'), ...loadGolden('golden.r32.jsonl'), ...loadGolden('golden.r33.jsonl'), ...loadGolden('golden.r34.jsonl'), ...loadGolden('golden.r35.jsonl'), ...loadGolden('golden.r36.jsonl'), ...loadGolden('golden.r37.jsonl'), ...loadGolden('golden.r38.jsonl'), ...loadGolden('golden.r39.jsonl')];

/**
 * Held-out batches were written after a round of tuning and measured once before any rule changed; those
 * first measures (precision / recall over all types) are the honest estimate for unseen text. Later rules
 * were generic (cues, word lists of roles and context nouns), never names taken from a batch.
 */
export const FIRST_MEASURES = { r1: { precision: 0.725, recall: 0.733 }, r2: { precision: 0.737, recall: 0.727 }, r3: { precision: 0.613, recall: 0.644 }, r4: { precision: 0.789, recall: 0.774 }, r5: { precision: 0.834, recall: 0.834 }, r6: { precision: 0.812, recall: 0.817 }, r7: { precision: 0.69, recall: 0.696 }, r8: { precision: 0.691, recall: 0.721 }, r9: { precision: 0.659, recall: 0.693 }, r10: { precision: 0.816, recall: 0.808 }, r11: { precision: 0.742, recall: 0.777 }, r12: { precision: 0.806, recall: 0.821 }, r13: { precision: 0.786, recall: 0.795 }, r14: { precision: 0.791, recall: 0.793 }, r15: { precision: 0.738, recall: 0.755 }, r16: { precision: 0.706, recall: 0.732 }, r17: { precision: 0.729, recall: 0.759 }, r18: { precision: 0.762, recall: 0.754 }, r19: { precision: 0.69, recall: 0.724 }, r20: { precision: 0.718, recall: 0.735 }, r21: { precision: 0.792, recall: 0.814 }, r22: { precision: 0.786, recall: 0.819 }, r23: { precision: 0.802, recall: 0.818 }, r24: { precision: 0.756, recall: 0.79 }, r25: { precision: 0.794, recall: 0.808 }, r26: { precision: 0.77, recall: 0.77 }, r27: { precision: 0.75, recall: 0.75 }, r28: { precision: 0.794, recall: 0.777 }, r29: { precision: 0.767, recall: 0.781 }, r30: { precision: 0.842, recall: 0.78 }, r31: { precision: 0.864, recall: 0.788 }, r32: { precision: 0.855, recall: 0.767 }, r33: { precision: 0.875, recall: 0.806 }, r34: { precision: 0.801, recall: 0.781 }, r35: { precision: 0.827, recall: 0.759 }, r36: { precision: 0.831, recall: 0.745 }, r37: { precision: 0.845, recall: 0.821 }, r38: { precision: 0.84, recall: 0.788 }, r39: { precision: 0.852, recall: 0.791 } };
// r4 first measure per type (102 lines, 217 mentions, alias merges 52/55): person P 82.8 / R 91.4, organization P 93.8 / R 73.1,
// place 89.2 / 75.0, product 66.7 / 33.3, event 100 / 80.0; 24 mentions typed "other" counted as false positives.
// r5 first measure per type (95 lines, 169 mentions, invented non-famous names, alias merges 82/101 = 81.2 %): person P 94.3 / R 83.3,
// organization P 92.1 / R 84.1, place 85.7 / 88.9, product 87.5 / 70.0, event 66.7 / 66.7; 14 mentions typed "other" counted as false positives.
// r6 first measure per type (66 lines, 164 mentions, invented names with sector-word endings, real institutions, initials; alias merges
// 147/164 = 89.6 %): person P 81.4 / R 92.1, organization P 92.2 / R 80.8, place 100 / 80.0, product 100 / 66.7, event 100 / 50.0;
// 18 mentions typed "other" counted as false positives. Measured on main at e4431cf, before the org-typing work of the same day;
// that work (branch wt-ent3, written without seeing r6) then scored P 84.2 / R 84.8 on it (place R 80 → 92.5, org R unchanged 80.8).
// Round ent4 then looked at every remaining r4–r6 miss and fixed its cause with general rules (bylines, context nouns, reporting
// clauses, lower-case institution complements, legal and club names in the registry): r6 84.2 / 84.8 → 98.2 / 98.2, alias 89.6 → 98.8 %;
// these are tuned numbers, not an estimate for unseen text.

// r7 first measure (90 lines, 227 mentions: a Breton town council, a Quebec and a Kenyan story, UK courts, US
// biotech; alias merges 179/227 = 78.9 %), on main at c00c26b: person P 84.1 / R 90.6, organization P 84.7 / R 61.0,
// place 86.5 / 65.3, product 75.0 / 37.5, event 100 / 66.7; 43 mentions typed "other" counted as false positives.
// Branch ent4 (tuned on r4–r6, written without seeing r7) then scored P 71.1 / R 72.7, alias 85.0 %: the tuned
// numbers of earlier batches (≈98) do not carry to unseen text, so r7 stays out of the tuned floor below and
// has its own floor until rules written for it are checked on a later blind batch.
// Round ent5 then categorised every r7 error (test/fixtures/entities/ERRORS-r7.md) and fixed causes with general rules
// (cues, spans, structure, corpus acronyms), never names: r7 71.1 / 72.7 → 96.5 / 96.0, alias 85.0 → 98.7 %; per type
// person 100 / 100, organization 100 / 96.0, place 97.9 / 93.9, product 100 / 100, event 100 / 66.7. Tuned on r7, so no
// estimate for unseen text either: r7 stays untuned until a later blind batch checks these rules.
// r8 first measure (110 lines, 251 mentions, 8 articles: Wallonia flood defences, a Moroccan–Senegalese dairy deal, a
// Rennes medical-device trial, a Gers cooperative; Pilbara lithium, an Indian fintech, a New Brunswick ferry bill, an Ohio
// school board), written blind and measured on main at e5539ae (ent5 merged, written without seeing r8): P 69.1 / R 72.1,
// alias 75.3 %; person P 75.0 / R 84.5, organization 76.9 / 70.0, place 79.6 / 70.5, product 100 / 53.8, event 100 / 16.7,
// 29 mentions typed "other". The same batch on the engine before ent5 (1f7e8e2): P 64.0 / R 66.5, alias 71.7 %. So the
// r7 work gained about 5 points on unseen text while it gained 25 on r7 itself: rules written from errors carry over poorly.
// r9 first measure (111 lines, 254 mentions, 8 articles: a Jura watchmaker, a Corsican ferry strike, a Réunion cyclone,
// Paris hospital doctors; a Scottish distillery takeover, a Kenyan tea auction, a Texas wind-farm court case, a New Zealand
// rugby transfer), written blind, measured on main at 9fd11d0 (ent5 merged, ent6 not yet): P 65.9 / R 69.3, alias
// 72.8 %; person P 79.7 / R 87.5, organization 81.2 / 66.3, place 80.0 / 67.9, product 83.3 / 33.3, event 42.9 / 30.0,
// 45 mentions typed "other". It also found an endless loop (a nationality before names with an organisation head), fixed
// before this measure. With ent6 (rules from r8's errors) merged: 66.9 / 70.1, alias 74.0 %: about one point carried over.
// r10 first measure (112 lines, 380 mentions, 8 articles written like real 2025 news, with real institutions, companies,
// people and places next to invented local ones: an ECB rate cut, a PSG transfer, an Orange outage, the Lyon mayoral
// race; the EU's Google adtech fine, Nvidia H20 export curbs, a Turkish Airlines Boeing order, a GSK takeover), written
// blind, measured on main at 17ed3e0 (entity code as at 79d56de): P 81.6 / R 80.8, alias 84.5 %; person P 89.9 /
// R 88.9, organization 89.2 / 85.1, place 89.2 / 83.5, product 68.8 / 36.7, event 66.7 / 28.6, 28 mentions typed
// "other". Text naming well-known actors scores some 12 points above the invented names of r7–r9. With the gaz branch
// merged (~1,200 well-known organisations and ~230 places, written without seeing r10): 82.7 / 81.8, organisations R 87.4.
// r11 first measure (120 lines, 462 mentions, 8 articles like real 2025 news, real and invented actors: a river-pollution
// trial in Rennes, a Swiss drug maker's results, an unemployment-insurance reform, a cycling stage; a landslip on a
// Leeds–Manchester line, an Ontario nickel mine, Pennsylvania transit funding, BYD's Hungarian plant), written blind on
// 2026-12-06, measured on main at 944a367 before the people/orgs branches: P 74.2 / R 77.7, alias 85.8 %; person P 82.9 /
// R 86.3, organization 85.3 / 76.9, place 88.0 / 76.4, product 55.6 / 50.0, event 66.7 / 36.4, 59 mentions typed "other".
// r12 first measure (122 lines, 396 mentions, 8 articles like real 2025–2026 news: a Marseille port investment, a Paris
// court and a resale platform, a Breton hake quota, a Belgian bank merger; Scotch whisky exports, an Indian airline's
// listing, an Amazon deforestation report, a Japanese carmaker's recall), written blind on 2026-12-06 after the people and
// orgs merges, measured on main at 1c9176d: P 80.6 / R 82.1, alias 85.9 %; person P 88.7 / R 95.5, organization 87.1 /
// 79.5, place 91.5 / 81.4, product 85.7 / 66.7, event 80.0 / 66.7, 37 mentions typed "other". The same batch on 944a367
// (before the day's entity work): 79.7 / 81.3, alias 85.7 %, person R 93.9, organisation R 78.9.
// r13 first measure (120 lines, 498 mentions, 8 articles like real 2025–2026 news: a Saint-Nectaire AOP dispute, Belgian
// pensions, a Rouen museum, a Dordogne water utility; Ravensthorpe lithium, Manitoba Hydro, Nigerian solar mini-grids, a UK
// retailer's results), written blind on 2026-12-06, measured on main at 47e7577 (after the day's towns, courts,
// plural-possessive and acronym-name rules, written without seeing it): P 78.6 / R 79.5, alias 76.1 %; person P 90.9 / R
// 91.6, organization 88.4 / 75.2, place 81.3 / 84.6, product 40.0 / 13.3, event 75.0 / 42.9, 46 mentions typed "other".
// The same batch on cb2bd05 (before those rules): 77.4 / 78.3, alias 75.1 %, organisation R 73.9, place R 82.1: the
// day's rules carried about one point to unseen text.
// r14 first measure (122 lines, 478 mentions, 8 articles: an Alpine ski resort, a Breton shipyard, an Olympic venue, a
// Lyon biotech; a South African mine strike, Irish housing, a US university strike, a New Zealand dairy cooperative),
// written blind on 2026-12-06, measured on main at 8b9571f: P 79.1 / R 79.3, alias 83.3 %; person P 87.2 / R 90.4,
// organization 90.3 / 80.7, place 84.8 / 68.4, product 50.0 / 55.6, event 75.0 / 50.0, 43 mentions typed "other". On
// cb2bd05 (before the day's entity rules): 77.1 / 77.6, alias 82.4 %, place R 63.2: those rules carried about two points.
// r15 first measure (200 lines, 497 mentions, 8 articles: the Var département's budget, a drug trial in Nanterre, Gard
// floods after a named storm, a Lorient festival; a UK phone launch, a women's cup semi-final and a city council, a
// Leeds peat-bog flood study, an Australian council's bushfire rates), written blind on 2026-12-06, measured on main at
// 77187e9 (no entity rule changed that day before it): P 73.8 / R 75.5, alias 72.4 %; person P 85.6 / R 85.6,
// organization 82.6 / 75.0, place 84.0 / 77.7, product 81.8 / 60.0, event 54.5 / 33.3, 56 mentions typed "other".
// r16 first measure (161 lines, 470 mentions, 8 articles: Beaujolais hail, an Ariane 6 launch, a Saumur street-theatre
// festival, a container ship off Ouessant in a named storm; a League Two takeover, an FDA drug approval, an Antarctic
// research ship, a security-software outage), written blind on 2026-12-06, measured on main at ed3584a (after the day's
// r15 rules, written without seeing it): P 70.6 / R 73.2, alias 69.8 %; person P 69.7 / R 89.9, organization 81.5 /
// 73.4, place 83.0 / 75.7, product 71.9 / 50.0, event 75.0 / 40.0, 50 mentions typed "other". On 9dd2c0f (the day's
// start): 68.0 / 70.4, alias 67.7 %, person R 78.3, organisation R 72.4, place R 73.6: the day's rules carried about
// three points, twelve of person recall.
// r17 first measure (217 lines, 485 mentions, 8 articles: a Vevey quay-works scandal, an Alès rugby club, the Hospices de
// Beaune auction, a Paris fashion house; an Islay distillery sale, a US antitrust trial, a Kenyan fintech, a Pilbara
// royalty dispute), written blind on 2026-12-06, measured on main at 544d4da (after the day's r15 and r16 rules, written
// without seeing it): P 72.9 / R 75.9, alias 71.5 %; person P 88.5 / R 91.1, organization 83.9 / 82.2, place 82.1 /
// 75.6, product 72.2 / 37.1, event 62.5 / 20.0, 65 mentions typed "other". On 9dd2c0f (the day's start): 71.1 / 74.2,
// alias 70.7 %, person R 86.1, organisation R 80.2, place R 76.4.
// r18 first measure (158 lines, 488 mentions, 8 articles: Breton hake quotas, a Lyon AI chip, a Marseille cocaine
// trial, Brussels coalition talks; a junior hockey club sale, a Dublin housing march, a Springbok sponsorship, a Singapore
// shipper's results), written blind on 2026-12-06, measured on main at 28ea116 (after every rule of the day): P 76.2 /
// R 75.4, alias 71.3 %, pairwise merges recall 90.3 % / precision 94.2 %; person P 85.3 / R 92.0, organization 85.8 /
// 65.5, place 86.8 / 82.4, product 82.4 / 60.9, event 75.0 / 60.0, 53 mentions typed "other". On 9dd2c0f (the day's
// start): 74.1 / 73.2, alias 69.3 %, person R 81.8, organisation R 64.5: the day's rules carried two points overall and
// ten of person recall; organisations barely moved.
// r19 first measure (245 lines, 474 mentions, 8 articles: Quimper's market hall, a Bordeaux wine-fraud trial, women's
// cycling, a Drôme hailstorm; a food takeover, a migraine drug in Leeds, a Hebrides ferry, a portrait auction), written
// blind on 2026-12-06 by a helper that read no code, measured on main at d4499e5 (entity code as at 6fe23fa, the
// session's start, so the two measures are one): P 69.0 / R 72.4, alias 79.3 %, pairwise merges recall 87.7 % /
// precision 98.7 %; person P 79.0 / R 85.9, organization 82.1 / 71.5, place 85.2 / 79.3, product 71.4 / 15.2, event
// 91.7 / 61.1, 81 mentions typed "other".
// r20 first measure (251 lines, 479 mentions, 8 articles: a Morlaix by-election, an emergency-ward strike, a chlorine
// leak near Lyon, a Roman villa at Narbonne; a record football transfer, a rugby final, a department store in
// administration, a motorway ruling), written blind on 2026-12-06, measured on main at 8601d4a (after this session's
// entity rules, written without seeing it): P 71.8 / R 73.5, alias 72.4 %, pairwise merges 97.8 % / 99.6 %; person P
// 72.2 / R 91.9, organization 88.3 / 71.3, place 86.7 / 73.7, product 47.4 / 37.5, event 83.3 / 47.6, 57 typed "other".
// On 6fe23fa (the session's start): 71.6 / 73.1, organization R 70.3: the session's entity rules carried 0.2–0.4 points.
// r21 first measure (261 lines, 500 mentions, 8 articles: a sodium-ion battery start-up in Lyon, an energy-certificate
// fraud trial, a Vosges trail race, a migraine drug trial in Marseille; floating-wind foundations on the Humber, an
// Arizona data-centre water moratorium, a Dublin fintech fined, an e-bike battery recall in Australia), written blind on
// 2026-12-07, measured on main at d4eb485 (entity code as at a711512, the session's start): P 79.2 / R 81.4, alias
// 80.8 %, pairwise merges 95.1 % / 100 %; person P 92.7 / R 98.9, organization 82.3 / 84.2, place 92.7 / 82.7, product
// 83.3 / 45.5, event 87.5 / 30.4, 48 mentions typed "other". Real actors beside invented ones, like r10: it scores above
// the invented-only batches.
// r22 first measure (278 lines, 498 mentions, 8 articles: a private night train Lyon–Rome, a community-owned Hebrides
// ferry, a Belgian group buying a Jura cheese cooperative, an orbital launch from Shetland, a Lorient cargo-sail
// shipyard, a Duluth ballpark deal, an AI marking assistant, malaria-vaccine drones in Nigeria), written blind on
// 2026-12-07 after the session's entity rules, measured on main at e2853b0: P 78.6 / R 81.9, alias 80.9 %, pairwise
// merges 93.6 % / 94.4 %; person P 89.1 / R 99.0, organization 85.4 / 86.2, place 90.2 / 76.9, product 89.5 / 48.6,
// event 58.3 / 56.0, 46 mentions typed "other". The engine at the session's start (a711512) scores exactly the same:
// the session's entity rules (acronym long forms, titles in bodies' names, products by kind, legal forms) carried
// nothing to this batch.
// r23 first measure (282 lines, 490 mentions, 8 articles: a Rhône wine cooperatives' merger, a mayor's corruption trial,
// an Alpine cycling stage, a cancer-drug trial in Lyon; a Canadian mine accident, a UK festival cancelled, an Australian
// airline's aircraft order, a US university AI spin-off), written blind on 2026-12-07 (stop 18), measured on main at
// 86032c4 (entity code as at the session's start, 14d5c66): P 80.2 / R 81.8, alias 80.4 %, pairwise merges 94.4 % /
// 99.6 %; person P 84.2 / R 96.2, organization 91.3 / 79.3, place 84.7 / 85.8, product 68.8 / 44.0, event 71.4 / 35.7,
// 35 mentions typed "other".
// r24 first measure (279 lines, 514 mentions, 8 articles: a Breton fishing port, a Paris museum's director, a rugby
// club's relegation, a medical-AI start-up; a New Zealand dairy export deal, a US senator's campaign finance inquiry, an
// Irish drug plant, a Kenyan solar company), written blind on 2026-12-07 (stop 18) and sealed until every entity rule of
// the session had landed, measured at 98d2142 and at the session's start (14d5c66): identical P 75.6 / R 79.0 (alias
// 77.0 → 77.4 %); person P 77.4 / R 92.0, organization 77.2 / 74.1, place 94.3 / 88.7, product 61.1 / 42.3, event
// 90.9 / 40.0, 41 mentions typed "other".
// r25 and r26 first measures (291 lines / 634 mentions and 290 / 587; 16 articles: an appeal fraud trial in Lyon, a
// Breton regional election, a footballer's move to Marseille, a Le Havre dockers' strike, an FDA approval, a software
// takeover, a Gulf Coast hurricane, a Galway arts festival; an energy merger, a mountain rescue, a hospital strike, a
// food-safety scandal, an Irish parliamentary vote, a film festival, a space mission, a cup final), written blind on
// 2026-12-07 (stop 19) by two helpers that read no code; r25 is sealed until every entity rule of the session has
// landed. Measured at the session's start (8fa0ccc): r25 P 79.4 / R 80.8, alias 84.1 %; person P 81.5 / R 90.4,
// organization 83.9 / 86.7, place 90.4 / 82.0, product 81.1 / 56.6, event 78.3 / 40.9, 38 mentions typed "other";
// r26 P 77.0 / R 77.0, alias 83.1 %; person 87.8 / 88.4, organization 85.6 / 83.0, place 83.9 / 74.4, product 90.3 /
// 49.1, event 85.7 / 58.8, 62 typed "other".
// r25 sealed measurement once every entity rule of stop 19 had landed (885650f): P 79.7 / R 81.1, alias 84.4 %
// (session's start 79.4 / 80.8, 84.1 %); person 82.2 / 91.6 (81.5 / 90.4), organization 83.9 / 86.7 (unchanged):
// the session's entity rules carried +0.3 to this batch.
// r27 and r28 first measures (295 lines / 356 mentions and 291 / 368; 16 articles: a Breton regional election, a
// hospital cyberattack, a Lyon wine auction, a derailment in Haute-Marne, a biotech IPO, flood relief in Worcestershire,
// a football manager sacked, a museum restitution; a textile maker moving abroad, a wolf census, a video-game studio
// takeover, a mayor's trial, a launcher failure, a teachers' strike ballot, a hotel merger, a city marathon), written
// blind on 2026-12-07 (stop 20) by a helper that read no code; r28 is sealed until every entity rule of the session has
// landed. Measured at the session's start (e14ac17): r27 P 75.0 / R 75.0, alias 80.6 %; person 90.4 / 89.6,
// organization 85.1 / 71.9, place 77.1 / 73.0, product 60.0 / 35.3, event 87.5 / 46.7, 40 typed "other"; r28 P 79.4 /
// R 77.7, alias 86.4 %; person 89.6 / 92.2, organization 82.5 / 71.2, place 88.8 / 81.6, product 100 / 56.3, event
// 100 / 57.1, 34 typed "other".
// r29 first measure (183 lines / 679 mentions; 8 articles, 4 French and 4 English), written blind on 2026-12-07 (stop
// 21) by a helper that read no code, sealed until every entity rule of stop 21 had landed. At e14ac17 (stop 20's start)
// and 78ae47d (stop 21's start) alike: P 76.7 / R 78.1, alias 82.9 %; person 85.3 / 90.8, organization 85.7 / 81.8,
// place 87.3 / 80.1, product 55.0 / 23.9, event 95.0 / 54.3.
// Sealed measurements once every rule of stops 20 and 21 had landed (stop 21's end): r28 P 85.4 / R 77.7, alias 84.0 %
// (person 92.2 and organisation 71.2 recall unchanged: the precision is the untyped single words kept out, see
// registry.ts resolve, which also costs alias accuracy: a mention found with the right identity but no type no longer
// resolves); r29 P 86.0 / R 79.8, alias 80.0 %, person recall 90.8 → 92.2, organisation 81.8 → 85.2.
const UNTUNED_BATCHES: ReadonlySet<string> = new Set(['r7', 'r8', 'r9', 'r10', 'r11', 'r12', 'r13', 'r14', 'r15', 'r16', 'r17', 'r18', 'r19', 'r20', 'r21', 'r22', 'r23', 'r24', 'r25', 'r26', 'r27', 'r28', 'r29', 'r30', 'r31', 'r32', 'r33', 'r34', 'r35', 'r36', 'r37', 'r38', 'r39']);
const UNTUNED_FLOOR: Readonly<Record<string, { readonly precision: number; readonly recall: number }>> = {
  r7: { precision: 0.96, recall: 0.96 },
  // Round ent6 (test/fixtures/entities/ERRORS-r8.md, recurring r7 causes first): r8 69.1 / 72.1 → 75.2 / 77.3, alias 75.3 → 80.5 %.
  // Round longorg (names that keep lower-case words: lower-case heads, portfolios, complements, legal forms, event heads,
  // halves around a dash; the failure class was read from r9's errors, the rules checked on our own sentences and traps;
  // written on 79d56de, rebased after the gaz merge): r8 76.4 / 78.9 → 81.5 / 82.5, alias 81.7 → 85.3 %; r9 67.7 / 70.9 →
  // 79.3 / 79.9, alias 74.0 → 84.3 % (r9 is now partly tuned: no estimate for unseen text); r10, never looked at while
  // writing the rules, 82.7 / 81.8 → 83.2 / 82.4, alias 84.5 → 85.0 %.
  // Round orgs (causes of r8–r10 organisation, place and product errors; general rules, no names from the batches):
  // dotted abbreviations, nationality-led known names in headings, lower-case and dotted legal forms: r8 81.5 / 82.5 →
  // 81.6 / 82.9, alias 85.3 → 85.7 %; r9 unchanged; r10 83.2 / 82.4 → 84.9 / 84.2, alias 85.0 → 88.7 %.
  // Then model numbers, "New"/"General" inside names, body suffixes, headline pieces, barred bylines, more common acronyms:
  // r8 81.6 / 82.9 → 84.1 / 84.5, alias 85.7 → 87.6 %; r9 79.3 / 79.9 → 80.2 / 81.5, alias 84.3 → 85.4 %; r10 84.9 / 84.2 →
  // 88.5 / 86.8, alias 88.7 → 90.0 %.
  // Round people (particles, titles and roles, bylines and credits, ages, surnames joining full names, what starts no
  // person; failure classes read from r8–r10's person errors, rules written on our own sentences, no names copied), all
  // P/R, person P/R, alias: r8 81.5/82.5, 84.4/91.5, 85.3 → 84.9/85.3, 95.9/100, 87.6 %; r9 79.3/79.9, 83.1/88.9, 84.3 →
  // 81.7/82.7, 94.5/95.8, 88.2 %; r10 83.2/82.4, 89.9/88.9, 85.0 → 86.2/85.3, 97.8/97.8, 87.9 % (r10 is now partly tuned
  // too); r7 unchanged 97.8/97.4, 100/100, 98.7 %; tuned lines 98.3/98.6 unchanged, person P 99.6 → 100, alias 99.5 → 100 %.
  // Both rounds merged (2026-12-06): r8 87.3 / 87.3, alias 90.0 %; r9 82.6 / 84.3, alias 89.4 %; r10 90.6 / 89.2, alias
  // 92.4 %. On r11, which neither round had seen: 74.2 / 77.7 → 76.3 / 79.4, alias 85.8 → 86.9 % (orgs alone 74.5 / 77.9);
  // person P 82.9 → 86.7, R 86.3 → 89.5; organisation R 76.9 → 78.0: rules written from earlier batches' errors carry
  // over a little, not much.
  r8: { precision: 0.87, recall: 0.87 },
  r9: { precision: 0.82, recall: 0.84 },
  r10: { precision: 0.9, recall: 0.89 },
  // Round towns (2026-12-06): a name nothing in the corpus types and GeoNames lists as a town of 5,000 or more is a
  // place (data/towns.ts): r11 76.3 / 79.4 → 77.8 / 81.0 (place R 77.1 → 81.9), r12 82.4 / 83.8 → 82.9 / 84.3; tuned
  // lines 98.3 / 98.6 → 98.4 / 98.7.
  // Courts (2026-12-06): "tribunal correctionnel de Rennes", "cour d'appel de Paris", a court named by its kind and its
  // town, is one organisation, as seven mentions of r8, r11 and r12 were written; r4's one such line (the town as a
  // place) was rewritten to that convention. r11 77.8 / 81.0 → 78.2 / 81.4, r12 82.9 / 84.3 → 83.6 / 85.1, r8 88.0 →
  // 88.8 / 88.8.
  r11: { precision: 0.77, recall: 0.8 },
  // "Crédit" before a name (a bank), after r12's first measurement: r12 80.6 / 82.1 → 81.9 / 83.3, alias 85.9 → 87.2 %;
  // works as organisation suffixes (distillery, cooperage, brewery…): 82.4 / 83.8.
  r12: { precision: 0.82, recall: 0.83 },
  // Then "musée X" and "école <given name>-X" as lower-case eponym heads (read from r13's misses): 79.0 / 79.9; then
  // capitalised offices inside a run ("House Leader Diane Kowalchuk"), "Cr", roles that are surnames ("Madeleine
  // King"): 80.0 / 81.3, person R 96.2, alias 77.3 % (r11 79.3 / 82.9); then chambers of commerce, shires and a known
  // place opening a pair ("Manitoba Hydro"): 81.1 / 81.9, organisation R 77.9 (r12 85.1 / 86.6, r9 83.8 / 85.4).
  r13: { precision: 0.848, recall: 0.844 },
  // An acronym and the territory it covers ("FDSEA de la Dordogne", read from r13): r14, never looked at, 79.1 / 79.3 →
  // 79.5 / 79.5; r13 81.1 / 81.9 → 81.8 / 82.3.
  r14: { precision: 0.816, recall: 0.811 },
  // Public bodies named by a lower-case kind and their territory ("conseil départemental du Gard", "préfecture de
  // l'Hérault", "parquet de Nanterre") and natural features or sites after a lower-case head ("massif des Maures",
  // "vallée du Rhône", "aéroport de Toulon-Hyères"), the conventions of every blind batch (read from r15's errors and
  // checked against r12–r14's lines): r15 73.8 / 75.5 → 76.8 / 78.5; r13 → 82.2 / 82.7, r14 → 79.9 / 79.9, r12 → 85.6 / 87.1.
  // Then given names spelled like a month or "grâce" before a surname ("By Jan Kowalczyk", "Grace Metcalfe, who…",
  // "Avril Le Gall"), a byline ended by a middle dot, "Olivier d'Harcourt", the départements Var, Ain and Orne, and a
  // country never joining a person's name as its given name ("France" next to "France Assureurs"): r15 78.9 / 80.7,
  // r13 83.0 / 83.3, r14 80.5 / 80.1; tuned lines unchanged.
  r15: { precision: 0.798, recall: 0.816 },
  // Photo credits read by given names ("Getty Images / Callum Redfern"), "Survey" as an organisation suffix, natural
  // features English names end with ("Thwaites Glacier", "Preston Farm"), more French lower-case sites ("rade de Brest",
  // "phare du Créac'h", "église Saint-Pierre", "mont Brouilly"), read from r16's errors: r16 70.6 / 73.2 → 73.5 / 76.0,
  // r15 → 79.5 / 81.3, r14 → 80.7 / 80.3; others and tuned lines unchanged.
  // Then "des Pays de la Loire" (two particles), "préfecture maritime", a territory after "national"/"régional" ("Théâtre
  // national de Bretagne"), cultural bodies as heads, a list of portfolios inside a name ("Department for Culture, Media
  // and Sport"): r16 74.9 / 76.8; others unchanged.
  // Then a middle name spelled like a function word ("Ifeoma Grace Adeyemi") and the person after "Minister for
  // Housing": r16 75.3 / 77.0, r14 80.9 / 80.8. ("Desk" as page furniture, added with them, changed nothing and was
  // removed at review.)
  r16: { precision: 0.773, recall: 0.784 },
  // "Will" as a given name mid-sentence or opening a credit, town-named surnames after "d'", "X and Y Council" and
  // "Enterprise" bodies (read from r17): r17 72.9 / 75.9 → 73.9 / 76.9, r16 → 75.5 / 77.4; others unchanged.
  // Then an adjective opening the sentence before a role ("Local councillor X") is no organisation: r17 74.0 / 76.9, r9
  // 84.1 / 85.4.
  // Stop 19: castles, gates, huts, glaciers after a lower-case head ("château de Versailles", "refuge du Couvercle",
  // read from r26): r17 74.9 / 78.1 → 75.2 / 78.4, r13 +0.2, r26 77.9 / 78.0 → 78.7 / 78.7.
  r17: { precision: 0.755, recall: 0.787 },
  // Then "gendarmerie nationale", "métropole de Lyon" and "université de Bordeaux" as bodies (lower-case French heads, as
  // r13, r15 and r18 wrote them; one tuned line, "université de Nantes" written as the town, now disagrees): r18 76.4 /
  // 75.8, r15 79.6 / 81.5, r13 83.2 / 83.5; tuned lines 98.4 / 98.7 → 98.3 / 98.6.
  // Then a body closed by its place before "and" another body ("University College Cork and Maynooth University"): r18
  // 76.7 / 76.2.
  // Then a name right before "listed" or "employs"/"compte N salariés" is a body's: r18 78.1 / 77.7; others unchanged.
  // Then acronyms written as words from a name's syllables ("Office anti-stupéfiants (Ofast)"): r18 78.6 / 78.5.
  r18: { precision: 0.78, recall: 0.78 },
  // Then a name in brackets after a person's names is what the person belongs to, ships' prefixes, "Government",
  // "Parliament", party plurals, "Fund", "Gallery", "Academy" as body words (read from r19): r19 74.4 / 77.8, r11 80.4 /
  // 84.2, r18 78.9 / 79.1, r17 74.3 / 77.3.
  r19: { precision: 0.759, recall: 0.792 },
  // Then plural team nicknames, "Métropole"/"Samu" heads, "centre hospitalier de X", "Avril Le Goff" opening a sentence
  // (read from r20): r20 75.5 / 76.6. Then a nationality between a context noun and the name ("le groupe belge
  // Solvane"): 76.1 / 77.2. Then "place des X" after any word, bridges, viaducts and gardens: 76.5 / 77.7.
  r20: { precision: 0.75, recall: 0.76 },
  // Then acronym long forms starting in lower case after an article, reaching 16 words back, skipping a few words
  // (read from r21): r21 79.7 / 82.2. Then titles inside bodies named after someone ("Royal Prince Alfred Hospital"): 80.0 / 82.4.
  // Then medicines and devices by their kind ("les anticorps Ajovy et Emgality"): 80.4 / 82.8 (r20, not read: 76.7 / 77.9).
  // Then more legal forms (DAC, LLP, Pty, Srl, SPRL, BVBA, Kft): 80.6 / 83.0.
  r21: { precision: 0.807, recall: 0.831 },
  // Then (read from r22) an elided "d'" inside a name that ends like a company ("Vent d'Ouest Cargo"): 79.7 / 82.5.
  r22: { precision: 0.801, recall: 0.828 },
  // Then (read from r23) cooperatives and stage races as heads with a complement ("la Cave de Tain", "les Vignerons de
  // Saint-Péray", "le Critérium du Dauphiné", "l'Alpe d'Huez"): r23 80.2 / 81.8 → 83.5 / 83.7 (r11, r16, r22 up 0.2–0.9).
  // Then "King Street" after a title (83.7 / 83.9), then medicines' common names in lower case ("zénotinib"): 83.8 / 84.3.
  r23: { precision: 0.835, recall: 0.84 },
  // Then (read from r24 after its sealed measurement) currency prefixes ("NZ$"), "Committee on X", an English body's head
  // before a French "de Boston": r24 75.6 / 79.0 → 77.1 / 80.0, r13, r16, r18 up.
  r24: { precision: 0.772, recall: 0.803 },
  r25: { precision: 0.797, recall: 0.811 },
  // Then (read from r26) surname particles: a foreign particle alone ("led by van Houten"), an elided "d'" after an
  // honorific ("Mme d'Ornano"), the lawyer's "Me de X", a hyphenated given name whose half spells a month ("Pieter-Jan"):
  // r26 77.0 / 77.0 → 77.9 / 78.0 (person recall 88.4 → 92.5), r17 74.5 / 77.7 → 74.9 / 78.1, none down.
  // Then (read from r26) "Overall, 84,119 fans" no age apposition, Gaelic particles ("Mac Lochlainn", "Ó Murchú"):
  // r26 78.7 / 78.7 → 79.4 / 79.6.
  r26: { precision: 0.793, recall: 0.795 },
  // Stop 20 (read from r27): museums are institutions, no longer places; a name keeping its "'s" with nothing after it
  // to possess is a house's ("chez Sotheby's", "a sale at Christie's in 1872"), French never writing that possessive;
  // "Photo: X Y", the whole credit line, names the photographer; "why Van der Stappen resigned" mid-sentence.
  // r27 75.0 / 75.0 → 77.2 / 77.2 (organisation recall 71.9 → 77.0), r19 75.6 / 78.9 → 76.0 / 79.3, r14, r15, r17,
  // r21, r24 +0.1 to +0.4, none down. Then "army" ends organisation names, "lane" place names (not after a given name),
  // "Battle of X" is an event, "Upton-upon-Severn" and "Boulogne-sur-Mer" are towns: r27 → 78.6 / 78.4, r16 +0.3, r25 +0.1.
  // Stop 21 (read from r27): French newspapers by their press noun ("Le Courrier du Ponant", "La Tribune lyonnaise",
  // "L'Est Quotidien"), model variants after a maker ("Boeing 787-9"): r27 → 80.2 / 79.8 (organisation recall 77.8 →
  // 80.7), r18, r21, r22, r23, r25 +0.2 to +0.3, none down. Then "the X and Y Museum" opened by a given name, and
  // sovereigns' titles ("Emperor Tewodros II"): r27 → 81.0 / 80.3, r16 +0.1. Then the accented Irish "Ní" is no French
  // "ni", an English "d'" before a capital is a surname's: r25 +0.9 / +0.8, r26 +0.5, r18 +0.1. Then an airline's name
  // ends before the aircraft model after it, "Administrator" and a few more are roles: r25 +0.7 / +0.8, r10 +0.3 / +0.6.
  // Then single words nothing types ("other") are no entity users see (registry.ts resolve; claims still use them as
  // actors): precision +3 to +9 points on every held-out batch (r27 81.0 → 87.2, r17 75.6 → 84.1), recall unchanged,
  // alias accuracy −1 to −4 (mentions found with the right identity but no type no longer resolve).
  r27: { precision: 0.809, recall: 0.802 },
  r28: { precision: 0.853, recall: 0.776 },
  r29: { precision: 0.859, recall: 0.797 },
  // r30 (215 lines / 617 mentions; 8 articles, 4 French and 4 English), written blind on 2026-12-07 (stop 22) by a helper
  // that read no code, sealed until every entity rule of stop 22 had landed. At e6b6190 (stop 22's start): P 84.2 /
  // R 78.0, alias 75.4 %; person 78.7 / 96.0, organization 87.4 / 80.2, place 89.2 / 71.3, product 90.9 / 55.6, event
  // 60.0 / 42.9. Sealed measurement at cc1b986 (every rule of stop 22 landed): P 83.4 / R 78.0, alias 75.5 %; place
  // precision 89.2 -> 86.1 and product 90.9 -> 80.0 (more spurious places and products), organisation 87.4 -> 88.0.
  r30: { precision: 0.833, recall: 0.779 },
  // r31 (227 lines / 458 mentions; 8 articles, 4 French and 4 English: a football coach sacked, a mayor's favouritism
  // trial, an auction record, an NGO's camps report, a phone launch, a bridge, a festival cancelled by storms, a battery
  // prize), written blind on 2026-12-07 (stop 23) by a helper that read no code, measured at 420bcec (stop 23's start)
  // and sealed until every entity rule of stop 23 had landed: P 86.4 / R 78.8, alias 74.9 %; person 93.2 / 94.1,
  // organization 79.5 / 78.0, place 95.5 / 71.4, product 91.3 / 84.0, event 100.0 / 55.0. Sealed measurement at
  // 6bddea6 (every rule of stop 23 landed): precision and recall identical for every type, alias 74.9 -> 76.4 %.
  r31: { precision: 0.863, recall: 0.788 },
  // r32 (162 lines / 468 mentions; 8 articles, 4 French and 4 English: a tennis final, a port city's public-works inquiry,
  // a biotech bought by a pharmaceutical group, a hospice's wine auction; a motorsport team's new principal, an
  // Australian state election, a Scottish university's misconduct case, a copper merger in Chile and Peru), written
  // blind on 2026-12-07 (stop 24) by a helper that read no code, measured at f0524f7 (stop 24's start) and sealed until
  // every entity rule of stop 24 had landed: P 85.5 / R 76.7, alias 74.4 %; person 82.5 / 94.5, organization 85.7 /
  // 72.0, place 93.2 / 79.7, product 93.3 / 48.3, event 83.3 / 31.3. Sealed measurement at bc4dee3: identical for every
  // type and for alias: none of the session's entity rules reached it.
  r32: { precision: 0.854, recall: 0.766 },
  // r33 (143 lines / 381 mentions; 8 articles, 4 French and 4 English: a city's municipal election, an Alpine cycling
  // race, a cyber-attack on a retail chain, a theft at a regional museum; a mining dispute with a First Nation in
  // northern Canada, an Indian fintech's listing, a UN climate session, a festival cancelled by storms), written blind
  // on 2026-12-07 (stop 25) by a helper that read no code, measured at 811ca99 (stop 25's start) and sealed until every
  // entity rule of stop 25 had landed: P 87.5 / R 80.6, alias 86.4 %; person 89.5 / 95.1, organization 85.9 / 80.6,
  // place 90.6 / 88.9, product 91.7 / 34.4, event 87.5 / 43.8. Sealed measurement at 6e8049b: P 87.6 / R 81.6,
  // organization 86.3 / 83.3 ("Kitchewan First Nation", four mentions), alias 86.6 % (+4 from the same rule, -3 from
  // the capital a standing body's name takes: this annotator kept "musée Lucien-Barthe", "parquet de Paris").
  r33: { precision: 0.876, recall: 0.816 },
  // r34 (125 lines / 356 mentions; 8 articles, 4 French and 4 English: a regional rail line reopening, a Pyrenees trail
  // race, a Belgian biotech's drug opinion, a village jazz festival; a startup's app and AI model launch, a council's
  // stadium planning row, an Australian lithium project with a land council, a Kenyan bank merger), written blind on
  // 2026-12-07 (stop 26) by helpers that read no code, measured at 9d9d728 (stop 26's start) and sealed until every
  // entity rule of stop 26 had landed: P 80.1 / R 78.1, alias 76.7 %; person 87.3 / 92.5, organization 84.2 / 80.4,
  // place 85.2 / 80.6, product 62.5 / 50.0, event 30.0 / 23.1. Sealed measurement at 868a08c: P 80.7 / R 78.7,
  // organization 84.5 / 81.7 (+2 mentions), person precision 89.9 (2 spurious fewer), alias 77.0 %.
  r34: { precision: 0.806, recall: 0.786 },
  // r35 (64 lines / 170 mentions; 4 articles, 2 French and 2 English: a cosmetics group buying a seaweed start-up, an
  // avalanche rescue in Valais, a hockey arena deal in Ontario, a data-centre planning appeal in Ireland), written blind
  // on 2026-12-07 (stop 26, a second set) by a helper that read no code, measured at beaab95 and sealed until the stop's
  // later rules had landed: P 82.7 / R 75.9, alias 77.6 %; person 63.2 / 92.3 (14 spurious people), organization 93.7 /
  // 71.1, place 93.0 / 81.6, product 100 / 50.0, event 66.7 / 50.0. Sealed measurement at f4c5b07: identical.
  r35: { precision: 0.826, recall: 0.758 },
  // r36 (126 lines / 384 mentions; 8 articles, 4 French and 4 English: a seaside film festival's awards, a Breton
  // shipyard's patrol-vessel contract, a Quebec start-up's satellite launch, a luxury group buying an Italian leather
  // maker; a Chilean copper-mine strike, a UK party's deputy leadership race, a ransomware attack on a US hospital
  // network, a cycling team losing its sponsor), written blind on 2026-12-08 (stop 27) by helpers that read no code,
  // measured at 8918bc5 (stop 27's start) and sealed until the stop's rules had landed: P 83.1 / R 74.5, alias 77.9 %;
  // person 79.0 / 90.1, organization 88.6 / 75.6, place 92.9 / 73.1, product 71.4 / 47.6, event 64.3 / 45.0. Sealed
  // measurement at 50160f1: P 84.1 / R 75.5, organization 89.5 / 78.0 (+4 mentions, the paper names a page opens
  // with), person precision 81.0 (2 spurious fewer), alias 78.4 %.
  r36: { precision: 0.84, recall: 0.755 },
  // r37 (140 lines / 391 mentions; 8 articles, 4 French and 4 English: a Jura watchmaker's new factory, a regional rail
  // line reopening, a Walloon town's election night, a Dakar fintech's funding round; an Australian lithium supply deal,
  // a US university hospital's cancer-drug trial, a Speyside distillery sold to a Japanese group, a Manitoba wildfire
  // evacuation), written blind on 2026-12-08 (stop 27, a second set) by helpers that read no code, measured at 50160f1
  // (after the stop's first sealed measurement) and sealed until the stop's later rules had landed: P 84.5 / R 82.1,
  // alias 84.9 %; person 87.0 / 100, organization 87.3 / 84.4, place 90.7 / 83.0, product 72.0 / 56.3, event 25.0 /
  // 18.2. Sealed measurement at ea42ec4: identical.
  r37: { precision: 0.844, recall: 0.82 },
  // r38 (122 lines / 448 mentions; 8 articles, 4 French and 4 English: a Belgian club's record striker transfer, a
  // Moroccan solar plant's inauguration, a winter storm on Brittany and Normandy, a Paris fashion house's new creative
  // director; a New Zealand dairy co-operative's merger vote, a Swiss drugmaker's migraine drug approval, an Indian
  // airline's jet order at an air show, a smartphone launch in Seoul and a patent trial in Texas), written blind on
  // 2026-12-08 (stop 28) by helpers that read no code, measured at 8814816 (stop 28's start) and sealed until the
  // stop's first rules had landed: P 84.0 / R 78.8, alias 80.4 %; person 80.5 / 95.7, organization 88.6 / 76.5, place
  // 88.6 / 85.8, product 80.0 / 65.1, event 52.6 / 38.5. Sealed measurement at 30d5530: identical.
  r38: { precision: 0.84, recall: 0.787 },
  // r39 (136 lines / 364 mentions; 8 articles, 4 French and 4 English: an Innu nation contesting a Quebec dam, a rugby
  // club's new stadium and its naming sponsor, a Burgundy wine auction, a Belgian collapsed-bridge trial; a Nairobi
  // agritech start-up's funding round, a Scottish island ferry order from a Turkish yard, a South Australian election,
  // a German carmaker's electric SUV recall in the US), written blind on 2026-12-08 (stop 28, a second set) by helpers
  // that read no code, measured at 30d5530 (after the stop's first sealed measurement) and sealed until the stop's later
  // rules had landed: P 85.2 / R 79.1, alias 80.5 %; person 82.2 / 92.3, organization 92.9 / 79.6, place 86.3 / 79.3,
  // product 75.0 / 55.6, event 88.9 / 57.1. Sealed measurement at 041d45e: identical.
  r39: { precision: 0.852, recall: 0.791 },
};

interface Found {
  readonly text: string;
  readonly type: string;
  readonly entity: ResolvedEntity | null;
  readonly boilerplate: boolean;
}

/** Runs every corpus (group of lines) through one registry; returns what each line's mentions resolve to. */
function runAll(): Map<GoldenRow, Found[]> {
  const groups = new Map<string, GoldenRow[]>();
  rows.forEach((row, n) => {
    const group = row.doc ?? `#${n}`;
    groups.set(group, [...(groups.get(group) ?? []), row]);
  });
  const out = new Map<GoldenRow, Found[]>();
  for (const [group, members] of groups) {
    const registry = new EntityRegistry();
    const docs = members.map((row, n) => {
      const entities: DocumentEntities = recogniseEntities(row.text, paragraphsOf(row.text, row.lang));
      registry.update(`${group}/${n}`, entities);
      return { row, entities, id: `${group}/${n}` };
    });
    for (const { row, entities, id } of docs) {
      out.set(
        row,
        entities.mentions.map((mention, index) => {
          const entity = registry.resolve(id, index);
          return { text: mention.text, type: entity?.type ?? mention.type, entity, boilerplate: mention.boilerplate };
        }),
      );
    }
  }
  return out;
}

const results = runAll();

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

interface Merges {
  readonly goldPairs: number;
  readonly goldPairsMerged: number;
  readonly mergedPairs: number;
  readonly mergedPairsRight: number;
}

function score(subset: readonly GoldenRow[]): { perType: Map<string, Tally>; alias: { ok: number; total: number }; errors: string[]; merges: Merges } {
  const perType = new Map<string, Tally>();
  const bump = (type: string, field: keyof Tally): void => {
    const tally = perType.get(type) ?? { tp: 0, fp: 0, fn: 0 };
    tally[field]++;
    perType.set(type, tally);
  };
  const alias = { ok: 0, total: 0 };
  const errors: string[] = [];
  // Pairwise merges across the subset: gold mentions that name one actor (same canonical, case aside) should resolve to
  // one entity, and mentions the registry merges should name one actor. Only mentions the registry found count.
  const resolvedMentions: { canonical: string; entity: string }[] = [];
  for (const row of subset) {
    const found = results.get(row)!;
    const predicted = found.filter((f) => f.entity !== null);
    const used = new Set<Found>();
    for (const e of row.expect) {
      const match = predicted.find((f) => !used.has(f) && f.text === e.text);
      if (match) used.add(match);
      if (match && match.type === e.type) bump(e.type, 'tp');
      else {
        bump(e.type, 'fn');
        if (match) bump(match.type, 'fp');
        errors.push(`${match ? `type ${match.type} for` : 'missed'} ${e.type} «${e.text}» in: ${row.text.slice(0, 80)}`);
      }
      if (e.canonical !== undefined && match?.entity) resolvedMentions.push({ canonical: e.canonical.toLowerCase(), entity: match.entity.id });
      if (e.canonical !== undefined) {
        alias.total++;
        if (match?.entity?.name === e.canonical) alias.ok++;
        else errors.push(`canonical of «${e.text}» is «${match?.entity?.name ?? '∅'}», expected «${e.canonical}»`);
      }
      if (e.boilerplate !== undefined && match && match.boilerplate !== e.boilerplate) errors.push(`boilerplate flag of «${e.text}» is ${match.boilerplate}`);
    }
    for (const f of predicted) {
      if (used.has(f)) continue;
      bump(f.type, 'fp');
      errors.push(`spurious ${f.type} «${f.text}» in: ${row.text.slice(0, 80)}`);
    }
    for (const text of row.unresolved ?? []) {
      alias.total++;
      const mention = found.find((f) => f.text === text);
      if (mention && mention.entity === null) alias.ok++;
      else errors.push(`«${text}» should stay unresolved, got ${mention?.entity?.name ?? 'no mention'}`);
    }
  }
  const merges = { goldPairs: 0, goldPairsMerged: 0, mergedPairs: 0, mergedPairsRight: 0 };
  const byCanonical = new Map<string, Map<string, number>>();
  const byEntity = new Map<string, Map<string, number>>();
  for (const { canonical, entity } of resolvedMentions) {
    const entities = byCanonical.get(canonical) ?? new Map<string, number>();
    entities.set(entity, (entities.get(entity) ?? 0) + 1);
    byCanonical.set(canonical, entities);
    const canonicals = byEntity.get(entity) ?? new Map<string, number>();
    canonicals.set(canonical, (canonicals.get(canonical) ?? 0) + 1);
    byEntity.set(entity, canonicals);
  }
  const pairs = (n: number): number => (n * (n - 1)) / 2;
  for (const entities of byCanonical.values()) {
    const counts = [...entities.values()];
    merges.goldPairs += pairs(counts.reduce((a, b) => a + b, 0));
    merges.goldPairsMerged += counts.reduce((sum, n) => sum + pairs(n), 0);
  }
  for (const canonicals of byEntity.values()) {
    const counts = [...canonicals.values()];
    merges.mergedPairs += pairs(counts.reduce((a, b) => a + b, 0));
    merges.mergedPairsRight += counts.reduce((sum, n) => sum + pairs(n), 0);
  }
  return { perType, alias, errors, merges };
}

function table(title: string, subset: readonly GoldenRow[]): { precision: number; recall: number; alias: number; expected: number; errors: string[] } {
  const { perType, alias, errors, merges } = score(subset);
  const pct = (x: number): string => (Number.isFinite(x) ? (100 * x).toFixed(1).padStart(6) : '     -');
  const lines = [title, 'type            TP   FP   FN  precision  recall'];
  const total: Tally = { tp: 0, fp: 0, fn: 0 };
  for (const [type, t] of [...perType.entries()].sort()) {
    lines.push(`${type.padEnd(14)} ${String(t.tp).padStart(4)} ${String(t.fp).padStart(4)} ${String(t.fn).padStart(4)}  ${pct(t.tp / (t.tp + t.fp))}%  ${pct(t.tp / (t.tp + t.fn))}%`);
    total.tp += t.tp;
    total.fp += t.fp;
    total.fn += t.fn;
  }
  const precision = total.tp / (total.tp + total.fp);
  const recall = total.tp / (total.tp + total.fn);
  lines.push(`${'all'.padEnd(14)} ${String(total.tp).padStart(4)} ${String(total.fp).padStart(4)} ${String(total.fn).padStart(4)}  ${pct(precision)}%  ${pct(recall)}%`);
  lines.push(`alias merge accuracy: ${alias.ok}/${alias.total} = ${pct(alias.ok / alias.total)}%  (${subset.length} lines, ${total.tp + total.fn} expected mentions)`);
  // The canonical-name check above also asks for the writer's spelling of the name ("AFP" against "Agence France-Presse");
  // pairs ask only whether mentions of one actor are one entity, and mentions of two actors two.
  lines.push(`pairwise merges of found mentions: recall ${merges.goldPairsMerged}/${merges.goldPairs} = ${pct(merges.goldPairsMerged / merges.goldPairs)}%, precision ${merges.mergedPairsRight}/${merges.mergedPairs} = ${pct(merges.mergedPairsRight / merges.mergedPairs)}%`);
  if (process.env.ENTITY_ERRORS) lines.push(...errors);
  console.log(lines.join('\n'));
  return { precision, recall, alias: alias.ok / alias.total, expected: total.tp + total.fn, errors };
}

test('golden entities: precision and recall per type, alias accuracy', () => {
  const all = table('== all golden lines tuned against (every batch but the untuned ones)', rows.filter((row) => row.heldout === undefined || !UNTUNED_BATCHES.has(row.heldout)));
  table('== golden lines not held out (tuned against)', rows.filter((row) => row.heldout === undefined));
  for (const batch of [...new Set(rows.map((row) => row.heldout).filter((b): b is string => b !== undefined))].sort()) {
    const batchScore = table(`== held-out batch ${batch} (see FIRST_MEASURES: its score before it was tuned against)`, rows.filter((row) => row.heldout === batch));
    const floor = UNTUNED_FLOOR[batch];
    if (UNTUNED_BATCHES.has(batch) && floor) {
      assert.ok(batchScore.precision >= floor.precision, `${batch} precision ${batchScore.precision.toFixed(3)} ≥ ${floor.precision}`);
      assert.ok(batchScore.recall >= floor.recall, `${batch} recall ${batchScore.recall.toFixed(3)} ≥ ${floor.recall}`);
    }
  }
  assert.ok(all.expected >= 300, 'the golden corpus holds at least 300 entity mentions');
  assert.ok(all.precision >= 0.97, `precision ${all.precision.toFixed(3)} ≥ 0.97`);
  assert.ok(all.recall >= 0.97, `recall ${all.recall.toFixed(3)} ≥ 0.97`);
  // Round people: tuned alias merges 99.5 → 100 % (409/409).
  assert.ok(all.alias >= 0.99, `alias accuracy ${all.alias.toFixed(3)} ≥ 0.99`);
});

test('golden entities: spans and texts agree, mentions sorted', () => {
  for (const row of rows) {
    const entities = recogniseEntities(row.text, paragraphsOf(row.text, row.lang));
    let last = -1;
    for (const m of entities.mentions) {
      assert.equal(row.text.slice(m.span.start, m.span.end), m.text);
      assert.ok(m.span.start >= last, 'sorted');
      last = m.span.start;
    }
  }
});
