"""The HTML view without a browser: self-contained, escaped, deterministic.

The page itself is opened in headless Chromium by test_browser_view.py.
"""

from __future__ import annotations

import base64
import hashlib
import re

import lxml.html
import networkx as nx
import pytest
from exports_fixtures import HOSTILE, embedded_json, hostile_graph, random_graph, small_graph

from frontline.exports.html import PHYSICS_MAX_NODES, generate_html, script_json, write_html


@pytest.fixture(scope="module")
def page() -> str:
    return generate_html(small_graph(), title="Test graph")


def test_no_external_resource_of_any_kind(page: str) -> None:
    doc = lxml.html.fromstring(page)
    for element in doc.iter():
        for attribute in ("src", "href", "srcset", "poster", "data", "action"):
            value = element.get(attribute)
            assert value is None, f"<{element.tag} {attribute}={value!r}> in the page"
    assert not doc.xpath("//link"), "no <link> elements: styles are inline"
    css = "".join(doc.xpath("//style/text()"))
    assert "@import" not in css and not re.search(r"url\(\s*['\"]?(https?:)?//", css)
    assert "cdn" not in page.lower().split('id="graph-data"')[0]


def test_content_security_policy_allows_only_our_scripts(page: str) -> None:
    doc = lxml.html.fromstring(page)
    csp = doc.xpath('//meta[@http-equiv="Content-Security-Policy"]/@content')[0]
    assert "default-src 'none'" in csp
    hashes = set(re.findall(r"'sha256-([^']+)'", csp))
    scripts = [s for s in doc.xpath("//script") if s.get("type") != "application/json"]
    assert len(scripts) == 2
    for script in scripts:
        digest = base64.b64encode(hashlib.sha256(script.text.encode("utf-8")).digest()).decode()
        assert digest in hashes


def test_vis_network_is_inlined(page: str) -> None:
    assert "vis-network" in page and "@version 9.1.2" in page


def test_embedded_data_round_trips(page: str) -> None:
    data = embedded_json(page)
    graph = small_graph()
    assert [n["id"] for n in data["nodes"]] == sorted(graph.nodes)
    assert len(data["edges"]) == graph.number_of_edges()
    vell = next(n for n in data["nodes"] if n["id"] == "republic-of-vell")
    assert vell["label"] == "Republic of Vell" and vell["kind"] == "Country" and vell["aliases"] == ["Vell"]
    backs = next(e for e in data["edges"] if e["from"] == "republic-of-vell" and e["holds"])
    assert [ev["sentence"] for ev in backs["evidence"]] == [
        "Vell has armed the Northern Alliance since spring.", "Vell kept sending drones to the Alliance."]
    assert backs["evidence"][1]["url"] == "http://brief.example.com/x?y=1&z=2"
    assert backs["first_date"] == "2021-03-02" and backs["last_date"] == "2021-03-09"
    denied = next(e for e in data["edges"] if not e["holds"])
    assert denied["evidence"][0]["negated"] is True
    assert denied["evidence"][0]["attributed_to"] == "Vell"


def test_hostile_text_cannot_leave_the_data_element() -> None:
    page = generate_html(hostile_graph(), title='</title><script>alert(1)</script>')
    doc = lxml.html.fromstring(page)
    assert len(doc.xpath("//script")) == 3, "no script element was injected"
    assert not doc.xpath("//img") and not doc.xpath('//*[@id="pwned"]')
    assert doc.xpath("//title/text()") == ['</title><script>alert(1)</script>']
    raw = re.search(r'id="graph-data">(.*?)</script>', page, re.S).group(1)
    assert not set(raw) & {"<", ">", "&", "\u2028", "\u2029"}
    data = embedded_json(page)
    labels = {n["label"] for n in data["nodes"]}
    assert labels == set(HOSTILE)
    sentences = {ev["sentence"] for e in data["edges"] for ev in e["evidence"]}
    assert sentences == set(HOSTILE[:-1])


