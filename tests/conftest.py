"""Shared fixtures: the real report (required in CI), its parse and derivation, the rows of
one build (shared by every test that needs them), and a copy of the package to damage."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from ruchina_ai_data.source.pin import Source, SourceError, read_source

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def pinned() -> Source:
    """The pinned report; CI sets RUCHINA_REQUIRE_SOURCE=1 so a missing one fails."""
    try:
        return read_source()
    except SourceError as error:
        if os.environ.get("RUCHINA_REQUIRE_SOURCE"):
            raise
        pytest.skip(f"source report absent: {error}")


@pytest.fixture(scope="session")
def report_text(pinned: Source) -> str:
    return pinned.text


@pytest.fixture(scope="session")
def report(pinned: Source):
    from ruchina_ai_data.source.parser import parse_report

    return parse_report(pinned.text)


@pytest.fixture(scope="session")
def derived(pinned: Source, report):
    from ruchina_ai_data.curation.curated import read_all
    from ruchina_ai_data.derive.derived import derive

    return derive(pinned, report, read_all())


@pytest.fixture(scope="session")
def built_rows(derived):
    from ruchina_ai_data.builders import build_rows

    return build_rows(derived)


@pytest.fixture()
def package_copy(tmp_path: Path) -> Path:
    """A copy of the shipped package (descriptor and files) to damage."""
    root = tmp_path / "package"
    root.mkdir()
    shutil.copy(REPO / "datapackage.json", root / "datapackage.json")
    shutil.copy(REPO / "croissant.json", root / "croissant.json")
    shutil.copytree(REPO / "datasets", root / "datasets")
    return root
