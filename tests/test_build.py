"""The graph from extraction records: facts versus talk, and control over time."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from frontline.extract.records import Article, DocumentExtraction
from frontline.graph.build import build_graph
from frontline.graph.resolve import resolve
from helpers import mention, relation

FRONT = ("Northern Front", "ArmedGroup")
ARMY = ("Union Army", "ArmedGroup")
TOWN = ("Kalden", "Place")


def article(doc_id: str, published: dt.date | None, *relations, contested=()) -> DocumentExtraction:
    entities = tuple({r.subject for r in relations} | {r.object for r in relations} | set(contested))
    return DocumentExtraction(Article(doc_id, f"text of {doc_id}", published=published), entities, tuple(relations), tuple(contested))


def said(doc_id: str, subject, predicate: str, obj, offset: int, **flags):
    s = mention(*subject, doc_id, offset)
    o = mention(*obj, doc_id, offset + 40)
    return replace(relation(s, predicate, o, f"sentence at {offset}", **flags), sentence_start=offset, sentence_end=offset + 30)


def holding(graph) -> set[tuple[str, str, str]]:
    return {
        (graph.nodes[u]["label"], d["predicate"], graph.nodes[v]["label"])
        for u, v, d in graph.edges(data=True) if d["holds"]
    }


def build(*extractions):
    return build_graph(extractions, resolve(extractions))


def test_only_facts_hold() -> None:
    doc = article(
        "d1", None,
        said("d1", FRONT, "fights", ARMY, 0),
        said("d1", ("Kalden Republic", "Country"), "backs", FRONT, 100, negated=True),
        said("d1", ("Oros", "Country"), "backs", FRONT, 200, hypothetical=True),
        said("d1", ("Vell", "Country"), "backs", FRONT, 300, contested=True, attributed_to="Union Army"),
    )
    graph = build(doc)
    assert holding(graph) == {("Northern Front", "fights", "Union Army")}
    kept = {(graph.nodes[u]["label"], d["predicate"]) for u, v, d in graph.edges(data=True) if not d["holds"]}
    assert kept == {("Kalden Republic", "backs"), ("Oros", "backs"), ("Vell", "backs")}


def test_later_article_changes_the_controller() -> None:
    first = article("d1", dt.date(2024, 1, 1), said("d1", FRONT, "controls", TOWN, 0, control_change="gain"))
    second = article("d2", dt.date(2024, 3, 1), said("d2", ARMY, "controls", TOWN, 0, control_change="gain"))
    assert holding(build(second, first)) == {("Union Army", "controls", "Kalden")}


def test_loss_ends_control_and_nobody_holds_it() -> None:
    doc = article(
        "d1", None,
        said("d1", FRONT, "controls", TOWN, 0, control_change="gain"),
        said("d1", FRONT, "controls", TOWN, 100, control_change="loss"),
    )
    assert holding(build(doc)) == set()


def allies_took_it(*later) -> DocumentExtraction:
    """Both sides take Kalden in one statement (offset 0), then ``later`` statements."""
    return article(
        "d1", None,
        said("d1", FRONT, "controls", TOWN, 0, control_change="gain"),
        said("d1", ARMY, "controls", TOWN, 0, control_change="gain"),
        *later,
    )


def test_allies_taking_a_town_in_one_statement_hold_it_together() -> None:
    assert holding(build(allies_took_it())) == {("Northern Front", "controls", "Kalden"), ("Union Army", "controls", "Kalden")}
    # a later statement by one of them alone makes it the only holder
    later = allies_took_it(said("d1", ARMY, "controls", TOWN, 200, control_change="gain"))
    assert holding(build(later)) == {("Union Army", "controls", "Kalden")}
    # and one ally's loss leaves the other holding it
    lost = allies_took_it(said("d1", FRONT, "controls", TOWN, 200, control_change="loss"))
    assert holding(build(lost)) == {("Union Army", "controls", "Kalden")}


def test_a_unit_entering_what_its_army_took_holds_it_with_its_army() -> None:
    corps = ("Fifth Corps", "ArmedGroup")
    doc = article(
        "d1", None,
        said("d1", ARMY, "controls", TOWN, 0, control_change="gain"),
        said("d1", corps, "partOf", ARMY, 100),
        said("d1", corps, "controls", TOWN, 100, control_change="gain"),
    )
    assert holding(build(doc)) >= {("Union Army", "controls", "Kalden"), ("Fifth Corps", "controls", "Kalden")}
    # a side that is no part of the first one takes it from it
    other = article("d1", None, said("d1", ARMY, "controls", TOWN, 0, control_change="gain"), said("d1", corps, "controls", TOWN, 100, control_change="gain"))
    assert ("Union Army", "controls", "Kalden") not in holding(build(other))


def test_an_unowned_unit_in_the_stories_one_national_army_holds_with_it() -> None:
    army, division = ("Nigerian army", "ArmedGroup"), ("1st Division", "ArmedGroup")
    doc = article(
        "d1", None,
        said("d1", army, "controls", TOWN, 0, control_change="gain"),
        said("d1", division, "controls", TOWN, 100, control_change="gain"),
    )
    assert holding(build(doc)) == {("Nigerian army", "controls", "Kalden"), ("1st Division", "controls", "Kalden")}
    # not a unit the story has fight that army, nor one whose sibling unit is another army's
    fought = article("d1", None, *doc.relations, said("d1", division, "fights", army, 200))
    assert ("Nigerian army", "controls", "Kalden") not in holding(build(fought))
    sibling = article(
        "d1", None, *doc.relations, said("d1", ("44th Division", "ArmedGroup"), "partOf", ("Red Army", "ArmedGroup"), 300),
    )
    assert ("Nigerian army", "controls", "Kalden") not in holding(build(sibling))


def test_contested_place_has_no_controller() -> None:
    town = mention(*TOWN, "d2", 5)
    first = article("d1", dt.date(2024, 1, 1), said("d1", FRONT, "controls", TOWN, 0, control_change="gain"))
    second = article("d2", dt.date(2024, 2, 1), contested=(town,))
    assert holding(build(first, second)) == set()


def test_background_is_older_than_the_news_in_the_same_article() -> None:
    doc = article(
        "d1", None,
        said("d1", ARMY, "controls", TOWN, 0, control_change="gain", timeline_rank=1),
        said("d1", FRONT, "controls", TOWN, 300, control_change="gain", timeline_rank=0),
    )
    graph = build(doc)
    assert holding(graph) == {("Union Army", "controls", "Kalden")}
    history = [d for u, v, d in graph.edges(data=True) if d["predicate"] == "controls" and not d["holds"]]
    assert len(history) == 1 and history[0]["evidence"][0].control_change == "gain"


def test_dated_background_is_ordered_by_its_date_not_its_place_in_the_text() -> None:
    # "In January the Front captured Kalden ... The town had been held by the army since 2009."
    doc = article(
        "d1", None,
        said("d1", FRONT, "controls", TOWN, 0, control_change="gain", timeline_rank=0, stated_month=1),
        said("d1", ARMY, "controls", TOWN, 300, timeline_rank=0, stated_year=2009),
    )
    assert holding(build(doc)) == {("Northern Front", "controls", "Kalden")}


def test_an_undated_retaking_follows_the_taking_told_before_it() -> None:
    # "The Front seized Kalden in January ... Within two days the army had retaken it."
    seized = said("d1", FRONT, "controls", TOWN, 0, control_change="gain", timeline_rank=0, stated_month=1)
    retaken = said("d1", ARMY, "controls", TOWN, 300, control_change="gain", timeline_rank=0, triggers=("retaken",))
    assert holding(build(article("d1", dt.date(2015, 3, 10), seized, retaken))) == {("Union Army", "controls", "Kalden")}
    # an undated taking with no "re-" stays background, before the dated one
    taken = replace(retaken, triggers=("taken",))
    assert holding(build(article("d1", dt.date(2015, 3, 10), seized, taken))) == {("Northern Front", "controls", "Kalden")}


def test_a_holders_own_word_does_not_outweigh_the_story() -> None:
    # "The army took Kalden ... Tomas Arkel, a Front spokesman, said its fighters still
    # held most of Kalden": the Front's word, not the news
    spokesman = ("Tomas Arkel", "Person")
    took = said("d1", ARMY, "controls", TOWN, 0, control_change="gain")
    speaks = said("d1", spokesman, "spokespersonFor", FRONT, 200)
    still_held = said("d1", FRONT, "controls", TOWN, 200, attributed_to="Tomas Arkel")
    assert holding(build(article("d1", None, took, speaks, still_held))) == {
        ("Union Army", "controls", "Kalden"), ("Tomas Arkel", "spokespersonFor", "Northern Front"),
    }
    # the writer's own "the Front still held most of Kalden" is news
    told = replace(still_held, attributed_to=None)
    assert ("Northern Front", "controls", "Kalden") in holding(build(article("d1", None, took, speaks, told)))
    # and so is a gain its spokesman reports ("said its fighters had retaken Kalden")
    retaken = replace(still_held, control_change="gain")
    assert ("Northern Front", "controls", "Kalden") in holding(build(article("d1", None, took, speaks, retaken)))


def test_a_month_is_the_last_such_month_before_the_article() -> None:
    # in an article of March 2015, "in November" is November 2014, before "in January"
    doc = article(
        "d1", dt.date(2015, 3, 10),
        said("d1", ARMY, "controls", TOWN, 0, control_change="gain", timeline_rank=0, stated_month=1),
        said("d1", FRONT, "controls", TOWN, 300, control_change="gain", timeline_rank=0, stated_month=11),
    )
    assert holding(build(doc)) == {("Union Army", "controls", "Kalden")}


def test_a_weekday_is_the_last_such_day_before_the_article() -> None:
    # in an article of Thursday 5 November 1998: "the army has retaken Kalden", then
    # "by Sunday afternoon the Front held the whole town" (1 November: older news)
    doc = article(
        "d1", dt.date(1998, 11, 5),
        said("d1", ARMY, "controls", TOWN, 0, control_change="gain"),
        said("d1", FRONT, "controls", TOWN, 300, stated_weekday=6),
    )
    assert holding(build(doc)) == {("Union Army", "controls", "Kalden")}


def test_the_headline_is_no_later_than_the_days_the_body_names() -> None:
    # "Rebels take Kalden" over "the Northern Front entered Kalden on Monday" (same news)
    rebels = ("Kalden rebels", "ArmedGroup")
    doc = DocumentExtraction(
        Article("d1", "Rebels take Kalden\nThe Front entered Kalden on Monday.", title="Rebels take Kalden", published=dt.date(1998, 11, 5)),
        (), (
            said("d1", rebels, "controls", TOWN, 0, control_change="gain"),
            said("d1", FRONT, "controls", TOWN, 19, control_change="gain", stated_weekday=0),
        ), (),
    )
    assert holding(build(doc)) == {("Northern Front", "controls", "Kalden")}


def test_fights_is_one_edge_whatever_the_direction() -> None:
    doc = article("d1", None, said("d1", FRONT, "fights", ARMY, 0), said("d1", ARMY, "fights", FRONT, 100))
    edges = [d for _u, _v, d in build(doc).edges(data=True)]
    assert len(edges) == 1 and edges[0]["count"] == 2


def test_an_organisation_that_fights_is_an_armed_group() -> None:
    zaydis = ("Zaydis", "Organization")
    doc = article("d1", None, said("d1", zaydis, "fights", ARMY, 0), said("d1", ("Oros", "Country"), "backs", ARMY, 100))
    graph = build(doc)
    kinds = {d["label"]: d["kind"] for _n, d in graph.nodes(data=True)}
    assert kinds["Zaydis"] == "ArmedGroup" and kinds["Oros"] == "Country"


def test_a_relation_someone_denies_is_no_plain_fact() -> None:
    doc = article(
        "d1", None,
        said("d1", ("Oros", "Country"), "backs", FRONT, 0, contested=True, attributed_to="Union Army"),
        said("d1", ("Oros", "Country"), "backs", FRONT, 100, negated=True, contested=True, attributed_to="Oros"),
        said("d1", ("Oros", "Country"), "backs", FRONT, 200),  # "the Oros-backed Front"
        said("d1", ("Vell", "Country"), "backs", FRONT, 300),
        said("d1", ("Vell", "Country"), "backs", FRONT, 400, negated=True),  # "Vell did not back the push"
    )
    assert holding(build(doc)) == {("Vell", "backs", "Northern Front")}


def test_a_leader_of_one_group_fights_with_it() -> None:
    toure = ("Amara Toure", "Person")
    doc = article(
        "d1", None,
        said("d1", toure, "leads", FRONT, 0),
        said("d1", toure, "fights", ARMY, 100),
    )
    assert ("Northern Front", "fights", "Union Army") in holding(build(doc))
    # a man who leads two groups is left as the text says: a stated fight, but no plain
    # fact (a man fights through the men he leads, and which of his groups is not said)
    two = article(
        "d2", None,
        said("d2", toure, "leads", FRONT, 0), said("d2", toure, "leads", ("Southern Front", "ArmedGroup"), 50),
        said("d2", toure, "fights", ARMY, 100),
    )
    graph = build(two)
    assert not any(p == "fights" for _s, p, _o in holding(graph))
    assert any(d["predicate"] == "fights" and graph.nodes[u]["label"] == "Amara Toure" for u, _v, d in graph.edges(data=True))


def test_a_commander_does_not_back_the_unit_he_leads() -> None:
    # "the division held out under its commander, X, who pulled in companies to defend it"
    commander = ("Arvo Temmin", "Person")
    doc = article("d1", None, said("d1", commander, "leads", FRONT, 0), said("d1", commander, "backs", FRONT, 100))
    found = holding(build(doc))
    assert ("Arvo Temmin", "leads", "Northern Front") in found
    assert ("Arvo Temmin", "backs", "Northern Front") not in found


def test_backing_a_man_who_leads_one_government_backs_it_too() -> None:
    temmin = ("Arvo Temmin", "Person")
    government = ("Kenyan government", "Government")
    doc = article(
        "d1", None,
        said("d1", temmin, "leads", government, 0),
        said("d1", ("Egypt", "Country"), "backs", temmin, 100),
    )
    found = holding(build(doc))
    assert ("Egypt", "backs", "Kenyan government") in found
    assert ("Egypt", "backs", "Arvo Temmin") in found  # the man's own edge stays
    # the same for the one group a man leads; a man who leads two is left as said
    group = article("d2", None, said("d2", temmin, "leads", FRONT, 0), said("d2", ("Egypt", "Country"), "backs", temmin, 100))
    assert ("Egypt", "backs", "Northern Front") in holding(build(group))
    two = article(
        "d3", None,
        said("d3", temmin, "leads", government, 0), said("d3", temmin, "leads", ("Ugandan government", "Government"), 50),
        said("d3", ("Egypt", "Country"), "backs", temmin, 100),
    )
    assert {(s, o) for s, p, o in holding(build(two)) if p == "backs"} == {("Egypt", "Arvo Temmin")}


def test_two_states_whose_armies_fight_are_at_war() -> None:
    fight = said("d1", ("Kenyan army", "ArmedGroup"), "fights", ("Tanzania People's Defence Force", "ArmedGroup"), 0)
    states = (mention("Kenya", "Country", "d1", 200), mention("Tanzania", "Country", "d1", 300))
    doc = DocumentExtraction(Article("d1", "text of d1"), (fight.subject, fight.object, *states), (fight,))
    graph = build(doc)
    assert ("Kenya", "fights", "Tanzania") in holding(graph)
    war = [d for u, v, d in graph.edges(data=True) if graph.nodes[u]["label"] == "Kenya" and d["predicate"] == "fights"]
    assert war[0]["evidence"][0].sentence == "sentence at 0"  # on the armies' evidence
    # a group named after a people is no state's army, and a state named nowhere gets no edge
    rebels = said("d2", ("Free Kenyan Army", "ArmedGroup"), "fights", ("Ugandan army", "ArmedGroup"), 0)
    other = DocumentExtraction(Article("d2", "text of d2"), (rebels.subject, rebels.object, mention("Kenya", "Country", "d2", 200)), (rebels,))
    assert {p for _s, p, _o in holding(build(other))} == {"fights"} and len(holding(build(other))) == 1


def test_a_border_clash_makes_no_war_the_article_denies() -> None:
    fight = said("d1", ("Kenyan army", "ArmedGroup"), "fights", ("Tanzania People's Defence Force", "ArmedGroup"), 0)
    denial = said("d1", ("Kenya", "Country"), "fights", ("Tanzania", "Country"), 200, negated=True, attributed_to="Tomas Arkel")
    doc = DocumentExtraction(Article("d1", "text of d1"), (fight.subject, fight.object, denial.subject, denial.object), (fight, denial))
    assert ("Kenya", "fights", "Tanzania") not in holding(build(doc))


def test_a_man_leads_the_forces_named_only_by_him() -> None:
    leader = ("Zorbi Kalde", "Person")
    doc = article(
        "d1", None,
        said("d1", ("Fighters loyal to Zorbi Kalde", "ArmedGroup"), "controls", TOWN, 0, control_change="gain"),
        said("d1", ("his men", "ArmedGroup"), "fights", ARMY, 100, negated=True),
        said("d1", leader, "opposes", ARMY, 200),
    )
    forces = [replace(r, subject=replace(r.subject, commander="Zorbi Kalde")) for r in doc.relations[:2]]
    doc = replace(doc, relations=(*forces, doc.relations[2]), entities=(*doc.entities, *(r.subject for r in forces)))
    assert ("Zorbi Kalde", "leads", "forces of Zorbi Kalde") in holding(build(doc))
    # a man who leads a named group leads it, and no forces of his own
    named = replace(doc, relations=(*doc.relations, said("d1", leader, "leads", FRONT, 300)))
    assert not {fact for fact in holding(build(named)) if fact[2] == "forces of Zorbi Kalde"}


def test_a_states_government_taking_what_its_army_took_holds_it_with_its_army() -> None:
    army, government = ("Somali army", "ArmedGroup"), ("Somali government", "Government")
    doc = article(
        "d1", None,
        said("d1", army, "controls", ("Kismayo", "Place"), 0, control_change="gain"),
        said("d1", government, "controls", ("Kismayo", "Place"), 100, control_change="gain"),
    )
    assert holding(build(doc)) >= {("Somali army", "controls", "Kismayo"), ("Somali government", "controls", "Kismayo")}
    # another state's government takes it from the army
    other = article(
        "d1", None,
        said("d1", army, "controls", ("Kismayo", "Place"), 0, control_change="gain"),
        said("d1", ("Kenyan government", "Government"), "controls", ("Kismayo", "Place"), 100, control_change="gain"),
    )
    assert ("Somali army", "controls", "Kismayo") not in holding(build(other))


def test_a_fight_with_a_man_is_kept_but_holds_only_through_the_body_he_leads() -> None:
    arkel = ("Tomas Arkel", "Person")
    alone = build(article("d1", None, said("d1", ARMY, "fights", arkel, 0)))
    assert holding(alone) == set()
    stated = {frozenset((alone.nodes[u]["label"], alone.nodes[v]["label"])) for u, v, d in alone.edges(data=True) if d["predicate"] == "fights"}
    assert stated == {frozenset(("Union Army", "Tomas Arkel"))}  # kept, as evidence
    leading = build(article("d1", None, said("d1", ARMY, "fights", arkel, 0), said("d1", arkel, "leads", FRONT, 100)))
    assert ("Northern Front", "fights", "Union Army") in holding(leading)


def test_a_fight_with_a_fort_holds_as_no_plain_fact() -> None:
    fort = build(article("d1", None, said("d1", ARMY, "fights", ("Fort Dorma", "Facility"), 0)))
    assert holding(fort) == set()
