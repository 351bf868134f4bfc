"""The RDF formats newsgraph writes, once: name, media type, file extension, Oxigraph format.

The CLI (`extract --format`, `export --format`), the HTTP `/export?format=` and `/id/...?format=`,
content negotiation (`api/conneg.py`) and the notebook's `export(path)` all take these names; the
media types, extensions, Oxigraph and rdflib names below are the only copy.
"""
from __future__ import annotations

from enum import Enum
from pathlib import Path

import pyoxigraph as ox

__all__ = ["RdfFormat", "format_for_path"]


class RdfFormat(str, Enum):
    """An RDF serialisation. TriG and N-Quads keep one graph per article; the others give the union."""

    turtle = "turtle"
    trig = "trig"
    nquads = "nquads"
    ntriples = "ntriples"
    jsonld = "jsonld"
    rdfxml = "rdfxml"

    @property
    def media_type(self) -> str:
        return _MEDIA[self.value]

    @property
    def extension(self) -> str:
        return _EXTENSIONS[self.value]

    @property
    def keeps_graphs(self) -> bool:
        return self.value in ("trig", "nquads")

    @property
    def oxigraph(self) -> ox.RdfFormat:
        return _OXIGRAPH[self.value]

    @property
    def rdflib(self) -> str:
        """The name rdflib's `serialize(format=)` knows it by."""
        return _RDFLIB[self.value]

    @classmethod
    def named(cls, name: str) -> "RdfFormat | None":
        """The format a user names: its name or file extension, any case ("ttl", "NT", "xml"), else None."""
        key = name.strip().lower()
        key = _ALIASES.get(key, key)
        return next((f for f in cls if key in (f.value, f.extension)), None)


_MEDIA = {"turtle": "text/turtle", "trig": "application/trig", "nquads": "application/n-quads",
          "ntriples": "application/n-triples", "jsonld": "application/ld+json", "rdfxml": "application/rdf+xml"}
_EXTENSIONS = {"turtle": "ttl", "trig": "trig", "nquads": "nq", "ntriples": "nt", "jsonld": "jsonld", "rdfxml": "rdf"}
_RDFLIB = {"turtle": "turtle", "trig": "trig", "nquads": "nquads", "ntriples": "nt", "jsonld": "json-ld",
           "rdfxml": "xml"}
_ALIASES = {"xml": "rdfxml", "json-ld": "jsonld", "ttl": "turtle"}
_OXIGRAPH = {"turtle": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS,
             "ntriples": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD, "rdfxml": ox.RdfFormat.RDF_XML}


def format_for_path(path: str | Path, default: RdfFormat = RdfFormat.turtle) -> str:
    """The format a file name's extension names (`.ttl` turtle, `.nq` nquads, ...), else `default`."""
    suffix = Path(path).suffix.lower().lstrip(".")
    return next((f.value for f in RdfFormat if f.extension == suffix), default.value)
