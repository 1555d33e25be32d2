"""PLOVER gold-standard records (../shared/data/plover-gsr) as relation regression data.

Each record is one news-style sentence coded with source actors, target actors and an
event type. The event types that map onto frontline's relations:

| PLOVER event | frontline expectation (source -> target) |
|---|---|
| FIGHT, ASSAULT | ``fights``, as a fact |
| AID | ``backs``, as a fact |
| DISAPPROVE, SANCTION | ``opposes``, as a fact |
| THREATEN | no ``fights``/``backs``/``controls`` fact between them (a threat is not an act) |

Actors match when an extracted subject or object overlaps the coded actor text.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

SOURCE = Path(__file__).resolve().parents[2] / "shared" / "data" / "plover-gsr" / "PLOVER_GSR_CAMEO.txt"
EXPECTED = {"FIGHT": "fights", "ASSAULT": "fights", "AID": "backs", "DISAPPROVE": "opposes", "SANCTION": "opposes"}
FACT_PREDICATES = frozenset({"fights", "backs", "controls"})


@dataclass(frozen=True)
class Record:
    id: str
    event: str
    text: str
    sources: tuple[str, ...]
    targets: tuple[str, ...]


def records() -> list[Record]:
    data = json.loads(SOURCE.read_text(encoding="utf-8"))
    found = []
    for item in data:
        if item.get("event") not in {*EXPECTED, "THREATEN"} or "text" not in item:
            continue
        sources = tuple(a["actorText"] for a in item.get("source") or [] if a.get("actorText"))
        targets = tuple(a["actorText"] for a in item.get("target") or [] if a.get("actorText"))
        if sources and targets:
            found.append(Record(item["id"], item["event"], item["text"], sources, targets))
    return found


def overlaps(mention_text: str, actor_text: str) -> bool:
    a, b = mention_text.lower(), actor_text.lower()
    return a in b or b in a


def matches(relation, record: Record, predicate: str) -> bool:
    if relation.predicate != predicate:
        return False
    pairs = [(relation.subject.text, relation.object.text)]
    if predicate == "fights":
        pairs.append((relation.object.text, relation.subject.text))
    return any(
        overlaps(s, src) and overlaps(o, tgt)
        for s, o in pairs for src in record.sources for tgt in record.targets
    )


@dataclass(frozen=True)
class Score:
    event: str
    records: int
    found: int


def score(nlp) -> tuple[list[Score], list[str]]:
    """Per event type: records whose expected fact was extracted; and the ids of
    THREATEN records that produced a fact between source and target."""
    items = records()
    docs = nlp.pipe(r.text for r in items)
    found: dict[str, int] = {}
    totals: dict[str, int] = {}
    threats_as_facts = []
    for record, doc in zip(items, docs):
        relations = doc._.frontline_relations or []
        if record.event == "THREATEN":
            if any(r.is_fact and any(matches(r, record, p) for p in FACT_PREDICATES) for r in relations):
                threats_as_facts.append(record.id)
            continue
        predicate = EXPECTED[record.event]
        totals[record.event] = totals.get(record.event, 0) + 1
        if any(r.is_fact and matches(r, record, predicate) for r in relations):
            found[record.event] = found.get(record.event, 0) + 1
    scores = [Score(e, totals[e], found.get(e, 0)) for e in sorted(totals)]
    return scores, threats_as_facts
