"""Derived provenance: where a short verbatim span stands in the report.

Curated records carry only the span; this module finds it and says the line, the section
and the footnote, so that no line or footnote number is ever typed by hand.
"""

from __future__ import annotations

from dataclasses import dataclass

from .parser import Edition, Report, plain_text

MAX_EVIDENCE_CHARS = 160


class SpanError(ValueError):
    """An evidence span that is not in the source, or is there more than once."""


@dataclass(frozen=True)
class Location:
    """Where a span stands: its line, and the footnote whose text holds it (if any)."""

    edition: str
    line: int
    footnote: int | None
    section: str | None


def _search_lines(edition: Edition, span: str) -> list[tuple[int, int | None]]:
    hits: list[tuple[int, int | None]] = []
    for line, text in sorted(edition.body_lines.items()):
        if span in plain_text(text):
            hits.append((line, None))
    for note in edition.footnotes:
        if span in note.text:
            hits.append((note.line, note.number))
    return hits


def locate_span(
    report: Report,
    edition_code: str,
    span: str,
    section_of_line: dict[int, str] | None = None,
    *,
    in_footnotes_only: bool = False,
) -> Location:
    """The single place where `span` stands in one edition, or SpanError saying why not."""
    if len(span) > MAX_EVIDENCE_CHARS:
        raise SpanError(
            f"evidence span is {len(span)} characters, more than {MAX_EVIDENCE_CHARS}: {span!r}"
        )
    edition = report.editions[edition_code]
    hits = _search_lines(edition, span)
    if in_footnotes_only:
        hits = [hit for hit in hits if hit[1] is not None]
    if not hits:
        raise SpanError(f"evidence span not found in the {edition_code} edition: {span!r}")
    if len(hits) > 1:
        lines = ", ".join(str(line) for line, _ in hits)
        raise SpanError(
            f"evidence span found {len(hits)} times in the {edition_code} edition "
            f"(lines {lines}); make it longer so it is unique: {span!r}"
        )
    line, footnote = hits[0]
    section = None
    if section_of_line is not None:
        anchor = line
        if footnote is not None:
            marker = next((m for m in edition.markers if m.number == footnote), None)
            anchor = marker.line if marker else line
        section = section_of_line.get(anchor)
    return Location(edition_code, line, footnote, section)
