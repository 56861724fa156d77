"""The building blocks of the column spec: columns, keys, tables, and the columns that many
tables share (edition, footnote, line, provenance, fact qualifiers)."""

from __future__ import annotations

from dataclasses import dataclass, field

from .vocabularies import EDITION_CODES, FOOTNOTE_RULES, ISO_PERIOD, QUALIFIERS, TYPES


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
    typed_dates: tuple[TypedDates, ...] = field(default=())
    list_references: tuple[ListReference, ...] = field(default=())
    record_lists: tuple[RecordList, ...] = field(default=())

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
class TypedDates:
    """Date columns derived from ISO 8601 strings at a stated precision: `start` is the first
    day of the `first` column's period, `end` the last day of the `last` column's."""

    first: str
    last: str
    start: str = "start_date"
    end: str = "end_date"


@dataclass(frozen=True)
class ListReference:
    """A column holding a list of keys of another table, joined by `separator` (a long-form
    table usually holds the same pairs). Table Schema cannot declare it; `validate` checks it."""

    column: str
    resource: str
    field: str
    separator: str = "; "


@dataclass(frozen=True)
class RecordList:
    """A column holding a list of records of several tables, each "<table>:<id>", joined by
    `separator`; `targets` maps each table to its key column. `validate` checks it."""

    column: str
    targets: dict[str, str]
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
        paragraph_column("en"),
        paragraph_column("fr"),
        footnote_rule_column("en"),
        footnote_rule_column("fr"),
    )


def paragraph_column(edition: str) -> Column:
    """The paragraph of the evidence within its section: a locator that survives any format."""
    language = {"en": "English", "fr": "French"}[edition]
    return Column(
        f"paragraph_{edition}",
        "integer",
        f"Paragraph of the {language} evidence within its section (1 = first paragraph after "
        "the heading; a paragraph cut by a page break counts once; each table row is one).",
        minimum=1,
    )


def footnote_rule_column(edition: str) -> Column:
    """How the footnote of the evidence was chosen."""
    language = {"en": "English", "fr": "French"}[edition]
    return Column(
        f"footnote_rule_{edition}",
        "category",
        f"How footnote_{edition} was chosen for the {language} evidence: same_sentence, "
        "attribution (a note on the source's name before the claim), later_in_paragraph, "
        "table_cell, table_row, table_next_line, table_header, in_footnote (the evidence is "
        "the note), none.",
        enum=FOOTNOTE_RULES,
    )


def date_bounds_columns(of: str) -> tuple[Column, ...]:
    """`start_date` and `end_date`: the first and last day the string `of` covers."""
    return (
        Column(
            "start_date",
            "date",
            f"First day {of} covers, as a date (2020-04 starts on 2020-04-01).",
        ),
        Column(
            "end_date",
            "date",
            f"Last day {of} covers, as a date (2020-04 ends on 2020-04-30).",
        ),
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
        *date_bounds_columns("period"),
        Column(
            "is_target",
            "boolean",
            "A target or plan for the future, not a fact that happened.",
            required=True,
        ),
        Column("note", "string", "Curator's note (differences between editions, caveats)."),
    )
