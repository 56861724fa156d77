"""Derived provenance: where a short verbatim span stands in the report, and what cites it.

Curated records carry only the span (and, when the span alone is ambiguous, a longer
context that holds it); this module finds it and derives the line, the section, the
footnote that carries the evidence and the exchange-rate note that converts it, so that no
line or footnote number is ever typed by hand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .parser import Edition, Report, plain_with_structure

MAX_EVIDENCE_CHARS = 160
_SENTENCE_END = re.compile(r"[.!?][\"»”’)]?\s")
_OPEN_END = re.compile(r"[^.!?:;\"»”)]$")
CITING_KINDS = ("citation", "ibid", "link")
_NOTE_ASIDE = re.compile(r"\(\s*Note\s*:", re.IGNORECASE)


class SpanError(ValueError):
    """An evidence span that is not in the source, or is there more than once."""


@dataclass(frozen=True)
class Location:
    """Where a span stands and what cites it."""

    edition: str
    line: int
    start: int
    end: int
    section: str | None
    footnote: int | None
    rate_footnote: int | None
    in_footnote: int | None


@dataclass(frozen=True)
class _Text:
    line: int
    text: str
    markers: tuple[tuple[int, int], ...]
    footnote: int | None
    table: bool
    bounds: tuple[int, ...] = ()


def _texts(edition: Edition) -> list[_Text]:
    texts = []
    for line, raw in sorted(edition.body_lines.items()):
        text, markers, bounds = plain_with_structure(raw)
        texts.append(_Text(line, text, tuple(markers), None, "\t" in raw, tuple(bounds)))
    for note in edition.footnotes:
        texts.append(_Text(note.line, note.text, (), note.number, False))
    return texts


def _edition_texts(report: Report, code: str) -> list[_Text]:
    cache = report.derived.setdefault("provenance_texts", {})
    if code not in cache:
        cache[code] = _texts(report.editions[code])
    return cache[code]


def _find(texts: list[_Text], needle: str) -> list[tuple[_Text, int]]:
    hits = []
    for item in texts:
        start = item.text.find(needle)
        while start >= 0:
            hits.append((item, start))
            start = item.text.find(needle, start + 1)
    return hits


def _describe(hits: list[tuple[_Text, int]]) -> str:
    return ", ".join(str(item.line) for item, _ in hits)


def _carrying(
    texts: list[_Text], item: _Text, start: int, end: int, kinds: dict[int, str]
) -> tuple[int | None, int | None]:
    """(citing footnote, exchange-rate footnote) for a span in a body line.

    In running text the citing note is the first non-rate marker after the span in its
    paragraph (a paragraph cut by a page break continues on the next body line); the rate
    note is a rate marker right after the span, in the same sentence. Table cells follow
    `_in_table`.
    """
    body = [t for t in texts if t.footnote is None]
    if item.table:
        return _in_table(body, item, start, end, kinds), None
    following = [(offset, n, item) for offset, n in item.markers if offset >= end]
    if _OPEN_END.search(item.text):
        # The paragraph runs on after a page break: its next body line continues it.
        later = [t for t in body if t.line > item.line]
        if later and not later[0].table:
            following += [(offset, n, later[0]) for offset, n in later[0].markers]
    rate = None
    if following:
        offset, number, holder = following[0]
        gap = holder.text[end:offset] if holder is item else item.text[end:] + " "
        if kinds.get(number) == "exchange_rate" and not _SENTENCE_END.search(gap):
            rate = number
    citing = next((n for _, n, _ in following if kinds.get(n) in CITING_KINDS), None)
    return citing, rate


def _in_table(
    body: list[_Text], item: _Text, start: int, end: int, kinds: dict[int, str]
) -> int | None:
    """The note of a span in a profile table: the first citing marker after it in its list
    item or cell (not one closing a "(Note: ...)" aside, which cites the aside), else the
    nearest before it in the line, else the last of the table lines above it; a cell
    whose text runs on after a page break takes the first note of its next body line."""
    cell_end = min((b for b in item.bounds if b >= end), default=len(item.text))
    for offset, number in item.markers:
        aside = _NOTE_ASIDE.search(item.text[end:offset])
        if end <= offset <= cell_end and kinds.get(number) in CITING_KINDS and not aside:
            return number
    before = [n for offset, n in item.markers if offset <= start and kinds.get(n) in CITING_KINDS]
    if before:
        return before[-1]
    if not item.markers and _OPEN_END.search(item.text):
        later = [t for t in body if t.line > item.line]
        if later and later[0].markers:
            return later[0].markers[0][1]
    for previous in reversed([t for t in body if t.line < item.line]):
        if not previous.table:
            break
        if previous.markers:
            return previous.markers[-1][1]
    return None


def locate_span(
    report: Report,
    edition_code: str,
    span: str,
    *,
    context: str | None = None,
    kinds: dict[int, str] | None = None,
    section_of_line: dict[int, str] | None = None,
    in_footnotes_only: bool = False,
) -> Location:
    """The single place where `span` stands in one edition, or SpanError saying why not."""
    if len(span) > MAX_EVIDENCE_CHARS:
        raise SpanError(
            f"evidence span is {len(span)} characters, more than {MAX_EVIDENCE_CHARS}: {span!r}"
        )
    texts = _edition_texts(report, edition_code)
    if in_footnotes_only:
        texts = [t for t in texts if t.footnote is not None]
    if context is not None:
        if span not in context:
            raise SpanError(f"the context does not contain the span {span!r}: {context!r}")
        outer = _find(texts, context)
        if len(outer) != 1:
            found = "not found" if not outer else f"found {len(outer)} times ({_describe(outer)})"
            raise SpanError(f"context {found} in the {edition_code} edition: {context!r}")
        item, offset = outer[0]
        hits = [(item, offset + context.index(span))]
    else:
        hits = _find(texts, span)
    if not hits:
        raise SpanError(f"evidence span not found in the {edition_code} edition: {span!r}")
    if len(hits) > 1:
        raise SpanError(
            f"evidence span found {len(hits)} times in the {edition_code} edition (lines "
            f"{_describe(hits)}); give a longer `context_{edition_code}` holding it: {span!r}"
        )
    item, start = hits[0]
    end = start + len(span)
    edition = report.editions[edition_code]
    if item.footnote is not None:
        footnote, rate, anchor = item.footnote, None, _marker_line(edition, item.footnote)
    else:
        footnote, rate = _carrying(texts, item, start, end, kinds or {})
        anchor = item.line
    section = section_of_line.get(anchor or item.line) if section_of_line else None
    return Location(edition_code, item.line, start, end, section, footnote, rate, item.footnote)


def _marker_line(edition: Edition, number: int) -> int | None:
    return next((m.line for m in edition.markers if m.number == number), None)


def spans_of(report: Report, edition_code: str) -> list[tuple[int, str]]:
    """(line, plain text) of every body line and footnote text, for coverage checks."""
    return [(t.line, t.text) for t in _edition_texts(report, edition_code)]
