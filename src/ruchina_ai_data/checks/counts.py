"""Check `counts`: nothing lost or added without the descriptor saying so, even without the
report. Each file of a table has the row count and content checksum that `datapackage.json`
records for it, and the counts of the `editions` table agree with the tables that list what
they count."""

from __future__ import annotations

from typing import Any

from ..publish.paths import DESCRIPTOR, relative_path
from ..spec import TABLES
from .context import Context
from .findings import Finding


def check_counts(ctx: Context) -> None:
    """Rows and content of every file, and the counts of `editions`."""
    check_content(ctx)
    check_edition_counts(ctx)


def check_content(ctx: Context) -> None:
    """Rows and content checksum of every file read, against the descriptor."""
    for table in TABLES:
        resource = ctx.resource(table.name)
        for fmt, frame in ctx.frames.get(table.name, {}).items():
            rel = relative_path(table.name, fmt)
            declared_rows, declared_hash = resource.get("rows"), resource.get("contentHash")
            if isinstance(declared_rows, int) and len(frame) != declared_rows:
                message = f"has {len(frame)} rows, {DESCRIPTOR} says {declared_rows}"
                ctx.add(Finding("counts", message, table=table.name, file=rel))
            actual = ctx.content(table, fmt)
            if isinstance(declared_hash, str) and actual != declared_hash:
                message = (
                    f"content checksum is {actual}, {DESCRIPTOR} says {declared_hash}: rows were "
                    "added, lost or changed"
                )
                ctx.add(Finding("counts", message, table=table.name, file=rel))


def _count(ctx: Context, table: str, predicate: Any = None) -> int | None:
    frame = ctx.frame(table)
    if frame is None:
        return None
    return len(frame) if predicate is None else int(predicate(frame))


def _expected_counts(ctx: Context, code: str) -> dict[str, tuple[int | None, str]]:
    """Column of `editions` -> (what the tables give, how), for one edition."""
    anomalies = ctx.frame("anomalies")

    def anomalies_of(kind: str) -> int:
        if anomalies is None:
            return 0
        return int(((anomalies["kind"] == kind) & (anomalies["edition"] == code)).sum())

    notes = ctx.frame(f"footnotes_{code}")
    reused, orphans = (
        anomalies_of("footnote_number_reused"),
        anomalies_of("marker_without_footnote"),
    )
    return {
        "section_count": (_count(ctx, "sections"), "rows of sections"),
        "bibliography_entry_count": (
            _count(ctx, "bibliography", lambda f: f[f"entry_{code}"].nunique()),
            f"distinct bibliography.entry_{code}",
        ),
        # A number printed with two texts has one row: the difference is one per reuse at least.
        "footnote_count": (
            None if notes is None else len(notes) + reused,
            f"rows of footnotes_{code}" + (f" + {reused} reused numbers" if reused else ""),
        ),
        "marker_count": (
            None if notes is None else int(notes["marker_count"].sum()) + orphans,
            f"footnotes_{code}.marker_count summed"
            + (f" + {orphans} markers without a text" if orphans else ""),
        ),
    }


def check_edition_counts(ctx: Context) -> None:
    """`editions` counts equal what the tables list (at least, where anomalies explain more)."""
    editions = ctx.frame("editions")
    if editions is None:
        return
    for row, record in enumerate(editions.to_dict("records"), start=1):
        code = str(record["edition"])
        for column, (expected, how) in _expected_counts(ctx, code).items():
            if expected is None:
                continue
            stated = int(record[column])
            reused = column in ("footnote_count", "marker_count") and "+" in how
            wrong = stated < expected if reused else stated != expected
            if wrong:
                ctx.add(
                    Finding("counts", f"{column} is {stated}, the tables give {expected} ({how})",
                            table="editions", file=relative_path("editions", "csv"), row=row,
                            column=column)
                )  # fmt: skip
