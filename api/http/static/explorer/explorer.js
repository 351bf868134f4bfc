// The newsgraph explorer: search people, see who met whom around them, read the evidence, query SPARQL.
// Plain JavaScript over the JSON API; Cytoscape.js draws the network, Yasgui is the SPARQL editor.
"use strict";

const $ = (sel) => document.querySelector(sel);
const esc = (s) => String(s ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
const PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22", "#393b79", "#ad494a", "#637939"];
const NO_COUNTRY = "country unknown";
const STATUS_LABEL = { Occurred: "met", Scheduled: "scheduled", Proposed: "proposed", Declined: "declined", Hypothetical: "hypothetical", Cancelled: "cancelled" };

const state = { person: null, personName: null, network: null, hidden: new Set(), colours: {}, sparqlQuery: null, cy: null, yasgui: null, allLines: false };

async function getJSON(url) {
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  if (!response.ok) {
    let detail = response.statusText;
    try { detail = (await response.json()).detail; } catch (e) { /* not JSON */ }
    throw new Error(detail);
  }
  return response.json();
}

const slug = (iri, kind) => { const i = iri.indexOf(`/${kind}/`); return i < 0 ? iri : iri.slice(i + kind.length + 2); };

function filters() {
  const statuses = [...document.querySelectorAll("#statuses input:checked")].map((x) => x.value);
  return { statuses: statuses.length ? statuses : ["Occurred", "Scheduled"], since: $("#since").value, until: $("#until").value,
    depth: +$("#depth").value, calls: $("#calls").checked };
}

// ---- search with type-ahead -------------------------------------------------------------------
let searchTimer = null, searchSeq = 0, activeIndex = -1;

function showSuggestions(rows) {
  const list = $("#suggestions");
  activeIndex = -1;
  if (!rows.length) { list.innerHTML = `<li class="none">no person found</li>`; list.hidden = false; return; }
  list.innerHTML = rows.map((r) => {
    const aliases = r.aliases.filter((a) => a !== r.name);
    return `<li role="option" data-id="${esc(r.id)}" data-name="${esc(r.name)}"><b>${esc(r.name)}</b>` +
      (aliases.length ? ` <span class="alias">also ${esc(aliases.join(", "))}</span>` : "") +
      ` <span class="count">${r.articles} article${r.articles === 1 ? "" : "s"}</span></li>`;
  }).join("");
  list.hidden = false;
}

async function suggest(text) {
  const seq = ++searchSeq;
  const page = await getJSON(`/people?q=${encodeURIComponent(text)}&limit=10`);
  if (seq === searchSeq) showSuggestions(page.data);
}

function pick(li) {
  if (!li || !li.dataset.id) return;
  $("#suggestions").hidden = true;
  $("#search").value = li.dataset.name;
  location.hash = `#/network/${encodeURIComponent(li.dataset.id)}`;
}

$("#search").addEventListener("input", (e) => {
  clearTimeout(searchTimer);
  const text = e.target.value.trim();
  if (!text) { $("#suggestions").hidden = true; return; }
  searchTimer = setTimeout(() => suggest(text).catch(() => {}), 120);
});
$("#search").addEventListener("keydown", (e) => {
  const items = [...document.querySelectorAll("#suggestions li[data-id]")];
  if (e.key === "ArrowDown" || e.key === "ArrowUp") {
    e.preventDefault();
    activeIndex = (activeIndex + (e.key === "ArrowDown" ? 1 : -1) + items.length) % Math.max(items.length, 1);
    items.forEach((li, i) => li.classList.toggle("active", i === activeIndex));
  } else if (e.key === "Enter") {
    pick(items[Math.max(activeIndex, 0)]);
  } else if (e.key === "Escape") {
    $("#suggestions").hidden = true;
  }
});
$("#suggestions").addEventListener("mousedown", (e) => pick(e.target.closest("li")));
document.addEventListener("click", (e) => { if (!e.target.closest(".search")) $("#suggestions").hidden = true; });

// ---- views and routing ------------------------------------------------------------------------
function show(view) {
  for (const el of document.querySelectorAll(".view")) el.hidden = el.id !== `view-${view}`;
  for (const a of document.querySelectorAll("nav a[data-view]")) a.classList.toggle("current", a.dataset.view === view);
  $("#filters").classList.toggle("muted", view === "sparql" || view === "article");
  $("#depth").closest("label").classList.toggle("muted", view === "person"); // a person page has no depth
}

async function route() {
  const [path, query] = location.hash.slice(1).split("?");
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  const params = new URLSearchParams(query || "");
  try {
    if (parts[0] === "sparql") { show("sparql"); openSparql(params.get("query")); return; }
    if (parts[0] === "article" && parts[1]) { show("article"); await showArticle(parts[1], +params.get("start"), +params.get("end")); return; }
    if (parts[0] === "person") {
      show("person");
      if (parts[1] || state.person) await showPerson(parts[1] || slug(state.person, "person"));
      else $("#view-person").innerHTML = `<p class="hint">Search a person above.</p>`;
      return;
    }
    show("network");
    if (parts[0] === "network" && parts[1]) await showNetwork(parts[1]);
    else if (state.person) await showNetwork(slug(state.person, "person")); // the person last shown, with today's filters
  } catch (err) {
    const target = document.querySelector(".view:not([hidden])") || $("#details");
    target.insertAdjacentHTML("afterbegin", `<p class="error">${esc(err.message)}</p>`);
  }
}
window.addEventListener("hashchange", route);

// ---- the network ------------------------------------------------------------------------------
function colourFor(country) {
  if (!(country in state.colours)) {
    state.colours[country] = country === NO_COUNTRY ? "#9e9e9e" : PALETTE[Object.keys(state.colours).filter((c) => c !== NO_COUNTRY).length % PALETTE.length];
  }
  return state.colours[country];
}

function networkUrl(id) {
  const params = filterParams();
  params.set("depth", filters().depth);
  return `/people/${encodeURIComponent(id)}/network?${params}`;
}

let networkSeq = 0;

async function showNetwork(id) {
  const seq = ++networkSeq;
  const net = await getJSON(networkUrl(id));
  if (seq !== networkSeq) return; // a later filter change has asked for a newer network
  state.network = net;
  state.person = net.center;
  const centre = net.nodes.find((n) => n.id === net.center);
  state.personName = centre ? centre.name : id;
  $("#search").value = state.personName;
  const f = filters();
  state.sparqlQuery = NgQueries.network(net.center, f.statuses, f.since, f.until, f.depth, f.calls);
  $("#details").innerHTML = `<h2>${esc(state.personName)}</h2>
    <p id="net-count"></p>
    <p><a href="#/person/${encodeURIComponent(id)}">Person page: offices, delegations, meetings, statements</a></p>
    <p class="hint">Click a line for the meetings behind it. Line width: number of meetings; dashed: only proposed, declined or hypothetical${f.calls ? "; dotted: only calls" : ""}.</p>`;
  drawNetwork(net);
}

const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;

// The people and lines drawn: the legend's hidden countries are left out, and so is anyone whom
// only hidden people connect to the centre (a dot with no line to anyone shown says nothing).
function visiblePart(net) {
  const allowed = new Set(net.nodes.filter(isShown).map((n) => n.id));
  const lines = net.edges.filter((e) => allowed.has(e.source) && allowed.has(e.target));
  const next = {};
  for (const e of lines) { (next[e.source] ||= []).push(e.target); (next[e.target] ||= []).push(e.source); }
  const reached = new Set([net.center]);
  const queue = [net.center];
  while (queue.length) for (const other of next[queue.shift()] || []) if (!reached.has(other)) { reached.add(other); queue.push(other); }
  return { nodes: net.nodes.filter((n) => reached.has(n.id)), edges: lines.filter((e) => reached.has(e.source) && reached.has(e.target)),
    byLegend: net.nodes.length - allowed.size, cutOff: allowed.size - reached.size,
    hops: Object.fromEntries(net.nodes.map((n) => [n.id, n.id === net.center ? 0 : n.hops ?? 1])) };
}

// The header counts what is drawn, and says how many the legend hides.
function showCounts(net, part) {
  const el = $("#net-count");
  if (!el) return; // the panel shows a line's meetings now
  const people = part.nodes.length - 1, depth = net.depth;
  const hidden = part.byLegend + part.cutOff;
  const cut = net.edges_total > net.edges.length ? ` (the heaviest of ${net.edges_total})` : "";
  const thin = part.drawn != null && part.drawn < part.edges.length
    ? `<br><span class="count" id="thinned">${plural(part.drawn, "line", "lines")} drawn: each person's strongest, the centre's, and the heaviest others.
       <label><input type="checkbox" id="all-lines"> draw all</label></span>`
    : part.drawn != null && state.allLines ? `<br><span class="count"><label><input type="checkbox" id="all-lines" checked> draw all</label></span>` : "";
  el.innerHTML = (people ? `${plural(people, "person", "people")} within ${plural(depth, "meeting", "meetings")}, ${plural(part.edges.length, "line", "lines")}${cut}${thin}`
    : net.nodes.length > 1 ? "Nobody shown." : "No meetings with these filters.") +
    (hidden ? `<br><span class="count">${plural(hidden, "person", "people")} hidden by the legend${part.cutOff ? ` (${part.cutOff} met only hidden people)` : ""}</span>` : "") +
    (net.truncated ? "<br><em>Only the closest people are shown.</em>" : "");
}

function drawNetwork(net) {
  const elements = [];
  const part = visiblePart(net);
  const shown = new Set(part.nodes.map((n) => n.id));
  for (const n of part.nodes) {
    const country = n.country || NO_COUNTRY;
    elements.push({ data: { id: n.id, label: n.name || slug(n.id, "person"), country, colour: colourFor(country), centre: n.id === net.center ? 1 : 0, hops: n.hops ?? 0 } });
  }
  const dense = isDense(net, part);
  const lines = dense && !state.allLines ? strongestLines(net, part) : part.edges;
  part.drawn = dense ? lines.length : null;
  const strength = {};
  for (const e of part.edges) { strength[e.source] = (strength[e.source] || 0) + e.weight; strength[e.target] = (strength[e.target] || 0) + e.weight; }
  const labelled = dense ? biggest(part, strength, net.center, LABELLED) : null;
  for (const el of elements) {
    el.data.strength = strength[el.data.id] || 0;
    el.data.labelled = !labelled || labelled.has(el.data.id) ? 1 : 0;
  }
  for (const e of lines) {
    const calls = [...CALL_CHANNELS].reduce((n, c) => n + (e.channels[c] || 0), 0);
    const ring = Math.max(part.hops[e.source] ?? 0, part.hops[e.target] ?? 0);
    const spoke = e.source === net.center || e.target === net.center;
    const across = (part.hops[e.source] ?? 0) === (part.hops[e.target] ?? 0); // within one ring
    elements.push({ data: { id: `${e.source}|${e.target}`, source: e.source, target: e.target, weight: e.weight,
      statuses: e.statuses, met: e.statuses.Occurred || e.statuses.Scheduled ? 1 : 0, call: calls === e.weight ? 1 : 0,
      ring, spoke: spoke ? 1 : 0, across: across ? 1 : 0 } });
  }
  $("#cy-empty").textContent = net.edges.length ? "" : "No meetings for this person with these filters.";
  if (state.cy) state.cy.destroy();
  const cy = cytoscape({
    container: $("#cy"),
    elements,
    maxZoom: 1.6,
    minZoom: 0.2,
    style: [
      { selector: "node", style: { "background-color": "data(colour)", label: "data(label)", "font-size": 12, "text-valign": "bottom", "text-margin-y": 4,
        "text-background-color": "#ffffff", "text-background-opacity": 0.85, "text-background-padding": 2, width: 22, height: 22, color: "#222" } },
      { selector: "node[centre = 1]", style: { width: 34, height: 34, "border-width": 3, "border-color": "#111", "font-weight": "bold", "font-size": 14 } },
      { selector: "edge", style: { width: "mapData(weight, 1, 6, 2, 10)", "line-color": "#9aa7b4", "curve-style": "bezier", opacity: 0.9 } },
      { selector: "edge[met = 0]", style: { "line-style": "dashed", "line-color": "#d08770" } },
      { selector: "edge[call = 1]", style: { "line-style": "dotted", "line-color": "#5e81ac" } },
      { selector: "edge:selected", style: { "line-color": "#e6550d" } },
      { selector: "node:selected", style: { "border-width": 3, "border-color": "#e6550d" } },
      // a dense network: sizes by meetings, the second ring faded, names only on the biggest (and on hover)
      { selector: "node.dense", style: { width: "mapData(strength, 1, 40, 12, 30)", height: "mapData(strength, 1, 40, 12, 30)" } },
      { selector: "node[labelled = 0]", style: { label: "" } },
      { selector: "node.dense[hops >= 2]", style: { opacity: 0.6 } },
      { selector: "edge.dense", style: { width: "mapData(weight, 1, 6, 1, 7)", opacity: 0.7 } },
      { selector: "edge.dense[ring >= 2]", style: { "line-color": "#c3ccd5", opacity: 0.6 } },
      { selector: "edge.dense[across = 1][spoke = 0]", style: { opacity: 0.3, "line-color": "#b8c2cc" } },
      { selector: "node.dense[centre = 1]", style: { width: 34, height: 34 } },
      { selector: "node.label-above", style: { "text-valign": "top", "text-margin-y": -4 } },
      { selector: "node.label-right", style: { "text-valign": "center", "text-halign": "right", "text-margin-x": 4, "text-margin-y": 0 } },
      { selector: "node.label-left", style: { "text-valign": "center", "text-halign": "left", "text-margin-x": -4, "text-margin-y": 0 } },
      { selector: "node.hover, node.dense:selected", style: { label: "data(label)", opacity: 1, "z-index": 10 } },
    ],
    layout: dense ? { name: "preset", positions: radialPositions(net, part, lines), fit: true, padding: 30, animate: false } : layoutFor(net),
  });
  if (dense) {
    cy.elements().addClass("dense");
    cy.on("mouseover", "node", (evt) => evt.target.addClass("hover"));
    cy.on("mouseout", "node", (evt) => evt.target.removeClass("hover"));
  }
  fitLabels(cy);
  unclutterLabels(cy, dense);
  cy.on("tap", "edge", (evt) => showEdge(evt.target));
  cy.on("tap", "node", (evt) => { if (evt.target.id() !== state.person) location.hash = `#/network/${encodeURIComponent(slug(evt.target.id(), "person"))}`; });
  state.cy = cy;
  window.ngCy = cy; // for the browser tests and the curious (window.cy is the #cy element)
  drawLegend(net, part);
  showCounts(net, part);
}

// ---- dense networks (a hub at depth 2): a readable drawing ----------------------------------------
// Three hundred people and a thousand lines drawn with a force layout are a hairball. Instead: rings
// by distance from the centre, each second-ring person next to the first-ring person who reached
// them, people of one country side by side; the centre's lines and each person's strongest line
// drawn, plus the heaviest others; names only on the people with the most meetings.
const DENSE_PEOPLE = 40, DENSE_LINES = 120, LABELLED = 15, CROSS_LINES = 60;

function isDense(net, part) { return part.nodes.length > DENSE_PEOPLE || part.edges.length > DENSE_LINES; }

// The lines a dense drawing keeps: every line of the centre; for every other person the strongest
// line towards the centre's side (the one that places them); then the heaviest of the rest.
function strongestLines(net, part) {
  const keep = new Set(part.edges.filter((e) => e.source === net.center || e.target === net.center));
  const parent = parents(net, part);
  for (const e of Object.values(parent)) keep.add(e);
  const rest = part.edges.filter((e) => !keep.has(e)).sort((a, b) => b.weight - a.weight);
  for (const e of rest.slice(0, CROSS_LINES)) keep.add(e);
  return part.edges.filter((e) => keep.has(e));
}

// For each person beyond the first ring: their heaviest line to someone one ring closer to the centre.
function parents(net, part) {
  const parent = {};
  for (const e of part.edges) {
    for (const [me, other] of [[e.source, e.target], [e.target, e.source]]) {
      if ((part.hops[me] ?? 0) < 2 || part.hops[other] !== part.hops[me] - 1) continue;
      const best = parent[me];
      if (!best || e.weight > best.weight) parent[me] = e;
    }
  }
  return parent;
}

function biggest(part, strength, centre, n) {
  const ranked = part.nodes.filter((x) => x.id !== centre).sort((a, b) => (strength[b.id] || 0) - (strength[a.id] || 0) || a.id.localeCompare(b.id));
  return new Set([centre, ...ranked.slice(0, n).map((x) => x.id)]);
}

// Positions on rings: the first ring ordered by country, then most meetings; each first-ring person
// gets as many slots on the outer ring as the people it reached there, who sit in those slots.
function radialPositions(net, part, lines) {
  const byId = Object.fromEntries(part.nodes.map((n) => [n.id, n]));
  const toCentre = {};
  for (const e of part.edges) {
    if (e.source === net.center) toCentre[e.target] = e.weight;
    if (e.target === net.center) toCentre[e.source] = e.weight;
  }
  const country = (id) => byId[id].country || "\uffff";
  const first = part.nodes.filter((n) => n.hops === 1).map((n) => n.id)
    .sort((a, b) => country(a).localeCompare(country(b)) || (toCentre[b] || 0) - (toCentre[a] || 0) || a.localeCompare(b));
  const parent = parents(net, part);
  const children = Object.fromEntries(first.map((id) => [id, []]));
  const outer = part.nodes.filter((n) => (n.hops ?? 0) >= 2).map((n) => n.id).sort((a, b) => country(a).localeCompare(country(b)) || a.localeCompare(b));
  const orphans = [];
  for (const id of outer) {
    const e = parent[id];
    const up = e ? (e.source === id ? e.target : e.source) : null;
    if (up && children[up]) children[up].push(id); else orphans.push(id);
  }
  // a first-ring person who reached nobody still gets room: else the few with big fans push the rest into a tight arc
  const least = Math.max(1, Math.round(outer.length / (2 * Math.max(1, first.length))));
  const width = (id) => Math.max(least, children[id].length);
  const slots = first.reduce((n, id) => n + width(id), 0) + orphans.length || 1;
  const around = (slots * 20) / (2 * Math.PI); // the outer ring's radius for 20 px per slot
  const r1 = Math.max(160, (first.length * 30) / (2 * Math.PI), 0.6 * around); // the first ring spread out, not huddled
  const r2 = Math.max(r1 + 170, around);
  const at = (r, slot) => ({ x: r * Math.cos((2 * Math.PI * slot) / slots - Math.PI / 2), y: r * Math.sin((2 * Math.PI * slot) / slots - Math.PI / 2) });
  const positions = { [net.center]: { x: 0, y: 0 } };
  let slot = 0;
  for (const id of first) {
    const room = width(id);
    positions[id] = at(r1, slot + room / 2);
    const start = slot + (room - children[id].length) / 2; // the children centred on their parent
    children[id].forEach((child, i) => { positions[child] = at(r2, start + i + 0.5); });
    slot += room;
  }
  orphans.forEach((id, i) => { positions[id] = at(r2 + 60, slot + i + 0.5); });
  return positions;
}

// Names stay readable when a drawing is zoomed out to fit (a big ring, or a long chain of people):
// the labels grow as the zoom shrinks.
function fitLabels(cy) {
  const z = cy.zoom();
  if (z >= 1) return;
  cy.style().selector("node").style({ "font-size": Math.min(36, 12 / z), "text-margin-y": 4 / z, "text-background-padding": 2 / z })
    .selector("node[centre = 1]").style({ "font-size": Math.min(40, 14 / z) })
    .selector("node.label-above").style({ "text-margin-y": -4 / z })
    .selector("node.label-right").style({ "text-margin-x": 4 / z, "text-margin-y": 0 })
    .selector("node.label-left").style({ "text-margin-x": -4 / z, "text-margin-y": 0 }).update();
}

// Names never cover each other: the centre, then the people with the most meetings, place their
// name below their dot, else above it, else beside it (on the side away from the centre first). In
// a dense drawing a name must not cover another person's dot either (the rings are crowded). A
// name with no free place is hidden (hovering the node still shows it). Boxes are measured as drawn.
function unclutterLabels(cy, dense) {
  const meets = (b, p) => !(b.x2 <= p.x1 || p.x2 <= b.x1 || b.y2 <= p.y1 || p.y2 <= b.y1);
  const dots = dense ? cy.nodes().map((n) => ({ id: n.id(), box: n.boundingBox({ includeLabels: false, includeOverlays: false }) })) : [];
  const placed = [];
  const free = (n, b) => placed.every((p) => !meets(b, p)) && dots.every((d) => d.id === n.id() || !meets(b, d.box));
  const centre = cy.nodes("[centre = 1]").position();
  const order = cy.nodes("[labelled = 1]").sort((a, b) => b.data("centre") - a.data("centre") ||
    b.data("strength") - a.data("strength") || (a.id() < b.id() ? -1 : 1));
  order.forEach((n) => {
    const out = n.position().x < centre.x ? "label-left" : "label-right";
    const places = ["", "label-above", out, ...(dense ? [] : [out === "label-left" ? "label-right" : "label-left"])];
    for (const place of places) {
      n.removeClass("label-above label-left label-right");
      if (place) n.addClass(place);
      const b = n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false });
      if (free(n, b)) { placed.push(b); return; }
    }
    n.removeClass("label-above label-left label-right");
    n.data("labelled", 0);
  });
}

