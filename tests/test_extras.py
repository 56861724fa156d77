"""A bare install (pandas and pyarrow) loads and converts; every other feature names the
extra that brings it, in one line, instead of a traceback."""

from __future__ import annotations

import importlib
import sys

import pytest

import ruchina_ai_data as rd
from ruchina_ai_data.cli import main
from ruchina_ai_data.extras import MissingExtraError


def _without(monkeypatch: pytest.MonkeyPatch, *modules: str) -> None:
    """Make `modules` unimportable, as in an install without their extra."""
    for module in modules:
        monkeypatch.setitem(sys.modules, module, None)


def test_the_pandera_schemas_name_the_validate_extra(monkeypatch):
    _without(monkeypatch, "pandera", "pandera.pandas")
    monkeypatch.delitem(sys.modules, "ruchina_ai_data.schemas", raising=False)
    with pytest.raises(MissingExtraError) as caught:
        importlib.import_module("ruchina_ai_data.schemas")
    assert str(caught.value) == (
        "the Pandera schemas needs the validate extra (pandera is not installed): "
        "pip install 'ruchina-ai-data[validate]'"
    )
    assert isinstance(caught.value, ImportError)


@pytest.mark.parametrize("missing", ["pandera", "frictionless", "pycountry"])
def test_validate_without_its_extra_fails_in_one_line(monkeypatch, capsys, missing):
    _without(monkeypatch, missing)
    assert main(["validate", "--no-source"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == (
        f"error: validating the package needs the validate extra ({missing} is not "
        "installed): pip install 'ruchina-ai-data[validate]'\n"
    )


def test_sql_without_its_extra_names_it(monkeypatch, capsys):
    _without(monkeypatch, "duckdb")
    assert main(["sql", "SELECT 1"]) == 2
    assert capsys.readouterr().err == (
        "error: the sql command needs the sql extra (duckdb is not installed): "
        "pip install 'ruchina-ai-data[sql]'\n"
    )


@pytest.mark.parametrize(
    ("argv", "missing", "purpose"),
    [
        (["graph", "g.graphml"], "networkx", "the graph"),
        (["sqlite", "x.db"], "sqlite_utils", "the explorer"),
        (["plots", "charts"], "altair", "drawing the charts"),
        (["serve"], "datasette", "serving the explorer"),
    ],
)
def test_the_explorer_without_its_extra_names_it(
    monkeypatch, capsys, tmp_path, argv, missing, purpose
):
    monkeypatch.chdir(tmp_path)
    _without(monkeypatch, missing)
    assert main(argv) == 2
    assert capsys.readouterr().err == (
        f"error: {purpose} needs the explore extra ({missing} is not installed): "
        "pip install 'ruchina-ai-data[explore]'\n"
    )


def test_the_report_rates_convert_without_pycountry(monkeypatch):
    _without(monkeypatch, "pycountry")
    assert rd.convert(106, "USD", "EUR") == 100
    with pytest.raises(rd.ConversionError, match=r"the report states no rate for GBP"):
        rd.convert(1, "GBP", "EUR")
    with pytest.raises(rd.ConversionError, match=r"'E1R' is not an ISO 4217 currency code"):
        rd.convert(1, "E1R", "EUR")


def test_ecb_rates_without_their_extra_name_it(monkeypatch):
    from ruchina_ai_data import ecb

    ecb._history.cache_clear()
    ecb.series.cache_clear()
    _without(monkeypatch, "currency_converter")
    try:
        with pytest.raises(
            MissingExtraError,
            match=r"converting at ECB rates needs the "
            r"validate extra \(currency_converter is not installed\)",
        ):
            rd.convert(1, "EUR", "USD", year=2019, rates="ecb")
    finally:
        ecb._history.cache_clear()
        ecb.series.cache_clear()


def test_loading_every_table_imports_no_extra():
    import subprocess

    code = (
        "import sys, ruchina_ai_data as r\n"
        "[r.load(n) for n in r.tables()]\n"
        "r.describe('amounts')\n"
        "heavy = ('pandera', 'frictionless', 'pycountry', 'currency_converter', 'duckdb',"
        " 'datasette', 'networkx', 'altair')\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
