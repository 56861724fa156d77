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

from typing import Any

# The frictionless child process imports this package: the checks themselves (and pandas)
# are imported only when `validate_package` is first used.
__all__ = ["CHECKS", "Finding", "ValidationReport", "validate_package"]


def __getattr__(name: str) -> Any:
    if name in ("CHECKS", "validate_package"):
        from . import runner

        return getattr(runner, name)
    if name in ("Finding", "ValidationReport"):
        from . import findings

        return getattr(findings, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
