"""Entity resolution: one node per real-world actor, across mentions and articles.

Mentions are grouped by keys that survive the ways news names one actor:
titles ("Field Marshal", "Gen.") are already stripped by extraction; possessives and
leading "the" are dropped; acronyms defined in any article ("Long Name (LN)") or
matching the initials of exactly one long name are joined to it; a single-word person
name ("Toure") joins the one full name that ends with it; transliteration variants
("al-Bashiri" / "al-Beshiri") share a consonant skeleton; demonyms were already mapped
to their country. A user's alias table wins over all of these. "X's forces" are the
group person X leads; an organisation's troops ("AU troops") are its mission, the one
the text names or else a force of its own.

Two actors are never merged only because they share a surname or an acronym: an
ambiguous short form stays a node of its own.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Iterable, Mapping

from frontline.extract.names import initials, is_acronym, spells, spells_translated
from frontline.extract.records import DocumentExtraction, EntityMention, RelationMention
from frontline.graph.model import Entity

if TYPE_CHECKING:
    from frontline.extract.gazetteer import Place


def _name_head_words() -> frozenset[str]:
    from frontline.extract.entities import FACILITY_WORDS, ORG_WORDS, PLACE_WORDS

    return ORG_WORDS | FACILITY_WORDS | PLACE_WORDS | {"of", "the", "and"}


NAME_HEAD_WORDS = _name_head_words()
SPECIFIC_KINDS = ("ArmedGroup", "Government", "InternationalOrganization", "Country", "Facility")
PARTICLES = frozenset({"al", "el", "ad", "ar", "as", "an", "bin", "ibn", "abu", "the", "of"})
SURNAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "ould", "wad"})  # what opens a family name


@dataclass(frozen=True)
class AliasEntry:
    """One row of a user's alias file."""

    name: str
    kind: str | None = None
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None


@dataclass
class Resolution:
    """Result: every mention name maps to an entity id."""

    entities: dict[str, Entity] = field(default_factory=dict)
    by_name: dict[str, str] = field(default_factory=dict)  # name key -> entity id
    by_force: dict[str, str] = field(default_factory=dict)  # commander id -> forces id
    by_troops: dict[str, str] = field(default_factory=dict)  # organisation id -> its mission's id

    def entity_id(self, mention: EntityMention) -> str | None:
        if mention.commander is not None:
            commander = self.by_name.get(name_key(mention.commander))
            if commander is None:
                return None
            if commander in self.by_troops and is_troops(mention.text):
                return self.by_troops[commander]
            if commander in self.by_force:
                return self.by_force[commander]
            return commander if self.entities[commander].kind != "Person" else None
        return self.by_name.get(name_key(mention.name))


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


DOTTED_INITIALS = re.compile(r"\b(?:[a-z]\.){2,}")


@functools.lru_cache(maxsize=1 << 16)  # resolution asks for the same few hundred names thousands of times
def name_key(name: str) -> str:
    """A lookup key: case, quotes, possessive, leading article and hyphens folded.

    >>> name_key("the Northern Liberation Front's")
    'northern liberation front'
    >>> name_key("Al-Kalden")
    'al kalden'
    >>> name_key("the U.S.-led coalition")
    'us led coalition'
    """
    text = ascii_fold(name.replace("’", "'")).lower()
    text = DOTTED_INITIALS.sub(lambda m: m.group(0).replace(".", ""), text)  # "U.S." is "US"
    text = re.sub(r"'s?$", "", text.strip())
    text = re.sub(r"^the\s+", "", text)
    text = re.sub(r"[-‐–_.]", " ", text)
    text = re.sub(r"[^a-z0-9 ]", "", text)
    return re.sub(r"\s+", " ", text).strip()


@functools.lru_cache(maxsize=1 << 16)
def skeleton(word: str) -> str:
    """Consonant skeleton of a transliterated name word: vowels, h, doubles dropped.

    >>> skeleton("Bashiri") == skeleton("Beshiri")
    True
    >>> skeleton("Gaddafi") == skeleton("Qaddafi")
    True
    """
    # Arabic qaf and kaf come out as q, k or g: Qaddafi, Kadhafi, Gaddafi.
    word = word.lower().replace("q", "c").replace("k", "c").replace("g", "c").replace("ou", "u")
    word = re.sub(r"(?<=[^aeiouy])h", "", word)  # kh, sh, th, dh: the h is spelling only
    word = re.sub(r"[aeiouy'-]", "", word)
    return re.sub(r"(.)\1+", r"\1", word)


# A regnal number: "Pedro II" is no "Pedro" (its skeleton would drop the vowels "ii")
REGNAL_NUMBER = re.compile(r"(?:x{0,3})(?:ix|iv|v?i{0,3})")


def person_skeleton(name: str) -> tuple[str, ...]:
    words = [w for w in name_key(name).split() if w not in PARTICLES]
    return tuple(k for k in map(name_word_skeleton, words) if k)


def name_word_skeleton(word: str) -> str:
    """A name word's skeleton; a regnal number ("ii", "xiv") is kept as it is."""
    return word if len(word) >= 2 and REGNAL_NUMBER.fullmatch(word) else skeleton(word)


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # Deterministic root: the smaller key, whatever the input order.
            lo, hi = sorted((ra, rb))
            self.parent[hi] = lo


def all_mentions(extractions: Iterable[DocumentExtraction]) -> list[EntityMention]:
    found: list[EntityMention] = []
    for extraction in extractions:
        found.extend(extraction.entities)
        for r in extraction.relations:
            found.extend((r.subject, r.object))  # same spans as entities are counted once
        found.extend(extraction.contested_places)
    return found


def alias_index(aliases: Iterable[AliasEntry]) -> dict[str, AliasEntry]:
    index: dict[str, AliasEntry] = {}
    for entry in aliases:
        for name in (entry.name, *entry.aliases):
            index[name_key(name)] = entry
    return index


def resolve(
    extractions: Iterable[DocumentExtraction], *, aliases: Iterable[AliasEntry] = ()
) -> Resolution:
    """Group all mentions into entities; see the module docstring for the rules."""
    extractions = list(extractions)
    user = alias_index(aliases)
    mentions = [m for m in all_mentions(extractions) if name_key(m.name)]
    uf = _UnionFind()
    kinds: dict[str, Counter[str]] = defaultdict(Counter)
    surfaces: dict[str, Counter[str]] = defaultdict(Counter)
    docs: dict[str, set[str]] = defaultdict(set)
    counted: dict[str, int] = Counter()
    canonical_names: dict[str, str] = {}
    seen_spans: set[tuple[str, int, int]] = set()
    labels: dict[str, Counter[str]] = defaultdict(Counter)  # the NER's labels of each name

    forces: list[EntityMention] = []
    for m in mentions:
        if m.commander is not None:
            forces.append(m)  # resolved after the people they belong to
            continue
        key = name_key(m.name)
        kinds[key][m.kind] += 1
        labels[key][m.label] += 1
        surfaces[key][m.canonical or m.text] += 1
        if m.canonical:
            canonical_names[key] = m.canonical
            user_entry = user.get(name_key(m.text))
            # The user's alias table wins: an acronym the user assigned to one actor is
            # not joined to a different long name the article spells out for it.
            if not any(c.isupper() for c in m.text):
                # "the army", "government forces": a description, not a name; kept as an
                # alias of this entity but never a key, or every army would meet at it
                surfaces[key][m.text] += 0
            elif user_entry is None or name_key(user_entry.name) == key:
                surfaces[name_key(m.text)][m.text] += 0
                uf.union(name_key(m.text), key)
                kinds[name_key(m.text)]
        uf.find(key)
        span_id = (m.doc_id, m.start_char, m.end_char)
        if span_id not in seen_spans:
            seen_spans.add(span_id)
            counted[key] += 1
            docs[key].add(m.doc_id)

    keys = sorted(kinds)
    # User aliases first: every key that names a user entity joins it.
    for key in keys:
        entry = user.get(key)
        if entry is not None:
            uf.union(key, name_key(entry.name))
            kinds[name_key(entry.name)]
    _join_acronyms(keys, kinds, surfaces, uf, user)
    towns = frozenset(k for k, c in labels.items() if 2 * c["GPE"] > c.total())
    _join_reduced_names(keys, kinds, uf, user, towns=towns)
    _join_place_parts(keys, kinds, uf, user)
    settlements = called_settlements(mentions, extractions) | towns_naming_facilities(mentions)
    _join_facility_names(keys, kinds, uf, user, towns=towns, settlements=settlements)
    _join_group_tails(keys, kinds, uf, user)
    _join_group_words(keys, kinds, uf, user)
    _join_opening_body_words(keys, kinds, uf, user)
    _join_national_services(keys, kinds, uf, user)
    _join_national_marines(keys, kinds, uf, user)
    _join_numbered_units(keys, kinds, uf, user)
    _join_peoples_forces(keys, kinds, uf, user)
    _join_peoples_plurals(keys, kinds, uf, user)
    _join_owned_governments(keys, kinds, uf, user)
    _join_person_names(keys, kinds, uf, user)
    _join_headline_descriptions(extractions, kinds, uf, user)
    _join_era_army_names(mentions, uf, user)
    _join_rivers_named_short(mentions, extractions, kinds, uf, user)

    groups: dict[str, list[str]] = defaultdict(list)
    for key in list(kinds):
        groups[uf.find(key)].append(key)

    resolution = Resolution()
    used_ids: set[str] = set()
    for root in sorted(groups):
        members = sorted(groups[root])
        entry = next((user[k] for k in members if k in user), None)
        kind = _pick_kind(members, kinds, entry)
        label = _pick_label(members, surfaces, canonical_names, entry, kind)
        alias_set = {s for k in members for s, n in surfaces[k].items() if s != label}
        if entry is not None:
            alias_set |= {a for a in entry.aliases if a != label}
        if kind == "Government":
            alias_set |= government_name_forms(label)
        entity_id = _unique_id(slug(label), kind, used_ids)
        mentions_total = sum(counted[k] for k in members)
        documents = tuple(sorted(set().union(*(docs[k] for k in members))))
        resolution.entities[entity_id] = Entity(
            id=entity_id, label=label, kind=kind, aliases=tuple(sorted(alias_set)),
            mentions=mentions_total, documents=documents, wikidata=entry.wikidata if entry else None,
        )
        for k in members:
            resolution.by_name[k] = entity_id
    _resolve_forces(resolution, forces, extractions, used_ids)
    _fold_metonymic_capitals(resolution, extractions, user)
    _fold_state_governments(resolution, extractions, user)
    _fold_states_of_the_time(resolution, extractions, user)
    _fold_armies_of_the_time(resolution, extractions, user)
    _name_governments_by_leaders(resolution, extractions)
    return resolution


