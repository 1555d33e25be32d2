"""Entity mentions: the statistical NER's spans, corrected and completed by rules.

The statistical model (ours or an installed en_core_web_*) finds most names but
mistypes many on news (an army tagged GPE, a country tagged ORG) and misses
names with rare words ("... of Rage Operation"). On top of it this module adds:

* capitalised name chunks typed by their head word ("... Army", "Ministry of ...",
  "... airbase", "... district"), with titles stripped off person names;
* acronyms defined in the text ("Some Long Name (SLN)") and their later uses;
* gazetteer lookups: countries, demonyms (NORP, resolved to the country),
  international organisations, cities;
* names such as "M23" (letters followed by digits) as armed groups.

Spans found by rules win over overlapping statistical spans. The result is set as
``doc.ents``, each span with ``span._.frontline_kind`` and ``span._.frontline_canonical``.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, replace
from typing import Iterable, Iterator

from spacy.tokens import Doc, Span, Token

from frontline.extract import gazetteer
from frontline.extract.names import SPELLING_CONNECTORS, initials, initials_variants, is_acronym, spells, spells_translated
from frontline.extract.reading import read_doc
from frontline.extract.syntax import APPOSED_PLACE_PLURALS, MONTH_WORDS, QUARTER_NOUNS, WEEKDAY_WORDS
from frontline.extract.text import dateline_end

# Statistical labels we keep, mapped onto ours.
LABEL_MAP = {
    "PERSON": "PER", "PER": "PER", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC",
    "FAC": "FAC", "NORP": "NORP",
}

TITLE_WORDS = frozenset(
    """field marshal marshal general gen gen. lieutenant lt lt. colonel col col.
    major maj maj. brigadier brig brig. commander captain capt capt. admiral adm adm. rear sergeant
    president vice prime minister deputy secretary sec sec. foreign interior defence
    defense state chief spokesman spokeswoman spokesperson ambassador envoy
    mr mr. mrs mrs. ms ms. dr dr. sheikh king prince emir sultan ayatollah imam
    senator governor mayor premier chancellor pope corps marine strongman leader
    warlord martial comandante subcomandante generalissimo emperor empress queen shah sir dame
    commodore sgt sgt. cpl cpl. lord""".split()
)
# A peer is called by his title and one name ("Lord Carrington"; "Lord Louis Mountbatten"
# is Louis Mountbatten)
PEERAGE_TITLES = frozenset({"lord"})
# Titles of nobility a man is called by with his seat: "the Duke of Schomberg", "Richard
# Talbot, Earl of Tyrconnell", "the Marquis de Montcalm" (a person, not a body or a land)
NOBLE_TITLES = frozenset("duke earl marquis marquess count viscount baron".split())
SEAT_PARTICLES = frozenset({"of", "de", "von"})  # (between the title and the seat)
# Words that may sit between capitalised words of one name.
NAME_CONNECTORS = frozenset(
    {"of", "for", "the", "and", "al", "el", "de", "du", "la", "bin", "ibn", "abu", "&",
     "da", "do", "dos", "das", "di", "del", "della", "van", "von", "der", "den", "e", "arap"}  # "Mocímboa da Praia", "Vassalo e Silva", "Daniel arap Moi"
)
# Connectors that may stand two in a row inside a person's name: "von der Goltz", "van den Broek"
DOUBLE_CONNECTORS = frozenset({"von", "van", "der", "den"})
# "of the" inside a Spanish, Portuguese, Italian or French name: "Cueva de los Tayos"
ROMANCE_OF = frozenset({"de", "da", "do", "di", "del", "du"})
ROMANCE_ARTICLES = frozenset({"la", "los", "las", "le", "les", "lo"})
# Capitalised articles that open a place's name, never a person's ("El Amatillo", "Las Vegas")
NAME_OPENING_ARTICLES = frozenset({"El", "La", "Los", "Las"})
# English function words that, capitalised inside a sentence, open a place's name ("An Loc", "In Amenas")
NAME_OPENING_FUNCTION_WORDS = frozenset({"An", "In"})
FACILITY_WORDS = frozenset(
    """airport airbase base hospital port harbour harbor camp prison barracks bridge
    refinery palace stadium university compound dam airfield terminal oilfield
    oilfields plant mansion freeport post outpost mosque cathedral temple fort fortress
    citadel castle building hotel inn tower arsenal armoury armory depot complex railway highway""".split()  # (not "church": "the Catholic Church" is a body)
)
PLACE_WORDS = frozenset(
    """district area region province governorate state county city town village pass
    suburb neighbourhood neighborhood frontline valley mountains mountain desert
    basin coast peninsula strait corridor crossing border island quarter square hill hills gorge
    ridge peak heights plateau river strip enclave oasis plain plains highlands delta lake bay canal islands archipelago zone
    reef reefs atoll shoal islet islets""".split()
)
ORG_WORDS = gazetteer.ARMED_GROUP_WORDS | gazetteer.GOVERNMENT_WORDS | gazetteer.MEDIA_WORDS | frozenset(
    {"party", "movement", "group", "organisation", "organization", "office", "mission", "committee", "crescent", "cross", "center", "centre", "institute", "coalition", "alliance", "league",
     "observatory", "forum", "foundation", "convention", "union", "community", "bloc", "platform",
     "federation", "confederation", "association", "team", "defence", "defense", "framework",
     "bureau", "academy", "society", "initiative", "consortium", "trust", "shura", "club", "brotherhood",
     "dialogue", "survey", "desk"}  # ("Territorial Defence": see organization_kind)
) | frozenset(  # the same heads in the languages research bodies are named in: "Centro de Estudios del Plata"
    "centro instituto institut observatorio observatoire accademia academia collegio fundación fundacion fondation".split()
)
# "of" in names in those languages: "Observatoire des Grands Lacs", "Accademia dei Naviganti"
NAME_OF_WORDS = frozenset("of for de des du del della dei di do da".split())
# First words of a region's name: "Western Tigray", "North Kivu", "Upper Nile".
COMPASS_WORDS = frozenset(
    "north south east west northern southern eastern western central upper lower greater "
    "northeast northwest southeast southwest".split()
)
ALNUM_GROUP = re.compile(r"^[A-Z]{1,4}-?\d{1,3}$")
# Unions the rules test words against, made once (a union written inside a loop is
# rebuilt for every word it tests).
HEAD_WORDS = ORG_WORDS | PLACE_WORDS | FACILITY_WORDS
SUFFIX_HEADS = FACILITY_WORDS | PLACE_WORDS
ORG_OR_PLACE_WORDS = ORG_WORDS | PLACE_WORDS


@dataclass(frozen=True)
class Candidate:
    start: int  # token indices
    end: int
    label: str
    kind: str
    canonical: str | None
    priority: int  # higher wins an overlap


class ReadOnceDoc:
    """A Doc whose tokens are built once.

    Every ``doc[i]`` and every pass of ``for token in doc`` makes new Token objects,
    and the rules below make a dozen passes: on a long article that was most of
    their time. Indexing and iteration use the cached tokens; slices are
    TokenRanges (for ``.text``) and everything else is the Doc's own. The words
    themselves come from the shared reading (:mod:`frontline.extract.reading`):
    hot loops index ``texts``, ``lowers`` and ``capitalised`` rather than Tokens."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.reading = read_doc(doc)
        self.tokens: tuple[Token, ...] = self.reading.tokens
        self.text: str = self.reading.text
        # Most rules look for a few words ("(", "led", role nouns): they visit those
        # words' indices from the reading instead of asking every token.
        self.texts: tuple[str, ...] = self.reading.texts
        self.lowers: tuple[str, ...] = self.reading.lowers
        self.capitalised: tuple[bool, ...] = tuple(map(is_capitalised_word, self.texts))
        # classify_chunk by (start, end): the same chunks are typed again and again (as
        # a statistical span, as a rule's chunk, word by word inside longer chunks)
        self.chunk_types: dict[tuple[int, int], Candidate | None] = {}

    def __len__(self) -> int:
        return len(self.tokens)

    def __iter__(self):
        return iter(self.tokens)

    def __getitem__(self, index):
        if isinstance(index, int):
            return self.tokens[index]
        start, stop, _step = index.indices(len(self.tokens))
        return TokenRange(self, start, max(start, stop))

    def __getattr__(self, name: str):
        return getattr(self.doc, name)


class TokenRange:
    """``doc[a:b]`` of a ReadOnceDoc: iterates the cached tokens and gives ``.text``
    without building a Span; anything else is asked of the real Span."""

    def __init__(self, owner: ReadOnceDoc, start: int, end: int) -> None:
        self.owner = owner
        self.start = start
        self.end = end

    def __len__(self) -> int:
        return self.end - self.start

    def __iter__(self):
        return iter(self.owner.tokens[self.start : self.end])

    def __getitem__(self, index):
        if isinstance(index, int):
            return self.owner.tokens[self.start : self.end][index]
        start, stop, _step = index.indices(len(self))
        return TokenRange(self.owner, self.start + start, self.start + max(start, stop))

    @property
    def text(self) -> str:
        if self.end <= self.start:
            return ""
        first, last = self.owner.tokens[self.start], self.owner.tokens[self.end - 1]
        return self.owner.text[first.idx : last.idx + len(last.text)]

    def __getattr__(self, name: str):
        return getattr(self.owner.doc[self.start : self.end], name)


def is_capitalised(token: Token) -> bool:
    return is_capitalised_word(token.text)


def is_capitalised_word(text: str) -> bool:
    return bool(text) and (text[0].isupper() or (text[:1].isdigit() and any(c.isupper() for c in text)))


# Nouns whose possessive sits inside names rather than before them.
# ("Lord's Resistance Army", "God's Army": the divine possessor is the name's too)
COLLECTIVE_NOUNS = frozenset("people peoples workers women children martyrs nation lord god allah prophet".split())


def is_collective_possessive(doc: ReadOnceDoc, j: int) -> bool:
    """The "'s" of "People's Liberation Front", "Workers' Party", or of a place named
    after a saint ("St. George's", "St. John's"): inside a name."""
    if doc.texts[j] not in {"'s", "’s", "'", "’"}:
        return False
    saints = j >= 2 and doc.texts[j - 2] in SAINT_WORDS and doc.capitalised[j - 1] and doc.texts[j] in {"'s", "’s"}
    return saints or j > 0 and doc.lowers[j - 1] in COLLECTIVE_NOUNS and j + 1 < len(doc) and doc.capitalised[j + 1] or is_owners_landmark(doc, j)


# Nouns of a landmark named for an owner: "Breed's Hill", "Copp's Hill", "Rorke's Drift"
OWNED_LANDMARK_WORDS = frozenset("hill hills point island ridge wood woods farm drift creek knob gap ford mill".split())


def is_owners_landmark(doc: ReadOnceDoc, j: int) -> bool:
    """The "'s" of "Breed's Hill": one capitalised word that names no country, town or
    people, then a capitalised landmark noun that ends the name (not "Kenya's Rift
    Valley", nor "Gordon's Hill Battery")."""
    return (
        doc.texts[j] in {"'s", "’s"} and 0 < j and j + 1 < len(doc) and doc.capitalised[j - 1] and doc.capitalised[j + 1]
        and doc.lowers[j + 1] in OWNED_LANDMARK_WORDS and not (j + 2 < len(doc) and doc.capitalised[j + 2])
        and gazetteer.country(doc.texts[j - 1]) is None and gazetteer.city(doc.texts[j - 1]) is None
        and gazetteer.country_of_demonym(doc.texts[j - 1]) is None
    )


SAINT_WORDS = frozenset({"St.", "St", "Saint", "Ste."})


def is_sentence_start(token: Token) -> bool:
    """Sentence-initial (capitalised for that reason alone); works without a parser."""
    if token.i == 0:
        return True
    if token.is_sent_start is not None:
        return bool(token.is_sent_start)
    previous = token.doc[token.i - 1]
    return previous.text in {".", "!", "?"} or "\n" in previous.text


QUANTITY_NOUNS = frozenset("thousands hundreds dozens scores tens millions".split())


# "son of" inside an Arabic name: "Zubair ibn Abdurahim", "Osama bin Laden"
PATRONYMIC_PARTICLES = frozenset({"ibn", "bin", "bint"})


# A French particle elided onto a capitalised word, one token as the tokenizer keeps it:
# "Côte d'Ivoire", "Armed Forces of Côte d'Ivoire"
ELIDED_PARTICLE_NAME = re.compile(r"^[dl]['’][A-ZÀ-Ý]")


def name_chunks(doc: ReadOnceDoc) -> Iterable[tuple[int, int]]:
    """Maximal runs of capitalised tokens, with connectors and in-word hyphens inside."""
    i, n = 0, len(doc)
    # every token is asked: read the words from the reading's tuples, not the Tokens
    tokens, texts, lowers, capitalised = doc.tokens, doc.texts, doc.lowers, doc.capitalised
    while i < n:
        if not (capitalised[i] or is_ordinal_before_name(doc, i)) or tokens[i].is_punct:
            i += 1
            continue
        if lowers[i] in QUANTITY_NOUNS and i + 1 < n and lowers[i + 1] == "of":
            i += 2  # "Thousands of Marines" opening a sentence: the name starts after "of"
            continue
        j = i + 1
        while j < n:
            tok = tokens[j]
            if capitalised[j] and not tok.is_punct:
                j += 1
            elif texts[j] == "-" and not tokens[j - 1].whitespace_ and j + 1 < n and not tok.whitespace_ and capitalised[j + 1]:
                j += 2
            elif is_hyphened_particle(doc, j):
                j += 4  # "Port-au-Prince", "Croix-des-Bouquets": the particle and the next word
            elif is_day_inside_body_name(doc, j):
                j += 1  # "the April 6 Youth Movement"
            elif ELIDED_PARTICLE_NAME.match(texts[j]):
                j += 1
            elif lowers[j] in NAME_CONNECTORS and j + 1 < n and capitalised[j + 1] and not tokens[j + 1].is_punct and not (
                lowers[j] == "of" and lowers[j + 1] in MILITARY_RANKS
            ):
                j += 1  # (not "the 15th Army of Lt. Gen. X": the army, then its commander)
            elif lowers[j] in DOUBLE_CONNECTORS and j + 2 < n and lowers[j + 1] in DOUBLE_CONNECTORS and capitalised[j + 2] and not tokens[j + 2].is_punct:
                j += 2  # "Rüdiger von der Goltz"
            elif lowers[j] in ROMANCE_OF and j + 2 < n and lowers[j + 1] in ROMANCE_ARTICLES and capitalised[j + 2] and not tokens[j + 2].is_punct:
                j += 2  # "Cueva de los Tayos", "Île de la Cité": "of the" inside a Spanish or French name
            elif is_of_the_inside_body_name(doc, i, j):
                j += 2  # "Armed Forces of the Philippines", "Movement for the Liberation of ..."
            elif lowers[j] == "on" and lowers[j - 1] in TOPIC_BODY_HEADS and j + 1 < n and capitalised[j + 1] and not tokens[j + 1].is_punct and (
                lowers[j + 1] not in CALENDAR_WORDS  # (not "the Security Council on Monday")
            ):
                j += 1  # "the Caribbean Observatory on Armed Violence", "the Commission on Human Rights"
            elif is_article_particle(doc, j):
                j += 1  # "Abdel Fattah al-Burhan": the hyphen and the name follow
            elif is_collective_possessive(doc, j) or is_rulers_service(doc, i, j):
                j += 1  # "People's Liberation Front", "Workers' Party", "the Sultan's Armed Forces"
            else:
                break
            if j > i and tokens[j - 1].is_sent_end and j - 1 > i and tokens[j - 1].is_punct:
                break
        # "the al-Aqsa Martyrs' Brigades": an article particle glued to the first word opens
        # a body's name (a man's surname, "al-Beidh", is left to the person rules)
        opening = i - 2 if (
            i >= 2 and texts[i - 1] == "-" and lowers[i - 2] in ARTICLE_PARTICLES and not tokens[i - 2].whitespace_ and lowers[j - 1] in ORG_WORDS
        ) else i - 2 if i >= 2 and is_unit_number_sign(doc, i - 2) else i
        yield opening, j
        i = j


# Heads of bodies named for a subject after "on": "Observatory on Armed Violence"
TOPIC_BODY_HEADS = frozenset("observatory commission committee council institute centre center forum conference panel".split())


# Ranks before an officer's name
MILITARY_RANKS = frozenset(
    "marshal general gen gen. lieutenant lt lt. colonel col col. major maj maj. brigadier brig brig. "
    "captain capt capt. admiral adm adm. commodore".split()
)


# Titles of rulers whose armed services go by them: "the Sultan's Armed Forces" (and, in
# relations, "the Sultan's forces")
RULER_WORDS = frozenset("sultan king queen emir shah".split())


def is_rulers_service(doc: ReadOnceDoc, start: int, j: int) -> bool:
    """Token j is the "'s" of a ruler's armed service: "the Sultan's Armed Forces", "the
    Sultan of Oman's Air Force" (a name that opens with the ruler's title)."""
    if start < j and doc.lowers[start] == "the":
        start += 1  # "The Queen's Own Highlanders" opening a sentence
    if doc.texts[j] not in {"'s", "’s"} or doc.lowers[start] not in RULER_WORDS or j + 1 >= len(doc):
        return False
    rest = doc.lowers[j + 1 : j + 4]
    return doc.capitalised[j + 1] and any(word in gazetteer.ARMED_GROUP_WORDS for word in rest)


def is_of_the_inside_body_name(doc: ReadOnceDoc, start: int, j: int) -> bool:
    """Token j opens "of the"/"for the" inside a body's formal name: the words so far name
    a body ("Union", "Forces", "Movement") and a capitalised word follows ("National Union
    for the Total Independence of Angola"). Elsewhere "the" ends a name ("Haftar of the
    Kalden Front" is two), and so does an acronym ("the X Operation of the GNA")."""
    lowers = doc.lowers
    return (
        lowers[j] in {"of", "for"} and j + 2 < len(doc) and lowers[j + 1] == "the"
        and doc.capitalised[j + 2] and not doc.tokens[j + 2].is_punct
        and not doc.texts[j + 2].isupper()  # "the X Operation of the GNA": a body of another
        and any(lowers[k] in ORG_WORDS for k in range(start, j))
        # "Rebels of the Seleka coalition": members of a body, not its name
        and not all(lowers[k] in MEMBER_NOUNS or lowers[k] == "the" for k in range(start, j))
        # "the 3rd Division of the Nigerian Army": a unit of a state's service, part of it
        # (and "the Western Command of the Ethiopian army", "the 5th Military District of ...")
        and not (lowers[j - 1] in UNIT_HEADS | COMMAND_HEADS and is_state_service_at(doc, j + 2))
        # "the 10th Army Group of the People's Liberation Army": a numbered unit of any body
        and not (lowers[j - 1] in UNIT_HEADS | {"group"} and any(c.isdigit() for k in range(start, j) for c in doc.texts[k]))
    )


def is_state_service_at(doc: ReadOnceDoc, k: int) -> bool:
    """ "Nigerian Army", "Kaldean Air Force" starts at token k."""
    if gazetteer.country_of_demonym(doc.texts[k]) is None:
        return False
    rest = list(doc.lowers[k + 1 : k + 3])
    return rest[:1] in (["army"], ["navy"], ["military"]) or rest in (["air", "force"], ["armed", "forces"])


# Plural nouns for a body's people ("Rebels of the X coalition took ..."), never a name's head.
MEMBER_NOUNS = frozenset(
    "rebels insurgents fighters troops soldiers militants members supporters militiamen gunmen mercenaries jihadists units elements".split()
)


ORDINAL = re.compile(r"^\d{1,3}(st|nd|rd|th)$")
SPELLED_ORDINALS = frozenset(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth "
    "sixteenth seventeenth eighteenth nineteenth twentieth".split()
)
# Capitalised inside a name after "the": "the Three Brotherhood Alliance", "the Two Rivers Institute"
SPELLED_NUMBERS = frozenset("Two Three Four Five Six Seven Eight Nine Ten Twelve Hundred Thousand".split())
UNIT_HEADS = frozenset("division brigade brigades corps regiment battalion fleet army".split())
# Arms of service a regiment may be named by alone: "the Seventh Cavalry", "the 22nd Cavalry"
ARM_HEADS = frozenset("cavalry infantry artillery hussars lancers dragoons".split())
# An army's regional commands: "the Western Command", "the 5th Military District"
COMMAND_HEADS = frozenset("command district".split())


def is_unit_ordinal(doc: ReadOnceDoc, start: int, end: int) -> bool:
    """ "First Armoured Division", "Third Army": a spelled ordinal that names a unit
    (a stop word elsewhere: "First, the army ...")."""
    return doc.lowers[start] in SPELLED_ORDINALS and end - start > 1 and doc.lowers[end - 1] in UNIT_HEADS | ARM_HEADS
# Arabic article particles written lower-case and hyphenated inside names.
ARTICLE_PARTICLES = frozenset({"al", "el", "ad", "ar", "as", "an", "ash", "at", "az", "ud", "wal", "ez", "es", "esh", "er", "et"})  # "wal-Muslimin": "and the"; "Deir ez-Zor"
# Words that are never a person's first or last name on their own ("al", "of", "General").
NOT_NAME_WORDS = ARTICLE_PARTICLES | NAME_CONNECTORS | TITLE_WORDS


def is_dated_name(doc: ReadOnceDoc, start: int) -> bool:
    """ "February 17th Martyrs Brigade": a month before the ordinal that opens a body's
    name is part of the name (the date it remembers)."""
    return start > 0 and bool(ORDINAL.match(doc.texts[start])) and doc.lowers[start - 1] in MONTH_WORDS and doc.capitalised[start - 1]


def is_ordinal_before_name(doc: ReadOnceDoc, i: int) -> bool:
    """ "6th Infantry Division", "25th Brigade": the ordinal belongs to the unit's name;
    so does a date a body is named after ("the 26th of July Movement"), and a bare
    number before a unit's name ("3 Commando Brigade", "45 Commando", "2 Para")."""
    if is_number_before_unit(doc, i) or is_day_opening_body_name(doc, i):
        return True
    if not ORDINAL.match(doc.texts[i]) or i + 1 >= len(doc):
        return False
    return doc.capitalised[i + 1] or (
        i + 3 < len(doc) and doc.lowers[i + 1] == "of" and doc.lowers[i + 2] in MONTH_WORDS and doc.capitalised[i + 3]
        and not doc.tokens[i + 3].is_punct
    )


# Last words of bodies named after a day: "the 30 September Movement", "the April 6
# Youth Movement", "the March 23 Movement"
DATE_NAMED_BODY_HEADS = frozenset("movement front brigade group alliance coalition battalion".split())


def date_named_body_end(doc: ReadOnceDoc, k: int) -> int | None:
    """The end of a body's name whose capitalised words from ``k`` on (one to three)
    end in a body head; None if they do not."""
    for j in range(k, min(k + 3, len(doc))):
        if not doc.capitalised[j] or doc.tokens[j].is_punct:
            return None
        if doc.lowers[j] in DATE_NAMED_BODY_HEADS:
            return j + 1
    return None


def is_day_opening_body_name(doc: ReadOnceDoc, i: int) -> bool:
    """ "30 September Movement": a day's number and its month open a body's name."""
    text = doc.texts[i]
    return (
        text.isdigit() and len(text) <= 2 and i + 2 < len(doc) and doc.lowers[i + 1] in MONTH_WORDS and doc.capitalised[i + 1]
        and date_named_body_end(doc, i + 2) is not None
    )


def is_day_inside_body_name(doc: ReadOnceDoc, j: int) -> bool:
    """ "April 6 Youth Movement": a day's number after its month, inside a body's name."""
    text = doc.texts[j]
    return (
        text.isdigit() and len(text) <= 2 and j > 0 and doc.lowers[j - 1] in MONTH_WORDS and j + 1 < len(doc)
        and date_named_body_end(doc, j + 1) is not None
    )


# The last words of units named by a bare number: "3 Commando Brigade", "45 Commando", "2 Para"
NUMBERED_UNIT_HEADS = frozenset("brigade division regiment battalion squadron corps commando para".split())
COUNTED_MEMBERS = frozenset("fighters troops soldiers men members militiamen rebels officers commanders guerrillas".split())
COUNT_ADVERBS = frozenset("some about around nearly almost over than least roughly approximately only just".split())


def is_unit_number_sign(doc: ReadOnceDoc, k: int) -> bool:
    """ "No." at ``k`` before a unit's number: "No. 4 Commando", "No. 617 Squadron" (the
    sign is part of the unit's name, though "No" is a stop word)."""
    return k + 2 < len(doc) and doc.texts[k] == "No" and doc.texts[k + 1] == "." and is_number_before_unit(doc, k + 2)


def is_number_before_unit(doc: ReadOnceDoc, i: int) -> bool:
    """A number of one to three digits, then one to three capitalised words that end on
    a unit's head word (not "200 Kaldean troops": no name, a count)."""
    if not (doc.texts[i].isdigit() and len(doc.texts[i]) <= 3) or i > 0 and doc.lowers[i - 1] in MONTH_WORDS | COUNT_ADVERBS:
        return False
    for k in range(i + 1, min(len(doc), i + 4)):
        if not doc.capitalised[k] or doc.tokens[k].is_punct:
            return False
        if doc.lowers[k] in NUMBERED_UNIT_HEADS and not (k + 1 < len(doc) and doc.capitalised[k + 1] and not doc.tokens[k + 1].is_punct and doc.lowers[k + 1] in NUMBERED_UNIT_HEADS):
            # ("killed 12 Dastin Brigade fighters": a count of the brigade's men)
            return not (k + 1 < len(doc) and doc.lowers[k + 1] in COUNTED_MEMBERS)
    return False


# Lower-case particles inside hyphenated place names ("Port-au-Prince", "Saint-Jean-de-Luz").
HYPHENED_PARTICLES = frozenset("au aux de des du la le les en in sur sous upon on di da do dos das del y i e ut ul".split())  # "SPLA-in-Opposition", "Tehrik-i-Taliban", "Lashkar-e-Taiba"


def is_hyphened_particle(doc: ReadOnceDoc, j: int) -> bool:
    """Token j is the "-" of "-au-Prince": hyphen, particle, hyphen, capitalised word,
    all written together."""
    return (
        j + 3 < len(doc) and doc.texts[j] == "-" and doc.lowers[j + 1] in HYPHENED_PARTICLES
        and doc.texts[j + 2] == "-" and doc.capitalised[j + 3]
        and not any(doc[k].whitespace_ for k in range(j - 1, j + 3))
    )


# Words after a hyphen that make a name a modifier, not a longer name ("Ambo-led")
HYPHEN_MODIFIER_WORDS = frozenset(
    "led backed based held style era aligned linked allied run ruled controlled dominated supported "
    "owned born type like loyal leaning".split()
)


def is_hyphened_syllable(doc: ReadOnceDoc, j: int) -> bool:
    """Token j is the "-" of a given name's second syllable: "Kai-shek", "Il-sung",
    "Teh-huai" (a short lower-case word written together with the name before it)."""
    return (
        j + 1 < len(doc) and j > 0 and doc.texts[j] == "-" and doc[j + 1].is_alpha and doc.texts[j + 1].islower()
        and len(doc.texts[j + 1]) <= 5 and doc.lowers[j + 1] not in HYPHEN_MODIFIER_WORDS
        and not doc[j - 1].whitespace_ and not doc[j].whitespace_
        and not (j + 2 < len(doc) and doc.texts[j + 2] == "-")
    )


def with_name_syllables(c: Candidate, doc: ReadOnceDoc) -> Candidate:
    """A person's name with the syllables the model or a rule stopped before: "Chiang
    [Kai]-shek", "Kim [Il]-sung"; and with the given names before "al-" the model left
    out: "[Ali Salim al-]Beidh"."""
    end = c.end
    while c.label == "PER" and is_hyphened_syllable(doc, end):
        end += 2
    start = c.start
    if c.label == "PER" and start >= 1 and is_given_name_opening_sentence(doc, start - 1, c.end):
        start -= 1  # "[Yasser] Arafat, one of Fatah's founders, ...": the model may leave out the first word
    if c.label == "PER" and start >= 2 and is_article_particle(doc, start - 2):
        start -= 2
        while start - 1 > 0 and start > c.start - 5 and is_given_name_word(doc, start - 1):
            start -= 1
    return c if (start, end) == (c.start, c.end) else replace(c, start=start, end=end)


def is_given_name_word(doc: ReadOnceDoc, k: int) -> bool:
    """A capitalised word inside a sentence that may begin a person's name: no title,
    no country, no function word."""
    token = doc.tokens[k]
    return (
        doc.capitalised[k] and token.is_alpha and not token.is_stop and not is_sentence_start(token)
        and doc.lowers[k].rstrip(".") not in TITLE_WORDS and gazetteer.country(doc.texts[k]) is None
        and gazetteer.country_of_demonym(doc.texts[k]) is None
    )


def is_given_name_opening_sentence(doc: ReadOnceDoc, k: int, end: int) -> bool:
    """ "Yasser" of "Yasser Arafat, one of Fatah's founders": a sentence's first word, a
    proper noun the parser hangs on the person's name, and no title, country, people,
    month or day (which is_given_name_word cannot tell at a sentence's start)."""
    token = doc.tokens[k]
    return (
        is_sentence_start(token) and doc.capitalised[k] and token.is_alpha and not token.is_stop and token.pos_ == "PROPN"
        and token.dep_ in {"compound", "flat", "flat:name"} and k < token.head.i < end
        and doc.lowers[k].rstrip(".") not in TITLE_WORDS | CALENDAR_WORDS and gazetteer.country(doc.texts[k]) is None
        and gazetteer.country_of_demonym(doc.texts[k]) is None
        # (not a body's or a place's name the model found elsewhere: "Hamas Arafat ...")
        and not any(ent.label_ != "PER" and doc.texts[k] in ent.text.split() for ent in doc.ents)
    )


def is_spaced_izafe(doc: ReadOnceDoc, j: int) -> bool:
    """Token j is the "-" of "Hezb-e Wahdat": hyphen and particle joined to the word
    before, a space, then a capitalised word."""
    return (
        j + 2 < len(doc) and doc.texts[j] == "-" and doc.lowers[j + 1] in HYPHENED_PARTICLES and doc.capitalised[j + 2]
        and not doc[j - 1].whitespace_ and not doc[j].whitespace_ and bool(doc[j + 1].whitespace_)
    )


def is_article_particle(doc: ReadOnceDoc, j: int) -> bool:
    """ "al" in "al-Burhan": a lower-case particle joined by a hyphen to a capitalised word."""
    return (
        j + 2 < len(doc) and doc.lowers[j] in ARTICLE_PARTICLES and doc.texts[j + 1] == "-"
        and not doc[j].whitespace_ and not doc[j + 1].whitespace_ and doc.capitalised[j + 2]
    )


def romance_particle_length(doc: ReadOnceDoc, j: int) -> int:
    """How many words "de los" in "Cueva [de los Tayos]" or "da" in "Mocímboa [da Praia]"
    takes before the capitalised word it joins on (0 if none at ``j``)."""
    n = len(doc)
    if j + 1 >= n or doc.lowers[j] not in ROMANCE_OF:
        return 0
    k = j + 1 + (doc.lowers[j + 1] in ROMANCE_ARTICLES)
    return k - j if k < n and doc.capitalised[k] and not doc.tokens[k].is_punct else 0


def strip_titles(doc: ReadOnceDoc, start: int, end: int) -> int:
    """First token after leading titles ("Field Marshal", "Gen.", "NLF Interior Minister")."""
    k = start
    lowers = doc.lowers
    while k < end - 1 and (
        lowers[k] in TITLE_WORDS or lowers[k].rstrip(".") in TITLE_WORDS
        or lowers[k] == "-" and k > start and lowers[k + 1] in TITLE_WORDS  # "Secretary-General X"
    ):
        if lowers[k] in PEERAGE_TITLES and k == end - 2:
            break  # "Lord Salisbury": a peer's title and one name are how he is called
        k += 1
    return k


# Plural nouns for a body's people that open a sentence before "of <Name>" ("Fighters
# of X said"): capitalised there only as the sentence's first word.
MEMBERS_BEFORE_OF = frozenset(
    "fighters members supporters militants soldiers troops officials commanders leaders gunmen militiamen".split()
)


CALENDAR_WORDS = MONTH_WORDS | WEEKDAY_WORDS | frozenset(
    "mon tue tues wed thu thur thurs fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec".split()
)


def classify_chunk(doc: ReadOnceDoc, start: int, end: int) -> Candidate | None:
    """Type a capitalised chunk by gazetteer or head word; None when unsure."""
    key = (start, end)
    if key not in doc.chunk_types:  # candidates are frozen: one answer serves every asker
        doc.chunk_types[key] = _classify_chunk(doc, start, end)
    return doc.chunk_types[key]


def is_acronym_with_suffix(doc: ReadOnceDoc, start: int, end: int) -> bool:
    """ "RCD-Goma", "SPLM-IO", "RCD-ML": a body's initials and, after a hyphen, the
    initials or the town that tell its wing apart; one name (not "US-Taliban", "UN-AU":
    a state's or a known body's initials before the hyphen join two names)."""
    if end - start != 3 or doc.texts[start + 1] != "-" or doc[start].whitespace_ or doc[start + 1].whitespace_:
        return False
    first, second = doc.texts[start], doc.texts[start + 2]
    if not (2 <= len(first) <= 6 and first.isalpha() and first.isupper()) or not second[:1].isupper() or not second.isalpha():
        return False
    if gazetteer.country(second) is not None:
        return False  # "ISIS-Mozambique": a branch the story may know by another name; the parts stay
    return gazetteer.country(first) is None and gazetteer.international_organization(first) is None and gazetteer.country_of_code(first) is None


