"""How the graph looks in every export that draws it: colour and shape per kind and
per relation, shared by the browser view and the Gephi file so both read the same.

Only our fixed vocabulary is mapped here; a kind that is not one of
``ENTITY_KINDS`` is drawn with :data:`OTHER_KIND` (the page and Gephi never take a
style from article text).
"""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class KindStyle:
    """How nodes of one kind are drawn.

    ``shape`` is a vis-network shape whose label sits below the symbol (so sizes stay
    comparable); ``gexf_shape`` the nearest of GEXF's four viz shapes.
    """

    color: str
    shape: str
    gexf_shape: str


@dataclass(frozen=True)
class PredicateStyle:
    """How edges of one relation are drawn, and what the legend calls them."""

    color: str
    label: str


# Colours: Tableau 10, which stays distinguishable for the common colour-vision
# deficiencies better than the matplotlib defaults.
KIND_STYLES: dict[str, KindStyle] = {
    "Person": KindStyle("#4e79a7", "dot", "disc"),
    "Organization": KindStyle("#f28e2b", "square", "square"),
    "ArmedGroup": KindStyle("#e15759", "triangle", "triangle"),
    "Government": KindStyle("#76b7b2", "diamond", "diamond"),
    "InternationalOrganization": KindStyle("#59a14f", "square", "square"),
    "Country": KindStyle("#edc948", "star", "diamond"),
    "Place": KindStyle("#b07aa1", "triangleDown", "triangle"),
    "Facility": KindStyle("#9c755f", "hexagon", "square"),
}
OTHER_KIND = KindStyle("#bab0ac", "dot", "disc")

PREDICATE_STYLES: dict[str, PredicateStyle] = {
    "backs": PredicateStyle("#2ca02c", "backs"),
    "fights": PredicateStyle("#d62728", "fights"),
    "controls": PredicateStyle("#9467bd", "controls"),
    "leads": PredicateStyle("#1f77b4", "leads"),
    "memberOf": PredicateStyle("#17becf", "member of"),
    "spokespersonFor": PredicateStyle("#bcbd22", "spokesperson for"),
    "partOf": PredicateStyle("#7f7f7f", "part of"),
    "locatedIn": PredicateStyle("#8c564b", "located in"),
    "opposes": PredicateStyle("#ff7f0e", "opposes"),
}
OTHER_PREDICATE = PredicateStyle("#999999", "other")

def kind_style(kind: object) -> KindStyle:
    """The style of a node kind; unknown kinds get :data:`OTHER_KIND`."""
    return KIND_STYLES.get(kind, OTHER_KIND) if isinstance(kind, str) else OTHER_KIND


def predicate_style(predicate: object) -> PredicateStyle:
    """The style of a relation; unknown predicates get :data:`OTHER_PREDICATE`."""
    if isinstance(predicate, str):
        return PREDICATE_STYLES.get(predicate, OTHER_PREDICATE)
    return OTHER_PREDICATE


def hex_to_rgb(color: str) -> tuple[int, int, int]:
    """``"#4e79a7"`` -> ``(78, 121, 167)``."""
    return int(color[1:3], 16), int(color[3:5], 16), int(color[5:7], 16)


def node_size(mentions: object) -> float:
    """Symbol size from the number of mentions: grows with the log, stays in [8, 28]."""
    count = mentions if isinstance(mentions, int) and mentions > 0 else 0
    return round(min(28.0, 8.0 + 4.0 * math.log2(1 + count)), 2)
