"""Entity rules on top of (or without) a statistical NER: names, types, aliases.

A blank English pipeline has no NER, so everything found here comes from the rules
and the gazetteer; where a test needs the model's spans it sets them by hand.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

import frontline.extract.components  # noqa: F401  (registers span extensions)
from frontline.extract.entities import recognise_entities


@pytest.fixture(scope="module")
def nlp():
    pipeline = spacy.blank("en")
    pipeline.add_pipe("sentencizer")
    return pipeline


def found(doc) -> set[tuple[str, str, str | None]]:
    return {(e.text, e._.frontline_kind, e._.frontline_canonical) for e in doc.ents}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # head words type a name
        ("Fighting spread after the Eastern Shield Brigade moved north.", ("Eastern Shield Brigade", "ArmedGroup", None)),
        ("The Ministry of Defence said little.", ("Ministry of Defence", "Government", None)),
        ("Shells hit the Kalden district overnight.", ("Kalden district", "Place", None)),
        ("They shelled the al-Badr airbase again.", ("al-Badr airbase", "Facility", None)),
        # titles are stripped from people
        ("On Monday Brigadier General Amara Toure resigned.", ("Amara Toure", "Person", None)),
        # gazetteer: countries (by short name), demonyms, international bodies, cities
        ("Talks began in the UAE on Monday.", ("UAE", "Country", "United Arab Emirates")),
        ("Officials said Turkish drones were seen.", ("Turkish", "Country", "Turkey")),
        ("Envoys from NATO arrived.", ("NATO", "InternationalOrganization", "North Atlantic Treaty Organization")),
        ("Fighters then entered Goma and Bukavu.", ("Bukavu", "Place", None)),
        # letters-and-digits group names
        ("Residents said the M23 had left.", ("M23", "ArmedGroup", None)),
        # "the X-led coalition" is a name of its own
        ("Jets of the Saudi-led coalition struck again.", ("Saudi-led coalition", "ArmedGroup", None)),
        # hyphenated place names with lower-case particles
        ("Gangs hold most of Port-au-Prince and Croix-des-Bouquets now.", ("Port-au-Prince", "Place", None)),
        ("Gangs hold most of Port-au-Prince and Croix-des-Bouquets now.", ("Croix-des-Bouquets", "Place", None)),
        # police are an armed force
        ("Officers of the Kaldean National Police fled.", ("Kaldean National Police", "ArmedGroup", None)),
        # "a coalition called X": X names the coalition
        ("Gangs closed ranks under a coalition called Viv Ansanm last year.", ("Viv Ansanm", "ArmedGroup", None)),
        ("A rights group called Kalden Watch counted the dead.", ("Kalden Watch", "Organization", None)),
        # "Operation X" is a force's name; "Fighters of X" opening a sentence are X's
        ("Paris wound up Operation Kestrel last year.", ("Operation Kestrel", "ArmedGroup", None)),
        ("Fighters of Ansar Kalden Brigade took the bridge.", ("Ansar Kalden Brigade", "ArmedGroup", None)),
        # "wal-" joins an Arabic name like "al-"
        ("Envoys met the Jamaat Nasr al-Din wal-Jihad Brigade.", ("Jamaat Nasr al-Din wal-Jihad Brigade", "ArmedGroup", None)),
        # a square is a place; "Republic of X" no gazetteer knows is a self-proclaimed one;
        # a confederation is a body
        ("Snipers held the roofs around Kalden Square.", ("Kalden Square", "Place", None)),
        ("Nobody recognised the Dastin Republic of Kalden.", ("Dastin Republic of Kalden", "Organization", None)),
        ("The Confederation of Kalden Peoples sent volunteers.", ("Confederation of Kalden Peoples", "Organization", None)),
        # "the city's airport" is the airport of the town named before
        ("Rebels entered Huambo on Sunday. They also seized the city's airport.", ("city's airport", "Facility", "Huambo airport")),
        # "X's international airport" is X's airport (whatever is said of it)
        ("Troops guarded Huambo's international airport.", ("Huambo's international airport", "Facility", "Huambo airport")),
        ("Shells fell on Huambo's main port.", ("Huambo's main port", "Facility", "Huambo port")),
        # "of the"/"for the" inside a body's formal name; "Army of the Republic of X" is an army;
        # "Rebels of the X coalition" are members, not a name
        ("The Armed Forces of the Kaldean Republic retook Nzara.", ("Armed Forces of the Kaldean Republic", "ArmedGroup", None)),
        ("Envoys met the Popular Front for the Liberation of Dastin.", ("Popular Front for the Liberation of Dastin", "ArmedGroup", None)),
        ("Shells fired by the Army of the Republic of Kalden hit the road.", ("Army of the Republic of Kalden", "ArmedGroup", None)),
        ("Rebels of the Dastin coalition took control of the town.", ("Dastin", "ArmedGroup", None)),  # ("Kalden" is shaped like a people's word: "Chechen")
        ("The Dastin Rage Operation of the KDF seized the town.", ("Dastin Rage Operation", "ArmedGroup", None)),
        # an acronym the story calls a rebel movement is an armed group (not a UN body)
        ("Talks with UNKAL, the Kaldean rebel movement, failed.", ("UNKAL", "ArmedGroup", None)),
        # a name translated from the language its acronym was made in
        ("Rebels of the Kaldean Rally for Democracy (RKD) took the town.", ("Kaldean Rally for Democracy", "Organization", None)),
        ("Rebels of the Kaldean Rally for Democracy (RKD) took the town.", ("RKD", "Organization", "Kaldean Rally for Democracy")),
        ("Jets bombed the Argun gorge again.", ("Argun gorge", "Place", None)),
        # a divine possessor is part of the name, like "People's"
        ("Fighters of the Lord's Resistance Army attacked the camp.", ("Lord's Resistance Army", "ArmedGroup", None)),
        # a name finished by a lower-case "mission"
        ("Troops of the Multinational Security Support mission landed.", ("Multinational Security Support mission", "InternationalOrganization", None)),
        # a name set off before where it lies; a list of taken towns that goes on after their quarter
        ("The fighting was heaviest in Obrovac, south of Dastin.", ("Obrovac", "Place", None)),
        ("Shells fell on Kiro, about 30 kilometres east of Dastin.", ("Kiro", "Place", None)),
        ("The Kalden Front captured Kalo in the north and Tarbo in the south.", ("Tarbo", "Place", None)),
        # a capitalised office beside a name; a building or hotel named so is a facility;
        # "the Four Courts": a number word opening a name inside a sentence stays in it
        ("Kiro Tala, the former Minister for Defence, was shot.", ("Kiro Tala", "Person", None)),
        ("Shells hit the Four Courts, the domed building on the quays.", ("Four Courts", "Facility", None)),
        ("Shells hit the Kalden Hotel.", ("Kalden Hotel", "Facility", None)),
        # a name nobody tagged set off before ", who" is a person's (particles and a final "s" too)
        ("Ode Ambo, who speaks for the rebels, denied it.", ("Ode Ambo", "Person", None)),
        ("Kiro de Tala, who led the opposition, resigned.", ("Kiro de Tala", "Person", None)),
        ("Ode Childers, who speaks for the rebels, denied it.", ("Ode Childers", "Person", None)),
        # what is abandoned or overrun is ground; a unit named by its number
        ("Kiro Tala was abandoned by the invaders on Tuesday.", ("Kiro Tala", "Place", None)),
        ("Ode Ambo had been overrun by noon.", ("Ode Ambo", "Place", None)),
        ("The landing force, known as Brigade 2506, came ashore.", ("Brigade 2506", "ArmedGroup", None)),
        ("Task Force 88 raided the camp.", ("Task Force 88", "ArmedGroup", None)),
        # a gerund of taking ground opening a quote or a sentence
        ('"Taking Ode Kalu was the easy part," he said.', ("Ode Kalu", "Place", None)),
        # a name after "the" where only ground is taken; a UN body posted in "the" country
        ("Swedish troops took the Tunnel on Sunday.", ("Tunnel", "Facility", None)),
        ("Troops of the UN Operation in the Congo landed.", ("UN Operation in the Congo", "InternationalOrganization", None)),
        # a two-letter family name alone is the one person named with it ("Li" of "Li Zongren")
        ("Acting President Wu Tala flew out. The general handed the presidency to Wu in January.", ("Wu", "Person", "Wu Tala")),
        # a body's own name for itself, given after it
        ("The Kaldeans, who call their movement Ansar Tarbo, denied it. Ansar Tarbo said so.", ("Ansar Tarbo", "Organization", "Kaldeans")),
        # men are loyal to a man, not to a town named after him
        ("Revolutionary troops loyal to Francisco I. Madero captured the town.", ("Francisco I. Madero", "Person", None)),
        # a people's name for a town, after a description of the town
        ("Troops took the hills around Kalden, the region's main city, which Doreans call Kaldun.", ("Kaldun", "Place", "Kalden")),
        # a name closed by an Ottoman title is a man's
        ("Its defender, Kiro Pasha, surrendered with the remnant of his garrison.", ("Kiro Pasha", "Person", None)),
        # ... after his titles, however many ("the former army chief of staff")
        ("Fighters loyal to the former army chief of staff Zorbi Kalde took control of Dorlane.", ("Zorbi Kalde", "Person", None)),
        # initials spelled over an article glued to the name and "in the"
        ("Fighters of al-Kalden in the Islamic Tarbo (AKIT) took Gao.", ("AKIT", "Organization", "al-Kalden in the Islamic Tarbo")),
        # initials the story defines win over the gazetteer's reading of them
        ("Troops of the UN Operation in the Congo, known by its French initials ONUC, landed.",
         ("ONUC", "InternationalOrganization", "UN Operation in the Congo")),
        # "bin" inside an Arabic name read off the words before a description
        ("There was no sign of Kalid bin Tarbo, the leader of the group.", ("Kalid bin Tarbo", "Person", None)),
        # "An" capitalised inside a sentence opens a place's name ("An Loc"), not an article
        ("Shells fell on the provincial capital of An Tarin overnight.", ("An Tarin", "Place", None)),
        # a shura is a council: a body, not a place named with a compass word
        ("The assault was carried out by militias of the Western Shura, a council of commanders.", ("Western Shura", "Organization", None)),
    ],
)
def test_rules_find_and_type_names(nlp, text: str, expected: tuple) -> None:
    assert expected in found(recognise_entities(nlp(text)))


def canonical_names(doc) -> list[tuple[str, str | None]]:
    """Each entity's text and the long name it stands for, in text order (repeats kept)."""
    return [(e.text, e._.frontline_canonical) for e in doc.ents]


def test_acronym_and_translation_in_brackets_become_aliases(nlp) -> None:
    doc = recognise_entities(nlp(
        "The Northern Liberation Front (NLF) and the Jabal Operation (Mountain Storm) met. "
        "Later the NLF attacked while Mountain Storm waited."
    ))
    names = canonical_names(doc)
    assert names.count(("NLF", "Northern Liberation Front")) == 2
    assert names.count(("Mountain Storm", "Jabal Operation")) == 2


def test_plural_group_names_its_singular_too(nlp) -> None:
    doc = recognise_entities(nlp("Jets struck the Zaydis near the coast. Later, Zaydi positions were hit."))
    assert ("Zaydis", "Organization", None) in found(doc)
    assert ("Zaydi", "Organization", "Zaydis") in found(doc)


