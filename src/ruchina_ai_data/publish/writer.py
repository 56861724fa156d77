"""Writes a build: every table as Parquet and CSV, its Table Schema, and the package
metadata generated from the spec and the written files (deterministic: two builds of the
same rows are byte-identical)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..spec import TABLES, Table
from .card import write_card
from .content import TableContent, content_hash, rows_as_columns
from .croissant import write_croissant
from .descriptor import write_descriptor
from .dictionary import write_dictionary
from .files import to_arrow, write_csv, write_json, write_parquet
from .paths import DATA_DIR, relative_path
from .table_schema import table_schema

SCHEMA_DIR = "schemas"


@dataclass(frozen=True)
class BuildResult:
    """What a build wrote."""

    root: Path
    rows: dict[str, int]


def _write_table(table: Table, rows: list[dict[str, Any]], root: Path) -> TableContent:
    write_parquet(to_arrow(table, rows), root / relative_path(table.name, "parquet"))
    write_csv(table, rows, root / relative_path(table.name, "csv"))
    schema = {"name": table.name, "title": table.title, "description": table.description}
    write_json(root / SCHEMA_DIR / f"{table.name}.json", {**schema, **table_schema(table)})
    return TableContent(len(rows), content_hash(table, rows_as_columns(table, rows)))


def write_package(rows: dict[str, list[dict[str, Any]]], root: Path) -> BuildResult:
    """Write Parquet, CSV, `schemas/*.json`, `datapackage.json`, `croissant.json` and the
    data dictionary under root. Tables are written on two threads (Parquet compression
    releases the GIL)."""
    (root / DATA_DIR).mkdir(parents=True, exist_ok=True)
    (root / SCHEMA_DIR).mkdir(parents=True, exist_ok=True)
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = {t.name: pool.submit(_write_table, t, rows[t.name], root) for t in TABLES}
        contents = {name: future.result() for name, future in futures.items()}
    write_descriptor(root, contents)
    write_croissant(root)
    write_dictionary(root)
    counts = {t.name: len(rows[t.name]) for t in TABLES}
    write_card(root, counts)
    return BuildResult(root=root, rows=counts)
