"""Charts of the published tables, as Vega-Lite specs (Altair) rendered to SVG and PNG by
vl-convert, with no browser (the `explore` extra). Each chart's data is a query over the
published tables; the font is fixed so that a rebuild gives the same bytes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..extras import require
from ..loader import load

FONT = "DejaVu Sans"  # Debian's fonts-dejavu-core: named, never left to fontconfig
NETWORK_SIZE = 40  # actors shown in the network: the most connected
PREDICATE_COLOURS = 9  # the most frequent predicates among them get a colour of their own


def _libraries() -> tuple[Any, Any]:
    return require("altair", "explore", "drawing the charts"), require(
        "vl_convert", "explore", "drawing the charts"
    )


def timeline_data(root: Path | None = None) -> Any:
    """Events per year and country (no single country: 'several or none')."""
    events = load("events", root)
    frame = events.assign(
        year=events["start_date"].dt.year.astype("Int64").astype(str),
        country=events["country"].astype("string").fillna("several or none"),
    )
    return frame.groupby(["year", "country"]).size().rename("events").reset_index()


def network_data(root: Path | None = None) -> tuple[Any, Any]:
    """(nodes, edges) of the most connected actors (the largest connected group among them),
    laid out by networkx's Kamada-Kawai layout (deterministic); edges of the less frequent
    predicates are grouped as "other predicates"."""
    import networkx as nx
    import pandas as pd

    graph = nx.Graph()
    relations = load("relations", root)
    for row in relations.itertuples():
        graph.add_edge(row.subject_id, row.object_id)
    top = {name for name, _ in sorted(graph.degree, key=lambda i: (-i[1], i[0]))[:NETWORK_SIZE]}
    keep = max(nx.connected_components(graph.subgraph(top)), key=lambda c: (len(c), sorted(c)))
    # A graph of its own, nodes and edges sorted: a subgraph view iterates in set order,
    # which string hashing changes from one process to the next.
    shown = nx.Graph()
    shown.add_nodes_from(sorted(keep))
    shown.add_edges_from(sorted(tuple(sorted(e)) for e in graph.subgraph(keep).edges))
    positions = nx.kamada_kawai_layout(shown)
    names = load("entities", root).set_index("entity_id")["name"]
    degree = dict(graph.degree)
    nodes = pd.DataFrame(
        [(n, names[n], round(float(positions[n][0]), 4), round(float(positions[n][1]), 4),
          degree[n]) for n in sorted(keep)],
        columns=["entity_id", "name", "x", "y", "degree"],
    )  # fmt: skip
    inside = relations[relations.subject_id.isin(keep) & relations.object_id.isin(keep)]
    counts = inside.predicate.astype(str).value_counts()
    common = sorted(counts.index, key=lambda p: (-counts[p], p))[:PREDICATE_COLOURS]
    edges = pd.DataFrame(
        {
            "relation_id": inside.relation_id.astype(str),
            "predicate": [p if p in common else "other predicates" for p in inside.predicate],
            "x": [round(float(positions[n][0]), 4) for n in inside.subject_id],
            "y": [round(float(positions[n][1]), 4) for n in inside.subject_id],
            "x2": [round(float(positions[n][0]), 4) for n in inside.object_id],
            "y2": [round(float(positions[n][1]), 4) for n in inside.object_id],
        }
    )
    return nodes, edges


def amounts_data(root: Path | None = None) -> Any:
    """Every amount in euros: stated, or computed at the report's rate."""
    amounts = load("amounts", root)
    frame = amounts.assign(
        eur=amounts["eur"].fillna(amounts["eur_computed"]).astype("float64"),
        source=amounts["eur"].isna().map({True: "computed at the report's rate", False: "stated"}),
        label=amounts["subject"] + " (" + amounts["period"].fillna("no period") + ")",
    )
    return frame.dropna(subset=["eur"])[["amount_id", "entity_id", "label", "eur", "source"]]