def _name_governments_by_leaders(resolution: Resolution, extractions: list[DocumentExtraction]) -> None:
    """ "the Yeltsin government", "the Juárez government": a government a man is stated to
    lead is known by his surname too (a state's government node carries it as an alias)."""
    for extraction in extractions:
        for r in extraction.relations:
            if not (r.is_fact and r.predicate == "leads" and r.subject.kind == "Person" and r.object.kind == "Government"):
                continue
            leader = resolution.by_name.get(name_key(r.subject.name))
            government = resolution.by_name.get(name_key(r.object.name))
            if leader is None or government is None or resolution.entities[government].kind != "Government":
                continue
            surname = resolution.entities[leader].label.split()[-1]
            resolution.entities[government] = with_aliases(resolution.entities[government], {f"{surname} government"})


# What relations.government_of names a state's government: "<demonym> government".
STATE_GOVERNMENT = re.compile(r"[A-Z][\w'-]*(?: [A-Z][\w'-]*)* government")


def _fold_states_of_the_time(
    resolution: Resolution, extractions: list[DocumentExtraction], user: Mapping[str, AliasEntry]
) -> None:
    """ "the Russians" and "the Kremlin" in a story of 1944 that names the Soviet Union:
    the state that sat in the country's capital then, one node with it (a story that
    names only Russia keeps it; a land another state held keeps its own name). Only when
    every story naming the country is of that state's years: in stories of 1944 and 2022
    Russia stays Russia."""
    from frontline.extract import gazetteer

    years = entity_years(resolution, extractions)
    for entity_id, entity in sorted(resolution.entities.items()):
        if entity.kind != "Country" or name_key(entity.label) in user or not years[entity_id] or None in years[entity_id]:
            continue
        modern = gazetteer.country(entity.label)
        if modern is None or modern.country_code in gazetteer.former_territories():
            continue  # (Eritrea in 1988 is a land Ethiopia held, not another name of Ethiopia)
        states = {gazetteer.state_of_the_time(modern, year).name for year in years[entity_id]}
        then = states.pop() if len(states) == 1 else entity.label
        target = resolution.by_name.get(name_key(then)) if then != entity.label else None
        if target is not None and target != entity_id and resolution.entities[target].kind == "Country":
            _merge_into(resolution, entity_id, target)


def _fold_armies_of_the_time(
    resolution: Resolution, extractions: list[DocumentExtraction], user: Mapping[str, AliasEntry]
) -> None:
    """ "the Turks" read as the Turkish army in a story of 1913 that names the Ottoman
    army: the army of the state of the time, one node with it (as for the states
    themselves, only when every story naming it is of that state's years)."""
    from frontline.extract import gazetteer

    years = entity_years(resolution, extractions)
    for extraction in extractions:  # (armies are named in relations more than as entities)
        for r in extraction.relations:
            for side in (r.subject, r.object):
                found = resolution.by_name.get(name_key(side.name))
                if found is not None:
                    years[found].add(story_year(extraction))
    for entity_id, entity in sorted(resolution.entities.items()):
        key = name_key(entity.label)
        if entity.kind != "ArmedGroup" or key in user or not years[entity_id] or None in years[entity_id]:
            continue
        modern = army_country(key) if national_army_key(key) == key else None
        if modern is None or modern.country_code in gazetteer.former_territories():
            continue
        # (the name the extraction gives the army of the story's year: "Red Army" in 1943)
        names = {gazetteer.army_name_of_the_time(modern.name, year) for year in years[entity_id]}
        army_then = names.pop() if len(names) == 1 else None
        target = resolution.by_name.get(name_key(army_then)) if army_then else None
        if target is not None and target != entity_id and resolution.entities[target].kind == "ArmedGroup":
            _merge_into(resolution, entity_id, target)


def _fold_state_governments(
    resolution: Resolution, extractions: list[DocumentExtraction], user: Mapping[str, AliasEntry]
) -> None:
    """ "the Kaldean government" is the named government ("Government of National
    Unity") when the two share a person: a minister, leader or spokesman the articles
    place in both ("GNU Interior Minister X" here, "Kaldean Interior Minister X"
    there). Only when one named government shares people with it; a government the
    user names stays apart."""
    people: dict[str, set[str]] = defaultdict(set)
    leaders: dict[str, set[str]] = defaultdict(set)
    for extraction in extractions:
        for r in extraction.relations:
            if not r.is_fact or r.predicate not in {"memberOf", "leads", "spokespersonFor"}:
                continue
            person = resolution.by_name.get(name_key(r.subject.name))
            body = resolution.by_name.get(name_key(r.object.name))
            if person and body and resolution.entities[person].kind == "Person":
                people[body].add(person)
                if r.predicate == "leads":
                    leaders[body].add(person)
    generic = {
        entity_id for entity_id, entity in resolution.entities.items()
        if entity.kind == "Government" and STATE_GOVERNMENT.fullmatch(entity.label)
        and name_key(entity.label) not in user
    }
    for entity_id in sorted(generic):
        named = [
            other for other, entity in sorted(resolution.entities.items())
            if entity.kind == "Government" and other not in generic and people[entity_id] & people[other]
        ]
        if not named:
            named = governments_named_by_country(resolution, entity_id, generic)
            # (not one another man leads: "the government of President A" is not "the
            # guerrillas' Afghan Interim Government" of president B)
            named = [other for other in named if not (leaders[entity_id] and leaders[other])]
        if len(named) == 1:
            _merge_into(resolution, entity_id, named[0])


def governments_named_by_country(resolution: Resolution, generic_id: str, generic: set[str]) -> list[str]:
    """Named governments whose name holds the country of "the Kaldean government":
    "Federal Government of Kaldea". Not ministries, councils or a rival's "Kaldean
    Salvation Government" when another is named too (the caller wants exactly one)."""
    from frontline.extract import gazetteer

    demonym = resolution.entities[generic_id].label.rsplit(" ", 1)[0]
    country = gazetteer.country_of_demonym(demonym)
    if country is None:
        return []
    words = {name_key(country.name), name_key(demonym)}
    return [
        other for other, entity in sorted(resolution.entities.items())
        if entity.kind == "Government" and other not in generic and "government" in name_key(entity.label).split()
        and any(f" {w} " in f" {name_key(entity.label)} " for w in words)
    ]



def _fold_metonymic_capitals(
    resolution: Resolution, extractions: list[DocumentExtraction], user: Mapping[str, AliasEntry]
) -> None:
    """ "Moscow said ...", "talks with Kigali": a capital no statement uses as a place
    (nothing controls it, nothing lies in it, it lies in nothing) is its country's
    government speaking, one node with the country when the country is named too; so
    is a seat of power ("the Kremlin", "the White House"; not "the Pentagon", a
    ministry), unless a spokesman speaks for it ("Kremlin spokesman X": a body with a
    voice of its own) or it is fought (a building shelled). A capital fought over stays
    a place of its own."""
    from frontline.extract import gazetteer

    as_place: set[str] = set()
    spoken_for: set[str] = set()  # "Kremlin spokesman X": a body with a voice of its own, not the state at large
    years = entity_years(resolution, extractions)
    for extraction in extractions:
        for r in extraction.relations:
            if r.predicate == "spokespersonFor" and (found := resolution.by_name.get(name_key(r.object.name))) is not None:
                spoken_for.add(found)
            if is_dateline(r):
                continue  # "HARARE, Zimbabwe —": a dateline says where the story was filed, no use of the city
            if r.predicate == "fights" and gazetteer.seat_of_power_country(r.object.name) is not None and (
                found := resolution.by_name.get(name_key(r.object.name))
            ) is not None:
                as_place.add(found)  # "tanks pounded the White House": a building shelled, no state fought
            if r.predicate in {"controls", "locatedIn"}:
                for m in (r.object,) if r.predicate == "controls" else (r.subject, r.object):
                    found = resolution.by_name.get(name_key(m.name))
                    if found is not None:
                        as_place.add(found)
        for m in extraction.contested_places:
            found = resolution.by_name.get(name_key(m.name))
            if found is not None:
                as_place.add(found)
        for m in home_capitals_as_places(extraction):
            found = resolution.by_name.get(name_key(m.name))
            if found is not None:
                as_place.add(found)
        filed_from = filed_from_capital(extraction)
        found = resolution.by_name.get(filed_from) if filed_from is not None else None
        if found is not None and resolution.entities[found].kind == "Place":  # (not a government it was already joined to)
            as_place.add(found)
    for entity_id, entity in sorted(resolution.entities.items()):
        if entity_id in as_place or name_key(entity.label) in user:
            continue
        seat = gazetteer.seat_of_power_country(entity.label)  # "the Kremlin said": Russia, whatever its kind
        if entity.kind != "Place" and seat is None or seat is not None and entity_id in spoken_for:
            continue
        # ("Moscow" in stories of 1956 is the Soviet Union; in stories of 1956 and 2022, no one state)
        states = {gazetteer.capital_country(entity.label, year) for year in years[entity_id] or {None}}
        country = seat or (states.pop() if len(states) == 1 else None)
        target = resolution.by_name.get(name_key(country.name)) if country is not None else None
        if target is not None and target != entity_id and resolution.entities[target].kind == "Country":
            _merge_into(resolution, entity_id, target)


# "shelled Monrovia", "the push towards Monrovia": where a city is a place
# (not "in Kyiv": "officials in Kyiv" is as often the state as the town)
PLACE_BEFORE = re.compile(
    r"\b(?:into|inside|towards?|around|outside|near|shelled|attacked|besieged|entered|encircled|surrounded|bombed|stormed"
    r"|march(?:ed|es|ing)? on)\s+$"  # (not "north of X": a place's bearing says little of the capital)
)


def is_dateline(relation: RelationMention) -> bool:
    """ "KHARTOUM, Sudan —": the town in capitals the story was filed from, in its country."""
    return relation.predicate == "locatedIn" and relation.subject.text.isupper()


