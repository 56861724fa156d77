"""Runs the selected checks in order on one package folder: the frictionless child first
(it uses the other core), then the checks on the descriptor, the files and the tables."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from ..extras import require_installed
from ..source.pin import Source
from ..spec import TABLES
from .context import Context
from .descriptor import check_descriptor, read_descriptor
from .findings import TableStatus, ValidationReport
from .frictionless_check import Concurrent
from .integrity import check_croissant, check_files

# What the checks use beyond pandas and pyarrow (the `validate` extra).
VALIDATION_STACK = ("pandera", "frictionless", "pycountry")

# The checks that read the tables import pandas: they are imported after the frictionless
# child has started, so that its start overlaps with that import.

CHECKS = (
    "descriptor", "files", "croissant", "csv", "parquet", "schema", "twins", "keys", "counts",
    "consistency", "frictionless", "source",
)  # fmt: skip
_READS_TABLES = {"csv", "parquet", "schema", "twins", "keys", "counts", "consistency", "source"}


def _table_checks() -> dict[str, Callable[[Context], None]]:
    """The checks on the tables as read, by name, in the order they run."""
    from .consistency import check_consistency
    from .counts import check_counts
    from .keys import check_keys
    from .reading import check_twins
    from .schema import check_schema

    return {
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
    require_installed(VALIDATION_STACK, "validate", "validating the package")
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
    if not _READS_TABLES & set(selected):
        return
    from .reading import read_tables

    read_tables(ctx)
    for name, check in _table_checks().items():
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
    from .source import check_source

    return check_source(ctx, source, rebuilt)
