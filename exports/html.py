"""The graph as one self-contained web page: open it from disk, no network needed.

Decisions, and the traps behind them:

- **Our own template, pyvis's JavaScript.** pyvis 0.3.2's templates link CDN files
  (vis-network CSS, bootstrap) even with ``cdn_resources="in_line"``, and its
  ``from_nx`` chokes on dates. So the page is our Jinja2 template
  (``templates/graph.html``, ``graph.js``, ``graph.css``) and only the vis-network
  9.1.2 build that pyvis ships (``pyvis/lib/vis-9.1.2/vis-network.min.js``, MIT /
  Apache-2.0) is inlined, read at generation time. It is located with
  ``importlib.util.find_spec`` rather than ``importlib.resources.files("pyvis")``:
  the latter imports pyvis, which imports IPython (0.7 s) for nothing.
- **No CDN, no request at all.** Everything is inline; a Content-Security-Policy
  allows only our two scripts (by SHA-256 hash) and no connections, so even markup
  that slipped into the page could not run or phone home.
- **Untrusted text.** Labels, aliases, sentences, titles and URLs come from
  articles. They travel as JSON in a ``<script type="application/json">`` element
  with ``<``, ``>``, ``&``, U+2028 and U+2029 escaped (so ``</script>`` cannot close
  it), and the page's script puts them in the DOM with ``textContent`` only
  (vis-network 9 would show HTML titles as raw text anyway, so tooltips are our own
  elements). Links are made only for http(s) URLs, checked here and in the page.
- **Layout first, physics only when cheap.** Positions come from
  :func:`frontline.exports.layout.layout_positions`; vis-network's physics runs only
  up to :data:`PHYSICS_MAX_NODES` nodes (measured, see there).
- **Deterministic.** Same graph, same bytes: sorted nodes and edges, sorted JSON keys,
  seeded layout.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import importlib.util
import re
from collections import Counter, defaultdict
from importlib.resources import files
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import networkx as nx

from frontline.exports.common import (
    edge_summary,
    finite_number,
    indexed_edges,
    iso_date,
    json_text,
    sorted_nodes,
    strings,
)
from frontline.exports.files import write_text_atomic
from frontline.exports.layout import layout_positions
from frontline.exports.style import (
    KIND_STYLES,
    OTHER_KIND,
    OTHER_PREDICATE,
    PREDICATE_STYLES,
    kind_style,
    node_size,
)
from frontline.extract.records import SYMMETRIC_PREDICATES

# Above this many nodes the page opens with physics off (positions as computed in
# Python). Measured with benchmarks/html_size.py --browser (headless Chromium, 2
# cores, random graphs with 2 edges per node, barnesHut from our positions, three
# runs): the page stays blank while vis-network stabilises, for 0.3-0.8 s at 100
# nodes, 0.6-1.0 s at 200, 1.3-1.6 s at 300, 1.7-2.2 s at 500, 3.7-4.4 s at 1,000
# and 7-10 s at 2,000, and keeps animating afterwards. With physics off 5,000
# nodes / 10,000 edges are drawn in 1.7-2.3 s. 300 keeps the wait near a second.
PHYSICS_MAX_NODES = 300

VIS_JS_RESOURCE = ("lib", "vis-9.1.2", "vis-network.min.js")

# Legend symbols for vis-network's shapes, in a -10..10 SVG viewBox.
_SVG_SHAPES: dict[str, tuple[str, str]] = {
    "dot": ("circle", 'r="7"'),
    "square": ("rect", 'x="-6.5" y="-6.5" width="13" height="13"'),
    "triangle": ("polygon", 'points="0,-8 8,6 -8,6"'),
    "triangleDown": ("polygon", 'points="0,8 8,-6 -8,-6"'),
    "diamond": ("polygon", 'points="0,-8.5 8.5,0 0,8.5 -8.5,0"'),
    "star": (
        "polygon",
        'points="0,-9 2.1,-2.9 8.6,-2.8 3.4,1.1 5.3,7.3 0,3.6 -5.3,7.3 -3.4,1.1 -8.6,-2.8 -2.1,-2.9"',
    ),
    "hexagon": ("polygon", 'points="0,-8 6.9,-4 6.9,4 0,8 -6.9,4 -6.9,-4"'),
}

_SCRIPT_UNSAFE = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
_SCRIPT_UNSAFE_RE = re.compile("[<>&\u2028\u2029\ud800-\udfff]")


def script_json(value: Any) -> str:
    """JSON that is safe as the text of a ``<script>`` element.

    ``<``, ``>`` and ``&`` become ``\\u003c``-style escapes, so no ``</script>`` or
    ``<!--`` can appear; U+2028/2029 and lone surrogates are escaped too (the first
    two break older JavaScript parsers, the last cannot be written as UTF-8).

    >>> script_json({"a": "</script>"})
    '{"a":"\\\\u003c/script\\\\u003e"}'
    """
    text = json_text(value)
    return _SCRIPT_UNSAFE_RE.sub(lambda m: _SCRIPT_UNSAFE.get(m.group(), f"\\u{ord(m.group()):04x}"), text)


def generate_html(
    graph: nx.MultiDiGraph, *, title: str = "frontline graph", physics: bool | None = None
) -> str:
    """The page showing ``graph``: filters by kind and relation, search, evidence.

    ``physics`` forces vis-network's physics on or off; by default it is on up to
    :data:`PHYSICS_MAX_NODES` nodes.

    >>> g = nx.MultiDiGraph()
    >>> "vis.Network" in generate_html(g)
    True
    """
    edges = indexed_edges(graph)
    if physics is None:
        physics = graph.number_of_nodes() <= PHYSICS_MAX_NODES
    payload = {
        "nodes": _node_rows(graph),
        "edges": _edge_rows(edges),
        "physics": physics,
        "styles": _style_table(),
    }
    vis_js, app_js = _vis_js(), _template_text("graph.js")
    kinds = Counter(row["kind"] if row["kind"] in KIND_STYLES else "other" for row in payload["nodes"])
    predicates = Counter(e.data["predicate"] if e.data["predicate"] in PREDICATE_STYLES else "other" for e in edges)
    return _template().render(
        title=title,
        css=_template_text("graph.css"),
        vis_js=vis_js,
        app_js=app_js,
        script_hashes=[_csp_hash(vis_js), _csp_hash(app_js)],
        data_json=script_json(payload),
        node_count=graph.number_of_nodes(),
        edge_count=len(edges),
        not_holding_count=sum(1 for e in edges if not e.data["holds"]),
        physics=physics,
        kinds=_legend_kinds(kinds),
        predicates=_legend_predicates(predicates),
    )


def write_html(graph: nx.MultiDiGraph, path: Path, *, title: str = "frontline graph") -> Path:
    """Write :func:`generate_html` to ``path`` (atomically); returns ``path``."""
    write_text_atomic(Path(path), generate_html(graph, title=title))
    return Path(path)


# ----------------------------------------------------------------------- payload


def _node_rows(graph: nx.MultiDiGraph) -> list[dict[str, Any]]:
    positions = layout_positions(graph)
    rows = []
    for node, attrs in sorted_nodes(graph):
        x, y = positions[node]
        row: dict[str, Any] = {
            "id": str(node),
            "label": str(attrs.get("label") or node),
            "kind": str(attrs.get("kind") or ""),
            "aliases": strings(attrs.get("aliases")),
            "mentions": finite_number(attrs.get("mentions")),
            "size": node_size(attrs.get("mentions")),
            "x": x,
            "y": y,
        }
        if attrs.get("wikidata"):
            row["wikidata"] = str(attrs["wikidata"])
        rows.append(row)
    return rows


def _edge_rows(edges: list) -> list[dict[str, Any]]:
    # Parallel edges (same two nodes, either direction) would be drawn on top of
    # each other: the first stays straight, the others bend more and more.
    seen_pairs: defaultdict[frozenset, int] = defaultdict(int)
    rows = []
    for edge in edges:
        data = edge.data
        pair = frozenset((edge.source, edge.target))
        rank = seen_pairs[pair]
        seen_pairs[pair] += 1
        row: dict[str, Any] = {
            "id": edge.id,
            "from": str(edge.source),
            "to": str(edge.target),
            **edge_summary(data),
            "evidence": [_evidence_row(ev) for ev in data.get("evidence", ())],
        }
        if rank:
            row["curve"] = round(min(0.15 * rank, 0.9), 2)
        rows.append(row)
    return rows


def _evidence_row(evidence: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "sentence": evidence.sentence,
        "title": evidence.doc_title,
        "doc": evidence.doc_id,
        "published": iso_date(evidence.published),
    }
    if evidence.doc_url:
        # Only http(s) URLs may become links (the page checks again); anything else,
        # a javascript: URL say, is shown as plain text.
        row["url" if is_web_url(evidence.doc_url) else "url_text"] = evidence.doc_url
    for flag in ("negated", "hypothetical", "contested"):
        if getattr(evidence, flag):
            row[flag] = True
    if evidence.attributed_to:
        row["attributed_to"] = evidence.attributed_to
    return row


def is_web_url(url: str) -> bool:
    """True for absolute http(s) URLs, the only ones the page turns into links."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def _style_table() -> dict[str, Any]:
    return {
        "kinds": {k: {"color": s.color, "shape": s.shape} for k, s in KIND_STYLES.items()},
        "other_kind": {"color": OTHER_KIND.color, "shape": OTHER_KIND.shape},
        "predicates": {p: {"color": s.color, "label": s.label} for p, s in PREDICATE_STYLES.items()},
        "other_predicate": {"color": OTHER_PREDICATE.color, "label": OTHER_PREDICATE.label},
        "symmetric": sorted(SYMMETRIC_PREDICATES),
    }