# Words after a capital that make it its state acting: "Harare has denounced ...",
# "if Harare did not pull out", "the Tbilisi-backed body", "Tbilisi accuses X"
CAPITAL_ACTING_AFTER = (
    r"(?:-backed|-led|-allied|-based|-appointed"
    r"| (?:has|had|have|did|does|is|was|will|would|says|said|accuses|accused|denies|denied|insists|insisted|claims|claimed"
    r"|wants|wanted|sent|sends|pulled|agreed|refused|rejects|rejected|blames|blamed|warned|announced|responded|demanded|demands|backs|backed"
    r"|should|could|must|can|may|might))\b"
)
# ... and words before it: "fighting Khartoum since 1983", "backed by Kigali", "talks with Kampala"
CAPITAL_ACTING_BEFORE = (
    r"\b(?:fighting|fought|fight|fights|against|accused|accuses|accusing|backed by|supported by|armed by|talks with|ties with"
    r"|relations with|support from|help from|pressure on|pressure from|envoys? from|envoys? to|troops from) "
)


def filed_from_capital(extraction: DocumentExtraction) -> str | None:
    """The key of the capital a story is filed from ("MONROVIA, Liberia —"), when the
    story never makes it act ("Monrovia accused ...", "the Monrovia-backed ..."): the
    town the story was written in, a place of its own, not its state speaking."""
    from frontline.extract import gazetteer

    dateline = next((r for r in extraction.relations if is_dateline(r)), None)
    if dateline is None:
        return None
    town = dateline.subject.name.title()
    country = gazetteer.capital_country(town, story_year(extraction))
    if country is None or country.name != dateline.object.name:
        return None
    text = extraction.article.text
    if re.search(rf"\b{re.escape(town)}{CAPITAL_ACTING_AFTER}", text) or re.search(rf"{CAPITAL_ACTING_BEFORE}{re.escape(town)}\b", text):
        return None
    return name_key(town)


def entity_years(resolution: Resolution, extractions: list[DocumentExtraction]) -> dict[str, set[int | None]]:
    """The years of the stories naming each entity (None for an undated story)."""
    years: dict[str, set[int | None]] = defaultdict(set)
    for extraction in extractions:
        for m in extraction.entities:
            found = resolution.by_name.get(name_key(m.name))
            if found is not None:
                years[found].add(story_year(extraction))
    return years


def story_year(extraction: DocumentExtraction) -> int | None:
    """The year the article is dated (capitals stand for the state that sat there then)."""
    published = extraction.article.published
    return published.year if published is not None else None


def home_capitals_as_places(extraction: DocumentExtraction) -> list[EntityMention]:
    """Mentions of the capital of the article's own country (the one it names most)
    that stand where only a place can: "rebels who shelled Monrovia", "the push
    towards Monrovia". A story set in a country speaks of its capital as a town; "Moscow said"
    in that story is still Russia speaking."""
    from frontline.extract import gazetteer

    counts = Counter(m.name for m in extraction.entities if m.kind == "Country").most_common(2)
    # the country the story is filed from ("KHARTOUM, Sudan —") is home too, however
    # often the story names a neighbour it accuses
    home = {r.object.name for r in extraction.relations if is_dateline(r)}
    if counts and not (len(counts) == 2 and counts[0][1] == counts[1][1]):
        home.add(counts[0][0])  # (two named as often: neither is the one the story is set in)
    if not home:
        return []
    text = extraction.article.text
    found = []
    year = story_year(extraction)
    for m in extraction.entities:
        country = gazetteer.capital_country(m.text, year) if m.kind in {"Place", "Country"} else None
        if country is not None and country.name in home and PLACE_BEFORE.search(text[max(0, m.start_char - 20) : m.start_char]):
            found.append(m)
    return found


def _resolve_forces(
    resolution: Resolution, forces: list[EntityMention], extractions: list[DocumentExtraction],
    used_ids: set[str],
) -> None:
    """ "Toure's forces" is the armed group Toure leads, when the text says he leads one,
    or the one group the text says he serves in ("a commander of AQIM").

    Otherwise the forces become an armed group of their own, "forces of <person>".
    """
    led: dict[str, Counter[str]] = defaultdict(Counter)
    states: dict[str, set[str]] = defaultdict(set)  # person -> the countries he leads
    serves: dict[str, set[str]] = defaultdict(set)  # person -> the groups he is a member of
    rulers: dict[str, set[str]] = defaultdict(set)  # country -> who leads it or its state's government
    for extraction in extractions:
        for r in extraction.relations:
            if r.is_fact and r.predicate == "memberOf":
                member = resolution.by_name.get(name_key(r.subject.name))
                body = resolution.by_name.get(name_key(r.object.name))
                if member and body and resolution.entities[member].kind == "Person" and resolution.entities[body].kind in {"ArmedGroup", "Organization"}:
                    serves[member].add(body)
            if not r.is_fact or r.predicate not in {"leads", "partOf"}:
                continue
            if r.predicate == "leads":
                head = resolution.by_name.get(name_key(r.subject.name))
                state = resolution.by_name.get(name_key(r.object.name))
                generic = bool(state) and STATE_GOVERNMENT.fullmatch(resolution.entities[state].label) is not None
                if head and state and resolution.entities[state].kind == "Government":
                    state = government_country(resolution, state)  # "Habré's government": Chad
                if head and state and resolution.entities[state].kind == "Country":
                    states[head].add(state)
                    if generic or r.object.kind == "Country":
                        rulers[state].add(head)  # (not the head of a named rival body: "the X Interim Government")
            # "X's Army" read as partOf when the NER took X for an organisation
            person_side, group_side = (r.subject, r.object) if r.predicate == "leads" else (r.object, r.subject)
            group = resolution.by_name.get(name_key(group_side.commander or group_side.name))
            if group_side.commander is not None and (group is None or resolution.entities[group].kind == "Person"):
                continue  # a person's forces are what is being resolved ("the Ras Kamboni militia" is the body's own)
            person = resolution.by_name.get(name_key(person_side.name))
            if (
                person and group and resolution.entities[person].kind == "Person"
                and resolution.entities[group].kind in {"ArmedGroup", "Organization"}
            ):  # an acronym the NER left untyped ("HTS") is often the group he leads
                led[person][group] += 1
    by_commander: dict[str, list[EntityMention]] = defaultdict(list)
    named_as: dict[str, set[str]] = defaultdict(set)
    for m in forces:
        commander = resolution.by_name.get(name_key(m.commander or ""))
        if commander is not None and resolution.entities[commander].kind == "Person":
            by_commander[commander].append(m)
        elif commander is not None and resolution.entities[commander].kind == "ArmedGroup" and is_force_name(m.text):
            # "Ras Kamboni fighters": how the text calls the group ("African Union troops"
            # are the AU's mission, a body of its own the text may name)
            named_as[commander].add(m.text)
    for group_id, texts in sorted(named_as.items()):
        group = resolution.entities[group_id]
        resolution.entities[group_id] = with_aliases(group, texts)
    _resolve_organisations_troops(resolution, forces, used_ids)
    related = _related_pairs(resolution, extractions)
    for commander, items in sorted(by_commander.items()):
        person = resolution.entities[commander]
        forces_texts = {m.text for m in items if not names_person(m.text, person)}  # (his name is no alias of theirs)
        if led[commander]:
            ranked = sorted(
                led[commander],
                key=lambda g: (-led[commander][g], -resolution.entities[g].mentions, g),
            )
            group_id = ranked[0]
            for other in ranked[1:]:
                # One commander's forces under two names ("X's Northern Army", "X's
                # self-styled Armed Forces"): one actor, unless the text relates the two.
                if frozenset((group_id, other)) not in related:
                    _merge_into(resolution, other, group_id)
            group = resolution.entities[group_id]
            extra = forces_texts - {group.label}
            docs = set(group.documents) | {m.doc_id for m in items}
            resolution.entities[group_id] = replace(
                group, aliases=tuple(sorted(set(group.aliases) | extra)),
                mentions=group.mentions + len(items), documents=tuple(sorted(docs)),
            )
        elif len(serves[commander]) == 1 and not states[commander]:
            # "fighters led by X, a commander of AQIM": a man who serves one group (and
            # leads no state) leads its men, not a force of his own
            group_id = next(iter(serves[commander]))
            resolution.entities[group_id] = with_aliases(resolution.entities[group_id], forces_texts)
        elif national_army_of(resolution, states[commander]) is not None:
            # "Fujimori's forces", Fujimori leading Peru: the Peruvian army the text names
            group_id = national_army_of(resolution, states[commander])
            resolution.entities[group_id] = with_aliases(resolution.entities[group_id], forces_texts)
        elif (army := unnamed_national_army(resolution, states[commander])) is not None and all(
            rulers[state] <= {commander} for state in states[commander]
        ):
            # "Najibullah's army", the text never naming the Afghan army itself: the
            # ruler's army is still his state's, under the name the text would give it
            # (not where two men lead the state: "Gbagbo's forces", "Ouattara's forces")
            group_id = _unique_id(slug(army), "ArmedGroup", used_ids)
            resolution.entities[group_id] = Entity(
                id=group_id, label=army, kind="ArmedGroup", aliases=tuple(sorted(forces_texts)), mentions=len(items),
                documents=tuple(sorted({m.doc_id for m in items})),
            )
            resolution.by_name[name_key(army)] = group_id
        else:
            label = f"forces of {person.label}"
            group_id = _unique_id(slug(label), "ArmedGroup", used_ids)
            resolution.entities[group_id] = Entity(
                id=group_id, label=label, kind="ArmedGroup",
                aliases=tuple(sorted(forces_texts)), mentions=len(items),
                documents=tuple(sorted({m.doc_id for m in items})),
            )
        resolution.by_force[commander] = group_id


def government_country(resolution: Resolution, government_id: str) -> str | None:
    """The country entity a government's name names ("Chadian government" -> Chad), if
    the text names that country."""
    from frontline.extract import gazetteer

    country = gazetteer.country_opening(resolution.entities[government_id].label)
    return resolution.by_name.get(name_key(country.name)) if country is not None else None


def names_person(text: str, person: Entity) -> bool:
    """Whether a forces mention's text is only the commander's name ("Guevara took X"):
    his name, or part of it, is his, never an alias of his forces."""
    words = set(name_key(text).split())
    return any(words <= set(name_key(name).split()) for name in (person.label, *person.aliases))


