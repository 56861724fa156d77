"""Curated records of the report's apparatus: ids of the unnumbered sections
(`curated/sections.toml`) and the exchange rates the report states
(`curated/exchange_rates.toml`)."""

from __future__ import annotations

from dataclasses import dataclass

from ..spec.vocabularies import CURRENCY_CODES, is_real_period
from .errors import CurationError
from .files import make_record, read_curated, refuse_duplicates


@dataclass(frozen=True)
class RateRecord:
    """A rate the report states: EUR to `quote_currency`, for a day or a year, with the short
    span of each edition that states it."""

    rate_id: str
    base_currency: str
    quote_currency: str
    rate: str
    period: str
    basis: str
    evidence_en: str
    evidence_fr: str

    @property
    def where(self) -> str:
        """How error messages name the record."""
        return f"curated/exchange_rates.toml: rate {self.rate_id}"


def read_section_names() -> dict[str, str]:
    """Title (in either edition) -> id, for the sections that have no number."""
    return dict(read_curated("sections.toml")["unnumbered"])


def read_rates() -> tuple[RateRecord, ...]:
    """The three stated rates, checked for form."""
    rates = []
    for record in read_curated("exchange_rates.toml")["rate"]:
        rate = make_record(
            RateRecord, record, f"curated/exchange_rates.toml: rate {record.get('rate_id')}"
        )
        if rate.base_currency != "EUR" or rate.quote_currency not in CURRENCY_CODES:
            raise CurationError(f"{rate.where}: rates are EUR to one of {CURRENCY_CODES}")
        if not is_real_period(rate.period) or "/" in rate.period:
            raise CurationError(f"{rate.where}: period {rate.period!r} is not a date or a year")
        rates.append(rate)
    refuse_duplicates((r.rate_id for r in rates), "curated/exchange_rates.toml")
    return tuple(rates)