def test_plural_demonym_is_the_country(nlp) -> None:
    doc = recognise_entities(nlp("Officials said the Russians had left."))
    assert ("Russians", "Country", "Russia") in found(doc)


def test_statistical_spans_are_trimmed_and_retyped(nlp) -> None:
    doc = nlp("The Houthis for nearly a decade held it. Tehran denied it. Haftar's forces moved.")
    doc.ents = [
        Span(doc, 1, 6, label="ORG"),   # "Houthis for nearly a decade": swept-in words
        Span(doc, 9, 10, label="PERSON"),  # a capital city mistaken for a person
        Span(doc, 13, 16, label="ORG"),  # "Haftar's forces": the possessive is cut off
    ]
    result = found(recognise_entities(doc))
    assert ("Houthis", "Organization", None) in result
    assert ("Tehran", "Place", None) in result
    assert any(text == "Haftar" for text, _kind, _canon in result)
    assert not any("forces" in text or "decade" in text for text, _kind, _canon in result)


def test_a_statistical_span_that_stops_short_of_a_name_read_whole_elsewhere_is_extended(nlp) -> None:
    doc = nlp("Shells fell near Ode Kalu today. Families fled Ode Kalu.")
    doc.ents = [Span(doc, 3, 4, label="GPE"), Span(doc, 9, 11, label="GPE")]  # "[Ode] Kalu", then "Ode Kalu"
    assert [e.text for e in recognise_entities(doc).ents] == ["Ode Kalu", "Ode Kalu"]


def test_a_place_named_after_a_saint_keeps_its_possessive(nlp) -> None:
    doc = nlp("Snipers fired above the capital, St. Kalden's, on Tuesday.")
    doc.ents = [Span(doc, 6, 9, label="GPE")]  # the model's "St. Kalden's"
    assert [e.text for e in recognise_entities(doc).ents] == ["St. Kalden's"]


def test_a_region_named_before_a_town_noun_is_no_town_name(nlp) -> None:
    # "the northern Kalden town": a town of the Kalden region, no town called "Kalden town"
    assert not any(text == "Kalden town" for text, _kind, _canon in found(recognise_entities(nlp("Fighters left the northern Kalden town."))))
    assert ("Juba town", "Place", None) in found(recognise_entities(nlp("Fighting spread in Juba town.")))


def test_a_body_named_in_a_place_before_its_acronym(nlp) -> None:
    # "... in West Africa (MJAO)", French initials: the place ends the body's name, and the acronym is its
    result = found(recognise_entities(nlp("Fighters of the Movement for Justice in West Africa (MJAO) took Gao.")))
    assert ("Movement for Justice in West Africa", "Organization", None) in result
    assert ("MJAO", "Organization", "Movement for Justice in West Africa") in result


def test_a_full_name_the_model_called_a_body_is_the_person_named_by_surname(nlp) -> None:
    doc = nlp("Fighters of Bassam Kalu's Kalden Front took Meru. Kalu spoke later.")
    doc.ents = [
        Span(doc, 2, 4, label="ORG"),  # "Bassam Kalu": the model's guess
        Span(doc, 5, 7, label="ORG"),
        Span(doc, 10, 11, label="PERSON"),  # "Kalu" alone: a person
    ]
    result = found(recognise_entities(doc))
    assert ("Bassam Kalu", "Person", None) in result
    assert ("Kalden Front", "ArmedGroup", None) in result


@pytest.mark.parametrize(
    "text", ["Shells fell on Gori and Teloviri overnight. Amara and Bassam left.", "Refugees from Teloviri, Gori and Kutaisi arrived. Amara and Bassam left."]
)
def test_a_one_word_person_listed_with_a_town_is_a_town(nlp, text: str) -> None:
    doc = nlp(text)
    model_labels = {"Gori": "GPE", "Kutaisi": "GPE", "Teloviri": "PERSON", "Amara": "PERSON", "Bassam": "PERSON"}
    doc.ents = [Span(doc, t.i, t.i + 1, label=model_labels[t.text]) for t in doc if t.text in model_labels]
    result = texts(recognise_entities(doc))
    assert result["Teloviri"] == "Place"
    assert result["Amara"] == result["Bassam"] == "Person"


def test_statistical_persons_that_are_no_persons(nlp) -> None:
    doc = nlp(
        "Then Kalu overthrew Lt. Col. Amara Toure. Gunmen roam the Sahel. "
        "The Harakat Nasr al-Din (HND) attacked."
    )
    doc.ents = [
        Span(doc, 2, 7, label="ORG"),  # "overthrew Lt. Col.": a verb and a title the model swept up
        Span(doc, 13, 14, label="PERSON"),  # "the Sahel": no one's name follows "the"
        Span(doc, 16, 21, label="PERSON"),  # initials in brackets make it no person
    ]
    result = texts(recognise_entities(doc))
    assert not any("overthrew" in text or text == "Lt. Col." for text in result)
    assert result["Sahel"] == "Place"
    assert result["Harakat Nasr al-Din"] != "Person" and result["HND"] != "Person"


def test_a_peoples_word_the_model_calls_a_group_is_its_forces(nlp) -> None:
    doc = nlp("The Kremlin blamed Chechen militants for the bombings. The Chechen capital fell.")
    doc.ents = [Span(doc, 3, 4, label="ORG"), Span(doc, 10, 11, label="ORG")]  # "Chechen", twice
    found_names = found(recognise_entities(doc))
    assert ("Chechen militants", "ArmedGroup", "Chechen forces") in found_names
    assert not any(text == "Chechen" and kind == "ArmedGroup" for text, kind, _ in found_names)  # not "the Chechen capital"


def test_sentence_initial_capital_alone_is_not_a_name(nlp) -> None:
    doc = recognise_entities(nlp("Forces moved north. Army units followed."))
    assert found(doc) == set()


# --- unseen-war rules: acronyms, junk, cut names, bylines -------------------------


def texts(doc) -> dict[str, str]:
    return {e.text: e._.frontline_kind for e in doc.ents}


def test_bare_acronym_is_an_organisation(nlp) -> None:
    doc = recognise_entities(nlp("Witnesses said the KLF seized the market at 6 PM GMT, TV footage showed."))
    assert texts(doc) == {"KLF": "Organization"}


def test_acronyms_in_headlines_datelines_and_weapon_names_are_not_groups(nlp) -> None:
    doc = recognise_entities(nlp(
        "ZORBAN, Mar 3 - The KLF fired VRAK rockets.\nHEAVY TOLL IN THE EAST\nThe KLF left."
    ))
    assert texts(doc) == {"KLF": "Organization"}


def test_city_list_ignores_codes_and_common_words() -> None:
    from frontline.extract import gazetteer

    assert gazetteer.city("Our") is None and gazetteer.city("SDF") is None and gazetteer.city("Dec") is None
    assert gazetteer.city("Sanaa") is not None


def test_a_citys_own_name_beats_a_bigger_citys_alternate_spelling() -> None:
    from frontline.extract import gazetteer

    # GeoNames lists "Islamabad" among Chattogram's old names and "Trnava" among Tirana's
    assert gazetteer.city("Islamabad").country_code == "PK"
    assert gazetteer.city("Trnava").country_code == "SK"


def test_a_former_state_is_a_country_with_its_demonym_and_army() -> None:
    from frontline.extract import gazetteer

    assert gazetteer.country("USSR").name == "Soviet Union"
    assert gazetteer.country_of_demonym("Zairian").name == "Zaire"
    assert gazetteer.national_army_name("Yugoslavia") == "Yugoslav army"
    # a former state whose ISO code GeoNames has since given another: Serbia keeps its towns
    assert gazetteer.country_of_demonym("Czechoslovak").name == "Czechoslovakia"
    assert gazetteer.country_of_city("Belgrade").name == "Serbia"


def test_a_state_is_known_by_its_short_name() -> None:
    from frontline.extract import gazetteer

    # pycountry knows only "Brunei Darussalam" and "Holy See (Vatican City State)"
    assert gazetteer.country("Brunei").name == "Brunei"
    assert gazetteer.country("Holy See") == gazetteer.country("Vatican")
    # and by the names of its past and the forms datelines use
    assert gazetteer.country("Ceylon").name == "Sri Lanka"
    assert gazetteer.country("Bosnia-Herzegovina").name == "Bosnia"
    assert gazetteer.country("Cote d'Ivoire").name == "Ivory Coast"
    # (and the formal names of a state's past, with the name of its army then)
    assert gazetteer.country("Mongolian People's Republic").name == "Mongolia"
    assert gazetteer.named_national_armies()["Mongolian People's Revolutionary Army"].name == "Mongolia"
    # states of past wars, with their peoples' words and armies
    assert gazetteer.country_of_demonym("North Vietnamese").name == "North Vietnam"
    assert gazetteer.national_army_name("South Yemen") == "South Yemeni army"
    assert gazetteer.country("Ottoman Empire").name == "Ottoman Empire"
    assert gazetteer.capital_country("Constantinople", 1855).name == "Ottoman Empire"
    assert gazetteer.capital_country("Aden", 1972).name == "South Yemen"
    assert gazetteer.capital_country("Aden", 1994) is None  # (the 1994 secession's Aden is no state's seat)
    # official names pycountry leaves out, and seats of government it has moved since
    assert gazetteer.country("Republic of Korea").name == "South Korea"
    assert gazetteer.capital_country("Bujumbura", 2015).name == "Burundi"


def test_a_former_capital_stands_for_its_own_land_not_a_town_of_the_same_name() -> None:
    from frontline.extract import gazetteer

    # Salisbury (Harare) was Rhodesia's seat in 1972; an English city bears the name too
    zimbabwe, britain = gazetteer.country("Zimbabwe"), gazetteer.country("United Kingdom")
    assert [s.name for s in gazetteer.states_of_the_time(zimbabwe, 1972)] == ["Rhodesia"]
    assert gazetteer.states_of_the_time(britain, 1972) == ()


def test_a_states_army_goes_by_its_eras_name() -> None:
    from frontline.extract.gazetteer import army_name_of_the_time

    assert army_name_of_the_time("Russia", 1943) == "Red Army"  # (the Soviet Union's, then)
    assert army_name_of_the_time("Russia", 1921) == "Red Army"
    assert army_name_of_the_time("Russia", 1980) == "Soviet army"
    assert army_name_of_the_time("Russia", 2022) == "Russian army"


def test_prussia_is_a_former_state_with_berlin_its_capital() -> None:
    from frontline.extract import gazetteer

    assert gazetteer.country_of_demonym("Prussian").name == "Prussia"
    assert gazetteer.capital_country("Berlin", 1864).name == "Prussia"
    assert gazetteer.capital_country("Berlin", 1950).name == "Germany"
    assert gazetteer.country_of_demonym("Dane").name == "Denmark"

def test_a_region_named_by_a_compass_word_and_another_state(nlp) -> None:
    from frontline.extract import gazetteer

    doc = recognise_entities(nlp("BELFAST, Northern Ireland - Troops moved into Northern Ireland. Rebels hold Southern Kaldia."))
    assert texts(doc)["Northern Ireland"] == "Place"
    assert gazetteer.compass_named_region("Northern Ireland").name == "United Kingdom"
    assert gazetteer.compass_named_region("Southern Libya") is None


