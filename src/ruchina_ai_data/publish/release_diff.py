"""Differences between two builds, and the SemVer bump they require (see CHANGELOG.md).

Rules for data: a patch corrects or removes values; a minor release adds rows, columns or
tables; a major release removes or renames tables or columns, changes a type, a key or a
constraint (a changed meaning).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

BUMPS = ("none", "patch", "minor", "major")


@dataclass
class TableDiff:
    """What changed in one table."""

    name: str
    added_rows: int = 0
    removed_rows: int = 0
    changed_rows: int = 0
    schema_changes: list[str] = field(default_factory=list)
    bump: str = "none"


@dataclass
class PackageDiff:
    """What changed between two builds."""

    old_version: str | None
    new_version: str | None
    tables: list[TableDiff]

    @property
    def bump(self) -> str:
        return max((t.bump for t in self.tables), key=BUMPS.index, default="none")


def _raise(current: str, to: str) -> str:
    return to if BUMPS.index(to) > BUMPS.index(current) else current


def constraint_change(before: dict[str, Any], after: dict[str, Any]) -> str:
    """minor when a field's constraints only loosened (an enum gained values, a maximum
    length grew, `required` or a pattern was dropped), major otherwise (Data Package version
    recipe: tightening a constraint is a major change)."""
    loosened = True
    for key in before.keys() | after.keys():
        was, now = before.get(key), after.get(key)
        if was == now:
            continue
        if key == "enum" and was is not None and now is not None:
            loosened &= set(was) <= set(now)
        elif key == "maxLength" and was is not None:
            loosened &= now is None or now >= was
        elif key in ("required", "pattern", "unique", "minimum", "maximum", "minLength"):
            loosened &= now is None or now is False
        else:
            loosened = False
    return "minor" if loosened else "major"


def schema_changes(old: dict[str, Any], new: dict[str, Any]) -> tuple[list[str], str]:
    """Human-readable changes between two Table Schemas and the bump they need."""
    changes: list[str] = []
    bump = "none"
    old_fields = {f["name"]: f for f in old.get("fields", [])}
    new_fields = {f["name"]: f for f in new.get("fields", [])}
    for name in old_fields.keys() - new_fields.keys():
        changes.append(f"column {name} removed")
        bump = _raise(bump, "major")
    for name in new_fields.keys() - old_fields.keys():
        changes.append(f"column {name} added")
        bump = _raise(bump, "minor")
    for name in sorted(old_fields.keys() & new_fields.keys()):
        before, after = old_fields[name], new_fields[name]
        if before.get("type") != after.get("type"):
            changes.append(f"column {name}: type {before.get('type')} -> {after.get('type')}")
            bump = _raise(bump, "major")
        if before.get("constraints") != after.get("constraints"):
            level = constraint_change(
                before.get("constraints") or {}, after.get("constraints") or {}
            )
            kind = "loosened" if level == "minor" else "changed"
            changes.append(f"column {name}: constraints {kind}")
            bump = _raise(bump, level)
        if before.get("description") != after.get("description"):
            changes.append(f"column {name}: description changed")
            bump = _raise(bump, "patch")
    same_columns = not (old_fields.keys() ^ new_fields.keys())
    if same_columns and list(old_fields) != list(new_fields):
        changes.append("column order changed")
        bump = _raise(bump, "major")
    for key in ("primaryKey", "foreignKeys"):
        if old.get(key) != new.get(key):
            changes.append(f"{key} changed")
            bump = _raise(bump, "major")
    return changes, bump


def _rows(root: Path, resource: dict[str, Any]) -> dict[tuple[str, ...], tuple[str, ...]]:
    import csv

    keys = resource["schema"]["primaryKey"]
    with (root / resource["path"]).open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return {tuple(row[k] for k in keys): tuple(row.values()) for row in reader}


def _descriptor(root: Path) -> dict[str, Any]:
    path = root / "datapackage.json"
    if not path.is_file():
        raise FileNotFoundError(f"{root} holds no datapackage.json")
    return json.loads(path.read_text(encoding="utf-8"))


def diff_packages(old_root: Path, new_root: Path) -> PackageDiff:
    """Compare two package folders table by table (CSV resources, by primary key)."""
    old, new = _descriptor(old_root), _descriptor(new_root)
    old_res = {r["name"]: r for r in old["resources"] if r.get("format") == "csv"}
    new_res = {r["name"]: r for r in new["resources"] if r.get("format") == "csv"}
    tables: list[TableDiff] = []
    for name in sorted(old_res.keys() | new_res.keys()):
        entry = TableDiff(name)
        if name not in new_res:
            entry.schema_changes.append("table removed")
            entry.bump = "major"
        elif name not in old_res:
            entry.schema_changes.append("table added")
            entry.bump = "minor"
            entry.added_rows = len(_rows(new_root, new_res[name]))
        else:
            entry.schema_changes, entry.bump = schema_changes(
                old_res[name]["schema"], new_res[name]["schema"]
            )
            before, after = _rows(old_root, old_res[name]), _rows(new_root, new_res[name])
            entry.added_rows = len(after.keys() - before.keys())
            entry.removed_rows = len(before.keys() - after.keys())
            entry.changed_rows = sum(
                1 for k in before.keys() & after.keys() if before[k] != after[k]
            )
            if entry.added_rows:
                entry.bump = _raise(entry.bump, "minor")
            if entry.removed_rows or entry.changed_rows:
                entry.bump = _raise(entry.bump, "patch")
        tables.append(entry)
    return PackageDiff(old.get("version"), new.get("version"), tables)


def parse_version(version: str) -> tuple[int, int, int]:
    """'1.2.3' -> (1, 2, 3)."""
    major, minor, patch = (int(p) for p in version.split(".")[:3])
    return major, minor, patch


def bump_satisfied(old_version: str, new_version: str, bump: str) -> bool:
    """Whether going from old to new version is at least the bump required."""
    old, new = parse_version(old_version), parse_version(new_version)
    if bump == "major":
        return new[0] > old[0]
    if bump == "minor":
        return new[:2] > old[:2]
    if bump == "patch":
        return new > old
    return new >= old


def render(result: PackageDiff) -> str:
    """A readable report of a diff."""
    lines = [
        f"{result.old_version} -> {result.new_version}",
        f"{'table':<20} {'added':>6} {'removed':>8} {'changed':>8}  bump   schema",
    ]
    for t in result.tables:
        if t.bump == "none":
            continue
        lines.append(
            f"{t.name:<20} {t.added_rows:>6} {t.removed_rows:>8} {t.changed_rows:>8}  "
            f"{t.bump:<6} {'; '.join(t.schema_changes)}"
        )
    lines.append(f"required bump: {result.bump}")
    if result.old_version and result.new_version:
        ok = bump_satisfied(result.old_version, result.new_version, result.bump)
        lines.append(
            "version rule: "
            + (
                "satisfied"
                if ok
                else f"NOT satisfied ({result.bump} change needs a {result.bump} version bump)"
            )
        )
    return "\n".join(lines)
