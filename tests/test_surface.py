"""Surface patterns: relations found with no parse at all (the parser's safety net).

A blank pipeline with a sentencizer has no dependency parse, so everything here comes
from the flat patterns over entity units (extract/surface.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

import frontline.extract.components  # noqa: F401
from frontline.extract.entities import recognise_entities
from frontline.extract.relations import ArgumentFinder
from frontline.extract.surface import encode, surface_hits


@pytest.fixture(scope="module")
def nlp():
    pipeline = spacy.blank("en")
    pipeline.add_pipe("sentencizer")
    return pipeline


def hits(nlp, text: str) -> set[tuple[str, str, str, str | None]]:
    doc = recognise_entities(nlp(text))
    finder = ArgumentFinder(doc)
    return {
        (h.subject.name, h.predicate, h.object.name, h.control_change)
        for sent in doc.sents for h in surface_hits(sent, finder.unit_at)
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fighting resumed as the Eastern Shield Brigade, backed by Russia, Iran and Egypt, pushed north.",
         {("Russia", "backs", "Eastern Shield Brigade", None), ("Iran", "backs", "Eastern Shield Brigade", None),
          ("Egypt", "backs", "Eastern Shield Brigade", None)}),
        ("Officials said clashes between the Eastern Shield Brigade and the Kalden Defence Force continued.",
         {("Eastern Shield Brigade", "fights", "Kalden Defence Force", None)}),
        ("Officials said the Eastern Shield Brigade seized full control of the Kalden district.",
         {("Eastern Shield Brigade", "controls", "Kalden district", "gain")}),
        ("Officials said the Eastern Shield Brigade withdrew from the Kalden district.",
         {("Eastern Shield Brigade", "controls", "Kalden district", "loss")}),
        ("Officials said the Eastern Shield Brigade repelled all attempts by the Kalden Defence Force.",
         {("Eastern Shield Brigade", "fights", "Kalden Defence Force", None)}),
        ("Brigadier Amara Toure, a spokesman for the Eastern Shield Brigade, spoke.",
         {("Amara Toure", "spokespersonFor", "Eastern Shield Brigade", None)}),
        ("Brigadier Amara Toure, the Tigers' military spokesman, spoke.",  # a plural possessive, a modifier
         {("Amara Toure", "spokespersonFor", "Tigers", None)}),
        ("The Soviet Union, the Eastern Shield Brigade's main arms supplier, sent tanks.",  # an apposition
         {("Soviet Union", "backs", "Eastern Shield Brigade", None)}),
        ("Officials said the Eastern Shield Brigade, backed by two companies of the Kalden Defence Force, pushed north.",
         {("Kalden Defence Force", "backs", "Eastern Shield Brigade", None)}),
        ("Officials said the Eastern Shield Brigade, supported by armoured battalions of the Kalden Defence Force, pushed north.",
         {("Kalden Defence Force", "backs", "Eastern Shield Brigade", None)}),
        # a supplier with no partner named (this once raised TypeError on the missing group)
        ("Officials said Russia remains the Eastern Shield Brigade's main supplier of arms.",
         {("Russia", "backs", "Eastern Shield Brigade", None)}),
        ("Officials said Russia, with Iran, remains the Eastern Shield Brigade's main supplier of arms.",
         {("Russia", "backs", "Eastern Shield Brigade", None), ("Iran", "backs", "Eastern Shield Brigade", None)}),
        # (the dependency rules read this when the parse is sound; a long sentence's
        # parse may not be)
        ("The minister declared on Thursday that the Eastern Shield Brigade had driven the Kalden Defence Force out of the Kalden district.",
         {("Eastern Shield Brigade", "controls", "Kalden district", "gain"),
          ("Eastern Shield Brigade", "fights", "Kalden Defence Force", None)}),
        ("Envoys from NATO called on the Eastern Shield Brigade to halt its advance.",
         {("North Atlantic Treaty Organization", "opposes", "Eastern Shield Brigade", None)}),
    ],
)
def test_pattern_finds_relation(nlp, text: str, expected: set) -> None:
    assert expected <= hits(nlp, text)


def test_a_supplier_named_with_a_partner_does_not_back_the_partner(nlp) -> None:
    found = hits(nlp, "Officials said Russia, with Iran, remains the Eastern Shield Brigade's main supplier of arms.")
    assert ("Russia", "backs", "Iran", None) not in found


def test_entity_units_are_not_gaps(nlp) -> None:
    """ "A says B arms C" must not read as "A ... arms C"."""
    found = hits(nlp, "Officials said the Kalden Defence Force says Russia arms the Eastern Shield Brigade.")
    assert ("Kalden Defence Force", "backs", "Eastern Shield Brigade", None) not in found
    assert ("Russia", "backs", "Eastern Shield Brigade", None) in found


def test_sentence_is_encoded_as_units(nlp) -> None:
    doc = recognise_entities(nlp("Officials said the Eastern Shield Brigade entered Goma."))
    encoded, mentions, _tokens = encode(next(doc.sents), ArgumentFinder(doc).unit_at)
    assert encoded == "officials said the E0 entered E1 ."
    assert [m.text for m in mentions] == ["Eastern Shield Brigade", "Goma"]


def test_a_named_movement_took_control_of_much_of_a_city(nlp) -> None:
    # "the Kalden Front movement" is one unit with its noun; "control of much of" one phrase
    found = hits(nlp, "Fighters of Yemen's Kalden Front movement took control of much of Sanaa on Sunday.")
    assert ("Kalden Front", "controls", "Sanaa", "gain") in found


def test_patterns_opening_on_lookbehinds_check_the_name_first_and_match_the_same():
    # The "(?=E\d)" put before a run of lookbehinds is for speed only: every such
    # pattern gets it, and on sentences written to hit them it finds exactly what the
    # pattern without it finds.
    import re

    from frontline.extract.surface import LEADING_LOOKBEHINDS, PATTERNS

    opening = [p for p in PATTERNS if p.regex.pattern.startswith(r"(?=E\d)")]
    assert len(opening) >= 40
    assert all(LEADING_LOOKBEHINDS.match(p.regex.pattern[len(r"(?=E\d)"):]) for p in opening)
    assert not any(LEADING_LOOKBEHINDS.match(p.regex.pattern) for p in PATTERNS)
    sentences = [
        "E0 captured E1 on tuesday .",
        "troops backed by E0 of the E1 entered E2 .",
        "fighters crossing from E0 seized E1 and E2 .",
        "E0 , backed by E1 , fought E2 near E3 .",
        "E0 , which is held by E1 and a platoon of the E2 , fell .",
    ]
    for pattern in opening:
        plain = re.compile(pattern.regex.pattern[len(r"(?=E\d)"):])
        for text in sentences:
            assert [m.span() for m in pattern.regex.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_stems_found_word_by_word_are_the_stems_the_text_contains() -> None:
    # stems_present is a faster search: it must find exactly what "stem in text" finds,
    # inside words ("arm" in "army"), across words ("took over") and in none at all.
    from frontline.extract.pipeline import load_pipeline
    from frontline.extract.surface import ALL_STEMS, stems_present

    texts = [
        "E0 took over E1 after the army moved in .",
        "the takeover of E0 by E1 , which was expelled from E2 , clashed again with E3",
        "nothing here names a stem",
        "",
    ]
    seeds = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seeds"
    nlp = load_pipeline().nlp  # (the rules read a parse: a blank pipeline's Docs have none)
    for doc in nlp.pipe(p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))):
        finder = ArgumentFinder(doc)  # every sentence of the sample, encoded
        texts += [encode(sent, finder.unit_at, finder.tokens, finder.lowers)[0] for sent in doc.sents]
    assert len(texts) > 100
    for text in texts:
        assert stems_present(text) == frozenset(stem for stem in ALL_STEMS if stem in text), text
    assert {"took over", "took", "arm"} <= stems_present(texts[0])
    assert "took over" not in stems_present("E0 took E1 over the river")


def test_an_entity_unit_is_never_read_as_a_shorter_one() -> None:
    # "E11" is one unit: no pattern may match "E1" and leave "1 's E12" behind (a
    # lookahead against "X's allies" was passed that way)
    from frontline.extract.surface import PATTERNS

    encoded = "E10 , which is held by E11 's E12 and has not yet been taken ."
    for pattern in PATTERNS:
        for match in pattern.regex.finditer(encoded):
            groups = [g for g in match.groups() if g]
            for group in groups:
                for unit in group.split():
                    assert not unit.startswith("E") or f" {unit} " in f" {encoded} ", (pattern.regex.pattern[:80], group)
    assert all(not (m := p.regex.search(encoded)) or "E1 " not in m.group(0) + " " for p in PATTERNS)
