"""The ``frontline`` command: build, query, export, eval.

Errors the user can fix (a missing path, malformed SPARQL, a bad alias file) are
caught here, once, and printed as one line on stderr with exit status 2. A
traceback means a bug in frontline.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from frontline import __version__

EXIT_USAGE = 2
EXIT_FAILURE = 1


class UserError(Exception):
    """Anything the user can fix: printed as one line, exit status 2."""


# ----------------------------------------------------------------- build


@dataclass(frozen=True)
class BuildSummary:
    documents: int
    skipped: int
    words: int
    entities_by_kind: dict[str, int]
    relations_by_predicate: dict[str, int]
    statements_not_facts: int
    pipeline: str
    seconds: float
    outputs: tuple[str, ...]

    def text(self) -> str:
        rate = self.words / self.seconds if self.seconds > 0 else 0.0
        lines = [
            f"pipeline:   {self.pipeline}",
            f"documents:  {self.documents} read, {self.skipped} skipped",
            f"entities:   {sum(self.entities_by_kind.values())}"
            + "".join(f"\n  {k:<26}{n}" for k, n in sorted(self.entities_by_kind.items())),
            f"relations:  {sum(self.relations_by_predicate.values())} holding as facts"
            + "".join(f"\n  {k:<26}{n}" for k, n in sorted(self.relations_by_predicate.items())),
            f"statements kept as non-facts (negated, hypothetical, contested, superseded): {self.statements_not_facts}",
            f"time:       {self.seconds:.1f} s, {self.words} words, {rate:,.0f} words/s",
            "wrote:      " + ", ".join(self.outputs),
        ]
        return "\n".join(lines)


class Progress:
    """One line per step on stderr; overwritten in place on a terminal."""

    def __init__(self, total: int, *, enabled: bool = True) -> None:
        self.total = total
        self.enabled = enabled and total > 0
        self.tty = sys.stderr.isatty()
        self.started = time.perf_counter()

    def update(self, done: int, words: int) -> None:
        if not self.enabled:
            return
        elapsed = time.perf_counter() - self.started
        rate = words / elapsed if elapsed > 0 else 0.0
        line = f"frontline: {done}/{self.total} articles, {words:,} words, {rate:,.0f} words/s"
        if self.tty:
            end = "\n" if done == self.total else ""
            print("\r" + line, end=end, file=sys.stderr, flush=True)
        elif done == self.total or done % max(1, self.total // 10) == 0:
            print(line, file=sys.stderr, flush=True)


def cmd_build(args: argparse.Namespace) -> int:
    from frontline.articles import InputPathError, Skipped, read_articles
    from frontline.extract.document import extract_articles
    from frontline.extract.pipeline import ModelNotFound, load_pipeline
    from frontline.extract.records import Article
    from frontline.graph.build import build_graph
    from frontline.graph.rdf import graph_to_rdf, serialize_turtle
    from frontline.graph.resolve import resolve

    started = time.perf_counter()
    if args.processes < 1:
        raise UserError("--processes must be 1 or more")
    out_dir: Path = args.out
    formats = parse_formats(args.formats)
    aliases = load_aliases(args.aliases)
    if out_dir.exists() and not out_dir.is_dir():
        raise UserError(f"--out {out_dir} exists and is not a folder")
    try:
        items = list(read_articles(args.paths))
    except InputPathError as error:
        raise UserError(str(error)) from None
    articles = [a for a in items if isinstance(a, Article)]
    skipped = [s for s in items if isinstance(s, Skipped)]
    for s in skipped:
        print(f"frontline: warning: skipped {s.source}: {s.reason}", file=sys.stderr)
    try:
        loaded = load_pipeline(args.model)
    except ModelNotFound as error:
        raise UserError(str(error)) from None
    if not loaded.has_parser:
        print(
            "frontline: warning: the pipeline has no parser; only entities are found, no relations",
            file=sys.stderr,
        )
    progress = Progress(len(articles), enabled=not args.quiet)
    extractions = []
    words = 0
    for extraction in extract_articles(loaded.nlp, articles, n_process=args.processes):
        extractions.append(extraction)
        words += extraction.word_count
        progress.update(len(extractions), words)
    resolution = resolve(extractions, aliases=aliases)
    graph = build_graph(extractions, resolution)
    rdf = graph_to_rdf(graph, articles=articles)
    outputs = write_outputs(out_dir, serialize_turtle(rdf), graph, rdf, formats)
    kinds = Counter(data["kind"] for _n, data in graph.nodes(data=True))
    holding = Counter(d["predicate"] for _u, _v, d in graph.edges(data=True) if d["holds"])
    not_facts = sum(
        1 for _u, _v, d in graph.edges(data=True) for e in d["evidence"]
        if not e.is_fact or not d["holds"]
    )
    summary = BuildSummary(
        documents=len(articles), skipped=len(skipped), words=words,
        entities_by_kind=dict(kinds), relations_by_predicate=dict(holding),
        statements_not_facts=not_facts, pipeline=loaded.description,
        seconds=time.perf_counter() - started, outputs=tuple(str(p) for p in outputs),
    )
    print(summary.text())
    return 0


def write_outputs(out_dir: Path, turtle: str, graph: object, rdf: object, formats: list[str]) -> list[Path]:
    """graph.ttl first, then each export; every file is written atomically."""
    from frontline.exports.files import write_text_atomic

    written = []
    target = out_dir / "graph.ttl"
    try:
        write_text_atomic(target, turtle)
        written.append(target)
        for name in formats:
            written.append(run_export(name, graph, rdf, out_dir))
    except OSError as error:
        raise UserError(f"cannot write to {out_dir}: {error.strerror or error}") from None
    return written


def export_formats() -> dict:
    import frontline.exports

    return dict(getattr(frontline.exports, "FORMATS", {}))


def parse_formats(text: str | None) -> list[str]:
    available = export_formats()
    if text is None:
        return list(available)
    names = [n.strip() for n in text.split(",") if n.strip()]
    if names == ["none"] or names == ["ttl"]:
        return []
    unknown = [n for n in names if n not in available and n != "ttl"]
    if unknown:
        raise UserError(f"unknown format {unknown[0]!r}; choose from: ttl, {', '.join(available)}")
    return [n for n in names if n != "ttl"]


def run_export(name: str, graph: object, rdf: object, out_dir: Path) -> Path:
    fmt = export_formats()[name]
    source = rdf if getattr(fmt, "takes_rdf", False) else graph
    return fmt.write(source, out_dir)


def load_aliases(path: Path | None) -> list:
    if path is None:
        return []
    from frontline.aliases import AliasFileError, read_alias_file

    try:
        return read_alias_file(path)
    except AliasFileError as error:
        raise UserError(str(error)) from None


# ----------------------------------------------------------------- query


def read_graph_bytes(path: Path) -> bytes:
    if not path.exists():
        raise UserError(f"no such graph file: {path}")
    if path.is_dir():
        candidate = path / "graph.ttl"
        if not candidate.is_file():
            raise UserError(f"{path} is a folder without a graph.ttl")
        path = candidate
    try:
        return path.read_bytes()
    except OSError as error:
        raise UserError(f"cannot read {path}: {error.strerror or error}") from None


def cmd_query(args: argparse.Namespace) -> int:
    from frontline.graph.sparql import (
        QueryError, format_csv, format_json, format_table, load_store, preset_query, presets, run_query,
    )

    if args.list:
        for preset in presets().values():
            extra = " (needs --entity NAME)" if preset.needs_entity else ""
            print(f"{preset.name:<10} {preset.description}{extra}")
        return 0
    if args.graph is None:
        raise UserError("query needs a GRAPH file (a graph.ttl, or the folder holding it)")
    try:
        if args.preset:
            if args.sparql:
                raise UserError("give either a SPARQL query or --preset, not both")
            query = preset_query(args.preset, entity=args.entity)
        elif args.sparql:
            query = read_query_argument(args.sparql)
        else:
            raise UserError("give a SPARQL query, --preset NAME, or --list")
        store = load_store(read_graph_bytes(args.graph))
        result = run_query(store, query)
    except QueryError as error:
        raise UserError(str(error)) from None
    formatter = {"table": format_table, "csv": format_csv, "json": format_json}[args.format]
    print(formatter(result))
    return 0


def read_query_argument(text: str) -> str:
    """The query itself, or ``@file.rq`` to read it from a file."""
    if text.startswith("@"):
        path = Path(text[1:])
        try:
            return path.read_text(encoding="utf-8")
        except OSError as error:
            raise UserError(f"cannot read query file {path}: {error.strerror or error}") from None
    return text


# ----------------------------------------------------------------- export


def cmd_export(args: argparse.Namespace) -> int:
    from rdflib import Graph

    from frontline.graph.rdf import rdf_to_graph

    formats = parse_formats(args.to)
    if not formats:
        raise UserError("--to needs at least one format")
    data = read_graph_bytes(args.graph)
    rdf = Graph()
    try:
        rdf.parse(data=data, format="turtle")
    except Exception as error:  # rdflib raises many parser-specific types
        raise UserError(f"{args.graph} is not valid Turtle: {' '.join(str(error).split())[:200]}") from None
    graph = rdf_to_graph(rdf)
    try:
        for name in formats:
            print(run_export(name, graph, rdf, args.out))
    except OSError as error:
        raise UserError(f"cannot write to {args.out}: {error.strerror or error}") from None
    return 0


# ----------------------------------------------------------------- eval


def cmd_eval(args: argparse.Namespace) -> int:
    from frontline.evaluation import GoldError, evaluate, format_report, read_gold

    try:
        gold = read_gold(args.gold)
    except GoldError as error:
        raise UserError(str(error)) from None
    from rdflib import Graph

    from frontline.graph.rdf import rdf_to_graph

    rdf = Graph()
    try:
        rdf.parse(data=read_graph_bytes(args.graph), format="turtle")
    except UserError:
        raise
    except Exception as error:
        raise UserError(f"{args.graph} is not valid Turtle: {' '.join(str(error).split())[:200]}") from None
    report = evaluate(gold, rdf_to_graph(rdf))
    print(format_report(report))
    if args.min_f1 is not None and report.micro_f1 < args.min_f1:
        print(f"frontline: micro-F1 {report.micro_f1:.3f} is below --min-f1 {args.min_f1}", file=sys.stderr)
        return EXIT_FAILURE
    return 0


# ----------------------------------------------------------------- parser


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="frontline",
        description=(
            "Build a knowledge graph of who backs whom, who fights whom and who controls "
            "what from news articles; every edge keeps the sentences that state it."
        ),
    )
    parser.add_argument("--version", action="version", version=f"frontline {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    build = sub.add_parser(
        "build", help="read articles and write the knowledge graph",
        description=(
            "Read articles (.txt/.md: first non-empty line is the headline; .html/.htm; "
            ".jsonl: one JSON object per line with 'text' and optional 'title', 'url', "
            "'published' or 'date', 'id') from files or folders (recursive) and write "
            "DIR/graph.ttl (data + ontology) plus the exports chosen with --formats."
        ),
    )
    build.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="article files or folders")
    build.add_argument("--out", required=True, type=Path, metavar="DIR", help="output folder (created if needed)")
    build.add_argument(
        "--model", metavar="NAME_OR_PATH",
        help="spaCy pipeline to use (installed package or folder); default: an installed "
        "en_core_web_* package, else the bundled pipeline",
    )
    build.add_argument(
        "--aliases", type=Path, metavar="FILE",
        help="YAML or CSV of known entities (name, type, aliases, wikidata); wins over automatic resolution",
    )
    build.add_argument(
        "--formats", metavar="LIST",
        help="comma-separated exports besides graph.ttl: html, gexf, graphml, neo4j, jsonld, nt "
        "(default: all; 'ttl' for graph.ttl only)",
    )
    build.add_argument("--processes", type=int, default=1, metavar="N", help="worker processes for spaCy (default 1)")
    build.add_argument("--quiet", action="store_true", help="no progress lines on stderr")
    build.set_defaults(handler=cmd_build)

    query = sub.add_parser(
        "query", help="run SPARQL over a graph.ttl",
        description="Run a read-only SPARQL 1.1 query (SELECT, ASK, CONSTRUCT) over a graph.ttl.",
    )
    query.add_argument("graph", nargs="?", type=Path, metavar="GRAPH", help="graph.ttl or the folder holding it")
    query.add_argument("sparql", nargs="?", metavar="SPARQL", help="the query text, or @FILE to read it")
    query.add_argument("--format", choices=("table", "csv", "json"), default="table", help="output format (default table)")
    query.add_argument("--list", action="store_true", help="list the bundled queries")
    query.add_argument("--preset", metavar="NAME", help="run a bundled query (see --list)")
    query.add_argument("--entity", metavar="TEXT", help="entity name or alias for presets that need one")
    query.set_defaults(handler=cmd_query)

    export = sub.add_parser(
        "export", help="convert a graph.ttl to other formats",
        description="Write exports from an existing graph.ttl (the RDF is the single source of truth).",
    )
    export.add_argument("graph", type=Path, metavar="GRAPH", help="graph.ttl or the folder holding it")
    export.add_argument("--to", required=True, metavar="LIST", help="comma-separated: html, gexf, graphml, neo4j, jsonld, nt")
    export.add_argument("--out", required=True, type=Path, metavar="DIR", help="output folder")
    export.set_defaults(handler=cmd_export)

    evaluation = sub.add_parser(
        "eval", help="score a graph against a gold file",
        description=(
            "Score a graph.ttl against a gold file (YAML or TOML: entities with aliases, "
            "expected triples, triples that must not appear); prints precision, recall "
            "and F1 per relation and duplicate entities."
        ),
    )
    evaluation.add_argument("gold", type=Path, metavar="GOLD", help="gold file (.yaml/.yml/.toml)")
    evaluation.add_argument("graph", type=Path, metavar="GRAPH", help="graph.ttl or the folder holding it")
    evaluation.add_argument("--min-f1", type=float, metavar="X", help="exit 1 when micro-F1 is below X")
    evaluation.set_defaults(handler=cmd_eval)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = make_parser()
    args = parser.parse_args(argv)
    if getattr(args, "handler", None) is None:
        parser.print_help()
        return EXIT_USAGE
    try:
        return args.handler(args)
    except UserError as error:
        print(f"frontline: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("frontline: interrupted; no output was changed", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
