"""One read of a Doc's tokens, shared by the entity and relation components.

Python-level access to spaCy tokens is slow: every ``doc[i]`` and every pass of
``for token in doc`` builds new Token objects, and every ``token.text`` or
``token.lower_`` is a string-store lookup. The rule components read each word many
times, so they read the Doc once into plain tuples and word indexes here.

The entity component runs right before the relation component on the same Doc
(``nlp.pipe`` hands each Doc down the chain of rule components before taking the
next), so the last reading is kept and handed to the relation component too. Nothing
is stored on the Doc: ``nlp.pipe(n_process=2)`` sends Docs between processes with
msgpack, which cannot carry Tokens, and a user's Doc should not carry our cache.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Mapping, Sequence

from spacy.tokens import Doc, Token


@dataclass(frozen=True, eq=False)
class DocReading:
    """A Doc's tokens, their texts and lower-case forms, and where each word occurs."""

    doc: Doc
    tokens: tuple[Token, ...]
    text: str  # Doc.text joins every token on each access
    texts: tuple[str, ...]
    lowers: tuple[str, ...]
    # word -> its token indices, ascending (lists for speed: read them, never change them)
    by_text: Mapping[str, Sequence[int]]
    by_lower: Mapping[str, Sequence[int]]

    def where_text(self, words: Iterable[str]) -> list[int]:
        """Indices of the tokens whose text is one of ``words``, in text order."""
        return _where(self.by_text, words)

    def where_lower(self, words: Iterable[str]) -> list[int]:
        """Indices of the tokens whose lower-case form is one of ``words``, in text order."""
        return _where(self.by_lower, words)


def _where(index: Mapping[str, Sequence[int]], words: Iterable[str]) -> list[int]:
    found: list[int] = []
    for word in words:
        found.extend(index.get(word, ()))
    found.sort()  # words are disjoint keys: no index occurs twice
    return found


def _positions(words: tuple[str, ...]) -> dict[str, list[int]]:
    index: dict[str, list[int]] = {}
    for i, word in enumerate(words):
        where = index.get(word)
        if where is None:
            index[word] = [i]
        else:
            where.append(i)
    return index


def _read(doc: Doc) -> DocReading:
    tokens = tuple(doc)
    texts = tuple([t.text for t in tokens])
    lowers = tuple([t.lower_ for t in tokens])
    text = "".join([t.text_with_ws for t in tokens])  # Doc.text, without making the Tokens again
    return DocReading(doc, tokens, text, texts, lowers, _positions(texts), _positions(lowers))


_last: list[DocReading] = []  # at most one: the Doc the components are working on


def read_doc(doc: Doc) -> DocReading:
    """The reading of ``doc``: the one kept from the previous component if it is of
    this very Doc (same object, same length: a retokenised Doc is read afresh)."""
    if _last and _last[0].doc is doc and len(_last[0].tokens) == len(doc):
        return _last[0]
    reading = _read(doc)
    _last[:] = [reading]
    return reading
