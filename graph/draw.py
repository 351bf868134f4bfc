"""Pictures of the graph: a matplotlib network, a timeline, and a self-contained interactive view.

The interactive view is our own small HTML file (an SVG with a few lines of inline JavaScript for
dragging, zooming and tooltips) rather than pyvis or ipycytoscape, which have been unmaintained
since 2023; it needs no network access and works both as a file and inside Jupyter.
"""
from __future__ import annotations

import html
import json
from pathlib import Path

import networkx as nx

PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22", "#7f7f7f"]
UNKNOWN = "#bbbbbb"
STATUS_COLOURS = {"Occurred": "#2ca02c", "Scheduled": "#1f77b4", "Proposed": "#ff7f0e", "Declined": "#d62728",
                  "Hypothetical": "#9467bd", "Cancelled": "#7f7f7f"}


def country_colours(G: nx.Graph) -> dict[str, str]:
    countries = sorted({d.get("country") for _, d in G.nodes(data=True) if d.get("country")})
    return {c: PALETTE[i % len(PALETTE)] for i, c in enumerate(countries)}


def _layout(G: nx.Graph) -> dict:
    """Spring layout per connected component, components side by side on a grid (largest first),
    so separate groups do not squash each other."""
    components = sorted(nx.connected_components(G), key=len, reverse=True)
    if not components:
        return {}
    columns = max(1, int(len(components) ** 0.5 + 0.999))
    pos: dict = {}
    cell = 3.0
    for index, nodes in enumerate(components):
        sub = G.subgraph(nodes)
        radius = 0.6 + 0.35 * len(nodes) ** 0.5
        local = nx.spring_layout(sub, weight=None, seed=7, k=3.5 / len(nodes) ** 0.5, iterations=200, scale=radius) if len(nodes) > 1 else {next(iter(nodes)): (0.0, 0.0)}
        cx, cy = (index % columns) * cell * 1.6, -(index // columns) * cell
        for node, (x, y) in local.items():
            pos[node] = (x + cx, y + cy)
    return pos


def _boxes_overlap(a, b, pad: float = 2.0) -> bool:
    return not (a.x1 + pad <= b.x0 or b.x1 + pad <= a.x0 or a.y1 + pad <= b.y0 or b.y1 + pad <= a.y0)


def _separate_labels(ax, texts: list, steps: int = 60) -> None:
    """Move labels apart until no two overlap (or `steps` rounds): each round, of every overlapping
    pair the lower label moves down and the upper one up by half the overlap, in screen points.
    Cheap and deterministic; enough for the tens of people a who-met picture shows."""
    fig = ax.figure
    renderer = fig.canvas.get_renderer()
    to_points = 72.0 / fig.dpi
    for _ in range(steps):
        boxes = [t.get_window_extent(renderer) for t in texts]
        moved = False
        for i in range(len(texts)):
            for j in range(i + 1, len(texts)):
                a, b = boxes[i], boxes[j]
                if not _boxes_overlap(a, b):
                    continue
                upper, lower = (i, j) if a.y0 + a.y1 >= b.y0 + b.y1 else (j, i)
                overlap = min(boxes[upper].y1, boxes[lower].y1) - max(boxes[upper].y0, boxes[lower].y0) + 3
                shift = overlap * to_points / 2
                for index, sign in ((upper, 1), (lower, -1)):
                    x, y = texts[index].xyann
                    texts[index].xyann = (x, y + sign * shift)
                moved = True
        if not moved:
            return


def draw_met_graph(G: nx.Graph, *, center: str | None = None, path: str | Path | None = None, ax=None):
    """Draw a who-met-whom graph: colours by country, edge width by meetings, labels that do not
    overlap, and the legend beside the drawing (never over a node)."""
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    if ax is None:
        size = min(16, 7 + len(G) * 0.3)
        fig, ax = plt.subplots(figsize=(size + 2.5, size * 0.75))
    else:
        fig = ax.figure
    pos = _layout(G)
    colours = country_colours(G)
    node_colours = [colours.get(d.get("country"), UNKNOWN) for _, d in G.nodes(data=True)]
    sizes = [700 if n == center else 320 for n in G]
    widths = [0.8 + 1.2 * d.get("weight", 1) for _, _, d in G.edges(data=True)]
    nx.draw_networkx_edges(G, pos, ax=ax, width=widths, alpha=0.35, edge_color="#4a5560")
    nodes = nx.draw_networkx_nodes(G, pos, ax=ax, node_color=node_colours, node_size=sizes,
                                   edgecolors=["#111111" if n == center else "white" for n in G], linewidths=2)
    nodes.set_zorder(2)
    labels = {n: d.get("name") or n.rsplit("/", 1)[-1] for n, d in G.nodes(data=True)}
    ax.axis("off")
    ax.margins(0.12)
    title = f"Who met {labels[center]}" if center else "Who met whom"
    ax.set_title(f"{title} ({G.number_of_nodes()} people, {G.number_of_edges()} pairs)")
    texts = [ax.annotate(labels[n], pos[n], xytext=(0, -13 if n != center else -17), textcoords="offset points",
                         ha="center", va="top", fontsize=9, fontweight="bold" if n == center else "normal", zorder=3,
                         bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.85, "pad": 1.2})
             for n in G]
    handles = [Line2D([0], [0], marker="o", color="w", markerfacecolor=c, markersize=10, label=name)
               for name, c in colours.items()]
    if any(not d.get("country") for _, d in G.nodes(data=True)):
        handles.append(Line2D([0], [0], marker="o", color="w", markerfacecolor=UNKNOWN, markersize=10, label="unknown"))
    if handles:  # outside the axes, to the right: it cannot cover a node
        ax.legend(handles=handles, title="country", loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8, frameon=False)
    fig.tight_layout()
    _separate_labels(ax, texts)
    if path:
        fig.savefig(path, dpi=120, bbox_inches="tight")
    return ax


