"""Records that extraction produces: small frozen dataclasses, no spaCy objects.

Everything downstream (resolution, the graph, RDF, exports) works on these records,
so nothing past ``extract/`` needs to know about spaCy.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

# Coarse mention labels, as in spaCy/OntoNotes.
MENTION_LABELS: tuple[str, ...] = ("PER", "ORG", "GPE", "LOC", "FAC", "NORP")

# Fine entity classes: the ontology's classes for actors and places.
ENTITY_KINDS: tuple[str, ...] = (
    "Person",
    "Organization",
    "ArmedGroup",
    "Government",
    "InternationalOrganization",
    "Country",
    "Place",
    "Facility",
)

# The nine relation predicates, as the ontology names them.
PREDICATES: tuple[str, ...] = (
    "backs",
    "fights",
    "controls",
    "leads",
    "memberOf",
    "spokespersonFor",
    "partOf",
    "locatedIn",
    "opposes",
)

SYMMETRIC_PREDICATES: frozenset[str] = frozenset({"fights"})


@dataclass(frozen=True)
class Article:
    """One news article as read from disk (or built in memory)."""

    doc_id: str
    text: str
    title: str = ""
    url: str | None = None
    published: dt.date | None = None
    source: str = ""  # where it was read from (file path, or path:line for JSONL)


@dataclass(frozen=True)
class EntityMention:
    """A span of an article that names an actor or a place.

    ``kind`` is the fine class (one of ENTITY_KINDS); ``label`` the coarse NER label.
    ``canonical`` is a name the extractor already knows this mention by (a gazetteer
    entry, an expanded acronym, the person behind "Toure's"), else ``None``.
    """

    text: str
    label: str
    kind: str
    start_char: int
    end_char: int
    canonical: str | None = None
    doc_id: str = ""
    commander: str | None = None  # "Toure's forces": the forces of this person

    @property
    def name(self) -> str:
        """The name to resolve: the canonical name if known, else the text."""
        return self.canonical or self.text


@dataclass(frozen=True)
class RelationMention:
    """One statement of a relation in one sentence.

    ``negated``, ``hypothetical`` and ``contested`` mark statements that are not facts;
    ``attributed_to`` names who says it when the article reports someone's claim.
    ``control_change`` is "gain" or "loss" for statements that change who controls a
    place ("X seized Y" / "X lost Y"), else ``None``.
    """

    subject: EntityMention
    predicate: str
    object: EntityMention
    sentence: str
    sentence_start: int
    sentence_end: int
    triggers: tuple[str, ...] = ()
    confidence: float = 0.5
    negated: bool = False
    hypothetical: bool = False
    contested: bool = False
    attributed_to: str | None = None
    control_change: str | None = None
    doc_id: str = ""
    # Where the statement sits in the article's own time: 1 the news, 0 background
    # ("in 2023", "two months ago", "had seized", "after X fell").
    timeline_rank: int = 1
    # The year and month the statement names for itself ("in January", "since 2009"),
    # if any: graph building orders dated background by date, not by position.
    stated_year: int | None = None
    stated_month: int | None = None
    # The weekday it names ("on Sunday", "by Tuesday morning"; Monday is 0): with the
    # article's date, the last such day before it.
    stated_weekday: int | None = None

    @property
    def is_fact(self) -> bool:
        """True when the sentence states the relation as holding."""
        return not (self.negated or self.hypothetical or self.contested)


@dataclass(frozen=True)
class DocumentExtraction:
    """What extraction found in one article."""

    article: Article
    entities: tuple[EntityMention, ...] = field(default_factory=tuple)
    relations: tuple[RelationMention, ...] = field(default_factory=tuple)
    contested_places: tuple[EntityMention, ...] = field(default_factory=tuple)
    word_count: int = 0
