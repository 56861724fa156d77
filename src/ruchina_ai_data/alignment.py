"""Alignment of English footnotes to French footnotes by what they cite and where.

The French original splits many notes the English edition merges, so the alignment is
monotone (reading order is kept) but not one-to-one: a dynamic programme finds the best
one-to-one backbone, then notes left over join a neighbour of the backbone that cites the
same works in the same section.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

THRESHOLD = 0.3
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


@dataclass(frozen=True)
class NoteSummary:
    """What the aligner needs to know of a footnote."""

    number: int
    kind: str
    section: str | None
    works: tuple[str, ...]
    pages: tuple[str, ...]
    text: str


@dataclass(frozen=True)
class Pair:
    """One row of the alignment."""

    footnote_en: int | None
    footnote_fr: int | None
    match: str
    section: str | None
    score: float | None
    shared_works: tuple[str, ...]


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 1.0


def _numbers(text: str) -> set[str]:
    return {n.replace(",", ".") for n in _NUMBER.findall(text)}


def similarity(en: NoteSummary, fr: NoteSummary) -> float:
    """How alike two notes are, 0 to 1: same section, same works, same pages."""
    if en.section and fr.section and en.section != fr.section:
        return 0.0
    if en.kind == "exchange_rate" or fr.kind == "exchange_rate":
        if en.kind != fr.kind:
            return 0.0
        return _jaccard(_numbers(en.text), _numbers(fr.text))
    if en.works and fr.works:
        works = _jaccard(set(en.works), set(fr.works))
        if not works:
            return 0.0
        pages = _jaccard(set(en.pages), set(fr.pages)) if en.pages or fr.pages else 1.0
        return round(0.7 * works + 0.3 * pages, 4)
    if en.works or fr.works:
        return 0.0
    return _jaccard(_numbers(en.text), _numbers(fr.text)) if en.kind == fr.kind else 0.0


def _backbone(en: list[NoteSummary], fr: list[NoteSummary]) -> dict[int, int]:
    """Best monotone one-to-one matching (indices), like a weighted longest common subsequence."""
    rows, cols = len(en), len(fr)
    score = [[0.0] * (cols + 1) for _ in range(rows + 1)]
    for i in range(rows - 1, -1, -1):
        for j in range(cols - 1, -1, -1):
            best = max(score[i + 1][j], score[i][j + 1])
            s = similarity(en[i], fr[j])
            if s >= THRESHOLD:
                best = max(best, s + score[i + 1][j + 1])
            score[i][j] = best
    matched: dict[int, int] = {}
    i = j = 0
    while i < rows and j < cols:
        s = similarity(en[i], fr[j])
        if s >= THRESHOLD and abs(score[i][j] - (s + score[i + 1][j + 1])) < 1e-9:
            matched[i] = j
            i += 1
            j += 1
        elif score[i + 1][j] >= score[i][j + 1]:
            i += 1
        else:
            j += 1
    return matched


def align(en: list[NoteSummary], fr: list[NoteSummary]) -> list[Pair]:
    """Pairs covering every note of both editions, in reading order."""
    backbone = _backbone(en, fr)
    fr_to_en = {j: i for i, j in backbone.items()}
    links: set[tuple[int, int]] = set(backbone.items())
    # French notes left over: join the best English note between their matched neighbours.
    for j in range(len(fr)):
        if j in fr_to_en:
            continue
        before = max((i for jj, i in fr_to_en.items() if jj < j), default=0)
        after = min((i for jj, i in fr_to_en.items() if jj > j), default=len(en) - 1)
        candidates = [(similarity(en[i], fr[j]), -i, i) for i in range(before, after + 1)]
        best = max(candidates, default=(0.0, 0, -1))
        if best[0] >= THRESHOLD:
            links.add((best[2], j))
    linked_en = {i for i, _ in links}
    # English notes left over: join the best French note between their matched neighbours.
    for i in range(len(en)):
        if i in linked_en:
            continue
        before = max((j for ii, j in backbone.items() if ii < i), default=0)
        after = min((j for ii, j in backbone.items() if ii > i), default=len(fr) - 1)
        candidates = [(similarity(en[i], fr[j]), -j, j) for j in range(before, after + 1)]
        best = max(candidates, default=(0.0, 0, -1))
        if best[0] >= THRESHOLD:
            links.add((i, best[2]))
    per_en: dict[int, int] = {}
    per_fr: dict[int, int] = {}
    for i, j in links:
        per_en[i] = per_en.get(i, 0) + 1
        per_fr[j] = per_fr.get(j, 0) + 1
    pairs: list[tuple[float, int, Pair]] = []
    for i, j in links:
        match = "split" if per_en[i] > 1 else "merged" if per_fr[j] > 1 else "one_to_one"
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
                    round(similarity(en[i], fr[j]), 4),
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
