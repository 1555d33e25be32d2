"""Reading a dependency parse the same way in both label schemes.

Our bundled pipeline is trained on Universal Dependencies (nsubj:pass, obj, obl,
nmod + case); spaCy's en_core_web_* pipelines use ClearNLP labels (nsubjpass, dobj,
prep + pobj, agent). The relation rules ask these functions, never the raw labels.
"""

from __future__ import annotations

from typing import Iterable, Iterator

from spacy.tokens import Doc, Token

ACTIVE_SUBJECT = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT = frozenset({"nsubjpass", "nsubj:pass", "csubjpass", "csubj:pass"})
NOMINAL_SUBJECT = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})  # active or passive, no clause
OBJECT = frozenset({"dobj", "obj"})
PASSIVE_AUX = frozenset({"auxpass", "aux:pass"})
RELATIVE_CLAUSE = frozenset({"relcl", "acl:relcl", "advcl:relcl"})  # (the last after a comma: "X, who heads Y, ...")
POSSESSIVE = frozenset({"poss", "nmod:poss"})
COMPOUND = frozenset({"compound", "nn", "flat", "flat:name"})
APPOSITION = frozenset({"appos", "list"})  # "list": how our parser often attaches "A, the B's spokesman"
# "X sent troops to help Y": the sender helps (the troops are X's own), unlike
# "forced X to withdraw" where the object does the second verb.
SENDING_VERBS = frozenset("send deploy dispatch rush mobilise mobilize".split())
NEGATION_WORDS = frozenset({"not", "n't", "never", "no", "neither", "nor", "without"})
UD_PREPOSITIONAL = frozenset({"obl", "nmod", "obl:agent", "obl:tmod", "nmod:tmod", "advcl", "acl"})
# Prepositions the parser sometimes reads as a verb or adverb with an object
VERB_LIKE_PREPOSITIONS = frozenset({"alongside", "beside"})
# Plural nouns of places a list of names may be set off after: "the two posts, A and B,"
APPOSED_PLACE_PLURALS = frozenset("positions posts outposts towns villages cities ports bases garrisons forts islands".split())


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in PASSIVE_SUBJECT or c.dep_ in PASSIVE_AUX for c in verb.children) or (
        verb.tag_ == "VBN" and verb.dep_ in {"acl", "amod"} and verb_read_as_modifier(verb) is None
    ) or (
        # "troops helped by X have retaken ...", parsed with "helped" as the main verb:
        # a participle with an agent and no "have" is passive
        verb.tag_ == "VBN" and any(c.dep_ in {"obl:agent", "agent"} for c in verb.children)
        and not any(c.dep_ == "aux" and c.lower_ in {"have", "has", "had", "having"} for c in verb.children)
    ) or is_set_off_participle(verb) or (
        # "The capital was formally returned to X", parsed with "was" a copula: a past
        # participle after a form of "be" is a passive all the same
        verb.tag_ == "VBN" and any(c.dep_ == "cop" and c.lemma_ == "be" for c in verb.children)
    )


def is_set_off_participle(verb: Token) -> bool:
    """ "The X Front, helped by Rwandan troops, took Goma", parsed with "helped" a past
    tense and the troops its object: a verb set off by a comma with "by" and no gerund
    right after it is a participle, and passive ("X, helped by sending arms," is not)."""
    doc = verb.doc
    return (
        verb.tag_ in {"VBD", "VBN"} and 0 < verb.i < len(doc) - 2 and doc[verb.i - 1].text == ","
        and doc[verb.i + 1].lower_ == "by" and doc[verb.i + 2].tag_ != "VBG"
        and not any(c.dep_ == "aux" for c in verb.children)
    )


def with_conjuncts(token: Token) -> list[Token]:
    """The token and every token coordinated with it ("Russia, the UAE and Egypt")."""
    return [token, *token.conjuncts, *split_possessors(token), *conjuncts_of_name_words(token)]


def conjuncts_of_name_words(token: Token) -> list[Token]:
    """ "the Islamic State in the Sahel and the X group JNIM": the parser may hang the
    next item on a later word of the name ("Sahel"), not on its head."""
    doc = token.doc
    end = token.i + 1
    while token.ent_type_ and end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    # (only a name right after the name and its "and": not "X (X), X and the Y", where
    # the parser may hang Y on a word of the long name across the apposition)
    return [
        c for j in range(token.i + 1, end) for c in doc[j].conjuncts
        if c.i > end and c.ent_type_ and c.left_edge.i in {end, end + 1} and doc[end].lower_ in {"and", "or", ","}
    ] if end < len(doc) else []


# A person's post that names the body it is of: "the commander of the B battalion"
POST_NOUNS = frozenset("commander leader chief head founder spokesman spokeswoman chairman".split())


