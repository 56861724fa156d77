"""Where a package's files are, relative to its root, and what the descriptor calls them
(no imports: the checks and the frictionless child use it without loading the writers)."""

from __future__ import annotations

DESCRIPTOR = "datapackage.json"
CROISSANT = "croissant.json"
DATA_DIR = "datasets"
FORMATS = {"csv": "text/csv", "parquet": "application/vnd.apache.parquet"}


def resource_name(table: str, fmt: str) -> str:
    """CSV resources carry the table's name; Parquet twins add '-parquet'."""
    return table if fmt == "csv" else f"{table}-parquet"


def relative_path(table: str, fmt: str) -> str:
    """Path of a table file relative to the package root."""
    return f"{DATA_DIR}/{table}.{fmt}"
