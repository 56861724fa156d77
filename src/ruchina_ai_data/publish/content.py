"""The content checksum of a table: sha256 of its rows, independent of file format.

Each cell is written in one canonical way (empty for missing, integers in decimal, numbers
as Python's shortest round-trip repr, booleans as true/false, dates as ISO 8601, text as
is); each row is the JSON array of its cells in declared column order; the rows are sorted
and joined by newlines. The CSV and the Parquet twin of a table, read with the declared
types, give the same checksum; any added, lost or changed row gives another.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ..hashing import sha256_text
from ..spec import Table


@dataclass(frozen=True)
class TableContent:
    """How many rows a table has and the checksum of their content."""

    rows: int
    digest: str  # sha256:<hex>


def canonical_cell(value: Any, column_type: str) -> str:
    """One cell as text, the same whether it was read from CSV, Parquet or Python rows."""
    if value is None:
        return ""
    if column_type == "integer":
        return str(int(value))
    if column_type == "number":
        return repr(float(value))
    if column_type == "boolean":
        return "true" if value else "false"
    if column_type == "date":
        return value.isoformat()[:10]
    return str(value)


def canonical_rows(table: Table, columns: Sequence[Sequence[Any]]) -> list[list[str]]:
    """A table given as one list of values per declared column, as rows of canonical cells."""
    types = [c.type for c in table.columns]
    return [
        [canonical_cell(v, t) for v, t in zip(row, types, strict=True)]
        for row in zip(*columns, strict=True)
    ]


def digest(rows: Iterable[list[str]]) -> str:
    """`sha256:<hex>` of canonical rows, whatever their order."""
    lines = sorted(json.dumps(row, ensure_ascii=False) for row in rows)
    return "sha256:" + sha256_text("\n".join(lines))


def content_hash(table: Table, columns: Sequence[Sequence[Any]]) -> str:
    """The content checksum of a table given as one list of values per declared column."""
    return digest(canonical_rows(table, columns))


def rows_as_columns(table: Table, rows: Iterable[dict[str, Any]]) -> list[list[Any]]:
    """Rows (dicts) as one list per declared column."""
    rows = list(rows)
    return [[row.get(c.name) for row in rows] for c in table.columns]
