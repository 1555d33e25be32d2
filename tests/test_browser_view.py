"""The HTML view in a real browser: headless Chromium (Debian's ``chromium`` package).

The page writes what vis-network rendered into data-* attributes of ``#network``
(``network.body.data.nodes.length`` ...); Chromium's ``--dump-dom`` after a
``--virtual-time-budget`` gives us the DOM after the scripts ran.

Missing Chromium is a failure, not a skip (CI installs it with
``apt-get install -y chromium``); set ``FRONTLINE_SKIP_BROWSER=1`` to skip these
tests on a machine without it.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import lxml.html
import pytest
from exports_fixtures import HOSTILE, chromium_path, demo_graph, hostile_graph, run_chromium, small_graph

from frontline.exports.html import write_html

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[1]
ARTIFACTS = REPO / "test-artifacts"


@pytest.fixture(scope="module", autouse=True)
def chromium() -> str:
    if os.environ.get("FRONTLINE_SKIP_BROWSER") == "1":
        pytest.skip("FRONTLINE_SKIP_BROWSER=1")
    path = chromium_path()
    if path is None:
        pytest.fail(
            "headless Chromium is needed for the browser tests and was not found: "
            "install it with `apt-get install -y chromium` (or set FRONTLINE_SKIP_BROWSER=1 to skip)",
            pytrace=False,
        )
    return path


def network_attributes(dom: str) -> dict[str, str]:
    doc = lxml.html.fromstring(dom)
    (main,) = doc.xpath('//*[@id="network"]')
    return {k[5:]: v for k, v in main.attrib.items() if k.startswith("data-")}


def test_rendered_network_has_every_node_and_edge(tmp_path: Path) -> None:
    graph = small_graph()
    page = write_html(graph, tmp_path / "graph.html")
    found = network_attributes(run_chromium(page.as_uri(), "--dump-dom"))
    assert found["status"] == "ready" and found["drawn"] == "true"
    assert int(found["nodes"]) == graph.number_of_nodes()
    assert int(found["edges"]) == graph.number_of_edges()
    assert int(found["visible-nodes"]) == graph.number_of_nodes()


def test_big_graph_renders_with_physics_off(tmp_path: Path) -> None:
    from exports_fixtures import random_graph

    graph = random_graph(1500, 3000)
    page = write_html(graph, tmp_path / "big.html")
    found = network_attributes(run_chromium(page.as_uri(), "--dump-dom"))
    assert found["physics"] == "false" and found["drawn"] == "true"
    assert (int(found["nodes"]), int(found["edges"])) == (1500, 3000)


def test_filters_hide_kinds_and_relations(tmp_path: Path) -> None:
    page = write_html(small_graph(), tmp_path / "graph.html")
    # Both armed groups are hidden, and with them every edge (all six touch one).
    found = network_attributes(run_chromium(page.as_uri() + "#hide=ArmedGroup,not-holding", "--dump-dom"))
    assert (found["visible-nodes"], found["visible-edges"]) == ("3", "0")
    found = network_attributes(run_chromium(page.as_uri() + "#hide=backs,fights", "--dump-dom"))
    assert (found["visible-nodes"], found["visible-edges"]) == ("5", "2")
    assert found["nodes"] == "5" and found["edges"] == "6"


def test_search_and_details_show_text(tmp_path: Path) -> None:
    page = write_html(small_graph(), tmp_path / "graph.html")
    dom = run_chromium(page.as_uri() + "#search=vell&edge=e4", "--dump-dom")
    doc = lxml.html.fromstring(dom)
    assert doc.xpath('string(//*[@id="search-status"])').startswith("1 match")
    assert doc.xpath('string(//*[@id="search-results"]//button)') == "Republic of Vell (Country)"
    assert doc.xpath('string(//*[@id="details-title"])') == "Republic of Vell \u2014 backs \u2192 Coastal Front"
    assert "Vell denied backing the Coastal Front." in doc.xpath('string(//*[@id="details-body"])')


def test_hostile_text_runs_no_script(tmp_path: Path) -> None:
    """Every label, alias, sentence, title and URL is an XSS payload; none may run.

    The fragment opens the details of a node and of an edge and runs a search, so the
    payloads go through every path that puts text into the page.
    """
    graph = hostile_graph()
    page = write_html(graph, tmp_path / "hostile.html", title="hostile")
    for fragment in ("#search=script&node=hostile-1", "#search=%3C&edge=e1", "#node=hostile-3&edge=e2"):
        dom = run_chromium(page.as_uri() + fragment, "--dump-dom")
        doc = lxml.html.fromstring(dom)
        assert doc.xpath("//title/text()") == ["hostile"], "a payload changed document.title"
        assert not doc.xpath('//*[@id="pwned"]'), "a payload added an element"
        assert not doc.xpath("//img"), "markup from the data became an element"
        assert len(doc.xpath("//script")) == 3
        for href in doc.xpath("//a/@href"):
            assert re.match(r"https?://", href), href
        found = network_attributes(dom)
        assert (int(found["nodes"]), int(found["edges"])) == (graph.number_of_nodes(), graph.number_of_edges())
        details = doc.xpath('string(//*[@id="details"])')
        assert any(text in details for text in HOSTILE), "the hostile text was rendered, as text"


def test_screenshot(tmp_path: Path) -> None:
    """Saves test-artifacts/graph.png (look at it); docs/graph-view.png is one of these."""
    ARTIFACTS.mkdir(exist_ok=True)
    page = write_html(demo_graph(), tmp_path / "demo.html", title="frontline: demo graph")
    target = ARTIFACTS / "graph.png"
    target.unlink(missing_ok=True)
    run_chromium(page.as_uri() + "#edge=e14", f"--screenshot={target}", "--hide-scrollbars")
    assert target.stat().st_size > 20_000  # a drawn graph, not a blank page
