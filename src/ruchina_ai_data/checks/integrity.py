"""Checks `files` and `croissant`: every file the descriptor (or `croissant.json`) names is
present with the size and sha256 it declares, recomputed here (frictionless cannot for
Parquet)."""

from __future__ import annotations

import json

from ..hashing import file_stats
from ..publish.paths import CROISSANT
from ..spec import TABLES_BY_NAME
from .context import Context
from .findings import Finding


def check_files(ctx: Context, verify: bool = True) -> None:
    """Sizes and hashes recomputed (unless `verify` is off); the files present are
    remembered for the checks that read them."""
    assert ctx.descriptor is not None
    for resource in ctx.descriptor["resources"]:
        rel = str(resource.get("path"))
        table = resource.get("twin") or resource.get("name")
        table = table if table in TABLES_BY_NAME else None
        file = ctx.root / rel
        if not file.is_file():
            ctx.add(Finding("files", "file is missing", table=table, file=rel))
            continue
        ctx.present.add(rel)
        if not verify:
            continue
        size, digest = file_stats(file)
        if resource.get("bytes") != size:
            message = f"size is {size} bytes, datapackage.json says {resource.get('bytes')}"
            ctx.add(Finding("files", message, table=table, file=rel))
        if resource.get("hash") != f"sha256:{digest}":
            message = f"sha256 is {digest}, datapackage.json says {resource.get('hash')}"
            ctx.add(Finding("files", message, table=table, file=rel))


def check_croissant(ctx: Context) -> None:
    """`croissant.json`, where present, must describe the same bytes as the files."""
    path = ctx.root / CROISSANT
    if not path.is_file():
        ctx.report.skipped.append(f"{CROISSANT} absent: its checks skipped")
        return
    try:
        metadata = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        ctx.add(Finding("croissant", f"not valid JSON: {error}", file=CROISSANT))
        return
    for item in metadata.get("distribution", []):
        rel = str(item.get("contentUrl"))
        file = ctx.root / rel
        if not file.is_file():
            ctx.add(Finding("croissant", f"describes {rel}, which is missing", file=CROISSANT))
            continue
        size, digest = file_stats(file)
        if item.get("sha256") != digest or item.get("contentSize") != f"{size} B":
            message = f"sha256 or size of {rel} does not match the file"
            ctx.add(Finding("croissant", message, file=CROISSANT))
