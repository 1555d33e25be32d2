"""Entity resolution over hand-built extraction records (frontline.graph.resolve).

The actors are invented: no gazetteer or rule can know them in advance.
"""

from __future__ import annotations

import itertools
from dataclasses import replace

import pytest

from frontline.extract.records import Article, DocumentExtraction, EntityMention
from frontline.graph.resolve import AliasEntry, Resolution, name_key, resolve
from helpers import extraction, mention, relation

NLF = "Northern Liberation Front"


def groups(resolution: Resolution) -> set[frozenset[str]]:
    """Mention names grouped by the entity they resolved to."""
    by_entity: dict[str, set[str]] = {}
    for key, entity_id in resolution.by_name.items():
        by_entity.setdefault(entity_id, set()).add(key)
    return {frozenset(names) for names in by_entity.values()}


def entity_named(resolution: Resolution, name: str):
    return resolution.entities[resolution.by_name[name_key(name)]]


def assert_joined(resolution: Resolution, name: str, other: str) -> None:
    """The two names are one node."""
    assert entity_named(resolution, name).id == entity_named(resolution, other).id


def assert_joined_to_none(resolution: Resolution, short: str, *longer: str) -> None:
    """``short`` is none of the ``longer`` names: which one it means is not known."""
    assert entity_named(resolution, short).id not in {entity_named(resolution, name).id for name in longer}


def test_acronym_defined_in_text_joins_the_long_name():
    doc = extraction(
        "d1",
        mention(NLF, "ArmedGroup", "d1", 0),
        mention("NLF", "ArmedGroup", "d1", 27, canonical=NLF),  # "... Front (NLF)"
        mention("NLF", "ArmedGroup", "d1", 90, canonical=NLF),
    )
    resolution = resolve([doc])
    assert groups(resolution) == {frozenset({"northern liberation front", "nlf"})}
    entity = entity_named(resolution, "NLF")
    assert (entity.id, entity.label, entity.kind) == ("northern-liberation-front", NLF, "ArmedGroup")
    assert entity.aliases == ("NLF",)
    assert entity.mentions == 3


def test_undefined_acronym_in_another_document_joins_by_initials():
    resolution = resolve([
        extraction("d1", mention(NLF, "ArmedGroup", "d1", 0)),
        extraction("d2", mention("NLF", "ArmedGroup", "d2", 4)),
    ])
    entity = entity_named(resolution, "NLF")
    assert entity.label == NLF and entity.documents == ("d1", "d2")


def test_undefined_acronym_joins_the_long_name_after_its_countrys_acronym():
    # "the KSA Dorian Intelligence Bureau" ... "the DIB"
    resolution = resolve([extraction(
        "d1", mention("KSA Dorian Intelligence Bureau", "Organization", "d1", 0), mention("DIB", "Organization", "d1", 50),
    )])
    assert_joined(resolution, "DIB", "KSA Dorian Intelligence Bureau")


def test_undefined_acronym_joins_the_one_body_it_spells_with_longer_beginnings():
    # "UNMISK": "UN" whole, "Mi" of "Mission", nothing of "in", then the initials
    mission = mention("UN Mission in South Kaldea", "InternationalOrganization", "d1", 0)
    resolution = resolve([extraction("d1", mission, mention("UNMISK", "InternationalOrganization", "d1", 50))])
    assert_joined(resolution, "UNMISK", "UN Mission in South Kaldea")
    # a country or a place is no such body, though "S" + "KAL" spell its name
    country = resolve([extraction(
        "d1", mention("South Kaldea", "Country", "d1", 0), mention("SKAL", "ArmedGroup", "d1", 30),
        mention("Sankal Hills", "Place", "d1", 60),
    )])
    assert_joined_to_none(country, "SKAL", "South Kaldea", "Sankal Hills")
    # initials made in another language: the same letters in another order
    resolution = resolve([extraction(
        "d1", mention("Revolutionary Armed Forces of Kaldea", "ArmedGroup", "d1", 0), mention("FARK", "Organization", "d1", 60),
    )])
    assert_joined(resolution, "FARK", "Revolutionary Armed Forces of Kaldea")


def test_a_word_ending_one_group_name_or_a_plural_of_its_word_is_that_group():
    resolution = resolve([extraction(
        "d1", mention("Kalden Scouts", "ArmedGroup", "d1", 0), mention("Scouts", "Organization", "d1", 30),
        mention("Morvanista Liberation Front", "ArmedGroup", "d1", 60), mention("Morvanistas", "Organization", "d1", 100),
        mention("Dorma Tigers", "ArmedGroup", "d1", 130), mention("Liberation Tigers of Dorma", "ArmedGroup", "d1", 160),
        mention("Tigers", "ArmedGroup", "d1", 200),
        mention("Harakat-i-Zorba Kalden", "ArmedGroup", "d1", 230), mention("Zorba", "Organization", "d1", 260),
    )])
    assert_joined(resolution, "Scouts", "Kalden Scouts")
    assert_joined(resolution, "Morvanistas", "Morvanista Liberation Front")
    # a plural inside one name, beside two-word names that end with it (its wings), is
    # the name that holds it inside; a word inside another name alone stays apart
    assert_joined(resolution, "Tigers", "Liberation Tigers of Dorma")
    assert_joined_to_none(resolution, "Zorba", "Harakat-i-Zorba Kalden")


def test_a_lone_guard_or_front_is_the_one_group_whose_name_ends_with_it():
    resolution = resolve([extraction(
        "d1", mention("Kalden National Guard", "ArmedGroup", "d1", 0), mention("Guard", "ArmedGroup", "d1", 30),
        mention("Dastin Front", "ArmedGroup", "d1", 60), mention("Front", "Organization", "d1", 90),
        mention("Free Kalden Army", "ArmedGroup", "d1", 120), mention("Army", "ArmedGroup", "d1", 150),
    )])
    assert_joined(resolution, "Guard", "Kalden National Guard")
    assert_joined(resolution, "Front", "Dastin Front")
    assert_joined_to_none(resolution, "Army", "Free Kalden Army")  # ("the Army" is mostly a state's)
    # the one state's army named
    resolution = resolve([extraction("d1", mention("Colombian army", "ArmedGroup", "d1", 0), mention("Army", "ArmedGroup", "d1", 30))])
    assert_joined(resolution, "Army", "Colombian army")
    # two names ending with the word: neither
    resolution = resolve([extraction(
        "d1", mention("Kalden National Guard", "ArmedGroup", "d1", 0), mention("Dastin Republican Guard", "ArmedGroup", "d1", 30),
        mention("Guard", "ArmedGroup", "d1", 60),
    )])
    assert_joined_to_none(resolution, "Guard", "Kalden National Guard", "Dastin Republican Guard")


def test_a_plural_ending_two_group_names_and_inside_none_is_neither():
    resolution = resolve([extraction(
        "d1", mention("Dorma Tigers", "ArmedGroup", "d1", 0), mention("Kalden Tigers", "ArmedGroup", "d1", 30),
        mention("Tigers", "ArmedGroup", "d1", 60),
    )])
    assert_joined_to_none(resolution, "Tigers", "Dorma Tigers", "Kalden Tigers")


def test_a_group_named_in_the_singular_and_the_plural_is_one_group_with_its_plural_adjective():
    resolution = resolve([extraction(
        "d1", mention("Kalden Guards", "ArmedGroup", "d1", 0), mention("Kalden Guard", "Organization", "d1", 40),
        mention("Kaldens", "Organization", "d1", 80),
    )])
    assert_joined(resolution, "Kalden Guard", "Kalden Guards")
    assert_joined(resolution, "Kaldens", "Kalden Guards")


def test_ambiguous_acronym_stays_apart():
    resolution = resolve([
        extraction("d1", mention(NLF, "ArmedGroup", "d1", 0), mention("National Labour Federation", "Organization", "d1", 40)),
        extraction("d2", mention("NLF", "ArmedGroup", "d2", 4)),
    ])
    assert groups(resolution) == {
        frozenset({"northern liberation front"}), frozenset({"national labour federation"}), frozenset({"nlf"}),
    }


def test_surname_joins_the_single_full_name():
    resolution = resolve([
        extraction("d1", mention("Amara Toure", "Person", "d1", 0)),
        extraction("d2", mention("Toure", "Person", "d2", 0), mention("Toure", "Person", "d2", 50)),
    ])
    entity = entity_named(resolution, "Toure")
    assert (entity.id, entity.label, entity.mentions) == ("amara-toure", "Amara Toure", 3)


def test_people_sharing_a_surname_do_not_merge():
    resolution = resolve([extraction(
        "d1",
        mention("Amara Toure", "Person", "d1", 0),
        mention("Ibrahim Toure", "Person", "d1", 30),
        mention("Toure", "Person", "d1", 60),
    )])
    assert groups(resolution) == {frozenset({"amara toure"}), frozenset({"ibrahim toure"}), frozenset({"toure"})}


def test_a_ruler_with_a_regnal_number_is_no_one_sharing_his_first_name():
    resolution = resolve([extraction(
        "d1",
        mention("Tomas II", "Person", "d1", 0),
        mention("Tomas Ardiles", "Person", "d1", 30),
        mention("Ardiles", "Person", "d1", 60),
    )])
    assert groups(resolution) == {frozenset({"tomas ii"}), frozenset({"tomas ardiles", "ardiles"})}


def test_an_era_name_of_a_states_army_is_that_army_where_a_story_names_both():
    resolution = resolve([
        extraction("d1", mention("Red Army", "ArmedGroup", "d1", 0), mention("Soviet troops", "ArmedGroup", "d1", 40, canonical="Soviet army")),
        extraction("d2", mention("Red Army", "ArmedGroup", "d2", 0)),
        extraction("d3", mention("Chinese troops", "ArmedGroup", "d3", 0, canonical="Chinese army")),
    ])
    assert entity_named(resolution, "Soviet troops").label == "Red Army"
    assert entity_named(resolution, "Chinese troops").label != "Red Army"
    # one story alone never joins a name to an army it does not name
    alone = resolve([extraction("d1", mention("Red Army", "ArmedGroup", "d1", 0)), extraction("d2", mention("Soviet troops", "ArmedGroup", "d2", 0, canonical="Soviet army"))])
    assert entity_named(alone, "Red Army").id != entity_named(alone, "Soviet troops").id


