"""What validation reports: findings (check, place, message), a summary line per table, and
which checks ran or were skipped."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

MAX_FINDINGS_PER_CHECK = 20


@dataclass(frozen=True)
class Finding:
    """One defect: which check found it, where, and what is wrong."""

    check: str
    message: str
    table: str | None = None
    file: str | None = None
    row: int | None = None
    column: str | None = None

    def __str__(self) -> str:
        place = [
            f"table {self.table}" if self.table else None,
            self.file,
            f"row {self.row}" if self.row is not None else None,
            f"column {self.column}" if self.column else None,
        ]
        where = ", ".join(p for p in place if p)
        return (
            f"[{self.check}] {where}: {self.message}" if where else f"[{self.check}] {self.message}"
        )


@dataclass
class TableStatus:
    """Summary line of one table."""

    name: str
    rows: int | None = None
    columns: int | None = None
    csv_bytes: int | None = None
    parquet_bytes: int | None = None
    errors: int = 0


@dataclass
class ValidationReport:
    """All findings, per-table summaries and the checks that ran or were skipped."""

    root: Path
    findings: list[Finding] = field(default_factory=list)
    tables: dict[str, TableStatus] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)
    checks_run: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.findings

    def add(self, finding: Finding) -> None:
        self.findings.append(finding)
        if finding.table and finding.table in self.tables:
            self.tables[finding.table].errors += 1
