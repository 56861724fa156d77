"""Derived provenance: where a short verbatim span stands in the report, and what cites it.

Curated records carry only the span (and, when the span alone is ambiguous, a longer
context that holds it); this module finds it and derives the line, the section, the
footnote that carries the evidence and the exchange-rate note that converts it, so that no
line or footnote number is ever typed by hand.

The footnote rule, and the name each row records in `footnote_rule`:

- `attribution`: a citing marker on the source's name inside the span ("Selon
  X<sup>n</sup>, ...", "X<sup>n</sup> affirme que ..." quoted whole), which cites the source;
- `same_sentence`: else the first citing marker after the span, in its sentence;
- `attribution`: else a citing marker on the source's name before the span, in its sentence;
- `later_in_paragraph`: else the first citing marker after the span in its paragraph (a
  paragraph cut by a page break runs on into the next body line);
- in profile tables, `table_cell` (first citing marker after the span in its cell or list
  item), `table_row` (nearest before it in the line), `table_next_line` (a cell cut by a page
  break), `table_header` (the last marker of the table lines above);
- `in_footnote`: the span stands in the footnote itself; `none`: no citing note.

Comment notes (which cite nothing) and rate notes are never citing notes. A rate note is a
rate marker right after the span in the same sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..curation.attribution import AttributionCues
from .paragraphs import OPEN_END, Paragraph, runs_on
from .sentences import SentenceSplitter
from .texts import EditionTexts, Text

MAX_EVIDENCE_CHARS = 160
CITING_KINDS = ("citation", "ibid", "link")
_SENTENCE_END = re.compile(r"[.!?][\"»”’)]?\s")
_NOTE_ASIDE = re.compile(r"\(\s*Note\s*:", re.IGNORECASE)
_LIST_CLOSES = re.compile(r"</li>\s*</ul>\s*$")  # a line whose last cell is a closed list
_NOTE_OPENS = re.compile(r"\s*\(?\s*Note\s*:", re.IGNORECASE)  # a line that is a note aside


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
    rule: str = "none"
    paragraph: int | None = None  # within its section, for a span in the body


@dataclass(frozen=True)
class NoteReading:
    """What the footnote rule needs of an edition: the kind of each note, and (for
    attribution markers) its sentences and attribution cues."""

    kinds: dict[int, str]
    splitter: SentenceSplitter | None = None
    cues: AttributionCues | None = None


def _describe(hits: list[tuple[Text, int]]) -> str:
    return ", ".join(str(item.line) for item, _ in hits)


@cache
def _cue_pattern(cue: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(cue)}(?!\w)", re.IGNORECASE)


def _cue(cue: str, text: str) -> bool:
    return _cue_pattern(cue).search(text) is not None


def _attribution_marker(
    item: Text, span: tuple[int, int], code: str, notes: NoteReading, inside: bool
) -> int | None:
    """A citing marker on the source's name, inside the span or else before it in its
    sentence: an opener stands before it in the sentence, or an attribution verb within a
    few words of it ("Selon X<sup>n</sup>, ...", "X<sup>n</sup> affirme que ...")."""
    if notes.splitter is None or notes.cues is None:
        return None
    start, end = span
    sentence_start, _ = notes.splitter.sentence_at(item.text, start)
    low, high, clip = (start, end - 1, end) if inside else (sentence_start, start, start)
    verbs = notes.cues.verb_words(code)
    for offset, number in reversed(item.markers):
        if not low < offset <= high or notes.kinds.get(number) not in CITING_KINDS:
            continue
        before = item.text[sentence_start:offset]
        near = item.text[max(sentence_start, offset - 30) : min(clip, offset + 30)]
        if any(_cue(o, before) for o in notes.cues.openers[code]) or any(
            _cue(v, near) for v in verbs
        ):
            return number
    return None


def _carrying(
    texts: EditionTexts, item: Text, start: int, end: int, code: str, notes: NoteReading
) -> tuple[int | None, int | None, str]:
    """(citing footnote, exchange-rate footnote, rule) of a span of running text."""
    kinds = notes.kinds
    following = [(offset, n, item) for offset, n in item.markers if offset >= end]
    later = texts.next_body(item)
    if runs_on(item, later):
        assert later is not None
        following += [(offset, n, later) for offset, n in later.markers]
    rate = None
    if following:
        offset, number, holder = following[0]
        gap = (
            holder.text[end:offset]
            if holder is item
            else f"{item.text[end:]} {holder.text[:offset]}"
        )
        if kinds.get(number) == "exchange_rate" and not _SENTENCE_END.search(gap):
            rate = number
    citing = next(((o, n, h) for o, n, h in following if kinds.get(n) in CITING_KINDS), None)
    named = _attribution_marker(item, (start, end), code, notes, inside=True)
    if named is not None:
        return named, rate, "attribution"
    if citing is not None:
        # A marker on the next body line (a page break) is read in the two lines joined.
        joined, offset = (
            (item.text, citing[0])
            if citing[2] is item
            else (f"{item.text} {citing[2].text}", len(item.text) + 1 + citing[0])
        )
        if _same_sentence(joined, end, offset, notes):
            return citing[1], rate, "same_sentence"
    attributed = _attribution_marker(item, (start, end), code, notes, inside=False)
    if attributed is not None:
        return attributed, rate, "attribution"
    if citing is not None:
        return citing[1], rate, "later_in_paragraph"
    return None, rate, "none"


def _same_sentence(text: str, end: int, offset: int, notes: NoteReading) -> bool:
    """Whether a marker printed at `offset` closes the sentence holding the span's end."""
    if notes.splitter is None:
        return not _SENTENCE_END.search(text[end:offset])
    _, sentence_end = notes.splitter.sentence_at(text, max(end - 1, 0))
    return offset <= sentence_end


