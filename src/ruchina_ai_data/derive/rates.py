"""The exchange rates the report states, located in the rate notes of both editions and set
beside the ECB reference rate for the same day or year."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from .. import ecb
from ..curation.apparatus import RateRecord
from ..curation.errors import CurationError
from ..curation.facts import Fact
from ..source.numbers import numbers_in
from .provenance import Location, SpanError, locate_span
from .texts import EditionTexts


@dataclass(frozen=True)
class StatedRate:
    """A stated rate, where each edition states it, and the ECB's figure beside it."""

    record: RateRecord
    locations: dict[str, Location]
    reference: ecb.EcbRate

    @property
    def rate(self) -> Decimal:
        return Decimal(self.record.rate)

    @property
    def rate_id(self) -> str:
        return self.record.rate_id

    @property
    def quote(self) -> str:
        return self.record.quote_currency


def _reference(record: RateRecord) -> ecb.EcbRate:
    if len(record.period) == 10:
        return ecb.on_or_before(record.quote_currency, dt.date.fromisoformat(record.period))
    return ecb.annual_mean(record.quote_currency, int(record.period))


def locate_rates(
    records: tuple[RateRecord, ...],
    texts: dict[str, EditionTexts],
    kinds: dict[str, dict[int, str]],
    section_of_line: dict[str, dict[int, str]],
) -> tuple[StatedRate, ...]:
    """Each rate's span in a rate note of each edition, whose last number is the rate."""
    rates = []
    for record in records:
        located = {}
        for code in ("en", "fr"):
            span = getattr(record, f"evidence_{code}")
            try:
                location = locate_span(
                    texts[code],
                    code,
                    span,
                    section_of_line=section_of_line[code],
                    in_footnotes_only=True,
                )
            except SpanError as error:
                raise CurationError(f"{record.where}: {error}") from None
            if kinds[code].get(location.footnote or 0) != "exchange_rate":
                raise CurationError(f"rate {record.rate_id}: span {span!r} is not in a rate note")
            stated = numbers_in(span, code)[-1]
            if stated != Decimal(record.rate):
                raise CurationError(
                    f"rate {record.rate_id}: the {code} span states {stated}, "
                    f"the record says {record.rate}"
                )
            located[code] = location
        rates.append(StatedRate(record, located, _reference(record)))
    return tuple(rates)


def rate_of(
    fact: Fact, locations: dict[str, Location], rates: tuple[StatedRate, ...]
) -> str | None:
    """The stated rate linking an amount's currencies: the rate note right after its span,
    else the one dollar rate for a dollar amount, else the curated `rate`; None for an
    amount in euros only."""
    by_note = {
        (code, rate.locations[code].footnote): rate.rate_id
        for rate in rates
        for code in ("en", "fr")
    }
    derived = {
        by_note[(code, loc.rate_footnote)]
        for code, loc in locations.items()
        if (code, loc.rate_footnote) in by_note
    }
    if len(derived) > 1:
        raise CurationError(
            f"{fact.where}: the editions footnote different rates {sorted(derived)}"
        )
    foreign = sorted((set(fact.stated) | {fact.original}) - {"EUR"})
    rate = next(iter(derived), None)
    if rate is None and foreign == ["USD"]:
        rate = next(r.rate_id for r in rates if r.quote == "USD")
    if fact.rate is not None:
        if rate is not None and rate != fact.rate:
            raise CurationError(
                f"{fact.where}: curated rate {fact.rate!r} but the text footnotes {rate!r}"
            )
        rate = fact.rate
    if rate is not None:
        quote = next(r.quote for r in rates if r.rate_id == rate)
        if foreign and quote not in foreign:
            raise CurationError(
                f"{fact.where}: rate {rate} converts {quote}, the fact is in {foreign}"
            )
    if fact.original not in fact.stated and (rate is None or not foreign):
        raise CurationError(
            f"{fact.where}: original currency {fact.original} is not stated and no rate note "
            "converts it"
        )
    return rate if foreign else None