$("#details").addEventListener("change", (e) => {
  if (e.target.id !== "all-lines") return;
  state.allLines = e.target.checked;
  drawNetwork(state.network);
});

function layoutFor(net) {
  if (net.nodes.length > 120) return { name: "concentric", concentric: (n) => 10 - n.data("hops"), levelWidth: () => 1, minNodeSpacing: 30, animate: false };
  // label sizes count as node sizes, so names do not overlap
  return { name: "cose", animate: false, randomize: false, nodeDimensionsIncludeLabels: true, nodeRepulsion: () => 60000,
    idealEdgeLength: () => 120, nodeOverlap: 40, padding: 40, componentSpacing: 100, numIter: 2000 };
}

function drawLegend(net, part) {
  const counts = {};
  for (const n of net.nodes) { const c = n.country || NO_COUNTRY; counts[c] = (counts[c] || 0) + 1; }
  const countries = Object.keys(counts).sort((a, b) => (a === NO_COUNTRY) - (b === NO_COUNTRY) || a.localeCompare(b));
  const hidden = net.nodes.length - part.nodes.length;
  $("#legend").innerHTML = `<h3>Countries <span class="count">${hidden ? `${hidden} hidden` : "untick to hide"}</span></h3>` + countries.map((c) =>
    `<label class="legend-item"><input type="checkbox" value="${esc(c)}" ${state.hidden.has(c) ? "" : "checked"}>` +
    `<span class="swatch" style="background:${colourFor(c)}"></span>${esc(c)} <span class="count">${counts[c]}</span></label>`).join("");
}

