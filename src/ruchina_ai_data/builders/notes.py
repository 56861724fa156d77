"""Builders of the footnote tables: `footnotes_en`, `footnotes_fr`, `citations`,
`bibliography` and `footnote_alignment`."""

from __future__ import annotations

from collections import Counter

from ..derive.derived import Derived
from ..spec.vocabularies import period_precision
from .rows import Row


def footnote_rows(derived: Derived, code: str) -> list[Row]:
    """Every footnote number of one edition (the first text of a reused number)."""
    rows = []
    for number, note in derived.notes[code].items():
        citations = note.reading.citations
        rows.append(
            {
                "number": number,
                "kind": note.kind,
                "text": note.footnote.text,
                "work_ids": "; ".join(dict.fromkeys(c.work_id for c in citations)) or None,
                "pages": "; ".join(c.pages for c in citations if c.pages) or None,
                "url": note.footnote.urls[0] if note.footnote.urls else None,
                "line": note.footnote.line,
                "end_line": note.footnote.end_line,
                "section": note.section,
                "marker_count": note.marker_count,
                "marker_line": note.marker_line,
            }
        )
    return rows


def citation_rows(derived: Derived) -> list[Row]:
    """One row per (edition, footnote, cited work)."""
    rows = []
    for code in ("en", "fr"):
        for number, note in sorted(derived.notes[code].items()):
            for position, citation in enumerate(note.reading.citations, start=1):
                rows.append(
                    {
                        "edition": code,
                        "footnote": number,
                        "position": position,
                        "footnote_en": number if code == "en" else None,
                        "footnote_fr": number if code == "fr" else None,
                        "work_id": citation.work_id,
                        "pages": citation.pages,
                        "cited_as": citation.cited_as,
                        "cited_year": citation.cited_year,
                        "via_ibid": citation.via_ibid,
                    }
                )
    return rows


def bibliography_rows(derived: Derived) -> list[Row]:
    """One row per cited work, with its entry in each bibliography."""
    cited: dict[str, Counter[str]] = {"en": Counter(), "fr": Counter()}
    for code in ("en", "fr"):
        for note in derived.notes[code].values():
            for work_id in {c.work_id for c in note.reading.citations}:
                cited[code][work_id] += 1
    rows = []
    for work in sorted(derived.works, key=lambda w: w.id):
        rows.append(
            {
                "work_id": work.id,
                "entry_en": work.entries.get("en"),
                "entry_fr": work.entries.get("fr"),
                "in_bibliography": work.in_bibliography,
                "authors": work.authors,
                "year": work.work.year,
                "date": work.date,
                "date_precision": period_precision(work.date),
                "title": work.title,
                "title_fr": work.title_fr,
                "container": work.container,
                "url": work.url,
                "doi": work.doi,
                "kind": work.work.kind,
                "cited_en": cited["en"][work.id],
                "cited_fr": cited["fr"][work.id],
                "note": work.work.note,
            }
        )
    return rows


def alignment_rows(derived: Derived) -> list[Row]:
    """English footnotes aligned to French footnotes."""
    return [
        {
            "pair_id": index,
            "footnote_en": pair.footnote_en,
            "footnote_fr": pair.footnote_fr,
            "match": pair.match,
            "section": pair.section,
            "score": pair.score,
            "shared_works": "; ".join(pair.shared_works) or None,
        }
        for index, pair in enumerate(derived.alignment, start=1)
    ]