@pytest.mark.parametrize("kind", ["Person", "Place"])  # the model often calls a lone surname a place
def test_a_family_name_inside_a_full_name_is_that_person(kind):
    # Spanish names carry two surnames, the first the one used alone ("Tomas Ardiles Vega"
    # is "Ardiles"); so do a father's name in many others
    resolution = resolve([extraction(
        "d1", mention("Tomas Ardiles Vega", "Person", "d1", 0), mention("Ardiles", kind, "d1", 40),
        mention("Ardiles Vega", "Place", "d1", 80), mention("Carmen Salas de Quiroga", "Person", "d1", 120),
        mention("Salas", kind, "d1", 160),
    )])
    assert_joined(resolution, "Ardiles", "Tomas Ardiles Vega")
    assert_joined(resolution, "Ardiles Vega", "Tomas Ardiles Vega")
    assert_joined(resolution, "Salas", "Carmen Salas de Quiroga")


def test_a_full_name_the_model_called_a_body_is_the_person_its_surname_names():
    # "fighters loyal to Abu Kamal al-Zorbi" (a body, said the model), then "Zorbi said"
    resolution = resolve([extraction(
        "d1", mention("Abu Kamal al-Zorbi", "Organization", "d1", 0), mention("Zorbi", "Person", "d1", 40),
        mention("Zorbi", "Person", "d1", 80), mention("Fort Dastin", "Facility", "d1", 120), mention("Dastin", "Person", "d1", 160),
    )])
    assert_joined(resolution, "Zorbi", "Abu Kamal al-Zorbi")
    assert entity_named(resolution, "Zorbi").kind == "Person"
    assert entity_named(resolution, "Fort Dastin").kind == "Facility"  # a place's name stays a place


def test_a_family_name_inside_two_full_names_stays_apart():
    resolution = resolve([extraction(
        "d1", mention("Tomas Ardiles Vega", "Person", "d1", 0), mention("Luis Ardiles Pena", "Person", "d1", 40),
        mention("Ardiles", "Person", "d1", 80),
    )])
    assert_joined_to_none(resolution, "Ardiles", "Tomas Ardiles Vega", "Luis Ardiles Pena")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Omar al-Bashiri", "Omar al-Beshiri"),
        ("Omar al-Bashiri", "Omar Al Bashiri"),
        ("Youssef Haddad", "Yusuf Hadad"),
        ("Khalid Qasimi", "Khaled Kassimi"),
        ("Muammar Qaddafi", "Muammar Kadhafi"),
    ],
)
def test_transliteration_variants_merge(first, second):
    resolution = resolve([
        extraction("d1", mention(first, "Person", "d1", 0)),
        extraction("d2", mention(second, "Person", "d2", 0)),
    ])
    assert len(resolution.entities) == 1
    (entity,) = resolution.entities.values()
    assert {entity.label, *entity.aliases} == {first, second}


def test_different_people_do_not_merge_as_transliterations():
    resolution = resolve([extraction(
        "d1", mention("Omar al-Bashiri", "Person", "d1", 0), mention("Omar al-Bashti", "Person", "d1", 30),
    )])
    assert len(resolution.entities) == 2


def test_demonym_joins_its_country():
    resolution = resolve([extraction(
        "d1",
        mention("Veldra", "Country", "d1", 0),
        mention("Veldran", "Country", "d1", 20, canonical="Veldra", label="NORP"),
    )])
    entity = entity_named(resolution, "Veldran")
    assert (entity.id, entity.label, entity.kind, entity.aliases) == ("veldra", "Veldra", "Country", ("Veldran",))


def test_user_alias_entries_win_with_their_type_and_wikidata():
    resolution = resolve(
        [extraction(
            "d1",
            mention("The Front", "Organization", "d1", 0),
            mention(NLF, "ArmedGroup", "d1", 20),
            mention("Karvel", "Person", "d1", 60),  # the model mistyped a town
        )],
        aliases=[
            AliasEntry(NLF, "Government", ("The Front", "Nord Front"), "Q4242424"),
            AliasEntry("Karvel", "Place"),
        ],
    )
    front = entity_named(resolution, "The Front")
    assert (front.id, front.label, front.kind, front.wikidata) == ("northern-liberation-front", NLF, "Government", "Q4242424")
    assert set(front.aliases) == {"The Front", "Nord Front"}
    assert entity_named(resolution, "Karvel").kind == "Place"


def test_user_alias_for_an_acronym_does_not_merge_a_different_long_name():
    resolution = resolve(
        [
            extraction("d1", mention(NLF, "ArmedGroup", "d1", 0), mention("NLF", "ArmedGroup", "d1", 27, canonical=NLF)),
            extraction("d2", mention("National Labour Federation", "Organization", "d2", 0)),
        ],
        aliases=[AliasEntry("National Labour Federation", "Organization", ("NLF",))],
    )
    assert resolution.by_name[name_key(NLF)] != resolution.by_name[name_key("National Labour Federation")]


def test_ids_do_not_depend_on_input_order():
    docs = [
        extraction("d1", mention(NLF, "ArmedGroup", "d1", 0), mention("NLF", "ArmedGroup", "d1", 27, canonical=NLF)),
        extraction("d2", mention("Toure", "Person", "d2", 0), mention("Amara Toure", "Person", "d2", 10)),
        extraction(
            "d3",
            mention("Omar al-Beshiri", "Person", "d3", 0),
            mention("Omar al-Bashiri", "Person", "d3", 20),
            mention("Veldran", "Country", "d3", 40, canonical="Veldra", label="NORP"),
        ),
    ]
    outcomes = {
        (tuple(sorted(r.by_name.items())), tuple(sorted(r.entities.items())))
        for r in (resolve(order) for order in itertools.permutations(docs))
    }
    assert len(outcomes) == 1
    (by_name, _entities), = outcomes
    assert {entity_id for _key, entity_id in by_name} == {
        "northern-liberation-front", "amara-toure", "omar-al-bashiri", "veldra",
    }


# ----------------------------------------------------------------- "Toure's forces"


def forces_documents(*, with_leads: bool):
    toure, front = mention("Amara Toure", "Person", "d1", 0), mention(NLF, "ArmedGroup", "d1", 30)
    leads = (relation(toure, "leads", front, "Amara Toure leads the Northern Liberation Front."),) if with_leads else ()
    forces = mention("Toure's forces", "ArmedGroup", "d2", 0, commander="Toure")
    return [
        extraction("d1", toure, front, relations=leads),
        extraction("d2", mention("Toure", "Person", "d2", 0), forces),
    ], forces


def test_forces_of_a_leader_are_the_group_he_leads():
    docs, forces = forces_documents(with_leads=True)
    resolution = resolve(docs)
    assert resolution.entity_id(forces) == "northern-liberation-front"
    group = resolution.entities["northern-liberation-front"]
    assert "Toure's forces" in group.aliases and group.documents == ("d1", "d2")
    assert len(resolution.entities) == 2


def test_forces_of_a_leader_are_the_group_he_leads_when_the_group_is_named_by_its_noun():
    # "the Kalden Front militia, a clan-based force led by Amara Toure": the leads fact's
    # group is a mention read from "militia" with the front as its owner
    toure, front = mention("Amara Toure", "Person", "d1", 0), mention("Kalden Front", "ArmedGroup", "d1", 30)
    militia = mention("Kalden Front militia", "ArmedGroup", "d1", 30, commander="Kalden Front")
    forces = mention("Toure's fighters", "ArmedGroup", "d1", 90, commander="Amara Toure")
    leads = relation(toure, "leads", militia, "The Kalden Front militia is led by Amara Toure.")
    resolution = resolve([extraction("d1", toure, front, militia, forces, relations=(leads,))])
    assert resolution.entity_id(forces) == resolution.entity_id(front) == "kalden-front"


def test_a_groups_fighters_are_an_alias_of_the_group_but_an_organisations_troops_are_not():
    group = mention("Kalden Front", "ArmedGroup", "d1", 0)
    fighters = mention("Kalden Front fighters", "ArmedGroup", "d1", 40, commander="Kalden Front")
    union = mention("African Union", "InternationalOrganization", "d1", 80)
    troops = mention("African Union troops", "ArmedGroup", "d1", 120, commander="African Union")
    long_phrase = mention("fighters of the Kalden Front", "ArmedGroup", "d1", 160, commander="Kalden Front")
    resolution = resolve([extraction("d1", group, fighters, union, troops, long_phrase)])
    assert resolution.entity_id(fighters) == "kalden-front"
    assert resolution.entities["kalden-front"].aliases == ("Kalden Front fighters",)
    assert resolution.entities[resolution.entity_id(union)].aliases == ()  # the AU's troops are its mission


def test_an_organisations_troops_are_its_force_and_not_the_organisation():
    union = mention("African Union", "InternationalOrganization", "d1", 0)
    troops = mention("AU troops", "ArmedGroup", "d1", 40, commander="African Union")
    resolution = resolve([extraction("d1", union, troops)])
    force = resolution.entities[resolution.entity_id(troops)]
    assert (force.label, force.kind, force.aliases) == ("African Union force", "ArmedGroup", ("AU troops",))
    assert resolution.entity_id(union) != force.id


def test_an_organisations_troops_are_the_mission_the_text_names():
    union = mention("African Union", "InternationalOrganization", "d1", 0)
    mission = mention("African Union Mission in Kalmun", "InternationalOrganization", "d1", 40)
    troops = mention("AU troops", "ArmedGroup", "d1", 90, commander="African Union")
    strikes = mention("AU aircraft", "ArmedGroup", "d1", 120, commander="African Union")
    resolution = resolve([extraction("d1", union, mission, troops, strikes)])
    assert resolution.entity_id(troops) == resolution.entity_id(mission)
    assert resolution.entity_id(strikes) == resolution.entity_id(union)  # its aircraft stay the organisation's
    assert len(resolution.entities) == 2
    # an "Operation" posted somewhere is a mission too
    union = mention("United Nations", "InternationalOrganization", "d1", 0)
    operation = mention("United Nations Operation in Kalmun", "InternationalOrganization", "d1", 40)
    troops = mention("United Nations troops", "ArmedGroup", "d1", 90, commander="United Nations")
    resolution = resolve([extraction("d1", union, operation, troops)])
    assert resolution.entity_id(troops) == resolution.entity_id(operation)


