"""Builders of `amounts`, `figures` and `metrics`.

Values are exact at full scale; a conversion the report implies but does not print is
computed with the report's own rate and flagged as computed."""

from __future__ import annotations

from ..curation.errors import CurationError
from ..curation.facts import Fact
from ..currency import (
    ConversionError,
    Rate,
    apply_rates,
    rates_between,
    rates_from_rows,
    round_to_unit,
)
from ..derive.derived import Derived
from ..derive.located import Placed
from ..source.numbers import full_scale
from ..spec.vocabularies import CURRENCY_CODES, period_precision
from .rows import Row


def _rate_book(derived: Derived) -> tuple[Rate, ...]:
    """The stated rates as the currency helpers use them."""
    return rates_from_rows(
        [
            {"rate_id": r.rate_id, "quote_currency": r.quote, "rate": r.record.rate,
             "period": r.record.period}
            for r in derived.rates
        ]
    )  # fmt: skip


def _computed(fact: Fact, rate_id: str | None, book: tuple[Rate, ...]) -> dict[str, int | None]:
    """The currencies the rate implies but the report does not print, converted."""
    computed: dict[str, int | None] = dict.fromkeys(CURRENCY_CODES)
    if rate_id is None:
        return computed
    rate = next(r for r in book if r.rate_id == rate_id)
    stated = fact.stated
    base = "EUR" if "EUR" in stated else fact.original
    for target in ("EUR", rate.quote):
        if target in stated or target == base:
            continue
        try:
            steps = rates_between(base, target, rate.year, None, "report", book)
        except ConversionError as error:
            raise CurationError(f"{fact.where}: {error}") from None
        computed[target] = round_to_unit(apply_rates(stated[base], steps))
    return computed


def amount_rows(derived: Derived) -> list[Row]:
    """One row per monetary fact."""
    book = _rate_book(derived)
    rows = []
    for placed in derived.facts:
        fact = placed.record
        if fact.kind != "amount":
            continue
        rate_id = derived.rate_ids[fact.id]
        stated = {code: round_to_unit(value) for code, value in fact.stated.items()}
        computed = _computed(fact, rate_id, book)
        en, fr = placed.locations.get("en"), placed.locations.get("fr")
        rows.append(
            {
                "amount_id": fact.id,
                "entity_id": fact.entity,
                "subject": fact.subject,
                "metric": fact.metric,
                "qualifier": fact.qualifier,
                "period": fact.period,
                "period_precision": period_precision(fact.period),
                "is_target": fact.is_target,
                "eur": stated.get("EUR"),
                "usd": stated.get("USD"),
                "rub": stated.get("RUB"),
                "original_currency": fact.original,
                "rate_id": rate_id,
                "eur_computed": computed["EUR"],
                "usd_computed": computed["USD"],
                "rub_computed": computed["RUB"],
                "rate_footnote_en": en.rate_footnote if en else None,
                "rate_footnote_fr": fr.rate_footnote if fr else None,
                "note": fact.note,
                **placed.provenance(),
            }
        )
    return rows


def figure_value(placed: Placed[Fact]) -> float:
    """A figure's value at full scale."""
    return float(full_scale(placed.record.value or ""))


def figure_rows(derived: Derived) -> list[Row]:
    """One row per non-monetary quantity."""
    rows = []
    for placed in derived.facts:
        fact = placed.record
        if fact.kind != "figure":
            continue
        rows.append(
            {
                "figure_id": fact.id,
                "entity_id": fact.entity,
                "subject": fact.subject,
                "metric": fact.metric,
                "value": figure_value(placed),
                "value_max": float(full_scale(fact.value_max)) if fact.value_max else None,
                "unit": fact.unit,
                "qualifier": fact.qualifier,
                "period": fact.period,
                "period_precision": period_precision(fact.period),
                "is_target": fact.is_target,
                "note": fact.note,
                **placed.provenance(),
            }
        )
    return rows


def metric_rows(derived: Derived) -> list[Row]:
    """The vocabulary of metrics, with how many facts use each."""
    facts = derived.curated.facts
    return [
        {
            "metric": m.metric,
            "applies_to": m.applies_to,
            "unit": m.unit,
            "definition": m.definition,
            "facts": sum(1 for f in facts if f.metric == m.metric),
        }
        for m in sorted(derived.curated.metrics, key=lambda m: m.metric)
    ]