def _aside_cited(gap: str) -> bool:
    """Whether a marker after `gap` cites a "(Note: ..." aside in it: the aside is still
    open at the marker, or only punctuation stands between its closing bracket and the
    marker."""
    asides = list(_NOTE_ASIDE.finditer(gap))
    if not asides:
        return False
    closing = gap.find(")", asides[-1].end())
    return closing == -1 or not re.search(r"\w", gap[closing + 1 :])


def _in_table(
    texts: EditionTexts, item: Text, start: int, end: int, kinds: dict[int, str]
) -> tuple[int | None, str]:
    """The note of a span in a profile table, and the rule that chose it: the first citing
    marker after it in its list item or cell (not one closing a "(Note: ...)" aside, which
    cites the aside), else the nearest before it in the line, else the last of the table
    lines above it; a cell whose text runs on after a page break (it ends mid-sentence, not
    on a closed list) takes the first note of its next body line, when that line is in the
    same section and is not a "Note:" aside."""
    cell_end = min((b for b in item.bounds if b >= end), default=len(item.text))
    for offset, number in item.markers:
        aside = _aside_cited(item.text[end:offset])
        if end <= offset <= cell_end and kinds.get(number) in CITING_KINDS and not aside:
            return number, "table_cell"
    before = [n for offset, n in item.markers if offset <= start and kinds.get(n) in CITING_KINDS]
    if before:
        return before[-1], "table_row"
    closed = _LIST_CLOSES.search(texts.edition.body_lines.get(item.line, ""))
    if not item.markers and OPEN_END.search(item.text) and not closed:
        later = texts.next_body(item)
        if (
            later is not None
            and later.markers
            and texts.same_section(item, later)
            and not _NOTE_OPENS.match(later.text)
        ):
            return later.markers[0][1], "table_next_line"
    for previous in texts.previous_body(item):
        if not previous.table:
            break
        if previous.markers:
            return previous.markers[-1][1], "table_header"
    return None, "none"


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
    notes: NoteReading | None = None,
    section_of_line: dict[int, str] | None = None,
    paragraphs: dict[int, Paragraph] | None = None,
    in_footnotes_only: bool = False,
) -> Location:
    """The single place where `span` stands in one edition, or SpanError saying why not.
    `notes` (or just `kinds`) tells the footnote rule what each note is; `paragraphs` gives
    the paragraph number of a span in the body."""
    if len(span) > MAX_EVIDENCE_CHARS:
        raise SpanError(
            f"evidence span is {len(span)} characters, more than {MAX_EVIDENCE_CHARS}: {span!r}"
        )
    notes = notes or NoteReading(kinds or {})
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
    rate = None
    if item.footnote is not None:
        footnote, rule = item.footnote, "in_footnote"
        anchor = texts.edition.first_marker_line(item.footnote)
    elif item.table:
        (footnote, rule), anchor = _in_table(texts, item, start, end, notes.kinds), item.line
    else:
        footnote, rate, rule = _carrying(texts, item, start, end, code, notes)
        anchor = item.line
    section = section_of_line.get(anchor or item.line) if section_of_line else None
    paragraph = paragraphs.get(item.line) if paragraphs and item.footnote is None else None
    return Location(
        code, item.line, start, end, section, footnote, rate, item.footnote, rule,
        paragraph.number if paragraph else None,
    )  # fmt: skip