def test_un_peacekeepers_are_the_un_mission_the_text_names_by_its_acronym():
    union = mention("United Nations", "InternationalOrganization", "d1", 0)
    mission = mention("UNKALMIS", "InternationalOrganization", "d1", 40)  # a UN mission's acronym
    agency = mention("UNESCO", "InternationalOrganization", "d1", 60)
    troops = mention("UN peacekeepers", "ArmedGroup", "d1", 90, commander="United Nations")
    resolution = resolve([extraction("d1", union, mission, agency, troops)])
    assert resolution.entity_id(troops) == resolution.entity_id(mission)
    # an agency is no mission with troops
    resolution = resolve([extraction("d1", union, agency, troops)])
    assert resolution.entity_id(troops) not in {resolution.entity_id(agency), resolution.entity_id(union)}


def test_unita_is_no_un_body():
    from frontline.extract import gazetteer

    assert gazetteer.parent_body("UNITA") is None
    assert gazetteer.organization_kind("UNITA") != "InternationalOrganization"
    assert gazetteer.parent_body("UNAMIR") == "United Nations"


def test_forces_of_a_person_who_leads_no_known_group():
    docs, forces = forces_documents(with_leads=False)
    resolution = resolve(docs)
    forces_id = resolution.entity_id(forces)
    assert forces_id not in (None, "northern-liberation-front", "amara-toure")
    entity = resolution.entities[forces_id]
    assert (entity.label, entity.kind, entity.aliases) == ("forces of Amara Toure", "ArmedGroup", ("Toure's forces",))


def test_forces_of_a_head_of_state_are_his_countrys_army():
    # "President Amara Toure of Peru ... Toure's forces", the text naming the Peruvian army
    toure, peru = mention("Amara Toure", "Person", "d1", 0), mention("Peru", "Country", "d1", 30)
    army = mention("Peruvian army", "ArmedGroup", "d1", 60)
    forces = mention("Toure's forces", "ArmedGroup", "d1", 90, commander="Amara Toure")
    resolution = resolve([extraction(
        "d1", toure, peru, army, forces, relations=(relation(toure, "leads", peru, "President Amara Toure of Peru."),),
    )])
    assert resolution.entity_id(forces) == resolution.entity_id(army)
    # without an army the text names, his forces are still the Peruvian army; where a
    # second man leads Peru too (a contested presidency), they stay a group of their own
    leads = relation(toure, "leads", peru, "President Amara Toure of Peru.")
    alone = resolve([extraction("d1", toure, peru, forces, relations=(leads,))])
    assert alone.entities[alone.entity_id(forces)].label == "Peruvian army"
    rival = mention("Saleh Irfan", "Person", "d1", 120)
    contested = resolve([extraction(
        "d1", toure, peru, forces, rival, relations=(leads, relation(rival, "leads", peru, "Saleh Irfan, sworn in as president of Peru.")),
    )])
    assert contested.entities[contested.entity_id(forces)].label == "forces of Amara Toure"
    # the army named by its formal name, "the Armed Forces of Peru"
    formal = mention("Armed Forces of Peru", "ArmedGroup", "d1", 60)
    named = resolve([extraction(
        "d1", toure, peru, formal, forces, relations=(relation(toure, "leads", peru, "President Amara Toure of Peru."),),
    )])
    assert named.entity_id(forces) == named.entity_id(formal) == "armed-forces-of-peru"


def test_forces_of_a_head_of_a_government_named_by_two_words_are_its_army():
    # "President Amara Toure's government" of Costa Rica ... "Toure's forces"
    toure, country = mention("Amara Toure", "Person", "d1", 0), mention("Costa Rica", "Country", "d1", 30)
    government = mention("government", "Government", "d1", 45, canonical="Costa Rican government")
    army = mention("Costa Rican army", "ArmedGroup", "d1", 60)
    forces = mention("Toure's forces", "ArmedGroup", "d1", 90, commander="Amara Toure")
    resolution = resolve([extraction(
        "d1", toure, country, government, army, forces,
        relations=(relation(toure, "leads", government, "President Amara Toure's government."),),
    )])
    assert resolution.entity_id(forces) == resolution.entity_id(army)


def test_the_forces_of_a_commander_of_one_group_are_that_groups():
    # "fighters led by Amara Toure, a commander of the Front, seized Kalden"
    toure, front = mention("Amara Toure", "Person", "d1", 0), mention(NLF, "ArmedGroup", "d1", 30)
    forces = mention("Amara Toure", "ArmedGroup", "d1", 0, commander="Amara Toure")
    member = relation(toure, "memberOf", front, "Amara Toure, a commander of the Front.")
    resolution = resolve([extraction("d1", toure, front, forces, relations=(member,))])
    assert resolution.entity_id(forces) == resolution.entity_id(front)
    alone = resolve([extraction("d1", toure, front, forces)])
    assert alone.entities[alone.entity_id(forces)].label == "forces of Amara Toure"


def test_a_denied_leads_statement_does_not_make_the_forces_that_group():
    toure, front = mention("Amara Toure", "Person", "d1", 0), mention(NLF, "ArmedGroup", "d1", 30)
    denied = relation(toure, "leads", front, "Amara Toure does not lead the Front.", negated=True)
    forces = mention("Toure's forces", "ArmedGroup", "d1", 80, commander="Amara Toure")
    resolution = resolve([extraction("d1", toure, front, forces, relations=(denied,))])
    assert resolution.entities[resolution.entity_id(forces)].label == "forces of Amara Toure"


def test_a_capital_speaking_for_its_country_is_the_country():
    # "Moscow said ...": no statement uses the capital as a place
    resolution = resolve([extraction(
        "d1", mention("Russia", "Country", "d1", 0), mention("Moscow", "Place", "d1", 40),
        mention(NLF, "ArmedGroup", "d1", 80),
    )])
    assert_joined(resolution, "Moscow", "Russia")


def test_a_capital_speaks_for_the_state_that_sat_there_in_the_storys_year():
    # "Moscow warned ..." in a story of 1956 is the Soviet Union, not today's Russia
    import datetime as dt

    story = DocumentExtraction(
        Article("d1", "text of d1", published=dt.date(1956, 11, 6)),
        (mention("Soviet Union", "Country", "d1", 0), mention("Moscow", "Place", "d1", 40), mention(NLF, "ArmedGroup", "d1", 80)),
        (),
    )
    assert_joined(resolve([story]), "Moscow", "Soviet Union")


@pytest.mark.parametrize(
    ("capital", "country", "year"),
    [
        ("Brasília", "Brazil", 1998),  # the capitals table spells it without the accent
        ("Peking", "China", 1972),  # an old name
        ("La Paz", "Bolivia", 1932),  # the seat of government, not the formal capital
        ("Lagos", "Nigeria", 1990),  # a capital before the government moved (to Abuja, in 1991)
        ("Leopoldville", "Democratic Republic of the Congo", 1964),  # Kinshasa's name until 1966
    ],
)
def test_a_capital_under_another_spelling_or_a_seat_of_government_speaks_for_its_country(capital, country, year):
    import datetime as dt

    story = DocumentExtraction(
        Article("d1", "text of d1", published=dt.date(year, 1, 1)),
        (mention(country, "Country", "d1", 0), mention(capital, "Place", "d1", 40), mention(NLF, "ArmedGroup", "d1", 80)),
        (),
    )
    assert_joined(resolve([story]), capital, country)


def test_a_seat_of_power_speaking_for_its_country_is_the_country():
    # "the Kremlin said ...", typed as an organisation by the model
    resolution = resolve([extraction(
        "d1", mention("Russia", "Country", "d1", 0), mention("Kremlin", "Organization", "d1", 40),
        mention(NLF, "ArmedGroup", "d1", 80), mention("Pentagon", "Organization", "d1", 120),
        mention("United States", "Country", "d1", 160),
    )])
    assert_joined(resolution, "Kremlin", "Russia")
    assert entity_named(resolution, "Pentagon").id != entity_named(resolution, "United States").id  # a ministry of its own


def test_a_seat_of_power_a_spokesman_speaks_for_stays_its_own_body():
    # "Kremlin spokesman Kiro Tala said ...": he speaks for the seat, not the state at large
    kremlin = mention("Kremlin", "Government", "d1", 40)
    spokesman = mention("Kiro Tala", "Person", "d1", 60)
    resolution = resolve([extraction(
        "d1", mention("Russia", "Country", "d1", 0), kremlin, spokesman,
        relations=(relation(spokesman, "spokespersonFor", kremlin, "Kremlin spokesman Kiro Tala said."),),
    )])
    assert entity_named(resolution, "Kremlin").id != entity_named(resolution, "Russia").id


def test_a_seat_of_power_shelled_is_a_building_not_its_state():
    # "Army tanks pounded the White House, the seat of the Russian parliament"
    tanks = mention("Russian army", "ArmedGroup", "d1", 0)
    house = mention("White House", "Government", "d1", 40)
    resolution = resolve([extraction(
        "d1", tanks, house, mention("United States", "Country", "d1", 80),
        relations=(relation(tanks, "fights", house, "Army tanks pounded the White House."),),
    )])
    assert entity_named(resolution, "White House").id != entity_named(resolution, "United States").id


@pytest.mark.parametrize(("name", "country"), [("State Department", "United States"), ("Islamic Republic", "Iran")])
def test_the_state_department_and_the_islamic_republic_are_their_state(name, country):
    resolution = resolve([extraction(
        "d1", mention(country, "Country", "d1", 0), mention(name, "Organization", "d1", 40),
    )])
    assert_joined(resolution, name, country)


