"""Paragraphs of the body, numbered within their section: a portable locator ("section 4.3,
paragraph 2") for readers who hold the report in another form than our markdown.

A paragraph is a body line; a line cut by a page break (it does not end a sentence) runs on
into the next body line, unless that line is a table row. Each table row, list item line and
figure caption is a paragraph of its own. Numbering restarts in every section.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .texts import EditionTexts, Text

OPEN_END = re.compile(r"[^.!?:;\"»”)]$")


def runs_on(item: Text, following: Text | None) -> bool:
    """Whether a body line's paragraph continues on the next body line (a page break): the
    line ends open, or the next opens in lower case, as no paragraph does (a page break
    after "the U.S.")."""
    return (
        following is not None
        and not item.table
        and not following.table
        and (bool(OPEN_END.search(item.text)) or following.text[:1].islower())
    )


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of one edition: its section, its number there and its body lines."""

    edition: str
    section: str | None
    number: int
    lines: tuple[int, ...]


def paragraphs(
    code: str, texts: EditionTexts, section_of_line: dict[int, str]
) -> dict[int, Paragraph]:
    """Body line -> the paragraph it belongs to."""
    found: dict[int, Paragraph] = {}
    counts: dict[str | None, int] = {}
    lines: list[int] = []
    for item in texts.body:
        lines.append(item.line)
        if runs_on(item, texts.next_body(item)):
            continue
        section = section_of_line.get(lines[0])
        counts[section] = counts.get(section, 0) + 1
        paragraph = Paragraph(code, section, counts[section], tuple(lines))
        found.update(dict.fromkeys(lines, paragraph))
        lines = []
    return found
