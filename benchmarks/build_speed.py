"""Words per second of `frontline build`, and what extraction adds to the pipeline.

Run by hand (not in CI), from the repository root, with frontline installed:

    python benchmarks/build_speed.py [--repeat N]

Measures, on the five sample articles (../shared/corpus/seeds) and on the raw text
of English PUD (../shared/data/ud-english-pud, 1,000 news/Wikipedia sentences,
grouped 20 to an article):

1. the whole `frontline build` command (reading, pipeline, extraction, resolution,
   graph, RDF, graph.ttl only), as a user runs it;
2. the statistical pipeline alone (nlp.pipe without frontline's components) versus
   the time spent in frontline's components, resolution and graph building: the
   extraction overhead, which the goal keeps under 30%.

Each timing is the best of three runs (``--repeat N``: the overhead's two timings the
best of N, steadier on a shared machine).
"""

from __future__ import annotations

import argparse
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEEDS = SHARED / "corpus" / "seeds"
PUD = SHARED / "data" / "ud-english-pud" / "en_pud-ud-test.conllu"


def pud_articles(folder: Path, *, per_article: int = 20) -> None:
    sentences = [
        line[len("# text = "):].strip()
        for line in PUD.read_text(encoding="utf-8").splitlines()
        if line.startswith("# text = ")
    ]
    for n in range(0, len(sentences), per_article):
        chunk = sentences[n : n + per_article]
        (folder / f"pud_{n // per_article:03d}.txt").write_text(
            f"PUD part {n // per_article}\n\n" + " ".join(chunk) + "\n", encoding="utf-8"
        )


def word_count(folder: Path) -> int:
    return sum(len(p.read_text(encoding="utf-8").split()) for p in folder.glob("*.txt"))


def best_of(runs: int, action) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return min(times)


def time_build(folder: Path) -> float:
    with tempfile.TemporaryDirectory() as out:
        # the installation this script imports, not whichever `frontline` is first on PATH
        command = [sys.executable, "-m", "frontline", "build", str(folder), "--out", out, "--formats", "ttl", "--quiet"]
        return best_of(3, lambda: subprocess.run(command, check=True, capture_output=True))


def time_overhead(folder: Path, repeat: int = 3) -> tuple[float, float]:
    """Seconds of the statistical pipeline alone, and seconds spent in frontline's own
    components, resolution and graph building (timed inside the same runs, best of
    ``repeat`` each: the difference of two whole runs was mostly noise on a shared VM)."""
    from frontline.articles import read_articles
    from frontline.extract import components
    from frontline.extract.document import extract_articles
    from frontline.extract.pipeline import load_base, load_pipeline
    from frontline.extract.records import Article
    from frontline.graph.build import build_graph
    from frontline.graph.resolve import resolve

    spent = {"components": 0.0}
    for cls in (components.LineBreakComponent, components.EntityComponent, components.RelationComponent):
        original = cls.__call__

        def timed(self, doc, original=original):
            started = time.perf_counter()
            result = original(self, doc)
            spent["components"] += time.perf_counter() - started
            return result

        cls.__call__ = timed

    articles = [a for a in read_articles([folder]) if isinstance(a, Article)]
    base, _ = load_base()
    full = load_pipeline().nlp
    texts = [a.text for a in articles]
    list(full.pipe(texts[:2]))  # warm up (the gazetteer's city table loads on first use)
    pipeline_only = best_of(repeat, lambda: list(base.pipe(texts)))

    def ours() -> float:
        spent["components"] = 0.0
        extractions = list(extract_articles(full, articles))
        started = time.perf_counter()
        build_graph(extractions, resolve(extractions))
        return spent["components"] + time.perf_counter() - started

    return pipeline_only, min(ours() for _ in range(repeat))


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description="Words per second of frontline build, and the extraction overhead.")
    parser.add_argument(
        "--repeat", type=int, default=3, metavar="N",
        help="time the pipeline and frontline's part N times each and keep the best (default 3)",
    )
    repeat = parser.parse_args(argv).repeat
    print(f"machine: {platform.processor() or platform.machine()}, {platform.system()}, "
          f"Python {platform.python_version()}, cores: {len(__import__('os').sched_getaffinity(0))}")
    with tempfile.TemporaryDirectory() as tmp:
        pud = Path(tmp)
        pud_articles(pud)
        for name, folder in (("seeds", SEEDS), ("PUD raw text", pud)):
            words = word_count(folder)
            build = time_build(folder)
            pipeline_only, ours = time_overhead(folder, repeat)
            overhead = ours / pipeline_only * 100
            print(
                f"{name:<13} {words:>6} words | build {build:6.2f} s = {words / build:7,.0f} words/s | "
                f"pipeline alone {pipeline_only:5.2f} s, extraction/resolution/graph "
                f"{ours:5.2f} s (+{overhead:.0f}%)"
            )
    sys.stdout.flush()


if __name__ == "__main__":
    main(sys.argv[1:])