def facility_story(*extra: EntityMention, text: str = "") -> DocumentExtraction:
    """ "Kaldun Dam" and later a bare "Kaldun" (the model's guess: a place)."""
    found = (mention("Kaldun Dam", "Facility", "d1", 0), mention("Kaldun", "Place", "d1", 60), *extra)
    return DocumentExtraction(Article("d1", text or "x" * 200), found, ())


def test_a_company_is_its_name_without_international():
    # "Dorlane International ... Dorlane said", the bare name taken for a place
    resolution = resolve([extraction(
        "d1", mention("Dorlane International", "Organization", "d1", 0), mention("Dorlane", "Place", "d1", 40),
    )])
    assert_joined(resolution, "Dorlane", "Dorlane International")


def test_a_name_that_is_no_town_is_the_facility_named_after_it():
    assert_joined(resolve([facility_story()]), "Kaldun", "Kaldun Dam")
    # every spelling of the one kind of facility
    both = resolve([facility_story(mention("Kaldun hydroelectric dam", "Facility", "d1", 90))])
    assert_joined(both, "Kaldun", "Kaldun hydroelectric dam")
    assert_joined(both, "Kaldun Dam", "Kaldun hydroelectric dam")


def test_a_town_keeps_its_facility_apart():
    # a known town, and a town the article calls one
    airport = resolve([extraction("d1", mention("Kismayo airport", "Facility", "d1", 0), mention("Kismayo", "Place", "d1", 40))])
    assert entity_named(airport, "Kismayo").id != entity_named(airport, "Kismayo airport").id
    text = "Kaldun Dam " + "x" * 36 + " the town of Kaldun " + "x" * 100
    called = resolve([facility_story(text=text)])
    assert text[60:66] == "Kaldun"
    assert entity_named(called, "Kaldun").id != entity_named(called, "Kaldun Dam").id
    # two kinds of facility named after it: which one is meant is not known
    two = resolve([facility_story(mention("Kaldun camp", "Facility", "d1", 90))])
    assert_joined_to_none(two, "Kaldun", "Kaldun Dam", "Kaldun camp")
    # an airport named after a man is not the man
    person = resolve([extraction(
        "d1", mention("Amara Toure International Airport", "Facility", "d1", 0), mention("Amara Toure", "Person", "d1", 50),
    )])
    assert entity_named(person, "Amara Toure").id != entity_named(person, "Amara Toure International Airport").id
    # a base named after a body the story names again and again is the body's base
    body = [mention("Kaldun Rouge", "Organization", "d1", k * 20) for k in range(3)]
    base = resolve([extraction("d1", *body, mention("Kaldun Rouge base", "Facility", "d1", 90))])
    assert entity_named(base, "Kaldun Rouge").id != entity_named(base, "Kaldun Rouge base").id
    assert entity_named(base, "Kaldun Rouge").kind == "Organization"


def test_a_capital_held_by_someone_stays_a_place():
    nlf, capital = mention(NLF, "ArmedGroup", "d1", 0), mention("Damascus", "Place", "d1", 40)
    resolution = resolve([extraction(
        "d1", nlf, capital, mention("Syria", "Country", "d1", 90),
        relations=(relation(nlf, "controls", capital, "The NLF holds Damascus."),),
    )])
    assert entity_named(resolution, "Damascus").kind == "Place"
    assert entity_named(resolution, "Damascus").id != entity_named(resolution, "Syria").id


def test_two_armies_described_by_the_same_word_stay_apart():
    # "its forces" after Russia and "its forces" after Ukraine: the same words, two armies
    resolution = resolve([extraction(
        "d1",
        mention("forces", "ArmedGroup", "d1", 0, canonical="Russian army"),
        mention("forces", "ArmedGroup", "d1", 60, canonical="Ukrainian army"),
    )])
    assert entity_named(resolution, "Russian army").id != entity_named(resolution, "Ukrainian army").id
    assert "forces" in entity_named(resolution, "Russian army").aliases


def test_a_first_name_joins_the_one_full_name_it_starts():
    resolution = resolve([extraction(
        "d1", mention("Tesfaye Gebru", "Person", "d1", 0), mention("Tesfaye", "Person", "d1", 50),
    )])
    assert_joined(resolution, "Tesfaye", "Tesfaye Gebru")


def test_a_first_name_spelled_so_beats_a_surname_of_its_skeleton():
    # "Phoumi" is "Phoumi Nosavan", not "Souvanna Phouma" (Phouma has Phoumi's skeleton)
    resolution = resolve([extraction(
        "d1", mention("Dorlan Vesk", "Person", "d1", 0), mention("Amara Dorlane", "Person", "d1", 30),
        mention("Dorlan", "Person", "d1", 60),
    )])
    assert_joined(resolution, "Dorlan", "Dorlan Vesk")
    assert_joined_to_none(resolution, "Dorlan", "Amara Dorlane")


def test_a_state_military_by_its_formal_name_is_the_national_army():
    resolution = resolve([extraction(
        "d1", mention("Rwanda Defence Force", "ArmedGroup", "d1", 0),
        mention("troops", "ArmedGroup", "d1", 60, canonical="Rwandan army"),
    )])
    assert_joined(resolution, "Rwanda Defence Force", "Rwandan army")


@pytest.mark.parametrize(
    ("formal", "demonym"),
    [
        ("Armed Forces of the Philippines", "Philippine"),
        ("Sri Lanka Army", "Sri Lankan"),
        ("Ethiopian National Defense Force", "Ethiopian"),  # not "Ethiopian National" + "Defense Force"
        ("Uganda People's Defence Force", "Ugandan"),
        ("Royal Thai Army", "Thai"),  # a monarchy's army keeps its crown in the name
        ("Islamic Republic of Kenya Army", "Kenyan"),  # the state's formal name
        ("North Korean People's Army", "North Korean"),
        ("Papua New Guinea Defence Force", "Papua New Guinean"),  # a country of three words
        ("Chadian National Armed Forces", "Chadian"),  # not "Chadian National" + "Armed Forces"
    ],
)
def test_a_state_military_named_with_its_country_is_the_national_army(formal: str, demonym: str):
    resolution = resolve([extraction(
        "d1", mention(formal, "ArmedGroup", "d1", 0),
        mention("troops", "ArmedGroup", "d1", 60, canonical=f"{demonym} army"),
    )])
    assert_joined(resolution, formal, f"{demonym} army")


def test_a_national_army_by_name_is_not_the_states_army():
    # "X National Army" may be a rebel coalition: not merged with "X army"
    resolution = resolve([extraction(
        "d1", mention("Syrian National Army", "ArmedGroup", "d1", 0),
        mention("troops", "ArmedGroup", "d1", 60, canonical="Syrian army"),
    )])
    assert entity_named(resolution, "Syrian National Army").id != entity_named(resolution, "Syrian army").id


def test_a_numbered_unit_without_its_arm_is_the_one_unit_of_that_number():
    resolution = resolve([extraction(
        "d1", mention("24th Infantry Division", "ArmedGroup", "d1", 0), mention("24th Division", "ArmedGroup", "d1", 60),
        mention("3rd Infantry Division", "ArmedGroup", "d1", 90), mention("3rd Armoured Division", "ArmedGroup", "d1", 120),
        mention("3rd Division", "ArmedGroup", "d1", 150),
    )])
    assert_joined(resolution, "24th Division", "24th Infantry Division")
    assert_joined_to_none(resolution, "3rd Division", "3rd Infantry Division", "3rd Armoured Division")


def test_a_numbered_unit_without_its_unit_word_is_that_unit():
    # "the 101st Airborne" after "the 101st Airborne Division"; not when two units share the words
    resolution = resolve([extraction(
        "d1", mention("101st Airborne Division", "ArmedGroup", "d1", 0), mention("101st Airborne", "Organization", "d1", 60),
        mention("7th Armoured Division", "ArmedGroup", "d1", 90), mention("7th Armoured Brigade", "ArmedGroup", "d1", 120),
        mention("7th Armoured", "ArmedGroup", "d1", 150),
    )])
    assert_joined(resolution, "101st Airborne", "101st Airborne Division")
    assert_joined_to_none(resolution, "7th Armoured", "7th Armoured Division", "7th Armoured Brigade")


def test_a_name_before_of_joins_the_longer_name():
    resolution = resolve([extraction(
        "d1", mention("Joint Forces of Kalden", "ArmedGroup", "d1", 0), mention("Joint Forces", "ArmedGroup", "d1", 60),
    )])
    assert_joined(resolution, "Joint Forces", "Joint Forces of Kalden")


def test_a_name_with_organisation_after_it_is_the_short_name():
    resolution = resolve([extraction(
        "d1", mention("Kalden Organization", "ArmedGroup", "d1", 0), mention("Kalden", "ArmedGroup", "d1", 60),
    )])
    assert_joined(resolution, "Kalden", "Kalden Organization")


def state_government_documents(*, shared_minister: bool) -> list:
    """d1 names the "Government of National Unity" and its minister; d2 calls the
    same body "the Kaldean government" (what extraction names a state's government)."""
    gnu, minister = mention("Government of National Unity", "Government", "d1", 0), mention("Omar Dalli", "Person", "d1", 40)
    generic = mention("government", "Government", "d2", 0, canonical="Kaldean government")
    other = mention("Omar Dalli" if shared_minister else "Saleh Irfan", "Person", "d2", 40)
    return [
        extraction("d1", gnu, minister, relations=(relation(minister, "memberOf", gnu, "GNU Interior Minister Omar Dalli said ..."),)),
        extraction("d2", generic, other, relations=(relation(other, "memberOf", generic, "Kaldean Interior Minister ... said ..."),)),
    ]


def test_a_states_government_sharing_a_minister_with_a_named_government_is_that_government():
    resolution = resolve(state_government_documents(shared_minister=True))
    gnu = entity_named(resolution, "Government of National Unity")
    assert entity_named(resolution, "Kaldean government").id == gnu.id
    assert "Kaldean government" in gnu.aliases


def test_a_states_government_sharing_nobody_stays_apart():
    resolution = resolve(state_government_documents(shared_minister=False))
    assert entity_named(resolution, "Kaldean government").id != entity_named(resolution, "Government of National Unity").id


