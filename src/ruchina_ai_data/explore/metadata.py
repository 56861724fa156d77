"""Datasette metadata generated from the column spec: the home page, each table's and
column's description, facets, label columns and the canned queries. Never hand-written."""

from __future__ import annotations

from html import escape
from typing import Any

from .._version import RELEASE_DATE, __version__
from ..spec import TABLES, Table
from .queries import QUERIES

FACETED = (
    "kind", "subkind", "country", "predicate", "section", "edition", "category", "status",
    "unit", "verb_class", "original_currency", "metric", "twin_match", "qualifier",
    "ownership_type", "sector", "attribute",
)  # fmt: skip
# The column a link to a row shows: a footnote link shows the note's text.
LABELS = {
    "entities": "name", "bibliography": "title", "sections": "title_en",
    "footnotes_en": "text", "footnotes_fr": "text",
}  # fmt: skip
REPORT = (
    "S. Linke (ed. V. Tchakarova), Russian-Chinese alliance in artificial intelligence, and "
    "how it has evolved since the invasion of Ukraine, analytical report for the DGRIS, "
    "French Ministry of the Armed Forces, 11 September 2023"
)


def home_page() -> str:
    """What the data is and how to cite it, as the explorer's home page shows it."""
    citation = (
        f"ruchina-ai-data contributors ({RELEASE_DATE[:4]}). ruchina-ai-data {__version__}: "
        "facts of the 2023 DGRIS report on the Russian-Chinese alliance in artificial "
        f"intelligence [data set]. Released {RELEASE_DATE}."
    )
    return (
        "<p>Every fact the report states, in typed tables: amounts, figures, ownership, "
        "relations, events, claims, statements, with the footnote, section, paragraph and "
        "line that carry each in the French original and the English edition.</p>"
        f"<p>Source: {escape(REPORT)}.</p>"
        "<p>Start with <code>entities</code>, follow an actor with the query "
        "<em>Everything about one entity</em>, or search the full text of a table.</p>"
        f"<p><strong>Cite</strong> both the data and the report: {escape(citation)} "
        f"And: {escape(REPORT)}.</p>"
    )


def _table_metadata(table: Table) -> dict[str, Any]:
    found: dict[str, Any] = {
        "title": table.title,
        "description": table.description,
        "columns": {c.name: c.description for c in table.columns},
    }
    facets = [
        c.name for c in table.columns if c.name in FACETED and c.name not in table.primary_key
    ]
    if facets:
        found["facets"] = facets
    if table.name in LABELS:
        found["label_column"] = LABELS[table.name]
    return found


def datasette_metadata(database: str) -> dict[str, Any]:
    """Metadata for a database named `database` (the SQLite file's stem)."""
    return {
        "title": "Russia-China cooperation in AI: the facts of the 2023 DGRIS report",
        "description_html": home_page(),
        "license": "CC BY 4.0 (data), MIT (code)",
        "license_url": "https://creativecommons.org/licenses/by/4.0/",
        "source": REPORT,
        "databases": {
            database: {
                "tables": {table.name: _table_metadata(table) for table in TABLES},
                "queries": QUERIES,
            }
        },
    }
