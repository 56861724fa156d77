"""Builders of the fact tables (amounts, figures, metrics) from the curated facts.

Each record's spans are located in both editions; section, lines, the citing footnote and
the exchange-rate note are derived. Values are exact at full scale; conversions the report
implies but does not state are computed with the currency helpers and flagged as computed.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from .apparatus import Apparatus, Row, read_curated
from .currency import (
    ConversionError,
    Rate,
    apply_rates,
    rates_between,
    rates_from_rows,
    round_to_unit,
)
from .facts import CURRENCIES, Exclusion, Fact, FactError, full_scale
from .provenance import Location, SpanError, locate_span
from .spec import period_precision


@dataclass(frozen=True)
class Located:
    """A span placed in the source, with the record it belongs to (for coverage)."""

    table: str
    record_id: str
    location: Location


def _kinds(app: Apparatus, code: str) -> dict[int, str]:
    return {number: reading.kind for number, reading in app.notes[code].items()}


def locate(app: Apparatus, code: str, span: str, context: str | None, where: str) -> Location:
    """Locate a curated span, turning a failure into an error naming the record."""
    try:
        return locate_span(
            app.report,
            code,
            span,
            context=context,
            kinds=_kinds(app, code),
            section_of_line=app.section_of_line[code],
        )
    except SpanError as error:
        raise FactError(f"{where}: {error}") from None


def locate_fact(app: Apparatus, fact: Fact) -> dict[str, Location]:
    """Locations of a fact's spans in the editions that state it."""
    where = f"{fact.source_file}: {fact.kind} {fact.id}"
    return {
        code: locate(
            app, code, getattr(fact, f"evidence_{code}"), getattr(fact, f"context_{code}"), where
        )
        for code in fact.editions
    }


def locate_exclusion(app: Apparatus, exclusion: Exclusion) -> dict[str, Location]:
    """Locations of an exclusion's spans."""
    where = f"{exclusion.source_file}: exclusion {exclusion.id}"
    found = {}
    for code in ("en", "fr"):
        span = getattr(exclusion, f"span_{code}")
        if span:
            found[code] = locate(app, code, span, getattr(exclusion, f"context_{code}"), where)
    if not found:
        raise FactError(f"{where}: needs span_en or span_fr")
    return found


def _provenance(locations: dict[str, Location], fact: Fact) -> Row:
    en, fr = locations.get("en"), locations.get("fr")
    return {
        "section": (en or fr).section if (en or fr) else None,
        "footnote_en": en.footnote if en else None,
        "footnote_fr": fr.footnote if fr else None,
        "evidence_en": fact.evidence_en,
        "evidence_fr": fact.evidence_fr,
        "line_en": en.line if en else None,
        "line_fr": fr.line if fr else None,
    }


def _rate_of(fact: Fact, locations: dict[str, Location], rate_rows: list[Row]) -> str | None:
    """The stated rate linking the fact's currencies: from the rate note after the span,
    else the one dollar rate for a dollar pair, else the curated `rate`."""
    by_note = {}
    for row in rate_rows:
        by_note[("en", row["footnote_en"])] = row["rate_id"]
        by_note[("fr", row["footnote_fr"])] = row["rate_id"]
    derived = {
        by_note[(c, loc.rate_footnote)]
        for c, loc in locations.items()
        if (c, loc.rate_footnote) in by_note
    }
    where = f"{fact.source_file}: amount {fact.id}"
    if len(derived) > 1:
        raise FactError(f"{where}: the editions footnote different rates {sorted(derived)}")
    currencies = {c for c in CURRENCIES if getattr(fact, c.lower())} | {fact.original}
    foreign = sorted(currencies - {"EUR"})
    rate = next(iter(derived), None)
    if rate is None and foreign == ["USD"]:
        rate = next(r["rate_id"] for r in rate_rows if r["quote_currency"] == "USD")
    if fact.rate is not None:
        if rate is not None and rate != fact.rate:
            raise FactError(f"{where}: curated rate {fact.rate!r} but the text footnotes {rate!r}")
        rate = fact.rate
    if rate is not None:
        quote = next(r["quote_currency"] for r in rate_rows if r["rate_id"] == rate)
        if foreign and quote not in foreign:
            raise FactError(f"{where}: rate {rate} converts {quote}, the fact is in {foreign}")
    return rate if foreign else None


