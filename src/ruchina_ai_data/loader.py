"""The loader: list the tables, find their files, load them as typed pandas DataFrames.

Only pandas and pyarrow are imported, and only when a table is loaded; the validation stack
(pandera, frictionless) is never imported from here.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .spec import TABLES, Column, Table, get_table

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

FORMATS = ("parquet", "csv")
_PACKAGE_DATA = "data"
_REPO_ROOT = Path(__file__).resolve().parents[2]


class UnknownFormatError(ValueError):
    """A file format the package does not publish."""


class CategoryError(ValueError):
    """A category column holds a value outside its declared categories."""

    def __init__(self, table: str, column: str, unknown: list[str]) -> None:
        super().__init__(f"{table}.{column} holds values outside its categories: {unknown}")
        self.column = column


@cache
def data_root() -> Path:
    """Folder holding `datapackage.json` and `datasets/`: inside the wheel, else the checkout
    (found once per process)."""
    packaged = Path(str(resources.files("ruchina_ai_data").joinpath(_PACKAGE_DATA)))
    if (packaged / "datapackage.json").is_file():
        return packaged
    if (_REPO_ROOT / "datapackage.json").is_file():
        return _REPO_ROOT
    raise FileNotFoundError(
        "no built tables found: neither the installed package data nor a checkout holds "
        "datapackage.json; run `ruchina-ai-data build` in a checkout"
    )


def tables() -> dict[str, str]:
    """Every published table with a one-line description."""
    return {table.name: table.title for table in TABLES}


def path(name: str, format: str = "parquet", root: Path | None = None) -> Path:
    """Path of a table's file, for users of Polars, DuckDB or Arrow."""
    table = get_table(name)
    if format not in FORMATS:
        raise UnknownFormatError(f"unknown format {format!r}; valid formats: {', '.join(FORMATS)}")
    return (root or data_root()) / "datasets" / f"{table.name}.{format}"


@cache
def pandas_dtype(column: Column) -> Any:
    """The pandas dtype a column is loaded as (nullable, categorical with the full enum)."""
    import pandas as pd

    if column.type == "category":
        return pd.CategoricalDtype(list(column.enum or ()), ordered=False)
    return {
        "string": pd.StringDtype(),
        "integer": pd.Int64Dtype(),
        "number": pd.Float64Dtype(),
        "boolean": pd.BooleanDtype(),
        "date": "datetime64[s]",
    }[column.type]


def _has_dtype(dtype: Any, column: Column) -> bool:
    """Whether a column already has its declared dtype (categories compared as lists, which
    is cheaper than pandas' hashing of a new CategoricalDtype)."""
    if column.type == "category":
        categories = getattr(dtype, "categories", None)
        return (
            categories is not None
            and not dtype.ordered
            and categories.tolist() == list(column.enum or ())
            and str(categories.dtype) == str(pandas_dtype(column).categories.dtype)
        )
    return bool(dtype == pandas_dtype(column))


def apply_dtypes(frame: pd.DataFrame, table: Table) -> pd.DataFrame:
    """Cast each declared column to its pandas dtype."""
    current = frame.dtypes.to_dict()
    for column in table.columns:
        if column.name not in current:
            continue
        if _has_dtype(current[column.name], column):
            continue  # already right (Parquet read with the mapper): skip a copy
        target = pandas_dtype(column)
        if column.type == "category":
            values = frame[column.name].dropna().astype(str)
            unknown = sorted(set(values) - set(column.enum or ()))
            if unknown:
                raise CategoryError(table.name, column.name, unknown)
        frame[column.name] = frame[column.name].astype(target)
    return frame


@cache
def _arrow_to_pandas() -> dict[Any, Any]:
    import pandas as pd
    import pyarrow as pa

    return {
        pa.int64(): pd.Int64Dtype(),
        pa.float64(): pd.Float64Dtype(),
        pa.bool_(): pd.BooleanDtype(),
        pa.string(): pd.StringDtype(),
    }


def frame_from_parquet(table: Table, file: Path) -> pd.DataFrame:
    """A Parquet file as a DataFrame with the declared dtypes."""
    import pyarrow.parquet as pq

    # ParquetFile.read skips the dataset machinery of read_table: one file, read whole.
    return frame_from_arrow(table, pq.ParquetFile(file).read())


def frame_from_arrow(table: Table, arrow: pa.Table) -> pd.DataFrame:
    """An Arrow table read from Parquet as a DataFrame with the declared dtypes."""
    import pyarrow as pa

    for index, item in enumerate(arrow.schema):
        if pa.types.is_date32(item.type):  # dates arrive as datetime64[s], not objects
            arrow = arrow.set_column(index, item.name, arrow.column(index).cast(pa.timestamp("s")))
    frame = arrow.to_pandas(types_mapper=_arrow_to_pandas().get)
    return apply_dtypes(frame, table)


def frame_from_csv(table: Table, file: Path) -> pd.DataFrame:
    """A CSV file as a DataFrame with the declared dtypes (empty cell = missing)."""
    import pandas as pd

    read_as = {
        c.name: "string" if c.type in ("string", "category", "date") else pandas_dtype(c)
        for c in table.columns
    }
    frame = pd.read_csv(
        file, dtype=read_as, keep_default_na=False, na_values=[""], encoding="utf-8"
    )
    return apply_dtypes(frame, table)


def load(name: str, root: Path | None = None) -> pd.DataFrame:
    """Load a table as a pandas DataFrame with the declared dtypes (from the package at
    `root`, default: ours).

    >>> import ruchina_ai_data
    >>> ruchina_ai_data.load("exchange_rates")[["rate_id", "rate"]]  # doctest: +SKIP
    """
    table = get_table(name)
    frame = frame_from_parquet(table, path(name, root=root))
    frame.attrs = metadata(table)
    return frame


def metadata(table: Table) -> dict[str, Any]:
    """What `load` puts in `DataFrame.attrs`: the table's title and description, its key,
    and each column's type, unit and description."""
    return {
        "table": table.name,
        "title": table.title,
        "description": table.description,
        "primary_key": list(table.primary_key),
        "columns": {
            c.name: {"type": c.type, "unit": c.unit, "description": c.description}
            for c in table.columns
        },
    }


def describe(name: str) -> pd.DataFrame:
    """The columns of a table as a DataFrame: name, type, unit, required, description.

    >>> import ruchina_ai_data
    >>> ruchina_ai_data.describe("amounts").head()  # doctest: +SKIP
    """
    import pandas as pd

    table = get_table(name)
    rows = [
        (c.name, c.type, c.unit, c.required, c.name in table.primary_key, c.description)
        for c in table.columns
    ]
    columns = ["column", "type", "unit", "required", "key", "description"]
    frame = pd.DataFrame(rows, columns=columns).astype(
        {"column": "string", "type": "string", "unit": "string", "description": "string"}
    )
    frame.attrs = metadata(table)
    return frame
