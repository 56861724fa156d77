"""Stage 6, checks: the validator. It trusts nothing the build wrote and names every defect
(check, table, file, row, column), one module per family of checks:

    descriptor    datapackage.json against the spec (schemas, paths, rows, contentHash)
    files         every file present with its declared size and sha256
    croissant     croissant.json describes the same bytes
    csv, parquet  each file readable with the declared header, types and categories
    schema        every table through its Pandera schema
    twins         CSV and Parquet hold the same cells
    keys          foreign keys, polymorphic references and lists of keys resolve
    counts        row counts and content checksums as declared; editions' counts agree
    consistency   conversions at the stated rates, units, stakes, codes, dates
    frictionless  the whole package through frictionless, in a process of its own
    source        where the report is at hand: spans at their lines, a rebuild equal to it

`validate_package(root, checks=[...])` runs a selection (the files they read are read in
any case); by default every check runs.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from ..source.pin import Source
from ..spec import TABLES
from .consistency import check_consistency
from .context import Context
from .counts import check_content, check_edition_counts
from .descriptor import check_descriptor, read_descriptor
from .findings import Finding, TableStatus, ValidationReport
from .frictionless_check import Concurrent
from .integrity import check_croissant, check_files
from .keys import check_keys
from .reading import check_twins, read_tables
from .schema import check_schema
from .source import check_source

CHECKS = (
    "descriptor", "files", "croissant", "csv", "parquet", "schema", "twins", "keys", "counts",
    "consistency", "frictionless", "source",
)  # fmt: skip
_READS_TABLES = {"csv", "parquet", "schema", "twins", "keys", "counts", "consistency", "source"}


def check_counts(ctx: Context) -> None:
    """Rows and content of every file, and the counts of `editions`."""
    check_content(ctx)
    check_edition_counts(ctx)


_ON_TABLES: dict[str, Callable[[Context], None]] = {
    "schema": check_schema,
    "twins": check_twins,
    "keys": check_keys,
    "counts": check_counts,
    "consistency": check_consistency,
}


def _selected(checks: Iterable[str] | None) -> list[str]:
    chosen = list(CHECKS if checks is None else checks)
    unknown = sorted(set(chosen) - set(CHECKS))
    if unknown:
        raise ValueError(f"unknown checks {unknown}; valid checks: {', '.join(CHECKS)}")
    return [c for c in CHECKS if c in chosen]


def validate_package(
    root: Path,
    source: str | os.PathLike[str] | Source | None = None,
    *,
    against_source: bool = True,
    checks: Iterable[str] | None = None,
    rebuilt: dict[str, list[dict[str, Any]]] | None = None,
) -> ValidationReport:
    """Run the selected checks (all by default) on the package under `root`. `rebuilt` are
    rows just built from `source`, so that the source check need not build them again."""
    selected = _selected(checks)
    report = ValidationReport(root=Path(root))
    report.tables = {t.name: TableStatus(t.name, columns=len(t.columns)) for t in TABLES}
    ctx = Context(Path(root), report)
    concurrent = None
    if "frictionless" in selected and (ctx.root / "datapackage.json").is_file():
        concurrent = Concurrent(ctx.root)  # started first: it runs on the other core
    ctx.descriptor = read_descriptor(ctx)
    if ctx.descriptor is None:
        if concurrent is not None:
            concurrent.stop()
        report.checks_run = ["descriptor"]
        return report
    _run_on_files(ctx, selected)
    if "source" in selected and not _run_source(ctx, against_source, source, rebuilt):
        selected = [c for c in selected if c != "source"]
    if concurrent is not None:
        for finding in concurrent.findings():
            report.add(finding)
    report.checks_run = selected
    return report


def _run_on_files(ctx: Context, selected: list[str]) -> None:
    """The selected checks that read the descriptor and the files."""
    if "descriptor" in selected:
        check_descriptor(ctx)
    check_files(ctx, verify="files" in selected)
    if "croissant" in selected:
        check_croissant(ctx)
    if _READS_TABLES & set(selected):
        read_tables(ctx)
    for name, check in _ON_TABLES.items():
        if name in selected:
            check(ctx)


def _run_source(
    ctx: Context,
    against_source: bool,
    source: str | os.PathLike[str] | Source | None,
    rebuilt: dict[str, list[dict[str, Any]]] | None,
) -> bool:
    """The source check, unless skipped on request; False when it did not run."""
    if not against_source:
        ctx.report.skipped.append("checks against the source report skipped on request")
        return False
    return check_source(ctx, source, rebuilt)


__all__ = ["CHECKS", "Finding", "ValidationReport", "validate_package"]