// hidden countries are left out of the drawing (and the layout), the centre person always stays
const isShown = (n) => n.id === state.network.center || !state.hidden.has(n.country || NO_COUNTRY);

$("#legend").addEventListener("change", (e) => {
  if (!e.target.matches("input")) return;
  if (e.target.checked) state.hidden.delete(e.target.value); else state.hidden.add(e.target.value);
  drawNetwork(state.network);
});

// ---- meetings behind an edge ------------------------------------------------------------------
const CALL_CHANNELS = new Set(["Phone", "Video"]);
const CHANNEL_LABEL = { Phone: "by phone", Video: "by video" };

function statusBadge(status) { return `<span class="status status-${esc(status)}">${esc(STATUS_LABEL[status] || status)}</span>`; }

function articleLink(ev, text) {
  if (!ev.article_id) return "";
  const params = ev.start != null ? `?start=${ev.start}&end=${ev.end}` : "";
  return `<a class="article-link" href="#/article/${encodeURIComponent(ev.article_id)}${params}">${esc(text || ev.title || ev.article_id)}</a>`;
}

// The network carries counts per line; the meetings behind a line are asked for when it is clicked,
// with the filters that drew it (a hub's network holds tens of thousands of meetings).
let edgeSeq = 0;
const EDGE_SHOWN = 50; // meetings listed for one line (each fetches its attendees and sources)

