"""Derived provenance: where a short verbatim span stands in the report, and what cites it.

Curated records carry only the span (and, when the span alone is ambiguous, a longer
context that holds it); this module finds it and derives the line, the section, the
footnote that carries the evidence and the exchange-rate note that converts it, so that no
line or footnote number is ever typed by hand.

The footnote rule: in running text the citing note is the first citing marker after the
span in its paragraph (a paragraph cut by a page break runs on to the next body line); a
rate note is a rate marker right after the span in the same sentence. Profile-table cells
follow `_in_table`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .texts import EditionTexts, Text

MAX_EVIDENCE_CHARS = 160
CITING_KINDS = ("citation", "ibid", "link")
_SENTENCE_END = re.compile(r"[.!?][\"»”’)]?\s")
_OPEN_END = re.compile(r"[^.!?:;\"»”)]$")
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


def _describe(hits: list[tuple[Text, int]]) -> str:
    return ", ".join(str(item.line) for item, _ in hits)


def _carrying(
    texts: EditionTexts, item: Text, end: int, kinds: dict[int, str]
) -> tuple[int | None, int | None]:
    """(citing footnote, exchange-rate footnote) of a span of running text ending at `end`."""
    following = [(offset, n, item) for offset, n in item.markers if offset >= end]
    if _OPEN_END.search(item.text):
        # The paragraph runs on after a page break: its next body line continues it.
        later = texts.next_body(item)
        if later is not None and not later.table:
            following += [(offset, n, later) for offset, n in later.markers]
    rate = None
    if following:
        offset, number, holder = following[0]
        gap = holder.text[end:offset] if holder is item else item.text[end:] + " "
        if kinds.get(number) == "exchange_rate" and not _SENTENCE_END.search(gap):
            rate = number
    citing = next((n for _, n, _ in following if kinds.get(n) in CITING_KINDS), None)
    return citing, rate


def _in_table(
    texts: EditionTexts, item: Text, start: int, end: int, kinds: dict[int, str]
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
        later = texts.next_body(item)
        if later is not None and later.markers:
            return later.markers[0][1]
    for previous in texts.previous_body(item):
        if not previous.table:
            break
        if previous.markers:
            return previous.markers[-1][1]
    return None


def _hits(
    texts: EditionTexts, span: str, context: str | None, code: str, footnotes_only: bool
) -> list[tuple[Text, int]]:
    def find(needle: str) -> list[tuple[Text, int]]:
        found = texts.find(needle)
        return [h for h in found if h[0].footnote is not None] if footnotes_only else found

    if context is None:
        return find(span)
    if span not in context:
        raise SpanError(f"the context does not contain the span {span!r}: {context!r}")
    outer = find(context)
    if len(outer) != 1:
        found = "not found" if not outer else f"found {len(outer)} times ({_describe(outer)})"
        raise SpanError(f"context {found} in the {code} edition: {context!r}")
    item, offset = outer[0]
    return [(item, offset + context.index(span))]


def locate_span(
    texts: EditionTexts,
    code: str,
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
    hits = _hits(texts, span, context, code, in_footnotes_only)
    if not hits:
        raise SpanError(f"evidence span not found in the {code} edition: {span!r}")
    if len(hits) > 1:
        raise SpanError(
            f"evidence span found {len(hits)} times in the {code} edition (lines "
            f"{_describe(hits)}); give a longer `context_{code}` holding it: {span!r}"
        )
    item, start = hits[0]
    end = start + len(span)
    if item.footnote is not None:
        footnote, rate, anchor = item.footnote, None, texts.edition.first_marker_line(item.footnote)
    elif item.table:
        footnote, rate, anchor = _in_table(texts, item, start, end, kinds or {}), None, item.line
    else:
        footnote, rate = _carrying(texts, item, end, kinds or {})
        anchor = item.line
    section = section_of_line.get(anchor or item.line) if section_of_line else None
    return Location(code, item.line, start, end, section, footnote, rate, item.footnote)
