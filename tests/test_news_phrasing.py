"""Phrasings of wire news about wars, read with the bundled pipeline end to end.

Each case is one or two invented sentences (invented actors and places, real
countries) and the facts, or claims, frontline must take from them. These run the
statistical parser, so they check the rules together with the parses they get.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from frontline.articles import read_articles
from frontline.extract.pipeline import load_pipeline
from frontline.extract.records import RelationMention


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline().nlp


def relations(nlp, text: str) -> list[RelationMention]:
    return list(nlp(text)._.frontline_relations)


def actor(mention) -> str:
    # "positions of the Front" stand for the Front (resolution makes them one node)
    return mention.commander or mention.name


def facts(nlp, text: str) -> set[tuple[str, str, str]]:
    return {(actor(r.subject), r.predicate, actor(r.object)) for r in relations(nlp, text) if r.is_fact}


def test_a_countrys_troops_are_its_national_army(nlp) -> None:
    found = facts(nlp, "Sudanese troops recaptured the town of Kalden from the Northern Front on Friday.")
    assert ("Sudanese army", "controls", "Kalden") in found
    assert ("Sudanese army", "fights", "Northern Front") in found  # taken "from" someone: a fight


def test_the_army_is_the_army_the_article_named(nlp) -> None:
    text = (
        "Sudan's army said it had repelled an attack on Kalden. "
        "Later the army shelled the positions of the Northern Front near the town."
    )
    assert ("Sudanese army", "fights", "Northern Front") in facts(nlp, text)


def test_government_forces_are_the_main_countrys_army(nlp) -> None:
    text = (
        "Somalia has struggled for years against the Northern Front. "
        "On Monday government forces seized the village of Tarbo from the Northern Front."
    )
    found = facts(nlp, text)
    assert ("Somali army", "controls", "Tarbo") in found


def test_two_coordinated_armies(nlp) -> None:
    found = facts(nlp, "Rwandan and Mozambican troops retook the port town of Kalden from the Northern Front.")
    assert {("Rwandan army", "controls", "Kalden"), ("Mozambican army", "controls", "Kalden")} <= found


def test_the_paramilitary_group_is_the_group_the_article_is_about(nlp) -> None:
    text = (
        "The Northern Front has besieged Kalden since May. "
        "Residents said the Front shelled the market on Tuesday. "
        "The Kalden Brigade said its soldiers held the airport. "
        "Food is scarce. "
        "Over the past year the paramilitary group has captured Tarbo, Ulen and Mesra."
    )
    found = facts(nlp, text)
    assert {("Northern Front", "controls", place) for place in ("Tarbo", "Ulen", "Mesra")} <= found


def test_under_control_and_in_the_hands_of(nlp) -> None:
    found = facts(nlp, "By now the town of Tarbo is under Northern Front control. The city of Ulen remains in the hands of the Kalden Brigade.")
    assert ("Northern Front", "controls", "Tarbo") in found
    assert ("Kalden Brigade", "controls", "Ulen") in found


def test_an_accusation_is_a_claim_not_a_fact(nlp) -> None:
    found = relations(nlp, "Egypt and Chad accuse Iran of supplying the Northern Front with drones.")
    backing = [r for r in found if r.predicate == "backs"]
    assert [(r.subject.name, r.object.name) for r in backing] == [("Iran", "Northern Front")]
    assert not backing[0].is_fact and backing[0].attributed_to == "Egypt"


def test_a_head_of_state_leads_the_country(nlp) -> None:
    found = facts(nlp, "Turkish President Ahmet Karadag said Ankara would send drones.")
    assert ("Ahmet Karadag", "leads", "Turkey") in found


def test_an_indefinite_commander_is_a_member(nlp) -> None:
    found = facts(nlp, "Col. Amadou Sissoko, a Northern Front commander in the area, spoke to reporters.")
    assert ("Amadou Sissoko", "memberOf", "Northern Front") in found
    assert ("Amadou Sissoko", "leads", "Northern Front") not in found


def test_places_listed_before_in(nlp) -> None:
    found = facts(nlp, "The army retook the towns of Tarbo and Ulen in Kalden province last week.")
    assert {("Tarbo", "locatedIn", "Kalden province"), ("Ulen", "locatedIn", "Kalden province")} <= found


def test_a_sentence_does_not_end_inside_a_name(nlp) -> None:
    doc = nlp("The movement, whose leader, Gibran Halloumi, also serves as finance minister, signed the deal.")
    assert len(list(doc.sents)) == 1


def test_no_sentence_opens_on_a_small_letter_after_dotted_initials(nlp) -> None:
    # the parser split "U.S. | air strikes" in one long article, never alone: the
    # line-break component must forbid the start, not leave it to the parser
    doc = nlp.get_pipe("frontline_line_breaks")(nlp.make_doc("Kaldean troops called in U.S. air strikes. They held Temmin."))
    after_initials = next(t for t in doc if t.text == "air")
    assert after_initials.is_sent_start is False
    assert next(t for t in doc if t.text == "They").is_sent_start is not False


def test_the_government_is_the_main_countrys_government(nlp) -> None:
    text = "Yemen's war began in 2014. The Northern Front backs the internationally recognised government."
    assert ("Northern Front", "backs", "Yemeni government") in facts(nlp, text)


def test_kept_in_power_is_backing(nlp) -> None:
    found = facts(nlp, "Russia and Iran had kept the Kalden Council in power for a decade.")
    assert {("Russia", "backs", "Kalden Council"), ("Iran", "backs", "Kalden Council")} <= found


def test_a_participle_clause_takes_the_sentence_subject(nlp) -> None:
    text = "The Northern Front advanced across the plain, capturing the town of Tarbo in May, as well as the towns of Ulen and Mesra."
    found = facts(nlp, text)
    assert {("Northern Front", "controls", p) for p in ("Tarbo", "Ulen", "Mesra")} <= found


def test_a_name_inside_an_apposition_is_not_the_subject(nlp) -> None:
    text = "The Northern Front, armed with drones bought from Egypt, advanced across the plain, capturing the town of Tarbo."
    found = facts(nlp, text)
    assert ("Egypt", "controls", "Tarbo") not in found


def test_an_accusation_denied_in_the_same_sentence_stays_a_claim(nlp) -> None:
    text = "The Northern Front seized Tarbo. The army has long accused Egypt of arming the paramilitary group, a charge Cairo denies."
    assert not any(p == "backs" for _s, p, _o in facts(nlp, text))


def test_a_subject_with_a_participle_apposition(nlp) -> None:
    text = "Eritrean forces, sent by President Tesfa Haile, fought alongside the Kalden Brigade in the north."
    assert ("Eritrean army", "backs", "Kalden Brigade") in facts(nlp, text)


def test_a_countrys_group_is_the_group(nlp) -> None:
    text = "Syria's war began in 2011. Russia, Iran and Lebanon's Hezbollah had kept the government in power."
    assert {("Russia", "backs", "Syrian government"), ("Hezbollah", "backs", "Syrian government")} <= facts(nlp, text)


def test_government_forces_are_no_government(nlp) -> None:
    text = "Somalia has fought the Northern Front for years. Government forces retook the town of Tarbo."
    found = facts(nlp, text)
    assert ("Somali army", "controls", "Tarbo") in found
    assert not any(s == "Somali government" for s, _p, _o in found)


def test_two_sides_that_clashed(nlp) -> None:
    found = facts(nlp, "The Northern Front and the Kalden Brigade clashed near the town of Tarbo on Monday.")
    assert ("Northern Front", "fights", "Kalden Brigade") in found


def test_an_ally_in_apposition_backs(nlp) -> None:
    assert ("Chad", "backs", "Kalden Brigade") in facts(nlp, "Chad, a close ally of the Kalden Brigade, sent troops.")


def test_driving_a_group_out_is_fighting_it(nlp) -> None:
    found = facts(nlp, "The Kalden Brigade, backed by Egypt, drove the Northern Front out of Mesra.")
    assert {("Kalden Brigade", "fights", "Northern Front"), ("Egypt", "backs", "Kalden Brigade")} <= found


def test_allied_with_claimed_attacks_and_offshoots(nlp) -> None:
    context = "Mali has been at war for a decade. "
    assert ("Northern Front", "backs", "Kalden Brigade") in facts(nlp, context + "The Northern Front, which is allied with the Kalden Brigade, controls the north.")
    assert ("Northern Front", "fights", "Malian army") in facts(nlp, context + "The Northern Front claimed responsibility for the attack on the Malian army convoy.")
    assert ("Kalden Brigade", "partOf", "Northern Front") in facts(nlp, context + "The Kalden Brigade is an offshoot of the Northern Front.")
    assert ("Northern Front", "fights", "Malian army") in facts(nlp, context + "Fighting between the Northern Front and government troops killed dozens near Gao.")


def test_support_as_the_purpose_of_a_negated_act_is_negated(nlp) -> None:
    found = relations(nlp, "Mali has been at war for a decade. Egypt did not send troops to support the Kalden Brigade.")
    assert [r.is_fact for r in found if r.predicate == "backs"] == [False]


def test_a_suspicion_is_no_fact(nlp) -> None:
    found = relations(nlp, "Mali has been at war for a decade. Iran is believed to have armed the Northern Front.")
    assert [r.is_fact for r in found if r.predicate == "backs"] == [False]


def test_joining_an_offensive_against_a_group(nlp) -> None:
    text = "Mali has been at war for a decade. Chadian troops joined the offensive against the Northern Front."
    assert ("Chadian army", "fights", "Northern Front") in facts(nlp, text)


def test_a_capital_under_attack_stays_a_place(nlp) -> None:
    text = "The Kalden Brigade joined the offensive on Tripoli. Libya's war began in 2014."
    found = facts(nlp, text)
    assert not any(o == "Libya" for _s, p, o in found if p == "fights")


def test_part_member_and_location_phrasings(nlp) -> None:
    context = "Mali has been at war for a decade. The Northern Front is an armed group. "
    assert ("Kalden Brigade", "partOf", "Northern Front") in facts(nlp, context + "The Kalden Brigade is part of the Northern Front coalition.")
    assert ("Northern Front", "memberOf", "Permanent Strategic Framework") in facts(
        nlp, context + "The Northern Front is a member of the Permanent Strategic Framework.")
    assert ("Kidal", "locatedIn", "Mali") in facts(nlp, context + "Kidal is located in northeastern Mali, near the border.")


def test_fighting_side_by_side_is_no_fight(nlp) -> None:
    found = facts(nlp, "Mali has been at war for a decade. The Kalden Brigade and the Malian army have fought side by side since 2021.")
    assert ("Kalden Brigade", "backs", "Malian army") in found
    assert not any(p == "fights" for _s, p, _o in found)


def test_operations_against_a_pronoun_on_a_conjoined_verb(nlp) -> None:
    # the tagger calls "regards" a noun; the conjoined verb still has Ankara as subject
    text = (
        "Ankara regards the Kalden Brigade as a terrorist organisation and has carried "
        "out repeated operations against it since 2016."
    )
    assert ("Turkey", "fights", "Kalden Brigade") in facts(nlp, text)


def test_an_insurgency_against_a_government_is_a_fight(nlp) -> None:
    text = "The Northern Front, which has been waging an insurgency against Somalia's government for years, denied it."
    assert ("Northern Front", "fights", "Somali government") in facts(nlp, text)


def test_answering_with_attacks_on_a_country(nlp) -> None:
    found = facts(nlp, "The Kalden Brigade has answered the air campaign with drone attacks on Saudi Arabia.")
    assert ("Kalden Brigade", "fights", "Saudi Arabia") in found


def test_a_peoples_militia_named_as_a_common_noun(nlp) -> None:
    # "Zorbi" opens the sentence (tagged a common noun) but the article writes it as a name
    text = (
        "Zorbi militias, which clashed with Tigrayan fighters early in the war, hold the west. "
        "Officials said Zorbi leaders disagree."
    )
    assert ("Zorbi forces", "fights", "Tigrayan forces") in facts(nlp, text)


def test_unnamed_speakers_are_not_the_last_name(nlp) -> None:
    text = (
        "Russian peacekeepers will patrol the line. "
        "A day later, local officials admitted they had lost Kalden."
    )
    assert not any(p == "controls" for _s, p, _o in facts(nlp, text))


def test_the_town_of_x_that_someone_was_driven_out_of(nlp) -> None:
    text = (
        "Kalden has been quiet. Fighters patrolled Tarbo on Tuesday, while Turkish-backed factions "
        "said they had driven the Zorbi Brigade out of the town of Mesra."
    )
    found = {(s, p, o) for r in relations(nlp, text) for s, p, o in [(actor(r.subject), r.predicate, actor(r.object))]}
    assert ("Zorbi Brigade", "controls", "Mesra") in found
    assert not any(o in {"Kalden", "Tarbo"} for s, p, o in found if p == "controls")


def test_a_place_taken_is_what_it_stands_for(nlp) -> None:
    text = (
        "The town of Mesra sits on a cliff above the valley. "
        "Sudanese troops approached the town through the gorges and took it after days of fighting."
    )
    assert ("Sudanese army", "controls", "Mesra") in facts(nlp, text)


def test_an_agency_in_a_dateline_is_no_actor(nlp) -> None:
    text = "KALDEN, Dec 10 (AFP) - The Northern Front drove the Zorbi Brigade out of Mesra on Tuesday."
    found = facts(nlp, text)
    assert ("Northern Front", "fights", "Zorbi Brigade") in found
    assert not any("AFP" in (s, o) for s, _p, o in found)


def test_a_country_researcher_is_no_member_of_its_government(nlp) -> None:
    text = "\"It is over,\" said Ada Kerr, a Sudan researcher at the Horn Policy Institute."
    found = facts(nlp, text)
    assert ("Ada Kerr", "memberOf", "Horn Policy Institute") in found
    assert not any(p == "memberOf" and "Sudan" in o for _s, p, o in found)


def test_a_campaign_against_remnants_hung_on_the_verb(nlp) -> None:
    # the parser attaches "against ..." to "backs"; it still says whom the campaign is against
    text = "The United States, which backs the Kalden Brigade in its campaign against the remnants of the Northern Front, has troops there."
    found = facts(nlp, text)
    assert ("United States", "backs", "Kalden Brigade") in found
    assert ("Kalden Brigade", "fights", "Northern Front") in found


def test_a_peoples_force_with_adjectives_between(nlp) -> None:
    text = "Zorbi regional special forces, which clashed with Tigrayan fighters, control the town of Mesra. Officials said Zorbi leaders agree."
    found = facts(nlp, text)
    assert ("Zorbi forces", "controls", "Mesra") in found


def test_arms_bought_from_or_supplied_by_a_country(nlp) -> None:
    bought = facts(nlp, "Sudan's army, equipped with drones and munitions bought from Israel, advanced across the south.")
    assert ("Israel", "backs", "Sudanese army") in bought
    supplied = facts(nlp, "The Northern Front has used drones supplied by Iran in the assault.")
    assert ("Iran", "backs", "Northern Front") in supplied


def test_a_described_force_is_its_named_apposition(nlp) -> None:
    text = (
        "A separate force from the African Union, the Kalden Support Mission, "
        "has started deploying to support the Mozambican army."
    )
    found = facts(nlp, text)
    assert ("Kalden Support Mission", "backs", "Mozambican army") in found


def test_a_place_fallen_with_an_apposition_between(nlp) -> None:
    text = "Two officials acknowledged that the Kalden area, north-west of the city, had fallen to the Northern Front last week."
    assert ("Northern Front", "controls", "Kalden area") in facts(nlp, text)


def test_holding_a_countrys_capital_named_in_apposition(nlp) -> None:
    found = facts(nlp, "The Northern Front, which holds Yemen's capital, Sanaa, renewed its push.")
    assert ("Northern Front", "controls", "Sanaa") in found
    assert ("Sanaa", "locatedIn", "Yemen") in found


def test_answering_with_a_stream_of_attacks(nlp) -> None:
    text = "The Northern Front has answered the air campaign with a stream of cross-border drone and missile attacks on Saudi Arabia."
    assert ("Northern Front", "fights", "Saudi Arabia") in facts(nlp, text)


def test_a_clause_on_the_last_of_a_list_is_about_that_one(nlp) -> None:
    text = "Its loss would be a blow to President Ode Ambo and to the Kalden Brigade that has been fighting the Northern Front since 2015."
    found = facts(nlp, text)
    assert ("Kalden Brigade", "fights", "Northern Front") in found
    assert ("Ode Ambo", "fights", "Northern Front") not in found


def test_an_offensive_on_a_city_is_no_fight_with_it(nlp) -> None:
    found = facts(nlp, "The Northern Front pressed its offensive on the city of Kalden on Monday.")
    assert not any(p == "fights" and o == "Kalden" for _s, p, o in found)


def test_rebels_backed_by_a_country_are_the_subject(nlp) -> None:
    # the parser can make the agent of "backed by" the subject of "took"
    text = "KALDEN, Turkey — Syrian rebels backed by Turkey took control of the town of Mesra on Sunday, ending an offensive against the Zorbi Brigade."
    found = facts(nlp, text)
    assert ("Syrian rebels", "controls", "Mesra") in found
    assert ("Turkey", "controls", "Mesra") not in found
    assert ("Turkey", "backs", "Syrian rebels") in found


def test_the_rebels_are_the_rebels_named_before(nlp) -> None:
    text = (
        "Syrian rebels backed by Turkey entered Mesra on Sunday after weeks of fighting with the Zorbi Brigade. "
        "The Zorbi Brigade had held the area since 2012. "
        "The rebels captured Tarbo and Ulen earlier this month."
    )
    found = facts(nlp, text)
    assert ("Syrian rebels", "controls", "Tarbo") in found
    assert ("Zorbi Brigade", "controls", "Tarbo") not in found


def test_army_control_and_army_hands_name_the_articles_army(nlp) -> None:
    lead = "The war in Sudan began in April. "
    found = facts(nlp, lead + "The towns of Kosti and Rabak remain under army control.")
    assert {("Sudanese army", "controls", "Kosti"), ("Sudanese army", "controls", "Rabak")} <= found
    found = facts(nlp, lead + "The troops pulled back to the army-held towns of Kosti and Rabak.")
    assert {("Sudanese army", "controls", "Kosti"), ("Sudanese army", "controls", "Rabak")} <= found


def test_fighting_broke_out_between(nlp) -> None:
    text = "The war in Sudan began in April. Fighting broke out between the army and the Northern Front in the capital."
    assert ("Sudanese army", "fights", "Northern Front") in facts(nlp, text)


def test_the_coalitions_spokesman_after_a_title(nlp) -> None:
    text = (
        "The Saudi-led coalition launched an offensive on Monday. "
        "Col. Ode Ambo, the coalition's spokesman, said the operation would free the port."
    )
    found = facts(nlp, text)
    assert ("Ode Ambo", "spokespersonFor", "Saudi-led coalition") in found
    assert not any(s == "Col." or o == "Col." for s, _p, o in found)


def test_troops_sent_to_help_are_the_senders(nlp) -> None:
    text = "Rwanda, which has sent troops to help the Northern Front, condemned the raid."
    assert ("Rwanda", "backs", "Northern Front") in facts(nlp, text)


def test_the_centre_of_a_city_is_the_city(nlp) -> None:
    found = facts(nlp, "The Northern Front still controls the centre of Kalden.")
    assert ("Northern Front", "controls", "Kalden") in found


def test_a_force_trained_and_paid_by_a_people_is_backed_by_its_state(nlp) -> None:
    text = "The Zorbi Brigade, a force of fighters recruited in the south and trained and paid by the Emiratis, led the assault."
    assert ("United Arab Emirates", "backs", "Zorbi Brigade") in facts(nlp, text)


def test_giving_help_is_backing(nlp) -> None:
    found = facts(nlp, "The United States, which gives the Northern Front intelligence, stayed out of the fight.")
    assert ("United States", "backs", "Northern Front") in found
    lead = "The war in Sudan began in April. "
    assert ("Sudanese army", "backs", "Zorbi Brigade") in facts(nlp, lead + "The army handed rifles to the Zorbi Brigade.")
    # handing over a town is no help
    assert not any(p == "backs" for _s, p, _o in facts(nlp, lead + "The army handed over the town to the Zorbi Brigade."))


def test_firing_on_positions_is_fighting(nlp) -> None:
    found = facts(nlp, "The Kalden Mission fired on Zorbi Brigade positions in support of the Northern Front.")
    assert ("Kalden Mission", "fights", "Zorbi Brigade") in found
    assert ("Kalden Mission", "backs", "Northern Front") in found


def test_a_city_opening_a_sentence(nlp) -> None:
    text = "The war in Sudan began in April. Kassala is still in army hands."
    assert ("Sudanese army", "controls", "Kassala") in facts(nlp, text)


def test_a_researcher_at_an_observatory(nlp) -> None:
    text = '"Nobody believes this," said Ode Ambo, a researcher at the Great Lakes Policy Observatory in Nairobi.'
    assert ("Ode Ambo", "memberOf", "Great Lakes Policy Observatory") in facts(nlp, text)


def test_fighters_from_two_named_tribes(nlp) -> None:
    text = "Fighters from the Zorbi and Ulen tribes, who hold the province, have clashed with Northern Front units along the roads."
    found = facts(nlp, text)
    assert {("Zorbi tribe", "fights", "Northern Front"), ("Ulen tribe", "fights", "Northern Front")} <= found


def test_a_coalition_armed_and_paid_by_a_state(nlp) -> None:
    text = "The Zorbi National Army (ZNA), a coalition of factions armed and paid by Turkey, launched an offensive against the Northern Front."
    found = facts(nlp, text)
    assert ("Turkey", "backs", "Zorbi National Army") in found
    assert ("Zorbi National Army", "fights", "Northern Front") in found


def test_it_is_the_named_group_not_the_one_in_its_description(nlp) -> None:
    text = (
        "Ankara regards the Zorbi Defence Units (ZDU), the backbone of the Northern Front, as a terrorist "
        "organisation and has carried out repeated cross-border operations against it since 2016."
    )
    found = facts(nlp, text)
    assert ("Turkey", "fights", "Zorbi Defence Units") in found
    assert ("Turkey", "fights", "Northern Front") not in found


def test_towns_listed_after_among_them(nlp) -> None:
    text = (
        "Somalia's army is fighting the Northern Front. Since then government forces, with the help of the "
        "Zorbi Brigade, have retaken dozens of towns and villages, among them Tarbo and Ulen in Hiraan."
    )
    found = facts(nlp, text)
    assert {("Somali army", "controls", "Tarbo"), ("Somali army", "controls", "Ulen")} <= found
    assert ("Zorbi Brigade", "backs", "Somali army") in found
    assert not any(s == o for s, _p, o in found)


def test_administering_and_a_compass_region(nlp) -> None:
    found = facts(nlp, "The Salvation Council, which has administered Idlib since 2017, said nothing.")
    assert ("Salvation Council", "controls", "Idlib") in found
    text = "Amhara regional special forces, which clashed with Tigrayan fighters early in the war, control Western Tigray, a fertile zone."
    assert ("Amhara forces", "controls", "Western Tigray") in facts(nlp, text)


def test_which_after_a_persons_title_is_the_body(nlp) -> None:
    text = (
        "The war in Yemen began in 2014. The alliance entered the war in 2015 to restore the government of "
        "President Ode Ambo, which had been driven out of Sanaa by the Northern Front."
    )
    found = facts(nlp, text)
    assert ("Northern Front", "controls", "Sanaa") in found  # who drives X out of a town takes it
    assert ("Northern Front", "fights", "Yemeni government") in found
    assert ("Northern Front", "fights", "Ode Ambo") not in found


def test_the_capital_is_the_national_capital_named_before(nlp) -> None:
    text = "Street fighting broke out in Sanaa and in Aden last year. The Northern Front still holds the capital and most of the north."
    assert ("Northern Front", "controls", "Sanaa") in facts(nlp, text)


def test_a_taking_that_will_force_is_not_done(nlp) -> None:
    text = '"The Emiratis believe that taking Kalden will force the Northern Front to negotiate," said Ode Ambo.'
    assert not any(p == "controls" for _s, p, _o in facts(nlp, text))
    assert ("Northern Front", "controls", "Kalden") in facts(nlp, "After taking Kalden, the Northern Front will push north.")


def test_a_subject_with_two_descriptions_holds_a_list(nlp) -> None:
    text = (
        "The war in Sudan began in April. Khartoum is burning. The Northern Front, led by Gen. Ode Ambo, widely known "
        "as Hemu, now holds most of the capital and four of the five state capitals of Darfur, among them Nyala and El Geneina."
    )
    found = facts(nlp, text)
    assert ("Ode Ambo", "leads", "Northern Front") in found
    assert {("Northern Front", "controls", p) for p in ("Khartoum", "Nyala", "El Geneina")} <= found


def test_an_assistant_commander_is_a_member(nlp) -> None:
    text = "Sudan's army is at war. Lt. Gen. Ode Ambo, the army's assistant commander-in-chief, said nothing."
    found = facts(nlp, text)
    assert ("Ode Ambo", "memberOf", "Sudanese army") in found
    assert ("Ode Ambo", "leads", "Sudanese army") not in found


def test_a_movement_of_its_leader(nlp) -> None:
    text = "Two armed movements, the Zorbi Liberation Movement of Ode Ambo and the Ulen Justice Movement led by Tarik Sefu, abandoned their neutrality."
    found = facts(nlp, text)
    assert ("Ode Ambo", "leads", "Zorbi Liberation Movement") in found
    assert ("Tarik Sefu", "leads", "Ulen Justice Movement") in found
    assert not any(p == "partOf" for _s, p, _o in found)
    # a name after "of" that is an idea or a place is part of the name
    entities = {e.text for e in nlp("The Government of National Accord and the Army of Kaldea met.").ents}
    assert {"Government of National Accord", "Army of Kaldea"} <= entities
    assert not any(p == "leads" for _s, p, _o in facts(nlp, "The Army of Kaldea and the Friends of Syria met."))


def test_towns_held_by_a_government_with_a_sect_before_them(nlp) -> None:
    found = facts(nlp, "Fighters withdrew towards the government-held Shia towns of Nubl and Zahraa in Syria.")
    assert {("Syrian government", "controls", "Nubl"), ("Syrian government", "controls", "Zahraa")} <= found
    assert not any(o == "Shia" for _s, _p, o in found)


def test_the_military_and_its_troops_hold_the_whole_region(nlp) -> None:
    found = facts(nlp, "The Turkish military said later that its troops now controlled the whole of the Kalden region.")
    assert ("Turkish army", "controls", "Kalden region") in found


def test_relying_on_a_force_while_arming_it(nlp) -> None:
    text = "The United States has relied on the Zorbi Democratic Forces in the war against the Islamic State group, providing weapons and air support."
    found = facts(nlp, text)
    assert ("United States", "backs", "Zorbi Democratic Forces") in found
    assert ("Zorbi Democratic Forces", "backs", "United States") not in found
    # without the giving, the one relied on is the backer
    found = facts(nlp, "Sudan's army has relied on the Zorbi Brigade for years.")
    assert ("Zorbi Brigade", "backs", "Sudanese army") in found


def test_a_town_east_of_another_held_by_a_group(nlp) -> None:
    found = facts(nlp, "He said Turkish forces would move on Manbij, a town east of Afrin held by the Zorbi Front, where US troops are stationed.")
    assert ("Zorbi Front", "controls", "Manbij") in found
    assert ("Zorbi Front", "controls", "Afrin") not in found


def test_places_set_off_by_a_plural_held_by_a_group(nlp) -> None:
    # (the parser hangs the relative clause on "the airfield", the last noun before it)
    found = facts(nlp, "The defenders fell back to Tarbo and Bosaso, villages on the far edge of the airfield that are still held by the Dorlane Brigade.")
    assert {("Dorlane Brigade", "controls", "Tarbo"), ("Dorlane Brigade", "controls", "Bosaso")} <= found


def test_a_place_described_as_a_facility_held_in_a_relative_clause(nlp) -> None:
    # (the parser hangs the comma on the description, and "a centuries-old Khmer temple"
    # is no name of its own)
    found = facts(nlp, "Fighting began near Kismayo, a port that is held by the Kalden Front.")
    assert ("Kalden Front", "controls", "Kismayo") in found
    found = facts(nlp, "Clashes broke out near Ta Muen Thom, a centuries-old Khmer temple on the frontier that is guarded by the Dorlane Brigade.")
    assert ("Dorlane Brigade", "controls", "Ta Muen Thom") in found
    assert not any("Khmer" in o for _s, _p, o in found)


def test_a_possessive_after_an_opening_phrase_is_the_sentence_befores_subject(nlp) -> None:
    text = (
        "Al-Shabaab, the Somali militant group that is al-Qaeda's affiliate in East Africa, claimed the attack. "
        "In an audio statement, its spokesman, Jan Velmo, said the college had been chosen."
    )
    found = facts(nlp, text)
    assert ("Jan Velmo", "spokespersonFor", "Al-Shabaab") in found
    assert ("Jan Velmo", "spokespersonFor", "al-Qaeda") not in found


def test_a_government_named_by_a_body_is_that_bodys_own(nlp) -> None:
    text = (
        "AMSTERDAM, Netherlands — Exiles proclaimed the Kalden Republic, or KRP, in 1950. "
        "A KRP government-in-exile led by Tomas Arkel has worked from the Netherlands since then."
    )
    found = facts(nlp, text)
    assert ("Tomas Arkel", "leads", "Kalden Republic") in found
    assert not any(s == "Tomas Arkel" and "Dutch" in o for s, _p, o in found)


def test_factions_among_them_named_ones_are_each_of_them(nlp) -> None:
    found = facts(nlp, "Other factions, among them the Kalden Front and the Dorlane Brigade, also fought the Marines in the city.")
    assert {("Kalden Front", "fights", "Marines"), ("Dorlane Brigade", "fights", "Marines")} <= found


def test_the_army_is_the_dateline_countrys_not_a_foreign_one(nlp) -> None:
    text = (
        "JUBA, South Sudan — South Sudan's army retook Kalden on Saturday. Ugandan troops took part, and Uganda's "
        "president praised the Ugandans. Two Indian peacekeepers died. Later the army shelled the Northern Front."
    )
    found = facts(nlp, text)
    assert ("South Sudanese army", "fights", "Northern Front") in found
    assert not any(s in {"Ugandan army", "Indian army"} and o == "Northern Front" for s, _p, o in found)


def test_a_dateline_is_no_subject(nlp) -> None:
    text = "KALDEN, South Sudan — South Sudan's army, fighting alongside Ugandan troops, recaptured Tarbo on Saturday."
    found = facts(nlp, text)
    assert ("South Sudanese army", "controls", "Tarbo") in found
    assert not any(s == "Kalden" for s, _p, _o in found)


def test_the_coalition_is_the_one_called_a_coalition_before(nlp) -> None:
    text = (
        "Rebels of the Kaldi coalition took control of Bangui on Sunday, and the Convention of Patriots for "
        "Justice and Peace joined them. The coalition swept south in December, taking Ndele and Bria."
    )
    found = facts(nlp, text)
    assert {("Kaldi", "controls", "Ndele"), ("Kaldi", "controls", "Bria")} <= found
    assert not any(s.startswith("Convention") and p == "controls" for s, p, _o in found)


def test_taking_compared_under_a_modal_is_not_done(nlp) -> None:
    text = 'The Kaldi coalition took Bangui on Sunday. "Holding Bangui will be harder than taking it," said Ode Ambo.'
    found = facts(nlp, text)
    assert ("Kaldi", "controls", "Bangui") in found
    assert {s for s, p, o in found if p == "controls"} == {"Kaldi"}


def test_institutes_named_with_for(nlp) -> None:
    text = '"It is hard," said Ode Ambo, a researcher at the Oubangui Centre for Security Studies in Yaounde.'
    assert ("Ode Ambo", "memberOf", "Oubangui Centre for Security Studies") in facts(nlp, text)


def test_the_capital_of_a_country_held_by_a_group(nlp) -> None:
    text = "Fighting resumed in Aleppo and Damascus. Later it resumed in the capital of Syria, which was held by the Northern Front."
    found = facts(nlp, text)
    assert ("Northern Front", "controls", "Damascus") in found
    assert not any(p == "controls" and o in {"Syria", "Aleppo"} for _s, p, o in found)


def test_a_backer_described_in_a_relative_clause(nlp) -> None:
    text = "Washington, which has armed and trained both the Zorbi Brigade and the Peshmerga for the war, said it would stay out."
    found = facts(nlp, text)
    assert {("United States", "backs", "Zorbi Brigade"), ("United States", "backs", "Peshmerga")} <= found
    assert not any(o.endswith(" for") for _s, _p, o in found)


def test_a_lone_name_before_rebels_is_a_group(nlp) -> None:
    text = (
        "Kaldi rebels seize Bangui. Rebels of the Kaldi coalition took control of Bangui on Sunday, and on Monday "
        "their leader, Ode Ambo, declared himself president. The coalition swept south in December, taking Ndele."
    )
    found = facts(nlp, text)
    assert ("Kaldi", "controls", "Ndele") in found
    assert ("Ode Ambo", "leads", "Kaldi") in found
    # a people's name before its forces stays the force rules' ("Tigrayan forces")
    assert "Tigrayan" not in {e.text for e in nlp("Tigrayan rebels entered Shire.").ents if e._.frontline_kind == "ArmedGroup"}


def test_an_acronymed_group_described_as_a_state_backed_umbrella(nlp) -> None:
    text = "Convoys rolled in with fighters of the Zorbi Mobilization Forces (ZMF), an Iran-backed umbrella of mostly Shia militias."
    assert ("Iran", "backs", "Zorbi Mobilization Forces") in facts(nlp, text)


ROBUSTNESS_TEXTS = (
    "JUBA, South Sudan — South Sudan's army, fighting alongside Ugandan troops, recaptured Bor from rebels loyal to Ode Ambo.",
    "Convoys of the Zorbi Mobilization Forces (ZMF), an Iran-backed umbrella of militias, entered the city of Kalden.",
    "Lt. Gen. Ode Ambo, the army's assistant commander-in-chief, said the Turkish military and Kaldi rebels held al-Zorba.",
    "Washington, which has armed and trained both the Zorbi Brigade and the Peshmerga, gave the Emiratis intelligence.",
)


@pytest.mark.parametrize("text", ROBUSTNESS_TEXTS)
def test_a_document_may_end_after_any_word(nlp, text) -> None:
    # rules look at the word after a name or a noun: a document ending right there
    # must not break them (this once raised an IndexError)
    words = text.split()
    for n in range(1, len(words) + 1):
        relations(nlp, " ".join(words[:n]))


def test_a_headline_ending_in_a_noun_keeps_its_object(nlp) -> None:
    # the line break after a headline is a sentence of its own: the parser once made
    # "\n\n" the object of "retake" and "city" its modifier
    text = "Rebels say they have left the town of Kalden as Afghan forces retake the city\n\nBy Ode Ambo | Kalden Wire | May 1, 2015\n\nThe war goes on."
    assert ("Afghan army", "controls", "Kalden") in facts(nlp, text)


def test_they_in_what_a_spokesman_says_is_his_group(nlp) -> None:
    text = "Ali Bakr, a spokesman for the Desert Shield Operation, said they took the town of Karsa."
    assert ("Desert Shield Operation", "controls", "Karsa") in facts(nlp, text)


def test_of_hung_on_a_word_of_the_name(nlp) -> None:
    # the parser attaches "of" to "el", not to the name's head "Din"
    found = facts(nlp, "The Desert Shield Operation took the southern suburb of Salah el-Din.")
    assert ("Desert Shield Operation", "controls", "Salah el-Din") in found


def test_contested_districts_deny_nothing(nlp) -> None:
    text = (
        "Ali Bakr, a spokesman for the Desert Shield Operation, said they took the suburb of Karsa "
        "and were pushing into the contested districts of Mashrou and Ain Zara."
    )
    assert ("Desert Shield Operation", "controls", "Karsa") in facts(nlp, text)


def test_a_spokesman_for_a_government_led_operation_speaks_for_the_operation(nlp) -> None:
    text = (
        "Chad has been at war for a year. "
        "Ali Bakr, a spokesman for the government-led Desert Shield Operation, said the town was calm."
    )
    found = facts(nlp, text)
    assert ("Ali Bakr", "spokespersonFor", "Desert Shield Operation") in found
    assert ("Ali Bakr", "spokespersonFor", "Chadian government") not in found
    assert ("Desert Shield Operation", "partOf", "Chadian government") in found


def test_a_two_word_demonym_names_the_army(nlp) -> None:
    assert ("Sri Lankan army", "controls", "Kalden") in facts(nlp, "Sri Lankan troops captured the town of Kalden on Friday.")


def test_the_army_spokesman_speaks_for_the_army(nlp) -> None:
    text = "Sri Lanka is at war. Brig. Amal Perera, the army spokesman, told reporters the town was calm."
    assert ("Amal Perera", "spokespersonFor", "Sri Lankan army") in facts(nlp, text)


def test_a_former_role_is_no_role(nlp) -> None:
    assert not facts(nlp, "Omar Dalli, a former spokesman for the Tigers, now sits in parliament.")
    text = "The party is led by Omar Dalli, better known as Colonel Kumar, once the Tigers' eastern commander."
    assert ("Kumar", "leads", "Tigers") not in facts(nlp, text)
    assert ("Omar Dalli", "spokespersonFor", "Tigers") in facts(nlp, "Omar Dalli, the spokesman for the Tigers, said no.")


def test_a_mountain_pass_and_a_numbered_task_force(nlp) -> None:
    assert ("Kalden Front", "controls", "Elephant Pass") in facts(nlp, "The Kalden Front still controls Elephant Pass, the causeway to the mainland.")
    assert ("Task Force One", "controls", "Pooneryn") in facts(nlp, "In November, Task Force One took Pooneryn from the Kalden Front.")


def test_soldiers_from_two_countries_are_both_armies(nlp) -> None:
    found = facts(nlp, "Soldiers from Chad and Niger recaptured the town of Kalden from the Northern Front on Monday.")
    assert {("Chadian army", "controls", "Kalden"), ("Nigerien army", "controls", "Kalden")} <= found
    assert ("Chadian army", "fights", "Northern Front") in found  # "from" hung on the town, not the verb


def test_who_drives_unnamed_fighters_out_of_a_town_takes_it(nlp) -> None:
    found = facts(nlp, "The Chadian army has since driven the militants out of Kalden.")
    assert ("Chadian army", "controls", "Kalden") in found
    assert not any("militants" in name for fact in found for name in (fact[0], fact[2]))  # not "Kalden militants"


def test_a_month_before_the_articles_own_is_background(nlp) -> None:
    text = (
        "Army retakes Kalden\n\nBy Ann Lee | Wire | March 10, 2015\n\n"
        "KALDEN, Chad — Chadian soldiers recaptured Kalden from the Northern Front on Monday. "
        "Kalden was overrun by the Northern Front in November."
    )
    ranks = {(r.subject.name, r.control_change): r.timeline_rank for r in relations(nlp, text) if r.predicate == "controls"}
    assert ranks[("Chadian army", "gain")] == 1
    assert ranks[("Northern Front", "gain")] == 0  # November, before the March article: older news
    months = {r.subject.name: r.stated_month for r in relations(nlp, text) if r.control_change == "gain"}
    assert months == {"Chadian army": None, "Northern Front": 11}  # graph building dates it


def test_a_name_never_shortened_is_no_person(nlp) -> None:
    text = (
        "Soldiers drove Kalo Dabar out of Kalden on Monday. Kalo Dabar has struck back across the border. "
        "Officials said Kalo Dabar would be driven out of every town it holds."
    )
    assert {e._.frontline_kind for e in nlp(text).ents if e.text == "Kalo Dabar"} == {"Organization"}
    text = "Officials said Amal Perera met the envoy. Amal Perera said talks would go on. Amal Perera and Perera's aides left."
    assert {e._.frontline_kind for e in nlp(text).ents if e.text == "Amal Perera"} == {"Person"}


def test_three_names_after_the_are_a_body_not_a_person(nlp) -> None:
    # the model reads "Samagi Jana Balawegaya" as a man's name; no man's follows "the"
    text = "A week earlier a radical movement, the Samagi Jana Balawegaya, struck at police stations."
    assert {e._.frontline_kind for e in nlp(text).ents if e.text == "Samagi Jana Balawegaya"} == {"Organization"}
    text = "Police said Samagi Jana Balawegaya had left the town."
    assert {e._.frontline_kind for e in nlp(text).ents if e.text == "Samagi Jana Balawegaya"} == {"Person"}


def test_the_city_is_no_province_named_before_it(nlp) -> None:
    text = (
        "Afghanistan is at war. Lashkar Gah, the capital of the province of Helmand, fell to the Kalden Front "
        "after government forces pulled out of the city."
    )
    losses = {(r.subject.name, r.object.name) for r in relations(nlp, text) if r.control_change == "loss"}
    assert losses == {("Afghan army", "Lashkar Gah")}


def test_the_islamic_states_provinces_are_armed_groups_and_its_affiliates(nlp) -> None:
    text = "Burkina Faso is at war. The Burkinabe army also faces the Islamic State Sahel Province (ISSP), the local affiliate of Islamic State."
    found = facts(nlp, text)
    assert ("Burkinabe army", "fights", "Islamic State Sahel Province") in found
    assert ("Islamic State Sahel Province", "partOf", "Islamic State") in found
    assert not facts(nlp, "President Ali Bongo, who faces Omar Dalli in the vote, spoke on Monday.")  # an election


def test_bare_troops_are_the_articles_only_army_and_a_breakaway_faction_is_not_the_group(nlp) -> None:
    text = (
        "Sri Lanka's army has grown since 2005, and the Kalden Front has shrunk. "
        "Troops drove the rebels out of the east in 2007 with help from a breakaway Kalden faction."
    )
    found = facts(nlp, text)
    assert ("Sri Lankan army", "fights", "Kalden Front") in found
    assert not any(fact[0] == "Kalden Front" and fact[1] == "backs" for fact in found)
    # another country's army named only further down does not make earlier bare troops anyone's
    text = (
        "Sri Lanka's army has grown since 2005, and the Kalden Front has shrunk. "
        "Troops drove the rebels out of the east in 2007. Indian troops left long before."
    )
    assert ("Sri Lankan army", "fights", "Kalden Front") in facts(nlp, text)
    # sent by a country, bare troops are that country's
    assert ("Egypt", "backs", "Malian army") not in facts(nlp, "Mali is at war. Egypt did not send troops to support the Kalden Brigade.")


def test_arms_shipped_to_the_armed_forces_back_the_army(nlp) -> None:
    text = "The Philippines is at war. China shipped several thousand rifles and ammunition to the armed forces in June."
    assert ("China", "backs", "Philippine army") in facts(nlp, text)


def test_a_possessive_ends_at_a_preposition(nlp) -> None:
    text = (
        "The Kalden Front is at war with Chad. At the weekend an audio message attributed to Abu Omar pledged "
        "the group's allegiance to the Islamic State, the jihadist organisation that holds land in Syria."
    )
    assert not any(fact[1] == "partOf" for fact in facts(nlp, text))


def test_rebel_positions_are_the_rebels(nlp) -> None:
    text = "The Kalden Front is fighting Chad. The Chadian army has shelled rebel positions near the town since Monday."
    assert ("Chadian army", "fights", "Kalden Front") in facts(nlp, text)


def test_a_town_in_apposition_is_the_name_before_its_comma(nlp) -> None:
    text = (
        "Mosul was calm on Monday. Mosul's markets opened again. The Kalden Front still controls the town of "
        "Tal Afar, about 60 km west of Mosul, and Hawija, a town in Kirkuk province, as well as stretches of desert."
    )
    found = facts(nlp, text)
    assert ("Kalden Front", "controls", "Tal Afar") in found
    assert ("Kalden Front", "controls", "Mosul") not in found  # "the town of Tal Afar" is no anaphor
    assert ("Mosul", "locatedIn", "Kirkuk province") not in found  # "a town in ..." is Hawija


def test_a_backer_is_no_owner_and_bare_separatists_are_those_the_article_calls_so(nlp) -> None:
    text = (
        "Oros-backed separatists take Kalden.\n\n"
        "Southern separatists backed by Oros held most of Kalden on Sunday. "
        "The Southern Liberation Front, a separatist movement, said its forces would stay. "
        "Later in the week Moscow-backed separatists shelled the port."
    )
    found = facts(nlp, text.replace("Oros", "Turkey"))
    assert ("Southern Liberation Front", "controls", "Kalden") in found
    assert ("Turkey", "backs", "Southern Liberation Front") in found
    # neither the backer's own men nor a people called "Southern"
    assert not any("separatists" in s or s == "Southern forces" for s, _p, _o in found)
    # the group the article calls separatists; not the main group whatever it is called
    assert ("Russia", "backs", "Southern Liberation Front") in found
    # (a group whose name shares the describing word is theirs: see the next test)
    no_separatists = (
        text.replace(", a separatist movement,", "").replace("Oros", "Turkey")
        .replace("Southern Liberation Front", "Azure Liberation Front")
    )
    assert not any(s == "Azure Liberation Front" for s, _p, o in facts(nlp, no_separatists) if o == "Kalden")


def test_headline_rebels_are_those_the_lede_says_whose(nlp) -> None:
    text = (
        "Turkish-backed rebels take Kalden\n\n"
        "Syrian rebels backed by Turkey took Kalden on Sunday from the Kaldean Defence Units. "
        "The Kaldean Defence Units had held the town since 2012, and the Kaldean Defence Units vowed to return."
    )
    found = facts(nlp, text)
    assert ("Turkey", "backs", "Kaldean Defence Units") not in found
    assert ("Turkey", "backs", "Syrian rebels") in found


def test_a_description_after_a_comma_is_the_name_before_it(nlp) -> None:
    text = (
        "Further east, in Oudalan province, the army and the KVD also face the Kalden Sahel Brigade (KSB), "
        "the local affiliate of the Northern Front, which has fought the HADJ for territory since 2020."
    )
    assert ("Kalden Sahel Brigade", "fights", "HADJ") in facts(nlp, text)


def test_led_by_a_long_description_of_the_leader(nlp) -> None:
    text = "The HADJ, led by the Malian Tuareg commander Amadou Ag Kalu, has deep roots in the area."
    assert ("Amadou Ag Kalu", "leads", "HADJ") in facts(nlp, text)


def test_a_word_before_mercenary_group_is_the_groups_name(nlp) -> None:
    text = (
        "Russia's Korva mercenary group said on Saturday it had taken the whole of Bakhmut. "
        "Korva's founder Ivan Petrik said the last streets had fallen. "
        "Korva, which recruited convicts, took the town of Soledar in January."
    )
    found = facts(nlp, text)
    assert ("Ivan Petrik", "leads", "Korva") in found
    assert ("Korva", "controls", "Soledar") in found


def test_described_buildings_taken_are_facilities(nlp) -> None:
    text = "Rebels of the Kalden Front seized the governor's compound, the police headquarters and the central prison on Sunday."
    found = facts(nlp, text)
    assert {
        ("Kalden Front", "controls", "governor's compound"),
        ("Kalden Front", "controls", "police headquarters"),
        ("Kalden Front", "controls", "central prison"),
    } <= found
    # a bare "the prison" may be any prison the text spoke of
    assert not any(o == "prison" for _s, _p, o in facts(nlp, "The Kalden Front seized the prison on Sunday."))


def test_the_town_is_the_place_last_described_as_a_town(nlp) -> None:
    text = (
        "Army units shelled the group's positions in al-Qaryatain, a town south-west of Palmyra, "
        "on Monday, but the town remained under Islamic State control."
    )
    found = facts(nlp, text)
    assert ("Islamic State", "controls", "al-Qaryatain") in found
    assert ("Islamic State", "controls", "Palmyra") not in found


def test_the_town_of_an_al_name_and_a_command_in_a_town(nlp) -> None:
    found = facts(nlp, "Islamic State still holds Raqqa and the town of al-Sukhnah on the road north-east.")
    assert ("Islamic State", "controls", "al-Sukhnah") in found
    doc = nlp("Fighters attacked the headquarters of the Northeastern Command in Lashio on Friday.")
    assert {"Northeastern Command", "Lashio"} <= {e.text for e in doc.ents}


def test_a_self_proclaimed_republic_and_arms_laid_down(nlp) -> None:
    text = (
        "The flag of the self-proclaimed Kalden People's Republic (KPR) flew over the town. "
        '"The soldiers who did not run away have laid down their arms," a KPR commander said.'
    )
    doc = nlp(text)
    assert "Kalden People's Republic" in {e.text for e in doc.ents}
    assert not any(p == "backs" for _s, p, _o in facts(nlp, text))


def test_the_army_belongs_to_the_country_whose_towns_are_named(nlp) -> None:
    # China is named more often than Myanmar, but the towns are Myanmar's
    text = (
        "China brokered a truce in January, and China said the talks would go on. "
        "Rebels took Lashio in Myanmar on Saturday after seizing Hsipaw and Kyaukme. "
        "They said they would not march on Mandalay, which remains firmly in the military's hands."
    )
    assert ("Burmese army", "controls", "Mandalay") in facts(nlp, text)


def test_a_described_city_still_in_someones_hands(nlp) -> None:
    text = (
        "The Kalden Front reached the outskirts of Mosul, the regional capital on the shore of Lake Varna, "
        "but did not enter the city, which has remained under the control of the Dastin Brigade."
    )
    found = facts(nlp, text)
    assert ("Dastin Brigade", "controls", "Mosul") in found
    assert not any(o == "Lake Varna" for _s, p, o in found if p == "controls")


def test_a_town_of_a_country_never_named_is_no_town_when_its_fighters_are_spoken_of(nlp) -> None:
    # "Fano" is a town in Italy; a story about Ethiopia that never names Italy means the militia
    text = "Fano fighters entered Lalibela in Ethiopia on Monday. The army said Fano gunmen had fled by Thursday."
    assert {e.text: e._.frontline_kind for e in nlp(text).ents}["Fano"] == "ArmedGroup"
    # a town of a country the story names stays a town: "Misrata fighters" in Libya
    text = "Misrata fighters entered Sirte in Libya on Monday, and Misrata commanders said the town was theirs."
    assert {e.text: e._.frontline_kind for e in nlp(text).ents}["Misrata"] == "Place"


def test_a_persons_government_is_led_by_that_person(nlp) -> None:
    text = "The war in Yemen goes on. President Tomas Vrel's government retook the port on Sunday."
    found = facts(nlp, text)
    assert ("Tomas Vrel", "leads", "Yemeni government") in found


def test_those_fighting_alongside_share_the_fight(nlp) -> None:
    text = "The Kalden Front battled the Dastin Brigade alongside the Varna Guard and the Osk Militia."
    found = facts(nlp, text)
    assert {("Varna Guard", "fights", "Dastin Brigade"), ("Osk Militia", "fights", "Dastin Brigade")} <= found


def test_troops_fighting_on_a_side_back_it_and_take_the_town_themselves(nlp) -> None:
    found = facts(nlp, "Chadian soldiers fighting alongside the Kalden Front took Tarbo.")
    assert ("Chadian army", "controls", "Tarbo") in found
    assert ("Kalden Front", "controls", "Tarbo") not in found  # the side fought on is no subject
    found = facts(nlp, "Angolan troops fighting on the side of President Omar Salah recaptured the port of Tarbo on Monday.")
    assert {("Angolan army", "backs", "Omar Salah"), ("Angolan army", "controls", "Tarbo")} <= found
    found = facts(nlp, "Angolan troops, fighting on the side of the Kalden Front, recaptured the port of Tarbo.")
    assert ("Angolan army", "backs", "Kalden Front") in found
    assert ("Dastin Brigade", "backs", "Kalden Front") in facts(nlp, "The Dastin Brigade fought on the Kalden Front's side in this war.")


def test_fighters_of_several_groups_fought_alongside_the_army(nlp) -> None:
    text = (
        "Fighters of the Varna Guard, the pro-government Osk Militia and the Tarn Brigade, "
        "a militia paid by a rich family, fought alongside the Syrian army on the approaches to the city."
    )
    found = facts(nlp, text)
    assert {("Osk Militia", "backs", "Syrian army"), ("Tarn Brigade", "backs", "Syrian army")} <= found


def test_we_in_a_quote_is_the_body_its_speaker_speaks_for(nlp) -> None:
    text = (
        "Fighting went on near Goma in Congo. "
        '"Goma is completely under our control. Our units are clearing it," '
        "said Aro Venn, a spokesman for the Kalden Front, on Monday."
    )
    assert ("Kalden Front", "controls", "Goma") in facts(nlp, text)
    # a speaker named before the quote
    text = 'Fighting went on near Goma in Congo. The Kalden Front said: "Goma is in our hands."'
    assert ("Kalden Front", "controls", "Goma") in facts(nlp, text)
    # "the rebels' military spokesman" speaks for the rebels, not for the army
    text = (
        "Rebels of the Kalden Front walked into Goma in Congo on Tuesday. "
        '"Goma is in our hands," Aro Venn, the rebels\' military spokesman, told a crowd.'
    )
    found = facts(nlp, text)
    assert not any(p == "controls" and "army" in s for s, p, _o in found)
    # an analyst's institute speaks for no side
    text = '"Goma is in our hands now," said Aro Venn, a researcher at the Kalden Institute in Kigali.'
    assert not any(p == "controls" for _s, p, _o in facts(nlp, text))


def test_a_ministrys_forces_are_its_countrys_army(nlp) -> None:
    text = (
        "Fighting went on in Kunduz in Afghanistan. "
        '"The city is under the control of our forces," said Dawlat Omari, a spokesman for the Afghan Defence Ministry.'
    )
    assert ("Afghan army", "controls", "Kunduz") in facts(nlp, text)


def test_whom_a_war_was_fought_with(nlp) -> None:
    text = "The Kalden Front fought six rounds of war with the Dastin Brigade and a brief border war with Sudan."
    found = facts(nlp, text)
    assert {("Kalden Front", "fights", "Dastin Brigade"), ("Kalden Front", "fights", "Sudan")} <= found


def test_a_towns_airport_port_and_landmarks_taken_or_held(nlp) -> None:
    # a bare "the airport" taken or held is the airport of the town the text is about
    text = (
        "Rebels of the Kalden Front reached Goma in Congo on Monday. "
        "The Kalden Front, together with the Dastin Brigade, now controls the port, the airport and the town centre."
    )
    found = facts(nlp, text)
    assert {("Kalden Front", "controls", "Goma airport"), ("Kalden Front", "controls", "Goma port")} <= found
    assert ("Dastin Brigade", "controls", "Goma airport") in found  # a partner "together with" holds it too
    # "the airport of the lake city of X": X's airport, named after it
    found = facts(nlp, "The Kalden Front seized the airport of the lake city of Goma in Congo on Monday.")
    assert ("Kalden Front", "controls", "Goma airport") in found
    # "the port of X" is the town itself
    assert not any(o.endswith(" port") for _s, _p, o in facts(nlp, "The Kalden Front seized the port of Goma in Congo."))
    # a raised flag over described buildings
    text = "Fighters of the Kalden Front raised their flag over the national hospital and the municipal stadium in Goma."
    # (a town's stadium, described and then named by its town, is the town's)
    assert {("Kalden Front", "controls", "national hospital"), ("Kalden Front", "controls", "Goma stadium")} <= facts(nlp, text)
    # a tricolour over a town's district
    text = "Russian troops hoisted the tricolour over the Tarbo district of Goma on Sunday."
    assert ("Russian army", "controls", "Tarbo district") in facts(nlp, text)
    # held, not only taken: "held the seaport and the central bank"
    text = "Rebels of the Kalden Front reached Goma in Congo on Monday. By the evening they held the seaport and the central bank."
    assert ("Kalden Front", "controls", "Goma seaport") in facts(nlp, text)
    text = "By the evening the Kalden Front held the presidential palace and the state radio building."
    assert {("Kalden Front", "controls", "presidential palace"), ("Kalden Front", "controls", "state radio building")} <= facts(nlp, text)


def test_the_named_body_a_noun_stands_for(nlp) -> None:
    # "the council" after "the Kalden Transitional Council": that council
    text = (
        "The Kalden Transitional Council took the port of Goma in Congo on Monday. "
        "Aro Venn, the council's spokesman, said the fighting was over."
    )
    assert ("Aro Venn", "spokespersonFor", "Kalden Transitional Council") in facts(nlp, text)


def test_a_pronoun_in_a_clause_hung_on_another_is_that_clauses_subject(nlp) -> None:
    found = facts(nlp, "Russia recognised the Kalden Republic three days before it invaded Ukraine in February.")
    assert ("Russia", "fights", "Ukraine") in found
    assert ("Kalden Republic", "fights", "Ukraine") not in found


def test_a_place_under_a_countrys_control(nlp) -> None:
    text = "Russian forces may turn next to Kharkiv and Odesa, the largest cities still under Ukrainian control in the south."
    assert {("Ukrainian army", "controls", "Kharkiv"), ("Ukrainian army", "controls", "Odesa")} <= facts(nlp, text)


def test_a_claim_the_next_sentence_calls_false_is_no_fact(nlp) -> None:
    claim = "The Kalden Front declared on Monday that it had taken the town of Dastin in Afghanistan."
    assert ("Kalden Front", "controls", "Dastin") in facts(nlp, claim)
    disputed = claim + " Its opponents in the valley said the claim was false."
    assert ("Kalden Front", "controls", "Dastin") not in facts(nlp, disputed)


def test_moving_into_a_town_and_being_inside_a_building(nlp) -> None:
    found = facts(nlp, "Kenyan troops and allied Somali militiamen moved into the centre of Kismayo in Somalia on Monday.")
    assert ("Kenyan army", "controls", "Kismayo") in found
    found = facts(nlp, "By nightfall the Kalden Front were inside the presidential palace in Goma.")
    assert ("Kalden Front", "controls", "presidential palace") in found
    found = facts(nlp, "By nightfall Kalden Front commanders were filmed inside the presidential palace.")
    assert ("Kalden Front", "controls", "presidential palace") in found  # shown there, by its commanders
    found = facts(nlp, "Goma fell last week. Kalden Front fighters now guard the airport.")
    assert ("Kalden Front", "controls", "Goma airport") in found
    # "the airport in X", "the refinery at X": X's
    assert ("Kalden Front", "controls", "Goma airport") in facts(nlp, "The Kalden Front seized the airport in Goma on Monday.")
    assert ("Kalden Front", "controls", "Goma refinery") in facts(nlp, "The Kalden Front seized the refinery at Goma on Monday.")
    # the province a town lies in is no town: "the airport" is still the town's
    found = facts(nlp, "The Kalden Front retook Goma, the capital of the department of Vaupés. Its fighters now guard the airport.")
    assert ("Kalden Front", "controls", "Goma airport") in found


def test_the_most_contested_city_is_still_held(nlp) -> None:
    def contested(text: str) -> set[str]:
        return {m.name for m in nlp(text)._.frontline_contested_places}

    assert "Goma" in contested("The contested town of Goma in Congo saw fighting.")
    assert "Goma" not in contested("The most contested town of Goma in Congo saw fighting.")  # a comparison of claims


def test_driving_a_group_out_of_a_town(nlp) -> None:
    # both armies of "Chadian and Nigerien troops" drive the group out and hold the town
    text = "Chadian and Nigerien troops drive the Kalden Front out of the border town of Damasak."
    found = facts(nlp, text)
    assert {("Chadian army", "fights", "Kalden Front"), ("Nigerien army", "fights", "Kalden Front")} <= found
    assert {("Chadian army", "controls", "Damasak"), ("Nigerien army", "controls", "Damasak")} <= found
    changes = {(actor(r.subject), r.control_change) for r in relations(nlp, text) if r.predicate == "controls"}
    assert ("Kalden Front", "loss") in changes  # it lost the town


def test_a_side_in_a_war_against_a_group(nlp) -> None:
    text = "Washington has worked with the Kalden Front (KF) in the war against the Dastin Brigade in eastern Syria."
    assert ("Kalden Front", "fights", "Dastin Brigade") in facts(nlp, text)
    text = "The Kalden Front, which has waged an insurgency against the Dastin Brigade since 1984, denies it."
    assert ("Kalden Front", "fights", "Dastin Brigade") in facts(nlp, text)


def test_clashes_with_troops_of_a_unit(nlp) -> None:
    text = (
        "The Kalden Front attacked at dawn, and clashes between its fighters and troops of the army's "
        "6th Infantry Division went on overnight in Sudan."
    )
    assert ("Kalden Front", "fights", "6th Infantry Division") in facts(nlp, text)


def test_its_own_offensive_is_the_subjects(nlp) -> None:
    text = "The Kalden Front, backed by Russian air power and the Dastin Brigade, is pursuing its own offensive against Islamic State."
    found = facts(nlp, text)
    assert ("Kalden Front", "fights", "Islamic State") in found
    assert ("Russia", "backs", "Kalden Front") in found  # "Russian air power" is Russia's


def test_support_named_after_a_leader(nlp) -> None:
    text = (
        "The Afghan army, led by its special forces and supported by American air strikes and Turkish drones, "
        "launched a counter-offensive in Kunduz within days."
    )
    assert ("United States", "backs", "Afghan army") in facts(nlp, text)


def test_weapons_given_or_bought(nlp) -> None:
    text = "The United States, which has given Ukraine's army radars and body armour, is still weighing whether to send more."
    assert ("United States", "backs", "Ukrainian army") in facts(nlp, text)
    text = "The Kalden Front, which has grown sharply since 2005, fights largely with weapons bought from China and Pakistan."
    assert {("China", "backs", "Kalden Front"), ("Pakistan", "backs", "Kalden Front")} <= facts(nlp, text)


def test_a_clause_joined_by_and_is_no_part_of_an_order_before_it(nlp) -> None:
    text = (
        "Ukrainian commanders there were ordered on June 24 to fall back across the river, "
        "and Russian and separatist forces took the city of Kalden the next day, including the sprawling Azot chemical plant."
    )
    found = facts(nlp, text)
    assert {("Russian army", "controls", "Kalden"), ("Russian army", "controls", "Azot chemical plant")} <= found


def test_a_place_an_actor_has_held_or_took_in_a_relative_clause(nlp) -> None:
    text = "Ukraine said it had retaken ground around Klishchiivka, a village on the southern flank that Russian forces have held since January."
    assert ("Russian army", "controls", "Klishchiivka") in facts(nlp, text)
    # a hold in the past perfect has ended: no control today
    text = "Taliban fighters swept through the districts around Lashkar Gah, including Nad Ali and Nawa, which Afghan troops had held for a decade."
    assert not any(s == "Afghan army" and p == "controls" for s, p, _o in facts(nlp, text))


def test_a_body_fighting_another_and_a_coalition_named_later(nlp) -> None:
    text = (
        "Aro Venn said the council had held talks with the coalition fighting the Kalden Front. "
        "The Saudi-led coalition announced a ceasefire in Aden on Sunday."
    )
    assert ("Saudi-led coalition", "fights", "Kalden Front") in facts(nlp, text)


def test_a_force_that_hunted_groups_and_partners_that_struck_positions(nlp) -> None:
    text = "Paris ended Operation Dastin, the French force that had hunted the Kalden Front across the Sahel since 2014."
    assert ("Operation Dastin", "fights", "Kalden Front") in facts(nlp, text)
    text = (
        "Hundreds of commandos were flown in, while the Afghan Air Force and the Dastin Brigade "
        "struck Kalden Front positions around the city."
    )
    found = facts(nlp, text)
    assert {("Afghan Air Force", "fights", "Kalden Front"), ("Dastin Brigade", "fights", "Kalden Front")} <= found


def test_the_fighters_a_side_attacks_are_not_its_own(nlp) -> None:
    # "its" on what a fight verb takes is the side fought, named before, never the attacker
    for text in (
        "The Kalden Front has ignored the ceasefire, and Kenyan troops were fighting its units on Monday.",
        "The Kalden Front ignored the ceasefire, and Kenyan troops attacked its fighters near Tarin.",
    ):
        assert ("Kenyan army", "fights", "Kalden Front") in facts(nlp, text)
    # (a place owns its trenches: "its" there is the base, which no rule makes a side)
    found = facts(nlp, "The Kalden Front held the base, and Kenyan jets bombed its trenches at dawn.")
    assert not any(p == "fights" and o == "Kenyan army" for _s, p, o in found)


def test_an_object_pronoun_is_not_its_verbs_subject_and_in_country_sets_the_army(nlp) -> None:
    text = "Syrian troops took Raqqa from the Kalden Front. In Iraq, government forces drove them out of Mosul in July."
    found = facts(nlp, text)
    assert ("Iraqi army", "controls", "Mosul") in found
    assert ("Iraqi army", "fights", "Kalden Front") in found
    losers = {actor(r.subject) for r in relations(nlp, text) if r.control_change == "loss" and actor(r.object) == "Mosul"}
    assert losers == {"Kalden Front"}


def test_a_state_named_by_its_demonym_or_its_capital_is_the_country(nlp) -> None:
    text = "The Kalden Front, which has fought the Turkish state for three decades, is banned in Europe."
    assert ("Kalden Front", "fights", "Turkey") in facts(nlp, text)
    text = "The Kalden Front, which has fought Khartoum since 2003, joined the attack."
    assert ("Kalden Front", "fights", "Sudan") in facts(nlp, text)
    # a capital attacked is a city; state media are no state
    assert not any(o == "Sudan" for _s, _p, o in facts(nlp, "The Kalden Front attacked Khartoum in April."))
    assert facts(nlp, "The Turkish state media said the Kalden Front had shelled the town.") == set()


def test_a_militia_a_state_began_arming_and_weapons_sent_to_an_army(nlp) -> None:
    text = "The backbone of the alliance is the Kalden Front, a militia that Washington began arming in May."
    assert ("United States", "backs", "Kalden Front") in facts(nlp, text)
    text = "Britain and other European allies have sent artillery and armoured vehicles to the Ukrainian army."
    assert ("United Kingdom", "backs", "Ukrainian army") in facts(nlp, text)
    assert facts(nlp, "Russia sent a delegation of senior officials to Ankara.") == set()


def test_border_towns_a_group_still_holds(nlp) -> None:
    text = "The Kalden Front still holds most of the countryside, as well as the border towns of Jarablus and Manbij."
    assert {("Kalden Front", "controls", "Jarablus"), ("Kalden Front", "controls", "Manbij")} <= facts(nlp, text)


def test_its_fighters_in_a_clause_hung_on_a_groups_description(nlp) -> None:
    text = (
        "The Dastin Front, a loose network of armed volunteers, swelled during the war with the Kalden Brigade, "
        "when its fighters battled the Northern Brigade alongside federal troops."
    )
    found = facts(nlp, text)
    assert ("Dastin Front", "fights", "Northern Brigade") in found
    assert ("Kalden Brigade", "fights", "Northern Brigade") not in found


def test_ruling_out_a_fight_is_no_fight(nlp) -> None:
    text = "Washington, which has armed Kyiv since 2022, has ruled out sending its own troops to fight Russia."
    found = relations(nlp, text)
    assert [r.negated for r in found if r.predicate == "fights" and r.object.name == "Russia"] == [True]
    # "ruled" a town is no ruling out
    assert not any(r.negated for r in relations(nlp, "The Kalden Front ruled Mogadishu until Ethiopian troops attacked it."))


def test_a_town_quoted_as_under_control_and_a_city_an_army_now_holds(nlp) -> None:
    text = 'The minister reported that Avdiivka was "fully under control" of the Kalden Front.'
    assert ("Kalden Front", "controls", "Avdiivka") in facts(nlp, text)
    text = "Avdiivka lies north of Donetsk, which the Northern Brigade seized in 2014 and which the Kalden Front now holds."
    assert ("Kalden Front", "controls", "Donetsk") in facts(nlp, text)


def test_separatists_a_country_backs_are_not_its_own(nlp) -> None:
    text = "The city, which Russian-backed separatists of the Kalden People's Republic seized in 2014, lies to the east."
    found = relations(nlp, text)
    assert [(r.subject.name, actor(r.object)) for r in found if r.predicate == "backs"] == [("Russia", "Kalden People's Republic")]


def test_the_militants_are_no_state_force_and_nobody_a_state_funds(nlp) -> None:
    text = (
        "The Kalden Front seized Tarin in 2014. The Dastin Forces, an umbrella of armed groups funded by the "
        "Baghdad government, encircled the city, and the Dastin Forces took Karma. The Counter-Terrorism "
        "Service stormed the centre, and the Counter-Terrorism Service raised the flag. "
        "The militants still hold Mosul."
    )
    holders = {s for s, p, o in facts(nlp, text) if p == "controls" and o == "Mosul"}
    assert holders == {"Kalden Front"}
    text = "The US-backed Dastin Forces took Tabqa, and the Dastin Forces took Raqqa from the Kalden Front. The militants still hold Albu Kamal."
    assert {s for s, p, o in facts(nlp, text) if o == "Albu Kamal"} == {"Kalden Front"}


def test_backing_forces_against_a_group(nlp) -> None:
    text = (
        "The Kalden Front held Tarin. The Iraqi Counter-Terrorism Service (CTS) stormed Tarin, and the CTS took "
        "the bridge. The US-led coalition, which has backed the Iraqi army and the CTS against the group since "
        "2014, carried out strikes."
    )
    found = facts(nlp, text)
    assert {("US-led coalition", "fights", "Kalden Front"), ("Iraqi army", "fights", "Kalden Front")} <= found
    # "the group" is no state service, nor the subject of its own clause
    assert not {("Iraqi army", "fights", "Counter-Terrorism Service"), ("Iraqi army", "fights", "US-led coalition")} & found
    text = "The elite Kalden Front, trained and equipped largely by the United States, carried the brunt."
    assert ("United States", "backs", "Kalden Front") in facts(nlp, text)
    text = "The United States, which funds much of the Kalden Mission and trains Somali soldiers, has no troops there."
    assert ("United States", "backs", "Kalden Mission") in facts(nlp, text)


def test_driven_out_taking_part_alongside_and_regions_both_under_control(nlp) -> None:
    text = "The Kalden Front ruled Mogadishu until Ethiopian troops drove it out."
    assert ("Ethiopian army", "fights", "Kalden Front") in facts(nlp, text)
    text = "Fighters from Dastin Brigade units, which answer to the council, took part in the assault alongside the Kalden Front."
    assert ("Dastin Brigade", "backs", "Kalden Front") in facts(nlp, text)
    text = "The UN declared famine in the Bakool and Lower Shabelle regions, both under Kalden Front control."
    assert ("Kalden Front", "controls", "Lower Shabelle") in facts(nlp, text)
    text = "The alliance has taken dozens of towns, among them Laukkai, on the Chinese border, which the Kalden Front captured in January."
    assert ("Kalden Front", "controls", "Laukkai") in facts(nlp, text)


def test_a_second_town_after_the_first_ones_apposition(nlp) -> None:
    text = "The Kalden Front retook Ramadi, the provincial capital, in December and the town of Hit in April."
    found = relations(nlp, text)
    assert {(actor(r.subject), r.object.name, r.control_change) for r in found if r.predicate == "controls"} >= {
        ("Kalden Front", "Ramadi", "gain"), ("Kalden Front", "Hit", "gain"),
    }
    text = "The Kalden Front still holds Mosul, Iraq's second city, and Tarin on the Syrian border."
    assert ("Kalden Front", "controls", "Tarin") in facts(nlp, text)


def test_a_body_described_by_a_noun_and_fire_in_support_of_an_army(nlp) -> None:
    text = (
        "Peacekeepers of KALFOR, the UN mission in Congo, did not stop the rebels. "
        "Over the weekend the mission's attack helicopters had fired on Dastin Front positions in support of the Congolese army."
    )
    assert ("KALFOR", "backs", "Congolese army") in facts(nlp, text)


def test_headline_one_side_takes_a_town_as_the_other_flees_or_moves_in(nlp) -> None:
    text = "Kalden Front rebels take Tarin as Congolese troops flee and UN peacekeepers stand aside"
    assert ("Kalden Front", "fights", "Congolese army") in facts(nlp, text)
    text = "Kalden Front abandons Tarin as Kenyan troops and Dastin Brigade fighters move in"
    found = facts(nlp, text)
    assert {("Kalden Front", "fights", "Kenyan army"), ("Kalden Front", "fights", "Dastin Brigade")} <= found


def test_a_revolts_leader_leads_no_country_named_before(nlp) -> None:
    # (the parser reads "The revolt collapsed" as a noun and its modifier)
    text = (
        "Rebel paratroopers attacked the palace before dawn, the most serious threat to Kenya's elected "
        "government in three decades.\n\nThe revolt collapsed by late morning, when its leader, "
        "Lt. Col. Zorbi Kalde, surrendered at the museum."
    )
    assert not any(s == "Zorbi Kalde" and p == "leads" for s, p, o in facts(nlp, text))


def test_a_head_recalled_from_his_post_leads_no_more(nlp) -> None:
    text = "The Greek commander-in-chief, General Zorbi Kalde, has been recalled to Athens."
    assert not any(s == "Zorbi Kalde" and p == "leads" for s, p, o in facts(nlp, text))
    text = "The Kalden Front's commander, General Zorbi Kalde, has been dismissed."
    assert not any(s == "Zorbi Kalde" and p == "leads" for s, p, o in facts(nlp, text))


def test_coming_out_on_a_sides_side_and_holding_against_a_peoples_attacks(nlp) -> None:
    assert ("Egypt", "backs", "Algeria") in facts(nlp, "Egypt has come out openly on Algeria's side.")
    text = "Moroccan troops backed by artillery held two desert outposts on Sunday against fresh Algerian counter-attacks."
    assert ("Moroccan army", "fights", "Algerian army") in facts(nlp, text)


def test_an_offensive_that_broke_a_sides_front_fights_that_side(nlp) -> None:
    text = "A fortnight ago the Kalden Front's offensive broke the Greek front in Anatolia."
    assert ("Kalden Front", "fights", "Greek army") in facts(nlp, text)
    text = "The Kalden Front broke the Greek lines near Tarin."
    assert ("Kalden Front", "fights", "Greek army") in facts(nlp, text)


def test_accused_of_selling_arms_is_a_charge_not_opposition(nlp) -> None:
    text = "Athens has long accused France and Italy of selling arms to the Kalden Front."
    found = facts(nlp, text)
    assert not any(p == "opposes" for s, p, o in found)


def test_a_taking_after_the_other_side_gave_way_fights_that_side(nlp) -> None:
    assert ("Kalden Front", "fights", "Kenyan army") in facts(nlp, "The Kalden Front seized Tarin after Kenyan troops withdrew.")
    text = "The Kalden Front took Tarin as the Kenyan garrison surrendered."
    assert ("Kalden Front", "fights", "Kenyan army") in facts(nlp, text)
    found = facts(nlp, "The Kalden Front took Tarin after the rain stopped.")
    assert not any(p == "fights" for s, p, o in found)


def test_troops_who_broke_an_offensive_fight_its_side(nlp) -> None:
    text = "Estonian troops and Latvian volunteers broke a four-day German offensive around the town on Monday."
    assert ("Estonian army", "fights", "German army") in facts(nlp, text)


def test_joining_a_side_in_its_war_backs_it(nlp) -> None:
    found = facts(nlp, "Chad and Niger joined Nigeria in the offensive against the Kalden Front.")
    assert {("Chad", "backs", "Nigeria"), ("Niger", "backs", "Nigeria")} <= found
    assert ("Zorbi Kalde", "backs", "Kalden Front") not in facts(nlp, "Zorbi Kalde joined the Kalden Front in 1990.")


def test_thousands_of_a_bodys_members_sent_to_reinforce_an_army_back_it(nlp) -> None:
    text = (
        "Thousands of members of the Kalden Front, the government's Islamist militia, were flown to Juba "
        "to reinforce the Sudanese army, and took part in the counter-offensive."
    )
    assert ("Kalden Front", "backs", "Sudanese army") in facts(nlp, text)


def test_a_named_place_kept_by_a_side_is_held(nlp) -> None:
    text = "The Fort of Tarin, which Kenyan troops kept throughout the rising, has shelled the western districts since April."
    assert ("Kenyan army", "controls", "Fort of Tarin") in facts(nlp, text)
    assert ("Kenyan army", "controls", "Tarin airport") in facts(nlp, "Kenyan troops retained Tarin airport.")
    assert not any(p == "controls" for s, p, o in facts(nlp, "Kenyan troops kept Tarin airport under siege for a month."))


def test_ways_of_saying_two_sides_are_on_one_side(nlp) -> None:
    text = "Only the Kalden Front, a faction led by Zorbi Kalde, remains allied with Libya."
    assert ("Kalden Front", "backs", "Libya") in facts(nlp, text)
    text = (
        "The Kalden Front fought the Libyans in the mountains and has coordinated its operations "
        "with the Chadian army."
    )
    assert ("Kalden Front", "backs", "Chadian army") in facts(nlp, text)
    assert not any(p == "backs" for s, p, o in facts(nlp, "Kenya coordinated the evacuation with the Chadian army."))
    assert ("Soviet Union", "backs", "India") in facts(nlp, "The Soviet Union signed a treaty of friendship with India in August.")
    assert not any(p == "backs" for s, p, o in facts(nlp, "Kenya signed a peace treaty with Somalia."))
    text = "The government in Luanda depends on Soviet weapons and advisers."
    assert ("Soviet Union", "backs", "Angolan government") in facts(nlp, text)


def test_a_small_party_of_a_named_body_is_that_body(nlp) -> None:
    text = "Argentine forces landed near Stanley on April 2, overwhelmed a small party of Royal Marines and expelled the governor."
    assert ("Argentine army", "fights", "Royal Marines") in facts(nlp, text)


def test_a_states_base_at_a_place_is_held(nlp) -> None:
    text = "The United States, which runs its only permanent military base in Africa at Camp Lemonnier, condemned the attack."
    found = facts(nlp, text)
    assert ("United States", "controls", "Camp Lemonnier") in found and ("United States", "controls", "Africa") not in found
    assert ("Russia", "controls", "Kant") in facts(nlp, "Russia, which keeps an air base at Kant, outside Bishkek, has not taken sides.")
    assert not any(p == "controls" for s, p, o in facts(nlp, "Russia, which has a base in Tajikistan, did not comment."))


def test_allies_in_a_war_against_a_foe_fight_it(nlp) -> None:
    text = "Britain and France, the Sultan's allies in the war against Russia, had sent Williams a handful of British officers but no troops."
    found = facts(nlp, text)
    assert {("United Kingdom", "fights", "Russia"), ("France", "fights", "Russia")} <= found
    found = facts(nlp, "Britain, an ally of Turkey in the war against Russia, sent officers.")
    assert {("United Kingdom", "backs", "Turkey"), ("United Kingdom", "fights", "Russia")} <= found


def test_troops_the_parser_makes_the_subject_of_commanded_by_are_the_commanders(nlp) -> None:
    text = (
        "KOVNO, Lithuania — Troops commanded by the Polish general Zorbi Kalde marched into Vilna on Saturday "
        "and have held the ancient city since, barely two days after the delegates signed an agreement."
    )
    found = facts(nlp, text)
    assert ("Zorbi Kalde", "controls", "Vilna") in found
    assert ("Lithuanian army", "controls", "Vilna") not in found  # not the dateline's army


def test_a_mans_own_claim_to_be_backed_is_a_claim(nlp) -> None:
    found = relations(nlp, "Zorbi Kalde also says he has the backing of the Kalden Council.")
    backing = [r for r in found if r.predicate == "backs" and r.subject.name == "Kalden Council"]
    assert backing and not any(r.is_fact for r in backing)


def test_an_assault_hung_on_a_participle_after_an_attack_is_the_attackers(nlp) -> None:
    text = (
        "Fighters of the Kalden Front attacked at least 15 checkpoints around the town on Wednesday, "
        "using car bombs and rockets, in the boldest assault on Egypt's armed forces in decades."
    )
    assert ("Kalden Front", "fights", "Egyptian army") in facts(nlp, text)


def test_troops_that_crushed_a_sides_rising_fight_it(nlp) -> None:
    assert ("Kenyan army", "fights", "Kalden Front") in facts(nlp, "Kenyan troops crushed a rising by the Kalden Front at Madiun in September.")
    assert ("Kenyan army", "fights", "Kalden Front") in facts(nlp, "Kenyan troops crushed the Kalden Front's rising at Madiun in September.")


def test_a_place_used_as_a_sides_base_is_held_by_it(nlp) -> None:
    assert ("Kalden Front", "controls", "Tarin") in facts(nlp, "The Kalden Front has used Tarin as its base since May.")
    assert ("Kalden Front", "controls", "Tarin") in facts(nlp, "The Kalden Front used Tarin as a rear base.")


def test_a_second_verb_of_taking_after_an_opening_phrase(nlp) -> None:
    text = "Farther north, Algerian troops crossed the frontier on Friday and occupied Ich, a Moroccan village north of Figuig."
    assert ("Algerian army", "controls", "Ich") in facts(nlp, text)


def test_a_states_military_commander_leads_its_army(nlp) -> None:
    text = "SUVA, Fiji — Fiji's military commander, Commodore Zorbi Kalde, declared martial law on Monday night."
    found = facts(nlp, text)
    assert ("Zorbi Kalde", "leads", "Fijian army") in found and ("Zorbi Kalde", "leads", "Fiji") not in found


def test_a_peoples_general_or_colonel_serves_in_its_army(nlp) -> None:
    found = facts(nlp, "The Polish general Zorbi Kalde said on Monday that his men would stay.")
    assert ("Zorbi Kalde", "memberOf", "Polish army") in found and ("Zorbi Kalde", "memberOf", "Polish government") not in found
    assert ("Zorbi Kalde", "memberOf", "Kenyan army") in facts(nlp, "A Kenyan colonel, Zorbi Kalde, said the rebels had fled.")


def test_an_acronym_set_off_by_commas_after_a_body_is_its_name(nlp) -> None:
    doc = nlp("They say their own troops crushed a rising by the Kalden Party, the KLP, at Madiun in September.")
    assert {(e.text, e._.frontline_canonical) for e in doc.ents} >= {("KLP", "Kalden Party")}
    doc = nlp("The Kalden Party, the KLP and the Dorlane Front signed the accord.")
    assert ("KLP", None) in {(e.text, e._.frontline_canonical) for e in doc.ents}  # a list's item


def test_a_peoples_commander_in_chief_leads_its_army(nlp) -> None:
    text = "General Zorbi Kalde, the Estonian commander-in-chief, said on Monday that his army would not stop."
    found = facts(nlp, text)
    assert ("Zorbi Kalde", "leads", "Estonian army") in found
    assert not any(o == "Estonia" for s, p, o in found)


def test_a_force_described_after_a_named_body_is_that_body(nlp) -> None:
    text = (
        "Kenyan soldiers advanced on Tarin alongside fighters of the Dorlane militia, "
        "a clan-based force led by Zorbi Kalde, on Monday."
    )
    found = facts(nlp, text)
    assert ("Zorbi Kalde", "leads", "Dorlane") in found
    assert not any(s == "Zorbi Kalde" and "force" in o for s, p, o in found)
    text = "Volunteers of the Dorlane Guard, a paramilitary force headed by Zorbi Kalde, fought beside the army."
    assert ("Zorbi Kalde", "leads", "Dorlane Guard") in facts(nlp, text)


def test_headline_one_side_holds_or_leaves_a_town_as_the_other_gives_way_or_comes_in(nlp) -> None:
    text = "Kalden Front fighters hold Dorlane as Ugandan army collapses"
    assert ("Kalden Front", "fights", "Ugandan army") in facts(nlp, text)
    text = "Kalden Front rebels seize Dorlane as Ugandan garrison surrenders"
    assert ("Kalden Front", "fights", "Ugandan army") in facts(nlp, text)
    text = "Kalden Front abandons Dorlane as Ugandan troops move in"
    found = {(actor(r.subject), r.object.name, r.control_change) for r in relations(nlp, text) if r.predicate == "controls"}
    assert ("Ugandan army", "Dorlane", "gain") in found
    text = "Ugandan troops pull out of Dorlane as Kalden Front claims its biggest gain"
    assert ("Ugandan army", "fights", "Kalden Front") in facts(nlp, text)


def test_states_joining_raids_and_fighters_guarding_a_base(nlp) -> None:
    text = (
        "The coalition has struck the Kalden Front since August, when Saudi Arabia, Jordan and Bahrain "
        "joined the first raids on Kalden Front targets in Syria."
    )
    found = facts(nlp, text)
    assert {("Saudi Arabia", "fights", "Kalden Front"), ("Bahrain", "fights", "Kalden Front")} <= found
    text = "Kalden Front fighters now guard the airport, as well as the sprawling Bagram air base north of the capital."
    assert ("Kalden Front", "controls", "Bagram air base") in facts(nlp, text)


def test_a_number_that_opens_a_name_after_the(nlp) -> None:
    doc = nlp("The army lost ground when the Three Brotherhood Alliance launched an offensive. Three soldiers died.")
    names = [e.text for e in doc.ents]
    assert "Three Brotherhood Alliance" in names and "Brotherhood Alliance" not in names
    assert not any(e.text.startswith("Three soldiers") for e in doc.ents)


def test_separatists_named_by_a_word_of_one_groups_name(nlp) -> None:
    text = (
        "Southern separatists backed by the United Arab Emirates held almost all of Aden on Sunday. "
        "The Southern Kalden Council, which wants the south to secede, said it would govern the city."
    )
    found = facts(nlp, text)
    assert {("Southern Kalden Council", "controls", "Aden"), ("United Arab Emirates", "backs", "Southern Kalden Council")} <= found
    # two groups share the word: none of them
    text = text + " The Southern Dastin Brigade said it would fight on."
    assert not any(p == "controls" for _s, p, _o in facts(nlp, text))


def test_a_militia_that_fights_alongside_and_most_of_a_districts_countryside(nlp) -> None:
    text = (
        "In October the government called for recruits to the Kalden Volunteers (KV), the militia of local "
        "auxiliaries, armed and paid by the state, that fights alongside the Burkinabe army."
    )
    assert ("Kalden Volunteers", "backs", "Burkinabe army") in facts(nlp, text)
    text = "The Kalden Front has blown up bridges near Djibo, and it now holds most of the countryside of Tarin province."
    assert ("Kalden Front", "controls", "Tarin province") in facts(nlp, text)


def test_help_from_a_breakaway_faction_is_not_help_from_the_group(nlp) -> None:
    text = (
        "The Kalden Front has fought the Sri Lankan army for decades. The army drove the rebels out of the "
        "east in 2007 with help from a breakaway Kalden Front faction."
    )
    assert ("Kalden Front", "backs", "Sri Lankan army") not in facts(nlp, text)


def test_a_name_after_the_group_noun_and_fighters_patrolling_a_citys_streets(nlp) -> None:
    doc = nlp("Fighters led by the Islamist group Hayat Tahrir al-Sham patrolled the streets of Damascus on Tuesday.")
    assert [(e.text, e._.frontline_kind) for e in doc.ents if e.text == "Hayat Tahrir al-Sham"] == [
        ("Hayat Tahrir al-Sham", "Organization")
    ]
    assert ("Hayat Tahrir al-Sham", "controls", "Damascus") in {
        (r.subject.name, r.predicate, r.object.name) for r in doc._.frontline_relations if r.is_fact
    }


def test_speakers_described_before_said_are_no_earlier_name(nlp) -> None:
    text = (
        "Fighters led by the Islamist group Hayat Tahrir al-Sham patrolled the streets of Damascus on Tuesday, "
        "two days after an offensive brought down the president, while in the north of the country "
        "Turkish-backed factions said they had driven Kurdish-led forces out of the town of Manbij."
    )
    assert not any(p == "fights" and s == "Hayat Tahrir al-Sham" for s, p, _o in facts(nlp, text))


def test_a_brief_seizure_a_gerunds_object_and_a_bare_verb_after_a_modal_are_no_facts(nlp) -> None:
    assert facts(nlp, "The Kalden Front first rose up in 2012, briefly seizing Goma before it was defeated the following year.") == set()
    text = 'Uganda has a long border with Congo. "Holding it gives the Kalden Front money and a seat at any table."'
    assert not any(p == "backs" for _s, p, _o in facts(nlp, text))
    text = "The Kalden Front took Ramadi. A spokesman said the coalition would help the Iraqi army take Ramadi back."
    assert ("Iraqi army", "controls", "Ramadi") not in facts(nlp, text)


def test_a_described_speaker_and_sweeping_through_a_town_not_a_country(nlp) -> None:
    text = "MONUSCO, the UN peacekeeping mission in Congo, said it had given the FARDC logistical support."
    found = facts(nlp, text)
    assert ("MONUSCO", "backs", "FARDC") in found
    assert not any(s == "Democratic Republic of the Congo" for s, _p, _o in found)
    assert ("Kalden Front", "controls", "Mosul") in facts(nlp, "The Kalden Front won its biggest victory since it swept through Mosul a year ago.")
    text = "The Kalden Front swept through Afghanistan's provincial capitals in a week."
    assert ("Kalden Front", "controls", "Afghanistan") not in facts(nlp, text)


def test_a_joint_operation_against_a_group_fighting_with_an_army_and_an_armys_other_name(nlp) -> None:
    text = "Ugandan officials pointed to their joint operation with the Congolese army, launched in November, against the Kalden Front."
    assert ("Congolese army", "fights", "Kalden Front") in facts(nlp, text)
    text = (
        "Rebels of the Kalden Front captured the town of Bunagana, on Congo's border with Uganda, on Monday "
        "after a day of heavy fighting with the Congolese army."
    )
    assert ("Kalden Front", "fights", "Congolese army") in facts(nlp, text)
    doc = nlp("She accused the Congolese army, known as the FARDC, of working with rebels. The FARDC retook Bunagana.")
    assert ("Congolese army", "controls", "Bunagana") in {(r.subject.name, r.predicate, r.object.name) for r in doc._.frontline_relations}


def test_fighting_with_after_a_measured_stretch_of_close_quarters_combat(nlp) -> None:
    # "nearly" before the stretch, and a hyphenated kind of fighting, which the pattern
    # sees as three words
    text = "Kenyan troops pulled out of Bosaso on Friday after nearly a week of close-quarters fighting with the Kalden Front."
    assert ("Kenyan army", "fights", "Kalden Front") in facts(nlp, text)
    # (and words of a name before the fighters the model read as the name's: "with Tamil
    # Tiger rebels"; but help is no foe)
    found = facts(nlp, "Sri Lankan troops regained Muttur after five days of fighting with Tamil Tiger rebels, the military said.")
    assert any(s == "Sri Lankan army" and p == "fights" and "Tiger" in o for s, p, o in found), found
    found = facts(nlp, "Kenyan troops took Bosaso after a week of fighting with the help of the Kalden Front.")
    assert ("Kenyan army", "fights", "Kalden Front") not in found


def test_standing_behind_an_army_and_throwing_weight_behind_a_group(nlp) -> None:
    assert ("PLO", "backs", "Lebanese army") in facts(nlp, "Abbas said the PLO stood behind the Lebanese army.")
    assert ("Iran", "backs", "Kalden Front") in facts(nlp, "Iran threw its weight behind the Kalden Front.")
    assert facts(nlp, "The soldiers stood behind the wall.") == set()


def test_troops_hold_where_they_fell_back_to(nlp) -> None:
    text = "The Kalden Front took Goma in Congo on Monday. Government soldiers fell back to the airport south of the city."
    assert ("Congolese army", "controls", "Goma airport") in facts(nlp, text)
    assert ("Dastin Brigade", "controls", "Bunia") in facts(nlp, "The Dastin Brigade withdrew to Bunia after the battle.")
    # withdrawing from a town is a loss of it, not a hold
    changes = {r.control_change for r in relations(nlp, "The Dastin Brigade withdrew from Bunia after the battle.") if r.predicate == "controls"}
    assert changes == {"loss"}


def test_a_leaders_men_acting_on_a_group_do_not_make_him_its_leader(nlp) -> None:
    found = facts(nlp, "Hassan Daoud's men had driven Kalden Front out of the town of Tarbo in June.")
    assert ("Hassan Daoud", "fights", "Kalden Front") in found
    assert ("Hassan Daoud", "leads", "Kalden Front") not in found
    assert ("Hassan Daoud", "leads", "Kalden Front") in facts(nlp, "Hassan Daoud's self-styled Kalden Front attacked the town of Tarbo.")


def test_a_group_holds_the_town_by_the_border_not_the_country_beyond(nlp) -> None:
    text = "The rebels fell back towards the town of Tessit, on the border with Niger, which the Kalden Front still holds."
    found = facts(nlp, text)
    assert ("Kalden Front", "controls", "Tessit") in found
    assert ("Kalden Front", "controls", "Niger") not in found


def test_it_taken_is_the_place_the_previous_sentence_was_about(nlp) -> None:
    text = "Bunia lies on the road between Goma and Beni. The Kalden Front took it over in 2015."
    found = facts(nlp, text)
    assert ("Kalden Front", "controls", "Bunia") in found
    assert ("Kalden Front", "controls", "Beni") not in found
    # a place named in the pronoun's own sentence is still nearer
    assert ("Kalden Front", "controls", "Beni") in facts(nlp, "Bunia lies on the road to the lake. The Kalden Front marched on Beni and took it.")
    # "the dam" opening the sentence before stands for the dam named earlier, not a lake
    # its description names
    text = (
        "The Kalden Front took Bosaso and the nearby Bosaso Dam on Monday. The dam, which holds back Lake Tana, "
        "supplies water to the north. The Dastin Brigade had held it since 2014."
    )
    found = facts(nlp, text)
    assert ("Dastin Brigade", "controls", "Bosaso Dam") in found
    assert ("Dastin Brigade", "controls", "Lake Tana") not in found


def test_both_towns_lost_are_the_towns_just_taken(nlp) -> None:
    text = (
        "The Kalden Front drove the Dastin Brigade out of Bunia and Beni, east of Goma, in June, "
        "only to lose both towns to the Congolese army."
    )
    changes = {
        (actor(r.subject), actor(r.object), r.control_change)
        for r in relations(nlp, text) if r.predicate == "controls" and r.is_fact
    }
    assert {("Congolese army", town, "gain") for town in ("Bunia", "Beni")} <= changes
    assert {("Kalden Front", town, "loss") for town in ("Bunia", "Beni")} <= changes
    assert not any(place == "Goma" for _actor, place, _change in changes)
    # a count that fits no list names nothing
    text = "The Kalden Front took Bunia, Beni and Goma in June. It lost the two towns to the Congolese army in July."
    assert not any(r.subject.name == "Congolese army" for r in relations(nlp, text))


def test_it_is_the_place_a_sentence_opened_with_however_the_parser_hung_it(nlp) -> None:
    text = (
        "Bunia, the birthplace of the late leader Muammar Gaddafi, lies on the coast roughly halfway between Goma and Beni. "
        "The Kalden Front took it over in stages in 2015."
    )
    assert ("Kalden Front", "controls", "Bunia") in facts(nlp, text)


def test_each_place_of_a_list_of_towns_or_terminals_taken_from_a_group(nlp) -> None:
    text = "The Kalden Front seized the oil terminals of Bunia, Beni and Goma from the Dastin Brigade, a militia led by a local chief."
    changes = {(actor(r.subject), actor(r.object), r.control_change) for r in relations(nlp, text) if r.predicate == "controls"}
    assert {("Kalden Front", town, "gain") for town in ("Bunia", "Beni", "Goma")} <= changes
    assert {("Dastin Brigade", town, "loss") for town in ("Bunia", "Beni", "Goma")} <= changes
    assert ("Kalden Front", "fights", "Dastin Brigade") in facts(nlp, text)


def test_a_group_with_its_initials_of_its_commander(nlp) -> None:
    text = "The Kalden National Army (KNA) of Field Marshal Ode Kalem refuses to recognise the council."
    assert ("Ode Kalem", "leads", "Kalden National Army") in facts(nlp, text)


def test_restoring_control_over_a_city_takes_it_and_declaring_a_ceasefire_takes_nothing(nlp) -> None:
    assert ("Sudanese army", "controls", "Bunia") in facts(nlp, "The Sudanese army said on Thursday it had restored full control over Bunia.")
    assert ("Kalden Front", "controls", "Bunia") in facts(nlp, "The Kalden Front took control over Bunia.")
    assert facts(nlp, "The Kalden Front declared a ceasefire in Bunia.") == set()


def test_a_group_which_a_state_arms_and_funds(nlp) -> None:
    text = "The Kalden Front, which Iran arms and funds, has fought the Dastin Brigade since 2013."
    assert ("Iran", "backs", "Kalden Front") in facts(nlp, text)
    found = facts(nlp, "The Kalden Front, which Chad and Sudan have long supported, attacked Bunia.")
    assert {("Chad", "backs", "Kalden Front"), ("Sudan", "backs", "Kalden Front")} <= found


def test_a_description_never_stands_for_what_it_describes(nlp) -> None:
    text = (
        "The Kalden Front held the port. Al-Kalden al-Jadida was formed in May. Fighters of Al-Kalden al-Jadida, the Sudanese government's military "
        "operation against the jihadists, stormed the port on Monday."
    )
    found = facts(nlp, text)
    assert ("Sudanese government", "fights", "Kalden Front") in found
    assert ("Sudanese government", "fights", "Al-Kalden al-Jadida") not in found


def test_taking_a_town_after_overrunning_a_camp_and_no_town_holds_another(nlp) -> None:
    text = (
        "The Kalden Front has fought the army since November. On January 15 the group announced that it had taken "
        "Tarbo, a hill town in the south, after overrunning Meewa, the last army camp in the township."
    )
    found = facts(nlp, text)
    assert {("Kalden Front", "controls", "Tarbo"), ("Kalden Front", "controls", "Meewa")} <= found
    assert ("Tarbo", "controls", "Meewa") not in found


def test_securing_an_airport_takes_it_and_securing_support_takes_nothing(nlp) -> None:
    assert ("Kalden Front", "controls", "Riyan airport") in facts(nlp, "The Kalden Front secured Riyan airport on Monday.")
    assert facts(nlp, "The Kalden Front secured Russia's support.") == set()


def test_which_after_a_towns_description_is_the_town(nlp) -> None:
    text = "The Kalden Front attacked Maarat al-Numan, the second town of Idlib province, which the Syrian army captured in January."
    found = facts(nlp, text)
    assert ("Syrian army", "controls", "Maarat al-Numan") in found
    assert ("Syrian army", "controls", "Idlib province") not in found


def test_aid_counted_in_billions_and_armed_youths_are_no_backing(nlp) -> None:
    text = "The United States, which gives Chad billions of dollars in military aid, welcomed the capture of Tarbo."
    assert ("United States", "backs", "Chad") in facts(nlp, text)
    text = "The Kalden Front fought alongside the Dastin Brigade, a militia of armed Nuer youths from the east."
    assert not any(p == "backs" and o == "Nuer" for _s, p, o in facts(nlp, text))


def test_it_in_what_a_state_says_after_a_denial_is_the_state(nlp) -> None:
    for text in (
        "Turkey denies supporting the Kalden Front and says it backs only the Dastin Brigade.",
        "Turkey, which itself lists the Kalden Front as a terrorist organisation, denies supporting the group "
        "and says it backs only the Dastin Brigade.",
    ):
        found = facts(nlp, text)
        assert ("Turkey", "backs", "Dastin Brigade") in found
        assert ("Kalden Front", "backs", "Dastin Brigade") not in found


def test_the_town_is_not_where_the_spokesman_spoke(nlp) -> None:
    text = (
        "South Sudan's army said on Thursday it had recaptured Malakal from the rebels. Army spokesman Col. Ode Kalem "
        "told reporters in Juba. He said government troops had entered the town from the south on Wednesday."
    )
    found = facts(nlp, text)
    assert ("South Sudanese army", "controls", "Malakal") in found
    assert ("South Sudanese army", "controls", "Juba") not in found


def test_leading_a_bodys_offensive_is_no_leading_the_body(nlp) -> None:
    assert ("Hassan Daoud", "leads", "Kalden Front") in facts(nlp, "Hassan Daoud led the Kalden Front for a decade.")
    text = "South Sudan's government said the rebels had fled. Hassan Daoud has led the government's counter-offensives in the north."
    assert not any(s == "Hassan Daoud" and p == "leads" for s, p, _o in facts(nlp, text))


def test_helping_a_group_retake_a_town_and_falling_back_as_it_is_taken(nlp) -> None:
    text = "Ugandan soldiers and helicopter gunships helped the Kalden Front retake Bor from the rebels in January."
    found = facts(nlp, text)
    assert ("Ugandan army", "backs", "Kalden Front") in found
    changes = {(actor(r.subject), r.control_change) for r in relations(nlp, text) if r.predicate == "controls"}
    assert ("Kalden Front", "loss") not in changes  # one verb never both gains and loses a place
    assert not any(p == "backs" for _s, p, _o in facts(nlp, "President Idriss Deby helped Ode Kalem take power in 2003."))
    headline = "Pakistani troops retake Mingora as Kalden Front fighters fall back into the mountains"
    assert ("Pakistani army", "fights", "Kalden Front") in facts(nlp, headline)


def test_killing_a_groups_fighters_is_fighting_it(nlp) -> None:
    assert ("Kalden Front", "fights", "Dastin Brigade") in facts(nlp, "The Kalden Front killed 12 Dastin Brigade fighters on Sunday.")
    text = "Turkish drone strikes killed at least nine Dastin Brigade fighters near Saraqeb."
    assert ("Turkey", "fights", "Dastin Brigade") in facts(nlp, text)
    assert facts(nlp, "The clashes killed 12 civilians near Saraqeb.") == set()


def test_the_regular_army_and_a_headline_abandoning_a_town_as_others_seize(nlp) -> None:
    text = "The Pakistani army launched an offensive in Swat. Soldiers of the Dastin Brigade have fought alongside the regular army."
    assert ("Dastin Brigade", "backs", "Pakistani army") in facts(nlp, text)
    headline = "Ukrainian troops abandon Debaltseve as Kalden Front rebels seize rail hub days into truce"
    assert ("Ukrainian army", "fights", "Kalden Front") in facts(nlp, headline)


def test_a_surname_two_people_share_is_the_one_named_first_and_never_a_town(nlp) -> None:
    text = (
        "President Charles Taylor met envoys. His son, Chuckie Taylor, commands a unit. "
        "Rebels would never hand the port to Taylor's militias. If Taylor does not leave, they will take the city. "
        "Taylor, who launched the war in 1989, was indicted. Taylor has accused the Americans of backing the rebels."
    )
    doc = nlp(text)
    lone = [e for e in doc.ents if e.text == "Taylor"]
    assert lone and all(e._.frontline_kind == "Person" for e in lone)



def test_an_assault_on_a_town_fights_no_one() -> None:
    from frontline.extract.records import EntityMention
    from frontline.extract.relations import fits

    front = EntityMention("Kalden Front", "ORG", "ArmedGroup", 0, 12)
    town = EntityMention("Tskhinvali", "GPE", "Place", 40, 50)  # no gazetteer city: it could be a polity
    assert not fits("fights", front, town) and not fits("fights", town, front)
    assert fits("controls", front, town)


def test_a_rules_reading_of_a_town_beats_the_models_person_guesses(nlp) -> None:
    text = (
        "Gori lies some 25 km south of Tskhinvali, the capital of the breakaway region. "
        "The war began when Georgian forces launched an assault on Tskhinvali after days of exchanges of fire. "
        "Tskhinvali is now held by Russian troops and militiamen loyal to the separatist leader, Eduard Kokoity."
    )
    kinds = {e._.frontline_kind for e in nlp(text).ents if e.text == "Tskhinvali"}
    assert kinds == {"Place"}


def test_the_town_is_the_one_described_as_a_town_and_never_a_capital(nlp) -> None:
    text = (
        "Russian tanks rolled into the Georgian town of Gori on Wednesday. The truce was signed a day earlier. "
        "Georgian troops abandoned it on Monday and fell back towards Tbilisi. "
        "By Wednesday afternoon Russian troops controlled the town and the road through it."
    )
    held = {o for s, p, o in facts(nlp, text) if p == "controls" and s in {"Russia", "Russian army"}}
    assert held == {"Gori"}


def test_a_deputy_chief_and_the_chief_of_a_countrys_staff_lead_no_country(nlp) -> None:
    for text in (
        "Hassan Daoud, the deputy chief of Russia's general staff, said the units were leaving.",
        "Hassan Daoud, the chief of Russia's general staff, said the units were leaving.",
    ):
        # (the staff is the army's: its chief may lead the army, never the country)
        assert not any(p == "leads" and o == "Russia" for _s, p, o in facts(nlp, text))
    assert ("Hassan Daoud", "leads", "Kalden Front") in facts(nlp, "Hassan Daoud, the chief of the Kalden Front, said so.")


def test_army_units_and_garrisons_and_being_back_in_control(nlp) -> None:
    opening = "Chad's army fought the rebels. "
    assert ("Chadian army", "controls", "Massaguet") in facts(nlp, opening + "Army units retook Massaguet on Monday.")
    found = facts(nlp, opening + "In the east, army garrisons still hold Abeche and Adre.")
    assert {("Chadian army", "controls", "Abeche"), ("Chadian army", "controls", "Adre")} <= found
    text = opening + "Government troops were back in control of Ndjamena on Tuesday after the rebels pulled out."
    assert ("Chadian army", "controls", "Ndjamena") in facts(nlp, text)


def test_two_groups_that_battled_a_third_together_do_not_fight_each_other(nlp) -> None:
    text = "Inside the city, fighters of the Kalden Front and the Dastin Brigade battled the Presidential Guard street by street."
    found = facts(nlp, text)
    assert ("Kalden Front", "fights", "Dastin Brigade") not in found and ("Dastin Brigade", "fights", "Kalden Front") not in found
    assert ("Kalden Front", "fights", "Dastin Brigade") in facts(nlp, "The Kalden Front and the Dastin Brigade clashed near Tarbo.")


def test_the_rebels_are_never_who_the_article_shows_driving_the_rebels(nlp) -> None:
    text = (
        "The Kalden Front was founded in 2012. The Dastin Brigade drove the rebels from Tarbo on Monday. "
        "The Dastin Brigade said it had lost 12 men. The Dastin Brigade later retook the airport. "
        "The rebels have regrouped around the town of Meewa, some 30 km east of the capital, which they still hold."
    )
    held = {(s, o) for s, p, o in facts(nlp, text) if p == "controls"}
    assert ("Dastin Brigade", "Meewa") not in held
    assert ("Kalden Front", "Meewa") in held


def test_both_governments_denying_it_make_the_claims_before_contested(nlp) -> None:
    text = "The army says Burkina Faso has also shipped weapons to the Kalden Front through Liberia."
    assert ("Burkina Faso", "backs", "Kalden Front") in facts(nlp, text)
    assert ("Burkina Faso", "backs", "Kalden Front") not in facts(nlp, text + " Both governments deny it.")


def test_the_accused_not_the_accuser_is_the_one_said_to_arm(nlp) -> None:
    found = {(r.subject.name, r.predicate, r.object.name) for r in relations(nlp, "Defence Minister Hassan Daoud accused Guinea of arming the Kalden Front.")}
    assert ("Guinea", "backs", "Kalden Front") in found
    assert ("Hassan Daoud", "backs", "Kalden Front") not in found


def test_pledged_support_kept_hold_and_an_army_column(nlp) -> None:
    text = "Britain has given the Kalden Front trucks and communications equipment and has pledged further support to the Dastin Brigade."
    assert {("United Kingdom", "backs", "Kalden Front"), ("United Kingdom", "backs", "Dastin Brigade")} <= facts(nlp, text)
    assert ("United States", "backs", "Kalden Front") in facts(nlp, "The United States has pledged $10 million in logistics for the Kalden Front.")
    assert ("French army", "controls", "Tarbo airport") in facts(nlp, "French troops kept hold of Tarbo airport.")
    text = "Chad's army fought the rebels. On Friday fighters of the Kalden Front routed an army column at Massaguet."
    assert ("Kalden Front", "fights", "Chadian army") in facts(nlp, text)
    # (read off the words when the subject's appositions defeat the parse)
    text = (
        "In the north, the other breakaway region, Kalden Front fighters, supported by Russian air strikes, "
        "took the upper Tarbo valley, the only part of the region still held by Chadian forces."
    )
    assert ("Kalden Front", "controls", "Tarbo valley") in facts(nlp, text)


def test_the_writers_description_of_a_group_inside_a_charge_is_a_fact(nlp) -> None:
    text = (
        "Sudan denies any role and in turn accuses Chad of backing the Justice and Equality Movement (JEM), "
        "a rebel group from Darfur that has fought the Sudanese army since 2003."
    )
    found = facts(nlp, text)
    assert ("Justice and Equality Movement", "fights", "Sudanese army") in found
    assert ("Chad", "backs", "Justice and Equality Movement") not in found  # the charge itself stays a claim
    claimed = "Khartoum accuses Chad of backing the Kalden Front, which then seized Tarbo."
    assert ("Kalden Front", "controls", "Tarbo") not in facts(nlp, claimed)


def test_a_peoples_adjective_the_model_took_for_a_name_makes_that_peoples_force(nlp) -> None:
    found = facts(nlp, "Georgian forces exchanged fire with the South Ossetian militia.")
    assert ("Georgian army", "fights", "South Ossetian militia") in found
    found = facts(nlp, "Abkhaz forces, supported by Russian air strikes, took the upper valley.")
    assert ("Russia", "backs", "Abkhaz forces") in found


def test_a_month_in_a_relative_clause_dates_that_clause_not_the_verb_above_it(nlp) -> None:
    text = (
        "In the north, government troops helped by foreign soldiers hired through a private firm, the Kalden Group, "
        "have retaken the oil town of Soyo, which the Kalden Front seized in January."
    )
    months = {r.subject.name: r.stated_month for r in relations(nlp, text) if r.predicate == "controls"}
    assert months.get("Kalden Front") == 1
    assert [m for name, m in months.items() if name != "Kalden Front"] == [None]


def test_a_numbered_brigade_is_no_rebel_group_and_a_commander_of_an_army_leads_none(nlp) -> None:
    text = (
        "The 131st Motor Rifle Brigade lost many men. The 131st Motor Rifle Brigade was pulled back. "
        "The Kalden Front held out for weeks. Elsewhere the separatists still control the towns of Argun, Gudermes and Shali."
    )
    held = {s for s, p, o in facts(nlp, text) if p == "controls"}
    assert "131st Motor Rifle Brigade" not in held
    text = "Lieutenant General Hassan Daoud, a commander of the Russian army whose northern group led the assault, said so."
    assert not any(p == "leads" for _s, p, _o in facts(nlp, text))



def test_a_participle_with_an_agent_and_no_have_is_passive(nlp) -> None:
    from spacy.tokens import Doc

    from frontline.extract.syntax import is_passive

    # "troops helped by soldiers have retaken Soyo", parsed with "helped" as the main verb
    words = ["troops", "helped", "by", "soldiers", "have", "retaken", "Soyo"]
    heads = [1, 1, 3, 1, 5, 1, 5]
    deps = ["nsubj", "ROOT", "case", "obl:agent", "aux", "conj", "obj"]
    tags = ["NNS", "VBN", "IN", "NNS", "VBP", "VBN", "NNP"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags)
    assert is_passive(doc[1])
    assert not is_passive(doc[5])



def test_armed_and_paid_and_a_flag_raised_as_others_fall_back(nlp) -> None:
    assert ("Serbia", "backs", "Kalden Front") in facts(nlp, "Serbia has armed and paid the Kalden Front since 1992.")
    headline = "Russian troops raise flag over the gutted palace as Kalden Front fighters fall back across the river"
    assert ("Russian army", "fights", "Kalden Front") in facts(nlp, headline)


def test_a_town_also_still_held_by_the_army(nlp) -> None:
    text = (
        "Angola's army is stretched. The rebels have besieged Kuito, which remains in the hands of government troops, "
        "and Malanje, also still held by the army."
    )
    assert ("Angolan army", "controls", "Malanje") in facts(nlp, text)


def test_towns_set_off_as_a_groups_last_strongholds(nlp) -> None:
    text = "The Kalden Front and its allies have fallen back towards Gisenyi and Ruhengeri in the north-west, the Front's last strongholds."
    assert {("Kalden Front", "controls", "Gisenyi"), ("Kalden Front", "controls", "Ruhengeri")} <= facts(nlp, text)


def test_a_report_that_another_speaker_gainsays_in_the_same_sentence_is_contested(nlp) -> None:
    reported = "Local officials said Guinea had sent troops to support the Kalden Front"
    assert ("Guinea", "backs", "Kalden Front") in facts(nlp, reported + "; the army says the front lost 40 men.")
    assert ("Guinea", "backs", "Kalden Front") not in facts(nlp, reported + "; the Guinean government says no Guinean soldiers crossed the border.")
    assert ("Guinea", "backs", "Kalden Front") not in facts(nlp, reported + "; the Guinean government says its soldiers never crossed the border.")


def test_a_taking_undone_before_leaving_does_not_hold(nlp) -> None:
    assert ("Kalden Front", "controls", "Gori") not in facts(nlp, "Kalden Front fighters entered Gori, where they burned the barracks before leaving.")
    assert ("Kalden Front", "controls", "Gori") not in facts(nlp, "Kalden Front fighters seized Gori before pulling back two days later.")
    assert ("Kalden Front", "controls", "Gori") in facts(nlp, "Kalden Front fighters seized Gori before pushing on to Senaki.")


def test_backing_the_text_says_ended_backs_nothing_now(nlp) -> None:
    backing = ("United States", "backs", "Kalden Front")
    assert backing in facts(nlp, "The United States armed the Kalden Front through much of the 1980s.")
    assert backing not in facts(nlp, "The United States armed the Kalden Front through much of the 1980s, but stopped that aid after the peace accords.")
    assert backing not in facts(nlp, "The United States suspended its support for the Kalden Front in May.")
    assert ("Guinea", "backs", "Kalden Front") in facts(nlp, "Guinea armed the Kalden Front and stopped a convoy of the Dastin Brigade.")


def test_a_group_now_led_by_someone_has_no_earlier_leader(nlp) -> None:
    earlier = "The Dastin Brigade's commander, Hassan Daoud, was wounded in May."
    assert ("Hassan Daoud", "leads", "Dastin Brigade") in facts(nlp, earlier + " The brigade is led by Omar Salah.")
    found = facts(nlp, earlier + " The brigade is now led by Omar Salah.")
    assert ("Omar Salah", "leads", "Dastin Brigade") in found
    assert ("Hassan Daoud", "leads", "Dastin Brigade") not in found


def test_it_is_the_unit_the_sentence_named_before_it(nlp) -> None:
    text = (
        "The Dastin Brigade has lost the town. Its men set off towards Tuzla, with Kalden Front units shelling the route."
        " The brigade's commander, Hassan Daoud, was pulled out in May; it is now led by Omar Salah."
    )
    found = facts(nlp, text)
    assert ("Omar Salah", "leads", "Dastin Brigade") in found
    assert not any(s == "Omar Salah" and o.startswith("Kalden Front") for s, _p, o in found)


def test_a_leader_the_text_says_died_leads_no_more(nlp) -> None:
    leads = ("Hassan Daoud", "leads", "Kalden Front")
    assert leads in facts(nlp, "The Kalden Front's leader, Hassan Daoud, was wounded in an air strike on Monday.")
    assert leads not in facts(nlp, "Hassan Daoud, the Kalden Front's leader, died in a Tunis hospital in May.")
    assert leads not in facts(nlp, "The Kalden Front admitted that its founder, Hassan Daoud, had died two years earlier.")


def test_a_second_object_after_an_apposition(nlp) -> None:
    text = "Since then the Kalden Front has seized Gori, a northern provincial capital, and the nearby Senaki air base."
    assert {("Kalden Front", "controls", "Gori"), ("Kalden Front", "controls", "Senaki air base")} <= facts(nlp, text)


def test_a_peoples_adjective_in_en_names_a_peoples_force(nlp) -> None:
    # "Chechen", "Karen": the adjective before "fighters" is the people's force, not a group called "Karen"
    found = facts(nlp, "Karen fighters pulled back to Myawaddy as army troops advanced.")
    assert ("Karen forces", "controls", "Myawaddy") in found  # named like "Tigrayan forces"


def test_a_giver_set_off_by_its_description(nlp) -> None:
    text = "Britain, the former colonial power, has given the Kalden Front trucks and radios and has pledged more."
    assert ("United Kingdom", "backs", "Kalden Front") in facts(nlp, text)


def test_one_of_the_other_backed_groups(nlp) -> None:
    assert ("Turkey", "backs", "Kalden Front") in facts(nlp, "The Kalden Front and other Turkish-backed factions took the town.")


def test_the_so_called_commando_that_holds_a_described_district(nlp) -> None:
    text = "Abobo, a sprawling northern district that voted heavily for Ouattara, has been in the hands of the so-called Kalden Commando since late February."
    assert ("Kalden Commando", "controls", "Abobo") in facts(nlp, text)


def test_a_participle_after_a_clause_with_its_own_subject_is_that_subjects(nlp) -> None:
    text = (
        "The Dastin Brigade, the army that had stood by Daoud, fell apart as Kalden Front columns swept south"
        " at the end of March, taking Gori, the provincial capital, on March 30."
    )
    found = facts(nlp, text)
    assert ("Kalden Front", "controls", "Gori") in found
    assert ("Dastin Brigade", "controls", "Gori") not in found


def test_an_ally_named_after_the_man_he_is_tied_to(nlp) -> None:
    text = "The Constitutional Council, headed by Daoud ally Omar Salah, threw out the results from the north."
    found = facts(nlp, text)
    assert ("Omar Salah", "leads", "Constitutional Council") in found
    assert not any(s != "Omar Salah" and p == "leads" for s, p, _o in found)


def test_a_giver_with_a_whose_clause_and_guarding_a_site(nlp) -> None:
    text = "Uzbekistan, whose president, Islam Karimov, has warned against an Islamic state on his border, has sent armoured vehicles and helicopters to the Kalden Front."
    assert ("Uzbekistan", "backs", "Kalden Front") in facts(nlp, text)
    assert ("Dastin Brigade", "controls", "Gori airport") in facts(nlp, "The Dastin Brigade is based in Gori and guards the airport.")


def test_an_accusation_against_a_long_list_is_still_a_claim(nlp) -> None:
    text = "Daoud's supporters accused France and the oil company Elf Aquitaine of helping the Kalden Front, which Paris denies."
    assert ("France", "backs", "Kalden Front") not in facts(nlp, text)


def test_men_loyal_to_a_titled_leader_are_his_forces(nlp) -> None:
    text = "Fighters loyal to former prime minister Bassam Kalu seized Gori on Monday."
    assert ("Bassam Kalu", "controls", "Gori") in facts(nlp, text)  # his forces (resolution names them)


def test_men_loyal_to_a_body_backed_by_someone_are_not_the_backers(nlp) -> None:
    text = "Fighters loyal to a rival UN-backed administration fought the Dastin Brigade."
    assert not any(s == "United Nations" for s, _p, _o in facts(nlp, text))


def test_a_set_off_participle_backs_the_actor_before_its_comma(nlp) -> None:
    text = "President Bassam Kalu left the city as Daoud's Cobra militia, backed by Angolan tanks and jets, broke through the last government lines in the centre."
    found = facts(nlp, text)
    assert ("Angola", "backs", "Bassam Kalu") not in found
    assert ("Angola", "backs", "Cobra") in found  # (the militia, by its name)


def test_recognition_is_backing_and_refusing_it_is_not(nlp) -> None:
    assert ("Russia", "backs", "Dastin Republic") in facts(nlp, "Russia recognised the Dastin Republic as independent three days before the war.")
    assert ("Russia", "backs", "Dastin Republic") not in facts(nlp, "Moscow never recognised the self-proclaimed Dastin Republic.")


def test_junta_troops_are_the_home_army(nlp) -> None:
    text = "Kalden Front fighters seize last army base in Myawaddy as junta troops retreat to Thai border bridge"
    assert ("Kalden Front", "fights", "Burmese army") in facts(nlp, text)


def test_a_border_post_taken_by_fighters_crossing_from_a_country(nlp) -> None:
    text = (
        "Kalden Front fighters crossing from Albania captured the Teloviri border post in April, "
        "and they have held it since despite weeks of shelling."
    )
    found = facts(nlp, text)
    assert ("Kalden Front", "controls", "Teloviri border post") in found  # a post is a facility
    assert not any(s == "Albania" for s, p, _o in found if p == "controls")  # crossed from, not taking
    assert not any(o == "Albania" for _s, p, o in found if p == "controls")  # "held it": the post


def test_rebel_fighters_are_never_those_who_drive_the_rebels_out(nlp) -> None:
    text = (
        "The Dastin Brigade attacked rebels in Kenema on Sunday. On Monday its troops said they had "
        "pushed rebel fighters out of the last districts of Kenema they held."
    )
    assert not any(r.predicate == "controls" and r.control_change == "loss" for r in relations(nlp, text))


def test_a_second_verb_hung_on_the_subject_noun_shares_it(nlp) -> None:
    text = (
        "Soldiers of the Dastin Brigade, the armed wing of the Kalden Front, retook Teloviri, the last "
        "rebel-held district of the town, on Saturday after days of street fighting, and now control "
        "Kenema up to its eastern limits."
    )
    found = facts(nlp, text)
    assert ("Dastin Brigade", "controls", "Kenema") in found
    assert ("Dastin Brigade", "controls", "Teloviri") in found  # "the last rebel-held district": a place


def test_in_the_town_of_x_is_x(nlp) -> None:
    text = (
        "Kenema fell on Monday. Several posts are surrounded, among them the Teloviri observation post, "
        "in the town of Morek in northern Hama province, which the army has held since last summer."
    )
    found = facts(nlp, text)
    assert ("Teloviri observation post", "locatedIn", "Morek") in found
    assert ("Teloviri observation post", "locatedIn", "Kenema") not in found


def test_a_peoples_force_inside_another_state_is_not_that_states_army(nlp) -> None:
    for text, people in (
        (
            "Serbia has armed and paid the Bosnian Serb army. On Tuesday Serb troops entered Srebrenica and "
            "NATO aircraft bombed Serb tanks near the Serb-held town of Bratunac.",
            "Bosnian Serb forces",
        ),
        (
            "Turkey has armed the Turkish Cypriot militia since 1974. Cypriot troops entered Kyrenia on Monday.",
            "Turkish Cypriot forces",
        ),
    ):
        found = facts(nlp, text)
        assert ("Serbia" if "Serb" in people else "Turkey", "backs", people) in found
        assert not any(s in {"Serbia", "Serbian army", "Cyprus", "Cypriot army"} for s, p, _o in found if p == "controls")
        assert any(s == people and p == "controls" for s, p, _o in found)
    found = facts(nlp, "Serbia has armed and paid the Bosnian Serb army. NATO aircraft bombed Serb tanks near the Serb-held town of Bratunac.")
    assert ("Bosnian Serb forces", "controls", "Bratunac") in found
    assert ("North Atlantic Treaty Organization", "fights", "Bosnian Serb forces") in found


def test_a_verb_read_as_a_noun_lends_no_subject(nlp) -> None:
    # the parser reads "Turkey denies" as a name and a noun, with "says" hung on it
    found = facts(nlp, "Turkey denies supporting the Kalden Front and says it backs only the Dastin Brigade.")
    assert ("Turkey", "backs", "Dastin Brigade") in found


def test_also_in_government_hands_as_do_two_more_towns(nlp) -> None:
    text = (
        "Kalden Front fighters took Kenema on Monday. Teloviri, the last town in the valley, also remains in "
        "government hands, as do Bo and the besieged capital, Freetown."
    )
    found = facts(nlp, text)
    assert ("Sierra Leonean government", "controls", "Teloviri") in found
    assert ("Sierra Leonean government", "controls", "Bo") in found
    assert ("Sierra Leonean government", "controls", "Freetown") in found


def test_a_surname_after_a_group_that_called_his_deal_a_betrayal_is_still_him(nlp) -> None:
    text = (
        "Prime Minister Bassam Kalu signed the accord in March. Omar Salah, head of the Kalden Front, "
        "an alliance that includes his own Dastin Brigade, called Kalu's agreement a betrayal."
    )
    kinds = {e.text: e._.frontline_kind for e in nlp(text).ents}
    assert kinds.get("Kalu") == "Person"


def test_numbered_heights_ridges_and_battalions_of_rifles(nlp) -> None:
    text = (
        "Tololing, a ridge above the highway, was retaken on June 13 by the 2nd Battalion of the "
        "Kalden Rifles. Point 5140 fell a week later, and the Dastin Grenadiers took Tiger Hill on July 4."
    )
    kinds = {e.text: e._.frontline_kind for e in nlp(text).ents}
    assert kinds.get("Point 5140") == "Place"
    assert kinds.get("Tiger Hill") == "Place"
    assert kinds.get("2nd Battalion of the Kalden Rifles") == "ArmedGroup"
    assert kinds.get("Dastin Grenadiers") == "ArmedGroup"
    found = facts(nlp, text)
    assert ("2nd Battalion of the Kalden Rifles", "controls", "Tololing") in found
    assert ("Dastin Grenadiers", "controls", "Tiger Hill") in found


def test_who_after_a_post_in_a_place_is_the_man_who_held_it(nlp) -> None:
    text = "The victory helps Tomas Arkel, the former governor of Puntland, who leads the Kalden Front in its revolt."
    found = facts(nlp, text)
    assert ("Tomas Arkel", "leads", "Kalden Front") in found
    assert ("Puntland", "leads", "Kalden Front") not in found


def test_a_ruler_who_resigned_leads_no_government(nlp) -> None:
    text = (
        "President Bassam Kalu resigned before dawn on Tuesday and flew into exile in Miami. "
        "Mexico broke off relations with Kalu's government in May."
    )
    found = facts(nlp, text)
    assert not any(s == "Bassam Kalu" and p == "leads" for s, p, _o in found)
    kept = "President Bassam Kalu flew to Miami on Tuesday. Mexico broke off relations with Kalu's government in May."
    assert any(s == "Bassam Kalu" and p == "leads" for s, p, _o in facts(nlp, kept))


def test_a_town_the_army_retook_years_ago_that_fell_to_rebels_this_week(nlp) -> None:
    text = (
        "The Kalden Front holds Kenema. Bo, which the army retook after the failed uprising of "
        "September 1978, fell to the Kalden Front again this week."
    )
    mentions = [r for r in relations(nlp, text) if r.predicate == "controls" and r.object.name == "Bo"]
    front = [r for r in mentions if r.subject.name == "Kalden Front"]
    assert front and all(r.timeline_rank == 1 and r.stated_year is None for r in front)


def test_a_spokesman_for_the_rebels_named_body_speaks_for_that_body(nlp) -> None:
    text = (
        "The Kalden Front, a rebel alliance, mediated the talks on Sunday. Major Omar Salah, a spokesman "
        "for the rebels' Military Junta, told reporters at the Bra barracks that the truce would hold."
    )
    found = facts(nlp, text)
    assert ("Omar Salah", "spokespersonFor", "Military Junta") in found
    assert ("Omar Salah", "spokespersonFor", "Kalden Front") not in found


def test_his_men_after_a_paragraph_break_are_the_man_named_before_it(nlp) -> None:
    text = (
        "Brigadier Bassam Kalu was dismissed as army chief in January. Kalu denies any wrongdoing.\n\n"
        "Within hours his men had seized the Bra barracks and Kenema international airport."
    )
    kinds = {e.text: e._.frontline_kind for e in nlp(text).ents}
    assert kinds.get("Kenema international airport") == "Facility"
    found = facts(nlp, text)
    assert ("Bassam Kalu", "controls", "Bra barracks") in found
    assert ("Bassam Kalu", "controls", "Kenema international airport") in found


def test_the_town_an_army_named_for_a_region_abandoned(nlp) -> None:
    text = (
        "Krajina has been held by rebel Serbs since 1991. Units of the Dastin Brigade entered Knin on "
        "Saturday morning, meeting little resistance, after the Krajina Serb army abandoned the town overnight."
    )
    losses = {(r.subject.name, r.object.name) for r in relations(nlp, text) if r.control_change == "loss"}
    assert losses == {("Krajina Serb forces", "Knin")}


def test_its_soldiers_opening_a_sentence_are_the_previous_subjects(nlp) -> None:
    text = (
        "The Dastin Brigade, besieged in the pocket for three years, broke through the rebel lines and on "
        "Sunday linked up with Croatian troops on the border.\n\nOn Monday its soldiers entered Velika Kladusa."
    )
    found = facts(nlp, text)
    assert ("Dastin Brigade", "controls", "Velika Kladusa") in found
    assert ("Croatian army", "controls", "Velika Kladusa") not in found


def test_leading_a_governments_defence_against_a_group(nlp) -> None:
    text = (
        "The Dastin Brigade, an elite force commanded by the president's son, Omar Salah, has led the "
        "government's defence of the bridges against the Kalden Front."
    )
    found = facts(nlp, text)
    assert ("Dastin Brigade", "fights", "Kalden Front") in found
    # (the parser makes the son a second subject of "led": a name inside the description)
    assert not any(s == "Omar Salah" for s, p, _o in found if p == "fights")


def test_a_bloc_named_after_its_region_recognised_a_leader(nlp) -> None:
    text = (
        "Bassam Kalu won the vote, and Kalu was sworn in. The African Union and the West African "
        "bloc ECOWAS recognised Kalu."
    )
    found = facts(nlp, text)
    assert ("African Union", "backs", "Bassam Kalu") in found
    assert ("Economic Community of West African States", "backs", "Bassam Kalu") in found


def test_soldiers_based_in_a_town_who_guard_its_sites(nlp) -> None:
    text = (
        "Thousands of soldiers of the Russian army's 12th Motor Rifle Division are based in Dushanbe "
        "and guard the airport, the Teloviri hydroelectric dam and other strategic sites."
    )
    found = facts(nlp, text)
    assert ("12th Motor Rifle Division", "controls", "Teloviri hydroelectric dam") in found
    assert ("12th Motor Rifle Division", "controls", "Dushanbe airport") in found


def test_crossing_and_then_taking_a_town_and_the_town_of_another(nlp) -> None:
    text = (
        "Kalden Front columns crossed from the enclave of Cabinda late last week and took Pointe-Noire "
        "and the southern town of Dolisie with little fighting."
    )
    found = facts(nlp, text)
    assert ("Kalden Front", "controls", "Pointe-Noire") in found
    assert ("Kalden Front", "controls", "Dolisie") in found


def test_they_after_an_opening_adverbial_are_the_previous_subject(nlp) -> None:
    text = (
        "The Dastin Brigade began its push into Gezira on Friday, attacking Abu Haraz, a town on the east "
        "bank of the Blue Nile. Over the weekend they crossed the river and entered Wad Madani from the east."
    )
    holders = {s for s, p, o in facts(nlp, text) if p == "controls" and o == "Wad Madani"}
    assert holders == {"Dastin Brigade"}


def test_fighters_named_by_the_first_word_of_the_one_group(nlp) -> None:
    text = (
        "The Kalden National Liberation Front took Leon. Venezuela has supplied the rebels with weapons, "
        "and Cuba has trained Kalden fighters for years."
    )
    found = facts(nlp, text)
    assert ("Cuba", "backs", "Kalden National Liberation Front") in found
    assert not any(o == "Kalden forces" for _s, _p, o in found)
    # (the parser reads "trained" here as a modifier: the words still say it)
    text = (
        "The Sandinista National Liberation Front took Leon. Venezuela and Panama have supplied the rebels "
        "with weapons, and Cuba has trained Sandinista fighters for years and sent arms through Panama."
    )
    assert ("Cuba", "backs", "Sandinista National Liberation Front") in facts(nlp, text)


def test_the_next_list_item_after_led_by_is_no_second_leader(nlp) -> None:
    text = (
        "Iran arms and advises several of the Kalden Front's most powerful factions, among them the Dastin "
        "Brigade, led by Omar Salah, and Kataib Hezbollah, a group the United States lists as a terrorist organisation."
    )
    leaders = {s for s, p, o in facts(nlp, text) if p == "leads" and o == "Dastin Brigade"}
    assert leaders == {"Omar Salah"}


def test_the_businessman_x_is_a_person_and_so_is_his_surname(nlp) -> None:
    text = (
        "On Monday its soldiers entered Velika Kladusa, the stronghold of the businessman Fikret Abdić, "
        "whose militia had fought alongside the Kalden Front. Abdić's followers fled towards Croatia."
    )
    kinds = {e.text: e._.frontline_kind for e in nlp(text).ents}
    assert kinds.get("Fikret Abdić") == "Person"
    assert kinds.get("Abdić") == "Person"


def test_an_army_spokesman_speaks_for_the_storys_army(nlp) -> None:
    text = (
        "Indian troops attacked the ridge near Kargil. Army spokesman Colonel Bikram Singh said the pullback "
        "started after the two armies' commanders met."
    )
    assert ("Bikram Singh", "spokespersonFor", "Indian army") in facts(nlp, text)


def test_a_facility_named_after_a_town_the_story_names_lies_in_it(nlp) -> None:
    found = facts(nlp, "Kenyan troops reached Kismayo on Friday and took Kismayo airport and the Kismayo port.")
    assert ("Kismayo airport", "locatedIn", "Kismayo") in found
    assert ("Kismayo port", "locatedIn", "Kismayo") in found
    # no town named on its own: the name alone places nothing
    assert not any(p == "locatedIn" for _s, p, _o in facts(nlp, "Kenyan troops took Kismayo airport on Friday."))


def test_the_government_in_a_foreign_capital_is_that_countrys(nlp) -> None:
    text = (
        "President Omar al-Bashir flew to Heglig on Monday and told cheering troops that there would be no "
        "more negotiations with the government in Juba, which he condemned for stabbing Sudan in the back."
    )
    found = facts(nlp, text)
    assert ("Omar al-Bashir", "opposes", "South Sudanese government") in found
    assert ("Omar al-Bashir", "opposes", "Sudanese government") not in found


def test_a_peoples_separatist_forces_and_the_separatists_after(nlp) -> None:
    # "<people> separatist forces": a describing word between the people and the noun;
    # "the separatists" later are those forces, the one people's force named with the word
    text = (
        "Kalden separatist forces captured Tarbo on Monday. A week later the separatists "
        "also took Meru, a town near the Georgian border, from Georgian troops."
    )
    found = facts(nlp, text)
    assert ("Kalden forces", "controls", "Tarbo") in found
    assert ("Kalden forces", "controls", "Meru") in found


def test_a_list_of_supplying_verbs_whose_first_is_tagged_an_adjective(nlp) -> None:
    found = facts(nlp, "Rwanda and Uganda armed, trained and supplied the Kalden Front from the start.")
    assert {("Rwanda", "backs", "Kalden Front"), ("Uganda", "backs", "Kalden Front")} <= found


@pytest.mark.parametrize(
    "text",
    [
        "Angola sent the Dastin Brigade, former gendarmes exiled in Angola, to fight alongside the Kalden Front in the south.",
        "Hundreds of volunteers, sent by Angola, fought alongside the Kalden Front.",
    ],
)
def test_who_sends_fighters_to_a_side_backs_it(nlp, text: str) -> None:
    assert ("Angola", "backs", "Kalden Front") in facts(nlp, text)


@pytest.mark.parametrize("tail", [", although he offered no evidence.", ", without giving any evidence."])
def test_a_charge_its_speaker_gives_no_evidence_for_is_no_fact(nlp, tail: str) -> None:
    claim = "President Kalder said on Thursday that Cuba had trained the Kalden Front"
    assert ("Cuba", "backs", "Kalden Front") in facts(nlp, claim + ".")
    assert ("Cuba", "backs", "Kalden Front") not in facts(nlp, claim + tail)


def test_separatists_are_the_group_an_apposition_calls_separatist(nlp) -> None:
    text = (
        "Fighters of the Kalden Liberation Framework (KLF), a coalition of mostly Dorian separatist groups, "
        "attacked the army. On Monday separatists took Tessit, a town in the north."
    )
    assert ("Kalden Liberation Framework", "controls", "Tessit") in facts(nlp, text)


@pytest.mark.parametrize("verb", ["shipping", "sending", "delivering"])
def test_who_is_sending_weapons_to_a_side_backs_it(nlp, verb: str) -> None:
    assert ("Angola", "backs", "Kalden Front") in facts(nlp, f"Angola is now {verb} weapons to the Kalden Front.")


def test_the_rebels_far_from_the_one_force_called_so(nlp) -> None:
    # "the rebels" four hundred words after the headline's "Omar Salah's rebels", with a
    # guard unit named often in between: still Salah's rebels, the only ones so called
    filler = "Residents queued for bread and water in the heat of the long afternoon. " * 40
    text = (
        "Omar Salah's rebels take Tarbo\n\n" + filler
        + "Gunfire went on around the barracks of the Kalden Guard (KG), where KG holdouts "
        "fired on passers-by. A general was shot by KG soldiers. "
        "The rebellion began in the east, where Meru fell to the rebels within weeks."
    )
    found = facts(nlp, text)
    assert ("Omar Salah", "controls", "Meru") in found
    assert ("Kalden Guard", "controls", "Meru") not in found


def test_the_capital_named_right_after_it_is_that_town(nlp) -> None:
    text = (
        "Meru fell last week. Meru had been the seat of the regional administration since 2014, "
        "when the Kalden Front seized the regional capital, Tarbo, and declared its own republic."
    )
    found = facts(nlp, text)
    assert ("Kalden Front", "controls", "Tarbo") in found
    assert ("Kalden Front", "controls", "Meru") not in found


def test_a_government_of_a_man_never_called_president_is_his_own(nlp) -> None:
    text = (
        "Sudanese troops entered Meru in August, and Omar Salah's government withdrew to Tarbo. "
        "Omar Salah, whose parliament had declared independence, vowed to return. "
        "President Bassam Kalu's government welcomed the news."
    )
    found = facts(nlp, text)
    assert ("Omar Salah", "leads", "Sudanese government") not in found
    assert ("Omar Salah", "leads", "Omar Salah's government") in found
    assert ("Bassam Kalu", "leads", "Sudanese government") in found


def test_in_sole_control_of(nlp) -> None:
    assert ("Kalden Front", "controls", "Gao") in facts(nlp, "Gunmen of the Kalden Front were in sole control of Gao on Monday.")


def test_the_plain_noun_of_a_bodys_name_stands_for_that_body(nlp) -> None:
    # "the courts" after the "Kalden Courts Union"; "the courts' fighters" are its men
    text = (
        "The Kalden Courts Union pulled its fighters out of Tarbo on Monday. "
        "Ten days later the courts took Meru from the Dastin Brigade. "
        "Sudanese troops routed the courts' fighters near Meru."
    )
    found = facts(nlp, text)
    assert ("Kalden Courts Union", "controls", "Meru") in found
    assert ("Kalden Courts Union", "fights", "Dastin Brigade") in found
    assert ("Sudanese army", "fights", "Kalden Courts Union") in found


def test_a_subject_the_parser_hung_on_the_verb_before_it(nlp) -> None:
    # the parser makes "the Sudanese army" a conjunct of "bombed" and leaves "routed"
    # without a subject: the army routs and captures, and nobody bombs the army
    text = (
        "The Kalden Front left Tarbo. Sudanese jets bombed the airport on Monday, and the Sudanese army, "
        "fighting alongside police units, routed the Front's fighters before capturing Meru."
    )
    found = facts(nlp, text)
    assert ("Sudanese army", "controls", "Meru") in found
    assert not any(o == "Sudanese army" and p == "fights" for _s, p, o in found)


def test_insurgent_forces_before_any_name_are_the_force_later_called_theirs(nlp) -> None:
    text = (
        "The battle left Tarbo to separatist forces backed by the Kalden Front. "
        "It began after a shoot-out between police and the separatists' Dastin Guard."
    )
    assert ("Kalden Front", "backs", "Dastin Guard") in facts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The speed of the advance has revived accusations that Sudan has armed and supplied the Kalden Front.",
        "There are reports that Sudan has armed the Kalden Front.",
    ],
)
def test_what_accusations_or_reports_say_is_hearsay(nlp, text: str) -> None:
    found = [r for r in relations(nlp, text) if r.predicate == "backs"]
    assert found and all(r.contested and not r.is_fact for r in found)


def test_a_subject_the_parser_hung_on_the_object_before_it(nlp) -> None:
    # "Russia" comes out a conjunct of "the takeover": it is who warns (and supplies), not
    # what Iran condemns
    text = (
        "The Kalden Front seized Tarbo, the second city of Sudan, from Sudan's army. Iran, which has supported the Sudanese government with money, "
        "condemned the takeover, and Russia, another supplier of the ousted government, warned that the war could spread."
    )
    found = facts(nlp, text)
    assert ("Russia", "backs", "Sudanese government") in found
    assert ("Iran", "opposes", "Russia") not in found



def test_a_militia_that_rules_a_town_controls_it(nlp) -> None:
    text = "Omar Salah, whose Kalden-i-Milli militia rules Meru and six northern provinces, has kept out of the fighting."
    assert ("Kalden-i-Milli", "controls", "Meru") in facts(nlp, text)


def test_a_capture_after_before_is_news_and_each_place_listed_with_its_region_is_taken(nlp) -> None:
    text = (
        "The Kalden Front took Meru in June. Sudanese troops routed the Front's fighters on Monday "
        "before capturing Tarbo, in the Dastin region, and Meru, in the far north."
    )
    captures = {r.object.name: r for r in relations(nlp, text) if r.predicate == "controls" and actor(r.subject) == "Sudanese army"}
    assert set(captures) == {"Tarbo", "Meru"}
    assert all(r.timeline_rank == 1 for r in captures.values())  # as new as the rout, not background


def test_a_weekday_before_militants_is_when_not_whose(nlp) -> None:
    # "On Wednesday militants stormed ...": no group called "Wednesday militants", so the
    # headline's "Militants" are the group the story names
    text = (
        "Militants hold Meru as the army collapses\n\n"
        "Fighters of the Kalden Front tightened their grip on Meru on Thursday. "
        "On Wednesday militants stormed the police headquarters in Meru."
    )
    found = {r.subject.name for r in relations(nlp, text)}
    assert not any("Wednesday" in name for name in found)
    assert ("Kalden Front", "controls", "Meru") in facts(nlp, text)


def test_a_relative_clause_capture_the_parser_lost(nlp) -> None:
    text = "The Kalden Front, which also overran Meru on Wednesday, now holds a broad stretch of the north."
    assert ("Kalden Front", "controls", "Meru") in facts(nlp, text)


def test_a_subject_pronoun_said_twice_stands_for_one_actor(nlp) -> None:
    # the second "it" is not the group named in between (the Dastin Brigade)
    text = (
        "The Kalden Front grew out of the Dastin Brigade, which disowned it in February. "
        "It also holds the Syrian city of Raqqa, where it fights the Syrian army."
    )
    found = facts(nlp, text)
    assert ("Kalden Front", "fights", "Syrian army") in found
    assert ("Dastin Brigade", "fights", "Syrian army") not in found


def test_a_title_takes_no_country_from_the_clause_before(nlp) -> None:
    text = "The United States, which spent years arming the Iraqi army, said President Omar Salah was ruling nothing out."
    assert not any(r.predicate == "leads" and r.object.name == "Iraq" for r in relations(nlp, text))
    text = "Uzbekistan, whose president, Omar Salah, has warned against the rebels, sent armour to the Kalden Front."
    assert ("Omar Salah", "leads", "Uzbekistan") in facts(nlp, text)


def test_rebel_fighters_opening_a_sentence_are_the_rebels_the_headline_named(nlp) -> None:
    # capitalised only as the sentence's first word: "Rebel" names no group of its own
    text = (
        "Sudanese rebels seize Meru airport\n\n"
        "Rebel fighters captured the airport of Meru on Wednesday. Rebels drove them out of the centre in April."
    )
    found = relations(nlp, text)
    assert {actor(r.subject) for r in found if r.predicate == "controls"} == {"Sudanese rebels"}
    alone = "Rebels drove government troops out of the centre of Meru in late April."
    assert not any(e.text == "Rebels" for e in nlp(alone).ents)


def test_what_a_though_clause_grants_is_outside_the_denial(nlp) -> None:
    text = "Egypt denied sending troops, though it has recognised the Kalden Front and supplied the Front with fuel."
    found = [r for r in relations(nlp, text) if r.predicate == "backs" and r.object.name == "Kalden Front"]
    assert found and all(r.is_fact for r in found)


def test_an_alliances_air_power_is_the_alliance(nlp) -> None:
    assert ("North Atlantic Treaty Organization", "backs", "Kalden Front") in facts(
        nlp, "NATO air power has backed the Kalden Front throughout the siege."
    )
    assert ("North Atlantic Treaty Organization", "backs", "Kalden Front") in facts(
        nlp, "The Kalden Front, backed by NATO air power, took Meru."
    )


def test_one_of_many_units_which_fought_and_its_commander(nlp) -> None:
    # the relative clause closes "one of ..." set off after the name; "Its" in the next
    # sentence is the doer of the passive before it, not the enemy named last
    text = (
        "The assault was led by the Dastin Brigade, one of dozens of volunteer units under the council's command, "
        "which has fought the Kalden Front street by street since March. Its commander, Omar Salah, said 11 of his men had died."
    )
    found = facts(nlp, text)
    assert ("Dastin Brigade", "fights", "Kalden Front") in found
    assert ("Omar Salah", "leads", "Dastin Brigade") in found
    assert ("Omar Salah", "leads", "Kalden Front") not in found


def test_commanded_by_a_persons_son_is_commanded_by_the_son(nlp) -> None:
    text = "The Dastin Brigade, commanded by Omar Salah's son Ahmed Salah, led the siege of Meru."
    found = facts(nlp, text)
    assert ("Ahmed Salah", "leads", "Dastin Brigade") in found
    assert ("Omar Salah", "leads", "Dastin Brigade") not in found


def test_they_after_the_insurgents_are_the_insurgents(nlp) -> None:
    text = (
        "Kalden Front insurgents marched into Meru on Thursday. The army held out for weeks. "
        "The capital had been encircled since January, when the insurgents launched their dry-season offensive. "
        "On April 1 they overran Tarbo, the last government stronghold on the river."
    )
    taken = {actor(r.subject) for r in relations(nlp, text) if r.predicate == "controls" and r.object.name == "Tarbo"}
    assert taken == {"Kalden Front"}


def test_a_named_place_closing_a_list_of_unnamed_ones_is_held(nlp) -> None:
    # "their" is the insurgents' (named before the government in between)
    text = (
        "Kalden Front insurgents marched into Meru, and the collapsing Sudanese government ordered its troops to stop fighting. "
        "By midday white flags hung from government buildings, and the insurgents' radio said their forces held "
        "every ministry, the central market and Meru airport, on the western outskirts of the capital."
    )
    assert ("Kalden Front", "controls", "Meru airport") in facts(nlp, text)
    assert not any(r.predicate == "controls" and r.object.name == "Omar Salah" for r in relations(
        nlp, "The army held talks, meetings and Omar Salah."
    ))


def test_a_divided_states_name_is_kept_whole(nlp) -> None:
    text = "North Vietnamese divisions are now closing on Saigon in their own offensive against South Vietnam."
    found = facts(nlp, text)
    assert ("North Vietnamese army", "fights", "South Vietnam") in found
    assert {e.text for e in nlp("North Vietnam denied it.").ents} == {"North Vietnam"}


def test_each_part_of_a_charge_is_the_accusers_claim(nlp) -> None:
    text = "Sudan long accused Egypt of arming the Kalden Front and of sending troops to fight the Dastin Brigade alongside them."
    assert not any(r.predicate == "fights" and r.is_fact for r in relations(nlp, text))


def test_claims_no_one_could_verify_are_no_facts(nlp) -> None:
    text = (
        "Away from Tarbo, the Kalden Front says its men also control Meru, the country's second town. "
        "The government says its garrison there has not changed sides. Neither claim could be verified."
    )
    held = [r for r in relations(nlp, text) if r.predicate == "controls" and r.object.name == "Meru"]
    assert held and not any(r.is_fact for r in held)
    text = "Egypt said the town of Meru remained in its hands, and there was no independent confirmation either way."
    held = [r for r in relations(nlp, text) if r.predicate == "controls"]
    assert held and not any(r.is_fact for r in held)


def test_names_listed_after_taken_are_places(nlp) -> None:
    found = facts(nlp, "She said Ethiopian forces had earlier taken Meru and Mai Dima, two towns on the road from the border.")
    assert ("Ethiopian army", "controls", "Mai Dima") in found


def test_a_which_clause_after_the_accused_is_the_writers_description(nlp) -> None:
    # the parser may hang ", which has fought" on "accuses": still no part of the charge
    text = "Addis Ababa accuses Eritrea of arming the Kalden Front (KF), which has fought Ethiopian government troops in the south for years."
    found = relations(nlp, text)
    assert ("Kalden Front", "fights", "Ethiopian army") in facts(nlp, text)
    assert not any(r.predicate == "fights" and r.subject.name == "Ethiopia" for r in found)  # a state never fights its own army
    assert all(not r.is_fact for r in found if r.predicate == "backs")


def test_a_surname_after_al_is_the_person_unless_it_names_a_group(nlp) -> None:
    text = (
        "ERBIL, Iraq — Iraqi troops fled Mosul on Tuesday. Prime Minister Nouri al-Maliki blamed a conspiracy. "
        "Iran, the main regional backer of Maliki's government, condemned the attack."
    )
    doc = nlp(text)
    assert [e._.frontline_canonical for e in doc.ents if e.text == "Maliki"] == ["Nouri al-Maliki"]
    assert ("Iran", "backs", "Iraqi government") in facts(nlp, text)
    # with no other country named, "Maliki's government" is taken for Iran's: a state
    # never backs its own government
    alone = "Nouri al-Maliki blamed a conspiracy. Iran, the main regional backer of Maliki's government, condemned the attack."
    assert not any(r.predicate == "backs" and r.subject.name == "Iran" and r.object.name == "Iranian government" for r in relations(nlp, alone))
    # "Houthi fighters": the word names the movement too, so a lone "Houthi" is left alone
    doc = nlp("Abdul-Malik al-Houthi spoke on Sunday. Houthi fighters took the port of Hodeidah.")
    assert not any(e.text == "Houthi" and e.label_ == "PER" for e in doc.ents)


def test_a_partner_fighting_alongside_fights_the_same_enemy(nlp) -> None:
    text = "The Ethiopian army, fighting alongside Kenyan troops, routed the Kalden Front's fighters around Baidoa."
    found = facts(nlp, text)
    assert ("Kenyan army", "backs", "Ethiopian army") in found  # (the story's country is Ethiopia)
    assert {("Ethiopian army", "fights", "Kalden Front"), ("Kenyan army", "fights", "Kalden Front")} <= found
    text = "The Dastin Brigade, fighting alongside the Meru Militia, routed the Kalden Front's fighters around Baidoa."
    assert ("Dastin Brigade", "backs", "Meru Militia") in facts(nlp, text)


def test_a_foreign_army_alongside_the_home_army_backs_it(nlp) -> None:
    # the story is about South Sudan: Uganda's troops back its army, whichever comes first;
    # "out of the capital of Jonglei state" is where the rebels went, not whose they are
    text = (
        "JUBA, South Sudan — South Sudan's army, fighting alongside Ugandan troops, recaptured Bor on Saturday "
        "and drove rebels loyal to former vice president Riek Machar out of the capital of Jonglei state."
    )
    found = facts(nlp, text)
    assert ("Ugandan army", "backs", "South Sudanese army") in found
    assert ("Ugandan army", "fights", "Riek Machar") in found
    assert not any("Jonglei" in s + o for s, _p, o in found if _p == "fights")


def test_what_a_which_clause_says_the_accused_holds_is_the_writers_fact(nlp) -> None:
    text = (
        "Sudan accused Egypt of arming the Kalden Front, which launched its insurgency from Egyptian territory in 1999 "
        "and now controls much of Lofa county in the north, as well as Tubmanburg, the capital of Bomi county."
    )
    found = facts(nlp, text)
    assert {("Kalden Front", "controls", "Lofa county"), ("Kalden Front", "controls", "Tubmanburg")} <= found
    assert ("Tubmanburg", "locatedIn", "Bomi county") in found
    assert ("Egypt", "backs", "Kalden Front") not in found  # the charge itself stays a claim
    text = (
        "The Kalden Front rebels took the port. Defence Minister Omar Salah accused Guinea of arming the rebels, who launched "
        "their insurgency from Guinean territory in 1999 and now control much of Lofa county in the north, as well as Tubmanburg."
    )
    held = {o for s, p, o in facts(nlp, text) if p == "controls" and s.startswith("Kalden Front")}
    assert held == {"Lofa county", "Tubmanburg"}


def test_special_forces_and_marines_are_their_countrys_army(nlp) -> None:
    found = facts(nlp, "US special forces began training Mozambican marines in March.")
    assert ("American army", "backs", "Mozambican army") in found


def test_one_of_the_backers_of_a_leaders_government(nlp) -> None:
    text = "Prime Minister Omar Salah leads Libya. Italy, one of the strongest backers of the Salah government, runs a hospital in Misrata."
    found = [r for r in relations(nlp, text) if r.predicate == "backs" and r.is_fact]
    assert [(r.subject.name, r.object.name, r.object.text) for r in found] == [("Italy", "Libyan government", "Salah government")]


def test_a_set_off_clause_with_a_number_still_leaves_the_subject(nlp) -> None:
    text = "The United States, which has three warships with about 2,300 Marines off the coast, has pledged $10 million in logistics for the Kalden Front."
    assert ("United States", "backs", "Kalden Front") in facts(nlp, text)


def test_a_body_named_for_its_enemy_fights_it(nlp) -> None:
    text = "Omar Salah, a spokesman for the US-led coalition against the Kalden Front, called the exchange a misunderstanding."
    assert ("US-led coalition", "fights", "Kalden Front") in facts(nlp, text)
    text = "Fighters of the Dastin Brigade, the GNA's military operation against the Kalden Front, overran the last blocks of Sirte."
    assert ("Dastin Brigade", "fights", "Kalden Front") in facts(nlp, text)


def test_every_city_of_a_government_held_list(nlp) -> None:
    text = "Angola's government fought UNITA. The government-held cities of Benguela, Lobito and Lubango have filled with refugees."
    held = {o for s, p, o in facts(nlp, text) if p == "controls" and s == "Angolan government"}
    assert held == {"Benguela", "Lobito", "Lubango"}


def test_a_place_whose_apposition_names_another_place_fell(nlp) -> None:
    text = "Jalalabad, the capital of Nangarhar province, fell to the Kalden Front on September 11."
    assert ("Kalden Front", "controls", "Jalalabad") in facts(nlp, text)


def test_airfields_held_at_two_places(nlp) -> None:
    # the second name, typed a person by the model, is a place listed with the first
    text = "Russian forces also hold the airfields at Khankala, just east of the city, and Severny, to the north."
    held = {o for s, p, o in facts(nlp, text) if p == "controls" and s == "Russian army"}
    assert held == {"Khankala", "Severny"}


def test_an_army_column_is_the_army(nlp) -> None:
    text = "Chad's army is under pressure. On Friday Kalden Front units routed an army column at Massaguet, north-east of the capital."
    assert ("Kalden Front", "fights", "Chadian army") in facts(nlp, text)
    # (read off the words when the subject's appositions defeat the parse)
    text = (
        "In the north, the other breakaway region, Kalden Front fighters, supported by Russian air strikes, "
        "took the upper Tarbo valley, the only part of the region still held by Chadian forces."
    )
    assert ("Kalden Front", "controls", "Tarbo valley") in facts(nlp, text)


def test_battles_with_a_navys_gunboats(nlp) -> None:
    text = "The Sea Tigers, the group's naval wing, fought running battles with Sri Lanka Navy gunboats."
    assert ("Sea Tigers", "fights", "Sri Lanka Navy") in facts(nlp, text)


def test_overrunning_posts_manned_by_a_force_fights_it(nlp) -> None:
    text = "The Kalden Front overran several observation posts manned by the Dastin Brigade."
    assert ("Kalden Front", "fights", "Dastin Brigade") in facts(nlp, text)


def test_who_retakes_a_place_fights_who_held_it(nlp) -> None:
    text = "In the north, government troops of Angola have retaken the oil town of Soyo, which UNITA seized in January."
    assert ("Angolan army", "fights", "UNITA") in facts(nlp, text)
    text = "In the north, government troops of Angola have retaken the oil town of Soyo, which UNITA had held, without a shot fired."
    assert ("Angolan army", "fights", "UNITA") not in facts(nlp, text)


def test_government_troops_keep_their_words_as_the_armys_alias(nlp) -> None:
    text = "Somalia's army regrouped. Government troops and Ethiopian soldiers retook Baidoa from the Kalden Front."
    takers = {r.subject.text: r.subject.name for r in relations(nlp, text) if r.predicate == "controls" and r.control_change == "gain"}
    assert takers.get("Government troops") == "Somali army"


def test_broke_into_and_they_after_an_opening_date(nlp) -> None:
    text = (
        "Kalden Front fighters broke into Meru in late July, after sweeping through the districts that ring it, "
        "which government troops had held for a decade. By the first week of August they had captured the provincial radio building."
    )
    found = facts(nlp, text)
    assert ("Kalden Front", "controls", "Meru") in found
    held = {s for s, p, o in found if p == "controls" and o == "provincial radio building"}
    assert held == {"Kalden Front"}


def test_a_numbered_road_is_no_armed_group(nlp) -> None:
    doc = nlp("Russian police deployed to secure the M5 highway. The Kalden Front retook the M5 on Sunday. M23 rebels took Goma.")
    kinds = {e.text: e._.frontline_kind for e in doc.ents}
    assert kinds["M5"] == "Place" and kinds["M23"] == "ArmedGroup"


def test_a_leaders_government_is_the_country_he_is_titled_for(nlp) -> None:
    story = "Haiti's police are outgunned by the gangs of Port-au-Prince. "
    for titled in ("Kenyan President William Ruto sent police.", "In Nairobi, President William Ruto sent police."):
        text = story + titled + " Ruto's government pressed ahead after signing a deal with Haiti."
        governments = {r.object.name for r in relations(nlp, text) if r.predicate == "leads" and r.subject.name == "William Ruto"}
        assert "Kenyan government" in governments and "Haitian government" not in governments


def test_a_government_holds_towns_in_its_own_country(nlp) -> None:
    # filed from Turkey, about Syria: "the government" holding Syrian towns is Syria's
    text = (
        "KILIS, Turkey — Turkish troops and their allies took Afrin, Turkey said. Turkey called it a victory. "
        "Kurdish fighters withdrew towards the government-held Shia towns of Nubl and Zahraa."
    )
    holders = {s for s, p, o in facts(nlp, text) if p == "controls" and o == "Nubl"}
    assert holders == {"Syrian government"}


def test_what_is_flown_in_for_a_force_backs_it(nlp) -> None:
    text = "The United States backed the republic to the end, flying rice and ammunition into Meru for the Kalden Front until rockets closed the runway."
    assert ("United States", "backs", "Kalden Front") in facts(nlp, text)


def test_who_gives_a_leaders_government_military_aid_backs_it(nlp) -> None:
    text = "Yemen's President Omar Salah fled Sanaa. The United States, which gives Salah's government military aid, called on the rebels to stop."
    found = facts(nlp, text)
    assert ("United States", "backs", "Yemeni government") in found
    assert not any(p == "backs" and o == "United States" for s, p, o in found)  # the possessor gives nothing


def test_states_that_are_members_a_specialist_at_a_body_and_speaking_for(nlp) -> None:
    found = facts(nlp, "Both Ethiopia and Eritrea are members of the Organisation of African Unity.")
    assert {("Ethiopia", "memberOf", "Organisation of African Unity"), ("Eritrea", "memberOf", "Organisation of African Unity")} <= found
    found = facts(nlp, "Anders Holm, an Indochina specialist at the Institute for Asian Affairs in Hong Kong, said so.")
    assert ("Anders Holm", "memberOf", "Institute for Asian Affairs") in found
    found = facts(nlp, "Brig. Gen. Mey Sichan, speaking for the general staff of the Khmer National Armed Forces (FANK), had broadcast an order.")
    assert ("Mey Sichan", "spokespersonFor", "Khmer National Armed Forces") in found


def test_the_capital_of_a_region_of_a_country(nlp) -> None:
    found = facts(nlp, "Barentu, the capital of the Gash-Barka region of Eritrea, is the largest town to fall.")
    assert {("Barentu", "locatedIn", "Gash-Barka region"), ("Gash-Barka region", "locatedIn", "Eritrea")} <= found


def test_a_town_described_with_a_demonym_lies_in_that_country(nlp) -> None:
    assert ("Phnom Penh", "locatedIn", "Cambodia") in facts(nlp, "The Kalden Front marched into Phnom Penh, the Cambodian capital, on Thursday.")
    assert ("Kassala", "locatedIn", "Sudan") in facts(nlp, "Refugees crossed into Sudan near Kassala, a Sudanese border city.")


def test_two_countries_jets_striking_government_armour(nlp) -> None:
    text = "Libya's army shelled the port. French and British jets, flying under NATO command, have carried out many of the strikes on government armour."
    found = facts(nlp, text)
    assert {("France", "fights", "Libyan army"), ("United Kingdom", "fights", "Libyan army")} <= found


def test_a_town_that_served_as_a_base_for_a_force_is_held(nlp) -> None:
    text = "Government troops fled towards Tawergha, a town about 40 km away that has served as a base for the Kalden Front throughout the siege."
    assert ("Kalden Front", "controls", "Tawergha") in facts(nlp, text)


def test_a_relative_clause_after_a_town_described_at_length_is_the_towns(nlp) -> None:
    text = "Its fighters would march on Mariupol, the port city on the Sea of Azov in the south of the Donetsk region that is still held by the Kalden Front."
    found = facts(nlp, text)
    assert ("Kalden Front", "controls", "Mariupol") in found
    assert ("Kalden Front", "controls", "Donetsk region") not in found
    text = "Zinjibar and Mukalla, two towns in neighbouring Abyan province that the Kalden Front still holds, are the next targets."
    found = facts(nlp, text)
    assert {("Kalden Front", "controls", "Zinjibar"), ("Kalden Front", "controls", "Mukalla")} <= found
    assert ("Kalden Front", "controls", "Abyan province") not in found
    text = "Zinjibar and Mukalla, two towns in neighbouring Abyan province that the fighters of the Kalden Front still hold, are the next targets."
    found = {(o, p) for s, p, o in facts(nlp, text)}  # (the fighters' node is named by the parse)
    assert {("Zinjibar", "controls"), ("Mukalla", "controls")} <= found and ("Abyan province", "controls") not in found
    # (not a phrase that opens with a verb: the clause stays on the city it names)
    text = "Avdiivka, in the Donetsk region, lies just north of the city of Donetsk, which the Kalden Front now holds."
    found = facts(nlp, text)
    assert ("Kalden Front", "controls", "Donetsk") in found and ("Kalden Front", "controls", "Donetsk region") not in found


def test_whose_fighters_are_the_mens_of_the_person_or_body_the_clause_hangs_on(nlp) -> None:
    text = "Omar Salah is the new governor. Salah, whose fighters had battled the Kalden Front for years, denounced the deal."
    fights = [r for r in relations(nlp, text) if r.predicate == "fights" and r.object.name == "Kalden Front"]
    assert fights and all(r.subject.commander in {"Omar Salah", "Salah"} and r.subject.kind == "ArmedGroup" for r in fights)
    text = "The Dastin Brigade, whose fighters had battled the Kalden Front for years, denounced the deal."
    assert ("Dastin Brigade", "fights", "Kalden Front") in facts(nlp, text)


def test_a_participle_after_pressing_lines_calls_on_no_one(nlp) -> None:
    text = "A bomb landed near the town, where the Kalden Front was pressing Dastin Brigade lines, killing three soldiers and leaving dozens wounded."
    assert not any(p == "opposes" for s, p, o in facts(nlp, text))


def test_a_capture_after_an_event_dated_in_the_past_is_background(nlp) -> None:
    text = (
        "The army raised its flag over Meru on Tuesday. The Kalden Front took over the town after the Dastin Brigade, "
        "which had fought it for two years, withdrew that year."
    )
    taken = [r for r in relations(nlp, text) if r.predicate == "controls" and r.subject.name == "Kalden Front"]
    assert taken and all(r.timeline_rank == 0 for r in taken)


def test_launching_a_named_operation_to_take_a_town_fights_its_holder(nlp) -> None:
    text = "Seven weeks ago the Sri Lankan army launched Operation Sandglass to take Meru from the Kalden Front."
    found = {(s, p, o): r for r in relations(nlp, text) for s, p, o in [(actor(r.subject), r.predicate, actor(r.object))]}
    assert found[("Sri Lankan army", "fights", "Kalden Front")].is_fact
    assert not found[("Sri Lankan army", "controls", "Meru")].is_fact  # the taking is the aim


def test_the_whole_of_a_region_including_a_town_under_the_control_of_the_security_forces(nlp) -> None:
    text = "The Sri Lankan army pushed north. The whole of Valikamam, including Meru town, is now under the control of the security forces, a spokesman said."
    assert ("Sri Lankan army", "controls", "Valikamam") in facts(nlp, text)


def test_a_place_the_group_still_holds_along_with_others_under_a_hedged_move(nlp) -> None:
    text = "Its leader, Omar Salah, is believed to have moved his headquarters to Meru, which the Kalden Front still holds along with Gao and Kidal."
    found = {(s, p, o): r for r in relations(nlp, text) for s, p, o in [(actor(r.subject), r.predicate, actor(r.object))]}
    for place in ("Meru", "Gao", "Kidal"):
        assert found[("Kalden Front", "controls", place)].is_fact  # the writer's description, not the suspicion


def test_a_name_after_and_that_opens_a_clause_of_its_own_is_not_taken(nlp) -> None:
    text = "Ten weeks ago the military junta in Buenos Aires seized the islands and Britain sent a task force."
    assert not any(p == "controls" and o == "United Kingdom" for s, p, o in facts(nlp, text))
    assert ("Kalden Front", "controls", "Mogadishu airport") in facts(nlp, "The Kalden Front held every ministry, the central market and Mogadishu airport on Sunday.")


def test_a_garrison_that_surrendered_to_a_force(nlp) -> None:
    found = facts(nlp, "The Kalden Front garrison in Meru surrendered to the Dastin Brigade on Monday.")
    assert ("Dastin Brigade", "controls", "Meru") in found
    assert any(p == "fights" and "Dastin Brigade" in {s, o} for s, p, o in found)
    found = facts(nlp, "Argentina's garrison on the Falkland Islands surrendered to the Dastin Brigade on Monday night.")
    assert ("Argentine army", "fights", "Dastin Brigade") in found or ("Dastin Brigade", "fights", "Argentine army") in found


def test_its_commander_after_a_described_opening_name_is_that_names(nlp) -> None:
    text = (
        "Its head, Omar Salah, led the staff out to Darwin on September 14.\n\n"
        "Kaldentil, the guerrilla army that fought Indonesian troops for 24 years, stayed in its camps in the hills "
        "during the killings and did not fire back. Its commander, Kiro Adde, who leads the CNRT, the umbrella group, ordered the restraint."
    )
    found = facts(nlp, text)
    assert ("Kiro Adde", "leads", "Kaldentil") in found
    assert not any(p == "leads" and o == "Indonesian army" for s, p, o in found)


def test_the_army_described_with_its_commander_is_the_states_army(nlp) -> None:
    text = (
        "Kaldentil rebels attacked the town of Meru in western Nepal. "
        "The army, commanded by General Omar Salah, has grown quickly. India has supplied it with rifles."
    )
    found = facts(nlp, text)
    assert ("Omar Salah", "leads", "Nepalese army") in found
    assert ("India", "backs", "Nepalese army") in found  # not the general's own men


def test_it_captured_after_a_place_described_between_commas_is_that_place(nlp) -> None:
    text = "The Kalden Front opened its offensive on March 10 with an attack on Meru, a provincial capital in the Central Highlands, and captured it within days."
    found = facts(nlp, text)
    assert ("Kalden Front", "controls", "Meru") in found
    assert ("Kalden Front", "controls", "Central Highlands") not in found


def test_a_subject_the_parser_gave_to_the_participle_set_off_after_it(nlp) -> None:
    text = "The Kalden Front, led in the field by General Omar Salah, opened its spring offensive on March 10 with an attack on Meru, a provincial capital in the Central Highlands, and captured it within days."
    assert ("Kalden Front", "controls", "Meru") in facts(nlp, text)


def test_a_one_word_name_that_fell_to_a_force_is_a_place(nlp) -> None:
    assert ("Kalden Front", "controls", "Kurta") in facts(nlp, "Kurta fell to the Kalden Front on Monday.")
    assert not facts(nlp, "President Kiro Adde fell to his knees.")


def test_they_after_thousands_of_a_force_supported_by_others_are_that_force(nlp) -> None:
    text = (
        "Thousands of Marines, supported by armoured battalions of the Kenyan army and by several Ugandan battalions, "
        "pushed into the northern edge of Meru on Monday. Within four days they had driven the Kalden Front out of the Tarbo district."
    )
    found = facts(nlp, text)
    assert ("Marines", "fights", "Kalden Front") in found
    assert ("Kenyan army", "fights", "Kalden Front") not in found  # a supporter named on the way is not "they"


def test_ruling_a_country_with_foreign_backing_is_no_backing_by_that_country(nlp) -> None:
    text = "Omar Salah, who ruled Somalia with Soviet backing until his government collapsed in April 1992, lived in Meru."
    assert not any(p == "backs" and s == "Somalia" for s, p, o in facts(nlp, text))


def test_factions_among_them_named_ones_fought_a_force(nlp) -> None:
    text = "Other factions, among them the Dastin Brigade and the Kalden Front, also fought the Marines in the city."
    assert {("Dastin Brigade", "fights", "Marines"), ("Kalden Front", "fights", "Marines")} <= facts(nlp, text)


def test_a_name_opening_with_ansar_is_a_movement_not_a_person(nlp) -> None:
    found = [r for r in relations(nlp, "Ansar al-Kalden attacked the Marines near Meru.") if r.predicate == "fights"]
    assert found and found[0].subject.name == "Ansar al-Kalden" and found[0].subject.kind != "Person"


def test_troops_sent_to_shore_up_a_group_back_it(nlp) -> None:
    assert ("Uganda", "backs", "Kalden Front") in facts(nlp, "Uganda sent troops to shore up the Kalden Front.")
    assert ("Uganda", "backs", "Kalden Front") in facts(nlp, "Uganda shored up the Kalden Front with troops.")
    # troops moved there to shore it up support it by being there: no mere purpose
    assert ("Kenya", "backs", "Kalden Front") in facts(nlp, "Kenya moved troops into Meru to shore up the Kalden Front.")


def test_rifles_provided_for_a_group_back_it(nlp) -> None:
    assert ("United States", "backs", "Kalden Front") in facts(nlp, "The United States provided rifles for the Kalden Front.")
    # "for years" names no one the rifles went to; the group after "to" still does
    assert ("Egypt", "backs", "Kalden Front") in facts(nlp, "Egypt has supplied rifles for years to the Kalden Front.")


def test_northern_troops_are_one_side_of_a_divided_country_not_its_army(nlp) -> None:
    found = facts(nlp, "Kalden fell to northern forces on Monday. Northern brigades then overran the Meru air base.")
    assert {("northern forces", "controls", "Kalden"), ("northern forces", "controls", "Meru air base")} <= found
    text = "A southern military spokesman, Colonel Omar Salah, said the southern army still held Tarbo."
    assert ("Omar Salah", "spokespersonFor", "southern forces") in facts(nlp, text)


@pytest.mark.parametrize("marker", ["3 comments", "Reader comments (2)", "Comments [4]"])
def test_what_readers_say_below_the_article_is_no_fact(nlp, marker: str) -> None:
    body = "The Dastin Brigade shelled Tarbo on Monday, officials said. Residents fled north. " * 3
    text = f"{body}\n\n{marker}\n\nOmar S. — Everyone knows Egypt armed the Kalden Front for years."
    claims = [r for r in relations(nlp, text) if r.predicate == "backs"]
    assert claims and not any(r.is_fact for r in claims)


def test_a_weekday_dates_a_hold(nlp) -> None:
    held = [r for r in relations(nlp, "By Sunday afternoon the Kalden Front held the whole of Meru.") if r.predicate == "controls"]
    assert held and held[0].stated_weekday == 6  # Monday is 0
    held = [r for r in relations(nlp, "The Kalden Front has held Meru for a week.") if r.predicate == "controls"]
    assert held and held[0].stated_weekday is None


def test_those_who_formed_a_group_are_that_group(nlp) -> None:
    text = "The mutineers, who have since formed the Kalden Front, took Meru and Tarbo."
    assert {("Kalden Front", "controls", "Meru"), ("Kalden Front", "controls", "Tarbo")} <= facts(nlp, text)


def test_which_after_a_leader_named_by_led_by_is_the_body_he_leads(nlp) -> None:
    text = "Arms reached the Kalden Front, the rebel movement led by Omar Salah, which Egypt's army has fought for years."
    found = facts(nlp, text)
    assert ("Egyptian army", "fights", "Kalden Front") in found
    assert not any(o == "Omar Salah" for s, p, o in found if p == "fights")


def test_they_after_bare_soldiers_in_the_same_sentence_are_those_soldiers(nlp) -> None:
    text = (
        "The Kalden Front overran Tarbo on Sunday. Soldiers flown in by helicopter pushed into "
        "the town on Tuesday, and by Wednesday they held the police headquarters."
    )
    assert ("Kalden Front", "controls", "Tarbo") in facts(nlp, text)
    assert not any(s == "Kalden Front" and "headquarters" in o for s, p, o in facts(nlp, text))


def test_a_movements_army_is_what_the_rebels_stand_for(nlp) -> None:
    # "Liberation Army" is a movement's name, not a state's army that "the rebels" never are
    text = "The Tarbo Liberation Army attacked a camp in northern Uganda on Monday. Sudan has long armed the rebels."
    assert ("Sudan", "backs", "Tarbo Liberation Army") in facts(nlp, text)


def test_a_claim_the_accused_capital_denies_next_is_no_fact(nlp) -> None:
    text = (
        "The Kalden Front attacked Tarbo. Chadian officials have long said that Sudan's government armed "
        "the Kalden Front. Khartoum denies ever backing the rebels."
    )
    found = facts(nlp, text)
    assert ("Sudanese government", "backs", "Kalden Front") not in found  # the claim, denied by its subject's capital
    assert ("Sudan", "backs", "Kalden Front") not in found  # the denial itself ("denies ever backing")


def test_another_persons_government_is_not_the_one_already_led(nlp) -> None:
    text = (
        "Uganda is at war. The Kalden Front has fought President Omar Salah's government since 1987. "
        "Under a deal with President Tomas Vrel's government, Ugandan troops crossed into Sudan."
    )
    found = facts(nlp, text)
    assert ("Omar Salah", "leads", "Ugandan government") in found
    assert ("Tomas Vrel", "leads", "Ugandan government") not in found


def test_a_peoples_militants_are_its_forces_and_own_troops_sent_back_nobody(nlp) -> None:
    # "Chechen militants" are the people's forces, which "the rebels" stand for later
    text = "The Kremlin blamed the bombings on Chechen militants. The rebels still hold the town of Vedeno."
    assert ("Chechen forces", "controls", "Vedeno") in facts(nlp, text)
    # the sender's own troops are no one it backs (not the group named before "its")
    text = "The Kalden Front slipped away to the mountains. Moscow sent its troops into Chechnya in October."
    assert ("Russia", "backs", "Kalden Front") not in facts(nlp, text)


def test_a_place_still_held_by_another_when_taken_was_held_before(nlp) -> None:
    text = "The Kalden Front took the upper Tarbo valley, the only part of the region still held by Chadian forces."
    found = relations(nlp, text)
    taken = {(actor(r.subject), r.object.name, r.control_change, r.timeline_rank) for r in found if r.predicate == "controls"}
    assert ("Kalden Front", "Tarbo valley", "gain", 1) in taken  # "the upper X" is X
    assert ("Chadian army", "Tarbo valley", None, 0) in taken  # the hold before the taking
    assert ("Kalden Front", "fights", "Chadian army") in facts(nlp, text)
    # (read off the words when the subject's appositions defeat the parse)
    text = (
        "In the north, the other breakaway region, Kalden Front fighters, supported by Russian air strikes, "
        "took the upper Tarbo valley, the only part of the region still held by Chadian forces."
    )
    assert ("Kalden Front", "controls", "Tarbo valley") in facts(nlp, text)


def test_a_places_rebels_beside_a_longer_name_are_that_movement(nlp) -> None:
    # "Bougainville rebels" is no group called "Bougainville": the word opens the movement's name
    text = (
        "Omar Salah hired mercenaries to crush Bougainville rebels. The uprising grew into a war led by "
        "the Bougainville Revolutionary Army (BRA). The rebels hold Arawa."
    )
    assert ("Bougainville Revolutionary Army", "controls", "Arawa") in facts(nlp, text)


def test_anti_x_is_against_x_and_a_late_commander_leads_nothing(nlp) -> None:
    found = facts(nlp, "The Taliban took Kabul. Anti-Taliban militias retook the town of Charikar on Monday.")
    assert ("Taliban", "controls", "Charikar") not in found  # the militias are the Taliban's enemies
    found = facts(nlp, "The Taliban took Kabul. The anti-Taliban commander Ahmad Shah Massoud spoke.")
    assert ("Ahmad Shah Massoud", "leads", "Taliban") not in found
    found = facts(nlp, "The Kalden Front took Tarbo. The group's late commander, Omar Salah, was buried there.")
    assert ("Omar Salah", "leads", "Kalden Front") not in found  # dead: he leads it no more


def test_a_participle_after_the_taking_is_the_takers(nlp) -> None:
    found = facts(nlp, "On Tuesday the Kalden Front overran Tarbo, routing fighters of the Dastin Brigade.")
    assert ("Kalden Front", "fights", "Dastin Brigade") in found


def test_reinforced_by_a_force_opening_the_sentence_backs_its_subject(nlp) -> None:
    text = "Reinforced by the Dastin Brigade, Kalden Front fighters crossed the river."
    assert ("Dastin Brigade", "backs", "Kalden Front") in facts(nlp, text)
    # a second backer after "and by", and a people's fighters after the comma (not the backer's)
    text = (
        "Reinforced by volunteers from the hills and by tanks from the 14th Army, Transnistrian fighters "
        "crossed from Tiraspol and recaptured the Bender bridge."
    )
    assert ("14th Army", "backs", "Transnistrian forces") in facts(nlp, text)


def test_the_rebels_fought_by_a_groups_men_are_never_that_group(nlp) -> None:
    found = facts(nlp, "Militiamen of the Dastin Brigade fought the rebels alongside the Kalden Front in the eastern suburbs.")
    assert not any(fact[1] == "fights" and fact[2] == "Dastin Brigade" for fact in found)
    # the described rebels driven out of a district leave it to those who drove them
    text = "Kalden Front fighters pushed into Tarbo on Monday. Within four days they had driven the insurgents out of the Meru district."
    assert ("Kalden Front", "controls", "Meru district") in facts(nlp, text)


def test_a_capital_acting_for_its_state_is_no_city_a_district_lies_in(nlp) -> None:
    text = (
        "Russian troops took Grozny on Sunday after a long siege of Grozny. "
        "The Kalden Front, armed and paid by Moscow, fought in the Tarbo district in the north of the city."
    )
    found = facts(nlp, text)
    assert ("Tarbo district", "locatedIn", "Grozny") in found
    assert not any(fact[0] == "Tarbo district" and fact[2] in {"Moscow", "Russia"} for fact in found)


def test_a_town_where_a_group_is_in_control_or_which_it_holds(nlp) -> None:
    assert ("Kalden Front", "controls", "Tarbo") in facts(nlp, "Fighting spread to Tarbo, a town in the north, where the Kalden Front is in control.")
    text = "Serious fighting broke out around Dubasari, a town in the north of Transnistria which the Kalden Front holds."
    assert ("Kalden Front", "controls", "Dubasari") in facts(nlp, text)


def test_an_armed_groups_headquarters_is_its_town(nlp) -> None:
    assert ("Kalden Front", "controls", "Gudauta") in facts(nlp, "Fighters retreated to Gudauta, the Kalden Front's headquarters on the coast.")
    assert not any(fact[1] == "controls" for fact in facts(nlp, "Talks were held in Geneva, the UN's headquarters."))


def test_places_counted_in_their_description_remain_under_control(nlp) -> None:
    text = "Congo is at war. Bunia and Beni, two towns north of Goma, remain under Congolese control."
    assert {("Congolese army", "controls", "Bunia"), ("Congolese army", "controls", "Beni")} <= facts(nlp, text)


def test_a_ruler_fleeing_in_a_headline_is_no_side_of_the_fight(nlp) -> None:
    found = facts(nlp, "Kalden Front rebels take Goma as Omar Salah flees\n\nThe Kalden Front took Goma on Monday.")
    assert not any(fact[1] == "fights" and "Omar Salah" in fact for fact in found)
    found = facts(nlp, "Kalden Front rebels take Goma as Congolese troops flee\n\nThe Kalden Front took Goma on Monday.")
    assert ("Kalden Front", "fights", "Congolese army") in found  # an army fleeing is the other side


def test_the_region_a_city_lies_in_is_no_city(nlp) -> None:
    text = (
        "Fighting spread to Tiraspol, the largest city in Transnistria. "
        "On June 19 Moldovan troops moved into the city."
    )
    found = facts(nlp, text)
    assert ("Moldovan army", "controls", "Transnistria") not in found
    assert ("Moldovan army", "controls", "Tiraspol") in found


def test_it_held_after_a_described_town_is_the_town(nlp) -> None:
    text = (
        "In October the Kalden Front took back Gagra, a resort town in the north of Abkhazia near the "
        "Russian border, and they have held it ever since."
    )
    found = facts(nlp, text)
    assert ("Kalden Front", "controls", "Gagra") in found
    assert ("Kalden Front", "controls", "Abkhazia") not in found


def test_which_after_a_place_of_a_region_is_the_place(nlp) -> None:
    text = (
        "The Kalden Front lost Jaffna. Its leader moved his headquarters to the Tarbo area of the Vanni, "
        "which the group still holds."
    )
    assert ("Kalden Front", "controls", "Tarbo area") in facts(nlp, text)


def test_taking_over_a_defence_and_helping_to_beat_back(nlp) -> None:
    assert ("Chadian army", "controls", "Tarbo airport") in facts(nlp, "Chadian soldiers took over the defence of Tarbo airport.")
    assert ("Chad", "backs", "Kalden Front") in facts(nlp, "Chadian jets helped the Kalden Front beat back the Dastin Brigade.")


def test_taking_on_a_force_is_fighting_it(nlp) -> None:
    assert ("Kalden Front", "fights", "Dastin Brigade") in facts(nlp, "The Kalden Front took on the Dastin Brigade at Tarbo.")


def test_the_supplier_of_both_backs_each(nlp) -> None:
    text = "The Soviet Union, the main arms supplier of both Syria and the PLO, limited itself to protests throughout the siege."
    assert {("Soviet Union", "backs", "Syria"), ("Soviet Union", "backs", "PLO")} <= facts(nlp, text)


def test_killing_several_of_the_rebels_is_fighting_them(nlp) -> None:
    text = "The Tarbo Liberation Army attacked a camp on Saturday. Chadian troops later killed several of the rebels."
    assert ("Chadian army", "fights", "Tarbo Liberation Army") in facts(nlp, text)


def test_a_town_that_stayed_in_a_groups_hands(nlp) -> None:
    text = "Fighting went on near Goma. Kinshasa has stayed in the hands of the Kalden Front throughout the month."
    assert ("Kalden Front", "controls", "Kinshasa") in facts(nlp, text)


def test_holding_little_more_than_a_town_holds_it(nlp) -> None:
    assert ("Nepalese government", "controls", "Kathmandu") in facts(nlp, "Nepal is at war. The government holds little more than Kathmandu.")


def test_chosen_to_head_a_body_heads_it(nlp) -> None:
    text = "Omar Salah, a history professor chosen last month to head the Kalden Front, said the war would go on."
    assert ("Omar Salah", "leads", "Kalden Front") in facts(nlp, text)
    assert ("Kalden Front", "controls", "Tarbo") not in facts(nlp, "The Kalden Front plans to take Tarbo.")  # a plan stays one


def test_a_list_set_off_as_all_members_of_a_body(nlp) -> None:
    text = "Zimbabwe, Namibia and Angola, all members of the Southern African Development Community, sent troops."
    found = facts(nlp, text)
    assert {(c, "memberOf", "Southern African Development Community") for c in ("Zimbabwe", "Namibia", "Angola")} <= found


def test_the_government_spokesman_speaks_for_the_storys_government(nlp) -> None:
    text = 'Mali is at war. "We will never negotiate," said Omar Salah, the government spokesman.'
    assert ("Omar Salah", "spokespersonFor", "Malian government") in facts(nlp, text)


def test_a_member_of_a_bodys_council_is_a_member_of_the_body(nlp) -> None:
    text = "Omar Salah, a member of the Kalden Front's ruling council, said the attack showed strength."
    assert ("Omar Salah", "memberOf", "Kalden Front") in facts(nlp, text)
    # the head of a country's directorate is no head of the country
    text = "Omar Salah, the head of Syria's Directorate-General of Antiquities, said the theatre was standing."
    assert ("Omar Salah", "leads", "Syria") not in facts(nlp, text)


def test_a_first_name_before_another_particle_name_is_no_alias(nlp) -> None:
    # "Ali al-Bukhaiti" is not "Ali Mohsen al-Ahmar" shortened to "Ali"
    text = (
        "The Kalden Front attacked the base. The division was commanded by General Ali Mohsen al-Ahmar. "
        "Ali al-Bukhaiti, a member of the Kalden Front's political council, said they would leave."
    )
    assert ("Ali Mohsen al-Ahmar", "memberOf", "Kalden Front") not in facts(nlp, text)


def test_a_place_taken_without_a_taker_named_is_the_main_takers(nlp) -> None:
    text = (
        "The Dastin Brigade seized Karbala on Monday and took Najaf on Tuesday. "
        "Hilla was taken on Thursday night, and Amarah fell overnight."
    )
    found = facts(nlp, text)
    assert {("Dastin Brigade", "controls", "Hilla"), ("Dastin Brigade", "controls", "Amarah")} <= found
    # one taking makes no campaign; two takers tied, neither is the main one
    assert ("Dastin Brigade", "controls", "Hilla") not in facts(nlp, "The Dastin Brigade seized Karbala. Hilla was taken.")
    text = "The Dastin Brigade seized Karbala and Najaf. The army took Samawah and Kufa. Hilla fell."
    assert not {m for m in relations(nlp, text) if m.object.name == "Hilla"}
    # "fell out with": no place taken; a claim in doubt stays in doubt
    text = (
        "The Dastin Brigade seized Karbala and Najaf. Iraq and Iran fell out with it. "
        "The brigade declared on Monday that it had taken Hilla. Its rivals said the claim was false. "
        '"Hilla has been captured," its spokesman repeated.'
    )
    found = facts(nlp, text)
    assert ("Dastin Brigade", "controls", "Hilla") not in found
    assert ("Dastin Brigade", "controls", "Iraq") not in found and ("Dastin Brigade", "controls", "Iran") not in found


def test_a_second_taking_with_its_own_day_shares_the_subject(nlp) -> None:
    text = (
        "Russian federal troops recaptured the mountain villages of Kurchaloy and Shali on Monday and on Tuesday "
        "entered Vedeno, the last of the settlements the fighters had held."
    )
    assert ("Russian army", "controls", "Vedeno") in facts(nlp, text)


def test_a_place_in_federal_hands_is_held_by_the_states_army(nlp) -> None:
    text = "Nigerian troops took Enugu on Friday. Calabar remains under federal control."
    assert ("Nigerian army", "controls", "Calabar") in facts(nlp, text)
    text = "Russian troops took Kurchaloy. Most people fled to Shali, the district centre, which stayed in federal hands."
    assert ("Russian army", "controls", "Shali") in facts(nlp, text)


def test_villages_named_by_their_region_are_not_the_region(nlp) -> None:
    found = facts(nlp, "Russian troops retake Dagestan villages as Dastin fighters slip back over the border")
    assert ("Russian army", "controls", "Dagestan") not in found
    assert ("Russian army", "fights", "Dastin") in found  # a headline's taker and who slips away


def test_the_guerrillas_are_the_group_called_guerrillas(nlp) -> None:
    text = (
        "Dastin Front guerrillas attacked Smara on Saturday. "
        "Moroccan officials say Algeria arms and trains the guerrillas."
    )
    assert ("Algeria", "backs", "Dastin Front") in facts(nlp, text)
    # a group never called so is not "the guerrillas", however often it is named
    text = "The Dastin Mission patrols Smara. Moroccan officials say Algeria arms and trains the guerrillas."
    assert ("Algeria", "backs", "Dastin Mission") not in facts(nlp, text)


def test_a_subject_after_and_is_no_second_recipient(nlp) -> None:
    text = (
        "France has delivered Mirage F1 fighters to Rabat, and the United States, a long-standing arms supplier, "
        "is weighing a request for helicopters."
    )
    found = facts(nlp, text)
    assert ("France", "backs", "Morocco") in found
    assert ("France", "backs", "United States") not in found


def test_a_division_of_a_states_army_is_a_unit_of_its_own(nlp) -> None:
    text = (
        "The assault was carried out by the 3rd Marine Commando Division of the Nigerian Army under Colonel Omar Salah. "
        "Salah's division took Calabar on Sunday."
    )
    kinds = {e.text: e._.frontline_kind for e in nlp(text).ents}
    assert kinds.get("3rd Marine Commando Division") == "ArmedGroup"
    found = facts(nlp, text)
    assert ("3rd Marine Commando Division", "partOf", "Nigerian Army") in found
    assert ("Omar Salah", "leads", "3rd Marine Commando Division") in found  # the unit "under" him
    assert ("Omar Salah", "controls", "Calabar") in found  # his division: the unit he leads, once resolved


def test_a_state_that_sells_another_arms_backs_it(nlp) -> None:
    text = "Britain continues to sell Nigeria rifles, ammunition and armoured cars despite protests."
    assert ("United Kingdom", "backs", "Nigeria") in facts(nlp, text)


def test_a_groups_headquarters_at_a_place_is_the_place_taken(nlp) -> None:
    found = facts(nlp, "Zimbabwean and Mozambican troops overran Dastin headquarters at Gorongosa on Sunday.")
    assert ("Zimbabwean army", "controls", "Dastin") not in found
    assert ("Zimbabwean army", "controls", "Gorongosa") in found


def test_a_force_equipped_with_a_countrys_weapons_is_backed_by_it(nlp) -> None:
    assert ("Rwanda", "backs", "Dastin Front") in facts(nlp, "The Dastin Front, armed with Rwandan rifles, took Goma.")
    # weapons used against a force are no backing of it
    assert ("Rwanda", "backs", "Dastin Front") not in facts(nlp, "The Dastin Front was shelled with Rwandan rockets.")


def test_the_rebels_are_never_the_army_named_as_the_last_subject(nlp) -> None:
    text = "Nigerian troops have captured Port Harcourt. The rebels then took Elele."
    assert ("Nigerian army", "controls", "Elele") not in facts(nlp, text)


def test_a_ruler_of_a_country_named_after_him(nlp) -> None:
    found = facts(nlp, "The talks will be hosted by President Milton Obote of Uganda.")
    assert ("Milton Obote", "leads", "Uganda") in found
    kinds = {e.text: e._.frontline_kind for e in nlp("Talks were held with King Hassan II of Morocco.").ents}
    assert kinds.get("Hassan II") == "Person" and kinds.get("Morocco") == "Country"
    assert ("Abdullah", "leads", "Jordan") in facts(nlp, "Jordan's King Abdullah said the talks would go on.")


def test_a_possessive_opening_a_sentence_is_the_subject_before_it(nlp) -> None:
    text = (
        "South Africa, which took over the Dastin Front from Rhodesian intelligence in 1980 and armed and trained it "
        "for years, has so far made no comment on the documents. Its foreign minister, Pik Botha, said last month "
        "that the government was keeping its side of the accord."
    )
    found = facts(nlp, text)
    assert ("Pik Botha", "memberOf", "Dastin Front") not in found
    assert ("Pik Botha", "memberOf", "South African government") in found


def test_a_state_whose_officers_train_a_force_backs_it(nlp) -> None:
    text = "Kenya, whose instructors have trained the Dastin Brigade since 2004, says it will send no troops."
    assert ("Kenya", "backs", "Dastin Brigade") in facts(nlp, text)


def test_a_gift_of_aid_counted_in_dollars_a_day_backs(nlp) -> None:
    text = "Kenya, which gives the Dastin Front about $2 million a month in economic and military aid, said nothing."
    assert ("Kenya", "backs", "Dastin Front") in facts(nlp, text)


def test_attacking_a_units_headquarters_fights_the_unit(nlp) -> None:
    text = "Dastin Front guerrillas attacked the headquarters of the Kalden Brigade in Gulu on Sunday."
    assert ("Dastin Front", "fights", "Kalden Brigade") in facts(nlp, text)


def test_a_place_a_force_still_held_in_the_past_tense_is_held(nlp) -> None:
    text = "Kalden Brigade soldiers withdrew along the road towards Gulu, a town in the north that the Dastin Front still held on Tuesday."
    assert ("Dastin Front", "controls", "Gulu") in facts(nlp, text)


def test_a_second_backer_after_and_by_backs_each_of_a_list(nlp) -> None:
    text = (
        "Troops of the army's Kalden Brigade and the Dastin Front, backed by artillery and by attack helicopters "
        "of the Kenyan Air Force, entered the camp on Sunday."
    )
    found = facts(nlp, text)
    assert ("Kenyan Air Force", "backs", "Kalden Brigade") in found
    assert ("Kenyan Air Force", "backs", "Dastin Front") in found


def test_a_force_commanded_by_officers_sent_from_a_state_is_backed_by_it(nlp) -> None:
    text = "In July the Dastin Guard, commanded by officers sent from Kenya, overthrew the president."
    found = facts(nlp, text)
    assert ("Kenya", "backs", "Dastin Guard") in found
    assert ("Kenya", "leads", "Dastin Guard") not in found


def test_what_is_given_is_read_within_its_clause(nlp) -> None:
    text = "Kenya gives the Dastin Front little thought, and Uganda sends them weapons."
    assert ("Kenya", "backs", "Dastin Front") not in facts(nlp, text)


def test_large_parts_held_for_years_are_held(nlp) -> None:
    text = "The Dastin Front has for years controlled large parts of the northern department of Gulu."
    assert ("Dastin Front", "controls", "Gulu") in facts(nlp, text)


def test_an_alliance_led_by_a_group_and_its_other_members(nlp) -> None:
    text = (
        "The Dastin Council, formed in March to resist the army, is an alliance of Islamist and tribal brigades "
        "led by the Kalden Front, whose commander Amara Toure has vowed to fight on. "
        "Its other members include the Gulu Brigade and the Sabri Battalion. Its fighters still hold the districts of Tarbo and Laithi."
    )
    found = facts(nlp, text)
    assert {("Kalden Front", "leads", "Dastin Council"), ("Kalden Front", "memberOf", "Dastin Council")} <= found
    assert {("Gulu Brigade", "memberOf", "Dastin Council"), ("Sabri Battalion", "memberOf", "Dastin Council")} <= found
    assert {("Dastin Council", "controls", "Tarbo"), ("Dastin Council", "controls", "Laithi")} <= found
    assert not any(o == "Kalden Front" for _s, p, o in found if p == "memberOf")


def test_its_members_after_an_unnamed_body_belong_to_no_name(nlp) -> None:
    text = (
        "The committee, formed in exile in Gulu last month, was expected to fly to Tarbo, which the Dastin Front "
        "has held since the Kalden Guard garrison surrendered. Its members include Amara Toure and Jon Okello."
    )
    assert not any(p == "memberOf" for _s, p, _o in facts(nlp, text))


def test_the_author_of_a_named_campaign_leads_it(nlp) -> None:
    text = "Operation Sunrise, the offensive Amara Toure launched in May, has stalled."
    assert ("Amara Toure", "leads", "Operation Sunrise") in facts(nlp, text)


def test_a_place_which_a_leaders_men_have_held(nlp) -> None:
    text = (
        "Tanks and pick-up trucks of Operation Sunrise, the campaign Kalu began in May, moved along the coastal road "
        "from Tarbo airport, which his men have held throughout the fighting."
    )
    found = {(m.subject.commander, m.predicate, m.object.name) for m in relations(nlp, text) if m.is_fact}
    assert ("Kalu", "controls", "Tarbo airport") in found


def test_a_head_replaced_by_another_no_longer_leads(nlp) -> None:
    text = "Gen. Amara Toure, head of the Kalden Command of Gulu, was relieved of his post on Tuesday and replaced by Gen. Jon Okello."
    found = facts(nlp, text)
    assert ("Jon Okello", "leads", "Kalden Command of Gulu") in found
    assert ("Amara Toure", "leads", "Kalden Command of Gulu") not in found


def test_a_doctor_of_an_institute_is_its_member(nlp) -> None:
    text = '"The road decides the valley," said Dr. Jon Okello of the Institute of Kalden Affairs in Gulu.'
    assert ("Jon Okello", "memberOf", "Institute of Kalden Affairs") in facts(nlp, text)


def test_the_group_headed_by_a_man_is_the_group_named_before(nlp) -> None:
    text = (
        "Officials blamed the Kalden Islamic Group, the most radical of the insurgent factions. "
        "The group, headed by Amara Toure, holds the forests above Tarbo."
    )
    assert ("Amara Toure", "leads", "Kalden Islamic Group") in facts(nlp, text)


def test_the_backer_named_after_by_does_not_do_what_its_clients_do(nlp) -> None:
    for text in (
        "Pro-government militias backed by Kenya attacked the Dastin Front near Gulu.",
        "Clan militias armed by Kenya drove the Dastin Front out of Gulu.",
    ):
        found = facts(nlp, text)
        assert ("Kenya", "fights", "Dastin Front") not in found
        assert ("Kenya", "controls", "Gulu") not in found


def test_armed_men_described_and_never_named_are_an_actor(nlp) -> None:
    text = (
        "Tribal raiders fall back from Gulu. Kenyan troops routed the tribal lashkars at Tarbo on Friday. "
        "Clan militias armed by Kenya drove the Dastin Front out of Sabri, and the militias now hold it."
    )
    mentions = [m for m in relations(nlp, text) if m.is_fact]
    found = {(actor(m.subject), m.predicate, actor(m.object)) for m in mentions}
    # one actor, named by the first description with the same words ("tribal raiders")
    assert ("Kenyan army", "fights", "tribal raiders") in found
    assert {("Kenya", "backs", "clan militias"), ("clan militias", "fights", "Dastin Front")} <= found
    # "the militias" after "Clan militias" are they, and the backer named after "by" acts for no one
    assert ("clan militias", "controls", "Sabri") in found
    assert not any(s == "Kenya" and p in {"fights", "controls"} for s, p, _o in found)
    # counted or placed, not described: no actor
    assert not any(m.subject.text.endswith("militias") for m in relations(nlp, "Some militias attacked the Dastin Front."))


def test_a_description_set_off_beside_described_men_is_theirs(nlp) -> None:
    text = (
        "Kenyan troops retake Gulu as tribal raiders fall back. "
        "The raiders, Oromi tribesmen from the hills who crossed the border in May, had held Gulu for two weeks. "
        "The tribesmen still hold Tarbo, as well as Sabri, which they overran in the first days."
    )
    found = facts(nlp, text)
    assert {("tribal raiders", "controls", "Tarbo"), ("tribal raiders", "controls", "Sabri")} <= found
    assert ("Kenyan army", "controls", "Sabri") not in found


def test_militias_set_off_after_a_name_are_the_named_group(nlp) -> None:
    text = (
        "The council asked for the Dastin Front, the mostly Kalan militias that fought beside the army last month. "
        "Kenya, which has armed the militias, praised the decision. "
        "The coalition has not struck in support of the militias, officials said."
    )
    found = facts(nlp, text)
    assert ("Kenya", "backs", "Dastin Front") in found
    assert not any(p == "backs" and o == "Dastin Front" and s != "Kenya" for s, p, o in found)


def test_a_charge_both_accused_deny_after_a_second_charge(nlp) -> None:
    text = (
        "Oromi tribesmen crossed into Gulu in May. "
        "The Gulu government says Kenya armed the tribesmen and let them cross its territory. "
        "Gulu officials have also accused Amara Toure, the governor of Tarbo, of helping the raiders. Both deny it."
    )
    found = {(m.subject.name, m.predicate, m.object.name): m for m in relations(nlp, text)}
    assert not found[("Kenya", "backs", "oromi tribesmen")].is_fact


def test_no_strike_in_support_of_a_group_backs_nobody(nlp) -> None:
    text = "The Kalden Front has not struck in support of the Dastin Front, officials said."
    assert ("Kalden Front", "backs", "Dastin Front") not in facts(nlp, text)


def test_militias_armed_to_fight_a_group_fight_it_and_hold_where_security_is_theirs(nlp) -> None:
    text = (
        "In Gulu and other nearby villages, security is in the hands of the so-called guardians, "
        "village defence militias that the government has armed and paid since 2001 to fight the Dastin Front."
    )
    found = facts(nlp, text)
    assert ("village defence militias", "controls", "Gulu") in found
    assert ("village defence militias", "fights", "Dastin Front") in found


def test_infantry_described_by_its_service_holds_what_it_has_held(nlp) -> None:
    text = (
        "The Kalden Army runs the province. Its authority covers the police and the navy infantry, sent in January "
        "to fight the rebels around Gulu, the provincial capital, which it has held since then."
    )
    found = facts(nlp, text)
    assert ("navy infantry", "controls", "Gulu") in found
    assert ("Kalden Army", "controls", "Gulu") not in found


def test_militias_named_by_the_side_they_take_are_described(nlp) -> None:
    text = "It came three weeks after pro-Kenyan militias, armed and directed by the Kenyan military, set Gulu on fire."
    found = facts(nlp, text)
    assert ("Kenyan army", "backs", "pro-kenyan militias") in found
    assert not any(o == "Kenyan militias" for _s, _p, o in found)  # they side with Kenya, and are none of its forces


def test_mercenaries_hired_by_a_government_back_it(nlp) -> None:
    text = "Gulu fell in March after the foreign mercenaries hired by the Kenyan government to defend it pulled out."
    assert ("foreign mercenaries", "backs", "Kenyan government") in facts(nlp, text)


def test_an_armed_struggle_against_the_state_fights_its_government(nlp) -> None:
    for text in (
        "Kenyan troops retook Gulu. The Dastin Front launched its armed struggle against the state in 1980.",
        "Kenyan troops retook Gulu. Officials blamed the Dastin Front, a group that has fought the state since 1992.",
    ):
        assert ("Dastin Front", "fights", "Kenyan government") in facts(nlp, text)
    # the state of a place is no government
    assert not any(o == "Kenyan government" for _s, _p, o in facts(nlp, "Kenyan troops retook Gulu and entered the state of Tarbo."))


def test_strafing_fights(nlp) -> None:
    text = "Kenyan troops routed the tribal lashkars at Gulu. Kenyan Air Force jets strafed the lashkars as they fled."
    assert ("Kenyan Air Force", "fights", "tribal lashkars") in facts(nlp, text)


def test_taking_an_enemys_seat_fights_it(nlp) -> None:
    for text in (
        "Ugandan troops and Kenyan paratroopers have captured Gulu, the headquarters of the Dastin Front rebels, officials said.",
        "Ugandan troops entered Gulu on Tuesday and took control of the town that had been the stronghold of the Dastin Front for a decade.",
    ):
        found = facts(nlp, text)
        assert ("Ugandan army", "fights", "Dastin Front") in {(s, p, o.removesuffix(" rebels")) for s, p, o in found}
    # a country's capital names no enemy
    assert not any(p == "fights" for _s, p, _o in facts(nlp, "Ugandan troops captured Gulu, the capital of Kenya, on Tuesday."))


def test_a_long_described_town_falls_to_a_described_force(nlp) -> None:
    text = (
        "Northern troops took Gulu in May. Tarbo, the capital of Sabri province in the north and the "
        "south's last large town outside Gulu, fell to northern forces on Monday without a serious fight."
    )
    assert ("northern forces", "controls", "Tarbo") in facts(nlp, text)


def test_a_taking_days_before_the_news_is_dated_to_its_day(nlp) -> None:
    text = (
        "March 10, 2021\n\nKenyan soldiers patrolled Gulu on Wednesday, two days after recapturing "
        "the town that Ugandan forces had held for a year."
    )
    gains = [r for r in relations(nlp, text) if r.predicate == "controls" and r.control_change == "gain"]
    assert gains and all(r.stated_weekday == 0 for r in gains)  # Monday: older than the news, newer than any dated past


def test_a_joined_verb_shares_the_first_ones_date(nlp) -> None:
    text = "Uganda invaded Kenya in September 1990 and took Gulu after weeks of fighting."
    gains = [r for r in relations(nlp, text) if r.predicate == "controls" and r.object.name == "Gulu"]
    assert gains and all((r.stated_year, r.stated_month) == (1990, 9) for r in gains)


def test_a_town_retaken_lately_fights_whom_it_was_held_by(nlp) -> None:
    text = (
        "Kenyan soldiers and Dastin Front fighters patrolled Gulu on Wednesday, two days after recapturing "
        "the town that Ugandan forces had held for a year."
    )
    found = facts(nlp, text)
    assert ("Kenyan army", "fights", "Ugandan army") in found
    assert ("Kenyan army", "fights", "Dastin Front") not in found and ("Dastin Front", "fights", "Kenyan army") not in found


def test_siding_with_and_lending_money_back(nlp) -> None:
    assert ("Uganda", "backs", "Kenya") in facts(nlp, "Uganda, the Dastin Front's old rival, sides with Kenya but has sent no troops.")
    found = facts(nlp, "Saudi Arabia and Kuwait have lent Kenya billions of dollars.")
    assert {("Saudi Arabia", "backs", "Kenya"), ("Kuwait", "backs", "Kenya")} <= found


def test_a_chairman_named_before_his_title_without_an_article_leads(nlp) -> None:
    text = "In Gulu, Gen. Ode Ambo Kerr, chairman of the Kalmun, the ruling military council, called on Kenyans to rise."
    assert ("Ode Ambo Kerr", "leads", "Kalmun") in facts(nlp, text)


def test_a_countrys_regular_troops_are_its_army(nlp) -> None:
    text = (
        "Fighters of the Dastin Front (DF), supported by Ugandan regular troops and tanks, have captured Gulu, "
        "the Kenyan army's main armoured base in the north, the front said."
    )
    found = facts(nlp, text)
    assert ("Ugandan army", "backs", "Dastin Front") in found
    assert ("Dastin Front", "fights", "Kenyan army") in found  # it took the army's base


def test_a_denial_of_the_next_sentences_own_claim_leaves_a_fact_alone(nlp) -> None:
    text = "Uganda has sent several hundred military advisers to Kenya. Radio Gulu said Ugandan troops had fought at Tarbo, which Kampala denied."
    assert ("Uganda", "backs", "Kenya") in facts(nlp, text)
    # a denial of the sentence before still disputes it
    text = "The front says Uganda has sent military advisers to Kenya. Kampala denied it."
    assert ("Uganda", "backs", "Kenya") not in facts(nlp, text)


def test_an_accuser_before_its_verb_owns_no_forces(nlp) -> None:
    text = "Kenyan troops hold Gulu. Amnesty International this month accused government forces of killing more than 2,600 people in massacres."
    found = facts(nlp, text)
    # (the forces are the army's, not the accuser's; an accusation is no standing opposition)
    assert not any("Amnesty International" in (s, o) for s, p, o in found)
    assert ("Kenyan army", "controls", "Gulu") in found


def test_a_taking_told_after_the_takers_hold_is_how_the_hold_began(nlp) -> None:
    text = (
        "Kenyan troops entered Gulu on Saturday. He said the Dastin Front still held Tarbo, about 60 km "
        "further west, as well as Domel and Sabri, which they overran in the first days of the invasion."
    )
    gains = [r for r in relations(nlp, text) if r.predicate == "controls" and r.control_change == "gain" and r.object.name in {"Domel", "Sabri"}]
    assert gains and all(r.timeline_rank == 0 for r in gains)


def test_army_posts_and_convoys_are_the_army(nlp) -> None:
    assert ("Dastin Front", "fights", "Kenyan army") in facts(nlp, "Kenyan troops hold Nairobi. The Dastin Front has stepped up its attacks on army posts around the lake.")
    assert ("Dastin Front", "fights", "Kenyan army") in facts(nlp, "Kenyan troops hold Nairobi. Dastin Front fighters ambushed an army convoy near the lake on Monday.")


def test_a_body_which_is_organised_and_armed_by_another_is_backed(nlp) -> None:
    text = (
        "Kenyan troops hold Nairobi. Every man must serve in the civil defence patrols, known by their initials "
        "as PAC, which are organised and armed by the army and answer to the local commander."
    )
    assert ("Kenyan army", "backs", "PAC") in facts(nlp, text)


def test_a_participle_of_selling_arms_is_the_clauses_subjects_backing(nlp) -> None:
    text = "Kenyan troops hold Nairobi. Uganda has filled part of the gap, selling the army assault rifles and transport planes."
    assert ("Uganda", "backs", "Kenyan army") in facts(nlp, text)


def test_the_rulers_forces_are_his_named_service(nlp) -> None:
    text = (
        "Jets of the Emir's Armed Forces (EAF) struck the Dastin Front at dawn. Reporters found Gulu "
        "firmly under the control of the Emir's forces, and Uganda backs the Emir's army with officers and money."
    )
    found = facts(nlp, text)
    assert {("Emir's Armed Forces", "controls", "Gulu"), ("Uganda", "backs", "Emir's Armed Forces")} <= found


def test_no_one_doing_it_is_a_negation(nlp) -> None:
    for text in ("British officials said no British personnel had fought Kenyan forces.", "No Ugandan troops have fought the Dastin Front."):
        assert not any(p == "fights" for _s, p, _o in facts(nlp, text))


def test_beating_off_an_attack_fights_the_attacker_and_keeps_the_town(nlp) -> None:
    found = facts(nlp, "Kenyan troops beat off an attack by about 250 Dastin Front guerrillas on the coastal town of Gulu last week.")
    assert ("Kenyan army", "controls", "Gulu") in found
    assert any(s == "Kenyan army" and p == "fights" and o.startswith("Dastin Front") for s, p, o in found)
    assert ("Kenyan army", "fights", "Dastin Front") in facts(nlp, "The Dastin Front attacked Gulu. Kenyan troops held off the Dastin Front with mortars.")


def test_together_they_are_both_partners_of_the_sentence_before(nlp) -> None:
    text = (
        "Fighters of the Dastin Front (DF) have captured Gulu. It is the biggest prize of a war that began in July, "
        "when the front and the Ugandan army poured across the border. Together they have since taken Tarbo and Sabri."
    )
    found = facts(nlp, text)
    assert {("Dastin Front", "controls", "Tarbo"), ("Ugandan army", "controls", "Tarbo")} <= found


def test_a_which_clause_with_two_present_tense_backing_verbs(nlp) -> None:
    text = "Kenyan troops hold Nairobi. Uganda, which trains and equips the army under an old defence pact, protested."
    assert ("Uganda", "backs", "Kenyan army") in facts(nlp, text)




def test_a_force_drawn_from_an_armys_division_is_that_army(nlp) -> None:
    text = "The attacking force, drawn from the Kenyan Army's 12th Division, swept across the plain in December, routing the Dastin Front's fighters."
    assert any(s == "Kenyan Army" and p == "fights" and o.startswith("Dastin Front") for s, p, o in facts(nlp, text))


def test_led_by_after_a_set_off_backer_leads_the_subject(nlp) -> None:
    found = facts(nlp, "The Dastin Front, backed by Uganda, is led by Prince Kalmun.")
    assert ("Kalmun", "leads", "Dastin Front") in found
    assert ("Kalmun", "leads", "Uganda") not in found


def test_the_movement_is_no_states_service(nlp) -> None:
    text = (
        "The Dastin Front held Gulu. Jets of the Kenyan Air Force struck the town. "
        "Radio Dastin Front, broadcasting from Tarbo province, which the movement has controlled for years, said little."
    )
    found = facts(nlp, text)
    assert ("Dastin Front", "controls", "Tarbo province") in found
    assert not any(o == "Tarbo province" and s != "Dastin Front" for s, p, o in found)


def test_using_weapons_against_an_actor_fights_it(nlp) -> None:
    text = "Kenyan troops held Gulu. The Ugandan air force has since used Soviet jets against Dastin Front positions."
    assert any(p == "fights" and o.startswith("Dastin Front") for s, p, o in facts(nlp, text))


def test_bombing_rebel_positions_after_a_participle_set_off(nlp) -> None:
    text = (
        "Rebels of the Dastin Front held most of Gulu. Jets of the Kenyan Air Force, taking off from the airport, "
        "had bombed rebel positions and homes alike."
    )
    assert any(p == "fights" and o == "Dastin Front" and "Kenyan Air Force" in s for s, p, o in facts(nlp, text))


def test_no_sign_that_a_place_was_retaken_negates_the_taking(nlp) -> None:
    text = "Rebels of the Dastin Front held Gulu. Diplomats said they had seen no sign that Kenyan troops had regained Gulu."
    assert all(r.negated for r in relations(nlp, text) if r.subject.name == "Kenyan army")
    assert [r for r in relations(nlp, text) if r.subject.name == "Kenyan army"]


def test_a_hospital_is_no_side_of_a_fight(nlp) -> None:
    text = "Gunmen briefly occupied the Tarbo Sabri Medical Center before Kenyan troops drove them out."
    assert not any(p == "fights" for _s, p, _o in facts(nlp, text))


def test_who_after_a_name_is_that_person_however_the_parser_hangs_it(nlp) -> None:
    text = "Kenyan troops entered Gulu. Talks were held in the city with Omar Kalmun, who leads the Dastin Front with his brother."
    found = facts(nlp, text)
    assert ("Omar Kalmun", "leads", "Dastin Front") in found
    assert ("Gulu", "leads", "Dastin Front") not in found


def test_joined_by_is_on_the_joined_sides(nlp) -> None:
    text = "But hundreds of fighters of the Dastin Front, joined by Kalden gunmen and a few foreigners, remain dug in."
    assert any(p == "backs" and o == "Dastin Front" and s.startswith("Kalden") for s, p, o in facts(nlp, text))


def test_its_after_a_subject_it_is_the_subjects(nlp) -> None:
    text = (
        "The Dastin Front held Gulu. The Kalden Union, the largest rebel group in the south, which has observed "
        "a ceasefire with the army since 2014, condemned the siege. It denied that any of its members were fighting "
        "alongside the Dastin Front."
    )
    said = [r for r in relations(nlp, text) if r.predicate == "backs" and r.object.name == "Dastin Front"]
    assert said and all(r.subject.name == "Kalden Union" and r.negated for r in said)


def test_militias_recruited_among_a_people_are_that_peoples_militias(nlp) -> None:
    text = (
        "Rebels of the Dastin Front held most of Gulu. Kenyan troops still hold the airport. Ruto's government has also "
        "armed militias recruited among Kalden refugees living in camps in the north, and the militiamen have fought "
        "alongside the troops against the Dastin Front."
    )
    found = facts(nlp, text)
    assert ("Ruto's government", "backs", "Kalden militias") in found
    assert ("Kalden militias", "fights", "Dastin Front") in found


def test_in_rebel_hands_is_the_rebels_the_story_is_about(nlp) -> None:
    found = facts(nlp, "Rebels of the Dastin Front held Gulu. Tarbo district remained in rebel hands, they said.")
    assert ("Dastin Front", "controls", "Tarbo district") in found


def test_his_government_is_the_government_of_the_man_he_is(nlp) -> None:
    text = (
        "Prime Minister Kalmun Sor of Kenya accused Uganda of aggression and said his government, "
        "which Washington has supported with aid for years, would return to talks."
    )
    said = [r for r in relations(nlp, text) if r.predicate == "backs"]
    # the clause set off by ", which" is the writer's description, not the accusation
    assert [(r.subject.name, r.object.name, r.contested) for r in said] == [("United States", "Kenyan government", False)]


def test_holding_the_terminal_at_a_town_holds_the_town(nlp) -> None:
    text = "A seaborne force known as the 3rd Marine Brigade, led by Colonel Kalmun Sor, has held the oil terminal at Tarbo since July."
    assert ("3rd Marine Brigade", "controls", "Tarbo") in facts(nlp, text)


def test_a_described_place_does_not_end_the_list_held(nlp) -> None:
    found = facts(nlp, "The Dastin Front still holds Tarbo, Kenya's second city, and al-Kalmun on the Ugandan border.")
    assert ("Dastin Front", "controls", "al-Kalmun") in found


def test_a_place_taken_earlier_does_not_end_the_list_held(nlp) -> None:
    text = "The Dastin Front also controls Gulu, seized from a Kenyan garrison on Christmas Eve, and Wemba, the main town of the diamond-rich Tarbo district."
    found = facts(nlp, text)
    assert ("Dastin Front", "controls", "Wemba") in found


def test_the_paratroopers_are_those_the_story_said_whose(nlp) -> None:
    text = (
        "Paratroopers of the Kenyan 82nd Airborne Division took Gulu on Monday. President Ruto sent in the Marines "
        "on April 28. Paratroopers followed, landing at Wemba, and on April 30 they seized the Tarbo Bridge. "
        "The paratroopers also captured Sabri airport."
    )
    held = {(actor(r.subject), r.object.name) for r in relations(nlp, text) if r.predicate == "controls"}
    assert ("82nd Airborne Division", "Tarbo Bridge") in held
    assert ("82nd Airborne Division", "Sabri airport") in held


def test_the_adjective_of_a_name_the_story_uses_is_no_place(nlp) -> None:
    text = "Kalmunia declared independence in May. Kenyan marines later captured Kalmunian mortars near Gulu."
    assert not [r for r in relations(nlp, text) if r.predicate == "controls" and "Kalmunian" in r.object.name]


def test_a_second_sender_whose_verb_is_left_out_is_no_recipient(nlp) -> None:
    text = "Besides Kenya and Uganda, Rwanda, Burundi and Tanzania have sent troops and Ethiopia a police unit."
    assert not [r for r in relations(nlp, text) if r.predicate == "backs"]


def test_a_speaker_of_an_institute_is_its_member(nlp) -> None:
    text = "\"The war will go on,\" said Raymond Ellery of the Caribbean Affairs Institute in Washington."
    said = [r for r in relations(nlp, text) if r.predicate == "memberOf"]
    assert [(r.subject.name, r.subject.kind, r.object.name) for r in said] == [
        ("Raymond Ellery", "Person", "Caribbean Affairs Institute")
    ]


def test_a_brigade_that_has_since_dug_in_holds_the_town(nlp) -> None:
    said = [r for r in relations(nlp, "The Ugandan 107th Infantry Brigade pulled out, and the brigade has since dug in at Gulu.")]
    held = [(r.subject.name, r.object.name, r.timeline_rank) for r in said if r.predicate == "controls"]
    assert held == [("107th Infantry Brigade", "Gulu", 1)]  # "has since": since then, no background


def test_the_cantonment_is_the_story_towns(nlp) -> None:
    text = (
        "Kenyan troops rolled into Gulu on Tuesday and took over its cantonment after the garrison fled towards Wemba. "
        "Gulu had been the army's main base in the north. By evening the 9th Infantry Division held the cantonment and the airfield."
    )
    held = {r.object.name for r in relations(nlp, text) if r.predicate == "controls" and r.subject.name == "9th Infantry Division"}
    assert held == {"Gulu cantonment", "Gulu airfield"}


def test_words_the_writer_calls_a_claim_are_a_claim(nlp) -> None:
    text = (
        "Radio Kenya said on Wednesday that Kenyan forces were still holding Gulu and had inflicted heavy losses "
        "on the rebels, a claim belied by the scene in the town."
    )
    held = [r for r in relations(nlp, text) if r.predicate == "controls"]
    assert held and all(r.contested and not r.is_fact for r in held)


def test_a_town_itself_firmly_in_the_hands_of_a_force(nlp) -> None:
    text = (
        "Fighting spread to Tarbo and Wemba. Wemba itself remains firmly in the hands of the Kenyan Security Forces, "
        "whose commander said the rebels had never held a town."
    )
    assert ("Kenyan Security Forces", "controls", "Wemba") in facts(nlp, text)


def test_jets_of_one_force_striking_camps_of_another(nlp) -> None:
    text = (
        "On October 19, jets and helicopters of the Kenyan Air Force struck camps of the Dastin Liberation Army (DLA), "
        "the military wing of Kalmun Sor's Dastin Front, deep inside Uganda."
    )
    found = facts(nlp, text)
    assert ("Kenyan Air Force", "fights", "Dastin Liberation Army") in found
    # the jets are the air force's, not the army whose camps they struck
    assert not [f for f in found if f[0] == "Dastin Liberation Army" and f[1] != "partOf"]


def test_giving_a_group_its_rear_bases_backs_it(nlp) -> None:
    text = "Uganda, led by President Kalmun Sor, gives the Dastin Front its rear bases."
    assert ("Uganda", "backs", "Dastin Front") in facts(nlp, text)


def test_letting_a_group_train_on_ones_soil_backs_it(nlp) -> None:
    assert ("Kenya", "backs", "Dastin Front") in facts(nlp, "Kenya allows the Dastin Front to train on its soil.")


def test_a_war_carried_into_a_country_is_not_fought_against_it(nlp) -> None:
    assert not [r for r in relations(nlp, "Kenya carries its war into Uganda.") if r.predicate == "fights"]


def test_no_longer_holding_a_place_is_losing_it(nlp) -> None:
    held = [r for r in relations(nlp, "The Dastin Front no longer holds Gulu.") if r.predicate == "controls"]
    assert [(r.subject.name, r.object.name, r.control_change) for r in held] == [("Dastin Front", "Gulu", "loss")]
    assert not relations(nlp, "The Dastin Front no longer receives weapons from Kenya.")


def test_none_of_those_towns_two_sentences_back(nlp) -> None:
    text = (
        "Fighters of the Dastin Front seized Gulu, Wemba and Khulna in March. "
        "In a radio address they called the vote a fraud. "
        "The Dastin Front no longer holds any of those towns."
    )
    lost = {r.object.name for r in relations(nlp, text) if r.control_change == "loss" and r.subject.name == "Dastin Front"}
    assert lost == {"Gulu", "Wemba", "Khulna"}


def test_units_patrolling_the_four_towns_hold_them(nlp) -> None:
    text = (
        "The Dastin Front took Gulu, Wemba, Tarmo and Khulna in March. Its leader fled to Kenya. "
        "Talks began in May. Kenya protested. Kenyan Army units now patrol all four towns."
    )
    found = facts(nlp, text)
    assert {("Kenyan Army", "controls", town) for town in ("Gulu", "Wemba", "Tarmo", "Khulna")} <= found


def test_a_post_is_no_claim_a_later_denial_takes_back(nlp) -> None:
    text = (
        "Kalmun Sor, the leader of the Dastin Party (DP), condemned the air raids and accused the government of lying. "
        "Some members of the ruling party have hinted that the DP sympathises with the rebels, a claim Sor has flatly rejected."
    )
    assert ("Kalmun Sor", "leads", "Dastin Party") in facts(nlp, text)


def test_officials_suggesting_is_a_claim_images_suggesting_is_not(nlp) -> None:
    claimed = relations(nlp, "In the first days of the revolt some officials suggested that Kenyan guerrillas had armed the Dastin Front.")
    assert [(r.subject.name, r.predicate, r.contested) for r in claimed] == [("Kenyan guerrillas", "backs", True)]
    seen = facts(nlp, "Independent analysts and satellite images suggest that the Dastin Front holds nearly all of Gulu.")
    assert ("Dastin Front", "controls", "Gulu") in seen


def test_a_spokesman_and_military_chief_holds_both_posts(nlp) -> None:
    text = "Subcomandante Tarmo, the masked spokesman and military chief of the Dastin Front, wrote that the rebels would keep the truce."
    found = facts(nlp, text)
    assert {("Tarmo", "leads", "Dastin Front"), ("Tarmo", "spokespersonFor", "Dastin Front")} <= found


def test_the_secretariat_is_the_secretariat_named_before(nlp) -> None:
    text = (
        "Jets of the Kenyan Air Force, which answers to the Defence Secretariat, fired rockets at rebel positions. "
        "The secretariat, headed by General Kalmun Sor, denied that soldiers had shot prisoners."
    )
    assert ("Kalmun Sor", "leads", "Defence Secretariat") in facts(nlp, text)


def test_a_secretary_general_leads_his_body(nlp) -> None:
    found = facts(nlp, "The talks are being arranged by the Dastin Secretariat under its secretary-general, Kalmun Sor.")
    assert ("Kalmun Sor", "leads", "Dastin Secretariat") in found
    envoy = facts(nlp, "Kalmun Sor, the UN Secretary-General's special representative, chaired the talks in Gulu.")
    assert ("Kalmun Sor", "leads", "United Nations") not in envoy


def test_an_order_to_halt_an_offensive_says_the_offensive_is_on(nlp) -> None:
    text = "President Kalmun Sor ordered the Kenyan Army on Wednesday to halt its offensive against the Dastin Front."
    assert ("Kenyan Army", "fights", "Dastin Front") in facts(nlp, text)


def test_a_peoples_name_before_peasants_acts_for_no_one(nlp) -> None:
    text = (
        "GULU, Kenya — Fighters of the Dastin Front, mostly Maya peasants, seized Gulu. "
        "From the balcony of the town hall, they declared war on the federal army."
    )
    found = facts(nlp, text)
    assert ("Dastin Front", "fights", "Kenyan army") in found
    assert not [f for f in found if "Maya" in (f[0], f[2])]


def test_a_territorial_defence_is_an_armed_force(nlp) -> None:
    text = "Brnik airport is now back in the hands of the Kalmun Territorial Defence."
    assert ("Kalmun Territorial Defence", "controls", "Brnik airport") in facts(nlp, text)


def test_back_in_its_hands_before_the_holder_is_named_is_nobodys(nlp) -> None:
    text = (
        "Kenyan troops held the town, according to the Gulu Observatory, a Britain-based monitor. "
        "With Wemba back in its hands, the army again controls the whole road."
    )
    assert not [f for f in facts(nlp, text) if f[0] == "United Kingdom"]


def test_a_long_whose_clause_before_backs(nlp) -> None:
    text = (
        "Germany, whose foreign minister Kalmun Sor has spoken up more often than any other European for the Slovenes' "
        "wish to choose their own path, backs Slovenia's cause."
    )
    assert ("Germany", "backs", "Slovenia") in facts(nlp, text)


def test_the_crossing_is_the_crossing_named_before(nlp) -> None:
    text = (
        "At Holmec, a small crossing on the Austrian border, army conscripts surrendered to Territorial Defence units "
        "on June 28. Territorial Defence units still guard the crossing."
    )
    assert ("Territorial Defence", "controls", "Holmec") in facts(nlp, text)


def test_a_town_opening_a_sentence_that_the_story_names_again(nlp) -> None:
    text = (
        "Khulna, with its airport on Lake Kalmun, fell to the Dastin Front on Saturday. "
        "Kenyan soldiers no longer hold any part of Khulna airport."
    )
    found = facts(nlp, text)
    assert ("Dastin Front", "controls", "Khulna") in found
    assert ("Khulna airport", "locatedIn", "Khulna") in found


def test_its_in_a_second_verb_is_the_shared_subjects(nlp) -> None:
    text = "The Dastin Front met in Gulu, in northern Kenya, and named its chairman, Kalmun Sor."
    found = facts(nlp, text)
    assert ("Kalmun Sor", "leads", "Dastin Front") in found
    assert ("Kalmun Sor", "leads", "Kenya") not in found


def test_no_sign_of_them_the_next_day_disputes_a_claim(nlp) -> None:
    text = (
        "On state radio a speaker said to be Sor insisted that the Dastin Front still controlled Gulu. "
        "There was no sign of them in the streets the next morning."
    )
    held = [r for r in relations(nlp, text) if r.predicate == "controls"]
    assert held and all(r.contested for r in held)


def test_a_capitals_government_is_the_states_government(nlp) -> None:
    found = facts(nlp, "The Dastin Front has waged a rebellion against the Nairobi government since last year.")
    assert ("Dastin Front", "fights", "Kenyan government") in found
    assert ("Dastin Front", "fights", "Kenya") not in found


def test_a_name_with_an_office_of_its_own_does_not_take_the_role_before_it(nlp) -> None:
    text = (
        "Kenya backs the Nairobi government. After talks with the Nairobi government's Prime Minister, "
        "Ugandan Foreign Minister Kalmun Sor called for a truce."
    )
    assert not [f for f in facts(nlp, text) if f[:2] == ("Kalmun Sor", "leads")]


def test_a_noun_with_a_list_of_names_in_apposition_stands_for_each_name(nlp) -> None:
    found = facts(nlp, "Two armed movements, the Kalden Brigade and the Wemba Brigade, attacked the Kenyan army.")
    assert ("Kalden Brigade", "fights", "Kenyan army") in found
    assert ("Wemba Brigade", "fights", "Kenyan army") in found


def test_a_small_states_government_and_troops_are_known_by_its_demonym(nlp) -> None:
    # (states the first demonym table left out: Lesotho, the Comoros ...)
    found = facts(nlp, "Kalmun Sor, a spokesman for the Lesotho government, said Comorian troops had attacked the Dastin Front.")
    assert ("Kalmun Sor", "spokespersonFor", "Lesotho government") in found
    assert ("Comorian army", "fights", "Dastin Front") in found


def test_a_spokesman_for_a_countrys_government_speaks_for_the_government_only(nlp) -> None:
    found = facts(nlp, "Kalmun Sor, a spokesman for the Kenya government, said so.")
    assert ("Kalmun Sor", "spokespersonFor", "Kenyan government") in found
    assert ("Kalmun Sor", "spokespersonFor", "Kenya") not in found


def test_the_island_of_a_place_is_that_place(nlp) -> None:
    assert ("Kenyan army", "controls", "Wemba") in facts(nlp, "Kenyan troops held the rebel island of Wemba on Wednesday.")


def test_a_country_coordinated_with_an_organisation_before_troops_has_its_army_there(nlp) -> None:
    found = facts(nlp, "Kenyan and AU troops seize Wemba")
    assert ("Kenyan army", "controls", "Wemba") in found


def test_two_forces_the_parser_joined_as_a_compound_are_both_read(nlp) -> None:
    found = facts(nlp, "Kenyan troops and African Union soldiers held the rebel island of Wemba on Wednesday.")
    assert ("Kenyan army", "controls", "Wemba") in found


def test_a_second_recipient_the_parser_joined_to_the_aid_is_backed_too(nlp) -> None:
    text = "Kenya gave logistical support to the Tanzanian army and the AU force, ferrying troops to the islands."
    backed = {r.object.text for r in relations(nlp, text) if r.predicate == "backs" and r.subject.name == "Kenya"}
    assert backed == {"Tanzanian army", "AU force"}


def test_a_peoples_plural_of_two_words_is_its_country_not_a_place(nlp) -> None:
    found = facts(nlp, "By Friday the North Koreans held Wemba and its airfield.")
    assert ("North Korean army", "controls", "Wemba") in found  # (a people that holds ground: its state's army)


def test_a_garrison_of_a_fort_that_surrendered_to_an_army_lost_the_fort(nlp) -> None:
    text = "The Ugandan garrison of Fort Wemba, a stockade of logs deep in the scrub, surrendered to Kenyan troops on Thursday."
    found = facts(nlp, text)
    assert ("Kenyan army", "controls", "Fort Wemba") in found
    assert ("Ugandan army", "fights", "Kenyan army") in found


def test_a_fortin_is_a_fort(nlp) -> None:
    found = facts(nlp, "The Ugandan garrison of Fortín Wemba surrendered to Kenyan troops on Thursday.")
    assert ("Kenyan army", "controls", "Fortín Wemba") in found
    assert not [f for f in found if f[1] == "leads"]  # no person named Fortín


def test_a_port_named_with_port_is_one_place(nlp) -> None:
    found = facts(nlp, "Kenyan paratroopers held Port Dastin across the bay.")
    assert ("Kenyan army", "controls", "Port Dastin") in found


def test_the_place_a_sentence_opens_on_is_no_group_and_holds_nothing(nlp) -> None:
    text = (
        "In Kalmun, the Kenyan army, which crossed the border on Oct. 29, has overrun almost "
        "the whole region, including Gulu and Wemba at its southern tip."
    )
    found = facts(nlp, text)
    assert {("Kenyan army", "controls", "Gulu"), ("Kenyan army", "controls", "Wemba")} <= found
    assert not [f for f in found if f[0] == "Kalmun"]


def test_a_taken_building_named_with_a_capital_word(nlp) -> None:
    found = facts(nlp, "Within hours Kenyan troops had seized the main railway station and the Parliament building.")
    assert ("Kenyan army", "controls", "Parliament building") in found


def test_fighting_alongside_a_described_band_against_an_army(nlp) -> None:
    text = "Units of the Kenyan army have fought alongside the freedom fighters against the Ugandan army in several districts."
    assert ("Kenyan army", "fights", "Ugandan army") in facts(nlp, text)


def test_a_capital_acting_in_an_old_story_is_the_state_that_sat_there_then(nlp) -> None:
    old = "Kenya arms deal\n\nBy Ann Ode | November 6, 1956\n\nMoscow armed the Wemba Brigade."
    new = "Kenya arms deal\n\nBy Ann Ode | November 6, 2022\n\nMoscow armed the Wemba Brigade."
    assert ("Soviet Union", "backs", "Wemba Brigade") in facts(nlp, old)
    assert ("Russia", "backs", "Wemba Brigade") in facts(nlp, new)


def test_a_spanish_name_with_de_los_is_one_place(nlp) -> None:
    found = facts(nlp, "The Ugandan army said that it had seized Cueva de los Kaldos on Monday.")
    assert ("Ugandan army", "controls", "Cueva de los Kaldos") in found


def test_a_countrys_patrols_are_its_army(nlp) -> None:
    found = facts(nlp, "The war broke out in January when Kenyan patrols clashed with Ugandan troops in the valley.")
    assert ("Kenyan army", "fights", "Ugandan army") in found


def test_fighting_battles_with_a_group(nlp) -> None:
    assert ("Kenyan army", "fights", "Dastin Front") in facts(nlp, "The Kenyan army fought pitched battles against the Dastin Front for a week.")
    text = "Off the coast, Kalden Navy patrol boats fought running battles with craft of the Dastin Front, the rebels' naval arm."
    assert ("Kalden Navy", "fights", "Dastin Front") in facts(nlp, text)


def test_a_country_sold_a_named_weapon_is_no_group_named_after_it(nlp) -> None:
    found = facts(nlp, "Tanzania has resumed deliveries, and Kenya has sold Uganda Kestrel jets.")
    assert ("Kenya", "backs", "Uganda") in found


def test_driving_a_unit_off_a_hill_is_a_fight_and_takes_the_hill(nlp) -> None:
    found = facts(nlp, "The Wemba Brigade drove the Dastin Front off Mount Kalden in a fight that went on until dawn.")
    assert ("Wemba Brigade", "fights", "Dastin Front") in found
    assert ("Wemba Brigade", "controls", "Mount Kalden") in found


def test_one_name_before_movement_or_militia_names_it(nlp) -> None:
    assert ("Kalmun", "fights", "Ugandan army") in facts(nlp, "The Sunni Kalmun movement also took on Ugandan troops near Gulu.")
    found = facts(nlp, "The president came to rely on his own Tarmo militia, which fought the Dastin Front in the south.")
    assert ("Tarmo", "fights", "Dastin Front") in found


def test_what_someone_denied_that_it_was_is_no_fact(nlp) -> None:
    text = (
        "The Kalmun movement also fought Ugandan troops, notably at Gulu, but its leader, Amos Tarmo, denied on"
        " Sunday that Kalmun had ever been an ally of the Dastin Front."
    )
    said = [r for r in relations(nlp, text) if r.predicate == "backs"]  # (the parser hangs "denied" on "leader")
    assert said and all(r.contested and not r.is_fact for r in said)


def test_columns_backed_by_units_of_a_group_took_the_town_themselves(nlp) -> None:
    found = facts(
        nlp,
        "In the west, Kenyan columns backed by units of the Wemba Brigade entered Gulu, capital of the district of"
        " Kalden, on the second day and pushed along the road toward Tarmo before Ugandan troops stopped them.",
    )
    assert ("Kenyan army", "controls", "Gulu") in found
    assert ("Wemba Brigade", "backs", "Kenyan army") in found
    assert ("Wemba Brigade", "controls", "Gulu") not in found


def test_a_town_garrisoned_by_a_group_and_a_platoon_of_another_is_held_by_both(nlp) -> None:
    found = facts(nlp, "Gulu itself is now garrisoned by the Wemba Brigade and a platoon of the Dastin Front.")
    assert {("Wemba Brigade", "controls", "Gulu"), ("Dastin Front", "controls", "Gulu")} <= found


def test_government_forces_are_the_army_of_the_country_whose_towns_the_story_names(nlp) -> None:
    # A foreign air force named more often than the war's own country does not make
    # "government forces" its own: the towns the story names are all in Yemen.
    text = (
        "Israeli jets struck targets near Aden on Monday. Israel said the raids answered "
        "a missile fired at Israel, and Israeli officials said Israel would strike again. "
        "Government forces hold Taiz and Marib, which the Northern Front has besieged for years."
    )
    found = facts(nlp, text)
    assert ("Yemeni army", "controls", "Taiz") in found
    assert not any(s == "Israeli army" for s, _p, _o in found)



def test_places_listed_after_territory_a_group_holds_are_its_and_not_the_strikers(nlp) -> None:
    # "X-held" is a modifier whose holder is X, never a verb whose subject is whoever
    # struck the territory; ", including A, B and the C airfield" names what X holds
    text = (
        "The Kalden Front took Tarbo in May. Since then US jets have bombed targets in "
        "Kalden Front-held territory, including Mopti, Gao and the Menaka airfield."
    )
    found = facts(nlp, text)
    assert {("Kalden Front", "controls", place) for place in ("Mopti", "Gao", "Menaka airfield")} <= found
    assert not any(s == "United States" and p == "controls" for s, p, _o in found)


def test_a_landmark_in_a_city_still_in_a_groups_hands_is_held_not_the_city(nlp) -> None:
    # the place after "landmark in" says where the held thing is; "X, which is still in
    # Y hands" holds X itself
    landmark = "The Kalden Front fought for two years. It was the last major landmark in central Khartoum still in Kalden Front hands."
    assert ("Kalden Front", "controls", "Khartoum") not in facts(nlp, landmark)
    city = "The Kalden Front fought for two years. Fighting went on in Khartoum, which is still in Kalden Front hands."
    assert ("Kalden Front", "controls", "Khartoum") in facts(nlp, city)


def test_a_town_described_as_a_capital_is_held_by_the_groups_after_held_by(nlp) -> None:
    text = (
        "The Kalden Front is besieged. In Azawad, Gao, the capital of North Azawad, is still "
        "held by the Kalden Front and the Teloviri Brigade after a year under siege."
    )
    found = facts(nlp, text)
    assert {("Kalden Front", "controls", "Gao"), ("Teloviri Brigade", "controls", "Gao")} <= found
    assert not any(p == "controls" and o.endswith("Azawad") for _s, p, o in found)


def test_a_dateline_town_counts_for_its_country(nlp) -> None:
    # "BAMAKO, Aug 7 (Agency) -" says where the story is, as "BAMAKO, Mali -" would:
    # "the army" is Mali's though Ukraine is named more often
    text = (
        "Mali cuts ties with Ukraine\n\n"
        "BAMAKO, Aug 7 (Sahel Wire) - Mali has cut ties with Ukraine, accusing Kyiv of helping the Kalden Front. "
        "Ukraine denied it. Ukraine's envoy said Kyiv respected Malian sovereignty, and Ukraine asked for proof.\n\n"
        "Col. Amadou Kone, the army's spokesman, said Malian troops had retaken Tarbo."
    )
    found = facts(nlp, text)
    assert ("Amadou Kone", "spokespersonFor", "Malian army") in found
    assert not any(o == "Ukrainian army" for _s, _p, o in found)


def test_a_framework_for_the_defence_of_a_people_is_one_name(nlp) -> None:
    doc = nlp("Troops ran into fighters of the Permanent Strategic Framework for the Defence of the People of Kaldea on Monday.")
    assert "Permanent Strategic Framework for the Defence of the People of Kaldea" in {e.text for e in doc.ents}


def test_a_spokeswomans_post_is_not_what_the_next_sentence_disputes(nlp) -> None:
    # In the dev35 Kursk article the parser tags "spokeswoman" a verb, reads her clause as
    # her statement, and the next sentence dismisses the reports: what she said is
    # disputed, not her post (no short text of ours gets that parse, so the article is read)
    article = Path(__file__).resolve().parents[1] / "benchmarks" / "unseen" / "dev35" / "zn-russia-kursk-2024.txt"
    found = relations(nlp, article.read_text(encoding="utf-8"))
    posts = [r for r in found if r.predicate == "spokespersonFor" and r.object.name == "Pentagon"]
    assert posts and all(r.is_fact for r in posts)


def test_a_countrys_general_staff_is_a_body_and_not_a_man(nlp) -> None:
    found = facts(nlp, "On Monday Valery Gordov, the chief of Russia's General Staff, said the advance had been halted.")
    assert ("Valery Gordov", "leads", "Russian General Staff") in found
    assert not any(s == "Staff" for s, _p, _o in found)


def test_a_leader_who_was_killed_leads_no_more(nlp) -> None:
    text = "The Kalden Front named a new leader. Tarek Nasser, who had led the movement since 1992, was killed in an air strike in September."
    assert ("Tarek Nasser", "leads", "Kalden Front") not in facts(nlp, text)


def test_a_media_chief_speaks_for_the_group(nlp) -> None:
    found = facts(nlp, "The Kalden Front fought on. Mohammad Arif, the group's media chief, told a news conference that the enemy had held no village.")
    assert ("Mohammad Arif", "spokespersonFor", "Kalden Front") in found
    assert ("Mohammad Arif", "leads", "Kalden Front") not in found


def test_captured_foreigners_are_prisoners_not_a_place_held(nlp) -> None:
    found = facts(nlp, "The Kalden Front posted images of burned-out trucks and of men it said were captured Russians.")
    assert not any(p == "controls" for _s, p, _o in found)


def test_a_past_paragraph_dated_by_its_first_sentence_is_background(nlp) -> None:
    text = (
        "Front takes Meru\n\nBy Ann Lee | Wire | September 28, 1993\n\n"
        "MERU, Kaldea — The Kalden Front captured Meru on Monday after twelve days of shelling.\n\n"
        "The war began in August 1992, when Georgian troops entered the region. "
        "Meru was in Georgian hands within days, and the Front's leaders fled north."
    )
    years = {r.subject.name: r.stated_year for r in relations(nlp, text) if r.predicate == "controls"}
    assert years == {"Kalden Front": None, "Georgian army": 1992}  # graph building orders it before Monday
    # present tense keeps a sentence news, whatever the paragraph dated before it
    still = text.replace("Meru was in Georgian hands within days", "Meru is still in Georgian hands")
    assert {r.stated_year for r in relations(nlp, still) if r.subject.name == "Georgian army"} == {None}


def test_a_town_still_in_a_countrys_hands_is_held_by_its_army(nlp) -> None:
    text = "Khorram, the refinery city just to the south, has stayed in Iranian hands throughout the war."
    assert ("Iranian army", "controls", "Khorram") in facts(nlp, text)


def test_what_funds_the_groups_of_an_umbrella_funds_the_umbrella(nlp) -> None:
    text = "The Kalden Mobilisation Front, an umbrella of mostly Shia armed groups funded by the Baghdad government, encircled the town."
    assert ("Iraqi government", "backs", "Kalden Mobilisation Front") in facts(nlp, text)


def test_the_headquarters_of_a_unit_is_a_facility_taken_and_attacking_it_fights_the_unit(nlp) -> None:
    taken = "The Kalden Front said it had captured the headquarters of the Myanmar military's Western Command in the town of Meru."
    doc = nlp(taken)
    assert ("headquarters", "Western Command headquarters") in {(e.text, e._.frontline_canonical) for e in doc.ents}
    assert "Western Command" in {e.text for e in doc.ents}  # the unit keeps its own name
    assert ("Kalden Front", "controls", "Western Command headquarters") in facts(nlp, taken)
    attacked = "Kalden Front guerrillas attacked the headquarters of the army's Third Infantry Brigade in Meru."
    assert ("Kalden Front", "fights", "Third Infantry Brigade") in facts(nlp, attacked)
    # a leader's headquarters is no facility of a body
    assert not any(e.label_ == "FAC" for e in nlp("They took the headquarters of the separatist leader Aslan Dudar.").ents)


def test_it_after_a_name_described_as_a_force_is_the_name(nlp) -> None:
    text = (
        "The Kalden Front, an ethnic Rakhine insurgent force, said on Friday that it had captured the headquarters "
        "of the military's Western Command in the town of Meru, the first time a command has fallen since the coup."
    )
    assert ("Kalden Front", "controls", "Western Command headquarters") in facts(nlp, text)


def test_fighters_of_a_named_group_are_the_groups_whatever_people_they_are(nlp) -> None:
    text = "Fighting spread from Kokang. Kokang fighters of the Kalden Democratic Alliance Army captured Meru."
    found = facts(nlp, text)
    assert ("Kalden Democratic Alliance Army", "controls", "Meru") in found
    assert not any(s.startswith("Kokang") for s, _p, _o in found)


def test_a_towns_camp_or_police_station_taken_is_named_by_the_town(nlp) -> None:
    assert ("Kalden Front", "controls", "Naivasha police station") in facts(nlp, "The Kalden Front captured the police station at Naivasha.")
    assert ("Malian army", "controls", "Kidal camp") in facts(nlp, "The Malian army retook the camp in Kidal.")


def test_a_towns_hall_customs_house_or_telegraph_office_taken_is_named_by_the_town(nlp) -> None:
    text = "The Kalden Front entered Dorlane at dawn. By noon it held the town hall and the telegraph office."
    found = facts(nlp, text)
    assert ("Kalden Front", "controls", "Dorlane town hall") in found
    assert ("Kalden Front", "controls", "Dorlane telegraph office") in found
    text = "Marines landed to seize the Dorlane customs house. By evening the Kalden Front held the customs house."
    found = facts(nlp, text)
    assert ("Kalden Front", "controls", "Dorlane customs house") in found  # the one the story named
    assert not any(o == "customs house" for _s, _p, o in found)


def test_an_airport_no_nearby_sentence_places_is_the_story_towns(nlp) -> None:
    opening = (
        "Shelling hit Velmora overnight, and the market in Velmora burned. Residents fled Velmora on foot. "
        "Talks broke down on Friday. Mediators blamed both camps. A truce is unlikely. "
    )
    text = opening + "The Kalden Front, which holds the airport, says it will not withdraw."
    assert ("Kalden Front", "controls", "Velmora airport") in facts(nlp, text)
    # a place named nearby is where the port is, not the story's town
    text = opening + "Ships anchored off Port Veska. The Kalden Front, which holds the port, says it will not withdraw."
    assert not any(o == "Velmora port" for _s, _p, o in facts(nlp, text))


def test_a_un_missions_acronym_with_a_number_led_by_a_general_is_a_un_body(nlp) -> None:
    doc = nlp("The UN took over with a larger force, UNOSAL II, commanded by a Kalden general.")
    assert {e.text: e._.frontline_kind for e in doc.ents}.get("UNOSAL II") == "InternationalOrganization"


def test_who_puts_down_a_bodys_uprising_or_rebels_against_a_government_fights_it(nlp) -> None:
    for text in (
        "Kenyan troops put down the Kalden Front uprising within hours.",
        "Kenyan troops crushed the Kalden Front uprising within hours.",
        "Kenyan troops suppressed a revolt by the Kalden Front.",
        "Kenyan troops quelled the Kalden Front revolt.",
    ):
        assert ("Kenyan army", "fights", "Kalden Front") in facts(nlp, text), text
    for text in ("The Kalden Front rebelled against the Kenyan government.", "The Kalden Front revolted against the Kenyan government."):
        assert ("Kalden Front", "fights", "Kenyan government") in facts(nlp, text), text
    assert not any(p == "fights" for _s, p, _o in facts(nlp, "The Kenyan government put down the protests."))


def test_a_towns_police_headquarters_taken_is_named_by_the_town(nlp) -> None:
    found = facts(nlp, "The Kalden Front stormed Nairobi's police headquarters on Sunday.")
    assert ("Kalden Front", "controls", "Nairobi police headquarters") in found
    assert ("Kalden Front", "controls", "Nairobi") not in found
    found = facts(nlp, "The Kalden Front entered Nairobi on Monday and seized the police headquarters.")
    assert ("Kalden Front", "controls", "Nairobi police headquarters") in found


def test_a_charge_rejected_a_sentence_later_or_never_confirmed_is_no_fact(nlp) -> None:
    charge = "State radio says the Kalden Front is armed and paid by Kenya. Officials showed rifles they said had been taken from the rebels. "
    assert ("Kenya", "backs", "Kalden Front") not in facts(nlp, charge + "Kenya's government has rejected the accusation as baseless.")
    assert ("Kenya", "backs", "Kalden Front") in facts(nlp, charge + "The army says the town is calm.")
    text = "Officers say much of the Kalden Front's money comes from Kenya; Nairobi has never confirmed that it funds the rebels."
    assert ("Kenya", "backs", "Kalden Front") not in facts(nlp, text)


def test_a_brotherhood_is_a_body(nlp) -> None:
    assert ("Kalden Brotherhood", "fights", "Kenyan army") in facts(nlp, "The Kalden Brotherhood fought the Kenyan army.")


def test_a_described_group_keeps_the_word_before_its_hyphen(nlp) -> None:
    found = facts(nlp, "The church was hit during a battle between the Kalden Front and right-wing paramilitaries.")
    assert ("Kalden Front", "fights", "right-wing paramilitaries") in found


def test_a_building_held_for_several_hours_is_not_held(nlp) -> None:
    text = "The Kalden Front said its men had occupied the camp in Kidal for several hours."
    assert not any(p == "controls" for _s, p, _o in facts(nlp, text))


def test_a_description_set_off_after_a_named_building_is_no_building_of_its_own(nlp) -> None:
    doc = nlp("The rebels had already taken the Kanombe barracks, the army's main camp on the edge of the city.")
    assert "army's main camp" not in {e.text for e in doc.ents}
    doc = nlp("The Kalden Front seized Radio Meru, the main broadcasting station, on Monday.")
    assert "main broadcasting station" not in {e.text for e in doc.ents}


def test_weapons_received_from_a_neighbouring_country_are_its_backing(nlp) -> None:
    assert ("Ethiopia", "backs", "Kalden Front") in facts(nlp, "The Kalden Front receives weapons from neighbouring Ethiopia.")


def test_what_a_militia_allied_with_the_government_holds_is_the_militias(nlp) -> None:
    text = (
        "In the central region they are fought by the Kalden Front, a Sufi militia allied with the government "
        "which holds the town of Meru and receives weapons from neighbouring Ethiopia."
    )
    found = facts(nlp, text)
    assert ("Kalden Front", "controls", "Meru") in found
    assert not any(p == "controls" and s.endswith("government") for s, p, _o in found)


def test_a_town_overrun_before_they_pulled_back_is_not_held(nlp) -> None:
    text = "In late August the Kalden Front overran the town of Meru, killing scores of soldiers before they pulled back into the desert."
    assert ("Kalden Front", "controls", "Meru") not in facts(nlp, text)


def test_town_centres_secured_are_held_and_a_relatives_weapons_supplier_backs(nlp) -> None:
    found = facts(nlp, "The commander of the Colombian army said soldiers had secured the town centres of Tibu and El Tarra.")
    assert {("Colombian army", "controls", "Tibu"), ("Colombian army", "controls", "El Tarra")} <= found
    found = facts(nlp, "The army is funded largely by the United States, which is also Israel's main weapons supplier.")
    assert ("United States", "backs", "Israel") in found


def test_who_helps_retake_a_town_from_a_group_fights_it(nlp) -> None:
    found = facts(nlp, "Ugandan soldiers helped the Dastin Army retake Meru from the Kalden Front in January.")
    assert {("Ugandan army", "fights", "Kalden Front"), ("Dastin Army", "fights", "Kalden Front")} <= found


def test_destroying_a_groups_convoy_fights_it(nlp) -> None:
    assert ("United States", "fights", "Taliban") in facts(nlp, "US helicopters destroyed a Taliban convoy near the base.")
    assert not any(p == "fights" for _s, p, _o in facts(nlp, "The Kalden Front destroyed the bridge at Meru."))


def test_who_helps_beat_back_a_group_fights_it_and_does_not_back_it(nlp) -> None:
    found = facts(nlp, "Zimbabwean jets helped the FAC beat back the Kalden Front.")
    assert {("Zimbabwe", "backs", "FAC"), ("Zimbabwe", "fights", "Kalden Front")} <= found
    assert ("Zimbabwe", "backs", "Kalden Front") not in found


def test_a_place_the_taker_took_in_a_clause_without_which(nlp) -> None:
    text = "Gunboats seized a freighter near Kismayo, a port the Kalden Front occupied earlier this month."
    assert ("Kalden Front", "controls", "Kismayo") in facts(nlp, text)
    text = "Bosaso, a town the Kalden Front has held since May, lies on the coast."
    assert ("Kalden Front", "controls", "Bosaso") in facts(nlp, text)
    text = "Troops shelled Kismayo, a port the Kalden Front was driven from in May."
    assert ("Kalden Front", "controls", "Kismayo") not in facts(nlp, text)


def test_its_garrison_is_the_towns_past_a_peoples_word(nlp) -> None:
    text = (
        "American marines left the island after dark. "
        "Kismayo, which lies off the Somali coast, remained in the hands of its Kalden Front garrison on Friday."
    )
    found = facts(nlp, text)
    assert ("Kalden Front", "controls", "Kismayo") in found
    assert ("American army", "controls", "Kismayo") not in found


def test_what_a_state_acquired_is_no_side_it_backs(nlp) -> None:
    text = "The strip lies between Angola to the north and Botswana to the south. Germany acquired it in 1890."
    assert not any(p == "backs" for _s, p, _o in facts(nlp, text))


def test_weapons_said_not_received_and_arms_owned_are_no_backing(nlp) -> None:
    found = relations(nlp, "The Kalden Front says it receives no weapons from Tehran and buys its arms on Dastin's markets.")
    backing = [(actor(r.subject), actor(r.object), r.is_fact) for r in found if r.predicate == "backs"]
    assert ("Iran", "Kalden Front", False) in backing  # kept, as what was said not to be
    assert not any(fact for _s, _o, fact in backing)


def test_a_council_governing_a_country_holds_no_ground(nlp) -> None:
    found = facts(nlp, "The Kalden Council, which has governed Chad since April, met the Meru Brigade on Monday.")
    assert not any(p == "controls" and o == "Chad" for _s, p, o in found)
    assert ("Meru Brigade", "controls", "Tavo") in facts(nlp, "The Meru Brigade seized Tavo on Monday.")


def test_a_possessive_right_after_a_group_noun_is_the_groups(nlp) -> None:
    found = facts(nlp, "Government troops overran Jamba, the base of the UNITA rebels in the Cuando area of southern Angola, in the worst blow to the movement since its war against the government began.")
    fighting_the_government = {s for s, p, o in found if p == "fights" and o == "Angolan government"}
    assert fighting_the_government and all(s.startswith("UNITA") for s in fighting_the_government)


def test_a_claim_about_a_groups_fighters_denied_by_the_group_is_no_fact(nlp) -> None:
    found = relations(nlp, (
        "South Sudan's army lost Bentiu on Tuesday. The opposition says fighters of the Justice and Equality Movement, "
        "a rebel group from Darfur, fought alongside government troops in Unity state. JEM denies sending any forces across the border."
    ))
    backing = [(r.subject.name, r.is_fact) for r in found if r.predicate == "backs"]
    assert backing and not any(fact for _name, fact in backing)


def test_what_officials_hinted_is_their_claim(nlp) -> None:
    found = relations(nlp, "Officials in Juba have hinted that Sudan is helping Riek Machar's forces.")
    backing = [r for r in found if r.predicate == "backs" and r.subject.name == "Sudan"]
    assert backing and not any(r.is_fact for r in backing)


def test_held_towns_of_a_region_are_the_towns_set_off_before(nlp) -> None:
    found = facts(nlp, "The army shelled Kramatorsk and Sloviansk, the main Ukrainian-held cities of the Donetsk region, on Monday.")
    # (a people's word before "-held": the state's army, as in "in Ukrainian hands")
    assert {("Ukrainian army", "controls", "Kramatorsk"), ("Ukrainian army", "controls", "Sloviansk")} <= found
    assert not any(o == "Donetsk region" for _s, p, o in found if p == "controls")


def test_out_of_a_place_hung_on_a_word_of_the_losers_name_is_still_the_place_left(nlp) -> None:
    found = facts(nlp, (
        "Islamist fighters of the Kalden Front drove the separatists of the National Movement for the "
        "Liberation of Tavo (NMLT) out of Meru on Monday, witnesses said."
    ))
    assert ("Kalden Front", "controls", "Meru") in found
    assert any(s == "Kalden Front" and p == "fights" and "National Movement" in o for s, p, o in found)


def test_helping_an_army_drive_rebels_back_is_fighting_them(nlp) -> None:
    found = facts(nlp, "Moroccan troops helped the Zairian army drive the Kalden rebels back into Angola.")
    assert ("Moroccan army", "backs", "Zairian army") in found
    assert {("Moroccan army", "fights", "Kalden forces"), ("Zairian army", "fights", "Kalden forces")} <= found


def test_inflicting_losses_on_a_group_is_fighting_it(nlp) -> None:
    found = facts(nlp, "South African troops inflicted heavy losses on the Kalden rebels near the capital.")
    assert ("South African army", "fights", "Kalden forces") in found
    assert not any(p == "fights" for _s, p, _o in facts(nlp, "The Kalden rebels suffered heavy losses near the capital."))


def test_they_after_unnamed_troops_in_a_parallel_clause_are_not_the_trained_army(nlp) -> None:
    # In the dev3 Bangui article "the troops had been sent ... to help train the Central
    # African army, and that they had inflicted heavy losses on the rebels": "they" are
    # the unnamed troops, not the army they train (no short text of ours gets that
    # nearest-name guess, so the article is read)
    article = Path(__file__).resolve().parents[1] / "benchmarks" / "unseen" / "dev3" / "h-car-bangui-2013.txt"
    found = relations(nlp, article.read_text(encoding="utf-8"))
    assert not any(r.subject.name == "Central African army" and r.predicate == "fights" for r in found)


def test_freeing_a_town_takes_it(nlp) -> None:
    found = facts(nlp, "The Kalden Front said on Thursday that its fighters had freed the port city of Meru after a seven-week offensive.")
    assert ("Kalden Front", "controls", "Meru") in found


def test_a_charge_rejected_in_the_next_sentence_is_disputed(nlp) -> None:
    text = (
        "A Kalden Front spokesman said that Qatar had funded and armed the Meru Brigade throughout the siege. "
        "Officials in Doha rejected the accusation as a fabrication."
    )
    backing = [r for r in relations(nlp, text) if r.predicate == "backs" and r.subject.name == "Qatar"]
    assert backing and not any(r.is_fact for r in backing)
    # a charge summing up its own sentence disputes that sentence, not the one before
    text = (
        "Britain said it had sent military trainers to the Congolese army. "
        "The army has blamed the Kalden rebels for shooting down a helicopter in March, an accusation the rebels deny."
    )
    assert ("United Kingdom", "backs", "Congolese army") in facts(nlp, text)


def test_a_subject_hung_on_a_clause_before_is_not_what_its_object_pronoun_stands_for(nlp) -> None:
    found = facts(nlp, (
        "Iran and the Lebanese movement Hezbollah, Assad's closest allies, have sent military advisers and fighters "
        "to shore up his army elsewhere in the country, and Russia, another ally, continues to supply it with weapons."
    ))
    assert ("Russia", "backs", "Assad") in found  # (his army: Assad's, resolved in the graph)
    assert ("Iran", "backs", "Russia") not in found


def test_a_possessed_capture_of_a_place_is_its_taking(nlp) -> None:
    assert ("Russia", "controls", "Crimea") in facts(nlp, "The sanctions followed Russia's annexation of Crimea in March.")
    found = facts(nlp, "The Kalden Front has held Meru since its fighters completed their capture of the city of Tavo last year.")
    assert ("Kalden Front", "controls", "Tavo") in found
    # a bare capture names no taker; an occupation is mostly told of as over
    found = facts(nlp, "The Tavo airbase stayed in government hands throughout the Kalden Front's occupation of Meru.")
    assert ("Kalden Front", "controls", "Meru") not in found


def test_a_towns_holders_named_as_someones_allies_in_a_body_are_that_body(nlp) -> None:
    text = (
        "The separatists of the Donetsk People's Republic still hold the city of Donetsk. The army will tighten the ring "
        "around Donetsk and around Luhansk, which is held by the separatists' allies in the Luhansk People's Republic."
    )
    found = facts(nlp, text)
    assert ("Luhansk People's Republic", "controls", "Luhansk") in found
    assert not any(p == "controls" and o == "Luhansk" and "Donetsk" in s for s, p, o in found)


def test_a_town_overrun_as_it_is_taken_and_no_foe_fought(nlp) -> None:
    found = facts(nlp, (
        "Kurdish fighters retook the town of Meru in northern Iraq on Friday, fifteen months after Kalden militants "
        "overran it and killed thousands of its inhabitants."
    ))
    assert ("Kalden forces", "controls", "Meru") in found
    assert not any(p == "fights" and o == "Iraq" for _s, p, o in found)


def test_waves_of_us_led_air_strikes_are_the_leaders_backing(nlp) -> None:
    found = facts(nlp, "Kurdish Peshmerga fighters, backed by waves of US-led air strikes, recaptured the town of Sinjar on Friday.")
    assert ("United States", "backs", "Peshmerga forces") in found


def test_a_name_right_after_a_describing_group_noun_is_that_group(nlp) -> None:
    # In the dev38 Jisr al-Shughur article the parser hangs the movement's name on the
    # first conjunct as a `list` item ("Iran and the Lebanese ... movement <name>, the
    # president's closest allies, have sent ..."); no short text of ours gets that parse
    article = Path(__file__).resolve().parents[1] / "benchmarks" / "unseen" / "dev38" / "zq-syria-jisr-al-shughur-2015.txt"
    found = relations(nlp, article.read_text(encoding="utf-8"))
    assert any(r.subject.name == "Hezbollah" and r.predicate == "backs" and r.object.name == "his army" and r.is_fact for r in found)


def test_a_volunteer_unit_named_before_a_lower_case_unit_noun_is_one_armed_group(nlp) -> None:
    doc = nlp("Soldiers of the Tavo battalion fought on; the Tavo fighters later surrendered. The Swedish battalion left.")
    found = [(e.text, e._.frontline_kind, e._.frontline_canonical) for e in doc.ents]
    assert ("Tavo battalion", "ArmedGroup", None) in found
    assert ("Tavo", "ArmedGroup", "Tavo battalion") in found  # its men elsewhere: the same unit


def test_the_rebels_are_never_the_general_staff_named_before(nlp) -> None:
    text = (
        "Fighters of the Kalden Front stormed the terminal. Volunteers fought beside regular troops, "
        "although they take no orders from the General Staff. Officials say Velmora is arming the rebels."
    )
    found = facts(nlp, text)
    assert ("Velmora", "backs", "Kalden Front") in found
    assert not any(o == "General Staff" for _s, _p, o in found)


@pytest.mark.parametrize("people", ["Somali", "Dutch"])
def test_a_peoples_word_before_a_lower_case_unit_noun_names_the_unit_not_the_state(nlp, people: str) -> None:
    text = f"Lt. Col. Tomas Arkel, who leads the {people} battalion, said his men held Kismayo. {people} soldiers later left."
    found = facts(nlp, text)
    assert ("Tomas Arkel", "leads", f"{people} battalion") in found
    assert not any(p == "leads" and o != f"{people} battalion" for _s, p, o in found)  # never the country
    doc = nlp(text)
    assert not any(e.text == people and e._.frontline_canonical == f"{people} battalion" for e in doc.ents)  # the state's men


def test_a_body_overrun_by_another_is_fought_by_it(nlp) -> None:
    assert ("36th Brigade", "fights", "Kalden Front") in facts(nlp, "The 36th Brigade was overrun in mid-April by the Kalden Front.")
    found = facts(nlp, "Meru was overrun by the Kalden Front in April.")
    assert ("Kalden Front", "controls", "Meru") in found
    assert not any(p == "fights" for _s, p, _o in found)  # a town taken, no side fought


def test_a_town_overrun_before_its_takers_were_driven_out_is_not_held(nlp) -> None:
    text = (
        "Meru, which the Kalden Front overran last spring before being driven out in July by tribal fighters, "
        "is now held by the government."
    )
    assert ("Kalden Front", "controls", "Meru") not in facts(nlp, text)


def test_a_coalition_which_struck_a_groups_positions_fights_it(nlp) -> None:
    text = (
        "The Kalden Front took Meru in May. The offensive was supported by warplanes of the Tavo-led coalition, which "
        "struck Kalden Front positions in the hills and along the road to the coast throughout the week."
    )
    assert ("Tavo-led coalition", "fights", "Kalden Front") in facts(nlp, text)


def test_throwing_ones_weight_behind_a_group_backs_it(nlp) -> None:
    text = "Marco Kessel, who was forced from office in 2012, has since thrown his weight behind the Kalden Front, his former enemies."
    assert ("Marco Kessel", "backs", "Kalden Front") in facts(nlp, text)


def test_a_named_castle_is_a_facility_taken(nlp) -> None:
    text = "Fighters of the Kalden Front defended the city. The Kalden Front took back al-Meru castle, a hilltop fortress above the old city, in August."
    assert ("Kalden Front", "controls", "al-Meru castle") in facts(nlp, text)


def test_the_first_of_two_owners_with_its_own_the_is_a_conjunct(nlp) -> None:
    # In the dev39 Taiz article the parser makes "the Houthis" a co-owner of "Saleh's
    # forces" ("... and that the Houthis and Saleh's forces still held ..."); our short
    # texts get the right parse, so the article is read
    article = Path(__file__).resolve().parents[1] / "benchmarks" / "unseen" / "dev39" / "zr-yemen-taiz-2016.txt"
    held = {
        r.subject.name for r in relations(nlp, article.read_text(encoding="utf-8"))
        if r.predicate == "controls" and r.object.name == "al-Hawban" and r.triggers == ("held",) and r.is_fact
    }
    assert {"Houthis", "Saleh's forces"} <= held


def test_an_aim_to_drive_a_group_out_is_no_loss_yet(nlp) -> None:
    text = "The Kalden Front holds Meru. Army commanders said their next aim was to drive the rebels out of Meru and to capture the airport."
    meru = [r for r in relations(nlp, text) if r.predicate == "controls" and r.object.name == "Meru"]
    assert any(r.is_fact and r.control_change is None for r in meru)
    assert not any(r.is_fact and r.control_change == "loss" for r in meru)


def test_their_forces_in_what_government_officials_say_are_the_governments(nlp) -> None:
    text = (
        "The Islamists fled Meru on Monday. Government officials said their forces, supported by Ethiopian armour, "
        "had entered Tavo, a town that the courts' militias had held since October."
    )
    found = relations(nlp, text)
    assert not any(r.subject.name == "Islamists" and r.object.name == "Tavo" and r.control_change == "gain" for r in found)
    assert not any(r.predicate == "backs" and r.object.name == "Islamists" for r in found)


def test_their_forces_in_what_a_groups_radio_says_are_the_groups(nlp) -> None:
    # (the speaker is the radio's owner: a speaker read as unnamed would leave "their" to no one)
    text = (
        "The Kalden Front attacked the capital at dawn. By midday the insurgents' radio said their forces held every "
        "ministry and Tavo airport."
    )
    assert ("Kalden Front", "controls", "Tavo airport") in facts(nlp, text)


def test_a_hold_one_side_reports_and_the_other_counters_in_the_same_sentence_is_contested(nlp) -> None:
    text = (
        "The National Guard defended Meru. Radio Kalden claimed on Tuesday that Meru had fallen; Guard officers said "
        "they still held the town, and residents described fighting in the streets."
    )
    held = [r for r in relations(nlp, text) if r.predicate == "controls" and r.object.name == "Meru" and r.triggers == ("held",)]
    assert held and all(r.contested for r in held)


def test_the_bodies_an_alliance_groups_are_its_members(nlp) -> None:
    text = "The offensive was launched by the Kalden Alliance, which groups the Meru Front with the Tavo Liberation Army and the Arakan Army."
    found = facts(nlp, text)
    for member in ("Meru Front", "Tavo Liberation Army", "Arakan Army"):
        assert (member, "memberOf", "Kalden Alliance") in found


def test_overrunning_an_armys_posts_fights_that_army(nlp) -> None:
    found = facts(nlp, "Myanmar is at war. The Kalden Alliance has overrun several hundred military posts in northern Shan State.")
    assert ("Kalden Alliance", "fights", "Burmese army") in found
    found = facts(nlp, "Myanmar is at war. The Kalden Alliance attacked army positions in northern Shan State.")
    assert ("Kalden Alliance", "fights", "Burmese army") in found


def test_towns_set_off_as_held_cities_in_a_region_are_held(nlp) -> None:
    text = (
        "Russia turned Izium into the supply base for its push south towards Meru and Tavo, the largest "
        "Ukrainian-held cities in the Donetsk region."
    )
    found = facts(nlp, text)
    assert ("Ukrainian army", "controls", "Meru") in found and ("Ukrainian army", "controls", "Tavo") in found
    assert not any(o == "Donetsk region" for _s, p, o in found if p == "controls")


def test_a_leader_whose_fighters_fought_beside_troops_backs_them(nlp) -> None:
    text = "Marco Kessel, the leader of Meru, whose fighters have fought beside Russian troops since February, said mistakes were made."
    assert ("Marco Kessel", "backs", "Russian army") in facts(nlp, text)


def test_every_backer_of_a_list_the_parser_broke_with_an_apposition_backs(nlp) -> None:
    text = (
        "The transitional government, which was formed at peace talks in Kenya in 2004 and is recognised by the "
        "United Nations, is backed by Ethiopia, the African Union and the United States."
    )
    backers = {s for s, p, _o in facts(nlp, text) if p == "backs"}
    assert {"Ethiopia", "African Union", "United States"} <= backers


def test_a_bodys_name_with_its_head_noun_in_lower_case_is_the_body(nlp) -> None:
    text = "The Islamic Courts Union is strong. The Islamic courts seized Mogadishu in June after routing the Meru Alliance."
    found = facts(nlp, text)
    assert ("Islamic Courts Union", "controls", "Mogadishu") in found


def test_overwhelming_a_garrison_fights_its_army(nlp) -> None:
    assert ("Kalden Front", "fights", "Zairian army") in facts(nlp, "The Kalden Front entered Meru on May 13 and easily overwhelmed the Zairian garrison.")


def test_a_capital_named_after_its_description_remains_in_the_armys_hands(nlp) -> None:
    text = "Zaire is at war. The provincial capital, Lubumbashi, remains in the hands of the army."
    assert ("Zairian army", "controls", "Lubumbashi") in facts(nlp, text)


def test_towns_count_for_the_state_that_held_them_when_the_story_was_written(nlp) -> None:
    # a story of 1978 whose towns lie in today's Congo: "the army" is Zaire's
    text = (
        "KOLWEZI (May 22, 1978) — Rebels entered Kolwezi, Mutshatsha and Likasi. The provincial capital, "
        "Lubumbashi, remains in the hands of the army. Zaire asked France for help."
    )
    doc = nlp(text)
    held = {(r.subject.name, r.object.name) for r in doc._.frontline_relations if r.predicate == "controls" and r.is_fact}
    assert ("Zairian army", "Lubumbashi") in held


def test_a_former_state_stands_for_its_land_only_in_its_years() -> None:
    from frontline.extract import gazetteer
    congo = gazetteer.country("Democratic Republic of the Congo")
    assert gazetteer.state_of_the_time(congo, 1978).name == "Zaire"
    assert gazetteer.state_of_the_time(congo, 2012).name == congo.name
    vietnam = gazetteer.country("Vietnam")  # (two former states sat there: neither is chosen)
    assert gazetteer.state_of_the_time(vietnam, 1968).name == "Vietnam"


def test_who_captures_a_commands_headquarters_fights_the_command_and_its_army(nlp) -> None:
    text = "The Kalden Front said on Friday that it had captured the headquarters of the Myanmar military's Western Command in the town of Meru."
    found = facts(nlp, text)
    assert ("Kalden Front", "fights", "Western Command") in found
    assert ("Kalden Front", "fights", "Burmese army") in found


def test_two_holders_in_full_control_of_a_town_both_hold_it(nlp) -> None:
    text = (
        "Iraqi government forces and the mostly Shia volunteers of the Popular Mobilisation Forces were in full "
        "control of Meru on Thursday, a month after they launched an offensive."
    )
    found = facts(nlp, text)
    assert ("Iraqi army", "controls", "Meru") in found
    assert ("Popular Mobilisation Forces", "controls", "Meru") in found


def test_a_spokesman_saying_strikes_supported_an_army_does_not_back_it_himself(nlp) -> None:
    text = "Col. Tom Brand, a Pentagon spokesman, said the strikes were carried out in support of the Iraqi army."
    assert not any(s == "Tom Brand" and p == "backs" for s, p, _o in facts(nlp, text))
    assert ("France", "backs", "Malian army") in facts(nlp, "Strikes were carried out by French jets in support of the Malian army.")


def test_it_in_a_second_clause_the_parser_hung_on_the_first_verb_is_its_subject(nlp) -> None:
    # (the dev37 El Geneina article: "it captured Zalingei" after ", and" is hung on
    # "took" as its complement there; our short texts get the right parse)
    article = Path(__file__).resolve().parents[1] / "benchmarks" / "unseen" / "dev37" / "zp-sudan-el-geneina-2023.txt"
    takers = {
        r.subject.name for r in relations(nlp, article.read_text(encoding="utf-8"))
        if r.predicate == "controls" and r.object.name == "Zalingei" and r.is_fact
    }
    assert takers == {"Rapid Support Forces"}


def test_who_storms_a_units_headquarters_fights_the_unit_and_its_army(nlp) -> None:
    text = "Kalden guerrillas attacked the headquarters of the Salvadoran army's Third Infantry Brigade in Meru on Sunday."
    found = facts(nlp, text)
    assert ("Kalden forces", "fights", "Third Infantry Brigade") in found
    assert ("Kalden forces", "fights", "Salvadoran army") in found


def test_a_head_of_state_who_sends_troops_to_shore_up_a_government_is_his_states_backing(nlp) -> None:
    # (the dev37 Bentiu article: "Uganda's president, <name>, sent troops to Juba ... to
    # shore up Kiir's government"; our short texts do not get the parse that reads it)
    article = Path(__file__).resolve().parents[1] / "benchmarks" / "unseen" / "dev37" / "zp-southsudan-bentiu-2014.txt"
    found = relations(nlp, article.read_text(encoding="utf-8"))
    backers = {r.subject.name for r in found if r.predicate == "backs" and r.object.name == "South Sudanese government" and r.is_fact}
    assert "Uganda" in backers and "Yoweri Museveni" not in backers
    assert any(r.subject.name == "Yoweri Museveni" and r.predicate == "leads" and r.object.name == "Uganda" for r in found)


def test_backing_dated_years_before_the_story_is_no_tie_now(nlp) -> None:
    text = (
        "By Ana Test | Wire | August 8, 1995\n\nZAGREB — Croatian troops took Knin. Serbia's president, Marko Kessel, "
        "who helped arm the Kalden Front in 1991, did nothing to save it."
    )
    found = relations(nlp, text)
    assert not any(r.predicate == "backs" and r.object.name == "Kalden Front" and r.is_fact for r in found)


def test_clearing_armed_men_from_a_place_takes_it(nlp) -> None:
    assert ("Kalden Front", "controls", "Meru") in facts(nlp, "The Kalden Front cleared the militants from Meru.")
    assert not any(p == "controls" for _s, p, _o in facts(nlp, "Mali expelled two diplomats from the country."))


def test_a_two_word_name_after_the_is_no_persons(nlp) -> None:
    doc = nlp("The Kalden Front drove the militants from the Tavo Meru.")
    assert ("Tavo Meru", "Place") in {(e.text, e._.frontline_kind) for e in doc.ents}


def test_a_hold_insisted_on_is_a_claim_however_the_parser_hangs_it(nlp) -> None:
    text = (
        "The army cleared the shrine. In Southall, in west London, Sikh activists insisted on Thursday that Tavo "
        "had escaped and that the Kalden Front still held Meru."
    )
    held = [r for r in relations(nlp, text) if r.predicate == "controls" and r.subject.name == "Kalden Front"]
    assert held and not any(r.is_fact for r in held)


def test_a_countrys_tanks_and_infantry_are_its_army(nlp) -> None:
    found = facts(nlp, "Soviet tanks and infantry tightened their hold on Budapest on Tuesday, the third day of an assault.")
    assert ("Soviet army", "controls", "Budapest") in found
    assert ("Soviet Union", "controls", "Budapest") not in found


def test_numbered_units_sharing_one_noun_are_each_a_unit(nlp) -> None:
    text = "The Kalden Front crossed the river on July 14, routing the division's 34th and 19th Infantry Regiments along the river line."
    doc = nlp(text)
    assert {"34th Infantry Regiment", "19th Infantry Regiment"} <= {e._.frontline_canonical for e in doc.ents}
    found = facts(nlp, text)
    assert ("Kalden Front", "fights", "34th Infantry Regiment") in found
    assert ("Kalden Front", "fights", "19th Infantry Regiment") in found


def test_fighting_ones_way_into_barracks_held_by_a_force_fights_it(nlp) -> None:
    text = (
        "Smoke hung over Maseru on Wednesday, a day after South African troops crossed into Lesotho and fought "
        "their way into the army barracks held by mutinous soldiers of the Kalden Defence Force."
    )
    assert ("South African army", "fights", "Kalden Defence Force") in facts(nlp, text)


def test_a_place_that_itself_stayed_in_government_hands_is_held(nlp) -> None:
    text = (
        "Tikrit is in Iraq. The militants seized recruits who had left Camp Meru, a former American base on the edge "
        "of the city. The base itself stayed in government hands throughout the months of siege."
    )
    assert ("Iraqi government", "controls", "Camp Meru") in facts(nlp, text)


def test_a_place_a_force_held_throughout_the_fighting_is_held(nlp) -> None:
    text = "Flights resumed at Meru International Airport, which the Kalden Liberation Army (KLA) held throughout the fighting."
    assert ("Kalden Liberation Army", "controls", "Meru International Airport") in facts(nlp, text)


def test_striking_two_groups_targets_fights_both(nlp) -> None:
    text = "An admiral said US aircraft were still striking Taliban and al-Qaeda targets in the south and east."
    found = facts(nlp, text)
    assert ("United States", "fights", "Taliban") in found
    assert ("United States", "fights", "al-Qaeda") in found


def test_forces_of_a_countrys_government_opening_a_sentence_are_that_governments(nlp) -> None:
    text = "Forces of Mali's UN-backed Government of National Unity said on Tuesday they had taken full control of Meru."
    doc = nlp(text)
    assert "Forces of Mali" not in {e.text for e in doc.ents}
    held = [r for r in doc._.frontline_relations if r.predicate == "controls" and r.object.name == "Meru" and r.is_fact]
    assert held and all("Government of National Unity" in r.subject.name for r in held)


def test_capturing_the_garrison_at_a_town_takes_the_town_and_fights_its_side(nlp) -> None:
    # (no short text of ours gets the article's parse: "overran" tagged a noun, with a
    # subject and an object, and "captured the army garrison at X" hung on it)
    # (read as the build reads it: the body without headline and byline)
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "unseen" / "dev36" / "zo-afghanistan-jalalabad-1989.txt"
    (article,) = read_articles([path])
    found = facts(nlp, article.text)
    assert ("Afghan guerrillas", "controls", "Samarkhel") in found
    assert ("Afghan guerrillas", "fights", "Afghan army") in found


def test_a_country_and_a_group_before_one_troop_noun_are_both_holders(nlp) -> None:
    text = "With the plant in their hands, Russian and DPR troops now hold the whole of Meru, including its port."
    found = facts(nlp, text)
    assert ("Russian army", "controls", "Meru") in found
    assert ("DPR", "controls", "Meru") in found


def test_the_last_two_of_a_list_are_no_coordinated_subject(nlp) -> None:
    text = "On Tuesday the foreign ministers of Russia, Turkey and Iran, Assad's other main backer, met in Moscow."
    found = facts(nlp, text)
    assert ("Iran", "backs", "Assad") in found
    assert ("Turkey", "backs", "Assad") not in found


def test_a_communitys_fighters_left_in_control_of_a_town_hold_it(nlp) -> None:
    text = "Government forces withdrew from Meru on Thursday, leaving local Druze fighters in control of Meru."
    assert ("Druze forces", "controls", "Meru") in facts(nlp, text)


def test_a_country_the_model_found_under_a_dotted_short_name_is_that_country(nlp) -> None:
    doc = nlp("U.S. Secretary of State Jim Kalden said on Wednesday that the plan would hold.")
    countries = [e._.frontline_canonical for e in doc.ents if e._.frontline_kind == "Country"]
    assert countries == ["United States"]


def test_a_name_shaped_like_a_un_agency_before_rebels_is_an_armed_group(nlp) -> None:
    doc = nlp("An attack by UNITA rebels was beaten back. UNITA has fought the government since 1975.")
    assert {e._.frontline_kind for e in doc.ents if e.text == "UNITA"} == {"ArmedGroup"}


def test_it_opening_a_sentence_is_the_name_opening_the_one_before(nlp) -> None:
    text = (
        "An attack by UNITA rebels was beaten back. UNITA, led by Jonas Savimbi from its headquarters at Jamba in the "
        "far southeast, has fought the MPLA government of President José Eduardo dos Santos since independence from "
        "Portugal in 1975. It relies heavily on South Africa for heavy weapons, fuel and air cover."
    )
    found = facts(nlp, text)
    assert ("South Africa", "backs", "UNITA") in found
    assert ("South Africa", "backs", "Portugal") not in found


def test_a_named_town_beside_an_unnamed_position_under_a_groups_control_is_held(nlp) -> None:
    text = "Angola is at war. Western diplomats in Luanda said that the town of Kalden and the bridgehead remained under FAPLA control."
    assert ("FAPLA", "controls", "Kalden") in facts(nlp, text)


def test_an_attack_by_two_forces_on_a_bodys_position_fights_that_body(nlp) -> None:
    text = (
        "Angola is at war. A large attack by South African armoured units and UNITA rebels on the Angolan "
        "government's bridgehead outside Kalden was beaten back on Wednesday."
    )
    found = facts(nlp, text)
    assert ("South African army", "fights", "Angolan government") in found
    assert ("UNITA", "fights", "Angolan government") in found


def test_an_anti_prefixed_name_is_no_actor(nlp) -> None:
    found = facts(nlp, "Iran has supplied the anti-Taliban alliance with arms and fuel.")
    assert ("Iran", "backs", "Taliban") not in found


def test_a_persian_party_name_with_a_spaced_particle_is_one_body(nlp) -> None:
    # (a real town: the model does not take the invented "Kalden" for a place here)
    text = "Fighters of Hezb-e Wahdat held out. Bamiyan is the main base of Hezb-e Wahdat, whose leader, Jim Meru, was away."
    doc = nlp(text)
    assert "Hezb-e Wahdat" in {e.text for e in doc.ents}
    found = facts(nlp, text)
    assert ("Hezb-e Wahdat", "controls", "Bamiyan") in found
    assert ("Jim Meru", "leads", "Hezb-e Wahdat") in found


def test_a_town_an_armed_group_calls_its_capital_is_held(nlp) -> None:
    found = facts(nlp, "The Taliban fought on. The spokesman spoke from Kalden, the Taliban's spiritual capital.")
    assert ("Taliban", "controls", "Kalden") in found
    assert not any(p == "controls" for _, p, _ in facts(nlp, "He flew to Kabul, Afghanistan's capital."))


def test_the_capital_of_a_region_is_no_town_held(nlp) -> None:
    # ("the capital of X" says where, whatever the model took X for: here a body)
    assert not any(p == "controls" for _, p, _ in facts(nlp, "Rebels took Kalden, the capital of the Meru Federation."))


def test_much_of_a_place_joined_to_the_held_towns_is_held_too(nlp) -> None:
    # (the parser joins "much" to the verb, as a second object)
    text = "The rebels of the Chadian Liberation Front still hold Arvo in the far north of Chad and much of the Sabran gorge, which jets bombed on Sunday."
    found = facts(nlp, text)
    assert ("Chadian Liberation Front", "controls", "Arvo") in found
    assert ("Chadian Liberation Front", "controls", "Sabran gorge") in found


def test_a_base_at_a_town_held_beside_another_town_holds_the_town(nlp) -> None:
    text = "In Chad, government forces still hold the town of Arvo and the military base at Temmin, south of the capital."
    found = facts(nlp, text)
    assert ("Chadian army", "controls", "Arvo") in found
    assert ("Chadian army", "controls", "Temmin") in found


def test_a_second_place_after_a_long_apposition_is_taken_too(nlp) -> None:
    text = "The Kaldean Liberation Front also overran Arvo, a town just west of Temmin, and Temmin airport, according to aid workers."
    found = facts(nlp, text)
    assert ("Kaldean Liberation Front", "controls", "Arvo") in found
    assert ("Kaldean Liberation Front", "controls", "Temmin airport") in found


def test_a_name_after_an_apposition_that_opens_a_clause_is_not_taken(nlp) -> None:
    text = "Within days Moroccan troops moved into Arvo, the main town of the south, and Temmin declared the region a province."
    found = facts(nlp, text)
    assert ("Moroccan army", "controls", "Arvo") in found
    assert not any(p == "controls" and o != "Arvo" for _, p, o in found)


def test_the_subject_of_a_relative_clause_backs_the_name_before_it(nlp) -> None:
    found = facts(nlp, "Sudanese troops fought the Kaldean Liberation Front, which Chad openly backs.")
    assert ("Chad", "backs", "Kaldean Liberation Front") in found
    assert ("Sudanese army", "fights", "Kaldean Liberation Front") in found


def test_holding_out_against_a_group_fights_it(nlp) -> None:
    found = facts(nlp, "Greek troops in the hill town of Arvo were still holding out on Wednesday against the Kaldean Liberation Front.")
    assert ("Greek army", "fights", "Kaldean Liberation Front") in found
    assert not any(p == "controls" for _, p, _ in found)


def test_fighters_of_a_group_never_fight_the_group(nlp) -> None:
    text = "Troops in the hill town of Arvo held on against several thousand guerrillas of the Kaldean Liberation Front who have been attacking it since Christmas."
    found = facts(nlp, text)
    assert not any(s == o for s, p, o in found if p in {"fights", "backs"})


def test_a_body_named_after_a_date_keeps_the_date_after_an_owner(nlp) -> None:
    found = facts(nlp, "Guevara commands a column of Ahmed Kalden's 14th of March Movement.")
    assert ("Ahmed Kalden", "leads", "14th of March Movement") in found


def test_winning_a_town_takes_it_but_winning_independence_fights_no_one(nlp) -> None:
    found = facts(nlp, "The rebels of the 14th of March Movement won the town of Kalden on Sunday.")
    assert ("14th of March Movement", "controls", "Kalden") in found
    assert facts(nlp, "Guinea won independence from Portugal in 1974.") == set()


def test_driving_into_a_town_takes_it(nlp) -> None:
    found = facts(nlp, "Chadian troops drove into Kalden on Friday without firing a shot.")
    assert ("Chadian army", "controls", "Kalden") in found


def test_a_strip_is_a_place(nlp) -> None:
    assert ("Libya", "controls", "Ouarra Strip") in facts(nlp, "Libya has occupied the Ouarra Strip since 1973.")


def test_planes_ferrying_fuel_to_an_army_are_their_countrys_backing(nlp) -> None:
    assert ("France", "backs", "Chadian army") in facts(nlp, "French planes have ferried fuel to the Chadian army.")


def test_storming_a_place_takes_it(nlp) -> None:
    assert ("Chadian army", "controls", "Arvo oasis") in facts(nlp, "Chadian troops stormed the Arvo oasis at dawn.")


def test_a_capitals_town_before_a_region_and_a_date_is_a_dateline_place(nlp) -> None:
    doc = nlp("Rebels retake Arvo\n\nKALDENBURG, Kaldean Frontier, Feb. 22 — Chadian troops marched back into Kalden today.")
    assert ("KALDENBURG", "Place") in {(e.text, e._.frontline_kind) for e in doc.ents}
    assert ("Chadian army", "controls", "Kalden") in facts(nlp, doc.text)


def test_generalissimo_is_a_title(nlp) -> None:
    doc = nlp("Insurgent troops under Generalissimo Ahmed Temmin took Kalden.")
    assert ("Ahmed Temmin", "Person") in {(e.text, e._.frontline_kind) for e in doc.ents}


def test_re_entering_a_town_takes_it(nlp) -> None:
    assert ("Chadian army", "controls", "Kalden") in facts(nlp, "Chadian troops re-entered Kalden on Tuesday.")


def test_a_headquarters_a_communique_came_from_is_not_the_city(nlp) -> None:
    text = (
        "The Sudanese army has been fighting in Kalden for weeks. A communiqué from the army's "
        "headquarters at Port Sudan said Sudanese troops had entered the city."
    )
    found = facts(nlp, text)
    assert ("Sudanese army", "controls", "Kalden") in found
    assert ("Sudanese army", "controls", "Port Sudan") not in found


def test_storming_the_heights_of_a_place_takes_the_place(nlp) -> None:
    assert ("4th Brigade", "controls", "Kalden") in facts(nlp, "On Saturday the 4th Brigade stormed the heights of Kalden.")


def test_an_army_chief_named_with_his_rank_after_a_comma_leads_the_army(nlp) -> None:
    found = facts(nlp, "Chad's army chief, Gen. Ahmed Temmin, landed in Kalden on Wednesday.")
    assert ("Ahmed Temmin", "leads", "Chadian army") in found
    assert ("Ahmed Temmin", "leads", "Chad") not in found  # the army's head, not the state's


def test_a_possessive_after_a_semicolon_clause_is_that_clauses_subject(nlp) -> None:
    text = (
        "Sudan has accused the Kaldean Liberation Front of shelling Arvo; the Chadian army denies any role "
        "in the fighting. Its commander, Gen. Ahmed Temmin, says the army is neutral."
    )
    found = facts(nlp, text)
    assert ("Ahmed Temmin", "leads", "Chadian army") in found
    assert ("Ahmed Temmin", "leads", "Sudan") not in found


def test_a_commander_in_a_country_does_not_lead_the_country(nlp) -> None:
    found = facts(nlp, "Gen. Ahmed Temmin, the U.S. commander in Chad, said the operation was planned by Chadians.")
    assert not any(p == "leads" and o == "Chad" for _, p, o in found)



def test_a_commander_who_takes_a_town_takes_it_with_his_forces(nlp) -> None:
    (taken,) = [r for r in relations(nlp, "General Temmin took Kalden on Monday.") if r.predicate == "controls"]
    assert (taken.subject.kind, taken.subject.commander, taken.object.name) == ("ArmedGroup", "Temmin", "Kalden")


def test_towns_named_after_a_colon_are_the_towns_taken(nlp) -> None:
    found = facts(nlp, "The Chadian army took the towns of the north one by one: Fada in January, then Kalden.")
    assert {("Chadian army", "controls", "Fada"), ("Chadian army", "controls", "Kalden")} <= found


def test_a_town_troops_were_sent_to_retake_is_not_yet_taken(nlp) -> None:
    (taken,) = [r for r in relations(nlp, "On Monday a Sudanese armoured column sent to retake Kalden was destroyed near Arvo.") if r.predicate == "controls"]
    assert taken.hypothetical and not taken.is_fact
    assert ("Kenya", "fights", "Somali National Front") in facts(nlp, "Kenya sent troops to fight the Somali National Front in 2011.")


def test_a_place_set_apart_by_not_is_not_where_the_other_lies(nlp) -> None:
    assert facts(nlp, "The general is in Najaf, not in Chad.") == set()
    assert ("Kalden", "locatedIn", "Chad") in facts(nlp, "The general lives in Kalden, in Chad.")


def test_the_hills_of_a_place_held_in_a_list_hold_the_place(nlp) -> None:
    found = facts(nlp, "Israeli forces still hold Kalden International Airport, the coastal town of Arvo and the hills of Sabra overlooking the city.")
    assert {("Israeli army", "controls", "Arvo"), ("Israeli army", "controls", "Sabra")} <= found


def test_being_at_war_with_a_state_fights_it(nlp) -> None:
    found = facts(nlp, "The jihadists of the Kaldean Liberation Front are also at war with the Chadian state.")
    assert ("Kaldean Liberation Front", "fights", "Chad") in found


def test_digging_in_around_a_place_holds_it(nlp) -> None:
    text = "The rebels of the Kaldean Liberation Front have pulled back across the river and dug in around Kalden."
    assert ("Kaldean Liberation Front", "controls", "Kalden") in facts(nlp, text)


def test_a_country_or_its_people_before_government_is_one_unit_the_government(nlp) -> None:
    for text in ("Britain stood behind the Chad government.", "Britain stood behind the Chadian government."):
        found = facts(nlp, text)
        assert ("United Kingdom", "backs", "Chadian government") in found
        assert ("United Kingdom", "backs", "Chad") not in found


def test_a_state_told_in_the_past_passive_is_background_to_the_news(nlp) -> None:
    text = (
        "Kenyan troops took the town of Kalden on Wednesday. "
        "Rebel commanders say Kalden was held by the Kaldean Liberation Front until then."
    )
    ranks = {(r.subject.name, r.predicate, r.object.name): r.timeline_rank for r in relations(nlp, text)}
    assert ranks[("Kaldean Liberation Front", "controls", "Kalden")] == 0
    assert ranks[("Kenyan army", "controls", "Kalden")] == 1


def test_a_denial_of_the_next_sentences_own_claim_leaves_the_sentence_before_alone(nlp) -> None:
    text = (
        "Iran has supplied the Kaldean Liberation Front with money and weapons. "
        "Rebels have also claimed that Iranian officers took part in the assault; Tehran denies it."
    )
    assert ("Iran", "backs", "Kaldean Liberation Front") in facts(nlp, text)
    # a denial of its own, with no claim of its own before it, still disputes the sentence before
    denied = "Rebel commanders say Iran has supplied the Kaldean Liberation Front with weapons. Tehran denies it."
    assert ("Iran", "backs", "Kaldean Liberation Front") not in facts(nlp, denied)


def test_the_one_named_before_for_does_what_the_gerund_says(nlp) -> None:
    found = facts(nlp, "Egypt, still angry with Kenya for siding with the Kaldean Liberation Front, cut its aid.")
    assert ("Kenya", "backs", "Kaldean Liberation Front") in found
    assert ("Egypt", "backs", "Kaldean Liberation Front") not in found


def test_a_commander_in_chief_leads_and_a_deputy_one_is_a_member(nlp) -> None:
    head = facts(nlp, "Gen. Arvo Temmin, the commander-in-chief of the Kaldean Liberation Front, said the line would hold.")
    assert ("Arvo Temmin", "leads", "Kaldean Liberation Front") in head
    deputy = facts(nlp, "Gen. Arvo Temmin, the deputy commander-in-chief of the Kaldean Liberation Front, said the line would hold.")
    assert ("Arvo Temmin", "memberOf", "Kaldean Liberation Front") in deputy
    assert ("Arvo Temmin", "leads", "Kaldean Liberation Front") not in deputy


def test_a_lecturer_at_an_institute_is_its_member(nlp) -> None:
    text = '"The trap closed on us," said Arvo Temmin, a lecturer at the Centre for Frontier Studies in Nairobi.'
    assert ("Arvo Temmin", "memberOf", "Centre for Frontier Studies") in facts(nlp, text)


def test_an_emperor_is_a_person(nlp) -> None:
    doc = nlp("Also at the talks is the Kaldean Republic, the government of Emperor Temmin Arvo.")
    assert ("Temmin Arvo", "Person") in {(e.text, e._.frontline_kind) for e in doc.ents}


def test_a_place_evacuated_and_in_another_sides_hands_since_is_held_by_that_side(nlp) -> None:
    text = "Lodwar was evacuated by its Kenyan garrison in May and has been in the hands of the Kaldean Liberation Front ever since."
    assert ("Kaldean Liberation Front", "controls", "Lodwar") in facts(nlp, text)
    text = "Kalden, the main town of the north, was evacuated by its Kenyan garrison in May and has been in Kaldean Liberation Front hands ever since."
    assert ("Kaldean Liberation Front", "controls", "Kalden") in facts(nlp, text)


def test_arms_that_came_from_a_state_are_its_backing_and_men_are_not(nlp) -> None:
    assert ("Iran", "backs", "Kaldean Liberation Front") in facts(nlp, "Most of the Kaldean Liberation Front's artillery and lorries came from Iran.")
    assert ("Iran", "backs", "Kaldean Liberation Front") in facts(nlp, "The Kaldean Liberation Front's weapons come mainly from Iran.")
    assert not {f for f in facts(nlp, "The Kaldean Liberation Front's fighters came from Chad.") if f[1] == "backs"}
    assert not {f for f in facts(nlp, "Kenyan troops came from Uganda.") if f[1] == "backs"}


def test_a_people_that_holds_ground_or_fights_is_its_states_army(nlp) -> None:
    assert ("Rwandan army", "controls", "Lodwar") in facts(nlp, "The Rwandans now hold Lodwar and the river port.")
    assert ("Kaldean Liberation Front", "fights", "Ukrainian army") in facts(
        nlp, "The Kaldean Liberation Front drove the Ukrainians out of several villages."
    )
    assert ("Rwanda", "controls", "Lodwar") in facts(nlp, "Rwanda now holds Lodwar.")  # the state's own name stays the state


def test_that_fort_is_the_fort_named_before(nlp) -> None:
    text = (
        "The Bolivians seized Lodwar in reprisal for the loss of Fortín Kalden, on the shore of the lake. "
        "Paraguayan troops had retaken that fort in the middle of July."
    )
    assert ("Paraguayan army", "controls", "Fortín Kalden") in facts(nlp, text)


def test_what_had_happened_by_the_hour_of_the_news_is_news(nlp) -> None:
    text = "By the afternoon Rwandan soldiers had moved into the city's Lodwar airport, which the Ugandans had held since last year."
    ranks = {(r.subject.name, r.predicate, r.object.name): r.timeline_rank for r in relations(nlp, text)}
    assert ranks[("Rwandan army", "controls", "Lodwar airport")] == 1  # and "the city's" airport is taken
    assert ranks[("Ugandan army", "controls", "Lodwar airport")] == 0


def test_the_place_a_road_leads_to_is_not_the_city(nlp) -> None:
    text = (
        "Columns of Ugandan trucks left Kisangani on Tuesday and headed north along the road to Banalia. "
        "By the afternoon Rwandan soldiers had moved into the city's Bangboka airport."
    )
    found = {(r.subject.name, r.predicate, r.object.name) for r in relations(nlp, text)}
    assert ("Bangboka airport", "locatedIn", "Kisangani") in found
    assert ("Bangboka airport", "locatedIn", "Banalia") not in found


def test_initials_and_a_wing_after_a_hyphen_are_one_name(nlp) -> None:
    for name in ("RCD-Goma", "SPLA-IO", "KLF-ML"):
        doc = nlp(f"The {name} holds Lodwar.")
        assert name in {e.text for e in doc.ents}
        assert (name, "controls", "Lodwar") in facts(nlp, f"The {name} holds Lodwar.")
    # a state's or a known body's initials join two names
    assert {e.text for e in nlp("US-Taliban talks resumed in Doha.").ents} >= {"US", "Taliban"}


def test_leaving_a_side_and_its_allies_in_sole_control(nlp) -> None:
    text = "Ugandan soldiers withdrew on Tuesday, leaving the Rwandan army and its allies of the Kaldean rebel movement in sole control of Lodwar."
    assert ("Rwandan army", "controls", "Lodwar") in facts(nlp, text)


def test_a_people_of_a_place_outside_its_state_is_a_side(nlp) -> None:
    found = facts(nlp, "The Kaldean Armenians hold Lachin and the road through it.")
    assert ("Kaldean Armenians", "controls", "Lachin") in found
    assert {e.text: e._.frontline_kind for e in nlp("The Bosnian Serbs hold Zvornik.").ents}.get("Bosnian Serbs") == "Organization"


def test_an_ally_in_apposition_closing_the_sentence(nlp) -> None:
    text = "The fall of the district drew a sharp reaction from Turkey, Azerbaijan's closest ally."
    assert ("Turkey", "backs", "Azerbaijan") in facts(nlp, text)


def test_a_president_in_a_capital_leads_its_state(nlp) -> None:
    found = facts(nlp, "In Yerevan, President Kalden Arvo rejected the accusation.")
    assert ("Kalden Arvo", "leads", "Armenia") in found  # (his post stands, whatever he rejects)
    assert not {f for f in facts(nlp, "In Lodwar, President Kalden Arvo spoke to reporters.") if f[1] == "leads"}


def test_a_groups_chief_named_after_a_multiword_owner(nlp) -> None:
    found = facts(nlp, "Gen. Kalden Arvo, the Kaldean Liberation Front's chief of staff, appealed for reinforcements.")
    assert ("Kalden Arvo", "leads", "Kaldean Liberation Front") in found
    # "chief spokesman" is a spokesman's post, not a chief's
    found = facts(nlp, "Rear Adm. Kalden Arvo, the Kaldean Liberation Front's chief spokesman, told reporters.")
    assert ("Kalden Arvo", "spokespersonFor", "Kaldean Liberation Front") in found
    assert ("Kalden Arvo", "leads", "Kaldean Liberation Front") not in found


def test_whose_president_is_leads(nlp) -> None:
    text = "The Kaldean National Coalition, the main opposition alliance in exile, whose acting president is Kalden Arvo, asked for arms."
    assert ("Kalden Arvo", "leads", "Kaldean National Coalition") in facts(nlp, text)
    # (the tokenizer splits "commander-in-chief"; the body's cavalry before it)
    text = "Cavalry of the Kalden Front, whose commander-in-chief is Marshal Tomas Arkel, covered the outer wings."
    assert ("Tomas Arkel", "leads", "Kalden Front") in facts(nlp, text)


def test_the_government_of_a_president_is_the_state_the_sentence_before_opened_on(nlp) -> None:
    text = (
        "Somali troops took Bosaso from the Kalden Front. Nairobi has stayed out. The government of President "
        "Kiro Tala, which cut its ties with the Front last year, has said it will not send troops."
    )
    found = facts(nlp, text)
    assert ("Kiro Tala", "leads", "Kenyan government") in found
    assert ("Kiro Tala", "leads", "Somali government") not in found


def test_the_government_of_a_man_dismissed_is_his_no_longer(nlp) -> None:
    text = "Somalia's president spoke. Tomas Arkel was a minister in the government of Kiro Tala, which the president dismissed last week."
    assert not any(s == "Kiro Tala" and p == "leads" for s, p, _o in facts(nlp, text))
    text = "Somalia's president spoke. Tomas Arkel was a minister in the government of Kiro Tala, which meets in Garowe."
    assert ("Kiro Tala", "leads", "Somali government") in facts(nlp, text)


def test_a_minister_in_a_capital_is_a_member_of_its_government(nlp) -> None:
    found = facts(nlp, "In Damascus, Information Minister Kalden Arvo said the rebels would meet the same fate.")
    assert ("Kalden Arvo", "memberOf", "Syrian government") in found


def test_a_place_described_by_a_which_clause_lies_where_it_lies(nlp) -> None:
    text = "Lodwar, which had about 30,000 inhabitants before the war, lies in Turkana county, some 10 km from the border."
    assert ("Lodwar", "locatedIn", "Turkana county") in facts(nlp, text)


def test_a_press_secretary_speaks_for_the_body(nlp) -> None:
    text = '"Nobody should call the war over," Pentagon press secretary Rear Admiral Kalden Arvo told reporters.'
    found = facts(nlp, text)
    assert ("Kalden Arvo", "spokespersonFor", "Pentagon") in found
    assert ("Kalden Arvo", "memberOf", "Pentagon") not in found


def test_men_called_up_to_fight_fight_and_an_appeal_to_fight_is_no_fight(nlp) -> None:
    called = relations(nlp, "The Kenya Regiment has been called up to fight the Kaldean Liberation Front.")
    assert [(r.subject.name, r.object.name, r.is_fact) for r in called if r.predicate == "fights"] == [
        ("Kenya Regiment", "Kaldean Liberation Front", True)
    ]
    appeal = facts(nlp, "Kenya called on the Kenya Regiment to fight the Kaldean Liberation Front.")
    assert not {f for f in appeal if f[1] == "fights"}


def test_hunting_down_a_group_fights_it(nlp) -> None:
    assert ("Kenyan army", "fights", "Kaldean Liberation Front") in facts(nlp, "Kenyan troops hunted down the Kaldean Liberation Front in the hills.")


def test_troops_flown_in_by_a_state_are_backed_by_it(nlp) -> None:
    text = "Last spring about 1,500 Moroccan troops, flown in by France, helped the Zairian army drive the rebels back."
    assert ("France", "backs", "Moroccan army") in facts(nlp, text)


def test_fighting_someone_alongside_a_side_backs_that_side(nlp) -> None:
    found = facts(nlp, "The Sabra Militia fought the Kaldean Liberation Front alongside the Kenyan army.")
    assert ("Sabra Militia", "backs", "Kenyan army") in found
    assert ("Kenyan army", "fights", "Kaldean Liberation Front") in found
    assert ("Sabra Militia", "backs", "Kenyan army") in facts(nlp, "The Sabra Militia fights the rebels alongside Kenyan troops.")


def test_the_rebels_a_group_fights_in_its_own_relative_clause_are_not_that_group(nlp) -> None:
    text = "The Sabra Militia, a militia armed and paid by Nairobi that fights the rebels alongside the Kenyan army, holds Buka."
    found = facts(nlp, text)
    assert ("Kenyan army", "fights", "Sabra Militia") not in found
    assert ("Sabra Militia", "controls", "Buka") in found


def test_a_states_people_word_right_before_leader_names_its_ruler(nlp) -> None:
    assert ("Kalden Arvo", "leads", "North Korea") in facts(nlp, "North Korean leader Kalden Arvo met the envoy on Monday.")
    for text in ("Syrian rebel leader Kalden Arvo met the envoy.", "Bosnian Serb leader Kalden Arvo met the envoy."):
        assert not {f for f in facts(nlp, text) if f[1] == "leads"}


def test_the_government_of_a_ruler_is_led_by_him(nlp) -> None:
    assert ("Kalden Arvo", "leads", "Kaldean Republic") in facts(nlp, "The talks include the Kaldean Republic, the government of Emperor Kalden Arvo.")
    text = "Also at the table is the State of Kaldea, the French-backed government of Emperor Kalden Arvo, whose own soldiers fought inside the fortress."
    assert ("Kalden Arvo", "leads", "State of Kaldea") in facts(nlp, text)


def test_its_right_after_a_name_and_by_is_that_names(nlp) -> None:
    from frontline.extract.relations import PRONOUN_KINDS, ArgumentFinder

    def owner(text: str) -> str | None:
        doc = nlp(text)
        its = next(t for t in doc if t.lower_ == "its")
        found = ArgumentFinder(doc).owner_right_before(its, PRONOUN_KINDS["its"])
        return found.name if found is not None else None

    # a gapped clause: "and China [is represented] by its premier"
    assert owner("The Front is represented by Temmin Sabra, and China by its premier, Kalden Arvo.") == "China"
    # a place passed through is no owner: "led from exile in Sweden by its founder"
    assert owner("The Front is led from exile in Sweden by its founder, Kalden Arvo.") is None
    text = "The Kaldean Liberation Front is represented by Temmin Sabra, and Kenya by its premier and foreign minister, Kalden Arvo."
    assert ("Kalden Arvo", "memberOf", "Kenyan government") in facts(nlp, text)


def test_troops_under_a_general_are_his_men(nlp) -> None:
    found = facts(nlp, "Troops under General Kalden Arvo took Lodwar on Monday.")
    assert ("Kalden Arvo", "controls", "Lodwar") in found
    assert ("Kenyan army", "controls", "Lodwar") not in found  # (not the army of the country the town lies in)


@pytest.mark.parametrize("manner", ["house to house", "street by street"])
def test_fighting_house_to_house_against_a_group_is_a_fight(nlp, manner: str) -> None:
    found = facts(nlp, f"Kaldean troops fought {manner} against the Temmin Liberation Front in Lodwar on Tuesday.")
    assert ("Kaldean forces", "fights", "Temmin Liberation Front") in found


def test_the_capital_of_a_province_after_another_description(nlp) -> None:
    found = facts(nlp, "Sabra, the old royal capital and the capital of Lodwar province, fell on Monday.")
    assert ("Sabra", "locatedIn", "Lodwar province") in found


def test_a_unit_under_an_officer_is_his(nlp) -> None:
    found = facts(nlp, "A second unit, the 1st Battalion, 1st Marines, under Lt. Col. Ode Kalem, is clearing the blocks nearer the river.")
    assert ("Ode Kalem", "leads", "1st Battalion, 1st Marines") in found
    assert ("Ode Kalem", "leads", "4th Brigade") in facts(nlp, "It was the turn of the 4th Brigade under Brigadier Ode Kalem.")


def test_an_officer_over_a_unit_of_an_army_leads_the_unit_not_the_army(nlp) -> None:
    found = facts(nlp, "The assault was made by the 3rd Commando Division of the Kenyan Army under Colonel Ode Kalem.")
    assert ("Ode Kalem", "leads", "3rd Commando Division") in found
    assert ("Ode Kalem", "leads", "Kenyan Army") not in found
    garrison = facts(nlp, "The Kenyan garrison under Brig. Ode Kalem fought from street to street.")
    assert not any(p == "leads" for _s, p, _o in garrison)  # the garrison's commander, not the army's


def test_under_heavy_fire_names_no_leader(nlp) -> None:
    found = facts(nlp, "The Temmin Liberation Front, under heavy fire from Kenya, pulled back.")
    assert not any(p == "leads" for _s, p, _o in found)


def test_a_scholar_who_studies_at_an_institute_is_its_member(nlp) -> None:
    found = facts(nlp, '"They came to make a point," said Ode Kalem, who studies Kaldean politics at the Pacific Affairs Council in Honolulu.')
    assert ("Ode Kalem", "memberOf", "Pacific Affairs Council") in found


def test_its_after_it_was_the_turn_of_a_unit_is_that_units(nlp) -> None:
    text = (
        "The 3rd Battalion seized Mount Temmin. On Sunday night it was the turn of the 5th Infantry Brigade. "
        "Its 2nd Battalion drove the Kaldean 9th Battalion off Mount Sabra."
    )
    found = facts(nlp, text)
    assert ("2nd Battalion", "partOf", "5th Infantry Brigade") in found
    assert ("2nd Battalion", "partOf", "3rd Battalion") not in found


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The UN Security Council demanded a ceasefire on Friday.", "UN Security Council"),
        ("UNAKAM peacekeepers left Temmin on Monday, the mission said.", "UNAKAM"),
        ("The World Food Programme said its convoys had stopped.", "World Food Programme"),
    ],
)
def test_a_body_of_the_united_nations_is_part_of_it(nlp, text: str, body: str) -> None:
    assert (body, "partOf", "United Nations") in facts(nlp, text)


def test_a_group_whose_initials_open_with_un_is_no_un_body(nlp) -> None:
    found = facts(nlp, "UNAKA fighters took Temmin from the army on Monday.")
    assert not any(p == "partOf" and o == "United Nations" for _s, p, o in found)


def test_who_speaks_for_a_body_is_its_spokesman(nlp) -> None:
    text = '"Our forces are on our own soil," said Ode Kalem, the director of the president\'s office, who speaks for the Kaldean Liberation Front.'
    assert ("Ode Kalem", "spokespersonFor", "Kaldean Liberation Front") in facts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Kaldean Liberation Front demanded Kenya's withdrawal from the border strip.",
        "The Kaldean Liberation Front repeated its demand that Kenyan troops leave the village of Temmin.",
    ],
)
def test_demanding_a_withdrawal_opposes_who_is_to_leave(nlp, text: str) -> None:
    assert any(s == "Kaldean Liberation Front" and p == "opposes" and o.startswith("Kenya") for s, p, o in facts(nlp, text))


@pytest.mark.parametrize("spelling", ["secretary-general", "secretary general"])
def test_a_bodys_secretary_general_named_after_a_comma_leads_it(nlp, spelling: str) -> None:
    found = facts(nlp, f"NATO's {spelling}, Ode Kalem, said the ambassadors would meet within days.")
    assert ("Ode Kalem", "leads", "North Atlantic Treaty Organization") in found
    assert ("Ode Kalem", "memberOf", "North Atlantic Treaty Organization") not in found


def test_overrunning_an_armys_trenches_after_an_advance_fights_it(nlp) -> None:
    found = facts(nlp, "Kaldean forces pushed toward Lodwar on Monday, shelling the hospital and overrunning Kenyan army trenches on the hills.")
    assert ("Kaldean forces", "fights", "Kenyan army") in found


def test_a_former_officer_who_now_works_at_an_institute_is_its_member(nlp) -> None:
    text = '"It decides morale," said Ode Kalem, a former army officer who now works at the Atlantic Defence Studies Centre in London.'
    assert ("Ode Kalem", "memberOf", "Atlantic Defence Studies Centre") in facts(nlp, text)


def test_a_mission_named_after_a_regional_body_is_part_of_it(nlp) -> None:
    found = facts(nlp, "Troops of the SADC Mission in Mozambique left Temmin on Monday.")
    assert ("SADC Mission in Mozambique", "partOf", "Southern African Development Community") in found


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("People fled to the Kenyan border town of Lodwar on Monday.", ("Lodwar", "locatedIn", "Kenya")),
        ("Officials said Sabra, home to a million people, is the capital of Lodwar province.", ("Sabra", "locatedIn", "Lodwar province")),
        ("It retook Sabra, the capital of oil-producing Lodwar province, on Monday.", ("Sabra", "locatedIn", "Lodwar province")),
        ("The rebels took Sabra, the administrative centre of Lodwar province, in March.", ("Sabra", "locatedIn", "Lodwar province")),
        ("The children were taken from a school in Temmin, a neighbourhood of Sabra.", ("Temmin", "locatedIn", "Sabra")),
        ("The militia stormed Temmin, a district on the north-eastern outskirts of Sabra, on Saturday.", ("Temmin", "locatedIn", "Sabra")),
        ("Militants seized Temmin, a ruined town in Kenya's northern Turkana region.", ("Temmin", "locatedIn", "Turkana region")),
        ("Massoud's men had briefly retaken three districts of Sabra, in neighbouring Lodwar province, in August.", ("Sabra", "locatedIn", "Lodwar province")),
        ("The rebels have since taken Sabra and Degam, two towns in the Lodwar valley.", ("Sabra", "locatedIn", "Lodwar valley")),
        ("The guerrillas overran the garrison at Temmin, a post inside southern Kenya, on Friday.", ("Temmin", "locatedIn", "Kenya")),
    ],
)
def test_where_a_place_lies_as_news_writes_it(nlp, text: str, fact: tuple[str, str, str]) -> None:
    assert fact in facts(nlp, text)


def test_a_datelines_town_lies_where_the_dateline_says(nlp) -> None:
    found = facts(nlp, "LODWAR, Kenya — Fighting went on near the market on Monday, residents said.")
    assert any(s.lower() == "lodwar" and p == "locatedIn" and o == "Kenya" for s, p, o in found)


@pytest.mark.parametrize(
    "text",
    [
        "The Temmin Front belongs to the Northern Alliance, together with the Kaldean Liberation Army and the Sabra Brigade.",
        "The army has lost ground since October, when the Northern Alliance, made up of the Temmin Front, the Kaldean Liberation Army and the Sabra Brigade, attacked.",
    ],
)
def test_the_members_an_alliance_is_made_of(nlp, text: str) -> None:
    found = facts(nlp, text)
    for member in ("Temmin Front", "Kaldean Liberation Army", "Sabra Brigade"):
        assert (member, "memberOf", "Northern Alliance") in found


def test_groups_that_joined_an_alliance_are_its_members(nlp) -> None:
    found = facts(nlp, "Although the Temmin Front and the Sabra Brigade joined the Northern Alliance two years ago, they still run separate armies.")
    assert {("Temmin Front", "memberOf", "Northern Alliance"), ("Sabra Brigade", "memberOf", "Northern Alliance")} <= found
    assert not any(p == "memberOf" for _s, p, _o in facts(nlp, "The Temmin Front joined Kenyan troops near Lodwar on Monday."))


def test_troops_a_force_is_made_of_are_no_named_members(nlp) -> None:
    found = facts(nlp, "The Northern Alliance force, made up mainly of Kenyan and Ugandan soldiers, drove the militants out of Temmin.")
    assert not any(p == "memberOf" for _s, p, _o in found)


def test_whose_general_secretary_is_x_leads(nlp) -> None:
    found = facts(nlp, "The Kaldean Army is the armed wing of the Communist Party of Kaldea (CPK), whose general secretary is Ode Kalem.")
    assert ("Ode Kalem", "leads", "Communist Party of Kaldea") in found


def test_who_follows_a_region_at_an_institute_is_its_member(nlp) -> None:
    text = '"Neither can give ground," said Ode Kalem, who follows the Horn of Africa at the Nordic Centre for Conflict Studies in Uppsala.'
    assert ("Ode Kalem", "memberOf", "Nordic Centre for Conflict Studies") in facts(nlp, text)


def test_a_government_spokesman_speaks_for_the_storys_government(nlp) -> None:
    text = "NAIROBI — Rebels took Lodwar on Monday. Government spokesman Ode Kalem said Nairobi would not negotiate with them."
    assert ("Ode Kalem", "spokespersonFor", "Kenyan government") in facts(nlp, text)


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("The African Union suspended the country on Monday and imposed travel bans and asset freezes on Ode Kalem and other Temmin Front leaders.",
         ("African Union", "opposes", "Ode Kalem")),
        ("The United States has listed the Temmin Front as a foreign terrorist organisation since 1997.", ("United States", "opposes", "Temmin Front")),
        ("Kenya, which banned the Temmin Front in 1992, said it would not intervene.", ("Kenya", "opposes", "Temmin Front")),
        ("Mexico broke off relations with Uganda in May.", ("Mexico", "opposes", "Uganda")),
        ("The UN Security Council condemned the capture of the city and demanded that the Temmin Front withdraw from it.",
         ("UN Security Council", "opposes", "Temmin Front")),
    ],
)
def test_sanctions_bans_and_demands_oppose(nlp, text: str, fact: tuple[str, str, str]) -> None:
    assert fact in facts(nlp, text)


def test_a_countrys_armed_forces_after_its_possessive_are_its_army(nlp) -> None:
    found = facts(nlp, "Ode Kalem, the commander-in-chief of Kenya's armed forces, said on Sunday that the towns had been freed.")
    assert ("Ode Kalem", "leads", "Kenyan army") in found


def test_voicing_support_for_a_country_backs_it(nlp) -> None:
    found = facts(nlp, "The United States has voiced support for Turkey, a NATO ally, and urged Russia to halt the air strikes.")
    assert ("United States", "backs", "Turkey") in found


def test_a_man_with_two_posts_leads_both_bodies(nlp) -> None:
    text = "Ode Kalem, president of the Kaldean Regional Government and leader of the Kaldean Democratic Party, went ahead with the vote."
    found = facts(nlp, text)
    assert {("Ode Kalem", "leads", "Kaldean Regional Government"), ("Ode Kalem", "leads", "Kaldean Democratic Party")} <= found


def test_the_leader_of_a_self_declared_republic_named_after_a_comma(nlp) -> None:
    found = facts(nlp, "Ode Kalem, the leader of the self-declared Temmin republic, the Republic of Lodwar, said the bombing had to stop.")
    assert ("Ode Kalem", "leads", "Republic of Lodwar") in found


def test_a_bodys_own_coordinator_leads_it_and_a_un_coordinator_is_a_member(nlp) -> None:
    own = facts(nlp, "The Transitional Council met on Monday. Its coordinator, Ode Kalem, vowed that the state would take back every inch.")
    assert ("Ode Kalem", "leads", "Transitional Council") in own
    un = facts(nlp, "Ode Kalem, the UN humanitarian coordinator for Yemen, warned that many could die.")
    assert ("Ode Kalem", "memberOf", "United Nations") in un


def test_a_political_scientist_at_an_institute_is_its_member(nlp) -> None:
    found = facts(nlp, '"They will not stop," said Ode Kalem, a political scientist at the Institute of Northern Affairs in Lodwar.')
    assert ("Ode Kalem", "memberOf", "Institute of Northern Affairs") in found


def test_the_backbone_of_an_alliance_is_its_member(nlp) -> None:
    found = facts(nlp, "Kenya sees the Temmin Front (TF), the backbone of the Northern Alliance, as a threat.")
    assert ("Temmin Front", "memberOf", "Northern Alliance") in found


def test_who_has_acted_as_the_armys_spokesman_speaks_for_it(nlp) -> None:
    found = facts(nlp, "Ode Kalem, who has acted as the army's spokesman, said Kenyan units near Lodwar were only securing depots.")
    assert ("Ode Kalem", "spokespersonFor", "Kenyan army") in found


def test_a_government_spokesman_speaks_for_the_government_named_after_its_leader(nlp) -> None:
    text = "Rebels say Kalden Arvo's government has lost Lodwar. Government spokesman Ode Kalem said Nairobi would not negotiate with them."
    assert ("Ode Kalem", "spokespersonFor", "Kalden Arvo's government") in facts(nlp, text)


def test_the_separatists_are_the_group_called_separatist_not_the_group_named_most(nlp) -> None:
    text = (
        "Soldiers of the Kaldean army and fighters of the Temmin Legion ran into fighters of the Lodwar Accord Front (LAF), "
        "a coalition of mostly Ode separatist groups. The Temmin Legion said it lost twenty men. "
        "Analysts say the Temmin Legion has never lost so many. "
        "The town of Sabra is now in the hands of the separatists, who say the army has pulled back."
    )
    found = facts(nlp, text)
    assert ("Lodwar Accord Front", "controls", "Sabra") in found
    assert ("Temmin Legion", "controls", "Sabra") not in found


def test_those_areas_after_a_and_other_districts_are_the_open_lists_places(nlp) -> None:
    text = (
        "The general said soldiers had secured the town centres of Lodwar and Temmin. Further north, the dissidents "
        "have pulled out of {} and other rural districts of Lodwar near the border, and those areas are now held by "
        "the Kaldean Liberation Front, according to community leaders."
    )
    named = facts(nlp, text.format("Sabra"))
    assert ("Kaldean Liberation Front", "controls", "Sabra") in named
    assert ("Kaldean Liberation Front", "controls", "Lodwar") not in named  # where the districts lie
    unnamed = facts(nlp, text.format("the hamlets"))
    assert not {f for f in unnamed if f[0] == "Kaldean Liberation Front"}  # not the town centres said before


def test_its_rival_set_off_before_a_name_is_that_name(nlp) -> None:
    found = facts(nlp, "The Temmin Front is also waging a bitter war against its rival, the Kaldean National Movement (KNM) of Ode Kalem.")
    assert ("Temmin Front", "fights", "Kaldean National Movement") in found


def test_the_ese_demonym_after_the_is_its_peoples_army(nlp) -> None:
    found = facts(nlp, "Farther up the coast, Lodwar fell to the North Vietnamese last Wednesday.")
    assert ("North Vietnamese army", "controls", "Lodwar") in found
    assert not facts(nlp, "Sudanese as well as Kenyans died near Lodwar.")  # a bare demonym is no actor


def test_its_after_a_militia_drawn_from_a_community_is_the_militias(nlp) -> None:
    text = (
        "Lodwar has been held since May 12 by the Union of Kaldean Patriots (UKP), a militia drawn mainly from the "
        "Pokodi community and led by Kalden Arvo. Its fighters took the town that day from Temmin militiamen."
    )
    found = facts(nlp, text)
    assert ("Union of Kaldean Patriots", "controls", "Lodwar") in found
    assert not {f for f in found if f[0] == "Pokodi"}  # a people the militia is drawn from holds nothing


def test_the_last_word_of_secretary_general_is_nobody(nlp) -> None:
    found = facts(nlp, "Ode Kalem, the UN Secretary-General, said he wanted to send a team to Lodwar.")
    assert ("Ode Kalem", "leads", "United Nations") in found
    assert {f[0] for f in found} == {"Ode Kalem"}  # no person called "General"


def test_bare_troops_are_the_one_foreign_army_the_story_has_named(nlp) -> None:
    text = (
        "Somalia's president said Somalia would not be divided. Kenyan troops entered the Somali town of Lodwar on Monday. "
        "Since then troops have pushed into most of the big Somali towns of the south, and they hold Temmin and Sabra."
    )
    found = facts(nlp, text)
    assert ("Kenyan army", "controls", "Temmin") in found
    assert ("Somali army", "controls", "Temmin") not in found


def test_retaken_a_town_named_with_a_hyphenated_compass_word_and_its_camp(nlp) -> None:
    # (the parser reads the subject as a compound of the set-off participle after a dateline)
    text = (
        "GAROWE, Somalia — Somali government troops, fighting alongside soldiers sent by Kenya, have retaken the "
        "north-eastern town of Bosaso and its army camp from the Kalden Front, pushing the rebels back toward the border."
    )
    found = facts(nlp, text)
    assert {("Somali army", "controls", "Bosaso"), ("Somali army", "fights", "Kalden Front")} <= found


def test_a_peoples_army_troops_are_that_peoples_army(nlp) -> None:
    # (after a dateline the parser hangs the people's word on "army", "army" on "troops")
    text = "GAROWE, Somalia — Kenyan army troops and their Somali allies captured the central Somali town of Bosaso on Wednesday."
    found = facts(nlp, text)
    assert ("Kenyan army", "controls", "Bosaso") in found
    assert ("Somali army", "controls", "Bosaso") not in found


def test_insurgent_troops_are_no_states_army(nlp) -> None:
    # (after a dateline the parser hangs "Insurgent" off the verb, not off "troops")
    text = "GAROWE, Somalia — Insurgent troops stormed the walled Somali city of Kismayo on Friday after hours of shelling, seizing the port."
    found = facts(nlp, text)
    assert not any(fact[1] == "controls" and fact[2] == "Kismayo" and fact[0].endswith("army") for fact in found), found


def test_the_camp_paragraphs_later_is_the_camp_named_before(nlp) -> None:
    text = (
        "A UN envoy walked through the ruins of the Lodwar refugee camp on Thursday. "
        "He said the destruction was worse than he had feared. "
        '"Nothing can justify this," he told reporters.\n\n'
        "Kenyan troops entered the camp on April 3, and they still hold it."
    )
    assert ("Kenyan army", "controls", "Lodwar refugee camp") in facts(nlp, text)


def test_warning_against_storming_a_place_takes_nothing(nlp) -> None:
    text = "Most residents fled to Lodwar camp. The Temmin Front's leader, Ode Kalem, warned early on against storming the camp."
    assert not {f for f in facts(nlp, text) if f[1] == "controls"}


def test_a_gapped_second_place_fell_to_the_same_side(nlp) -> None:
    found = facts(nlp, "Lodwar fell to the Temmin Front on Monday and Sabra in the evening.")
    assert ("Temmin Front", "controls", "Sabra") in found
    assert ("Temmin Front", "controls", "Lodwar") in found


def test_whose_weapons_come_from_a_state_is_backed_by_it(nlp) -> None:
    whose = facts(nlp, "The Temmin Front, whose tanks and heavy guns come from Sudan and Libya, now has 15 brigades.")
    assert {("Sudan", "backs", "Temmin Front"), ("Libya", "backs", "Temmin Front")} <= whose
    possessive = facts(nlp, "The Temmin Front's weapons come mostly from Sudan.")
    assert ("Sudan", "backs", "Temmin Front") in possessive


def test_holding_a_town_against_a_force_fights_it(nlp) -> None:
    text = "Kenyan troops abandoned Lodwar on Monday after holding the provincial capital for nearly two weeks against three Ugandan divisions."
    assert ("Kenyan army", "fights", "Ugandan army") in facts(nlp, text)


def test_government_lines_are_the_armys(nlp) -> None:
    text = "Kenya's army said it was ready. The Temmin Front sent waves of fighters against government lines west of Lodwar."
    assert ("Temmin Front", "fights", "Kenyan army") in facts(nlp, text)


def test_a_bodys_named_unit_set_off_or_stated_is_part_of_it(nlp) -> None:
    best = facts(nlp, "Kenya's army was on alert. The palace was held by the Presidential Guard, the army's best-equipped unit.")
    assert ("Presidential Guard", "partOf", "Kenyan army") in best
    elite = facts(nlp, "The Lodwar Force is the Temmin Front's elite commando unit.")
    assert ("Lodwar Force", "partOf", "Temmin Front") in elite
    strongest = facts(nlp, "The Lodwar Legion, one of the Temmin Front's strongest units, led the drive.")
    assert ("Lodwar Legion", "partOf", "Temmin Front") in strongest
    formation = facts(nlp, "The Third Corps, a formation of the Kenyan army, defended the city.")
    assert ("Third Corps", "partOf", "Kenyan army") in formation


def test_an_armys_regional_command_is_a_unit_of_it(nlp) -> None:
    district = facts(nlp, "Kenya's army was on alert. Ode Kalem, a spokesman for the army's 5th Military District, said the border was closed.")
    assert ("Ode Kalem", "spokespersonFor", "5th Military District") in district
    assert ("5th Military District", "partOf", "Kenyan army") in district
    command = facts(nlp, "Kenya's army was on alert. The attack was led by the Western Command of the Kenyan army.")
    assert ("Western Command", "partOf", "Kenyan army") in command


def test_a_hold_told_in_the_past_perfect_after_a_retaking_ended_with_it(nlp) -> None:
    text = (
        "The fall of Lodwar comes less than two months after Kenyan forces retook Temmin, which the Kaldean Front "
        "had held since June 2014 and where its leader proclaimed a state."
    )
    mentions = [r for r in relations(nlp, text) if r.is_fact and actor(r.object) == "Temmin"]
    assert {(actor(r.subject), r.control_change) for r in mentions} == {("Kenyan army", "gain"), ("Kaldean Front", "loss")}
    assert ("Kenyan army", "fights", "Kaldean Front") in facts(nlp, text)


def test_trained_in_a_country_names_where_not_who_trained(nlp) -> None:
    assert not facts(nlp, "The Temmin Front and other militant groups were trained in Kenya in the early 1980s.")
    assert ("Kenya", "backs", "Temmin Front") in facts(nlp, "Kenya is arming the Temmin Front.")


def test_arming_no_group_backs_none(nlp) -> None:
    found = [r for r in relations(nlp, "Ode Kalem said Kenya had armed no Temmin militia.") if r.predicate == "backs"]
    assert found and not any(r.is_fact for r in found)


def test_a_withdrawal_demanded_is_no_loss_told(nlp) -> None:
    text = (
        "The Kaldean Front seized Lodwar on Monday. The UN Security Council condemned the takeover by the Kaldean Front "
        "and demanded that they withdraw from Lodwar immediately."
    )
    assert ("Kaldean Front", "controls", "Lodwar") in facts(nlp, text)
    losses = [r for r in relations(nlp, text) if r.control_change == "loss"]
    assert losses and not any(r.is_fact for r in losses)


def test_a_disputed_border_town_is_no_contested_one(nlp) -> None:
    text = "Kenyan troops took the disputed border town of Lodwar on Monday after two days of shelling."
    assert ("Kenyan army", "controls", "Lodwar") in facts(nlp, text)
    assert "Lodwar" not in {m.name for m in nlp(text)._.frontline_contested_places}  # claimed by two states, held by one


def test_a_speaker_set_off_with_his_institute_or_writing_for_it_is_its_member(nlp) -> None:
    of = facts(nlp, '"It will not last," said Ode Kalem, of the Lodwar Policy Institute in Nairobi.')
    assert ("Ode Kalem", "memberOf", "Lodwar Policy Institute") in of
    writes = facts(nlp, '"It will not last," said Ode Kalem, who writes on Kenyan affairs for the Lodwar Policy Foundation in Nairobi.')
    assert ("Ode Kalem", "memberOf", "Lodwar Policy Foundation") in writes
    unit = facts(nlp, "The first Kenyan soldiers, of the 1st Battalion of the Temmin Regiment, were flown into Lodwar.")
    assert not {f for f in unit if f[1] == "memberOf"}  # soldiers of a unit: no member set off


def test_a_minister_titled_without_a_state_is_a_member_of_the_one_his_sentence_names(nlp) -> None:
    assert ("Ode Kalem", "memberOf", "Kenya") in facts(nlp, "Foreign Minister Ode Kalem said Kenya would retaliate.")
    accused = facts(nlp, "Defence Minister Ode Kalem accused Uganda of arming the rebels from Ugandan territory.")
    assert not {f for f in accused if f[1] == "memberOf"}  # the state charged is not his
    beside = facts(nlp, "The general visited the base with Ugandan commanders and Defence Minister Ode Kalem.")
    assert not {f for f in beside if f[1] == "memberOf"}  # other men's state


def test_a_group_a_state_lists_as_terrorist_or_puts_on_a_watch_list_is_opposed_by_it(nlp) -> None:
    lists = facts(nlp, "Iran arms the Temmin Front, a group the United States lists as a terrorist organisation.")
    assert ("United States", "opposes", "Temmin Front") in lists
    assert ("Iran", "opposes", "Temmin Front") not in lists
    designates = facts(nlp, "Ode Kalem, head of the Temmin Front, a faction that Washington designates as a terrorist organisation, was named minister.")
    assert ("United States", "opposes", "Temmin Front") in designates
    placed = facts(nlp, "Washington has placed the Temmin Front on a terrorism watch list.")
    assert ("United States", "opposes", "Temmin Front") in placed


def test_a_rival_an_opponent_or_a_vow_to_topple_is_opposition(nlp) -> None:
    rival = facts(nlp, "A bomber from the Lodwar Front, a bitter rival of the Temmin Front, killed 13 people.")
    assert ("Lodwar Front", "opposes", "Temmin Front") in rival
    opponent = facts(nlp, "Ode Kalem, leader of the Lodwar Party and for years Kalden Arvo's most persistent opponent, welcomed the end.")
    assert ("Ode Kalem", "opposes", "Kalden Arvo") in opponent
    topple = facts(nlp, "The Lodwar Front, which says it aims to topple Kalden Arvo, opened its offensive.")
    assert ("Lodwar Front", "opposes", "Kalden Arvo") in topple


def test_a_towns_possessive_description_is_no_anaphor(nlp) -> None:
    found = facts(nlp, "Iranian officials said their forces could push on to Lodwar, Kenya's second city, if talks failed.")
    assert ("Lodwar", "locatedIn", "Kenya") in found


def test_who_leads_a_group_with_his_brother_makes_both_leaders(nlp) -> None:
    found = facts(nlp, "Ode Kalem, who leads the Temmin Front with his brother Kalden Arvo, was seen in Lodwar.")
    assert {("Ode Kalem", "leads", "Temmin Front"), ("Kalden Arvo", "leads", "Temmin Front")} <= found


def test_a_town_lost_to_a_group_was_lost_fighting_it(nlp) -> None:
    assert ("Temmin Front", "fights", "Kenyan army") in facts(nlp, "Kenyan forces lost Lodwar to the Temmin Front.")
    assert not {f for f in facts(nlp, "In 1992 the Lodwar Party lost the election to the Temmin Front.") if f[1] == "fights"}


def test_a_state_selling_arms_to_a_buyer_backs_it(nlp) -> None:
    found = facts(nlp, "Kenya's government, for its part, has been buying arms from Russia and China.")
    assert {("Russia", "backs", "Kenyan government"), ("China", "backs", "Kenyan government")} <= found


def test_a_mainly_demonym_town_is_not_placed_in_that_country(nlp) -> None:
    found = facts(nlp, "Temmin, a mainly Somali town in Sabra province, changed hands twice last year.")
    assert not any(p == "locatedIn" and o == "Somalia" for _, p, o in found)
    assert ("Temmin", "locatedIn", "Sabra province") in found


def test_dotted_us_before_led_is_split_like_us_led(nlp) -> None:
    text = (
        "The U.S.-led coalition against the Kalden Front backed the assault with air strikes. "
        "Omar Salah, the coalition's spokesman, said its aircraft had struck dozens of targets."
    )
    found = facts(nlp, text)
    assert ("Omar Salah", "spokespersonFor", "U.S.-led coalition") in found
    assert not any(s == "Omar Salah" and o == "Kalden Front" for s, _, o in found)


def extracted_facts(nlp, text: str) -> set[tuple[str, str, str]]:
    from frontline.extract.document import extract_articles
    from frontline.extract.records import Article

    (extraction,) = extract_articles(nlp, [Article("a", text)])
    return {(actor(r.subject), r.predicate, actor(r.object)) for r in extraction.relations if r.is_fact}


def test_named_security_forces_with_the_army_as_a_branch_are_the_forces(nlp) -> None:
    text = (
        "The offensive brought together the branches of Chad's security forces: the army, the gendarmerie and the national guard. "
        "On Monday Chadian forces took Temmin from the Kalden Front.\n\n"
        "Later the army shelled the Kalden Front's positions near Sabra."
    )
    found = extracted_facts(nlp, text)
    assert ("Chadian security forces", "controls", "Temmin") in found
    assert ("Chadian army", "fights", "Kalden Front") in found  # what the text calls the army stays it


def test_security_forces_alone_are_another_name_for_the_army(nlp) -> None:
    text = (
        "Chad's security forces have fought the Kalden Front for a year. "
        "On Monday Chadian forces took Temmin from the Kalden Front."
    )
    found = extracted_facts(nlp, text)
    assert ("Chadian army", "controls", "Temmin") in found


def test_the_speakers_own_they_drove_the_enemy_out(nlp) -> None:
    text = "Sudanese troops said on Tuesday they had driven the Kalden Front out of the town of Temmin."
    gains = {(actor(r.subject), r.object.name) for r in relations(nlp, text) if r.predicate == "controls" and r.control_change == "gain"}
    assert ("Sudanese army", "Temmin") in gains


def test_their_hands_after_the_rebels_stronghold_are_the_rebels(nlp) -> None:
    text = "Sudanese troops attacked on Monday. But the rebels' stronghold of Temmin, the country's second city, remains firmly in their hands."
    assert ("Sudanese army", "controls", "Temmin") not in facts(nlp, text)


def test_a_regional_commander_is_a_member(nlp) -> None:
    found = facts(nlp, "Colonel Ode Kalem, the regional commander of the Kalden Front, spoke to reporters in Temmin.")
    assert ("Ode Kalem", "memberOf", "Kalden Front") in found
    assert ("Ode Kalem", "leads", "Kalden Front") not in found


def test_strongman_and_commander_of_leads(nlp) -> None:
    text = "General Ode Kalem, the ousted Chadian strongman and commander of the Kalden Front, slipped into the embassy."
    assert ("Ode Kalem", "leads", "Kalden Front") in facts(nlp, text)


def test_surrendering_a_garrison_to_troops_is_a_fight_with_them(nlp) -> None:
    found = facts(nlp, "Colonel Ode Kalem, the commander of the Kalden Front, surrendered his garrison to Chadian troops on Monday.")
    assert ("Kalden Front", "fights", "Chadian army") in found
    assert not any(o == "Chadian army" and p != "fights" for _, p, o in found)  # his garrison is not Chad's


def test_militias_that_a_state_armed_are_backed_by_it(nlp) -> None:
    assert ("Russia", "backs", "Sabra Brigade") in facts(nlp, "The Sabra Brigade, a militia that Russia armed and paid, attacked Temmin.")


def test_a_countrys_police_are_a_force_of_their_own(nlp) -> None:
    found = facts(nlp, "Kenyan police took over the village of Temmin on Tuesday.")
    assert ("Kenyan police", "controls", "Temmin") in found
    assert not any(s in {"Kenya", "Kenyan army"} for s, p, _ in found if p == "controls")


def test_an_ethnic_demonym_town_is_not_placed_in_that_country(nlp) -> None:
    found = facts(nlp, "The fighting spread to the hills above Temmin, the largest ethnic Somali town, where the Kalden Front holds the village of Sabra.")
    assert not any(p == "locatedIn" and o == "Somalia" for _, p, o in found)


def test_a_backers_conjunct_is_no_co_subject(nlp) -> None:
    found = facts(nlp, "The Kalden Front, supported by tanks and by bombers of the Sabra Brigade, took the town of Temmin.")
    assert ("Kalden Front", "controls", "Temmin") in found
    assert ("Sabra Brigade", "controls", "Temmin") not in found


def test_reinforcing_a_commander_is_no_backing_of_him(nlp) -> None:
    found = facts(nlp, "Reinforced by the Sabra Brigade, General Ode Kalem issued an ultimatum to the town on Monday.")
    assert not any(p == "backs" for _, p, _ in found)


def test_an_armys_chief_of_staff_leads_it(nlp) -> None:
    assert ("Ode Kalem", "leads", "Kalden Front") in facts(nlp, "The Kalden Front chief of staff, General Ode Kalem, promised to retake the town.")
    assert ("Ode Kalem", "leads", "Kalden Front") in facts(nlp, "Ode Kalem, the chief of staff of the Kalden Front, promised to retake the town.")


def test_rebels_who_call_themselves_a_name_are_that_group(nlp) -> None:
    text = (
        "The rebels, who call themselves the Kalden Liberation Front, had driven into Temmin on Sunday. "
        "Their spokesman, Sgt. Ode Kalem, said the withdrawal was tactical."
    )
    assert ("Ode Kalem", "spokespersonFor", "Kalden Liberation Front") in facts(nlp, text)


def test_a_spokesman_named_after_the_role_with_a_rank(nlp) -> None:
    found = facts(nlp, "The Kalden Front's military spokesman, Col. Ode Kalem, said the town had fallen.")
    assert ("Ode Kalem", "spokespersonFor", "Kalden Front") in found


def test_secretary_general_and_political_leader_leads(nlp) -> None:
    found = facts(nlp, "The Kalden Front's secretary-general and political leader, Ode Kalem, says the rebels want talks.")
    assert ("Ode Kalem", "leads", "Kalden Front") in found


def test_districts_of_two_places_ending_a_list_are_both_taken(nlp) -> None:
    text = "Troops of the Kalden Front had seized the Lodwar port, the Kalkan hospital and the districts of Temmin and Sabra during the past week."
    found = facts(nlp, text)
    assert {("Kalden Front", "controls", "Temmin"), ("Kalden Front", "controls", "Sabra")} <= found


def test_in_control_of_the_town_of(nlp) -> None:
    found = facts(nlp, "The Kalden Front and its allies were in full control of the town of Temmin on Thursday.")
    assert ("Kalden Front", "controls", "Temmin") in found


def test_holding_out_in_a_town_holds_it(nlp) -> None:
    found = facts(nlp, "The Kalden Front was still holding out in the town of Temmin on Saturday evening.")
    assert ("Kalden Front", "controls", "Temmin") in found


def test_a_taking_told_twice_in_a_sentence_keeps_its_date(nlp) -> None:
    text = '"The army took the town of Temmin in March because the Kalden Front let it take Temmin," said Ode Kalem, an analyst.'
    takings = [r for r in relations(nlp, "Sudan's army fought the Kalden Front. " + text) if r.predicate == "controls" and r.object.name == "Temmin"]
    assert takings and all(r.stated_month == 3 or r.timeline_rank == 0 for r in takings)


def test_it_after_a_town_described_as_a_base_is_the_town(nlp) -> None:
    text = "In February the Sudanese army also captured Temmin, the Kalden Front base in the north, only to lose it again within weeks."
    losses = {r.object.name for r in relations(nlp, text) if r.predicate == "controls" and r.control_change == "loss"}
    assert losses == {"Temmin"}


def test_the_camp_is_the_place_described_as_their_camp(nlp) -> None:
    text = (
        "Sudanese troops have abandoned Temmin, their strongest fortified camp in the south, after a siege by the Kalden Front. "
        "It is the heaviest setback the army has suffered in years. "
        "The last of the camp's garrison slipped out at night along a forest track to Lodwar, a river post further west. "
        "Fighters of the Kalden Front entered the empty camp three days later."
    )
    found = facts(nlp, text)
    assert ("Kalden Front", "controls", "Temmin") in found
    assert ("Kalden Front", "controls", "Lodwar") not in found


def test_the_movement_led_by_its_secretary_general_is_no_named_offensive(nlp) -> None:
    text = (
        "The Kalden Front named the attack Operation Sabra. "
        "The movement is now led by its secretary-general, Ode Kalem, with Temo Arvo as his deputy."
    )
    found = facts(nlp, text)
    assert ("Ode Kalem", "leads", "Kalden Front") in found
    assert not any("Operation" in s or "Operation" in o for s, _, o in found)


def article_graph(nlp, text: str, published=None):
    """The graph of one article."""
    from frontline.extract.document import extract_articles
    from frontline.extract.records import Article
    from frontline.graph.build import build_graph
    from frontline.graph.resolve import resolve

    extractions = list(extract_articles(nlp, [Article("a", text, published=published)]))
    return build_graph(extractions, resolve(extractions))


def held_at_end(nlp, text: str) -> set[tuple[str, str]]:
    """(controller, place) labels the graph of one article asserts at its end."""
    import datetime as dt

    graph = article_graph(nlp, text, published=dt.date(1994, 4, 20))
    label = lambda node: graph.nodes[node]["label"]  # noqa: E731
    return {(label(u), label(v)) for u, v, d in graph.edges(data=True) if d["predicate"] == "controls" and d["holds"]}


def test_a_place_taken_in_a_month_only_to_be_lost_is_not_held(nlp) -> None:
    text = (
        "Temmin lost again\n\nBy Ode Kalem | Kalden Wire | April 20, 1994\n\n"
        "The Kalden Front seized the town of Sabra from the government in 1989. "
        "In February the Sudanese army also captured Temmin, the Kalden Front base in the north, only to lose it again within weeks."
    )
    assert not any(place == "Temmin" for _, place in held_at_end(nlp, text))


def test_the_one_to_be_overthrown_seizes_nothing(nlp) -> None:
    found = facts(nlp, "Rebels fighting to overthrow President Ode Kalem seized Temmin, the second-largest city, on Sunday, meeting almost no resistance.")
    assert not any(s == "Ode Kalem" for s, p, _ in found if p == "controls")


def test_when_a_described_gang_drove_the_police_out_of_the_town(nlp) -> None:
    text = "The uprising began in Temmin, a port on the west coast, when the Kalden Front, a gang that had once been loyal to the president, drove the police out of the city."
    assert ("Kalden Front", "controls", "Temmin") in facts(nlp, text)


def test_a_regions_people_army_is_no_states(nlp) -> None:
    found = facts(nlp, "General Ode Kalem's forces had depended on the Krajina Serb army for fuel and ammunition.")
    assert not any(s == "Serbian army" for s, _, _ in found)


def test_a_regions_people_president_leads_no_state(nlp) -> None:
    found = facts(nlp, "Croatian troops took Knin on Saturday, and the Krajina Serb president, Milan Martic, fled the town ahead of them.")
    assert ("Milan Martic", "leads", "Serbia") not in found


def test_a_mans_forces_known_by_a_name_are_led_by_him(nlp) -> None:
    found = facts(nlp, "General Ode Kalem's forces, known as the Kalden Front, took Temmin.")
    assert ("Ode Kalem", "leads", "Kalden Front") in found
    assert not any(p == "leads" for _, p, _ in facts(nlp, "The Sabra Brigade, known as the Kalden Front, took Temmin."))


def test_abandoning_a_town_after_a_siege_by_a_group_is_a_fight_with_it(nlp) -> None:
    found = facts(nlp, "Sudanese troops abandoned the town of Temmin after a siege of more than a week by the Kalden Front.")
    assert ("Sudanese army", "fights", "Kalden Front") in found


def test_a_town_some_miles_away_which_remains_in_the_hands_of(nlp) -> None:
    text = "The defenders fell back along the road to Gedaref and on towards Kassala, some 30 miles to the south-west, which remains in the hands of Kalden Front troops."
    assert ("Kalden Front", "controls", "Kassala") in facts(nlp, text)


def test_in_government_hands_along_with_another_town(nlp) -> None:
    text = "The raids had killed civilians in Gedaref and in Kassala, the president's hometown, which remains in government hands along with Atbara."
    assert ("Sudanese government", "controls", "Atbara") in facts(nlp, text)


def test_respectively_pairs_the_takers_with_their_towns(nlp) -> None:
    found = facts(nlp, "The Kalden Front and the Sabra Brigade took Gedaref and Kassala respectively.")
    assert {("Kalden Front", "controls", "Gedaref"), ("Sabra Brigade", "controls", "Kassala")} <= found
    assert not {("Kalden Front", "controls", "Kassala"), ("Sabra Brigade", "controls", "Gedaref")} & found


def test_a_gapped_fall_with_a_described_second_town(nlp) -> None:
    found = facts(nlp, "Kassala fell to the Kalden Front on Monday and Gedaref, the provincial capital, two days later.")
    assert ("Kalden Front", "controls", "Gedaref") in found


def test_trapping_a_group_after_invading_is_a_fight(nlp) -> None:
    text = "Chadian troops invaded Sudan on June 6 and within a week had reached the edge of the capital, trapping the Kalden Front and its allies in the western half of the city."
    assert ("Chadian army", "fights", "Kalden Front") in facts(nlp, text)


def test_overwhelming_a_small_party_of_a_groups_fighters(nlp) -> None:
    found = facts(nlp, "Sudanese forces overwhelmed a small party of Kalden Front fighters and expelled the governor.")
    assert any(s == "Sudanese army" and p == "fights" and o.startswith("Kalden Front") for s, p, o in found)



def test_troops_retook_a_town_however_parsed(nlp) -> None:
    text = (
        "Chad's army launched the offensive in early May against the Kalden Front.\n\n"
        "Troops retook Gedaref, Kassala's main town, in the first days of the offensive, and officials say the army now controls the whole district."
    )
    assert ("Chadian army", "controls", "Gedaref") in facts(nlp, text)


def test_a_ministers_second_post_as_chief_spokesman(nlp) -> None:
    text = "Chad's government has asked for help. In N'Djamena, Ode Kalem, the government's communications minister and chief spokesman, called the attackers terrorists."
    assert ("Ode Kalem", "spokespersonFor", "Chadian government") in facts(nlp, text)


def test_a_charge_a_side_calls_a_fabrication_is_no_fact(nlp) -> None:
    text = "Officials in Kassala further say that the Kalden Front receives shelter and money from the Sabra Brigade, an accusation Sabra Brigade officials call a fabrication."
    backing = [r for r in relations(nlp, text) if r.predicate == "backs" and actor(r.subject) == "Sabra Brigade"]
    assert backing and not any(r.is_fact for r in backing)


def test_the_movement_is_the_group_named_a_movement(nlp) -> None:
    text = (
        "The hostages work for the Kalden Cooperation Agency. "
        "Their captors belong to the Sabra Liberation Movement, which declared a holy war on the government this month. "
        "In a statement, the movement's spokesman, Yusuf ibn Kalem, said the fighters had no quarrel with the people."
    )
    assert ("Yusuf ibn Kalem", "spokespersonFor", "Sabra Liberation Movement") in facts(nlp, text)


def test_a_ruler_forced_from_office_leads_it_no_more(nlp) -> None:
    assert ("Ode Kalem", "leads", "Chad") in facts(nlp, "Chad's president, Ode Kalem, spoke on Tuesday to his own generals.")
    assert ("Ode Kalem", "leads", "Chad") not in facts(nlp, "Chad's president, Ode Kalem, was forced from office on Tuesday by his own generals.")


def test_a_claim_its_own_sentence_says_is_denied(nlp) -> None:
    text = "Papers in Kassala answer that the Sabra Brigade stands behind the Kalden Front, which the brigade also denies."
    backing = [r for r in relations(nlp, text) if r.predicate == "backs" and actor(r.subject) == "Sabra Brigade"]
    assert backing and not any(r.is_fact for r in backing)


def test_a_denial_of_what_a_speaker_said_leaves_the_speakers_post_alone(nlp) -> None:
    text = "President Ode Kalem's government says the Kalden Front is armed from Uganda, which Kampala denies."
    assert ("Ode Kalem", "leads", "Kalden Front") not in facts(nlp, text)
    found = [r for r in relations(nlp, text) if r.predicate == "leads"]
    assert all(r.is_fact for r in found)


def test_a_spokesman_for_a_states_general_staff_speaks_for_its_army(nlp) -> None:
    found = facts(nlp, "Col. Ode Kalem, a spokesman for the Chadian general staff, said the garrison at Temmin held.")
    assert ("Ode Kalem", "spokespersonFor", "Chadian army") in found
    assert ("Ode Kalem", "spokespersonFor", "Chad") not in found


def test_an_aircraft_model_between_a_country_and_its_bombers(nlp) -> None:
    found = facts(nlp, "American B-52 bombers have struck Kalden Front positions near Temmin.")
    assert ("United States", "fights", "Kalden Front") in found


def test_a_capitals_forces_are_its_states_army(nlp) -> None:
    text = "SAIGON (May 3, 1972) — American jets struck Kalden Front positions in support of Saigon's forces."
    assert ("United States", "backs", "South Vietnamese army") in facts(nlp, text)


def test_government_troops_in_a_land_split_between_two_states(nlp) -> None:
    # Hue lies in today's Vietnam; in 1972 the dateline says whose it was
    text = (
        "By Ode Kalem | Wire | May 3, 1972\n\nHUE, South Vietnam — North Vietnamese troops pushed south on Monday, and North Vietnamese gunners "
        "shelled Dong Ha. Officials in Hanoi said the North Vietnamese offensive would go on. Government troops still hold Hue."
    )
    assert ("South Vietnamese army", "controls", "Hue") in facts(nlp, text)


def test_towns_of_a_land_held_before_its_independence(nlp) -> None:
    text = "KHARTOUM, Sudan (March 20, 1988) — Guerrillas took Afabet. Government troops still hold Asmara, Keren and Massawa."
    assert ("Ethiopian army", "controls", "Asmara") in facts(nlp, text)


def test_a_land_held_before_its_independence_is_its_holders_in_those_years() -> None:
    from frontline.extract import gazetteer
    eritrea = gazetteer.country("Eritrea")
    assert gazetteer.state_of_the_time(eritrea, 1988).name == "Ethiopia"
    assert gazetteer.state_of_the_time(eritrea, 2000).name == "Eritrea"
    assert gazetteer.demonym_of("South Vietnam") == "South Vietnamese"  # a divided state: its own word


@pytest.mark.parametrize(
    "text",
    [
        # fighting told as going on in the next sentence
        "Ode Kalem, a spokesman for the Kalden Front, said the front's units had taken Tarbo and Ulen and now held the Sabra bridge. "
        "Chadian officials said fighting was still going on in Tarbo on Saturday.",
        # the report dismissed in the next sentence
        "Kalden Front fighters attacked the Lamu air base on Sunday. "
        "Jan Velmo, the group's military spokesman, said its fighters had seized part of the base, killed 17 soldiers and wrecked seven aircraft. "
        "Kenyan officials dismissed those figures and said the militants never held any part of the facility.",
    ],
)
def test_what_the_next_sentence_gainsays_makes_a_claimed_taking_one_sides_word(nlp, text) -> None:
    held = [r for r in relations(nlp, text) if r.predicate == "controls" and actor(r.subject) == "Kalden Front"]
    assert held and not any(r.is_fact for r in held)


def test_a_leaders_title_before_his_name_is_no_title_of_the_next_person(nlp) -> None:
    text = "The truce was signed in Geneva on May 3 by Kalem, the Abkhaz leader Tarbo Ulen and Russia's president, Idriss Arvo."
    found = facts(nlp, text)
    assert ("Idriss Arvo", "leads", "Russia") in found
    assert ("Tarbo Ulen", "leads", "Russia") not in found


def test_a_place_abandoned_to_an_advancing_army(nlp) -> None:
    found = facts(nlp, "Sudanese troops abandoned Gedaref to the advancing Kalden Front.")
    assert ("Kalden Front", "controls", "Gedaref") in found
    assert ("Kalden Front", "fights", "Sudanese army") in found


def test_heading_a_countrys_regional_administration_leads_no_country(nlp) -> None:
    found = facts(nlp, "Ode Kalem, who heads Chad's Kassala regional administration, denied the claims.")
    assert ("Ode Kalem", "leads", "Chad") not in found


def test_a_head_of_state_without_a_title_rules_the_states_government(nlp) -> None:
    text = (
        "Ethiopia's war in the north goes on. Kalem Arvo, who is both head of state and leader of the ruling party, "
        "ordered a new mobilisation. The Soviet Union has armed Arvo's government since 1977."
    )
    assert ("Soviet Union", "backs", "Ethiopian government") in facts(nlp, text)


def test_supplying_most_of_a_groups_weapons_backs_it(nlp) -> None:
    found = facts(nlp, "Chad and Uganda supply almost all of the Kalden Front's heavy weapons, fuel and ammunition.")
    assert {("Chad", "backs", "Kalden Front"), ("Uganda", "backs", "Kalden Front")} <= found


def test_two_states_named_a_groups_main_backers(nlp) -> None:
    found = facts(nlp, "Chad and the United Arab Emirates, the Kalden Front's main foreign backers, have given it aircraft, armoured vehicles and diplomatic cover.")
    assert {("Chad", "backs", "Kalden Front"), ("United Arab Emirates", "backs", "Kalden Front")} <= found


def test_a_countrys_transport_planes_are_the_country(nlp) -> None:
    found = facts(nlp, "French transport planes have ferried fuel and ammunition to the Kalden Front.")
    assert ("France", "backs", "Kalden Front") in found


def test_a_group_ruled_town(nlp) -> None:
    assert ("Kalden Front", "controls", "Gedaref") in facts(nlp, "Refugees fled from Kalden Front-ruled Gedaref on Monday.")


def test_who_takes_a_sides_stronghold_fights_that_side(nlp) -> None:
    found = facts(nlp, "Sudanese forces entered Temmin on Saturday, taking back the last large Chadian stronghold in the Kassala region.")
    assert ("Sudanese army", "fights", "Chadian army") in found
    assert ("Chadian army", "fights", "Kalden Front") in facts(nlp, "Chadian troops captured the main Kalden Front stronghold on Monday.")


def test_a_previous_commander_leads_no_more(nlp) -> None:
    text = "Ode Kalem took over the Kalden Front after its previous commander, Tarbo Ulen, was killed by troops in August."
    assert ("Tarbo Ulen", "leads", "Kalden Front") not in extracted_facts(nlp, text)


def test_a_government_named_by_its_head_years_before_the_story(nlp) -> None:
    text = (
        "By Ode Kalem | Wire | November 8, 1985\n\n"
        "BOGOTÁ, Colombia — President Tarbo Ulen said the army had retaken the palace.\n\n"
        "The government of Idriss Arvo suspended relations with Cuba in 1981, accusing Havana of training the rebels."
    )
    found = extracted_facts(nlp, text)
    assert ("Idriss Arvo", "leads", "Colombian government") not in found
    # a ruler the story titles, even by a comma ("Chad's president, X"), still leads the government it names after him
    text = (
        "By Ode Kalem | Wire | August 8, 1995\n\n"
        "N'DJAMENA, Chad — Under a deal signed last month by Chad's president, Idriss Arvo, the army pledged to defend Temmin.\n\n"
        "Kalem broke with Arvo's government in N'Djamena in September 1993."
    )
    assert ("Idriss Arvo", "leads", "Chadian government") in extracted_facts(nlp, text)


def test_fighting_ones_way_into_a_town_takes_it(nlp) -> None:
    assert ("Kalden Front", "controls", "Gedaref") in facts(nlp, "The Kalden Front fought its way into Gedaref on Sunday.")


def test_a_bodys_news_outlet_is_part_of_it(nlp) -> None:
    assert ("Al-Kalam", "partOf", "Hezbollah") in facts(nlp, "Al-Kalam, Hezbollah's television channel, was broadcasting from the town.")
    text = "Isaias Afwerki spoke on the Kalden Front's radio station, Radio Tarbo, on Tuesday."
    assert ("Radio Tarbo", "partOf", "Kalden Front") in facts(nlp, text)


def test_a_partys_general_secretary_leads_it(nlp) -> None:
    assert ("Ode Kalem", "leads", "Kalden Front") in facts(nlp, "Ode Kalem, the general secretary of the Kalden Front, spoke on Monday.")


def test_a_backer_that_halted_its_deliveries_backs_no_more(nlp) -> None:
    text = "In Moscow, the Soviet Union, which has armed Chad for two decades, said it had suspended all deliveries of weapons to N'Djamena."
    assert ("Soviet Union", "backs", "Chad") not in facts(nlp, text)
    # a promise to stop is no stop
    text = "Documents show that South Africa went on supplying the Kalden Front after the accord, under which Pretoria promised to end its support for the rebels."
    assert ("South Africa", "backs", "Kalden Front") in facts(nlp, text)


def test_fighting_alongside_read_as_a_verb_in_a_relative_clause(nlp) -> None:
    # the parser reads "alongside" as a verb whose object is the army
    text = (
        "Fighters of the Kalden Brigade, who have fought the Northern Front alongside Sudanese troops "
        "since last year, said they had lost dozens of men."
    )
    found = facts(nlp, text)
    assert ("Kalden Brigade", "backs", "Sudanese army") in found
    assert ("Kalden Brigade", "fights", "Northern Front") in found


def test_giving_to_after_an_example_of_what_was_given(nlp) -> None:
    # the parser hangs "to the Northern Front" on the example ("rockets")
    found = facts(nlp, "The ministry said on Monday that Chad was sending weapons, including rockets, to the Northern Front.")
    assert ("Chad", "backs", "Northern Front") in found


def test_giving_to_hung_on_the_verb_of_saying(nlp) -> None:
    # the parser hangs "to the Sudanese military" on "confirmed", after the whole clause
    text = (
        "The embassy in Nairobi confirmed last weekend that Kenyan special forces were giving technical "
        "assistance, including surveillance flights, to the Sudanese military at the government's request."
    )
    assert ("Kenyan army", "backs", "Sudanese army") in facts(nlp, text)


def test_known_as_after_a_place_that_only_places_a_force(nlp) -> None:
    # "UNKAF" is the force's other name, not Kaldea's
    doc = nlp("The UN force in Sudan, known as UNKAF, said Sudanese soldiers had overrun several of its observation posts.")
    acronym = next(e for e in doc.ents if e.text == "UNKAF")
    assert acronym._.frontline_canonical != "Sudan"
    assert acronym._.frontline_kind != "Country"


def test_the_giver_is_not_backed_by_a_possessor_the_parser_gave_the_aid(nlp) -> None:
    # parsed as "Chad's ... aid": Chad is the one given it, not a backer of the giver
    found = facts(nlp, "Sudan has given Chad's government military aid.")
    assert ("Sudan", "backs", "Chadian government") in found
    assert ("Chad", "backs", "Sudan") not in found


def test_a_land_with_a_president_of_its_own_is_his_government(nlp) -> None:
    # no gazetteer country: "Jubaland's president" leads Jubaland, and "Ambo's
    # government" is Jubaland, not Somalia's government
    text = (
        "KISMAYO, Somalia — Forces from Jubaland retook the port. Jubaland's president, Ode Ambo, "
        "said on Friday that his forces would hold the port. Kenya has armed Ambo's government for years."
    )
    found = facts(nlp, text)
    assert ("Ode Ambo", "leads", "Jubaland") in found
    assert ("Kenya", "backs", "Jubaland") in found
    assert ("Kenya", "backs", "Somali government") not in found


def test_entering_a_country_is_no_hold_on_it(nlp) -> None:
    found = facts(nlp, "The Kalden Front had entered Chad at the request of its allies. Later its fighters entered Tarbo.")
    assert ("Kalden Front", "controls", "Chad") not in found
    assert ("Kalden Front", "controls", "Tarbo") in found


@pytest.mark.parametrize(
    "text",
    [
        "Sudanese troops have finished off the Kalden Front in the east.",
        "The Sudanese army wiped out the Kalden Front near the river.",
        "The Kalden Front was wiped out by Sudanese troops.",
        "Sudanese troops crushed the Kalden Front in the east.",
    ],
)
def test_verbs_of_destroying_a_force_are_fights(nlp, text: str) -> None:
    assert ("Sudanese army", "fights", "Kalden Front") in facts(nlp, text)


def test_a_states_positions_are_its_armys(nlp) -> None:
    assert ("Chinese army", "fights", "Indian army") in facts(nlp, "Chinese troops overran Indian positions along the river.")


def test_a_purpose_under_would_is_not_yet_done(nlp) -> None:
    text = "The minister said that Kenya would use its forces to defend the Kalden Front if the rebels attacked again."
    found = relations(nlp, text)
    backing = [r for r in found if r.predicate == "backs" and actor(r.object) == "Kalden Front"]
    assert backing and not any(r.is_fact for r in backing)


def test_under_his_guns_is_no_command(nlp) -> None:
    text = "Colonel Ode Ambo spoke to reporters on Monday. He said the rebels could keep the Kalden Brigade under his guns for weeks."
    assert ("Ode Ambo", "leads", "Kalden Brigade") not in facts(nlp, text)
    commanded = "Colonel Ode Ambo spoke to reporters on Monday. The Kalden Brigade, under his command since May, took Tarbo."
    assert ("Ode Ambo", "leads", "Kalden Brigade") in facts(nlp, commanded)


def test_a_town_that_fell_after_its_description(nlp) -> None:
    # the parser roots the sentence at the town and hangs "fell" on it
    text = "Nador, the market town on the lagoon south of Melilla, fell to the Kaldeans at the start of the month."
    assert ("Kaldeans", "controls", "Nador") in facts(nlp, text)


def test_a_place_that_surrendered_is_the_takers(nlp) -> None:
    text = (
        "The fortified camp of Ulen, the last position Sudan still held in the eastern zone of the province, "
        "surrendered to the Kalden Front on Tuesday after a siege of nearly two weeks."
    )
    assert ("Kalden Front", "controls", "Ulen") in facts(nlp, text)


def test_riflemen_holding_the_slopes_of_a_mountain_hold_it(nlp) -> None:
    assert ("Chadian army", "controls", "Mount Tarbo") in facts(nlp, "Chadian riflemen now hold the slopes of Mount Tarbo.")


def test_a_person_placed_under_guard_after_a_raid_is_not_raided(nlp) -> None:
    # the parser joins the man to the armoury as a second thing raided
    text = (
        "Gunmen of the Kalden Front held the streets of Tarbo on Wednesday, two days after they raided the main police "
        "armoury and placed Prime Minister Kiro Adde under guard at his official residence."
    )
    assert not any(p == "fights" and o == "Kiro Adde" for _s, p, o in facts(nlp, text))


def test_the_capital_is_not_the_seat_of_an_analysts_institute(nlp) -> None:
    text = (
        '"It is over," said Ode Ambo, a political scientist at the Kalden Research Centre in Nairobi. '
        '"The Northern Front now holds the capital and the south."'
    )
    assert ("Northern Front", "controls", "Nairobi") not in facts(nlp, text)


def test_taking_a_countrys_capital_is_no_hold_on_the_country(nlp) -> None:
    assert ("Kalden Front", "controls", "Somalia") not in facts(nlp, "The Kalden Front seized the Somalia capital on Monday.")


def test_the_backing_of_members_of_a_force_is_the_forces(nlp) -> None:
    text = "The Kalden Front, with the backing of members of the Police Field Force, broke into the armoury."
    assert ("Police Field Force", "backs", "Kalden Front") in facts(nlp, text)


def test_the_militia_is_the_armed_group_named_before(nlp) -> None:
    text = "The Kalden Eagle Force took Tarbo on Monday. The militia then attacked the Northern Brigade."
    assert ("Kalden Eagle Force", "fights", "Northern Brigade") in facts(nlp, text)


def test_duels_and_skirmishes_between_two_armies_are_fights(nlp) -> None:
    text = "Calm returned on Tuesday after four days of artillery duels between Thai and Cambodian troops that killed eight people."
    assert ("Thai army", "fights", "Cambodian army") in facts(nlp, text)


def test_a_charge_called_without_foundation_is_contested(nlp) -> None:
    text = (
        "Newspapers in Khartoum say Chad is supplying the Kalden Front with trucks, fuel and arms across the river, "
        'a charge the Chadian foreign ministry calls "entirely without foundation."'
    )
    found = [r for r in relations(nlp, text) if r.predicate == "backs" and actor(r.object) == "Kalden Front"]
    assert found and not any(r.is_fact for r in found)


def test_declaring_war_against_a_side_fights_it(nlp) -> None:
    # parsed with "declared" a modifier of "war"
    assert ("Kalden Front", "fights", "Sudanese army") in facts(nlp, "In March 1989 the Kalden Front declared war against the Sudanese army.")


def test_an_unnamed_unit_stands_for_its_force(nlp) -> None:
    assert ("Chadian army", "fights", "Kalden Front") in facts(nlp, "Chadian troops have destroyed a second Kalden Front brigade in the forests.")
    assert ("Kalden Front", "fights", "Sudanese army") in facts(nlp, "The Kalden Front ambushed a Sudanese brigade near the river.")


def test_holding_ones_ground_on_a_place_holds_it(nlp) -> None:
    text = "Witnesses said the Kalden Front still held its ground on the Tarbo Plains after the army failed to break through."
    assert ("Kalden Front", "controls", "Tarbo Plains") in facts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Kalden Contact Group in Geneva, made up of Chad, Niger and Mali, has urged both sides to stop fighting.",
        "The Kalden Contact Group, which is made up of Chad, Niger and Mali, met on Monday.",
    ],
)
def test_a_body_made_up_of_states_after_its_seat_or_which_is(nlp, text: str) -> None:
    assert {("Chad", "memberOf", "Kalden Contact Group"), ("Mali", "memberOf", "Kalden Contact Group")} <= facts(nlp, text)


def test_a_name_before_and_and_anothers_title_is_not_titled(nlp) -> None:
    text = (
        "President Kiro Adde spoke on Sunday. Under an agreement signed in Kalden last month by Adde and "
        "Chadian President Ode Ambo, Sudan pledged military help to Chad."
    )
    found = facts(nlp, text)
    assert ("Ode Ambo", "leads", "Chad") in found
    assert ("Kiro Adde", "leads", "Chad") not in found


def test_overrunning_a_towns_garrison_takes_the_town(nlp) -> None:
    assert ("Sudanese army", "controls", "Tarbo") in facts(nlp, "Sudanese troops overran the garrison of Tarbo on Monday.")


def test_a_land_with_an_army_of_its_own(nlp) -> None:
    text = "Fighters from Puntland joined them. Puntland's army took Tarbo from the Kalden Front in 2007."
    found = facts(nlp, text)
    assert ("Puntland forces", "fights", "Kalden Front") in found


@pytest.mark.parametrize(
    ("text", "leads"),
    [
        ("KALDEN, Sudan — Army commander Ode Ambo said the town was quiet.", True),
        ("KALDEN, Sudan — Gen. Ode Ambo, the army commander, said the town was quiet.", True),
        ("KALDEN, Sudan — Gen. Ode Ambo, an army commander, said the town was quiet.", False),
        ("KALDEN, Sudan — Gen. Ode Ambo, the army chief of staff, said the town was quiet.", False),
    ],
)
def test_the_army_commander_heads_the_storys_army(nlp, text: str, leads: bool) -> None:
    assert (("Ode Ambo", "leads", "Sudanese army") in facts(nlp, text)) is leads


def test_a_man_who_acts_as_spokesman_for_a_group(nlp) -> None:
    text = '"The prime minister must go," said Ode Ambo, a lawyer who acts as spokesman for the Kalden Front.'
    assert ("Ode Ambo", "spokespersonFor", "Kalden Front") in facts(nlp, text)


def test_a_post_held_until_a_dismissal_is_held_no_more(nlp) -> None:
    text = (
        "Kiro Adde, a longtime ally of the president who headed the National Security Committee, or NSC, "
        "until he was dismissed last week, has been arrested."
    )
    assert ("Kiro Adde", "leads", "National Security Committee") not in facts(nlp, text)


def test_a_founder_whose_post_passed_to_another_leads_no_more(nlp) -> None:
    text = (
        "The Kalden Front has been led since August by Kiro Adde, who took over as interim leader after "
        "the movement's founder, Ode Ambo, was arrested in May."
    )
    assert ("Ode Ambo", "leads", "Kalden Front") not in facts(nlp, text)
    assert ("Ode Ambo", "leads", "Kalden Front") in facts(nlp, "The Kalden Front's founder, Ode Ambo, spoke.")


def test_led_since_a_date_by_someone(nlp) -> None:
    text = "The Kalden Front has been led since August by Kiro Adde, who took over as interim leader in May."
    assert ("Kiro Adde", "leads", "Kalden Front") in facts(nlp, text)


def test_they_after_listed_subjects_are_the_ones_that_name_an_actor(nlp) -> None:
    text = (
        "KALDEN, Sudan — Government troops have captured Tarbo, the seat of the Kalden Front. Marines and army "
        "battalions came ashore north of the town at dawn. By midday they held the harbour and the radio station."
    )
    found = facts(nlp, text)
    assert ("Sudanese army", "controls", "radio station") in found
    assert ("Kalden Front", "controls", "radio station") not in found


def test_troops_from_states_under_a_generals_command_make_him_no_states_head(nlp) -> None:
    text = "About 2,000 troops arrived from Chad, Niger and Mali under the command of Col. Gen. Ode Ambo."
    assert not any(p == "leads" and s == "Ode Ambo" for s, p, _o in facts(nlp, text))


def test_a_government_the_story_calls_rebel_is_an_armed_group_named_by_its_acronym(nlp) -> None:
    # the name in quotes, the comma after the closing quote; "the rebel" types it
    doc = nlp(
        'KALDEN, Sudan — Sudanese troops took Kalden, the seat of the rebel "Revolutionary Government of '
        'the Republic of Sudan", or PRRS, on Friday. The PRRS moved its cabinet south.'
    )
    named = {(e.text, e._.frontline_kind, e._.frontline_canonical) for e in doc.ents}
    long_name = "Revolutionary Government of the Republic of Sudan"
    assert (long_name, "ArmedGroup", None) in named
    assert ("PRRS", "ArmedGroup", long_name) in named


def test_who_takes_a_town_described_first_and_then_called_a_sides_seat_fights_that_side(nlp) -> None:
    text = "The Sudanese army captured Kalden, the main port of the region and the seat of the Tarbo Liberation Front."
    assert ("Sudanese army", "fights", "Tarbo Liberation Front") in facts(nlp, text)


def test_took_up_arms_against_is_a_fight_and_no_arms_given(nlp) -> None:
    found = facts(nlp, "In 2003 the Kalden Front and the Tarbo Movement took up arms against the Sudanese government.")
    assert ("Kalden Front", "fights", "Sudanese government") in found
    assert ("Tarbo Movement", "fights", "Sudanese government") in found
    assert not any(p == "backs" for _s, p, _o in found)


def test_an_object_pronoun_is_never_a_subject_of_its_own_verb(nlp) -> None:
    text = (
        "KHARTOUM, Sudan — The war began when the Kalden Front and the Tarbo Movement rose against the "
        "government, accusing it of neglecting the region."
    )
    found = facts(nlp, text)
    assert ("Kalden Front", "opposes", "Tarbo Movement") not in found
    assert ("Tarbo Movement", "opposes", "Tarbo Movement") not in found


def test_a_force_that_took_a_town_under_a_general_is_led_by_him(nlp) -> None:
    text = "The Kalden Front captured Tarbo on Tuesday under Gen. Ode Ambo after a day of fighting."
    assert ("Ode Ambo", "leads", "Kalden Front") in facts(nlp, text)


def test_a_hill_carried_by_a_force_is_its_own(nlp) -> None:
    text = "The Kalden Front attacked at dawn. By early afternoon its infantry had carried the Cerro de la Bufa."
    assert ("Kalden Front", "controls", "Cerro de la Bufa") in facts(nlp, text)
    assert not facts(nlp, "The trucks carried Sudanese troops to the front.")


def test_a_generals_infantry_is_his_force(nlp) -> None:
    text = "Gen. Ode Ambo led the assault. By early afternoon Ambo's infantry had taken the Cerro de la Bufa."
    assert ("Ode Ambo", "controls", "Cerro de la Bufa") in facts(nlp, text)


def test_the_navy_infantry_is_a_unit_of_its_own_for_a_pronoun(nlp) -> None:
    text = (
        "LIMA, Peru — Its authority covers the police and the navy infantry, sent in January to fight the guerrillas "
        "around Huanta, the provincial capital, which it has held since then."
    )
    found = facts(nlp, text)
    assert ("navy infantry", "controls", "Huanta") in found
    assert ("Peru", "controls", "Huanta") not in found


def test_in_control_of_a_towns_streets_is_control_of_the_town(nlp) -> None:
    for text in (
        "KHARTOUM, Sudan — By Sunday the army was back in control of Kalden's streets.",
        "KHARTOUM, Sudan — By Sunday the army was in control of the streets of Kalden.",
    ):
        assert ("Sudanese army", "controls", "Kalden") in facts(nlp, text)


def test_a_participle_clause_between_subject_and_verb_keeps_the_subject(nlp) -> None:
    text = "On Tuesday Kalden Front fighters, using the captured weapons, attacked positions of the Tarbo Movement near the creek."
    assert ("Kalden Front", "fights", "Tarbo Movement") in facts(nlp, text)


def test_the_government_in_a_sentence_opening_on_a_capital_is_that_capitals(nlp) -> None:
    text = (
        "MELILLA, Morocco — Morocco's tribes rose again. Morocco was quiet. "
        "In Madrid the news has shaken the government of Ode Ambo, whose minister resigned."
    )
    found = facts(nlp, text)
    assert ("Ode Ambo", "leads", "Spanish government") in found
    assert ("Ode Ambo", "leads", "Moroccan government") not in found


def test_an_apposition_opening_on_another_keeps_the_subject(nlp) -> None:
    text = (
        "KALDEN, Sudan — Further west, Gen. Ode Ambo's Tarbo Brigade, another rebel force, is fighting "
        "government garrisons along the railway."
    )
    assert ("Tarbo Brigade", "fights", "Sudanese army") in facts(nlp, text)


def test_he_in_a_quote_is_not_the_analyst_quoted(nlp) -> None:
    text = (
        '"Ode Ambo came out of this week stronger," said Kiro Tala, an analyst at the Kalden Institute. '
        '"He has taken Tarbo from the Kalden Front and shown what he can do."'
    )
    found = facts(nlp, text)
    assert not any(s == "Kiro Tala" and p in {"fights", "controls"} for s, p, _o in found)


def test_suspecting_a_group_of_arming_another_is_no_backing(nlp) -> None:
    text = "The Kalden Front suspects the Tarbo Brigade of arming the Ode Ambo militia."
    assert not any(p == "backs" for _s, p, _o in facts(nlp, text))


def test_a_town_described_by_its_owners_name_then_held(nlp) -> None:
    text = "KALDEN, Sudan — Ode Ambo spoke. The raids had killed civilians in Tarbo, Ambo's hometown, which remains in government hands."
    assert ("Sudanese government", "controls", "Tarbo") in facts(nlp, text)


def test_loyalist_troops_are_the_storys_army(nlp) -> None:
    text = "BOUAKE, Ivory Coast — The attack came up the road from Yamoussoukro, the political capital, which loyalist troops still hold."
    assert ("Ivorian army", "controls", "Yamoussoukro") in facts(nlp, text)


def test_a_name_described_as_the_oil_port_is_a_town(nlp) -> None:
    text = (
        "AJDABIYA, Libya — Rebels entered Ajdabiya. Ajdabiya was quiet. Residents of Tarbo, the oil port 80 km "
        "to the west, said by telephone that government troops still held the town."
    )
    found = facts(nlp, text)
    assert ("Libyan army", "controls", "Tarbo") in found
    assert ("Libyan army", "controls", "Ajdabiya") not in found


def test_a_port_the_parser_made_a_subject_stands_for_the_town_before_it(nlp) -> None:
    text = (
        "MOGADISHU, Somalia — The Kalden Front lost the capital. The Islamists' leaders left overnight for Kismayo, "
        "the southern port that is still held by the Front."
    )
    assert ("Kalden Front", "controls", "Kismayo") in facts(nlp, text)


def test_who_drove_out_a_taker_named_in_a_relative_clause_fought_it(nlp) -> None:
    text = (
        "ADEN, Yemen — Tarbo, which the Kalden Front overran last spring before being driven out in July by "
        "southern fighters and the Ode Brigade, is quiet."
    )
    assert ("Kalden Front", "fights", "Ode Brigade") in facts(nlp, text)


def test_who_storms_a_units_headquarters_fights_the_unit_whatever_the_parse(nlp) -> None:
    text = (
        "EL GENEINA, Sudan — The Kalden Front took the town. The paramilitaries stormed the headquarters of the "
        "army's 15th Infantry Division in Tarbo on Saturday."
    )
    assert ("Kalden Front", "fights", "15th Infantry Division") in facts(nlp, text)


def test_the_hospital_is_the_hospital_named_before(nlp) -> None:
    text = (
        "FALLUJAH, Iraq — Marines seized Fallujah General Hospital. The hospital has been under the control of "
        "the Kalden Front since then."
    )
    assert ("Kalden Front", "controls", "Fallujah General Hospital") in facts(nlp, text)


def test_the_first_of_two_subjects_opening_a_clause_with_the_holds_too(nlp) -> None:
    text = "ARAWA, Papua New Guinea — The army and the Kalden Front hold Buka, just to the north."
    found = facts(nlp, text)
    assert ("Kalden Front", "controls", "Buka") in found
    assert ("Papua New Guinean army", "controls", "Buka") in found


def test_a_subject_with_a_relative_clause_fought_each_of_two_named_after_the_verb(nlp) -> None:
    text = "Hezbollah, which Iran arms and funds, has fought Jabhat Fateh al-Sham and the Tarbo Brigade on several fronts since 2013."
    found = facts(nlp, text)
    assert ("Hezbollah", "fights", "Tarbo Brigade") in found


def test_fighters_of_two_groups_after_a_place_both_fought(nlp) -> None:
    text = "Inside Kalden, fighters of the Tarbo Brigade and the Ode Front battled the Presidential Guard around the palace."
    found = facts(nlp, text)
    assert ("Tarbo Brigade", "fights", "Presidential Guard") in found
    assert ("Ode Front", "fights", "Presidential Guard") in found


def test_a_verb_the_tagger_called_a_name_ends_a_title_phrase(nlp) -> None:
    text = "FREETOWN, Sierra Leone — In May 1997 the KRC overthrew President Ambo and ruled Freetown with the Tarbo Front."
    assert ("Ambo", "leads", "KRC") not in facts(nlp, text)


def test_names_set_beside_a_plural_subject_act(nlp) -> None:
    text = (
        "KHARTOUM, Sudan — Two Darfur armed movements, the Kalden Front of Ode Ambo and the Tarbo Movement "
        "led by Kiro Tala, abandoned their neutrality last month and sided with the army."
    )
    found = facts(nlp, text)
    assert ("Kalden Front", "backs", "Sudanese army") in found
    assert ("Tarbo Movement", "backs", "Sudanese army") in found
    # a place after "in" is part of a name, and a clause after the comma is no list
    other = facts(nlp, "Other factions, among them the Kalden Front and the Islamic Army in Iraq, also fought the Marines.")
    assert not any(s == "Iraq" for s, _p, _o in other)


def test_a_place_where_a_force_has_been_in_control(nlp) -> None:
    text = "AMMAN, Jordan — Residents of Jabal Tarbo, where the army has been in control since Sunday, stayed indoors."
    assert ("Jordanian army", "controls", "Jabal Tarbo") in facts(nlp, text)


def test_the_army_and_the_security_services_back_in_control_of_a_towns_streets(nlp) -> None:
    text = "KHARTOUM, Sudan — By Sunday morning the army and the security services were back in control of Kalden's streets."
    assert ("Sudanese army", "controls", "Kalden") in facts(nlp, text)


def test_pursuing_a_side_is_fighting_it(nlp) -> None:
    assert ("Sudanese army", "fights", "Kalden Front") in facts(nlp, "The Sudanese army pursued the Kalden Front through the night.")


def test_a_place_taken_under_a_description_known_as_its_name(nlp) -> None:
    for verb in ("took", "carried"):
        text = f"ARICA, Peru — Chilean infantry {verb} the fortified headland known as the Morro de Tarbo on Monday."
        assert ("Chilean army", "controls", "Morro de Tarbo") in facts(nlp, text)


def test_a_ceasefire_between_two_sides_says_they_fought(nlp) -> None:
    text = "BISHKEK, Kyrgyzstan — A ceasefire between Kyrgyzstan and Tajikistan held uneasily on Sunday."
    assert ("Kyrgyzstan", "fights", "Tajikistan") in facts(nlp, text)
    assert ("Kalden Front", "fights", "Sudanese government") in facts(
        nlp, "KHARTOUM, Sudan — The Kalden Front signed a truce with the Sudanese government in May."
    )


def test_an_entry_undone_before_pulling_back_is_no_hold_and_troops_back_in_a_place_hold_it(nlp) -> None:
    text = (
        "BISHKEK, Kyrgyzstan — Tajik troops had entered at least three villages, among them Kalden, and set houses "
        "on fire before pulling back. Kyrgyz troops were back in Kalden on Saturday."
    )
    found = facts(nlp, text)
    assert ("Tajik army", "controls", "Kalden") not in found
    assert ("Kyrgyz army", "controls", "Kalden") in found


def test_not_joining_in_a_condemnation_condemns_no_one(nlp) -> None:
    text = "The allies rallied to Moscow, but Romania did not join in condemning the Kalden Front."
    assert ("Romania", "opposes", "Kalden Front") not in facts(nlp, text)
    assert ("Romania", "opposes", "Kalden Front") in facts(nlp, "Romania joined in condemning the Kalden Front.")


def test_an_alliance_between_two_sides_makes_each_back_the_other(nlp) -> None:
    found = facts(nlp, "A secret treaty of alliance between the Kalden Front and the Tarbo Brigade came to light.")
    assert ("Kalden Front", "backs", "Tarbo Brigade") in found
    assert ("Tarbo Brigade", "backs", "Kalden Front") in found


def test_the_new_army_is_the_storys_army(nlp) -> None:
    text = "PHNOM PENH, Cambodia — France and Australia have sent officers to help train the new army."
    found = facts(nlp, text)
    assert ("France", "backs", "Cambodian army") in found
    assert ("Australia", "backs", "Cambodian army") in found


def test_an_owners_ally_named_after_a_copula_backs_the_owner(nlp) -> None:
    assert ("Tarbo Brigade", "backs", "Kalden Front") in facts(nlp, "The Kalden Front's only significant ally is the Tarbo Brigade.")


def test_a_list_of_taken_towns_goes_on_after_the_quarter_they_lie_in(nlp) -> None:
    found = facts(nlp, "The Kalden Front took Kalo and Mersa in the south and Tarbo, west of Ode, where the fighting was heavier.")
    assert {("Kalden Front", "controls", town) for town in ("Kalo", "Mersa", "Tarbo")} <= found
    assert ("Kalden Front", "controls", "Tarbo") in facts(nlp, "The Kalden Front captured Kalo in the north and Tarbo in the south.")


def test_a_side_named_against_another_keeps_its_anti(nlp) -> None:
    doc = nlp("Liam Tarbo, the anti-Treaty IRA's chief of staff, went south. The anti-Kalden alliance held Mersa.")
    names = {e.text for e in doc.ents}
    assert "anti-Treaty IRA" in names and "Treaty IRA" not in names


def test_held_in_the_hands_of_a_side_called_new(nlp) -> None:
    text = "Eight days of fighting left Mogadishu firmly in the hands of the new Kalden Front."
    assert ("Kalden Front", "controls", "Mogadishu") in facts(nlp, text)


def test_a_place_said_to_have_been_taken_with_a_description_set_off(nlp) -> None:
    text = "A communiqué said Kismayo, the invaders' last foothold, had been taken by the Kalden Front."
    assert ("Kalden Front", "controls", "Kismayo") in facts(nlp, text)


def test_a_clause_the_parser_hung_on_a_unit_noun_makes_no_force_of_the_commander(nlp) -> None:
    found = relations(nlp, "The army column on the Playa Larga road was commanded by Capt. Kiro Tala, a professional soldier.")
    assert not [r for r in found if r.predicate == "leads" and "commanded" in r.object.text]


def test_the_peacekeepers_are_the_force_the_story_described_as_such(nlp) -> None:
    text = "The KMF, the ceasefire monitoring force of the Kaldean states, arrived in August. The peacekeepers fought the Tarbo Front near the port."
    assert ("KMF", "fights", "Tarbo Front") in facts(nlp, text)


def test_them_after_a_joined_clause_is_that_clauses_object(nlp) -> None:
    text = (
        "The KMF, the ceasefire monitoring force of the Kaldean states, arrived in August. "
        "The Tarbo Front has welcomed the peacekeepers, and its fighters have helped them guard the port."
    )
    assert ("Tarbo Front", "backs", "KMF") in facts(nlp, text)


def test_the_town_is_never_the_region_it_lies_in(nlp) -> None:
    text = (
        "Kiro Tala has become a symbol of the war for Kalden, a province of the south. The truce fell apart "
        "when fighters of the Tarbo Front overran the town. Kiro Tala and Kalden, Kalden and Kalden again."
    )
    assert ("Tarbo Front", "controls", "Kalden") not in facts(nlp, text)
    assert ("Tarbo Front", "controls", "Kalden") not in facts(nlp, "Fighters of the Tarbo Front pulled out of the northern Kalden town they had held.")


def test_a_taking_told_in_a_when_clause_of_an_older_date_is_background(nlp) -> None:
    text = (
        "By Ode Ambo | Wire | December 11, 2007\n\nKALO, Kaldea — Kaldean troops took Mersa, a town in the south, on Monday. "
        "The deal fell apart on Feb. 1, when the Tarbo Front overran the town."
    )
    found = relations(nlp, text)
    overran = [r for r in found if r.predicate == "controls" and actor(r.subject) == "Tarbo Front"]
    assert overran and all(r.timeline_rank == 0 for r in overran)


def test_a_when_clause_with_a_long_listed_subject_is_as_old_as_its_date(nlp) -> None:
    # (the parser hangs "when" on a noun of the listed subject, and the taking verb on "began")
    text = (
        "By Ode Ambo | Wire | June 16, 2014\n\nKALO, Kaldea — Kaldean troops on Sunday took back Mersa, a hill town in the south, "
        "with the crossing beside it.\n\nThe offensive began on March 21, when fighters of the Tarbo Front, al-Qaeda's Kaldean "
        "affiliate, the Kalden Front and the Dastin Brigade, a group founded by Moroccan jihadists, overran the crossing and the "
        "town and pushed down to the sea at Garowe."
    )
    overran = [r for r in relations(nlp, text) if r.predicate == "controls" and "Kaldean" not in r.subject.text]
    assert overran and all(r.timeline_rank == 0 for r in overran)


def test_a_participle_joined_to_a_relative_clause_goes_with_the_perfect_before_it(nlp) -> None:
    text = "The Kalden Front had crossed the river, which marks the border, and taken Garowe and Bosaso."
    found = facts(nlp, text)
    assert {("Kalden Front", "controls", "Garowe"), ("Kalden Front", "controls", "Bosaso")} <= found


def test_a_verb_joined_to_a_passive_after_a_relative_clause_goes_on_with_that_clause(nlp) -> None:
    # (the parser joins "took" to "was held"; the town held takes nothing)
    text = "By Saturday the town was held by the Kalden Front, which set out from Garowe less than two weeks ago and took Kismayo on Tuesday."
    assert ("Kalden Front", "controls", "Kismayo") in facts(nlp, text)


def test_what_a_hearer_was_told_is_no_relative_clause_on_the_hearer(nlp) -> None:
    text = (
        "Kiro Tala, the Colonial Secretary, told the House of Commons that the British government had supplied arms "
        "at the Kalden Front's request and would send more if asked."
    )
    found = facts(nlp, text)
    assert ("British government", "backs", "House of Commons") not in found
    assert ("British government", "backs", "Kalden Front") in found


def test_a_director_of_publicity_speaks_for_the_body(nlp) -> None:
    found = facts(nlp, '"The city is clear," said Ode Ambo, the Kalden Front\'s director of publicity.')
    assert ("Ode Ambo", "spokespersonFor", "Kalden Front") in found
    assert ("Ode Ambo", "leads", "Kalden Front") not in found


def test_a_name_the_parser_made_the_complement_of_a_taking_verb_is_taken(nlp) -> None:
    assert ("Kalden Front", "controls", "Derna") in facts(nlp, "The Kalden Front said its troops had freed Derna.")


def test_a_rulers_government_is_the_state_that_opens_his_sentence(nlp) -> None:
    text = (
        "American troops landed on Grenada. American officials said American forces held the airport. "
        "Britain, whose Queen is Grenada's head of state, took no part, and Prime Minister Ode Ambo's government "
        "said it had advised Washington against the landing."
    )
    found = facts(nlp, text)
    assert ("Ode Ambo", "leads", "British government") in found
    assert ("Ode Ambo", "leads", "American government") not in found
    # ... not the state that acts on his government in the same clause
    assert ("Russia", "backs", "British government") not in facts(nlp, "Russia backed Prime Minister Ode Ambo's government.")


def test_their_forces_in_what_a_states_commanders_said_are_its_army(nlp) -> None:
    for text in ("American commanders said their troops took Ode Kalu.", "U.S. commanders said their forces held the town of Ode Kalu."):
        found = facts(nlp, text)
        assert ("American army", "controls", "Ode Kalu") in found
        assert ("United States", "controls", "Ode Kalu") not in found


def test_the_towns_of_a_and_b_fallen_to_a_side_are_both_its(nlp) -> None:
    found = facts(nlp, "The river towns of Kalo and Mersa have also fallen to the Kalden Front.")
    assert {("Kalden Front", "controls", "Kalo"), ("Kalden Front", "controls", "Mersa")} <= found
    # (the districts of a town are parts of it, not the town)
    assert not any(f[2] == "Tarbo" for f in facts(nlp, "Kalden Front fighters shelled outlying districts of Tarbo, the army said."))


def test_a_place_that_went_over_to_a_side_is_its(nlp) -> None:
    text = "The fortress of Jiangyin, which guards the river, went over to the Kalden Front when its garrison mutinied."
    assert ("Kalden Front", "controls", "Jiangyin") in facts(nlp, text)


def test_a_condition_told_with_had_before_its_subject_is_no_fact(nlp) -> None:
    text = '"Had the Kalden Front held Tarbo until the ice melted, this war might have run on," he said.'
    assert ("Kalden Front", "controls", "Tarbo") not in facts(nlp, text)
    assert ("Kalden Front", "controls", "Tarbo") in facts(nlp, "The Kalden Front had seized Tarbo.")


def test_a_ruler_sending_his_states_machines_makes_the_state_the_backer(nlp) -> None:
    found = facts(nlp, "President Kiro Tala sent French aircraft into action in support of the Kalden Front the next day.")
    assert ("France", "backs", "Kalden Front") in found
    assert ("Kiro Tala", "backs", "Kalden Front") not in found


def test_a_place_occupied_by_a_side_after_a_participle_set_off(nlp) -> None:
    text = "The Old Town, reduced to rubble by weeks of shelling and dive-bombing, was occupied by German troops on Saturday."
    assert ("German army", "controls", "Old Town") in facts(nlp, text)


def test_a_ruler_whose_flight_the_story_names_leads_no_government(nlp) -> None:
    text = (
        "Rebels seize Kalo a week after Ode Tarbo's flight\n\nKALO, Kaldea — Rebels entered Kalo on Tuesday. "
        "The front has been fighting Ode Tarbo's government for sixteen years."
    )
    assert not any(f[0] == "Ode Tarbo" and f[1] == "leads" for f in facts(nlp, text))


def test_the_group_is_the_name_the_story_wrote_before_the_word(nlp) -> None:
    text = (
        "The Tarbo Front said it had captured Kalo, the last town held by the Kalden State group. The Tarbo Front "
        "lost dozens of men, and the Tarbo Front's commander thanked its allies. The group's leader, Ode Ambo, is still at large."
    )
    found = facts(nlp, text)
    assert ("Ode Ambo", "leads", "Kalden State") in found
    assert ("Ode Ambo", "leads", "Tarbo Front") not in found


def test_our_hands_in_what_a_defence_ministry_says_are_the_armys(nlp) -> None:
    text = (
        "KABUL, Afghanistan — Afghan troops entered Ode Kalu on Monday. \"The town is in our hands,\" said "
        "Gen. Kiro Tala, a spokesman for the Afghan Defence Ministry."
    )
    found = facts(nlp, text)
    assert ("Afghan army", "controls", "Ode Kalu") in found
    assert not any(f[0].endswith("Ministry") and f[1] == "controls" for f in found)


def test_who_retakes_a_place_fights_whom_another_sentence_says_took_it_before(nlp) -> None:
    text = (
        "Nigerien troops took back the town of Tarbo on Friday. "
        "Residents said the market had reopened. "
        "Tarbo fell on March 4 to fighters of the Northern Front."
    )
    found = facts(nlp, text)
    assert ("Nigerien army", "controls", "Tarbo") in found
    assert ("Nigerien army", "fights", "Northern Front") in found


def test_a_place_taken_without_resistance_makes_no_fight_with_its_old_holder(nlp) -> None:
    text = (
        "Nigerien troops entered the town of Tarbo on Friday. "
        "The Northern Front had held Tarbo since 2019. "
        "A second column reached Tarbo in the evening and met no resistance."
    )
    found = facts(nlp, text)
    assert ("Nigerien army", "controls", "Tarbo") in found
    assert ("Nigerien army", "fights", "Northern Front") not in found


def test_a_retaken_place_held_by_the_takers_own_government_before_is_no_fight_with_it(nlp) -> None:
    text = (
        "Chadian troops retook the town of Tarbo on Friday. "
        "The Chadian government had held Tarbo for decades. "
        "The Northern Front seized the town in 2020."
    )
    found = facts(nlp, text)
    assert ("Chadian army", "fights", "Northern Front") in found
    assert not {f for f in found if f[1] == "fights" and "Chadian government" in (f[0], f[2])}


def test_fighters_of_three_groups_are_all_three_groups(nlp) -> None:
    # (the parser hangs the later names on the verb: they are read off the words)
    text = "On Monday the town of Tarbo fell to several hundred fighters of the Northern Front, the Kalden Brigade and the Ulen Liberation Movement, and its defenders fled."
    found = facts(nlp, text)
    assert {("Northern Front", "controls", "Tarbo"), ("Kalden Brigade", "controls", "Tarbo"), ("Ulen Liberation Movement", "controls", "Tarbo")} <= found


def test_a_council_of_commanders_that_took_a_place_is_the_body_named_before_it(nlp) -> None:
    text = "The assault was carried out by militias of the Northern Front, the council of commanders that took over the town of Tarbo in March."
    assert ("Northern Front", "controls", "Tarbo") in facts(nlp, text)


def test_no_sign_of_a_missing_man_gainsays_no_taking(nlp) -> None:
    text = (
        "The Northern Front said on Monday that its fighters had overrun the last Kalden Brigade positions in the hills. "
        "But there was no sign of Kalid Omar, the brigade's commander."
    )
    assert ("Northern Front", "fights", "Kalden Brigade") in facts(nlp, text)


def test_a_number_of_men_before_a_name_keeps_the_agent_of_a_passive(nlp) -> None:
    text = "Rebels attacked the garrison at Tarbo on Saturday. The town was held by 39 United States Marines."
    assert ("United States Marines", "controls", "Tarbo") in facts(nlp, text)


def test_a_hold_one_side_reports_and_the_other_says_it_took_is_contested(nlp) -> None:
    text = (
        "Nigerien troops reached the town of Tarbo in May. On Friday Kalid Omar, an army spokesman, said Tarbo itself "
        "was still in Nigerien hands; Northern Front commanders said their fighters had taken it."
    )
    held = {actor(r.subject): r.is_fact for r in relations(nlp, text) if r.predicate == "controls" and r.sentence.startswith("On Friday")}
    assert held == {"Nigerien army": False, "Northern Front": False}


def test_the_separatists_are_never_a_battalion_fighting_alongside_the_army(nlp) -> None:
    text = (
        "Ode Tamu, prime minister of the self-proclaimed Ulen People's Republic, spoke on Friday. "
        "Kalid Omar, the commander of the Kalden Battalion, which has fought alongside the army in the town of Tarbo, was wounded. "
        "The Kalden Battalion lost ten men. "
        "On Thursday separatist fighters took the town of Mesra, a port near the border."
    )
    found = facts(nlp, text)
    assert ("Kalden Battalion", "controls", "Mesra") not in found
    assert ("Ulen People's Republic", "controls", "Mesra") in found


def test_the_airfield_is_the_airfield_named_before_not_the_nearest_base(nlp) -> None:
    text = (
        "Nigerien paratroopers seized the Tarbo airfield at dawn. "
        "The transports had flown by way of the Kalden base in the south. "
        "The paratroopers held the airfield within the hour."
    )
    held = {r.object.name for r in relations(nlp, text) if r.predicate == "controls" and r.sentence.startswith("The paratroopers")}
    assert held == {"Tarbo airfield"}


def test_a_unit_named_as_the_takers_state_is_no_earlier_holder_it_fights(nlp) -> None:
    text = (
        "Belgian troops seized the Tarbo airfield on Monday. "
        "Men of Belgium's Para-Commando Regiment had held the airfield since the spring."
    )
    assert not {f for f in facts(nlp, text) if f[1] == "fights"}


@pytest.mark.parametrize("noun", ["gunfight", "shoot-out", "shootout"])
def test_a_gunfight_between_two_groups_is_a_fight(nlp, noun: str) -> None:
    text = f"On June 19, after a {noun} between the Northern Front and the Kalden Brigade, troops moved into the city."
    assert ("Northern Front", "fights", "Kalden Brigade") in facts(nlp, text)


@pytest.mark.parametrize("verb", ["harassed", "outflanked", "assailed"])
def test_harassing_or_outflanking_a_group_fights_it(nlp, verb: str) -> None:
    assert ("Kalden Brigade", "fights", "Northern Front") in facts(nlp, f"The Kalden Brigade {verb} the Northern Front on Monday.")


def test_which_after_a_mans_post_is_the_body_the_post_is_of(nlp) -> None:
    text = (
        "Nigerien troops held the town of Tarbo. Kalid Omar, the commander of the Kalden Brigade, which has fought "
        "alongside the army in the town, was wounded this week."
    )
    found = facts(nlp, text)
    assert ("Kalden Brigade", "backs", "Nigerien army") in found
    assert ("Kalid Omar", "backs", "Nigerien army") not in found
    found = facts(nlp, "Kalid Omar, the commander of the Kalden Brigade, which is paid by Niger, was wounded this week.")
    assert ("Niger", "backs", "Kalden Brigade") in found


def test_an_object_the_parser_gave_only_the_second_of_two_verbs_is_both_verbs(nlp) -> None:
    text = "Britain has about 300 officers in the country to train and advise the Kalden Brigade."
    assert ("United Kingdom", "backs", "Kalden Brigade") in facts(nlp, text)


def test_arms_a_state_bought_from_another_are_the_buyers_not_the_users(nlp) -> None:
    found = facts(nlp, "The Kalden Brigade flew the jets that Niger bought from Russia and France.")
    assert {("Russia", "backs", "Niger"), ("France", "backs", "Niger")} <= found
    assert ("Russia", "backs", "Kalden Brigade") not in found


@pytest.mark.parametrize("receivers", ["vetted Free Syrian Army factions", "a small number of vetted Free Syrian Army factions", "a handful of Free Syrian Army units"])
def test_arms_supplied_to_counted_or_vetted_factions_back_their_body(nlp, receivers: str) -> None:
    found = {(s, p, o.replace(" factions", "").replace(" units", "")) for s, p, o in facts(nlp, f"The United States has supplied missiles to {receivers}.")}
    assert ("United States", "backs", "Free Syrian Army") in found


def test_who_clears_a_place_takes_it(nlp) -> None:
    assert ("Kalden Brigade", "controls", "Fallujah") in facts(nlp, "The Kalden Brigade cleared Fallujah on Sunday.")
    assert ("Kalden Brigade", "controls", "Fallujah") in facts(nlp, "Fallujah was cleared by the Kalden Brigade.")


@pytest.mark.parametrize("text", [
    "The Northern Front holds sway in Fallujah.",
    "The government sits in Fallujah, where the Northern Front, a separatist movement backed by Niger, holds sway.",
])
def test_who_holds_sway_in_a_place_holds_it(nlp, text: str) -> None:
    assert ("Northern Front", "controls", "Fallujah") in facts(nlp, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("The Guard still holds most of Managua, including Las Mercedes airport and the bunker on Tiscapa hill.", {("Las Mercedes airport", "Managua")}),
    ("Republican units hold most of Munster, including the cities of Cork and Waterford.", {("Cork", "Munster"), ("Waterford", "Munster")}),
    ("Georgian troops held Ochamchire and Gali, two districts of Abkhazia south-east of Sukhumi.", {("Ochamchire", "Abkhazia"), ("Gali", "Abkhazia")}),
    ("Government forces in Oman's southern province of Dhofar beat off an attack on the coastal town of Mirbat.", {("Dhofar", "Oman")}),
])
def test_where_places_lie_by_including_two_districts_of_and_a_states_province_of(nlp, text: str, expected: set) -> None:
    found = {(s, o) for s, p, o in facts(nlp, text) if p == "locatedIn"}
    assert expected <= found


def test_a_town_lies_in_no_facility(nlp) -> None:
    from frontline.extract.records import EntityMention
    from frontline.extract.relations import fits

    town = EntityMention("Buchanan", "GPE", "Place", 0, 8)
    port = EntityMention("Freeport of Monrovia", "FAC", "Facility", 20, 40)
    assert not fits("locatedIn", town, port)
    assert fits("locatedIn", port, EntityMention("Monrovia", "GPE", "Place", 50, 58))


@pytest.mark.parametrize(("text", "expected"), [
    ("General Kalid Omar, whose Tarbo Brigade militia rules the town of Fallujah, has kept his troops out of the fighting.", ("Kalid Omar", "leads", "Tarbo Brigade")),
    ("Kalid Omar now heads a breakaway faction, the Kalden Liberation Movement, which is supported by Uganda.", ("Kalid Omar", "leads", "Kalden Liberation Movement")),
    ("The fighting was done by the National Security Service (NSS), the powerful agency headed by Kalid Omar.", ("Kalid Omar", "leads", "National Security Service")),
])
def test_a_mans_own_force_a_faction_he_heads_and_an_agency_headed_by_him(nlp, text: str, expected: tuple) -> None:
    assert expected in facts(nlp, text)


def test_a_body_after_whose_is_a_mans_only_when_named_his_force(nlp) -> None:
    assert not {f for f in facts(nlp, "Kalid Omar, whose Hezbollah allies took the town, said nothing.") if f[1] == "leads"}


def test_who_strikes_ground_named_as_anothers_fights_its_holder(nlp) -> None:
    found = facts(nlp, "On Saturday, Guinean gunships also struck the RUF-held district of Kailahun, across the border in Sierra Leone.")
    assert ("Guinea", "fights", "RUF") in found


def test_bare_soldiers_a_group_fights_are_the_army_of_the_storys_country(nlp) -> None:
    text = (
        "Iraqi troops surrounded a house in Fallujah on Thursday. Within minutes gunmen of the Kalden Brigade opened fire. "
        "Over the next hours they fought soldiers at intersections across the city."
    )
    assert ("Kalden Brigade", "fights", "Iraqi army") in facts(nlp, text)


def test_fighting_a_groups_rebellion_fights_the_group(nlp) -> None:
    text = "The reinforcements were paratroopers flown in from Algeria, where the French army has been fighting the nationalist rebellion of the FLN for nearly seven years."
    assert ("French army", "fights", "FLN") in facts(nlp, text)


def test_the_government_of_a_ruler_in_a_capital_is_that_capitals_states(nlp) -> None:
    text = (
        "Bosnian army units held the east bank of the town. "
        "The government of President Kalid Omar in Zagreb denies sending troops."
    )
    found = facts(nlp, text)
    assert ("Kalid Omar", "leads", "Croatian government") in found
    assert ("Kalid Omar", "leads", "Bosnian government") not in found


def test_a_commander_captured_is_not_the_captors(nlp) -> None:
    # (the parse that hangs "its" on the captors needs the whole story around it)
    story = Path(__file__).parents[1] / "benchmarks" / "unseen" / "dev62" / "zzo-china-changchun-1948.txt"
    led = {(actor(r.subject), actor(r.object)) for r in relations(nlp, story.read_text()) if r.predicate == "leads"}
    assert not {pair for pair in led if pair[0] == "Fan Han-chieh"}


def test_who_fights_for_a_side_backs_it(nlp) -> None:
    found = facts(nlp, "Mercenaries of the Kalden Brigade fought for the government of Niger.")
    assert ("Kalden Brigade", "backs", "Nigerien government") in found
    assert not {f for f in facts(nlp, "The Kalden Brigade fought for the town of Fallujah for weeks.") if f[1] == "backs"}


def test_a_mans_followers_are_his_forces(nlp) -> None:
    text = "On Saturday several hundred followers of Kalid Omar, the rebel general, attacked the American garrison at Ocotal."
    fights = [r for r in relations(nlp, text) if r.predicate == "fights"]
    assert fights and all(r.subject.kind == "ArmedGroup" and r.subject.commander == "Kalid Omar" for r in fights)


def test_a_partys_government_of_a_president_is_the_storys_states(nlp) -> None:
    text = "The Liberal army of General Kalid Omar fought the Conservative government of President Ode Tamu in Nicaragua for most of the past year."
    assert {f for f in facts(nlp, text) if f[1] == "fights" and f[2] == "Nicaraguan government"}


def test_a_body_named_with_its_initials_allied_with_another_backs_it(nlp) -> None:
    assert ("Kalden Liberation Front", "backs", "Northern Front") in facts(nlp, "The Kalden Liberation Front (KLF) is allied with the Northern Front.")


def test_a_time_the_parser_made_a_subject_leaves_the_verb_the_first_ones(nlp) -> None:
    # (the parser reads "by Friday" as the subject of "held")
    found = facts(nlp, "Fighters of the Kalden Brigade crossed the river at dawn, and by Friday held the town of Tarbo.")
    assert ("Kalden Brigade", "controls", "Tarbo") in found


def test_breaking_through_a_groups_lines_fights_it(nlp) -> None:
    found = facts(nlp, "Fighters of the Kalden Brigade broke through the lines of the Northern Front on Monday.")
    assert ("Kalden Brigade", "fights", "Northern Front") in found
    assert not {f for f in facts(nlp, "The Kalden Brigade broke through the siege of Fallujah.") if f[1] == "fights"}


def test_a_body_whose_capital_is_a_town_holds_it(nlp) -> None:
    assert ("Kalden Liberation Front", "controls", "Fallujah") in facts(
        nlp, "The Kalden Liberation Front, whose capital is Fallujah, fired rockets into Baghdad."
    )
    assert not {f for f in facts(nlp, "Iraq, whose capital is Baghdad, protested.") if f[1] == "controls"}


def test_a_town_in_a_country_held_by_a_group_is_the_town_held(nlp) -> None:
    found = facts(nlp, "Thousands fled into Ramadi, a town in western Iraq held by the Northern Front.")
    assert ("Northern Front", "controls", "Ramadi") in found
    assert ("Northern Front", "controls", "Iraq") not in found


def test_a_participle_on_a_country_after_a_town_describes_the_town(nlp) -> None:
    # (the parse that hangs "held" on the country needs the story's own sentence)
    story = Path(__file__).parents[1] / "benchmarks" / "unseen" / "dev63" / "zzp-croatia-okucani-1995.txt"
    held = {(actor(r.subject), actor(r.object)) for r in relations(nlp, story.read_text()) if r.predicate == "controls"}
    assert ("Bosnian Serb forces", "Bosanska Gradiška") in held
    assert ("Bosnian Serb forces", "Bosnia") not in held


def test_a_subject_the_parser_hung_an_opening_time_on(nlp) -> None:
    # (the parser makes "On Friday Iraqi columns" one phrase, with no subject for "occupied")
    found = facts(nlp, "On Friday Iraqi columns occupied the ports of Basra and Umm Qasr.")
    assert {("Iraqi army", "controls", "Basra"), ("Iraqi army", "controls", "Umm Qasr")} <= found


def test_the_group_described_by_its_backer_is_the_group_named_before(nlp) -> None:
    found = facts(nlp, "The Northern Front named a new leader. Iraqi ground forces battled the Iran-backed group near Fallujah.")
    assert ("Iraqi army", "fights", "Northern Front") in found


def test_a_subordinator_read_as_a_preposition_keeps_its_clauses_subject(nlp) -> None:
    # (the parser hangs "after an ... strike" on "month" and gives "killed" no subject)
    text = "The Northern Front named a new leader on Tuesday, more than a month after an Israeli air strike killed Kalid Omar."
    assert not {f for f in facts(nlp, text) if f[0] == "Northern Front" and f[1] == "fights"}


def test_the_noun_after_in_which_is_its_verbs_subject(nlp) -> None:
    # (the parser gives "broke" and "occupied" the ceasefire for a subject)
    text = "An uneasy ceasefire held in Fallujah on Sunday after three days of fighting in which Iraqi paratroopers broke a blockade of the air base and occupied most of the town."
    assert ("Iraqi army", "controls", "Fallujah") in facts(nlp, text)


def test_a_country_owning_a_towns_description_is_no_pronouns_antecedent(nlp) -> None:
    text = "The Kalden Brigade, led by Kalid Omar, still holds Fallujah, Iraq's third city, as well as Ramadi, which it has controlled since January 2014."
    held = {(actor(r.subject), actor(r.object)) for r in relations(nlp, text) if r.predicate == "controls"}
    assert ("Kalden Brigade", "Ramadi") in held
    assert ("Iraq", "Ramadi") not in held  # (not even as a past hold)


def test_the_capital_paragraphs_after_it_was_named(nlp) -> None:
    text = (
        "The Northern Front sent convoys south from Khartoum on Friday. Thousands of people have fled since then. "
        "Aid agencies say food is running short. The Northern Front now holds most of the capital."
    )
    assert ("Northern Front", "controls", "Khartoum") in facts(nlp, text)


def test_the_last_country_to_recognise_a_body_backs_it(nlp) -> None:
    assert ("Iraq", "backs", "Northern Front") in facts(nlp, "Iraq became the last country to recognise the Northern Front.")


def test_what_a_condition_says_goes_on_is_a_fact(nlp) -> None:
    found = facts(nlp, "The rebels would push on if the Iraqi army kept bombing the Northern Front.")
    assert ("Iraqi army", "fights", "Northern Front") in found
    assert not facts(nlp, "The rebels would push on if the Iraqi army bombed the Northern Front.")  # (a bare condition)


def test_the_hamlet_of_a_place_taken_is_that_place(nlp) -> None:
    assert ("Iraqi army", "controls", "Kalda Dor") in facts(nlp, "Iraqi troops took the hamlet of Kalda Dor on Monday.")


def test_a_force_described_by_a_participle_set_off_does_what_its_main_verb_says(nlp) -> None:
    text = "Since Monday the main Iraqi force, an armoured division advancing from Tarbo in Anbar Province, has taken the fort of Ramadi."
    assert ("Iraqi army", "controls", "Ramadi") in facts(nlp, text)


def test_every_item_of_a_list_of_places_taken_is_taken(nlp) -> None:
    text = "Since Monday the Kalden Brigade has taken the fort of Ramadi, the town of Fallujah and the road junction of Tarbo."
    found = facts(nlp, text)
    assert {("Kalden Brigade", "controls", "Ramadi"), ("Kalden Brigade", "controls", "Fallujah")} <= found


def test_a_force_that_still_occupies_a_place_holds_it(nlp) -> None:
    assert ("Iraqi army", "controls", "Fallujah") in facts(nlp, "Iraqi troops still occupy Fallujah and the forts to the north.")
    assert not facts(nlp, "The Iraqi army threatened to occupy Fallujah.")  # (a threat, read by the parse)


def test_backing_neither_side_backs_none(nlp) -> None:
    assert not facts(nlp, "Iraq backs neither the Kalden Brigade nor the Northern Front.")
    assert not facts(nlp, "Syria has armed neither the Kalden Brigade nor the army.")


def test_an_army_offensive_is_the_armys(nlp) -> None:
    assert ("Iraqi army", "fights", "Kalden Brigade") in facts(nlp, "Thousands in Iraq have fled an army offensive against the Kalden Brigade.")


def test_troops_from_a_list_of_states_backing_a_side_are_each_state_backing_it(nlp) -> None:
    found = facts(nlp, "The Iraqi government is propped up by troops from Syria, Jordan and Egypt.")
    assert {("Syria", "backs", "Iraqi government"), ("Jordan", "backs", "Iraqi government"), ("Egypt", "backs", "Iraqi government")} <= found
    found = facts(nlp, "The Iraqi government, which is propped up by troops from Syria, Jordan and Egypt, called it aggression.")
    assert {("Syria", "backs", "Iraqi government"), ("Egypt", "backs", "Iraqi government")} <= found


def test_names_set_off_before_the_verb_pair_with_the_places_taken_respectively(nlp) -> None:
    text = "Three brigades, the Kalden Brigade, the Northern Front and the Tarbo Guard, took Ramadi, Fallujah and Tarbo respectively."
    held = {(s, o) for s, p, o in facts(nlp, text) if p == "controls"}
    assert held == {("Kalden Brigade", "Ramadi"), ("Northern Front", "Fallujah"), ("Tarbo Guard", "Tarbo")}


def test_fighting_side_by_side_against_a_foe_fights_it(nlp) -> None:
    found = facts(nlp, "The Kalden Brigade fought side by side with the Northern Front against the Iraqi army.")
    assert {("Kalden Brigade", "fights", "Iraqi army"), ("Northern Front", "fights", "Iraqi army")} <= found
    found = facts(nlp, "The Kalden Brigade and the Northern Front fought side by side against the Iraqi army.")
    assert {("Kalden Brigade", "fights", "Iraqi army"), ("Northern Front", "fights", "Iraqi army")} <= found


def test_firing_missiles_at_a_state_fights_it(nlp) -> None:
    assert ("Syria", "fights", "Israel") in facts(nlp, "Syria, which arms the Kalden Brigade, fired about 180 ballistic missiles at Israel on Monday.")
    assert not facts(nlp, "Iran threatened to fire missiles at Israel.")


def test_keeping_hold_of_a_place_holds_it(nlp) -> None:
    assert ("Iraqi army", "controls", "Tarbo airport") in facts(nlp, "Iraqi troops flew 1,200 foreigners out and kept hold of Tarbo airport.")
    assert ("Kalden Brigade", "controls", "Fallujah") in facts(nlp, "The Kalden Brigade keeps a firm grip on Fallujah.")
    assert not any(p == "controls" for s, p, o in facts(nlp, "The Kalden Brigade accused Iraq of failing to keep its promises."))


def test_the_last_blocks_of_a_place_taken_are_the_place(nlp) -> None:
    assert ("Kalden Brigade", "controls", "Fallujah") in facts(nlp, "The Kalden Brigade overran the last blocks of Fallujah.")
    assert ("Kalden Brigade", "controls", "Fallujah") in facts(nlp, "The Kalden Brigade captured the last blocks of Fallujah.")


def test_a_body_paid_by_a_state_is_backed_by_it(nlp) -> None:
    assert ("United States", "backs", "Kalden Brigade") in facts(nlp, "The Kalden Brigade had been paid by Washington to hunt al-Qaeda suspects.")
    assert not facts(nlp, "Syria paid a visit to Iraq.")


def test_firing_on_a_post_of_a_force_fights_it(nlp) -> None:
    assert ("Iraqi army", "fights", "Kalden Brigade") in facts(nlp, "Iraqi troops fired on a post of the Kalden Brigade.")


def test_weapons_ending_a_list_of_things_given_back_the_receiver(nlp) -> None:
    assert ("Iraqi government", "backs", "Kalden Brigade") in facts(nlp, "The Iraqi government had given the Kalden Brigade rice, medicine and weapons.")
    assert not facts(nlp, "The Iraqi government had given the Kalden Brigade a warning, and weapons came later.")


@pytest.mark.parametrize(
    "text",
    [
        "Syria ceded Fallujah to the Kalden Brigade.",
        "Syria handed Fallujah over to the Kalden Brigade.",
        "Syria handed over Fallujah to the Kalden Brigade.",
    ],
)
def test_ground_handed_to_a_side_is_its_and_no_longer_the_givers(nlp, text: str) -> None:
    held = {(r.subject.name, r.control_change) for r in relations(nlp, text) if r.predicate == "controls" and r.is_fact}
    assert held == {("Kalden Brigade", "gain"), ("Syria", "loss")}


def test_no_intention_of_handing_ground_over_hands_none(nlp) -> None:
    assert not facts(nlp, "The Kalden Brigade had no intention of handing Fallujah over to Syria.")
    found = facts(nlp, "The Kalden Brigade had no intention of handing Fallujah over to the government of President Kalid Omar.")
    assert ("Kalid Omar", "leads", "Iraqi government") in found  # (his post is no part of the aim)


def test_a_relative_clause_after_a_bodys_leader_is_the_bodys(nlp) -> None:
    text = "The fighting put the spotlight on the Kalden Guard Force, a militia led by Colonel Omar that has fought the Northern Front since 2010."
    found = facts(nlp, text)
    assert ("Kalden Guard Force", "fights", "Northern Front") in found
    assert not any(s == "Omar" and p == "fights" for s, p, o in found)
    # the same after "the body under General Y, which ...": everything it holds is its own
    text = "Arkel's troops linked up with the Kalden Front under General Tomas Arkel, which holds Bosaso and most of Puntland."
    found = facts(nlp, text)
    assert {("Kalden Front", "controls", "Bosaso"), ("Kalden Front", "controls", "Puntland")} <= found
    assert not any(p == "controls" and s == "Tomas Arkel" for s, p, o in found)


def test_backing_told_in_the_simple_past_over_a_stretch_of_years_is_over(nlp) -> None:
    assert not facts(nlp, "The Kalden Brigade fought alongside the Iraqi army for more than a decade.")
    assert ("Kalden Brigade", "backs", "Iraqi army") in facts(nlp, "The Kalden Brigade has fought alongside the Iraqi army for more than a decade.")
    # other verbs of working side by side, by their lemma
    assert not facts(nlp, "The Kalden Brigade operated alongside the Iraqi army for more than a decade.")
    assert not facts(nlp, "The Kalden Brigade worked alongside the Iraqi army for two decades.")



def test_attacking_army_checkpoints_fights_the_army(nlp) -> None:
    found = facts(nlp, "Units of the Kalden Brigade attacked army checkpoints on the roads outside Tarbo in Iraq.")
    assert ("Kalden Brigade", "fights", "Iraqi army") in found


def test_much_of_the_countryside_of_a_place_held_is_the_place(nlp) -> None:
    text = "Much of the countryside of Gojjam, south of the lake, is still controlled by the Kalden Brigade, aid workers said."
    assert ("Kalden Brigade", "controls", "Gojjam") in facts(nlp, text)


def test_a_force_that_moved_occupying_a_place_takes_it(nlp) -> None:
    assert ("Chilean navy", "controls", "Valparaíso") in facts(nlp, "The Chilean navy moved first, occupying Valparaíso, Chile's main port, at about 6 a.m.")


def test_the_state_that_holds_little_more_than_the_capital_holds_it(nlp) -> None:
    text = "Iraq has been at war with the Kalden Brigade since 2014. Today the rebels run much of the countryside, while the state holds little more than Baghdad."
    assert ("Iraqi government", "controls", "Baghdad") in facts(nlp, text)


def test_holding_no_more_than_a_place_holds_it(nlp) -> None:
    assert ("Kalden Brigade", "controls", "Fallujah") in facts(nlp, "The Kalden Brigade holds no more than Fallujah.")


def test_a_pronoun_object_may_stand_for_a_name_in_the_subjects_relative_clause(nlp) -> None:
    text = "Syria fears Russia. Iraq, which shares a border with Syria, has supplied it with weapons."
    found = facts(nlp, text)
    assert ("Iraq", "backs", "Syria") in found and ("Iraq", "backs", "Russia") not in found


def test_a_coined_word_before_front_is_the_front_alone(nlp) -> None:
    text = ("Guerrillas of the Zandaro Front attacked the town. A Zandaro spokesman said the Zandaro had taken it."
            " National Front leaders met. National leaders spoke.")
    doc = nlp(text)
    shortened = [(e.text, e._.frontline_canonical) for e in doc.ents if e.text == "Zandaro"]
    assert shortened == [("Zandaro", "Zandaro Front")] * 2
    # "National" is an English word, not a name of its own
    assert "National" not in {e.text for e in doc.ents}


def test_the_town_before_any_town_is_named_is_the_datelines(nlp) -> None:
    text = (
        "FALLUJAH, Iraq — The Kalden Brigade, which had held this town since June, gave up on Monday. "
        "Iraqi troops marched into the town in the afternoon. "
        "Officers said the Kalden Brigade had once held the old colonial city too."
    )
    found = {(actor(r.subject), r.predicate, actor(r.object).lower()) for r in relations(nlp, text) if r.is_fact}
    assert ("Iraqi army", "controls", "fallujah") in found
    assert ("Kalden Brigade", "controls", "fallujah") in found  # "this town", held until Monday
    # a described part ("the old colonial city") is no bare "the city"
    assert sum(1 for s, p, o in found if s == "Kalden Brigade" and p == "controls") == 1


def test_whoever_voices_support_for_a_campaign_backs_its_owner(nlp) -> None:
    found = facts(nlp, "The United States, which has voiced support for the Ethiopian offensive, said it sent no troops.")
    assert ("United States", "backs", "Ethiopia") in found
    assert ("Russia", "backs", "Sudan") in facts(nlp, "Russia openly backed Sudan's campaign in the south.")
    assert ("Russia", "backs", "Sudan") not in facts(nlp, "Russia won support for Sudan's campaign in the south.")


def test_an_emperor_of_a_country_leads_it(nlp) -> None:
    assert ("Tomas II", "leads", "Brazil") in facts(nlp, "Emperor Tomas II of Brazil watched the parade.")
    assert ("Ode Ambo", "leads", "Ethiopia") in facts(nlp, "Ethiopia's emperor, Ode Ambo, watched the parade.")


def test_fell_on_a_date_to_a_group_is_a_gain_whatever_the_date_holds(nlp) -> None:
    # the parser hangs "to X" on the day's number
    assert ("Kalden Brigade", "controls", "Kazan") in facts(nlp, "Kazan fell on Aug. 7 to the Kalden Brigade.")


def test_a_capture_weeks_after_another_in_a_long_clause_is_the_news(nlp) -> None:
    text = (
        "Soviet troops recaptured Kazan on Tuesday, driving the rebels from the Volga city five weeks after "
        "Czech legionaries and the Samara-based Kalden Brigade seized it."
    )
    ranks = {actor(r.subject): r.timeline_rank for r in relations(nlp, text) if r.predicate == "controls" and r.is_fact}
    assert ranks.get("Kalden Brigade") == 0  # the older capture, however far "after" stands from it
    assert 1 in ranks.values()


def test_an_army_of_a_ranked_general_is_led_by_him_and_a_division_belonging_to_it_is_its_part(nlp) -> None:
    text = "Sato's division belongs to the Japanese 15th Army of Lt. Gen. Renya Mutaguchi, which crossed into India in March."
    doc = nlp("Lt. Gen. Kotoku Sato commands a division. " + text)
    assert "15th Army" in {e.text for e in doc.ents}  # the general is no part of the army's name
    found = facts(nlp, "Lt. Gen. Kotoku Sato commands a division. " + text)
    assert ("Renya Mutaguchi", "leads", "15th Army") in found
    assert ("Kotoku Sato", "partOf", "15th Army") in found  # (his division: resolution makes it the unit he leads)
    assert not any(p == "memberOf" and o == "Japan" for s, p, o in found)


def test_a_group_belonging_to_an_alliance_is_its_member_and_they_belong_to_nobody_guessed(nlp) -> None:
    found = facts(nlp, "The Kalden Brigade belongs to the Northern Alliance. The Tarbo Brigade belongs to the Kalden Army.")
    assert ("Kalden Brigade", "memberOf", "Northern Alliance") in found
    assert ("Tarbo Brigade", "partOf", "Kalden Army") in found
    found = facts(nlp, "The border guards are not part of the Kalden Army: they belong to the Tarbo Brigade.")
    assert not any(o == "Tarbo Brigade" for s, p, o in found)


def test_the_town_is_not_the_region_named_after_hills(nlp) -> None:
    text = "The division reached Kohima, in the Naga Hills of Assam, in April. It overran most of the town."
    assert ("Kohima", "Assam") != next(((s, o) for s, p, o in facts(nlp, text) if p == "controls"), ("", ""))
    assert any(p == "controls" and o == "Kohima" for s, p, o in facts(nlp, "The Kalden Brigade reached Kohima, in the Naga Hills of Assam, in April. It overran most of the town."))


def test_the_man_after_of_closing_a_bodys_name_leads_it(nlp) -> None:
    # (the model reads the man's name as the body's)
    text = "The coalition includes the Union for Peace in Kalden (UPK) of Omar Tabbas, the Tarbo movement and others."
    assert ("Omar Tabbas", "leads", "Union for Peace in Kalden") in facts(nlp, text)
    # a bearing and a land after "of" are no man's name
    doc = nlp("The Tarbo Front of Southern Sudan attacked the town.")
    assert not any(e._.frontline_kind == "Person" for e in doc.ents)


def test_troops_sent_to_bolster_a_side_back_it(nlp) -> None:
    assert ("Russia", "backs", "Kalden Brigade") in facts(nlp, "Russia sent troops to bolster the Kalden Brigade.")


def test_a_peoples_fleet_is_its_navy(nlp) -> None:
    found = facts(nlp, "The Brazilian navy destroyed much of the Paraguayan fleet at Riachuelo in June.")
    assert ("Brazilian navy", "fights", "Paraguayan navy") in found


def test_an_accusation_of_financing_levelled_at_two_states_is_no_opposition(nlp) -> None:
    found = facts(nlp, "Moscow accuses Britain and France of engineering the revolt and of financing the rebels.")
    assert not any(p == "opposes" for s, p, o in found)


def test_a_force_that_turned_against_a_government_fights_it(nlp) -> None:
    assert ("Kalden Brigade", "fights", "Northern Front") in facts(nlp, "The Kalden Brigade turned against the Northern Front last year.")


def test_a_body_said_to_be_part_of_another_is_its_part_and_what_it_is_also_said_to_be_is_its_too(nlp) -> None:
    found = facts(nlp, "The Kalden Brigade is formally part of the Northern Army and is paid by France.")
    assert ("Kalden Brigade", "partOf", "Northern Army") in found
    assert ("France", "backs", "Kalden Brigade") in found
    denied = relations(nlp, "The Kalden Brigade is not part of the Northern Army.")
    assert [r.is_fact for r in denied if r.predicate == "partOf"] == [False]



def test_a_group_set_off_as_a_mans_group_is_led_by_him(nlp) -> None:
    found = facts(nlp, "The Kalden Front, the Islamist group of Omar Dastin, pushed the MNLA out of Timbuktu on Thursday.")
    assert ("Omar Dastin", "leads", "Kalden Front") in found
    assert not any(p == "leads" for s, p, o in facts(nlp, "The Kalden Front, the armed group of Sudan, attacked Tarbo."))


def test_one_of_a_bodys_commanders_is_its_member(nlp) -> None:
    for text in (
        "Omar Dastin, one of the Kalden Front's senior commanders, has been seen in Timbuktu.",
        "Omar Dastin, one of the commanders of the Kalden Front, has been seen in Timbuktu.",
    ):
        assert any(p == "memberOf" and o == "Kalden Front" for s, p, o in facts(nlp, text)), text
    # a people is no body; "the movement" is too loose a guess
    text = "The truce was read out by Omar Dastin, one of the three spiritual leaders of Syria's Druze."
    assert not any(p == "memberOf" for s, p, o in facts(nlp, text))


def test_who_leads_a_body_named_in_a_charge_is_the_writers_description(nlp) -> None:
    text = "Sudan accuses Ethiopia of arming the Kalden Liberation Army, the southern rebel movement led by John Garang."
    stated = {(actor(r.subject), r.predicate, actor(r.object)): r for r in relations(nlp, text)}
    assert stated[("John Garang", "leads", "Kalden Liberation Army")].is_fact
    assert not stated[("Ethiopia", "backs", "Kalden Liberation Army")].is_fact  # the charge itself stays Sudan's


def test_the_allied_force_is_one_body_named_as_the_story_names_it(nlp) -> None:
    found = facts(nlp, "Omar Dastin, who commands the allied armies, watched the parade.")
    assert ("Omar Dastin", "leads", "Allied forces") in found
    doc = nlp("Allied Forces Kalden Mission, or AFKM, landed at dawn. The Allied command said the port was quiet.")
    named = {(e.text, e._.frontline_canonical) for e in doc.ents}
    assert ("AFKM", "Allied Forces Kalden Mission") in named  # a name spelled out before ", or" and its initials
    assert ("Allied command", "Allied Forces Kalden Mission") in named
    assert not any(e.text == "allied militias" for e in nlp("The government and allied militias took the town.").ents)


def test_a_place_set_off_as_someones_birthplace_is_what_a_clause_after_it_holds(nlp) -> None:
    text = "Soviet commanders said on Tuesday that Simbirsk, Lenin's birthplace, which the Kalden Brigade has held since July, would fall within days."
    assert ("Kalden Brigade", "controls", "Simbirsk") in facts(nlp, text)


def test_an_accusation_of_colluding_is_no_opposition(nlp) -> None:
    found = facts(nlp, "Mali accuses the Kalden Front of colluding with the Tarbo Brigade, a charge the rebels deny.")
    assert not any(p == "opposes" for s, p, o in found)


def test_arms_lent_flown_in_or_sent_for_a_side_back_it(nlp) -> None:
    assert ("British Army", "backs", "National Army") in facts(nlp, "The shelling was done with two field guns lent to the National Army by the British Army.")
    assert ("Russia", "backs", "Kyrgyz army") in facts(nlp, "Russia has flown in ammunition for the Kyrgyz army.")
    assert not any(p == "backs" for s, p, o in facts(nlp, "Russian jets flew sorties over the Kalden Brigade's lines."))
    # flying ammunition to someone is a charge, no opposition to the one accused
    assert not any(p == "opposes" for s, p, o in facts(nlp, "The rebels accused Libya of flying ammunition to the army."))


def test_a_town_described_with_a_landmark_before_where_it_lies(nlp) -> None:
    found = facts(nlp, "They would move on Mariupol, the port city on the Sea of Azov in the south of the Donetsk region.")
    assert ("Mariupol", "locatedIn", "Donetsk region") in found
    found = facts(nlp, "He was taken near La Higuera, a hamlet of adobe houses in the mountains of Santa Cruz department.")
    assert ("La Higuera", "locatedIn", "Santa Cruz") in found


def test_a_regions_districts_of_a_and_b_lie_in_it(nlp) -> None:
    found = facts(nlp, "The Tigers killed civilians in the Eastern Province districts of Trincomalee and Batticaloa.")
    assert {("Trincomalee", "locatedIn", "Eastern Province"), ("Batticaloa", "locatedIn", "Eastern Province")} <= found


def test_a_town_lying_in_a_states_province_lies_in_the_province(nlp) -> None:
    found = facts(nlp, "The town of Heglig lies in Sudan's South Kordofan state, near the border.")
    assert ("Heglig", "locatedIn", "South Kordofan state") in found
    assert ("Heglig", "locatedIn", "Sudan") not in found  # (the province lies in Sudan, read of its own)


def test_lord_is_a_title_before_a_name(nlp) -> None:
    doc = nlp("South East Asia Command, headed by Admiral Lord Louis Mountbatten, said the fighting was over.")
    assert "Louis Mountbatten" in {e.text for e in doc.ents if e._.frontline_kind == "Person"}
    assert "Lord's Resistance Army" in {e.text for e in nlp("The Lord's Resistance Army attacked the town.").ents}


def test_whoever_chairs_a_body_leads_it(nlp) -> None:
    assert ("Omar Dastin", "leads", "Kalden Council") in facts(nlp, "The Kalden Council, chaired by Omar Dastin, met on Monday.")
    assert ("Omar Dastin", "leads", "Kalden Council") in facts(nlp, "Omar Dastin chairs the Kalden Council.")


def test_a_bodys_information_secretary_speaks_for_it(nlp) -> None:
    text = '"Tarbo is free," Omar Dastin, the Kalden Front\'s information secretary, told reporters.'
    assert ("Omar Dastin", "spokespersonFor", "Kalden Front") in facts(nlp, text)


def test_members_named_by_of_which_or_a_coalition_that_includes(nlp) -> None:
    text = "Leaders of the Southern African Development Community (SADC), of which Mozambique is a member, met in Maputo."
    assert ("Mozambique", "memberOf", "Southern African Development Community") in facts(nlp, text)
    text = ("The Kalden Forces, a coalition of Darfur movements that includes Omar Dastin's Tarbo Movement and the Zorbi Front, "
            "have fought alongside the army.")
    found = facts(nlp, text)
    assert {("Tarbo Movement", "memberOf", "Kalden Forces"), ("Zorbi Front", "memberOf", "Kalden Forces")} <= found
    assert ("Omar Dastin", "memberOf", "Kalden Forces") not in found


def test_a_tuareg_name_with_ag_is_one_person(nlp) -> None:
    found = facts(nlp, "The Kalden Front, the Islamist group of Iyad Ag Ghaly, pushed the MNLA out of Timbuktu.")
    assert ("Iyad Ag Ghaly", "leads", "Kalden Front") in found


def test_a_railway_is_ground_held_and_lies_in_no_town_it_is_named_after(nlp) -> None:
    text = "The Kalden Legion rose in May. Its units now hold most of the Trans-Siberian Railway between the Volga and the Pacific."
    assert ("Kalden Legion", "controls", "Trans-Siberian Railway") in facts(nlp, text)
    found = facts(nlp, "The Kalden Brigade cut the Zagreb-Belgrade highway on Monday.")
    assert not any(p == "locatedIn" for s, p, o in found)


def test_who_leads_a_body_named_inside_a_claim_is_the_writers_description(nlp) -> None:
    text = "Radio Zorbi has claimed that Tarbo has fallen to the Kalden Liberation Army of Omar Dastin, which the army denies."
    stated = {(actor(r.subject), r.predicate, actor(r.object)): r for r in relations(nlp, text)}
    assert stated[("Omar Dastin", "leads", "Kalden Liberation Army")].is_fact
    assert not stated[("Kalden Liberation Army", "controls", "Tarbo")].is_fact  # the claim itself stays the radio's
    # "its spokesman" is the extractor's guess of whose: it stays inside the denial
    text = "The Kalden Front said the Zorbi Brigade had fled; the ministry, through its spokesman Omar Dastin, denied it."
    assert not any(p == "spokespersonFor" for s, p, o in facts(nlp, text))


def test_royal_and_imperial_troops_are_the_home_army(nlp) -> None:
    context = "KATHMANDU, Nepal — Nepal's king ruled alone for a year. "
    found = facts(nlp, context + "The royal army still holds Dhangadhi and Birendranagar in the west.")
    assert {("Nepalese army", "controls", "Dhangadhi"), ("Nepalese army", "controls", "Birendranagar")} <= found
    context = "ADDIS ABABA, Ethiopia — "
    found = facts(nlp, context + "Ras Kalden, who commands the imperial army, is massing it near Dessie.")
    assert ("Ras Kalden", "leads", "Ethiopian army") in found


def test_an_outlet_after_an_unnamed_author_is_no_actor(nlp) -> None:
    text = (
        "Rebels hold Tarbo\n\nBy a staff correspondent | Kalden Press | June 2, 1954\n\n"
        "ZORBA — Rebel forces held the town of Tarbo on Tuesday. The rebels also hold Mesko."
    )
    found = facts(nlp, text)
    assert not any("Kalden" in s for s, p, o in found), found


def test_a_towns_own_garrison_is_no_actor(nlp) -> None:
    text = (
        "The rebel radio said the Kalden Front had taken Tarbo. The army called the report false. "
        '"Tarbo is in the hands of its garrison," said Omar Dastin.'
    )
    assert ("Kalden Front", "controls", "Tarbo") not in facts(nlp, text)


def test_a_short_denial_of_this_disputes_the_sentence_before(nlp) -> None:
    text = "The Kalden Front said on Monday that it had taken Tarbo. The government denied this."
    assert ("Kalden Front", "controls", "Tarbo") not in facts(nlp, text)
    text = "Omar Dastin said Zorbia and Meskia had armed the Kalden Front. All three deny it."
    assert not any(p == "backs" for s, p, o in facts(nlp, text))
    # a denial with a clause of its own says something else
    text = "The Kalden Front took Tarbo on Monday. The army denied it had shelled the market."
    assert ("Kalden Front", "controls", "Tarbo") in facts(nlp, text)


def test_troops_and_police_who_say_they_took_a_town_are_named_speakers(nlp) -> None:
    text = "Malaysian troops and police said on Thursday they had taken control of Semporna."
    assert ("Malaysian army", "controls", "Semporna") in facts(nlp, text)


def test_rejecting_a_ceasefire_gainsays_nothing_said_before_it(nlp) -> None:
    text = (
        "Malaysian troops said on Thursday they had taken control of Semporna, and the government "
        "rejected a ceasefire announced by the sultan's camp."
    )
    assert ("Malaysian army", "controls", "Semporna") in facts(nlp, text)
    text = "Omar Dastin said Russia had armed the Kalden Front, and the Russian government rejected {}."
    assert ("Russia", "backs", "Kalden Front") in facts(nlp, text.format("a ceasefire"))
    assert ("Russia", "backs", "Kalden Front") not in facts(nlp, text.format("the claim"))


def test_a_government_spokesman_speaks_for_the_government_just_named(nlp) -> None:
    text = (
        "LAHAD DATU, Malaysia — Malaysian troops hold Semporna. The Philippine government has kept its distance. "
        "President Benigno Aquino III has urged calm, and government spokesman Omar Dastin said Manila had no part in it."
    )
    found = facts(nlp, text)
    assert ("Omar Dastin", "spokespersonFor", "Philippine government") in found
    assert ("Omar Dastin", "spokespersonFor", "Malaysian government") not in found


def test_against_hung_on_the_ally_is_the_fight_of_both(nlp) -> None:
    found = facts(nlp, "The Kalden Militia has fought beside Japanese units against the Zorbi Front on the Imphal front.")
    assert {("Kalden Militia", "fights", "Zorbi Front"), ("Japanese army", "fights", "Zorbi Front")} <= found


def test_allied_itself_with_backs_whom_with_names(nlp) -> None:
    assert ("Kalden Front", "backs", "Zorbi Brigade") in facts(nlp, "The Kalden Front allied itself with the Zorbi Brigade.")
    text = "Omar Dastin, who has since allied himself with the Zorbi Brigade, returned to Jowhar."
    assert ("Omar Dastin", "backs", "Zorbi Brigade") in facts(nlp, text)


def test_its_ally_in_a_support_phrase_is_the_doers(nlp) -> None:
    text = (
        "The Kalden Front is the strongest armed group in Lebanon. About 60,000 people were evacuated from northern "
        "Israel after the group began firing rockets on October 8 last year, in support of its Palestinian ally Hamas "
        "after the attack on southern Israel."
    )
    found = facts(nlp, text)
    assert ("Hamas", "backs", "Kalden Front") in found
    assert ("Hamas", "backs", "Israel") not in found


def test_leaders_named_after_a_describing_noun_or_a_long_participle(nlp) -> None:
    text = "The Kalden Front, led by the self-styled prophet Omar Dastin, has fought the government since 1987."
    assert ("Omar Dastin", "leads", "Kalden Front") in facts(nlp, text)
    # (the parser made "founded" the subject and the name the participle's)
    text = "The ELN, founded in 1964 and estimated to have around 6,000 members, is commanded by Omar Dastin."
    assert ("Omar Dastin", "leads", "ELN") in facts(nlp, text)


def test_a_numbered_unit_after_a_peoples_word_or_a_countrys_is_its_army(nlp) -> None:
    found = facts(nlp, "JESSORE — The Pakistani 107th Infantry Brigade, which had been ordered to hold Jessore, pulled out.")
    assert ("107th Infantry Brigade", "partOf", "Pakistani army") in found
    found = facts(nlp, "MOSCOW — Columns of Russia's 58th Army poured through the tunnel into Georgia.")
    assert ("58th Army", "partOf", "Russian army") in found
    assert not any(o == "Russia" for s, p, o in found if p == "partOf")  # the army is no alias of its country
    found = facts(nlp, "XUAN LOC — The ARVN 18th Division held off repeated assaults for almost two weeks.")
    assert ("18th Division", "partOf", "ARVN") in found
    found = facts(nlp, "SAIGON — The Kalden Front 18th Division held off repeated assaults.")
    assert ("18th Division", "partOf", "Kalden Front") in found


def test_as_did_after_a_hold_with_its_time_names_one_place_more(nlp) -> None:
    text = "ADDIS ABABA — The holy city of Aksum remained in Ethiopian hands tonight, as did Makalle, the chief town of eastern Tigre."
    assert ("Ethiopian army", "controls", "Makalle") in facts(nlp, text)


def test_a_government_named_by_a_rulers_surname_the_tagger_missed(nlp) -> None:
    text = (
        "GUATEMALA CITY, Guatemala — Rebels are fighting the government of President Jacobo Árbenz Guzmán. "
        "Washington pointed to the freighter Alfhem, which unloaded at Puerto Barrios last month some 2,000 tons of rifles "
        "and ammunition that Czechoslovakia had supplied to the Árbenz government."
    )
    assert ("Czechoslovakia", "backs", "Guatemalan government") in facts(nlp, text)


def test_police_hands_and_a_police_spokesman_are_the_storys_police(nlp) -> None:
    text = "PORT-AU-PRINCE, Haiti — The Kalden National Police has 10,000 officers. Gangs attacked Jacmel, which remained firmly in police hands."
    assert ("Kalden National Police", "controls", "Jacmel") in facts(nlp, text)
    text = "PORT-AU-PRINCE, Haiti — Gangs attacked Jacmel. Police spokesman Jean Dastin said Jacmel remained firmly in police hands."
    found = facts(nlp, text)
    assert {("Jean Dastin", "spokespersonFor", "Haitian police"), ("Haitian police", "controls", "Jacmel")} <= found


def test_members_an_alliance_is_said_to_include(nlp) -> None:
    found = facts(nlp, "Members of the Kalden Alliance include the Zorbi Front and the Mesko Brigade.")
    assert {("Zorbi Front", "memberOf", "Kalden Alliance"), ("Mesko Brigade", "memberOf", "Kalden Alliance")} <= found
    found = facts(nlp, "The Kalden Alliance includes the Zorbi Front and the Mesko Brigade.")
    assert ("Mesko Brigade", "memberOf", "Kalden Alliance") in found
    assert not any(p == "memberOf" for s, p, o in facts(nlp, "The Kalden Province includes Tarbo and Mesko."))
    # a list that goes on after a description set off by commas gives the description's verb no second agent
    text = "Other members of the Kalden Alliance include the Zorbi Front, a former rival led by Omar Dastin, and the Mesko Brigade."
    found = facts(nlp, text)
    assert ("Omar Dastin", "leads", "Zorbi Front") in found and ("Mesko Brigade", "leads", "Zorbi Front") not in found


def test_a_group_described_as_at_war_with_a_state_fights_it(nlp) -> None:
    text = "JUBA — Omar Dastin said fighters of the Kalden Front, a Darfur rebel group at war with Khartoum, fought alongside government troops."
    found = facts(nlp, text)
    assert ("Kalden Front", "fights", "Sudan") in found
    assert not any(s.endswith("army") and p == "fights" and o == "Sudan" for s, p, o in found)  # no army fights its own state


def test_a_director_general_heads_the_service(nlp) -> None:
    text = "The Kalden National Police has 10,000 officers. Its new director general, Omar Dastin, was appointed this month."
    found = facts(nlp, text)
    assert ("Omar Dastin", "leads", "Kalden National Police") in found
    assert ("Omar Dastin", "memberOf", "Kalden National Police") not in found


def test_a_named_federation_of_gangs_is_the_body_named(nlp) -> None:
    text = 'Omar Dastin, a former police officer known as "Barbecue" who heads the G9 federation of gangs, warned in March.'
    assert any(s == "Omar Dastin" and p == "leads" and o.startswith("G9") for s, p, o in facts(nlp, text))


def test_the_coalition_after_a_coalition_called_x_and_a_title_joined_to_an_owned_one(nlp) -> None:
    text = (
        "The Zorbi-led force was authorised in October and reached the capital. Gangs closed ranks under a coalition "
        'called Kalden Ansanm, or "Living Together", and attacked police stations. '
        "The coalition's best-known figure and spokesman, Omar Dastin, warned that the country would slide into war."
    )
    found = facts(nlp, text)
    assert ("Omar Dastin", "spokespersonFor", "Kalden Ansanm") in found
    assert not any(p == "spokespersonFor" and o != "Kalden Ansanm" for s, p, o in found)


def test_the_government_of_a_ruler_is_the_country_his_clause_names(nlp) -> None:
    context = "HELSINKI, Finland — Finnish troops held Suomussalmi. "
    text = context + "But the government of Prime Minister Omar Dastin has refused to commit the Swedish army and says Sweden would fight only if attacked."
    found = facts(nlp, text)
    assert ("Omar Dastin", "leads", "Swedish government") in found
    assert ("Omar Dastin", "leads", "Finnish government") not in found
    # a clause naming the story's own country too keeps the story's own
    text = context + "The government of President Omar Dastin accused Sweden of arming Finland's enemies."
    assert ("Omar Dastin", "leads", "Swedish government") not in facts(nlp, text)


def test_led_after_a_comma_leads_the_body_before_it_not_a_place_something_comes_from(nlp) -> None:
    text = "KAMPALA — Uganda also backs the Kalden Movement for Liberation (KML), led by Omar Dastin, which controls much of Equateur province."
    found = facts(nlp, text)
    assert ("Omar Dastin", "leads", "Kalden Movement for Liberation") in found
    assert ("Omar Dastin", "leads", "Uganda") not in found
    text = "ADDIS ABABA — Diplomats said a joint team from the United States and Rwanda, led by Omar Dastin, the U.S. envoy, had drafted the plan."
    assert not any(p == "leads" for s, p, o in facts(nlp, text))


def test_taking_over_a_capital_and_what_it_includes(nlp) -> None:
    text = "SAIGON — By evening North Vietnamese troops had taken over the South Vietnamese capital, Saigon."
    assert ("North Vietnamese army", "controls", "Saigon") in facts(nlp, text)  # (the parser's "over X", no particle)
    text = "The Kalden Front had taken over the city of Fallujah, including its airport and the Fallujah General Hospital."
    assert ("Kalden Front", "controls", "Fallujah General Hospital") in facts(nlp, text)


def test_two_force_nouns_one_peoples_word_owns(nlp) -> None:
    text = (
        "PRISTINA — Russian paratroopers hold the airport. "
        "British tanks and paratroopers of the peacekeeping force took over the centre of Pristina on Sunday."
    )
    found = facts(nlp, text)
    assert ("British army", "controls", "Pristina") in found
    assert ("Russian army", "controls", "Pristina") not in found


def test_police_as_a_subject_are_the_storys_police(nlp) -> None:
    text = "PORT-AU-PRINCE, Haiti — The Kalden National Police has 10,000 officers. Local officials said police were still holding Jacmel late on Monday."
    assert ("Kalden National Police", "controls", "Jacmel") in facts(nlp, text)


def test_members_a_bloc_is_said_to_have_and_list_items_with_acronyms(nlp) -> None:
    text = "Envoys from the Kalden Union, the regional bloc whose members include Kenya, Uganda and Sudan, met on Tuesday."
    found = facts(nlp, text)
    assert {("Kenya", "memberOf", "Kalden Union"), ("Sudan", "memberOf", "Kalden Union")} <= found
    # an item of a list may carry its acronym in brackets
    text = "The Zorbi Front belongs to the Kalden Alliance, together with the Mesko Brigade (MB) and the Tarbo Movement (TM)."
    assert ("Tarbo Movement", "memberOf", "Kalden Alliance") in facts(nlp, text)
    text = "Omar Dastin, head of the Kalden Council, an alliance of militant groups based in Fallujah that includes his own Zorbi Front, spoke."
    assert ("Zorbi Front", "memberOf", "Kalden Council") in facts(nlp, text)


def test_a_diplomat_is_a_member_of_the_state_he_speaks_for(nlp) -> None:
    found = facts(nlp, "Omar Dastin, the Soviet delegate, said the matter was a colonial question.")
    assert ("Omar Dastin", "memberOf", "Soviet Union") in found
    assert ("Omar Dastin", "memberOf", "Soviet government") not in found
    # the story's own state's minister stays a member of its government
    text = "PARIS — French troops left Mali. French Defence Minister Jean Dastin flew to Chad."
    assert ("Jean Dastin", "memberOf", "French government") in facts(nlp, text)
    # "its" opening the clause after a semicolon is the first clause's subject's, not the nearest name's
    text = "The United States condemned India's resort to force; its ambassador in New Delhi, Omar Dastin, had urged restraint."
    found = facts(nlp, text)
    assert ("Omar Dastin", "memberOf", "United States") in found
    assert not any(o in {"India", "Indian government"} for s, p, o in found if s == "Omar Dastin")


def test_a_proposal_sponsored_by_states_is_backed_by_nobody_named(nlp) -> None:
    text = (
        "In New York, a Security Council resolution sponsored by the United States, Britain, France and Turkey, "
        "calling for an immediate ceasefire, was vetoed late on Monday by the Soviet Union."
    )
    assert not any(p == "backs" for s, p, o in facts(nlp, text))


def test_places_held_as_well_as_the_enclaves_of_others(nlp) -> None:
    text = "The Kalden Front now holds all of Fallujah as well as the smaller enclaves of Ramadi and Hit, on the coast to the north."
    assert {("Kalden Front", "controls", "Ramadi"), ("Kalden Front", "controls", "Hit")} <= facts(nlp, text)


def test_a_state_that_stands_with_a_side_backs_it(nlp) -> None:
    assert ("United States", "backs", "Kalden Front") in facts(nlp, "The United States said it stood with the Kalden Front.")
    assert ("United States", "backs", "Kalden Front") in facts(nlp, "The United States stands firmly behind the Kalden Front.")


def test_a_press_officer_speaks_for_the_body(nlp) -> None:
    found = facts(nlp, "Captain Omar Dastin, press officer of the Kalden Front, called the report an invention.")
    assert ("Omar Dastin", "spokespersonFor", "Kalden Front") in found
    assert ("Omar Dastin", "memberOf", "Kalden Front") not in found


def test_a_building_placed_in_another_town_is_not_the_one_named_before(nlp) -> None:
    text = (
        "QUITO — Omar Dastin was found missing from the Guayaquil Regional prison on Sunday. "
        "On Tuesday Jean Dastin escaped from the prison in Riobamba with dozens of other inmates."
    )
    found = {(s, p, o) for s, p, o in facts(nlp, text) if p == "locatedIn"}
    assert ("Guayaquil Regional prison", "locatedIn", "Riobamba") not in found
    # "the hospital in X" after a hospital named without a town may be that one
    text = "Fighters shelled the Saudi Hospital on Monday. Doctors said the hospital in El Fasher had been hit twice."
    assert ("Saudi Hospital", "locatedIn", "El Fasher") in facts(nlp, text)


def test_whose_president_names_the_states_leader(nlp) -> None:
    text = "Turkey, whose President Omar Dastin faces a Kurdish insurgency of his own, has reinforced its frontier."
    assert ("Omar Dastin", "leads", "Turkey") in facts(nlp, text)
    # a place closing a body's name is no state the leader heads
    text = "The Kalden Council for the Revolution in Iraq, whose leader, Omar Dastin, lives in exile in Tehran, is armed by Iran."
    assert ("Omar Dastin", "leads", "Iraq") not in facts(nlp, text)


def test_a_body_named_with_its_leader_after_a_place_of_its_name(nlp) -> None:
    text = "The Front includes Zebari's party, led by Omar Dastin, and the Patriotic Union of Kurdistan of Jalal Talabani."
    assert ("Jalal Talabani", "leads", "Patriotic Union of Kurdistan") in facts(nlp, text)


def test_held_by_after_a_stretch_of_time(nlp) -> None:
    text = "Fighters attacked the Amahoro stadium. The stadium has been held throughout the fighting by the Kalden Front, which shelters refugees there."
    assert ("Kalden Front", "controls", "Amahoro stadium") in facts(nlp, text)
    text = "Iraq has been financed throughout the war by Kuwait and Saudi Arabia."
    assert ("Kuwait", "backs", "Iraq") in facts(nlp, text)


def test_a_peoples_men_of_a_numbered_unit_make_it_part_of_their_army(nlp) -> None:
    text = "FALLUJAH — Iraqi commandos of the 36th Commando Battalion seized the Fallujah General Hospital on Monday."
    assert ("36th Commando Battalion", "partOf", "Iraqi army") in facts(nlp, text)


def test_a_seat_of_government_taken_is_a_building(nlp) -> None:
    assert ("Kalden Front", "controls", "State House") in facts(nlp, "The Kalden Front recaptured State House four days later.")
    # a house of a parliament is no building anyone takes
    assert not any(p == "controls" for s, p, o in facts(nlp, "The Kalden Front controls the House of Representatives."))


def test_men_described_after_a_name_act_for_it_in_their_relative_clause(nlp) -> None:
    text = "The Zorbi Council, the renegade soldiers who allied themselves with the Kalden Front, poured into the city."
    assert ("Zorbi Council", "backs", "Kalden Front") in facts(nlp, text)


def test_a_unit_commanded_by_a_rulers_kin_named_after_the_noun(nlp) -> None:
    text = "Units of the Kalden Guard, commanded by the president's son Omar Dastin, have also been sent to Saada."
    assert ("Omar Dastin", "leads", "Kalden Guard") in facts(nlp, text)


def test_no_object_past_the_end_of_a_quotation(nlp) -> None:
    text = (
        '"China firmly opposes any fighting that threatens the security of our border and the safety of Chinese citizens, '
        'and urges all parties to cease fire immediately," foreign ministry spokesman Lin Jian told a regular briefing in Beijing.'
    )
    assert not any(o == "Lin Jian" for s, p, o in facts(nlp, text))


def test_it_after_a_capital_as_subject_is_its_country(nlp) -> None:
    text = "Vietnamese troops held Lang Son. Beijing has given several reasons for the war. It opposes Vietnam over its invasion of Cambodia."
    found = facts(nlp, text)
    assert ("China", "opposes", "Vietnam") in found
    assert ("Vietnamese army", "opposes", "Vietnam") not in found


def test_an_unnamed_alliance_is_no_states_guard(nlp) -> None:
    text = (
        "Rebels fought the Presidential Guard around the palace. A spokesman for the rebel alliance called the pull-out a "
        "tactical withdrawal. The alliance, which has vowed to overthrow Déby's government, brings together three groups."
    )
    assert not any(s == "Presidential Guard" and p == "opposes" for s, p, o in facts(nlp, text))


def test_rebels_are_never_the_monitor_that_reported_them(nlp) -> None:
    text = (
        "By Tuesday afternoon Syrian troops held the town, according to the Syrian Observatory for Human Rights, a Britain-based "
        "monitor. Saraqeb first fell to government forces in early February. Rebel factions retook it on February 27 in an "
        "assault led by the National Front for Liberation (NLF), an alliance of Turkish-backed factions."
    )
    assert not any(s == "Syrian Observatory for Human Rights" for s, p, o in facts(nlp, text))


def test_sides_said_to_hold_a_place_together_never_fought_over_it(nlp) -> None:
    text = (
        "Syrian troops retook Saraqeb on Monday. The Kalden Front said its fighters had entered Saraqeb on Tuesday. "
        "By Tuesday afternoon Syrian troops and the Kalden Front held the town, witnesses said."
    )
    found = facts(nlp, text)
    assert ("Syrian army", "fights", "Kalden Front") not in found and ("Kalden Front", "fights", "Syrian army") not in found


def test_said_from_a_place_that_someone_holds_another_is_no_hold_of_the_first(nlp) -> None:
    text = "The movement's spokesman, Omar Dastin, said by telephone from London that Kalden Front fighters still controlled parts of Omdurman."
    assert not any(r.object.name == "London" for r in relations(nlp, text))


def test_a_place_set_off_by_a_description_remains_in_the_hands_of_a_list(nlp) -> None:
    text = "Eastern Slavonia, the Serb-held strip of Croatia along the Danube, was untouched and remains in the hands of the Kalden Front."
    assert ("Kalden Front", "controls", "Eastern Slavonia") in facts(nlp, text)
    text = "Security in Beddawi, as in the camps near the southern city of Sidon, remains in the hands of the Kalden Front."
    assert ("Kalden Front", "controls", "Beddawi") in facts(nlp, text)


def test_the_only_town_still_in_army_hands(nlp) -> None:
    text = "KHARTOUM — Sudanese troops fought the RSF. El Fasher, in North Darfur, is the only one still in army hands."
    assert ("Sudanese army", "controls", "El Fasher") in facts(nlp, text)


def test_a_states_ministry_named_in_lower_case_is_a_body_of_its_own(nlp) -> None:
    text = "Omar Dastin, a spokesman for Moldova's defence ministry, which is headed by Jean Dastin, said so."
    found = facts(nlp, text)
    assert {("Omar Dastin", "spokespersonFor", "Moldovan Defence Ministry"), ("Jean Dastin", "leads", "Moldovan Defence Ministry")} <= found
    assert ("Omar Dastin", "spokespersonFor", "Moldova") not in found


def test_a_ministry_named_by_its_demonym_is_a_body_of_its_own(nlp) -> None:
    found = facts(nlp, "Omar Dastin, the Moldovan defence ministry's spokesman, denied the report.")
    assert ("Omar Dastin", "spokespersonFor", "Moldovan Defence Ministry") in found
    assert ("Omar Dastin", "spokespersonFor", "Moldova") not in found


def test_its_troops_after_a_ministry_are_the_army(nlp) -> None:
    found = facts(nlp, "Russia's defence ministry said its troops had taken Avdiivka.")
    assert ("Russian army", "controls", "Avdiivka") in found
    assert not any(s == "Russian Defence Ministry" and p == "controls" for s, p, _o in found)


def test_the_mission_is_the_one_peacekeeping_force_named(nlp) -> None:
    text = 'UNIFIL troops stayed in their posts. "We are staying in all positions," said Omar Dastin, a spokesman for the mission.'
    assert ("Omar Dastin", "spokespersonFor", "UNIFIL") in facts(nlp, text)


def test_abandoned_to_the_advancing_army_inside_a_broken_clause(nlp) -> None:
    text = (
        "Salamanca was forced from office on Tuesday, ten days after Bolivian troops abandoned Fort Ballivián, "
        "their most important stronghold in the Chaco Boreal, to the advancing Paraguayan army."
    )
    found = relations(nlp, text)
    assert any(r.subject.name == "Bolivian army" and r.object.name == "Fort Ballivián" and r.control_change == "loss" for r in found)
    assert any(r.subject.name == "Paraguayan army" and r.object.name == "Fort Ballivián" and r.control_change == "gain" for r in found)


def test_the_gang_alliance_that_dominates_most_of_the_capital(nlp) -> None:
    text = "The assault was the work of Viv Ansanm, the gang alliance that already dominates most of the capital, Port-au-Prince, and it is bold."
    assert ("Viv Ansanm", "controls", "Port-au-Prince") in facts(nlp, text)


def test_the_city_is_no_region_a_rising_spread_across(nlp) -> None:
    text = (
        "Kirkuk had been in rebel hands for a week. Its loss is the heaviest blow yet to the uprising that spread across "
        "Iraqi Kurdistan in March. Government troops pushed into the city on Thursday and had secured it by Friday."
    )
    found = facts(nlp, text)
    assert not any(o == "Kurdistan" for s, p, o in found if p == "controls")


def test_positions_in_a_district_of_a_province_are_whoever_holds_them(nlp) -> None:
    text = (
        "MARIB, Yemen — Yemeni troops hold the city. Kalden Front fighters attacked government positions in Raghwan district "
        "of Marib province over the weekend, the army said."
    )
    found = facts(nlp, text)
    assert ("Kalden Front", "fights", "Yemeni army") in found
    assert not any(o.endswith("province") for s, p, o in found if p == "fights")


def test_which_they_occupied_the_same_evening(nlp) -> None:
    text = "The Spanish army then gave up Dar Drius, which the Kalden Front occupied the same evening."
    found = relations(nlp, text)
    assert any(actor(r.subject) == "Kalden Front" and r.object.name == "Dar Drius" and r.control_change == "gain" for r in found)
    assert any(r.subject.name == "Spanish army" and r.object.name == "Dar Drius" and r.control_change == "loss" for r in found)



def test_a_favela_described_after_its_name_is_what_the_relative_clause_says_is_held(nlp) -> None:
    text = "Police raided Rocinha, the city's largest favela, which is controlled by Amigos dos Amigos, a rival gang."
    assert ("Amigos dos Amigos", "controls", "Rocinha") in facts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Kalden Front has fought the Comando Vermelho, the city's largest gang, for years.",
        "The Kalden Front has fought the Comando Vermelho, or Red Command, the city's largest drug faction, for years.",
    ],
)
def test_a_gang_or_drug_faction_described_after_its_name_is_an_armed_group(nlp, text: str) -> None:
    fought = [r.object for r in relations(nlp, text) if r.predicate == "fights"]
    assert fought and all(m.name == "Comando Vermelho" and m.kind == "ArmedGroup" for m in fought)


def test_two_districts_of_a_region_that_remain_under_a_states_control(nlp) -> None:
    text = "Rebels attacked Ochamchire and Zugdidi, two districts of Abkhazia that remain under Georgian control."
    assert {("Georgian army", "controls", "Ochamchire"), ("Georgian army", "controls", "Zugdidi")} <= facts(nlp, text)


def test_a_noun_after_a_participles_own_agent_is_not_what_it_describes(nlp) -> None:
    text = "The forces moved in from several directions at 8 a.m., led by BOPE, the special operations battalion of the state Military Police."
    assert not any(s == "BOPE" and p == "leads" for s, p, o in facts(nlp, text))


def test_a_state_in_a_story_of_a_region_named_like_another_state(nlp) -> None:
    text = (
        "BELFAST, Northern Ireland — Troops moved into Andersonstown on Monday. London has governed Northern Ireland "
        "directly since March, when the government of Prime Minister Edward Heath suspended the Stormont parliament."
    )
    assert ("Edward Heath", "leads", "British government") in facts(nlp, text)


def test_a_warship_is_an_armed_unit_of_its_navy_by_any_of_its_names(nlp) -> None:
    text = (
        "On Monday the Royal Navy cruiser HMS Fox entered the harbour. On Wednesday the Fox shelled Kalden Front positions "
        "in the town. Last month HMS Pegasus was sunk in the harbour by the Zorban cruiser Konigsfeld. "
        "The Royal Navy is now hunting the Konigsfeld."
    )
    found = facts(nlp, text)
    assert {("HMS Fox", "partOf", "Royal Navy"), ("HMS Fox", "fights", "Kalden Front"), ("Royal Navy", "fights", "Konigsfeld")} <= found


def test_a_unit_told_apart_by_a_letter(nlp) -> None:
    text = "A second column, Kaldean Expeditionary Force C under Brigadier-General Omar Dastin, attacked the town."
    assert ("Omar Dastin", "leads", "Kaldean Expeditionary Force C") in facts(nlp, text)


def test_the_mosque_is_the_mosque_named_before(nlp) -> None:
    text = "Fighting centred on the Krue Se mosque. By late afternoon the Kalden Front had taken over the mosque."
    assert ("Kalden Front", "controls", "Krue Se mosque") in facts(nlp, text)


def test_police_officers_and_soldiers_are_the_storys_police_and_army(nlp) -> None:
    text = (
        "RIO DE JANEIRO, Brazil — The Military Police set up Police Pacification Units last year. "
        "About 2,600 police officers, soldiers and marines occupied Vila Cruzeiro, a favela in the north zone, on Sunday."
    )
    found = facts(nlp, text)
    assert {("Military Police", "controls", "Vila Cruzeiro"), ("Brazilian army", "controls", "Vila Cruzeiro")} <= found


def test_a_cluster_of_favelas_is_a_place(nlp) -> None:
    text = "The Kalden Front occupied the Complexo do Alemão, a sprawling cluster of hillside favelas in the north zone, on Sunday."
    assert any(r.object.name == "Complexo do Alemão" and r.object.kind == "Place" for r in relations(nlp, text))


def test_a_people_fought_is_its_states_army(nlp) -> None:
    found = facts(nlp, "Colonel Omar Dastin sent him 2,500 troops, and the Libyans fought the Tanzanians at Lukaya in March.")
    assert ("Libyan army", "fights", "Tanzanian army") in found


def test_sharing_intelligence_is_help(nlp) -> None:
    found = facts(nlp, "Moldova has lent Kaldia two cargo planes, and Romania is sharing intelligence with the Chadian and Nigerien armies.")
    assert ("Romania", "backs", "Chadian army") in found


def test_insurgents_linked_to_a_group_are_none_of_its_own(nlp) -> None:
    found = facts(nlp, "Islamic State-linked insurgents seized Palma in March.")
    assert not any(s == "Islamic State" for s, p, o in found)


def test_fighting_alongside_an_ally_against_a_foe_when_the_parse_breaks(nlp) -> None:
    text = "The Viet Cong, the armed wing of the Provisional Revolutionary Government, fought alongside northern divisions against the last ARVN defenders of the capital."
    assert ("Viet Cong", "fights", "ARVN") in facts(nlp, text)


@pytest.mark.parametrize(
    ("text", "fought"),
    [
        ("Kalden Front retakes Zorba Palace and Zorba airport as RSF pulls back from the capital", ("Kalden Front", "fights", "RSF")),
        ("Israeli troops pull back from Bint Jbeil as the Kalden Front holds its ground", ("Israeli army", "fights", "Kalden Front")),
    ],
)
def test_headline_two_places_taken_or_a_side_holding_its_ground(nlp, text: str, fought: tuple[str, str, str]) -> None:
    assert fought in facts(nlp, text)


def test_a_body_named_for_its_subject_after_on(nlp) -> None:
    text = '"The gangs dig in," said Ode Kalem, a researcher at the Caribbean Observatory on Armed Violence in Port-au-Prince.'
    found = facts(nlp, text)
    assert ("Ode Kalem", "memberOf", "Caribbean Observatory on Armed Violence") in found
    assert not any(p == "backs" for s, p, o in found)
    text = "The UN Security Council on Monday condemned the attack by the Kalden Front."
    assert any(e.text == "UN Security Council" for e in nlp(text).ents)


def test_a_share_of_a_city_under_the_control_of_a_coalitions_gangs(nlp) -> None:
    text = (
        "Gangs closed ranks under a coalition called Viv Ansanm. About 80 percent of Port-au-Prince, including "
        "Ode Kalem's stronghold of Delmas 6, is now under the control of the coalition's gangs, UN officials estimate."
    )
    assert ("Viv Ansanm", "controls", "Port-au-Prince") in facts(nlp, text)


def test_the_facility_is_the_one_named_before(nlp) -> None:
    text = "The Kalden Front attacked the Zorba Refinery on Monday. By evening the facility was in the hands of the Dastin Brigade."
    assert ("Dastin Brigade", "controls", "Zorba Refinery") in facts(nlp, text)


def test_both_groups_are_the_two_named_before(nlp) -> None:
    found = facts(nlp, "The Kalden Front and the Dastin Brigade took Zorba. Iran has armed both groups for years.")
    assert {("Iran", "backs", "Kalden Front"), ("Iran", "backs", "Dastin Brigade")} <= found


def test_all_three_groups_after_a_list_with_a_clause_set_off(nlp) -> None:
    text = (
        "The Badr Organisation, whose leader Hadi al-Amiri commanded much of the front, and the hardline factions "
        "Kataib Hezbollah and Asaib Ahl al-Haq, all members of the Popular Mobilisation, supplied most of the manpower. "
        "Iran has trained and armed all three groups for years."
    )
    found = facts(nlp, text)
    assert {("Iran", "backs", name) for name in ("Badr Organisation", "Kataib Hezbollah", "Asaib Ahl al-Haq")} <= found


def test_a_peoples_gendarmerie_and_the_gendarmes(nlp) -> None:
    text = (
        "UN troops overran Camp Massart, the Katangese gendarmerie's headquarters. Radio Katanga said the gendarmes had "
        "retaken the Tunnel. Jadotville and Kolwezi, the copper towns of the west, remain in gendarmerie hands."
    )
    found = facts(nlp, text)
    assert {("Katangese Gendarmerie", "controls", "Jadotville"), ("Katangese Gendarmerie", "controls", "Kolwezi")} <= found
    text = "Omar Dastin, a former gendarmerie officer trained in France, seized power on Anjouan in 2001."
    assert not any(p == "leads" and o == "France" for s, p, o in facts(nlp, text))


def test_of_two_bare_presidents_the_one_the_story_names_most_is_its_own(nlp) -> None:
    text = (
        "Rwanda's army retook Gabiro from the Kalden Front. The front would march on Kigali if President Tomas Arkel "
        "refused to talk. Arkel's government accuses Uganda of arming the front. President Kiro Tala, who was in New "
        "York with Arkel, denies this. Arkel said on Monday the war was over."
    )
    found = facts(nlp, text)
    assert ("Tomas Arkel", "leads", "Rwandan government") in found
    assert ("Kiro Tala", "leads", "Rwandan government") not in found


def test_a_foreign_states_minister_speaks_for_the_state_the_storys_own_for_its_government(nlp) -> None:
    text = (
        "ALEPPO, Syria — Syrian troops took the last districts of Aleppo. Syria's foreign minister, Omar Dastin, "
        "called it a victory. Sergei Lavrov, the Russian foreign minister, said the ceasefire would hold."
    )
    found = facts(nlp, text)
    assert ("Sergei Lavrov", "memberOf", "Russia") in found
    assert ("Omar Dastin", "memberOf", "Syrian government") in found


def test_who_heads_a_body_described_after_it(nlp) -> None:
    text = (
        "Zhiuli Shartava, who heads the Council of Ministers of Abkhazia, the Tbilisi-backed body that ran the city, "
        "was reported to have been seized."
    )
    assert ("Zhiuli Shartava", "leads", "Council of Ministers of Abkhazia") in facts(nlp, text)


def test_a_named_states_government_troops_are_its_army_in_a_story_about_another(nlp) -> None:
    text = (
        "ASMARA, Eritrea — Eritrean troops held Barentu. Addis Ababa accuses Eritrea of arming the Kalden Front, "
        "which has fought Ethiopian government troops in the south for years."
    )
    found = facts(nlp, text)
    assert ("Ethiopia", "fights", "Eritrean army") not in found
    assert not any(o == "Eritrean army" for s, p, o in found if s in {"Kalden Front", "Ethiopia"})


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("The tanks belong to the Kalden Liberation Army, the regular military force of the Kalden Front.", ("Kalden Liberation Army", "Kalden Front")),
        ("The crisis came after the Zorbi Brigade, a Marxist faction of the Kalden Front led by Omar Dastin, seized several airliners.", ("Zorbi Brigade", "Kalden Front")),
        ("The Kalden Front's armed wing, the Kalden Liberation Army, still fights the army.", ("Kalden Liberation Army", "Kalden Front")),
        ("UNIFIL, the United Nations peacekeeping force in southern Lebanon, said its positions were hit.", ("UNIFIL", "United Nations")),
        ("Fighters from the Zorbi Front and the Seventh Front, both units of the Eastern Bloc, carried out the assault.", ("Seventh Front", "Eastern Bloc")),
    ],
)
def test_a_body_described_as_part_of_another(nlp, text: str, part: tuple[str, str]) -> None:
    assert (part[0], "partOf", part[1]) in facts(nlp, text)


def test_an_attack_beaten_off_is_its_owners(nlp) -> None:
    assert ("Kalden Front", "fights", "Japanese army") in facts(nlp, "The Kalden Front repelled a Japanese attack on the airfield.")


def test_troops_that_now_hold_a_town_after_a_garrison_gave_up(nlp) -> None:
    text = (
        "The siege of Kars ended in November. The Kalden Front garrison laid down its arms on November 28, and Russian troops now hold "
        "the town, its citadel and the ring of redoubts on the heights above the river."
    )
    found = facts(nlp, text)
    assert ("Russian army", "controls", "Kars") in found
    assert not any(s.startswith("Kalden Front") and p == "controls" for s, p, o in found)


def test_a_head_of_government_fought_is_the_government(nlp) -> None:
    text = "ADDIS ABABA, Ethiopia — Omar Dastin heads the Ethiopian government. The Kalden Front has fought Omar Dastin since 2020."
    found = facts(nlp, text)
    assert ("Kalden Front", "fights", "Ethiopian government") in found
    assert ("Kalden Front", "fights", "Omar Dastin") not in found


def test_the_area_around_a_place_is_the_place(nlp) -> None:
    text = "The raid hit a camp near Angostura, a jungle hamlet, and the Kalden Front fled across the Putumayo River. Ecuadorian troops secured the area around Angostura on Sunday."
    found = facts(nlp, text)
    assert ("Ecuadorian army", "controls", "Angostura") in found
    assert ("Ecuadorian army", "controls", "Putumayo River") not in found


def test_listed_as_terrorists_as_does_another_state(nlp) -> None:
    text = "The United States and the European Union list the Kalden Front as a terrorist organisation, as does India, which outlawed it in 1991."
    assert ("India", "opposes", "Kalden Front") in facts(nlp, text)



def test_a_headline_force_sweeps_into_two_places(nlp) -> None:
    found = relations(nlp, "British troops sweep into Bogside and Creggan as Londonderry's no-go areas fall without a fight")
    assert {r.object.name for r in found if r.subject.name == "British army" and r.control_change == "gain"} == {"Bogside", "Creggan"}


def test_a_place_described_as_held_by_an_actor(nlp) -> None:
    # the description set off after the name, with words before "-held"
    found = facts(nlp, "The army has regrouped around Marvesh, the last large government-held town in central Mali.")
    assert ("Malian government", "controls", "Marvesh") in found
    # a people's word: the state's forces hold it, as "in Ukrainian hands" says
    found = facts(nlp, "Russian forces could push towards Pokrovsk, a Ukrainian-held logistics hub about 40 km to the north-west.")
    assert ("Ukrainian army", "controls", "Pokrovsk") in found
    assert ("Ukraine", "controls", "Pokrovsk") not in found


def test_fighting_alongside_the_troops_is_beside_the_storys_army(nlp) -> None:
    text = "Somali troops shelled Hargeisa on Monday. The Kalden Front has fought alongside the troops against the Zorbi Movement."
    found = facts(nlp, text)
    assert ("Kalden Front", "backs", "Somali army") in found
    assert ("Somali army", "fights", "Zorbi Movement") in found


def test_beside_them_fought_names_the_side_after_the_verb(nlp) -> None:
    text = "The Estonian forces at Marvesh belong to the 3rd Division. Beside them fought the Kalden Brigade, a few thousand volunteers."
    found = facts(nlp, text)
    assert ("Kalden Brigade", "backs", "Estonian army") in found
    assert not any(p == "fights" for _s, p, _o in found)


def test_a_peoples_word_before_a_preposition_is_no_part_of_a_title(nlp) -> None:
    found = facts(nlp, "Latvian volunteers under Colonel Omar Dastin fought on.")
    assert not any(s == "Omar Dastin" and p == "memberOf" for s, p, _o in found)
    # "the general staff" is a body, not a general: the name before it is no member
    found = facts(nlp, "By evening the Kalden Front was falling back towards Marvesh, the Estonian general staff said.")
    assert not any(p == "memberOf" for _s, p, _o in found)


def test_a_place_with_a_relative_clause_naming_others_remains_in_a_sides_hands(nlp) -> None:
    text = "Wenden, which the Latvians call Cesis and the Estonians Vonnu, remains in Estonian hands."
    assert ("Estonian army", "controls", "Wenden") in facts(nlp, text)


def test_a_party_described_after_its_name_is_that_party(nlp) -> None:
    found = facts(nlp, "Vanguardia Popular, the communist party led by Manuel Mora, called a strike.")
    assert ("Manuel Mora", "leads", "Vanguardia Popular") in found


def test_a_relative_clause_says_the_name_before_it_is_an_ally(nlp) -> None:
    found = facts(nlp, "The Kalden Front, which has long been an ally of Ethiopia, called a strike.")
    assert ("Kalden Front", "backs", "Ethiopia") in found


def test_the_guard_is_the_guard_named_before(nlp) -> None:
    text = "Units of Kaldea's National Guard crossed the border. The Guard is commanded by General Omar Dastin. The Guard still holds Leon."
    found = facts(nlp, text)
    assert ("Omar Dastin", "leads", "National Guard") in found
    assert ("National Guard", "controls", "Leon") in found


def test_also_fighting_one_side_was_another(nlp) -> None:
    found = facts(nlp, "Also fighting the Kalden Front in the capital was the Zorbi Brigade, a former rebel group.")
    assert ("Zorbi Brigade", "fights", "Kalden Front") in found
    assert ("Kalden Front", "fights", "Zorbi Brigade") not in found


def test_attacked_soldiers_and_a_named_forces_posts(nlp) -> None:
    found = facts(nlp, "The Kalden Front has repeatedly attacked soldiers and Zorbi Corps posts across the province.")
    assert ("Kalden Front", "fights", "Zorbi Corps") in found


def test_a_province_described_with_two_words_and_its_capital(nlp) -> None:
    text = (
        "Fighting spread to Islamabad on Monday. The Kalden Front demands independence for Balochistan, "
        "Pakistan's largest and poorest province, of which Quetta is the capital."
    )
    found = facts(nlp, text)
    assert ("Balochistan", "locatedIn", "Pakistan") in found
    assert ("Quetta", "locatedIn", "Balochistan") in found
    assert ("Quetta", "locatedIn", "Islamabad") not in found


def test_a_stretch_of_a_pass_lies_in_the_pass(nlp) -> None:
    assert ("Mashkaf", "locatedIn", "Bolan Pass") in facts(nlp, "The Kalden Front held a tunnel near Mashkaf, a remote stretch of the Bolan Pass.")


def test_a_name_only_ever_after_locatives_is_a_place_whatever_the_model_says(nlp) -> None:
    doc = nlp("The train stopped near Mashkaf. Security forces now control the area around Mashkaf, he said.")
    assert {e._.frontline_kind for e in doc.ents if e.text == "Mashkaf"} == {"Place"}


def test_his_men_in_a_clause_joined_by_and_are_the_first_clauses_subjects(nlp) -> None:
    text = (
        "Omar Dastin, the leader of the Kalden Front rebel coalition, which fought President Kurt Zorbe's government "
        "for years with foreign arms and money, broke with his patrons last year, and his fighters in the hills have "
        "since clashed repeatedly with Libyan troops."
    )
    fighting = [r for r in relations(nlp, text) if r.predicate == "fights" and r.object.name == "Libyan army"]
    assert fighting and {r.subject.commander for r in fighting} == {"Omar Dastin"}


def test_a_countrys_regulars_and_cavalry_are_its_army(nlp) -> None:
    text = "The ministry denied reports that Russian cavalry had entered Marvesh, and said the city was held by Turkish regulars."
    found = relations(nlp, text)
    assert any((r.subject.name, r.predicate, r.object.name) == ("Turkish army", "controls", "Marvesh") and r.is_fact for r in found)
    assert any(r.subject.name == "Russian army" and r.predicate == "controls" and not r.is_fact for r in found)


def test_the_town_is_not_the_department_named_after_it(nlp) -> None:
    text = (
        "BOGOTÁ, Colombia — Colombian army troops have regained control of Mitú, the capital of the remote Amazon "
        "department of Vaupés, three days after hundreds of Kalden Front guerrillas overran the town, officers said."
    )
    found = facts(nlp, text)
    assert ("Kalden Front", "controls", "Mitú") in found
    assert not any(o == "Vaupés" for _s, p, o in found if p == "controls")


def test_a_country_named_as_a_measure_rules_nothing(nlp) -> None:
    text = (
        "BOGOTÁ, Colombia — The government of President Omar Dastin is due to pull troops out of five towns "
        "in the south, an area the size of Switzerland, as a condition set by the Kalden Front for talks."
    )
    found = facts(nlp, text)
    assert ("Omar Dastin", "leads", "Colombian government") in found
    assert ("Omar Dastin", "leads", "Swiss government") not in found


def test_a_bodys_commander_named_after_the_copula(nlp) -> None:
    assert ("Omar Dastin", "leads", "Kalden Front") in facts(nlp, "The Kalden Front's field commander is Omar Dastin, a former policeman.")


def test_a_side_holding_part_of_a_country_holds_no_country(nlp) -> None:
    found = facts(nlp, "Since late last year the Kalden Front has controlled most of western Uganda, including the towns of Fort Portal and Kasese.")
    assert ("Kalden Front", "controls", "Fort Portal") in found
    assert ("Kalden Front", "controls", "Uganda") not in found
    found = facts(nlp, "The committee sits in Lublin, a city in Soviet-held eastern Poland.")
    assert not any(p == "controls" and o == "Poland" for _s, p, o in found)


def test_the_port_city_of_a_town_is_no_port(nlp) -> None:
    text = (
        "Conakry denies supplying the Kalden Front\n\nA second movement, which split from the Kalden Front this year, "
        "seized the port city of Buchanan on July 28 after government troops fled."
    )
    doc = nlp(text)
    assert not any(e._.frontline_kind == "Facility" for e in doc.ents)


def test_two_peoples_lines_attacked_are_both_armies(nlp) -> None:
    found = facts(nlp, "The Kalden Front attacked the Estonian and Latvian lines on Thursday.")
    assert {("Kalden Front", "fights", "Estonian army"), ("Kalden Front", "fights", "Latvian army")} <= found
    # the same two peoples as the subject, the first read as a subject of its own
    found = facts(nlp, "Soviet and Mongolian troops have driven the Kalden Front back behind the river.")
    assert {("Soviet army", "fights", "Kalden Front"), ("Mongolian army", "fights", "Kalden Front")} <= found


def test_backing_told_after_a_halt_as_what_is_done_now(nlp) -> None:
    text = (
        "The Soviet Union, which signed a friendship treaty with Somalia in 1974, has halted arms deliveries to "
        "Mogadishu and is now shipping weapons to the Kalden Front, a shift Omar Dastin failed to reverse."
    )
    found = facts(nlp, text)
    assert ("Soviet Union", "backs", "Kalden Front") in found
    assert not any(p == "backs" and o in {"Somalia", "Mogadishu"} for _s, p, o in found)
    # "and has since delivered X for B": the parser reads "since" as a preposition
    text = "Kenya flew paratroopers into Bosaso on October 4 and has since delivered ammunition for the Somali army."
    assert ("Kenya", "backs", "Somali army") in facts(nlp, text)


def test_it_fought_in_a_joined_clause_is_the_first_clauses_subject(nlp) -> None:
    found = facts(nlp, "The Kalden Front has also raided French posts in Mauritania this year, and French troops there have fought it.")
    assert ("French army", "fights", "Kalden Front") in found
    assert ("French army", "fights", "Mauritania") not in found


def test_fighting_for_independence_from_a_state_fights_it(nlp) -> None:
    found = facts(nlp, "The militants belong to the Kalden Front, which is fighting for independence from France.")
    assert ("Kalden Front", "fights", "France") in found


def test_a_village_named_with_an_article_particle_is_one_place(nlp) -> None:
    found = facts(nlp, "Israeli troops now hold the hilltop village of Marvesh al-Dora, which looks down on the valley.")
    assert ("Israeli army", "controls", "Marvesh al-Dora") in found


def test_scattering_a_brigade_fights_it(nlp) -> None:
    found = facts(nlp, "Chinese infantry scattered the 7th Infantry Brigade.")
    assert ("Chinese army", "fights", "7th Infantry Brigade") in found


def test_a_second_verb_hung_on_a_misread_object_has_no_subject_there(nlp) -> None:
    # the parser reads "overran" as part of the noun "positions" and makes that the root:
    # the brigade scattered is not fought by the positions' owner
    text = (
        "In the east, Chinese infantry overran Indian positions along the Namka Chu, a mountain stream below the "
        "Thag La ridge, before dawn on Saturday and scattered the 7th Infantry Brigade."
    )
    found = facts(nlp, text)
    assert ("Chinese army", "fights", "Indian army") in found
    assert ("Indian army", "fights", "7th Infantry Brigade") not in found


def test_a_volunteer_battalion_is_named_with_its_noun(nlp) -> None:
    doc = nlp("Zorbi Marvesh, the commander of the Dorlane volunteer battalion, was wounded this week.")
    assert ("Dorlane volunteer battalion", "ArmedGroup") in {(e.text, e._.frontline_kind) for e in doc.ents}


def test_a_body_described_as_fighting_for_a_government_backs_it(nlp) -> None:
    found = facts(nlp, "The Marvesh Brigade, a mercenary unit fighting for the Congolese government, entered the town.")
    assert ("Marvesh Brigade", "backs", "Congolese government") in found
    found = facts(nlp, "The Marvesh Brigade, a militia fighting the Congolese army, entered the town.")
    assert ("Marvesh Brigade", "fights", "Congolese army") in found
    found = facts(nlp, "The Marvesh Brigade, a militia fighting alongside Zorbi Kalde, entered the town.")
    assert ("Marvesh Brigade", "fights", "Zorbi Kalde") not in found


def test_coming_to_rely_on_a_force_is_done(nlp) -> None:
    rows = [r for r in relations(nlp, "Zorbi Kalde came to rely on the Marvesh Brigade.") if r.predicate == "backs"]
    assert [(actor(r.subject), actor(r.object), r.is_fact) for r in rows] == [("Marvesh Brigade", "Zorbi Kalde", True)]


def test_remaining_a_lifeline_backs(nlp) -> None:
    assert ("South Africa", "backs", "Rhodesia") in facts(nlp, "South Africa remains Rhodesia's lifeline for fuel and arms.")
    assert ("Iran", "backs", "Syria") in facts(nlp, "Iran became Syria's main ally.")


def test_a_land_under_its_governor_is_no_person(nlp) -> None:
    doc = nlp("Kalden, under Governor Zorbi Marvesh, has sent its state police to fight beside the Brazilian army.")
    kinds = {e.text: e._.frontline_kind for e in doc.ents}
    assert kinds["Kalden"] == "Place" and kinds["Zorbi Marvesh"] == "Person"
    # the governor set off after the land is not the one who sends (the parser makes
    # "under" a subordinator and the governor a subject)
    assert not any(s == "Zorbi Marvesh" and p == "backs" for s, p, _o in facts(nlp, doc.text))


def test_a_country_under_its_president_is_led_by_him(nlp) -> None:
    found = facts(nlp, "Uganda, under President Zorbi Marvesh, has sent troops to fight beside the Congolese army.")
    assert ("Zorbi Marvesh", "leads", "Uganda") in found
    assert ("Uganda", "backs", "Congolese army") in found
    assert ("Zorbi Marvesh", "backs", "Congolese army") not in found
    found = facts(nlp, "Troops arrived from Chad and Niger under the command of General Zorbi Kalde.")
    assert not any(p == "leads" and o in {"Chad", "Niger"} for _s, p, o in found)


def test_its_on_the_object_is_the_clauses_land(nlp) -> None:
    text = (
        "The Kalden rebels hold the passes. Dorlane, under Governor Zorbi Kalde, has sent its state police "
        "to fight beside the Brazilian army."
    )
    found = facts(nlp, text)
    assert not any(s.startswith("Kalden") and p == "backs" for s, p, _o in found)


def test_fighters_of_a_group_are_not_named_for_where_they_attacked(nlp) -> None:
    found = facts(nlp, "Fighters of the Kalden Army attacked police stations in Marvesh Town and seized Dorlane.")
    assert ("Kalden Army", "controls", "Dorlane") in found
    assert not any("Marvesh" in s for s, _p, _o in found)


def test_a_kings_or_queens_regiment_keeps_its_title(nlp) -> None:
    doc = nlp("The Queen's Own Highlanders recaptured Dorlane on Tuesday.")
    assert "Queen's Own Highlanders" in {e.text for e in doc.ents}
    assert ("Queen's Own Highlanders", "controls", "Dorlane") in facts(nlp, doc.text)


def test_a_cape_and_an_island_named_apart(nlp) -> None:
    doc = nlp("Eritrean soldiers remain entrenched on the hill at Ras Doumeira and on the small island of Doumeira, officers said.")
    assert {"Ras Doumeira", "Doumeira"} <= {e.text for e in doc.ents if e._.frontline_kind == "Place"}
    assert ("Eritrean army", "controls", "Ras Doumeira") in facts(nlp, doc.text)


def test_reinforcing_the_garrison_at_a_town_holds_it(nlp) -> None:
    text = "The Chadian army has pulled back to positions to the south and reinforced the garrison at Dorlane, the nearest town."
    assert ("Chadian army", "controls", "Dorlane") in facts(nlp, text)


def test_a_hyphened_modifier_is_the_writers_description_under_a_hedge(nlp) -> None:
    found = facts(nlp, "The movement's political leader is believed to live in Taliban-ruled Afghanistan.")
    assert ("Taliban", "controls", "Afghanistan") in found


def test_a_sponsored_accord_is_no_backing_of_who_approved_it(nlp) -> None:
    # (with the modifier read as the writer's description, the rejection no longer hides it)
    text = "The Arab League-sponsored accord that Lebanese members of parliament approved last October holds."
    assert not any(s == "Arab League" and p == "backs" for s, p, _o in facts(nlp, text))


def test_a_sponsored_accord_backs_nobody_named_in_its_relative_clause(nlp) -> None:
    text = "He rejected the Taif Agreement, the Arab League-sponsored accord that Lebanese members of parliament approved last October."
    assert not any(s == "Arab League" and p == "backs" for s, p, _o in facts(nlp, text))


def test_ground_held_or_defended_against_a_side_fights_it(nlp) -> None:
    assert ("Marvesh Front", "fights", "Kalden Army") in facts(nlp, "The Marvesh Front held the bridge against the Kalden Army for three days.")
    assert ("Marvesh Front", "fights", "Kalden Army") in facts(nlp, "The Marvesh Front defended the town against the Kalden Army.")
    found = facts(nlp, "The Marvesh Front held the town and sent men to fight against the Kalden Army.")
    assert ("Marvesh Front", "fights", "Kalden Army") not in found


def test_a_state_bound_by_treaty_to_another_backs_it(nlp) -> None:
    found = facts(nlp, "The decisive factor has been Chad, which is bound to France by a mutual defence treaty signed in 1960.")
    assert ("Chad", "backs", "France") in found
    assert ("Chad", "backs", "France") not in facts(nlp, "Chad is bound to France by history and language.")


def test_pushing_into_a_foes_downtown_stronghold_fights_it_without_taking_it(nlp) -> None:
    found = facts(nlp, "The Kalden Front pushed deep into Dorlane, the downtown stronghold of the Marvesh Army, on Tuesday.")
    assert ("Kalden Front", "fights", "Marvesh Army") in found
    assert ("Kalden Front", "controls", "Dorlane") not in found


def test_holding_out_around_towns_holds_them(nlp) -> None:
    found = facts(nlp, "Fighters of the Kalden Front were still holding out on Sunday around Glina and Dvor, officers said.")
    assert {("Kalden Front", "controls", "Glina"), ("Kalden Front", "controls", "Dvor")} <= found


def test_the_side_holding_its_ground_holds_what_the_other_left(nlp) -> None:
    found = facts(nlp, "The army pulled back from Dorlane as the Kalden Front held its ground.")
    assert ("Kalden Front", "controls", "Dorlane") in found


def test_giving_way_before_a_sides_push_fights_it(nlp) -> None:
    assert ("Kalden Front", "fights", "Marvesh Army") in facts(nlp, "The Kalden Front retreated before the Marvesh Army's advance.")
    found = facts(nlp, "The Kalden Front withdrew in the face of an offensive by the Marvesh Army.")
    assert ("Kalden Front", "fights", "Marvesh Army") in found
    assert not any(p == "fights" for _s, p, _o in facts(nlp, "The Kalden Front withdrew before the rains came to Dorlane."))


def test_emerging_as_a_sides_ally_backs_it(nlp) -> None:
    assert ("Iran", "backs", "Kalden Front") in facts(nlp, "Iran has emerged as the Kalden Front's main ally.")
    found = facts(nlp, "Since March, Washington has replaced Britain as the Greek government's chief foreign patron.")
    assert ("United States", "backs", "Greek government") in found
    assert ("United Kingdom", "backs", "Greek government") not in found
    # only seen so: a perception, no fact
    assert ("Iran", "backs", "Kalden Front") not in facts(nlp, "Iran was seen as the Kalden Front's main ally.")


def test_arms_flown_in_for_a_side_back_it(nlp) -> None:
    text = "Moscow has flown in ammunition, grenade launchers and night-vision equipment for the Kyrgyz army, but no troops would be sent."
    assert ("Russia", "backs", "Kyrgyz army") in facts(nlp, text)
    assert not facts(nlp, "Moscow has flown in doctors for the wounded of the Kyrgyz army.")


def test_the_sultan_of_a_state_named_after_it_leads_it(nlp) -> None:
    found = facts(nlp, "On Saturday the Sultan of Brunei, Sir Omar Ali Saifuddien, declared a state of emergency.")
    assert ("Omar Ali Saifuddien", "leads", "Brunei") in found


def test_his_government_is_named_for_him_not_for_the_words_between(nlp) -> None:
    rows = relations(nlp, "Zorbi Marvesh said on Monday that his government fully supported the Kalden Front.")
    names = {r.subject.text for r in rows if r.predicate == "backs"}
    assert names == {"Zorbi Marvesh's government"}, names


def test_nobody_is_loyal_to_a_town_the_parser_hung_there(nlp) -> None:
    rows = [r for r in relations(nlp, "Fighters loyal to Zorbi Kalde still control Mamba Point.") if r.predicate == "controls"]
    assert [(r.subject.text, r.subject.commander, actor(r.object)) for r in rows] == [
        ("Fighters loyal to Zorbi Kalde", "Zorbi Kalde", "Mamba Point")
    ]


def test_the_plural_of_a_units_last_word_is_that_unit(nlp) -> None:
    text = (
        "Marines of 42 Commando came up the river in two lighters and landed beside the police station of Dorlane. "
        "By nightfall the commandos held the town."
    )
    assert ("42 Commando", "controls", "Dorlane") in facts(nlp, text)


def test_an_outsider_acting_with_a_home_force_backs_it(nlp) -> None:
    found = facts(nlp, "NIAMEY, Niger — Chadian troops and Nigerien soldiers retook the town of Dorlane from the Kalden Front on Sunday.")
    assert ("Chadian army", "backs", "Nigerien army") in found
    assert ("Nigerien army", "backs", "Chadian army") not in found
    found = facts(nlp, "BAMAKO, Mali — Malian soldiers and African Union troops held the town of Dorlane on Wednesday.")
    assert ("African Union", "backs", "Malian army") in found


def test_a_stateless_group_acting_with_a_foreign_army_backs_it(nlp) -> None:
    found = facts(nlp, "DHAKA, Bangladesh — Kalden Front guerrillas and Indian troops entered the town of Dorlane on Monday.")
    assert ("Kalden Front", "backs", "Indian army") in found
    assert ("Indian army", "backs", "Kalden Front") not in found


def test_two_outsiders_or_two_separate_acts_are_no_backing(nlp) -> None:
    found = facts(nlp, "BAMAKO, Mali — Chadian troops and Nigerien soldiers retook the town of Dorlane on Sunday.")
    assert not {f for f in found if f[1] == "backs"}, found
    text = "NIAMEY, Niger — Chadian troops retook the town of Dorlane, and Nigerien soldiers retook Mamba."
    assert not {f for f in facts(nlp, text) if f[1] == "backs"}


def test_a_peoples_army_troops_are_one_unit_the_army(nlp) -> None:
    found = facts(nlp, "Kenyan army troops have driven Ecuadorian soldiers from three small outposts.")
    assert ("Kenyan army", "fights", "Ecuadorian army") in found


def test_helicopters_and_jets_of_a_body_are_both_its(nlp) -> None:
    found = facts(nlp, "Kenyan troops, backed by helicopters and jets of the Kenyan Air Force, took Kalden.")
    assert ("Kenyan Air Force", "backs", "Kenyan army") in found


def test_places_set_off_after_a_plural_are_each_held(nlp) -> None:
    found = facts(nlp, "The two other positions, Goma and Bukavu, were also in Kenyan hands.")
    assert {("Kenyan army", "controls", "Goma"), ("Kenyan army", "controls", "Bukavu")} <= found
    text = "Peruvian troops seized three posts on Friday. The two other positions, Mayaycu and Machinaza, were also in Peruvian hands."
    assert {("Peruvian army", "controls", "Mayaycu"), ("Peruvian army", "controls", "Machinaza")} <= facts(nlp, text)


def test_who_is_driven_back_before_being_driven_is_the_clauses_subject(nlp) -> None:
    text = (
        "A year later the Kalden Front fought its way to the outskirts of Dorlane before being driven back by the "
        "Union Army, backed by fighters of the Tarbo Movement."
    )
    found = facts(nlp, text)
    assert ("Union Army", "fights", "Kalden Front") in found
    assert ("Tarbo Movement", "backs", "Union Army") in found


def test_troops_flown_in_from_a_country_are_their_own_states(nlp) -> None:
    found = facts(nlp, "French troops flown in from Gabon secured the capital's M'Poko international airport on Sunday.")
    assert ("French army", "controls", "M'Poko international airport") in found
    assert not {f for f in found if f[0] == "Gabon"}


def test_a_set_off_participle_with_by_is_passive(nlp) -> None:
    found = facts(nlp, "The Kalden Front, helped by Rwandan troops, took Goma.")
    assert ("Rwandan army", "backs", "Kalden Front") in found
    assert ("Kalden Front", "backs", "Rwandan army") not in found
    assert ("Serbian army", "backs", "Montenegro") in facts(nlp, "The Montenegrins, helped by Serbian troops, still lie before Scutari.")


def test_a_town_the_gazetteer_knows_called_a_fortress_is_a_town(nlp) -> None:
    text = (
        "Adrianople, the great fortress of Thrace, fell yesterday to the Bulgarian army. "
        "By noon Bulgarian infantry entered the town from the east."
    )
    found = facts(nlp, text)
    assert ("Bulgarian army", "controls", "Adrianople") in found
    assert not {f for f in found if f[1] == "controls" and f[2] != "Adrianople"}, found


def test_who_breaks_through_a_sides_lines_fights_it(nlp) -> None:
    text = (
        "In north-western Bosnia, the Bosnian army's 5th Corps, besieged in the Bihac pocket for three years, broke "
        "through the Krajina Serb and rebel Muslim lines around it and on Sunday linked up with Croatian troops."
    )
    assert ("5th Corps", "fights", "Krajina Serb") in facts(nlp, text)


def test_a_counted_part_of_a_sides_units_is_that_side(nlp) -> None:
    assert ("Iran", "backs", "Kalden Front") in facts(nlp, "Iran armed two of the Kalden Front's brigades.")


def test_a_bodys_sanction_of_a_force_backs_the_force(nlp) -> None:
    text = "The African Union last week endorsed a Kalden Joint Task Force of up to 10,000 troops from Nigeria, Chad and Niger."
    found = facts(nlp, text)
    assert ("African Union", "backs", "Kalden Joint Task Force") in found
    assert not {f for f in found if f[1] == "backs" and f[2] in {"Nigeria", "Chad", "Niger"}}, found
    text = "The Kalden Stabilisation Force was authorised by the UN Security Council last week to restore order."
    assert ("UN Security Council", "backs", "Kalden Stabilisation Force") in facts(nlp, text)


def test_years_of_war_against_a_side_are_a_fight_with_it(nlp) -> None:
    text = "The Kalden Front took Assab on Saturday, ending three decades of war against Ethiopian troops."
    assert ("Kalden Front", "fights", "Ethiopian army") in facts(nlp, text)


def test_a_side_that_melted_away_before_a_taking_was_fought(nlp) -> None:
    found = facts(nlp, "The Kalden Front took Dorlane on Saturday as Ugandan troops melted away.")
    assert ("Kalden Front", "fights", "Ugandan army") in found


def test_a_service_named_by_its_common_noun_is_the_storys_states(nlp) -> None:
    text = "COLOMBO, Sri Lanka — The army, backed by air force jets and navy gunboats, seized Jaffna town in December."
    found = facts(nlp, text)
    assert {("Sri Lankan air force", "backs", "Sri Lankan army"), ("Sri Lankan navy", "backs", "Sri Lankan army")} <= found
    assert not {f for f in facts(nlp, "The Royal Navy shelled the port of Kalden.") if "navy" in f[0]}
    # ("its air force": the state the pronoun stands for, not the story's)
    text = "KHARTOUM, Sudan — Ethiopia said on Monday that its air force had bombed Kalden Front positions near Gallabat."
    assert ("Ethiopian air force", "fights", "Kalden Front") in facts(nlp, text)


def test_the_city_is_no_place_named_as_heights(nlp) -> None:
    text = (
        "VALPARAISO, Chile — The Kalden Front marched into Valparaíso last evening, a few hours after it had routed "
        "the Tarbo Legion on the heights of Placilla, some eight miles south-east of the port. This morning the city "
        "is in the hands of the Kalden Front."
    )
    found = facts(nlp, text)
    assert ("Kalden Front", "controls", "Valparaíso") in found
    assert ("Kalden Front", "controls", "Placilla") not in found


def test_the_crossing_far_from_its_name_is_the_crossing_named_before(nlp) -> None:
    text = (
        "Moroccan troops clear Guerguerat crossing\n\nRABAT, Morocco — Moroccan troops moved into the buffer zone at "
        "Guerguerat on Friday and reopened the road to Mauritania.\n\nThe Royal Armed Forces said in a statement that "
        "they had set up a cordon. By Friday evening the crossing was in Moroccan hands."
    )
    assert ("Moroccan army", "controls", "Guerguerat crossing") in facts(nlp, text)


def test_whose_flag_flies_over_a_place_holds_it(nlp) -> None:
    text = "The Kalden Front's radio station said that the movement's flag was flying over the governor's palace in Huambo."
    assert ("Kalden Front", "controls", "governor's palace") in facts(nlp, text)
    # (a people's flag is its state's army's; no flag, no hold: "was flying over" is planes')
    assert ("Cambodian army", "controls", "Preah Vihear temple") in facts(nlp, "A Cambodian flag flew over the Preah Vihear temple on Tuesday.")
    assert not facts(nlp, "Bulgarian planes were flying over Adrianople.")


def test_troops_loyal_to_a_titled_man_are_one_subject(nlp) -> None:
    # (a title between "loyal to" and the name: "President", "former president")
    found = facts(nlp, "Soldiers loyal to President Tarbo Kalden were in control of Dorlane on Friday.")
    assert ("Tarbo Kalden", "controls", "Dorlane") in found


def test_a_countrys_capital_is_the_capital_the_story_names(nlp) -> None:
    text = "NAIROBI, Kenya — Soldiers loyal to President Tarbo Kalden were in control of Kenya's capital on Friday."
    assert ("Tarbo Kalden", "controls", "NAIROBI") in facts(nlp, text)


def test_a_place_handed_back_in_the_passive_goes_to_the_receiver(nlp) -> None:
    # (parsed with "was" a copula; "handed back to X" with X hung on the particle)
    text = "The town of Kismayo was formally returned to the Somali government on Friday, three months after it fell to al-Shabaab."
    found = facts(nlp, text)
    assert ("Somali government", "controls", "Kismayo") in found
    assert ("al-Shabaab", "controls", "Kismayo") in found  # (older news: the timeline orders them)
    assert ("Somali army", "controls", "Kismayo") in facts(nlp, "Kismayo was handed back to the Somali army on Friday.")


def test_a_chairwoman_leads_her_body(nlp) -> None:
    assert ("Tarbo Kalden", "leads", "Kalden Front") in facts(nlp, "Tarbo Kalden, chairwoman of the Kalden Front, condemned the attack.")


def test_marching_to_overthrow_a_government_is_fighting_it(nlp) -> None:
    found = facts(nlp, "The Kalden Front has been fighting for seven years to topple the Mexican government.")
    assert ("Kalden Front", "fights", "Mexican government") in found
    # (a vow is an aim, no fight yet; nor is a government "of X" placed by whose army marches)
    assert not facts(nlp, "The Kalden Front vowed to overthrow the Mexican government.")
    text = "PUEBLA, Mexico — The French army that marched inland to overthrow the government of President Benito Juárez has been beaten back from the walls of Puebla."
    assert ("French army", "fights", "Mexican government") in facts(nlp, text)


def test_in_full_possession_of_a_town_after_a_set_off_count(nlp) -> None:
    # (a description set off after the subject that opens with a count)
    text = "The Kalden Front's men, fewer than 5,000 by most accounts, remain in full possession of Puebla."
    assert ("Kalden Front", "controls", "Puebla") in facts(nlp, text)


def test_its_inside_a_force_nouns_phrase_is_not_that_force(nlp) -> None:
    text = (
        "On Sunday, the headquarters of Gen. Chung Il-kwon, the South Korean army chief of staff, said units of its "
        "3rd Division had crossed the 38th parallel."
    )
    found = facts(nlp, text)
    assert ("3rd Division", "partOf", "South Korean army") in found
    assert ("3rd Division", "partOf", "3rd Division") not in found


def test_the_republic_named_by_its_form_is_a_government(nlp) -> None:
    text = (
        "The Basque army pulled back west towards the province of Santander, which is still held by the Republic. "
        "The Soviet Union, the Republic's main supplier of arms, has sent tanks to Madrid."
    )
    found = facts(nlp, text)
    assert ("Republic", "controls", "Santander") in found
    assert ("Soviet Union", "backs", "Republic") in found
    # (a name of its own after it is the model's to read)
    assert not {f for f in facts(nlp, "Troops of the Republic of Congo took Dolisie.") if f[0] == "Republic"}


def test_a_second_deed_drives_a_movements_government_out_of_a_town(nlp) -> None:
    # ("overran" as the first deed; "the X government of Y" is the movement X)
    found = facts(nlp, "In January Vietnamese forces overran Cambodia and drove the Khmer Rouge government of Pol Pot out of Phnom Penh.")
    assert {("Vietnamese army", "controls", "Phnom Penh"), ("Vietnamese army", "fights", "Khmer Rouge")} <= found


def test_the_deeds_after_a_misread_subordinator_are_its_nouns(nlp) -> None:
    # (parsed with "after Colombian warplanes" a phrase of the main verb and "struck",
    # "killed" its second and third deeds)
    text = (
        "Ecuador broke off diplomatic relations with Colombia on Monday and sent troops to their shared border, two days "
        "after Colombian warplanes and commandos struck a guerrilla camp inside Ecuadorian territory and killed Raúl Reyes, "
        "one of the top commanders of the FARC."
    )
    found = facts(nlp, text)
    assert ("Colombia", "fights", "Raúl Reyes") in found
    assert ("Ecuador", "fights", "Raúl Reyes") not in found


def test_a_peoples_troops_are_the_army_of_the_state_of_the_storys_time(nlp) -> None:
    text = "By Henry Rowe | Continental Telegraph | March 27, {year}\n\nSOFIA — Turkish troops fell back to the Chatalja lines."
    assert ("Ottoman army", "controls", "Chatalja") in facts(nlp, text.format(year=1913))
    assert ("Turkish army", "controls", "Chatalja") in facts(nlp, text.format(year=2013))


def test_a_subject_read_as_an_opening_times_apposition(nlp) -> None:
    # (parsed with "the province" set beside "the spring", and no subject for "held")
    found = facts(nlp, "Since the spring the nitrate province of Tarapacá and its port, Iquique, have been held by the Congressional Junta.")
    assert {("Congressional Junta", "controls", "Tarapacá"), ("Congressional Junta", "controls", "Iquique")} <= found
    # ("the Junta" alone is a ruling body, as "the Republic" is a state)
    assert ("Junta", "controls", "Iquique") in facts(nlp, "The port of Iquique has been held by the Junta since the spring.")


def test_fighting_alongside_a_side_the_parser_made_an_object(nlp) -> None:
    # ("alongside" read as an adverb, the side as the object; or the side hung on the foe)
    found = facts(nlp, "Pro-government militiamen of the Civil Defence Forces fought the rebels alongside ECOMOG in the eastern suburbs.")
    assert ("Civil Defence Forces", "backs", "ECOMOG") in found
    found = facts(nlp, "Machar's forces seized Malakal on February 18, fighting alongside the White Army, a militia of armed Nuer youths.")
    assert ("Machar", "backs", "White Army") in found
    assert not {f for f in found if f[1] == "fights"}


def test_who_stays_loyal_to_a_side_backs_it(nlp) -> None:
    text = (
        "Army tanks fought running battles on Sunday with units of the Securitate, the secret police that has stayed "
        "loyal to Nicolae Ceausescu, around the state television building."
    )
    assert ("Securitate", "backs", "Nicolae Ceausescu") in facts(nlp, text)
    # (a loyalty that was once is none now)
    text = "The Gonaives Resistance Front, a gang that had once been loyal to Aristide, drove the police out of the city."
    assert not {f for f in facts(nlp, text) if f[1] == "backs"}


def test_which_after_a_compass_phrase_is_the_place_set_beside_the_town(nlp) -> None:
    text = "Saleh was reported to have reached the Panjshir valley north of Kabul, which is held by fighters loyal to Ahmad Massoud, son of the late commander."
    found = facts(nlp, text)
    assert ("Ahmad Massoud", "controls", "Panjshir valley") in found
    assert ("Ahmad Massoud", "controls", "Kabul") not in found


def test_a_body_holds_the_place_named_as_its_headquarters(nlp) -> None:
    text = "He said soldiers had been allowed to leave for Camp Shorabak, the headquarters of the Afghan National Army's 215th Maiwand Corps."
    assert ("215th Maiwand Corps", "controls", "Camp Shorabak") in facts(nlp, text)
    # (not where someone takes it: the seat names the loser)
    text = "Gurkhas of the Indian brigade overran Camp Massart, the Katangese gendarmerie's headquarters on the edge of the city."
    assert not {f for f in facts(nlp, text) if f[1] == "controls" and "gendarmerie" in f[0].lower()}


def test_battles_fought_on_a_day_with_a_foe_are_a_fight(nlp) -> None:
    text = "Romanian troops fought running battles on Sunday with units of the Securitate, the secret police, around the palace."
    assert ("Romanian army", "fights", "Securitate") in facts(nlp, text)
    text = "Hungarian troops fought pitched battles through the night with units of the Securitate, the secret police, near the palace."
    assert ("Hungarian army", "fights", "Securitate") in facts(nlp, text)


def test_army_tanks_are_the_national_army(nlp) -> None:
    text = "BUCHAREST, Romania - Army tanks fought the Securitate, the secret police, on Sunday."
    assert ("Romanian army", "fights", "Securitate") in facts(nlp, text)


def test_who_surrenders_on_a_day_to_a_foe_fought_it(nlp) -> None:
    text = "The Paraguayan column surrendered on Monday to Brazilian troops outside the town."
    assert ("Paraguayan army", "fights", "Brazilian army") in facts(nlp, text)


def test_who_surrenders_to_several_forces_fought_each(nlp) -> None:
    # (past a description with a list of its own between commas)
    text = "The Paraguayan army, some 7,000 soldiers, sailors and Mevan auxiliaries, surrendered on Friday to the combined Brazilian and Chilean forces."
    found = facts(nlp, text)
    assert ("Paraguayan army", "fights", "Brazilian army") in found
    assert ("Paraguayan army", "fights", "Chilean army") in found


def test_who_overthrew_a_government_fought_it(nlp) -> None:
    # ("overthrew": a past form the tagger takes for a name, the verb by its parse)
    text = "The AFDL overthrew the government of Zaire after a seven-month war."
    assert ("AFDL", "fights", "Zairian government") in facts(nlp, text)


def test_army_units_loyal_to_a_man_carry_their_words_in_the_mention(nlp) -> None:
    text = "TEHRAN, Iran - Army units loyal to Shah Mohammad Reza Pahlavi overthrew the government of Prime Minister Mohammad Mossadegh."
    fights = [r for r in relations(nlp, text) if r.predicate == "fights"]
    assert [r.subject.text for r in fights] == ["Army units loyal to Shah Mohammad Reza Pahlavi"]
    assert actor(fights[0].subject) == "Mohammad Reza Pahlavi"


def test_royalist_troops_are_the_royalist_side(nlp) -> None:
    found = facts(nlp, "Royalist officers took the army's general staff headquarters and the radio building.")
    assert ("Royalist army", "controls", "radio building") in found


def test_who_declared_for_a_man_backs_him(nlp) -> None:
    text = "By nightfall the capital was in the hands of royalist troops, who had declared for Gen. Fazlollah Zahedi."
    assert ("Royalist army", "backs", "Fazlollah Zahedi") in facts(nlp, text)


def test_the_junta_is_the_ruling_body_named_as_one(nlp) -> None:
    text = (
        "The guard's commander declared himself the head of the National Council for the Safeguard of the Homeland (CNSP), "
        "as the junta calls itself. The junta now holds Niamey."
    )
    assert ("National Council for the Safeguard of the Homeland", "controls", "Niamey") in facts(nlp, text)
    # (not a council the story never calls ruling or a junta)
    text = (
        "The CSP, which brings together the High Council for the Unity of Azawad and two other groups, signed the accord. "
        "The junta now holds Kidal."
    )
    assert {f[0] for f in facts(nlp, text) if f[1] == "controls"} == {"junta"}


def test_a_seat_of_power_acting_stands_for_its_state(nlp) -> None:
    text = "The Kremlin has backed Assad since 2015."
    assert ("Russia", "backs", "Assad") in facts(nlp, text)



def test_every_name_of_a_list_opening_the_clause_is_a_subject(nlp) -> None:
    found = facts(nlp, "The United States, Britain and France sent surveillance teams to Nigeria.")
    assert {("United States", "backs", "Nigeria"), ("United Kingdom", "backs", "Nigeria"), ("France", "backs", "Nigeria")} <= found


def test_trained_and_equipped_share_their_object(nlp) -> None:
    text = "The United States, which has about 1,100 troops in the country and flies drones from a base near Agadez, has also trained and equipped Niger's army."
    assert ("United States", "backs", "Nigerien army") in facts(nlp, text)


def test_a_list_item_hung_on_a_later_word_of_a_name_is_the_names_fellow(nlp) -> None:
    text = "Nigerien soldiers fought the Islamic State in the Sahel and the al Qaeda-linked group JNIM in the Tillabéri region."
    found = facts(nlp, text)
    assert {("Nigerien army", "fights", "Islamic State in the Sahel"), ("Nigerien army", "fights", "JNIM")} <= found
    # (not across an apposition after the name)
    text = (
        "In Huambo, the city held by Jonas Savimbi's National Union for the Total Independence of Angola (UNITA), "
        "UNITA and the FNLA announced a rival government."
    )
    assert not {f for f in facts(nlp, text) if f[0] == "FNLA" and f[1] == "controls"}


def test_who_stands_behind_a_government_backs_it(nlp) -> None:
    text = "PORT OF SPAIN, Trinidad and Tobago - The Trinidad and Tobago Defence Force, which has stood firmly behind the elected government, took the transmitter."
    assert ("Trinidad and Tobago Defence Force", "backs", "Trinidadian government") in facts(nlp, text)


def test_a_man_held_hostage_is_no_ground_held(nlp) -> None:
    text = (
        "Muslim rebels hold Trinidad prime minister hostage in parliament\n\n"
        "PORT OF SPAIN, Trinidad and Tobago - Armed members of a radical Muslim group were holding Prime Minister A.N.R. Robinson "
        "and much of his cabinet hostage inside the parliament building on Saturday, a day after they stormed it in an attempt "
        "to overthrow the government."
    )
    found = facts(nlp, text)
    assert not {f for f in found if f[1] == "controls" and f[2] in {"Trinidad", "Trinidad and Tobago"}}
    # ("it" stormed is the building; storming it to overthrow the government fights it)
    assert not {f for f in found if f[1] == "fights" and f[2] == "Trinidad and Tobago"}
    assert ("Muslim forces", "fights", "Trinidadian government") in found


def test_the_group_is_never_a_broadcaster(nlp) -> None:
    text = (
        "About 40 gunmen of the Jamaat al Muslimeen burst into the Red House on Friday. A second band of fighters seized "
        "the offices of Trinidad and Tobago Television and the studios of the Trinidad Broadcasting Company. "
        "At six o'clock Yasin Abu Bakr, the group's leader, appeared on television."
    )
    found = facts(nlp, text)
    assert ("Yasin Abu Bakr", "leads", "Jamaat al Muslimeen") in found
    assert not {f for f in found if f[1] == "leads" and "Television" in f[2]}


def test_who_has_spoken_for_a_body_is_its_spokesman(nlp) -> None:
    text = (
        "Bilaal Abdullah, who led the fighters at the television station and has spoken for the Jamaat al Muslimeen in "
        "telephone contacts with journalists, said the hostages would be freed."
    )
    assert ("Bilaal Abdullah", "spokespersonFor", "Jamaat al Muslimeen") in facts(nlp, text)


def test_the_first_word_of_a_name_before_its_article_is_the_name(nlp) -> None:
    doc = nlp("Gunmen of the Jamaat al Muslimeen stormed parliament. The Jamaat has long disputed the ownership of its compound.")
    names = {(e.text, e._.frontline_canonical) for e in doc.ents}
    assert ("Jamaat", "Jamaat al Muslimeen") in names
    assert ("Jamaat al Muslimeen", None) in names


def test_a_former_states_people_and_capital_are_that_state(nlp) -> None:
    # (Prussia: a state news of 1864 names by its people's word and by Berlin)
    found = facts(nlp, "Prussian infantry stormed the Danish entrenchments at Dybbøl on Monday.")
    assert ("Prussian army", "fights", "Danish army") in found  # (entrenchments: what an army holds)
    text = "BERLIN, April 19, 1864 - Vienna has stood by Berlin at every step since the war began."
    assert ("Austria", "backs", "Prussia") in facts(nlp, text)


def test_the_danes_are_the_danish_army_when_fought(nlp) -> None:
    assert ("Austrian army", "fights", "Danish army") in facts(nlp, "Austrian troops fought the Danes near Kolding.")


def test_help_counted_on_is_no_help_given(nlp) -> None:
    found = [r for r in relations(nlp, "Denmark had counted on help from Great Britain.") if r.predicate == "backs"]
    assert found and all(r.hypothetical for r in found)
    found = [r for r in relations(nlp, "Kyiv has asked for help from NATO.") if r.predicate == "backs"]
    assert found and not any(r.is_fact for r in found)


def test_who_stands_by_a_states_integrity_backs_no_one(nlp) -> None:
    assert not facts(nlp, "The embassy said Washington stood by Macedonia's territorial integrity.")


def test_what_the_held_heights_face_is_not_held(nlp) -> None:
    text = "SØNDERBORG, Duchy of Schleswig - By early afternoon the heights facing this town were in Prussian hands."
    assert not {f for f in facts(nlp, text) if f[1] == "controls"}


def test_a_general_who_holds_a_town_holds_it_with_his_men(nlp) -> None:
    # (his subject set off by commas before the verb, in a clause of saying)
    text = (
        "In Copenhagen, the War Ministry said the army had done its duty to the last and that General George Gerlach, "
        "the Danish commander-in-chief, still held Als and the fortress of Fredericia in Jutland."
    )
    found = facts(nlp, text)
    assert ("George Gerlach", "controls", "Als") in found  # (his forces: resolution makes them the army he leads)
    assert not {f for f in found if f[1] == "controls" and f[0] in {"Denmark", "War Ministry"}}


def test_they_after_a_peoples_plural_are_its_army(nlp) -> None:
    text = "The Austrians have pushed north into Jutland, where they hold the town of Vejle."
    assert ("Austrian army", "controls", "Vejle") in facts(nlp, text)


def test_the_duchy_of_a_place_is_the_place(nlp) -> None:
    assert ("Saxon forces", "controls", "Holstein") in facts(nlp, "Saxon troops have occupied the duchy of Holstein.")


def test_an_army_named_by_a_peoples_word_carries_its_own_name(nlp) -> None:
    text = "The Paraguayans took Fort Boquerón in September and have held Nanawa against two Bolivian assaults."
    fought = [r.object for r in relations(nlp, text) if r.predicate == "fights"]
    assert fought and all(m.text == "Bolivian army" for m in fought)


def test_the_settlement_of_a_place_taken_is_the_place(nlp) -> None:
    text = "MONTE SANTO, Brazil - The settlement of Canudos, in the backlands of northern Bahia, was taken by federal troops on Tuesday."
    assert ("Brazilian army", "controls", "Canudos") in facts(nlp, text)


def test_federal_troops_with_a_capital_are_the_states_army(nlp) -> None:
    text = "MONTE SANTO, Brazil - Canudos was taken by Federal troops on Tuesday."
    assert ("Brazilian army", "controls", "Canudos") in facts(nlp, text)


def test_who_after_a_mans_post_of_a_ship_is_the_man(nlp) -> None:
    text = "Among them is Stepan Petrichenko, a senior clerk of the battleship Petropavlovsk, who heads the rebels' Provisional Revolutionary Committee."
    found = facts(nlp, text)
    assert ("Stepan Petrichenko", "leads", "Provisional Revolutionary Committee") in found
    assert not {f for f in found if f[0] == "Petropavlovsk"}


def test_the_fort_of_a_name_is_a_place_held(nlp) -> None:
    text = "The attackers set out from Oranienbaum on the southern shore, while the fort of Krasnaya Gorka, which government troops held throughout, shelled the island."
    assert {f for f in facts(nlp, text) if f[1] == "controls" and f[2] == "Krasnaya Gorka"}



def test_places_cleared_and_under_a_sides_control_are_held(nlp) -> None:
    text = "ISLAMABAD, Pakistan - The Red Mosque and the Jamia Hafsa seminary have been cleared and are under the army's control."
    assert ("Pakistani army", "controls", "Red Mosque") in facts(nlp, text)


def test_who_counts_a_man_as_a_key_ally_backs_him(nlp) -> None:
    text = "The United States, which counts Musharraf as a key ally in its campaign against al-Qaeda, said the government had a right to act."
    assert ("United States", "backs", "Musharraf") in facts(nlp, text)
    assert ("Russia", "backs", "Assad") in facts(nlp, "Moscow regards Assad as its closest ally.")


def test_two_bodies_allied_against_a_third_back_each_other(nlp) -> None:
    found = facts(nlp, "In Huambo, UNITA and the FNLA, allied against the MPLA, announced a rival government.")
    assert {("UNITA", "backs", "FNLA"), ("FNLA", "backs", "UNITA")} <= found


def test_the_two_that_fought_are_the_two_named_before(nlp) -> None:
    text = (
        "The MNLA and Ansar Dine announced in May that they would merge, but the pact collapsed within days, "
        "and the two groups have since fought each other for control of the towns."
    )
    assert ("MNLA", "fights", "Ansar Dine") in facts(nlp, text)
    # (a clash denied is none)
    text = (
        "He also accused Peshmerga units of firing on a YBS position. Shwan Abdullah, a spokesman for the Ministry of "
        "Peshmerga Affairs, denied there had been any clash between the two forces."
    )
    assert not {f for f in facts(nlp, text) if f[1] == "fights"}


def test_troops_fighting_at_their_side_back_the_side_named_before(nlp) -> None:
    text = (
        "BUENOS AIRES - The Uruguayan river town of Paysandú has fallen to the Colorado rebels of General Venancio Flores "
        "and the Brazilian troops fighting at their side."
    )
    assert ("Brazilian army", "backs", "Colorado rebels") in facts(nlp, text)


def test_who_holds_central_x_holds_x(nlp) -> None:
    text = "HARARE, Zimbabwe - By mid-morning Zimbabwean troops controlled central Harare."
    assert ("Zimbabwean army", "controls", "Harare") in facts(nlp, text)


def test_a_plural_read_as_the_modifier_of_hold_is_its_subject(nlp) -> None:
    # (the parser reads "Serbs hold" as one noun with an object; the list after
    # "including" names places held too)
    text = "The Serbs hold most of eastern Bosnia, including Zvornik and Vlasenica."
    assert {("Serbian army", "controls", "Zvornik"), ("Serbian army", "controls", "Vlasenica")} <= facts(nlp, text)


def test_who_comes_in_at_a_governments_request_backs_it(nlp) -> None:
    text = "At the request of the Government of National Accord, the United States began bombing the port in August."
    assert ("United States", "backs", "Government of National Accord") in facts(nlp, text)
    # (a body that met at a state's request backs no one; nor is a man who asked
    # backed: the government he heads is meant, which the sentence does not name)
    assert not {f for f in facts(nlp, "At Guinea's request, the UN Security Council met in New York on Sunday.") if f[1] == "backs"}


def test_army_rebels_are_the_rebel_movement_not_the_army(nlp) -> None:
    # ("Army rebels" rose against their army; an "Armed Forces Movement" is no state's
    # service; a station named with an accented "Rádio" is a broadcaster, never "the rebels")
    text = (
        "Army rebels take Lisbon\n\nLISBON - The rising was planned by the Armed Forces Movement, a secret circle of "
        "young captains. Rádio Renascença gave the signal at midnight. Within hours rebel units had seized Portela airport."
    )
    found = facts(nlp, text)
    assert ("Armed Forces Movement", "controls", "Portela airport") in found
    assert not {f for f in found if f[0] in {"Portuguese army", "Rádio Renascença"}}


def test_the_x_movement_names_a_body_however_often_the_model_calls_x_a_place(nlp) -> None:
    text = (
        "Jimmy Stevens heads the Nagriamel movement, whose followers have defied the government since May.\n\n"
        "It was the deadliest of the clashes between Nagriamel followers and the troops since the first soldiers "
        "landed on Aug. 18.\n\nThe Phoenix Foundation openly backed the movement. Much of Nagriamel's support came "
        "from islanders who feared the government."
    )
    kinds = {(e.text, e._.frontline_kind) for e in nlp(text).ents if e.text == "Nagriamel"}
    assert kinds == {("Nagriamel", "ArmedGroup")}


def test_a_named_mans_surname_alone_is_the_man_not_a_place(nlp) -> None:
    # (the model calls "Stevens" a place in this story; the story names Jimmy Stevens;
    # no short text of ours gets that guess, so the article is read)
    article = Path(__file__).resolve().parents[1] / "benchmarks" / "unseen" / "dev82" / "zzzi-vanuatu-luganville-1980.txt"
    text = article.read_text(encoding="utf-8")
    doc = nlp(text)
    flown = text.index("Stevens was to be flown")
    assert [e._.frontline_kind for e in doc.ents if e.start_char == flown] == ["Person"]


def test_a_body_named_after_a_day_is_one_name(nlp) -> None:
    for text, name in [
        ('The generals were taken from their homes by troops of the self-styled "30 September Movement".', "30 September Movement"),
        ("The sit-in was called by the April 6 Youth Movement.", "April 6 Youth Movement"),
        ("Fighters of the March 23 Movement entered Goma on Tuesday.", "March 23 Movement"),
    ]:
        assert name in {e.text for e in nlp(text).ents}, text
    # (a date before a sentence's capitalised subject is no name)
    assert not any(e.text[0].isdigit() for e in nlp("On 30 September Government troops took the town.").ents)


def test_an_armys_reserve_or_contingent_and_the_x_regiment_are_armed_bodies(nlp) -> None:
    text = "Maj. Gen. Suharto, who heads Kostrad, the Indonesian Army's strategic reserve, watched in silence."
    assert ("Suharto", "leads", "Kostrad") in facts(nlp, text)
    text = "On Friday evening paratroopers of the RPKAD regiment moved into the square."
    assert {e._.frontline_kind for e in nlp(text).ents if e.text == "RPKAD"} == {"ArmedGroup"}


def test_refusing_a_ruler_recognition_opposes_him(nlp) -> None:
    # (the parser hangs "said" beside the clause said and loses its subject; the speaker
    # is the name the sentence opens with; no short text of ours gets that parse)
    unseen = Path(__file__).resolve().parents[1] / "benchmarks" / "unseen"
    found = facts(nlp, (unseen / "dev83" / "zzzj-madagascar-antananarivo-2009.txt").read_text(encoding="utf-8"))
    assert ("Southern African Development Community", "opposes", "Andry Rajoelina") in found
    # ("The government of Prime Minister X refused to recognise him": him is not X, a
    # name inside the subject's own words)
    found = facts(nlp, (unseen / "dev53" / "zzf-lebanon-baabda-1990.txt").read_text(encoding="utf-8"))
    assert not {f for f in found if f[1] == "opposes" and f[2] == "Selim al-Hoss"}


def test_a_last_word_the_model_left_off_a_name_is_the_names(nlp) -> None:
    # (in this story the model reads "Saavedra" as a second man and stops the body's
    # name before "Monitor"; no short text of ours gets those guesses)
    article = Path(__file__).resolve().parents[1] / "benchmarks" / "unseen" / "dev82" / "zzzi-honduras-tegucigalpa-2009.txt"
    names = {e.text for e in nlp(article.read_text(encoding="utf-8")).ents}
    assert {"José Alfredo Saavedra", "Isthmus Governance Monitor"} <= names
    assert not {"José Alfredo", "Isthmus Governance"} & names


def test_an_army_that_ousts_a_ruler_opposes_him(nlp) -> None:
    # (the parser reads each sentence as one long name, the verb a modifier of the
    # ruler's name; a ruler overthrown is opposed, his government fought)
    assert ("Sudanese army", "opposes", "Omar al-Bashir") in facts(nlp, "The Sudanese army ousted President Omar al-Bashir on Thursday.")
    found = facts(nlp, "The Honduran army toppled President Manuel Zelaya on Thursday.")
    assert ("Honduran army", "opposes", "Manuel Zelaya") in found
    assert ("Honduran army", "fights", "Manuel Zelaya") not in found


def test_a_name_set_off_as_a_bloc_is_a_body(nlp) -> None:
    text = "Zelaya flew to Managua, where Daniel Ortega was hosting leaders of ALBA, the leftist bloc that Honduras joined last year."
    assert {e._.frontline_kind for e in nlp(text).ents if e.text == "ALBA"} == {"Organization"}


def test_an_article_particle_glued_to_a_bodys_first_word_opens_its_name(nlp) -> None:
    text = "In Ramallah, gunmen of the al-Aqsa Martyrs' Brigades, Fatah's armed offshoot, raided offices."
    assert "al-Aqsa Martyrs' Brigades" in {e.text for e in nlp(text).ents}


def test_a_former_post_set_off_after_the_leaders_name_ends_no_lead(nlp) -> None:
    text = "The Provisional Government is headed by Sanford B. Dole, until lately a justice of the Supreme Court."
    assert ("Sanford B. Dole", "leads", "Provisional Government") in facts(nlp, text)
    text = "The council was headed by Ivan Petrov until he was dismissed last week."
    assert not {f for f in facts(nlp, text) if f[1] == "leads"}


def test_among_its_members_are_x_and_y(nlp) -> None:
    text = (
        "Merchants formed the Committee of Safety, whose chairman is Henry E. Cooper. "
        "Among its thirteen members are Lorrin A. Thurston and William O. Smith."
    )
    found = facts(nlp, text)
    assert {("Lorrin A. Thurston", "memberOf", "Committee of Safety"), ("William O. Smith", "memberOf", "Committee of Safety")} <= found


def test_a_countrys_court_backing_a_man_is_no_backing_by_the_state(nlp) -> None:
    text = "Madagascar court backs Andry Rajoelina after army forces Ravalomanana out"
    assert ("Madagascar", "backs", "Andry Rajoelina") not in facts(nlp, text)


def test_a_guest_received_by_a_president_is_not_backed(nlp) -> None:
    text = "Manuel Zelaya flew to San José. He was received there by Costa Rica's president, Óscar Arias."
    assert not {f for f in facts(nlp, text) if f[1] == "backs"}


def test_a_middle_list_item_hung_on_the_place_before_it_is_still_an_object(nlp) -> None:
    text = (
        "Since 1961 the Portuguese army has been fighting nationalist guerrillas of the MPLA in Angola, "
        "FRELIMO in Mozambique and the PAIGC in Portuguese Guinea."
    )
    found = facts(nlp, text)
    assert {("Portuguese army", "fights", g) for g in ("MPLA", "FRELIMO", "PAIGC")} <= found


def test_paratroopers_of_the_x_regiment_are_xs(nlp) -> None:
    text = (
        "On Friday evening paratroopers of the RPKAD regiment, commanded by Col. Sarwo Edhie Wibowo, moved in. "
        "On Saturday morning the paratroopers took Halim Perdanakusuma air base."
    )
    found = facts(nlp, text)
    assert ("RPKAD", "controls", "Halim Perdanakusuma air base") in found
    assert not any(r.subject.text.startswith("evening") for r in relations(nlp, text))


def test_men_a_later_sentence_says_belonged_to_a_unit_are_the_units(nlp) -> None:
    text = (
        "Soldiers in armoured vehicles stormed the Ambohitsorohitra palace on Monday. The same troops also seized "
        "the Radio Nationale building. The soldiers belonged to CAPSAT, an army corps based at Soanierana camp."
    )
    found = facts(nlp, text)
    assert {("CAPSAT", "controls", "Ambohitsorohitra palace"), ("CAPSAT", "controls", "Radio Nationale building")} <= found
    assert not {f for f in found if f[1] == "partOf"}


def test_a_man_installed_after_a_man_forced_out_is_not_fought(nlp) -> None:
    text = (
        "CAPSAT officers mutinied on March 8. Last week they forced out the Malagasy army's chief of staff, "
        "General Edmond Rasolomahandry, and installed Colonel André Ndriarijaona in his place."
    )
    assert not {f for f in facts(nlp, text) if f[2] == "André Ndriarijaona"}


def test_a_building_taken_over_is_held(nlp) -> None:
    text = "The same troops also took over the central bank. The soldiers belonged to CAPSAT, an army corps."
    assert ("CAPSAT", "controls", "central bank") in facts(nlp, text)
    # (a town's own facility taken over is the one the story named, not a new place)
    text = "Nigerian peacekeepers landed at Roberts International Airport and took over the airfield from government troops."
    assert "airfield" not in {e.text for e in nlp(text).ents}


def test_his_forces_opening_a_sentence_are_the_previous_subjects(nlp) -> None:
    text = (
        "Venustiano Carranza, the First Chief of the Constitutionalists, whose armies have fought Huerta's federal "
        "troops in the north for more than a year, condemned the landing as a violation of Mexican sovereignty and "
        "demanded that the Americans withdraw. His forces have not fired on the Americans, however."
    )
    negated = [r for r in relations(nlp, text) if r.predicate == "fights" and r.negated]
    assert negated and all(actor(r.subject) == "Venustiano Carranza" for r in negated)


def test_sailors_are_armed_men(nlp) -> None:
    found = facts(nlp, "American sailors and marines were in full control of Veracruz on Thursday.")
    assert any(p == "controls" and o == "Veracruz" for _s, p, o in found)


def test_a_name_set_off_as_another_commandant_is_a_man(nlp) -> None:
    text = (
        "Among the prisoners are Thomas MacDonagh, a Volunteer commandant who held Jacob's factory, and "
        "Éamon de Valera, another Volunteer commandant, whose men held Boland's Mill."
    )
    assert {e._.frontline_kind for e in nlp(text).ents if e.text == "Éamon de Valera"} == {"Person"}


def test_who_comes_to_the_aid_of_x_backs_x(nlp) -> None:
    text = "Jawara flew to Dakar and asked Senegal to come to the aid of the Gambian government under a 1965 defence agreement."
    found = facts(nlp, text)
    assert ("Senegal", "backs", "Gambian government") in found
    assert ("Gambian government", "backs", "Senegal") not in found


def test_a_group_calling_itself_a_council_is_an_armed_body(nlp) -> None:
    text = "Two days ago a group calling itself the National Revolutionary Council took over the radio in the capital."
    assert {e._.frontline_kind for e in nlp(text).ents if e.text == "National Revolutionary Council"} == {"ArmedGroup"}


def test_rebels_on_the_outskirts_of_a_town_are_not_the_towns(nlp) -> None:
    text = "Senegalese troops fought rebels on the outskirts of Banjul on Saturday."
    assert not any(r.object.text.startswith("Banjul") or "Banjul rebels" in r.object.name for r in relations(nlp, text))


def test_a_chief_forced_out_leads_no_more(nlp) -> None:
    for text in (
        "Last week the mutineers forced out the Malagasy army's chief of staff, General Edmond Rasolomahandry.",
        "The junta dismissed the army's chief of staff, General Edmond Rasolomahandry.",
    ):
        assert not {f for f in facts(nlp, text) if f[1] == "leads"}, text


def test_the_soldiers_who_hold_a_town_are_the_soldiers_named_before(nlp) -> None:
    # (in this story French troops are named between; no short text of ours needs the rule)
    article = Path(__file__).resolve().parents[1] / "benchmarks" / "unseen" / "dev82" / "zzzi-vanuatu-luganville-1980.txt"
    found = facts(nlp, article.read_text(encoding="utf-8"))
    assert ("Papua New Guinean army", "controls", "Luganville") in found


def test_a_purpose_the_speaker_gives_is_no_deed(nlp) -> None:
    text = (
        'Troops of the self-styled "30 September Movement" seized six generals before dawn on Friday. '
        'In a broadcast the movement said it had struck to forestall a coup by a "Council of Generals", which it said '
        "was sponsored by the American Central Intelligence Agency, and to protect President Sukarno."
    )
    assert not {f for f in facts(nlp, text) if f[2] == "Sukarno"}


def test_a_post_office_is_a_building(nlp) -> None:
    text = "Rebels seized the General Post Office in Sackville Street on Monday."
    assert {e._.frontline_kind for e in nlp(text).ents if e.text == "General Post Office"} == {"Facility"}


def test_a_fleet_is_an_armed_body(nlp) -> None:
    text = "Reinforced by the battleships of the Atlantic Fleet under Rear Admiral Charles J. Badger, the Americans cleared the city."
    assert {e._.frontline_kind for e in nlp(text).ents if e.text == "Atlantic Fleet"} == {"ArmedGroup"}


def test_a_man_described_before_his_name_after_led_by(nlp) -> None:
    text = (
        "The protests were organised by the People's Alliance for Democracy, a coalition led by the media owner "
        "Sondhi Limthongkul, which accuses Thaksin of corruption."
    )
    assert ("Sondhi Limthongkul", "leads", "People's Alliance for Democracy") in facts(nlp, text)


def test_a_commander_relieved_of_his_post_leads_no_more(nlp) -> None:
    text = "Director Getulio Napeñas, who commanded the SAF, was relieved of his post on Monday."
    assert not {f for f in facts(nlp, text) if f[1] == "leads"}
    text = "General Ivan Petrov, who commands the 5th Army, was decorated on Monday."
    assert ("Ivan Petrov", "leads", "5th Army") in facts(nlp, text)


def test_men_of_a_named_army_carry_the_armys_name(nlp) -> None:
    # the words are the node's alias: a gold naming "the Gambia army" must find them
    text = "A band of foreign mercenaries landed at dawn. The mercenaries battled soldiers of the Gambia army near the port."
    objects = {r.object.text for r in relations(nlp, text) if r.predicate == "fights"}
    assert objects == {"soldiers of the Gambia army"}


def test_the_force_is_the_armed_body_named_before(nlp) -> None:
    text = (
        "Soldiers found a grave inside the headquarters of the Bangladesh Rifles. "
        "The commander of the force, Major General Shakil Ahmed, was among the dead, officials said."
    )
    assert ("Shakil Ahmed", "leads", "Bangladesh Rifles") in facts(nlp, text)
    # "the Union force" is a force of the Union's, not the Union the text means by "the force"
    text = (
        "Peacekeepers of the African Mission in Burundi, or AMIB, the African Union force sent last year, stayed in their camps. "
        "The force commander, General Amos Kariuki, said his men had not fired."
    )
    assert ("Amos Kariuki", "leads", "African Union") not in facts(nlp, text)


def test_a_director_general_hung_on_his_name(nlp) -> None:
    text = (
        "Soldiers found a grave inside the headquarters of the Bangladesh Rifles. The director general of the "
        "force, Major General Shakil Ahmed, was among the dead, officials said, as was his wife."
    )
    assert ("Shakil Ahmed", "leads", "Bangladesh Rifles") in facts(nlp, text)


def test_who_spoke_for_a_body_is_its_spokesman(nlp) -> None:
    text = "Touhidul Alam, who spoke for the Taliban during the talks, told reporters that they had accepted."
    assert ("Touhidul Alam", "spokespersonFor", "Taliban") in facts(nlp, text)


def test_a_verbs_object_read_as_a_second_apposition_holds_no_title(nlp) -> None:
    text = (
        "Abu Musa's men seized loyalist bases and supply depots in the Bekaa over the summer, and in June Syria's president, "
        "Hafez al-Assad, expelled Arafat from Damascus."
    )
    leaders = {f for f in facts(nlp, text) if f[1] == "leads"}
    assert ("Yasser Arafat", "leads", "Syria") not in leaders and ("Arafat", "leads", "Syria") not in leaders
    assert ("Hafez al-Assad", "leads", "Syria") in leaders


def test_the_gunmen_who_hold_a_building_are_the_gunmen_named_before(nlp) -> None:
    text = "Abu Sayyaf gunmen stormed into Lamitan on Saturday. By evening the gunmen still held the Dr. Jose Torres Memorial Hospital."
    assert {f for f in facts(nlp, text) if f[1] == "controls" and f[2] == "Dr. Jose Torres Memorial Hospital"}


def test_helped_the_army_guard_read_as_one_noun(nlp) -> None:
    text = "The Estonian army fought the rebels. The Omega League helped the army guard bridges."
    assert ("Omega League", "backs", "Estonian army") in facts(nlp, text)


def test_what_a_deed_to_come_waits_on_has_not_happened(nlp) -> None:
    text = 'An official in Sofia said his government would join the war "as soon as Kazanlak is in Russian hands".'
    assert not {f for f in facts(nlp, text) if f[1] == "controls"}


def test_loyalist_units_are_the_loyalists_the_story_said_whose(nlp) -> None:
    # (in this story the headline says "Arafat loyalists"; no short text of ours gets the parse)
    article = Path(__file__).resolve().parents[1] / "benchmarks" / "unseen" / "dev87" / "zzzn-lebanon-tripoli-1983.txt"
    holders = {actor(r.subject) for r in relations(nlp, article.read_text(encoding="utf-8")) if r.subject.text == "Loyalist units"}
    assert holders == {"Yasser Arafat"}


def test_the_object_of_a_verb_before_the_trigger_is_no_subject(nlp) -> None:
    text = "Palestinian rebels fighting to unseat Yasser Arafat captured the Beddawi refugee camp on Wednesday."
    takers = {f[0] for f in facts(nlp, text) if f[1] == "controls"}
    assert "Yasser Arafat" not in takers and "Palestinian rebels" in takers


def test_a_name_with_a_middle_initial_is_a_person(nlp) -> None:
    text = "The revolt was proclaimed by Leandro N. Alem, president of the Unión Cívica, the opposition movement founded in April."
    assert {e._.frontline_kind for e in nlp(text).ents if e.text == "Leandro N. Alem"} == {"Person"}


def test_the_junta_is_the_ruling_body_named_after_it(nlp) -> None:
    text = (
        "Government troops took Manerplaw, from which the Karen National Union has run its rebellion against the military junta. "
        "A spokesman for the ruling State Law and Order Restoration Council said the rebels had fled."
    )
    assert ("Karen National Union", "fights", "State Law and Order Restoration Council") in facts(nlp, text)


def test_a_junta_the_story_never_names_is_a_body_of_its_own(nlp) -> None:
    # (not "the government" the junta ousted, nor the government of the story's main country)
    text = (
        "Troops stormed the palace of the Allende government on Tuesday. "
        "The junta is headed by Gen. Augusto Pinochet, and Col. Pedro Ewing, the junta's spokesman, read its decrees."
    )
    found = facts(nlp, text)
    assert ("Augusto Pinochet", "leads", "junta") in found and ("Pedro Ewing", "spokespersonFor", "junta") in found


def test_a_revolt_or_insurrection_against_a_government_is_its_owners_fight(nlp) -> None:
    assert ("MNR", "fights", "Bolivian government") in facts(nlp, "The MNR revolt against the Bolivian government spread to the mines.")
    text = "The insurrection of the Tupamaros against the Uruguayan government began in 1963."
    assert ("Tupamaros", "fights", "Uruguayan government") in facts(nlp, text)


def test_the_noun_rising_tagged_as_a_verb_is_a_revolt(nlp) -> None:
    # ("The Simba rising against Tshombe's government": no short text of ours gets the verb tag)
    article = Path(__file__).resolve().parents[1] / "benchmarks" / "unseen" / "dev61" / "zzn-congo-stanleyville-1964.txt"
    found = relations(nlp, article.read_text(encoding="utf-8"))
    assert any("rising" in r.triggers and r.predicate == "fights" and actor(r.object) == "Congolese government" for r in found)


def test_the_middle_word_of_a_spanish_name_used_alone_is_the_man(nlp) -> None:
    text = (
        "Guardsmen under Lt. Col. Antonio Tejero Molina seized the Congress of Deputies. "
        "Gen. Jaime Milans del Bosch backed the coup. Tejero refused to surrender."
    )
    assert {e.text for e in nlp(text).ents if e._.frontline_kind == "Person"} >= {"Tejero"}
    # (a father's name after "Ould" is no surname)
    text = "Sanda Ould Bouamama, a spokesman for the group, spoke. Ould told reporters nothing."
    assert "Ould" not in {e.text for e in nlp(text).ents if e._.frontline_kind == "Person"}


def test_war_waged_on_the_state_is_fought_with_its_government(nlp) -> None:
    text = "COLOMBO, Sri Lanka — The Tamil Tigers have waged war on the state since 1983."
    assert ("Tamil Tigers", "fights", "Sri Lankan government") in facts(nlp, text)
    # (the parser may hang "on the state" on the noun: the insurgency's war)
    article = Path(__file__).resolve().parents[1] / "benchmarks" / "unseen" / "dev88" / "zzzo-peru-lima-1997.txt"
    found = relations(nlp, article.read_text(encoding="utf-8"))
    assert any(r.predicate == "fights" and actor(r.object) == "Peruvian government" and "Shining Path" in r.subject.text for r in found)


def test_a_given_name_opening_a_sentence_is_part_of_the_name(nlp) -> None:
    text = "Yasser Arafat, one of Fatah's founders, was reported to have escaped."
    assert ("Yasser Arafat", "memberOf", "Fatah") in facts(nlp, text)
    # (not a body's name the story gives elsewhere)
    text = "Hamas said it would fight on. Hamas Arafat said nothing."
    assert "Hamas Arafat" not in {e.text for e in nlp(text).ents}


def test_the_rebels_are_never_the_marines_a_headline_names(nlp) -> None:
    # (the headline's "Marines" was the only armed body named before "The rebels seized ...")
    article = Path(__file__).resolve().parents[1] / "benchmarks" / "unseen" / "dev89" / "zzzp-nicaragua-masaya-1912.txt"
    found = relations(nlp, article.read_text(encoding="utf-8"))
    assert not any(r.subject.text == "rebels" and actor(r.subject) == "Marines" for r in found)
    assert not any(actor(r.object) == "Marines" and r.predicate == "backs" for r in found)


def test_a_name_ending_in_zone_is_a_place(nlp) -> None:
    doc = nlp("Marines under Butler arrived from the Canal Zone in mid-August.")
    assert {e._.frontline_kind for e in doc.ents if e.text == "Canal Zone"} == {"Place"}


def test_officials_charge_that_is_a_claim(nlp) -> None:
    text = "Officials in Managua charge that Jose Santos Zelaya, the former president, sent money to the Nicaraguan rebels."
    found = [r for r in relations(nlp, text) if r.predicate == "backs"]
    assert found and not any(r.is_fact for r in found)
    # (a charge on the field is no claim)
    assert ("Sixth Army", "controls", "Kut") in facts(nlp, "Cavalry of the Sixth Army charged into the town of Kut, capturing it.")


def test_the_guerrillas_who_call_themselves_a_name_after_a_set_off_phrase(nlp) -> None:
    # (in this story the parser makes "guerrillas" the root; no short text of ours gets that parse)
    article = Path(__file__).resolve().parents[1] / "benchmarks" / "unseen" / "dev48" / "zza-bolivia-higuera-1967.txt"
    found = relations(nlp, article.read_text(encoding="utf-8"))
    # ("a unit raised this year to hunt the guerrillas")
    assert any(actor(r.subject) == "2nd Ranger Battalion" and actor(r.object) == "Ejército de Liberación Nacional" for r in found)


def test_a_coup_against_a_government_is_fighting_it(nlp) -> None:
    assert ("Armed Forces Movement", "fights", "Portuguese government") in facts(
        nlp, "The Armed Forces Movement staged a coup against the Portuguese government."
    )
    assert ("Antonio Tejero", "fights", "Spanish government") in facts(nlp, "Colonel Antonio Tejero led a coup against the Spanish government.")


def test_marching_into_the_fortress_or_island_of_a_place_takes_it(nlp) -> None:
    assert ("Brazilian army", "controls", "Humaitá") in facts(nlp, "Brazilian troops marched into the fortress of Humaitá on Saturday.")
    assert ("Japanese army", "controls", "Kiska") in facts(nlp, "Japanese troops swept into the island of Kiska at dawn.")


def test_taking_the_positions_or_harbour_at_places_takes_the_places(nlp) -> None:
    # (the list of places ends before ", and" opening a clause: "B's units" are no third place)
    text = "By noon the Ogaden Liberation Front had overrun the army positions at Dhagahbur and Qabridahare, and Kebri Dahar's garrison was falling back."
    found = facts(nlp, text)
    assert ("Ogaden Liberation Front", "controls", "Dhagahbur") in found
    assert ("Ogaden Liberation Front", "controls", "Qabridahare") in found
    assert not any(s == "Ogaden Liberation Front" and p == "controls" and o.startswith("Kebri") for s, p, o in found)
    assert ("Dutch army", "controls", "Tanjung Priok") in facts(nlp, "By evening Dutch marines held the harbour at Tanjung Priok.")
    # (troops that take up positions, or hold positions somewhere in a town, have not taken it)
    assert not any(p == "controls" for _, p, _ in facts(nlp, "Kenyan troops took up positions at Kismayo on Monday."))
    assert not any(p == "controls" for _, p, _ in facts(nlp, "The Kenyan army holds positions in Kismayo."))


def test_a_government_named_for_a_man_is_led_by_him(nlp) -> None:
    # "the <surname> government": the man the story named before leads it; of two men of
    # that family, the one it calls president
    text = "MOMBASA, Kenya — Tomas Velkor formed a cabinet on Monday. Britain has not recognised the Velkor government."
    assert ("Tomas Velkor", "leads", "Velkor government") in facts(nlp, text)
    text = (
        "NAIROBI, Kenya — President Daniel Marsa and his brother Peter Marsa met the generals. "
        "The Kalden Front has fought the Marsa government since 2004."
    )
    found = facts(nlp, text)
    assert ("Daniel Marsa", "leads", "Kenyan government") in found
    assert ("Peter Marsa", "leads", "Kenyan government") not in found


def test_a_surname_the_model_took_for_a_town_still_names_the_government(nlp) -> None:
    # ("Salinas" is a town in California; as the word before "government" it is the
    # president's surname the story named)
    text = (
        "MEXICO CITY, Mexico — President Carlos Salinas de Gortari ordered a ceasefire. "
        "In Washington, the United States expressed support for the Salinas government."
    )
    found = facts(nlp, text)
    assert ("United States", "backs", "Mexican government") in found
    assert ("Carlos Salinas de Gortari", "leads", "Mexican government") in found


def test_garrisons_that_still_hold_out_at_towns_hold_them(nlp) -> None:
    found = facts(nlp, "Kenyan garrisons still hold out, under siege, at Kassala and Sennar.")
    assert {("Kenyan army", "controls", "Kassala"), ("Kenyan army", "controls", "Sennar")} <= found
    # (not the participle of a surrender)
    found = facts(nlp, "The Kenyan garrisons still holding out in Kassala laid down their arms today.")
    assert ("Kenyan army", "controls", "Kassala") not in found


def test_a_place_that_surrendered_and_is_now_in_a_sides_hands_is_held(nlp) -> None:
    found = facts(nlp, "Kassala, bombed from the air throughout Tuesday, surrendered on Wednesday and is now in German hands.")
    assert ("German army", "controls", "Kassala") in found


def test_a_town_itself_which_a_side_captured_and_holds_is_held(nlp) -> None:
    # (the parser hangs the relative clause after "itself" on the main verb)
    text = "The Kalden Front came close to retaking Jaffna itself, which the Kenyan army captured from them in 1995 and still holds."
    assert ("Kenyan army", "controls", "Jaffna") in facts(nlp, text)


def test_who_runs_a_named_land_holds_it_but_not_a_building_it_runs(nlp) -> None:
    assert ("Kalden Front", "controls", "Vanni") in facts(nlp, "The rebels of the Kalden Front run much of the Vanni.")
    found = facts(nlp, "The Kalden Front runs the Boost hospital in Lashkar Gah.")
    assert ("Kalden Front", "controls", "Boost hospital") not in found


def node_labels(nlp, text: str) -> dict[str, tuple[str, ...]]:
    """Graph node label -> its aliases, for one article."""
    graph = article_graph(nlp, text)
    return {data["label"]: tuple(data.get("aliases", ())) for _node, data in graph.nodes(data=True)}


def test_a_noble_called_by_title_and_seat_is_one_person_named_so_or_by_the_seat(nlp) -> None:
    text = (
        "The Duke of Velmora, the second in command, was killed at the ford. Velmora was 74. "
        "Tomas Arkel, Earl of Dorlane, fled south. Dorlane reached the coast on Wednesday."
    )
    labels = node_labels(nlp, text)
    assert "Velmora" in labels["Duke of Velmora"] and "Velmora" not in labels
    assert {"Earl of Dorlane", "Dorlane"} <= set(labels["Tomas Arkel"]) and "Earl of Dorlane" not in labels


def test_a_river_named_after_its_noun_is_one_place_but_a_river_column_is_a_force(nlp) -> None:
    labels = node_labels(nlp, "The army crossed the River Boyne on Tuesday. A second force, the River Column, moved upstream.")
    assert "River Boyne" in labels and "River" not in labels
    found = facts(nlp, "A second force, the River Column under Maj. Gen. Tomas Arkel, is working its way upstream.")
    assert any(s == "Tomas Arkel" and p == "leads" for s, p, _o in found)  # (a force he leads, no place)


def test_a_hold_told_as_once_or_then_is_over(nlp) -> None:
    assert not facts(nlp, "The garrison left Fort Velmora, which was then held by Kenyan troops, at night.")
    assert not facts(nlp, "Fort Velmora was once held by Kenyan troops.")
    assert ("Kenyan army", "controls", "Fort Velmora") in facts(nlp, "Fort Velmora, which Kenyan troops still hold, was shelled.")


def test_the_post_a_side_still_holds_is_the_place_the_sentence_is_about(nlp) -> None:
    # "X is the last post that Y holds": the noun after "is" is X; the clause needs no
    # "which" ("that" may be read as the subject's determiner)
    text = "Fort Velmora is now the most important post that the Kalden Front still holds."
    assert ("Kalden Front", "controls", "Fort Velmora") in facts(nlp, text)


def test_a_town_a_side_had_held_until_another_seized_it_is_lost(nlp) -> None:
    text = "The Kalden Front went on the offensive and seized Manbij, a largely Arab town the SDF had held since 2016."
    found = [r for r in relations(nlp, text) if r.predicate == "controls" and actor(r.subject) == "SDF"]
    assert found and all(r.control_change == "loss" for r in found)


def test_a_police_commissioner_named_in_apposition_is_a_person(nlp) -> None:
    # "X, the state police commissioner": the post is the head, not the police
    graph = article_graph(nlp, "Tomas Arkel, the state police commissioner, said the prisoner had been shot while trying to escape.")
    kinds = {data["label"]: data["kind"] for _node, data in graph.nodes(data=True)}
    assert kinds.get("Tomas Arkel") == "Person"


def test_its_after_a_name_joined_by_and_is_that_names(nlp) -> None:
    # "pledged allegiance to the Islamic State and its leader": the State's, not the group
    # the sentence opens on
    text = (
        "The Dorlane Brigade attacked Tarin on Monday. "
        "The group pledged allegiance to the Kalden Front and its leader, Tomas Arkel."
    )
    found = facts(nlp, text)
    assert ("Tomas Arkel", "leads", "Kalden Front") in found
    assert not any(s == "Tomas Arkel" and o != "Kalden Front" for s, p, o in found if p == "leads")


def test_a_ruler_whose_government_acts_leads_it(nlp) -> None:
    text = "Kenya sent troops north. President Tomas Arkel, whose government took office in August, ordered a mobilisation."
    assert ("Tomas Arkel", "leads", "Kenyan government") in facts(nlp, text)


def test_a_rulers_rank_words_before_his_title(nlp) -> None:
    # "the government of Air Vice-Marshal X": "Air Vice-" ranks the title, no part of a name
    text = "Kenya is at war. The government of Air Vice-Marshal Tomas Arkel welcomed the troops."
    assert ("Tomas Arkel", "leads", "Kenyan government") in facts(nlp, text)


def test_the_purpose_of_a_stay_is_the_stayers_deed(nlp) -> None:
    # "troops have been in X since 1975 to defend Y": the parser makes the place the head
    text = "Kenyan troops have been in Tarin since 2019 to defend the Kalden Front."
    assert ("Kenyan army", "backs", "Kalden Front") in facts(nlp, text)


def test_our_soldiers_in_a_ministers_quote_are_his_states_army(nlp) -> None:
    text = '"Our soldiers are there to protect the Kalden Front," Tomas Arkel, the Kenyan foreign minister, told parliament.'
    found = facts(nlp, text)
    assert ("Kenyan army", "backs", "Kalden Front") in found
    assert not any(s == "Our forces" for s, _p, _o in found)  # (no people called "Our")


def test_a_participle_on_the_object_tells_of_the_object(nlp) -> None:
    # "destroyed vehicles belonging to the militia": the vehicles belong, not the destroyer
    found = facts(nlp, "The Kalden Front destroyed twenty vehicles belonging to the Dorlane militia near Tarin.")
    assert not any(p == "partOf" for _s, p, _o in found)


def test_a_states_rule_fought_is_the_state_fought(nlp) -> None:
    text = "The Kalden Front, which has fought Kenyan rule over the coast for a decade, denied the charge."
    assert ("Kalden Front", "fights", "Kenya") in facts(nlp, text)


def test_a_thing_called_rebel_is_no_name_for_the_rebels(nlp) -> None:
    # "Kavkaz Center, a rebel website": the website is no group the rebels are
    text = (
        "The claim appeared on Tarin Center, a rebel website. "
        "He said the raid was carried out by the Kalden Front, a network the rebels set up this spring under their leader, Tomas Arkel."
    )
    assert not any(s == "Tomas Arkel" and o == "Tarin Center" for s, _p, o in facts(nlp, text))


def test_the_armed_forces_are_one_unit_for_the_patterns(nlp) -> None:
    # "under the control of the armed forces", "a spokesman for the armed forces": the
    # story's own army, as "the army" is
    found = facts(nlp, "Kenya is at war. Tarin Air Base is under the control of the armed forces.")
    assert ("Kenyan army", "controls", "Tarin Air Base") in found


def test_a_unit_described_as_a_bodys_own_is_part_of_it(nlp) -> None:
    # "X, the Front's northern battalion", "X, the army's special forces"
    found = facts(nlp, "The Dorlane Brigade, the Kalden Front's northern battalion, attacked the base.")
    assert ("Dorlane Brigade", "partOf", "Kalden Front") in found
    # (a list is no description: "A, the B and the C movement")
    listed = facts(nlp, "The Dorlane Brigade, the Kalden Front and the Tarin movement fell back east.")
    assert not any(p == "partOf" for _s, p, _o in listed)


def test_a_ruler_who_speaks_of_his_government_leads_it(nlp) -> None:
    text = "Kenya sent troops north. President Tomas Arkel has said his government will not pay any ransom."
    assert ("Tomas Arkel", "leads", "Kenyan government") in facts(nlp, text)


def test_a_minister_or_a_former_ruler_speaking_of_his_government_leads_none(nlp) -> None:
    # a minister sits in his government; a former president's government is gone
    minister = "Kenya sent troops north. Interior Minister Tomas Arkel has said his government will not pay any ransom."
    former = "Kenya sent troops north. Rebels killed former president Tomas Arkel, who ruled until his government fell in 1992."
    for text in (minister, former):
        assert not [fact for fact in facts(nlp, text) if fact[1] == "leads"]


def test_new_zealand_names_its_own_government(nlp) -> None:
    # the demonym table's first adjective names a state's government: not "New Zealander government"
    text = "The New Zealand government backs the Kenyan army."
    assert ("New Zealand government", "backs", "Kenyan army") in facts(nlp, text)


def test_it_encircled_after_a_town_is_the_town_not_an_actor(nlp) -> None:
    # the parser joins "overran" to "It has been encircled": the town overran nothing
    text = (
        "KAMPALA, Uganda — Ugandan troops still held Tarin on Saturday, the military said. Tarin, the capital of "
        "Dorlane province, lies about 100 km north of Kampala on Highway 13. It has been encircled since April 13, "
        "a week after Kenyan troops backed by armour crossed from their bases in Kenya and overran the district "
        "town of Loc Velmora, close to the border."
    )
    assert ("Ugandan army", "controls", "Loc Velmora") not in facts(nlp, text)


def test_a_town_held_by_one_unit_together_with_another_is_held_by_both(nlp) -> None:
    text = "Rebels attacked the town of Tarin, which has been held by the Kalden Front together with the Dorlane Brigade since May."
    assert {("Kalden Front", "controls", "Tarin"), ("Dorlane Brigade", "controls", "Tarin")} <= set(facts(nlp, text))


def test_the_enclave_of_a_town_is_the_town(nlp) -> None:
    # "the Kurdish enclave of X": X, not a place called "Kurdish enclave"
    text = "The road links the Kurdish enclave of Tarin, which the Kalden Front retook in January, with the coast."
    assert ("Kalden Front", "controls", "Tarin") in facts(nlp, text)


def test_a_man_whose_militia_controls_a_town_holds_it_through_his_men(nlp) -> None:
    # the parser may tag "militia" an adjective and "controls" a plural noun: no verb
    text = "Tomas Arkel, whose militia controls Kismayo, met the envoy on Monday."
    found = relations(nlp, text)
    held = [r for r in found if r.predicate == "controls" and actor(r.object) == "Kismayo" and r.is_fact]
    assert [actor(r.subject) for r in held] == ["Tomas Arkel"]
    assert held[0].subject.kind == "ArmedGroup"  # his forces, not the man


def test_a_towns_name_before_its_unnamed_bridges_is_no_town_held(nlp) -> None:
    # "Marines hold Nasiriyah bridges": the bridges are held, the town is not
    for text in ("Kenyan troops hold Tarin bridges after a costly day.", "Kenyan troops held the Tarin docks on Monday."):
        assert not any(p == "controls" and o == "Tarin" for _s, p, o in facts(nlp, text)), text
    assert ("Kenyan army", "controls", "Tarin") in facts(nlp, "Kenyan troops hold Tarin and its docks.")


def test_men_who_had_guarded_a_place_and_fell_back_lost_it(nlp) -> None:
    text = "Ugandan troops who had been guarding the Tarin bridge fell back into the city as the Kalden Front crossed."
    held = [r for r in relations(nlp, text) if r.predicate == "controls" and actor(r.object) == "Tarin bridge"]
    assert held and all(r.control_change == "loss" for r in held)


def test_a_participle_after_a_reported_perfect_is_the_reported_subjects_deed(nlp) -> None:
    # the parser joins "captured" to "said": the troops captured, not the radio
    text = "Radio Kenya said that Kenyan troops had advanced in the border sector and captured Kismayo."
    assert {s for s, p, o in facts(nlp, text) if p == "controls" and o == "Kismayo"} == {"Kenyan army"}


def test_a_speaker_going_on_after_a_reported_perfect_speaks_for_himself(nlp) -> None:
    text = (
        'Tomas Arkel, a spokesman for the Kalden Front, said the Front had "defended its own people from an invasion" '
        "and condemned the Kenyan army for shelling homes in Tarin."
    )
    assert ("Tomas Arkel", "opposes", "Kenyan army") in facts(nlp, text)
    assert not any(s == "Kalden Front" and o == "Kenyan army" for s, _p, o in facts(nlp, text))


def test_a_place_that_never_left_a_sides_hands_is_held_by_it(nlp) -> None:
    text = "Ugandan officers said the town of Tarin had never left Kenyan hands."
    assert ("Kenyan army", "controls", "Tarin") in facts(nlp, text)


def test_a_government_named_after_a_land_no_gazetteer_knows_as_a_state_is_its_own(nlp) -> None:
    # "the Lhasa government": a government of its own, and "it" after it is the town held
    text = "Kenyan troops captured Tarin and took prisoner the governor whom the Lhasa government sent to hold it."
    found = relations(nlp, text)
    governments = {actor(r.object) for r in found if r.predicate == "fights" and r.object.kind == "Government"}
    assert governments == {"Lhasa government"}
    assert not any(r.predicate == "controls" and actor(r.object) == "Lhasa" for r in found)


def test_a_side_held_responsible_is_blamed_not_held(nlp) -> None:
    for text in ("The Kalden Front held Tarin responsible for the massacre.", "Kenya holds Uganda accountable for the raid."):
        assert not any(p == "controls" for _s, p, _o in facts(nlp, text)), text


def test_a_declaration_of_war_is_a_fight_however_the_parser_hangs_it(nlp) -> None:
    # the parser makes "declared" a modifier of "war" here and loses the subject
    assert ("Chile", "fights", "Peru") in facts(nlp, "Chile declared war on Peru in April.")


def test_an_attack_not_launched_is_no_fight(nlp) -> None:
    for text in (
        "The Kalden Front has not launched an attack on the Velmoran army.",
        "The Kalden Front did not wage war against the Velmoran army.",
        "Chile has not declared war on Peru.",
    ):
        assert not any(p == "fights" for _s, p, _o in facts(nlp, text)), text


def test_a_post_the_man_denies_holding_is_no_fact(nlp) -> None:
    # the tagger calls "denies" a plural noun and makes "member" the root
    for text in (
        "Its leader, Tomas Arkel, who denies ever having been a member of the Kalden Front, spoke on Monday.",
        "Tomas Arkel, who denies being a member of the Kalden Front, spoke on Monday.",
    ):
        assert not any(p == "memberOf" for _s, p, _o in facts(nlp, text)), text
    assert ("Tomas Arkel", "memberOf", "Kalden Front") in facts(nlp, "Tomas Arkel, a member of the Kalden Front, denied the charge.")


def test_arms_flown_to_a_country_are_help_not_its_own_tanks(nlp) -> None:
    # "tanks to Kenya" hung together by the parser are no Kenyan tanks; a list of what is sent
    for text in ("Uganda has flown tanks to Kenya in a large airlift.", "Uganda has flown tanks, aircraft and ammunition to Kenya."):
        assert ("Uganda", "backs", "Kenya") in facts(nlp, text), text


def test_an_entry_the_same_men_gave_up_is_no_hold(nlp) -> None:
    for text in (
        "Kenyan troops that entered Nairobi on Wednesday were forced to pull out.",
        "Kenyan troops entered Nairobi on Wednesday but were forced to withdraw.",
    ):
        assert ("Kenyan army", "Nairobi") not in held_at_end(nlp, text), text
    # another man's flight after the taking ends nothing
    text = "Kenyan troops took Nairobi, the capital, on Saturday, and the Ugandan governor, Tomas Arkel, fled the town ahead of them."
    assert ("Kenyan army", "Nairobi") in held_at_end(nlp, text)


def test_ethnic_forces_are_a_peoples_not_the_states_army(nlp) -> None:
    # "ethnic Somali forces" fight for a people, not for Somalia; the word opens the unit
    for text in ("Kenyan troops battled ethnic Somali forces near Mandera on Sunday.", "A ceasefire between Kenya and ethnic Somali forces took effect on Tuesday."):
        found = facts(nlp, text)
        assert any(p == "fights" and o == "ethnic Somali forces" for _s, p, o in found), text
        assert not any("Somali army" in (s, o) for s, _p, o in found), text


def test_a_numbered_unit_of_a_named_army_is_part_of_it(nlp) -> None:
    text = "Officers named the attackers as the 10th Army Group of the Kalden Liberation Army's Third Field Army, commanded by Tomas Arkel."
    found = facts(nlp, text)
    assert {("10th Army Group", "partOf", "Third Field Army"), ("Tomas Arkel", "leads", "10th Army Group")} <= found


def test_this_town_is_the_dateline_town(nlp) -> None:
    text = "NAKURU, Kenya — Kenyan army troops regained control of this town on Sunday."
    assert any(p == "controls" and o.lower() == "nakuru" for _s, p, o in facts(nlp, text))


def test_foes_beaten_back_or_held_off_with_the_particle_after_them_are_fought(nlp) -> None:
    for text in (
        "The Kenyan army beat the Kalden Front back.",
        "The Kenyan army held the Kalden Front off for two days.",
        "The Kenyan army threw the Kalden Front back across the river.",
    ):
        assert ("Kenyan army", "fights", "Kalden Front") in facts(nlp, text), text
    assert not any(p == "fights" for _s, p, _o in facts(nlp, "The Kenyan army held back its reserves."))


def test_a_described_group_closing_a_charge_fights_in_the_writers_voice(nlp) -> None:
    # the description set off after the name is the writer's, not part of the charge,
    # and its participle's subject is the name, whatever the parser hangs it on
    text = "Dorlane accuses Velmora of arming the Kalden Front, the guerrilla army fighting the Kenyan army in the north."
    found = facts(nlp, text)
    assert ("Kalden Front", "fights", "Kenyan army") in found
    assert not any(s in {"Dorlane", "Velmora"} and p == "fights" for s, p, _o in found)
    assert ("Velmora", "backs", "Kalden Front") not in found  # the charge itself stays a charge


def test_groups_in_a_place_including_named_ones_are_those_named(nlp) -> None:
    for text in (
        "Kenyan troops have been fighting armed groups in northern Somalia, including the Kalden Front and the Dorlane Movement, since May.",
        "Kenyan troops have been fighting armed groups in northern Somalia, including the Kalden Front and the Dorlane Movement.",
    ):
        found = facts(nlp, text)
        assert {("Kenyan army", "fights", "Kalden Front"), ("Kenyan army", "fights", "Dorlane Movement")} <= found, text


def test_in_support_set_off_after_a_participles_phrase_is_the_main_verbs(nlp) -> None:
    text = "Russia has twice vetoed Security Council resolutions calling for a ceasefire and a pullback of troops, in support of Dorlane."
    assert ("Russia", "backs", "Dorlane") in facts(nlp, text)


def test_a_revolt_waged_inside_a_state_fights_it(nlp) -> None:
    text = "The Kalden Front has waged a long insurgency inside Kenya."
    assert ("Kalden Front", "fights", "Kenya") in facts(nlp, text)
    assert not any(p == "fights" for _s, p, _o in facts(nlp, "The Kalden Front has waged a long insurgency inside Nairobi."))


def test_a_post_taken_up_or_a_predecessor_replaced_is_led(nlp) -> None:
    for text in (
        "Gen. Tomas Arkel became commander of the Kalden Liberation Army this month.",
        "Tomas Arkel, who became Supreme Commander of the Kalden Liberation Army in May, said little.",
        "Tomas Arkel was named commander of the Kalden Liberation Army.",
        "Tomas Arkel has replaced Jan Velmo at the head of the Kalden Liberation Army.",
        "Tomas Arkel succeeded Jan Velmo as commander of the Kalden Liberation Army.",
    ):
        assert ("Tomas Arkel", "leads", "Kalden Liberation Army") in facts(nlp, text), text
    assert not facts(nlp, "Tomas Arkel was named deputy commander of the Kalden Liberation Army.") & {("Tomas Arkel", "leads", "Kalden Liberation Army")}


@pytest.mark.parametrize(
    ("text", "held", "not_held"),
    [
        # "the town" after "A, the port just north of B": A, the place described, not its landmark
        (
            "Commanders at the front vowed that Kismayo, the port just north of Bosaso that Somali troops captured last October, "
            "would be next. The town remains in Somali hands.",
            ("Somali army", "Kismayo"), ("Somali army", "Bosaso"),
        ),
        # a town named on a road ("the Mogadishu road") is not "the city"
        (
            "Somali troops pressed on Kismayo for months, cutting the Mogadishu road and shelling the city daily. "
            "The city itself never fell. Kenyan troops held it throughout.",
            ("Kenyan army", "Kismayo"), ("Kenyan army", "Mogadishu"),
        ),
    ],
)
def test_the_town_is_the_place_described_not_a_landmark_or_a_roads_end(nlp, text, held, not_held) -> None:
    found = held_at_end(nlp, text)
    assert held in found and not_held not in found


def test_a_posts_title_alone_is_no_body(nlp) -> None:
    # the trained model may tag "Supreme Commander" as an organisation
    text = "It is the first real test for Gen. Tomas Arkel, who became Supreme Commander of the Kalden Liberation Army this month."
    names = {e.text for e in nlp(text).ents}
    assert "Supreme Commander" not in names and "Kalden Liberation Army" in names


def test_soldiers_killed_when_a_group_struck_are_fought_by_it(nlp) -> None:
    text = "Eighteen Kenyan soldiers were killed on Monday when the Kalden Front detonated two bombs beside the road."
    assert ("Kalden Front", "fights", "Kenyan army") in facts(nlp, text)
    # a man killed is no side fought, and an unnamed blast names no one
    assert not any(p == "fights" for _s, p, _o in facts(nlp, "Tomas Arkel was killed on Monday when Kenyan jets bombed a compound."))
    assert not any(p == "fights" for _s, p, _o in facts(nlp, "Two Kenyan soldiers were killed when their vehicle was struck."))


def test_its_in_what_a_groups_spokesman_says_is_the_group(nlp) -> None:
    # (the model tags only "Velmo" of his name: the group is still his)
    text = "The Kalden Front claimed the attack. Jan Velmo, the group's military spokesman, said its fighters had seized the Lamu base."
    assert ("Kalden Front", "controls", "Lamu base") in facts(nlp, text)


def test_names_run_on_into_a_town_or_a_second_owner_are_split(nlp) -> None:
    text = (
        "The Kenyan column was led by Lt. Col. Tomas Arkel of Nairobi. "
        "It was made up of the Queen's Own Rifles of Mombasa and Arkel's own 13th Battalion."
    )
    names = {e.text: e.label_ for e in nlp(text).ents}
    assert names.get("Tomas Arkel") == "PER" and "Nairobi" in names
    assert "Queen's Own Rifles of Mombasa" in names
    assert not any(p == "partOf" for _s, p, _o in facts(nlp, text))  # the two units are listed, neither part of the other
    assert ("Duke of Schomberg", "PER") in {(e.text, e.label_) for e in nlp("The Duke of Schomberg led the army.").ents}
    kinds = {e.text: e._.frontline_kind for e in nlp("The deal was signed by Tomas Arkel of Kenya and Jan Velmo.").ents}
    assert kinds.get("Tomas Arkel") == "Person" and kinds.get("Kenya") == "Country"


@pytest.mark.parametrize("people, state", [("British", "United Kingdom"), ("Dutch", "Netherlands")])
def test_a_town_one_was_forced_to_give_up_to_a_people_is_theirs(nlp, people: str, state: str) -> None:
    # "the British" (a demonym whose plural is the same word) is the state's side, and
    # what one "was forced to" do is done, no purpose
    found = relations(nlp, f"The Kalden Front was forced to give up Kismayo to the {people} in May.")
    changes = {(actor(r.subject), r.control_change) for r in found if r.predicate == "controls" and r.is_fact}
    assert changes == {(state, "gain"), ("Kalden Front", "loss")}
    assert ("Velmora", "controls", "Kismayo") not in facts(nlp, f"Velmora sent a force to retake Kismayo from the {people}.")


def test_a_peoples_word_before_a_title_is_no_people(nlp) -> None:
    found = facts(nlp, "Troops commanded by the Polish general Tomas Arkel marched into Kismayo on Saturday.")
    assert not any(s == "Poland" and p == "leads" for s, p, _o in found)


@pytest.mark.parametrize("span", ["for about thirty minutes", "for half an hour", "for two hours"])
def test_a_town_taken_for_minutes_or_hours_is_not_held(nlp, span: str) -> None:
    text = f"Gunmen of the Kalden Front took over the town of Kismayo {span} on Wednesday, emptying three banks."
    assert ("Kalden Front", "controls", "Kismayo") not in facts(nlp, text)
    assert ("Kalden Front", "controls", "Kismayo") in facts(nlp, "Gunmen of the Kalden Front took over the town of Kismayo on Wednesday.")


def test_police_with_no_word_before_them_are_the_storys_own(nlp) -> None:
    text = "Somalia is tense. Gunmen of the Kalden Front seized Kismayo before a running gun battle with police on the roads."
    assert ("Kalden Front", "fights", "Somali police") in facts(nlp, text)


def test_a_town_named_as_the_owner_of_a_district_taken_is_not_taken(nlp) -> None:
    found = facts(nlp, "Police and troops take Nairobi's Eastleigh district from Kalden Front in sweep")
    assert ("Kenyan army", "controls", "Eastleigh district") in found
    assert not any(p == "controls" and o == "Nairobi" for _s, p, o in found)


def test_two_forces_that_fought_them_fought_no_one_another(nlp) -> None:
    text = (
        "Fighters armed with machetes attacked police stations and a prison in Maiduguri, Nigeria. "
        "Police and soldiers fought them street by street."
    )
    assert not any(p == "fights" for _s, p, _o in facts(nlp, text))


def test_the_commander_of_the_militia_known_as_x_leads_x(nlp) -> None:
    text = (
        "Kenyan police and interior ministry troops have taken control of the upper Jubba valley. "
        "Interior Minister Jan Velmo told reporters the operation was over and that Tomas Arkel, "
        "commander of the militia known as Dorlane, had escaped."
    )
    found = facts(nlp, text)
    assert ("Tomas Arkel", "leads", "Dorlane") in found
    assert not any(s == "Tomas Arkel" and o != "Dorlane" for s, _p, o in found)
    # (the parse varies with the man's name; the militia is Dorlane whatever it is)
    from frontline.extract.relations import ArgumentFinder

    doc = nlp(text)
    militia = next(t for t in doc if t.lower_ == "militia")
    assert ArgumentFinder(doc).mention(militia).name == "Dorlane"


def test_a_place_described_as_the_only_corner_of_a_region_held_by_y_is_held_not_the_region(nlp) -> None:
    text = "Kenyan police have taken control of Kismayo, the only corner of the breakaway region of Jubaland still held by the Kalden Front."
    found = facts(nlp, text)
    assert ("Kalden Front", "controls", "Kismayo") in found
    assert not any(p == "controls" and o == "Jubaland" for _s, p, o in found)


def test_a_town_that_fell_to_rebels_and_is_now_held_by_y_is_held_by_y(nlp) -> None:
    text = (
        "Kismayo is the second port to slip from government hands. The first, Bosaso, fell to rebels in 2013 "
        "and is now held by the Kalden Front, which has made it its capital."
    )
    assert ("Kalden Front", "controls", "Bosaso") in facts(nlp, "Gunmen of the Dorlane militia attacked a convoy. " + text)


def test_a_state_set_off_as_the_governments_main_ally_backs_it(nlp) -> None:
    text = "Somalia is at war. Velmora, the government's main regional ally, has kept it supplied with money."
    assert ("Velmora", "backs", "Somali government") in facts(nlp, text)


def test_an_alliance_the_lead_leaves_unnamed_is_the_coalition_named_next(nlp) -> None:
    text = (
        "Somalia is at war. An alliance of Islamist rebels that includes the Kalden Front captured Kismayo on Saturday, "
        "pushing out government forces after four days of fighting. "
        "Fighters of the coalition, which calls itself Jaish al-Tahrir, or the Army of Liberation, posted videos."
    )
    found = facts(nlp, text)
    assert ("Army of Liberation", "controls", "Kismayo") in found
    assert ("Army of Liberation", "fights", "Somali army") in found


def test_the_guerrilla_parties_are_the_guerrillas_and_so_are_them_after_them(nlp) -> None:
    text = (
        "Afghan guerrillas captured Khost on Sunday. Officials of the Velmora Foreign Office called the charge baseless. "
        "Velmora has given the guerrilla parties bases since 1979, and the Kalden Republic supplies them with weapons."
    )
    found = facts(nlp, text)
    assert ("Kalden Republic", "backs", "Afghan guerrillas") in found
    assert not any(o == "Velmora Foreign Office" for _s, p, o in found if p == "backs")


def test_a_name_among_the_examples_after_what_a_man_led_is_not_led(nlp) -> None:
    text = "Tomas Arkel led the final assault, together with units from several guerrilla parties, among them the Kalden Front of Jan Velmo."
    found = facts(nlp, text)
    assert ("Jan Velmo", "leads", "Kalden Front") in found
    assert ("Tomas Arkel", "leads", "Kalden Front") not in found


def test_the_forces_of_a_defence_ministry_are_its_states_army(nlp) -> None:
    found = facts(nlp, "Kenya's Defence Ministry said on Thursday that its forces had taken full control of Kismayo.")
    assert ("Kenyan army", "controls", "Kismayo") in found
    assert not any(s.endswith("Ministry") for s, p, _o in found if p == "controls")


def test_it_after_against_is_never_its_own_clauses_subject(nlp) -> None:
    text = "The Kalden Front holds the countryside, and the United States carries out frequent air strikes against it."
    assert ("United States", "fights", "Kalden Front") in facts(nlp, text)


def test_the_guerrillas_are_the_rebels_the_story_named(nlp) -> None:
    text = "Kalden Front rebels attacked the town. Residents had taken shelter from a battle between the guerrillas and the Dorlane militia."
    assert ("Kalden Front", "fights", "Dorlane") in facts(nlp, text)


def test_it_that_a_coup_became_is_no_actor_named_before(nlp) -> None:
    text = (
        "Burkina Faso is tense. The Kalden Regiment seized the president on Wednesday and declared a new government. "
        "The coup unravelled once the regular army turned against it."
    )
    assert not any(p == "fights" for _s, p, _o in facts(nlp, text))


@pytest.mark.parametrize(("text", "held"), [
    ("The Kalden Front held Kismayo for two years.", False),
    ("For several days the Kalden Front held Kismayo.", False),
    ("The Kalden Front has held Kismayo for two years.", True),
    ("The Kalden Front held Kismayo on Monday.", True),
])
def test_a_hold_told_in_the_simple_past_over_a_counted_stretch_is_over(nlp, text: str, held: bool) -> None:
    assert (("Kalden Front", "controls", "Kismayo") in facts(nlp, text)) == held


@pytest.mark.parametrize("text", [
    "The Kalden Front, which relies heavily on Egypt for money and protection, holds the north.",
    "The Kalden Front had depended on Egypt for fuel and ammunition since the spring.",
    "The Kalden Front is increasingly dependent on Egypt for weapons.",
    "The Kalden Front, stretched thin and increasingly dependent on fighters from the Dorlane Brigade, fell back to Tarbo.",
])
def test_who_leans_on_another_for_its_war_is_backed_by_it(nlp, text: str) -> None:
    backer = "Dorlane Brigade" if "Dorlane" in text else "Egypt"
    assert (backer, "backs", "Kalden Front") in facts(nlp, text)


def test_leaning_on_what_another_decides_is_no_backing(nlp) -> None:
    text = "Whether the Kalden Front survives depends on what Egypt decides."
    assert not any(p == "backs" for _s, p, _o in facts(nlp, text))


def test_a_supplier_of_weapons_in_apposition_backs(nlp) -> None:
    text = "The minister met the president in Cairo, the Kalden Front's biggest supplier of weapons, on Monday."
    assert ("Egypt", "backs", "Kalden Front") in facts(nlp, text)


@pytest.mark.parametrize(("text", "backer", "backed"), [
    ("Guerrillas of the Dorlane Brigade held the camp, with fighters of the leftist Kalden Front fighting at their side.", "Kalden Front", "Dorlane Brigade"),
    ("The town has fallen to the Dorlane Brigade and the Sudanese troops fighting at their side.", "Sudanese army", "Dorlane Brigade"),
])
def test_who_fights_at_anothers_side_backs_it(nlp, text: str, backer: str, backed: str) -> None:
    assert (backer, "backs", backed) in facts(nlp, text)


@pytest.mark.parametrize("text", [
    "In Kismayo, North Korean and Chinese troops still hold most of the walled Citadel.",
    "In Kismayo, the port city, North Vietnamese and Viet Cong troops still hold most of the walled Citadel.",
])
def test_both_sides_of_a_coordinated_force_hold_after_an_opening_place(nlp, text: str) -> None:
    first = "North Korean army" if "Korean" in text else "North Vietnamese army"
    assert (first, "controls", "Citadel") in facts(nlp, text)


def test_an_owners_camp_at_a_place_is_the_place(nlp) -> None:
    found = facts(nlp, "Kalden Front fighters overran the U.S. Special Forces camp at Tarbo before dawn.")
    assert ("Kalden Front", "controls", "Tarbo") in found


@pytest.mark.parametrize("backer", ["Western", "US"])
def test_a_backed_government_is_the_storys_government(nlp, backer: str) -> None:
    text = f"KABUL, Afghanistan — The Kalden Front has fought the {backer}-backed government since 2001."
    assert ("Kalden Front", "fights", "Afghan government") in facts(nlp, text)


def test_a_backed_government_set_after_a_name_describes_the_name(nlp) -> None:
    text = "Also at the table is the State of Dorlane, the French-backed government of Tomas Arkel."
    assert ("France", "backs", "State of Dorlane") in facts(nlp, text)


@pytest.mark.parametrize("undoing", ["before being called back", "before pulling back", "before being driven out"])
def test_ground_occupied_before_a_recall_is_not_held(nlp, undoing: str) -> None:
    text = f"Last month the Kalden Front occupied the towns of Kismayo and Bosaso {undoing}."
    assert not any(p == "controls" for _s, p, _o in facts(nlp, text))


def test_coming_under_fire_from_a_force_is_a_fight_with_it(nlp) -> None:
    text = "Around Kismayo, Kenyan troops have come under heavy fire from Kalden Front units dug in on the outskirts."
    assert ("Kenyan army", "fights", "Kalden Front") in facts(nlp, text)


def test_an_army_aligned_government_is_not_backed_by_the_army(nlp) -> None:
    text = "KHARTOUM, Sudan — Jan Velmo serves as finance minister in the army-aligned government based in Port Sudan."
    assert not any(p == "backs" for _s, p, _o in facts(nlp, text))


def test_an_offer_to_help_is_no_help_given(nlp) -> None:
    text = "The Kalden Front has offered to help Dorlane Brigade units against the rebels, but Velmora has not taken it up."
    assert not any(p == "backs" for _s, p, _o in facts(nlp, text))


def test_relying_on_a_force_to_fight_is_backing_it(nlp) -> None:
    found = facts(nlp, "Kenya has armed the militias of the south and has relied on the Kalden Front to fight the rebels.")
    assert ("Kenya", "backs", "Kalden Front") in found
    assert ("Kalden Front", "backs", "Kenya") not in found


def test_relying_on_a_force_for_security_is_being_backed_by_it(nlp) -> None:
    assert ("Kalden Front", "backs", "Kenya") in facts(nlp, "Kenya has relied on the Kalden Front for its security.")


@pytest.mark.parametrize(
    ("text", "backer"),
    [
        # the tagger reads "relies" as a noun, and "its" as the Ethiopians'
        ("The Somali government relies on Ethiopia for its security.", "Ethiopia"),
        ("The Somali government relies on some 14,000 Ethiopian troops for its security.", "Ethiopian army"),
    ],
)
def test_a_government_relying_on_troops_numbered_or_not_for_its_security_is_backed(nlp, text: str, backer: str) -> None:
    assert (backer, "backs", "Somali government") in facts(nlp, text)


def test_the_capital_is_not_a_foreign_capital_where_the_news_was_heard(nlp) -> None:
    text = (
        "BOSASO, Somalia — Kalden Front fighters entered Bosaso on Sunday. In Nairobi, Kenya's president, "
        "Jan Velmo, condemned the attack. \"The Kalden Front have taken the capital, not the country,\" said Tomas Arkel."
    )
    assert not any(o == "Nairobi" for _s, p, o in facts(nlp, text) if p == "controls")


def test_a_man_named_with_his_body_is_a_member_of_it(nlp) -> None:
    text = "Lieutenant Colonel Tomas Arkel of the Kalden Front surrendered on the crest together with Jan Velmo of the Dorlane Brigade."
    found = facts(nlp, text)
    assert {("Tomas Arkel", "memberOf", "Kalden Front"), ("Jan Velmo", "memberOf", "Dorlane Brigade")} <= found


def test_a_ruler_named_with_his_land_is_no_member_of_it(nlp) -> None:
    assert not any(p == "memberOf" for _s, p, _o in facts(nlp, "Talks were held with King Tomas Arkel of Kenya on Monday."))


def test_a_fight_against_a_foe_hung_on_a_time_phrase_is_a_fight(nlp) -> None:
    text = "Overhead, the Kalden Front fought its biggest air battle since 1940 against the Dorlane Brigade, with Polish squadrons flying alongside."
    assert ("Kalden Front", "fights", "Dorlane Brigade") in facts(nlp, text)


def test_a_units_number_sign_is_part_of_its_name(nlp) -> None:
    text = "In the west, No. 4 Commando, under Lieutenant Colonel Tomas Arkel, stormed the battery at Tarbo."
    doc = nlp(text)
    assert "No. 4 Commando" in {e.text for e in doc.ents}
    assert len(list(doc.sents)) == 1  # (no sentence ends on the sign's full stop)
    assert ("Tomas Arkel", "leads", "No. 4 Commando") in facts(nlp, text)


def test_a_second_place_taken_in_a_participle_clause_is_taken(nlp) -> None:
    text = "Kenyan troops have since driven the rebels out of the south, capturing the coastal town of Kismayo in January and the jungle stronghold of Bosaso in July."
    found = facts(nlp, text)
    assert {("Kenyan army", "controls", "Kismayo"), ("Kenyan army", "controls", "Bosaso")} <= found


def test_moving_against_a_side_is_fighting_it(nlp) -> None:
    found = facts(nlp, "The Velmoran army moved against the Kalden Front in March, weeks after the truce broke down.")
    assert ("Velmoran forces", "fights", "Kalden Front") in found
    assert not facts(nlp, "The Velmoran army moved its reserves to Tarbo in March.")


def test_an_inn_is_a_building_taken_not_a_side_fought(nlp) -> None:
    found = facts(nlp, "Fighters of the Kalden Front stormed the Bosaso Inn early on Monday and seized the Dorlane Tower across the street.")
    assert ("Kalden Front", "controls", "Bosaso Inn") in found
    assert ("Kalden Front", "fights", "Bosaso Inn") not in found


def test_a_reef_named_without_its_head_word_is_still_the_reef(nlp) -> None:
    doc = nlp("Velmoran marines seized Tarbo West Reef on Monday, the ministry said. The Velmoran navy remained in control of Tarbo West on Wednesday, diplomats said.")
    assert {(e.text, e._.frontline_kind) for e in doc.ents} >= {("Tarbo West Reef", "Place"), ("Tarbo West", "Place")}


def test_a_title_before_the_comma_is_not_the_next_mans_own(nlp) -> None:
    found = facts(nlp, "In a message to the United Nations Secretary-General, Foreign Minister Tomas Arkel warned that Velmora would defend its positions.")
    assert ("Tomas Arkel", "leads", "United Nations") not in found
    assert ("Tomas Arkel", "leads", "United Nations") in facts(nlp, "The United Nations Secretary-General, Tomas Arkel, said the truce held.")


def test_a_place_nouns_other_name_is_that_place(nlp) -> None:
    doc = nlp("Velmoran marines landed on Tarbo West Reef on Monday. Dorlane says its sailors reached the reef, known in Dorlane as Kalu Sima, first. Kalu Sima lies far from both coasts.")
    found = {(e.text, e._.frontline_kind) for e in doc.ents}
    assert ("Kalu Sima", "Place") in found and ("Kalu Sima", "Person") not in found


def test_held_up_by_a_side_is_fought_by_it_and_holds_nothing(nlp) -> None:
    found = facts(nlp, "The Kalden Front crossed the river in May, aiming at the port of Bosaso. For a fortnight it has been held up near Kismayo by Velmora's 3rd Infantry Division, commanded by Maj. Gen. Tomas Arkel, and by militias under Jan Velmo.")
    assert {("3rd Infantry Division", "fights", "Kalden Front"), ("Tomas Arkel", "leads", "3rd Infantry Division")} <= found
    assert not {f for f in found if f[1] == "controls"}
    assert ("Tomas Arkel", "leads", "Kalden Front") not in found


def test_a_quote_after_a_quote_goes_on_in_its_speakers_voice(nlp) -> None:
    text = 'An army spokesman for Somalia said the attack had failed. "They could go no further," he told reporters. "Kismayo remains firmly in our hands."'
    assert ("Somali army", "controls", "Kismayo") in facts(nlp, text)


def test_a_first_president_whose_post_passed_on_leads_no_more(nlp) -> None:
    found = facts(nlp, "The Kalden Front's political leader is Tomas Arkel, who took over in April after the Front's first president, Jan Velmo, was killed in an air strike.")
    assert ("Tomas Arkel", "leads", "Kalden Front") in found
    assert ("Jan Velmo", "leads", "Kalden Front") not in found
    assert ("Jan Velmo", "leads", "Kalden Front") in facts(nlp, "The Kalden Front's first president, Jan Velmo, opened the talks.")


def test_a_second_title_joined_to_an_apposition_is_the_named_mans_own(nlp) -> None:
    found = facts(nlp, "Tomas Arkel, the regional governor and commander of the Kalden Front, fled the town.")
    assert ("Tomas Arkel", "leads", "Kalden Front") in found
    # "its" in the second title is the first title's owner, not the army named before
    text = (
        "KISMAYO, Somalia — Rebels took Tarbo on Tuesday. By midday most units of the Somali National Army had abandoned "
        "Tarbo and were falling back. Tomas Arkel, the government's secretary of state for information and its chief "
        "spokesman, said troops had withdrawn for tactical reasons."
    )
    found = facts(nlp, text)
    assert ("Tomas Arkel", "spokespersonFor", "Somali government") in found
    assert ("Tomas Arkel", "spokespersonFor", "Somali National Army") not in found


def test_the_peninsula_is_the_one_peninsula_named_before(nlp) -> None:
    text = "Somali marines landed on the Tarbo peninsula on Monday. By the afternoon the peninsula was in Somali hands."
    assert ("Somali army", "controls", "Tarbo peninsula") in facts(nlp, text)
    text = "Somali marines landed on the Tarbo peninsula and the Ulen peninsula on Monday. By the afternoon the peninsula was in Somali hands."
    assert not {f for f in facts(nlp, text) if f[1] == "controls"}  # which of the two, the words do not say


def test_heights_taken_and_then_lost_are_not_held(nlp) -> None:
    text = 'Velmoran troops drove the Kalden Front from the Tarbo Heights. "The Front took the heights and then lost them," said Tomas Arkel.'
    found = [r for r in relations(nlp, text) if r.is_fact and r.predicate == "controls" and actor(r.subject) == "Kalden Front"]
    assert [r.control_change for r in found] == ["loss", "loss"]


def test_a_pledge_made_to_stand_by_a_side_is_backing(nlp) -> None:
    found = facts(nlp, "Kenya and Uganda, which have pledged to stand by Somalia, sent troops to Kismayo on Sunday.")
    assert {("Kenya", "backs", "Somalia"), ("Uganda", "backs", "Somalia")} <= found
    assert ("Kenya", "backs", "Somalia") in facts(nlp, "Kenya has pledged to support Somalia.")
    # a pledge not made: only what would be
    assert ("Kenya", "backs", "Somalia") not in facts(nlp, "Kenya would pledge to stand by Somalia if the talks failed.")
    assert ("Kenya", "backs", "Somalia") not in facts(nlp, "If Kenya pledged to support Somalia, the war would end.")


def test_the_left_wing_x_movement_names_a_body_ground_was_taken_from(nlp) -> None:
    # "taken from X" is no sign of a place's name (as "in X" is): whom ground is taken from
    # is a side; and "the left-wing X movement" names the body past its small words
    doc = nlp("The hill post above Kismayo, captured from Marenko on Monday, is now held by the army. The left-wing Marenko movement says it will fight on.")
    kinds = {(e.text, e._.frontline_kind) for e in doc.ents}
    assert ("Marenko", "ArmedGroup") in kinds and ("Marenko", "Place") not in kinds


def test_each_giver_of_a_list_of_arms_relied_on_backs_the_user(nlp) -> None:
    # "relies on A, B and C supplied by X and Y": every giver backs the one relying on them
    found = facts(nlp, "The Kalden Front relies on rifles, mortars and fuel supplied by Velmora and Dorlane.")
    assert {("Velmora", "backs", "Kalden Front"), ("Dorlane", "backs", "Kalden Front")} <= found


def test_arms_supplied_by_two_states_make_neither_back_the_other(nlp) -> None:
    # "tanks supplied by A and B": the tanks are what is given, not the one backed
    found = facts(nlp, "North Vietnam's army relies on tanks supplied by the Soviet Union and China.")
    assert ("China", "backs", "Soviet Union") not in found
    assert ("Soviet Union", "backs", "North Vietnamese army") in found


def test_forces_styled_with_a_name_are_the_body_of_that_name(nlp) -> None:
    # "Its forces, styled the X": X, whoever "its" points at (and "they" after it)
    text = "The enclave declared independence in 1991. Its forces, styled the Kalden Defence Army and commanded by Tomas Arkel, now hold Kismayo. They captured Bosaso last year."
    found = facts(nlp, text)
    assert {("Kalden Defence Army", "controls", "Kismayo"), ("Tomas Arkel", "leads", "Kalden Defence Army")} <= found


def test_the_city_after_an_airport_named_for_it_is_that_city(nlp) -> None:
    # "landed at X airport and took the city": X, not a town named sentences before
    text = (
        "KISMAYO, Somalia — Kenya ordered troops stationed in Garowe, in Puntland, to intervene. "
        "Kenyan paratroopers landed at Kismayo airport and took the city with little resistance."
    )
    found = {(s, p, o.lower()) for s, p, o in facts(nlp, text)}
    assert ("Kenyan army", "controls", "kismayo") in found
    assert ("Kenyan army", "controls", "garowe") not in found


def test_said_by_telephone_that_is_the_speakers_word(nlp) -> None:
    # the parser hangs the that-clause on "telephone"; it is still what he said
    text = "Tomas Arkel, a Kalden Front spokesman, said by telephone that its fighters still controlled most of Kismayo."
    held = [r for r in relations(nlp, text) if r.predicate == "controls"]
    assert [(actor(r.subject), r.object.name, r.attributed_to) for r in held] == [("Kalden Front", "Kismayo", "Tomas Arkel")]
    # a relative clause on the same noun is no content of the saying
    text = "Tomas Arkel spoke by a telephone line that the Kalden Front had seized in Kismayo."
    assert all(r.attributed_to is None for r in relations(nlp, text))


def test_places_retaken_without_a_taker_are_not_the_takers(nlp) -> None:
    took = "The Kalden Front seized Bosaso and Garowe on Friday. "
    found = facts(nlp, took + "Bosaso and Garowe were retaken on Sunday.")
    assert ("Kalden Front", "controls", "Bosaso") in found  # its taking stands; no second one
    assert [r.triggers for r in relations(nlp, took + "Bosaso and Garowe were retaken on Sunday.") if r.object.name == "Bosaso"] == [("seized",)]
    # the one side the story has retake places retook them
    found = facts(nlp, "Somali troops retook Kismayo on Monday. " + took + "Bosaso and Garowe were retaken on Sunday.")
    assert {("Somali army", "controls", "Bosaso"), ("Somali army", "controls", "Garowe")} <= found


def test_a_taking_told_after_anothers_retaking_is_the_one_undone(nlp) -> None:
    # "Somali troops retook Bosaso on Monday ... Bosaso fell to a column led by X": how
    # the column came to hold it, before the retaking (background), not a later change
    retook = "GAROWE, Somalia — The Kalden Front had held the coast for a week. Somali troops retook Bosaso on Monday. "
    fell = [r for r in relations(nlp, retook + "Bosaso fell to a column led by Tomas Arkel.") if r.predicate == "controls" and r.object.name == "Bosaso"]
    assert [(actor(r.subject), r.timeline_rank) for r in fell if r.triggers[0] != "retook"] == [("Tomas Arkel", 0)]
    # "... has since fallen to X": a change of hands after the retaking
    since = [r for r in relations(nlp, retook + "Bosaso has since fallen to a column led by Tomas Arkel.") if r.object.name == "Bosaso"]
    assert [r.timeline_rank for r in since if r.triggers[0] != "retook"] == [1]


def test_a_ruler_others_overthrew_leads_no_government(nlp) -> None:
    text = "KHARTOUM, Sudan — Dorlane came to power in May after young officers overthrew President Tomas Arkel. Washington has refused to recognise his government."
    assert ("Tomas Arkel", "leads", "Sudanese government") not in facts(nlp, text)
    text = "KHARTOUM, Sudan — Young officers overthrew President Tomas Arkel in May. Arkel's government had ruled since 1990."
    assert ("Tomas Arkel", "leads", "Sudanese government") not in facts(nlp, text)
    # unless he was put back
    back = "KHARTOUM, Sudan — In 2001 the army overthrew President Tomas Arkel, until Egyptian troops restored the elected government. Arkel's government rules Sudan."
    assert ("Tomas Arkel", "leads", "Sudanese government") in facts(nlp, back)


def test_the_army_of_the_new_republic_is_not_the_storys_army(nlp) -> None:
    took = "KHARTOUM, Sudan — The Sudanese army took Kalden. "
    found = facts(nlp, took + "Tomas Arkel, named commander-in-chief of the army of the new republic, ordered a retreat.")
    assert ("Tomas Arkel", "leads", "Sudanese army") not in found
    # "the army of Marshal X" is still the story's army
    found = facts(nlp, took + "The army of Marshal Tomas Arkel entered Bosaso on Sunday.")
    assert ("Sudanese army", "controls", "Bosaso") in found


def test_the_capital_is_not_a_foreign_capital_acting_as_its_state(nlp) -> None:
    text = (
        "VIENTIANE, Laos — Fighting went on in Vientiane on Friday.\n\n"
        "Front officers accused Thai gunners of shelling their positions, a charge Bangkok flatly denies.\n\n"
        "The Kalden Front has taken the capital."
    )
    held = {r.object.name for r in relations(nlp, text) if r.predicate == "controls" and actor(r.subject) == "Kalden Front"}
    assert "Bangkok" not in held and "Vientiane" in held


def test_the_owner_in_an_apposition_is_no_second_leader(nlp) -> None:
    text = "The Kalden Front, headed by Tomas Arkel, Dorlane's half-brother, has fought the army since last year."
    leaders = {actor(r.subject) for r in relations(nlp, text) if r.predicate == "leads"}
    assert leaders == {"Tomas Arkel"}


def test_a_foe_thrown_or_driven_back_with_the_particle_first_is_fought(nlp) -> None:
    # the parser makes the object after "back" an oblique, or hangs "by X" on the particle
    assert ("Somali army", "fights", "al-Shabaab") in facts(nlp, "The Somali army drove back al-Shabaab fighters near Bosaso.")
    assert ("Somali army", "fights", "Al-Shabaab") in facts(nlp, "Al-Shabaab fighters were thrown back by the Somali army near Bosaso.")
    assert not any(p == "fights" for _s, p, _o in facts(nlp, "The Kenyan army pushed back the election by six weeks."))


def test_a_holder_before_who_took_the_town_unopposed_is_still_fought_by_its_retaker(nlp) -> None:
    # "without a shot" tells how al-Shabaab took Bosaso, not how the army took it back
    text = "The Somali army retook Bosaso in a surprise attack on Wednesday. Al-Shabaab had seized Bosaso almost without a shot in early April."
    assert ("Somali army", "fights", "Al-Shabaab") in facts(nlp, text)
    # the retaking itself unopposed: no fight is read into it
    text = "The Somali army retook Bosaso on Wednesday, meeting no resistance. Al-Shabaab had seized Bosaso in early April."
    assert ("Somali army", "fights", "Al-Shabaab") not in facts(nlp, text)


def test_they_in_a_where_clause_are_the_unnamed_men_of_the_clause_it_hangs_on(nlp) -> None:
    # "they" hold the valley towns: the herders who withdrew there, not the troops named first
    text = (
        "Sudanese troops have retaken the centre of Kismayo after a week of fighting, and the armed herders who seized "
        "most of the town in April have withdrawn into the hills to the south, where they still hold Bosaso and Garowe."
    )
    found = facts(nlp, text)
    assert ("Sudanese army", "controls", "Kismayo") in found
    assert not any(p == "controls" and o in {"Bosaso", "Garowe"} for _s, p, o in found)


def test_a_named_operation_launched_against_the_camps_of_groups_fights_each(nlp) -> None:
    text = (
        "The Somali army launched Operation Dawn Sweep before first light on Monday against some 20 camps of the "
        "Kalden Front, the Dastin Brigade and the Velmoran Liberation Army (VLA)."
    )
    found = facts(nlp, text)
    assert {("Somali army", "fights", g) for g in ("Kalden Front", "Dastin Brigade", "Velmoran Liberation Army")} <= found


def test_a_group_described_after_a_name_and_a_comma_is_that_name_whatever_the_parse(nlp) -> None:
    # the parser may set "the ... group" beside "offshoot", not beside the name it describes
    text = (
        "Dastin Brigade fighters attacked the prison. Sudan considers the Kalden Front an offshoot of the VLF, "
        "the Velmoran militant group that has waged an insurgency against the Sudanese state since 1984."
    )
    found = facts(nlp, text)
    assert ("VLF", "fights", "Sudan") in found or ("VLF", "fights", "Sudanese government") in found
    assert not any(s == "Dastin Brigade" and p == "fights" for s, p, _o in found)
    # (or made the root of the sentence, after a bracketed acronym)
    text = (
        "The Somali army took Bosaso from the Dastin group. The decision angered Kenya, which regards the Kalden "
        "Front as a branch of the Velmoran Liberation Front (VLF), the group that has waged an insurgency inside Kenya for decades."
    )
    found = facts(nlp, text)
    assert ("Velmoran Liberation Front", "fights", "Kenya") in found
    assert not any(s.startswith("Dastin") and p == "fights" and o == "Kenya" for s, p, o in found)


def test_a_name_after_a_two_sentence_quotation_closes_is_nothing_the_quoted_verb_gave(nlp) -> None:
    text = (
        '"The Somali army is in the lead. We provided air strikes and some ground forces in a supporting role," '
        "Mark Dorlan, the Pentagon press secretary, told reporters in Washington."
    )
    assert not any(p == "backs" and o == "Mark Dorlan" for _s, p, o in facts(nlp, text))


def test_of_two_objects_of_handing_the_first_is_the_receiver(nlp) -> None:
    text = (
        '"The raid shows the rebels can strike the capital," said an analyst in San Jose, Costa Rica. '
        '"But it also hands Washington a reason to send more aircraft."'
    )
    assert not any(p == "controls" for _s, p, _o in facts(nlp, text))
    assert ("Kalden Front", "controls", "Bosaso") in facts(nlp, "The treaty handed the Kalden Front the town of Bosaso.")


def test_a_bare_president_leads_the_state_the_story_is_about(nlp) -> None:
    # no state before the title: the story's own (its government, when it speaks of one)
    text = (
        "GAROWE, Somalia — Somali troops retook Garowe from the Kalden Front on Monday, the government said. "
        "President Tomas Arkel flew into Garowe on Tuesday."
    )
    assert ("Tomas Arkel", "leads", "Somali government") in facts(nlp, text)


def test_a_bare_president_is_no_leader_of_the_story_state_beside_another_state_or_after_his_fall(nlp) -> None:
    guest = (
        "GAROWE, Somalia — Somali troops retook Garowe from the Kalden Front on Monday, the government said. "
        "The plan was shown to President Tomas Arkel in Nairobi."
    )
    assert not any(p == "leads" and s == "Tomas Arkel" for s, p, _o in facts(nlp, guest))
    fallen = (
        "GAROWE, Somalia — Somali troops retook Garowe from the Kalden Front on Monday, the government said. "
        "The army overthrew President Tomas Arkel in 1991."
    )
    assert not any(p == "leads" and s == "Tomas Arkel" for s, p, _o in facts(nlp, fallen))


def test_a_bare_minister_sits_in_the_government_of_the_state_the_story_is_about(nlp) -> None:
    text = (
        "GAROWE, Somalia — Somali troops retook Garowe from the Kalden Front on Monday. "
        "Defence Minister Tomas Arkel said the town was calm."
    )
    assert ("Tomas Arkel", "memberOf", "Somali government") in facts(nlp, text)
    stepped = (
        "GAROWE, Somalia — Somali troops retook Garowe from the Kalden Front on Monday. "
        "Prime Minister Tomas Arkel stepped aside on Wednesday night."
    )
    assert not any(p == "leads" and s == "Tomas Arkel" for s, p, _o in facts(nlp, stepped))


def test_who_overruns_a_bodys_offices_fights_the_body(nlp) -> None:
    of = facts(nlp, "Kalden Front gunmen overran the offices of the Dastin Brigade across the city.")
    assert ("Kalden Front", "fights", "Dastin Brigade") in of
    owned = facts(nlp, "The Kalden Front has taken much of the Dastin Brigade's main base.")
    assert ("Kalden Front", "fights", "Dastin Brigade") in owned


def test_a_portion_of_which_a_group_has_held_is_the_land_it_holds(nlp) -> None:
    text = "One tank was ferried to the Garowe peninsula, most of which the Kalden Front has controlled since the army left in 1990."
    assert ("Kalden Front", "controls", "Garowe peninsula") in facts(nlp, text)


def test_who_heads_or_runs_a_bodys_media_office_speaks_for_it(nlp) -> None:
    for text in (
        "Velmo Arkel, who heads the Kalden Front media centre, accused the army of executing captured fighters.",
        "Velmo Arkel, the head of the Kalden Front's media office, said the town had fallen.",
        "Velmo Arkel, who runs the Kalden Front's publicity, said in a bulletin that the town had fallen.",
    ):
        assert ("Velmo Arkel", "spokespersonFor", "Kalden Front") in facts(nlp, text), text


def test_who_after_the_second_of_two_named_men_is_the_second(nlp) -> None:
    text = "Velmo Arkel, president of the Kalden Front, and Tomas Dorlan, who heads the Dastin Brigade, surrendered to troops inside the temple."
    found = facts(nlp, text)
    assert ("Tomas Dorlan", "leads", "Dastin Brigade") in found
    assert ("Velmo Arkel", "leads", "Dastin Brigade") not in found


def test_a_title_in_a_who_clause_or_after_became_is_the_mans(nlp) -> None:
    assert ("Tomas Arkel", "leads", "Kalden Front") in facts(nlp, "Tomas Arkel, who is president of the Kalden Front, said the war was over.")
    assert ("Tomas Arkel", "leads", "Kalden Front") in facts(nlp, "Tomas Arkel, a former banker who is now the leader of the Kalden Front, said the war was over.")
    assert ("Tomas Arkel", "leads", "Kalden Front") in facts(nlp, "Tomas Arkel became leader of the Kalden Front in July.")


def test_the_capital_of_a_country_in_someones_hands_is_the_capital_not_the_country(nlp) -> None:
    text = 'MOGADISHU, Somalia — Kalden Front columns entered Mogadishu on Monday. "The capital of Somalia is in Kalden Front hands," a commander said.'
    found = facts(nlp, text)
    assert ("Kalden Front", "controls", "Somalia") not in found
    assert ("Kalden Front", "controls", "Mogadishu") in found


def test_a_post_held_until_something_is_no_post_now(nlp) -> None:
    left = "Tomas Arkel, chairman of the Kalden Council until he took command of the army this month, has left the council to others."
    assert ("Tomas Arkel", "leads", "Kalden Council") not in facts(nlp, left)
    said = "Kenyan President Tomas Arkel has said his troops will stay until the crisis is over."
    assert ("Tomas Arkel", "leads", "Kenya") in facts(nlp, said)


def test_the_government_of_a_named_state_is_that_states(nlp) -> None:
    text = "MOGADISHU, Somalia — The Kalden Front guerrillas are fighting the US-backed government of Ethiopia."
    found = facts(nlp, text)
    assert {("Kalden Front", "fights", "Ethiopian government"), ("United States", "backs", "Ethiopian government")} <= found
    assert ("Kalden Front", "fights", "Somali government") not in found


def test_a_member_of_a_bodys_directorate_belongs_to_the_body(nlp) -> None:
    for text in (
        "Tomas Arkel, a member of the Kalden Front directorate, told reporters that the raid was a success.",
        "Tomas Arkel, a member of the Kalden Front leadership, told reporters that the raid was a success.",
    ):
        assert ("Tomas Arkel", "memberOf", "Kalden Front") in facts(nlp, text), text


def test_who_acts_as_a_bodys_spokesman_speaks_for_it(nlp) -> None:
    text = "Tomas Arkel, a member of the Kalden Front directorate who acts as its spokesman, told reporters in Nairobi that the raid was a success."
    assert ("Tomas Arkel", "spokespersonFor", "Kalden Front") in facts(nlp, text)


def test_a_name_that_qualifies_the_title_after_it_leads_nothing(nlp) -> None:
    found = facts(nlp, "The Dastin Alliance, led by the former Kalden Front commander Tomas Arkel, operates on the southern front.")
    assert ("Tomas Arkel", "leads", "Dastin Alliance") in found
    assert ("Kalden Front", "leads", "Dastin Alliance") not in found


def test_a_dateline_town_with_its_other_name_in_brackets_lies_in_the_region_after_them(nlp) -> None:
    text = "Filed by the desk\n\nVALDORA (ALTBURG), Temmin — Soldiers held Valdora on Monday as the Ostmark Legion pulled out."
    assert ("VALDORA", "locatedIn", "Temmin") in facts(nlp, text)


def test_a_sides_men_under_a_named_commander_are_the_sides(nlp) -> None:
    found = facts(nlp, "Nationalist insurgents under the command of Colonel Tomas Arkel marched into Garowe on Friday.")
    assert ("Tomas Arkel", "leads", "Nationalist forces") in found
    assert ("Tomas Arkel", "leads", "Tomas Arkel") not in found  # (no force of his own)


def test_the_last_backer_in_a_by_list_is_no_subject_of_the_verb_after_it(nlp) -> None:
    text = "Kenyan troops backed by tanks and warplanes have recaptured the town of Garowe from the Kalden Front."
    found = facts(nlp, text)
    assert ("Kenyan army", "controls", "Garowe") in found


def test_it_after_a_place_in_its_sentence_and_a_places_own_men_are_no_actor(nlp) -> None:
    text = (
        'The Kalden Front is an armed movement of the hills. "Garowe was not taken by foreigners. It was taken by its own '
        'people and its own soldiers," said Tomas Arkel, a researcher. "The government has kept the city, but only by bombing it."'
    )
    found = facts(nlp, text)
    assert ("Kalden Front", "controls", "Garowe") not in found
    assert not any(p == "fights" and "Kalden Front" in (s, o) for s, p, o in found)


def test_a_town_held_by_a_ranked_mans_forces_is_theirs(nlp) -> None:
    found = facts(nlp, "The army will push on to Mogadishu, still occupied by General Tomas Arkel's forces.")
    assert ("Tomas Arkel", "controls", "Mogadishu") in found


def test_hosts_and_backs_and_standing_behind_an_ally_are_backing(nlp) -> None:
    assert ("Kenya", "backs", "Kalden Front") in facts(nlp, "Kenya hosts and backs the opposition Kalden Front.")
    assert ("United States", "backs", "Kenya") in facts(nlp, "The White House said the United States stood firmly behind its ally Kenya.")


def test_a_said_clause_the_parser_breaks_is_still_said_and_denied_after(nlp) -> None:
    for text in (
        "Kenyan commanders say men of the Jewish militia fired on Kenyan troops during the fighting. Jewish community leaders deny this.",
        "Kenyan commanders say men of the Dastin militia, formed early this month to protect the old quarter, fired on Kenyan troops "
        "during the fighting. Dastin community leaders deny this and insist the militia kept strict neutrality.",
    ):
        fights = [r for r in relations(nlp, text) if r.predicate == "fights"]
        assert fights and not any(r.is_fact for r in fights), text


def test_as_did_x_hands_the_clause_on_to_x(nlp) -> None:
    found = facts(nlp, "The Kalden Front has stepped up its own attacks on the army this year, as has the Dastin Brigade, around Garowe.")
    assert ("Dastin Brigade", "fights", "Somali army") in found
    found = facts(nlp, "Garowe remains in the Kalden Front's hands, as does Bosaso, lost last May.")
    assert ("Kalden Front", "controls", "Bosaso") in found
    assert ("Bosaso", "controls", "Garowe") not in found


def test_armed_group_in_a_town_arms_no_town(nlp) -> None:
    found = facts(nlp, "Eight police and 14 gunmen killed as Somalia battles armed group in Garowe")
    assert ("Somalia", "backs", "Garowe") not in found


def test_an_accusation_is_no_standing_opposition(nlp) -> None:
    found = facts(nlp, "Kenya has accused Tanzania of letting the Kalden Front train on its soil, which Tanzania denies.")
    assert ("Kenya", "opposes", "Tanzania") not in found
    assert ("Kenya", "opposes", "Tanzania") in facts(nlp, "Kenya condemned Tanzania for the shelling of Garowe.")
    # (one leader's charge against another is a rivalry)
    assert ("Tomas Arkel", "opposes", "Kiro Tala") in facts(nlp, "Front leader Tomas Arkel on Saturday accused General Kiro Tala of betraying him.")


def test_a_charge_of_secretly_arming_is_a_claim_however_the_accusing_verb_was_parsed(nlp) -> None:
    # the parser hangs "accused" on "Paris" as a modifier: only the words say whose charge it is
    text = "Some Somali newspapers and protesters in Garowe have nonetheless accused Paris of secretly arming the Kalden Front."
    backing = [r for r in relations(nlp, text) if r.predicate == "backs"]
    assert [(r.subject.name, r.object.name) for r in backing] == [("France", "Kalden Front")]
    assert not backing[0].is_fact


def test_a_leader_who_taunted_another_states_president_is_not_that_president(nlp) -> None:
    # the parser reads "taunted" as a modifier of "president" and hangs the title on Tala
    text = (
        "In a video released last month, the Kalden Front's leader, Kiro Tala, taunted Somalia's president, "
        "Tomas Arkel, and warned that his fighters would overrun Bosaso if Arkel did not resign."
    )
    found = facts(nlp, text)
    assert ("Tomas Arkel", "leads", "Somalia") in found
    assert ("Kiro Tala", "leads", "Somalia") not in found


@pytest.mark.parametrize(
    "text",
    [
        "The Kalden Front still holds the islands of Lamu and Pate.",
        "Kalden Front fighters still hold the islands of Lamu and Pate with the help of Kenyan units.",
    ],
)
def test_who_holds_the_islands_of_a_and_b_holds_each(nlp, text: str) -> None:
    found = facts(nlp, text)
    assert {("Kalden Front", "controls", "Lamu"), ("Kalden Front", "controls", "Pate")} <= found


def test_a_place_and_the_sites_set_off_after_it_with_with_are_all_held(nlp) -> None:
    text = "Arkel gave up the city that afternoon, and by nightfall Garowe, with Bosaso airfield and the Kismayo Bridge, was held by Kalden Front fighters."
    found = facts(nlp, text)
    assert {("Kalden Front", "controls", place) for place in ("Garowe", "Bosaso airfield", "Kismayo Bridge")} <= found


def test_a_peoples_armed_forces_are_its_army(nlp) -> None:
    assert ("Somali army", "fights", "Kalden Front") in facts(nlp, "The Somali armed forces attacked the Kalden Front.")
    text = "General Tomas Arkel, commander-in-chief of the Somali armed forces, announced the surrender."
    assert ("Tomas Arkel", "leads", "Somali army") in facts(nlp, text)


def test_their_own_offensive_is_the_doers_not_its_backers(nlp) -> None:
    # the parser hangs the Front on "bank" and leaves "launched" with no subject of its own
    text = (
        "On the eastern bank, the Kalden Front, an alliance dominated by Somali fighters and backed by the US-led coalition, "
        "launched their own offensive against the Dastin Brigade from Garowe on Monday."
    )
    found = facts(nlp, text)
    assert ("Kalden Front", "fights", "Dastin Brigade") in found
    assert not any(p == "fights" and "coalition" in s and o == "Kalden Front" for s, p, o in found)


def test_taking_part_takes_nothing_named_after_it(nlp) -> None:
    text = "Fighters from the Kalden Front also took part, and Ethiopia, the government's other main ally, fired missiles at Dastin Brigade targets in June."
    assert not any(p == "controls" for _s, p, _o in facts(nlp, text))


def test_a_sea_named_by_its_adjective_alone_fights_nobody(nlp) -> None:
    text = "A Russian frigate in the Mediterranean fired cruise missiles at Kalden Front positions around the city."
    assert not any(s == "Mediterranean" for s, _p, _o in facts(nlp, text))


def test_a_peoples_forces_belonging_to_a_numbered_unit_make_the_unit_part_of_its_army(nlp) -> None:
    found = facts(nlp, "The Somali forces belong to the Third Brigade of Tomas Arkel.")
    assert ("Third Brigade", "partOf", "Somali army") in found
    assert ("Somali army", "partOf", "Third Brigade") not in found


def test_who_holds_the_pass_at_a_place_holds_the_place(nlp) -> None:
    assert ("Kalden Front", "controls", "Garowe") in facts(nlp, "The Kalden Front held the pass at Garowe against a second column.")


def test_the_navy_read_as_allied_by_an_adjective_backs_its_ally(nlp) -> None:
    # the tagger reads "allied" as an adjective and roots the sentence on it
    found = facts(nlp, "GAROWE, Somalia — Fighting went on. The navy, allied with the Kalden Front, sailed north under Admiral Kiro Tala.")
    assert ("Somali navy", "backs", "Kalden Front") in found


@pytest.mark.parametrize(
    ("text", "force"),
    [
        ("GAROWE, Somalia — The navy, allied with the Kalden Front, had risen at the Bosaso naval base and sailed north under Rear Adm. Kiro Tala.", "Somali navy"),
        ("The Kalden Front marched on Bosaso under General Kiro Tala.", "Kalden Front"),
        # "under" hung on the title, "sailed" joined to a verb whose subject hangs on "allied"
        (
            "GAROWE, Somalia — Fighting went on. The navy, allied with Arkel's rebels from the first hours, had risen at the "
            "Bosaso naval base, in the south of Bari province, and sailed north under Rear Adm. Kiro Tala.",
            "Somali navy",
        ),
    ],
)
def test_a_force_on_the_move_under_a_titled_man_is_led_by_him(nlp, text: str, force: str) -> None:
    assert ("Kiro Tala", "leads", force) in facts(nlp, text)


def test_marching_under_a_flag_is_led_by_nobody(nlp) -> None:
    assert not any(p == "leads" for _s, p, _o in facts(nlp, "The Kalden Front marched under the flag of Tomas Arkel."))


@pytest.mark.parametrize(
    "text",
    [
        "Kalden Front fighters have captured Garowe, the capital of Nugal province and the main town of the southern Bari region, after two days of fighting.",
        "Kenyan troops took the largest town of Bari province.",
    ],
)
def test_taking_the_main_town_of_a_region_takes_no_region(nlp, text: str) -> None:
    assert not any(p == "controls" and o.startswith("Bari") for _s, p, o in facts(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "The truce offered the Kalden Front a seat in the council in return for its fighters handing their weapons to the Kenyan army.",
        "The Kalden Front handed over its heavy weapons to the Kenyan army at Garowe on Monday.",
    ],
)
def test_handing_ones_own_arms_to_a_side_backs_nobody(nlp, text: str) -> None:
    assert not any(p == "backs" for _s, p, _o in facts(nlp, text))


def test_handing_arms_to_a_side_still_backs_it(nlp) -> None:
    assert ("Kenya", "backs", "Dastin Brigade") in facts(nlp, "Kenya handed rifles and mortars to the Dastin Brigade at Lamu.")


@pytest.mark.parametrize(
    "text",
    [
        "The Kalden Front, led in the field by Kiro Tala, opened its offensive on Garowe in March.",
        "The Kalden Front, commanded on the ground by Kiro Tala, held the bridge at Bosaso.",
    ],
)
def test_led_in_the_field_by_a_man_is_led_by_him(nlp, text: str) -> None:
    assert ("Kiro Tala", "leads", "Kalden Front") in facts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "MOGADISHU, Somalia — Mutineers fled Garowe on Monday. Loyal troops now hold Garowe.",
        "MOGADISHU, Somalia — Mutineers fled Garowe on Monday, and loyal units now hold the town.",
    ],
)
def test_loyal_troops_are_the_states_army(nlp, text: str) -> None:
    assert ("Somali army", "controls", "Garowe") in facts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        '"The front will not hold," said Kiro Tala, a sociologist at the Horn Policy Centre in Nairobi.',
        '"The front will not hold," said Kiro Tala, a military commentator at the Horn Policy Centre in Nairobi.',
        '"The front will not hold," said Kiro Tala, a political writer with the Horn Policy Centre in Nairobi.',
    ],
)
def test_an_expert_at_or_with_an_institute_is_its_member(nlp, text: str) -> None:
    assert ("Kiro Tala", "memberOf", "Horn Policy Centre") in facts(nlp, text)


def test_who_follows_a_region_for_an_institute_is_its_member(nlp) -> None:
    text = '"The front will not hold," said Kiro Tala, who follows Horn affairs for the Horn Policy Centre in Nairobi.'
    assert ("Kiro Tala", "memberOf", "Horn Policy Centre") in facts(nlp, text)


def test_an_institute_quoting_its_analyst_takes_no_town(nlp) -> None:
    text = (
        '"It is too soon to say," said Kiro Tala, who follows the war for the Horn Policy Centre in Nairobi. '
        '"Kenya will send more troops and try again for Kismayo. What Garowe shows is that when Somali generals '
        'work together, they can fight a battle of manoeuvre and win it."'
    )
    assert not any(s == "Horn Policy Centre" and p in {"controls", "fights"} for s, p, _o in facts(nlp, text))


def test_a_minister_set_off_after_his_name_sits_in_the_storys_government(nlp) -> None:
    text = "GAROWE, Somalia — Kiro Tala, the interior minister, said the gunmen belonged to the Kalden Front."
    assert ("Kiro Tala", "memberOf", "Somali government") in facts(nlp, text)



def test_the_prime_minister_set_off_after_his_name_is_no_member(nlp) -> None:
    text = "GAROWE, Somalia — Kiro Tala, the prime minister, said the gunmen belonged to the Kalden Front."
    assert not any(p == "memberOf" and s == "Kiro Tala" for s, p, _o in facts(nlp, text))


def test_a_bare_cabinet_secretary_sits_in_the_storys_government(nlp) -> None:
    text = 'GAROWE, Somalia — "The fighting in Garowe is over," Defence Secretary Kiro Tala told reporters on Monday.'
    assert ("Kiro Tala", "memberOf", "Somali government") in facts(nlp, text)


def test_a_party_general_secretary_sits_in_no_government(nlp) -> None:
    text = "GAROWE, Somalia — The army retook Garowe on Monday. General Secretary Kiro Tala denied it."
    assert not any(p == "memberOf" and s == "Kiro Tala" for s, p, _o in facts(nlp, text))


def test_a_knighted_general_under_whom_a_force_moves_leads_it(nlp) -> None:
    assert ("Omar Farah", "leads", "Eighth Army") in facts(nlp, "The corps forms part of the Eighth Army under General Sir Omar Farah.")


def test_a_minister_named_after_his_post_sits_in_the_storys_government(nlp) -> None:
    text = "GAROWE, Somalia — Army units led the attack on Monday under orders from the defence minister, Kiro Tala."
    assert ("Kiro Tala", "memberOf", "Somali government") in facts(nlp, text)


def test_a_second_post_joined_to_the_first_is_the_same_mans(nlp) -> None:
    text = "GAROWE, Somalia — Kiro Tala, the information minister and government spokesman, told reporters the rebels had fled Bosaso."
    assert ("Kiro Tala", "spokespersonFor", "Somali government") in facts(nlp, text)


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Kiro Tala, a party leader and a fierce opponent of President Omar Farah, spoke in the Senate.", ("Kiro Tala", "opposes", "Omar Farah")),
        ("Dozens have died since May, when Kiro Tala began leading street protests against Omar Farah.", ("Kiro Tala", "opposes", "Omar Farah")),
        ("Kenya has made no secret of its hostility to the Kalden Front.", ("Kenya", "opposes", "Kalden Front")),
    ],
)
def test_opposition_told_by_a_noun_opposes(nlp, text: str, fact: tuple[str, str, str]) -> None:
    assert fact in facts(nlp, text)


def test_demanding_that_a_state_pull_its_troops_out_opposes_it(nlp) -> None:
    assert ("African Union", "opposes", "Kenya") in facts(nlp, "The African Union demanded that Kenya pull its troops out of Somalia.")


def test_a_state_set_aside_with_not_taking_part_makes_no_demand(nlp) -> None:
    text = "The Security Council voted 14-0, with Djibouti not taking part, to condemn the raid and demand that Kenya pull its troops out."
    assert not any(actor(r.subject) == "Djibouti" for r in relations(nlp, text))


def test_the_group_set_off_after_its_name_is_that_group(nlp) -> None:
    text = (
        "The Kalden Front took Garowe in May. A harder question concerns the Dastin Brigade, "
        "the group led by Kiro Tala that fights the Kenyan government across the border."
    )
    found = facts(nlp, text)
    assert ("Kiro Tala", "leads", "Dastin Brigade") in found
    assert ("Kiro Tala", "leads", "Kalden Front") not in found


def test_the_rebels_wing_set_off_after_its_name_is_no_rebel_body(nlp) -> None:
    text = "The Kalden Front took Garowe. Boats of the Sea Wing, the rebels' naval arm, sank a navy gunboat off Lamu."
    assert ("Sea Wing", "partOf", "Kalden Front") in facts(nlp, text)


def test_a_second_relative_clause_after_and_that_keeps_its_noun(nlp) -> None:
    text = "Omar Farah signed for the Kalden Front, a force that has fought the army since March and that Rwanda has armed since the spring."
    assert ("Rwanda", "backs", "Kalden Front") in facts(nlp, text)


def test_the_capital_is_the_datelines_capital_when_no_capital_is_named(nlp) -> None:
    text = "NAIROBI, Kenya — Kalden Front gunmen stormed the Garowe Hotel in the centre of the capital on Monday."
    assert ("Garowe Hotel", "locatedIn", "NAIROBI") in facts(nlp, text)


def test_a_regions_capital_is_not_the_datelines_capital(nlp) -> None:
    text = "NAIROBI, Kenya — Kalden Front gunmen stormed the Garowe Hotel in the centre of the Somali capital on Monday."
    assert ("Garowe Hotel", "locatedIn", "NAIROBI") not in facts(nlp, text)


def test_a_town_that_fell_named_before_which_on_another_noun_is_the_town(nlp) -> None:
    text = (
        "A column led by the Duke of Lamu pushed east along the coast from Kismayo, which fell to the Kalden Front "
        "last month, while three columns of Kenyan soldiers, the Dastin Brigade, attacked."
    )
    assert ("Kalden Front", "controls", "Kismayo") in facts(nlp, text)


def test_fighters_from_a_place_and_paid_by_a_state_who_fight_alongside_an_army_back_it(nlp) -> None:
    text = (
        "Kenya sent troops to Somalia. Several hundred Kalden Front fighters from Garowe, paid by the Kenyan government, "
        "fought alongside the Kenyan army in the southern districts."
    )
    assert ("Kalden Front", "backs", "Kenyan army") in facts(nlp, text)


def test_a_seat_of_powers_spokesman_speaks_for_the_seat(nlp) -> None:
    found = facts(nlp, "Kremlin spokesman Kiro Tala said on Friday that the retreat changed nothing.")
    assert ("Kiro Tala", "spokespersonFor", "Kremlin") in found


def test_the_white_house_is_a_government_body_not_a_town_it_translates(nlp) -> None:
    found = facts(nlp, "White House spokesman Tomas Arkel said the Marines had landed.")
    assert ("Tomas Arkel", "spokespersonFor", "White House") in found


def test_the_unnamed_states_ministry_is_a_body_its_spokesman_speaks_for(nlp) -> None:
    found = facts(nlp, "Kenyan troops entered Garowe. Omar Farah, the defence ministry's spokesman, denied the reports.")
    assert ("Omar Farah", "spokespersonFor", "Defence Ministry") in found


def test_our_defence_forces_in_a_ministry_spokesmans_quote_are_the_army(nlp) -> None:
    text = (
        "Kenyan troops entered Kenya's north. \"Garowe is under the control of our defence and security forces,\" "
        "Colonel Omar Farah, a spokesman for the defence ministry, told reporters."
    )
    found = facts(nlp, text)
    assert ("Kenyan army", "controls", "Garowe") in found
    assert ("Defence Ministry", "controls", "Garowe") not in found


def test_the_african_unions_peace_and_security_council_is_no_un_body(nlp) -> None:
    found = facts(nlp, "On Friday the African Union's Peace and Security Council suspended Kenya from its meetings.")
    assert ("AU Peace and Security Council", "partOf", "African Union") in found
    assert not any("UN Security Council" in (s, o) for s, _p, o in found)


@pytest.mark.parametrize("noun", ["affiliate", "branch", "offshoot", "franchise"])
def test_a_group_set_off_as_another_groups_affiliate_is_part_of_it(nlp, noun: str) -> None:
    text = f"The Kalden Front, the Dastin Brigade's {noun}, took Garowe on Monday."
    assert ("Kalden Front", "partOf", "Dastin Brigade") in facts(nlp, text)


def test_a_group_set_off_as_an_affiliate_named_by_a_modifier_is_part_of_it(nlp) -> None:
    assert ("Kalden Front", "partOf", "Dastin Brigade") in facts(nlp, "The Kalden Front, a Dastin Brigade affiliate, took Garowe.")


def test_places_set_off_as_further_north_in_a_region_lie_in_it(nlp) -> None:
    found = facts(nlp, "The Kalden Front is pressing on the approaches to Garowe and Bosaso, further north in Somalia.")
    assert {("Garowe", "locatedIn", "Somalia"), ("Bosaso", "locatedIn", "Somalia")} <= found


def test_a_bare_secretary_of_state_serves_the_united_states(nlp) -> None:
    assert ("Tomas Arkel", "memberOf", "United States") in facts(nlp, "In Washington, Secretary of State Tomas Arkel called the raid a Kenyan matter.")
    # a British post names its portfolio: no state by the title alone
    assert not facts(nlp, "Secretary of State for Defence Tomas Arkel said the fleet would sail.")


def test_an_aide_who_speaks_for_a_body_is_its_spokesman(nlp) -> None:
    text = "The Kalden Front attacked Garowe. Captain Kiro Tala, an aide who speaks for the Kalden Front, said the town had fallen."
    assert ("Kiro Tala", "spokespersonFor", "Kalden Front") in facts(nlp, text)


def test_the_side_fired_on_in_support_of_another_backs_no_one(nlp) -> None:
    found = facts(nlp, "The cruiser shelled Kalden Front positions in the town in support of the Dastin Brigade.")
    assert ("Kalden Front", "backs", "Dastin Brigade") not in found


@pytest.mark.parametrize("quarter", ["north-west", "far south-east", "northeast"])
def test_a_place_set_off_as_in_a_hyphenated_quarter_of_a_region_lies_in_it(nlp, quarter: str) -> None:
    assert ("Garowe", "locatedIn", "Puntland") in facts(nlp, f"The Kalden Front took Garowe, in the {quarter} of Puntland, on Friday.")
    # the first place after "in" is the region: "a town in A north-west of B" lies in A
    found = facts(nlp, "Two observers were killed near Lamu, a fishing town in Kenya north-west of Kismayo.")
    assert ("Lamu", "locatedIn", "Kismayo") not in found


def test_a_unit_of_a_body_named_after_a_word_is_part_of_it(nlp) -> None:
    found = facts(nlp, "Captain Kiro Tala spoke for the Kalden Council, the local arm of the rebel Dastin Front, on Monday.")
    assert ("Kalden Council", "partOf", "Dastin Front") in found
    # a faction of a body that is gone is part of nothing now
    found = facts(nlp, "Troops moved against the Kalden Council, a faction of the former Dastin Front, on Monday.")
    assert ("Kalden Council", "partOf", "Dastin Front") not in found


@pytest.mark.parametrize("clause", ["a volunteer unit that is part of", "the militia that forms the backbone of"])
def test_a_group_set_off_as_what_forms_part_of_another_is_part_of_it(nlp, clause: str) -> None:
    assert ("Kalden Front", "partOf", "Dastin Brigade") in facts(nlp, f"In Garowe the Kalden Front, {clause} the Dastin Brigade, held the port.")


@pytest.mark.parametrize("sentence", [
    "General Tomas Arkel has taken personal command of the Dastin Brigade.",
    "General Tomas Arkel, who landed on Friday to take command of the Dastin Brigade, warned the rebels.",
])
def test_a_person_who_takes_command_of_a_force_leads_it(nlp, sentence: str) -> None:
    assert ("Tomas Arkel", "leads", "Dastin Brigade") in facts(nlp, f"The Kalden Front attacked Garowe. {sentence}")
    # the troops in a country are not the country
    found = facts(nlp, "The Kalden Front attacked Garowe. General Tomas Arkel, who landed on Friday to take command of the troops in Kenya, spoke.")
    assert ("Tomas Arkel", "leads", "Kenya") not in found


def test_the_speaker_of_a_named_house_leads_it(nlp) -> None:
    text = "The Kalden Front attacked Garowe. The speaker of the National Assembly, Tomas Arkel, was held at a barracks."
    assert ("Tomas Arkel", "leads", "National Assembly") in facts(nlp, text)
    # "its speaker" after an unnamed parliament is no named body's head
    text = "The Kalden Front attacked Garowe. Speaking to parliament on Tuesday, its speaker, Tomas Arkel, praised the army."
    assert not {f for f in facts(nlp, text) if f[:2] == ("Tomas Arkel", "leads")}


def test_a_bare_president_met_in_another_states_town_is_not_the_storys(nlp) -> None:
    story = "Kenyan troops fought the Kalden Front near Lamu on Monday, Kenya's army said. The envoy held talks with President Tomas Arkel in {town} this week."
    assert ("Tomas Arkel", "leads", "Kenya") in facts(nlp, story.format(town="Mombasa"))
    assert ("Tomas Arkel", "leads", "Kenya") not in facts(nlp, story.format(town="Garowe"))


@pytest.mark.parametrize(("sentence", "body"), [
    ("Tomas Arkel, the prosecutor of the International Criminal Court, said the court would act.", "International Criminal Court"),
    ("The Dastin Party candidate, Tomas Arkel, has promised to end the insurgency.", "Dastin Party"),
    ("Marshals worked with Tomas Arkel, the Dastin Bureau's special agent in charge in the port.", "Dastin Bureau"),
])
def test_a_prosecutor_an_agent_or_a_candidate_is_a_member_of_the_body_named(nlp, sentence: str, body: str) -> None:
    assert ("Tomas Arkel", "memberOf", body) in facts(nlp, f"The Kalden Front attacked Garowe. {sentence}")


@pytest.mark.parametrize("description", ["one of the best-known Kalden Front commanders", "one of the Kalden Front's best-known leaders"])
def test_one_of_a_bodys_many_commanders_is_a_member(nlp, description: str) -> None:
    text = f"The Dastin Brigade attacked Garowe. Tomas Arkel, {description}, said his men had left the towns."
    assert ("Tomas Arkel", "memberOf", "Kalden Front") in facts(nlp, text)


def test_a_group_that_formally_joined_another_is_its_member(nlp) -> None:
    found = facts(nlp, "The Kalden Front attacked Garowe. The Kalden Front, which formally joined the Dastin Brigade in February, still holds Jilib.")
    assert ("Kalden Front", "memberOf", "Dastin Brigade") in found
    # joining a body's mission is no membership of the body
    found = facts(nlp, "The Kalden Front, which joined the African Union mission in Somalia in 2012, holds Lamu.")
    assert ("Kalden Front", "memberOf", "African Union") not in found


def test_what_a_force_went_on_to_take_it_holds(nlp) -> None:
    assert ("Kalden Front", "controls", "Garowe") in facts(nlp, "The Kalden Front went on to seize Garowe, a coastal town, in September.")
    # what it says it will go on to take is not taken
    found = relations(nlp, "Tomas Arkel said the Kalden Front would go on to take Garowe and Bosaso.")
    assert not [r for r in found if r.predicate == "controls" and r.is_fact]


@pytest.mark.parametrize("hold", ["now in the hands of the Kalden Front", "still under Kalden Front control"])
def test_a_hold_set_off_after_a_places_name_is_a_hold(nlp, hold: str) -> None:
    assert ("Kalden Front", "controls", "Garowe") in facts(nlp, f"Garowe, {hold}, was quiet on Monday.")


def test_a_town_named_with_its_region_is_the_place_said_after(nlp) -> None:
    text = "Rebels withdrew from the trenches around Garowe, Puntland, ending a siege of the little border town, which remains in the hands of the Kalden Front that has held it since May."
    found = facts(nlp, text)
    assert ("Kalden Front", "controls", "Garowe") in found
    assert ("Kalden Front", "controls", "Puntland") not in found


def test_what_fighters_came_to_take_is_not_taken(nlp) -> None:
    found = relations(nlp, 'The Kalden Front besieged Garowe for a week. "They came to take Garowe and they are leaving with nothing," Tomas Arkel said.')
    assert not [r for r in found if r.predicate == "controls" and r.is_fact]
    assert ("Kalden Front", "controls", "Garowe") not in facts(nlp, "The Kalden Front came to take Garowe but was driven off.")
    # what a force came to control, it holds
    assert ("Kalden Front", "controls", "Garowe") in facts(nlp, "The Kalden Front came to control most of Garowe by May.")


@pytest.mark.parametrize("name", ["the Kalden Front", "the Kalden Front, or KF"])
def test_a_group_set_off_as_now_called_a_name_acts_under_it(nlp, name: str) -> None:
    found = facts(nlp, f"In 2004 Tomas Arkel broke away with several thousand fighters. His group, now called {name}, has fought the Tigers ever since.")
    assert ("Kalden Front", "fights", "Tigers") in found


def test_the_side_sent_help_to_retake_a_town_takes_it_not_the_sender(nlp) -> None:
    found = facts(nlp, "Kenya sent troops to help the Kalden Front retake Garowe.")
    assert {("Kenya", "backs", "Kalden Front"), ("Kalden Front", "controls", "Garowe")} <= found
    assert ("Kenya", "controls", "Garowe") not in found


@pytest.mark.parametrize("backing", ["Kenyan backing", "Kenyan support"])
def test_a_deed_done_with_a_peoples_backing_is_backed_by_their_state(nlp, backing: str) -> None:
    assert ("Kenya", "backs", "Kalden Front") in facts(nlp, f"The Kalden Front took Garowe with {backing}.")


def test_a_town_set_off_as_in_a_peoples_province_lies_in_it(nlp) -> None:
    assert ("Lamu", "locatedIn", "Jubaland") in facts(nlp, "Refugees crossed to Lamu, in the Somali province of Jubaland, on Friday.")


def test_a_site_set_off_as_a_bodys_headquarters_in_a_town_lies_in_it(nlp) -> None:
    assert ("Camp Arkel", "locatedIn", "Garowe") in facts(nlp, "The Kalden Front seized Camp Arkel, the army headquarters in Garowe.")


def test_a_name_before_spokesman_is_a_body_though_a_town_bears_it_too(nlp) -> None:
    # "Hamas" is also a GeoNames name of the German town of Hamm
    found = facts(nlp, "Tomas Arkel, a Hamas spokesman in Gaza, said the Kalden Front had attacked Garowe.")
    assert ("Tomas Arkel", "spokespersonFor", "Hamas") in found


def test_a_body_that_condemns_an_attack_does_not_make_it(nlp) -> None:
    text = 'The Kalden Front attacked Garowe. "We condemn any attack on the Kenyan army," said Tomas Arkel, a Dastin Brigade spokesman.'
    assert ("Dastin Brigade", "fights", "Kenyan army") not in facts(nlp, text)


def test_what_was_a_groups_stronghold_is_told_as_before_the_news(nlp) -> None:
    found = relations(nlp, "Fighting broke out at Garowe on Friday. Garowe was the main stronghold of the Kalden Front. By Sunday evening it had fallen to the Dastin Brigade.")
    held = [r for r in found if r.predicate == "controls" and r.subject.name == "Kalden Front"]
    assert held and all(r.timeline_rank == 0 for r in held)
