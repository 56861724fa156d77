"""The data dictionary (`docs/data-dictionary.md`), generated from the column spec."""

from __future__ import annotations

from pathlib import Path

from ..spec import TABLES, Column, Table

DICTIONARY = Path("docs") / "data-dictionary.md"


def _constraints(column: Column) -> str:
    parts = []
    if column.required:
        parts.append("required")
    if column.unique:
        parts.append("unique")
    if column.enum:
        parts.append("one of " + ", ".join(f"`{v}`" for v in column.enum))
    if column.pattern:
        parts.append(f"pattern `{column.pattern}`")
    if column.minimum is not None:
        parts.append(f"≥ {column.minimum}")
    if column.maximum is not None:
        parts.append(f"≤ {column.maximum}")
    if column.max_length is not None:
        parts.append(f"at most {column.max_length} characters")
    return "; ".join(parts).replace("|", "\\|")


def table_section(table: Table) -> str:
    """The dictionary entry of one table."""
    lines = [f"## `{table.name}`: {table.title}", "", table.description, ""]
    lines.append(f"Primary key: {', '.join(f'`{k}`' for k in table.primary_key)}.")
    if table.foreign_keys:
        keys = "; ".join(
            f"`{', '.join(fk.fields)}` → `{fk.resource}.{', '.join(fk.reference)}`"
            for fk in table.foreign_keys
        )
        lines.append(f"Foreign keys: {keys}.")
    lines += [
        "",
        "| column | type | unit | constraints | description |",
        "| --- | --- | --- | --- | --- |",
    ]
    for column in table.columns:
        description = column.description.replace("|", "\\|")
        lines.append(
            f"| `{column.name}` | {column.type} | {column.unit or ''} | "
            f"{_constraints(column)} | {description} |"
        )
    return "\n".join(lines) + "\n"


def dictionary_text() -> str:
    """The whole data dictionary."""
    head = (
        "# Data dictionary\n\n"
        "Generated from `src/ruchina_ai_data/spec/` by `ruchina-ai-data build`; do not edit "
        "by hand. Types: `string`, `integer` (nullable 64-bit), `number` (64-bit float), "
        "`boolean`, `date` (ISO 8601), `category` (a string from a closed list; "
        "dictionary-encoded in Parquet, categorical in pandas).\n\n"
        + "".join(f"- `{t.name}`: {t.title}\n" for t in TABLES)
    )
    return head + "\n" + "\n".join(table_section(t) for t in TABLES)


def write_dictionary(root: Path) -> None:
    """Write the data dictionary under root."""
    path = root / DICTIONARY
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(dictionary_text(), encoding="utf-8")
