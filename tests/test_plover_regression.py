"""Relation regression on PLOVER gold-standard records (see tests/plover.py).

PLOVER codes events more broadly than frontline's relations (an attack on refugees is
an ASSAULT; frontline's ``fights`` is between armed actors), so recall here is low by
design; what must hold is that threats never become facts, and that what we find
today we still find tomorrow. Floors are the counts measured when they were set.
"""

from __future__ import annotations

import pytest

import frontline.extract.components  # noqa: F401
from frontline.extract.pipeline import load_pipeline
from plover import SOURCE, records, score

pytestmark = pytest.mark.slow

FLOOR_FOUND = 4  # records whose expected fact was extracted (AID, FIGHT, ASSAULT, DISAPPROVE, SANCTION)


@pytest.fixture(scope="module")
def result():
    assert SOURCE.is_file(), f"PLOVER records missing: {SOURCE}"
    return score(load_pipeline().nlp)


def test_records_load() -> None:
    events = {r.event for r in records()}
    assert {"FIGHT", "ASSAULT", "AID", "THREATEN"} <= events


def test_threats_never_become_facts(result) -> None:
    _scores, threats_as_facts = result
    assert threats_as_facts == []


def test_found_facts_stay_above_floor(result) -> None:
    scores, _threats = result
    assert sum(s.found for s in scores) >= FLOOR_FOUND, scores