@pytest.mark.parametrize(
    ("full", "same_skeleton", "short"),
    [
        ("Salva Kiir", "Philip Aguer", "Kiir"),  # a surname: "Aguer" has the consonant skeleton of "Kiir"
        ("Tareq Saleh", "Turki al-Maliki", "Tareq"),  # a first name: "Turki" has the skeleton of "Tareq"
    ],
)
def test_a_short_name_joins_the_full_name_spelled_with_it_before_one_of_the_same_skeleton(
    full: str, same_skeleton: str, short: str
):
    resolution = resolve([extraction(
        "d1", mention(full, "Person", "d1", 0), mention(same_skeleton, "Person", "d1", 20),
        mention(short, "Person", "d1", 50),
    )])
    assert_joined(resolution, short, full)
    assert entity_named(resolution, same_skeleton).id != entity_named(resolution, full).id


def test_a_surname_the_ner_took_for_a_place_joins_the_one_full_name():
    resolution = resolve([extraction(
        "d1", mention("Abdel Fattah al-Burhan", "Person", "d1", 0), mention("Burhan", "Place", "d1", 40),
    )])
    joined = entity_named(resolution, "Burhan")
    assert joined.id == entity_named(resolution, "Abdel Fattah al-Burhan").id and joined.kind == "Person"


def test_a_known_town_is_no_surname():
    resolution = resolve([extraction(
        "d1", mention("Omar Aden", "Person", "d1", 0), mention("Aden", "Place", "d1", 40),
    )])
    assert entity_named(resolution, "Aden").id != entity_named(resolution, "Omar Aden").id


def test_a_peoples_forces_are_the_one_group_named_after_the_people():
    resolution = resolve([extraction(
        "d1", mention("Kaldor People's Front", "ArmedGroup", "d1", 0),
        mention("Kaldoran forces", "ArmedGroup", "d1", 60),
    )])
    assert_joined(resolution, "Kaldoran forces", "Kaldor People's Front")
    # two groups named after the people: which one is meant is not known
    resolution = resolve([extraction(
        "d1", mention("Kaldor People's Front", "ArmedGroup", "d1", 0),
        mention("Kaldor Defence Forces", "ArmedGroup", "d1", 30),
        mention("Kaldoran forces", "ArmedGroup", "d1", 60),
    )])
    assert_joined_to_none(resolution, "Kaldoran forces", "Kaldor People's Front", "Kaldor Defence Forces")


def test_a_people_named_after_a_short_land_name_is_the_one_force_named_after_the_land():
    # "the Kafians" of the land "Kaf", whose men the headline called "Kaf tribesmen"
    resolution = resolve([extraction(
        "d1", mention("Kaf tribesmen", "ArmedGroup", "d1", 0), mention("Kafians", "Organization", "d1", 60),
    )])
    assert_joined(resolution, "Kafians", "Kaf tribesmen")


def test_a_people_named_as_an_actor_is_the_one_force_named_after_it():
    resolution = resolve([extraction(
        "d1", mention("Kaldorans", "Organization", "d1", 0),
        mention("Kaldoran Republic", "Organization", "d1", 30),  # a named body, not the people's fighters
        mention("Kaldoran fighters", "ArmedGroup", "d1", 60),
    )])
    assert_joined(resolution, "Kaldorans", "Kaldoran fighters")
    # two forces named after the people: which one is meant is not known
    resolution = resolve([extraction(
        "d1", mention("Kaldorans", "Organization", "d1", 0),
        mention("Kaldoran separatists", "ArmedGroup", "d1", 30),
        mention("Kaldoran militias", "ArmedGroup", "d1", 60),
    )])
    assert_joined_to_none(resolution, "Kaldorans", "Kaldoran separatists", "Kaldoran militias")


def test_a_word_the_ner_took_for_a_person_is_the_place_named_after_it():
    resolution = resolve([extraction(
        "d1", mention("Qaldun", "Person", "d1", 0), mention("Qaldun province", "Place", "d1", 30, label="LOC"),
        mention("Qaldun valley", "Place", "d1", 60, label="LOC"),
    )])
    place = entity_named(resolution, "Qaldun")
    assert place.id == entity_named(resolution, "Qaldun province").id == entity_named(resolution, "Qaldun valley").id
    assert place.kind == "Place"


def test_one_place_reading_of_a_full_name_does_not_outvote_many_person_readings():
    resolution = resolve([extraction(
        "d1", mention("Kiro Adde Selassie", "Place", "d1", 0, label="LOC"),
        *(mention("Selassie", "Person", "d1", 40 + 20 * k) for k in range(4)),
    )])
    person = entity_named(resolution, "Selassie")
    assert person.id == entity_named(resolution, "Kiro Adde Selassie").id and person.kind == "Person"


def test_a_city_named_with_city_after_it_is_the_city():
    resolution = resolve([extraction(
        "d1", mention("Qaldun", "Place", "d1", 0), mention("QALDUN CITY", "Place", "d1", 30, label="LOC"),
    )])
    assert_joined(resolution, "Qaldun", "QALDUN CITY")


def test_an_operation_is_its_name_without_the_word_operation():
    resolution = resolve([extraction(
        "d1", mention("Operation Sandglass", "ArmedGroup", "d1", 0), mention("Sandglass", "Person", "d1", 40),
    )])
    operation = entity_named(resolution, "Sandglass")
    assert operation.id == entity_named(resolution, "Operation Sandglass").id and operation.kind == "ArmedGroup"


def test_a_peoples_plural_name_is_its_national_army_when_the_army_is_named():
    army = mention("army", "ArmedGroup", "d1", 0, canonical="Chadian army")
    resolution = resolve([extraction("d1", army, mention("Chadians", "Organization", "d1", 40))])
    assert_joined(resolution, "Chadians", "Chadian army")
    # with no army named, the people stay what they are; a country's own plural name too
    resolution = resolve([extraction(
        "d1", mention("Chadians", "Organization", "d1", 0), mention("Philippines", "Country", "d1", 20),
        mention("military", "ArmedGroup", "d1", 40, canonical="Philippine army"),
    )])
    assert entity_named(resolution, "Chadians").kind == "Organization"
    assert entity_named(resolution, "Philippines").id != entity_named(resolution, "Philippine army").id


def test_a_name_that_goes_on_with_a_family_particle_is_the_same_person():
    resolution = resolve([extraction(
        "d1", mention("Ali Kalem", "Person", "d1", 0), mention("Ali Kalem al-Harbi", "Person", "d1", 30),
    )])
    assert_joined(resolution, "Ali Kalem", "Ali Kalem al-Harbi")
    # two such longer names: either may be meant
    resolution = resolve([extraction(
        "d1", mention("Ali Kalem", "Person", "d1", 0), mention("Ali Kalem al-Harbi", "Person", "d1", 30),
        mention("Ali Kalem bin Sudi", "Person", "d1", 60),
    )])
    assert_joined_to_none(resolution, "Ali Kalem", "Ali Kalem al-Harbi", "Ali Kalem bin Sudi")


def test_a_states_government_is_the_one_named_government_that_names_the_state():
    generic = mention("government", "Government", "d1", 0, canonical="Chadian government")
    named = mention("Transitional Government of Chad", "Government", "d1", 40)
    resolution = resolve([extraction("d1", generic, named)])
    assert_joined(resolution, "Chadian government", named.text)
    # two governments claim the state: which one the article meant is not known
    rival = mention("Chadian Salvation Government", "Government", "d1", 90)
    resolution = resolve([extraction("d1", generic, named, rival)])
    assert_joined_to_none(resolution, "Chadian government", named.text, rival.text)


def test_one_word_of_exactly_one_longer_place_name_is_that_place():
    resolution = resolve([extraction(
        "d1", mention("Wad Qaldun", "Place", "d1", 0), mention("Qaldun", "Person", "d1", 30),
        mention("Bir Sanam da Costa", "Place", "d1", 60), mention("Bir", "Place", "d1", 90),
    )])
    assert_joined(resolution, "Qaldun", "Wad Qaldun")
    assert entity_named(resolution, "Qaldun").kind == "Place"
    assert entity_named(resolution, "Bir").id != entity_named(resolution, "Bir Sanam da Costa").id  # too short to say


def test_a_town_named_after_a_known_city_is_not_that_city():
    # "Qasr al-Fallujah" (the Qasr of Fallujah, a town the gazetteer knows as "Al Fallujah") is
    # somewhere else; a word the gazetteer does not know still joins
    resolution = resolve([extraction(
        "d1", mention("Fallujah", "Place", "d1", 0, label="GPE"), mention("Qasr al-Fallujah", "Place", "d1", 30, label="GPE"),
        mention("Qasr al-Qaldun", "Place", "d1", 60, label="GPE"), mention("Qaldun", "Place", "d1", 90, label="GPE"),
    )])
    assert entity_named(resolution, "Fallujah").id != entity_named(resolution, "Qasr al-Fallujah").id
    assert_joined(resolution, "Qaldun", "Qasr al-Qaldun")


def test_a_place_named_as_one_again_and_again_is_no_armed_group_for_one_reading():
    places = [mention("Qaldun", "Place", "d1", k * 20, label="GPE") for k in range(3)]
    resolution = resolve([extraction("d1", *places, mention("Qaldun", "ArmedGroup", "d1", 90))])
    assert entity_named(resolution, "Qaldun").kind == "Place"
    # read as a force as often as a place: the force
    resolution = resolve([extraction("d1", places[0], mention("Qaldun", "ArmedGroup", "d1", 90))])
    assert entity_named(resolution, "Qaldun").kind == "ArmedGroup"


def test_a_word_of_another_place_or_of_a_persons_name_stays_apart():
    for longer, kind in (("Western Qaldun", "Place"), ("Qaldun border", "Place"), ("Shaker al-Qaldun", "Place")):
        resolution = resolve([extraction(
            "d1", mention(longer, kind, "d1", 0, label="LOC"), mention("Qaldun", "Person", "d1", 30),
        )])
        assert entity_named(resolution, "Qaldun").id != entity_named(resolution, longer).id, longer
    # two places end with the word: which one is meant is not known
    resolution = resolve([extraction(
        "d1", mention("Wad Qaldun", "Place", "d1", 0), mention("Ras Qaldun", "Place", "d1", 20),
        mention("Qaldun", "Place", "d1", 40),
    )])
    assert_joined_to_none(resolution, "Qaldun", "Wad Qaldun", "Ras Qaldun")