async function showEdge(edge) {
  const seq = ++edgeSeq;
  const [a, b] = [edge.source(), edge.target()];
  const f = filters();
  state.sparqlQuery = NgQueries.edge(a.id(), b.id(), f.statuses, f.calls);
  const n = edge.data("weight");
  $("#details").innerHTML = `<h2>${esc(a.data("label"))} – ${esc(b.data("label"))}</h2><p>${n} ${edge.data("call") ? "call" : "meeting"}${n === 1 ? "" : "s"}</p><ol id="edge-meetings"></ol>`;
  const params = filterParams();
  params.set("with", slug(b.id(), "person"));
  params.set("limit", "1");
  const page = await getJSON(`/people/${encodeURIComponent(slug(a.id(), "person"))}/met?${params}`);
  if (seq !== edgeSeq) return; // another line was clicked meanwhile
  const meetings = page.data.length ? page.data[0].meetings : [];
  const list = $("#edge-meetings");
  if (meetings.length > EDGE_SHOWN) list.insertAdjacentHTML("beforebegin", `<p class="hint">The first ${EDGE_SHOWN} by date; the rest with "Open in SPARQL".</p>`);
  for (const m of meetings.slice(0, EDGE_SHOWN)) {
    const li = document.createElement("li");
    li.className = "meeting";
    li.innerHTML = `${statusBadge(m.status)}${CALL_CHANNELS.has(m.channel) ? ` <span class="channel">${esc(CHANNEL_LABEL[m.channel])}</span>` : ""} <span class="when">${esc(m.date || "date unknown")}</span> <span class="where">${esc(m.place || "place unknown")}</span>
      <blockquote class="evidence">${esc(m.sentence || "")}</blockquote>`;
    list.appendChild(li);
    getJSON(`/meetings/${encodeURIComponent(slug(m.meeting, "meeting"))}/evidence`).then((detail) => {
      const who = detail.attendees.map((x) => x.name || slug(x.attendee, x.kind)).join(", ");
      const ev = detail.evidence[0] || {};
      li.insertAdjacentHTML("beforeend", `<p class="attendees">attended by ${esc(who)}</p><p class="sources">` +
        detail.evidence.map((e) => articleLink(e, `read in the article${e.title ? ": " + e.title : ""}`) +
          (e.source_link ? ` · <a href="${esc(e.source_link)}" rel="noopener" target="_blank">original</a>` : "")).join("<br>") + `</p>`);
      if (!ev.sentence) li.querySelector(".evidence").remove();
    }).catch(() => {});
  }
}