def post_body(noun: Token) -> Token | None:
    """The body in "the commander of B" (the noun of a person's post), if any: what a
    "which" hung on the post stands for."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in POST_NOUNS:
        return None
    return next((n for prep, n in prepositional_objects(noun) if prep == "of" and n.ent_type_ == "ORG"), None)


def split_possessors(noun: Token) -> list[Token]:
    """ "the Houthis and Saleh's forces held X": the parser makes both names owners of
    the forces; a first name with its own "the" and no "'s" of its own is a conjunct of
    the whole phrase, not a co-owner ("Russia and Iran's forces" stays one phrase)."""
    if noun.pos_ != "NOUN":
        return []
    return [
        owner for owner in noun.children
        if owner.dep_ in {"nmod:poss", "poss"} and owner.i < noun.i
        and any(c.dep_ == "det" and c.lower_ == "the" for c in owner.children)
        and not any(c.dep_ == "case" for c in owner.children)
        and any(conj.dep_ == "conj" and any(c.dep_ == "case" for c in conj.children) for conj in owner.children)
    ]


def list_items_as_appositions(nouns: list[Token]) -> list[Token]:
    """ "held the residence, the presidential palace and the Cocody headquarters",
    "backed by A, the B and the C": in a list the parser may make the second item an
    apposition of the first (one before the list's last item; "X, its commander, Y"
    describes, and so does "A, B's half-brother": an owner is no item)."""
    found: list[Token] = []
    for noun in nouns:
        last = max((c.i for c in noun.children if c.dep_ == "conj"), default=-1)
        found += [
            c for c in noun.children
            if c.dep_ == "appos" and noun.i < c.i < last and c not in nouns and c not in found and not is_possessor(c)
        ]
    return found


def is_possessor(token: Token) -> bool:
    """ "Dorlane" in "Dorlane's half-brother": a name with its own "'s"."""
    return any(c.dep_ == "case" and c.lower_ in {"'s", "’s", "'"} for c in token.children)


def children_with(token: Token, labels: frozenset[str]) -> list[Token]:
    return [c for c in token.children if c.dep_ in labels]


def direct_subjects(verb: Token) -> list[Token]:
    return children_with(verb, ACTIVE_SUBJECT | PASSIVE_SUBJECT)


# Quarters of a country a list of taken towns is placed in: "took A in the south and B"
QUARTER_NOUNS = frozenset("north south east west northeast northwest southeast southwest centre center".split())
# Plural nouns of places a list of names may follow: "the towns of A and B"
# ("the districts of X" are parts of X, not places named X)
PLURAL_PLACE_NOUNS = frozenset("towns villages cities ports settlements enclaves".split())
# "holds none of those towns", "took most of the villages", "much of the gorge": the towns are the object
QUANTIFIER_OBJECTS = frozenset("any all each most some none both much several many few one two three four five".split())


# Labels the parser gives a list item it lost from the object list (see ``objects``)
STRAY_LIST_ITEM = frozenset({"vocative", "parataxis", "dep", "obl", "npadvmod", "obl:npmod"})
# No list runs past a quotation mark: '"Our men fought them ...," Brigadier X told
# reporters' names the speaker after the quote, not one more foe
QUOTE_MARKS = frozenset({'"', "“", "”"})


def verb_read_as_modifier(token: Token) -> Token | None:
    """ "The Sudanese army ousted President X on Thursday": the parser may read the whole
    sentence as one name ("army" and "ousted" modifiers of X, the root) and leave it
    no verb; a past form between a noun and the root name is the verb. Returns the
    noun before it, its subject."""
    if token.tag_ not in {"VBD", "VBN"} or token.dep_ != "amod" or token.head.dep_ not in {"ROOT", "root"}:
        return None
    if token.head.pos_ != "PROPN" or token.head.i <= token.i or any(t.pos_ in {"VERB", "AUX"} and t.i != token.i for t in token.sent):
        return None
    return next((c for c in token.children if c.dep_ in {"compound", "nsubj"} and c.i < token.i and c.pos_ in {"NOUN", "PROPN"}), None)


def objects(verb: Token) -> list[Token]:
    if verb_read_as_modifier(verb) is not None:
        return listed_names(verb.head)
    found = [
        n for c in children_with(verb, OBJECT) if not is_apposition_read_as_object(c, verb)
        for o in with_conjuncts(quantified(c))
        if o.i == c.i or not (is_misplaced_subject(o) or is_object_of_second_verb(o))
        for n in listed_names(o)
    ]
    if not found:
        # "now control Kenema up to ...": a lone noun the parser took for an indirect
        # object (no direct object beside it) is the object
        found = [o for c in children_with(verb, {"iobj"}) if c.pos_ == "PROPN" for o in with_conjuncts(c)]
    if not found:
        # "had freed Derna": a lone name the parser took for the verb's complement ("set
        # free") is its object
        found = [o for c in children_with(verb, {"xcomp"}) if c.pos_ == "PROPN" and c.i > verb.i for o in with_conjuncts(c)]
    if not found:
        # "has trained and equipped Niger's army": the parser may make the noun a conjunct
        # of the first verb and the second verb its modifier; the noun is the object
        found = [
            n for c in verb.children
            if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"} and c.i > verb.i + 2 and verb.doc[verb.i + 1].lower_ in {"and", "or"}
            and any(m.dep_ == "amod" and m.i == verb.i + 2 and m.tag_ in {"VBN", "VBD"} for m in c.children)
            for n in listed_names(c)
        ]
    if not found:
        # "to train and advise X": the object the parser gave the next verb only is both verbs'
        shared = next((
            c for c in verb.children
            if c.dep_ == "conj" and c.pos_ == "VERB" and 0 < c.i - verb.i <= 3 and verb.doc[c.i - 1].lower_ in {"and", "or"}
            and not direct_subjects(c)
        ), None)
        if shared is not None:
            return objects(shared)
    if not found and verb.dep_ == "conj" and is_verb(verb.head) and 0 < verb.i - verb.head.i <= 3 and not direct_subjects(verb) and (
        verb.doc[verb.i - 1].lower_ in {"and", "or"}
    ):
        # "has trained and armed all three groups": the parser gives the object to the
        # first verb only; it is both verbs'
        # (read off the first verb's own objects: ``objects`` of it would ask this verb's)
        return [n for c in children_with(verb.head, OBJECT) if c.i > verb.i for o in with_conjuncts(quantified(c)) for n in listed_names(o)]
    found += list_items_as_appositions(found)
    if found:
        # "capturing A, in the B region, and C, in D": the parser may hang C on the
        # place set off by commas after A, as its conjunct; and "took A and B in the
        # south and C" on the quarter named after them
        doc = verb.doc
        for place in verb.children:
            edge = place.left_edge.i
            quarter = place.lower_ in QUARTER_NOUNS
            if place.dep_ in {"obl", "prep", "pobj"} and place.i > found[0].i and (quarter or "," in (doc[edge].text, doc[max(edge - 1, 0)].text)):
                found += [
                    c for c in place.children
                    if c.dep_ == "conj" and c.pos_ == "PROPN" and c.i >= 2 and doc[c.i - 1].lower_ == "and" and (quarter or doc[c.i - 2].text == ",")
                ]
        # "seized Uige, a provincial capital, and the nearby air base": after an
        # apposition the parser may hang the second object on the verb as a conjunct
        # (and "hold the X districts ... and much of the Y gorge": the quantifier is the conjunct)
        found += [
            c for k in verb.children
            if k.dep_ == "conj" and (c := quantified(k)) is not None and is_stray_object(c) and k.i > found[0].i and not is_misplaced_subject(c)
        ]
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.i < verb.i:
            # "driven the rebels out, capturing A in January and the stronghold of B in
            # July": the parser may hang the second object on the main verb, as its
            # conjunct after the participle's clause; it is the participle's
            last = max(f.i for f in found)
            found += [
                n for c in verb.head.children
                if c.dep_ == "conj" and c.i > last and c.pos_ in {"NOUN", "PROPN"} and is_stray_object(c) and not is_misplaced_subject(c)
                and any(g.dep_ == "cc" and g.lower_ == "and" for g in c.children)
                for n in listed_names(c)
            ]
        found += [
            c for o in list(found)
            if (c := name_joined_after(o)) is not None and not any(c.left_edge.i <= f.i <= c.right_edge.i for f in found)
        ]
        # "has taken the fort of A, the town of B and ...": a list item after a comma the
        # parser read as someone addressed (no one is, in a report), as a clause of its
        # own (a noun with no subject or verb) or as an adverbial with no preposition
        found += [
            n for c in verb.children
            if c.dep_ in STRAY_LIST_ITEM and c.i > found[0].i and is_stray_object(c) and preposition_of(c) is None
            and ("," in {c.left_edge.text, doc[c.left_edge.i - 1].text} or is_added_as_well(c))
            and not any(doc[k].text in QUOTE_MARKS for k in range(found[0].i + 1, c.i))
            for o in with_conjuncts(c) for n in listed_names(o)
        ]
        # "fighting guerrillas of A in Angola, B in Mozambique and C in Guinea": the
        # parser may hang a middle item on the place before it, as its apposition
        last = max(f.i for f in found)
        found += [
            item for f in list(found) for place in f.subtree
            if place.dep_ in {"nmod", "pobj"} and place.pos_ == "PROPN" and (any(g.lower_ == "in" for g in place.children) or place.head.lower_ == "in")
            for item in place.children
            if item.dep_ == "appos" and item.pos_ == "PROPN" and doc[item.i - 1].text == "," and item.i < last and item not in found
        ]
    return found


def relative_before_and_that(verb: Token) -> Token | None:
    """ "the force that has fought X and that India has armed": the parser may hang the
    second relative clause, object-less, on the sentence's verb; the first relative
    clause of the sentence (whose noun is the second one's object too), if so."""
    doc = verb.doc
    if verb.dep_ != "conj" or any(c.dep_ in OBJECT for c in verb.children):
        return None
    # (the parser makes that "that" a mark or, beside the real subject, a subject)
    mark = next((c for c in verb.children if c.dep_ in NOMINAL_SUBJECT | {"mark"} and c.lower_ == "that" and c.i < verb.i), None)
    if mark is None or doc[mark.i - 1].lower_ != "and" or not direct_subjects(verb):
        return None
    return next((
        t for t in reversed(doc[verb.sent.start : mark.i]) if t.dep_ in RELATIVE_CLAUSE
        and any(c.dep_ in NOMINAL_SUBJECT and c.lower_ in {"that", "which"} and c.i < t.i for c in t.children)
    ), None)


def is_added_as_well(noun: Token) -> bool:
    """ "hold all of A as well as the enclaves of B and C": the parser may hang the
    item after "as well as" on the verb, not on the first object."""
    return any(c.dep_ == "cc" and c.lower_ == "as" and c.i + 2 < noun.i and c.nbor().lower_ == "well" for c in noun.children)


def name_joined_after(name: Token) -> Token | None:
    """ "has fought A al-Sham and B al-Sham on several fronts": a name right after "and"
    that closes a named object, when the parser lost it in the particles of the names;
    not when a verb follows it ("fought A and B sent arms": B is a new clause's subject)."""
    doc = name.doc
    if not name.ent_type_:
        return None
    # (read off the tokens' entity marks: this runs for every object of every verb, and
    # doc.ents builds every span anew)
    first_end = entity_end(doc, name.i)
    second = first_end + 1
    if second >= len(doc) or doc[first_end].lower_ != "and" or doc[second].ent_iob_ != "B":
        return None
    second_end = entity_end(doc, second)
    if second_end < len(doc) and (is_verb(doc[second_end]) or doc[second_end].dep_ in {"aux", "aux:pass"}):
        return None
    return doc[second:second_end].root


def entity_end(doc: Doc, i: int) -> int:
    """Where the entity that holds token ``i`` ends."""
    end = i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end


FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def misplaced_subject(verb: Token) -> Token | None:
    """ "A bombed X, and the B army, fighting alongside C, routed Y", "A condemned X,
    and B, another supplier of C, warned ...": a parser that finds no subject for the
    second verb may hang its subject on the clause before, as a conjunct of the first
    verb, of its object or of a noun after its preposition ("delivered jets to A, and B,
    a supplier, is weighing ..."; after ", and", with no verb of its own); that noun is the
    second verb's subject. Only for a root or coordinated verb (or a finite one, or one
    with a finite auxiliary, the parser made an adverbial clause with no "as"/"after")
    with no subject, no "and" of its own and no finite verb between the noun and it
    (but its own auxiliary)."""
    finite_clause = verb.dep_ == "advcl" and (
        verb.tag_ in FINITE_VERB_TAGS or any(c.dep_ == "aux" and c.tag_ in FINITE_VERB_TAGS for c in verb.children)
        # ("..., and Russian troops now hold the town": a present tense the tagger took
        # for a bare infinitive, with no "to" or auxiliary of its own)
        or verb.tag_ == "VB" and not any(c.dep_.startswith("aux") for c in verb.children) and verb.doc[verb.i - 1].lower_ != "to"
    ) and not any(c.dep_ == "mark" for c in verb.children)
    if direct_subjects(verb):
        return None
    if verb.dep_ not in {"ROOT", "root", "conj"} and not finite_clause:
        return noun_joined_before(verb)  # (an adverbial clause with no comma before its subject)
    if any(c.dep_ == "cc" for c in verb.children):
        return None  # "seized A and the B base, and still hold C": "and hold" shares the subject
    doc = verb.doc
    for k in range(verb.i - 1, verb.sent.start - 1, -1):
        token = doc[k]
        if token.tag_ in FINITE_VERB_TAGS and not (token.dep_ == "aux" and token.head.i == verb.i):
            return None  # (the verb's own "is" in "B, a supplier, is weighing" is no other verb)
        if (
            token.dep_ == "conj" and token.head.i < token.i and is_stray_object(token)
            and (
                is_verb(token.head)
                or token.head.dep_ in OBJECT | {"obl"} and verb.dep_ not in {"ROOT", "root"} and token.head.head.i == verb.head.i
                # (or of a noun in a clause hung on the first verb: "sent advisers to shore
                # up his army in the country, and Russia, another ally, continues ...")
                or token.head.dep_ in OBJECT | {"obl"} and verb.dep_ == "conj" and token.head.head.dep_ in {"advcl", "xcomp"}
                and token.head.head.head.i == verb.head.i
            )
            and any(c.lower_ in {"and", "but"} and doc[c.i - 1].text == "," for c in token.children if c.i > 0)
        ):
            return token
    return None


def name_before_set_off_description(verb: Token) -> Token | None:
    """ "... and that General X, the Danish commander-in-chief, still held Y": a parser
    that finds no subject for a finite verb right after a description set off by commas
    may hang the name on the clause before; the name before the description (a person's
    or a body's, the description opening with an article and holding no finite verb) is
    the verb's subject."""
    doc = verb.doc
    if direct_subjects(verb) or verb.tag_ not in FINITE_VERB_TAGS:
        return None
    k = verb.i - 1
    while k > verb.sent.start and doc[k].dep_ == "advmod" and doc[k].head.i == verb.i:
        k -= 1  # "still held"
    if doc[k].text != ",":
        return None
    j = k - 1
    while j > verb.sent.start and doc[j].text != ",":
        if doc[j].tag_ in FINITE_VERB_TAGS:
            return None
        j -= 1
    if j - 1 <= verb.sent.start or j + 1 >= k or doc[j + 1].lower_ not in {"the", "a", "an", "its", "his", "their"}:
        return None
    name = doc[j - 1]
    return name if name.ent_type_ in {"PER", "ORG"} else None


def noun_joined_before(verb: Token) -> Token | None:
    """ "A patrolled X on Monday and B held Y": with no comma, the parser may join B to
    the first verb and hang "held" on it as an adverbial clause; B, right before it, is
    its subject."""
    if verb.dep_ != "advcl" or verb.i == 0 or any(c.dep_ == "mark" for c in verb.children):
        return None
    noun = verb.doc[verb.i - 1]
    if noun.dep_ == "conj" and noun.head.i == verb.head.i and noun.pos_ in {"NOUN", "PROPN"} and any(
        c.dep_ == "cc" and c.lower_ == "and" for c in noun.children
    ):
        return noun
    return None


def subject_held_by_participle(verb: Token) -> Token | None:
    """ "The X army, led in the field by General Y, opened ...", "the main X force, an
    armoured division advancing from Y, has taken Z": a parser may make the noun the
    subject of the participle set off between commas and leave the main verb without
    one; that noun, before the participle, is the main verb's subject."""
    doc = verb.doc
    for clause in verb.children:
        if clause.dep_ != "advcl" or not 0 < clause.i < verb.i:
            continue
        held = [s for s in direct_subjects(clause) if s.i < clause.i]
        if not held:
            continue
        if clause.tag_ in {"VBN", "VBD"} and doc[clause.i - 1].text == "," and any(t.lower_ == "by" for t in clause.subtree):
            return held[0]  # (a passive participle, though tagged a past tense: "led ... by X")
        if clause.tag_ == "VBG" and doc[held[0].i + 1].text == "," and "," in {clause.right_edge.text, doc[clause.right_edge.i + 1].text}:
            return held[0]  # (its description and the participle both set off by the commas)
    return None


def participle_read_as_main_verb(verb: Token) -> Token | None:
    """ "X columns backed by units of Y entered Z": a parser may read "backed" as the
    main verb (X its passive subject) and hang the real main verb on it as a clause
    with no subject; X, before the participle and its "by" agent, does that verb."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.tag_ != "VBN" or not head.i < verb.i or any(c.dep_ == "mark" for c in verb.children):
        return None
    if not any(c.dep_ in {"obl:agent", "agent"} and c.i < verb.i for c in head.children):
        return None
    held = [s for s in head.children if s.dep_ in {"nsubj:pass", "nsubjpass"} and s.i < head.i]
    return held[0] if held else None


def is_misplaced_subject(token: Token) -> bool:
    """Whether a noun hung on a verb or its object as a conjunct is the subject of a
    later verb (see ``misplaced_subject``), not a second object."""
    doc = token.doc
    for k in range(token.i + 1, token.sent.end):
        later = doc[k]
        if later.tag_ in FINITE_VERB_TAGS:
            if later.dep_ in {"aux", "aux:pass", "auxpass"}:
                later = later.head  # "B, a supplier, is weighing ...": ask of "weighing", not of "is"
            found = misplaced_subject(later) if is_verb(later) else None
            return found is not None and found.i == token.i  # Token objects are made anew: compare positions
    return False


def is_apposition_read_as_object(token: Token, verb: Token) -> bool:
    """ "to fight X and later folded its contingent into AMISOM, the African Union force
    that ...": a noun set off by a comma after a word of a later verb's clause, which the
    parser hung on the first verb as one more object, describes that word."""
    doc = token.doc
    edge = token.left_edge.i
    if edge < 2 or doc[edge - 1].text != "," or edge - 2 <= verb.i:
        return False
    described = doc[edge - 2]
    if described.pos_ != "PROPN" or token.pos_ not in {"NOUN", "PROPN"}:
        return False  # (not "paid fighters since 2015, the X among them")
    return any(a.i != verb.i and a.pos_ in {"VERB", "AUX"} and a.i > verb.i for a in described.ancestors if verb in a.ancestors)


def is_object_of_second_verb(token: Token) -> bool:
    """ "raided the armoury and placed X under guard": a conjunct the parser joined to
    the first object is the object of the verb after "and" (read as its modifier)."""
    doc = token.doc
    edge = token.left_edge.i
    edge += doc[edge].text == "," and edge + 1 < token.i  # (", and installed Colonel X")
    return (
        doc[edge].lower_ == "and" and edge + 1 < token.i and doc[edge + 1].tag_ in {"VBD", "VBN"}
        and doc[edge + 1].dep_ in {"amod", "acl"}
    )


def is_stray_object(token: Token) -> bool:
    """A noun coordinated with a verb, with no subject or verb of its own."""
    return token.pos_ in {"NOUN", "PROPN"} and not token.tag_.startswith("VB") and not any(
        c.dep_ in NOMINAL_SUBJECT or c.dep_ in {"aux", "aux:pass", "auxpass", "cop"} for c in token.children
    )


def preposition_of(noun: Token) -> str | None:
    """The preposition that attaches ``noun`` ("by", "from", "of"), either scheme."""
    if noun.dep_ == "pobj" or (noun.dep_ == "conj" and noun.head.dep_ == "pobj"):
        head = noun.head if noun.dep_ == "pobj" else noun.head.head
        if head.dep_ in {"prep", "agent"}:
            return head.lower_
    cases = [c for c in noun.children if c.dep_ in {"case", "mark"} and c.i < noun.i]
    if cases:
        return " ".join(c.lower_ for c in cases)
    return None


def prepositional_objects(token: Token) -> Iterator[tuple[str, Token]]:
    """(preposition, noun) pairs attached to ``token``, including coordinated nouns.

    ClearNLP: token -prep-> "by" -pobj-> noun. UD: token -obl/nmod-> noun -case-> "by".
    """
    for child in token.children:
        if child.dep_ in {"prep", "agent"}:
            for pobj in child.children:
                if pobj.dep_ in {"pobj", "pcomp"}:
                    for noun in with_conjuncts(pobj):
                        yield child.lower_, noun
                elif pobj.dep_ == "prep":  # "out of", "away from": the inner one counts
                    for inner in pobj.children:
                        if inner.dep_ == "pobj":
                            for noun in with_conjuncts(inner):
                                yield f"{child.lower_} {pobj.lower_}", noun
        elif child.dep_ in UD_PREPOSITIONAL:
            case = [c for c in child.children if c.dep_ == "case" and c.i < child.i]
            if not case:
                first = child.doc[child.left_edge.i]
                if first.dep_ == "case" and first.head.dep_ in {"compound", "flat", "nummod", "nmod:desc"} or (
                    first.dep_ in {"case", "mark"} and first.head.dep_ == "amod" and first.head.tag_ in {"VBN", "VBG"}
                    and first.head.i > first.i
                ):
                    # "of Salah el-Din", "by 39 United States Marines", "to vetted X
                    # factions", "by the self-styled prophet X": the parser hung the
                    # preposition on a word of the name, on the number, on the participle
                    # before it or on the noun describing the name
                    case = [first]
            if case:
                preposition = " ".join(c.lower_ for c in case)
                for noun in with_conjuncts(child):
                    # ("delivered jets to A, and B, a supplier, is weighing ...": B is no recipient)
                    if noun.i == child.i or not is_misplaced_subject(noun):
                        yield preposition, noun
                if preposition in {"on", "in"} and is_date_word(child):
                    # "fell on Aug. 7 to X": the parser hangs "to X" on the date
                    yield from ((p, n) for p, n in prepositional_objects(child) if p != "of" and not is_date_word(n))
        elif child.dep_ == "advmod" and child.lower_ in VERB_LIKE_PREPOSITIONS:
            # "fought X alongside the army": the parser may read "alongside" as a verb
            # with "the army" its object
            for noun in (n for c in child.children if c.dep_ in {"obj", "dobj"} for n in with_conjuncts(c)):
                yield child.lower_, noun


def quantified(word: Token) -> Token:
    """The noun a quantifier counts ("any of those towns": towns; "little more than
    Kathmandu": Kathmandu), else the word itself."""
    if word.lower_ in {"more", "less"}:
        compared = next((n for prep, n in prepositional_objects(word) if prep == "than"), None)
        return compared if compared is not None and compared.pos_ in {"NOUN", "PROPN"} else word
    if word.lower_ not in QUANTIFIER_OBJECTS:
        return word
    counted = [c for c in word.children if c.dep_ in {"nmod", "prep"} and any(g.lower_ == "of" for g in c.children) or c.lower_ == "of"]
    if not counted:
        return word
    noun = counted[0]
    if noun.lower_ == "of":  # (the "of" phrase as prep > pobj)
        noun = next((c for c in noun.children if c.dep_ == "pobj"), word)
    return noun if noun.pos_ in {"NOUN", "PROPN"} else word  # ("all of it": too vague to follow)


def listed_names(noun: Token) -> list[Token]:
    """ "two armed movements, A and B, sided with ...": a common noun followed by a
    list of names in apposition stands for every name of the list (a single name in
    apposition is left to the caller's reading of the noun); "the towns of A and B"
    for the towns named."""
    if noun.pos_ != "NOUN":
        return [noun]
    doc = noun.doc
    if noun.lower_ in PLURAL_PLACE_NOUNS and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        # "the river towns of A and B have fallen": the towns named after "of"
        of_names = [c for c in noun.children if c.dep_ in {"nmod", "pobj"} and c.pos_ == "PROPN" and any(g.lower_ == "of" for g in c.children)]
        of_names += [c for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for c in p.children if c.dep_ == "pobj" and c.pos_ == "PROPN"]
        if of_names:
            return with_conjuncts(of_names[0])
    among = next((c for c in noun.children if c.lower_ == "them" and any(g.lower_ == "among" for g in c.children)), None)
    if among is not None and noun.tag_ == "NNS":
        # "Other factions, among them A and B, also fought X": the factions named
        listed = next((c for c in noun.children if c.pos_ == "PROPN" and c.left_edge.i in {among.i + 1, among.i + 2}), None)
        if listed is not None:
            return with_conjuncts(listed)
    named = next((
        c for c in noun.children
        if c.dep_ == "appos" and c.pos_ == "PROPN" and c.left_edge.i in {noun.i + 1, noun.i + 2} and doc[noun.i + 1].text == ","
    ), None)
    if named is None or not named.conjuncts or any(c.pos_ != "PROPN" for c in named.conjuncts):
        return [noun]  # (only a list of names right after the comma: a broken parse may hang anything there)
    return with_conjuncts(named)


def is_negated(token: Token) -> bool:
    """A negation word attached to the token or to its auxiliaries."""
    for child in token.children:
        if child.dep_ == "neg" or (child.dep_ in {"advmod", "det"} and child.lower_ in NEGATION_WORDS):
            return True
    return False


def is_verb(token: Token) -> bool:
    """A verb by its coarse or its fine tag: the two taggers disagree on words like
    "regards" (NOUN but VBZ) and the fine tag is the better guess for a verb; or by
    its parse, for a noun with a subject and an object."""
    if token.pos_ in {"VERB", "AUX"} or token.tag_.startswith("VB"):
        return True
    # "the guerrillas overran X and captured Y": a past form the tagger calls a noun
    # while the parser gives it a subject and an object is the verb it is
    # (a noun with a copula is no verb: "X is the main target of Y")
    # (nor a name, unless it is a lower-case word the tagger took for one: "overthrew")
    if token.pos_ != "NOUN" and not (token.pos_ == "PROPN" and token.text.islower()):
        return False
    deps = {c.dep_ for c in token.children}
    has_subject = "nsubj" in deps or plural_subject_read_as_compound(token) is not None
    return has_subject and bool(deps & {"obj", "dobj"}) and "cop" not in deps


def plural_subject_read_as_compound(token: Token) -> Token | None:
    """ "The Serbs hold most of eastern Bosnia": the parser may read "Serbs hold" as one
    noun ("hold" a noun with "Serbs" its modifier) and still give it an object; a plural
    modifier right before a singular noun with an object is the subject of a verb."""
    if token.tag_ != "NN" or not any(c.dep_ in {"obj", "dobj"} for c in token.children):
        return None
    before = token.doc[token.i - 1] if token.i > 0 else None
    if before is not None and before.head.i == token.i and before.dep_ == "compound" and before.tag_ in {"NNS", "NNPS"}:
        return before
    return None


# Participles of backing: "militias armed by X", whatever the parser made of them
BACKING_PARTICIPLES = frozenset("backed armed funded supported sponsored financed trained equipped paid".split())


def participle_owner(subject: Token) -> Token:
    """ "rebels backed by Turkey took X": the parser may make Turkey the subject of
    "took"; a subject right after "<participle> by" is the participle's agent, and
    the noun the participle hangs on is the subject."""
    doc = subject.doc
    first = subject.left_edge.i
    if first >= 2 and doc[first - 1].lower_ == "by" and doc[first - 2].tag_ == "VBN" and doc[first - 2].dep_ in {"acl", "amod"}:
        return doc[first - 2].head
    if first >= 3 and doc[first - 1].lower_ == "by" and doc[first - 2].lower_ in BACKING_PARTICIPLES and doc[first - 3].pos_ in {"NOUN", "PROPN"}:
        # ("Clan militias armed by Kenya drove ...", parsed with "armed" as the main verb)
        return doc[first - 3]
    if subject.tag_ == "VBN" and subject.i > 0 and doc[subject.i - 1].text == ",":
        # "The ELN, founded in 1964 and ..., is commanded by X": the parser may make the
        # participle the subject, the name before it the participle's
        named = [c for c in subject.children if c.dep_ in NOMINAL_SUBJECT and c.i < subject.i and c.pos_ in {"NOUN", "PROPN"}]
        if named:
            return named[0]
    return subject


def is_joined_to(first: Token, second: Token) -> bool:
    """Whether two subjects of one verb are joined by "and"/"or" ("fighters of A and
    B battled ..."), not the second a name inside the description set off by commas
    after the first ("A, a force commanded by the president's son, B, has led ..."),
    however the parser hung them."""
    between = [t.lower_ for t in first.doc[first.i + 1 : second.i]]
    return "," not in between or any(w in {"and", "or", "nor"} for w in between)


def agent_participle(agent: Token) -> Token | None:
    """The participle ("headed", "led") whose "by" phrase names ``agent``, when it
    describes a noun ("the body headed by X"); None otherwise."""
    participle = agent.head.head if agent.dep_ == "pobj" else agent.head
    if agent.dep_ == "pobj" and agent.head.lower_ != "by":
        return None
    return participle if participle.tag_ == "VBN" and participle.dep_ in {"acl", "amod"} else None


def ally_described_with(noun: Token) -> Token | None:
    """ "X, a militia allied with the government which holds Y": a clause after the
    government an armed group is allied with tells of the group (a government holds no
    town itself): the group's noun, whichever way the parser hung it."""
    if noun.lower_ != "government":
        return None
    allied = noun.head.head if noun.head.lower_ == "with" else noun.head
    if allied.lower_ not in {"allied", "aligned"} or not any(c.lower_ == "with" for c in (*noun.children, noun.head)):
        return None
    subjects = [c for c in allied.children if c.dep_ in NOMINAL_SUBJECT]
    described = subjects[0] if subjects else allied.head if allied.dep_ in {"amod", "acl"} else None
    return described if described is not None and described.pos_ == "NOUN" else None


def is_infinitives_object(noun: Token) -> bool:
    """ "Rebels fighting to overthrow President X seized Y": a "subject" right after an
    infinitive (past its titles) is what the infinitive acts on, however parsed."""
    k = min(t.i for t in noun.subtree if t.i <= noun.i)
    doc = noun.doc
    while k > 0 and doc[k - 1].pos_ in {"PROPN", "DET"} and doc[k - 1].text[:1].isupper():
        k -= 1  # "President", "General" before the name
    return k >= 2 and doc[k - 1].tag_ == "VB" and doc[k - 2].lower_ == "to"


# Prepositions that also open clauses: "after an air strike killed X"
CLAUSE_OPENING_PREPOSITIONS = frozenset("after before since until till once".split())
# The calendar's words, lower-cased (entities and relations read them from here)
MONTH_WORDS = frozenset("january february march april may june july august september october november december".split())
WEEKDAY_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
DAY_PARTS = frozenset("morning afternoon evening night".split())
# Words of a time a preposition may put before a verb ("by Tuesday", "in May", "at dawn")
TIME_WORDS = MONTH_WORDS | WEEKDAY_WORDS | DAY_PARTS | frozenset(
    "nightfall dawn daybreak noon midday midnight week weekend month year".split()
)


def is_date_word(token: Token) -> bool:
    """A day's number ("on Aug. 7") or a calendar word ("in March", "on Tuesday")."""
    return token.lower_ in TIME_WORDS or token.tag_ == "CD" and token.text.isdigit() and len(token.text) <= 2


def is_prepositional(subject: Token) -> bool:
    """ "..., and by Tuesday held X": a "subject" that is a time behind a preposition
    was misread by the parser; the verb shares the subject of the one it is joined to;
    so is a ruler set off after the subject ("X, under Governor Y, has sent"). (Only
    a time: "By Tuesday afternoon Syrian troops held X" may hang the preposition on
    the troops, the real subject.)"""
    if (subject.lower_ in TIME_WORDS or subject.like_num) and any(
        c.dep_ == "case" and c.tag_ == "IN" and c.i < subject.i for c in subject.children
    ):
        return True
    # "X, under Governor Y, has sent ...": the ruler set off after the subject is none
    return any(c.dep_ == "case" and c.lower_ == "under" and c.i > 0 and subject.doc[c.i - 1].text == "," for c in subject.children)


SEASON_WORDS = frozenset("spring summer autumn fall winter".split())


def subject_after_time(verb: Token) -> Token | None:
    """ "On Saturday Japanese columns occupied X": the parser may hang the opening time's
    preposition on the subject after it, leaving the verb without one; that noun (not
    itself a time) is the subject."""
    if direct_subjects(verb):
        return None
    for noun in verb.children:
        if noun.i > verb.i or noun.dep_ not in {"obl", "nmod", "npadvmod"}:
            continue
        if noun.lower_ in TIME_WORDS | SEASON_WORDS:
            # "Since the spring the province of X has been held by Y": the subject read
            # as the time's apposition
            apposed = next((c for c in noun.children if c.dep_ == "appos" and c.pos_ in {"NOUN", "PROPN"} and c.lower_ not in TIME_WORDS), None)
            if apposed is not None and noun.i + 1 < apposed.i and apposed.i < verb.i:
                return apposed
            continue
        if noun.like_num:
            continue
        case = next((c for c in noun.children if c.dep_ == "case" and c.tag_ == "IN" and c.i == noun.left_edge.i), None)
        if case is not None and case.i + 1 < noun.i and (noun.doc[case.i + 1].lower_ in TIME_WORDS or noun.doc[case.i + 1].like_num):
            return noun
    return None


def relative_subject_before(verb: Token) -> Token | None:
    """ "three days of fighting in which French paratroopers broke X": the noun right
    before the verb, after "in which", is its subject, wherever the parser hung it
    (it may give the verb a subject from the main clause)."""
    if verb.i < 3 or verb.tag_ not in FINITE_VERB_TAGS:
        return None
    noun = verb.doc[verb.i - 1]
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.head.i == verb.i and noun.dep_ in NOMINAL_SUBJECT:
        return None
    relative = any(c.dep_ == "det" and c.lower_ in {"which", "whom"} for c in noun.children)
    return noun if relative and any(c.dep_ == "case" and c.i < noun.i for c in noun.children) else None


def subject_after_subordinator(verb: Token) -> Token | None:
    """ "..., a month after an Israeli air strike killed X": the parser may read the
    subordinator as a preposition of the noun right before a finite verb with no
    subject; that noun is the verb's subject (not the main clause's)."""
    if verb.tag_ not in FINITE_VERB_TAGS or direct_subjects(verb) or verb.i == 0:
        return None
    noun = verb.doc[verb.i - 1]
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.head.i == verb.i or noun.right_edge.i != noun.i:
        return None
    case = next((c for c in noun.children if c.dep_ == "case" and c.i == noun.left_edge.i), None)
    return noun if case is not None and case.lower_ in CLAUSE_OPENING_PREPOSITIONS else None


def nouns_after_misread_subordinator(verb: Token) -> list[Token]:
    """ "..., two days after Colombian warplanes and commandos struck a camp": the parser
    may hang the nouns after "after" on the main verb, and the verb on it as a second
    deed; the nouns between the subordinator and a verb with no subject of its own are
    its subject (read off the words, within eight of them)."""
    doc = verb.doc
    if direct_subjects(verb) or verb.dep_ != "conj" or doc[verb.i - 1].pos_ not in {"NOUN", "PROPN"}:
        return []  # (not "... since last year and holds X": a deed joined by "and")
    nouns: list[Token] = []
    k = verb.i - 1
    while k > verb.sent.start and verb.i - k <= 8:
        word = doc[k]
        if word.lower_ in CLAUSE_OPENING_PREPOSITIONS:
            break
        if word.pos_ in {"NOUN", "PROPN"}:
            nouns.append(word)
        elif not (word.pos_ in {"ADJ", "DET", "NUM", "CCONJ"} or word.text == ","):
            return []
        k -= 1
    else:
        return []
    if not any(c.i == k for n in nouns for c in n.children if c.dep_ == "case"):
        return []  # (only where the parser made the subordinator the nouns' preposition)
    if any(n.lower_ in TIME_WORDS for n in nouns):
        return []  # "after last year's fighting": a time, no one's deed
    group = {n.i for n in nouns}
    return sorted((n for n in nouns if n.head.i not in group), key=lambda n: n.i)


def is_agent_conjunct(subject: Token, conjunct: Token) -> bool:
    """ "X, supported by tanks and by bombers of Y, took Z": a "conjunct" the parser
    gives the subject that carries its own "by" belongs to the participle's agents."""
    return conjunct is not subject and any(c.dep_ == "case" and c.lower_ == "by" for c in conjunct.children)


CONTRAST_MARKS = frozenset({"while", "whereas", "whilst"})


def subjects_after_while(verb: Token) -> list[Token]:
    """The nouns between a "while" and the verb it opens ("..., while loyalist soldiers
    and a Guinean detachment guard the palace": soldiers, detachment); [] when no
    "while" stands between the verb and the verb it is joined to."""
    doc = verb.doc
    marks = [k for k in range(verb.head.i + 1, verb.i) if doc[k].lower_ in CONTRAST_MARKS]
    if not marks:
        return []
    span = range(marks[-1] + 1, verb.i)
    return [
        doc[k] for k in span
        if doc[k].pos_ in {"NOUN", "PROPN"} and (k + 1 == verb.i or doc[k + 1].lower_ in {"and", ","})
    ]


def is_set_off(noun: Token) -> bool:
    """A noun phrase opening after a comma: a description set off after a name."""
    start = noun.left_edge.i
    return start > 0 and noun.doc[start - 1].text == ","


def name_before_relative_pronoun(verb: Token) -> Token | None:
    """The last word before ", which"/", who" opening a relative clause, past a bracketed
    acronym ("the X Movement (XM), which ..."): the noun the clause is about."""
    pronoun = next((s for s in verb.children if s.dep_ in {"nsubj", "nsubj:pass", "nsubjpass"} and s.lower_ in {"which", "who"}), None)
    if pronoun is None or pronoun.i < 2 or pronoun.doc[pronoun.i - 1].text != ",":
        return None
    k = pronoun.i - 2
    doc = pronoun.doc
    if doc[k].text == ")":
        opening = next((j for j in range(k - 1, max(-1, k - 8), -1) if doc[j].text == "("), None)
        if opening is None or opening == 0:
            return None
        k = opening + 1  # the acronym: the same body, and the likelier name to be read
    # "the Panjshir valley north of Kabul, which is held by X": the place the compass phrase
    # sets beside the town, not the town (past "some 60 km")
    start = k
    while start > 0 and doc[start - 1].pos_ == "PROPN":
        start -= 1
    if start >= 3 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in RELATIVE_COMPASS_WORDS:
        j = start - 3
        while j > 0 and (doc[j].like_num or doc[j].lower_ in DISTANCE_UNITS):
            j -= 1
        if doc[j].pos_ in {"PROPN", "NOUN"}:
            return doc[j]
    return doc[k] if doc[k].pos_ in {"PROPN", "NOUN"} else None


# Words that set a place beside another ("north of Kabul"), and the measures between
RELATIVE_COMPASS_WORDS = frozenset("north south east west northeast northwest southeast southwest north-east north-west south-east south-west".split())
DISTANCE_UNITS = frozenset("km kilometres kilometers miles mi metres meters".split())


# Verbs a speaker goes on with after "said ... and": his own deeds, not the reported ones
SPEAKERS_GOING_ON = frozenset(
    "accuse add appeal blame call claim condemn demand deny describe dismiss insist promise reject say tell urge vow warn".split()
)


def perfect_clause_before(verb: Token) -> Token | None:
    """The clause in the perfect ("had advanced") between a bare participle joined to a
    finite verb and that verb ("said that ... had advanced and captured"): the clause
    the participle belongs to; None if the participle has a subject or helper of its own."""
    head = verb.head
    # (a regular past is a participle too, and the tagger may call "captured" either;
    # words a speaker goes on with are his: "said X had done Y and accused Z")
    participle = verb.tag_ == "VBN" or verb.tag_ == "VBD" and verb.lower_.endswith("ed")
    if not participle or lemma_of(verb) in SPEAKERS_GOING_ON or head.tag_ not in {"VBD", "VBZ", "VBP"} or any(
        c.dep_ in NOMINAL_SUBJECT or c.dep_ in {"aux", "aux:pass", "auxpass"} for c in verb.children
    ):
        return None
    return next((
        c for c in head.children
        if c.dep_ == "ccomp" and head.i < c.i < verb.i and any(a.dep_ == "aux" and a.lower_ in {"had", "has", "have"} for a in c.children)
    ), None)


def perfect_verb_over_relative(verb: Token) -> Token | None:
    """The verb in the perfect whose object a relative clause describes, when a bare
    participle is joined to that clause's verb ("had crossed the river, which marks the
    border, and taken the town": "taken" goes with "had crossed", not with "marks");
    None if the participle has a subject or helper of its own."""
    clause = verb.head
    if verb.tag_ != "VBN" or clause.dep_ not in RELATIVE_CLAUSE or clause.tag_ not in {"VBZ", "VBP", "VBD"} or any(
        c.dep_ in NOMINAL_SUBJECT or c.dep_ in {"aux", "aux:pass", "auxpass"} for c in verb.children
    ):
        return None
    governor = clause.head.head
    if governor.i > clause.head.i or not is_verb(governor) or not any(
        a.dep_ == "aux" and a.lower_ in {"had", "has", "have"} for a in governor.children
    ):
        return None
    return governor


def subject_lost_to_agent_list(verb: Token) -> Token | None:
    """ "Troops backed by tanks and warplanes have recaptured X": the parser may read
    "warplanes" as the subject of "recaptured" and join that verb to "backed"; the noun
    the participle describes is the subject (the word after "and" ends the agent list)."""
    participle = verb.head
    if verb.dep_ != "conj" or participle.dep_ not in {"acl", "amod"} or participle.tag_ != "VBN" or participle.pos_ != "VERB":
        return None
    if not any(c.dep_ in {"obl:agent", "agent", "obl"} and any(g.lower_ == "by" for g in c.children) for c in participle.children):
        return None
    subjects = direct_subjects(verb)
    if len(subjects) != 1 or subjects[0].pos_ != "NOUN" or subjects[0].i < 1 or verb.doc[subjects[0].i - 1].lower_ != "and":
        return None
    described = participle.head
    return described if described.pos_ in {"NOUN", "PROPN"} and described.i < participle.i else None


def relative_clause_going_on(verb: Token) -> Token | None:
    """ "the town was held by the column of X, which set out from A weeks ago and took
    B": the parser may join "took" to the passive "was held", whose subject (the thing
    held) takes nothing; the relative clause that ends right before "and took" is the
    clause that goes on. None unless ``verb`` is an active verb without a subject of
    its own, joined by "and" to a passive."""
    head = verb.head
    if verb.dep_ != "conj" or not is_passive(head) or is_passive(verb) or direct_subjects(verb) or verb.doc[verb.i - 1].lower_ != "and":
        return None
    return next((
        c for c in head.subtree
        if c.dep_ in RELATIVE_CLAUSE and head.i < c.i < verb.i and c.right_edge.i == verb.i - 2
        and any(s.lower_ in {"which", "who", "that"} for s in direct_subjects(c))
    ), None)


def name_before_who(who: Token) -> Token | None:
    """The name that ends right before ", who" (its last word), if a name does."""
    before = who.doc[who.i - 2] if who.i >= 2 and who.doc[who.i - 1].text == "," else None
    return before if before is not None and before.pos_ == "PROPN" else None


def subject_of_clause(verb: Token, *, depth: int = 0) -> list[Token]:
    """Who does ``verb``: its own subject, else the subject it shares.

    Shares the subject of the verb it is coordinated with ("launched ... and seized"),
    of the verb that controls it ("sought to seize"), or the noun a relative clause
    hangs on ("the army, which controls ...").
    """
    if depth > 4:
        return []
    relative = relative_subject_before(verb)
    if relative is not None:
        return [t for c in with_conjuncts(relative) for t in listed_names(c)]
    lost = subject_lost_to_agent_list(verb)
    if lost is not None:
        return [t for c in with_conjuncts(lost) for t in listed_names(c)]
    going_on = relative_clause_going_on(verb)
    if going_on is not None:
        return subject_of_clause(going_on, depth=depth + 1)
    own = [
        s for s in direct_subjects(verb)
        if s.tag_ not in {"WDT", "WP"} and s.lower_ not in {"which", "who", "that"} and not is_infinitives_object(s)
        and not is_prepositional(s)
    ]
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.i < verb.i), None)
    if mark is not None and any(s.i > mark.i for s in own):
        # "A arms B, while C supplies D": the parser may give "supplies" both B and C;
        # its clause begins at "while"
        own = [s for s in own if s.i > mark.i]
    own = [s for k, s in enumerate(own) if k == 0 or is_joined_to(own[k - 1], s)]
    if own:
        return [t for s in own for c in with_conjuncts(participle_owner(s)) if not is_agent_conjunct(s, c) for t in listed_names(c)]
    misplaced = misplaced_subject(verb)
    if misplaced is not None:
        return [misplaced]  # (its "conjuncts" are the clause before it)
    described = name_before_set_off_description(verb)
    if described is not None:
        return [described]
    # (a subject the parser hid behind a preposition: an opening time's, a subordinator's)
    hidden = subject_after_time(verb) or subject_after_subordinator(verb)
    if hidden is not None:
        return [t for c in with_conjuncts(hidden) for t in listed_names(c)]
    passive = participle_read_as_main_verb(verb)
    if passive is not None:
        return with_conjuncts(passive)
    if verb.dep_ in {"ROOT", "root"}:
        held = subject_held_by_participle(verb)
        if held is not None:
            return with_conjuncts(held)
        # a parse without a subject: "Ankara regards ..." with Ankara read as an adverb
        stray = [c for c in verb.children if c.i < verb.i and c.pos_ == "PROPN" and c.dep_ in {"advmod", "npadvmod", "obl:npmod", "obl:unmarked", "dep"}]
        if stray:
            return with_conjuncts(stray[-1])
    compound = plural_subject_read_as_compound(verb) or verb_read_as_modifier(verb)
    if compound is not None:
        return with_conjuncts(compound)
    who = next((s for s in direct_subjects(verb) if s.lower_ == "who"), None)
    named = name_before_who(who) if who is not None else None
    if named is not None and verb.dep_ in {"parataxis", "conj"}:
        # "A, president of X, and B, who heads Y, surrendered": the parser may hang the
        # clause on A; the name right before the comma is who heads Y
        return [named]
    if verb.dep_ in RELATIVE_CLAUSE:
        head = verb.head
        if named is not None and named.ent_type_ in {"GPE", "LOC", "FAC"} and head.pos_ == "NOUN":
            # "X, the former governor of Coahuila, who leads Y": "who" is no place; it is
            # the man the post is set off after
            # (the parser may hang the comma before the post on the post itself)
            comma = head.left_edge.i if head.left_edge.text == "," else head.left_edge.i - 1
            return [verb.doc[comma - 1]] if comma >= 1 and verb.doc[comma].text == "," and verb.doc[comma - 1].ent_type_ == "PER" else []
        if named is not None and head.pos_ == "NOUN":
            # "inside the city with Omar Maute, who leads X": the parser may hang "who"
            # on a common noun before the name; the name right before the comma is meant
            return [named]
        post = head.head if head.dep_ in {"nmod", "pobj"} else None
        if (
            who is not None and head.ent_type_ != "PER" and post is not None and post.dep_ in APPOSITION
            and post.pos_ == "NOUN" and post.head.ent_type_ == "PER"
        ):
            # "X, a senior clerk of the battleship Y, who heads Z": "who" is the man the
            # post describes, not the ship (the parser hangs the clause on the last noun)
            return [post.head]
        if any(s.lower_ == "which" for s in direct_subjects(verb)) and head.pos_ == "PROPN":
            # "the government of President X, which ...": "which" is never a person
            # (read off the words: the parser often breaks such a name apart)
            doc, k = head.doc, head.i
            while k > 0 and (doc[k].pos_ == "PROPN" or doc[k].text == "-"):
                k -= 1
            if k > 0 and doc[k].lower_ == "of" and doc[k - 1].pos_ == "NOUN" and k < head.i:
                return [doc[k - 1]]
        body = post_body(head) if any(s.lower_ == "which" for s in direct_subjects(verb)) else None
        if body is not None:
            return [body]  # "X, the commander of the B battalion, which has fought ...": B
        if (
            any(s.lower_ in {"which", "that"} for s in direct_subjects(verb)) and head.ent_type_ == "PER"
            and head.dep_ in {"obl:agent", "agent", "pobj"} and (participle := agent_participle(head)) is not None
            and participle.head.pos_ in {"NOUN", "PROPN"}
        ):
            # "the body headed by X that leads the government": "that" is never a person;
            # the clause describes what the participle describes
            return with_conjuncts(participle.head)
        ally = ally_described_with(verb.head)
        if ally is not None:
            return [ally]
        named = name_before_relative_pronoun(verb)
        if named is not None and (is_verb(head) or named.pos_ == "PROPN" and head.pos_ == "NOUN" and head.i < named.i - 2 and not is_set_off(head)):
            # "supplies the X (XX), which has been fighting Y": the parser hung the clause
            # on the verb, or on a common noun before the name (not on a description set
            # off after a name: "X, the local affiliate of Y, which has fought Z" is X's)
            return [named]
        if verb.head.dep_ == "conj":
            # "a blow to A and to the coalition that has been fighting X": only the
            # coalition (a clause hung on the last of a list describes that one)
            return [verb.head]
        return with_conjuncts(verb.head)
    if any(s.lower_ in {"which", "who", "that"} for s in direct_subjects(verb)) and verb.dep_ in RELATIVE_CLAUSE:
        return with_conjuncts(verb.head)
    who = next((s for s in direct_subjects(verb) if s.lower_ == "who"), None)
    if who is not None and verb.head.pos_ == "PROPN" and who.i >= 1 and verb.doc[who.i - 1].text == "," and verb.head.i < who.i:
        # "X, who heads Y, was ...": a clause after "X, who" the parser hung on the name
        # another way (a complement) is still about X
        return [verb.head]
    if verb.tag_ == "VBG" and (verb.dep_ == "pcomp" and verb.head.lower_ == "for" or (
        verb.dep_ == "advcl" and any(c.lower_ == "for" and c.dep_ == "mark" for c in verb.children)
    )):
        # "angry with X for siding with Y", "thanked X for arming Y": the one named
        # before "for" does it (a name: "used drones for striking Y" is no drone's doing)
        governor = verb.head.head if verb.head.lower_ == "for" else verb.head
        named = [
            o for o in governor.children if o.i < verb.i and o.pos_ == "PROPN"
            and (o.dep_ in OBJECT | {"iobj", "dative"} or preposition_of(o) == "with")
        ]
        if named:
            return with_conjuncts(named[0])
    if verb.dep_ in {"pcomp", "advcl", "acl"} and verb.head.lower_ == "of" or (
        verb.dep_ in {"advcl", "acl"} and any(c.lower_ == "of" and c.dep_ == "mark" for c in verb.children)
    ):
        # "accused X of backing Y": X does the backing
        governor = verb.head.head if verb.head.lower_ == "of" else verb.head
        if verb.dep_ == "acl" and governor.pos_ in {"NOUN", "PROPN"}:
            return with_conjuncts(governor)  # the parser hung "of arming Y" on X itself
        accused = [o for o in governor.children if o.dep_ in OBJECT | {"iobj", "dative"}]
        if accused:
            return with_conjuncts(accused[0])
    if (
        verb.dep_ == "acl" and verb.tag_ == "VBD" and verb.head.dep_ in NOMINAL_SUBJECT
        and any(c.dep_ in OBJECT for c in verb.children)
    ):
        # "Fighters of X, mostly peasants, seized A and B on January 1, the day ...": a
        # finite verb with an object, hung on a noun whose own verb the parser found later
        # in the sentence, is that noun's verb (a participle would be VBN or VBG)
        return with_conjuncts(verb.head)
    if verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and verb.head.dep_ in {"xcomp", "attr"} and lemma_of(verb.head.head) in {"become", "be", "remain"}:
        # "Iraq became the last country to recognise X": the subject the noun describes
        return subject_of_clause(verb.head.head, depth=depth + 1)
    if verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and verb.head.dep_ in {"obl", "obj", "dobj", "pobj", "nmod"} and verb.tag_ != "VBG":
        # "X started an attack in an attempt to retake Y": X would do the retaking (not
        # "X destroyed vehicles belonging to Y": the participle tells of the vehicles)
        governor = verb.head.head
        if governor.dep_ == "prep":
            governor = governor.head
        if governor.pos_ in {"VERB", "AUX"}:
            return subject_of_clause(governor, depth=depth + 1)
    if verb.dep_ in {"acomp", "attr"}:  # ClearNLP: "X is ready to ...", "X is the leader"
        return subject_of_clause(verb.head, depth=depth + 1)
    if verb.dep_ == "conj" and verb.i >= 2 and verb.doc[verb.i - 1].lower_ == "and" and (
        (partner := verb.doc[verb.i - 2]).pos_ == "VERB" and partner.dep_ in RELATIVE_CLAUSE and partner.i != verb.head.i
    ):
        # "starve the network that feeds and funds X": the parser may join "funds" to the
        # far verb; the relative clause's verb right before "and" is its partner
        return subject_of_clause(partner, depth=depth + 1)
    if verb.dep_ == "conj" and (after_subordinator := nouns_after_misread_subordinator(verb)):
        return after_subordinator
    if verb.dep_ == "conj" and (earlier := [c for c in verb.doc[verb.head.i + 1 : verb.i] if c.dep_ == "conj" and is_verb(c)]) and (
        after_subordinator := nouns_after_misread_subordinator(earlier[-1])
    ):
        # "... after A struck a camp and killed X": the deed joined to such a verb is
        # that verb's subject's too
        return after_subordinator
    if verb.dep_ == "conj" and (after_while := subjects_after_while(verb)):
        # "X hold the port, while A and B guard the palace": the parser may join "guard"
        # to "hold"; the nouns after "while" are its subject
        return after_while
    if (
        verb.dep_ == "conj" and verb.head.pos_ in {"NOUN", "PROPN"} and any(c.dep_ == "cop" for c in verb.head.children)
        and direct_subjects(verb.head) and not direct_subjects(verb)  # (not a relative clause's "that" misjoined)
    ):
        # "the legion is part of the French army and is paid by France": the subject of
        # the predicate noun the verb is joined to
        return subject_of_clause(verb.head, depth=depth + 1)
    perfect = (perfect_clause_before(verb) or perfect_verb_over_relative(verb)) if verb.dep_ == "conj" else None
    if perfect is not None:
        # "Radio X said that Y troops had advanced ... and captured Z": the parser may join
        # the participle to "said"; it shares the "had" of the clause before it
        return subject_of_clause(perfect, depth=depth + 1)
    if verb.dep_ == "conj" and (is_verb(verb.head) or verb.head.pos_ == "ADJ" and direct_subjects(verb.head)):
        # "X armed, trained and supplied Y": the first verb of a list is often tagged an adjective
        return subject_of_clause(verb.head, depth=depth + 1)
    if verb.dep_ == "conj" and verb.head.pos_ in {"NOUN", "PROPN"} and (
        verb.head.dep_ in NOMINAL_SUBJECT
        or verb.head.dep_ in {"ROOT", "root"} and not any(c.dep_ == "compound" and (c.pos_ == "PROPN" or is_past_verb_form(c)) for c in verb.head.children)
    ):
        # "Soldiers of X retook A, ... and now control B": a parse that hangs the second
        # verb on the first verb's subject, or on that subject made the root ("Soldiers
        # of X, ..."; not a verb mistaken for a noun: "Turkey denies ... and says", "infantry
        # overran Indian positions ... and scattered": the root is the first verb's object); that
        # noun does both
        return [t for t in with_conjuncts(verb.head) if t.pos_ in {"NOUN", "PROPN"}]
    if verb.dep_ == "xcomp" and is_verb(verb.head):
        # object control: in "leaving militias to ally with X", "forced X to withdraw"
        # the object does the second verb (callers read "urged X to stop" the same way)
        controller = [o for o in verb.head.children if o.dep_ in OBJECT and o.i < verb.i]
        if controller and lemma_of(verb.head) not in SENDING_VERBS:
            return with_conjuncts(controller[0])
    if verb.dep_ == "advcl" and verb.tag_ == "VBG":
        # "X fell apart as Y swept south, taking Z": the participle follows the nearer
        # clause, whatever the parser hung it on
        nearer = [
            c for c in verb.head.children
            if c.dep_ == "advcl" and verb.head.i < c.i < verb.i and direct_subjects(c) and any(m.dep_ == "mark" for m in c.children)
        ]
        if nearer:
            return subject_of_clause(nearer[-1], depth=depth + 1)
    if verb.dep_ in {"xcomp", "advcl"} and (is_verb(verb.head) or verb.head.pos_ == "ADJ"):
        return subject_of_clause(verb.head, depth=depth + 1)
    if verb.dep_ == "advcl" and any(c.dep_ == "cop" for c in verb.head.children) and direct_subjects(verb.head):
        # "Cuban troops have been in Angola since 1975 to defend X": the subject of the
        # "be" clause the purpose hangs on (the parser makes the place its head)
        return subject_of_clause(verb.head, depth=depth + 1)
    return []