def test_a_group_named_by_all_but_the_first_word_of_one_longer_name_is_that_group():
    resolution = resolve([extraction(
        "d1", mention("Qaldun Elite Forces", "ArmedGroup", "d1", 0), mention("Elite forces", "ArmedGroup", "d1", 40),
    )])
    assert_joined(resolution, "Elite forces", "Qaldun Elite Forces")
    resolution = resolve([extraction(
        "d1", mention("Qaldun Elite Forces", "ArmedGroup", "d1", 0), mention("Doran Elite Forces", "ArmedGroup", "d1", 20),
        mention("Elite forces", "ArmedGroup", "d1", 40),
    )])
    assert_joined_to_none(resolution, "Elite forces", "Qaldun Elite Forces", "Doran Elite Forces")
    # a state's army is never the rebel army that borrows its name
    resolution = resolve([extraction(
        "d1", mention("Free Syrian Army", "ArmedGroup", "d1", 0), mention("Syrian army", "ArmedGroup", "d1", 40),
    )])
    assert_joined_to_none(resolution, "Syrian army", "Free Syrian Army")
    # nor is the group a side named against it: "the anti-Kalden alliance" fights the Kalden
    resolution = resolve([extraction(
        "d1", mention("anti-Kalden Front", "ArmedGroup", "d1", 0), mention("Kalden Front", "ArmedGroup", "d1", 40),
    )])
    assert_joined_to_none(resolution, "Kalden Front", "anti-Kalden Front")
    # nor a faction that broke away from it
    resolution = resolve([extraction(
        "d1", mention("Independent Kalden Patriotic Front", "ArmedGroup", "d1", 0), mention("Kalden Patriotic Front", "ArmedGroup", "d1", 40),
    )])
    assert_joined_to_none(resolution, "Kalden Patriotic Front", "Independent Kalden Patriotic Front")


def mention_in(text: str, name: str, kind: str, nth: int = 0) -> EntityMention:
    """The nth mention of ``name`` in ``text`` (document d1), at its real offset."""
    start = [i for i in range(len(text)) if text.startswith(name, i)][nth]
    return mention(name, kind, "d1", start)


def three_mentions_of_liberia(text: str) -> tuple[EntityMention, ...]:
    """The story's own country, named most."""
    return tuple(mention_in(text, "Liberia", "Country", k) for k in range(3))


def test_the_capital_of_the_storys_own_country_named_as_a_place_stays_a_place():
    text = "Liberia's rebels shelled Monrovia again. Liberia says Moscow is silent; Liberia waits."
    mentions = (*three_mentions_of_liberia(text), mention_in(text, "Monrovia", "Place"), mention_in(text, "Moscow", "Place"),
                mention("Russia", "Country", "d1", 200))
    resolution = resolve([DocumentExtraction(Article("d1", text), mentions)])
    assert entity_named(resolution, "Monrovia").id != entity_named(resolution, "Liberia").id
    assert_joined(resolution, "Moscow", "Russia")  # a foreign capital still speaks for its country


def test_the_capital_rebels_march_on_stays_a_place():
    text = "Liberia's rebels vowed to march on Monrovia. Liberia says little; Liberia waits."
    mentions = (*three_mentions_of_liberia(text), mention_in(text, "Monrovia", "Place"))
    resolution = resolve([DocumentExtraction(Article("d1", text), mentions)])
    assert entity_named(resolution, "Monrovia").id != entity_named(resolution, "Liberia").id


def test_the_rulers_in_the_capital_do_not_make_it_a_place():
    text = "Liberia's junta in Monrovia denied it. Liberia says Moscow is silent; Liberia waits."
    mentions = (*three_mentions_of_liberia(text), mention_in(text, "Monrovia", "Place"))
    resolution = resolve([DocumentExtraction(Article("d1", text), mentions)])
    assert_joined(resolution, "Monrovia", "Liberia")


def test_no_capital_is_the_storys_own_when_two_countries_are_named_as_often():
    text = "Ukraine and Russia traded fire; troops pushed towards Moscow. Ukraine and Russia talked."
    mentions = (
        mention_in(text, "Ukraine", "Country"), mention_in(text, "Ukraine", "Country", 1),
        mention_in(text, "Russia", "Country"), mention_in(text, "Russia", "Country", 1), mention_in(text, "Moscow", "Place"),
    )
    resolution = resolve([DocumentExtraction(Article("d1", text), mentions)])
    assert_joined(resolution, "Moscow", "Russia")



def test_the_capital_of_the_country_a_story_is_filed_from_named_as_a_place_stays_a_place():
    # Chad is named more often than Russia, but the story is filed from Moscow
    text = "MOSCOW, Russia - Chad denied it; Chad and Chad again. Rebels shelled Moscow."
    dateline, russia = mention_in(text, "MOSCOW", "Place"), mention_in(text, "Russia", "Country")
    shelled = mention_in(text, "Moscow", "Place")
    mentions = (dateline, russia, *(mention_in(text, "Chad", "Country", k) for k in range(3)), shelled)
    filed = relation(dateline, "locatedIn", russia, "MOSCOW, Russia -")
    resolution = resolve([DocumentExtraction(Article("d1", text), mentions, (filed,))])
    assert entity_named(resolution, "Moscow").id != entity_named(resolution, "Russia").id


def test_the_capital_a_story_is_filed_from_is_a_place_unless_the_story_makes_it_act():
    # "Monrovia" named only in passing ("arrived in Monrovia") is the town the story is filed from
    text = "MONROVIA, Liberia - Liberia waits; Liberia and Liberia again. The envoy arrived in Monrovia."
    dateline, liberia = mention_in(text, "MONROVIA", "Place"), mention_in(text, "Liberia", "Country")
    mentions = (dateline, *(mention_in(text, "Liberia", "Country", k) for k in range(4)), mention_in(text, "Monrovia", "Place"))
    filed = relation(dateline, "locatedIn", liberia, "MONROVIA, Liberia -")
    resolution = resolve([DocumentExtraction(Article("d1", text), mentions, (filed,))])
    assert entity_named(resolution, "Monrovia").id != entity_named(resolution, "Liberia").id
    # "Monrovia has denounced X": the state speaking
    text = "MONROVIA, Liberia - Liberia waits; Liberia and Liberia again. Monrovia has denounced Kalden."
    dateline, liberia = mention_in(text, "MONROVIA", "Place"), mention_in(text, "Liberia", "Country")
    mentions = (dateline, *(mention_in(text, "Liberia", "Country", k) for k in range(4)), mention_in(text, "Monrovia", "Place"))
    filed = relation(dateline, "locatedIn", liberia, "MONROVIA, Liberia -")
    resolution = resolve([DocumentExtraction(Article("d1", text), mentions, (filed,))])
    assert_joined(resolution, "Monrovia", "Liberia")


def test_a_surname_with_its_particle_joins_the_full_name_spelled_so_not_one_that_only_sounds_alike():
    resolution = resolve([extraction(
        "d1", mention("Kiro Ode al-Tarbid", "Person", "d1", 0), mention("Ahmed Ba-Turbid", "Person", "d1", 40),
        mention("al-Tarbid", "Person", "d1", 80),
    )])
    assert_joined(resolution, "al-Tarbid", "Kiro Ode al-Tarbid")
    assert entity_named(resolution, "Ahmed Ba-Turbid").id != entity_named(resolution, "al-Tarbid").id


def test_a_district_is_not_the_town_it_is_named_after():
    resolution = resolve([extraction(
        "d1", mention("Kalden district", "Place", "d1", 0, label="LOC"), mention("Kalden", "Place", "d1", 60, label="GPE"),
        mention("Kalden town", "Place", "d1", 90, label="GPE"),
        # a city's district read as a location: its short name is the district itself
        mention("Tarbo district", "Place", "d1", 120, label="LOC"), mention("Tarbo", "Place", "d1", 150, label="LOC"),
    )])
    assert_joined_to_none(resolution, "Kalden", "Kalden district")
    assert_joined(resolution, "Kalden", "Kalden town")  # "Kalden town" is the town
    assert_joined(resolution, "Tarbo", "Tarbo district")


def test_a_corps_goes_by_its_members():
    resolution = resolve([extraction(
        "d1", mention("Qaldun Border Guard Corps", "ArmedGroup", "d1", 0), mention("Border Guards", "ArmedGroup", "d1", 40),
    )])
    assert_joined(resolution, "Border Guards", "Qaldun Border Guard Corps")


def test_a_group_named_after_a_family_stays_apart_from_its_men():
    doc = extraction(
        "d1",
        mention("Abdullah Kalmun", "Person", "d1", 0),
        mention("Kalmun", "Person", "d1", 40, canonical="Abdullah Kalmun"),
        mention("Kalmun group", "ArmedGroup", "d1", 80),
    )
    resolution = resolve([doc])
    assert entity_named(resolution, "Kalmun group").kind == "ArmedGroup"
    assert entity_named(resolution, "Kalmun group").id != entity_named(resolution, "Abdullah Kalmun").id


def test_a_commanders_own_name_is_no_alias_of_his_forces():
    resolution = resolve([extraction(
        "d1", mention("Ahmed Temmin", "Person", "d1", 0),
        mention("Temmin", "ArmedGroup", "d1", 40, commander="Ahmed Temmin"),
    )])
    (forces,) = [e for e in resolution.entities.values() if e.kind == "ArmedGroup"]
    assert "Temmin" not in forces.aliases and forces.label == "forces of Ahmed Temmin"