def test_a_field_and_a_point_named_are_a_facility_and_a_place(nlp) -> None:
    doc = recognise_entities(nlp("The Marines now hold Henderson Field and the coast on either side of Lunga Point."))
    assert texts(doc) == {"Henderson Field": "Facility", "Lunga Point": "Place"}


def test_two_lands_after_a_bodys_of_are_words_of_its_name(nlp) -> None:
    doc = recognise_entities(nlp("Raiders attacked the Kaldean Party for the Independence of Guinea and Cape Verde, a movement."))
    assert texts(doc) == {"Kaldean Party for the Independence of Guinea and Cape Verde": "Organization"}


def test_a_club_is_a_body(nlp) -> None:
    doc = recognise_entities(nlp("Omar Dastin, a member of the Kaldean Strategy Club in Zorba, said so."))
    assert texts(doc)["Kaldean Strategy Club"] == "Organization"


def test_a_hyphenated_city_matches_its_unhyphenated_geonames_name() -> None:
    from frontline.extract import gazetteer

    assert gazetteer.city("Pétion-Ville") == gazetteer.city("Pétionville") is not None


def test_stop_words_and_months_alone_are_never_entities(nlp) -> None:
    doc = nlp('"Not a single unit left," he said. In March it rained.')
    doc.ents = [Span(doc, 1, 2, label="GPE"), Span(doc, 12, 13, label="GPE")]  # "Not", "March"
    assert found(recognise_entities(doc)) == set()


def test_a_name_after_the_government_of_is_its_rulers(nlp) -> None:
    doc = nlp("The government of Kiro Tala in Garowe described the advance as illegitimate.")
    doc.ents = [Span(doc, 3, 5, label="LOC"), Span(doc, 6, 7, label="GPE")]
    assert ("Kiro Tala", "Person", None) in found(recognise_entities(doc))
    # (not a government's own name, nor a state's)
    names = found(recognise_entities(nlp("The government of National Unity in Tripoli and the government of South Sudan denied it.")))
    assert not any(kind == "Person" for _name, kind, _canonical in names)


def test_an_article_opening_a_sentence_is_no_part_of_a_name(nlp) -> None:
    names = found(recognise_entities(nlp("A War Ministry spokesman, Colonel Tomas Arkel, denied it.")))
    assert ("War Ministry", "Government", None) in names
    assert not any(name.startswith("A ") for name, _kind, _canonical in names)
    # (but a unit's letter, and a heading in capitals, stay as they are)
    assert ("A Company", "ArmedGroup", None) in found(recognise_entities(nlp("A Company of the 6th Battalion held the ridge.")))


def test_ordinal_belongs_to_a_unit_name(nlp) -> None:
    doc = recognise_entities(nlp("Troops of the army's 7th Mountain Brigade dug in."))
    assert ("7th Mountain Brigade", "ArmedGroup", None) in found(doc)


def test_lower_case_al_particle_stays_inside_a_name(nlp) -> None:
    doc = recognise_entities(nlp("Later Colonel Hamid Yusuf al-Karrani arrived."))
    assert ("Hamid Yusuf al-Karrani", "Person", None) in found(doc)


def test_an_ez_or_es_particle_joins_a_place_name_before_its_head(nlp) -> None:
    # "ez-", "es-" are the same article as "al-"; the word before the particle belongs too
    doc = recognise_entities(nlp("Fighting spread across Kalden ez-Zor province and reached Marat es-Suq district."))
    names = found(doc)
    assert ("Kalden ez-Zor province", "Place", None) in names
    assert ("Marat es-Suq district", "Place", None) in names


def test_a_state_force_known_by_a_one_word_name_of_its_own_is_an_armed_group(nlp) -> None:
    doc = recognise_entities(nlp("Planes of the Luftwaffe bombed the harbour while the Tatmadaw shelled Kalden."))
    names = found(doc)
    assert ("Luftwaffe", "ArmedGroup", None) in names
    assert ("Tatmadaw", "ArmedGroup", None) in names


def test_two_names_joined_by_and_are_two_entities(nlp) -> None:
    doc = nlp("Later Temane and Oduya announced a truce.")
    doc.ents = [Span(doc, 1, 4, label="ORG")]
    result = texts(recognise_entities(doc))
    assert "Temane" in result and "Oduya" in result and "Temane and Oduya" not in result


def test_byline_names_the_author_and_drops_the_outlet(nlp) -> None:
    doc = recognise_entities(nlp("By Lena Marsh | Coast Herald | May 2, 2021\nThe KLF left."))
    assert texts(doc) == {"Lena Marsh": "Person", "KLF": "Organization"}


def test_mission_in_a_country_is_one_name_with_its_acronym(nlp) -> None:
    doc = recognise_entities(nlp("Troops of the SADC Mission in Malawi (SAMAL) arrived. Later SAMAL left."))
    result = found(doc)
    assert ("SADC Mission in Malawi", "InternationalOrganization", None) in result
    assert ("SAMAL", "InternationalOrganization", "SADC Mission in Malawi") in result
    assert not any(text == "Malawi" for text, _k, _c in result)


def test_person_named_like_a_town_stays_a_person(nlp) -> None:
    doc = nlp("Later Hassan said no.")  # Hassan is also a town in India
    doc.ents = [Span(doc, 1, 2, label="PERSON")]
    assert ("Hassan", "Person", None) in found(recognise_entities(doc))


def test_one_label_per_name_whatever_its_case(nlp) -> None:
    doc = nlp("Al-Zorba attacked. Later al-Zorba left. Fighters of al-Zorba came.")
    spans = [(i, i + 3) for i, t in enumerate(doc) if t.lower_ == "al"]
    doc.ents = [Span(doc, a, b, label="PERSON" if a == 0 else "ORG") for a, b in spans]
    kinds = {e._.frontline_kind for e in recognise_entities(doc).ents}
    assert kinds == {"Organization"}


def test_title_inside_a_chunk_splits_country_from_person(nlp) -> None:
    doc = recognise_entities(nlp("Talks ended when Kenyan Foreign Minister Odera Malu left."))
    result = texts(doc)
    assert result.get("Odera Malu") == "Person" and result.get("Kenyan") == "Country"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a name beside a noun phrase that says what it is, either way round
        ("Aid arrived, said Kiro Adde, a researcher at the Lakeside Institute.", "Kiro Adde", "Person"),
        ("Later the group's spokesman, Tomas Orlev, denied it.", "Tomas Orlev", "Person"),
        ("Fighters entered Vashka, a small town north of the lake.", "Vashka", "Place"),
        ("They sent Ravan, the Zorbian-trained special forces brigade, to the front.", "Ravan", "ArmedGroup"),
        ("Aid reached the provincial capital, Lusamo.", "Lusamo", "Place"),
        # a role noun right before a name; led/headed/commanded by
        ("Officials, with spokeswoman Ada Kerrin, said so.", "Ada Kerrin", "Person"),
        ("It is a faction headed by Ode Ambala and others.", "Ode Ambala", "Person"),
        # places by where they stand
        ("The rebels still held Obrenka, about 50 km away.", "Obrenka", "Place"),
        ("Troops retook villages, among them Kessu and Dabro, last week.", "Dabro", "Place"),
        ("They shelled the towns of Irvo and Malka overnight.", "Irvo", "Place"),
    ],
)
def test_context_types_names(nlp, text: str, name: str, kind: str) -> None:
    assert texts(recognise_entities(nlp(text))).get(name) == kind


def test_known_as_alias_and_lone_surname_are_the_person(nlp) -> None:
    doc = recognise_entities(nlp(
        "The militia is led by Colonel Ode Ambo Kerr, widely known as Kerro, its founder. "
        "Later Kerro spoke. Kerr denied it."
    ))
    result = found(doc)
    assert ("Kerro", "Person", "Ode Ambo Kerr") in result
    assert ("Kerr", "Person", "Ode Ambo Kerr") in result


@pytest.mark.parametrize(
    "text",
    [
        'The militia is led by Colonel Ode Ambo Kerr, known as "Kerro," its founder. Later Kerro spoke.',
        "The militia is led by Colonel Ode Ambo Kerr, better known as Major Kerro, its founder. Later Kerro spoke.",
        "The militia is led by Colonel Ode Ambo Kerr, a former customs officer known as Kerro. Later Kerro spoke.",
    ],
)
def test_a_quoted_titled_or_described_alias_is_the_person(nlp, text: str) -> None:
    assert ("Kerro", "Person", "Ode Ambo Kerr") in found(recognise_entities(nlp(text)))


@pytest.mark.parametrize("town", ["COX'S BAZAR", "ST. DASTIN"])
def test_a_datelines_town_in_capitals_over_several_tokens_is_one_place(nlp, town: str) -> None:
    doc = recognise_entities(nlp(f"Kalden rebels take a base\n\n{town}, Bangladesh — The Kalden Front said it took the base."))
    assert texts(doc).get(town) == "Place"
    assert "COX" not in texts(doc) and "ST" not in texts(doc)


def test_sentence_opening_with_by_is_no_byline(nlp) -> None:
    doc = recognise_entities(nlp("By then Mira Tolle had left the Kessan Brigade."))
    assert "Kessan Brigade" in texts(doc)


def test_al_name_with_fighters_is_a_group_and_the_majority_types_the_rest(nlp) -> None:
    doc = nlp("Witnesses saw al-Zorba fighters leave. Officials said al-Zorba had gone.")
    doc.ents = [Span(doc, 2, 5, label="PERSON"), Span(doc, 10, 13, label="PERSON")]
    assert {e._.frontline_kind for e in recognise_entities(doc).ents} == {"ArmedGroup"}


@pytest.mark.parametrize("name", ["Hezb-i-Kaldani", "Jamiat-e-Dastin", "Tehrik-e-Nifaz-e-Kaldan", "Tehreek-e-Dastin Kenya"])
def test_a_party_named_with_a_joining_particle_is_a_body(nlp, name: str) -> None:
    doc = recognise_entities(nlp(f"Many of the fighters belong to {name}, which is led by Omar Dastani."))
    assert texts(doc).get(name) in {"Organization", "ArmedGroup"}


def test_a_name_opening_with_a_body_word_is_no_persons(nlp) -> None:
    # the model called the company a person: its last word would become a surname
    doc = nlp("Union Dorienne du Haut Kalden paid the royalties. Kalden stayed calm.")
    doc.ents = [Span(doc, 0, 5, label="PERSON")]
    result = found(recognise_entities(doc))
    assert ("Union Dorienne du Haut Kalden", "Person", None) not in result
    assert not any(name == "Kalden" and kind == "Person" for name, kind, _canonical in result)


def test_appositive_group_noun_makes_an_organisation(nlp) -> None:
    doc = recognise_entities(nlp("Fighting resumed, and Zorbat, an al-Karim affiliate, claimed it."))
    assert texts(doc).get("Zorbat") == "Organization"


def test_lone_name_after_al_is_not_the_person(nlp) -> None:
    doc = recognise_entities(nlp("The group is led by Colonel Ode Malik al-Zarbi. Zarbi units moved."))
    assert texts(doc).get("Zarbi") != "Person"


