"""Every IRI newsgraph mints comes from here, so identifiers are deterministic and readable.

People, organisations and countries are identified by their name (the same person in two articles
is one node; namesakes the articles show to be different people get a qualified IRI, see
`graph/identity.py`); meetings, statements, delegations and evidence are identified within
their article.
"""
from __future__ import annotations

from rdflib import URIRef

from newsgraph.extract.text import slugify
from newsgraph.settings import DEFAULT_BASE


class IriMinter:
    """Mints IRIs under one base: `{base}{kind}/{slug}`."""

    def __init__(self, base: str | None = None):
        self.base = base or DEFAULT_BASE
        if not self.base.endswith(("/", "#")):
            self.base += "/"

    def iri_for(self, kind: str, *parts: str) -> URIRef:
        return URIRef(f"{self.base}{kind}/" + "-".join(slugify(p) for p in parts if p))

    def person(self, name: str, qualifier: str | None = None) -> URIRef:
        """A person by name; `qualifier` (a country, a gender) tells apart namesakes that cannot be one
        person (see `graph/identity.py`)."""
        return self.iri_for("person", name, qualifier) if qualifier else self.iri_for("person", name)

    def organization(self, name: str, country: str | None = None) -> URIRef:
        return self.iri_for("org", *( [country, name] if country else [name]))

    def country(self, name: str) -> URIRef:
        return self.iri_for("country", name)

    def article(self, article_id: str) -> URIRef:
        return self.iri_for("article", article_id)

    def post(self, title: str, org: str | None, holder: str) -> URIRef:
        # a post with no organisation is known only through its holder
        return self.iri_for("post", title, org) if org else self.iri_for("post", title, "held-by", holder)

    def in_article(self, kind: str, article_id: str, local: str) -> URIRef:
        return self.iri_for(kind, article_id, local)

    def local_id(self, iri: str) -> tuple[str, str] | None:
        """(kind, slug) for an IRI minted under this base, else None."""
        if not iri.startswith(self.base):
            return None
        rest = iri[len(self.base):]
        if "/" not in rest:
            return None
        kind, slug = rest.split("/", 1)
        return kind, slug
