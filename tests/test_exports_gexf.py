"""GEXF 1.3: valid against the official schema, and carrying what Gephi needs."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import networkx as nx
import pytest
from exports_fixtures import HOSTILE, hostile_graph, small_graph
from lxml import etree

from frontline.exports.common import xml_safe
from frontline.exports.gexf import GEXF_NS, VIZ_NS, generate_gexf, write_gexf

SCHEMA_DIR = Path(__file__).resolve().parents[2] / "shared" / "schemas" / "gexf-1.3"
NS = {"g": GEXF_NS, "viz": VIZ_NS}


@pytest.fixture(scope="module")
def relaxng() -> etree.RelaxNG:
    assert (SCHEMA_DIR / "gexf.rng").is_file(), f"GEXF 1.3 schema expected at {SCHEMA_DIR} (../shared beside the repo)"
    return etree.RelaxNG(etree.parse(str(SCHEMA_DIR / "gexf.rng")))


def parse(text: str) -> etree._Element:
    return etree.fromstring(text.encode("utf-8"))


@pytest.mark.parametrize("make", [small_graph, hostile_graph, nx.MultiDiGraph], ids=["small", "hostile", "empty"])
def test_valid_against_gexf_13_relaxng_with_xmllint(make, tmp_path: Path) -> None:
    xmllint = shutil.which("xmllint")
    assert xmllint, "xmllint is needed: apt-get install -y libxml2-utils"
    path = write_gexf(make(), tmp_path / "graph.gexf")
    result = subprocess.run([xmllint, "--noout", "--relaxng", str(SCHEMA_DIR / "gexf.rng"), str(path)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("make", [small_graph, hostile_graph, nx.MultiDiGraph], ids=["small", "hostile", "empty"])
def test_valid_in_process(make, relaxng: etree.RelaxNG) -> None:
    document = parse(generate_gexf(make()))
    assert relaxng.validate(document), relaxng.error_log


def test_nodes_carry_kind_aliases_and_viz() -> None:
    root = parse(generate_gexf(small_graph()))
    columns = {a.get("id"): a.get("type") for a in root.iterfind(".//g:attributes[@class='node']/g:attribute", NS)}
    assert columns["kind"] == "string" and columns["aliases"] == "liststring"
    node = root.find(".//g:node[@id='northern-alliance']", NS)
    values = {v.get("for"): v.get("value") for v in node.iterfind(".//g:attvalue", NS)}
    assert node.get("label") == "Northern Alliance"
    assert values["kind"] == "ArmedGroup" and json.loads(values["aliases"]) == ["NA", "the Alliance"]
    assert values["wikidata"] == "Q1234" and values["mentions"] == "12"
    color = node.find("viz:color", NS)
    assert (color.get("r"), color.get("g"), color.get("b")) == ("225", "87", "89")
    assert node.find("viz:shape", NS).get("value") == "triangle"
    assert float(node.find("viz:size", NS).get("value")) > 8
    assert node.find("viz:position", NS) is not None


def test_edges_carry_relation_holds_confidence_weight_and_time() -> None:
    root = parse(generate_gexf(small_graph()))
    graph_element = root.find("g:graph", NS)
    assert graph_element.get("timeformat") == "date" and graph_element.get("mode") == "dynamic"
    edges = root.findall(".//g:edge", NS)
    assert [e.get("id") for e in edges] == [f"e{i}" for i in range(6)]
    backs = next(e for e in edges if e.get("source") == "republic-of-vell" and e.get("target") == "northern-alliance")
    values = {v.get("for"): v.get("value") for v in backs.iterfind(".//g:attvalue", NS)}
    assert values["relation"] == "backs" and values["holds"] == "true" and values["confidence"] == "0.91"
    assert backs.get("weight") == "2.0" and values["count"] == "2"
    assert (backs.get("start"), backs.get("end")) == ("2021-03-02", "2021-03-09")
    assert json.loads(values["sentences"])[1] == "Vell kept sending drones to the Alliance."
    denied = next(e for e in edges if e.get("source") == "republic-of-vell" and e.get("target") == "coastal-front")
    assert denied.find("viz:shape", NS).get("value") == "dashed"
    assert {v.get("for"): v.get("value") for v in denied.iterfind(".//g:attvalue", NS)}["holds"] == "false"
    vell = root.find(".//g:node[@id='republic-of-vell']", NS)
    assert (vell.get("start"), vell.get("end")) == ("2021-03-02", "2021-03-09")


def test_hostile_text_survives_minus_xml_illegal_characters() -> None:
    root = parse(generate_gexf(hostile_graph()))
    labels = {n.get("label") for n in root.iterfind(".//g:node", NS)}
    assert labels == set(HOSTILE)
    first = root.find(".//g:node[@id='hostile-0']", NS)
    aliases = json.loads({v.get("for"): v.get("value") for v in first.iterfind(".//g:attvalue", NS)}["aliases"])
    assert aliases == [HOSTILE[1], "a;b", "xy"]  # U+001F cannot be in XML 1.0
    assert xml_safe("x\x1fy\x00\ufffe\ttab\r\n") == "xy\ttab\r\n"


def test_networkx_reads_it() -> None:
    graph = nx.read_gexf(_tmp_bytes(generate_gexf(small_graph())))
    assert graph.number_of_nodes() == 5 and graph.number_of_edges() == 6


def test_deterministic() -> None:
    assert generate_gexf(small_graph()) == generate_gexf(small_graph())


def _tmp_bytes(text: str):
    import io

    return io.BytesIO(text.encode("utf-8"))