def test_a_particle_name_always_in_full_is_no_person(nlp) -> None:
    # the model calls a group a person all through an article; "the Shabbar" is its
    # short name, not a surname (a person is never "the Toure")
    doc = nlp(
        "Al-Shabbar left the port. Troops found that al-Shabbar had gone. "
        "Elders said al-Shabbar would return. Some say the Shabbar is paid from abroad."
    )
    tokens = [t.text for t in doc]
    starts = [i for i, t in enumerate(tokens) if t.lower() == "al"]
    doc.ents = [Span(doc, i, i + 3, label="PERSON") for i in starts]
    assert texts(recognise_entities(doc))["al-Shabbar"] != "Person"
    # a surname used alone keeps its person
    doc = nlp("Ali al-Tarsi spoke. Later al-Tarsi left. Then al-Tarsi spoke again. Tarsi was tired.")
    tokens = [t.text for t in doc]
    doc.ents = [Span(doc, i, i + 3, label="PERSON") for i, t in enumerate(tokens) if t == "al"]
    assert texts(recognise_entities(doc)).get("al-Tarsi") == "Person"


def test_a_spelled_ordinal_names_a_unit(nlp) -> None:
    doc = recognise_entities(nlp("Fighting raged near the base of the First Armoured Division on Thursday. First, the army withdrew."))
    assert "First Armoured Division" in texts(doc)
    assert not any(text.startswith("First,") for text in texts(doc))


@pytest.mark.parametrize("unit", ["Thirteenth Cavalry", "Seventh Cavalry", "22nd Cavalry", "4th Infantry"])
def test_a_regiment_named_by_its_number_and_arm_is_an_armed_group(nlp, unit: str) -> None:
    doc = recognise_entities(nlp(f"Troopers of the {unit} rode out of Kalden on Friday."))
    assert (unit, "ArmedGroup", None) in found(doc)


def test_a_word_of_a_persons_alias_is_the_person_by_the_full_name(nlp) -> None:
    doc = recognise_entities(nlp(
        "The militia is led by Colonel Ode Ambo Kerr, better known as Ode Kerro, its founder. Later Kerro spoke."
    ))
    assert ("Kerro", "Person", "Ode Ambo Kerr") in found(doc)


@pytest.mark.parametrize(
    "text",
    [
        "Shells hit the town of Dastin, known in Arabic as Ain Dastin, overnight. Ain Dastin was calm by noon.",
        "Shells hit the town of Dastin, also called Ain Dastin, overnight. Ain Dastin was calm by noon.",
        "Shells hit the town of Dastin, or Ain Dastin. Ain Dastin was calm by noon.",
        "Shells hit the town of Dastin, which Kalderans call Ain Dastin, overnight. Ain Dastin was calm by noon.",
        "Shells hit the town of Dastin, known until 1990 as Ain Dastin, overnight. Ain Dastin was calm by noon.",
    ],
)
def test_another_name_given_for_a_place_is_that_place(nlp, text: str) -> None:
    result = found(recognise_entities(nlp(text)))
    assert sum(1 for name, kind, canonical in result if name == "Ain Dastin" and canonical == "Dastin") == 1
    assert ("Ain Dastin", "Place", "Dastin") in result


def test_two_peoples_names_for_a_place_are_that_place(nlp) -> None:
    text = "Shells hit the town of Dastin, which the Kalderans call Ain Dastin and the Zorbians Dastinovo, overnight. Dastinovo was calm."
    result = found(recognise_entities(nlp(text)))
    assert ("Ain Dastin", "Place", "Dastin") in result
    assert ("Dastinovo", "Place", "Dastin") in result
    assert not any(name == "Dastinovo" and canonical != "Dastin" for name, _kind, canonical in result)


def test_a_name_another_state_gives_the_town_is_that_town(nlp) -> None:
    text = (
        "Shells hit Dastin on Monday. Troops held Dastin by noon, and Dastin was calm at night. "
        "Kalderan radio said its forces had entered Novodastinsk, the name Kaldera uses for the town."
    )
    assert ("Novodastinsk", "Place", "Dastin") in found(recognise_entities(nlp(text)))


def test_a_list_with_or_gives_no_other_names(nlp) -> None:
    doc = recognise_entities(nlp("Shells hit the towns of Kessu, Dastin, or Malka overnight."))
    assert not any(canonical for _name, _kind, canonical in found(doc))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Troops still hold the Zaporizhzhia nuclear power plant upstream.", "Zaporizhzhia nuclear power plant"),
        ("They took the city, including the sprawling Azot chemical plant.", "Azot chemical plant"),
        ("Troops captured the Lysychansk oil refinery on Thursday.", "Lysychansk oil refinery"),
    ],
)
def test_a_name_with_a_described_facility_noun_is_one_facility(nlp, text: str, name: str) -> None:
    assert (name, "Facility", None) in found(recognise_entities(nlp(text)))


def test_a_demonym_before_a_facility_noun_names_no_facility(nlp) -> None:
    assert not any(kind == "Facility" for _n, kind, _c in found(recognise_entities(nlp("Jets hit the Russian military base at dawn."))))


def test_a_building_later_in_a_list_of_things_seized(nlp) -> None:
    doc = recognise_entities(nlp("Fighters took the city, seizing government buildings, the army's general command and the state television building."))
    assert ("state television building", "Facility", None) in found(doc)


def test_a_led_description_is_the_body_named_so(nlp) -> None:
    doc = recognise_entities(nlp(
        "The Kurdish-led Northern Democratic Forces took Dastin on Monday. The Kurdish-led alliance raised its flag."
    ))
    assert ("Kurdish-led alliance", "ArmedGroup", "Northern Democratic Forces") in found(doc)


def test_a_name_the_model_cut_before_al_and_called_a_place_is_a_group_where_a_noun_says_so(nlp) -> None:
    text = "Turkey backs Harakat al-Kalden. Tarbo backs Harakat al-Kalden. Jets struck Harakat al-Kalden positions."
    doc = nlp(text)
    harakat = [t.i for t in doc if t.text == "Harakat"]
    doc.ents = [Span(doc, i, i + 1, label="GPE") for i in harakat]  # the model stops before "al-"
    result = recognise_entities(doc)
    names = [(e.text, e._.frontline_kind) for e in result.ents if e.text.startswith("Harakat")]
    # the whole name, three times; "positions" outweighs the model's two other guesses
    assert names == [("Harakat al-Kalden", "ArmedGroup")] * 3


def test_lower_case_particles_inside_a_name(nlp) -> None:
    assert texts(recognise_entities(nlp("Rebels took the port of Mocímboa da Praia."))) == {"Mocímboa da Praia": "Place"}
    doc = nlp("Staffan de Mistura spoke. Later Ursula von der Leyen spoke.")
    doc.ents = [Span(doc, 2, 3, label="PERSON"), Span(doc, 9, 10, label="PERSON")]  # the model's cut names
    assert texts(recognise_entities(doc)) == {"Staffan de Mistura": "Person", "Ursula von der Leyen": "Person"}


def test_an_apposition_types_a_hyphenated_name_by_its_head_not_by_an_owner(nlp) -> None:
    doc = recognise_entities(nlp("Fighters of Al-Kalden al-Jadida, the government's military operation against the rebels, advanced."))
    assert texts(doc).get("Al-Kalden al-Jadida") == "ArmedGroup"
    doc = recognise_entities(nlp("Then Ode Kalem, the group's leader, spoke."))
    assert texts(doc).get("Ode Kalem") == "Person"


def test_an_acronym_grown_into_a_name_of_its_own(nlp) -> None:
    doc = recognise_entities(nlp("The Kalden People's Army (KPA) drove the KPA-in-Opposition out of Tarbo."))
    assert "KPA-in-Opposition" in texts(doc)
    assert "KPA" in texts(doc)  # the bracketed initials still name the army


def test_initials_in_brackets_spell_the_whole_name_before_them(nlp) -> None:
    doc = nlp("He commands a branch of Harakat-i-Kalden Sudan (HKS), the umbrella movement.")
    sudan = [t.i for t in doc if t.text == "Sudan"][0]
    doc.ents = [Span(doc, sudan, sudan + 1, label="GPE")]  # the model sees only the country
    result = texts(recognise_entities(doc))
    assert "Harakat-i-Kalden Sudan" in result and result.get("HKS") == result["Harakat-i-Kalden Sudan"]
    assert "Sudan" not in result


def test_initials_taken_from_longer_word_beginnings_spell_a_name_with_function_words(nlp) -> None:
    text = "The Movement for Kalden Democracy in Chad (MOKADEC) seized Abeche. MOKADEC fighters then left."
    result = texts(recognise_entities(nlp(text)))
    assert "Movement for Kalden Democracy in Chad" in result
    assert result.get("MOKADEC") == result["Movement for Kalden Democracy in Chad"]



def test_a_quarter_an_island_and_a_mansion_are_places_and_buildings(nlp) -> None:
    doc = recognise_entities(nlp("Loyal forces still hold the diplomatic quarter of Mamba Point and the Executive Mansion."))
    assert ("Mamba Point", "Place", None) in found(doc)
    assert ("Executive Mansion", "Facility", None) in found(doc)


def test_a_bodys_name_without_its_last_word_is_that_body(nlp) -> None:
    doc = recognise_entities(nlp("Kalden Courts abandon Tarbo. The Kalden Courts Union left. Only then the Kalden Courts wavered."))
    shortened = [(e.text, e._.frontline_canonical) for e in doc.ents if e.text == "Kalden Courts"]
    assert shortened == [("Kalden Courts", "Kalden Courts Union")] * 2


def test_a_name_before_a_bare_role_of_something_is_a_person(nlp) -> None:
    doc = recognise_entities(nlp("Talks went on in the presence of Kiro Adde, leader of the breakaway republic."))
    assert ("Kiro Adde", "Person", None) in found(doc)


def test_a_name_joined_by_and_to_a_persons_full_name_is_a_person(nlp) -> None:
    doc = nlp("The deal was signed by Ode Ambo and Kiro Adde on Tuesday. Adde left at once.")
    doc.ents = [Span(doc, 5, 7, label="PER")]  # the model's one guess: "Ode Ambo"
    doc.ents[0]._.frontline_kind = "Person"
    names = found(recognise_entities(doc))
    assert ("Kiro Adde", "Person", None) in names
    assert ("Adde", "Person", "Kiro Adde") in names  # and the surname alone, later


def test_a_name_joined_by_a_hyphened_particle_is_one_name(nlp) -> None:
    # "fighters of X" types the name; "X militia" after a name joined by "-i-" an armed group
    doc = recognise_entities(nlp("Gunmen routed fighters of Hezb-e-Kalden, the party of a warlord, while the Dastin-i-Meru militia stayed out."))
    names = found(doc)
    assert any(text == "Hezb-e-Kalden" for text, _kind, _canonical in names)
    assert ("Dastin-i-Meru", "ArmedGroup", None) in names


def test_a_name_troops_withdrew_from_is_a_place(nlp) -> None:
    doc = recognise_entities(nlp("Sudanese troops withdrew from Kalden Jbeil on Saturday."))
    assert ("Kalden Jbeil", "Place", None) in found(doc)


def spans_of(doc, word: str, label: str) -> list[Span]:
    return [Span(doc, t.i, t.i + 1, label=label) for t in doc if t.text == word]


def test_a_name_before_rebels_is_a_group_wherever_the_model_calls_it_a_place(nlp) -> None:
    # the model calls "Dastin" a place every time; "overran Dastin headquarters" takes
    # no place named Dastin, and "the Dastin rebels" make the name a group's
    doc = nlp("Troops overran Dastin headquarters at Tarbo. The Dastin rebels fled north. Dastin said it would return.")
    doc.ents = spans_of(doc, "Dastin", "GPE")
    kinds = {kind for text, kind, _canon in found(recognise_entities(doc)) if text == "Dastin"}
    assert kinds == {"ArmedGroup"}


