"""Writers and readers of the published files: Arrow tables, Parquet and CSV, typed by the spec."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from .._version import __version__
from ..spec import Column, Table
from .arrays import build_array

CSV_DIALECT = {"delimiter": ",", "quotechar": '"', "lineterminator": "\n"}


def arrow_type(column: Column) -> pa.DataType:
    """Arrow type of a column: categories dictionary-encoded, dates as date32."""
    return {
        "string": pa.string(),
        "integer": pa.int64(),
        "number": pa.float64(),
        "boolean": pa.bool_(),
        "date": pa.date32(),
        "category": pa.dictionary(pa.int32(), pa.string()),
    }[column.type]


def arrow_schema(table: Table) -> pa.Schema:
    """Arrow schema with each column's description and unit, and the package version."""
    fields = []
    for column in table.columns:
        metadata = {"description": column.description}
        if column.unit:
            metadata["unit"] = column.unit
        fields.append(
            pa.field(
                column.name, arrow_type(column), nullable=not column.required, metadata=metadata
            )
        )
    return pa.schema(
        fields,
        metadata={
            "table": table.name,
            "description": table.description,
            "package": "ruchina-ai-data",
            "version": __version__,
            "primary_key": ",".join(table.primary_key),
        },
    )


def refuse_undeclared(table: Table, rows: list[dict[str, Any]]) -> None:
    """Refuse a row whose keys are not exactly the declared columns (a builder's typo would
    otherwise publish an empty column)."""
    declared = set(table.column_names)
    for index, row in enumerate(rows, start=1):
        if set(row) != declared:
            extra, missing = sorted(set(row) - declared), sorted(declared - set(row))
            raise ValueError(
                f"{table.name} row {index}: keys differ from the spec: undeclared {extra}, "
                f"missing {missing}"
            )


def to_arrow(table: Table, rows: list[dict[str, Any]]) -> pa.Table:
    """Rows (dicts) as an Arrow table with exactly the declared columns, in declared order."""
    refuse_undeclared(table, rows)
    arrays = []
    for column in table.columns:
        values = [row.get(column.name) for row in rows]
        if column.type == "category":
            assert column.enum is not None
            unknown = sorted({v for v in values if v is not None and v not in column.enum})
            if unknown:
                raise ValueError(f"{table.name}.{column.name}: values outside the enum {unknown}")
        arrays.append(build_array(values, column.type, column.enum or ()))
    return pa.Table.from_arrays(arrays, schema=arrow_schema(table))


def write_parquet(data: pa.Table, path: Path) -> None:
    """Parquet with fixed settings so that equal data gives equal bytes."""
    pq.write_table(
        data,
        path,
        compression="zstd",
        compression_level=9,
        use_dictionary=True,
        write_statistics=True,
        store_schema=True,
    )


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def csv_text(table: Table, rows: list[dict[str, Any]]) -> str:
    """CSV (UTF-8, comma, LF, minimal quoting, empty cell = missing) of the declared columns."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, **CSV_DIALECT)
    writer.writerow(table.column_names)
    for row in rows:
        writer.writerow([_csv_cell(row.get(name)) for name in table.column_names])
    return buffer.getvalue()


def write_json(path: Path, data: Any) -> None:
    """JSON metadata as written everywhere in the package: indented, UTF-8, final newline."""
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def write_csv(table: Table, rows: list[dict[str, Any]], path: Path) -> None:
    """Write the CSV twin of a table."""
    path.write_bytes(csv_text(table, rows).encode("utf-8"))
