"""Size and generation time of the HTML graph view for a 5,000-node graph. Run by hand:

    python benchmarks/html_size.py [--nodes 5000] [--edges-per-node 2] [--browser]

Builds a random graph in frontline's schema (1-3 evidence sentences per edge),
times the layout and ``generate_html``, and reports the page size. With
``--browser`` it also opens pages in headless Chromium (Debian's ``chromium``) and
reads the page's own timings: time to first drawing with physics off, and the time
vis-network needs to stabilise with physics on for growing node counts, which is
how ``frontline.exports.html.PHYSICS_MAX_NODES`` was chosen. Not part of the tests.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))  # the random graph and the Chromium runner

from exports_fixtures import random_graph, run_chromium  # noqa: E402

from frontline.exports.html import PHYSICS_MAX_NODES, generate_html  # noqa: E402
from frontline.exports.layout import layout_positions  # noqa: E402

PHYSICS_SIZES = (100, 200, 300, 500, 1000, 2000)


def page_timings(html: str, folder: Path, name: str) -> dict[str, str]:
    """Open the page headless and return its data-* attributes (counts and timings)."""
    page = folder / f"{name}.html"
    page.write_text(html, encoding="utf-8")
    dom = run_chromium(page.as_uri(), "--dump-dom", budget_ms=5_000)
    match = re.search(r"<main[^>]*>", dom)
    return dict(re.findall(r'data-([\w-]+)="([^"]*)"', match.group(0))) if match else {}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--nodes", type=int, default=5000)
    ap.add_argument("--edges-per-node", type=float, default=2.0)
    ap.add_argument("--browser", action="store_true", help="also time the pages in headless Chromium")
    args = ap.parse_args()

    edges = int(args.nodes * args.edges_per_node)
    started = time.perf_counter()
    graph = random_graph(args.nodes, edges)
    print(f"graph: {args.nodes} nodes, {edges} edges, "
          f"{sum(d['count'] for _, _, d in graph.edges(data=True))} evidence sentences "
          f"(built in {time.perf_counter() - started:.1f} s)")

    started = time.perf_counter()
    layout_positions(graph)
    layout_seconds = time.perf_counter() - started
    started = time.perf_counter()
    html = generate_html(graph)
    total_seconds = time.perf_counter() - started
    size = len(html.encode("utf-8"))
    print(f"layout: {layout_seconds:.2f} s; generate_html (layout included): {total_seconds:.2f} s")
    print(f"page: {size / 1e6:.2f} MB ({size:,} bytes), of which vis-network ~0.47 MB; "
          f"physics {'on' if args.nodes <= PHYSICS_MAX_NODES else 'off'} (threshold {PHYSICS_MAX_NODES})")
    if not args.browser:
        return
    with tempfile.TemporaryDirectory(prefix="frontline-bench-") as tmp:
        folder = Path(tmp)
        found = page_timings(html, folder, "big")
        print(f"chromium, {args.nodes} nodes physics off: drawn={found.get('drawn')} "
              f"nodes={found.get('nodes')} edges={found.get('edges')} first draw {found.get('first-draw-ms')} ms")
        for n in PHYSICS_SIZES:
            found = page_timings(generate_html(random_graph(n, 2 * n), physics=True), folder, f"p{n}")
            print(f"chromium, {n:5d} nodes physics on: stabilised in {found.get('stabilize-ms')} ms")


if __name__ == "__main__":
    main()