def _legend_kinds(counts: Counter) -> list[dict[str, Any]]:
    names = list(KIND_STYLES) + (["other"] if counts.get("other") else [])
    items = []
    for name in names:
        style = kind_style(name)
        tag, attrs = _SVG_SHAPES[style.shape]
        label = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name).lower() if name != "other" else "other kinds"
        items.append(
            {"name": name, "label": label, "color": style.color, "count": counts.get(name, 0),
             "svg_tag": tag, "svg_attrs": attrs + ' stroke="#444" stroke-width="1"'}
        )
    return items


def _legend_predicates(counts: Counter) -> list[dict[str, Any]]:
    items = [
        {"name": name, "label": style.label, "color": style.color, "count": counts.get(name, 0)}
        for name, style in PREDICATE_STYLES.items()
    ]
    if counts.get("other"):
        items.append({"name": "other", "label": "other relations", "color": OTHER_PREDICATE.color,
                      "count": counts["other"]})
    return items


# ----------------------------------------------------------------------- resources


def _csp_hash(script: str) -> str:
    return base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")


@functools.cache
def _vis_js() -> str:
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the HTML export needs pyvis (it ships vis-network): pip install 'pyvis>=0.3.2'")
    path = Path(next(iter(spec.submodule_search_locations))).joinpath(*VIS_JS_RESOURCE)
    text = path.read_text(encoding="utf-8")
    lowered = text.lower()
    # Inlined as-is, so it must not be able to end its own <script> element.
    if "</script" in lowered or "<!--" in lowered:
        raise RuntimeError(f"{path} cannot be inlined in a <script> element")
    return text


@functools.cache
def _template_text(name: str) -> str:
    return files(__package__).joinpath("templates", name).read_text(encoding="utf-8")


@functools.cache
def _template() -> Any:
    import jinja2

    environment = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined, keep_trailing_newline=True)
    return environment.from_string(_template_text("graph.html"))
