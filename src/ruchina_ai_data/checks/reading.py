"""Checks `csv`, `parquet` and `twins`: each file read once with the declared types. A CSV
is UTF-8 without a byte-order mark or merge-conflict markers and has the declared header; a
Parquet file is readable and has the declared Arrow types; the two twins of a table hold
the same cells in the same order."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..loader import CategoryError, frame_from_arrow, frame_from_csv
from ..publish.files import arrow_type
from ..publish.paths import relative_path
from ..spec import TABLES, Table
from .context import Context
from .findings import Finding

CONFLICT_MARKERS = ("<<<<<<< ", "=======", ">>>>>>> ")


def _csv_text_ok(ctx: Context, table: Table, rel: str) -> bool:
    raw = (ctx.root / rel).read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        ctx.add(Finding("csv", f"not valid UTF-8: {error}", table=table.name, file=rel))
        return False
    if text.startswith("\ufeff"):
        ctx.add(Finding("csv", "starts with a byte-order mark", table=table.name, file=rel))
    ok = True
    for number, line in enumerate(text.split("\n"), start=1):
        if line.startswith(CONFLICT_MARKERS):
            message = f"merge-conflict marker on line {number}: {line[:40]!r}"
            ctx.add(Finding("csv", message, table=table.name, file=rel))
            ok = False
    header = text.split("\n", 1)[0].split(",")
    if header != table.column_names:
        extra = [c for c in header if c not in table.column_names]
        missing = [c for c in table.column_names if c not in header]
        parts = [
            f"undeclared columns {extra}" if extra else "",
            f"missing columns {missing}" if missing else "",
        ]
        detail = "; ".join(p for p in parts if p) or "column order differs"
        ctx.add(
            Finding("csv", f"header does not match the spec: {detail}", table=table.name, file=rel)
        )
        ok = False
    return ok


def _typed(ctx: Context, fmt: str, table: Table, rel: str, read: Callable[[], Any]) -> Any:
    """A frame with the declared types, or None with a finding naming the column at fault."""
    try:
        return read()
    except CategoryError as error:
        ctx.add(Finding(fmt, str(error), table=table.name, file=rel, column=error.column))
    except (ValueError, TypeError) as error:
        message = f"cannot be read with the declared types: {error}"
        ctx.add(Finding(fmt, message, table=table.name, file=rel))
    return None


def _read_csv(ctx: Context, table: Table, rel: str) -> Any:
    if not _csv_text_ok(ctx, table, rel):
        return None
    return _typed(ctx, "csv", table, rel, lambda: frame_from_csv(table, ctx.root / rel))


def _parquet_schema_ok(ctx: Context, table: Table, rel: str, schema: Any) -> bool:
    ok = True
    for name in schema.names:
        if name not in table.column_names:
            ctx.add(
                Finding("parquet", "undeclared column", table=table.name, file=rel, column=name)
            )
            ok = False
    for column in table.columns:
        if column.name not in schema.names:
            ctx.add(
                Finding("parquet", "declared column is missing", table=table.name, file=rel,
                        column=column.name)
            )  # fmt: skip
            ok = False
        elif schema.field(column.name).type != arrow_type(column):
            message = (
                f"Arrow type {schema.field(column.name).type}, the spec says {arrow_type(column)}"
            )
            ctx.add(Finding("parquet", message, table=table.name, file=rel, column=column.name))
            ok = False
    return ok


def _read_parquet(ctx: Context, table: Table, rel: str) -> Any:
    import pyarrow.parquet as pq

    try:
        arrow = pq.read_table(ctx.root / rel)
    except Exception as error:  # pyarrow raises several types for corrupt files
        message = f"cannot be read as Parquet: {error}"
        ctx.add(Finding("parquet", message, table=table.name, file=rel))
        return None
    if not _parquet_schema_ok(ctx, table, rel, arrow.schema):
        return None
    return _typed(ctx, "parquet", table, rel, lambda: frame_from_arrow(table, arrow))


def read_tables(ctx: Context) -> None:
    """Read every present file of every table with the declared types into the context."""
    readers = {"csv": _read_csv, "parquet": _read_parquet}
    for table in TABLES:
        status = ctx.report.tables[table.name]
        twins = ctx.frames.setdefault(table.name, {})
        for fmt, read in readers.items():
            rel = relative_path(table.name, fmt)
            if rel not in ctx.present:
                continue
            setattr(status, f"{fmt}_bytes", (ctx.root / rel).stat().st_size)
            frame = read(ctx, table, rel)
            if frame is not None:
                twins[fmt] = frame
        frame = ctx.frame(table.name)
        if frame is not None:
            status.rows = len(frame)


def first_difference(
    left: list[list[str]], right: list[list[str]], table: Table
) -> tuple[int, str, Any, Any] | None:
    """First differing cell of two tables of canonical rows: (0-based row, column, left,
    right), or None when they are equal."""
    if len(left) != len(right):
        return (min(len(left), len(right)), "(row count)", len(left), len(right))
    for row, (a, b) in enumerate(zip(left, right, strict=True)):
        if a != b:
            column = next(i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y)
            return (row, table.columns[column].name, a[column], b[column])
    return None


def check_twins(ctx: Context) -> None:
    """The CSV and the Parquet file of each table hold the same cells in the same order."""
    for table in TABLES:
        twins = ctx.frames.get(table.name, {})
        if "csv" not in twins or "parquet" not in twins or ctx.same_twins(table):
            continue
        difference = first_difference(
            ctx.canonical(table, "csv"), ctx.canonical(table, "parquet"), table
        )
        if difference is not None:
            row, column, have, want = difference
            ctx.add(
                Finding("twins", f"CSV has {have!r}, Parquet has {want!r}", table=table.name,
                        file=relative_path(table.name, "csv"), row=row + 1, column=column)
            )  # fmt: skip
