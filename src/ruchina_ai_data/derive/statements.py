"""Statements of the body of both editions, and what covers each of them.

A statement is a sentence of running text (a paragraph cut by a page break is read as one),
a sentence of a profile-table cell or list item, or a figure caption. Each names the
entities whose spellings occur in it, and is covered by the records whose evidence lies in
it (amounts, figures, relations, events, claims, scenarios) or excluded by a curated
exclusion with a reason. The build refuses a statement naming two or more entities that
nothing covers or excludes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..curation.errors import CurationError
from .completeness import Numeral
from .located import Placed
from .mentions import Mention
from .paragraphs import Paragraph
from .provenance import Location
from .sentences import SentenceSplitter
from .texts import EditionTexts, Text

_WORDY = re.compile(r"\w")  # a statement says something: "--" left by a table rule does not


class UncoveredStatements(CurationError):
    """Statements naming two or more entities that no record covers and nothing excludes."""


@dataclass(frozen=True)
class Piece:
    """Where part of a statement stands: a line and a span of its plain text."""

    line: int
    start: int
    end: int


@dataclass(frozen=True)
class Statement:
    """A statement, the entities it names and what covers it."""

    id: str
    edition: str
    section: str | None
    paragraph: int
    position: int
    kind: str  # sentence, table_cell or caption
    pieces: tuple[Piece, ...]
    text: str  # for messages and alignment only: never published
    entities: tuple[str, ...] = ()
    covered_by: tuple[str, ...] = ()
    exclusion: Placed | None = None
    numbers: frozenset = frozenset()  # (value, capturing record) of the figures and dates it states

    @property
    def line(self) -> int:
        return self.pieces[0].line

    @property
    def status(self) -> str:
        if self.covered_by:
            return "covered"
        if self.exclusion is not None:
            return "excluded"
        return "fewer_than_two_actors"

    def holds(self, location: Location) -> bool:
        """Whether a located span overlaps the statement."""
        return location.in_footnote is None and any(
            p.line == location.line and location.start < p.end and p.start < location.end
            for p in self.pieces
        )


def _cells(item: Text) -> list[tuple[int, int]]:
    """(start, end) of the cells and list items of a table row, blanks dropped."""
    edges = sorted({0, *item.bounds, len(item.text)})
    spans = []
    for start, end in zip(edges, edges[1:], strict=False):
        while start < end and item.text[start].isspace():
            start += 1
        while end > start and item.text[end - 1].isspace():
            end -= 1
        if start < end:
            spans.append((start, end))
    return spans


def _split(
    items: list[Text], splitter: SentenceSplitter, caption: bool
) -> list[tuple[str, list[Piece], str]]:
    """(kind, pieces, text) of the statements of one paragraph."""
    if items[0].table:
        item = items[0]
        found = []
        for cell_start, cell_end in _cells(item):
            cell = item.text[cell_start:cell_end]
            for start, end in splitter.spans(cell):
                piece = Piece(item.line, cell_start + start, cell_start + end)
                found.append(("table_cell", [piece], cell[start:end]))
        return found
    if caption:
        return [("caption", [Piece(items[0].line, 0, len(items[0].text))], items[0].text)]
    bases, joined = [], ""
    for item in items:
        bases.append(len(joined) + (1 if joined else 0))
        joined = f"{joined} {item.text}" if joined else item.text
    found = []
    for start, end in splitter.spans(joined):
        pieces = [
            Piece(item.line, max(start, base) - base, min(end, base + len(item.text)) - base)
            for item, base in zip(items, bases, strict=True)
            if start < base + len(item.text) and base < end
        ]
        found.append(("sentence", pieces, joined[start:end]))
    return found


def split_statements(
    code: str,
    texts: EditionTexts,
    paragraphs: dict[int, Paragraph],
    splitter: SentenceSplitter,
) -> list[Statement]:
    """Every statement of the body of one edition, in reading order."""
    by_line = {item.line: item for item in texts.body}
    captions = {figure.line for figure in texts.edition.figures}
    statements: list[Statement] = []
    done: set[int] = set()
    for item in texts.body:
        paragraph = paragraphs[item.line]
        if paragraph.lines[0] in done:
            continue
        done.add(paragraph.lines[0])
        items = [by_line[line] for line in paragraph.lines]
        caption = paragraph.lines[0] in captions
        said = [found for found in _split(items, splitter, caption) if _WORDY.search(found[2])]
        for position, (kind, pieces, text) in enumerate(said, 1):
            section = paragraph.section or "none"
            statements.append(
                Statement(
                    id=f"{code}-{section}-{paragraph.number}-{position}",
                    edition=code,
                    section=paragraph.section,
                    paragraph=paragraph.number,
                    position=position,
                    kind=kind,
                    pieces=tuple(pieces),
                    text=text,
                )
            )
    return statements


def _named(statement: Statement, mentions: list[Mention]) -> tuple[str, ...]:
    ids: dict[str, None] = {}
    for mention in mentions:
        if mention.footnote is None and any(
            p.line == mention.line and p.start <= mention.start and mention.end <= p.end
            for p in statement.pieces
        ):
            ids[mention.entity] = None
    return tuple(ids)


def stated_numbers(statement: Statement, numerals: list[Numeral], dated: set[str]) -> frozenset:
    """(value, record) of each numeral of a statement that states a figure or a date: the
    record ("<table>:<id>") that captures it, or None for a numeral excluded as a year, a
    date, a duration or a repeated figure (`dated` holds the ids of those exclusions);
    articles, names and ordinals of idioms are left out."""
    return frozenset(
        (n.value, n.covered_by if n.status == "captured" else None)
        for n in numerals
        if n.value is not None
        and (n.status == "captured" or n.covered_by in dated)
        and any(p.line == n.line and p.start <= n.offset < p.end for p in statement.pieces)
    )


def cover_statements(
    statements: list[Statement],
    mentions: list[Mention],
    records: list[tuple[str, Placed]],
    exclusions: list[Placed],
    numerals: tuple[list[Numeral], set[str]] = ([], set()),
) -> list[Statement]:
    """Each statement with the entities it names, the records covering it ("<table>:<id>")
    and the exclusion that explains it; refuses an exclusion outside every statement, one
    that explains a covered statement or one naming fewer than two entities."""
    by_line: dict[int, list[Mention]] = {}
    for mention in mentions:
        by_line.setdefault(mention.line, []).append(mention)
    located: dict[int, list[tuple[str, Location]]] = {}
    for reference, placed in records:
        for location in placed.locations.values():
            located.setdefault(location.line, []).append((reference, location))
    body_numerals: dict[int, list[Numeral]] = {}
    for numeral in numerals[0]:
        if numeral.footnote is None:
            body_numerals.setdefault(numeral.line, []).append(numeral)
    done = []
    for statement in statements:
        lines = {p.line for p in statement.pieces}
        near = [m for line in lines for m in by_line.get(line, [])]
        values = stated_numbers(
            statement, [n for line in lines for n in body_numerals.get(line, [])], numerals[1]
        )
        covered = tuple(
            dict.fromkeys(
                reference
                for line in sorted(lines)
                for reference, location in located.get(line, [])
                if statement.holds(location)
            )
        )
        named = _named(statement, near)
        done.append(
            Statement(
                **{
                    **statement.__dict__,
                    "entities": named,
                    "covered_by": covered,
                    "numbers": values,
                }
            )
        )
    return _apply_exclusions(done, exclusions)


def _apply_exclusions(statements: list[Statement], exclusions: list[Placed]) -> list[Statement]:
    result = list(statements)
    editions = {s.edition for s in statements}
    for placed in exclusions:
        for location in placed.locations.values():
            if location.edition not in editions:
                continue  # the other edition's span excludes the other edition's statement
            index = next(
                (
                    i
                    for i, s in enumerate(result)
                    if s.edition == location.edition and s.holds(location)
                ),
                None,
            )
            where = placed.record.where
            if index is None:
                raise CurationError(
                    f"{where}: its {location.edition} span is in no statement of the body"
                )
            statement = result[index]
            if statement.covered_by:
                raise CurationError(
                    f"{where}: statement {statement.id} is covered by "
                    f"{list(statement.covered_by)}; the exclusion is not needed"
                )
            if len(statement.entities) < 2:
                raise CurationError(
                    f"{where}: statement {statement.id} names {len(statement.entities)} entity; "
                    "only statements naming two or more need a reason"
                )
            result[index] = Statement(**{**statement.__dict__, "exclusion": placed})
    return result


def refuse_uncovered(statements: list[Statement]) -> None:
    """The build's check: every statement naming two or more entities is covered or
    excluded."""
    missing = [
        s for s in statements if len(s.entities) >= 2 and not s.covered_by and s.exclusion is None
    ]
    if missing:
        listing = "\n".join(
            f"  {s.id} (line {s.line}): names {', '.join(s.entities)}: …{s.text[:90]}…"
            for s in missing
        )
        raise UncoveredStatements(
            f"{len(missing)} statement(s) name two or more entities but no record covers them "
            "and no exclusion explains them (run `ruchina-ai-data coverage --statements`):\n"
            + listing
        )