// ---- the person page --------------------------------------------------------------------------
// The meetings listed are the ones the filters above keep, chosen by the server with the same
// parameters as the network (statuses, date range, calls), so the page and the network agree.
function filterParams() {
  const f = filters();
  const params = new URLSearchParams();
  f.statuses.forEach((s) => params.append("status", s));
  if (f.since) params.set("since", f.since);
  if (f.until) params.set("until", f.until);
  if (f.calls) params.set("calls", "true");
  return params;
}

function filterSummary() {
  const f = filters();
  const parts = [f.statuses.map((s) => STATUS_LABEL[s] || s).join(", ") + (f.calls ? ", calls" : "")];
  if (f.since || f.until) parts.push(f.since && f.until ? `${f.since} to ${f.until}` : f.since ? `from ${f.since}` : `until ${f.until}`);
  return parts.join("; ");
}

const names = (value) => (Array.isArray(value) ? value : String(value || "").split("; ")).filter(Boolean);

// Each article mints its own delegation: a person who travels with the same delegation in 55
// articles has 55 of them. One line per role and side, with the count; the articles behind it open below.
function delegationGroup(g) {
  const label = `${esc(g.role)} of the delegation${g.represents ? ` of ${esc(g.represents)}` : ""}`;
  const source = (a) => `<li>${articleLink({ article_id: a.article_id, title: a.title }, a.title || a.article_id)}${a.published ? ` <span class="when">${esc(a.published)}</span>` : ""}</li>`;
  if (g.count === 1) {
    const a = g.articles[0];
    return `<li class="delegation">${label}${a && a.article_id ? ` · ${articleLink({ article_id: a.article_id, title: a.title }, a.title || a.article_id)}` : ""}</li>`;
  }
  return `<li class="delegation"><details><summary>${label} <span class="count">in ${g.count} articles</span></summary>
    <ul class="delegation-sources">${g.articles.map(source).join("")}</ul></details></li>`;
}

