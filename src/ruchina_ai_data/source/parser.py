"""Parser of the source report: turns `report.md` into addressable parts of both editions.

Nothing here knows about tables; it only says what the markdown holds and where (1-based
line numbers in the whole file), so that every later stage can derive provenance from it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .markdown import MARKER, plain_text, urls_in

EDITIONS = ("fr", "en")

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*$")
_SECTION_NUMBER = re.compile(r"^(\d+(?:\.\d+)*)\.?\s+(.*)$")
_FOOTNOTE_LINE = re.compile(r"^<sup>(\d+)</sup>\s*(.*)$")
_URL_LINE = re.compile(r"^<(https?://[^>\s]+)>\s*(and|et)?\s*$")
_BIB_ENTRY = re.compile(r"^(\d+)\.\s+(.*)$")
_FIGURE_CAPTION = re.compile(r"^\*(Figure\s+(\d+)\s*:.*)\*\s*$")
_BIBLIOGRAPHY_TITLES = {"bibliographie", "bibliography"}


@dataclass(frozen=True)
class Heading:
    """A markdown heading: its line, markdown depth, section number (if any) and title."""

    line: int
    depth: int
    number: str | None
    title: str


@dataclass(frozen=True)
class Section:
    """A section of one edition with the span of lines it covers."""

    number: str | None
    title: str
    level: int
    line_start: int
    line_end: int


@dataclass(frozen=True)
class Marker:
    """A footnote marker `<sup>N</sup>` in body text, at a 1-based line and 0-based column."""

    number: int
    line: int
    column: int


@dataclass(frozen=True)
class Footnote:
    """A footnote text, with any URL or continuation lines that belong to it."""

    number: int
    line: int
    end_line: int
    markdown: str
    text: str
    urls: tuple[str, ...]


@dataclass(frozen=True)
class BibEntry:
    """A numbered bibliography entry as printed."""

    number: int
    line: int
    markdown: str
    text: str
    urls: tuple[str, ...]


@dataclass(frozen=True)
class FigureCaption:
    """A figure caption line (the figure itself did not survive the conversion)."""

    number: int
    line: int
    text: str


@dataclass
class Edition:
    """Everything the parser found in one edition."""

    code: str
    line_start: int
    line_end: int
    title: str = ""
    front_matter: list[str] = field(default_factory=list)
    headings: list[Heading] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    markers: list[Marker] = field(default_factory=list)
    footnotes: list[Footnote] = field(default_factory=list)
    bibliography: list[BibEntry] = field(default_factory=list)
    body_lines: dict[int, str] = field(default_factory=dict)
    figures: list[FigureCaption] = field(default_factory=list)
    first_markers: dict[int, int] = field(default_factory=dict)  # number -> line

    def section_at(self, line: int) -> Section | None:
        """The innermost section whose span holds a line."""
        found = None
        for section in self.sections:
            if section.line_start <= line <= section.line_end and (
                found is None or section.line_start >= found.line_start
            ):
                found = section
        return found

    def first_marker_line(self, number: int) -> int | None:
        """The line of the first marker with this number, if any."""
        return self.first_markers.get(number)

    def footnote(self, number: int) -> Footnote | None:
        """The first footnote text with this number, if any."""
        return next((f for f in self.footnotes if f.number == number), None)


@dataclass
class Report:
    """The parsed report: raw lines plus both editions."""

    lines: list[str]
    editions: dict[str, Edition]

    def line(self, number: int) -> str:
        """A 1-based line of the source."""
        return self.lines[number - 1]


def split_editions(lines: list[str]) -> dict[str, tuple[int, int]]:
    """1-based inclusive line spans of the French and English editions.

    The English edition starts at the only level-1 heading (`# Russian-Chinese ...`).
    """
    starts = [i + 1 for i, text in enumerate(lines) if text.startswith("# ")]
    if len(starts) != 1:
        raise ValueError(
            f"expected exactly one level-1 heading opening the English edition, found {len(starts)}"
        )
    english = starts[0]
    return {"fr": (1, english - 1), "en": (english, len(lines))}


def _clean_heading(text: str) -> str:
    return plain_text(text).strip().rstrip(":").strip()


def parse_heading(line_no: int, text: str) -> Heading | None:
    """A Heading if the line is a markdown heading."""
    match = _HEADING.match(text)
    if not match:
        return None
    title = _clean_heading(match.group(2))
    number_match = _SECTION_NUMBER.match(title)
    number = number_match.group(1) if number_match else None
    if number_match:
        title = number_match.group(2).strip()
    return Heading(line=line_no, depth=len(match.group(1)), number=number, title=title)


def _parse_footnotes(lines: list[str], start: int, end: int) -> tuple[list[Footnote], set[int]]:
    """Footnote texts and the set of line numbers they occupy.

    A footnote is a line opening with `<sup>N</sup>`. It continues on the next non-blank line
    (after at most one blank) when that line is a bare `<URL>`, or when the previous part ended
    with "and"/"et" announcing a further reference.
    """
    footnotes: list[Footnote] = []
    used: set[int] = set()
    i = start
    while i <= end:
        match = _FOOTNOTE_LINE.match(lines[i - 1])
        if not match:
            i += 1
            continue
        parts = [lines[i - 1]]
        last = i
        pending_and = False
        j = i + 1
        while j <= end:
            k = j
            blanks = 0
            while k <= end and not lines[k - 1].strip():
                blanks += 1
                k += 1
            if k > end or blanks > 1:
                break
            candidate = lines[k - 1]
            url_line = _URL_LINE.match(candidate)
            if _FOOTNOTE_LINE.match(candidate) or candidate.startswith("---"):
                break
            if url_line or pending_and:
                parts.append(candidate)
                last = k
                pending_and = bool(url_line and url_line.group(2))
                j = k + 1
                continue
            break
        markdown = "\n".join(parts)
        body = _FOOTNOTE_LINE.match(parts[0])
        assert body is not None
        rest = "\n".join([body.group(2), *parts[1:]])
        footnotes.append(
            Footnote(
                number=int(match.group(1)),
                line=i,
                end_line=last,
                markdown=markdown,
                text=plain_text(rest),
                urls=tuple(urls_in(rest)),
            )
        )
        used.update(range(i, last + 1))
        i = last + 1
    return footnotes, used


def _build_sections(headings: list[Heading], end: int) -> list[Section]:
    sections: list[Section] = []
    for index, heading in enumerate(headings):
        level = heading.number.count(".") + 1 if heading.number else 1
        line_end = end
        for later in headings[index + 1 :]:
            later_level = later.number.count(".") + 1 if later.number else 1
            if later_level <= level:
                line_end = later.line - 1
                break
        sections.append(
            Section(
                number=heading.number,
                title=heading.title,
                level=level,
                line_start=heading.line,
                line_end=line_end,
            )
        )
    return sections


def parse_edition(lines: list[str], code: str, start: int, end: int) -> Edition:
    """Parse one edition's span of lines."""
    edition = Edition(code=code, line_start=start, line_end=end)
    footnotes, footnote_lines = _parse_footnotes(lines, start, end)
    edition.footnotes = footnotes
    in_bibliography = False
    title_seen = False
    for line_no in range(start, end + 1):
        text = lines[line_no - 1]
        if line_no in footnote_lines or not text.strip():
            continue
        heading = parse_heading(line_no, text)
        if heading is not None:
            if not title_seen:
                edition.title = heading.title
                title_seen = True
                continue
            in_bibliography = heading.title.lower() in _BIBLIOGRAPHY_TITLES
            edition.headings.append(heading)
            continue
        if not edition.headings:
            edition.front_matter.append(plain_text(text))
            continue
        if in_bibliography:
            entry = _BIB_ENTRY.match(text)
            if entry:
                edition.bibliography.append(
                    BibEntry(
                        number=int(entry.group(1)),
                        line=line_no,
                        markdown=text,
                        text=plain_text(entry.group(2)),
                        urls=tuple(urls_in(entry.group(2))),
                    )
                )
            continue
        if text.startswith("---") and not text.strip("-").strip():
            continue
        edition.body_lines[line_no] = text
        caption = _FIGURE_CAPTION.match(text)
        if caption:
            edition.figures.append(
                FigureCaption(number=int(caption.group(2)), line=line_no, text=plain_text(text))
            )
        for match in MARKER.finditer(text):
            edition.markers.append(
                Marker(number=int(match.group(1)), line=line_no, column=match.start())
            )
            edition.first_markers.setdefault(int(match.group(1)), line_no)
    edition.sections = _build_sections(edition.headings, end)
    return edition


def parse_report(text: str) -> Report:
    """Parse the whole report into its two editions."""
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    spans = split_editions(lines)
    editions = {code: parse_edition(lines, code, *spans[code]) for code in EDITIONS}
    return Report(lines=lines, editions=editions)
