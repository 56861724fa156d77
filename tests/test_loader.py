"""The loader: one call to a typed DataFrame, clear errors, and a light import."""

from __future__ import annotations

import subprocess
import sys

import pandas as pd
import pytest

import ruchina_ai_data
from ruchina_ai_data.loader import UnknownFormatError, pandas_dtype
from ruchina_ai_data.spec import TABLES


def test_tables_lists_every_table_with_a_description():
    listed = ruchina_ai_data.tables()
    assert list(listed) == [t.name for t in TABLES]
    assert all(listed.values())


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.name)
def test_load_gives_the_declared_dtypes(table):
    frame = ruchina_ai_data.load(table.name)
    assert list(frame.columns) == table.column_names
    assert len(frame) > 0
    for column in table.columns:
        assert frame[column.name].dtype == pandas_dtype(column), column.name


def test_nullable_integers_stay_integers():
    frame = ruchina_ai_data.load("anomalies")
    assert frame["footnote_en"].dtype == pd.Int64Dtype()
    assert frame["footnote_en"].isna().any()


def test_unknown_table_lists_the_valid_names():
    with pytest.raises(ruchina_ai_data.UnknownTableError) as error:
        ruchina_ai_data.load("footnotes")
    message = str(error.value)
    assert "unknown table 'footnotes'" in message
    assert "footnotes_en" in message and "exchange_rates" in message


def test_unknown_format_lists_the_valid_formats():
    with pytest.raises(UnknownFormatError, match="valid formats: parquet, csv"):
        ruchina_ai_data.path("editions", format="xlsx")


def test_path_points_at_existing_files():
    for fmt in ("parquet", "csv"):
        assert ruchina_ai_data.path("editions", format=fmt).is_file()


def test_loading_does_not_import_the_validation_stack():
    code = (
        "import sys, ruchina_ai_data; ruchina_ai_data.load('footnotes_en'); "
        "print(sorted(m for m in ('pandera', 'frictionless') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_readme_lists_every_table_with_its_row_count():
    import re
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text("utf-8")
    listed = {
        m.group(1): int(m.group(2))
        for m in re.finditer(r"^\| `([a-z_]+)` \| (\d+) \|", readme, re.M)
    }
    assert listed == {name: len(ruchina_ai_data.load(name)) for name in ruchina_ai_data.tables()}


def test_load_describes_the_table_in_attrs():
    import ruchina_ai_data as rd
    from ruchina_ai_data.spec import get_table

    frame = rd.load("amounts")
    table = get_table("amounts")
    assert frame.attrs["description"] == table.description
    assert frame.attrs["primary_key"] == ["amount_id"]
    assert set(frame.attrs["columns"]) == set(frame.columns)
    assert frame.attrs["columns"]["eur"] == {
        "type": "integer",
        "unit": "EUR",
        "description": next(c.description for c in table.columns if c.name == "eur"),
    }


def test_describe_lists_the_columns_with_type_unit_and_description():
    import ruchina_ai_data as rd

    described = rd.describe("relations")
    assert described["column"].tolist() == rd.load("relations").columns.tolist()
    row = described.set_index("column").loc["relation_id"]
    assert (row["type"], bool(row["required"]), bool(row["key"])) == ("string", True, True)
    with pytest.raises(rd.UnknownTableError):
        rd.describe("nothere")


def test_search_returns_every_record_that_names_it():
    import ruchina_ai_data as rd

    found = rd.search("NtechLab")
    assert list(found.columns) == ["table", "key", "column", "text"]
    assert {"entities", "entity_aliases", "entity_attributes", "relations"} <= set(found["table"])
    assert ("entities", "ntechlab", "name") in set(
        zip(found["table"], found["key"], found["column"], strict=True)
    )
    assert found["text"].str.casefold().str.contains("ntechlab").all()
    assert rd.search("NtechLab", tables=["entities"])["table"].unique().tolist() == ["entities"]
