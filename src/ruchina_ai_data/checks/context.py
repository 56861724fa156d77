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
    return [
        frame[c.name].astype(object).where(frame[c.name].notna(), None).tolist()
        for c in table.columns
    ]


@dataclass
class Context:
    """The package under validation, read once and shared by every check."""

    root: Path
    report: ValidationReport
    descriptor: dict[str, Any] | None = None
    present: set[str] = field(default_factory=set)
    frames: dict[str, dict[str, pd.DataFrame]] = field(default_factory=dict)
    _canonical: dict[tuple[str, str], list[list[str]]] = field(default_factory=dict)

    def add(self, finding: Finding) -> None:
        self.report.add(finding)

    def frame(self, table: str) -> pd.DataFrame | None:
        """The table as read from its Parquet file, else from its CSV file."""
        twins = self.frames.get(table, {})
        return twins.get("parquet", twins.get("csv"))

    def canonical(self, table: Table, fmt: str) -> list[list[str]]:
        """The rows of one file as canonical cells (see publish/content.py), computed once."""
        key = (table.name, fmt)
        if key not in self._canonical:
            columns = frame_columns(table, self.frames[table.name][fmt])
            self._canonical[key] = canonical_rows(table, columns)
        return self._canonical[key]

    def content(self, table: Table, fmt: str) -> str:
        """The content checksum of one file."""
        return digest(self.canonical(table, fmt))

    def resource(self, table: str) -> dict[str, Any]:
        """The descriptor's (CSV) resource of a table, or an empty dict."""
        for resource in (self.descriptor or {}).get("resources", []):
            if resource.get("name") == table:
                return resource
        return {}
