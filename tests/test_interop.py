"""Other tools read the files without our code, with the declared types and row counts."""

from __future__ import annotations

import duckdb
import polars as pl
import pyarrow.parquet as pq
import pytest

from ruchina_ai_data import load, path
from ruchina_ai_data.spec import TABLES, Column

DUCKDB_TYPES = {
    "string": "VARCHAR",
    "integer": "BIGINT",
    "number": "DOUBLE",
    "boolean": "BOOLEAN",
    "date": "DATE",
    "category": "VARCHAR",
}
POLARS_TYPES = {
    "string": pl.String,
    "integer": pl.Int64,
    "number": pl.Float64,
    "boolean": pl.Boolean,
    "date": pl.Date,
    "category": pl.Categorical,
}


def _polars_matches(column: Column, dtype: pl.DataType) -> bool:
    expected = POLARS_TYPES[column.type]
    return dtype == expected or isinstance(dtype, expected)


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.name)
def test_duckdb_reads_parquet_with_the_declared_types(table):
    con = duckdb.connect()
    file = str(path(table.name))
    described = con.execute(f"DESCRIBE SELECT * FROM read_parquet('{file}')").fetchall()
    assert [row[0] for row in described] == table.column_names
    for (name, duck_type, *_), column in zip(described, table.columns, strict=True):
        assert duck_type == DUCKDB_TYPES[column.type], name
    count = con.execute(f"SELECT count(*) FROM read_parquet('{file}')").fetchone()[0]
    assert count == len(load(table.name))


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.name)
def test_polars_reads_parquet_and_csv(table):
    frame = pl.read_parquet(path(table.name))
    assert frame.columns == table.column_names
    for column in table.columns:
        assert _polars_matches(column, frame.schema[column.name]), column.name
    csv = pl.read_csv(path(table.name, format="csv"), infer_schema_length=0)
    assert csv.height == frame.height and csv.columns == frame.columns


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.name)
def test_parquet_schema_carries_descriptions_and_version(table):
    from ruchina_ai_data import __version__

    schema = pq.read_schema(path(table.name))
    assert schema.metadata[b"version"].decode() == __version__
    for column in table.columns:
        metadata = schema.field(column.name).metadata
        assert metadata[b"description"].decode() == column.description


def test_duckdb_joins_amounts_to_their_rates():
    con = duckdb.connect()
    rows = con.execute(
        f"""SELECT a.amount_id, r.rate FROM read_parquet('{path("amounts")}') a
            JOIN read_parquet('{path("exchange_rates")}') r USING (rate_id)
            WHERE a.amount_id = 'china-ai-industry-target-2030'"""
    ).fetchall()
    assert rows == [("china-ai-industry-target-2030", 1.06)]
