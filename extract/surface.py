"""Surface patterns: a safety net for sentences the parser gets wrong.

A statistical parser trained on 12,000 sentences misattaches often enough that a
plain "A seized B" or "B was backed by A, C and D" can come out with the wrong
heads. These patterns read the sentence as a flat sequence of entity units and words
and find the commonest phrasings of the core relations directly. They only propose
candidates: type checks, flags (negation, hypothesis, attribution) and deduplication
are the same as for the dependency rules, and a pattern hit has lower confidence.

The sentence is encoded as text: each entity (or a force noun that resolves to one,
"Toure's forces") becomes ``E<k>``, other tokens their lower-case form, joined by
single spaces; patterns are regular expressions over that text.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Iterator, Sequence

from spacy.tokens import Span, Token

from frontline.extract.records import EntityMention
from frontline.extract.syntax import APPOSED_PLACE_PLURALS

ENT = r"(E\d++)"
# A subject may be named with its parent: "the X Operation of the Y seized ..."
# ... or with its acronym, or followed by a description between commas:
# "HTS, an Islamist group led by X, seized ..."
# Not a backer named after "by": "militias armed by E1 attacked ..." is the militias' attack
BACKING_BY = ("backed by ", "armed by ", "supported by ", "funded by ", "trained by ", "paid by ")
NOT_BACKER = "".join(
    rf"(?<!{by})" for by in BACKING_BY
) + "".join(  # ("columns backed by E1 of the E2 entered X": nor E2, the backer's owner)
    rf"(?<!{by}E\d{digits} of{the} )" for by in BACKING_BY for digits in ("", "\\d") for the in ("", " the")
)
SUBJ = (
    # (not a place after a preposition: "fighters crossing from E1 captured ...", "troops
    # flown in from E1 secured ..."; but
    # "a bomber from E1 killed ..." is E1's man)
    # (nor the side fought on: "troops fighting alongside E1 took ...")
    r"(?<!ing from )(?<! in from )(?<!into )(?<!across )(?<!near )(?<!alongside )(?<!alongside the )(?<!beside )(?<!beside the )(?<!side of )(?<!side of the )"
    + NOT_BACKER +
    r"(E\d++)(?: \( E\d++ \))?(?: of (?:the )?E\d++)?(?: (?:rebel|armed|militant|paramilitary|militia)? ?group)?"
    r"(?: (?:fighting|battling) (?:alongside|on the side of) (?:the )?(?:(?!E\d)[\w-]+ )?E\d++)?"  # "troops fighting alongside (President) E1 took ..."
    r"(?: , whose [^,]{1,40}(?: , E\d++ ,)? [^,]{1,100} ,(?! [\w-]+ing\b))?"  # "X, whose president, Y, has warned ..., has sent"
    # (a post of a body set off after a man does not carry him to a "which" after it:
    # "X , the commander of the E1 , which has fought alongside ..." is the body's)
    # (nor a clause of saying: "In E0 , the E1 said ... that E2 , the X , still held Y")
    r"(?: , (?![^,]* (?:said|says|told|tells) )(?!(?:the |its )?(?:commander|leader|chief|head|founder|spokesman) of [^,]{1,60} , (?:which|that) )(?:(?:now|later|since|also) )?(?:an?|another|the|which|who|with|(?:fewer|more) than|numbering|(?:some|about|perhaps|nearly|roughly) [\d,]+|E\d++ 's|[\w-]+(?:ed|en)|sent|led|built|made|bought|(?:fighting|battling)(?= alongside| on the side of)|(?:taking|flying|operating|crossing|coming|moving|advancing|working) (?:off |in |out )?(?:from|out of)|using|wielding|carrying) (?:[^,]|(?<=\d),(?=\d)){1,100}"
    r"(?: , (?:an?|the|which|who|widely|also|better|known|or) [^,]{1,100})? ,(?! [\w-]+ing\b))?"  # ", led by X, widely known as Y,"; ", using the captured rifles,"; ", now called X, or Y,"
    r"(?: and (?:[\w-]+ ){0,2}(?:fighters|militias|militiamen|troops|forces|allies|infantry|tanks|armour|armor|artillery|paratroopers|marines|services))?"  # "X and clan fighters seize ...", "Soviet tanks and infantry"
    r"(?: (?:loyal|allied) to (?:(?!E\d)[\w.-]+ ){0,3}?E\d++)?"  # "troops loyal to (President) X retook ..."
    r"(?: (?:flown|airlifted|brought|rushed|sent|shipped|moved) in from (?:neighbouring |nearby )?E\d++)?"  # "French troops flown in from E1 secured ..."
    r"(?: (?:backed|supported|armed|trained|funded|led) by (?:the )?E\d++(?: and (?:the )?E\d++)?)?"  # "rebels backed by X took ..."
)
# Not right after a form of "be": a past participle there is a passive ("were trained in X")
NOT_PASSIVE = "".join(rf"(?<!\b{be} )" for be in ("is", "are", "was", "were", "be", "been", "being"))
# Nouns that stand for their owner: "their offensive, backed by ..."
PROXY = r"(?: (?:offensive|campaign|attack|assault|advance|push|forces|troops|fighters))?"
# Places named by the name of what they lie in ("Dagestan villages"), or of whom they
# belong to ("Renamo headquarters at X": X is taken, not Renamo)
PLACES_OF = r"(?:villages|towns|cities|districts|settlements|provinces|outposts|headquarters|bases?|strongholds?|camps?)"
# "A, B and C", "A and B", "A, B as well as C"
# (", and" joins a list of three or more; "A, and B ..." is two clauses)
# ("A, B and the town centre": the names of a list whose last item is none)
# (the last item may be "the southern town of E": "took A and the southern town of B")
# (or a body's detachment: "held by A and a platoon of the B")
# Sites named by the town they are at: "the military base at B" is B's (only the place)
SITE_AT_NOUNS = frozenset("base airbase airfield barracks positions posts outposts harbour harbor".split())
LAST_ITEM = (
    rf"(?:the )?(?:(?:[a-z-]+ )?(?:town|city|village|port) of |(?:[a-z-]+ )?(?:{'|'.join(sorted(SITE_AT_NOUNS))}) (?:at|of) )?"  # "A and the military base at B"
    r"(?:(?:the )?(?:centre|center|heart|rest|bulk) of (?:the )?)?"  # "hold A city and the centre of B"
    # ("the port, the hospital and the districts of A and B": both named places)
    r"(?:(?:[a-z-]+ )?(?:towns|cities|villages|districts|neighbourhoods|neighborhoods|suburbs|ports|terminals) (?:of|at) (?:the )?E\d++(?: , (?:the )?E\d++)*(?: ,)? and (?:the )?)?"
    r"(?:(?:an? |two |three )?(?:platoon|platoons|company|companies|detachment|detachments|battalion|battalions|unit|units) of (?:the )?"
    r"|(?:mostly |largely |mainly )?(?:[a-z-]+ )?(?:volunteers|fighters|militiamen) of (?:the )?)?E\d++"  # "A and the mostly Shia volunteers of the B"
)
# (an item may carry its acronym: "the Ta'ang National Liberation Army (TNLA) and the Arakan Army (AA)")
ITEM = r"E\d++(?: \( E\d++ \))?"
LIST = (
    rf"({ITEM}(?: , (?:the )?{ITEM})+(?: ,)? (?:and|as well as) {LAST_ITEM}|{ITEM}(?: , (?:the )?{ITEM})+(?= (?:, )?and )"
    rf"|{ITEM} (?:and|as well as) {LAST_ITEM}|E\d++)"
)
# (with the distancing words news puts before a group's own name: "the so-called X")
ART = r"(?:the |a |an |its |their |this )?(?:so - called |self - styled |self - proclaimed |self - declared )?"
# What a force sends in support: "armoured battalions of X", "two companies of the X"
UNITS_OF = (
    rf"(?:(?:[\w-]+ ){{0,2}}?(?:battalions|brigades|units|companies|troops|elements|regiments) of {ART})?"
)
# High ground named by the place it stands at: "entrenched on the hill at X"
HEIGHT_AT = r"(?:the (?:[a-z-]+ )?(?:hill|hills|ridge|ridges|heights|high ground|headland|hilltop) (?:at|of|above|overlooking) )?"
# Nouns a body is described by after its name: "X, a mercenary unit fighting for Y"
BODY_NOUN = r"(?:unit|force|militia|group|brigade|battalion|regiment|legion|movement|faction|outfit|army|guerrilla army|rebel group)"
# Parts of a town that stand for it when someone is in control of them: "the streets of X"
TOWN_PART = r"(?:streets|centre|center|heart)"
# An armed group's seat, as taking it names the enemy: "the headquarters of B", "the B
# army's main armoured base"
SEAT = (
    r"(?:(?:last|main|former|chief|biggest|key|remaining|only|rear|military|political|operational|armou?red|forward"
    r"|downtown|mountain|jungle|desert|traditional|northern|southern|eastern|western) )*"  # "the downtown stronghold of X"
    r"(?:stronghold|bastion|heartland|headquarters|base|hideout|redoubt|seat)"
)
# Titles of those who head a state or its government: "the government of Emperor X"
RULER_TITLE = r"(?:president|prime minister|emperor|king|queen|shah|sultan|emir|general|gen\.|field marshal|marshal|colonel|col\.)"
# Lower-case words describing a unit, no list's joint: "provincial", "northern"
DESCRIBING = r"(?!and |or |the )[a-z-]+ "
# A unit's word after its body's name: "the Viet Cong provincial battalion"
UNIT_WORD = r"(?:battalion|brigade|regiment|division|company|detachment)"
# Ranks before a commander's name: "occupied by Field Marshal X's forces"
MILITARY_TITLES = r"(?:(?:gen\.|general|lt\.|lieutenant|col\.|colonel|field marshal|marshal|maj\.|major|brig\.|brigadier|admiral|capt\.|captain) )*"
# Words before a ruler's title that rank it: "Air Vice-Marshal", "Deputy Prime Minister"
TITLE_RANK = r"(?:air|vice|deputy|acting|interim|-)"
# Words of a commander's title before his name, after "under": "under Lt. Gen. Sir X"
COMMANDER_TITLE = r"[a-z]+\.|sir|general|colonel|major|captain|commander|brigadier|lieutenant|admiral|field|marshal"
# A subject with partners: "A, together with B and the C brigade, controls ..." (all of them)
WITH_PARTNERS = (
    r"(E\d++ , (?:together|along) with (?:the )?(?:(?!E\d)[\w-]+ ){0,2}?E\d++"
    r"(?: (?:, |and |, and )(?:the )?(?:(?!E\d)[\w-]+ ){0,2}?E\d++)*(?: (?!E\d)[\w-]+){0,4} ,)"
)
# a list whose names carry modifiers: "A, the pro-government B and the C"
MODIFIED_LIST = r"((?:the )?(?:(?!E\d)[\w-]+ ){0,3}?E\d++(?: , (?:the )?(?:(?!E\d)[\w-]+ ){0,3}?E\d++)*(?: ,)? and (?:the )?(?:(?!E\d)[\w-]+ ){0,3}?E\d++)"
# Giving ground in a headline's second clause: "A take P as B flee", "as the army collapses"
GIVING_WAY = (
    r"flee|flees|fled|withdraw|withdraws|withdrew|retreat|retreats|retreated|pull out|pulls out|pulled out|pull back|pulls back"
    r"|fall back|falls back|fell back|slip back|slips back|slipped back|slip away|slips away|slipped away"
    r"|collapse|collapses|collapsed|surrender|surrenders|surrendered|lay down (?:its|their) arms|lays down (?:its|their) arms"
)
# ... and in its first: "A abandons P as B move in", "A pulls troops out of P as B claims it"
LEAVING = (
    r"abandons|abandoned|abandon|quits|quit|leaves|left|leave|pulls out of|pulled out of|pull out of|pull back from|pulls back from"
    r"|pulled back from|withdraws from|withdrew from|withdraw from|flees|fled|(?:pull|pulls|pulled) (?:its |their )?(?:troops|forces) out of"
)
# ... and the side that comes in
MOVING_IN = (
    r"move in|moves in|moved in|move into|moves into|moved into|retake|retakes|retook|enter|enters|entered"
    r"|take over|takes over|took over|seize|seizes|seized|capture|captures|captured"
)
TAKING = (
    r"seized|seizes|seize|captured|captures|capture|took|takes|take|taken|retook|retakes|retake|retaken|recaptured|recaptures|recapture"
    r"|overran|overrun|overruns|regained|occupied|liberated|took over|taken over|took back|taken back|entered|enter|enters|secured"
    r"|seizing|capturing|taking|retaking|recapturing|overrunning|entering|occupying|stormed|storming"
    r"|walked into|marched into|moved into|rolled into|swept into|broke into|poured into|pushed into"  # "fighters walked into Kabul"
    r"|drove into|drives into|driving into|rode into|streamed into|stormed into|moving into|marching into|rolling into|sweeping into"
    r"|sweep into|sweeps into|march into|marches into|roll into|rolls into|pour into|pours into"  # (a headline's present; not "move into", "push into": a plan, a noun)
    r"|marched back into|moved back into|rolled back into|drove back into|swept back into|walked back into|went back into"
    r"|fought (?:its|their|E\d++) way into|fighting (?:its|their|E\d++) way into|battled (?:its|their|E\d++) way into|forced (?:its|their|E\d++) way into"  # ("its": a unit, the group it stands for)
    r"|re - entered|re - enter|re - enters|re - entering|re - took|re - take|re - takes|re - taken|re - captured|re - occupied"  # (the parser reads no verb there)
    r"|swept through|sweeping through|swept across|sweeping across"  # "since they swept through Mosul"
)
ATTACKING = (
    r"attacked|attacks|attacking|fought|fights|fighting|battled|battles|shelled|shelling|bombed|bombing|targeted|targeting"
    r"|repelled|ambushed|clashed with|clashed repeatedly with|clashed again with|besieged|routed|struck|strikes|striking|pounded|pounding"
    r"|raided|raiding|stormed|storming|overran|overrun|overrunning|overwhelmed|overpowered|fired on|opened fire on|firing on|hunted|hunts|hunting|strafed|strafing"
    r"|took on|takes on|taking on"  # "Amal also took on Israeli troops"
    r"|beat off|beat back|fought off|held off|fended off|repulsed"  # "the defenders held off the adoo"
    r"|killed|kills|killing"  # "X killed nine Y fighters": the parser often reads "killed" as a modifier
)
# The first of two deeds a subject does ("X recaptured A and drove ..."): a past tense
FIRST_DEED = r"(?:[a-z]+ed|took|drove|swept|broke|overran|overrode|fought|won|struck|beat|rode|went|came|ran)"
DRIVING = r"drove|drive|drives|driven|driving|pushed|pushes|push|chased|chases|chase|forced|forces|force|expelled|expels|expel|flushed|kicked|ousted|ousts|oust|routed"
# How many of the attacked: "killed at least nine Y fighters", "routed dozens of Y"
COUNT = (
    r"(?:(?:at least |more than |about |nearly |around |some |up to )?"
    r"(?:[\d,]+|several|many|dozens of|scores of|hundreds of|two|three|four|five|six|seven|eight|nine|ten|some) (?:of )?)?"  # ("several of the rebels")
)
# "troops of the army's X Division": the unit is X
TROOPS_OF = r"(?:(?:troops|forces|fighters|units|soldiers|members|men) of (?:the )?(?:[\w-]+ 's )?)?"
# "a small party of X", "a detachment of X": some of X's men
BAND_OF = r"(?:(?:a|an) (?:small |large )?(?:party|detachment|group|band|column|company|patrol|platoon|contingent|unit) of (?:the )?)"
# Posts held by many at once: "one of AQIM's senior commanders" is a member
MANY_POSTS = "commanders|leaders|chiefs|founders|officers|generals|ministers|deputies|ideologues"
# "accused X of arming Y" is a claim that X backs Y, not opposition to X
RELATION_GERUNDS = (
    "arming|backing|supporting|supplying|funding|financing|sending|training|helping|equipping|selling|providing|shipping|smuggling"
    "|fighting|attacking|shelling|bombing|seizing|capturing|holding|controlling|occupying"
    "|engineering|instigating|orchestrating|fomenting|sponsoring|harbouring|harboring|sheltering|colluding|collaborating|conspiring"
)
# What is given when giving is backing: "sent arms to X", "gave X aid" (read by the
# dependency rules too); the patterns also take "handed rifles to X".
MATERIAL_NOUNS = frozenset(
    "arms weapon weapons troops aid drones ammunition equipment fighters money funds support "
    "assistance advisers mercenaries missiles tanks jets aircraft intelligence training".split()
)
# More of what is given that the dependency rules do not read: "has given X's army radars"
MORE_MATERIAL = frozenset(
    "fuel rifles guns radars armour armor vehicles trucks lorries artillery rockets launchers shells helicopters munitions dollars loans credits"
    " mortars planes warplanes bombers warships gunboats".split()
)
MATERIAL = "(?:" + "|".join(sorted(MATERIAL_NOUNS | MORE_MATERIAL, key=lambda w: (-len(w), w))) + ")"
# How much one side leans on another, and what it leans on it for (see the reliance patterns)
RELIANCE_DEGREE = "heavily|largely|increasingly|entirely|wholly|mostly|mainly|chiefly|almost entirely|still|now"
LEANT_ON_THING = rf"(?:[\w-]+ )?(?:{MATERIAL}|loans|advisers|militias|militiamen|units)"
LEANT_ON = (
    # ("on tanks , artillery and fuel supplied by A and B": each thing, each giver)
    rf"(?:{LEANT_ON_THING}(?: , {LEANT_ON_THING})*(?: ,)?(?: and {LEANT_ON_THING})? (?:from|of|sent by|supplied by) {ART})?"
    rf"{COUNT}(?:(?!what |whether |how |who |which |when |if )[a-z-]+ )?(E\d++(?: , (?:the )?E\d++)*(?: ,)? and (?:the )?E\d++|E\d++)"  # ("on the Krajina E1": a word the name recogniser left out; "on some 14,000 E1 troops")
    # (its "its" may be read as a name: "for E2 security")
    rf"(?= for (?:(?:its |their |his |heavy |military |the |E\d++ )?(?:{MATERIAL}|money|cash|protection|security|survival|supplies|logistics|funding|loans)\b)| , |$| \.| (?:from|sent by|supplied by) )"  # ("fighters from A", "weapons sent by A")
)
# A place's description and a relative pronoun between it and what is said of it:
# "X, the country's second city, which remains ...", "X, which has remained ..."
# ", a sprawling district", ", a district that voted for X ," (closed before its verb)
# ("the whole of A, including B, is under X's control": A's part named on the way)
DESCRIBED = r"(?: , including (?:the )?E\d++ ,)?(?: , (?:an?|the|two|three|four|both|some|about|roughly|nearly|only|just) (?:[^,E]{1,60}|[^,E]{1,40} of (?:the )?E\d++ (?:that|which)|[^,]{1,80}? ,(?= (?:also |still |now )?(?:has|have|had|is|are|was|were|remains|remain|remained) ))| , E\d++ 's [^,E]{1,40})?(?: , (?:which|that))?"  # (", Gaddafi's hometown, which"; ", two districts of A that")
# How firmly ground is held: "remains firmly in X's hands", "is now under X's control"
# ("is now back in the hands of"; not "With X back in its hands, the army ...", whose
# "its" looks ahead)
# When a hold is said to last, right after "hands" or "control": "in X hands tonight"
HANDS_TIME = r"(?: (?:tonight|today|yesterday|now|still|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)))?"
HELD_HOW = r"(?:also |now |still |firmly |largely |fully |effectively |completely |entirely |totally )?(?:(?:(?<=is )|(?<=was )|(?<=are )|(?<=now ))back )?"
# A participle set off after a place, saying what befell it: ", reduced to rubble by weeks of shelling,"
PARTICIPLE_ASIDE = r" , [a-z]+ed (?:[^,E]{1,80}) ,"
# A word that says which side before its name: "fell to the advancing X", "in the hands of the new X"
SIDE_WORD = r"(?:(?:new|northern|southern|eastern|western|rebel|government|separatist|federal|loyalist|advancing) )?"
BE = r"(?:is|are|was|were|remains|remain|remained|has been|have been|had been|has remained|have remained|had remained|stays|stayed|has stayed|have stayed|had stayed)"
# A head's post with one word before it: "military chief" (not "deputy chief")
# A body's outlets: "the group's television station", "the front's radio station"
MEDIA = r"(?:radio station|television station|television channel|tv station|tv channel|news agency|news E\d++|radio|television|channel|station|newspaper|broadcaster|mouthpiece)"  # ("news E2": "agency" read as the outlet named)
# What "B, a ... town in C" calls the place it describes
SETTLEMENT = r"(?:town|city|village|district|region|port|camp|stronghold|suburb|neighbourhood|neighborhood)"
# "the regional commander", "a battalion commander": a part of the body his, not the body
# (not "field commander": often the whole army's, "the RUF's field commander")
PART_SCOPES = frozenset("regional local district provincial sector area zone garrison battalion brigade company platoon".split())
# Words before "commander" that make him a member: a second rank, or the head of a part
NOT_THE_HEAD = "(?!" + "|".join(f"{word} " for word in ("deputy", "assistant", "vice", *sorted(PART_SCOPES))) + ")"
# A name that only qualifies the title after it: "led by the former E2 commander E3" is
# E3's lead (E2 was his body once), not E2's
NOT_A_TITLES_QUALIFIER = r"(?! (?:[\w-]+ )?(?:commander|leader|chief|head|general|colonel|officer|official|veteran|member|spokesman|president|minister|founder) E\d)"
LEADER_ROLE = rf"(?:{NOT_THE_HEAD}[\w-]+ )?(?:leader|commander(?: - in - chief)?|head|chief|director|founder)"  # (the tokenizer splits "commander-in-chief")
# (not "with": "ruled X with Soviet backing" is no X backing anyone)
# A day or season between a fight and its foe: "on Sunday", "overnight", "through the night"
TIME_PHRASE = r"(?:(?:on|through|throughout|during|late on|early on) (?:the )?(?:(?!E\d)[\w-]+ ){1,2}|overnight )?"
# (never the noun the name modifies: "Madagascar court backs X" is the court's word, not the state's)
NOT_SUBJECT_HEAD = (
    r"(?!(?:court|courts|judges|parliament|congress|senate|assembly|lawmakers|legislators|voters|opposition|press|media"
    r"|newspaper|newspapers|church|clergy|students|unions) )"
)
GAP = rf"(?:(?!E\d|and |or |but |of |with ){NOT_SUBJECT_HEAD}\w[\w-]* ){{0,2}}?(?:for (?:years|decades|months) )?"  # "has long", "have reportedly" between subject and verb
# A quarter of a place, as the encoded text spells it: "north", "northeast", "north - west"
# (a hyphen is a word of its own), "far south - west"
QUARTER = r"(?:(?:far|extreme) )?(?:(?:north|south)(?: - )?(?:east|west)|north|south|east|west)"
# Words that rank a town among others: "the main town of X", "the first city of X" is
# one town in X, not X (the relation rules ask the tagger for other superlatives)
RANKING_WORDS = frozenset("first second third last only main chief principal leading".split())
RANKED = "|".join(sorted(RANKING_WORDS | {"largest", "biggest", "greatest", "oldest", "most"}))
CONTROL = (
    r"(?:E\d++ 's (?:[\w-]+ )?(?:capital|city|town|port) , )?"  # "hold Yemen's capital, Sanaa"
    r"(?:the (?:E\d++|city|town|capital|port|province|region|district) 's )?"  # "moved into the city's X airport" (the city may be read as the place it stands for)
    r"(?:full |complete |total |sole |effective |firm )?(?:control (?:of|over) )?(?:(?:most|part|parts|much|half|all|(?:(?:large|vast|wide|big) )?(?:parts|swathes|areas)) of )?"
    r"(?:the (?:defence|defense|security|protection|guarding) of )?"  # "took over the defence of the airport"
    r"(?:(?:little|nothing|not much) (?:more |else )?than )?"  # "holds little more than the capital"
    r"(?:the (?:centre|center|heart|bulk|rest|whole|countryside|hinterland) of )?"  # "most of the countryside of X"
    r"(?:the (?:last (?:few |remaining )?)?(?:blocks|streets) of )?"  # "overran the last few blocks of X"
    # ("the north-eastern town of X": the hyphen is a word of its own)
    # (not a town ranked among a region's: "the main town of X", "the largest city of X")
    rf"(?:the (?!(?:[\w-]+ ){{0,2}}?(?:{RANKED}) )(?:[\w-]+ ){{0,3}}?(?:town|city|village|port|district|province|region|department|airport|airbase|base|stronghold|heights|plateau|fortress|fort|citadel|island|suburb|enclave|oasis) of )?"  # "marched into the fortress of X": X itself
    r"(?:the (?:[\w-]+ )?(?:airfields?|air bases?|airbases?|bases|barracks|towns|villages|cities|islands|terminals?|airstrip|pass) (?:at|of) )?"  # "the airfields at X", "the oil terminal at X"
    r"(?:the (?:upper|lower|old|central|northern|southern|eastern|western|strategic|ruined|besieged|walled|fortified|historic|inner|outer) )?"  # "took the upper X", "hold most of the walled X"
    r"(?:(?:the )?(?:[\w-]+ )?(?:headquarters|base|stronghold|camp) at )?"  # "overran Renamo headquarters at X"
)


# " A, the provincial capital, in December and the town of B": B, after A's apposition
APPOSED_SECOND = (
    r" (?:the (?:[\w-]+ )?(?:airfields?|air bases?|airbases?|bases|barracks) at )?"  # "hold the airfields at A, just east of the city, and B"
    r"(?:the |a |an |its |their )?E\d++ , (?:(?:the |an? |just |about )?(?:E\d++ 's )?(?:(?:[\w-]+|E\d++) ){1,6}"  # ("A, a town just west of B, and C")
    r"|(?:seized|taken|captured|retaken|recaptured|won|lost) (?:from|by|in|on|after) [^,;.]{1,60}), "  # "A, seized from B in May, and C"
    r"(?:(?:in|on|by) [\w-]+ (?:[\w-]+ )?)?and (?:the |a |an |its |their )?(?:(?:town|city|village|port|district) of )?(E\d++)"
    # (the list ends there: in "moved into A, the main town of the south, and B declared
    # ..." B opens a clause of its own)
    r"(?= [.,;:(]| (?:on|in|at|after|before|by|for|during|last|this|since|until|and|or|as|while|when|from|to|with|early|late|earlier|later|just|near|outside|inside|within)\b|$)"
)


@dataclass(frozen=True)
class Pattern:
    predicate: str
    regex: re.Pattern[str]
    subject_group: int  # which group holds the subject (1 or 2)
    control_change: str | None = None
    list_group: int | None = None  # a group that may hold several entities
    # Literal beginnings of the trigger's alternatives (see trigger_stems): a sentence
    # that contains none of them cannot match, and the regex is not run on it.
    stems: frozenset[str] | None = None


# A run of lookbehinds opening a pattern, before the first name's "(E\d++"
LEADING_LOOKBEHINDS = re.compile(r"(?:\(\?<!(?:[^()\\]|\\.)*\))+(?=\(E\\d\+)")


def _p(predicate: str, regex: str, subject_group: int = 1, change: str | None = None, list_group: int | None = None) -> Pattern:
    if LEADING_LOOKBEHINDS.match(regex):
        # Speed, not meaning: the regex engine tries a pattern at every position of
        # the sentence, and forty lookbehinds cost more there than the one letter that
        # rules out almost every position, so that letter is checked first.
        regex = r"(?=E\d)" + regex
    return Pattern(predicate, re.compile(regex), subject_group, change, list_group, trigger_stems(regex))


def trigger_stems(regex: str, group: str = "t") -> frozenset[str] | None:
    """The literal text each alternative of the named group begins with: any text the
    whole regex matches contains one of them. None when that cannot be said: the
    group sits inside another one (which may be optional) or an alternative begins
    with no literal character.

    >>> sorted(trigger_stems(r"E\\d+ (?P<t>battles?|took over|ambush(?:es)?) E\\d+"))
    ['ambush', 'battle', 'took over']
    >>> trigger_stems(r"(?:E\\d+ (?P<t>held))?") is None
    True
    """
    opening = f"(?P<{group}>"
    start = regex.index(opening)
    inner = [(k, ch) for k, ch, depth in _structure(regex) if depth == 1 and k > start]
    if any(k == start and depth > 0 for k, _ch, depth in _structure(regex)):
        return None  # inside another group: it may match without the trigger
    end = next(k for k, ch in inner if ch == ")")
    body = regex[start + len(opening) : end]
    bars = [k for k, ch, depth in _structure(body) if ch == "|" and depth == 0]
    bounds = [-1, *bars, len(body)]
    stems = {_literal_prefix(body[a + 1 : b]) for a, b in zip(bounds, bounds[1:])}
    return None if "" in stems else frozenset(stems)


def _structure(regex: str) -> Iterator[tuple[int, str, int]]:
    """(index, character, group depth there) of every bracket and bar of a regex that
    is neither escaped nor inside a character class."""
    depth, k, in_class = 0, 0, False
    while k < len(regex):
        ch = regex[k]
        if ch == "\\":
            k += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            yield k, ch, depth
            depth += 1
        elif ch == ")":
            yield k, ch, depth
            depth -= 1
        elif ch == "|":
            yield k, ch, depth
        k += 1


def _literal_prefix(alternative: str) -> str:
    """The plain characters an alternative begins with, up to its first special one;
    a character made optional by a quantifier after it ("battles?") is left out."""
    stem: list[str] = []
    for ch in alternative:
        if ch in "?*{":
            return "".join(stem[:-1])
        if ch in "\\()[].+^$|":
            break
        stem.append(ch)
    return "".join(stem)


# The place's noun a clause without "which" follows: "P, an islet the A occupied", "P, a
# town the A has held" (or the noun read as a unit of its own: "a town" as the town named)
CONTACT_CLAUSE_PLACE = r"(?:[\w-]+ ){0,2}?(?:town|city|village|port|islet|island|base|outpost|garrison|airfield|airport|hill|district|province|region|E\d++)"


PATTERNS: tuple[Pattern, ...] = (
    # backing
    # ("X, trained and equipped largely by Y")
    # ("supported by armoured battalions of the X": by X's units)
    # ("X (XX), supported by Somali regular troops": the regular troops of a country)
    _p("backs", rf"{ENT}(?: \( E\d++ \))?{PROXY} ,? ?(?P<t>backed|supported|armed|funded|trained|equipped|bankrolled) (?:and (?:backed|supported|armed|funded|trained|equipped|paid|directed|organised|organized|led) )?(?:largely |mainly |partly |heavily |chiefly )?by {ART}(?:armou?red )?(?:[a-z]+ (?:regular|elite|crack|reserve) )?{UNITS_OF}{LIST}", 2, list_group=2),
    # "Troops of the army's A and the B, backed by artillery and by attack aircraft of
    # the C, entered ...": C backs A and B (the aircraft, or other help, C's)
    _p("backs", rf"(?:^|, )(?:E\d++ of (?:the )?(?:[\w-]+ 's )?)?{LIST} , (?P<t>backed|supported|assisted) by [^,E]{{1,40}}? and by (?:(?!E\d)[\w-]+ ){{0,3}}?(?:E\d++ (?:[\w-]+ )?)?(?:E\d++ of (?:the )?)?{ENT} ,", 2, list_group=1),
    # "X, commanded by officers sent from Greece": the state whose officers lead a force backs it
    _p("backs", rf"{ENT} ,? (?P<t>commanded|led|trained|staffed|officered) by (?:[\w-]+ ){{0,2}}?(?:officers|advisers|advisors|instructors|commanders) (?:(?:sent|seconded|loaned|dispatched) )?from {ART}{ENT}", 2),
    # "X, a force of fighters recruited in the south and trained and paid by Y"
    _p("backs", rf"{ENT}(?: \( E\d++ \))? , (?:an?|the) [^,;]{{1,100}}? (?P<t>backed|supported|armed|funded|trained|equipped|bankrolled|paid|financed) (?:and (?:backed|supported|armed|funded|trained|equipped|paid) )?by {ART}{LIST}", 2, list_group=2),
    _p("backs", rf"{ENT} (?:is|are|was|were|has been|have been|had been) {GAP}(?P<t>backed|supported|armed|funded|sponsored) by {ART}{LIST}", 2, list_group=2),
    # "the government has been buying arms from Russia": the seller arms the buyer
    _p("backs", rf"{SUBJ} (?:, for (?:its|E\d++) part , )?{GAP}(?:has been |have been |had been |been |is |are |was |were )?(?P<t>buying|bought|buys|buy|purchasing|purchased|purchases|acquiring|acquired) (?:[\w-]+ ){{0,3}}?{MATERIAL} (?:and (?:[\w-]+ ){{0,2}}?{MATERIAL} )?from {ART}{LIST}", 2, list_group=2),
    # "X, whose tanks and heavy guns come from A and B", "X's weapons come mostly from A": A arms X
    _p("backs", rf"{ENT}(?: , whose| 's) (?:[\w-]+ ){{0,2}}?{MATERIAL}(?: and (?:[\w-]+ ){{0,2}}?{MATERIAL})? (?P<t>come|comes|came) (?:mostly |largely |mainly |chiefly )?from {ART}{LIST}", 2, list_group=2),
    # "the patrols, known as PAC, which are organised and armed by the army": the
    # name before the relative clause
    _p("backs", rf"{ENT} , (?:which|who|that) (?:is|are|was|were|has been|have been) (?:(?:organised|organized|raised|recruited|trained|equipped|armed|funded|paid|set up) and )?(?P<t>backed|supported|armed|funded|sponsored|trained|equipped|organised|organized|paid|raised) by {ART}{LIST}", 2, list_group=2),
    # "the foreign mercenaries hired by Mobutu's government to defend it": they fight for it
    _p("backs", rf"{ENT} (?:(?:were|was|had been) )?(?P<t>hired|recruited|contracted) by {ART}(?:(?!E\d)[\w-]+ )?{ENT}"),
    # "the FPLM, equipped mainly with Soviet weapons, ...": the maker's state arms it
    _p("backs", rf"{ENT} , (?P<t>equipped|armed|supplied) (?:mainly |largely |chiefly |partly |mostly )?with {ENT} {MATERIAL} ,", 2),
    # "the army, led by its special forces and supported by American air strikes and ..."
    _p("backs", rf"{ENT} , (?:led|commanded|headed|spearheaded) by [^,]{{1,60}}? and (?P<t>backed|supported|armed|funded|trained|equipped) by {ART}{LIST}", 2, list_group=2),
    # (not a passive: "X were trained in Kenya" names where, not who trained them)
    _p("backs", rf"{LIST}(?: , (?:an?|the|which|who) [^,]{{1,80}} ,)? {GAP}(?:{NOT_PASSIVE}|(?=\w+ing ))(?P<t>backs|backed|backing|supports|supported|supporting|arms|armed|arming|funds|funded|funding|sponsors|sponsored|trains|trained|equips|equipped)(?: and (?:paid|trained|equipped|funded|armed|supplied|financed|pays|trains|equips|funds|arms|supplies|finances))? {ART}(?:(?!by |of |to |from |with |in |near )[\w-]+ ){{0,2}}?{ENT}", 1, list_group=1),  # (not "battles armed group in E1": where)
    # "fighters of A, joined by B gunmen and a few foreigners, remain ...": B is on A's side
    _p("backs", rf"{ENT} , (?P<t>joined) (?:again |later |now )?by {COUNT}{ART}(?:(?!E\d)[\w-]+ ){{0,2}}?{LIST}", 2, list_group=2),
    # "the mission's helicopters fired on X positions in support of the army": on the army's side
    # (the words before it no verb: in "the cruiser shelled X positions in support of Y"
    # X is the side fired on)
    _p("backs", rf"^(?:(?!E\d)(?![\w-]+(?:ed|ing) )[^\s,]+ ){{0,6}}?(?:the )?{ENT}(?: 's (?:[\w-]+ ){{1,2}}?(?:helicopters|aircraft|jets|warplanes|drones|troops|forces|units|gunships))? (?:(?!said |says |told )[^.;]){{0,80}}?\bin (?P<t>support) of {ART}{ENT}"),  # (not a speaker's: "X said the strikes were ...")
    # "Reinforced by A (and by tanks from B), C crossed ...": the participle opening the
    # sentence (which the parser often makes its root) is said of C
    _p("backs", rf"^(?:[^E,]{{0,30}}? )?(?P<t>reinforced|backed|supported|aided|assisted) (?:again |heavily |largely )?by {ART}(?:(?!E\d)[\w-]+ ){{0,2}}?{LIST}(?: (?:(?!E\d)[\w-]+ ){{0,4}}?and by (?:(?!E\d)[\w-]+ ){{0,3}}?(?:from|of) {ART}E\d++)? , {ART}(?:(?!E\d)[\w-]+ )?{ENT}", list_group=1),
    _p("backs", rf"^(?:[^E,]{{0,30}}? )?(?P<t>reinforced|backed|supported|aided|assisted) (?:again |heavily |largely )?by [^,]{{0,60}}? and by (?:(?!E\d)[\w-]+ ){{0,3}}?(?:from|of) {ART}{ENT} , {ART}(?:(?!E\d)[\w-]+ )?{ENT}"),  # (a people's word before its force: "Transnistrian fighters")
    # "Germany, whose foreign minister ... future, backs Slovenia's cause": past a long
    # clause the parser loses the verb; the cause is its owner's
    _p("backs", rf"{SUBJ} {GAP}(?:(?:hosts|hosted|shelters|sheltered|arms|armed|funds|funded|trains|trained) and )?(?P<t>backs|supports|backed|supported) {ART}(?:opposition |exiled )?{ENT}(?: 's (?:cause|bid|struggle|claim|independence))?(?! 's)"),  # ("A hosts and backs the opposition B": the tagger may read both verbs as nouns)
    # "Syria sides with Tehran", "A has sided with B in the war"; "said it stood with B's government"
    _p("backs", rf"{SUBJ} {GAP}(?P<t>sides|sided|siding) (?:firmly |openly )?with {ART}{ENT}"),
    # "the Colorado rebels of General X and the Brazilian troops fighting at their side":
    # the second fights at the first's side, whatever the parser made of "their"
    _p("backs", rf"{ENT}(?: of (?:[\w.-]+ )?E\d++)? and {ART}{ENT} (?P<t>fighting|fought) (?:at|on|by) (?:E\d++|their|its|his) side\b", 2),
    # "UNITA and the FNLA, allied against the MPLA, announced ...": each backs the other
    _p("backs", rf"{ENT} and {ART}{ENT} , (?P<t>allied) (?:against|in|with)\b", 1),
    _p("backs", rf"{ENT} and {ART}{ENT} , (?P<t>allied) (?:against|in|with)\b", 2),
    # "The United States, which counts Musharraf as a key ally in its campaign against X"
    _p("backs", rf"{SUBJ}(?: , (?:which|who))? {GAP}(?P<t>counts|counted|regards|regarded|considers|considered|sees|saw|views|viewed) {ART}{ENT} (?:as )?(?:a |an |its |their |one of its )?(?:(?:key|close|closest|main|chief|important|vital|staunch|strategic|crucial|valued|loyal|strongest|oldest) )*(?:ally|allies|partner)\b"),
    # "the Defence Force, which has stood firmly behind the elected government", "Vienna
    # has stood by Berlin at every step"
    _p("backs", rf"{SUBJ}(?: , (?:which|who))? {GAP}(?:(?:pledged|vowed|promised) to )?(?P<t>stood|stands|stand|standing) (?:firmly |squarely |solidly |resolutely |fully )?(?:behind|by) {ART}(?:elected |legitimate |civilian |constitutional )?(?:E\d++ (?:ally|partner) )?{ENT}(?! 's (?!government|regime|forces|army))"),  # (not "stood by X's territorial integrity")
    # "troops, who had declared for General X": came out for his side
    _p("backs", rf"{SUBJ}(?: , (?:which|who))? {GAP}(?P<t>declared|declares|declaring) (?:openly |publicly )?for {ART}(?:(?!E\d)[\w.-]+ ){{0,2}}?{ENT}"),
    _p("backs", rf"{SUBJ} {GAP}(?P<t>stands|stood|stand|standing) (?:firmly |fully |squarely )?(?:with|behind) {ART}{ENT}"),
    # "the United States has voiced support for Turkey", "declared its support for Britain"
    _p("backs", rf"{SUBJ} {GAP}(?P<t>voiced|voices|expressed|expresses|declared|declares|pledged|pledges|reaffirmed|reaffirms) (?:its |their |his |her )?(?:full |strong |firm |unwavering |continued )?support for {ART}{ENT}(?! 's)"),
    # "the PLO stood behind the army", "threw its weight behind X"
    _p("backs", rf"{SUBJ} {GAP}(?P<t>stood|stands|stand|standing|threw|throws|throw|thrown|throwing) (?:(?:firmly |squarely |fully |solidly )?behind|(?:its|their|his|her|E\d++) (?:full )?weight behind) {ART}{ENT}"),
    # "government forces, with the help of X, retook ...": X backs them
    _p("backs", rf"{SUBJ} ,? with (?:the )?(?:[\w-]+ )?(?P<t>help|support|backing|assistance) of {ART}{LIST}", 2, list_group=2),
    # "Washington, which has armed and trained both the Iraqi army and the Peshmerga",
    # "X, which trains and equips Y"
    _p("backs", rf"{ENT} ,? (?:which|who) {GAP}(?P<t>backs|backed|supports|supported|arms|armed|funds|funded|trains|trained|equips|equipped) (?:and (?:backed|supported|armed|funded|trained|equipped|backs|supports|arms|funds|trains|equips) )?(?:both |much of |most of |part of )?{ART}{LIST}", list_group=2),
    # "Britain, whose officers have trained the Zimbabwean army since 1980": A's people
    # training B are A backing B
    _p("backs", rf"{ENT} , whose (?:[\w-]+ ){{0,2}}?(?:officers|advisers|advisors|instructors|trainers|experts|special forces|commandos) {GAP}(?P<t>trained|trains|train|training|armed|arms|advised|advises|advise|advising|equipped|equips) {ART}{LIST}", list_group=2),
    # "Ugandan soldiers (and gunships) helped the SPLA retake Bor": on the SPLA's side
    _p("backs", rf"{SUBJ}(?: and (?!E\d)[\w-]+(?: (?!E\d)[\w-]+)?)? {GAP}(?P<t>helped|helps|help|helping) {ART}{LIST} (?:to )?(?:retake|recapture|capture|take(?! power| office)|seize(?! power)|defend|repel|fight|push back|beat back|fend off|drive|hold|regain|secure)\b", list_group=2),
    # "Hezbollah, which Iran arms and funds", "the militia, which Chad has long backed"
    _p("backs", rf"{ENT} , (?:which|whom) {ART}{LIST} {GAP}(?P<t>backs|backed|back|supports|supported|support|arms|armed|arm|funds|funded|fund|trains|trained|train|equips|equipped|sponsors|sponsored|finances|financed)(?: and [\w-]+)? ,", 2, list_group=2),
    # "X, which has backed A and B against C since 2014": A, B and X fight C
    _p("fights", rf"{ENT} ,? (?:which|who) {GAP}(?P<t>backed|supported|armed|helped) {ART}(?:E\d++ (?:, |and |, and )(?:the )?)*E\d++ against {ART}{ENT}"),
    _p("fights", rf"(?P<t>backed|supported|armed|helped) {ART}{LIST} against {ART}{ENT}", list_group=1),
    # "militias that the government has armed and paid since 1995 to fight the GIA": the militias fight it
    _p("fights", rf"{ENT}(?: ,)? (?:that|which|whom) {ART}E\d++ (?:has |have |had )?(?P<t>armed|paid|trained|funded|raised|recruited)(?: and (?:armed|paid|trained|funded|equipped))?(?: (?!E\d)[\w-]+){{0,3}} to (?:fight|combat|battle|confront) {ART}{ENT}"),  # (the arming states it: no mere purpose)
    _p("backs", rf"{LIST} {GAP}(?P<t>kept|keep|keeps|keeping|propped up|prop up|props up|propping up) {ART}{ENT} (?:in power|afloat|alive)", 1, list_group=1),
    # "the African Union and the West African bloc ECOWAS recognised X" (a describing
    # name inside the list is no recogniser: only actors may back)
    _p("backs", rf"(?:^|, |; )((?:the )?E\d++(?: , (?:the )?E\d++)*(?: ,)? and (?:the )?(?:(?:[\w-]+|E\d++) ){{0,3}}?E\d++) {GAP}(?P<t>recognised|recognized|recognises|recognizes) {ART}{ENT}", list_group=1),
    _p("backs", rf"{ENT} {GAP}(?P<t>supply|supplies|supplied|send|sends|sent|provide|provides|provided|deliver|delivers|delivered) (?:[\w-]+ ){{0,3}}to {ART}{ENT}"),
    # "A and other allies have sent artillery and armoured vehicles to B": what is sent is help
    # ("has flown tanks, aircraft and ammunition to B")
    _p("backs", rf"{SUBJ} {GAP}(?P<t>send|sends|sent|sending|shipped|ships|shipping|delivered|delivers|delivering|ferried|ferries|ferrying|airlifted|airlifts|airlifting|flew|flown|flies|flying|trucked) (?:[\w-]+ ){{0,2}}?{MATERIAL} (?:, (?:[\w-]+ )?{MATERIAL} ){{0,3}}(?:(?:, )?and (?:[\w-]+ ){{0,2}}?{MATERIAL} )?to {ART}{ENT}"),
    # "the United States is sharing intelligence with Paris": help
    _p("backs", rf"{SUBJ} (?:, (?:which|who|whose) [^;]{{0,80}}? , )?{GAP}(?:is |are |was |were |has been |have been |had been )?(?:[a-z]+ing [a-z ]{{0,40}}?and )?(?P<t>sharing|shares|shared|share) (?:[\w-]+ )?intelligence with {ART}{LIST}", list_group=2),
    # "X, which gives Y intelligence", "X handed rifles to Y": only when what is given is help
    # (not "holding it gives X money": the object of a gerund is no giver)
    _p("backs", rf"(?<!ing ){SUBJ} (?:, (?:which|who) )?{GAP}(?P<t>gives|gave|give|giving|given|provides|provided|provide|providing|offers|offered|hands|handed|handing|sends|sent|supplies|supplied|supplying|sells|sold|sell|selling|lent|lends|lend|lending|loaned) {ART}{ENT} (?:with )?(?:(?!but |to |that |which |, )[\w$.,-]+ ){{0,10}}?{MATERIAL}\b"),  # "gives X billions of dollars in military aid", "about $1.5 million a day in economic and military aid"
    _p("backs", rf"(?<!ing ){ENT} (?:, (?:which|who) )?{GAP}(?P<t>gives|gave|give|giving|hands|handed|handing|offers|offered|sells|sold|sell|selling) (?:[\w-]+ ){{0,3}}?{MATERIAL} to {ART}{ENT}"),
    # "had given the group rice, medicine and weapons": the weapons end a list of things given
    _p("backs", rf"(?<!ing ){SUBJ} (?:, (?:which|who) )?{GAP}(?P<t>gives|gave|give|giving|given|provides|provided|supplies|supplied|sells|sold|sell|selling) {ART}{ENT} (?:[a-z-]+ , ){{1,4}}(?:[a-z-]+ )?and {MATERIAL}\b"),
    # "X ... receives weapons from neighbouring Y" (the parser reads "neighbouring" as a verb)
    # "about 1,500 Moroccan troops, flown in by France, helped ...": who carries an ally's troops to the war backs them
    _p("backs", rf"{ENT} , (?P<t>flown|airlifted|ferried|shipped|trucked|brought) (?:in )?by {ART}{ENT} ,", 2),
    # "most of X's artillery and lorries came from Y"
    # (X's arms are one unit, "E0", read as X; see names_supplies: troops that came from a country only came from there)
    _p("backs", rf"{ENT}(?: 's (?:[\w-]+ )?{MATERIAL})? (?:and (?:[\w-]+ )?{MATERIAL} )?(?:have |has |had )?(?:mostly |mainly |largely |all )?(?P<t>came|come|comes) (?:mostly |mainly |largely |chiefly )?from {ART}{ENT}", 2),
    _p("backs", rf"{ENT} (?:, (?:which|who) )?{GAP}(?P<t>receives|received|receive|receiving|gets|got|obtains|obtained) (?:[\w-]+ ){{0,3}}?{MATERIAL} (?:and (?:[\w-]+ ){{0,2}}?{MATERIAL} )?from (?:neighbouring |neighboring |nearby )?{ART}{ENT}", 2),
    # "Mozambique gives X its rear bases", "allows X to train on its soil": ground to fight from
    _p("backs", rf"(?<!ing ){SUBJ} {GAP}(?P<t>gives|gave|give|giving|offers|offered|provides|provided|grants|granted) {ART}{ENT} (?:its |their |a |an |E\d++ )?(?:(?:rear|safe|training|military) (?:bases|E\d++)|(?:[\w-]+ )?(?:bases|sanctuary|refuge|haven))\b"),  # ("its rear bases" may be read as names)
    _p("backs", rf"(?<!ing ){SUBJ} {GAP}(?P<t>allows|allowed|lets|permits|permitted) {ART}{ENT} to (?:train|operate|base|recruit|set up (?:camps|bases))\b"),
    # "A and B have lent C billions of dollars": each gives
    _p("backs", rf"(?:^|, |; )(E\d++(?: , E\d++)*(?: ,)? and E\d++) {GAP}(?P<t>gave|give|given|lent|lend|loaned|sold|sell|supplied|supply|provided|provide) {ART}{ENT} (?:(?!but |to |that |which |, )[\w$.,-]+ ){{0,6}}?{MATERIAL}\b", list_group=1),
    # "A and B supply almost all of C's heavy weapons, fuel and ammunition": C is backed
    _p("backs", rf"{LIST} {GAP}(?P<t>supply|supplies|supplied|provide|provides|provided) (?:(?:almost|nearly|virtually|most|much|all|some|half|the bulk) )*(?:of )?{ART}{ENT} 's (?:[\w-]+ ){{0,2}}?{MATERIAL}\b", list_group=1),
    # "Moscow has flown in ammunition, grenade launchers and night-vision equipment for the
    # Kyrgyz army": what is flown or shipped in for a side backs it
    _p("backs", rf"{SUBJ} {GAP}(?:has |have |had )?(?P<t>flown|flew|flies|flying|shipped|ships|shipping|airlifted|airlifts|rushed|rushes|trucked) in (?:(?!for )[^.;]{{0,80}}? )?{MATERIAL} for {ART}{ENT}"),
    # "has pledged further support to X", "pledged $10 million in logistics for X"
    _p("backs", rf"{SUBJ}(?: [^.;]{{0,80}}? and)? {GAP}(?P<t>pledged|pledges|promised|promises) (?:(?:further|more|its|their|full|military|financial|new|fresh|\$|[\d,.]+|million|billion|dollars|in) )*(?:support|aid|assistance|help|logistics|funding|troops|arms|weapons) (?:to|for) {ART}{ENT}"),
    # "A fought alongside B against C": both fight C (the parser often breaks the phrase)
    _p("fights", rf"{SUBJ} {GAP}(?P<t>fought|fighting|fights|fight|battled|battling) (?:alongside|beside|side by side with) {ART}(?:[a-z-]+ )?E\d++ against {ART}(?:[a-z-]+ ){{0,2}}?{ENT}"),
    _p("fights", rf"(?:fought|fighting|fights|fight|battled|battling) (?:alongside|beside|side by side with) {ART}(?:[a-z-]+ )?{ENT} (?P<t>against) {ART}(?:[a-z-]+ ){{0,2}}?{ENT}"),
    # "British troops have come under fire from Iraqi units": fired on by them, in a fight with them
    _p("fights", rf"{SUBJ} {GAP}(?:have |has |had )?(?P<t>came|come|comes|coming) under (?:(?:heavy|intense|sustained|sniper|mortar|artillery|rocket|machine-gun|small-arms) )*fire from {ART}(?:(?!E\d)[\w-]+ )?{LIST}", list_group=2),
    # "Also fighting the NRA in the capital was the X Movement": X fights the NRA
    _p("fights", rf"^(?:also )?(?P<t>fighting|battling) {ART}{ENT} (?:[^,;]{{1,30}}? )?(?:was|were) {ART}{ENT}", 2),
    # "with fighters of the leftist X fighting at their side", "the Brazilian troops
    # fighting at their side": at whose side one fights is whom one backs (the pronoun
    # encoded as the name it stands for)
    _p("backs", rf"(?:(?:fighters|troops|men|militiamen|units|soldiers|gunmen|volunteers) of {ART}(?:(?!E\d)[\w-]+ )?)?{ENT} (?:(?:who|which|that) )?(?:are |were |is |was |have been |had been |has been )?(?P<t>fighting|fought|battling|battled) (?:at|by) {ART}{ENT} (?:'s )?side\b"),
    # "Beside them fought the X Brigade": X fought on their side (the subject after the verb)
    _p("backs", rf"^(?:beside|alongside) {ENT} (?P<t>fought|battled) {ART}{ENT}", 2),
    # ("fights the rebels alongside the troops": whom they fight between)
    # ("E0, who fight alongside the army, have suffered": the relative clause's own
    # statement; "Sunni fighters from Anbar, paid by the government, fought alongside
    # the army": the place they come from and how they are paid set off)
    _p("backs", rf"{SUBJ}(?: from E\d++)?(?: , (?:[\w-]+ed|paid)(?: and (?:[\w-]+ed|paid))? by {ART}E\d++ ,)?(?: , (?:who|which|that))? {GAP}(?P<t>fought|fighting|fights|fight|battled|battling|operated|operating|operates|deployed|works|worked|working) (?:(?:the |a |an )?(?:[\w-]+ )?(?:E\d++|rebels|insurgents|militants|jihadists|guerrillas|separatists|gangs|militias) )?(?:alongside|beside|side by side with) {ART}{LIST}", list_group=2),
    # "X, the leader of Y, whose fighters have fought beside Z troops, said ...": his men's side
    _p("backs", rf"{ENT}(?: , [^,]{{1,80}})? , whose (?:fighters|troops|men|forces|militiamen|units) {GAP}(?P<t>fought|fight|fights|battled) (?:alongside|beside) {ART}{LIST}", list_group=2),
    # "troops fighting on the side of X", "fought on X's side": on X's side
    _p("backs", rf"{SUBJ} {GAP}(?P<t>fought|fighting|fights|fight|battled|battling) on (?:the )?side of {ART}(?:(?!E\d)[\w-]+ )?{LIST}", list_group=2),
    # ("Egypt has come out openly on Algeria's side", "entered the war on X's side")
    _p("backs", rf"{SUBJ} {GAP}(?P<t>fought|fighting|fights|fight|battled|battling|come out|came out|comes out|coming out|intervened|intervenes|intervene|entered the war|enter the war|enters the war|joined the war|joins the war|join the war)(?: openly| firmly| squarely)? on {ART}{ENT} 's side"),
    # "Uganda joined Rwanda in the war against Zaire": on the side of the one joined
    _p("backs", rf"{SUBJ} {GAP}(?P<t>joined|joins|join|joining) {ART}{LIST} in {ART}(?:[\w-]+ ){{0,2}}?(?:war|wars|fight|fighting|battle|campaign|offensive|struggle|attack|assault|invasion|insurgency|rebellion|uprising)\b", list_group=2),
    # "signed a treaty of friendship with India", "a mutual defence pact with X"
    _p("backs", rf"{SUBJ} {GAP}(?P<t>signed|signs|sign|concluded) {ART}(?:[\w-]+ ){{0,2}}?(?:(?:treaty|pact|agreement) of (?:friendship|alliance|mutual (?:defen[cs]e|assistance))|(?:mutual |military )?(?:defen[cs]e|security) (?:treaty|pact)|military alliance)(?: and [\w-]+)? with {ART}{ENT}"),
    # "X, fighting alongside Y, recaptured ...": the participle set off after the subject
    _p("backs", rf"{SUBJ} , (?P<t>fighting|battling|operating|working) (?:alongside|on the side of) {ART}{LIST} ,", list_group=2),
    # "the United States, which is bound to the Nationalist government by a mutual defence
    # treaty", "bound to Peking as an ally by a treaty": a treaty ally backs the other side
    _p("backs", rf"{ENT}(?: , (?:which|who))? (?:is|are|was|were|has been|have been|remains|remain) (?:still |also )?(?P<t>bound) to {ART}{ENT} (?:as an? (?:ally|allies) )?by (?:a |an |the )?(?:[\w-]+ ){{0,4}}?(?:treaty|pact|alliance)\b"),
    # "X, a mercenary unit fighting for the government": a body described by whom it fights
    # for (the parser reads the participle as the description's noun)
    _p("backs", rf"{ENT}(?: \( E\d++ \))? , an? (?:(?!E\d)[\w-]+ ){{0,3}}?{BODY_NOUN} (?P<t>fighting|battling) (?:for|alongside|on the side of) {ART}{LIST}", list_group=2),
    _p("fights", rf"{ENT}(?: \( E\d++ \))? , an? (?:(?!E\d)[\w-]+ ){{0,3}}?{BODY_NOUN} (?P<t>fighting|battling) (?:against )?{ART}(?:(?!E\d|(?:for|alongside|beside|with|on|under|in|from|inside|near)\b)[\w-]+ )?{LIST}", list_group=2),
    # "A sent the B, former gendarmes, to fight alongside C", "volunteers, sent by A,
    # fought alongside C": who sends fighters to a side backs that side
    _p("backs", rf"{SUBJ} {GAP}(?P<t>sent|sends|dispatched|deployed) (?:[^.;]{{1,90}}? )?to (?:fight|battle|serve) alongside {ART}{LIST}", list_group=2),
    _p("backs", rf"(?P<t>sent) by {ART}{ENT} , {GAP}(?:fought|fight|battled|have fought|had fought) alongside {ART}{LIST}", 1, list_group=2),
    # "Fighters from X units, which answer to Y, took part in the assault alongside Z"
    _p("backs", rf"{SUBJ} {GAP}(?:took|take|takes|taking) (?P<t>part) in {ART}(?:[\w-]+ ){{0,2}}?(?:assault|attack|offensive|fighting|battle|operation|push|advance) (?:on [^,E]{{1,30}} )?alongside {ART}{LIST}", list_group=2),
    # "A (AA), the militia of local auxiliaries, armed and paid by the state, that fights alongside the army"
    # (not a man set off as a post of a body: "X, the commander of the B battalion, which
    # has fought alongside the army" is the battalion's, read from the parse)
    _p("backs", rf"{ENT}(?: \( E\d++ \))?(?: , (?!(?:the |its |a )?(?:commander|leader|chief|head|founder|spokesman) of )[^,]{{1,80}}){{1,2}} , (?:which|that|who) {GAP}(?P<t>fights|fought|fight|operates|operated|works|worked) alongside {ART}{LIST}", list_group=2),
    # "Fighters of A, the pro-government B and C, a militia ..., fought alongside D"
    _p("backs", rf"(?:^|, )(?:E\d++|fighters|members|units|troops|militiamen) of {MODIFIED_LIST}(?: , (?:an?|the) [^,]{{1,100}} ,)? {GAP}(?P<t>fought|fighting|battled|battling|operated|deployed) alongside {ART}{LIST}", list_group=2),
    # "the militiamen have fought alongside the troops against B": they fight B
    _p("fights", rf"{SUBJ} {GAP}(?P<t>fought|fighting|fights|fight|battled|battling|battles) (?:alongside|side by side with) {ART}(?:E\d++|(?:[\w-]+ )?(?:troops|army|soldiers|forces|police|fighters|rebels|insurgents|guerrillas|militiamen|volunteers)) against {ART}{LIST}", list_group=2),
    # "X fired about 180 missiles at Y", "fired rockets into Y": Y is attacked
    # (no gap: "threatened to fire ..." is read by the parse, whose "fire" may be a noun)
    _p("fights", rf"{SUBJ} (?:has |have |had )?(?:also |again |then |later |reportedly )?(?P<t>fired|fires|firing|lobbed) (?:(?!E\d)[\w-]+ ){{0,4}}?(?:missiles|rockets|shells|mortars|mortar rounds|salvoes|volleys|barrages) (?:at|into) {ART}{ENT}"),
    # "A and B fought side by side against C": each fights C (and backs the other, above)
    _p("fights", rf"(?:^(?:[^E,]{{0,40}}? )?|, |; )(?:the )?{LIST} {GAP}(?P<t>fought|fighting|battled|battling) (?:side by side|together|shoulder to shoulder) against {ART}(?:[\w-]+ )?{ENT}", list_group=1),
    # "A battled B alongside C, D and E": C, D and E fought B too
    _p("fights", rf"E\d++(?: \( E\d++ \))? {GAP}(?P<t>fought|fighting|fights|fight|battled|battling|battles) (?:against )?{ART}{ENT}(?: \( E\d++ \))? (?:(?!E\d)[\w-]+ ){{0,4}}?alongside {ART}{LIST}", 2, list_group=2),
    # Who leans on another for its war is backed by it: "the separatist authorities, who
    # rely heavily on A for money and protection", "B had depended on A for fuel", "C,
    # increasingly dependent on fighters from A, ..." (what is leant on is arms, men,
    # money or protection; "depends on what A decides" names no giver)
    _p("backs", rf"{SUBJ}(?: , (?:which|who)| ,)? {GAP}(?:{BE} |came to |come to |has come to |have come to )?(?:(?:{RELIANCE_DEGREE}) )?(?P<t>relies|rely|relied|relying|depends|depend|depended|depending|dependent|reliant) (?:(?:{RELIANCE_DEGREE}) )?(?:up)?on {ART}{LEANT_ON}", 2),
    _p("backs", rf"{ENT} , (?:(?!E\d)[^,]{{0,40}} )?(?:(?:{RELIANCE_DEGREE}) )?(?P<t>dependent|reliant) (?:(?:{RELIANCE_DEGREE}) )?(?:up)?on {ART}{LEANT_ON}", 2),
    # "A, another supplier of the ousted B": a supplier of weapons to B is no supplier "of B"
    # ("A, one of the strongest backers of the B government")
    _p("backs", rf"{ENT} , (?:a |an |the |its |another |one of (?:the |its )?)?(?:[\w-]+ ){{0,2}}?(?P<t>ally|backer|patron|sponsor|supplier|allies|backers|patrons|sponsors|suppliers) of (?:both )?{ART}(?:(?!E\d)[\w-]+ )?{LIST}", list_group=2),  # ("of both A and B": each)
    # "A, with B, remains C's main supplier of jets" (one group holds both), "A is C's chief backer"
    # ("..., the United States, which is also B's main weapons supplier")
    _p("backs", rf"(E\d++(?: , (?:with|like|along with) {ART}E\d++ ,)?)(?: , (?:which|who))? {BE} (?:still |also )?{ART}{ENT} 's (?:[\w-]+ ){{0,2}}?(?P<t>supplier|suppliers|backer|backers|ally|allies|patron|sponsor|arms supplier)\b"),
    # "A and B, C's main foreign backers, have given it ...": each backs C
    _p("backs", rf"{LIST} , {ART}{ENT} 's (?:[\w-]+ ){{0,2}}?(?P<t>backers|suppliers|patrons|sponsors) ,", list_group=1),
    # "A, B's main arms supplier, provided ...", "A, the government's main regional ally,
    # has ...": the apposition the parser may hang on A
    # ("A, B's biggest supplier of weapons, ...")
    _p("backs", rf"{ENT} , {ART}{ENT} 's (?:[\w-]+ ){{0,2}}?(?P<t>supplier|backer|patron|sponsor|ally)(?: of (?:[\w-]+ )?{MATERIAL})? ,"),
    # "... drew a sharp reaction from A, B's closest ally.": the apposition closing the sentence
    _p("backs", rf"{ENT} , {ART}{ENT} 's (?:[\w-]+ ){{0,2}}?(?P<t>ally|supplier|backer|patron|sponsor) \.$"),
    # "A has filled part of the gap, selling the army rifles and planes": the giver is
    # the clause's subject
    _p("backs", rf"^(?:[^E,]{{0,40}}? )?{SUBJ} (?:has |have |had )?[^.;E,]{{0,60}}? , (?P<t>selling|supplying|giving|providing|handing|lending) {ART}{ENT} (?:(?:[\w-]+|E\d++) ){{0,4}}?{MATERIAL}\b"),
    # "X, which ..., has halted arms deliveries to A and is now shipping weapons to B": the
    # subject's second verb after "and ... now" (the parser often loses it)
    # (also "flew troops into P and has since delivered ammunition for the army")
    _p("backs", rf"^(?:[^E,]{{0,40}}? )?{SUBJ} (?:(?!said |says |told )[^.;]){{0,120}}? and (?:is |are |has |have |had )?(?:now|also|instead|since) (?P<t>shipping|sending|supplying|delivering|shipped|sent|supplied|delivered) (?:[\w-]+ ){{0,2}}?{MATERIAL} (?:to|for) {ART}{ENT}"),
    # "A backed the republic to the end, flying rice and ammunition into P for B": what
    # is flown or shipped for B backs B
    _p("backs", rf"^(?:[^E,]{{0,40}}? )?{SUBJ} [^.;]{{0,80}}?, (?P<t>flying|shipping|sending|airlifting|trucking|delivering) (?:(?!E\d)[\w-]+ ){{0,4}}?{MATERIAL}(?: (?:into|to) (?:the )?(?:E\d++|[\w-]+))? for {ART}{ENT}"),
    # "fights with weapons bought from A and B", "drones bought from A"
    _p("backs", rf"^(?:[^E,]{{0,40}}? )?{SUBJ} [^.;E]{{0,100}}?(?:{MATERIAL}|(?!E\d)[\w-]+) (?P<t>bought|purchased|acquired|imported) from {ART}{LIST}", 2, list_group=2),
    # "Sukhoi fighters that Ethiopia bought from Russia": the buyer of the clause
    _p("backs", rf"{MATERIAL} (?:that|which) {ENT} {GAP}(?P<t>bought|purchased|acquired|imported) (?:[\w-]+ )?from {ART}{LIST}", 2, list_group=2),
    # ("Only X, a faction led by Y, remains allied with Libya": a description set off between)
    _p("backs", rf"{ENT}(?: \( E\d++ \))?(?: , (?:an?|the) [^,]{{1,80}} ,)? ,? ?(?:which |who )?(?:{BE} )?(?:still |now |closely |firmly )?(?P<t>allied|aligned) (?:with|to) {ART}{ENT}"),
    # "X, the civilian militias that Y armed and paid": the clause's subject backs X
    # (the description may be read as the name's own unit: "X, a militia that ...")
    _p("backs", rf"{ENT} , (?:(?:the |a |an )?(?:[\w-]+ ){{0,2}}?(?:militias?|groups?|forces|movements?|factions?|units|gangs?|squads)|(?:the |a |an )E\d++) (?:that|which|whom) {ART}{ENT} (?:has |have |had )?(?:long |openly |secretly |once )?(?P<t>armed|backed|funded|trained|equipped|paid|financed|sponsored|supported)\b(?! by)", 2),
    # "the Junta, which the guerrillas back", "the RUF, which Liberia arms": the relative
    # clause's subject backs the name before it (the tagger often makes "backs" a noun)
    _p("backs", rf"{ENT}(?: \( E\d++ \))? , (?:which|whom|who) {ART}{ENT} (?:has |have |had |is |are |was |were )?(?:long |openly |still |now |also |strongly |firmly |largely |reportedly |secretly )?(?P<t>backs|back|backed|backing|supports|support|supported|supporting|arms|armed|arming|funds|funded|funding|finances|financed|sponsors|sponsored)\b(?! by)", 2),
    # fighting
    # "A and B took up arms against the government": they fight it (no arms given to it)
    _p("fights", rf"(?:^(?:[^E,]{{0,40}}? ,? ?)?(?:the )?|, |; |when |after |since |as ){LIST} {GAP}(?P<t>took|take|takes|taken|taking) up arms against {ART}{ENT}", list_group=1),
    # "jets which the air force has since used against B positions", "A uses drones against B"
    _p("fights", rf"{SUBJ} {GAP}(?P<t>used|uses|use|using) (?:(?!to )[\w-]+ ){{0,4}}?against {ART}{ENT}"),
    # "the Securitate, the secret police that has stayed loyal to Ceausescu", "units that
    # remained loyal to the government": who stays loyal to a side backs it (not "a gang
    # that had once been loyal to X": only the words listed may stand before "been")
    _p("backs", rf"{ENT}(?: ,(?: (?:an?|the) (?:(?!which |who |that )[^,E]){{1,60}}?)?)? (?:(?:which|who|that) )?(?:(?:has|have|had) )?(?:(?:also|still|largely|mostly|long|firmly) )*(?:is|are|was|were|been|stayed|remained|remains|remain|stays|stay) (?:(?:still|largely|fiercely|firmly|fully) )?(?P<t>loyal) to {ART}(?:(?!E\d)[\w.-]+ ){{0,3}}?{ENT}(?! 's)"),
    # "JNIM, which is also at war with the Malian state"
    _p("fights", rf"{SUBJ}(?: , (?:which|who))? (?:is|are|was|were|has been|have been|had been|remains|remain|remained) (?:also |still |now |long |effectively |formally |openly )?(?P<t>at war) with {ART}(?:[\w-]+ )?{ENT}"),
    # "Chile declared war on Peru", "the Front has declared war against the army and its
    # allies" (the parser may make "declared" a modifier of "war" and lose the subject)
    _p("fights", rf"{SUBJ} {GAP}(?P<t>declared|declares|declare|declaring) (?:an? )?(?:open |all - out |total |holy )?war (?:on|against|upon) {ART}{LIST}", list_group=2),
    _p("fights", rf"{SUBJ} {GAP}(?P<t>claimed|claims|claiming) responsibility for {ART}(?:[\w-]+ ){{0,3}}?(?:attacks?|bombings?|ambush(?:es)?|assaults?|strikes?|raids?) (?:on|against) {ART}{ENT}"),
    _p("fights", rf"{ENT} and {ART}{ENT} (?:have |had |has )?(?:repeatedly |again |also )?(?P<t>clashed|fought|battled|exchanged fire)(?! side by side| together| alongside| shoulder to shoulder| (?:the |a |an |its |their )?E\d++| the [\w-]+| (?:them|it|him|her|us)\b)"),  # not "A and B battled the C", "fought them": together
    _p("backs", rf"{ENT} and {ART}{ENT} (?:have |had |has )?(?:long |also )?(?P<t>fought|battled|operated|worked) (?:side by side|together|shoulder to shoulder)"),
    _p("fights", rf"(?P<t>clashes|fighting|battles?|war|hostilities|confrontations?)(?: [\w-]+){{0,2}} between {ART}{ENT} and {ART}{TROOPS_OF}{ENT}"),
    # ("attacked the headquarters of the army's Third Brigade": the brigade)
    # "X, which Y arms and funds, has fought A and B": each named after the verb
    _p("fights", rf"{SUBJ} {GAP}(?P<t>fought|fights|fight|battled|battles|battling) {ART}(E\d++(?: , (?:the )?E\d++)*(?: ,)? and (?:the )?E\d++)(?! 's)", list_group=2),
    # ("attacked soldiers and E1 posts": a plain noun listed first)
    _p("fights", rf"{SUBJ} {GAP}(?P<t>{ATTACKING}) {COUNT}{ART}(?:(?:soldiers|troops|police|policemen|convoys|patrols|checkpoints) and (?:the )?)?(?:(?:headquarters|barracks|garrison|positions|bases?|camps?|outposts?|posts?|convoys?|columns?|patrols?) of {ART}(?:E\d++ 's )?|{BAND_OF})?{ENT}"),
    # "reached the edge of the capital, trapping X and its allies in the west of the city"
    _p("fights", rf"^(?:[^E,]{{0,40}}? )?{SUBJ} {GAP}(?:{TAKING}|{ATTACKING}|invaded|reached|surrounded|encircled) [^.;]{{0,80}}?, (?P<t>trapping|encircling|surrounding|besieging|cutting off) {ART}{ENT}"),
    # "US aircraft were striking Taliban and al-Qaeda targets": each owner of what is hit
    _p("fights", rf"{SUBJ} {GAP}(?P<t>{ATTACKING}) {ART}(E\d++(?: , E\d++)*,? and E\d++) (?:targets|positions|bases|camps|strongholds|hideouts)\b", list_group=2),
    # "fought running battles with craft of X", "fought pitched battles against X": the
    # parser often makes "battles" the root and "fought" a modifier
    # ("fought running battles on Sunday with X": a time between the battles and the foe)
    _p("fights", rf"{SUBJ} {GAP}(?P<t>fought|fights|fighting|fight) (?:[\w-]+ ){{0,2}}(?:battles?|clashes|skirmishes|gunfights?) {TIME_PHRASE}(?:with|against) {ART}(?:(?:craft|boats|units|elements|positions|men|fighters) of {ART})?{ENT}"),
    # "fought house to house against X", "street by street": the parser makes the
    # first noun the root and loses the fight
    _p("fights", rf"{SUBJ} {GAP}(?P<t>fought|fights|fighting|fight|battled|battles|battling) (?:house to house|door to door|street by street|block by block|room by room|room to room|hand to hand) (?:with|against) {ART}{ENT}"),
    # "an attack by A and B on C's bridgehead was beaten back": A and B fought C
    _p("fights", rf"(?P<t>attack|attacks|assault|assaults|offensive|raid|raids) by {ART}{LIST} (?:on|against) {ART}(?:(?!E\d)[\w-]+ )?{ENT}", list_group=1),
    # "A beat off an attack by B on the town of P": A fought B, and still holds P
    _p("controls", rf"{SUBJ} {GAP}(?P<t>beat off|beat back|fought off|held off|fended off|repulsed|repelled|threw back) (?:an? |the |repeated |several |two |three )?(?:[\w-]+ )?(?:attack|attacks|assault|assaults|raid|raids) (?:by [^,;.]{{1,60}}? )?on {ART}(?:(?:[\w-]+ ){{0,2}}?(?:town|city|village|port|base|garrison|airport|fort) of )?{ENT}"),
    _p("fights", rf"{SUBJ} {GAP}(?P<t>beat off|beat back|fought off|held off|fended off|repulsed|repelled|threw back|drove off) (?:an? |the |repeated |several |two |three )?(?:[\w-]+ )?(?:attack|attacks|assault|assaults|offensive|raid|raids|push) (?:by|from) {COUNT}{ART}(?:(?!E\d)[\w-]+ ){{0,2}}?{ENT}"),
    # "Other factions, among them A and the B in Iraq, also fought C": each one named
    _p("fights", rf"(?:^|, |; )(?:other |rival |several |smaller )?(?:[\w-]+ )?(?:factions|groups|militias|movements) , (?:among them|including|such as) {MODIFIED_LIST}(?: (?:in|of) E\d++)? , {GAP}(?P<t>{ATTACKING}) {COUNT}{ART}{ENT}", list_group=1),
    # "while the Afghan Air Force and American bombers struck Taliban positions"
    # (not the side fought beside: "beside them fought the E1")
    _p("fights", rf"(?:^(?:[^E,]{{0,40}}? )?|, |; |while |and )(?:the )?{NOT_BACKER}(?<!beside )(?<!alongside ){LIST} {GAP}(?P<t>{ATTACKING}) {COUNT}{ART}{ENT}", list_group=1),
    # "P, a town about 40 km away that has served as a base for A": A holds P
    _p("controls", rf"{ENT} , (?:an?|the) [^,]{{0,60}}? (?:that|which) (?:has |had |have )?(?:long )?(?:served|serves|serve) as (?:a |the |its )?(?:[\w-]+ )?(?P<t>base|stronghold|headquarters) (?:for|of) {ART}{ENT}", 2),
    # "near P, an islet the A occupied this month", "P, a town the A has held since May": a
    # relative clause without "which" after a place's noun (the parser often reads the
    # taker as the noun's apposition and the verb as a participle of the noun)
    _p("controls", rf"{ENT} , (?:an?|the) {CONTACT_CLAUSE_PLACE} (?:the )?{ENT} (?:has |had |have )?(?:(?:only|just|first|briefly) )?(?P<t>{TAKING})(?! by)\b", 2, change="gain"),
    _p("controls", rf"{ENT} , (?:an?|the) {CONTACT_CLAUSE_PLACE} (?:the )?{ENT} (?:has |had |have )?(?:(?:long|still|firmly) )?(?P<t>held|holds|controls|controlled|hold|control)(?! by)\b", 2),
    # "A and B jets, flying under NATO command, have carried out many of the strikes on C"
    _p("fights", rf"(?:^|, |; ){LIST}(?: , [^,]{{1,60}} ,)? {GAP}(?P<t>carried out|carry out|carries out|conducted|conducts|launched|launches|flown|flew) (?:[\w-]+ ){{0,4}}?(?:strikes|airstrikes|raids|sorties|attacks) (?:on|against) {ART}{ENT}", list_group=1),
    # "overran several observation posts manned by X": whose posts are taken is fought
    # ("fought their way into the army barracks held by mutinous soldiers of X")
    _p("fights", rf"{SUBJ} (?:(?:crossed|moved|pushed|advanced|swept) (?:into|across) (?:the )?E\d++ and )?{GAP}(?P<t>{ATTACKING}|{TAKING}) (?:(?:their|its|his|E\d++) way (?:into|through) )?(?:[\w-]+ ){{0,3}}?(?:posts|outposts|positions|checkpoints|bases|barracks|trenches|lines) (?:manned|held|defended|guarded|occupied) by {ART}(?:[a-z-]+ E\d++ of (?:the )?|(?:[a-z-]+ )?{TROOPS_OF}){ENT}"),  # ("by mutinous soldiers of X": soldiers read as a unit)
    # "the coalition fighting the Houthis", "forces battling Islamic State"
    _p("fights", rf"{ENT} (?P<t>fighting|battling) {ART}{ENT}(?! alongside| together| side by side)"),
    # "Operation X, the French force that had hunted A and B fighters across the Sahel"
    _p("fights", rf"{ENT} , (?:an?|the) [^,]{{1,80}}? (?:that|which|who) {GAP}(?P<t>fought|fights|hunted|hunts|attacked|attacks|battled|battles|targeted|targets) {ART}{LIST}", list_group=2),
    # "the X (XX), which has fought Y in the south for years": the writer's description
    # (not "X, the local affiliate of Y, which ...": a clause after a description is X's)
    # ("the coalition, which struck Houthi positions": air strikes fight whom they hit)
    _p("fights", rf"(?<!of ){ENT}(?: \( E\d++ \))? , (?:which|who) {GAP}(?P<t>fought|fights|attacked|attacks|battled|battles|struck|shelled|bombed|pounded|targeted) {ART}{LIST}", list_group=2),
    # "X, one of dozens of units under the council's command, which has fought Y"
    _p("fights", rf"{ENT} , one of [^,]{{1,100}} , (?:which|who) {GAP}(?P<t>fought|fights|hunted|hunts|attacked|attacks|battled|battles|targeted|targets) {ART}{LIST}", list_group=2),
    _p("fights", rf"{SUBJ} {GAP}(?P<t>repelled|repulsed|thwarted|foiled|halted|stopped|blocked|countered|resisted) (?:all |an? |the |several |their |its )?(?:[\w-]+ )?(?:attempts?|attacks?|advances?|offensives?|assaults?|incursions?|push) (?:by|of|from) {ART}{ENT}"),
    # "answered the air campaign with a stream of drone attacks on X"
    _p("fights", rf"{SUBJ} {GAP}(?:answered|answers|responded|respond|responds|retaliated|retaliates|hit back|replied) [^.;E]{{0,60}}?with [^.;E]{{0,80}}?(?P<t>attacks|strikes|raids|assaults|airstrikes|shelling|bombardments?) (?:on|against) {ART}{ENT}"),
    # "sending waves of fighters against government lines"
    _p("fights", rf"{SUBJ} [^.;E]{{0,60}}?(?P<t>sending|sent|sends|send|threw|throwing|hurled|hurling) (?:[\w-]+ ){{0,4}}?(?:fighters|troops|men|forces|reinforcements) (?:against|at) {ART}{ENT}"),
    _p("fights", rf"{SUBJ} {GAP}(?:launched|launches|launching|mounted|carried out|conducted|began|started|stepped up|intensified|pressed|joined|joins|joining|waged|wages|waging) {ART}(?:[\w-]+ ){{0,4}}?(?P<t>offensive|attacks?|assaults?|strikes|airstrikes|counteroffensive|campaign|raids?|operations?|bombardment|shelling|fight|war|battle|insurgency|rebellion) (?:[\w-]+ ){{0,3}}?(?:on|against|targeting) {ART}{ENT}"),
    # "launched Operation All Clear before dawn against some 30 camps of A, B and C": a
    # named operation, and the bodies whose camps or positions it is aimed at
    _p("fights", rf"{SUBJ} {GAP}(?:launched|launches|launching|mounted|began|begun|started) E\d++ (?:[^,;.E]{{1,60}}? )?(?P<t>against) {COUNT}{ART}(?:(?:[\w-]+ )?(?:camps|bases|positions|strongholds|hideouts|posts) of {ART})?{LIST}", list_group=2),
    # Headline shapes: "A take P as B flee", "A abandons P as B and C move in": A and B
    # are the two sides over P
    # ("A retake P villages as B slip back": the places of P)
    # ("Militants hold X as the army collapses"; "seize X, the country's second city, as police flee")
    _p("fights", rf"^(?:[^E,]{{0,30}}? )?{LIST} {GAP}(?:{TAKING}|seize last|take last|hold|holds) (?:(?!E\d)[\w-]+ ){{0,3}}?(?:in |of )?{ART}E\d++(?: (?:,|and) {ART}E\d++){{0,3}}(?: {PLACES_OF})?(?: , [^,E]{{1,40}} ,)? as {ART}{LIST} {GAP}(?P<t>{GIVING_WAY})\b", list_group=1),
    # "A raise flag over B's palace as C fall back"
    _p("fights", rf"^(?:[^E,]{{0,30}}? )?{LIST} {GAP}(?:raise|raises|raised|hoist|hoists|hoisted) (?:their |the |a |its )?flags? over [^,;]{{1,60}}? as {ART}{LIST} {GAP}(?P<t>{GIVING_WAY})\b", list_group=1),
    _p("fights", rf"^(?:[^E,]{{0,30}}? )?{LIST} {GAP}(?:{LEAVING}) {ART}E\d++ as {ART}(?:government and )?{LIST} {GAP}(?P<t>holds E\d++ ground|hold E\d++ ground|holds its ground|hold their ground|holds out|hold out|{MOVING_IN}|claim|claims|claimed)\b", list_group=1),
    # "A abandons P as B move in": B takes what A left
    _p("controls", rf"^(?:[^E,]{{0,30}}? )?(?:the )?E\d++(?: (?:,|and) (?:the )?E\d++)* {GAP}(?:{LEAVING}) {ART}(E\d++) as {ART}(?:government and )?{LIST} {GAP}(?P<t>{MOVING_IN})\b", 2, change="gain", list_group=2),
    # "when Saudi Arabia, Jordan and Bahrain joined the first raids on X targets"
    _p("fights", rf"(?:^|, |when |as |after ){LIST} {GAP}(?:joined|join|joins|launched|carried out|conducted|mounted) {ART}(?:[\w-]+ ){{0,3}}?(?P<t>raids|strikes|airstrikes|air strikes|attacks|bombing) (?:on|against) {ART}{ENT}", list_group=1),
    # "their joint operation with the Congolese army, launched in November, against the ADF"
    _p("fights", rf"(?:joint |combined )(?P<t>operation|operations|offensive|campaign) with {ART}{ENT}(?: , [^,]{{1,40}} ,)? against {ART}{ENT}"),
    # "A overran P, routing fighters of B": the participle set off after the clause is A's
    _p("fights", rf"^(?:[^E,]{{0,40}}? )?{SUBJ} {GAP}(?:{TAKING}|{ATTACKING}) [^.;]{{0,80}}?, (?P<t>routing|ambushing|attacking|killing|shelling|pounding|repelling|scattering|driving back|pushing back) {COUNT}{ART}{TROOPS_OF}{ENT}"),
    # "A captured P on Monday after a day of heavy fighting with the army"
    # (also "after nearly a week of close-quarters fighting with": the hyphen is a word)
    # (and "fighting with Tamil Tiger rebels": words of a name the model did not read)
    _p("fights", rf"^(?:[^E,]{{0,40}}? )?{SUBJ} [^.;]{{0,100}}?\bafter (?:nearly |almost |more than |over |about |some )?(?:a |an )?(?:[\w-]+ ){{0,5}}?(?P<t>fighting|clashes|battles) with {ART}(?:(?!help |support |backing |aid |of |the |and )[a-z-]+ ){{0,2}}?{ENT}"),
    # "X abandoned P after a siege of more than a week by Y": Y besieged X
    _p("fights", rf"^(?:[^E,]{{0,40}}? )?{SUBJ} (?:have |has |had )?(?:abandoned|evacuated|surrendered|lost|withdrew from|pulled out of|left) [^.;]{{0,100}}?\bafter (?:a |an )?(?:[\w-]+ ){{0,3}}?(?P<t>siege|assault|bombardment|offensive|attack) (?:of (?:more than |nearly |almost |about )?(?:a |an |\w+ )?(?:days?|weeks?|months?) )?by {ART}(?:(?!E\d)[\w-]+ of {ART})?{ENT}"),
    # "relied on X in the war against Y": X is in that war
    _p("fights", rf"{ENT}(?: \( E\d++ \))? (?:in|during) (?:the|a|its|their) (?:[\w-]+ )?(?P<t>war|fight|campaign|battle|struggle) against {ART}{ENT}"),
    # "A and B drove C out of P": A and B fight C (and take P, below)
    # (or a clause's subject after "that": "declared that E1 had driven E2 out of P")
    _p("fights", rf"(?:^(?:[^E,]{{0,40}}? )?|, |; |\bthat (?:the )?){NOT_BACKER}{LIST} {GAP}(?P<t>{DRIVING}) {ART}{ENT} (?:out of|from) ", list_group=1),
    _p("fights", rf"(?:until|when|before|after|as) {LIST} {GAP}(?P<t>{DRIVING}) {ART}{ENT} out\b(?! of)", list_group=1),  # "until Ethiopian troops drove it out"
    # "X recaptured A on Saturday and drove rebels loyal to B out of the town": the
    # sentence's subject does the second verb too
    _p("fights", rf"^(?:[^E,]{{0,40}}? )?{SUBJ} {FIRST_DEED} (?:(?!E\d++ [a-z]+(?:ed|s) |, |said |says )[^.;]){{0,80}}? and (?P<t>{DRIVING}) {ART}{ENT}(?: (?:loyal|allied) to (?:[\w-]+ ){{0,3}}?E\d++)? (?:out of|from) "),
    # (and holds the place it drove them from: "X overran A and drove the Khmer Rouge out of B")
    _p("controls", rf"^(?:[^E,]{{0,40}}? )?{SUBJ} {FIRST_DEED} (?:(?!E\d++ [a-z]+(?:ed|s) |, |said |says )[^.;]){{0,80}}? and (?P<t>{DRIVING}) {ART}(?:E\d++|(?:[\w-]+ )?(?:insurgents|rebels|militants|jihadists|separatists|fighters|gunmen|troops|forces))(?: (?:loyal|allied) to (?:[\w-]+ ){{0,3}}?E\d++)? (?:out of|from) {CONTROL}{ART}{ENT}", change="gain"),
    # (whoever is driven out, named or only described: "drove the insurgents out of P")
    _p("controls", rf"(?:^(?:[^E,]{{0,40}}? )?|, |; |\bthat (?:the )?){NOT_BACKER}{LIST} {GAP}(?P<t>{DRIVING}) {ART}(?:E\d++|(?:[\w-]+ )?(?:insurgents|rebels|militants|jihadists|separatists|fighters|gunmen)) (?:out of|from) {CONTROL}{ART}{ENT}", change="gain", list_group=1),
    # "when X, a gang once loyal to Y, drove the police out of the city": a subject with
    # its description, whoever it drove out
    _p("controls", rf"\b(?:when|after|as) (?:the )?{SUBJ} {GAP}(?P<t>{DRIVING}) {ART}(?:E\d++|(?:[\w-]+ )?(?:police|troops|soldiers|garrison|militias?|militiamen|insurgents|rebels|militants|jihadists|separatists|fighters|gunmen)) (?:out of|from) {CONTROL}{ART}{ENT}", change="gain"),
    _p("controls", rf"E\d++ {GAP}(?P<t>{DRIVING}) {ART}{ENT} (?:out of|from) {CONTROL}{ART}{ENT}", change="loss"),
    # control
    # (not "swept through Afghanistan's provincial capitals": a possessor is not what is
    # taken; nor "retake Dagestan villages": villages in it)
    _p("controls", rf"{SUBJ} {GAP}(?P<t>{TAKING}) {CONTROL}{ART}{LIST}(?! 's| {PLACES_OF}\b)", change="gain", list_group=2),
    _p("controls", rf"(?:^|, |; ){LIST} {GAP}(?P<t>{TAKING}) {CONTROL}{ART}{LIST}(?! 's| {PLACES_OF}\b)", change="gain", list_group=1),
    _p("controls", rf"(?:^|, |; ){MODIFIED_LIST} {GAP}(?P<t>{TAKING}) {CONTROL}{ART}{LIST}", change="gain", list_group=1),  # "A and allied B took ..."
    _p("controls", rf"{SUBJ} {GAP}(?P<t>controls|controlled|holds|held|control|hold|administers|administered|governs|governed|rules|ruled|guard|guards|guarded|secured) {CONTROL}{ART}(?:central |downtown )?{LIST}(?! 's)", list_group=2),  # not "secured X's support"; "controlled central Harare"
    # "by nightfall A, with B airfield and the C bridge, was held by X": the place the
    # clause is about and the sites set off after it with "with" (the parser may make a
    # site the subject and leave the place hanging)
    _p("controls", rf"(?:^|, and |; )(?:[^E,]{{0,40}}? )?(E\d++ , (?:together )?with (?:the )?(?:E\d++ , (?:the )?)*(?:E\d++(?: ,)? and (?:the )?)?E\d++) , (?:was|were|is|are|had been|has been|have been) (?:now |then |firmly |still )?(?P<t>held|controlled|occupied) by {ART}{ENT}", 2),
    # "German troops still occupy X": the parser often takes the present "occupy" for a
    # noun (and so misses a "to" or a "would" before it: no gap allowed here)
    _p("controls", rf"{SUBJ} {HELD_HOW}(?P<t>occupies|occupy) {CONTROL}{ART}{LIST}(?! 's)", list_group=2),
    # "kept hold of the airport", "keeps a firm grip on X": held throughout
    _p("controls", rf"{SUBJ} {GAP}(?P<t>kept|keeps|keep|keeping|retained|retains|retain|maintained|maintains) (?:a )?(?:firm |tight |full )?(?:hold|grip|control) (?:of|on|over) {ART}{LIST}(?! 's)", list_group=2),
    # "The navy moved first, occupying X": the mover takes what its participle names
    _p("controls", rf"^(?:[^E,]{{0,40}}? )?{SUBJ} (?:moved|pushed|advanced|swept|struck|went|rolled|poured|drove|marched|crossed) (?:(?!E\d)[\w-]+ ){{0,4}}?, (?P<t>occupying|seizing|capturing|taking|retaking|overrunning) {CONTROL}{ART}{LIST}(?! 's)", change="gain", list_group=2),
    # "the brigade has since dug in at X", "are dug in around X": ground held
    _p("controls", rf"{SUBJ} {GAP}(?P<t>dug in|digging in|entrenched) (?:at|in|around|on) {HEIGHT_AT}{CONTROL}{ART}{LIST}(?! 's)", list_group=2),
    # "A crossed from the enclave of B late last week and took C": the sentence's
    # subject does the second verb (no other subject, comma or saying in between),
    # also when the second verb has its own day ("and on Tuesday entered C"), and after
    # an opening phrase set off by a comma ("Farther north, A crossed ...")
    _p("controls", rf"^(?:[^E,]{{0,40}}? (?:, )?)?{SUBJ} (?:[a-z]+ed|swept|broke|drove|rode|went|came|fought|ran) (?:(?!E\d++ [a-z]+(?:ed|s) |, |said |says )[^.;]){{0,80}}? and (?:(?:then |later |(?:early |late )?on [a-z]+ |a day later |the next day ))?(?P<t>{TAKING}) {CONTROL}{ART}{LIST}", change="gain", list_group=2),
    # (or shown there: "commanders were filmed inside the palace")
    _p("controls", rf"{SUBJ}(?: commanders| leaders)? (?:were|was|are|is) (?:now |already |firmly )?(?:(?:filmed|seen|photographed|pictured) )?(?P<t>inside) {ART}{LIST}", change="gain", list_group=2),
    # "thousands of soldiers of X's 201st Division are based in A and guard the airport, ..."
    _p("controls", rf"(?:^|, |; )(?:(?:thousands|hundreds|dozens|some|about|several) of )?(?:E\d++ of )?{ART}(?:E\d++ 's )?{ENT} (?:are|is|were|was) (?:based|stationed|deployed|garrisoned) in {ART}E\d++ and (?P<t>guard|guards|guarded|hold|holds|held|control|controls|controlled|protect|protects) {ART}{LIST}", list_group=2),
    # "troops were back in control of X", "the army remains in full control of X"
    # (and "in control of the streets of X", "of X's streets": the town)
    _p("controls", rf"{SUBJ} (?:were|was|are|is|remain|remains|remained) (?:(?:now|back|firmly|still|fully|again) )*(?P<t>in) (?:full |complete |total |sole |effective |firm )?(?:control|possession) of {ART}(?:(?:[a-z-]+ )?(?:town|city|village|port) of |{TOWN_PART} of (?:the )?)?{LIST}(?! 's)", list_group=2),
    _p("controls", rf"{SUBJ} (?:were|was|are|is|remain|remains|remained) (?:(?:now|back|firmly|still|fully|again) )*(?P<t>in) (?:full |complete |total |sole |effective |firm )?control of {ART}{ENT} 's {TOWN_PART}\b"),
    # "Kyrgyz troops were back in X on Saturday": back in the place, holding it again
    _p("controls", rf"{SUBJ} (?:were|was|are|is) (?:now |firmly )?(?P<t>back) in {ART}{ENT}(?! 's)", change="gain"),
    # "Israeli troops pull back from X as Hezbollah holds its ground": the side standing
    # fast holds the place the other left
    _p("controls", rf"(?:pull|pulls|pulled|pulling|fall|falls|fell|falling|withdraw|withdraws|withdrew|withdrawing) back from {ART}{ENT} as {ART}{ENT} (?P<t>holds|hold|held|holding) (?:its|their|E\d++) ground", 2),
    # "X has used Y as its base since May", "the mine, which X has used as his base":
    # a side's seat is ground it holds
    _p("controls", rf"{SUBJ} {GAP}(?P<t>used|uses|use|using) {ART}{ENT} as (?:a |an |the |its |their |his |her |E\d++ (?:'s )?)?{SEAT}\b"),
    _p("controls", rf"{ENT} , (?:which|that) {ART}{ENT} {GAP}(?P<t>used|uses|use) as (?:a |an |the |its |their |his |her |E\d++ (?:'s )?)?{SEAT}\b", 2),
    # "Russia, which keeps an air base at Kant", "which runs its only permanent military
    # base in Africa at Camp Lemonnier": a state's base is ground it holds (only "at": a
    # base "in" a country holds none of it)
    _p("controls", rf"{ENT} , (?:which|who) (?:also |still )?(?P<t>keeps|kept|has|had|maintains|maintained|runs|ran|operates|operated) (?:an? |its |their |the |E\d++ )?(?:[\w-]+ ){{0,3}}?(?:base|airbase|garrison|outpost)(?: in {ART}E\d++)? at {ART}{ENT}"),
    # "a group of rebels was still holding out in X": they hold what they hold out in
    # ("garrisons still hold out, under siege, at A and B": the same; not "the garrisons
    # still holding out in X laid down their arms", the participle of a surrender)
    _p("controls", rf"{SUBJ} (?:(?:were|was|are|is|had been|have been|has been) (?:still )?(?=holding )|(?:still )?(?=hold |holds |held ))(?P<t>holding|hold|holds|held) out (?:, (?:[\w-]+ ){{1,3}}, )?(?:(?:on|by|until) [\w-]+ )?(?:in|inside|around|at) {ART}(?:(?:[a-z-]+ )?(?:town|city|village|port) of )?{LIST}", list_group=2),
    # "withdrew from X, leaving local militias in control of the city": those left hold
    # it from then on (a change, dated with the withdrawal)
    # ("leaving the A and its allies of the B in sole control of X": A, whatever the allies' words)
    _p("controls", rf"(?P<t>leaving|left) (?:(?!E\d)[\w-]+ ){{0,2}}{ENT}(?: and(?: (?!in )(?:[\w-]+|E\d++)){{1,8}}?)? in (?:full |sole |effective )?control of {ART}{ENT}(?! 's)", change="gain"),
    # "A and the mostly Shia volunteers of B were in full control of X": both hold it
    _p("controls", rf"(?:^|, |; |that ){LIST} (?:were|are|remain|remained) (?:(?:now|back|firmly|still|fully|again) )*(?P<t>in) (?:full |complete |total |sole |effective |firm )?control of {ART}{ENT}(?! 's)", list_group=1),
    _p("controls", rf"{WITH_PARTNERS} {GAP}(?P<t>controls|controlled|holds|held|control|hold) {CONTROL}{ART}{LIST}", list_group=2),
    _p("controls", rf"{WITH_PARTNERS} {GAP}(?P<t>{TAKING}) {CONTROL}{ART}{LIST}", change="gain", list_group=2),
    # "retook A, the provincial capital, in December and the town of B in April",
    # "still hold A, Iraq's second city, and B on the border": B after an apposition
    _p("controls", rf"{SUBJ} {GAP}(?P<t>{TAKING}){APPOSED_SECOND}", change="gain"),
    _p("controls", rf"{SUBJ} {GAP}(?P<t>controls|holds|held|hold){APPOSED_SECOND}"),
    # "the army pulled back and reinforced the garrison at X": its own garrison, so X is held
    _p("controls", rf"{SUBJ} (?:[^.;]{{0,80}}? and )?{GAP}(?:has |have |had )?(?P<t>reinforced|reinforces|reinforcing) (?:its |their |the )?(?:[\w-]+ )?garrisons? (?:at|in|of) {ART}{ENT}"),
    # "fighters have pulled back across the river and dug in around X": holding it
    _p("controls", rf"{SUBJ} (?:[^.;]{{0,80}}? and )?{GAP}(?:have |has |had )?(?P<t>dug in|dig in|digs in|digging in) (?:around|at|in|inside) {ART}{ENT}"),
    # "soldiers fell back to the airport", "the army withdrew to P": they hold where they went
    # (not "withdrew to the border": no place named; not "withdrew from P": a loss, read elsewhere)
    _p("controls", rf"{SUBJ} {GAP}(?P<t>fell back|falling back|withdrew|withdrawn|retreated|pulled back) to {ART}{ENT}(?! border)"),
    # "Fighters led by the group X patrolled the streets of P": X holds P
    _p("controls", rf"^(?:[^E,]{{0,40}}? )?(?:fighters|forces|troops|units|members|gunmen) (?:led|commanded) by (?:the )?(?:[\w-]+ ){{0,2}}?{ENT} {GAP}(?P<t>patrolled|patrol|patrols|patrolling) the streets of {ART}{ENT}"),
    _p("controls", rf"{SUBJ} {GAP}(?P<t>patrolled|patrol|patrols|patrolling) the streets of {ART}{ENT}"),
    # "held every ministry, the central market and X": a named place closing a list of
    # places the text does not name (no preposition inside: not "held talks with X"; not
    # "seized the islands and Britain sent ...": a clause of its own)
    _p("controls", rf"{SUBJ} {GAP}(?P<t>held|holds|hold|controlled|controls|seized|captured|took|occupied|overran) (?!(?:part|place|note|office|refuge|shelter|cover|aim|talks|meetings|elections) )(?:(?!E\d|with |to |for |on |about |of |in |at |by |from |and )[\w-]+ ){{1,4}}(?:, (?:(?!E\d|with |to |for |on |about |of |in |at |by |from |and )[\w-]+ ){{1,4}})*(?:, )?and {ART}{ENT}(?! 's)(?= [.,;:]| (?:on|in|at|after|before|by|for|during|last|this|since|until|and|or|as|while|when|from|to|with|early|late|earlier|later)\b|$)"),
    # "kept hold of X", "kept their hold on X's port", "keep their grip on X", "tightened
    # their grip on X" (their: a resolved pronoun, E<k>)
    _p("controls", rf"{SUBJ} {GAP}(?P<t>kept|keep|keeps|keeping|retained|retains|retain|maintained|maintains|maintain|tightened|tightens|tightening|consolidated|consolidates|consolidating|cemented|cements) (?:(?:their|its|a|firm|full|tight|his|E\d++) )*(?:hold|grip|control) (?:of|on|over) {ART}{LIST}(?! 's)", list_group=2),
    # "raised their flag over the hospital and the stadium", "hoisted the national flag on the roof of X",
    # "hoisted the tricolour over the X district of Y"
    _p("controls", rf"{SUBJ} {GAP}(?P<t>raised|raises|raising|hoisted|hoists|hoisting|planted|plants) (?:the |their |its |a |E\d++ )?(?:[\w-]+ ){{0,2}}?(?:flag|flags|banner|tricolour|tricolor|colours|colors) (?:over|on|above) (?:the (?:roof|top) of )?{CONTROL}{ART}{LIST}", change="gain", list_group=2),
    _p("controls", rf"{ENT} ,? (?:which|who|that) {GAP}(?P<t>controls|control|holds|hold|held|controlled|administers|administered|governs|governed|runs|ran|run) {CONTROL}{ART}{LIST}", list_group=2),
    # "the rebels, who launched their revolt in 1999 and now control much of A in the
    # north, as well as B": the relative clause's second verb, and what "as well as" adds
    _p("controls", rf"{ENT} , (?:which|who) (?:(?!, )[^.;]){{0,80}}? and (?:now |still |also )?(?P<t>control|controls|controlled|hold|holds|held) {CONTROL}{ART}{LIST}(?! 's)", list_group=2),
    _p("controls", rf"{ENT} , (?:which|who) (?:(?!, )[^.;]){{0,80}}? and (?:now |still |also )?(?P<t>control|controls|controlled|hold|holds|held) [^.;]{{0,80}}?, as well as {CONTROL}{ART}{LIST}(?! 's)", list_group=2),
    # "The militants, who also overran X, ...": the parser often takes a rarer past form
    # for a name and loses the relative clause
    _p("controls", rf"{ENT} , (?:which|who) {GAP}(?P<t>{TAKING}) {CONTROL}{ART}{LIST}(?! 's)", change="gain", list_group=2),
    # "Nawa, which government troops had held for a decade", "X, a village that Russian forces have held since January"
    # (not "which X had held for a decade": a hold that has ended)
    # ("the X peninsula, most of which the LTTE has controlled since 1990": the land a portion is of)
    _p("controls", rf"{LIST}(?: , (?:an?|the) [^,]{{1,80}}?)?(?: ,)? (?:(?:most|much|all|part|parts) of )?(?:which|that) {ART}(?:E\d++ )?{ENT} (?:has|have) (?:long |still |already )?(?P<t>held|controlled|occupied|run)\b", 2, list_group=1),  # ("which his men have held": E1 E2)
    # "The M4, which runs west from A towards B, remains in the hands of C and the D";
    # "E, the Serb-held strip of F, was untouched and remains in the hands of G"
    _p("controls", rf"(?:^|, |; )(?:security in )?(?:the )?{ENT}(?: , (?:which|the|an?|as in) [^;]{{1,100}}? ,)?(?: (?:was|is) [a-z]+ and)? (?:still )?(?P<t>remains|remained|stays|stayed) (?:firmly |still )?(?:in the hands of|under the control of) {ART}{LIST}(?! 's)", 2, list_group=2),
    # "X, which A now hold", "X, which B seized in 2014 and which A now hold"
    # (not "two towns in neighbouring Abyan province that A still hold": the towns)
    # ("a town in Kyrenia district that A still held on Tuesday": the past, with "still")
    # (nor "said by telephone from A that X still held B": "that" opens what was said, not a clause on A)
    _p("controls", rf"(?<! in )(?<!neighbouring )(?<! from ){LIST}(?: , (?:an?|the|two|three|four|both|several) [^,]{{1,80}}?)?(?: ,)? (?:(?:which|that) [^.;]{{1,100}}? and )?(?:which|that) {ART}{ENT}(?: \( E\d++ \))? (?:now |still )?(?P<t>hold|holds|control|controls|occupy|occupies|run|runs|still held|still controlled|held(?= throughout))\b", 2, list_group=1),  # ("which X held throughout the fighting": it never fell)
    # "X's garrison on the islands surrendered to Y": Y fought X, and holds the islands now
    # ("the X garrison of Fort Y, a stockade of logs, surrendered to Z": likewise)
    # ("surrendered to the combined American and French forces": each of them)
    # (and past a description with a list of its own: "X, some 7,000 soldiers, seamen and Y, surrendered")
    _p("fights", rf"{ENT}(?: (?:on|in|at|of) {ART}E\d++)?(?: , (?:[^,]|(?<=\d),(?=\d)){{1,80}}?(?: , [^,]{{1,40}}? and [^,]{{1,40}}?)? ,)? (?:has |had )?(?P<t>surrendered|surrenders|capitulated) {TIME_PHRASE}to {ART}(?:combined |allied |joint )?{LIST}", list_group=2),
    _p("controls", rf"E\d++ (?:on|in|at|of) {ART}{ENT}(?: , [^,]{{1,80}}? ,)? (?:has |had )?(?P<t>surrendered|surrenders|capitulated) to {ART}{ENT}", 2, change="gain"),
    # "Y, the last post X still held, surrendered to Z": a place that gives itself up is Z's
    _p("controls", rf"{ENT}(?: , [^,]{{1,120}}? ,)? (?:has |had )?(?P<t>surrendered|surrenders|capitulated) to {ART}{ENT}", 2, change="gain"),
    # "X, the regional commander of Y, surrendered his garrison to Z": Z fought Y
    _p("fights", rf"E\d++ , (?:the |a )?(?:[\w-]+ ){{0,2}}?(?:commander|chief|head|leader) of {ART}{ENT} , (?:has |had )?(?P<t>surrendered|surrenders) (?:E\d++ )?(?:E\d++|(?:his |her |its |their |the )(?:[\w-]+ )?(?:garrison|troops|forces|men|units?|brigade|battalion|division|positions|base|command|town|city)) to {ART}(?:E\d++ [\w-]+ )?{ENT}"),  # ("his garrison" may be a unit of its own; "U.S. special forces" two)
    # "X, which the group still holds along with A and B": A and B too
    _p("controls", rf"(?:which|that) {ART}{ENT} (?:now |still )?(?P<t>hold|holds|control|controls) along with {ART}{LIST}", list_group=2),
    # "P, a town in the north, where A is in control" (a named A: "his supporters" are no unit here)
    _p("controls", rf"{ENT}(?: , [^,]{{1,80}})? , where {ART}(?:(?!E\d)[\w-]+ ){{0,2}}{ENT} (?:is|are|was|were|remain|remains|has been|have been|had been) (?:now |still |firmly )?in (?:full )?(?P<t>control)\b", 2),
    _p("controls", rf"{LIST}(?: itself)?(?: , (?:an?|the|on|in|near|along) [^,]{{1,80}}?)?(?: ,)? (?:which|that) {ART}{ENT} (?:has |have |had )?(?:just |already )?(?P<t>seized|captured|taken|took|overran|overrun|retook|retaken|recaptured)\b", 2, change="gain", list_group=1),
    # "Aden, where the X, a movement backed by Y, holds sway"; "A holds sway in P"
    _p("controls", rf"{ENT}(?: , [^,]{{1,80}})? , where {ART}{ENT}(?: , [^,]{{1,100}} ,)? (?:still |now )?(?P<t>holds|hold|held) sway\b", 2),
    _p("controls", rf"{SUBJ} {GAP}(?P<t>holds|hold|held) sway (?:in|over) {ART}{ENT}"),
    # "El Fasher is the only one still in army hands"
    # ("E, which the Latvians call F, remains in G hands": a relative clause may name others)
    # ("X, bombed all day, surrendered on Wednesday and is now in German hands": after its fall)
    _p("controls", rf"{ENT}(?: , [^,E]{{1,40}} ,| , which [^,]{{1,80}} ,)?(?: (?:surrendered|fell|capitulated)(?: (?!and )[\w-]+){{0,3}} and)? {BE} (?:the only (?:one|town|city|place|[\w-]+ city|[\w-]+ town) )?(?:also |still |now |firmly )?in {ART}{ENT} (?P<t>hands)\b", 2),
    # "... still hold the part of the region east of the river, including the towns of X and Y"
    # (after a place the sentence opens on: "In X, the army, which ..., has overrun ...")
    _p("controls", rf"^(?:in E\d++ , |[^E,]{{0,40}}? ,? ?)?(?:the )?{SUBJ} [^.;E]{{0,120}}?(?P<t>controls|controlled|holds|held|hold|control|{TAKING}) [^.;]{{0,120}}?, (?:including|as well as|and later|then|among them|among which|such as) {CONTROL}(?:the (?:[\w-]+ )?(?:towns|cities|villages|districts) of )?{ART}(?:(?:sprawling|strategic|nearby|key|vast|main|disputed) )?{LIST}", list_group=2),
    _p("controls", rf"{SUBJ} {GAP}(?P<t>controls|controlled|holds|held|hold|control|guard|guards|{TAKING}) [^.;]{{0,120}}?, (?:including|as well as|and later|then|among them|among which|such as) {CONTROL}(?:the (?:[\w-]+ )?(?:towns|cities|villages|districts) of )?{ART}(?:(?:sprawling|strategic|nearby|key|vast|main|disputed) )?{LIST}", list_group=2),
    # "A advanced across the south, capturing X": the participle's subject is A's
    # (not "A fell apart as B swept south, taking X": a clause with a subject of its own between)
    _p("controls", rf"^(?:[^E,]{{0,40}}? ,? ?)?(?:the )?{SUBJ} (?:(?! (?:as|when|while|after|before) (?:the )?E\d)[^.;]){{1,120}}?, (?:after |before )?(?P<t>capturing|seizing|taking|retaking|recapturing|overrunning|entering) {CONTROL}{ART}{LIST}", change="gain", list_group=2),
    # "A pushed to within 2 km of X, shelling the hospital and overrunning B trenches": A fought B
    _p("fights", rf"^(?:[^E,]{{0,40}}? ,? ?)?(?:the )?{SUBJ} (?:(?! (?:as|when|while|after|before) (?:the )?E\d)[^.;]){{1,120}}?(?:, |and )(?P<t>overrunning|attacking|shelling|storming|ambushing|raiding|pounding) {ART}{ENT} (?:positions|trenches|lines|posts|outposts|defences|defenses|bunkers|checkpoints)\b"),
    # "towards A and B in the north-west, the army's last strongholds": the owner holds each
    # ("from A, the separatists' headquarters": an armed group's only, see relations.ARMED_SEAT_NOUNS)
    _p("controls", rf"(?:towards?|to|on|around|in|into) {ART}{LIST}(?: (?:in|on) the [\w-]+(?: - [\w-]+)?)? , (?:the )?{ENT} 's (?:(?:last|main|remaining|key|biggest|largest|two|only) )*(?P<t>strongholds?|bastions?|headquarters)\b", 2, list_group=1),
    # "left for Camp Shorabak, the headquarters of the 215th Corps": a body holds its own
    # headquarters (not in a sentence where someone takes the place: "overran Camp Massart,
    # the gendarmerie's headquarters" names the loser, read with the fights)
    _p("controls", rf"^(?:(?!\b(?:{TAKING}|lost|fell|abandoned|evacuated)\b)[^.;])*?{ENT} , the (?:(?!E\d)[\w-]+ ){{0,2}}?(?P<t>headquarters) of {ART}(?:E\d++ 's )?{ENT}", 2),
    _p("controls", rf"^(?:(?!\b(?:{TAKING}|lost|fell|abandoned|evacuated)\b)[^.;])*?{ENT} , {ART}{ENT} 's (?:(?!E\d)[\w-]+ ){{0,2}}?(?P<t>headquarters)(?! of)", 2),
    # "the infantry had carried the hill": taken by assault (only a named place right after)
    _p("controls", rf"{SUBJ} {GAP}(?P<t>carried) {ART}(?:(?:(?!E\d)[\w-]+ ){{0,3}}?known as {ART})?{ENT}(?! (?:to|into|from|across|through|out|off)\b)", change="gain"),  # ("the fortified headland known as X")
    # "A seized the B stronghold of X": A fought B and took X from it
    _p("fights", rf"{SUBJ} {GAP}(?P<t>{TAKING}) {ART}{ENT} (?:stronghold|bastion|heartland|base) of {ENT}"),
    _p("controls", rf"{SUBJ} {GAP}(?P<t>{TAKING}) {ART}(?:E\d++) (?:stronghold|bastion|heartland|base) of {ENT}", change="gain"),
    _p("controls", rf"(?:E\d++)(?: , [^,]{{1,80}} ,)? {GAP}(?P<t>{TAKING}) {ART}{ENT} (?:stronghold|bastion|heartland|base) of {ENT}", change="loss"),
    # "A captured P, the headquarters of B", "A took control of the town that had been
    # B's stronghold": who takes an enemy's seat fights it (not a country's capital: the
    # town is taken from whoever holds it, which the sentence does not say)
    # ("captured P, the main port of R and the seat of the rebel B": a description before
    # the seat, whose "port" may be a mention of P)
    _p("fights", rf"{SUBJ} (?:{GAP}(?:{TAKING}) E\d++(?: on \w+)? and )?{GAP}(?P<t>{TAKING}) {CONTROL}{ART}(?:(?!E\d)[\w-]+ )?E\d++(?: on \w+)?(?: , | (?:that|which) (?:had |has )?(?:long )?(?:been|was) )(?:{ART}(?:[\w-]+ ){{1,3}}?of {ART}(?:E\d++|[a-z-]+) and )?{ART}{SEAT} of {ART}(?:(?!E\d)[\w-]+ ){{0,2}}?(?:[\"“] )?{ENT}"),
    _p("fights", rf"(?:^|, |; ){LIST} {GAP}(?P<t>{TAKING}) {CONTROL}{ART}(?:(?!E\d)[\w-]+ )?E\d++(?: on \w+)?(?: , | (?:that|which) (?:had |has )?(?:long )?(?:been|was) ){ART}{SEAT} of {ART}(?:(?!E\d)[\w-]+ ){{0,2}}?{ENT}", list_group=1),
    _p("fights", rf"{SUBJ} {GAP}(?P<t>{TAKING}) {CONTROL}{ART}(?:(?!E\d)[\w-]+ )?E\d++(?: on \w+)? , {ART}{ENT} 's {SEAT}\b"),
    # "pushed deep into X, the downtown stronghold of Y": an advance into the foe's seat
    # fights the foe (it need not take the place)
    _p("fights", rf"{SUBJ} {GAP}(?P<t>pushed|pushing|drove|driving|advanced|advancing|moved|moving) (?:deep |further |farther )?into {ART}E\d++ , {ART}{SEAT} of {ART}(?:(?!E\d)[\w-]+ ){{0,2}}?{ENT}"),
    # "P, which A overran last spring before being driven out in July by B and C": B and C fought A
    _p("fights", rf"(?:which|that) {ART}{ENT} {GAP}(?:{TAKING}) (?:[^,;E]{{0,40}} )?before being (?P<t>driven|pushed|forced|chased|expelled|ousted|thrown) (?:out |back )?(?:[^,;E]{{0,30}} )?by (?:(?!E\d)[\w-]+ ){{0,3}}?(?:and )?{ART}{LIST}", list_group=2),  # ("by southern fighters and Emirati troops": the named ones)
    # "A was pushed out of X in 2011 by B": B fought A
    _p("fights", rf"{SUBJ} (?:was|were|had been|has been|have been) (?P<t>pushed|driven|forced|expelled|ousted|routed|chased)(?: out)? (?:of|from) {ART}(?:E\d++)(?: [\w-]+){{0,3}}? by {ART}{ENT}"),
    # "A was overrun by B": B fought A (a town overrun is taken, read by the verb rules;
    # no fight has a place's side, see fits)
    _p("fights", rf"{SUBJ} (?:was|were|had been|has been|have been) (?:[\w-]+ly )?(?P<t>overrun|overwhelmed) (?:(?!E\d)[\w-]+ ){{0,4}}?by {ART}{ENT}"),
    # "A retook X from B": A fought B, and B lost X
    # ("retaken A and its army camp from B": a site named by its holder's word)
    _p("fights", rf"{SUBJ} {GAP}(?P<t>{TAKING}) {CONTROL}{ART}(?:E\d++(?: (?:camp|base|barracks|airfield|airport|garrison))?(?: , | and | , and )?)+ from {ART}{ENT}"),
    _p("fights", rf"(?:^|, |; ){LIST} {GAP}(?P<t>{TAKING}) {CONTROL}{ART}(?:E\d++(?: , | and | , and )?)+ from {ART}{ENT}", list_group=1),
    _p("controls", rf"E\d++(?: \( E\d++ \))?(?: , [^,]{{1,80}} ,)? {GAP}(?P<t>{TAKING}) {CONTROL}{ART}{LIST} from {ART}{ENT}", 2, change="loss", list_group=1),
    # "X is now under Y control", "X remains in the hands of Y", "X, held by Y"
    # "X, the country's second city, which remains in the army's hands"
    # (and "A and the bridgehead remained under Y control": a named place beside one the text does not name)
    # ("E, in F, is the only one still in army hands": one of several, the rest lost)
    _p("controls", rf"{LIST}(?: and (?:the |its )?[a-z-]+(?= {BE} ))?(?: , in E\d++ ,)?{DESCRIBED} (?:itself |also )?(?:{BE} )?(?:the (?:only|last) (?:one|[a-z]+) )?{HELD_HOW}(?:under|in) {ART}{ENT}(?: 's| ')? (?P<t>control|hands)", 2, list_group=1),  # ("the base itself stayed in government hands")
    # "about 80 percent of X, including Z's stronghold of W, is now under the control of
    # the coalition's gangs": a share of X held, and by the coalition
    _p("controls", rf"(?:percent|per cent|most|much|parts|part|half|swathes) of {ENT}(?: , including [^,]{{1,60}} ,)? {BE} {HELD_HOW}(?:under|in) the (?:full |complete |effective |firm )?(?P<t>control|hands) of {ART}{SIDE_WORD}{ENT}(?: 's (?:gangs|forces|fighters|men|militias|units))?(?! 's| ')", 2),
    # "X, some 30 miles to the south-west, which remains in the hands of Y"
    _p("controls", rf"{LIST}{DESCRIBED} (?:itself |also )?(?:{BE} )?{HELD_HOW}(?:under|in) the (?:full |complete |effective |firm )?(?P<t>control|hands) of {ART}{SIDE_WORD}{ENT}(?! 's| ')", 2, list_group=1),
    # "A, now in the hands of Y, was quiet", "A, still under Y control, ...": a hold set off
    # after the place's name
    _p("controls", rf"{ENT} , (?:now |still |already |firmly )*(?:back )?(?:under|in) the (?:full |complete |effective |firm )?(?P<t>control|hands) of {ART}{SIDE_WORD}{ENT}(?! 's| ')(?= ,| \.|$| since)", 2),
    _p("controls", rf"{ENT} , (?:now |still |already |firmly )*(?:back )?(?:under|in) {ART}{ENT}(?: 's| ')? (?P<t>control|hands)(?= ,| \.|$| since)", 2),
    # "it had never left Indian hands": held throughout (the "never" denies a loss, not the hold)
    _p("controls", rf"{ENT}{DESCRIBED} (?:has |had |have )?never (?:left|slipped from|slipped out of|passed out of) {ART}{ENT}(?: 's| ')? (?P<t>hands|control)", 2),
    # "X, which remains in government hands along with Y": Y too
    _p("controls", rf"(?:under|in) {ART}{ENT}(?: 's| ')? (?P<t>control|hands)(?: ,)? along with {ART}{LIST}", list_group=2),
    # "X was evacuated by its garrison in May and has been in Y hands since": the place
    # the first clause is about (a passive of its own before "and")
    _p("controls", rf"(?:^|, |; ){ENT}{DESCRIBED} (?:was|were|had been) [a-z-]+ (?:by|from) [^;]{{0,60}}? and {BE} {HELD_HOW}(?:under|in) {ART}{ENT}(?: 's| ')? (?P<t>control|hands)", 2),
    # "The mosque and the seminary have been cleared and are under the army's control"
    # (its second item may be a building the model did not name: "the seminary")
    _p("controls", rf"(?:^|, |; |\" )(?:the )?{LIST}(?: and(?: the)?(?: (?!E\d)[\w-]+){{1,3}}?)?{DESCRIBED} (?:has|have|had) been [a-z-]+ and {BE} {HELD_HOW}(?:under|in) {ART}{ENT}(?: 's| ')? (?P<t>control|hands)", 2, list_group=1),
    _p("controls", rf"(?:^|, |; ){ENT}{DESCRIBED} (?:was|were|had been) [a-z-]+ (?:by|from) [^;]{{0,60}}? and {BE} {HELD_HOW}(?:under|in) the (?P<t>control|hands) of {ART}{ENT}", 2),
    # "the provincial capital, X, remains in the hands of Y" (a name set off after the
    # town noun; not "part of X, stayed in Y hands", where X is only where the thing lies)
    # (the town noun is read as the town itself: "the provincial E0 , E1 , remains ...")
    _p("controls", rf"E\d++ , {ENT} , (?:also )?{BE} {HELD_HOW}(?:under|in) {ART}{ENT}(?: 's| ')? (?P<t>control|hands)", 2),
    _p("controls", rf"E\d++ , {ENT} , (?:also )?{BE} {HELD_HOW}(?:under|in) (?:the )?(?:full |complete |effective )?(?P<t>control|hands) of {ART}{LIST}", 2, list_group=2),
    # "the movement's flag was flying over the governor's palace", "X flags were raised
    # over Y": whose flag flies over a place holds it
    _p("controls", rf"{ENT}(?: 's)? (?:[a-z-]+ )?flags? (?:was |were |is |are |had been |has been |have been )?(?:already |now |still |again |finally )?(?P<t>flying|flew|flies|raised|hoisted|planted) (?:over|above|on) {ART}{LIST}(?! 's)", list_group=2),
    # "the two other positions, A and B, were also in Y hands": each name set off after
    # a plural of places
    _p("controls", rf"\b(?:{'|'.join(sorted(APPOSED_PLACE_PLURALS))}) , {LIST} , {BE} {HELD_HOW}(?:under|in) {ART}{ENT}(?: 's| ')? (?P<t>control|hands)", 2, list_group=1),
    # "... remains in government hands, as do A and the besieged capital, B": A and B too
    _p("controls", rf"(?:under|in) {ART}{ENT}(?: 's| ')? (?P<t>control|hands){HANDS_TIME} , as (?:do|does|did) (?:the )?(?:[\w-]+ )?{LIST}(?! ,)", list_group=2),
    # ("... remained in Ethiopian hands tonight, as did B, the chief town of C": one place, described)
    _p("controls", rf"(?:under|in) {ART}{ENT}(?: 's| ')? (?P<t>control|hands){HANDS_TIME} , as (?:do|does|did) {ENT} , (?:the|an?) "),
    _p("controls", rf"(?:under|in) {ART}{ENT}(?: 's| ')? (?P<t>control|hands) , as (?:do|does|did) [^,]{{0,60}}(?:capital|city|town|port|enclave|E\d++) , {ENT}(?! ,)"),
    # "In A and other nearby villages, security is in the hands of X"
    _p("controls", rf"^in {ART}{LIST}(?: and (?:other |several |many )?(?:[\w-]+ )?(?:villages|towns|districts|areas))? , security (?:is|was|remains|has been) (?:now |firmly |still )?in the (?P<t>hands) of {ART}{ENT}", 2, list_group=1),
    # "the A and B regions, both under X control"
    _p("controls", rf"{LIST} (?:regions|provinces|districts|towns|states) , (?:both|all) (?:now |still )?under {ART}{ENT}(?: 's| ')? (?P<t>control)", 2, list_group=1),
    # ('X was "fully under control" of Y': the words quoted; "X itself remains firmly in
    # the hands of Y", however the parser hangs "itself")
    _p("controls", rf"{ENT}{DESCRIBED} (?:itself )?(?:{BE} )?(?:\" )?{HELD_HOW}(?:under|in) (?:the )?(?:full |complete |effective )?(?P<t>control|hands)(?: \")? of {ART}{LIST}", 2, list_group=2),
    # (not "a town east of Y held by Z": the town is held; "A, the capital of B, is held
    # by Z": A is; "A, a town in northern B held by Z": A is; "A, the only corner of B
    # still held by Z": A is)
    _p("controls", rf"(?<!east of )(?<!west of )(?<!north of )(?<!south of )(?<!capital of )(?<!capital of the )(?<!\d of ){ENT}(?: , the (?:[\w-]+ )?(?:capital|town|city|seat|centre|port) of [^,]{{1,100}} ,| , an? (?:[\w-]+ )?(?:town|city|village|port) in (?:[a-z-]+ )?E\d++| , the (?:only |last |one |small |remote )?(?:corner|pocket|part|sliver|strip|patch|edge) of [^,]{{1,100}}?)? ,? ?(?:itself )?(?:which (?:is|was) )?(?:{BE} )?(?:(?:now|still|firmly|largely|also) )*(?P<t>held|controlled|occupied|run|garrisoned) by {ART}{MILITARY_TITLES}{LIST}(?! '| ’)", 2, list_group=2),  # (not "held by X's allies in Y"; "by General X's forces": the rank before the man)
    # "A and B, villages on the edge of the airfield that are still held by X": the places
    # set off by a plural are what the plural verb's clause holds (the parser hangs the
    # clause on the last noun, "the airfield")
    _p("controls", rf"{LIST} , (?:two |three |both |small |the )?(?:[a-z-]+ )?(?:{'|'.join(sorted(APPOSED_PLACE_PLURALS))})(?: [^,E]{{1,60}}?)? (?:that|which) (?:are|were|have been|had been|remain) (?:(?:now|still|firmly|largely|also) )*(?P<t>held|controlled|occupied|garrisoned) by {ART}{ENT}(?! '| ’)", 2, list_group=1),
    # "The first, X, fell to rebels in 2013 and is now held by Y": a town's later holder,
    # however the parser read the opening (only the present: who holds it now)
    _p("controls", rf"(?:^(?:the [\w-]+ , )?|; ){ENT} ,? (?:fell|was taken|was captured|was lost|changed hands) [^.;]{{0,80}}? and (?:is|are) (?:now |still )?(?P<t>held|controlled|occupied|run) by {ART}{ENT}", 2),
    # "X, whose militia controls Y": X's own men hold Y (the parser may tag "militia" an
    # adjective and "controls" a plural noun, and so find no verb)
    _p("controls", rf"{ENT} , whose (?:[\w-]+ ){{0,2}}?(?:militia|militias|fighters|forces|troops|men|gunmen|militiamen|loyalists) (?:now |still |already |effectively )?(?P<t>controls|control|holds|hold) {ART}{LIST}(?! 's| ')", list_group=2),
    # "The town has been held by A together with B of C": B holds it too
    _p("controls", rf"{ENT}(?: , which| , that)? (?:{BE} )?(?:(?:now|still|firmly|largely|also) )*(?P<t>held|controlled|occupied|defended) by {ART}E\d++(?: ,)? (?:together|along) with {ART}(?:(?!E\d)[\w-]+ ){{0,2}}?{ENT}", 2),
    # "said X, the invaders' last foothold, had been taken by Y": the passive the parser
    # hung on "said" with no subject; "X, reduced to rubble by weeks of shelling, was
    # occupied by Y": one whose "by" the participle set off before it took
    _p("controls", rf"(?<!east of )(?<!west of )(?<!north of )(?<!south of )(?<!capital of )(?<!\d of ){ENT}(?:{DESCRIBED}|{PARTICIPLE_ASIDE}) (?:had been|has been|have been|was|were) (?P<t>taken|captured|seized|retaken|recaptured|overrun|liberated|occupied) by {ART}{LIST}(?! '| ’)", 2, change="gain", list_group=2),
    # ("X, which the army retook in 1978, fell to the rebels again": the clause may name others)
    # ("A, the capital of B province, fell to C": a place in the apposition is no subject)
    # ("A, with its airport on B, fell to C": a "with" phrase may name places too)
    _p("controls", rf"{ENT}(?: , [^,E]{{1,40}} ,| , (?:which|with) [^,]{{1,80}} ,| , the (?:[\w-]+ )?(?:capital|town|city|seat|centre) of [^,]{{1,100}} ,)? (?:has |had )?(?P<t>fell|fallen|went over|gone over) (?:to|into the hands of) {ART}{SIDE_WORD}{ENT}", 2, change="gain"),  # ("went over to X when its garrison mutinied")
    # "A fell to X last Wednesday and B on Saturday": B fell to X too (a gapped clause)
    _p("controls", rf"E\d++ (?:has |had )?(?P<t>fell|fallen) (?:to|into the hands of) {ART}{ENT}(?: (?!E\d)[\w-]+){{0,3}} and {ENT}(?: , [^,]{{1,60}} ,)? (?=on |in |(?:the )?(?:next|following) |a day |(?:two|three|four|five|six|seven|ten|\d+) (?:days|weeks) |days |hours )", 1, change="gain"),  # ("and B, the second city, four days later")
    _p("controls", rf"{SUBJ} {GAP}(?P<t>withdrew|withdrawn|retreated|pulled out|were ousted|was ousted|were driven out|were expelled|was expelled|fled) (?:from|of) {ART}{ENT}", change="loss"),
    # "days after A abandoned B, their main stronghold, to the advancing C" (the parser may
    # make "abandoned" a modifier of B): A lost B, and C took it
    _p("controls", rf"{SUBJ} {GAP}(?P<t>abandoned|evacuated) {ART}{ENT}", change="loss"),
    _p("controls", rf"E\d++ {GAP}(?:abandoned|evacuated|surrendered) {ART}{ENT}(?: , [^,]{{1,80}} ,)? (?P<t>to) {ART}(?:advancing |approaching |victorious )?{ENT}", 2, change="gain"),
    _p("controls", rf"{SUBJ} {GAP}(?P<t>lost|lose|loses) {CONTROL}{ART}{ENT}", change="loss"),
    # parts
    _p("partOf", rf"{ENT} (?:is|was|are|were|has become|became) (?:(?:an?|the) (?:[\w-]+ )?)?(?P<t>offshoot|affiliate|branch|wing|faction|arm|unit|splinter group|splinter faction|part) of {ART}{ENT}"),
    _p("memberOf", rf"{ENT} (?:is|was|are|were|has become|became) (?:a |one )?(?:founding )?(?P<t>member|members) of {ART}{ENT}"),
    # "the Southern African Development Community, of which Mozambique is a member"
    _p("memberOf", rf"{ENT}(?: \( E\d++ \))? , of which {ENT} (?:is|was|has been|became) (?:a |one )?(?:founding |full )?(?P<t>member)", 2),
    # "the Joint Forces, a coalition of Darfur movements that includes A and B"
    # ("an alliance of militant groups based in E that includes his own B": past a place, and "own";
    # "IGAD, the regional bloc whose members include A, B and C")
    _p("memberOf", rf"{ENT}(?: \( E\d++ \))? , (?:an?|the) (?:[\w-]+ ){{0,3}}?(?:coalition|alliance|umbrella|grouping|bloc|E\d++)(?: of(?: [\w-]+){{1,3}}?(?: based in (?:[\w-]+ )?E\d++)?)? (?:that|which) (?P<t>includes|included|brings together|brought together|groups) {ART}(?:E\d++ (?:'s|own) )?{LIST}", 2, list_group=2),  # (past a leader's "'s", and "his own")
    _p("memberOf", rf"{ENT}(?: \( E\d++ \))? , (?:an?|the) (?:[\w-]+ ){{0,3}}?(?:coalition|alliance|umbrella|grouping|bloc|E\d++) whose (?:other )?(?P<t>member states|members) (?:include|included|are|were) {ART}{LIST}", 2, list_group=2),
    # "X, one of AQIM's senior commanders", "X, one of the founders of the Y": one of many
    _p("memberOf", rf"{ENT} , one of {ART}{ENT} 's (?:[\w-]+ ){{0,3}}?(?P<t>{MANY_POSTS})"),  # ("one of the movement's best - known leaders")
    _p("memberOf", rf"{ENT} , one of the (?:(?!E\d)[\w-]+ ){{0,3}}?{ENT} (?P<t>{MANY_POSTS})\b"),  # "X, one of the best-known Fano commanders"
    _p("memberOf", rf"{ENT} , one of the (?:[\w-]+ ){{0,2}}?(?P<t>{MANY_POSTS}) of {ART}{ENT}(?! 's)"),  # (not "of Syria's Druze")
    # "Both A and B are members of C"
    _p("memberOf", rf"(?:^|, |; )(?:both |all )?{LIST} (?:are|were|have become|became) (?:both |all |also )?(?:founding |full )?(?P<t>members) of {ART}{ENT}", list_group=1),
    # "Among its thirteen members are A, founder of B, and C" (its: a resolved pronoun, E<k>)
    _p("memberOf", rf"^among (?:the )?{ENT} (?:[\w-]+ ){{0,2}}?(?P<t>members) (?:are|were) {LIST}", 2, list_group=2),
    # "A, B and C, all members of D, sent troops"
    _p("memberOf", rf"(?:^|, |; |from |of )(?:the )?{LIST} , (?:all|both) (?:founding |full )?(?P<t>members) of {ART}{ENT}", list_group=1),
    # "A, formed in June, is an alliance of Islamist brigades led by B": B leads A, and is one of them
    *(
        _p(predicate, rf"{ENT}(?: , [^,]{{1,80}} ,)? (?:is|was) an? (?:[\w-]+ ){{0,2}}?(?:alliance|coalition|umbrella|federation|grouping) of (?:[\w-]+ ){{0,4}}?(?:groups|brigades|militias|factions|parties|movements|organisations|organizations) (?P<t>led|dominated|headed) by {ART}{ENT}", 2)
        for predicate in ("leads", "memberOf")
    ),
    # "Its other members include A, B and C" (its: the alliance the sentence before named)
    _p("memberOf", rf"(?:^|, |; )(?:the )?{ENT} (?:'s |' )?(?:other |founding |main |leading |fellow )?(?P<t>members) (?:include|included|are|were) {ART}{LIST}", 2, list_group=2),
    # "said Dr. X of the Y Institute": a scholar of his institute
    _p("memberOf", rf"(?<![\w.])(?:dr\.|dr|prof\.|professor) {ENT} (?P<t>of) the {ENT}(?! 's)"),
    # "..., said X of the Y Institute": the speaker's own body
    _p("memberOf", rf"(?:said|says) {ENT} (?P<t>of) the {ENT}(?! 's)"),
    # "Lieutenant Colonel X of the Y Army surrendered", "Hun Sen of the Cambodian
    # People's Party", "Ismail Haniyeh of Hamas": a man named with his body (a body,
    # not a land: "Prince Carol of Romania" rules it; see surface_candidates)
    _p("memberOf", rf"{ENT} (?P<t>of) (?:the )?{ENT}(?! 's| ’s| \( E| of| - )"),
    # "the Badr Organization, the most powerful of the PMF factions", "the YPG, the backbone of the SDF"
    _p("memberOf", rf"{ENT}(?: \( E\d++ \))? , (?:the )?(?:most |largest |biggest |strongest |oldest |best - known )?(?:[\w-]+ )?(?P<t>of) the {ENT} (?:factions|groups|militias|parties|units|brigades|members|movements)\b"),
    _p("memberOf", rf"{ENT}(?: \( E\d++ \))? , the (?P<t>backbone|core|mainstay|bulk) of (?:the )?{ENT}(?! 's)"),
    # "A belongs to the B Alliance, together with C and D": all three are members
    _p("memberOf", rf"{ENT} (?:also )?(?P<t>belongs|belong|belonged) to {ART}{ENT}(?! E\d)"),  # (not "to the Japanese 15th Army": a demonym)
    _p("memberOf", rf"E\d++ (?:also )?(?:belongs|belong|belonged) to {ART}{ENT} , (?P<t>together) with {ART}{LIST}", 2, list_group=2),
    # "the B Alliance, made up of A, C and D", "the B coalition, which includes A"
    _p("memberOf", rf"{ENT}(?: \( E\d++ \))?(?: (?:in|at|based in) E\d++)? , (?:which (?:is |was )?)?(?P<t>made up|composed|consisting) (?:mainly |mostly |largely )?of {ART}{LIST}", 2, list_group=2),
    _p("memberOf", rf"{ENT}(?: \( E\d++ \))? , which (?:is |was )?(?:led by (?:the )?E\d++ and )?(?P<t>includes|included|include) {ART}{LIST}", 2, list_group=2),
    # "(Other) members of the B coalition include A and C"; "the B Alliance includes A and C"
    # (see relations: only an alliance's name includes members)
    _p("memberOf", rf"(?:^|, )(?:other |its |the )?(?:main |other )?(?P<t>members) of {ART}{ENT} (?:include|included|are|were) {ART}{LIST}", 2, list_group=2),
    _p("memberOf", rf"(?:^|, ){ART}{ENT}(?: \( E\d++ \))? (?:now |also )?(?P<t>includes|included) {ART}{LIST}", 2, list_group=2),
    # "A and C joined the B alliance two years ago" (see relations: only an alliance's name)
    _p("memberOf", rf"(?:^|, |although |when |after |since )(?:the )?{LIST} (?:have |has |had |formally |also )?(?P<t>joined|join|joins) {ART}{ENT}", list_group=1),
    # "X, which formally joined al-Qaeda in February"
    _p("memberOf", rf"{ENT}(?: \( E\d++ \))? , (?:which|who) (?:has |had )?(?:formally |later |also |then )?(?P<t>joined) {ART}{ENT}(?! E\d| 's| (?:mission|force|forces|operation|revolt|rebellion|uprising|offensive|campaign)\b)"),  # (not "joined the AU mission")
    # "X, who studies Vietnamese politics at the Y Council", "X, who follows Horn affairs
    # for the Y Centre", "X, who writes on Far Eastern affairs for the Y Foundation", "X,
    # who reports for Y": a scholar or writer of his body ("X, a former officer who now
    # works at Y": his post now)
    _p("memberOf", rf"{ENT} , (?:an? (?:[\w-]+ ){{1,4}}?)?who (?:now |also )?(?P<t>studies|teaches|researches|lectures|works|follows|covers|tracks|writes|reports) (?:[\w-]+ ){{0,6}}?(?:at|for) {ART}{ENT}"),
    # "said X, of the Y Institute in Z": a speaker set off with his body
    _p("memberOf", rf"{ENT} , (?P<t>of) {ART}{ENT}(?: in E\d++)?(?: ,| \.|$)"),
    # "X, who has acted as the army's spokesman, said"
    _p("spokespersonFor", rf"{ENT} ,(?: [^,]{{1,80}} ,)? who (?:has |had )?(?:acted|acts|served|serves) as {ART}{ENT} (?:'s |' )?(?:chief |main |official )?(?P<t>spokesman|spokeswoman|spokesperson)"),
    # "said X, the director of the president's office, who speaks for the government"
    # (and "X, an aide who speaks for the general's headquarters")
    _p("spokespersonFor", rf"{ENT} ,(?: [^,]{{1,80}} ,)?(?: (?:an?|the) (?:[\w-]+ ){{0,3}}?[a-z-]+)? who (?:[^,]{{1,80}} and )?(?:also |now |often )?(?:has |had )?(?:also |often )?(?P<t>speaks|spoke|spoken) (?:for|on behalf of) {ART}(?:[\w-]+ ){{0,2}}?{ENT}(?! 's)"),
    # "X, a lawyer who acts as spokesman for B"
    _p("spokespersonFor", rf"{ENT} , (?:an? |the )?(?:[\w-]+ ){{0,3}}?who (?:has |had )?(?:acted|acts|served|serves|works) as (?:an? |the |its |their )?(?:chief |main |official )?(?P<t>spokesman|spokeswoman|spokesperson) (?:for|of) {ART}{ENT}(?! 's)"),
    # "X, speaking for the general staff of Y, said": Y's voice
    _p("spokespersonFor", rf"{ENT} , (?P<t>speaking) (?:for|on behalf of) {ART}(?:[\w-]+ ){{0,3}}?(?:of {ART})?{ENT}(?! 's)"),
    # ("X, the local arm of the rebel Y", "an elite unit of the police Y": a word may
    # stand before Y's name; not "a faction of the former Y", which is gone)
    _p("partOf", rf"{ENT}(?: \( E\d++ \))? , {ART}(?:[a-z-]+ ){{0,2}}?(?P<t>wing|arm|unit|branch|faction|brigade|division|affiliate|offshoot|formation|force) of {ART}(?:(?!E\d|former |defunct |old )[a-z]+ )?{ENT}"),
    # "X, a volunteer unit that is part of Y", "X, the Kurdish militia that forms the
    # backbone of Y" (the militia may be read as X itself: E3)
    _p("partOf", rf"{ENT}(?: \( E\d++ \))? , (?:an? |the )(?:[a-z-]+ ){{0,3}}?(?:E\d++ )?(?:that|which) (?:is|was|are|were|forms|formed|form) (?:the |an? )?(?:[a-z]+ )?(?P<t>part|backbone|core|bulk) of {ART}(?:E\d++ 's )?{ENT}"),
    # "the movement's armed wing, the Karen National Liberation Army": the wing named after
    _p("partOf", rf"{ENT} 's (?:armed |military |political |youth |militant |naval )?(?P<t>wing|arm) , {ART}{ENT}", 2),
    # "the First Front and the Seventh Front, both units of the Eastern Bloc"
    _p("partOf", rf"{LIST} , (?:both|all|two|three) (?P<t>units|members|factions|wings|brigades|battalions) of {ART}{ENT}", list_group=1),
    # "UNIFIL, the United Nations peacekeeping force in southern Lebanon"
    _p("partOf", rf"{ENT} , the {ENT} (?:peacekeeping|stabilisation|stabilization|observer|monitoring) (?P<t>force|mission)\b"),
    # "the Royal Navy cruiser HMS Fox": the ship is the navy's
    _p("partOf", rf"{ENT} (?P<t>cruiser|destroyer|frigate|battleship|gunboat|corvette|submarine|warship|sloop|minesweeper) {ENT}", 2),
    # "X, the army's best-equipped unit", "X, the rebels' naval wing", "X is Hezbollah's
    # elite commando unit": a unit of Y
    _p("partOf", rf"{ENT}(?: \( E\d++ \))?(?: , | (?:is|was) ){ART}{ENT} (?:'s|') (?:[\w-]+ ){{0,3}}?(?P<t>unit|wing|arm|formation|branch|affiliate|offshoot|franchise)\b(?! of)"),
    # "X, a Dastin Brigade affiliate", "the Southern Bloc, the FARC command in the south":
    # the body named before the noun, as a modifier, is the one X is part of
    _p("partOf", rf"{ENT}(?: \( E\d++ \))? , (?:the |an? ){ENT} (?P<t>affiliate|branch|offshoot|franchise|faction|wing|command)\b(?! of)"),
    # "X, the Front's northern battalion", "X, the army's special forces": a unit described
    # as its body's (the unit word is read as X itself; not "X, the Dili militia" without
    # the possessive: a town's or a people's word there as often as a body's)
    _p("partOf", rf"{ENT}(?: \( E\d++ \))? , (?P<t>the) {ENT}(?: (?:'s|') (?:{DESCRIBING}){{0,2}}E\d++| (?:'s |' )?(?:{DESCRIBING}){{0,2}}{UNIT_WORD})(?= ,| \.|$| that| which| who)"),
    # "X, the group's television station", "the Democratic Army's radio station, X": a
    # body's own outlet is part of it
    _p("partOf", rf"{ENT} , {ART}(?:[a-z-]+ )?{ENT} (?:'s|') (?:[\w-]+ ){{0,2}}?(?P<t>{MEDIA})(?: ,| \.|$)"),  # ("the jihadist group's")
    _p("partOf", rf"{ART}{ENT} (?:'s|') (?:[\w-]+ ){{0,2}}?(?P<t>{MEDIA}) , {ENT}(?: ,| \.|$)", 2),
    # "X, one of Y's strongest units" (a force noun there is a unit of the patterns' own: "strongest E2")
    _p("partOf", rf"{ENT}(?: \( E\d++ \))? , (?P<t>one of) {ART}{ENT} (?:'s|') (?:[\w-]+ ){{0,3}}?(?:units|formations|brigades|divisions|battalions|regiments|E\d++)(?! of)(?: ,| \.|$)"),
    # "the X Alliance, which groups A with B and C": each a member of the alliance (a
    # member body, not a unit of it: memberOf, as W3C ORG has it)
    _p("memberOf", rf"{ENT}(?: \( E\d++ \))? , (?:which|that) (?P<t>groups|grouped|brings together|brought together|unites|united|comprises) {ART}{LIST}", 2, list_group=2),
    _p("memberOf", rf"{ENT}(?: \( E\d++ \))? , (?:which|that) (?P<t>groups|grouped|brings together|brought together|unites|united) {ART}E\d++ (?:with|and) {ART}{LIST}", 2, list_group=2),
    # roles
    # (and "X, the masked spokesman and military chief of E1": both posts)
    _p("spokespersonFor", rf"{ENT} , {ART}(?:[\w-]+ )?(?P<t>spokesman|spokeswoman|spokesperson)(?: and {LEADER_ROLE})? (?:for|of) {ART}(?:[\w-]+ ){{0,3}}?{ENT}(?! - | (?:(?:'s|') )?E\d)"),  # not "the E-led E", "the rebels' E", "the Kenya E(government)"
    _p("spokespersonFor", rf"{ENT} (?P<t>spokesman|spokeswoman|spokesperson) {ENT}", 2),
    # "Their spokesman, Sgt. X, said": the name set off after the role, with its rank
    _p("spokespersonFor", rf"(?:^|, |the ){ENT} (?:'s |' )?(?:[a-z-]+ |E\d++ )?(?P<t>spokesman|spokeswoman|spokesperson) , (?:(?:[a-z]+\.|gen\.|general|lieutenant|colonel|major|captain|sergeant|brigadier|commander) )*{ENT} ,", 2),
    # "A, the army spokesman, said": the body named right before the role
    # "A, the rebels' military spokesman, said": the possessive owner likewise
    _p("spokespersonFor", rf"{ENT} , the {ENT} (?:(?:'s|'|’s|’) )?(?:[a-z-]+ |E\d++ )?(?P<t>spokesman|spokeswoman|spokesperson) ,"),
    # "X, the government's communications minister and chief spokesman, said"
    _p("spokespersonFor", rf"{ENT} , the {ENT} (?:'s |' |’s |’ )[^,E]{{1,60}}? and (?:its |their |E\d++ )?(?:chief |main |official |principal )?(?P<t>spokesman|spokeswoman|spokesperson) ,"),  # ("its" may be a unit)
    # "NATO's secretary-general, X, said": the parser reads "general" as an adjective
    # "X, who leads the Y group with his brother Z": Z leads it too ("his" may be a unit)
    _p("leads", rf"E\d++ , who (?:also |now )?(?:leads|led|heads|headed|runs|ran) {ART}{ENT} (?:together )?(?P<t>with) (?:his |her |E\d++ )?(?:brother|sister|father|son|cousin|deputy) {ENT}", 2),
    # "Turkey, whose President Turgut Ozal faces ...": the title the parser hung on the name
    # (not a place closing a phrase: "the Assembly for the Revolution in Iraq, whose leader")
    _p("leads", rf"(?<! in ){ENT}(?: \( E\d++ \))? , whose (?P<t>president|prime minister|premier|king|queen|emperor|emir|sultan|shah|leader|chairman)(?: ,)? {ENT}(?! 's)", 2),
    _p("leads", rf"{ENT} (?:'s |' )(?P<t>secretary) (?:- )?general(?: and (?:[\w-]+ )?(?:leader|head|chief))? , (?:[a-z]+\. ){{0,2}}{ENT}", 2),  # ("... and political leader, X")
    # "the 1st Battalion, under Lt. Col. X, is clearing ...", "the 5th Brigade under
    # Brigadier X": the parser may lose the apposition (not "the Division of the Army
    # under X": the division is his)
    _p("leads", rf"{ENT} ,? ?(?P<t>under) (?:the command of )?(?:(?:{COMMANDER_TITLE}|governor|president|king|queen|emperor|sultan|emir|shah|premier) ){{0,3}}{ENT}(?! 's| ’s)", 2),  # (titles before the name)
    # "the X Division captured Y on Tuesday under Gen. Z": he led the force that took it
    _p("leads", rf"{SUBJ} {GAP}(?:{TAKING}) {ART}E\d++(?: on \w+)? (?P<t>under) (?:the command of )?(?:(?:{COMMANDER_TITLE}) ){{0,3}}{ENT}(?! 's| ’s)", 2),
    # "the navy ... sailed north under Rear Adm. Z", "the column marched on the capital
    # under Gen. Z": a force moving under a titled man is his (a title is asked for:
    # "fought under the flag of X" names no commander)
    _p("leads", rf"{SUBJ} {GAP}(?:sailed|marched|advanced|moved|pushed|crossed|landed|withdrew|retreated|set out|struck|attacked) (?:(?!under )[\w-]+ ){{0,4}}?(?P<t>under) (?:the command of )?(?:(?:{COMMANDER_TITLE}|rear|vice) ){{1,3}}{ENT}(?! 's| ’s)", 2),
    # "X, president of the A Government and leader of the B Party": the second post too
    _p("leads", rf"{ENT} , (?:the )?(?:[\w-]+ )?(?:leader|president|head|chairman|chief|commander|founder) of (?:the )?E\d++ (?:\( E\d++ \) )?and (?:the )?(?:[\w-]+ )?(?P<t>leader|president|head|chairman|chief|commander|founder) of {ART}{ENT}(?! 's)"),
    # "X, the leader of the self-declared Serb republic, Republika Srpska": the republic named after the comma
    _p("leads", rf"{ENT} , (?:the )?(?P<t>leader|president|head) of the (?:self - declared |self - proclaimed |self - styled |breakaway |unrecognised |unrecognized )(?:[\w-]+ |E\d++ ){{0,3}}?(?:republic|state|region|enclave|administration) , {ART}{ENT}(?! 's)"),
    # not "the deputy chief of E1" (a member), nor "the chief of E1 's general staff" (its staff's head)
    # (nor "X, a commander of E1": one of its commanders)
    # (after another role: "X, the ousted strongman and commander of Y")
    _p("leads", rf"{ENT} , (?:the |its |their )?(?:(?:[\w-]+ )?(?:spokesman|spokeswoman|spokesperson) and |(?:[\w-]+ ){{0,2}}?(?:strongman|ruler|president|founder|leader) and )?(?:{NOT_THE_HEAD}(?!a |an |one )[\w-]+ )?(?P<t>leader|commander|head|chief|director|founder)(?: - in - chief)? of {ART}{ENT}(?! 's)"),
    # (not the possessor: "commanded by A's son B" is commanded by B; nor the country
    # "officers sent from A" came from: that is backing, above)
    # (not "A, backed by B, is led by C": C leads A, below)
    # "X, who became Supreme Commander of Y", "X was named commander of Y", "X took over
    # as head of Y": a post taken up is held (not "was named deputy commander": no head)
    _p("leads", rf"{ENT} (?:, who )?(?:has |had |then |later )?(?:became|become|becomes|was named|was appointed|was made|has been named|has been appointed|took over as|has taken over as) (?:the )?(?:(?:new|acting|interim|supreme|overall|top) )?(?P<t>commander|leader|head|chief|chairman) of {ART}{ENT}(?! 's)"),
    # "X has taken personal command of Y", "X, who took charge of Y", "X, who landed on
    # Friday to take command of Y": a command taken up is held
    _p("leads", rf"{ENT} (?:, who (?:[^,]{{1,40}}? to )?|, [\w-]+ (?:[^,]{{1,40}}? )?to )?(?:has |had |then |later |himself )?(?:took|taken|take|takes|assumed|assume|assumes) (?:personal |overall |direct |full |supreme )?(?P<t>command|charge) of {ART}(?:(?!in |at |of |on |near |around )[\w-]+ ){{0,2}}?{ENT}(?! 's| (?:campaign|offensive|operations?|sector|front|defences|defenses)\b)"),  # (not "of the E campaign")
    # "X has replaced Z at the head of Y", "X succeeded Z as commander of Y"
    _p("leads", rf"{ENT} (?:has |had )?(?:replaced|succeeded) (?:[\w.]+ ){{0,3}}?E\d++ at the (?P<t>head) of {ART}{ENT}(?! 's)"),
    _p("leads", rf"{ENT} (?:has |had )?(?:replaced|succeeded) (?:[\w.]+ ){{0,3}}?E\d++ as (?:the )?(?:(?:new|acting|interim|supreme|overall|top) )?(?P<t>commander|leader|head|chief|chairman) of {ART}{ENT}(?! 's)"),
    _p("leads", rf"(?<!by )(?<!by the ){ENT}(?: \( E\d++ \))?(?: ,)? {GAP}(?P<t>commanded|led|headed|chaired)(?: in the field| on the ground| at the front| in person)? by (?:(?!from )[\w.-]+ ){{0,4}}?(?:E\d++ 's (?:son|daughter|brother|sister|nephew|cousin|wife|husband|father|uncle) )?{ENT}(?! 's){NOT_A_TITLES_QUALIFIER}", 2),
    _p("leads", rf"{ENT} , (?:[^,]{{1,80}}) , (?:is|are|was|were|has been|have been|had been) (?:[\w-]+ )?(?P<t>commanded|led|headed|chaired) by (?:(?!from )[\w.-]+ ){{0,4}}?{ENT}(?! 's)", 2),
    _p("leads", rf"{ENT} (?P<t>leader|commander|chief|head) {ENT}", 2),
    # "Sudan's army chief, Gen. X, landed ...": the name set off after the role, with its rank
    _p("leads", rf"(?:^|, |the ){ENT} (?P<t>leader|commander|chief|head) , (?:(?:gen\.|general|lt\.|lieutenant|col\.|colonel|field marshal|marshal|maj\.|major|brig\.|brigadier|admiral|sheikh|mr\.|mr) )*{ENT} ,", 2),
    # "the army's chief of staff, Gen. X", "the FAA chief of staff, General X": the army's
    # head (not "a former chief of staff of Y", nor "Kabila's chief of staff": a person's aide)
    _p("leads", rf"(?:^|, |the |its |their ){ENT} (?:'s )?(?:(?:army|military|armed forces) )?(?P<t>chief) of (?:the )?(?:general )?staff , (?:(?:gen\.|general|lt\.|lieutenant|col\.|colonel|field marshal|marshal|maj\.|major|brig\.|brigadier|admiral) )*(?:gen\. |general )?{ENT}", 2),
    _p("leads", rf"{ENT} , (?:the |its |their )?(?:(?!former |deputy |assistant |vice |a |an )[\w-]+ )?(?P<t>chief) of (?:the )?(?:general )?staff of {ART}{ENT}(?! 's)"),
    # "Abdic's forces, known as the People's Defence": the man whose forces bear the name
    # (the forces are one unit with their commander: relations.py reads him off it)
    _p("leads", rf"{ENT} , (?:(?:also|widely|locally) )?(?P<t>known|called) as {ART}{ENT}"),
    # "A, head of B, was relieved of his post and replaced by C": C leads B now (and A no longer)
    _p("leads", rf"E\d++ , (?:the )?(?:[\w-]+ )?(?:head|commander|chief|leader|director) of {ART}{ENT} , (?:was|has been|had been) (?:[^.;]{{0,60}}? )?(?P<t>replaced) by (?:[\w.]+ )?{ENT}", 2),
    # "Operation X, the campaign Haftar began in May": its author leads it
    _p("leads", rf"{ENT} , the (?:[\w-]+ )?(?:campaign|offensive|operation|insurgency|rebellion|revolt|uprising|movement) (?:that |which )?{ENT} (?P<t>began|launched|started|founded|leads|led|commands|commanded)\b", 2),
    # "the Sudan Liberation Movement of Minni Minawi", "the government of President X",
    # "the Saigon government of Air Vice-Marshal X" (a title's rank words before it; not
    # "the elected government of X": mostly one overthrown, no longer his)
    # (nor "the government of X, which Y dismissed last week": its end told after it)
    _p("leads", rf"the {ENT}(?: \( E\d++ \))? (?P<t>of) (?:(?:{TITLE_RANK} ){{0,3}}(?:{RULER_TITLE}|sheikh|commander) )?{ENT}(?! 's| of| , (?:which|that) [^,.;]{{0,40}}\b(?:dismissed|sacked|ousted|toppled|overthrew|overthrown|deposed|resigned|collapsed|fell)\b)", 2),
    # "Ansar Dine, the Islamist group of Iyad Ag Ghaly": a group described as a man's
    # (the noun may be read as the group it stands for: "the Islamist E1 of E2")
    _p("leads", rf"{ENT} , the (?:[\w-]+ ){{0,3}}?(?:group|movement|militia|faction|army|party|force|rebels|E\d++) (?P<t>of) (?:(?:{RULER_TITLE}|sheikh|commander) )?{ENT}(?! 's| of| , (?:the|a|an) )", 2),
    # "the Japanese 15th Army of Lt. Gen. X": an army named with its general's rank
    _p("leads", rf"the (?:E\d++ )?{ENT} (?P<t>of) (?:(?:lt\.|lieutenant|maj\.|major|brig\.|brigadier|adm\.|admiral) )?(?:gen\.|general|col\.|colonel|adm\.|admiral|field marshal|marshal) {ENT}(?! 's| of)", 2),
    _p("leads", rf"(?P<t>commander|leader|head|chief) of {ART}{ENT} ,? ?{ENT}", 2),
    # "the State of X, the French-backed government of Emperor Y": Y heads what the name names
    _p("leads", rf"{ENT} , the (?:[\w-]+ ){{0,4}}?(?P<t>government|regime|administration) of (?:{RULER_TITLE} )?{ENT}(?! 's| of)", 2),
    # (the same when "government" is read as the body it stands for: a title must follow)
    _p("leads", rf"{ENT} , the (?:[\w-]+ ){{0,4}}?(?P<t>E\d++) of {RULER_TITLE} {ENT}(?! 's| of)", 2),
    # "the X Coalition, the main opposition alliance, whose acting president is Y"
    _p("leads", rf"{ENT}(?: \( E\d++ \))?(?: , [^,]{{1,80}})? , whose (?:acting |interim |new |current |overall |top |supreme )?(?P<t>president|leader|head|chairman|chairwoman|commander|chief|general secretary|secretary general|secretary - general)(?: - in - chief)? (?:is|was|has been) (?:[\w.]+ ){{0,2}}?{ENT}", 2),
    # "General X, whose Junbish-i-Milli militia rules ...": a man's own named force (a
    # person only: see surface_candidates)
    _p("leads", rf"{ENT} , (?P<t>whose) {ENT}(?: (?:militia|militias|movement|party|forces|army|group|faction|fighters|men)\b)?"),
    # "X now heads a breakaway faction, the Y", "X leads a splinter group, the Y,"
    _p("leads", rf"{ENT} , ?(?:who )?(?:now |also |still )?(?P<t>heads|leads|commands|headed|led) (?:an? |the )(?:[\w-]+ ){{0,2}}?(?:faction|group|militia|movement|party|force|wing|coalition|alliance) , (?:the )?{ENT}"),
    _p("leads", rf"(?:^|, ){ENT} (?:now |also |still )?(?P<t>heads|leads|commands) (?:an? |the )(?:[\w-]+ ){{0,2}}?(?:faction|group|militia|movement|party|force|wing|coalition|alliance) , (?:the )?{ENT}"),
    # "In Yerevan, President X rejected ...": the head of the state whose capital the
    # paragraph is in (see surface_candidates: a national capital only)
    _p("leads", rf"^in {ENT} , (?:prime )?(?P<t>president|(?<=prime )minister|premier) {ENT}", 2),
    # "In Damascus, Information Minister X said": a member of that state's government
    _p("memberOf", rf"^in {ENT} , (?!prime )(?:[\w-]+ ){{1,2}}(?P<t>minister) {ENT}", 2),
    # opposing
    _p("opposes", rf"{ENT}(?: [\w-]+){{0,12}}? (?P<t>called on|calls on|urged|urges|called for|calls for|pressed) {ART}{ENT} to (?:immediately )?(?:halt|stop|end|cease|withdraw|stand down|pull back|abandon|lay down)"),
    # "the Security Council demanded Argentina's withdrawal", "repeated its demand that
    # Eritrean troops leave the village"
    _p("opposes", rf"{ENT} {GAP}(?P<t>demanded|demands|demanding|called for|calls for) {ART}(?:immediate |unconditional |full |swift )?{ENT} (?:'s |' )(?:immediate |unconditional |full |swift )?(?:withdrawal|pullout|pull - out|retreat|departure)"),
    # (not a state set aside: "the Council voted, with Yemen not taking part, to ... demand that X")
    _p("opposes", rf"(?<!with ){ENT} (?:[^.;E]{{0,80}}? and )?{GAP}(?:repeated |renewed |reiterated )?(?:its |their )?(?P<t>demand|demanded|demands) that {ART}{ENT} (?:leave|withdraw|pull out|pull back|pull (?:(?:its|their) (?:troops|forces|soldiers|army)|E\d++) (?:out|back))"),  # ("pull its troops out": its troops are a unit of their own)
    # "the AU imposed travel bans and asset freezes on X and other Y leaders", "sanctions against X"
    _p("opposes", rf"(?:^(?:the )?|, |which |who ){LIST} (?:[^.;E]{{0,80}}? and )?{GAP}(?P<t>imposed|imposes|imposing|slapped|announced|ordered) (?:[\w-]+ ){{0,5}}?(?:sanctions|travel bans?|asset freezes?|embargo|arms embargo) (?:[\w-]+ ){{0,4}}?(?:on|against) {ART}(?:(?!E\d)[\w-]+ )?{LIST}", list_group=1),
    # "the United States has listed the Tigers as a foreign terrorist organisation",
    # "India, which banned the LTTE in 1992", "which designated Wagner a ... criminal organisation"
    _p("opposes", rf"{LIST}(?: , which)? {GAP}(?P<t>listed|lists|list|designated|designates|banned|bans|outlawed|outlaws|proscribed|proscribes) {ART}{ENT}(?: (?:as )?(?:an? |one )?(?:(?:foreign|international|transnational) )?(?:terrorist|terror|criminal)\b| in \d{{4}}| (?:in|since) (?:the )?\d{{4}}s?)", list_group=1),
    # "A and B list the group as a terrorist organisation, as does C": C too
    _p("opposes", rf"(?:listed|lists|list|designated|designates|designate) {ART}{ENT} as (?:an? )?(?:(?:foreign|international) )?(?P<t>terrorist|terror) (?:organisation|organization|group) , as (?:do|does|did) {LIST}", 2, list_group=2),
    # "X, a group the United States lists as a terrorist organisation", "X, a faction that
    # Washington designates as a terrorist organisation": the lister opposes X ("a group"
    # may be a unit of its own, the group the story is about)
    _p("opposes", rf"{ENT} , (?:an? |the )?(?:[\w-]+ ){{0,3}}?(?:group|faction|movement|organisation|organization|militia|network|E\d++) (?:that |which )?{ART}{ENT} (?:also |still )?(?P<t>lists|listed|designates|designated|brands|branded|considers|considered) as {ART}(?:(?:foreign|international) )?(?:terrorist|terror)\b", 2),
    # "Washington has placed the Maoists on a terrorism watch list"
    _p("opposes", rf"{ENT} {GAP}(?P<t>placed|put|puts|places|added|adds) {ART}{ENT} (?:on|to) {ART}(?:[\w-]+ ){{0,2}}?(?:terrorism|terrorist|terror|sanctions) (?:watch )?list"),
    # "X, a bitter rival of Y", "X, ... and for years Y's most persistent opponent": X opposes Y
    # ("X, a party leader and a fierce opponent of President Y": past a first post, and a title)
    _p("opposes", rf"{ENT}(?: \( E\d++ \))? , (?:[^,]{{0,60}} and )?(?:an? |the |one )?(?:[\w-]+ ){{0,2}}?(?P<t>rival|enemy|foe|opponent|adversary) of {ART}(?:{RULER_TITLE} )?{ENT}"),
    # "Ankara has made no secret of its hostility to the Kurdish force"
    _p("opposes", rf"{SUBJ} {GAP}(?:has |had |have )?(?:made no secret of|voiced|expressed|shown|showed) (?:its|his|her|their|E\d++) (?:open |deep |growing )?(?P<t>hostility) (?:to|towards) {ART}{ENT}"),
    # "when Rajoelina began leading street protests against Ravalomanana"
    _p("opposes", rf"{ENT} {GAP}(?:began |has been |had been |have been )?(?:leading|led|leads|organising|organizing|organised|organized|staged|staging|stages) (?:[\w-]+ ){{0,2}}?(?P<t>protests|demonstrations|rallies) against {ART}(?:{RULER_TITLE} )?{ENT}"),
    _p("opposes", rf"{ENT} , (?:[^,]{{0,60}} and )?(?:for years |long )?{ART}{ENT} 's (?:[\w-]+ ){{0,3}}?(?P<t>opponent|rival|enemy|foe|adversary)\b"),
    # "X, which says it aims to topple Y", "X, a movement ... that has been fighting for
    # seven years to overthrow President Y": X opposes Y
    _p("opposes", rf"{ENT}(?: \( E\d++ \))? , (?:an? [^,]{{0,80}} )?(?:which|who|that) (?:[\w-]+ ){{0,8}}?to (?P<t>topple|overthrow|oust|unseat|bring down) {ART}(?:president |prime minister |king )?{ENT}"),
    # "Mexico broke off relations with X's government"
    _p("opposes", rf"{ENT} {GAP}(?P<t>broke off|severed|cut|cuts|breaks off|suspended) (?:diplomatic )?(?:relations|ties) with {ART}{ENT}"),
    _p("opposes", rf"{ENT} {GAP}(?P<t>condemned|condemns|denounced|denounces|opposes|opposed|rejected|rejects|criticised|criticized|accused|accuses) {ART}{ENT}(?!(?:(?: ,)? and (?:the )?E\d++)? of (?:{RELATION_GERUNDS}))"),
    # places
    # "Mekelle, the capital of Tigray", "Aleppo, Syria's second city", "Manbij, a town in the east of Aleppo province"
    # ("Hue, the old imperial capital and the capital of Thua Thien province": the second)
    # ("B, the capital of oil - producing C state", "B, home to a million people, is the capital of C")
    _p("locatedIn", rf"{ENT} (?:, [^,E]{{1,60}} )?(?:, is |, was |, |is |was |remains )(?:the (?:[\w-]+ ){{0,2}}(?:capital|city|E\d++) and )?(?:the |its )?(?:regional |provincial |state |administrative )?(?P<t>capital|centre|center|seat|main town|largest town|largest city) of (?:the )?(?:(?!E\d)[\w-]+ ){{0,3}}?{ENT}"),
    _p("locatedIn", rf"{ENT} , {ENT} 's (?:[\w-]+ ){{0,3}}?(?P<t>city|town|capital|port|province|region|district)\b"),  # ("largest and poorest province")
    # "A, the capital of the B region of C": A in B, and B in C
    _p("locatedIn", rf"E\d++ , (?:the |its )?(?:regional |provincial )?capital of (?:the )?{ENT} (?P<t>of) (?:the )?{ENT}"),
    # "Balochistan, Pakistan's largest province, of which Quetta is the capital"
    # ("the capital" may be read as the country's capital named before: E7)
    _p("locatedIn", rf"{ENT} , (?:[^,;]{{1,60}} , )?of which {ENT} (?:is|was) the (?:provincial |regional )?(?P<t>capital\b|E\d++(?= [.,;]| ?$))", 2),
    # "Yemen's capital, Sanaa", "Syria's second city, Aleppo"
    _p("locatedIn", rf"{ENT} 's (?:[\w-]+ ){{0,2}}?(?P<t>city|town|capital|port) , {ENT}(?! 's)", 2),
    # "Camp Columbia, the army headquarters in Havana", "X, the rebels' main base near Y":
    # a site set off as a body's (its owner a name or a word) lies in the place after it
    _p("locatedIn", rf"{ENT} , (?:an?|the) (?:E\d++ (?:'s |' )?|[a-z]+ (?:'s |' )?)?(?:[a-z-]+ )?(?:headquarters|barracks|garrison|base|airbase|airfield|airport|fort|fortress|prison|palace|compound) (?P<t>in|at|near|outside) (?:the )?{ENT}(?! 's)"),
    # "B, a ruined city in Ukraine's eastern C region": in C too
    _p("locatedIn", rf"{ENT} , (?:an?|the) (?:[^,E]{{0,40}} )?(?:{SETTLEMENT}|E\d++) (?P<t>in) (?:the )?E\d++ 's (?:(?!E\d)[\w-]+ ){{0,2}}?{ENT}"),
    # "El Fasher, in North Darfur, is ...", "Andarab, in neighbouring Baghlan province,",
    # "Myawaddy, in Myanmar's Kayin state,"
    _p("locatedIn", rf"{ENT} , (?P<t>in) (?:the )?(?:(?:neighbouring|neighboring|nearby|northern|southern|eastern|western|central|north|south|east|west)[\w-]* )?(?:E\d++ 's (?:(?!E\d)[\w-]+ )?)?{ENT} ,"),
    # "Kolofata, also in the Far North,", "Pokrovsk and Kurakhove, further north in Donetsk
    # region", "Garowe, in the Kenyan-occupied Jubaland region": set off after the names,
    # with words of direction or of who holds the land
    _p("locatedIn", rf"{LIST} , (?:also |further |farther |deeper |just )?(?:(?:north|south|east|west|inland|upstream|downstream) )?(?P<t>in) (?:the )?(?:(?:E\d++|[a-z]+) - (?:occupied|controlled|held|administered|annexed) )?(?:(?:northern|southern|eastern|western|central)[\w-]* )?{ENT}(?= ,| \.| ;|$)", list_group=1),
    # "Gode and Degehabur, two towns in the Ogaden"
    _p("locatedIn", rf"{LIST} , (?:two|three|four|both|the) (?:[\w-]+ )?(?:towns|cities|villages|districts|settlements|E\d++) (?P<t>in) (?:the )?{ENT}", list_group=1),
    # "Ochamchire and Gali, two districts of Abkhazia"
    _p("locatedIn", rf"{LIST} , (?:two|three|four|both) (?:[\w-]+ )?(?:towns|cities|villages|districts|provinces|regions|settlements|E\d++) (?P<t>of) (?:the )?{ENT}", list_group=1),
    # "the Kuwaiti island of Bubiyan", "Oman's southern province of Dhofar": the state's
    _p("locatedIn", rf"(?:the )?{ENT}(?: 's)? (?:[\w-]+ )?(?:island|town|city|port|village|province|region|district|state|enclave) (?P<t>of) {ENT}", 2),
    # "the Eastern Province districts of Trincomalee and Batticaloa"
    _p("locatedIn", rf"(?:the )?{ENT}(?: 's)? (?:[\w-]+ )?(?:islands|towns|cities|ports|villages|provinces|regions|districts) (?P<t>of) {LIST}", 2, list_group=2),
    # "holds most of Managua, including Las Mercedes airport", "Munster, including the cities of Cork and Waterford"
    _p("locatedIn", rf"(?:most|much|all|parts|part|the rest) of (?:the )?{ENT} , (?P<t>including) (?:the (?:[\w-]+ )?(?:cities|towns|villages|districts|ports|city|town|village|port) of )?(?:the )?{LIST}", 2, list_group=2),
    # "B, a neighbourhood of C", "B, a district on the outskirts of C"
    _p("locatedIn", rf"{ENT} , (?:an?|the) (?:[^,E]{{0,30}} )?(?:neighbourhood|neighborhood|suburb|quarter|district|stretch|section|E\d++) (?P<t>of|on the (?:[\w-]+ ){{0,3}}?outskirts of) (?:the )?{ENT}"),
    # ("X, the port city on the Sea of Azov in the south of Y", "a hamlet of adobe houses
    # in the mountains of Y": a landmark or what the place is made of may come between)
    _p("locatedIn", rf"{ENT} , (?:an?|the) (?:[^,E]{{0,40}} )?(?:{SETTLEMENT}|hamlet|post|base|outpost|E\d++)(?: of (?!E\d)[\w-]+(?: (?!E\d)[\w-]+)?| (?:on|near|along) (?:the )?(?:(?!E\d)[\w-]+ ){{0,2}}?E\d++)? (?P<t>in|inside|near) (?:(?:the (?:(?!E\d)[\w-]+ ){{0,2}}?)?(?:{QUARTER}|heart|centre|center|outskirts|mountains|hills|foothills) of )?(?:the )?(?:(?:northern|southern|eastern|western|central)[\w-]* )?{ENT}"),
    _p("locatedIn", rf"{LIST}(?: , which [^;]{{1,80}}? ,(?= (?:lies|lie|is|are) ))? ,? ?(?:(?:is|are|was|were|lies|lie) )?(?:(?:located|situated|based) )?(?P<t>in|inside|within) (?:the )?(?:(?:southern|northern|eastern|western|central|south|north|east|west)[\w-]* )?(?:(?:part|parts|heart|centre|center|outskirts|edge|{QUARTER}) of (?:the )?)?(?:(?<=the )[a-z]+ (?:province|region|state|department|district) of )?(?:E\d++ 's (?=E\d))?{ENT}", list_group=1),  # ("lies in Sudan's South Kordofan state": the state)
)


ALL_STEMS: frozenset[str] = frozenset(stem for pattern in PATTERNS for stem in pattern.stems or ())
# Looking for four hundred stems in every sentence was an eighth of the surface
# patterns' time. A stem without a space lies inside one word of the encoded text, so
# each word is searched once for the stems it contains (and remembered: "the", "of"
# and "E0" come back in every sentence); a stem with a space ("took over") is looked
# for in the whole text only when a word contains its first part.
ONE_WORD_STEMS: frozenset[str] = frozenset(stem for stem in ALL_STEMS if " " not in stem)
SPACED_STEMS_BY_FIRST_PART: dict[str, tuple[str, ...]] = {
    first: tuple(sorted(stem for stem in ALL_STEMS if " " in stem and stem.split(" ")[0] == first))
    for first in {stem.split(" ")[0] for stem in ALL_STEMS if " " in stem}
}
STEM_PARTS: frozenset[str] = ONE_WORD_STEMS | frozenset(SPACED_STEMS_BY_FIRST_PART)
assert "" not in SPACED_STEMS_BY_FIRST_PART, "a stem opening on a space is found by no word"
LONGEST_STEM_PART = max(map(len, STEM_PARTS))


@functools.lru_cache(maxsize=1 << 16)
def stem_parts_in_word(word: str) -> frozenset[str]:
    """The stems and first parts of spaced stems that occur inside ``word``."""
    n = len(word)
    return frozenset(
        word[i:j] for i in range(n) for j in range(i + 1, min(n, i + LONGEST_STEM_PART) + 1) if word[i:j] in STEM_PARTS
    )


def stems_present(encoded: str) -> frozenset[str]:
    """The stems of ALL_STEMS that occur anywhere in ``encoded``: the same set as
    ``{stem for stem in ALL_STEMS if stem in encoded}``, found faster."""
    parts: set[str] = set()
    for word in set(encoded.split(" ")):
        parts |= stem_parts_in_word(word)
    present = parts & ONE_WORD_STEMS
    for part in parts:
        present.update(stem for stem in SPACED_STEMS_BY_FIRST_PART.get(part, ()) if stem in encoded)
    return frozenset(present)


@dataclass(frozen=True)
class Hit:
    subject: EntityMention
    predicate: str
    object: EntityMention
    trigger: Token
    control_change: str | None


def encode(
    sentence: Span, mention_at, tokens_of_doc: Sequence[Token] | None = None, lowers_of_doc: Sequence[str] | None = None
) -> tuple[str, list[EntityMention], list[Token]]:
    """The sentence as text of units; the mentions behind E<k>; the token of each unit.

    ``mention_at(token)`` returns the entity mention a token starts (an entity span,
    or a force noun with an owner) and the index just past it, or None.
    ``tokens_of_doc`` and ``lowers_of_doc``, when given, are the Doc's tokens and their
    lower-case forms read once (faster than asking the Doc).
    """
    parts: list[str] = []
    mentions: list[EntityMention] = []
    tokens: list[Token] = []
    doc_tokens = tokens_of_doc if tokens_of_doc is not None else sentence.doc
    i = sentence.start
    while i < sentence.end:
        token = doc_tokens[i]
        found = mention_at(token)
        if found is not None and parts[-2:] == ["anti", "-"]:
            found = None  # "anti-Taliban militias": whom they are against, no actor of the sentence
        if found is not None:
            mention, end = found
            parts.append(f"E{len(mentions)}")
            mentions.append(mention)
            tokens.append(token)
            i = end
            continue
        if not token.is_space:
            word = lowers_of_doc[i] if lowers_of_doc is not None else token.lower_
            parts.append(word.replace(" ", ""))
            tokens.append(token)
        i += 1
    return " ".join(parts), mentions, tokens


# Which patterns a stem may trigger, by position in PATTERNS; patterns without stems
# run on every sentence. Asking each of the patterns whether the sentence holds one of
# its stems was a tenth of extraction's time; most sentences trigger a handful.
PATTERNS_BY_STEM: dict[str, frozenset[int]] = {
    stem: frozenset(k for k, pattern in enumerate(PATTERNS) if pattern.stems is not None and stem in pattern.stems)
    for stem in ALL_STEMS
}
PATTERNS_WITHOUT_STEMS: frozenset[int] = frozenset(k for k, pattern in enumerate(PATTERNS) if pattern.stems is None)


def patterns_for(present: frozenset[str]) -> list[Pattern]:
    """The patterns whose trigger may occur in a sentence holding the ``present`` stems,
    in the order of PATTERNS (earlier patterns' hits come first)."""
    chosen = set(PATTERNS_WITHOUT_STEMS)
    for stem in present:
        chosen |= PATTERNS_BY_STEM[stem]
    return [PATTERNS[k] for k in sorted(chosen)]


def unit_index(encoded: str, offset: int) -> int:
    return encoded.count(" ", 0, offset)


def surface_hits(
    sentence: Span, mention_at, tokens_of_doc: Sequence[Token] | None = None, lowers_of_doc: Sequence[str] | None = None
) -> Iterator[Hit]:
    encoded, mentions, tokens = encode(sentence, mention_at, tokens_of_doc, lowers_of_doc)
    if len(mentions) < 2:
        return
    present = stems_present(encoded)
    for pattern in patterns_for(present):
        for match in pattern.regex.finditer(encoded):
            trigger = tokens[unit_index(encoded, match.start("t"))]
            skip = pattern.regex.groupindex["t"]
            entity_groups = [k for k in range(1, len(match.groups()) + 1) if k != skip]
            first, second = entity_groups[0], entity_groups[1]
            groups = [first, second] if pattern.subject_group == 1 else [second, first]
            subjects = [*coordinated_before(encoded, match.start(groups[0])), *re.findall(r"E\d++", match.group(groups[0]))]
            objects = re.findall(r"E\d++", match.group(groups[1]))
            for s in subjects:
                for o in objects:
                    yield Hit(mentions[int(s[1:])], pattern.predicate, mentions[int(o[1:])], trigger, pattern.control_change)


# A subject joined to the one a pattern found, opening the clause: "E0 and E1 now hold X"
# (the patterns name one subject; "between E0 and E1" is no clause opening)
# (nor the last two of a list: "ministers of E0 , E1 and E2 , E3 's backer")
# ("the E0 and the E1 hold ..."; "inside E0 , fighters of the E1 and the E2 battled ...", the
# fighters a unit of their own, after any comma)
# ("E0 , E1 and E2 sent ...": every name of a list opening the clause)
# ("In E0 , E1 and E2 hold ...": a place set before the clause is none of its subjects)
COORDINATED_OPENING = re.compile(
    r"(?:(?:^| (?!E\d)[\w-]+ ,|^ (?:in|at|inside|near|around|outside) (?:the )?E\d++ ,(?: the [^,]{1,40} ,)?)(?: the)? (E\d++(?: , (?:the )?E\d++)*)(?: ,)?"
    r"|(?:^| [\w-]+ ,) (?:E\d++|fighters|troops|forces|units|soldiers|members) of(?: the)? (E\d++)) and (?:the )?$"
)


def coordinated_before(encoded: str, subject_start: int) -> list[str]:
    """The units listed before a subject starting at ``subject_start`` and joined to it
    by "and" ("E0 and E1", "E0 , E1 and E2"), if the list opens its clause."""
    if subject_start < 0:
        return []
    found = COORDINATED_OPENING.search(" " + encoded, 0, subject_start + 1)
    return re.findall(r"E\d++", found.group(1) or found.group(2)) if found is not None else []
