"""spaCy pipeline components, registered as factories.

A spaCy user adds them to any English pipeline that has a parser::

    nlp.add_pipe("frontline_entities")
    nlp.add_pipe("frontline_relations")
    doc = nlp(text)
    doc._.frontline_relations  # list of RelationMention

The factories are also advertised through the ``spacy_factories`` entry point, so
``spacy.load`` finds them in a saved pipeline's config.
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span

from dataclasses import fields

from frontline.extract.entities import recognise_entities
from frontline.extract.records import EntityMention, RelationMention
from frontline.extract.relations import ArgumentFinder, contested_places, extract_relations
from frontline.extract.text import SENTENCE_FINAL, dateline_end, reader_comments_start


# Results live in doc.user_data as plain dicts: spaCy sends Docs between processes
# (nlp.pipe(n_process=2)) with msgpack, which cannot carry dataclasses. The Doc
# extensions rebuild the records on access.
RELATIONS_KEY = "frontline.relations"
CONTESTED_KEY = "frontline.contested_places"


_MENTION_FIELDS = tuple(f.name for f in fields(EntityMention))
_RELATION_FIELDS = tuple(f.name for f in fields(RelationMention))


def _mention_data(mention: EntityMention) -> dict:
    """``dataclasses.asdict(mention)``: the fields are flat, so a plain read does (asdict
    deep-copies field by field, a visible part of the relation component's time)."""
    return {name: getattr(mention, name) for name in _MENTION_FIELDS}


def _relation_data(relation: RelationMention) -> dict:
    """``dataclasses.asdict(relation)``, likewise (triggers is a tuple of strings)."""
    data = {name: getattr(relation, name) for name in _RELATION_FIELDS}
    data["subject"] = _mention_data(relation.subject)
    data["object"] = _mention_data(relation.object)
    return data


def _mention(data: dict) -> EntityMention:
    return EntityMention(**data)


def _relation(data: dict) -> RelationMention:
    fields = dict(data)
    fields["subject"] = _mention(fields["subject"])
    fields["object"] = _mention(fields["object"])
    fields["triggers"] = tuple(fields["triggers"])
    return RelationMention(**fields)


def _relations(doc: Doc) -> list[RelationMention] | None:
    stored = doc.user_data.get(RELATIONS_KEY)
    return None if stored is None else [_relation(d) for d in stored]


def _contested(doc: Doc) -> list[EntityMention] | None:
    stored = doc.user_data.get(CONTESTED_KEY)
    return None if stored is None else [_mention(d) for d in stored]


def register_extensions() -> None:
    """Custom attributes used by the components (idempotent)."""
    for name in ("frontline_kind", "frontline_canonical"):
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)
    if not Doc.has_extension("frontline_relations"):
        Doc.set_extension("frontline_relations", getter=_relations)
    if not Doc.has_extension("frontline_contested_places"):
        Doc.set_extension("frontline_contested_places", getter=_contested)


register_extensions()


# Abbreviated titles before names; the tokenizer keeps them whole (see pipeline.py).
TITLE_ABBREVIATIONS = frozenset({
    "Gen.", "Lt.", "Col.", "Maj.", "Capt.", "Sgt.", "Brig.", "Cmdr.", "Adm.", "Gov.",
    "Sen.", "Rep.", "Sec.", "Dr.", "Mr.", "Mrs.", "Ms.", "Prof.", "Gens.", "Lt.-Col.",
})

# "U.S.-led", "U.N.-backed": the tokenizer's hyphen rule needs a letter before the
# hyphen, so it keeps these whole; the pipeline splits them like "US-led" (pipeline.py).
DOTTED_PREFIXES = ("U.S.", "U.N.", "U.K.", "E.U.")
DOTTED_PREFIX_PARTICIPLES = (
    "led", "backed", "trained", "supported", "funded", "armed", "brokered", "sponsored",
    "allied", "based", "made", "supplied", "equipped", "mediated", "designated", "run",
)

# "U.S.", "U.N.": a sentence may end on them ("... backed by the U.S."), but not when
# a lower-case word follows (in context the parser sometimes split "U.S. | air strikes")
DOTTED_INITIALS = re.compile(r"^(?:[A-Za-z]\.){2,}$")


