"""Shared fixtures: the real report (required in CI), the parsed report, a package copy."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from ruchina_ai_data.source import SourceError, read_source

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def report_text() -> str:
    """Text of the pinned report; CI sets RUCHINA_REQUIRE_SOURCE=1 so a missing one fails."""
    try:
        return read_source()[1]
    except SourceError as error:
        if os.environ.get("RUCHINA_REQUIRE_SOURCE"):
            raise
        pytest.skip(f"source report absent: {error}")


@pytest.fixture(scope="session")
def report(report_text: str):
    from ruchina_ai_data.parser import parse_report

    return parse_report(report_text)


@pytest.fixture(scope="session")
def built_rows(report_text: str):
    from ruchina_ai_data.build import build_tables

    return build_tables()


@pytest.fixture()
def package_copy(tmp_path: Path) -> Path:
    """A copy of the shipped package (descriptor and files) to damage."""
    root = tmp_path / "package"
    root.mkdir()
    shutil.copy(REPO / "datapackage.json", root / "datapackage.json")
    shutil.copy(REPO / "croissant.json", root / "croissant.json")
    shutil.copytree(REPO / "datasets", root / "datasets")
    return root
