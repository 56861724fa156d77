"""Data versioning: `diff` explains two builds, and a schema change needs its version bump."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from ruchina_ai_data import __version__
from ruchina_ai_data.publish.release_diff import (
    bump_satisfied,
    diff_packages,
    render,
    schema_changes,
)
from ruchina_ai_data.publish.table_schema import table_schema
from ruchina_ai_data.spec import TABLES

REPO = Path(__file__).resolve().parents[1]


def test_schemas_changed_only_with_the_version_bump_they_need():
    lock = json.loads((REPO / "release/schema-lock.json").read_text("utf-8"))
    required = "none"
    reasons = []
    current = {t.name: table_schema(t) for t in TABLES}
    for name in lock["tables"].keys() | current.keys():
        if name not in current:
            reasons.append(f"table {name} removed")
            required = "major"
            continue
        if name not in lock["tables"]:
            reasons.append(f"table {name} added")
            required = "major" if required == "major" else "minor"
            continue
        changes, bump = schema_changes(lock["tables"][name], current[name])
        reasons += [f"{name}: {c}" for c in changes]
        order = ("none", "patch", "minor", "major")
        required = max(required, bump, key=order.index)
    assert bump_satisfied(lock["version"], __version__, required), (
        f"the schemas changed since {lock['version']} ({'; '.join(reasons)}): a {required} "
        f"change needs a {required} version bump, the version is {__version__}"
    )


@pytest.mark.parametrize(
    ("old", "new", "bump", "ok"),
    [
        ("0.1.0", "0.1.1", "patch", True),
        ("0.1.0", "0.1.0", "patch", False),
        ("0.1.0", "0.2.0", "minor", True),
        ("0.1.5", "0.1.6", "minor", False),
        ("0.9.0", "1.0.0", "major", True),
        ("0.9.0", "0.10.0", "major", False),
    ],
)
def test_bump_rule(old, new, bump, ok):
    assert bump_satisfied(old, new, bump) is ok


def _copy(tmp_path: Path, name: str) -> Path:
    root = tmp_path / name
    root.mkdir()
    shutil.copy(REPO / "datapackage.json", root / "datapackage.json")
    shutil.copytree(REPO / "datasets", root / "datasets")
    return root


def test_identical_builds_need_no_bump(tmp_path):
    result = diff_packages(_copy(tmp_path, "a"), _copy(tmp_path, "b"))
    assert result.bump == "none"
    assert "required bump: none" in render(result)


def test_changed_value_is_a_patch_and_added_row_a_minor(tmp_path):
    old, new = _copy(tmp_path, "old"), _copy(tmp_path, "new")
    file = new / "datasets/metrics.csv"
    lines = file.read_text("utf-8").splitlines()
    lines[1] = lines[1].replace("Price paid", "Sum paid", 1)
    file.write_text("\n".join(lines) + "\n", "utf-8")
    result = diff_packages(old, new)
    metrics = next(t for t in result.tables if t.name == "metrics")
    assert (metrics.changed_rows, metrics.bump) == (1, "patch")
    file.write_text("\n".join([*lines, "zzz_new,figures,count,New metric.,1"]) + "\n", "utf-8")
    result = diff_packages(old, new)
    metrics = next(t for t in result.tables if t.name == "metrics")
    assert (metrics.added_rows, metrics.bump) == (1, "minor")


def test_removed_column_is_major_and_reported(tmp_path):
    old, new = _copy(tmp_path, "old"), _copy(tmp_path, "new")
    descriptor = json.loads((new / "datapackage.json").read_text("utf-8"))
    resource = next(r for r in descriptor["resources"] if r["name"] == "metrics")
    resource["schema"]["fields"] = [
        f for f in resource["schema"]["fields"] if f["name"] != "definition"
    ]
    (new / "datapackage.json").write_text(json.dumps(descriptor), "utf-8")
    result = diff_packages(old, new)
    assert result.bump == "major"
    text = render(result)
    assert "column definition removed" in text
    assert "NOT satisfied (major change needs a major version bump)" in text


def test_diff_of_a_folder_without_descriptor_says_so(tmp_path):
    with pytest.raises(FileNotFoundError, match="holds no datapackage.json"):
        diff_packages(tmp_path, _copy(tmp_path, "b"))


@pytest.mark.parametrize(
    ("before", "after", "level"),
    [
        ({"enum": ["a", "b"]}, {"enum": ["a", "b", "c"]}, "minor"),
        ({"enum": ["a", "b"]}, {"enum": ["a"]}, "major"),
        ({"maxLength": 20}, {"maxLength": 40}, "minor"),
        ({"maxLength": 40}, {"maxLength": 20}, "major"),
        ({"required": True}, {}, "minor"),
        ({}, {"required": True}, "major"),
        ({"pattern": "^x$"}, {"pattern": "^y$"}, "major"),
    ],
)
def test_a_loosened_constraint_is_minor_and_a_tightened_one_major(before, after, level):
    from ruchina_ai_data.publish.release_diff import constraint_change

    assert constraint_change(before, after) == level
