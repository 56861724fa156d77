"""Builders of `editions` and `sections`: the two editions and their aligned sections."""

from __future__ import annotations

import datetime as dt
import re

from ..derive.derived import Derived
from ..source.announcement import ANNOUNCED_BY, ANNOUNCEMENT_SHA256, ANNOUNCEMENT_TITLE
from .rows import Row

PUBLISHER = "FACE (Hinterbrühl, Austria)"
COMMISSIONED_BY = "DGRIS, French Ministry of the Armed Forces"
_PRINTED_DATE = re.compile(r"\d{2}/\d{2}/\d{4}")


def _front(front: list[str], *prefixes: str) -> str:
    line = next(x for x in front if x.lower().startswith(prefixes))
    return line.split(":", 1)[1].strip()


def editions_rows(derived: Derived) -> list[Row]:
    """One row per edition, with the counts of its parts."""
    rows = []
    for code, edition in derived.report.editions.items():
        front = edition.front_matter
        printed = next(x for x in front if _PRINTED_DATE.fullmatch(x))
        day, month, year = (int(p) for p in printed.split("/"))  # day/month/year
        rows.append(
            {
                "edition": code,
                "language": code,
                "is_original": code == "fr",
                "title": edition.title,
                "author": _front(front, "author", "auteur"),
                "editor": _front(front, "editor", "editeur", "éditeur"),
                "date": dt.date(year, month, day),
                "publisher": PUBLISHER,
                "commissioned_by": COMMISSIONED_BY,
                "announced_by": ANNOUNCED_BY,
                "announcement_title": ANNOUNCEMENT_TITLE,
                "announcement_sha256": ANNOUNCEMENT_SHA256,
                "source_file": derived.source.path.name,
                "source_sha256": derived.source.sha256,
                "line_start": edition.line_start,
                "line_end": edition.line_end,
                "section_count": len(edition.sections),
                "footnote_count": len(edition.footnotes),
                "marker_count": len(edition.markers),
                "bibliography_entry_count": len(edition.bibliography),
            }
        )
    return rows


def sections_rows(derived: Derived) -> list[Row]:
    """Sections of both editions side by side, in reading order."""
    rows = []
    for position, section in enumerate(derived.sections.values(), start=1):
        number = section.number
        rows.append(
            {
                "section": section.section,
                "parent": number.rsplit(".", 1)[0] if number and "." in number else None,
                "position": position,
                "number": number,
                "level": section.level,
                **{
                    f"{key}_{code}": getattr(section, attribute)[code]
                    for code in ("fr", "en")
                    for key, attribute in (
                        ("title", "title"),
                        ("line_start", "line_start"),
                        ("line_end", "line_end"),
                        ("markers", "markers"),
                    )
                },
            }
        )
    return rows
