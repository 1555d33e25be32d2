"""From extraction records to the knowledge graph (pure: no I/O).

Relations are aggregated per (subject, predicate, object) over all their sentences.
A relation holds (is asserted as a plain fact) when at least one sentence states it
as a fact: not negated, not hypothetical, not contested, and no sentence denies it
(negated and contested: "X has denied that it backs Y"). ``fights`` is symmetric:
both directions aggregate onto one edge whose ends are in id order.

Control of a place is a state that changes. Every statement about who controls a
place is an event on that place's timeline, ordered by publication date, then the
article's position in the input, then the statement's place in the article's own
time (undated background such as "had seized" or "after X fell" first, then what the
text dates, "in 2009" before "in January", then the news), then position in the
text; "X seized Y" and
"Y fell to X" make X the controller, "X lost Y" and "X withdrew from Y" end X's
control, a place called contested has no controller; allies that take a place in one
statement ("Rwandan and Mozambican troops retook X") hold it together; a holding
only the holder's own voice tells ("its spokesman said its fighters still held X")
does not displace a side the story itself has take or hold X. Only the
controllers at the end of the timeline get a plain ``controls`` fact; earlier ones
stay as dated evidence.

People lead and groups fight: a fight stated of a man who leads one armed group (or
organisation) is that group's fight, and two states whose own armies fight are at war
on the same evidence. A man does not back what he leads: "defending" his own unit is
his command, so that backing is kept as evidence but holds no fact.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, replace
from typing import Iterable

import networkx as nx

from frontline.extract import gazetteer
from frontline.extract.records import SYMMETRIC_PREDICATES, Article, DocumentExtraction, RelationMention
from frontline.extract.relations import is_retaking_told
from frontline.graph.model import Entity, Evidence, add_entity, add_relation
from frontline.graph.resolve import Resolution, army_country, name_key


@dataclass(frozen=True)
class _Stated:
    subject: str
    predicate: str
    object: str
    evidence: Evidence
    order: tuple  # (date, article index, time in the article, char offset): timeline position


def evidence_of(mention: RelationMention, extraction: DocumentExtraction) -> Evidence:
    article = extraction.article
    return Evidence(
        doc_id=article.doc_id, sentence=mention.sentence, char_start=mention.sentence_start,
        char_end=mention.sentence_end, doc_title=article.title, doc_url=article.url,
        published=article.published, triggers=mention.triggers, confidence=mention.confidence,
        negated=mention.negated, hypothetical=mention.hypothetical, contested=mention.contested,
        attributed_to=mention.attributed_to, control_change=mention.control_change,
    )


def entity_record(resolved: Entity) -> Entity:
    """The resolved entity with GeoNames data for known countries and cities."""
    place = None
    if resolved.kind == "Country":
        place = gazetteer.country(resolved.label)
    elif resolved.kind == "Place":
        place = gazetteer.city(resolved.label)
    if place is None:
        return resolved
    return replace(resolved, geonames=place.geonames, latitude=place.latitude, longitude=place.longitude)


def stated_relations(
    extractions: list[DocumentExtraction], resolution: Resolution
) -> list[_Stated]:
    stated = []
    for index, extraction in enumerate(extractions):
        published = extraction.article.published or dt.date.min
        headline = headline_end(extraction.article)
        for mention in extraction.relations:
            s = resolution.entity_id(mention.subject)
            o = resolution.entity_id(mention.object)
            if s is None or o is None or s == o:
                continue
            predicate = mention.predicate
            if predicate == "partOf" and resolution.entities[o].kind == "Person":
                # a unit "part of" a person: the extractor took the person for a body
                predicate, s, o = "leads", o, s
            if predicate in SYMMETRIC_PREDICATES and o < s:
                s, o = o, s
            in_headline = mention.sentence_start < headline
            order = (
                published, index, *timeline_key(mention, extraction.article.published, in_headline=in_headline),
                mention.sentence_start,
                0 if mention.control_change == "loss" else 1,
            )
            stated.append(_Stated(s, predicate, o, evidence_of(mention, extraction), order))
    return stated


def with_leaders_forces(stated: list[_Stated], resolution: Resolution) -> list[_Stated]:
    """A man who leads one armed group fights with it: "the renegade commander launched
    an offensive against X" is his group's fight (people lead, groups fight). Backing a
    man who leads one government or group is also backing what he leads: "Iran, Assad's
    other main ally" backs Assad and his government (the man's edge stays: writers
    name either)."""
    forces = sole_bodies_led(stated, resolution, {"ArmedGroup", "Organization"})
    governed = sole_bodies_led(stated, resolution, {"Government"})
    lifted = []
    for item in stated:
        if item.predicate == "backs" and (body := governed.get(item.object, forces.get(item.object))) not in {None, item.subject}:
            lifted.append(replace(item, object=body))
        if item.predicate == "fights":
            s, o = forces.get(item.subject, item.subject), forces.get(item.object, item.object)
            if s == o:
                continue
            item = replace(item, subject=min(s, o), object=max(s, o))
        lifted.append(item)
    return lifted


def sole_bodies_led(stated: list[_Stated], resolution: Resolution, kinds: set[str]) -> dict[str, str]:
    """Each person stated as a fact to lead exactly one body of these kinds, and that body."""
    led: dict[str, set[str]] = defaultdict(set)
    for item in stated:
        if item.predicate == "leads" and item.evidence.is_fact and resolution.entities[item.subject].kind == "Person" and (
            resolution.entities[item.object].kind in kinds
        ):
            led[item.subject].add(item.object)
    return {person: next(iter(bodies)) for person, bodies in led.items() if len(bodies) == 1}


def with_commanders_of_forces(stated: list[_Stated], resolution: Resolution) -> list[_Stated]:
    """ "Fighters loyal to X took the capital": the forces of a man the text names no
    group of ("forces of X") are his to lead, on the evidence of each sentence that
    names them (a negated or claimed act by his men still says whose men they are)."""
    commanders = {
        forces: commander for commander, forces in resolution.by_force.items()
        if resolution.entities[forces].label == f"forces of {resolution.entities[commander].label}"
    }
    led = []
    for item in stated:
        for side in (item.subject, item.object):
            if side in commanders:
                evidence = replace(item.evidence, negated=False, hypothetical=False, contested=False, control_change=None)
                led.append(replace(item, subject=commanders[side], predicate="leads", object=side, evidence=evidence))
    return stated + led


def with_states_at_war(stated: list[_Stated], resolution: Resolution) -> list[_Stated]:
    """Two states whose armies fight are at war: "Peruvian patrols clashed with
    Ecuadorian troops" is also Peru's fight with Ecuador, on the same evidence, when the
    articles name both states and deny no war between them. A state's own military only
    ("Peruvian army", "Ecuador's armed forces"), never a group named after a people ("Free
    Syrian Army")."""
    states = {
        place.name: entity_id
        for entity_id, entity in resolution.entities.items()
        if entity.kind == "Country" and (place := gazetteer.country(entity.label)) is not None
    }

    def state_of(entity_id: str) -> str | None:
        entity = resolution.entities[entity_id]
        country = army_country(name_key(entity.label)) if entity.kind == "ArmedGroup" else None
        return states.get(country.name) if country is not None else None

    # ("Mexico is not at war with the United States": a war the articles deny is not
    # made by a border clash between the two armies)
    denied = {frozenset((i.subject, i.object)) for i in stated if i.predicate == "fights" and i.evidence.negated}
    at_war = []
    for item in stated:
        if item.predicate != "fights":
            continue
        s, o = state_of(item.subject), state_of(item.object)
        if s is not None and o is not None and s != o and frozenset((s, o)) not in denied:
            at_war.append(replace(item, subject=min(s, o), object=max(s, o)))
    return stated + at_war


def stated_date(mention: RelationMention, published: dt.date | None) -> dt.date | None:
    """The date a statement names for itself: "in January 2024" is 2024-01; "in
    November" is the last November before the article."""
    if mention.stated_year is not None:
        return dt.date(mention.stated_year, mention.stated_month or 1, 1)
    if mention.stated_month is not None and published is not None:
        year = published.year if mention.stated_month <= published.month else published.year - 1
        return dt.date(year, mention.stated_month, 1)
    if mention.stated_month is not None:
        # no article date: a month named without a year is within the last year, after
        # anything dated by year, before the news itself
        return dt.date(dt.MAXYEAR, mention.stated_month, 1)
    if mention.stated_weekday is not None and published is not None:
        # "by Sunday afternoon" in an article of Thursday: the Sunday before it (the
        # article's own weekday is its own day, as new as its undated news)
        return published - dt.timedelta(days=(published.weekday() - mention.stated_weekday) % 7)
    return None


def timeline_key(mention: RelationMention, published: dt.date | None, *, in_headline: bool = False) -> tuple[int, dt.date, int]:
    """Where a statement sits in its article's time: undated background first ("had
    seized"), then dated statements by their date ("in 2009" before "in January"),
    then the news itself; text position breaks ties (see ``stated_relations``)."""
    when = stated_date(mention, published)
    if when is not None:
        return 1, when, mention.timeline_rank
    if mention.timeline_rank == 0:
        return 0, dt.date.min, 0
    if in_headline and published is not None:
        # the headline sums up the week's news, often with a vaguer actor ("rebels
        # take X") than the body's "on Monday": never later than the body's days
        return 1, published - dt.timedelta(days=6), 0
    return news_key(published)


def headline_end(article: Article) -> int:
    """Where a plain article's first line, its headline, ends in its text (0 if none)."""
    if not article.title:
        return 0
    start = article.text.find(article.title)
    return start + len(article.title) if start >= 0 else 0


def news_key(published: dt.date | None) -> tuple[int, dt.date, int]:
    """The time of the article's news itself: after all its background."""
    return 1, published or dt.date.max, 1


# A unit's name: "1st Division", "Golani Brigade", "2nd Battalion, the Parachute Regiment"
UNIT_NAME = re.compile(r"\b(?:division|brigade|regiment|battalion|corps|commando)\b", re.I)


def holding_kin(stated: list[_Stated], resolution: Resolution) -> set[frozenset[str]]:
    """Pairs that hold ground together, one's gain no loss for the other: a unit and the
    army it is stated part of ("Soviet troops retook X ... units of the Fifth Army
    entered the city"), and a unit the story gives no owner beside the one national army
    it names ("Federal troops captured Enugu ... Soldiers of the 1st Division entered the
    city"), unless the story has them fight or a sibling unit ("the Soviet 44th
    Division") is another army's."""
    parts = [i for i in stated if i.predicate == "partOf" and i.evidence.is_fact]
    kin = {frozenset((i.subject, i.object)) for i in parts}
    states_of_armies = {
        e: state.name for e in resolution.entities if (state := army_country(name_key(resolution.entities[e].label))) is not None
    }
    armies = set(states_of_armies)
    # ("the army retook Jaffna ... Jaffna is back under the government's control": a
    # state's government and its own army hold the same ground)
    for government, entity in resolution.entities.items():
        # (the government itself, not a ministry that speaks for the army)
        if entity.kind != "Government" or not name_key(entity.label).endswith("government"):
            continue
        state = gazetteer.country_opening(entity.label)
        if state is not None:
            kin |= {frozenset((government, army)) for army, army_state in states_of_armies.items() if army_state == state.name}
    if len(armies) != 1:
        return kin
    army = next(iter(armies))
    foes = {frozenset((i.subject, i.object)) for i in stated if i.predicate == "fights" and i.evidence.is_fact}

    def unit_kind(entity_id: str) -> str | None:
        found = UNIT_NAME.search(resolution.entities[entity_id].label)
        return found.group(0).lower() if found else None

    owned = {i.subject for i in parts}
    for unit in resolution.entities:
        kind = unit_kind(unit)
        if kind is None or unit in owned or unit == army:
            continue
        siblings = {i.object for i in parts if unit_kind(i.subject) == kind}
        if siblings <= {army} and frozenset((unit, army)) not in foes:
            kin.add(frozenset((unit, army)))
    return kin


def retaking_order(item: _Stated, place_facts: list[_Stated]) -> tuple:
    """Where a gain sits in its place's timeline. An undated "had retaken X" is told
    as background, which would put it before every dated gain; when the story told
    another side's dated or current gain of X in an earlier sentence ("rebels seized X on
    Dec. 1 ... within two days government forces had retaken X"), the retaking follows it.
    ``place_facts``: the facts of who controls the same place."""
    # (an order is (published, article index, 0 for undated background or 1, date, rank,
    # sentence start, 0 for a loss or 1): see stated_relations and timeline_key)
    order = item.order
    if item.evidence.control_change != "gain" or order[2] != 0 or not is_retaking_told(item.evidence.triggers, item.evidence.sentence):
        return order
    undone = [
        other.order for other in place_facts
        if other.subject != item.subject and other.evidence.control_change == "gain"
        and other.order[:2] == order[:2] and other.order[2] == 1 and other.order[5] < order[5]
    ]
    return (*max(undone)[:5], *order[5:]) if undone else order  # (its own sentence: a later one)


# Who may speak for a body: its spokesmen, leaders and members.
VOICE_PREDICATES = frozenset({"spokespersonFor", "leads", "memberOf"})


def voices_of(stated: list[_Stated]) -> set[tuple[str, str]]:
    """(person id, body id) pairs where the person speaks for, leads or belongs to the
    body, as the stories state it."""
    return {(i.subject, i.object) for i in stated if i.predicate in VOICE_PREDICATES and i.evidence.is_fact}


def is_own_word_outstated(
    item: _Stated, place_facts: list[_Stated], voices: set[tuple[str, str]], resolution: Resolution
) -> bool:
    """Whether a holding is only the holder's own word against the writer's: "X, a
    Taliban spokesman, said its fighters still controlled most of Marjah" in a story
    that tells, in its own voice, of another side taking or holding Marjah. The claim
    stays as evidence; it does not make the speaker's side the holder. A gain the
    holder reports ("said its troops had retaken X") is news and is not weighed here."""
    speaker = item.evidence.attributed_to
    if speaker is None or item.evidence.control_change is not None:
        return False
    speaker_id = resolution.by_name.get(name_key(speaker))
    if speaker_id is None or not (speaker_id == item.subject or (speaker_id, item.subject) in voices):
        return False
    return any(
        other.subject != item.subject and other.evidence.attributed_to is None
        and other.evidence.doc_id == item.evidence.doc_id and other.evidence.control_change != "loss"
        for other in place_facts
    )


def current_controllers(
    stated: list[_Stated], extractions: list[DocumentExtraction], resolution: Resolution
) -> dict[str, frozenset[str]]:
    """Place id -> the actors that control it at the end of its timeline (none when
    contested or lost). Actors that gain a place in one statement ("Rwandan and
    Mozambican troops retook X") hold it together."""
    events: dict[str, list[tuple[tuple, str | None, str | None]]] = defaultdict(list)
    facts_by_place: dict[str, list[_Stated]] = defaultdict(list)
    for item in stated:
        if item.predicate == "controls" and item.evidence.is_fact:
            facts_by_place[item.object].append(item)
    voices = voices_of(stated)
    for place, facts in facts_by_place.items():
        facts = [item for item in facts if not is_own_word_outstated(item, facts, voices, resolution)]
        for item in facts:
            events[place].append((retaking_order(item, facts), item.subject, item.evidence.control_change))
    for index, extraction in enumerate(extractions):
        published = extraction.article.published or dt.date.min
        for place in extraction.contested_places:
            place_id = resolution.entity_id(place)
            if place_id is not None:
                when = news_key(extraction.article.published)  # told as the news
                events[place_id].append(((published, index, *when, place.start_char, 2), None, "contested"))
    kin = holding_kin(stated, resolution)
    controllers: dict[str, frozenset[str]] = {}
    for place, timeline in events.items():
        holders: set[str] = set()
        gained_in: tuple | None = None  # the last gain's order up to its sentence (one statement)
        for order, actor, change in sorted(timeline, key=lambda e: (e[0], e[1] or "")):
            if change == "contested":
                holders, gained_in = set(), None
            elif change == "loss":
                holders.discard(actor)  # a loss by someone else leaves the holder in place
                gained_in = None
            elif actor is not None:
                if order[:6] != gained_in:
                    holders = {h for h in holders if frozenset((h, actor)) in kin}
                holders.add(actor)
                gained_in = order[:6]
        controllers[place] = frozenset(holders)
    return controllers


def build_graph(extractions: Iterable[DocumentExtraction], resolution: Resolution) -> nx.MultiDiGraph:
    """The knowledge graph of the extractions (see the module docstring)."""
    extractions = list(extractions)
    graph = nx.MultiDiGraph()
    for entity_id in sorted(resolution.entities):
        add_entity(graph, entity_record(resolution.entities[entity_id]))
    stated = with_states_at_war(with_leaders_forces(stated_relations(extractions, resolution), resolution), resolution)
    stated = with_commanders_of_forces(stated, resolution)
    controllers = current_controllers(stated, extractions, resolution)
    led = {(i.subject, i.object) for i in stated if i.predicate == "leads" and i.evidence.is_fact}
    grouped: dict[tuple[str, str, str], list[_Stated]] = defaultdict(list)
    for item in stated:
        grouped[(item.subject, item.predicate, item.object)].append(item)
    for (s, p, o), items in sorted(grouped.items()):
        # Same order as rdf_to_graph gives back: date, article id, offset.
        evidence = sorted(
            (i.evidence for i in items),
            key=lambda e: (e.published or dt.date.min, e.doc_id, e.char_start),
        )
        if p == "controls":
            holds = s in controllers.get(o, frozenset()) and any(
                e.is_fact and e.control_change != "loss" for e in evidence
            )
        else:
            # A relation someone denies in the article ("X has denied that it backs Y")
            # is disputed there: a bare "X-backed Y" beside it states no settled fact.
            holds = any(e.is_fact for e in evidence) and not any(is_denial(e) for e in evidence)
            if p == "backs" and (s, o) in led:
                holds = False  # a commander "defending" his own division leads it; no backing
            if p == "fights" and {"Person", "Facility"} & {resolution.entities[s].kind, resolution.entities[o].kind}:
                # a man fights through the men he leads: "troops killed X", "X's revolt"
                # with no force of his named are no plain fight of his (of 41 such
                # fights over dev..dev131, the golds state 3); a fort fights through
                # its garrison ("stormed Fort X": the garrison's fight, if it is named)
                holds = False
        add_relation(graph, s, p, o, evidence, holds=holds)
    return with_fighters_armed(graph)


def is_denial(evidence: Evidence) -> bool:
    """A statement that denies the relation: negated and disputed ("X denied backing Y")."""
    return evidence.negated and evidence.contested


def with_fighters_armed(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """An organisation of no more specific kind that fights, or holds ground, is an
    armed group ("the Zaydis" seized the port): the relations type it. Controlled
    places are objects, never fighters, so a real place is not retyped."""
    for u, v, data in graph.edges(data=True):
        if not data["holds"]:
            continue
        fighters = (u, v) if data["predicate"] == "fights" else (u,) if data["predicate"] == "controls" else ()
        for node in fighters:
            attrs = graph.nodes[node]
            # also a "place" no gazetteer knows that fights: the NER's GPE for "Hamas"
            if attrs["kind"] == "Organization" or attrs["kind"] == "Place" and attrs["geonames"] is None:
                attrs["kind"] = "ArmedGroup"
    return graph