class LineBreakComponent:
    """Sets sentence starts before the parser runs: a sentence starts after every
    line break, and nowhere but after final punctuation. A line break is a sentence
    of its own (else the parser makes it the noun a headline ends on), and so is a
    dateline opening a paragraph ("JUBA, South Sudan —").

    Headlines, bylines and list items carry no final full stop; without the first
    rule the parser runs a headline into the first sentence of the article. Without
    the second it sometimes splits a long sentence between two words ("... whose
    leader, Gibril | Ibrahim, ..."). All starts are written in one call: setting
    ``token.is_sent_start`` token by token was a tenth of the pipeline's time."""

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) < 2:
            return doc
        tokens = tuple(doc)  # each pass over a Doc makes new Token objects: one pass
        texts = [t.text for t in tokens]
        spaces = [t.whitespace_ for t in tokens]
        is_space = [t.is_space for t in tokens]
        # a list, made an array once: setting numpy items one by one was slower than the rules
        # 0: let the parser decide. A word opens no sentence unless the token before may
        # end one (a space token may); the few tokens that may are visited, not all.
        n = len(doc)
        starts = [0 if space else -1 for space in is_space]
        starts[0] = 0
        for i in [k for k in range(n - 1) if is_space[k] or texts[k][-1:] in END_CHARACTERS]:
            if texts[i] in TITLE_ABBREVIATIONS:
                starts[i + 1] = -1  # "Col. Chris Karns": no sentence ends there
            elif DOTTED_INITIALS.match(texts[i]) and texts[i + 1][:1].islower():
                starts[i + 1] = -1  # "call in U.S. air strikes": no sentence opens on a small letter
            elif texts[i] == "." and i > 0 and texts[i - 1] == "No" and texts[i + 1].isdigit():
                starts[i + 1] = -1  # "No. 4 Commando": a unit's number sign ends no sentence
            elif not is_space[i + 1] and may_end_sentence(texts, spaces, is_space, i):
                starts[i + 1] = 0
        # a line break is a sentence of its own (else the parser makes it a noun), and
        # the word after one opens a sentence
        for i in [k for k in range(n) if "\n" in spaces[k] or is_space[k] and "\n" in texts[k]]:
            if "\n" in spaces[i] and i + 1 < n:
                starts[i + 1] = 1
            if is_space[i] and "\n" in texts[i]:
                if i > 0 and not is_space[i - 1]:
                    starts[i] = 1
                if i + 1 < n and not is_space[i + 1]:
                    starts[i + 1] = 1
        for first in [0, *(i for i, start in enumerate(starts) if start == 1)]:
            after = dateline_end(texts, spaces, first)
            if after is not None and after < len(doc):
                starts[after] = 1
        doc.from_array([SENT_START], numpy.array(starts, dtype="int32").astype("uint64").reshape(-1, 1))  # -1 wraps; spaCy reads it back as -1
        return doc


CLOSING_MARKS = frozenset({'"', "”", "’", "'", ")", "]", "»"})
# The last characters of every token after which a sentence may end (see may_end_sentence)
END_CHARACTERS = frozenset({".", "!", "?", "…", ";", ":"}) | CLOSING_MARKS


def may_end_sentence(texts: list[str], spaces: list[str], is_space: list[bool], i: int) -> bool:
    """Whether a sentence may end after token ``i``: final punctuation, possibly
    followed by closing quotes or brackets ("... he said." / "... fall.\u201d")."""
    text = texts[i]
    if is_space[i]:
        return True
    if text in SENTENCE_FINAL or text.endswith(".") and text not in TITLE_ABBREVIATIONS:
        return True
    if text in CLOSING_MARKS and i > 0:
        opening = bool(spaces[i - 1]) or is_space[i - 1]  # a quote that opens the next sentence
        return not opening and texts[i - 1] in SENTENCE_FINAL
    return False


class EntityComponent:
    """Sets ``doc.ents`` with typed, canonicalised entity spans."""

    def __call__(self, doc: Doc) -> Doc:
        return recognise_entities(doc)


class RelationComponent:
    """Sets ``doc._.frontline_relations``: relation mentions with flags.

    Needs a dependency parse; on a pipeline without a parser it finds nothing but
    entities (the CLI warns about that).
    """

    def __call__(self, doc: Doc) -> Doc:
        if not doc.has_annotation("DEP"):
            doc.user_data[RELATIONS_KEY] = []
            doc.user_data[CONTESTED_KEY] = []
            return doc
        finder = ArgumentFinder(doc)
        comment_start = reader_comments_start(finder.text)
        relations: list[RelationMention] = extract_relations(doc, comment_start=comment_start, finder=finder)
        doc.user_data[RELATIONS_KEY] = [_relation_data(r) for r in relations]
        doc.user_data[CONTESTED_KEY] = [_mention_data(m) for m in contested_places(doc, finder)]
        return doc


@Language.factory("frontline_line_breaks")
def make_line_break_component(nlp: Language, name: str) -> LineBreakComponent:
    return LineBreakComponent()


@Language.factory("frontline_entities")
def make_entity_component(nlp: Language, name: str) -> EntityComponent:
    return EntityComponent()


@Language.factory("frontline_relations")
def make_relation_component(nlp: Language, name: str) -> RelationComponent:
    return RelationComponent()