let personSeq = 0;

async function showPerson(id) {
  const seq = ++personSeq;
  const p = await getJSON(`/people/${encodeURIComponent(id)}?${filterParams()}`);
  if (seq !== personSeq) return; // a later filter change has asked again
  state.person = p.iri;
  state.personName = p.name;
  state.sparqlQuery = NgQueries.person(p.iri);
  const meetings = p.meetings;
  const offices = p.offices.map((o) => `<li>${esc(o.title)}${o.org ? ` (${esc(o.org)})` : ""}${o.former ? " <em>former</em>" : ""}</li>`).join("");
  const delegations = (p.delegation_groups || []).map(delegationGroup).join("");
  const meetingRows = meetings.map((m) => `<tr${CALL_CHANNELS.has(m.channel) ? ` class="call"` : ""}><td>${statusBadge(m.status)}${CALL_CHANNELS.has(m.channel) ? ` <span class="channel">${esc(CHANNEL_LABEL[m.channel])}</span>` : ""}</td>
      <td class="when">${esc(m.date || "")}</td><td>${esc(m.place || "")}</td>
      <td>${esc(names(m.attendees).filter((x) => x !== p.name).join(", "))}</td><td class="sentence">${esc(m.sentence || "")}</td>
      <td>${articleLink({ article_id: m.article ? slug(m.article, "article") : null }, "article")}</td></tr>`).join("");
  const hidden = p.meetings_total - meetings.length;
  const statements = p.statements.map((s) => `<li class="statement"><q>${esc(s.text)}</q> <span class="kind">${esc(s.kind || "")}</span>
      ${s.sentence && s.sentence !== s.text ? `<div class="sentence">${esc(s.sentence)}</div>` : ""}
      <div class="sources">${articleLink({ article_id: s.article ? slug(s.article, "article") : null }, "source article")}</div></li>`).join("");
  $("#view-person").innerHTML = `<h1>${esc(p.name)}</h1>
    ${p.aliases.length ? `<p>Also named ${esc(p.aliases.join(", "))}</p>` : ""}
    <p><a href="#/network/${encodeURIComponent(p.id)}">Network</a> · <a href="/id/person/${encodeURIComponent(p.id)}">linked data page</a></p>
    <div class="columns"><section><h2>Offices</h2><ul>${offices || "<li class='hint'>none found</li>"}</ul></section>
    <section><h2>Delegations</h2><ul>${delegations || "<li class='hint'>none found</li>"}</ul></section></div>
    <h2>Meetings <span class="count" id="meeting-count">${meetings.length} shown: ${esc(filterSummary())}${hidden > 0 ? ` · ${hidden} more hidden by the filters above` : ""}</span></h2>
    ${meetings.length ? `<table class="meetings"><thead><tr><th>status</th><th>date</th><th>place</th><th>with</th><th>evidence</th><th></th></tr></thead><tbody>${meetingRows}</tbody></table>`
      : `<p class="hint">No meetings with these filters.</p>`}
    <h2>Statements <span class="count">${p.statements.length}</span></h2><ul class="statements">${statements || "<li class='hint'>none found</li>"}</ul>`;
}

