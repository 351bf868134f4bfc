"""The extraction rules as spaCy components, one per concern, each annotating the `Doc`.

The pipeline after spaCy's own components runs, in this order (each `requires` what the ones
before it `assign`, which `nlp.analyze_pipes()` checks and shows):

| component | reads | writes |
| --- | --- | --- |
| `ng_people` | entities, parse | `doc._.ng_people` (the name index: persons, mentions) |
| `ng_offices` | `ng_people` | `doc._.ng_title_runs`, `doc._.ng_offices`, `doc._.ng_countries` |
| `ng_coref` | people, offices, countries, title runs | more mentions in `doc._.ng_people` (descriptions, pronouns); offices said of a pronoun subject in `doc._.ng_offices` |
| `ng_delegations` | people, offices, countries | `doc._.ng_delegations`; members take the country they represent |
| `ng_statements` | people, delegations | `doc._.ng_statements` |
| `ng_quote_coref` | people, offices, statements | first-person mentions inside quotes, in `doc._.ng_people` |
| `ng_dates` | date entities, sentences, `doc._.ng_meta` | `doc._.ng_dates` (each date resolved against the publication date) |
| `ng_meetings` | people, delegations, dates | `doc._.ng_meetings` |
| `ng_facts` | all of the above | `doc._.ng_facts` (the `ArticleFacts`) |

The rules themselves live in the concern's module (`people.py`, `offices.py`, `coref.py`,
`delegations.py`, `statements.py`, `dates.py`, `meetings.py`); a component only calls them and stores what they
found. Each can be tested alone: set the extensions it reads by hand (or run the components before it)
on any pipeline, including `spacy.blank("en")` with hand-set entities and parse.
Every rule component takes a `lexicons` setting (list name -> a file path or the entries) that
replaces packaged word lists for that component; they are loaded when the component is made and
bound while it runs (`extract/lexicon.py`).
"""
from __future__ import annotations

from typing import Any, Dict, List, Union

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.extract.agents import AgentResolver
from newsgraph.extract.counterpart_anaphora import resolve_counterpart_descriptions
from newsgraph.extract.coref import resolve_descriptions, resolve_first_person, resolve_pronouns, spokesperson_title
from newsgraph.extract.country_names import written_country_names
from newsgraph.extract.dates import annotate_dates
from newsgraph.extract.dated_offices import offices_told_of_the_past
from newsgraph.extract.descriptions import resolve_profile_descriptions
from newsgraph.extract.delegations import extract_delegations
from newsgraph.extract.facts import ArticleFacts, ArticleMeta
from newsgraph.extract.lexicon import LexiconOverrides, LexiconSource, load_lexicons, resolve_overrides, using
from newsgraph.extract.meeting_followups import places_and_dates_told_after
from newsgraph.extract.meeting_places import is_site, place_of
from newsgraph.extract.meetings import extract_meetings
from newsgraph.extract.offices import (extract_offices, person_countries, pronoun_subject_offices, title_runs,
                                       title_span_tokens)
from newsgraph.extract.people import PeopleIndex
from newsgraph.extract.statements import extract_statements
from newsgraph.extract.syntax import doc_text
from newsgraph.extract.title_introductions import title_introductions
from newsgraph.extract.transcripts import transcript_statements
from newsgraph.extract.vocatives import vocative_offices

__all__ = ["EXTENSIONS", "COMPONENTS", "install_extensions", "add_components", "lexicon_overrides"]

META = "ng_meta"
PEOPLE = "ng_people"
TITLE_RUNS = "ng_title_runs"
OFFICES = "ng_offices"
COUNTRIES = "ng_countries"
DELEGATIONS = "ng_delegations"
STATEMENTS = "ng_statements"
DATES = "ng_dates"
MEETINGS = "ng_meetings"
FACTS = "ng_facts"
EXTENSIONS = (META, PEOPLE, TITLE_RUNS, OFFICES, COUNTRIES, DELEGATIONS, STATEMENTS, DATES, MEETINGS, FACTS)

# The order the components run in (after spaCy's own), as `add_components` adds them.
COMPONENTS = ("ng_people", "ng_offices", "ng_coref", "ng_delegations", "ng_statements", "ng_quote_coref",
              "ng_dates", "ng_meetings", "ng_facts")


