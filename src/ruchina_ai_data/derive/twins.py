"""Statements of the two editions aligned: each statement's twin(s) in the other edition.

Within each section, a dynamic programme in the manner of Gale and Church's sentence
aligner pairs the statements of the two editions in reading order: one to one, one to up
to four (a sentence the other edition splits), up to four to one, or one to none. A pairing
scores by how well the lengths agree (French runs longer than English by the body's own
ratio), by nearness, by the words both editions spell alike (numbers, names, cognates) and
by what both sides share: the records whose evidence lies in both, the entities they name
and the numbers they state. A statement is left without a twin when pairing it scores
below leaving it alone; such statements, and twins stating other numbers, are edition
differences found by code.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from functools import cached_property

from .statements import Statement


@dataclass(frozen=True)
class Twins:
    """A statement's twins in the other edition and how they match."""

    ids: tuple[str, ...]
    match: str  # one_to_one, split, merged or no_twin


def _jaccard(a: frozenset | set, b: frozenset | set) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


@dataclass(frozen=True)
class _Features:
    """What the aligner compares of one statement, or of two read as one."""

    records: frozenset[str]
    entities: frozenset[str]
    numbers: frozenset[Decimal]
    length: int
    place: float  # where its middle stands in the section, counted in French statements
    caption: bool
    anchors: frozenset[str] = frozenset()  # words both languages spell alike

    @cached_property
    def log_length(self) -> float:
        return math.log(max(1, self.length))


_ANCHOR = re.compile(r"(\w*\d\w*)|([A-Z]\w{2,})|(\w{6,})")  # a number, a name, a long word