def test_the_forces_of_a_man_who_leads_a_government_are_its_states_army():
    leader, government = mention("Ahmed Habré", "Person", "d1", 80), mention("Chadian government", "Government", "d1", 100)
    resolution = resolve([extraction(
        "d1", mention("Chad", "Country", "d1", 0),
        mention("Chadian army", "ArmedGroup", "d1", 20, canonical="Chadian army"),
        mention("Habré", "ArmedGroup", "d1", 60, commander="Ahmed Habré"), leader, government,
        relations=(relation(leader, "leads", government, "Ahmed Habré leads the Chadian government."),),
    )])
    army = resolution.entity_id(mention("Chadian army", "ArmedGroup", "d1", 20, canonical="Chadian army"))
    assert resolution.entity_id(mention("Habré", "ArmedGroup", "d1", 60, commander="Ahmed Habré")) == army
    assert "Habré" not in resolution.entities[army].aliases


def test_a_place_named_after_a_man_is_not_the_man():
    resolution = resolve([extraction(
        "d1", mention("Ahmed al-Kalden", "Person", "d1", 0), mention("Kalden", "Person", "d1", 40),
        mention("Kalden City", "Place", "d1", 80),
    )])
    assert entity_named(resolution, "Kalden City").id != entity_named(resolution, "Ahmed al-Kalden").id
    assert entity_named(resolution, "Kalden City").kind == "Place"


def test_a_people_of_a_place_is_the_one_force_named_after_them():
    resolution = resolve([extraction(
        "d1", mention("Karabakh Armenians", "Organization", "d1", 0),
        mention("Karabakh Armenian forces", "ArmedGroup", "d1", 40),
    )])
    assert_joined(resolution, "Karabakh Armenians", "Karabakh Armenian forces")
    # two such forces leave the people alone
    resolution = resolve([extraction(
        "d1", mention("Karabakh Armenians", "Organization", "d1", 0),
        mention("Karabakh Armenian forces", "ArmedGroup", "d1", 40), mention("Karabakh Armenian militias", "ArmedGroup", "d1", 90),
    )])
    assert entity_named(resolution, "Karabakh Armenians").id != entity_named(resolution, "Karabakh Armenian forces").id


def test_the_marines_are_the_one_countrys_marines_named():
    doc = extraction(
        "d1",
        mention("U.S. Marines", "ArmedGroup", "d1", 0, canonical="United States Marines"),
        mention("Marines", "ArmedGroup", "d1", 60),
        mention("1st Marines", "ArmedGroup", "d1", 90),  # a regiment, no country's service
    )
    resolution = resolve([doc])
    assert_joined(resolution, "Marines", "United States Marines")
    assert entity_named(resolution, "1st Marines").id != entity_named(resolution, "Marines").id
    # two countries' Marines: which one "the Marines" are is not known
    both = extraction(
        "d2",
        mention("U.S. Marines", "ArmedGroup", "d2", 0, canonical="United States Marines"),
        mention("Royal Marines", "ArmedGroup", "d2", 30),
        mention("Marines", "ArmedGroup", "d2", 60),
    )
    assert_joined_to_none(resolve([both]), "Marines", "United States Marines", "Royal Marines")


def test_dotted_initials_are_the_initials() -> None:
    assert name_key("the U.S.-led coalition") == name_key("US-led coalition")
    assert name_key("U.N.") == name_key("UN")


def test_armed_forces_of_a_country_with_an_apostrophe_are_its_army() -> None:
    from frontline.graph.resolve import national_army_key

    assert national_army_key(name_key("National Armed Forces of Côte d'Ivoire")) == "ivorian army"


def test_a_fort_named_before_its_name_is_the_bare_name_too():
    # "Fort Kaldun ... the loss of Kaldun": the model's guess for the bare name is a place
    resolution = resolve([extraction("d1", mention("Fort Kaldun", "Facility", "d1", 0), mention("Kaldun", "Place", "d1", 60))])
    assert_joined(resolution, "Kaldun", "Fort Kaldun")


def test_a_town_a_described_facility_was_named_after_stays_a_town():
    # "the fortress of Kaldun" (named "Kaldun fortress" by the extractor) ... "took Kaldun"
    fortress = mention("fortress", "Facility", "d1", 10, canonical="Kaldun fortress")
    resolution = resolve([extraction("d1", mention("Kaldun", "Place", "d1", 0), fortress, mention("Kaldun", "Place", "d1", 60))])
    assert_joined_to_none(resolution, "Kaldun", "Kaldun fortress")
    # "the medieval fortress of Kaldun": the description's words are not the name's
    fortress = mention("medieval fortress", "Facility", "d1", 10, canonical="Kaldun fortress")
    resolution = resolve([extraction("d1", mention("Kaldun", "Place", "d1", 0), fortress, mention("Kaldun", "Place", "d1", 60))])
    assert_joined_to_none(resolution, "Kaldun", "Kaldun fortress")


def test_a_body_word_alone_is_the_one_body_whose_name_opens_with_it():
    one = resolve([extraction(
        "d1", mention("Confederation of Mountain Peoples", "Organization", "d1", 0), mention("Confederation", "Place", "d1", 60),
    )])
    assert_joined(one, "Confederation", "Confederation of Mountain Peoples")
    # another body's name that holds the word: which one is not known
    two = resolve([extraction(
        "d1", mention("Alliance for Kalden", "ArmedGroup", "d1", 0), mention("Northern Alliance", "ArmedGroup", "d1", 40),
        mention("Alliance", "Organization", "d1", 80),
    )])
    assert_joined_to_none(two, "Alliance", "Alliance for Kalden", "Northern Alliance")


def test_a_states_army_by_its_proper_name_is_its_national_army():
    resolution = resolve([extraction(
        "d1", mention("People's Liberation Army", "ArmedGroup", "d1", 0),
        mention("Chinese troops", "ArmedGroup", "d1", 60, canonical="Chinese army"),
        mention("Sudan People's Liberation Army", "ArmedGroup", "d1", 100),
    )])
    assert_joined(resolution, "People's Liberation Army", "Chinese army")
    assert entity_named(resolution, "Chinese army").label == "People's Liberation Army"  # the name it goes by
    assert_joined_to_none(resolution, "Sudan People's Liberation Army", "Chinese army")


def test_a_regions_people_is_the_one_group_named_after_the_region():
    resolution = resolve([extraction(
        "d1", mention("Tigray People's Liberation Front", "ArmedGroup", "d1", 0), mention("Tigrayans", "Organization", "d1", 60),
        mention("Khamis Brigade", "ArmedGroup", "d1", 100), mention("Khamis", "Person", "d1", 140),
    )])
    assert_joined(resolution, "Tigrayans", "Tigray People's Liberation Front")
    assert_joined_to_none(resolution, "Khamis", "Khamis Brigade")  # a man's name, not a people


def test_a_city_named_after_its_country_stays_a_city():
    # (held by someone: a place, no capital speaking for its state)
    army, city = mention("Iraqi army", "ArmedGroup", "d1", 60), mention("Kuwait City", "Place", "d1", 40)
    resolution = resolve([extraction(
        "d1", mention("Kuwait", "Country", "d1", 0), city, army,
        relations=(relation(army, "controls", city, "Iraqi troops held Kuwait City."),),
    )])
    assert_joined_to_none(resolution, "Kuwait City", "Kuwait")


def test_one_states_service_by_either_word_for_the_state():
    resolution = resolve([extraction(
        "d1", mention("US Navy", "ArmedGroup", "d1", 0), mention("American navy", "ArmedGroup", "d1", 40),
        mention("Iranian navy", "ArmedGroup", "d1", 80),
    )])
    assert_joined(resolution, "US Navy", "American navy")
    assert_joined_to_none(resolution, "Iranian navy", "US Navy")


def test_the_rebels_a_headline_describes_are_the_group_the_lead_names_doing_the_same():
    described = mention("Kaldean rebels", "ArmedGroup", "d1", 0)
    town = mention("Tarbo", "Place", "d1", 20)
    fighters = mention("Fighters of the Kalden Front", "ArmedGroup", "d1", 60, commander="Kalden Front")
    front = mention("Kalden Front", "ArmedGroup", "d1", 77)
    town_again = mention("Tarbo", "Place", "d1", 110)
    headline = relation(described, "controls", town, "Kaldean rebels take Tarbo")
    lead = replace(relation(fighters, "controls", town_again, "Fighters of the Kalden Front took Tarbo."), sentence_start=60)
    resolution = resolve([extraction("d1", described, town, fighters, front, town_again, relations=(headline, lead))])
    assert_joined(resolution, "Kaldean rebels", "Kalden Front")
    # a lead that takes another place says nothing of whom the headline meant
    other_town = mention("Mersa", "Place", "d1", 110)
    lead = replace(relation(fighters, "controls", other_town, "Fighters of the Kalden Front took Mersa."), sentence_start=60)
    resolution = resolve([extraction("d1", described, town, fighters, front, other_town, relations=(headline, lead))])
    assert entity_named(resolution, "Kaldean rebels").id != entity_named(resolution, "Kalden Front").id


def test_the_rebels_a_headline_says_gave_up_a_place_are_not_the_side_the_lead_says_took_it():
    described = mention("Kaldean insurgents", "ArmedGroup", "d1", 0)
    town = mention("Tarbo", "Place", "d1", 30)
    army = mention("Zorban army", "ArmedGroup", "d1", 60)
    town_again = mention("Tarbo", "Place", "d1", 110)
    headline = replace(relation(described, "controls", town, "Kaldean insurgents give up Tarbo"), control_change="loss")
    lead = replace(relation(army, "controls", town_again, "Tarbo was occupied by the Zorban army."), sentence_start=60, control_change="gain")
    resolution = resolve([extraction("d1", described, town, army, town_again, relations=(headline, lead))])
    assert entity_named(resolution, "Kaldean insurgents").id != entity_named(resolution, "Zorban army").id


def test_the_rebels_a_headline_describes_are_never_their_states_own_army():
    # "Sudanese rebels fight X" over a story whose first such fight is the Sudanese army's
    described = mention("Sudanese rebels", "ArmedGroup", "d1", 0)
    foe = mention("Kalden Front", "ArmedGroup", "d1", 30)
    army = mention("Sudanese army", "ArmedGroup", "d1", 60)
    foe_again = mention("Kalden Front", "ArmedGroup", "d1", 110)
    headline = relation(described, "fights", foe, "Sudanese rebels fight the Kalden Front")
    lead = replace(relation(army, "fights", foe_again, "The Sudanese army has fought the Kalden Front."), sentence_start=60)
    resolution = resolve([extraction("d1", described, foe, army, foe_again, relations=(headline, lead))])
    assert entity_named(resolution, "Sudanese rebels").id != entity_named(resolution, "Sudanese army").id


