"""Check `schema`: every table through its Pandera schema (types, constraints, keys), all
failures collected. A CSV that reads as the same rows as its Parquet twin is not validated
a second time."""

from __future__ import annotations

from typing import Any

import pandas as pd

from ..publish.paths import relative_path
from ..spec import TABLES, Table
from .context import Context
from .findings import MAX_FINDINGS_PER_CHECK, Finding


def _findings(ctx: Context, table: Table, rel: str, frame: pd.DataFrame) -> None:
    import pandera.errors as pe

    from ..schemas import schema

    try:
        schema(table.name).validate(frame, lazy=True)
    except pe.SchemaErrors as errors:
        cases = errors.failure_cases
        for _, case in cases.head(MAX_FINDINGS_PER_CHECK).iterrows():
            ctx.add(
                Finding("schema", f"{case.get('check')}: value {case.get('failure_case')!r}",
                        table=table.name, file=rel, row=_row(case.get("index")),
                        column=_column(case.get("column")))
            )  # fmt: skip
        if len(cases) > MAX_FINDINGS_PER_CHECK:
            message = f"{len(cases) - MAX_FINDINGS_PER_CHECK} more failures not listed"
            ctx.add(Finding("schema", message, table=table.name, file=rel))


def _row(index: Any) -> int | None:
    return int(index) + 1 if index is not None and not pd.isna(index) else None


def _column(column: Any) -> str | None:
    return str(column) if column is not None and not pd.isna(column) else None


def check_schema(ctx: Context) -> None:
    """The Parquet file of each table, and its CSV where the two differ."""
    for table in TABLES:
        twins = ctx.frames.get(table.name, {})
        for fmt in ("parquet", "csv"):
            if fmt not in twins:
                continue
            if (
                fmt == "csv"
                and "parquet" in twins
                and (ctx.canonical(table, "csv") == ctx.canonical(table, "parquet"))
            ):
                continue
            _findings(ctx, table, relative_path(table.name, fmt), twins[fmt])
