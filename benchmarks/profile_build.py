"""Where extraction, resolution and graph building spend their time on a folder of articles.

Run by hand (not in CI), from the repository root, with frontline installed:

    python benchmarks/profile_build.py [FOLDER] [--match REGEX] [--top N]

FOLDER defaults to the sample (../shared/corpus/seeds). The pipeline is loaded and
the articles are built once untimed (caches warm), then once under cProfile; the
functions are printed by cumulative time, the N first (default 40), or only those
whose file:line(name) matches REGEX ("names_apposed|is_quoted" to see what a few new
rules cost). The statistical pipeline runs inside the profile too: compare a rule's
time with the whole, not with build_speed.py's overhead figure.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seeds"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=SEEDS, help="folder of .txt articles (default: the sample)")
    parser.add_argument("--match", default=None, help="only functions whose file:line(name) matches this regex")
    parser.add_argument("--top", type=int, default=40, help="how many functions to print (default 40)")
    args = parser.parse_args()

    from frontline.articles import read_articles
    from frontline.extract.document import extract_articles
    from frontline.extract.pipeline import load_pipeline
    from frontline.extract.records import Article
    from frontline.graph.build import build_graph
    from frontline.graph.resolve import resolve

    paths = sorted(args.folder.glob("*.txt"))
    if not paths:
        raise SystemExit(f"profile_build: no .txt articles in {args.folder}")
    nlp = load_pipeline().nlp
    articles = [a for a in read_articles(paths) if isinstance(a, Article)]

    def build() -> None:
        extractions = list(extract_articles(nlp, articles))
        build_graph(extractions, resolve(extractions))

    build()  # warm: models, gazetteers and patterns loaded outside the profile
    profile = cProfile.Profile()
    profile.enable()
    build()
    profile.disable()
    stats = pstats.Stats(profile).sort_stats("cumulative")
    if args.match:
        stats.print_stats(args.match)
    else:
        stats.print_stats(args.top)


if __name__ == "__main__":
    main()
