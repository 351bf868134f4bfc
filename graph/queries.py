"""Named questions over the store, as SPARQL in the contract vocabulary.

Each function returns plain rows (lists of dicts), which the CLI prints, the HTTP API returns as
JSON and the notebook API turns into DataFrames.
"""
from __future__ import annotations

from typing import Any, Iterable

from newsgraph.graph.name_index import IDX, PEOPLE_GRAPH, words
from newsgraph.graph.store import OxigraphStore


def place_pattern(meeting: str) -> str:
    """An OPTIONAL pattern binding ?place to the finest place of `meeting`: of a venue and the town it
    lies in (both are its schema:location), the venue, so the meeting stays one row."""
    return (f"OPTIONAL {{ {meeting} schema:location ?l . ?l schema:name ?place "
            f"FILTER NOT EXISTS {{ {meeting} schema:location ?inner . ?inner schema:containedInPlace ?l }} }}")

MET_STATUSES = ("Occurred", "Scheduled")
ALL_STATUSES = ("Occurred", "Scheduled", "Proposed", "Declined", "Hypothetical", "Cancelled")


class EntityNotFound(LookupError):
    """No node matches the name or IRI asked for."""


class InvalidParameter(ValueError):
    """A filter value the question cannot take (an unknown status, say)."""


def _literal(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _iri(value: str) -> str:
    if not is_iri(value):
        raise EntityNotFound(f"not a valid IRI: {value!r}")
    return f"<{value}>"


def is_iri(value: str) -> bool:
    """Whether a string can be written as an IRI in SPARQL (`<...>`): a scheme, no spaces or delimiters."""
    return ":" in value and not any(c in '<>" {}|\\^`' or ord(c) < 0x21 for c in value)


def _status_filter(statuses: Iterable[str]) -> str:
    wanted = [s.capitalize() for s in statuses]
    unknown = [s for s in wanted if s not in ALL_STATUSES]
    if unknown:
        raise InvalidParameter(f"unknown status {unknown[0]!r}; choose from {', '.join(ALL_STATUSES)}")
    # a FILTER, not VALUES: two inline-data blocks in one query make Oxigraph join them by scanning
    return "FILTER(?st IN (" + ", ".join(f"ng:{s}" for s in wanted) + "))"


def check_statuses(statuses: Iterable[str]) -> None:
    """InvalidParameter for a status that is not one of ALL_STATUSES."""
    _status_filter(statuses)


def _channel_filter(calls: bool, var: str = "m") -> str:
    """Calls by phone or video are contacts, not meetings in person: left out unless asked for."""
    return "" if calls else f"FILTER NOT EXISTS {{ ?{var} a ng:Call }}"


def find_people(store: OxigraphStore, query: str = "", limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
    """People with a name or alias in which every word of the query starts a word ("zel" finds
    Zelensky; case and accents ignored), most mentioned first. Read from the people index by its
    prefix keys, so the cost follows the people found, not the articles that repeat them."""
    keys = " ".join(f"?person <{IDX.nameKey}> {_literal(w)} ." for w in sorted(set(words(query))))
    if query and not keys:
        return []
    return store.select(f"""
        SELECT ?person ?name (GROUP_CONCAT(?alias; separator="|") AS ?aliases) ?articles
        WHERE {{ {{ SELECT ?person (COUNT(?article) AS ?articles) WHERE {{ GRAPH <{PEOPLE_GRAPH}> {{ {keys}
            ?person <{IDX.mentionedIn}> ?article }} }} GROUP BY ?person }}
          GRAPH <{PEOPLE_GRAPH}> {{ ?person <{IDX.name}> ?name OPTIONAL {{ ?person <{IDX.alias}> ?alias }} }}
        }} GROUP BY ?person ?name ?articles ORDER BY DESC(?articles) ?name ?person LIMIT {int(limit)} OFFSET {int(offset)}""")


def resolve_person(store: OxigraphStore, name_or_iri: str) -> str:
    """The IRI of the person a name, alias or IRI denotes; EntityNotFound when none or several fit."""
    if name_or_iri.startswith(("http://", "https://")):
        if store.ask(f"ASK {{ {_iri(name_or_iri)} a schema:Person }}"):
            return name_or_iri
        raise EntityNotFound(f"no person {name_or_iri}")
    wanted = name_or_iri.lower()
    tokens = words(name_or_iri)
    exact: list[str] = []
    if tokens:
        rows = store.select(f"""SELECT DISTINCT ?p ?n WHERE {{ GRAPH <{PEOPLE_GRAPH}> {{
            ?p <{IDX.nameKey}> {_literal(max(tokens, key=len))} .
            {{ ?p <{IDX.name}> ?n }} UNION {{ ?p <{IDX.alias}> ?n }} }} }}""")
        exact = sorted({r["p"] for r in rows if str(r["n"]).lower() == wanted})
    if len(exact) == 1:
        return exact[0]
    if not exact:
        rows = find_people(store, name_or_iri, limit=5)
        if len(rows) == 1:
            return rows[0]["person"]
        if not rows:
            raise EntityNotFound(f"no person named {name_or_iri!r}")
        names = ", ".join(sorted(str(r["name"]) for r in rows))
        raise EntityNotFound(f"{name_or_iri!r} is ambiguous: {names}")
    names = ", ".join(exact)
    raise EntityNotFound(f"{name_or_iri!r} is ambiguous: {names}")


def person_details(store: OxigraphStore, person: str) -> dict[str, Any]:
    """Names, offices and delegations of one person."""
    p = _iri(person)
    names = store.select(f"SELECT ?name ?alias WHERE {{ {p} schema:name ?name OPTIONAL {{ {p} schema:alternateName ?alias }} }}")
    if not names:
        raise EntityNotFound(f"no person {person}")
    # posts and delegations first (index lookups from the person), then each step of their details
    # for those alone, DISTINCT, joined in Python: over the union of graphs a country's name is
    # stored once per article, and one query joined every copy with every copy of the post (a
    # person of a 10k-article store: 4 s for a post's country, out of memory for the offices)
    posts = store.select(f"""SELECT DISTINCT ?post ?former WHERE {{ {{ {p} org:holds ?post BIND(false AS ?former) }}
        UNION {{ {p} ng:heldFormerly ?post BIND(true AS ?former) }} }}""")
    titles = _objects(store, {r["post"] for r in posts}, "ng:title")
    places = _objects(store, {r["post"] for r in posts}, "org:postIn")
    org_names = _entity_names(store, {o for found in places.values() for o in found})
    offices = sorted({(title, org, r["former"]) for r in posts for title in titles.get(r["post"], ())
                      for org in ({n for o in places.get(r["post"], ()) for n in org_names.get(o, ())} or {None})},
                     key=lambda o: (o[0], o[1] or "", o[2]))
    roles = store.select(f"""SELECT DISTINCT ?delegation ?role WHERE {{ {{ {p} org:headOf ?delegation BIND("head" AS ?role) }}
        UNION {{ {p} org:memberOf ?delegation BIND("member" AS ?role) }} }}""")
    sides = _objects(store, {r["delegation"] for r in roles}, "ng:represents")
    side_names = _entity_names(store, {c for found in sides.values() for c in found})
    # the article each delegation was read in (one per article: a person in 55 articles' delegations
    # has 55 of them), with its headline and date, so a page can group them and say where they come from
    sources = _objects(store, {r["delegation"] for r in roles}, "prov:wasDerivedFrom")
    articles = {a for found in sources.values() for a in found}
    headlines = _objects(store, articles, "schema:headline")
    published = _objects(store, articles, "schema:datePublished")
    ids = _objects(store, articles, "schema:identifier")

    def source(delegation: str) -> dict[str, Any]:
        article = min(sources.get(delegation, ()), default=None)
        first = (lambda found: min(found, default=None))
        return {"article": article, "article_id": first(ids.get(article, ())), "title": first(headlines.get(article, ())),
                "published": first(published.get(article, ()))}

    delegations = [{"delegation": r["delegation"], "represents": name, "role": r["role"], **source(r["delegation"])}
                   for r in roles
                   for name in sorted({n for c in sides.get(r["delegation"], ()) for n in side_names.get(c, ())} or {None},
                                      key=lambda x: x or "")]
    return {
        "iri": person,
        "name": names[0]["name"],
        "aliases": sorted({r["alias"] for r in names if r["alias"]}),
        "offices": [{"title": t, "org": o, "former": f} for t, o, f in offices],
        "delegations": delegations,
    }


def _objects(store: OxigraphStore, subjects: Iterable[str], predicate: str) -> dict[str, set]:
    """subject -> the distinct objects of `predicate`, for these subjects (in chunks of VALUES)."""
    out: dict[str, set] = {}
    for chunk in _chunks(sorted(set(subjects))):
        for r in store.select(f"SELECT DISTINCT ?s ?o WHERE {{ {_values('s', chunk)} ?s {predicate} ?o }}"):
            out.setdefault(r["s"], set()).add(r["o"])
    return out


def _entity_names(store: OxigraphStore, nodes: Iterable[str]) -> dict[str, set]:
    """node -> its names: a country's preferred label (its canonical name) where it has one, which
    stands for the names articles write it by ("Türkiye", "Turkey"), else its schema:name."""
    nodes = set(nodes)
    preferred = _objects(store, nodes, "skos:prefLabel")
    named = _objects(store, nodes - set(preferred), "schema:name")
    return {**named, **preferred}


def _values(var: str, iris: Iterable[str]) -> str:
    return f"VALUES ?{var} {{ " + " ".join(_iri(i) for i in iris) + " }"


def meetings_attended(store: OxigraphStore, person: str) -> list[str]:
    """Meetings a person attended, directly or through a delegation (an index lookup from the person)."""
    p = _iri(person)
    rows = store.select(f"""SELECT DISTINCT ?m WHERE {{ {{ ?m schema:attendee {p} }}
        UNION {{ {p} org:memberOf|org:headOf ?d . ?m schema:attendee ?d }} }}""")
    return [r["m"] for r in rows]


def _chunks(items: list[str], size: int = 500):
    for start in range(0, len(items), size):
        yield items[start:start + size]


def attendance(store: OxigraphStore, meeting_iris: list[str] | None = None,
               statuses: Iterable[str] = MET_STATUSES, *,
               calls: bool = False) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """(meeting -> people attending it, delegations standing for their members; meeting -> person ->
    the delegations of that meeting they belong to: a pair who share one did not meet each other there).

    Built from three index-driven queries and joined in Python: a single SPARQL query with the
    delegation alternatives makes Oxigraph scan every attendee triple (seconds at 1M triples)."""
    scope = [] if meeting_iris is None else list(meeting_iris)
    if meeting_iris is not None and not scope:
        return {}, {}
    rows = []
    for chunk in (_chunks(scope) if scope else [None]):
        values = _values("m", chunk) if chunk else ""
        # inside the meeting's own graph (VALUES inside too, or Oxigraph reads every meeting first): a
        # person is typed once per article that names them, so on the union graph the type check
        # read one quad per such article (a hub's: most of the store)
        rows += store.select(f"""SELECT DISTINCT ?m ?a ?person WHERE {{ GRAPH ?g {{ {values}
            ?m ng:status ?st ; schema:attendee ?a . {_status_filter(statuses)} {_channel_filter(calls)}
            OPTIONAL {{ ?a a schema:Person BIND(?a AS ?person) }} }} }}""")
    groups = sorted({r["a"] for r in rows if r["person"] is None})
    members: dict[str, set[str]] = {}
    for chunk in _chunks(groups):
        for r in store.select(f"""SELECT DISTINCT ?d ?p WHERE {{ {_values("d", chunk)}
                                  {{ ?p org:memberOf ?d }} UNION {{ ?p org:headOf ?d }} }}"""):
            members.setdefault(r["d"], set()).add(r["p"])
    people: dict[str, set[str]] = {}
    sides: dict[str, dict[str, set[str]]] = {}
    for r in rows:
        attendees = {r["a"]} if r["person"] else members.get(r["a"], set())
        people.setdefault(r["m"], set()).update(attendees)
        if not r["person"]:
            for p in attendees:
                sides.setdefault(r["m"], {}).setdefault(p, set()).add(r["a"])
    return people, sides


def _meeting_details(store: OxigraphStore, meeting_iris: Iterable[str]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for chunk in _chunks(sorted(set(meeting_iris))):
        for r in store.select(f"""SELECT DISTINCT ?meeting ?status ?channel ?date ?place ?sentence ?article WHERE {{
            GRAPH ?g {{ {_values("meeting", chunk)} ?meeting ng:status ?st . BIND(STRAFTER(STR(?st), "#") AS ?status)
            OPTIONAL {{ ?meeting ng:channel ?ch . BIND(STRAFTER(STR(?ch), "#") AS ?channel) }}
            OPTIONAL {{ ?meeting schema:startDate ?date }}
            {place_pattern('?meeting')}
            OPTIONAL {{ ?meeting ng:evidence ?ev . ?ev ng:sentence ?sentence }}
            OPTIONAL {{ ?meeting prov:wasDerivedFrom ?article }} }} }}"""):
            out.setdefault(r["meeting"], r)
    return out


def _names(store: OxigraphStore, iris: Iterable[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for chunk in _chunks(sorted(set(iris))):
        for r in store.select(f"SELECT ?p ?n WHERE {{ {_values('p', chunk)} GRAPH <{PEOPLE_GRAPH}> {{ ?p <{IDX.name}> ?n }} }}"):
            out.setdefault(r["p"], r["n"])
    return out


def who_met(store: OxigraphStore, person: str, statuses: Iterable[str] = MET_STATUSES, *,
            calls: bool = False) -> list[dict[str, Any]]:
    """Everyone a person met (through any meeting, directly or in a delegation), with the meeting's
    details. Pairs inside one delegation are not meetings; calls by phone or video only with `calls`."""
    statuses = tuple(statuses)
    _status_filter(statuses)
    people, sides = attendance(store, meetings_attended(store, person), statuses, calls=calls)
    details = _meeting_details(store, people)
    names = _names(store, {p for ps in people.values() for p in ps})
    rows = []
    for meeting, attendees in people.items():
        if person not in attendees:
            continue
        side = sides.get(meeting, {})
        for other in attendees - {person}:
            if side.get(person, set()) & side.get(other, set()) or other not in names:
                continue
            rows.append({"other": other, "other_name": names[other], **details[meeting]})
    return sorted(rows, key=lambda r: (r["other_name"], str(r["date"] or ""), r["meeting"]))


def meetings(store: OxigraphStore, *, person: str | None = None, with_person: str | None = None,
             place: str | None = None, since: str | None = None, until: str | None = None,
             statuses: Iterable[str] = ALL_STATUSES, calls: bool = False,
             limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
    """Meetings with attendees (names joined by "; "), filtered by person, place, date and status;
    calls by phone or video only with `calls` (`channel`: InPerson, Phone or Video). Ordered by the
    date as a string (undated first), then the meeting IRI: the order `MeetingIndex` pages in."""
    scope: set[str] | None = None
    for who in (person, with_person):
        if who:
            attended = set(meetings_attended(store, who))
            scope = attended if scope is None else scope & attended
    if scope is not None and not scope:
        return []
    filters = [_status_filter(statuses), _channel_filter(calls)]
    if place:
        filters.append(f"?m schema:location ?pl . ?pl schema:name ?pln FILTER(LCASE(STR(?pln)) = LCASE({_literal(place)}))")
    if since:
        filters.append(f"FILTER(STR(?date) >= {_literal(since)})")
    if until:
        filters.append(f"FILTER(STR(?date) <= {_literal(until)})")
    return _meeting_rows(store, sorted(scope) if scope is not None else None, "\n".join(filters),
                         f"LIMIT {int(limit)} OFFSET {int(offset)}")


def meetings_by_iri(store: OxigraphStore, meeting_iris: list[str]) -> list[dict[str, Any]]:
    """The rows of `meetings` for these meetings (a page chosen by `MeetingIndex`), in its order:
    each read inside its own graph, so the cost is the page's, not the person's."""
    return _meeting_rows(store, meeting_iris, "", "") if meeting_iris else []


def _meeting_rows(store: OxigraphStore, scope: list[str] | None, body: str, paging: str) -> list[dict[str, Any]]:
    values = _values("m", scope) if scope is not None else ""
    return store.select(meeting_rows_sparql("?g", values, body, f"ORDER BY STR(?date) ?meeting {paging}"))


def meeting_rows_sparql(graph: str, values: str = "", body: str = "", tail: str = "", *, graph_column: bool = False) -> str:
    """The SELECT of `meetings` rows (one per meeting, per sentence and place it has), inside
    `graph` ("?g" for every article graph, or "<iri>"); `graph_column` adds ?g to each row (the
    meeting index groups a full build's rows per article)."""
    g = " ?g" if graph_column else ""
    return f"""
        SELECT{g} ?meeting ?status ?channel ?date ?place (GROUP_CONCAT(DISTINCT ?an; separator="; ") AS ?attendees) ?sentence ?article
        WHERE {{ GRAPH {graph} {{ {values}
          ?m ng:status ?st . BIND(?m AS ?meeting) BIND(STRAFTER(STR(?st), "#") AS ?status)
          OPTIONAL {{ ?m ng:channel ?ch . BIND(STRAFTER(STR(?ch), "#") AS ?channel) }}
          OPTIONAL {{ ?m schema:startDate ?date }}
          {place_pattern('?m')}
          OPTIONAL {{ ?m schema:attendee ?a . ?a schema:name ?an }}
          OPTIONAL {{ ?m ng:evidence ?ev . ?ev ng:sentence ?sentence }}
          OPTIONAL {{ ?m prov:wasDerivedFrom ?article }}
          {body}
        }} }} GROUP BY{g} ?meeting ?status ?channel ?date ?place ?sentence ?article
        {tail}"""


def statements(store: OxigraphStore, *, speaker: str | None = None, words: str | None = None,
               limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
    """Statements with speaker, words, kind and evidence; filter by speaker IRI and by words."""
    filters = []
    # the speaker in the pattern, not in a FILTER: Oxigraph then reads that speaker's statements from
    # its index instead of every statement (3.6-7 s for one person of a 10k-article store)
    sp = _iri(speaker) if speaker else "?sp"
    if words:
        filters.append(f"FILTER(CONTAINS(LCASE(?text), LCASE({_literal(words)})))")
    return store.select(f"""
        SELECT ?statement ?speaker ?speaker_name ?text ?kind ?sentence ?article WHERE {{ GRAPH ?g {{
          ?s ng:speaker {sp} ; a ng:Statement ; schema:text ?text . BIND(?s AS ?statement) BIND({sp} AS ?speaker)
          OPTIONAL {{ {sp} schema:name ?speaker_name }}
          OPTIONAL {{ ?s ng:quoteKind ?kind }}
          OPTIONAL {{ ?s ng:evidence ?ev . ?ev ng:sentence ?sentence }}
          OPTIONAL {{ ?s prov:wasDerivedFrom ?article }}
          {" ".join(filters)}
        }} }} ORDER BY ?article ?statement LIMIT {int(limit)} OFFSET {int(offset)}""")


def delegations(store: OxigraphStore, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
    return store.select(f"""
        SELECT ?delegation ?represents ?head_name (GROUP_CONCAT(DISTINCT ?mn; separator="; ") AS ?members) ?article
        WHERE {{ GRAPH ?g {{
          ?delegation a ng:Delegation .
          OPTIONAL {{ ?delegation ng:represents ?c . ?c schema:name ?represents }}
          OPTIONAL {{ ?h org:headOf ?delegation . ?h schema:name ?head_name }}
          OPTIONAL {{ ?m org:memberOf ?delegation . ?m schema:name ?mn }}
          OPTIONAL {{ ?delegation prov:wasDerivedFrom ?article }}
        }} }} GROUP BY ?delegation ?represents ?head_name ?article ORDER BY ?represents LIMIT {int(limit)} OFFSET {int(offset)}""")


_ARTICLE = """GRAPH ?article {{ {values} ?article a schema:NewsArticle ; schema:identifier ?id .
          OPTIONAL {{ ?article schema:headline ?title }} OPTIONAL {{ ?article schema:datePublished ?published }}
          OPTIONAL {{ ?article schema:url ?url }} }}"""


def article_page(store: OxigraphStore, limit: int = 100, offset: int = 0,
                 after: str | None = None) -> tuple[list[dict[str, Any]], str | None]:
    """(a page of articles in article IRI order, the cursor of the next page or None). `after` is
    the cursor (an article IRI): the page starts after it (keyset paging), else at `offset`.

    On the embedded store the page's IRIs come from its sorted article list (a bisection) and their
    metadata from bound lookups, so any page costs the same; elsewhere one SPARQL query (ORDER BY
    over every article: a server's paging costs its store)."""
    listed = getattr(store, "article_page", None)
    if listed is not None:
        iris = listed(after=after, limit=limit, offset=offset)
        # VALUES inside GRAPH: outside it, Oxigraph read every article graph first (1.2 s at 10k, 25 ms inside)
        rows = store.select("SELECT ?article ?id ?title ?published ?url WHERE { "
                            + _ARTICLE.format(values=_values("article", iris)) + " }") if iris else []
        last = iris[-1] if len(iris) == limit else None
    else:
        keyset = f"FILTER(STR(?article) > {_literal(after)})" if after is not None else ""
        rows = store.select(f"SELECT ?article ?id ?title ?published ?url WHERE {{ {_ARTICLE.format(values='')} {keyset} }} "
                            f"ORDER BY STR(?article) LIMIT {int(limit)} OFFSET {0 if after is not None else int(offset)}")
        last = rows[-1]["article"] if len(rows) == limit else None
    by_iri = {r["article"]: r for r in rows}
    return [by_iri[a] for a in sorted(by_iri)], last


def articles(store: OxigraphStore, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
    """A page of articles in article IRI order (`article_page` without the cursor)."""
    return article_page(store, limit, offset)[0]


def met_pairs(store: OxigraphStore, statuses: Iterable[str] = MET_STATUSES, *,
              calls: bool = False) -> list[dict[str, Any]]:
    """Every (person, person, meeting) of who met whom, each pair once (a < b), without pairs inside
    one delegation; calls by phone or video only with `calls`."""
    statuses = tuple(statuses)
    _status_filter(statuses)
    people, sides = attendance(store, None, statuses, calls=calls)
    details = _meeting_details(store, people)
    names = _names(store, {p for ps in people.values() for p in ps})
    rows = []
    for meeting, attendees in people.items():
        ordered = sorted(p for p in attendees if p in names)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1:]:
                side = sides.get(meeting, {})
                if side.get(a, set()) & side.get(b, set()):
                    continue
                rows.append({"a": a, "a_name": names[a], "b": b, "b_name": names[b], **details[meeting]})
    return rows


def person_by_slug(store: OxigraphStore, iri: str) -> bool:
    """Whether a minted person IRI (from an id in a URL) is a stored person."""
    return store.ask(f"ASK {{ {_iri(iri)} a schema:Person }}")


def speakers_named(store: OxigraphStore, name: str) -> list[str]:
    """Speakers (organisations, countries: anyone with a name) whose name is exactly this, any case."""
    rows = store.select(f"""SELECT DISTINCT ?o WHERE {{ ?s ng:speaker ?o . ?o schema:name ?n
        FILTER(LCASE(STR(?n)) = LCASE({_literal(name)})) }}""")
    return [r["o"] for r in rows]


def offices_by_person(store: OxigraphStore) -> dict[str, str]:
    """Each person's offices as one label ("President (Ukraine); former Minister"), by person IRI."""
    rows = store.select("""SELECT ?p (GROUP_CONCAT(DISTINCT ?label; separator="; ") AS ?offices) WHERE {
        { ?p org:holds ?post BIND("" AS ?pre) } UNION { ?p ng:heldFormerly ?post BIND("former " AS ?pre) }
        ?post ng:title ?t . OPTIONAL { ?post org:postIn ?o . OPTIONAL { ?o skos:prefLabel ?pl } ?o schema:name ?n
          BIND(COALESCE(?pl, ?n) AS ?on) }
        BIND(CONCAT(?pre, ?t, IF(BOUND(?on), CONCAT(" (", ?on, ")"), "")) AS ?label) } GROUP BY ?p""")
    return {r["p"]: r["offices"] for r in rows}


def article(store: OxigraphStore, graph: str) -> dict[str, Any]:
    """One stored article graph: its metadata (None where the graph has none, e.g. a graph made by
    SPARQL Update) and how many people, meetings and statements it holds."""
    g = _iri(graph)
    meta = store.select(f"""SELECT ?id ?title ?published ?url WHERE {{ GRAPH {g} {{
          OPTIONAL {{ {g} schema:identifier ?id }} OPTIONAL {{ {g} schema:headline ?title }}
          OPTIONAL {{ {g} schema:datePublished ?published }} OPTIONAL {{ {g} schema:url ?url }} }} }} LIMIT 1""")
    counts = store.select(f"""SELECT
        (COUNT(DISTINCT ?p) AS ?people) (COUNT(DISTINCT ?m) AS ?meetings) (COUNT(DISTINCT ?s) AS ?statements)
        WHERE {{ GRAPH {g} {{ {{ ?p a schema:Person }} UNION {{ ?m a ng:Meeting }} UNION {{ ?s a ng:Statement }} }} }}""")
    row = meta[0] if meta else {"id": None, "title": None, "published": None, "url": None}
    return {"article": graph, **row, **(counts[0] if counts else {"people": 0, "meetings": 0, "statements": 0})}


def describe(store: OxigraphStore, iri: str) -> list:
    """Every triple with the IRI as subject or object (pyoxigraph triples); EntityNotFound for a bad IRI."""
    i = _iri(iri)
    return list(store.query(f"CONSTRUCT {{ {i} ?p ?o . ?s ?q {i} }} WHERE {{ {{ {i} ?p ?o "
                            f"FILTER(!STRSTARTS(STR(?p), {_literal(str(IDX))})) }} UNION {{ ?s ?q {i} }} }}",
                            prefixes=False))  # not the people index's own keys


LABEL_PREDICATES = ("https://schema.org/name", "https://w3id.org/newsgraph/ontology#title", "https://schema.org/headline",
                    "http://www.w3.org/2000/01/rdf-schema#label", "https://w3id.org/newsgraph/ontology#trigger",
                    "https://w3id.org/newsgraph/ontology#sentence", "https://schema.org/text")


def labels(store: OxigraphStore, iris: Iterable[str]) -> dict[str, str]:
    """A readable label for each IRI: its name, title, headline or label (first found in that order)."""
    iris = {i for i in iris if is_iri(i)}
    if not iris:
        return {}
    values = " ".join(f"<{i}>" for i in sorted(iris))
    preds = " ".join(f"<{p}>" for p in LABEL_PREDICATES)
    found: dict[str, dict[str, str]] = {}
    for r in store.select(f"SELECT ?s ?p ?l WHERE {{ VALUES ?s {{ {values} }} VALUES ?p {{ {preds} }} ?s ?p ?l }}"):
        found.setdefault(r["s"], {}).setdefault(r["p"], str(r["l"]))
    return {s: next(ls[p] for p in LABEL_PREDICATES if p in ls) for s, ls in found.items()}


def meeting_evidence(store: OxigraphStore, meeting: str) -> dict[str, Any]:
    """A meeting's status, date, place and trigger, its attendees (people and delegations), and each
    evidence sentence with offsets and its article; EntityNotFound when there is no such meeting."""
    m = _iri(meeting)
    head = store.select(f"""SELECT ?status ?date ?place ?trigger WHERE {{ {m} ng:status ?st .
        BIND(STRAFTER(STR(?st), "#") AS ?status) OPTIONAL {{ {m} schema:startDate ?date }}
        {place_pattern(m)} OPTIONAL {{ {m} ng:trigger ?trigger }} }} LIMIT 1""")
    if not head:
        raise EntityNotFound(f"no meeting {meeting}")
    attendees = store.select(f"""SELECT DISTINCT ?attendee ?name ?kind WHERE {{ {m} schema:attendee ?attendee .
        OPTIONAL {{ ?attendee schema:name ?name }}
        BIND(IF(EXISTS {{ ?attendee a schema:Person }}, "person", "delegation") AS ?kind) }} ORDER BY ?name""")
    evidence = store.select(f"""SELECT DISTINCT ?sentence ?start ?end ?article ?title ?url ?published WHERE {{
        {m} ng:evidence ?ev . ?ev ng:sentence ?sentence .
        OPTIONAL {{ ?ev ng:startOffset ?start }} OPTIONAL {{ ?ev ng:endOffset ?end }}
        OPTIONAL {{ {m} prov:wasDerivedFrom ?article .
                   OPTIONAL {{ ?article schema:headline ?title }} OPTIONAL {{ ?article schema:url ?url }}
                   OPTIONAL {{ ?article schema:datePublished ?published }} }} }} ORDER BY ?article ?start""")
    return {**head[0], "attendees": attendees, "evidence": evidence}


def article_evidence(store: OxigraphStore, graph: str) -> dict[str, Any]:
    """An article's title, URL, date and text (the evidence offsets count in it), and every evidence
    sentence once, in reading order, with the facts that cite it."""
    a = _iri(graph)
    meta = store.select(f"""SELECT ?title ?url ?published ?text WHERE {{ {a} a schema:NewsArticle .
        OPTIONAL {{ {a} schema:articleBody ?text }}
        OPTIONAL {{ {a} schema:headline ?title }} OPTIONAL {{ {a} schema:url ?url }}
        OPTIONAL {{ {a} schema:datePublished ?published }} }} LIMIT 1""")
    rows = store.select(f"""SELECT ?start ?end ?sentence (GROUP_CONCAT(DISTINCT STR(?fact); separator=" ") AS ?facts) WHERE {{
        GRAPH {a} {{ ?fact ng:evidence ?ev . ?ev ng:sentence ?sentence ; ng:startOffset ?start ; ng:endOffset ?end }}
        }} GROUP BY ?start ?end ?sentence ORDER BY ?start ?end""")
    sentences = [{**r, "facts": (r["facts"] or "").split()} for r in rows]
    return {**(meta[0] if meta else {}), "sentences": sentences}
