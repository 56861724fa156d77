"""Check `source`, where the report is at hand: it is the pinned file, every evidence span
stands at its line, and a rebuild from it gives exactly the rows of every file."""

from __future__ import annotations

import os
from typing import Any

import pandas as pd

from ..publish.paths import relative_path
from ..source.markdown import plain_text
from ..source.pin import ENV_VAR, REPORT_SHA256, Source, SourceError, read_source
from ..spec import TABLES, Table
from .context import Context
from .findings import MAX_FINDINGS_PER_CHECK, Finding
from .reading import first_difference


def read_pinned(ctx: Context, source: str | os.PathLike[str] | Source | None) -> Source | None:
    """The report, or None: an error when it was asked for by path, a note otherwise."""
    if isinstance(source, Source):
        return source
    try:
        return read_source(source)
    except SourceError as error:
        if source or os.environ.get(ENV_VAR):
            ctx.add(Finding("source", str(error)))
        else:
            ctx.report.skipped.append(f"checks against the source report skipped: {error}")
        return None


def _check_spans(ctx: Context, table: Table, lines: list[str]) -> None:
    frame = ctx.frame(table.name)
    if frame is None:
        return
    shown = 0
    for code in ("en", "fr"):
        span, line = f"evidence_{code}", f"line_{code}"
        if span not in table.column_names or line not in table.column_names:
            continue
        pairs = zip(frame[span].tolist(), frame[line].tolist(), strict=True)
        for row, (evidence, number) in enumerate(pairs, start=1):
            if pd.isna(evidence):
                continue
            problem = None
            if pd.isna(number) or not 1 <= int(number) <= len(lines):
                problem = (f"{line} {number} is not a line of the report", line)
            elif evidence not in plain_text(lines[int(number) - 1]):
                problem = (
                    f"evidence {evidence!r} is not on line {int(number)} of the report",
                    span,
                )
            if problem and (shown := shown + 1) <= MAX_FINDINGS_PER_CHECK:
                ctx.add(Finding("source", problem[0], table=table.name, row=row, column=problem[1]))


def _check_rebuild(ctx: Context, rebuilt: dict[str, list[dict[str, Any]]]) -> None:
    from ..publish.content import canonical_rows, rows_as_columns

    for table in TABLES:
        twins = ctx.frames.get(table.name, {})
        fmt = "parquet" if "parquet" in twins else "csv" if "csv" in twins else None
        if fmt is None:
            continue
        fresh = canonical_rows(table, rows_as_columns(table, rebuilt[table.name]))
        difference = first_difference(ctx.canonical(table, fmt), fresh, table)
        if difference is not None:
            row, column, have, want = difference
            ctx.add(
                Finding("source", f"differs from a rebuild from the report: the file has "
                        f"{have!r}, the report gives {want!r}", table=table.name,
                        file=relative_path(table.name, fmt), row=row + 1, column=column)
            )  # fmt: skip


def check_source(
    ctx: Context,
    source: str | os.PathLike[str] | Source | None,
    rebuilt: dict[str, list[dict[str, Any]]] | None = None,
) -> bool:
    """Spans at their lines and a rebuild equal to the files; False when the report is not
    at hand. `rebuilt` are rows already built from this source (nothing is built twice)."""
    pinned = read_pinned(ctx, source)
    if pinned is None:
        return False
    editions = ctx.frame("editions")
    if editions is not None:
        for row, digest in enumerate(editions["source_sha256"].tolist(), start=1):
            if digest != REPORT_SHA256:
                ctx.add(
                    Finding("source", f"source_sha256 is {digest}, the pinned report is "
                            f"{REPORT_SHA256}", table="editions", row=row, column="source_sha256")
                )  # fmt: skip
    lines = pinned.text.split("\n")
    for table in TABLES:
        _check_spans(ctx, table, lines)
    if rebuilt is None:
        from ..curation.errors import CurationError
        from ..pipeline import rows_from

        try:
            rebuilt = rows_from(pinned)
        except CurationError as error:
            ctx.add(Finding("source", f"the tables cannot be rebuilt from the report: {error}"))
            return True
    _check_rebuild(ctx, rebuilt)
    return True