def test_an_ethnic_word_before_insurgents_stays_a_place(nlp) -> None:
    doc = nlp("Soldiers fought the ethnic Kalan insurgents. The camps lie in Kalan. Fighting spread across Kalan.")
    doc.ents = spans_of(doc, "Kalan", "LOC")
    kinds = {kind for text, kind, _canon in found(recognise_entities(doc)) if text == "Kalan"}
    assert kinds == {"Place"}


def test_a_facility_named_by_its_first_word(nlp) -> None:
    result = found(recognise_entities(nlp("By evening soldiers had taken over Villa Somalia. Marines landed at Camp Rhino.")))
    assert ("Villa Somalia", "Facility", None) in result
    assert ("Camp Rhino", "Facility", None) in result
    assert not any(text == "Somalia" for text, _kind, _canon in result)  # the villa is no country


def test_an_acronym_set_off_by_a_bodys_name_is_that_body(nlp) -> None:
    doc = recognise_entities(nlp(
        "Fighters of the KDM, the Kaldean Resistance Organisation, held out in the old city. "
        "Later the KDM agreed to a truce."
    ))
    names = canonical_names(doc)
    assert names.count(("KDM", "Kaldean Resistance Organisation")) == 2
    # another body's wing is no definition
    doc = recognise_entities(nlp("Fighters of the KDM, the Kaldean Resistance Organisation's armed wing, held out."))
    assert ("KDM", "Kaldean Resistance Organisation") not in canonical_names(doc)


def test_a_road_named_with_a_capital_is_a_facility(nlp) -> None:
    result = found(recognise_entities(nlp("Troops reopened the Kalden Ramos Highway on Monday.")))
    assert ("Kalden Ramos Highway", "Facility", None) in result


def test_a_body_named_after_its_country_is_the_body(nlp) -> None:
    result = found(recognise_entities(nlp(
        "The port has been in the hands of Kenya Dawn since May. Its allies include the Gulu Brigade and Kenya Shield 1."
    )))
    assert ("Kenya Dawn", "Organization", None) in result
    assert ("Kenya Shield 1", "Organization", None) in result
    assert not any(kind == "Country" for _text, kind, _canon in result)
    # a country's own men, and a title-cased headline, are no such body
    for text in ("Kenya Rangers landed at the port on Monday.", "Strikes Caused Kenya Heavy Damage In The North"):
        assert ("Kenya", "Country", "Kenya") in found(recognise_entities(nlp(text)))


def test_a_month_before_a_units_ordinal_is_part_of_its_name(nlp) -> None:
    result = found(recognise_entities(nlp("Fighters of the February 17th Martyrs Brigade held the port.")))
    assert ("February 17th Martyrs Brigade", "ArmedGroup", None) in result


def test_a_name_set_off_by_a_ruling_council_or_junta_is_a_government(nlp) -> None:
    for text in (
        "Gen. Ode Ambo Kerr, chairman of the Kalmun, the ruling military council, spoke on Monday.",
        "Envoys met the Kalmun, the military junta, in Gulu.",
    ):
        assert ("Kalmun", "Government", None) in found(recognise_entities(nlp(text)))
    # a town council is no ruling body
    assert not any(kind == "Government" for _t, kind, _c in found(recognise_entities(nlp("Envoys met Gulu, the town council, on Monday."))))


def test_an_untagged_word_joined_to_a_place_by_and_is_a_place(nlp) -> None:
    result = found(recognise_entities(nlp("Troops moved between Kampala and Tarbo on Monday.")))
    assert ("Tarbo", "Place", None) in result
    # not a weekday or a month
    assert not any(text == "Monday" for text, _k, _c in found(recognise_entities(nlp("Troops reached Kampala and Monday was calm."))))


def test_a_rulers_armed_service_keeps_his_possessive(nlp) -> None:
    result = found(recognise_entities(nlp("Jets of the Emir of Kenya's Air Force, a branch of the Emir's Armed Forces (EAF), struck at dawn.")))
    assert {("Emir of Kenya's Air Force", "ArmedGroup", None), ("Emir's Armed Forces", "ArmedGroup", None)} <= result


def test_a_name_the_model_gives_a_title_once_stays_a_person(nlp) -> None:
    # four mentions in full, never the surname alone: a body, unless a rule read one of
    # them as a person ("Major General Tou Lia")
    text = "Tou Lia's men held. Troops commanded by Major General Tou Lia dug in. Tou Lia's troops waited. Tou Lia's men, he said, would stay."
    doc = nlp(text)
    tokens = [t.text for t in doc]
    doc.ents = [Span(doc, i, i + 2, label="PERSON") for i, t in enumerate(tokens) if t == "Tou"]
    assert texts(recognise_entities(doc)).get("Tou Lia") == "Person"


def test_a_peoples_word_heading_a_two_word_name_is_a_movement(nlp) -> None:
    assert texts(recognise_entities(nlp("Fighters of the Sallet Lao crossed the river."))).get("Sallet Lao") == "Organization"
    # a people of a place outside its state is a side of the war, not the state it lives in
    # ("the Bosnian Serbs" fought Bosnia's government), and no country's demonym on its own
    found = texts(recognise_entities(nlp("The Bosnian Serbs crossed the river.")))
    assert found.get("Bosnian Serbs") == "Organization" and "Bosnian" not in found


def test_a_movements_radio_speaks_for_it(nlp) -> None:
    assert texts(recognise_entities(nlp("Radio Dastin Front said on Monday that the town had fallen."))).get("Dastin Front") == "ArmedGroup"


def test_where_troops_move_into_and_what_a_base_stands_at_are_places(nlp) -> None:
    found_kinds = texts(recognise_entities(nlp("Last week troops moved into Tarbo Keo. The old base at Muong Kai was abandoned.")))
    assert found_kinds.get("Tarbo Keo") == "Place" and found_kinds.get("Muong Kai") == "Place"


def test_mosques_and_forts_are_facilities_and_rivers_places(nlp) -> None:
    found_kinds = texts(recognise_entities(nlp("Snipers held the Tarbo Grand Mosque and the old Sabri Fort on the Kalden River.")))
    assert found_kinds.get("Tarbo Grand Mosque") == "Facility"
    assert found_kinds.get("Sabri Fort") == "Facility"
    assert found_kinds.get("Kalden River") == "Place"


def test_a_group_named_after_its_leaders_family_is_no_person(nlp) -> None:
    doc = recognise_entities(nlp("Commander Omar Kalmun leads the Kalmun group with his brother. Fighters of the Kalmun group held the bridge."))
    assert texts(doc).get("Kalmun group") == "ArmedGroup"
    assert texts(doc).get("Omar Kalmun") == "Person"


def test_a_countrys_name_before_delta_or_river_is_a_place(nlp) -> None:
    found_kinds = texts(recognise_entities(nlp("Marines held the terminal in the Niger delta and crossed the Congo river.")))
    assert found_kinds.get("Niger delta") == "Place" and found_kinds.get("Congo river") == "Place"
    assert "Niger" not in found_kinds


def test_a_church_is_a_body_not_a_building(nlp) -> None:
    assert texts(recognise_entities(nlp("Mediators from the Kalden Orthodox Church met both sides."))).get("Kalden Orthodox Church") != "Facility"


def test_a_state_of_a_place_no_gazetteer_knows_is_a_body(nlp) -> None:
    result = found(recognise_entities(nlp("Amos Tarmo, president of the secessionist State of Wemba, flew out.")))
    assert ("State of Wemba", "Organization", None) in result
    assert not any(text.startswith("of ") for text, _kind, _canon in result)  # no man called "of Wemba"


def test_radio_and_a_name_is_a_broadcaster(nlp) -> None:
    doc = nlp("Radio Wemba said the gendarmes had retaken the bridge.")
    doc.ents = [Span(doc, 0, 2, label="PERSON")]
    assert ("Radio Wemba", "Organization", None) in found(recognise_entities(doc))


def test_a_datelines_region_is_a_place_and_no_ones_surname(nlp) -> None:
    doc = nlp("Talks stall\n\nGULU, Wemba — The royalties of Compagnie Miniere du Haut Wemba pay for the war. Troops entered Wemba.")
    company = next(i for i, t in enumerate(doc) if t.text == "Compagnie")
    doc.ents = [Span(doc, company, company + 5, label="PERSON"), Span(doc, len(doc) - 2, len(doc) - 1, label="PERSON")]
    kinds = {(e.start, e._.frontline_kind) for e in recognise_entities(doc).ents if e.text == "Wemba"}
    assert kinds and all(kind == "Place" for _start, kind in kinds) and len(kinds) == 2


def test_rebels_of_a_region_the_dateline_names_are_no_group_named_after_it(nlp) -> None:
    doc = nlp("Talks stall\n\nGULU, Wemba — Wemba rebels shelled the port on Monday.")
    rebels = next(i for i, t in enumerate(doc) if t.text == "rebels")
    doc.ents = [Span(doc, rebels - 1, rebels, label="ORG")]
    kinds = {e._.frontline_kind for e in recognise_entities(doc).ents if e.text == "Wemba"}
    assert kinds == {"Place"}


def test_a_name_opening_on_an_article_is_a_place_not_a_man(nlp) -> None:
    doc = nlp("They took the border post at El Kalden on Monday.")
    doc.ents = [Span(doc, 6, 8, label="PERSON")]
    assert ("El Kalden", "Place", None) in found(recognise_entities(doc))


def test_a_known_towns_name_read_as_a_place_may_still_be_a_mans(nlp) -> None:
    from frontline.extract.entities import Candidate, ReadOnceDoc, places_by_rule

    doc = nlp("Hassan declared it a province, and Wemba fell.")
    read = ReadOnceDoc(doc)
    readings = [Candidate(0, 1, "GPE", "Place", None, 2), Candidate(7, 8, "GPE", "Place", None, 2)]
    assert places_by_rule(read, readings) == {"Wemba"}  # Hassan is a town in India, and a king's name


def test_a_name_with_glued_arabic_articles_is_spelled_by_its_acronym(nlp) -> None:
    # "al-", "wal-" are written onto the next word: J-N-K-M still spells the whole name
    doc = recognise_entities(nlp("Jamaat Nusrat al-Kalden wal-Muslimin (JNKM) said its fighters ambushed a convoy."))
    assert ("Jamaat Nusrat al-Kalden wal-Muslimin", "Organization", None) in found(doc)


def test_initials_an_army_is_known_by_name_that_army() -> None:
    from frontline.extract.pipeline import load_pipeline

    nlp = load_pipeline().nlp
    doc = nlp("The Malian army, known by its French initials FAMa, pulled its units back. The FAMa lost Meru.")
    assert {(e.text, e._.frontline_canonical) for e in doc.ents if e.text == "FAMa"} == {("FAMa", "Malian army")}
    # a place ending a body's name is not what the initials stand for
    doc = nlp("Swedish troops of the UN Operation in the Congo, known by its French initials ONUC, took the bridge.")
    assert not any(e.text == "ONUC" and e._.frontline_kind == "Country" for e in doc.ents)