// ---- an article, with one sentence highlighted --------------------------------------------------
async function showArticle(id, start, end) {
  const a = await getJSON(`/articles/${encodeURIComponent(id)}/evidence`);
  state.sparqlQuery = NgQueries.article(a.article);
  let body;
  if (a.text && end > start) {
    // the article's own text, the sentence marked where its offsets say
    body = `<div class="article-text">${esc(a.text.slice(0, start))}<mark>${esc(a.text.slice(start, end))}</mark>${esc(a.text.slice(end))}</div>`;
  } else {
    // stores built before article texts were kept: the sentences facts were read from, in order
    body = a.sentences.map((s) => {
      const hit = s.start === start && s.end === end;
      return `<p class="${hit ? "highlight" : ""}" data-start="${s.start}">${hit ? `<mark>${esc(s.sentence)}</mark>` : esc(s.sentence)}</p>`;
    }).join("");
  }
  $("#view-article").innerHTML = `<h1>${esc(a.title || a.id)}</h1>
    <p class="hint">${esc(a.published || "")} ${a.url ? `· <a href="${esc(a.url)}" rel="noopener" target="_blank">original article</a>` : ""}
    ${a.text ? "" : "· the sentences facts were read from, in reading order"}</p><article>${body}</article>`;
  const hit = $("#view-article mark");
  if (hit) hit.scrollIntoView({ block: "center" });
}

