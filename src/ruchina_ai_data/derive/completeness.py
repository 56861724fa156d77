"""Completeness: every numeral of both editions, in digits or in words, is captured by a
record or excluded with a reason.

Numerals are found in the plain text of every body line (tables included) and every
footnote: numbers in digits, and numbers in words (`source/number_words.py`: cardinals,
ordinals, fractions, multiples and magnitudes). A numeral is `captured` when it stands
inside a located evidence span of a fact (amounts, figures, exchange rates), `excluded`
when it stands inside a curated exclusion span or a match of an exclusion rule, and
`uncovered` otherwise; the build refuses uncovered numerals and exclusions that cover
nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..curation.errors import CurationError
from ..curation.facts import ExclusionRule
from ..source.number_words import number_words_in
from ..source.numbers import NUMERAL, read_numeral
from .provenance import Location
from .texts import EditionTexts, Text


class UncoveredNumerals(CurationError):
    """Numerals that no record captures and no exclusion explains."""


@dataclass(frozen=True)
class Cover:
    """A located span that covers the numerals inside it."""

    location: Location
    status: str  # "captured" or "excluded"
    by: str  # "<table>:<record id>" or "span:<exclusion id>"
    reason: str | None = None


@dataclass(frozen=True)
class Numeral:
    """One numeral of the report and what covers it."""

    edition: str
    line: int
    footnote: int | None
    offset: int
    numeral: str
    form: str  # digits, or the form of a number in words
    value: Decimal | None
    context: str
    status: str  # captured, excluded or uncovered
    covered_by: str | None
    reason: str | None


def _status(
    start: int, end: int, covers: list[Cover], rule_hits: list[tuple[int, int, ExclusionRule]]
) -> tuple[str, str | None, str | None]:
    """A captured span wins; otherwise the last exclusion span holding it; otherwise the
    first rule match holding it."""
    status, by, reason = "uncovered", None, None
    for cover in covers:
        if cover.location.start <= start and end <= cover.location.end:
            status, by, reason = cover.status, cover.by, cover.reason
            if cover.status == "captured":
                return status, by, reason
    if status == "uncovered":
        for a, b, rule in rule_hits:
            if a <= start and end <= b:
                return "excluded", f"rule:{rule.id}", rule.reason
    return status, by, reason


def _tokens(code: str, text: str) -> list[tuple[int, int, str, str, Decimal | None]]:
    """(start, end, as printed, form, value) of every numeral of a text, in order."""
    tokens = [
        (m.start(), m.end(), m.group(0), "digits", read_numeral(m.group(0), code))
        for m in NUMERAL.finditer(text)
    ]
    spans = [(start, end) for start, end, *_ in tokens]
    tokens += [
        (w.start, w.end, w.text, w.form, w.value)
        for w in number_words_in(text, code)
        if not any(a <= w.start < b for a, b in spans)  # a scale word of digits ("5 billion")
    ]
    return sorted(tokens, key=lambda token: token[0])


def _numerals_of(
    code: str, item: Text, covers: list[Cover], rule_hits: list[tuple[int, int, ExclusionRule]]
) -> list[Numeral]:
    found = []
    for start, end, printed, form, value in _tokens(code, item.text):
        status, by, reason = _status(start, end, covers, rule_hits)
        found.append(
            Numeral(
                edition=code,
                line=item.line,
                footnote=item.footnote,
                offset=start,
                numeral=printed,
                form=form,
                value=value,
                context=item.text[max(0, start - 40) : end + 40],
                status=status,
                covered_by=by,
                reason=reason,
            )
        )
    return found


def _rule_hits(
    texts: EditionTexts, rules: tuple[ExclusionRule, ...]
) -> dict[int, list[tuple[int, int, ExclusionRule]]]:
    """Index of a text -> every rule match in it, rules in their curated order."""
    hits: dict[int, list[tuple[int, int, ExclusionRule]]] = {}
    for rule in rules:
        for index, spans in texts.matches(rule.pattern).items():
            hits.setdefault(index, []).extend((a, b, rule) for a, b in spans)
    return hits


def coverage(
    texts: dict[str, EditionTexts], covers: list[Cover], rules: tuple[ExclusionRule, ...]
) -> list[Numeral]:
    """Every numeral of both editions with what covers it (captures listed before
    exclusions in `covers`). Refuses an exclusion span or rule that covers no numeral."""
    by_text: dict[tuple[str, int, int | None], list[Cover]] = {}
    for cover in covers:
        loc = cover.location
        by_text.setdefault((loc.edition, loc.line, loc.in_footnote), []).append(cover)
    numerals: list[Numeral] = []
    for code in ("en", "fr"):
        hits = _rule_hits(texts[code], rules)
        for index, item in enumerate(texts[code].items):
            key = (code, item.line, item.footnote)
            numerals += _numerals_of(code, item, by_text.get(key, []), hits.get(index, []))
    used = {n.covered_by for n in numerals}
    idle = {c.by for c in covers if c.status == "excluded"} | {f"rule:{r.id}" for r in rules}
    if idle - used:
        raise UncoveredNumerals(f"exclusions that cover no numeral (stale?): {sorted(idle - used)}")
    return numerals


def describe(numerals: list[Numeral]) -> str:
    """Readable list of numerals, for errors and the curators' command."""
    return "\n".join(
        f"  {n.edition} line {n.line}"
        + (f" (footnote {n.footnote})" if n.footnote else "")
        + f": {n.numeral!r} in …{n.context}…"
        for n in numerals
    )


def refuse_uncovered(numerals: list[Numeral]) -> None:
    """The build's completeness check: no numeral may be left uncovered."""
    missing = [n for n in numerals if n.status == "uncovered"]
    if missing:
        raise UncoveredNumerals(
            f"{len(missing)} numeral(s) of the report are neither captured by a record nor "
            "excluded with a reason (run `ruchina-ai-data coverage`):\n" + describe(missing)
        )