ROAD_WORDS = frozenset("highway highways motorway motorways road roads expressway route".split())
NAMED_ROAD_WORDS = frozenset("highway motorway expressway".split())


def is_road_number(doc: ReadOnceDoc, text: str) -> bool:
    """Whether the article writes the letters-and-number name before a word for a road
    anywhere ("the M5 highway", "the M5 and M4 motorways"): a road, not a group like M23."""
    for k in doc.reading.by_text.get(text, ()):
        following = doc.lowers[k + 1 : k + 4]
        if following[:1] and following[0] in ROAD_WORDS or len(following) == 3 and following[0] == "and" and following[2] in ROAD_WORDS:
            return True
    return False


def _classify_chunk(doc: ReadOnceDoc, start: int, end: int) -> Candidate | None:
    tokens, texts, lowers = doc.tokens, doc.texts, doc.lowers
    # "On Monday Brigadier ...": function words and dates lead into names, not part of them
    while end - start > 1 and (
        tokens[start].is_stop and not texts[start].isupper() or lowers[start] in CALENDAR_WORDS
    ) and not is_unit_ordinal(doc, start, end) and not is_number_in_name(doc, start) and not (
        start + 1 < end and is_day_inside_body_name(doc, start + 1)
    ) and not is_unit_number_sign(doc, start):  # (not the month of "the April 6 Youth Movement", nor the "No." of "No. 4 Commando")
        start += 1
    if start >= end:
        return None
    if (
        end - start > 2 and lowers[start] in MEMBERS_BEFORE_OF and lowers[start + 1] == "of"
        and is_sentence_start(tokens[start])
    ):
        return _classify_chunk(doc, start + 2, end)  # "Fighters of X attacked": X, capitalised or not
    leader = person_after_of(doc, start, end)
    if leader is not None:
        return _classify_chunk(doc, start, leader - 1)  # "<Group> of <Leader>": the group
    if is_initialled_name(doc, start, end):
        return Candidate(start, end, "PER", "Person", None, 2)  # "Leandro N. Alem" (not the town of Alem)
    if end - start >= 2 and texts[start] == "Radio":
        # "Radio Pathet Lao claimed ...": a movement's radio speaks for the movement (not
        # "Radio France", "Radio Free Europe": only a name read as a body's)
        rest = _classify_chunk(doc, start + 1, end)
        if rest is not None and rest.label == "ORG":
            return rest
        # any other "Radio X" is a broadcaster, whatever X alone would be ("Radio
        # Katanga" is no man, "Radio France" no country)
        return Candidate(start, end, "ORG", "Organization", None, 2)
    if end - start >= 3 and texts[end - 1] in UNIT_LETTERS:
        # "Indian Expeditionary Force B", "Army Group C": a unit told apart by a letter
        body = _classify_chunk(doc, start, end - 1)
        if body is not None and body.label == "ORG" and (body.start, body.end) == (start, end - 1):
            return replace(body, end=end, canonical=None)
    if end - start >= 2 and texts[start] in SHIP_PREFIXES and texts[start + 1][:1].isupper():
        # "HMS Fox", "USS Cole": a warship, one of its navy's fighting units (the gold's
        # and the reader's armed actor), whatever its name alone would be
        return Candidate(start, end, "ORG", "ArmedGroup", None, 3)
    if 2 <= end - start <= 3 and lowers[end - 1] in ARM_HEADS and (ORDINAL.match(texts[start]) or lowers[start] in SPELLED_ORDINALS):
        # "the Seventh Cavalry", "the 22nd Cavalry": a regiment named by its number and arm
        return Candidate(start, end, "ORG", "ArmedGroup", None, 3)
    text = doc[start:end].text
    words = [lowers[k] for k in range(start, end) if tokens[k].is_alpha or texts[k].isalnum()]
    if not words:
        return None
    if is_acronym_with_suffix(doc, start, end):
        return Candidate(start, end, "ORG", "Organization", None, 2)
    head = words[-1]
    if "on" in words[1:-1] and words[words.index("on") - 1] in TOPIC_BODY_HEADS:
        head = words[words.index("on") - 1]  # "Observatory on Armed Violence": an observatory
    place = gazetteer.country(text)
    if place is not None:
        return Candidate(start, end, "GPE", "Country", place.name, 3)
    if end - start <= 3:  # "Turkish", "Sri Lankan", "South Sudanese"
        demonym_place = gazetteer.country_of_demonym(text)
        if demonym_place is None and end - start >= 2 and text.endswith("s"):
            demonym_place = gazetteer.country_of_demonym(text[:-1])  # "the North Koreans": a two-word people's plural
        if demonym_place is not None:
            return Candidate(start, end, "NORP", "Country", demonym_place.name, 3)
    if end - start == 2 and texts[end - 1].endswith("s") and gazetteer.country_of_demonym(texts[end - 1][:-1]) is not None:
        # "Karabakh Armenians", "Bosnian Serbs", "Krajina Serbs": a people of a place
        # outside its own state, a side of the war (no place, no state)
        return Candidate(start, end, "ORG", "Organization", None, 2)
    org = gazetteer.international_organization(text)
    if org is not None:
        return Candidate(start, end, "ORG", org.kind, org.name, 3)
    if gazetteer.seat_of_power_country(text) is not None:
        # "White House spokesman X": a government body, whatever town the words also
        # translate ("Casablanca" is "White House" in Arabic)
        return Candidate(start, end, "ORG", "Government", None, 3)
    place = gazetteer.city(text)
    # A known city opening a sentence is often an ordinary word ("Most", "Mobile"):
    # trusted when it is a capital, or a proper noun the tagger is sure of
    # (or one the article also writes capitalised inside a sentence: "Entebbe, with its
    # airport ..., fell" where "Entebbe airport" comes later)
    sentence_start_ok = (
        not is_sentence_start(tokens[start]) or gazetteer.capital_country(text) is not None
        or tokens[start].tag_ == "NNP" and not tokens[start].is_stop
        or end - start == 1 and any(
            not is_sentence_start(tokens[k]) and not (k + 1 < len(doc) and doc.capitalised[k + 1]) and not doc.capitalised[k - 1]
            for k in doc.reading.by_text.get(text, ())
        )  # (a name of its own there: not the "Federal" of "Federal Military Government", nor
        # the "Police" of "Haitian National Police")
    )
    if place is not None and sentence_start_ok and tokens[start].pos_ != "VERB":
        return Candidate(start, end, "GPE", "Place", None, 1)
    if ALNUM_GROUP.match(text):
        if is_road_number(doc, text):
            return Candidate(start, end, "LOC", "Place", None, 2)  # "the M5 highway", then "the M5"
        return Candidate(start, end, "ORG", "ArmedGroup", None, 2)
    title_end = strip_titles(doc, start, end)
    if title_end > start and title_end < end and lowers[title_end] not in {"of", "the"} and all(
        t.is_alpha or t.text in "-." for t in doc[title_end:end]
    ):  # ("State of Katanga": a title word before "of" names a body, not a man)
        rest = doc[title_end:end]
        # "Gen. X al-Y and Z": two people; the parts are typed on their own
        # ("Lt. Gen. James Van Fleet": a head word after "van", "von", "de" is a surname)
        surname_particle = len(rest) >= 3 and rest[-2].lower_ in DOUBLE_CONNECTORS | {"de"} and rest[-2].text[:1].isupper()
        if surname_particle or not any(t.lower_ in HEAD_WORDS or t.lower_ == "and" for t in rest):
            return Candidate(title_end, end, "PER", "Person", None, 2)
    if len(words) >= 3 and words[0] in NOBLE_TITLES and words[1] in SEAT_PARTICLES and all(
        t.is_alpha and t.text[:1].isupper() for t in tokens[start + 2 : end]
    ):
        return Candidate(start, end, "PER", "Person", None, 3)  # "the Duke of Schomberg", "Earl of Tyrconnell"
    if len(words) == 2 and texts[end - 1] == "Empire" and texts[start].isalpha() and texts[start][:1].isupper():
        # "the German Empire", "the Ottoman Empire": a state of its day no gazetteer of
        # today's countries knows
        return Candidate(start, end, "GPE", "Country", text, 3)
    if len(words) == 2 and texts[start] in gazetteer.DIVIDED_STATE_WORDS:
        # "North Vietnam", "South Yemen", "East Germany": a state of its own, though no
        # gazetteer of today's countries knows it ("Southern Libya" is Libya, below)
        named = gazetteer.country(texts[end - 1])
        divided = named or gazetteer.country_of_demonym(texts[end - 1])
        # ("North America", "South America": continents; "America" alone is the United States)
        if divided is not None and tokens[end - 1].is_alpha and texts[end - 1] != "America":
            return Candidate(start, end, "GPE" if named is not None else "NORP", "Country", f"{texts[start]} {divided.name}", 3)
    if len(words) == 2 and texts[start] == "New" and not is_sentence_start(tokens[start]) and (
        gazetteer.country(texts[end - 1]) is not None or gazetteer.city(texts[end - 1]) is not None
        or tokens[end - 1].ent_type_ in {"GPE", "LOC"}
    ):
        return Candidate(start, end, "LOC", "Place", None, 2)  # "New France", "New England": lands of their own
    if (
        len(words) == 2 and end - start == 2 and texts[start].isalpha() and words[0] not in COMPASS_WORDS | TITLE_WORDS
        and (end == len(tokens) or tokens[end].pos_ not in {"NOUN", "PROPN"})
        and gazetteer.country_of_demonym(texts[end - 1]) is not None
        and gazetteer.country_of_demonym(texts[start]) is None and gazetteer.country(texts[start]) is None
        and gazetteer.city(texts[start]) is None
    ):
        # "the Pathet Lao", "the Krajina Serbs", "the Free French": a people's word as the
        # head of a name is a movement's name (not "Bosnian Serbs", "Gaza Palestinians",
        # nor "Thai battalions", where the people's word describes)
        return Candidate(start, end, "ORG", "Organization", None, 2)
    if (
        len(words) == 2 and words[0] in COMPASS_WORDS and texts[end - 1].isalpha() and head not in HEAD_WORDS
        and (gazetteer.country(texts[end - 1]) is None or gazetteer.compass_named_region(text) is not None  # "Southern Libya" is Libya
             or texts[end - 1] == "America")  # (a continent, above)
    ):
        return Candidate(start, end, "LOC", "Place", None, 1)  # "Western Tigray", "North Kivu"
    if len(words) >= 2 and (head == "republic" or "republic" in words[:-2] and words[words.index("republic") + 1] == "of") and not any(
        word in ORG_WORDS for word in words[: words.index("republic")]  # "Army of the Republic of X" is an army
    ):
        # a republic no gazetteer knows is self-proclaimed: "Donetsk People's Republic",
        # "Chechen Republic of Ichkeria"
        return Candidate(start, end, "ORG", "Organization", None, 2)
    if len(words) >= 3 and words[:2] == ["state", "of"] and texts[start] == "State" and texts[end - 1][:1].isupper():
        # "the secessionist State of Katanga": a state no gazetteer knows, a body like a
        # self-proclaimed republic (a known one is a country above: "State of Israel")
        return Candidate(start, end, "ORG", "Organization", None, 2)
    if len(words) >= 2 and texts[start] in FACILITY_PREFIXES and texts[start + 1][:1].isupper() and "and" not in words:
        return Candidate(start, end, "FAC", "Facility", None, 2)  # "Villa Somalia", "Camp Rhino", "Fort Liberté"
    if (
        len(words) >= 3 and words[0] in FACILITY_WORDS and words[1] == "of" and "and" not in words and texts[start][:1].isupper()
        and gazetteer.city(text) is None  # ("Port of Spain" is a town)
    ):
        return Candidate(start, end, "FAC", "Facility", None, 2)  # "the Freeport of Monrovia"
    if len(words) == 2 and texts[start] in PLACE_PREFIXES and texts[start + 1].isalpha() and texts[start + 1][:1].isupper() and (
        words[1] not in ORG_WORDS | UNIT_OF_GROUP_HEADS | {"column", "flotilla"}  # (not "the River Column", a force)
    ):
        # "Port Fuad", "Mount Elgon": the model often tags the first word alone as a town
        return Candidate(start, end, "LOC", "Place", None, 2)
    if len(words) >= 2 and words[0] == "operation" and texts[start] == "Operation":
        return Candidate(start, end, "ORG", "ArmedGroup", None, 2)  # "Operation Barkhane": a force's name
    if len(words) >= 2 and words[:2] == ["islamic", "state"]:
        # "Islamic State", and its "Sahel Province", "West Africa Province": the movement's
        # branches are named like provinces
        return Candidate(start, end, "ORG", "ArmedGroup", None, 2)
    if len(words) >= 2 or not is_sentence_start(tokens[start]):
        # ("the Narciso Ramos Highway": a road named with a capital is a facility; "the
        # Gulu highway" stays the town's name, so the road words are no suffix heads)
        medical = len(words) >= 3 and words[-2] == "medical" and head in {"center", "centre"}  # a hospital, no body
        post_office = len(words) >= 2 and words[-2:] == ["post", "office"]  # "the General Post Office": a building
        if head in FACILITY_WORDS or head in NAMED_ROAD_WORDS and len(words) >= 2 or medical or post_office:
            return Candidate(start, end, "FAC", "Facility", None, 2)
        if len(words) >= 2 and texts[end - 1] in NAME_ONLY_HEADS:
            # "Henderson Field", "Lunga Point": capitalised heads that name a place only
            # inside a name (a lower-case "field" or "point" is none)
            return Candidate(start, end, *NAME_ONLY_HEADS[texts[end - 1]], None, 2)
        if head in PLACE_WORDS and len(words) >= 2 and words[-2] == "military":
            return Candidate(start, end, "ORG", "ArmedGroup", None, 2)  # "the 5th Military District": an army's command
        if head in PLACE_WORDS:
            return Candidate(start, end, "LOC", "Place", None, 2)
        # "Army of ...", "Centre for Security Studies", "Forces for Unity"
        if head in ORG_WORDS or any(w in NAME_OF_WORDS and k > 0 and words[k - 1] in ORG_WORDS for k, w in enumerate(words)):
            if len(words) >= 2:
                return Candidate(start, end, "ORG", gazetteer.organization_kind(text), None, 2)
    return None


FACILITY_MODIFIERS = frozenset("international military naval air main".split())
NAME_ONLY_HEADS = {"Field": ("FAC", "Facility"), "Airfield": ("FAC", "Facility"), "Point": ("LOC", "Place"), "Ridge": ("LOC", "Place")}
# Heads that, followed by "of" and a name, introduce that town: "the Red Sea port of X"
TOWN_OF_HEADS = frozenset("port seaport city town village hamlet capital enclave".split())
# First words of a facility's name: "Villa Somalia", "Camp Rhino", "Fort Liberté", "Fortín X"
# Letters that tell apart bodies of one name: "Force B", "Army Group C"
UNIT_LETTERS = frozenset("ABCDEFGH")
# Prefixes of a warship's name: "HMS Fox", "USS Maddox", "SMS Emden"
SHIP_PREFIXES = frozenset({"HMS", "USS", "HMAS", "HMCS", "HMNZS", "SMS", "INS", "HNLMS", "ARA", "BAP"})
FACILITY_PREFIXES = frozenset({"Villa", "Camp", "Fort", "Fortín", "Fortin", "Fortaleza"})  # (Spanish "fortín": a small fort)
# First words of a place's name: "Port Fuad", "Mount Kenya", "Lake Chad", "Cape Gloucester";
# and Arabic "Jabal Amman" (a hill, and the district named after it)
PLACE_PREFIXES = frozenset({"Port", "Mount", "Lake", "Cape", "River", "Jabal", "Jebel", "Djebel"})  # ("the River Boyne")


def lowercase_suffix_spans(doc: Doc) -> Iterable[Candidate]:
    """Names completed by a lower-case head: "Some-Name airbase", "Xyz district"."""
    for i in doc.reading.where_lower(SUFFIX_HEADS):
        token = doc[i]
        word = token.lower_
        if token.text != word or token.i == 0:
            continue
        if word not in FACILITY_WORDS and word not in PLACE_WORDS:
            continue
        if word in TOWN_OF_HEADS and token.i + 2 < len(doc) and doc.lowers[token.i + 1] == "of" and is_capitalised(doc[token.i + 2]):
            continue  # "the Red Sea port of Massawa", "the Black Sea city of X": the town after "of", no name before
        k = token.i
        if word in FACILITY_WORDS and k > 1 and doc[k - 1].lower_ in FACILITY_MODIFIERS and is_capitalised(doc[k - 2]):
            k -= 1  # "Bissalanca international airport", "Kamina military base"
        top = k
        while k > 0 and (is_capitalised(doc[k - 1]) or (doc[k - 1].text == "-" and k > 1 and is_capitalised(doc[k - 2]))) and not doc[k - 1].is_punct or (k > 0 and doc[k - 1].text == "-" and k > 1 and is_capitalised(doc[k - 2])):
            k -= 1
        # allow a lower-case "al-"/"el-" prefix: "al-Watiya airbase", and the capitalised
        # word it joins: "Jisr al-Shughur district", "Deir ez-Zor province"
        if k > 1 and doc[k - 1].text == "-" and doc[k - 2].lower_ in ARTICLE_PARTICLES:
            k -= 2
            if k > 0 and is_capitalised(doc[k - 1]) and not (doc[k - 1].is_punct or doc[k - 1].is_stop) and doc[k - 1].whitespace_:
                k -= 1
        described = word in {"town", "city", "village"} and k > 0 and (doc.lowers[k - 1] == "the" or doc.lowers[k - 1] in COMPASS_WORDS)
        # ("a Khmer temple", "a centuries-old Khmer temple": with "a" or "an" the words only describe)
        described = described or indefinite_before(doc, k)
        if k < top and doc[k].lower_ not in {"the"} and not described:  # ("the northern Helmand town": a description)
            if word in FACILITY_WORDS:
                yield Candidate(k, token.i + 1, "FAC", "Facility", None, 2)
            else:
                yield Candidate(k, token.i + 1, "LOC", "Place", None, 2)
        elif word in FACILITY_WORDS:
            start = described_facility_start(doc, token.i)
            if start is not None:  # (priority 3: over a known town's name inside it)
                yield Candidate(start, token.i + 1, "FAC", "Facility", None, 3)


def indefinite_before(doc: Doc, k: int) -> bool:
    """Whether "a" or "an" opens the phrase ending before token k, past up to four
    lower-case modifiers and hyphens ("a centuries-old ..."; not past a preposition: "a
    town in X region")."""
    j = k - 1
    while j >= 0 and k - j <= 5 and (doc[j].text == "-" or doc[j].is_alpha and doc[j].text.islower() and doc[j].pos_ not in {"ADP", "VERB", "AUX", "CCONJ", "SCONJ", "PRON"}):
        if doc.lowers[j] in {"a", "an"}:
            return True
        j -= 1
    return False


def described_facility_start(doc: Doc, head: int) -> int | None:
    """Start of "the (sprawling) Azot chemical plant", "the Zaporizhzhia nuclear power
    plant": a name, then up to three lower-case words, then the facility noun; None if the
    words before the noun are not so. Not "the Russian military base" (a demonym
    says whose, it names nothing)."""
    j = head
    while j > 0 and head - j < 3 and doc[j - 1].is_alpha and doc[j - 1].text.islower() and not doc[j - 1].is_stop:
        j -= 1
    if j == head:
        return None
    k = j
    while k > 0 and j - k < 3 and is_capitalised(doc[k - 1]) and not doc[k - 1].is_punct:
        k -= 1
    before = k - 1
    if k > 1 and doc[before].lower_ != "the" and doc[before].is_alpha and doc[before].text.islower():
        before -= 1  # "the sprawling Azot ..."
    if k == j or before < 0 or doc[before].lower_ != "the":
        return None
    name = doc[k:j].text
    if gazetteer.country(name) or gazetteer.country_of_demonym(name) or is_sentence_start(doc[k]):
        return None
    return k


def lowercase_mission_names(doc: Doc) -> Iterable[Candidate]:
    """ "the Multinational Security Support mission": two or more capitalised words
    (no country, no demonym first) and a lower-case "mission" make one name."""
    for k in doc.reading.where_lower({"mission"}):
        if doc[k].text != "mission":
            continue
        start = k
        while start > 0 and is_capitalised(doc[start - 1]) and not doc[start - 1].is_punct:
            start -= 1
        while start < k and doc[start].is_stop:
            start += 1  # "The Multinational ... mission" opening a sentence
        if k - start < 2:
            continue
        first = doc[start].text
        if gazetteer.country(first) or gazetteer.country_of_demonym(first):
            continue  # "the Kenyan Police mission" is the Kenyan police's
        yield Candidate(start, k + 1, "ORG", "InternationalOrganization", None, 2)


def parenthetical_names(doc: Doc, named: list[Candidate]) -> Iterable[Candidate]:
    """ "Long Name (LN)" and "Local Name (Translated Name)": the bracketed name is an
    alias of the name before it, here and wherever it recurs in the article."""
    by_end = {c.end: c for c in named}
    definitions: dict[str, Candidate] = {}
    for i in doc.reading.by_text.get("(", ()):
        token = doc[i]
        close = next((t.i for t in doc[token.i + 1 : token.i + 8] if t.text == ")"), None)
        if close is None or close == token.i + 1:
            continue
        owner = by_end.get(token.i)
        if owner is None and token.i > 0 and doc[token.i - 1].text in {"'s", "’s"}:
            owner = by_end.get(token.i - 1)
        inner = doc[token.i + 1 : close]
        spelled = name_spelled_by(doc, token.i, inner.text) if len(inner) == 1 and is_acronym(inner.text) else None
        if spelled is not None and (owner is None or spelled < owner.start):
            # "Tehrik-i-Taliban Pakistan (TTP)": the whole name the initials spell, though
            # the model saw only its last word (a country)
            owner = Candidate(spelled, token.i, "ORG", gazetteer.organization_kind(doc[spelled : token.i].text), None, 3)
            yield owner
        if owner is not None and owner.label == "PER" and len(inner) == 1 and is_acronym(inner.text) and (
            inner.text[0] == doc[owner.start].text[0] and owner.end - owner.start >= 3
        ):
            # "Harakat Ansar al-Din (HAD)": nobody's name is shortened to its initials
            owner = Candidate(owner.start, owner.end, "ORG", gazetteer.organization_kind(doc[owner.start : owner.end].text), None, 3)
            yield owner
        if owner is None or owner.label not in {"ORG", "GPE", "LOC", "FAC"}:
            continue
        if owner.label in {"GPE", "LOC"} and inner.text.isupper() and inner.text[:1] != doc[owner.start].text[:1]:
            # "... Mission in Mozambique (SAMIM)": the place ends a longer name, the body's
            # named before "in" ("Movement for Oneness and Jihad in West Africa (MUJAO)")
            body = body_named_in(doc, owner.start, by_end)
            if body is None:
                continue
            owner = Candidate(body.start, token.i, "ORG", body.kind, None, 3)
            yield owner
        if not (is_capitalised(inner[0]) and is_capitalised(inner[-1])):
            continue
        is_short = len(inner) == 1 and re.fullmatch(r"[A-Z][A-Za-z]*[A-Z]+", inner.text)
        if not is_short and not all(is_capitalised(t) or t.lower_ in NAME_CONNECTORS or t.text == "-" for t in inner):
            continue
        long_name = owner.canonical or doc[owner.start : owner.end].text
        definitions[inner.text] = Candidate(token.i + 1, close, owner.label, owner.kind, long_name, 3)
    yield from defined_name_uses(doc, definitions)


def appositive_acronyms(doc: Doc, named: list[Candidate]) -> Iterable[Candidate]:
    """ "the TMT, the Turkish Resistance Organisation, armed by ...": an acronym set off
    by the name of a body is that body's, here and wherever it recurs, whether or not
    its letters spell the name (it was made in another language)."""
    by_start = {c.start: c for c in named}
    definitions: dict[str, Candidate] = {}
    for acronym in named:
        if acronym.label != "ORG" or acronym.end - acronym.start != 1 or not is_acronym(doc[acronym.start].text):
            continue
        k = acronym.end
        if k + 2 >= len(doc) or doc.texts[k] != "," or doc.lowers[k + 1] != "the":
            continue
        body = by_start.get(k + 2)
        if body is None or body.label != "ORG" or body.end - body.start < 2 or body.end >= len(doc):
            continue
        if doc.texts[body.end] not in {",", ".", ";"} or is_acronym(doc[body.start].text):
            continue  # ("the TMT, the Turkish Resistance Organisation's wing": another body)
        long_name = body.canonical or doc[body.start : body.end].text
        definitions.setdefault(doc[acronym.start].text, Candidate(acronym.start, acronym.end, "ORG", body.kind, long_name, 3))
    yield from defined_name_uses(doc, definitions)


def defined_name_uses(doc: Doc, definitions: dict[str, Candidate]) -> Iterable[Candidate]:
    """Every use of each defined short name, as the long name it stands for."""
    for text, definition in definitions.items():
        first = text.split()[0]
        # tokens that begin the first word, or that the first word begins
        words = [word for word in doc.reading.by_text if word.startswith(first[: len(word)])]
        for i in doc.reading.where_text(words):
            token = doc[i]
            limit = min(len(doc), token.i + len(text) + 1)
            end = next((k for k in range(token.i + 1, limit) if doc[token.i : k].text == text), None)
            if end is not None and not is_hyphened_particle(doc, end):  # not "SPLA-in-Opposition"
                # Inside the brackets the definition is certain; elsewhere a longer name
                # that contains the words ("Kaldean Mountain Storm Operation") wins.
                priority = 3 if token.i == definition.start else 2
                yield Candidate(token.i, end, definition.label, definition.kind, definition.canonical, priority)


def body_named_in(doc: Doc, place_start: int, by_end: dict[int, Candidate]) -> Candidate | None:
    """The organisation named right before "in (the) <place>" at ``place_start``."""
    k = place_start - 1
    if k > 0 and doc.lowers[k] == "the":
        k -= 1
    if k < 1 or doc.lowers[k] != "in":
        return None
    body = by_end.get(k)
    return body if body is not None and body.label == "ORG" else None


def name_spelled_by(doc: Doc, end: int, acronym: str) -> int | None:
    """Start of the capitalised words (hyphens and "-i-" particles inside) ending at
    ``end`` whose capitals spell ``acronym``, the longest such; None if none do."""
    start = end
    while start > 0 and end - start < 10 and (
        doc.capitalised[start - 1] and not doc[start - 1].is_punct or doc.texts[start - 1] == "-"
        or start > 1 and doc.texts[start - 2] == "-" and doc.lowers[start - 1] in HYPHENED_PARTICLES
        # "Movement for Democracy in Liberia (MODEL)": function words inside the name
        or start > 1 and doc.texts[start - 1] in SPELLING_CONNECTORS and doc.capitalised[start - 2]
        # "al-Qaeda in the Islamic Maghreb (AQIM)": two function words in a row
        or start > 2 and doc.texts[start - 1] in SPELLING_CONNECTORS and doc.texts[start - 2] in SPELLING_CONNECTORS and doc.capitalised[start - 3]
        # "Nusrat al-Islam wal-Muslimin (JNIM)": an article glued to the next word
        or start > 1 and doc.texts[start] == "-" and is_glued_article(doc, start - 1)
    ):
        start -= 1
    for k in range(start, end - 1):
        if doc.texts[k] == "-" or not doc.capitalised[k] and not is_glued_article(doc, k):
            continue  # (a name may open on its article: "al-Qaeda in the Islamic Maghreb")
        words = name_words(doc, k, end)
        if sum(w[:1].isupper() for w in words) >= 2 and spells(acronym.rstrip("s"), words):
            return k
    for k in range(start, end - 2):
        # "Congolese Rally for Democracy (RCD)": the initials of a name in another language
        if doc.capitalised[k] and spells_translated(acronym, name_words(doc, k, end)):
            return k
    return None


def is_glued_article(doc: Doc, k: int) -> bool:
    """ "al-", "wal-", "el-": a short lower-case word written onto the hyphen after it,
    as Arabic names carry their article."""
    word = doc.texts[k]
    return word.islower() and word.isalpha() and len(word) <= 3 and not doc[k].whitespace_


def name_words(doc: Doc, start: int, end: int) -> list[str]:
    """The words of a name, hyphened parts apart: "Tehrik-i-Taliban" is three."""
    return [w for w in re.split(r"[\s-]+", doc[start:end].text) if w]


def initialism_candidates(doc: Doc, named: list[Candidate]) -> Iterable[Candidate]:
    """ "NLF" in an article that names the "Northern Liberation Front" is it, even
    where the article never writes "(NLF)"."""
    by_initials: dict[str, set[tuple[str, str, str]]] = {}
    for c in named:
        if c.label in {"ORG", "GPE"} and c.end - c.start >= 2:
            name = c.canonical or doc[c.start : c.end].text
            for spelled in initials_variants(name):  # ("AQAP" and "AQIM": "al" and "in" spelled or not)
                by_initials.setdefault(spelled, set()).add((c.label, c.kind, name))
    for i in doc.reading.where_text(by_initials):
        token = doc[i]
        owners = by_initials.get(token.text)
        if owners and len(owners) == 1 and len(token.text) >= 2 and token.text.isupper() and not is_hyphened_particle(doc, i + 1):
            label, kind, name = next(iter(owners))
            yield Candidate(token.i, token.i + 1, label, kind, name, 2)


def consistent_labels(candidates: list[Candidate], doc: Doc) -> list[Candidate]:
    """One label per name in an article: the statistical NER may call the same name a
    place in one sentence and a person in the next; the majority wins."""
    # keyed case-blind: "Al-Shabaab" opening a sentence is "al-Shabaab" mid-sentence
    keys = [doc[c.start : c.end].text.lower() for c in candidates]
    # per name and (label, kind): (whether a rule or the gazetteer gave it, votes)
    votes: dict[str, dict[tuple[str, str], tuple[bool, int]]] = {}
    for c, key in zip(candidates, keys):
        ruled, count = votes.setdefault(key, {}).get((c.label, c.kind), (False, 0))
        votes[key][(c.label, c.kind)] = (ruled or c.priority >= 2, count + 1 + c.priority)
    # A rule's reading (priority 2 and up) beats any number of the model's guesses
    # ("Ahrar al-Sham positions" makes a group of the name the model called a place
    # five times; "south of Tskhinvali" a town of the name it called a person); then
    # most votes win; a tie goes to the label and kind first in alphabetical order.
    winners = {
        key: min(ballot.items(), key=lambda kv: (not kv[1][0], -kv[1][1], kv[0]))[0] for key, ballot in votes.items()
    }
    result = []
    for c, key in zip(candidates, keys):
        label, kind = winners[key]
        if c.priority <= 1 and (label, kind) != (c.label, c.kind):
            c = Candidate(c.start, c.end, label, kind, c.canonical, c.priority)
        result.append(c)
    return result


# How often a name the NER calls a person must recur, always in full, before it is
# read as no person's name.
UNSHORTENED_REPEATS = 3


def unshortened_person_names(candidates: list[Candidate], doc: Doc) -> list[Candidate]:
    """A "person" the article names three times in full, never by one of its words
    alone and never with a title, is no person: news names a person once in full and
    then by surname ("Boko Haram" typed a person all through an article kept every
    group rule away from it). Only the statistical label is overruled."""
    lowers = doc.lowers
    where: dict[tuple[str, ...], list[Candidate]] = {}
    for c in candidates:
        if c.label == "PER" and c.end - c.start >= 2:
            # case-blind: "Al-Shabaab" opening a sentence is "al-Shabaab"
            where.setdefault(tuple(lowers[c.start : c.end]), []).append(c)
    retyped: set[tuple[str, ...]] = set()
    by_lower = doc.reading.by_lower
    for words, found in where.items():
        # a rule's reading of one mention ("Major General X", priority 2) is a person's
        if len(found) < UNSHORTENED_REPEATS or any(c.priority > 1 or c.start > 0 and lowers[c.start - 1].rstrip(".") in TITLE_WORDS for c in found):
            continue
        # the name's own words: "al-Shabaab" is not shortened to "al"
        name_words = [w for w in words if w not in ARTICLE_PARTICLES and w != "-"] or list(words)
        n = len(words)
        in_full = sum(1 for i in by_lower.get(words[0], ()) if lowers[i : i + n] == words)  # typed so or not
        # "the Shabaab" is the group's short name; a person is never "the Shekau"
        unarticled = {word: sum(1 for i in by_lower.get(word, ()) if i == 0 or lowers[i - 1] != "the") for word in name_words}
        if any(unarticled[word] > in_full for word in (name_words[0], name_words[-1])):
            continue  # "Shekau" alone somewhere: a person's surname
        retyped.add(words)
    if not retyped:
        return candidates
    return [
        Candidate(c.start, c.end, "ORG", "Organization", c.canonical, c.priority)
        if c.label == "PER" and tuple(lowers[c.start : c.end]) in retyped else c
        for c in candidates
    ]


