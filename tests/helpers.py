"""Builders shared by the tests: records, a small knowledge graph, CLI runs.

All actors, places and sentences here are invented for the tests. Nothing is copied
from ../shared/corpus.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import sysconfig
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from frontline.extract.records import Article, DocumentExtraction, EntityMention, RelationMention
from frontline.graph.model import Entity, Evidence, add_entity, add_relation

FIXTURES = Path(__file__).resolve().parent / "fixtures"
REPO = Path(__file__).resolve().parents[1]


# ----------------------------------------------------------------- the CLI


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str


def run_cli(capsys, *args: object) -> Run:
    """``frontline.cli.main`` in process; argparse's own exits become exit codes."""
    from frontline.cli import main

    capsys.readouterr()  # drop anything printed before
    try:
        code = main([str(a) for a in args])
    except SystemExit as stop:
        code = stop.code if isinstance(stop.code, int) else 0
    captured = capsys.readouterr()
    return Run(code, captured.out, captured.err)


def console_script() -> Path:
    """The installed ``frontline`` console script of this interpreter's environment."""
    name = "frontline.exe" if sys.platform == "win32" else "frontline"
    return Path(sysconfig.get_path("scripts")) / name


def run_script(*args: object, cwd: Path) -> Run:
    done = subprocess.run(
        [str(console_script()), *map(str, args)], cwd=cwd, capture_output=True, text=True, timeout=120
    )
    return Run(done.returncode, done.stdout, done.stderr)


def assert_user_error(run: Run, *fragments: str) -> str:
    """Exit 2, exactly one line on stderr starting ``frontline: error:``, no traceback.

    Warnings printed before the error (a skipped file, a pipeline without parser) are
    allowed; they are separate lines starting ``frontline: warning:``.
    """
    lines = [line for line in run.err.splitlines() if line.strip() and not line.startswith("frontline: warning: ")]
    assert run.code == 2, run
    assert "Traceback" not in run.err, run.err
    assert len(lines) == 1, run.err
    assert lines[0].startswith("frontline: error: "), run.err
    for fragment in fragments:
        assert fragment in lines[0], (fragment, lines[0])
    return lines[0]


# ----------------------------------------------------------------- extraction records

_LABELS = {"Person": "PER", "Country": "GPE", "Place": "GPE", "Facility": "FAC"}


def mention(
    text: str, kind: str, doc_id: str, start: int = 0, *, canonical: str | None = None,
    label: str | None = None, commander: str | None = None,
) -> EntityMention:
    return EntityMention(
        text=text, label=label or _LABELS.get(kind, "ORG"), kind=kind, start_char=start,
        end_char=start + len(text), canonical=canonical, doc_id=doc_id, commander=commander,
    )


def relation(subject: EntityMention, predicate: str, obj: EntityMention, sentence: str, **flags) -> RelationMention:
    return RelationMention(
        subject=subject, predicate=predicate, object=obj, sentence=sentence,
        sentence_start=subject.start_char, sentence_end=subject.start_char + len(sentence),
        doc_id=subject.doc_id, **flags,
    )


def extraction(doc_id: str, *mentions: EntityMention, relations: tuple[RelationMention, ...] = ()) -> DocumentExtraction:
    return DocumentExtraction(Article(doc_id, f"text of {doc_id}"), tuple(mentions), relations)


# ----------------------------------------------------------------- a small knowledge graph

D1 = dict(doc_id="doc-meridian-1", doc_title="Aid convoy reaches the \"Front\"", doc_url="https://meridian.example/a?id=1&lang=en",
          published=dt.date(2021, 3, 14))
D2 = dict(doc_id="doc-courier-2", doc_title="Touré: « nous tiendrons »", doc_url=None, published=dt.date(2021, 4, 2))
D3 = dict(doc_id="doc-undated-3", doc_title="", doc_url=None, published=None)


def evidence(doc: dict, sentence: str, start: int, *, confidence: float = 0.7, **flags) -> Evidence:
    return Evidence(sentence=sentence, char_start=start, char_end=start + len(sentence),
                    confidence=confidence, **doc, **flags)