# ----------------------------------------------------------------- lemmas

IRREGULAR_VERBS: dict[str, tuple[str, ...]] = {
    "take": ("took", "taken"), "retake": ("retook", "retaken"), "overtake": ("overtook", "overtaken"),
    "fall": ("fell", "fallen"), "fight": ("fought",), "hold": ("held",), "lead": ("led",),
    "lose": ("lost",), "withdraw": ("withdrew", "withdrawn"), "drive": ("drove", "driven"),
    "sell": ("sold",), "send": ("sent",), "give": ("gave", "given"), "strike": ("struck", "stricken"),
    "flee": ("fled",), "overrun": ("overran",), "shoot": ("shot",), "say": ("said",), "tell": ("told",),
    "write": ("wrote", "written"), "seek": ("sought",), "begin": ("began", "begun"), "win": ("won",),
    "beat": ("beaten",), "bring": ("brought",), "buy": ("bought",), "make": ("made",), "put": ("put",),
    "set": ("set",), "run": ("ran",), "keep": ("kept",), "mean": ("meant",), "leave": ("left",),
    "lend": ("lent",), "fly": ("flew", "flown"), "overthrow": ("overthrew", "overthrown"),
}


def inflections(lemma: str) -> set[str]:
    """Regular (and listed irregular) forms of an English verb or noun lemma.

    Over-generates a little ("controled" beside "controlled"): only lookups use it.

    >>> sorted(inflections("repel"))[:4]
    ['repel', 'repeled', 'repeling', 'repelled']
    """
    forms = {lemma, *IRREGULAR_VERBS.get(lemma, ())}
    stems = [lemma]
    if len(lemma) >= 3 and lemma[-1] not in "aeiouwxy" and lemma[-2] in "aeiou" and lemma[-3] not in "aeiou":
        stems.append(lemma + lemma[-1])  # repel -> repell-ed, stop -> stopp-ed
    for stem in stems:
        if lemma.endswith("e"):
            forms |= {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
        elif lemma.endswith("y") and lemma[-2:-1] not in {"a", "e", "o", "u"}:
            forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
        else:
            forms |= {stem + "ed", stem + "ing"}
            forms.add(lemma + ("es" if lemma.endswith(("s", "x", "z", "ch", "sh", "o")) else "s"))
    return forms


_LEMMA_TABLE: dict[str, str] = {}


def register_lemmas(lemmas: "Iterable[str]") -> None:
    """Make :func:`lemma_of` know every form of these lemmas."""
    for lemma in lemmas:
        for form in inflections(lemma):
            _LEMMA_TABLE.setdefault(form, lemma)


def is_past_verb_form(token: Token) -> bool:
    """ "overran", "seized": a trigger verb's past form, whatever the tagger made of it
    (not "attacks", "bombing": those are nouns too)."""
    lemma = _LEMMA_TABLE.get(token.lower_)
    return lemma is not None and token.lower_ != lemma and not token.lower_.endswith(("s", "ing"))


def lemma_of(token: Token) -> str:
    """The lemma of a trigger word: from our own table first, so that rules work with
    a weak or missing lemmatizer ("recaptured" -> "recapture", not "recaptur")."""
    return _LEMMA_TABLE.get(token.lower_) or token.lemma_.lower() or token.lower_