def one_country_label(resolution: Resolution, countries: set[str]) -> str | None:
    """The label of the country when ``countries`` holds exactly one."""
    return resolution.entities[next(iter(countries))].label if len(countries) == 1 else None


def unnamed_national_army(resolution: Resolution, countries: set[str]) -> str | None:
    """The name of the one country's national army ("Afghan army"), if the gazetteer
    knows one and no entity has it yet."""
    from frontline.extract import gazetteer

    country = one_country_label(resolution, countries)
    name = gazetteer.national_army_name(country) if country is not None else None
    return name if name and name_key(name) not in resolution.by_name else None


def national_army_of(resolution: Resolution, countries: set[str]) -> str | None:
    """The entity of the one country's national army ("Peruvian army"), if named."""
    from frontline.extract import gazetteer

    country = one_country_label(resolution, countries)
    if country is None:
        return None
    name = gazetteer.national_army_name(country)
    # (or by the army's formal name: "the Armed Forces of Liberia")
    found = (resolution.by_name.get(name_key(n)) for n in (name, f"Armed Forces of {country}") if n)
    return next((f for f in found if f is not None and resolution.entities[f].kind == "ArmedGroup"), None)


# The men an international organisation sends: its mission, not the organisation
# ("AU troops", "UN peacekeepers"; its aircraft and strikes stay the organisation's)
TROOP_WORDS = frozenset("troops soldiers force forces peacekeepers contingent contingents".split())
# The word after an organisation's name that makes a name its mission's
# ("African Union Mission in Somalia", "United Nations Interim Force in Lebanon", "UN Operation in the Congo")
MISSION_WORDS = frozenset(
    "mission force operation peacekeeping stabilization stabilisation transition interim assistance protection observer".split()
)


def _resolve_organisations_troops(resolution: Resolution, forces: list[EntityMention], used_ids: set[str]) -> None:
    """ "AU troops", "UN peacekeepers": the organisation's mission the text names ("the
    African Union Mission in Somalia"), else a force of its own ("African Union force").
    Writers keep the two apart: the AU asks and decides, its force lands and holds."""
    troops: dict[str, list[EntityMention]] = defaultdict(list)
    for m in forces:
        commander = resolution.by_name.get(name_key(m.commander or ""))
        if commander is not None and resolution.entities[commander].kind == "InternationalOrganization" and is_troops(m.text):
            troops[commander].append(m)
    for organisation_id, items in sorted(troops.items()):
        organisation = resolution.entities[organisation_id]
        mission_id = organisation_mission(resolution, organisation)
        texts = {m.text for m in items}
        if mission_id is None:
            label = f"{organisation.label} force"
            mission_id = _unique_id(slug(label), "ArmedGroup", used_ids)
            resolution.entities[mission_id] = Entity(
                id=mission_id, label=label, kind="ArmedGroup", aliases=tuple(sorted(texts)), mentions=len(items),
                documents=tuple(sorted({m.doc_id for m in items})),
            )
        else:
            resolution.entities[mission_id] = with_aliases(resolution.entities[mission_id], texts)
        resolution.by_troops[organisation_id] = mission_id


def is_troops(text: str) -> bool:
    """ "AU troops", "UN peacekeepers": men on the ground, not "NATO aircraft"."""
    words = text.split()
    return bool(words) and words[-1].lower() in TROOP_WORDS


def organisation_mission(resolution: Resolution, organisation: Entity) -> str | None:
    """The entity whose name is the organisation's name and a mission word; the most
    mentioned if several (the earlier mission and the one that took over)."""
    prefixes = {name_key(n) for n in (organisation.label, *organisation.aliases)} - {""}
    missions = [
        entity for entity_id, entity in resolution.entities.items()
        if entity_id != organisation.id and entity.kind in {"InternationalOrganization", "ArmedGroup"}
        and any(
            key.startswith(f"{prefix} ") and key[len(prefix) + 1 :].split()[0] in MISSION_WORDS
            for key in (name_key(n) for n in (entity.label, *entity.aliases)) for prefix in prefixes
        )
    ]
    if not missions and organisation.label == "United Nations":
        # "UN peacekeepers ... the spokesman for MINUSCA": the UN mission by its acronym
        from frontline.extract import gazetteer

        missions = [
            entity for entity_id, entity in resolution.entities.items()
            if entity.kind in {"InternationalOrganization", "ArmedGroup"} and gazetteer.is_peace_mission(entity.label)
        ]
    return max(missions, key=lambda e: (e.mentions, e.id)).id if missions else None


def government_name_forms(label: str) -> set[str]:
    """The other ways news names a state's government labelled "<demonym> government":
    "Sierra Leonean government" is also the "Sierra Leone government" and the
    "Government of Sierra Leone"."""
    from frontline.extract import gazetteer

    if not label.endswith(" government"):
        return set()
    country = gazetteer.country_of_demonym(label.removesuffix(" government"))
    if country is None:
        return set()
    # ("the Government of the United States", "of the Philippines")
    the = "the " if country.name.split()[0] in {"United", "Democratic", "Central", "Dominican", "Republic"} or country.name.endswith("s") else ""
    return {f"{country.name} government", f"Government of {the}{country.name}"}


def with_aliases(entity: Entity, texts: set[str]) -> Entity:
    """The entity with ``texts`` among its aliases (its label is never its own alias)."""
    return replace(entity, aliases=tuple(sorted((set(entity.aliases) | texts) - {entity.label})))


def is_force_name(text: str) -> bool:
    """ "Ras Kamboni fighters", "RSF troops": a group's name and a force noun, short and
    capitalised (not "fighters of the group that ...")."""
    words = text.split()
    return 2 <= len(words) <= 5 and text[:1].isupper() and words[-1].islower()


def _related_pairs(resolution: Resolution, extractions: list[DocumentExtraction]) -> set[frozenset[str]]:
    """Entity pairs some statement relates to each other (they are then two actors)."""
    pairs = set()
    for extraction in extractions:
        for r in extraction.relations:
            s = resolution.by_name.get(name_key(r.subject.name))
            o = resolution.by_name.get(name_key(r.object.name))
            if s and o and s != o:
                pairs.add(frozenset((s, o)))
    return pairs


def _merge_into(resolution: Resolution, source: str, target: str) -> None:
    """Fold entity ``source`` into ``target``: names, mentions and documents."""
    gone = resolution.entities.pop(source)
    kept = resolution.entities[target]
    resolution.entities[target] = replace(
        kept,
        aliases=tuple(sorted((set(kept.aliases) | set(gone.aliases) | {gone.label}) - {kept.label})),
        mentions=kept.mentions + gone.mentions,
        documents=tuple(sorted(set(kept.documents) | set(gone.documents))),
    )
    for key, entity_id in resolution.by_name.items():
        if entity_id == source:
            resolution.by_name[key] = target
    for table in (resolution.by_force, resolution.by_troops):  # (forces and missions merged later stay found)
        for key, entity_id in list(table.items()):
            if entity_id == source:
                table[key] = target
        if source in table:
            table.setdefault(target, table.pop(source))


def _join_acronyms(
    keys: list[str], kinds: Mapping[str, Counter[str]], surfaces: Mapping[str, Counter[str]],
    uf: _UnionFind, user: Mapping[str, AliasEntry],
) -> None:
    """An acronym with no definition joins the one long name whose initials it is."""
    by_initials: dict[str, set[str]] = defaultdict(set)
    for key in keys:
        for surface in surfaces[key]:
            if not is_acronym(surface) and len(surface.split()) >= 2:
                by_initials[initials(surface)].add(uf.find(key))
                first, _, rest = surface.partition(" ")
                if is_acronym(first) and len(rest.split()) >= 2:
                    by_initials[initials(rest)].add(uf.find(key))  # "CIA" of the "US Central Intelligence Agency"
    bodies = [
        (k, long.split()) for k in keys if main_kind(kinds[k]) in BODY_KINDS
        for long in surfaces[k] if " " in long and not is_acronym(long)
    ]
    for key in keys:
        if key in user:
            continue
        for surface in surfaces[key]:
            if is_acronym(surface):
                acronym = surface.replace(".", "").rstrip("s")
                candidates = by_initials.get(acronym, set())
                if not candidates and len(acronym) >= 4 and main_kind(kinds[key]) in BODY_KINDS:
                    # "UNMISS" of the "UN Mission in South Sudan": letters from longer
                    # beginnings and from an acronym inside the name
                    candidates = {uf.find(k) for k, words in bodies if k != key and spells(acronym, words)}
                if not candidates and len(acronym) >= 3 and main_kind(kinds[key]) in BODY_KINDS:
                    # "FARC" of the "Revolutionary Armed Forces of Colombia": initials made in
                    # another language, the same letters in another order
                    candidates = {uf.find(k) for k, words in bodies if k != key and spells_translated(acronym, words)}
                if len(candidates) == 1:
                    uf.union(key, next(iter(candidates)))


# Words a name may carry or drop without naming something else: "Kalden district"
# is "Kalden" (but see _join_reduced_names), "the Wagner Group" is "Wagner",
# "Kaldean Presidential Council" is the "Presidential Council" when the articles use both.
PLACE_SUFFIXES = frozenset(
    "district area region province governorate state county suburb neighbourhood neighborhood frontline city town village valley square coast".split()
)
GROUP_KINDS = frozenset({"ArmedGroup", "Organization"})
BODY_KINDS = GROUP_KINDS | {"InternationalOrganization"}
PROVINCE_WORDS = frozenset("region province governorate state county oblast".split())
ORG_SUFFIXES = frozenset("operation group movement militia organization organisation international company corporation".split())