def test_only_web_urls_become_links() -> None:
    data = embedded_json(generate_html(hostile_graph()))
    evidence = [ev for e in data["edges"] for ev in e["evidence"]]
    assert {ev.get("url") for ev in evidence} == {"https://x.example/?q=</script>", None}
    assert {ev.get("url_text") for ev in evidence} == {"javascript:document.title='pwned'", None}


def test_page_script_never_uses_innerhtml(page: str) -> None:
    app = lxml.html.fromstring(page).xpath("//script")[-1].text
    for sink in (".innerHTML", ".outerHTML", "insertAdjacentHTML(", "document.write(", "eval(", "Function("):
        assert sink not in app


def test_script_json_escapes() -> None:
    text = script_json({"s": "</script><!-- & \u2028\u2029 \ud800"})
    assert not set(text) & {"<", ">", "&", "\u2028", "\u2029", "\ud800"}
    assert "\\u003c/script\\u003e" in text


def test_output_is_deterministic_whatever_the_insertion_order() -> None:
    graph = small_graph()
    shuffled = nx.MultiDiGraph()
    shuffled.add_nodes_from(reversed(list(graph.nodes(data=True))))
    shuffled.add_edges_from(reversed(list(graph.edges(keys=True, data=True))))
    assert generate_html(graph) == generate_html(small_graph()) == generate_html(shuffled)


def test_physics_switches_off_for_big_graphs() -> None:
    small = embedded_json(generate_html(random_graph(PHYSICS_MAX_NODES, 10)))
    big = embedded_json(generate_html(random_graph(PHYSICS_MAX_NODES + 1, 10)))
    assert small["physics"] is True and big["physics"] is False
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in big["nodes"])


def test_parallel_edges_are_curved_apart() -> None:
    edges = embedded_json(generate_html(small_graph()))["edges"]
    fights = [e for e in edges if e["predicate"] == "fights"]
    assert sorted(e.get("curve", 0) for e in fights) == [0, 0.15]


def test_legend_lists_every_kind_and_relation(page: str) -> None:
    doc = lxml.html.fromstring(page)
    kinds = doc.xpath('//ul[@id="kind-filters"]//input/@data-kind')
    predicates = doc.xpath('//ul[@id="predicate-filters"]//input/@data-predicate')
    assert len(kinds) == 8 and "ArmedGroup" in kinds
    assert len(predicates) == 9 and "spokespersonFor" in predicates


def test_empty_graph() -> None:
    data = embedded_json(generate_html(nx.MultiDiGraph()))
    assert data["nodes"] == [] and data["edges"] == []


def test_write_html(tmp_path) -> None:
    target = write_html(small_graph(), tmp_path / "out" / "graph.html")
    assert target.read_text(encoding="utf-8") == generate_html(small_graph())
    assert [p.name for p in target.parent.iterdir()] == ["graph.html"]


def test_every_kind_and_relation_has_a_style() -> None:
    from frontline.exports.style import KIND_STYLES, PREDICATE_STYLES
    from frontline.extract.records import ENTITY_KINDS, PREDICATES

    assert tuple(KIND_STYLES) == ENTITY_KINDS
    assert tuple(PREDICATE_STYLES) == PREDICATES
    assert len({(s.color, s.shape) for s in KIND_STYLES.values()}) == len(KIND_STYLES)
    assert len({s.color for s in PREDICATE_STYLES.values()}) == len(PREDICATE_STYLES)


def test_unknown_kinds_and_predicates_get_the_other_style() -> None:
    graph = small_graph()
    graph.nodes["port-lenn"]["kind"] = "__proto__"
    graph.add_edge("port-lenn", "mira-osk", key="constructor", predicate="constructor", holds=True, evidence=(),
                   count=0, confidence=0.5, first_date=None, last_date=None)
    doc = lxml.html.fromstring(generate_html(graph))
    assert doc.xpath('//ul[@id="kind-filters"]//input/@data-kind')[-1] == "other"
    assert doc.xpath('//ul[@id="predicate-filters"]//input/@data-predicate')[-1] == "other"
