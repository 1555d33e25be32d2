"""The wheel holds every module and data file, and every doctest passes.

Editable installs see the source folders directly, so a subfolder missing from
``packages`` or a data glob that matches nothing still works in development and
only breaks for users. These tests build the real wheel and import from it.
"""

from __future__ import annotations

import doctest
import importlib
import json
import pkgutil
import re
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path, PurePosixPath

import pytest

from helpers import REPO

# Source folder -> package it becomes (pyproject.toml [tool.setuptools.package-dir]).
FOLDERS = {"cli": "frontline", "extract": "frontline.extract", "graph": "frontline.graph",
           "ontology": "frontline.ontology", "exports": "frontline.exports"}
SKIP_DIRS = {"__pycache__", "model"}  # model/ is data (checked below), not modules


def source_files() -> list[Path]:
    """What a fresh clone would hold: tracked and new files, minus what git ignores."""
    if shutil.which("git") and (REPO / ".git").exists():
        listed = subprocess.run(
            ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
            cwd=REPO, capture_output=True, text=True, check=True,
        ).stdout.split("\0")
        return [REPO / name for name in listed if name and (REPO / name).is_file()]
    ignored = {".git", ".venv", "build", "dist", "__pycache__", ".pytest_cache", ".hypothesis"}
    return [p for p in REPO.rglob("*") if p.is_file() and not ignored & set(p.relative_to(REPO).parts)]


def wheel_path(source: Path) -> str | None:
    """Where a source file lands in the wheel (None: not part of the package)."""
    parts = source.relative_to(REPO).parts
    if len(parts) < 2 or parts[0] not in FOLDERS:
        return None
    return str(PurePosixPath(*FOLDERS[parts[0]].split("."), *parts[1:]))


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> zipfile.ZipFile:
    work = tmp_path_factory.mktemp("wheel")
    tree = work / "src"
    for path in source_files():
        target = tree / path.relative_to(REPO)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, target)
    done = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(work / "dist"), str(tree)],
        capture_output=True, text=True, timeout=600,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    (built,) = (work / "dist").glob("frontline-*.whl")
    with zipfile.ZipFile(built) as archive:
        yield archive