def countries_story(doc_id: str, year: int, *names: str) -> DocumentExtraction:
    """A story of that year naming only these countries."""
    import datetime as dt

    mentions = tuple(mention(name, "Country", doc_id, 30 * k) for k, name in enumerate(names))
    return DocumentExtraction(Article(doc_id, f"text of {doc_id}", published=dt.date(year, 9, 3)), mentions, ())


def test_a_country_named_by_todays_name_is_the_state_of_the_time_the_story_also_names():
    assert_joined(resolve([countries_story("d1", 1944, "Soviet Union", "Russia")]), "Russia", "Soviet Union")
    assert entity_named(resolve([countries_story("d1", 1944, "Russia")]), "Russia").label == "Russia"  # no other state named
    # a land another state held is a land of its own, not that state's other name
    resolution = resolve([countries_story("d1", 1988, "Ethiopia", "Eritrea")])
    assert entity_named(resolution, "Eritrea").id != entity_named(resolution, "Ethiopia").id


def test_a_country_of_stories_of_two_eras_stays_itself():
    # Russia in a story of 1944 and one of 2022: no one state of the time
    resolution = resolve([countries_story("d1", 1944, "Soviet Union", "Russia"), countries_story("d2", 2022, "Russia")])
    assert entity_named(resolution, "Russia").id != entity_named(resolution, "Soviet Union").id


def test_a_national_army_by_its_name_with_national_is_the_states_army_but_not_a_side_of_a_divided_state():
    resolution = resolve([extraction(
        "d1", mention("Somali National Army", "ArmedGroup", "d1", 0), mention("Somali army", "ArmedGroup", "d1", 40),
    )])
    assert_joined(resolution, "Somali army", "Somali National Army")
    resolution = resolve([extraction(
        "d1", mention("Libyan National Army", "ArmedGroup", "d1", 0), mention("Libyan army", "ArmedGroup", "d1", 40),
    )])
    assert entity_named(resolution, "Libyan army").id != entity_named(resolution, "Libyan National Army").id
    # and by the acronym made in its own language
    resolution = resolve([extraction(
        "d1", mention("UPDF", "Organization", "d1", 0), mention("Ugandan army", "ArmedGroup", "d1", 40),
    )])
    assert_joined(resolution, "UPDF", "Ugandan army")


def test_a_hill_named_after_a_man_is_not_him():
    # "Jabal Qaldun" beside "Qaldun", named a person twice: the hill is another node; a
    # word typed a person only once ("Gurugú" of "Mount Gurugú") is the place
    resolution = resolve([extraction(
        "d1", mention("Jabal Qaldun", "Place", "d1", 0, label="GPE"), mention("Jabal Qaldun", "Place", "d1", 20, label="GPE"),
        mention("Qaldun", "Person", "d1", 40), mention("Qaldun", "Person", "d1", 60),
    )])
    assert entity_named(resolution, "Qaldun").id != entity_named(resolution, "Jabal Qaldun").id
    resolution = resolve([extraction(
        "d1", mention("Mount Qaldun", "Place", "d1", 0, label="GPE"), mention("Qaldun", "Person", "d1", 40),
    )])
    assert_joined(resolution, "Qaldun", "Mount Qaldun")


def test_a_states_government_is_known_by_its_other_name_forms():
    # "Sierra Leonean government" is also the "Sierra Leone government", the "Government of Sierra Leone"
    government = mention("government", "Government", "d1", canonical="Sierra Leonean government")
    entity = entity_named(resolve([extraction("d1", government)]), "Sierra Leonean government")
    assert {"Sierra Leone government", "Government of Sierra Leone"} <= set(entity.aliases)


def test_a_government_its_leader_is_stated_to_lead_is_known_by_his_surname():
    leader = mention("Boris Yeltsin", "Person", "d1")
    government = mention("government", "Government", "d1", 20, canonical="Russian government")
    leads = relation(leader, "leads", government, "Boris Yeltsin's government dissolved the parliament.")
    entity = entity_named(resolve([extraction("d1", leader, government, relations=(leads,))]), "Russian government")
    assert "Yeltsin government" in entity.aliases
    assert "Government of the United States" in entity_named(
        resolve([extraction("d2", mention("government", "Government", "d2", canonical="American government"))]), "American government"
    ).aliases


def test_a_mans_government_named_with_and_without_the_possessive_is_one():
    owned = mention("Nagy's government", "Government", "d1")
    plain = mention("the Nagy government", "Government", "d1", 40, canonical="Nagy government")
    assert_joined(resolve([extraction("d1", owned, plain)]), "Nagy's government", "Nagy government")


def test_a_mans_government_owned_by_his_full_name_is_the_one_named_by_his_surname():
    owned = mention("Tomas Arkel's government", "Government", "d1")
    plain = mention("the Arkel government", "Government", "d1", 40, canonical="Arkel government")
    assert_joined(resolve([extraction("d1", owned, plain)]), "Tomas Arkel's government", "Arkel government")


def test_a_modern_states_army_in_a_story_of_another_state_s_time_is_that_states_army():
    # "the Turks" read as the Turkish army in a story of 1913 that names the Ottoman army
    import datetime as dt

    story = DocumentExtraction(
        Article("d1", "text", published=dt.date(1913, 3, 27)),
        (mention("Ottoman Empire", "Country", "d1"),),
        (
            relation(mention("Bulgarian army", "ArmedGroup", "d1", 10), "fights", mention("the Turks", "ArmedGroup", "d1", 40, canonical="Turkish army"), "s1"),
            relation(mention("Bulgarian army", "ArmedGroup", "d1", 60), "fights", mention("Turkish garrison", "ArmedGroup", "d1", 90, canonical="Ottoman army"), "s2"),
        ),
    )
    assert_joined(resolve([story]), "Turkish army", "Ottoman army")


def test_the_army_of_a_head_of_a_government_is_its_states_army_though_the_text_never_names_it():
    # "the government of President Amara Toure" of Costa Rica ... "Toure's army"
    toure, country = mention("Amara Toure", "Person", "d1", 0), mention("Costa Rica", "Country", "d1", 30)
    government = mention("government", "Government", "d1", 45, canonical="Costa Rican government")
    forces = mention("Toure's army", "ArmedGroup", "d1", 90, commander="Amara Toure")
    resolution = resolve([extraction(
        "d1", toure, country, government, forces,
        relations=(relation(toure, "leads", government, "the government of President Amara Toure."),),
    )])
    army = resolution.entities[resolution.entity_id(forces)]
    assert (army.label, army.kind) == ("Costa Rican army", "ArmedGroup")


@pytest.mark.parametrize("rival_leader", [True, False])
def test_a_states_government_is_not_a_named_government_of_its_country_another_man_leads(rival_leader: bool):
    # "the government of President A" and "the rebels' Somali Interim Government" of B
    a, b = mention("Amara Toure", "Person", "d1", 0), mention("Saleh Irfan", "Person", "d1", 80)
    generic = mention("government", "Government", "d1", 20, canonical="Somali government")
    interim = mention("Somali Interim Government", "Government", "d1", 100)
    leads = [relation(a, "leads", generic, "the government of President Amara Toure.")]
    if rival_leader:
        leads.append(relation(b, "leads", interim, "Saleh Irfan, president of the Somali Interim Government."))
    resolution = resolve([extraction("d1", a, b, generic, interim, relations=tuple(leads))])
    apart = entity_named(resolution, "Somali government").id != entity_named(resolution, "Somali Interim Government").id
    assert apart == rival_leader  # (with no leader of its own, the named one is the state's)


def test_a_militia_named_by_a_known_town_is_not_the_town():
    resolution = resolve([extraction(
        "d1", mention("Kismayo militia", "ArmedGroup", "d1", 0, label="ORG"), mention("Kismayo", "Place", "d1", 60, label="GPE"),
        # a group's own name with the word: the group further on
        mention("Kalden Front militia", "ArmedGroup", "d1", 90, label="ORG"), mention("Kalden Front", "ArmedGroup", "d1", 130, label="ORG"),
    )])
    assert_joined_to_none(resolution, "Kismayo", "Kismayo militia")
    assert_joined(resolution, "Kalden Front", "Kalden Front militia")


def test_an_arabic_article_and_one_word_read_as_a_man_is_a_body():
    resolution = resolve([extraction(
        "d1", mention("al-Dorma", "Person", "d1", 0), mention("Dorma", "Person", "d1", 30),
        mention("al-Dorma", "ArmedGroup", "d1", 60),
        mention("Omar al-Kalden", "Person", "d1", 90), mention("al-Kalden", "Person", "d1", 130),
    )])
    assert entity_named(resolution, "al-Dorma").kind != "Person"
    assert entity_named(resolution, "Dorma").id == entity_named(resolution, "al-Dorma").id
    assert entity_named(resolution, "al-Kalden").kind == "Person"  # a man's surname after his full name



# ("the Army of the Kalden" makes "Kalden" a word of a group's name, so the facility
# names' rule leaves the bare name alone: only the article before it tells)
@pytest.mark.parametrize(
    ("second_sentence", "one_river"),
    [
        ("By noon it was back across the Kalden.", True),  # a name always after "the": the river
        ("By noon it held Kalden itself.", False),  # a town named like its river stays a town
    ],
)
def test_a_name_always_after_the_is_the_river_named_in_full(second_sentence: str, one_river: bool):
    text = f"The Army of the Kalden crossed the Kalden River at dawn. {second_sentence}"
    mentions = (
        mention_in(text, "Army of the Kalden", "ArmedGroup"), mention_in(text, "Kalden River", "Place"),
        mention_in(text, "Kalden", "Place", 2),
    )
    resolution = resolve([DocumentExtraction(Article("d1", text), mentions)])
    assert (entity_named(resolution, "Kalden").id == entity_named(resolution, "Kalden River").id) is one_river
