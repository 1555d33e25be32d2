"""frontline's OWL ontology (Turtle, shipped as package data) and its terms."""

from __future__ import annotations

from importlib.resources import files


def ontology_turtle() -> str:
    """The ontology as Turtle text."""
    return (files(__name__) / "frontline.ttl").read_text(encoding="utf-8")