def full_names_of_surnamed_people(candidates: list[Candidate], doc: Doc) -> list[Candidate]:
    """ "Laurent-Desire Kabila's Alliance" typed an organisation by the model, in a story
    that calls "Kabila" a person on his own: the full name is that person's. Only a
    model's guess of two to five capitalised tokens (hyphens count), none a body's or
    place's head word, is retyped."""
    lowers = doc.lowers
    surnames = {lowers[c.start] for c in candidates if c.label == "PER" and c.end - c.start == 1}
    if not surnames:
        return candidates
    return [
        Candidate(c.start, c.end, "PER", "Person", c.canonical, c.priority)
        if c.label == "ORG" and c.priority <= 1 and 2 <= c.end - c.start <= 5 and lowers[c.end - 1] in surnames
        and not any(lowers[k] in HEAD_WORDS for k in range(c.start, c.end))
        and all(doc.capitalised[k] or doc.texts[k] == "-" for k in range(c.start, c.end)) else c
        for c in candidates
    ]


def surnames_of_named_people(candidates: list[Candidate], doc: Doc) -> list[Candidate]:
    """ "Abd el-Krim" typed an organisation by the model, in a story that names
    "Mohamed Abd el-Krim": the last words of a person's full name are that person. Only
    a model's guess of two or more tokens, none a body's or place's head word."""
    lowers = doc.lowers
    surnames = {
        tuple(lowers[k : c.end]) for c in candidates if c.label == "PER" and c.end - c.start >= 3 for k in range(c.start + 1, c.end - 1)
    }
    # ("Stevens" the model calls a place, in a story that names "Jimmy Stevens": a
    # one-word surname too, unless the gazetteer knows it for a town or a country)
    last_names = {lowers[c.end - 1] for c in candidates if c.label == "PER" and c.end - c.start >= 2}

    def is_surname(c: Candidate) -> bool:
        if c.label == "ORG" and c.priority <= 1 and c.end - c.start >= 2:
            return tuple(lowers[c.start : c.end]) in surnames and not any(lowers[k] in HEAD_WORDS for k in range(c.start, c.end))
        if c.label in {"GPE", "LOC"} and c.priority == 0 and c.end - c.start == 1 and lowers[c.start] in last_names:
            word = doc.texts[c.start]
            return gazetteer.city(word) is None and gazetteer.country(word) is None
        return False

    return [Candidate(c.start, c.end, "PER", "Person", c.canonical, c.priority) if is_surname(c) else c for c in candidates]


def regions_named_without_their_noun(candidates: list[Candidate], doc: Doc) -> list[Candidate]:
    """ "took over Nangarhar" in a story that names "Nangarhar province": the one word
    the model calls a person is the region (only the model's guess, one word)."""
    lowers = doc.lowers
    regions = {
        lowers[c.start] for c in candidates
        if c.label in {"LOC", "GPE"} and c.end - c.start == 2 and lowers[c.end - 1] in REGION_WORDS
    }
    if not regions:
        return candidates
    return [
        Candidate(c.start, c.end, "LOC", "Place", c.canonical, c.priority)
        if c.label == "PER" and c.priority <= 1 and c.end - c.start == 1 and lowers[c.start] in regions else c
        for c in candidates
    ]


def repeated_names(doc: Doc, named: list[Candidate]) -> Iterable[Candidate]:
    """A name found once is that name wherever the same words recur in the article:
    the statistical NER often tags "Toure" in one sentence and misses it in the next."""
    by_words: dict[tuple[str, ...], Candidate] = {}
    texts = doc.texts
    for c in named:
        words = texts[c.start : c.end]
        if words[0][:1].isupper() and len("".join(words)) > 2:
            by_words.setdefault(words, c)
    starts = doc.reading.by_text  # where each word occurs
    for words, c in by_words.items():
        n = len(words)
        for i in starts.get(words[0], ()):
            if texts[i : i + n] == words:
                yield Candidate(i, i + n, c.label, c.kind, c.canonical, 0)


# Last words a body's name can drop in later mentions: the "Islamic Courts Union" is
# "the Islamic Courts" further down.
DROPPABLE_BODY_HEADS = frozenset(
    "Union Movement Front Council Alliance Party Coalition Organisation Organization Network".split()
)
# ... and those a place's name can drop: "Johnson South" for "Johnson South Reef"
DROPPABLE_PLACE_HEADS = frozenset("Reef Atoll Shoal Island".split())


def shortened_body_names(doc: Doc, named: list[Candidate]) -> Iterable[Candidate]:
    """A body's name without its last word ("Islamic Courts" for the "Islamic Courts
    Union", "the Polisario" for the "Polisario Front") or with its first word only ("the
    Jamaat" for the "Jamaat al Muslimeen"), wherever those words stand alone
    as a name: the same body; so is a reef's or an island's without its head word
    ("Johnson South" for "Johnson South Reef", which the model reads as a man). One
    remaining word must be a name of its own (see ``is_coined_name_word``), so
    "National Union" never makes "National" a name."""
    texts = doc.texts
    n = len(doc)
    shortened: dict[tuple[str, ...], set[tuple[str, str, str]]] = {}  # words -> (full name, kind, label)
    for c in named:
        words = texts[c.start : c.end]
        if c.label == "ORG" and len(words) >= 3 and words[1].lower() in ARTICLE_PARTICLES and is_coined_name_word(doc, words[0]):
            # ("the Jamaat" for the "Jamaat al Muslimeen": its first word, before the article)
            shortened.setdefault(words[:1], set()).add((c.canonical or doc[c.start : c.end].text, c.kind, c.label))
        droppable = c.label == "ORG" and words[-1] in DROPPABLE_BODY_HEADS or c.kind == "Place" and words[-1] in DROPPABLE_PLACE_HEADS
        if len(words) < 2 or not droppable:
            continue
        prefix = words[:-1]
        if all(w[:1].isupper() and w.isalpha() for w in prefix) and (len(prefix) > 1 or is_coined_name_word(doc, prefix[0])):
            shortened.setdefault(prefix, set()).add((c.canonical or " ".join(words), c.kind, c.label))
    for prefix, bodies in shortened.items():
        if len({name for name, _kind, _label in bodies}) != 1:
            continue  # two bodies share the words: neither is meant
        name, kind, label = min(bodies)  # (one name, typed alike wherever it stands)
        size = len(prefix)
        for i in doc.reading.by_text.get(prefix[0], ()):
            end = i + size
            if texts[i:end] != prefix or end < n and (texts[end][:1].isupper() or texts[end].lower() in ARTICLE_PARTICLES):
                continue  # the full name itself, or a longer one ("Jamaat al Muslimeen")
            if i > 0 and texts[i - 1][:1].isupper() and not is_sentence_start(doc[i - 1]) and texts[i - 1] != "The":
                continue  # (but '"The Jamaat have ...' after a quotation mark)
            if size == 1 and doc[i].pos_ != "PROPN":
                continue  # "Islamic militants": the word as an adjective, not the name
            yield Candidate(i, end, label, kind, name, 2)


def is_coined_name_word(doc: Doc, word: str) -> bool:
    """A word that is a name and nothing else: "Polisario", "Nusra" -- not a place, a
    people, or an English word the story also writes in lower case ("National")."""
    return (
        len(word) > 2
        and word.lower() not in doc.reading.by_text
        and gazetteer.country(word) is None
        and gazetteer.country_of_demonym(word) is None
        and gazetteer.city(word) is None
    )


def leaders_after_body_names(doc: Doc, named: list[Candidate]) -> Iterable[Candidate]:
    """ "the Union for Peace in Central Africa (UPC) of Ali Darassa": the man a body
    goes by (see ``is_leaders_name``), whatever kind the model gave him (the model's own
    "X of Y" spans are split by ``person_after_of``)."""
    texts = doc.texts
    by_start = {c.start: c for c in named}
    for body in named:
        if body.label != "ORG":
            continue
        k = body.end
        if k + 2 < len(doc) and texts[k] == "(" and texts[k + 2] == ")":
            k += 3  # "(UPC)"
        if k >= len(doc) or doc.lowers[k] != "of":
            continue
        name = by_start.get(k + 1)
        if name is not None and name.label != "PER" and is_leaders_name(doc, name.start, name.end):
            yield replace(name, label="PER", kind="Person", canonical=None, priority=name.priority + 1)


def bodies_named_without_their_town(doc: Doc, named: list[Candidate]) -> Iterable[Candidate]:
    """ "the Commune" for the "Paris Commune", "the Senate" for the "Vaasa Senate": a
    body named by a town and one word, later called by that word after "the" alone.
    Only where one such body ends in that word."""
    texts = doc.texts
    owners: dict[str, set[tuple[str, str]]] = {}  # last word -> (full name, kind)
    for c in named:
        if c.label != "ORG" or c.end - c.start != 2 or not texts[c.end - 1].isalpha() or not is_capitalised(doc[c.end - 1]):
            continue
        town = texts[c.start]
        if doc.lowers[c.end - 1] not in PLACE_WORDS and gazetteer.is_town_or_country(town):
            owners.setdefault(texts[c.end - 1], set()).add((c.canonical or f"{town} {texts[c.end - 1]}", c.kind))
    covered = {k for c in named for k in range(c.start, c.end)}
    for word, bodies in owners.items():
        if len(bodies) != 1:
            continue
        name, kind = next(iter(bodies))
        for i in doc.reading.by_text.get(word, ()):
            if i in covered or i == 0 or doc.lowers[i - 1] != "the" or i + 1 < len(doc) and doc.capitalised[i + 1]:
                continue
            yield Candidate(i, i + 1, "ORG", kind, name, 2)


KNOWN_AS = frozenset({"known", "nicknamed", "dubbed", "called"})


def places_by_rule(doc: Doc, named: list[Candidate]) -> set[str]:
    """One-word names a rule read as a place somewhere in the article (a dateline's
    region, "X, an island province of Y"), and no town list knows: a known town's name
    may be a man's too ("Hassan")."""
    return {
        doc.texts[c.start] for c in named
        if c.end - c.start == 1 and c.priority >= 2 and c.kind in {"Place", "Country"} and gazetteer.city(doc.texts[c.start]) is None
    }


OPENING_QUOTES = frozenset({'"', "“", "'", "‘"})
CLOSING_QUOTES = frozenset({'"', "”", "'", "’"})


def after_description(doc: Doc, k: int) -> int:
    """Where "known as" would stand after a short description opening at ``k`` ("a
    former police officer known as ..."): past the description's lower-case words when
    "known"/"nicknamed" follows them, else ``k`` itself."""
    if doc.lowers[k] not in {"a", "an", "the"}:
        return k
    for j in range(k + 1, min(len(doc), k + 7)):
        if doc.lowers[j] in KNOWN_AS:
            return j
        if not doc.texts[j].islower() or not (doc[j].is_alpha or doc.texts[j] == "-"):
            break
    return k


def person_aliases(doc: Doc, named: list[Candidate]) -> Iterable[Candidate]:
    """Names that are a person's found elsewhere in the article:

    * "Ode Ambo Kerr, widely known as Kerro": the alias is that person;
    * "Kerr" or "Ode" alone, where one person found has it as last or first name
      (the model calls a lone surname a place as often as a person).

    Priority 3 for the alias (it wins over the rules' reading of the same words), 2 for
    a lone word: these win over the model's single-word guesses."""
    people = [c for c in named if c.kind == "Person" and c.end - c.start >= 2]
    aliases: list[Candidate] = []
    for c in people:
        k = c.end
        if k + 3 < len(doc) and doc[k].text == "," and doc.lowers[k + 1] in NOBLE_TITLES and doc.lowers[k + 2] in SEAT_PARTICLES:
            # "Richard Talbot, Earl of Tyrconnell": the title and the seat alone are his
            seat_end = name_after(doc, k + 3, 3)
            if seat_end is not None and seat_end > k + 3:
                name = c.canonical or doc[c.start : c.end].text
                aliases.append(Candidate(k + 1, seat_end, "PER", "Person", name, 4))  # (over the title's own reading)
                seat = doc.texts[k + 3 : seat_end]
                for i in doc.reading.by_text.get(seat[0], ()):
                    if i >= seat_end and doc.texts[i : i + len(seat)] == seat:
                        aliases.append(Candidate(i, i + len(seat), "PER", "Person", name, 3))
        if k + 3 < len(doc) and doc[k].text == ",":
            k = after_description(doc, k + 1)  # "X, a former police officer known as Y"
            if doc[k].pos_ == "ADV" or doc[k].lower_.endswith("ly") or doc[k].lower_ in {"better", "also"}:
                k += 1  # "widely", "better", "also"
            if k + 2 < len(doc) and doc[k].lower_ in KNOWN_AS and doc[k + 1].lower_ == "as":
                start = k + 2
                if start + 1 < len(doc) and doc[start].text in OPENING_QUOTES:
                    start += 1  # known as "Y"
                start = strip_titles(doc, start, min(len(doc), start + 4))  # known as Colonel Y
                end = name_after(doc, start, 4)
                if end is not None and end > start and is_plain_name(doc, start, end):
                    name = c.canonical or doc[c.start : c.end].text
                    alias = doc.texts[start:end]
                    for i in doc.reading.by_text.get(alias[0], ()):  # here and wherever it recurs
                        if i < len(doc) - len(alias) + 1 and doc.texts[i : i + len(alias)] == alias:
                            aliases.append(Candidate(i, i + len(alias), "PER", "Person", name, 3))
    yield from aliases
    owners: dict[str, set[str]] = {}
    first_named: dict[str, int] = {}  # each full name -> where the article first gives it
    # a lone "Madobe" after "Ahmed Mohamed Islam, better known as Ahmed Madobe" is the
    # one person: a word of the alias stands for the full name it was given for
    full_name = {(a.start, a.end): a.canonical for a in aliases}
    covered = {k for c in named if c.end - c.start >= 2 for k in range(c.start, c.end)}
    for c in people + [a for a in aliases if a.end - a.start >= 2]:
        words = [t for t in doc[c.start : c.end] if t.is_alpha]
        if len(words) < 2 or words[-2].lower_ in ARTICLE_PARTICLES and names_something_else(doc, named, words[-1].text):
            continue  # "Abdul-Malik al-Houthi": a lone "Houthi" is the movement, not him (a lone "Maliki" is he)
        for word in (words[0].text, words[-1].text, *paternal_surname(doc, words, covered)):
            # (two letters will do for a name written so: "Li", "Wu", "Ng"; not "US", "al")
            if (len(word) > 2 or len(word) == 2 and word.istitle() and not doc.vocab[word.lower()].is_stop) and word.lower() not in NOT_NAME_WORDS:
                full = full_name.get((c.start, c.end)) or c.canonical or doc[c.start : c.end].text
                owners.setdefault(word, set()).add(full)
                first_named[full] = min(first_named.get(full, c.start), c.start)
    # a word a rule read as a place ("ELISABETHVILLE, Katanga -") is no surname, whatever
    # "person" the model made of a name ending in it
    placed = places_by_rule(doc, named)
    for i in doc.reading.where_text(owners):
        token = doc[i]
        names = owners.get(token.text)
        if names and token.i not in covered and gazetteer.country(token.text) is None and not is_article_particle(doc, token.i + 1) and token.text not in placed:
            # (not the first name of another "Ali al-Bukhaiti" beside "Ali Mohsen al-Ahmar")
            # a word of one name only: that person (by the full name when it came from an
            # alias); shared by several ("Charles Taylor", his son "Chuckie Taylor"), the
            # one named first, whom the story is about
            name = min(names, key=lambda n: (first_named[n], n))
            yield Candidate(token.i, token.i + 1, "PER", "Person", name if name != token.text else None, 2)


# Words that make the next name a father's, never a surname alone: "Sanda Ould Bouamama"
PATRONYMIC_WORDS = frozenset("ould ag ben bint abdel abd mac".split())


def paternal_surname(doc: Doc, words: list[Token], covered: set[int]) -> tuple[str, ...]:
    """ "Tejero" of "Antonio Tejero Molina": the middle word of a three-word name, when
    the story uses it alone (outside the ``covered`` words of longer names) and never the
    last word (a Spanish name's father's surname before the mother's; of "Ali Abdullah
    Saleh", called "Saleh", no lone "Abdullah")."""
    if len(words) != 3 or not is_capitalised_word(words[1].text) or words[1].lower_ in NOT_NAME_WORDS | PATRONYMIC_WORDS:
        return ()
    def used_alone(word: str) -> bool:
        return any(k not in covered for k in doc.reading.by_text.get(word, ()))
    return (words[1].text,) if used_alone(words[1].text) and not used_alone(words[2].text) else ()


# Words that describe armed men, no name when one of them stands alone ("Rebels
# drove them out", capitalised only as a sentence's first word)
FIGHTER_WORDS = frozenset(
    """rebel rebels militant militants insurgent insurgents jihadist jihadists separatist
    separatists fighters troops soldiers gunmen militiamen loyalists""".split()
)


# Nouns after a name that make it a body's or a people's: "Houthi fighters", "Zarbi units"
FOLLOWERS_NOUNS = FIGHTER_WORDS | frozenset("forces units militia militias supporters tribesmen movement group faction party".split())


def names_something_else(doc: Doc, named: list[Candidate], word: str) -> bool:
    """Whether the story uses a surname also for a people or a body: "the Houthis",
    "Houthi fighters", a name ("Ansar Allah") with the word in it."""
    if doc.reading.by_text.get(word + "s"):
        return True
    if any(k + 1 < len(doc) and doc[k + 1].lower_ in FOLLOWERS_NOUNS for k in doc.reading.by_text.get(word, ())):
        return True
    return any(c.kind != "Person" and c.end - c.start > 1 and word in doc.texts[c.start : c.end] for c in named)


ALSO_WORDS = frozenset({"also", "better", "widely", "locally", "commonly", "formerly"})


INITIALS_WORDS = frozenset("initials acronym abbreviation".split())
# Prepositions by which a name only places the noun before it ("the force in X")
PLACE_OF_A_NOUN = frozenset("in at from for".split())


# What a body calls itself by: "which calls itself X", "who call their movement X"
SELF_WORDS = (("itself",), ("themselves",), ("their", "movement"), ("its", "movement"), ("their", "group"))


def self_called_end(doc: Doc, k: int) -> int | None:
    """Where the words before a body's own name for itself end, from "who"/"which" at
    ``k`` ("who call their movement", "which calls itself"); None if they are not so."""
    if k + 3 >= len(doc) or doc.lowers[k] not in {"who", "which"} or doc.lowers[k + 1] not in {"call", "calls"}:
        return None
    for words in SELF_WORDS:
        if tuple(doc.lowers[k + 2 : k + 2 + len(words)]) == words:
            return k + 1 + len(words)
    return None


def is_acronym_set_off(doc: Doc, k: int) -> bool:
    """Whether "the XYZ," at ``k`` is an acronym set off by commas after a name, not one
    item of a list ("the ANC, the PAC and the IFP"; "the ANC, the PAC, and ..."): the word
    after the closing comma goes on with the sentence ("the Communist Party, the PKI, at
    Madiun")."""
    return (
        k + 3 < len(doc) and doc.lowers[k] == "the" and is_acronym(doc.texts[k + 1]) and doc.texts[k + 2] == ","
        and doc.texts[k + 3].islower() and doc.lowers[k + 3] not in {"and", "or", "the", "a", "an", "as"}
    )


def other_names(doc: Doc, named: list[Candidate]) -> Iterable[Candidate]:
    """Another name of a place or a body, given right after it: "Kobani, known in
    Arabic as Ain al-Arab", "X, also called Y", "X, known until 2016 as Y", "X,
    which Armenians call Y", "Burkan al-Firat, or Euphrates Volcano." The other name,
    here and wherever it recurs, is the first one.
    (People have their own rule, ``person_aliases``.)"""
    n = len(doc)
    for c in named:
        army = national_army_named(doc, c)
        if army is not None:
            # "the Congolese army, known as the FARDC": the army's other name
            c = Candidate(c.start, c.end + 1, "ORG", "ArmedGroup", army, c.priority)
        # "the rebel \u201cX\u201d, or Y": the comma may follow the quote closing the name
        comma = c.end + 1 if c.end < n and doc.texts[c.end] in CLOSING_QUOTES else c.end
        if c.kind == "Person" or not c.label or comma + 3 >= n or doc[comma].text != ",":
            continue
        if c.start >= 2 and doc.lowers[c.start - 1] in PLACE_OF_A_NOUN and doc[c.start - 2].pos_ == "NOUN":
            continue  # "the UN force in Kaldea, known as UNKAF": the force's name, not Kaldea's
        k = comma + 1
        if doc.lowers[k] in {"the", "a", "an"}:
            # "Stepanakert, the region's main city, which Baku calls Khankendi": past a
            # description set off before "which ... calls"
            closing = next((j for j in range(k + 1, min(n - 4, k + 11)) if doc.texts[j] == ","), None)
            if closing is not None and doc.lowers[closing + 1] == "which" and not any(
                doc[j].is_punct and doc.texts[j] not in {"-", "'s", "’s"} for j in range(k + 1, closing)
            ):
                k = closing + 1
        defined_initials = False
        called_by_others = False  # (a people's name for the place: the model's type for it says nothing)
        second: tuple[int, int] | None = None  # "... and the Estonians Vonnu": a third name
        # ("which the Latvians call": the people's word after "the")
        the = int(k + 2 < n and doc.lowers[k : k + 2] == ("which", "the"))
        if doc[k].lower_ == "or":
            end = name_after(doc, k + 1, 4)
            if end is None or end >= n or doc[end].text not in {",", "."} or doc[c.start - 1].text == ",":
                continue  # "A, B, or C" is a list, not two names of one thing
        elif doc[k].lower_ == "which" and doc.capitalised[k + 1 + the] and k + 4 + the < n and doc[k + 2 + the].lower_ in {"call", "calls"}:
            k += 2 + the  # "Kalden, which Doreans call Kaldun": the Doreans' name for it
            called_by_others = True
            end = name_after(doc, k + 1, 4)
            other = end + 1 + (end + 1 < n and doc.lowers[end + 1] == "the") if end is not None and end < n and doc.lowers[end] == "and" else None
            if other is not None and other + 1 < n and doc.capitalised[other] and doc.texts[other].endswith("s"):
                # "... call Cesis and the Estonians Vonnu": another people's name for it
                other_end = name_after(doc, other + 1, 4)
                second = (other + 1, other_end) if other_end is not None and other_end > other + 1 else None
        elif (self_called := self_called_end(doc, k)) is not None:
            k = self_called  # "the Houthis, who call their movement Ansar Allah", "which calls itself X"
            end = name_after(doc, k + 1, 4)
        elif is_acronym_set_off(doc, k) and c.kind in {"ArmedGroup", "Organization"}:
            end = k + 2  # "the Communist Party, the PKI, at Madiun": its acronym, set off by commas
        else:
            if doc[k].lower_ in ALSO_WORDS:
                k += 1
            if doc[k].lower_ not in KNOWN_AS:
                continue
            if doc[k].lower_ == "known":  # "known in Arabic as", "known to locals as"
                k += 1
                initials_at = next((j for j in range(k + 1, min(n - 1, k + 4)) if doc.lowers[j] in INITIALS_WORDS), None)
                if doc[k].lower_ == "by" and initials_at is not None and c.kind not in {"Country", "Place", "Facility"}:
                    k = initials_at  # "known by its French initials FARDC": the name after them
                    defined_initials = True
                else:
                    if k + 1 < n and doc[k].lower_ in {"in", "by", "to"}:
                        k += 2
                    elif k + 2 < n and doc[k].lower_ == "until" and doc[k + 2].lower_ == "as":
                        k += 2  # "known until July as": its name before
                    if k >= n or doc[k].lower_ != "as":
                        continue
            if k + 2 < n and doc[k + 1].lower_ == "the":
                k += 1  # "known as the FARDC"
            end = name_after(doc, k + 1, 4)  # "also called Y", "known as Y"
        if end is None or end < n and doc.texts[end] in {"'s", "’s"}:
            continue  # "X, called Sharif's deal a betrayal": a verb, no other name
        start = k + 1
        if gazetteer.country(" ".join(doc.texts[start:end])) is not None:
            continue
        name = c.canonical or doc[c.start : c.end].text
        label, kind = c.label, c.kind
        described = next((x for x in named if (x.start, x.end) == (start, end) and x.kind in {"ArmedGroup", "Organization"}), None)
        if described is not None and kind in {"Place", "Facility"} and not called_by_others:
            # "the Comando Vermelho, or Red Command, the city's largest drug faction": the
            # description after the other name says what both are
            label, kind = described.label, described.kind
            yield Candidate(c.start, c.end, label, kind, c.canonical, 3)
        for alias in [doc.texts[start:end]] + ([doc.texts[second[0] : second[1]]] if second is not None else []):
            for i in doc.reading.by_text.get(alias[0], ()):
                if i < n - len(alias) + 1 and doc.texts[i : i + len(alias)] == alias:
                    # (initials the story defines win over a gazetteer's reading of them: "ONUC")
                    yield Candidate(i, i + len(alias), label, kind, name, 4 if defined_initials else 3)


def names_known_for_a_place_noun(doc: Doc, named: list[Candidate]) -> Iterable[Candidate]:
    """ "landed on the reef, known in China as X": X is a place's other name (the model
    may take it for a man's); the place is the last one the story named with that noun
    ("Johnson South Reef"), when it named one, wherever X recurs."""
    n = len(doc)
    for k in doc.reading.where_lower(("known",)):
        noun = doc.lowers[k - 2] if k >= 3 else ""
        if noun not in PLACE_WORDS | FACILITY_WORDS or doc.texts[k - 1] != "," or doc.lowers[k - 3] != "the":
            continue
        j = k + 1
        if j + 1 < n and doc.lowers[j] in {"in", "to", "by"}:
            j += 2  # "known in China as", "known to locals as"
        if j >= n or doc.lowers[j] != "as":
            continue
        end = name_after(doc, j + 1, 4)
        if end is None or end < n and doc.texts[end] in {"'s", "’s"}:
            continue
        alias = doc.texts[j + 1 : end]
        kind = "Facility" if noun in FACILITY_WORDS else "Place"
        described = [c for c in named if c.end <= k - 3 and c.kind == kind and doc.lowers[c.end - 1] == noun]
        name = (described[-1].canonical or doc[described[-1].start : described[-1].end].text) if described else None
        for i in doc.reading.by_text.get(alias[0], ()):
            if i < n - len(alias) + 1 and doc.texts[i : i + len(alias)] == alias:
                yield Candidate(i, i + len(alias), "FAC" if kind == "Facility" else "LOC", kind, name, 3)


# "X, the Soviet-era name Moscow uses for the city", "X, the name Argentina gives the town"
NAME_FOR_THE_TOWN = re.compile(
    r"^, the (?:[\w-]+ )?name (?:[\w-]+ ){1,3}(?:gives|gave|uses|used) (?:for |to )?the (?:town|city|port|village)\b"
)


def names_given_to_the_town(doc: Doc, named: list[Candidate]) -> Iterable[Candidate]:
    """ "X, the Soviet-era name Moscow uses for the city": X is another name of the town
    the story is about: the town it names before X at least three times and twice as often
    as any other (never X itself, nor a capital: "LONDON -" datelines a story about Port
    Stanley)."""
    def place_name(c: Candidate) -> str:
        return c.canonical or doc[c.start : c.end].text

    places = [c for c in named if c.kind == "Place" and c.label == "GPE"]
    counts = Counter(place_name(c) for c in places)
    for c in places:
        if c.end >= len(doc) or doc.texts[c.end] != ",":
            continue
        if not NAME_FOR_THE_TOWN.match(doc.text[doc[c.end].idx : doc[c.end].idx + 80]):
            continue
        own = place_name(c)
        nearby = {
            place_name(p) for p in places
            if p.start < c.start and place_name(p) != own and gazetteer.capital_country(place_name(p)) is None
        }
        ranked = sorted(nearby, key=lambda name: (-counts[name], name))
        if not ranked or counts[ranked[0]] < 3 or len(ranked) > 1 and counts[ranked[0]] < 2 * counts[ranked[1]]:
            continue  # no one town the story is about
        town = ranked[0]
        alias = doc.texts[c.start : c.end]
        for i in doc.reading.by_text.get(alias[0], ()):
            if i <= len(doc) - len(alias) and doc.texts[i : i + len(alias)] == alias:
                yield Candidate(i, i + len(alias), c.label, "Place", town, 3)


def national_army_named(doc: Doc, c: Candidate) -> str | None:
    """ "the Congolese army": the national army's name as the relation rules give it
    ("<demonym> army"), when a country's demonym is followed by "army" or "military"."""
    if c.kind != "Country" or c.end >= len(doc) or doc[c.end].lower_ not in {"army", "military"}:
        return None
    country = gazetteer.country_of_demonym(doc[c.start : c.end].text)
    return gazetteer.national_army_name(country.name) if country is not None else None


# Lower-case particles inside a name the model cuts in two: "Mocímboa [da] Praia",
# "Staffan [de] Mistura", "Ursula [von der] Leyen".
INNER_PARTICLES = frozenset("da do dos das de del della di du des van von der den dia arap".split())