def reduced_names(key: str) -> list[str]:
    """Shorter keys the same actor or place may go by (see PLACE/ORG_SUFFIXES).

    >>> reduced_names("sudanese presidential council")
    ['presidential council']
    >>> reduced_names("al kalden district")
    ['al kalden']
    >>> reduced_names("kalden town")  # "shelled Kalden town" is the town of Kalden
    ['kalden']
    >>> reduced_names("teloviri square")  # "Teloviri Square", then "Teloviri"
    ['teloviri']
    >>> reduced_names("kalden coast")
    ['kalden']
    >>> reduced_names("dorlane international")  # a company: "Dorlane" further on
    ['dorlane']
    >>> reduced_names("afghan militia")  # a militia of a people, not their state
    []
    """
    from frontline.extract import gazetteer

    words = key.split()
    found = []
    if len(words) >= 3 and (gazetteer.country_of_demonym(words[0].title()) or gazetteer.country(words[0])) and (
        " ".join(words[1:]) not in national_armies_by_key()  # "Sudan People's Liberation Army" is no China's army
    ):
        found.append(" ".join(words[1:]))
    if len(words) >= 2 and words[-1] in PLACE_SUFFIXES | ORG_SUFFIXES:
        shorter = " ".join(words[:-1])
        # "Kherson region" is not the city of Kherson, nor "Idlib province" Idlib: a
        # province named after its capital is another place (a district is not). The
        # town must be known by that very name: "Borno state" is Borno, though a town
        # spelled "Borna" is near it.
        if not (words[-1] in PROVINCE_WORDS and gazetteer.city_by_own_name(shorter.title()) is not None) and not (
            words[-1] == "city" and gazetteer.country(shorter.title()) is not None  # "Kuwait City" is no Kuwait, "Panama City" no Panama
        ) and not (
            len(words) == 2 and gazetteer.country_of_demonym(shorter.title()) is not None  # an "Afghan militia" is no Afghanistan
        ):
            found.append(shorter)
    if len(words) >= 2 and words[0] == "operation":
        found.append(" ".join(words[1:]))  # "Operation Barkhane" ~ "Barkhane"
    if len(words) >= 3 and words[-2:] == ["armed", "forces"]:
        found.append(" ".join(words[:-2] + ["army"]))  # "Sudanese Armed Forces" ~ "Sudanese army"
    army = national_army_key(key)
    if army is not None and army != key:
        found.append(army)
    people = (
        len(words) == 1 and key.endswith("s") and gazetteer.country(key.title()) is None  # not "Philippines"
        and gazetteer.country_of_demonym(key[:-1].title())
    )
    if people:
        # "the Chadians" who took a town are the Chadian army (joined only when the
        # articles name that army)
        name = gazetteer.national_army_name(people.name)
        if name:
            found.append(name.lower())
    if " of " in key:
        head = key.split(" of ")[0]
        # "Joint Forces" is the "Joint Forces of Darfur" named before; but "Libyan
        # government" is not "Libyan Government of National Accord" (a rival may claim it)
        if len(head.split()) >= 2 and head.split()[-1] not in {"government", "ministry", "council", "republic"}:
            found.append(head)
    return found


# A state's own military by its formal name: "Rwanda Defence Force", "Mozambique Armed
# Defence Forces", "Ethiopian National Defense Force" (the country read lazily: not
# "Ethiopian National" + "Defense Force"). Not "X National Army" (the
# Syrian and Libyan National Armies are not their states' armies) nor "X Liberation Army";
# "X People's Army" is ("North Korean People's Army", "Yugoslav People's Army").
# A monarchy's army keeps its crown in the name: "Royal Nepalese Army", "Royal Thai Army".
STATE_MILITARY = re.compile(
    r"^(?:royal )?(?P<country>[a-z]+(?: [a-z]+){0,2}?) (?:(?:national )?armed forces|armed defen[cs]e forces?|national defen[cs]e forces?|(?:peoples? )?defen[cs]e forces?|military|(?:peoples? )?army)$"
    r"|^(?:(?:national )?armed forces|army|military|defen[cs]e forces?) of (?:the )?(?P<owner>[a-z]+(?: [a-z]+){0,2})$"  # "Armed Forces of the Philippines", "National Armed Forces of Côte d'Ivoire"
    r"|^(?:(?:islamic|federal|democratic) )?republic of (?P<republic>[a-z]+) (?:army|armed forces|military)$"  # "Islamic Republic of Iran Army"
)


def national_army_key(key: str) -> str | None:
    """ "rwanda defence force" -> "rwandan army": the key the national army goes by."""
    from frontline.extract import gazetteer

    country = army_country(key)
    name = gazetteer.national_army_name(country.name) if country is not None else None
    return name.lower() if name else None


def army_country(key: str) -> Place | None:
    """ "rwanda defence force" -> Rwanda: the state whose own military a key names."""
    from frontline.extract import gazetteer

    named = national_armies_by_key().get(key)
    if named is not None:
        return named  # "people's liberation army": China's, by a name with no state word
    match = STATE_MILITARY.match(key)
    if match is None:
        return None
    word = match.group("country") or match.group("owner") or match.group("republic")
    return gazetteer.country(word.title()) or gazetteer.country_of_demonym(word.title()) or countries_by_key().get(word)


@functools.cache
def national_armies_by_key() -> dict[str, Place]:
    """States' armed forces known by a proper name, by key: "peoples liberation army" -> China."""
    from frontline.extract import gazetteer

    return {name_key(name): place for name, place in sorted(gazetteer.named_national_armies().items())}


@functools.cache
def countries_by_key() -> dict[str, Place]:
    """Countries by the key of each of their names: "cote d ivoire" -> Ivory Coast (a key
    has lost the accents and apostrophes the gazetteer's own lookup keeps)."""
    from frontline.extract import gazetteer

    return {name_key(name): place for name, place in sorted(gazetteer.countries().items())}


def main_kind(votes: Counter[str]) -> str | None:
    """The kind most mentions of a key gave it (ties: the first counted); None if none."""
    return max(votes, key=votes.__getitem__) if votes else None  # (most_common(1), without its heap)


def _join_reduced_names(
    keys: list[str], kinds: Mapping[str, Counter[str]], uf: _UnionFind, user: Mapping[str, AliasEntry],
    *, towns: frozenset[str],
) -> None:
    """ "Kalden district" and "Kalden" are one place, unless the NER reads "Kalden" as
    a town (GPE): then the district is the one around the town, another place ("Al
    Kalden district" of a city, read as a location, is the same as "Al Kalden")."""
    from frontline.extract import gazetteer

    known = set(keys)
    # "the Maute group" beside "Abdullah Maute": a group named after a family, not him
    surnames = {k.split()[-1] for k in keys if " " in k and main_kind(kinds[k]) == "Person"}
    for key in keys:
        if key in user or main_kind(kinds[key]) in {None, "Person"}:
            continue
        for shorter in reduced_names(key):
            # (nor "Sadr City" beside "Moqtada al-Sadr": a place named after a man, not the man)
            if shorter in towns and key == shorter + " district" or shorter in surnames and main_kind(kinds[key]) in GROUP_KINDS | {"Place"}:
                continue
            if key.endswith(" militia") and shorter in known and main_kind(kinds[shorter]) in {"Place", "Country"} and gazetteer.is_town_or_country(shorter.title()):
                continue  # "the New York militia" is a body raised there, not New York (but "Badr Organization" is Badr)
            if shorter in known and shorter not in user and (
                main_kind(kinds[shorter]) != "Person" or is_named_after(key, shorter)
            ):
                uf.union(key, shorter)
        singular = key[:-1]
        if " " not in key and key.endswith("s") and singular in known and singular not in user:
            # "the Houthis" and "Houthi units": one group; but "Hamas" is not the city of Hama
            if {main_kind(kinds[key]), main_kind(kinds[singular])} <= GROUP_KINDS:
                uf.union(key, singular)


# Words before a place's name that make another place of it: "Western Kalden" is not Kalden.
PLACE_QUALIFIERS = frozenset(
    "north south east west northern southern eastern western central upper lower greater new old little great "
    "northeast northwest southeast southwest".split()
)


def _join_place_parts(
    keys: list[str], kinds: Mapping[str, Counter[str]], uf: _UnionFind, user: Mapping[str, AliasEntry]
) -> None:
    """ "Wad Kalden" written "Kalden" further on, "Sanam da Costa" written "Sanam": one
    word that opens or closes exactly one longer place name is that place, unless it is
    a known town or country of its own ("Praia"), a person's surname here, or the longer
    name is another place ("Western Kalden", "Kalden border")."""
    from frontline.extract import gazetteer
    from frontline.extract.entities import FACILITY_WORDS, PLACE_PREFIXES, PLACE_WORDS

    places = [
        k for k in keys
        if " " in k and k not in user and main_kind(kinds[k]) == "Place" and k.split()[0] not in PLACE_QUALIFIERS
        and k.split()[-1] not in PLACE_WORDS | FACILITY_WORDS  # "Kalden border", "Kalden airport": somewhere else
        and not any(gazetteer.country_of_demonym(w.title()) or gazetteer.country_of_demonym(w.title()[:-1]) for w in k.split())
    ]
    by_end_word: dict[str, list[str]] = defaultdict(list)
    for k in places:
        for word in {k.split()[0], k.split()[-1]}:
            by_end_word[word].append(k)
    surnames = {k.split()[-1] for k in keys if " " in k and main_kind(kinds[k]) == "Person"}
    for key in keys:
        if " " in key or len(key) < 4 or key in user or key in surnames or main_kind(kinds[key]) not in {"Place", "Person"}:
            continue
        if key not in by_end_word or gazetteer.country(key.title()) or gazetteer.city_by_own_name(key.title()):
            continue
        known_town = gazetteer.city(key.title()) is not None
        longer = [
            k for k in by_end_word[key]
            # a word the NER took for a person, in a name with "al"/"bin": a person's name mistyped
            if not (main_kind(kinds[key]) == "Person" and set(k.split()) & PARTICLES)
            # "Amiriyat al-Fallujah" is a town named after Fallujah, not Fallujah
            and not (known_town and k.endswith(f" {key}") and k.split()[-2] in PARTICLES)
            # "Jabal Hussein" beside King "Hussein" (named a person more than once): a hill
            # named after a man is not him ("Gurugú", typed a person once, is "Mount Gurugú")
            and not (kinds[key]["Person"] >= 2 and k.endswith(f" {key}") and k.split()[0].title() in PLACE_PREFIXES)
        ]
        if len(longer) == 1:
            uf.union(key, longer[0])


# "the town of X", "the port of X": X is a settlement, whatever a gazetteer knows of it
SETTLEMENT_BEFORE = re.compile(r"\b(?:town|city|village|port|capital) of (?:the )?", re.IGNORECASE)