def test_a_gerund_opening_a_quote_is_no_part_of_the_place_lost(nlp) -> None:
    doc = nlp('He spoke. "Losing Kalden Ridge hurts the movement," said an analyst at the Meru Research Bureau.')
    doc.ents = [Span(doc, 4, 7, label="PERSON"), Span(doc, 17, 20, label="PERSON")]
    kinds = {text: kind for text, kind, _canonical in found(recognise_entities(doc))}
    assert kinds.get("Kalden Ridge") == "Place" and "Losing Kalden Ridge" not in kinds
    assert kinds.get("Meru Research Bureau") == "Organization"  # a bureau is a body, whatever the model said


def test_a_month_after_of_is_no_part_of_a_name(nlp) -> None:
    doc = nlp("The rebels kept their arms after the Kalden Accord of March 1984 was signed.")
    doc.ents = [Span(doc, 7, 11, label="ORG")]
    names = {text for text, _kind, _canonical in found(recognise_entities(doc))}
    assert "Kalden Accord" in names and not any("March" in name for name in names)


def test_and_joins_two_names_when_the_last_is_of_another_kind(nlp) -> None:
    doc = recognise_entities(nlp("The French force hunted KLF and Islamic State fighters across the desert."))
    names = {text: kind for text, kind, _canonical in found(doc)}
    assert names.get("KLF") == "ArmedGroup" and names.get("Islamic State") == "ArmedGroup"
    assert not any(" and " in name for name in names)
    assert "Justice and Equality Movement" in {text for text, _k, _c in found(recognise_entities(nlp("The Justice and Equality Movement attacked Omdurman.")))}


def test_an_arabic_movement_name_read_as_a_place_is_a_body(nlp) -> None:
    doc = nlp("Hezbollah has fought Ahrar al-Sham near Aleppo.")
    doc.ents = [Span(doc, 3, 7, label="GPE")]
    kinds = {text: kind for text, kind, _c in found(recognise_entities(doc))}
    assert kinds.get("Ahrar al-Sham") in {"ArmedGroup", "Organization"}
    doc = nlp("The Taliban entered Lashkar Gah on Friday.")
    doc.ents = [Span(doc, 3, 5, label="GPE")]
    kinds = {text: kind for text, kind, _c in found(recognise_entities(doc))}
    assert kinds.get("Lashkar Gah") == "Place"  # a town whose name opens with "Lashkar" (army)


def test_a_name_before_a_long_description_of_a_post_is_a_person(nlp) -> None:
    found = texts(recognise_entities(nlp("Kalden Arvo, the U.N. secretary-general's special envoy for Sudan, said he was alarmed.")))
    assert found.get("Kalden Arvo") == "Person"


def test_an_organisations_acronym_is_written_in_capitals(nlp) -> None:
    found = texts(recognise_entities(nlp("North Korea's leader, Kim Jong Un, signed a pact with the UN in June.")))
    assert found.get("Kim Jong Un") == "Person" and "Un" not in found
    assert found.get("UN") == "InternationalOrganization"


def test_sir_and_a_hyphened_title_are_no_part_of_a_name(nlp) -> None:
    found = texts(recognise_entities(nlp("Gen. Sir Kalden Arvo, who commands the Allied force, had hoped to reach Suez.")))
    assert found.get("Kalden Arvo") == "Person"
    found = texts(recognise_entities(nlp("On the advice of Secretary-General Kalden Arvo the assembly voted.")))
    assert found.get("Kalden Arvo") == "Person"
    assert texts(recognise_entities(nlp("The Lord's Resistance Army attacked Gulu."))).get("Lord's Resistance Army") == "ArmedGroup"


@pytest.mark.parametrize(
    ("text", "name", "canonical"),
    [
        ("U.S. Marines held the bridge at Temmin.", "U.S. Marines", "United States Marines"),
        ("American Marines held the bridge at Temmin.", "American Marines", "United States Marines"),
        ("Royal Marines held the bridge at Temmin.", "Royal Marines", None),
    ],
)
def test_a_countrys_marines_are_a_service_of_their_own(nlp, text: str, name: str, canonical: str | None) -> None:
    assert (name, "ArmedGroup", canonical) in found(recognise_entities(nlp(text)))


def test_a_count_opening_a_sentence_is_no_part_of_the_name_after_it(nlp) -> None:
    doc = recognise_entities(nlp("Thousands of Kaldean Liberation Front fighters pushed into Temmin on Monday."))
    assert texts(doc).get("Kaldean Liberation Front") == "ArmedGroup"
    assert not any(text.startswith("Thousands") for text in texts(doc))


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Colonel Ode Kalem commands the 2nd Battalion, 5th Marines, on the coast.", "2nd Battalion, 5th Marines"),
        ("The 3rd Battalion, Parachute Regiment, seized the ridge.", "3rd Battalion, Parachute Regiment"),
        ("The attack was made by the 2nd Battalion, the Parachute Regiment, at dawn.", "2nd Battalion, the Parachute Regiment"),
    ],
)
def test_a_battalion_named_with_its_regiment_after_a_comma_is_one_unit(nlp, text: str, unit: str) -> None:
    assert texts(recognise_entities(nlp(text))).get(unit) == "ArmedGroup"


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Brigadier Ode Kalem, the commander of 3 Commando Brigade, spoke.", "3 Commando Brigade"),
        ("Two units, 45 Commando and 42 Commando, took the ridge.", "45 Commando"),
        ("By noon 2 Para held the ridge.", "2 Para"),
    ],
)
def test_a_unit_named_by_a_bare_number_keeps_it(nlp, text: str, unit: str) -> None:
    assert texts(recognise_entities(nlp(text))).get(unit) == "ArmedGroup"


def test_a_count_before_a_units_name_is_no_part_of_it(nlp) -> None:
    names = texts(recognise_entities(nlp("Some 200 Kaldean Brigade fighters crossed the river.")))
    assert "Kaldean Brigade" in names and not any(name.startswith("200") for name in names)


def test_a_dateline_town_in_capitals_before_a_named_region_and_a_dash_is_a_place(nlp) -> None:
    for text, town in (
        ("Filed by the desk\n\nLODWARI, Republic of Temmin — Soldiers patrolled the streets on Monday.", "LODWARI"),
        ("Filed by the desk\n\nKALO SABRI, Temmin — Soldiers patrolled the streets on Monday.", "KALO SABRI"),
    ):
        doc = recognise_entities(nlp(text))
        assert (town, "Place") in {(e.text, e._.frontline_kind) for e in doc.ents}


def test_a_name_runs_on_over_an_elided_french_particle(nlp) -> None:
    found = texts(recognise_entities(nlp("The rebels call themselves the Patriotic Movement of Côte d'Ivoire, or PMCI.")))
    assert "Patriotic Movement of Côte d'Ivoire" in found
    assert "Patriotic Movement of Côte" not in found



def test_the_port_of_a_town_after_a_seas_name_is_the_town(nlp) -> None:
    doc = nlp("Troops still hold Keren, the Red Sea port of Massawa and most of the towns.")
    doc.ents = [Span(doc, 6, 8, label="ORG"), Span(doc, 10, 11, label="GPE")]  # "Red Sea", "Massawa": the model's guesses
    result = found(recognise_entities(doc))
    assert not any(text.endswith("port") for text, _kind, _canon in result)


def test_a_name_described_by_who_is_a_persons(nlp) -> None:
    doc = nlp("On Wednesday Tarbo, who is both head of state and party chief, spoke. Tarbo's government fell.")
    doc.ents = [Span(doc, 2, 3, label="ORG"), Span(doc, 15, 16, label="ORG")]  # the model's guesses
    result = found(recognise_entities(doc))
    assert ("Tarbo", "Person", None) in result
    assert ("Tarbo", "Organization", None) not in result


def test_a_states_service_written_in_lower_case_is_one_name(nlp) -> None:
    doc = nlp("Iraqi jets caught the Kuwaiti air force on the ground. The South Vietnamese navy sailed.")
    doc.ents = [Span(doc, 0, 1, label="NORP"), Span(doc, 5, 6, label="NORP"), Span(doc, 13, 14, label="NORP")]
    result = found(recognise_entities(doc))
    assert ("Kuwaiti air force", "ArmedGroup", None) in result
    assert ("South Vietnamese navy", "ArmedGroup", None) in result


def test_a_persons_hyphened_syllable_belongs_to_the_name(nlp) -> None:
    # the model stops before the hyphen: "Chiang [Kai]-shek"
    doc = nlp("Later Kalden Ode-shek spoke.")
    doc.ents = [Span(doc, 1, 3, label="PER")]
    assert "Kalden Ode-shek" in texts(recognise_entities(doc))
    # ... and so does the rule for a name after a title
    assert "Kiro Tam-wei" in texts(recognise_entities(nlp("Later Colonel Kiro Tam-wei spoke.")))


def test_a_hyphened_modifier_is_no_part_of_a_persons_name(nlp) -> None:
    doc = nlp("Later the Ode Ambo-led faction attacked.")
    doc.ents = [Span(doc, 2, 4, label="PER")]
    assert "Ode Ambo-led" not in texts(recognise_entities(doc))


def test_the_garrison_of_a_name_is_a_towns(nlp) -> None:
    doc = nlp("Later the garrison of Kaldun was overwhelmed.")
    doc.ents = [Span(doc, 4, 5, label="PER")]
    assert ("Kaldun", "Place", None) in found(recognise_entities(doc))


def test_the_governor_of_a_name_governs_a_place(nlp) -> None:
    doc = nlp("Tomas Arkel, the former governor of Kaldun, spoke.")
    doc.ents = [Span(doc, 0, 2, label="PER"), Span(doc, 7, 8, label="PER")]
    assert ("Kaldun", "Place", None) in found(recognise_entities(doc))


def test_the_last_words_of_a_persons_full_name_are_that_person(nlp) -> None:
    # the model types the shortened name a body's
    doc = nlp("Later Ode Kiro al-Tarbi spoke. Then Kiro al-Tarbi left.")
    doc.ents = [Span(doc, 1, 6, label="PER"), Span(doc, 9, 13, label="ORG")]
    assert ("Kiro al-Tarbi", "Person", None) in found(recognise_entities(doc))


def test_a_name_with_an_apostrophe_inside_after_a_title(nlp) -> None:
    doc = recognise_entities(nlp("Later Prime Minister Kiro Tala'ulu was held."))
    assert ("Kiro Tala'ulu", "Person", None) in found(doc)


def test_a_name_between_two_role_nouns_is_no_person(nlp) -> None:
    # "chief Kaldor spokesman X": Kaldor is the body the spokesman speaks for
    doc = recognise_entities(nlp("Later chief Kaldor spokesman Ode Ambo spoke."))
    assert not any(e.text == "Kaldor" and e._.frontline_kind == "Person" for e in doc.ents)
    assert ("Ode Ambo", "Person", None) in found(doc)


def test_a_name_opening_on_jabal_is_a_place(nlp) -> None:
    doc = nlp("Residents of Jabal Tarbo said little.")
    doc.ents = [Span(doc, 2, 4, label="PER")]
    assert ("Jabal Tarbo", "Place", None) in found(recognise_entities(doc))


def test_given_names_before_an_arabic_article_belong_to_the_surname(nlp) -> None:
    # the model tags only the word after "al-"
    doc = nlp("The state that Kiro Ode al-Tarbi proclaimed fell.")
    doc.ents = [Span(doc, 7, 8, label="PER")]
    assert ("Kiro Ode al-Tarbi", "Person", None) in found(recognise_entities(doc))


