"""Relation mentions from dependency structure, with trigger lexicons per relation.

Every rule reads the parse through :mod:`frontline.extract.syntax`, so the same rule
works on UD labels (our bundled pipeline) and ClearNLP labels (en_core_web_*). The
rules, by the shape of text they read:

* verbs, active and passive, with coordinated arguments:
  "A backed B", "B was backed by A, C and D", "A seized B", "B fell to A";
* participles and relative clauses: "forces backed by A", "the army, which controls B";
* hyphenated modifiers: "A-backed B", "A-led B", "A-held B";
* nouns: "support from A", "an offensive against B", "clashes between A and B",
  "A's ally B", "under the command of A", "a stronghold of A";
* roles: "A, a spokesman for B", "B commander A", "A, director of B";
* possessives: "A's B" (leads when A is a person and B an armed group, partOf when
  both are organisations, locatedIn when both are places).

Each mention carries flags read from the clause around its trigger: negated
("did not back", "failed to seize"), hypothetical (modals, "ready to", "threatened
to", "if ..."; a purpose clause "to seize"), attributed (reported speech, "according
to") and contested (claims, denials, reader comments).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from typing import Iterable, Iterator, Sequence

from spacy.tokens import Doc, Span, Token

from frontline.extract import gazetteer
from frontline.extract.entities import ORDINAL, SPELLED_ORDINALS, ARMED_BODY_NOUNS, ATTRIBUTION_VERBS, CALENDAR_WORDS, COMPASS_WORDS, CREED_WORDS, FORCE_MODIFIER_WORDS, NAMED_UNIT_NOUNS, REGION_WORDS, PEOPLE_ADJECTIVE, PEOPLE_SHAPE, GOVERNING_TITLES, RULED_BY_NOUNS, RULER_WORDS, SPOKESPERSON_WORDS, TITLE_WORDS
from frontline.extract.reading import read_doc
from frontline.extract.records import EntityMention, RelationMention
from frontline.extract.surface import MANY_POSTS, MATERIAL_NOUNS, MORE_MATERIAL, PART_SCOPES, RANKING_WORDS, RELATION_GERUNDS, SITE_AT_NOUNS, surface_hits
from frontline.extract.syntax import (
    APPOSITION,
    COMPOUND,
    DAY_PARTS,
    FINITE_VERB_TAGS,
    NOMINAL_SUBJECT,
    OBJECT,
    POSSESSIVE,
    RELATIVE_CLAUSE,
    SENDING_VERBS,
    TIME_WORDS,
    children_with,
    ally_described_with,
    direct_subjects,
    is_infinitives_object,
    lemma_of,
    list_items_as_appositions,
    post_body,
    preposition_of,
    register_lemmas,
    is_negated,
    is_passive,
    is_set_off_participle,
    is_verb,
    misplaced_subject,
    objects,
    prepositional_objects,
    relative_before_and_that,
    subject_of_clause,
    with_conjuncts,
)

# ----------------------------------------------------------------- lexicons


@dataclass(frozen=True)
class VerbTrigger:
    predicate: str
    control_change: str | None = None
    # prepositions that introduce the object when there is no direct object
    object_prepositions: tuple[str, ...] = ()
    confidence: float = 0.8


_BACK = VerbTrigger("backs", object_prepositions=("with",))
_FIGHT = VerbTrigger("fights", object_prepositions=("against", "with", "on"))
_GAIN = VerbTrigger("controls", "gain")
_HOLD = VerbTrigger("controls", None)
_LOSS = VerbTrigger("controls", "loss", object_prepositions=("from", "out of", "of"))
_LEAD = VerbTrigger("leads")
_HOLD_OUT = VerbTrigger("fights", object_prepositions=("against",))
_OPPOSE = VerbTrigger("opposes", object_prepositions=("to",))

# Verbs that take ground only as "<verb> control of/over X": "restored control over X",
# "declared full control of X" (not "declared a ceasefire", "extended the deadline").
CONTROL_ONLY_VERBS = frozenset("restore reestablish re-establish declare impose assert extend establish".split())
# ... and those that keep it: only "kept hold of X", "retained control of X" (a hold)
HOLD_ONLY_VERBS = frozenset("keep retain maintain".split())
# Verbs that hold only a named land, never a building or a thing: "the movement runs
# much of the Vanni", "runs Raqqa and Hasakah" (not "MSF runs the Boost hospital")
LAND_ONLY_HOLD_VERBS = frozenset({"run"})
# Giving way: a loss of ground, and a fight with the side given way before
RETREAT_VERBS = frozenset("flee retreat withdraw".split())
VERB_TRIGGERS: dict[str, VerbTrigger] = {
    **dict.fromkeys(
        "back support arm fund finance sponsor equip aid assist bankroll reinforce "
        "supply train provide deliver sell ship transfer send give prop shore bolster buttress lend loan fly airlift".split(),
        _BACK,
    ),
    "ally": VerbTrigger("backs", object_prepositions=("with", "to")),
    # "armed and paid by the government", "had been paid by Washington to hunt X"
    "pay": VerbTrigger("backs", confidence=0.6),
    "help": VerbTrigger("backs", confidence=0.6),
    # "X relied on Y": Y backs X (the reversal is made in verb_candidates)
    **dict.fromkeys(("rely", "depend"), VerbTrigger("backs", confidence=0.6)),
    # "X received arms from Y" (the reversal is made in verb_candidates)
    **dict.fromkeys(("receive", "obtain", "acquire"), VerbTrigger("backs", confidence=0.65)),
    **dict.fromkeys(("trade", "exchange"), VerbTrigger("fights", confidence=0.7)),
    **dict.fromkeys(("defend", "protect"), VerbTrigger("backs")),
    "side": VerbTrigger("backs", object_prepositions=("with",)),
    "coordinate": VerbTrigger("backs", object_prepositions=("with",), confidence=0.6),  # (only joint work: see JOINT_WORK_NOUNS)
    # "the African Union recognised Ouattara": a state's or a body's political backing
    **dict.fromkeys(("recognise", "recognize"), VerbTrigger("backs", confidence=0.6)),
    # "the African Union endorsed a Multinational Joint Task Force", "was authorised by the UN Security Council"
    **dict.fromkeys(("endorse", "authorise", "authorize"), VerbTrigger("backs", confidence=0.6)),
    **dict.fromkeys(
        "fight attack battle clash combat bomb shell target assault ambush raid repel "
        "confront engage besiege defeat invade bombard storm resist thwart foil "
        "counter rout kill strike wound injure strafe destroy overwhelm overpower hunt sink "
        "crush annihilate decimate smash encircle pursue repulse counterattack outflank harass assail scatter suppress quell".split(),
        _FIGHT,
    ),
    "face": VerbTrigger("fights", confidence=0.6),  # "the army also faces the Islamic State"
    # "revolted against the government", "rebelled against X" (not "rose against X": the
    # parser hangs "rose" on names far from it)
    **dict.fromkeys(("revolt", "rebel", "mutiny"), _HOLD_OUT),
    # "marched inland to overthrow the government of X" (an aim: a fact only when the
    # march or the fighting is, see is_campaign_to_topple)
    **dict.fromkeys(("overthrow", "topple", "unseat"), VerbTrigger("fights", confidence=0.6)),
    **dict.fromkeys("seize capture retake recapture occupy overrun liberate free conquer take annex enter wrest regain reclaim secure win".split(), _GAIN),
    "take": VerbTrigger("controls", "gain", object_prepositions=("over",)),  # "had taken over the capital" (the parser's "over X")
    **dict.fromkeys("control hold administer govern guard patrol dominate".split(), _HOLD),  # "guard the airport", "patrol the towns", "dominates most of the capital"
    **dict.fromkeys(sorted(LAND_ONLY_HOLD_VERBS), _HOLD),  # (see verb_candidates)
    **dict.fromkeys(sorted(CONTROL_ONLY_VERBS), _GAIN),  # only "<verb> control of/over X"
    **dict.fromkeys(sorted(HOLD_ONLY_VERBS), _HOLD),  # only "<verb> hold/control of X"
    **dict.fromkeys("lose abandon evacuate".split(), VerbTrigger("controls", "loss")),
    **dict.fromkeys(sorted(RETREAT_VERBS), _LOSS),
    "pull": VerbTrigger("controls", "loss", object_prepositions=("out of", "from")),
    "fall": VerbTrigger("controls", "gain", object_prepositions=("to",)),
    # "Sato's division belongs to the 15th Army" (a person belonging to a body is a member:
    # the surface patterns read that)
    "belong": VerbTrigger("partOf", object_prepositions=("to",), confidence=0.7),
    **dict.fromkeys("lead command head chair".split(), _LEAD),
    **dict.fromkeys(
        "oppose condemn reject denounce criticize criticise accuse sanction blame".split(),
        _OPPOSE,
    ),
}


def is_fight_lemma(lemma: str) -> bool:
    """A verb that names a fight: "attack", "shell", "battle" (not "face" alone)."""
    trigger = VERB_TRIGGERS.get(lemma)
    return trigger is not None and trigger.predicate == "fights"


# Words that say a post passed to someone else: "took over as interim leader after the founder ..."
SUCCESSION_WORDS = frozenset("succeeded succeeds replaced replaces successor interim".split())


def is_succession_told(lowers: Sequence[str]) -> bool:
    """Whether the words say a post passed to someone else ("succeeded", "took over")."""
    return any(w in SUCCESSION_WORDS for w in lowers) or any(
        lowers[k + 1] == "over" and lowers[k] in {"took", "takes", "taken"} for k in range(len(lowers) - 1)
    )


# Titles after "army" that make their bearer its head: "the army commander, X"
ARMY_HEAD_NOUNS = frozenset({"commander", "chief"})
# What an army does, named with "army" before it: "an army offensive", "a military assault"
ARMY_ATTACK_NOUNS = frozenset("offensive counteroffensive assault attack attacks operation operations campaign raid raids bombardment crackdown".split())
# Verbs that fight only with their particle: "finished off", "wiped out", "beat off", "mopped up";
# "broke through the lines of X" (what is broken through is the foe's)
# ("put down the uprising": see the revolt's owner in verb_candidates)
PHRASAL_FIGHT_VERBS = frozenset({("finish", "off"), ("wipe", "out"), ("beat", "off"), ("mop", "up"), ("break", "through"), ("turn", "against"), ("put", "down"), ("move", "against")})
# The same with the particle after the object: "beat the attackers back", "held them off"
# (not "held back its reserves": kept them from the fight)
# (or before it: "threw back the Landeswehr"; "drove back" is an ousting verb's)
REPELLING_VERBS = frozenset({("beat", "back"), ("beat", "off"), ("fight", "off"), ("fend", "off"), ("hold", "off"), ("throw", "back")})
REPELLING_LEMMAS = frozenset(verb for verb, _particle in REPELLING_VERBS)
PHRASAL_FIGHT_LEMMAS = frozenset(verb for verb, _particle in PHRASAL_FIGHT_VERBS) | REPELLING_LEMMAS
PARTICLE_FIRST_FIGHT_VERBS = PHRASAL_FIGHT_VERBS | REPELLING_VERBS
# What one holds where one stands: "held its ground on X"
HELD_GROUND_WORDS = frozenset({"ground"})
# "seized control of X", "most of X", "parts of X": what is taken is X
PORTION_NOUNS = frozenset("control most part parts much half all areas swathes rest centre center heart bulk whole countryside hinterland slope slopes block blocks".split())
# Verbs whose object may be a portion of the place taken or held ("overran the last blocks of X")
PORTION_TAKING_LEMMAS = frozenset("take seize gain assume lose hold win capture overrun overran retake recapture control run".split())
# Verbs that only carry an attack noun: "carried out strikes on X", "launched an offensive".
LIGHT_VERBS = frozenset("carry launch conduct stage mount begin start intensify escalate step continue lead wage inflict declare".split())
# What is inflicted on a foe: "inflicted heavy losses on X" (only after "inflict": "the
# army's losses" alone name no foe)
INFLICTED_NOUNS = frozenset("loss losses casualties defeat defeats damage".split())
# Verbs of getting: the giver ("from X") backs the subject.
RECEIVING_VERBS = frozenset("receive get obtain acquire buy import".split())
# Verbs of giving: the recipient ("to X") is the one backed.
GIVING_VERBS = frozenset("supply provide send deliver sell give ship transfer lend loan fly airlift".split())
# Giving verbs that give many things: backing only when what is given is arms or aid
# ("sent a letter", "flew sorties", "lent its name" are none)
MATERIAL_ONLY_GIVING = frozenset("send give fly airlift lend loan".split())
GIVEN_THINGS = MATERIAL_NOUNS | MORE_MATERIAL  # (men too: "sent troops to X")
# Subjects of these verbs are ousted: "X was ousted from Y" is a loss for X.
OUSTING_VERBS = frozenset("oust expel drive push dislodge evict force clear flush".split())
# Verbs that pass ground from one side to another: "handed Alsace to X", "ceded X to Y"
HANDOVER_VERBS = frozenset("hand cede surrender return transfer".split())

HYPHEN_TRIGGERS: dict[str, tuple[str, float]] = {
    **dict.fromkeys(("backed", "supported", "sponsored", "funded", "armed", "allied", "aligned", "trained", "equipped"), ("backs", 0.75)),
    **dict.fromkeys(("recognised", "recognized"), ("backs", 0.6)),  # "the UN-recognised government"
    "led": ("leads", 0.75),
    **dict.fromkeys(("held", "controlled", "occupied", "run", "ruled"), ("controls", 0.75)),
}

# Verbs that judge a deed rather than do it: "we condemn any attack on the army" attacks no one
JUDGING_VERBS = frozenset("condemn denounce deplore criticise criticize welcome praise hail applaud regret".split())
BACKING_NOUNS = frozenset("support backing help assistance aid sponsorship patronage funding arms".split())
# Verbs of coming to someone's side: "came to the aid of X"
COMING_VERBS = frozenset("come rush go hurry march fly leap spring".split())
ATTACK_NOUNS = frozenset(
    "offensive attack assault campaign war operation strike strikes airstrike airstrikes raid "
    "counteroffensive counter-offensive push advance incursion invasion bombardment "
    "insurgency rebellion uprising revolt insurrection rising coup putsch jihad defence defense struggle".split()
)
# A revolt named for whose it is: "the rebellion of the FLN", "the Kurds' uprising"
REVOLT_NOUNS = frozenset("rebellion insurgency uprising revolt rising insurrection".split())
# "Thousands of X": X's men
CROWD_NOUNS = frozenset("thousands hundreds dozens scores".split())
# "a stream of attacks", "a wave of strikes": the attacks stand where the quantity does
QUANTITY_NOUNS = frozenset("stream series wave waves spate barrage string number dozens hundreds thousands scores round rounds handful".split())
# A service's craft named with its common noun: "navy gunboats", "air force jets"
SERVICE_CRAFT_NOUNS = frozenset("gunboats warships ships boats vessels jets planes aircraft helicopters bombers fighters".split())
SERVICE_HEADS = SERVICE_CRAFT_NOUNS | {"navy", "force"}
# Spans of time a war is counted in: "three decades of war against X"
DURATION_NOUNS = frozenset("years decades months weeks days".split())
# What a quantity may count that stands for a body: "a small number of X factions"
COUNTED_BODY_NOUNS = frozenset("factions units groups brigades battalions militias".split())
# Some of a named body's men: "a small party of Royal Marines", "a detachment of the Legion"
DETACHMENT_NOUNS = frozenset("party detachment band contingent company platoon squad".split())
SANCTION_NOUNS = frozenset("sanctions sanction embargo boycott protest protests".split())
CLASH_NOUNS = frozenset(
    "clash clashes fighting battle battles war conflict confrontation hostilities duel duels skirmish skirmishes firefight firefights "
    "gunfight gunfights gunbattle gunbattles shootout shootouts".split()
)
ALLIANCE_NOUNS = frozenset({"alliance"})
# "a ceasefire between A and B", "a truce with B": the two were fighting
TRUCE_NOUNS = frozenset("ceasefire ceasefires truce armistice".split())
FIGHTING_NOUNS = CLASH_NOUNS | TRUCE_NOUNS
# "the Hema community", "the Nuer clans": a people a group is drawn from, which no pronoun stands for
KINFOLK_NOUNS = frozenset("community communities clan clans tribe tribes people".split())
# "its rival, the X": a noun the name set off after it describes (see name_set_off_after)
RIVAL_NOUNS = frozenset("rival rivals foe foes enemy adversary arch-rival".split())
# The push one gives way before: "fled before X's sweep" (see RETREAT_VERBS)
PUSH_NOUNS = ATTACK_NOUNS | frozenset({"sweep", "onslaught", "blitz"})
# Verbs that say what their subject is, as "be" does: "X remains Y's main ally" (word
# forms: the lemmatizer leaves "remains")
LINKING_VERBS = frozenset("remain remains remained become becomes became stay stays stayed".split())
ALLY_NOUNS = frozenset("ally allies backer backers patron sponsor supporter supporters supplier suppliers lifeline".split())
STRONGHOLD_NOUNS = frozenset("stronghold bastion base heartland".split())
# A seat that makes its owner hold the town only when the owner is an armed group
# ("from A, the separatists' headquarters"; "Geneva, the UN's headquarters" is no town the UN holds)
ARMED_SEAT_NOUNS = frozenset({"headquarters"})
# A body's seat: who takes or attacks it fights the body ("captured the headquarters of
# X"; a heartland is a region, no seat)
SEAT_NOUNS = (STRONGHOLD_NOUNS - {"heartland"}) | ARMED_SEAT_NOUNS | {"bases", "hideout", "barracks", "offices"}
LEADER_NOUNS = frozenset(
    "leader commander head chief director president chairman chairwoman chairperson founder boss warlord "
    "strongman ruler premier king queen emperor empress tsar shah emir sultan speaker".split()
)
# Titles whose holder leads a country: "Turkish President A", "Armenia's Prime Minister A",
# "Emperor A of B".
HEAD_OF_STATE_TITLES = frozenset("president premier king queen emperor empress tsar shah emir sultan chancellor monarch minister".split())
# "deputy commander", "assistant commander-in-chief": a member, not the head
SECOND_RANKS = frozenset("deputy assistant vice".split())
SPOKESPERSON_NOUNS = SPOKESPERSON_WORDS
ROLE_NOUNS = frozenset(
    "chief commander leader president minister general colonel spokesman spokeswoman "
    "spokesperson envoy ambassador director head".split()
)
# Those who speak for a state abroad: its members, not its government's
DIPLOMAT_NOUNS = frozenset("ambassador envoy delegate diplomat".split())
# Nouns of a body that is part of another: "X, a faction of Y", "X, the armed force of Y"
PART_NOUNS = frozenset("faction wing arm branch unit units force affiliate offshoot".split())
DESCRIPTION_OPENERS = frozenset("a an the both all".split())  # ", both units of X"
# A state's ministers (see role_candidates: a foreign state's minister speaks for the state)
MINISTER_WORDS = frozenset({"minister"})
# Members of a research body whose country words name their subject, not their employer:
# "a Syria researcher at the Centre for Levant Studies" is no member of Syria's government.
EXPERT_NOUNS = frozenset(
    "researcher analyst fellow professor lecturer economist expert historian scholar specialist scientist "
    "sociologist anthropologist criminologist demographer geographer strategist commentator writer columnist editor".split()
)
MEMBER_NOUNS = EXPERT_NOUNS | frozenset(  # ("X, a researcher at the Y Institute", "a sociologist at the Y Centre")
    "minister member official officer envoy ambassador secretary adviser advisor "
    "negotiator representative diplomat delegate general colonel fighter soldier coordinator mediator "
    "prosecutor agent candidate".split()
)
# Ranks of a state's soldiers: "the Polish general X" serves in Poland's army, not its government
SOLDIER_RANK_NOUNS = frozenset("general colonel soldier".split())
# Kin a name follows in apposition: "the president's son, X"
KIN_NOUNS = frozenset("son sons brother brothers nephew cousin daughter father uncle half-brother son-in-law brother-in-law".split())
# Nouns "army" makes the article's own army's: "army units", "army garrisons"
ARMY_PART_NOUNS = frozenset("units troops soldiers garrisons garrison columns column forces positions posts outposts checkpoints convoy convoys battalions brigades divisions regiments tanks".split())
# Words opening a place's description set off after it: "X, a town ...", "X, their
# strongest fortified camp ..."
DESCRIBING_DETERMINERS = frozenset("a an their its his".split())
# How many sentences back "the town" looks for the place last described as a town
DESCRIBED_REACH = 2
# What an aircraft does, between its owner and its noun: "French transport planes"
AIRCRAFT_ROLE_WORDS = frozenset("transport cargo combat fighter attack reconnaissance spy".split())
# An aircraft's or a tank's model between its owner and its noun: "B-52", "MiG-21", "T-54"
MODEL_DESIGNATION = re.compile(r"^[A-Z][A-Za-z]{0,2}-\d{1,3}[A-Z]?$")
# A state's commanders as a body, by the word before the noun: "the X high command",
# "X's general staff" (see army_of_staff)
STAFF_NOUNS = {"command": "high", "staff": "general"}
# "Turkish drone strikes", "Russian air raids": the weapon between owner and strike
WEAPON_MODIFIERS = frozenset("drone air artillery rocket missile naval".split())
STRIKE_NOUNS = frozenset("strikes strike raids airstrikes attacks fire".split())
# Group nouns that, with a person's possessive, are the group he leads ("Sharaa's group").
GROUP_WORDS = frozenset("group groups movement faction factions federation network".split())
# Nouns an organisation's name may carry in running text: "the Houthi movement"
UNIT_GROUP_NOUNS = frozenset("group movement militia organisation organization party".split())
FORCE_NOUNS = frozenset(
    "forces force troops fighters army military militia militias men loyalists soldiers units "
    "brigades fighter mercenaries rebels militants separatists warplanes planes drones jets gunboats bombers positions bunkers bases holdouts armour armor "
    "entrenchments trenches "
    "guerrillas militiamen gunmen insurgents paramilitaries helicopters tanks aircraft "
    "artillery gunships warships police strikes airstrikes contingent peacekeepers personnel "
    "battalion battalions divisions regiments marines commandos paratroopers remnants lines garrison garrisons column columns "
    "convoy convoys patrol patrols riflemen infantry infantrymen cavalry cavalrymen followers gendarmes gendarmerie regulars "
    "sailors bluejackets".split()
) | GROUP_WORDS
# People who act for an organisation: "G7 foreign ministers called on ..." is the G7.
REPRESENTATIVE_NOUNS = frozenset(
    "ministers officials leaders diplomats envoys delegates authorities ministry members".split()
)
# Nouns that stand for the actor behind them: "attempts by X", "X's offensive".
PROXY_NOUNS = frozenset(
    "attempt attempts attack attacks advance advances offensive assault campaign push "
    "counteroffensive operation operations incursion invasion suppression crackdown "
    "occupation annexation aggression convoy convoys".split()
)
_GROUPS = frozenset({"ArmedGroup", "Government", "Organization", "InternationalOrganization"})
# What "the group" may stand for; what "the council", "the mission" may stand for
ARMED_BODY_KINDS = frozenset({"ArmedGroup", "Organization"})
NAMED_BODY_KINDS = _GROUPS
PRONOUN_KINDS: dict[str, frozenset[str]] = {
    **dict.fromkeys(("he", "his", "him"), frozenset({"Person"})),
    **dict.fromkeys(("they", "their", "them"), _GROUPS),
    **dict.fromkeys(("it", "its"), _GROUPS | {"Country"}),
}
# How many sentences further back than the previous one "the group" may look.
ARMED_GROUP_REACH = 4
# "the group", "the paramilitary group": the nearest armed group or organisation named before
# (each with its adjective: "the rebels", "rebel fighters")
INSURGENT_NOUNS = {
    "rebels": "rebel", "militants": "militant", "insurgents": "insurgent", "jihadists": "jihadist", "separatists": "separatist",
    "guerrillas": "guerrilla",
}
INSURGENT_WORDS = frozenset(INSURGENT_NOUNS)
OWNER_GROUP_NOUNS = INSURGENT_WORDS | frozenset("movement group militia faction rebellion insurgency".split())
INSURGENT_ADJECTIVES = frozenset(INSURGENT_NOUNS.values())
INSURGENT_PLURALS = {adjective: noun for noun, adjective in INSURGENT_NOUNS.items()}
BREAKAWAY_WORDS = frozenset("breakaway splinter dissident renegade rival".split())
# Words before "junta" or before the name of the body it stands for: "the ruling X"
JUNTA_MODIFIERS = frozenset("new military ruling".split())
# Assaults on ground: "it" stormed is the building or the town named before it
PLACE_ASSAULT_LEMMAS = frozenset("storm overrun besiege bombard encircle".split())
# A single unit, a person's when he owns it: "Adekunle's division" (see _mention)
UNIT_NOUNS = frozenset("division brigade regiment battalion".split())
# Words that stand for a group only once the story has called it so (see _mention)
CALLED_ONLY_WORDS = frozenset({"guerrillas"})
# Words for a branch or kind of troops between a country's adjective and its force noun
# ("South African armoured units", "Cuban mechanised brigades")
ARM_OF_SERVICE_WORDS = frozenset(
    "armoured armored mechanised mechanized motorised motorized airborne infantry artillery special elite regular ground".split()
)
# Creeds that also name a community with armed men of its own ("Druze fighters"); not
# "Islamic" (a word of groups' names) nor "Muslim"
COMMUNITY_CREED_WORDS = CREED_WORDS - {"Islamic", "Muslim"}
# Troops named by their arm, who stay the unit or army the story first said they were of
# ("Marines" is left out: capitalised, it names a service of its own)
ELITE_TROOP_NOUNS = frozenset("paratroopers commandos legionnaires".split())
# Words of a compound preposition that say where, not whose: "on the outskirts of X"
WHERE_WORDS = frozenset("outskirts edge edges centre center heart north south east west outside inside".split())
# Men a later sentence may say whose unit they belonged to: "The soldiers belonged to X"
UNIT_MEMBER_NOUNS = frozenset("soldiers troops men".split())
# Unit nouns a unit's name stands before: "the RPKAD regiment", "the Azov battalion"
NAMED_UNIT_HEADS = NAMED_UNIT_NOUNS | frozenset("division corps squadron".split())
# Links from a noun up to its verb through objects and their modifiers
OBJECT_PATH = frozenset("obj dobj iobj dative nmod obl pobj prep conj".split())
# Armed men a story may describe and never name: "the tribal lashkars", "clan militias"
DESCRIBED_GROUP_NOUNS = frozenset("militias militiamen mercenaries lashkars tribesmen raiders vigilantes patrols paramilitaries infantry".split())
# "the militiamen" after "militias recruited among X": the same men
SAME_MEN_WORDS = {"militiamen": ("militiamen", "militias")}
# Words after such a noun that say whom they are drawn from: "militias recruited among X refugees"
RECRUITED_AMONG = frozenset(
    (verb, preposition) for verb in ("recruited", "drawn", "raised") for preposition in ("among", "from")
)
# Words before such a noun that count or place them, not say which they are
NOT_DESCRIBING_WORDS = frozenset("some many several other more most few local armed hundreds thousands dozens".split())
# Words for fighters no state backs ("rebels" and "separatists" often have a foreign patron)
OUTLAW_WORDS = frozenset("militants jihadists extremists".split())
STATE_BACKING_WORDS = frozenset("backed funded armed sponsored supported financed sanctioned".split())
# Words after "alongside" for a state's forces: "fought alongside the army", "alongside government troops"
STATE_FORCE_WORDS = frozenset("army military government troops soldiers".split())
# Words that name or describe a peacekeeping force ("the UN Mission in X", "the ceasefire monitoring force")
PEACEKEEPING_WORDS = frozenset("peacekeeping monitoring mission observer stabilisation stabilization".split())
GROUP_ANAPHORS = frozenset(
    "group movement faction organisation organization paramilitaries rebels militants insurgents jihadists separatists militia "
    "coalition alliance".split()
)
# Nouns that describe the name before their comma ("X, the armed wing of Y").
# ("G, a clan-based force led by X": the force is G, X its leader, not a force of X's own)
DESCRIBING_NOUNS = frozenset("affiliate branch wing offshoot faction arm militia movement agency party force".split())
# "X, an umbrella of armed groups funded by Y": nouns for a body made of the groups
# after "of", so what is said of the groups is said of X.
MADE_OF_GROUPS_NOUNS = frozenset("umbrella coalition alliance grouping network federation patchwork collection bloc council".split())
PLACE_DESCRIBING_NOUNS = frozenset("ridge peak hill mountain town city village port district suburb base airbase airport post outpost birthplace hometown junction".split())
# Anaphors that stand first for a group whose name has the same word ("the coalition";
# "the movement" for the "X Movement of Y", not the aid agency named more often).
NAMED_GROUP_ANAPHORS = frozenset("coalition alliance movement".split())
ALLIANCE_WORDS = frozenset({"alliance", "coalition"})
# Lower-case words inside a name ("Jaish al-Fatah" is read "Jaish", "al", "-", "Fatah")
NAME_PARTICLES = frozenset({"al", "el", "ad", "ash", "as", "-", "de", "of"})
# Institution nouns that, after "the", stand for the body named with the same noun
# earlier in the article: "the council" for "X Transitional Council", "the task force's
# spokesman" for "Joint Task Force X", "the division" for "First Armoured Division".
# Not "the centre" (of a town) nor "the state" (any country): too often no body at all.
NAMED_HEAD_NOUNS = frozenset(
    "council command division brigade regiment corps front party mission commission administration "
    "committee authority directorate agency assembly congress union secretariat guard legion".split()
)
# Words of a body's name that news also writes as plain nouns: "the courts" stands for
# the "Islamic Courts Union", but "the people" is not the "Luhansk People's Republic".
NAME_WORDS_NEVER_ANAPHORS = frozenset(
    """people peoples peace war justice development democracy democratic liberation freedom
    unity change salvation progress reconciliation restoration security defence defense
    support action nation nations national islamic state states country land homeland
    rights human north south east west centre center studies affairs policy news""".split()
)
CITY_EXCLUDED_WORDS = frozenset("state province region district area governorate county department prefecture oblast desert valley frontline".split())
# "the city" is no lake or mountain: "Lake Tana", "Mount Sinjar", "the Nile River"
NATURAL_FEATURE_WORDS = frozenset("lake river sea gulf bay mount mountain mountains hills heights ridge ridges island islands coast ocean".split())
# Ways named by where they lead: "the road to X" names X only as a direction
ROUTE_NOUNS = frozenset("road roads highway route routes railway track".split())
# What a capital standing for its state says: "a charge Bangkok flatly denies" (the
# words of saying, and of denying and warning)
STATE_SAYING_WORDS = ATTRIBUTION_VERBS | frozenset(
    "denies denied insists insisted rejects rejected accuses accused maintains maintained warns warned".split()
)


PLACE_ANAPHORS: dict[str, frozenset[str]] = {
    **dict.fromkeys(("district", "area", "region", "province", "suburb", "neighbourhood", "neighborhood"), frozenset({"Place"})),
    **dict.fromkeys(("city", "town", "village", "hamlet", "capital", "crossing"), frozenset({"Place"})),
    **dict.fromkeys(("airbase", "base", "airport", "port", "camp", "fort", "fortress", "outpost", "airfield", "airstrip"), frozenset({"Facility"})),
    # (named buildings: "the hospital" after "Fallujah General Hospital", never a building not named)
    **dict.fromkeys(("hospital", "palace", "barracks", "stadium", "mine", "refinery", "terminal", "prison", "bridge", "dam"), frozenset({"Facility"})),
    **dict.fromkeys(("mosque", "church", "cathedral", "temple", "embassy", "facility"), frozenset({"Facility"})),
}
# Nouns of a description set off after a place's name: "Rocinha, the city's largest favela, which ..."
DESCRIBED_PLACE_NOUNS = frozenset(word for word, kinds in PLACE_ANAPHORS.items() if kinds == {"Place"}) | {"favela", "slum", "township"}
DESCRIBED_FACILITY_NOUNS = frozenset(word for word, kinds in PLACE_ANAPHORS.items() if kinds == {"Facility"})
# Nouns named by "of" but never read as an anaphor: "the island of X" is X; "the island"
# alone may be any of the islands a story names
OF_NAMED_PLACE_NOUNS = frozenset("island peninsula oasis enclave archipelago heights hills plateau duchy principality settlement colony stronghold".split())
# Words between "under" and a commander's name: "troops under the command of General X"
COMMAND_WORDS = frozenset("command orders leadership of".split())
# Words between "loyal to" and a leader's name: "loyal to the ousted president X"
LOYALTY_TITLE_WORDS = TITLE_WORDS | frozenset("the former ousted deposed exiled late self-declared".split())
# "Gbagbo ally X", "Kremlin loyalist X": X, tied to the first name
PERSON_TIE_NOUNS = frozenset("ally loyalist aide confidant protege protégé associate rival".split())
PERSON_ROLE_NOUNS = LEADER_NOUNS | SPOKESPERSON_NOUNS | MEMBER_NOUNS
# "lose both towns", "took the three villages": places counted back (see places_counted_back)
PLURAL_PLACE_NOUNS = frozenset("towns cities villages districts areas settlements islands".split())
PLURAL_SITE_NOUNS = PLURAL_PLACE_NOUNS | frozenset("ports terminals centres centers".split())  # ("the town centres of A and B")
# Words before "in X" that make X where something was said ("told reporters in X")
SPEECH_VENUE_WORDS = frozenset("reporters journalists told said says speaking spoke conference briefing statement communique communiqué broadcast headquarters".split())
PLACE_COUNT_WORDS = {"both": 2, "two": 2, "three": 3, "four": 4, "these": 0, "those": 0}
# "armed all three groups", "both militias": bodies counted back (see groups_counted_back)
COUNTED_GROUP_NOUNS = frozenset("groups factions militias movements organisations organizations parties".split())
# Words between "and" and a list's next name: "and the hardline factions B"
LIST_FILLER_WORDS = COUNTED_GROUP_NOUNS | {"the", "hardline", "rival", "smaller", "other"}
# "the government", "Sudan's government": a state's government (see government_mention)
GOVERNMENT_NOUNS = frozenset({"government"})
# "South African rule", "Spanish occupation": a state's rule of a land, fought as the state
FOREIGN_RULE_NOUNS = frozenset({"rule", "occupation", "domination"})
# "the Turkish state": the country itself (see state_country)
STATE_NOUNS = frozenset({"state"})
GOVERNMENT_MODIFIERS = frozenset(
    "federal central national interim transitional internationally recognised recognized "
    "army-aligned military-led elected military ousted deposed toppled exiled embattled beleaguered "
    "conservative liberal labour socialist communist nationalist civilian".split()  # "the Conservative government of President X"
)
# "we", "our forces" in a quote: the body the quoted speaker speaks for
FIRST_PERSON_PLURAL = frozenset({"we", "our", "us"})
# What "our" owns when ground is held: "in our hands", "under our control"
HELD_BY_WORDS = frozenset({"hands", "control"})
# Where the words about a quote's speaker end: "told reporters", "said in a statement",
# "a researcher at X" (an analyst's institute speaks for no side)
SPEAKER_PHRASE_ENDS = frozenset({"told", "in", "at", "on", "to", "during", "after", "before", "when", "while", "and", "but"})
# "stayed in federal hands", "under federal control": the state's own forces (see unit_at)
HOLDER_ADJECTIVES = frozenset({"federal"})
# Nouns whose "that" clause is only as true as they are: "no sign that X took Y"
EVIDENCE_NOUNS = frozenset("sign signs evidence indication indications proof suggestion".split())
# The subject pronoun a possessive repeats: "It denied that its members ..."
SUBJECT_OF_POSSESSIVE = {"its": "it", "their": "they"}
# Words that can stand for an argument without being an entity span themselves.
ARGUMENT_WORDS = (
    FORCE_NOUNS | PRONOUN_KINDS.keys() | PLACE_ANAPHORS.keys() | GROUP_ANAPHORS | GOVERNMENT_NOUNS | STATE_NOUNS | FIRST_PERSON_PLURAL
    | NAMED_HEAD_NOUNS | UNIT_NOUNS | HOLDER_ADJECTIVES | PLURAL_SITE_NOUNS  # ("those towns": see places_counted_back)
    | {"junta"}  # (see junta_named)
    | OF_NAMED_PLACE_NOUNS  # ("the peninsula": see place_named_with_noun)
)
# A state's police: "Macedonian police", "Serbian policemen"
POLICE_NOUNS = frozenset("police policemen gendarmes gendarmerie".split())
GENDARMERIE_NOUNS = frozenset("gendarmes gendarmerie".split())
# With a country these name its national army, an armed group of its own
# ("Russian troops", "Sudan's army"); "Russian warplanes" stay the country.
NATIONAL_ARMY_NOUNS = frozenset(
    "army armies military forces force troops soldiers units servicemen contingent peacekeepers personnel divisions brigades regiments "
    "marines commandos paratroopers garrison garrisons patrol patrols column columns infantry riflemen cavalry regulars".split()
)
# What "government" before these names is the army's: "strikes on government armour"
GOVERNMENT_ARMOUR_NOUNS = frozenset("armour armor tanks".split())
# What a country arms others with: "equipped with Soviet weapons" (see unit_at)
SUPPLIED_MATERIAL_NOUNS = frozenset("weapons arms rifles guns missiles ammunition tanks artillery equipment".split())
# Aircraft a country flies: "British jets" are Britain's (see unit_at)
AIRCRAFT_NOUNS = frozenset("jets warplanes aircraft bombers planes helicopters drones".split())
# "backed by Russian air power", "supported by American air strikes": the country itself
AIR_SUPPORT_NOUNS = frozenset("power strikes support cover raids".split())
# "government forces", "federal troops", "the army": the article's own national army.
BARE_SOLDIER_NOUNS = frozenset({"soldiers", "troops"})
FORMING_VERBS = frozenset("form found create establish launch".split())  # "who formed X"
# "northern troops": the four sides of the compass words (not "central", "upper")
COMPASS_ADJECTIVES = frozenset(w for w in COMPASS_WORDS if w.endswith("ern"))
COMPASS_FORCE_NOUNS = NATIONAL_ARMY_NOUNS | {"tanks"}
# ("the royal army", "imperial troops": a monarchy's own army, named by its form of state)
GOVERNMENT_FORCE_MODIFIERS = FORCE_MODIFIER_WORDS | frozenset("pro-government national junta loyalist".split())
# Words that make "troops" the rising's, never the state's army: "Insurgent troops
# stormed the city", "mutinous soldiers" (checked on the words, as the parser may hang
# the word off the verb)
REBELLING_FORCE_MODIFIERS = frozenset("rebel insurgent mutinous mutineer rebellious renegade dissident breakaway putschist".split())
# Words before a head's title that make its holder another man than the head: "Vice
# President X", "Vice-President X", "deputy premier X", "former President X"
SECOND_HOLDER_WORDS = frozenset({"vice", "-", "deputy", "former"})
# What an army holds on the ground, named for its holder: "government lines", "military posts"
HELD_POINT_NOUNS = frozenset("lines positions posts outposts checkpoints entrenchments trenches redoubts".split())
# "government troops", "government tanks", "government lines": one unit, the army (see unit_at)
ARMY_HELD_NOUNS = NATIONAL_ARMY_NOUNS | GOVERNMENT_ARMOUR_NOUNS | HELD_POINT_NOUNS
# With a demonym these name a group of its own, not the country's state forces.
IRREGULAR_FORCE_NOUNS = frozenset(
    "mercenaries rebels militants jihadists separatists fighters guerrillas militiamen gunmen insurgents militia militias".split()
)
# Nouns for someone's armed men, state or not: "Tigrayan forces", "fighters from X".
ARMED_MEN_NOUNS = NATIONAL_ARMY_NOUNS | IRREGULAR_FORCE_NOUNS
# A side's word of the "-ist" kind: "Nationalist", "Carlist", "Royalist", "Sandinista"
FACTION_SHAPE = re.compile(r"[A-Z][a-z]+ist(?:as?|s)?$")
# Bare "the <men>" read as the men the story said whose last, as holders and takers only
HOLDING_MEN_NOUNS = frozenset("soldiers troops gunmen fighters militiamen".split())
# Plural nouns a list of names may be set beside: "two armed movements, A and B,"
APPOSED_PLURALS = frozenset("movements groups factions militias parties countries states governments allies rebels".split())
# Words that may stand between "in" and a place's name: "in northern Mali", "in the east of"
PLACE_PHRASE_WORDS = frozenset("the northern southern eastern western central north south east west of".split())

SPEECH_VERBS = frozenset(
    "say tell announce state report add claim allege insist confirm argue warn "
    "write accuse assert declare quote".split()
)
# How what is denied hangs on the denial verb (never its subject: "X, a spokesman
# for Y, denied the report" denies the report, not that X speaks for Y).
DENIED_CONTENT_LINKS = frozenset(
    "ccomp xcomp obj dobj acl acl:relcl relcl advcl pcomp pobj obl prep nmod".split()
)
HEDGING_VERBS = frozenset("believe suspect think allege rumour rumor understand presume".split())
ADMITTING_VERBS = frozenset("admit acknowledge concede confirm announce".split())
CLAIM_VERBS = frozenset("claim allege accuse suspect suggest hint insist charge".split())  # ("officials suggested that X armed Y")
# What "suggests" rather than claims: "satellite images suggest that X holds Y" (see is_claim_verb)
WITNESS_NOUNS = frozenset("images imagery footage photographs photos pictures data analysts evidence".split())
DENIAL_VERBS = frozenset("deny dismiss refute reject contest dispute".split())
NEGATING_GOVERNORS = frozenset("fail refuse deny decline cease stop".split())
# Verbs of joining in what others do: "did not join in condemning X" does not condemn X
JOINING_VERBS = frozenset("join participate".split())
HYPOTHETICAL_GOVERNORS = frozenset(
    "ready prepared threaten plan intend aim seek try attempt want vow pledge promise "
    "prepare expect consider hope propose bid able willing likely possible poised "
    "push urge call order offer".split()
)
MODALS = frozenset("would could might may should can will shall must 'd 'll wo ca".split())
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})
# "X denied sending troops, though it has armed Y": what a concessive clause grants is
# the writer's fact, outside the denial or the charge it hangs on
CONCESSIVE_MARKS = frozenset({"though", "although", "whereas"})
# ("a professor chosen last month to head the RCD": he heads it; the lemmatizer keeps "chosen")
ACHIEVEMENT_GOVERNORS = frozenset(
    "manage succeed continue begin start keep come help send deploy dispatch mobilise mobilize rush "
    "choose chosen appoint appointed elect elected name named pick picked".split()
)
# "was forced to give up X", "compelled them to withdraw": what one is made to do is done
# (the verb only: "a force to retake X" is a purpose)
COERCING_VERBS = frozenset({"force", "compel", "oblige"})
CONTESTED_PLACE_WORDS = frozenset({"contested"})  # (not "disputed": "the disputed border town" is claimed by two states, held by one)

# "if the government kept bombing X": what goes on now, whatever the condition
GOING_ON_VERBS = frozenset({"keep", "continue"})
# "the first country to recognise X", "the last unit to leave": a rank, no purpose
RANK_WORDS = frozenset("first second third last only".split())
# "in support of its ally", "on behalf of its allies": done for the doer's own ally
ON_BEHALF_NOUNS = frozenset("support defence defense behalf aid solidarity".split())


def is_fighting_infinitive(verb: Token) -> bool:
    """ "to fight X", "to attack X": an infinitive of a verb of fighting."""
    trigger = VERB_TRIGGERS.get(lemma_of(verb))
    return trigger is not None and trigger.predicate == "fights" and any(c.lower_ == "to" and c.dep_ in {"aux", "mark"} for c in verb.children)


def is_named_pair(candidate: Candidate, text: str) -> bool:
    """Whether both ends of a relation are named in the sentence itself ("the Indian
    National Army of Subhas Chandra Bose"), not "its", "the group" or "the government",
    whose reading is the extractor's guess and stays inside the claim it stands in.
    (The span's own text: a mention read as its antecedent carries the antecedent's.)"""
    return all(text[m.start_char : m.start_char + 1].isupper() for m in (candidate.subject, candidate.object))


def is_ranked_doer(governor: Token, infinitive: Token) -> bool:
    """ "became the first country to recognise X": an infinitive after a ranked noun
    (hung on the noun, or beside it on the verb) tells what was done, not what is aimed at."""
    nouns = [governor, *(c for c in governor.children if c.i < infinitive.i and c.dep_ in {"xcomp", "attr", "obj", "dobj"})]
    return any(c.lower_ in RANK_WORDS and c.dep_ in {"amod", "nummod", "advmod"} for noun in nouns for c in noun.children)


def is_called_up(governor: Token, lemma: str) -> bool:
    """ "have been called up to fight X": men mobilised for a war fight it, like men
    sent ("called on X to fight" is an appeal: not this)."""
    return lemma == "call" and any(c.lower_ == "up" and c.dep_ in {"prt", "compound:prt"} for c in governor.children)


SUPPORTING_PURPOSES = frozenset("support help assist aid back bolster reinforce defend protect train shore".split())
# Confidence of each kind of rule before flags and attribution lower it.
CONFIDENCE_ATTRIBUTED = 0.9  # multiplier: a reported claim is a little less sure


# ----------------------------------------------------------------- arguments


# An actor the text describes but does not name ("Turkish-backed factions"): a
# pronoun that stands for it stands for no entity.
UNNAMED = EntityMention(text="", label="", kind="", start_char=0, end_char=0)


def self_named_after(lowers: Sequence[str], k: int) -> int | None:
    """Where the name starts after "X, who call themselves (the) N" / "which calls
    itself N" following word ``k``; None if no such clause follows it."""
    words = lowers[k + 1 : k + 5]
    if len(words) < 4 or words[0] != "," or words[1] not in {"who", "which", "that"} or words[2] not in {"call", "calls", "called"}:
        return None
    if words[3] not in {"themselves", "itself"}:
        return None
    return k + 5 + (k + 5 < len(lowers) and lowers[k + 5] == "the")


class ArgumentFinder:
    """Maps tokens of a parsed sentence to entity mentions (incl. "X's forces")."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        # Read once: the rules scan words far more often than they need Token objects,
        # and every doc[i] builds a new one.
        reading = read_doc(doc)
        self.reading = reading  # where each word occurs
        self.tokens: tuple[Token, ...] = reading.tokens
        self.lowers: tuple[str, ...] = reading.lowers
        self.text: str = reading.text
        self.year = publication_year(doc)  # capitals stand for the state that sat there then
        # doc.ents builds new spans on each access; datelines ("KYIV, Nov 11 -") are no arguments
        datelines = {e: is_dateline(e, text=self.text[e.start_char : e.end_char]) for e in doc.ents}
        self.ents: tuple[Span, ...] = tuple(e for e, dateline in datelines.items() if not dateline)
        self.datelines: tuple[Span, ...] = tuple(e for e, dateline in datelines.items() if dateline)
        self.dateline_ends: frozenset[int] = frozenset(e.end for e in self.datelines)
        self.by_token: dict[int, Span] = {}
        for ent in self.ents:
            for i in range(ent.start, ent.end):
                self.by_token[i] = ent
        self._forces: dict[int, EntityMention | None] = {}
        self._government_owners: dict[str, str] = {}
        self._leading_countries: tuple[str, ...] | None = None
        self._armies_named: tuple[tuple[int, str], ...] | None = None
        self._bare_title_surnames: dict[str, dict[str, int]] | None = None
        # span_mention reads two custom attributes, each a new Underscore object and a
        # user_data lookup; the rules ask for the same few entities again and again
        self._span_mentions: dict[tuple[int, int, int], EntityMention] = {}
        self._proper_words: frozenset[str] | None = None
        self._described_units: dict[int, tuple[EntityMention, int]] | None = None
        # Every rule asks for the mention and the lemma of the same few tokens: both are
        # worked out once per token (mention() depends on nothing but the Doc).
        self._mentions: dict[int, EntityMention | None] = {}
        self._lemmas: dict[int, str] = {}
        self._quotes: tuple[tuple[int, int], ...] | None = None
        self._state_clients: frozenset[str] | None = None
        self._state_partners: frozenset[str] | None = None
        self._fighters_of: dict[str, frozenset[str]] = {}
        self._peoples_within: dict[str, str] | None = None
        self._places_by_words: dict[tuple[str, ...], EntityMention] | None = None
        self._body_name_words: frozenset[str] | None = None

    def entity_span(self, token: Token) -> Span | None:
        return self.by_token.get(token.i)

    def body_name_words(self) -> frozenset[str]:
        """Lower-cased words of the article's named bodies that "the <word>" may stand
        for ("the courts" after the "Islamic Courts Union", "the guard" after the
        "Republican Guard"): no word the rules read on its own already (forces,
        government, the town) and no word news writes as a plain noun."""
        if self._body_name_words is None:
            words = {
                t.lower_ for ent in self.ents if ent.label_ == "ORG"
                for t in ent if t.is_alpha and t.text[:1].isupper() and len(t.text) > 3
            }
            self._body_name_words = frozenset(words - ARGUMENT_WORDS - NAME_WORDS_NEVER_ANAPHORS - ROLE_NOUNS)
        return self._body_name_words

    def is_argument_word(self, word: str) -> bool:
        """Whether a word not inside an entity may stand for an actor or a place."""
        return word in ARGUMENT_WORDS or word in self.body_name_words()

    def proper_words(self) -> frozenset[str]:
        """Words the article capitalises inside sentences and never writes in lower
        case: its names ("Amhara leaders said" makes "Amhara militias" a name even
        where the tagger, at a sentence's start, took it for a common noun)."""
        if self._proper_words is None:
            capitalised = {t.lower_ for t in self.tokens if t.text[:1].isupper() and t.text[1:].islower() and not t.is_sent_start}
            lower = {t.text for t in self.tokens if t.text.islower()}
            self._proper_words = frozenset(capitalised - lower)
        return self._proper_words

    def is_people_name(self, token: Token) -> bool:
        """ "Tigrayan", "Darfuri", "Amhara", "Kachin" before "forces": a demonym-shaped
        word, or a name that is no word of the government's ("Government forces")."""
        if PEOPLE_SHAPE.match(token.text) and token.pos_ in {"ADJ", "PROPN"}:
            return True
        if token.text in COMMUNITY_CREED_WORDS:
            return True  # "Druze fighters", "Sikh militants": a community's own armed men
        if not (token.text[:1].isupper() and token.text[1:].islower()) or token.lower_ in GOVERNMENT_FORCE_MODIFIERS:
            return False
        if token.is_stop:
            return False  # '"Our soldiers are there ..."': a quote's opening word, no people
        if token.lower_ in COMPASS_WORDS:
            return False  # "Southern separatists", "Northern forces": where, not whose
        if token.lower_ in CALENDAR_WORDS:
            return False  # "On Wednesday militants stormed ...": when, not whose
        if token.lower_ in INSURGENT_ADJECTIVES:
            return False  # "Rebel fighters captured ...": a description, capitalised to open a sentence
        return token.pos_ == "PROPN" or token.lower_ in self.proper_words()

    def span_mention(self, ent: Span) -> EntityMention:
        """``span_mention(ent)``, made once per entity (mentions are frozen: sharing is safe)."""
        key = (ent.start, ent.end, ent.label)
        found = self._span_mentions.get(key)
        if found is None:
            found = self._span_mentions[key] = span_mention(ent, text=self.text[ent.start_char : ent.end_char])
        return found

    def lemma(self, token: Token) -> str:
        """``lemma_of(token)``, looked up once per token."""
        found = self._lemmas.get(token.i)
        if found is None:
            found = self._lemmas[token.i] = lemma_of(token)
        return found

    def mention(self, token: Token, *, depth: int = 0, demonyms: bool = False) -> EntityMention | None:
        """The entity mention a token stands for: an entity, "X's forces", a pronoun's
        antecedent, "the group", a role's holder; None if none."""
        if depth or demonyms:
            return self.not_against(self._mention(token, depth=depth, demonyms=demonyms))
        if token.i not in self._mentions:
            self._mentions[token.i] = self.not_against(self._mention(token))
        return self._mentions[token.i]

    def not_against(self, found: EntityMention | None) -> EntityMention | None:
        """None for a name after "anti-": "the anti-Taliban alliance" is whoever is
        against the Taliban, never the Taliban."""
        if found is None or found.start_char < 2:
            return found
        words = self.doc.char_span(found.start_char, found.end_char, alignment_mode="expand")
        return None if words is not None and is_against_prefixed(words, self.lowers) else found

    def _mention(self, token: Token, *, depth: int = 0, demonyms: bool = False) -> EntityMention | None:
        ent = self.entity_span(token)
        tied = self.person_tied(ent) if ent is not None else None
        if tied is not None:
            return self.span_mention(tied)  # "headed by Gbagbo ally N'Dre": the ally
        if ent is not None:
            if ent.label_ == "NORP" and not ent.text.endswith("s") and not self.is_ese_people(ent) and not demonyms:
                # a bare singular demonym ("Sudanese as well as ...") names no actor; but
                # "Soviet and Mongolian troops" share the noun (the parser may make the
                # first word the subject and the troops its conjunct)
                shared = self.unit_at(token) if token.i == ent.start else None
                return shared[0] if shared is not None and shared[0].kind == "ArmedGroup" and shared[1] == ent.end else None
            return self.span_mention(ent)
        word = token.lower_
        if token.dep_ in APPOSITION and token.pos_ == "NOUN" and self.entity_span(token.head) is not None and word not in PROPOSAL_NOUNS:
            # (not "In New York, a resolution sponsored by A": a proposal is no actor, wherever it is hung)
            # "HTS, an Islamist group led by X"; in "X, ... west of Y, and Z, a town in W"
            # the parser may hang "a town" on Y: the name right before the comma wins
            k = token.i - 1
            while k > token.sent.start and token.i - k <= 4 and not self.tokens[k].is_punct:
                k -= 1  # back over "a", "small market" to the comma
            neighbour = self.entity_span(self.tokens[k - 1]) if k > 0 and self.lowers[k] == "," else None
            return self.span_mention(neighbour or self.entity_span(token.head))
        body = self.body_made_of(token)
        if body is not None:
            return body
        if self.is_rebel_party(token.i):
            # "the guerrilla parties", "a rebel party": the rebels the story said whose (or
            # is about), as "rebel positions" are
            previous = self.tokens[token.i - 1]
            described = self.described_before(previous, word=INSURGENT_PLURALS[previous.lower_])
            found = described or self.salient_group(previous, skip_armies=True)
            return replace(found, end_char=token.idx + len(token.text)) if found is not None else None
        if word in GROUP_ANAPHORS and token.pos_ == "NOUN":
            # (or hung anywhere when a relative clause follows: "the PKK, the group that
            # has waged ...", which the parser may make the sentence's root)
            relative_follows = token.i + 1 < len(self.lowers) and self.lowers[token.i + 1] in {"that", "which"}
            apposed_to = self.name_before_comma(token) if token.dep_ == "appos" or relative_follows else None
            if apposed_to is not None and apposed_to.label_ == "ORG":
                # "an offshoot of the PKK, the Kurdish militant group that has waged ...":
                # the name it describes, whatever noun the parser set it beside
                return replace(self.span_mention(apposed_to), start_char=token.idx, end_char=token.idx + len(token.text))
            named = self.name_called_after(token)
            if named is None and word in ALLIANCE_WORDS and token.dep_ in NOMINAL_SUBJECT and any(
                c.dep_ == "det" and c.lower_ in {"a", "an"} for c in token.children
            ):
                named = self.called_later(token)  # "An alliance of Islamist rebels captured X" named next
            if named is not None:
                return named  # "commander of the militia known as X": X, whatever group the story named most
        if word in ALLY_NOUNS and token.pos_ == "NOUN":
            # "held by the separatists' allies in the X People's Republic": X
            named = [e for p, n in prepositional_objects(token) if p == "in" and (e := self.entity_span(n)) is not None and e.label_ == "ORG"]
            if named:
                return self.span_mention(named[0])
        if word in PLACE_DESCRIBING_NOUNS and token.pos_ == "NOUN" and token.dep_ in NOMINAL_SUBJECT:
            described = self.name_before_comma(token)
            if described is not None and described._.frontline_kind in {"Place", "Facility"}:
                # "Tololing, a ridge above the road, was retaken by X": the parser made
                # the description the subject; the place named before it is
                return self.span_mention(described)
        if word in DESCRIBING_NOUNS and token.pos_ == "NOUN":
            described = self.name_before_comma(token)
            if described is not None:
                # "the ISSP, the local affiliate of IS, which has fought X": the parser
                # may make the description a second object; it is still the name's
                return self.span_mention(described)
            before = self.word_before_description(token) if word in ARMED_BODY_NOUNS and depth < 2 else None
            body = self.mention(self.tokens[before], depth=depth + 1) if before is not None else None
            if body is not None and body.kind in ARMED_BODY_KINDS:
                return body  # "the Dorlane militia, a clan-based force led by X": the militia the name calls
        for child in token.children:
            named = self.entity_span(child) if child.dep_ in APPOSITION else None
            if named is not None and named.label_ == "ORG" and token.pos_ == "NOUN":
                return self.span_mention(named)  # "a separate force from Y, the Y Mission, ...": the Mission
            if (
                named is not None and token.dep_ in NOMINAL_SUBJECT and token.pos_ in {"NOUN", "ADJ"} and token.tag_ != "NNS" and named.start > token.i
                and named._.frontline_kind in {"Place", "Facility"} and self.lowers[named.start - 1] == ","
            ):
                return self.span_mention(named)  # "The first, Raqqa, fell ... and is now held by X": Raqqa
            if named is not None and named.label_ == "PER" and word in KIN_NOUNS and named.start > token.i:
                return self.span_mention(named)  # "commanded by the president's son, X": X
        if word in RIVAL_NOUNS and token.pos_ == "NOUN":
            named = self.name_set_off_after(token)
            if named is not None:
                return named  # "waging war against its rival, the X": the parser may hang X elsewhere
        if word in GROUP_ANAPHORS and token.pos_ == "NOUN" and token.text.islower():
            named = self.entity_span(self.tokens[token.i + 1]) if token.i + 1 < len(self.tokens) else None
            if named is not None and named.start == token.i + 1 and named.label_ == "ORG":
                # "Iran and the Lebanese movement Hezbollah": the name the noun introduces,
                # however the parser hung it (often a `list` item of the first conjunct)
                return self.span_mention(named)
        formed = self.body_formed_by(token)
        if formed is not None:
            return formed
        junta = self.junta_named(token) if word == "junta" else None
        if junta is not None:
            return junta
        if (
            word in NAMED_HEAD_NOUNS or word in FORCE_NOUNS and any(c.dep_ in COMPOUND for c in token.children)
            or token.pos_ == "NOUN" and token.text.islower() and word in self.body_name_words()
        ):
            named = self.named_by_noun(token)
            if named is not None:
                return named
        if word in QUANTITY_NOUNS and token.pos_ == "NOUN" and depth < 2:
            # "backed by waves of US air strikes": the strikes' owner; "to a small number
            # of vetted X factions": the factions' body
            counted = [
                n for p, n in prepositional_objects(token)
                # ("Thousands of members of the X were flown in": the members' body)
                if p == "of" and self.lowers[n.i] in AIR_SUPPORT_NOUNS | COUNTED_BODY_NOUNS | ARMED_MEN_NOUNS | {"members"}
            ]
            if counted:
                return self.mention(counted[0], depth=depth + 1)
        if word in DETACHMENT_NOUNS and token.pos_ == "NOUN" and depth < 2:
            # "overwhelmed a small party of Royal Marines": some of the body's men
            named = [
                ent for p, n in prepositional_objects(token)
                if p == "of" and (ent := self.entity_span(n)) is not None and ent.label_ == "ORG"
            ]
            found = self.span_mention(named[0]) if named else None
            if found is not None and found.kind in ARMED_BODY_KINDS:
                return found
        if word in AIR_SUPPORT_NOUNS and token.i >= 2 and self.lowers[token.i - 1] in {"air", "naval"}:
            before = token.i - 2
            if before >= 2 and self.lowers[before] == "led" and self.lowers[before - 1] == "-":
                before -= 2  # "US-led air strikes": the leader's
            owner = self.entity_span(self.tokens[before])
            if owner is not None and owner.end == before + 1 and (owner.label_ == "ORG" or self.span_mention(owner).kind == "Country"):
                # "NATO air power has backed the rebels": the alliance itself
                return replace(self.span_mention(owner), end_char=token.idx + len(token.text))
        if word in UNIT_NOUNS and token.i >= 2:
            # "Adekunle's division", "his brigade": the unit a person commands (resolution
            # makes it the unit he leads), read off the words (the parser may make the
            # owner a second subject)
            before = self.lowers[token.i - 1]
            named = self.by_token.get(token.i - 2) if before in {"'s", "’s"} else None
            if before == "his":
                owner, first = self.antecedent(self.tokens[token.i - 1], PRONOUN_KINDS["his"]), self.tokens[token.i - 1]
            else:
                owner, first = (self.span_mention(named), named[0]) if named is not None else (None, token)
            if owner is not None and owner.kind == "Person":
                return self.mens_of(owner, first, token)
            indefinite = any(c.dep_ == "det" and c.lower_ in {"a", "an", "another"} for c in token.children)
            if indefinite and token.text.islower() and token.i >= 1 and self.lowers[token.i - 1] not in {"'s", "’s"}:
                # "a second Red Army division", "a Soviet brigade": a unit the story does
                # not name stands for the force or the state's army it belongs to ("the
                # Ras Kamboni brigade" is a name of its own)
                named = self.by_token.get(token.i - 1)
                if named is not None and named.end == token.i:
                    found = self.span_mention(named)
                    if named.label_ == "ORG" and found.kind == "ArmedGroup":
                        return replace(found, end_char=token.idx + len(token.text))
                    if named.label_ == "NORP" and found.kind == "Country":
                        return self.national_army(found.name, token, start=named.start_char, end=token.idx + len(token.text))
        if STAFF_NOUNS.get(word) == (self.lowers[token.i - 1] if token.i else None):
            army = self.army_of_staff(token)
            if army is not None:
                return army
        if (word == "policemen" or word == "officers" and token.i > 0 and self.lowers[token.i - 1] == "police") and not any(
            c.dep_ in POSSESSIVE or p in {"from", "of"} for c in token.children for p in [preposition_of(c) or ""]
        ):
            return self.home_police(token)  # "2,600 police officers occupied X": the story's own police
        service = self.home_service(token) if word in SERVICE_HEADS else None
        if service is not None:
            return service  # "the navy", "air force jets": the story's own state's service
        if word in FORCE_NOUNS or token.lemma_.lower() in FORCE_NOUNS:
            named = self.name_called_after(token)
            if named is not None:
                return named  # "its forces, styled the X Defence Army": X, whoever "its" is
            force = self.force_mention(token)
            if force is None and word == "peacekeepers" and token.i > 0 and self.lowers[token.i - 1] == "the":
                force = self.peacekeeping_body(token)  # "the peacekeepers": the force the story named as such
            if force is not None or word not in GROUP_ANAPHORS | CALLED_ONLY_WORDS | ELITE_TROOP_NOUNS:
                return force or self.described_group(token)
        if word in GOVERNMENT_NOUNS:
            government = self.government_mention(token)
            if government is not None:
                return government
        if word in FOREIGN_RULE_NOUNS:
            # "has fought South African rule over X", "rebelled against Spanish rule": the state
            ruler = next((e for c in token.children if c.dep_ in {"amod", "compound"} and (e := self.entity_span(c)) is not None), None)
            found = self.span_mention(ruler) if ruler is not None else None
            return as_country(found) if found is not None and found.kind == "Country" else None
        if word in STATE_NOUNS:
            return self.state_country(token)
        if word in ROLE_NOUNS:
            # "army chief Abdel Fattah al-Burhan", "President X": the person named with the role
            for child in token.children:
                if is_listed_before_title(child, token, self.lowers):
                    continue  # "by A and Bosnian President B": the parser may make A a word of B's title
                if child.dep_ in APPOSITION | COMPOUND | {"flat", "flat:name"}:
                    ent = self.entity_span(child)
                    if ent is not None and ent.label_ == "PER":
                        return self.span_mention(ent)
            following = self.entity_span(self.doc[token.i + 1]) if token.i + 1 < len(self.doc) else None
            if following is not None and following.label_ == "PER":
                return self.span_mention(following)
        if word in REPRESENTATIVE_NOUNS:
            owner = self.owner_entity(token)
            if owner is None and word == "members":
                # "members of the X Force": the body itself
                owner = next((e for p, n in prepositional_objects(token) if p == "of" and (e := self.entity_span(n)) is not None), None)
            return self.span_mention(owner) if owner is not None and owner.label_ != "PER" else None
        if depth < 2 and (word in PROXY_NOUNS or token.lemma_.lower() in PROXY_NOUNS):
            # "repelled attempts by X", "their offensive was backed by Y": the actor behind it
            for child in token.children:
                if child.dep_ in POSSESSIVE:
                    return self.mention(child, depth=depth + 1)
            for preposition, noun in prepositional_objects(token):
                if preposition in {"by", "of", "from"}:
                    found = self.mention(noun, depth=depth + 1)
                    if found is not None and is_actor(found):
                        return found
            return None
        if word == "it" and token.dep_ in OBJECT and self.lemma(token.head) in PLACE_ASSAULT_LEMMAS:
            # "held the cabinet inside the parliament building, a day after they stormed
            # it": "it" stormed is the building or the town named before it
            place = self.place_pronoun(token)
            if place is not None:
                return place
        if word in PRONOUN_KINDS:
            return self.antecedent(token, PRONOUN_KINDS[word])
        if word in FIRST_PERSON_PLURAL:
            body = self.quoted_body(token)
            if body is not None and body.kind == "Government" and "ministry" in body.name.lower() and (
                token.head.lower_ in HELD_BY_WORDS or self.names_own_forces(token)
            ):
                # '"The town is in our hands," said a Defence Ministry spokesman': the army
                # holds it (and "our defence and security forces" are the army)
                body = self.army_of_government(body, token) or body
            return replace(body, start_char=token.idx, end_char=token.idx + len(token.text)) if body else None
        if word in OF_NAMED_PLACE_NOUNS and token.i + 2 < len(self.tokens) and self.lowers[token.i + 1] == "of":
            named = self.entity_span(self.tokens[token.i + 2])
            if named is not None and named._.frontline_kind == "Place":
                return self.span_mention(named)  # "held the rebel island of X": X
        if word in OF_NAMED_PLACE_NOUNS and token.i > 0 and self.lowers[token.i - 1] == "the":
            named = self.place_named_with_noun(token)
            if named is not None:
                return named  # "the Westerplatte peninsula ... the peninsula was in German hands"
        if word in PLACE_ANAPHORS and any(c.lower_ in {"the", "that", "this"} and c.dep_ == "det" for c in token.children):
            of_name = word != "capital" and token.i + 2 < len(self.tokens) and (
                self.lowers[token.i + 1] == "of" or word in {"area", "areas"} and self.lowers[token.i + 1] in {"around", "near"}
            ) and not is_ranked_among(token)  # ("secured the area around Angostura": the place itself; "the main town of X" is not X)
            named = self.entity_span(self.tokens[token.i + 2]) if of_name else None
            if named is not None and named._.frontline_kind == "Place":
                return self.span_mention(named)  # "in the town of X": X ("the capital of X" is not X)
            apposed = self.entity_span(self.tokens[token.i + 2]) if token.i + 2 < len(self.tokens) and self.lowers[token.i + 1] == "," else None
            if apposed is not None and apposed.start == token.i + 2 and apposed._.frontline_kind == "Place":
                return self.span_mention(apposed)  # "seized the regional capital, Luhansk": Luhansk
            return self.place_antecedent(token)
        before = [t for t in self.doc[max(0, token.i - 2) : token.i]]
        definite = bool(before) and (
            before[-1].lower_ == "the" or len(before) == 2 and before[0].lower_ == "the" and before[1].pos_ == "ADJ"
        ) or word not in NAMED_GROUP_ANAPHORS and self.is_hyphen_described(token)
        if word in GROUP_ANAPHORS and not self.is_breakaway(token):
            # "the M23 rebel group": a group named by its compound modifier (not "a
            # breakaway Tiger faction", a group of its own)
            for child in token.children:
                ent = self.entity_span(child)
                if child.dep_ in COMPOUND | {"amod"} and ent is not None and ent.label_ == "ORG" and not (
                    ent.end < len(self.lowers) and self.lowers[ent.end] == "-"
                ) and not (word in INSURGENT_WORDS and is_national_service_word(self.span_mention(ent))):
                    # ("Islamic State-linked insurgents" are none of the State's own; "Army
                    # rebels" rose against their army)
                    return self.span_mention(ent)
        if word in CALLED_ONLY_WORDS and definite:
            # "the guerrillas": a group the story called guerrillas ("Polisario guerrillas"),
            # not whichever group it names most (peacekeepers who fought none)
            return self.described_before(token) or self.group_called(token) or self.described_before(token, word="rebels")  # ("FARC rebels ... the guerrillas")
        if word in GROUP_ANAPHORS and definite:
            self_named = self_named_after(self.lowers, token.i)
            named = self.by_token.get(self_named) if self_named is not None else None
            if named is not None and named.label_ == "ORG":
                # "The rebels, who call themselves the X, ...": the X
                return replace(self.span_mention(named), start_char=token.idx, end_char=token.idx + len(token.text))
            # (only ", the group ..." right after the name: not "the Sea Tigers, the rebels'
            # naval wing", another body, nor "X, a network the rebels set up")
            owning = self.lowers[token.i + 1 : token.i + 2] in {("'s",), ("’s",), ("'",), ("’",)}
            right_after = token.i >= 2 and self.lowers[token.i - 2 : token.i] == (",", "the")
            apposed = self.name_before_comma(token) if right_after and not owning else None
            if apposed is not None and apposed.label_ == "ORG" and self.span_mention(apposed).kind in {"ArmedGroup", "Organization"}:
                # "the Haqqani network, the group led by X that fights Kabul": the group
                # set off after its name is that group, not the one the story names most
                return replace(self.span_mention(apposed), start_char=token.idx, end_char=token.idx + len(token.text))
            described = self.described_before(token) if word in INSURGENT_WORDS else None
            if described is not None and described.name in self.own_clause_subjects(token):
                described = None  # "X, a militia that fights the rebels": never X
            if described is not None:
                return described  # "Syrian rebels backed by X took A ... The rebels captured B"
            called = self.group_called(token, before_only=True) if word in INSURGENT_WORDS else None
            if called is not None and called.name not in self.own_clause_subjects(token):
                return replace(called, start_char=token.idx, end_char=token.idx + len(token.text))
            # "the group", "the rebels"; "the militants" are nobody a state funds; "the
            # movement" is no state's army or service
            return self.salient_group(
                token, skip_armies=word in INSURGENT_WORDS or word == "movement", skip_clients=word in OUTLAW_WORDS,
                skip_services=word in {"group", "movement"},
            )
        if word in ELITE_TROOP_NOUNS and (definite or self.is_bare_plural(token)):
            # "the paratroopers", "Paratroopers followed": those the story said whose
            # ("paratroopers of the 82nd Airborne Division")
            described = self.described_before(token)
            if described is not None:
                return described
        if word in INSURGENT_WORDS and self.is_bare_plural(token):
            # "Separatists took the city on Sunday": those the text says whose, before or
            # after; else the group the article calls by that word ("the Seleka rebels")
            found = (
                self.described_before(token) or self.described_after(token) or self.group_called(token)
                or self.group_named_by_modifier(token)
            )
            return replace(found, start_char=token.idx, end_char=token.idx + len(token.text)) if found else None
        return self.described_group(token) or self.described_beside(token)

    def peacekeeping_body(self, token: Token) -> EntityMention | None:
        """The body named before ``token`` as a peacekeeping force: by its name ("the UN
        Mission in X") or by the description set off after it ("ECOMOG, the ceasefire
        monitoring force of ..."); the nearest such."""
        for ent in reversed(self.ents):
            if ent.end > token.i or ent.label_ != "ORG":
                continue
            named = any(t.lower_ in PEACEKEEPING_WORDS for t in ent)
            described = ent.end < token.i and self.lowers[ent.end] == "," and any(
                self.lowers[k] in PEACEKEEPING_WORDS for k in range(ent.end + 1, min(ent.end + 9, token.i))
            )
            if named or described:
                return replace(self.span_mention(ent), start_char=token.idx, end_char=token.idx + len(token.text))
        return None

    def described_beside(self, token: Token) -> EntityMention | None:
        """ "the so-called patriots, self-defence militias that ...": a plural set off
        before a described group is that group."""
        if token.tag_ != "NNS" or token.i + 2 >= len(self.tokens) or self.lowers[token.i + 1] != ",":
            return None
        unit = self.described_units().get(token.i + 2)
        if unit is None:
            return None
        return replace(unit[0], text=token.text, canonical=unit[0].name, start_char=token.idx, end_char=token.idx + len(token.text))

    def described_group(self, token: Token) -> EntityMention | None:
        """ "the tribal lashkars", "self-defence militias": armed men the story describes
        and never names, an actor of their own named by the description (the same words
        later are the same actor; "the lashkars" after it is the one described last)."""
        if token.lower_ not in DESCRIBED_GROUP_NOUNS:
            return None
        start = self.description_start(token)
        named = self.name_described(start)
        if named is not None:
            return replace(named, start_char=token.idx, end_char=token.idx + len(token.text))
        people = self.recruited_among(token) if start == token.i else None
        if people is not None:
            # "militias recruited among Ogadeni refugees": the people's militias
            return EntityMention(
                text=token.text, label="ORG", kind="ArmedGroup", start_char=token.idx, end_char=token.idx + len(token.text),
                canonical=f"{people} {token.lower_}",
            )
        if start < token.i:
            end = token.idx + len(token.text)
            words = self.text[self.tokens[start].idx : end]
            # ("The raiders, Pathan tribesmen from ...": the description set off beside them is theirs)
            before = start - 2
            apposed = (
                self.described_group(self.tokens[before])
                if before >= token.sent.start and self.lowers[start - 1] == "," and self.lowers[before] in DESCRIBED_GROUP_NOUNS else None
            )
            return EntityMention(
                text=words, label="ORG", kind="ArmedGroup", start_char=self.tokens[start].idx, end_char=end,
                canonical=apposed.canonical if apposed is not None else self.first_described_as(start, token) or words.lower(),
            )
        if token.i == 0 or self.lowers[token.i - 1] != "the":
            return None
        for k in reversed(self.reading.where_lower(SAME_MEN_WORDS.get(token.lower_, (token.lower_,)))):
            if k >= token.i:
                continue
            if token.i - k >= 600:
                break  # (within a few paragraphs)
            first = self.description_start(self.tokens[k])
            if first < k or self.name_described(first) is not None or self.recruited_among(self.tokens[k]) is not None:
                earlier = self.described_group(self.tokens[k])
                if earlier is not None:
                    return replace(earlier, text=token.text, canonical=earlier.name, start_char=token.idx, end_char=token.idx + len(token.text))
        return None

    def recruited_among(self, token: Token) -> str | None:
        """The capitalised people's word in "militias recruited among X refugees",
        "fighters drawn from the X clans", right after the noun."""
        k = token.i + 1
        if self.lowers[k : k + 2] not in RECRUITED_AMONG:
            return None
        k += 2 + (k + 2 < len(self.lowers) and self.lowers[k + 2] == "the")
        if k >= token.sent.end or not self.tokens[k].text[:1].isupper() or not self.tokens[k].is_alpha:
            return None
        return self.tokens[k].text

    def name_described(self, start: int) -> EntityMention | None:
        """The group named right before ", the mostly Shia militias": the description
        is the name's, not an actor of its own."""
        k = start - 1
        while k > 0 and start - k <= 3 and self.tokens[k].pos_ in {"DET", "ADV", "ADJ", "PROPN"} and self.lowers[k] != ",":
            k -= 1
        named = self.by_token.get(k - 1) if k > 0 and self.lowers[k] == "," else None
        return self.span_mention(named) if named is not None and named.label_ == "ORG" else None

    def described_units(self) -> dict[int, tuple[EntityMention, int]]:
        """First word -> (mention, end) of every described group ("the tribal lashkars",
        "The raiders" after "tribal raiders"), for the surface patterns."""
        if self._described_units is None:
            units: dict[int, tuple[EntityMention, int]] = {}
            for k in self.reading.where_lower(DESCRIBED_GROUP_NOUNS):
                found = self.described_group(self.tokens[k])
                if found is not None:
                    units[self.description_start(self.tokens[k])] = (found, k + 1)
            self._described_units = units
        return self._described_units

    def first_described_as(self, start: int, token: Token) -> str | None:
        """The words of the first description in the text with the same words before the
        noun ("tribal raiders" in the headline, "the tribal lashkars" later; "clan
        militias" and "clan militiamen"): one actor."""
        modifiers = self.lowers[start : token.i]
        for k in self.reading.where_lower(DESCRIBED_GROUP_NOUNS):
            if k >= token.i:
                break
            first = self.description_start(self.tokens[k])
            if first < k and self.lowers[first:k] == modifiers:
                return self.text[self.tokens[first].idx : self.tokens[k].idx + len(self.tokens[k].text)].lower()
        return None

    def description_start(self, token: Token) -> int:
        """Where the lower-case words that say which armed men these are begin ("tribal"
        in "the tribal lashkars", "self" in "self-defence militias"); the token itself
        when none do, or when a name or a number is among them."""
        k = token.i - 1
        while k >= token.sent.start and (
            self.tokens[k].text.islower() and self.tokens[k].pos_ in {"ADJ", "NOUN", "PROPN"}
            # ("right-wing paramilitaries": the word before a hyphen, however tagged)
            or self.tokens[k].text.islower() and self.tokens[k].is_alpha and self.tokens[k + 1].text == "-"
            # ("Pathan tribesmen": a people's word no model tagged)
            or k == token.i - 1 and self.tokens[k].text[:1].isupper() and self.tokens[k].text[1:].islower() and self.tokens[k].pos_ in {"ADJ", "PROPN"}
            or self.tokens[k].text == "-" and k > token.sent.start
            # ("Clan militias drove ...": capitalised only by the sentence)
            or k == token.sent.start and self.tokens[k].text[1:].islower() and self.tokens[k].pos_ in {"ADJ", "NOUN"}
        ) and self.entity_span(self.tokens[k]) is None and self.lowers[k] not in NOT_DESCRIBING_WORDS:
            k -= 1
        first = k + 1
        while first < token.i and self.tokens[first].text == "-":
            first += 1
        if first > token.sent.start and self.tokens[first - 1].text == "-" and self.lowers[first - 2 : first - 1] == ("pro",):
            first -= 2  # "pro-government militias" ("Pro" opening a sentence is capitalised)
        if first > token.sent.start and self.lowers[first - 1] == "pro" and self.tokens[first].text == "-":
            first -= 1
        if first - 3 >= token.sent.start and self.lowers[first - 3 : first - 1] == ("pro", "-") and self.by_token.get(first - 1) is not None:
            first -= 3  # "pro-Indonesian militias": the name they side with says which they are
        return first if first < token.i else token.i

    def named_by_noun(self, token: Token) -> EntityMention | None:
        """ "the council", "the task force's spokesman": the body named earlier with
        the same noun (and the same compound words before it), the one named most
        and lately if several are."""
        # ("the Islamic courts" for the "Islamic Courts Union": a capitalised modifier is a name's word too)
        words = [
            c.lower_ for c in token.children
            if c.i < token.i and (c.dep_ in COMPOUND or c.dep_ == "amod" and c.text[:1].isupper() and c.i == token.i - 1)
        ] + [self.lowers[token.i]]
        k = token.i - len(words)
        if k < 0 or self.lowers[k] != "the" or any(self.entity_span(self.tokens[j]) is not None for j in range(k + 1, token.i + 1)):
            return None  # "a council", "the Security Council": not an anaphor
        return self._most_named_group(token, skip_armies=False, named=" ".join(words), kinds=NAMED_BODY_KINDS) or (
            self.described_with_noun(token) if len(words) == 1 else None
        ) or (self.peace_mission_named(token) if words == ["mission"] else None)

    def junta_named(self, token: Token) -> EntityMention | None:
        """ "the junta", "the military junta" after "the National Council for the
        Safeguard of the Homeland (CNSP), as the junta calls itself" or "the ruling State
        Administration Council": the ruling body named last before it, a Government of
        its own name that the story calls ruling or names beside the word "junta" (not
        "<country> government", a ministry, nor a rebels' council); failing that, the
        first such body named after it ("its rebellion against the military junta" in the
        lead, "the ruling State Law and Order Restoration Council" paragraphs on);
        failing that, a ruling body of its own that the story never names."""
        k = token.i - 1
        while k >= 0 and self.lowers[k] in JUNTA_MODIFIERS:
            k -= 1
        if self.lowers[token.i] != "junta" or k < 0 or self.lowers[k] != "the" or not token.text.islower():
            return None
        before = [ent for ent in reversed(self.ents) if ent.end <= k]
        after = [ent for ent in self.ents if ent.start > token.i]
        for ent in [*before, *after]:
            found = self.ruling_body_mention(ent)
            if found is not None:
                return replace(found, start_char=token.idx, end_char=token.idx + len(token.text))
        # (else a body of its own, "junta": not "the government", which in a coup story may
        # be the one the junta ousted, nor the story's main country's, which may be a neighbour's)
        return EntityMention(text=token.text, label="ORG", kind="Government", start_char=token.idx, end_char=token.idx + len(token.text))

    def ruling_body_mention(self, ent: Span) -> EntityMention | None:
        """The name as a ruling body's: a Government of its own name (no "government",
        ministry or parliament in it) that the story calls ruling, new or military, or
        names in a sentence with the word "junta"."""
        if ent.label_ != "ORG":
            return None
        found = self.span_mention(ent)
        if found.kind != "Government" or {"government", "ministry", "parliament"} & set(found.name.lower().split()):
            return None
        before = ent.start - 1 - (ent.start >= 2 and self.lowers[ent.start - 1] == "the")
        if "junta" in self.lowers[ent.sent.start : ent.sent.end] or before >= 0 and self.lowers[before] in JUNTA_MODIFIERS:
            return found
        return None

    def unit_named_in_plural(self, token: Token) -> EntityMention | None:
        """ "the commandos" after "42 Commando", "the guards" after "the Republican
        Guard": the one body named before whose name ends with the noun's singular."""
        word = self.lowers[token.i]
        if not word.endswith("s") or token.i == 0 or self.lowers[token.i - 1] != "the":
            return None
        found = {
            self.span_mention(ent).name: ent for ent in self.ents
            if ent.end <= token.i and ent.label_ == "ORG" and len(ent) >= 2 and ent[-1].lower_ == word[:-1]
        }
        if len(found) != 1:
            return None
        return replace(self.span_mention(next(iter(found.values()))), start_char=token.idx, end_char=token.idx + len(token.text))

    def peace_mission_named(self, token: Token) -> EntityMention | None:
        """ "a spokesman for the mission" in a story that names one peacekeeping force
        ("UNIFIL"): that force."""
        missions = {
            self.span_mention(ent).name: ent for ent in self.ents
            if ent.end <= token.i and gazetteer.is_peace_mission(self.span_mention(ent).name)
        }
        if len(missions) != 1:
            return None
        return replace(self.span_mention(next(iter(missions.values()))), start_char=token.idx, end_char=token.idx + len(token.text))

    def described_with_noun(self, token: Token) -> EntityMention | None:
        """ "the mission's helicopters" after "MONUSCO, the UN mission in Congo": the
        nearest earlier body described with the same noun in apposition."""
        for k in range(token.i - 1, -1, -1):
            if self.lowers[k] != self.lowers[token.i]:
                continue
            named = self.name_before_comma(self.tokens[k])
            if named is not None and self.span_mention(named).kind in NAMED_BODY_KINDS:
                return replace(self.span_mention(named), start_char=token.idx, end_char=token.idx + len(token.text))
        return None

    def group_named_by_modifier(self, token: Token) -> EntityMention | None:
        """ "Southern separatists" in a story that names one group with that word, the
        "Southern Transitional Council": that group (never a state's force, and none when
        two groups share the word)."""
        k = token.i - 1
        if k < 0 or not self.tokens[k].text[:1].isupper() or self.entity_span(self.tokens[k]) is not None:
            return None
        word = self.lowers[k]
        found = {
            mention.name: mention for ent in self.ents
            if ent.label_ == "ORG" and has_words(ent.text, word)
            # (a council the NER types as a government: "the Southern Transitional Council")
            and (mention := self.span_mention(ent)).kind in ARMED_BODY_KINDS | {"Government"}
            and not is_state_force(mention) and not has_words(mention.name, "government")
        }
        if len(found) != 1:
            return None
        return replace(next(iter(found.values())), start_char=token.idx, end_char=token.idx + len(token.text))

    def group_called(self, token: Token, *, before_only: bool = False) -> EntityMention | None:
        """The group the article names most among those it calls by this word or its
        adjective ("M23 rebels", "the rebel M23", "X, a separatist movement"); with
        ``before_only``, among those called so before ``token``."""
        word = INSURGENT_PLURALS.get(self.lowers[token.i], self.lowers[token.i])
        forms = {word, word[:-1]}  # "rebels", "rebel"
        called: set[str] = set()
        lowers = self.lowers
        for k, lower in enumerate(lowers):
            if before_only and k >= token.i:
                break
            if lower not in forms:
                continue
            beside = [k - 1, k + 1]  # "M23 rebels", "the rebel M23"
            if k + 2 < len(lowers) and lowers[k + 1] in GROUP_ANAPHORS:
                beside.append(k + 2)  # "the rebel group M23"
            # (a word describing a thing no group is no name for it: "Kavkaz Center, a rebel website")
            of_a_group = k + 1 >= len(lowers) or lowers[k + 1] in GROUP_ANAPHORS | FORCE_NOUNS or self.tokens[k + 1].pos_ != "NOUN"
            if k >= 3 and lowers[k - 1] in {"a", "an"} and lowers[k - 2] == "," and of_a_group:
                beside.append(k - 3)  # "M23, a rebel group"
            described = self.described_by_apposition(k) if of_a_group else None
            if described is not None:
                beside.append(described)  # "the CSP (X), a coalition of mostly Tuareg separatist groups"
            self_named = self_named_after(lowers, k)
            if self_named is None:
                self_named = self.self_named_subject(k)
            if self_named is not None:
                beside.append(self_named)  # "The rebels, who call themselves the X, ..."
            for j in beside:
                ent = self.by_token.get(j)
                if ent is not None and ent.label_ == "ORG":
                    called.add(self.span_mention(ent).name)
        called.update(self.span_mention(ent).name for k, ent in self.groups_called_theirs(word) if not before_only or k < token.i)
        counts: dict[str, int] = {}
        mentions: dict[str, EntityMention] = {}
        for ent in self.ents:
            mention = self.span_mention(ent)
            if mention.name in called and not is_state_force(mention):
                counts[mention.name] = counts.get(mention.name, 0) + 1
                mentions.setdefault(mention.name, mention)
        return mentions[max(counts, key=counts.__getitem__)] if counts else None

    def self_named_subject(self, k: int) -> int | None:
        """Where the name starts in "The guerrillas, led by X under the nom de guerre Y,
        call themselves (the) N": word ``k`` and "call themselves" with one phrase set off
        by commas between (read from the words: the parser may make the noun the root)."""
        lowers = self.lowers
        if k + 1 >= len(lowers) or lowers[k + 1] != ",":
            return None
        end = min(len(lowers) - 2, k + 16, self.tokens[k].sent.end - 2)
        for j in range(k + 2, end):
            if lowers[j] in {".", ";"}:
                return None
            if lowers[j] in {"call", "calls"} and lowers[j - 1] == "," and lowers[j + 1] in {"themselves", "itself"}:
                return j + 2 + (lowers[j + 2] == "the")
        return None

    def described_by_apposition(self, k: int) -> int | None:
        """Where the name ends that an apposition holding word ``k`` describes: ``X, a
        coalition of mostly Tuareg separatist groups`` and ``X (XY), a ...``; None if the
        word stands in no apposition opened by "a"/"an" within six words."""
        lowers = self.lowers
        for comma in range(k - 2, max(0, k - 8), -1):
            if lowers[comma] in {".", ";", "(", ")"}:
                return None
            if lowers[comma] == ",":
                if lowers[comma + 1] not in {"a", "an"} or comma < 1:
                    return None
                end = comma - 1
                if lowers[end] == ")":  # "Framework for the Defence of Azawad (CSP-DPA), a ..."
                    opening = next((j for j in range(end - 1, max(-1, end - 7), -1) if lowers[j] == "("), None)
                    return opening - 1 if opening else None
                return end
        return None

    def groups_called_theirs(self, plural: str) -> Iterator[tuple[int, Span]]:
        """(position of the word, the group) for each "the separatists' Republican
        Guard": a named body the text gives to those it calls by the plural word."""
        for k in self.reading.where_lower((plural,)):
            if k + 2 < len(self.lowers) and self.lowers[k + 1] in {"'", "’"}:
                ent = self.by_token.get(k + 2)
                if ent is not None and ent.label_ == "ORG" and ent.start == k + 2:
                    yield k, ent

    def called_possessively(self, token: Token) -> EntityMention | None:
        """ "separatist forces" before any group is named, in a story that later writes
        "the separatists' Republican Guard": that force (only a link as plain as the
        possessive counts this far ahead)."""
        plural = INSURGENT_PLURALS.get(self.lowers[token.i - 1])
        later = next((ent for k, ent in self.groups_called_theirs(plural) if k > token.i), None) if plural else None
        if later is None:
            return None
        return replace(self.span_mention(later), start_char=self.tokens[token.i - 1].idx, end_char=token.idx + len(token.text))

    def name_before_comma(self, token: Token) -> Span | None:
        """The name right before "X, the local affiliate": the comma, then an article
        and up to two modifiers; "X (XX), the ..." skips the bracketed acronym."""
        before = self.word_before_description(token)
        return self.entity_span(self.tokens[before]) if before is not None else None

    def word_before_description(self, token: Token) -> int | None:
        """The index of the last word before the comma that sets off the description
        ``token`` heads (see name_before_comma)."""
        k = end = token.i - 1
        owned = False
        if k > token.sent.start and self.lowers[k] in {"'s", "’s"} and (owner := self.entity_span(self.tokens[k - 1])) is not None:
            k = end = owner.start - 1  # "X, the Free Syrian Army's chief": past the owner's name
            owned = True  # ("X, Lenin's birthplace": the owner stands for the article)
        while k > token.sent.start and end - k <= 2 + 2 * self.lowers[k + 1 : end + 1].count("-") and (
            self.tokens[k].pos_ in {"ADJ", "DET", "NOUN", "PROPN", "VERB"} and not self.tokens[k].is_punct
            or self.lowers[k] == "-" and end - k >= 1
        ):
            k -= 1  # ("X, the UN mission in Congo"; "X, a clan-based force": a hyphened word is one)
        if k <= token.sent.start or self.lowers[k] != "," or not owned and self.lowers[k + 1] not in {"the", "a", "an", "its"}:
            return None
        if owned and k + 1 <= end and self.lowers[k + 1].endswith("ed"):
            return None  # "A, taunted B's president, C": a verb on B's president, no description of A
        before = self.past_bracketed_acronym(k - 1)
        return before if before >= 0 else None

    def past_bracketed_acronym(self, k: int) -> int:
        """The word before "X (XX)" when ``k`` is its closing bracket, else ``k``."""
        return k - 3 if self.lowers[k] == ")" and k >= 3 and self.lowers[k - 2] == "(" else k

    def place_before_description(self, k: int) -> Span | None:
        """The place named right before ", the" at ``k`` ("X, the group's capital")."""
        if self.lowers[k] == "," and k + 1 < len(self.lowers) and self.lowers[k + 1] in {"the", "a", "an"}:
            k += 1  # (the parser may hang the comma on the description: its left edge)
        if k > 0 and self.lowers[k - 1] == "the":
            k -= 1
        if k < 2 or self.lowers[k - 1] != ",":
            return None
        named = self.entity_span(self.tokens[k - 2])
        return named if named is not None and named._.frontline_kind in {"Place", "Facility"} else None

    def is_bare_plural(self, token: Token) -> bool:
        """ "separatists", "Southern separatists": no article, number or quantifier
        before the noun (not "some rebels", "two militants", "other jihadists")."""
        k = token.i - 1
        while k >= token.sent.start and self.tokens[k].pos_ in {"ADJ", "PROPN"} and self.entity_span(self.tokens[k]) is None:
            k -= 1
        return k < token.sent.start or self.tokens[k].pos_ not in {"DET", "NUM", "PRON"} and self.lowers[k] not in {"'s", "’s", "-"}

    def described_before(self, token: Token, word: str | None = None) -> EntityMention | None:
        """ "the rebels" after "Syrian rebels", "the separatists" after "Abkhaz separatist
        forces": the nearest earlier use of the word that named whose they are (within a
        few paragraphs); further back, the only such use ("Kabila's rebels" in the headline)."""
        near = next(self._descriptions(token, range(token.i - 1, max(-1, token.i - 400), -1), word), None)
        if near is not None:
            return near
        far = {m.commander or m.name: m for m in self._descriptions(token, range(token.i - 400, -1, -1), word)}
        return next(iter(far.values())) if len(far) == 1 else None

    def described_after(self, token: Token) -> EntityMention | None:
        """ "rebels" in a headline before "Syrian rebels backed by X": the next use of the
        same word that says whose they are (within a few paragraphs)."""
        return next(self._descriptions(token, range(token.i + 1, min(len(self.lowers), token.i + 400))), None)

    def _descriptions(self, token: Token, positions: range, word: str | None = None) -> Iterator[EntityMention]:
        """Whose forces each use of the token's word (or of ``word``) at ``positions``
        names, in order: the word itself ("Syrian rebels") or its adjective before a
        noun for armed men ("Abkhaz separatist forces")."""
        word = word or self.lowers[token.i]
        adjective = INSURGENT_NOUNS.get(word)
        looking_back = positions.step < 0
        for k in positions:
            if self.lowers[k] == word:
                noun = k
            elif adjective is not None and self.lowers[k] == adjective and k + 1 < len(self.lowers) and self.lowers[k + 1] in ARMED_MEN_NOUNS:
                noun = k + 1
            else:
                continue
            # looking back, "the rebels" said before is itself an anaphor, no description
            if looking_back and k > 0 and self.lowers[k - 1] == "the":
                continue
            found = self.force_mention(self.tokens[noun])
            if found is not None:
                yield replace(found, start_char=token.idx, end_char=token.idx + len(token.text))

    def salient_group(
        self, token: Token, *, skip_armies: bool, skip_clients: bool = False, skip_services: bool = False
    ) -> EntityMention | None:
        """What "the group" stands for: the group the article has named most so far,
        with a bonus for being named in this or the previous sentence. News calls its
        main armed group "the group" long after naming it, past smaller units named
        since; a pronoun ("it") stays with the nearest name (see ``antecedent``).
        "The coalition" is a group named a coalition, or called one before ("the
        Seleka coalition"), else the group named most."""
        word = self.lowers[token.i]
        if word in NAMED_GROUP_ANAPHORS:
            found = (
                self._most_named_group(token, skip_armies=skip_armies, named=word) or self.called_before(token)
                or self.named_later(token) or self.called_later(token)
            )
            if found is not None:
                return found
            # ("the alliance" of rebels the story never names: never a state's guard or army)
            joined = word in {"alliance", "coalition"}
            return self._most_named_group(token, skip_armies=skip_armies, skip_services=joined)
        called = self.called_before(token) if word == "group" else None
        if called is not None and not is_state_service(called):
            return called  # "the Islamic State group ... the group's leader": the name the word was used with
        found = self._most_named_group(token, skip_armies=skip_armies, skip_clients=skip_clients, skip_services=skip_services)
        if found is None:
            found = self.antecedent(token, frozenset({"ArmedGroup", "Organization"}), skip_armies=skip_armies)
            if found is not None and found.name in self.fighters_of(word):
                return None  # "ECOMOG drives rebels from X ... rebel fighters": never ECOMOG
            if found is not None and found.name in self.own_clause_subjects(token):
                return None  # "Militiamen of X fought the rebels": never X
            if found is not None and skip_armies and is_civil_body(found.name):
                return None  # (nor the monitor that reported the fighting)
        return found

    def state_clients(self) -> frozenset[str]:
        """Groups the article says a state backs or funds ("US-backed X", "X, an umbrella
        of armed groups funded by the Baghdad government"): the state's side, never
        what "the militants" or "the jihadists" stand for."""
        if self._state_clients is None:
            self._state_clients = frozenset(
                self.span_mention(ent).name for ent in self.ents
                if ent.label_ == "ORG" and (self.backed_by_state_before(ent) or self.backed_by_state_after(ent))
            )
        return self._state_clients

    def state_partners(self) -> frozenset[str]:
        """Groups the article says fight alongside a state's forces ("the X battalion,
        which has fought alongside the army"): never what "the rebels" or "the
        separatists" stand for."""
        if self._state_partners is None:
            self._state_partners = frozenset(
                self.span_mention(ent).name for ent in self.ents if ent.label_ == "ORG" and self.fights_beside_state_after(ent)
            )
        return self._state_partners

    def fights_beside_state_after(self, ent: Span) -> bool:
        """ "X, which has fought alongside the army", "X, fighting alongside government troops" """
        end = min(ent.end + 10, ent.sent.end - 1)
        for k in range(ent.end, end):
            if self.lowers[k] in {".", ";"} or k > ent.end + 1 and self.by_token.get(k) is not None:
                return False  # another name first: it is that name's
            if self.lowers[k] == "alongside":
                partners = range(k + 1, min(k + 4, ent.sent.end))
                return any(
                    self.lowers[j] in STATE_FORCE_WORDS or (b := self.by_token.get(j)) is not None and is_state_force(self.span_mention(b))
                    for j in partners
                )
        return False

    def backed_by_state_before(self, ent: Span) -> bool:
        """ "US-backed X", "the Iran-backed X" """
        k = ent.start - 1
        if k >= 0 and self.lowers[k] == "the":
            k -= 1
        if k < 2 or HYPHEN_TRIGGERS.get(self.lowers[k], ("",))[0] != "backs" or self.lowers[k - 1] != "-":
            return False
        backer = self.by_token.get(k - 2)
        return backer is not None and self.is_state(backer)

    def backed_by_state_after(self, ent: Span) -> bool:
        """ "X (Y), an umbrella of armed groups funded by the Baghdad government" """
        end = min(ent.end + 14, ent.sent.end - 1)
        for k in range(ent.end, end):
            # (the name's own bracketed acronym right after it does not count)
            if self.lowers[k] in {".", ";"} or k > ent.end + 1 and self.by_token.get(k) is not None and self.lowers[k - 1] != "by":
                break  # another name before the backing: it is that name's
            if self.lowers[k] in STATE_BACKING_WORDS and self.lowers[k + 1] == "by":
                backers = range(k + 2, min(k + 6, ent.sent.end))  # "by the Baghdad government"
                return any(
                    self.lowers[j] in GOVERNMENT_NOUNS or (b := self.by_token.get(j)) is not None and self.is_state(b)
                    for j in backers
                )
        return False

    def is_state(self, ent: Span) -> bool:
        mention = self.span_mention(ent)
        return mention.kind in {"Country", "Government"} or mention.kind == "Place" and gazetteer.capital_country(ent.text, self.year) is not None

    def _most_named_group(
        self, token: Token, *, skip_armies: bool, named: str | None = None, kinds: frozenset[str] = ARMED_BODY_KINDS,
        skip_clients: bool = False, skip_services: bool = False,
    ) -> EntityMention | None:
        sentence_start = token.sent.start
        near = self.previous_sentence_start(sentence_start)
        scores: dict[str, float] = {}
        mentions: dict[str, EntityMention] = {}
        described: set[str] = set()
        for ent in self.ents:
            if ent.end > token.i:
                break
            mention = self.span_mention(ent)
            if mention.kind not in kinds or ent.label_ == "NORP":
                continue
            if named is not None and not has_words(ent.text, named):
                continue  # "the coalition" is a group named a coalition
            if skip_armies and (is_state_force(mention) or mention.name in self.state_partners()):
                continue  # (nor a group fighting alongside the army: "the separatists" are never it)
            if skip_clients and mention.name in self.state_clients():
                continue
            if skip_services and is_state_service(mention):
                continue  # "the group" is no national army or police ("the Arakan Army" may be one)
            if skip_armies and is_civil_body(mention.name) or is_media_body(mention.name):
                continue  # "rebel factions" are never "the Syrian Observatory for Human Rights"; "the group" never a broadcaster
            if mention.name.startswith("Operation ") and named not in {"operation", "force", "mission"}:
                continue  # "the movement" is no named offensive ("Operation Storm")
            if self.describes(ent, token):
                described.add(mention.name)  # "X, the state's operation against the jihadists": never X
                continue
            scores[mention.name] = scores.get(mention.name, 0) + (3 if ent.start >= near else 1)
            mentions[mention.name] = mention
        for name in self.own_clause_subjects(token) | described | self.fighters_of(self.lowers[token.i]):
            scores.pop(name, None)  # "X backed A against the group": the group is not X
        if not scores:
            return None
        best = max(scores, key=scores.__getitem__)  # ties: the first named
        return replace(mentions[best], start_char=token.idx, end_char=token.idx + len(token.text))

    def fighters_of(self, word: str) -> frozenset[str]:
        """Names the article shows acting on "the rebels" (or "rebel fighters") as their
        object anywhere in it ("ECOMOG drives rebels from the city"): "the rebels" are
        never they. Only named subjects count (no anaphor is resolved here)."""
        word = INSURGENT_PLURALS.get(word, word)  # "rebel fighters" are "the rebels"
        if word not in INSURGENT_NOUNS:
            return frozenset()
        if word not in self._fighters_of:
            adjective = INSURGENT_NOUNS[word]
            names = set()
            for k in self.reading.where_lower((word, adjective)):
                noun = self.tokens[k] if self.lowers[k] == word else self.tokens[k].head
                if noun.i != k and noun.lower_ not in ARMED_MEN_NOUNS | {"columns", "positions"}:
                    continue  # "rebel fighters", not "a rebel movement" (the group itself)
                verb = noun.head
                if noun.dep_ not in {"obj", "dobj"} or verb.pos_ != "VERB":
                    continue
                for child in verb.children:
                    ent = self.entity_span(child) if child.dep_ in NOMINAL_SUBJECT else None
                    if ent is not None:
                        names.add(self.span_mention(ent).name)
            self._fighters_of[word] = frozenset(names)
        return self._fighters_of[word]

    def own_clause_subjects(self, token: Token) -> set[str]:
        """Names of the subject of the clause a noun sits in below its verb (an object,
        or inside one): "the group" there is never that subject. The subject of
        "which" in a relative clause is the noun the clause hangs on."""
        verb, steps = token, 0
        if token.dep_ in NOMINAL_SUBJECT and token.head.dep_ in {"ccomp", "xcomp"} and token.head.lower_ in {"alongside", "beside"}:
            verb = token.head.head  # "X fought the rebels alongside Y", parsed "the rebels alongside Y" as a clause
        while verb.pos_ not in {"VERB", "AUX"} and verb.dep_ not in {"ROOT", "root"} and steps < 5:
            if verb.dep_ not in OBJECT_PATH:
                return set()  # in the subject, or an apposition to it: it may be the subject
            verb, steps = verb.head, steps + 1
        if verb is token or verb.pos_ not in {"VERB", "AUX"}:
            return set()
        names = set()
        for child in verb.children:
            if child.dep_ not in NOMINAL_SUBJECT or child.i > token.i:
                continue
            relative = child.lower_ in {"which", "who", "that"} and (verb.dep_ in RELATIVE_CLAUSE or verb.dep_.endswith(":relcl"))
            subject = verb.head if relative else child
            found = self.mention(subject)
            if found is None and relative:
                found = self.name_set_off_before(child)  # however the parser hung the clause
            if found is not None:
                names.add(found.name)
                if found.commander:
                    names.add(found.commander)  # "Militiamen of X fought the rebels": never X
        return names

    def name_set_off_before(self, pronoun: Token) -> EntityMention | None:
        """ "X, a militia armed by Y that fights ...": the name before the comma that sets
        off the description the relative pronoun ends (read off the words)."""
        for k in range(pronoun.i - 1, max(pronoun.sent.start, pronoun.i - 12), -1):
            if self.lowers[k] == ",":
                named = self.entity_span(self.tokens[k - 1]) if k > pronoun.sent.start and self.lowers[k + 1] in {"a", "an", "the"} else None
                return self.span_mention(named) if named is not None else None
        return None

    def is_ese_people(self, ent: Span) -> bool:
        """ "fell to the North Vietnamese", "the Sudanese", "gave up Charleston to the
        British": a demonym whose plural is the same word ("-ese", "-ish", "-ch") after
        "the" with no noun after it is its people."""
        following = self.tokens[ent.end] if ent.end < len(self.tokens) else None
        return (
            ent.text.endswith(SAME_PLURAL_DEMONYM_ENDINGS) and ent.start > 0 and self.lowers[ent.start - 1] == "the"
            and (following is None or following.pos_ not in {"NOUN", "PROPN"})
            # ("the Polish general": "general" may be read as an adjective; "fell to the
            # North Vietnamese last week" has one after the people)
            and not (following is not None and following.pos_ == "ADJ" and not ent.text.endswith("ese"))
        )

    def name_set_off_after(self, noun: Token) -> EntityMention | None:
        """ "its rival, the X, ...": the group named right after the comma, ending there or
        before a bracket, a comma or the sentence's end (read off the words)."""
        k = noun.i + 1
        if k + 1 >= noun.sent.end or self.lowers[k] != ",":
            return None
        k += 1 + (self.lowers[k + 1] == "the")
        named = self.by_token.get(k)
        if named is None or named.start != k or named.label_ != "ORG":
            return None
        if named.end < noun.sent.end and self.lowers[named.end] not in {",", "(", ".", ";"}:
            return None
        return self.span_mention(named)

    def named_later(self, token: Token) -> EntityMention | None:
        """ "the coalition" before the text names "the Saudi-led coalition": the first
        group named later with the same word."""
        word = self.lowers[token.i]
        for ent in self.ents:
            if ent.start > token.i and ent.label_ == "ORG" and has_words(ent.text, word):
                return replace(self.span_mention(ent), start_char=token.idx, end_char=token.idx + len(token.text))
        return None

    def name_called_after(self, token: Token) -> EntityMention | None:
        """ "the militia known as X", "a group called X", "the coalition, which calls
        itself X": the body named right after."""
        k = token.i + 1
        if self.lowers[k : k + 4] == (",", "which", "calls", "itself"):
            after = k + 4
        else:
            k += self.lowers[k : k + 1] == (",",)  # ("its forces, styled the X and led by Y")
            k += self.lowers[k : k + 1] in {("now",), ("later",), ("since",), ("also",), ("today",)}  # ("His group, now called X")
            if self.lowers[k : k + 1] in {("called",), ("named",), ("styled",), ("dubbed",)}:
                after = k + 1
            else:
                after = k + 2 if self.lowers[k : k + 2] == ("known", "as") else None
        if after is None or after >= len(self.lowers):
            return None
        after += self.lowers[after] == "the"
        ent = self.by_token.get(after)
        if ent is None:
            # "calls itself Jaish al-Fatah, or the Army of Conquest": a name the model did
            # not tag, then its translation it did
            k = after
            while k < min(len(self.lowers), after + 6) and (self.tokens[k].text[:1].isupper() or self.lowers[k] in NAME_PARTICLES):
                k += 1
            if k > after and self.lowers[k : k + 2] == (",", "or"):
                k += 2 + (self.lowers[k + 2 : k + 3] == ("the",))
                ent = self.by_token.get(k)
                after = k
        if ent is None or ent.start != after or ent.label_ != "ORG":
            return None
        return replace(self.span_mention(ent), start_char=token.idx, end_char=token.idx + len(token.text))

    def called_later(self, token: Token) -> EntityMention | None:
        """ "An alliance of Islamist rebels captured X" before "the coalition, which calls
        itself Y": the first alliance or coalition the text goes on to name."""
        for k in self.reading.where_lower(ALLIANCE_WORDS):
            if k > token.i and (named := self.name_called_after(self.tokens[k])) is not None:
                return replace(named, start_char=token.idx, end_char=token.idx + len(token.text))
        return None

    def called_before(self, token: Token) -> EntityMention | None:
        """ "the coalition" after "the Seleka coalition" or "a coalition called Viv Ansanm":
        the name the word was used with."""
        word = self.lowers[token.i]
        for k in range(token.i - 1, 0, -1):
            if self.lowers[k] != word:
                continue
            after = k + 2 if self.lowers[k + 1] in {"called", "named"} else k + 3 if self.lowers[k + 1 : k + 3] == ("known", "as") else None
            ent = self.by_token.get(k - 1) or (self.by_token.get(after) if after is not None and after < token.i else None)
            if ent is not None and ent.label_ == "ORG":
                return replace(self.span_mention(ent), start_char=token.idx, end_char=token.idx + len(token.text))
        return None

    def person_tied(self, ent: Span) -> Span | None:
        """The person in "Gbagbo ally Paul Yao N'Dre", "Kremlin ally X" when ``ent`` is
        the first name: the phrase stands for the ally, not whom he is tied to."""
        k = ent.end
        if k + 1 >= len(self.tokens) or self.lowers[k] not in PERSON_TIE_NOUNS:
            return None
        named = self.entity_span(self.tokens[k + 1])
        return named if named is not None and named.label_ == "PER" and named.start == k + 1 else None

    def body_made_of(self, token: Token) -> EntityMention | None:
        """ "X, an umbrella of armed groups funded by Y": the groups are X's (the parser
        hangs "funded" on "groups", the last noun, and may make "an umbrella" a second
        subject instead of an apposition)."""
        if token.pos_ != "NOUN" or token.i == 0 or token.head.i == token.i:
            return None
        body = token.head.head if token.head.lower_ == "of" else token.head
        if body.lower_ not in MADE_OF_GROUPS_NOUNS or body.pos_ != "NOUN" or body.i >= token.i:
            return None
        if not any(p == "of" and noun.i == token.i for p, noun in prepositional_objects(body)):
            return None
        named = self.entity_span(body.head) if body.dep_ in APPOSITION else self.name_before_comma(body)
        return self.span_mention(named) if named is not None else None

    def owns_place_description(self, ent: Span) -> bool:
        """ "Mosul, Iraq's second city": a name owning the noun that describes a place
        set off before it (where the place lies, no actor of the sentence)."""
        k = ent.end
        if k + 1 >= len(self.tokens) or self.lowers[k] not in {"'s", "’s"}:
            return False
        described = self.tokens[k].head if self.tokens[k].head.i != ent.root.i else ent.root.head
        return described.lower_ in PLACE_ANAPHORS and described.dep_ in APPOSITION

    def is_hyphen_described(self, token: Token) -> bool:
        """ "the Iran-backed group", "the Moscow-aligned militia": "the" and a hyphened
        participle before the noun make it a group already named."""
        k = token.i
        return (
            k >= 4 and self.lowers[k - 1] in HYPHEN_TRIGGERS and self.lowers[k - 2] == "-"
            and self.lowers[k - 4] == "the" and self.by_token.get(k - 3) is not None
        )

    def is_description_after_name(self, i: int) -> bool:
        """Whether word ``i`` heads a description set off right after a name: ", a
        Marxist faction", ", the regular military force" (up to three words between)."""
        k = i - 1
        while k > 0 and i - k <= 3 and self.lowers[k] not in DESCRIPTION_OPENERS | {","} and self.tokens[k].text.isalpha():
            k -= 1
        return k >= 2 and self.lowers[k] in DESCRIPTION_OPENERS and self.lowers[k - 1] == "," and self.by_token.get(k - 2) is not None

    def unit_at(self, token: Token) -> tuple[EntityMention, int] | None:
        """For surface patterns: the mention starting at ``token`` and where it ends.

        "X's forces" and "X forces" are one unit standing for X's forces."""
        # asked of every word of every sentence with two arguments: words are read
        # from the finder's tuples, not from Tokens
        tokens = self.tokens
        n = len(tokens)
        i = token.i
        word = self.lowers[i]
        ent = self.by_token.get(i)
        if ent is None and word == "ethnic" and i + 1 < n and (people := self.by_token.get(i + 1)) is not None and people.label_ == "NORP":
            return self.unit_at(tokens[i + 1])  # "fought ethnic Albanian forces": one unit from "ethnic"
        if ent is not None and ent.start == i and ent.end < n and tokens[ent.end].text == "-":
            return None  # "UN-backed forces", "Moscow-led alliance": a modifier, not the actor
        if ent is None and word == "armed" and i + 1 < n and self.lowers[i + 1] == "forces" and i > 0 and self.lowers[i - 1] == "the":
            forces = self.force_mention(tokens[i + 1])  # "under the control of the armed forces": one unit
            if forces is not None:
                return forces, i + 2
        if ent is not None and ent.start == i:
            k = ent.end
            if (site := owners_site_at(token, self)) is not None:
                place = self.entity_span(site)
                return self.span_mention(place), place.end  # "the U.S. Special Forces camp at X": one unit, X
            tied = self.person_tied(ent)
            if tied is not None:
                return self.span_mention(tied), tied.end  # "Gbagbo ally N'Dre": one unit, the ally
            if k < n and tokens[k].text in {"'s", "’s"}:
                k += 1
                owned = self.entity_span(tokens[k]) if k < n else None
                if owned is not None and owned.start == k and owned.label_ == "ORG" and ent.label_ in {"GPE", "NORP", "LOC"}:
                    return self.span_mention(owned), self.past_group_noun(owned)  # "Lebanon's Hezbollah": the group
                if k < n and self.lowers[k] in GOVERNMENT_NOUNS:
                    government = self.government_mention(tokens[k])
                    if government is not None:
                        return government, k + 1  # "Assad's government", "Syria's government"
                if k < n and self.lowers[k] == "capital" and (k + 1 == n or tokens[k + 1].text != ",") and ent._.frontline_kind == "Country":
                    # "in control of Burundi's capital": the capital the story names (not
                    # "Yemen's capital, Sanaa": the name follows, for the patterns)
                    capital = self.capital_named_for(self.span_mention(ent).name, tokens[k])
                    if capital is not None:
                        return replace(capital, start_char=ent.start_char), k + 1
            if ent.label_ == "ORG" and k + 1 < n and self.lowers[k] == "government" and self.span_mention(ent).kind in {"ArmedGroup", "Organization"}:
                # "drove the Khmer Rouge government of Pol Pot out of Phnom Penh", "the MPLA
                # government": a movement's government is the movement (and its leader's)
                k += 1
                ruler = self.by_token.get(k + 1) if self.lowers[k] == "of" else None
                if ruler is not None and ruler.start == k + 1 and ruler.label_ == "PER":
                    k = ruler.end
                return self.span_mention(ent), k
            if ent.label_ in {"PER", "GPE", "NORP"} and k < n and self.lowers[k] in GOVERNMENT_NOUNS:
                # "the Sarraj government", "the Kenya government", "the Kenyan government": one unit
                government = self.government_mention(tokens[k])
                if government is not None:
                    return replace(government, text=self.text[ent.start_char : government.end_char], start_char=ent.start_char), k + 1
            if k + 1 < n and self.lowers[k] == "armed" and self.lowers[k + 1] == "forces" and self.lowers[k - 1] in {"'s", "’s"}:
                k += 1  # "Kenya's armed forces": one unit, as "Kenya's forces"
            if k + 1 < n and STAFF_NOUNS.get(self.lowers[k + 1]) == self.lowers[k]:
                army = self.army_of_staff(tokens[k + 1])
                if army is not None:
                    return army, k + 2  # "the Ukrainian general staff": one unit, the army
            adjective = k + 1 < n and self.lowers[k] == "military" and tokens[k + 1].pos_ == "NOUN"  # "military officials"
            # ("US Marines": a service named of its own, no force noun of the US's)
            if k < n and self.lowers[k] in FORCE_NOUNS and not adjective and self.by_token.get(k) is None:
                force = self.force_mention(tokens[k])
                if force is not None and k + 1 < n and self.lowers[k + 1] in ARMED_MEN_NOUNS:
                    men = self.force_mention(tokens[k + 1])
                    if men is not None and men.name == force.name:
                        # "Peruvian army troops": one unit, the army (not the army, then its troops)
                        return replace(force, text=self.text[force.start_char : men.end_char], end_char=men.end_char), k + 2
                if force is not None:
                    return force, k + 1
            if k + 1 < n and self.lowers[k + 1] in FORCE_NOUNS and self.is_craft_qualifier(k, self.lowers[k + 1]):
                force = self.force_mention(tokens[k + 1])  # "American B-52 bombers", "French transport planes": one unit
                if force is not None:
                    return force, k + 2
            if ent.label_ == "NORP":
                # "Rwandan and Mozambican troops": the first army is named at the last noun
                # (and "Russian and DPR troops": the country's beside a group's)
                k = ent.end
                # ("attacked the Estonian and Latvian lines": both armies' lines)
                # ("North Vietnamese and Viet Cong troops": the other side's name may be two words)
                other = self.entity_span(tokens[k + 1]) if k + 2 < n and self.lowers[k] in {"and", ","} else None
                if (
                    other is not None and other.start == k + 1 and other.end < n
                    and self.lowers[other.end] in NATIONAL_ARMY_NOUNS | HELD_POINT_NOUNS
                ):
                    country = self.span_mention(ent)
                    if other.label_ in {"NORP", "ORG"} and country.kind == "Country":
                        army = self.national_army(country.name, token, start=ent.start_char, end=ent.end_char)
                        if army is not None:
                            return replace(army, text=f"{ent.text} {tokens[other.end].text}"), ent.end
                if k + 2 < n and self.lowers[k] == "and" and self.lowers[k + 2] in AIRCRAFT_NOUNS:
                    other = self.entity_span(tokens[k + 1])
                    country = self.span_mention(ent)
                    if other is not None and other.label_ == "NORP" and country.kind == "Country":
                        # "French and British jets": the first country's too, like "British jets"
                        return as_country(country), ent.end
                country = self.span_mention(ent)
                following = self.tokens[ent.end] if ent.end < n else None
                arm = k
                while arm < min(n - 1, k + 2) and self.lowers[arm] in ARM_OF_SERVICE_WORDS:
                    arm += 1
                if country.kind == "Country" and arm > k and self.lowers[arm] in NATIONAL_ARMY_NOUNS:
                    # "South African armoured units": the country's army, one unit (the
                    # parser may read "armoured" as a verb)
                    end_char = tokens[arm].idx + len(tokens[arm].text)
                    army = self.national_army(country.name, tokens[arm], text=self.text[ent.start_char : end_char], start=ent.start_char, end=end_char)
                    if army is not None:
                        return army, arm + 1
                if country.kind == "Country" and k + 1 < n and self.lowers[k] in GOVERNMENT_FORCE_MODIFIERS and self.lowers[k + 1] in NATIONAL_ARMY_NOUNS:
                    # "Ethiopian government troops": the country's army, one unit
                    end_char = tokens[k + 1].idx + len(tokens[k + 1].text)
                    army = self.national_army(country.name, tokens[k + 1], text=self.text[ent.start_char : end_char], start=ent.start_char, end=end_char)
                    if army is not None:
                        return army, k + 2
                if country.kind == "Country" and k + 1 < n and self.lowers[k] in {"air", "naval"} and self.lowers[k + 1] in AIR_SUPPORT_NOUNS:
                    return replace(country, start_char=ent.start_char, end_char=tokens[k + 1].idx + len(tokens[k + 1].text)), k + 2  # "Russian air power"
                if country.kind == "Country" and i > 0 and k < n and (self.lowers[i - 1], self.lowers[k]) in {("under", "control"), ("in", "hands"), ("left", "hands")}:
                    # "still under Ukrainian control", "stayed in Iranian hands", "never left
                    # Indian hands" (its own text: a bare "Ukrainian" is the country's key)
                    army = self.national_army(country.name, token, text=f"{ent.text} {tokens[k].text}", start=ent.start_char, end=ent.end_char)
                    return (army, ent.end) if army is not None else None
                if country.kind == "Country" and k < n and self.lowers[k] in {"flag", "flags"}:
                    # "the Chilean flag was flying over the headland": the country's army's flag
                    end_char = tokens[k].idx + len(tokens[k].text)
                    army = self.national_army(country.name, tokens[k], text=self.text[ent.start_char : end_char], start=ent.start_char, end=end_char)
                    return (army, k) if army is not None else None  # (the flag word stays for the patterns)
                if country.kind == "Country" and i > 1 and self.lowers[i - 1] == "with" and k < n and self.lowers[k] in SUPPLIED_MATERIAL_NOUNS:
                    return as_country(country), ent.end  # "equipped with Soviet weapons": the Soviet Union's
                if country.kind == "Country" and (ent.text.endswith("s") or self.is_ese_people(ent)) and (
                    following is None or following.pos_ not in {"NOUN", "PROPN"}
                ):
                    return country, ent.end  # "paid by the Emiratis": the people for their state
                return None  # "Kaldean government": an adjective, not an actor of its own
            return self.span_mention(ent), self.past_group_noun(ent)
        if ent is None and (
            word in GOVERNMENT_FORCE_MODIFIERS and i + 1 < n and self.lowers[i + 1] in ARMY_HELD_NOUNS
            or word == "army" and i + 1 < n and self.lowers[i + 1] in ARMY_PART_NOUNS
        ):
            army = self.force_mention(tokens[i + 1])  # "government troops", "an army column": one unit, the army
            if army is not None:
                return army, i + 2
        if ent is None and word in INSURGENT_ADJECTIVES and i + 1 < n and self.lowers[i + 1] in FORCE_NOUNS - GROUP_WORDS and tokens[i + 1].pos_ == "NOUN":
            force = self.force_mention(tokens[i + 1])  # "bombed rebel positions": one unit, the rebels
            if force is not None:
                return force, i + 2
        if ent is None and word in INSURGENT_ADJECTIVES and i + 1 < n and self.lowers[i + 1] in {"hands", "control"} and i > 0 and self.lowers[i - 1] in {"in", "under"}:
            group = self.salient_group(token, skip_armies=True)  # "remained in rebel hands": the rebels the story is about
            if group is not None:
                return replace(group, start_char=token.idx, end_char=token.idx + len(token.text)), i + 1
        if ent is None and word in RULER_WORDS and i + 2 < n and self.lowers[i + 1] in {"'s", "’s"} and self.lowers[i + 2] in NATIONAL_ARMY_NOUNS:
            service = self.force_mention(tokens[i + 2])  # "the Sultan's forces": one unit, his named service
            if service is not None:
                return service, i + 3
        if ent is None and word in HOLDER_ADJECTIVES and i + 1 < n and self.lowers[i + 1] in {"hands", "control"}:
            # "stayed in federal hands", "under federal control": the state's own forces
            army = self.home_army(token)
            if army is not None:
                return replace(army, text=token.text, start_char=token.idx, end_char=token.idx + len(token.text)), i + 1
        if ent is None and word == "security" and i + 1 < n and self.lowers[i + 1] == "forces" and i > 0 and self.lowers[i - 1] == "the":
            # "under the control of the security forces": the state's own, the army (for the
            # patterns only: as an antecedent they would outrank the group that fought them)
            forces = tokens[i + 1]
            army = self.home_army(forces)
            if army is not None:
                end = forces.idx + len(forces.text)
                return replace(army, text=self.text[token.idx : end], start_char=token.idx, end_char=end), i + 2
        if ent is None and (word in PLACE_ANAPHORS or word in OF_NAMED_PLACE_NOUNS) and i + 2 < n and self.lowers[i + 1] == "of" and self.names_place_after_of(i + 2):
            return None  # "the town of X", "the capital of the X region" is no anaphor: the patterns read it
        if ent is None and word in PLACE_ANAPHORS and any(self.lowers[j] in {"'s", "’s"} for j in range(max(0, i - 3), i)):
            return None  # "Basra, Iraq's second city": a description the patterns read, no anaphor
        described = self.described_units().get(i) if ent is None else None
        if described is not None:
            return described  # "tribal lashkars": one unit from its first word
        beside = self.described_beside(token) if ent is None and token.tag_ == "NNS" else None
        if beside is not None:
            return beside, i + 1  # "the so-called patriots, self-defence militias ..."
        # (asked of every word: the words are read before the description is looked for)
        part = next((j for j in range(i, min(n - 1, i + 3)) if self.lowers[j] in PART_NOUNS and self.lowers[j + 1] == "of"), None) if ent is None else None
        if part is not None and self.is_description_after_name(part):
            # "X, a Marxist faction of the PLO", "X, the regular military force of Y": what
            # X is, read by the patterns (no anaphor, no army)
            return None
        if ent is None and self.is_argument_word(word) and not (word == "them" and i > 0 and self.lowers[i - 1] == "among"):
            found = self.mention(token)  # ("among them X and Y" is a list, not an actor)
            if found is not None:
                k = i + 1
                if word in {"its", "their", "our"} and k < n and self.lowers[k] in FORCE_NOUNS:
                    k += 1  # "its fighters", "our forces": one unit, the group
                    if found.kind == "Government" and self.lowers[k - 1] in NATIONAL_ARMY_NOUNS:
                        found = self.army_of_government(found, tokens[k - 1]) or found  # a ministry's forces
                return found, k
        return None

    def names_place_after_of(self, k: int) -> bool:
        """A name opens at ``k`` after "the", or after a few lower-case words: "of the X
        region", "of oil - producing X state"."""
        for j in range(k, min(k + 5, len(self.tokens))):
            if self.by_token.get(j) is not None:
                return True
            if not (self.lowers[j] == "the" or self.lowers[j] == "-" or self.tokens[j].text.islower() and self.tokens[j].text.isalpha()):
                return False
        return False

    def quotes(self) -> tuple[tuple[int, int], ...]:
        """(first, last) token of every quotation: curly quotes pair by shape,
        straight ones in turn within a paragraph; an unpaired mark quotes nothing."""
        if self._quotes is None:
            spans: list[tuple[int, int]] = []
            opened: int | None = None
            for i, word in enumerate(self.lowers):
                if "\n" in word:
                    opened = None  # a quote never runs past its paragraph here
                elif word in {'"', "“", "”"}:
                    if opened is None and word != "”":
                        opened = i
                    elif opened is not None and word != "“":
                        spans.append((opened, i))
                        opened = None
            self._quotes = tuple(spans)
        return self._quotes

    def quoted_body(self, token: Token) -> EntityMention | None:
        """The body a quote's "we" stands for: the one its speaker speaks for, named
        with the speaker right after the quote ("...," SDF spokesman X told reporters;
        "...," said X, a spokesman for the TPLF) or before it (the army said: "...")."""
        quote = next(((a, b) for a, b in self.quotes() if a < token.i < b), None)
        if quote is None:
            return None
        return self.speakers_body(quote) or self.speakers_body_of_quote_before(quote)

    def speakers_body(self, quote: tuple[int, int]) -> EntityMention | None:
        first, last = quote
        after = range(last + 1, min(len(self.lowers), last + 25))
        before = range(first - 1, max(-1, first - 25, self.tokens[first].sent.start - 1), -1)
        found = self._speaker_body(after) or self._speaker_body(before, backwards=True)
        if found is None and self.lowers[last + 1 : last + 2] in {("he",), ("she",)} and last + 2 < len(self.tokens) and (
            lemma_of(self.tokens[last + 2]) in SPEECH_VERBS
        ):
            # 'An army spokesman said ... "...," he told reporters': the speaker the
            # sentence before names
            opening = self.previous_sentence_start(self.tokens[first].sent.start)
            found = self._speaker_body(range(opening, first))
        return found

    def speakers_body_of_quote_before(self, quote: tuple[int, int]) -> EntityMention | None:
        """'"...," he told reporters. "Y remains in our hands."': a quote that opens a
        sentence right after another quote's speaker goes on in that speaker's voice."""
        first = quote[0]
        before = [q for q in self.quotes() if q[1] < first]
        if not before:
            return None
        last = before[-1][1]
        between = self.lowers[last + 1 : first]
        if len(between) > 8 or not between or between[-1] != "." or any("\n" in word for word in between):
            return None  # only the speaker's words, in the same paragraph
        return self.speakers_body(before[-1])

    def _speaker_body(self, positions: range, *, backwards: bool = False) -> EntityMention | None:
        spoke = False
        for k in positions:
            word = self.lowers[k]
            if word in {'"', "“", "”", ".", ";"} or "\n" in word or (word in SPEAKER_PHRASE_ENDS and not backwards):
                break
            spoke = spoke or lemma_of(self.tokens[k]) in SPEECH_VERBS
            ent = self.by_token.get(k)
            following = self.lowers[k + 1] if k + 1 < len(self.lowers) else ""
            if ent is not None:
                found: EntityMention | None = self.span_mention(ent)
                if found.kind == "Country" and any(w in HEAD_OF_STATE_TITLES for w in self.lowers[ent.end : ent.end + 3]):
                    # '"Our soldiers are there ...," X, the Belgian foreign minister, said':
                    # a minister speaks for his state's government
                    found = government_of(found.name, None, found.start_char, found.end_char)
            elif word in NATIONAL_ARMY_NOUNS and following in SPOKESPERSON_NOUNS:
                # "army spokesman X" (not "the rebels' military spokesman")
                previous = self.lowers[k - 1] if k > 0 else ""
                found = None if previous in {"'", "'s", "’s", "’"} else self.home_army(self.tokens[k])
            elif word in GROUP_ANAPHORS or word in FORCE_NOUNS:
                found = self.mention(self.tokens[k])  # "the rebels' spokesman"
            else:
                continue
            if found is not None and found.kind in _GROUPS:
                return found if spoke or not backwards else None
        return None

    def past_group_noun(self, ent: Span) -> int:
        """Where a unit for an organisation's name ends: "the Houthi movement", "the
        Kalden group" are one unit with their noun."""
        if ent.label_ == "ORG" and ent.end < len(self.lowers) and self.lowers[ent.end] in UNIT_GROUP_NOUNS:
            return ent.end + 1
        return ent.end

    def owner_entity(self, token: Token) -> Span | None:
        for child in token.children:
            if child.dep_ in POSSESSIVE | COMPOUND | {"amod"}:
                ent = self.entity_span(child)
                if ent is not None:
                    return ent
        return None

    def preceding_entities(self, token: Token) -> Iterator[Span]:
        """Entity spans before ``token``, nearest first, in this and the previous sentence."""
        sentence = token.sent
        start = sentence.start
        if start > 0:
            start = self.doc[start - 1].sent.start
        for ent in reversed(self.ents):
            if ent.end <= token.i and ent.start >= start:
                yield ent

    def previous_sentence_start(self, sentence_start: int) -> int:
        """Where the sentence before starts, over paragraph breaks (the parser makes
        each blank line a sentence of its own)."""
        k = sentence_start - 1
        while k > 0 and self.tokens[k].is_space:
            k -= 1
        return self.tokens[k].sent.start if k >= 0 else 0

    def is_rebel_party(self, k: int) -> bool:
        """ "the guerrilla parties", "a rebel party": a party named by its rebels' word."""
        return self.lowers[k] in {"party", "parties"} and k > 0 and self.lowers[k - 1] in INSURGENT_ADJECTIVES

    def is_rising_in_sentence(self, token: Token) -> bool:
        """ "The coup unravelled once the army turned against it": "it" is the rising the
        sentence's subject names, no actor before it."""
        if self.lowers[token.i] != "it":
            return False
        return any(
            self.lowers[t.i] in UPRISING_NOUNS and t.dep_ in NOMINAL_SUBJECT and t.i < token.i and t.head.is_ancestor(token)
            for t in token.sent
        )

    def antecedent(self, token: Token, kinds: frozenset[str], *, skip_armies: bool = False) -> EntityMention | None:
        """What a pronoun most likely stands for: the nearest earlier actor of a fitting
        kind in this or the previous sentence (a name, or "X's forces", "the X army")."""
        sentence_start = token.sent.start
        first = self.previous_sentence_start(sentence_start)
        speaker = self.speaker_of(token, kinds)
        if speaker is UNNAMED:
            return None  # "Turkish-backed factions said they had ...": they are those factions
        if self.is_town_garrison(token):
            return None  # "X is in the hands of its garrison": the town's own, no actor named
        place = self.place_topic(token)
        if place is not None:
            # "X, the capital of Y, lies on Highway 13. It has been encircled ...": the town
            return place if place.kind in kinds else None
        if self.is_place_object_before(token) or self.is_places_own(token):
            return None  # "the government has kept the city, but only by bombing it": the city
        described = self.described_sentence_subject(token)
        if described is UNNAMED:
            return None  # "The rebels ... which they still hold": they are the rebels, whoever they are
        if described is not None:
            return described if described.kind in kinds else None
        owned_by_noun = self.owner_named_just_before(token, kinds)
        if owned_by_noun is UNNAMED or self.is_revolts_own(token) or self.is_rising_in_sentence(token):
            return None
        continued = (
            speaker or owned_by_noun or self.own_of_doer(token, kinds) or self.owner_right_before(token, kinds)
            or self.continued_subject(token, kinds) or self.joined_clause_subject(token, kinds) or self.governing_subject(token, kinds)
            or self.subject_before_semicolon(token, kinds) or self.owner_is_clause_subject(token, kinds) or self.owner_of_hung_subject(token, kinds)
            or self.repeated_subject_pronoun(token, kinds) or self.opening_possessive(token, kinds)
            or self.object_of_clause_before(token, kinds) or self.subject_of_clause_before(token, kinds)
        )
        if continued is UNNAMED:
            return None
        if continued is not None and not (skip_armies and is_state_force(continued)):
            return continued  # ("Nigerian troops took X. The rebels were still ...": never the army)
        found = self._antecedent_from(token, kinds, first, skip_armies=skip_armies)
        if found is not None and self.is_own_subject(token, found):
            return None  # "A and B took up arms against X, accusing it of ...": "it" is neither A nor B
        if found is None and "ArmedGroup" in kinds and first > 0:
            # "the paramilitary group" several sentences after the group was last named:
            # an armed group stays the topic longer than a pronoun's usual reach
            earlier = first
            for _ in range(ARMED_GROUP_REACH):
                if earlier == 0:
                    break
                earlier = self.doc[earlier - 1].sent.start
            found = self._antecedent_from(token, kinds & {"ArmedGroup", "Organization"}, earlier, skip_armies=skip_armies, before=first)
        return found

    def is_place_object_before(self, token: Token) -> bool:
        """Whether an object "it" follows, in its sentence, a place that is the nearest
        thing named as an object or subject before it ("has kept the city, but only by
        bombing it"; not "the Front, which holds the town, said it": a name between)."""
        if token.lower_ != "it" or token.dep_ not in OBJECT:
            return False
        for k in range(token.i - 1, token.sent.start - 1, -1):
            word = self.tokens[k]
            if word.dep_ not in OBJECT | NOMINAL_SUBJECT or word.pos_ not in {"NOUN", "PROPN"}:
                continue
            named = self.entity_span(word)
            if named is not None:
                return named._.frontline_kind in {"Place", "Facility"}
            return word.lower_ in PLACE_ANAPHORS
        return False

    def is_places_own(self, token: Token) -> bool:
        """Whether "its own" belongs to a place that is its clause's subject ("X was not
        taken by foreigners. It was taken by its own people": the town's own)."""
        if token.lower_ != "its" or token.i + 1 >= len(self.tokens) or self.lowers[token.i + 1] != "own":
            return False
        verb = next((a for a in token.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        subject = next(iter(direct_subjects(verb)), None) if verb is not None else None
        if subject is None:
            return False
        if subject.lower_ == "it":
            # (the subject before it: "X was not taken by foreigners. It was taken ...")
            earlier = (
                t for t in reversed(self.tokens[self.previous_sentence_start(subject.sent.start) : subject.i])
                if t.dep_ in NOMINAL_SUBJECT and t.pos_ in {"NOUN", "PROPN"}
            )
            subject = next(earlier, subject)
        named = self.entity_span(subject)
        return named is not None and named._.frontline_kind in {"Place", "Facility"}

    def place_topic(self, token: Token) -> EntityMention | None:
        """A sentence-opening passive subject "It" after a sentence whose subject is a
        place ("An Loc, the capital of Y, lies on Highway 13. It has been encircled
        since April 13, ..."): that place, no actor, whatever verb the parser joins to
        the passive one."""
        if token.text != "It" or token.i != token.sent.start or token.dep_ != "nsubj:pass" or token.i == 0:
            return None
        subject = self.place_subject(self.tokens[self.previous_sentence_start(token.i)].sent)
        return replace(self.span_mention(subject), start_char=token.idx, end_char=token.idx + len(token.text)) if subject is not None else None

    def subject_of_clause_before(self, token: Token, kinds: frozenset[str]) -> EntityMention | None:
        """ "X has raided French posts in Mauritania, and French troops there have fought
        it": an object "it" in a clause joined by "and" to one whose subject is named is
        that subject (not the place named last)."""
        if token.lower_ not in {"it", "them"} or token.dep_ not in OBJECT or not is_verb(token.head.head) or token.head.head.i > token.head.i:
            return None
        found = self.named_subject_joined_by_and(token.head, direct_subjects(token.head), token, {"conj", "parataxis"})
        if found is None or found.kind not in kinds or found.kind in {"Place", "Country"}:
            return None
        if actor_key(found) in {actor_key(m) for m in self.mentions(subject_of_clause(token.head))}:
            return None  # its own subject is no object of it
        return replace(found, start_char=token.idx, end_char=token.idx + len(token.text))

    def object_of_clause_before(self, token: Token, kinds: frozenset[str]) -> EntityMention | None:
        """ "X has welcomed the peacekeepers, and his fighters have helped them": an object
        "them" in a clause joined to one whose object is a described plural stands for
        that plural's actor."""
        if token.lower_ != "them" or token.dep_ not in OBJECT or token.head.dep_ != "conj":
            return None
        first_verb = token.head.head
        for noun in objects(first_verb):
            if noun.tag_ == "NNS" and noun.i < token.i:
                found = self.mention(noun)
                if found is not None and found.kind in kinds:
                    return replace(found, start_char=token.idx, end_char=token.idx + len(token.text))
        return None

    def is_own_subject(self, pronoun: Token, found: EntityMention) -> bool:
        """Whether the nearest actor found for an object pronoun ("it", "them", "him") is
        the subject of the pronoun's own verb: a verb's object is never its subject
        unless the pronoun is reflexive."""
        if pronoun.dep_ not in OBJECT or pronoun.lower_ not in {"it", "them", "him"}:
            return False
        subject_words = subject_of_clause(pronoun.head)
        subjects = self.mentions(subject_words)
        # ("The government of Prime Minister X refused to recognise him": nor a name
        # inside the subject's words)
        subjects += [
            self.span_mention(ent) for word in subject_words for t in word.subtree
            if t.i != word.i and is_noun_modifier_of(t, word) and (ent := self.entity_span(t)) is not None and ent.root.i == t.i
        ]
        return any(actor_key(s) == actor_key(found) for s in subjects)

    def owner_right_before(self, token: Token, kinds: frozenset[str]) -> EntityMention | None:
        """ "..., and China by its premier, X": a possessive right after "by" or "with"
        that follows a name is that name's (a gapped clause the parser cannot read)."""
        if token.lower_ not in {"its", "their"} or token.i < 2 or self.lowers[token.i - 1] not in {"by", "with"}:
            return None
        named = self.entity_span(self.tokens[token.i - 2])
        if named is None or named.end != token.i - 1 or named.start > 0 and self.tokens[named.start - 1].pos_ == "ADP":
            return None  # (not "led from exile in Sweden by its founder": a place passed through)
        found = self.span_mention(named)
        if found.kind not in kinds or found.kind == "Place":
            return None
        return replace(found, start_char=token.idx, end_char=token.idx + len(token.text))

    def owner_named_just_before(self, token: Token, kinds: frozenset[str]) -> EntityMention | object | None:
        """ "the heaviest blow to the movement since its war against X": a possessive a
        preposition or two after a group noun ("the movement", "the rebels") is that
        group's, never the nearest name before it ("central Mozambique")."""
        if token.lower_ not in {"its", "their"} or token.dep_ not in POSSESSIVE:
            return None
        for back in range(token.i - 1, max(token.sent.start, token.i - 3) - 1, -1):
            before = self.tokens[back]
            if before.pos_ in {"ADP", "SCONJ"}:
                continue
            if before.lower_ not in OWNER_GROUP_NOUNS or self.entity_span(before) is not None:
                return None
            found = self.mention(before)
            if found is None:
                return UNNAMED
            return replace(found, start_char=token.idx, end_char=token.idx + len(token.text)) if found.kind in kinds else None
        return None

    def is_quoted(self, token: Token) -> bool:
        """Whether the token stands inside a quotation (see quotes)."""
        return any(first < token.i < last for first, last in self.quotes())

    def speaker_of(self, token: Token, kinds: frozenset[str]) -> EntityMention | None:
        """ "X said / admitted they had lost Y": they are X; so are "their" and "its" in
        "X said their forces had entered Y"."""
        clause_subject = token.head if token.dep_ in POSSESSIVE and token.head.dep_ in NOMINAL_SUBJECT else token
        if clause_subject.dep_ not in NOMINAL_SUBJECT or clause_subject.head.dep_ not in {"ccomp", "parataxis"}:
            return None
        governor = clause_subject.head.head
        if lemma_of(governor) not in SPEECH_VERBS | ADMITTING_VERBS:
            return None
        # ("X, of which Y is a member, said it would ...": the parser may hang the
        # clause said beside the verb and lose the verb's subject; the sentence's opening
        # name is the speaker, below)
        if clause_subject.head.dep_ == "parataxis" and governor.i > clause_subject.i:
            return None
        if self.is_quoted(token) and not self.is_quoted(governor):
            return None  # '"He has taken X from Y," said Z': he is not Z, who would say "I"
        before = self.tokens[governor.i - 1] if governor.i > 0 else None
        if (
            before is not None and before.tag_ in {"NNS", "NNPS"} and self.entity_span(before) is None and self.mention(before) is None
            and self.officials_body(before) is None and not (before.dep_ == "conj" and self.mention(before.head) is not None)
        ):
            # "... Turkish-backed factions said they had ...", however the parser hung
            # "factions": speakers the text describes, no name (not "Malaysian troops and
            # police said they had ...": the troops are named)
            return UNNAMED
        # "X denies A and says it backs B": a speaker shared with a coordinated verb (the
        # parser may even hang the verbs on X itself)
        speakers = [c for c in governor.children if c.dep_ in NOMINAL_SUBJECT] or subject_of_clause(governor)
        if not speakers and (governor.dep_ == "conj" or governor.dep_ in {"ROOT", "root"} and clause_subject.head.dep_ == "parataxis"):
            opening = token.sent.start + (self.lowers[token.sent.start] == "the")
            if self.by_token.get(opening) is not None:
                speakers = [self.by_token[opening].root]  # the name the sentence opens with
        for subject in speakers:
            if subject.lower_ not in PRONOUN_KINDS:
                found = self.mention(subject) or self.officials_body(subject)
                described = self.name_before_comma(subject) if found is None else None
                if described is not None:
                    found = self.span_mention(described)  # "X, the UN mission in Congo, said it ...": X
                if found is not None and found.kind == "Country" and "Country" not in kinds and token.dep_ in POSSESSIVE and token.head.lower_ in FORCE_NOUNS:
                    army = self.national_army(found.name, token)  # "U.S. commanders said their forces held X": the state's army
                    if army is not None:
                        return army
                if found is not None and found.kind in kinds:
                    return replace(found, start_char=token.idx, end_char=token.idx + len(token.text))
                body = self.body_spoken_for(subject) if found is None or found.kind == "Person" else None
                if body is not None and body.kind in kinds:
                    # "A, the group's spokesman, said its fighters ...": his group (whether
                    # or not the model tagged all of his name)
                    return replace(body, start_char=token.idx, end_char=token.idx + len(token.text))
                if found is None and not any(c.lower_ == "the" for c in subject.children):
                    # "Turkish-backed factions": speakers the text describes and does not
                    # name; "the coalition" was named before
                    return UNNAMED
                if found is not None and found.kind != "Person":
                    return UNNAMED  # "ethnic Armenian officials admitted they ...": not whoever came last
        return None

    def officials_body(self, speakers: Token) -> EntityMention | None:
        """ "Government officials said ...", "army commanders said ...": the body the
        speakers' modifier names (the government, the army), which their "we", "they" and
        "their forces" stand for."""
        if speakers.lower_ not in SPEAKING_MEMBER_NOUNS | MOUTHPIECE_NOUNS:
            return None
        for owner in speakers.children:
            if owner.dep_ in POSSESSIVE and owner.lower_ not in PRONOUN_KINDS:
                found = self.mention(owner)  # "the insurgents' radio said their forces held X"
                return found if found is not None and found.kind != "Person" else None
        for modifier in speakers.children:
            if modifier.dep_ in COMPOUND | {"amod"} and modifier.i == speakers.i - 1:
                found = self.mention(modifier, demonyms=True)  # ("American commanders": the state's)
                if found is None and modifier.lower_ == "government" and (country := self.main_country()) is not None:
                    # "Government officials": the government of the country the story is about
                    found = government_of(country, modifier.text, modifier.idx, modifier.idx + len(modifier.text))
                if found is not None and found.kind != "Person":
                    return found
        return None

    def body_spoken_for(self, person: Token) -> EntityMention | None:
        """ "A, a spokesman for X," / "A, X's commander,": X, whom "they" and "its
        forces" in what A says stand for."""
        for role in person.children:
            if role.dep_ not in APPOSITION or role.lemma_.lower() not in PERSON_ROLE_NOUNS:
                continue
            owners = [c for c in role.children if c.dep_ in POSSESSIVE]
            owners += [noun for preposition, noun in prepositional_objects(role) if preposition in {"for", "of"}]
            for owner in owners:
                found = self.mention(owner)
                if found is not None and found.kind != "Person":
                    return found
        return None

    def described_sentence_subject(self, token: Token) -> EntityMention | object | None:
        """ "The rebels have regrouped around X, which they still hold": "they" later in
        a sentence whose subject is a plural description of armed men ("the rebels",
        "the militants") is that description's group, or nobody the text names
        (UNNAMED), never the nearest name before it; so is "they" in a later clause after
        "soldiers" or "troops" ("Soldiers hunted them down": "them" are others), "their"
        after the rebels' own subject ("the rebels' stronghold ... in their hands"), and
        "its" after "the movement" ("The movement is now led by its secretary-general")."""
        if token.lower_ == "its":
            if token.head.dep_ == "conj" and self.entity_span(token.head.head) is not None:
                return None  # "pledged allegiance to the Islamic State and its leader": the State's
            # "The movement is now led by its secretary-general": the movement's
            for subject in (t for t in token.sent if t.i < token.i and is_root_subject(t)):
                if subject.lower_ in GROUP_ANAPHORS and subject.tag_ == "NN" and self.entity_span(subject) is None:
                    found = self.mention(subject)
                    return replace(found, start_char=token.idx, end_char=token.idx + len(token.text)) if found else UNNAMED
            return None
        if token.lower_ not in {"they", "them", "their"}:
            return None
        if token.dep_ in NOMINAL_SUBJECT and token.head.dep_ == "advcl" and any(
            s.dep_ in NOMINAL_SUBJECT and s.i < token.i for s in token.head.head.children
        ) and token.head.head.dep_ not in {"ROOT", "root"}:
            return None  # "Troops retook X, and the miners have withdrawn ..., where they hold Y": the nearer clause's subject
        for subject in (t for t in token.sent if t.i < token.i and is_root_subject(t)):
            soldiers = subject.lower_ in BARE_SOLDIER_NOUNS and token.lower_ == "they" and token.head != subject.head
            # (or owning the subject: "the rebels' stronghold of X remains in their hands")
            owners = [c for c in subject.children if c.dep_ in POSSESSIVE and c.lower_ in INSURGENT_NOUNS and c.i < subject.i]
            for described in [subject] if subject.lower_ in INSURGENT_NOUNS or soldiers else owners:
                if self.entity_span(described) is None:
                    found = self.mention(described)
                    return replace(found, start_char=token.idx, end_char=token.idx + len(token.text)) if found else UNNAMED
        return None

    def joined_clause_subject(self, token: Token, kinds: frozenset[str]) -> EntityMention | None:
        """ "X does not recognise Y's authority and his army is not part of Z": a
        possessive opening the subject of a clause joined by "and" to one whose subject
        is a name is that name's, not the nearest name's (Y)."""
        if token.dep_ not in POSSESSIVE or token.lower_ not in {"his", "her", "its", "their"} or token.head.dep_ not in NOMINAL_SUBJECT:
            return None
        # (the parser may hang such a clause as a bare dependent, and "and" on its subject:
        # "X, the leader of A, which fought B's government, broke with C, and his fighters ...")
        found = self.named_subject_joined_by_and(token.head.head, [token.head], token, {"conj", "dep"})
        if found is not None and found.kind in kinds:
            return replace(found, start_char=token.idx, end_char=token.idx + len(token.text))
        return None

    def named_subject_joined_by_and(
        self, clause: Token, subjects: list[Token], token: Token, deps: set[str]
    ) -> EntityMention | None:
        """The named subject of the clause ``clause`` (hung on it as one of ``deps``) is
        joined to by an "and" before ``token``, on ``clause`` or on one of its
        ``subjects``: "X broke with C, and his fighters ...", "X raided the posts, and
        troops there have fought it" (X); None when no name opens that clause."""
        joining = (*clause.children, *(c for s in subjects for c in s.children))
        if clause.dep_ not in deps or not any(c.dep_ == "cc" and c.lower_ == "and" and c.i < token.i for c in joining):
            return None
        first = next(iter(direct_subjects(clause.head)), None)
        return self.mention(first) if first is not None and first.pos_ == "PROPN" else None

    def continued_subject(self, token: Token, kinds: frozenset[str]) -> EntityMention | None:
        """ "X, which clashed with Y, controls Z. They also hold W": a pronoun opening
        a sentence as its subject goes on with the previous sentence's subject, not
        with the nearest name (Y)."""
        # (or owning it: "On Monday its soldiers entered Y")
        # ("His forces have not fired": the man the sentence before was about)
        opening = token.head if token.dep_ in POSSESSIVE and token.lower_ in {"its", "their", "his", "her"} else token
        # (after a short opening adverbial at most: "Over the weekend they crossed ...")
        before = self.tokens[token.sent.start : token.i]
        # ("Its commander, X, said": the parser may make the noun the root, X the subject)
        # (or anything, when a comma follows it: "Its commander, X, who ..., ordered")
        heads_sentence = opening is not token and not before and (
            opening.dep_ in {"ROOT", "root"} or opening.i == token.i + 1 and opening.i + 1 < len(self.lowers) and self.lowers[opening.i + 1] == ","
        )
        # ("By the first week of August they had ...": a time phrase opening the sentence)
        dated = 2 < len(before) <= 8 and before[0].pos_ == "ADP" and any(t.lower_ in CALENDAR_WORDS for t in before) and not any(
            t.pos_ in {"VERB", "AUX"} or self.by_token.get(t.i) is not None for t in before
        )
        if opening.dep_ not in NOMINAL_SUBJECT and not heads_sentence or not dated and (len(before) > 4 or len(before) > 2 and any(
            t.pos_ in {"VERB", "PROPN", "PUNCT"} for t in before
        )):
            return None
        if token.sent.start == 0:
            return None
        previous = self.tokens[self.previous_sentence_start(token.sent.start)].sent
        last_clause = self.subject_after_semicolon(previous, kinds)
        if last_clause is not None:
            # "A accused B of ...; the C army denies it. Its commander ...": the last clause's
            return replace(last_clause, start_char=token.idx, end_char=token.idx + len(token.text))
        subjects = [t for t in previous if is_root_subject(t)]
        if not subjects and previous.root.pos_ in {"NOUN", "PROPN"}:
            subjects = [previous.root]  # "Thousands of X, supported by Y, pushed ...": the parser made the subject the root
        if not subjects:
            # "X, led by Y from its base at Z, has fought W": the parser may hang the name
            # opening the sentence before its comma on no verb as subject; it is the subject
            opening_name = self.by_token.get(previous.start + (self.lowers[previous.start] == "the"))
            if opening_name is not None and opening_name.end < previous.end and self.lowers[opening_name.end] == ",":
                subjects = [opening_name.root]
        for subject in subjects[:1]:
            if subject.lower_ in PRONOUN_KINDS:
                return None  # a chain of pronouns: leave it to the nearest-name rule
            # ("X, the guerrilla army that ..., stayed": the parser may make the
            # description the subject; X is)
            described = self.name_before_comma(subject)
            found = self.span_mention(described) if described is not None else self.mention(subject)
            if found is None and subject.lower_ in CROWD_NOUNS:
                # "Thousands of X, supported by Y, pushed in. They drove ...": X's men
                owners = [noun for preposition, noun in prepositional_objects(subject) if preposition == "of"]
                found = self.mention(owners[0]) if owners else None
            if found is None:
                # "Marines and army battalions came ashore. They held ...": the first of
                # the listed subjects that names an actor
                found = next((m for c in with_conjuncts(subject)[1:] if (m := self.mention(c)) is not None), None)
            if found is None and subject.dep_ in {"nsubj:pass", "nsubjpass"}:
                # "The assault was led by X, ... Its commander": the doer is the topic
                agents = [c for c in subject.head.children if c.dep_ in {"obl:agent", "agent"}]
                found = self.mention(agents[0]) if agents else None
            if found is not None and found.kind == "Place" and "Country" in kinds:
                found = as_actor(found, self.year)  # "Beijing has given reasons. It accuses ...": China
            if found is not None and found.kind in kinds:
                return replace(found, start_char=token.idx, end_char=token.idx + len(token.text))
        return None

    def repeated_subject_pronoun(self, token: Token, kinds: frozenset[str]) -> EntityMention | None:
        """ "It also holds X, where it fights Y": a subject pronoun said again later in
        its sentence stands for what the first one does, not for a name in between."""
        subject_word = SUBJECT_OF_POSSESSIVE.get(token.lower_)
        if subject_word is not None:
            # "It denied that any of its members were fighting": with no name between,
            # the possessive is the subject pronoun's
            first = next((t for t in self.tokens[token.sent.start : token.i] if t.lower_ == subject_word and t.dep_ in NOMINAL_SUBJECT), None)
            if first is not None and any(self.by_token.get(k) is not None for k in range(first.i + 1, token.i)):
                first = None
            found = self.antecedent(first, kinds) if first is not None else None
            return replace(found, start_char=token.idx, end_char=token.idx + len(token.text)) if found is not None else None
        if token.dep_ not in NOMINAL_SUBJECT:
            return None
        first = next(
            (t for t in self.tokens[token.sent.start : token.i] if t.lower_ == token.lower_ and t.dep_ in NOMINAL_SUBJECT),
            None,
        )
        found = self.antecedent(first, kinds) if first is not None else None
        return replace(found, start_char=token.idx, end_char=token.idx + len(token.text)) if found is not None else None

    def opens_its_sentence(self, token: Token) -> bool:
        """Whether the word opens its sentence, or its main clause after a short opening
        phrase and a comma ("In an audio statement, its spokesman said ...")."""
        start = token.sent.start
        if token.i == start:
            return True
        opening = self.tokens[start : token.i - 1]
        return (
            self.lowers[token.i - 1] == "," and 0 < len(opening) <= 8 and opening[0].pos_ in {"ADP", "ADV"}
            and not any(t.pos_ in {"VERB", "AUX"} or t.text == "," for t in opening)
        )

    def own_of_doer(self, token: Token, kinds: frozenset[str]) -> EntityMention | None:
        """ "On the east bank, A, an alliance backed by B, launched their own offensive":
        "its own" or "their own" on a verb's object is the verb's doer's, however far
        back the parser hung it (not the last name before the verb)."""
        if self.lowers[token.i] not in {"its", "their"} or token.i + 1 >= len(self.lowers) or self.lowers[token.i + 1] != "own":
            return None
        verb = token.head.head if token.dep_ in POSSESSIVE and token.head.dep_ in OBJECT else None
        if verb is None or not is_verb(verb):
            return None
        found = next((m for m in self.mentions(subject_of_clause(verb)) if m.kind in kinds), None)
        return replace(found, start_char=token.idx, end_char=token.idx + len(token.text)) if found is not None else None

    def opening_possessive(self, token: Token, kinds: frozenset[str], depth: int = 0) -> EntityMention | None:
        """ "A, which armed B for years, made no comment. Its foreign minister said ...":
        a possessive opening a sentence stands for the sentence before's subject, not
        for the last name in it."""
        if not self.opens_its_sentence(token) or self.lowers[token.i] not in {"its", "their"} or token.sent.start == 0:
            return None
        root = self.tokens[token.sent.start - 1].sent.root
        # (the parser may hang the subject on the root's auxiliary: "A, which ..., has made")
        subjects = subject_of_clause(root) or [
            c for aux in root.children if aux.dep_ == "aux" for c in aux.children if c.dep_ in NOMINAL_SUBJECT
        ]
        copular = any(c.dep_ == "cop" for c in root.children)  # "A, formed in June, is an alliance of ..."
        if copular and subjects and all(self.lowers[s.i] == "it" for s in subjects):
            return None  # "it was the turn of the 5th Brigade. Its 2nd Battalion ...": the nearest name's
        found = self.mentions(subjects) if is_verb(root) or copular else []
        opener = self.tokens[root.sent.start + 1] if root.sent.end - root.sent.start > 2 else None
        if not found and self.lowers[root.sent.start] == "the" and opener is not None and opener.pos_ == "NOUN" and opener.dep_ in NOMINAL_SUBJECT:
            # "The junta, formed in exile, ... Its members include X": the junta's, whether
            # or not a name stands for it
            described = self.mention(opener)
            if described is None:
                return UNNAMED
            found = [described]
        if not any(f.kind in kinds for f in found):
            # (the parser may root a long sentence in a late clause: "A, formed in June, is
            # an alliance ... led by B, whose commander C has vowed ...": the name it opens with)
            opening = root.sent.start + (self.lowers[root.sent.start] == "the")
            named = self.by_token.get(opening)
            if named is not None and named.start == opening and named.root.dep_ in NOMINAL_SUBJECT and named.root.head.i > named.root.i:
                found = [self.span_mention(named)]
        if not found and len(subjects) == 1 and depth < 3:
            # "Its other members include B. Its fighters hold C": both are A's
            owner = next((c for c in subjects[0].children if c.dep_ in POSSESSIVE and c.i == c.sent.start), None)
            found = [f] if owner is not None and (f := self.opening_possessive(owner, kinds, depth + 1)) is not None else []
        if len(found) != 1 or found[0].kind not in kinds:
            return None
        return replace(found[0], start_char=token.idx, end_char=token.idx + len(token.text))

    def subject_before_semicolon(self, token: Token, kinds: frozenset[str]) -> EntityMention | None:
        """ "A condemned B's resort to force; its ambassador urged ...": a possessive
        opening the clause after a semicolon is the first clause's subject's, not the
        nearest name's (B)."""
        k = token.i
        if self.lowers[k] not in {"its", "their"} or k < 2 or self.lowers[k - 1] != ";":
            return None
        subject = next((
            t for t in self.tokens[token.sent.start : k - 1]
            if is_root_subject(t) and t.head.i < k
        ), None)
        found = self.mention(subject) if subject is not None and subject.pos_ == "PROPN" else None
        return replace(found, start_char=token.idx, end_char=token.idx + len(token.text)) if found is not None and found.kind in kinds else None

    def subject_after_semicolon(self, sent: Span, kinds: frozenset[str]) -> EntityMention | None:
        """The name opening a sentence's last clause after a semicolon, if any (read off
        the words: the parser often makes that clause's verb a noun)."""
        semicolon = max((k for k in range(sent.start, sent.end) if self.lowers[k] == ";"), default=None)
        if semicolon is None or semicolon + 2 >= sent.end:
            return None
        opening = semicolon + 1 + (self.lowers[semicolon + 1] == "the")
        found = self.unit_at(self.tokens[opening]) if self.by_token.get(opening) is not None else None
        return found[0] if found is not None and found[0].kind in kinds else None

    def is_revolts_own(self, token: Token) -> bool:
        """ "The revolt collapsed when its leader, X, surrendered": "its" on a clause's
        subject is the revolt named as the subject of the clause that clause hangs on
        (a revolt is no actor, and the country named before is not what X leads)."""
        if token.lower_ != "its" or token.dep_ not in POSSESSIVE or token.head.dep_ not in NOMINAL_SUBJECT:
            return False
        clause = token.head.head
        if clause.dep_ not in {"advcl", "conj"} | RELATIVE_CLAUSE or not is_verb(clause.head):
            return False
        governor = clause.head
        # (the parser may read "The revolt collapsed" as a noun and its modifier)
        subjects = [governor.head] if governor.dep_ == "acl" else [s for s in governor.children if s.dep_ in NOMINAL_SUBJECT]
        return any(self.lemma(s) in REVOLT_NOUNS | {"coup", "mutiny", "putsch", "plot"} and self.entity_span(s) is None for s in subjects)

    def governing_subject(self, token: Token, kinds: frozenset[str]) -> EntityMention | object | None:
        """ "A recognised B days before it invaded C", "A took B and it now holds C": a
        pronoun subject of a clause hung on another clause is that clause's subject,
        not the nearest name (B); "the troops had been sent to train B, and they had
        inflicted losses on C": armed men the text does not name here (UNNAMED), not B;
        so, in a clause hung on it, are others a plural noun names with no actor in its
        words ("the armed miners ... have withdrawn into the valleys, where they still
        hold X"; not "900 askaris of the Zanzibar army ..., and they exchanged shots",
        nor a clause joined by "and", which the parser may hang on any verb before)."""
        if token.dep_ not in NOMINAL_SUBJECT or token.head.dep_ not in {"advcl", "conj"} and not self.is_misread_conjunct(token.head):
            return None
        found = self.subject_of_verb(token.head.head, token, kinds)
        if found is None and token.lower_ == "they" and any(
            s.dep_ in NOMINAL_SUBJECT and s.i < token.i and self.mention(s) is None and (
                s.lower_ in ARMED_MEN_NOUNS
                or token.head.dep_ == "advcl" and s.tag_ == "NNS" and not self.names_actor_in_own_words(s)
            )
            for s in token.head.head.children
        ):
            return UNNAMED
        return found

    def names_actor_in_own_words(self, noun: Token) -> bool:
        """Whether a noun's words, its relative clauses left out, name an actor or a
        people, by a name or a capitalised word after the first ("members of a radical
        Muslim group"; not "the miners who seized the Asturian capital")."""
        own = [noun, *(w for c in noun.children if c.dep_ not in RELATIVE_CLAUSE for w in c.subtree)]
        first = min(w.i for w in own)
        return any(w.ent_type_ or w.i > first and w.is_title or (m := self.mention(w)) is not None and is_actor(m) for w in own)

    def is_misread_conjunct(self, clause: Token) -> bool:
        """ "the RSF took the base in X, ..., and a few days later it captured Y": a clause
        after ", and" the parser hung on an action verb as its complement is a second
        clause of the same sentence (a verb of saying does take complements)."""
        governor = clause.head
        return (
            clause.dep_ == "ccomp" and governor.i < clause.i and self.lemma(governor) in VERB_TRIGGERS
            and self.lemma(governor) not in SPEECH_VERBS and any(self.lowers[k] == "and" and self.lowers[k - 1] == "," for k in range(governor.i + 1, clause.i))
        )

    def fought_force_owned(self, token: Token) -> Token | None:
        """ "Kenyan troops attacked its fighters": the force a possessive "its" or
        "their" owns, when a fight verb takes it as its object."""
        if token.dep_ not in POSSESSIVE or token.lower_ not in {"its", "their"}:
            return None
        owned = token.head
        if owned.lower_ not in FORCE_NOUNS or owned.dep_ not in {"obj", "dobj"} or not is_fight_lemma(self.lemma(owned.head)):
            return None
        if token.lower_ == "its" and owned.lower_ in HELD_POINT_NOUNS | {"bases", "bunkers"}:
            return None  # ("jets bombed its trenches": a place's own works, the base named before)
        return owned

    def owner_is_clause_subject(self, token: Token, kinds: frozenset[str]) -> EntityMention | None:
        """ "The Syrian army, backed by X and Y, is pursuing its own offensive": a
        possessive on the verb's object or complement is the verb's own subject."""
        if token.dep_ not in POSSESSIVE or token.lower_ not in {"its", "their"}:
            return None
        owned = token.head
        if owned.dep_ == "nmod" and owned.head.dep_ == "obl" and owned.head.lower_ in ON_BEHALF_NOUNS:
            # "the group began firing rockets in support of its ally": the subject of the
            # verb "in support of" hangs on, or of the verb that one completes
            verb = owned.head.head
            while verb.dep_ == "xcomp" and is_verb(verb.head) and not any(c.dep_ in NOMINAL_SUBJECT for c in verb.children):
                verb = verb.head
            return self.subject_of_verb(verb, token, kinds)
        if owned.dep_ not in {"obj", "dobj", "obl", "pobj", "attr"} or self.fought_force_owned(token) is not None:
            return None  # ("Kenyan troops attacked its fighters": no side attacks its own)
        verb = owned.head if owned.dep_ != "pobj" else owned.head.head
        # ("Minas Gerais, under Governor X, has sent its state police": a land that acts,
        # which the model's type made a place, owns what its clause names)
        wider = kinds | {"Place"} if token.lower_ == "its" and "Country" in kinds else kinds
        found = self.subject_of_verb(verb, token, wider)
        return found if found is None or found.kind in kinds or is_actor(found) else None

    def owner_of_hung_subject(self, token: Token, kinds: frozenset[str]) -> EntityMention | None:
        """ "Fano swelled during the war, when its fighters battled B": a possessive on the
        subject of a clause hung on another is the governing clause's subject (the parser
        may hang the clause on that subject itself), not the nearest name."""
        if token.dep_ not in POSSESSIVE or token.lower_ not in {"its", "their"}:
            return None
        owned = token.head
        if owned.dep_ not in NOMINAL_SUBJECT or owned.head.dep_ != "advcl":
            return None
        governor = owned.head.head
        if governor.pos_ in {"NOUN", "PROPN"} and governor.dep_ in NOMINAL_SUBJECT and governor.i < token.i:
            found = self.mention(governor)
            if found is not None and found.kind in kinds:
                return replace(found, start_char=token.idx, end_char=token.idx + len(token.text))
            return None
        return self.subject_of_verb(governor, token, kinds)

    def subject_of_verb(self, verb: Token, pronoun: Token, kinds: frozenset[str]) -> EntityMention | None:
        """The named subject of ``verb`` before ``pronoun``, of a fitting kind, standing
        in for the pronoun; None if the subject is a pronoun too or names no such actor."""
        for subject in verb.children:
            if subject.dep_ in NOMINAL_SUBJECT and subject.i < pronoun.i and subject.lower_ not in PRONOUN_KINDS:
                found = self.mention(subject)
                if found is not None and found.kind in kinds:
                    return replace(found, start_char=pronoun.idx, end_char=pronoun.idx + len(pronoun.text))
        if verb.dep_ == "conj" and is_verb(verb.head) and not any(c.dep_ in NOMINAL_SUBJECT for c in verb.children):
            # "X was formed in A, in northern B, and chose as its chairman Y": the
            # second verb shares the first one's subject, and so does "its"
            return self.subject_of_verb(verb.head, pronoun, kinds)
        return None

    def _antecedent_from(
        self, token: Token, kinds: frozenset[str], first: int, *, skip_armies: bool, before: int | None = None
    ) -> EntityMention | None:
        # "government forces drove them out": an object pronoun is never its own verb's subject
        subject_words = set()
        argument = self.fought_force_owned(token) or token  # ("attacked its fighters": as "attacked it")
        against = argument.dep_ in {"obl", "pobj", "nmod"} and any(c.lower_ == "against" for c in argument.children) and is_verb(argument.head)
        if argument.dep_ in {"obj", "dobj", "iobj"} or against:  # ("carries out air strikes against it": never the striker)
            for child in argument.head.children:
                if child.dep_ in NOMINAL_SUBJECT:
                    subject_words.update(t.i for t in child.subtree)
                    # (but a name inside the subject's relative clause may be meant: "Romania,
                    # which shares a language with Moldova, has supplied it with weapons")
                    subject_words.difference_update(
                        t.i for c in child.children if c.dep_ in RELATIVE_CLAUSE for t in c.subtree
                    )
            # (a subject the parser hung elsewhere too: "and Russia, another ally,
            # continues to supply it with weapons": "it" is not Russia)
            misplaced = misplaced_subject(argument.head.head if argument.head.dep_ == "xcomp" else argument.head)
            if misplaced is not None:
                subject_words.update(range(misplaced.left_edge.i, misplaced.i + 1))
        for k in range((token.i if before is None else before) - 1, first - 1, -1):
            if k in subject_words:
                continue
            candidate = self.tokens[k]
            ent = self.by_token.get(k)
            if ent is not None:
                if k != ent.end - 1:
                    continue  # a name is read once, at its last word
                if ent.label_ == "NORP" and k + 1 < len(self.tokens) and self.lowers[k + 1] in FORCE_NOUNS:
                    continue  # "the Congolese army": the army, read at its head noun
                if k + 1 < len(self.tokens) and self.lowers[k + 1] in KINFOLK_NOUNS:
                    continue  # "a militia drawn from the Hema community. Its fighters": the militia's
                if self.owns_place_description(ent):
                    continue  # "holds Mosul, Iraq's second city, and Fallujah, which it has held": not Iraq
                found = self.span_mention(ent) if ent.label_ != "NORP" else None
                if ent.label_ == "NORP" and self.lowers[token.i] in {"they", "their", "them"} and is_peoples_plural(ent.text):
                    found = people_under_arms(self.span_mention(ent))  # "the Austrians pushed on, and they hold X": their army
                if found is not None and found.kind == "Person" and self.is_quoted(token) and is_speaker(ent.root):
                    continue  # '..., said X, an analyst. "He has taken ...': he is not the one quoted
            elif candidate.is_ancestor(token) and not is_joined_below(token, candidate):
                continue  # "units of its 3rd Division": "its" is not the units (nor group) it describes
            elif self.lowers[k] in FORCE_NOUNS:
                if candidate.dep_ in APPOSITION and candidate.head.i < k and self.entity_span(candidate.head) is not None:
                    continue  # "X, an ethnic Rakhine insurgent force, said it ...": it is X, read next
                found = self.force_mention(candidate)
                if found is None and self.lowers[k] in INSURGENT_WORDS and k > 0 and self.lowers[k - 1] == "the":
                    found = self.mention(candidate)  # "when the insurgents launched ... they overran X": them
                if found is None and self.lowers[k] in DESCRIBED_GROUP_NOUNS:
                    found = self.described_group(candidate)  # "the navy infantry, ..., which it has held"
            elif self.lowers[token.i] in PRONOUN_KINDS and (
                self.lowers[k] in GROUP_ANAPHORS or self.lowers[k] in NAMED_HEAD_NOUNS and k > 0 and self.lowers[k - 1] == "the"
            ):
                found = self.mention(candidate)  # "the group has ..., and it ...": it is the group
            elif self.lowers[k] in DESCRIBED_GROUP_NOUNS:
                found = self.described_group(candidate)  # "the tribesmen still held X, which they overran"
            elif self.is_rebel_party(k):
                found = self.mention(candidate)  # "has given the guerrilla parties bases, and X supplies them"
            else:
                continue
            if found is not None and skip_armies and is_state_force(found):
                continue  # "the rebels" are not the national army named before them
            if found is not None and found.kind in kinds:
                if ent is not None and self.describes_another(ent):
                    continue  # "X, the backbone of Y, ... against it": it is X
                if found.name in self.subjects_named(subject_words):
                    continue  # "Police and soldiers fought them": never the army named before either
                return replace(found, start_char=token.idx, end_char=token.idx + len(token.text))
        return None

    def subjects_named(self, subject_words: set[int]) -> frozenset[str]:
        """Names the heads of a verb's subject stand for ("Police and soldiers": the
        police and the army)."""
        return frozenset(
            found.name for k in subject_words
            if self.tokens[k].dep_ in NOMINAL_SUBJECT | {"conj"} and (found := self.mention(self.tokens[k])) is not None
        )

    @staticmethod
    def describes(ent: Span, token: Token) -> bool:
        """Whether ``token`` sits in an apposition describing the phrase ``ent`` heads
        ("(fighters of) X, the state's operation against the jihadists"): a
        description never refers to what it describes. (A pronoun in a relative clause
        may: "X, which ruled M until Y drove it out".)"""
        head = ent.root
        while head.dep_ in {"nmod", "pobj"} and head.head.pos_ in {"NOUN", "PROPN", "ADP"} and head.head.i < head.i:
            head = head.head  # "fighters" in "fighters of X"
        node, in_apposition = token, False
        while node.head.i != node.i and node != head:
            in_apposition |= node.dep_ in APPOSITION
            node = node.head
        return node == head and in_apposition

    def describes_another(self, ent: Span) -> bool:
        """A name inside another name's apposition: Y in "X, the backbone of Y,"."""
        noun = ent.root.head
        return (
            ent.root.dep_ in {"nmod", "pobj"} and noun.dep_ in APPOSITION and self.entity_span(noun) is None
            and self.entity_span(noun.head) is not None
        )

    def is_described_as_region(self, ent: Span) -> bool:
        """ "Helmand, a province of southern Afghanistan": a name set off before a region's noun."""
        k = ent.end
        if k + 2 >= len(self.lowers) or self.lowers[k] != "," or self.lowers[k + 1] not in {"a", "an", "the"}:
            return False
        return any(self.lowers[j] in REGION_WORDS for j in range(k + 2, min(k + 5, len(self.lowers))))

    def facility_elsewhere(self, token: Token) -> bool:
        """ "the prison in Riobamba": a building placed in a town by its own words is not
        the one named before after another town ("the Guayaquil Regional prison"; but
        "the hospital in El Fasher" may be "the Saudi Hospital" named before)."""
        k = token.i + 1
        if k + 1 >= len(self.lowers) or self.lowers[k] != "in":
            return False
        town = self.entity_span(self.tokens[k + 1])
        if town is None or town._.frontline_kind != "Place":
            return False
        same = next((
            ent for ent in reversed(self.ents)
            if ent.end <= token.i and ent._.frontline_kind == "Facility" and token.lower_ in ent.text.lower().split()
        ), None)
        if same is None or town.text in same.text:
            return False
        # (a town named inside the building's name: "Maya-Maya airport" is Brazzaville's)
        named_in = {e.text for e in self.ents if e._.frontline_kind == "Place" and f" {e.text} " in f" {same.text} "}
        named_in |= {w for w in same.text.split()[:-1] if w[:1].isupper() and gazetteer.city(w) is not None}
        return any(town_name(t) != town_name(town.text) for t in named_in)

    def place_named_with_noun(self, token: Token) -> EntityMention | None:
        """ "the peninsula": the one place the story named before with that word in its
        name ("the Westerplatte peninsula"); none when two such places were named before
        (which of two islands "the island" is, the words do not say)."""
        word = token.lower_
        named = {
            self.span_mention(ent).name: ent for ent in self.ents
            if ent.end <= token.i and ent._.frontline_kind == "Place" and word in ent.text.lower().split()
        }
        if len(named) != 1:
            return None
        ent = next(iter(named.values()))
        return replace(self.span_mention(ent), start_char=token.idx, end_char=token.idx + len(token.text))

    def place_antecedent(self, token: Token) -> EntityMention | None:
        """ "the district", "the city": the nearest earlier place named like that."""
        word = token.lower_
        wanted = PLACE_ANAPHORS[word]
        owners = [n for prep, n in prepositional_objects(token) if prep == "of"] if word == "capital" else []
        if owners:
            # "the capital of Syria": the capital the article names for that country, if
            # any; "the capital of Jonglei state" is no place named before
            owner = self.entity_span(owners[0])
            country = self.span_mention(owner).name if owner is not None and owner._.frontline_kind == "Country" else None
            return self.capital_named_for(country, token) if country else None
        if word == "capital" and not any(c.dep_ == "amod" for c in token.children):
            # "the capital": the nearest national capital named before ("the regional
            # capital" is read like "the city")
            found = next((ent for ent in self.preceding_entities(token) if self.is_story_capital(ent)), None)
            if found is not None:
                return replace(self.span_mention(found), start_char=token.idx, end_char=token.idx + len(token.text))
            if self.named_capital_acting_as_state(token):
                # ("a charge Bangkok denies. ... has won the capital": not Bangkok, and
                # not the nearest town either; the story's capital named before)
                return self.capital_named_before(token)
        described = self.described_as(token) if word in {"city", "town", "village", "district", "crossing", "camp"} else None
        if described is not None:
            return replace(self.span_mention(described), start_char=token.idx, end_char=token.idx + len(token.text))
        if wanted == {"Facility"} and self.facility_elsewhere(token):
            return None  # "escaped from the prison in Riobamba" after "the Guayaquil prison": another prison
        if wanted == {"Facility"}:
            # "seized the airfield ... by way of the Kamina base ... held the airfield": the
            # nearest facility named with the same noun before any other facility
            same = next((
                ent for ent in reversed(self.ents)
                if ent.end <= token.i and ent._.frontline_kind == "Facility" and word in self.span_mention(ent).name.lower().split()
            ), None)
            if same is not None:
                return replace(self.span_mention(same), start_char=token.idx, end_char=token.idx + len(token.text))
        for ent in self.preceding_entities(token):
            kind = ent._.frontline_kind or ""
            if ent.end < len(self.tokens) and self.tokens[ent.end].text == "-":
                continue  # "Moscow-led", "Turkish-made": a modifier, no place in the story
            if word in {"city", "town", "village"} and (ent.end == token.i or self.is_described_as_region(ent) or self.is_qualifying_region(ent)):
                continue  # "the northern Helmand town", "Helmand, a province of ...", "Naco, Sonora": a region, not the town
            following = self.entity_span(self.tokens[ent.end]) if ent.end < len(self.tokens) else None
            if following is not None and following.label_ == "NORP" or ent.end < len(self.tokens) and self.lowers[ent.end] in ARMED_MEN_NOUNS:
                continue  # "the Krajina Serb army", "Donbas militias": a force's name, no place
            if word in {"city", "town", "village", "capital"} and (
                names_no_town(ent.text)
                or ent.start >= 2 and self.lowers[ent.start - 1] == "of" and self.lowers[ent.start - 2] in CITY_EXCLUDED_WORDS | NATURAL_FEATURE_WORDS
                or ent.start >= 2 and self.lowers[ent.start - 1] == "in" and self.lowers[ent.start - 2] in TOWN_NOUNS
                or "across" in self.lowers[max(0, ent.start - 2) : ent.start]
            ):
                # ("the uprising that spread across Iraqi Kurdistan ... the city": a region, whatever its name)
                continue  # "the city" is not "Gezira state", nor "the province of Helmand", nor the X of "the largest city in X" or "the Naga Hills of X"
            if word in {"city", "town"} and kind == "Facility" and ent.start >= token.sent.start:
                town = self.town_opening_name(ent)
                if town is not None:
                    # "landed at Libreville airport ... and took the city": the town the
                    # facility is named after, not one named sentences before
                    return replace(self.span_mention(town), start_char=token.idx, end_char=token.idx + len(token.text))
            if self.is_speech_venue(ent) or self.is_seat_of_named_body(ent) or word == "capital" and self.is_foreign_reaction_venue(ent):
                continue  # "told reporters in Juba. ... the town": where it was said, not the story's town
            if word in {"city", "town"} and ent.start >= 2 and self.lowers[ent.start - 1] == "to" and self.lowers[ent.start - 2] in ROUTE_NOUNS:
                continue  # "headed north along the road to Banalia. ... the city": where the road goes
            if word in {"city", "town"} and ent.end < len(self.tokens) and self.lowers[ent.end] in ROUTE_NOUNS:
                continue  # "cutting the Ahvaz road and shelling the city": the road's far end, not the city
            if word in {"town", "village"} and gazetteer.capital_country(ent.text, self.year) is not None:
                continue  # "fell back towards Tbilisi. ... the town": a national capital is no town
            if gazetteer.capital_country(ent.text, self.year) is not None and self.acts_as_state(ent):
                continue  # "armed and paid by Moscow, fought in the north of the city": Moscow acts, no city here
            if kind in wanted and (kind != "Place" or word not in {"district", "area", "region"} or word in ent.text.lower() or ent.label_ == "LOC"):
                # "A, the port just north of B, ... The town": A, the place the set-off
                # phrase describes, not the landmark it is placed by
                described = place_before_set_off_phrase(ent, self) if word in {"city", "town"} else None
                ent = described if described is not None and described._.frontline_kind in wanted else ent
                return replace(self.span_mention(ent), start_char=token.idx, end_char=token.idx + len(token.text))
        if word in {"city", "town"}:
            return self.salient_city(token)
        if wanted == {"Facility"}:
            return self.named_with(token, "Facility")
        if word == "capital":
            return self.capital_named_before(token) or self.dateline_capital(token)
        if word == "crossing":
            return self.named_with(token, "Place")  # "the crossing" paragraphs after "the Guerguerat crossing"
        return None

    def town_opening_name(self, facility: Span) -> Span | None:
        """The town a facility's name opens with ("Libreville airport": Libreville), as
        the story names it elsewhere (its dateline too); None if the first word is no
        town the gazetteer knows or the story names it nowhere else."""
        first = self.tokens[facility.start].text
        if facility.end - facility.start < 2 or not first[:1].isupper() or gazetteer.city(first) is None:
            return None
        return next((
            ent for ent in (*self.datelines, *self.ents)
            if ent.text.lower() == first.lower() and ent._.frontline_kind == "Place"
        ), None)

    def is_qualifying_region(self, ent: Span) -> bool:
        """ "around Naco, Sonora, ending ...": a place named after a town and a comma, to
        say where the town is (not one of a list: "A, B and C", "X, A, B")."""
        k = ent.start
        if k < 2 or self.lowers[k - 1] != "," or ent.end + 1 >= len(self.lowers) or self.lowers[ent.end] not in {",", ".", ";"}:
            return False
        town = self.entity_span(self.tokens[k - 2])
        return (
            town is not None and town._.frontline_kind == "Place" and ent._.frontline_kind == "Place"
            and self.lowers[ent.end + 1] not in {"and", "or"} and (town.start == 0 or self.lowers[town.start - 1] != ",")
        )

    def capital_named_for(self, country: str, token: Token) -> EntityMention | None:
        """The capital the article names for ``country`` (anywhere in it), standing at
        ``token``: "the capital of Syria", "Burundi's capital" after "BUJUMBURA, Burundi"
        (a dateline's town too)."""
        for ent in (*self.ents, *self.datelines):
            found = gazetteer.capital_country(ent.text, self.year)
            if ent._.frontline_kind == "Place" and found is not None and found.name == country:
                return replace(self.span_mention(ent), start_char=token.idx, end_char=token.idx + len(token.text))
        return None

    def capital_named_before(self, token: Token) -> EntityMention | None:
        """ "the capital" with no place named near it: the national capital the story
        named last, however far back (a story names its capital once and calls it "the
        capital" paragraphs later)."""
        # (the capital of the country the story is about first: "VIENTIANE, Laos — ...
        # aid Moscow sends ... a charge Bangkok denies ... has won the capital")
        main = self.main_country()
        found = None
        for ent in reversed(self.ents):
            if ent.end > token.i or not self.is_story_capital(ent):
                continue
            found = found or ent
            if gazetteer.capital_country(ent.text, self.year).name == main:
                found = ent
                break
        return replace(self.span_mention(found), start_char=token.idx, end_char=token.idx + len(token.text)) if found is not None else None

    def dateline_capital(self, token: Token) -> EntityMention | None:
        """ "MEXICO CITY, Feb. 23 — ... the streets of the capital": the town the story was
        filed from, when it is the capital of the country the story is about (the
        dateline is no entity of the text, so no capital named before finds it)."""
        if any(c.dep_ not in {"det", "case"} for c in token.children if c.i < token.i):
            return None  # "the Chechen capital" (filed from Moscow): a region's capital, not the bare word
        town = self.dateline_town()
        seat = gazetteer.capital_country(town.name, self.year) if town is not None else None
        if town is None or seat is None or seat.name != self.main_country():
            return None
        return replace(town, start_char=token.idx, end_char=token.idx + len(token.text))

    def is_story_capital(self, ent: Span) -> bool:
        """A national capital named as a place of the story (not "a fellow at the X
        Centre in Suva": where someone speaks or a body sits)."""
        return (
            ent._.frontline_kind == "Place" and gazetteer.capital_country(ent.text, self.year) is not None
            and not (self.is_speech_venue(ent) or self.is_seat_of_named_body(ent) or self.is_foreign_reaction_venue(ent))
            # ("a charge Bangkok denies ... has won the capital": a foreign capital acting
            # as its state is no place of the story)
            and not (
                (self.acts_as_state(ent) or self.verb_follows(ent))
                and gazetteer.capital_country(ent.text, self.year).name != self.main_country()
            )
        )

    def named_capital_acting_as_state(self, token: Token) -> bool:
        """Whether the nearest national capital named before ``token`` is a foreign one
        acting as its state (see is_story_capital)."""
        nearest = next((ent for ent in self.preceding_entities(token) if gazetteer.capital_country(ent.text, self.year) is not None), None)
        return nearest is not None and nearest._.frontline_kind == "Place" and not self.is_story_capital(nearest)

    def verb_follows(self, ent: Span) -> bool:
        """Whether a finite verb follows the name, adverbs aside ("a charge Bangkok flatly
        denies"): the name is its subject however the parser hung it."""
        k = ent.end
        while k < len(self.tokens) and self.tokens[k].tag_ == "RB":
            k += 1
        # (the parser may tag "denies" a plural noun there: the words of a state's saying)
        return k < len(self.tokens) and (self.tokens[k].tag_ in {"VBZ", "VBD", "VBP"} or self.lowers[k] in STATE_SAYING_WORDS)

    def is_foreign_reaction_venue(self, ent: Span) -> bool:
        """ "In New Delhi, India's prime minister condemned the attack" in a story set in
        Indonesia: a foreign capital opening a sentence is where the news was heard,
        not a capital the story's "the capital" may stand for."""
        opens = ent.start >= 1 and self.lowers[ent.start - 1] == "in" and ent.start - 1 == ent.sent.start
        if not (opens and ent.end < len(self.lowers) and self.lowers[ent.end] == ","):
            return False
        capital_of = gazetteer.capital_country(ent.text, self.year)
        return capital_of is not None and capital_of.name != self.main_country()

    def named_with(self, token: Token, kind: str) -> EntityMention | None:
        """ "the camp" paragraphs after "the Jenin refugee camp": the facility (or place,
        of that ``kind``) named earlier with the same noun, the one named most (ties: the
        nearest)."""
        word = self.lowers[token.i]
        counts: dict[str, int] = {}
        latest: dict[str, EntityMention] = {}
        for ent in self.ents:
            if ent.end > token.i:
                break
            if ent._.frontline_kind == kind and word in ent.text.lower().split():
                mention = self.span_mention(ent)
                counts[mention.name] = counts.get(mention.name, 0) + 1
                latest.pop(mention.name, None)
                latest[mention.name] = mention  # (dicts keep order: the nearest is last)
        if not counts:
            return None
        most = max(counts.values())
        best = [m for name, m in latest.items() if counts[name] == most][-1]
        return replace(best, start_char=token.idx, end_char=token.idx + len(token.text))

    def is_seat_of_named_body(self, ent: Span) -> bool:
        """ "the Pacific Governance Research Centre in Suva": the town a body named right
        before it sits in."""
        k = ent.start - 1
        body = self.by_token.get(k - 1) if k >= 1 and self.lowers[k] == "in" else None
        return body is not None and body.end == k and body.label_ == "ORG"

    def is_speech_venue(self, ent: Span) -> bool:
        """ "told reporters in Juba", "speaking in Geneva": a place named as where a
        statement was made."""
        k = ent.start - 1
        return k >= 1 and (self.lowers[k] in {"in", "from"} or self.lowers[k] == "at" and self.lowers[k - 1] == "headquarters") and any(
            word in SPEECH_VENUE_WORDS for word in self.lowers[max(0, k - 3) : k]
        )  # (and "a communiqué from X's headquarters at Y": where it was issued)

    def described_as(self, token: Token, *, depth: int = 0) -> Span | None:
        """ "X, a town south-west of Y, ... the town", "the Georgian town of X ... the
        town", "X, their strongest fortified camp ... the camp": the place the text last
        described with the same noun (in this or the two sentences before, or before an
        earlier "the camp" that stands for it), not the nearest name."""
        word = self.lowers[token.i]
        first = token.sent.start
        for _ in range(DESCRIBED_REACH):
            first = self.previous_sentence_start(first)
        for k in range(token.i - 1, first, -1):
            if self.lowers[k] != word:
                continue
            if k + 2 < token.i and self.lowers[k + 1] == "of" and k > 0 and self.lowers[k - 1] != "the":
                named = self.by_token.get(k + 2)  # "the Georgian town of Gori" (not "the town of")
                if named is not None and named._.frontline_kind == "Place":
                    return named
            j = k - 1
            while j > first and k - j <= 3 and self.lowers[j] not in DESCRIBING_DETERMINERS:
                j -= 1  # "a small market town"
            if j - 2 >= first and self.lowers[j] in DESCRIBING_DETERMINERS and self.lowers[j - 1] == ",":
                ent = self.by_token.get(j - 2)
                if ent is not None and ent._.frontline_kind in {"Place", "Facility"}:
                    return ent
            if self.lowers[k - 1] == "the" and depth < 2:
                earlier = self.described_as(self.tokens[k], depth=depth + 1)  # "the camp's garrison ... the empty camp"
                if earlier is not None:
                    return earlier
        return None

    def place_pronoun(self, token: Token) -> EntityMention | None:
        """ "approached the town and took it": "it" taken or lost is a place, the
        nearest one before it ("the town" read as an anaphor, or a named place) in its
        sentence, else the previous sentence's subject if a place ("Sirte lies between
        A and B. Fighters took it": Sirte), else the nearest place there."""
        first = token.sent.start
        if first > 0:
            previous = self.tokens[self.previous_sentence_start(first)].sent
            subject = self.place_subject(previous)
            if subject is not None and not self.place_between(subject.end, token.i):
                return replace(self.span_mention(subject), start_char=token.idx, end_char=token.idx + len(token.text))
            anaphor = self.place_anaphor_subject(previous) if subject is None else None
            said = self.mention(anaphor) if anaphor is not None and not self.place_between(anaphor.i + 1, token.i) else None
            if said is not None and said.kind in {"Place", "Facility"}:
                # "The dam, which holds back Lake X, supplies ... Y had held it": the dam
                return replace(said, start_char=token.idx, end_char=token.idx + len(token.text))
            first = previous.start
        for k in range(token.i - 1, first - 1, -1):
            ent = self.by_token.get(k)
            if ent is not None and ent._.frontline_kind in {"Place", "Facility"}:
                if ent.end < len(self.tokens) and (self.tokens[ent.end].text == "-" or self.lowers[ent.end] in GOVERNMENT_NOUNS):
                    continue  # "Moscow-brokered", "the Lhasa government": a modifier
                # "an attack on A, a provincial capital in B, and captured it", "took back
                # A, a resort town in the north of B near the border, and held it": A, the
                # place the set-off phrase describes
                ent = place_before_set_off_phrase(ent, self) or ent
                if self.is_qualifying_region(ent):
                    ent = self.entity_span(self.tokens[ent.start - 2])  # "around Naco, Sonora, ... has held it": Naco
                return replace(self.span_mention(ent), start_char=token.idx, end_char=token.idx + len(token.text))
            if ent is None and k > 0 and (self.lowers[k] in PLACE_ANAPHORS or self.lowers[k] in OF_NAMED_PLACE_NOUNS) and self.lowers[k - 1] == "the":
                found = self.mention(self.tokens[k])
                # (at the pronoun: "took the town and lost it" is two statements, not one twice)
                return replace(found, start_char=token.idx, end_char=token.idx + len(token.text)) if found is not None else None
        return None

    def place_subject(self, sentence: Span) -> Span | None:
        """The named place that is the subject of a sentence's main verb, if any, or
        that opens it before a comma ("Sirte, the birthplace of X, lies ...", which
        the parser hangs in many shapes)."""
        opening = self.by_token.get(sentence.start + (self.lowers[sentence.start] in {"the", "an"}))  # ("An Loc", the model's "Loc")
        if opening is not None and opening.end < sentence.end and self.lowers[opening.end] == ",":
            return opening if opening._.frontline_kind in {"Place", "Facility"} else None
        for t in sentence:
            if is_root_subject(t):
                ent = self.by_token.get(t.i)
                return ent if ent is not None and ent._.frontline_kind in {"Place", "Facility"} else None
        return None

    def place_anaphor_subject(self, sentence: Span) -> Token | None:
        """ "the dam", "the town" opening a sentence as its subject, if so: "The dam,
        which holds back X, supplies ..." (read off the words: the parser may make the
        noun the root)."""
        k = sentence.start
        if k + 2 >= sentence.end or self.lowers[k] != "the" or self.lowers[k + 1] not in PLACE_ANAPHORS:
            return None
        return self.tokens[k + 1] if self.lowers[k + 2] == "," or self.tokens[k + 2].pos_ in {"VERB", "AUX"} else None

    def place_between(self, start: int, end: int) -> bool:
        """Whether a place is named, or "the town" said, in the pronoun's own sentence
        between ``start`` and ``end`` (the nearest of those wins over the subject)."""
        first = max(start, self.tokens[end].sent.start)
        for k in range(first, end):
            ent = self.by_token.get(k)
            if ent is not None and ent._.frontline_kind in {"Place", "Facility"}:
                return True
            if ent is None and k > 0 and self.lowers[k] in PLACE_ANAPHORS and self.lowers[k - 1] == "the":
                return True
        return False

    def acts_as_state(self, ent: Span) -> bool:
        """ "Moscow sent troops", "armed by Moscow": a capital standing for its state (the
        subject of a verb, or the agent after "by")."""
        return ent.root.dep_ in NOMINAL_SUBJECT or ent.start > 0 and self.lowers[ent.start - 1] == "by"

    def salient_city(self, token: Token) -> EntityMention | None:
        """ "the city" far from any name: the town the article has named most so far
        (a story about a siege says "the city" for pages). The dateline's town counts
        one and a half for a bare "the town": it beats a town named once, and stands
        alone where none has been named yet ("URUGUAIANA, Brazil — The column that had
        held this town")."""
        counts: dict[str, float] = {}
        mentions: dict[str, EntityMention] = {}
        filed_from = self.dateline_town()
        if filed_from is not None and not any(c.dep_ == "amod" for c in token.children):
            # (not "the old colonial city": a described part, not the whole town)
            counts[filed_from.name] = 1.5
            mentions[filed_from.name] = filed_from
        regions = {ent.text for ent in self.ents if self.is_described_as_region(ent)}  # ("Helmand, a province of ...")
        for ent in self.ents:
            if ent.end > token.i:
                break
            if ent._.frontline_kind != "Place" or ent.label_ not in {"GPE", "LOC"}:
                continue
            if names_no_town(ent.text) or ent.text in regions:
                continue
            if ent.end < len(self.tokens) and self.tokens[ent.end].text == "-":
                continue
            mention = self.span_mention(ent)
            counts[mention.name] = counts.get(mention.name, 0) + 1
            mentions[mention.name] = mention
        if not counts:
            return None
        best = max(counts, key=counts.__getitem__)
        if counts[best] < 1.5:
            return None  # named once: too weak a topic to stand for "the city"
        return replace(mentions[best], start_char=token.idx, end_char=token.idx + len(token.text))

    def dateline_town(self) -> EntityMention | None:
        """The town a story was filed from ("GOMA, Congo —"), as a place, if its dateline
        names one (not a country, nor the agency in brackets)."""
        for dateline in self.datelines:
            text = self.text[dateline.start_char : dateline.end_char]
            if dateline.start == dateline.sent.start and gazetteer.country(text) is None and not text.startswith("("):
                return replace(self.span_mention(dateline), kind="Place")
        return None

    def force_mention(self, token: Token) -> EntityMention | None:
        """ "X's forces", "X forces", "forces of/loyal to/under the command of X"."""
        if token.i not in self._forces:
            self._forces[token.i] = None  # (asked again while being worked out, through a quote's speaker: nobody)
            self._forces[token.i] = self._force_mention(token)
        return self._forces[token.i]

    def is_town_garrison(self, pronoun: Token) -> bool:
        """Whether "its garrison" follows a place's name in its sentence, no other name
        between: "X is in the hands of its garrison", "the town and its garrison" (a
        town's garrison is whoever holds it, which the words do not say)."""
        if pronoun.lower_ != "its" or pronoun.head.lower_ not in {"garrison", "garrisons"}:
            return False
        # (a people's word is no name between: "X, which lies off the Cambodian coast,
        # remained in the hands of its garrison")
        names = [ent for ent in self.ents if pronoun.sent.start <= ent.start and ent.end <= pronoun.i and ent.label_ != "NORP"]
        return bool(names) and names[-1]._.frontline_kind in {"Place", "Facility"}

    def shares_owner_word(self, token: Token) -> bool:
        """Whether a force noun right after "and" is the second of two nouns one people's
        word owns ("British tanks and paratroopers"): no word of its own before it."""
        return (
            token.dep_ == "conj" and token.head.lower_ in FORCE_NOUNS and token.head.i == token.i - 2
            and self.lowers[token.i - 1] == "and" and not any(c.dep_ in COMPOUND | {"amod", "nmod:poss"} for c in token.children)
        )

    def force_drawn_from(self, token: Token) -> EntityMention | None:
        """ "The attacking force, drawn from the X Army's 312th Division, ...", "a force
        made up of X units": the force is X's (the owner's, when a unit of it is named)."""
        k = token.i + 1
        if k < len(self.lowers) and self.lowers[k] == ",":
            k += 1
        words = self.lowers[k : k + 3]
        if words[:2] in {("drawn", "from"), ("formed", "from"), ("composed", "of")} or words == ("made", "up", "of"):
            k += 2 + (words[0] == "made")
        else:
            return None
        k += k < len(self.lowers) and self.lowers[k] == "the"
        named = self.by_token.get(k)
        if named is None or named.start != k or named.label_ != "ORG":
            return None
        force = self.span_mention(named)
        return replace(force, text=token.text, canonical=force.name, start_char=token.idx, end_char=token.idx + len(token.text))

    def force_named_before(self, token: Token) -> EntityMention | None:
        """The nearest armed body or international force named by its name before ``token``
        (within a few paragraphs), no national army the parser made of a country's word."""
        for ent in reversed(self.ents):
            if ent.end > token.i:
                continue
            if token.i - ent.end >= 400:
                return None
            if ent.end < len(self.lowers) and self.lowers[ent.end] in FORCE_NOUNS:
                continue  # "the African Union force": some force of the Union's, named by its own name elsewhere
            found = self.span_mention(ent) if ent.label_ == "ORG" else None
            if found is not None and found.kind in {"ArmedGroup", "InternationalOrganization"}:
                return replace(found, text=token.text, canonical=found.name, start_char=token.idx, end_char=token.idx + len(token.text))
        return None

    def is_breakaway(self, token: Token) -> bool:
        """ "a breakaway Tiger faction", "a splinter group": a group of its own."""
        return any(self.lowers[k] in BREAKAWAY_WORDS for k in range(max(token.sent.start, token.i - 3), token.i))

    def gendarmerie_mention(self, token: Token) -> EntityMention | None:
        """ "the Katangese gendarmerie": a people's gendarmerie, a force of its own (not a
        country's: "Turkish gendarmes" are read with the state's police); "the gendarmes",
        "gendarmerie hands": the one gendarmerie the story names."""
        before = self.tokens[token.i - 1] if token.i > 0 else None
        if before is not None and self.entity_span(before) is None and self.is_people_name(before):
            return EntityMention(
                text=self.text[before.idx : token.idx + len(token.text)], label="ORG", kind="ArmedGroup",
                start_char=before.idx, end_char=token.idx + len(token.text), canonical=f"{before.text} Gendarmerie",
            )
        if before is not None and (before.lower_ != "the" and before.dep_ != "case" and self.lowers[token.i + 1 : token.i + 2] != ("hands",)):
            return None
        named = {
            f"{self.tokens[k - 1].text} Gendarmerie" for k, word in enumerate(self.lowers)
            if word in GENDARMERIE_NOUNS and k > 0 and self.entity_span(self.tokens[k - 1]) is None and self.is_people_name(self.tokens[k - 1])
        } | {self.span_mention(e).name for e in self.ents if "gendarmerie" in self.lowers[e.start : e.end]}
        if len(named) != 1:
            return None
        return EntityMention(
            text=token.text, label="ORG", kind="ArmedGroup", start_char=token.idx, end_char=token.idx + len(token.text), canonical=next(iter(named)),
        )

    def _force_mention(self, token: Token) -> EntityMention | None:
        if self.is_breakaway(token):
            return None  # "a breakaway Tiger faction" is a group of its own, not the Tigers
        if token.lower_ in GENDARMERIE_NOUNS:
            # (only a people's or the story's one gendarmerie: "a former gendarmerie
            # officer trained in France" is nobody's force)
            following = self.tokens[token.i + 1] if token.i + 1 < len(self.tokens) else None
            return None if following is not None and following.pos_ == "NOUN" and following.lower_ != "hands" else self.gendarmerie_mention(token)
        drawn = self.force_drawn_from(token)
        if drawn is not None:
            return drawn
        if token.i >= 3 and self.lowers[token.i - 3 : token.i - 1] == ("pro", "-") and self.by_token.get(token.i - 1) is not None:
            return None  # "pro-Indonesian militias" side with Indonesia and are none of its forces
        ours = next((c for c in token.children if c.dep_ in POSSESSIVE and c.lower_ == "our"), None)
        if ours is not None:
            # '"Our soldiers are there ...," the Belgian foreign minister said': the
            # speaker's body's force (a government's army)
            body = self.mention(ours)
            if body is None or body.kind != "Government":
                return body
            return self.army_of_government(body, token) or body
        owner = self.force_owner(token)
        if owner is None and self.shares_owner_word(token):
            shared = self.force_mention(token.head)  # "British tanks and paratroopers": British paratroopers too
            if shared is not None and shared.canonical is not None and shared.canonical.endswith(" army"):
                return replace(shared, text=token.text, start_char=token.idx, end_char=token.idx + len(token.text))
        if owner is None and token.lower_ in ARMED_MEN_NOUNS and token.i > 0:
            k = token.i - 1
            while k > token.sent.start and k >= token.i - 3 and self.tokens[k].text.islower() and (
                self.tokens[k].pos_ == "ADJ" or self.lowers[k] in INSURGENT_ADJECTIVES
            ):
                k -= 1  # "Amhara regional special forces", "Abkhaz separatist forces"
            before = self.tokens[k]
            before_span = self.entity_span(before)
            if (
                before_span is not None and len(before_span) == 1 and before_span.label_ == "LOC"
                and before_span._.frontline_kind == "Place"
                and (PEOPLE_ADJECTIVE.match(before.text) or token.lower_ in NATIONAL_ARMY_NOUNS)
            ):
                # "Abkhaz separatist forces": a people's word the model took for a place;
                # "the Karabakh forces": a region's own ("the Rakhine insurgents" may be a group's description)
                before_span = None
            if before_span is None and self.is_people_name(before):
                return self.peoples_force(before, token)
        if owner is None and token.i >= 2 and self.lowers[token.i - 1] in {"'s", "’s"} and token.lower_ in NATIONAL_ARMY_NOUNS:
            ruler = self.tokens[token.i - 2]
            if ruler.lower_ in RULER_WORDS and self.lowers[token.i - 3] == "the":
                named = self.group_starting_with(ruler.text, ruler, possessive=True)
                if named is not None:
                    # "the Sultan's forces" in a story about "the Sultan's Armed Forces"
                    return replace(named, end_char=token.idx + len(token.text))
        if owner is None:
            following = self.lowers[token.i + 1] if token.i + 1 < len(self.lowers) else ""
            if token.lower_ == "police" and following in {"control", "hands"} | SPOKESPERSON_NOUNS:
                return self.home_police(token)  # "in police hands", "police spokesman X": the story's own police
            if token.lower_ == "police" and token.dep_ not in COMPOUND and all(
                c.lower_ == "the" or c.dep_ in {"case", "punct"} for c in token.children if c.i < token.i
            ):  # (nothing before the word but "the": not "military police", "two police")
                return self.home_police(token)  # "police were still holding X", "a gun battle with police": the story's own
            if token.lower_ in ARMED_MEN_NOUNS | {"men"} and any(c.lower_ == "whose" for c in token.children):
                return self.whose_men(token)
            pronouns = [c for c in token.children if c.dep_ in POSSESSIVE and c.lower_ in PRONOUN_KINDS]
            if pronouns and pronouns[0].lower_ == "his" and token.lower_ in ARMED_MEN_NOUNS | {"men"}:
                # "his men had seized the barracks": the men of the person he stands for
                leader = self.antecedent(pronouns[0], PRONOUN_KINDS[pronouns[0].lower_])
                if leader is not None and leader.kind == "Person":
                    return self.mens_of(leader, pronouns[0], token)
                return None
            if pronouns and pronouns[0].lower_ not in {"his"}:  # "its troops", "their fighters"
                found = self.antecedent(pronouns[0], PRONOUN_KINDS[pronouns[0].lower_])
                if found is not None and found.kind == "Country" and token.lower_ in NATIONAL_ARMY_NOUNS:
                    return self.national_army(found.name, token) or found  # "Russia ... its forces"
                if found is not None and found.kind == "Government" and token.lower_ in NATIONAL_ARMY_NOUNS and is_defence_body(found.name):
                    return self.army_of_government(found, token) or found  # "Russia's Defence Ministry said its forces had taken X"
                return found
            possessors = [c for c in token.children if c.dep_ in POSSESSIVE and c.text.islower() and c.lower_ not in PRONOUN_KINDS]
            if possessors and token.lower_ in ARMED_MEN_NOUNS:
                # "the courts' fighters", "the movement's gunmen": the men of the body the
                # possessor stands for (a group; "the government's forces" are read below)
                found = self.mention(possessors[0])
                if found is not None and found.kind in ARMED_BODY_KINDS:
                    return replace(found, start_char=possessors[0].idx, end_char=token.idx + len(token.text))
            if token.i > 0 and self.lowers[token.i - 1] in COMPASS_ADJECTIVES and token.lower_ in COMPASS_FORCE_NOUNS:
                # "northern troops", "the southern army": one side of a country split in
                # two (Yemen 1994, Sudan), whatever noun the story uses, not the state's army
                # ("southern separatists" are a movement the story names: see below)
                side = self.tokens[token.i - 1]
                end = token.idx + len(token.text)
                return EntityMention(
                    text=self.text[side.idx : end], label="ORG", kind="ArmedGroup", start_char=side.idx, end_char=end,
                    canonical=f"{side.lower_} forces",
                )
            unit = self.unit_named_in_plural(token) or self.unit_named_after(token)
            if unit is not None:
                # "Marines of 42 Commando landed ... By nightfall the commandos held the town";
                # "Soldiers smashed through the gates ... The soldiers belonged to X": X's
                return unit
            sole = self.sole_foreign_army_named(token)
            if sole is not None:
                return self.national_army(sole, token)  # "Israeli troops entered ... Since then troops have pushed"
            modifier = self.lowers[token.i - 1] if token.i > 0 else ""
            named = self.entity_span(self.tokens[token.i - 2]) if token.i >= 2 and modifier in GOVERNMENT_FORCE_MODIFIERS else None
            if named is not None and named.end == token.i - 1 and (country := self.span_mention(named)).kind == "Country" and token.lower_ in NATIONAL_ARMY_NOUNS:
                # "Sudanese government troops", "Ethiopian government forces": that state's army,
                # whichever the story is about
                army = self.national_army(country.name, token, start=named.start_char, end=token.idx + len(token.text))
                if army is not None:
                    return army
            if modifier == "loyalist" and token.lower_ in FORCE_NOUNS:
                # "Loyalist units" after "Arafat loyalists" in the headline: those the story
                # said whose (else, as before, the story's army: loyal to its government)
                described = self.described_before(self.tokens[token.i - 1], word="loyalists")
                if described is not None and described.kind in ARMED_BODY_KINDS:
                    # (not "Gbagbo loyalists" read as the state's: its army is loyal to him)
                    start, end = self.tokens[token.i - 1].idx, token.idx + len(token.text)
                    return replace(described, text=self.text[start:end], start_char=start, end_char=end)
            if self.speaks_of_own_army(token) or self.only_army_of_article(token):
                army = self.home_army(token)
                if army is not None and token.i > 0 and self.lowers[token.i - 1] in GOVERNMENT_FORCE_MODIFIERS:
                    # "government troops": the words the article uses, an alias of the army's node
                    modifier = self.tokens[token.i - 1]
                    army = replace(army, text=self.text[modifier.idx : army.end_char], start_char=modifier.idx)
                return army
            for child in token.children:  # "coalition warplanes": the coalition's
                if child.dep_ in COMPOUND and child.lower_ in NAMED_GROUP_ANAPHORS:
                    return self.salient_group(child, skip_armies=False)
            previous = self.lowers[token.i - 1] if token.i > 0 else ""
            if previous in INSURGENT_ADJECTIVES and token.lower_ in FORCE_NOUNS:
                # "rebel positions", "jihadist fighters": the rebels the story said whose
                # ("Libyan rebels" in its headline), else the rebels the article is about;
                # in its first lines, before any is named, the group it calls so later
                indefinite = any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in token.children)
                described = (
                    self.described_before(self.tokens[token.i - 1], word=INSURGENT_PLURALS[previous])
                    if token.lower_ in ARMED_MEN_NOUNS and not indefinite else None  # not "the rebel movement"
                )
                if described is not None:
                    return replace(described, end_char=token.idx + len(token.text))
                return self.salient_group(self.tokens[token.i - 1], skip_armies=True) or self.called_possessively(token)
            if token.lower_ == "force" and previous == "the" and all(c.dep_ in {"det", "case"} for c in token.children) and (
                self.lowers[token.i + 1 : token.i + 2] not in {("of",), ("'s",), ("’s",)}
            ):
                # "The director general of the force, X": the armed body named last before
                # it ("the headquarters of the Bangladesh Rifles"), not a state's army
                return self.force_named_before(token)
            if token.lower_ in HOLDING_MEN_NOUNS and previous == "the" and all(c.lower_ == "the" for c in token.children) and (
                token.dep_ in NOMINAL_SUBJECT and VERB_TRIGGERS.get(self.lemma(token.head), _BACK).predicate == "controls"
            ):
                # "By late August the soldiers held X": the soldiers the story said whose
                # last ("Papua New Guinean soldiers"), when no rule above reads them; only as
                # holders or takers (not "the troops who had stayed loyal to him": described
                # there)
                return self.described_before(token)
            return None
        owner_mention = self.span_mention(owner)
        if token.lower_ in INSURGENT_WORDS and is_national_service_word(owner_mention):
            return None  # "Army rebels": rebels who rose against their army, never the army
        if token.lower_ in GROUP_WORDS and owner.label_ not in {"PER", "ORG"}:
            return None  # "a Kurdish group" is some group, not a country's forces
        start = min(token.idx, owner.start_char)
        end = max(token.idx + len(token.text), owner.end_char)
        if owner.start > token.i and owner.end < len(self.lowers) and self.lowers[owner.end] in FORCE_NOUNS | NAMED_UNIT_HEADS:
            # "soldiers of the Seychelles army": the words run to the army the owner names
            # (the text is the node's alias: "soldiers of the Seychelles" names nothing)
            end = max(end, self.tokens[owner.end].idx + len(self.tokens[owner.end].text))
        text = self.text[start:end]
        if owner.label_ == "ORG" and owner.end == token.i and self.is_people_adjective(owner) and token.lower_ in ARMED_MEN_NOUNS:
            # "the South Ossetian militia", "Abkhaz forces": a people's force the model took
            # the adjective of for an organisation's name (one name for all its nouns)
            noun = "forces" if token.lower_ in NATIONAL_ARMY_NOUNS else "militia" if token.lower_.startswith("militia") else token.lower_
            return EntityMention(
                text=text, label="ORG", kind="ArmedGroup", start_char=start, end_char=end, canonical=f"{owner.text} {noun}",
            )
        if owner.label_ == "PER" and owner.start > token.i and token.lower_ in ARMED_MEN_NOUNS and (side := self.faction_before(token)) is not None:
            # "Nationalist insurgents under the command of Colonel X": the side's men, and
            # X one of its commanders (not a force of his own)
            return side
        if owner.label_ in {"PER", "ORG"} or self.person_like(owner):
            # Resolution decides: a person's forces are the group they lead; an
            # organisation's forces are the organisation itself.
            if owner.start > token.i:
                # ("Army units loyal to X": the words before the noun are the mention's too)
                start = min(start, self.words_before_force_noun(token).idx)
                text = self.text[start:end]
            return EntityMention(
                text=text, label="ORG", kind="ArmedGroup", start_char=start, end_char=end,
                commander=owner_mention.name,
            )
        if owner.label_ == "NORP" and owner.start > 0 and self.lowers[owner.start - 1] == "ethnic" and token.lower_ in NATIONAL_ARMY_NOUNS:
            # "ethnic Armenian forces": a people's fighters, no state's army (those of
            # Karabakh, not of Armenia); one name for all their nouns
            return EntityMention(
                text=text, label="ORG", kind="ArmedGroup", start_char=start, end_char=end, canonical=f"ethnic {owner.text} forces",
            )
        people = self.people_within_state(owner) if token.lower_ in FORCE_NOUNS else None
        if people is not None:
            # "the Bosnian Serb army", and "Serb troops" in a story about them: a people's
            # force inside another state, never the army of the state the word names
            return EntityMention(
                text=text, label="ORG", kind="ArmedGroup", start_char=start, end_char=end, canonical=f"{people} forces",
            )
        seat = (
            gazetteer.capital_country(owner.text, self.year)
            if owner_mention.kind == "Place" and owner.end < token.i and self.lowers[owner.end] in {"'s", "’s"} else None
        )
        if seat is not None and token.lower_ in NATIONAL_ARMY_NOUNS:
            # "in support of Saigon's forces": the army of the state the capital stands for
            army = self.national_army(seat.name, token, text=text, start=start, end=end)
            if army is not None:
                return army
        with_ground_troops = token.lower_ == "tanks" and token.i + 2 < len(self.lowers) and self.lowers[token.i + 1] == "and" and any(
            w in NATIONAL_ARMY_NOUNS for w in self.lowers[token.i + 2 : token.i + 5]
        )  # "Soviet tanks and infantry", "Ethiopian tanks and Somali government soldiers": armies on the
        # ground (tanks alone may be a state's support: "backed by Angolan tanks and jets")
        if owner.label_ in {"NORP", "GPE"} and owner_mention.kind == "Country" and token.lower_ in POLICE_NOUNS:
            # "Macedonian police took over the village": the state's police, a force of
            # its own beside the army
            demonym = gazetteer.demonym_of(owner_mention.name)
            if demonym is not None:
                return EntityMention(
                    text=text, label="ORG", kind="ArmedGroup", start_char=start, end_char=end, canonical=f"{demonym} police",
                )
        if owner.label_ in {"NORP", "GPE"} and owner_mention.kind == "Country" and (
            token.lower_ in NATIONAL_ARMY_NOUNS or with_ground_troops or token.lower_ in HELD_POINT_NOUNS and owner.end == token.i
        ):
            # "the Sudanese army", "Sudan's army", "Russian troops": the national army, an
            # armed group of its own (the state also acts by diplomacy, money, recognition);
            # "Indian positions", "Israeli posts" are held by that army too
            army = self.national_army(owner_mention.name, token, text=text, start=start, end=end)
            if army is not None:
                return army
        if owner.label_ in {"NORP", "GPE", "LOC"} and token.lower_ in IRREGULAR_FORCE_NOUNS:
            name = f"{owner.text} {token.lower_}"
            return EntityMention(text=name, label="ORG", kind="ArmedGroup", start_char=start, end_char=end)
        if (
            owner.label_ == "GPE" and owner_mention.kind == "Place" and owner.end < token.i and self.lowers[owner.end] in {"'s", "’s"}
            and token.lower_ in NATIONAL_ARMY_NOUNS and is_actor(owner_mention)
        ):
            # "Somaliland's army", "Puntland's forces": a land no gazetteer calls a state,
            # with an army of its own (one name for all its nouns)
            return EntityMention(
                text=text, label="ORG", kind="ArmedGroup", start_char=start, end_char=end, canonical=f"{owner.text} forces",
            )
        if owner.label_ == "NORP" and owner_mention.kind != "Country" and token.lower_ in NATIONAL_ARMY_NOUNS:
            # "Tigrayan forces", "Tigrayan troops", "Kurdish units": a people's own armed
            # force with no state behind it; one name for all its nouns
            return EntityMention(
                text=text, label="ORG", kind="ArmedGroup", start_char=start, end_char=end,
                canonical=f"{owner.text} forces",
            )
        if owner_mention.kind == "Place" and token.lower_ in NATIONAL_ARMY_NOUNS and self.only_describers_between(owner.end, token.i):
            # "the Karabakh forces", "Puntland troops", "Abkhaz separatist forces": a
            # region's (or a people's the model took for one) own armed force
            return EntityMention(
                text=text, label="ORG", kind="ArmedGroup", start_char=start, end_char=end,
                canonical=f"{owner_mention.name} forces",
            )
        if owner_mention.kind in {"Place", "Facility"}:
            return None  # "the airport's guards" are no actor we can name
        # A group's or a country's own forces are that group or country.
        return replace(owner_mention, text=text, start_char=start, end_char=end)

    def place_named(self, words: Sequence[str]) -> EntityMention | None:
        """The place the story names with exactly these words (lower-case), if any."""
        if self._places_by_words is None:
            self._places_by_words = {
                tuple(self.lowers[ent.start : ent.end]): self.span_mention(ent)
                for ent in self.ents if ent._.frontline_kind == "Place"
            }
        return self._places_by_words.get(tuple(words))

    def peoples_force(self, people: Token, noun: Token) -> EntityMention:
        """The force a people's or a side's word names ("Tigrayan forces", "Nationalist
        insurgents"): the one armed group the article names with that word first
        ("Sandinista fighters": the Sandinista National Liberation Front), else a force
        of its own the NER did not tag (its name is no country the gazetteer knows)."""
        named = self.group_starting_with(people.text, noun)
        if named is not None:
            return named
        return EntityMention(
            text=self.text[people.idx : noun.idx + len(noun.text)], label="ORG", kind="ArmedGroup",
            start_char=people.idx, end_char=noun.idx + len(noun.text), canonical=f"{people.text} forces",
        )

    def faction_before(self, noun: Token) -> EntityMention | None:
        """The side a capitalised "-ist" word right before the noun names ("Nationalist
        insurgents", "Royalist troops"), if the word is no name of its own."""
        before = self.tokens[noun.i - 1] if noun.i > 0 else None
        if before is None or not FACTION_SHAPE.match(before.text) or before.lower_ in INSURGENT_ADJECTIVES or self.entity_span(before) is not None:
            return None
        return self.peoples_force(before, noun)

    def group_starting_with(self, word: str, token: Token, *, possessive: bool = False) -> EntityMention | None:
        """The one armed group the article names with this first word ("Sandinista
        fighters": the Sandinista National Liberation Front), or with this word's
        possessive ("the Sultan's forces": the Sultan's Armed Forces); None if none or
        several."""
        found = {
            mention.name: mention for ent in self.ents
            if ent.label_ == "ORG" and len(ent) > 1 + possessive and ent[0].text == word
            and (not possessive or ent[1].text in {"'s", "’s"})
            and not is_peoples_plural(ent[-1].text)  # "the Karabakh forces" are no "Karabakh Armenians": resolution decides
            and (mention := self.span_mention(ent)).kind in ARMED_BODY_KINDS
        }
        if len(found) != 1:
            return None
        return replace(next(iter(found.values())), start_char=token.idx, end_char=token.idx + len(token.text))

    def only_describers_between(self, start: int, end: int) -> bool:
        """Tokens start..end are at most two lower-case describing words ("separatist",
        "regional special") or none: a name and its noun in one phrase."""
        return 0 <= end - start <= 2 and all(
            self.tokens[k].text.isalpha() and self.tokens[k].text.islower() and self.tokens[k].pos_ in {"ADJ", "NOUN"}
            for k in range(start, end)
        )

    def people_within_state(self, owner: Span) -> str | None:
        """ "Bosnian Serb" for "Serb" when the story names "Bosnian Serb" forces (a
        state's adjective right before a people's, before armed men or alone as
        "the Bosnian Serbs"); None for a demonym the story never qualifies so."""
        if owner.label_ != "NORP":
            return None
        if self._peoples_within is None:
            found: dict[str, str] = {}
            for first, second in zip(self.ents, self.ents[1:]):
                if first.end != second.start or first.label_ not in {"NORP", "GPE"} or second.label_ != "NORP":
                    continue
                following = self.lowers[second.end] if second.end < len(self.lowers) else ""
                if following in ARMED_MEN_NOUNS or second.text.endswith("s"):
                    found.setdefault(second.text.removesuffix("s"), f"{first.text} {second.text.removesuffix('s')}")
            self._peoples_within = found
        previous = self.entity_span(self.tokens[owner.start - 1]) if owner.start > 0 else None
        if previous is not None and previous.end == owner.start and previous.label_ in {"NORP", "GPE"}:
            return f"{previous.text} {owner.text}"
        region = self.region_before(owner.start)
        if region is not None:
            return f"{region} {owner.text}"  # "the Krajina Serb army": a region's people
        return self._peoples_within.get(owner.text)

    def region_before(self, k: int) -> str | None:
        """The capitalised word right before token ``k`` that no entity holds and that
        opens no sentence ("Krajina" in "the Krajina Serb army"), if any."""
        if k < 2:
            return None
        before = self.tokens[k - 1]
        if not before.is_alpha or not before.text[:1].isupper() or before.is_stop or before.is_sent_start:
            return None
        if self.entity_span(before) is not None or self.lowers[k - 1] in TITLE_WORDS or self.lowers[k - 1] in CALENDAR_WORDS:
            return None  # (not "On Monday Chadian forces")
        return before.text

    def is_people_adjective(self, ent: Span) -> bool:
        """ "South Ossetian", "Abkhaz" before "militia" or "forces": a people's adjective
        (its last word shaped like one) the article never uses alone,
        only before a noun for armed men (unlike "the Houthis", "Hezbollah said")."""
        last = ent[-1].text
        if not PEOPLE_ADJECTIVE.match(last):
            return False
        n = len(ent)
        words = [t.lower_ for t in ent]
        for k in self.reading.where_lower((words[0],)):
            if self.lowers[k : k + n] == words and (k + n >= len(self.lowers) or self.lowers[k + n] not in ARMED_MEN_NOUNS):
                return False
        return True

    def national_army(
        self, country_name: str, token: Token, *, text: str | None = None, start: int | None = None, end: int | None = None
    ) -> EntityMention | None:
        name = gazetteer.army_name_of_the_time(country_name, self.year)
        if name is None:
            return None
        return EntityMention(
            # a bare "forces" as the text is kept apart by resolution (no capital: no name)
            text=text or token.text, label="ORG", kind="ArmedGroup",
            start_char=token.idx if start is None else start,
            end_char=token.idx + len(token.text) if end is None else end,
            canonical=name,
        )

    def is_craft_qualifier(self, k: int, noun: str) -> bool:
        """Whether word ``k``, between an owner and ``noun``, only says what kind of
        craft the noun is: a model ("B-52", "T-54") or an aircraft's role ("transport
        planes"), so the owner's name before it still owns the noun."""
        return MODEL_DESIGNATION.match(self.tokens[k].text) is not None or self.lowers[k] in AIRCRAFT_ROLE_WORDS and noun in AIRCRAFT_NOUNS

    def army_of_staff(self, token: Token) -> EntityMention | None:
        """ "the South Vietnamese high command", "Ukraine's general staff": the army the
        state's commanders command (a spokesman for them speaks for it)."""
        before = token.i - 2  # the word before "high" / "general"
        if before >= 1 and self.lowers[before] in {"'s", "’s"}:
            before -= 1
        owner = self.entity_span(self.tokens[before]) if before >= 0 else None
        if owner is None or owner.end != before + 1:
            return None
        found = self.span_mention(owner)
        if found.kind != "Country":
            return None
        return self.national_army(
            found.name, token, text=self.text[owner.start_char : token.idx + len(token.text)], start=owner.start_char,
            end=token.idx + len(token.text),
        )

    def whose_men(self, token: Token) -> EntityMention | None:
        """ "Sherzai, whose fighters had battled the Taliban": the men of the person (or
        the body itself) the relative clause hangs on, read off the words: the name right
        before ", whose" (the parser often misses the clause)."""
        whose = next(c for c in token.children if c.lower_ == "whose")
        if whose.i < 2 or self.lowers[whose.i - 1] != ",":
            return None
        owner = self.mention(self.tokens[whose.i - 2])
        if owner is None:
            return None
        if owner.kind == "Person":
            return self.mens_of(owner, whose, token)
        return owner if owner.kind in ARMED_BODY_KINDS else None

    def body_formed_by(self, token: Token) -> EntityMention | None:
        """ "The mutineers, who have since formed the X, took ...": the body those the
        noun describes formed stands for them."""
        if token.pos_ != "NOUN" or token.tag_ not in {"NNS", "NNPS"}:
            return None
        for clause in token.children:
            if clause.dep_ not in RELATIVE_CLAUSE or self.lemma(clause) not in FORMING_VERBS:
                continue
            if not any(c.dep_ in NOMINAL_SUBJECT and c.lower_ == "who" for c in clause.children):
                continue
            for made in clause.children:
                found = self.mention(made) if made.dep_ in {"obj", "dobj"} else None
                if found is not None and found.kind in ARMED_BODY_KINDS:
                    return replace(found, start_char=token.idx, end_char=token.idx + len(token.text))
        return None

    def mens_of(self, leader: EntityMention, first: Token, noun: Token) -> EntityMention:
        """The armed men ``first`` .. ``noun`` names ("his men", "whose fighters"): the
        forces of the person ``leader`` (resolution makes them the group he leads)."""
        end = noun.idx + len(noun.text)
        return EntityMention(
            text=self.text[first.idx : end], label="ORG", kind="ArmedGroup", start_char=first.idx, end_char=end,
            commander=leader.name,
        )

    def names_own_forces(self, our: Token) -> bool:
        """ "our forces", "our defence and security forces": the words right after "our",
        up to a comma, end in armed men (read off the words: the parser may make
        "defence" the head)."""
        k = our.i + 1
        while k < len(self.tokens) and k - our.i <= 5 and self.tokens[k].pos_ in {"NOUN", "ADJ", "CCONJ", "PROPN"}:
            if self.lowers[k] in FORCE_NOUNS:
                return True
            k += 1
        return False

    def army_of_government(self, government: EntityMention, token: Token) -> EntityMention | None:
        """The army of the state a government body belongs to ("the Afghan Defence
        Ministry": the Afghan army), the article's own when its name says no country."""
        country = gazetteer.country_opening(government.name)
        return self.national_army(country.name, token) if country else self.home_army(token)

    def speaks_of_own_army(self, token: Token) -> bool:
        """ "the army", "the military", "government forces", "federal troops": a
        national army named by no country, the article's own."""
        word = token.lower_
        previous = self.lowers[token.i - 1] if token.i > 0 else ""
        if word in HELD_POINT_NOUNS:
            return previous in GOVERNMENT_FORCE_MODIFIERS | {"army", "military"}  # "overran several hundred military posts"
        if word in GOVERNMENT_ARMOUR_NOUNS:
            return previous in GOVERNMENT_FORCE_MODIFIERS or previous == "army" and word in ARMY_PART_NOUNS  # "against government lines", "strikes on government armour", "army tanks"
        if previous == "army" and word in ARMY_PART_NOUNS:
            return True  # "army units retook X", "army garrisons still hold Y"
        if word not in NATIONAL_ARMY_NOUNS:
            return False
        modifiers = [c for c in token.children if c.dep_ in COMPOUND | {"amod", "det"}]
        if any(c.lower_ in GOVERNMENT_FORCE_MODIFIERS for c in modifiers):
            return True
        if previous in GOVERNMENT_FORCE_MODIFIERS:
            return True  # parse-free: "government forces"
        if previous in {"'s", "’s"} and token.i > 1 and self.lowers[token.i - 2] in {"country", "nation"}:
            return True  # "the country's army"
        following = self.lowers[token.i + 1] if token.i + 1 < len(self.lowers) else ""
        if (
            word in {"army", "military"} and following in {"control", "hands", "-"} | SPOKESPERSON_NOUNS
            or word == "army" and following in ARMY_HEAD_NOUNS
            or word in {"army", "military"} and following in ARMY_ATTACK_NOUNS
        ) and previous != "'s":
            # "under army control", "still in army hands", "army-held", "Army spokesman X",
            # "the army commander", "fled an army offensive against X"
            return True
        if word == "forces" and previous == "armed" and token.i > 1:
            return self.lowers[token.i - 2] == "the"  # "the armed forces"
        if previous == "regular":
            return word in {"army", "military", "troops", "forces", "soldiers"}  # "alongside the regular army"
        if previous == "loyal":
            return True  # "loyal troops retook the barracks", "Loyal units now hold X": loyal to the state, its army
        if previous == "new" and token.i > 1 and self.lowers[token.i - 2] == "the":
            return word in {"army", "military"}  # "sent officers to help train the new army"
        owner = self.tokens[token.i + 2] if following == "of" and token.i + 2 < len(self.tokens) else None
        if word == "army" and owner is not None and (owner.lower_ == "the" or owner.is_lower):
            # "the army of the new republic", "the army of the north": someone's own (not
            # "the army of Marshal X", whose army the story's is)
            return False
        return word in {"army", "military"} and previous == "the"

    def before_government_modifiers(self, token: Token) -> int:
        """Index of the word before "government" and its modifiers: "the" in "the
        internationally recognised government", "'s" in "A's federal government"."""
        k = token.i - 1
        while k >= 0 and (self.lowers[k] in GOVERNMENT_MODIFIERS or self.lowers[k] == "-"):
            k -= 1
        if (
            k >= 3 and HYPHEN_TRIGGERS.get(self.lowers[k], ("",))[0] == "backs" and self.lowers[k] not in {"aligned", "allied"}
            and self.lowers[k - 1] == "-"
            and not (k >= 5 and self.lowers[k - 4] == "," and self.by_token.get(k - 5) is not None)
        ):
            # "the Western-backed government", "the US-backed government": the backer is
            # not whose it is (but "X, the French-backed government of Y" describes X; and
            # "the army-aligned government" is no government the army backs: left unread)
            k -= 3
        return k

    def first_owner_of(self, government: str, owner: str) -> str:
        """The person whose "X's government" first stood for this government node (the
        first one asked about, in text order), or ``owner`` when nobody's did before."""
        return self._government_owners.setdefault(government, owner)

    def government_mention(self, token: Token) -> EntityMention | None:
        """ "the Yemeni government", "Syria's government", "Assad's government", "the
        (federal / internationally recognised) government": a state's government, a
        Government node of its own ("<demonym> government"), the article's main
        country's when no country is named."""
        if self.entity_span(token) is not None:
            return None
        military_aid = token.i + 2 < len(self.tokens) and self.lowers[token.i + 1] == "military" and self.tokens[token.i + 2].pos_ == "NOUN"
        if token.i + 1 < len(self.tokens) and self.lowers[token.i + 1] in FORCE_NOUNS and not military_aid:
            return None  # "government forces" are the army (see speaks_of_own_army); not "government military aid"
        country = None
        owner = None
        k = self.before_government_modifiers(token)
        if k >= 0:
            if self.lowers[k] in {"'s", "’s"} and k > 0:
                k -= 1
            owner = self.entity_span(self.tokens[k])
            if owner is None or self.is_one_word_place(owner, k):
                # "the Árbenz government" the model tagged no name in, "the Salinas
                # government" where it read a town: a surname the story named before
                owner = self.surname_named_before(k) or owner
        if self.lowers[k] == "whose":
            owner = self.person_before_whose(k)  # "Prime Minister X, whose government sent troops": X's
        if k >= 0 and self.lowers[k] in {"his", "her"}:
            owner = self.person_of_possessive(k)  # "said his government, which X has supported": the government of the man he is
        if owner is not None and owner.label_ in {"NORP", "GPE"} and self.span_mention(owner).kind == "Country":
            country = self.span_mention(owner).name
        elif owner is not None and owner.end == k + 1 and (seat := gazetteer.capital_country(owner.text, self.year)) is not None:
            country = seat.name  # "the Athens government": Greece's (the city is no actor)
        elif owner is not None and owner.label_ == "PER" and not self.ever_titled_ruler(owner):
            # "Ardzinba's government" of a man the story never calls president or
            # premier: a government of his own (a separatist one), not the state's
            if owner.end < k:
                # "Jayewardene said ... that his government": his, named for him (the text
                # between is no part of the name)
                start = self.tokens[k].idx
                text = f"{owner.text}'s {self.text[self.tokens[k + 1].idx : token.idx + len(token.text)]}"
            else:
                start = owner.start_char
                text = self.text[owner.start_char : token.idx + len(token.text)]
            return EntityMention(text=text, label="ORG", kind="Government", start_char=start, end_char=token.idx + len(token.text))
        elif owner is not None and owner.label_ == "PER" and (titled := self.titled_country(owner)) is not None:
            country = titled  # "Ruto's government" of "Kenyan President William Ruto": Kenya's
        elif owner is not None and owner.label_ == "PER" and (body := self.titled_body(owner)) is not None:
            # "Bihi's government" of "Somaliland's president, Muse Bihi": a state no
            # gazetteer knows is its own government
            found = self.span_mention(body)
            return replace(found, start_char=owner.start_char, end_char=token.idx + len(token.text))
        elif owner is not None and owner.label_ == "PER" and (subject := self.country_subject_before(owner, token)) is not None:
            country = subject  # "Britain took no part, and Prime Minister X's government said ...": Britain's
        elif owner is not None and owner.end == k + 1 and owner.label_ in {"GPE", "NORP", "LOC"} and self.span_mention(owner).kind == "Place" and (
            self.lowers[owner.end] not in {"'s", "’s"}
        ):
            # "the Tibetan government", "the Tigray regional government": a land no
            # gazetteer knows as a state governs itself, a government of its own (not
            # "Gladstone's government": a man's name the model took for a town)
            start = owner.start_char
            return EntityMention(text=self.text[start : token.idx + len(token.text)], label="ORG", kind="Government", start_char=start, end_char=token.idx + len(token.text))
        elif owner is not None and owner.label_ == "ORG" and owner.end == k + 1:
            # "an RMS government-in-exile", "the Kalden Front government": the body's own,
            # not that of the country the story is set in
            return replace(self.span_mention(owner), end_char=token.idx + len(token.text))
        elif owner is None and token.i + 1 < len(self.lowers) and self.lowers[token.i + 1] in SPOKESPERSON_NOUNS and (
            own := self.untitled_owners_government()
        ) is not None:
            return own  # "Government spokesman X" where the story names the government "Gaddafi's government"
        elif owner is None and token.i + 1 < len(self.lowers) and self.lowers[token.i + 1] in SPOKESPERSON_NOUNS and (
            nearby := self.government_named_nearby(token)
        ) is not None:
            country = nearby  # "The Philippine government has kept its distance. ... government spokesman X": Manila's
        elif owner is not None and owner.label_ == "PER" or k >= 0 and self.lowers[k] == "the" or (
            token.i + 1 < len(self.lowers) and self.lowers[token.i + 1] in {"hands", "control", "-"} | SPOKESPERSON_NOUNS
        ):
            country = self.main_country()  # "Assad's government", "the government", "in government hands", "government spokesman X"
            named_after = self.country_after_of(token) if owner is None else None
            if named_after is not None:
                return government_of(named_after, token.text, token.idx, token.idx + len(token.text))  # "the government of Ethiopia": Ethiopia's, wherever the story is set
            ruler = self.ruler_after_of(token) if owner is None else None
            ruled = self.ruled_country(ruler, country) if ruler is not None else None
            if ruled is not None:
                country = ruled  # "The government of President X, which has let the rebels operate from northern Costa Rica": Costa Rica's
            seat = self.government_seat(token)
            capital_of = gazetteer.capital_country(seat.text, self.year) if seat is not None and seat._.frontline_kind == "Place" else None
            if owner is None and capital_of is not None:
                country = capital_of.name  # "the government in Juba": South Sudan's, whichever country the story is about
            elif owner is None and (opening := self.opening_capital_country(token)) is not None:
                country = opening  # "In Madrid the news has shaken the government of X": Spain's
        if country is None:
            return None
        return government_of(country, token.text, token.idx, token.idx + len(token.text))

    def government_named_nearby(self, token: Token) -> str | None:
        """The country of the last "<country> government" named in this sentence or the
        one before, before the token ("The Philippine government ..."), if any."""
        first = self.previous_sentence_start(token.sent.start)
        for k in range(token.i - 1, first, -1):
            if self.lowers[k] != "government":
                continue
            owner = self.entity_span(self.tokens[k - 1])
            if owner is not None and owner.end == k and self.span_mention(owner).kind == "Country":
                return self.span_mention(owner).name
        return None

    def person_of_possessive(self, pronoun: int) -> Span | None:
        """The last naming, before it, of the person "his" or "her" at ``pronoun`` stands for."""
        person = self.antecedent(self.tokens[pronoun], PRONOUN_KINDS["his"])
        return next((
            e for e in reversed(self.ents)
            if person is not None and e.start < pronoun and e.label_ == "PER" and self.span_mention(e).name == person.name
        ), None)

    def person_before_whose(self, whose: int) -> Span | None:
        """The person named right before ", whose" at ``whose``, if any."""
        if whose < 2 or self.lowers[whose - 1] != ",":
            return None
        named = self.entity_span(self.tokens[whose - 2])
        return named if named is not None and named.label_ == "PER" else None

    def ruler_after_of(self, government: Token) -> Span | None:
        """The person named after "the government of (President)": "the government of
        President X", "the government of X"."""
        k = government.i + 1
        if k + 1 >= len(self.tokens) or self.lowers[k] != "of":
            return None
        k += 1
        while k < len(self.tokens) and self.lowers[k].rstrip(".") in TITLE_WORDS:
            k += 1
        ruler = self.by_token.get(k)
        return ruler if ruler is not None and ruler.start == k and ruler.label_ == "PER" else None

    def country_after_of(self, government: Token) -> str | None:
        """The state named right after "the government of": "the government of El
        Salvador" (not "of President X": see ruler_after_of)."""
        k = government.i + 1
        if k + 1 >= len(self.tokens) or self.lowers[k] != "of":
            return None
        named = self.by_token.get(k + 1)
        if named is None or named.start != k + 1 or named.label_ not in {"GPE", "NORP"}:
            return None
        mention = self.span_mention(named)
        return mention.name if mention.kind == "Country" else None

    def ruled_country(self, ruler: Span, main: str | None) -> str | None:
        """The country a ruler named after "the government of" leads, when it is not the
        story's own: the one his title names anywhere ("Venezuelan President X"), else
        the one country his sentence names when it is another ("... from northern Costa
        Rica", "from Malawian soil"); None to keep the story's own."""
        titled = self.titled_country(ruler)
        if titled is not None:
            return titled
        start, end = self.clause_around(ruler.start)
        named = {
            m.name for ent in self.ents
            if start <= ent.start < end and ent.start != ruler.start and (m := self.span_mention(ent)).kind == "Country"
            and self.lowers[max(0, ent.start - 2) : ent.start] != ("size", "of")  # ("an area the size of Switzerland": a measure)
            and not (ent.end < len(self.lowers) and self.lowers[ent.end] in FORCE_NOUNS)  # ("The French army ... to overthrow the government of X": whose army, not where X rules)
        }
        if len(named) == 1 and main not in named:
            return next(iter(named))
        before = self.state_opening_sentence_before(ruler) if not named else None
        return before if before != main else None

    def state_opening_sentence_before(self, ruler: Span) -> str | None:
        """ "Belgrade has stayed out. The government of President X, which ...": the state
        the sentence before names as its subject (by name or capital), when the ruler's
        sentence opens on "The government of"."""
        sentence = ruler.sent
        words = self.lowers[sentence.start : sentence.start + 3]
        if sentence.start == 0 or len(words) < 3 or words[0] != "the" or words[1] not in RULED_BY_NOUNS or words[2] != "of":
            return None
        previous = self.tokens[self.previous_sentence_start(sentence.start)].sent
        subject = next((t for t in previous if is_root_subject(t)), None)
        ent = self.entity_span(subject) if subject is not None else None
        state = as_actor(self.span_mention(ent), self.year) if ent is not None else None  # (a capital stands for its state)
        return state.name if state is not None and state.kind == "Country" else None

    def clause_around(self, k: int) -> tuple[int, int]:
        """The words around ``k`` up to ", and", ", but" or ";" on either side, within its
        sentence: one of the clauses a sentence joins."""
        sent = self.tokens[k].sent
        start = k
        while start > sent.start and not self.joins_clauses(start - 1):
            start -= 1
        end = k
        while end < sent.end and not self.joins_clauses(end):
            end += 1
        return start, end

    def joins_clauses(self, k: int) -> bool:
        return self.lowers[k] == ";" or self.lowers[k] == "," and k + 1 < len(self.lowers) and self.lowers[k + 1] in {"and", "but"}

    def government_seat(self, government: Token) -> Span | None:
        """The town named as a government's seat: "the government in Juba", "the
        government of President X in Zagreb"."""
        k = government.i + 1
        if k + 1 < len(self.tokens) and self.lowers[k] == "of":
            ruler = self.ruler_after_of(government)  # "of President X", "of Prime Minister X"
            if ruler is None:
                return None
            k = ruler.end
        if k + 1 >= len(self.tokens) or self.lowers[k] != "in":
            return None
        return self.entity_span(self.tokens[k + 1])

    def country_subject_before(self, person: Span, government: Token) -> str | None:
        """The country that opens the person's sentence or is the subject of a clause in it
        ("Britain, whose Queen ..., took no part, and Prime Minister X's government said"):
        the state whose ruler a man titled with no country ("Prime Minister X") is, when
        the government is the subject of a clause of its own (not "Russia backed X's
        government")."""
        if government.dep_ not in NOMINAL_SUBJECT:
            return None
        found = None
        for ent in self.ents:
            if ent.start >= person.start:
                break
            opening = ent.start == person.sent.start  # (the parser may read the opening name otherwise)
            if ent.start >= person.sent.start and (ent.root.dep_ in NOMINAL_SUBJECT or opening) and self.span_mention(ent).kind == "Country" and (
                ent.root.head != government.head
            ):
                found = self.span_mention(ent).name
        return found

    def body_named_after_of(self, seat: Token) -> Token | None:
        """ "the headquarters of the army's 15th Infantry Division": the body's last word,
        read off the words when the parser hung the name elsewhere."""
        k = seat.i + 1
        if k >= len(self.lowers) or self.lowers[k] != "of":
            return None
        for j in range(k + 1, min(len(self.tokens), k + 6)):
            ent = self.by_token.get(j)
            if ent is not None and ent.label_ == "ORG" and (ent.end >= len(self.lowers) or self.lowers[ent.end] not in {"'s", "’s"}):
                return self.tokens[ent.end - 1]
        return None

    def opening_capital_country(self, token: Token) -> str | None:
        """The country whose capital the token's sentence opens on ("In Madrid, ...",
        "In Amman the army ..."), if it does."""
        seat = self.opening_name(token)
        if seat is None or seat._.frontline_kind not in {"Place", "Country"}:
            return None
        capital_of = gazetteer.capital_country(seat.text, self.year)
        return capital_of.name if capital_of is not None else None

    def titled_country(self, person: Span) -> str | None:
        """The country the story names right before the person's title ("Kenyan President
        William Ruto", "Chad's President X"), at any mention of the surname; None if none."""
        for j in self.ruler_titles(person):
            if j < 1:
                continue
            if self.lowers[j] == "minister" and self.lowers[j - 1] == "prime":
                j -= 1
            j -= 1
            if j >= 0 and self.lowers[j] in {"'s", "’s"}:
                j -= 1
            country = self.entity_span(self.tokens[j]) if j >= 0 else None
            if country is not None and self.span_mention(country).kind == "Country":
                return self.span_mention(country).name
            if country is None and j >= 2 and self.lowers[j] == ",":
                # "In Nairobi, President X": the capital the story speaks from
                seat = self.entity_span(self.tokens[j - 1])
                capital_of = gazetteer.capital_country(seat.text, self.year) if seat is not None and seat.start >= 1 and self.lowers[seat.start - 1] == "in" else None
                if capital_of is not None:
                    return capital_of.name
        return None

    def is_lesser_bare_holder(self, title: Token, person: Span) -> bool:
        """Whether the story names another man with the same bare title ("President X",
        no state before it) more often than ``person`` (by surname): of two bare
        presidents, the one it speaks of most is its own state's."""
        counts = self.bare_title_surnames().get(title.lower_)
        if not counts or len(counts) < 2 or title.i > 0 and self.lowers[title.i - 1] in SECOND_HOLDER_WORDS:
            return False
        own = counts.get(self.lowers[person.end - 1], 0)
        return any(n > own for surname, n in counts.items() if surname != self.lowers[person.end - 1])

    def bare_title_surnames(self) -> dict[str, dict[str, int]]:
        """Title word -> surname -> how often the story names the surname, for every man
        named right after a bare head's title ("President X", not "Kenyan President X")."""
        if self._bare_title_surnames is None:
            found: dict[str, dict[str, int]] = {}
            surname_counts = Counter(self.lowers)
            for ent in self.ents:
                if ent.label_ != "PER" or ent.start < 2 or self.lowers[ent.start - 1] not in HEAD_OF_STATE_TITLES - {"minister"}:
                    continue
                if self.lowers[ent.start - 2] in SECOND_HOLDER_WORDS:
                    continue  # ("Vice President X": a second man, counted apart)
                if self.titled_country(ent) is not None or states_named_in(ent.sent, self, besides=ent) - {self.main_country()}:
                    continue  # (a man whose state his title or his sentence names is no rival for the story's)
                surname = self.lowers[ent.end - 1]
                found.setdefault(self.lowers[ent.start - 1], {})[surname] = surname_counts[surname]
            self._bare_title_surnames = found
        return self._bare_title_surnames

    def titled_body(self, person: Span) -> Span | None:
        """The name that owns the person's ruler's title when it is no country the
        gazetteer knows ("Somaliland's president, X"; "the Krajina's president"); None
        if the title has no such owner."""
        for j in self.ruler_titles(person):
            if j >= 3 and self.lowers[j - 1] in {"'s", "’s"}:
                owner = self.entity_span(self.tokens[j - 2])
                if owner is not None and owner.label_ in {"ORG", "GPE", "LOC"} and self.span_mention(owner).kind in BODY_OR_LAND_KINDS:
                    return owner
        return None

    def untitled_owners_government(self) -> EntityMention | None:
        """The one "X's government" the story names after a man it never calls president
        or premier (see government_mention), as that mention; None if none or several."""
        found: list[EntityMention] = []
        for k in self.reading.where_lower(("government",)):
            if k < 2 or self.lowers[k - 1] not in {"'s", "’s"}:
                continue
            owner = self.entity_span(self.tokens[k - 2])
            if owner is not None and owner.label_ == "PER" and not self.ever_titled_ruler(owner):
                end = self.tokens[k].idx + len(self.tokens[k].text)
                found.append(EntityMention(text=self.text[owner.start_char : end], label="ORG", kind="Government", start_char=owner.start_char, end_char=end))
        return found[0] if len({m.text for m in found}) == 1 else None

    def surname_named_before(self, k: int) -> Span | None:
        """ "the Árbenz government" where the model tagged no name: the word at ``k`` as a
        person, when it is a surname of a person the story named before (a family name
        after the given one: "Jacobo Árbenz Guzmán")."""
        word = self.tokens[k]
        if not word.text[:1].isupper() or word.i == word.sent.start:  # (the tagger may call it an adjective)
            return None
        return Span(self.doc, k, k + 1, label="PER") if self.people_with_surname(k) else None

    def is_one_word_place(self, owner: Span, k: int) -> bool:
        """Whether the name is the one word at ``k``, tagged a place (no country)."""
        return owner.start == owner.end - 1 == k and owner.label_ in {"GPE", "LOC"} and self.span_mention(owner).kind == "Place"

    def people_with_surname(self, k: int) -> dict[str, list[Span]]:
        """The people the story named before ``k`` with the word at ``k`` after their
        first name ("Jacobo Árbenz Guzmán" for "Árbenz"), name -> their mentions."""
        word = self.tokens[k].text
        people: dict[str, list[Span]] = {}
        for ent in self.ents:
            if ent.label_ == "PER" and ent.end <= k and word in {t.text for t in self.tokens[ent.start + 1 : ent.end]}:
                people.setdefault(self.span_mention(ent).name, []).append(ent)
        return people

    def person_of_surname(self, k: int) -> Span | None:
        """The one person the story named before ``k`` with the word at ``k`` as a family
        name ("Mahinda Rajapaksa" for "the Rajapaksa government"); of two, the one it
        once names with a ruler's title right before ("President Mahinda Rajapaksa", not
        his brother); None when that leaves no single one."""
        people = self.people_with_surname(k)
        if len(people) > 1:
            people = {
                name: mentions for name, mentions in people.items()
                if any(m.start > 0 and self.lowers[m.start - 1].rstrip(".") in HEAD_OF_STATE_TITLES for m in mentions)
            }
        return next(iter(people.values()))[0] if len(people) == 1 else None

    def ever_titled_ruler(self, person: Span) -> bool:
        """The story calls this person "President X", "Prime Minister X", "King X" (by
        any form of the name) at least once, or "X, who is (both) head of state"."""
        return next(self.ruler_titles(person), None) is not None or self.called_head_of_state(person)

    def titled_sitting_head(self, person: Span) -> bool:
        """Like ``ever_titled_ruler``, but a minister only when prime minister
        ("Interior Minister X" sits in a government; he does not lead it), and never
        called former ("former president X ... until his government collapsed")."""
        titles = list(self.ruler_titles(person))
        if any(self.lowers[k - 1] in FORMER_WORDS for k in titles if k > 0):
            return False
        return any(self.lowers[k].rstrip(".") != "minister" or self.lowers[k - 1] == "prime" for k in titles) or self.called_head_of_state(person)

    def called_head_of_state(self, person: Span) -> bool:
        """ "X, who is both head of state and ...", "X, the head of state": a ruler
        without a ruler's title before his name."""
        surname = self.lowers[person.end - 1]
        for k in self.reading.where_lower(("head",)):
            if self.lowers[k + 1 : k + 3] != ("of", "state"):
                continue
            before = self.lowers[max(0, k - 6) : k]
            if surname in before and "," in before[before.index(surname) :]:
                return True
        return False

    def ruler_titles(self, person: Span) -> Iterator[int]:
        """Where a head of state's title stands right before a mention of the person's
        surname ("President X", "Kenyan President William X") or before the comma of
        one ("Bosnia's president, X"), mention by mention."""
        surname = self.lowers[person.end - 1]
        for k in self.reading.where_lower((surname,)):
            named = self.entity_span(self.tokens[k])
            if named is not None and named.start > 0 and self.lowers[named.start - 1].rstrip(".") in HEAD_OF_STATE_TITLES:
                yield named.start - 1
            elif named is not None and named.start > 1 and self.lowers[named.start - 1] == "," and self.lowers[named.start - 2] in HEAD_OF_STATE_TITLES:
                yield named.start - 2  # "Bosnia's president, Alija Izetbegovic"

    def state_country(self, token: Token) -> EntityMention | None:
        """ "has fought the Turkish state": the country. Only "the <demonym> state" itself,
        not "state media" or "the Islamic State" (a name) or "a state of emergency"; a
        bare "the state" insurgents fight (or that holds ground) is the story's own government."""
        if token.pos_ != "NOUN" or token.dep_ in COMPOUND or token.i < 2:
            return None
        if token.i + 1 < len(self.lowers) and self.lowers[token.i + 1] in {"of", "'s", "’s"}:
            return None
        if self.lowers[token.i - 1] == "the" and (
            self.lowers[token.i - 2] in {"against", "with"} or self.lemma(token.head) in {"fight", "battle", "attack", "challenge"}
            # "a rival insurgency that has also waged war on the state"
            or self.lowers[token.i - 2] == "on" and self.lemma(token.head) in {"war", "attack", "offensive", "wage", "declare"}
            # "while the state holds little more than the capital": the side that governs
            or token.dep_ in NOMINAL_SUBJECT and self.lemma(token.head) in {"hold", "control", "keep", "retain"}
        ):
            # "factions that have fought the state", "an armed struggle against the state":
            # the article's own state's government, whom insurgents fight
            country = self.main_country()
            return government_of(country, token.text, token.idx, token.idx + len(token.text)) if country else None
        if self.lowers[token.i - 2] != "the":
            return None
        owner = self.entity_span(self.tokens[token.i - 1])
        if owner is None or owner.end != token.i or self.span_mention(owner).kind != "Country":
            return None
        country = gazetteer.country_of_demonym(owner.text) or gazetteer.country(owner.text)
        if country is None:
            return None
        return country_mention(country.name, owner.start_char, token.idx + len(token.text))

    def home_police(self, token: Token) -> EntityMention | None:
        """ "in police hands": the one police force the story names ("the Haitian National
        Police"), else the police of the country the article names most."""
        named = {
            self.span_mention(ent).name: ent for ent in self.ents
            if ent._.frontline_kind in {"ArmedGroup", "Organization"} and "police" in self.lowers[ent.start : ent.end]
        }
        if len(named) > 1:
            # "the Military Police" beside "Police Pacification Units": the force, not its units
            named = {name: ent for name, ent in named.items() if self.lowers[ent.end - 1] == "police"}
        if len(named) == 1:
            found = self.span_mention(next(iter(named.values())))
            return replace(found, text=token.text, canonical=found.name, start_char=token.idx, end_char=token.idx + len(token.text))
        country = self.sentence_country(token) or self.main_country()
        demonym = gazetteer.demonym_of(country) if country else None
        if demonym is None:
            return None
        return EntityMention(
            text=token.text, label="ORG", kind="ArmedGroup", start_char=token.idx, end_char=token.idx + len(token.text),
            canonical=f"{demonym} police",
        )

    def home_service(self, token: Token) -> EntityMention | None:
        """ "backed by air force jets and navy gunboats", "the navy denied it": a service
        named by its common noun alone, no state's word before it, is the story's own
        state's (as "the army" is), called "<people> navy" or "<people> air force"."""
        i, word = token.i, self.lowers[token.i]
        if word == "navy":
            start, service = i, "navy"
        elif word == "force" and i >= 1 and self.lowers[i - 1] == "air":
            start, service = i - 1, "air force"
        elif word in SERVICE_CRAFT_NOUNS and i >= 1 and self.lowers[i - 1] == "navy":
            start, service = i - 1, "navy"
        elif word in SERVICE_CRAFT_NOUNS and i >= 2 and self.lowers[i - 2 : i] == ("air", "force"):
            start, service = i - 2, "air force"
        else:
            return None
        if not all(t.text.islower() for t in self.tokens[start : i + 1]):
            return None  # "the Royal Navy", "the Air Force of Zimbabwe": a name of its own
        before = start - 1
        if before >= 0 and (self.entity_span(self.tokens[before]) is not None or self.lowers[before] in {"'s", "’s", "-"}):
            return None  # "the Sri Lankan navy", "Peru's air force": whose the text says
        if before >= 0 and self.lowers[before] in {"its", "their"}:
            # "its air force": the state the pronoun stands for, if it is one
            owner = self.antecedent(self.tokens[before], PRONOUN_KINDS[self.lowers[before]])
            country = owner.name if owner is not None and owner.kind == "Country" else None
        else:
            country = self.sentence_country(token) or self.main_country()
        demonym = gazetteer.demonym_of(country) if country else None
        if demonym is None:
            return None
        first = self.tokens[start]
        return EntityMention(
            text=self.text[first.idx : token.idx + len(token.text)], label="ORG", kind="ArmedGroup",
            start_char=first.idx, end_char=token.idx + len(token.text), canonical=f"{demonym} {service}",
        )

    def home_army(self, token: Token) -> EntityMention | None:
        """ "the army": the army of the country the article names most ("Sudan's army ...
        the army"), never a foreign army named in passing ("two Indian peacekeepers
        were killed ... the army", "Ugandan troops ... the army")."""
        country = self.sentence_country(token) or self.main_country()
        return self.national_army(country, token) if country else None

    def sentence_country(self, token: Token) -> str | None:
        """ "In Iraq, government forces drove them out of Mosul": the country a sentence
        opens with sets whose army "government forces" are, in a story about Syria."""
        ent = self.opening_name(token)
        if ent is None or ent.start + 1 >= token.i or ent.end >= len(self.lowers) or self.lowers[ent.end] != ",":
            return None
        mention = self.span_mention(ent)
        return mention.name if mention.kind == "Country" else None

    def opening_name(self, token: Token) -> Span | None:
        """The name the token's sentence opens on after "In" ("In Iraq, ...", "In Madrid
        the news ..."), if the sentence does and the name comes before the token."""
        start = token.sent.start
        if self.lowers[start] != "in" or start + 1 >= token.i:
            return None
        ent = self.by_token.get(start + 1)
        return ent if ent is not None and ent.start == start + 1 else None

    def only_army_of_article(self, token: Token) -> bool:
        """ "troops drove the rebels out": bare "troops" or "soldiers" are the article's
        own army when it names no other country's army ("Chadian troops" in a story
        about Nigeria make bare "troops" anyone's)."""
        # (the parser garbles "Troops retook X" into one name: "retook" a compound)
        garbled_subject = token.dep_ == "compound" and token.i + 1 < len(self.lowers) and self.lowers[token.i + 1] in TAKEN_VERB_FORMS
        # ("police officers, soldiers and marines occupied X": a conjunct of the subject too)
        role = token.head.dep_ if token.dep_ == "conj" and token.head.i < token.i else token.dep_
        # ("militiamen have fought alongside the troops": the side fought beside)
        beside = token.i >= 2 and self.lowers[token.i - 2 : token.i] in {("alongside", "the"), ("beside", "the")}
        if self.lowers[token.i] not in {"troops", "soldiers"} or role not in NOMINAL_SUBJECT and not garbled_subject and not beside:
            return False  # "Egypt sent troops": the sender's, not the article's army
        if any(not (c.dep_ == "det" and c.lower_ == "the" or c.dep_ in {"punct", "cc"} or beside and c.lower_ in {"alongside", "beside"}) for c in token.children if c.i < token.i):
            return False  # "some troops", "two soldiers", "rebel troops"
        if self.is_called_rebelling(token):
            return False
        main = self.main_country()
        # (armies named so far: "Brazilian forces" further down do not make them anyone's)
        return main is not None and {name for start, name in self.armies_named() if start < token.i} <= {main}

    def is_called_rebelling(self, token: Token) -> bool:
        """ "Insurgent troops", "mutinous soldiers": men rising against their state are never
        its army (read off the words: after a dateline the parser may hang the word off the
        verb)."""
        return token.i > 0 and self.lowers[token.i - 1] in REBELLING_FORCE_MODIFIERS

    def sole_foreign_army_named(self, token: Token) -> str | None:
        """The country whose army bare "troops" or "soldiers" (a sentence's subject) are
        when the one army the article has named so far is another country's than the
        one it names most: the army fighting in someone else's land."""
        if self.lowers[token.i] not in {"troops", "soldiers"} or token.dep_ not in NOMINAL_SUBJECT:
            return None
        if any(not (c.dep_ == "det" and c.lower_ == "the") for c in token.children if c.i < token.i):
            return None  # "some troops", "two soldiers", "rebel troops"
        if self.is_called_rebelling(token):
            return None
        named = {name for start, name in self.armies_named() if start < token.i}
        main = self.main_country()
        return next(iter(named)) if len(named) == 1 and main is not None and named != {main} else None

    def armies_named(self) -> tuple[tuple[int, str], ...]:
        """Where the article names a country's army, and whose ("Sudanese troops", "Chad's army")."""
        if self._armies_named is None:
            named = []
            for ent in self.ents:
                if ent._.frontline_kind != "Country" or ent.end >= len(self.lowers):
                    continue
                k = ent.end + (1 if self.lowers[ent.end] in {"'s", "’s"} else 0)
                if k < len(self.lowers) and self.lowers[k] in NATIONAL_ARMY_NOUNS:
                    named.append((ent.start, self.span_mention(ent).name))
            self._armies_named = tuple(named)
        return self._armies_named

    def main_country(self) -> str | None:
        leading = self.leading_countries()
        return leading[0] if leading else None

    def leading_countries(self) -> tuple[str, ...]:
        """Countries by how often the article names them (ties: the first named), most first.

        A demonym counts half a name ("Ugandan troops" in a story about South Sudan),
        the country of a dateline ("JUBA, South Sudan —") three names, and a town
        named in the country half a name: the war's country is where its towns are,
        though its neighbours' capitals may be named as often ("Beijing", "China")."""
        if self._leading_countries is None:
            counts: dict[str, float] = {}
            for ent in self.ents:
                if ent._.frontline_kind == "Place":
                    country = self.town_country(ent.text)
                    if country is not None:
                        counts[country.name] = counts.get(country.name, 0) + 0.5
                if ent._.frontline_kind == "Country":
                    name = self.span_mention(ent).name
                    weight = 0.5 if ent.label_ == "NORP" else 1.0
                    if ent.start >= 2 and self.lowers[ent.start - 1] == "," and ent.start - 1 in self.dateline_ends:
                        weight += 2  # "JUBA, South Sudan"
                    counts[name] = counts.get(name, 0) + weight
            for dateline in self.datelines:
                town = self.text[dateline.start_char : dateline.end_char]
                country = self.town_country(town) if dateline._.frontline_kind == "Place" else None
                named_after = dateline.end + 1 < len(self.tokens) and self.lowers[dateline.end] == "," and dateline.end + 1 in self.by_token
                if country is not None and country.name in counts and not named_after:
                    # "BAMAKO, Aug 7 -": the town alone says where the story was filed, as
                    # "JUBA, South Sudan -" does with its country (which is counted above);
                    # only for a country the story names itself
                    counts[country.name] += 3
            # sorted() is stable: equal counts keep the order of first mention
            leading = sorted(counts, key=lambda c: -counts[c])
            war = self.country_of_most_towns()
            if war is not None and war in counts:
                leading.remove(war)
                leading.insert(0, war)
            self._leading_countries = tuple(leading)
        return self._leading_countries

    def town_country(self, town: str) -> gazetteer.Place | None:
        """The state a town of the gazetteer lay in when the story was written (Kolwezi in
        1978: Zaire's, not today's Congo's). In a land then split between states (Vietnam
        in 1972) the gazetteer cannot say whose a town was: a capital is its own state's,
        another town the state a dateline names ("HUE, South Vietnam —"), else None."""
        country = gazetteer.country_of_city(town)
        if country is None:
            return None
        states = gazetteer.states_of_the_time(country, self.year)
        if len(states) <= 1:
            return gazetteer.state_of_the_time(country, self.year)
        seat = gazetteer.capital_country(town, self.year)
        named = {seat.name} if seat is not None else self.dateline_countries()
        return next((state for state in states if state.name in named), None)

    def dateline_countries(self) -> frozenset[str]:
        """The countries the article's datelines name after their towns ("JUBA, South Sudan —")."""
        return frozenset(
            self.span_mention(ent).name for ent in self.ents
            if ent._.frontline_kind == "Country" and ent.start >= 2 and self.lowers[ent.start - 1] == "," and ent.start - 1 in self.dateline_ends
        )

    def country_of_most_towns(self) -> str | None:
        """The country where the story's towns are, when they clearly are in one: at
        least three towns a gazetteer places there, twice as many as in any other."""
        towns: dict[str, set[str]] = {}
        for ent in self.ents:
            if ent._.frontline_kind == "Place":
                country = self.town_country(ent.text)
                if country is not None:
                    towns.setdefault(country.name, set()).add(ent.text)
        ranked = sorted(towns, key=lambda c: -len(towns[c]))
        if not ranked or len(towns[ranked[0]]) < 3:
            return None
        runner_up = len(towns[ranked[1]]) if len(ranked) > 1 else 0
        return ranked[0] if len(towns[ranked[0]]) >= 2 * runner_up else None

    def person_like(self, ent: Span) -> bool:
        """A name the NER called a place that no gazetteer knows: in "forces under the
        command of X", X is a commander, not a town."""
        return ent.label_ in {"LOC", "GPE"} and len(ent) >= 2 and gazetteer.city(ent.text) is None and gazetteer.country(ent.text) is None

    def body_at_headquarters(self, facility: EntityMention) -> EntityMention | None:
        """The body whose headquarters a facility mention is ("the headquarters of the
        army's Third Infantry Brigade"), if it is one."""
        span = self.doc.char_span(facility.start_char, facility.end_char)
        if span is None or len(span) != 1 or self.lowers[span.start] != "headquarters":
            return None
        for preposition, noun in prepositional_objects(span[0]):
            ent = self.entity_span(noun) if preposition == "of" else None
            if ent is not None and ent.label_ == "ORG":
                return self.span_mention(ent)
        return None

    def armed_body_of(self, token: Token) -> Span | None:
        """The named armed group in "fighters of X", if X is one."""
        for preposition, noun in prepositional_objects(token):
            ent = self.entity_span(noun) if preposition == "of" else None
            if ent is not None and ent.label_ == "ORG" and ent._.frontline_kind == "ArmedGroup" and self.same_phrase(token, ent):
                return ent
        return None

    def force_owner(self, token: Token) -> Span | None:
        # Left neighbour inside the noun phrase first: "Toure forces", "Turkish troops",
        # "Haftar's forces" (more reliable than a parse of a dateline or a headline).
        if token.i > 0:
            before = token.i - 1
            if before > 0 and self.lowers[before] in WEAPON_MODIFIERS and token.lower_ in STRIKE_NOUNS:
                before -= 1  # "Turkish drone strikes", "Russian air raids": the country's
            ent = self.entity_span(self.tokens[before])
            if ent is None and before > 0 and self.is_craft_qualifier(before, token.lower_):
                before -= 1  # "American B-52 bombers", "Soviet T-54 tanks", "French transport planes": the country's
                ent = self.entity_span(self.tokens[before])
            if ent is None and before > 0 and self.tokens[before].text in {"'s", "’s", "'", "’"}:
                ent = self.entity_span(self.tokens[before - 1])
            if ent is None and before > 0 and self.lowers[before] in REGULAR_FORCE_WORDS and token.lower_ in NATIONAL_ARMY_NOUNS:
                ent = self.entity_span(self.tokens[before - 1])  # "Somali regular troops": Somalia's
                ent = ent if ent is not None and ent._.frontline_kind == "Country" else None
            if ent is None and before > 0 and self.lowers[before] == "armed" and token.lower_ == "forces":
                ent = self.entity_span(self.tokens[before - 1])  # "the Somali armed forces": Somalia's
                ent = ent if ent is not None and ent._.frontline_kind == "Country" else None
            if ent is not None and is_against_prefixed(ent, self.lowers):
                return None  # "anti-Taliban militias" are the Taliban's enemies, not theirs
            if ent is not None and ent.label_ != "PER" and token.lower_ in ARMED_MEN_NOUNS:
                body = self.armed_body_of(token)
                if body is not None:
                    return body  # "Ethnic Kokang fighters of the MNDAA": the MNDAA's, whatever people they are
            if ent is not None and ent.label_ in {"PER", "ORG", "GPE", "NORP"}:
                return ent
        for child in token.children:
            if child.dep_ in POSSESSIVE | COMPOUND | {"amod", "nmod"}:
                ent = self.entity_span(child)
                if ent is not None and ent.label_ in {"PER", "ORG", "GPE", "NORP"}:
                    cases = [c.lower_ for c in child.children if c.dep_ == "case"]
                    if child.dep_ == "nmod" and cases not in (["'s"], ["’s"], ["of"]):
                        continue  # "the militants out of X" are not X's militants
                    if child.i > token.i and not self.same_phrase(token, ent):
                        continue  # "the rebels and troops of X": X's troops, not X's rebels
                    if ent.end <= token.i and "," in self.lowers[ent.end : token.i]:
                        continue  # "by tanks from X, Transnistrian fighters crossed": another phrase
                    if token.i - ent.end >= 2 and any(self.tokens[k].pos_ == "VERB" for k in range(ent.end, token.i)):
                        continue  # "X this month accused government forces": X is the accuser, whatever the parse
                    if ent.end < len(self.lowers) and self.lowers[ent.end] == "-":
                        continue  # "Russian-backed separatists" are not Russia's own
                    return ent
        for preposition, noun in prepositional_objects(token):
            if preposition == "from" and token.lower_ in ARMED_MEN_NOUNS:
                ent = self.entity_span(noun)  # "soldiers from neighbouring Eritrea", "fighters from the Front"
                if ent is not None and (ent._.frontline_kind == "Country" or ent.label_ == "ORG"):
                    return ent
            if preposition == "to" and not any(self.lowers[k] in {"loyal", "allied", "faithful"} for k in range(token.i + 1, noun.left_edge.i)):
                continue  # "has flown tanks to X": given to X, not X's ("troops loyal to X" are X's)
            if preposition in {"of", "to"} or preposition.endswith(" of") and preposition != "out of":
                ent = self.entity_span(noun)
                if ent is None and noun.lower_ in FORCE_NOUNS | NAMED_UNIT_HEADS and noun.i != token.i and preposition != "to":
                    # (not "surrendered his garrison to Chadian troops": handed to them)
                    # ("paratroopers of the RPKAD regiment": the unit named before its noun)
                    ent = self.force_owner(noun)  # "positions of the Palestinian security forces"
                if ent is not None and ent.label_ in {"PER", "ORG", "GPE", "NORP"} and self.same_phrase(token, ent):
                    return ent
        for child in token.children:  # "forces loyal to X", "forces under the command of X"
            if child.dep_ == "nmod" and any(c.dep_ == "case" and c.lower_ in {"with", "without", "against", "by"} for c in child.children):
                continue  # "forces, with the help of X": X helps, the forces are not X's
            if HYPHEN_TRIGGERS.get(child.lower_, ("",))[0] == "backs":
                continue  # "separatists backed by X" are X's clients, not X's own men
            if child.lower_ in {"commanded", "led", "headed"} and self.lowers[child.i - 1] == "," and (
                token.lower_ == "army" or token.lower_ in GROUP_ANAPHORS and self.lowers[token.i - 1] == "the"
            ):
                # "The army, commanded by General X, ...": a state's army and its chief, not
                # his men; "The group, headed by X, ...": the group the story is about
                continue
            if child.dep_ == "acl" and any(c.dep_.startswith("nsubj") or c.dep_.startswith("aux") for c in child.children):
                continue  # "The column on the X road was commanded by Y": a clause of its own the parser hung there
            if child.lower_ in WHERE_WORDS:
                continue  # "rebels on the outskirts of X": where they are, not whose
            if child.lower_ in {"loyal", "under", "commanded", "led", "allied"} or child.dep_ in {"amod", "acl", "prep", "nmod"}:
                for preposition, noun in prepositional_objects(child):
                    if preposition.split()[0] in MOTION_PREPOSITIONS:
                        continue  # "drove rebels loyal to X out of the capital of Y": where they went
                    ent = self.entity_span(noun)
                    if ent is None:
                        for inner_prep, inner in prepositional_objects(noun):
                            if inner_prep == "of":
                                ent = self.entity_span(inner)
                    if (
                        (where := self.entity_span(child)) is not None and where._.frontline_kind in {"Place", "Facility"}
                        and any(c.dep_ == "case" and c.lower_ in {"in", "at", "near", "around"} for c in child.children)
                    ):
                        continue  # "government positions in R district of M province": where they stand, not whose
                    if preposition in STANDING_PREPOSITIONS and ent is not None and ent._.frontline_kind in {"Place", "Facility"}:
                        continue  # "positions on the hills above the X river", "fighters of ... stations in X": where, not whose
                    if (
                        child.lower_ in {"loyal", "allied"} and ent is not None and ent._.frontline_kind in {"Place", "Facility"}
                        and gazetteer.capital_country(ent.text, self.year) is None
                    ):
                        continue  # "Fighters loyal to X still control Y": the parser's "loyal to Y"; nobody is loyal to a town
                    # (in the same phrase: "jets and helicopters of A struck camps of B" are A's)
                    if ent is not None and (ent.label_ in {"PER", "ORG", "GPE"} or self.person_like(ent)) and self.same_phrase(token, ent):
                        return ent
        k = token.i + 1
        if tuple(self.lowers[k : k + 2]) == ("loyal", "to"):
            # "militiamen loyal to former president X", read off the words (the parser
            # often breaks the phrase apart): up to three words of title before the name
            for j in range(k + 2, min(k + 6, token.sent.end)):
                ent = self.entity_span(self.tokens[j])
                if ent is not None:
                    hyphened = ent.end < len(self.lowers) and self.lowers[ent.end] == "-"  # "a rival UN-backed body"
                    return ent if ent.label_ in {"PER", "ORG"} and not hyphened else None
                if self.lowers[j] not in LOYALTY_TITLE_WORDS:
                    break
        if (
            self.lowers[k : k + 2] in {("commanded", "by"), ("led", "by"), ("headed", "by")} and token.lower_ in ARMED_MEN_NOUNS
            and token.head.i == k and not any(c.dep_ in COMPOUND | POSSESSIVE | {"amod"} for c in token.children)
        ):
            # "Troops commanded by the Polish general X marched into Y": his men, when the
            # parser made "commanded" the verb they are the subject of (a participle it
            # hangs on them is read above), and no word of theirs says whose they are
            # ("Rebel forces led by X": the rebels)
            return self.commander_named_from(k + 2, token.sent.end)
        if k < token.sent.end and self.lowers[k] == "under" and token.lower_ in ARMED_MEN_NOUNS:
            # "Insurgent troops under Generalissimo X marched into P": his men, read off
            # the words (the parser often hangs "under X" on the verb)
            return self.commander_named_from(k + 1, token.sent.end)
        if self.lowers[k : k + 3] in {("and", craft, "of") for craft in AIRCRAFT_NOUNS} and token.lower_ in AIRCRAFT_NOUNS:
            # "helicopters and jets of the X Air Force": both X's, read off the words (the
            # parser may join "jets" to the verb)
            k += 3 + (self.lowers[k + 3 : k + 4] == ("the",))
            owner = self.by_token.get(k) if k < token.sent.end else None
            return owner if owner is not None and owner.start == k and owner.label_ in {"ORG", "GPE"} else None
        return None

    def unit_named_after(self, token: Token) -> EntityMention | None:
        """ "Soldiers in armoured vehicles smashed through the gates. The same troops took
        over the bank. The soldiers belonged to X, an army corps ...": men a story names
        no owner for are the unit that sentence, or one of the next two, says they
        belonged to (or were from, or were members of)."""
        if token.lower_ not in UNIT_MEMBER_NOUNS:
            return None
        k = token.sent.start  # (its own sentence too: "The soldiers belonged to X" is about X's)
        for _ in range(3):
            if k >= len(self.tokens):
                return None
            sent = self.tokens[k].sent
            words = self.lowers[sent.start : sent.start + 5]
            if words[:1] == ("the",) and words[1:2] and words[1] in UNIT_MEMBER_NOUNS and (
                words[2:4] in {("belonged", "to"), ("belong", "to"), ("were", "from")} or words[2:5] == ("were", "members", "of")
            ):
                at = sent.start + (5 if words[3] == "members" else 4)
                at += at < sent.end and self.lowers[at] == "the"
                named = self.by_token.get(at)
                if named is not None and named.start == at and named.label_ == "ORG":
                    return replace(self.span_mention(named), start_char=token.idx, end_char=token.idx + len(token.text))
                return None
            k = sent.end
        return None

    def words_before_force_noun(self, token: Token) -> Token:
        """The first of the words naming the kind of men before their noun, right before
        it ("Army units", "royalist troops"), else the noun itself."""
        first = token
        for child in sorted((c for c in token.children if c.i < token.i), key=lambda c: -c.i):
            if child.i != first.i - 1 or child.dep_ not in COMPOUND | {"amod"} or self.entity_span(child) is not None or child.lower_ in TIME_WORDS:
                break  # (not a time: "on Friday evening paratroopers of X")
            first = child
        return first

    def commander_named_from(self, first: int, sentence_end: int) -> Span | None:
        """The person named at ``first`` after up to five words of his titles ("the Polish
        general X", "Generalissimo X"; a people's word among them owns nothing), if any."""
        for j in range(first, min(first + 6, sentence_end)):
            ent = self.entity_span(self.tokens[j])
            if ent is not None and ent.label_ == "NORP":
                continue
            if ent is not None:
                return ent if ent.label_ == "PER" and ent.start == j else None
            if self.lowers[j] not in LOYALTY_TITLE_WORDS | COMMAND_WORDS:
                break
        return None

    def same_phrase(self, token: Token, ent: Span) -> bool:
        """Whether nothing joins another noun in between: in "the rebels and troops of
        X" the parser may hang "of X" on "rebels"."""
        return ent.start < token.i or not any(w in {"and", "or", ",", ";"} for w in self.lowers[token.i + 1 : ent.start])

    def mentions(self, tokens: Iterable[Token], *, demonyms: bool = False) -> list[EntityMention]:
        found = []
        for token in tokens:
            partners = self.together_partners(token) or self.groups_counted_back(token)
            for m in partners or [
                self.mention(token, demonyms=demonyms), *self.coordinated_armies(token), *self.places_counted_back(token),
                *self.numbered_units_before(token), *self.names_apposed_to_plural(token),
                *self.fellow_bodies_of_men(token),
            ]:
                if m is not None and m not in found:
                    found.append(m)
        return found

    def fellow_bodies_of_men(self, token: Token) -> list[EntityMention]:
        """ "fighters of A, B (BB) and C": the groups listed after the first one the men
        are of (the first is the men's own mention). Read off the words: the parser
        often hangs the later names on the verb."""
        if token.lower_ not in ARMED_MEN_NOUNS or token.pos_ != "NOUN":
            return []
        nouns = [noun for preposition, noun in prepositional_objects(token) if preposition == "of"]
        first = self.entity_span(nouns[0]) if nouns else None
        if first is None or first.label_ != "ORG" or first.start <= token.i:
            return []
        named = {self.span_mention(first).name}
        found: list[EntityMention] = []
        k, end = first.end, token.sent.end
        while k < end:
            if self.lowers[k] == "(" and k + 2 < end and self.lowers[k + 2] == ")":
                k += 3  # "(MUJAO)": the acronym of the name before
                continue
            if self.lowers[k] not in {",", "and"}:
                break
            k += 1
            for joining in ("and", "the"):  # ", and the C"
                if k < end and self.lowers[k] == joining:
                    k += 1
            ent = self.by_token.get(k)
            if ent is None or ent.start != k or ent.label_ != "ORG":
                break
            mention = self.span_mention(ent)
            if mention.kind not in NAMED_BODY_KINDS:
                break
            if mention.name not in named:
                named.add(mention.name)
                found.append(mention)
            k = ent.end
        return found

    def names_apposed_to_plural(self, token: Token) -> list[EntityMention]:
        """ "Two armed movements, A and B, sided with the army": the bodies a plural noun
        that names none is set beside."""
        k = self.after_place_phrase(token.i + 1)  # ("Islamist groups in northern Mali, including A and B,")
        if (
            token.lower_ not in APPOSED_PLURALS or k >= len(self.lowers) or self.lowers[k] != ","
            or self.entity_span(token) is not None or self.mention(token) is not None
        ):
            return []
        # read off the words, up to the comma closing the list (the parser seldom sees the
        # apposition); the list opens on a name ("..., among them A and B,"), and a name after
        # "of", "in" or "by" belongs to the one before it ("the Islamic Army in Iraq")
        first = k + 1
        while first < len(self.lowers) and self.lowers[first] in {"the", "among", "them", "including"}:
            first += 1
        if self.by_token.get(first) is None:
            return []
        found: list[EntityMention] = []
        for j in range(first, min(len(self.tokens), k + 40, token.sent.end)):
            if self.lowers[j] == "," or (j == token.sent.end - 1 and self.lowers[j] == "."):
                return found  # (the list closes on a comma or on the sentence's full stop)
            ent = self.by_token.get(j)
            if (
                ent is not None and ent.start == j and self.lowers[j - 1] not in {"of", "in", "by"}
                and (m := self.span_mention(ent)).kind in NAMED_BODY_KINDS | {"Country"}
            ):
                found.append(m)
        return []  # no closing comma: no list set beside the noun

    def after_place_phrase(self, k: int) -> int:
        """The index after "in (the) (northern) X" opening at ``k`` when X is a place's
        or a country's name closing the phrase, else ``k``."""
        if k >= len(self.lowers) or self.lowers[k] not in {"in", "across", "inside"}:
            return k
        j = k + 1
        while j < len(self.lowers) and j - k <= 3 and self.by_token.get(j) is None and self.lowers[j] in PLACE_PHRASE_WORDS:
            j += 1
        ent = self.by_token.get(j)
        if ent is None or ent.start != j or self.span_mention(ent).kind not in {"Place", "Country"}:
            return k
        return ent.end

    def numbered_units_before(self, token: Token) -> list[EntityMention]:
        """ "routing the 34th and 19th Infantry Regiments": the numbers listed before the
        unit that carries the shared words are units too (see the entity rules)."""
        ent = self.entity_span(token)
        if ent is None or ent._.frontline_canonical is None or not re.match(r"\d", ent.text):
            return []
        found = []
        k = ent.start
        while k >= 2 and self.lowers[k - 1] in {"and", ","}:
            before = self.entity_span(self.tokens[k - 2])
            if before is None or len(before) != 1 or before._.frontline_kind != "ArmedGroup" or not before.text[:1].isdigit():
                break
            found.append(self.span_mention(before))
            k -= 2
        return found

    def together_partners(self, token: Token) -> list[EntityMention]:
        """ "... when the front and the Somali army poured across the border. Together
        they have since taken A": "they" with "together" are the last two actors the
        sentence before joins with "and"."""
        if self.lowers[token.i] != "they" or "together" not in self.lowers[max(0, token.i - 2) : token.i + 3]:
            return []
        start = self.previous_sentence_start(token.sent.start)
        for other in reversed(self.tokens[start : token.sent.start]):
            if other.dep_ != "conj" or not start <= other.head.i < other.i or not any(c.dep_ == "cc" and c.lower_ == "and" for c in other.children):
                continue
            pair = [self.mention(other.head), self.mention(other)]
            if all(m is not None and is_actor(m) for m in pair) and pair[0].name != pair[1].name:
                return pair
        return []

    def places_counted_back(self, token: Token) -> list[EntityMention]:
        """ "took A and B, only to lose both towns": "both towns", "the two villages",
        "the three cities" stand for the places of the nearest list before them, when the count fits."""
        if self.lowers[token.i] not in PLURAL_PLACE_NOUNS:
            return []
        counts = [PLACE_COUNT_WORDS.get(self.lowers[c.i]) for c in token.children if c.dep_ in {"det", "nummod", "predet"}]
        wanted = next((count for count in counts if count is not None), None)
        if wanted is None:
            return []
        # Two sentences back ("A seized B, C and D. They declared war. They no longer
        # hold any of those towns"); a count of three or more fits few lists, and
        # may look five back ("... now patrol all four towns")
        first = token.sent.start
        for _ in range(5 if wanted >= 3 else 2):
            first = self.previous_sentence_start(first)
        k = token.i - 1
        while k >= first:
            if wanted == 0 and self.is_open_place_list(k):
                # "pulled out of A and other rural districts of B, and those areas are now
                # held by X": the places named in that open list (none if A is no known place)
                named = self.by_token.get(k - 2)
                if named is None or named._.frontline_kind != "Place":
                    return []
                return [
                    replace(self.span_mention(e), start_char=token.idx, end_char=token.idx + len(token.text), label="GPE", kind="Place")
                    for e in self.listed_places(named)
                ]
            ent = self.by_token.get(k)
            k -= 1
            if ent is None or ent._.frontline_kind != "Place":
                continue
            if ent.start >= 2 and self.lowers[ent.start - 1] == "of" and self.lowers[ent.start - 2] in PLURAL_PLACE_NOUNS:
                continue  # "A and other districts of B": B is where they lie, none of them
            listed = self.listed_places(ent)
            k = listed[0].start - 1  # a list is read whole, never its tail as a shorter one
            places = [self.span_mention(e) for e in listed]
            if len(places) == wanted or wanted == 0 and len(places) >= 2:
                # at the words that count them: the loss comes after the gain in "took A
                # and B, only to lose both towns" (one key per name: see extract_relations)
                return [
                    replace(p, start_char=token.idx, end_char=token.idx + len(token.text), label="GPE", kind="Place")
                    for p in places
                ]
            # else a place of another size ("A and B, east of C, ... both towns"): go on
        return []

    def groups_counted_back(self, token: Token) -> list[EntityMention]:
        """ "A, and the factions B and C ... Iran has armed all three groups": "all three
        groups", "both militias", "the two factions" stand for the bodies of the nearest
        list before them (this sentence or the one before) when the count fits."""
        if self.lowers[token.i] not in COUNTED_GROUP_NOUNS:
            return []
        counts = [PLACE_COUNT_WORDS.get(self.lowers[c.i]) for c in token.children if c.dep_ in {"det", "nummod", "predet"}]
        wanted = next((count for count in counts if count), None)
        if wanted is None:
            return []
        first = self.previous_sentence_start(token.sent.start)
        named = [
            ent for ent in self.ents
            if first <= ent.start and ent.end <= token.i and ent._.frontline_kind in {"ArmedGroup", "Organization"}
        ]
        lists: list[list[Span]] = []
        for ent in named:
            if lists and self.joins_list(lists[-1][-1].end, ent.start):
                lists[-1].append(ent)
            else:
                lists.append([ent])
        for bodies in reversed(lists):  # the nearest list of that many
            if len(bodies) == wanted:
                return [replace(self.span_mention(b), start_char=token.idx, end_char=token.idx + len(token.text)) for b in bodies]
        return []

    def joins_list(self, end: int, start: int) -> bool:
        """Whether two names are items of one list: only list words between them ("A, B
        and C", "A and the factions B"), or a clause set off after the first before ",
        and" ("A, whose leader X commanded the front, and the factions B and C")."""
        between = self.lowers[end:start]
        k = len(between)
        while k > 0 and between[k - 1] in LIST_FILLER_WORDS:
            k -= 1
        if k == 0 or between[k - 1] not in {",", "and"}:
            return False
        listed = all(w in {",", "and"} for w in between[:k]) and k <= 2
        set_off = between[0] == "," and tuple(between[k - 2 : k]) == (",", "and") and k <= 20 and "." not in between
        return listed or set_off

    def is_open_place_list(self, k: int) -> bool:
        """Word ``k`` is the "other" of "A and other (rural) districts"."""
        return (
            k >= 2 and self.lowers[k] == "other" and self.lowers[k - 1] == "and"
            and any(word in PLURAL_PLACE_NOUNS for word in self.lowers[k + 1 : k + 4])
        )

    def listed_places(self, last: Span) -> list[Span]:
        """The places of the list that ``last`` ends: "A, B and C", read off the words
        (the parser hangs such lists in many shapes)."""
        listed = [last]
        k = last.start - 1
        while k > 0 and self.lowers[k] in {",", "and", "or"}:
            j = k - 1 if self.lowers[k - 1] != "," else k - 2  # "A, B, and C"
            ent = self.by_token.get(j)
            if ent is None or ent._.frontline_kind not in {"Place", "Person"}:
                break  # (a town's name in a list of towns may have been taken for a person's)
            listed.insert(0, ent)
            k = ent.start - 1
        return listed

    def places_listed_from(self, first: Span) -> list[Span]:
        """The places of the list that ``first`` opens: "A, B, C and D" (read off the
        words, as ``listed_places``)."""
        listed = [first]
        k = first.end
        joined = False
        while k + 1 < len(self.tokens) and self.lowers[k] in {",", "and", "or"}:
            if joined:
                break  # "A and B, and C's units were falling back": the list ended at B
            joined = self.lowers[k] in {"and", "or"} or self.lowers[k + 1] in {"and", "or"}
            j = k + 1 if self.lowers[k + 1] != "and" else k + 2  # "A, B, and C"
            ent = self.by_token.get(j)
            if ent is None or ent.start != j or ent._.frontline_kind != "Place":
                break
            listed.append(ent)
            k = ent.end
        return listed

    def coordinated_armies(self, token: Token) -> list[EntityMention]:
        """ "Rwandan and Mozambican troops": the second army; "fighters from the A and
        B tribes": A's too (``mention`` gives one)."""
        if self.lowers[token.i] not in ARMED_MEN_NOUNS:
            return []
        armies = []
        for preposition, noun in prepositional_objects(token):
            if preposition in {"from", "of"} and self.entity_span(noun) is not None:
                for child in noun.children:
                    ent = self.entity_span(child) if child.dep_ in COMPOUND else None
                    if ent is not None and ent.label_ == "ORG" and ent != self.entity_span(noun):
                        armies.append(self.span_mention(ent))
        if self.lowers[token.i] not in NATIONAL_ARMY_NOUNS:
            return armies
        for preposition, noun in prepositional_objects(token):
            found = self.country_army(noun) if preposition == "from" and noun.dep_ == "conj" else None
            if found is not None:  # "soldiers from Chad and Niger": Niger's army too
                army, ent = found
                armies.append(replace(army, text=f"{token.text} from {ent.text}"))
        for child in token.children:
            if child.dep_ not in COMPOUND | {"amod"}:
                continue
            if child.dep_ in COMPOUND and child.lower_ in ARMED_MEN_NOUNS and any(c.dep_ == "conj" for c in child.children):
                # "Comorian troops and African Union soldiers": the parser may make the
                # first force a compound of the second's noun; it is a force of its own
                first = self.force_mention(child)
                if first is not None:
                    armies.append(first)
            # "Comorian and AU troops": the owner next to the noun is the AU; the first of
            # the pair is a country, and these are its army too; "Rwandan and Mozambican
            # troops": the second's
            countries = [child] if any(c.dep_ == "conj" for c in child.children) else []
            for word in countries + [other for other in child.children if other.dep_ == "conj"]:
                found = self.country_army(word)
                if found is not None:
                    army, ent = found
                    armies.append(replace(army, text=f"{ent.text} {token.text}"))
        return armies

    def country_army(self, word: Token) -> tuple[EntityMention, Span] | None:
        """The national army of the country ``word`` names ("Chadian", "Niger"), with
        the name's span; None if the word names no country."""
        ent = self.entity_span(word)
        if ent is None or ent.label_ not in {"NORP", "GPE"}:
            return None
        country = self.span_mention(ent)
        army = self.national_army(country.name, word, start=ent.start_char, end=ent.end_char) if country.kind == "Country" else None
        return (army, ent) if army is not None else None


# Words between a country's name and its soldiers that leave them the country's army:
# "Somali regular troops", "Iraqi elite units", "Croatian army troops"
REGULAR_FORCE_WORDS = frozenset("regular elite crack reserve army".split())


def has_words(name: str, words: str) -> bool:
    """Whether ``words`` (lower case) stand whole in the name: "Saudi-led coalition" has
    "coalition", "Forces" has no "force"."""
    return f" {words} " in f" {name.lower()} "


def names_no_town(name: str) -> bool:
    """ "Gezira state", "Lake Tana": names "the city" never stands for."""
    words = name.lower().split()
    return words[-1] in CITY_EXCLUDED_WORDS or not NATURAL_FEATURE_WORDS.isdisjoint((words[0], words[-1]))


def is_dateline(ent: Span, *, text: str | None = None) -> bool:
    """ "MOGADISHU —", "KYIV, Nov 11 -", "JOHANNESBURG/MAPUTO —", "KILIS, Turkey —":
    where a story was filed from, in capitals at the start of its first paragraph; and
    "(AFP) -", the agency that filed it. ``text`` is the span's text when the caller
    has it (Span.text joins its tokens on every access)."""
    doc = ent.doc
    if (
        ent.start > 0 and doc[ent.start - 1].text == "(" and ent.end + 1 < len(doc) and doc[ent.end].text == ")"
        and doc[ent.end + 1].text in {"—", "–", "-"} and ent.start - ent.sent.start <= 8
    ):
        return True  # "BEIRUT, Dec 10 (AFP) -": the agency that filed it
    text = ent.text if text is None else text
    if is_capitals_dateline(ent, text):
        return True
    if not (text.isupper() and len(text) >= 4 and ent._.frontline_kind in {"Place", "Country"}):
        return False
    if ent.start - ent.sent.start > 2:
        return False
    return ent.end < len(doc) and doc[ent.end].text in {"—", "–", "-", ",", "/", "("}


def is_capitals_dateline(ent: Span, text: str) -> bool:
    """ "KILIS, Turkey —": a name in capitals opening a paragraph, then a place and a
    dash, whatever kind the NER gave the name."""
    doc = ent.doc
    short_town = len(text) == 3 and ent._.frontline_kind == "Place"  # "HUE, South Vietnam —" (not "RSF, ...")
    if not (text.isupper() and (len(text) >= 4 or short_town)) or ent.start - ent.sent.start > 0:
        return False
    return ent.end < len(doc) and doc[ent.end].text == "," and any(
        t.text in {"—", "–", "-"} and t.whitespace_ for t in doc[ent.end : min(len(doc), ent.end + 6)]
    )


# Endings of demonyms whose plural is the same word: "the Sudanese", "the British", "the Dutch"
SAME_PLURAL_DEMONYM_ENDINGS = ("ese", "ish", "ch")
STATE_SERVICE_NAME = re.compile(
    r"\b(?:armed forces|police|national guard|republican guard|presidential guard"
    r"|gendarmerie|navy|air force|counter[- ]terrorism service|security forces|special forces"
    r"|marines|marine corps|coast guard|civil guard|general staff)\b",  # ("the rebels" are never "Marines" a headline names)
    re.I,
)
# (a numbered unit, "the 131st Motor Rifle Brigade", "the 58th Army", is a regular army's)
STATE_FORCE_NAME = re.compile(
    rf"\b(?:army|defen[cs]e forces?|military)\b|{STATE_SERVICE_NAME.pattern}"
    r"|^\d+(?:st|nd|rd|th)\b.*\b(?:brigade|division|regiment|battalion|corps)\b",
    re.I,
)


def is_state_service(mention: EntityMention) -> bool:
    """A national army or a service only a state has (police, guards, navy): narrower
    than ``is_state_force``, which a rebel "X Army" also passes (never a "movement":
    "the Armed Forces Movement" of rebel officers)."""
    if MOVEMENT_NAME.search(mention.name):
        return False
    return (mention.canonical or "").endswith(" army") or bool(STATE_SERVICE_NAME.search(mention.name))


def is_national_service_word(mention: EntityMention) -> bool:
    """A state's service named by its bare word or as a service: "Army" (a headline's
    "Army rebels"), "the National Guard"."""
    return mention.name.lower() in {"army", "military", "navy"} or is_state_service(mention)


# Words that make an "army" a movement's: "Lord's Resistance Army", "Bougainville
# Revolutionary Army", "Free Syrian Army"
INSURGENT_ARMY_NAME = re.compile(r"\b(?:liberation|resistance|revolutionary|independence|free|republican|salvation|movement)\b", re.I)
MOVEMENT_NAME = re.compile(r"\bmovement\b", re.I)


def is_speaker(token: Token) -> bool:
    """Whether the token is the subject of a verb of saying ("X told ...", "said X":
    the parser may make the name after "said" its object)."""
    verb = lemma_of(token.head)
    return token.dep_ in NOMINAL_SUBJECT and verb in SPEECH_VERBS or verb == "say" and token.i > token.head.i


# Links inside a noun phrase's own words ("the government of Prime Minister X"), not
# a clause or a description hung on it ("Romania, which shares a language with X")
NOUN_MODIFIER_LINKS = frozenset("nmod nmod:poss poss compound prep pobj flat".split())


def is_noun_modifier_of(token: Token, noun: Token) -> bool:
    """Whether ``token`` hangs on ``noun`` through noun-phrase links only."""
    while token.i != noun.i:
        if token.dep_ not in NOUN_MODIFIER_LINKS or token.head.i == token.i:
            return False
        token = token.head
    return True


DEFENCE_BODY_NAME = re.compile(r"\b(?:defen[cs]e|war) (?:ministry|department|office)\b|\bministry of (?:defen[cs]e|war)\b", re.I)


def is_defence_body(name: str) -> bool:
    """ "Russian Defence Ministry", "Ministry of Defence", "War Office": the body whose
    forces are its state's army."""
    return DEFENCE_BODY_NAME.search(name) is not None


def is_root_subject(word: Token) -> bool:
    """The subject of its sentence's root verb ("X" of "X, which ..., took Y")."""
    return word.dep_ in NOMINAL_SUBJECT and word.head.dep_ in {"ROOT", "root"}


def is_numbered_unit(name: str) -> bool:
    """ "Third Army", "25th Brigade": a unit named by its number."""
    words = name.split()
    return len(words) >= 2 and (words[0].lower() in SPELLED_ORDINALS or ORDINAL.match(words[0]) is not None)


def is_state_force(mention: EntityMention) -> bool:
    """A state's army: never what "the rebels" or "the militants" stand for."""
    if (mention.canonical or "").endswith(" army"):
        return True
    if not STATE_FORCE_NAME.search(mention.name):
        return False
    # (one named after a country may be that state's: "Sudan People's Liberation Army")
    return not INSURGENT_ARMY_NAME.search(mention.name) or gazetteer.country(mention.name.split()[0]) is not None


def is_own_army(country: str, mention: EntityMention) -> bool:
    """Whether the mention is that country's own army ("Kenyan army", "Kenya Defence Forces")."""
    if mention.kind != "ArmedGroup" or not is_state_force(mention):
        return False
    demonym = gazetteer.demonym_of(country)  # "Sri Lankan army", "Sri Lanka Army"
    return any(mention.name.startswith(f"{word} ") for word in (country, demonym) if word)


# What "under his ..." may be for a man who leads: "troops under his command"
COMMAND_NOUNS = frozenset("command leadership control orders authority direction".split())


def is_owned_by_pronoun_not_command(mention: EntityMention, finder: ArgumentFinder) -> bool:
    """ "under his guns": a possessive pronoun whose noun is no command."""
    span = finder.doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
    if span is None or len(span) != 1 or span[0].lower_ not in {"his", "her", "their", "its"}:
        return False
    k = span.end
    while k < len(finder.lowers) and finder.tokens[k].pos_ == "ADJ":
        k += 1  # "under his direct command"
    return k >= len(finder.lowers) or finder.lowers[k] not in COMMAND_NOUNS


def is_listed_before_title(word: Token, title: Token, lowers: Sequence[str]) -> bool:
    """ "by A and Bosnian President B": A stands before the title with "and" between,
    another person of a list, whatever the parser hung A on."""
    return word.i < title.i and "and" in lowers[word.i + 1 : title.i]


def is_owner_of_title(owner: EntityMention, title: Token, finder: ArgumentFinder) -> bool:
    """ "Puntland's president": the name stands, with "'s", right before the title."""
    k = title.i - 1
    return k >= 1 and finder.lowers[k] in {"'s", "’s"} and finder.tokens[k - 1].idx + len(finder.tokens[k - 1].text) == owner.end_char


# Kinds of a name that may own a ruler's title without being a known country
BODY_OR_LAND_KINDS = frozenset({"Government", "Organization", "Place", "ArmedGroup"})


def is_own_government(country: str, mention: EntityMention) -> bool:
    """Whether the mention is that country's own government ("Iranian government")."""
    own = government_of(country, None, 0, 0)
    return mention.kind == "Government" and own is not None and mention.name == own.name


def government_of(country: str, text: str | None, start: int, end: int) -> EntityMention | None:
    """A state's government as a mention: "<demonym> government" (kind Government).
    ``text`` is what the article wrote, or None for the government's own name."""
    demonym = gazetteer.demonym_of(country)
    if not demonym:
        return None
    name = f"{demonym} government"
    return EntityMention(text=text or name, label="ORG", kind="Government", start_char=start, end_char=end, canonical=name)


def span_mention(span: Span, *, text: str | None = None) -> EntityMention:
    """The record of an entity span; ``text`` is the span's text when the caller has it."""
    kind = span._.frontline_kind or "Organization"
    return EntityMention(
        text=span.text if text is None else text, label=span.label_, kind=kind, start_char=span.start_char,
        end_char=span.end_char, canonical=span._.frontline_canonical,
    )


def is_actor(mention: EntityMention) -> bool:
    """Who can back, fight or oppose: not a place, unless the NER calls it a
    geopolitical entity that is no known city (a region acting as a polity)."""
    if mention.kind == "Facility":
        return False
    if mention.kind == "Place":
        return mention.label == "GPE" and gazetteer.city_by_own_name(mention.name) is None and mention.commander is None
    return True


def is_place(mention: EntityMention) -> bool:
    return mention.kind in {"Place", "Facility", "Country"} and mention.label != "NORP"


# Relations that noun phrases describe rather than events that happen.
DESCRIPTIVE_PREDICATES = frozenset({"partOf", "locatedIn", "memberOf", "spokespersonFor", "leads"})
ACTOR_SUBJECT = frozenset({"backs", "fights", "opposes", "controls"})
ACTOR_OBJECT = frozenset({"backs", "fights", "opposes"})


def country_mention(name: str, start: int, end: int) -> EntityMention:
    """The country ``name`` as the mention of the words start..end that stand for it (a
    title, an owner's word): its name as the text too."""
    return EntityMention(text=name, label="GPE", kind="Country", start_char=start, end_char=end, canonical=name)


def as_country(demonym: EntityMention) -> EntityMention:
    """A people's word that names a country ("Cambodian", "French") as the country itself:
    its name as the text too, as a place and an actor are written."""
    return replace(demonym, text=demonym.name, label="GPE", canonical=demonym.name)


def as_actor(mention: EntityMention, year: int | None = None) -> EntityMention:
    """A capital city in an actor's role stands for its country ("Moscow denied ..."),
    in a story of ``year`` the state that sat there then ("Moscow" in 1956)."""
    seat = gazetteer.seat_of_power_country(mention.name)
    if mention.kind != "Place" and seat is None:
        return mention
    # ("the Kremlin backs X": a seat of power stands for its state too, though a
    # spokesman speaks for the seat itself: "Kremlin spokesman X")
    country = gazetteer.capital_country(mention.name, year) if mention.kind == "Place" else None
    country = country or seat
    if country is None:
        return mention
    # the text becomes the country's too: resolution joins a mention's text with its
    # canonical name, and "Tripoli" the city must not become "Libya" everywhere
    return replace(mention, text=country.name, label="GPE", kind="Country", canonical=country.name)


# Fighting that only a state can be the other side of: "has fought Khartoum since 2003"
WAR_ON_A_STATE = frozenset("fight fought fights fighting battle battled war insurgency rebellion".split())


def with_actor_roles(c: "Candidate", text: str, year: int | None = None) -> "Candidate":
    subject = as_actor(c.subject, year) if c.predicate in ACTOR_SUBJECT and not names_a_government(c.subject, text) else c.subject
    # "the offensive on Tripoli": a capital attacked is a place, not its country
    war_on_state = c.predicate == "fights" and c.trigger.lower_ in WAR_ON_A_STATE
    obj = as_actor(c.object, year) if (c.predicate in ACTOR_OBJECT - {"fights"} or war_on_state) and not names_a_government(c.object, text) else c.object
    if c.predicate in {"controls", "fights"}:
        subject = people_under_arms(subject)
    if c.predicate == "fights":
        obj = people_under_arms(obj)  # (after "fought" too: "fought the Tanzanians" is no war on a state's name)
    return replace(c, subject=army_named_by_name(subject), object=army_named_by_name(obj))


def army_named_by_name(mention: EntityMention) -> EntityMention:
    """ "two Bolivian assaults": an army whose text is a bare people's word carries its
    own name as its text (resolution joins a mention's text with its name, and the
    people's word would join the army to the state)."""
    if mention.kind != "ArmedGroup" or mention.canonical is None or gazetteer.country_of_demonym(mention.text) is None:
        return mention
    return replace(mention, text=mention.canonical)


def people_under_arms(mention: EntityMention) -> EntityMention:
    """ "The Rwandans now hold the city", "drove the Ukrainians out": a people that holds
    ground or fights is its state's army (a state's name, "Rwanda", stays the state)."""
    people = mention.text.removeprefix("the ").removeprefix("The ")
    if mention.kind != "Country" or not (is_peoples_plural(people) or people.endswith("ese")):
        return mention  # ("fell to the Sudanese": an "-ese" demonym is its own plural)
    army = gazetteer.national_army_name(mention.name)
    # (the people's name is no alias of the army: resolution would join it to the state)
    return replace(mention, text=army, label="ORG", kind="ArmedGroup", canonical=army) if army is not None else mention


# Head words of bodies that watch, study or report a war and bear no arms
CIVIL_BODY_WORDS = frozenset(
    "observatory institute institution foundation university centre center watch monitor news radio television "
    "forum society academy college school programme program project survey dialogue desk "
    "centro instituto institut observatorio observatoire accademia academia collegio fundación fundacion fondation".split()
)


def town_name(name: str) -> str:
    """The gazetteer's name of the town a name stands for ("Maya-Maya" is Brazzaville), else the name."""
    found = gazetteer.city(name)
    return found.name if found is not None else name


def is_civil_body(name: str) -> bool:
    """ "Syrian Observatory for Human Rights", "Institute for the Study of War": a
    monitor, a research body or a newsroom, never a fighting side."""
    return any(word in CIVIL_BODY_WORDS for word in name.lower().split())


# Words of a broadcaster's or a newsroom's name: "the group" never stands for one
MEDIA_WORDS = frozenset("news radio television broadcasting tv".split())


def is_media_body(name: str) -> bool:
    """ "Trinidad and Tobago Television", "the Trinidad Broadcasting Company", "Rádio
    Renascença" (read without its accents)."""
    return any(word in MEDIA_WORDS for word in gazetteer.ascii_folded(name).lower().split())


def is_seat_building(mention: EntityMention) -> bool:
    """ "State House", "the White House": a government's house, a building when taken
    or held (never a "House of Representatives")."""
    words = mention.name.split()
    return mention.kind == "Government" and len(words) == 2 and words[-1] in {"House", "Palace"}


def names_a_government(mention: EntityMention, text: str) -> bool:
    """ "the Athens government": the capital only names the government (read at
    "government", see government_mention); the city is no actor of its own there."""
    return mention.kind == "Place" and text[mention.end_char : mention.end_char + 11].lower() == " government"


def fits(predicate: str, subject: EntityMention, obj: EntityMention) -> bool:
    """Type constraints of the ontology (domain and range) on one pair."""
    if subject.name == obj.name and subject.commander == obj.commander:
        return False
    if predicate in {"backs", "fights", "opposes"} and (subject.commander or subject.name) == (obj.commander or obj.name):
        return False  # "guerrillas of the X army" stand for X: no side fights or backs itself
    if predicate == "backs" and subject.kind == "Person" and obj.kind == "Country":
        return False  # "troops sent by President A": he leads the country, he does not back it
    if predicate == "backs" and subject.kind == "Country" and (is_own_army(subject.name, obj) or is_own_government(subject.name, obj)):
        return False  # "Kenya sent its troops": a state does not back its own army, nor its government
    if predicate == "fights" and (
        subject.kind == "Country" and is_own_army(subject.name, obj) or obj.kind == "Country" and is_own_army(obj.name, subject)
    ):
        return False  # a state and its own army are one side
    if predicate == "fights" and "Place" in {subject.kind, obj.kind}:
        return False  # "an assault on Tskhinvali" attacks a town, no side (no gold fight has a place)
    if predicate in {"fights", "controls"} and subject.kind == "Organization" and is_civil_body(subject.name):
        return False  # an institute, a monitor or a newsroom takes no town ("they can win it" in its analyst's quote)
    if predicate in {"backs", "fights", "opposes"}:
        return is_actor(subject) and is_actor(obj)
    if predicate == "controls":  # a person holds ground through a group, never alone
        # and a place holds no other place ("Paletwa, a hill town, ... after overrunning Meewa")
        return is_actor(subject) and subject.kind not in {"Person", "Place"} and is_place(obj) and obj.label != "NORP"
    if predicate == "leads":  # a person heads a body; a state can lead a coalition
        if obj.kind == "Country":  # "Turkish President A": a head of state leads the country
            return subject.kind == "Person"
        return is_actor(subject) and obj.kind not in {"Person", "Place", "Facility"}
    if predicate == "spokespersonFor":
        return subject.kind == "Person" and obj.kind not in {"Person", "Place", "Facility"}
    if predicate == "memberOf":
        if subject.kind == "Country":  # "Both A and B are members of the OAU": a state joins bodies of states
            return obj.kind in {"InternationalOrganization", "Organization"}
        return subject.kind in {"Person", "ArmedGroup", "Organization", "Government"} and obj.kind not in {"Person", "Place", "Facility"}
    if predicate == "partOf":
        return subject.kind not in {"Person", "Place", "Facility", "Country"} and obj.kind not in {"Person", "Place", "Facility"}
    if predicate == "locatedIn":
        # (a town lies in no building: "the port city of X" after "the port" is X alone)
        return (
            is_place(subject) and is_place(obj) and subject.kind != "Country" and not (subject.kind == "Place" and obj.kind == "Facility")
            and obj.label != "NORP" and obj.text not in CREED_WORDS  # ("the government-held Shia towns of A and B": a faith, no land)
        )
    return True


# ----------------------------------------------------------------- flags


@dataclass(frozen=True)
class Flags:
    negated: bool = False
    hypothetical: bool = False
    contested: bool = False
    attributed_to: str | None = None


def clause_ancestors(token: Token) -> Iterator[Token]:
    """Tokens governing ``token`` up to the sentence root (nearest first)."""
    current = token
    for _ in range(12):
        if current.head.i == current.i:
            return
        current = current.head
        yield current


def is_joined_clause(head: Token) -> bool:
    """ "..., and B took the city": a clause of its own subject joined by "and"/"but",
    with no "if", "to" or "when" that would tie it to the clause it hangs on."""
    children = list(head.children)
    left = head.left_edge  # the parser may hang ", and" on the subject's first word
    while left.is_punct and left.i < head.i:
        left = head.doc[left.i + 1]
    joiner = left if left.dep_ == "cc" else head.doc[left.i - 1] if left.i > 0 else left
    return (
        joiner.lower_ in {"and", "but"}
        and any(c.dep_ in NOMINAL_SUBJECT for c in children)
        and not any(c.dep_ == "mark" for c in children)
    )


BRIEF_WORDS = frozenset("briefly temporarily".split())


DEPARTING_WORDS = frozenset("leaving withdrawing retreating departing pulling".split())


PLEDGING_LEMMAS = frozenset("pledge vow promise".split())


def is_pledged(trigger: Token) -> bool:
    """ "X has pledged to stand by Y", "vowed to support Y": a pledge made (not "would
    pledge to", "if X pledged to", "ready to pledge to")."""
    pledge = trigger.head
    if trigger.dep_ != "xcomp" or pledge.lemma_.lower() not in PLEDGING_LEMMAS or pledge.tag_ not in {"VBD", "VBZ", "VBN", "VBP"}:
        return False
    if pledge.dep_ in {"xcomp", "advcl"} or any(c.lower_ in MODALS or c.lower_ in CONDITIONAL_MARKS for c in pledge.children):
        return False
    return not any(c.dep_ == "neg" or c.lower_ in {"not", "never", "n't"} for c in pledge.children)


def is_brief(trigger: Token) -> bool:
    """ "briefly seized", "temporarily took", "entered Poti, where they blew up boats
    before leaving": a taking the text says did not last."""
    before = trigger.doc[trigger.i - 1] if trigger.i > 0 else None
    if before is not None and before.lower_ in BRIEF_WORDS or any(c.lower_ in BRIEF_WORDS for c in trigger.children):
        return True
    doc = trigger.doc
    after = doc[trigger.i + 1 : min(len(doc), trigger.i + 8)]
    if any(t.lower_ == "for" and is_short_span(doc[t.i + 1 : min(len(doc), t.i + 6)]) for t in after):
        return True  # "occupied the camp for several hours", "took over the town for about thirty minutes"
    if any(
        t.lower_ == "before" and t.i + 2 < len(doc) and doc[t.i + 1].lower_ == "being" and doc[t.i + 2].lower_ in DRIVEN_OUT_WORDS
        for t in after
    ):
        return True  # "which X overran last spring before being driven out in July", however parsed
    if any(c.dep_ == "conj" and c.lower_ in LOST_WORDS and any(o.lower_ in {"it", "them"} and o.dep_ in OBJECT for o in c.children) for c in trigger.children):
        return True  # "took the heights and then lost them"
    return any(
        t.lower_ == "before" and t.i + 1 < len(doc) and (
            doc[t.i + 1].lower_ in DEPARTING_WORDS
            # "overran the post ... before they pulled back into the desert"
            or t.i + 2 < len(doc) and doc[t.i + 1].lower_ in {"they", "it"} and doc[t.i + 2].lower_ in DEPARTED_WORDS
        )
        for t in trigger.subtree
        if t.i > trigger.i
    )


DEPARTED_WORDS = frozenset("left withdrew retreated departed pulled".split())
LOST_WORDS = frozenset("lost lose loses losing".split())
DRIVEN_OUT_WORDS = frozenset("driven pushed forced expelled ousted dislodged evicted routed chased thrown".split())


# Words that count a short span: "for several hours", "for about thirty minutes", "for half an hour"
SPAN_COUNTING_WORDS = frozenset("several a an few some about around nearly almost roughly just barely only half less more than".split())
SHORT_SPANS = frozenset("hours hour minutes".split())


def is_hold_for_a_past_stretch(trigger: Token) -> bool:
    """ "for several days the guerrillas held X", "held X for two years": a hold told in
    the simple past over a counted stretch of time is over (not "has held X for two years")."""
    return trigger.tag_ == "VBD" and lemma_of(trigger) in HOLDING_LEMMAS and any(
        c.dep_ in {"obl", "prep", "npadvmod", "obl:tmod"} and is_counted_span_for(c) for c in trigger.children
    )


# Holding verbs whose simple past with "for <a counted span>" tells a hold that ended
HOLDING_LEMMAS = frozenset("hold control occupy".split())
COUNTED_SPANS = SHORT_SPANS | frozenset("days day weeks week months month years year".split())


def is_counted_span_for(noun: Token) -> bool:
    """ "for several days", "for two weeks" (the parser's "for" on the noun, or the noun
    under "for")."""
    if noun.lower_ == "for":
        spans = [c for c in noun.children if c.lower_ in COUNTED_SPANS]
    else:
        spans = [noun] if noun.lower_ in COUNTED_SPANS and any(c.lower_ == "for" for c in noun.children) else []
    return any(any(c.like_num or c.lower_ in SPAN_COUNTING_WORDS for c in span.children) for span in spans)


def is_short_span(words: Span) -> bool:
    """Whether the words open with a count of minutes or hours ("several hours", "about
    thirty minutes", "half an hour")."""
    for k, word in enumerate(words):
        if word.lower_ in SHORT_SPANS:
            return k > 0
        if not (word.lower_ in SPAN_COUNTING_WORDS or word.like_num):
            return False
    return False


STOPPING_WORDS = frozenset(
    "stop stopped stops end ended ends halt halted halts cease ceased ceases suspend suspended suspends "
    "cut cuts withdraw withdrew withdrawn withdraws".split()
)
WHAT_IS_STOPPED = BACKING_NOUNS | MATERIAL_NOUNS | frozenset("shipments supplies deliveries it that this".split())


def is_ended(trigger: Token) -> bool:
    """ "armed X through the 1980s, but stopped that aid" (a second verb of the same
    subject says the backing ended), "cut off its support to X": backing that ended."""
    if trigger.lower_ in BACKING_NOUNS and trigger.dep_ in {"obj", "dobj"} and trigger.head.lower_ in STOPPING_WORDS:
        return True
    return any(
        verb.dep_ in {"conj", "advcl"} and verb.lower_ in STOPPING_WORDS
        and any(o.lower_ in WHAT_IS_STOPPED or lemma_of(o) in WHAT_IS_STOPPED for o in objects(verb))
        for verb in trigger.children
    )


def is_completed_stretch(trigger: Token, sent: Span) -> bool:
    """ "fought alongside the army for more than a decade": fighting side by side told in
    the simple past with a stretch of years is a time that is over ("has fought ... for
    a decade" still goes on; "armed X for years" may still go on, and stays)."""
    if lemma_of(trigger) not in SIDE_BY_SIDE_VERBS or any(c.dep_ in {"aux", "aux:pass"} for c in trigger.children):
        return False
    # (the tagger may call a simple past with its subject a participle)
    if not (trigger.tag_ == "VBD" or trigger.tag_ == "VBN" and any(c.dep_ in NOMINAL_SUBJECT for c in trigger.children)):
        return False
    # (the words that date the statement, as for any dated statement: not "..., has
    # struggled for years", another clause's)
    scope = {t.i: t.lower_ for t in time_scope(trigger, sent)}
    return any(
        word == "for" and any(scope.get(j) in STRETCH_NOUNS for j in range(k + 1, k + 5))
        for k, word in scope.items()
    )


# Verbs whose backing is fighting beside someone: "fought alongside the army"
SIDE_BY_SIDE_VERBS = frozenset("fight battle operate work".split())
# What a stretch of time is counted in: "for two decades", "for more than a year"
STRETCH_NOUNS = frozenset("year years decade decades".split())


def is_bare_verb_under_modal(trigger: Token) -> bool:
    """ "the coalition would help the Iraqi army take the city back": a verb in its bare
    form with no auxiliary of its own, a few words after a modal (the parser often
    hangs it elsewhere), is as hypothetical as the modal's verb."""
    # (the tagger may call such a verb a noun or a present tense: the word is its own lemma)
    bare = trigger.tag_ == "VB" or trigger.tag_ in {"VBP", "NN"} and trigger.lower_ == trigger.lemma_.lower()
    if not bare or any(c.dep_ in {"aux", "aux:pass", "mark"} for c in trigger.children):
        return False
    window = trigger.doc[max(trigger.sent.start, trigger.i - 6) : trigger.i]
    return any(t.lower_ in MODALS and t.dep_ in {"aux", "aux:pass"} for t in window)


# Plural nouns for people who speak for a body named by their modifier ("army officers")
SPEAKING_MEMBER_NOUNS = frozenset("officials officers commanders sources spokesmen leaders ministers".split())
# What a body speaks through: "the insurgents' radio said ..."
MOUTHPIECE_NOUNS = frozenset("radio television broadcaster station channel website statement".split())
# Nouns for what someone means to do: "their next aim was to drive X out of Y"
AIM_NOUNS = frozenset("aim aims goal goals objective objectives plan plans intention target priority".split())


def is_stated_aim(trigger: Token) -> bool:
    """ "their next aim was to drive the rebels out of X and to capture Y": an infinitive
    whose subject is an aim (the parser makes the aim the verb's subject) is not done yet."""
    verbs = [trigger, trigger.head] if trigger.dep_ == "conj" else [trigger]
    return any(
        any(c.dep_ == "mark" and c.lower_ == "to" for c in verb.children)
        and any(c.dep_ in NOMINAL_SUBJECT | {"nsubj:outer"} and c.lower_ in AIM_NOUNS for c in verb.children)
        for verb in verbs
    )


def is_ruling_out(verb: Token) -> bool:
    """ "ruled out sending troops" (not "ruled Mogadishu until ...")."""
    # the bundled lemmatiser makes "ruled" "rul": the word itself is asked
    return verb.lower_ in {"rule", "rules", "ruled", "ruling"} and any(c.lower_ == "out" and c.dep_ in {"prt", "compound:prt"} for c in verb.children)


def says_nothing_happened(clause: Token) -> bool:
    """ "(says) no foreign fighters took part", "(says) it did not": a reported clause
    that is negated, or whose subject is "no ..." """
    return is_negated(clause) or any(
        child.dep_ in NOMINAL_SUBJECT and any(d.dep_ == "det" and d.lower_ == "no" for d in child.children)
        for child in clause.children
    )


def is_gainsaid_after(trigger: Token, finder: ArgumentFinder) -> bool:
    """A later clause of the same sentence where someone else reports that nothing of
    the kind happened: "commanders said X fought beside the army; the government says
    no foreign fighters took part"."""
    governing = {ancestor.i for ancestor in clause_ancestors(trigger)}  # the verb that reports it
    for token in finder.tokens[trigger.i + 1 : trigger.sent.end]:
        if finder.lemma(token) in SPEECH_VERBS and token.i not in governing and any(
            child.dep_ == "ccomp" and says_nothing_happened(child) for child in token.children
        ):
            return True
    return False


# What a dismissal in the next sentence points back with: "dismissed those figures",
# "rejected the claim", "denied this"
DISMISSED_WORDS = frozenset("claim claims figures figure account accounts report reports assertion assertions this that these those it".split())


def is_dismissed_next(trigger: Token, finder: ArgumentFinder) -> bool:
    """Whether the next sentence's main verb dismisses what this one reported, pointing
    back at it ("Officials dismissed those figures", "The army denied the claim"): the
    report is then one side's word."""
    if not is_verb(trigger) or trigger.lower_ in PERSON_ROLE_NOUNS or not is_reported(trigger, finder):
        return False  # (not "Pentagon spokeswoman X said ...": the title is no part of the report)
    following = sentence_after(trigger.sent, finder)
    if following is None:
        return False
    verbs = [following.root, *following.root.conjuncts]
    return any(
        finder.lemma(verb) in DENIAL_VERBS and any(c.dep_ in OBJECT and c.lower_ in DISMISSED_WORDS for c in verb.children) for verb in verbs
    )


def is_reported(trigger: Token, finder: ArgumentFinder) -> bool:
    """Whether the trigger stands in a clause a verb of saying reports ("said its
    fighters had seized X", "its fighters seized X, he said")."""
    node = trigger
    while node.head.i != node.i:
        if node.dep_ in {"ccomp", "parataxis", "xcomp"} and finder.lemma(node.head) in SPEECH_VERBS:
            return True
        node = node.head
    return any(finder.lemma(c) in SPEECH_VERBS for c in trigger.children if c.dep_ in {"parataxis", "ccomp"})


def sentence_after(sent: Span, finder: ArgumentFinder) -> Span | None:
    """The sentence after this one, over the paragraph breaks between (a paragraph
    break is a sentence of its own); None at the end of the text."""
    start = sent.end
    while start < len(finder.tokens) and finder.tokens[start].is_space:
        start += 1
    return finder.tokens[start].sent if start < len(finder.tokens) else None


# Words that say fighting goes on: "fighting was still going on in P", "fighting continued in P"
FIGHTING_GOES_ON_WORDS = frozenset("still continued continuing continues raged raging going".split())


def is_fighting_told_next(trigger: Token, finder: ArgumentFinder) -> bool:
    """Whether the next sentence says fighting goes on in a place this sentence names:
    what someone said of the place ("he said his units had taken P and Q") is then one
    side's word, all of it."""
    sentence = trigger.sent
    following = sentence_after(sentence, finder)
    if following is None:
        return False
    lowers = finder.lowers
    places_here = {
        lowers[e.start : e.end] for e in finder.ents if e._.frontline_kind in {"Place", "Facility"} and sentence.start <= e.start < sentence.end
    }
    for k in range(following.start, following.end):
        if lowers[k] != "fighting" or not FIGHTING_GOES_ON_WORDS & set(lowers[k + 1 : min(k + 5, following.end)]):
            continue
        for j in range(k + 2, min(k + 8, following.end - 1)):
            place = finder.entity_span(finder.tokens[j + 1]) if lowers[j] == "in" else None
            if place is not None and lowers[place.start : place.end] in places_here:
                return True
    return False


# An aim that is itself opposition: "vowed to topple X" (see extract_relations)
TOPPLING_WORDS = frozenset("topple overthrow oust unseat bring".split())
# Verbs of help wished for: "counted on help from X", "asked for support from Y"
WISHING_VERBS = frozenset("count hope ask appeal plead beg request seek expect await want".split())
# Verbs whose "that" clause says what should happen, not what did
DEMANDING_VERBS = frozenset("demand insist urge ask request order require propose".split())


# How a clause hangs on a noun: "the town that ...", "by telephone that ..."
NOUN_CLAUSE_LINKS = RELATIVE_CLAUSE | {"acl"}


# Verbs of saying that take no man for an object: "say men of X fired" is a said clause
NO_OBJECT_SPEECH_LEMMAS = frozenset({"say", "claim", "allege", "insist"})


def statement_flags(trigger: Token, finder: ArgumentFinder, *, in_comments: bool) -> Flags:
    negated = is_negated(trigger) or says_of_none(trigger) or is_denied_being(trigger, finder)
    if trigger.pos_ == "NOUN" and trigger.dep_ in {"obl", "nmod"} and is_verb(trigger.head) and any(
        c.dep_ == "case" and c.lower_ == "in" for c in trigger.children
    ):
        negated |= is_negated(trigger.head)  # "has not struck in support of X": no support
    if trigger.pos_ == "NOUN" and trigger.dep_ in OBJECT and lemma_of(trigger.head) in LIGHT_VERBS:
        negated |= is_negated(trigger.head)  # "has not launched an attack on X", "did not declare war on X"
    hypothetical = any(c.dep_ in {"aux", "aux:pass"} and c.lower_ in MODALS for c in trigger.children)
    hypothetical |= any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in trigger.children)
    hypothetical |= is_inverted_condition(trigger) or is_awaited_event(trigger)
    hypothetical |= is_bare_verb_under_modal(trigger)
    hypothetical |= is_stated_aim(trigger)
    # "said it had struck to forestall a coup and to protect President X": an infinitive the
    # parser joined to the verb of saying is the purpose the speaker gives, not a deed
    hypothetical |= trigger.dep_ == "conj" and trigger.tag_ == "VB" and any(
        c.dep_ == "mark" and c.lower_ == "to" for c in trigger.children
    ) and lemma_of(trigger.head) in SPEECH_VERBS
    # "demanded that they withdraw", "insisted that the army leave": what is asked for
    hypothetical |= trigger.dep_ == "ccomp" and lemma_of(trigger.head) in DEMANDING_VERBS
    # "had counted on help from X", "appealed for aid from X": help wished for, not given
    hypothetical |= trigger.pos_ == "NOUN" and trigger.dep_ in OBJECT | {"obl", "nmod"} and lemma_of(trigger.head) in WISHING_VERBS
    attributed_to: str | None = None
    contested = in_comments
    previous = trigger
    # A relative clause states its own fact ("retake the city that they have lost": the
    # loss is real though the retaking is not): modality above it does not reach it.
    # Who says it (attribution, denial) still does.
    own_clause = True
    # "accuses A of backing B, a group that has fought C": the writer's description of
    # B, not part of the charge
    describes_apposed = False
    conceded = False
    # (or on the verb it is coordinated with: "B, which launched ... and now controls C")
    relative = None
    for clause_verb in (trigger, trigger.head) if trigger.dep_ == "conj" else (trigger,):
        # (or its object: "his government, which Washington has supported, would ...")
        relative = next((
            c for c in clause_verb.children
            if c.dep_ in NOMINAL_SUBJECT and c.lower_ in {"which", "who"}
            or c.dep_ in OBJECT and c.lower_ in {"which", "whom"} and clause_verb.dep_ in RELATIVE_CLAUSE
        ), None)
        if relative is not None:
            break
    if is_hyphened_participle(trigger, finder):
        # "is believed to live in Taliban-ruled Afghanistan": the modifier is the writer's
        # description of the place, outside the hedge or the claim around it
        own_clause = False
        describes_apposed = True
    narrated = relative is not None and any(c.lower_ in {"then", "later", "subsequently", "afterwards"} for c in clause_verb.children)
    if relative is not None and relative.i > 0 and finder.lowers[relative.i - 1] == "," and not narrated:
        # "accuses A of arming B (BB), which has fought C": a clause set off by ", which"
        # describes B in the writer's voice, however the parser hung it (not "..., which
        # then seized C": the charge's story goes on)
        own_clause = False
        describes_apposed = True
    if apposed_participle_name(trigger, finder) is not None:
        # "accuses A of arming B, the guerrilla army fighting C": the writer's description
        # of B, as a clause set off by a comma is, however the parser hung it
        own_clause = False
        describes_apposed = True
    said_clause: Token | None = None  # a that-clause hung as a noun's relative clause
    for ancestor in clause_ancestors(trigger):
        lemma = finder.lemma(ancestor)
        link = previous.dep_
        said_aside = link.split(":")[0] in {"obl", "nmod", "obj", "dobj"} and said_clause is not None and said_clause.head == previous
        said_clause = None
        if (
            lemma in EVIDENCE_NOUNS and link in {"acl", "acl:relcl", "relcl", "ccomp"} and is_that_clause(previous)
            and (any(c.lower_ == "no" for c in ancestor.children) or is_negated(ancestor.head))
        ):
            negated = True  # "had seen no sign that the army had regained X", "there is no evidence that A armed B"
        if link == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONCESSIVE_MARKS for c in previous.children):
            own_clause = False
            conceded = True
        said_clause = previous if link in NOUN_CLAUSE_LINKS and is_that_clause(previous) else None
        if link in RELATIVE_CLAUSE:
            own_clause = False
            edge = ancestor.left_edge.i  # set off by a comma: ", a Darfur rebel group that ..."
            describes_apposed |= ancestor.dep_ in APPOSITION or "," in {t.text for t in ancestor.doc[max(0, edge - 1) : edge + 1]}
        if link in {"conj", "advcl"} and is_joined_clause(previous):
            # "A were ordered to fall back, and B took the city": a clause with its own
            # subject, hung on the order by the parser, is no part of it
            own_clause = False
        if own_clause and link in {"xcomp", "ccomp", "advcl", "acl", "pcomp", "pobj", "obj", "dobj", "nmod", "obl", "prep", "conj"}:
            if lemma in NEGATING_GOVERNORS and link not in {"conj"} or is_ruling_out(ancestor) and link in {"xcomp", "ccomp", "pcomp", "obj", "dobj"}:
                negated = True  # "refused to send troops", "has ruled out sending troops"
            infinitive = any(c.lower_ == "to" and c.dep_ in {"aux", "mark"} for c in previous.children)
            if lemma in HYPOTHETICAL_GOVERNORS and not is_called_up(ancestor, lemma) and (
                link in {"xcomp", "ccomp"}
                or link in {"acl", "advcl", "pcomp", "pobj", "nmod", "obl", "prep"} and infinitive
            ):  # "ready to fight", "an attempt to retake"; not "attempts backed by X"
                hypothetical = True
        if own_clause and lemma in AIM_NOUNS and link in {"acl", "pcomp", "pobj", "nmod", "prep"} and previous.tag_ == "VBG":
            # "had no intention of handing the city over", "its aim of taking X": not done
            hypothetical = True
            negated |= any(c.lower_ == "no" for c in ancestor.children)
        if own_clause and link in {"advcl", "ccomp"} and any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in previous.children) and not (
            previous is not trigger and lemma_of(previous) in GOING_ON_VERBS
        ):
            # ("if the government kept bombing their positions": the bombing goes on; only
            # its going on is in doubt)
            hypothetical = True
        if own_clause and link in {"xcomp", "advcl"} and is_negated(ancestor) and any(
            c.lower_ == "to" and c.dep_ in {"aux", "mark"} for c in previous.children
        ):
            negated = True  # "did not send troops to support X": no support either
        if own_clause and lemma in JOINING_VERBS and link in {"advcl", "pcomp", "obl", "xcomp", "nmod", "prep", "pobj"} and is_negated(ancestor):
            negated = True  # "Romania did not join in condemning X", "did not participate in attacks on X"
        if link in {"xcomp", "ccomp"} and lemma in HEDGING_VERBS and not describes_apposed and any(
            c.dep_ in {"aux:pass", "auxpass", "nsubj:pass", "nsubjpass"} for c in ancestor.children
        ):
            # "X is believed to have armed Y": a suspicion, not a fact (not "... moved to
            # Z, which the group still holds": the writer's description of Z)
            contested = True
            attributed_to = attributed_to or "unnamed source"
        if own_clause and previous is trigger and link in {"xcomp", "advcl", "acl"} and any(
            c.lower_ == "to" and c.dep_ in {"aux", "mark"} for c in trigger.children
        ) and (
            lemma not in ACHIEVEMENT_GOVERNORS
            # ("they came to take Naco": what they came for, not done; "came to control X" is)
            or lemma == "come" and VERB_TRIGGERS.get(lemma_of(trigger), _BACK).control_change == "gain"
        ) and not (lemma in COERCING_VERBS and is_verb(ancestor)) and not is_called_up(ancestor, lemma) and lemma not in SPEECH_VERBS and lemma_of(trigger) not in SUPPORTING_PURPOSES and not (
            trigger.i >= 2 and finder.lowers[trigger.i - 2] == "only"  # "took X, only to lose it": what happened next
        ) and not (
            lemma == "go" and finder.lowers[ancestor.i + 1 : ancestor.i + 3] == ("on", "to")  # "went on to seize X": what it did next
        ) and not is_ranked_doer(ancestor, trigger):
            # purpose: "launched an offensive to seize X" (not yet done); but "deployed
            # troops to support X" is support given by being there
            hypothetical = True
        if own_clause and previous is trigger and link in {"xcomp", "advcl", "acl"} and lemma in SENDING_VERBS and any(
            c.lower_ == "to" and c.dep_ in {"aux", "mark"} for c in trigger.children
        ) and VERB_TRIGGERS.get(lemma_of(trigger), _BACK).control_change == "gain":
            # "a column sent to retake the town was destroyed": troops sent fight where they
            # go, but what they were sent to take is not yet taken
            hypothetical = True
        purpose = link == "advcl" and any(c.lower_ == "to" and c.dep_ in {"aux", "mark"} for c in previous.children)
        if own_clause and (link in {"xcomp", "ccomp"} or purpose) and lemma not in SPEECH_VERBS and any(
            c.dep_ in {"aux", "aux:pass"} and c.lower_ in MODALS for c in ancestor.children
        ):
            hypothetical = True  # ("would use its forces to defend X": as little done as the using)
        if (
            previous is trigger and trigger.tag_ == "VBG" and link in {"csubj", "advcl"}
            and not any(c.dep_ in {"mark", "case"} and c.lower_ not in {"that", "than"} for c in trigger.children)  # "after taking X"
            and any(c.dep_ in {"aux", "aux:pass"} and c.lower_ in MODALS for c in ancestor.children)
        ):
            hypothetical = True  # "taking X will force them to ...": a taking not yet done
        # ("say men of X fired on Y": the parser may read the said clause's subject as
        # the object of "say", its finite verb as a clause on that noun)
        said_subject = lemma in NO_OBJECT_SPEECH_LEMMAS and (
            link in OBJECT and any(c.dep_ == "acl" and c.tag_ in FINITE_VERB_TAGS for c in previous.children)
            # (or as an adverbial clause of "say", its subject left as the object)
            or link == "advcl" and previous.tag_ in FINITE_VERB_TAGS and not any(c.dep_ == "mark" for c in previous.children)
            and any(c.dep_ in OBJECT and c.pos_ in {"NOUN", "PROPN"} and c.i < previous.i for c in ancestor.children)
        )
        if lemma in SPEECH_VERBS and (link in {"ccomp", "parataxis", "xcomp", "dep", "conj"} or said_aside or said_subject) and attributed_to is None and not describes_apposed:
            speakers = subject_of_clause(ancestor)
            speaker_mentions = finder.mentions(speakers)
            attributed_to = speaker_mentions[0].name if speaker_mentions else (speakers[0].text if speakers else "unnamed source")
            if lemma in CLAIM_VERBS:
                contested = True
            if is_negated(ancestor):
                contested = True
        if is_claim_verb(ancestor, lemma) and link not in {"nsubj", "nsubj:pass", "nsubjpass", "csubj"} and attributed_to is None and not describes_apposed and not conceded:
            # "A accuses B of arming C": A's charge, not a fact
            accusers = finder.mentions(subject_of_clause(ancestor))
            attributed_to = accusers[0].name if accusers else "unnamed source"
            contested = True
        if (
            attributed_to is None and ancestor.pos_ == "NOUN" and ancestor.lower_ in HEARSAY_NOUNS
            and link in {"acl", "acl:relcl", "relcl", "ccomp"} and (is_that_clause(previous) or is_spreading_that(previous, trigger))
        ):
            # "revived accusations that X has armed Y", "reports that X took Y", "reports
            # circulating online that X took Y": hearsay
            contested = True
            attributed_to = "unnamed source"
        if lemma in DENIAL_VERBS and link in DENIED_CONTENT_LINKS and not describes_apposed and not conceded:
            contested = True  # "X denies that it backs Y", "X dismissed reports of ..."
            if attributed_to is None:
                deniers = finder.mentions(subject_of_clause(ancestor))
                attributed_to = deniers[0].name if deniers else None
        previous = ancestor
    sentence = trigger.sent
    sentence_text = finder.text[sentence.start_char : sentence.end_char]  # Span.text joins its tokens
    charged_at = charge_opening(trigger, finder) if attributed_to is None else None
    if charged_at is not None:
        # parse-free: "X accused Y of arming Z", "... and of sending troops to fight Z",
        # whatever the parser made of it
        # (past "X and the oil company Y", or "X, a former commander who is now Y's minister,")
        for left in trigger.doc[max(sentence.start, charged_at - 20) : charged_at]:
            if lemma_of(left) in CLAIM_VERBS and (lemma_of(left) != "suspect" or is_suspecting(left)) or left.lower_ in {"accused", "accuses", "accusing", "alleged"}:
                accusers = finder.mentions(subject_of_clause(left)) if left.pos_ in {"VERB", "AUX"} else []
                attributed_to = accusers[0].name if accusers else "unnamed source"
                contested = True
                break
    denied_at = (denial_before(trigger, finder) or denied_that_before(trigger, finder)) if not contested else None
    if denied_at is not None:
        # parse-free: "Khartoum denies ever backing the rebels", however the parser read
        # "denies" (a noun, the subject)
        contested = True
        deniers = finder.mentions([finder.tokens[denied_at - 1]]) if denied_at > trigger.sent.start else []
        attributed_to = attributed_to or (deniers[0].name if deniers else "unnamed source")
    lowered = sentence_text.lower()
    if attributed_to is None and "according to" in lowered:
        for token in sentence:
            if token.lower_ == "according":
                # UD: "according" is a case marker on the source; ClearNLP: prep -> prep -> pobj
                sources = [token.head] if token.dep_ in {"case", "mark", "fixed"} else [
                    noun for _prep, noun in prepositional_objects(token)
                ]
                for noun in sources:
                    m = finder.mention(noun)
                    attributed_to = m.name if m else noun.text
    if attributed_to is not None and any(
        finder.lemma(t) in DENIAL_VERBS and t.dep_ not in {"amod", "compound"}  # "contested districts" denies nothing
        and not rejects_a_proposal(t)
        for t in finder.tokens[trigger.i + 1 : sentence.end]
    ):
        contested = True  # "X says ..., but Y dismisses this"
    if attributed_to is not None and is_gainsaid_after(trigger, finder):
        contested = True  # "A said X fought alongside B; B says no foreign fighters took part"
    if attributed_to is not None and is_dismissed_next(trigger, finder):
        contested = True  # "A's spokesman said its fighters seized part of the base. Officials dismissed those figures"
    if attributed_to is not None and is_fighting_told_next(trigger, finder):
        contested = True  # "He said his men had taken P and Q. Officials said fighting was still going on in P."
    if attributed_to is not None and called_a_claim_after(trigger, finder):
        contested = True  # "Radio X said its forces still held P, a claim belied by the scene"
    if attributed_to is not None and is_charge_rejected_after(trigger, finder):
        contested = True  # "X says A arms them, an accusation A's officials call a fabrication"
    if is_denied_by_relative_after(trigger, finder):
        contested = True  # "A stands behind B, which A also denies", whoever says it
    if any(w in {"allegedly", "purportedly", "supposedly"} for w in finder.lowers[sentence.start : sentence.end]):
        contested = True
    if attributed_to is None and is_claimed_before(trigger, finder):
        contested = True  # "activists insisted that X had escaped and that his men still held Y", however parsed
        attributed_to = "unnamed source"
    if sentence_text.rstrip().endswith("?"):
        hypothetical = True
    return Flags(negated, hypothetical, contested, attributed_to)


# What is rejected without gainsaying anything: "the government rejected a ceasefire"
PROPOSAL_NOUNS = frozenset(
    "ceasefire cease-fire truce offer proposal proposals plan plans talks demand demands ultimatum deal call calls "
    "request appeal appeals resolution terms mediation".split()
)


def rejects_a_proposal(verb: Token) -> bool:
    """Whether a denial verb's object is an offer or a plan ("rejected a unilateral
    ceasefire"): a refusal, not a denial of what was said before it."""
    return any(c.dep_ in OBJECT and c.lower_ in PROPOSAL_NOUNS for c in verb.children)


# A denial verb's forms, read as words: the parser may take "denies" after "which X
# also" for a noun
DENIAL_FORMS = frozenset("denies deny denied rejects reject rejected disputes dispute disputed".split())


def is_denied_by_relative_after(trigger: Token, finder: ArgumentFinder) -> bool:
    """Whether the statement goes on, after the trigger and before any other verb, with
    ", which X (also) denies": it is denied in the sentence that makes it."""
    lowers = finder.lowers
    for w in range(trigger.i + 2, trigger.sent.end):
        if finder.tokens[w - 1].pos_ in {"VERB", "AUX"}:
            return False  # "X's government says A arms B, which C denies": the denial is of the saying's content
        if lowers[w] == "which" and lowers[w - 1] == "," and any(lowers[k] in DENIAL_FORMS for k in range(w + 1, min(w + 5, trigger.sent.end))):
            return True  # (not ", in which he denies any role": that clause is about its own noun)
    return False


def is_claimed_before(trigger: Token, finder: ArgumentFinder) -> bool:
    """A verb of claiming ("claimed", "insisted") earlier in the sentence with "that"
    between it and the trigger: the statement is the claim's content, whatever the
    parser made of the clause (it may make the claimed verb the sentence's root)."""
    return any(
        finder.lemma(finder.tokens[k]) in CLAIM_VERBS & SPEECH_VERBS and finder.tokens[k].tag_ in {"VBD", "VBZ", "VBP", "VBN"}
        and "that" in finder.lowers[k + 1 : min(k + 5, trigger.i)]  # ("insisted on Thursday that ...")
        for k in range(trigger.sent.start, trigger.i)
    )


# How a writer sums up what was said as no more than said: "..., a claim belied by ..."
SAID_ONLY_NOUNS = frozenset("claim assertion boast".split())


def called_a_claim_after(trigger: Token, finder: "ArgumentFinder") -> bool:
    """Whether the sentence goes on, after the trigger, with ", a claim ..." (", an
    assertion ..."): the writer calls the reported words a claim."""
    return any(
        finder.lowers[k] in SAID_ONLY_NOUNS and is_summing_up(finder.lowers, k) for k in range(trigger.i + 3, trigger.sent.end)
    )


def is_charge_rejected_after(trigger: Token, finder: "ArgumentFinder") -> bool:
    """Whether the sentence goes on, after the trigger, with ", an accusation (that) X
    calls a fabrication" / ", a charge X calls false": the writer sums up the reported
    words as a charge, and someone rejects it."""
    lowers = finder.lowers
    end = trigger.sent.end
    return any(
        lowers[k] in CHARGE_NOUNS and is_summing_up(lowers, k) and has_rejecting_words(lowers[k + 1 : min(end, k + 12)])
        for k in range(trigger.i + 3, end)
    )


def is_summing_up(lowers: Sequence[str], k: int) -> bool:
    """Whether the noun at ``k`` opens the writer's summing-up of what came before:
    ", a claim ...", ", an assertion ...", ", a charge X rejected"."""
    return k >= 2 and lowers[k - 2] == "," and lowers[k - 1] in {"a", "an"}


# ----------------------------------------------------------------- rules


@dataclass(frozen=True)
class Candidate:
    subject: EntityMention
    predicate: str
    object: EntityMention
    trigger: Token
    confidence: float
    control_change: str | None = None


GOVERNING_LEMMAS = frozenset({"govern", "rule", "administer"})


def is_rule_of_state(trigger: Token, finder: "ArgumentFinder") -> bool:
    """Governing a whole country is running its state, not holding ground in a war ("has governed Haiti")."""
    return finder.lemma(trigger) in GOVERNING_LEMMAS


def is_no_longer(trigger: Token, finder: "ArgumentFinder") -> bool:
    """ "X no longer holds Y", "no longer in control of": "no longer" right before the
    verb (past its auxiliaries and adverbs), wherever the parser hung it."""
    k = trigger.i - 1
    while k > trigger.sent.start and (finder.tokens[k].pos_ in {"AUX", "ADV", "PART"} or finder.lowers[k] == "in") and finder.lowers[k] != "longer":
        k -= 1
    return k > trigger.sent.start and finder.lowers[k] == "longer" and finder.lowers[k - 1] == "no"


# Words that set a hold in the past, over since: "a town once held by X", "Fort M, which
# was then held by federal troops" ("then" only in a clause that describes: "X then
# held it" narrates what came next)
FORMER_HOLD_WORDS = frozenset({"once", "formerly", "previously"})


def is_former_hold(trigger: Token) -> bool:
    """ "which was then held by X", "X once controlled Y": a hold told as over."""
    if trigger.lemma_.lower() not in {"hold", "control"}:
        return False
    words = {c.lower_ for c in trigger.children if c.dep_ == "advmod"}
    return bool(words & FORMER_HOLD_WORDS) or "then" in words and trigger.dep_ in RELATIVE_CLAUSE


def is_suspecting(word: Token) -> bool:
    """ "a force it suspects of protecting him": the verb, with "of" just after it or its
    object (not "a list of terrorism suspects")."""
    return word.pos_ == "VERB" and any(t.lower_ == "of" for t in word.doc[word.i + 1 : word.i + 7])


def is_claim_verb(verb: Token, lemma: str) -> bool:
    """ "X claims / alleges / suggests that ...": a charge, unless what suggests it is
    evidence ("satellite images suggest that X holds Y")."""
    if lemma not in CLAIM_VERBS or lemma == "suspect" and not is_suspecting(verb):
        return False
    if lemma == "charge":
        # "officials charge that X sent money to the rebels", never "cavalry charged into the town"
        # (the word after it, not the parse: the parser may make "that" the verb's object)
        return verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].lower_ == "that"
    return lemma not in {"suggest", "hint"} or not any(
        t.lower_ in WITNESS_NOUNS for s in subject_of_clause(verb) for t in with_conjuncts(s)
    )


def is_no_more_than(word: Token) -> bool:
    """ "holds no more than X": a bound, no denial."""
    doc = word.doc
    return word.i + 2 < len(doc) and doc[word.i + 1].lower_ in {"more", "less"} and doc[word.i + 2].lower_ == "than"


# Words between a denial and the post it denies: "denies ever having been a member of X"
DENIED_BEING_WORDS = frozenset("ever having been being that he she they was were is are a an".split())
DENYING_FORMS = frozenset("deny denies denied denying".split())


def is_denied_being(trigger: Token, finder: ArgumentFinder) -> bool:
    """ "X, who denies ever having been a member of Y": the post is denied, whatever the
    parse (the tagger may call "denies" a plural noun and make "member" the root)."""
    k = trigger.i - 1
    while k > trigger.sent.start and finder.lowers[k] in DENIED_BEING_WORDS:
        k -= 1
    return k < trigger.i - 1 and finder.lowers[k] in DENYING_FORMS


def says_of_none(trigger: Token) -> bool:
    """ "no British personnel had fought X", "No troops have crossed": a subject that
    says nobody did it; and "had armed no Tamil group", "supports neither the rebels
    nor the government": an object that says it of none."""
    return any(
        (child.dep_ in NOMINAL_SUBJECT or child.dep_ in {"obj", "dobj"} and child.i > trigger.i)
        and child.left_edge.lower_ in {"no", "neither"}  # (the parser may hang "no" on a modifier)
        and not is_no_more_than(child.left_edge)
        for child in trigger.children
    ) or trigger.i + 1 < len(trigger.doc) and trigger.doc[trigger.i + 1].lower_ == "neither"  # (however it parsed "backs neither")


# Verbs whose hearer the parser may give a "that" clause as if it were a relative one
TELLING_VERBS = frozenset("tell inform assure remind warn".split())


DOUBLE_QUOTES = frozenset({'"', "“", "”"})  # (not "'": "the Workers' Alliance")


def is_past_closing_quote(verb: Token, noun: Token) -> bool:
    """Whether a quotation the verb stands in closes before the noun (an odd number of
    quotation marks before the verb in its sentence, one more between the two)."""
    # (the short stretch between the two first: this runs for every object of every verb)
    if noun.i <= verb.i or not any(t.is_quote for t in verb.doc[verb.i + 1 : noun.i]):
        return False
    if sum(1 for t in verb.doc[verb.sent.start : verb.i] if t.is_quote) % 2 == 1:
        return True
    # (a quotation of two sentences opens in the sentence before: '"A. We gave B," X said')
    return verb.sent.start > 0 and sum(1 for t in verb.doc[: verb.sent.start] if t.text in DOUBLE_QUOTES) % 2 == 1


def is_told_content(clause: Token) -> bool:
    """ "told the House of Commons that X had supplied arms": a "that" clause the parser
    hung on the hearer of a verb of telling is what was told, no relative clause."""
    hearer = clause.head
    return hearer.dep_ in {"iobj", "dative", "obj", "dobj"} and lemma_of(hearer.head) in TELLING_VERBS


def relativised_object(token: Token, finder: ArgumentFinder) -> list[Token]:
    """ "a militia that Washington began arming": the noun the relative clause hangs on
    is the object of a verb (or of its complement) that has a subject of its own (or
    the place ``moved_antecedents`` finds before it)."""
    clause = token.head if token.dep_ == "xcomp" and token.head.dep_ in RELATIVE_CLAUSE else token
    if clause.dep_ not in RELATIVE_CLAUSE or not any(c.dep_ in NOMINAL_SUBJECT for c in clause.children) or is_told_content(clause):
        return []
    # (a pronoun the parser made a second subject beside the clause's own noun is its
    # object: "the fort, which government troops kept")
    two_subjects = sum(c.dep_ in NOMINAL_SUBJECT for c in clause.children) >= 2
    pronoun = any(c.lower_ in {"that", "which", "whom"} and (c.dep_ not in NOMINAL_SUBJECT or two_subjects) for c in clause.children)
    # (or one it made the subject's determiner: ", which government troops kept")
    pronoun = pronoun or any(
        g.dep_ == "det" and g.lower_ in {"which", "that"} and g.i == c.left_edge.i and g.i > 0 and finder.lowers[g.i - 1] == ","
        for c in clause.children if c.dep_ in NOMINAL_SUBJECT for g in c.children
    )
    # (or none at all: "the only fort the front holds", "the post that federal troops
    # hold" with "that" read as the subject's determiner; a verb with no object of its own)
    pronoun = pronoun or (
        clause.head.i < clause.i and not any(c.dep_ in OBJECT for c in clause.children)
        and not any(t.is_punct for t in clause.doc[clause.head.i + 1 : clause.i])  # (not across "X; Y killed")
    )
    return (moved_antecedents(clause, finder) or [clause.head]) if pronoun else []


# Word forms, not lemmas: the parse that misses the denial reads "denies" as a noun
DENYING_FORMS = frozenset("deny denies denied denying".split())
# Words between a denial and the gerund it denies: "denies ever having backed"
DENIED_GERUND_FILLERS = frozenset("ever having any once".split())


def denial_before(trigger: Token, finder: ArgumentFinder) -> int | None:
    """Where "denies" stands right before the trigger's gerund ("denies backing X",
    "denied ever having armed X"); None if it does not."""
    k = trigger.i - 1
    while k >= trigger.sent.start and finder.lowers[k] in DENIED_GERUND_FILLERS:
        k -= 1
    if k < trigger.sent.start or finder.lowers[k] not in DENYING_FORMS:
        return None
    return k if trigger.tag_ == "VBG" or finder.lowers[k + 1] == "having" else None


def denied_that_before(trigger: Token, finder: ArgumentFinder) -> int | None:
    """Where "denied (on Sunday) that" opens the unbroken stretch the trigger ends ("its
    leader denied on Sunday that A had ever been an ally of B", however the parser hung
    the clause); None if it does not."""
    start = trigger.sent.start
    for k in range(trigger.i - 1, max(start, trigger.i - 10) - 1, -1):
        token = finder.tokens[k]
        if token.is_punct or token.pos_ == "CCONJ":
            return None
        if finder.lowers[k] == "that":
            denial = [j for j in range(max(start, k - 3), k) if finder.lowers[j] in DENYING_FORMS]
            return denial[-1] if denial and not any(finder.tokens[j].is_punct for j in range(denial[-1], k)) else None
    return None


def apposed_participle_name(trigger: Token, finder: ArgumentFinder) -> Token | None:
    """The name a participle's description is set off after: B in "B, a guerrilla army
    fighting C", "B, the Bengali force backing C" (read off the words: a comma right
    after the name, an article, up to four words, no verb), if the trigger closes one."""
    if trigger.tag_ != "VBG":
        return None
    for k in range(trigger.i - 2, max(trigger.sent.start, trigger.i - 7), -1):
        if finder.lowers[k] != ",":
            continue
        words = finder.tokens[k + 1 : trigger.i]
        described = (
            finder.lowers[k + 1] in {"a", "an", "the"} and words[-1].pos_ == "NOUN"
            and not any(t.is_punct or is_verb(t) for t in words) and finder.by_token.get(k - 1) is not None
        )
        return finder.tokens[k - 1] if described else None
    return None


def charge_opening(trigger: Token, finder: ArgumentFinder) -> int | None:
    """Where the "of" opening the charge the trigger is part of stands: right before it
    ("of arming Z", "of secretly arming Z"), or before a verb of the same unbroken stretch
    ("of sending troops to fight Z"); None if there is none."""
    start = trigger.sent.start
    for k in range(trigger.i - 1, max(start, trigger.i - 6) - 1, -1):
        if finder.tokens[k].is_punct:
            return None
        if finder.lowers[k] == "of" and (
            finder.tokens[k + 1].tag_ == "VBG" or all(t.pos_ == "ADV" for t in finder.tokens[k + 1 : trigger.i])
        ):
            return k
    return None


def copula_complement(subject: Token) -> Token | None:
    """ "X is Y": Y, for the subject X (UD hangs the subject and "is" on Y; ClearNLP
    makes Y the attribute of "is")."""
    if subject.dep_ not in NOMINAL_SUBJECT:
        return None
    if any(c.dep_ == "cop" for c in subject.head.children):
        return subject.head
    return next((c for c in subject.head.children if c.dep_ == "attr"), None) if subject.head.lemma_ == "be" else None


def relative_antecedent(clause: Token, finder: ArgumentFinder) -> Token:
    """The noun a relative clause (or a participle: "B, a town in northern Bosnia held by
    X") stands for: the one it hangs on, except a country or province closing a phrase
    set off after a place ("Tessit, on the border with Niger, which the rebels hold":
    Tessit; a group holds a town, not the state beyond)."""
    noun = clause.head
    described = described_by_copula(noun, finder)
    if described is not None:
        return described  # "Fort P is now the last post that federal troops hold": Fort P
    ent = finder.entity_span(noun)
    if ent is not None and ent.label_ == "PER" and any(c.lower_ == "which" for c in clause.children):
        # "X, the rebel movement led by Y, which the army has fought": "which" is never
        # a person; the body named before him is meant
        body = next((
            e for e in reversed(noun.sent.ents)
            if e.end <= ent.start and e.label_ == "ORG"
        ), None)
        return body.root if body is not None else noun
    body = post_body(noun) if any(c.lower_ == "which" for c in clause.children) else None
    if body is not None:
        # "X, the commander of the Y battalion, which is paid by Z": the body the post is
        # of ("which" is never the man nor his post)
        return body
    place = place_before_set_off_phrase(ent, finder) if ent is not None else None
    relative_word = next((c.lower_ for c in clause.children if c.tag_ in {"WDT", "WP", "WP$", "WRB"}), None)
    if ent is None and noun.lower_ in DESCRIBED_PLACE_NOUNS | DESCRIBED_FACILITY_NOUNS and (
        relative_word in {"which", "that"} or relative_word is None and any(c.dep_ in NOMINAL_SUBJECT for c in clause.children)
    ):
        # "Rocinha, the city's largest favela, which is controlled by X", "X, a Khmer
        # temple that is guarded by Y", "X, a largely Arab town the SDF had held": the
        # place the description is of (the parser hangs the clause on the description)
        place = finder.place_before_description(noun.left_edge.i)
    if place is None and ent is None and relative_word == "which" and finder.mention(noun) is None:
        # "pushed along the coast from Marbella, which fell to X": the parser may hang the
        # clause on the noun the place name modifies; the name right before ", which" is meant
        # (only a "which" that is the clause's subject: "A and B, which Afghan troops had
        # held", a hold told in the past perfect, is read elsewhere)
        which = next(c for c in clause.children if c.lower_ == "which")
        named = finder.entity_span(finder.tokens[which.i - 2]) if which.i >= 2 and finder.lowers[which.i - 1] == "," and which.dep_ in NOMINAL_SUBJECT else None
        if named is not None and named._.frontline_kind == "Place" and noun.is_ancestor(named.root):
            place = named
    return place.root if place is not None else noun


def described_by_copula(noun: Token, finder: ArgumentFinder) -> Token | None:
    """ "Fort P is now the most important post ...": the named subject a noun after "is"
    or "was" describes, when the noun itself names nothing."""
    if finder.entity_span(noun) is not None or not any(c.dep_ == "cop" for c in noun.children):
        return None
    subject = next((c for c in noun.children if c.dep_ in NOMINAL_SUBJECT), None)
    return subject if subject is not None and finder.entity_span(subject) is not None else None


def moved_antecedents(clause: Token, finder: ArgumentFinder) -> list[Token]:
    """The place named first and its conjuncts when ``relative_antecedent`` moves a
    relative clause off the noun it hangs on ("A and B, two towns in Abyan province
    that the militants hold": A and B); [] when it stays."""
    noun = relative_antecedent(clause, finder)
    return [] if noun == clause.head else with_conjuncts(noun)


def place_before_set_off_phrase(ent: Span, finder: ArgumentFinder) -> Span | None:
    """ "Tessit, on the border with Niger, which ...", "Morek, in northern Hama province,
    which ...", "X, the second town of Idlib province, which ...": the place named first
    when ``ent`` (a country or place) closes a phrase set off by commas right after it."""
    # (a facility only as the place's own description: "Temmin, the rebels' main base, ...")
    apposed_facility = ent._.frontline_kind == "Facility" and ent.start >= 2 and finder.lowers[ent.start - 1] in {"the", "a", "an"} and finder.lowers[ent.start - 2] == ","
    if ent._.frontline_kind not in {"Country", "Place"} and not apposed_facility:
        return None
    sentence_start = ent.sent.start
    of = ent.start - 1 - (finder.lowers[ent.start - 1] == "the")
    if of - 1 >= sentence_start and finder.lowers[of] == "of":
        # "the Kilinochchi area of the Vanni, which ...": the place in the region
        place = finder.entity_span(finder.tokens[of - 1])
        if place is not None and place._.frontline_kind in {"Place", "Facility"}:
            return place
    k = ent.start - 1
    while k > sentence_start and ent.start - k <= 16 and finder.tokens[k].text != ",":
        k -= 1
    if k <= sentence_start or finder.tokens[k].text != ",":
        return None
    between = range(k + 1, ent.start)
    if len(between) > 5 or finder.tokens[k + 1].pos_ not in {"ADP", "DET"}:
        # "Mariupol, the port city on the coast in the south of the Donetsk region,
        # that ...", "A and B, two towns in Abyan province that ...": a longer phrase
        # only when its first words call the first place a town, with no verb of its own
        if not any(finder.lowers[j] in TOWN_NOUNS | PLURAL_PLACE_NOUNS for j in between[:4]):
            return None
    place = finder.entity_span(finder.tokens[k - 1])
    return place if place is not None and place._.frontline_kind in {"Place", "Facility"} else None


def first_word(noun: Token) -> int:
    """Index of the first word of a noun's phrase, past its "," and "and" (which the
    parser hangs on a conjunct)."""
    return min((t.i for t in noun.subtree if not t.is_punct and t.dep_ != "cc"), default=noun.i)


REFLEXIVE_PRONOUNS = frozenset("itself himself herself themselves ourselves myself".split())


def set_off_before(participle: Token, finder: ArgumentFinder) -> Token | None:
    """The last word before ", <participle>", past a bracketed acronym ("the Movement
    for the Liberation of Congo (MLC), led by X"); None without the comma."""
    k = participle.i - 1
    if k < 1 or finder.lowers[k] != ",":
        return None
    k = finder.past_bracketed_acronym(k - 1)
    return finder.tokens[k] if k >= participle.sent.start else None


def is_source_named(noun: Token) -> bool:
    """Whether a name is what a noun comes from ("a team from A and B"): the object of
    "from", or joined to one."""
    head = noun.head if noun.dep_ == "conj" else noun
    return any(c.dep_ == "case" and c.lower_ == "from" for c in head.children) and head.head.pos_ == "NOUN"


def is_set_off(verb: Token, finder: ArgumentFinder) -> bool:
    """Whether a participle opens after a comma, alone or in a description ("A, led by
    X,", "A, a rival led by X,"): a description inside a list or a sentence that goes
    on after it."""
    return verb.i > 0 and finder.lowers[verb.i - 1] == "," or (
        verb.dep_ in {"acl", "appos"} and finder.lowers[first_word(verb) - 1] == ","
    )


def is_list_going_on(noun: Token, finder: ArgumentFinder) -> bool:
    """Whether a conjunct the parser joined to a word inside a description is the
    outer list going on: ", and B" after a single item (not "A, B, and C", a list of
    three with a comma before "and")."""
    if noun.dep_ != "conj" or finder.lowers[first_word(noun) - 2 : first_word(noun)] != (",", "and"):
        return False
    return sum(1 for c in noun.head.children if c.dep_ == "conj") == 1


def nouns_held_against(verb: Token) -> list[Token]:
    """The nouns after "against" in the verb's own clause: "held the road along the coast
    against X" (no verb between: not "troops sent to fight against X")."""
    found = []
    for case in verb.subtree:
        if case.lower_ != "against" or case.i < verb.i or case.dep_ not in {"case", "prep"}:
            continue
        noun = case.head if case.dep_ == "case" else next((c for c in case.children if c.dep_ == "pobj"), None)
        link = noun.head if noun is not None else None
        while link is not None and link != verb and not is_verb(link) and link.head != link:
            link = link.head
        if noun is not None and link == verb:
            found.append(noun)
    return found


# What sides coordinate when they fight together: "coordinated their operations with X"
JOINT_WORK_NOUNS = frozenset("operations operation attacks offensive offensives moves actions efforts strikes".split())


# Giving way, in a clause after a taking: "after government troops fled", "as the garrison surrendered"
GIVING_WAY_LEMMAS = RETREAT_VERBS | frozenset("collapse surrender".split())
# ... with a particle only: "pulled out", "fell back"
GIVING_WAY_PHRASES = frozenset({("pull", "out"), ("pull", "back"), ("fall", "back"), ("melt", "away")})
GIVING_WAY_MARKS = frozenset("after as when".split())


def gave_way_before(taking: Token, finder: ArgumentFinder) -> list[EntityMention]:
    """The side that gave way in a clause hung on a verb of taking: "seized X on July 28
    after government troops fled" (the side read off the words between the mark and the
    verb: the parser often breaks that clause's subject apart)."""
    found = []
    for clause in taking.children:
        if clause.dep_ != "advcl" or clause.i < taking.i:
            continue
        lemma = finder.lemma(clause)
        particle = finder.lowers[clause.i + 1] if clause.i + 1 < len(finder.lowers) else ""
        if lemma not in GIVING_WAY_LEMMAS and (lemma, particle) not in GIVING_WAY_PHRASES:
            continue
        marks = [k for k in range(max(taking.i + 1, clause.i - 6), clause.i) if finder.lowers[k] in GIVING_WAY_MARKS]
        nouns = [t for t in finder.tokens[marks[-1] + 1 : clause.i] if t.pos_ in {"NOUN", "PROPN"}] if marks else []
        side = finder.mention(nouns[-1]) if nouns else None
        if side is not None:
            found.append(side)
    return found


def suppliers_named_by(thing: Token, finder: ArgumentFinder) -> list[EntityMention]:
    """The state whose people's word names what is given: "depends on Soviet weapons
    and advisers" (the Soviet Union)."""
    if finder.mention(thing) is not None or not (thing.lower_ in GIVEN_THINGS or finder.lemma(thing) in GIVEN_THINGS):
        return []
    found = []
    for word in thing.children:
        ent = finder.entity_span(word) if word.dep_ in COMPOUND | {"amod"} else None
        mention = finder.mention(word, demonyms=True) if ent is not None and ent.label_ == "NORP" else None
        if mention is not None and mention.kind == "Country":
            found.append(mention)
    return found


def has_kept_state(verb: Token) -> bool:
    """Whether "kept X" says in what state X was kept: "under siege", "open", "supplied"."""
    return any(
        c.dep_ in {"xcomp", "acomp", "oprd", "ccomp"} or c.dep_ in {"obl", "prep"} and preposition_of(c) in {"under", "in", "out"}
        or c.dep_ == "prep" and c.lower_ in {"under", "in", "out"}
        for c in verb.children
    )


def fight_governing(verb: Token) -> Token | None:
    """The verb of fighting a phrase hangs on, or the one a participle set off after it
    ("attacked X, using car bombs, in an assault on Y") completes; None if neither fights."""
    if verb.dep_ in {"advcl", "xcomp"} and verb.tag_ == "VBG" and VERB_TRIGGERS.get(lemma_of(verb)) is not _FIGHT:
        verb = verb.head
    return verb if is_verb(verb) and VERB_TRIGGERS.get(lemma_of(verb)) is _FIGHT else None


def revolt_owners(noun: Token, finder: ArgumentFinder) -> list[Token]:
    """Whose a revolt is: "the nationalist rebellion of the FLN", "the FLN's revolt", "a
    rising by the Communist Party" (the word "rising" is its own lemma, not "rise"), and
    a body's name before the word ("the Kalden Front uprising"; not a people's, "the
    Tuareg rebellion")."""
    return [
        *(n for prep, n in prepositional_objects(noun) if prep in {"of", "by"}),
        *(c for c in noun.children if c.dep_ in POSSESSIVE),
        *(c for c in noun.children if c.dep_ == "compound" and (m := finder.mention(c)) is not None and m.label == "ORG"),
    ]


def attacks_owners(noun: Token, finder: ArgumentFinder) -> list[EntityMention]:
    """Whose the attacks are: "fresh Algerian counter-attacks" (a people's word: its
    army), "attacks by X", "X's assaults"."""
    if finder.lemma(noun) not in ATTACK_NOUNS or finder.mention(noun) is not None:
        return []
    # ("Mustafa Kemal's offensive": his forces', which resolution makes the group he leads)
    return [finder.mens_of(m, noun, noun) if m.kind == "Person" else m for m in owners_of(noun, finder)]


def owners_of(noun: Token, finder: ArgumentFinder) -> list[EntityMention]:
    """The actors a noun's modifiers and "by"/"of" name ("the Greek front": the Greek army)."""
    found = []
    modifiers = [c for c in noun.children if c.dep_ in POSSESSIVE | COMPOUND | {"amod"}]
    modifiers += [g for c in modifiers if c.lower_ == "counter" for g in c.children if g.dep_ in COMPOUND | {"amod"}]  # ("Algerian counter-attacks")
    for owner in modifiers + [n for p, n in prepositional_objects(noun) if p in {"by", "of"}]:
        ent = finder.entity_span(owner)
        mention = finder.mention(owner, demonyms=True)
        if ent is not None and ent.label_ == "NORP" and mention is not None and mention.kind == "Country":
            mention = finder.national_army(mention.name, owner)  # "Algerian counter-attacks": the Algerian army's
        if mention is not None and is_actor(mention):
            found.append(mention)
    return found


# A side's line, which its foe breaks: "X's offensive broke the Greek front"; and its
# push, broken by those it was aimed at ("broke a four-day German offensive")
BROKEN_LINE_NOUNS = frozenset("front lines line defences defenses offensive offensives assault attack attacks push".split())


def broken_front(verb: Token, finder: ArgumentFinder) -> Iterator[Candidate]:
    """ "a fortnight after X's offensive broke the Greek front", "broke through the
    separatists' lines": the breaker (or the owner of the offensive that broke it)
    fights the side whose line it was."""
    lines = [o for o in objects(verb) if o.lower_ in BROKEN_LINE_NOUNS]
    # ("broke through the separatists' lines")
    lines += [n for p, n in prepositional_objects(verb) if p == "through" and n.lower_ in BROKEN_LINE_NOUNS]
    if not lines:
        return
    subjects = subject_of_clause(verb)
    breakers = finder.mentions(subjects) + [m for s in subjects for m in attacks_owners(s, finder)]
    for breaker in breakers:
        for side in [m for line in lines for m in owners_of(line, finder)]:
            if is_actor(breaker) and breaker.name != side.name:
                yield Candidate(breaker, "fights", side, verb, 0.65)


def held_against(verb: Token, finder: ArgumentFinder) -> Iterator[Candidate]:
    """ "holding the town for two weeks against three X divisions": who holds ground
    against X fights X (the parser may hang "against" on the time phrase)."""
    if not any(c.dep_ in {"obj", "dobj"} for c in verb.children):
        return
    # (the verb's own "against X" with its conjuncts, then "against" hung anywhere in the
    # clause: on the time phrase, on the ground held, "the road along the coast against X")
    foes = [n for p, n in prepositional_objects(verb) if p == "against"]
    foes += [n for n in nouns_held_against(verb) if n not in foes]
    for agent in finder.mentions(subject_of_clause(verb)):
        for foe in finder.mentions(foes) + [m for n in foes for m in attacks_owners(n, finder)]:
            if is_actor(agent) and is_actor(foe) and foe.name != agent.name:
                yield Candidate(agent, "fights", foe, verb, 0.6)


# Nouns that describe a body set off after its name ("the AFRC, the renegade soldiers who
# ...", "X, the gang alliance that ..."): the relative clause is the named body's
DESCRIBED_BODY_NOUNS = ARMED_MEN_NOUNS | APPOSED_PLURALS | GROUP_ANAPHORS


# Offices that speak for their owner: "heads the SDF's media office", "runs the Front's publicity"
PUBLICITY_OFFICE_NOUNS = frozenset("office centre center department bureau unit service section wing".split())
PUBLICITY_OFFICE_WORDS = frozenset("publicity information communications communication press propaganda media".split())


def publicity_office_candidates(token: Token, finder: ArgumentFinder) -> Iterator[Candidate]:
    """ "X, who heads the SDF media centre", "X, who runs the Republicans'
    publicity": X speaks for the owner of the office (the golds' spokesman)."""
    owners = [owner for o in objects(token) if is_publicity_office(o) for owner in office_owners(o, finder)]
    for owner in finder.mentions(owners):
        for person in finder.mentions(subject_of_clause(token)):
            if person.kind == "Person" and owner.kind != "Person" and is_actor(owner):
                yield Candidate(person, "spokespersonFor", owner, token, 0.7)


def is_publicity_office(noun: Token) -> bool:
    """ "publicity", "the media office", "its press centre": a body's voice."""
    return noun.lower_ in {"publicity", "propaganda"} or noun.lower_ in PUBLICITY_OFFICE_NOUNS and any(
        c.lower_ in PUBLICITY_OFFICE_WORDS and c.i < noun.i for c in noun.children
    )


def office_owners(office: Token, finder: ArgumentFinder) -> list[Token]:
    """Whose the office is: "the SDF's media office", "the SDF media centre", "the
    media office of the SDF"."""
    owners = [
        c for c in office.children
        if c.dep_ in POSSESSIVE and c.lower_ not in PRONOUN_KINDS or c.dep_ in COMPOUND and finder.entity_span(c) is not None
    ]
    return owners + [n for prep, n in prepositional_objects(office) if prep == "of"]


# What "take" takes in an idiom, nothing seized: "took part", "took place", "took note"
IDIOM_TAKEN_NOUNS = frozenset("part place note".split())


def verb_candidates(token: Token, finder: ArgumentFinder) -> Iterator[Candidate]:
    if not is_verb(token):
        return
    lemma = finder.lemma(token)
    if lemma in {"head", "run"}:
        yield from publicity_office_candidates(token, finder)
    if lemma in OUSTING_VERBS:
        yield from ousting_candidates(token, finder)
        return
    if lemma == "break":
        yield from broken_front(token, finder)
    trigger = VERB_TRIGGERS.get(lemma)
    # "finished off a division", "wiped out the brigade" (the parser may make the
    # particle the object's preposition: "off the Front")
    particle = finder.lowers[token.i + 1] if token.i + 1 < len(finder.lowers) else ""
    # "beat the attackers back", "held the gunmen off": the particle after the object
    repelled = lemma in REPELLING_LEMMAS and any(
        (lemma, c.lower_) in REPELLING_VERBS and c.i > token.i + 1 and c.dep_ in {"advmod", "prt", "compound:prt"} for c in token.children
    )
    phrasal = (trigger is None and (lemma, particle) in PARTICLE_FIRST_FIGHT_VERBS) or repelled
    if phrasal:
        trigger = _FIGHT
    if trigger is None:
        return
    if lemma == "take" and any(c.lower_ in IDIOM_TAKEN_NOUNS and c.dep_ in OBJECT for c in token.children):
        return  # "took part, and Iran ...": the parser may join the next clause's subject to "part"
    if lemma == "hold" and any(c.lower_ == "out" and c.dep_ in {"prt", "compound:prt"} for c in token.children):
        trigger = _HOLD_OUT  # "were holding out against X": X is fought, nothing is held
    elif lemma == "hold" and any(c.lower_ == "up" and c.dep_ in {"prt", "compound:prt"} for c in token.children):
        trigger = _FIGHT  # "the division has been held up by X": stopped by X, who fights it; nothing is held
    elif lemma in {"hold", "defend"}:
        yield from held_against(token, finder)  # ("defended the town against X")
    preps = list(prepositional_objects(token))
    passive = is_passive(token)
    if passive:
        if (clause_verb := verb_of_being_clause(token)) is not None:
            # "his men fought their way to the outskirts before being driven back by X":
            # the clause's subject is driven back, whatever noun the parser hung it on
            patients = subject_of_clause(clause_verb)
        elif token.dep_ in {"acl", "amod"} or (token.dep_ in RELATIVE_CLAUSE and not subject_of_clause(token)):
            # only the noun it hangs on: in "either X or a rival body backed by Z" Z backs the body
            patients = [relative_antecedent(token, finder)]
            if token.head.i > token.i + 1 and any(c.dep_ in {"obl:agent", "agent"} and c.i < token.head.i for c in token.children):
                # "moved in at 8 a.m., led by A, the special battalion of B": a noun after
                # the participle's own "by A" is no noun it describes (a misparse)
                patients = []
        else:
            patients = subject_of_clause(token)
            if token.dep_ in RELATIVE_CLAUSE and patients[:1] == [token.head]:
                patients = moved_antecedents(token, finder) or patients
            set_off = set_off_before(token, finder)
            if token.dep_ in {"advcl", "ccomp"} and set_off is not None and is_source_named(set_off):
                # "a joint team from the United States and Rwanda, led by X": the team is
                # led, a noun with no name, never the place it comes from
                patients = []
            elif token.dep_ in {"advcl", "ccomp", "xcomp"} and set_off is not None and (m := finder.mention(set_off)) is not None and is_actor(m):
                # "Lissouba left as Sassou's militia, backed by Angolan tanks, broke
                # through", "Uganda backs the MLC (MLC), led by X", "it has been held up by
                # Y's 6th Division, commanded by X": the actor right before the comma,
                # whatever the parser hung the participle on
                patients = [set_off]
        agents = [noun for prep, noun in preps if prep == "by"]
        if not agents and phrasal:
            # "were thrown back by the army": the parser may hang "by" on the particle
            agents = [n for c in token.children if c.lower_ == particle for prep, n in prepositional_objects(c) if prep == "by"]
        if not agents and is_set_off_participle(token):
            # "X, helped by Rwandan troops, took Y", parsed with "by" on "Rwandan": the
            # object whose words "by" opens
            agents = [o for o in objects(token) if token.doc[token.i + 1] in o.subtree]
        if not agents:
            # "has been led since August by X": the parser may hang "by X" on the date
            # (or on the stretch: "held throughout the fighting by X")
            agents = [
                n for prep, dated in preps if prep in {"since", "in", "until", "throughout", "during"}
                for p2, n in prepositional_objects(dated) if p2 == "by" and n.pos_ == "PROPN"
            ]
        if not agents and lemma in KILLING_LEMMAS and any((m := finder.mention(p)) is not None and m.kind != "Person" for p in patients):
            # "Eighteen soldiers were killed when the IRA detonated two bombs": who struck
            # as they died (not "when their vehicle was struck": no one named; and a man
            # killed is no side fought)
            agents = [
                s for c in token.children
                if c.dep_ == "advcl" and any(m.lower_ == "when" for m in c.children if m.i < c.i) and not is_passive(c)
                for s in subject_of_clause(c)
            ]
        agents += list_items_as_appositions(agents)  # "backed by A, the B and the C"
        agents = [n for a in agents for n in (senders_of_men(a, token) or [a])]
        if is_set_off(token, finder):
            # "among them A, led by X, and B", "include A, a former rival led by X, and B":
            # in a participle set off by commas, ", and B" is the list going on, not a
            # second agent
            agents = [a for a in agents if not is_list_going_on(a, finder)]
        if lemma in GIVING_VERBS:
            # "forces sent by President A": his own forces, no backing
            agents = [a for a in agents if (m := finder.mention(a)) is None or m.kind != "Person"]
            # "relies on tanks supplied by A and B": the tanks are what is given, never
            # the one backed (the finder reads "tanks supplied by A" as A's own, and B
            # would back A); whoever uses them is read by supply_candidates
            patients = [p for p in patients if not is_supplied_thing(p, finder)]
    else:
        agents = subject_of_clause(token)
        if (described := apposed_participle_name(token, finder)) is not None:
            agents = [described]  # "accuses A of arming B, the guerrilla army fighting C": B fights, however parsed
        if (helped := helped_name_read_as_modifier(token, finder)) is not None:
            agents = [helped]  # "sent troops to help the X Front retake Y": the Front retakes, not the sender
        if (
            token.dep_ in RELATIVE_CLAUSE and len(agents) == 1 and agents[0].lower_ in DESCRIBED_BODY_NOUNS
            and finder.mention(agents[0]) is None
        ):
            # "the AFRC, the renegade soldiers who allied themselves with the RUF": the
            # parser may not hang the description on the name before the comma
            described = finder.name_before_comma(agents[0])
            agents = [described.root] if described is not None else agents
        patients = objects(token)
        if not patients and (first := relative_before_and_that(token)) is not None:
            patients = [relative_antecedent(first, finder)]  # "a force that has fought X and that India has armed"
        if not patients and (lemma, particle) in REPELLING_VERBS:
            patients = bare_obliques_after(token)  # "threw back the Landeswehr"
        if trigger.predicate == "fights" and len(agents) == 1 and 0 < agents[0].i < token.i and patients and (
            finder.lowers[agents[0].i - 1] in {"beside", "alongside"} and agents[0].pos_ == "PRON"
        ):
            # "Beside them fought the X Brigade": the parser takes the pronoun for the
            # subject; the one named after the verb fought, on their side
            beside_them, agents, patients = agents, patients, []
        else:
            beside_them = []
        # "heads Ukraine's Luhansk regional administration": the parser may make the
        # possessor an object of its own beside what it possesses (but "routing the
        # division's regiments" fights the division too)
        patients = [
            p for p in patients
            if trigger.predicate == "fights"
            or not (p.i + 1 < len(finder.lowers) and finder.lowers[p.i + 1] in {"'s", "’s"} and any(q.i > p.i for q in patients))
        ]
        if lemma in {"accuse", "blame"}:
            patients += [c for c in token.children if c.dep_ in {"iobj", "dative"}]  # "accused X of ..."
        # "allied himself with X": the reflexive is the subject again; "with X" says whom
        patients = [p for p in patients if p.lower_ not in REFLEXIVE_PRONOUNS]
        # '"China opposes any fighting ...," spokesman X told': the quote ends before X
        patients = [p for p in patients if not is_past_closing_quote(token, p)]
        if token.dep_ in RELATIVE_CLAUSE and is_told_content(token):
            patients = [p for p in patients if p.lower_ not in {"that", "which", "whom"}]
        if token.dep_ in RELATIVE_CLAUSE and any(
            c.lower_ in {"which", "that"} and c.i < token.i and not c.dep_.startswith("nsubj") for c in token.children
        ):
            # "Dar Drius, which the tribesmen occupied the same evening": the parser may
            # make the time the object and hang the relative pronoun elsewhere
            patients = [
                (token.head if p.lower_ in TIME_WORDS and p.i > token.i and not any(c.dep_ == "case" for c in p.children) else p)
                for p in patients
            ]
        if token.dep_ in RELATIVE_CLAUSE:
            # "the city that they have lost": the relative pronoun stands for the noun
            patients = [
                a
                for p in patients
                for a in ((moved_antecedents(token, finder) or [token.head]) if p.lower_ in {"that", "which", "whom"} else [p])
            ]
        if lemma in {"help", "assist"}:
            # "helped the army guard bridges": the parser may read "army guard bridges" as
            # one noun; the force before the verb-like word is the one helped
            patients += [h for p in patients if (h := force_read_as_modifier(p)) is not None]
            # ... or the helped side's name a modifier of its verb: "to help the X Front retake Y"
            patients += [h for c in token.children if (h := helped_name_read_as_modifier(c, finder)) is not None and h not in patients]
            # "helped the FAC beat back the rebels": the parser may make the rebels a second
            # object of "helped"; whoever comes after the helped side's verb is fought
            fought = [p for p in patients if any(finder.lowers[k] in HELPED_TO_FIGHT_WORDS for k in range(token.i + 1, p.i))]
            # ... or the parser gives the helped side's verb its own object: "helped the
            # army drive the rebels back" ("drive" an xcomp of "helped")
            fought += [
                o for c in token.children if c.dep_ == "xcomp" and finder.lowers[c.i] in HELPED_TO_FIGHT_WORDS
                for o in objects(c) if preposition_of(o) is None and o not in fought
            ]
            patients = [p for p in patients if p not in fought]
            for agent in finder.mentions(agents):
                for foe in finder.mentions(fought):
                    if is_actor(foe) and foe.name != agent.name:
                        yield Candidate(agent, "fights", foe, token, 0.6)
        if lemma in GIVING_VERBS:
            # "supplies weapons to X": X is backed; "supplied X with drones", "gave X aid": X too
            if not patients:
                # "has flown in ammunition for X", "sent in troops": the parser may read the
                # particle as a preposition, what is sent its object
                patients = [n for prep, n in preps if prep == "in" and (n.lower_ in GIVEN_THINGS or lemma_of(n) in GIVEN_THINGS)]
            if lemma in MATERIAL_ONLY_GIVING and not any(o.lower_ in GIVEN_THINGS or lemma_of(o) in GIVEN_THINGS for o in patients):
                return  # "sent a letter to X" is no backing
            recipients = [noun for prep, noun in preps if prep == "to"]
            # "shipped rifles to the army": the parser often hangs "to" on the thing sent
            recipients += [n for o in patients for prep, n in prepositional_objects(o) if prep == "to" and n not in recipients]
            # "sent weapons, including rockets, to X": the parser may hang "to" on the
            # example the sentence gives of what was sent
            examples = [n for prep, n in preps if prep in {"including", "such as"}]
            recipients += [n for e in examples for prep, n in prepositional_objects(e) if prep == "to" and n not in recipients]
            if token.dep_ in {"ccomp", "ccomp:speech"} and not recipients:
                # "confirmed that X was giving aid, including flights, to the army": the
                # parser may hang "to" on the verb of saying, after the whole clause
                recipients += [n for prep, n in prepositional_objects(token.head) if prep == "to" and n.i > token.i]
            if lemma in {"provide", "supply", "deliver", "send", "ship", "fly", "airlift"}:
                # "provided rifles for the army", "has flown in ammunition for the army":
                # given to the army (not "for years")
                recipients += [
                    n for prep, n in [*preps, *(po for o in patients for po in prepositional_objects(o))]
                    if prep == "for" and n not in recipients and finder.mention(n) is not None
                ]
            recipients += [c for c in token.children if c.dep_ in {"iobj", "dative"}]
            if recipients:
                # "gave support to the army and the AU force": the parser may join the second
                # recipient to the thing given; an actor after the first recipient is one too
                recipients += [
                    p for p in patients
                    if p.dep_ == "conj" and p.i > recipients[0].i and p not in recipients
                    and (m := finder.mention(p)) is not None and is_actor(m)
                ]
            # (the sender's own men are no recipient: "sent its troops into X" backs nobody)
            # (nor a name joined to what was sent: "sent troops and Costa Rica a police unit"
            # leaves out the verb of a second sender)
            patients = recipients or [
                p for p in patients if finder.mention(p) is not None and not (
                    p.lower_ in MATERIAL_NOUNS and any(c.dep_ in POSSESSIVE and c.lower_ in PRONOUN_KINDS for c in p.children)
                ) and not (p.dep_ == "conj" and lemma_of(p.head) in MATERIAL_NOUNS)
            ]
        if not patients:
            patients = [noun for prep, noun in preps if prep in trigger.object_prepositions]
        if not patients:
            patients = relativised_object(token, finder)
    if trigger.predicate == "fights" and "against" in trigger.object_prepositions and not any(finder.mention(p) is not None for p in patients):
        # "fought its biggest air battle since 1940 against X": the parser may hang
        # "against X" on the time phrase; it is still the verb's own
        patients = patients + [n for n in nouns_held_against(token) if n not in patients]
    if lemma in CONTROL_ONLY_VERBS or lemma in HOLD_ONLY_VERBS:
        kept_words = {"control", "authority"} | ({"hold", "grip"} if lemma in HOLD_ONLY_VERBS else set())
        kept = [
            noun for p in patients if p.lemma_.lower() in kept_words
            for prep, noun in prepositional_objects(p) if prep in {"of", "over", "on"}
        ]
        if not kept and lemma in {"keep", "retain"} and not has_kept_state(token):
            # "the fort, which government troops kept throughout the rising": a named place
            # kept as it is (not "kept the town under siege", "kept the road open")
            # (named: "has kept the capital" may be any capital the story named last)
            kept = [p for p in patients if finder.entity_span(p) is not None and (m := finder.mention(p)) is not None and m.kind in {"Place", "Facility"}]
        patients = kept
        if not patients:
            return
    if lemma == "hold" and not passive and any(p.lower_ in HELD_GROUND_WORDS for p in patients):
        # "still held its ground on the Guadalcanal Plains": where the ground is is held
        patients = [n for prep, n in preps if prep in {"on", "in", "at", "around"}] + [
            n for p in patients if p.lower_ in HELD_GROUND_WORDS for prep, n in prepositional_objects(p) if prep in {"on", "in", "at", "around"}
        ]
    if trigger.predicate == "controls" and lemma in PORTION_TAKING_LEMMAS:
        # "took control of X", "seized full control of X", "lost control of X", "seized
        # most of X", "captured part of X", "overran the last few blocks of X"
        controlled = [
            whole_of_portion(noun) for p in patients if p.lemma_.lower() in PORTION_NOUNS
            for prep, noun in prepositional_objects(p) if prep in {"of", "over"}
            and not (lemma == "control" and noun.lower_ in PRONOUN_KINDS)  # ("controls nearly all of it": the place is named before)
        ]
        if controlled:
            patients = controlled
            if lemma == "hold":
                trigger = _HOLD
    if lemma in LAND_ONLY_HOLD_VERBS:
        patients = [p for p in patients if finder.entity_span(p) is not None and (m := finder.mention(p)) is not None and m.kind == "Place"]
    if lemma == "overrun" and trigger.predicate == "controls":
        # "the alliance has overrun several hundred military posts": whose posts are
        # overrun is fought (no place is named that is taken)
        yield from holders_fought([p for p in patients if p.lower_ in HELD_POINT_NOUNS], agents, token, finder)
    if trigger.control_change == "gain" and not passive:
        # "captured the army garrison at X": the garrison's side is fought (X is taken:
        # see named_places)
        garrisons = [p for p in patients if p.lower_ in GARRISON_NOUNS and garrisoned_place(p, finder) is not None]
        yield from holders_fought(garrisons, agents, token, finder)
    if (trigger.control_change == "gain" or trigger.predicate == "fights") and not passive:
        # "struck the RUF-held district of X", "stormed towards the fort held by the
        # Gendarmerie": who attacks or takes ground named as another's fights its holder
        yield from holders_fought([h for p in patients for h in holders_named_with(p)], agents, token, finder)
        # "captured / stormed the headquarters of the military's Western Command": who
        # takes or attacks a body's seat fights that body (a seat taken is read below)
        # ("overran part of the army's base": the seat a portion is of)
        seats = [whole_of_portion(p) if p.lemma_.lower() in PORTION_NOUNS else p for p in patients]
        owners = [n for p in seats if p.lower_ in SEAT_NOUNS for prep, n in prepositional_objects(p) if prep == "of"]
        if not owners:
            owners = [n for p in seats if p.lower_ in SEAT_NOUNS and (n := finder.body_named_after_of(p)) is not None]
        # (and the force it is part of: "the military's Western Command" is the military's)
        owners += [c for n in owners for c in n.children if c.dep_ in POSSESSIVE and c.lower_ not in PRONOUN_KINDS]
        # ("overran the Front's offices", "part of the army's base": the seat's owner named before it)
        owners += [c for p in seats if p.lower_ in SEAT_NOUNS for c in p.children if c.dep_ in POSSESSIVE and c.lower_ not in PRONOUN_KINDS]
        for owner in finder.mentions(owners):
            for agent in finder.mentions(agents):
                if is_actor(owner) and is_actor(agent) and owner.kind != "Person":
                    yield Candidate(agent, "fights", owner, token, 0.65)
    if trigger.predicate == "controls":
        patients = named_places(patients, finder)
    if trigger.predicate == "leads":
        # "led the government's counter-offensives": an operation led, not the body owning it
        patients = [p for p in patients if lemma_of(p) not in ATTACK_NOUNS and p.lower_ not in ATTACK_NOUNS]
    if lemma == "secure":  # "secured the airport", not "secured Russia's support" or "a deal"
        patients = [p for p in patients if (m := finder.mention(p)) is not None and m.kind in {"Place", "Facility"}]
    if lemma in {"take", "win"} and not any(is_place(m) for m in patient_mentions_of(patients, trigger, finder)):
        return  # ("won independence from X": nothing taken, no one fought)
    if phrasal and not passive:
        patients += [n for prep, n in preps if prep == particle]
    if trigger.predicate == "controls" and trigger.control_change != "loss":
        # "had taken over the capital, including its radio station and the X air base",
        # "hold most of eastern Bosnia, including A and B": what is named as part of the
        # ground taken or held is taken or held too (not "swept through the districts,
        # including A": what is swept through is not held); the parser may hang the
        # list on the verb
        patients += [
            n for p in [*(patients if trigger.control_change == "gain" else []), *([] if passive else [token])]
            for prep, n in prepositional_objects(p)
            if prep == "including" and n.i > p.i and n not in patients and (m := finder.mention(n)) is not None and m.kind in {"Place", "Facility"}
        ]
    if trigger.predicate == "fights" and not passive:
        # "fought six rounds of war with X and a border war with Y": whom the war was with
        patients += [
            noun for o in objects(token) if lemma_of(o) in CLASH_NOUNS | QUANTITY_NOUNS | ATTACK_NOUNS
            for inner in [o, *(n for prep, n in prepositional_objects(o) if prep == "of")]
            for prep, noun in prepositional_objects(inner) if prep in {"with", "against"}
        ]
        patients += [n for p in patients if lemma_of(p) in REVOLT_NOUNS or p.lower_ in REVOLT_NOUNS for n in revolt_owners(p, finder)]
    if trigger.predicate == "fights":
        # "fighting alongside X" is no fight with X, whatever the parser made of X
        patients = [p for p in patients if not any(t.lower_ in {"alongside", "beside"} for t in token.doc[token.i + 1 : p.i])]
    if lemma == "face":
        # "the army faces the rebels"; "the president faces his rival in the vote" is an election
        patients = [p for p in patients if (m := finder.mention(p)) is not None and m.kind != "Person"]
        agents = [a for a in agents if (m := finder.mention(a)) is None or m.kind != "Person"]
    if lemma == "fall":
        # "Y fell to X": X gains Y; "Y fell into the hands of X" likewise.
        places = subject_of_clause(token)
        if not places and token.dep_ == "parataxis" and token.head.i < token.i and token.head.pos_ == "PROPN":
            places = [token.head]  # "Y, a market town, fell to X": the parser roots the clause at Y
        if token.dep_ in RELATIVE_CLAUSE and places == [token.head]:
            places = moved_antecedents(token, finder) or places  # "along the coast from Marbella, which fell to X": Marbella
        winners = [noun for prep, noun in preps if prep == "to"]
        winners += [inner for prep, noun in preps if prep == "into" and noun.lower_ == "hands" for p2, inner in prepositional_objects(noun) if p2 == "of"]
        agents, patients = winners, places
    if lemma in {"accuse", "blame"} and any(
        is_charge_verb(lemma_of(c)) or c.lower_ in CHARGE_GERUNDS for c in token.children if c.dep_ in {"advcl", "pcomp", "acl", "xcomp", "prep", "obl"}
    ) or lemma in {"accuse", "blame"} and any(
        is_charge_verb(lemma_of(t)) or t.lower_ in CHARGE_GERUNDS for t in token.subtree if t.i > token.i and t.tag_ == "VBG"
    ):
        return  # "A accuses B of arming C" is A's claim that B backs C (see statement_flags), no opposition
    if lemma == "coordinate":
        # "have coordinated their operations with Habre's army": whom one works with
        # (the parser may hang "with" on the operations)
        if not all(o.lower_ in JOINT_WORK_NOUNS for o in objects(token)):
            return
        patients = [n for prep, n in preps if prep == "with"] + [n for o in objects(token) for prep, n in prepositional_objects(o) if prep == "with"]
    if lemma == "belong" and any(a.pos_ == "PRON" for a in agents):
        return  # "they belong to the KGB": whom "they" are is too loose a guess for a unit's place
    if lemma in RECEIVING_VERBS and passive:
        return  # "he was received by the president": a guest welcomed, no backing (arms received: above)
    if lemma in RECEIVING_VERBS:
        patients = []  # "Germany acquired it": what one receives is no side one backs (the giver: below)
    for agent in finder.mentions(agents):
        for patient in patient_mentions_of(patients, trigger, finder):
            predicate = "memberOf" if lemma == "belong" and is_alliance_name(patient.name) else trigger.predicate
            if lemma == "belong" and predicate == "partOf" and (agent.canonical or "").endswith(" army") and is_numbered_unit(patient.name):
                # "the Ottoman forces belong to the Third Army of X": those forces are the
                # unit's men; the unit is part of the army, not the army of the unit
                yield Candidate(patient, predicate, agent, token, trigger.confidence)
                continue
            yield Candidate(agent, predicate, patient, token, trigger.confidence, trigger.control_change)
    if trigger.predicate == "fights" and not passive:
        yield from soldiers_fought(agents, patients, token, finder)
    if lemma == "fight" and not passive:
        # "X, which is fighting for independence from France": the state it would leave is fought
        rulers = [
            n for prep, aim in preps if prep == "for" and aim.lower_ in SECESSION_AIMS
            for p2, n in prepositional_objects(aim) if p2 == "from"
        ]
        for agent in finder.mentions(agents):
            for ruler in finder.mentions(rulers):
                yield Candidate(agent, "fights", as_actor(ruler, finder.year), token, 0.65)
        # "a mercenary unit fighting for the government": whom one fights for is backed
        for side in finder.mentions([n for prep, n in preps if prep == "for"]):
            for agent in finder.mentions(agents) if is_actor(side) and side.kind not in {"Place", "Facility"} else ():
                yield Candidate(agent, "backs", side, token, 0.65)
    if lemma == "storm":
        # "stormed the barracks", "the base was stormed by X": the stormers take the
        # place (a foe stormed is fought, above)
        for agent in finder.mentions(agents):
            for place in finder.mentions(named_places(patients, finder)):
                if is_place(place):
                    yield Candidate(agent, "controls", place, token, 0.7, "gain")
    if lemma in RETREAT_VERBS and not passive:
        # "the Iraqi army fled before Islamic State's sweep", "retreated in the face of X's
        # advance": who gives way before a side's push fights that side
        pushes = [n for prep, n in preps if prep == "before" and lemma_of(n) in PUSH_NOUNS]
        pushes += [n for prep, face in preps if prep == "in" and face.lower_ == "face" for p2, n in prepositional_objects(face) if p2 == "of" and lemma_of(n) in PUSH_NOUNS]
        owners = [c for n in pushes for c in n.children if c.dep_ in POSSESSIVE] + [o for n in pushes for p2, o in prepositional_objects(n) if p2 in {"of", "by"}]
        for agent in finder.mentions(agents):
            for foe in finder.mentions(owners):
                if is_actor(foe) and foe.name != agent.name:
                    yield Candidate(agent, "fights", foe, token, 0.65)
    if lemma in {"trade", "exchange"} and any(o.lower_ in {"fire", "blows", "shots", "strikes"} for o in objects(token)):
        # "X traded fire with Y"
        attached = preps + [pair for o in objects(token) for pair in prepositional_objects(o)]
        for agent in finder.mentions(agents):
            for other in finder.mentions([noun for prep, noun in attached if prep == "with"]):
                yield Candidate(agent, "fights", other, token, 0.7)
    if lemma in RECEIVING_VERBS and any(o.lower_ in MATERIAL_NOUNS or lemma_of(o) in MATERIAL_NOUNS for o in objects(token)):
        # "X received weapons from Y": Y backs X
        sources = preps + [pair for o in objects(token) for pair in prepositional_objects(o)]
        # ("receive no weapons from Y": said not to be, so the statement is read at "no weapons")
        denied = next((o for o in objects(token) if is_negated(o)), None)
        for giver in finder.mentions([noun for prep, noun in sources if prep == "from"]):
            for agent in finder.mentions(agents):
                yield Candidate(giver, "backs", agent, denied or token, 0.65)
    if lemma in {"rely", "depend"}:
        # "X has relied on Y" (for arms, troops, money): Y backs X; but "relied on Y ...,
        # providing weapons" and "relied on them to fight the Houthis": X is the one
        # giving, Y the proxy that fights for it
        giving = any(
            lemma_of(c) in GIVING_VERBS or c.dep_ != "conj" and is_fighting_infinitive(c)
            for c in token.children if c.dep_ in {"advcl", "xcomp", "conj"}
        )
        relied_on = [noun for prep, noun in preps if prep in {"on", "upon"}]
        for helper in finder.mentions(relied_on) + [m for noun in relied_on for m in suppliers_named_by(noun, finder)]:
            for agent in finder.mentions(agents):
                yield Candidate(agent, "backs", helper, token, 0.6) if giving else Candidate(helper, "backs", agent, token, 0.6)
    if trigger.predicate == "fights":
        # "fighting alongside X": on X's side
        allies = [noun for prep, noun in preps if prep in {"alongside", "beside"}] + ([] if passive else beside_them)
        if not passive and not any(lemma_of(t) in SPEECH_VERBS and t.pos_ == "VERB" for t in token.sent if t.i < token.i):
            # "fighting alongside the White Army" parsed with the army as the object, and
            # "fought the rebels alongside ECOMOG" with ECOMOG hung on the rebels (told by
            # the writer: after a verb of saying the parse is often garbled, as in "A and B
            # say units of X ... are fighting alongside Y")
            for o in objects(token):
                if any(t.lower_ in {"alongside", "beside"} for t in token.doc[token.i + 1 : o.i]):
                    allies.append(o)
                allies += [n for prep, n in prepositional_objects(o) if prep in {"alongside", "beside"} and n not in allies]
        for agent in finder.mentions(agents):
            for ally in finder.mentions(allies):
                yield Candidate(agent, "backs", ally, token, 0.65)
        # "fought beside Japanese units against IV Corps": the parser may hang "against Z"
        # on the ally; the fight is the verb's (and the ally's, see with_partners_enemies)
        hung = [n for ally in allies for prep, n in prepositional_objects(ally) if prep == "against"]
        hung = [n for n in hung if not any(p == "against" and n2.i == n.i for p, n2 in preps)]
        for agent in finder.mentions(agents):
            for enemy in finder.mentions(hung):
                if enemy.name != agent.name:
                    yield Candidate(agent, "fights", enemy, token, 0.65)
    if lemma in {"defend", "protect"}:
        # "defend X from/against Y": the defender fights Y.
        attackers = [noun for prep, noun in preps if prep in {"from", "against"}]
        for agent in finder.mentions(agents):
            for attacker in finder.mentions(attackers):
                yield Candidate(agent, "fights", attacker, token, 0.7)
    if trigger.control_change == "gain" and lemma not in {"fall"}:
        # "retook X from Y": Y loses X; the parser often hangs "from Y" on X
        sources = [noun for prep, noun in preps if prep == "from"]
        sources += [n for o in ([] if passive else objects(token)) for prep, n in prepositional_objects(o) if prep == "from"]
        # "seized the towns of A and B from Y": the parser may hang "from Y" on B
        sources += [n for o in patients for prep, n in prepositional_objects(o) if prep == "from" and n not in sources]
        for loser in finder.mentions(sources):
            for patient in finder.mentions(patients):
                # (a loser misread as the taker itself: see without_gain_and_loss_at_once)
                if is_actor(loser) and loser.name != patient.name:
                    yield Candidate(loser, "controls", patient, token, 0.7, "loss")
            # ("Ugandan soldiers helped the SPLA retake X from Y": the helpers fought Y too)
            for agent in finder.mentions(agents + helpers_of(token)):
                if is_actor(loser) and loser.name != agent.name:
                    # and took it by fighting; "launched an offensive to wrest X from Y"
                    # fights Y though the taking is only aimed at
                    yield Candidate(agent, "fights", loser, launched_attack(token, finder) or token, 0.7)
    if trigger.control_change == "gain" and not passive:
        # "MODEL seized Buchanan after government troops fled": who gave way before the
        # taker fought it
        for agent in finder.mentions(agents):
            for foe in gave_way_before(token, finder):
                if is_actor(foe) and foe.name != agent.name:
                    yield Candidate(agent, "fights", foe, token, 0.6)
    if trigger.control_change == "loss" and lemma in {"lose", "abandon"}:
        # "X lost Y to Z", "X abandoned Y to the advancing Z": Z gains Y; the parser may hang "to Z" on Y
        winners = [noun for prep, noun in preps if prep == "to"]
        winners += [n for o in ([] if passive else objects(token)) for prep, n in prepositional_objects(o) if prep == "to"]
        lost_ground = any(is_place(m) for m in finder.mentions(patients))  # (not "lost the election to Z")
        for winner in finder.mentions(winners):
            for patient in finder.mentions(patients):
                yield Candidate(winner, "controls", patient, token, 0.75, "gain")
            for loser in finder.mentions(agents) if lost_ground else ():
                if is_actor(loser) and is_actor(winner) and loser.name != winner.name:
                    yield Candidate(winner, "fights", loser, token, 0.65)  # (a place lost to Z was lost fighting Z)


HELPED_TO_FIGHT_WORDS = frozenset("beat repel repulse drive push fight defeat rout counter hold stop".split())
# What a helped force may be helped to do, read as a noun after it ("helped the army guard bridges")
HELPED_DEED_WORDS = HELPED_TO_FIGHT_WORDS | frozenset("guard defend secure patrol man retake".split())


def force_read_as_modifier(noun: Token) -> Token | None:
    """ "the army guard bridges" read as one noun: "army", a force noun, the modifier of
    a modifier that is a verb of the help given ("guard")."""
    for deed in noun.children:
        if deed.dep_ in COMPOUND and deed.lower_ in HELPED_DEED_WORDS:
            force = next((c for c in deed.children if c.dep_ in COMPOUND and c.lower_ in FORCE_NOUNS and c.i == deed.i - 1), None)
            if force is not None:
                return force
    return None


def helped_name_read_as_modifier(verb: Token, finder: ArgumentFinder) -> Token | None:
    """ "to help the Kalden Front retake Y": the parser may hang the helped side's name
    on its verb, as a modifier; that name, when the verb is what "help" governs."""
    if verb.dep_ not in {"xcomp", "ccomp"} or lemma_of(verb.head) not in {"help", "assist"} or verb.pos_ != "VERB":
        return None
    named = next((c for c in verb.children if c.dep_ in COMPOUND and c.i == verb.i - 1), None)
    return named if named is not None and finder.entity_span(named) is not None else None


def helpers_of(verb: Token) -> list[Token]:
    """Who "helped" the subject do ``verb``: "A helped B retake X" -> [A]."""
    helped = verb.head
    if verb.dep_ not in {"xcomp", "ccomp"} or lemma_of(helped) not in {"help", "assist"}:
        return []
    return [c for c in helped.children if c.dep_ in NOMINAL_SUBJECT]


def is_ranked_among(noun: Token) -> bool:
    """ "the main town of the Central Highlands", "the largest city of the region": a
    place ranked among the region's, not the region the "of" names."""
    return any(c.tag_ == "JJS" or c.lower_ in RANKING_WORDS for c in noun.children)


def named_places(nouns: list[Token], finder: ArgumentFinder) -> list[Token]:
    """ "the town of X", "the city of X": X itself ("the capital of X" is not X, but
    a city in it: the noun is read as an anaphor or an apposition)."""
    named = []
    for p in nouns:
        if (known := place_known_as(p, finder)) is not None:
            named.append(known)  # "carried the fortified headland known as the Morro de X": the Morro
        elif p.lower_ in GARRISON_NOUNS | SITE_AT_NOUNS and finder.entity_span(p) is None and not is_taken_up(p, finder) and (
            place := garrisoned_place(p, finder, of=p.lower_ in GARRISON_NOUNS, within=p.lower_ not in POSITION_NOUNS)
        ) is not None:
            # "captured the army garrison at X", "overran the garrison of X", "hold the military base at X": X
            # ("had taken the positions at A and B": each place of the list)
            listed = finder.places_listed_from(finder.entity_span(place)) if p.lower_ in PLURAL_SITE_AT_NOUNS else []
            named.extend([span.root for span in listed] or [place])
        elif (site := owners_site_at(p, finder)) is not None:
            named.append(site)  # "overran the U.S. Special Forces camp at X": X
        elif p.lower_ in PLACE_ANAPHORS.keys() - {"capital"} | OF_NAMED_PLACE_NOUNS and not is_ranked_among(p):
            named.append(next((n for prep, n in prepositional_objects(p) if prep == "of" and finder.entity_span(n)), p))
        elif p.lower_ in PLURAL_SITE_NOUNS:
            # "seized the towns of A, B and C", "the oil terminals of A and B": each of them
            listed = [span for prep, n in prepositional_objects(p) if prep == "of" and (span := finder.entity_span(n))]
            named.extend([place.root for place in finder.places_listed_from(listed[0])] if listed else places_after_colon(p, finder) or [p])
        else:
            named.append(p)
    return named


def owners_site_at(noun: Token, finder: ArgumentFinder) -> Token | None:
    """X in "the U.S. Special Forces camp at X", "the army base at X": a site the
    recogniser named by its owner and the site's noun, set at a place, is the place
    (as "the military base at X" is)."""
    site = finder.entity_span(noun)  # (any word of it: the parser may make "Forces" the head)
    if site is None or site.label_ != "FAC" or finder.lowers[site.end - 1] not in SITE_AT_NOUNS | {"camp"}:
        return None
    return garrisoned_place(finder.tokens[site.end - 1], finder, within=False)


def place_known_as(noun: Token, finder: ArgumentFinder) -> Token | None:
    """ "the headland known as X", "the forts known as the A and the B": the place named
    right after "known as" (the first one), for a noun that is itself no name."""
    k = noun.i + 1
    if finder.entity_span(noun) is not None or finder.lowers[k : k + 2] != ("known", "as"):
        return None
    k += 2 + (finder.lowers[k + 2 : k + 3] == ("the",))
    ent = finder.by_token.get(k)
    if ent is None or ent.start != k or ent._.frontline_kind not in {"Place", "Facility"}:
        return None
    return ent.root


def places_after_colon(noun: Token, finder: ArgumentFinder) -> list[Token]:
    """ "took the towns on the road one by one: A on December 18, then B, then C": the
    places a colon after the plural noun goes on to name."""
    colon = next((k for k in range(noun.i + 1, noun.sent.end) if finder.lowers[k] == ":"), None)
    if colon is None or any(is_verb(t) for t in finder.tokens[noun.i + 1 : colon]):
        return []
    spans = (finder.entity_span(t) for t in finder.tokens[colon + 1 : noun.sent.end])
    return list(dict.fromkeys(span.root for span in spans if span is not None and span._.frontline_kind == "Place"))


GARRISON_NOUNS = frozenset({"garrison", "garrisons"})
# Sites at several places at once: "the positions at A and B"
PLURAL_SITE_AT_NOUNS = frozenset({"garrisons", "positions", "posts", "outposts"})
# Sites held only "at" a place: "positions in X" are somewhere in X, not X
POSITION_NOUNS = frozenset({"positions", "posts", "outposts"})


def is_taken_up(site: Token, finder: ArgumentFinder) -> bool:
    """ "took up positions at X": troops deployed there, nothing taken."""
    return site.i >= 2 and finder.lowers[site.i - 1] == "up" and finder.lemma(finder.tokens[site.i - 2]) == "take"


def soldiers_fought(agents: list[Token], patients: list[Token], trigger: Token, finder: ArgumentFinder) -> Iterator[Candidate]:
    """ "Over the next hours they fought soldiers", "gunmen ambushed troops": bare
    soldiers a non-state group fights are the army of the country the story is about."""
    bare = [p for p in patients if p.lower_ in BARE_SOLDIER_NOUNS and not any(is_soldiers_owner(c) for c in p.children)]
    army = finder.home_army(bare[0]) if bare and finder.mention(bare[0]) is None else None
    if army is None:
        return
    for agent in finder.mentions(agents):
        if is_actor(agent) and agent.kind in {"ArmedGroup", "Organization"} and not is_state_force(agent) and agent.name != army.name:
            yield Candidate(agent, "fights", army, trigger, 0.65)


def is_soldiers_owner(child: Token) -> bool:
    """A word that says whose soldiers they are: "Ugandan", "AU", "their", "a few", "of X"."""
    if child.dep_ in {"amod", "compound", "nmod:poss", "poss", "flat", "appos"}:
        return True
    if child.dep_ == "det":
        return child.lower_ != "the"
    return any(c.dep_ == "case" and c.lower_ == "of" for c in child.children)


def holders_fought(points: list[Token], agents: list[Token], trigger: Token, finder: ArgumentFinder) -> Iterator[Candidate]:
    """Who takes or overruns ground named for its holder ("military posts", "the army
    garrison at X") fights the holder: the article's own army for "army", "military"."""
    foes = [finder.home_army(p) if finder.speaks_of_own_army(p) else finder.mention(p) for p in points]
    for foe in (f for f in foes if f is not None and is_actor(f)):
        for agent in finder.mentions(agents):
            if is_actor(agent) and foe.name != agent.name:
                yield Candidate(agent, "fights", foe, trigger, 0.65)


HELD_PARTICIPLES = frozenset({"held", "controlled"})


def holders_named_with(ground: Token) -> list[Token]:
    """Who the words around a noun say holds it: "the RUF-held district", "the fort held
    by the Gendarmerie" (not "a town once held by X": "once", "formerly" say it was)."""
    found = []
    for child in ground.children:
        if child.lower_ not in HELD_PARTICIPLES or any(c.lower_ in {"once", "formerly", "previously"} for c in child.children):
            continue
        doc = ground.doc
        if child.dep_ == "amod" and child.i >= 2 and doc[child.i - 1].text == "-" and child.i < ground.i:
            found.append(doc[child.i - 2])  # "the RUF-held district"
        elif child.dep_ == "acl" and child.i > ground.i:
            found += [n for prep, n in prepositional_objects(child) if prep == "by"]  # "the fort held by X"
    return found


def garrisoned_place(garrison: Token, finder: ArgumentFinder, *, of: bool = False, within: bool = True) -> Token | None:
    """X in "the garrison at X" / "in X" (with ``within``; and, with ``of``, "the
    garrison of X"), read off the words (the parser hangs "at X" on the garrison or on
    the verb)."""
    k = garrison.i + 1
    if k + 1 >= len(finder.tokens) or finder.lowers[k] not in {"at"} | ({"in"} if within else set()) | ({"of"} if of else set()):
        return None
    place = finder.entity_span(finder.tokens[k + 1])
    if place is None or place.start != k + 1 or place._.frontline_kind not in {"Place", "Facility"}:
        return None
    return place.root


def patient_mentions_of(patients: list[Token], trigger: VerbTrigger, finder: ArgumentFinder) -> list[EntityMention]:
    """What a verb acts on; "it" taken or lost is a place ("approached the town and
    took it"), not the group "it" usually stands for; a campaign backed is its owner's."""
    if trigger.predicate == "backs":
        return backed_mentions(patients, finder)
    if trigger.predicate == "fights" and any(lemma_of(p) in ARMY_ATTACK_NOUNS and finder.entity_span(p) is None for p in patients):
        return fought_mentions(patients, finder)
    if trigger.predicate != "controls" or not any(p.lower_ in {"it", "them"} for p in patients):
        return finder.mentions(patients)
    return [m for p in patients for m in (places_taken_as_pronoun(p, finder) if p.lower_ in {"it", "them"} else finder.mentions([p])) if m is not None]


# Heads of place names told in the plural: "took the heights and then lost them"
PLURAL_PLACE_HEADS = frozenset("heights hills islands islets mountains ridges".split())


def places_taken_as_pronoun(pronoun: Token, finder: ArgumentFinder) -> list[EntityMention | None]:
    """ "it" taken or lost is the place before it; "them" only a place named in the
    plural ("took the heights and lost them"), else whom "them" stands for."""
    place = finder.place_pronoun(pronoun)
    if pronoun.lower_ == "it" or place is not None and place.name.split()[-1].lower() in PLURAL_PLACE_HEADS:
        return [place]
    return finder.mentions([pronoun])


def fought_mentions(nouns: list[Token], finder: ArgumentFinder) -> list[EntityMention]:
    """Who is fought when ``nouns`` are: "beat off the heaviest Japanese attack yet",
    "repelled an attack by X", "repulsed the rebels' assault": whose the attack is (a
    people's word is its state's army); an attack named by no one fights no one."""
    found: list[EntityMention] = []
    for noun in nouns:
        if lemma_of(noun) not in ARMY_ATTACK_NOUNS or finder.entity_span(noun) is not None:
            found += [m for m in finder.mentions([noun]) if m not in found]
            continue
        attackers = [n for prep, n in prepositional_objects(noun) if prep == "by"] + campaign_owners(noun)
        for m in finder.mentions(attackers, demonyms=True):
            if m.kind == "Country" and m.label == "NORP":
                m = finder.national_army(m.name, noun) or m  # "a Japanese attack": Japan's army
            if m not in found:
                found.append(m)
    return found


def backed_mentions(nouns: list[Token], finder: ArgumentFinder) -> list[EntityMention]:
    """Who is backed when ``nouns`` are: "backed the Ethiopian offensive", "support for
    the army's campaign" back whose the campaign is (a people's word too: "Ethiopian");
    a campaign named by no one backs no one."""
    found: list[EntityMention] = []
    for noun in nouns:
        owners = campaign_owners(noun) if lemma_of(noun) in ARMY_ATTACK_NOUNS and finder.entity_span(noun) is None else [noun]
        found += [m for m in finder.mentions(owners, demonyms=noun not in owners) if m not in found]
    return found


def campaign_owners(noun: Token) -> list[Token]:
    """Whose an attack or a campaign is, by the words before it: "the army's campaign",
    "the Ethiopian offensive", "a Kalden Front attack"."""
    return [
        c for c in noun.children
        if c.i < noun.i and (c.dep_ in POSSESSIVE | COMPOUND or c.dep_ == "amod" and c.pos_ in {"ADJ", "PROPN"})
    ]


# Things an army is given or sold ("drones bought from X": X backs whoever uses them):
# arms, not men ("troops came from Chad").
SUPPLIED_THINGS = GIVEN_THINGS - {"troops", "fighters", "advisers", "mercenaries", "support"}


def material_user(noun: Token) -> list[Token]:
    """Who has ``noun`` (arms): "X's army, equipped with drones" is the army;
    "X fights with drones" is X."""
    token = noun
    for _ in range(4):
        if token.dep_ == "conj" or token.dep_ in {"obl", "nmod", "pobj", "prep"} and not is_verb(token.head):
            token = token.head
            continue
        governor = token.head
        if not is_verb(governor) or governor.i == token.i:
            return []
        if governor.dep_ in {"acl", "amod"}:
            return with_conjuncts(governor.head)  # "the army, equipped with ..."
        return subject_of_clause(governor)
    return []


SUPPLY_VERBS = RECEIVING_VERBS | GIVING_VERBS


def is_supplied_thing(noun: Token, finder: ArgumentFinder) -> bool:
    """Whether the noun is arms or goods an army is given ("tanks", "fuel"), not men."""
    return noun.lower_ in SUPPLIED_THINGS or finder.lemma(noun) in SUPPLIED_THINGS


def supply_candidates(token: Token, finder: ArgumentFinder) -> Iterator[Candidate]:
    """ "munitions bought from Israel", "drones supplied by Iran": the seller or
    supplier backs whoever the text says has them."""
    lemma = finder.lemma(token)
    if token.dep_ in {"acl", "amod"}:
        thing = token.head
    elif token.dep_ == "advcl" and token.head.i < token.i:  # the parser's other reading
        thing = next((t for t in reversed(finder.tokens[token.head.i : token.i]) if t.lower_ in SUPPLIED_THINGS), token)
    else:
        return
    if thing.lower_ not in SUPPLIED_THINGS:
        return
    if lemma in RECEIVING_VERBS:
        givers = [n for p, n in prepositional_objects(token) if p == "from"]
    elif lemma in GIVING_VERBS:
        givers = [n for p, n in prepositional_objects(token) if p == "by"]
    else:
        return
    # ("two field guns lent to the National Army by the British Army": given to X, whoever uses them)
    recipients = [n for p, n in prepositional_objects(token) if p == "to"] if lemma in GIVING_VERBS else []
    for giver in finder.mentions(givers):
        for user in finder.mentions(recipients or material_user(thing)):
            if is_actor(giver) and is_actor(user):
                yield Candidate(giver, "backs", user, token, 0.6)


LAUNCHING_VERBS = frozenset("launch start begin mount open unleash step".split())


def launched_attack(purpose: Token, finder: ArgumentFinder) -> Token | None:
    """The verb that launched the attack a purpose clause belongs to: "launched an
    offensive (on Monday) to seize X" gives "launched" (the attack is a fact; the
    seizing is not yet)."""
    if purpose.dep_ not in {"advcl", "xcomp", "acl"} or not any(
        c.lower_ == "to" and c.dep_ in {"aux", "mark"} for c in purpose.children
    ):
        return None
    governor = purpose.head
    if governor.lower_ in ATTACK_NOUNS and finder.lemma(governor.head) in LAUNCHING_VERBS:
        return governor.head
    if finder.lemma(governor) in LAUNCHING_VERBS and any(
        c.dep_ in {"obj", "dobj"} and names_attack(c) for c in governor.children
    ):
        return governor
    return None


def names_attack(noun: Token) -> bool:
    """ "an offensive", "a push", and a named one: "Operation Riviresa"."""
    return noun.lower_ in ATTACK_NOUNS or any(c.dep_ in COMPOUND and c.lower_ == "operation" for c in noun.children)


def whole_of_portion(noun: Token) -> Token:
    """ "(much of) the countryside of X": X, when the noun is itself a portion of
    something named after "of"; else the noun."""
    if noun.lemma_.lower() not in PORTION_NOUNS:
        return noun
    return next((n for prep, n in prepositional_objects(noun) if prep == "of"), noun)


def senders_of_men(men: Token, verb: Token) -> list[Token]:
    """ "propped up by troops from A, B and C": the states the men come from, each of the
    list, back (a state sends its army; the men's own reading would give A's army
    only), however the parser hung "from" (on the verb or on the men)."""
    doc = men.doc
    if men.lower_ not in ARMED_MEN_NOUNS or men.i + 1 >= len(doc) or doc[men.i + 1].lower_ != "from":
        return []
    source = next((
        n for hung in (verb, men) for prep, n in prepositional_objects(hung)
        if prep == "from" and men.i + 1 < n.i <= men.i + 4 and any(t.i == men.i + 2 for t in n.subtree)
    ), None)  # (the "from" right after the men's, either scheme)
    if source is None or source.pos_ != "PROPN":
        return []
    return [source, *(c for c in source.children if c.dep_ in APPOSITION and c.pos_ == "PROPN"), *source.conjuncts]


# Posts held by many at once ("X, one of AQIM's senior commanders")
MANY_POSTS_WORDS = frozenset(MANY_POSTS.split("|"))
# What one is accused of, as the parser may tag it a noun ("of financing X")
CHARGE_GERUNDS = frozenset(RELATION_GERUNDS.split("|"))


def is_charge_verb(lemma: str) -> bool:
    """A verb that, charged ("accused B of arming C"), states a relation of its own (not
    "keep", a relation only with "hold of": "of failing to keep its promises")."""
    return lemma in VERB_TRIGGERS and lemma not in HOLD_ONLY_VERBS


def is_given_up(verb: Token, finder: ArgumentFinder) -> bool:
    """ "gave up Dar Drius", "gave the town up": a place handed over like one ceded."""
    return any(c.lower_ == "up" and c.dep_ in {"prt", "compound:prt"} for c in verb.children) or (
        verb.i + 1 < len(finder.lowers) and finder.lowers[verb.i + 1] == "up"
    )


def handover_candidates(token: Token, finder: ArgumentFinder) -> Iterator[Candidate]:
    """ "the treaty handed Alsace to the new German Empire", "X ceded Y to Z", "handed
    the town over to Z": Z takes the place; a giver that is an actor loses it. Only
    places and buildings handed ("handed weapons to X" is backing, read elsewhere)."""
    if is_passive(token):
        yield from handed_over_to(token, finder)
        return
    preps = list(prepositional_objects(token))
    # "handed the rebels the town", "hands Washington a reason": of two objects, the
    # first is whom it is handed to
    direct = objects(token)
    datives = [o for o in direct if any(later.i > o.i and later.head == o.head and later.dep_ == o.dep_ for later in direct)]
    # ("handed over X": the parser may read "over" as X's preposition)
    handed = [o for o in direct if o not in datives] + [n for prep, n in preps if prep == "over"]
    if datives:
        # (a name, or "the town of X"; not "handing the First Army the first city of the
        # Reich to be taken": one city of a country, described)
        handed = [
            o for o in handed
            if finder.entity_span(o) is not None
            or finder.lowers[o.i + 1 : o.i + 2] == ("of",) and not is_ranked_among(o)
        ]
    places = [p for p in finder.mentions(named_places(handed, finder)) if is_place(p)]
    if not places:
        return
    # ("handed X over to Y", "back to Y": the particle may join the preposition)
    receivers = datives + [n for prep, n in preps if prep.split()[-1] == "to"]
    receivers += [n for o in handed for prep, n in prepositional_objects(o) if prep.split()[-1] == "to" and n not in receivers]
    givers = finder.mentions(subject_of_clause(token))
    if not receivers:
        # "the army then gave up Dar Drius", "surrendered the fort": the giver loses it,
        # whoever takes it (a later clause may say)
        for giver in givers:
            if is_actor(giver):
                for place in places:
                    yield Candidate(giver, "controls", place, token, 0.65, "loss")
    for receiver in finder.mentions(receivers):
        if not is_actor(receiver):
            continue
        for place in places:
            yield Candidate(receiver, "controls", place, token, 0.65, "gain")
            for giver in givers:
                if is_actor(giver) and giver.name != receiver.name:
                    yield Candidate(giver, "controls", place, token, 0.65, "loss")


def handed_over_to(token: Token, finder: ArgumentFinder) -> Iterator[Candidate]:
    """ "The capital was formally returned to President X's government", "the fort was
    handed over by A to B": the one it goes to takes the place; a giver named after
    "by" loses it."""
    # ("handed back to X": the parser may hang X on the particle)
    preps = [*prepositional_objects(token), *(pair for c in token.children if c.lower_ in {"back", "over"} for pair in prepositional_objects(c))]
    receivers = finder.mentions([n for prep, n in preps if prep.split()[-1] == "to"])
    handed = [c for c in token.children if c.dep_ in NOMINAL_SUBJECT]
    places = [p for p in finder.mentions(named_places(handed, finder)) if is_place(p)]
    givers = [g for g in finder.mentions([n for prep, n in preps if prep == "by"]) if is_actor(g)]
    for receiver in receivers:
        if not is_actor(receiver):
            continue
        for place in places:
            yield Candidate(receiver, "controls", place, token, 0.65, "gain")
            for giver in givers:
                if giver.name != receiver.name:
                    yield Candidate(giver, "controls", place, token, 0.65, "loss")


# Marks of a passive told of the clause's own subject: "before being driven back by X"
BEING_CLAUSE_MARKS = frozenset("before after until without".split())


def verb_of_being_clause(participle: Token) -> Token | None:
    """The verb whose subject a "before being <participle>" clause is told of, when the
    parser hung the participle on a noun ("fought their way to the outskirts before
    being driven back": "fought")."""
    if participle.dep_ != "acl":
        return None
    marked = any(c.dep_ == "mark" and c.lower_ in BEING_CLAUSE_MARKS for c in participle.children)
    being = any(c.dep_.startswith("aux") and c.lower_ == "being" for c in participle.children)
    if not (marked and being):
        return None
    for ancestor in participle.ancestors:
        if is_verb(ancestor):
            return ancestor
    return None


def bare_obliques_after(verb: Token) -> list[Token]:
    """ "drove back al-Shabaab fighters", "threw back the Landeswehr": after a particle
    the parser may make the object an oblique with no preposition."""
    return [c for c in verb.children if c.dep_ in {"obl", "obl:npmod"} and c.i > verb.i + 1 and not any(g.dep_ == "case" for g in c.children)]


def ousting_candidates(token: Token, finder: ArgumentFinder) -> Iterator[Candidate]:
    """ "X was ousted from Y" (loss for X); "Z drove X out of Y" (Z fights X, X loses Y)."""
    preps = list(prepositional_objects(token))
    places = [noun for prep, noun in preps if prep in {"from", "out of", "of", "off"}]
    exits: list[Token] = []
    if is_passive(token):
        clause_verb = verb_of_being_clause(token)
        if clause_verb is not None:
            losers = subject_of_clause(clause_verb)  # "... to the outskirts before being driven back by X"
        else:
            losers = with_conjuncts(token.head) if token.dep_ in {"acl", "amod"} else subject_of_clause(token)
        winners = [noun for prep, noun in preps if prep == "by"]
    else:
        direct = objects(token)
        # ("pushing out government forces": the parser may hang the particle on the object)
        particle_first = finder.lowers[token.i + 1 : token.i + 2] == ("out",)
        losers = [o for o in direct if (prep := preposition_of(o)) is None or prep == "out" and particle_first and o.i > token.i + 1]
        if not losers and finder.lowers[token.i + 1 : token.i + 2] in {("out",), ("back",)}:
            losers = bare_obliques_after(token)  # "drove back al-Shabaab fighters"
        # The parser often hangs "out of Y" on the object ("drove the militants out of
        # Y") or coordinates a second "out of Z" with it: both are places left; so is
        # "off" a hill ("drove the battalion off Mount X").
        exits = [o for o in direct if preposition_of(o) in {"out of", "off"}]
        # ... or deeper, on a word of the loser's name: "drove the separatists of the
        # National Movement for the Liberation of X out of Y" ("out of Y" on "Liberation").
        exits += [
            noun for o in losers for word in o.subtree for prep, noun in prepositional_objects(word)
            if prep in {"out of", "off"} and noun.i > o.i
        ]
        places += exits
        # ("cleared the militants from X": the parser may hang "from X" on the loser;
        # armed men put out of a place are driven out, not diplomats expelled)
        hung = [
            noun for o in losers if o.lower_ in FORCE_NOUNS or (m := finder.mention(o)) is not None and is_actor(m)
            for prep, noun in prepositional_objects(o) if prep == "from" and noun not in places
        ]
        places += hung
        exits += hung
        winners = subject_of_clause(token)
    # ("drove the rebels back into Angola" is fighting too, though no place is taken;
    # the parser may hang "back" on the place)
    driven_back = any(
        t.lower_ == "back" and t.dep_ in {"advmod", "prt", "compound:prt"} and t.head.i >= token.i
        for t in token.subtree if t.head in (token, *token.children)
    )
    driven_out = bool(exits) or driven_back or any(c.lower_ == "out" for c in token.children) or any(p in {"out of", "off"} for p, _n in preps)
    # ("pushing out government forces": the parser may hang "out" on the object)
    driven_out = driven_out or finder.lowers[token.i + 1 : token.i + 2] == ("out",) and bool(losers)
    # ("drove Ecuadorian soldiers from three small outposts": the posts held are left,
    # though none is named)
    driven_out = driven_out or any(p == "from" and n.lower_ in HELD_POINT_NOUNS | TOWN_NOUNS for p, n in preps)
    taken_from = finder.mentions(named_places(places, finder))
    winner_names = {w.name for w in finder.mentions(winners)}
    for loser in finder.mentions(losers):
        if loser.name in winner_names:
            continue  # "they pushed rebel fighters out": a guess that lands on the pushers themselves
        if finder.lemma(token) == "oust" and loser.kind == "Person" and not places and not is_passive(token):
            # "the army ousted President X": ousting a ruler, no ground named, is a stand
            # against him (the golds' "opposes"; a government overthrown is fought)
            for winner in finder.mentions(winners):
                if is_actor(winner) and winner.kind != "Person":
                    yield Candidate(winner, "opposes", loser, token, 0.7)
            continue
        for place in taken_from:
            yield Candidate(loser, "controls", place, token, 0.75, "loss")
        if not taken_from and not (driven_out and all(t.lower_ not in PRONOUN_KINDS for t in losers)):
            continue  # "expelled two diplomats" is no fighting; "drove X out (of Y)" is
        for winner in finder.mentions(winners):
            yield Candidate(winner, "fights", loser, token, 0.7)
    if driven_out and losers:
        # Who drives anyone out of Y takes Y, even when the text names them only as
        # "the militants"; a pronoun's guess at the winner is too weak to take a town.
        named_winners = [w for w in winners if w.lower_ not in PRONOUN_KINDS]
        # ... but not the speakers' own "they": "X said they had driven the rebels out of Y"
        named_winners += [w for w in winners if w.lower_ in PRONOUN_KINDS and is_speakers_pronoun(w, finder)]
        for winner in finder.mentions(named_winners):
            for place in taken_from:
                yield Candidate(winner, "controls", place, token, 0.65, "gain")
    if finder.lemma(token) == "clear" and not places:
        # "CTS units had cleared al-Jolan": who clears a place (of its enemies) takes it
        cleared = [m for m in finder.mentions(losers) if is_place(m)]
        for winner in finder.mentions([w for w in winners if w.lower_ not in PRONOUN_KINDS]) if cleared else ():
            for place in cleared:
                yield Candidate(winner, "controls", place, token, 0.65, "gain")


# Words that make a name after "whose" a man's own force: "whose Junbish-i-Milli militia"
OWN_FORCE_WORDS = frozenset("militia militias movement party forces army group faction fighters men".split())


def is_own_force_named(body: EntityMention, finder: ArgumentFinder) -> bool:
    """Whether the name ends with, or stands before, a word for a force or a party."""
    after = finder.doc.char_span(body.end_char, body.end_char + 40, alignment_mode="expand")
    following = finder.lowers[after.start] if after is not None and len(after) else ""
    return body.text.split()[-1].lower() in OWN_FORCE_WORDS or following in OWN_FORCE_WORDS


def is_speakers_pronoun(pronoun: Token, finder: ArgumentFinder) -> bool:
    """Whether a pronoun stands for the named speakers whose words it opens ("Government
    troops said they had ...")."""
    speaker = finder.speaker_of(pronoun, PRONOUN_KINDS[pronoun.lower_])
    return speaker is not None and speaker is not UNNAMED


CALLING_VERBS = frozenset({"call", "urge", "press", "demand", "warn"})


def call_on_candidates(token: Token, finder: ArgumentFinder) -> Iterator[Candidate]:
    """ "A called on B to halt", "A urged B to stop": A opposes B."""
    lemma = finder.lemma(token)
    if lemma not in CALLING_VERBS:
        return
    targets = objects(token) + [noun for prep, noun in prepositional_objects(token) if prep in {"on", "upon", "for"}]
    stop_words = {"halt", "stop", "end", "cease", "withdraw", "stand", "refrain", "pull", "abandon", "lay", "leave", "release"}
    # (not in a participle clause hung on it: "were pressing Taliban lines, killing ...
    # and leaving ..." calls on no one)
    clauses = [c for c in token.children if c.dep_ in {"advcl", "conj"} and c.tag_ == "VBG" and c.i > token.i]
    halting = any(finder.lemma(t) in stop_words for t in token.subtree if not any(t in c.subtree for c in clauses))
    if not halting:
        return
    for agent in finder.mentions(subject_of_clause(token)):
        for target in finder.mentions(targets):
            yield Candidate(agent, "opposes", target, token, 0.7)


# Verbs of coming in at a government's request ("sent troops at the request of X",
# "intervened at X's request", "began air strikes at the request of X", "are here at ...")
REQUESTED_INTERVENTION_VERBS = frozenset("send deploy dispatch enter intervene act come arrive begin launch fly airlift move be".split())


def request_candidates(token: Token, finder: ArgumentFinder) -> Iterator[Candidate]:
    """ "Rwanda sent troops at the request of President X", "France sent the legion at
    Mobutu's request", "the US began air strikes at the request of X's government": who
    acts at an actor's request backs that actor."""
    if finder.lowers[token.i] != "request" or token.pos_ != "NOUN":
        return
    at = token.head if token.dep_ == "pobj" else next((c for c in token.children if c.dep_ == "case"), None)
    if at is None or finder.lowers[at.i] != "at":
        return
    requesters = [n for prep, n in prepositional_objects(token) if prep == "of"]
    requesters += [c for c in token.children if c.dep_ in {"nmod:poss", "poss"}]
    verb = at.head if token.dep_ == "pobj" else token.head
    while not is_verb(verb) and verb.dep_ not in {"ROOT", "root"} and verb.head.i != verb.i:
        verb = verb.head
    if finder.lemma(verb) not in REQUESTED_INTERVENTION_VERBS:
        return  # ("the Security Council met at Guinea's request" backs no one)
    for agent in finder.mentions(subject_of_clause(verb)):
        for requester in finder.mentions(requesters):
            # (not a man who asked: the golds name the government he heads, which the
            # sentence does not)
            if is_actor(agent) and is_actor(requester) and requester.kind != "Person" and actor_key(agent) != actor_key(requester):
                yield Candidate(agent, "backs", requester, token, 0.6)


def hyphen_candidates(token: Token, finder: ArgumentFinder) -> Iterator[Candidate]:
    """ "A-backed B", "A-led coalition", "A-held town" (also "pro-A" is not handled)."""
    trigger = HYPHEN_TRIGGERS.get(token.lower_)
    if trigger is None or token.i < 2:
        return
    doc = token.doc
    hyphen = doc[token.i - 1]
    if hyphen.text != "-" or hyphen.whitespace_ or doc[token.i - 2].whitespace_:
        return
    named = finder.entity_span(token)
    if named is not None and named.start == token.i - 2:
        # "the Saudi-led coalition" is one name: its leader is the word before "-led"
        leader = doc[token.i - 2].text
        place = gazetteer.country(leader) or gazetteer.country_of_demonym(leader)
        org = gazetteer.international_organization(leader)
        if place is not None:
            agent = EntityMention(leader, "GPE", "Country", doc[token.i - 2].idx, hyphen.idx, place.name)
        elif org is not None:
            agent = EntityMention(leader, "ORG", org.kind, doc[token.i - 2].idx, hyphen.idx, org.name)
        else:
            return
        yield Candidate(agent, trigger[0], finder.span_mention(named), token, trigger[1])
        return
    agent = finder.mention(doc[token.i - 2])
    if agent is None:
        country = gazetteer.country_of_demonym(doc[token.i - 2].text)
        if country is None:
            return
        agent = EntityMention(doc[token.i - 2].text, "NORP", "Country", doc[token.i - 2].idx, hyphen.idx, country.name)
    predicate, confidence = trigger
    if predicate == "controls" and agent.kind == "Government" and doc[token.i - 2].lower_ == "government" and not (
        token.i >= 3 and finder.entity_span(doc[token.i - 3]) is not None
    ):
        agent = government_where_held(agent, token, finder)
    demonym = finder.entity_span(doc[token.i - 2])
    if predicate == "controls" and agent.kind == "Country" and agent.label == "NORP" and demonym is not None:
        # "a Ukrainian-held hub": held by the state's forces, as "in Ukrainian hands"
        army = finder.national_army(agent.name, doc[token.i - 2], text=f"{demonym.text}-held", start=demonym.start_char, end=hyphen.idx)
        agent = army or agent
    people = finder.people_within_state(demonym) if demonym is not None and predicate == "controls" else None
    if people is not None:
        # "the Serb-held town" in a story about Bosnian Serb forces: held by them
        agent = EntityMention(f"{demonym.text}-held", "ORG", "ArmedGroup", demonym.start_char, token.idx + len(token.text), f"{people} forces")
    k = token.i - 3
    if predicate == "backs" and k >= 2 and doc[k].lower_ == "other" and doc[k - 1].lower_ == "and":
        # "Hezbollah and other Iran-backed militias": Hezbollah is one of them
        for one_of_them in finder.mentions(with_conjuncts(doc[k - 2])):
            yield Candidate(agent, predicate, one_of_them, token, confidence * 0.9)
    # The thing modified: the next entity (or force noun) in the same noun phrase.
    for candidate in doc[token.i + 1 : min(token.i + 8, token.sent.end)]:
        if (
            candidate.lower_ == "in" and predicate == "controls" and doc[candidate.i - 1].lower_ in PLURAL_PLACE_NOUNS
            and is_region_after(candidate, finder)
        ):
            # "A and B, the largest Ukrainian-held cities in the Donetsk region": as with "of"
            places = places_set_off_before(token, finder)
            for place in places:
                yield Candidate(agent, predicate, place, token, confidence * 0.9)
            if places:
                return
        if candidate.lower_ == "of" and (
            doc[candidate.i - 1].lower_.removesuffix("s") in PLACE_ANAPHORS or doc[candidate.i - 1].lower_ in PLURAL_PLACE_NOUNS
        ):
            if predicate == "controls" and doc[candidate.i - 1].lower_ in PLURAL_PLACE_NOUNS and is_region_after(candidate, finder):
                # "A and B, the main Ukrainian-held cities of the Donetsk region": the
                # region is where they lie; the towns held are the names set off before
                for place in places_set_off_before(token, finder):
                    yield Candidate(agent, predicate, place, token, confidence * 0.9)
                return
            continue  # "the X-held city of Y", "the X-held towns of Y and Z"
        if candidate.pos_ in {"VERB", "AUX", "ADP"} and candidate.tag_ != "VBN" or candidate.is_punct and candidate.text not in {"-", "'s", "’s"}:
            break
        if candidate.lower_ in {"that", "which", "who", "whom", "whose"}:
            break  # "the Arab League-sponsored accord that Lebanese deputies approved": another clause
        patient = finder.mention(candidate)
        if patient is not None and patient.label == "NORP" and finder.entity_span(candidate) is not None:
            continue  # "UN-backed Kaldean government": the demonym only modifies the name
        named = finder.entity_span(candidate)
        if named is not None and named.end < len(doc) and doc[named.end].pos_ == "NOUN" and doc[named.end].is_lower:
            continue  # "the government-held Shia towns of X": a name modifying the noun
        if patient is not None:
            if predicate == "leads" and agent.kind == "Government":
                # "the government-led X operation": a body of that government, not one it leads
                yield Candidate(patient, "partOf", agent, token, confidence)
                return
            yield Candidate(agent, predicate, patient, token, confidence)
            if doc[candidate.i - 1].lower_ == "of":  # "the X-held towns of Y and Z"
                first = finder.entity_span(candidate)
                listed = [finder.span_mention(e) for e in finder.places_listed_from(first)[1:]] if first is not None else []
                for other in finder.mentions(candidate.conjuncts) or listed:
                    yield Candidate(agent, predicate, other, token, confidence)
            return
    if predicate == "controls":
        # "Houthi-held territory, including A, B and the C terminal": each place listed
        included = places_included_after(token, finder)
        for place in included:
            yield Candidate(agent, predicate, place, token, confidence * 0.9)
        if included:
            return
    # "UN-backed government" with no name in the phrase: the modified noun's apposition.
    head = token.head
    for app in children_with(head, APPOSITION):
        patient = finder.mention(app)
        if patient is not None:
            yield Candidate(agent, predicate, patient, token, confidence * 0.9)
            return
    # "the PMF, an Iran-backed umbrella of militias": the phrase is itself an apposition,
    # read off the words (the parser often hangs it elsewhere)
    k = token.i - 3  # the determiner before "Iran-backed"
    while predicate == "controls" and k >= 2 and doc[k].pos_ in {"ADJ", "ADV"} and doc[k].is_lower:
        k -= 1  # "Mopti, the last large government-held town"
    if k >= 2 and doc[k].lower_ in {"a", "an", "the"} and doc[k - 1].text == ",":
        k -= 2
        if doc[k].text == ")" and k >= 2:
            k = next((j for j in range(k - 1, max(-1, k - 6), -1) if doc[j].text == "("), k) - 1
        described = finder.entity_span(doc[k]) if k >= 0 else None
        if described is not None and (
            described.label_ in {"ORG", "PER"}
            or predicate == "controls" and described._.frontline_kind in {"Place", "Facility"}
        ):
            # "the PMF, an Iran-backed umbrella"; "Kawkareik, a junta-held town"
            yield Candidate(agent, predicate, finder.span_mention(described), token, confidence * 0.9)


def is_region_after(of: Token, finder: ArgumentFinder) -> bool:
    """ "(cities) of / in the Donetsk region": a region's name after "of" (or "in"), not
    the towns' own names ("the government-held towns of Nubl and Zahraa")."""
    doc = of.doc
    first = of.i + 1 + (of.i + 1 < len(doc) and doc[of.i + 1].lower_ == "the")
    named = finder.entity_span(doc[first]) if first < len(doc) else None
    return named is not None and named[-1].lower_ in REGION_WORDS


def places_set_off_before(held: Token, finder: ArgumentFinder) -> list[EntityMention]:
    """ "A and B, the main X-held cities of ...": the places listed right before the
    comma that sets off the phrase "X-held" stands in."""
    doc = held.doc
    k = held.i - 3  # the word before the demonym
    while k > held.sent.start and doc[k].pos_ == "ADJ":
        k -= 1  # "the main", "the two largest"
    if k < 3 or doc[k].lower_ != "the" or doc[k - 1].text != ",":
        return []
    last = finder.entity_span(doc[k - 2])
    if last is None or last.end != k - 1 or last._.frontline_kind not in {"Place", "Facility"}:
        return []
    return [finder.span_mention(place) for place in finder.listed_places(last)]


AREA_NOUNS = frozenset("territory territories areas parts regions districts towns villages".split())


def places_included_after(held: Token, finder: ArgumentFinder) -> list[EntityMention]:
    """The places listed after ", including" right behind the noun "X-held" modifies
    ("X-held territory, including A, B and the C terminal"), read off the words; none
    when the noun is no stretch of land."""
    k = held.i + 1
    if k >= len(finder.tokens) or finder.lowers[k] not in AREA_NOUNS:
        return []
    k += 1
    if k + 1 >= len(finder.tokens) or finder.lowers[k] != "," or finder.lowers[k + 1] != "including":
        return []
    found: list[EntityMention] = []
    k += 2
    while k < len(finder.tokens):
        if finder.lowers[k] == "the":
            k += 1
        ent = finder.by_token.get(k)
        if ent is None or ent.start != k or ent._.frontline_kind not in {"Place", "Facility"}:
            break
        found.append(finder.span_mention(ent))
        k = ent.end
        if k < len(finder.tokens) and finder.lowers[k] == ",":
            k += 1
        if k < len(finder.tokens) and finder.lowers[k] == "and":
            k += 1
        elif found and finder.lowers[k - 1] != ",":
            break
    return found


def government_where_held(agent: EntityMention, token: Token, finder: ArgumentFinder) -> EntityMention:
    """ "the government-held towns of A and B" with no country named: the government of
    the country the gazetteer puts the first of them in (a story filed from Turkey about
    Syria), else the story's own ``agent``."""
    for candidate in token.doc[token.i + 1 : min(token.i + 8, token.sent.end)]:
        ent = finder.entity_span(candidate)
        if ent is None or ent._.frontline_kind != "Place":
            continue
        country = gazetteer.country_of_city(ent.text)
        found = government_of(country.name, agent.text, agent.start_char, agent.end_char) if country is not None else None
        if found is not None:
            return found
    return agent


# What a side fights for that names whom it fights: "for independence from France"
SECESSION_AIMS = frozenset("independence secession autonomy freedom liberation separation".split())
# Verbs that declare one's own support: "voiced support for X" (never "won support for")
SUPPORT_DECLARING_VERBS = frozenset("voice express declare pledge reaffirm reiterate".split())
# "the US-led coalition against Islamic State": a body named for whom it fights
AGAINST_BODY_NOUNS = frozenset("coalition alliance".split())
# Taking ground as a noun: "X's capture of Y", "the seizure of Y by X" (X takes Y). A
# bare "the capture of Y" names no taker; "the militants' occupation of the city" is
# mostly told of as over ("throughout", "ending"), so it is left out.
TAKING_NOUNS = frozenset("capture recapture seizure annexation takeover conquest".split())
NOUN_TRIGGERS = (
    BACKING_NOUNS | ATTACK_NOUNS | SANCTION_NOUNS | CLASH_NOUNS | TRUCE_NOUNS | ALLIANCE_NOUNS | ALLY_NOUNS | STRONGHOLD_NOUNS | AGAINST_BODY_NOUNS
    | INFLICTED_NOUNS | TAKING_NOUNS | {"command", "leadership", "control", "capital", "part"}
)


def part_of_candidates(token: Token, preps: list[tuple[str, Token]], finder: ArgumentFinder) -> Iterator[Candidate]:
    """ "The legion is formally part of the French army": a body is part of another (a
    place, of a land: it lies in it). Only "part" as the predicate of "be"."""
    if not any(c.dep_ == "cop" for c in token.children):
        return
    wholes = finder.mentions([n for p, n in preps if p == "of"])
    # (not "his army": whose a pronoun's force is, is too loose a guess for what it is part of)
    parts = [c for c in token.children if c.dep_ in NOMINAL_SUBJECT and not any(o.dep_ in POSSESSIVE and o.pos_ == "PRON" for o in c.children)]
    for part in finder.mentions(parts):
        for whole in wholes:
            yield Candidate(part, "locatedIn" if is_place(part) and is_place(whole) else "partOf", whole, token, 0.65)


def noun_candidates(token: Token, finder: ArgumentFinder) -> Iterator[Candidate]:
    word = token.lower_
    if word == "out" and token.i >= 2 and finder.lowers[token.i - 2 : token.i] == ("shoot", "-"):
        word = "shootout"  # "a shoot-out between A and B" (three tokens, the last the head)
    lemma = finder.lemma(token)
    if word not in NOUN_TRIGGERS and lemma not in NOUN_TRIGGERS:
        return  # checked first: reading the prepositions of every noun is the costly part
    preps = list(prepositional_objects(token))
    if word == "part":
        yield from part_of_candidates(token, preps, finder)
        return
    if (lemma in BACKING_NOUNS or word in BACKING_NOUNS) and preposition_of(token) == "in":
        # "did X in support of Y": the doer backs Y
        governor = token.head if token.head.pos_ in {"VERB", "AUX"} else token.head.head
        opening = min((c.i for c in token.children if c.dep_ in {"case", "prep"}), default=token.i)
        if governor.dep_ == "acl" and opening > 0 and finder.lowers[opening - 1] == "," and governor.head.head.pos_ in {"VERB", "AUX"}:
            # "vetoed resolutions calling for a ceasefire, in support of Y": set off by a
            # comma, the phrase is the main verb's, whatever participle the parser hung it on
            governor = governor.head.head
        if governor.pos_ in {"VERB", "AUX"}:
            # (of a passive, the agent: "the strikes were carried out in support of Y" by
            # whoever struck, never the speaker the clause's missing subject falls back on)
            doers = [n for p, n in prepositional_objects(governor) if p == "by"] if is_passive(governor) else subject_of_clause(governor)
            for b in finder.mentions(doers):
                for d in finder.mentions([n for p, n in preps if p == "of"]):
                    yield Candidate(b, "backs", d, token, 0.6)
    elif (lemma in BACKING_NOUNS or word in BACKING_NOUNS) and preposition_of(token) == "to" and lemma_of(token.head) in COMING_VERBS:
        # "asked Senegal to come to the aid of X", "rushed to the help of X": who comes backs X
        for b in finder.mentions(subject_of_clause(token.head)):
            for d in finder.mentions([n for p, n in preps if p == "of"] + [c for c in token.children if c.dep_ in POSSESSIVE]):
                yield Candidate(b, "backs", d, token, 0.65)
    elif lemma in BACKING_NOUNS or word in BACKING_NOUNS:
        backers = [n for p, n in preps if p in {"from", "of", "by"}]
        if word != "arms":  # "laid down their arms": their own weapons, no one's support
            backers += [c for c in token.children if c.dep_ in POSSESSIVE]
        # "took X with Kenyan backing", "was proclaimed Sultan with British backing": the
        # state whose people's word it is (a people's word is no mention by itself)
        peoples_states = [
            state for c in token.children if c.dep_ == "amod" and c.i == token.i - 1
            and (e := finder.entity_span(c)) is not None and (state := finder.span_mention(e)).kind == "Country"
        ] if preposition_of(token) == "with" else []
        backed = [n for p, n in preps if p in {"for", "to"}]
        if backed and not backers and token.dep_ in {"obj", "dobj"} and lemma_of(token.head) in SUPPORT_DECLARING_VERBS:
            # "X, which has voiced support for Y, said ...": the declarer backs Y
            backers = subject_of_clause(token.head)
        if not backed:
            governor = token.head
            while governor.dep_ in {"prep", "pobj", "obl", "nmod", "case"} and governor.head.i != governor.i:
                governor = governor.head
            # ("X received Y's support": X is backed; but of "A has given B's government
            # aid", read as "B's aid", the subject is the giver)
            backed = subject_of_clause(governor) if governor.pos_ in {"VERB", "AUX"} and lemma_of(governor) not in GIVING_VERBS else []
            if token.dep_ in {"pobj", "obl"} and governor.pos_ in {"NOUN", "PROPN"}:
                backed = [governor]
        for b in finder.mentions(backers) + peoples_states:
            for d in backed_mentions(backed, finder):
                yield Candidate(b, "backs", d, token, 0.65)
    if lemma in ATTACK_NOUNS or word in ATTACK_NOUNS or word in INFLICTED_NOUNS and lemma_of(token.head) == "inflict":
        # (a war carried "into" a country is fought on its soil, not against it)
        targets = [n for p, n in preps if p in {"against", "on", "upon"} or p == "into" and lemma != "war"]
        if not targets:
            # "the defence of the bridges against X": the parser hangs "against X" on the bridges
            targets = [inner for p, n in preps if p == "of" for q, inner in prepositional_objects(n) if q == "against"]
        if not targets and token.dep_ in {"obj", "dobj"} and lemma_of(token.head) in LIGHT_VERBS:
            # "carried out operations against X": the parser hangs X on the verb
            targets = [n for p, n in prepositional_objects(token.head) if p in {"against", "on", "upon"}]
        # "a stream of attacks on X": the stream's place in the clause is the attacks'
        # ("ending three decades of war against X": the decades')
        anchor = token.head if token.head.lower_ in QUANTITY_NOUNS | DURATION_NOUNS and preposition_of(token) == "of" else token
        if not targets and is_verb(anchor.head) and token.right_edge.i + 1 < len(finder.tokens):
            # "backs X in its campaign against Y": "against Y" right after the noun, hung on the verb
            following = finder.tokens[token.right_edge.i + 1]
            targets = [n for p, n in prepositional_objects(anchor.head) if p == "against" and following.lower_ == "against" and n.i > following.i]
        owners = [c for c in token.children if c.dep_ in POSSESSIVE | COMPOUND]
        owners += [n for p, n in preps if p in {"by", "of", "from"}]
        if token.dep_ in APPOSITION and targets:
            owners.append(token.head)  # "X, the GNA's military operation against Y": X fights Y
        attackers = finder.mentions(owners)  # "drone attacks": a compound that names no one
        if not attackers:
            # "X declared war against Y" parsed with "declared" a modifier of "war"
            attackers = finder.mentions([
                s for c in token.children if c.dep_ == "amod" and c.i < token.i and lemma_of(c) in LIGHT_VERBS for s in direct_subjects(c)
            ])
        if not attackers and lemma_of(anchor.head) not in JUDGING_VERBS and (
            anchor.dep_ in {"obj", "dobj"} or anchor.dep_ == "obl" and lemma_of(anchor.head) in LIGHT_VERBS
            or anchor.dep_ in {"obl", "pobj"} and preposition_of(anchor) == "with"  # "answered with attacks on X"
        ):
            attackers = finder.mentions(subject_of_clause(anchor.head))
        elif not attackers and anchor.dep_ in {"obl", "pobj"} and preposition_of(anchor) == "in" and (fight := fight_governing(anchor.head)) is not None:
            # "attacked 15 checkpoints, using car bombs, in the boldest assault on Egypt's
            # armed forces": the attackers' assault (the parser may hang it on the participle)
            attackers = finder.mentions(subject_of_clause(fight))
        elif anchor.dep_ in {"obj", "dobj"} and lemma_of(anchor.head) in {"lead", "spearhead", "command"}:
            # "X has led the government's defence of the bridges against Y": X fights Y too
            attackers = attackers + finder.mentions(subject_of_clause(anchor.head))
        targets = [t for t in targets if t.lower_ not in PLACE_ANAPHORS]  # "an offensive on the city of X": a place
        if not targets and word in REVOLT_NOUNS:
            # "has waged an insurgency inside Turkey": a revolt within a state is against it
            targets = [n for p, n in preps if p in {"inside", "in"} and (m := finder.mention(n)) is not None and m.kind == "Country"]
        for a in attackers:
            for t in finder.mentions(targets):
                if is_actor(t):
                    yield Candidate(a, "fights", t, token, 0.7)
    if word in TAKING_NOUNS:
        takers = [c for c in token.children if c.dep_ in POSSESSIVE] + [n for p, n in preps if p == "by"]
        taken = finder.mentions(named_places([n for p, n in preps if p == "of"], finder))
        for taker in finder.mentions(takers):
            for place in taken:
                if is_place(place) and is_actor(taker):
                    yield Candidate(taker, "controls", place, token, 0.65, "gain")
    if word in AGAINST_BODY_NOUNS and finder.entity_span(token) is not None:
        body = finder.mention(token)
        for t in finder.mentions([n for p, n in preps if p == "against"]):
            if body is not None and is_actor(t):
                yield Candidate(body, "fights", t, token, 0.65)
    if word in SANCTION_NOUNS:
        # "imposed sanctions on X", "called for an embargo against X": the imposer opposes X
        targets = [n for p, n in preps if p in {"on", "against", "upon"}]
        imposers = [c for c in token.children if c.dep_ in POSSESSIVE]
        if not imposers and token.dep_ in {"obj", "dobj", "obl", "pobj", "nmod"}:
            governor = token.head if token.head.pos_ in {"VERB", "AUX"} else token.head.head
            imposers = subject_of_clause(governor) if governor.pos_ in {"VERB", "AUX"} else []
        for a in finder.mentions(imposers):
            for t in finder.mentions(targets):
                yield Candidate(a, "opposes", t, token, 0.65)
    if lemma in FIGHTING_NOUNS or word in FIGHTING_NOUNS:
        mentions = finder.mentions([n for p, n in preps if p == "between"])
        for i, a in enumerate(mentions):
            for b in mentions[i + 1 :]:
                yield Candidate(a, "fights", b, token, 0.7)
        others = [n for p, n in preps if p in {"with", "against"}]
        owners = [c for c in token.children if c.dep_ in POSSESSIVE]
        if not owners and others:
            # "X is at war with Y" (X the subject of the copula), "X waged war against Y"
            owners = [c for c in token.children if c.dep_ in {"nsubj"}]
            if token.dep_ in RELATIVE_CLAUSE:
                # "X, which is also at war with Y": the relative pronoun stands for X
                owners = [token.head if o.lower_ in {"which", "that", "who"} else o for o in owners]
            if not owners and token.head.pos_ in {"VERB", "AUX"}:
                owners = subject_of_clause(token.head)
        at_war = [] if owners or not others or preposition_of(token) != "at" or token.head.pos_ not in {"NOUN", "PROPN"} else [token.head]
        for noun in at_war:
            # "X, a rebel group at war with Y": the noun the phrase describes, or the name it describes
            described = finder.mention(noun) or (span_mention(named) if (named := finder.name_before_comma(noun)) is not None else None)
            for b in finder.mentions(others):
                if described is not None and is_actor(described) and described.name != b.name:
                    yield Candidate(described, "fights", b, token, 0.65)
        for a in finder.mentions(owners):
            for b in finder.mentions(others):
                yield Candidate(a, "fights", b, token, 0.65)
    if word in ALLIANCE_NOUNS:
        # "a treaty of alliance between A and B": each backs the other
        sides = finder.mentions([n for p, n in preps if p == "between"])
        for a in sides:
            for b in sides:
                if a.name != b.name:
                    yield Candidate(a, "backs", b, token, 0.65)
    if lemma in ALLY_NOUNS or word in ALLY_NOUNS:
        # "A's ally B", "B, the A's main ally", "B, an ally of A": B backs A.
        backed = [c for c in token.children if c.dep_ in POSSESSIVE] + [n for p, n in preps if p == "of"]
        backers = [c for c in token.children if c.dep_ in APPOSITION | COMPOUND]
        if token.dep_ in APPOSITION:
            backers.append(token.head)
        # ("Iran's ally": the parser may make the owner a subject and its "'s" a copula)
        misread_owners = [c for c in token.children if c.dep_ == "nsubj" and finder.lowers[c.i + 1 : c.i + 2] in {("'s",), ("’s",)}]
        backed += misread_owners
        backers += [c for c in token.children if c.dep_ in {"nsubj"} and c not in misread_owners]
        if token.dep_ == "attr" or token.dep_ in OBJECT | {"xcomp"} and finder.lowers[token.head.i] in LINKING_VERBS:
            backers += subject_of_clause(token.head)  # ("X remains Y's lifeline": the parser's object)
        if preposition_of(token) == "as" and is_verb(token.head) and not is_negated(token.head) and not is_passive(token.head):
            # "X has emerged as Y's main ally", "Washington has replaced Britain as the
            # government's chief patron": the verb's subject is the ally now
            backers += subject_of_clause(token.head)
        if token.dep_ in NOMINAL_SUBJECT and any(c.dep_ == "cop" for c in token.head.children):
            backers.append(token.head)  # "Iran's only Arab ally is Syria"
        if token.dep_ in RELATIVE_CLAUSE:
            # "X, which has long been an ally of Y": the pronoun stands for the noun
            backers = [relative_antecedent(token, finder) if b.lower_ in {"which", "that", "who"} else b for b in backers]
        for b in finder.mentions(backers):
            for d in finder.mentions(backed):
                yield Candidate(b, "backs", d, token, 0.65)
        # "the Sultan's allies in the war against Russia": they fight Russia too (the
        # parser may make the description one more conjunct of the names it describes:
        # "Britain and France, the Sultan's allies in the war ..."; whom they back is left
        # to the apposition: "Kabila's patrons in the campaign ..., fell out with him")
        if token.dep_ == "conj" and token.left_edge.i > 0 and finder.lowers[token.left_edge.i - 1] == ",":
            backers = backers + [token.head] + [c for c in token.head.children if c.dep_ == "conj" and c.i < token.i]
        foes = [f for p, war in preps if p == "in" and lemma_of(war) in {"war", "fight", "struggle", "campaign"} for q, f in prepositional_objects(war) if q == "against"]
        for b in finder.mentions(backers):
            for foe in finder.mentions(foes):
                if is_actor(foe) and foe.name != b.name:
                    yield Candidate(b, "fights", foe, token, 0.6)
    if lemma in STRONGHOLD_NOUNS or lemma == "capital":
        # (an owner with "'s" the parser hung as a compound: "the Islamic State's capital")
        holders = [c for c in token.children if c.dep_ in POSSESSIVE or any(g.lower_ in {"'s", "’s"} for g in c.children)]
        # ("the capital of X" says where, whatever the model took X for)
        holders += [n for p, n in preps if p == "of"] if lemma != "capital" else []
        places = [token.head] if token.dep_ in APPOSITION else [c for c in token.children if c.dep_ in APPOSITION | {"nsubj"}]
        if token.dep_ == "attr":
            places += subject_of_clause(token.head)
        named = copula_complement(token) if lemma == "capital" and any(c.lower_ == "whose" for c in token.children) else None
        if named is not None:
            # "the self-proclaimed Republic of X, whose capital is Y": the clause's body holds Y
            clause = named if named.dep_ in RELATIVE_CLAUSE | APPOSITION else named.head
            holders.append(relative_antecedent(clause, finder))
            places.append(named)
        if not places and lemma == "capital" and holders:
            # "from X, the Taliban's spiritual capital": the parser may hang the
            # description on the verb; the name before its comma is the place
            set_off = finder.place_before_description(min(h.i for h in holders))
            places = [set_off.root] if set_off is not None else []
        for h in finder.mentions(holders):
            if lemma == "capital" and h.kind not in ARMED_BODY_KINDS:
                continue  # "Kandahar, the Taliban's spiritual capital" is held; "Kabul, Afghanistan's capital" says where
            for p in finder.mentions(places):
                yield Candidate(h, "controls", p, token, 0.65)
    if lemma in STRONGHOLD_NOUNS:
        yield from stronghold_taken_candidates(token, finder)
    if lemma == "command" or lemma == "leadership" or lemma == "control":
        # "forces under the command of A": A leads them; "under the control of A": controls.
        if any(c.lower_ == "under" for c in token.ancestors) or (token.head.lower_ == "under") or preposition_is(token, "under"):
            owners = [n for p, n in preps if p == "of"] + [c for c in token.children if c.dep_ in POSSESSIVE]
            governed = under_governed(token)
            predicate = "controls" if lemma == "control" else "leads"
            for o in finder.mentions(owners):
                for g in finder.mentions(governed):
                    yield Candidate(o, predicate, g, token, 0.7)


def stronghold_taken_candidates(token: Token, finder: ArgumentFinder) -> Iterator[Candidate]:
    """ "enter the Mahdi Army stronghold", "taking back the last Russian stronghold in
    the region": who takes a side's stronghold fights that side (a state's word stands
    for its army)."""
    verb = token.head
    trigger = VERB_TRIGGERS.get(finder.lemma(verb))
    if token.dep_ not in OBJECT or trigger is None or trigger.control_change != "gain":
        return
    owners = [
        c for c in token.children
        if c.dep_ in POSSESSIVE | COMPOUND | {"amod"} and finder.entity_span(c) is not None
    ]
    takers = [a for a in finder.mentions(subject_of_clause(verb)) if is_actor(a)]
    for owner in finder.mentions(owners, demonyms=True):  # ("the last Russian stronghold")
        if owner.kind == "Country":
            owner = finder.national_army(owner.name, token) or owner
        for taker in takers:
            if is_actor(owner) and taker.name != owner.name:
                yield Candidate(taker, "fights", owner, verb, 0.65)


def preposition_is(token: Token, word: str) -> bool:
    return preposition_of(token) == word


def under_governed(token: Token) -> list[Token]:
    """The noun that "under the command of X" modifies ("forces under the command of
    X"); nothing when the phrase hangs on a verb, where parsers often misplace it."""
    node = token
    for _ in range(2):
        node = node.head
        if node.pos_ in {"NOUN", "PROPN"} and node.lower_ != "under":
            return [node]  # "X forces and brigades under the command of Y": the brigades
        if node.pos_ in {"VERB", "AUX"}:
            return []
    return []


# Verbs that take an ongoing campaign as their object: "halt its offensive"
CAMPAIGN_ENDING_VERBS = frozenset("halt stop end suspend pause call scale wind".split())


def is_owned_campaign(trigger: Token) -> bool:
    """ "its offensive against X" as what is halted, stopped or ended: a campaign
    under way, whatever the order or the plan around it."""
    return (
        trigger.pos_ == "NOUN" and any(c.dep_ in POSSESSIVE for c in trigger.children)
        and trigger.dep_ in OBJECT and lemma_of(trigger.head) in CAMPAIGN_ENDING_VERBS
    )


# What an armed side does to topple a government, as against what it says it will do
# ("vowed to overthrow", "aims to topple")
CAMPAIGN_VERBS = frozenset("march fight attack advance invade launch land cross move wage battle rise set come storm seize".split())
# "stormed parliament in an attempt to overthrow the government": the aim of a deed
ATTEMPT_NOUNS = frozenset("attempt bid effort".split())


def is_campaign_to_topple(trigger: Token, finder: ArgumentFinder) -> bool:
    """ "marched inland to overthrow the government", "fighting to topple the
    government", "set out to overthrow", "stormed it in an attempt to overthrow the
    government": the infinitive of purpose of a march or a fight."""
    if finder.lowers[trigger.i] not in {"overthrow", "topple", "unseat"} or not any(c.dep_ == "mark" and c.lower_ == "to" for c in trigger.children):
        return False
    deed = trigger.head
    if trigger.dep_ == "acl" and deed.lower_ in ATTEMPT_NOUNS and deed.dep_ in {"obl", "nmod", "pobj"}:
        deed = deed.head
    elif trigger.dep_ not in {"advcl", "xcomp"}:
        return False
    return finder.lemma(deed) in CAMPAIGN_VERBS and not any(c.dep_.startswith("aux") for c in deed.children if c.lower_ in MODALS)


# "director general", "inspector-general": the head of a service, not a general in it
HEAD_GENERAL_WORDS = frozenset({"director", "inspector"})


def is_head_general(lowers: Sequence[str], i: int) -> bool:
    """ "its new director general", "Inspector-General of Police", read at "general"."""
    if lowers[i] != "general" or i < 1:
        return False
    before = i - 2 if lowers[i - 1] == "-" and i >= 2 else i - 1
    return lowers[before] in HEAD_GENERAL_WORDS


def is_secretary_general(lowers: Sequence[str], i: int) -> bool:
    """ "secretary - general", as the tokenizer splits it, read at either noun, and
    "general secretary" (not "the Secretary-General's representative": his envoy's post)."""
    if lowers[i - 1 : i + 1] == ("secretary", "general") or lowers[i : i + 2] == ("secretary", "general"):
        start = i - 1 if lowers[i] == "general" else i  # "secretary general", unhyphenated
        return lowers[start + 2 : start + 3] not in (("'s",), ("’s",))
    if lowers[i] == "secretary" and i > 0 and lowers[i - 1] == "general":
        return lowers[i + 1 : i + 2] not in (("'s",), ("’s",))  # "the party's general secretary": its head too
    start = i - 2 if lowers[i - 2 : i + 1] == ("secretary", "-", "general") else i
    return lowers[start : start + 3] == ("secretary", "-", "general") and lowers[start + 3 : start + 4] not in (("'s",), ("’s",))


def is_qualified_people(ent: Span, finder: ArgumentFinder) -> bool:
    """ "Krajina Serb", "Bosnian Serb": a people's word with a region's or another
    state's word right before it (``people_within_state``), or the first of two such
    words, a people within a state, not the state."""
    after = finder.entity_span(ent.doc[ent.end]) if ent.end < ent.sent.end else None
    return finder.people_within_state(ent) is not None or after is not None and after.start == ent.end and after.label_ == "NORP"


def has_own_title_after(role: Token, person: Token, finder: ArgumentFinder) -> bool:
    """ "a call with B's Prime Minister, US Secretary of State A, ...": a name after
    the role's comma with a title of its own before it holds that title, not the role."""
    ent = finder.entity_span(person)
    if ent is None:
        # ("a message to the UN Secretary-General, Foreign Minister A": the parser hangs
        # the name on the title's last word, as its apposition)
        ent = next((named for c in person.children if c.dep_ in APPOSITION and (named := finder.entity_span(c)) is not None), None)
    start = ent.start if ent is not None else person.i
    comma = next((k for k in range(role.i + 1, start) if finder.lowers[k] == ","), None)
    return comma is not None and any(finder.lowers[k] in OFFICE_TITLES for k in range(comma + 1, start))


# Offices a name may carry of its own (not ranks: "its spokesman, Brigadier General A" is
# the spokesman)
OFFICE_TITLES = frozenset("secretary minister ambassador envoy president chancellor premier".split())


# What a body's voice heads: "director of publicity", "head of information", "chief of press"
PUBLICITY_WORDS = frozenset("publicity information communications communication press propaganda".split())


def is_publicity_post(lowers: Sequence[str], k: int) -> bool:
    """ "the government's director of publicity": a post that speaks for the body, not
    one that heads it."""
    return k + 2 < len(lowers) and lowers[k + 1] == "of" and lowers[k + 2] in PUBLICITY_WORDS


# What one side does to the other's men: "captured its commander", "killed their leader"
HARMING_VERBS = frozenset("capture kill arrest detain execute wound shoot behead abduct kidnap assassinate".split())
KILLING_LEMMAS = frozenset("kill wound injure".split())


def is_object_read_as_apposition(name: Token) -> bool:
    """ "Syria's president, Hafez al-Assad, expelled Arafat from Damascus": the parser may
    read the verb as a modifier of its object and hang the object on the title as a
    second apposition; a name right after a past form, with no article, is no holder."""
    before = name.doc[name.left_edge.i]
    return before.i < name.i and before.tag_ in {"VBD", "VBN"} and before.dep_ == "amod" and before.head.i == name.i


def is_verb_read_before_owner(title: Token) -> bool:
    """ "A, taunted B's president, C, and warned ...": the parser may read the verb as a
    modifier of the title and hang the title on A as an apposition; a past form before
    the title's owner is no modifier of it (a modifier follows the owner: "B's ousted
    president")."""
    owners = [c.i for c in title.children if c.dep_ in POSSESSIVE]
    return bool(owners) and any(c.dep_ == "amod" and c.i < min(owners) and c.lower_.endswith("ed") for c in title.children)


# Titles of a state's own officers, written before the name: "President X", "Prime
# Minister X", "Defence Minister X"
BARE_STATE_TITLES = frozenset({"President", "Minister", "Secretary"})
# Secretaries who sit in no cabinet: "General Secretary X" runs a party, "Press Secretary
# X" speaks for an office
NON_CABINET_SECRETARIES = frozenset("general press executive permanent private party".split())


def bare_title_state(title: Token, people: list[EntityMention], finder: ArgumentFinder, predicate: str) -> EntityMention | None:
    """ "President X flew in", "Defence Minister X said" with no state named at the
    title: the state the story names most (and names as a state), when the sentence
    names no other (a foreign guest's "President X in Washington"), no mention of the
    man names his state ("Kenyan President X" leads from its own title), and the
    sentence tells of no end of his rule. A minister sits in its government; a head
    leads the government when the story speaks of a government at all (the golds give
    a bare title to "the government" the story names), else the country; None
    otherwise."""
    following = title.i + 1
    person = finder.entity_span(title.doc[following]) if following < len(title.doc) else None
    if person is None or len(people) != 1 or finder.titled_country(person) is not None:
        return None
    if finder.is_lesser_bare_holder(title, person):
        return None  # ("if President A refused ..." four times, "President B ... denies this" once: B is a guest)
    if title.lower_ in {"minister", "secretary"} and not (title.i > 0 and title.doc[title.i - 1].is_title and finder.entity_span(title.doc[title.i - 1]) is None):
        return None  # ("Minister X" alone says no post)
    if title.lower_ == "secretary" and (predicate != "memberOf" or finder.lowers[title.i - 1] in NON_CABINET_SECRETARIES):
        return None  # ("Defence Secretary X" sits in the cabinet; "General Secretary X" in none)
    return story_state_of_title(title, person, finder, predicate)


def apposed_minister_state(title: Token, people: list[EntityMention], finder: ArgumentFinder) -> EntityMention | None:
    """ "Rehman Malik, the interior minister, said ...", "the defence minister, Pavel
    Grachev": a minister set off beside his name with no state named sits in the
    story's own government, on the same terms as a bare title before a name (see
    bare_title_state)."""
    doc = title.doc
    if title.lower_ != "minister" or len(people) != 1 or title.i < 2 or not doc[title.i - 1].text.islower():
        return None
    if finder.lowers[title.i - 2] != "the" or finder.lowers[title.i - 1] == "prime" or finder.entity_span(doc[title.i - 1]) is not None:
        return None  # ("the prime minister" leads; "the Kenyan minister" names its state)
    after = finder.entity_span(doc[title.i + 2]) if title.i + 2 < len(doc) and doc[title.i + 1].text == "," else None
    person = finder.name_before_comma(title) or (after if after is not None and after.start == title.i + 2 else None)
    if person is None or person.label_ != "PER" or finder.titled_country(person) is not None:
        return None
    return story_state_of_title(title, person, finder, "memberOf")


def story_state_of_title(title: Token, person: Span, finder: ArgumentFinder, predicate: str) -> EntityMention | None:
    """The story's own state (its government for a member) for a man whose title names
    none, when the sentence names no other state and tells of no end of his rule."""
    ruled = finder.mention(title.doc[title.i - 2]) if title.i >= 2 and finder.lowers[title.i - 1] == "of" and finder.lowers[title.i - 2] in RULED_BY_NOUNS else None
    state = finder.main_country()
    words = finder.lowers[title.sent.start : title.sent.end]
    if state is None or is_succession_told(words) or any(w in RULE_ENDING_WORDS for w in words):
        return None
    if states_named_in(title.sent, finder, besides=person) - {state}:
        return None
    if towns_states_named_in(title.sent, finder) - {state}:
        return None  # ("held talks with President X in Rawalpindi": a town of another state's)
    if any(ent._.frontline_kind == "Country" and is_foreign_in_sentence(ent, finder) for ent in ents_within(title.sent, finder)):
        return None  # ("with Kenyan commanders and Defence Minister X": other men's state)
    if not any(finder.span_mention(ent).name == state for ent in finder.ents if ent._.frontline_kind == "Country"):
        return None  # ("In Lodwar, President X": a town's state the story never names is no clue)
    own = government_of(state, None, title.idx, title.idx + len(title.text))
    if ruled is not None and ruled.kind == "Government" and own is not None and ruled.name != own.name:
        return None  # ("Belgrade stayed out. The government of President X": that government is his)
    if predicate == "memberOf" or "government" in finder.lowers:
        return own
    return country_mention(state, title.idx, title.idx + len(title.text))


def states_named_in(sentence: Span, finder: ArgumentFinder, *, besides: Span) -> set[str]:
    """The states a sentence names, by name, people or capital ("Washington"), but for
    the one name ``besides``."""
    named: set[str] = set()
    for ent in ents_within(sentence, finder):
        if ent.start == besides.start:
            continue
        mention = finder.span_mention(ent)
        if mention.kind == "Country":
            named.add(mention.name)
        elif mention.kind == "Place" and (capital := gazetteer.capital_country(mention.name, finder.year)) is not None:
            named.add(capital.name)
    return named


def towns_states_named_in(sentence: Span, finder: ArgumentFinder) -> set[str]:
    """The states of the towns a sentence says something happened in ("in Rawalpindi",
    "at Bari"), as the gazetteer knows them and as they were in the story's year (a town
    of today's Congo is Zaire's in 1978). (Not any town named: "Santa Barbara" in a list
    of Philippine villages is a Californian town's name too.)"""
    return {
        gazetteer.state_of_the_time(country, finder.year).name for ent in ents_within(sentence, finder)
        if ent._.frontline_kind == "Place" and ent.start > 0 and finder.lowers[ent.start - 1] in {"in", "at"}
        and (country := gazetteer.country_of_city(finder.span_mention(ent).name)) is not None
    }


def ents_within(sentence: Span, finder: ArgumentFinder) -> list[Span]:
    """The names inside a sentence (by position: no span built per name)."""
    return [ent for ent in finder.ents if sentence.start <= ent.start and ent.end <= sentence.end]


def is_post_held_until(title: Token, lowers: Sequence[str]) -> bool:
    """ "chairman of the Provisional Government until he took command": "until" in the
    title's own phrase (up to its comma) ends the post."""
    for k in range(title.i + 1, min(title.sent.end, title.i + 12)):
        if lowers[k] in {",", ";", ".", "and"} or title.doc[k].pos_ in {"VERB", "AUX"}:
            return False  # ("President X has said they will stay until ...": his words, not his post)
        if lowers[k] == "until":
            return True
    return False


def state_office_holder(title: Token, finder: ArgumentFinder) -> Iterator[Candidate]:
    """ "Secretary of State Alexander Haig said ...": a title that names its state by
    itself, right before the holder's name (a state or a demonym before the title is
    read by the title rules: "US Secretary of State X")."""
    k = title.i
    lowers = finder.lowers
    state = gazetteer.office_title_country(tuple(lowers[k : k + 3]))
    if state is None or not title.text[:1].isupper() or k + 3 >= len(lowers) or (k > 0 and finder.entity_span(finder.tokens[k - 1]) is not None):
        return
    holder = finder.entity_span(finder.tokens[k + 3])
    if holder is None or holder.start != k + 3 or holder.label_ != "PER":
        return
    end = finder.tokens[k + 2]
    yield Candidate(finder.span_mention(holder), "memberOf", country_mention(state.name, title.idx, end.idx + len(end.text)), title, 0.8)


def role_candidates(token: Token, finder: ArgumentFinder) -> Iterator[Candidate]:
    """A role noun tying a person to an organisation: "A, a spokesman for B"."""
    word = token.lower_
    doc = token.doc
    previous_word = doc[token.i - 1].lower_ if token.i > 0 else ""
    in_chief = word == "chief" and token.i >= 5 and [t.lower_ for t in doc[token.i - 4 : token.i]] == ["commander", "-", "in", "-"]
    if in_chief:
        previous_word = doc[token.i - 5].lower_  # "the deputy commander-in-chief", split by the tokenizer
    # (the word before "commander-in-chief", which the parser may head with either noun)
    before_title = token.i - 5 if in_chief else token.i - 1 if word == "commander" and finder.lowers[token.i + 1 : token.i + 5] == ("-", "in", "-", "chief") else None
    if is_post_held_until(token, finder.lowers):
        return  # "X, chairman of Y until he took command of the army": a post he left
    if word in {"chief", "head"} and token.i + 1 < len(doc) and doc[token.i + 1].lower_ in PERSON_ROLE_NOUNS:
        return  # "the IDF's chief spokesman", "chief negotiator": the post is the next word's
    if word == "general" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "staff":
        return  # "X, the Estonian general staff said": a body, no general
    # ("the government's director of publicity", "UNITA's information secretary")
    publicity = word in {"director", "head", "chief", "secretary"} and (is_publicity_post(finder.lowers, token.i) or previous_word in PUBLICITY_WORDS)
    # ("the head of the Front's media office": its voice, whose office it is)
    offices = [n for p, n in prepositional_objects(token) if p == "of" and is_publicity_office(n)] if word in {"director", "head", "chief"} else []
    publicity = publicity or bool(offices)
    if word in SPOKESPERSON_NOUNS or word == "secretary" and previous_word == "press" or publicity:
        predicate, confidence = "spokespersonFor", 0.8  # ("Pentagon press secretary X", "its director of publicity")
    elif word == "minister" and previous_word == "prime" or is_secretary_general(finder.lowers, token.i) or is_head_general(finder.lowers, token.i):
        predicate, confidence = "leads", 0.75  # "the prime minister", "its secretary-general", "its director general"
    elif word == "coordinator" and previous_word in {"its", "their", "'s", "’s"}:
        predicate, confidence = "leads", 0.7  # "the council's coordinator" heads it; "the UN humanitarian coordinator" is a member
    elif word in LEADER_NOUNS and any(c.lower_ in {"a", "an", "one"} and c.dep_ == "det" for c in token.children):
        predicate, confidence = "memberOf", 0.7  # "an SNA commander": one of many, not its head
    elif word in LEADER_NOUNS and (previous_word in SECOND_RANKS or any(c.lower_ in SECOND_RANKS for c in token.children)):
        predicate, confidence = "memberOf", 0.7  # "the army's assistant commander-in-chief": not its head
    elif word in LEADER_NOUNS and previous_word in PART_SCOPES:
        predicate, confidence = "memberOf", 0.7  # "the regional commander of the X": one part of it his
    elif (word == "founder" or word in LEADER_NOUNS and previous_word == "first") and is_succession_told(finder.lowers[token.sent.start : token.sent.end]):
        # "X took over as interim leader after the movement's founder, Y, was arrested",
        # "X took over in April after the rebels' first president, Y, was killed": Y leads no more
        return
    elif word in LEADER_NOUNS:
        predicate, confidence = "leads", 0.75
    elif word in MEMBER_NOUNS:
        predicate, confidence = "memberOf", 0.7
    else:
        return
    # "a spokesman for B", "a member of B"; but "the envoy for/to B" is sent to B, not part of it
    allowed = {"for", "of", "at", "in", "to"} if predicate != "memberOf" else {"of", "at", "in"}
    if word in {"envoy", "ambassador", "representative", "negotiator", "diplomat"}:
        allowed = {"of"}
    if word in EXPERT_NOUNS:
        allowed = allowed | {"with", "for"}  # "a political writer with the X Institute", "an analyst for the Y Forum"
    organisations = [
        n for p, n in prepositional_objects(token) if p in allowed
        # ("the US commander in Iraq", "the envoy in Sudan": where he serves, not what he heads)
        and not (p == "in" and (m := finder.mention(n)) is not None and m.kind in {"Country", "Place"})
    ]
    organisations += [c for c in token.children if c.dep_ in POSSESSIVE]  # "the group's spokesman"
    organisations += [owner for office in offices for owner in office_owners(office, finder)]
    if all(o.lower_ in {"its", "their"} for o in organisations) and token.dep_ == "conj" and token.head.pos_ == "NOUN":
        # "the coalition's best-known figure and spokesman, X": the owner is the first
        # noun's ("the government's secretary for information and its chief spokesman": its)
        owners = [c for c in token.head.children if c.dep_ in POSSESSIVE and c.lower_ not in PRONOUN_KINDS]
        organisations = owners or organisations
    if token.dep_ in {"obj", "dobj"} and finder.lemma(token.head) in HARMING_VERBS or word == "speaker":
        # "A stormed P and captured its commander": whose man a captor takes is not said
        # by "its" (the captor's own would not be captured); "Speaking to parliament, its
        # speaker, X": the unnamed house's, which "its" would take for the nearest named body
        organisations = [o for o in organisations if o.lower_ not in PRONOUN_KINDS]
    led_armies: list[EntityMention] = []
    military_adjective = any(c.dep_ == "amod" and c.lower_ == "military" for c in token.children)
    if military_adjective or any(c.dep_ in COMPOUND and c.lower_ in {"army", "military", "police", "navy"} for c in token.children):
        # "Chad's army chief": the head of the state's army (see the patterns), not of the
        # state; "Fiji's military commander" heads its army (the adjective read here)
        owning_states = {o.i: m for o in organisations if o.dep_ in POSSESSIVE and (m := finder.mention(o)) is not None and m.kind == "Country"}
        organisations = [o for o in organisations if o.i not in owning_states]
        if predicate == "leads" and military_adjective:
            led_armies = [a for m in owning_states.values() if (a := finder.national_army(m.name, token)) is not None]
    if predicate == "memberOf":
        organisations += [
            owner for o in list(organisations) if o.lower_ in GOVERNING_BODY_NOUNS and finder.mention(o) is None
            for owner in o.children if owner.lower_ not in PRONOUN_KINDS and (
                owner.dep_ in POSSESSIVE or owner.dep_ in COMPOUND and (named := finder.entity_span(owner)) is not None and named.end == o.i
            )
        ]  # "a member of the FARC's ruling secretariat", "of the FDN directorate": of the FARC, the FDN (not "the head of Syria's directorate")
    if word in SPOKESPERSON_NOUNS and token.i > 0 and finder.lowers[token.i - 1] in {"army", "military", "government"}:
        organisations.append(doc[token.i - 1])  # "Army spokesman Colonel X", "government spokesman": the story's own
    if (
        predicate == "leads" and word in ARMY_HEAD_NOUNS and token.i > 1 and finder.lowers[token.i - 1] == "army"
        and finder.lowers[token.i - 2] not in {"'s", "’s", "its", "their", "his"} and finder.lowers[token.i + 1 : token.i + 3] != ("of", "staff")
    ):
        organisations.append(doc[token.i - 1])  # "the army commander, X": the story's own army's head (not "its army chief", "army chief of staff")
    for child in token.children:
        # "a spokesman for the rebels' Military Junta": the parser hangs "for" on the
        # owner; the named body after it is the one spoken for
        if child.dep_ in {"nmod", "obl"} and finder.entity_span(child) is not None and any(
            owner.dep_ in POSSESSIVE and any(g.dep_ == "case" and g.lower_ in allowed for g in owner.children)
            for owner in child.children
        ):
            organisations.append(child)
    people = [
        c for c in token.children if c.dep_ in APPOSITION | {"nsubj"} | COMPOUND
        and not (c.dep_ in COMPOUND and c.lower_ in PERSON_ROLE_NOUNS)  # "the X leader A and Russia's president, B": A's own title
        and not is_listed_before_title(c, token, finder.lowers)
        and not is_object_read_as_apposition(c)
    ]
    # ("The director general of the force, X": the parser may hang "general" on "director",
    # and "director" on the name)
    title = token.head if word == "general" and token.dep_ == "amod" and token.head.lower_ in HEAD_GENERAL_WORDS else token
    if title.dep_ in APPOSITION | COMPOUND and not is_verb_read_before_owner(title):
        people.append(title.head)
        if title.dep_ in COMPOUND:
            people += [c for c in title.head.children if c.dep_ in COMPOUND]
    elif not people and title.dep_ == "conj" and title.head.pos_ == "NOUN" and title.head.dep_ in APPOSITION and title.head.head.ent_type_ == "PER":
        people.append(title.head.head)  # "A, the territorial governor and commander of B": the second title is A's too
    if token.dep_ in {"attr", "root", "ROOT"}:
        people += subject_of_clause(token)
    if token.dep_ in RELATIVE_CLAUSE and any(c.dep_ in NOMINAL_SUBJECT and c.lower_ in {"who", "that"} for c in token.children):
        # "X, who is president of Y", "X, a former banker who is now the leader of Y":
        # the man the clause hangs on (through a description set off after his name)
        described = token.head.head if token.head.dep_ in APPOSITION and token.head.pos_ == "NOUN" else token.head
        people.append(described)
    if token.dep_ in {"xcomp", "oprd"} and lemma_of(token.head) in {"become", "remain"}:
        people += subject_of_clause(token.head)  # "X became leader of Y in July"
    serving = serving_verb(token)
    if serving is not None:
        people += subject_of_clause(serving)  # "X, who acts as its spokesman", "X serves as the group's treasurer"
    if token.dep_ in NOMINAL_SUBJECT and token.head.ent_type_ == "PER" and any(c.dep_ == "cop" for c in token.head.children):
        people.append(token.head)  # "The MEF's field commander is X": the name after the copula
    named_before = finder.name_before_comma(token)
    if named_before is None and token.i >= 2 and doc[token.i - 1].text == ",":
        named_before = finder.entity_span(doc[token.i - 2])  # "A, chairman of B": no article
    if named_before is not None and named_before.label_ == "PER":
        people.append(named_before.root)  # "A, a spokesman for B, said": whatever the parse
    elif named_before is None and token.dep_ == "conj" and token.head.lower_ in PERSON_ROLE_NOUNS:
        # "A, the information minister and government spokesman, told": the second post
        # is A's too, however the parser hung the first
        first_post = finder.name_before_comma(token.head)
        if first_post is not None and first_post.label_ == "PER" and first_post.root not in people:
            people.append(first_post.root)
    # Title before a name: "B Interior Minister A", "B commander A".
    # (only within the title's own phrase: not "... the Iraqi army, said President A";
    # but "B, whose leader, A": B's)
    phrase_start = max(token.sent.start, token.i - 4)
    for k in range(token.i - 1, phrase_start - 1, -1):
        # (a small-letter word the tagger called a proper noun or a finite verb is no part of a
        # title: "the AFRC overthrew President X" is no title of the AFRC's)
        # (nor a word before a preposition: "Latvian volunteers under Colonel X" is no
        # Latvian colonel's title)
        if doc[k].is_punct or doc[k].pos_ in {"VERB", "AUX", "SCONJ", "CCONJ"} or doc[k].text.islower() and doc[k].tag_ in {"NNP", "VBD", "VBZ", "IN"}:
            whose = doc[k].text == "," and doc[k + 1].lower_ == "whose"
            phrase_start = k - 1 if whose else k + 1
            break
    for left in doc[phrase_start : token.i] if word not in EXPERT_NOUNS else ():
        ent = finder.entity_span(left)
        # ("North Korean leader X": a state's people's word right before "leader" names
        # its ruler; not "Syrian rebel leader X", a word between)
        # ("Bosnian Serb leader X": a people within another state's, no state's ruler)
        state_leader = word == "leader" and left.i == token.i - 1 and ent is not None and (
            ent.start == token.sent.start or not doc[ent.start - 1].text[:1].isupper()
        )
        allowed = {"ORG", "GPE", "NORP"} if predicate == "memberOf" or word in HEAD_OF_STATE_TITLES or state_leader else {"ORG"}
        if ent is not None and ent.label_ == "NORP" and word in HEAD_OF_STATE_TITLES and is_qualified_people(ent, finder):
            continue  # "the Krajina Serb president", "the Bosnian Serb president": no state's
        if ent is not None and ent.label_ in allowed and ent.end <= token.i and not is_against_prefixed(ent, finder.lowers):
            organisations.append(left)
    k = token.i + 1
    while k < token.sent.end and doc[k].is_title and doc[k].lower_ not in {"of", "for"} and finder.entity_span(doc[k]) is None:
        k += 1  # skip the rest of the title: "Minister of State", "Prime Minister"
    if k < token.sent.end and doc[k].text == ",":
        k += 1  # "the foreign minister, A, said"
    # "a spokesman for B, A, said": the name after the organisation
    attached = organisations + [n for _p, n in prepositional_objects(token)]
    following = [k] + [
        ent.end + (1 if ent.end < token.sent.end and doc[ent.end].text == "," else 0)
        for ent in (finder.entity_span(o) for o in attached) if ent is not None
    ]  # "the commander of B A", "the envoy for B, A": the name right after B
    for k in following:
        ent = finder.entity_span(doc[k]) if k < token.sent.end else None
        if ent is not None and ent.label_ in {"PER", "ORG"}:  # as_person() decides for ORG
            people.append(doc[k])
            ruled = country_after_name(ent, finder) if word in HEAD_OF_STATE_TITLES else None
            if ruled is not None:
                organisations.append(ruled)  # "President Milton Obote of Uganda"
    people = [p for p in people if not has_own_title_after(token, p, finder)]
    person_mentions = [as_person(m) for m in finder.mentions(people)]
    person_mentions = [m for m in person_mentions if m.kind == "Person"]
    peoples_army = demonym_army_before(before_title, token, finder) if before_title is not None and predicate == "leads" else None
    led_armies += [peoples_army] if peoples_army is not None else []
    for person in person_mentions:
        for led in led_armies:
            yield Candidate(person, "leads", led, token, confidence)  # "X, the Estonian commander-in-chief": its army's head
    if not organisations and not led_armies and token.text in BARE_STATE_TITLES:
        # "President X", "Defence Minister X" with no state before the title: the
        # story's own (see the function)
        state = bare_title_state(token, person_mentions, finder, predicate)
        for person in person_mentions if state is not None else ():
            yield Candidate(person, predicate, state, token, 0.6)
    if not organisations and predicate == "memberOf":
        state = apposed_minister_state(token, person_mentions, finder)  # "X, the interior minister, said"
        for person in person_mentions if state is not None else ():
            yield Candidate(person, predicate, state, token, 0.6)
    for person in person_mentions:
        for organisation in finder.mentions(organisations, demonyms=True):  # "the Indian foreign minister"
            if predicate == "memberOf" and organisation.kind == "Country" and word in EXPERT_NOUNS:
                continue  # "a researcher in Sudan"
            if word in HEAD_OF_STATE_TITLES and organisation.kind == "Place" and is_owner_of_title(organisation, token, finder):
                # "Puntland's president, X": a land with a ruler of its own, its government
                organisation = replace(organisation, kind="Government")
            if predicate == "memberOf" and organisation.kind == "Country" and word in SOLDIER_RANK_NOUNS:
                # "the Polish general X", "a Kenyan colonel": a member of the state's army
                state_army = finder.national_army(organisation.name, token)
                if state_army is not None:
                    yield Candidate(person, predicate, state_army, token, confidence)
                continue
            if predicate == "memberOf" and organisation.kind == "Country" and word not in DIPLOMAT_NOUNS and not (
                word in MINISTER_WORDS and finder.main_country() not in {None, organisation.name}
            ):
                # "Russia's defence minister": a member of its government, not of the country
                # (a diplomat stands for the state abroad: "the Soviet delegate" is the Soviet Union's;
                # and so does a minister of a state other than the one the story is about:
                # the golds say so 41 times to 17, and 28 to 10 the other way for the story's own)
                # (named by its own name: resolution joins a mention's text with its
                # canonical name, and "Russia" must not become the government)
                government = government_of(organisation.name, None, organisation.start_char, organisation.end_char)
                if government is None:
                    continue
                organisation = government
            yield Candidate(person, predicate, organisation, token, confidence)


def demonym_army_before(k: int, role: Token, finder: ArgumentFinder) -> EntityMention | None:
    """The national army of the people whose word ends at ``k`` ("the Estonian
    commander-in-chief": the Estonian army), if it is one. (Its text is the small-letter
    role word: the demonym is the country's alias, never the army's.)"""
    ent = finder.entity_span(finder.tokens[k]) if k >= 0 else None
    country = gazetteer.country_of_demonym(ent.text) if ent is not None and ent.end == k + 1 and ent.label_ == "NORP" else None
    return finder.national_army(country.name, role) if country is not None else None


def country_after_name(ent: Span, finder: ArgumentFinder) -> Token | None:
    """The country in "<Name> of (the) <Country>" right after a person's name."""
    k = ent.end + 1 + (ent.end + 1 < len(finder.lowers) and finder.lowers[ent.end + 1] == "the")
    if ent.end >= len(finder.lowers) or finder.lowers[ent.end] != "of" or k >= ent.sent.end:
        return None
    country = finder.entity_span(finder.tokens[k])
    return finder.tokens[k] if country is not None and country.start == k and country._.frontline_kind == "Country" else None


def is_against_prefixed(ent: Span, lowers: Sequence[str]) -> bool:
    """ "anti-Taliban": the name after "anti-" is whom the phrase is against."""
    return ent.start >= 2 and lowers[ent.start - 1] == "-" and lowers[ent.start - 2] == "anti"


# Verbs of holding a post "as" a title: "X acts as its spokesman", "serves as treasurer"
SERVING_VERBS = frozenset({"act", "serve", "work"})


def serving_verb(title: Token) -> Token | None:
    """The verb a title is held "as" by ("who acts as its spokesman": "acts"), in
    either label scheme ("as" marking the title, or heading it), if any."""
    if title.dep_ in {"obl", "nmod"} and any(c.dep_ == "case" and c.lower_ == "as" for c in title.children):
        verb = title.head
    elif title.dep_ == "pobj" and title.head.lower_ == "as":
        verb = title.head.head
    else:
        return None
    return verb if verb.pos_ in {"VERB", "AUX"} and lemma_of(verb) in SERVING_VERBS else None


# A body's own organs: a member of one is a member of the body ("the FARC's secretariat")
GOVERNING_BODY_NOUNS = frozenset("council secretariat committee leadership politburo bureau board presidium shura directorate".split())
ROLE_PREDICATES = frozenset({"leads", "memberOf", "spokespersonFor"})
FORMER_WORDS = frozenset({"former", "ex", "once", "formerly", "erstwhile", "onetime", "one-time", "late", "previous"})  # "the late commander", "its previous commander"


def is_former_role(role: Token) -> bool:
    """ "a former commander", "once the group's commander", "ex-spokesman": a role
    held in the past (the words between the phrase's start and the role)."""
    start = role.left_edge.i
    if start > 0 and role.doc[start - 1].lower_ in {"once", "formerly"}:
        start -= 1  # the parser often leaves "once" outside the noun phrase
    return any(t.lower_ in FORMER_WORDS for t in role.doc[start : role.i])


YEAR = re.compile(r"^(?:19|20)\d\d$")


def is_government_of_a_past_year(candidate: Candidate, sentence: Span, finder: ArgumentFinder) -> bool:
    """ "The government of X suspended relations with Y in 1981", in a story of 1985
    whose president is someone else: a government named by a head the story never
    titles its ruler, in a sentence dated years before the story, is that year's (not
    "in power since 1986": still his)."""
    if finder.year is None or candidate.trigger.lower_ not in {"of", "government", "'s", "’s"}:
        return False
    head = finder.doc.char_span(candidate.subject.start_char, candidate.subject.end_char)
    if head is None or finder.ever_titled_ruler(head):
        return False
    lowers = finder.lowers
    return any(
        YEAR.match(lowers[k]) and int(lowers[k]) < finder.year - 1 and lowers[k - 1] != "since"
        for k in range(sentence.start + 1, sentence.end)
    )


# Not "killed": a spokesman killed in this week's fighting was the group's spokesman
# (the gold of the dev sets says so); a founder who died years ago leads nothing now.
DEATH_WORDS = frozenset("died dies".split())


def is_peoples_plural(text: str) -> bool:
    """ "Russians", "Americans": a people, which nobody holds as a place."""
    return text.endswith("s") and gazetteer.country_of_demonym(text[:-1]) is not None


PRESS_WORDS = frozenset("media press information communications".split())


def is_press_post(role: Token, finder: ArgumentFinder) -> bool:
    """ "media chief", "press officer", "head of information": a body's voice, not its head."""
    k = role.i
    if finder.lowers[k] not in {"chief", "head", "director", "officer", "secretary"}:
        return False
    before = finder.lowers[k - 1] if k > 0 else ""
    after = finder.lowers[k + 2] if k + 2 < len(finder.lowers) and finder.lowers[k + 1] == "of" else ""
    return before in PRESS_WORDS or after in PRESS_WORDS


def is_dead_holder(role: Token) -> bool:
    """ "its founder, X, had died two years earlier", "X, the group's founder, died in
    May", "X, who had led the movement since 1992, was killed": the role's holder is
    the subject of a death, and holds it no more."""
    holder = role.head if role.dep_ in APPOSITION | RELATIVE_CLAUSE else role
    death = holder.head
    return holder.dep_ in NOMINAL_SUBJECT and (
        death.lower_ in DEATH_WORDS
        # "X, who had led it, was killed" (not "its spokesman, X, was killed": news still
        # names him the spokesman he was)
        or role.dep_ in RELATIVE_CLAUSE and holder.dep_ in {"nsubj:pass", "nsubjpass"} and death.lower_ == "killed"
    )


def as_person(mention: EntityMention) -> EntityMention:
    """A name in a person's role ("a spokesman, Al-Fateh Qurashi") the NER typed as an
    organisation, when nothing in it says organisation, is a person."""
    if mention.kind != "Organization" or mention.canonical or mention.commander:
        return mention
    words = set(mention.text.lower().replace("-", " ").split())
    from frontline.extract.entities import ORG_WORDS

    if words & ORG_WORDS or len(words) < 2:
        return mention
    return replace(mention, label="PER", kind="Person")


def parent_body_candidates(ent: Span, finder: ArgumentFinder) -> Iterator[Candidate]:
    """ "the UN Security Council", "UNAMIR", "the World Food Programme", "the SADC
    Mission in Mozambique": a body of another international one, by its name or the
    organisations table, is part of it (see gazetteer.parent_body)."""
    if ent._.frontline_kind != "InternationalOrganization":
        return
    body = finder.span_mention(ent)
    parent = gazetteer.parent_body(body.name)
    if parent is not None and parent != body.name:
        whole = EntityMention(
            text=parent, label="ORG", kind="InternationalOrganization", start_char=ent.start_char, end_char=ent.end_char, canonical=parent
        )
        yield Candidate(body, "partOf", whole, ent.root, 0.6)


def dateline_candidates(sent: Span, finder: ArgumentFinder) -> Iterator[Candidate]:
    """ "BAMENDA, Cameroon —": the town a story was filed from lies where its dateline
    says (the dateline is no actor of the story, but its geography stands)."""
    for dateline in finder.datelines:
        k = dateline.end
        if k + 3 < len(finder.tokens) and finder.lowers[k] == "(" and finder.lowers[k + 2] == ")":
            k += 3  # "LWÓW (LEMBERG), Galicia —": past the town's other name
        if not sent.start <= dateline.start < sent.end or k + 1 >= len(finder.tokens) or finder.lowers[k] != ",":
            continue
        where = finder.by_token.get(k + 1)
        if where is None or where.start != k + 1 or where._.frontline_kind not in {"Country", "Place"} or where.label_ == "NORP":
            continue
        town = finder.span_mention(dateline)
        if town.kind == "Place":
            yield Candidate(town, "locatedIn", finder.span_mention(where), finder.tokens[k], 0.6)


# Posts whose "Minister X" (no state named) is a member of the one state his sentence names
MINISTRY_WORDS = frozenset("foreign defence defense interior information finance".split())


def untied_minister_candidates(ent: Span, finder: ArgumentFinder) -> Iterator[Candidate]:
    """ "Foreign Minister X said Turkey would retaliate": a minister titled with no
    state, in a sentence that names one state and no other minister, is its member."""
    k = ent.start
    if k < 2 or finder.lowers[k - 1] != "minister" or finder.lowers[k - 2] not in MINISTRY_WORDS:
        return
    if finder.span_mention(ent).kind != "Person" or (k >= 3 and finder.by_token.get(k - 3) is not None):
        return  # ("Turkish Foreign Minister X", "Turkey's ...": the role rules read those)
    if k >= 3 and finder.lowers[k - 3] in {"'s", "’s", "former", "deputy", "vice"}:
        return
    sent = ent.sent
    named = [(e, m) for e in ents_within(sent, finder) if (m := finder.span_mention(e)).kind == "Country"]
    foreign = {m.name for e, m in named if is_foreign_in_sentence(e, finder)}
    states = {m.name: m for _e, m in named if m.name not in foreign}
    ministers = [j for j in range(sent.start, sent.end) if finder.lowers[j] == "minister"]
    if len(states) == 1 and len(ministers) == 1:
        yield Candidate(finder.span_mention(ent), "memberOf", next(iter(states.values())), finder.tokens[k - 1], 0.55)


# Men a people's word may stand before in a minister's sentence: "with Zimbabwean commanders"
OTHER_MEN_NOUNS = PERSON_ROLE_NOUNS | frozenset("commanders officials officers diplomats envoys".split())


def is_foreign_in_sentence(state: Span, finder: ArgumentFinder) -> bool:
    """A state named as someone else's or as the one charged: "with Zimbabwean commanders"
    (a people's word before other men), "accused Guinea of arming the rebels"."""
    following = finder.lowers[state.end] if state.end < len(finder.lowers) else ""
    if state.label_ == "NORP" and following in OTHER_MEN_NOUNS:
        return True
    before = finder.lowers[state.start - 1] if state.start > 0 else ""
    return before in {"accused", "accuses", "accusing", "blamed", "blames", "blaming"}  # (read off the words)


# Kinds of place a demonym may tell the state of: "the Ethiopian town of Shiraro"
DEMONYM_PLACE_NOUNS = frozenset("town city village port settlement region province district state enclave".split())


def demonym_place_candidates(ent: Span, finder: ArgumentFinder) -> Iterator[Candidate]:
    """ "the Ethiopian town of Shiraro", "the Rwandan border town of Gisenyi": the place
    lies in the state the demonym names."""
    k = ent.start - 1
    if ent._.frontline_kind != "Place" or k < 3 or finder.lowers[k] != "of" or finder.lowers[k - 1] not in DEMONYM_PLACE_NOUNS:
        return
    j = k - 2
    if finder.by_token.get(j) is None and finder.tokens[j].text.isalpha() and finder.tokens[j].text.islower():
        j -= 1  # "the Rwandan border town of", "the Chinese port city of"
    people = finder.by_token.get(j)
    if people is None or people.end != j + 1 or people.label_ != "NORP" or people._.frontline_kind != "Country":
        return
    state = as_country(finder.span_mention(people))
    yield Candidate(finder.span_mention(ent), "locatedIn", state, finder.tokens[k - 1], 0.6)


def named_after_town_candidates(ent: Span, finder: ArgumentFinder) -> Iterator[Candidate]:
    """ "Kismayo airport", "the Lysychansk oil refinery": a facility named by the town
    it stands in, when the story names that town as a place of its own."""
    if ent._.frontline_kind != "Facility" or len(ent) < 2 or finder.lowers[ent.end - 1] in ROUTE_NOUNS:
        return  # (a road or railway named by a town runs from it: "the Zagreb-Belgrade highway")
    facility = finder.span_mention(ent)
    for k in range(ent.end - 1, ent.start, -1):
        town = finder.place_named(finder.lowers[ent.start : k])
        if town is not None and town.name != facility.name:
            yield Candidate(facility, "locatedIn", replace(town, start_char=ent.start_char, end_char=finder.tokens[k - 1].idx + len(finder.tokens[k - 1].text)), ent.root, 0.6)
            return


def possessive_candidates(ent: Span, finder: ArgumentFinder) -> Iterator[Candidate]:
    """ "A's B": leads (person -> group), partOf (org -> org), locatedIn (place -> place)."""
    root = ent.root  # Span.root and Span.sent are computed on every access
    owned = finder.mention(root)
    if owned is None:
        return
    owners = [c for c in root.children if c.dep_ in POSSESSIVE]
    doc = finder.tokens
    # "A's B", "A's self-styled B", "A's so-called B": up to three modifiers between
    k = ent.start - 1
    sentence_start = ent.sent.start
    while k > sentence_start and ent.start - k <= 4 and doc[k].text not in {"'s", "’s"} and (
        doc[k].text == "-" or doc[k].pos_ in {"ADJ", "VERB"} or doc[k].text.islower()
    ) and not doc[k].is_punct and doc[k].pos_ not in {"ADP", "DET", "CCONJ", "SCONJ", "AUX"} and not (
        doc[k].dep_.startswith("nsubj")  # a clause, not modifiers: "A's men (had) drove B"
    ) or (k > 0 and doc[k].text == "-"):
        # ("the group's allegiance to the X": "to the" ends the phrase; X is not the group's)
        k -= 1
    if k >= 1 and doc[k].text in {"'s", "’s"}:
        owners.append(doc[k - 1])
    for owner in finder.mentions(owners):
        if owner.kind == "Person" and owned.kind in {"ArmedGroup", "Government", "Organization"}:
            yield Candidate(owner, "leads", owned, root, 0.7)
        elif owner.kind in {"ArmedGroup", "Government", "Organization"} and owned.kind in {"ArmedGroup", "Organization"}:
            yield Candidate(owned, "partOf", owner, root, 0.65)
        elif is_place(owner) and is_place(owned):
            yield Candidate(owned, "locatedIn", owner, root, 0.7)


# A numbered unit's name: "107th Infantry Brigade", "58th Army", "II Corps", "5th Military District"
NUMBERED_UNIT_NAME = re.compile(r"^(?:\d{1,3}(?:st|nd|rd|th)?|[IVX]{1,5})\b.*\b(?:army|corps|division|brigade|regiment|battalion|district|sector)$", re.I)


def numbered_unit_owner_candidates(ent: Span, finder: ArgumentFinder) -> Iterator[Candidate]:
    """ "the Pakistani 107th Infantry Brigade", "Russia's 58th Army", "the army's 5th
    Military District", "the ARVN 18th Division", "Iraqi commandos of the 36th Commando
    Battalion": a numbered unit is part of the army
    its people's word, its country, "the army" or the army's name before it names (the
    unit's own name stays as it is)."""
    if ent._.frontline_kind != "ArmedGroup" or ent.start < 1 or not NUMBERED_UNIT_NAME.match(ent.text):
        return
    k = ent.start - 1
    possessive = finder.lowers[k] in {"'s", "’s"}
    owner_end = k if possessive else ent.start
    if ent.start >= 4 and finder.lowers[k] == "the" and finder.lowers[k - 1] == "of" and finder.lowers[k - 2] in ARMED_MEN_NOUNS:
        owner_end = k - 2  # "Iraqi commandos of the 36th Commando Battalion": the people's word before the men
    before = finder.tokens[owner_end - 1] if owner_end >= 1 else None
    if before is None:
        return
    if possessive and finder.lowers[before.i] in {"army", "military"} and before.i >= 1 and finder.lowers[before.i - 1] == "the":
        army = finder.home_army(before)  # "the army's 5th Military District"
    else:
        owner = finder.entity_span(before)
        if owner is None or owner.end != owner_end:
            return
        named = finder.span_mention(owner)
        if named.kind in {"ArmedGroup", "Organization"} and owner.label_ == "ORG":
            # "the ARVN 18th Division", "the IDF's 98th Division": the named army's own
            yield Candidate(finder.span_mention(ent), "partOf", named, ent.root, 0.6)
            return
        army = finder.national_army(named.name, before) if named.kind == "Country" and owner.label_ in {"NORP", "GPE"} else None
    if army is not None:
        # (named by its own name: the words before the unit are the country's, no alias of the army)
        yield Candidate(finder.span_mention(ent), "partOf", replace(army, text=army.name), ent.root, 0.6)


def head_of_government_candidates(token: Token, finder: ArgumentFinder) -> Iterator[Candidate]:
    """ "Prime Minister A's government", "A's government": A leads it."""
    k = finder.before_government_modifiers(token)  # "A's internationally recognised government"
    if k >= 1 and finder.lowers[k] in {"'s", "’s"}:
        owner = finder.entity_span(finder.tokens[k - 1])
    elif k >= 1 and finder.lowers[k - 1] == "the" and finder.tokens[k].text[:1].isupper():
        owner = finder.person_of_surname(k)  # "the Niedra government": the man it is named for
    elif finder.lowers[k] == "whose":
        owner = finder.person_before_whose(k)  # "Prime Minister A, whose government ...": A's
    elif finder.lowers[k] in {"his", "her"} and k > 0 and finder.lowers[k - 1] != "in":
        # "President A has said his government will not pay": a ruler's own government
        # (not a minister's, who sits in it; not "sworn in as prime minister in his government")
        owner = finder.person_of_possessive(k)
        if owner is None or not finder.titled_sitting_head(owner):
            return
    else:
        return
    government = finder.government_mention(token)
    if owner is None or owner.label_ != "PER" or government is None:
        return
    leader = finder.span_mention(owner)
    if finder.first_owner_of(government.name, leader.name) != leader.name:
        return  # "Museveni's government ... a deal with Bashir's government": another state's, unnamed
    yield Candidate(leader, "leads", government, token, 0.7)


def entity_attachment_candidates(ent: Span, finder: ArgumentFinder) -> Iterator[Candidate]:
    """ "Place in Place" (locatedIn); "Unit of Organisation" (partOf); "Unit under
    Person" (leads)."""
    root = ent.root  # computed on every access
    subject = finder.mention(root)
    if subject is None:
        return
    for preposition, noun in prepositional_objects(root):
        obj = finder.mention(noun)
        if obj is None or noun.i > ent.end and "not" in finder.lowers[ent.end : noun.i]:
            continue  # ("in Najaf, not in Iran": set apart, not placed)
        if preposition in {"in", "inside", "within"} and is_place(subject) and is_place(obj):
            yield Candidate(subject, "locatedIn", obj, root, 0.7)
        elif preposition == "of" and noun.dep_ != "conj" and "and" not in finder.lowers[ent.end : noun.i] and subject.kind in {"ArmedGroup", "Organization"} and obj.kind in {"Government", "ArmedGroup", "Organization", "InternationalOrganization"}:
            yield Candidate(subject, "partOf", obj, root, 0.65)
        elif preposition == "under" and subject.kind == "ArmedGroup" and obj.kind == "Person":
            yield Candidate(obj, "leads", subject, root, 0.65)  # "the 3rd Division under Colonel X"
    # "Town, Country": a place in apposition or after a comma
    for app in children_with(root, APPOSITION):
        obj = finder.mention(app)
        if obj is not None and subject.kind == "Place" and obj.kind == "Country" and "not" not in finder.lowers[ent.end : app.i]:
            yield Candidate(subject, "locatedIn", obj, root, 0.6)
    # "the X-based Y" is not handled; "X, the group's armed wing" is not handled.
    if subject.kind == "Place":
        country = demonym_of_described_town(ent, finder)
        if country is not None:
            yield Candidate(subject, "locatedIn", country, root, 0.6)


# Nouns for a town that a demonym places in its country: "X, the Cambodian capital"
TOWN_NOUNS = frozenset("capital city town village port".split())


def demonym_of_described_town(ent: Span, finder: ArgumentFinder) -> EntityMention | None:
    """ "Phnom Penh, the Cambodian capital", "Kassala, a Sudanese border city": the
    country of the demonym in the description set off right after the place, read off
    the words (up to two more words between the article and the town noun)."""
    k = ent.end
    end = min(ent.sent.end, k + 6)
    if k + 2 >= end or finder.lowers[k] != "," or finder.lowers[k + 1] not in {"the", "a", "an", "another"}:
        return None
    for j in range(k + 2, end):
        if finder.lowers[j] in TOWN_NOUNS:
            for d in range(k + 2, j):
                demonym = finder.entity_span(finder.tokens[d])
                if demonym is not None and describes_inhabitants(finder.lowers, demonym):
                    continue  # "a mainly Turkmen city", "a Kurdish-majority town": its people
                if demonym is not None and demonym.label_ == "NORP" and finder.span_mention(demonym).kind == "Country":
                    return as_country(finder.span_mention(demonym))  # the country itself, not its people's word
            return None
        named = finder.entity_span(finder.tokens[j])
        if finder.tokens[j].is_punct or named is not None and named.label_ != "NORP":
            return None
    return None


# Words before a demonym that make it the town's people: "a mainly Turkmen city", "the
# largest ethnic Albanian town"
INHABITANT_SHARE_WORDS = frozenset("mainly mostly largely predominantly overwhelmingly chiefly partly ethnic".split())


def describes_inhabitants(lowers: tuple[str, ...], demonym: Span) -> bool:
    """Whether the demonym says who lives in a town rather than whose it is: "a mainly
    Turkmen city", "a Kurdish-majority town", "the largest ethnic Albanian town"."""
    before = lowers[demonym.start - 1] if demonym.start > 0 else ""
    after = lowers[demonym.end : demonym.end + 2]
    return before in INHABITANT_SHARE_WORDS or after in {("-", "majority"), ("-", "dominated"), ("-", "speaking")}


SURFACE_CONFIDENCE = 0.6


def is_where_the_held_thing_is(place: EntityMention, trigger: Token, finder: ArgumentFinder) -> bool:
    """Whether ``place`` only says where a thing named before it lies ("the last
    landmark in X still in Y hands"): "in" after a common noun before the place, and
    neither a verb nor a comma between the place and what holds it; or what it faces
    ("the heights facing this town were in Y hands")."""
    chars = finder.doc.char_span(place.start_char, place.end_char, alignment_mode="expand")
    if chars is None or chars.start < 2 or not chars.end < trigger.i:
        return False
    k = chars.start - 1
    if finder.lowers[k] in {"the", "this", "that", "central", "northern", "southern", "eastern", "western"}:
        k -= 1
    between = finder.tokens[chars.end : trigger.i]
    if k >= 1 and finder.lowers[k] in FACING_WORDS and finder.tokens[k - 1].pos_ == "NOUN":
        # "the heights facing this town were in Prussian hands": the heights are held
        return not any(t.is_punct for t in between)
    if k < 1 or finder.lowers[k] != "in" or finder.tokens[k - 1].pos_ != "NOUN":
        return False
    return not any(t.is_punct or t.pos_ in {"VERB", "AUX"} for t in between)


# Words that set a thing beside a place: "the heights facing the town"
FACING_WORDS = frozenset("facing overlooking above near beside opposite".split())


def is_named_after_infinitive(mention: EntityMention, finder: ArgumentFinder) -> bool:
    """Whether a name stands right after an infinitive ("to overthrow President X"), as
    what the infinitive acts on."""
    span = finder.doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
    return span is not None and is_infinitives_object(span.root)


def body_led_by_before_that(person: EntityMention, finder: ArgumentFinder) -> EntityMention | None:
    """ "X, a militia led by Colonel Y that fought alongside the army", "the X under
    Gen. Y, which holds Z": the body named before "led by Y" or right before "under Y"
    when "that" or "which" follows Y, with or without a comma (never a person's
    pronoun); None otherwise."""
    span = finder.doc.char_span(person.start_char, person.end_char, alignment_mode="expand")
    if span is None:
        return None
    after = span.end + 1 if span.end < len(finder.lowers) and finder.lowers[span.end] == "," else span.end
    if after >= len(finder.lowers) or finder.lowers[after] not in {"that", "which"}:
        return None
    k = span.start - 1
    while k > span.sent.start and finder.lowers[k].rstrip(".") in TITLE_WORDS:
        k -= 1  # "led by Colonel Y"
    if k >= 1 and finder.lowers[k] == "under":
        body = finder.by_token.get(k - 1)
        return finder.span_mention(body) if body is not None and body.end == k and body.label_ == "ORG" else None
    if k < 1 or finder.lowers[k] != "by" or finder.lowers[k - 1] not in LEADING_PARTICIPLES:
        return None
    body = next((e for e in reversed(span.sent.ents) if e.end <= k - 1 and e.label_ == "ORG"), None)
    return finder.span_mention(body) if body is not None else None


def is_object_of_verb_before(mention: EntityMention, finder: ArgumentFinder) -> bool:
    """Whether the word right before a mention is a verb's base form or its "-ing" form
    ("to unseat X", "fighting X"), which makes the mention that verb's object (a verb of
    ours after "to" whatever its tag: the tagger may call "unseat" an adjective)."""
    words = finder.doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
    if words is None or words.start < 2:
        return False
    before = finder.tokens[words.start - 1]
    return before.tag_ in {"VB", "VBG"} or finder.lowers[words.start - 2] == "to" and before.lower_ in VERB_TRIGGERS


def mens_named_after_whose(person: EntityMention, trigger: Token, finder: ArgumentFinder) -> EntityMention | None:
    """The men "whose militia" names after a person, up to the verb ``trigger``: "X, whose
    militia controls Y" (his forces; resolution makes them the group he leads)."""
    words = finder.doc.char_span(person.start_char, person.end_char, alignment_mode="expand")
    if words is None or words.end + 1 >= trigger.i or finder.lowers[words.end : words.end + 2] != (",", "whose"):
        return None
    noun = next((t for t in reversed(finder.tokens[words.end + 2 : trigger.i]) if t.lower_ in ARMED_MEN_NOUNS or t.lower_ in {"men", "loyalists"}), None)
    return finder.mens_of(person, finder.tokens[words.end + 1], noun) if noun is not None else None


# Participles that put a leader after "by": "a militia led by X", "a force commanded by Y"
LEADING_PARTICIPLES = frozenset("led commanded headed run founded".split())


# A small piece of a land: "the only corner of X still held by Y" holds no more than it
SMALL_PORTION_NOUNS = frozenset("corner corners pocket pockets sliver strip edge fringe fringes patch tip".split())


def is_capital_of_named(country: EntityMention, finder: ArgumentFinder) -> bool:
    """Whether the country is named right after "capital of" ("the capital of Mexico")."""
    span = finder.doc.char_span(country.start_char, country.end_char, alignment_mode="expand")
    return span is not None and span.start >= 2 and finder.lowers[span.start - 2 : span.start] == ("capital", "of")


def is_small_portion_of(place: EntityMention, finder: ArgumentFinder) -> bool:
    """Whether the place is named after "<small piece> of" in its own noun phrase ("the
    only corner of the breakaway region of X"; read off the words)."""
    span = finder.doc.char_span(place.start_char, place.end_char, alignment_mode="expand")
    if span is None:
        return False
    for k in range(span.start - 1, max(-1, span.start - 9), -1):
        token = finder.tokens[k]
        if token.is_punct or token.pos_ in {"VERB", "AUX"}:
            return False
        if finder.lowers[k] in SMALL_PORTION_NOUNS and finder.lowers[k + 1] == "of":
            return True
    return False


def is_place_before_its_place(place: EntityMention, finder: ArgumentFinder) -> bool:
    """ "Rio's Complexo do Alemão": a place named as the owner of the place after it."""
    span = finder.doc.char_span(place.start_char, place.end_char, alignment_mode="expand")
    k = span.end if span is not None else len(finder.lowers)
    if k + 1 >= len(finder.lowers) or finder.lowers[k] not in {"'s", "’s"}:
        return False
    owned = finder.by_token.get(k + 1)
    return owned is not None and owned._.frontline_kind in {"Place", "Facility"}


def surface_candidates(sent: Span, finder: ArgumentFinder) -> Iterator[Candidate]:
    """Pattern hits over the flat sentence (see :mod:`frontline.extract.surface`)."""
    for hit in surface_hits(sent, finder.unit_at, finder.tokens, finder.lowers):
        if hit.predicate == "leads" and finder.lowers[hit.trigger.i] in {"led", "commanded", "headed"} and (
            (led := finder.doc.char_span(hit.object.start_char, hit.object.end_char, alignment_mode="expand")) is not None
            and led.end <= hit.trigger.i and is_source_named(led.root)
        ):
            continue  # "a team from A and B, led by X": the team is led, not B
        if hit.predicate == "controls" and is_place_before_its_place(hit.object, finder):
            continue  # "take Rio's Complexo do Alemão": the district is taken, the city only says where
        if hit.predicate == "controls" and is_small_portion_of(hit.object, finder):
            continue  # "the only corner of the region of X still held by Y": a corner held, not X
        if hit.predicate == "controls" and hit.object.kind == "Country" and is_capital_of_named(hit.object, finder):
            # "the capital of Mexico is in American hands": the capital the story names
            # for the country is held, not the whole country (none named: nothing said)
            capital = finder.capital_named_for(hit.object.name, hit.trigger)
            if capital is None:
                continue
            hit = replace(hit, object=capital)
        if hit.predicate == "memberOf" and finder.lowers[hit.trigger.i] in {"made", "composed", "consisting"} and not is_proper_name(hit.subject.text):
            continue  # "made up mainly of Ugandan and Burundian soldiers": troops, not named members
        if hit.predicate in ACTOR_SUBJECT and hit.subject.start_char < hit.trigger.idx and is_object_of_verb_before(hit.subject, finder):
            continue  # "rebels fighting to unseat X captured Y": X is unseated, the rebels captured
        if hit.predicate == "memberOf" and finder.lowers[hit.trigger.i] == "of" and hit.subject.kind != "Person":
            continue  # "said X, of the Y Institute": a speaker's body; "Indian soldiers, of the 1st Battalion": a unit
        if hit.predicate == "memberOf" and finder.lowers[hit.trigger.i] == "of" and hit.object.kind in {"Country", "Place", "Facility"}:
            continue  # "Prince Carol of Romania", "Tito of Yugoslavia": a ruler's land, no body he belongs to
        bare_includes = finder.lowers[hit.trigger.i] in {"includes", "included"} and finder.lowers[hit.trigger.i - 1] not in {"that", "which"}
        if hit.predicate == "memberOf" and (finder.lowers[hit.trigger.i] in {"joined", "join", "joins"} or bare_includes) and (
            not is_alliance_name(hit.object.name) and finder.lowers[hit.trigger.i - 1] != "formally"
        ):
            # "A and C joined the Patriotic Front alliance", "the B Alliance includes A", "X,
            # which formally joined al-Qaeda"; not "Hezbollah joined Syrian troops", "the
            # province includes A"
            continue
        if hit.predicate == "memberOf" and finder.lowers[hit.trigger.i] in MANY_POSTS_WORDS and not finder.text[hit.object.start_char : hit.object.end_char][:1].isupper():
            continue  # "one of the movement's founders": which movement is too loose a guess for a member's body
        belongs = hit.predicate == "memberOf" and finder.lowers[hit.trigger.i] in {"belongs", "belong", "belonged"}
        if belongs and finder.text[hit.subject.start_char : hit.subject.end_char].lower() in PRONOUN_KINDS:
            continue  # "they belong to the KGB": whom "they" are is too loose a guess for where they belong
        if belongs and (
            hit.subject.kind == "ArmedGroup" and hit.object.kind == "ArmedGroup" and not is_alliance_name(hit.object.name)
        ):
            hit = replace(hit, predicate="partOf")  # "the division belongs to the 15th Army": a unit of it (a group in an alliance is a member)
        if hit.predicate == "leads" and finder.lowers[hit.trigger.i] in {"known", "called"}:
            if hit.subject.commander is None:
                continue  # "X, known as Y" is another name, no leader
            hit = replace(hit, subject=replace(hit.subject, text=hit.subject.commander, label="PER", kind="Person", commander=None))
        if hit.predicate == "leads" and finder.lowers[hit.trigger.i] in {"of", "under", "whose"} and hit.subject.kind != "Person":
            continue  # "the Friends of Syria", "a column, under X,", "Chad, whose army": only a person is the body's own
        if hit.predicate == "leads" and finder.lowers[hit.trigger.i] == "whose" and not is_own_force_named(hit.object, finder):
            continue  # "X, whose Hezbollah allies": a body of his own only ("whose Y militia")
        if hit.predicate == "leads" and finder.lowers[hit.trigger.i] == "under" and (
            not is_proper_name(hit.object.text) or is_named_units_owner(hit.object, finder)
        ):
            continue  # "the Egyptian garrison under Brig. X", "the 3rd Division of the Army under X": not the army
        if hit.predicate == "leads" and finder.lowers[hit.trigger.i] == "under" and is_owned_by_pronoun_not_command(hit.subject, finder):
            continue  # "keep X under his guns": what he aims at, no one he commands
        if hit.predicate == "leads" and finder.lowers[hit.trigger.i] == "under" and hit.object.kind == "Country" and not (
            finder.lowers[hit.trigger.i + 1] in GOVERNING_TITLES and finder.lowers[hit.trigger.i - 1] == ","
        ):
            # "troops arrived from A and B under the command of General X": he commands
            # troops, no state; "Uganda, under President X, ...": he rules it
            continue
        if is_hyphened_participle(hit.trigger, finder):
            continue  # "US jets struck Houthi-held territory, including X": a modifier, no verb
        if hit.predicate == "controls" and hit.subject.kind == "Person":
            men = mens_named_after_whose(hit.subject, hit.trigger, finder)
            if men is not None:
                hit = replace(hit, subject=men)  # "X, whose militia controls Y": his men hold it
        if hit.subject.kind == "Person" and hit.subject.start_char < hit.trigger.idx:
            body = body_led_by_before_that(hit.subject, finder)
            if body is not None:
                hit = replace(hit, subject=body)  # "X, a militia led by Colonel Y that fought Z": X fought
        if hit.predicate == "controls" and finder.lowers[hit.trigger.i] in {"hands", "control"} and is_where_the_held_thing_is(hit.object, hit.trigger, finder):
            continue  # "the last landmark in X still in Y hands": the landmark is held, not X
        if hit.predicate == "backs" and (is_owned_noun(hit.trigger, finder) or is_taken_up_arms(hit.trigger, finder)):
            continue  # "buy their arms on Y's markets", "took up arms against Y": a noun, no verb "arms"
        if hit.predicate == "controls" and hit.subject.kind == "Government" and is_allied_government(hit.subject, finder):
            continue  # "a militia allied with the government which holds X": the militia holds it
        if finder.lowers[hit.trigger.i] in ARMED_SEAT_NOUNS and hit.subject.kind != "ArmedGroup":
            continue  # "Geneva, the UN's headquarters": no town the UN holds
        if hit.predicate in {"controls", "fights", "backs"} and hit.subject.start_char < hit.trigger.idx and is_named_after_infinitive(hit.subject, finder):
            continue  # "Rebels fighting to overthrow President X seized Y": not X
        if hit.predicate == "fights" and hit.object.kind == "Person" and finder.lowers[hit.trigger.i] in {"flee", "flees", "fled"}:
            continue  # "Taliban take Kabul as Ghani flees": a ruler's flight, no side of the fight
        if hit.predicate == "backs" and finder.lowers[hit.trigger.i] in {"came", "come", "comes"} and finder.lowers[hit.trigger.i + 1 : hit.trigger.i + 2] != ("out",) and not names_supplies(hit.object, hit.trigger, finder):
            continue  # "X's artillery came from Y" is Y's backing; "Kenyan troops came from the north" is not
        obj = hit.object
        if hit.predicate in {"leads", "memberOf"} and obj.kind == "Place" and finder.lowers[hit.trigger.i] in HEAD_OF_STATE_TITLES:
            state = as_actor(obj, finder.year)  # "In Yerevan, President X": Armenia's
            if state.kind == "Place":
                continue  # "In Goma, President X": no state sits there
            # ("In Damascus, Information Minister X": a member of Syria's government)
            obj = state if hit.predicate == "leads" else government_of(state.name, None, obj.start_char, obj.end_char)
            if obj is None:
                continue
        said_it = finder.text[obj.start_char : obj.end_char].lower() == "it"
        if hit.predicate == "fights" and said_it and VERB_TRIGGERS.get(finder.lemma(hit.trigger)) is _GAIN:
            continue  # "militants overran it": a place taken (read as such below), no one fought
        if hit.predicate == "controls" and said_it:
            # "captured the post, and they have held it": "it" held is a place (see patient_mentions_of)
            pronoun = finder.doc.char_span(obj.start_char, obj.end_char)
            obj = finder.place_pronoun(pronoun[0]) if pronoun is not None else None
            if obj is None:
                continue
        if hit.predicate == "controls" and obj.kind in {"Country", "Place"}:
            chars = finder.doc.char_span(obj.start_char, obj.end_char, alignment_mode="expand")
            closer = finder.entity_span(chars[0]) if chars else None
            relativised = closer is not None and closer.end + 1 < len(finder.tokens) and (
                finder.lowers[closer.end] == "," and finder.lowers[closer.end + 1] in {"which", "that"}
            )
            place = place_before_set_off_phrase(closer, finder) if relativised else None
            if place is not None:
                obj = finder.span_mention(place)  # "Tessit, near Niger, which X holds": Tessit
        subjects = [hit.subject]
        if finder.text[hit.subject.start_char : hit.subject.end_char].lower() == "they":
            pronoun = finder.doc.char_span(hit.subject.start_char, hit.subject.end_char)
            partners = finder.together_partners(pronoun[0]) if pronoun is not None else []
            subjects = partners or subjects  # (each at its own name: one statement per partner)
        for subject in subjects:  # ("Together they took A": each of the two the sentence before joined)
            yield Candidate(subject, hit.predicate, obj, hit.trigger, SURFACE_CONFIDENCE, hit.control_change)




def names_supplies(owner: EntityMention, verb: Token, finder: ArgumentFinder) -> bool:
    """Whether what "came from" somewhere is the owner's arms: "X's artillery" (one
    unit, read as X), "X's weapons and fuel" (the unit X, then its arms)."""
    words = finder.text[owner.start_char : verb.idx].lower().split()
    return len(words) > 1 and bool(SUPPLIED_THINGS.intersection(words[1:]))


def is_owned_noun(trigger: Token, finder: ArgumentFinder) -> bool:
    """ "their arms", "its funds": a verb's form read as a noun its owner has."""
    k = trigger.i - 1
    return k >= 0 and (finder.tokens[k].tag_ == "PRP$" or finder.lowers[k] in {"'s", "’s"}) and trigger.pos_ == "NOUN"


def is_taken_up_arms(trigger: Token, finder: ArgumentFinder) -> bool:
    """ "took up arms", "taking up arms": the idiom for starting to fight."""
    k = trigger.i
    return finder.lowers[k] == "arms" and k > 0 and finder.lowers[k - 1] == "up"


def is_allied_government(government: EntityMention, finder: ArgumentFinder) -> bool:
    span = finder.doc.char_span(government.start_char, government.end_char, alignment_mode="expand")
    return span is not None and ally_described_with(span.root) is not None


def may_relate(sent: Span, finder: ArgumentFinder) -> bool:
    """Whether the sentence has room for two arguments: entity spans, words that
    stand for an actor or a place, or "X-backed" (whose X the gazetteer may name).
    Checked before any rule runs; most sentences of a long article have none."""
    if any(sent.start <= dateline.start < sent.end for dateline in finder.datelines):
        return True  # "SARAJEVO, Bosnia-Herzegovina —": where the town lies (dateline_candidates)
    arguments = 0
    seen: set[int] = set()
    for i in range(sent.start, sent.end):
        ent = finder.by_token.get(i)
        if ent is not None:
            if ent.start not in seen:
                seen.add(ent.start)
                arguments += 1
                if ent._.frontline_kind == "InternationalOrganization" and gazetteer.parent_body(finder.span_mention(ent).name):
                    return True  # "the UN Security Council demanded ...": part of the UN, named alone
        elif finder.is_argument_word(finder.lowers[i]) or finder.lowers[i] in HYPHEN_TRIGGERS:
            arguments += 1
        if arguments >= 2:
            return True
    return False


# Bodies one joins as a member: "joined the X Alliance", "joined the coalition"
ALLIANCE_HEADS = frozenset("alliance coalition front union league bloc federation council pact movement".split())


def is_alliance_name(name: str) -> bool:
    """ "the Three Brotherhood Alliance", "the Democratic Alliance of Burma": a body of
    bodies by its name's head."""
    head = name.split(" of ")[0].split()
    return bool(head) and head[-1].lower() in ALLIANCE_HEADS


def is_proper_name(text: str) -> bool:
    """ "3rd Marine Commando Division", "Army of the Levant": every word a name's."""
    return all(word[:1].isupper() or word[:1].isdigit() or word in {"of", "the", "and", ","} for word in text.split())


def is_named_units_owner(mention: EntityMention, finder: ArgumentFinder) -> bool:
    """The Army of "the 3rd Division of the Army": a body after "of (the)" that follows a
    named unit (not "troops of the First Division")."""
    span = finder.doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
    k = span.start - 1 if span is not None else -1
    k -= 1 if k >= 0 and finder.lowers[k] == "the" else 0
    if k < 1 or finder.lowers[k] != "of":
        return False
    unit = finder.by_token.get(k - 1)
    return unit is not None and is_proper_name(finder.text[unit.start_char : unit.end_char])


def is_hyphened_participle(token: Token, finder: ArgumentFinder) -> bool:
    """ "Houthi-held", "Iran-backed": a participle glued to the word before it is a
    modifier whose agent is that word (hyphen_candidates), never a verb with a subject
    of its own ("US aircraft struck targets in Houthi-held territory")."""
    k = token.i
    return (
        finder.lowers[token.i] in HYPHEN_TRIGGERS and k >= 2 and finder.lowers[k - 1] == "-"
        and not finder.tokens[k - 1].whitespace_ and not finder.tokens[k - 2].whitespace_
    )


def sentence_candidates(sent: Span, finder: ArgumentFinder) -> Iterator[Candidate]:
    candidates = [c for c in unfiltered_candidates(sent, finder) if not any(rejects(c, finder) for rejects in CANDIDATE_REJECTIONS)]
    candidates = [state_as_sender(c, finder) for c in candidates]
    if "respectively" in finder.lowers[sent.start : sent.end]:
        candidates = respective_pairs(candidates, finder)
    yield from candidates


def state_as_sender(candidate: Candidate, finder: ArgumentFinder) -> Candidate:
    """ "President X sent French aircraft into action in support of Y": the state whose
    men or machines a person sends backs Y, not the man himself."""
    if candidate.predicate != "backs" or candidate.subject.kind != "Person":
        return candidate
    verb = next((v for v in (candidate.trigger, *list(candidate.trigger.ancestors)[:2]) if finder.lemma(v) in SENDING_VERBS), None)
    if verb is None:
        return candidate
    for sent_thing in objects(verb):
        for modifier in sent_thing.children:
            ent = finder.entity_span(modifier) if modifier.dep_ in {"amod", "compound", "nmod:poss"} else None
            if ent is not None and (state := finder.span_mention(ent)).kind == "Country" and ent.label_ in {"NORP", "GPE"}:
                country = replace(state, text=state.name, label="GPE", canonical=state.name)
                return replace(candidate, subject=country)
    return candidate


def respective_pairs(candidates: list[Candidate], finder: ArgumentFinder) -> list[Candidate]:
    """ "A and B took P and Q respectively": A took P and B took Q, not all four pairs.
    Read for each trigger whose objects "respectively" follows."""
    kept: list[Candidate] = []
    by_trigger: dict[int, list[Candidate]] = defaultdict(list)
    for c in candidates:
        by_trigger[c.trigger.i].append(c)
    for group in by_trigger.values():
        subjects = sorted({c.subject.start_char for c in group})
        objects = sorted({c.object.start_char for c in group})
        last_object_end = max(c.object.end_char for c in group)
        tail = finder.text[last_object_end : last_object_end + 16].lstrip(" ,")
        if len(objects) < 2 or not tail.startswith("respectively"):
            kept.extend(group)
            continue
        listed = names_set_off_before(group[0].trigger, finder)
        if len(listed) == len(objects):
            # "two X units of the brigade, A and B, took P and Q respectively": the names
            # set off after the units' own are what pairs with the places
            by_object = {c.object.start_char: c for c in group}
            kept.extend(replace(by_object[o], subject=finder.span_mention(name)) for name, o in zip(listed, objects))
            continue
        # (a subject list the rules read only in part pairs its first names with the
        # first places; the rest is left unread rather than crossed)
        pairs = set(zip(subjects, objects))
        kept.extend(c for c in group if (c.subject.start_char, c.object.start_char) in pairs)
    return kept


def names_set_off_before(verb: Token, finder: ArgumentFinder) -> list[Span]:
    """ ", A and B, took": the actors' names listed between commas right before the
    verb (none if anything else stands there)."""
    k = verb.i - 1
    while k > verb.sent.start and finder.lowers[k] in {"also", "then", "later", "now"}:
        k -= 1
    if finder.lowers[k] != ",":
        return []
    names: list[Span] = []
    k -= 1
    while k > verb.sent.start:
        ent = finder.by_token.get(k)
        if ent is None or ent.label_ != "ORG" or ent.end != k + 1:
            return []
        names.insert(0, ent)
        k = ent.start - 1 - (finder.lowers[ent.start - 1] == "the")
        if finder.lowers[k] == "and":
            k -= 1 + (finder.lowers[k - 1] == ",")
        elif finder.lowers[k] == "," and (before := finder.by_token.get(k - 1)) is not None and before.label_ == "ORG" and before.end == k:
            k -= 1  # "A, B and C": the list goes on
        elif finder.lowers[k] == ",":
            return names if len(names) >= 2 else []  # the comma that opens the list
        else:
            return []
    return []


# Words by which a post "until ..." ends in death: "led it until he was killed"
ENDED_BY_DEATH_WORDS = frozenset("killed died death assassinated executed".split())
# How far after "headed" an "until" still bounds the post: "headed the X, or XX, until ..."
LED_UNTIL_REACH = 12


def is_led_until(candidate: Candidate, finder: ArgumentFinder) -> bool:
    """ "who headed the X until he was dismissed last week": a post held before, no more."""
    trigger = candidate.trigger
    if candidate.predicate != "leads" or not is_verb(trigger):
        return False
    # read off the words: the parser often hangs the "until" clause elsewhere
    end = min(trigger.sent.end, trigger.i + LED_UNTIL_REACH)
    words = finder.lowers[trigger.i + 1 : end]
    if "until" not in words:
        return False
    # ("who led it until he was killed": the writers keep a dead leader the head of what he led)
    until = trigger.i + 1 + words.index("until")
    after = finder.lowers[until : trigger.sent.end][:6]
    if finder.lowers[until - 1] == "," and after[1:2] and after[1] in {"lately", "recently"}:
        return False  # "headed by X, until lately a justice of Y": his former post, set off after his name
    return not any(w in ENDED_BY_DEATH_WORDS for w in after)


# Risings a sentence may go on to call "it": "The coup unravelled once the army turned against it"
UPRISING_NOUNS = frozenset("coup putsch uprising revolt rebellion mutiny insurrection rising plot".split())
# Words opening a list of examples after a comma: "units from several parties, among them X"
EXAMPLE_OPENERS = (("among", "them"), ("among", "whom"), ("including",), ("such", "as"))


def is_led_past_examples(candidate: Candidate, finder: ArgumentFinder) -> bool:
    """ "X led the final assault, together with units from several parties, among them
    the Y": a name in the examples after the verb's own object is no object of it (the
    parser may make it one)."""
    trigger = candidate.trigger
    if candidate.predicate != "leads" or not is_verb(trigger) or candidate.object.start_char <= trigger.idx:
        return False
    span = finder.doc.char_span(candidate.object.start_char, candidate.object.end_char, alignment_mode="expand")
    if span is None:
        return False
    between = finder.lowers[trigger.i + 1 : span.start]
    return any(
        between[k] == "," and tuple(between[k + 1 : k + 1 + len(opener)]) == opener
        for k in range(len(between)) for opener in EXAMPLE_OPENERS
    )


def enters_a_country(candidate: Candidate, finder: ArgumentFinder) -> bool:
    """ "The army entered Finland": crossing into a country is no hold on all of it
    (entering a town is)."""
    return (
        candidate.predicate == "controls" and candidate.object.kind == "Country"
        and finder.lemma(candidate.trigger) == "enter"
    )


# "entered X and set houses on fire before pulling back": the entry undone in the same breath
UNDONE_ENTRY_VERBS = frozenset("enter occupy seize capture take overrun reach".split())
UNDONE_ENTRY = re.compile(r"\bbefore (?:pulling (?:back|out)|withdrawing|retreating|falling back|being (?:driven|pushed|forced) (?:back|out)|being (?:called|ordered|pulled) back|being recalled)\b")


def enters_and_leaves(candidate: Candidate, finder: ArgumentFinder) -> bool:
    """ "Tajik troops had entered three villages, among them X, and set houses on fire
    before pulling back", "occupied A and B before being called back": an incursion,
    no hold."""
    if candidate.predicate != "controls" or finder.lemma(candidate.trigger) not in UNDONE_ENTRY_VERBS:
        return False
    sentence = candidate.trigger.sent
    return UNDONE_ENTRY.search(finder.text[candidate.trigger.idx : sentence.end_char].lower()) is not None


def takes_a_countrys_capital(candidate: Candidate, finder: ArgumentFinder) -> bool:
    """ "seizes Solomons capital": the capital city is taken, not the whole country."""
    following = finder.text[candidate.object.end_char : candidate.object.end_char + 9].lower()
    return candidate.predicate == "controls" and candidate.object.kind == "Country" and following.startswith(" capital")


def reinforces_a_commander(candidate: Candidate, finder: ArgumentFinder) -> bool:
    """ "Reinforced by the 5th Division, General X issued ...": troops added to his
    command, no backing of the man."""
    return (
        candidate.predicate == "backs" and candidate.object.kind == "Person" and candidate.subject.kind == "ArmedGroup"
        and finder.lowers[candidate.trigger.i] == "reinforced"
    )


def holds_part_of_a_country(candidate: Candidate, finder: ArgumentFinder) -> bool:
    """ "most of western Uganda", "Soviet-held eastern Poland": a side holds one part of
    a country, never the country."""
    if candidate.predicate != "controls" or candidate.object.kind != "Country":
        return False
    before = finder.text[max(0, candidate.object.start_char - 20) : candidate.object.start_char].split()
    return bool(before) and before[-1].lower() in COMPASS_ADJECTIVES


# How a head is put out of his post: "The commander-in-chief, General X, has been recalled"
REMOVAL_VERBS = frozenset("recall dismiss sack remove relieve replace oust fire depose".split())


def is_removed_from_post(candidate: Candidate, finder: ArgumentFinder) -> bool:
    """ "The Greek commander-in-chief, General X, has been recalled to Athens", "X, who
    commanded the SAF, was relieved of his post", "they forced out the army's chief of
    staff, General X": a head named as the subject or the object of his removal leads no
    more."""
    role = candidate.trigger
    if candidate.predicate != "leads":
        return False
    if is_verb(role):
        # "Director X, who commanded the SAF, was relieved of his post": the man the
        # clause describes is the subject of his removal
        head = role.head
        return role.dep_ in RELATIVE_CLAUSE and head.dep_ in NOMINAL_SUBJECT and is_verb(head.head) and is_passive(head.head) and (
            # (the word too: the lemmatiser may miss "relieved")
            finder.lemma(head.head) in REMOVAL_VERBS or finder.lowers[head.head.i] in {"relieved", "removed", "dismissed", "sacked"}
        )
    noun = role
    while noun.dep_ in APPOSITION | COMPOUND | {"nmod", "flat"} and noun.head.i != noun.i and not is_verb(noun.head):
        noun = noun.head  # up the title's own phrase ("the commander-in-chief", "General X")
    verb = noun.head
    if noun.dep_ in OBJECT and is_verb(verb) and not is_passive(verb) and (
        finder.lemma(verb) in REMOVAL_VERBS or finder.lemma(verb) == "force" and any(c.lower_ == "out" for c in verb.children)
    ):
        return True  # "they forced out the army's chief of staff, General X": his post is over
    return noun.dep_ in NOMINAL_SUBJECT and is_verb(verb) and is_passive(verb) and finder.lemma(verb) in REMOVAL_VERBS


# Verbs of a body's sanction: "the African Union endorsed a Multinational Joint Task Force"
SANCTIONING_LEMMAS = frozenset({"endorse", "authorise", "authorize"})


def is_sanction_of_no_force(candidate: Candidate, finder: ArgumentFinder) -> bool:
    """ "endorsed a task force of troops from A, B and C", "authorised by the acting
    president": a body's sanction backs a force or a body, not the states its men come
    from, and only an international body's or a state's sanction counts."""
    if candidate.predicate != "backs" or finder.lemma(candidate.trigger) not in SANCTIONING_LEMMAS:
        return False
    return candidate.object.kind in {"Country", "Person", "Place"} or candidate.subject.kind not in {
        "InternationalOrganization", "Government", "Country", "Organization"
    }


# What a man held is, when he is no ground: "holding the prime minister hostage"
CAPTIVE_WORDS = frozenset("hostage hostages captive captives".split())


def is_army_inside_its_unit(candidate: Candidate, finder: ArgumentFinder) -> bool:
    """ "the Ottoman forces belong to the Third Army": a people's army is never part of
    one of its numbered units (the verb rule reads the unit as the army's part)."""
    return (
        candidate.predicate in {"partOf", "memberOf"} and (candidate.subject.canonical or "").endswith(" army")
        and is_numbered_unit(candidate.object.name)
    )


# Possessive pronouns that make what is handed the giver's own
OWN_POSSESSIVES = frozenset("its their his her our".split())


def is_own_arms_handed_over(candidate: Candidate, finder: ArgumentFinder) -> bool:
    """ "in return for the militants handing their weapons to the Indian force", "began
    handing their rifles to federal soldiers": one's own arms handed to another side are
    given up (a surrender, a disarmament), not given as help."""
    if candidate.predicate != "backs" or finder.lemma(candidate.trigger) not in {"hand", "give"}:
        return False
    k = candidate.trigger.i + 1
    if k < candidate.trigger.sent.end and finder.lowers[k] == "over":
        k += 1  # "handed over their weapons to"
    return (
        k + 1 < candidate.trigger.sent.end and finder.lowers[k] in OWN_POSSESSIVES
        and any(word in SUPPLIED_MATERIAL_NOUNS for word in finder.lowers[k + 1 : k + 4])
    )


def is_held_captive(candidate: Candidate, finder: ArgumentFinder) -> bool:
    """ "were holding Prime Minister X and his cabinet hostage inside the parliament
    building", "rebels hold Trinidad prime minister hostage": what stands between "hold"
    and "hostage" is a captive (or the land he leads), no ground held; the building after
    it is."""
    if candidate.predicate != "controls" or finder.lemma(candidate.trigger) not in {"hold", "keep"}:
        return False
    # (in the verb's own phrase: no punctuation between; "held X, and had freed hundreds
    # of prisoners" holds X)
    captive = None
    for k in range(candidate.trigger.i + 1, candidate.trigger.sent.end):
        if finder.tokens[k].is_punct:
            break
        if finder.lowers[k] in CAPTIVE_WORDS:
            captive = k
            break
    return captive is not None and candidate.object.end_char <= finder.tokens[captive].idx


# Nouns "the two" may name a pair of sides by: "the two groups have since fought each other"
# (not "the two sides": news says so of sides it named long before, or of whole alliances)
PAIR_NOUNS = frozenset("groups armies movements factions gangs militias forces".split())
# Words of fighting a pair does together: "the two have fought", "a clash between the two armies"
PAIR_FIGHT_WORDS = frozenset("fought fight fighting clashed clash clashes battled battles".split())
PAIR_KINDS = frozenset({"ArmedGroup", "Organization", "Government"})


def pair_fight_candidates(sent: Span, finder: ArgumentFinder) -> Iterator[Candidate]:
    """ "Los Lobos broke away from Los Choneros, and the two have fought for control of
    prisons ever since", "the two groups have since fought each other", "the bloodiest
    clash between the two armies": the two sides named last before "the two" (in this
    sentence or the one before, bodies or armies, not states) fight each other."""
    lowers = finder.lowers
    for k in range(sent.start, sent.end - 2):
        if lowers[k] != "the" or lowers[k + 1] != "two" or lowers[k + 2] == "sides":
            continue
        head = k + 2 if lowers[k + 2] in PAIR_NOUNS else k + 1
        # (the fight word is the trigger: "denied there had been any clash between the two
        # forces" is read as denied)
        fight = next((j for j in range(head + 1, min(head + 5, sent.end)) if lowers[j] in PAIR_FIGHT_WORDS), None)
        if fight is not None and any(lowers[j] in {"and", "with", ","} for j in range(head + 1, fight)):
            fight = None
        if fight is None and k >= 2 and lowers[k - 1] == "between" and lowers[k - 2] in PAIR_FIGHT_WORDS | {"war", "fighting"}:
            fight = k - 2
        if fight is None or any(finder.lemma(t) in DENIAL_VERBS | NEGATING_WORDS for t in finder.tokens[sent.start : fight]):
            continue  # ("denied there had been any clash between the two forces")
        pair: list[EntityMention] = []
        first = finder.previous_sentence_start(sent.start)
        for ent in reversed(finder.ents):
            if ent.end > k or ent.start < first:
                continue
            found = finder.span_mention(ent)
            k_before = ent.start - 1 - (ent.start >= 1 and lowers[ent.start - 1] == "the")
            if k_before >= 1 and lowers[k_before] in {"for", "of"} and lowers[k_before - 1] in PERSON_ROLE_NOUNS:
                continue  # "a spokesman for the Ministry of X, denied ... the two forces": the speaker's body
            if found.kind in PAIR_KINDS and ent.label_ == "ORG" and all(actor_key(found) != actor_key(p) for p in pair):
                pair.append(found)
            if len(pair) == 2:
                break
        if len(pair) == 2:
            yield Candidate(pair[1], "fights", pair[0], finder.tokens[fight], 0.6)


ACCUSING_LEMMAS = frozenset({"accuse", "blame"})


def is_accusation_between_bodies(candidate: Candidate, finder: ArgumentFinder) -> bool:
    """ "Kabul blames Iran", "A accused B of shelling C": a charge one side makes is no
    standing opposition of the one to the other (of 125 such facts over dev..dev133
    the golds state 11); one leader's charge against another is ("X accused Y of
    plotting a coup": the golds' rivals)."""
    return (
        candidate.predicate == "opposes" and finder.lemma(candidate.trigger) in ACCUSING_LEMMAS
        and not (candidate.subject.kind == "Person" and candidate.object.kind == "Person")
    )


# Readings a sentence's candidates are checked against: each names a fact that is not one
CANDIDATE_REJECTIONS = (
    reinforces_a_commander, enters_a_country, enters_and_leaves, takes_a_countrys_capital, is_led_until, is_led_past_examples,
    holds_part_of_a_country,
    is_removed_from_post, is_sanction_of_no_force, is_held_captive, is_accusation_between_bodies, is_army_inside_its_unit,
    is_own_arms_handed_over,
)


def unfiltered_candidates(sent: Span, finder: ArgumentFinder) -> Iterator[Candidate]:
    sharer = elliptic_sharer(sent, finder)
    if sharer is None:
        yield from rule_candidates(sent, finder)
        return
    for candidate in rule_candidates(sent, finder):
        yield candidate
        shared = shared_by_ellipsis(candidate, *sharer)
        if shared is not None:
            yield shared


# The helpers of an ellipsis that hands a clause on to one more doer: ", as did X"
ELLIPSIS_AUXILIARIES = frozenset("did does do has have had".split())


def elliptic_sharer(sent: Span, finder: ArgumentFinder) -> tuple[int, EntityMention] | None:
    """ "A have fought alongside the army throughout, as did Eritrean troops", "P
    remains in the Mahdi's hands, as does Q": where ", as did" stands and who it
    names (a name or a force), if the sentence has one."""
    for k in range(sent.start + 1, sent.end - 2):
        if finder.lowers[k] != "as" or finder.lowers[k - 1] != "," or finder.lowers[k + 1] not in ELLIPSIS_AUXILIARIES:
            continue
        first = k + 3 if finder.lowers[k + 2] == "the" else k + 2
        unit = finder.unit_at(finder.tokens[first]) if first < sent.end else None
        if unit is not None:
            return k, replace(unit[0], start_char=finder.tokens[first].idx)
    return None


def shared_by_ellipsis(candidate: Candidate, at: int, sharer: EntityMention) -> Candidate | None:
    """The candidate told again of the one ", as did X" names, in the place of its
    clause's subject (a doer: "A fought alongside B, as did X"; or a place: "P remained
    in A's hands, as did Q"), for a clause before the ellipsis."""
    if candidate.trigger.i >= at:
        return None
    verb = next((t for t in (candidate.trigger, *candidate.trigger.ancestors) if t.pos_ in {"VERB", "AUX"}), None)
    if verb is None or verb.i >= at:
        return None
    subjects = subject_of_clause(verb)

    def is_subject(mention: EntityMention) -> bool:
        return any(mention.start_char <= t.idx < mention.end_char for t in subjects)

    grounds = {"Place", "Facility"}
    if is_subject(candidate.subject) and sharer.kind not in grounds:
        return replace(candidate, subject=sharer)
    if is_subject(candidate.object) and candidate.object.kind in grounds and sharer.kind in grounds:
        return replace(candidate, object=sharer)
    return None


# Verbs of a force on the move a commander may be named after: "sailed north under Adm. X"
MOVED_UNDER_LEMMAS = frozenset("sail march advance move push cross land withdraw retreat".split())


def moved_under_candidates(token: Token, finder: ArgumentFinder) -> Iterator[Candidate]:
    """ "The navy ... had risen at the base and sailed north under Rear Adm. X": a force
    on the move under a titled man is his (read off the parse: the force may be a common
    noun the words' rule cannot see). A title is asked for: "under the flag of X" names
    no commander."""
    person = token.head
    while person.dep_ in COMPOUND and person.head.i > person.i:
        person = person.head  # "under Rear Adm. X": the parser may hang "under" on the title
    if token.dep_ != "case" or person.dep_ not in {"obl", "nmod"} or not is_verb(person.head) or finder.lemma(person.head) not in MOVED_UNDER_LEMMAS:
        return
    named = finder.entity_span(person)
    if named is None or named.label_ != "PER" or named.start < 1 or finder.lowers[named.start - 1].rstrip(".") not in TITLE_WORDS:
        return
    leader = finder.span_mention(named)
    verb, doers = person.head, subject_of_clause(person.head)
    while not doers and verb.dep_ == "conj" and verb.head.i < verb.i:
        verb = verb.head  # "had risen at B and sailed north under Y": the first verb's doer
        doers = subject_of_clause(verb)
    if not doers:
        # "The navy, allied with X, had risen ...": the parser may hang the subject on
        # the participle opening the sentence
        doers = [s for c in verb.children if c.dep_ == "advcl" and c.i < verb.i for s in direct_subjects(c)]
    for force in finder.mentions(doers):
        if force.kind in ARMED_BODY_KINDS:
            yield Candidate(leader, "leads", force, token, 0.7)


def allied_adjective_candidates(token: Token, finder: ArgumentFinder) -> Iterator[Candidate]:
    """ "The navy, allied with the rebels from the first hours, sailed north": the tagger
    may read "allied" as an adjective the sentence hangs on; its subject backs the side
    it is allied with (a name's "X, allied with Y" is read off the words)."""
    allies = [noun for preposition, noun in prepositional_objects(token) if preposition in {"with", "to"}]
    for subject in finder.mentions(direct_subjects(token)):
        for ally in finder.mentions(allies):
            yield Candidate(subject, "backs", ally, token, 0.75)


def rule_candidates(sent: Span, finder: ArgumentFinder) -> Iterator[Candidate]:
    """What every rule reads in the sentence."""
    if not may_relate(sent, finder):
        return
    yield from surface_candidates(sent, finder)
    # Each rule starts by checking its trigger word; the word checks are repeated here,
    # before a generator is made for every rule and every word of the sentence.
    for token in finder.tokens[sent.start : sent.end]:
        word = finder.lowers[token.i]
        lemma = finder.lemma(token)
        if (lemma in VERB_TRIGGERS or lemma in OUSTING_VERBS or lemma in PHRASAL_FIGHT_LEMMAS) and not is_hyphened_participle(token, finder):
            yield from verb_candidates(token, finder)
        if lemma in SUPPLY_VERBS:
            yield from supply_candidates(token, finder)
        if word == "secretary":
            yield from state_office_holder(token, finder)
        if lemma in HANDOVER_VERBS or lemma == "give" and is_given_up(token, finder):
            yield from handover_candidates(token, finder)
        if lemma in CALLING_VERBS:
            yield from call_on_candidates(token, finder)
        if word == "request":
            yield from request_candidates(token, finder)
        if word in {"allied", "aligned"} and token.pos_ == "ADJ":
            yield from allied_adjective_candidates(token, finder)
        if word == "under":
            yield from moved_under_candidates(token, finder)
        if word in HYPHEN_TRIGGERS:
            yield from hyphen_candidates(token, finder)
        if word in GOVERNMENT_NOUNS:
            yield from head_of_government_candidates(token, finder)
        # ("the Simba rising against X": the tagger may call the noun "rising" a verb)
        if token.pos_ in {"NOUN", "PROPN"} or word in PERSON_ROLE_NOUNS or word == "rising" and any(c.dep_ == "det" for c in token.children):
            yield from noun_candidates(token, finder)
            if word in PERSON_ROLE_NOUNS:
                yield from role_candidates(token, finder)
    yield from dateline_candidates(sent, finder)
    yield from pair_fight_candidates(sent, finder)
    for ent in ents_within(sent, finder):
        yield from possessive_candidates(ent, finder)
        yield from numbered_unit_owner_candidates(ent, finder)
        yield from entity_attachment_candidates(ent, finder)
        yield from named_after_town_candidates(ent, finder)
        yield from parent_body_candidates(ent, finder)
        yield from demonym_place_candidates(ent, finder)
        yield from untied_minister_candidates(ent, finder)


DEGREE_WORDS = frozenset("most more least less".split())


def contested_places(doc: Doc, finder: ArgumentFinder) -> list[EntityMention]:
    """Places the text calls contested or disputed: nobody controls them then."""
    found = []
    for i, word in enumerate(finder.lowers):
        if word in CONTESTED_PLACE_WORDS and not (i > 0 and finder.lowers[i - 1] in DEGREE_WORDS):
            # ("the most contested city" is a comparison of claims, not a front line)
            head = finder.tokens[i].head
            for noun in [head, *[n for p, n in prepositional_objects(head) if p == "of"]]:
                for target in with_conjuncts(noun):
                    m = finder.mention(target)
                    if m is not None and is_place(m):
                        found.append(m)
    return found


BACKGROUND_MARKS = frozenset({"after", "since", "until"})  # not "before": "routed X before capturing Y" tells the capture after the rout
BACKGROUND_WORDS = frozenset({"ago", "previously", "earlier", "formerly", "once"})


def time_scope(trigger: Token, sent: Span) -> list[Token]:
    """The words that may date a statement: the few after its trigger, and what hangs
    on the trigger (only its time modifiers when it is the sentence's root)."""
    right = []
    for token in sent.doc[trigger.i + 1 : min(sent.end, trigger.i + 9)]:
        if token.is_punct or token.pos_ == "VERB":
            break
        right.append(token)
    if trigger.dep_ in {"ROOT", "root"}:  # the whole sentence is too wide: its time modifiers
        attached = [t for c in trigger.children if c.dep_ in {"obl", "obl:tmod", "npadvmod", "advmod", "prep", "nmod:tmod"} for t in c.subtree]
    else:
        # not inside a relative clause below it: "retaken the town, which X seized in
        # January" dates the seizure, not the retaking
        attached = [t for t in trigger.subtree if not under_relative_clause(t, trigger)]
        aside = set_off_clause_before(trigger, sent)
        if aside is not None:
            # "X, which the army retook in 1978, fell to Y this week": the clause dates
            # the retaking, not the fall (the parser may hang it below the fall)
            attached = [t for t in attached if not aside[0] <= t.i < aside[1]]
    return right + attached + conjunct_time(trigger, right + attached)


TIME_DEPENDENCIES = frozenset({"obl", "obl:tmod", "nmod:tmod", "npadvmod", "prep"})


def conjunct_time(trigger: Token, own: list[Token]) -> list[Token]:
    """ "X invaded Y in September 1980 and took Z": a verb joined to an earlier one,
    with no subject and no date of its own, shares the earlier verb's dates."""
    head = trigger.head
    if trigger.dep_ != "conj" or head.i >= trigger.i or head.pos_ not in {"VERB", "AUX"}:
        return []
    if any(c.dep_ in {"nsubj", "nsubj:pass", "nsubjpass"} for c in trigger.children):
        return []
    if any(is_year(t) or dated_month(t) or dated_weekday(t) for t in own):
        return []
    return [t for c in head.children if c.dep_ in TIME_DEPENDENCIES and c.i < trigger.i for t in c.subtree if t.i < trigger.i]


def set_off_clause_before(trigger: Token, sent: Span) -> tuple[int, int] | None:
    """(start, end) of a ", which ... ," clause ending right before the trigger."""
    doc = sent.doc
    if trigger.i - 1 <= sent.start or doc[trigger.i - 1].text != ",":
        return None
    for k in range(trigger.i - 2, max(sent.start, trigger.i - 30), -1):
        if doc[k].text == "," and k + 1 < trigger.i and doc[k + 1].lower_ in {"which", "who", "that", "where"}:
            return k, trigger.i
    return None


def links_up_to(token: Token, top: Token) -> Iterator[Token]:
    """The words from ``token`` up to (not including) ``top``, its ancestor: each one
    whose link to its head lies on the way."""
    node = token
    while node.i != top.i and node.head.i != node.i:
        yield node
        node = node.head


def is_joined_below(token: Token, top: Token) -> bool:
    """Whether a noun joined by "and" lies between ``token`` and ``top`` (its ancestor):
    "the Islamic State and its leader" ("its" hangs on a noun joined to the State, not
    inside it; a joined verb is no such noun: "stopped a column ... and pursued it")."""
    return any(node.dep_ == "conj" and node.pos_ in {"NOUN", "PROPN"} for node in links_up_to(token, top))


def under_relative_clause(token: Token, top: Token) -> bool:
    """Whether a relative clause lies between ``token`` and ``top`` (its ancestor)."""
    return any(node.dep_ in RELATIVE_CLAUSE for node in links_up_to(token, top))


def stated_time(trigger: Token, sent: Span) -> tuple[int | None, int | None, int | None]:
    """(year, month, weekday) a statement names for itself: "in January 2024", "since
    2009", "in November", "by Sunday afternoon"; None for each it does not name."""
    year = month = weekday = None
    for token in time_scope(trigger, sent):
        if year is None and is_year(token):
            year = int(token.text)
        elif month is None and dated_month(token):
            month = MONTH_NUMBERS[token.text]
        elif weekday is None and dated_weekday(token):
            weekday = WEEKDAY_NUMBERS[token.text]
    return year, month, weekday


# How many years before the story a dated backing must lie to be told as over
OLD_TIE_YEARS = 3


def is_backing_years_before(trigger: Token, sent: Span, story_year: int | None) -> bool:
    """ "Serbia's president, who helped arm the Krajina Serbs in 1991, did nothing to
    save them" (1995): backing dated "in" a year well before the story's is history,
    not a tie that still holds ("has armed them since 2014" is)."""
    if story_year is None:
        return False
    doc = sent.doc
    return any(
        is_year(token) and int(token.text) <= story_year - OLD_TIE_YEARS and token.i > 0 and doc[token.i - 1].lower_ == "in"
        for token in time_scope(trigger, sent)
    )


def narrated_year(sent: Span, story_year: int | None) -> int | None:
    """ "The war began in August 1992. ... Sukhumi was in Georgian hands within days":
    a sentence told wholly in the past with no date of its own, in a paragraph whose
    nearest dated sentence before it names an earlier year than the story's, tells of
    that year. None otherwise (present tense, "has", "now" or "still" keep it news)."""
    if story_year is None or not any(t.tag_ == "VBD" for t in sent):
        return None
    if any(t.text in MONTHS for t in sent):
        return None  # "In February the army captured X": a date of its own
    if any(t.tag_ in {"VBZ", "VBP"} or t.lower_ in {"has", "have", "now", "still"} for t in sent):
        return None
    doc = sent.doc
    current = sent
    while current.start > 0:
        previous = doc[current.start - 1].sent
        words = [t for t in previous if not t.is_space]
        if not words or "\n" in doc.text[words[-1].idx : current.start_char]:
            return None  # a new paragraph: its dates are not this one's
        years = [int(t.text) for t in previous if is_year(t)]
        if years:
            return years[-1] if years[-1] < story_year else None
        current = previous
    return None


# Past forms of taking a place, right before its name ("retook Mosul, which ...")
TAKEN_VERB_FORMS = frozenset("took retook seized captured recaptured regained overran liberated stormed".split())


def is_hold_ended_by_capture(trigger: Token, finder: ArgumentFinder) -> bool:
    """ "forces retook Mosul, which the group had held since 2014": a hold told in the
    past perfect, in a relative clause on a place someone took, ended with that taking."""
    if trigger.dep_ not in RELATIVE_CLAUSE or not any(c.lower_ == "had" and c.dep_ in {"aux", "aux:pass", "auxpass"} for c in trigger.children):
        return False
    pronoun = next((c for c in trigger.children if c.lower_ in {"which", "that"}), None)
    if pronoun is not None and pronoun.i >= 3 and finder.lowers[pronoun.i - 1] == ",":
        place = finder.by_token.get(pronoun.i - 2)  # read off the words: the parser often garbles "retook X, which"
    elif (opening := first_word(trigger.head)) >= 2 and finder.lowers[opening - 1] == ",":
        place = finder.by_token.get(opening - 2)  # "seized X, a town the group had held since 2016"
    else:
        return False
    return place is not None and place.start > 0 and finder.lowers[place.start - 1] in TAKEN_VERB_FORMS


def is_hold_ended_by_retreat(trigger: Token, finder: ArgumentFinder) -> bool:
    """ "troops who had been guarding the bridge fell back into the city": a hold told in
    the past perfect, in a relative clause on men who then gave way, ended with it."""
    if trigger.dep_ not in RELATIVE_CLAUSE or not any(c.lower_ == "had" and c.dep_ in {"aux", "aux:pass", "auxpass"} for c in trigger.children):
        return False
    men = trigger.head
    verb = men.head if men.dep_ in NOMINAL_SUBJECT else None
    if verb is None or not is_verb(verb):
        return False
    return is_retreat(verb, finder) or finder.lemma(verb) == "abandon"


def is_retreat(verb: Token, finder: ArgumentFinder) -> bool:
    """ "withdrew", "fell back", "pulled out", "were forced to pull out" (the men gave way)"""
    lemma = finder.lemma(verb)
    if lemma in {"force", "compel", "order"}:
        return any(c.dep_ == "xcomp" and is_retreat(c, finder) for c in verb.children)
    return lemma in RETREAT_VERBS or lemma in {"fall", "pull", "move"} and any(c.lower_ in {"back", "out", "away"} for c in verb.children)


def is_entry_given_up(trigger: Token, finder: ArgumentFinder) -> bool:
    """ "tanks that drove into X were forced to pull out", "troops entered X but were
    forced to withdraw": an entry the same men gave up in the same sentence."""
    if trigger.dep_ in RELATIVE_CLAUSE:
        men = trigger.head
        later = [men.head] if men.dep_ in NOMINAL_SUBJECT and is_verb(men.head) else []
    else:
        later = [c for c in trigger.children if c.dep_ == "conj" and is_verb(c) and is_same_subjects_verb(c, finder)]
    return any(is_retreat(verb, finder) for verb in later)


def is_same_subjects_verb(verb: Token, finder: ArgumentFinder) -> bool:
    """ "entered X but were forced to ...": a verb joined right after "and" or "but" (its
    auxiliaries and adverbs between), no subject of its own ("took X, and the president,
    Y, fled" is Y's flight, whatever the parse)."""
    k = verb.i - 1
    while k > verb.sent.start and (finder.tokens[k].dep_ in {"aux", "aux:pass", "auxpass", "advmod", "neg"}):
        k -= 1
    return finder.lowers[k] in {"and", "but", "then"}


def is_awaited_event(trigger: Token) -> bool:
    """ "his government would act as soon as Plevna is in Russian hands": what a deed
    to come waits on has not happened (the parser hangs the clause on "soon"; a modal
    on the deed says it is to come). ("once"/"until" clauses: the parser seldom makes
    them clauses at all.)"""
    soon = trigger.head
    if trigger.dep_ != "advcl" or soon.lower_ != "soon" or soon.i == 0 or trigger.doc[soon.i - 1].lower_ != "as":
        return False
    return any(c.dep_ in {"aux", "aux:pass"} and c.lower_ in MODALS for c in soon.head.children)


def is_inverted_condition(trigger: Token) -> bool:
    """ "Had they held it until the ice melted, ...", "Were the army to take X, ...": a
    condition told by putting "had" or "were" before its subject."""
    first = next((t for t in trigger.sent if not (t.is_punct or t.is_space)), None)
    if first is None or first.lower_ not in {"had", "were", "should"} or first.i >= trigger.i:
        return False
    following = first.doc[first.i + 1] if first.i + 1 < len(first.doc) else None
    return following is not None and (following.pos_ in {"PRON", "PROPN", "DET"} or following.lower_ in {"the", "they", "it"})


def timeline_rank(trigger: Token, sent: Span, published_in: str | None = None) -> int:
    """0 for background statements ("in 2023", "had seized", "after X fell", "in
    November" in an article dated March), else 1.

    A headline is not ranked above the body: it often names the same event with a
    vaguer actor ("rebels seize city") than the body does."""
    if any(c.lower_ == "had" and c.dep_ in {"aux", "aux:pass", "auxpass"} for c in trigger.children) and (
        not any(a.lemma_.lower() in SPEECH_VERBS for a in trigger.ancestors)
    ) and not is_by_the_news_time(sent):
        return 0  # "X had seized the town in September": told as what came before
    if trigger.lemma_.lower() in {"hold", "control"} and any(c.lower_ in {"was", "were"} and c.dep_ in {"aux:pass", "auxpass"} for c in trigger.children):
        return 0  # "they say the town was held by X": a state told as past, before the news that ended it
    if trigger.lower_ in STRONGHOLD_NOUNS and any(c.lower_ in {"was", "were"} and c.dep_ == "cop" for c in trigger.children):
        return 0  # "The base was the main stronghold of X": a hold told as past, as "was held by X"
    node = trigger
    for _ in range(6):  # "after X fell to Y": the subordinate clause is older news
        if any(c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS for c in node.children):
            return 0
        if node.dep_ == "advcl" and any(c.dep_ in {"mark", "advmod"} and c.lower_ == "when" for c in node.children) and timeline_rank(node.head, sent, published_in) == 0:
            return 0  # "the deal fell apart on Feb. 1, when X overran the town": as old as its clause
        if node.head.i != node.i and any(c.dep_ == "mark" and c.lower_ == "before" for c in node.children):
            # "routed X before capturing Y": as new as the clause it follows ("lost it in
            # 2013 before Z seized it": background with it)
            return timeline_rank(node.head, sent, published_in)
        if node.dep_ not in {"advcl", "acl", "acl:relcl", "relcl", "conj"} or node.head.i == node.i:
            break
        node = node.head
    for left in reversed(sent.doc[max(sent.start, trigger.i - 12) : trigger.i]):
        if left.is_punct and not is_word_hyphen(left) or left.pos_ == "VERB" and left.dep_ != "amod":
            break  # (a participle before a noun is no clause: "the Samara-based X")
        if left.lower_ in BACKGROUND_MARKS and not (left.lower_ == "since" and left.i > 0 and sent.doc[left.i - 1].lower_ in {"has", "have"}):
            return 0  # parse-free: "... after the city fell to X" (not "has since dug in": since then)
    if dated_after_clause(trigger, sent) or dated_when_clause(trigger, sent, published_in):
        return 0
    for token in time_scope(trigger, sent):
        if token.lower_ in BACKGROUND_WORDS or is_year(token):
            return 0
        if dated_month(token) and (published_in is None or MONTH_NUMBERS[token.text] != MONTH_NUMBERS[published_in]):
            return 0  # a month other than the article's own: told as what came before
        if token.lower_ == "that" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ in PAST_PERIODS:
            return 0  # "at the end of that month": told as what came before
    return 1


def is_word_hyphen(token: Token) -> bool:
    """The hyphen inside a word ("Samara-based"), no dash between clauses."""
    return token.text == "-" and not token.whitespace_ and token.i > 0 and not token.doc[token.i - 1].whitespace_


# "By the afternoon", "By nightfall", "By Tuesday": the time the news had come to
BY_TIME_WORDS = frozenset(
    "morning afternoon evening night nightfall dawn daybreak noon midday midnight "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)


def is_by_the_news_time(sent: Span) -> bool:
    """ "By the afternoon X had moved into Y": a sentence opened by the hour the news
    had reached tells the news in the past perfect, not what came before it."""
    words = [t.lower_ for t in sent[:4]]
    return len(words) >= 2 and words[0] == "by" and any(w in BY_TIME_WORDS for w in words[1:])


DAY_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def days_after(trigger: Token, sent: Span) -> int | None:
    """How many days back "two days after recapturing the city" or "hours after the
    town fell" reaches from the clause before it (None for any other "after")."""
    for left in reversed(sent.doc[max(sent.start + 2, trigger.i - 8) : trigger.i]):
        if left.is_punct or left.pos_ == "VERB":
            return None
        if left.lower_ == "after":
            span, count = sent.doc[left.i - 1].lower_, sent.doc[left.i - 2].lower_
            if span == "hours":
                return 0
            return DAY_COUNTS.get(count) if span in {"day", "days"} else None
    return None


def recent_time(trigger: Token, sent: Span, published_in: str | None) -> tuple[int | None, int | None, int | None]:
    """The time of a statement told as only days before the news: "on Wednesday, two
    days after recapturing X" is Monday's; without a weekday, the article's month
    (older than the news, newer than anything dated before it)."""
    back = days_after(trigger, sent)
    if back is None:
        return None, None, None
    weekday = next((WEEKDAY_NUMBERS[t.text] for t in sent.doc[sent.start : trigger.i] if dated_weekday(t)), None)
    if weekday is not None:
        return None, None, (weekday - back) % 7
    return None, MONTH_NUMBERS[published_in] if published_in else None, None


def dated_after_clause(trigger: Token, sent: Span) -> bool:
    """ "The rebels took over the town after the Indian force withdrew that year" (or
    "in 1990"): what follows an event dated in the past is told as past too (read off
    the words: the parser often makes the "after" clause the sentence's root)."""
    doc = sent.doc
    after = next((t.i for t in doc[trigger.i + 1 : sent.end] if t.lower_ == "after"), None)
    if after is None or any(t.text == ";" for t in doc[trigger.i : after]):
        return False
    for token in doc[after + 1 : sent.end]:
        previous = doc[token.i - 1].lower_
        if (previous == "that" and token.lower_ in PAST_PERIODS) or (previous in {"in", "since"} and is_year(token)):
            return True
    return False


def dated_when_clause(trigger: Token, sent: Span, published_in: str | None) -> bool:
    """ "The offensive began on March 21, when fighters of A, B and C overran the town"
    (in June): a ", when" clause after words dated in the past is as old as they are
    (read off the words: with a long subject the parser may hang "when" on a noun, or
    the verb below "began")."""
    doc = sent.doc
    when = next((k for k in range(trigger.i - 1, sent.start + 1, -1) if doc[k].lower_ == "when" and doc[k - 1].text == ","), None)
    if when is None or any(t.text == ";" for t in doc[when:trigger.i]):
        return False
    return any(
        is_year(t) or dated_month(t) and (published_in is None or MONTH_NUMBERS[t.text] != MONTH_NUMBERS[published_in])
        for t in doc[sent.start : when - 1]
    )


PAST_PERIODS = frozenset("month year week spring summer autumn fall winter time".split())
MONTH_NUMBERS = {
    **{name: number for number, name in enumerate(
        "January February March April May June July August September October November December".split(), start=1
    )},
    # (and news agencies' short forms: "on Feb. 1", "Sept. 30")
    "Jan.": 1, "Feb.": 2, "Aug.": 8, "Sep.": 9, "Sept.": 9, "Oct.": 10, "Nov.": 11, "Dec.": 12,
}
MONTHS = frozenset(MONTH_NUMBERS)
WEEKDAY_NUMBERS = {name: number for number, name in enumerate("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())}
MONTH_MARKS = frozenset("in on since by early late mid until last of".split())
HEADER_TOKENS = 60  # how far the headline, byline and dateline reach


def is_year(token: Token) -> bool:
    """ "2009", "1998": a year of the last two centuries."""
    return token.text.isdigit() and len(token.text) == 4 and token.text[:2] in {"19", "20"}


def dated_month(token: Token) -> bool:
    """ "in November", "on March 9": a month used as a date ("May" the verb is not)."""
    doc = token.doc
    if token.text not in MONTHS:
        return False
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return (token.i > 0 and doc[token.i - 1].lower_ in MONTH_MARKS) or (following is not None and following.like_num)


def dated_weekday(token: Token) -> bool:
    """ "on Sunday", "by Tuesday morning", "late on Friday": a weekday used as a date."""
    doc = token.doc
    if token.text not in WEEKDAY_NUMBERS:
        return False
    following = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
    return (token.i > 0 and doc[token.i - 1].lower_ in MONTH_MARKS) or following in DAY_PARTS


def byline_month(doc: Doc) -> Token | None:
    """The month word of the byline's date ("March 10, 2015"), if the article opens with one."""
    for token in doc[:HEADER_TOKENS]:
        if token.text in MONTHS and token.i + 1 < len(doc) and doc[token.i + 1].like_num:
            return token
    return None


def publication_month(doc: Doc) -> str | None:
    month = byline_month(doc)
    return month.text if month is not None else None


def publication_year(doc: Doc) -> int | None:
    """The byline date's year ("March 10, 2015" -> 2015), if it gives one."""
    month = byline_month(doc)
    k = month.i + 3 if month is not None else len(doc)
    year = doc[k].text if k < len(doc) and doc[k - 1].text == "," else ""
    return int(year) if len(year) == 4 and year.isdigit() else None


# "..., although he offered no evidence", "without giving any evidence": a charge its
# speaker does not back up stays his charge
UNSUPPORTED = re.compile(
    r"\b(?:offered|offering|gave|giving|provided|providing|presented|presenting|produced|producing|cited|citing) no (?:evidence|proof)\b"
    r"|\bwithout (?:offering|giving|providing|presenting|producing|citing) (?:any )?(?:evidence|proof)\b"
)


def is_unsupported_claim(sent: Span, finder: ArgumentFinder) -> bool:
    """Whether the sentence says its speaker gave no evidence for what he said."""
    return UNSUPPORTED.search(" ".join(finder.lowers[sent.start : sent.end])) is not None


def is_denier_post(title: Token, sent: Span, finder: ArgumentFinder) -> bool:
    """Whether a post names the one who denies: the title comes before the sentence's
    denial verb, with no verb between ("President X rejected ..."; not "A denied that
    B's commander C ...", where the post is inside what is denied)."""
    for token in sent.doc[title.i + 1 : sent.end]:
        if finder.lemma(token) in DENIAL_VERBS:
            return True
        if token.pos_ in {"VERB", "AUX"}:
            return False
    return False


def denied_next(sent: Span, subject: EntityMention, finder: ArgumentFinder) -> bool:
    """A reported claim that the next sentence has its subject deny ("X says Iran arms
    them. Tehran denies it."), or that both accused deny after a second charge ("X says
    A armed them. X also accused B of helping them. Both deny it.")."""
    doc = sent.doc
    for step in range(2):
        following = sentence_after(sent, finder)
        if following is None:
            return False
        charges = [t for t in following if t.lower_ in CHARGE_NOUNS]
        for token in following:
            if finder.lemma(token) in DENIAL_VERBS:
                if any(
                    c.i < token.i and token.i - c.i <= 8 and (finder.lowers[c.i + 1] == "that" or is_summing_up(finder.lowers, c.i))
                    for c in charges
                ):
                    continue  # "..., a charge that both A and B reject", "..., a claim B rejects": that sentence's own
                if "which" in finder.lowers[max(following.start, token.i - 3) : token.i]:
                    continue  # "Radio X said A's troops fought at P, which A denied": that sentence's own claim
                if any(finder.lemma(t) in SPEECH_VERBS for t in doc[following.start : token.i]):
                    continue  # "Rebels have also claimed that A took part; A denies it": that sentence's own claim
                speakers = subject_of_clause(token) or [
                    t for t in following.doc[max(following.start, token.i - 2) : token.i] if finder.entity_span(t)
                ]  # parse-free: "Tehran denies ..." with the name right before the verb
                if any(t.lower_ == "both" or any(c.lower_ == "both" for c in t.children) for t in speakers):
                    return True  # "X accuses A of ..., and Y says B ... . Both governments deny it."
                for speaker in finder.mentions(speakers) if step == 0 else ():
                    if is_same_state(as_actor(speaker, finder.year), as_actor(subject, finder.year)):
                        return True
        # ("X says A armed them. X also accused B of helping them. Both deny it.": a
        # second charge between the first and the denial of both, when A is the one
        # the first charge is about)
        if step == 0 and not (any(finder.lemma(t) == "accuse" for t in following) and is_reported_doer(sent, subject, finder)):
            return False
        sent = following
    return False


def is_reported_doer(sent: Span, subject: EntityMention, finder: ArgumentFinder) -> bool:
    """Whether the subject does what someone in the sentence says it did: "X says A
    armed the tribesmen" (A)."""
    return any(
        token.idx == subject.start_char and token.dep_ in NOMINAL_SUBJECT and token.head.dep_ == "ccomp"
        and finder.lemma(token.head.head) in SPEECH_VERBS
        for token in sent
    )


def is_same_state(a: EntityMention, b: EntityMention) -> bool:
    """One actor, or a country and its own government ("Khartoum denies ..." after a
    claim about "Sudan's government")."""
    if a.name == b.name or body_of_its_men(a.name) == b.name or body_of_its_men(b.name) == a.name:
        return True  # (and "fighters of the X" after a claim: "X denies having any forces there")
    country, other = (a, b) if a.kind == "Country" else (b, a)
    return country.kind == "Country" and is_own_government(country.name, other)


def body_of_its_men(name: str) -> str:
    """ "fighters of the Justice and Equality Movement" -> "Justice and Equality Movement"."""
    men, of, body = name.partition(" of ")
    return body.removeprefix("the ") if of and men in ARMED_MEN_NOUNS | {"members", "men"} else name


# "... said the claim was false", "dismissed the report as propaganda": the statement
# before is disputed (a claim noun and a word that rejects it, in the next sentence)
CLAIM_NOUNS = frozenset("claim claims report reports account accounts assertion announcement".split())
CHARGE_NOUNS = CLAIM_NOUNS | frozenset("charge charges accusation accusations allegation allegations".split())
REJECTING_WORDS = frozenset(
    "false untrue baseless groundless unfounded fabricated fabrication lie lies propaganda denied denies deny "
    "rejected rejects dismissed dismisses disputed disputes nonsense fiction absurd invented slander".split()
)
# "... calls entirely without foundation": a rejection in two words
REJECTING_PAIRS = frozenset({("without", "foundation"), ("without", "basis"), ("no", "basis"), ("no", "foundation")})


ACCUSATION_NOUNS = CHARGE_NOUNS - CLAIM_NOUNS
ACCUSING_WORDS = frozenset("accuse accused accuses accusing blame blamed blames charged alleged alleges".split())


def is_charge_named_before(words: Sequence[str]) -> bool:
    """Whether a sentence speaks of "the accusation", "these charges": a charge made
    before it (not "that account", which sums up the sentence right before)."""
    return any(w in ACCUSATION_NOUNS and k > 0 and words[k - 1] in {"the", "this", "these", "that", "those"} for k, w in enumerate(words))


# "The government denied this.", "All four deny it.": a denial of the sentence before
DENIED_PRONOUNS = frozenset("this it that these those them".split())


def is_denial_of_what_came_before(words: Sequence[str]) -> bool:
    """Whether a sentence rejects "this" or "it" with nothing after the pronoun ("...
    denied this.", "... dismissed it as propaganda", "deny this and insist"), not a clause
    ("denied it had ...")."""
    return any(
        w in REJECTING_WORDS and words[k + 1] in DENIED_PRONOUNS and (k + 2 == len(words) or words[k + 2] in {".", ",", ";", "as", "and"})
        for k, w in enumerate(words[:-1])
    )


def has_rejecting_words(words: Sequence[str]) -> bool:
    return any(w in REJECTING_WORDS for w in words) or any(pair in REJECTING_PAIRS for pair in zip(words, words[1:]))


# Nouns whose "that" clause is what someone says or suspects, not what happened.
HEARSAY_NOUNS = CHARGE_NOUNS | frozenset("rumours rumors rumour rumor suspicions suspicion suggestions speculation".split())


def is_spreading_that(participle: Token, trigger: Token) -> bool:
    """ "(reports) circulating on social media that X took Y": a participle on the hearsay
    noun whose that-clause holds the trigger (the parser hangs the clause on the participle)."""
    return participle.tag_ == "VBG" and any(
        is_that_clause(c) and (c == trigger or c.is_ancestor(trigger)) for c in participle.children if c.dep_ in {"advcl", "ccomp"}
    )


def is_that_clause(verb: Token) -> bool:
    """ "(accusations) that X has armed Y": a clause opened by "that" with a subject of
    its own, however the parser hung "that" (a relative clause's "that" is its subject)."""
    opened = any(c.lower_ == "that" and c.i < verb.i and c.dep_ not in NOMINAL_SUBJECT for c in verb.children)
    subject = any(c.dep_ in NOMINAL_SUBJECT and c.lower_ not in {"that", "which", "who"} for c in verb.children)
    return opened and subject


def is_reported_speech(trigger: Token, finder: ArgumentFinder) -> bool:
    """Whether the statement is what someone says: its clause is the complement of a
    verb of saying ("X declared that it had taken Y"), not a clause beside it ("...,
    completing a conquest that began when its fighters walked into Z")."""
    node = trigger
    while node.head.i != node.i:
        if finder.lemma(node.head) in SPEECH_VERBS:
            # (the parser may hang "declared that it had taken" as an adverbial clause)
            that_clause = node.dep_ == "advcl" and any(c.lower_ == "that" and c.dep_ == "mark" for c in node.children)
            return node.dep_ in {"ccomp", "parataxis"} or that_clause
        node = node.head
    return False


CHECKING_WORDS = frozenset("verified confirmed verify confirm confirmation".split())
NEGATING_WORDS = frozenset("not n't no neither never cannot unable".split())
BOTH_SIDES_WORDS = frozenset("neither either both claims".split())


def disputed_next(sent: Span, finder: ArgumentFinder) -> bool:
    """Whether the sentence after this one calls what this one reports false: "X
    declared it had taken Y. Its opponents said the claim was false." (The speaker's
    words are a claim then, not a fact; who disputes them does not matter.) Said to be
    beyond checking counts too, in the sentence itself ("..., and there was no
    independent confirmation either way"), the next, or the one after when it speaks
    of both sides' claims ("A says ... B says ... Neither claim could be verified.")."""
    if is_unchecked(finder.lowers[sent.start : sent.end]):
        return True
    charge_between = False
    for step in range(2):
        following = sentence_after(sent, finder)
        if following is None:
            return False
        sent = following
        words = finder.lowers[sent.start : sent.end]
        # (a charge noun summing up that sentence's own words is not about this one:
        # "The army blamed X for Y, an accusation the rebels deny")
        charged = any(w in CLAIM_NOUNS or w in CHARGE_NOUNS and not is_summing_up(words, k) for k, w in enumerate(words))
        if charged and has_rejecting_words(words) and (step == 0 or is_charge_named_before(words) and not charge_between):
            # (a sentence later too when it names the charge as one made before and the
            # sentence between makes none of its own: "Officials showed rifles they said
            # were seized. A's government rejected the accusation.")
            return True
        charge_between = any(w in CHARGE_NOUNS or w in ACCUSING_WORDS for w in words)
        if step == 0 and is_denial_of_what_came_before(words):
            return True
        if step == 0 and is_no_sign(words) and not is_no_sign_of_a_person(sent, finder):
            # "X insisted his troops still held Y. There was no sign of them there." (not
            # "But there was no sign of Osama bin Laden": a man missing gainsays no taking)
            return True
        if is_unchecked(words) and (step == 0 or any(w in BOTH_SIDES_WORDS for w in words)):
            return True
    return False


# What a rival report says of a place: it fell, it was taken, it is in someone's hands
FALLEN_LEMMAS = frozenset("fall lose capture take seize overrun".split())
HELD_NOUNS = frozenset("hand control".split())


def is_countered_in_sentence(trigger: Token, place: EntityMention, finder: ArgumentFinder) -> bool:
    """ "X claimed that Rivas had fallen; Guard officers said they still held the town":
    a reported hold the same sentence has another speaker counter (the place, named in
    the other report, fell or was taken) is one side's word against the other's."""
    governor = next((a for a in trigger.ancestors if finder.lemma(a) in SPEECH_VERBS), None)
    if governor is None:
        return False
    for verb in trigger.sent:
        if verb.i == governor.i or finder.lemma(verb) not in SPEECH_VERBS:
            continue
        for clause in verb.children:
            if clause.dep_ != "ccomp" or finder.lemma(clause) not in FALLEN_LEMMAS | HELD_NOUNS:
                continue
            fallen = [finder.mention(c) for c in clause.children if c.dep_ in NOMINAL_SUBJECT]
            if any(m is not None and m.name == place.name for m in fallen):
                return True  # (and "rebels said they had taken P; X said P was still in army hands")
            if any(c.dep_ in {"obj", "dobj", "expl"} and c.lower_ == "it" for c in clause.children) and place.start_char < clause.idx:
                return True  # "X said P was still in Ukrainian hands; rebel commanders said they had taken it"
    return False


# "suspended all deliveries of weapons", "has halted arms deliveries": backing stopped
HALTING_VERBS = frozenset("suspend halt stop cut freeze cease end".split())
SUPPLY_NOUNS = frozenset("deliveries delivery shipments supplies aid assistance arms weapons sales support".split())


def is_backing_halted(backer: EntityMention, trigger: Token, sent: Span, finder: ArgumentFinder) -> bool:
    """Whether the sentence says the backer has stopped: a halting verb whose subject
    is the backer, with a supply noun among the few words after it ("has halted arms
    deliveries to Mogadishu", "said it had suspended all deliveries of weapons"; not
    "Egypt, angry with Kenya for siding with X, cut its aid": Egypt's aid). A backing
    told after the halt as what is done now or instead is not halted ("has halted arms
    deliveries to Mogadishu and is now shipping weapons to the Derg")."""
    lowers = finder.lowers
    for k in range(sent.start, sent.end):
        token = finder.tokens[k]
        if trigger.i > k and any(lowers[j] in {"now", "instead"} for j in range(k + 1, trigger.i)):
            continue
        infinitive = any(c.lower_ == "to" and c.dep_ in {"aux", "mark"} for c in token.children)  # "promised to end its support"
        if token.pos_ != "VERB" or finder.lemma(token) not in HALTING_VERBS or is_negated(token) or infinitive:
            continue
        if not any(lowers[j] in SUPPLY_NOUNS for j in range(k + 1, min(k + 5, sent.end))):
            continue
        subjects = subject_of_clause(token)
        if any(s.lower_ in {"it", "they"} for s in subjects) and sent.start_char <= backer.start_char < token.idx:
            return True  # "X, which has armed Y, said it had suspended ...": the one named before (the parser may miss the speaker)
        if any(m.name == backer.name for m in finder.mentions(subjects)):
            return True
    return False


NO_SIGN_PHRASES = (("no", "sign", "of"), ("no", "trace", "of"))


def is_no_sign(words: Sequence[str]) -> bool:
    """ "There was no sign of them in the city": what was said is seen not to be so."""
    return any(tuple(words[k : k + 3]) in NO_SIGN_PHRASES for k in range(len(words) - 2))


def is_no_sign_of_a_person(sent: Span, finder: ArgumentFinder) -> bool:
    """ "no sign of X" where X is a person's name."""
    lowers = finder.lowers
    for k in range(sent.start, sent.end - 3):
        if (lowers[k], lowers[k + 1], lowers[k + 2]) in NO_SIGN_PHRASES:
            named = finder.entity_span(finder.tokens[k + 3])
            return named is not None and named.label_ == "PER"
    return False


def word_after(mention: EntityMention, finder: ArgumentFinder) -> str | None:
    """The word right after a mention's words, as written; None at the text's end."""
    words = finder.doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
    return finder.tokens[words.end].text if words is not None and words.end < len(finder.tokens) else None


def is_held_to_account(held: EntityMention, finder: ArgumentFinder) -> bool:
    """ "holds X responsible (for ...)": X is blamed, no place is held."""
    return word_after(held, finder) in {"responsible", "accountable", "liable"}


# Plurals of a town's facilities: "the Nasiriyah bridges" are several, none named
TOWN_FACILITY_PLURALS = frozenset("bridges airports airfields ports docks bases barracks camps checkpoints crossings oilfields refineries".split())


def is_town_of_unnamed_facilities(place: EntityMention, finder: ArgumentFinder) -> bool:
    """Whether the town's name only says whose facilities follow it ("Marines hold
    Nasiriyah bridges", the noun in lower case): no facility name the recogniser made,
    and no town held."""
    return word_after(place, finder) in TOWN_FACILITY_PLURALS


def is_unchecked(words: Sequence[str]) -> bool:
    """ "could not be independently verified", "no independent confirmation"."""
    return any(w in CHECKING_WORDS for w in words) and any(w in NEGATING_WORDS for w in words)


def extract_relations(
    doc: Doc, *, comment_start: int | None = None, finder: ArgumentFinder | None = None
) -> list[RelationMention]:
    """All relation mentions of a parsed document, deduplicated, in text order."""
    finder = finder or ArgumentFinder(doc)
    found: dict[tuple, RelationMention] = {}
    led_now: list[RelationMention] = []  # "it is now led by X"
    published_in = publication_month(doc)

    def read_sentence(sent: Span, candidates: Iterable[Candidate]) -> None:
        in_comments = comment_start is not None and sent.start_char >= comment_start
        # Several rules often find the same statement: what depends only on the trigger
        # (flags, time) or on the subject (a denial next) is worked out once per sentence.
        flags_at: dict[int, Flags] = {}
        rank_at: dict[int, int] = {}
        time_at: dict[int, tuple[int | None, int | None, int | None]] = {}
        denied: dict[EntityMention, bool] = {}
        disputed: bool | None = None  # read once, for the sentence's first reported statement
        sentence_text: str | None = None  # Span.text would join the tokens on each access
        for c in candidates:
            c = with_actor_roles(c, finder.text, finder.year)
            if c.predicate == "controls" and c.subject.kind == "Person" and (
                c.control_change == "gain" or c.control_change is None and finder.lemma(c.trigger) in {"hold", "occupy"}
            ):
                # "Guevara took Fomento", "General X still held Als": his forces took it, hold
                # it (people lead, groups hold; resolution makes them the group he leads; not
                # "X, who governed Kismayo in 2006": a man's rule)
                c = replace(c, subject=replace(c.subject, label="ORG", kind="ArmedGroup", commander=c.subject.name))
            if c.predicate == "controls" and c.control_change is None and (
                is_hold_ended_by_capture(c.trigger, finder) or is_hold_ended_by_retreat(c.trigger, finder)
            ):
                c = replace(c, control_change="loss")  # "retook Mosul, which X had held since 2014": X lost it
            if c.predicate == "controls" and c.control_change == "gain" and is_entry_given_up(c.trigger, finder):
                c = replace(c, control_change="loss")  # "tanks that drove into X were forced to pull out": X not held
            if c.predicate == "controls" and is_seat_building(c.object):
                c = replace(c, object=replace(c.object, label="FAC", kind="Facility"))  # "ECOMOG recaptured State House": a building
            if c.predicate == "fights" and c.object.kind == "Facility":
                owner = finder.body_at_headquarters(c.object)  # "attacked the headquarters of X": fought X
                c = replace(c, object=owner) if owner is not None else c
            if not fits(c.predicate, c.subject, c.object):
                continue
            if c.predicate == "controls" and c.object.kind == "Place" and is_town_of_unnamed_facilities(c.object, finder):
                continue  # "Marines hold Nasiriyah bridges": the bridges are held, not the town
            if c.predicate == "controls" and is_held_to_account(c.object, finder):
                continue  # "holds Turin responsible for the expedition": blamed, not held
            if c.predicate in ROLE_PREDICATES and c.trigger.pos_ in {"NOUN", "PROPN"} and (
                is_former_role(c.trigger) or is_dead_holder(c.trigger)
            ):
                continue  # "a former spokesman for B", "its founder, X, had died", whichever rule read it
            if c.predicate == "leads" and c.trigger.dep_ in RELATIVE_CLAUSE and is_dead_holder(c.trigger):
                continue  # "X, who had led the movement since 1992, was killed"
            if c.predicate == "leads" and c.object.kind == "Government" and is_government_of_a_past_year(c, sent, finder):
                continue  # "In 1981 the government of X suspended relations": his government then, not now
            if c.predicate == "controls" and is_peoples_plural(c.object.text):
                continue  # "men it said were captured Russians": prisoners, no place held
            if c.predicate == "controls" and c.object.kind == "Country" and is_rule_of_state(c.trigger, finder):
                continue  # "the council, which has governed Haiti since April": a state is run, no ground held
            if c.predicate in {"leads", "memberOf"} and is_press_post(c.trigger, finder):
                c = replace(c, predicate="spokespersonFor")  # "X, Hezbollah's media chief", "the government's press secretary": he speaks for it
            if c.predicate == "backs" and is_backing_halted(c.subject, c.trigger, sent, finder):
                continue  # "X, which has armed Y for two decades, said it had suspended all deliveries": over
            if c.predicate == "controls" and c.control_change is None and (is_former_hold(c.trigger) or is_hold_for_a_past_stretch(c.trigger)):
                continue  # "Fort M, which was then held by federal troops", "held X for several days": no longer theirs
            if is_no_longer(c.trigger, finder):
                if c.predicate != "controls" or c.control_change is not None:
                    continue  # "no longer backs X": said only to be over
                c = replace(c, control_change="loss")  # "X no longer holds Y": X lost it
            if c.predicate == "controls" and c.control_change == "gain" and is_brief(c.trigger):
                continue  # "briefly seizing Goma before it was defeated": a hold that ended
            if c.predicate == "backs" and is_backing_years_before(c.trigger, sent, finder.year):
                continue  # "who helped arm the Krajina Serbs in 1991" in a story of 1995: an old tie
            if any(child.dep_ == "mark" and child.lower_ == "against" for child in c.trigger.children):
                continue  # "warned against storming the camp": what was warned of, done by nobody
            if c.predicate == "backs" and is_ended(c.trigger):
                continue  # "armed X in the 1980s but stopped that aid": no backer now
            if c.predicate == "backs" and is_completed_stretch(c.trigger, sent):
                continue  # "a militia that fought alongside the army for more than a decade": over
            at = c.trigger.i
            if at not in flags_at:
                flags_at[at] = statement_flags(c.trigger, finder, in_comments=in_comments)
                rank_at[at] = timeline_rank(c.trigger, sent, published_in)
                time_at[at] = stated_time(c.trigger, sent) if c.predicate == "controls" else (None, None, None)
                if rank_at[at] == 0 and time_at[at] == (None, None, None):
                    time_at[at] = recent_time(c.trigger, sent, published_in)
                if c.predicate == "controls" and time_at[at] == (None, None, None):
                    time_at[at] = (narrated_year(sent, finder.year), None, None)
            if c.subject not in denied:
                denied[c.subject] = denied_next(sent, c.subject, finder)
            if sentence_text is None:
                sentence_text = finder.text[sent.start_char : sent.end_char]
            flags = flags_at[at]
            if c.predicate == "opposes" and flags.hypothetical and finder.lowers[c.trigger.i] in TOPPLING_WORDS and not flags.negated:
                # "which says it aims to topple X": the aim is the opposition, stated as a fact
                flags = replace(flags, hypothetical=False)
            if c.predicate == "fights" and flags.hypothetical and not flags.negated and c.object.kind == "Government" and is_campaign_to_topple(c.trigger, finder):
                # "The French army that marched inland to overthrow the government of X":
                # an army on the march to topple a government is at war with it
                flags = replace(flags, hypothetical=False)
            if c.predicate == "fights" and c.object.kind == "Person" and finder.lemma(c.trigger) in {"overthrow", "topple", "unseat"}:
                c = replace(c, predicate="opposes")  # "toppled President X": a ruler overthrown is opposed (his government fought)
            if c.predicate == "backs" and flags.negated and finder.lemma(c.trigger) in {"recognise", "recognize"} and c.object.kind in {"Person", "Government"}:
                # "said it would not recognise X": refusing a ruler recognition is a stand
                # against him, taken now whatever the modal
                c = replace(c, predicate="opposes")
                flags = replace(flags, negated=False, hypothetical=False)
            if c.predicate == "backs" and flags.hypothetical and not flags.negated and is_pledged(c.trigger):
                flags = replace(flags, hypothetical=False)  # "X has pledged to stand by Y": the pledge is the backing, made now
            if c.predicate == "fights" and flags.hypothetical and is_owned_campaign(c.trigger):
                # "ordered the army to halt its offensive against X": what is to stop is going on
                flags = replace(flags, hypothetical=False)
            # a post or a name ("X, the leader of Y", "Pentagon spokeswoman X", the parser
            # may tag the post a verb) is no claim of the sentence it stands in
            # (or by a preposition between nouns: "the government of President X")
            named_by_noun = c.predicate in DESCRIPTIVE_PREDICATES and (
                c.trigger.pos_ in {"NOUN", "PROPN"} or c.trigger.pos_ == "ADP" and c.trigger.head.pos_ in {"NOUN", "PROPN"}
                # ("accuses X of arming the movement led by Y": who leads it is the writer's description)
                or c.trigger.tag_ == "VBN" and c.trigger.dep_ in {"acl", "amod"} and c.trigger.head.pos_ in {"NOUN", "PROPN"}
            ) and not any(ch.dep_ == "cop" for ch in c.trigger.children)  # ("is not part of Y": a predicate, with its clause's modality)
            names_a_post = named_by_noun or c.predicate in DESCRIPTIVE_PREDICATES and finder.lowers[c.trigger.i] in ROLE_NOUNS
            if named_by_noun:
                # "the GNA's Volcano Operation" names a standing fact even inside a
                # sentence about an attempt or a threat: modality is the verb's, not the name's
                flags = replace(flags, negated=False, hypothetical=False)
                if not in_comments and (c.predicate == "locatedIn" or c.trigger.tag_ == "VBN" or is_named_pair(c, finder.text)):
                    # ("... the movement led by Y": who leads it is the writer's description too)
                    # "accused X of arming the rebels, who hold T, the capital of P": where
                    # a town lies is the writer's geography, no part of the charge; "claimed
                    # T had fallen to the X Army of Y": who leads it, when both are named
                    flags = replace(flags, contested=False, attributed_to=None)
                elif flags.contested and flags.attributed_to is None and is_denier_post(c.trigger, sent, finder):
                    flags = replace(flags, contested=False)  # "In Yerevan, President X rejected the charge": his post stands
            if denied[c.subject] and not names_a_post:
                flags = replace(flags, contested=True)
            if not flags.contested and not names_a_post and (flags.attributed_to is not None or is_reported_speech(c.trigger, finder)):
                # a speaker's statement ("X declared it had taken Y") the next sentence
                # disputes (what she said, not her post: "Y spokeswoman X said A. B dismissed it")
                if disputed is None:
                    disputed = disputed_next(sent, finder) or is_unsupported_claim(sent, finder)
                if disputed or c.predicate == "controls" and is_countered_in_sentence(c.trigger, c.object, finder):
                    flags = replace(flags, contested=True)
            if c.predicate == "backs" and not names_a_post and flags.attributed_to == c.object.name and c.object.kind == "Person":
                flags = replace(flags, contested=True)  # "X also says he has the backing of Y": his own claim to be backed
            if in_comments:
                flags = replace(flags, attributed_to=flags.attributed_to or "reader comment")
            confidence = c.confidence * (CONFIDENCE_ATTRIBUTED if flags.attributed_to else 1.0)
            mention = RelationMention(
                subject=c.subject, predicate=c.predicate, object=c.object,
                sentence=sentence_text, sentence_start=sent.start_char, sentence_end=sent.end_char,
                triggers=(c.trigger.text,), confidence=round(confidence, 3),
                negated=flags.negated, hypothetical=flags.hypothetical, contested=flags.contested,
                attributed_to=flags.attributed_to, control_change=c.control_change,
                timeline_rank=rank_at[at], stated_year=time_at[at][0], stated_month=time_at[at][1],
                stated_weekday=time_at[at][2],
            )
            # (the name too: "both towns" stands for two places at one span)
            key = (c.subject.start_char, c.predicate, c.object.start_char, c.object.name, sent.start_char)
            if key not in found or found[key].confidence < mention.confidence:
                found[key] = mention
            if c.predicate == "leads" and is_now(c.trigger):
                led_now.append(mention)

    for sent in doc.sents:
        read_sentence(sent, sentence_candidates(sent, finder))
    named = list(found.values())
    takers = main_takers(with_holds_taken_before(named))
    if takers.taker is not None or takers.retaker is not None:
        # "Herat was taken on Thursday", "Kisangani fell in March": the taker the
        # article is about, once every named taking is known
        doubted, held_in = settled_places(named)
        for sent in doc.sents:
            settled = doubted | held_in.get(sent.start_char, frozenset())
            read_sentence(sent, agentless_taking_candidates(sent, finder, takers, settled))
    kept = without_gain_and_loss_at_once(without_towns_as_actors(list(found.values())))
    kept = with_partners_enemies(with_foreign_partners_backing(kept, finder.main_country()))
    kept = with_joint_actors_backing(kept, finder.main_country())
    kept = with_fights_over_places(with_holds_before_gains(with_holds_taken_before(kept)))
    unfought = [text for sent in doc.sents if UNFOUGHT.search(text := finder.text[sent.start_char : sent.end_char])]
    kept = with_fights_over_retaken_places(with_takings_undone_told_after(with_retold_takings_dated(kept)), unfought)
    kept = without_superseded_leaders(kept, led_now)
    kept = without_departed_rulers(kept, departed_people(finder))
    kept = with_heads_of_state_acting_for_their_states(kept)
    return sorted(kept, key=lambda m: (m.sentence_start, m.subject.start_char, m.predicate, m.object.start_char))


def has_time_of_its_own(m: RelationMention) -> bool:
    """Whether a statement is background or names its own date ("had seized", "in
    March", "on Sunday"), not the article's news."""
    return m.timeline_rank == 0 or (m.stated_year, m.stated_month, m.stated_weekday) != (None, None, None)


def with_retold_takings_dated(mentions: list[RelationMention]) -> list[RelationMention]:
    """ "The army took P in March because the rebels let it take P": a taking told twice
    in one sentence is one event; the telling with no time of its own has the other's
    (else the undated one reads as today's news). (Not the opposite change: "captured P
    in February, only to lose it again" is a later loss.)"""
    def event(m: RelationMention) -> tuple:
        return (m.sentence_start, m.subject.name, m.object.name, m.control_change)

    dated = {event(m): m for m in mentions if m.predicate == "controls" and m.control_change and has_time_of_its_own(m)}
    return [
        replace(m, timeline_rank=told.timeline_rank, stated_year=told.stated_year, stated_month=told.stated_month, stated_weekday=told.stated_weekday)
        if m.predicate == "controls" and not has_time_of_its_own(m) and (told := dated.get(event(m))) is not None
        else m
        for m in mentions
    ]


# Words that make a taking told after a retaking news of its own: "rebels have since
# taken it again", "took it back"
RETOLD_AGAIN = re.compile(r"\b(?:again|since|back|now|later|then)\b", re.IGNORECASE)
# Words of a conquest told as past ("A fell to X", "A was taken by Y"), not of forces
# moving in beside the retakers ("fighters of Z entered the town from the west")
CONQUEST_WORDS = re.compile(r"^(?:t[ao]ok|taken?|seiz|captur|overr[au]n|f[ae]ll|storm|conquer)", re.IGNORECASE)


def with_takings_undone_told_after(mentions: list[RelationMention]) -> list[RelationMention]:
    """ "Government troops retook A on Monday ... A fell to a column led by X": a plain
    taking with no time of its own, told after another side's retaking of the same
    place as the news, is the taking that retaking undid: background, not a later
    change of hands (unless "again", "since", "back": the place changed hands anew)."""
    gains = [m for m in mentions if m.predicate == "controls" and m.control_change == "gain" and m.is_fact]
    # (not a headline's: "Yemeni forces retake X" sums up what the body tells of each
    # ally's columns)
    retaken = [
        m for m in gains
        if is_retaking(m) and m.sentence_start > 0 and m.timeline_rank == 1 and (m.stated_year, m.stated_month) == (None, None)
    ]

    def with_retaker(m: RelationMention, retaker: str) -> bool:
        # "units of the army and the National Guard had entered X": a partner in the retaking
        return any(g.sentence_start == m.sentence_start and g.object.name == m.object.name and actor_key(g.subject) == retaker for g in gains)

    return [
        replace(m, timeline_rank=0)
        if m.predicate == "controls" and m.control_change == "gain" and not has_time_of_its_own(m) and not is_retaking(m)
        and bool(m.triggers) and CONQUEST_WORDS.match(m.triggers[0]) is not None and not RETOLD_AGAIN.search(m.sentence)
        and any(
            r.object.name == m.object.name and actor_key(r.subject) != actor_key(m.subject) and r.sentence_start < m.sentence_start
            and not with_retaker(m, actor_key(r.subject))
            for r in retaken
        )
        else m
        for m in mentions
    ]


def with_heads_of_state_acting_for_their_states(mentions: list[RelationMention]) -> list[RelationMention]:
    """ "Uganda's president, Yoweri Museveni, sent troops to shore up Kiir's
    government": a head of state who backs or fights a side does so with his state's
    means, so the state backs or fights it (the article says he leads that country)."""
    states = {
        m.subject.name: m.object for m in mentions
        if m.predicate == "leads" and m.is_fact and m.subject.kind == "Person" and m.object.kind in {"Country", "Government"}
    }
    if not states:
        return mentions

    def acting(side: EntityMention) -> EntityMention:
        return replace(states[side.name], start_char=side.start_char, end_char=side.end_char)

    found = []
    for m in mentions:
        if m.predicate in {"backs", "fights"} and m.subject.kind == "Person" and m.subject.name in states and states[m.subject.name].name != m.object.name:
            m = replace(m, subject=acting(m.subject))
        if m.predicate == "fights" and m.object.kind == "Person" and m.object.name in states and states[m.object.name].name != m.subject.name:
            m = replace(m, object=acting(m.object))  # "the rebels fought Abiy's troops": his state's
        found.append(m)
    return found


# Takings that may leave the taker unsaid: "Herat was taken", "Kisangani fell"
AGENTLESS_TAKING_VERBS = frozenset("take capture seize overrun retake recapture fall".split())
FALLING_ELSEWHERE = frozenset("to into under behind from out back off through".split())


@dataclass(frozen=True)
class MainTakers:
    """Who an article's takings without a taker are read as done by (see main_takers)."""

    taker: EntityMention | None  # the side taking the most places
    taken: frozenset[str]  # the places the taker is told to take by name
    retaker: EntityMention | None  # the one side told to retake places, if only one is


def main_takers(mentions: list[RelationMention]) -> MainTakers:
    """The actor the article has taking the most places (as facts, now), if one takes
    two or more and more than any other; and the actor it has retaking places, if
    there is just one ("Government troops retook A and B on Monday ... C and D were
    retaken on Sunday": the same troops)."""
    taken: dict[str, set[str]] = {}
    first: dict[str, EntityMention] = {}
    retakers: dict[str, EntityMention] = {}
    for m in mentions:
        if m.predicate == "controls" and m.control_change == "gain" and m.is_fact and m.timeline_rank == 1:
            taken.setdefault(actor_key(m.subject), set()).add(m.object.name)
            first.setdefault(actor_key(m.subject), m.subject)
            if is_retaking(m):
                retakers.setdefault(actor_key(m.subject), m.subject)
    retaker = next(iter(retakers.values())) if len(retakers) == 1 else None
    counts = sorted((len(places) for places in taken.values()), reverse=True)
    if not counts or counts[0] < 2 or len(counts) > 1 and counts[0] == counts[1]:
        return MainTakers(None, frozenset(), retaker)  # (one taking makes no campaign: "a battalion retook the peak")
    key = next(key for key, places in taken.items() if len(places) == counts[0])
    return MainTakers(first[key], frozenset(taken[key]), retaker)


def is_agentless_taking(verb: Token, finder: ArgumentFinder) -> bool:
    """ "Herat was taken on Thursday", "Kisangani fell in March": no "by" and no "to"."""
    lemma = finder.lemma(verb)
    if lemma not in AGENTLESS_TAKING_VERBS or not is_verb(verb) or verb.dep_ in {"acl", "amod"}:
        return False
    if lemma == "fall":
        # (not "fell to X", "fell into the hands of X", "fell out with", "fell back", "fell silent")
        if any(c.dep_ in {"prt", "compound:prt", "acomp", "xcomp"} for c in verb.children):
            return False
        return not any(prep in FALLING_ELSEWHERE for prep, _ in prepositional_objects(verb))
    return is_passive(verb) and not any(prep == "by" for prep, _ in prepositional_objects(verb))


def names_same_place(a: str, b: str) -> bool:
    """ "Panjshir" and "Panjshir valley" """
    return a == b or b.startswith(a + " ") or a.startswith(b + " ")


def settled_places(known: list[RelationMention]) -> tuple[frozenset[str], dict[int, frozenset[str]]]:
    """The places whose holder is in doubt somewhere (a guess adds no fact to a disputed
    claim), and by sentence start the places whose holder the sentence names."""
    doubted = frozenset(m.object.name for m in known if m.predicate == "controls" and not m.is_fact)
    held_in: dict[int, set[str]] = {}
    for m in known:
        if m.predicate == "controls":
            held_in.setdefault(m.sentence_start, set()).add(m.object.name)
    return doubted, {start: frozenset(names) for start, names in held_in.items()}


def agentless_taking_candidates(
    sent: Span, finder: ArgumentFinder, takers: MainTakers, settled: frozenset[str]
) -> Iterator[Candidate]:
    """The article's main taker for each place a sentence says was taken, or fell,
    without saying by whom, unless it is one of the ``settled`` places (see
    settled_places). A place "retaken" is the main retaker's; never the main taker's
    when the taker is told to have taken it: retaken, it changed hands back."""
    for token in finder.tokens[sent.start : sent.end]:
        if not is_agentless_taking(token, finder):
            continue
        retaken = RETAKING_TRIGGER.match(token.text) is not None
        taker = takers.retaker if retaken and takers.retaker is not None else takers.taker
        if taker is None:
            continue
        subject = replace(taker, start_char=token.idx, end_char=token.idx + len(token.text))
        for place in finder.mentions(subject_of_clause(token)):
            # (a country "falls" with its government: no town the taker now holds)
            if is_place(place) and place.kind != "Country" and not any(names_same_place(place.name, n) for n in settled) and not (
                retaken and taker is takers.taker and place.name in takers.taken
            ):
                yield Candidate(subject, "controls", place, token, 0.5, "gain")


# Prepositions of where forces move: "out of the capital of X" names no owner
MOTION_PREPOSITIONS = frozenset("out from into towards toward across through".split())
# Prepositions that say where something stands: "positions on the hills above X"
STANDING_PREPOSITIONS = frozenset("on in at near around along above below beside outside inside beyond".split())
# Words of the verbs by which "X fought alongside Y" is read as X backing Y (forms, not
# lemmas: a mention keeps its trigger's words; SIDE_BY_SIDE_VERBS holds the lemmas)
SIDE_BY_SIDE_WORDS = frozenset(
    "fought fighting fights fight battled battling battles operated operating operates worked working works".split()
)


def is_side_by_side(mention: RelationMention) -> bool:
    """ "X fought alongside Y", read as X backing Y."""
    return mention.predicate == "backs" and bool(mention.triggers) and mention.triggers[0].lower() in SIDE_BY_SIDE_WORDS


def is_armys_own_state(army: EntityMention, state: EntityMention) -> bool:
    """ "Sudanese army" and Sudan (or its government, "Khartoum"): a state's own army."""
    country = gazetteer.country_opening(army.name) if army.kind == "ArmedGroup" else None
    own = gazetteer.country_opening(state.name) or gazetteer.country(state.name) or gazetteer.capital_country(state.name)
    return country is not None and own is not None and country.name == own.name


def with_partners_enemies(mentions: list[RelationMention]) -> list[RelationMention]:
    """ "X, fighting alongside Y, drove Z out", "X fought alongside Y against Z": in the
    sentence that puts them side by side, whom one fights the other fights too (with
    the same flags: a claimed fight stays a claim)."""
    partners: dict[int, list[tuple[EntityMention, EntityMention]]] = {}
    for m in mentions:
        if is_side_by_side(m):
            partners.setdefault(m.sentence_start, []).append((m.subject, m.object))
    if not partners:
        return mentions
    known = statement_keys(mentions)
    added: list[RelationMention] = []
    for m in mentions:
        if m.predicate != "fights":
            continue
        for x, y in partners.get(m.sentence_start, ()):
            for one, other in ((x, y), (y, x)):
                enemy = m.object if actor_key(m.subject) == actor_key(one) else None
                if enemy is None or actor_key(enemy) in {actor_key(x), actor_key(y)} or is_armys_own_state(other, enemy):
                    continue  # (not "the Sudanese army fights Sudan": an army never fights its own state)
                key = (actor_key(other), "fights", actor_key(enemy), m.sentence_start)
                if key not in known:
                    known.add(key)
                    added.append(replace(m, subject=other))
    return mentions + added


def with_foreign_partners_backing(mentions: list[RelationMention], home: str | None) -> list[RelationMention]:
    """ "South Sudan's army, fighting alongside Ugandan troops, ...": the foreign army
    backs the home one, whichever the sentence names first (the home country is the
    one the article is about)."""
    if home is None:
        return mentions
    return [
        replace(m, subject=m.object, object=m.subject)
        if is_side_by_side(m) and is_own_army(home, m.subject) and is_state_force(m.object) and not is_own_army(home, m.object)
        else m
        for m in mentions
    ]


# What stands between two subjects of one verb: "A and B took X", "A, B and C held X"
JOINT_SUBJECTS = re.compile(r"^\s*(?:,|and|, and)\s*$")


def owning_country(mention: EntityMention) -> str | None:
    """The state a force or a state's body belongs to by its name ("Tanzanian soldiers",
    "Rwanda Defence Force", "Ethiopia"), if any."""
    if mention.kind == "Country":
        place = gazetteer.country(mention.name)
        return place.name if place is not None else None
    opening = gazetteer.country_opening(mention.name)
    return opening.name if opening is not None else None


def is_international_body(mention: EntityMention) -> bool:
    """An international body or one of its forces ("African Union troops", "MINUSCA")."""
    return mention.kind == "InternationalOrganization" or gazetteer.international_prefix(mention.name) is not None


def backer_of_pair(one: EntityMention, other: EntityMention, home: str) -> tuple[EntityMention, EntityMention] | None:
    """(backer, backed) for a pair acting together in ``home``'s war, if one is an
    outsider: an international body backs anyone beside it but another; a foreign
    state's force backs the home state's own force; a group of no state beside a
    foreign army is that army's auxiliary, and backs it ("Mukti Bahini guerrillas
    and Indian troops entered Jessore")."""
    bodies = [m for m in (one, other) if is_international_body(m)]
    if len(bodies) == 1:
        return (one, other) if bodies[0] is one else (other, one)
    if bodies:
        return None
    for outsider, insider in ((one, other), (other, one)):
        own, theirs = owning_country(outsider), owning_country(insider)
        if own is None or own == home:
            continue
        if theirs == home:
            return outsider, insider
        if theirs is None and insider.kind == "ArmedGroup" and not is_state_force(insider):
            return insider, outsider
    return None


def with_joint_actors_backing(mentions: list[RelationMention], home: str | None) -> list[RelationMention]:
    """ "Tanzanian soldiers and Ugandan exile fighters took Kampala", "Comorian troops and
    African Union soldiers held Anjouan": two subjects of one fight or taking, an outsider
    and a side of the war's own country, are the outsider backing that side (with the
    act's flags: a claimed joint taking stays a claim)."""
    if home is None:
        return mentions
    by_act: dict[tuple, list[RelationMention]] = {}
    for m in mentions:
        if m.predicate in {"fights", "controls"} and m.triggers:
            by_act.setdefault((m.sentence_start, m.predicate, m.object.name, m.triggers[0], m.control_change), []).append(m)
    known = statement_keys(mentions)
    added: list[RelationMention] = []
    for act in by_act.values():
        act.sort(key=lambda m: m.subject.start_char)
        for first, second in zip(act, act[1:]):
            if first.subject.end_char > second.subject.start_char or actor_key(first.subject) == actor_key(second.subject):
                continue
            between = first.sentence[first.subject.end_char - first.sentence_start : second.subject.start_char - first.sentence_start]
            if not JOINT_SUBJECTS.match(between):
                continue
            pair = backer_of_pair(first.subject, second.subject, home)
            if pair is None:
                continue
            key = (actor_key(pair[0]), "backs", actor_key(pair[1]), first.sentence_start)
            if key not in known:
                known.add(key)
                added.append(replace(first, subject=pair[0], predicate="backs", object=pair[1], control_change=None))
    return mentions + added


def with_holds_before_gains(mentions: list[RelationMention]) -> list[RelationMention]:
    """ "X took P, the only part still held by Y": in one sentence, a hold by someone
    named after the place another takes describes the place before the taking (then
    background, see ``with_fights_over_places``), not who holds it now."""
    gains = {
        (m.sentence_start, m.object.name): m for m in mentions
        if m.predicate == "controls" and m.control_change == "gain" and m.timeline_rank == 1 and m.is_fact
    }
    return [
        replace(m, timeline_rank=0)
        if m.predicate == "controls" and m.control_change is None and m.timeline_rank == 1
        and (gain := gains.get((m.sentence_start, m.object.name))) is not None
        and actor_key(gain.subject) != actor_key(m.subject) and m.subject.start_char > gain.object.start_char
        else m
        for m in mentions
    ]


def with_holds_taken_before(mentions: list[RelationMention]) -> list[RelationMention]:
    """ "They still held A and B, which they overran in the first days": a taking told
    after its taker's hold of the same place, in one sentence, is how the hold began
    (background), not news of its own."""
    holds = {
        (m.sentence_start, actor_key(m.subject), m.object.name): m.object.start_char for m in mentions
        if m.predicate == "controls" and m.control_change is None and m.timeline_rank == 1 and m.is_fact
    }
    return [
        replace(m, timeline_rank=0)
        if m.predicate == "controls" and m.control_change == "gain" and m.timeline_rank == 1
        and (m.sentence_start, actor_key(m.subject), m.object.name) in holds
        # (the trigger's first place in the sentence: a mention keeps its word, not its offset)
        and m.triggers and m.sentence.find(m.triggers[0]) > holds[(m.sentence_start, actor_key(m.subject), m.object.name)] - m.sentence_start
        else m
        for m in mentions
    ]


UNFOUGHT = re.compile(r"\b(?:without|barely|hardly) (?:a |any )?(?:fight|shot|resistance|struggle)|\bunopposed\b|\bno resistance\b", re.IGNORECASE)


def with_fights_over_places(mentions: list[RelationMention]) -> list[RelationMention]:
    """ "X retook T, which Y seized in January": in one sentence, who takes a place now
    fights who held it before; "two days after retaking T, which Y had held": who took
    it lately fights whom it was held by."""
    known = statement_keys(mentions)
    added: list[RelationMention] = []
    earlier: dict[tuple[int, str], list[RelationMention]] = {}  # (sentence, place) -> holders before the news
    for m in mentions:
        if m.predicate == "controls" and m.timeline_rank == 0 and m.is_fact:
            earlier.setdefault((m.sentence_start, m.object.name), []).append(m)
    for gain in mentions:
        if gain.predicate != "controls" or gain.control_change != "gain" or not gain.is_fact:
            continue
        if UNFOUGHT.search(gain.sentence):
            continue  # "... pulled back with barely a shot fired": a handover, no fight
        for held in earlier.get((gain.sentence_start, gain.object.name), ()):
            if held.control_change == "loss":
                # "retook T, which X had held": X lost it to the taker (see
                # is_hold_ended_by_capture); not who had lost it already, told before the taking
                if held.subject.start_char < gain.object.start_char:
                    continue
            elif gain.timeline_rank == 0 and (held.control_change is not None or held.subject.start_char < gain.object.start_char):
                # a taking told as the past fights only whom the place is said to have
                # been held by: "after retaking the city that X had held" (not a
                # partner that took it too, nor "A took T, which B captured in May")
                continue
            if actor_key(held.subject) != actor_key(gain.subject):
                key = (actor_key(gain.subject), "fights", actor_key(held.subject), gain.sentence_start)
                if key not in known and fits("fights", gain.subject, held.subject):
                    known.add(key)
                    added.append(replace(gain, predicate="fights", object=held.subject, control_change=None))
    return mentions + added


# Who can lose a place to an enemy or take it from one: bodies that bear arms or rule, and
# bodies the model left untyped ("MUJAO", "AQIM" read as organisations)
SIDE_KINDS = frozenset({"ArmedGroup", "Government", "Country", "Organization"})
RETAKING_TRIGGER = re.compile(r"^re(?:take|took|captur|gain|claim|occup|enter)", re.IGNORECASE)


def is_retaking(mention: RelationMention) -> bool:
    """ "retook P", "took P back", "won back P": the taker held P before someone else did."""
    return is_retaking_told(mention.triggers, mention.sentence)


def is_retaking_told(triggers: tuple[str, ...], sentence: str) -> bool:
    """``is_retaking`` for a statement's triggers and sentence (a mention's, or the
    graph's evidence of one)."""
    trigger = triggers[0] if triggers else ""
    if RETAKING_TRIGGER.match(trigger):
        return True
    return re.search(rf"\b{re.escape(trigger)}\b(?: \S+){{0,3}}? back\b", sentence) is not None


def state_of_body(mention: EntityMention) -> str | None:
    """The state a country, its government or its army (by frontline's name for it, or
    a unit named as the state's: "Belgium's Para-Commando Regiment") is."""
    if mention.kind == "Country":
        return mention.name
    if mention.kind == "Government" or (mention.canonical or "").endswith(" army"):
        place = gazetteer.country_opening(mention.name)
        return place.name if place is not None else None
    owner = re.search(r"\b([A-Z]\w*(?: [A-Z]\w*)*)['’]s ", mention.text) if mention.kind == "ArmedGroup" else None
    place = gazetteer.country(owner.group(1)) if owner is not None else None
    return place.name if place is not None else None


def holders_before(
    mentions: list[RelationMention], retaking: RelationMention, takers_in: set[tuple[int, str]]
) -> list[RelationMention]:
    """Who another sentence of the story says held a place before the news's taking of
    it: one who lost it (not to a taker that sentence names, ``takers_in`` holding each
    sentence's taken places: that taker is whom the loser fought), one who held it in
    the past, and, when the news is a retaking, one who took it in the past or on a
    day the story names."""
    before = []
    for m in mentions:
        if m.predicate != "controls" or not m.is_fact or m.sentence_start == retaking.sentence_start:
            continue
        if m.object.name != retaking.object.name or m.subject.kind not in SIDE_KINDS:
            continue
        dated = (m.stated_year, m.stated_month, m.stated_weekday) != (None, None, None)
        if m.control_change == "loss":
            if not (m.timeline_rank == 0 and dated and (m.sentence_start, m.object.name) in takers_in):
                before.append(m)
        elif m.control_change is None:
            if m.timeline_rank == 0:
                before.append(m)
        elif m.timeline_rank == 0 and not retold_by_lead(mentions, retaking, m) or dated and is_retaking(retaking):
            before.append(m)
    return before


def retold_by_lead(mentions: list[RelationMention], headline: RelationMention, told: RelationMention) -> bool:
    """A headline's taking and one the story's first sentence tells, undated: the same
    news told twice, whatever rank the lead's parse gave it ("Garrison surrenders to
    X" over "... a day of fighting in which columns pushed into the capital")."""
    if headline.sentence_start > 0 or (told.stated_year, told.stated_month, told.stated_weekday) != (None, None, None):
        return False
    return told.sentence_start == min((m.sentence_start for m in mentions if m.sentence_start > 0), default=None)


def with_fights_over_retaken_places(mentions: list[RelationMention], unfought_sentences: list[str]) -> list[RelationMention]:
    """ "Troops took back P" where another sentence of the story says P fell to B
    before (or that B lost it): who takes a place now fights whoever the story says
    held it before (never a partner, nor the same state). The fight is stated by the
    taking; the story names the holder. ``unfought_sentences``: the story's sentences
    that tell of a place changing hands without a fight ("met no resistance")."""
    known = statement_keys(mentions)
    allied = {
        frozenset((actor_key(m.subject), actor_key(m.object))) for m in mentions
        if m.predicate in {"backs", "memberOf", "partOf", "leads"}
    } | joint_holders(mentions)
    # a place the story says changed hands with no fight, and the sentences that say so
    unfought: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.predicate == "controls":
            unfought[m.object.name] |= {sentence.strip() for sentence in unfought_sentences if m.object.name in sentence}
    takers_in = {(m.sentence_start, m.object.name) for m in mentions if m.predicate == "controls" and m.control_change == "gain"}
    added: list[RelationMention] = []
    for gain in mentions:
        if gain.predicate != "controls" or gain.control_change != "gain" or not gain.is_fact or gain.timeline_rank != 1:
            continue
        if gain.subject.kind not in SIDE_KINDS:
            continue
        taker_state = state_of_body(gain.subject)
        for held in holders_before(mentions, gain, takers_in):
            pair = frozenset((actor_key(gain.subject), actor_key(held.subject)))
            if len(pair) < 2 or pair in allied:
                continue
            if unfought[gain.object.name] - {held.sentence.strip()}:
                continue  # (not "X had seized P almost without a shot": how the holder before took it)
            if taker_state is not None and taker_state == state_of_body(held.subject):
                continue
            key = (actor_key(gain.subject), "fights", actor_key(held.subject), gain.sentence_start)
            if key not in known and fits("fights", gain.subject, held.subject):
                known.add(key)
                added.append(replace(gain, predicate="fights", object=held.subject, control_change=None))
    return mentions + added


def joint_holders(mentions: list[RelationMention]) -> set[frozenset[str]]:
    """Pairs one sentence says hold a place together ("Syrian troops and the Russian
    units held the town"): partners, whoever of them entered it last."""
    holders: dict[tuple[int, str], set[str]] = defaultdict(set)
    for m in mentions:
        if m.predicate == "controls" and m.is_fact and m.control_change != "loss":
            holders[(m.sentence_start, m.object.name)].add(actor_key(m.subject))
    return {frozenset((a, b)) for names in holders.values() for a in names for b in names if a != b}


def actor_key(mention: EntityMention) -> str:
    return mention.commander or mention.name


def statement_keys(mentions: list[RelationMention]) -> set[tuple[str, str, str, int]]:
    """(subject, predicate, object, sentence) of each statement: what an inferred one must not repeat."""
    return {(actor_key(m.subject), m.predicate, actor_key(m.object), m.sentence_start) for m in mentions}


def is_now(trigger: Token) -> bool:
    """ "is now led by X", "now heads X", "was replaced by X": a leader named as the
    current one."""
    if trigger.lower_ == "replaced":
        return True
    return any(c.lower_ == "now" for c in trigger.children) or trigger.i > 0 and trigger.doc[trigger.i - 1].lower_ == "now"


# Words by which a ruler leaves power: "X resigned", "X stepped down", "X was ousted",
# "X fled into exile" (only these words are looked at: the whole text is not walked)
LEAVING_POWER_WORDS = frozenset("resign resigns resigned resigning abdicate abdicates abdicated abdicating".split())
OUSTED_WORDS = frozenset("ousted overthrown deposed toppled overthrew unseated".split())
# A ruler put back: "restored the elected government", "was reinstated as president"
RESTORED = re.compile(
    r"\b(?:restored|reinstated)\b(?:\s+\w+){0,3}?\s+(?:government|president|to power|to office|as)\b|\b(?:returned to|back in) power\b",
    re.IGNORECASE,
)
# The past tenses by which someone ousts a ruler: "officers overthrew President X"
# (all but the participle, which only a passive takes)
OUSTING_WORDS = OUSTED_WORDS - {"overthrown"}
STEPPING_WORDS = frozenset("step steps stepped stepping".split())
# Words by which a sentence ends a ruler's time (read by bare_title_state): the ousting
# words above, and "forced President X to resign", "after the assassination of President
# X", "Prime Minister X surrendered ... and handed power to", "stepped aside", "fled into
# exile" (with all the leaving-power words, "resigns", "step", one true title and one
# false went over dev..dev131: no gain)
RULE_ENDING_WORDS = OUSTED_WORDS | frozenset(
    "resign resigned resignation assassination assassinated coup overthrow death surrendered stepped fled exile".split()
)
# "X was forced from office", "forced from power": ousted in other words
FORCED_WORDS = frozenset({"forced"})
OFFICE_WORDS = frozenset({"office", "power"})


def departed_people(finder: ArgumentFinder) -> frozenset[str]:
    """Names of the people the article says left power: resigned, stepped down, were
    ousted ("X was ousted", "officers overthrew X") or went into exile."""
    names: set[str] = set()
    lowers = finder.lowers
    # ("the AFRC overthrew X in 1997 ... until Y restored the elected government": back)
    restored = RESTORED.search(finder.text) is not None
    for k in finder.reading.where_lower(LEAVING_POWER_WORDS | OUSTED_WORDS | STEPPING_WORDS | FORCED_WORDS | {"exile"}):
        token = finder.tokens[k]
        word = lowers[k]
        if word == "exile":
            if k == 0 or lowers[k - 1] != "into" or token.head.pos_ != "VERB":
                continue  # "flew into exile": the verb it hangs on
            token = token.head
        elif word in STEPPING_WORDS and not any(c.lower_ == "down" for c in token.children):
            continue
        elif word in OUSTED_WORDS and not is_passive(token):
            # "young officers overthrew President X": the one ousted is the object
            if word in OUSTING_WORDS and not is_negated(token) and not restored and not any(
                c.dep_ in {"aux", "aux:pass"} and c.lower_ in MODALS for c in token.children
            ):
                names.update(p.name for p in ousted_named_after(k, finder))
            continue
        elif word in FORCED_WORDS and not (
            is_passive(token) and any(p == "from" and lowers[n.i] in OFFICE_WORDS for p, n in prepositional_objects(token))
        ):
            continue
        if is_negated(token):
            continue
        for person in finder.mentions(subject_of_clause(token)):
            if person.kind == "Person":
                names.add(person.name)
    for k in finder.reading.where_lower(DEPARTURE_NOUNS):
        # "a week after Mengistu's flight", "since X's overthrow": the ruler is gone
        owner = finder.by_token.get(k - 2) if k >= 2 and lowers[k - 1] in {"'s", "’s"} else None
        if owner is not None and owner.end == k - 1 and (person := finder.span_mention(owner)).kind == "Person":
            names.add(person.name)
    return frozenset(names)


def ousted_named_after(k: int, finder: ArgumentFinder) -> list[EntityMention]:
    """The person named right after an ousting verb at token ``k`` ("overthrew President
    X", "deposed the king, Y"), by position: the parser may make the verb a modifier."""
    for j in range(k + 1, min(k + 5, len(finder.tokens))):
        span = finder.by_token.get(j)
        if span is not None:
            person = finder.span_mention(span)
            return [person] if person.kind == "Person" else []
        if finder.tokens[j].is_punct and finder.lowers[j] != ",":
            return []
    return []


# Nouns of a ruler's going, owned by him: "Mengistu's flight", "X's overthrow"
DEPARTURE_NOUNS = frozenset("flight fall overthrow ouster resignation downfall abdication".split())


def without_departed_rulers(mentions: list[RelationMention], departed: frozenset[str]) -> list[RelationMention]:
    """Drop "X leads the government/country" for a ruler the article says resigned or
    fled ("President X resigned before dawn ... relations with X's government"): the
    story names a state by him after he left. A lone surname counts as him."""
    if not departed:
        return mentions
    words = {word for name in departed for word in name.split()}  # ("Somoza" of "Anastasio Somoza Debayle")

    def is_departed(name: str) -> bool:
        return name in departed or (" " not in name and name in words)

    return [
        m for m in mentions
        if not (m.predicate == "leads" and m.object.kind in {"Government", "Country"} and is_departed(m.subject.name))
    ]


def without_superseded_leaders(mentions: list[RelationMention], led_now: list[RelationMention]) -> list[RelationMention]:
    """Drop the leaders of a group named up to the sentence that says who leads it now
    ("its wartime commander, A, was pulled out; it is now led by B"): A led it before."""
    return [
        m for m in mentions
        if not (m.predicate == "leads" and any(
            now.object.name == m.object.name and now.subject.name != m.subject.name and m.sentence_start <= now.sentence_start
            for now in led_now
        ))
    ]


def without_gain_and_loss_at_once(mentions: list[RelationMention]) -> list[RelationMention]:
    """Drop a loss of a place by the actor one word gains it by ("helped A retake P
    from the rebels", with "the rebels" misread as A): one verb never does both."""
    gains = {
        (m.sentence_start, m.triggers, m.subject.name, m.object.name)
        for m in mentions if m.predicate == "controls" and m.control_change == "gain"
    }
    return [
        m for m in mentions
        if not (m.predicate == "controls" and m.control_change == "loss"
                and (m.sentence_start, m.triggers, m.subject.name, m.object.name) in gains)
    ]


def without_towns_as_actors(mentions: list[RelationMention]) -> list[RelationMention]:
    """Drop "Raqqa fights X", "A fights Bentiu": a place the same article has held,
    taken or located somewhere is a town, never a side (the NER calls small towns and
    regions that act alike GPE, and only the story tells them apart)."""
    towns = {m.object.name for m in mentions if m.predicate == "controls" and m.object.kind == "Place"}
    towns |= {m.subject.name for m in mentions if m.predicate == "locatedIn" and m.subject.kind == "Place"}
    return [
        m for m in mentions
        if m.predicate not in {"fights", "backs", "opposes"}
        or not any(side.kind == "Place" and side.name in towns for side in (m.subject, m.object))
    ]


register_lemmas(
    [*VERB_TRIGGERS, *OUSTING_VERBS, *HANDOVER_VERBS, *GIVING_VERBS, *LIGHT_VERBS, *SPEECH_VERBS, *DENIAL_VERBS, *CLAIM_VERBS, *HEDGING_VERBS,
     *NEGATING_GOVERNORS, *HYPOTHETICAL_GOVERNORS, *ACHIEVEMENT_GOVERNORS,
     "call", "urge", "press", "demand", "warn", "halt", "stop", "end", "cease", "stand", "refrain",
     *PHRASAL_FIGHT_LEMMAS]
)
