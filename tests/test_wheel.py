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
    assert "Project-URL: Homepage, https://github.com/ruchina-ai-data/ruchina-ai-data" in text
    core = [
        line.split(":", 1)[1].strip()
        for line in text.splitlines()
        if line.startswith("Requires-Dist:") and "extra ==" not in line
    ]
    assert sorted(r.split(">")[0].split("=")[0] for r in core) == ["pandas", "pyarrow"], core
    assert {"validate", "sql", "explore", "all", "test"} <= {
        line.split(":", 1)[1].strip()
        for line in text.splitlines()
        if line.startswith("Provides-Extra:")
    }
    assert "Permission is hereby granted" not in text  # not the whole licence text


# What `pip install ruchina-ai-data` may bring: pandas, pyarrow and their own dependencies.
BARE = {"ruchina-ai-data", "pandas", "pyarrow", "numpy", "python-dateutil", "six", "pytz", "tzdata"}
INSTALLER = {"pip", "setuptools", "wheel"}

# Every command a newcomer pipes into `head`, in a bare install (sql and the explorer say
# which extra they need, in one line, without a traceback).
PIPED = (
    "list",
    "show numerals --rows 2000",
    "show relations --rows 50",
    "search Sberbank",
    "sql 'SELECT 1'",
    "validate",
    "graph g.graphml",
    "--version",
    "--help",
)


def _bare_venv(wheel: Path, where: Path) -> tuple[Path, dict[str, str]]:
    env_dir = where / "venv"
    venv.create(env_dir, with_pip=True)
    subprocess.run(
        [str(env_dir / "bin" / "python"), "-m", "pip", "install", "-q", str(wheel)],
        check=True,
        capture_output=True,
    )
    environment = {
        k: v for k, v in os.environ.items() if k not in ("RUCHINA_AI_DATA_SOURCE", "PYTHONPATH")
    }
    environment["PATH"] = f"{env_dir / 'bin'}:{environment.get('PATH', '')}"
    return env_dir, environment


def test_a_bare_install_loads_describes_converts_and_pipes_without_a_traceback(
    wheel: Path, tmp_path: Path
):
    env_dir, environment = _bare_venv(wheel, tmp_path)
    python = env_dir / "bin" / "python"
    listed = subprocess.run(
        [str(python), "-m", "pip", "list", "--format", "freeze"],
        capture_output=True,
        text=True,
        check=True,
    )
    installed = {line.split("==")[0].lower().replace("_", "-") for line in listed.stdout.split()}
    assert installed - INSTALLER <= BARE, sorted(installed - INSTALLER - BARE)
    code = (
        "import ruchina_ai_data as r\n"
        "assert 'site-packages' in str(r.data_root()), r.data_root()\n"
        "frames = {n: r.load(n) for n in r.tables()}\n"
        "assert all(f.attrs['description'] for f in frames.values())\n"
        "assert r.describe('amounts')['unit'].notna().any()\n"
        "a = frames['amounts']\n"
        "print(r.convert(a['usd'], 'USD', 'EUR').notna().sum(), sum(map(len, frames.values())))\n"
    )
    loaded = subprocess.run(
        [str(python), "-c", code], cwd=tmp_path, env=environment, capture_output=True, text=True
    )
    assert loaded.returncode == 0, loaded.stderr
    converted, rows = map(int, loaded.stdout.split())
    assert converted > 0 and rows > 5000
    for command in PIPED:
        piped = subprocess.run(
            f"ruchina-ai-data {command} | head -1",
            shell=True,
            cwd=tmp_path,
            env=environment,
            capture_output=True,
            text=True,
        )
        assert "Traceback" not in piped.stderr, (command, piped.stderr)
        if command.startswith(("sql", "validate", "graph")):
            assert piped.stderr.count("\n") == 1 and "pip install 'ruchina-ai-data[" in (
                piped.stderr
            ), (command, piped.stderr)
        else:
            assert piped.stdout.strip() and not piped.stderr, (command, piped.stderr)


def test_with_its_extras_the_wheel_validates_offline_and_writes_whole_sql_csv(
    wheel: Path, tmp_path: Path
):
    env_dir, environment = _bare_venv(wheel, tmp_path)
    subprocess.run(
        [str(env_dir / "bin" / "python"), "-m", "pip", "install", "-q", f"{wheel}[validate,sql]"],
        check=True,
        capture_output=True,
    )
    checked = subprocess.run(
        ["ruchina-ai-data", "validate"], cwd=tmp_path, env=environment, capture_output=True,
        text=True,
    )  # fmt: skip
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "checks against the source report skipped" in checked.stdout
    assert "VALID" in checked.stdout
    query = "SELECT relation_id, evidence_en FROM relations ORDER BY relation_id"
    sql = subprocess.run(
        ["ruchina-ai-data", "sql", query, "--format", "csv"],
        cwd=tmp_path,
        env=environment,
        capture_output=True,
        text=True,
    )
    assert sql.returncode == 0, sql.stderr
    import csv
    import io

    rows = list(csv.DictReader(io.StringIO(sql.stdout)))
    assert len(rows) == 332
    assert max(len(r["evidence_en"]) for r in rows) > 60  # whole cells, not cut
