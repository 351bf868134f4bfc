"""The dependency direction: text -> facts -> RDF -> store -> service -> front ends.

Checked two ways: an AST scan of every import (including imports inside functions), and a fresh
interpreter that imports the storage layer and must not have loaded spaCy.
"""
from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = {"extract": "newsgraph.extract", "graph": "newsgraph.graph", "api": "newsgraph.api",
           "ontologies": "newsgraph.ontologies", "newsgraph": "newsgraph"}

# graph/ modules that make up the RDF and storage layers (everything in graph/ but the service and the facade)
SERVICE = "newsgraph.graph.service"
FACADE = "newsgraph.graph.kg"
# what the RDF and storage layers may take from extract/: the facts, text helpers and input readers, none of which needs spaCy
FACT_MODULES = {"newsgraph.extract.facts", "newsgraph.extract.text", "newsgraph.extract.sources"}
# what a front end may import from the query module: constants and error types, never a query
QUERY_NAMES_FOR_FRONT_ENDS = {"ALL_STATUSES", "MET_STATUSES", "EntityNotFound", "InvalidParameter", "LABEL_PREDICATES"}
# what a front end may import from extract/: error and input types, the body decoder and the sample article
EXTRACT_NAMES_FOR_FRONT_ENDS = {"ModelNotFound", "ClusterUnavailable", "InvalidArticle", "ArticleTooLong", "ArticleError", "decode", "SAMPLE_ARTICLE",
                                "SAMPLE_PUBLISHED"}
# the SPARQL protocol route and its runner speak SPARQL by definition
PROTOCOL_MODULES = {"newsgraph.api.http.routes.sparql"}


_SPARQL = re.compile(r"SELECT\s+(DISTINCT\s+)?[?*(]|\bASK\s*\{|CONSTRUCT\s*\{|INSERT\s+DATA|WHERE\s*\{")


def _modules() -> dict[str, ast.Module]:
    out = {}
    for folder, package in FOLDERS.items():
        for path in (ROOT / folder).rglob("*.py"):
            rel = path.relative_to(ROOT / folder).with_suffix("")
            parts = [p for p in rel.parts if p != "__init__"]
            out[".".join([package, *parts])] = ast.parse(path.read_text(encoding="utf-8"))
    return out


MODULES = _modules()


def _imports(tree: ast.Module) -> list[tuple[str, list[str]]]:
    """(module, names) for every import statement anywhere in the module."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(alias.name, []) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.append((node.module, [alias.name for alias in node.names]))
    return found


def _imported(name: str) -> set[str]:
    return {module for module, _ in _imports(MODULES[name])}


def _is_under(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def _layer(name: str) -> str:
    if _is_under(name, "newsgraph.extract"):
        return "extract"
    if name == SERVICE:
        return "service"
    if name == FACADE or _is_under(name, "newsgraph.api.cli") or (
            _is_under(name, "newsgraph.api.http.routes") and name not in PROTOCOL_MODULES):
        return "front end"
    if _is_under(name, "newsgraph.graph") and name != "newsgraph.graph":  # the package only re-exports the facade
        return "store"
    return "other"


def test_the_scan_sees_every_layer():
    layers = {_layer(name) for name in MODULES}
    assert {"extract", "store", "service", "front end"} <= layers
    assert SERVICE in MODULES and FACADE in MODULES


@pytest.mark.parametrize("name", sorted(n for n in MODULES if _layer(n) == "extract"))
def test_extraction_never_imports_rdf_storage_or_front_ends(name):
    bad = {m for m in _imported(name) if m.split(".")[0] in {"rdflib", "pyoxigraph", "oxrdflib", "fastapi"}
           or _is_under(m, "newsgraph.graph") or _is_under(m, "newsgraph.api")}
    assert not bad, f"{name} imports {sorted(bad)}"


@pytest.mark.parametrize("name", sorted(n for n in MODULES if _layer(n) == "store"))
def test_rdf_and_storage_never_import_spacy_extraction_or_anything_above(name):
    bad = {m for m in _imported(name) if m.split(".")[0] == "spacy"
           or (_is_under(m, "newsgraph.extract") and m not in FACT_MODULES)
           or _is_under(m, "newsgraph.api") or m in {SERVICE, FACADE}}
    assert not bad, f"{name} imports {sorted(bad)}"


def test_the_service_never_imports_a_front_end():
    bad = {m for m in _imported(SERVICE) if _is_under(m, "newsgraph.api") or m == FACADE}
    assert not bad


@pytest.mark.parametrize("name", sorted(n for n in MODULES if _layer(n) == "front end"))
def test_front_ends_go_through_the_service(name):
    tree = MODULES[name]
    for module, names in _imports(tree):
        if _is_under(module, "newsgraph.extract"):
            assert names and set(names) <= EXTRACT_NAMES_FOR_FRONT_ENDS, f"{name} extracts on its own ({module}: {names})"
        assert module not in {"newsgraph.graph.ingest", "newsgraph.graph.mapping"}, f"{name} writes on its own ({module})"
        if module == "newsgraph.graph.queries":
            assert set(names) <= QUERY_NAMES_FOR_FRONT_ENDS, f"{name} runs named queries itself ({names})"
    calls = {node.func.attr for node in ast.walk(tree)
             if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)}
    assert not calls & {"select", "ask", "update", "replace_article", "remove_article"}, \
        f"{name} talks to the store directly: {sorted(calls & {'select', 'ask', 'update', 'replace_article', 'remove_article'})}"
    sparql = [node.value for node in ast.walk(tree) if isinstance(node, ast.Constant) and isinstance(node.value, str)
              and _SPARQL.search(node.value)]
    assert not sparql, f"{name} writes its own SPARQL: {sparql[0][:60]!r}"


def test_the_storage_layer_loads_without_spacy():
    modules = sorted(n for n in MODULES if _layer(n) == "store" and n not in {"newsgraph.graph.draw"})
    code = ("import sys\n" + "".join(f"import {m}\n" for m in modules)
            + "loaded = [m for m in ('spacy', 'newsgraph.extract.pipeline') if m in sys.modules]\n"
            + "assert not loaded, loaded\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