def test_hyphened_initials_before_of_and_a_person_are_one_body(nlp) -> None:
    doc = recognise_entities(nlp("The larger movement, the KDF-FDK of Ode Ambo, signed a ceasefire."))
    assert any(e.text == "KDF-FDK" and e.label_ == "ORG" for e in doc.ents)


def test_an_active_verb_of_ground_makes_no_place_of_its_subject(nlp) -> None:
    # "had besieged" is the Tigers acting, not ground besieged
    assert ("Kalden Tigers", "Place", None) not in found(recognise_entities(nlp("The Kalden Tigers had besieged the fort for months.")))


def test_a_word_the_model_calls_a_person_is_the_region_named_with_it_elsewhere(nlp) -> None:
    doc = nlp("Fighting spread across Kalden province. Later the council took over Kalden.")
    doc.ents = [Span(doc, 3, 5, label="LOC"), Span(doc, 11, 12, label="PERSON")]  # the model's guesses
    assert [(e.text, e._.frontline_kind) for e in recognise_entities(doc).ents] == [("Kalden province", "Place"), ("Kalden", "Place")]


def test_a_name_joined_by_dia_is_one_name(nlp) -> None:
    doc = nlp("Ernest Wamba dia Wamba spoke.")
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 3, 4, label="PERSON")]  # the model's cut name
    assert texts(recognise_entities(doc)) == {"Ernest Wamba dia Wamba": "Person"}


def test_a_cartel_is_an_armed_group(nlp) -> None:
    assert ("Kalden Cartel", "ArmedGroup", None) in found(recognise_entities(nlp("Gunmen of the Kalden Cartel blocked the roads.")))


def test_an_arsenal_or_armoury_after_a_town_is_a_facility(nlp) -> None:
    assert ("Mukden arsenal", "Facility", None) in found(recognise_entities(nlp("By Saturday morning the Japanese had taken the Mukden arsenal.")))


def test_the_name_after_the_hamlet_of_is_a_place(nlp) -> None:
    doc = recognise_entities(nlp("Early in the offensive they took the hamlet of Zeleni Jadar, at the southern tip of the enclave."))
    assert ("Zeleni Jadar", "Place", None) in found(doc)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Thousands of families fled their homes in northern Mingoria last week.", "Mingoria"),
        ("The column was stopped near Wadi Kesh before dawn.", "Wadi Kesh"),
        ("Shells fell at Ras Tarbo and the port beside it.", "Ras Tarbo"),
    ],
)
def test_a_name_no_gazetteer_knows_after_in_near_or_at_is_a_place(nlp, text: str, place: str) -> None:
    assert (place, "Place", None) in found(recognise_entities(nlp(text)))


def test_a_model_person_after_at_is_a_place_unless_named_a_person_elsewhere(nlp) -> None:
    doc = nlp("Fighting raged at Es Kalden on Monday.")
    doc.ents = [Span(doc, 3, 5, label="PERSON")]  # the model's guess
    assert texts(recognise_entities(doc)) == {"Es Kalden": "Place"}
    doc = nlp("Omar Kalden spoke. Aid came from Kalden on Monday.")
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 6, 7, label="PERSON")]
    assert texts(recognise_entities(doc)) == {"Omar Kalden": "Person", "Kalden": "Person"}


@pytest.mark.parametrize(
    "text",
    [
        "The town has been in Kalden hands since March.",  # a name describing a noun
        "Refugees gathered at Kalden's camp in the hills.",  # an owner
        "They spoke in Arabic and in Kurdish to the crowd.",  # languages, peoples
        "Fighters crossed into Kalden-held ground overnight.",
    ],
)
def test_no_place_of_a_describing_or_owning_name_after_in_or_at(nlp, text: str) -> None:
    assert not any(kind == "Place" for _, kind, _ in found(recognise_entities(nlp(text))))


def test_every_name_after_its_own_the_in_a_list_of_ground_held_is_a_facility(nlp) -> None:
    doc = recognise_entities(nlp("By nightfall the troops held the Champ de Tarbo, the Arc de Ramadi and the old market."))
    assert {("Champ de Tarbo", "Facility", None), ("Arc de Ramadi", "Facility", None)} <= found(doc)


def test_the_name_a_force_occupies_is_a_place(nlp) -> None:
    doc = nlp("The Kalden Brigade still occupies Tarbo.")
    doc.ents = [Span(doc, 1, 3, label="ORG"), Span(doc, 5, 6, label="PERSON")]  # the model's guesses
    assert texts(recognise_entities(doc))["Tarbo"] == "Place"


def test_a_body_named_by_a_town_and_one_word_is_that_word_after_the(nlp) -> None:
    doc = nlp("Troops pushed the Ramadi Commune back. The Commune still holds two districts.")
    doc.ents = [Span(doc, 3, 5, label="ORG")]  # the model's name
    assert ("Commune", "Organization", "Ramadi Commune") in found(recognise_entities(doc))


def test_a_capitalised_stop_word_after_a_title_is_a_given_name(nlp) -> None:
    doc = nlp("The council is headed by Gen. Than Kalden.")
    doc.ents = [Span(doc, 5, 7, label="PERSON")]  # the model's name
    assert texts(recognise_entities(doc)) == {"Than Kalden": "Person"}


def test_an_empire_named_by_its_people_is_a_state(nlp) -> None:
    assert ("German Empire", "Country", "German Empire") in found(recognise_entities(nlp("The treaty handed the region to the new German Empire.")))


def test_the_name_a_state_cedes_is_a_place(nlp) -> None:
    assert ("Alsace", "Place", None) in found(recognise_entities(nlp("The treaty ceded Alsace to the new German Empire.")))


def test_a_name_before_complex_is_a_facility(nlp) -> None:
    assert ("Kalden complex", "Facility", None) in found(recognise_entities(nlp("They stormed the Kalden complex at dawn.")))


def test_a_speaker_set_off_after_a_clause_is_no_apposition_of_the_name_before(nlp) -> None:
    doc = recognise_entities(nlp("Kalden fighters shelled outlying districts of Tarbo, the army said."))
    assert ("Tarbo", "ArmedGroup", None) not in found(doc)


def test_a_name_set_off_by_led_by_is_a_bodys(nlp) -> None:
    doc = recognise_entities(nlp("The Sunni Kaldeboun, led by Kalid Omar, fought beside the army."))
    assert ("Kaldeboun", "Organization", None) in found(doc)


def test_a_name_before_islands_is_a_place(nlp) -> None:
    assert ("Kalden Islands", "Place", None) in found(recognise_entities(nlp("The Nationalists evacuated the Kalden Islands in February.")))


def test_a_peer_is_called_by_his_title_and_one_name(nlp) -> None:
    doc = recognise_entities(nlp("Lord Dastin, who chairs the peace conference, met the envoys. The army of General Lord Kalden marched."))
    assert {("Lord Dastin", "Person", None), ("Lord Kalden", "Person", None)} <= found(doc)
    # a given name and a surname after the title are the man's name without it
    assert ("Omar Dastin", "Person", None) in found(recognise_entities(nlp("Admiral Lord Omar Dastin arrived on Tuesday.")))


def test_a_portuguese_name_joined_by_e_is_one_name(nlp) -> None:
    doc = recognise_entities(nlp("The governor-general, Major General Manuel Dastin Vassalo e Silva, signed the surrender."))
    assert ("Manuel Dastin Vassalo e Silva", "Person", None) in found(doc)


def test_a_region_whose_rebels_are_named_stays_a_place(nlp) -> None:
    doc = recognise_entities(nlp("Kalduria rebels reach Omdurman\n\nRebels from Kalduria fought their way into Omdurman on Saturday."))
    assert ("Kalduria", "ArmedGroup", None) not in found(doc)


def test_a_name_described_as_a_gang_alliance_is_an_armed_group(nlp) -> None:
    doc = recognise_entities(nlp("The assault was the work of Kalo Dastin, the gang alliance that already dominates most of the capital."))
    assert ("Kalo Dastin", "ArmedGroup", None) in found(doc)


def test_a_civil_war_sides_troops_are_its_army(nlp) -> None:
    doc = recognise_entities(nlp("Changchun, which a Nationalist garrison had held for five months, fell. Republican forces retook Teruel."))
    assert {("Nationalist garrison", "ArmedGroup", "Nationalist army"), ("Republican forces", "ArmedGroup", "Republican army")} <= found(doc)


def test_lower_case_particles_inside_a_persons_name(nlp) -> None:
    text = (
        "The talks were chaired by Kaldea's president, Omar arap Dastin. "
        "Both brigades answer to General Kurt von der Zorbe, who commands the northern troops."
    )
    result = found(recognise_entities(nlp(text)))
    assert ("Omar arap Dastin", "Person", None) in result
    assert ("Kurt von der Zorbe", "Person", None) in result



def test_two_places_joined_by_and_are_two_names(nlp) -> None:
    text = (
        "Fighters have held the Freeport of Kaldun and Dastin Island since July. Gangs hunt in Marvesh and Fort Zorbe. "
        "The army took Fort Yujra and Fort Tanque. He flew to Bosnia and Herzegovina."
    )
    result = found(recognise_entities(nlp(text)))
    names = {name for name, _kind, _canonical in result}
    assert {"Dastin Island", "Fort Zorbe", "Fort Yujra", "Fort Tanque", "Bosnia and Herzegovina"} <= names
    assert ("Freeport of Kaldun", "Facility", None) in result
    assert not any(" and " in name for name in names - {"Bosnia and Herzegovina"})



def test_a_bodys_name_opening_with_a_peoples_word_is_the_bodys(nlp) -> None:
    doc = recognise_entities(nlp("Among the defenders were members of Russian National Unity, a paramilitary movement led by Ivo Tarba."))
    assert texts(doc).get("Russian National Unity") == "ArmedGroup"
    # (a people's word before a title stays the people's)
    doc = recognise_entities(nlp("Syrian President Bashar al-Assad, a former doctor, spoke on Sunday."))
    assert texts(doc).get("Syrian") == "Country"


def test_a_facility_at_a_town_the_model_calls_a_location_is_that_towns(nlp) -> None:
    doc = recognise_entities(nlp("By midday northern soldiers held Aden's international airport in Khormaksar, the port at Tawahi and the refinery."))
    assert "Tawahi port" in {e._.frontline_canonical for e in doc.ents if e._.frontline_kind == "Facility"}


def test_a_lone_name_before_group_is_a_group(nlp) -> None:
    doc = recognise_entities(nlp("Yevgeny Prigozhin, the head of the Wagner group, praised the coup."))
    assert ("Wagner", "ArmedGroup", None) in found(doc)


def test_a_movements_branch_named_for_its_region_is_a_group_of_its_own(nlp) -> None:
    doc = recognise_entities(nlp("French troops fought the Islamic State in the Sahel near Menaka."))
    assert ("Islamic State in the Sahel", "ArmedGroup", None) in found(doc)
    # (a country after "in" is where the movement is: "struck Islamic State in Iraq")
    doc = recognise_entities(nlp("The coalition has struck Islamic State in Iraq since August."))
    assert not {e for e in found(doc) if e[0].endswith("in Iraq")}