def called_settlements(mentions: list[EntityMention], extractions: list[DocumentExtraction]) -> frozenset[str]:
    """Keys of names an article calls a town, city, village or port ("the town of X")."""
    after = {(e.article.doc_id, match.end()) for e in extractions for match in SETTLEMENT_BEFORE.finditer(e.article.text)}
    return frozenset(name_key(m.name) for m in mentions if (m.doc_id, m.start_char) in after)


def towns_naming_facilities(mentions: list[EntityMention]) -> frozenset[str]:
    """Keys of towns the extractor named a described facility after ("the fortress of
    X", "the airport" in a story about X: "X fortress", "X airport"): it read them as
    towns there, so they are no other name of that facility."""
    return frozenset(
        name_key(m.canonical[: -len(m.text)].strip())
        if m.canonical.endswith(f" {m.text}")
        else name_key(m.canonical.rsplit(" ", 1)[0])  # "the medieval fortress" of X: "X fortress"
        for m in mentions
        if m.kind == "Facility" and m.canonical and m.text.islower() and " " in m.canonical
        and m.text.split()[-1] == m.canonical.split()[-1]
    )


# Words that make a facility of a name ("Kalden Dam", "Kalden military base",
# "Kalden hydroelectric dam") and the words that may stand before them.
FACILITY_TAIL_WORDS = frozenset("air military naval international hydroelectric".split())


# Words that open a facility's name: "Fort Ballivián", "Camp Kalden" (see facility_base_name)
FACILITY_PREFIX_WORDS = frozenset("fort camp fortin".split())


def facility_word(key: str) -> str:
    """The word that makes a facility's name one: "base" of "kalden military base",
    "fort" of "fort ballivian"."""
    words = key.split()
    return words[0] if words[0] in FACILITY_PREFIX_WORDS and len(words) > 1 else words[-1]


def facility_base_name(key: str) -> str | None:
    """ "kalden military base" -> "kalden", "fort ballivian" -> "ballivian": the name a
    facility is named after; None when the key does not end in a facility word nor open
    on one (or is nothing but facility words)."""
    from frontline.extract.entities import FACILITY_WORDS

    words = key.split()
    if len(words) >= 2 and words[0] in FACILITY_PREFIX_WORDS and words[-1] not in FACILITY_WORDS:
        return " ".join(words[1:])
    if not words or words[-1] not in FACILITY_WORDS | {"river"}:
        return None
    k = len(words) - 1
    while k > 0 and words[k - 1] in FACILITY_TAIL_WORDS:
        k -= 1
    return " ".join(words[:k]) or None


def _join_facility_names(
    keys: list[str], kinds: Mapping[str, Counter[str]], uf: _UnionFind, user: Mapping[str, AliasEntry],
    *, towns: frozenset[str], settlements: frozenset[str],
) -> None:
    """ "Kalden Dam" written "Kalden" further on, "Pochentong airport" as "Pochentong":
    a name that is no town is the one kind of facility named after it (all its
    spellings: "Kalden dam", "Kalden hydroelectric dam"). A town keeps its airport,
    port and fort apart ("Kismayo" and "Kismayo airport"), and so does a person or a
    group ("Hamid Karzai International Airport"; "Saiqa camp" of the Saiqa brigade)."""
    from frontline.extract import gazetteer

    facilities: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        base = facility_base_name(key)
        if base is not None and key not in user and main_kind(kinds[key]) in {"Facility", "Place"}:
            facilities[base].append(key)
    known = set(keys)
    # the model calls a lone unknown name a person or a body as often as a place; a
    # word of a person's full name here is that person's ("Hamid Karzai" airport)
    name_words = {w for k in keys if " " in k and main_kind(kinds[k]) in {"Person", *GROUP_KINDS} for w in k.split()}
    for base, named in sorted(facilities.items()):
        if (
            base not in known or base in user or base in name_words
            or main_kind(kinds[base]) not in {"Facility", "Place", "Person", "Organization"}
            or " " in base and main_kind(kinds[base]) == "Person"  # "Hamid Karzai" himself
            # (a body the story names again and again: "a Khmer Rouge base" is the group's)
            or main_kind(kinds[base]) == "Organization" and kinds[base]["Organization"] >= 3
            or len({facility_word(k) for k in named}) != 1  # "Kalden dam" and "Kalden camp": which?
            or gazetteer.country(base.title()) or gazetteer.city_by_own_name(base.title())
            # (a town's other spelling is a town if the model reads it as one too:
            # "Taejon"; "Inga" is also an old name of a Brazilian town)
            or gazetteer.city(base.title()) and base in towns or base in settlements
        ):
            continue
        for key in named:
            uf.union(base, key)


# Plural nouns a headline may call the rebels its story then names: "Rwandan rebels take Kigali"
HEADLINE_REBEL_NOUNS = frozenset("rebels insurgents militants guerrillas separatists jihadists".split())


def _join_headline_descriptions(
    extractions: list[DocumentExtraction], kinds: Mapping[str, Counter[str]], uf: _UnionFind, user: Mapping[str, AliasEntry]
) -> None:
    """ "Rwandan rebels take Kigali" over a story that opens "Fighters of the Rwandan
    Patriotic Front took full control of Kigali": the rebels a headline describes are
    the group the body names doing the same thing to the same place or side first."""
    for extraction in extractions:
        relations = sorted(extraction.relations, key=lambda r: r.sentence_start)
        for headline in (r for r in relations if r.sentence_start == 0):
            described = name_key(headline.subject.name)
            words = described.split()
            if not words or words[-1] not in HEADLINE_REBEL_NOUNS or described in user or headline.subject.text[:1].isupper() and len(words) == 1:
                continue
            lead = next((
                r for r in relations
                if r.sentence_start > 0 and r.predicate == headline.predicate and name_key(r.object.name) == name_key(headline.object.name)
                and r.control_change == headline.control_change  # (not the side that took what the headline's rebels gave up)
            ), None)
            # ("Fighters of the X": the group they belong to)
            named = name_key(lead.subject.commander or lead.subject.name) if lead is not None else ""
            if (
                named and named != described and main_kind(kinds[named]) in GROUP_KINDS and named.split()[-1:] != words[-1:]
                and army_country(named) is None  # (rebels are never a state's own army: "Syrian rebels" are not the Syrian army)
            ):
                uf.union(named, described)


# Names a state's army went by in one era only, so not keys of the army everywhere
# ("Red Army" was the Soviet army's until 1946, and is China's and other bodies' too):
# joined to that state's army where one story names both ("Red Army", "Soviet troops").
ERA_ARMY_NAMES = {"red army": "Soviet Union", "wehrmacht": "Germany", "imperial japanese army": "Japan"}


def _join_era_army_names(mentions: list[EntityMention], uf: _UnionFind, user: Mapping[str, AliasEntry]) -> None:
    from frontline.extract import gazetteer

    keys_by_story: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        keys_by_story[m.doc_id].add(name_key(m.name))
    for keys in keys_by_story.values():
        for era_name, state in ERA_ARMY_NAMES.items():
            army = (gazetteer.national_army_name(state) or "").lower()
            if era_name in keys and army in keys and era_name not in user and army not in user:
                uf.union(era_name, army)


def _join_rivers_named_short(
    mentions: list[EntityMention], extractions: list[DocumentExtraction], kinds: Mapping[str, Counter[str]],
    uf: _UnionFind, user: Mapping[str, AliasEntry],
) -> None:
    """ "the Potomac River" written "the Potomac" further on: a place name that always
    follows "the" is the river the story names in full (English names a river, not a
    town, with the article: "Newry" and "the Newry River", "Detroit" and "the Detroit
    River" stay apart; no country joins its river)."""
    texts = {e.article.doc_id: e.article.text for e in extractions}
    uses: dict[str, list[bool]] = defaultdict(list)
    for m in mentions:
        if m.commander is None:
            before = texts.get(m.doc_id, "")[max(0, m.start_char - 4) : m.start_char].lower()
            uses[name_key(m.name)].append(before == "the " or m.text.lower().startswith("the "))
    for river in sorted(k for k in kinds if k.endswith(" river")):
        short = river.removesuffix(" river")
        if (
            short in kinds and short not in user and river not in user and main_kind(kinds[short]) == "Place"
            and uses.get(short) and all(uses[short])
        ):
            uf.union(short, river)


UNIT_WORDS = frozenset("division brigade regiment battalion corps".split())
ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")


def _join_numbered_units(
    keys: list[str], kinds: Mapping[str, Counter[str]], uf: _UnionFind, user: Mapping[str, AliasEntry]
) -> None:
    """ "the 24th Division" after "the 24th Infantry Division": the one unit with that
    number and that word (not when a "24th Armoured Division" is named too); "the 101st
    Airborne" after "the 101st Airborne Division": the unit without its unit word."""
    known = set(keys)
    longer: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        words = key.split()
        if len(words) >= 3 and ORDINAL.match(words[0]) and words[-1] in UNIT_WORDS and main_kind(kinds[key]) in GROUP_KINDS:
            if len(words) == 3:
                longer[f"{words[0]} {words[-1]}"].append(key)
            longer[" ".join(words[:-1])].append(key)
    for short, named in sorted(longer.items()):
        if len(named) == 1 and short in known and short not in user and named[0] not in user:
            uf.union(named[0], short)


# First words that make a body of its own out of another's name: the side against
# it ("anti-Taliban alliance") or a faction that broke away from it ("Independent
# National Patriotic Front of Liberia", "Real IRA")
SPLINTER_WORDS = frozenset("anti pro independent real true continuity breakaway dissident".split())


def _join_group_tails(
    keys: list[str], kinds: Mapping[str, Counter[str]], uf: _UnionFind, user: Mapping[str, AliasEntry]
) -> None:
    """ "the Elite forces" after "the Hadrami Elite Forces": a group named by all but
    the first word of exactly one longer group name is that group (two such names,
    "Kaldean / Doran National Army", leave it alone). A corps goes by its members too:
    "the Revolutionary Guards" of the "Islamic Revolutionary Guard Corps"."""
    groups = [k for k in keys if k not in user and main_kind(kinds[k]) in GROUP_KINDS]
    by_tail: dict[str, list[str]] = defaultdict(list)
    for k in groups:
        if " " in k and k.split(" ", 1)[0] not in SPLINTER_WORDS:  # ("anti-Taliban" is no Taliban)
            tail = k.split(" ", 1)[1]
            by_tail[tail].append(k)
            if tail.endswith(" corps"):
                by_tail[tail.removesuffix(" corps") + "s"].append(k)  # "the Revolutionary Guards" of the "... Guard Corps"
    for key in groups:
        longer = by_tail.get(key, []) if " " in key else []
        if len(longer) == 1 and national_army_key(key) is None:  # "Syrian army" is no "Free Syrian Army"
            uf.union(key, longer[0])


