"""The wheel carries the tables: installed in a fresh venv it loads and validates offline."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`python -m build`: an sdist, and a wheel built from it."""
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(out), str(REPO)],
        check=True,
        capture_output=True,
    )
    return out


@pytest.fixture(scope="module")
def wheel(dist: Path) -> Path:
    (wheel_path,) = dist.glob("*.whl")
    return wheel_path


def test_the_sdist_contains_the_tables_and_metadata(dist: Path):
    import tarfile

    (sdist,) = dist.glob("*.tar.gz")
    with tarfile.open(sdist) as archive:
        names = {n.split("/", 1)[1] for n in archive.getnames() if "/" in n}
    for required in (
        "datapackage.json",
        "croissant.json",
        "CITATION.cff",
        "datasets/amounts.parquet",
        "datasets/amounts.csv",
        "schemas/amounts.json",
        "docs/data-dictionary.md",
    ):
        assert required in names, required


def test_the_wheel_contains_the_tables_and_descriptor(wheel: Path):
    import zipfile

    names = zipfile.ZipFile(wheel).namelist()
    assert "ruchina_ai_data/data/datapackage.json" in names
    assert "ruchina_ai_data/data/croissant.json" in names
    for name in ("footnotes_en", "exchange_rates"):
        assert f"ruchina_ai_data/data/datasets/{name}.parquet" in names
        assert f"ruchina_ai_data/data/datasets/{name}.csv" in names
        assert f"ruchina_ai_data/data/schemas/{name}.json" in names
    for extra in ("CITATION.cff", "docs/data-dictionary.md", "datasets/README.md"):
        assert f"ruchina_ai_data/data/{extra}" in names, extra


def test_the_wheel_states_its_licence_as_an_spdx_expression(wheel: Path):
    import zipfile

    archive = zipfile.ZipFile(wheel)
    (metadata,) = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
    text = archive.read(metadata).decode("utf-8")
    assert "License-Expression: MIT AND CC-BY-4.0" in text
    assert "Permission is hereby granted" not in text  # not the whole licence text


def test_installed_wheel_loads_and_validates_without_the_report(wheel: Path, tmp_path: Path):
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", str(wheel)], check=True, capture_output=True
    )
    environment = {
        k: v for k, v in os.environ.items() if k not in ("RUCHINA_AI_DATA_SOURCE", "PYTHONPATH")
    }
    code = (
        "import ruchina_ai_data as r\n"
        "assert 'site-packages' in str(r.data_root()), r.data_root()\n"
        "print(sum(len(r.load(n)) for n in r.tables()))\n"
    )
    loaded = subprocess.run(
        [str(python), "-c", code], cwd=tmp_path, env=environment, capture_output=True, text=True
    )
    assert loaded.returncode == 0, loaded.stderr
    assert int(loaded.stdout) > 500
    checked = subprocess.run(
        [str(env_dir / "bin" / "ruchina-ai-data"), "validate"],
        cwd=tmp_path,
        env=environment,
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "checks against the source report skipped" in checked.stdout
    assert "VALID" in checked.stdout
