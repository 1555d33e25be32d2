"""The bundled English pipeline (extract/model) loads offline and parses news-like text.

The sentences below were written for this test (not taken from any corpus).
Model: trained by training/train.py, see training/README.md.
"""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path

import pytest

MODEL_DIR = Path(__file__).resolve().parents[1] / "extract" / "model"


@pytest.fixture(scope="module")
def nlp():
    spacy = pytest.importorskip("spacy")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    mp = pytest.MonkeyPatch()

    def no_network(*args, **kwargs):
        raise AssertionError("the bundled pipeline must load without network access")

    mp.setattr(socket.socket, "connect", no_network)
    mp.setattr(socket.socket, "connect_ex", no_network)
    mp.setattr(socket, "create_connection", no_network)
    try:
        model = spacy.load(MODEL_DIR)
        model("Warm-up sentence.")  # first call also must not touch the network
    finally:
        mp.undo()
    return model


def token(doc, text, nth=0):
    matches = [t for t in doc if t.text == text]
    assert len(matches) > nth, f"{text!r} not in {[t.text for t in doc]}"
    return matches[nth]


def test_model_directory_layout_and_meta():
    assert (MODEL_DIR / "config.cfg").is_file()
    meta = json.loads((MODEL_DIR / "meta.json").read_text())
    assert meta["name"] == "frontline_en"
    assert meta["lang"] == "en"
    assert meta["license"] == "CC BY-SA 4.0"
    assert "EWT" in meta["description"] and "CrossNER" in meta["description"]
    assert len(meta["sources"]) >= 3
    size = sum(f.stat().st_size for f in MODEL_DIR.rglob("*") if f.is_file())
    assert size <= 20 * 1024 * 1024, f"bundled model is {size / 1e6:.1f} MB (> 20 MB)"


def test_pipeline_components(nlp):
    assert nlp.lang == "en"
    assert nlp.pipe_names == ["tok2vec", "tagger", "morphologizer", "trainable_lemmatizer", "parser", "ner"]
    assert set(nlp.get_pipe("ner").labels) >= {"PER", "ORG", "GPE", "LOC"}
    assert not nlp.vocab.vectors.shape[0], "no word vectors are shipped"


def test_active_sentence(nlp):
    doc = nlp("Rebels seized the town of Goma.")
    seized = token(doc, "seized")
    assert seized.dep_ == "ROOT"
    assert token(doc, "Rebels").dep_ == "nsubj" and token(doc, "Rebels").head == seized
    town = token(doc, "town")
    assert town.dep_ == "obj" and town.head == seized
    assert token(doc, "Goma").dep_ == "nmod" and token(doc, "Goma").head == town
    assert token(doc, "of").dep_ == "case" and token(doc, "of").head == token(doc, "Goma")
    assert seized.lemma_ == "seize"
    assert seized.pos_ == "VERB"


def test_fronted_temporal_oblique(nlp):
    doc = nlp("On Tuesday, rebels seized the town of Goma.")
    seized = token(doc, "seized")
    tuesday = token(doc, "Tuesday")
    assert tuesday.dep_ == "obl" and tuesday.head == seized
    assert token(doc, "On").dep_ == "case" and token(doc, "On").head == tuesday
    assert token(doc, "rebels").dep_ == "nsubj" and token(doc, "rebels").head == seized


def test_oblique_with_case(nlp):
    doc = nlp("Government troops recaptured the city from the rebels.")
    verb = token(doc, "recaptured")
    assert token(doc, "troops").dep_ == "nsubj" and token(doc, "troops").head == verb
    assert token(doc, "city").dep_ == "obj" and token(doc, "city").head == verb
    rebels = token(doc, "rebels")
    assert rebels.dep_ == "obl" and rebels.head == verb
    assert token(doc, "from").dep_ == "case" and token(doc, "from").head == rebels


def test_trailing_temporal_oblique(nlp):
    doc = nlp("Rebels seized the town of Goma on Tuesday.")
    tuesday = token(doc, "Tuesday")
    assert tuesday.dep_ == "obl" and tuesday.head == token(doc, "seized")


def test_passive_with_agent(nlp):
    doc = nlp("The army was backed by Russia.")
    backed = token(doc, "backed")
    assert backed.dep_ == "ROOT"
    assert token(doc, "army").dep_ == "nsubj:pass" and token(doc, "army").head == backed
    assert token(doc, "was").dep_ == "aux:pass"
    russia = token(doc, "Russia")
    # EWT labels the passive agent obl:agent (subtype of obl)
    assert russia.dep_ in ("obl", "obl:agent") and russia.head == backed
    assert token(doc, "by").dep_ == "case" and token(doc, "by").head == russia
    assert backed.lemma_ == "back"


def test_object_and_oblique(nlp):
    doc = nlp("The government launched an offensive against the militia.")
    launched = token(doc, "launched")
    assert token(doc, "government").dep_ == "nsubj" and token(doc, "government").head == launched
    assert token(doc, "offensive").dep_ == "obj" and token(doc, "offensive").head == launched
    militia = token(doc, "militia")
    assert militia.dep_ in ("obl", "nmod")
    assert token(doc, "against").dep_ == "case" and token(doc, "against").head == militia


def test_entities(nlp):
    doc = nlp("President Emmanuel Macron met officials from the United Nations in Germany on Monday.")
    ents = {e.text: e.label_ for e in doc.ents}
    assert ents.get("Emmanuel Macron") == "PER", ents
    assert ents.get("United Nations") == "ORG", ents
    assert ents.get("Germany") == "GPE", ents


def test_sentences_are_split_by_parser(nlp):
    doc = nlp("Fighting resumed near the border. Thousands of people fled their homes.")
    assert len(list(doc.sents)) == 2
