"""Pandera schemas generated from the column spec, importable by downstream projects.

>>> from ruchina_ai_data.schemas import schema
>>> schema("footnotes_en").validate(my_copy, lazy=True)
"""

from __future__ import annotations

from functools import cache

from .extras import require
from .loader import pandas_dtype
from .spec import TABLES, Column, get_table
from .spec.vocabularies import ISO_DATE_ANY_PRECISION, ISO_PERIOD, is_real_period

pa = require("pandera.pandas", "validate", "the Pandera schemas")


def _checks(column: Column) -> list[pa.Check]:
    checks: list[pa.Check] = []
    if column.enum:
        checks.append(pa.Check.isin(list(column.enum)))
    if column.pattern:
        checks.append(pa.Check.str_matches(column.pattern))
    if column.pattern in (ISO_DATE_ANY_PRECISION, ISO_PERIOD):
        checks.append(
            pa.Check(
                is_real_period, element_wise=True, name="real_date", error="not a date that exists"
            )
        )
    if column.minimum is not None:
        checks.append(pa.Check.ge(column.minimum))
    if column.maximum is not None:
        checks.append(pa.Check.le(column.maximum))
    if column.max_length is not None:
        checks.append(pa.Check.str_length(max_value=column.max_length))
    return checks


def column_schema(column: Column) -> pa.Column:
    """The Pandera column of one declared column."""
    return pa.Column(
        pandas_dtype(column),
        checks=_checks(column),
        nullable=not column.required,
        unique=column.unique,
        coerce=False,
        required=True,
        description=column.description,
        title=column.name,
    )


@cache
def schema(name: str) -> pa.DataFrameSchema:
    """The Pandera schema of a table: dtypes, constraints, primary key, no extra columns."""
    table = get_table(name)
    return pa.DataFrameSchema(
        {column.name: column_schema(column) for column in table.columns},
        strict=True,
        ordered=True,
        unique=list(table.primary_key) if len(table.primary_key) > 1 else None,
        name=table.name,
        description=table.description,
    )


def all_schemas() -> dict[str, pa.DataFrameSchema]:
    """Every table's schema by name."""
    return {table.name: schema(table.name) for table in TABLES}