def across_inner_particles(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """A name's span widened over particles joining it to capitalised words on either
    side ("Mocímboa" -> "Mocímboa da Praia")."""
    n = len(doc)

    def name_word(k: int) -> bool:
        return doc.capitalised[k] and not doc[k].is_punct and not doc[k].is_stop and doc.lowers[k] not in TITLE_WORDS

    k = end
    while k < n and doc.lowers[k] in INNER_PARTICLES and doc.texts[k].islower():
        k += 1
    if end < k < n and name_word(k):
        end = k + 1
    k = start - 1
    while k >= 0 and doc.lowers[k] in INNER_PARTICLES and doc.texts[k].islower():
        k -= 1
    if 0 <= k < start - 1 and name_word(k):
        start = k
    return start, end


# First words of Arabic, Persian and Urdu names of armed movements ("supporters",
# "army", "front", "movement", "brigades", "soldiers", "party" ...): no person's name
# opens with them.
GROUP_NAME_OPENERS = frozenset(
    "Ansar Jaish Jaysh Jabhat Harakat Lashkar Kataib Katibat Liwa Jund Jamaat Tehrik Hizb Hezb Asaib Saraya Faylaq Ahrar Quwat Tanzim".split()
)
# And English or French ones: "Union Minière du Haut Katanga" is a company, whatever the
# model says (else "Katanga" alone becomes its surname)
BODY_NAME_OPENERS = frozenset(
    "Union Front Army Council Movement Party League Alliance Coalition Federation Committee Brigade Brigades".split()
)


def as_movement(c: Candidate, doc: Doc) -> Candidate:
    """ "Ansar al-Sunna", "Kataib Hezbollah", "Union Minière", taken for a person's name: a body's;
    so is "Ahrar al-Sham" taken for a place (the Levant in it is no town)."""
    opener = doc.texts[c.start] if c.end - c.start > 1 else ""
    misread_place = c.label in {"GPE", "LOC"} and opener in GROUP_NAME_OPENERS and gazetteer.city(doc[c.start : c.end].text) is None
    if c.label == "PER" and opener in GROUP_NAME_OPENERS | BODY_NAME_OPENERS or misread_place:  # (not "Lashkar Gah", a town)
        return replace(c, label="ORG", kind=gazetteer.organization_kind(doc[c.start : c.end].text), canonical=None)
    if c.label == "PER" and opener in PLACE_PREFIXES:
        return replace(c, label="LOC", kind="Place", canonical=None)  # "Jabal Amman", "Mount Elgon": no man's name
    if c.kind == "Government" and is_called_rebel(doc, c.start):
        # the rebel "Revolutionary Government of ...": the insurgents, whom "the rebels" name
        # later, not the state's government
        return replace(c, kind="ArmedGroup")
    return c


# "the rebel X", "the insurgent X": a body the story names as the side in revolt
REBEL_ADJECTIVES = frozenset({"rebel", "insurgent"})


def is_called_rebel(doc: Doc, start: int) -> bool:
    before = start - 1 if start > 0 and doc.texts[start - 1] in OPENING_QUOTES else start
    return before > 0 and doc.lowers[before - 1] in REBEL_ADJECTIVES


def is_stance_prefix(doc: Doc, k: int) -> bool:
    """ "anti-" or "pro-" written onto the name after it: "the anti-Treaty IRA" is a
    faction's name, not the IRA."""
    return doc.lowers[k] in {"anti", "pro"} and k + 2 < len(doc) and doc.texts[k + 1] == "-" and not doc[k].whitespace_ and doc.capitalised[k + 2]


def end_before_owning_country(doc: Doc, start: int, end: int) -> int:
    """ "the [Quds Force] of Iran's Revolutionary Guards": a name the model ran on
    through "of" into a country that owns the next name ends before the "of" (the
    country is the next name's owner, not part of this one)."""
    if end >= len(doc) - 1 or doc.texts[end] not in {"'s", "’s"} or not doc.capitalised[end + 1]:
        return end
    country = country_after_of(doc, start, end)
    return end if country is None else country - 1 - (doc.lowers[country - 1] == "the")


def is_place_opening_word(doc: Doc, k: int) -> bool:
    """ "An" of "An Loc", "In" of "In Amenas": the word capitalised inside a sentence,
    after a lower-case word or a comma (not in a headline's capitalised run of words)."""
    return (
        doc.texts[k] in NAME_OPENING_FUNCTION_WORDS and k > 0 and not is_sentence_start(doc[k])
        and (doc.texts[k - 1].islower() or doc.texts[k - 1] == ",") and k + 1 < len(doc) and is_capitalised(doc[k + 1])
    )


def statistical_candidates(doc: Doc) -> Iterable[Candidate]:
    model_names = {ent.text for ent in doc.ents}
    for ent in doc.ents:
        label = LABEL_MAP.get(ent.label_)
        if label is None:
            continue
        start, end = ent.start, ent.end
        while start < end and doc[start].lower_ in {"the", "a", "an"} and not is_place_opening_word(doc, start):
            start += 1
        line_break = next((t.i for t in doc[start:end] if "\n" in t.text), None)
        if line_break is not None:  # the model ran a name across a headline's end
            end = line_break
        possessive = next(
            (t.i for t in doc[start:end] if t.text in {"'s", "’s"} and not is_collective_possessive(doc, t.i)), None
        )
        if possessive is not None:
            end = possessive  # "X's forces" is X plus a noun the relation rules read
        if end - start > 0 and doc[end - 1].text in {"'", "’"}:
            end -= 1
        end = first_lowercase_break(doc, start, end)
        while end < len(doc) and end - start < 4 and f"{doc[start:end].text} {doc.texts[end]}" in model_names and is_capitalised(doc[end]):
            end += 1  # "[Musa] Qala" where the model reads "Musa Qala" elsewhere
        while start < end and doc[start].is_alpha and doc[start].text.islower() and doc[start].lower_ not in ARTICLE_PARTICLES and not (
            is_stance_prefix(doc, start) and start + 2 < end
        ):
            start += 1  # "overthrew Lt. Col.": the model swept in the verb before a title (not the "anti-" of "the anti-Treaty IRA")
        if start < end and all(doc[k].lower_.rstrip(".") in TITLE_WORDS or doc[k].is_punct for k in range(start, end)):
            continue  # titles whose name the model left out
        if label in {"GPE", "LOC"} and start > 0 and doc.texts[start - 1] == "New" and not is_sentence_start(doc[start - 1]):
            start -= 1  # "New England", "New Guinea", "New France": another land than England, Guinea, France
        if label in {"GPE", "LOC"} and start > 0 and is_place_opening_word(doc, start - 1):
            start -= 1  # "the provincial capital of [An] Loc", "near [In] Amenas"
        if label == "PER" and end - start <= 2 and start > 0 and doc[start - 1].lower_ == "the" and not any(
            doc[k].lower_.rstrip(".") in TITLE_WORDS for k in range(start, end)
        ):
            label = "LOC"  # "across the Sahel", "the Vanni", "the Akal Takht": no one's name follows "the"
        if label == "PER" and end - start >= 2 and doc.texts[start] in NAME_OPENING_ARTICLES and not (start > 0 and doc[start - 1].is_quote):
            label = "LOC"  # "El Amatillo", "La Paz": a name opening on an article is a place's (not a nickname: '"El Chapo"')
        if (
            label in {"ORG", "PER"} and start > 0 and doc.lowers[start - 1] == "in" and is_sentence_start(doc[start - 1])
            and end < len(doc) and doc.texts[end] == "," and doc.lowers[end - 1] not in ORG_WORDS
        ):
            label = "LOC"  # "In Sinai, the army ...": a sentence opening on where it happens
        if label == "PER":
            start = strip_titles(doc, start, end)
            # the NER often drops a leading given name: "by Mohamed [Hamdan Dagalo]"
            while start > 0 and doc[start - 1].is_alpha and doc[start - 1].text[:1].isupper() and not (
                is_sentence_start(doc[start - 1]) or doc[start - 1].is_stop
                or doc[start - 1].lower_ in TITLE_WORDS or doc[start - 1].lower_ in CALENDAR_WORDS
                or doc[start - 1].ent_type_ not in {"", "PERSON", "PER"}
            ):
                start -= 1
            if end - start == 1 and start > 0 and doc.lowers[start - 1] in PEERAGE_TITLES and doc.capitalised[start - 1]:
                start -= 1  # "Lord [Carrington]": the title and the one name are how a peer is called
            if end - start >= 3 and start > 0 and doc.lowers[start - 1] == "the" and not any(doc.lowers[k].rstrip(".") in TITLE_WORDS for k in range(start, end)):
                label = "ORG"  # "the Janatha Vimukthi Peramuna": three words after "the" name a body
        if label in {"PER", "ORG"}:
            # ... and a last name: "[José Alfredo] Saavedra took over" (which the model
            # may read as a second man's name), "the [Isthmus Governance] Monitor in X"
            while end < len(doc) and end - start < 4 and (
                is_trailing_name_word(doc, end) or label == "PER" and doc[end].ent_iob_ == "B" and doc[end].ent_type_ in {"PER", "PERSON"}
                and (end + 1 >= len(doc) or doc[end + 1].ent_iob_ != "I") and doc[end - 1].whitespace_ != ""
            ):
                end += 1
        while is_article_particle(doc, end):
            end += 3  # the model often stops before "al-": "Mohammed Ghazi [al-Jalali]", "[Ahrar] al-Sham"
        while label == "PER" and end + 1 < len(doc) and doc.lowers[end] in PATRONYMIC_PARTICLES and doc.capitalised[end + 1]:
            end += 2  # ... and before "ibn": "[Zubair] ibn Abdurahim" (one man's name)
        while (joined := romance_particle_length(doc, end)) > 0:
            end += joined + 1  # ... and before "de los": "[Cueva] de los Tayos"
        while is_hyphened_particle(doc, end):
            end += 4  # "[Junbish]-i-Milli"
        while start >= 4 and is_hyphened_particle(doc, start - 3) and doc.capitalised[start - 4]:
            start -= 4  # "Hezb-e-[Islami]"
        start, end = across_inner_particles(doc, start, end)
        if start >= end:
            continue
        leader = person_after_of(doc, start, end) if label == "ORG" else None
        if leader is not None:
            # "the Sudan Liberation Movement of Minni Minawi": the group, and its leader
            yield Candidate(start, leader - 1, "ORG", gazetteer.organization_kind(doc[start : leader - 1].text), None, 1)
            yield Candidate(leader, end, "PER", "Person", None, 1)
            continue
        refined = classify_chunk(doc, start, end)
        if refined is None and end - start >= 3:
            parts = conjoined_parts(doc, start, end)
            if parts:
                # "Minawi and Ibrahim announced": two names the model ran into one; each part
                # gets a low priority so the article's majority label for it wins.
                yield from (Candidate(a, b, label, default_kind(doc[a:b].text, label), None, 0) for a, b in parts)
                continue
        if label == "PER" and end - start == 1 and gazetteer.capital_country(doc[start].text):
            refined = Candidate(start, end, "GPE", "Place", None, 1)  # "Tehran denied ..."
        elif label == "PER" and refined is not None and refined.label == "GPE" and refined.priority < 3:
            # a person whose name is also some town's ("Hassan", "Adam"): the model's
            # reading of the sentence is better evidence than the town list
            refined = None
        if refined is not None and (refined.priority >= 3 or label in {"ORG", "GPE", "LOC", "PER"} and refined.label == "GPE" or label in {"ORG", "GPE", "LOC"}):
            yield Candidate(refined.start, refined.end, refined.label, refined.kind, refined.canonical, 1)
            continue
        yield Candidate(start, end, label, default_kind(doc[start:end].text, label), None, 1)


def run_on_names_split(candidates: list[Candidate], doc: Doc) -> list[Candidate]:
    """Names run on into the next one, split: "Alfred Booker of Hamilton" (a man and his
    town), "the Queen's Own Rifles of Toronto and Booker['s own battalion]" (a body, and a
    second owner no part of its name)."""
    found: list[Candidate] = []
    for c in candidates:
        home = hometown_after_of(doc, c.start, c.end) if c.label == "PER" else None
        joined_owner = owner_joined_by_and(doc, c.start, c.end) if c.label == "ORG" and c.canonical is None else None
        the_at = place_run_on_by_the(doc, c) if home is None and joined_owner is None else None
        if the_at is not None:
            found += [Candidate(c.start, the_at, "GPE", "Place", None, c.priority), replace(c, start=the_at + 1)]
        elif home is not None:
            # ("President X of Uganda": the country, a Country)
            kind = "Country" if gazetteer.country(doc[home : c.end].text) is not None else "Place"
            found += [replace(c, end=home - 1), Candidate(home, c.end, "GPE", kind, None, c.priority)]
        elif joined_owner is not None:
            found.append(replace(c, end=joined_owner))
        else:
            found.append(c)
    return found


# Words before a place that opens a clause: "In Asturias the Workers' Alliance ..."
LOCATIVE_OPENERS = frozenset("in at across near around".split())


def place_run_on_by_the(doc: Doc, c: Candidate) -> int | None:
    """Where "the" stands in a name that runs a place on into a body ("In
    Asturias the Workers' Alliance, a pact of ..."): a name after "in", "at", ... whose
    capitalised words before a lower-case "the" hold no head word; None otherwise ("Army
    of the Republic" has a lower-case word before "the"; a person's epithet, "Ivan the
    Terrible", is left alone)."""
    if c.label == "PER" or c.start == 0 or doc.lowers[c.start - 1] not in LOCATIVE_OPENERS:
        return None
    for k in range(c.start + 1, c.end - 1):
        if doc.texts[k] == "the":
            before = range(c.start, k)
            if all(doc.capitalised[j] and doc.lowers[j] not in HEAD_WORDS for j in before) and doc.capitalised[k + 1]:
                return k
            return None
    return None


def hometown_after_of(doc: Doc, start: int, end: int) -> int | None:
    """Where the town starts in a person's name the model ran on through "of" into a
    town the gazetteer knows ("Alfred Booker of Hamilton"); None for a peer's title
    ("the Duke of Schomberg") or no town."""
    for k in range(start + 2, end - 1):
        if doc.lowers[k] != "of":
            continue
        if any(doc.lowers[j] in NOBLE_TITLES | PEERAGE_TITLES for j in range(start, k)):
            return None
        town = doc[k + 1 : end].text
        return k + 1 if gazetteer.is_town_or_country(town) else None
    return None


def owner_joined_by_and(doc: Doc, start: int, end: int) -> int | None:
    """The end of the first name in "A and B" run together by the model when B owns what
    follows ("A and Booker['s own battalion]"): the index of "and"; None otherwise."""
    if end >= len(doc) or doc.texts[end] not in {"'s", "’s"}:
        return None
    for k in range(end - 1, max(start, end - 3), -1):
        if doc.lowers[k] == "and":
            return k if k > start and all(doc.capitalised[j] for j in range(k + 1, end)) else None
    return None


MIDDLE_INITIAL = re.compile(r"^[A-Z]\.$")


def is_initialled_name(doc: Doc, start: int, end: int) -> bool:
    """ "Leandro N. Alem", "Henry L. Stimson": two capitalised words with a middle
    initial between them are a person's name, whatever the model guessed (a place's
    short form opens its name: "N. Korea"; three words only: "President Lyndon B.
    Johnson" keeps its title apart)."""
    if end - start != 3 or not all(doc.capitalised[k] for k in range(start, end)):
        return False
    return bool(MIDDLE_INITIAL.match(doc.texts[start + 1])) and not MIDDLE_INITIAL.match(doc.texts[end - 1])


def is_trailing_name_word(doc: Doc, k: int) -> bool:
    """A capitalised word the model left off the end of a name: a proper noun of no
    entity of its own, no title, date, body word or people's word, followed by no
    other capitalised word."""
    token = doc[k]
    return (
        token.is_alpha and token.text[:1].isupper() and token.pos_ in {"PROPN", "NOUN", "VERB"} and not is_sentence_start(token)
        and token.sent.start > 0  # (a headline's words are all capitalised)
        and not token.is_stop and token.ent_type_ == "" and token.lower_ not in TITLE_WORDS | CALENDAR_WORDS | HEAD_WORDS | ORG_WORDS
        and gazetteer.country(token.text) is None and gazetteer.country_of_demonym(token.text) is None
        and not (k + 1 < len(doc) and doc.capitalised[k + 1])
    )


# Words of a group's name after "of" that make it no person: "Army of National Liberation".
NAME_IDEA_WORDS = frozenset(
    """national liberation unity salvation accord people peoples democratic islamic popular
    revolutionary free justice equality union independence resistance defence defense
    change progress hope reform freedom sovereignty islam god martyrs youth workers
    republic state states nation affairs studies relations research policy strategy security
    science sciences arts letters technology medicine law history economics""".split()
)


def country_after_of(doc: Doc, start: int, end: int) -> int | None:
    """Where a country's name starts in "<First Last> of <Country>", else None."""
    ofs = [k for k in range(start + 1, end - 1) if doc.lowers[k] == "of"]
    if len(ofs) != 1:
        return None
    after = ofs[0] + 1 + (doc.lowers[ofs[0] + 1] == "the")
    return after if after < end and gazetteer.country(doc[after:end].text) is not None else None


def person_after_of(doc: Doc, start: int, end: int) -> int | None:
    """Where a person's name starts in "<Group> of <First Last>", else None."""
    ofs = [k for k in range(start + 1, end - 1) if doc[k].lower_ == "of"]
    # ("the Patriotic Union of Kurdistan of Jalal Talabani": after a name closed by its own "of X")
    if not ofs or len(ofs) > 2 or doc[ofs[0] - 1].lower_ not in ORG_WORDS or len(ofs) == 2 and ofs[1] - ofs[0] != 2:
        return None
    return ofs[-1] + 1 if is_leaders_name(doc, ofs[-1] + 1, end) else None


def is_leaders_name(doc: Doc, start: int, end: int) -> bool:
    """Whether the words after "of" closing a body's name may be the man it goes by:
    two or three plain capitalised words, none a body's head, a place's word or a
    bearing ("Army of Mali", "Council of Bamako", "Front of Southern Sudan" are not)."""
    name = doc[start:end]
    if not 2 <= len(name) <= 3 or not all(t.is_alpha and t.is_title for t in name):
        return False
    if any(t.lower_ in NAME_IDEA_WORDS or t.lower_ in HEAD_WORDS or t.lower_ in COMPASS_WORDS for t in name):
        return False
    return not (gazetteer.country(name.text) or gazetteer.city(name.text) or any(gazetteer.country_of_demonym(t.text) for t in name))


def conjoined_parts(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """ "Minawi and Ibrahim" -> its two names; [] unless every part around "and"/"&"
    is capitalised (a name with "and" inside, "Justice and Equality Movement", is
    typed by its head word before this is asked)."""
    splits = [k for k in range(start + 1, end - 1) if doc[k].lower_ in {"and", "&"}]
    if not splits:
        return []
    bounds = [start - 1, *splits, end]
    parts = [(a + 1, b) for a, b in zip(bounds, bounds[1:])]
    if all(b > a and is_capitalised(doc[a]) and is_capitalised(doc[b - 1]) for a, b in parts):
        return parts
    return []


def first_lowercase_break(doc: Doc, start: int, end: int) -> int:
    """End a statistical span before trailing lower-case words the model swept in
    ("Houthis for nearly a decade" -> "Houthis"); "al-", "of the" inside names stay."""
    for k in range(start + 1, end):
        token = doc[k]
        if not token.is_alpha or not token.text.islower():
            continue
        following = doc[k + 1] if k + 1 < end else None
        if token.lower_ in NAME_CONNECTORS and following is not None and (
            is_capitalised(following) or following.text == "-" or following.lower_ in NAME_CONNECTORS
        ):
            continue
        if token.lower_ in SUFFIX_HEADS and k == end - 1:
            continue  # "Esbea district", "al-Watiya airbase"
        if token.lower_ in STANCE_GROUP_HEADS and k == end - 1 and is_stance_prefix(doc, start):
            continue  # "the anti-Taliban alliance": named by what it is against
        return k
    return end


# Heads of a side named by what it stands against or for: "the anti-Taliban alliance"
STANCE_GROUP_HEADS = frozenset("alliance coalition front movement forces militia militias side".split())


def plural_group_candidates(doc: Doc) -> Iterable[Candidate]:
    """ "the Houthis", "the Americans": a capitalised plural after "the".

    A plural demonym is the country (NORP); any other is taken as a group whose
    singular ("Houthi positions") names it too.
    """
    groups: dict[str, str] = {}
    for i in doc.reading.by_lower.get("the", ()):
        if i + 1 >= len(doc):
            continue
        token = doc[i + 1]  # the word after "the"
        if not token.text[:1].isupper():
            continue
        if not (token.is_alpha and token.text.endswith("s") and len(token.text) > 3):
            continue
        if token.i + 1 < len(doc) and is_capitalised(doc[token.i + 1]):
            continue  # part of a longer name
        singular = token.text[:-1]
        country = gazetteer.country_of_demonym(singular) or gazetteer.country_of_demonym(token.text[:-2] if token.text.endswith("es") else singular)
        if country is not None:
            yield Candidate(token.i, token.i + 1, "NORP", "Country", country.name, 2)
        elif gazetteer.country(token.text) is None and token.lower_ not in ORG_OR_PLACE_WORDS:
            groups[singular] = token.text
            yield Candidate(token.i, token.i + 1, "ORG", "Organization", None, 1)
    for i in doc.reading.where_text(groups):
        token = doc[i]
        if not is_sentence_start(token):
            yield Candidate(token.i, token.i + 1, "ORG", "Organization", groups[token.text], 1)


# Plural group nouns after a list of names: "the Murad and Abida tribes" are two groups.
SHARED_HEAD_NOUNS = {
    "tribes": "tribe", "clans": "clan", "militias": "militia", "brigades": "Brigade",
    "divisions": "Division", "factions": "faction", "movements": "movement",
}


def shared_head_groups(doc: Doc) -> Iterable[Candidate]:
    """ "the Murad and Abida tribes": each name with the singular of the noun they
    share ("Murad tribe", "Abida tribe"), one armed group each."""
    for i in doc.reading.where_text(SHARED_HEAD_NOUNS):
        singular = SHARED_HEAD_NOUNS[doc[i].lower_]
        names: list[int] = []
        k = i - 1
        while k >= 1 and is_capitalised(doc[k]) and doc[k].is_alpha and not is_sentence_start(doc[k]):
            names.append(k)
            if doc[k - 1].lower_ not in {"and", ","}:
                break
            k -= 2
        if len(names) < 2 or any(gazetteer.country(doc[k].text) or gazetteer.country_of_demonym(doc[k].text) for k in names):
            continue  # "the Russian and Turkish militaries" are states' forces
        for k in names:
            end = i + 1 if k == i - 1 else k + 1  # the last name carries the noun
            yield Candidate(k, end, "ORG", "ArmedGroup", f"{doc[k].text} {singular}", 2)


# Plural unit nouns that numbered units share: "the 34th and 19th Infantry Regiments"
SHARED_UNIT_HEADS = {"Regiments": "Regiment", "Brigades": "Brigade", "Divisions": "Division", "Battalions": "Battalion"}


def shared_head_units(doc: Doc) -> Iterable[Candidate]:
    """ "the division's 34th and 19th Infantry Regiments": one unit per number, each
    named with the words and the singular noun they share ("34th Infantry Regiment")."""
    for i in doc.reading.where_text(SHARED_UNIT_HEADS):
        k = i - 1
        while k > 0 and is_capitalised(doc[k]) and doc[k].is_alpha and i - k <= 3:
            k -= 1  # back over "Infantry", "Armoured"
        if not ORDINAL.match(doc[k].text):
            continue
        shared = " ".join(doc.texts[k + 1 : i] + (SHARED_UNIT_HEADS[doc.texts[i]],))
        numbers = [k]
        j = k - 1
        while j >= 1 and doc.lowers[j] in {"and", ","} and ORDINAL.match(doc[j - 1].text):
            numbers.append(j - 1)
            j -= 2
        if len(numbers) < 2:
            continue
        for n in numbers:
            end = i + 1 if n == k else n + 1  # the last number carries the shared words
            yield Candidate(n, end, "ORG", "ArmedGroup", f"{doc.texts[n]} {shared}", 3)


def default_kind(text: str, label: str) -> str:
    if label == "PER":
        return "Person"
    if gazetteer.seat_of_power_country(text) is not None:
        return "Government"  # "the Kremlin", "the White House": the state's government, however the model labels it
    if label == "ORG":
        return gazetteer.organization_kind(text)
    if label == "FAC":
        return "Facility"
    if label in {"GPE", "NORP"}:
        return "Country" if gazetteer.country(text) else "Place"
    return "Place"


def country_name(text: str) -> str | None:
    """The gazetteer's name of a country the model found under another ("U.S."), None
    when the text is that name."""
    country = gazetteer.country(text)
    return country.name if country is not None and country.name != text else None


def rule_candidates(doc: Doc) -> list[Candidate]:
    found: list[Candidate] = []
    for start, end in name_chunks(doc):
        found.extend(classify_parts(doc, start, end))
    for rule in (
        lowercase_suffix_spans, lowercase_mission_names, plural_group_candidates, led_coalition_candidates,
        bracketed_inside_names, names_before_their_initials, named_settlements, bare_acronyms,
        missions_in_places, byline_names, dateline_regions, dateline_towns, appositive_names, role_names, taken_places, passive_ground, names_loyal_to, bodies_led_by, particle_groups, numbered_heights, numbered_units, lettered_units, general_staffs,
        shared_head_groups, shared_head_units, names_before_group_nouns, names_before_unit_nouns, called_names, names_after_group_nouns, names_after_plural_group_nouns, warship_names, speakers_of_bodies, persons_listed_after_men,
        izafe_body_names, national_marines, national_service_branches, one_word_state_forces, country_ministries, side_armies, names_with_ag,
        names_with_honorifics, states_named_by_form, franchise_names, rulers_of_governments, rulers_owning_governments,
        seas_named_alone, joined_council_names,
    ):
        found.extend(rule(doc))
    return found


# Nouns that say a neighbouring name is a person: "X, a researcher at ...",
# "the group's spokesman, X", "spokeswoman X". ("member" is left out: countries
# are members too.)
ROLE_NOUNS = frozenset(
    """spokesman spokeswoman spokesperson minister commander chief leader adviser advisor
    diplomat delegate envoy analyst researcher expert fellow director chairman chairwoman
    president premier governor mayor deputy officer general colonel captain lieutenant
    brigadier secretary founder backer ambassador negotiator journalist reporter
    correspondent teacher doctor nurse farmer student trader activist lawyer professor
    lecturer cleric imam emir sheikh king queen prince monarch ruler strongman warlord
    coordinator administrator representative lawmaker senator politician mediator
    economist historian scholar head businessman businesswoman tycoon magnate commandant schoolmaster
    commissioner inspector superintendent sergeant constable""".split()
)
PLACE_NOUNS = PLACE_WORDS | frozenset("capital port stronghold enclave hub favela slum township shantytown hamlet settlement municipality".split())
DETERMINERS = frozenset("a an the its his her their our another".split())  # ("X, another Volunteer commandant,")
# Words that end an appositive noun phrase even without a tagger.
CLAUSE_BREAKS = frozenset("who which that whose in at of for from with on by near to".split())


# Nouns of a news outlet: alone ("the party's newspaper"), or after a word saying
# which kind ("television station", "news agency", "the rebel station"; not "police station")
MEDIA_NOUNS = frozenset("broadcaster newspaper mouthpiece".split())
MEDIA_HEADS = frozenset("station channel agency".split())
MEDIA_KIND_WORDS = frozenset("television radio tv news rebel satellite".split())


def is_media_head(doc: Doc, k: int) -> bool:
    """Whether the word at ``k`` heads a news outlet's description."""
    word = doc.lowers[k]
    return word in MEDIA_NOUNS or word in MEDIA_HEADS and k > 0 and doc.lowers[k - 1] in MEDIA_KIND_WORDS


def appositive_kind(noun: str) -> tuple[str, str] | None:
    """(label, kind) an appositive's head noun gives the name beside it."""
    if noun in ROLE_NOUNS:
        return "PER", "Person"
    if noun in FACILITY_WORDS:
        return "FAC", "Facility"
    if noun in PLACE_NOUNS:
        return "GPE", "Place"
    if noun in gazetteer.ARMED_GROUP_WORDS or noun in GANG_NOUNS or noun in APPOSED_FORCE_NOUNS:
        return "ORG", "ArmedGroup"
    if noun in GROUP_NOUNS:
        return "ORG", "Organization"
    if noun == "operation":
        return "ORG", "ArmedGroup"  # "X, the government's military operation against Y"
    if noun in RULING_BODY_NOUNS:
        return "ORG", "Government"  # "the Derg, the ruling military council"
    return None


# Appositive heads for a part of an army, never names' own words ("the Federal Reserve"):
# "X, the army's strategic reserve", "X, the contingent of the Y Defence Force"
APPOSED_FORCE_NOUNS = frozenset("reserve contingent detachment garrison".split())
# Appositive heads that make a name a ruling body: "X, the military junta", "X, the
# ruling council" (a council or committee only with a ruling word before it)
RULING_BODY_NOUNS = frozenset("junta regime".split())
RULING_WORDS = frozenset("ruling military revolutionary governing provisional".split())
RULING_COUNCIL_NOUNS = frozenset("council committee".split())


# Words that make a group noun an armed one: "the rebel movement", "a jihadist faction".
ARMED_MODIFIERS = frozenset("rebel armed guerrilla insurgent jihadist militant separatist paramilitary gang drug criminal".split())
# Appositive heads for an armed gang: "X, the city's largest gang" (not words of a name's
# own: "the Gang of Four")
GANG_NOUNS = frozenset("gang syndicate".split())
# "X, an al-Qaeda affiliate", "X, the Kurdish-led group", "X, the gang alliance": an organisation.
GROUP_NOUNS = frozenset("affiliate group faction movement branch wing offshoot organisation organization party alliance coalition bloc".split())
# Lower-case nouns after a name that make it a group: "al-Zorba fighters" (not
# relations.MEMBER_NOUNS, the roles that make a person a member).
GROUP_MARKER_NOUNS = frozenset(
    "fighters militants gunmen insurgents positions checkpoints commanders stronghold strongholds "
    "units militiamen loyalists".split()
)
# Lower-case nouns after a name that make it a place: "the Kassara area", "the X and Y
# neighbourhoods", "North Darfur state"; a camp is a facility ("the Zamzam camp").
PLACE_HEADS = frozenset(
    "area areas district districts neighbourhood neighbourhoods neighborhood neighborhoods "
    "region province governorate county valley suburb suburbs".split()
)
# Kinds a following noun may overrule: the model's guesses, never a gazetteer's answer.
RETYPABLE_KINDS = frozenset({"Person", "Organization", "Place"})


def is_guessed_international(text: str, kind: str) -> bool:
    """An international body only by its shape ("UN" and capitals: "UNITA rebels" are
    rebels), no body the gazetteer lists."""
    return kind == "InternationalOrganization" and gazetteer.international_organization(text) is None and gazetteer.international_prefix(text) is None


# The words for one who speaks for a body (the relation rules read them too)
SPOKESPERSON_WORDS = frozenset("spokesman spokeswoman spokesperson".split())


def next_noun_kind(doc: Doc, end: int) -> tuple[str, str] | None:
    """(label, kind) the lower-case head noun right after a name gives it: "HTS
    positions", "the Islamic State group", "the Kassara area". Only a head counts:
    "the Kassara area council" is a council."""
    if end >= len(doc) or not doc[end].text.islower():
        return None
    after = doc[end + 1] if end + 1 < len(doc) else None
    if after is not None and after.text.islower() and after.pos_ in {"NOUN", "PROPN"}:
        return None
    noun = doc[end].lower_
    if noun in GROUP_MARKER_NOUNS or noun in NAMED_UNIT_NOUNS:
        return "ORG", "ArmedGroup"  # ("paratroopers of the RPKAD regiment")
    if noun in {"group", "movement", "militia", "coalition", "alliance", "rebels", "rebel"}:
        return "ORG", "Organization" if noun in {"group", "movement"} else "ArmedGroup"
    if noun in PLACE_HEADS:
        return "LOC", "Place"
    if noun == "camp":
        return "FAC", "Facility"
    if noun in SPOKESPERSON_WORDS:
        return "ORG", "Organization"  # ("a Hamas spokesman": a body speaks; "Hamas" is also an old name of Hamm)
    return None


# A people's word, for a name the model typed an organisation: "Ossetian", "Sudanese",
# "Abkhaz", "Chechen", "Karen", but not "-i" or "-an" ("Ras Kamboni", "Houthi", "Taliban"
# name groups of their own)
PEOPLE_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:ian|ese|ish|ic|az|en)$")


# Lower-case nouns that make a country's name a river's or its land: "the Niger delta"
WATER_PLACE_NOUNS = frozenset("delta river basin".split())


# "the post taken from Fretilin": whom ground is taken from is a side, no place
TAKEN_WORDS = frozenset("taken took seized captured recaptured retaken retook wrested won seize capture take".split())


def is_named_as_place(doc: Doc, word: str) -> bool:
    """Whether the story puts a locative preposition before the word somewhere ("in
    Darfur", "from Darfur"): a place's name, whatever noun follows it elsewhere."""
    return any(
        j > 0 and doc.lowers[j - 1] in LOCATIVE_PREPOSITIONS and not (j > 1 and doc.lowers[j - 1] == "from" and doc.lowers[j - 2] in TAKEN_WORDS)
        for j in doc.reading.by_text.get(word, ())
    )


def typed_by_next_noun(doc: Doc, named: list[Candidate]) -> Iterable[Candidate]:
    """Names the model mistyped, retyped by the noun after them; in "the A and B
    neighbourhoods" the noun types both names. Gazetteer answers (countries, known
    cities) and rule-typed names keep their type."""
    by_start = {c.start: c for c in named}
    countries_named = countries_of(doc, named)
    placed = places_by_rule(doc, named)
    for c in named:
        if c.kind == "Country" and c.end < len(doc) and doc.lowers[c.end] in WATER_PLACE_NOUNS:
            yield Candidate(c.start, c.end + 1, "LOC", "Place", None, 4)  # "the Niger delta": no country
            continue
        if c.priority > 2 or c.canonical is not None:
            continue
        town = gazetteer.city(doc[c.start : c.end].text) if c.kind == "Place" else None
        if town is not None and town.country_code in countries_named:
            continue  # "Misrata fighters" in a story about Libya: the town's men
        if c.priority <= 1 and c.end - c.start == 1 and doc.texts[c.start] in placed:
            continue  # "Bougainville rebels" where a rule read the island as a place: its men
        if c.end - c.start == 1 and is_named_as_place(doc, doc.texts[c.start]):
            continue  # "Darfur rebels" in a story that says "rebels from Darfur": the region's men
        # (a town of a country the story never names is a coincidence of spelling:
        # "Fano fighters" in Ethiopia are no Italians)
        end = c.end
        partner = by_start.get(end + 1) if end < len(doc) and doc[end].lower_ == "and" else None
        typed = next_noun_kind(doc, partner.end if partner is not None else end)
        if typed is None or typed != (c.label, c.kind) and c.kind not in RETYPABLE_KINDS and not is_guessed_international(doc[c.start : c.end].text, c.kind):
            continue  # (a type the noun confirms is voted again below: "the Renamo rebels")
        if c.start > 0 and doc.lowers[c.start - 1] == "ethnic":
            continue  # "the ethnic Rakhine insurgents": fighters of a people, not a group's name
        label, kind = typed
        if kind == "Organization" and c.end - c.start == 1 and doc.lowers[end] not in SPOKESPERSON_WORDS:
            continue  # "the Kokang group": a people's group, which the relation rules read
        word = doc[c.start].text
        if kind == "ArmedGroup" and c.end - c.start == 1 and partner is None and PEOPLE_ADJECTIVE.match(word):
            # "Chechen militants": a people's armed men, named as the relation rules name
            # them ("Chechen forces"); "Chechen" alone elsewhere ("the Chechen capital") is no group
            yield Candidate(c.start, end + 1, label, kind, f"{word} forces", 3)
            continue
        # priority 3: the noun is the article's best evidence, and its vote must carry
        # the name's other mentions in consistent_labels ("Al-Shabaab said ...")
        yield Candidate(c.start, c.end, label, kind, None, 3)


def countries_of(doc: Doc, named: list[Candidate]) -> frozenset[str]:
    """Codes of the countries a text names, by name or demonym."""
    codes = set()
    for c in named:
        text = doc[c.start : c.end].text
        country = gazetteer.country(text) or gazetteer.country_of_demonym(text)
        if country is not None:
            codes.add(country.country_code)
    return frozenset(codes)


def particle_groups(doc: Doc) -> Iterable[Candidate]:
    """ "al-Zorba fighters", "al-Zorba positions": an "al-" name followed by its
    members or positions is a group; the model calls such names people as often as
    not (the article's majority label then decides for the other mentions)."""
    for k in doc.reading.where_lower(ARTICLE_PARTICLES):
        token = doc[k]
        if not is_article_particle(doc, k) or k + 4 >= len(doc):
            continue
        if doc[k + 3].lower_ in GROUP_MARKER_NOUNS and doc[k + 3].text.islower() and not (k > 0 and is_capitalised(doc[k - 1])):
            yield Candidate(k, k + 3, "ORG", "ArmedGroup", None, 1)


# First words of Persian, Pashto and Urdu names of parties and movements written with a
# joining particle ("Hezb-i-Islami", "Jamiat-e-Islami", "Junbish-i-Milli"): "party",
# "society", "union", "movement", "army"; no town's name opens with them
IZAFE_BODY_OPENERS = frozenset(
    "hezb hizb jamiat ittehad junbish harakat jaish lashkar tehrik tehreek tahrik sipah jabha jamaat majlis".split()
)


def izafe_body_names(doc: Doc) -> Iterable[Candidate]:
    """ "Hezb-i-Islami", "Ittehad-e-Islami": a party's or movement's name, written
    together with its joining particle, whatever the model made of it."""
    for k in doc.reading.where_lower(IZAFE_BODY_OPENERS):
        if doc.capitalised[k] and is_spaced_izafe(doc, k + 1):
            yield Candidate(k, k + 4, "ORG", gazetteer.organization_kind(doc[k : k + 4].text), None, 3)  # "Hezb-e Wahdat"
            continue
        if not doc.capitalised[k] or not is_hyphened_particle(doc, k + 1):
            continue
        end = k + 5  # "Hezb", "-", "i", "-", "Islami"
        while is_hyphened_particle(doc, end):
            end += 4  # "Tehrik-e-Nifaz-e-Shariat"
        if end < len(doc) and doc.texts[end] == "-" and not doc[end - 1].whitespace_ and end + 1 < len(doc) and doc.capitalised[end + 1]:
            end += 2  # "Hezb-e-Wahdat-Islami"
        if end < len(doc) and doc.capitalised[end] and gazetteer.country(doc.texts[end]) is not None:
            end += 1  # "Tehreek-e-Taliban Pakistan": the movement's country is part of its name
        yield Candidate(k, end, "ORG", gazetteer.organization_kind(doc[k:end].text), None, 3)


# Nouns after a lone capitalised word that make it a group's name: "Seleka rebels",
# "the Kaldi coalition" (not "forces" or "militias": "Amhara militias" are a people's).
GROUP_NAME_NOUNS = frozenset("rebels coalition insurgents militants jihadists commanders mercenaries paramilitaries".split())
# "the Korva mercenary group", "the Dastin militant group": a kind of armed men before
# the group noun (the name sits before both)
ARMED_KIND_WORDS = frozenset("mercenary paramilitary militant jihadist rebel insurgent islamist extremist armed militia".split())
ARMED_KIND_HEADS = frozenset("group company outfit force organisation organization".split())
# After a name joined by a particle ("Junbish-i-Milli militia", "Lashkar-e-Taiba fighters"),
# which is never a people's adjective, these nouns make it an armed group.
HYPHENED_NAME_GROUP_NOUNS = frozenset("militia militias fighters forces gunmen militants".split())
# "the Amal movement", "his own Kalmun militia": one capitalised word after a small
# word, before a body noun, names that body (not after another capitalised word: "the
# Lebanese Forces militia" is the longer name's)
# (and "the Wagner group", "the Maute group")
SINGLE_BODY_NOUNS = frozenset({"movement", "militia", "group"})
# Words of a creed or a doctrine, which qualify a movement but never name it: "the
# Shiite Amal movement", "the Maoist movement", "the Shia movement"
CREED_WORDS = frozenset({"Shia", "Shiite", "Sunni", "Islamic", "Muslim", "Christian", "Druze", "Alawite", "Buddhist", "Hindu", "Sikh"})


def is_creed(word: str) -> bool:
    return word in CREED_WORDS or word.endswith("ist")


# "Tigrayan", "Darfuri", "Kurdish", "Chechen", "Abkhaz": capitalised words shaped like a
# people's (wider than PEOPLE_ADJECTIVE: "-an" and "-i" also end groups' own names)
PEOPLE_SHAPE = re.compile(r"[A-Z][a-z]+(?:an|ian|ese|i|ish|ic|en|az)$")


def is_lone_name_word(word: Token) -> bool:
    """One capitalised word that may be a body's whole name before a lower-case noun
    ("Seleka rebels", "the Azov regiment"): no title, month, people's word or creed."""
    if not (word.is_alpha and word.text[:1].isupper() and word.text[1:].islower() and len(word.text) > 2):
        return False
    return not (
        word.is_stop or word.lower_ in TITLE_WORDS or word.lower_ in CALENDAR_WORDS or PEOPLE_SHAPE.match(word.text)
        or is_creed(word.text)
    )


def names_before_group_nouns(doc: Doc) -> Iterable[Candidate]:
    """ "Seleka rebels", "the Seleka coalition": a single capitalised word no model or
    list knows, before a group noun, is an armed group (a people's name, "Tigrayan",
    "Houthi", is left to the force rules)."""
    for k in doc.reading.where_lower(GROUP_NAME_NOUNS | HYPHENED_NAME_GROUP_NOUNS):
        if k >= 5 and doc[k].text.islower() and is_hyphened_particle(doc, k - 4) and is_capitalised(doc[k - 5]):
            if gazetteer.city(doc[k - 5 : k].text) is None:
                yield Candidate(k - 5, k, "ORG", "ArmedGroup", None, 1)  # "Junbish-i-Milli militia"
    kinds = [k + 1 for k in doc.reading.where_lower(ARMED_KIND_WORDS) if k + 1 < len(doc) and doc[k + 1].lower_ in ARMED_KIND_HEADS]
    bodies = [k for k in doc.reading.where_lower(SINGLE_BODY_NOUNS) if k >= 2 and not is_capitalised(doc[k - 2]) or k >= 2 and is_creed(doc[k - 2].text)]
    for k in sorted({*doc.reading.where_lower(GROUP_NAME_NOUNS), *(k - 1 for k in kinds), *bodies}):
        if k == 0 or not doc[k].text.islower():
            continue
        word = doc[k - 1]
        if not is_lone_name_word(word):
            continue
        if k >= 2 and is_capitalised(doc[k - 2]) and not is_sentence_start(doc[k - 2]) and not is_creed(doc[k - 2].text):
            continue  # part of a longer name (not "the Shiite Amal movement")
        if gazetteer.country(word.text) or gazetteer.country_of_demonym(word.text) or gazetteer.city(word.text):
            continue
        if any(j + 1 < len(doc) and doc.capitalised[j + 1] for j in doc.reading.by_text.get(word.text, ())):
            continue  # "Bougainville rebels" beside "Bougainville Revolutionary Army": the first word of a longer name
        if is_named_as_place(doc, word.text):
            continue  # "Darfur rebels" in a story that says "rebels from Darfur": the region's men
        # ("the Nagriamel movement" says what the word names however often the model
        # calls it a place: a rule's reading; "Seleka rebels" only a guess)
        said_with_the = k in bodies and is_after_the(doc, k - 1, capitalised=False, hyphens=True)  # ("the left-wing X movement")
        yield Candidate(k - 1, k, "ORG", "ArmedGroup", None, 2 if said_with_the else 1)


# Lower-case unit nouns a volunteer or militia unit's name ends with: "the Azov regiment"
NAMED_UNIT_NOUNS = frozenset({"regiment", "battalion", "brigade"})
# Words that may stand between the name and its unit noun: "the Donbas volunteer battalion"
UNIT_NAME_DESCRIBERS = frozenset({"volunteer"})


def names_before_unit_nouns(doc: Doc) -> Iterable[Candidate]:
    """ "the Azov regiment", "the Donbas battalion": after "the", one capitalised word
    before a lower-case unit noun names the unit, noun and all, even where the word is a
    place's name too (the unit is named after it). A people's word names a state's
    unit the same way ("the Dutch battalion" of a UN force is that battalion, not the
    Netherlands), but its men elsewhere ("the Dutch soldiers") are the state's; a
    country's own name ("the Kenya battalion") is left to the force rules."""
    for k in doc.reading.where_lower(NAMED_UNIT_NOUNS):
        described = k >= 3 and doc.lowers[k - 1] in UNIT_NAME_DESCRIBERS and doc.texts[k - 1].islower()
        if k < 2 or not doc[k].text.islower() or doc.lowers[k - 2 - described] != "the":
            continue
        word = doc[k - 1 - described]
        peoples = word.text[:1].isupper() and gazetteer.country_of_demonym(word.text) is not None
        if not (is_lone_name_word(word) or peoples) or gazetteer.country(word.text):
            continue
        yield Candidate(word.i, k + 1, "ORG", "ArmedGroup", None, 3)
        if peoples:
            continue
        name = doc[word.i : k + 1].text
        for i in doc.reading.by_text.get(word.text, ()):
            # the unit's men elsewhere: "the Azov fighters" (not "the Sea of Azov")
            if 0 < i < len(doc) - 1 and doc.lowers[i + 1] in MEMBER_NOUNS | GROUP_MARKER_NOUNS and doc.lowers[i - 1] != "of":
                yield Candidate(i, i + 1, "ORG", "ArmedGroup", name, 3)


# Nouns for a body that the text goes on to name: "a coalition called X".
NAMED_BODY_NOUNS = frozenset(
    "coalition alliance group militia movement federation faction force gang network front umbrella sect".split()
)
# Between "is" and "known as": "the group ... is better known as X"
KNOWN_AS_ADVERBS = frozenset("better also widely commonly more locally popularly generally".split())
NAMING_WORDS = frozenset({"called", "named", "dubbed", "nicknamed"})
NAMING_TRIGGERS = NAMING_WORDS | {"known", "calling"}  # "known" only before "as", "calling" before "itself"
# Men who may name themselves: "rebels calling themselves the X"
SELF_NAMING_MEN = frozenset("rebels soldiers officers men fighters mutineers insurgents militants gunmen".split())
ARMED_BODY_NOUNS = frozenset("coalition alliance militia gang force front faction".split())


def body_name_end(doc: Doc, end: int) -> int:
    """End of a body's name past "of" (and "the") and the name after it: "the Army of
    Liberation" (not past "for": the model's own, longer span may go on past it)."""
    while end + 1 < len(doc) and doc.texts[end] == "of":
        start = end + 1 + (doc.lowers[end + 1] == "the" and end + 2 < len(doc))
        after = name_after(doc, start)
        if after is None:
            break
        end = after
    return end


def body_known_as(doc: Doc, known: int) -> Token | None:
    """ "The group, which calls itself X, is better known as Y": the body noun that opens
    the sentence whose "is ... known as" names it (read off the words)."""
    j = known - 1
    while j > 0 and doc.lowers[j] in KNOWN_AS_ADVERBS:
        j -= 1
    if j <= 0 or doc.lowers[j] not in {"is", "are", "was", "were"}:
        return None
    if doc.lowers[j - 1] in NAMED_BODY_NOUNS:
        return doc[j - 1]  # "the sect is known as X"
    opening = doc[known].sent.start
    if doc.lowers[opening] == "the" and opening + 1 < j and doc.lowers[opening + 1] in NAMED_BODY_NOUNS and doc.texts[opening + 2] == ",":
        return doc[opening + 1]  # "The group, which ..., is known as X"
    return None


def called_names(doc: Doc) -> Iterable[Candidate]:
    """ "a coalition called Viv Ansanm", "a militia known as the Kalden Guard": the
    name after the naming word is that body, whatever its words."""
    for k in doc.reading.where_lower(NAMING_TRIGGERS):
        start = k + 1
        if doc[k].lower_ == "known":
            if start >= len(doc) or doc[start].lower_ != "as":
                continue
            start += 1
        self_named = doc[k].lower_ == "calling"
        if self_named:
            if start >= len(doc) or doc[start].lower_ not in {"itself", "themselves"}:
                continue
            start += 1
        named = k > 0 and doc[k - 1].lower_ in NAMED_BODY_NOUNS | (SELF_NAMING_MEN if self_named else frozenset())
        body = doc[k - 1] if named else body_known_as(doc, k) if doc[k].lower_ == "known" else None
        if body is None:
            continue
        if start < len(doc) and doc[start].lower_ == "the":
            start += 1
        end = name_after(doc, start) if start < len(doc) else None
        if end is None or doc[start].is_stop:
            continue
        end = body_name_end(doc, end)
        text = doc[start:end].text
        if gazetteer.country(text) or gazetteer.city(text):
            continue
        # "a militia called X" is armed; "a rights group called X" is what its name says
        # ("a group calling itself the National Revolutionary Council", the men who took
        # the radio: armed, whatever ruling word its name has)
        kind = "ArmedGroup" if body.lower_ in ARMED_BODY_NOUNS or self_named else gazetteer.organization_kind(text)
        yield Candidate(start, end, "ORG", kind, None, 3 if self_named else 2)


def name_before(doc: Doc, end: int, longest: int = 5) -> int | None:
    """Start of the capitalised name that ends just before ``end`` (titles, leading
    weekdays and stop words dropped); None when there is none."""
    start = end
    while start > 0 and end - start < longest + 3:
        prev = doc[start - 1]
        if is_capitalised(prev) and not prev.is_punct or start >= 3 and is_article_particle(doc, start - 3) and start - 1 > start - 3:
            start -= 1
        elif prev.text == "-" and start >= 2 and not prev.whitespace_ and (doc[start - 2].lower_ in ARTICLE_PARTICLES or is_capitalised(doc[start - 2])):
            start -= 1
        elif prev.lower_ in ARTICLE_PARTICLES and start < end and doc[start].text == "-":
            start -= 1
        elif prev.lower_ in INNER_PARTICLES | PATRONYMIC_PARTICLES and prev.text.islower() and start < end and start >= 2 and is_capitalised(doc[start - 2]):
            start -= 1  # "Staffan de Mistura", "Osama bin Laden"
        elif start >= 4 and start < end and is_hyphened_particle(doc, start - 3) and is_capitalised(doc[start - 4]):
            start -= 4  # "Hezb-e-Islami"
        else:
            break
    start = strip_titles(doc, start, end)
    while start < end and (
        doc[start].is_stop and not doc[start].text.isupper() and not (doc[start].like_num and not is_sentence_start(doc[start]))
        or doc[start].lower_ in CALENDAR_WORDS
    ):  # (a capitalised number inside a sentence opens a name: "the Four Courts")
        start += 1
    words = sum(1 for k in range(start, end) if doc.texts[k] != "-")  # "Al-Bunyan al-Marsous" is four words
    return start if 0 < words <= longest and start < end else None


def name_after(doc: Doc, start: int, longest: int = 5) -> int | None:
    """End of the capitalised name from ``start`` (after leading titles); None if none."""
    start = strip_titles(doc, start, min(len(doc), start + 8))
    end = start
    while end < len(doc) and end - start <= longest:
        tok = doc[end]
        if is_capitalised(tok) and not tok.is_punct:
            end += 1
        elif is_article_particle(doc, end):
            end += 3
        elif end > start and is_hyphened_particle(doc, end):
            end += 4  # "Junbish-i-Milli", "Lashkar-e-Taiba"
        elif tok.text == "-" and end > start and not tok.whitespace_ and end + 1 < len(doc) and is_capitalised(doc[end + 1]):
            end += 2
        elif tok.lower_ in INNER_PARTICLES and tok.text.islower() and end > start and end + 1 < len(doc) and is_capitalised(doc[end + 1]):
            end += 1  # "Mocímboa da Praia"
        elif end > start and tok.text.islower() and romance_particle_length(doc, end) == 2:
            end += 2  # "Cueva de los Tayos"
        else:
            break
    return end if 0 < end - start <= longest else None


def is_plain_name(doc: Doc, start: int, end: int) -> bool:
    """Words that could be a person's or town's name: no head word, no country."""
    span = doc[start:end]
    return not any(
        t.lower_ in HEAD_WORDS or t.lower_.rstrip(".") in TITLE_WORDS or t.text.isupper() and len(t.text) > 1
        for t in span
    ) and gazetteer.country(span.text) is None and gazetteer.international_organization(span.text) is None


# Nouns a town the gazetteer knows may be called by: "Adrianople, the great fortress of Thrace"
FORTIFIED_TOWN_NOUNS = frozenset("fortress citadel".split())


# Verbs of a speaker set off after a clause: "..., the army said"
ATTRIBUTION_VERBS = frozenset("said says told tells reported reports added adds claimed claims announced announces stated states wrote writes".split())


# Nouns for many places together: "a cluster of favelas", "a chain of islands"
COLLECTIVE_PLACE_NOUNS = frozenset("cluster chain string group network collection patchwork warren".split())


def is_many_places_description(doc: Doc, k: int) -> bool:
    """Whether the words from ``k`` describe many places as one: "a sprawling cluster
    of hillside favelas", "a chain of islands" (a determiner and up to two words before
    the collective noun, a plural place noun within three words after its "of")."""
    if k >= len(doc) or doc.lowers[k] not in {"a", "an", "the"}:
        return False
    for j in range(k + 1, min(len(doc) - 1, k + 4)):
        if doc.lowers[j] in COLLECTIVE_PLACE_NOUNS and doc.lowers[j + 1] == "of":
            return any(
                len(word) > 3 and word.endswith("s") and (word[:-1] in PLACE_NOUNS or word[:-2] in PLACE_NOUNS)
                for word in doc.lowers[j + 2 : j + 5]
            )
        if doc[j].is_punct:
            return False
    return False


def appositive_names(doc: Doc) -> Iterable[Candidate]:
    """A name and a noun phrase saying what it is, either way round:
    "Kiro Adde, a researcher at ..." / "Lusa, a town north of ..." and
    "the group's spokesman, Kiro Adde," / "the provincial capital, Lusa."
    The noun types the name (person, place, facility, armed group)."""
    n = len(doc)
    for i in doc.reading.by_text.get(",", ()):
        comma = doc[i]
        if comma.i == 0 or comma.i + 2 >= n:
            continue
        i = comma.i
        # name, (a|the|its|X's) ... NOUN
        if doc[i + 1].lower_ in DETERMINERS or doc[i + 2].text in {"'s", "’s"}:
            start = name_before(doc, i)
            typed = None
            # (up to ten words: "X, the U.N. secretary-general's special envoy for Y")
            many_places = is_many_places_description(doc, i + 1)
            for tok in doc[i + 1 : min(n, i + 11)] if not many_places else ():
                hyphenated = doc[tok.i - 1].text == "-"  # "US-trained", "Kurdish-led"
                if tok.is_punct and tok.text not in {"-"} or tok.pos_ in {"VERB", "AUX", "ADP"} and not hyphenated and tok.lower_ not in RULING_WORDS or tok.lower_ in CLAUSE_BREAKS:
                    break
                following = doc[tok.i + 1] if tok.i + 1 < n else None
                if following is not None and following.text in {"'s", "’s"}:
                    continue  # an owner: "X, the group's leader" is the leader
                if following is not None and following.text == "-":
                    continue  # a hyphened modifier: "X, the last rebel-held district"
                ruling_council = tok.lower_ in RULING_COUNCIL_NOUNS and doc.lowers[tok.i - 1] in RULING_WORDS
                if tok.text.islower() and is_media_head(doc, tok.i):
                    typed = ("ORG", "Organization")  # "X, the group's television station": an outlet
                    break
                # (an office may be capitalised: "X, the former Minister for Defence")
                office = tok.text.istitle() and appositive_kind(tok.lower_) == ("PER", "Person")
                if (tok.text.islower() or office) and (appositive_kind(tok.lower_) is not None or ruling_council):
                    typed = ("ORG", "Government") if ruling_council else appositive_kind(tok.lower_)
                    if tok.lower_ == "port":
                        typed = ("GPE", "Place")  # "X, a port on the west coast", "X, the oil port 80 km to the west": a town
                    if typed == ("ORG", "Organization") and any(doc.lowers[j] in ARMED_MODIFIERS for j in range(i + 1, tok.i)):
                        typed = ("ORG", "ArmedGroup")  # "X, the Angolan rebel movement": armed
                    if following is not None and following.lower_ in ATTRIBUTION_VERBS:
                        typed = None  # "... districts of X, the army said": the speaker, no apposition
                        break
                    if following is None or not (following.text.islower() and following.pos_ == "NOUN"):
                        break  # the head noun, not a modifier ("town council")
            if many_places:
                typed = ("GPE", "Place")  # "X, a sprawling cluster of hillside favelas": a place
            acronym = start is not None and i - start == 1 and is_acronym(doc[start].text)
            if typed is not None and typed[1] not in {"Place", "Facility"} and start is not None and start > 0 and (
                doc.lowers[start - 1] == "in" and is_sentence_start(doc[start - 1])
            ):
                continue  # "In Sinai, the Israeli army ...": the clause's subject, no apposition
            if typed == ("FAC", "Facility") and start is not None and gazetteer.city(doc[start:i].text) is not None and any(
                doc.lowers[j] in FORTIFIED_TOWN_NOUNS for j in range(i + 1, min(n, i + 11))
            ):
                typed = ("GPE", "Place")  # "Adrianople, the great Turkish fortress of Thrace": a fortified town
            if start is not None and typed is not None and (is_plain_name(doc, start, i) or acronym and typed[0] == "ORG"):
                # ("UNITA, the Angolan rebel movement": an acronym is a body's name too)
                label, kind = typed
                # ("Russian National Unity, a paramilitary movement": a body's name opening
                # with a people's word, which would otherwise stand alone as the people's)
                opens_with_people = label == "ORG" and i - start >= 2 and gazetteer.country_of_demonym(doc.texts[start]) is not None
                yield Candidate(start, i, label, kind, None, 4 if opens_with_people else 2)
        elif doc[i + 1].text.islower() and doc[i + 1].lower_ in ROLE_NOUNS and doc[i + 2].lower_ in {"of", "for"}:
            # "Ode Ambo, leader of the self-proclaimed republic": a role with no article
            start = name_before(doc, i)
            if start is not None and i - start >= 2 and is_plain_name(doc, start, i):
                yield Candidate(start, i, "PER", "Person", None, 2)
        # (the|X's) ... NOUN, Name[,.]
        noun = doc[i - 1]
        if noun.text.islower() and (noun.lower_ in ROLE_NOUNS or noun.lower_ in {"capital", "town", "city", "village"}):
            end = name_after(doc, i + 1)
            if end is None or end < n and doc[end].text not in {",", ".", "said", "told", ";", "\"", "”"}:
                continue
            start = strip_titles(doc, i + 1, end)
            if is_plain_name(doc, start, end):
                label, kind = appositive_kind(noun.lower_) or ("GPE", "Place")
                yield Candidate(start, end, label, kind, None, 2)
        elif noun.text.islower() and noun.lower_ in APPOSED_PLACE_PLURALS and doc.lowers[i + 1] not in DETERMINERS:
            # "the two other positions, A and B, were ...": each name a place
            names = capitalised_list(doc, i + 1)
            last = names[-1][1] if names else i
            if len(names) >= 2 and last < n and doc.texts[last] in {",", ".", ";"} and all(is_plain_name(doc, a, b) for a, b in names):
                for a, b in names:
                    yield Candidate(a, b, "GPE", "Place", None, 2)


def is_after_the(doc: Doc, k: int, *, capitalised: bool, hyphens: bool = False) -> bool:
    """Whether "the" opens the phrase of the noun at ``k``, with up to two words between
    (lower-case ones, or capitalised ones too: "the Islamist group"; with ``hyphens``,
    a hyphen counts as a word: "the left-wing X")."""
    j = k - 1
    while j >= 0 and k - j <= 3 and doc[j].lower_ != "the" and (
        (doc[j].text.islower() or capitalised and doc[j].text[:1].isupper()) and not doc[j].is_punct or hyphens and doc[j].text == "-"
    ):
        j -= 1
    return j >= 0 and doc[j].lower_ == "the"


def names_after_group_nouns(doc: Doc) -> Iterable[Candidate]:
    """ "the Islamist group Hayat Tahrir al-Sham", "the armed movement X": a name right
    after "the" and a group noun (with lower-case words between) is that group's."""
    for k in doc.reading.where_lower(GROUP_NOUNS | gazetteer.ARMED_GROUP_WORDS):
        tok = doc[k]
        if not tok.text.islower():
            continue
        if not is_after_the(doc, k, capitalised=True):  # "the Islamist group", "the Kurdish-led movement"
            continue
        end = name_after(doc, k + 1)
        if end is None or end < len(doc) and doc[end].text in {"'s", "’s"} or not is_plain_name(doc, k + 1, end):
            continue
        label, kind = appositive_kind(tok.lower_) or ("ORG", "Organization")
        yield Candidate(k + 1, end, label, kind, None, 2)


# Plural group nouns a list of names may follow: "the hardline factions A and B"
PLURAL_GROUP_NOUNS = {"factions": ("ORG", "ArmedGroup"), "militias": ("ORG", "ArmedGroup"), "groups": ("ORG", "Organization"), "movements": ("ORG", "Organization")}


def names_after_plural_group_nouns(doc: Doc) -> Iterable[Candidate]:
    """ "the hardline factions Kataib Hezbollah and Asaib Ahl al-Haq", "the militias A, B
    and C": each name of the list right after "the" and a plural group noun (lower-case
    words between) is a body's, whatever its words."""
    for k in doc.reading.where_lower(PLURAL_GROUP_NOUNS.keys()):
        if not doc[k].text.islower():
            continue
        if not is_after_the(doc, k, capitalised=False):  # "the hardline factions"
            continue
        label, kind = PLURAL_GROUP_NOUNS[doc.lowers[k]]
        start = k + 1
        while start < len(doc):
            end = name_after(doc, start)
            if end is None or not is_plain_name(doc, start, end):
                break
            yield Candidate(start, end, label, kind, None, 2)
            if end + 1 < len(doc) and doc.lowers[end] == "," and doc.lowers[end + 1] == "and":
                start = end + 2
            elif end < len(doc) and doc.lowers[end] in {",", "and"}:
                start = end + 1
            else:
                break


# Nouns of a warship before its name: "the German cruiser Königsberg"
VESSEL_NOUNS = frozenset("cruiser destroyer frigate battleship gunboat corvette submarine warship sloop minesweeper".split())


def warship_names(doc: Doc) -> Iterable[Candidate]:
    """ "the German cruiser Königsberg", "HMS Fox": a warship, an armed unit, whatever
    its name alone would be (a town's, a person's); and so its name wherever the story
    repeats it ("the Königsberg", "the Fox")."""
    named: dict[tuple[str, ...], str | None] = {}
    for k in doc.reading.where_lower(VESSEL_NOUNS):
        if doc[k].text.islower() and k + 1 < len(doc) and doc[k + 1].text not in SHIP_PREFIXES:
            end = name_after(doc, k + 1, 3)
            if end is not None:
                named.setdefault(tuple(doc.texts[k + 1 : end]), None)
    for prefix in SHIP_PREFIXES:
        for k in doc.reading.by_text.get(prefix, ()):
            end = name_after(doc, k + 1, 2) if k + 1 < len(doc) else None
            if end is not None:
                named[tuple(doc.texts[k + 1 : end])] = f"{prefix} {doc[k + 1 : end].text}"
    for words, full in named.items():
        for i in doc.reading.by_text.get(words[0], ()):
            if tuple(doc.texts[i : i + len(words)]) == words and (i == 0 or doc.texts[i - 1] not in SHIP_PREFIXES) and is_name_end(doc, i + len(words)):
                yield Candidate(i, i + len(words), "ORG", "ArmedGroup", full, 3)


def is_name_end(doc: Doc, k: int) -> bool:
    """Whether no capitalised word goes on at ``k`` ("Fox" is not in "Fox News")."""
    return k >= len(doc) or not is_capitalised(doc[k])


SAYING_WORDS = frozenset({"said", "says"})
# Words between a speaker's post and the body he works for: "a researcher at the X"
BODY_OF_POST_WORDS = frozenset({"of", "at", "from", "with"})
# Plural nouns for men a list of their names follows: "two young lieutenants ..., A and B"
PLURAL_PERSON_NOUNS = frozenset("lieutenants officers colonels generals commanders leaders brothers ministers captains majors founders deputies aides".split())


def persons_listed_after_men(doc: Doc) -> Iterable[Candidate]:
    """ "Among the leaders were two young lieutenants trained abroad, Marco Yon Sosa and
    Luis Turcios Lima": the second name of a pair the text lists after a plural noun for
    men, beside a person, is a person too (the model may call it a body)."""
    n = len(doc)
    people_ending = {e.end: e for e in doc.ents if e.label_ == "PER"}  # (the model's people, ending before "and")
    for k in doc.reading.where_lower(frozenset({"and"})):
        first = people_ending.get(k)
        if first is None or k + 2 >= n:
            continue
        if not any(doc.lowers[j] in PLURAL_PERSON_NOUNS for j in range(max(0, first.start - 10), first.start)):
            continue
        end = name_after(doc, k + 1, 4)
        if end is not None and 2 <= end - (k + 1) <= 4 and is_plain_name(doc, k + 1, end) and (end >= n or doc[end].is_punct):
            yield Candidate(k + 1, end, "PER", "Person", None, 2)


def speakers_of_bodies(doc: Doc) -> Iterable[Candidate]:
    """ "..., said Ada Kerr of the Horn Institute", "said Ada Kerr, of the Horn
    Institute", "said Ada Kerr, a political scientist at the Horn Institute": a name of
    two or three words that speaks, from a body named after it, is a person's (the
    model may call it a body, or a place)."""
    n = len(doc)
    for k in doc.reading.where_lower(SAYING_WORDS):
        start = k + 1
        end = name_after(doc, start, 3) if start < n else None
        if end is None or not 2 <= end - start <= 3 or end + 2 >= n or not is_plain_name(doc, start, end):
            continue
        at = end + 1 if doc.lowers[end] == "," else end
        if at != end and at < n and doc.lowers[at] in {"a", "an"}:
            # ", a political scientist at the": a few lower-case words of his post first
            at += 1
            while at < min(n, end + 8) and doc[at].text.islower() and doc.lowers[at] not in BODY_OF_POST_WORDS:
                at += 1
            if at >= n or doc.lowers[at] not in BODY_OF_POST_WORDS:
                continue
        if at + 2 < n and doc.lowers[at] in BODY_OF_POST_WORDS and doc.lowers[at + 1] == "the" and is_capitalised(doc[at + 2]):
            yield Candidate(start, end, "PER", "Person", None, 2)



LEADING_VERBS = frozenset("led headed commanded".split())


def role_names(doc: Doc) -> Iterable[Candidate]:
    """ "spokeswoman Ada Kerr", "army chief Gen. Ode Ambo", "a faction headed by Ode
    Ambo": a lower-case role noun (or led/headed/commanded by) right before a name."""
    for i in doc.reading.where_lower(ROLE_NOUNS | {"by"}):
        token = doc[i]
        word = token.lower_
        if not token.text.islower() or token.i + 1 >= len(doc):
            continue
        if word in ROLE_NOUNS:
            first = token.i + 1
            shortest = 1
        elif word == "by" and token.i > 0 and doc[token.i - 1].lower_ in LEADING_VERBS:
            first, shortest = token.i + 1, 2  # "led by Hezbollah": one word may be a group
        elif word == "by" and token.i > 2 and doc[token.i - 3].lower_ in LEADING_VERBS and doc[token.i - 2].lower_ in {"since", "until"}:
            first, shortest = token.i + 1, 2  # "led since August by X"
        else:
            continue
        if word == "by" and doc.lowers[first] == "the":
            # "a coalition led by the media owner X": a description of the man before his name
            k = first + 1
            while k < min(len(doc), first + 4) and doc[k].is_alpha and doc[k].text.islower() and doc.lowers[k] not in CLAUSE_BREAKS:
                k += 1
            if k > first + 1 and k < len(doc) and is_capitalised(doc[k]):
                first = k
        if not is_capitalised(doc[first]):
            continue
        end = name_after(doc, first, 4)
        if end is None:
            continue
        start = strip_titles(doc, first, end)
        if end < len(doc) and doc.lowers[end] in ROLE_NOUNS and doc.texts[end].islower():
            continue  # "chief Taliban spokesman X": the name is the body the role belongs to
        if end - start >= shortest and is_plain_name(doc, start, end) and gazetteer.city(doc[start:end].text) is None:
            yield Candidate(start, end, "PER", "Person", None, 2)


# Verbs of taking or holding ground, inflected (no lemmatiser needed).
CAPTURE_VERBS = frozenset(
    """capture captures captured capturing seize seizes seized seizing retake retakes
    retook retaken retaking recapture recaptures recaptured recapturing overran overrun
    overruns overrunning enter enters entered entering hold holds held holding besiege
    besieged besieging liberate liberated liberating take takes took taken taking
    occupy occupies occupied occupying cede cedes ceded ceding""".split()
)
LIST_OPENERS = frozenset({"among", "including", "such"})
FALLING_WORDS = frozenset({"fell", "fallen"})
# Words right before "from" that leave ground: "withdrew from X", "pulled back from X".
WITHDRAWAL_WORDS = frozenset("withdrew withdrawn withdraw withdraws withdrawing retreated retreating back".split())
PLURAL_PLACES = frozenset("towns villages cities districts settlements areas provinces regions ports terminals islands".split())
# "troops moved into X", "columns rolled into X": where a force moves into is a place
# (not "ran into X", "merged into X")
MOVING_INTO_WORDS = frozenset("moved move moves moving pushed push pushes pushing poured pour pours pouring rolled rolls rolling marched march marches marching swept sweep sweeps sweeping advanced advance advances advancing".split())
# "the base at X", "the airstrip at X": what stands at a name is in a place
SITE_NOUNS = frozenset("base bases airstrip airfield garrison camp outpost barracks terminal".split())


# Words between a name's comma and the compass word that places it: ", some 40 km south of"
DISTANCE_WORDS = frozenset("about some roughly nearly just km kilometres kilometers miles mi".split())


def located_name_before(doc: Doc, compass: int) -> tuple[int, int] | None:
    """ "Petrinja, south of Zagreb", "Obo, about 50 km north of X": (start, end) of the
    plain name set off by a comma before the compass word at ``compass``, if any."""
    k = compass - 1
    while k > 0 and compass - k <= 4 and (doc.lowers[k] in DISTANCE_WORDS or doc[k].like_num):
        k -= 1
    if k < 1 or doc.texts[k] != ",":
        return None
    start = name_before(doc, k, 3)
    if start is None or start == k or not is_plain_name(doc, start, k) or doc[start].is_sent_start:
        return None
    return start, k


def list_after_quarter(doc: Doc, first: int) -> list[tuple[int, int]]:
    """ "took A and B in the south and C": the names that go on the list of ``first``
    after the quarter of the country they lie in."""
    listed = capitalised_list(doc, first)
    k = listed[-1][1] if listed else first
    if k + 4 < len(doc) and doc.lowers[k] == "in" and doc.lowers[k + 1] == "the" and doc.lowers[k + 2] in QUARTER_NOUNS and doc.lowers[k + 3] == "and":
        return capitalised_list(doc, k + 4) if is_capitalised(doc[k + 4]) else []
    return []


# What is done only to ground: "X was abandoned by the invaders", "X was overrun"
# (not "captured" or "taken": men are captured too)
GROUND_PASSIVES = frozenset("abandoned overrun evacuated occupied retaken recaptured liberated besieged shelled".split())


def passive_ground(doc: Doc) -> Iterable[Candidate]:
    """ "Playa Larga was abandoned by the invaders": a plain name whose verb is one that
    is done only to ground is a place."""
    for k in doc.reading.where_lower(GROUND_PASSIVES):
        aux = k - 1
        if aux >= 1 and doc.lowers[aux] == "been" and doc.lowers[aux - 1] in {"had", "has", "have"}:
            aux -= 1
        if aux < 1 or doc.lowers[aux] not in {"was", "were"} and doc.lowers[aux + 1] != "been" or not doc[k].text.islower():
            continue
        start = name_before(doc, aux, 3)
        if start is not None and is_plain_name(doc, start, aux):
            yield Candidate(start, aux, "GPE", "Place", None, 2)


# Words of a man's titles between "loyal to" and his name: "loyal to the former army
# chief of staff X" (lowercase only: "loyal to the Army of X" names a body)
LOYALTY_OPENING_WORDS = TITLE_WORDS | frozenset("the former ousted deposed exiled late self-declared retired army of staff".split())


def names_loyal_to(doc: Doc) -> Iterable[Candidate]:
    """ "troops loyal to Francisco I. Madero": men are loyal to a man (or a body), never
    to a town a gazetteer may name after him; two or more words that are no country's
    or body's name are a person's."""
    for k in doc.reading.where_lower(("loyal",)):
        if k + 2 >= len(doc) or doc.lowers[k + 1] != "to":
            continue
        first = k + 2
        while first < min(len(doc), k + 10) and doc.lowers[first] in LOYALTY_OPENING_WORDS and doc.texts[first].islower():
            first += 1
        start = strip_titles(doc, first, min(len(doc), first + 6))
        end = name_after(doc, start, 5)
        if end is None or end - start < 2:
            continue
        # (a middle initial is no acronym: "Francisco I. Madero")
        if any(doc.lowers[j] in HEAD_WORDS for j in range(start, end)) or gazetteer.country(doc[start:end].text) is not None:
            continue
        yield Candidate(start, end, "PER", "Person", None, 2)


# Nouns of a state's rule named after its ruler: "the government of Bashar al-Assad"
# (also read by the relation rules: "The government of President X, which ...")
RULED_BY_NOUNS = ("government", "regime", "administration")
# Words of a government's own name after "of", never a ruler's: "the government of National Unity"
GOVERNMENT_NAME_WORDS = frozenset("national unity salvation accord transition transitional union reconciliation".split())


def rulers_of_governments(doc: Doc) -> Iterable[Candidate]:
    """ "the government of Bashar al-Assad in Damascus": two or more words after "the
    government of" that no gazetteer knows as a state or town are its ruler's name (the
    model may take them for a region)."""
    for k in doc.reading.where_lower(RULED_BY_NOUNS):
        if k + 2 >= len(doc) or not doc.texts[k].islower() or doc.lowers[k + 1] != "of" or not is_capitalised(doc[k + 2]):
            continue
        start = strip_titles(doc, k + 2, min(len(doc), k + 10))
        end = name_after(doc, start, 4)
        if end is None or end - start < 2 or not is_plain_name(doc, start, end) or gazetteer.city(doc[start:end].text) is not None:
            continue
        if any(doc.lowers[j] in GOVERNMENT_NAME_WORDS for j in range(start, end)):
            continue
        yield Candidate(start, end, "PER", "Person", None, 2)


def rulers_owning_governments(doc: Doc) -> Iterable[Candidate]:
    """ "Venustiano Carranza's government": two or more words owning a government that
    name no state, no capital standing for one and no region are its ruler's, even when a
    gazetteer knows a town so named (towns have councils, not governments)."""
    for k in doc.reading.where_lower(RULED_BY_NOUNS):
        if k < 3 or not doc.texts[k].islower() or doc.texts[k - 1] not in {"'s", "’s"}:
            continue
        start = name_before(doc, k - 1, 4)
        if start is None or k - 1 - start < 2 or not is_plain_name(doc, start, k - 1) or doc.lowers[start] in COMPASS_WORDS:
            continue
        name = doc[start : k - 1].text
        if gazetteer.capital_country(name) is not None or any(doc.lowers[j] in GOVERNMENT_NAME_WORDS for j in range(start, k - 1)):
            continue
        yield Candidate(start, k - 1, "PER", "Person", None, 2)


# Seas and oceans news names by their adjective alone: "a frigate in the Mediterranean"
# (the model may read the word as a body's name)
SEAS_NAMED_ALONE = frozenset("Mediterranean Caribbean Baltic Adriatic Aegean Atlantic Pacific Arctic".split())
SEAS_NAMED_ALONE_KEYS = tuple(sorted(word.lower() for word in SEAS_NAMED_ALONE))


def seas_named_alone(doc: Doc) -> Iterable[Candidate]:
    """ "the Mediterranean" with no noun after it ("the Mediterranean coast", "the
    Atlantic Charter" are other names): the sea, a place."""
    n = len(doc)
    for k in doc.reading.where_lower(SEAS_NAMED_ALONE_KEYS):
        if doc.texts[k] not in SEAS_NAMED_ALONE or k == 0 or doc.lowers[k - 1] != "the":
            continue
        if k + 1 < n and (doc[k + 1].pos_ in {"NOUN", "PROPN"} or doc.capitalised[k + 1] or doc.texts[k + 1] == "-"):
            continue
        yield Candidate(k, k + 1, "LOC", "Place", None, 3)


# Titles written after a man's name: "Shukri Pasha", "Enver Bey", "Hasan Agha"
HONORIFICS_AFTER_NAME = frozenset("pasha bey agha effendi".split())


# A state or its ruling body named by its form alone: "the province of Santander, which
# is still held by the Republic", "the Confederacy's armies", "held by the Junta" (the
# model calls it a place)
STATE_FORM_WORDS = frozenset({"Republic", "Confederacy", "Junta"})
STATE_FORM_KEYS = tuple(sorted(word.lower() for word in STATE_FORM_WORDS))  # (a fixed order to look them up in)


def states_named_by_form(doc: Doc) -> Iterable[Candidate]:
    """ "the Republic", "the Junta" with no name after it ("of X", "Y Republic" are names
    of their own the model reads): the story's state or its ruling body, a government."""
    n = len(doc)
    for k in doc.reading.where_lower(STATE_FORM_KEYS):
        if doc.texts[k] not in STATE_FORM_WORDS or k == 0 or doc.lowers[k - 1] != "the":
            continue
        if k + 1 < n and (doc.lowers[k + 1] == "of" or doc.capitalised[k + 1]):
            continue  # "the Republic of Congo", "the Republic Guard"
        yield Candidate(k, k + 1, "ORG", "Government", None, 3)


def names_with_honorifics(doc: Doc) -> Iterable[Candidate]:
    """ "its defender, Shukri Pasha, surrendered": a name closed by an Ottoman title is a
    man's, never a place the model took it for."""
    for k in doc.reading.where_lower(tuple(HONORIFICS_AFTER_NAME)):
        if not doc.texts[k][0].isupper():
            continue
        start = name_before(doc, k, 3)
        if start is not None and is_plain_name(doc, start, k):
            yield Candidate(start, k + 1, "PER", "Person", None, 2)


def bodies_led_by(doc: Doc) -> Iterable[Candidate]:
    """ "The Sunni Murabitoun, led by Ibrahim Qulaylat, fought ...": a name set off by
    ", led by" (or commanded, headed) is a body's, whatever the model made of it (at the
    model's weight: a known name's own type wins)."""
    for k in doc.reading.where_lower(("led", "headed", "commanded")):
        if k < 2 or k + 1 >= len(doc) or doc.lowers[k + 1] != "by" or doc.texts[k - 1] != ",":
            continue
        start = name_before(doc, k - 1, 4)
        if start is None or any(doc.lowers[j] in HEAD_WORDS for j in range(start, k - 1)):
            continue  # (a name with a head word is typed by it)
        if is_creed(doc.texts[start]) and k - 1 - start > 1:
            start += 1  # "the Sunni Murabitoun": the creed describes the body
        if gazetteer.country(doc[start : k - 1].text) is None and gazetteer.city(doc[start : k - 1].text) is None:
            # (of a kind its shape says, if any: "UNOSOM II, commanded by" is a UN body)
            yield Candidate(start, k - 1, "ORG", gazetteer.organization_kind(doc[start : k - 1].text), None, 1)


def taken_places(doc: Doc) -> Iterable[Candidate]:
    """Names that can only be places by where they stand: the object of a verb of
    taking ground ("captured Lusa", "still held Obo, about 50 km north"), a list after
    "towns and villages, among them" / "the towns of", "north of Lusa"."""
    n = len(doc)
    for k in doc.reading.where_lower(CAPTURE_VERBS | PLURAL_PLACES | LIST_OPENERS | FALLING_WORDS | {"of", "from", "into", "at", "to"}):
        token = doc[k]
        first = None
        if token.lower_ in FALLING_WORDS:
            # "Hue fell to X", "Bor had fallen to Y": what falls to a force is a place
            end = k - (k > 0 and doc[k - 1].lower_ in {"has", "had", "have"})
            start = name_before(doc, end) if k + 1 < n and doc[k + 1].lower_ in {"to", "into"} else None
            titled = start is not None and start > 0 and doc[start - 1].lower_.rstrip(".") in TITLE_WORDS
            if start is not None and not titled and is_plain_name(doc, start, end):
                yield Candidate(start, end, "GPE", "Place", None, 2)
            continue
        opening_gerund = token.lower_ in GROUND_GERUNDS and (is_sentence_start(token) or k > 0 and doc[k - 1].is_quote)
        if token.lower_ in CAPTURE_VERBS and (token.text.islower() or opening_gerund) and k + 1 < n and is_capitalised(doc[k + 1]):
            first = k + 1  # (and "Taking X was the easy part")
        elif token.lower_ in CAPTURE_VERBS and token.text.islower() and k + 2 < n and doc.lowers[k + 1] == "the" and is_capitalised(doc[k + 2]):
            # "took the Tunnel", "held the Morro": a name after "the" where only ground is
            # taken, at the model's own weight (it may know the name for a body's)
            for start, end in the_named_list(doc, k + 2):
                owner = end < n and (doc[end].text in {"'s", "’s"} or doc.lowers[end] in OWNED_GROUND_NOUNS or doc[end].pos_ in {"NOUN", "PROPN"})
                if is_plain_name(doc, start, end) and not owner and gazetteer.country_of_demonym(doc.texts[start]) is None:
                    yield Candidate(start, end, "FAC", "Facility", None, 1)
            continue
        elif token.lower_ in PLURAL_PLACES and k + 2 < n and doc[k + 1].lower_ == "of" and is_capitalised(doc[k + 2]):
            first = k + 2
        elif token.lower_ in PLURAL_PLACES and k > 1 and doc.texts[k - 1] == ",":
            # "Pisky and Opytne, villages on the edge of the airfield": the list described
            for start, end in names_listed_before(doc, k - 1):
                if is_plain_name(doc, start, end):
                    yield Candidate(start, end, "GPE", "Place", None, 2)
            continue
        elif token.lower_ in LIST_OPENERS and any(t.lower_ in PLURAL_PLACES for t in doc[max(0, k - 5) : k]):
            first = k + 1 + (doc[k + 1].lower_ in {"them", "as"})
        elif token.lower_ == "of" and k > 0 and doc[k - 1].lower_ in {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "outskirts"}:
            first = k + 1
            set_off = located_name_before(doc, k - 1)
            if set_off is not None:
                yield Candidate(*set_off, "GPE", "Place", None, 2)
        elif token.lower_ == "of" and k > 1 and doc[k - 1].lower_ in {"garrison", "garrisons"} and doc[k - 2].lower_ == "the":
            first = k + 1  # "the garrison of Zeluan": a town's garrison (a man's would be "his men")
        elif token.lower_ == "of" and k > 0 and doc[k - 1].lower_ in {"governor", "mayor"} and k + 1 < n and is_capitalised(doc[k + 1]):
            first = k + 1  # "the former governor of Coahuila": a land's governor (the model may call it a man)
        elif token.lower_ == "from" and k > 0 and doc[k - 1].lower_ in WITHDRAWAL_WORDS and k + 1 < n and is_capitalised(doc[k + 1]):
            first = k + 1  # "troops withdrew from Bint Jbeil", "pull back from X": ground left
        elif token.lower_ == "to" and k > 1 and doc.lowers[k - 1] == "back" and doc.lowers[k - 2] in FALLING_BACK_WORDS and k + 1 < n and is_capitalised(doc[k + 1]):
            first = k + 1  # "had pulled back to Pisky and Opytne", "fell back to X": ground still held
        elif (
            (token.lower_ == "into" and k > 0 and doc[k - 1].lower_ in MOVING_INTO_WORDS or token.lower_ == "at" and k > 0 and doc[k - 1].lower_ in SITE_NOUNS)
            and k + 1 < n and is_capitalised(doc[k + 1])
        ):
            first = k + 1
        if first is None or first >= n:
            continue
        for start, end in capitalised_list(doc, first) + list_after_quarter(doc, first):
            # (not "overran Renamo headquarters", "took Taliban positions": the owner of
            # what was taken, like "X's")
            owner = end < n and (doc[end].text in {"'s", "’s"} or doc.lowers[end] in OWNED_GROUND_NOUNS)
            if is_plain_name(doc, start, end) and not owner:
                yield Candidate(start, end, "GPE", "Place", None, 2)


# Verbs before "back to X": a force that falls back to X holds it
FALLING_BACK_WORDS = frozenset("fell fallen falling pulled pulling pull pulls moved drew".split())


def names_listed_before(doc: Doc, end: int) -> list[tuple[int, int]]:
    """The names of a list of two or more ending just before ``end``: "A and B", "A, B
    and C" (a lone name is none: "Kiev, towns" is no list)."""
    names: list[tuple[int, int]] = []
    while (start := name_before(doc, end, 3)) is not None:
        names.append((start, end))
        if start >= 2 and doc.lowers[start - 1] in {"and", ","} and (len(names) == 1) == (doc.lowers[start - 1] == "and"):
            end = start - 1  # ("A and B": "and" before the last name only, commas before the others)
            continue
        break
    return names[::-1] if len(names) >= 2 else []


# Ground a name before it owns: "Renamo headquarters", "Taliban positions"
OWNED_GROUND_NOUNS = frozenset("headquarters base bases positions stronghold strongholds camp camps lines".split())


# Buildings a story's capture names without a proper name: "took the presidential
# palace", "seized the governor's compound", "captured the state television building"
# ("stormed" is an attack, not yet a capture); "control the port", "raised their flag
# over the national hospital" say the same of a building already taken.
LANDMARK_HEADS = frozenset(
    "palace compound headquarters prison jail barracks building citadel fortress airport airfield airstrip port seaport airbase "
    "hospital stadium refinery cantonment camp station arsenal armoury armory depot bank hall house office".split()
)
LANDMARK_TAKING = CAPTURE_VERBS - frozenset("enter enters entered entering".split()) | frozenset(
    "occupied occupy occupies occupying control controls controlled secure secures secured guard guards guarded inside".split()
)
FLAG_WORDS = frozenset({"flag", "flags", "banner", "banners"})
RETREAT_WORDS = frozenset({"back", "withdrew", "withdrawn", "retreated"})  # "fell back to the airport": held
# A town's own facilities, named by the town when the text gives them no other words:
# "the airport" in a story about the fall of X is "X airport" (the name gold files and
# maps use); a bare "the palace" or "the hospital" may be any one the story spoke of.
TOWN_FACILITY_HEADS = frozenset("airport airfield airstrip port seaport prison jail refinery cantonment camp barracks fortress stadium".split())
# Words that make a town's facility of a head that alone names none: "the police
# station at X" is "X police station" (a bare "the station" may be any).
# ("the town hall" is "X town hall", "the customs house" "X customs house", "the
# telegraph office" "X telegraph office")
TOWN_FACILITY_KINDS = {
    "station": frozenset("police railway train bus".split()),
    "hall": frozenset({"town", "city"}),
    "house": frozenset({"customs", "custom"}),
    "office": frozenset({"telegraph", "post"}),
    "headquarters": frozenset({"police"}),
}
# "the port of X" is the town X itself; "the fortress of X" is a building in it
TOWN_ITSELF_HEADS = frozenset("port seaport".split())
FACILITY_DESCRIPTIONS = frozenset("international main old new central military commercial".split())


def landmark_phrases(doc: Doc) -> Iterator[tuple[int, int]]:
    """(first word after "the", end) of every described building taken or held in the
    same clause: "seized the governor's compound, the police headquarters and the
    prison"; bare ones too ("the prison": first word = head). Other items of the list
    are passed over ("seizing government buildings, the army's command and ...")."""
    n = len(doc)
    for k in doc.reading.where_lower(LANDMARK_TAKING | {"over", "to"}):
        if not doc[k].text.islower():
            continue
        if doc[k].lower_ == "over" and not any(doc[i].lower_ in FLAG_WORDS for i in range(max(0, k - 4), k)):
            continue  # only "raised their flag over the ..."
        if doc[k].lower_ == "to" and not (k > 0 and doc[k - 1].lower_ in RETREAT_WORDS):
            continue  # only "fell back to the ...", "withdrew to the ..."
        j = k + 1
        if j + 1 < n and doc[j].lower_ == "control" and doc[j + 1].lower_ == "of":
            j += 2  # "took control of the ..."
        # "took over the central bank" (a town's own facility taken over is left to the
        # relation rules: "took over the airfield" names the airport the story named)
        over = j < n and doc[j].lower_ == "over" and doc[k].lower_ in {"took", "take", "takes", "taking", "taken"}
        j += over
        for _ in range(6):  # items of one list
            found = landmark_at(doc, j)
            if found is not None and not (over and doc.lowers[found[1] - 1] in TOWN_FACILITY_HEADS):
                yield found
            end = found[1] if found is not None else item_end(doc, j)
            if end is None or end + 1 >= n or doc[end].lower_ not in {",", "and"}:
                break
            j = end + 1 + (doc[end].lower_ == "," and doc[end + 1].lower_ == "and")


def landmark_at(doc: Doc, j: int) -> tuple[int, int] | None:
    """ "the provincial radio and television building" from its "the" at ``j``: (first
    word, end); None if no building noun ends the described words."""
    n = len(doc)
    if j >= n or doc[j].lower_ != "the":
        return None
    start = end = j + 1
    while end < n and end - start < 6 and (
        doc[end].is_alpha and (doc[end].text.islower() or doc[end].text.istitle()) and doc[end].lower_ not in LANDMARK_HEADS
        or doc[end].text in {"'s", "’s"} or doc[end].lower_ == "and" and end > start
    ):
        end += 1
    if not (end < n and doc[end].lower_ in LANDMARK_HEADS and doc[end - 1].lower_ != "and"):
        return None
    if any(doc[i].is_stop and doc[i].lower_ not in {"and", "'s", "’s"} for i in range(start, end)):
        return None  # "the whole of its compound": no description
    return start, end + 1


def item_end(doc: Doc, j: int) -> int | None:
    """Where a list item that names no building ends (the "," or "and" after it, within
    six words); None if no separator comes."""
    for k in range(j, min(len(doc), j + 7)):
        if doc[k].lower_ in {",", "and"} and k > j:
            return k
        if doc[k].is_punct and doc[k].text not in {"'s", "’s", "-"}:
            return None
    return None


def landmark_facilities(doc: Doc, landmarks: Iterable[tuple[int, int]]) -> Iterable[Candidate]:
    """ "the presidential palace", "the provincial radio and television building": a
    described building taken in the same clause (``landmark_phrases``) is a facility of
    its own; its words, without "the", are its name. A bare "the prison" is left to
    ``town_facilities``."""
    for start, end in landmarks:
        if end - start > 1 and not is_set_off_after_name(doc, start):
            yield Candidate(start, end, "FAC", "Facility", None, 1)


def is_set_off_after_name(doc: Doc, start: int) -> bool:
    """ "the Kanombe barracks, the army's main camp": a description of the name before
    the comma ("the" at ``start - 1``), no building of its own."""
    if start < 3 or doc.texts[start - 2] != ",":
        return False
    # (a name that ends in a building noun, "the Kanombe barracks", too; not a list of
    # buildings, "the airport, the presidential palace")
    return doc.capitalised[start - 3] or start >= 4 and doc.lowers[start - 3] in LANDMARK_HEADS and doc.capitalised[start - 4]


def is_proper_name(text: str) -> bool:
    """ "Goma International Airport", not "the airport" nor a shouted headline's "A PORT"."""
    return text[:1].isupper() and not text.isupper()


def named_with_words(doc: Doc, named: list[Candidate], words: str) -> str | None:
    """The first facility the story names by a proper name ending in ``words`` ("the
    Veracruz custom house" for "custom house"), if any."""
    return next((
        text for c in named
        if c.kind == "Facility" and is_proper_name(text := doc[c.start : c.end].text) and text.lower().endswith(f" {words}")
    ), None)


def town_facilities(doc: Doc, named: list[Candidate], landmarks: Iterable[tuple[int, int]]) -> Iterable[Candidate]:
    """ "seized the airport of the Red Sea city of X", "control the port": a town's
    airport, port or prison taken or held, named by its town: the one named soon
    after it ("of the city of X"), else the town named last before it within a few
    sentences. "the port of X" names the town X, no facility."""
    places = [c for c in named if c.label == "GPE" and c.kind == "Place"]
    towns = [c for c in places if not names_a_region(doc, c.start)]
    facility_words = {
        t.lower_ for c in named if c.kind == "Facility" and is_proper_name(doc[c.start : c.end].text) for t in doc[c.start : c.end]
    }
    times_named = Counter(doc[c.start : c.end].text for c in towns)
    story_town = main_town(towns, times_named, doc)
    for start, end in landmarks:
        if end - start == 3 and doc[start].lower_ in {"city", "town"} and doc[start + 1].text in {"'s", "’s"}:
            start += 2  # "the city's airport": the airport of the town named before
        head = doc[end - 1]
        kind_word = doc.lowers[start] if end - start == 2 and doc.lowers[start] in TOWN_FACILITY_KINDS.get(head.lower_, ()) else None
        # ("the medieval fortress of Knin": a description, no kind of its own)
        described = end - start == 2 and doc[start].pos_ == "ADJ" and doc.texts[start].islower() and kind_word is None
        if end - start != 1 and kind_word is None and not described or head.lower_ not in TOWN_FACILITY_HEADS and kind_word is None:
            continue
        proper = named_with_words(doc, named, f"{kind_word} {head.lower_}") if kind_word else None
        if proper is not None:
            yield Candidate(start, end, "FAC", "Facility", proper, 2)  # "the custom house" after "the Veracruz custom house"
            continue
        if head.lower_ in facility_words:
            continue  # (a story that names its airport means that one: see place_antecedent)
        if end < len(doc) and doc.lowers[end] in {"city", "town", "cities", "towns"}:
            continue  # "the port city of Buchanan": a kind of town, no facility
        named_after = end < len(doc) and doc[end].lower_ in {"of", "in", "at"}
        if named_after and doc[end].lower_ == "of" and head.lower_ in TOWN_ITSELF_HEADS and any(c.start == end + 1 for c in places):
            continue  # "the port of Mocha" is the town itself (read so by the relation rules)
        after = [c for c in places if end < c.start <= end + 7] if named_after else []
        # ("the port at Tawahi": a name right after "at" is the facility's town, whatever
        # label the model gave it)
        right_after = [c for c in named if c.kind == "Place" and c.label == "LOC" and c.start == end + 1] if named_after and doc[end].lower_ == "at" else []
        after = right_after or after
        if named_after and not after:
            continue  # "the port of a city the NER missed": the name after it says which, not the last town
        reach = head.sent.start
        for _ in range(3):  # this sentence and up to three before it
            reach = doc[reach - 1].sent.start if reach > 0 else 0
        before = [c for c in towns if reach <= c.start and c.end <= start]
        if before and not after:
            # the story's own town, when it is one of those named nearby: "the
            # cantonment" in a story about Jessore, not that of a town the garrison fled to
            before = sorted(before, key=lambda c: (times_named[doc[c.start : c.end].text], c.start))
        # (the story's town only where no sentence in reach names a place: "the harbour
        # at Tanjung Perak ... who have held the port" is that one)
        placed_nearby = any(reach <= c.start < start and c.kind in {"Place", "Facility"} for c in named)
        town = after[0] if after else before[-1] if before else None if placed_nearby else story_town
        if town is not None:
            name = doc[town.start : town.end].text
            # (the whole "city's airport" when the town is the possessor: over the landmark's own reading)
            first, priority = (start - 2, 2) if doc[start - 1].text in {"'s", "’s"} else (start, 1 + (end - start == 2))
            words = f"{kind_word} {head.lower_}" if kind_word else head.lower_
            yield Candidate(first, end, "FAC", "Facility", f"{name} {words}", priority)


def main_town(towns: list[Candidate], times_named: Counter[str], doc: Doc) -> Candidate | None:
    """The town a story is about, for a facility no nearby sentence places ("the UN
    force, which holds the airport", paragraphs after the last "Mogadishu"): the town
    named most often, at least three times and more often than any other; None if no
    town stands out."""
    ranked = times_named.most_common(2)
    if not ranked or ranked[0][1] < 3 or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return next(c for c in towns if doc[c.start : c.end].text == ranked[0][0])


REGION_WORDS = frozenset("department province region state district county governorate prefecture".split())


def names_a_region(doc: Doc, start: int) -> bool:
    """ "the Amazon department of Vaupés": the name after a region's noun and "of" is
    no town, whatever the gazetteer calls it."""
    return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in REGION_WORDS


def possessed_town_facilities(doc: Doc, named: list[Candidate]) -> Iterable[Candidate]:
    """ "Goma's international airport", "Aden's main port": the town's facility, named
    by the town ("Goma airport") like the bare "the airport" of ``town_facilities``."""
    n = len(doc)
    for c in named:
        if c.label != "GPE" or c.kind != "Place" or c.end + 1 >= n or doc[c.end].text not in {"'s", "’s"}:
            continue
        k = c.end + 1
        while k < n and k - c.end <= 2 and doc[k].lower_ in FACILITY_DESCRIPTIONS:
            k += 1
        if k < n and doc[k].lower_ in TOWN_FACILITY_HEADS:
            yield Candidate(c.start, k + 1, "FAC", "Facility", f"{doc[c.start : c.end].text} {doc[k].lower_}", 3)
        elif k + 1 < n and doc[k].lower_ in TOWN_FACILITY_KINDS.get(doc[k + 1].lower_, ()):
            # ("Berlin's police headquarters", "Bilbao's town hall")
            yield Candidate(c.start, k + 2, "FAC", "Facility", f"{doc[c.start : c.end].text} {doc[k].lower_} {doc[k + 1].lower_}", 3)


def the_named_list(doc: Doc, first: int) -> list[tuple[int, int]]:
    """Names from ``first`` each after its own "the": "the Champ de Mars, the Arc de
    Triomphe and the ..." (the first name, at ``first``, has its "the" before it)."""
    names = capitalised_list(doc, first)[:1]
    while names:
        end = names[-1][1]
        k = end + 1 + (end + 1 < len(doc) and doc.texts[end] == "," and doc.lowers[end + 1] == "and")
        if not (end < len(doc) and doc.texts[end] in {",", "and"} and k + 1 < len(doc) and doc.lowers[k] == "the" and is_capitalised(doc[k + 1])):
            break
        after = name_after(doc, k + 1, 4)
        if after is None or strip_titles(doc, k + 1, after) != k + 1:
            break
        names.append((k + 1, after))
    return names


def capitalised_list(doc: Doc, first: int) -> list[tuple[int, int]]:
    """Names from ``first`` joined by commas and "and": "Nyala, El Geneina and Zalingei"."""
    names: list[tuple[int, int]] = []
    k = first
    while k < len(doc) and (is_capitalised(doc[k]) and not doc[k].is_punct or k > first and is_article_particle(doc, k)):
        end = name_after(doc, k, 4)
        if end is None or strip_titles(doc, k, end) != k:
            break
        names.append((k, end))
        if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "and":
            k = end + 2
        elif end < len(doc) and doc[end].text in {",", "and"}:
            described = set_off_description_end(doc, end) if doc[end].text == "," else None
            k = end + 1 if described is None else described  # "Mosul, Iraq's second city, and Qaim"
        else:
            break
    return names


# How a set-off description of a listed place begins: "Mosul, Iraq's second city, and
# X", "Makeni, seized from the garrison in May, and X"
DESCRIPTION_OPENERS = frozenset("the a an its their both seized taken captured held lost".split())


def set_off_description_end(doc: Doc, comma: int, longest: int = 10) -> int | None:
    """Where the list goes on after ", <description>, and": the index after "and", or
    None when the words after ``comma`` are no short description closed by ", and"."""
    opener = comma + 1
    if opener >= len(doc):
        return None
    owned = opener + 1 < len(doc) and doc.texts[opener + 1] in {"'s", "’s"}
    if doc.lowers[opener] not in DESCRIPTION_OPENERS and not owned:
        return None
    for k in range(opener + 1, min(len(doc) - 1, opener + longest + 1)):
        if doc.texts[k] == ",":
            closed = doc.lowers[k + 1] == "and" and k + 2 < len(doc) and (is_capitalised(doc[k + 2]) or is_article_particle(doc, k + 2))
            return k + 2 if closed else None
        if doc[k].is_punct and doc.texts[k] not in {"-", "'s", "’s"}:
            return None
    return None


NUMBERED_HEIGHTS = frozenset({"Point", "Hill", "Height", "Peak", "Ridge"})


def numbered_heights(doc: Doc) -> Iterable[Candidate]:
    """ "Point 5140", "Hill 262": a height named by its number on the map."""
    for k in doc.reading.where_text(NUMBERED_HEIGHTS):
        if k + 1 < len(doc) and doc.texts[k + 1].isdigit():
            yield Candidate(k, k + 2, "GPE", "Place", None, 2)


# Unit words a number after them names: "Brigade 2506", "Battalion 316", "Unit 731"
NUMBERED_UNIT_WORDS = ("Brigade", "Battalion", "Regiment", "Unit", "Squadron")


def numbered_units(doc: Doc) -> Iterable[Candidate]:
    """ "Brigade 2506", "Task Force 88": a unit named by its number after the unit word
    (not "Hill 262": see numbered_heights)."""
    for k in doc.reading.where_text(NUMBERED_UNIT_WORDS + ("Force",)):
        if k + 1 < len(doc) and doc.texts[k + 1].isdigit() and (doc.texts[k] != "Force" or k > 0 and doc.texts[k - 1] == "Task"):
            yield Candidate(k - (doc.texts[k] == "Force"), k + 2, "ORG", "ArmedGroup", None, 2)


# Units named by a letter before the unit word: "D Company", "B Squadron", "A Battery"
LETTERED_UNIT_WORDS = ("Company", "Battery", "Squadron", "Troop", "Platoon")


def lettered_units(doc: Doc) -> Iterable[Candidate]:
    """ "D Company of the 6th Battalion", "A Company": a unit named by its letter (the
    model drops the letter or takes "A" for the article)."""
    for k in doc.reading.where_text(LETTERED_UNIT_WORDS):
        letter = doc.texts[k - 1] if k > 0 else ""
        if len(letter) == 1 and letter.isupper() and letter.isalpha():
            yield Candidate(k - 1, k + 1, "ORG", "ArmedGroup", None, 2)


# "General" opening a body's name, not a title: "the General Staff", "the General Command"
GENERAL_BODY_HEADS = frozenset({"Staff", "Command"})


def general_staffs(doc: Doc) -> Iterable[Candidate]:
    """ "Russia's General Staff": an army's command, named "Russian General Staff" after the
    country whose it is (the model read "General" as a title and "Staff" as a man)."""
    for k in doc.reading.where_text(("General",)):
        if k + 1 >= len(doc) or doc.texts[k + 1] not in GENERAL_BODY_HEADS:
            continue
        if k > 0 and doc.texts[k - 1] in {"army", "military"}:
            continue  # "a spokesman for the army General Staff": the army's own voice
        owner = gazetteer.country(doc.texts[k - 2]) if k >= 2 and doc.texts[k - 1] in {"'s", "’s"} else None
        adjective = gazetteer.demonym_of(owner.name) if owner is not None else None
        canonical = f"{adjective} General {doc.texts[k + 1]}" if adjective else None
        yield Candidate(k, k + 2, "ORG", "ArmedGroup", canonical, 3)


# What allies field together: "the Allied force", "the allied armies", "Allied headquarters"
ALLIED_BODY_NOUNS = frozenset("force forces army armies troops command headquarters vanguard".split())


def allied_forces(doc: Doc, named: list[Candidate]) -> Iterable[Candidate]:
    """ "the Allied force", "the allied armies": the allies' joint force, one body however
    the story words it: the one named body whose name opens with "Allied" ("Allied
    Forces Netherlands East Indies"), else "Allied forces". Capitalised, or lower case
    right after "the" (not "the government and allied militias", nor "Iran-allied forces")."""
    covered = {k for c in named for k in range(c.start, c.end)}
    bodies = {c.canonical or " ".join(doc.texts[c.start : c.end]) for c in named if c.label == "ORG" and doc.texts[c.start] == "Allied" and c.end - c.start > 2}
    name = next(iter(bodies)) if len(bodies) == 1 else "Allied forces"
    for k in doc.reading.where_lower(("allied",)):
        if k in covered or k + 1 >= len(doc) or doc.lowers[k + 1] not in ALLIED_BODY_NOUNS or k > 0 and doc.texts[k - 1] == "-":
            continue
        if k + 2 < len(doc) and doc.capitalised[k + 2] and not doc[k + 2].is_punct:
            continue  # a longer name: "Allied Forces Netherlands East Indies"
        if doc.texts[k] == "Allied" and not is_sentence_start(doc[k]) or k > 0 and doc.lowers[k - 1] == "the":
            yield Candidate(k, k + 2, "ORG", "ArmedGroup", name, 2)


def names_with_ag(doc: Doc) -> Iterable[Candidate]:
    """ "Iyad Ag Ghaly", "Bilal Ag Acherif": a Tuareg name, "Ag" (son of) between a given
    name and the father's, is one person's (the model often keeps only the last word)."""
    for k in doc.reading.by_text.get("Ag", ()):
        if 0 < k < len(doc) - 1 and doc.capitalised[k - 1] and doc.capitalised[k + 1] and doc[k - 1].is_alpha and doc[k + 1].is_alpha:
            if gazetteer.country(doc.texts[k - 1]) is None and doc.lowers[k - 1] not in TITLE_WORDS:
                yield Candidate(k - 1, k + 2, "PER", "Person", None, 2)


# States' air forces and navies known by a name in their own language, which news
# leaves untranslated (world knowledge, as the national armies table is; not merged with
# the state's army: "the Luftwaffe" and "the Wehrmacht" are two sides' nodes in a story)
OWN_LANGUAGE_SERVICE_NAMES = frozenset({"Luftwaffe", "Kriegsmarine"})


@functools.cache
def one_word_state_force_names() -> tuple[str, ...]:
    """The one-word names of states' armed forces and services, in a fixed order."""
    return tuple(sorted(OWN_LANGUAGE_SERVICE_NAMES | {name for name in gazetteer.named_national_armies() if " " not in name}))


def one_word_state_forces(doc: Doc) -> Iterable[Candidate]:
    """ "the Wehrmacht", "the Tatmadaw", "the Luftwaffe": a state's armed forces (or one
    of their services) known by a one-word name of their own; the model misses such names
    or reads them as places."""
    for name in one_word_state_force_names():
        for k in doc.reading.by_text.get(name, ()):
            yield Candidate(k, k + 1, "ORG", "ArmedGroup", None, 1)


def national_marines(doc: Doc) -> Iterable[Candidate]:
    """ "U.S. Marines", "American Marines", "Royal Marines": a service named of its own
    (the model tags the country alone, and "Marines" after it read as the country's army)."""
    for k in doc.reading.where_text(("Marines",)):
        if k == 0:
            continue
        before = doc.texts[k - 1]
        country = gazetteer.country(before) or gazetteer.country_of_demonym(before)
        if before == "Royal" or country is not None:
            # one name for "US Marines", "U.S. Marines" and "American Marines"
            yield Candidate(k - 1, k + 1, "ORG", "ArmedGroup", f"{country.name} Marines" if country else None, 3)


# Capitalised words a civil war's side goes by, and the nouns of its armed men:
# "Nationalist troops", "a Nationalist garrison", "Republican forces"
# ("royalist troops": a king's side in a civil war or a coup, in either case; named
# with a capital, one node with the lower-case words)
SIDE_WORDS = frozenset({"Nationalist", "Republican", "Royalist", "royalist"})
SIDE_FORCE_NOUNS = frozenset(
    "troops forces force army armies garrison garrisons columns column units unit soldiers divisions formation formations cavalry officers".split()
)


def side_armies(doc: Doc) -> Iterable[Candidate]:
    """ "Nationalist troops", "the Republican army": the army of a civil war's side,
    named as the side's army ("Nationalist army"), one node for all its nouns."""
    for k in doc.reading.where_text(tuple(SIDE_WORDS)):
        if k + 1 < len(doc) and doc.lowers[k + 1] in SIDE_FORCE_NOUNS and doc.texts[k + 1].islower():
            yield Candidate(k, k + 2, "ORG", "ArmedGroup", f"{doc.texts[k].capitalize()} army", 3)


# Movements whose branches are named "<movement> in the <region>": "the Islamic State in
# the Sahel", "al-Qaeda in the Arabian Peninsula" (not "in <country>": "struck Islamic
# State in Iraq" is the movement where it was struck)
FRANCHISE_HEADS = (("islamic", "state"), ("al", "-", "qaeda"), ("al", "qaeda"), ("al", "-", "qaida"))


def franchise_names(doc: Doc) -> Iterable[Candidate]:
    """ "the Islamic State in the Sahel", "al-Qaeda in the Islamic Maghreb": a branch of
    the movement, named with its region (after "the", up to four capitalised words),
    an armed group of its own."""
    for k in doc.reading.where_lower(("in",)):
        head = next((h for h in FRANCHISE_HEADS if k >= len(h) and tuple(doc.lowers[k - len(h) : k]) == h), None)
        if head is None or k + 2 >= len(doc) or doc.lowers[k + 1] != "the":
            continue
        j = end = k + 2
        while end < len(doc) and end - j < 4 and doc.capitalised[end]:
            end += 1
        if end > j:
            yield Candidate(k - len(head), end, "ORG", "ArmedGroup", None, 3)


def joined_council_names(doc: Doc) -> Iterable[Candidate]:
    """ "the African Union's Peace and Security Council": a council named with "and", one
    name (its last words alone would be the UN's Security Council), called "AU Peace and
    Security Council" when the African Union's possessive opens it."""
    for k in doc.reading.where_lower(("and",)):
        if k < 2 or k + 3 > len(doc) or doc.lowers[k + 2] != "council" or not (doc.capitalised[k - 1] and doc.capitalised[k + 1] and doc.capitalised[k + 2]):
            continue
        if doc.capitalised[k - 2]:
            continue  # "the National Security and Defence Council": a longer name the model reads whole
        owner = doc.lowers[k - 3 : k - 1] if k >= 3 else ()
        canonical = f"AU {doc.texts[k - 1]} and {doc.texts[k + 1]} Council" if tuple(owner) in {("union", "'s"), ("au", "'s")} else None
        yield Candidate(k - 1, k + 3, "ORG", "InternationalOrganization" if canonical else "Organization", canonical, 3)


# What a state's ministry is of: "Russia's defence ministry"
MINISTRY_KINDS = frozenset("defence defense foreign interior war information home justice".split())
ARMED_MINISTRY_KINDS = frozenset("defence defense war".split())
# A ministry no state is named for ("the defence ministry"): the story's own (not the
# foreign ministry, the state's voice: see country_ministries)
UNNAMED_MINISTRY_KINDS = MINISTRY_KINDS - {"foreign"}


def country_ministries(doc: Doc) -> Iterable[Candidate]:
    """ "Russia's defence ministry", "Azerbaijan's Defence Ministry": a state's ministry,
    named as news names it on its own ("the Russian Defence Ministry")."""
    for k in doc.reading.where_lower(("ministry",)):
        if k >= 2 and doc.lowers[k - 1] in ARMED_MINISTRY_KINDS and gazetteer.country_of_demonym(doc.texts[k - 2]) is not None:
            # "the Armenian defence ministry's spokesman": the demonym is the ministry's word
            # (only the ministry of the armed forces: the gold of "the French foreign
            # ministry" is France's mostly, its spokesman the state's voice)
            yield Candidate(k - 2, k + 1, "ORG", "Government", f"{doc.texts[k - 2]} {doc.texts[k - 1].title()} Ministry", 3)
            continue
        if k >= 2 and doc.lowers[k - 1] in UNNAMED_MINISTRY_KINDS and doc.lowers[k - 2] == "the" and not doc.capitalised[k - 1]:
            # "the defence ministry's spokesman", "a spokesman for the interior ministry":
            # the story's own state's ministry, a body of its own (resolution joins it
            # with the ministry named in full)
            yield Candidate(k - 1, k + 1, "ORG", "Government", f"{doc.texts[k - 1].title()} Ministry", 2)
            continue
        if k < 3 or doc.lowers[k - 1] not in MINISTRY_KINDS or doc.texts[k - 2] not in {"'s", "’s"}:
            continue
        country = gazetteer.country(doc.texts[k - 3])
        demonym = gazetteer.demonym_of(country.name) if country is not None else None
        if demonym:
            # (the ministry's words only: "Russia's" stays the country's mention, and no
            # alias of the ministry names the country)
            yield Candidate(k - 1, k + 1, "ORG", "Government", f"{demonym} {doc.texts[k - 1].title()} Ministry", 3)


def national_service_branches(doc: Doc) -> Iterable[Candidate]:
    """ "the Kuwaiti air force", "the Chilean navy", "the Paraguayan fleet": a state's service named by its
    demonym, written in lower case (the model tags the demonym alone). Resolution makes
    one node of "the American navy" and "the US Navy" (named as the article names it most)."""
    for k in doc.reading.where_lower(("navy", "air", "fleet")):
        end = k + 1 if doc.lowers[k] in {"navy", "fleet"} else k + 2
        if doc.lowers[k] == "air" and doc.lowers[k + 1 : k + 2] != ("force",):
            continue
        if doc.texts[k] != doc.lowers[k]:
            continue  # "the Indian Air Force": a name the model reads
        for start in (k - 2, k - 1):
            words = " ".join(doc.texts[start:k]) if start >= 0 else ""
            country = gazetteer.country_of_demonym(words) if words[:1].isupper() else None
            if country is None and start == k - 2 and start >= 0 and doc.texts[start] in gazetteer.DIVIDED_STATE_WORDS:
                country = gazetteer.country_of_demonym(doc.texts[k - 1])  # "the South Vietnamese air force"
            if country is not None:
                # ("the Paraguayan fleet" is its navy: one node with "the Paraguayan navy")
                navy = f"{words} navy" if doc.lowers[k] == "fleet" else None
                yield Candidate(start, end, "ORG", "ArmedGroup", navy, 3)
                break


REGIMENT_HEADS = frozenset("regiment guards rifles marines fusiliers cavalry infantry grenadiers dragoons hussars lancers highlanders".split())
UNIT_OF_GROUP_HEADS = UNIT_HEADS | frozenset({"battalions", "company", "squadron", "regiments"})


def units_of_groups(doc: Doc, named: list[Candidate]) -> Iterable[Candidate]:
    """ "the 2nd Battalion of the Rajputana Rifles": one unit's name, not a battalion
    and a separate group."""
    by_start = {c.start: c for c in named if c.kind == "ArmedGroup"}
    for c in named:
        if c.kind != "ArmedGroup" or doc.lowers[c.end - 1] not in UNIT_OF_GROUP_HEADS:
            continue
        lettered = c.end - c.start == 2 and doc.texts[c.end - 1] in LETTERED_UNIT_WORDS and len(doc.texts[c.start]) == 1
        if c.end + 2 < len(doc) and doc.lowers[c.end] == "of" and doc.lowers[c.end + 1] == "the" and not lettered:
            # ("D Company of the 6th Battalion": a lettered company is named apart)
            group = by_start.get(c.end + 2)
            if group is not None and not is_state_service_at(doc, group.start):  # (a unit of the Nigerian Army is its own)
                yield Candidate(c.start, group.end, "ORG", "ArmedGroup", None, max(c.priority, group.priority, 2))
        # "the 2nd Battalion, 5th Marines", "3rd Battalion, (the) Parachute Regiment": a
        # battalion named with its regiment after a comma
        if not ORDINAL.match(doc.texts[c.start]) or c.end + 2 >= len(doc) or doc.texts[c.end] != ",":
            continue
        regiment = by_start.get(c.end + 2 if doc.lowers[c.end + 1] == "the" else c.end + 1)
        if regiment is not None and (ORDINAL.match(doc.texts[regiment.start]) or doc.lowers[regiment.end - 1] in REGIMENT_HEADS):
            yield Candidate(c.start, regiment.end, "ORG", "ArmedGroup", None, max(c.priority, regiment.priority, 2))


def headquarters_of_bodies(doc: Doc, named: list[Candidate]) -> Iterable[Candidate]:
    """ "captured the headquarters of the army's 1st Infantry Division": a facility of
    its own, "1st Infantry Division headquarters", on the word "headquarters" alone (the
    body keeps its own name, and what the text says of it)."""
    taken = {k for c in named for k in range(c.start, c.end)}
    for c in named:
        if c.kind not in {"ArmedGroup", "Organization"} or c.end < len(doc) and doc.texts[c.end] in {"'s", "’s"}:
            continue
        k = c.start - 1
        while k > c.start - 5 and k > 1 and doc.lowers[k] != "of" and (
            doc.lowers[k] in {"the", "'s", "’s"} or doc.texts[k].isalpha()
        ):
            k -= 1  # back over "the army's", "the Myanmar military's" to "of"
        if doc.lowers[k] != "of" or doc.lowers[k - 1] != "headquarters" or k - 1 in taken:
            continue
        if k >= 3 and doc.texts[k - 3] == "," and doc.lowers[k - 2] == "the":
            continue  # "Gulu, the headquarters of X": the town before the comma is
        name = c.canonical or doc[c.start : c.end].text
        yield Candidate(k - 1, k, "FAC", "Facility", f"{name} headquarters", 3)


def places_listed_with_places(doc: Doc, named: list[Candidate]) -> Iterable[Candidate]:
    """A one-word name the model called a person, listed with a town by "and" or a
    comma ("including Zvornik and Vlasenica", "Gori, Senaki and Poti"): a town too."""
    places = {(c.start, c.end) for c in named if c.kind == "Place"}
    for c in named:
        if c.kind != "Person" or c.priority > 1 or c.end - c.start != 1:
            continue
        before, after = c.start - 1, c.end
        neighbours = []
        if before > 0 and doc[before].text in {",", "and"}:
            neighbours += [(c2.start, c2.end) for c2 in named if c2.end == before]
        if after < len(doc) and doc[after].text in {",", "and"}:
            neighbours += [(c2.start, c2.end) for c2 in named if c2.start == after + 1]
        if before > 1 and doc[before].text == "and" and doc[before - 1].text == ",":
            # "A, just east of the city, and B": the list's first place before the apposition
            commas = [k for k in range(before - 2, max(0, before - 10), -1) if doc[k].text == ","]
            if commas:
                neighbours += [(c2.start, c2.end) for c2 in named if c2.end == commas[0]]
        if any(n in places for n in neighbours):
            yield Candidate(c.start, c.end, "GPE", "Place", None, 2)
    yield from untagged_places_listed_with_places(doc, named)


def untagged_places_listed_with_places(doc: Doc, named: list[Candidate]) -> Iterable[Candidate]:
    """A capitalised word the model tagged as nothing, joined by "and" to a place
    ("as well as Chajul and San Juan Cotzal", "between Nebaj and Chajul"): a place too."""
    covered = {k for c in named for k in range(c.start, c.end)}
    starts = {c.start for c in named if c.kind == "Place"}
    ends = {c.end for c in named if c.kind == "Place"}
    for i in range(1, len(doc) - 1):
        token = doc[i]
        if i in covered or not token.is_alpha or len(token.text) < 3 or not is_capitalised(token) or token.text.isupper():
            continue
        if is_sentence_start(token) or token.pos_ not in {"PROPN", ""} or token.lower_ in CALENDAR_WORDS or token.is_stop:
            continue
        if doc[i + 1].lower_ == "and" and i + 2 in starts or doc[i - 1].lower_ == "and" and i - 1 in ends:
            yield Candidate(i, i + 1, "GPE", "Place", None, 2)


# Prepositions after which a bare capitalised name is where something is or goes:
# "fled to neighbouring Ingushetia" is left out ("to" also gives: "said to Reuters")
# Prepositions before a place's name: "in Darfur", "rebels from Darfur", "near Muse"
# (one set: is_named_as_place, defined earlier, reads it too)
LOCATIVE_PREPOSITIONS = frozenset("in into near at around outside towards toward across throughout from".split())
# Words between the preposition and the name that keep it a place's ("in northern Tigray")
LOCATIVE_DESCRIPTIONS = COMPASS_WORDS | frozenset({"neighbouring", "neighboring", "nearby"})


# Endings of a people's or a language's word ("Kurdish", "Sudanese", "Abkhazian", "Arabic")
PEOPLE_ENDINGS = ("ish", "ese", "ian", "ic")


def is_place_name_word(word: Token) -> bool:
    """A capitalised proper noun that may be a place's name: no title, month, creed,
    people's word or stop word."""
    text = word.text
    if not (word.is_alpha and text[:1].isupper() and text[1:].islower() and len(text) > 1 and word.pos_ in {"PROPN", ""}):
        return False
    return not (
        word.is_stop or word.lower_ in TITLE_WORDS or word.lower_ in CALENDAR_WORDS or is_creed(text)
        or text.endswith(PEOPLE_ENDINGS) or gazetteer.country_of_demonym(text) is not None
    )


def is_noun_like(word: Token) -> bool:
    """A noun by the tagger; with no tagger, any word that is no stop word."""
    return word.pos_ in {"NOUN", "PROPN"} if word.pos_ else word.is_alpha and not word.is_stop


def is_after_locative(doc: Doc, i: int) -> bool:
    """Word ``i`` follows "in", "near", "at" ..., perhaps with "northern" or
    "neighbouring" between ("in northern Tigray")."""
    before = i - 1 - (i > 1 and doc.lowers[i - 1] in LOCATIVE_DESCRIPTIONS)
    return before >= 1 and doc.lowers[before] in LOCATIVE_PREPOSITIONS and doc.texts[before] == doc.lowers[before]


def untagged_places_after_locatives(doc: Doc, named: list[Candidate]) -> Iterable[Candidate]:
    """Capitalised words no rule or model named, right after "in", "near", "at" or
    "into" ("in Tigray", "near the border at Muse", "in northern Mingrelia"): a place
    no gazetteer knows. Not a name the story gives a person or body elsewhere ("in
    Haftar's camp"), nor a title, month, creed or people's word."""
    covered = {k for c in named for k in range(c.start, c.end)}
    people = {doc.texts[k] for c in named if c.kind != "Place" for k in range(c.start, c.end)}
    # where each word of a person's name stands, to tell a name the story gives a person
    # elsewhere from the one under test
    person_starts: dict[str, set[int]] = {}
    for c in named:
        if c.kind == "Person":
            for k in range(c.start, c.end):
                person_starts.setdefault(doc.texts[k], set()).add(c.start)
    for i in range(1, len(doc) - 1):
        # (the words before first: asking every token of the article what it is costs more)
        if i in covered or not is_after_locative(doc, i) or not is_place_name_word(doc[i]) or is_sentence_start(doc[i]):
            continue
        end = i + 1
        while end < len(doc) and end not in covered and is_place_name_word(doc[end]):
            end += 1
        after = doc[end] if end < len(doc) else None
        if after is not None and (after.text in {"'s", "’s", "-"} or after.text[:1].islower() and is_noun_like(after)):
            continue  # "in Houthi hands", "at Haftar's side", "in Houthi-held": a word describing or owning
        if any(doc.texts[k] in people for k in range(i, end)) or end - i == 1 and len(doc.texts[i]) < 3:
            continue  # (a lone two-letter word is no name: "in Mr", "at St")
        yield Candidate(i, end, "LOC", "Place", None, 1)
    located = [  # "fighting raged at Ras Lanuf and Es Sider": the model's people
        c for c in named
        if c.kind == "Person" and c.priority <= 1 and is_after_locative(doc, c.start) and all(
            is_place_name_word(doc[k]) for k in range(c.start, c.end)
        ) and not (c.end < len(doc) and doc.texts[c.end] in {"'s", "’s", "-"})
    ]
    # (the same name after a locative elsewhere is no other use: "near Mashkaf", "around Mashkaf")
    located_starts = {c.start for c in located}
    for c in located:
        if not any(person_starts[doc.texts[k]] - located_starts for k in range(c.start, c.end)):
            yield Candidate(c.start, c.end, "LOC", "Place", None, 2)


def people_listed_with_people(doc: Doc, named: list[Candidate]) -> Iterable[Candidate]:
    """Two or three capitalised words nobody tagged, joined by "and" to a person's full
    name ("signed by Ode Ambo and Kiro Adde"): a second person. A name with a head
    word, a country or a title ("Ode Ambo and Kalden Province") is left alone."""
    taken = {k for c in named for k in range(c.start, c.end)}
    n = len(doc)
    for c in named:
        if c.kind != "Person" or c.end - c.start < 2:
            continue
        spans = []
        if c.end + 1 < n and doc[c.end].lower_ == "and":
            end = name_after(doc, c.end + 1, 3)
            if end is not None:
                spans.append((strip_titles(doc, c.end + 1, end), end))
        if c.start > 1 and doc[c.start - 1].lower_ == "and":
            start = name_before(doc, c.start - 1, 3)
            if start is not None:
                spans.append((start, c.start - 1))
        for start, end in spans:
            if end - start < 2 or any(k in taken for k in range(start, end)) or not is_plain_name(doc, start, end):
                continue
            if end < n and doc.texts[end] in {"'s", "’s"} or is_sentence_start(doc[start]):
                continue  # "Ode Ambo and Kiro Adde's party" may name a party
            yield Candidate(start, end, "PER", "Person", None, 2)


# Titles of those who rule a land: "Minas Gerais, under Governor X"
GOVERNING_TITLES = RULER_WORDS | frozenset("governor president emperor premier prime".split())


def polities_under_rulers(doc: Doc, named: list[Candidate]) -> Iterable[Candidate]:
    """A name the model called a person, followed by ", under Governor X" or ", under
    President X": a land and its ruler (no man is "under" a governor, set off so)."""
    n = len(doc)
    for c in named:
        if c.label != "PER" or c.priority > 1 or c.end + 3 >= n:
            continue
        if doc.lowers[c.end] == "," and doc.lowers[c.end + 1] == "under" and doc.lowers[c.end + 2] in GOVERNING_TITLES and doc.capitalised[c.end + 2]:
            yield Candidate(c.start, c.end, "GPE", "Place", None, 2)


def people_described_by_who(doc: Doc, named: list[Candidate]) -> Iterable[Candidate]:
    """A name the model called a body or a place, followed by ", who" ("Mengistu, who
    is both head of state and ..."): a person. Not a plural ("the Houthis, who"), a name
    with a body's or a place's head word ("the Shura Council, who"), or a name the
    gazetteer knows. The model's own "person" there becomes a rule's reading too, which
    outvotes its guesses elsewhere ("Haftar's self-styled army" typed a body three
    times)."""
    n = len(doc)
    for c in named:
        if c.label not in {"ORG", "LOC", "GPE", "PER"} or c.priority > 1 or c.end + 1 >= n:
            continue
        if doc.lowers[c.end] != "," or doc.lowers[c.end + 1] != "who":
            continue
        words = [doc.texts[k] for k in range(c.start, c.end)]
        text = " ".join(words)
        if words[-1].endswith("s") or any(w.lower() in HEAD_WORDS or not is_proper_name(w) for w in words):
            continue
        if gazetteer.city(text) or gazetteer.country(text) or gazetteer.country_of_demonym(text):
            continue
        yield Candidate(c.start, c.end, "PER", "Person", None, 2)
    yield from untagged_people_before_who(doc, named)


def untagged_people_before_who(doc: Doc, named: list[Candidate]) -> Iterable[Candidate]:
    """ "Erskine Childers, who speaks for ...", "Eamon de Valera, who led ...": two or
    three capitalised words nobody tagged, set off before ", who", are a person's name
    (a body or a people goes by "the": "the Houthis, who")."""
    covered = {k for c in named for k in range(c.start, c.end)}
    for i in doc.reading.by_lower.get("who", ()):
        comma = i - 1
        if comma < 2 or doc.texts[comma] != ",":
            continue
        start = name_before(doc, comma, 4)
        if start is None or any(k in covered for k in range(start, comma)) or start > 0 and doc.lowers[start - 1] == "the":
            continue
        words = [doc.texts[k] for k in range(start, comma) if doc.lowers[k] not in INNER_PARTICLES]
        text = doc[start:comma].text
        if len(words) < 2 or doc[comma - 1].tag_ == "NNPS" or any(w.lower() in HEAD_WORDS or not is_proper_name(w) for w in words):
            continue  # (a plural, "Shia Muslims, who", is a people)
        if gazetteer.city(text) or gazetteer.country(text) or any(gazetteer.country_of_demonym(w) for w in words):
            continue
        yield Candidate(start, comma, "PER", "Person", None, 2)


POSTED_WORDS = frozenset("mission missions office embassy delegation operation".split())  # not "command": "the Northeastern Command in Lashio" is in Lashio


def missions_in_places(doc: Doc) -> Iterable[Candidate]:
    """ "SADC Mission in Mozambique", "UN Office in Geneva": a body posted somewhere
    is named with its place; "in" does not join other names."""
    for k in doc.reading.where_lower(POSTED_WORDS):
        token = doc[k]
        if not is_capitalised(token) or k + 2 >= len(doc) or doc[k + 1].lower_ not in {"in", "to", "for"}:
            continue
        first = k + 2 + (doc[k + 2].lower_ == "the" and k + 3 < len(doc))  # "UN Operation in the Congo"
        end = first
        while end < len(doc) and is_capitalised(doc[end]) and not doc[end].is_punct:
            end += 1
        place = doc[first:end].text
        if end == first or gazetteer.country(place) is None and gazetteer.city(place) is None:
            continue
        start = k
        while start > 0 and (is_capitalised(doc[start - 1]) or doc[start - 1].lower_ in NAME_CONNECTORS - {"and", "the"}) and not doc[start - 1].is_punct:
            start -= 1
        if start < k and not is_sentence_start(doc[start]) or start < k - 1:
            name = doc[start:end].text
            # priority 3: the place inside is a gazetteer name, which would win otherwise
            yield Candidate(start, end, "ORG", gazetteer.organization_kind(name), None, 3)


BARE_ACRONYM = re.compile(r"^[A-Z][A-Z0-9-]{1,6}$")
ROMAN_NUMERAL = re.compile(r"^(?=[IVXLC])X{0,3}(IX|IV|V?I{0,3})$|^(?=[IVXLC])(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")
# Acronyms with no owner in the article that are not actors: units, times, media
# (the byline's "(AFP)"), diseases, titles.
COMMON_ABBREVIATIONS = frozenset(
    """TV AM PM GMT UTC BST EST CET AFP AP UPI DPA ANSA EFE RIA TASS COVID HIV AIDS
    GDP CEO ID OK USD EUR GBP KM KG MP MPS NGO NGOS UAV UAVS IED IEDS RPG RPGS LNG
    HQ PR IT DNA SMS GPS VIP PDF AD BC BCE CE ETA NB PS RIP FAQ CCTV WHATSAPP SUV
    SUVS POW POWS IDP IDPS PHD MSC BA MA BBC CNN CBS NBC ABC VOA""".split()
)
# Words after an acronym that make it a weapon or a thing, not a group:
# "HIMARS rocket launchers", "TB2 drones".
THING_WORDS = frozenset(
    """rocket rockets launcher launchers missile missiles drone drones jet jets tank
    tanks system systems aircraft helicopter helicopters warplane warplanes howitzer
    howitzers rifle rifles vehicle vehicles test tests""".split()
)


def bare_acronyms(doc: Doc) -> Iterable[Candidate]:
    """ "The RSF seized ...": an all-caps word of 2-6 letters is an organisation even
    where the article never spells it out, unless it is a country ("UAE"), a known
    international body, a common abbreviation ("TV", "GMT", "AFP", "II"), or one word
    of an all-caps headline or dateline ("KYIV, Nov 11 -", "FIGHTING IN THE NORTH").

    Priority 1, listed before the statistical spans: it wins a tie with the model's
    label ("HTS" as a place) but loses to a definition in the text ("(RSF)")."""
    words = doc.reading.by_text
    acronyms = doc.reading.where_text([word for word in words if BARE_ACRONYM.match(word)])
    if not acronyms:
        return
    shouting = all_caps_lines(doc)
    for i in acronyms:
        token = doc[i]
        text = token.text
        if token.i in shouting:
            continue
        letters = sum(ch.isalpha() for ch in text)
        if not 2 <= letters <= 6 or text.endswith("-") or text in COMMON_ABBREVIATIONS or ROMAN_NUMERAL.match(text):
            continue
        if gazetteer.country(text) is not None or gazetteer.international_organization(text) is not None:
            continue  # the gazetteer's own candidates type these
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if following is not None and following.lower_ in THING_WORDS:
            continue
        end = token.i + 1
        while is_hyphened_particle(doc, end):
            end += 4  # "SPLA-in-Opposition": a name of its own, grown out of the acronym's
        yield Candidate(token.i, end, "ORG", gazetteer.organization_kind(doc[token.i : end].text), None, 1)


def all_caps_lines(doc: Doc) -> set[int]:
    """Token indices of all-caps headlines ("HUMANITARIAN TOLL") and of datelines'
    capitals ("ADEN, Yemen -", "JOHANNESBURG/MAPUTO —"); one visit per line."""
    found: set[int] = set()
    breaks = doc.reading.where_text([word for word in doc.reading.by_text if "\n" in word])
    start = 0
    for end in [*breaks, len(doc)]:  # a line runs up to the next token with a line break
        line = doc.tokens[start:end]
        if is_shouted(line):
            found.update(t.i for t in line)
        else:  # a dateline: capitals (joined by "/") up to a comma or dash
            lead = []
            for t in line:
                if t.text.isupper() and t.is_alpha or t.text == "/" and lead:
                    lead.append(t.i)
                    continue
                if lead and t.text in {",", "-", "—", "–", "("}:
                    found.update(lead)
                break
        start = end + 1
    return found


def is_title_cased(line: Iterable[Token]) -> bool:
    """Three or more words of four letters or more, every one capitalised."""
    long_words = [t.text for t in line if t.is_alpha and len(t.text) >= 4]
    return len(long_words) >= 3 and all(w[0].isupper() for w in long_words)


def is_shouted(line: Iterable[Token]) -> bool:
    """Two or more words, all in capitals (stops at the first word that is not)."""
    words = 0
    for t in line:
        if t.is_alpha:
            if not t.text.isupper():
                return False
            words += 1
    return words >= 2


BYLINE_WORDS = frozenset("staff writer reporter correspondent correspondents desk editor editors agencies agency wire news".split())


DATELINE_DASHES = frozenset({"-", "—", "–"})


def dateline_regions(doc: Doc) -> Iterable[Candidate]:
    """ "ELISABETHVILLE, Katanga — ...": the capitalised words between a dateline's
    city and its dash (or date) name the region or country the city lies in, a place
    whatever the model makes of them elsewhere ("Katanga" is no man's surname)."""
    for i in doc.reading.where_text([",", *DATELINE_DASHES]):
        town_end = i - 3 if i >= 4 and doc.texts[i - 1] == ")" and doc.texts[i - 3] == "(" else i  # ("LWÓW (LEMBERG), Galicia")
        if doc.texts[i] != "," or town_end == 0 or not is_capitals_word(doc, town_end - 1):
            continue
        line_start = town_end - 1
        while line_start > 0 and doc.texts[line_start - 1].isupper() and doc.tokens[line_start - 1].is_alpha:
            line_start -= 1
        if line_start > 0 and "\n" not in doc.texts[line_start - 1]:
            continue  # not at a line's start: no dateline
        end = i + 1
        while end < len(doc) and is_capitalised(doc[end]) and doc.tokens[end].is_alpha and not doc.texts[end].isupper():
            end += 1
        if not 1 <= end - i - 1 <= 3 or end >= len(doc) or doc.texts[end] not in DATELINE_DASHES | {","}:
            continue
        if any(doc.lowers[k] in CALENDAR_WORDS for k in range(i + 1, end)):
            continue  # "KYIV, Nov. 11 -": a date, no place
        yield Candidate(i + 1, end, "LOC", "Place", None, 2)


# What may stand between the capitalised words of a dateline's town: "COX'S BAZAR",
# "ST. PETERSBURG", "PORT-AU-PRINCE"
DATELINE_TOWN_JOINERS = frozenset({"'S", "’S", ".", "-"})


def dateline_towns(doc: Doc) -> Iterable[Candidate]:
    """ "COX'S BAZAR, Bangladesh —", "ST. PETERSBURG, Russia —": a dateline's town written
    in capitals over several tokens is one place (not a body "COX" beside a place "BAZAR")."""
    for i in doc.reading.where_text([","]):
        if i >= 5 and doc.texts[i - 1] == ")" and doc.texts[i - 3] == "(" and is_capitals_word(doc, i - 2):
            # "LWÓW (LEMBERG), Galicia —": the town, and its other name for the same place
            if is_capitals_word(doc, i - 4) and "\n" in doc.texts[i - 5] and is_named_region_then_dash(doc, i):
                yield Candidate(i - 4, i - 3, "GPE", "Place", None, 3)
                yield Candidate(i - 2, i - 1, "GPE", "Place", doc.texts[i - 4].title(), 3)
            continue
        if i < 2 or not doc.texts[i - 1].isupper() or not doc.tokens[i - 1].is_alpha:
            continue
        start = i - 1
        while start > 0 and (
            doc.texts[start - 1].isupper() and doc.tokens[start - 1].is_alpha or doc.texts[start - 1] in DATELINE_TOWN_JOINERS
        ):
            start -= 1
        if start > 0 and "\n" not in doc.texts[start - 1]:
            continue  # not at a line's start: no dateline
        if i - start >= 3 and any(doc.texts[k] in DATELINE_TOWN_JOINERS for k in range(start, i)) and doc.texts[start].isupper():
            yield Candidate(start, i, "GPE", "Place", None, 3)
        elif i - start == 1 and len(doc.texts[start]) >= 4 and is_dated_line(doc, start):
            yield Candidate(start, i, "GPE", "Place", None, 3)  # "HENDAYE, French-Spanish Frontier, Feb. 22 —"
        elif i - start <= 3 and sum(len(doc.texts[k]) for k in range(start, i)) >= 4 and is_named_region_then_dash(doc, i):
            yield Candidate(start, i, "GPE", "Place", None, 3)  # "BUNIA, Democratic Republic of Congo —", "MAE SOT, Thailand —"


def is_capitals_word(doc: ReadOnceDoc, k: int) -> bool:
    return doc.texts[k].isupper() and doc.tokens[k].is_alpha


def is_named_region_then_dash(doc: ReadOnceDoc, comma: int) -> bool:
    """Whether a dateline's comma is followed by a place's name (capitalised words, with
    "of", "the" or "and" between them) and the dateline's dash."""
    k = comma + 1
    named = 0
    while k < len(doc) and k - comma <= 6 and (
        is_capitalised(doc[k]) and doc.tokens[k].is_alpha and not doc.texts[k].isupper() or doc.lowers[k] in {"of", "the", "and"} and named
    ):
        named += is_capitalised(doc[k])
        k += 1
    return named >= 1 and k < len(doc) and doc.texts[k] in DATELINE_DASHES


def is_dated_line(doc: ReadOnceDoc, town: int) -> bool:
    """Whether the line a capitals word opens runs on to a date and a dateline's dash
    ("X, Region, Feb. 22 —")."""
    window = range(town, min(len(doc), town + 14))
    end = dateline_end([doc.texts[k] for k in window], [doc.tokens[k].whitespace_ for k in window], 0)
    return end is not None and any(doc.lowers[town + j].rstrip(".") in CALENDAR_WORDS for j in range(2, end - 1))


def byline_names(doc: Doc) -> Iterable[Candidate]:
    """ "By Hodan Abdi | Horn Observer | December 7, 2022": a line opening with "By"
    names its author (a person) and then, after a bar or comma, the outlet. The
    author is typed Person; the outlet is blocked (an empty label, dropped at the
    end) so that it cannot turn up as an actor. "By Staff Writer" and "By a staff
    correspondent" name no one."""
    for i in doc.reading.by_text.get("By", ()):
        token = doc[i]
        if not (token.i == 0 or "\n" in doc[token.i - 1].text):
            continue
        k = token.i + 1
        unnamed = k < len(doc) and doc[k].lower_ in {"a", "an", "our"}  # "By a Staff Correspondent"
        k += unnamed
        while k < len(doc) and (is_capitalised(doc[k]) or unnamed and doc[k].is_alpha) and not doc[k].is_punct:
            k += 1
        author = doc[token.i + 1 + unnamed : k]
        staff = any(t.lower_ in BYLINE_WORDS for t in author)
        if not (2 <= len(author) <= 4 or staff and 1 <= len(author) <= 3) or unnamed and not staff:
            continue
        if k < len(doc) and "\n" not in doc[k].text and doc[k].text not in {"|", ",", "/", "-", "—", "–"}:
            continue  # "By now the town of ...": a sentence, not a byline
        if not staff:
            yield Candidate(author.start, author.end, "PER", "Person", None, 4)
        # ("By a staff correspondent | X News | date" names no author, but still its outlet)
        rest = k
        while rest < len(doc) and "\n" not in doc[rest].text:
            if is_capitalised(doc[rest]) and not doc[rest].is_punct and doc[rest].lower_ not in CALENDAR_WORDS:
                end = rest
                while end < len(doc) and is_capitalised(doc[end]) and not doc[end].is_punct:
                    end += 1
                if gazetteer.country(doc[rest:end].text) is None and gazetteer.city(doc[rest:end].text) is None:
                    yield Candidate(rest, end, "", "", None, 4)  # the outlet: blocked
                rest = end
            else:
                rest += 1


SETTLEMENT_WORDS = frozenset("town city village hamlet capital port district province region quarter island peninsula".split())
# ... and these only right after "the": "the fort of Krasnaya Gorka" (not "the great
# Turkish fortress of Thrace", a region it stands in)
NAMING_SETTLEMENT_WORDS = frozenset("settlement fort fortress duchy".split())


def named_settlements(doc: Doc) -> Iterable[Candidate]:
    """ "the town of Sake", "the port city of Hodeidah": the name after "of" is a place,
    whether or not any gazetteer knows it."""
    for i in doc.reading.where_lower(SETTLEMENT_WORDS | NAMING_SETTLEMENT_WORDS):
        token = doc[i]
        if token.i + 2 >= len(doc) or doc[token.i + 1].lower_ != "of":
            continue
        if token.lower_ in NAMING_SETTLEMENT_WORDS and (i == 0 or doc.lowers[i - 1] != "the"):
            continue
        start = token.i + 2
        end = start + 3 if is_article_particle(doc, start) else start  # "the town of al-Sukhnah"
        while end < len(doc) and (is_capitalised(doc[end]) or doc[end].text == "-" and end + 1 < len(doc) and is_capitalised(doc[end + 1])) and not doc[end].is_punct or (end < len(doc) and doc[end].text == "-" and end > start):
            end += 1
        while end > start and is_article_particle(doc, end):
            end += 3  # "the village of Maroun al-Ras"
        if end > start:
            end = across_inner_particles(doc, start, end)[1]  # "the port of Mocímboa da Praia"
        if end > start and gazetteer.country(doc[start:end].text) is None:
            label, kind = ("LOC", "Place") if token.lower_ in {"district", "province", "region"} else ("GPE", "Place")
            yield Candidate(start, end, label, kind, None, 2)


def names_before_their_initials(doc: Doc) -> Iterable[Candidate]:
    """ "Hayat Tahrir al-Sham (HTS)", "Allied Forces Netherlands East Indies, or AFNEI":
    capitalised words followed by their own initials in brackets or after ", or" are an
    organisation's name, whatever its words."""
    for i in [*doc.reading.by_text.get("(", ()), *doc.reading.by_text.get("or", ())]:
        token = doc[i]
        if token.text == "(" and (token.i + 2 >= len(doc) or doc[token.i + 2].text != ")"):
            continue
        if token.text == "or" and (token.i < 2 or token.i + 1 >= len(doc) or doc[token.i - 1].text != ","):
            continue
        name_end = token.i if token.text == "(" else token.i - 1
        acronym = doc[token.i + 1].text
        if not acronym.isupper() or not 2 <= len(acronym) <= 8:
            continue
        for start in range(max(0, name_end - 12), name_end - 1):
            span = doc[start:name_end]
            if is_capitalised(span[0]) and not span[0].is_stop and initials(span.text) == acronym:
                if all(is_capitalised(t) or t.text == "-" or t.lower_ in NAME_CONNECTORS for t in span):
                    kind = gazetteer.organization_kind(span.text)
                    yield Candidate(start, name_end, "ORG", kind, None, 2)
                break


def bracketed_inside_names(doc: Doc) -> Iterable[Candidate]:
    """ "Jabal Al Nar (Fire Mountain) Operation": a translation in brackets inside
    a name. The whole is one organisation, named without the brackets."""
    for i in doc.reading.by_text.get("(", ()):
        token = doc[i]
        if token.i == 0 or not is_capitalised(doc[token.i - 1]):
            continue
        close = next((t.i for t in doc[token.i + 1 : token.i + 8] if t.text == ")"), None)
        if close is None or close + 1 >= len(doc):
            continue
        head = doc[close + 1]
        if not (is_capitalised(head) and head.lower_ in ORG_WORDS):
            continue
        start = token.i - 1
        while start > 0 and (is_capitalised(doc[start - 1]) or doc[start - 1].text == "-" or doc[start - 1].lower_ in {"al", "el"}) and not doc[start - 1].is_punct or (start > 0 and doc[start - 1].text == "-"):
            start -= 1
        name = f"{doc[start : token.i].text} {head.text}"
        yield Candidate(start, close + 2, "ORG", gazetteer.organization_kind(name), name, 2)


COALITION_WORDS = frozenset("coalition alliance forces force operation mission".split())


def led_coalition_candidates(doc: Doc) -> Iterable[Candidate]:
    """ "the Saudi-led coalition", "a US-led mission": named by who leads them."""
    for k in doc.reading.by_lower.get("led", ()):
        token = doc[k]
        if token.lower_ != "led" or k < 2 or k + 1 >= len(doc) or doc[k - 1].text != "-":
            continue
        leader = doc[k - 2]
        noun = doc[k + 1]
        if is_capitalised(leader) and noun.lower_ in COALITION_WORDS and noun.text.islower():
            yield Candidate(k - 2, k + 2, "ORG", "ArmedGroup", None, 3)


def led_descriptions_named(doc: Doc, named: list[Candidate]) -> Iterable[Candidate]:
    """ "the Kurdish-led alliance" after "the Kurdish-led Syrian Democratic Forces": the
    description stands for the one body the text also calls "Kurdish-led" by name."""
    by_start = {c.start: c for c in named if c.label == "ORG"}
    named_by_leader: dict[str, set[str]] = {}
    for k in doc.reading.by_lower.get("led", ()):
        if k >= 2 and doc[k - 1].text == "-" and k + 1 < len(doc) and k + 1 in by_start:
            body = by_start[k + 1]
            named_by_leader.setdefault(doc[k - 2].lower_, set()).add(body.canonical or doc[body.start : body.end].text)
    for c in named:
        if c.end - c.start != 4 or c.canonical is not None or doc[c.start + 2].lower_ != "led":
            continue
        bodies = named_by_leader.get(doc[c.start].lower_, set())
        if len(bodies) == 1 and doc[c.start + 3].text.islower():
            yield Candidate(c.start, c.end, c.label, c.kind, next(iter(bodies)), c.priority + 1)


NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten".split())


def classify_parts(doc: Doc, start: int, end: int) -> list[Candidate]:
    """The chunk as one name; else its parts around "and" ("Goma and Bukavu");
    else the countries, demonyms and known organisations inside it."""
    if end < len(doc) and doc.lowers[end] in {"'s", "’s"} and is_sentence_start(doc[start]):
        country = country_after_of(doc, start, end)
        if country is not None:
            # "Forces of Libya's UN-backed government said ...": the country owns what
            # follows; the words before "of" are no name of their own
            return classify_parts(doc, country, end)
    candidate = classify_chunk(doc, start, end)
    leader = person_after_of(doc, start, end) if candidate is not None and candidate.label == "ORG" else None
    if leader is not None and candidate.end < leader:
        return [candidate, Candidate(leader, end, "PER", "Person", None, candidate.priority)]  # "<Group> of <Leader>": both
    if candidate is not None and candidate.label == "PER":
        country = country_after_of(doc, candidate.start, candidate.end)
        if country is not None:
            # "President Milton Obote of Uganda": the person, then his country
            person_end = country - 1 - (doc.lowers[country - 1] == "the")
            return [replace(candidate, end=person_end), *classify_parts(doc, country, end)]
    if candidate is not None and candidate.label == "ORG" and is_dated_name(doc, candidate.start):
        return [replace(candidate, start=candidate.start - 1)]  # "the February 17th Martyrs Brigade"
    if candidate is not None and not is_two_names_of_other_kinds(doc, candidate):
        k = and_between_two_places(doc, candidate)
        if k is not None:
            return [*classify_parts(doc, start, k), *classify_parts(doc, k + 1, end)]
        return [candidate]
    titled = title_inside(doc, start, end)
    if titled is not None:
        # "Azerbaijani President Ilham Aliyev", "US Secretary of State Antony Blinken":
        # what precedes the title is typed on its own; the name after it is a person
        title_start, name_start = titled
        before = classify_parts(doc, start, title_start) if title_start > start else []
        return [*before, Candidate(name_start, end, "PER", "Person", None, 2)]
    # a head word glued to the next by a hyphen heads nothing: "Port-au-Prince"
    # (nor a word opening a facility's name: "Kiambu and Fort Hall")
    heads = [
        t.i for t in doc[start : end - 1]
        if t.lower_ in HEAD_WORDS and not (t.nbor().text == "-" and not t.whitespace_)
        and not (t.text in FACILITY_PREFIXES and is_capitalised(t.nbor()))
    ]
    if heads:
        # "Kalden Protection Force Amara Toure": a name that ends in a head word,
        # then another name; the second is left to the statistical NER.
        left = classify_chunk(doc, start, heads[-1] + 1)
        if left is not None:
            rest = doc[heads[-1] + 1 : end]
            if len(rest) == 1 and (rest[0].like_num or rest[0].lower_ in NUMBER_WORDS):
                return [Candidate(start, end, left.label, left.kind, None, left.priority)]  # "Task Force One"
            if len(rest) >= 2 and rest[0].lower_ in {"and", "&"}:
                return [left, *classify_parts(doc, rest.start + 1, end)]  # "the X Brigade and Libya Shield 1"
            if 2 <= len(rest) <= 4 and all(t.is_alpha or t.text == "-" for t in rest) and not any(
                t.lower_ in HEAD_WORDS or t.lower_ in NAME_CONNECTORS - {"al", "el", "bin", "ibn", "abu"}
                for t in rest
            ) and gazetteer.country(rest.text) is None and gazetteer.city(rest.text) is None:
                # "the commander of X Force Amara Toure": the name after the body is a person
                return [left, Candidate(rest.start, rest.end, "PER", "Person", None, 1)]
            return [left]
    named = country_named_group(doc, start, end)
    if named is not None:
        return [named]
    if end - start > 4 and doc.lowers[start + 3] == "of" and is_acronym_with_suffix(doc, start, start + 3):
        # "the CNDD-FDD of Pierre Nkurunziza": the body, then whatever the name after "of" is
        return [Candidate(start, start + 3, "ORG", "Organization", None, 2), *classify_parts(doc, start + 4, end)]
    splits = [t.i for t in doc[start:end] if t.lower_ in {"and", "&"}]
    if splits:
        bounds = [start, *splits, end]
        parts = []
        for a, b in zip(bounds, bounds[1:]):
            a = a + 1 if a in splits else a
            if a < b:
                parts.extend(classify_parts(doc, a, b))
        return parts
    if any(doc.lowers[k] in ROMANCE_OF and doc.lowers[k + 1] in ROMANCE_ARTICLES for k in range(start + 1, end - 2)):
        return []  # "Cueva de los Tayos": one name the model reads whole, not the town "Cueva" in it
    return list(single_token_lookups(doc, start, end))


def and_between_two_places(doc: Doc, candidate: Candidate) -> int | None:
    """Where "and" joins two places read as one ("the Freeport of Monrovia and Bushrod
    Island", "Fort Yujra and Fort Tanque"): a place of two words or more after "and" is a
    place of its own ("Bosnia and Herzegovina", "Trinidad and Tobago" are one name); None
    when the candidate is one place."""
    if candidate.kind not in {"Place", "Facility"} or candidate.canonical is not None or not is_capitalised(doc[candidate.start]):
        return None
    splits = [k for k in range(candidate.start + 1, candidate.end - 2) if doc.lowers[k] in {"and", "&"}]
    if not splits or gazetteer.country(doc[candidate.start : candidate.end].text) is not None:
        return None
    if doc.lowers[splits[-1] + 1] == "the":
        return None  # (a heading in capitals: "SINAI AND THE CANAL")
    last = classify_chunk(doc, splits[-1] + 1, candidate.end)
    return splits[-1] if last is not None and last.kind in {"Place", "Facility"} else None


def is_two_names_of_other_kinds(doc: Doc, candidate: Candidate) -> bool:
    """ "JNIM and Islamic State fighters": the head word ("State") typed the whole chunk
    as a place, but what follows "and" is a name of another kind (a group), so "and"
    joins two names, not the words of one ("Justice and Equality Movement")."""
    splits = [k for k in range(candidate.start + 1, candidate.end - 1) if doc.lowers[k] in {"and", "&"}]
    if not splits or candidate.canonical is not None:
        return False
    last = classify_chunk(doc, splits[-1] + 1, candidate.end)
    if last is not None and last.kind in {"Country", "Place"} and candidate.label == "ORG" and "of" in doc.lowers[max(candidate.start, splits[-1] - 4) : splits[-1]]:
        # "the African Party for the Independence of Guinea and Cape Verde": two lands
        # after the body's "of" are both words of its name
        left = classify_chunk(doc, splits[-1] - 1, splits[-1])
        if left is not None and left.kind in {"Country", "Place"}:
            return False
    return last is not None and last.kind != candidate.kind and is_capitalised(doc[candidate.start])


# Verbs whose first object is who gets the second: "sold Iraq Mirage jets"
DOUBLE_OBJECT_VERBS = frozenset(
    "sold sells sell selling gave gives give giving sent sends send sending offered offers offer lent lends lend "
    "handed hands promised promises shipped ships supplied supplies".split()
)


def country_named_group(doc: Doc, start: int, end: int) -> Candidate | None:
    """ "Libya Dawn", "Libya Shield 1": a country's name, then one or two capitalised
    words that name nothing of their own (no head word, place, title or date), and
    perhaps a number: a body named after its country, not the country."""
    if gazetteer.country(doc.texts[start]) is None or not 1 <= end - start - 1 <= 2 or is_title_cased(doc[start].sent):
        return None  # (a headline in title case capitalises every word: "... UAE and Russia Heavy Damage")
    if start > 0 and doc.lowers[start - 1] in DOUBLE_OBJECT_VERBS:
        return None  # "France sold Iraq Mirage jets": the country gets the named thing
    rest = range(start + 1, end)
    if not all(
        doc.texts[k].isalpha() and doc.lowers[k] not in HEAD_WORDS | TITLE_WORDS | CALENDAR_WORDS | NAME_CONNECTORS
        and not (doc.lowers[k].endswith("s") and not doc.lowers[k].endswith("ss"))  # "US Marines": the country's own men
        # (no town check: the gazetteer's alternate names make a town of "Dawn")
        and gazetteer.country(doc.texts[k]) is None and gazetteer.country_of_demonym(doc.texts[k]) is None
        for k in rest
    ):
        return None
    if end < len(doc) and doc.texts[end].isdigit() and len(doc.texts[end]) <= 2:
        end += 1  # "Libya Shield 1"
    return Candidate(start, end, "ORG", "Organization", None, 3)


# A name word with an apostrophe inside: "Ulufa'alu", "O'Brien", "Ma'arib"
INNER_APOSTROPHE_NAME = re.compile(r"^[^\W\d_]+['’][^\W\d_]+$")


def title_inside(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """(first title word, first name word) when a chunk ends in title + person name
    ("Armenian Prime Minister Nikol Pashinyan"): 1-4 name words that are no head
    word, country or city."""
    last = max((k for k in range(start, end - 1) if doc[k].lower_.rstrip(".") in TITLE_WORDS), default=None)
    if last is None:
        return None
    rest = doc[last + 1 : end]
    if not 1 <= len(rest) <= 5 or not all(t.is_alpha or t.text in "-." or INNER_APOSTROPHE_NAME.match(t.text) for t in rest):
        return None
    if any(t.lower_ in HEAD_WORDS or t.lower_ in {"of", "the", "and", "for"} for t in rest):
        return None
    if gazetteer.country(rest.text) is not None or gazetteer.city(rest.text) is not None:
        return None
    first = last
    while first > start and (doc[first - 1].lower_.rstrip(".") in TITLE_WORDS or doc[first - 1].lower_ == "of"):
        first -= 1
    if doc[last].lower_ in PEERAGE_TITLES and len(rest) == 1:
        return first, last  # "General Lord Roberts": the peer is "Lord Roberts"
    return first, last + 1


def single_token_lookups(doc: Doc, start: int, end: int) -> Iterable[Candidate]:
    """Inside an unclassified chunk, pick out countries, demonyms and known orgs."""
    for token in doc[start:end]:
        candidate = classify_chunk(doc, token.i, token.i + 1)
        if candidate is not None and candidate.priority >= 3:
            yield candidate


def is_number_in_name(doc: ReadOnceDoc, i: int) -> bool:
    """ "the Three Brotherhood Alliance": a capitalised number after "the" is the name's
    first word, not a count ("Three soldiers were killed")."""
    return doc.texts[i] in SPELLED_NUMBERS and i > 0 and doc.lowers[i - 1] == "the"


def is_titled_given_name(doc: ReadOnceDoc, k: int) -> bool:
    """ "Gen. Than Shwe": a capitalised stop word right after a title, inside a sentence,
    is a given name, not a function word leading into one."""
    return (
        0 < k < len(doc) - 1 and doc.lowers[k - 1].rstrip(".") in TITLE_WORDS and doc.texts[k].istitle()
        and not is_sentence_start(doc.tokens[k]) and doc.lowers[k + 1] not in CALENDAR_WORDS
    )


def tidy(doc: ReadOnceDoc, c: Candidate) -> Candidate | None:
    """A candidate with stray edges cut off ("In Sirwah district", "-Minni Minawi",
    "Mogadishu-"); None when what is left is never a name on its own: a stop word
    ("The", "But", "Our" opening a quote), a month or weekday ("Dec", "March"), a
    word with no capital letter."""
    start, end = c.start, c.end
    tokens = doc.tokens
    while end - start > 1 and tokens[start].is_punct:
        start += 1
    while end - start > 1 and tokens[end - 1].is_punct and tokens[end - 1].text not in {".", ")"}:
        end -= 1
    if end - start > 2 and tokens[end - 2].lower_ == "of" and tokens[end - 1].lower_ in MONTH_WORDS:
        end -= 2  # "the Nkomati Accord of March 1984": a date, no part of the name
    while end - start > 1 and tokens[end - 1].lower_ in {"of", "for", "and", "the", "&"}:
        end -= 1  # "Peshmerga for": a connector with no name after it
    if c.canonical is None and c.kind not in {"Country", "Place"}:
        end = end_before_owning_country(doc, start, end)
    if c.canonical is None:  # a gazetteer name ("The Gambia") keeps its words
        while (
            end - start > 1 and tokens[start].is_stop and tokens[start].lower_ not in NAME_CONNECTORS
            # (an upper-case stop word may be an acronym; "A" opening a sentence is the
            # article, "A War Ministry spokesman", unless it letters a unit, "A Company",
            # or opens a heading in capitals, "A CITY IN RUINS")
            and (not tokens[start].text.isupper() or tokens[start].text == "A" and is_sentence_start(tokens[start]) and (
                doc.texts[start + 1] not in LETTERED_UNIT_WORDS and not doc.texts[start + 1].isupper()
            ))
            and not is_unit_ordinal(doc, start, end)
            and not is_number_in_name(doc, start) and not is_titled_given_name(doc, start)
            and not (c.kind == "Place" and is_place_opening_word(doc, start)) and not is_unit_number_sign(doc, start)
        ):
            start += 1
    opened_by_gerund = end - start > 1 and tokens[start].lower_ in GROUND_GERUNDS and (
        is_sentence_start(tokens[start]) or start > 0 and tokens[start - 1].is_quote and is_sentence_start(tokens[start - 1])
    )
    if opened_by_gerund and c.canonical is None:
        # "Losing Casa Banana is a blow for X": what is lost or taken is ground, whatever
        # the model made of the verb and the name together
        start += 1
        if c.kind == "Person":
            c = Candidate(start, end, "LOC", "Place", None, c.priority)
    if end - start == 1:
        token = tokens[start]
        word = token.lower_.rstrip(".")
        # an all-caps stop word is an acronym: "US", "IT"
        numbered_unit = c.canonical is not None and ORDINAL.match(token.text) is not None  # "34th" of "the 34th and 19th Regiments"
        if token.is_stop and not token.text.isupper() or token.is_punct or word in CALENDAR_WORDS or not any(ch.isupper() for ch in token.text) and not numbered_unit:
            return None
        if word in FIGHTER_WORDS and not token.text.isupper():
            return None
        if token.text.endswith(".") and word in TITLE_WORDS:
            return None  # "Col." before a name the NER left out: a title, not an organisation
        if c.kind == "Place" and is_adjective_of_named(doc, start):
            return None  # "captured Biafran mortars" in a story about Biafra: whose, not where
        if word in FORCE_MODIFIER_WORDS and start + 1 < len(doc) and doc.lowers[start + 1] in SIDE_FORCE_NOUNS:
            return None  # "Federal troops": the state's own army, named as "federal troops" is
        if c.kind == "Organization" and start + 1 < len(doc) and doc.lowers[start + 1] in COMMON_PEOPLE_NOUNS:
            return None  # "mostly Maya peasants": a people's name, no body that acts
    if end - start >= 2 and c.canonical is None and doc.lowers[end - 1] in TITLE_HEADS and all(
        doc.lowers[k].rstrip(".") in TITLE_WORDS | TITLE_ADJECTIVES for k in range(start, end)
    ):
        return None  # "became Supreme Commander of X", "Deputy Prime Minister": a post, no body
    if (start, end) == (c.start, c.end):
        return c
    return Candidate(start, end, c.label, c.kind, c.canonical, c.priority)


# The last word of a post's title and the words that may qualify it ("Supreme Commander")
TITLE_HEADS = frozenset("commander chief general president minister leader governor admiral marshal secretary spokesman".split())
TITLE_ADJECTIVES = frozenset("supreme acting interim overall allied".split())


# Words a state's own army is called by, capitalised or not: "Federal troops" (the
# relation rules read more of them in lower case: relations.GOVERNMENT_FORCE_MODIFIERS)
FORCE_MODIFIER_WORDS = frozenset("federal government regime royal imperial".split())


# Gerunds of winning and losing ground that open a sentence before a place's name
GROUND_GERUNDS = frozenset(
    "losing taking capturing retaking recapturing holding seizing defending keeping controlling abandoning surrendering".split()
)


# Plain people a people's or a place's name may describe: "Maya peasants", "Ixil villagers"
COMMON_PEOPLE_NOUNS = frozenset(
    "peasants villagers farmers herders civilians tribesmen refugees fishermen workers students women men families".split()
)


def is_adjective_of_named(doc: ReadOnceDoc, k: int) -> bool:
    """ "Biafran" before a common noun in a story that names Biafra (or "Tigrayan" in
    one that names Tigray): the adjective of that name, never a place of its own."""
    text = doc.texts[k]
    following = doc[k + 1] if k + 1 < len(doc) else None
    if following is None or not following.is_alpha or not following.text.islower() or not text.endswith("n"):
        return False
    return any(doc.reading.by_text.get(stem) for stem in (text[:-1], text[:-2]) if len(stem) >= 4 and stem != text)


def tidied(doc: Doc, candidates: Iterable[Candidate]) -> list[Candidate]:
    return [t for t in (tidy(doc, c) for c in candidates) if t is not None]


# Nouns after a family's name that make a band of its own: "the Maute group"
FAMILY_GROUP_NOUNS = frozenset("group clan network gang".split())


def family_groups(doc: Doc, named: list[Candidate]) -> Iterable[Candidate]:
    """ "the Maute group" in a story that names Omar Maute: a group named after the
    family that leads it, not the man (the surname alone stays his)."""
    surnames = {doc.lowers[c.end - 1] for c in named if c.label == "PER" and c.end - c.start >= 2}
    for c in named:
        k = c.end
        if (
            c.end - c.start == 1 and doc.lowers[c.start] in surnames and c.start > 0 and doc.lowers[c.start - 1] == "the"
            and k < len(doc) and doc.lowers[k] in FAMILY_GROUP_NOUNS
        ):
            yield Candidate(c.start, k + 1, "ORG", "ArmedGroup", None, c.priority + 1)


def joined_adjacent_places(candidates: list[Candidate], doc: Doc) -> list[Candidate]:
    """Two places side by side with nothing between them are one place's name the model
    broke in two ("[Ras] [Doumeira]": a cape and a word it took for a surname); not a
    known town after another word ("County [Londonderry]" is no town)."""
    joined: list[Candidate] = []
    for c in candidates:
        last = joined[-1] if joined else None
        if (
            last is not None and last.end == c.start and last.kind == c.kind == "Place" and last.canonical is None and c.canonical is None
            and gazetteer.city(doc[c.start : c.end].text) is None and gazetteer.city(doc[last.start : last.end].text) is None
        ):
            joined[-1] = replace(last, end=c.end)
            continue
        joined.append(c)
    return joined


def select(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates: higher priority first, then longer, then earlier."""
    chosen: list[Candidate] = []
    taken: set[int] = set()
    for c in sorted(candidates, key=lambda c: (-c.priority, -(c.end - c.start), c.start)):
        span = range(c.start, c.end)
        if not taken.isdisjoint(span):
            continue
        chosen.append(c)
        taken.update(span)
    return sorted(chosen, key=lambda c: c.start)


def recognise_entities(doc: Doc) -> Doc:
    """Set ``doc.ents`` from statistical and rule candidates (see module docstring)."""
    real_doc = doc
    doc = ReadOnceDoc(real_doc)  # type: ignore[assignment]  # read-only from here on
    statistical = tidied(doc, statistical_candidates(doc))
    landmarks = tuple(landmark_phrases(doc))  # read once: described buildings now, a town's later
    rules = tidied(doc, [*rule_candidates(doc), *landmark_facilities(doc, landmarks)])
    # a body's name the model took for a person's is a body's before the rules below
    # read people's names ("Union Minière du Haut Katanga": "Katanga" is no surname)
    merged = select([as_movement(with_name_syllables(c, doc), doc) for c in rules + statistical])
    merged = select(merged + list(parenthetical_names(doc, merged)) + list(appositive_acronyms(doc, merged)))
    merged = select(merged + list(initialism_candidates(doc, merged)))
    merged = select(merged + list(repeated_names(doc, merged)))
    merged = select(merged + list(shortened_body_names(doc, merged)))
    merged = select(merged + list(bodies_named_without_their_town(doc, merged)))
    merged = select(merged + list(leaders_after_body_names(doc, merged)))
    merged = select(merged + list(allied_forces(doc, merged)))
    merged = select(merged + list(untagged_places_after_locatives(doc, merged)))
    merged = select(merged + list(people_listed_with_people(doc, merged)))
    merged = select(merged + list(person_aliases(doc, merged)))
    merged = select(merged + list(family_groups(doc, merged)))
    merged = select(merged + list(other_names(doc, merged)) + list(names_given_to_the_town(doc, merged)))
    merged = select(merged + list(names_known_for_a_place_noun(doc, merged)))
    merged = select(merged + list(led_descriptions_named(doc, merged)))
    merged = select(merged + list(typed_by_next_noun(doc, merged)))
    merged = select(merged + list(town_facilities(doc, merged, landmarks)))
    merged = select(merged + list(possessed_town_facilities(doc, merged)))
    merged = select(merged + list(places_listed_with_places(doc, merged)))
    merged = select(merged + list(units_of_groups(doc, merged)))
    merged = select(merged + list(headquarters_of_bodies(doc, merged)))
    merged = select(merged + list(people_described_by_who(doc, merged)))
    merged = select(merged + list(polities_under_rulers(doc, merged)))
    merged = run_on_names_split(merged, doc)
    merged = consistent_labels(merged, doc)
    merged = regions_named_without_their_noun(merged, doc)
    merged = unshortened_person_names(merged, doc)
    merged = full_names_of_surnamed_people(merged, doc)
    merged = surnames_of_named_people(merged, doc)
    merged = joined_adjacent_places(merged, doc)
    merged = [as_movement(c, doc) for c in merged]
    spans = []
    for c in merged:
        if not c.label:
            continue  # a blocker: words that must not become an entity
        if c.label == "PER" and all(doc.lowers[k].rstrip(".") in TITLE_WORDS or doc[k].is_punct for k in range(c.start, c.end)):
            continue  # "the UN Secretary-General": a title's last word is nobody's name
        span = Span(real_doc, c.start, c.end, label=c.label)
        span._.frontline_kind = c.kind
        span._.frontline_canonical = c.canonical if c.canonical is not None or c.kind != "Country" else country_name(span.text)
        spans.append(span)
    real_doc.ents = spans
    return real_doc
