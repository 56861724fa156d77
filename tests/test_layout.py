"""The code's shape: a folder per stage of the pipeline, imports that flow one way only
(a stage uses earlier stages and the shared modules, never a later stage), and small
modules."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "ruchina_ai_data"
STAGES = ("source", "curation", "derive", "builders", "publish", "checks", "explore")
# Used by every stage: the column spec, hashing, the version, the optional dependencies, ECB
# reference rates, and the public helpers the builders and checks reuse (currency
# conversion, typed loading, the Pandera schemas).
SHARED = {"spec": set(), "hashing": set(), "_version": set(), "extras": set()}
SHARED |= {"ecb": {"extras"}, "loader": {"spec"}, "currency": {"loader", "ecb"}}
SHARED |= {"schemas": {"loader", "spec", "extras"}, "lookup": {"loader", "spec"}}
# Entry points may use anything; the checks may rebuild through the pipeline.
ENTRY = {"__init__", "__main__", "cli", "cli_format", "pipeline"}
DECLARATIONS = {"spec"}  # folders of declarations, exempt from the size rule
MAX_LINES = 500


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "data" not in p.relative_to(PACKAGE).parts)


def _part(path: Path) -> str:
    """The top-level part of the package a file belongs to (stage, shared module or entry)."""
    first = path.relative_to(PACKAGE).parts[0]
    return first.removesuffix(".py")


def _imported_parts(path: Path) -> set[str]:
    """The top-level parts of the package a module imports."""
    tree = ast.parse(path.read_text("utf-8"))
    depth = len(path.relative_to(PACKAGE).parts) - 1  # 0 for a module at the package root
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level == 0:
                names = [node.module or ""]
            elif node.level == depth + 1:  # relative to the package root
                names = [node.module] if node.module else [a.name for a in node.names]
            elif node.level <= depth:  # inside its own stage
                names = [_part(path)]
            else:
                continue
            for name in names:
                name = name.removeprefix("ruchina_ai_data.").removeprefix("ruchina_ai_data")
                if name and (node.level or (node.module or "").startswith("ruchina_ai_data")):
                    found.add(name.split(".")[0])
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("ruchina_ai_data."):
                    found.add(alias.name.split(".")[1])
    return found


def test_every_module_is_a_stage_a_shared_module_or_an_entry_point():
    parts = {_part(p) for p in _modules()}
    assert parts <= set(STAGES) | set(SHARED) | ENTRY, sorted(
        parts - set(STAGES) - set(SHARED) - ENTRY
    )
    assert set(STAGES) <= parts


@pytest.mark.parametrize("module", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_flow_one_way(module: Path):
    part = _part(module)
    imported = _imported_parts(module) - {part}
    if part in ENTRY:
        return
    if part in SHARED:
        allowed = SHARED[part]
    else:
        allowed = set(STAGES[: STAGES.index(part)]) | set(SHARED)
        if part == "checks":
            allowed |= {"pipeline"}
    assert imported <= allowed, f"{part} imports {sorted(imported - allowed)}"


@pytest.mark.parametrize("module", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_modules_are_small(module: Path):
    if _part(module) in DECLARATIONS:
        return
    lines = len(module.read_text("utf-8").splitlines())
    assert lines <= MAX_LINES, f"{module.name} has {lines} lines"


def test_the_import_rule_sees_a_backward_import(tmp_path: Path, monkeypatch):
    """The rule above can fail: a derive module importing a builder is caught."""
    stage = tmp_path / "derive"
    stage.mkdir()
    (stage / "bad.py").write_text("from ..builders.rows import Row\n", "utf-8")
    monkeypatch.setattr(__import__(__name__), "PACKAGE", tmp_path)
    assert _imported_parts(stage / "bad.py") == {"builders"}
    with pytest.raises(AssertionError, match=r"derive imports \['builders'\]"):
        test_imports_flow_one_way(stage / "bad.py")
