"""The actors and their relations as a graph: networkx for Python users, GraphML and
node-link JSON for Gephi, Cytoscape and the web (the `explore` extra)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from ..extras import require
from ..loader import path

GRAPH_FORMATS = ("graphml", "json")
NODE_COLUMNS = ("name", "kind", "subkind", "country", "description")
EDGE_COLUMNS = (
    "predicate", "detail", "start_period", "end_period", "section", "footnote_en", "footnote_fr",
)  # fmt: skip


def _networkx() -> Any:
    return require("networkx", "explore", "the graph")


def _rows(name: str, root: Path | None) -> list[dict[str, Any]]:
    return pq.read_table(path(name, root=root)).to_pylist()


def graph(root: Path | None = None) -> Any:
    """A networkx MultiDiGraph: one node per entity, one edge per relation (keyed by its id,
    from subject to object), attributes as published; missing values are left out."""
    nx = _networkx()
    found = nx.MultiDiGraph(name="ruchina-ai-data relations")
    for row in _rows("entities", root):
        attrs = {k: row[k] for k in NODE_COLUMNS if row[k] is not None}
        found.add_node(row["entity_id"], **attrs)
    for row in _rows("relations", root):
        attrs = {k: row[k] for k in EDGE_COLUMNS if row[k] is not None}
        found.add_edge(row["subject_id"], row["object_id"], key=row["relation_id"], **attrs)
    return found


def write_graph(out: Path, format: str = "graphml", root: Path | None = None) -> Path:
    """Write the graph as GraphML or node-link JSON (deterministic: sorted, no timestamps)."""
    if format not in GRAPH_FORMATS:
        raise ValueError(f"unknown graph format {format!r}: use one of {GRAPH_FORMATS}")
    nx = _networkx()
    found = graph(root)
    if format == "graphml":
        nx.write_graphml(found, out, encoding="utf-8", prettyprint=True)
    else:
        data = nx.node_link_data(found, edges="edges")
        out.write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
    return out
