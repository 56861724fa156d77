"""Alignment of English footnotes to French footnotes by what they cite and where.

The French original splits many notes the English edition merges, so the alignment is
monotone (reading order is kept) but not one-to-one: a dynamic programme finds the best
one-to-one backbone, then notes left over join a neighbour of the backbone that cites the
same works in the same section.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..source.numbers import numbers_in
from .footnotes import Note

THRESHOLD = 0.3


@dataclass(frozen=True)
class NoteSummary:
    """What the aligner needs to know of a footnote."""

    number: int
    kind: str
    section: str | None
    works: tuple[str, ...]
    pages: tuple[str, ...]
    numbers: frozenset[Decimal]  # the numbers of its text, read by its edition's rules


@dataclass(frozen=True)
class Pair:
    """One row of the alignment."""

    footnote_en: int | None
    footnote_fr: int | None
    match: str
    section: str | None
    score: float | None
    shared_works: tuple[str, ...]


def _jaccard(a: set | frozenset, b: set | frozenset) -> float:
    return len(a & b) / len(a | b) if a | b else 1.0


def summarise(note: Note) -> NoteSummary:
    """What the aligner needs of a note."""
    pages: list[str] = []
    for citation in note.reading.citations:
        if citation.pages:
            pages.extend(p.strip() for p in citation.pages.split(","))
    return NoteSummary(
        number=note.number,
        kind=note.kind,
        section=note.section,
        works=tuple(c.work_id for c in note.reading.citations),
        pages=tuple(pages),
        numbers=frozenset(numbers_in(note.footnote.text, note.edition)),
    )


def similarity(en: NoteSummary, fr: NoteSummary) -> float:
    """How alike two notes are, 0 to 1: same section, same works, same pages."""
    if en.section and fr.section and en.section != fr.section:
        return 0.0
    if en.kind == "exchange_rate" or fr.kind == "exchange_rate":
        if en.kind != fr.kind:
            return 0.0
        return _jaccard(en.numbers, fr.numbers)
    if en.works and fr.works:
        works = _jaccard(set(en.works), set(fr.works))
        if not works:
            return 0.0
        pages = _jaccard(set(en.pages), set(fr.pages)) if en.pages or fr.pages else 1.0
        return round(0.7 * works + 0.3 * pages, 4)
    if en.works or fr.works:
        return 0.0
    return _jaccard(en.numbers, fr.numbers) if en.kind == fr.kind else 0.0


def _backbone(sim: list[list[float]], threshold: float) -> dict[int, int]:
    """Best monotone one-to-one matching (indices), like a weighted longest common subsequence."""
    rows, cols = len(sim), len(sim[0]) if sim else 0
    score = [[0.0] * (cols + 1) for _ in range(rows + 1)]
    for i in range(rows - 1, -1, -1):
        for j in range(cols - 1, -1, -1):
            best = max(score[i + 1][j], score[i][j + 1])
            s = sim[i][j]
            if s >= threshold:
                best = max(best, s + score[i + 1][j + 1])
            score[i][j] = best
    matched: dict[int, int] = {}
    i = j = 0
    while i < rows and j < cols:
        s = sim[i][j]
        if s >= threshold and abs(score[i][j] - (s + score[i + 1][j + 1])) < 1e-9:
            matched[i] = j
            i += 1
            j += 1
        elif score[i + 1][j] >= score[i][j + 1]:
            i += 1
        else:
            j += 1
    return matched


def _leftovers(
    backbone: dict[int, int],
    sim: list[list[float]],
    count: int,
    other: int,
    linked: set[int],
    threshold: float,
) -> set[tuple[int, int]]:
    """Links (row, column) for the columns the backbone (row -> column) leaves unmatched and
    not in `linked`: each joins its most similar row between the rows matched to its
    neighbouring columns, if similar enough (ties to the earliest row)."""
    by_column = {j: i for i, j in backbone.items()}
    links = set()
    for j in range(count):
        if j in by_column or j in linked:
            continue
        before = max((i for jj, i in by_column.items() if jj < j), default=0)
        after = min((i for jj, i in by_column.items() if jj > j), default=other - 1)
        candidates = [(sim[i][j], -i, i) for i in range(before, after + 1)]
        best = max(candidates, default=(0.0, 0, -1))
        if best[0] >= threshold:
            links.add((best[2], j))
    return links


def link(sim: list[list[float]], threshold: float = THRESHOLD) -> set[tuple[int, int]]:
    """Links (row, column) of a monotone alignment of two sequences, given their similarity
    matrix: the best one-to-one backbone, then each item left over joins its most similar
    neighbour between the backbone's matches (rows are English, columns French)."""
    backbone = _backbone(sim, threshold)
    links: set[tuple[int, int]] = set(backbone.items())
    # French notes left over join the best English note between their matched neighbours...
    links |= _leftovers(backbone, sim, len(sim[0]) if sim else 0, len(sim), set(), threshold)
    # ...then English notes left over join the best French note between theirs.
    flipped = {j: i for i, j in backbone.items()}
    transposed = [list(column) for column in zip(*sim, strict=True)] if sim else []
    linked_en = {i for i, _ in links}
    rows, cols = len(sim), len(sim[0]) if sim else 0
    links |= {(i, j) for j, i in _leftovers(flipped, transposed, rows, cols, linked_en, threshold)}
    return links


def match_kinds(links: set[tuple[int, int]]) -> dict[tuple[int, int], str]:
    """one_to_one, split (one English item, several French) or merged, for each link."""
    per_en: dict[int, int] = {}
    per_fr: dict[int, int] = {}
    for i, j in links:
        per_en[i] = per_en.get(i, 0) + 1
        per_fr[j] = per_fr.get(j, 0) + 1
    return {
        (i, j): "split" if per_en[i] > 1 else "merged" if per_fr[j] > 1 else "one_to_one"
        for i, j in links
    }


def align(en: list[NoteSummary], fr: list[NoteSummary]) -> list[Pair]:
    """Pairs covering every note of both editions, in reading order."""
    sim = [[similarity(a, b) for b in fr] for a in en]
    links = link(sim)
    kinds = match_kinds(links)
    pairs: list[tuple[float, int, Pair]] = []
    for i, j in links:
        match = kinds[(i, j)]
        shared = tuple(w for w in en[i].works if w in fr[j].works)
        pairs.append(
            (
                j,
                i,
                Pair(
                    en[i].number,
                    fr[j].number,
                    match,
                    fr[j].section or en[i].section,
                    round(sim[i][j], 4),
                    tuple(dict.fromkeys(shared)),
                ),
            )
        )
    linked_en = {i for i, _ in links}
    linked_fr = {j for _, j in links}
    for i in range(len(en)):
        if i not in linked_en:
            before = max((j for ii, j in links if ii < i), default=-1)
            pairs.append(
                (
                    before + 0.5,
                    i,
                    Pair(en[i].number, None, "no_french_twin", en[i].section, None, ()),
                )
            )
    for j in range(len(fr)):
        if j not in linked_fr:
            pairs.append(
                (j, -1, Pair(None, fr[j].number, "no_english_twin", fr[j].section, None, ()))
            )
    return [pair for _, _, pair in sorted(pairs, key=lambda item: (item[0], item[1]))]
