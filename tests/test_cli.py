"""The ``frontline`` command line: help, one-line errors, atomic and deterministic builds."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from pathlib import Path

import pytest
import spacy
from rdflib import RDF, RDFS, SKOS, Graph, Literal, URIRef

from frontline.ontology.terms import KG
from helpers import FIXTURES, assert_user_error, console_script, run_cli, run_script

SUBCOMMANDS = {
    "build": ("graph.ttl", "--out", "--formats", "--model", "--aliases"),
    "query": ("SPARQL", "--preset", "--list", "--format"),
    "export": ("graph.ttl", "--to", "--out"),
    "eval": ("gold", "F1"),
}


@pytest.fixture
def articles(tmp_path) -> Path:
    """A private copy of the fixture articles (a .txt, a .md in a subfolder, a .jsonl)."""
    return Path(shutil.copytree(FIXTURES / "articles", tmp_path / "articles"))


def build(capsys, *args: object):
    return run_cli(capsys, "build", *args, "--formats", "ttl", "--quiet")


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


# ----------------------------------------------------------------- help


@pytest.mark.parametrize("command", sorted(SUBCOMMANDS))
def test_every_subcommand_has_help(capsys, command):
    run = run_cli(capsys, command, "--help")
    assert run.code == 0 and run.err == ""
    assert run.out.startswith(f"usage: frontline {command}")
    for word in SUBCOMMANDS[command]:
        assert word in run.out, word


def test_top_level_help_and_version(capsys):
    run = run_cli(capsys, "--help")
    assert run.code == 0
    for command in SUBCOMMANDS:
        assert command in run.out
    assert run_cli(capsys).code == 2  # no command: help, usage error
    version = run_cli(capsys, "--version")
    assert version.code == 0 and version.out.startswith("frontline ")


# ----------------------------------------------------------------- errors: one line, exit 2


def _bad_alias(name: str, text: str):
    return lambda tmp, arts: ["build", arts, "--out", tmp / "out", "--aliases", write(tmp / name, text)]


USER_ERRORS = {
    "missing input": (lambda tmp, arts: ["build", tmp / "missing-folder", "--out", tmp / "out"], "missing-folder"),
    "missing graph": (lambda tmp, arts: ["query", tmp / "nope.ttl", "--preset", "backs"], "nope.ttl"),
    "folder without graph": (lambda tmp, arts: ["query", tmp, "--preset", "backs"], "graph.ttl"),
    "unknown preset": (lambda tmp, arts: ["query", "@G", "--preset", "nope"], "'nope'"),
    "entity preset without --entity": (lambda tmp, arts: ["query", "@G", "--preset", "entity"], "--entity"),
    "query file missing": (lambda tmp, arts: ["query", "@G", f"@{tmp / 'q.rq'}"], "q.rq"),
    "unknown format": (lambda tmp, arts: ["build", arts, "--out", tmp / "out", "--formats", "ttl,bogus"], "'bogus'"),
    "model does not exist": (lambda tmp, arts: ["build", arts, "--out", tmp / "out", "--model", "does-not-exist"],
                             "does-not-exist"),
    "model folder is not a pipeline": (lambda tmp, arts: ["build", arts, "--out", tmp / "out", "--model", tmp],
                                       "cannot load pipeline"),
    "alias file missing": (lambda tmp, arts: ["build", arts, "--out", tmp / "out", "--aliases", tmp / "a.yaml"],
                           "a.yaml"),
    "alias invalid YAML": (_bad_alias("a.yaml", "- name: [unclosed\n"), "invalid YAML"),
    "alias wrong type": (_bad_alias("a.yaml", "- name: Karvel\n  type: Spaceship\n"), "'Spaceship'"),
    "alias without name": (_bad_alias("a.yaml", "- type: Person\n  aliases: [Toure]\n"), "no 'name'"),
    "alias not a list": (_bad_alias("a.yaml", "just a sentence\n"), "list"),
    "alias CSV without name column": (_bad_alias("a.csv", "label,type\nKarvel,Place\n"), "'name' column"),
    "out is a file": (lambda tmp, arts: ["build", arts, "--out", write(tmp / "taken", "x")], "not a folder"),
    "graph is not Turtle": (lambda tmp, arts: ["query", write(tmp / "g.ttl", "not <turtle"), "--preset", "backs"],
                            "not valid Turtle"),
    "gold file missing": (lambda tmp, arts: ["eval", tmp / "gold.yaml", "@G"], "gold.yaml"),
    "alias aliases not a list": (_bad_alias("a.yaml", "- name: Karvel\n  aliases: 5\n"), "aliases"),
}
@pytest.mark.parametrize("case", sorted(USER_ERRORS))
def test_user_errors_are_one_line(capsys, tmp_path, articles, sample_ttl, case):
    make, fragment = USER_ERRORS[case]
    args = [sample_ttl if a == "@G" else a for a in make(tmp_path, articles)]
    if args[0] == "build":
        args += ["--formats", "ttl", "--quiet"] if "--formats" not in args else ["--quiet"]
    assert_user_error(run_cli(capsys, *args), str(fragment))


def test_malformed_sparql_error_names_the_position(capsys, sample_ttl):
    line = assert_user_error(run_cli(capsys, "query", sample_ttl, "SELECT ?x WHERE { ?x ?y }"), "malformed SPARQL")
    assert re.search(r"\b1:\d+\b", line), line


@pytest.mark.parametrize(
    "update",
    ["INSERT DATA { <http://a.example/s> <http://a.example/p> 1 }", "DELETE WHERE { ?s ?p ?o }", "DROP ALL",
     "LOAD <http://a.example/data.ttl>"],
)
def test_update_queries_are_refused(capsys, sample_ttl, update):
    before = sample_ttl.read_bytes()
    assert_user_error(run_cli(capsys, "query", sample_ttl, update), "refused")
    assert sample_ttl.read_bytes() == before


# ----------------------------------------------------------------- build


def test_build_writes_graph_and_summary(capsys, tmp_path, articles):
    run = build(capsys, articles, "--out", tmp_path / "out")
    assert run.code == 0, run.err
    graph = Graph().parse(tmp_path / "out" / "graph.ttl", format="turtle")
    labels = {str(o) for o in graph.objects(None, RDFS.label)}
    assert {"Northern Liberation Front", "Republic Guard"} <= labels
    assert len(set(graph.subjects(RDF.type, KG.Article))) == 4
    assert "documents:  4 read, 0 skipped" in run.out
    assert f"wrote:      {tmp_path / 'out' / 'graph.ttl'}" in run.out
    assert "Traceback" not in run.err


def test_skipped_files_are_warned_about_and_counted(capsys, tmp_path, articles):
    (articles / "scan.txt").write_bytes(b"\x00\x01\x02binary")
    (articles / "dispatches" / "empty.md").write_text("")
    with (articles / "dispatches" / "wire.jsonl").open("a", encoding="utf-8") as feed:
        feed.write("{broken\n")
    run = build(capsys, articles, "--out", tmp_path / "out")
    assert run.code == 0
    warnings = [line for line in run.err.splitlines() if line.startswith("frontline: warning: skipped")]
    expected = [
        f"frontline: warning: skipped {articles / 'scan.txt'}: binary file",
        f"frontline: warning: skipped {articles / 'dispatches' / 'empty.md'}: empty file",
        f"frontline: warning: skipped {articles / 'dispatches' / 'wire.jsonl'}:3: invalid JSON",
    ]
    assert len(warnings) == len(expected)
    assert all(sum(w.startswith(e) for w in warnings) == 1 for e in expected), warnings
    assert "documents:  4 read, 3 skipped" in run.out


def test_failed_write_keeps_the_earlier_graph(capsys, tmp_path, articles, monkeypatch):
    out = tmp_path / "out"
    assert build(capsys, articles, "--out", out).code == 0
    before = (out / "graph.ttl").read_bytes()
    write(articles / "extra.txt", "Guard leaves Karvel\n\nThe Republic Guard left Karvel on Sunday.")

    def disk_full(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("frontline.exports.files.os.replace", disk_full)
    assert_user_error(build(capsys, articles, "--out", out), "No space left on device")
    assert (out / "graph.ttl").read_bytes() == before
    assert sorted(p.name for p in out.iterdir()) == ["graph.ttl"]  # no temporary files left


def test_same_input_in_any_order_gives_identical_graph(capsys, tmp_path, articles):
    # Second copy: same articles under names that sort the other way round.
    renamed = tmp_path / "renamed"
    renamed.mkdir()
    files = sorted(p for p in articles.rglob("*") if p.suffix in {".txt", ".md", ".jsonl"})
    for n, path in enumerate(files):
        shutil.copy(path, renamed / f"{len(files) - n:02d}{path.suffix}")
    assert build(capsys, *files, "--out", tmp_path / "one").code == 0
    assert build(capsys, *reversed(sorted(renamed.iterdir())), "--out", tmp_path / "two").code == 0
    first = (tmp_path / "one" / "graph.ttl").read_bytes()
    assert first == (tmp_path / "two" / "graph.ttl").read_bytes()


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("aliases.yaml", "- name: Northern Liberation Front\n  type: Government\n  aliases: [the North]\n"
                         "  wikidata: Q4242424\n"),
        ("aliases.csv", "name,type,aliases,wikidata\nNorthern Liberation Front,Government,the North|NLF,Q4242424\n"),
    ],
)
def test_alias_file_wins(capsys, tmp_path, articles, name, text):
    run = build(capsys, articles, "--out", tmp_path / "out", "--aliases", write(tmp_path / name, text))
    assert run.code == 0, run.err
    graph = Graph().parse(tmp_path / "out" / "graph.ttl", format="turtle")
    (node,) = graph.subjects(RDFS.label, Literal("Northern Liberation Front"))
    assert (node, RDF.type, KG.Government) in graph
    assert (node, RDF.type, KG.ArmedGroup) not in graph
    assert (node, SKOS.exactMatch, URIRef("http://www.wikidata.org/entity/Q4242424")) in graph
    assert Literal("the North") in set(graph.objects(node, SKOS.altLabel))


# ----------------------------------------------------------------- which pipeline


@pytest.fixture(scope="module")
def saved_blank_pipeline(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("pipeline") / "blank_en"
    spacy.blank("en").to_disk(path)
    return path


def pipeline_line(run) -> str:
    assert run.code == 0, run.err
    return next(line for line in run.out.splitlines() if line.startswith("pipeline:"))


def test_requested_model_wins(capsys, tmp_path, articles, saved_blank_pipeline):
    run = build(capsys, articles, "--out", tmp_path / "out", "--model", saved_blank_pipeline)
    assert pipeline_line(run).endswith("(requested)")


@pytest.mark.parametrize(
    ("installed", "bundled", "expected"),
    [(True, True, "(installed package)"), (False, True, "(bundled)"), (False, False, "blank English pipeline")],
)
def test_pipeline_choice_order(capsys, tmp_path, articles, saved_blank_pipeline, monkeypatch, installed, bundled, expected):
    import frontline.extract.pipeline as pipeline

    monkeypatch.setattr(pipeline, "installed_model", lambda: str(saved_blank_pipeline) if installed else None)
    monkeypatch.setattr(pipeline, "bundled_model_path", lambda: saved_blank_pipeline if bundled else None)
    run = build(capsys, articles, "--out", tmp_path / "out")
    assert expected in pipeline_line(run)
    assert "no parser" in run.err  # none of these pipelines parses: the user is told


# ----------------------------------------------------------------- query


def test_query_list(capsys):
    run = run_cli(capsys, "query", "--list")
    assert run.code == 0
    listed = [line.split()[0] for line in run.out.splitlines() if line.strip()]
    assert sorted(listed) == ["backs", "claims", "controls", "entity", "fights"]
    assert "--entity" in next(line for line in run.out.splitlines() if line.startswith("entity"))


def test_query_formats(capsys, sample_ttl):
    table = run_cli(capsys, "query", sample_ttl, "--preset", "backs")
    assert table.code == 0 and "Veldra" in table.out and table.out.rstrip().endswith("(1 row)")
    as_csv = run_cli(capsys, "query", sample_ttl.parent, "--preset", "backs", "--format", "csv")
    assert list(csv.reader(io.StringIO(as_csv.out))) == [
        ["backer", "backed", "sentences", "best_confidence"], ["Veldra", "Northern Liberation Front", "2", "0.8"],
    ]
    as_json = run_cli(capsys, "query", sample_ttl, "--preset", "entity", "--entity", "Touré", "--format", "json")
    assert {row["predicate"] for row in json.loads(as_json.out)} == {"leads"}


def test_query_from_file_with_default_prefixes(capsys, tmp_path, sample_ttl):
    query = write(tmp_path / "q.rq", "SELECT ?o WHERE { ?s kg:leads ?o }")
    run = run_cli(capsys, "query", sample_ttl, f"@{query}", "--format", "json")
    assert run.code == 0, run.err
    assert json.loads(run.out) == [{"o": "https://w3id.org/frontline/id/entity/northern-liberation-front"}]


# ----------------------------------------------------------------- export


def test_export_to_n_triples(capsys, tmp_path, sample_ttl):
    run = run_cli(capsys, "export", sample_ttl, "--to", "nt", "--out", tmp_path / "exports")
    assert run.code == 0, run.err
    (written,) = [Path(line) for line in run.out.splitlines() if line.strip()]
    assert written.is_file() and written.parent == tmp_path / "exports"
    exported = Graph().parse(written, format="nt")
    source = Graph().parse(sample_ttl, format="turtle")
    assert set(source.triples((None, KG.backs, None))) <= set(exported)
    assert len(set(exported.subjects(RDF.type, KG.Assertion))) == len(set(source.subjects(RDF.type, KG.Assertion)))


def test_export_of_broken_turtle_is_one_line(capsys, tmp_path):
    broken = write(tmp_path / "graph.ttl", "<a> <b> .")
    assert_user_error(run_cli(capsys, "export", broken, "--to", "nt", "--out", tmp_path / "x"), "not valid Turtle")


# ----------------------------------------------------------------- the installed console script


def test_console_script_end_to_end(tmp_path, articles):
    assert console_script().is_file(), f"no console script at {console_script()}"
    help_run = run_script("build", "--help", cwd=tmp_path)
    assert help_run.code == 0 and "usage: frontline build" in help_run.out
    assert_user_error(run_script("build", tmp_path / "absent", "--out", tmp_path / "out", cwd=tmp_path), "absent")
    built = run_script("build", articles, "--out", "out", "--formats", "ttl", "--quiet", cwd=tmp_path)
    assert built.code == 0, built.err
    assert "Traceback" not in built.err and "documents:  4 read" in built.out
    queried = run_script("query", "out", "--preset", "fights", "--format", "csv", cwd=tmp_path)
    assert queried.code == 0 and queried.out.splitlines()[0] == "side_a,side_b,sentences"