# Head words that, capitalised alone, stand for the one group whose name ends with them:
# "the Guard" of the "National Guard", "the Front" of the "Kalden Front", "the Army" of
# the one state's army named (never of a group's "Free Kalden Army"); not "the Forces"
LONE_HEAD_WORDS = frozenset("guard front legion brigade militia army".split())


def _join_group_words(
    keys: list[str], kinds: Mapping[str, Counter[str]], uf: _UnionFind, user: Mapping[str, AliasEntry]
) -> None:
    """ "the Scouts" of the "Kalden Scouts", "the Mautes" of the "Maute group", "the
    Sandinistas" of the "Sandinista National Liberation Front": a capitalised word
    that ends the name of exactly one group, or a plural whose singular stands in it,
    is that group, however many names it goes by. Not a word that heads many names
    ("Forces", "Council") but the lone head words ("the Guard", "the Front", "the Army"
    of a state's army only), nor a people named after a country."""
    from frontline.extract import gazetteer

    groups = [k for k in keys if " " in k and k not in user and main_kind(kinds[k]) in GROUP_KINDS]
    plural_of = {g[:-1]: g for g in groups if g.endswith("s")}
    for g in groups:
        if g in plural_of:
            uf.union(g, plural_of[g])  # "the Red Guard garrison" of the "Red Guards": one group's name, one in the singular
    for key in keys:
        if " " in key or len(key) < 4 or key in user or main_kind(kinds[key]) not in GROUP_KINDS:
            continue
        if key in NAME_HEAD_WORDS and key not in LONE_HEAD_WORDS or gazetteer.country_of_demonym(key.title()) or gazetteer.country(key.title()):
            continue
        # the singular of a plural anywhere in the name, or the word ending the name
        # (not "Taliban" in "Tehrik-i-Taliban Pakistan", "Euphrates" in "Euphrates Centre")
        singular = key[:-1] if key.endswith("s") else None
        named = {uf.find(g) for g in groups if singular in g.split() or g.split()[-1] == key}
        holding = {uf.find(g) for g in groups if {key, singular} & set(g.split())}  # "Sea Tigers" and "Liberation Tigers of ..."
        if key == "army" and not all(national_army_key(g) is not None for g in groups if g.split()[-1] == key):
            continue
        if len(named) == 1 and named == holding:
            uf.union(key, next(iter(named)))
            continue
        # "the Tigers" beside the "Liberation Tigers of Tamil Eelam" and its wings, the
        # "Sea Tigers" and "Black Tigers" (two words ending with the plural): the one
        # body whose name holds the plural inside it
        inside = {uf.find(g) for g in groups if key in g.split()[:-1]}
        wings = {uf.find(g) for g in groups if len(g.split()) == 2 and g.split()[-1] == key}
        if wings and len(inside) == 1 and holding == inside | wings:
            uf.union(key, next(iter(inside)))


# Body words that, capitalised alone ("the Confederation's volunteers"), stand for the
# one body whose name opens with them (see _join_opening_body_words)
OPENING_BODY_WORDS = frozenset(
    "confederation federation alliance coalition front movement league union council junta committee congress "
    "assembly organisation organization party platform network legion association".split()
)


def _join_opening_body_words(
    keys: list[str], kinds: Mapping[str, Counter[str]], uf: _UnionFind, user: Mapping[str, AliasEntry]
) -> None:
    """ "the Confederation" of the "Confederation of Mountain Peoples of the Caucasus":
    a body word alone is the one body whose name opens with it, when no other body's
    name holds the word ("the Alliance" beside an "Alliance for X" and a "Northern
    Alliance" is left alone). The model may call the lone word anything."""
    bodies = [k for k in keys if " " in k and k not in user and main_kind(kinds[k]) in GROUP_KINDS | {"Government", "InternationalOrganization"}]
    for key in keys:
        if key not in OPENING_BODY_WORDS or key in user:
            continue
        opening = {uf.find(b) for b in bodies if b.split()[0] == key}
        holding = {uf.find(b) for b in bodies if key in b.split()}
        if len(opening) == 1 and opening == holding:
            uf.union(key, next(iter(opening)))


def _join_national_marines(
    keys: list[str], kinds: Mapping[str, Counter[str]], uf: _UnionFind, user: Mapping[str, AliasEntry]
) -> None:
    """ "the Marines" beside "United States Marines" (or "Royal Marines"): one service when
    one country's Marines are named ("1st Marines", a regiment, is not one)."""
    from frontline.extract import gazetteer

    if "marines" not in kinds or "marines" in user or main_kind(kinds["marines"]) not in GROUP_KINDS:
        return
    national = {
        uf.find(k) for k in keys
        if k.endswith(" marines") and k not in user
        and (k == "royal marines" or gazetteer.country(k.removesuffix(" marines").title()) is not None)
    }
    if len(national) == 1:
        uf.union("marines", next(iter(national)))


NATIONAL_SERVICE = re.compile(r"^(?P<owner>[a-z]+(?: [a-z]+)?) (?P<service>navy|air force)$")


def _join_national_services(
    keys: list[str], kinds: Mapping[str, Counter[str]], uf: _UnionFind, user: Mapping[str, AliasEntry]
) -> None:
    """ "the American navy" beside "the US Navy", "Iraqi air force" beside "Iraq air
    force": one state's one service, whichever word for the state names it."""
    from frontline.extract import gazetteer

    by_service: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key in keys:
        match = NATIONAL_SERVICE.match(key)
        if match is None or key in user or main_kind(kinds[key]) not in GROUP_KINDS:
            continue
        owner = match.group("owner")
        country = gazetteer.country_of_demonym(owner.title()) or gazetteer.country(owner.title())
        if country is not None:
            by_service[(country.name, match.group("service"))].append(key)
    for named in by_service.values():
        for key in named[1:]:
            uf.union(named[0], key)


def is_named_after(key: str, shorter: str) -> bool:
    """ "Hadramawt province", "Operation Barkhane": a place or an operation named by one
    word, which is that place or operation however the NER typed the word alone (it
    calls bare place names persons)."""
    words = key.split()
    return " " not in shorter and (words[-1] in PLACE_SUFFIXES or words[0] == "operation")


PEOPLES_FORCES = re.compile(r"^(?P<people>[a-z]{3,}?)(?:an|ian|i|ese)(?: (?:forces|fighters)|s)$")  # (and "the Tigrayans")


def _join_peoples_forces(
    keys: list[str], kinds: Mapping[str, Counter[str]], uf: _UnionFind, user: Mapping[str, AliasEntry]
) -> None:
    """ "Tigrayan forces" (or "the Tigrayans") is the one armed group the article names after the people
    ("Tigray Defense Forces"); two such groups ("Tigray X", "Tigray Y"), or none, leave
    it alone. Countries' armies have their own rule (``national_army_key``)."""
    from frontline.extract import gazetteer

    for key in keys:
        match = PEOPLES_FORCES.match(key)
        people = key.split()[0] if " " in key else key[:-1]  # ("the Ukrainians": a country's people, no group)
        if match is None or key in user or gazetteer.country_of_demonym(people.title()):
            continue
        if " " not in key and main_kind(kinds[key]) not in GROUP_KINDS:
            continue  # a lone word is a people only where the model read a body ("Khamis" is a man)
        stem = match.group("people")
        named = [
            other for other in keys
            if other != key and other.split()[0].startswith(stem) and len(other.split()) >= 2 and other not in user
            and main_kind(kinds[other]) in GROUP_KINDS
        ]
        if len(named) == 1:
            uf.union(key, named[0])


# How the stories call a people's armed men: "Chechen fighters", "the Bosnian Serb army"
PEOPLES_FORCE_TAILS = frozenset("fighters forces separatists rebels militants militias militiamen guerrillas army".split())


def _join_peoples_plurals(
    keys: list[str], kinds: Mapping[str, Counter[str]], uf: _UnionFind, user: Mapping[str, AliasEntry]
) -> None:
    """ "the Chechens" who hold towns are the one armed group the stories name by that
    people ("Chechen fighters", "Chechen separatists"), and "the Karabakh Armenians" the
    one force named "Karabakh Armenian ..."; two such groups, or none, leave the people
    alone."""
    forces = [
        k for k in keys
        if " " in k and k not in user and k.split()[-1] in PEOPLES_FORCE_TAILS and main_kind(kinds[k]) in GROUP_KINDS
    ]
    for key in keys:
        if len(key.split()) > 2 or not key.endswith("s") or len(key) < 5 or key in user or main_kind(kinds[key]) not in GROUP_KINDS:
            continue
        stem = key[:-1]
        # ("the Karabakh Armenians" and "Karabakh Armenian forces": the people of a place)
        named = [force for force in forces if force != key and (force.startswith(stem + " ") if " " in key else any(word.startswith(stem) for word in force.split()))]
        if len(named) == 1:
            uf.union(key, named[0])


def _join_owned_governments(
    keys: list[str], kinds: Mapping[str, Counter[str]], uf: _UnionFind, user: Mapping[str, AliasEntry]
) -> None:
    """ "Nagy's government" and "the Nagy government": one government, named either way;
    "Imre Nagy's government" is also "the Nagy government" (his surname alone)."""
    present = set(keys)
    for key in keys:
        words = key.split()
        if not 2 <= len(words) <= 5 or words[-1] != "government" or not words[-2].endswith("s") or key in user:
            continue
        owner = [*words[:-2], words[-2][:-1]]
        for plain in dict.fromkeys((f"{' '.join(owner)} government", f"{owner[-1]} government")):
            if plain in present and plain not in user and main_kind(kinds[key]) == main_kind(kinds[plain]) == "Government":
                uf.union(key, plain)


