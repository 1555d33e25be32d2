"""The export registry the command line uses."""

from __future__ import annotations

import subprocess
import sys

import pytest
from exports_fixtures import small_graph

from frontline.exports import FORMATS, ExportFormat, export
from frontline.graph.rdf import graph_to_rdf

pytestmark = pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")


def test_names_and_outputs() -> None:
    assert {name: (f.output, f.takes_rdf) for name, f in FORMATS.items()} == {
        "html": ("graph.html", False),
        "gexf": ("graph.gexf", False),
        "graphml": ("graph.graphml", False),
        "neo4j": ("neo4j", False),
        "jsonld": ("graph.jsonld", True),
        "nt": ("graph.nt", True),
    }
    assert all(isinstance(f, ExportFormat) and f.description for f in FORMATS.values())


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_every_format_writes_its_output(name: str, tmp_path) -> None:
    graph = small_graph()
    fmt = FORMATS[name]
    source = graph_to_rdf(graph) if fmt.takes_rdf else graph
    path = export(name, source, tmp_path)
    assert path == tmp_path / fmt.output
    assert path.is_dir() if fmt.is_folder else path.is_file()
    assert [p.name for p in tmp_path.iterdir()] == [fmt.output], "no temporary files left behind"
    # Writing again replaces the output.
    assert fmt.write(source, tmp_path) == path


def test_importing_the_registry_is_cheap() -> None:
    code = (
        "import sys, frontline.exports; "
        "heavy = [m for m in ('lxml', 'jinja2', 'rdflib', 'numpy', 'networkx') if m in sys.modules]; "
        "print(','.join(heavy))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""
