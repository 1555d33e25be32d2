"""Hand-written dependency parses for extraction tests, in both label schemes.

Each sentence is written once in Universal Dependencies (the scheme of frontline's
bundled pipeline), one token per line: ``word lemma UPOS TAG head deprel`` with a
1-based head (0 = root), CoNLL-U style. :func:`to_clearnlp` rewrites a UD parse the
way spaCy's en_core_web_* pipelines (ClearNLP labels) analyse the same sentence:
prepositions head their noun (prep -> pobj, "by" -> agent), the copula heads the
predicate (acomp/attr), and labels are renamed (obj -> dobj, nsubj:pass -> nsubjpass,
nmod:poss -> poss, acl:relcl -> relcl, "not" -> neg).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import spacy
from spacy.tokens import Doc


@dataclass(frozen=True)
class Tok:
    word: str
    lemma: str
    pos: str
    tag: str
    head: int  # 0-based absolute index; self for the root
    dep: str
    space: bool = True


def parse_ud(table: str) -> list[Tok]:
    """Tokens of a UD table; spaces as in ordinary English ("-" glues its neighbours)."""
    tokens = []
    for i, line in enumerate(l for l in table.strip().splitlines() if l.strip()):
        word, lemma, pos, tag, head, dep = line.split()
        h = int(head) - 1
        tokens.append(Tok(word, lemma, pos, tag, i if h < 0 else h, "ROOT" if h < 0 else dep))
    def space_after(i: int) -> bool:
        if i == len(tokens) - 1 or tokens[i].word == "-":
            return False
        following = tokens[i + 1]
        return following.word != "-" and following.pos != "PUNCT"

    return [replace(t, space=space_after(i)) for i, t in enumerate(tokens)]


RENAMES = {
    "obj": "dobj", "nsubj:pass": "nsubjpass", "aux:pass": "auxpass", "nmod:poss": "poss",
    "acl:relcl": "relcl", "flat": "compound", "obl:npmod": "npadvmod", "compound:prt": "prt",
}


def to_clearnlp(tokens: list[Tok]) -> list[Tok]:
    toks = list(tokens)
    children = lambda i: [j for j, t in enumerate(toks) if t.head == i and j != i]  # noqa: E731
    # Prepositional phrases: the case marker becomes the head of its noun.
    for i, t in enumerate(list(toks)):
        if t.dep in {"obl", "nmod", "obl:agent"}:
            cases = [j for j in children(i) if toks[j].dep == "case" and j < i]
            if cases:
                c = cases[0]
                governor = toks[t.head]
                passive = any(toks[k].dep in {"nsubj:pass", "aux:pass"} for k in children(t.head))
                label = "agent" if toks[c].lower() == "by" and (passive or governor.tag == "VBN") else "prep"
                toks[c] = replace(toks[c], head=t.head, dep=label)
                toks[i] = replace(toks[i], head=c, dep="pobj")
    # Copula: "X is ready" -> is(ROOT) nsubj X, acomp ready.
    for i, t in enumerate(list(toks)):
        cops = [j for j in children(i) if toks[j].dep == "cop"]
        if cops:
            c = cops[0]
            is_root = toks[i].dep == "ROOT"
            toks[c] = replace(toks[c], head=c if is_root else t.head, dep="ROOT" if is_root else t.dep)
            toks[i] = replace(toks[i], head=c, dep="acomp" if t.pos == "ADJ" else "attr")
            for j in children(i):
                if toks[j].dep in {"nsubj", "punct", "aux"} and j != c:
                    toks[j] = replace(toks[j], head=c)
    renamed = []
    for t in toks:
        dep = RENAMES.get(t.dep, t.dep)
        if t.dep == "advmod" and t.lemma in {"not", "never"}:
            dep = "neg"
        if t.dep == "mark" and t.lower() == "to":
            dep = "aux"
        renamed.append(replace(t, dep=dep))
    return renamed


def _lower(self: Tok) -> str:
    return self.word.lower()


Tok.lower = _lower  # type: ignore[attr-defined]

_VOCAB = spacy.blank("en").vocab


def make_doc(tokens: list[Tok], ents: list[tuple[int, int, str]]) -> Doc:
    iob = ["O"] * len(tokens)
    for start, end, label in ents:
        iob[start] = f"B-{label}"
        for k in range(start + 1, end):
            iob[k] = f"I-{label}"
    return Doc(
        _VOCAB, words=[t.word for t in tokens], spaces=[t.space for t in tokens],
        pos=[t.pos for t in tokens], tags=[t.tag for t in tokens],
        lemmas=[t.lemma for t in tokens], heads=[t.head for t in tokens],
        deps=[t.dep for t in tokens], ents=iob,
    )
