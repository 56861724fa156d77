"""The build: source report -> parsed document -> tables -> files, deterministically."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from .apparatus import Row, apparatus_rows, read_apparatus
from .completeness import fact_rows
from .croissant import write_croissant
from .datapackage import DATA_DIR, relative_path, write_descriptor
from .dictionary import write_dictionary
from .entity_tables import entity_rows_all
from .files import to_arrow, write_csv, write_json, write_parquet
from .parser import parse_report
from .source import REPO_ROOT, read_source
from .spec import TABLES
from .tableschema import table_schema

SCHEMA_DIR = "schemas"


@dataclass(frozen=True)
class BuildResult:
    """What a build wrote."""

    root: Path
    rows: dict[str, int]


def default_output_root() -> Path:
    """The repository root when running from a checkout."""
    if (REPO_ROOT / "pyproject.toml").is_file():
        return REPO_ROOT
    raise FileNotFoundError(
        "no repository checkout found next to the package; pass --out DIR to choose where the "
        "tables are written"
    )


def build_tables(source: str | os.PathLike[str] | None = None) -> dict[str, list[Row]]:
    """All tables as rows, read from the pinned report."""
    path, text = read_source(source)
    app = read_apparatus(parse_report(text))
    rows = apparatus_rows(app, source_file=path.name, sha256=_sha(text))
    rows.update(fact_rows(app, rows["exchange_rates"]))
    rows.update(entity_rows_all(app, rows))
    missing = [t.name for t in TABLES if t.name not in rows]
    if missing:
        raise RuntimeError(f"declared tables with no builder: {missing}")
    return rows


def _sha(text: str) -> str:
    import hashlib

    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def write_tables(rows: dict[str, list[Row]], root: Path) -> BuildResult:
    """Write Parquet, CSV, schemas/*.json and datapackage.json under root."""
    (root / DATA_DIR).mkdir(parents=True, exist_ok=True)
    (root / SCHEMA_DIR).mkdir(parents=True, exist_ok=True)
    for table in TABLES:
        data = rows[table.name]
        write_parquet(to_arrow(table, data), root / relative_path(table.name, "parquet"))
        write_csv(table, data, root / relative_path(table.name, "csv"))
        schema = {
            "name": table.name,
            "title": table.title,
            "description": table.description,
            **table_schema(table),
        }
        write_json(root / SCHEMA_DIR / f"{table.name}.json", schema)
    write_descriptor(root)
    write_croissant(root)
    write_dictionary(root)
    return BuildResult(root=root, rows={t.name: len(rows[t.name]) for t in TABLES})


def build(source: str | os.PathLike[str] | None = None, out: Path | None = None) -> BuildResult:
    """Rebuild every table from the report."""
    return write_tables(build_tables(source), out or default_output_root())