def ownership_data(root: Path | None = None) -> Any:
    """Current stated stakes in the profiled companies (a stake that ended is left out),
    with the entities' names."""
    ownership = load("ownership", root)
    names = load("entities", root).set_index("entity_id")["name"]
    current = ownership[ownership["stake"].notna() & ownership["until"].isna()]
    return current.assign(
        company=current["company_id"].map(names).astype("string"),
        holder=current["holder_id"].map(names).astype("string"),
        stake=current["stake"].astype("float64"),
    )[["ownership_id", "company", "holder", "stake"]]


def _timeline(alt: Any, root: Path | None) -> Any:
    return (
        alt.Chart(timeline_data(root), title="Dated events by year")
        .mark_bar()
        .encode(
            x=alt.X("year:O", title="year"),
            y=alt.Y("events:Q", title="events"),
            color=alt.Color("country:N", title="country"),
        )
    )


def _network(alt: Any, root: Path | None) -> Any:
    nodes, edges = network_data(root)
    lines = alt.Chart(edges).mark_rule(opacity=0.6).encode(
        x=alt.X("x:Q", axis=None), y=alt.Y("y:Q", axis=None), x2="x2:Q", y2="y2:Q",
        color=alt.Color("predicate:N", title="predicate"),
    )  # fmt: skip
    points = (
        alt.Chart(nodes)
        .mark_circle(color="#333")
        .encode(x="x:Q", y="y:Q", size=alt.Size("degree:Q", title="relations"))
    )
    labels = alt.Chart(nodes).mark_text(dy=-10, fontSize=9).encode(x="x:Q", y="y:Q", text="name")
    title = f"Relations among the most connected actors (of the top {NETWORK_SIZE})"
    return alt.layer(lines, points, labels, title=title).properties(width=700, height=560)


def _amounts(alt: Any, root: Path | None) -> Any:
    title = "Amounts in euros (log scale)"
    return (
        alt.Chart(amounts_data(root), title=title)
        .mark_point(filled=True, size=90)
        .encode(
            x=alt.X("eur:Q", title="euros", scale=alt.Scale(type="log")),
            y=alt.Y("label:N", title=None, sort="-x", axis=alt.Axis(labelLimit=420)),
            color=alt.Color("source:N", title="euro value"),
            shape=alt.Shape("source:N", title="euro value"),
        )
    )


def _ownership(alt: Any, root: Path | None) -> Any:
    title = "Current stated stakes in the profiled companies"
    return (
        alt.Chart(ownership_data(root), title=title)
        .mark_bar()
        .encode(
            x=alt.X("stake:Q", title="stake (%)"),
            y=alt.Y("company:N", title=None),
            color=alt.Color(
                "holder:N",
                title="holder",
                scale=alt.Scale(scheme="tableau20"),
                legend=alt.Legend(labelLimit=320),
            ),
        )
    )


CHARTS: dict[str, Callable[[Any, Path | None], Any]] = {
    "timeline": _timeline,
    "network": _network,
    "amounts": _amounts,
    "ownership": _ownership,
}


def chart_spec(name: str, root: Path | None = None) -> dict[str, Any]:
    """The Vega-Lite spec of a chart, data inlined, font fixed."""
    alt, _ = _libraries()
    chart = CHARTS[name](alt, root).configure(font=FONT)
    return chart.to_dict()


def write_charts(out: Path, root: Path | None = None) -> list[Path]:
    """Every chart of the package at `root` (default: ours) as SVG and PNG in `out`."""
    _, vlc = _libraries()
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name in CHARTS:
        spec = chart_spec(name, root)
        svg, png = out / f"{name}.svg", out / f"{name}.png"
        svg.write_text(vlc.vegalite_to_svg(spec), "utf-8")
        png.write_bytes(vlc.vegalite_to_png(spec, scale=2))
        written += [svg, png]
    return written
