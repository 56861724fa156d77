"""Curated quantitative facts (`curated/facts/*.toml`): amounts, figures and the exclusions
of numerals that are not facts, plus the exclusion rules (`curated/exclusion_rules.toml`).

A record says what a fact is (subject, metric, value as printed, unit, qualifier, period)
and gives a short verbatim span of each edition. Values are written as the English edition
prints them ("141.5 billion") and read exactly at full scale; each printed number must
stand in the span of each edition that states it in digits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cached_property
from importlib.resources.abc import Traversable
from typing import Any

from ..source.numbers import full_scale, numbers_in, printed_number
from ..spec.vocabularies import (
    CURRENCY_CODES,
    EXCLUSION_CATEGORIES,
    FIGURE_UNITS,
    QUALIFIERS,
    is_real_period,
)
from .errors import CurationError
from .files import curated_folder, make_record, read_curated, read_toml, refuse_duplicates

_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_PERIOD = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?(?:/\d{4}(?:-\d{2}(?:-\d{2})?)?)?$")


@dataclass(frozen=True)
class Fact:
    """One curated amount or figure, with its evidence spans."""

    kind: str  # "amount" or "figure"
    id: str
    subject: str
    metric: str
    qualifier: str
    source_file: str
    entity: str | None = None
    period: str | None = None
    is_target: bool = False
    note: str | None = None
    evidence_en: str | None = None
    evidence_fr: str | None = None
    context_en: str | None = None
    context_fr: str | None = None
    # amounts
    eur: str | None = None
    usd: str | None = None
    rub: str | None = None
    original: str | None = None
    rate: str | None = None
    # figures
    value: str | None = None
    value_max: str | None = None
    unit: str | None = None
    in_words: tuple[str, ...] = ()  # editions that write the number in words

    @property
    def where(self) -> str:
        """How error messages name the record."""
        return f"{self.source_file}: {self.kind} {self.id}"

    @property
    def table(self) -> str:
        """The table the fact is a row of."""
        return "amounts" if self.kind == "amount" else "figures"

    @property
    def editions(self) -> tuple[str, ...]:
        """The editions that state it (have an evidence span)."""
        return tuple(code for code in ("en", "fr") if getattr(self, f"evidence_{code}"))

    @cached_property
    def stated(self) -> dict[str, Decimal]:
        """Currency -> full-scale value, for each currency an amount states."""
        return {
            code: full_scale(getattr(self, code.lower()))
            for code in CURRENCY_CODES
            if getattr(self, code.lower())
        }

    @cached_property
    def printed_numbers(self) -> list[Decimal]:
        """The numbers each edition's span must show (before scale words)."""
        if self.kind == "amount":
            return [printed_number(getattr(self, c.lower())) for c in self.stated]
        return [printed_number(v) for v in (self.value, self.value_max) if v is not None]


@dataclass(frozen=True)
class Exclusion:
    """Numerals deliberately not captured, with the reason."""

    id: str
    reason: str
    category: str
    source_file: str
    span_en: str | None = None
    span_fr: str | None = None
    context_en: str | None = None
    context_fr: str | None = None

    @property
    def where(self) -> str:
        """How error messages name the record."""
        return f"{self.source_file}: exclusion {self.id}"


@dataclass(frozen=True)
class ExclusionRule:
    """A pattern that recognises numerals that are not facts."""

    id: str
    category: str
    reason: str
    pattern: re.Pattern[str]


def _check_amount(fact: Fact) -> None:
    if not fact.stated:
        raise CurationError(f"{fact.where}: states no eur, usd or rub value")
    if fact.original not in CURRENCY_CODES:
        raise CurationError(
            f"{fact.where}: original {fact.original!r} must be one of {CURRENCY_CODES} "
            "(a currency not stated is converted from by a footnoted rate)"
        )
    for currency, value in fact.stated.items():
        if value != value.to_integral_value():
            raise CurationError(f"{fact.where}: {currency} {value} is not a whole number of units")