def install_extensions() -> None:
    """Register our Doc extensions once (spaCy raises on a duplicate registration)."""
    for name in EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def _get(doc: Doc, name: str) -> Any:
    """An annotation an earlier component made; a clear error when that component did not run."""
    value = doc._.get(name)
    if value is None:
        raise ValueError(f"doc._.{name} is not set: add the component that assigns it earlier in the pipeline")
    return value


def _x(name: str) -> str:
    return f"doc._.{name}"


# The `lexicons` setting of a component: word-list name -> a file path or the entries themselves,
# replacing that packaged list (`extract/lexicons/<name>.txt`) for this component only.
LexiconConfig = Dict[str, Union[str, List[str]]]


class _Component:
    """Base of our components: registers the extensions and loads the word lists when the pipeline
    is built, and binds those lists while the component annotates a Doc (the rules read `lex()`)."""

    def __init__(self, lexicons: dict[str, LexiconSource] | None = None) -> None:
        install_extensions()
        self.lexicon_overrides = resolve_overrides(lexicons)  # what this component's config replaced
        self.lexicons = load_lexicons(dict(self.lexicon_overrides))

    def __call__(self, doc: Doc) -> Doc:
        with using(self.lexicons):
            return self.annotate(doc)

    def annotate(self, doc: Doc) -> Doc:
        raise NotImplementedError


def _rule_component(factory: str, *, requires: list[str], assigns: list[str]):
    """Register a rule component class whose one setting is `lexicons` as the spaCy factory `factory`."""

    def register(cls: type[_Component]) -> type[_Component]:
        def make(nlp: Language, name: str, lexicons: LexiconConfig) -> _Component:
            return cls(lexicons)

        Language.factory(factory, default_config={"lexicons": {}}, requires=requires, assigns=assigns, func=make)
        return cls

    return register


@_rule_component("ng_people", requires=["doc.ents", "token.dep"], assigns=[_x(PEOPLE)])
class PeopleComponent(_Component):
    """Names of people, one sense per discourse, clustered into persons (`people.py`)."""

    def annotate(self, doc: Doc) -> Doc:
        doc._.set(PEOPLE, PeopleIndex(doc))
        return doc


@_rule_component("ng_offices", requires=[_x(PEOPLE), "token.dep"],
                 assigns=[_x(TITLE_RUNS), _x(OFFICES), _x(COUNTRIES)])
class OfficesComponent(_Component):
    """Titles before names, appositions, possessives, "former" (`offices.py`), offices told of a time long
    past (`dated_offices.py`), and each person's country."""

    def annotate(self, doc: Doc) -> Doc:
        people = _get(doc, PEOPLE)
        runs = title_runs(doc, people)
        meta = doc._.get(META) or ArticleMeta(id="article")
        offices = offices_told_of_the_past(doc, extract_offices(doc, people, runs), meta.published)
        doc._.set(TITLE_RUNS, runs)
        doc._.set(OFFICES, offices)
        doc._.set(COUNTRIES, person_countries(offices))
        return doc


@Language.factory("ng_coref", default_config={"descriptions": True, "pronouns": True, "lexicons": {}},
                  requires=[_x(PEOPLE), _x(OFFICES), _x(COUNTRIES), _x(TITLE_RUNS)], assigns=[_x(PEOPLE), _x(OFFICES)])
def make_coref(nlp: Language, name: str, descriptions: bool, pronouns: bool,
               lexicons: LexiconConfig) -> "CorefComponent":
    return CorefComponent(descriptions=descriptions, pronouns=pronouns, lexicons=lexicons)


