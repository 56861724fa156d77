"""Every footnote of both editions read once: its kind, the works it cites (Ibid resolved),
where its first marker stands and the section that gives it."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..curation.errors import CurationError
from ..curation.works import Alias, Work
from ..source.parser import Footnote, Report
from .citations import CitationReader, ReadFootnote

_QUOTES = re.compile(r"[“”«»\"]")


@dataclass(frozen=True)
class Note:
    """A footnote number of one edition: its first text, how it reads, and its markers."""

    edition: str
    footnote: Footnote  # the first text printed with this number
    reading: ReadFootnote
    marker_line: int | None
    marker_count: int
    section: str | None

    @property
    def number(self) -> int:
        return self.footnote.number

    @property
    def kind(self) -> str:
        return self.reading.kind


def read_notes(
    report: Report,
    works: tuple[Work, ...],
    aliases: tuple[Alias, ...],
    section_of_line: dict[str, dict[int, str]],
) -> dict[str, dict[int, Note]]:
    """Edition -> number -> note, in number order; every curated `cited_as` string must
    stand in some footnote."""
    reader = CitationReader(works, aliases)
    notes: dict[str, dict[int, Note]] = {}
    for code, edition in report.editions.items():
        counts = Counter(m.number for m in edition.markers)
        notes[code] = {}
        previous: list = []
        for footnote in sorted(edition.footnotes, key=lambda n: (n.number, n.line)):
            if footnote.number in notes[code]:
                continue
            reading = reader.read(footnote.text, previous)
            previous = reading.citations
            marker_line = edition.first_marker_line(footnote.number)
            notes[code][footnote.number] = Note(
                edition=code,
                footnote=footnote,
                reading=reading,
                marker_line=marker_line,
                marker_count=counts.get(footnote.number, 0),
                section=section_of_line[code].get(marker_line or footnote.line),
            )
    texts = [_QUOTES.sub("", n.text) for e in report.editions.values() for n in e.footnotes]
    for work in works:
        for name in work.cited_as:
            if not any(name.replace('"', "") in text for text in texts):
                raise CurationError(f"work {work.id}: cited_as string not found: {name!r}")
    return notes


def footnote_kinds(notes: dict[int, Note]) -> dict[int, str]:
    """Number -> kind, as the footnote rule of provenance needs it."""
    return {number: note.kind for number, note in notes.items()}
