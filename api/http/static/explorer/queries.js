// The SPARQL behind each explorer view, so "Open in SPARQL" shows a query that answers the same question.
"use strict";

const NG_PREFIXES = {
  schema: "https://schema.org/",
  org: "http://www.w3.org/ns/org#",
  prov: "http://www.w3.org/ns/prov#",
  ng: "https://w3id.org/newsgraph/ontology#",
  xsd: "http://www.w3.org/2001/XMLSchema#",
  rdf: "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
  rdfs: "http://www.w3.org/2000/01/rdf-schema#",
};

const PROLOGUE = Object.entries(NG_PREFIXES).map(([p, iri]) => `PREFIX ${p}: <${iri}>`).join("\n") + "\n";

// A meeting's status (kept to `statuses`; calls only with `calls`), date, place and evidence sentence.
function meetingDetails(statuses, calls) {
  return `?meeting ng:status ?st . ${statusFilter(statuses)}
  ${callFilter(calls)}
  BIND(STRAFTER(STR(?st), "#") AS ?status)
  OPTIONAL { ?meeting schema:startDate ?date }
  OPTIONAL { ?meeting schema:location/schema:name ?place }
  OPTIONAL { ?meeting ng:evidence/ng:sentence ?sentence }`;
}

function callFilter(calls) {
  return calls ? "# calls by phone or video included" : "FILTER NOT EXISTS { ?meeting a ng:Call }  # phone and video calls are contacts, not meetings";
}

function statusFilter(statuses) {
  return `FILTER(?st IN (${statuses.map((s) => "ng:" + s).join(", ")}))`;
}

function dateFilter(since, until) {
  const parts = [];
  if (since) parts.push(`STR(?date) >= "${since}"`);
  if (until) parts.push(`STR(?date) <= "${until}"`);
  return parts.length ? `FILTER(${parts.join(" && ")})` : "";
}

// A person's meetings with everyone, through delegations too; pairs inside one delegation are not meetings.
function attendsPattern(person, meeting, delegationVar) {
  return `{ ${meeting} schema:attendee ${person} } UNION { ${person} org:memberOf|org:headOf ${delegationVar} . ${meeting} schema:attendee ${delegationVar} }`;
}

const NgQueries = {
  prologue: PROLOGUE,

  network(iri, statuses, since, until, depth, calls = false) {
    return `${PROLOGUE}# Who met <${iri}>: one row per person and meeting (statuses ${statuses.join(", ")}).
# The network at depth ${depth} repeats this for each person found.
SELECT DISTINCT ?other ?otherName ?meeting ?status ?date ?place ?sentence WHERE {
  BIND(<${iri}> AS ?person)
  ${attendsPattern("?person", "?meeting", "?d1")}
  ${attendsPattern("?other", "?meeting", "?d2")}
  FILTER(?other != ?person)
  ?other a schema:Person ; schema:name ?otherName .
  FILTER NOT EXISTS { ?person org:memberOf|org:headOf ?same . ?other org:memberOf|org:headOf ?same }
  ${meetingDetails(statuses, calls)}
  ${dateFilter(since, until)}
} ORDER BY ?otherName ?date`;
  },

  edge(a, b, statuses, calls = false) {
    return `${PROLOGUE}# The meetings of two people, with the sentence each was read from and its article.
SELECT DISTINCT ?meeting ?status ?date ?place ?sentence ?article WHERE {
  ${attendsPattern(`<${a}>`, "?meeting", "?d1")}
  ${attendsPattern(`<${b}>`, "?meeting", "?d2")}
  ${meetingDetails(statuses, calls)}
  OPTIONAL { ?meeting prov:wasDerivedFrom ?article }
} ORDER BY ?date`;
  },

  person(iri) {
    return `${PROLOGUE}# A person's offices, delegations and statements, with sources.
SELECT DISTINCT ?what ?value ?detail ?article WHERE {
  BIND(<${iri}> AS ?p)
  {
    ?p org:holds ?post . ?post ng:title ?value . BIND("office" AS ?what)
    OPTIONAL { ?post org:postIn/schema:name ?detail }
  } UNION {
    ?p ng:heldFormerly ?post . ?post ng:title ?value . BIND("former office" AS ?what)
    OPTIONAL { ?post org:postIn/schema:name ?detail }
  } UNION {
    ?p org:headOf|org:memberOf ?d . BIND("delegation" AS ?what)
    OPTIONAL { ?d ng:represents/schema:name ?value }
    OPTIONAL { ?d prov:wasDerivedFrom ?article }
  } UNION {
    ?s ng:speaker ?p ; schema:text ?value . BIND("statement" AS ?what)
    OPTIONAL { ?s ng:quoteKind ?detail }
    OPTIONAL { ?s prov:wasDerivedFrom ?article }
  }
} ORDER BY ?what ?value`;
  },

  article(iri) {
    return `${PROLOGUE}# The sentences of one article that facts were read from, in reading order.
SELECT ?start ?end ?sentence (GROUP_CONCAT(DISTINCT STR(?fact); separator=" ") AS ?facts) WHERE {
  GRAPH <${iri}> { ?fact ng:evidence ?ev . ?ev ng:sentence ?sentence ; ng:startOffset ?start ; ng:endOffset ?end }
} GROUP BY ?start ?end ?sentence ORDER BY ?start`;
  },

  examples: [
    { name: "People and how often they are mentioned", query: `${PROLOGUE}SELECT ?name (COUNT(DISTINCT ?article) AS ?articles) WHERE {
  ?p a schema:Person ; schema:name ?name .
  OPTIONAL { ?article schema:mentions ?p }
} GROUP BY ?name ORDER BY DESC(?articles) ?name` },
    { name: "Meetings that happened, with place and date", query: `${PROLOGUE}SELECT DISTINCT ?date ?place (GROUP_CONCAT(DISTINCT ?who; separator=", ") AS ?attendees) ?sentence WHERE {
  ?m a ng:Meeting ; ng:status ng:Occurred ; schema:attendee ?a .
  { ?a schema:name ?who } UNION { ?x org:memberOf|org:headOf ?a . ?x schema:name ?who }
  OPTIONAL { ?m schema:startDate ?date }
  OPTIONAL { ?m schema:location/schema:name ?place }
  OPTIONAL { ?m ng:evidence/ng:sentence ?sentence }
} GROUP BY ?m ?date ?place ?sentence ORDER BY ?date` },
    { name: "Offices people hold", query: `${PROLOGUE}SELECT DISTINCT ?name ?title ?country WHERE {
  ?p schema:name ?name ; org:holds ?post . ?post ng:title ?title .
  OPTIONAL { ?post org:postIn/schema:name ?country }
} ORDER BY ?name` },
    { name: "Who said what", query: `${PROLOGUE}SELECT DISTINCT ?speaker ?text ?kind WHERE {
  ?s a ng:Statement ; ng:speaker/schema:name ?speaker ; schema:text ?text .
  OPTIONAL { ?s ng:quoteKind ?kind }
} ORDER BY ?speaker` },
    { name: "Proposed or declined meetings", query: `${PROLOGUE}SELECT DISTINCT ?status ?who ?sentence WHERE {
  ?m ng:status ?st ; schema:attendee/schema:name ?who . FILTER(?st IN (ng:Proposed, ng:Declined))
  BIND(STRAFTER(STR(?st), "#") AS ?status)
  OPTIONAL { ?m ng:evidence/ng:sentence ?sentence }
} ORDER BY ?status ?who` },
  ],
};

window.NgQueries = NgQueries;