def draw_timeline(meetings, *, path: str | Path | None = None, ax=None):
    """Meetings over time (a DataFrame from `NewsGraph.meetings()`): one row per meeting, coloured by status."""
    import matplotlib.pyplot as plt
    import pandas as pd

    frame = meetings.dropna(subset=["date"]).copy()
    frame["when"] = pd.to_datetime(frame["date"].astype(str).str.slice(0, 10), errors="coerce", format="mixed")
    frame = frame.dropna(subset=["when"]).sort_values("when")
    if ax is None:
        fig, ax = plt.subplots(figsize=(10, 1.5 + 0.45 * max(1, len(frame))))
    else:
        fig = ax.figure
    labels = []
    for row_number, (_, row) in enumerate(frame.iterrows()):
        colour = STATUS_COLOURS.get(row["status"], UNKNOWN)
        ax.scatter([row["when"]], [row_number], s=80, color=colour, zorder=3)
        people = str(row["attendees"] or "")
        labels.append((people[:60] + "…") if len(people) > 60 else people)
        if pd.notna(row.get("place")) and row.get("place"):
            ax.annotate(str(row["place"]), (row["when"], row_number), xytext=(6, 4), textcoords="offset points", fontsize=8)
    ax.set_yticks(range(len(labels)))
    ax.set_yticklabels(labels, fontsize=8)
    ax.grid(axis="x", alpha=0.3)
    ax.set_title(f"Meetings over time ({len(frame)} with a date)")
    for status, colour in STATUS_COLOURS.items():
        if status in set(frame["status"]):
            ax.scatter([], [], color=colour, label=status)
    if len(frame):
        ax.legend(loc="lower right", fontsize=8)
    import matplotlib.dates as mdates
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m-%d"))
    ax.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=3, maxticks=8))
    if len(frame):
        ax.set_xlim(frame["when"].min() - pd.Timedelta(days=1), frame["when"].max() + pd.Timedelta(days=1))
    ax.set_ylim(-0.7, max(len(labels), 1) - 0.3)
    fig.autofmt_xdate()
    if path:
        fig.savefig(path, dpi=120, bbox_inches="tight")
    return ax


_SCRIPT = """
(function(){
  const root = document.getElementById("%(id)s");
  const svg = root.querySelector("svg"), tip = root.querySelector(".ng-tip");
  let view = {x: -60, y: -60, w: 1120, h: 820}, drag = null, pan = null;
  const apply = () => svg.setAttribute("viewBox", `${view.x} ${view.y} ${view.w} ${view.h}`);
  const point = e => { const r = svg.getBoundingClientRect();
    return {x: view.x + (e.clientX - r.left) * view.w / r.width, y: view.y + (e.clientY - r.top) * view.h / r.height}; };
  svg.addEventListener("wheel", e => { e.preventDefault(); const p = point(e), f = e.deltaY > 0 ? 1.1 : 0.9;
    view = {x: p.x - (p.x - view.x) * f, y: p.y - (p.y - view.y) * f, w: view.w * f, h: view.h * f}; apply(); });
  svg.addEventListener("mousedown", e => { const g = e.target.closest("g.node");
    if (g) drag = g; else pan = {x: e.clientX, y: e.clientY, v: {...view}}; });
  window.addEventListener("mouseup", () => { drag = null; pan = null; });
  svg.addEventListener("mousemove", e => {
    if (drag) { const p = point(e); drag.setAttribute("transform", `translate(${p.x},${p.y})`);
      svg.querySelectorAll(`line[data-a="${drag.dataset.id}"]`).forEach(l => { l.setAttribute("x1", p.x); l.setAttribute("y1", p.y); });
      svg.querySelectorAll(`line[data-b="${drag.dataset.id}"]`).forEach(l => { l.setAttribute("x2", p.x); l.setAttribute("y2", p.y); }); }
    else if (pan) { const r = svg.getBoundingClientRect();
      view.x = pan.v.x - (e.clientX - pan.x) * view.w / r.width; view.y = pan.v.y - (e.clientY - pan.y) * view.h / r.height; apply(); }
  });
  svg.querySelectorAll("[data-tip]").forEach(el => {
    el.addEventListener("mouseenter", e => { tip.textContent = el.dataset.tip; tip.style.display = "block"; });
    el.addEventListener("mousemove", e => { const r = root.getBoundingClientRect();
      tip.style.left = (e.clientX - r.left + 12) + "px"; tip.style.top = (e.clientY - r.top + 12) + "px"; });
    el.addEventListener("mouseleave", () => { tip.style.display = "none"; });
  });
  apply();
})();
"""


