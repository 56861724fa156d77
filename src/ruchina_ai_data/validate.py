"""The validator: trusts nothing the build wrote and names every defect it finds.

Checks, in order: the descriptor against the spec; each file's presence, size and sha256;
CSV text (encoding, conflict markers, header); Parquet readability and Arrow schema; every
table through its Pandera schema (all errors collected); CSV and Parquet twins equal;
foreign keys; the whole package through frictionless; and, where the source report is
present, evidence spans and a fresh rebuild compared with the files.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from .datapackage import DESCRIPTOR, FORMATS, file_stats, relative_path, resource_name
from .files import arrow_type
from .loader import apply_dtypes, frame_from_csv, frame_from_parquet
from .spec import TABLES, TABLES_BY_NAME, Table
from .tableschema import table_schema

CONFLICT_MARKERS = ("<<<<<<< ", "=======", ">>>>>>> ")
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
    """All findings, per-table summaries and the checks that were skipped."""

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


def _check_descriptor(report: ValidationReport) -> dict[str, Any] | None:
    path = report.root / DESCRIPTOR
    if not path.is_file():
        report.add(Finding("descriptor", f"{DESCRIPTOR} is missing", file=DESCRIPTOR))
        return None
    try:
        descriptor = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        report.add(
            Finding("descriptor", f"{DESCRIPTOR} is not valid JSON: {error}", file=DESCRIPTOR)
        )
        return None
    resources = {r.get("name"): r for r in descriptor.get("resources", [])}
    expected = {resource_name(t.name, f) for t in TABLES for f in FORMATS}
    for name in sorted(set(resources) - expected):
        report.add(
            Finding("descriptor", f"resource {name!r} is not declared in the spec", file=DESCRIPTOR)
        )
    for table in TABLES:
        for fmt in FORMATS:
            name = resource_name(table.name, fmt)
            resource = resources.get(name)
            if resource is None:
                report.add(
                    Finding(
                        "descriptor",
                        f"resource {name!r} is missing",
                        table=table.name,
                        file=DESCRIPTOR,
                    )
                )
                continue
            if resource.get("path") != relative_path(table.name, fmt):
                report.add(
                    Finding(
                        "descriptor",
                        f"resource {name!r} points at "
                        f"{resource.get('path')!r}, expected "
                        f"{relative_path(table.name, fmt)!r}",
                        table=table.name,
                        file=DESCRIPTOR,
                    )
                )
        csv_resource = resources.get(table.name)
        if csv_resource is not None and csv_resource.get("schema") != table_schema(table):
            report.add(
                Finding(
                    "descriptor",
                    _schema_difference(csv_resource.get("schema"), table),
                    table=table.name,
                    file=DESCRIPTOR,
                )
            )
    return descriptor


def _schema_difference(declared: Any, table: Table) -> str:
    expected = table_schema(table)
    if not isinstance(declared, dict):
        return "the resource has no schema"
    fields = {f.get("name"): f for f in declared.get("fields", [])}
    for want in expected["fields"]:
        have = fields.get(want["name"])
        if have is None:
            return f"field {want['name']!r} is missing from the schema"
        for key in ("type", "constraints"):
            if have.get(key) != want.get(key):
                return (
                    f"field {want['name']!r} has {key} {have.get(key)!r}, the spec says "
                    f"{want.get(key)!r}"
                )
    extra = sorted(set(fields) - {f["name"] for f in expected["fields"]})
    if extra:
        return f"schema declares fields not in the spec: {extra}"
    for key in ("primaryKey", "foreignKeys", "missingValues"):
        if declared.get(key) != expected.get(key):
            return f"schema {key} is {declared.get(key)!r}, the spec says {expected.get(key)!r}"
    return "schema differs from the spec"


def _check_files(report: ValidationReport, descriptor: dict[str, Any]) -> set[str]:
    """Sizes and hashes recomputed; returns the relative paths that are present."""
    present: set[str] = set()
    for resource in descriptor.get("resources", []):
        rel = resource.get("path")
        table = resource.get("twin") or resource.get("name")
        table = table if table in TABLES_BY_NAME else None
        file = report.root / str(rel)
        if not file.is_file():
            report.add(Finding("files", "file is missing", table=table, file=rel))
            continue
        present.add(rel)
        size, digest = file_stats(file)
        if resource.get("bytes") != size:
            report.add(
                Finding(
                    "files",
                    f"size is {size} bytes, datapackage.json says {resource.get('bytes')}",
                    table=table,
                    file=rel,
                )
            )
        if resource.get("hash") != f"sha256:{digest}":
            report.add(
                Finding(
                    "files",
                    f"sha256 is {digest}, datapackage.json says {resource.get('hash')}",
                    table=table,
                    file=rel,
                )
            )
    return present


def _check_croissant(report: ValidationReport) -> None:
    """`croissant.json`, where present, must describe the same bytes as the files."""
    from .croissant import CROISSANT

    path = report.root / CROISSANT
    if not path.is_file():
        report.skipped.append(f"{CROISSANT} absent: its checks skipped")
        return
    try:
        metadata = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        report.add(Finding("croissant", f"not valid JSON: {error}", file=CROISSANT))
        return
    for item in metadata.get("distribution", []):
        rel = str(item.get("contentUrl"))
        file = report.root / rel
        if not file.is_file():
            report.add(Finding("croissant", f"describes {rel}, which is missing", file=CROISSANT))
            continue
        size, digest = file_stats(file)
        if item.get("sha256") != digest or item.get("contentSize") != f"{size} B":
            report.add(
                Finding(
                    "croissant", f"sha256 or size of {rel} does not match the file", file=CROISSANT
                )
            )


def _check_csv_text(report: ValidationReport, table: Table, rel: str) -> bool:
    raw = (report.root / rel).read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        report.add(Finding("csv", f"not valid UTF-8: {error}", table=table.name, file=rel))
        return False
    if text.startswith("\ufeff"):
        report.add(Finding("csv", "starts with a byte-order mark", table=table.name, file=rel))
    ok = True
    for number, line in enumerate(text.split("\n"), start=1):
        if line.startswith(CONFLICT_MARKERS):
            report.add(
                Finding(
                    "csv",
                    f"merge-conflict marker on line {number}: {line[:40]!r}",
                    table=table.name,
                    file=rel,
                )
            )
            ok = False
    header = text.split("\n", 1)[0].split(",")
    if header != table.column_names:
        extra = [c for c in header if c not in table.column_names]
        missing = [c for c in table.column_names if c not in header]
        detail = f"undeclared columns {extra}" if extra else ""
        detail += ("; " if detail and missing else "") + (
            f"missing columns {missing}" if missing else ""
        )
        report.add(
            Finding(
                "csv",
                f"header does not match the spec: {detail or 'column order differs'}",
                table=table.name,
                file=rel,
            )
        )
        ok = False
    return ok


def _check_parquet_schema(report: ValidationReport, table: Table, rel: str) -> bool:
    import pyarrow.parquet as pq

    try:
        schema = pq.read_schema(report.root / rel)
        pq.read_table(report.root / rel)
    except Exception as error:  # pyarrow raises several types for corrupt files
        report.add(
            Finding("parquet", f"cannot be read as Parquet: {error}", table=table.name, file=rel)
        )
        return False
    names = schema.names
    ok = True
    for name in names:
        if name not in table.column_names:
            report.add(
                Finding("parquet", "undeclared column", table=table.name, file=rel, column=name)
            )
            ok = False
    for column in table.columns:
        if column.name not in names:
            report.add(
                Finding(
                    "parquet",
                    "declared column is missing",
                    table=table.name,
                    file=rel,
                    column=column.name,
                )
            )
            ok = False
            continue
        actual = schema.field(column.name).type
        if actual != arrow_type(column):
            report.add(
                Finding(
                    "parquet",
                    f"Arrow type {actual}, the spec says {arrow_type(column)}",
                    table=table.name,
                    file=rel,
                    column=column.name,
                )
            )
            ok = False
    return ok


def _pandera_findings(
    report: ValidationReport, table: Table, rel: str, frame: pd.DataFrame
) -> None:
    import pandera.errors as pe

    from .schemas import schema

    try:
        schema(table.name).validate(frame, lazy=True)
    except pe.SchemaErrors as errors:
        cases = errors.failure_cases
        for _, case in cases.head(MAX_FINDINGS_PER_CHECK).iterrows():
            index = case.get("index")
            row = int(index) + 1 if index is not None and not pd.isna(index) else None
            column = case.get("column")
            report.add(
                Finding(
                    "schema",
                    f"{case.get('check')}: value {case.get('failure_case')!r}",
                    table=table.name,
                    file=rel,
                    row=row,
                    column=str(column) if column is not None and not pd.isna(column) else None,
                )
            )
        if len(cases) > MAX_FINDINGS_PER_CHECK:
            report.add(
                Finding(
                    "schema",
                    f"{len(cases) - MAX_FINDINGS_PER_CHECK} more failures not listed",
                    table=table.name,
                    file=rel,
                )
            )


def _compare_frames(left: pd.DataFrame, right: pd.DataFrame) -> tuple[int, str, Any, Any] | None:
    """First differing cell (0-based row, column, left, right), or None when equal."""
    if list(left.columns) != list(right.columns):
        return (0, "(columns)", list(left.columns), list(right.columns))
    if len(left) != len(right):
        return (min(len(left), len(right)), "(row count)", len(left), len(right))
    for column in left.columns:
        a = left[column].astype(object).where(left[column].notna(), None).tolist()
        b = right[column].astype(object).where(right[column].notna(), None).tolist()
        for row, (x, y) in enumerate(zip(a, b, strict=True)):
            if x != y:
                return (row, str(column), x, y)
    return None


def _check_foreign_keys(report: ValidationReport, frames: dict[str, pd.DataFrame]) -> None:
    for table in TABLES:
        frame = frames.get(table.name)
        if frame is None:
            continue
        for fk in table.foreign_keys:
            target = frames.get(fk.resource)
            if target is None:
                continue
            keys = set(zip(*(target[c].astype(object) for c in fk.reference), strict=True))
            values = list(zip(*(frame[c].astype(object) for c in fk.fields), strict=True))
            shown = 0
            for row, value in enumerate(values, start=1):
                if any(pd.isna(v) for v in value) or value in keys:
                    continue
                shown += 1
                if shown <= MAX_FINDINGS_PER_CHECK:
                    report.add(
                        Finding(
                            "foreign-key",
                            f"{', '.join(map(str, value))} not found in "
                            f"{fk.resource}.{', '.join(fk.reference)}",
                            table=table.name,
                            file=relative_path(table.name, "csv"),
                            row=row,
                            column=", ".join(fk.fields),
                        )
                    )


def _check_consistency(report: ValidationReport, frames: dict[str, pd.DataFrame]) -> None:
    from .consistency import (
        check_codes,
        check_conversions,
        check_dates,
        check_metric_units,
        check_ownership,
    )

    problems = []
    if "ownership" in frames:
        problems += check_ownership(frames["ownership"])
    if "entities" in frames and "events" in frames:
        problems += check_codes(frames["entities"], frames["events"])
    if "events" in frames:
        problems += check_dates(frames["events"])
    if "amounts" in frames and "exchange_rates" in frames:
        problems += check_conversions(frames["amounts"], frames["exchange_rates"])
    if "figures" in frames and "metrics" in frames:
        problems += check_metric_units(frames["figures"], frames["metrics"])
    for problem in problems:
        report.add(
            Finding(
                "conversion" if problem.table == "amounts" else "consistency",
                problem.message,
                table=problem.table,
                file=relative_path(problem.table, "parquet"),
                row=problem.row,
                column=problem.column,
            )
        )


def _check_frictionless(report: ValidationReport) -> None:
    from frictionless import FrictionlessException, Package

    try:
        result = Package(str(report.root / DESCRIPTOR)).validate()
    except FrictionlessException as error:
        report.add(Finding("frictionless", str(error), file=DESCRIPTOR))
        return
    for task in result.tasks:
        for error in task.errors:
            row = getattr(error, "row_number", None)
            column = getattr(error, "field_name", None)
            report.add(
                Finding(
                    "frictionless",
                    f"{error.type}: {error.message}",
                    table=task.name.removesuffix("-parquet"),
                    file=task.place,
                    row=row - 1 if isinstance(row, int) else None,
                    column=column,
                )
            )
    for error in result.errors:
        report.add(Finding("frictionless", f"{error.type}: {error.message}"))


def _check_against_source(
    report: ValidationReport, frames: dict[str, pd.DataFrame], source: str | os.PathLike[str] | None
) -> None:
    from .build import build_tables
    from .files import to_arrow
    from .parser import parse_report, plain_text
    from .source import ENV_VAR, REPORT_SHA256, SourceError, read_source

    try:
        _, text = read_source(source)
    except SourceError as error:
        if source or os.environ.get(ENV_VAR):
            report.add(Finding("source", str(error)))
        else:
            report.skipped.append(f"checks against the source report skipped: {error}")
        return
    report.checks_run.append("source")
    editions = frames.get("editions")
    if editions is not None:
        for row, digest in enumerate(editions["source_sha256"].tolist(), start=1):
            if digest != REPORT_SHA256:
                report.add(
                    Finding(
                        "source",
                        f"source_sha256 is {digest}, the pinned report is {REPORT_SHA256}",
                        table="editions",
                        row=row,
                        column="source_sha256",
                    )
                )
    lines = parse_report(text).lines
    for table in TABLES:
        frame = frames.get(table.name)
        if frame is None:
            continue
        for code in ("en", "fr"):
            span, line = f"evidence_{code}", f"line_{code}"
            if span not in frame.columns or line not in frame.columns:
                continue
            for row, (evidence, number) in enumerate(
                zip(frame[span], frame[line], strict=True), start=1
            ):
                if pd.isna(evidence):
                    continue
                if pd.isna(number) or not 1 <= int(number) <= len(lines):
                    report.add(
                        Finding(
                            "source",
                            f"{line} {number} is not a line of the report",
                            table=table.name,
                            row=row,
                            column=line,
                        )
                    )
                elif evidence not in plain_text(lines[int(number) - 1]):
                    report.add(
                        Finding(
                            "source",
                            f"evidence {evidence!r} is not on line {int(number)} of the report",
                            table=table.name,
                            row=row,
                            column=span,
                        )
                    )
    try:
        rebuilt = build_tables(source)
    except ValueError as error:
        report.add(Finding("source", f"the tables cannot be rebuilt from the report: {error}"))
        return
    for table in TABLES:
        frame = frames.get(table.name)
        if frame is None:
            continue
        fresh = to_arrow(table, rebuilt[table.name]).to_pandas()

        difference = _compare_frames(frame, apply_dtypes(fresh, table))
        if difference is not None:
            row, column, have, want = difference
            report.add(
                Finding(
                    "source",
                    f"differs from a rebuild from the report: the file has "
                    f"{have!r}, the report gives {want!r}",
                    table=table.name,
                    row=row + 1,
                    column=column,
                )
            )


_READERS = {
    "csv": (_check_csv_text, frame_from_csv),
    "parquet": (_check_parquet_schema, frame_from_parquet),
}


def validate_package(
    root: Path, source: str | os.PathLike[str] | None = None, *, against_source: bool = True
) -> ValidationReport:
    """Run every check on the package under `root`."""
    report = ValidationReport(root=root)
    report.tables = {t.name: TableStatus(t.name, columns=len(t.columns)) for t in TABLES}
    report.checks_run.append("descriptor")
    descriptor = _check_descriptor(report)
    if descriptor is None:
        return report
    report.checks_run.append("files")
    present = _check_files(report, descriptor)
    report.checks_run.append("croissant")
    _check_croissant(report)
    frames: dict[str, pd.DataFrame] = {}
    report.checks_run += ["csv", "parquet", "schema", "twins", "foreign-key"]
    for table in TABLES:
        status = report.tables[table.name]
        twins: dict[str, pd.DataFrame] = {}
        for fmt, (check, read) in _READERS.items():
            rel = relative_path(table.name, fmt)
            if rel not in present:
                continue
            setattr(status, f"{fmt}_bytes", (root / rel).stat().st_size)
            if not check(report, table, rel):
                continue
            try:
                twins[fmt] = read(table, root / rel)
            except (ValueError, TypeError) as error:
                report.add(
                    Finding(
                        fmt,
                        f"cannot be read with the declared types: {error}",
                        table=table.name,
                        file=rel,
                    )
                )
        csv_rel, parquet_rel = (
            relative_path(table.name, "csv"),
            relative_path(table.name, "parquet"),
        )
        csv_frame, parquet_frame = twins.get("csv"), twins.get("parquet")
        for rel, frame in ((csv_rel, csv_frame), (parquet_rel, parquet_frame)):
            if frame is not None:
                _pandera_findings(report, table, rel, frame)
        if csv_frame is not None and parquet_frame is not None:
            difference = _compare_frames(csv_frame, parquet_frame)
            if difference is not None:
                row, column, have, want = difference
                report.add(
                    Finding(
                        "twins",
                        f"CSV has {have!r}, Parquet has {want!r}",
                        table=table.name,
                        file=csv_rel,
                        row=row + 1,
                        column=column,
                    )
                )
        frame = parquet_frame if parquet_frame is not None else csv_frame
        if frame is not None:
            frames[table.name] = frame
            status.rows = len(frame)
    _check_foreign_keys(report, frames)
    report.checks_run.append("consistency")
    _check_consistency(report, frames)
    report.checks_run.append("frictionless")
    _check_frictionless(report)
    if against_source:
        _check_against_source(report, frames, source)
    else:
        report.skipped.append("checks against the source report skipped on request")
    return report