def amount_rows(app: Apparatus, facts: list[Fact], rate_rows: list[Row]) -> list[Row]:
    """One row per monetary fact."""
    book: tuple[Rate, ...] = rates_from_rows(rate_rows)
    rows = []
    for fact in facts:
        if fact.kind != "amount":
            continue
        locations = locate_fact(app, fact)
        stated = {
            c: round_to_unit(full_scale(getattr(fact, c.lower()), where=fact.id))
            for c in CURRENCIES
            if getattr(fact, c.lower())
        }
        rate_id = _rate_of(fact, locations, rate_rows)
        computed: dict[str, int | None] = {c: None for c in CURRENCIES}
        if rate_id is not None:
            rate = next(r for r in book if r.rate_id == rate_id)
            base = "EUR" if "EUR" in stated else fact.original
            for target in ("EUR", rate.quote):
                if target in stated or target == base:
                    continue
                try:
                    steps = rates_between(base, target, rate.year, None, "report", book)
                except ConversionError as error:
                    raise FactError(f"{fact.source_file}: amount {fact.id}: {error}") from None
                computed[target] = round_to_unit(apply_rates(Decimal(stated[base]), steps))
        if fact.original not in stated and rate_id is None:
            raise FactError(
                f"{fact.source_file}: amount {fact.id}: original currency "
                f"{fact.original} is not stated and no rate note converts it"
            )
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
                "rate_footnote_en": locations["en"].rate_footnote if "en" in locations else None,
                "rate_footnote_fr": locations["fr"].rate_footnote if "fr" in locations else None,
                "note": fact.note,
                **_provenance(locations, fact),
            }
        )
    return rows


def figure_rows(app: Apparatus, facts: list[Fact]) -> list[Row]:
    """One row per non-monetary quantity."""
    rows = []
    for fact in facts:
        if fact.kind != "figure":
            continue
        locations = locate_fact(app, fact)
        rows.append(
            {
                "figure_id": fact.id,
                "entity_id": fact.entity,
                "subject": fact.subject,
                "metric": fact.metric,
                "value": float(full_scale(fact.value or "", where=fact.id)),
                "value_max": float(full_scale(fact.value_max, where=fact.id))
                if fact.value_max
                else None,
                "unit": fact.unit,
                "qualifier": fact.qualifier,
                "period": fact.period,
                "period_precision": period_precision(fact.period),
                "is_target": fact.is_target,
                "note": fact.note,
                **_provenance(locations, fact),
            }
        )
    return rows


def metric_rows(facts: list[Fact]) -> list[Row]:
    """The controlled vocabulary of metrics, checked against the facts that use them."""
    metrics = {m["metric"]: m for m in read_curated("metrics.toml")["metric"]}
    for fact in facts:
        metric = metrics.get(fact.metric)
        where = f"{fact.source_file}: {fact.kind} {fact.id}"
        if metric is None:
            raise FactError(f"{where}: metric {fact.metric!r} is not in curated/metrics.toml")
        applies = "amounts" if fact.kind == "amount" else "figures"
        if metric["applies_to"] != applies:
            raise FactError(f"{where}: metric {fact.metric!r} is for {metric['applies_to']}")
        if fact.kind == "figure" and metric.get("unit") != fact.unit:
            raise FactError(
                f"{where}: unit {fact.unit!r}, metric {fact.metric!r} expects "
                f"{metric.get('unit')!r}"
            )
    used = {f.metric for f in facts}
    unused = sorted(set(metrics) - used)
    if unused:
        raise FactError(f"curated/metrics.toml: metrics no fact uses: {unused}")
    return [
        {
            "metric": name,
            "applies_to": m["applies_to"],
            "unit": m.get("unit"),
            "definition": m["definition"],
            "facts": sum(1 for f in facts if f.metric == name),
        }
        for name, m in sorted(metrics.items())
    ]


def located_spans(app: Apparatus, facts: list[Fact], rate_rows: list[Row]) -> list[Located]:
    """Every located evidence span of amounts, figures and exchange rates."""
    spans: list[Located] = []
    for fact in facts:
        table = "amounts" if fact.kind == "amount" else "figures"
        for location in locate_fact(app, fact).values():
            spans.append(Located(table, fact.id, location))
    for row in rate_rows:
        for code in ("en", "fr"):
            location = locate_span(
                app.report, code, row[f"evidence_{code}"], in_footnotes_only=True
            )
            spans.append(Located("exchange_rates", row["rate_id"], location))
    return spans
