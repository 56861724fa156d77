"""The building blocks of the column spec: columns, keys, tables, and the columns that many
tables share (edition, footnote, line, provenance, fact qualifiers)."""

from __future__ import annotations

from dataclasses import dataclass, field

from .vocabularies import EDITION_CODES, ISO_PERIOD, QUALIFIERS, TYPES


@dataclass(frozen=True)
class Column:
    """One column: its type, meaning, unit and constraints."""

    name: str
    type: str
    description: str
    unit: str | None = None
    required: bool = False
    unique: bool = False
    enum: tuple[str, ...] | None = None
    pattern: str | None = None
    minimum: int | float | None = None
    maximum: int | float | None = None
    max_length: int | None = None

    def __post_init__(self) -> None:
        if self.type not in TYPES:
            raise ValueError(f"column {self.name}: unknown type {self.type!r}; use one of {TYPES}")
        if self.type == "category" and not self.enum:
            raise ValueError(f"column {self.name}: a category column needs its enum")


@dataclass(frozen=True)
class ForeignKey:
    """Columns of this table that must match a key of another table."""

    fields: tuple[str, ...]
    resource: str
    reference: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    """A published table: name, description, columns and keys."""

    name: str
    title: str
    description: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[ForeignKey, ...] = field(default=())
    polymorphic_keys: tuple[PolymorphicKey, ...] = field(default=())
    list_references: tuple[ListReference, ...] = field(default=())

    def column(self, name: str) -> Column:
        """The column with this name."""
        for column in self.columns:
            if column.name == name:
                return column
        raise KeyError(f"table {self.name} has no column {name!r}")

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]


@dataclass(frozen=True)
class ListReference:
    """A column holding a list of keys of another table, joined by `separator` (a long-form
    table usually holds the same pairs). Table Schema cannot declare it; `validate` checks it."""

    column: str
    resource: str
    field: str
    separator: str = "; "


@dataclass(frozen=True)
class PolymorphicKey:
    """A reference whose target table is named in a column of the row: `table_column` holds
    one of `targets`' table names and `id_column` a key of that table (`targets[table]`).
    Neither Table Schema nor Croissant can declare it; `validate` checks it."""

    table_column: str
    id_column: str
    targets: dict[str, str]


def edition_column(name: str = "edition", required: bool = True) -> Column:
    return Column(
        name,
        "category",
        "Edition: fr (French original) or en (English edition).",
        enum=EDITION_CODES,
        required=required,
    )


def footnote_column(edition: str, description: str, required: bool = False) -> Column:
    return Column(f"footnote_{edition}", "integer", description, minimum=1, required=required)


def line_column(name: str, description: str, required: bool = False) -> Column:
    return Column(
        name,
        "integer",
        description + " (1-based line in report.md as a whole).",
        minimum=1,
        required=required,
    )


def provenance_columns() -> tuple[Column, ...]:
    """The provenance columns every fact table carries, named alike across tables."""
    return (
        Column(
            "section",
            "string",
            "Section of the report where the evidence stands.",
            pattern=r"^[a-z0-9.]+$",
        ),
        footnote_column("en", "English footnote that carries the evidence."),
        footnote_column("fr", "French footnote that carries the evidence."),
        Column(
            "evidence_en", "string", "Short verbatim span of the English edition.", max_length=160
        ),
        Column(
            "evidence_fr", "string", "Short verbatim span of the French edition.", max_length=160
        ),
        line_column("line_en", "Line where the English evidence starts"),
        line_column("line_fr", "Line where the French evidence starts"),
    )


def footnote_foreign_keys(prefix: str = "footnote") -> tuple[ForeignKey, ...]:
    """`{prefix}_en` and `{prefix}_fr` point at the footnotes of their edition."""
    return tuple(
        ForeignKey((f"{prefix}_{code}",), f"footnotes_{code}", ("number",)) for code in ("en", "fr")
    )


def provenance_foreign_keys() -> tuple[ForeignKey, ...]:
    """Foreign keys of the provenance columns."""
    return (ForeignKey(("section",), "sections", ("section",)), *footnote_foreign_keys())


def fact_columns() -> tuple[Column, ...]:
    """Columns every fact table shares after its values."""
    return (
        Column(
            "qualifier",
            "category",
            "How the value is qualified in the text.",
            enum=QUALIFIERS,
            required=True,
        ),
        Column(
            "period",
            "string",
            "Date, month, year or interval (START/END) the value is "
            "for, ISO 8601 at the precision stated.",
            pattern=ISO_PERIOD,
        ),
        Column(
            "period_precision",
            "category",
            "Precision of the start of period.",
            enum=("year", "month", "day"),
        ),
        Column(
            "is_target",
            "boolean",
            "A target or plan for the future, not a fact that happened.",
            required=True,
        ),
        Column("note", "string", "Curator's note (differences between editions, caveats)."),
    )