class InteractiveNetwork:
    """A who-met-whom graph as one self-contained HTML document (no external scripts or fonts)."""

    def __init__(self, G: nx.Graph, *, width: int = 1000, height: int = 700):
        self.G = G
        self.width = width
        self.height = height
        self.element_id = f"ng-{abs(hash(tuple(sorted(G.nodes)))) % 10**8}"

    def _positions(self) -> dict[str, tuple[float, float]]:
        pos = _layout(self.G)
        if not pos:
            return {}
        xs = [p[0] for p in pos.values()]
        ys = [p[1] for p in pos.values()]
        span_x = (max(xs) - min(xs)) or 1
        span_y = (max(ys) - min(ys)) or 1
        return {n: ((x - min(xs)) / span_x * self.width, (y - min(ys)) / span_y * self.height) for n, (x, y) in pos.items()}

    def fragment(self) -> str:
        """The HTML fragment (a div with an SVG and an inline script)."""
        pos = self._positions()
        colours = country_colours(self.G)
        ids = {n: f"n{i}" for i, n in enumerate(self.G)}
        parts = []
        for a, b, d in self.G.edges(data=True):
            tip = "\n".join(f"{m.get('date') or ''} {m.get('place') or ''}: {m.get('sentence') or ''}" for m in d.get("meetings", []))
            (x1, y1), (x2, y2) = pos[a], pos[b]
            parts.append(f'<line data-a="{ids[a]}" data-b="{ids[b]}" x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
                         f'stroke="#777" stroke-opacity="0.6" stroke-width="{1 + 1.5 * d.get("weight", 1):.1f}" '
                         f'data-tip="{html.escape(tip)}"/>')
        for n, d in self.G.nodes(data=True):
            x, y = pos[n]
            name = d.get("name") or n.rsplit("/", 1)[-1]
            colour = colours.get(d.get("country"), UNKNOWN)
            tip = f"{name}" + (f" ({d['country']})" if d.get("country") else "")
            parts.append(f'<g class="node" data-id="{ids[n]}" transform="translate({x:.1f},{y:.1f})" data-tip="{html.escape(tip)}">'
                         f'<circle r="11" fill="{colour}" stroke="white" stroke-width="2"/>'
                         f'<text y="-15" text-anchor="middle" font-size="13" font-family="sans-serif">{html.escape(name)}</text></g>')
        legend = " ".join(f'<span style="color:{c}">&#9679;</span> {html.escape(k)}' for k, c in colours.items())
        data = json.dumps({"nodes": len(self.G), "edges": self.G.number_of_edges()})
        return (f'<div id="{self.element_id}" class="newsgraph" data-summary=\'{data}\' style="position:relative;font-family:sans-serif">'
                f'<div style="font-size:12px">{legend}</div>'
                f'<svg xmlns="http://www.w3.org/2000/svg" width="100%" height="{self.height}" style="border:1px solid #ddd;cursor:grab">'
                + "".join(parts) +
                '</svg><div class="ng-tip" style="display:none;position:absolute;max-width:28rem;background:#fff;border:1px solid #999;'
                'padding:4px 6px;font-size:12px;white-space:pre-wrap;pointer-events:none"></div>'
                f'<script>{_SCRIPT % {"id": self.element_id}}</script></div>')

    def to_html(self) -> str:
        return ('<!doctype html><html><head><meta charset="utf-8"><title>newsgraph network</title></head><body>'
                + self.fragment() + "</body></html>")

    def save(self, path: str | Path) -> Path:
        path = Path(path)
        path.write_text(self.to_html(), encoding="utf-8")
        return path

    def _repr_html_(self) -> str:  # Jupyter
        return self.fragment()
