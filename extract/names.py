"""Small facts about names shared by extraction and resolution."""

from __future__ import annotations

import re

STOP_FOR_INITIALS = frozenset({"of", "the", "for", "and", "de", "du", "la", "al", "el"})
# Lower-case words that may sit inside a name its initials spell: "Movement for
# Democracy in Liberia (MODEL)"
SPELLING_CONNECTORS = STOP_FOR_INITIALS | {"in", "des", "on"}


def initials(name: str) -> str:
    """Upper-case initials of a multi-word name, function words skipped.

    >>> initials("Northern Liberation Front")
    'NLF'
    """
    words = [w for w in re.split(r"[\s-]+", name) if w]
    return "".join(w[0].upper() for w in words if w.lower() not in STOP_FOR_INITIALS and w[0].isalpha())


# Small words an acronym may spell or skip: "al-Qaeda in the Arabian Peninsula" is AQAP,
# "al-Qaeda in the Islamic Maghreb" AQIM
OPTIONAL_INITIAL_WORDS = frozenset({"al", "in"})


def initials_variants(name: str) -> set[str]:
    """The initials of a name with each of its small optional words spelled or skipped.

    >>> sorted(initials_variants("al-Qaeda in the Arabian Peninsula"))
    ['AQAP', 'AQIAP', 'QAP', 'QIAP']
    """
    words = [w for w in re.split(r"[\s-]+", name) if w and w[0].isalpha()]
    found = {""}
    for word in words:
        lower = word.lower()
        letter = word[0].upper()
        if lower in OPTIONAL_INITIAL_WORDS:
            found |= {f + letter for f in found}
        elif lower not in STOP_FOR_INITIALS:
            found = {f + letter for f in found}
    return found


def is_acronym(text: str) -> bool:
    """ "NATO", "U.N.", "RSF"; a trailing plural s is allowed.

    >>> is_acronym("RSFs"), is_acronym("Rapid")
    (True, False)
    """
    return bool(re.fullmatch(r"[A-Z][A-Z0-9&]{1,9}s?", text.replace(".", "")))


def spells(acronym: str, words: list[str]) -> bool:
    """Whether the capitalised words spell ``acronym`` by their first letters or by
    longer beginnings (each at least its first letter); function words may give their
    first letter or nothing.

    >>> spells("MODEL", ["Movement", "for", "Democracy", "in", "Liberia"])
    True
    >>> spells("LURD", ["Liberians", "United", "for", "Reconciliation", "and", "Democracy"])
    True
    >>> spells("MD", ["Movement", "for", "Democracy", "in", "Liberia"])
    False
    """
    letters = acronym.upper()

    def rest(i: int, k: int) -> bool:  # letters[i:] spelled by words[k:]
        if k == len(words):
            return i == len(letters)
        word = words[k].upper()
        if not words[k][:1].isupper():  # a function word: its first letter or nothing
            return rest(i, k + 1) or (i < len(letters) and word[:1] == letters[i] and rest(i + 1, k + 1))
        return any(
            word[:n] == letters[i : i + n] and rest(i + n, k + 1) for n in range(1, min(len(word), len(letters) - i) + 1)
        )

    return rest(0, 0)



def spells_translated(acronym: str, words: list[str]) -> bool:
    """Whether the capitalised words hold the acronym's letters in another order: the
    name translated from the language the acronym was made in (at least three letters).

    >>> spells_translated("RCD", ["Congolese", "Rally", "for", "Democracy"])
    True
    >>> spells_translated("FARC", ["Revolutionary", "Armed", "Forces", "of", "Colombia"])
    True
    >>> spells_translated("RCD", ["Congolese", "Rally", "for", "Peace"])
    False
    """
    initials = sorted(w[0].upper() for w in words if w[:1].isupper())
    return len(acronym) >= 3 and acronym.isalpha() and initials == sorted(acronym.upper())