@pytest.fixture(scope="module")
def unpacked(wheel, tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("unpacked")
    wheel.extractall(target)
    return target


@pytest.mark.slow
def test_wheel_holds_every_source_module_and_data_file(wheel):
    names = set(wheel.namelist())
    expected = {
        wheel_path(p) for p in source_files()
        if wheel_path(p) and not SKIP_DIRS & set(p.relative_to(REPO).parts)
        and (p.suffix == ".py" or p.parent.name in {"data", "queries"} or p.suffix == ".ttl")
    }
    assert expected - names == set()


@pytest.mark.slow
def test_wheel_package_data(wheel):
    names = set(wheel.namelist())
    assert "frontline/ontology/frontline.ttl" in names
    assert "frontline/py.typed" in names
    queries = {n for n in names if n.startswith("frontline/graph/queries/") and n.endswith(".rq")}
    assert {PurePosixPath(n).stem for n in queries} >= {"backs", "fights", "controls", "entity", "claims"}
    assert queries == {f"frontline/graph/queries/{p.name}" for p in (REPO / "graph" / "queries").glob("*.rq")}
    tables = {n for n in names if n.startswith("frontline/extract/data/") and n.endswith(".tsv")}
    assert tables and tables == {f"frontline/extract/data/{p.name}" for p in (REPO / "extract" / "data").glob("*.tsv")}
    entry_points = wheel.read(next(n for n in names if n.endswith(".dist-info/entry_points.txt"))).decode()
    assert "frontline = frontline.cli:main" in entry_points
    assert "frontline_entities" in entry_points and "frontline_relations" in entry_points


@pytest.mark.slow
def test_wheel_holds_the_bundled_pipeline_when_there_is_one(wheel):
    model = REPO / "extract" / "model"
    if not (model / "config.cfg").is_file():
        assert not any(n.startswith("frontline/extract/model/") for n in wheel.namelist())
        return
    names = set(wheel.namelist())
    assert "frontline/extract/model/config.cfg" in names
    components = [d.name for d in model.iterdir() if d.is_dir() and d.name != "__pycache__"]
    assert components, "a saved spaCy pipeline has one folder per component"
    for path in model.rglob("*"):
        if path.is_file() and "__pycache__" not in path.parts:
            assert f"frontline/extract/model/{path.relative_to(model).as_posix()}" in names


def test_html_extractor_dependency_is_declared():
    with (REPO / "pyproject.toml").open("rb") as handle:
        dependencies = tomllib.load(handle)["project"]["dependencies"]
    names = {re.split(r"[<>=!~; ]", d, maxsplit=1)[0].lower().replace("_", "-") for d in dependencies}
    assert "lxml-html-clean" in names or "lxml[html-clean]" in names


IMPORT_ALL = """
import importlib, json, sys
root, modules = sys.argv[1], sys.argv[2:]
sys.path.insert(0, root)
failed, outside = {}, []
for name in modules:
    try:
        module = importlib.import_module(name)
    except Exception as error:
        failed[name] = f"{type(error).__name__}: {error}"
        continue
    if not str(getattr(module, "__file__", "")).startswith(root):
        outside.append(name)
from frontline.ontology import ontology_turtle
from frontline.graph.sparql import presets
print(json.dumps({"failed": failed, "outside": outside, "ontology": len(ontology_turtle()),
                  "presets": sorted(presets())}))
"""


@pytest.mark.slow
def test_every_module_imports_from_the_wheel(wheel, unpacked, tmp_path):
    modules = sorted(
        n[:-3].replace("/", ".").removesuffix(".__init__")
        for n in wheel.namelist() if n.startswith("frontline/") and n.endswith(".py")
    )
    runnable = [m for m in modules if not m.endswith("__main__")]  # importing it would run the CLI
    assert "frontline.cli" in runnable and "frontline.graph.rdf" in runnable
    done = subprocess.run(
        [sys.executable, "-c", IMPORT_ALL, str(unpacked), *runnable],
        cwd=tmp_path, capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["failed"] == {}
    assert report["outside"] == []  # really imported from the wheel, not the source tree
    assert report["ontology"] > 0
    assert report["presets"] == ["backs", "claims", "controls", "entity", "fights"]
    main = subprocess.run(
        [sys.executable, "-m", "frontline", "--version"], cwd=tmp_path, capture_output=True, text=True,
        env={"PYTHONPATH": str(unpacked), "PATH": "/usr/bin:/bin"}, timeout=120,
    )
    assert main.returncode == 0 and main.stdout.startswith("frontline "), main.stderr


# ----------------------------------------------------------------- doctests


def declared_packages() -> list[str]:
    with (REPO / "pyproject.toml").open("rb") as handle:
        return tomllib.load(handle)["tool"]["setuptools"]["packages"]


def installed_modules() -> list[str]:
    """Every frontline.* module of the installed package (not the source folders).

    Walked from each declared package: in a default (non-strict) editable install
    ``frontline.__path__`` is only cli/, and the other packages live elsewhere.
    """
    names = set()
    for package in declared_packages():
        names.add(package)
        path = importlib.import_module(package).__path__
        names |= {info.name for info in pkgutil.walk_packages(path, package + ".")}
    return sorted(n for n in names if not n.endswith("__main__"))


@pytest.mark.parametrize("name", installed_modules())
def test_doctests(name):
    module = importlib.import_module(name)
    assert module.__name__.startswith("frontline")
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS, verbose=False)
    assert result.failed == 0, f"{result.failed} of {result.attempted} doctests failed in {name}"


def test_doctests_exist():
    """The docstrings promise runnable examples; make sure some are collected at all."""
    finder = doctest.DocTestFinder()
    total = sum(
        len(test.examples) for name in installed_modules()
        for test in finder.find(importlib.import_module(name))
    )
    assert total >= 10