def _join_person_names(
    keys: list[str], kinds: Mapping[str, Counter[str]], uf: _UnionFind, user: Mapping[str, AliasEntry]
) -> None:
    """Transliteration variants and short forms of person names."""
    from frontline.extract import gazetteer

    def personal(key: str) -> bool:
        votes = kinds[key]
        if not votes or key in user:
            return False
        if main_kind(votes) == "Person":
            return True
        words = key.split()
        if 2 <= len(words) <= 4 and votes["Person"] > 0 and not set(words) & NAME_HEAD_WORDS:
            return True  # "Khalifa Toure" tagged ORG more often than PER: no word says body
        if (
            2 <= len(words) <= 4 and set(votes) == {"Organization"} and not set(words) & NAME_HEAD_WORDS and words[-1] in kinds
            and main_kind(kinds[words[-1]]) == "Person" and gazetteer.city(key.title()) is None
        ):
            return True  # "fighters loyal to Abu Musab al-Zarqawi" (a body, said the model), then "Zarqawi" said
        # A single word tagged a person at least once and known as no place or body:
        # the statistical NER often mistypes bare surnames.
        return (
            len(person_skeleton(key)) == 1
            and (votes["Person"] > 0 or key.split()[0] in PARTICLES)  # "al-Mujie" is a surname
            and gazetteer.country(key) is None
            and gazetteer.city(key) is None and gazetteer.international_organization(key) is None
        )

    people = [k for k in keys if personal(k)]
    people += mistyped_surnames(keys, kinds, people, user)
    by_skeleton: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for key in people:
        by_skeleton[person_skeleton(key)].append(key)
    for group in by_skeleton.values():
        for other in group[1:]:
            uf.union(group[0], other)
    full = {sk: ks for sk, ks in by_skeleton.items() if len(sk) >= 2}
    # A full name inside a longer one is the same person with a leftover title or
    # middle name: "Amara Toure" in "Amara Kone Toure" is not; "Marshal
    # Amara Toure" is. Join when the shorter is a suffix of the longer.
    for short in sorted(full, key=len):
        for longer in full:
            if len(longer) > len(short) and longer[-len(short):] == short:
                uf.union(full[short][0], full[longer][0])
    # "Ali Kalem" is "Ali Kalem al-Harbi": a name that goes on with a particle ("al",
    # "bin") after the shorter one's last word is the same person, when only one does
    by_first_word: dict[str, list[list[str]]] = defaultdict(list)
    for ks in full.values():
        for k in ks:
            by_first_word[k.split()[0]].append(k.split())
    for short in (k for ks in full.values() for k in ks):
        words = short.split()
        n = len(words)
        longer = {
            uf.find(" ".join(w)) for w in by_first_word[words[0]]
            if w[:n] == words and len(w) > n + 1 and w[n] in SURNAME_PARTICLES
        }
        if len(longer) == 1:
            uf.union(short, next(iter(longer)))
    for sk, group in by_skeleton.items():
        if len(sk) != 1:
            continue
        # "Toure" -> the one full name ending with it; ambiguous surnames stay apart.
        # The spelling decides before the skeleton: "Kiir" is "Salva Kiir", though
        # "Aguer" has Kiir's skeleton.
        spellings = {k.split()[-1] for k in group}  # ("al-Beidh" is spelled as the "Beidh" of "Ali Salim al-Beidh")
        spelled = {uf.find(k) for ks in full.values() for k in ks if k.split()[-1] in spellings}
        first_spelled = {uf.find(k) for ks in full.values() for k in ks if k.split()[0] in spellings}
        if not spelled and len(first_spelled) == 1:
            # "Phoumi" is "Phoumi Nosavan", spelled so, not "Souvanna Phouma", whose
            # surname has its skeleton
            uf.union(group[0], next(iter(first_spelled)))
            continue
        ends = spelled if len(spelled) == 1 else {uf.find(ks[0]) for fsk, ks in full.items() if fsk[-1] == sk[0]}
        if len(ends) == 1:
            uf.union(group[0], next(iter(ends)))
        elif not ends:
            # "Abiy" -> "Abiy Ahmed": where people go by their first name (Ethiopia,
            # Eritrea), the one full name that starts with it
            spelled = {uf.find(k) for ks in full.values() for k in ks if k.split()[0] in spellings}
            starts = spelled if len(spelled) == 1 else {uf.find(ks[0]) for fsk, ks in full.items() if fsk[0] == sk[0]}
            if len(starts) == 1:
                uf.union(group[0], next(iter(starts)))
            elif not starts:
                # "Imbert" -> "Antonio Imbert Barrera", "Makuei" -> "Michael Makuei
                # Lueth": a family name inside the one full name that holds it
                inside = {uf.find(k) for ks in full.values() for k in ks if spellings & set(inner_words(k))}
                if len(inside) == 1:
                    uf.union(group[0], next(iter(inside)))


def inner_words(key: str) -> list[str]:
    """The words of a full name between its first and last, particles left out: where a
    paternal surname or a father's name stands ("Antonio Imbert Barrera")."""
    from frontline.extract.entities import INNER_PARTICLES  # "de", "van"

    return [w for w in key.split()[1:-1] if w not in PARTICLES | SURNAME_PARTICLES | INNER_PARTICLES]


def mistyped_surnames(
    keys: list[str], kinds: Mapping[str, Counter[str]], people: list[str], user: Mapping[str, AliasEntry]
) -> list[str]:
    """Single words the NER typed a place or a body that end exactly one full person
    name, or stand inside it, and that no gazetteer knows ("Burhan" said ..., tagged
    GPE): surnames. So are the last two words of one full name of three or more."""
    from frontline.extract import gazetteer

    surnames = Counter(k.split()[-1] for k in people if len(k.split()) >= 2)
    inside = Counter(w for k in people for w in set(inner_words(k)))
    endings = Counter(" ".join(k.split()[-2:]) for k in people if len(k.split()) >= 3)
    found = []
    for key in keys:
        votes = kinds[key]
        if key.count(" ") == 1 and endings[key] == 1 and key not in people and key not in user and votes and not (
            set(votes) - {"Place", "Organization", "Facility"} or gazetteer.city(key.title()) or gazetteer.country(key.title())
        ):
            found.append(key)  # "Durán Ballén" (a place, said the model) of "Sixto Durán Ballén"
            continue
        if (
            " " in key or key in people or key in user or surnames[key] + inside[key] != 1
            or not votes or set(votes) - {"Place", "Organization", "Facility"}
            or gazetteer.country(key) or gazetteer.city(key) or gazetteer.international_organization(key)
        ):
            continue
        found.append(key)
    return found


def _pick_kind(members: list[str], kinds: Mapping[str, Counter[str]], entry: AliasEntry | None) -> str:
    if entry is not None and entry.kind:
        return entry.kind
    total: Counter[str] = Counter()
    for k in members:
        total.update(kinds[k])
    if not total:
        return "Organization"
    article_tails = {k.split()[1] for k in members if is_article_name(k)}
    if total["Person"] and article_tails and all(is_article_name(k) or k in article_tails for k in members):
        # "al-Qaeda", "al-Shabaab" (and "Shabaab") the model read as a man: the article
        # and one word name a body (a man's "al-" surname joins the full name he was
        # first named by)
        total = Counter({kind: n for kind, n in total.items() if kind != "Person"}) or Counter({"Organization": 1})
    full_names = [k for k in members if " " in k and main_kind(kinds[k]) == "Person"]
    if full_names and not any(total[k] for k in SPECIFIC_KINDS):
        return "Person"  # a full person name decides for its short forms
    if not any(total[k] for k in SPECIFIC_KINDS) and any(
        " " in k and main_kind(kinds[k]) == "Place" and not set(k.split()) & PARTICLES for k in members
    ) and total["Person"] <= 3 * total["Place"]:
        # a place's full name decides too: "Qaldun province", "Wad Qaldun" for "Qaldun";
        # not one place reading against many person ones (the NER's "loyal to Gul Agha
        # Sherzai" as a place, with "Sherzai" a person ten times)
        return "Place"
    specific = [(n, kind) for kind, n in total.items() if kind in SPECIFIC_KINDS]
    if specific and {kind for _n, kind in specific} == {"ArmedGroup"} and total["Place"] > total["ArmedGroup"] and total["Place"] >= total["Person"]:
        # a place the story names as one again and again is no armed group for a reading
        # or two ("Knin" a place six times, once read as a force's name); a building or a
        # government keeps its kind (an air base is named like its town)
        return "Place"
    if specific and not (total.get("Person", 0) > sum(n for n, _ in specific)):
        return sorted(specific, key=lambda nk: (-nk[0], nk[1]))[0][1]
    return sorted(total.items(), key=lambda kn: (-kn[1], kn[0]))[0][0]


def is_article_name(key: str) -> bool:
    """ "al qaeda", "el shabaab": an Arabic article and one word, no given name before."""
    words = key.split()
    return len(words) == 2 and words[0] in {"al", "el"}


def _pick_label(
    members: list[str], surfaces: Mapping[str, Counter[str]], canonical_names: Mapping[str, str],
    entry: AliasEntry | None, kind: str,
) -> str:
    if entry is not None:
        return entry.name
    names: Counter[str] = Counter()
    for k in members:
        names.update(surfaces[k])
    canon = {canonical_names[k] for k in members if k in canonical_names}
    proper = sorted(s for s in names if not is_acronym(s) and (name_key(s) in national_armies_by_key() or name_key(s) in ERA_ARMY_NAMES))
    if proper:
        return proper[0]  # "People's Liberation Army", "Red Army" over our "Chinese army", "Soviet army"
    if canon:
        # The long name the articles use most ("Northern Liberation Front" over a
        # one-off "Kaldean Northern Liberation Front"), then the longest.
        return sorted(canon, key=lambda s: (-names[s], -len(s), s))[0]
    full = [s for s in names if not is_acronym(s)] or list(names)
    if kind == "Person":
        return sorted(full, key=lambda s: (-len(s.split()), -names[s], s))[0]
    return sorted(full, key=lambda s: (-names[s], -len(s), s))[0]


def slug(label: str) -> str:
    """A stable, readable id from a label.

    >>> slug("Government of National Accord")
    'government-of-national-accord'
    """
    text = re.sub(r"[^a-z0-9]+", "-", ascii_fold(label).lower()).strip("-")
    return text or "entity"


def _unique_id(base: str, kind: str, used: set[str]) -> str:
    candidate = base
    if candidate in used:
        candidate = f"{base}-{kind.lower()}"
    n = 2
    while candidate in used:
        candidate = f"{base}-{n}"
        n += 1
    used.add(candidate)
    return candidate
