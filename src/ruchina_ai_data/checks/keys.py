"""Check `keys`: foreign keys, polymorphic references (`record_table` + `record_id`), lists
of keys (`actor_ids`, `work_ids`) and lists of records (`covered_by`, `supports`: each
"<table>:<id>") all resolve, over the tables as read."""

from __future__ import annotations

from typing import Any

from ..publish.paths import relative_path
from ..spec import TABLES, Table, get_table
from .context import Context
from .findings import MAX_FINDINGS_PER_CHECK, Finding


def _columns(ctx: Context, table: Table, fields: tuple[str, ...] | list[str]) -> list[list[Any]]:
    found = [ctx.values(table, f) for f in fields]
    return [values for values in found if values is not None]


def _keys(
    ctx: Context, name: str, fields: tuple[str, ...] | list[str]
) -> set[tuple[str, ...]] | None:
    columns = _columns(ctx, get_table(name), fields)
    if not columns:
        return None
    return {tuple(str(v) for v in row) for row in zip(*columns, strict=True)}


class _Reporter:
    """Adds at most MAX_FINDINGS_PER_CHECK findings per (table, reference)."""

    def __init__(self, ctx: Context, table: Table, column: str) -> None:
        self.ctx, self.table, self.column, self.shown = ctx, table, column, 0

    def __call__(self, row: int, message: str) -> None:
        self.shown += 1
        if self.shown <= MAX_FINDINGS_PER_CHECK:
            self.ctx.add(
                Finding("foreign-key", message, table=self.table.name,
                        file=relative_path(self.table.name, "csv"), row=row, column=self.column)
            )  # fmt: skip


def _foreign_keys(ctx: Context, table: Table) -> None:
    for fk in table.foreign_keys:
        keys = _keys(ctx, fk.resource, fk.reference)
        if keys is None:
            continue
        report = _Reporter(ctx, table, ", ".join(fk.fields))
        rows = zip(*_columns(ctx, table, fk.fields), strict=True)
        for row, value in enumerate(rows, start=1):
            if any(v is None for v in value) or tuple(str(v) for v in value) in keys:
                continue
            target = f"{fk.resource}.{', '.join(fk.reference)}"
            report(row, f"{', '.join(map(str, value))} not found in {target}")


def _polymorphic_keys(ctx: Context, table: Table) -> None:
    for key in table.polymorphic_keys:
        report = _Reporter(ctx, table, f"{key.table_column}, {key.id_column}")
        targets: dict[str, set[tuple[str, ...]] | None] = {}
        pairs = zip(*_columns(ctx, table, (key.table_column, key.id_column)), strict=True)
        for row, (target, record) in enumerate(pairs, start=1):
            if target is None and record is None:
                continue
            if target is None or record is None or str(target) not in key.targets:
                report(
                    row, f"{target!r}, {record!r} does not name a record of {sorted(key.targets)}"
                )
                continue
            if target not in targets:
                targets[target] = _keys(ctx, target, [key.targets[target]])
            found = targets[target]
            if found is not None and (str(record),) not in found:
                report(row, f"{record} not found in {target}.{key.targets[target]}")


def _list_references(ctx: Context, table: Table) -> None:
    for reference in table.list_references:
        keys = _keys(ctx, reference.resource, [reference.field])
        if keys is None:
            continue
        report = _Reporter(ctx, table, reference.column)
        for row, value in enumerate(ctx.values(table, reference.column) or [], start=1):
            for item in str(value).split(reference.separator) if value is not None else ():
                if (item,) not in keys:
                    report(row, f"{item} not found in {reference.resource}.{reference.field}")


def _record_lists(ctx: Context, table: Table) -> None:
    for reference in table.record_lists:
        report = _Reporter(ctx, table, reference.column)
        targets: dict[str, set[tuple[str, ...]] | None] = {}
        for row, value in enumerate(ctx.values(table, reference.column) or [], start=1):
            for item in str(value).split(reference.separator) if value is not None else ():
                target, _, record = item.partition(":")
                if target not in reference.targets:
                    report(row, f"{item!r} does not name a record of {sorted(reference.targets)}")
                    continue
                if target not in targets:
                    targets[target] = _keys(ctx, target, [reference.targets[target]])
                found = targets[target]
                if found is not None and (record,) not in found:
                    report(row, f"{record} not found in {target}.{reference.targets[target]}")


def check_keys(ctx: Context) -> None:
    """Every reference of every table resolves."""
    for table in TABLES:
        if ctx.frame(table.name) is None:
            continue
        _foreign_keys(ctx, table)
        _polymorphic_keys(ctx, table)
        _list_references(ctx, table)
        _record_lists(ctx, table)
