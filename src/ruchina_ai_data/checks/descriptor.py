"""Check `descriptor`: `datapackage.json` is JSON, declares every table of the spec in both
formats at the expected paths, with the spec's Table Schema, row count and content checksum."""

from __future__ import annotations

import json
import re
from typing import Any

from ..publish.paths import DESCRIPTOR, FORMATS, relative_path, resource_name
from ..publish.table_schema import table_schema
from ..spec import TABLES, Table
from .context import Context
from .findings import Finding

_CONTENT_HASH = re.compile(r"^sha256:[0-9a-f]{64}$")


def read_descriptor(ctx: Context) -> dict[str, Any] | None:
    """The descriptor, or None with a finding saying why it cannot be read."""
    path = ctx.root / DESCRIPTOR
    if not path.is_file():
        ctx.add(Finding("descriptor", f"{DESCRIPTOR} is missing", file=DESCRIPTOR))
        return None
    try:
        descriptor = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        ctx.add(Finding("descriptor", f"{DESCRIPTOR} is not valid JSON: {error}", file=DESCRIPTOR))
        return None
    if not isinstance(descriptor, dict) or not isinstance(descriptor.get("resources"), list):
        ctx.add(Finding("descriptor", f"{DESCRIPTOR} has no list of resources", file=DESCRIPTOR))
        return None
    return descriptor


def schema_difference(declared: Any, table: Table) -> str | None:
    """How a declared Table Schema differs from the spec's, or None."""
    expected = table_schema(table)
    if declared == expected:
        return None
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


def _check_content_fields(ctx: Context, table: Table, resource: dict[str, Any]) -> None:
    rows, content = resource.get("rows"), resource.get("contentHash")
    if not isinstance(rows, int) or isinstance(rows, bool) or rows < 0:
        ctx.add(
            Finding("descriptor", f"resource {table.name!r} has no row count (rows): {rows!r}",
                    table=table.name, file=DESCRIPTOR)
        )  # fmt: skip
    if not isinstance(content, str) or not _CONTENT_HASH.match(content):
        ctx.add(
            Finding("descriptor",
                    f"resource {table.name!r} has no content checksum (contentHash): {content!r}",
                    table=table.name, file=DESCRIPTOR)
        )  # fmt: skip


def check_descriptor(ctx: Context) -> None:
    """Every resource the spec declares, none it does not, each as the spec says."""
    assert ctx.descriptor is not None
    resources = {r.get("name"): r for r in ctx.descriptor["resources"] if isinstance(r, dict)}
    expected = {resource_name(t.name, f) for t in TABLES for f in FORMATS}
    for name in sorted(set(resources) - expected, key=str):
        ctx.add(
            Finding("descriptor", f"resource {name!r} is not declared in the spec", file=DESCRIPTOR)
        )
    for table in TABLES:
        for fmt in FORMATS:
            name = resource_name(table.name, fmt)
            resource = resources.get(name)
            where = {"table": table.name, "file": DESCRIPTOR}
            if resource is None:
                ctx.add(Finding("descriptor", f"resource {name!r} is missing", **where))
                continue
            if resource.get("path") != relative_path(table.name, fmt):
                ctx.add(
                    Finding("descriptor",
                            f"resource {name!r} points at {resource.get('path')!r}, expected "
                            f"{relative_path(table.name, fmt)!r}", **where)
                )  # fmt: skip
        resource = resources.get(table.name)
        if resource is not None:
            difference = schema_difference(resource.get("schema"), table)
            if difference is not None:
                ctx.add(Finding("descriptor", difference, table=table.name, file=DESCRIPTOR))
            _check_content_fields(ctx, table, resource)
