"""The column spec: every table's columns declared once, the source of all schemas.

The Pandera schemas (`ruchina_ai_data.schemas`), the Table Schemas of `datapackage.json` and
`schemas/*.json`, the Arrow schemas of the Parquet files, `croissant.json`, the data
dictionary and the loader's pandas dtypes are all generated from these declarations, one
module per family of tables. Nothing here imports more than the standard library.
"""

from __future__ import annotations

from .apparatus import APPARATUS_TABLES
from .columns import Column, ForeignKey, ListReference, PolymorphicKey, Table
from .entities import ENTITIES_TABLES
from .quantities import QUANTITIES_TABLES

# The published order: the apparatus, the quantities, the entities, then the anomalies.
ORDER = (
    "editions", "sections", "footnotes_en", "footnotes_fr", "bibliography", "citations",
    "footnote_alignment", "exchange_rates", "amounts", "figures", "metrics", "exclusions",
    "numerals", "entities", "entity_aliases", "entity_attributes", "predicates", "relations",
    "ownership", "events",
    "event_actors", "claims", "scenarios", "edition_differences", "statements", "anomalies",
)  # fmt: skip
_DECLARED = {t.name: t for t in (*APPARATUS_TABLES, *QUANTITIES_TABLES, *ENTITIES_TABLES)}
if sorted(_DECLARED) != sorted(ORDER):
    raise RuntimeError(f"spec: declared tables {sorted(_DECLARED)} differ from ORDER")
TABLES: tuple[Table, ...] = tuple(_DECLARED[name] for name in ORDER)
TABLES_BY_NAME: dict[str, Table] = {table.name: table for table in TABLES}


class UnknownTableError(KeyError):
    """A table name that the package does not publish."""

    def __str__(self) -> str:
        return str(self.args[0])


def get_table(name: str) -> Table:
    """The declared table, or an error listing the valid names."""
    try:
        return TABLES_BY_NAME[name]
    except KeyError:
        valid = ", ".join(sorted(TABLES_BY_NAME))
        raise UnknownTableError(f"unknown table {name!r}; valid names: {valid}") from None


__all__ = [
    "TABLES",
    "TABLES_BY_NAME",
    "Column",
    "ForeignKey",
    "ListReference",
    "PolymorphicKey",
    "Table",
    "UnknownTableError",
    "get_table",
]