ENTITIES = (
    Entity("northern-liberation-front", "Northern Liberation Front", "ArmedGroup",
           aliases=("NLF", "the \"Iron\" Front"), mentions=5, documents=("doc-courier-2", "doc-meridian-1")),
    Entity("veldra", "Veldra", "Country", aliases=("Veldran",), mentions=3,
           documents=("doc-meridian-1",), wikidata="Q4242424", geonames=7000001, latitude=12.5, longitude=-3.25),
    Entity("amara-toure", "Amara Touré", "Person", aliases=("Toure", "Touré"), mentions=2, documents=("doc-courier-2",)),
    Entity("karvel", "Karvel", "Place", mentions=2, documents=("doc-meridian-1", "doc-undated-3")),
    Entity("salt-bridge", "Salt Bridge", "Facility", mentions=2, documents=("doc-courier-2", "doc-meridian-1")),
    Entity("republic-guard", "Republic Guard", "ArmedGroup", aliases=("Brigade \\ East",), mentions=2,
           documents=("doc-meridian-1",)),
    Entity("ostmark-union", "Ostmark Union", "InternationalOrganization", aliases=('x" ) } DROP ALL #',),
           mentions=1, documents=("doc-undated-3",)),
    Entity("al-qasr/brigade #1?", "Brigade No. 1", "ArmedGroup", mentions=1, documents=("doc-undated-3",)),
    Entity("ärmee-süd", "Südarmee", "ArmedGroup", mentions=1, documents=("doc-undated-3",)),
)

# (subject, predicate, object, holds, evidence)
RELATIONS = (
    ("veldra", "backs", "northern-liberation-front", True, (
        evidence(D1, "Veldra sent armoured trucks to the \"Iron\" Front.", 120, confidence=0.8, triggers=("sent",)),
        evidence(D2, "Touré thanked Veldra for its support,\nsaying: « we owe them ».", 40, confidence=0.6,
                 triggers=("support", "thanked"), attributed_to="Amara Touré"),
    )),
    ("northern-liberation-front", "fights", "republic-guard", True, (
        evidence(D1, "NLF units clashed with the Republic Guard near Karvel.", 300, triggers=("clashed",)),
    )),
    ("amara-toure", "leads", "northern-liberation-front", True, (
        evidence(D2, "Amara Touré, who commands the NLF, spoke from Karvel.", 0, confidence=0.9),
    )),
    ("northern-liberation-front", "controls", "karvel", False, (
        evidence(D3, "The NLF did not take Karvel, a back\\slash said.", 10, negated=True),
    )),
    ("northern-liberation-front", "controls", "salt-bridge", False, (  # superseded
        evidence(D1, "The Front seized the Salt Bridge at dawn.", 500, control_change="gain"),
    )),
    ("republic-guard", "controls", "salt-bridge", True, (
        evidence(D2, "The Guard recaptured the Salt Bridge.", 700, control_change="gain"),
    )),
    ("veldra", "opposes", "ostmark-union", False, (
        evidence(D3, "Veldra might break with the Ostmark Union.", 90, hypothetical=True),
    )),
    ("ostmark-union", "backs", "republic-guard", False, (
        evidence(D1, "Rumours that the Union armed the Guard were denied.", 400, contested=True,
                 attributed_to="a Union envoy"),
    )),
    ("al-qasr/brigade #1?", "fights", "ärmee-süd", False, (
        evidence(D3, "Whether Brigade No. 1 fought the Südarmee is disputed.", 200, contested=True),
    )),
)

ARTICLES = tuple(
    Article(d["doc_id"], f"text of {d['doc_id']}", title=d["doc_title"], url=d["doc_url"], published=d["published"])
    for d in (D1, D2, D3)
)


def sample_graph(*, reverse: bool = False) -> nx.MultiDiGraph:
    """The small knowledge graph above; ``reverse`` inserts everything in the opposite order."""
    graph = nx.MultiDiGraph()
    entities = ENTITIES[::-1] if reverse else ENTITIES
    relations = RELATIONS[::-1] if reverse else RELATIONS
    for entity in entities:
        add_entity(graph, entity)
    for s, p, o, holds, items in relations:
        add_relation(graph, s, p, o, items, holds=holds)
    return graph


def sample_turtle() -> str:
    from frontline.graph.rdf import graph_to_rdf, serialize_turtle

    return serialize_turtle(graph_to_rdf(sample_graph(), articles=ARTICLES))
