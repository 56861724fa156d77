"""The plain texts of one edition, indexed once: every body line (with its footnote markers
and table-cell edges) and every footnote text, in reading order, searchable as one string."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from ..source.markdown import plain_with_structure
from ..source.parser import Edition


@cache
def _multiline(pattern: re.Pattern[str]) -> re.Pattern[str]:
    return re.compile(pattern.pattern, pattern.flags | re.MULTILINE)


@dataclass(frozen=True)
class Text:
    """A body line or a footnote text as a reader sees it."""

    line: int
    text: str
    markers: tuple[tuple[int, int], ...]  # (offset in text, footnote number)
    footnote: int | None  # the footnote's number, for a footnote text
    table: bool  # a row of a profile table
    bounds: tuple[int, ...] = ()  # offsets where table cells and list items begin or end


class EditionTexts:
    """Every text of one edition: body lines first (in line order), then footnote texts."""

    def __init__(self, edition: Edition) -> None:
        self.edition = edition
        body = []
        for line, raw in sorted(edition.body_lines.items()):
            text, markers, bounds = plain_with_structure(raw)
            body.append(Text(line, text, tuple(markers), None, "\t" in raw, tuple(bounds)))
        notes = [Text(n.line, n.text, (), n.number, False) for n in edition.footnotes]
        self.body: tuple[Text, ...] = tuple(body)
        self.items: tuple[Text, ...] = (*body, *notes)
        self._body_index = {id(t): i for i, t in enumerate(body)}
        # One string with a newline between texts (no text holds one), and where each starts.
        self._joined = "\n".join(t.text for t in self.items)
        starts, position = [], 0
        for item in self.items:
            starts.append(position)
            position += len(item.text) + 1
        self._starts = starts

    def find(self, needle: str) -> list[tuple[Text, int]]:
        """Every occurrence of `needle` (overlapping ones too): (text, offset in it)."""
        return [(self.items[index], offset) for index, offset in self.find_indexed(needle)]

    def find_indexed(self, needle: str) -> list[tuple[int, int]]:
        """Every occurrence of `needle` (overlapping ones too): (index of the text, offset)."""
        if not needle or "\n" in needle:
            return []
        hits = []
        position = self._joined.find(needle)
        while position >= 0:
            hits.append(self.locate(position))
            position = self._joined.find(needle, position + 1)
        return hits

    def locate(self, position: int) -> tuple[int, int]:
        """(index of the text, offset in it) of a position of the joined string."""
        index = bisect_right(self._starts, position) - 1
        return index, position - self._starts[index]

    def matches(self, pattern: re.Pattern[str]) -> dict[int, list[tuple[int, int]]]:
        """Index of a text -> (start, end) of each match of `pattern` in that text, the same
        as matching each text alone: the texts are scanned as one string (`^` and `$` at
        their edges), and the texts a match would run across are scanned again alone."""
        joined = _multiline(pattern)
        found: dict[int, set[tuple[int, int]]] = {}
        again: set[int] = set()
        for match in joined.finditer(self._joined):
            index, start = self.locate(match.start())
            end = start + match.end() - match.start()
            if end <= len(self.items[index].text):
                found.setdefault(index, set()).add((start, end))
            else:
                last, _ = self.locate(match.end())
                again.update(range(index, last + 1))
        for index in again:
            spans = {m.span() for m in pattern.finditer(self.items[index].text)}
            found.setdefault(index, set()).update(spans)
        return {index: sorted(spans) for index, spans in found.items()}

    def next_body(self, item: Text) -> Text | None:
        """The body line after a body line, if any."""
        index = self._body_index[id(item)] + 1
        return self.body[index] if index < len(self.body) else None

    def same_section(self, item: Text, other: Text) -> bool:
        """Whether two lines stand in the same section (no heading between them)."""
        return self.edition.section_at(item.line) is self.edition.section_at(other.line)

    def previous_body(self, item: Text) -> list[Text]:
        """The body lines before a body line, nearest first."""
        return list(reversed(self.body[: self._body_index[id(item)]]))

    def spans(self) -> list[tuple[int, str]]:
        """(line, plain text) of every text, for coverage checks and curators' searches."""
        return [(t.line, t.text) for t in self.items]
