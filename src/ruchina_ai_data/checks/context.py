"""What the checks share: the package folder, its descriptor, the files present, and each
table read once per file with the declared types (and as canonical rows)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..publish.content import canonical_rows, digest
from ..spec import Table
from .findings import Finding, ValidationReport

if TYPE_CHECKING:
    import pandas as pd

FORMATS = ("csv", "parquet")


def frame_columns(table: Table, frame: pd.DataFrame) -> list[list[Any]]:
    """A typed frame as one list of Python values per declared column (None for missing)."""
    columns = []
    for column in table.columns:
        series = frame[column.name]
        missing = series.isna().tolist()
        values = series.tolist()
        columns.append([None if m else v for v, m in zip(values, missing, strict=True)])
    return columns


@dataclass
class Context:
    """The package under validation, read once and shared by every check."""

    root: Path
    report: ValidationReport
    descriptor: dict[str, Any] | None = None
    present: set[str] = field(default_factory=set)
    frames: dict[str, dict[str, pd.DataFrame]] = field(default_factory=dict)
    _canonical: dict[tuple[str, str], list[list[str]]] = field(default_factory=dict)
    _python: dict[tuple[str, str], list[list[Any]]] = field(default_factory=dict)
    _same: dict[str, bool] = field(default_factory=dict)
    _digests: dict[tuple[str, str], str] = field(default_factory=dict)

    def add(self, finding: Finding) -> None:
        self.report.add(finding)

    def frame(self, table: str) -> pd.DataFrame | None:
        """The table as read from its Parquet file, else from its CSV file."""
        twins = self.frames.get(table, {})
        return twins.get("parquet", twins.get("csv"))

    def python(self, table: Table, fmt: str) -> list[list[Any]]:
        """One file's columns as Python values (None for missing), computed once."""
        key = (table.name, fmt)
        if key not in self._python:
            self._python[key] = frame_columns(table, self.frames[table.name][fmt])
        return self._python[key]

    def values(self, table: Table, column: str) -> list[Any] | None:
        """A column of the table as read (Parquet, else CSV) as Python values, or None."""
        twins = self.frames.get(table.name, {})
        fmt = "parquet" if "parquet" in twins else "csv" if "csv" in twins else None
        if fmt is None:
            return None
        return self.python(table, fmt)[table.column_names.index(column)]

    def same_twins(self, table: Table) -> bool:
        """Whether the CSV and the Parquet file read as equal frames (then the CSV's rows are
        not converted again: they are the Parquet file's)."""
        if table.name not in self._same:
            twins = self.frames.get(table.name, {})
            self._same[table.name] = (
                "csv" in twins and "parquet" in twins and twins["csv"].equals(twins["parquet"])
            )
        return self._same[table.name]

    def canonical(self, table: Table, fmt: str) -> list[list[str]]:
        """The rows of one file as canonical cells (see publish/content.py), computed once."""
        if fmt == "csv" and self.same_twins(table):
            fmt = "parquet"
        key = (table.name, fmt)
        if key not in self._canonical:
            self._canonical[key] = canonical_rows(table, self.python(table, fmt))
        return self._canonical[key]

    def content(self, table: Table, fmt: str) -> str:
        """The content checksum of one file (computed once for equal twins)."""
        if fmt == "csv" and self.same_twins(table):
            fmt = "parquet"
        key = (table.name, f"{fmt}:digest")
        if key not in self._digests:
            self._digests[key] = digest(self.canonical(table, fmt))
        return self._digests[key]

    def resource(self, table: str) -> dict[str, Any]:
        """The descriptor's (CSV) resource of a table, or an empty dict."""
        for resource in (self.descriptor or {}).get("resources", []):
            if resource.get("name") == table:
                return resource
        return {}
