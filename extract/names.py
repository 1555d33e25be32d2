"""Small facts about names shared by extraction and resolution."""

from __future__ import annotations

import re

STOP_FOR_INITIALS = frozenset({"of", "the", "for", "and", "de", "du", "la", "al", "el"})


def initials(name: str) -> str:
    """Upper-case initials of a multi-word name, function words skipped.

    >>> initials("Northern Liberation Front")
    'NLF'
    """
    words = [w for w in re.split(r"[\s-]+", name) if w]
    return "".join(w[0].upper() for w in words if w.lower() not in STOP_FOR_INITIALS and w[0].isalpha())


def is_acronym(text: str) -> bool:
    """ "NATO", "U.N.", "RSF"; a trailing plural s is allowed.

    >>> is_acronym("RSFs"), is_acronym("Rapid")
    (True, False)
    """
    return bool(re.fullmatch(r"[A-Z][A-Z0-9&]{1,9}s?", text.replace(".", "")))
