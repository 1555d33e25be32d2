"""Choosing and loading the spaCy pipeline, then adding frontline's components.

Order (the first that loads wins): an explicitly requested model (package name or
path); an installed ``en_core_web_*`` package; the pipeline bundled in this package
(``extract/model``, trained by ``training/train.py``); a blank English pipeline,
which finds entities by rules only and no relations that need a parse.
Nothing here touches the network.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files
from importlib.util import find_spec
from pathlib import Path

import spacy
from spacy.language import Language

import frontline.extract.components  # noqa: F401  (registers the factories)

INSTALLED_CANDIDATES = ("en_core_web_trf", "en_core_web_lg", "en_core_web_md", "en_core_web_sm")
# Components of a full pipeline that relation extraction does not need.
NOT_NEEDED = ("senter",)


class ModelNotFound(Exception):
    """The requested pipeline is neither an installed package nor a folder."""


@dataclass(frozen=True)
class LoadedPipeline:
    nlp: Language
    description: str  # what was loaded, for the run summary
    has_parser: bool


def bundled_model_path() -> Path | None:
    path = Path(str(files("frontline.extract") / "model"))
    return path if (path / "config.cfg").is_file() else None


def installed_model() -> str | None:
    for name in INSTALLED_CANDIDATES:
        if find_spec(name) is not None:
            return name
    return None


def load_base(model: str | None = None) -> tuple[Language, str]:
    """The statistical pipeline, before frontline's components are added."""
    if model:
        path = Path(model)
        if path.exists() or find_spec(model) is not None if "/" not in model and "." not in model else path.exists():
            try:
                return spacy.load(model, exclude=list(NOT_NEEDED)), f"{model} (requested)"
            except OSError as error:
                raise ModelNotFound(f"cannot load pipeline {model!r}: {error}") from None
        raise ModelNotFound(
            f"no spaCy pipeline named {model!r}: give an installed package name or a pipeline folder"
        )
    name = installed_model()
    if name is not None:
        return spacy.load(name, exclude=list(NOT_NEEDED)), f"{name} (installed package)"
    bundled = bundled_model_path()
    if bundled is not None:
        nlp = spacy.load(bundled, exclude=list(NOT_NEEDED))
        return nlp, f"{nlp.meta.get('name', 'frontline_en')} {nlp.meta.get('version', '')} (bundled)".strip()
    return spacy.blank("en"), "blank English pipeline (rules only: no parser, so no relations)"


def load_pipeline(model: str | None = None) -> LoadedPipeline:
    """The pipeline frontline runs: base model plus entity and relation components."""
    nlp, description = load_base(model)
    from spacy.symbols import ORTH

    from frontline.extract.components import DOTTED_PREFIX_PARTICIPLES, DOTTED_PREFIXES, TITLE_ABBREVIATIONS

    for abbreviation in sorted(TITLE_ABBREVIATIONS):
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    for prefix in DOTTED_PREFIXES:
        for participle in DOTTED_PREFIX_PARTICIPLES:
            for word in (participle, participle.capitalize()):  # (a headline: "U.S.-Backed")
                nlp.tokenizer.add_special_case(f"{prefix}-{word}", [{ORTH: prefix}, {ORTH: "-"}, {ORTH: word}])
    if "frontline_line_breaks" not in nlp.pipe_names:
        # before the parser (or anything else that sets sentences), which respects it
        nlp.add_pipe("frontline_line_breaks", first=True)
    if "frontline_entities" not in nlp.pipe_names:
        nlp.add_pipe("frontline_entities", last=True)
    if "frontline_relations" not in nlp.pipe_names:
        nlp.add_pipe("frontline_relations", last=True)
    has_parser = "parser" in nlp.pipe_names
    if not has_parser and "sentencizer" not in nlp.pipe_names and "senter" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer", first=True)
    return LoadedPipeline(nlp, description, has_parser)