def test_an_acronym_may_skip_or_spell_al_and_in(nlp) -> None:
    doc = recognise_entities(nlp("Officials blamed al-Qaeda in the Arabian Peninsula. They said AQAP fighters had left."))
    assert ("AQAP", "ArmedGroup", "al-Qaeda in the Arabian Peninsula") in found(doc)



def test_names_a_force_falls_back_to_or_a_list_described_as_villages_are_places(nlp) -> None:
    doc = nlp("The troops pulled back to Tarvosk and Ilmeny, villages near the airfield. The rest fell back to Borvinka.")
    model_labels = {"Tarvosk": "ORG", "Borvinka": "PERSON"}
    doc.ents = [Span(doc, t.i, t.i + 1, label=model_labels[t.text]) for t in doc if t.text in model_labels]
    result = texts(recognise_entities(doc))
    assert result["Tarvosk"] == result["Ilmeny"] == result["Borvinka"] == "Place"


def test_a_lone_name_before_a_plural_place_noun_is_no_list(nlp) -> None:
    doc = nlp("Relief workers thanked Kalden, towns and villages alike, for the aid.")
    doc.ents = [Span(doc, 3, 4, label="PERSON")]
    assert texts(recognise_entities(doc))["Kalden"] == "Person"


def test_new_before_a_land_names_another_land(nlp) -> None:
    # "New France", "New England", "New Guinea": not France, England or Guinea
    kinds = texts(recognise_entities(nlp("Troops of New France attacked the fort, and men from New Guinea held the pass.")))
    assert kinds.get("New France") == "Place" and kinds.get("New Guinea") == "Place"
    assert "France" not in kinds and "Guinea" not in kinds


def test_north_and_south_america_are_continents(nlp) -> None:
    # (a compass word before a country's name names a divided state, "North Vietnam";
    # "America" alone is the United States, "North America" a continent)
    assert ("North America", "Place", None) in found(recognise_entities(nlp("Volunteers came from North America and Europe.")))
    assert ("North Vietnam", "Country", "North Vietnam") in found(recognise_entities(nlp("Volunteers came from North Vietnam.")))


def test_a_landmark_named_for_its_owner_is_one_place(nlp) -> None:
    # "Breed's Hill" is one hill (the model read "Breed" and "Hill" as two places);
    # "Kenya's Rift Valley" is a country's valley
    kinds = texts(recognise_entities(nlp("The rebels dug in on Breed's Hill, closer to the town. Kenya's Rift Valley was quiet.")))
    assert kinds.get("Breed's Hill") == "Place" and "Breed" not in kinds
    assert kinds.get("Kenya") == "Country"


def test_a_name_run_through_of_into_a_country_that_owns_the_next_name_ends_before_of(nlp) -> None:
    # "the Quds Force of Iran's Revolutionary Guards": the force, and the Guards Iran owns
    kinds = texts(recognise_entities(nlp("He commands the Arrow Force of Kenya's Republican Guard in the north.")))
    assert kinds.get("Arrow Force") == "ArmedGroup" and kinds.get("Republican Guard") == "ArmedGroup"
    assert "Arrow Force of Kenya" not in kinds
    # (a name whose country owns a lower-case noun keeps its "of": "the Arrow Force of Kenya's commander")
    assert "Arrow Force of Kenya" in texts(recognise_entities(nlp("He met the Arrow Force of Kenya's commander in the north.")))


def test_the_confederate_states_are_a_former_state_named_by_their_demonym(nlp) -> None:
    # a state of a past war, like the Ottoman Empire: its names and its adjective
    found_kinds = found(recognise_entities(nlp("Confederate envoys reached London, and the Confederacy asked for recognition.")))
    assert ("Confederate", "Country", "Confederate States") in found_kinds
    assert ("Confederacy", "Country", "Confederate States") in found_kinds



def test_a_body_better_known_as_a_name_is_that_name(nlp) -> None:
    # "The group, which ..., is better known as X", "the sect is known as X": a body, no person
    for text in (
        "The group, which was founded in 2002, is better known as Dorlane Haram across the north.",
        "The sect is known as Dorlane Haram.",
    ):
        assert texts(recognise_entities(nlp(text))).get("Dorlane Haram") == "Organization"
    # (the name goes on past "of": "the Sons of Kalden", not "Sons")
    assert "Sons of Kalden" in texts(recognise_entities(nlp("Villagers fled from a militia known as the Sons of Kalden last year.")))


def test_a_field_of_study_after_of_is_no_leaders_name(nlp) -> None:
    # "the Velmora Academy of Military Science": one body, not the academy and a man
    doc = recognise_entities(nlp("He studies sieges at the Velmora Academy of Military Science in Tarin."))
    assert texts(doc).get("Velmora Academy of Military Science") == "Organization"
    assert "Military Science" not in texts(doc)


def test_a_unit_named_by_its_letter_is_one_name_apart_from_its_battalion(nlp) -> None:
    # "D Company of the 6th Battalion": the company by its letter (the model drops it, or
    # takes "A" for the article), not one name with the battalion
    kinds = texts(recognise_entities(nlp("On Thursday D Company of the 6th Battalion was cut off, and A Company went in.")))
    assert kinds.get("D Company") == "ArmedGroup" and kinds.get("A Company") == "ArmedGroup"
    assert kinds.get("6th Battalion") == "ArmedGroup"


def test_a_capital_written_with_an_accent_geonames_lacks_is_a_place(nlp) -> None:
    # GeoNames spells it "Male"; a pseudonym folded the same way ("Ramón") stays no town
    doc = recognise_entities(nlp("The gunmen came ashore off Malé, and the paratroopers crossed to Malé in boats."))
    assert [e.text for e in doc.ents if e._.frontline_kind == "Place"] == ["Malé", "Malé"]
    assert "Ramón" not in texts(recognise_entities(nlp("The guerrillas were led by a man known only as Ramón.")))


def test_a_titled_name_with_a_surname_particle_is_a_person(nlp) -> None:
    # "Fleet" heads a navy's name, but after "Van" in a titled name it is a surname
    doc = recognise_entities(nlp("Lt. Gen. Tomas Van Fleet took over the Kenyan army on Monday."))
    assert texts(doc).get("Tomas Van Fleet") == "Person"



def test_the_models_person_before_who_outvotes_its_body_guesses_elsewhere(nlp) -> None:
    # the model calls the man a body twice and a person once, before ", who": a person
    doc = nlp("Kesh's army seized the town. States arm Kesh. Kesh, who built his base in the east, denied it.")
    doc.ents = [Span(doc, 0, 1, label="ORG"), Span(doc, 9, 10, label="ORG"), Span(doc, 11, 12, label="PERSON")]
    assert {(text, kind) for text, kind, _canonical in found(recognise_entities(doc))} == {("Kesh", "Person")}


def test_a_place_run_on_by_the_into_a_body_after_in_is_split(nlp) -> None:
    doc = recognise_entities(nlp("In Kismayo the Kalden Front, a coalition of clan militias, took up arms."))
    assert ("Kalden Front", "ArmedGroup", None) in found(doc)
    assert ("Kismayo", "Place") in {(e.text, e._.frontline_kind) for e in doc.ents}


def test_a_dateline_town_with_its_other_name_in_brackets_is_one_place(nlp) -> None:
    text = "Filed by the desk\n\nVALDORA (ALTBURG), Temmin — Soldiers held Valdora on Monday as the Ostmark Legion pulled out."
    doc = recognise_entities(nlp(text))
    found = {(e.text, e._.frontline_kind, e._.frontline_canonical) for e in doc.ents}
    # (the other name stands for the same town: one node)
    assert {("VALDORA", "Place", None), ("ALTBURG", "Place", "Valdora")} <= found


@pytest.mark.parametrize("noun", ["settlement", "municipality"])
def test_a_name_set_beside_a_settlement_or_municipality_is_a_place(nlp, noun: str) -> None:
    doc = nlp(f"Gunmen stormed Tarkel on Monday. They burned houses in Tarkel and in Dalo Tarkel, a fishing {noun} nearby.")
    # the model reads all three names as people's, as it did in one wire story
    doc.ents = [Span(doc, 2, 3, label="PER"), Span(doc, 10, 11, label="PER"), Span(doc, 13, 15, label="PER")]
    assert ("Dalo Tarkel", "Place", None) in found(recognise_entities(doc))


def test_a_name_owning_a_government_is_its_rulers_not_a_towns(nlp) -> None:
    # as the model read a Mexican story: the president's name taken for the town named after him
    doc = nlp("The rebels have been at war with Dario Velasco's government since 1914.")
    doc.ents = [Span(doc, 7, 9, label="GPE")]
    assert ("Dario Velasco", "Person", None) in found(recognise_entities(doc))
    for text in ("Rebels have fought Addis Ababa's government for years.", "Northern Ireland's government resigned."):
        assert not any(kind == "Person" for _text, kind, _canon in found(recognise_entities(nlp(text))))


def test_a_sea_named_by_its_adjective_alone_is_a_place(nlp) -> None:
    doc = nlp("A frigate in the Mediterranean fired on the coast.")
    doc.ents = [Span(doc, 4, 5, label="ORG")]  # the model's reading of the sea
    assert ("Mediterranean", "Place", None) in found(recognise_entities(doc))
    assert not any(text == "Atlantic" for text, _kind, _canon in found(recognise_entities(nlp("The Atlantic Charter was signed in August."))))


@pytest.mark.parametrize(
    ("text", "start", "end", "name"),
    [
        ("Asha Kerr, a researcher at the Horn Security Dialogue in Nairobi, disagreed.", 6, 9, "Horn Security Dialogue"),
        ("Asha Kerr, a researcher at the Centro de Estudios Andinos in Lima, disagreed.", 6, 10, "Centro de Estudios Andinos"),
    ],
)
def test_a_research_body_is_an_organisation_whatever_its_heads_language(nlp, text: str, start: int, end: int, name: str) -> None:
    doc = nlp(text)
    doc.ents = [Span(doc, start, end, label="LOC")]  # the model's reading of the body as a place
    assert (name, "Organization", None) in found(recognise_entities(doc))


@pytest.mark.parametrize(
    ("text", "start", "end", "label"),
    [
        ('"It will pass," said Asha Kerr, of the Horn Policy Centre.', 7, 9, "ORG"),
        ('"It will pass," said Asha Kerr, a political scientist at the Horn Policy Centre.', 7, 9, "GPE"),
    ],
)
def test_a_speaker_set_off_before_her_body_is_a_person(nlp, text: str, start: int, end: int, label: str) -> None:
    doc = nlp(text)
    doc.ents = [Span(doc, start, end, label=label)]  # the model's misreading of the speaker
    assert ("Asha Kerr", "Person", None) in found(recognise_entities(doc))


def test_a_name_paired_with_a_person_after_a_plural_noun_for_men_is_a_person(nlp) -> None:
    doc = nlp("Among the leaders were two young lieutenants trained abroad, Tomas Arkel and Kiro Dastin Tala.")
    doc.ents = [Span(doc, 10, 12, label="PER"), Span(doc, 13, 16, label="ORG")]  # the model's reading
    assert ("Kiro Dastin Tala", "Person", None) in found(recognise_entities(doc))
    doc = nlp("The government named two new ministers, Tomas Arkel and the Kalden Front.")
    assert not any(text == "Kalden Front" and kind == "Person" for text, kind, _c in found(recognise_entities(doc)))
