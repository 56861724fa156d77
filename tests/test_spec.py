"""One spec, many artefacts: the Pandera schemas and the Table Schemas must say the same."""

from __future__ import annotations

import json
from pathlib import Path

import pandera.pandas as pa
import pytest
from pandera.io.pandas_io import from_frictionless_schema

from ruchina_ai_data.publish.table_schema import table_schema
from ruchina_ai_data.schemas import schema
from ruchina_ai_data.spec import TABLES, Column, Table

REPO = Path(__file__).resolve().parents[1]


def _check_stats(column: pa.Column) -> dict[str, object]:
    stats: dict[str, object] = {}
    for check in column.checks:
        name, s = check.name, dict(check.statistics or {})
        if name == "isin":
            stats["enum"] = sorted(s["allowed_values"])
        elif name == "str_matches":
            stats["pattern"] = str(s["pattern"]).removeprefix("^").removesuffix("$")
        elif name in ("greater_than_or_equal_to", "in_range") and "min_value" in s:
            stats["minimum"] = s["min_value"]
        if name in ("less_than_or_equal_to", "in_range") and "max_value" in s:
            stats["maximum"] = s["max_value"]
    return stats


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.name)
def test_pandera_schema_agrees_with_table_schema(table: Table):
    ours = schema(table.name)
    theirs = from_frictionless_schema(table_schema(table))
    assert list(ours.columns) == list(theirs.columns) == table.column_names
    for name, column in ours.columns.items():
        other = theirs.columns[name]
        declared = table.column(name)
        assert column.nullable == other.nullable == (not declared.required), name
        assert column.unique == declared.unique, name
        ours_stats = _check_stats(column)
        theirs_stats = _check_stats(other)
        for key in ("enum", "pattern", "minimum", "maximum"):
            assert ours_stats.get(key) == theirs_stats.get(key), (name, key)
            declared_value = getattr(declared, key)
            if declared_value is not None:
                assert key in ours_stats, (name, key)
    assert ours.strict is True
    assert theirs.strict is True


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.name)
def test_published_schema_files_are_generated_from_the_spec(table: Table):
    published = json.loads((REPO / "schemas" / f"{table.name}.json").read_text("utf-8"))
    generated = table_schema(table)
    assert {k: published[k] for k in generated} == generated
    descriptor = json.loads((REPO / "datapackage.json").read_text("utf-8"))
    resource = next(r for r in descriptor["resources"] if r["name"] == table.name)
    assert resource["schema"] == generated


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.name)
def test_table_schema_types_follow_column_types(table: Table):
    fields = {f["name"]: f for f in table_schema(table)["fields"]}
    for column in table.columns:
        expected = {"category": "string"}.get(column.type, column.type)
        assert fields[column.name]["type"] == expected


def test_keys_name_declared_columns_and_tables():
    names = {t.name: t for t in TABLES}
    for table in TABLES:
        assert set(table.primary_key) <= set(table.column_names)
        for fk in table.foreign_keys:
            assert set(fk.fields) <= set(table.column_names)
            assert set(fk.reference) <= set(names[fk.resource].column_names)


def test_a_category_without_enum_is_refused():
    with pytest.raises(ValueError, match="needs its enum"):
        Column("kind", "category", "x")


def test_an_unknown_type_is_refused():
    with pytest.raises(ValueError, match="unknown type 'decimal'"):
        Column("amount", "decimal", "x")


def test_no_column_name_is_a_word_sql_reserves():
    """Every column can be named bare in DuckDB and SQLite queries (no `"end"`, `"offset"`)."""
    import sqlite3

    duckdb = pytest.importorskip("duckdb")
    reserved = {
        name.lower()
        for (name,) in duckdb.sql(
            "SELECT keyword_name FROM duckdb_keywords() WHERE keyword_category = 'reserved'"
        ).fetchall()
    }
    assert {"end", "offset", "select"} <= reserved  # the list is the one we mean
    con = sqlite3.connect(":memory:")
    clashes = []
    for table in TABLES:
        for column in table.columns:
            if column.name.lower() in reserved:
                clashes.append(f"{table.name}.{column.name} (DuckDB)")
            try:
                con.execute(f"SELECT 1 AS {column.name}")
            except sqlite3.OperationalError:
                clashes.append(f"{table.name}.{column.name} (SQLite)")
    assert clashes == []
