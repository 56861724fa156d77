"""Every published table written to SQLite with sqlite-utils: declared primary and foreign
keys, column types from the spec, and full-text search over the prose columns."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from ..extras import require
from ..loader import path
from ..spec import TABLES, Table

SQLITE_TYPES = {
    "string": str,
    "category": str,
    "integer": int,
    "number": float,
    "boolean": int,
    "date": str,
}
# Prose worth searching: evidence spans, descriptions, footnote and bibliography texts, and
# what a statement names and is covered by (statements hold no text of the report).
SEARCHED = (
    "name", "title", "description", "text", "detail", "summary", "note", "subject",
    "evidence_en", "evidence_fr", "version_en", "version_fr", "entity_ids", "covered_by",
    "authors", "container",
)  # fmt: skip


def _sqlite_utils() -> Any:
    return require("sqlite_utils", "explore", "the explorer")


def _cell(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def searched_columns(table: Table) -> list[str]:
    """The columns of a table the full-text index covers."""
    return [c.name for c in table.columns if c.name in SEARCHED]


def write_database(out: Path, root: Path | None = None) -> Path:
    """Write every table of the package at `root` (default: ours) to a new SQLite file."""
    sqlite_utils = _sqlite_utils()
    out.unlink(missing_ok=True)
    db = sqlite_utils.Database(out)
    for table in TABLES:
        rows = pq.read_table(path(table.name, root=root)).to_pylist()
        columns = {c.name: SQLITE_TYPES[c.type] for c in table.columns}
        pk = table.primary_key[0] if len(table.primary_key) == 1 else table.primary_key
        db[table.name].insert_all(
            ({k: _cell(v) for k, v in row.items()} for row in rows),
            pk=pk,
            columns=columns,
            column_order=list(columns),
        )
        db[table.name].create(columns, pk=pk, if_not_exists=True)  # an empty table too
    db.add_foreign_keys(
        [
            (table.name, key.fields[0], key.resource, key.reference[0])
            for table in TABLES
            for key in table.foreign_keys
        ]
    )
    for table in TABLES:
        searched = searched_columns(table)
        if searched:
            db[table.name].enable_fts(searched, fts_version="FTS5", tokenize="unicode61")
    db.index_foreign_keys()
    db.conn.execute("VACUUM")
    db.close()
    return out
