"""Running the pipeline over articles and turning spaCy Docs into records."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from frontline.extract import gazetteer
from frontline.extract.records import Article, DocumentExtraction, EntityMention
from frontline.extract.relations import span_mention
from frontline.extract.text import word_count


def doc_extraction(doc: Doc, article: Article) -> DocumentExtraction:
    """Records of one processed Doc, tagged with the article's id."""
    entities = tuple(_tag(span_mention(ent), article.doc_id) for ent in doc.ents)
    found = doc._.frontline_relations or []
    umbrellas = security_forces_named(article.text, Counter(m.canonical for r in found for m in (r.subject, r.object)))
    relations = tuple(
        r.__class__(**{**r.__dict__, "doc_id": article.doc_id,
                       "subject": _tag(as_security_forces(r.subject, umbrellas), article.doc_id),
                       "object": _tag(as_security_forces(r.object, umbrellas), article.doc_id)})
        for r in found
    )
    contested = tuple(_tag(m, article.doc_id) for m in (doc._.frontline_contested_places or []))
    return DocumentExtraction(article, entities, relations, contested, word_count(article.text))


# "Iraq's security forces", "Afghan security forces", "the country's security forces",
# in a text that lists the army as one branch among others ("the Counter Terrorism
# Service, the federal police and the Iraqi army"): the writer means all of them, so
# the state's "forces", "troops" and "soldiers" are those forces, and only what the text
# calls its army stays the army. (Without such a list "security forces" is one more
# name for the army.)
SECURITY_FORCES = re.compile(r"\b(?:([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:'s|’s)?|the country(?:'s|’s)) security forces\b")
OTHER_BRANCH = r"(?:police|counter[- ]terrorism service|gendarmerie|national guard)"
ARMY_AMONG_BRANCHES = re.compile(
    rf"\b(?:army|military)(?:,| and)[^.;]{{0,60}}\b{OTHER_BRANCH}\b"
    rf"|\b{OTHER_BRANCH}[^.;]{{0,60}}(?:,| and) (?:the )?(?:[A-Z][a-z]+ )?(?:army|military)\b",
    re.I,
)
ARMY_WORDS = frozenset({"army", "military"})


def security_forces_named(text: str, canonicals: Counter[str | None]) -> dict[str, str]:
    """National army name -> "<demonym> security forces", for each state whose security
    forces the text names (with its army among their branches) and whose army the
    relation mentions stand for. "The country's" is the state whose army the mentions
    name most."""
    armies = [(n, name) for name, n in canonicals.items() if name and name.endswith(" army")]
    umbrellas: dict[str, str] = {}
    if not armies or ARMY_AMONG_BRANCHES.search(text) is None:
        return umbrellas
    for match in SECURITY_FORCES.finditer(text):
        word = match.group(1)
        if word is None:
            army = max(armies)[1]
        else:
            country = gazetteer.country(word) or gazetteer.country_of_demonym(word)
            army = gazetteer.national_army_name(country.name) if country is not None else None
        if army is not None and canonicals[army]:
            umbrellas[army] = f"{army.removesuffix(' army')} security forces"
    return umbrellas


def as_security_forces(mention: EntityMention, umbrellas: dict[str, str]) -> EntityMention:
    """The mention as its state's security forces when the text names them and the
    mention does not call itself the army ("Iraqi forces", "troops"; not "the army")."""
    umbrella = umbrellas.get(mention.canonical or "")
    if umbrella is None or mention.commander is not None or not ARMY_WORDS.isdisjoint(mention.text.lower().split()):
        return mention
    return replace(mention, canonical=umbrella)


def _tag(mention: EntityMention, doc_id: str) -> EntityMention:
    return mention.__class__(**{**mention.__dict__, "doc_id": doc_id})


def extract_articles(
    nlp: Language, articles: Iterable[Article], *, n_process: int = 1, batch_size: int = 32
) -> Iterator[DocumentExtraction]:
    """Process articles in order, yielding one DocumentExtraction each."""
    pairs = ((a.text, a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, n_process=n_process, batch_size=batch_size):
        yield doc_extraction(doc, article)