class CorefComponent(_Component):
    """Office descriptions ("the president") and pronouns as mentions of a person (`coref.py`)."""

    def __init__(self, *, descriptions: bool = True, pronouns: bool = True,
                 lexicons: dict[str, LexiconSource] | None = None):
        super().__init__(lexicons)
        self.descriptions = descriptions
        self.pronouns = pronouns

    def annotate(self, doc: Doc) -> Doc:
        people = _get(doc, PEOPLE)
        if self.descriptions:
            _get(doc, OFFICES).extend(title_introductions(doc, people, _get(doc, OFFICES), _get(doc, COUNTRIES)))
            resolve_descriptions(doc, people, _get(doc, OFFICES), _get(doc, COUNTRIES),
                                 title_span_tokens(_get(doc, TITLE_RUNS)))
            told = resolve_profile_descriptions(doc, people, _get(doc, OFFICES), _get(doc, COUNTRIES),
                                                title_span_tokens(_get(doc, TITLE_RUNS)))
            if told:  # offices only a description told ("the German economics minister"): "the minister" after it
                _get(doc, OFFICES).extend(told)
                resolve_descriptions(doc, people, _get(doc, OFFICES), _get(doc, COUNTRIES),
                                     title_span_tokens(_get(doc, TITLE_RUNS)))
            resolve_counterpart_descriptions(doc, people, _get(doc, OFFICES), _get(doc, COUNTRIES))
        if self.pronouns:
            resolve_pronouns(doc, people)
            offices = _get(doc, OFFICES)
            offices += pronoun_subject_offices(doc, people, offices)  # "She is the chief executive of Y"
        return doc


@_rule_component("ng_delegations", requires=[_x(PEOPLE), _x(OFFICES), _x(COUNTRIES)],
                 assigns=[_x(DELEGATIONS), _x(COUNTRIES)])
class DelegationsComponent(_Component):
    """Delegations, their heads and members (`delegations.py`); members serve the country it represents."""

    def annotate(self, doc: Doc) -> Doc:
        people = _get(doc, PEOPLE)
        countries = _get(doc, COUNTRIES)
        delegations = extract_delegations(doc, people, countries, _get(doc, OFFICES))
        for delegation in delegations.delegations.values():
            for member in delegation.members:
                if delegation.represents and member not in countries:
                    countries[member] = delegation.represents
        for key, country in countries.items():
            people.persons[key].country = country
        doc._.set(DELEGATIONS, delegations)
        return doc


@Language.factory("ng_statements", default_config={"indirect": False, "lexicons": {}},
                  requires=[_x(PEOPLE), _x(OFFICES), _x(DELEGATIONS)], assigns=[_x(STATEMENTS), _x(OFFICES)])
def make_statements(nlp: Language, name: str, indirect: bool, lexicons: LexiconConfig) -> "StatementsComponent":
    return StatementsComponent(indirect=indirect, lexicons=lexicons)


class StatementsComponent(_Component):
    """Quotes and their speakers (`statements.py`), the turns of transcripts (`transcripts.py`), and
    the offices of those a quote addresses by title (`vocatives.py`).

    `indirect` also keeps reported speech without quotation marks as statements of kind "indirect";
    off by default, because quote-attribution benchmarks (PolNeAR) count every unquoted statement
    as an error."""

    def __init__(self, *, indirect: bool = False, lexicons: dict[str, LexiconSource] | None = None):
        super().__init__(lexicons)
        self.indirect = indirect

    def annotate(self, doc: Doc) -> Doc:
        people = _get(doc, PEOPLE)
        resolver = AgentResolver(doc, people, _get(doc, DELEGATIONS).speaker_refs)
        statements = extract_statements(doc, people, resolver, indirect=self.indirect)
        offices = _get(doc, OFFICES)
        statements += transcript_statements(doc_text(doc), people, offices)  # "MR. LEE: ..." lines
        doc._.set(STATEMENTS, statements)
        offices.extend(vocative_offices(doc, statements, people, offices))  # "..., Mr. President," Lee told Costa
        return doc


@_rule_component("ng_quote_coref", requires=[_x(PEOPLE), _x(OFFICES), _x(STATEMENTS)],
                 assigns=[_x(PEOPLE)])
class QuoteCorefComponent(_Component):
    """"I" inside a person's quote is that person, and so is "we" met someone named, unless a spokesperson
    says it (`coref.py`)."""

    def annotate(self, doc: Doc) -> Doc:
        quotes = [(s.quote_start, s.quote_end, s.speaker.key) for s in _get(doc, STATEMENTS)
                  if s.speaker.is_person and s.quote_start is not None]
        spokespeople = frozenset(o.person for o in _get(doc, OFFICES) if spokesperson_title(o.title))
        resolve_first_person(doc, _get(doc, PEOPLE), quotes, spokespeople)
        return doc


