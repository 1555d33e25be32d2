"""Entity rules on top of (or without) a statistical NER: names, types, aliases.

A blank English pipeline has no NER, so everything found here comes from the rules
and the gazetteer; where a test needs the model's spans it sets them by hand.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

import frontline.extract.components  # noqa: F401  (registers span extensions)
from frontline.extract.entities import recognise_entities


@pytest.fixture(scope="module")
def nlp():
    pipeline = spacy.blank("en")
    pipeline.add_pipe("sentencizer")
    return pipeline


def found(doc) -> set[tuple[str, str, str | None]]:
    return {(e.text, e._.frontline_kind, e._.frontline_canonical) for e in doc.ents}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # head words type a name
        ("Fighting spread after the Eastern Shield Brigade moved north.", ("Eastern Shield Brigade", "ArmedGroup", None)),
        ("The Ministry of Defence said little.", ("Ministry of Defence", "Government", None)),
        ("Shells hit the Kalden district overnight.", ("Kalden district", "Place", None)),
        ("They shelled the al-Badr airbase again.", ("al-Badr airbase", "Facility", None)),
        # titles are stripped from people
        ("On Monday Brigadier General Amara Toure resigned.", ("Amara Toure", "Person", None)),
        # gazetteer: countries (by short name), demonyms, international bodies, cities
        ("Talks began in the UAE on Monday.", ("UAE", "Country", "United Arab Emirates")),
        ("Officials said Turkish drones were seen.", ("Turkish", "Country", "Turkey")),
        ("Envoys from NATO arrived.", ("NATO", "InternationalOrganization", "North Atlantic Treaty Organization")),
        ("Fighters then entered Goma and Bukavu.", ("Bukavu", "Place", None)),
        # letters-and-digits group names
        ("Residents said the M23 had left.", ("M23", "ArmedGroup", None)),
        # "the X-led coalition" is a name of its own
        ("Jets of the Saudi-led coalition struck again.", ("Saudi-led coalition", "ArmedGroup", None)),
    ],
)
def test_rules_find_and_type_names(nlp, text: str, expected: tuple) -> None:
    assert expected in found(recognise_entities(nlp(text)))


def test_acronym_and_translation_in_brackets_become_aliases(nlp) -> None:
    doc = recognise_entities(nlp(
        "The Northern Liberation Front (NLF) and the Jabal Operation (Mountain Storm) met. "
        "Later the NLF attacked while Mountain Storm waited."
    ))
    names = [(e.text, e._.frontline_canonical) for e in doc.ents]
    assert names.count(("NLF", "Northern Liberation Front")) == 2
    assert names.count(("Mountain Storm", "Jabal Operation")) == 2


def test_plural_group_names_its_singular_too(nlp) -> None:
    doc = recognise_entities(nlp("Jets struck the Zaydis near the coast. Later, Zaydi positions were hit."))
    assert ("Zaydis", "Organization", None) in found(doc)
    assert ("Zaydi", "Organization", "Zaydis") in found(doc)


def test_plural_demonym_is_the_country(nlp) -> None:
    doc = recognise_entities(nlp("Officials said the Russians had left."))
    assert ("Russians", "Country", "Russia") in found(doc)


def test_statistical_spans_are_trimmed_and_retyped(nlp) -> None:
    doc = nlp("The Houthis for nearly a decade held it. Tehran denied it. Haftar's forces moved.")
    doc.ents = [
        Span(doc, 1, 6, label="ORG"),   # "Houthis for nearly a decade": swept-in words
        Span(doc, 9, 10, label="PERSON"),  # a capital city mistaken for a person
        Span(doc, 13, 16, label="ORG"),  # "Haftar's forces": the possessive is cut off
    ]
    result = found(recognise_entities(doc))
    assert ("Houthis", "Organization", None) in result
    assert ("Tehran", "Place", None) in result
    assert any(text == "Haftar" for text, _kind, _canon in result)
    assert not any("forces" in text or "decade" in text for text, _kind, _canon in result)


def test_sentence_initial_capital_alone_is_not_a_name(nlp) -> None:
    doc = recognise_entities(nlp("Forces moved north. Army units followed."))
    assert found(doc) == set()
