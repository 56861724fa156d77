"""Curated facts: the amounts and figures the report states, read from `curated/facts/*.toml`.

A record says what a fact is (subject, metric, value as printed, unit, qualifier, period) and
gives a short verbatim span of each edition. Values are written as printed ("141.5 billion")
and turned into exact full-scale numbers here; the build checks that each printed number
stands in the span of each edition that states it.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from decimal import Decimal
from importlib import resources
from typing import Any

from .spec import CURRENCY_CODES as CURRENCIES
from .spec import EXCLUSION_CATEGORIES, FIGURE_UNITS, QUALIFIERS, is_real_period

SCALES = {
    "": Decimal(1),
    "thousand": Decimal(10) ** 3,
    "million": Decimal(10) ** 6,
    "billion": Decimal(10) ** 9,
    "trillion": Decimal(10) ** 12,
}
_PRINTED = re.compile(r"^(\d+(?:\.\d+)?)\s*(thousand|million|billion|trillion)?$")
_PERIOD = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?(?:/\d{4}(?:-\d{2}(?:-\d{2})?)?)?$")


class FactError(ValueError):
    """A curated fact that is malformed or disagrees with the source."""


def full_scale(printed: str, *, where: str) -> Decimal:
    """'141.5 billion' -> Decimal('141500000000'), exactly."""
    match = _PRINTED.match(printed.strip())
    if not match:
        raise FactError(
            f"{where}: {printed!r} is not a number as printed (e.g. '141.5 billion', '350')"
        )
    return Decimal(match.group(1)) * SCALES[match.group(2) or ""]


def printed_number(printed: str) -> Decimal:
    """The number of a printed value before its scale word: '141.5 billion' -> 141.5."""
    return Decimal(printed.strip().split()[0])


_SPAN_NUMBER = {
    "en": re.compile(r"\d+(?:['’,]\d{3}(?!\d))*(?:\.\d+)?"),
    "fr": re.compile(r"\d+(?:[ \u00a0\u202f]\d{3}(?!\d))*(?:,\d+)?"),
}


def numbers_in(span: str, edition: str) -> list[Decimal]:
    """The numbers written in a span, read with the edition's separators
    (English 23'000 and 141.5; French 23 000 and 141,5)."""
    found = []
    for match in _SPAN_NUMBER[edition].finditer(span):
        text = re.sub(r"['’ \u00a0\u202f]", "", match.group(0))
        text = text.replace(",", "") if edition == "en" else text.replace(",", ".")
        found.append(Decimal(text))
    return found


@dataclass
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
    in_words: list[str] = field(default_factory=list)  # editions that write it in words
    numbers: dict[str, list[Decimal]] = field(default_factory=dict)

    @property
    def editions(self) -> tuple[str, ...]:
        return tuple(code for code in ("en", "fr") if getattr(self, f"evidence_{code}"))


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


_FACT_KEYS = set(Fact.__dataclass_fields__) - {"kind", "source_file", "numbers"}
_EXCLUSION_KEYS = set(Exclusion.__dataclass_fields__) - {"source_file"}


def _check_keys(record: dict[str, Any], allowed: set[str], where: str) -> None:
    unknown = sorted(set(record) - allowed)
    if unknown:
        raise FactError(f"{where}: unknown keys {unknown}; allowed: {sorted(allowed)}")


def _validate_fact(fact: Fact) -> None:
    where = f"{fact.source_file}: {fact.kind} {fact.id}"
    if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", fact.id):
        raise FactError(f"{where}: id must be a lower-case slug")
    if fact.qualifier not in QUALIFIERS:
        raise FactError(f"{where}: qualifier {fact.qualifier!r} not in {QUALIFIERS}")
    if fact.period is not None and not (_PERIOD.match(fact.period) and is_real_period(fact.period)):
        raise FactError(
            f"{where}: period {fact.period!r} is not ISO 8601 (YYYY, YYYY-MM, "
            "YYYY-MM-DD or START/END)"
        )
    if not fact.editions:
        raise FactError(f"{where}: needs evidence_en or evidence_fr")
    if not fact.entity:
        raise FactError(f'{where}: needs the entity it is about (entity = "<entity id>")')
    if fact.kind == "amount":
        stated = [c for c in CURRENCIES if getattr(fact, c.lower())]
        if not stated:
            raise FactError(f"{where}: states no eur, usd or rub value")
        if fact.original not in CURRENCIES:
            raise FactError(
                f"{where}: original {fact.original!r} must be one of {CURRENCIES} "
                "(a currency not stated is converted from by a footnoted rate)"
            )
        for currency in stated:
            value = full_scale(getattr(fact, currency.lower()), where=where)
            if value != value.to_integral_value():
                raise FactError(f"{where}: {currency} {value} is not a whole number of units")
        fact.numbers = {
            code: [printed_number(getattr(fact, c.lower())) for c in stated]
            for code in fact.editions
        }
    else:
        if fact.value is None or fact.unit not in FIGURE_UNITS:
            raise FactError(f"{where}: a figure needs value and a unit in {FIGURE_UNITS}")
        full_scale(fact.value, where=where)
        printed = [printed_number(fact.value)]
        if fact.value_max is not None:
            full_scale(fact.value_max, where=where)
            printed.append(printed_number(fact.value_max))
        fact.numbers = {code: printed for code in fact.editions}
    for code, numbers in fact.numbers.items():
        if code in fact.in_words:
            continue
        span = getattr(fact, f"evidence_{code}") or ""
        written = numbers_in(span, code)
        for number in numbers:
            if number not in written:
                raise FactError(
                    f"{where}: the {code} evidence does not show the number {number}: {span!r}"
                )


def load_facts(folder: Any = None) -> tuple[list[Fact], list[Exclusion]]:
    """Every curated amount, figure and exclusion (of `folder`, by default the package's
    `curated/facts`), checked for form."""
    folder = folder or resources.files("ruchina_ai_data").joinpath("curated/facts")
    facts: list[Fact] = []
    exclusions: list[Exclusion] = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".toml"):
            continue
        try:
            raw = tomllib.loads(entry.read_text("utf-8"))
        except tomllib.TOMLDecodeError as error:
            raise FactError(f"curated/facts/{entry.name}: {error}") from None
        unknown = sorted(set(raw) - {"amount", "figure", "exclusion"})
        if unknown:
            raise FactError(f"curated/facts/{entry.name}: unknown tables {unknown}")
        for kind in ("amount", "figure"):
            for record in raw.get(kind, []):
                _check_keys(record, _FACT_KEYS, f"curated/facts/{entry.name}: {kind}")
                fact = Fact(kind=kind, source_file=f"curated/facts/{entry.name}", **record)
                _validate_fact(fact)
                facts.append(fact)
        for record in raw.get("exclusion", []):
            _check_keys(record, _EXCLUSION_KEYS, f"curated/facts/{entry.name}: exclusion")
            exclusion = Exclusion(source_file=f"curated/facts/{entry.name}", **record)
            if exclusion.category not in EXCLUSION_CATEGORIES:
                raise FactError(
                    f"curated/facts/{entry.name}: exclusion {exclusion.id}: "
                    f"category {exclusion.category!r} not in {EXCLUSION_CATEGORIES}"
                )
            exclusions.append(exclusion)
    ids = [f.id for f in facts] + [e.id for e in exclusions]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise FactError(f"curated/facts: ids used twice: {duplicates}")
    return facts, exclusions
