"""The newsgraph ontology (OWL), its SHACL shapes and a JSON-LD context, shipped as package data."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
ONTOLOGY = HERE / "newsgraph.ttl"
SHAPES = HERE / "shapes.ttl"
CONTEXT = HERE / "context.jsonld"


@lru_cache(maxsize=1)
def context_document() -> dict:
    """The JSON-LD context document (a dict with an "@context" key)."""
    return json.loads(CONTEXT.read_text(encoding="utf-8"))