// ---- SPARQL -------------------------------------------------------------------------------------
function openSparql(query) {
  if (!state.yasgui) {
    Yasgui.Yasqe.defaults.autocompleters = ["variables"]; // the others fetch prefix.cc and LOV over the internet
    state.yasgui = new Yasgui($("#yasgui"), {
      requestConfig: { endpoint: "/sparql", method: "POST" },
      copyEndpointOnNewTab: false,
      persistenceId: null,
      populateFromUrl: false, // it would read, then clear, the explorer's own #/ route
      yasqe: { value: NgQueries.examples[0].query, consumeShareLink: null, createShareableLink: null },
      yasr: { defaultPlugin: "table" },
    });
    $("#examples").innerHTML = `<span>Examples:</span> ` + NgQueries.examples.map((x, i) => `<button type="button" data-i="${i}">${esc(x.name)}</button>`).join(" ");
  }
  if (query) {
    const tab = state.yasgui.getTab();
    tab.setQuery(query);
    tab.query().catch(() => {});
  }
}

$("#examples").addEventListener("click", (e) => {
  const i = e.target.dataset.i;
  if (i === undefined) return;
  const tab = state.yasgui.getTab();
  tab.setQuery(NgQueries.examples[+i].query);
  tab.query().catch(() => {});
});

$("#open-sparql").addEventListener("click", () => {
  const query = state.sparqlQuery || NgQueries.examples[0].query;
  location.hash = `#/sparql?query=${encodeURIComponent(query)}`;
});

// ---- filters re-run the current view -------------------------------------------------------------
// Depth 3 only where the server answers from its in-memory read model (meetings in person that
// happened or are scheduled); other statuses and calls are walked person by person with queries,
// which took over a second at depth 3 (bench/bench_explorer.py), so there the depth stops at 2.
function syncDepth() {
  const f = filters();
  const walked = f.calls || f.statuses.some((s) => s !== "Occurred" && s !== "Scheduled");
  $("#depth option[value='3']").disabled = walked;
  if (walked && $("#depth").value === "3") $("#depth").value = "2";
}

// at least one status stays ticked: no box ticked would show meetings that no box says
$("#statuses").addEventListener("change", (e) => {
  if (!document.querySelector("#statuses input:checked")) e.target.checked = true;
});

for (const el of ["#depth", "#since", "#until", "#statuses", "#calls"]) {
  $(el).addEventListener("change", () => { syncDepth(); if (location.hash.startsWith("#/network") || location.hash.startsWith("#/person")) route(); });
}

syncDepth();
route();