def anchors(text: str) -> frozenset[str]:
    """Words a translation keeps recognisable: numbers, capitalised names and acronyms by
    their first four letters, and long words by their first five, accents removed (cognates
    such as "technology" and "technologie", after Simard, Foster and Isabelle, 1992)."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return frozenset(
        number or (name[:4].lower() if name else "~" + word[:5].lower())
        for number, name, word in _ANCHOR.findall(plain)
    )  # names by four letters: Russia and Russie, Moscow and Moscou


def _features(statement: Statement, place: float) -> _Features:
    return _Features(
        frozenset(statement.covered_by), frozenset(statement.entities),
        frozenset(value for value, _ in statement.numbers),
        len(statement.text), place, statement.kind == "caption", anchors(statement.text),
    )  # fmt: skip


def _merge(items: list[_Features]) -> _Features:
    return _Features(
        frozenset().union(*(f.records for f in items)),
        frozenset().union(*(f.entities for f in items)),
        frozenset().union(*(f.numbers for f in items)),
        sum(f.length for f in items) + len(items) - 1,
        (items[0].place + items[-1].place) / 2,
        items[0].caption,
        frozenset().union(*(f.anchors for f in items)),
    )


def _dice(a: frozenset, b: frozenset) -> float:
    """Dice coefficient of the anchors, doubled (half the words in common is full
    agreement), at most 1."""
    return min(1.0, 4 * len(a & b) / (len(a) + len(b)))


def _overlap(a: frozenset, b: frozenset) -> float:
    """Shared share of the smaller set: a translation may name fewer actors."""
    return len(a & b) / min(len(a), len(b))


def similarity(en: _Features, fr: _Features, ratio: float, floor: float = -1.0) -> float:
    """0 to 1: length agreement (at the body's French/English ratio), nearness in the
    section, and the records, entities and numbers both sides state (a feature only one
    side has is not compared: a translation may name an actor differently). When even full
    agreement of the shared features could not reach `floor`, that bound is returned
    unfinished (the aligner skips such a pairing)."""
    if en.caption != fr.caption:
        return 0.0
    lengths = max(0.0, 1 - abs(fr.log_length - en.log_length - math.log(ratio)) * 1.5)
    place = max(0.0, 1 - abs(en.place - fr.place) / PLACE)
    records = bool(en.records and fr.records)
    entities = bool(en.entities and fr.entities)
    numbers = bool(en.numbers and fr.numbers)
    lexical = bool(en.anchors and fr.anchors)
    score = 0.3 * lengths + 0.2 * place
    weight = 0.5 + 0.4 * records + 0.3 * entities + 0.15 * numbers + LEXICAL * lexical
    if (score + weight - 0.5) / weight < floor:
        return (score + weight - 0.5) / weight
    if records:
        score += 0.4 * _overlap(en.records, fr.records)
    if entities:
        score += 0.3 * _overlap(en.entities, fr.entities)
    if numbers:
        score += 0.15 * _jaccard(en.numbers, fr.numbers)
    if lexical:
        score += LEXICAL * _dice(en.anchors, fr.anchors)
    return score / weight


STEPS = ((1, 1), (1, 2), (2, 1), (1, 3), (3, 1), (1, 4), (4, 1), (1, 0), (0, 1))
PLACE = 4  # statements apart (English places scaled to the French count) at which nearness is 0
LEXICAL = 0.7  # weight of the anchors both sides share (Dice coefficient, doubled, at most 1)
COST = 0.3  # what a pairing must score to beat leaving its statements alone
BAND = 0.1  # pairings further from the diagonal than this share of the section...
MARGIN = 6  # ...plus this many statements are not tried
MERGE = 0.02  # a split or merged pairing costs a little more than one to one
GAP = 0.2  # what two statements left alone side by side must score to be paired


def _path(
    rows: list[_Features], cols: list[_Features], ratio: float
) -> list[tuple[list[int], list[int]]]:
    """The best sequence of steps through both lists: (English indices, French indices).
    Only cells near the diagonal are explored (within BAND of it)."""
    n, m = len(rows), len(cols)
    groups = {
        "en": [rows] + [[_merge(rows[i : i + k]) for i in range(n - k + 1)] for k in (2, 3, 4)],
        "fr": [cols] + [[_merge(cols[j : j + k]) for j in range(m - k + 1)] for k in (2, 3, 4)],
    }
    best = [[-math.inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    slope = m / max(1, n)
    reach = BAND * m + MARGIN
    for i in range(n + 1):
        low, high = max(0, int(i * slope - reach)), min(m, int(i * slope + reach) + 1)
        for j in range(low, high + 1):
            here = best[i][j]
            if here == -math.inf:
                continue
            for di, dj in STEPS:
                ti, tj = i + di, j + dj
                if ti > n or tj > m or abs(ti * slope - tj) > reach:
                    continue
                gain = 0.0
                if di and dj:
                    cost = COST + (MERGE if di + dj > 2 else 0.0)
                    score = similarity(
                        groups["en"][di - 1][i], groups["fr"][dj - 1][j], ratio, cost
                    )
                    if score < cost:
                        continue  # leaving both alone does better
                    gain = score - cost
                if here + gain > best[ti][tj]:
                    best[ti][tj] = here + gain
                    back[ti][tj] = (di, dj)
    steps = []
    i, j = n, m
    while i or j:
        di, dj = back[i][j] or ((1, 0) if i else (0, 1))
        steps.append((list(range(i - di, i)), list(range(j - dj, j))))
        i, j = i - di, j - dj
    return _fill_gaps(steps[::-1], rows, cols, ratio)


def _fill_gaps(
    steps: list[tuple[list[int], list[int]]],
    rows: list[_Features],
    cols: list[_Features],
    ratio: float,
) -> list[tuple[list[int], list[int]]]:
    """Pair an English and a French statement left alone side by side (between the same
    two pairings) when they score at least GAP: each edition's text has one statement
    there, so they are most likely one translated, however freely."""
    filled: list[tuple[list[int], list[int]]] = []
    for en_ix, fr_ix in steps:
        if filled and bool(en_ix) != bool(fr_ix):
            last_en, last_fr = filled[-1]
            if bool(last_en) != bool(last_fr) and bool(en_ix) != bool(last_en):
                pair = (last_en or en_ix, last_fr or fr_ix)
                if len(pair[0]) == len(pair[1]) == 1 and (
                    similarity(rows[pair[0][0]], cols[pair[1][0]], ratio) >= GAP
                ):
                    filled[-1] = pair
                    continue
        filled.append((en_ix, fr_ix))
    return filled


def align_statements(en: list[Statement], fr: list[Statement]) -> dict[str, Twins]:
    """Statement id -> its twins, for every statement of both editions."""
    found: dict[str, Twins] = {}
    # French runs longer than English by a ratio measured over the whole body, which one
    # passage present in one edition only cannot skew.
    ratio = sum(len(s.text) for s in fr) / max(1, sum(len(s.text) for s in en))
    sections = list(dict.fromkeys([s.section for s in en] + [s.section for s in fr]))
    for section in sections:
        mine = [s for s in en if s.section == section]
        theirs = [s for s in fr if s.section == section]
        scale = len(theirs) / max(1, len(mine))
        rows = [_features(s, (i + 0.5) * scale) for i, s in enumerate(mine)]
        cols = [_features(s, j + 0.5) for j, s in enumerate(theirs)]
        for en_ix, fr_ix in _path(rows, cols, ratio):
            kind = (
                "no_twin" if not en_ix or not fr_ix
                else "one_to_one" if len(en_ix) == len(fr_ix) == 1
                else "split" if len(en_ix) == 1
                else "merged"
            )  # fmt: skip
            en_ids = tuple(mine[i].id for i in en_ix)
            fr_ids = tuple(theirs[j].id for j in fr_ix)
            for statement_id in en_ids:
                found[statement_id] = Twins(fr_ids, kind)
            for statement_id in fr_ids:
                found[statement_id] = Twins(en_ids, kind)
    return found
