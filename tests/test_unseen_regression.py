"""Regression floors on the unseen-war dev articles (benchmarks/unseen/dev to dev143).

The articles were written with their gold by team members who had not read the
extractor (benchmarks/unseen/README.md); the rules were tuned against them. The floors
are the scores measured when they were set, minus a margin: a change that loses facts
on other wars fails here. The held-out four are not tested (they are for measuring
only: `python benchmarks/unseen_quality.py heldout`).
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from frontline.articles import read_articles
from frontline.evaluation import PredicateScore, evaluate, read_gold
from frontline.extract.document import extract_articles
from frontline.extract.pipeline import load_pipeline
from frontline.extract.records import Article
from frontline.graph.build import build_graph
from frontline.graph.rdf import graph_to_rdf, rdf_to_graph
from frontline.graph.resolve import resolve
from helpers import REPO

UNSEEN = REPO / "benchmarks" / "unseen"
CORE = {"backs", "fights", "controls"}


@dataclass(frozen=True)
class Floor:
    """What one group of dev sets must keep: core and all-relation F1, and the
    articles with a contradicted fact (if any) known when the floor was set."""

    sets: tuple[str, ...]
    articles: int
    core_f1: float
    all_f1: float
    known_violations: tuple[str, ...] = ()
    # the most gold actors the group's graphs may split over two nodes or more; set in
    # the thirty-third round (measured 8 on dev, 31 on the later sets, 100 on the
    # newest, 105 with dev36; 10, 38 and 141 at the round's start), with a margin of two;
    # the newest group's raised to 109 with dev37 in the thirty-fifth (measured 107)
    most_split_actors: int = 0


FLOORS = {
    # the first dev set: measured 0.748 / 0.624 when set (0.662 / 0.574 before); raised to
    # 0.70 / 0.61 in the thirteenth round (measured 0.748 / 0.657; 0.748 / 0.661 at its end)
    "dev": Floor(("dev",), 8, 0.70, 0.61, most_split_actors=10),
    # the sets written in later rounds, each measured blind once and then tuned against:
    # measured 0.490 core / 0.436 all over dev2 to dev8 (28 articles) when this floor was
    # set at 0.45 / 0.40; raised with dev9 to 0.48 / 0.42 (measured 0.523 / 0.448 over 32);
    # dev10 added (measured 0.540 / 0.460 over 36); raised to 0.52 / 0.45 in the thirteenth
    # round (measured 0.572 / 0.484; 0.572 / 0.489 at the round's end)
    "later": Floor(
        ("dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10"), 36, 0.52, 0.45,
        most_split_actors=33,
    ),
    # the sets of the tenth to fourteenth rounds: measured 0.501 / 0.443 over 24 articles,
    # none contradicted, when this floor was set in the thirteenth round (0.501 / 0.449 at
    # the round's end); dev17 added in the fourteenth (measured 0.522 / 0.461 over 28),
    # dev18 in the fifteenth (measured 0.520 / 0.461 over 32), dev19 in the sixteenth,
    # raised to 0.52 / 0.45 (measured 0.583 / 0.507 over 36; 0.590 / 0.512 at the round's
    # end), dev20 in the seventeenth (measured 0.583 / 0.496 over 40), dev21 in the
    # eighteenth (measured 0.575 / 0.493 over 44), dev22 in the nineteenth (measured
    # 0.567 / 0.487 over 48), dev23 in the twentieth (measured 0.575 / 0.488 over 52),
    # dev24 in the twenty-first (measured 0.577 / 0.491 over 56), dev25 in the
    # twenty-second (measured 0.571 / 0.486 over 60), dev26 in the twenty-third
    # (measured 0.574 / 0.490 over 64), dev27 in the twenty-fourth (measured 0.585 / 0.494
    # over 68), dev28 in the twenty-fifth (measured 0.582 / 0.498 over 72), dev29 in the
    # twenty-sixth (measured 0.586 / 0.498 over 76), dev30 in the twenty-seventh
    # (measured 0.584 / 0.499 over 80), dev31 in the twenty-eighth (measured 0.574 /
    # 0.492 over 84), dev32 in the twenty-ninth (measured 0.568 / 0.488 over 88), dev33
    # in the thirtieth (measured 0.561 / 0.483 over 92), dev34 in the thirty-first
    # (measured 0.560 / 0.484 over 96), dev35 in the thirty-second (measured 0.554 /
    # 0.477 over 100), dev36 in the thirty-third (measured 0.545 / 0.473 over 104), dev37
    # in the thirty-fifth (measured 0.537 / 0.472 over 108), dev38 in the thirty-sixth
    # (measured 0.537 / 0.474 over 112), dev39 in the thirty-seventh (measured 0.554 /
    # 0.483 over 116, 120 split actors), dev40 in the thirty-eighth (measured 0.555 /
    # 0.484 over 120, 123 split actors), dev41 in the thirty-ninth (measured 0.554 /
    # 0.482 over 124, 132 split actors: the new set brought 9), dev42 in the fortieth
    # (measured 0.564 / 0.491 over 128, 140 split actors: the new set's 5, and three the
    # round's rules brought: "SPLA-IO", now one name, apart from Machar's forces, "the
    # airfield" Nigerian peacekeepers took apart from ECOMIL, "Moroccan troops" flown in
    # apart from Morocco), dev43 in the forty-first (measured 0.567 / 0.521 over 132, 144
    # split actors: the new set's 4; the round's "government spokesman X" brought one in
    # the later group, a junta the writer named, within that group's ceiling), dev44 in
    # the forty-second (measured 0.573 / 0.526 over 136, 149 split actors: the new set's 5;
    # the round's bare-"troops" rule brought one in the later group, Bangui's "Central
    # African army" apart from FACA, within that group's ceiling), dev45 later in it
    # (measured 0.568 / 0.529 over 140, 153 split actors: the new set's 3, and one the
    # round's military-district rule brought in Holmec, "the army" there read as Slovenia's),
    # and dev46, dev47 and dev48 in the forty-third (measured 0.569 / 0.530 over 152, 166
    # split actors: the new sets' 6, 3 and 5, and one fewer in Abidjan, where "Republican
    # Forces of Côte d'Ivoire" is now read whole), and dev49, dev50 and dev51 in the
    # forty-fourth (measured 0.567 / 0.526 over 164, 170 split actors: the new sets' 3, 2
    # and 3, and four fewer in the older sets: "Fortín Boquerón" and "Camp Speicher" are
    # their bare names too, Xuan Loc's government troops are South Vietnam's, and
    # "Bosnia's president, Alija Izetbegovic" titles the man whose government it is), and
    # dev52 to dev55 in the forty-fifth (measured 0.564 / 0.523 over 180, 186 split actors:
    # the new sets' 2, 4, 4 and 6), and dev56 and dev57 in the forty-sixth (measured 0.573 /
    # 0.525 over 188 at the round's end, 195 split actors: the new sets' 5 and 3, and
    # "Berenguer's columns" beside the Spanish army and Emirati troops beside the UAE once
    # they carry facts), and dev58 to dev60 in the forty-seventh (measured 0.575 / 0.527 over 200
    # at the round's end, 191 split actors: the new sets' 4, 7 and 2, and seventeen fewer in the
    # older sets: Laukkai's headline rebels are the MNDAA the body names, "the Assam town" names
    # no town beside Tezpur, Lagos is Nigeria in the Biafran war's stories, Russia beside the
    # Soviet Union and Congo beside Zaire are the state of the time, "X National Army" and the
    # armies' own-language acronyms are the national armies, "FARC" and "Ansar Allah" their bodies),
    # and dev61 and dev62 in the forty-eighth (measured 0.578 / 0.530 over 208 at the round's end,
    # 200 split actors: the new sets' 5 and 3, and one more in the older sets, Moldova's police
    # beside its forces once a shoot-out between them and the Republican Guard is read),
    # and dev63 in the forty-ninth (measured 0.580 / 0.532 over 212 at the round's end, 207
    # split actors: the new set's 7), and dev64 in the fiftieth (measured 0.586 / 0.535 over
    # 216 at the round's end, 215 split actors: the new set's 5, and three more in the older
    # sets: "the Tachens" beside the Tachen Islands once "islands" heads a place, Nouakchott
    # beside Mauritania once ", the movement said" is no apposition of Algiers, and Arkan's
    # men beside his Serb Volunteer Guard once "paid by" reads their backer), and dev65 in
    # the fifty-first (measured 0.587 / 0.541 over 220 at the round's end, 221 split actors:
    # the new set's 7, one fewer in the older sets), and dev66 in the fifty-second (measured
    # 0.591 / 0.545 over 224 at the round's end, 229 split actors: the new set's 8), and
    # dev67 in the fifty-third (measured 0.591 / 0.549 over 228, 0.593 / 0.551 at the round's
    # end, 231 split actors: the new set's 2), and dev68 in the fifty-fourth (measured
    # 0.592 / 0.549 over 232, 237 split actors: the new set's 5, and one more in the older
    # sets: a headline's "Warsaw insurgents", who give up a town now that "gave up" loses
    # ground, a node apart from the Home Army), and dev69 later in the same round (measured
    # 0.594 / 0.556 over 236, 241 split actors: the new set's 4; 0.596 / 0.557 at the round's
    # end, 242 split actors: a headline's "NATO troops" rolling into Pristina, apart from KFOR),
    # and dev70 in the fifty-fifth (measured 0.597 / 0.558 over 240, 250 split actors: the new
    # set's 8; 0.602 / 0.561 at the round's end, 248 split actors: dev70's 5, and one more in
    # the older sets, "held by Turkish regulars" beside "the army of Anatolia"), and dev71 at
    # the same round's end (measured 0.598 / 0.558 over 244, 254 split actors: the new set's
    # 6; its Sidi Ifni story's claim "its fighters had captured the airfield", which the other
    # side calls "pure fantasy" two sentences on, is asserted: a known contradiction; 0.599 /
    # 0.559 after the two rules written from it), and dev72 in the fifty-sixth (measured
    # 0.597 / 0.557 over 248 at bd69336, 261 split actors: the new set's 7; 0.600 / 0.558 at
    # the round's end, 261 split actors: one more in the Knin story, "Serb units" joining the
    # Bosnian Serb forces, one fewer in dev72, "the Sultan of Brunei" no body of its own),
    # and dev73 and dev74 in the fifty-seventh (measured 0.597 / 0.555 over 256 with the
    # round start's extractor, c7f23c7, 273 split actors: the new sets' 5 and 7, and dev74's
    # two contradicted facts; 0.602 / 0.558 at the round's end, 268 split actors: leaders'
    # forces joined to the group the text says they lead, one more in dev73, "Algerian units"
    # beside "Algeria's National People's Army"; "the Communist Party, the PKI," one node;
    # dev74's contradictions gone), and dev75 and dev76 in the fifty-eighth (measured
    # 0.597 / 0.555 over 264 with the round start's extractor, 478345b, 279 split actors:
    # the new sets' 4 and 7; 0.604 / 0.559 at the round's end, 278 split actors:
    # "Khankendi" Stepanakert's other name), and dev77 and dev78 in the fifty-ninth
    # (measured 0.597 / 0.556 over 272 with the round start's extractor, 9dbc3be, 281
    # split actors: the new sets' 2 and 1; 0.602 / 0.558 at the round's end, 281 split),
    # and dev79 to dev81 in the sixtieth (measured 0.590 / 0.552 over 284 with the round
    # start's extractor, 941d041, 296 split actors: the new sets' 7, 3 and 5, and dev79's
    # two contradicted facts; 0.598 / 0.556 at the round's end, 296 split, none of dev79's
    # contradictions left), and dev82 to dev84 in the sixty-first (measured 0.590 / 0.549
    # over 296 with the round start's extractor, 8c49ef0, 315 split actors: the new sets' 6,
    # 7 and 6, and one contradicted fact in each of dev82 and dev83; 0.595 / 0.553 at the
    # round's end, 315 split, dev82's one left), and dev85 at the sixty-first round's end
    # (measured 0.588 / 0.549 over 300 with the round start's extractor and 0.592 / 0.552
    # at the round's end, 320 split; dev85's three contradicted facts, two left), and dev86
    # and dev87 in the sixty-second (measured 0.590 / 0.550 over 308 with the round start's
    # extractor, d814678, 328 split actors: the new sets' 6 and 2, and dev87's one
    # contradicted fact; 0.591 / 0.551 at the round's end, 327 split, none of dev87's left),
    # and dev88 and dev89 in the sixty-third (measured 0.589 / 0.548 over 316 with the round
    # start's extractor, 3d6f962, 332 split actors: the new sets' 0 and 5, none contradicted;
    # 0.590 / 0.550 at the round's end, 330 split), and dev90 and dev91 in the sixty-fourth
    # (measured 0.586 / 0.546 over 324 with the round start's extractor, 315381a, 338 split
    # actors: the new sets' 4 and 4, and dev91's two contradicted facts; 0.586 / 0.546 at the
    # round's end, 338 split, both contradictions left), and dev92 and dev93 in the
    # sixty-fifth (measured 0.581 / 0.543 over 332 with the round start's extractor,
    # 49be76d, 345 split actors: the new sets' 4 and 3, none contradicted; 0.582 / 0.543 at
    # the round's end, 345 split), and dev94 and dev95 in the sixty-sixth (measured 0.577 /
    # 0.541 over 340 with the round start's extractor, 96f3c2d, 352 split actors: the new
    # sets' 3 and 4, and dev94's one contradicted fact; 0.578 / 0.542 at the round's end,
    # 352 split, the contradiction left), and dev96 and dev97 in the sixty-seventh (measured
    # 0.575 / 0.538 over 348 with the round start's extractor, e7d2a14, 366 split actors: the
    # new sets' 10 and 4, and dev97's one contradicted fact; 0.576 / 0.539 at the round's
    # end, 366 split, none of dev97's left), and dev98 and dev99 in the sixty-eighth (measured
    # 0.572 / 0.536 over 356 with the round start's extractor, 16872d5, 377 split actors: the
    # new sets' 9 and 2, none contradicted; 0.573 / 0.537 at the round's end, 370 split),
    # and dev100 and dev101 in the sixty-ninth (measured 0.570 / 0.534 over 364 with the
    # round start's extractor, 49f3c59, 375 split actors: the new sets' 4 and 1, and
    # dev100's one contradicted fact; 0.572 / 0.536 at the round's end, 376 split, the
    # contradiction gone), and dev102 and dev103 in the seventieth (measured 0.567 / 0.534
    # over 372 with the round start's extractor, 92fe635, 384 split actors: the new sets' 5
    # and 3, and dev103's one contradicted fact; 0.568 / 0.535 at the round's end, 382
    # split, the contradiction gone), and dev104 and dev105 in the seventy-first (measured
    # 0.566 / 0.533 over 380 with the round start's extractor, 3711d48, 386 split actors: the
    # new sets' 2 and 2, and two contradicted facts in each; 0.566 / 0.533 at the round's
    # end, 386 split, dev105's two gone), and dev106 and dev107 in the seventy-second
    # (measured 0.562 / 0.531 over 388 with the round start's extractor, 1f8b17b, 395 split
    # actors: the new sets' 5 and 4, and dev106's one contradicted fact; 0.563 / 0.532 at
    # the round's end, 399 split, the contradiction gone), and dev108 and dev109 in the
    # seventy-third (measured 0.560 / 0.529 over 396 with the round start's extractor,
    # 3c81312, 410 split actors: the new sets' 7 and 4, and one contradicted fact in each;
    # 0.562 / 0.530 at the round's end, 410 split, both contradictions gone), and dev110 and
    # dev111 in the seventy-fourth (measured 0.560 / 0.528 over 404 with the round start's
    # extractor, 1d74e46, 420 split actors: the new sets' 4 and 6, and dev111's one
    # contradicted fact; 0.563 / 0.530 at the round's end, 422 split, the contradiction
    # gone, and dev94's Yorktown one with it), and dev112 and dev113 in the seventy-fifth
    # (measured 0.559 / 0.527 over 412 with the round start's extractor, a4112a3, 431 split
    # actors: the new sets' 4 and 5, and dev112's three contradicted facts; 0.561 / 0.528 at
    # the round's end, 431 split, the three gone), and dev114 and dev115 in the seventy-sixth
    # (measured 0.557 / 0.526 over 420 with the round start's extractor, 69f9e81, 441 split
    # actors: the new sets' 6 and 4; 0.558 / 0.526 at the round's end, 440 split), and
    # dev116 and dev117 in the seventy-seventh (measured 0.556 / 0.524 over 428 with the
    # round start's extractor, bce3857, 448 split actors: the new sets' 4 and 4, and
    # dev116's one contradicted fact; 0.557 / 0.525 at the round's end, 448 split), and
    # dev118 and dev119 in the seventy-eighth (measured 0.554 / 0.523 over 436 with the
    # round start's extractor, 4a8d609, 454 split actors: the new sets' 2 and 4, and
    # dev119's one contradicted fact; 0.556 / 0.524 at the round's end, 454 split, the
    # contradicted fact gone), and dev120 and dev121 in the seventy-ninth (measured
    # 0.551 / 0.522 over 444 with the round start's extractor, cfa3082, 465 split actors:
    # the new sets' 4 and 7; 0.552 / 0.523 at the round's end, 465 split), and dev122 and
    # dev123 in the eightieth (measured 0.547 / 0.520 over 452 with the round start's
    # extractor, c10dfbb, 471 split actors: the new sets' 4 and 2; 0.548 / 0.521 at the
    # round's end, 471 split), and dev124 and dev125 in the eighty-first (measured
    # 0.546 / 0.520 over 460 with the round start's extractor, 3601614, 483 split actors:
    # the new sets' 7 and 5, and three contradicted facts, two of them gone by the round's
    # end; 0.549 / 0.522 at the round's end, 484 split), and dev126 and dev127 in the
    # eighty-second (measured 0.546 / 0.519 over 468 with the round start's extractor,
    # 7412b60, 492 split actors: the new sets' 0 and 8, and dev127's two contradicted
    # facts, both gone by the round's end with dev124's Marjah one; 0.548 / 0.520 at the
    # round's end, 492 split), and dev128 and dev129 in the eighty-third (measured 0.544 /
    # 0.518 over 476 with the round start's extractor, 0a7da7b, 502 split actors: the new
    # sets' 6 and 4, and dev128's one contradicted fact, gone by the round's end; 0.547 /
    # 0.519 at the round's end, 501 split), and dev130 and dev131 in the eighty-fourth
    # (measured 0.544 / 0.519 over 484 with the round start's extractor, f31bba3, 515 split
    # actors: the new sets' 8 and 6, and three contradicted facts, dev130's gone by the
    # round's end; 0.548 / 0.528 at the round's end, 516 split), and dev132 and dev133 in
    # the eighty-fifth (measured 0.544 / 0.526 over 492 with the round start's extractor,
    # 25638be, 523 split actors: the new sets' 0 and 7, and four contradicted facts, all
    # gone by the round's end; 0.547 / 0.529 at the round's end, 523 split), and dev134 and
    # dev135 in the eighty-sixth (measured 0.546 / 0.529 over 500 with the round start's
    # extractor, 8d218b0, 535 split actors: the new sets' 5 and 7, and dev134's one
    # contradicted fact; 0.548 / 0.530 at the round's end, 528 split), and dev136 and
    # dev137 in the eighty-seventh (measured 0.544 / 0.529 over 508 with the round start's
    # extractor, 3d5a637, 538 split actors: the new sets' 7 and 3, and dev136's three
    # contradicted facts, two gone by the round's end; 0.546 / 0.530 at the round's end,
    # 539 split), and dev138 and dev139 in the eighty-eighth (measured 0.544 / 0.529 over
    # 516 with the round start's extractor, 12751fc, 550 split actors: the new sets' 5 and
    # 6, and no contradicted fact; 0.545 / 0.532 at the round's end, 546 split), and dev140
    # and dev141 in the eighty-ninth (measured 0.544 / 0.531 over 524 with the round start's
    # extractor, cca6312, 557 split actors: the new sets' 6 and 5, and dev141's contradicted
    # fact; 0.545 / 0.536 at the round's end, 568 split: a seat of power or a ministry a
    # spokesman speaks for is a node of its own, where some golds fold it into its state),
    # and dev142 and dev143 in the ninetieth (measured 0.544 / 0.536 over 532 with the
    # round start's extractor, e001bd3, 582 split actors: the new sets' 6 and 8, and one
    # contradicted fact each, both gone by the round's end; 0.546 / 0.538 at the round's
    # end, 581 split)
    "newest": Floor(
        (
            "dev11", "dev12", "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21", "dev22",
            "dev23", "dev24", "dev25", "dev26", "dev27", "dev28", "dev29", "dev30", "dev31", "dev32",
            "dev33", "dev34", "dev35", "dev36", "dev37", "dev38", "dev39", "dev40", "dev41", "dev42",
            "dev43", "dev44", "dev45", "dev46", "dev47", "dev48", "dev49", "dev50", "dev51", "dev52", "dev53",
            "dev54", "dev55", "dev56", "dev57", "dev58", "dev59", "dev60", "dev61", "dev62", "dev63", "dev64",
            "dev65", "dev66", "dev67", "dev68", "dev69", "dev70", "dev71", "dev72", "dev73", "dev74", "dev75", "dev76", "dev77", "dev78",
            "dev79", "dev80", "dev81", "dev82", "dev83", "dev84", "dev85", "dev86", "dev87", "dev88", "dev89",
            "dev90", "dev91", "dev92", "dev93", "dev94", "dev95", "dev96", "dev97", "dev98", "dev99",
            "dev100", "dev101", "dev102", "dev103", "dev104", "dev105", "dev106", "dev107", "dev108", "dev109",
            "dev110", "dev111", "dev112", "dev113", "dev114", "dev115", "dev116", "dev117",
            "dev118", "dev119", "dev120", "dev121", "dev122", "dev123", "dev124", "dev125",
            "dev126", "dev127", "dev128", "dev129", "dev130", "dev131", "dev132", "dev133",
            "dev134", "dev135", "dev136", "dev137", "dev138", "dev139", "dev140", "dev141",
            "dev142", "dev143",
        ),
        532, 0.52, 0.45,
        # dev71's Sidi Ifni story (see above) and dev82's Jakarta story ("a 'Council of
        # Generals', which it said was sponsored by the American Central Intelligence Agency",
        # a coup makers' claim the story disputes two sentences on), and the two below: dev35's last
        # two, left since the thirty-second round ("those areas" read as the town whose
        # districts they are, "the separatists" as the mercenaries they fought), went in the
        # forty-second (Kursk's Glushkovo district in the fortieth); and dev85's Baku story
        # (Germany, "Turkey's chief ally", backing what the gold calls "the Turks", its name
        # for the Army of Islam) and Asunción story ("the rebel troops" read as the
        # presidential guard, the one armed body named that is no army unit), and dev91's two
        # posts held in the past: Gamsakhurdia, "the deposed leader", read as leading Georgia,
        # and Mitre, who "led the Allied armies until January", as leading them still (dev94's
        # Yorktown story went in the seventy-fourth: what Lincoln "had been forced to give up
        # to the British" is theirs); and dev104's Oka story ("the army pushed through the Pines, forcing the remaining
        # Warriors back" read as a fight, twice over; the gold says no shot was fired), and
        # dev116's Dieppe story (Montgomery "headed South-Eastern Command ... before he left
        # this month to take over the Eighth Army" read as heading it still) (dev124's Marjah
        # story went in the eighty-second: a Taliban spokesman's "said by telephone that its
        # fighters still controlled most of Marjah" is his word, and the story's own voice
        # has the Marines hold it); and dev131's Beirut story (Hezbollah's threat to carry the
        # fight into the Chouf "if its members kept firing on Hezbollah supporters": the
        # firing read as going on, as in "if the government kept bombing X", where the gold
        # calls it part of the threat) and Klaipeda story (the French garrison "that guards
        # the port", in the sentence that forces it to surrender, read as holding it still);
        # and dev134's Muttur story (a rebel spokesman's "the rebels had entered Muttur only
        # to halt an army offensive", told after the army's retaking, read as the newer news:
        # the past perfect under a verb of saying is read as the speaker's news); and
        # dev136's Ciudad Juárez story ("federal troops were again patrolling the streets of
        # Juárez" read as the American army's: the story is filed from El Paso and names the
        # United States most, and the federal troops are Mexico's); and dev141's Novoazovsk
        # story (a NATO general's "Russia is providing the separatists with command, weapons
        # and men", quoted two paragraphs after "Moscow denies sending troops": the quote is
        # read as his word on a fact, and the denial before it does not reach it)
        # (in the order the sets are read: "dev104" before "dev11", "dev116", "dev131",
        # "dev134", "dev136" and "dev141" after it; Oka's fight is one must-not fact each way)
        known_violations=(
            "zzzze-canada-oka-1990", "zzzze-canada-oka-1990", "zzzzq-france-dieppe-1942",
            "zzzzzf-lebanon-beirut-2008", "zzzzzf-lithuania-klaipeda-1923", "zzzzzi-srilanka-muttur-2006",
            "zzzzzk-mexico-ciudad-juarez-1919", "zzzzzp-ukraine-novoazovsk-2014", "zzx-ifni-sidi-ifni-1957", "zzzi-indonesia-jakarta-1965",
            "zzzl-azerbaijan-baku-1918", "zzzl-paraguay-asuncion-1989", "zzzr-georgia-tbilisi-1992", "zzzr-paraguay-humaita-1868",
        ),
        most_split_actors=583,
    ),
}

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline().nlp


@pytest.fixture(scope="module", params=sorted(FLOORS))
def group(request, nlp) -> tuple[Floor, dict[str, object]]:
    floor = FLOORS[request.param]
    core = [0, 0, 0]
    every = [0, 0, 0]
    violations = []
    split = 0
    texts = sorted(path for name in floor.sets for path in (UNSEEN / name).glob("*.txt"))
    assert len(texts) == floor.articles, f"expected {floor.articles} articles in {floor.sets}"
    for path in texts:
        articles = [a for a in read_articles([path]) if isinstance(a, Article)]
        extractions = list(extract_articles(nlp, articles))
        graph = build_graph(extractions, resolve(extractions))
        report = evaluate(read_gold(path.with_suffix(".yaml")), rdf_to_graph(graph_to_rdf(graph, articles=articles)))
        for sums, score in ((core, report.micro_for(CORE)), (every, report.micro)):
            sums[0] += score.true_positives
            sums[1] += score.predicted
            sums[2] += score.expected
        violations += [(path.stem, v) for v in report.violations]
        split += len(report.duplicates)
    return floor, {
        "core": PredicateScore("core", *core), "all": PredicateScore("all", *every), "violations": violations,
        "split": split,
    }


def test_core_relations_stay_above_floor(group) -> None:
    floor, totals = group
    assert totals["core"].f1 >= floor.core_f1, totals["core"]


def test_all_relations_stay_above_floor(group) -> None:
    floor, totals = group
    assert totals["all"].f1 >= floor.all_f1, totals["all"]


def test_nothing_the_text_contradicts_is_asserted(group) -> None:
    floor, totals = group
    assert [stem for stem, _v in totals["violations"]] == list(floor.known_violations), totals["violations"]


def test_few_actors_are_split_over_two_nodes(group) -> None:
    floor, totals = group
    assert totals["split"] <= floor.most_split_actors, totals["split"]
