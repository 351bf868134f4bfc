"""The distribution installs one import name, `newsgraph`, with every subpackage and data file."""
from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SOURCE_FOLDERS = ("extract", "graph", "api", "ontologies")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> zipfile.ZipFile:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q",
                    "-w", str(out), str(ROOT)], check=True, timeout=300)
    (path,) = out.glob("newsgraph-*.whl")
    return zipfile.ZipFile(path)


def test_wheel_has_one_top_level_import_name(wheel):
    top = {name.split("/")[0] for name in wheel.namelist() if not name.split("/")[0].endswith((".dist-info", ".data"))}
    assert top == {"newsgraph"}


def test_every_source_package_is_in_the_wheel(wheel):
    names = set(wheel.namelist())
    for folder in SOURCE_FOLDERS:
        for init in (ROOT / folder).rglob("__init__.py"):
            installed = "newsgraph/" + init.relative_to(ROOT).as_posix()
            assert installed in names, f"{init.relative_to(ROOT)} is not packaged"


def test_sample_article_and_ontology_ship_as_package_data(wheel):
    names = set(wheel.namelist())
    assert "newsgraph/extract/data/istanbul_talks_2025.txt" in names
    assert {"newsgraph/ontologies/newsgraph.ttl", "newsgraph/ontologies/shapes.ttl",
            "newsgraph/ontologies/context.jsonld"} <= names


def test_bare_folder_names_are_not_importable_from_elsewhere(tmp_path):
    probe = "import importlib.util as u; print([n for n in ('api','graph','extract','ontologies') if u.find_spec(n)])"
    out = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_lexicons_ship_as_package_data(wheel):
    names = set(wheel.namelist())
    shipped = {Path(n).name for n in names if n.startswith("newsgraph/extract/lexicons/")}
    on_disk = {p.name for p in (ROOT / "extract" / "lexicons").glob("*.txt")}
    assert on_disk and on_disk <= shipped


def test_explorer_and_vendored_javascript_ship_with_their_licences(wheel):
    names = set(wheel.namelist())
    static = "newsgraph/api/http/static/"
    for name in ("explorer/index.html", "explorer/explorer.js", "explorer/queries.js", "explorer/explorer.css",
                 "vendor/cytoscape/cytoscape.min.js", "vendor/cytoscape/LICENSE",
                 "vendor/yasgui/yasgui.min.js", "vendor/yasgui/yasgui.min.css", "vendor/yasgui/LICENSE",
                 "vendor/swagger-ui/swagger-ui-bundle.js", "vendor/swagger-ui/swagger-ui.css", "vendor/swagger-ui/LICENSE"):
        assert static + name in names, f"{name} is not packaged"
