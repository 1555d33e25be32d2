"""Shared fixtures.

Test rules (see ../shared/notes/STYLE.md): build the smallest input that shows the
behaviour (hand-built records, ``spacy.blank``), compare RDF by isomorphism, never
copy text from ../shared/corpus into the repo, and mark a test that exposes a bug
``xfail(strict=True, reason="bug: ...")`` instead of weakening it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import sample_turtle


@pytest.fixture(scope="session")
def sample_ttl(tmp_path_factory) -> Path:
    """graph.ttl of the small hand-built knowledge graph in helpers.py."""
    path = tmp_path_factory.mktemp("sample") / "graph.ttl"
    path.write_text(sample_turtle(), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def sample_store(sample_ttl):
    from frontline.graph.sparql import load_store

    return load_store(sample_ttl.read_bytes())