@Language.factory("ng_dates", requires=["doc.ents", "doc.sents"], assigns=[_x(DATES)])
def make_dates(nlp: Language, name: str) -> "DatesComponent":
    return DatesComponent()


class DatesComponent(_Component):
    """Each date and time entity resolved against the publication date in `doc._.ng_meta` (`dates.py`),
    both as told of the past and as a plan, with the day the narrative is on at each sentence."""

    def annotate(self, doc: Doc) -> Doc:
        meta = doc._.get(META) or ArticleMeta(id="article")
        doc._.set(DATES, annotate_dates(doc, meta.published))
        return doc


@_rule_component("ng_meetings", requires=[_x(PEOPLE), _x(OFFICES), _x(DELEGATIONS), _x(DATES)],
                 assigns=[_x(MEETINGS)])
class MeetingsComponent(_Component):
    """Who met whom, where, when, and whether it happened (`meetings.py`); dates from `ng_dates`;
    a place or date told in a sentence right after the meeting (`meeting_followups.py`)."""

    def annotate(self, doc: Doc) -> Doc:
        meta = doc._.get(META) or ArticleMeta(id="article")
        meetings = extract_meetings(doc, _get(doc, PEOPLE), _get(doc, DELEGATIONS), meta, _get(doc, DATES),
                                    doc._.get(OFFICES))
        places_and_dates_told_after(doc, meetings, _get(doc, DATES), place_of, is_site)
        doc._.set(MEETINGS, meetings)
        return doc


@Language.factory("ng_facts", requires=[_x(PEOPLE), _x(OFFICES), _x(DELEGATIONS), _x(STATEMENTS), _x(MEETINGS)],
                  assigns=[_x(FACTS)])
def make_facts(nlp: Language, name: str) -> "FactsComponent":
    return FactsComponent()


class FactsComponent(_Component):
    """Assembles the annotations into one `ArticleFacts`: the persons, organisations and countries
    that take part, and the delegations that have people or attend a meeting."""

    def annotate(self, doc: Doc) -> Doc:
        doc._.set(FACTS, assemble_facts(doc))
        return doc


def assemble_facts(doc: Doc) -> ArticleFacts:
    """The `ArticleFacts` of a Doc the components before `ng_facts` annotated."""
    meta = doc._.get(META) or ArticleMeta(id="article")
    people = _get(doc, PEOPLE)
    offices = _get(doc, OFFICES)
    delegations = _get(doc, DELEGATIONS)
    meetings = _get(doc, MEETINGS)
    statements = _get(doc, STATEMENTS)
    attended = {a.key for m in meetings for a in m.attendees if a.kind == "delegation"}
    facts = ArticleFacts(meta=meta, text=doc_text(doc), persons=people.persons, offices=offices,
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
    for d in facts.delegations.values():
        if d.represents:
            (facts.organizations if d.represents_organization else facts.countries).add(d.represents)
    named = facts.countries | {key.split("|", 1)[0] for key in facts.organizations if "|" in key}
    facts.country_names = written_country_names(facts.text, named)
    return facts


def add_components(nlp: Language, *, indirect: bool = False, pronouns: bool = True,
                   descriptions: bool = True, lexicons: LexiconOverrides = ()) -> Language:
    """Add our components, in order, at the end of a pipeline that has entities and a parse.

    `lexicons` replaces word lists in every component that reads word lists (see `lexicon.py`;
    a single component's lists can instead be set through its own `lexicons` config)."""
    install_extensions()
    config: dict[str, dict[str, Any]] = {"ng_coref": {"descriptions": descriptions, "pronouns": pronouns},
                                         "ng_statements": {"indirect": indirect}}
    replaced = {name: list(entries) for name, entries in lexicons}
    for name in COMPONENTS:
        settings = dict(config.get(name, {}))
        if replaced and "lexicons" in nlp.get_factory_meta(name).default_config:
            settings["lexicons"] = replaced
        nlp.add_pipe(name, last=True, config=settings)
    return nlp


def lexicon_overrides(nlp: Language) -> dict[str, LexiconOverrides]:
    """The word lists each of our components in `nlp` runs with instead of the packaged ones."""
    return {name: pipe.lexicon_overrides for name, pipe in nlp.pipeline
            if isinstance(pipe, _Component) and pipe.lexicon_overrides}
