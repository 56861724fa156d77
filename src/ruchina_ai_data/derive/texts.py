"""The plain texts of one edition, indexed once: every body line (with its footnote markers
and table-cell edges) and every footnote text, in reading order, searchable as one string."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from ..source.markdown import plain_with_structure
from ..source.parser import Edition


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
        if not needle or "\n" in needle:
            return []
        hits = []
        position = self._joined.find(needle)
        while position >= 0:
            index = bisect_right(self._starts, position) - 1
            hits.append((self.items[index], position - self._starts[index]))
            position = self._joined.find(needle, position + 1)
        return hits

    def next_body(self, item: Text) -> Text | None:
        """The body line after a body line, if any."""
        index = self._body_index[id(item)] + 1
        return self.body[index] if index < len(self.body) else None

    def previous_body(self, item: Text) -> list[Text]:
        """The body lines before a body line, nearest first."""
        return list(reversed(self.body[: self._body_index[id(item)]]))

    def spans(self) -> list[tuple[int, str]]:
        """(line, plain text) of every text, for coverage checks and curators' searches."""
        return [(t.line, t.text) for t in self.items]