def _check_figure(fact: Fact) -> None:
    if fact.value is None or fact.unit not in FIGURE_UNITS:
        raise CurationError(f"{fact.where}: a figure needs value and a unit in {FIGURE_UNITS}")
    for value in (fact.value, fact.value_max):
        if value is not None:
            full_scale(value)


def check_fact(fact: Fact) -> None:
    """Refuse a malformed fact, saying why."""
    where = fact.where
    if not _SLUG.fullmatch(fact.id):
        raise CurationError(f"{where}: id must be a lower-case slug")
    if fact.qualifier not in QUALIFIERS:
        raise CurationError(f"{where}: qualifier {fact.qualifier!r} not in {QUALIFIERS}")
    if fact.period is not None and not (_PERIOD.match(fact.period) and is_real_period(fact.period)):
        raise CurationError(
            f"{where}: period {fact.period!r} is not ISO 8601 (YYYY, YYYY-MM, "
            "YYYY-MM-DD or START/END)"
        )
    if not fact.editions:
        raise CurationError(f"{where}: needs evidence_en or evidence_fr")
    if not fact.entity:
        raise CurationError(f'{where}: needs the entity it is about (entity = "<entity id>")')
    try:
        (_check_amount if fact.kind == "amount" else _check_figure)(fact)
        numbers = fact.printed_numbers
    except ValueError as error:
        if isinstance(error, CurationError):
            raise
        raise CurationError(f"{where}: {error}") from None
    for code in fact.editions:
        if code in fact.in_words:
            continue
        span = getattr(fact, f"evidence_{code}") or ""
        written = numbers_in(span, code)
        for number in numbers:
            if number not in written:
                raise CurationError(
                    f"{where}: the {code} evidence does not show the number {number}: {span!r}"
                )


def _read_file(entry: Traversable) -> tuple[list[Fact], list[Exclusion]]:
    label = f"curated/facts/{entry.name}"
    raw = read_toml(entry, label)
    unknown = sorted(set(raw) - {"amount", "figure", "exclusion"})
    if unknown:
        raise CurationError(f"{label}: unknown tables {unknown}")
    facts = []
    for kind in ("amount", "figure"):
        for record in raw.get(kind, []):
            where = f"{label}: {kind} {record.get('id')}"
            fact = make_record(Fact, record, where, kind=kind, source_file=label)
            check_fact(fact)
            facts.append(fact)
    exclusions = []
    for record in raw.get("exclusion", []):
        where = f"{label}: exclusion {record.get('id')}"
        exclusion = make_record(Exclusion, record, where, source_file=label)
        if exclusion.category not in EXCLUSION_CATEGORIES:
            raise CurationError(
                f"{where}: category {exclusion.category!r} not in {EXCLUSION_CATEGORIES}"
            )
        if not (exclusion.span_en or exclusion.span_fr):
            raise CurationError(f"{where}: needs span_en or span_fr")
        exclusions.append(exclusion)
    return facts, exclusions


def read_facts(folder: Traversable | None = None) -> tuple[tuple[Fact, ...], tuple[Exclusion, ...]]:
    """Every curated amount, figure and exclusion (of `folder`, by default the package's
    `curated/facts`), checked for form."""
    folder = folder or curated_folder("facts")
    facts: list[Fact] = []
    exclusions: list[Exclusion] = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".toml"):
            found, excluded = _read_file(entry)
            facts += found
            exclusions += excluded
    refuse_duplicates([f.id for f in facts] + [e.id for e in exclusions], "curated/facts")
    return tuple(facts), tuple(exclusions)


def read_rules() -> tuple[ExclusionRule, ...]:
    """`curated/exclusion_rules.toml`, each pattern compiled."""
    rules = []
    for record in read_curated("exclusion_rules.toml")["rule"]:
        where = f"curated/exclusion_rules.toml: rule {record.get('id')}"
        data: dict[str, Any] = {**record, "pattern": re.compile(record["pattern"])}
        rules.append(make_record(ExclusionRule, data, where))
    return tuple(rules)
